"""English word lists and cue patterns, by the stage that reads them."""

from __future__ import annotations

# --- text: normalize, segment

#: openings of the English Wikisource licence footer (``This work is in the public domain…``):
#: where ``clean`` looks for a footer to drop at the end of a file; entries from commit 6e49832
#: (the first reading stage)
LICENCE_FOOTER_START = r"This work is (?:in the public domain|licensed)"
#: words one of which a licence footer contains (the evidence ``clean`` wants before dropping
#: it); entries from commit 6e49832 (the first reading stage)
LICENCE_FOOTER_EVIDENCE = ("Public domain", "public domain")


# --- align


# --- analyze: report parts, commitments


# --- analyze: numbers


# --- analyze: topics


# --- series
