"""The HTML report: one self-contained page (inline CSS and JS, no network) from Jinja2 templates.

Safety: the environment autoescapes, and report text is never marked safe. The
only markup built here (and in ``html_highlights``, for the highlights first in
the summary) is the marking of changed words and terms, assembled with
``html_highlights.wrapped``, which escapes every piece of report text it is given. The
page also carries a Content-Security-Policy that allows no network at all and
only the page's own script and style (by hash), so injected markup could not
run even if it slipped through.

Anchors: old sentence ``i`` is ``#o{i}``, new sentence ``j`` is ``#n{j}``, the
place a moved sentence left is ``#om{i}``, section pair ``k`` is ``#s{k}``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from markupsafe import Markup, escape

from diffreport import __version__
from diffreport.model import (
    Commitment,
    Comparison,
    Document,
    Language,
    NumberChange,
    SentencePair,
    TopicChange,
)
from diffreport.render import RenderOptions
from diffreport.render.common import group_pairs, section_of_old, shown_path, shown_warnings
from diffreport.render.html_highlights import HighlightsPage, highlights_page, joined, wrapped
from diffreport.render.pages import asset, csp_hash, environment
from diffreport.render.summary import unlinked
from diffreport.render.values import difference, qualifier
from diffreport.textdiff import diff_spans

if TYPE_CHECKING:
    pass

#: runs of at least this many unchanged sentences are collapsed
COLLAPSE_MIN = 2
_GHOST_CHARS = 40
_STATUSES = ("unchanged", "modified", "moved", "added", "removed")


@dataclass(frozen=True)
class Row:
    """One line of the side-by-side text: an old cell and a new cell."""

    status: str
    old_id: str | None
    new_id: str | None
    old_html: Markup
    new_html: Markup
    num: bool = False
    heading: bool = False
    ghost: bool = False
    #: a modified sentence in one cell, removed words struck in place (the inline view)
    inline_html: Markup | None = None


@dataclass(frozen=True)
class Run:
    """Consecutive unchanged rows, shown collapsed."""

    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Block:
    """Removed and added sentences that stand together: old ones left, new ones right."""

    old: tuple[Row, ...]
    new: tuple[Row, ...]


@dataclass(frozen=True)
class Group:
    """A section pair with the rows shown under it."""

    anchor: str
    old_title: str | None
    new_title: str | None
    status: str
    level: int
    changes: int
    items: tuple[Row | Run | Block, ...]


@dataclass(frozen=True)
class NumberRow:
    """A number change for the summary table."""

    status: str
    metric: str
    kind: str
    old_text: str | None
    new_text: str | None
    old_href: str | None
    new_href: str | None
    qualifier: str
    difference: str


@dataclass(frozen=True)
class Entry:
    """A commitment in the summary: its text and where it is."""

    text: str
    href: str


@dataclass(frozen=True)
class EntryGroup:
    """Commitments of one section."""

    section: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class TopicRow:
    """A new or dropped topic with a link to where it occurs."""

    term: str
    old_count: int
    new_count: int
    href: str | None


@dataclass(frozen=True)
class Side:
    """One edition as the summary describes it."""

    label: str
    path: str
    language: str
    encoding: str
    sentences: int
    sections: int
    characters: int
    dropped: int


@dataclass(frozen=True)
class Page:
    """Everything the template needs."""

    old: Side
    new: Side
    lang: str
    counts: dict[str, int]
    section_counts: dict[str, int]
    numbers_changed: int
    warnings: tuple[str, ...]
    targets: tuple[NumberRow, ...]
    unchanged_targets: tuple[NumberRow, ...]
    actuals: tuple[NumberRow, ...]
    new_commitments: tuple[EntryGroup, ...]
    dropped_commitments: tuple[EntryGroup, ...]
    new_commitment_count: int
    dropped_commitment_count: int
    new_topics: tuple[TopicRow, ...]
    dropped_topics: tuple[TopicRow, ...]
    groups: tuple[Group, ...]
    show_all: bool
    #: the layout the page opens in: "side" or "inline" (the toolbar switches)
    view: str = "side"
    version: str = __version__
    extra: dict[str, str] = field(default_factory=dict)
    highlights: HighlightsPage = field(default_factory=HighlightsPage)
    summary: bool = False  # the summary only: no text, no whole commitment lists, no links


# --- text markup -------------------------------------------------------------------------------


def highlight(old: str, new: str, language: Language) -> tuple[Markup, Markup]:
    """Both sides of a modified sentence as HTML, changed characters (zh) or words (en) marked.

    Every piece of text is escaped; only the ``<del>``/``<ins>`` tags are markup.
    """
    left, right, _ = redlines(old, new, language)
    return left, right


def redlines(old: str, new: str, language: Language) -> tuple[Markup, Markup, Markup]:
    """A modified sentence's old side, new side and inline redline, from one word diff.

    The inline one is the new wording with the removed words in ``<del>`` where
    they stood (``--view inline``); it costs a join of the same escaped pieces.
    """
    left: list[Markup] = []
    right: list[Markup] = []
    both: list[Markup] = []
    for span in diff_spans(old, new, language):
        if span.op == "equal":
            same = escape(span.old)
            left.append(same)
            right.append(same)
            both.append(same)
            continue
        if span.old:
            removed = wrapped("<del>", span.old, "</del>")
            left.append(removed)
            both.append(removed)
        if span.new:
            inserted = wrapped("<ins>", span.new, "</ins>")
            right.append(inserted)
            both.append(inserted)
    return joined(left), joined(right), joined(both)


def marked(text: str, ranges: Iterable[tuple[int, int]]) -> Markup:
    """``text`` escaped, with the character ranges ``[start, end)`` wrapped in ``<mark>``."""
    out: list[Markup] = []
    pos = 0
    for start, end in sorted(ranges):
        if start < pos or end <= start or end > len(text):
            continue
        out.append(escape(text[pos:start]))
        out.append(wrapped('<mark class="q">', text[start:end], "</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return joined(out)


# --- numbers -----------------------------------------------------------------------------------


def _number_row(n: NumberChange, language: Language) -> NumberRow:
    return NumberRow(
        status=n.status,
        metric=n.metric,
        kind=n.kind,
        old_text=n.old.quantity.text if n.old else None,
        new_text=n.new.quantity.text if n.new else None,
        old_href=f"#o{n.old.sentence}" if n.old else None,
        new_href=f"#n{n.new.sentence}" if n.new else None,
        qualifier=qualifier(n.old, n.new),
        difference=difference(n.old, n.new, language),
    )


def _number_marks(
    numbers: Sequence[NumberChange],
) -> tuple[dict[int, list[tuple[int, int]]], dict[int, list[tuple[int, int]]]]:
    """Sentences holding a number that changed (or appeared, or vanished), with its offsets."""
    old: dict[int, list[tuple[int, int]]] = defaultdict(list)
    new: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for n in numbers:
        if n.status == "unchanged":
            continue
        for side, store in ((n.old, old), (n.new, new)):
            if side is not None:
                store[side.sentence].append((side.quantity.start, side.quantity.end))
    return old, new


# --- summary lists -----------------------------------------------------------------------------


def _entries(doc: Document, items: Sequence[Commitment], prefix: str) -> tuple[EntryGroup, ...]:
    by_section: dict[int, list[Entry]] = {}
    for m in items:
        text = doc.sentences[m.sentence].text
        by_section.setdefault(m.section, []).append(Entry(text, f"#{prefix}{m.sentence}"))
    return tuple(EntryGroup(doc.section_title(k), tuple(v)) for k, v in by_section.items())


class _Finder:
    """Where a term first occurs in a document: one joined string, one search per term."""

    def __init__(self, doc: Document) -> None:
        self.fold = doc.language == "en"
        texts = [s.text.lower() if self.fold else s.text for s in doc.sentences]
        self.starts: list[int] = []
        pos = 0
        for t in texts:
            self.starts.append(pos)
            pos += len(t) + 1
        self.joined = "\n".join(texts)

    def first(self, term: str) -> int | None:
        at = self.joined.find(term.lower() if self.fold else term)
        if at < 0:
            return None
        return bisect.bisect_right(self.starts, at) - 1


def _topics(items: Sequence[TopicChange], doc: Document, prefix: str) -> tuple[TopicRow, ...]:
    finder = _Finder(doc)
    rows = []
    for t in items:
        k = finder.first(t.term)
        rows.append(
            TopicRow(t.term, t.old_count, t.new_count, None if k is None else f"#{prefix}{k}")
        )
    return tuple(rows)


# --- the side-by-side text ---------------------------------------------------------------------


def _ghost_text(text: str) -> str:
    return text if len(text) <= _GHOST_CHARS else text[:_GHOST_CHARS] + "…"


class _Builder:
    """Turns sentence pairs into rows; one pass over the pairs, no all-pairs work."""

    def __init__(self, c: Comparison) -> None:
        self.c = c
        self.old_marks, self.new_marks = _number_marks(c.changes.numbers)
        self.language: Language = c.new.language

    def row(self, p: SentencePair) -> Row:
        c = self.c
        o = c.old.sentences[p.old] if p.old is not None else None
        n = c.new.sentences[p.new] if p.new is not None else None
        num = (p.old is not None and p.old in self.old_marks) or (
            p.new is not None and p.new in self.new_marks
        )
        old_html = Markup("")
        new_html = Markup("")
        inline_html = None
        if o is not None and n is not None and o.text != n.text:
            old_html, new_html, inline_html = redlines(o.text, n.text, self.language)
        else:
            if o is not None:
                old_html = marked(o.text, self.old_marks.get(o.index, ()))
            if n is not None:
                new_html = marked(n.text, self.new_marks.get(n.index, ()))
        if p.status == "moved" and o is not None and n is not None:
            origin = c.old.section_title(o.section)
            note = Markup('<a class="mv" href="#om{}">↕ moved from “{}”</a> ').format(
                o.index, origin
            )
            new_html = note + new_html
            inline_html = None if inline_html is None else note + inline_html
        return Row(
            status=p.status,
            old_id=None if o is None else f"o{o.index}",
            new_id=None if n is None else f"n{n.index}",
            old_html=old_html,
            new_html=new_html,
            num=num,
            heading=bool((o and o.heading) or (n and n.heading)),
            inline_html=inline_html,
        )

    def ghost(self, p: SentencePair) -> Row:
        assert p.old is not None and p.new is not None
        o = self.c.old.sentences[p.old]
        n = self.c.new.sentences[p.new]
        target = self.c.new.section_title(n.section)
        html = Markup(
            '<a class="mv" href="#n{}">↕ moved to “{}”</a> <span class="gt">{}</span>'
        ).format(n.index, target, _ghost_text(o.text))
        return Row(
            status="moved",
            old_id=f"om{o.index}",
            new_id=None,
            old_html=html,
            new_html=Markup(""),
            ghost=True,
        )


def _ghost_anchors(
    c: Comparison, grouped: list[tuple[int, list[SentencePair]]]
) -> dict[int, list[tuple[int, SentencePair]]]:
    """For each group, the moved sentences that left it and the row each follows (-1: first).

    The place a moved sentence left is after the nearest earlier old sentence
    that still stands in the same group, so old text reads in order there.
    """
    where: dict[int, tuple[int, int]] = {}
    moved: dict[int, SentencePair] = {}
    for k, pairs in grouped:
        for pos, p in enumerate(pairs):
            if p.old is None:
                continue
            if p.status == "moved":
                moved[p.old] = p
            else:
                where[p.old] = (k, pos)
    group_of_section = section_of_old(c)
    last: dict[int, int] = {}
    anchors: dict[int, list[tuple[int, SentencePair]]] = defaultdict(list)
    for i, sentence in enumerate(c.old.sentences):
        home = group_of_section.get(sentence.section)
        if i in moved and home is not None:
            anchors[home].append((last.get(home, -1), moved[i]))
        located = where.get(i)
        if located is not None:
            last[located[0]] = located[1]
    return anchors


def _collapse(rows: list[Row], minimum: int) -> tuple[Row | Run | Block, ...]:
    """Runs of unchanged rows become ``Run``; removed and added rows side by side, ``Block``."""
    out: list[Row | Run | Block] = []
    same: list[Row] = []
    loose: list[Row] = []

    def flush_same() -> None:
        if len(same) >= minimum:
            out.append(Run(tuple(same)))
        else:
            out.extend(same)
        same.clear()

    def flush_loose() -> None:
        old = tuple(r for r in loose if r.status == "removed")
        new = tuple(r for r in loose if r.status == "added")
        if old and new:
            out.append(Block(old, new))
        else:
            out.extend(loose)
        loose.clear()

    for r in rows:
        if r.status == "unchanged":
            flush_loose()
            same.append(r)
        elif r.status in ("added", "removed") and not r.ghost:
            flush_same()
            loose.append(r)
        else:
            flush_same()
            flush_loose()
            out.append(r)
    flush_same()
    flush_loose()
    return tuple(out)


def _groups(c: Comparison) -> tuple[Group, ...]:
    grouped = group_pairs(c)
    builder = _Builder(c)
    anchors = _ghost_anchors(c, grouped)
    present = {k for k, _ in grouped}
    # a section pair may have only ghosts (every sentence moved out); it still needs its group
    for k in anchors:
        if k not in present:
            grouped.append((k, []))
    grouped.sort(key=lambda g: g[0])
    out: list[Group] = []
    for k, pairs in grouped:
        ghosts = defaultdict(list)
        for after, p in anchors.get(k, ()):
            ghosts[after].append(builder.ghost(p))
        rows: list[Row] = list(ghosts.get(-1, ()))
        for pos, p in enumerate(pairs):
            rows.append(builder.row(p))
            rows.extend(ghosts.get(pos, ()))
        changes = sum(1 for r in rows if r.status != "unchanged" and not r.ghost)
        if k >= 0:
            sp = c.sections[k]
            old_title = c.old.section_title(sp.old) if sp.old is not None else None
            new_title = c.new.section_title(sp.new) if sp.new is not None else None
            shown = (
                c.new.sections[sp.new]
                if sp.new is not None
                else c.old.sections[sp.old if sp.old is not None else 0]
            )
            status, level, anchor = sp.status, shown.level, f"s{k}"
        else:
            old_title, new_title, status, level, anchor = None, "(unplaced)", "matched", 0, "s-x"
        out.append(
            Group(
                anchor=anchor,
                old_title=old_title,
                new_title=new_title,
                status=status,
                level=min(level, 4),
                changes=changes,
                items=_collapse(rows, COLLAPSE_MIN),
            )
        )
    return tuple(out)


# --- the page ----------------------------------------------------------------------------------


def _side(doc: Document) -> Side:
    return Side(
        label=doc.label,
        path=shown_path(doc.path),
        language=doc.language,
        encoding=doc.encoding,
        sentences=len(doc.sentences),
        sections=len(doc.sections),
        characters=sum(len(s.text) for s in doc.sentences),
        dropped=len(doc.dropped),
    )


def page(c: Comparison, options: RenderOptions | None = None) -> Page:
    """The view model of the report: summary rows and grouped side-by-side rows."""
    options = options or RenderOptions()
    ch = c.changes
    language = c.new.language
    targets = [n for n in ch.numbers if n.kind == "target"]
    section_counts = dict.fromkeys(("matched", "renamed", "moved", "added", "removed"), 0)
    for sp in c.sections:
        section_counts[sp.status] = section_counts.get(sp.status, 0) + 1
    old_marks, new_marks = _number_marks(ch.numbers)
    numbers_changed = sum(
        1
        for p in c.sentences
        if (p.old is not None and p.old in old_marks) or (p.new is not None and p.new in new_marks)
    )
    return Page(
        old=_side(c.old),
        new=_side(c.new),
        lang="zh-Hans" if language == "zh" else "en",
        counts=c.counts(),
        section_counts=section_counts,
        numbers_changed=numbers_changed,
        warnings=(*shown_warnings(c.old), *shown_warnings(c.new)),
        targets=tuple(_number_row(n, language) for n in targets if n.status != "unchanged"),
        unchanged_targets=tuple(
            _number_row(n, language) for n in targets if n.status == "unchanged"
        ),
        actuals=tuple(
            _number_row(n, language)
            for n in ch.numbers
            if n.kind == "actual" and n.status != "unchanged"
        ),
        new_commitments=_entries(c.new, ch.new_commitments, "n"),
        dropped_commitments=_entries(c.old, ch.dropped_commitments, "o"),
        new_commitment_count=len(ch.new_commitments),
        dropped_commitment_count=len(ch.dropped_commitments),
        new_topics=_topics(ch.new_topics, c.new, "n"),
        dropped_topics=_topics(ch.dropped_topics, c.old, "o"),
        groups=_groups(c),
        show_all=options.show_all,
        view=options.view,
        highlights=highlights_page(c),
    )


def to_html(comparison: Comparison, options: RenderOptions | None = None) -> str:
    """The whole report as one HTML document (a string)."""
    css = asset("report.css")
    js = asset("report.js")
    template = environment().get_template("report.html.j2")
    shown = page(comparison, options)
    if options is not None and options.summary:  # no text, no whole lists, no links into them
        shown = unlinked(shown)
    return template.render(
        page=shown,
        statuses=_STATUSES,
        # our own static assets, not report text: safe to embed as they are
        css=Markup(css),
        js=Markup(js),
        style_hash=csp_hash(css),
        script_hash=csp_hash(js),
    )


def render(comparison: Comparison, out: TextIO, options: RenderOptions) -> None:
    """Write the HTML report of ``comparison`` to ``out``."""
    out.write(to_html(comparison, options))
