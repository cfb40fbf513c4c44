"""Markdown output: a summary and the changes, for GitHub and for pasting into a report.

Layout: a title and the two editions; the highlights when there are any (stances
as a table, the ranked new and dropped commitments with the terms that make them
new in ``<b>``, priorities as a table, changed wording as one redline each); the
changed targets as a table (metric, old, new, qualifier, difference, status); new
and dropped commitments under their sections' headings; new and dropped topics as
tables; then the changes section by section, each section a heading.

Marking changes so that they survive any Markdown renderer: every changed
sentence says what happened in words (**added**, **removed**, **modified**,
**moved**), and a modified sentence is given whole on both sides, one line per
edition, with the changed characters (Chinese) or words (English) wrapped in
``<del>`` (old line) and ``<ins>`` (new line). GitHub, GitLab, pandoc and
markdown-it show those as strike-through and underline; a renderer that
strips HTML tags still shows both full sentences, and one that escapes HTML
shows the tags as text. (``~~``/``**`` were not used for the marks: CommonMark's
flanking rules leave them as literal asterisks when a mark starts or ends
with punctuation next to a Han character — ``增长**5%**左右`` renders verbatim.)

Escaping: all report text goes through ``escape``: every character Markdown or
GitHub could read as syntax (``\\ ` * _ [ ] < > | ~ $ &``, and ``# + -`` or ``1.`` ``1)``
where they could start a block) gets a backslash, so ``<script>``
shows as text and a ``|`` never splits a table cell.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TextIO

from diffreport.model import Commitment, Comparison, Document, NumberChange, SentencePair, Series
from diffreport.render import RenderOptions
from diffreport.render.common import (
    display_safe,
    group_pairs,
    shown_path,
    shown_warnings,
    with_hidden_runs,
)
from diffreport.render.highlights import (
    HighlightView,
    highlights_view,
    priority_line,
    stance_path_text,
)
from diffreport.render.series_json import path_label, verdict_of
from diffreport.render.summary import LEFT_OUT, capped, commitment_counts
from diffreport.render.values import difference, display_value, qualifier
from diffreport.textdiff import diff_spans

_INLINE = re.compile(r"([\\`*_\[\]<>|~$&])")
_BLOCK_START = re.compile(r"^(\s*)([#+\-](?=[\s#+\-]|$)|\d{1,9}[.)](?=\s|$))")
_SPACES = re.compile(r"\s+")


def escape(text: str) -> str:
    """``text`` as literal Markdown inline text: syntax characters backslash-escaped.

    Line breaks become spaces (a Markdown line break would end a table row or
    a list item). Safe inside a table cell (``|`` is escaped), a list item and a
    heading.
    """
    text = _SPACES.sub(" ", display_safe(text)).strip()
    return _lead(_INLINE.sub(r"\\\1", text))


def _cell(text: str | None) -> str:
    return escape(text) if text else "—"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> list[str]:
    """A GFM table; ``header`` and cells are Markdown already (escaped)."""
    aligns = align or "l" * len(header)
    rule = [{"r": "---:", "c": ":---:"}.get(a, "---") for a in aligns]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(rule) + " |"]
    lines.extend("| " + " | ".join(cells) + " |" for cells in rows)
    return [*lines, ""]


def marked(old: str, new: str, language: str) -> tuple[str, str]:
    """Both sides of a modified sentence, escaped; changes in ``<del>`` (old), ``<ins>`` (new)."""
    left: list[str] = []
    right: list[str] = []
    for span in diff_spans(old, new, language):  # type: ignore[arg-type]
        if span.op == "equal":
            left.append(_part(span.old))
            right.append(_part(span.new))
            continue
        if span.old.strip():
            left.append(f"<del>{_part(span.old)}</del>")
        elif span.old:
            left.append(span.old)
        if span.new.strip():
            right.append(f"<ins>{_part(span.new)}</ins>")
        elif span.new:
            right.append(span.new)
    return _SPACES.sub(" ", "".join(left)).strip(), _SPACES.sub(" ", "".join(right)).strip()


def _part(text: str) -> str:
    """A piece of a sentence escaped for inline use (no block-start escaping mid-sentence)."""
    return _INLINE.sub(r"\\\1", _SPACES.sub(" ", text))


# --- the comparison ----------------------------------------------------------------------------


def _editions(c: Comparison) -> list[str]:
    rows = [
        (
            name,
            escape(doc.label),
            escape(shown_path(doc.path)),
            str(len(doc.sentences)),
            str(len(doc.sections)),
            doc.language,
        )
        for name, doc in (("old", c.old), ("new", c.new))
    ]
    return _table(("", "edition", "file", "sentences", "sections", "language"), rows, "lllrrl")


def _counts(c: Comparison) -> list[str]:
    sentence = " · ".join(f"{k} {v}" for k, v in c.counts().items())
    sec: dict[str, int] = dict.fromkeys(("matched", "renamed", "moved", "added", "removed"), 0)
    for p in c.sections:
        sec[p.status] += 1
    section = " · ".join(f"{k} {v}" for k, v in sec.items())
    return [f"**Sentences:** {sentence}  ", f"**Sections:** {section}", ""]


def _number_rows(c: Comparison, numbers: Sequence[NumberChange]) -> list[tuple[str, ...]]:
    language = c.new.language
    return [
        (
            escape(n.metric),
            _cell(n.old.quantity.text if n.old else None),
            _cell(n.new.quantity.text if n.new else None),
            _cell(qualifier(n.old, n.new)),
            _cell(difference(n.old, n.new, language)),
            n.status,
        )
        for n in numbers
    ]


def _targets(c: Comparison, show_all: bool) -> list[str]:
    numbers = c.changes.numbers
    changed = [n for n in numbers if n.kind == "target" and n.status != "unchanged"]
    unchanged = [n for n in numbers if n.kind == "target" and n.status == "unchanged"]
    out = [f"## Changed targets ({len(changed)})", ""]
    header = ("metric", escape(c.old.label), escape(c.new.label), "qualifier", "difference", "")
    shown = changed + (unchanged if show_all else [])
    if shown:
        out += _table(header, _number_rows(c, shown))
    else:
        out += ["No numeric target changed.", ""]
    if unchanged and not show_all:
        names = "、".join(escape(n.metric) for n in unchanged)
        out += [f"Unchanged targets ({len(unchanged)}): {names}", ""]
    actuals = [n for n in numbers if n.kind == "actual" and n.status != "unchanged"]
    if actuals:
        out += [
            "<details>",
            f"<summary>Other numbers that changed ({len(actuals)})</summary>",
            "",
            *_table(header, _number_rows(c, actuals)),
            "</details>",
            "",
        ]
    return out


def redline(old: str, new: str, language: str) -> str:
    """Old and new wording in one line, escaped: removed in ``<del>``, inserted in ``<ins>``."""
    out: list[str] = []
    for span in diff_spans(old, new, language):  # type: ignore[arg-type]
        if span.op == "equal":
            out.append(_part(span.old))
            continue
        for text, tag in ((span.old, "del"), (span.new, "ins")):
            if text.strip():
                out.append(f"<{tag}>{_part(text)}</{tag}>")
            elif text:
                out.append(text)
    return _SPACES.sub(" ", "".join(out)).strip()


def _terms_marked(h: HighlightView) -> str:
    """A ranked sentence escaped, the terms that make it new in ``<b>``."""
    text = display_safe(h.text)  # one character for one: the marks' offsets still hold
    out: list[str] = []
    pos = 0
    for start, end in h.marks:
        out.append(_part(text[pos:start]))
        out.append(f"<b>{_part(text[start:end])}</b>")
        pos = end
    out.append(_part(text[pos:]))
    return _lead("".join(out))


def _lead(text: str) -> str:
    """Inline Markdown made safe at the start of a block (``1.``, ``-`` escaped there)."""
    text = _SPACES.sub(" ", text).strip()
    match = _BLOCK_START.match(text)
    if match:
        lead, mark = match.group(1), match.group(2)
        text = f"{lead}{mark[:-1]}\\{mark[-1]}{text[match.end() :]}"
    return text


def _highlights(c: Comparison) -> list[str]:
    """Stances, ranked new and dropped commitments, priorities, changed wording; nothing if none."""
    view = highlights_view(c)
    if not view:
        return []
    old, new = escape(c.old.label), escape(c.new.label)
    out = ["## Highlights", ""]
    if view.stances:
        out += [f"### Stances ({len(view.stances)})", ""]
        rows = [
            (
                escape(s.policy),
                _cell(s.old.phrase if s.old else None),
                _cell(s.new.phrase if s.new else None),
                s.status,
            )
            for s in view.stances
        ]
        out += _table(("policy", old, new, "status"), rows)
    for title, items in ((f"New in {new}", view.new), (f"Dropped since {old}", view.dropped)):
        if items:
            out += [f"### {title} ({len(items)})", ""]
            out += [
                f"{k}. {_terms_marked(h)}" + (f" — {escape(h.section)}" if h.section else "")
                for k, h in enumerate(items, 1)
            ]
            out.append("")
    if view.priorities:
        out += [f"### Priorities ({len(view.priorities)})", ""]
        places = [(priority_line(p), _cell(p.heading)) for p in view.priorities]
        out += _table((f"{new} ← {old}", "task"), places, "cl")
    if view.changed:
        lang = c.new.language
        out += [f"### Changed wording ({len(view.changed)})", ""]
        out += [
            f"- {_lead(redline(display_safe(m.old.text), display_safe(m.new.text), lang))}"
            + (f" — {escape(m.new.section)}" if m.new.section else "")
            for m in view.changed
        ]
        out.append("")
    return out


def _commitments(title: str, doc: Document, items: Sequence[Commitment]) -> list[str]:
    out = [f"## {title} ({len(items)})", ""]
    by_section: dict[int, list[int]] = defaultdict(list)
    for m in items:
        by_section[m.section].append(m.sentence)
    for section, sentences in by_section.items():
        out += [f"### {escape(doc.section_title(section))}", ""]
        out += [f"- {escape(doc.sentences[k].text)}" for k in sentences]
        out.append("")
    return out


def _topics(c: Comparison) -> list[str]:
    out = ["## Topics", ""]
    old, new = escape(c.old.label), escape(c.new.label)
    for title, items in (
        (f"New in {new}", c.changes.new_topics),
        (f"Dropped since {old}", c.changes.dropped_topics),
    ):
        out += [f"### {title}", ""]
        if not items:
            out += ["None.", ""]
            continue
        rows = [(escape(t.term), str(t.old_count), str(t.new_count)) for t in items]
        out += _table(("term", old, new), rows, "lrr")
    return out


def _section_heading(c: Comparison, k: int) -> str:
    if k < 0:
        return "### (unplaced)"
    sp = c.sections[k]
    old = c.old.section_title(sp.old) if sp.old is not None else None
    new = c.new.section_title(sp.new) if sp.new is not None else None
    if old is not None and new is not None and old == new:
        title = escape(new)
    else:
        title = f"{_cell(old)} → {_cell(new)}"
    level = 3
    shown = sp.new if sp.new is not None else sp.old
    if shown is not None:
        doc = c.new if sp.new is not None else c.old
        level = min(3 + max(doc.sections[shown].level - 1, 0), 6)
    suffix = "" if sp.status == "matched" else f" ({sp.status})"
    return f"{'#' * level} {title}{suffix}"


def _pair_lines(c: Comparison, p: SentencePair) -> list[str]:
    o = c.old.sentences[p.old] if p.old is not None else None
    n = c.new.sentences[p.new] if p.new is not None else None
    old_label, new_label = escape(c.old.label), escape(c.new.label)
    if n is not None and o is None:
        return [f"- **added** {escape(n.text)}"]
    if o is not None and n is None:
        return [f"- **removed** {escape(o.text)}"]
    assert o is not None and n is not None
    if p.status == "unchanged":
        return [f"- {escape(n.text)}"]
    if p.status == "moved":
        origin = escape(c.old.section_title(o.section))
        head = f"- **moved** from “{origin}”"
    else:
        head = "- **modified**"
    if o.text == n.text:
        return [f"{head}: {escape(n.text)}"]
    left, right = marked(o.text, n.text, c.new.language)
    return [head, f"  - {old_label}: {left}", f"  - {new_label}: {right}"]


def _changes(
    c: Comparison,
    show_all: bool,
    pair_lines: Callable[[Comparison, SentencePair], list[str]] = _pair_lines,
    intro: Sequence[str] = (),
) -> list[str]:
    out = ["## Changes by section", "", *intro]
    shown = 0
    for k, pairs in group_pairs(c):
        changed = [p for p in pairs if p.status != "unchanged"]
        section_changed = k >= 0 and c.sections[k].status != "matched"
        if not show_all and not changed and not section_changed:
            continue
        shown += 1
        out += [_section_heading(c, k), ""]
        for p in with_hidden_runs(pairs, show_all):
            out += [f"- *… {p} unchanged*"] if isinstance(p, int) else pair_lines(c, p)
        out.append("")
    if not shown:
        out += ["No sentence changed.", ""]
    return out


def _inline_line(c: Comparison, p: SentencePair) -> str:
    """One sentence pair as one list item: the new wording with the old one's changes marked."""
    o = c.old.sentences[p.old] if p.old is not None else None
    n = c.new.sentences[p.new] if p.new is not None else None
    if n is None:
        assert o is not None
        return f"- **removed** <del>{_part(display_safe(o.text)).strip()}</del>"
    if o is None:
        return f"- **added** <ins>{_part(display_safe(n.text)).strip()}</ins>"
    if p.status == "unchanged":
        return f"- {escape(n.text)}"
    old, new = display_safe(o.text), display_safe(n.text)
    text = escape(new) if old == new else redline(old, new, c.new.language)
    if p.status == "moved":
        return f"- **moved** from “{escape(c.old.section_title(o.section))}”: {text}"
    return f"- **modified** {text}"


