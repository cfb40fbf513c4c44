"""English word lists and cue patterns for ranking highlights."""

from __future__ import annotations

import re

#: words of pace, intensity and direction in policy statements (gradual, ongoing,
#: patient, accommodative, firming, soon, raise, lower, maintain): a continuing
#: statement whose such word changed has changed in a way that matters. Kinds of
#: adverbs, adjectives and decision verbs read off reworded sentences of consecutive
#: FOMC statements 1994–2026 and the State Council's English reports 2024–2026.
INTENSITY_WORDS = frozenset(
    """
    gradual gradually ongoing further additional patient patience accommodative
    accommodation firming tightening easing soon promptly considerable extended some
    time raise raised raising increase increased increases lower lowered lowering reduce
    reduced reducing decrease maintain maintained keep kept continue continued begin
    began end ended conclude slow slowed slowing accelerate moderate moderated strong
    strongly solid robust weak weakened elevated substantial significant appropriate
    proactive prudent more less higher lower faster slower steadily vigorously actively
    rapidly quickly prudently
    """.split()
)
#: the verbs a translation puts around a word of pace (稳步推进 steadily advance, 大力推进
#: step up, 加快推进 speed up): a rewording that swaps only them and words of intensity
#: is a changed commitment, not new content. Not words of intensity themselves (a
#: rewording that touches ``advance`` has not changed pace). Kinds of verbs of the State
#: Council's English reports 2024–2026.
PACE_VERBS = frozenset("advance promote step speed push move up forward".split())
#: a deadline or a time frame (by 2027, by the end of the year, at a coming meeting,
#: in early March): a specific commitment. Kinds of phrases from the same statements.
DEADLINE = re.compile(
    r"\b(?:by|through|until|before|in|at)\s+(?:the\s+)?(?:end of\s+)?(?:early |mid-|late )?"
    r"(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|(?:a |the )?coming meeting|the year)\b",
    re.IGNORECASE,
)
#: names of programmes and instruments (…facility, …program, …initiative, …bonds):
#: kinds of nouns that end a named commitment.
PROGRAMME_WORDS = frozenset(
    "facility facilities program programs programme initiative initiatives bonds fund "
    "plan plans campaign reform reforms mechanism pilot zone zones".split()
)
#: headings of the part that sets the year's line in an English report (Overall
#: Requirements, Policy Orientation, Projected Targets), as in the State Council's
#: English reports 2024–2026.
LINE_HEADING = re.compile(r"(?i:overall requirements|policy orientations?|targets|objectives)")
#: words that open a list of named things (industries such as …, including …, namely …):
#: the short items after one are named whole, as a Chinese enumeration item (、) is.
#: Kinds of list-opening phrases of the State Council's English reports 2024–2026.
LIST_CUE = re.compile(r"\b(?:such as|including|namely|like)\b", re.IGNORECASE)
#: phrases that rank a task above the others (top priority, as our priority, with priority
#: given to, at the forefront): the English counterpart of zh.RANK_CUE (摆在优先位置,
#: 首要任务). Kinds of ranking phrases of the State Council's English reports 2024–2026.
RANK_CUE = re.compile(
    r"\b(?:top|first|overriding) priority\b|\bas (?:our|the|a) (?:top |first )?priority\b|"
    r"\bpriority (?:is |will be )?given to\b|\bat the forefront\b|\bfirst and foremost\b",
    re.IGNORECASE,
)
#: a sweeping abolition, exemption or repeal: the verb (abolish, eliminate, exempt, waive,
#: scrap, repeal) with all, every, fully or completely in its clause ("All market access
#: restrictions on foreign investment in manufacturing will be abolished", "abolish all
#: excessive restrictions on consumption"): the English counterpart of zh.ABOLITION.
ABOLITION = re.compile(
    r"\b(?:all|every|fully|completely)\b[^,.;]{0,60}?\b(?:abolish|eliminat|exempt|waiv|scrap|repeal)"
    r"|\b(?:abolish|eliminat|exempt|waiv|scrap|repeal)\w*\s+(?:all|every)\b",
    re.IGNORECASE,
)
