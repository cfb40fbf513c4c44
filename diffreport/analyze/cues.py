"""Cues that raise a commitment's rank: a paragraph's sub-heading, a phrase that ranks a task.

Read by :mod:`~diffreport.analyze.highlights`. A sub-heading (the short first sentence
of a paragraph of several, 实施更大规模的减税。) names its task; a rank cue (首要任务,
摆在优先位置, top priority) says what comes first, when it ranks a task anew.
"""

from __future__ import annotations

import re

from diffreport.lexicon.common import CLAUSE_END
from diffreport.model import Document, Language

#: a sentence that opens a paragraph of several and is at most this long names the
#: paragraph's task, as a sub-heading does (实施更大规模的减税。 before its measures) ...
_LEAD_LONGEST = {"zh": 20, "en": 90}  # characters: a clause in Chinese, in English
#: ... and adds this to a commitment's score. Measured on the dev set: 4 shows two more
#: published headlines (改革收入分配制度, 智能经济新形态), 2 none, 6 and 9 fewer
LEAD = 4.0
#: ... unless it is a reworded sub-heading this alike to the old one (0-1): the task goes
#: on (0.85 for launch -> continue to advance special initiatives; 0.50 for promote steady
#: growth in consumer spending -> launch special initiatives to boost consumption)
LEAD_CONTINUES = 0.75


def leads(doc: Document) -> frozenset[int]:
    """The sentences that open a paragraph of several and are short: its sub-heading."""
    found: set[int] = set()
    sentences = doc.sentences
    for k, s in enumerate(sentences):
        if s.heading or len(s.text) > _LEAD_LONGEST[doc.language] or k + 1 == len(sentences):
            continue
        opens = k == 0 or sentences[k - 1].paragraph != s.paragraph
        if opens and sentences[k + 1].paragraph == s.paragraph and not sentences[k + 1].heading:
            found.add(s.index)
    return frozenset(found)


def ranks_anew(cue: re.Pattern[str], text: str, other: str, language: Language) -> str:
    """The clause of ``text`` that ranks a task in words ``other`` never used, or "": the
    cue with what leads into it or with what follows it in its clause (以铸牢中华民族共同体
    意识为主线 and 以供给侧结构性改革为主线, said every year, rank nothing anew; 紧抓高质量
    发展这个首要任务, new in 2025, and 首要任务是… with a new task do), unless ``other``
    ranks with the cue in a clause nearly the same (:func:`_said_alike`). English compares
    case-folded. The clause is shown as the entry's first term: it is what is new."""
    folded, seen = (text.casefold(), other.casefold()) if language == "en" else (text, other)
    reach = _RANKED_OBJECT[language]
    for match in cue.finditer(folded):
        before = folded[max(0, match.start() - reach) : match.end()]
        clause = CLAUSE_END.search(folded, match.end())
        end = clause.start() if clause else len(folded)
        after = folded[match.start() : min(match.end() + reach, end)]
        if before not in seen or (after != match.group() and after not in seen):
            ranked = _clause(text, match.start(), end, language)
            if not _said_alike(ranked, match.group(), other, language):
                return ranked
    return ""


def _said_alike(clause: str, cue: str, other: str, language: Language) -> bool:
    """Whether ``other`` ranks with ``cue`` in a clause nearly the same as ``clause``: the
    same task ranked the same in another verb (把解决好“三农”问题作为全部工作的重中之重 ->
    …放在全部工作的重中之重) is ranked nothing anew."""
    from rapidfuzz.distance import Indel

    folded, cue = (other.casefold(), cue.casefold()) if language == "en" else (other, cue)
    at = folded.find(cue)
    while at >= 0:
        found = CLAUSE_END.search(other, at + len(cue))
        said = _clause(other, at, found.start() if found else len(other), language)
        if Indel.normalized_similarity(clause, said) >= _ALIKE:
            return True
        at = folded.find(cue, at + 1)
    return False


#: how alike (0-1) two clauses ranking with one cue are when they rank one task the same
_ALIKE = 0.8


def abolishes(pattern: re.Pattern[str], text: str, language: Language) -> str:
    """The clause of ``text`` that abolishes or exempts sweepingly (``pattern``: the
    lexicon's ABOLITION), or "": 全面取消制造业领域外资准入限制措施, 今年在全国彻底取消农业税."""
    match = pattern.search(text)
    if match is None:
        return ""
    clause = CLAUSE_END.search(text, match.end())
    return _clause(text, match.start(), clause.start() if clause else len(text), language)


def _clause(text: str, at: int, end: int, language: Language) -> str:
    """The clause of ``text`` from its start (at most ``_SHOWN_MOST`` before ``at``) to
    ``end``, without a leading modal or copula (要把节水放在突出位置 -> 把节水…)."""
    starts = [m.end() for m in CLAUSE_END.finditer(text, 0, at)]
    start = max(max([0, *starts]), at - _SHOWN_MOST[language])
    while start < at and text[start] in _CLAUSE_LEADS:
        start += 1
    return text[start:end].strip()


#: how much of what leads into a rank cue tells what it ranks (characters)
_RANKED_OBJECT = {"zh": 8, "en": 30}
#: ... and how much of its clause before it is shown (characters), without a leading
#: modal or copula
_SHOWN_MOST = {"zh": 16, "en": 60}
_CLAUSE_LEADS = frozenset("要将是 ")
