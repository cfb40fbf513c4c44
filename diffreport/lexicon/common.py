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

#: characters that show nothing (zero-width space and joiners, word joiner, BOM, soft
#: hyphen): web editions leave them inside words (党风\u200b廉政建设, 74.4\u200b万亿元), where
#: no reader sees them and no search should trip on them.
INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")
#: what ends a clause, in either language's punctuation (full-width and folded): a rank
#: cue's clause (analyze.cues), a task heading's first clause (analyze.priorities)
CLAUSE_END = re.compile(r"[，,。.；;：:！!？?]")
#: a space a web edition puts after every digit of Chinese text (经济增长速度8 ％, 1 9 9 8 年),
#: before a digit, a point, a per cent sign or a Han character: read as no space ...
SPACED_DIGIT = re.compile(r"(?<=\d) (?=[\d.%\u4e00-\u9fff])")
#: ... in a sentence that shows the spacing: a spaced number of two digits or more before a
#: digit or a Han character (4 0 个), or a spaced point or per cent sign (not 附件2 名词解释,
#: nor a time stamp 2026-02-09 09:45:30). Read by the number reader and the topics.
SPACED_EVIDENCE = re.compile(r"\d \d(?: \d| [\u4e00-\u9fff])|\d [.%]")
#: a space between a figure and its unit or qualifier, or after a Han character (完成铁路
#: 投资 8000 亿元, 增长 5% 左右, ， 比去年 增加): no part of the figure or of its name, read as
#: none in Chinese text whatever the rest of the sentence does; not before a classifier
#: that begins words too (附件2 名词解释), but 个 where it begins none (新建 10 个 中心, not
#: 2 个人). Read by the number reader.
FIGURE_SPACE = re.compile(
    r"(?<=\d) (?=[万亿千百]|元|美元|%|‰|个(?![人体性别])|公里|千米|平方米|吨|亩|斤"
    r"|左右|以上|以下|以内)"
    r"|(?<=[%‰]) (?=左右|以上|以下|以内)"
    r"|(?<=[\u4e00-\u9fff，、；：。（）,;:()]) (?=[\d\u4e00-\u9fff])"
)
