"""The terminal view: what changed that matters first, then old and new side by side.

What matters first: the highlights (stances, targets, the ranked new and dropped
commitments, priorities, changed wording), one line an entry unless ``--all``.

Column wrapping is rich's, which measures East Asian wide characters as two
cells, so a Han glyph is never cut and both columns stay aligned at any width.
Colour follows the terminal (and ``NO_COLOR``); without colour, changes are
still marked in the text: inside a modified sentence ``[-deleted-]`` and
``{+inserted+}``; a sentence only on one side starts with ``-`` or ``+``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Group
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from diffreport.model import Comparison, LocatedQuantity, NumberChange, SentencePair
from diffreport.render import RenderOptions
from diffreport.render.common import display_safe, shown_path, shown_warnings, terminal_console
from diffreport.render.common import group_pairs as _groups
from diffreport.render.highlights import (
    ChangedView,
    HighlightsView,
    HighlightView,
    StanceView,
    highlights_view,
    priority_line,
)
from diffreport.render.kinsoku import has_han, wrapped
from diffreport.render.summary import LEFT_OUT, commitment_counts
from diffreport.render.terminal_inline import inline_parts, redlined
from diffreport.render.values import difference, qualifier
from diffreport.textdiff import diff_spans

_STATUS_STYLE = {
    "unchanged": "dim",
    "modified": "yellow",
    "moved": "cyan",
    "added": "green",
    "removed": "red",
    "matched": "dim",
    "renamed": "yellow",
    "changed": "yellow",
}
_DEL = "red strike"
#: removed Han text: a strike-through line runs through the middle strokes of a Han glyph
#: and makes them vanish, so removed Chinese is shown by colour (a whole sentence) or by
#: colour on a dark background (the removed words inside a sentence) instead
_DEL_HAN_SENTENCE = "red"
_DEL_HAN_WORDS = "bold red on grey23"
_INS = "bold green"
_TERM = "bold underline"
_MAX_LIST = 5
#: a highlight's sentence takes at most this many lines (the whole sentence with --all)
_NEW_LINES = 1
_CHANGED_LINES = 2
#: a sentence is cut to start this many characters before its first term or change
_LEAD = 6


def format_quantity(side: LocatedQuantity | None) -> str:
    """A number as a reader wants it: the phrase from the report."""
    if side is None:
        return "—"
    return side.quantity.text


def _header(c: Comparison) -> Table:
    counts = c.counts()
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    for name, doc in (("old", c.old), ("new", c.new)):
        grid.add_row(
            name,
            f"{doc.label}  {shown_path(doc.path)}  ({len(doc.sentences)} sentences, "
            f"{len(doc.sections)} sections, {doc.language})",
        )
    line = Text()
    for status, n in counts.items():
        line.append(f"{status} {n}", style=_STATUS_STYLE[status])
        line.append("   ")
    grid.add_row("sentences", line)
    sec_counts: dict[str, int] = defaultdict(int)
    for p in c.sections:
        sec_counts[p.status] += 1
    sline = Text()
    for status in ("matched", "renamed", "moved", "added", "removed"):
        sline.append(f"{status} {sec_counts[status]}", style=_STATUS_STYLE[status])
        sline.append("   ")
    grid.add_row("sections", sline)
    return grid


#: targets that came or went shown on the first screen (every changed one is shown)
_CAME_OR_WENT = 8


def _targets(c: Comparison, show_all: bool) -> Table | Text:
    rows = [n for n in c.changes.numbers if n.kind == "target" and n.status != "unchanged"]
    unchanged = [n for n in c.changes.numbers if n.kind == "target" and n.status == "unchanged"]
    if not rows and not unchanged:
        return Text("No numeric targets found.", style="dim")
    joiner = "、" if c.new.language == "zh" else ", "
    if not rows and not show_all:  # no table of nothing: the unchanged ones, named
        names = joiner.join(n.metric for n in unchanged[:8])
        more = f" … +{len(unchanged) - 8}" if len(unchanged) > 8 else ""
        return Text(f"Targets: unchanged ({len(unchanged)}): {names}{more}", style="dim")
    table = Table(title="Targets", box=box.SIMPLE_HEAD, title_justify="left", expand=True)
    table.add_column("metric", ratio=4, overflow="fold")
    table.add_column(c.old.label, ratio=3, overflow="fold")
    table.add_column(c.new.label, ratio=3, overflow="fold")
    table.add_column("qualifier", overflow="fold", width=11)
    table.add_column("difference", no_wrap=True, width=13)
    table.add_column("", no_wrap=True, width=9)
    came_or_went = [n for n in rows if n.status != "changed"]
    hidden = 0 if show_all else max(0, len(came_or_went) - _CAME_OR_WENT)
    if hidden:  # every changed target, and the first targets that came or went
        kept = set(map(id, came_or_went[:_CAME_OR_WENT]))
        rows = [n for n in rows if n.status == "changed" or id(n) in kept]
    shown: list[NumberChange] = rows + (unchanged if show_all else [])
    for n in shown:
        table.add_row(
            n.metric,
            format_quantity(n.old),
            format_quantity(n.new),
            qualifier(n.old, n.new),
            difference(n.old, n.new, c.new.language),
            Text(n.status, style=_STATUS_STYLE.get(n.status, "")),
        )
    captions = []
    if hidden:
        captions.append(f"… {hidden} more targets added or removed (--all lists them)")
    if unchanged and not show_all:
        names = joiner.join(n.metric for n in unchanged[:8])
        more = f" … +{len(unchanged) - 8}" if len(unchanged) > 8 else ""
        captions.append(f"unchanged targets ({len(unchanged)}): {names}{more}")
    if captions:
        table.caption = "\n".join(captions)
        table.caption_justify = "left"
    return table


def _commitments(c: Comparison, show_all: bool) -> list[Table | Text | Rule]:
    out: list[Table | Text | Rule] = []
    for title, items, doc, style in (
        ("New commitments", c.changes.new_commitments, c.new, "green"),
        ("Dropped commitments", c.changes.dropped_commitments, c.old, "red"),
    ):
        out.append(Text(f"{title} ({len(items)})", style=f"bold {style}"))
        by_section: dict[int, list[int]] = defaultdict(list)
        for m in items:
            by_section[m.section].append(m.sentence)
        for section, sentences in by_section.items():
            out.append(Text(f"  {doc.section_title(section)}", style="bold"))
            limit = len(sentences) if show_all else _MAX_LIST
            bullets = Table.grid(padding=(0, 1))
            bullets.add_column(width=4, justify="right")
            bullets.add_column(overflow="fold")
            for k in sentences[:limit]:
                bullets.add_row("•", Text(doc.sentences[k].text, style=style))
            if len(sentences) > limit:
                bullets.add_row("", Text(f"… {len(sentences) - limit} more (--all)", style="dim"))
            out.append(bullets)
    return out


def _commitment_counts(c: Comparison) -> Text:
    """The whole commitment lists in one line, when the highlights have ranked them above."""
    line = Text()
    line.append(f"New commitments {len(c.changes.new_commitments)}", style="bold green")
    line.append("   ")
    line.append(f"Dropped commitments {len(c.changes.dropped_commitments)}", style="bold red")
    line.append("   every one in document order: --all lists them", style="dim")
    return line


def _clip(text: Text, first: int | None, cells: int) -> Text:
    """``text`` cut to ``cells`` display cells, starting just before offset ``first`` if it is late.

    A ranked sentence is long; its terms or its change may sit at the end, so the
    excerpt starts a few characters before them (marked ``…``) when they would not show.
    """
    if cell_len(text.plain) <= cells:
        return text
    if first is not None and cell_len(text.plain[:first]) > cells // 3:
        text = Text.assemble("…", text[_excerpt_start(text.plain, first) :])
    if cell_len(text.plain) > cells:
        text = text.copy()
        text.truncate(cells, overflow="ellipsis")
    return text


def _excerpt_start(plain: str, first: int) -> int:
    """Where an excerpt that shows offset ``first`` starts: two words (or a few Han) before it."""
    if " " not in plain[:first]:
        return max(first - _LEAD, 0)
    start = first
    for _ in range(_LEAD // 3):
        start = plain.rfind(" ", 0, max(start - 1, 0)) + 1
    return start


def _marked_sentence(h: HighlightView, style: str, color: bool) -> tuple[Text, int | None]:
    """A ranked sentence in its list's colour, the terms that make it new stressed.

    Without colour a term reads ``«term»``. Also returns where the first term starts.
    """
    text = Text(style=style)
    first: int | None = None
    pos = 0
    for start, end in h.marks:
        text.append(h.text[pos:start])
        if first is None:
            first = len(text.plain)
        term = h.text[start:end]
        text.append(term if color else f"«{term}»", style=_TERM)
        pos = end
    text.append(h.text[pos:])
    return text, first


def _redline(m: ChangedView, language: str, color: bool) -> tuple[Text, int | None]:
    """Old and new wording in one line, removed words struck, inserted ones marked."""
    return redlined(m.old.text, m.new.text, language, color)


def _highlight_grid(width: int) -> tuple[Table, int, int]:
    """A bullet list with the section on the right: the grid and its two text widths."""
    section = max(12, min(26, width // 5))
    sentence = max(width - 4 - section - 2, 20)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=3, justify="right")
    grid.add_column(width=sentence, overflow="fold")
    grid.add_column(width=section, no_wrap=True, overflow="ellipsis", style="dim")
    return grid, sentence, section


def _stances(view: HighlightsView, language: str) -> list[Table | Text]:
    if not view.stances:
        return []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_column(no_wrap=True)
    kept = [s for s in view.stances if s.status == "unchanged"]
    for s in view.stances:
        if s.status == "unchanged":
            continue
        change = Text()
        change.append(s.old.phrase if s.old else "—", style="red")
        change.append(" → ")
        change.append(s.new.phrase if s.new else "—", style="green")
        grid.add_row(s.policy, change, Text(s.status, style=_STATUS_STYLE.get(s.status, "")))
    parts: list[Table | Text] = [Text("Stances", style="bold")]
    if grid.row_count:
        parts.append(grid)
    if kept:
        # an unchanged stance is no news: one line, each by the stance it keeps
        names = ("、" if language == "zh" else "; ").join(_kept_stance(s) for s in kept)
        parts.append(Text(f"unchanged stances ({len(kept)}): {names}", style="dim"))
    return parts


#: Han characters of an unchanged stance's wording shown on its line (twice as many
#: letters); a statement's longer wording (a sentence) is named, not shown
_KEPT_LONGEST = 30


def _kept_stance(stance: StanceView) -> str:
    """A report's stance by its wording (``积极的财政政策``; ``政策取向: 保持…``), cut short;
    a statement's (a decision, guidance: a whole sentence) by its name."""
    phrase = stance.new.phrase if stance.new else ""
    longest = _KEPT_LONGEST if has_han(phrase) else 2 * _KEPT_LONGEST  # a Han is two cells
    if not phrase or (not has_han(phrase) and len(phrase) > longest):
        return stance.policy
    noun = stance.policy.removesuffix("政策").removesuffix(" policy")
    shown = phrase if noun.lower() in phrase.lower() else f"{stance.policy}: {phrase}"
    return shown if len(shown) <= longest else shown[: longest - 1] + "…"


