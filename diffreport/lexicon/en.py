"""English word lists and cue patterns, by the stage that reads them."""

from __future__ import annotations

import re

# --- text: normalize, segment

#: heading markers at the start of a line and the outline level each gives: a Roman numeral with
#: a period (``I. A Review of Our Work``) is level 1; entries from commit 6e49832 (the first
#: reading stage)
HEADING_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\A[IVXLC]{1,7}\.[ \t]+(?=\S)"), 1),
)
#: abbreviations a period does not end a sentence after (``Mr.``, ``Jan.``, ``No.``, ``Gov.``),
#: lower case, without the period: titles, months, reference and company words; entries from
#: commit 6e49832 (the first reading stage)
ABBREVIATIONS = frozenset(
    """mr mrs ms messrs dr prof sr jr st mt jan feb mar apr jun jul aug sep sept oct nov dec
    no nos vol vols fig figs vs cf inc corp co ltd gov govt sen sens rep reps gen col lt sgt
    capt adm rev hon pres dept est approx al pp ft""".split()
)
#: openings of the English Wikisource licence footer (``This work is in the public domain…``):
#: where ``clean`` looks for a footer to drop at the end of a file; entries from commit 6e49832
#: (the first reading stage)
LICENCE_FOOTER_START = r"This work is (?:in the public domain|licensed)"
#: words one of which a licence footer contains (the evidence ``clean`` wants before dropping
#: it); entries from commit 6e49832 (the first reading stage)
LICENCE_FOOTER_EVIDENCE = ("Public domain", "public domain")
#: words of a web page element's class or id (split at ``-``, ``_`` and spaces) that mark
#: page furniture (``nav``, ``breadcrumb``, ``sidebar``, ``share``): the HTML reader drops
#: such an element as chrome; entries from commit 72edd85 (reading PDF, Word and HTML)
WEB_CHROME_CLASS_WORDS = frozenset(
    """nav navbar navigation menu menubar breadcrumb breadcrumbs crumb crumbs header footer
    sidebar share sharing social toolbar tools pagination pager copyright related recommend
    comment comments topbar bottom""".split()
)


# --- align

#: function words (articles, prepositions, auxiliaries, conjunctions) that say nothing of
#: what a sentence is about: the aligner matches English sentences on their other words
#: (candidate tokens, sorted content words). Hand-written with the first aligner (commit
#: de76b26); deliberately short, unlike ``TOPIC_STOP_WORDS``, which also drops reporting
#: verbs, months and units: a sentence that keeps its verbs is the same sentence.
MATCHING_STOP_WORDS = frozenset(
    "the a an of to in and or for on at by with from as is are be been was were that this its it "
    "will has have had not but which while also than their there".split()
)


# --- analyze: report parts, commitments

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


# --- analyze: numbers

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


# --- analyze: topics

