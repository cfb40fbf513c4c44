"""Pair the sections and sentences of two editions.

How it works, in four passes, none of them an all-pairs loop over sentences:

1. **Exact anchors.** Sentences whose comparison keys are equal pair up: keys
   found once a side first, then repeats by an LCS within each gap between
   those. A gap too large for one LCS table (far beyond a real report: 80,000
   repeats of one sentence) is split at its common ends and at runs of keys
   found once in it, then cut into blocks, so time and memory stay near linear.
2. **Fuzzy candidates, then scores.** For each unpaired old sentence the
   candidates are the unpaired new sentences that share one of its rarest
   tokens (character bigrams in Chinese, words in English), found through an
   inverted index, plus the new sentences in the same gap between anchors.
   Only those are scored, with rapidfuzz's normalized Indel similarity on keys
   whose years were shifted by the editions' distance (so ``2024年主要预期目标``
   scores 1.0 against next year's ``2025年主要预期目标``); a pair also scores the
   similarity of its keys with their clauses (English: content words) sorted,
   when that reaches 0.7, so that clauses swapped round keep a sentence whole.
   Pairs above ``match_threshold`` are taken greedily, best first. Long documents (ten
   reports a side) do the same search and scoring in numpy (``postings``,
   rapidfuzz's ``cpdist``), with the same result.
3. **Sections.** Sections pair on what they share: the weight of the
   sentences paired between their subtrees, and the similarity of their
   headings with numbering stripped and years shifted. A heading reworded
   keeps its section; a section split in two pairs both parts with its origin.
4. **Local pass.** Sentences still unpaired are scored against the unpaired
   sentences of the paired section, and accepted at the looser
   ``local_threshold``.

Statuses: a sentence pair is ``moved`` when its sections are not paired with
each other or it is out of order within its section pair (not on the longest
increasing run), else ``unchanged`` when the keys are equal, else ``modified``.
A section pair is ``moved`` when it is out of order among its siblings,
``renamed`` when its heading changed beyond the year shift, else ``matched``.

Modules, by pass: ``years`` and ``keys`` (what is compared), ``state`` (the pairs
so far), ``anchors`` (1), ``sentences`` (2 and 4), ``postings`` (2, in numpy),
``sections`` (3), ``statuses``. The thresholds are fields of ``CompareOptions``.
"""

from __future__ import annotations

from diffreport.align.anchors import pair_equal_keys
from diffreport.align.keys import heading_key
from diffreport.align.sections import SectionPairer
from diffreport.align.sentences import SentenceMatcher
from diffreport.align.state import Alignment
from diffreport.align.statuses import section_result, sentence_result
from diffreport.align.years import document_year, edition_distance, shift_years
from diffreport.model import Document, SectionPair, SentencePair
from diffreport.options import CompareOptions

__all__ = ["align", "document_year", "edition_distance", "heading_key", "shift_years"]


def align(
    old: Document, new: Document, options: CompareOptions | None = None
) -> tuple[tuple[SectionPair, ...], tuple[SentencePair, ...]]:
    """Section pairs and sentence pairs of two editions; every sentence appears exactly once."""
    options = options or CompareOptions()
    al = Alignment(old, new, options)
    pair_equal_keys(al)
    sentences = SentenceMatcher(al)
    sentences.fuzzy(options.match_threshold)
    sections = SectionPairer(al)
    section_pairs = sections.pairs()
    sentences.headings(section_pairs)
    sentences.local(section_pairs)
    section_pairs = sections.pairs()
    return section_result(al, section_pairs), sentence_result(al, section_pairs)