def _inline_changes(c: Comparison, show_all: bool) -> list[str]:
    """The text in one column, in the new edition's order: the ``--view inline`` changes."""
    intro = (
        f"In the order of {escape(c.new.label)}: removed words struck, inserted ones underlined "
        "(`<del>`, `<ins>`).",
        "",
    )
    return _changes(c, show_all, lambda c, p: [_inline_line(c, p)], intro)


def to_markdown(c: Comparison, options: RenderOptions | None = None) -> str:
    """The comparison as a Markdown document (GitHub-flavoured: tables, ``<ins>``/``<del>``)."""
    options = options or RenderOptions()
    if options.summary:  # the header, highlights, targets and topics: no sentence-by-sentence
        return _summary(c)
    lines = [f"# {escape(c.old.label)} → {escape(c.new.label)}", ""]
    lines += [
        f"> **warning:** {escape(w)}" for w in (*shown_warnings(c.old), *shown_warnings(c.new))
    ]
    if c.old.warnings or c.new.warnings:
        lines.append("")
    lines += _editions(c)
    lines += _counts(c)
    lines += _highlights(c)
    lines += _targets(c, options.show_all)
    lines += _commitments("New commitments", c.new, c.changes.new_commitments)
    lines += _commitments("Dropped commitments", c.old, c.changes.dropped_commitments)
    lines += _topics(c)
    if options.view == "inline":
        lines += _inline_changes(c, options.show_all)
    else:
        lines += _changes(c, options.show_all)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def render(comparison: Comparison, out: TextIO, options: RenderOptions) -> None:
    """Write the comparison as Markdown to ``out``."""
    out.write(to_markdown(comparison, options))


