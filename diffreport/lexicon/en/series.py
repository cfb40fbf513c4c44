"""English word lists and cue patterns for series of editions."""

from __future__ import annotations

import re

#: percentage units as the numbers stage writes them (a difference of two is in
#: percentage points): from the HTML report's targets table (commit 03c8a6f)
PERCENT_UNITS = frozenset({"%", "percent", "percentage points"})
#: qualifiers that make a target a floor (met when the outcome reaches it); written
#: with the follow-through rules (commit 4ee22f9)
FLOOR_QUALIFIERS = frozenset({"at least", "more than", "above", "over", "just over"})
#: qualifiers that make a target a ceiling (met at or below it) (commit 4ee22f9)
CEILING_QUALIFIERS = frozenset({"up to", "at most", "less than", "under", "below", "just under"})
#: qualifiers of an approximate target, met within a margin (commit 4ee22f9)
ABOUT_QUALIFIERS = frozenset(
    {"about", "around", "approximately", "roughly", "nearly", "almost", "some"}
)
#: change verbs that take away, so the amount counts negative (commit 4ee22f9)
DECREASE_VERBS = frozenset({"fell", "declined", "decreased", "reduce"})
#: metric words of what a government holds down: an outcome below an "about" target
#: meets it (commit 4ee22f9)
HELD_DOWN_METRIC = re.compile(r"inflation|unemployment|deficit|price", re.IGNORECASE)
#: metric endings that leave the measure the same (``inflation rate``) (commit 4ee22f9)
NEUTRAL_METRIC_TAILS = ("rate", "growth")
#: a target set for a later year the sentence names (``by 2025``) (commit 4ee22f9)
TARGET_YEAR_CUE = re.compile(r"(?:by|through)\s*((?:19|20)\d\d)\s*年?", re.IGNORECASE)
#: a verb naming a starting point (``from 2 to 3 percent``) (commit 4ee22f9)
FROM_VERBS = frozenset({"from"})
#: verbs of an amount added or taken away, a change, not a level (commit 4ee22f9)
INCREMENT_VERBS = frozenset({"raise", "increase"})
#: cues of a figure for several years (over the past five years, cumulative, a year on
#: average, five-year): no one year's target or outcome (#18)
MULTI_YEAR_CUE = re.compile(
    r"\b(?:(?:past|last) (?:two|three|four|five|ten) years|cumulative(?:ly)?|in total|"
    r"on average|five-year|per year on average|since \d{4})\b",
    re.IGNORECASE,
)
#: sentence openings that start a passage on several years (Over the past five years,
#: During the 13th Five-Year Plan period) (#18)
SPAN_OPENING = re.compile(
    r"^(?:over|in|during) the (?:past|last) (?:two|three|four|five|ten) years|"
    r"^(?:over|in|during) the \w+ five-year plan period",
    re.IGNORECASE,
)
#: sentence openings that go back to one year (Last year, This year, In 2024) (#18)
YEAR_OPENING = re.compile(
    r"^(?:last year|this year|the past year|in (?:19|20)\d\d)\b", re.IGNORECASE
)
#: headings of a part on several years (Review of the Past Five Years) (#18)
SPAN_HEADING = re.compile(
    r"\b(?:past|last) (?:two|three|four|five|ten) years\b|five-year plan period", re.IGNORECASE
)
#: a heading that also names one year (Review of 2025 and the 14th Five-Year Plan period):
#: its sentences' openings decide (#18)
ONE_YEAR_HEADING = re.compile(r"\b(?:19|20)\d{2}\b|\bpast year\b", re.IGNORECASE)
