"""Every knob of a comparison in one frozen dataclass; vary it with ``dataclasses.replace``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CompareOptions:
    """Thresholds and switches for aligning and analyzing two editions.

    The defaults were tuned on the real corpus (State Council, provinces, FOMC).
    """

    #: a sentence pair scoring at least this (0..1) is accepted anywhere in the document
    match_threshold: float = 0.62
    #: a looser bar for a pair that sits in the same place (between anchored neighbours)
    local_threshold: float = 0.45
    #: how many candidate sentences are scored for each unmatched sentence
    candidates: int = 12
    #: sections whose pairing score reaches this are paired
    section_threshold: float = 0.25
    #: leftover sibling sections whose vocabularies (tf-idf cosine) reach this are paired
    vocabulary_threshold: float = 0.2
    #: how many new and dropped topics to report
    topics: int = 15
    #: how many entries each list of the highlights holds (new, dropped, changed)
    highlights: int = 10
    #: how many terms a highlight names at most (what makes it new)
    highlight_terms: int = 5

    # --- align: further thresholds (moved here from literals in the aligner)
    #: the similarity a heading needs to pair with a body sentence (and the reverse): a
    #: heading that became body text must be nearly the same (commit 6ac2bca)
    cross_role_threshold: float = 0.85
    #: the similarity of two sentences' sorted clauses (English: content words) that counts
    #: as one sentence reordered: only when nearly everything else stayed, since short
    #: sentences share sorted words by chance (commit d8272b0)
    reordered_threshold: float = 0.7
    #: in a section pair's score, the weight of the similarity of their headings ...
    section_heading_weight: float = 0.55
    #: ... and the weight of the sentences they share, when the headings are alike at all
    section_content_weight: float = 0.45
    #: a section pair at different levels (a chapter and a subsection) scores this
    #: fraction of its score: a section seldom changes its depth
    section_level_change_factor: float = 0.7

    # --- analyze: numbers (moved here from literals in the number pairing)
    #: metric names left over after exact pairing whose rapidfuzz WRatio (0..100) reaches
    #: this name one metric, so their figures pair
    metric_name_cutoff: float = 85.0
    #: two sentences holding figures of one metric whose rapidfuzz ratio (0..100) reaches
    #: this are one sentence edited, so their figures pair
    same_sentence_ratio: float = 60.0