# --- the summary (--summary) -------------------------------------------------------------------


def _summary_numbers(c: Comparison, title: str, numbers: Sequence[NumberChange]) -> list[str]:
    """A numbers table of a summary: at most ``SUMMARY_ROWS`` rows, the rest counted."""
    old, new = escape(c.old.label), escape(c.new.label)
    shown, more = capped(numbers)
    out = [f"## {title} ({len(numbers)})", ""]
    if not shown:
        return [*out, "None.", ""]
    out += _table(("metric", old, new, "qualifier", "difference", ""), _number_rows(c, shown))
    return out + ([f"*… {more} more (the full report lists them)*", ""] if more else [])


def _summary(c: Comparison) -> str:
    """The summary: title, editions, counts, highlights, targets, commitment counts, topics."""
    lines = [f"# {escape(c.old.label)} → {escape(c.new.label)}", ""]
    warnings = (*shown_warnings(c.old), *shown_warnings(c.new))
    lines += [f"> **warning:** {escape(w)}" for w in warnings] + ([""] if warnings else [])
    lines += _editions(c) + _counts(c) + _highlights(c)
    targets = [n for n in c.changes.numbers if n.kind == "target"]
    lines += _summary_numbers(c, "Changed targets", [n for n in targets if n.status != "unchanged"])
    names, more = capped([escape(n.metric) for n in targets if n.status == "unchanged"])
    if names:
        tail = f" … {more} more" if more else ""
        lines += [f"Unchanged targets ({len(names) + more}): {'、'.join(names)}{tail}", ""]
    actuals = [n for n in c.changes.numbers if n.kind == "actual" and n.status != "unchanged"]
    if actuals:
        lines += _summary_numbers(c, "Other numbers that changed", actuals)
    ch = c.changes
    lines += [f"**{commitment_counts(len(ch.new_commitments), len(ch.dropped_commitments))}**", ""]
    return "\n".join([*lines, *_topics(c), f"*{LEFT_OUT}*"]) + "\n"


