"""English word lists and cue patterns for aligning sentences."""

from __future__ import annotations

import re

#: function words (articles, prepositions, auxiliaries, conjunctions) that say nothing of
#: what a sentence is about: the aligner matches English sentences on their other words
#: (candidate tokens, sorted content words). Hand-written with the first aligner (commit
#: de76b26); deliberately short, unlike ``TOPIC_STOP_WORDS``, which also drops reporting
#: verbs, months and units: a sentence that keeps its verbs is the same sentence.
MATCHING_STOP_WORDS = frozenset(
    "the a an of to in and or for on at by with from as is are be been was were that this its it "
    "will has have had not but which while also than their there".split()
)
#: a full date (``March 5, 2025``, ``5 March 2025``) in an English report's opening lines:
#: a dateline or release date gives the edition's year when no heading does; read by
#: align.years. Added with the year read from the text.
FULL_DATE = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2},\s+((?:19|20)\d\d)\b|\b\d{1,2}\s+(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December),?\s+((?:19|20)\d\d)\b"
)
