"""How a ``Comparison`` and a ``Series`` show themselves in Jupyter and in a rich console.

``comparison_html``/``series_html`` back ``_repr_html_``: an HTML *fragment*
(no ``<html>`` or ``<head>``; one ``<div class="diffreport-nb">`` with a scoped
inline ``<style>``), with no script and nothing fetched from a network. It
reuses the HTML report's view model (``render.html.page``): the summary — the
two editions, counts, the highlights (stances, then changed targets — metric,
old → new, qualifier, difference — then the ranked new and dropped
commitments, priorities, changed wording), every new and dropped commitment
(collapsed when there are highlights), new and dropped topics — then the
side-by-side text of the changed sections inside a collapsed ``<details>``.
Every piece of report text is autoescaped by Jinja2; the only markup is the
``<ins>``/``<del>`` of a modified sentence and the ``<mark>`` of a highlight's
terms, built by the report's escaping highlighters.

``comparison_renderables``/``series_renderables`` back ``__rich_console__``:
the terminal view's renderables, in the terminal view's order, with every
control character in report text made visible (``render.common.display_safe``).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from diffreport.model import Comparison, Series

if TYPE_CHECKING:
    from jinja2 import Template
    from rich.console import Console, ConsoleOptions, RenderableType

    from diffreport.render import RenderOptions

#: a commitment list shows this many entries; the rest are behind a click
MAX_ENTRIES = 12

_STYLE = """
.diffreport-nb{font-family:system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB",
"Noto Sans CJK SC","Microsoft YaHei",sans-serif;line-height:1.5}
.diffreport-nb h3{margin:.2em 0 .4em}
.diffreport-nb h4{margin:.8em 0 .3em}
.diffreport-nb table{border-collapse:collapse;margin:.3em 0}
.diffreport-nb th,.diffreport-nb td{border-bottom:1px solid #8884;padding:2px 8px;
text-align:left;vertical-align:top}
.diffreport-nb .changed{color:#b58900}.diffreport-nb .added{color:#2e7d32}
.diffreport-nb .removed{color:#c62828}.diffreport-nb .unchanged{opacity:.6}
.diffreport-nb .modified{color:#b58900}.diffreport-nb .moved{color:#00838f}
.diffreport-nb del{background:#ffebee;color:#b71c1c}
.diffreport-nb ins{background:#e8f5e9;color:#1b5e20;text-decoration:none}
.diffreport-nb .sbs td{width:50%}
.diffreport-nb .muted{opacity:.65}
.diffreport-nb mark.q{background:#fff59d}
.diffreport-nb mark.t{background:none;color:inherit;font-weight:700;text-decoration:underline}
"""

_COMPARISON = """\
<div class="diffreport-nb" lang="{{ page.lang }}">
<style>{{ style }}</style>
<h3>diffreport: {{ page.old.label }} → {{ page.new.label }}</h3>
<table>
<tr><th></th><th>edition</th><th>file</th><th>sentences</th><th>sections</th></tr>
{% for name, side in (("old", page.old), ("new", page.new)) %}
<tr><td>{{ name }}</td><td>{{ side.label }}</td><td>{{ side.path }}</td>
<td>{{ side.sentences }}</td><td>{{ side.sections }}</td></tr>
{% endfor %}
</table>
<p>sentences:{% for status, n in page.counts.items() %} <span class="{{ status }}">{{ status }} {{ n }}</span>{% endfor %}
<br>sections:{% for status, n in page.section_counts.items() %} {{ status }} {{ n }}{% endfor %}</p>
{% for w in page.warnings %}<p class="removed">warning: {{ w }}</p>{% endfor %}
{% set hl = page.highlights %}
{% if hl.stances %}
<h4>Stances ({{ hl.stances|length }})</h4>
<table class="stances">
<tr><th>policy</th><th>{{ page.old.label }}</th><th>{{ page.new.label }}</th><th>status</th></tr>
{% for s in hl.stances %}
<tr><td>{{ s.policy }}</td><td>{{ s.old.phrase if s.old else "—" }}</td><td>{{ s.new.phrase if s.new else "—" }}</td><td class="{{ s.status }}">{{ s.status }}</td></tr>
{% endfor %}
</table>
{% endif %}
<h4>Changed targets ({{ page.targets|length }})</h4>
{% if page.targets %}
<table class="targets">
<tr><th>metric</th><th>{{ page.old.label }}</th><th>{{ page.new.label }}</th>
<th>qualifier</th><th>difference</th><th>status</th></tr>
{% for r in page.targets %}
<tr><td>{{ r.metric }}</td><td>{{ r.old_text or "—" }}</td>
<td>{{ r.new_text or "—" }}</td><td>{{ r.qualifier }}</td><td>{{ r.difference }}</td>
<td class="{{ r.status }}">{{ r.status }}</td></tr>
{% endfor %}
</table>
{% else %}<p class="muted">No numeric target changed.</p>{% endif %}
{% if page.unchanged_targets %}
<p class="muted">unchanged targets ({{ page.unchanged_targets|length }}):
{% for r in page.unchanged_targets %}{{ r.metric }}{% if not loop.last %}、{% endif %}{% endfor %}</p>
{% endif %}
{% for title, rows, cls in (("New in " ~ page.new.label, hl.new, "added"), ("Dropped since " ~ page.old.label, hl.dropped, "removed")) if rows %}
<h4>{{ title }} ({{ rows|length }})</h4>
<ol class="ranked">{% for h in rows %}<li class="{{ cls }}">{{ h.html }}{% if h.section %} <span class="muted">{{ h.section }}</span>{% endif %}</li>{% endfor %}</ol>
{% endfor %}
{% if hl.priorities %}
<h4>Priorities ({{ page.new.label }} ← {{ page.old.label }})</h4>
<table class="priorities">{% for p in hl.priorities %}<tr><td>{{ p.places }}</td><td>{{ p.heading }}</td></tr>{% endfor %}</table>
{% endif %}
{% if hl.changed %}
<h4>Changed wording ({{ hl.changed|length }})</h4>
<ul class="changed">{% for m in hl.changed %}<li>{{ m.html }}{% if m.section %} <span class="muted">{{ m.section }}</span>{% endif %}</li>{% endfor %}</ul>
{% endif %}
{% for title, count, head, tail, cls in commitments %}
<details{% if not hl.any %} open{% endif %}><summary><strong>{{ title }} ({{ count }})</strong></summary>
{% for g in head %}
<h4>{{ g.section }}</h4>
<ul>{% for e in g.entries %}<li class="{{ cls }}">{{ e }}</li>{% endfor %}</ul>
{% endfor %}
{% if tail %}
<details><summary>… {{ count - shown[cls] }} more</summary>
{% for g in tail %}
<h4>{{ g.section }}</h4>
<ul>{% for e in g.entries %}<li class="{{ cls }}">{{ e }}</li>{% endfor %}</ul>
{% endfor %}
</details>
{% endif %}
</details>
{% endfor %}
<h4>Topics</h4>
<table class="topics">
<tr><th>new in {{ page.new.label }}</th><th>{{ page.old.label }} → {{ page.new.label }}</th>
<th>dropped since {{ page.old.label }}</th><th>{{ page.old.label }} → {{ page.new.label }}</th></tr>
{% for a, b in topics %}
<tr><td class="added">{{ a.term if a else "" }}</td><td>{% if a %}{{ a.old_count }} → {{ a.new_count }}{% endif %}</td>
<td class="removed">{{ b.term if b else "" }}</td><td>{% if b %}{{ b.old_count }} → {{ b.new_count }}{% endif %}</td></tr>
{% endfor %}
</table>
<details class="text"><summary><strong>Side-by-side text</strong> ({{ changed_sections }} sections with changes)</summary>
<table class="sbs">
<tr><th>{{ page.old.label }}</th><th>{{ page.new.label }}</th></tr>
{% for g in groups %}
<tr><th colspan="2">{% if g.old_title == g.new_title %}{{ g.new_title }}{% else %}{{ g.old_title or "—" }} → {{ g.new_title or "—" }}{% endif %} <span class="{{ g.status }}">[{{ g.status }}]</span></th></tr>
{% for item in g.rows %}
{% if item.hidden is defined %}<tr class="muted"><td colspan="2">… {{ item.hidden }} unchanged</td></tr>
{% else %}<tr><td class="{{ item.old_cls }}">{{ item.old_html }}</td><td class="{{ item.new_cls }}">{{ item.new_html }}</td></tr>{% endif %}
{% endfor %}
{% endfor %}
</table>
</details>
</div>
"""  # noqa: E501

_SERIES = """\
<div class="diffreport-nb" lang="{{ page.lang }}">
<style>{{ style }}</style>
<h3>diffreport series: {{ page.labels|join(" → ") }}</h3>
<table>
<tr><th>edition</th><th>file</th><th>sentences</th><th>sections</th></tr>
{% for label, path, sentences, sections in page.documents %}
<tr><td>{{ label }}</td><td>{{ path }}</td><td>{{ sentences }}</td><td>{{ sections }}</td></tr>
{% endfor %}
</table>
{% if page.stances %}
<h4>Stances</h4>
<table class="stances">
{% for policy, path in page.stances %}<tr><td>{{ policy }}</td><td>{{ path }}</td></tr>{% endfor %}
</table>
{% endif %}
<h4>Target paths ({{ page.targets|length }})</h4>
<table class="targets">
<tr><th>metric</th>{% for label in page.labels %}<th>{{ label }}</th>{% endfor %}</tr>
{% for r in page.targets %}
<tr><td>{{ r.metric }}</td>{% for cell in r.cells %}<td title="{{ cell.title if cell else '' }}">{{ cell.text if cell else "—" }}</td>{% endfor %}</tr>
{% endfor %}
</table>
<h4>Follow-through ({{ page.followthrough|length }})</h4>
<table>
<tr><th>metric</th><th>target</th><th>outcome</th><th>result</th><th>rule</th></tr>
{% for f in page.followthrough %}
<tr><td>{{ f.metric }}</td><td>{{ f.target_label }}: {{ f.target }}</td>
<td>{{ f.outcome_label }}: {{ f.outcome or "—" }}</td>
<td class="{{ {'met': 'added', 'missed': 'removed'}.get(f.result, 'muted') }}">{{ f.result }}</td><td>{{ f.rule }}</td></tr>
{% endfor %}
</table>
<h4>Topic timeline</h4>
<table>
<tr><th>term</th>{% for label in page.labels %}<th>{{ label }}</th>{% endfor %}<th>first</th><th>last</th></tr>
{% for t in page.topics %}
<tr><td>{{ t.term }}</td>{% for count, heat in t.counts %}<td>{{ count }}</td>{% endfor %}<td>{{ t.first }}</td><td>{{ t.last }}</td></tr>
{% endfor %}
</table>
<details><summary><strong>Section presence</strong> ({{ page.matrix|length }} sections; ● present ◐ renamed)</summary>
<table>
<tr><th>section</th>{% for label in page.labels %}<th>{{ label }}</th>{% endfor %}</tr>
{% for row in page.matrix %}
<tr><td>{{ row.heading }}</td>{% for cell in row.cells %}<td title="{{ cell.title }}">{{ cell.mark }}</td>{% endfor %}</tr>
{% endfor %}
</table>
</details>
</div>
"""  # noqa: E501


@cache
def _template(source: str) -> Template:
    from diffreport.render.pages import environment

    return environment().from_string(source)


def _rows(items: tuple[Any, ...], show_all: bool) -> list[Any]:
    """The side-by-side rows of a section group, runs of unchanged rows counted, not shown."""
    from diffreport.render.html import Block, Run

    out: list[Any] = []
    for item in items:
        if isinstance(item, Run):
            if show_all:
                out.extend(item.rows)
            else:
                out.append({"hidden": len(item.rows)})
        elif isinstance(item, Block):
            for k in range(max(len(item.old), len(item.new))):
                old = item.old[k] if k < len(item.old) else None
                new = item.new[k] if k < len(item.new) else None
                # a removed and an added sentence side by side: each cell keeps its own status
                out.append(
                    {
                        "old_cls": "removed" if old else "",
                        "new_cls": "added" if new else "",
                        "old_html": old.old_html if old else "",
                        "new_html": new.new_html if new else "",
                    }
                )
        elif item.status == "unchanged" and not show_all:
            out.append({"hidden": 1})
        else:
            out.append(
                {
                    "old_cls": item.status,
                    "new_cls": item.status,
                    "old_html": item.old_html,
                    "new_html": item.new_html,
                }
            )
    return out


def comparison_html(c: Comparison, options: RenderOptions | None = None) -> str:
    """``c`` as an HTML fragment for Jupyter: the summary, then the text in a ``<details>``."""
    from markupsafe import Markup

    from diffreport.render import RenderOptions
    from diffreport.render.html import page

    options = options or RenderOptions()
    view = page(c, options)
    groups = [
        {
            "old_title": g.old_title,
            "new_title": g.new_title,
            "status": g.status,
            "rows": _rows(g.items, options.show_all),
        }
        for g in view.groups
        if options.show_all or g.changes or g.status != "matched"
    ]
    commitments = []
    shown: dict[str, int] = {}
    for title, groups_, count, cls in (
        ("New commitments", view.new_commitments, view.new_commitment_count, "added"),
        ("Dropped commitments", view.dropped_commitments, view.dropped_commitment_count, "removed"),
    ):
        # the first entries visible, the rest behind a click; every entry is in the fragment
        head: list[dict[str, Any]] = []
        tail: list[dict[str, Any]] = []
        left = count if options.show_all else MAX_ENTRIES
        for g in groups_:
            texts = [e.text for e in g.entries]
            if texts[:left]:
                head.append({"section": g.section, "entries": texts[:left]})
            if texts[left:]:
                tail.append({"section": g.section, "entries": texts[max(left, 0) :]})
            left = max(left - len(texts), 0)
        shown[cls] = sum(len(g["entries"]) for g in head)
        commitments.append((title, count, head, tail, cls))
    new, dropped = view.new_topics, view.dropped_topics
    topics = [
        (new[k] if k < len(new) else None, dropped[k] if k < len(dropped) else None)
        for k in range(max(len(new), len(dropped)))
    ]
    return _template(_COMPARISON).render(
        page=view,
        style=Markup(_STYLE),  # our own stylesheet, not report text
        commitments=commitments,
        shown=shown,
        topics=topics,
        groups=groups,
        changed_sections=sum(1 for g in view.groups if g.changes),
    )


def series_html(series: Series, options: RenderOptions | None = None) -> str:
    """``series`` as an HTML fragment for Jupyter: targets, follow-through, topics, sections."""
    from markupsafe import Markup

    from diffreport.render.series_html import page

    return _template(_SERIES).render(page=page(series, options), style=Markup(_STYLE))


def _render_options(options: ConsoleOptions) -> RenderOptions:
    from diffreport.render import RenderOptions

    return RenderOptions(show_all=False, width=options.max_width, color=None)


def comparison_renderables(
    c: Comparison, console: Console, options: ConsoleOptions
) -> Iterator[RenderableType]:
    """The terminal view of ``c`` as rich renderables, in the terminal view's order.

    Like the terminal renderer, it shows report text ``display_safe``: an escape
    sequence in a report (an OSC 8 link, a cursor movement) is shown, not obeyed.
    """
    from rich.rule import Rule
    from rich.text import Text

    from diffreport.render import terminal
    from diffreport.render.common import display_safe

    c = display_safe(c)

    color = console.color_system is not None and not console.no_color
    yield Rule(Text(f"diffreport: {c.old.label} → {c.new.label}", style="bold"))
    for warning in (*c.old.warnings, *c.new.warnings):
        yield Text(f"warning: {warning}", style="bold yellow")
    yield from terminal.comparison_parts(c, _render_options(options), color)


def series_renderables(
    series: Series, console: Console, options: ConsoleOptions
) -> Iterator[RenderableType]:
    """The terminal view of ``series`` as rich renderables, in the terminal view's order.

    Report text is shown ``display_safe``, as by the terminal renderer.
    """
    from diffreport.render import series_terminal
    from diffreport.render.common import display_safe

    yield from series_terminal.series_parts(display_safe(series), show_all=False)