#: words that end a noun-phrase chunk, so are never part of an English topic: function
#: words, reporting verbs (expects, decided), generic verbs, calendar words, numbers,
#: units and the pieces of web addresses. Written with the first topics (commit c09f421),
#: extended by hand audits of State Council in English, FOMC and SOTU lists (commits
#: 65e2eb6, 881a401). Kept apart from ``MATCHING_STOP_WORDS`` (align), which drops only
#: function words: a topic is a noun phrase, while a sentence is matched on its verbs and
#: numbers too (one list for both would change the alignment).
TOPIC_STOP_WORDS = frozenset(
    """
    a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at back be became because become
    been before being below between beyond both but by can cannot could did do does doing done
    down during each either else enough even ever every few for from further had has have
    having he her here hers him his how however i if in including into is it its itself just
    least less like likely made make makes many may me might more most much must my near nearly
    neither never nevertheless no nor not now of off on once one only onto or other others our
    out over own per perhaps quite rather same she should since so some still such than that
    the their them themselves then there therefore these they this those though through thus to
    too toward towards under unless until up upon us very via was we were what whatever when
    where whether which while who whom whose why will with within without would yet you your
    meanwhile moreover overall particular addition light view order part respect regard terms
    today yesterday tomorrow year years month months week weeks day days time times recent
    recently last next first second third coming going ahead
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    committee committee's fomc percent percentage basis point points statement meeting
    remain remains remained expect expects expected anticipate anticipates anticipated judge
    judges judged decide decided decides continue continues continued believe believes
    indicate indicates indicated suggest suggests suggested appear appears appeared seem seems
    seemed see sees seen note notes noted consider considers considered assess assesses
    assessed monitor monitors monitored act acts take takes taken help helps helped keep keeps
    kept maintain maintains maintained provide provides provided support supports supported
    promote promotes promoted foster fosters fostered seek seeks sought use uses used
    agree agreed vote voted voting voted approve approved approves announce announced
    lower lowered raise raised reduce reduced increase increased increases say says said
    stand stands ready prepared able need needed needs warrant warrants
    rose rise rises fell fall falls grew grow grows held hold holds came come comes run runs
    improve improves obtain obtains strengthen strengthens purchase expand expands implement
    facilitate employ preserve stimulate sustain establish evaluate evaluating weigh weighs
    pose poses achieve achieves adjust return returns move moves begin begins exert damping
    million billion trillion thousand hundred half quarter quarters
    know knows think want wants get gets got go goes tell let ask give gives put
    past better best fight empower invest show shows showed shown
    depend depends fail fails affect affects evolve evolves confirm confirms occur occurs await
    cause causes began apart together relative regardless develop pursue deepen enhance
    coordinate prioritize commit given manner somewhat nonetheless
    advance deliver ensure meet find wait took bring tackle accelerate upgrade modernize
    consolidate cultivate explore encourage guide refine optimize protect create uphold
    amplify learn stay recommend mean sent look call produce allow deny instead throughout
    two three four five six seven eight nine ten
    yuan metric tons tonnes kilometers kilometres hectares kilowatts kilowatt-hours
    conclude http https html www federalreserve opolicy newsevents
    well near-term likely unlikely appropriate appropriately consistent available
    mr mrs ms dr chairman vice president governor
    """.split()
)
#: single words too general to be a topic on their own (economy, policy, measures,
#: goals; they may head a phrase); from the first topics (commit c09f421) and an audit
#: of the State Council in English lists (commit 881a401)
TOPIC_GENERIC_WORDS = frozenset(
    """
    economy economic activity conditions developments development information outlook data
    measures policy policies markets market households businesses credit tools flow range
    holdings level levels pace rate rates risks risk prices price growth changes change
    action actions factors effects effect balance focus ways means number central full
    current period approach normal stable steady views robust indicators fields environmental
    case evidence extent signs process efforts effort task tasks work works thing things ones
    sense stop unit units differences opportunities procedures exercise kind kinds lot lots
    place places side sides fact facts area areas issue issues problem problems question
    questions matter matters result results example examples amount amounts progress step
    steps advancements difficulty difficulties press way round rounds approaches present
    objectives objective goals targets participation
    """.split()
)
#: adjectives, never a topic alone nor the last word of one (strong, fourth national):
#: from a hand audit of English lists (commit e37c3ab)
ADJECTIVES = frozenset(
    """
    strong weak solid slow fast large small high low different modest moderate average extra
    real good bad great big huge main key new old young special common various certain clear
    important significant substantial essential basic broad deep wide long short hard soft
    firm tight loose rapid quick sharp steep gradual severe serious heavy elevated subdued
    mixed sluggish resilient harder stronger greater higher lower faster bigger larger smaller
    weaker broader deeper tighter wider easier latest major minor crucial critical mutual
    efficient sound economic social public financial global rural urban local total general
    regional national international fiscal monetary political military federal domestic
    foreign medical human digital industrial structural agricultural commercial historic
    safe fourth fifth sixth seventh eighth ninth tenth difficult steadfast well proud true
    closer
    """.split()
)
#: endings of most English adjectives (effective, various, careful), same audit (commit e37c3ab)
ADJECTIVE_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "ical", "ional")
#: nouns with an adjective's ending (objective, incentive, table, well-being): same
#: audit (commit e37c3ab), well-being, chemical, explosive and olive from a review (commit ca063a8)
NOUNS_WITH_ADJECTIVE_ENDINGS = frozenset(
    """
    objective objectives initiative initiatives incentive incentives executive executives
    representative representatives alternative alternatives narrative narratives perspective
    directive directives derivative derivatives archive archives drive drives motive motives
    table tables vegetable vegetables cable variable variables receivable receivables
    professional professionals well-being chemical chemicals explosive explosives olive
    """.split()
)
#: vague heads (objectives, measures, efforts, ways): an adjective before one makes no
#: topic (major efforts, new ways); same audit (commit e37c3ab)
VAGUE_HEADS = frozenset(
    """
    objectives goals measures steps efforts round rounds degree ways way links benefits
    results tasks things aspects moves actions areas fields issues approaches
    """.split()
)
#: nouns ending in -ing or -ed (spending, housing, earnings): a topic may begin or end
#: with them, unlike verb forms; from the first topics (commit c09f421)
NOUNS_ENDING_ING_ED = frozenset(
    """
    spending housing lending funding financing borrowing pricing building manufacturing
    banking hiring earnings savings holdings offering offerings training schooling
    accounting marketing trading shipping warming
    """.split()
)
#: words ending in -ly that are no adverbs (supply, family, july); from the first
#: topics (commit c09f421)
NOUNS_ENDING_LY = frozenset("supply family assembly monopoly ally rally anomaly july italy".split())
#: a transcript's stage directions, (Applause.) [Laughter], that name no topic: from a
#: hand audit of SOTU lists (commit e37c3ab)
STAGE_DIRECTION = re.compile(
    r"[(\[](?:applause|laughter|cheers|boos)[^()\[\]]{0,40}[)\]]", re.IGNORECASE
)
#: the opening of an FOMC statement's roll call (Voting for the FOMC monetary policy
#: action were: ...), which names voters, not subjects; from FOMC lists full of
#: rotating voters (commit 80e1247)
ROLL_CALL = re.compile(r"\s*Voting (?:for|in favor of) the\b[^:.]{0,60}\bwere\b")


# --- series

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
