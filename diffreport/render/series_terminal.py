"""The terminal view of a series: stances, target paths, follow-through, section presence, topics.

Tables are rich's, so Han text is measured as two cells and never cut. By
default the view keeps to what a reader scans first; ``--all`` shows every
number path, every follow-through row, every section chain and every topic.
"""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.table import Table
from rich.text import Text

from diffreport.model import Series
from diffreport.render import RenderOptions
from diffreport.render.common import display_safe, shown_path, terminal_console
from diffreport.render.highlights import stance_path_text
from diffreport.render.series_json import path_label, verdict_of
from diffreport.render.values import display_value

#: without --all: topics ranked at most this far down a consecutive pair's list
_TOPIC_RANK = 5
_MARK = {"present": "●", "renamed": "◐", "absent": "·"}
_MARK_STYLE = {"present": "green", "renamed": "yellow", "absent": "dim"}
_VERDICT_STYLE = {"exceeded": "bold green", "met": "green", "missed": "red", "not reported": "dim"}


def _documents(series: Series) -> Table:
    table = Table(title="Editions", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("label", "file", "sentences", "sections", "lang"):
        table.add_column(name, justify="right" if name in ("sentences", "sections") else "left")
    for d in series.documents:
        table.add_row(
            d.label, shown_path(d.path), str(len(d.sentences)), str(len(d.sections)), d.language
        )
    return table


def _stances(series: Series) -> list[Table | Text]:
    """Each policy's stance across the editions, runs of one phrase collapsed; nothing if none."""
    if not series.stances:
        return []
    table = Table(
        title="Stances (phrase per edition; ×n: n editions in a row)",
        box=box.SIMPLE_HEAD,
        title_justify="left",
        show_header=False,
    )
    table.add_column("policy", style="bold", no_wrap=True)
    table.add_column("path", overflow="fold")
    for path in series.stances:
        table.add_row(path.policy, stance_path_text(path))
    return [table]


def _paths(series: Series, show_all: bool) -> Table | Text:
    labels = series.labels
    rows = [
        p
        for p in series.numbers
        if show_all or (p.kind == "target" and sum(v is not None for v in p.values) >= 2)
    ]
    if not rows:
        return Text("Target paths: no target appears in two editions.", style="dim")
    title = "Number paths" if show_all else "Target paths (targets found in two or more editions)"
    table = Table(title=title, box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("metric", style="bold", overflow="fold")
    if show_all:
        table.add_column("kind")
    for label in labels:
        table.add_column(label, overflow="fold")
    for p in rows:
        cells = [display_value(v.quantity) if v is not None else "—" for v in p.values]
        if show_all:
            table.add_row(path_label(p), p.kind, *cells)
        else:
            table.add_row(path_label(p), *cells)
    return table


def _followthrough(series: Series, show_all: bool) -> list[Table | Text]:
    labels = series.labels
    known = [f for f in series.followthrough if f.outcome is not None]
    rows = list(series.followthrough) if show_all else known
    out: list[Table | Text] = []
    if not series.followthrough:
        out.append(Text("Follow-through: no edition reviews the year of another's targets.", "dim"))
        return out
    table = Table(
        title="Follow-through (a target against the outcome the next report gives)",
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for name in ("metric", "target", "", "outcome", "result", "rule"):
        table.add_column(name, overflow="fold")
    for f in rows:
        word = verdict_of(f)
        style = _VERDICT_STYLE[word]
        outcome = (
            f"{labels[f.outcome_doc]}: {f.outcome.quantity.text}"
            if f.outcome is not None
            else f"{labels[f.outcome_doc]}: —"
        )
        table.add_row(
            f.metric,
            f"{labels[f.target_doc]}: {f.target.quantity.text}",
            "→",
            outcome,
            Text(word, style=style),
            f.rule,
        )
    out.append(table)
    unknown = len(series.followthrough) - len(known)
    if unknown and not show_all:
        out.append(
            Text(f"{unknown} more targets have no outcome in the next report (--all lists them).")
        )
    return out


def _sections(series: Series, show_all: bool) -> Table | Text:
    chains = [
        c
        for c in series.sections
        if show_all or c.level <= 1 or any(s != "present" for s in c.statuses)
    ]
    if not chains:
        return Text("Sections: none.", style="dim")
    table = Table(
        title="Section presence (● present  ◐ renamed  · absent; headings as last seen)",
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    table.add_column("section", overflow="fold", ratio=3)
    for label in series.labels:
        table.add_column(label, justify="center", no_wrap=True)
    for chain in chains:
        last = next(h for h in reversed(chain.headings) if h is not None)
        indent = "  " * max(chain.level - 1, 0)
        marks = [Text(_MARK[s], style=_MARK_STYLE[s]) for s in chain.statuses]
        table.add_row(indent + last, *marks)
    return table


def _topics(series: Series, show_all: bool) -> Table | Text:
    labels = series.labels
    rows = [t for t in series.topics if show_all or t.rank < _TOPIC_RANK]
    if not rows:
        return Text("Topics: no new or dropped terms between editions.", style="dim")
    table = Table(
        title="Topic timeline (count per edition)", box=box.SIMPLE_HEAD, title_justify="left"
    )
    table.add_column("term", style="bold", overflow="fold")
    for label in labels:
        table.add_column(label, justify="right", no_wrap=True)
    table.add_column("first")
    table.add_column("last")
    for t in rows:
        counts = [Text(str(c), style="dim" if c == 0 else "") for c in t.counts]
        table.add_row(t.term, *counts, labels[t.first], labels[t.last])
    return table


def series_parts(series: Series, show_all: bool) -> list[Table | Text]:
    """The series view as renderables: editions, stances, paths, follow-through, sections, topics.

    The text is printed as it is: make it ``display_safe`` first for a terminal.
    """
    return [
        _documents(series),
        *_stances(series),
        _paths(series, show_all),
        *_followthrough(series, show_all),
        _sections(series, show_all),
        _topics(series, show_all),
    ]


def render(series: Series, out: TextIO, options: RenderOptions) -> None:
    """Write the series view to ``out``."""
    series = display_safe(series)
    console = terminal_console(out, options)
    for part in series_parts(series, options.show_all):
        console.print(part)
