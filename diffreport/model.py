"""The values that flow through the pipeline: load -> normalize -> segment -> align -> analyze.

Pure data: this module imports nothing of diffreport. How a value shows itself
(Jupyter, rich, pandas) is the display layer's job (``diffreport.display``).

All are frozen dataclasses: hashable, cheap to compare, safe to share between
processes. Indexes (``Sentence.index``, ``Section.index``) are positions in the
owning ``Document``'s tuples, so a pair of indexes is all an alignment needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Language = Literal["zh", "en"]
SectionStatus = Literal["matched", "renamed", "moved", "added", "removed"]
SentenceStatus = Literal["unchanged", "modified", "moved", "added", "removed"]
NumberStatus = Literal["changed", "unchanged", "added", "removed"]
NumberKind = Literal["target", "actual"]
#: what a figure is: a level (地区生产总值 X亿元), a growth rate (增长5%), a change over
#: the previous year (比上年增加1800亿元), a share (占比 35%), a count (4000个), a ratio
#: (赤字率 3%, a rate in percent that is not a growth rate)
QuantityForm = Literal["level", "growth", "change", "share", "count", "ratio"]
#: the period a figure is for: this edition's year, a multi-year span (a plan period
#: such as 十五五, "by 2030"), a past year, or a recurring period (per month)
QuantityPeriod = Literal["year", "span", "past", "recurring"]


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of report text after hard wraps and page breaks were joined.

    ``text`` keeps the original characters (for display); ``line`` is the
    1-based line of the source file where the paragraph starts.
    """

    text: str
    line: int


@dataclass(frozen=True)
class CleanText:
    """The result of normalizing a decoded file: paragraphs plus what was dropped as chrome."""

    paragraphs: tuple[Paragraph, ...]
    dropped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """A heading and the run of sentences that follows it up to the next heading.

    Sections are in document order. ``start``/``end`` delimit the sentences the
    section owns directly (``end`` exclusive); sub-sections own their own runs
    and point back through ``parent``. Section 0 is the preamble before the
    first heading (``heading`` None, ``level`` 0), possibly with no sentences.
    A heading is also the first sentence of its section (``Sentence.heading``).
    """

    index: int
    heading: str | None
    level: int
    parent: int | None
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    """One sentence: ``text`` as in the source (display), ``key`` folded for comparison."""

    index: int
    section: int
    paragraph: int
    text: str
    key: str
    heading: bool = False


@dataclass(frozen=True)
class Document:
    """One edition of a report, read, cleaned and segmented."""

    path: str
    label: str
    language: Language
    encoding: str
    sections: tuple[Section, ...]
    sentences: tuple[Sentence, ...]
    dropped: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    def section_title(self, index: int) -> str:
        """The heading of section ``index``, or a placeholder for the preamble."""
        heading = self.sections[index].heading
        return heading if heading is not None else "(preamble)"


@dataclass(frozen=True)
class Quantity:
    """A number in a sentence with what it measures.

    ``value`` has multipliers applied (``3.9万亿元`` -> 3.9e12, unit ``元``);
    a range keeps its low end in ``value`` and its high end in ``high``.
    ``text`` is the exact phrase from the sentence, ``start``/``end`` its
    offsets in the sentence's display text.
    """

    metric: str
    value: float
    high: float | None
    unit: str
    qualifier: str | None
    text: str
    kind: NumberKind
    verb: str | None = None
    start: int = 0
    end: int = 0
    #: what the figure is (see ``QuantityForm``); ``None`` where it could not be told
    form: QuantityForm | None = None
    #: the period it is for (see ``QuantityPeriod``); ``None`` where it could not be told
    period: QuantityPeriod | None = None


@dataclass(frozen=True)
class SectionPair:
    """Two sections paired across editions (one side None when added or removed).

    ``relation`` is ``"pair"`` for the main pairing, ``"split"`` for a new
    section that was split off an old one, ``"merge"`` for an old section
    merged into a new one.
    """

    status: SectionStatus
    old: int | None
    new: int | None
    similarity: float
    relation: Literal["pair", "split", "merge"] = "pair"


@dataclass(frozen=True)
class SentencePair:
    """Two sentences paired across editions (one side None when added or removed)."""

    status: SentenceStatus
    old: int | None
    new: int | None
    similarity: float


@dataclass(frozen=True)
class LocatedQuantity:
    """A quantity and the sentence it was found in."""

    quantity: Quantity
    sentence: int


@dataclass(frozen=True)
class NumberChange:
    """The same metric in two editions, with what happened to it."""

    status: NumberStatus
    metric: str
    kind: NumberKind
    old: LocatedQuantity | None
    new: LocatedQuantity | None


@dataclass(frozen=True)
class Commitment:
    """A sentence that commits to future action, new in one edition or dropped from it."""

    sentence: int
    section: int


@dataclass(frozen=True)
class TopicChange:
    """A term that appeared or vanished between editions."""

    term: str
    old_count: int
    new_count: int


StanceStatus = Literal["changed", "unchanged", "added", "removed"]


@dataclass(frozen=True)
class Stance:
    """A policy stance as one edition states it: the sentence, and the stance phrase in it.

    Chinese: ``适度宽松的货币政策`` (with a following ``要…`` clause when there is one);
    FOMC: the decision (``raise 1/4 to 1/2 percent``), the guidance or the balance-sheet plan.
    """

    sentence: int
    phrase: str


@dataclass(frozen=True)
class StanceChange:
    """One policy's stance in two editions (``货币政策``, ``federal funds rate``)."""

    policy: str
    status: StanceStatus
    old: Stance | None
    new: Stance | None


