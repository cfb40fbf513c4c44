"""Cues that raise a commitment's rank: a paragraph's sub-heading, a phrase that ranks a task.

Read by :mod:`~diffreport.analyze.highlights`. A sub-heading (the short first sentence
of a paragraph of several, 实施更大规模的减税。) names its task; a rank cue (首要任务,
摆在优先位置, top priority) says what comes first, when it ranks a task anew.
"""

from __future__ import annotations

import re

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


def ranks_anew(cue: re.Pattern[str], text: str, other: str, language: Language) -> bool:
    """Whether ``text`` ranks a task in words ``other`` never used: the cue with what
    leads into it or with what follows it in its clause (以铸牢中华民族共同体意识为主线
    and 以供给侧结构性改革为主线, said every year, rank nothing anew; 紧抓高质量发展这个首要
    任务, new in 2025, and 首要任务是… with a new task do). English compares case-folded."""
    if language == "en":
        text, other = text.casefold(), other.casefold()
    reach = _RANKED_OBJECT[language]
    for match in cue.finditer(text):
        before = text[max(0, match.start() - reach) : match.end()]
        clause = _CLAUSE_END.search(text, match.end())
        after = text[
            match.start() : min(match.end() + reach, clause.start() if clause else len(text))
        ]
        if before not in other or (after != match.group() and after not in other):
            return True
    return False


_CLAUSE_END = re.compile(r"[，,。.；;：:！!？?]")


#: how much of what leads into a rank cue tells what it ranks (characters)
_RANKED_OBJECT = {"zh": 8, "en": 30}