# --- the series --------------------------------------------------------------------------------

_MARK = {"present": "●", "renamed": "◐", "absent": "·"}


def _series_stances(series: Series, labels: Sequence[str], show_all: bool) -> list[str]:
    if not series.stances:
        return []
    rows = [(escape(p.policy), escape(stance_path_text(p))) for p in series.stances]
    return ["## Stances", "", *_table(("policy", "stance across the editions"), rows)]


def _series_paths(series: Series, labels: Sequence[str], show_all: bool) -> list[str]:
    paths = [
        p
        for p in series.numbers
        if show_all or (p.kind == "target" and sum(v is not None for v in p.values) >= 2)
    ]
    title = "Number paths" if show_all else "Target paths"
    lines = [f"## {title} ({len(paths)})", ""]
    if not paths:
        return [*lines, "No target appears in two editions.", ""]
    header = ("metric", *(("kind",) if show_all else ()), *labels)
    rows = [
        (
            escape(path_label(p)),
            *((p.kind,) if show_all else ()),
            *(_cell(display_value(v.quantity) if v else None) for v in p.values),
        )
        for p in paths
    ]
    return lines + _table(header, rows)


def _series_followthrough(series: Series, labels: Sequence[str], show_all: bool) -> list[str]:
    follow = [f for f in series.followthrough if show_all or f.outcome is not None]
    lines = [f"## Follow-through ({len(follow)})", ""]
    if not follow:
        return [*lines, "No edition reviews the year of another's targets.", ""]
    return lines + _table(
        ("metric", "target", "outcome", "result", "rule"),
        (
            (
                escape(f.metric),
                f"{labels[f.target_doc]}: {escape(f.target.quantity.text)}",
                f"{labels[f.outcome_doc]}: "
                + _cell(f.outcome.quantity.text if f.outcome else None),
                verdict_of(f),
                escape(f.rule),
            )
            for f in follow
        ),
    )


