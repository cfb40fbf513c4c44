"""English word lists and cue patterns for the parts of a report and commitments."""

from __future__ import annotations

import re

#: headings that start the plan part of an English report, as the State Council's official
#: translation words them (``II. Overall Requirements and Policy Orientations``, ``Major
#: Tasks for 2025``); read by analyze.parts. Added in commit 9bd3df8.
PLAN_HEADING = re.compile(
    r"(?i:overall requirements|policy orientations?|major tasks|tasks for|main objectives|"
    r"(?:projected|main|major) targets|work (?:plan )?for (?:19|20)\d\d)"
)
#: headings of the review part of an English report (``I. A Review of Our Work in 2024``);
#: read by analyze.parts. Added in commit 9bd3df8.
REVIEW_HEADING = re.compile(r"(?i:\breview\b|retrospect|looking back|achievements)")
#: explicit future cues of English policy statements (will, plans to, is committed to,
#: stands ready to …) that make a sentence a commitment; read by analyze.commitments.
#: Entries since the package skeleton (commit de76b26).
COMMITMENT_FUTURE = re.compile(
    r"\b(will|plans? to|aims? to|(?:is|are|remains?)\s+(?:\w+ly\s+)?committed to|intends? to|"
    r"stands? ready to|expects? to (?:maintain|keep|raise|lower|begin|continue|reduce|increase)|"
    r"is prepared to|are prepared to|shall)\b",
    re.IGNORECASE,
)
#: sentences of the plan part of an English report (the State Council's translation) that
#: speak about the report, the year or the hall rather than commit to an action, by kind: the
#: address (Fellow Deputies), the dateline or source line, what the year is (This year marks
#: …, It is also a crucial year for …), what the goal is (Making progress is our goal), a
#: look back inside the plan (Last year, we made …), and a short copula verdict
#: (Employment is crucial to …). Read off the plan parts of the State Council's translations
#: 2024–2026; read by analyze.commitments.
PLAN_META = re.compile(
    r"\A(?:Fellow Deputies|Dear Deputies)\b|\A\((?:Source|Xinhua)\b|"
    r"\A(?:This|Next|The) year(?: 20\d\d)? (?:is|marks|will mark)\b|"
    r"\A(?:It|This|That) (?:is|will be) (?:also )?(?:a|an|the) [\w -]{0,30}\byear\b|"
    r"\A[A-Z][\w' -]{0,40}\b(?:is|are) (?:our|the) (?:goal|aim|purpose|mission)\b|"
    r"\A(?:Last year|Over the past|In the past|In 20\d\d, we)\b|"
    r"\A(?!We\b)[A-Z][\w' -]{0,40}\b(?:is|are) (?:crucial|essential|vital|key|fundamental|"
    r"the (?:foundation|basis|cornerstone|lifeblood))\b[^,;]{0,60}\.\Z|"
    # the year's work is heavy (今年经济社会发展任务十分繁重), the lead-in to the year's
    # work (做好今年工作，必须…): the English reports' own meta sentences
    r"\bface (?:formidable|arduous|daunting|heavy|tough|challenging) tasks\b|"
    r"\A(?:In order to|To) (?:fulfill|accomplish|achieve|deliver on|do a good job)\b[^,]{0,60}"
    r"\bthis year, we must\b"
)
#: the FOMC's policy decision verbs (The Committee decided to …, The Board approved …):
#: outside a report's parts such a sentence commits the Committee as much as ``will`` does.
#: Read off the FOMC statements 1994–2026; read by analyze.commitments.
DECISION = re.compile(r"\b(?:decided|agreed|voted|approved) (?:to|a|an|the)\b", re.IGNORECASE)
#: how the State Council's translation addresses the deputies (Fellow Deputies,): in the plan
#: part's last section the sentences from such an address on close the report (defence, Hong
#: Kong, foreign policy), outside the plan. Read off the translations 2024–2026; read by
#: analyze.commitments.
ADDRESS_OPENINGS = ("Fellow Deputies", "Dear Deputies")
