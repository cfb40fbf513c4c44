"""The highlights as every view shows them: indexes resolved to text, headings and marks.

``comparison.changes.highlights`` holds sentence and section indexes; each
renderer needs the same things from them (the sentence, its section's heading,
where a term occurs in it, a task's heading). This module resolves them once,
so the terminal, HTML, Markdown, notebook and JSON views say the same thing.
A stance path over a series is collapsed here too (``稳健 ×14 → 适度宽松``).
"""

from __future__ import annotations

from dataclasses import dataclass

from diffreport.lexicon.common import LIST_MARKER
from diffreport.model import (
    ChangedCommitment,
    Comparison,
    Document,
    Highlight,
    Stance,
    StancePath,
    Task,
)


@dataclass(frozen=True)
class StanceSide:
    """One edition's statement of a stance: the sentence and the stance phrase in it."""

    index: int
    text: str
    phrase: str


@dataclass(frozen=True)
class StanceView:
    """A policy's stance in both editions."""

    policy: str
    status: str
    old: StanceSide | None
    new: StanceSide | None


@dataclass(frozen=True)
class TaskSide:
    """A task of the plan in one edition: its place (1 first) and its section's heading."""

    position: int
    heading: str
    section: int


@dataclass(frozen=True)
class PriorityView:
    """A task whose place changed, or that came or went."""

    old: TaskSide | None
    new: TaskSide | None

    @property
    def heading(self) -> str:
        """The task's heading as the newer edition that has it words it, with the older
        wording after it when the task was reworded (a lead task reworded in its place;
        2002's 一、扩大和培育内需… moved up from 2001's 八、不断改善人民生活…)."""
        side = self.new or self.old
        if (
            self.new is not None
            and self.old is not None
            and _task(self.new.heading) != _task(self.old.heading)
        ):
            return f"{self.new.heading} (was: {self.old.heading})"
        return side.heading if side is not None else ""


def _task(heading: str) -> str:
    """A task's heading without its list marker (（三）, 8.) and its full stop."""
    return LIST_MARKER.sub("", heading).strip().rstrip("。.")


@dataclass(frozen=True)
class SentenceView:
    """A sentence of one edition with its section's heading ("" for the preamble)."""

    index: int
    section: str
    text: str


@dataclass(frozen=True)
class HighlightView:
    """A ranked new or dropped commitment, with the terms that make it new and where they are."""

    index: int
    section: str
    text: str
    status: str
    terms: tuple[str, ...]
    score: float
    #: the character ranges ``[start, end)`` of the terms in ``text``, sorted, not overlapping
    marks: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class ChangedView:
    """A continuing commitment reworded: both sentences, the words that went and came."""

    old: SentenceView
    new: SentenceView
    removed: tuple[str, ...]
    inserted: tuple[str, ...]
    score: float


@dataclass(frozen=True)
class HighlightsView:
    """The highlights of a comparison, every list most important first."""

    stances: tuple[StanceView, ...] = ()
    priorities: tuple[PriorityView, ...] = ()
    new: tuple[HighlightView, ...] = ()
    dropped: tuple[HighlightView, ...] = ()
    changed: tuple[ChangedView, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.stances or self.priorities or self.new or self.dropped or self.changed)


def section_name(doc: Document, index: int) -> str:
    """The heading of section ``index`` as the JSON gives it ("" for the preamble)."""
    heading = doc.sections[index].heading
    return heading if heading is not None else ""


def term_ranges(text: str, terms: tuple[str, ...], fold: bool) -> tuple[tuple[int, int], ...]:
    """Where ``terms`` occur in ``text`` (every occurrence), longest term first where they overlap.

    ``fold`` compares case-insensitively (English). Lowercasing keeps offsets for
    the text reports hold; a text whose length changes on lowercasing is searched as it is.
    """
    fold = fold and len(text.lower()) == len(text)
    haystack = text.lower() if fold else text
    taken: list[tuple[int, int]] = []
    for term in sorted(dict.fromkeys(t for t in terms if t), key=len, reverse=True):
        needle = term.lower() if fold else term
        at = haystack.find(needle)
        while at >= 0:
            end = at + len(needle)
            if all(end <= s or at >= e for s, e in taken):
                taken.append((at, end))
            at = haystack.find(needle, end)
    return tuple(sorted(taken))


def _stance_side(doc: Document, stance: Stance | None) -> StanceSide | None:
    if stance is None:
        return None
    return StanceSide(stance.sentence, doc.sentences[stance.sentence].text, stance.phrase)


def _task_side(doc: Document, task: Task | None) -> TaskSide | None:
    if task is None:
        return None
    return TaskSide(task.position, section_name(doc, task.section), task.section)


def _highlight(doc: Document, h: Highlight) -> HighlightView:
    text = doc.sentences[h.sentence].text
    return HighlightView(
        index=h.sentence,
        section=section_name(doc, h.section),
        text=text,
        status=h.status,
        terms=h.terms,
        score=h.score,
        marks=term_ranges(text, h.terms, doc.language == "en"),
    )


def _sentence(doc: Document, index: int) -> SentenceView:
    s = doc.sentences[index]
    return SentenceView(s.index, section_name(doc, s.section), s.text)


def _changed(c: Comparison, m: ChangedCommitment) -> ChangedView:
    return ChangedView(
        old=_sentence(c.old, m.old),
        new=_sentence(c.new, m.new),
        removed=m.removed,
        inserted=m.inserted,
        score=m.score,
    )


def highlights_view(c: Comparison) -> HighlightsView:
    """The highlights of ``c`` resolved against its two documents."""
    h = c.changes.highlights
    return HighlightsView(
        stances=tuple(
            StanceView(s.policy, s.status, _stance_side(c.old, s.old), _stance_side(c.new, s.new))
            for s in h.stances
        ),
        priorities=tuple(
            PriorityView(_task_side(c.old, p.old), _task_side(c.new, p.new)) for p in h.priorities
        ),
        new=tuple(_highlight(c.new, x) for x in h.new),
        dropped=tuple(_highlight(c.old, x) for x in h.dropped),
        changed=tuple(_changed(c, m) for m in h.changed),
    )


def priority_line(p: PriorityView) -> str:
    """``1 ← 3`` (new place ← old place), ``—`` for the side without the task."""
    new = str(p.new.position) if p.new is not None else "—"
    old = str(p.old.position) if p.old is not None else "—"
    return f"{new} ← {old}"


def stance_runs(path: StancePath) -> tuple[tuple[str | None, int], ...]:
    """The phrases of a stance path with runs of one phrase collapsed: ``(phrase, count)``."""
    runs: list[tuple[str | None, int]] = []
    for phrase in path.phrases:
        if runs and runs[-1][0] == phrase:
            runs[-1] = (phrase, runs[-1][1] + 1)
        else:
            runs.append((phrase, 1))
    return tuple(runs)


def stance_path_text(path: StancePath) -> str:
    """``稳健 ×14 → 适度宽松``: a stance path in one line (``—`` where an edition states none)."""
    parts = []
    for phrase, count in stance_runs(path):
        shown = phrase if phrase is not None else "—"
        parts.append(f"{shown} ×{count}" if count > 1 else shown)
    return " → ".join(parts)