def _series_sections(series: Series, labels: Sequence[str], show_all: bool) -> list[str]:
    chains = [
        ch
        for ch in series.sections
        if show_all or ch.level <= 1 or any(s != "present" for s in ch.statuses)
    ]
    lines = ["## Section presence", "", "● present · ◐ renamed · · absent", ""]
    return lines + _table(
        ("section", *labels),
        (
            (
                escape(next(h for h in reversed(ch.headings) if h is not None)),
                *(_MARK[s] for s in ch.statuses),
            )
            for ch in chains
        ),
        "l" + "c" * len(labels),
    )


def _series_topics(series: Series, labels: Sequence[str], show_all: bool) -> list[str]:
    topics = [t for t in series.topics if show_all or t.rank < 5]
    lines = ["## Topic timeline", ""]
    if not topics:
        return [*lines, "No new or dropped terms between editions.", ""]
    return lines + _table(
        ("term", *labels, "first", "last"),
        (
            (escape(t.term), *(str(n) for n in t.counts), labels[t.first], labels[t.last])
            for t in topics
        ),
        "l" + "r" * len(labels) + "ll",
    )


def series_to_markdown(series: Series, options: RenderOptions | None = None) -> str:
    """The series as Markdown: editions, stances, target paths, follow-through, sections, topics."""
    options = options or RenderOptions()
    labels = [escape(label) for label in series.labels]
    lines = [f"# Series: {' → '.join(labels)}", ""]
    lines += _table(
        ("edition", "file", "sentences", "sections", "language"),
        (
            (
                escape(d.label),
                escape(shown_path(d.path)),
                str(len(d.sentences)),
                str(len(d.sections)),
                d.language,
            )
            for d in series.documents
        ),
        "llrrl",
    )
    for part in (
        _series_stances,
        _series_paths,
        _series_followthrough,
        _series_sections,
        _series_topics,
    ):
        lines += part(series, labels, options.show_all)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def render_series(series: Series, out: TextIO, options: RenderOptions) -> None:
    """Write the series as Markdown to ``out``."""
    out.write(series_to_markdown(series, options))
