"""English word lists and cue patterns for aligning sentences."""

from __future__ import annotations

#: function words (articles, prepositions, auxiliaries, conjunctions) that say nothing of
#: what a sentence is about: the aligner matches English sentences on their other words
#: (candidate tokens, sorted content words). Hand-written with the first aligner (commit
#: de76b26); deliberately short, unlike ``TOPIC_STOP_WORDS``, which also drops reporting
#: verbs, months and units: a sentence that keeps its verbs is the same sentence.
MATCHING_STOP_WORDS = frozenset(
    "the a an of to in and or for on at by with from as is are be been was were that this its it "
    "will has have had not but which while also than their there".split()
)
