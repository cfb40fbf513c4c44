"""English word lists and cue patterns for topics."""

from __future__ import annotations

import re

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
