"""English word lists and cue patterns for normalizing and segmenting text."""

from __future__ import annotations

import re

#: heading markers at the start of a line and the outline level each gives: a Roman numeral with
#: a period (``I. A Review of Our Work``) is level 1; entries from commit 6e49832 (the first
#: reading stage)
HEADING_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\A[IVXLC]{1,7}\.[ \t]+(?=\S)"), 1),
)
#: closed-class words that open a sentence (pronouns, articles and determiners, prepositions,
#: subordinating conjunctions), lower case: in a numbered paragraph whose title runs straight
#: into its text (``1. Expanding domestic demand We will …``, ``… across the board To promote
#: …``) a capitalized one of these after the title's words is where the text begins. Closed
#: word classes of English, not one report's words; read by normalize.headings (run-in
#: headings of the State Council's English translations 2024–2026).
SENTENCE_OPENERS = frozenset(
    """we you they it he she this these those that there our their its such all each every
    both many most some any the a an to in on at by for with within without through under
    over from as amid among against across along beyond during throughout toward towards upon
    given regardless despite since while when where whereas after before following if unless
    although though because once whether""".split()
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
