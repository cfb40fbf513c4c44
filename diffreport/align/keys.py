"""What sentences and headings are matched on: folded keys, their tokens, their clauses sorted."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from itertools import filterfalse
from operator import add

from diffreport.align.years import shift_years
from diffreport.lexicon.en import MATCHING_STOP_WORDS

# a heading's numbering: 一、 （二） 3. IV. and Markdown's # and ** around it
_NUMBERING = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|"
    r"\d+[、.．]|[IVXLC]+\.\s)\s*"
)
PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_EN_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_CLAUSE_BREAK = re.compile(r"[，；：,;:]")


def heading_key(heading: str | None, delta: int = 0) -> str:
    """A heading without its numbering, markup and punctuation, years shifted by ``delta``."""
    if not heading:
        return ""
    text = _NUMBERING.sub("", unicodedata.normalize("NFKC", heading).replace("**", ""))
    return PUNCT.sub("", shift_years(text, delta)).lower()


def heading_words(heading: str | None, delta: int = 0) -> str:
    """An English heading's content words (numbering, punctuation and ``MATCHING_STOP_WORDS``
    dropped, years shifted by ``delta``), space-separated: what two English headings are
    compared on, so that ``We made every effort to`` and ``We made major efforts to``, or
    a shared ``across the board``, do not make two subjects alike."""
    if not heading:
        return ""
    text = _NUMBERING.sub("", unicodedata.normalize("NFKC", heading).replace("**", ""))
    words = _EN_WORD.findall(shift_years(text, delta).lower())
    return " ".join(filterfalse(MATCHING_STOP_WORDS.__contains__, words))


def sentence_tokens(key: str, language: str, same: dict[str, str]) -> set[str]:
    """A sentence's tokens: its character bigrams (Chinese) or content words.

    ``same`` maps each token to the one string object that stands for it in this
    alignment: ten reports hold 340k bigrams but only ~30k distinct ones, and one
    object each (hashed once) keeps the token sets a third of the size.
    """
    if language == "zh":
        text = PUNCT.sub("", key)
        # the bigrams text[i : i + 2], in order, joined at C speed
        grams = list(map(add, text, text[1:]))
        return set(map(same.setdefault, grams, grams)) or ({text} if text else set())
    words = list(filterfalse(MATCHING_STOP_WORDS.__contains__, _EN_WORD.findall(key.lower())))
    return set(map(same.setdefault, words, words))


def clauses_sorted(key: str, language: str, none: str) -> str:
    """``key`` with its clauses (Chinese) or content words (English) in sorted order.

    ``none`` (a character no key holds, different for each side, so that two
    of them never match) when there is nothing to reorder: one clause, or
    fewer than six content words (a short sentence's sorted words match
    another's by chance: ``more story`` and ``more no``).
    """
    if language == "zh":
        parts = list(filter(None, map(str.strip, _CLAUSE_BREAK.split(key))))
        return "，".join(sorted(parts)) if len(parts) >= 2 else none
    words = list(filterfalse(MATCHING_STOP_WORDS.__contains__, _EN_WORD.findall(key.lower())))
    return " ".join(sorted(words)) if len(words) >= 6 else none


def heading_grams(text: str) -> set[str]:
    """Character bigrams (or words, for Latin text): clause order does not matter to them."""
    if text.isascii():
        return set(text.split()) if " " in text else {text[i : i + 3] for i in range(len(text) - 2)}
    return {text[i : i + 2] for i in range(len(text) - 1)}


def token_list(key: str, language: str) -> list[str]:
    """``sentence_tokens`` in order, repeats kept: what a section's vocabulary counts."""
    if language == "zh":
        text = PUNCT.sub("", key)
        return list(map(add, text, text[1:]))
    return list(filterfalse(MATCHING_STOP_WORDS.__contains__, _EN_WORD.findall(key.lower())))


#: an English heading word is compared on this many first letters (``develop``, ``developing``
#: and ``development`` are one stem; ``high-standard`` is two words)
_STEM = 5


def english_heading_scores(old: list[str], new: list[str]) -> dict[tuple[int, int], float]:
    """(old, new) -> weighted Dice similarity of two sets of English headings' word stems.

    ``old`` and ``new`` are ``heading_words`` strings. A stem weighs the log of how
    rare it is among all these headings, so the verbs every task title has
    (``promoting``, ``efforts``) count little and the subject (``carbon``,
    ``consumption``) much. Pairs that share no stem are left out; candidates
    come through the stems, never all pairs.
    """
    stems_old = [_stems(text) for text in old]
    stems_new = [_stems(text) for text in new]
    df: Counter[str] = Counter()
    for stems in (*stems_old, *stems_new):
        df.update(stems)
    n = len(stems_old) + len(stems_new)
    weight = {stem: math.log((1 + n) / count) for stem, count in df.items()}
    total_new = [sum(weight[s] for s in stems) for stems in stems_new]
    postings: dict[str, list[int]] = defaultdict(list)
    for b, stems in enumerate(stems_new):
        for stem in stems:
            postings[stem].append(b)
    scores: dict[tuple[int, int], float] = {}
    for a, stems in enumerate(stems_old):
        shared: dict[int, float] = defaultdict(float)
        for stem in stems:
            for b in postings.get(stem, ()):
                shared[b] += weight[stem]
        total = sum(weight[s] for s in stems)
        for b, common in shared.items():
            scores[(a, b)] = 2 * common / max(1e-9, total + total_new[b])
    return scores


def _stems(text: str) -> set[str]:
    return {word[:_STEM] for word in text.replace("-", " ").split() if word}
