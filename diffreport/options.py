"""Every knob of a comparison in one frozen dataclass; vary it with ``dataclasses.replace``."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields


class OptionError(ValueError):
    """A ``CompareOptions`` value of the wrong type or out of range, named by its field."""

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(f"CompareOptions.{name}: {detail}")
        self.name = name
        self.detail = detail


@dataclass(frozen=True)
class CompareOptions:
    """Thresholds and switches for aligning and analyzing two editions.

    The defaults were tuned on the real corpus (State Council, provinces, FOMC).
    Every value is checked when the options are made (``dataclasses.replace``
    too): a value of the wrong type, not finite or out of its range raises
    ``OptionError`` (a ``ValueError``) naming the field (``CompareOptions.candidates: must be at
    least 1, not -3``).
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
    #: a section pair whose parents are paired, but not with each other (a subsection of
    #: the review paired with one of the plan), scores this fraction of its score: a
    #: section seldom moves to another chapter, and its subject often recurs there
    #: (last year's task to deepen reform, this year's review of the reform done)
    section_parent_change_factor: float = 0.5
    #: ... when the parents' own pair scored at least this: a chapter pair this sure (the
    #: State Council's review to review, tasks to tasks: 0.66-0.74) says where its
    #: subsections belong; a weak one (a five-year review against a one-year review, about
    #: 0.3) does not
    section_parent_bar: float = 0.5

    # --- analyze: priorities
    #: the first task of both editions, paired, whose headings' first clauses (the task
    #: itself, list markers left out) have a rapidfuzz ratio (0..100) below this was
    #: reworded into another lead task (保持宏观政策连续性稳定性可持续性 -> 着力稳定宏观经济
    #: 大盘): a priority entry of its own
    lead_task_reworded: float = 50.0

    # --- analyze: numbers (moved here from literals in the number pairing)
    #: metric names left over after exact pairing whose rapidfuzz WRatio (0..100) reaches
    #: this name one metric, so their figures pair
    metric_name_cutoff: float = 85.0
    #: within two paired sentences, figures of one unit and form left over after exact
    #: pairing whose names' rapidfuzz ratio (0..100) reaches this name one metric (进出口贸易
    #: 总额 and 外贸进出口总额, 78, in one edition's and the next's list of targets); lower
    #: than ``metric_name_cutoff`` because the sentences are already paired
    sentence_name_cutoff: float = 70.0
    #: two sentences holding figures of one metric whose rapidfuzz ratio (0..100) reaches
    #: this are one sentence edited, so their figures pair
    same_sentence_ratio: float = 60.0

    def __post_init__(self) -> None:
        for f in fields(self):
            check_value(f.name, getattr(self, f.name), f.default)


#: the range of each knob, inclusive; ``None`` is no bound. Thresholds and weights are
#: fractions, rapidfuzz scores are 0..100, counts are whole numbers; a knob missing here
#: is only checked for its type and finiteness.
BOUNDS: dict[str, tuple[float | None, float | None]] = {
    "match_threshold": (0.0, 1.0),
    "local_threshold": (0.0, 1.0),
    "candidates": (1, None),
    "section_threshold": (0.0, 1.0),
    "vocabulary_threshold": (0.0, 1.0),
    "topics": (0, None),
    "highlights": (0, None),
    "highlight_terms": (0, None),
    "cross_role_threshold": (0.0, 1.0),
    "reordered_threshold": (0.0, 1.0),
    "section_heading_weight": (0.0, 1.0),
    "section_content_weight": (0.0, 1.0),
    "section_level_change_factor": (0.0, 1.0),
    "section_parent_change_factor": (0.0, 1.0),
    "section_parent_bar": (0.0, 1.0),
    "lead_task_reworded": (0.0, 100.0),
    "metric_name_cutoff": (0.0, 100.0),
    "sentence_name_cutoff": (0.0, 100.0),
    "same_sentence_ratio": (0.0, 100.0),
}


def check_value(name: str, value: object, default: object) -> None:
    """Raise ``OptionError`` unless ``value`` suits the knob ``name`` (typed like ``default``).

    A whole-number knob takes an ``int``; a fractional one an ``int`` or a finite
    ``float``; a flag a ``bool`` (and a ``bool`` is no number here).
    """
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise OptionError(name, f"must be True or False, not {_shown(value)}")
        return
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(name, f"must be a whole number (int), not {_shown(value)}")
    elif isinstance(default, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise OptionError(name, f"must be a number, not {_shown(value)}")
        if not math.isfinite(value):
            raise OptionError(name, f"must be a finite number, not {value!r}")
    else:
        return
    low, high = BOUNDS.get(name, (None, None))
    if low is not None and value < low:
        raise OptionError(name, f"must be at least {low}, not {value!r}")
    if high is not None and value > high:
        raise OptionError(name, f"must be at most {high}, not {value!r}")


def _shown(value: object) -> str:
    """A short description of a wrong value: its repr when short, else its type."""
    text = repr(value)
    return text if len(text) <= 40 else type(value).__name__
