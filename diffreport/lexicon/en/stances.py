"""English word lists for policy stances: report stance phrases and FOMC statements."""

from __future__ import annotations

import re

#: direction words of a policy stance in English reports (``a proactive fiscal policy``,
#: ``a prudent monetary policy``, ``an appropriately accommodative monetary policy``); a
#: modifier made only of these and STANCE_DEGREE_WORDS makes a stance phrase. Read by
#: analyze.stances. Entries read off the State Council's English reports 2024–2026 and the
#: usual English renderings of the Chinese stance words (稳健 prudent, 积极 proactive …).
STANCE_DIRECTION_WORDS = (
    "proactive",
    "prudent",
    "accommodative",
    "expansionary",
    "contractionary",
    "tight",
    "neutral",
    "flexible",
    "active",
    "effective",
    "targeted",
    "sound",
    "stable",
    "easy",
    "loose",
)
#: degree words that grade an English stance direction (``more proactive``,
#: ``appropriately accommodative``, ``moderately tight``, ``flexible and appropriate``). Read by
#: analyze.stances; from the
#: same reports.
STANCE_DEGREE_WORDS = (
    "more",
    "even",
    "much",
    "less",
    "appropriately",
    "appropriate",
    "moderately",
    "somewhat",
    "relatively",
    "further",
)
#: words that join two stance words into one modifier (``prudent and flexible``); read by
#: analyze.stances. From the State Council's English reports 2024–2026.
STANCE_JOINERS = ("and",)
#: words that put a policy noun inside another phrase (the coordination of fiscal policy,
#: a shift to monetary policy): a phrase holding one grades no policy. Read by
#: analyze.stances.
STANCE_NOT_GRADING = frozenset({"of", "to", "for", "in", "on", "with", "by", "from", "the"})
#: policy nouns an English stance phrase names before ``policy`` (fiscal, monetary, macro
#: …). Read by analyze.stances; from the State Council's English reports 2024–2026.
STANCE_POLICY_NOUNS = (
    "fiscal",
    "monetary",
    "macroeconomic",
    "macro",
    "employment",
    "industrial",
    "social",
)
#: what an English policy name puts after its noun to state the stance in the name itself
#: (``the employment-first policy``, 就业优先政策); any mention of such a policy is a
#: statement of it. Read by analyze.stances; from the State Council's English reports
#: 2024–2026.
STANCE_NAME_WORDS = ("-first",)
#: the directions of macro policy's cyclical adjustment in English (``counter-cyclical``,
#: ``counter- and cross-cyclical adjustments``; 逆周期, 跨周期). Read by analyze.stances;
#: from the State Council's English reports 2024–2026.
STANCE_CYCLE_WORDS = ("counter", "cross")
#: FOMC decision verbs and the action each states on the federal funds rate; ``set`` (a
#: new target, ``establish a target range``) is read against the previous edition's target.
#: Read by analyze.stances_fomc. Entries read off the FOMC statements 1994–2026.
DECISION_VERBS = {
    "raise": "raise",
    "increase": "raise",
    "tighten": "raise",
    "firm": "raise",
    "lower": "lower",
    "reduce": "lower",
    "cut": "lower",
    "ease": "lower",
    "decrease": "lower",
    "maintain": "maintain",
    "keep": "maintain",
    "leave": "maintain",
    "hold": "maintain",
    "reaffirm": "maintain",
    "establish": "set",
    "set": "set",
    "fall": "lower",
    "decline": "lower",
    "rise": "raise",
    "made no change": "maintain",
}
#: FOMC decision nouns after ``agreed that this`` and the action each states: the
#: 1994-1996 statements let a discount-rate move show through into reserve markets
#: (``agreed that this increase should be reflected fully in interest rates in the
#: reserve markets``). Read by analyze.stances_fomc; from those statements.
DECISION_NOUNS = {"increase": "raise", "reduction": "lower", "decrease": "lower"}
#: words that state a plan in an FOMC sentence (``the Committee will add to its
#: holdings ...``): a changed plan is shown before a changed judgement. Read by
#: analyze.stances_fomc; from the statements 2008–2026.
PLAN_WORDS = ("will",)
#: what introduces an FOMC decision verb (``decided today to``, ``voted to``). Read by
#: analyze.stances_fomc; from the FOMC statements 1994–2026.
DECISION_LEADS = ("decided", "decision", "voted", "agreed", "expected", "expecting")
#: what an FOMC statement's rate decision is about (the federal funds rate, its target
#: range); a decision sentence names one. Read by analyze.stances_fomc; from the statements.
RATE_TERMS = (
    "federal funds rate",
    "target range",
    "funds rate",
    "pressure on reserve",
    "stance of monetary policy",
    # the 1994-1996 statements set the rate as pressure on (bank) reserve positions or
    # as interest rates in reserve markets
    "reserve positions",
    "reserve markets",
)
#: cues of the FOMC's forward guidance, the likely path of the rate (anticipates, extended
#: period, patient, gradual …). Read by analyze.stances_fomc; read off the FOMC
#: statements 1994–2026 and the published statement redlines at rate turning points.
GUIDANCE_CUES = (
    "anticipate",
    "expects that",
    "expects it will",
    "be appropriate",
    "extended period",
    "considerable period",
    "considerable time",
    "patient",
    "for some time",
    "gradual",
    "measured",
    "likely to warrant",
    "future adjustments",
    "additional firming",
    "policy firming",
    "removal of policy accommodation",
    "accommodation can be removed",
    "policy accommodation",
    # guidance that holds the rate until an outcome or a date: "expects to maintain this
    # target range until it is confident ...", "at least through mid-2015", "at least as
    # long as the unemployment rate remains above ..." (2008-2020 statements)
    "expects to maintain",
    "expects to keep",
    "at least through",
    "at least until",
    "at least as long as",
)
#: what forward guidance is about: the rate or the accommodation it gives (a guidance cue
#: needs one of these in the sentence). Read by analyze.stances_fomc; from the statements.
GUIDANCE_SUBJECTS = (
    "federal funds rate",
    "target range",
    "accommodation",
    "firming",
    "interest rates",
    "policy rate",
)
#: cues of the FOMC's balance-sheet plan: holdings, asset purchases, reinvestment, runoff.
#: Read by analyze.stances_fomc; read off the FOMC statements 2008–2026.
BALANCE_SHEET_CUES = (
    "holdings of",
    "asset purchase",  # purchases, purchase program
    "purchases of",
    "purchase additional",
    "reinvest",
    "balance sheet",
    "mortgage-backed securities",
    "treasury securities",
    "runoff",
    "rolling over",
    "securities holdings",  # the reduction of its aggregate securities holdings (2019)
    "system open market account",
)
#: a link to a related release, as the statements' web copies carry it below the text
#: (``[Statement Regarding Purchases ...](http://www.ny.frb.org/...)``): no policy
#: sentence, though it names holdings and securities. Read by analyze.stances_fomc.
LINK = re.compile(r"https?://|\]\(")
#: the names under which FOMC stances are reported: the rate decision, the forward guidance
#: and the balance-sheet plan. Read by analyze.stances_fomc.
FOMC_POLICIES = ("federal funds rate", "forward guidance", "balance sheet")