def _ranked(
    title: str, items: tuple[HighlightView, ...], style: str, options: RenderOptions, color: bool
) -> list[Table | Text]:
    if not items:
        return []
    grid, cells, _ = _highlight_grid(options.width or 100)
    for h in items:
        text, first = _marked_sentence(h, style, color)
        if not options.show_all:
            text = _clip(text, first, cells * _NEW_LINES)
        grid.add_row("•", text, h.section)
    return [Text(f"{title} ({len(items)})", style=f"bold {style}"), grid]


def _changed(
    view: HighlightsView, language: str, options: RenderOptions, color: bool
) -> list[Table | Text]:
    if not view.changed:
        return []
    grid, cells, _ = _highlight_grid(options.width or 100)
    for m in view.changed:
        text, first = _redline(m, language, color)
        if not options.show_all:
            text = _clip(text, first, cells * _CHANGED_LINES)
        lines = None if options.show_all else _CHANGED_LINES
        grid.add_row("•", wrapped(text, lines), m.new.section)
    return [Text(f"Changed wording ({len(view.changed)})", style="bold yellow"), grid]


def _priorities(view: HighlightsView) -> list[Table | Text]:
    if not view.priorities:
        return []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, justify="right", style="bold")
    grid.add_column(overflow="fold")
    for p in view.priorities:
        grid.add_row(priority_line(p), p.heading)
    return [Text("Priorities (new place ← old place)", style="bold"), grid]


