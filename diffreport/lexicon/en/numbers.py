"""English word lists and cue patterns for figures and what they measure."""

from __future__ import annotations

import re

#: units and scales that may follow an English figure (percentage points, basis points,
#: percent, billion), as one regex alternation; read by the number grammar. Since commit
#: 03966d1.
NUMBER_UNITS = (
    r"percentage[ -]points?|basis[ -]points?|percent|per\s+cent|%|"
    r"trillion|billion|million"
)
#: qualifiers written before a figure (about, at least, more than, just under), matched at
#: the end of the text before it. Since commit 03966d1.
QUALIFIERS_BEFORE = re.compile(
    r"\b(about|approximately|around|roughly|nearly|almost|at least|at most|up to|more than|"
    r"less than|over|under|below|above|some|just over|just under)\s+(?:\$\s?)?$",
    re.IGNORECASE,
)
#: head nouns of an English metric name (rate, inflation, purchases, deficit, bonds,
#: emissions). Since commit 03966d1, widened for the State Council in English (efcd636).
METRIC_HEADS = re.compile(
    r"\b(rates?|balances|inflation|unemployment|growth|prices|purchases|reserves|holdings|"
    r"securities|deficit|debt|spending|output|income|yields?|spreads?|index|level|target|"
    r"ratio|bonds|expenditures?|revenues?|investment|loans|subsidies|emissions|jobs|"
    r"intensity|consumption)\b",
    re.IGNORECASE,
)
#: function words and policy verbs where an English metric name stops when read backwards
#: (the, of, decided, raise, target). Since commit 03966d1.
METRIC_STOP_WORDS = frozenset(
    """
    the a an its their his her our for of to at in on by from with that this these those
    decided established establish raise raised lower lowered maintain maintained keep
    kept set range target is are was were be been remain remains remained increase
    decrease reduce reduced cut approved announced also today and
    """.split()
)
#: verbs that lead to an English figure (raise, lower, maintain, rose, fell, purchase).
#: Since commit 03966d1.
FIGURE_VERBS = re.compile(
    r"\b(rais(?:e|ed|es|ing)|lower(?:ed|s|ing)?|maintain(?:ed|s|ing)?|establish(?:ed|es|ing)?|"
    r"set(?:s|ting)?|keep(?:s|ing)?|kept|reduc(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|"
    r"decreas(?:e|ed|es|ing)|cut(?:s|ting)?|rose|fell|r[iu]sen?|declin(?:e|ed|es|ing)|"
    r"remain(?:ed|s|ing)?|reach(?:ed|es|ing)?|purchas(?:e|ed|es|ing)|buy(?:ing)?|bought)\b",
    re.IGNORECASE,
)
#: goal cues of an English sentence (target, will, objective, aims, expects to): its
#: figures are targets. Since commit 03966d1.
TARGET_CUES = re.compile(
    r"\b(target|will|objectives?|goals?|aims?|plans?|intends?|expects? to|anticipates?)\b",
    re.IGNORECASE,
)
#: a sentence about the year gone by: it opens with that year, or its verb is past (grew,
#: stood at), unlike "an increase of … over last year", said of this year's target. Added
#: in a review of the English plan part (commit 26cc817).
PAST_YEAR = re.compile(
    r"^\W*(?:last year|in (?:19|20)\d\d|(?:in|over) the past)\b|"
    r"\b(?:grew|rose|fell|stood at|were (?:added|created|achieved)|was (?:achieved|realized))\b",
    re.IGNORECASE,
)
#: modal verbs: words before 'of' that show a clause, not a name. Commit d217fbf.
MODAL_VERBS = frozenset(("would", "will", "can", "could", "should", "may", "might", "must"))
#: the words of a dissent in an FOMC statement (preferred, voted against): a dissenter's
#: setting is kept apart from the decision. Commit 0f18d78.
DISSENT = re.compile(
    r"\b(?:preferred|dissent(?:ed|ing)?|voting against|voted against|would have)\b", re.IGNORECASE
)
#: metric names that say only that something grows or is aimed at (growth, target): see
#: zh.BARE_METRICS. Commit fe66572.
BARE_METRICS = frozenset({"growth", "target"})
#: articles dropped from a metric's key, so "the deficit" pairs with "deficit". Since commit
#: 03966d1.
ARTICLES = re.compile(r"\b(?:the|its|a|an)\b")
