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
