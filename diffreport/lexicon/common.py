"""Patterns both languages share: years, list markers, punctuation classes."""

from __future__ import annotations

import re

#: a calendar year written in digits (1940–2099), not part of a longer number: the year
#: a report reviews or plans, in a heading, a label or a file name. The corpus runs 1954–2026.
YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")

#: the list marker that opens a numbered heading (（三）, 十二、, 4.), its number in group 1:
#: a task's place in the plan (analyze.priorities) and what a reworded task's heading
#: keeps apart from its number (render.highlights)
LIST_MARKER = re.compile(r"\A\s*[（(]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)、.．]")

#: what ends a clause, in either language's punctuation (full-width and folded): a rank
#: cue's clause (analyze.cues), a task heading's first clause (analyze.priorities)
CLAUSE_END = re.compile(r"[，,。.；;：:！!？?]")
