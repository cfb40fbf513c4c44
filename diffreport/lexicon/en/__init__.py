"""English word lists and cue patterns, one module per stage that reads them.

Every list is re-exported here, so a stage reads ``en.NAME``; the module that
defines a list is where to change it (see docs/architecture.md).
"""

from __future__ import annotations

from diffreport.lexicon.en.align import (
    MATCHING_STOP_WORDS,
)
from diffreport.lexicon.en.numbers import (
    ARTICLES,
    BARE_METRICS,
    DISSENT,
    FIGURE_VERBS,
    METRIC_HEADS,
    METRIC_STOP_WORDS,
    MODAL_VERBS,
    NUMBER_UNITS,
    PAST_YEAR,
    QUALIFIERS_BEFORE,
    TARGET_CUES,
)
from diffreport.lexicon.en.parts import (
    COMMITMENT_FUTURE,
    PLAN_HEADING,
    REVIEW_HEADING,
)
from diffreport.lexicon.en.series import (
    ABOUT_QUALIFIERS,
    CEILING_QUALIFIERS,
    DECREASE_VERBS,
    FLOOR_QUALIFIERS,
    FROM_VERBS,
    HELD_DOWN_METRIC,
    INCREMENT_VERBS,
    NEUTRAL_METRIC_TAILS,
    PERCENT_UNITS,
    TARGET_YEAR_CUE,
)
from diffreport.lexicon.en.stances import (
    BALANCE_SHEET_CUES,
    DECISION_LEADS,
    DECISION_VERBS,
    FOMC_POLICIES,
    GUIDANCE_CUES,
    GUIDANCE_SUBJECTS,
    RATE_TERMS,
    STANCE_DEGREE_WORDS,
    STANCE_DIRECTION_WORDS,
    STANCE_JOINERS,
    STANCE_POLICY_NOUNS,
)
from diffreport.lexicon.en.text import (
    ABBREVIATIONS,
    HEADING_MARKERS,
    LICENCE_FOOTER_EVIDENCE,
    LICENCE_FOOTER_START,
    WEB_CHROME_CLASS_WORDS,
)
from diffreport.lexicon.en.topics import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES,
    NOUNS_ENDING_ING_ED,
    NOUNS_ENDING_LY,
    NOUNS_WITH_ADJECTIVE_ENDINGS,
    ROLL_CALL,
    STAGE_DIRECTION,
    TOPIC_GENERIC_WORDS,
    TOPIC_STOP_WORDS,
    VAGUE_HEADS,
)

__all__ = [
    "ABBREVIATIONS",
    "ABOUT_QUALIFIERS",
    "ADJECTIVES",
    "ADJECTIVE_ENDINGS",
    "ARTICLES",
    "BALANCE_SHEET_CUES",
    "BARE_METRICS",
    "CEILING_QUALIFIERS",
    "COMMITMENT_FUTURE",
    "DECISION_LEADS",
    "DECISION_VERBS",
    "DECREASE_VERBS",
    "DISSENT",
    "FIGURE_VERBS",
    "FLOOR_QUALIFIERS",
    "FOMC_POLICIES",
    "FROM_VERBS",
    "GUIDANCE_CUES",
    "GUIDANCE_SUBJECTS",
    "HEADING_MARKERS",
    "HELD_DOWN_METRIC",
    "INCREMENT_VERBS",
    "LICENCE_FOOTER_EVIDENCE",
    "LICENCE_FOOTER_START",
    "MATCHING_STOP_WORDS",
    "METRIC_HEADS",
    "METRIC_STOP_WORDS",
    "MODAL_VERBS",
    "NEUTRAL_METRIC_TAILS",
    "NOUNS_ENDING_ING_ED",
    "NOUNS_ENDING_LY",
    "NOUNS_WITH_ADJECTIVE_ENDINGS",
    "NUMBER_UNITS",
    "PAST_YEAR",
    "PERCENT_UNITS",
    "PLAN_HEADING",
    "QUALIFIERS_BEFORE",
    "RATE_TERMS",
    "REVIEW_HEADING",
    "ROLL_CALL",
    "STAGE_DIRECTION",
    "STANCE_DEGREE_WORDS",
    "STANCE_DIRECTION_WORDS",
    "STANCE_JOINERS",
    "STANCE_POLICY_NOUNS",
    "TARGET_CUES",
    "TARGET_YEAR_CUE",
    "TOPIC_GENERIC_WORDS",
    "TOPIC_STOP_WORDS",
    "VAGUE_HEADS",
    "WEB_CHROME_CLASS_WORDS",
]
