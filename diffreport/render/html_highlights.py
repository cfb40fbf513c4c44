"""The highlights as HTML: each entry's markup built once, escaped, for the report and the notebook.

Every piece of report text goes through ``Markup.format`` or ``escape``; the only
markup is ``<mark class="t">`` around the terms that make a commitment new and the
``<del>``/``<ins>`` of a changed commitment's redline.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from diffreport.model import Comparison, Language
from diffreport.render.highlights import (
    HighlightView,
    PriorityView,
    StanceView,
    highlights_view,
    priority_line,
)
from diffreport.textdiff import diff_spans


@dataclass(frozen=True)
class RankedRow:
    """A ranked new or dropped commitment: the sentence with its terms marked, and its link."""

    html: Markup
    href: str
    section: str
    status: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class PriorityRow:
    """A task that changed place: ``1 ← 3`` and its heading, linked to where it is."""

    places: str
    heading: str
    href: str | None


@dataclass(frozen=True)
class ChangedRow:
    """A changed commitment as one redline, linked to both sentences."""

    html: Markup
    old_href: str
    new_href: str
    section: str


@dataclass(frozen=True)
class HighlightsPage:
    """What the templates need of the highlights; ``any`` is False when every list is empty."""

    stances: tuple[StanceView, ...] = ()
    priorities: tuple[PriorityRow, ...] = ()
    new: tuple[RankedRow, ...] = ()
    dropped: tuple[RankedRow, ...] = ()
    changed: tuple[ChangedRow, ...] = ()
    any: bool = False


def wrapped(open_tag: str, text: str, close_tag: str) -> Markup:
    """``text`` escaped between two tags: what ``Markup(open + "{}" + close).format(text)`` gives.

    Without the string formatter ``Markup.format`` runs (a tenth of rendering a report).
    """
    return Markup(f"{open_tag}{escape(text)}{close_tag}")


def joined(pieces: list[Markup]) -> Markup:
    """Pieces of markup one after another: what ``Markup("").join`` gives, without
    escaping each piece again (each is markup already)."""
    return Markup("".join(pieces))


def terms_marked(h: HighlightView) -> Markup:
    """The sentence escaped, its terms wrapped in ``<mark class="t">``."""
    out: list[Markup] = []
    pos = 0
    for start, end in h.marks:
        out.append(escape(h.text[pos:start]))
        out.append(wrapped('<mark class="t">', h.text[start:end], "</mark>"))
        pos = end
    out.append(escape(h.text[pos:]))
    return joined(out)


def redline(old: str, new: str, language: Language) -> Markup:
    """Old and new wording in one line: removed text in ``<del>``, inserted in ``<ins>``."""
    out: list[Markup] = []
    for span in diff_spans(old, new, language):
        if span.op == "equal":
            out.append(escape(span.old))
            continue
        if span.old:
            out.append(wrapped("<del>", span.old, "</del>"))
        if span.new:
            out.append(wrapped("<ins>", span.new, "</ins>"))
    return joined(out)


def _ranked(items: tuple[HighlightView, ...], prefix: str) -> tuple[RankedRow, ...]:
    return tuple(
        RankedRow(terms_marked(h), f"#{prefix}{h.index}", h.section, h.status, h.terms)
        for h in items
    )


def _priority(c: Comparison, p: PriorityView) -> PriorityRow:
    """The row of a task, linked to its heading (a heading is its section's first sentence)."""
    href = None
    if p.new is not None:
        href = f"#n{c.new.sections[p.new.section].start}"
    elif p.old is not None:
        href = f"#o{c.old.sections[p.old.section].start}"
    return PriorityRow(priority_line(p), p.heading, href)


def highlights_page(c: Comparison) -> HighlightsPage:
    """The highlights of ``c`` with their markup, ready for a template."""
    view = highlights_view(c)
    if not view:
        return HighlightsPage()
    language = c.new.language
    return HighlightsPage(
        stances=view.stances,
        priorities=tuple(_priority(c, p) for p in view.priorities),
        new=_ranked(view.new, "n"),
        dropped=_ranked(view.dropped, "o"),
        changed=tuple(
            ChangedRow(
                redline(m.old.text, m.new.text, language),
                f"#o{m.old.index}",
                f"#n{m.new.index}",
                m.new.section,
            )
            for m in view.changed
        ),
        any=True,
    )