def _highlights(
    c: Comparison, view: HighlightsView, options: RenderOptions, color: bool
) -> list[Table | Text | Rule]:
    """Stances, targets, the ranked new and dropped commitments, priorities, changed wording."""
    return [
        Rule(Text("Highlights", style="bold"), align="left"),
        *_stances(view, c.new.language),
        _targets(c, options.show_all),
        *_ranked(f"New in {c.new.label}", view.new, "green", options, color),
        *_ranked(f"Dropped since {c.old.label}", view.dropped, "red", options, color),
        *_priorities(view),
        *_changed(view, c.new.language, options, color),
    ]


def _topics(c: Comparison) -> Table:
    table = Table(title="Topics", box=box.SIMPLE_HEAD, title_justify="left", expand=True)
    table.add_column(f"new in {c.new.label}", ratio=1, style="green", overflow="fold")
    table.add_column(f"dropped since {c.old.label}", ratio=1, style="red", overflow="fold")
    new = c.changes.new_topics
    dropped = c.changes.dropped_topics
    for k in range(max(len(new), len(dropped))):
        left = f"{new[k].term}  {new[k].old_count}→{new[k].new_count}" if k < len(new) else ""
        right = (
            f"{dropped[k].term}  {dropped[k].old_count}→{dropped[k].new_count}"
            if k < len(dropped)
            else ""
        )
        table.add_row(left, right)
    return table