@dataclass(frozen=True)
class Task:
    """One of the plan's numbered tasks: its place in the list (1 first) and its section."""

    position: int
    section: int


@dataclass(frozen=True)
class PriorityChange:
    """A task of the year's plan whose place changed, or that came or went."""

    old: Task | None
    new: Task | None


HighlightStatus = Literal["added", "removed", "modified"]


@dataclass(frozen=True)
class Highlight:
    """A commitment ranked among the new (or dropped) ones, with what makes it new.

    ``sentence`` and ``section`` index the new edition for a new commitment and the
    old one for a dropped commitment; ``status`` is ``modified`` when the sentence
    has a counterpart whose wording it changed. ``terms`` are what makes it new
    (never used in the other edition, rare in such reports: coinages, programmes,
    figures, deadlines), best first. Higher ``score`` ranks first.
    """

    sentence: int
    section: int
    status: HighlightStatus
    terms: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class ChangedCommitment:
    """A continuing commitment whose wording changed in a way that matters.

    ``old`` and ``new`` are sentence indexes; ``removed`` and ``inserted`` the words
    that went and came (a stance or intensity word, a figure, a time frame).
    """

    old: int
    new: int
    removed: tuple[str, ...]
    inserted: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class Highlights:
    """The changes a reader needs first, each list most important first."""

    stances: tuple[StanceChange, ...] = ()
    priorities: tuple[PriorityChange, ...] = ()
    new: tuple[Highlight, ...] = ()
    dropped: tuple[Highlight, ...] = ()
    changed: tuple[ChangedCommitment, ...] = ()


@dataclass(frozen=True)
class Changes:
    """What changed that matters: numbers, commitments, topics, and the highlights of them all."""

    numbers: tuple[NumberChange, ...] = ()
    new_commitments: tuple[Commitment, ...] = ()
    dropped_commitments: tuple[Commitment, ...] = ()
    new_topics: tuple[TopicChange, ...] = ()
    dropped_topics: tuple[TopicChange, ...] = ()
    highlights: Highlights = field(default_factory=Highlights)


@dataclass(frozen=True)
class Comparison:
    """Two editions aligned, with what changed between them."""

    old: Document
    new: Document
    sections: tuple[SectionPair, ...]
    sentences: tuple[SentencePair, ...]
    changes: Changes = field(default_factory=Changes)

    def counts(self) -> dict[str, int]:
        """Sentence pairs per status, every status present."""
        result = dict.fromkeys(("unchanged", "modified", "moved", "added", "removed"), 0)
        for pair in self.sentences:
            result[pair.status] += 1
        return result


PresenceStatus = Literal["present", "renamed", "absent"]


@dataclass(frozen=True)
class SectionChain:
    """One section followed across the editions of a series (one slot per edition).

    ``sections[i]`` is the section index in edition ``i`` (None when absent);
    ``statuses[i]`` says whether it is there under its previous heading
    (``present``, years shifted), under another one (``renamed``), or ``absent``.
    """

    key: str
    level: int
    sections: tuple[int | None, ...]
    headings: tuple[str | None, ...]
    statuses: tuple[PresenceStatus, ...]


@dataclass(frozen=True)
class NumberPath:
    """One metric followed across the editions: its quantity in each (None when absent).

    Every value on a path has the same kind, unit (written one way) and ``form``
    (``level``, ``growth``, ``change`` or ``share``; None on a path built by hand).
    """

    metric: str
    kind: NumberKind
    unit: str
    values: tuple[LocatedQuantity | None, ...]
    form: QuantityForm | None = None


@dataclass(frozen=True)
class TopicTimeline:
    """A term's count in each edition, and the first and last edition (index) it occurs in."""

    term: str
    counts: tuple[int, ...]
    first: int
    last: int
    rank: int = 0  # best position in a consecutive pair's new or dropped list


#: how a target fared: beyond it in its own direction (a floor passed, more done than
#: stated), on it, short of it (or over a ceiling), or no outcome in the reviewing edition
FollowVerdict = Literal["exceeded", "met", "missed", "not reported"]


@dataclass(frozen=True)
class FollowThrough:
    """A target set in one edition against the outcome the edition reviewing its year gives.

    ``met`` is None when that edition gives no outcome; ``rule`` names how the
    qualifier was applied (floor, ceiling, range, about, held-down, reduction,
    stated). ``verdict`` says more than ``met``: ``exceeded`` where the outcome went
    beyond the target in its direction (None on a row built by hand: read ``met``).
    """

    metric: str
    target_doc: int
    target: LocatedQuantity
    outcome_doc: int
    outcome: LocatedQuantity | None
    met: bool | None
    rule: str
    verdict: FollowVerdict | None = None


@dataclass(frozen=True)
class StancePath:
    """One policy's stance phrase in each edition of a series (None where it states none)."""

    policy: str
    phrases: tuple[str | None, ...]


@dataclass(frozen=True)
class Series:
    """N editions in order, their consecutive comparisons, and what runs through them all.

    ``years`` holds each edition's year as the pipeline read it (None when unknown).
    """

    documents: tuple[Document, ...]
    comparisons: tuple[Comparison, ...]
    sections: tuple[SectionChain, ...] = ()
    numbers: tuple[NumberPath, ...] = ()
    topics: tuple[TopicTimeline, ...] = ()
    followthrough: tuple[FollowThrough, ...] = ()
    years: tuple[int | None, ...] = ()
    stances: tuple[StancePath, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """The editions' labels, in order."""
        return tuple(d.label for d in self.documents)
