"""Chinese character classes for showing a figure and a line whole (sentence diffs, wrapping)."""

from __future__ import annotations

#: multipliers written after Chinese digits (万亿, 亿, 万, 千, 百), longer forms first, as a
#: regex alternation: a figure with its multiplier is one diff token (1800亿元, 1.6万亿元);
#: 千 and 百 are refused where they begin a unit (千瓦, 百分点). The standard Chinese number
#: scale, as the number grammar reads it (analyze/numbers/zh.py).
FIGURE_MULTIPLIERS = r"万亿|亿|万|(?!千瓦|千伏|千米|千克|千分点)千|(?!百分点|百分之)百"
#: closing punctuation that may not begin a line (kinsoku shori, 行首禁则): the terminal
#: keeps it on the line before. The Chinese and Japanese line-breaking rules (GB/T 15834,
#: JIS X 4051), the marks met in the State Council reports 2000–2025.
LINE_START_FORBIDDEN = frozenset("、，。；：）」』》〉】〕”’！？…—,.;:)!?%％")
