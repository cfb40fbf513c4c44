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
#: the end of the text before it; a degree adverb before a comparison (well above) is part
#: of it. Since commit 03966d1; no more than / no less than / close to added for #18.
QUALIFIERS_BEFORE = re.compile(
    r"\b(?:(?:well|somewhat|slightly|moderately|considerably|substantially|far|just)\s+)?"
    r"(about|approximately|around|roughly|nearly|almost|at least|at most|up to|more than|"
    r"less than|no more than|no less than|close to|over|under|below|above|some|just over|"
    r"just under|in excess of)\s+(?:\$\s?)?$",
    re.IGNORECASE,
)
#: qualifiers written after a figure (5 percent or more, 2 percent or so), each with the
#: qualifier it means. Kinds of English comparison phrase; issue #18.
QUALIFIERS_AFTER = re.compile(
    r"\s*,?\s+or\s+(more|above|higher|greater|so|thereabouts|less|below|lower|fewer)\b",
    re.IGNORECASE,
)
#: one qualifier for the words that mean it (around = about = approximately = roughly):
#: a target said "around 2 percent" in one edition and "approximately 2 percent" in the
#: next is the same target. The canonical words are those the follow-through rules read
#: (en.ABOUT_QUALIFIERS, FLOOR_QUALIFIERS, CEILING_QUALIFIERS). Issue #18.
QUALIFIER_CANON: dict[str, str] = {
    "about": "around",
    "approximately": "around",
    "around": "around",
    "roughly": "around",
    "some": "around",
    "close to": "around",
    "so": "around",
    "thereabouts": "around",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "at least": "at least",
    "no less than": "at least",
    "more": "at least",
    "greater": "at least",
    "higher": "at least",
    "more than": "more than",
    "over": "more than",
    "above": "more than",
    "just over": "more than",
    "in excess of": "more than",
    "at most": "at most",
    "up to": "at most",
    "no more than": "at most",
    "fewer": "at most",
    "lower": "at most",
    "less than": "less than",
    "under": "less than",
    "below": "less than",
    "less": "at most",
}
#: comparison words that, with a verb of being before them (with inflation well above,
#: is running below), state where a measure stands, not where it should go: such a figure
#: is an observation. Issue #18 (FOMC 2022: "With inflation well above 2 percent").
OBSERVED_COMPARISONS = frozenset({"above", "below"})
#: words before such a comparison that make it an observation: a verb of being or standing,
#: or "with" (with inflation above …). Issue #18.
OBSERVED_BEFORE = re.compile(
    r"\b(?:with|is|are|was|were|has been|have been|had been|remains?|remained|stays?|"
    r"stayed|runs?|ran|running|stands?|stood)\s+(?:[\w'-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: a condition around a comparison (as long as the unemployment rate remains above …): a
#: policy threshold, not an observation. Issue #18.
CONDITION_CUES = re.compile(r"\b(?:as long as|so long as|until|unless|if|once)\b", re.IGNORECASE)
#: units written after an English figure that make it an amount of something (currency,
#: mass, power, energy, length, area, volume), each with the unit the table shows. Kinds
#: of measurement unit; issue #18 (English amounts in plain yuan were dropped, units were
#: not shown).
AMOUNT_UNITS: dict[str, str] = {
    "yuan": "yuan",
    "renminbi": "yuan",
    "us dollars": "$",
    "dollars": "$",
    "metric tons": "tons",
    "tonnes": "tons",
    "tons": "tons",
    "kilowatt-hours": "kWh",
    "kilowatt hours": "kWh",
    "kwh": "kWh",
    "kilowatts": "kW",
    "kw": "kW",
    "kilometers": "km",
    "kilometres": "km",
    "km": "km",
    "hectares": "hectares",
    "mu": "mu",
    "square meters": "square meters",
    "square metres": "square meters",
    "cubic meters": "cubic meters",
    "cubic metres": "cubic meters",
}
#: nouns that count people or households after a figure (12 million people): they are the
#: unit of a count, not its name (which comes from the clause). Kinds of counted unit.
COUNT_UNITS = frozenset({"people", "persons", "individuals", "households", "person-times"})
#: words right after a figure that name nothing (passed the 13 million mark, 5 percent
#: year-on-year, 7 and 8 percent respectively): the figure is named from its clause.
#: Issue #18.
EMPTY_NOUNS = frozenset(
    """
    mark level times threshold figure total year-on-year month-on-month annually
    respectively overall each apiece
    """.split()
)
#: a goal with figures in it (its objectives of maximum employment and 2 percent
#: inflation, longer-run goals of … inflation of 2 percent): the figure is the goal.
GOALS_OF = re.compile(r"\b(?:objectives?|goals?)\s+of\b[^.;]*$", re.IGNORECASE)
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
#: figures are targets. Since commit 03966d1; a plan or aim as a noun (a five-year action
#: plan) is no cue, a decision (the Committee decided to continue purchasing … at a pace
#: of $40 billion per month) is one (#18).
TARGET_CUES = re.compile(
    r"\b(target|will|objectives?|goals?|aims? (?:to|at)|plans? to|intends? to|expects? to|"
    r"anticipates?|decided|decides|approved|approves)\b",
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
#: words where a metric's noun phrase, read back from its figure, stops: determiners that
#: open a phrase of their own, pronouns, conjunctions of clauses, auxiliaries and the
#: policy verbs that take a figure as object (issue, allocate, earmark). Function words
#: and kinds of verb, not any report's phrases. Issue #18 (names like "reaching", "stimulate
#: greater private sector investment").
PHRASE_BREAKS = frozenset(
    """
    its their his her our my your we they it he she you i this that these those which who
    over within during across to
    whom whose what where when while whereas as so if than with without because since
    after before through via about against between into onto upon toward towards
    is are was were be been being am will would shall should can could may might must
    has have had do does did not no also now then still already just only even
    achieve achieved attain attained hit hitting pass passed passing exceed exceeded top
    topped cover covered covers issue issued issuing allocate allocated allocating
    earmark earmarked use used using provide provided providing launch launched create
    created creating spend spent invest invested adopt adopted seek seeks sought aim aims
    aimed expect expects envisage envisages envisaged propose proposes continue continued
    add adding bring brought make made making see saw seen register registered
    totaled totalled amounted stand stands stood hold holds held return returns returned
    returning move moves moving run runs ran running benefit benefiting benefited decided
    decide judges judge anticipates anticipate drop drops dropped grew grow grown fall falls
    """.split()
)
#: words that may close the text between a metric's name and its figure and name nothing
#: (is set at, will increase by an average of, a pace of): prepositions, articles and the
#: nouns of a measure's manner. Read backwards and dropped. Issue #18.
PHRASE_TAIL_WORDS = frozenset(
    """
    by to at of from on the a an average total pace equivalent further additional
    annual sum amount projected expected estimated forecast targeted scheduled planned
    slated set rather instead
    """.split()
)
#: words inside a metric's noun phrase that join its parts (expenditure in the general
#: public budget, energy consumption per unit of GDP, rural and non-working residents).
PHRASE_JOINERS = frozenset({"of", "for", "in", "per", "and", "the", "from", "on", "under"})
#: words that open a noun phrase but name nothing of the measure (a projected CPI increase,
#: additional securities, holdings of Treasury securities): dropped at its start. Kinds of
#: determiner, participle of projection and container noun. Issue #18.
PHRASE_LEAD_DROPS = frozenset(
    """
    the a an and or of in for per to on at from with by total further additional
    projected expected estimated anticipated planned proposed targeted intended
    holdings purchases pace amount sum types kinds target targets range
    """.split()
)
#: change nouns: "an increase of 1.27 trillion yuan", "a reduction of 3 percent"; a figure
#: after one is a change (or, in percent, a growth rate), named by what changes. Issue #18.
CHANGE_NOUNS = re.compile(
    r"\b(?:increases?|decreases?|reductions?|rises?|declines?|drops?|cuts?|growth|"
    r"expansion|additions?|hikes?)\s+(?:of|by)\s*$",
    re.IGNORECASE,
)
#: nouns that a flow is counted in (holdings, purchases): a change of one per month
#: recurs (increase its holdings by $20 billion per month), while a level raised by 20
#: yuan per month is raised once. Issue #18.
FLOW_NOUNS = re.compile(
    r"\b(?:holdings|purchases|purchasing|pace|reinvest\w*|redemptions?|runoff)\b", re.I
)
#: words of a change that are nouns after a name (a CPI increase of, GDP growth of) and
#: verbs after a modal or pronoun (will increase its holdings). Issue #18.
CHANGE_WORDS = frozenset(
    """
    increase increases decrease decreases rise rises decline declines drop drops cut cuts
    reduction reductions growth gain gains hike hikes expansion
    """.split()
)
#: verbs of a change taking "by" before the figure (raised by 20 yuan, grew by 370 million
#: kilowatts, lower the target range … by 1/2 percentage point). Issue #18.
CHANGE_VERBS = re.compile(
    r"\b(?:rais|increas|reduc|lower|cut|grew|grow|rose|rise|risen|add|expand|decreas|drop|"
    r"fell|fall|declin|boost|lift|trim|slash|up|down)\w*\b",
    re.IGNORECASE,
)
#: words of a change downward (reduce, lower, cut, fell, less than last year): a change's
#: metric says decrease. Issue #18.
DOWN_WORDS = re.compile(
    r"\b(?:reduc|lower|cut|decreas|drop|fell|fall|declin|trim|slash|less|down|fewer)\w*\b",
    re.IGNORECASE,
)
#: a comparison with last year written after a figure (230 billion yuan more than last
#: year, an increase of … over last year): the figure is a change over last year.
OVER_LAST_YEAR = re.compile(
    r"^\s*(?:more|less|higher|lower|fewer|up|down|above|below)?\s*"
    r"(?:than|over|from|on|compared with|compared to)\s+(?:last|the previous|the prior)\s+year",
    re.IGNORECASE,
)
#: words of a growth rate in a metric or before its figure (growth, inflation, grew). A
#: figure in percent with one of them is a growth rate. Issue #18.
GROWTH_WORDS = re.compile(
    r"\b(?:growth|grow|grew|grown|increas\w*|decreas\w*|rise|rises|rose|risen|declin\w*|"
    r"drop\w*|fell|fall|falls|inflation|cpi|prices|reduc\w*|lower\w*|cut|up|down|expand\w*|"
    r"gain\w*)\b",
    re.IGNORECASE,
)
#: head nouns of a rate or ratio that is not a growth rate (unemployment rate, deficit-to-GDP
#: ratio, federal funds rate, yield). Kinds of ratio noun.
RATIO_HEADS = re.compile(r"\b(?:rates?|ratios?|yields?|coverage|spreads?)\s*$", re.IGNORECASE)
#: a share of a whole: in the metric (share, proportion) or after the figure (12.5 percent
#: of GDP, accounting for). Kinds of share phrase. Issue #18.
SHARE_WORDS = re.compile(
    r"\b(?:share|proportion|percentage of|accounting for|accounts? for)\b", re.IGNORECASE
)
SHARE_AFTER = re.compile(r"^\s*(?:of|in)\s+(?:the\s+)?(?:gdp|total|all|national|global)\b", re.I)
#: a period that recurs written after a figure ($40 billion per month, 20 yuan a month):
#: the figure is a pace. Issue #18 (the 2013 FOMC taper).
RECURRING_AFTER = re.compile(
    r"^\s*(?:per|a|each|every)\s+(?:month|quarter|week|year)\b|^\s*(?:monthly|annually)\b",
    re.IGNORECASE,
)
#: a sentence about several years (by 2030, the draft Outline of a five-year plan, an
#: annual average): its figures span them. Kinds of horizon phrase. (The longer run of
#: an FOMC statement is its objective's: see OBJECTIVE_AFTER.)
SPAN_CUES = re.compile(
    r"\bby (?:the end of )?(?:19|20)\d\d\b|\bfive-year plan\b|\bdraft outline\b|"
    r"\b(?:annual|yearly) average\b|\baverage annual\b|\bper year on average\b|"
    r"\bover the (?:next|coming) \w+ years\b|\bfive years\b",
    re.IGNORECASE,
)
#: a goal noun right after a figure (its 2 percent objective, 2 percent longer-run goal)
#: or the longer run after it: the figure is the goal itself. Issue #18.
OBJECTIVE_AFTER = re.compile(
    r"^\s*(?:longer[- ]run\s+|inflation\s+)?(?:objective|goal)s?\b|"
    r"^\s*over\s+the\s+longer\s+run\b",
    re.IGNORECASE,
)
#: words before a figure that make it the goal a measure goes back or toward (a return to
#: 2 percent inflation, moving toward 2 percent, the shortfall of inflation from 2
#: percent). Issue #18 (FOMC statements).
OBJECTIVE_BEFORE = re.compile(
    r"\b(?:towards?|return(?:s|ing)? to|back to|shortfall of \w+ from|"
    r"(?:deviation|distance) of \w+ from)\s+(?:the committee's\s+|its\s+)?$",
    re.IGNORECASE,
)
#: verbs of a price measure heading for a level (inflation is expected to rise to 2
#: percent, to move up to): with inflation or prices as the clause's subject, that level is
#: the goal. Present and infinitive forms only: "rose to 2 percent" is an outcome.
OBJECTIVE_HEADING = re.compile(
    r"\b(?:inflation|prices)\b.*\b(?:rise|move|moving|converge|climb|stabilize|run)\s+"
    r"(?:\w+ly\s+|up\s+|back\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
#: a figure said after "rather than" (at a pace of $40 billion per month rather than $45
#: billion) is the setting replaced, not a new one. Issue #18.
REPLACED_BEFORE = re.compile(r"\b(?:rather than|instead of)\s+(?:\$\s?)?$", re.IGNORECASE)
#: phrases of time inside a metric's clause (for this year, this year's, in 2025, last
#: year): they say when, not what, and are read past when naming. Issue #18.
TIME_PHRASES = re.compile(
    r"\b(?:for|in|during|over)\s+(?:this|the|last|next|the current|the coming)\s+year\b|"
    r"\b(?:this|last|next) year(?:'s)?\b|\b(?:in|for|by|since|from)\s+(?:19|20)\d\d\b|"
    r"\bfor the first time\b|\bsince the (?:beginning|start) of (?:the|this|last) year\b",
    re.IGNORECASE,
)
#: words in -ed that end a metric's name as nouns do (value added), not verbs. Issue #18.
NAME_WORDS_ED = frozenset({"added", "funded", "unemployed", "insured", "disabled"})
#: nouns that hold the measure they are "for" or "of" (the target range for the federal
#: funds rate, holdings of Treasury securities, the size of the Term Auction Facility, the
#: likelihood of inflation running below …): a name is what follows. Issue #18.
CONTAINER_NOUNS = frozenset(
    {"range", "target", "holdings", "purchases", "pace", "size", "likelihood", "risk"}
)
#: a heading of a section about a five-year plan (II. Main Objectives and Major Tasks for
#: the 15th Five-Year Plan Period): its figures span the plan, never one year; the name of
#: the plan is group 1. Issue #18 (the 2030 goals of the State Council's 2026 report).
PERIOD_HEADING = re.compile(r"(?i:\b(\d+(?:st|nd|rd|th) five-year plan)\b)")