def _removed_words(text: str, color: bool) -> tuple[str, str]:
    """Removed words and their style: struck in red, or on a dark ground when Han; or ``[-…-]``."""
    if not color:
        return f"[-{text}-]", ""
    return text, _DEL_HAN_WORDS if has_han(text) else _DEL


def highlighted(old: str, new: str, language: str, color: bool) -> tuple[Text, Text]:
    """Both sides of a modified sentence with the changed characters or words marked."""
    left, right = Text(), Text()
    for span in diff_spans(old, new, language):  # type: ignore[arg-type]
        if span.op == "equal":
            left.append(span.old)
            right.append(span.new)
            continue
        if span.old:
            left.append(*_removed_words(span.old, color))
        if span.new:
            right.append(span.new if color else f"{{+{span.new}+}}", style=_INS)
    return left, right


def _whole(text: str, style: str, mark: str, color: bool) -> Text:
    """A sentence that is only on one side: coloured, or marked ``-``/``+`` without colour."""
    if color:
        return Text(text, style=style)
    # no space after the mark in Han text, or wrapping would leave the mark alone on a line
    gap = "" if any(ord(ch) > 0x2E7F for ch in text[:4]) else " "
    return Text(f"{mark}{gap}{text}")


def _pair_cells(c: Comparison, p: SentencePair, color: bool) -> tuple[Text | str, Text | str]:
    old_s = c.old.sentences[p.old] if p.old is not None else None
    new_s = c.new.sentences[p.new] if p.new is not None else None
    if p.status == "added" and new_s:
        return "", _whole(new_s.text, _INS, "+", color)
    if p.status == "removed" and old_s:
        style = _DEL_HAN_SENTENCE if has_han(old_s.text) else _DEL
        return _whole(old_s.text, style, "-", color), ""
    assert old_s is not None and new_s is not None
    if p.status == "unchanged":
        return Text(old_s.text, style="dim"), Text(new_s.text, style="dim")
    left, right = highlighted(old_s.text, new_s.text, c.new.language, color)
    if p.status == "moved":
        origin = c.old.section_title(old_s.section)
        note = Text(f"↕ moved from “{origin}” #{old_s.index}\n", style="cyan italic")
        right = Text.assemble(note, right)
        left = Text.assemble(Text(f"↕ moved to #{new_s.index}\n", style="cyan italic"), left)
    return left, right


def _rows(
    c: Comparison, pairs: list[SentencePair], show_all: bool, color: bool
) -> list[tuple[Text | str, Text | str]]:
    """Table rows: runs of removed and added sentences share rows, side by side."""
    rows: list[tuple[Text | str, Text | str]] = []
    removed: list[Text | str] = []
    added: list[Text | str] = []
    hidden = 0

    def flush() -> None:
        nonlocal hidden
        if hidden:
            rows.append((Text(f"… {hidden} unchanged", style="dim"), ""))
            hidden = 0
        for k in range(max(len(removed), len(added))):
            left = removed[k] if k < len(removed) else ""
            rows.append((left, added[k] if k < len(added) else ""))
        removed.clear()
        added.clear()

    for p in pairs:
        if p.status in ("added", "removed"):
            if hidden:
                flush()
            left, right = _pair_cells(c, p, color)
            (removed if p.status == "removed" else added).append(left or right)
            continue
        if removed or added:
            flush()
        if p.status == "unchanged" and not show_all:
            hidden += 1
            continue
        flush()
        rows.append(_pair_cells(c, p, color))
    flush()
    return rows


