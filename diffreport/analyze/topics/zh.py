"""Chinese candidates: runs of Han characters, and what a term may not begin, end or hold."""

from __future__ import annotations

import re
from functools import lru_cache

from diffreport.lexicon.common import SPACED_DIGIT, SPACED_EVIDENCE
from diffreport.lexicon.zh import (
    NUMBER_UNITS,
    TOPIC_BAD_END_CHARACTERS,
    TOPIC_BAD_START_CHARACTERS,
    TOPIC_CLAUSE_INSIDE,
    TOPIC_COMMON_WORDS,
    TOPIC_END_EXCEPTIONS,
    TOPIC_GENERIC_HEADS,
    TOPIC_GENERIC_TAILS,
    TOPIC_GENERIC_WORDS,
    TOPIC_HEAD_ONLY_WORDS,
    TOPIC_LEAD_INS,
    TOPIC_PHRASE_JOINER_WORDS,
    TOPIC_PHRASE_JOINERS,
    TOPIC_RANK,
    TOPIC_START_EXCEPTIONS,
    TOPIC_VERB_ENDINGS,
)

_ZH_CLAUSE_MAX = 7  # longest clause taken as a term even when said once

# A number with its unit is never part of a term (years, amounts, percentages, 240小时).
_ZH_NUMBER = re.compile(
    r"[0-9][0-9.,:/%‰-]*(?:[多余])?(?:[十百千万亿]+)?"
    rf"(?:港元|{NUMBER_UNITS}|[万亿])*"
)
_ZH_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\+?")
_ZH_QUOTED = re.compile(r"[“「『\"]([\u3400-\u9fffA-Za-z+]{2,10})[”」』\"]")
_ZH_NUMERAL_PHRASE = re.compile(
    r"^[零〇一二两三四五六七八九十百千万亿第几多半首每]+"
    r"[年月日个项次批条家倍成点元人位名只件种类级轮期届天周]*来?$"
    # 一大 (一大批, 第一大产业), not 二十大 or 十九大, which name a Party congress
    r"|^[一两三四五六七八九]大$"
    r"|^[零〇一二两三四五六七八九十百]+分之[零〇一二两三四五六七八九十百]+$"
)
# A count of a generic thing (十项措施, 十二项举措) is no term either.
_ZH_NUMERAL_LEAD = re.compile(r"^[零〇一二两三四五六七八九十百千万第几多每]+[个项条批类种方面]+")

# Lead-ins of a policy clause, longest first.
_ZH_LEAD = tuple(sorted(TOPIC_LEAD_INS, key=len, reverse=True))
_ZH_HEADS = (*TOPIC_GENERIC_TAILS, *TOPIC_GENERIC_HEADS)
# What may stand before a word: a run start, a function character, a lead-in word.
_ZH_OPENERS = (
    frozenset("|") | TOPIC_BAD_END_CHARACTERS | frozenset(w for w in _ZH_LEAD if len(w) == 1)
)
_ZH_LEAD_SET = frozenset(_ZH_LEAD)
# Words a term may not begin or end inside.
_ZH_WORDS = frozenset(_ZH_LEAD) | TOPIC_GENERIC_WORDS | TOPIC_COMMON_WORDS
# What may follow a word: a generic head or verb (…统一大市场|建设).
_ZH_NEXT = frozenset({*_ZH_HEADS, *_ZH_WORDS})
# The word lengths these sets hold, for testing prefixes by length (sets of 1-6
# characters: a regex alternation of their ~500 words took ~5 ms to compile).
_ZH_LEAD_LENGTHS = tuple(sorted({len(w) for w in _ZH_LEAD}, reverse=True))
_ZH_NEXT_LENGTHS = tuple(sorted({len(w) for w in _ZH_NEXT}))


def _lead_length(term: str) -> int:
    """The length of the longest lead-in ``term`` starts with; 0 when it starts with none."""
    for n in _ZH_LEAD_LENGTHS:
        if len(term) >= n and term[:n] in _ZH_LEAD_SET:
            return n
    return 0


def _word_at(text: str, pos: int) -> bool:
    """Whether a word of ``_ZH_NEXT`` (a generic head or verb, a common word) starts at ``pos``."""
    return any(pos + n <= len(text) and text[pos : pos + n] in _ZH_NEXT for n in _ZH_NEXT_LENGTHS)


def _zh_clean(term: str) -> str | None:
    """A Chinese candidate with generic lead-ins stripped, or None when no term is left."""
    while len(term) >= 2 and not term.startswith(TOPIC_START_EXCEPTIONS):
        lead = _lead_length(term)
        if not lead:
            break
        term = term[lead:]
    if len(term) < 2 or term in TOPIC_GENERIC_WORDS or term in _ZH_LEAD or TOPIC_RANK.search(term):
        return None
    if term.startswith(TOPIC_HEAD_ONLY_WORDS) or term.endswith(TOPIC_VERB_ENDINGS):
        return None
    if term.endswith(TOPIC_GENERIC_TAILS) and any(
        len(term) - len(t) < 2 for t in TOPIC_GENERIC_TAILS if term.endswith(t)
    ):
        return None  # 地建设: a fragment before a generic head noun
    if term[0] in TOPIC_BAD_START_CHARACTERS and not term.startswith(TOPIC_START_EXCEPTIONS):
        return None
    if term[-1] in TOPIC_BAD_END_CHARACTERS and not term.endswith(TOPIC_END_EXCEPTIONS):
        return None
    if term[0] in "+#" or _ZH_NUMERAL_PHRASE.match(term):
        return None
    counted = _ZH_NUMERAL_LEAD.match(term)
    if counted and term[counted.end() :] in TOPIC_GENERIC_WORDS:
        return None
    if TOPIC_CLAUSE_INSIDE.search(term, 1):
        return None  # a subject and its predicate (基础更加坚实)
    masked = TOPIC_PHRASE_JOINER_WORDS.sub(lambda m: "#" * len(m.group()), term)
    if TOPIC_PHRASE_JOINERS.search(masked[1:-1]):
        return None  # a phrase (粮食等重要农产品, 融入和服务), not a term
    return term


@lru_cache(maxsize=1 << 16)
def _zh_term(gram: str) -> str | None:
    """``_zh_clean``, memoized: the same n-grams recur in every edition of a report."""
    return _zh_clean(gram)


def _zh_runs(text: str) -> list[str]:
    """Runs of Han characters of a text already NFKC-folded, numbers cut out."""
    runs = []
    if " " in text and SPACED_EVIDENCE.search(text):
        text = SPACED_DIGIT.sub("", text)  # 1 3 9 9 亿美元: one figure, cut out whole
    text = _ZH_NUMBER.sub(" ", text)
    for match in _ZH_RUN.finditer(text):
        run = match.group()
        at = match.start()
        if at and text[at - 1].isascii() and text[at - 1].isalpha():
            # Glued to a Latin letter (A类飞行服务站): the run's start is no word start.
            run = "#" + run
        runs.append(run)
    return runs


def _core(term: str) -> str | None:
    """The term without a generic head (``服务`` of ``服务体系``), when one is left."""
    if not term.endswith(_ZH_HEADS):
        return None
    for head in _ZH_HEADS:
        if term.endswith(head) and len(term) - len(head) >= 2:
            return term[: -len(head)]
    return None