def _section_title(c: Comparison, k: int) -> Text:
    sp = c.sections[k]
    old = c.old.section_title(sp.old) if sp.old is not None else "—"
    new = c.new.section_title(sp.new) if sp.new is not None else "—"
    title = Text()
    if sp.old is not None and sp.new is not None and old == new:
        title.append(new, style="bold")
    else:
        title.append(old, style="bold")
        title.append("  →  ")
        title.append(new, style="bold")
    title.append(f"  [{sp.status}]", style=_STATUS_STYLE.get(sp.status, ""))
    return title


def _side_by_side(c: Comparison, options: RenderOptions, color: bool) -> list[Rule | Table | Text]:
    out: list[Rule | Table | Text] = []
    for k, pairs in _groups(c):
        changed = [p for p in pairs if p.status != "unchanged"]
        section_changed = k >= 0 and c.sections[k].status != "matched"
        if not options.show_all and not changed and not section_changed:
            continue
        out.append(Rule(_section_title(c, k) if k >= 0 else Text("(unplaced)"), align="left"))
        table = Table(box=box.SIMPLE, show_header=False, expand=True, padding=(0, 1))
        table.add_column(c.old.label, ratio=1, overflow="fold")
        table.add_column(c.new.label, ratio=1, overflow="fold")
        for left, right in _rows(c, pairs, options.show_all, color):
            table.add_row(wrapped(left), wrapped(right))
        out.append(table)
    return out


def _labels(c: Comparison) -> Table:
    table = Table(box=box.HEAVY_HEAD, expand=True, show_edge=False)
    table.add_column(f"{c.old.label}  (old)", ratio=1)
    table.add_column(f"{c.new.label}  (new)", ratio=1)
    return table


def _text(c: Comparison, options: RenderOptions, color: bool) -> list[Table | Text | Rule]:
    """The text: two columns (``view`` side) or one with the changes marked in place (inline)."""
    if options.view == "inline":
        return inline_parts(c, options, color, _section_title)
    return [_labels(c), *_side_by_side(c, options, color)]


def _summary_parts(
    c: Comparison, view: HighlightsView, options: RenderOptions, color: bool
) -> list[Table | Text | Rule]:
    """The summary: header, highlights (or targets), topics, the commitments counted."""
    top = _highlights(c, view, options, color) if view else [_targets(c, options.show_all)]
    counts = commitment_counts(len(c.changes.new_commitments), len(c.changes.dropped_commitments))
    return [
        _header(c),
        Text(""),
        *top,
        Text(""),
        _topics(c),
        Text(counts, style="bold"),
        Text(LEFT_OUT, style="dim"),
    ]


def comparison_parts(
    c: Comparison, options: RenderOptions, color: bool
) -> list[Table | Text | Rule]:
    """The terminal view of ``c`` below its title and warnings, as rich renderables.

    Header, targets, commitments, topics, labels, then the changed sections side by
    side. When the comparison has highlights, they come first after the header
    (stances, targets, new, dropped, priorities, changed wording), then topics,
    and the whole commitment lists shrink to a count line (``--all`` shows them).
    The text is printed as it is: make it ``display_safe`` first for a terminal.
    """
    view = highlights_view(c)
    if options.summary:  # the header, highlights, targets and topics: no text side by side
        return _summary_parts(c, view, options, color)
    if view:
        commitments = _commitments(c, True) if options.show_all else [_commitment_counts(c)]
        return [
            _header(c),
            Text(""),
            *_highlights(c, view, options, color),
            Text(""),
            _topics(c),
            *commitments,
            *_text(c, options, color),
        ]
    return [
        _header(c),
        Text(""),
        _targets(c, options.show_all),
        *_commitments(c, options.show_all),
        Text(""),
        _topics(c),
        *_text(c, options, color),
    ]


def render(comparison: Comparison, out: TextIO, options: RenderOptions) -> None:
    """Write the terminal view of ``comparison`` to ``out``."""
    comparison = display_safe(comparison)
    console = terminal_console(out, options)
    color = console.color_system is not None
    parts: list[object] = [
        Rule(Text(f"diffreport: {comparison.old.label} → {comparison.new.label}", style="bold")),
        *comparison_parts(comparison, options, color),
    ]
    for warning in (*shown_warnings(comparison.old), *shown_warnings(comparison.new)):
        parts.insert(1, Text(f"warning: {warning}", style="bold yellow"))
    console.print(Group(*parts))  # type: ignore[arg-type]
