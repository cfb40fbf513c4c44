"""The series page: one self-contained HTML file (inline CSS, no script, no network).

Shows the target paths as a table with a small inline SVG line chart per metric,
the follow-through table, the section matrix and the topic timeline. The Jinja2
environment autoescapes and report text is never marked safe; the charts are
built from numbers only. A Content-Security-Policy allows no network and only
the page's own stylesheet (by hash).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TextIO

from markupsafe import Markup

from diffreport import __version__
from diffreport.model import LocatedQuantity, NumberPath, Series
from diffreport.render import RenderOptions
from diffreport.render.common import shown_path
from diffreport.render.highlights import stance_path_text
from diffreport.render.pages import csp_hash, environment
from diffreport.render.series_json import path_label, verdict_of
from diffreport.render.values import display_value, plotted_value

if TYPE_CHECKING:
    pass

CHART_WIDTH = 132
CHART_HEIGHT = 34
_PAD = 4
#: the badge class of each verdict (not reported shares the class of the unknown)
_BADGE = {"exceeded": "exceeded", "met": "met", "missed": "missed", "not reported": "unknown"}


@dataclass(frozen=True)
class Cell:
    """One value of a path: what is shown and the full phrase with its sentence."""

    text: str
    title: str


@dataclass(frozen=True)
class Chart:
    """A line chart in SVG coordinates: the polyline and one dot per edition with a value."""

    points: str
    dots: tuple[tuple[float, float, str], ...]  # x, y, tooltip (a value: text from the report)


@dataclass(frozen=True)
class PathRow:
    """A number path as the table shows it."""

    metric: str
    kind: str
    unit: str
    present: int
    cells: tuple[Cell | None, ...]
    chart: Chart | None


@dataclass(frozen=True)
class FollowRow:
    """A target against its outcome."""

    metric: str
    target_label: str
    target: str
    outcome_label: str
    outcome: str | None
    result: str
    rule: str
    badge: str = "unknown"


@dataclass(frozen=True)
class MatrixCell:
    """One chain in one edition."""

    status: str
    mark: str
    title: str


@dataclass(frozen=True)
class MatrixRow:
    """One section chain across the editions."""

    heading: str
    level: int
    cells: tuple[MatrixCell, ...]


@dataclass(frozen=True)
class TopicRow:
    """One term across the editions, each count with a heat level 0..4."""

    term: str
    counts: tuple[tuple[int, int], ...]
    first: str
    last: str


@dataclass(frozen=True)
class SeriesPage:
    """Everything the template needs."""

    lang: str
    labels: tuple[str, ...]
    documents: tuple[tuple[str, str, int, int], ...]
    targets: tuple[PathRow, ...]
    single_targets: tuple[PathRow, ...]
    actuals: tuple[PathRow, ...]
    followthrough: tuple[FollowRow, ...]
    unknown: tuple[FollowRow, ...]
    counts: dict[str, int]
    matrix: tuple[MatrixRow, ...]
    topics: tuple[TopicRow, ...]
    version: str = __version__
    chart_width: int = CHART_WIDTH
    chart_height: int = CHART_HEIGHT
    #: each policy's stance path in one line (``稳健 ×14 → 适度宽松``)
    stances: tuple[tuple[str, str], ...] = ()


def _sentence(series: Series, doc: int, lq: LocatedQuantity) -> str:
    return series.documents[doc].sentences[lq.sentence].text


def chart(values: tuple[LocatedQuantity | None, ...]) -> Chart | None:
    """The path as an SVG polyline (x per edition, y scaled to the values), or None under two."""
    points = [(i, plotted_value(v.quantity), v.quantity.text) for i, v in enumerate(values) if v]
    if len(points) < 2:
        return None
    low = min(p[1] for p in points)
    high = max(p[1] for p in points)
    span = high - low
    steps = max(len(values) - 1, 1)
    inner_w = CHART_WIDTH - 2 * _PAD
    inner_h = CHART_HEIGHT - 2 * _PAD
    dots = []
    for i, value, text in points:
        x = _PAD + inner_w * i / steps
        y = _PAD + inner_h * (0.5 if span == 0 else (high - value) / span)
        dots.append((round(x, 1), round(y, 1), text))
    return Chart(points=" ".join(f"{x},{y}" for x, y, _ in dots), dots=tuple(dots))


def _path_row(series: Series, path: NumberPath) -> PathRow:
    cells = tuple(
        None
        if v is None
        else Cell(display_value(v.quantity), f"{v.quantity.text} — {_sentence(series, i, v)}")
        for i, v in enumerate(path.values)
    )
    return PathRow(
        metric=path_label(path),
        kind=path.kind,
        unit=path.unit,
        present=sum(v is not None for v in path.values),
        cells=cells,
        chart=chart(path.values),
    )


def _heat(count: int, peak: int) -> int:
    if count <= 0 or peak <= 0:
        return 0
    return max(1, min(4, round(4 * count / peak)))


def page(series: Series, options: RenderOptions | None = None) -> SeriesPage:
    """The view model of the series page."""
    labels = series.labels
    rows = [_path_row(series, p) for p in series.numbers]
    follow: list[FollowRow] = []
    unknown: list[FollowRow] = []
    counts = {"exceeded": 0, "met": 0, "missed": 0, "not reported": 0}
    for f in series.followthrough:
        verdict = verdict_of(f)
        row = FollowRow(
            metric=f.metric,
            target_label=labels[f.target_doc],
            target=f.target.quantity.text,
            outcome_label=labels[f.outcome_doc],
            outcome=None if f.outcome is None else f.outcome.quantity.text,
            result=verdict,
            rule=f.rule,
            badge=_BADGE[verdict],
        )
        counts[row.result] += 1
        (follow if f.outcome is not None else unknown).append(row)
    matrix = []
    for chain in series.sections:
        last = next(h for h in reversed(chain.headings) if h is not None)
        cells = tuple(
            MatrixCell(
                status=status,
                mark={"present": "●", "renamed": "◐", "absent": ""}[status],
                title=f"{labels[i]}: {heading}" if heading is not None else f"{labels[i]}: absent",
            )
            for i, (status, heading) in enumerate(zip(chain.statuses, chain.headings, strict=True))
        )
        matrix.append(MatrixRow(last, min(chain.level, 4), cells))
    topics = []
    for t in series.topics:
        peak = max(t.counts)
        topics.append(
            TopicRow(
                t.term,
                tuple((c, _heat(c, peak)) for c in t.counts),
                labels[t.first],
                labels[t.last],
            )
        )
    language = series.documents[-1].language if series.documents else "en"
    return SeriesPage(
        lang="zh-Hans" if language == "zh" else "en",
        labels=labels,
        documents=tuple(
            (d.label, shown_path(d.path), len(d.sentences), len(d.sections))
            for d in series.documents
        ),
        targets=tuple(r for r in rows if r.kind == "target" and r.present >= 2),
        single_targets=tuple(r for r in rows if r.kind == "target" and r.present < 2),
        actuals=tuple(r for r in rows if r.kind == "actual" and r.present >= 2),
        followthrough=tuple(follow),
        unknown=tuple(unknown),
        counts=counts,
        matrix=tuple(matrix),
        topics=tuple(topics),
        stances=tuple((p.policy, stance_path_text(p)) for p in series.stances),
    )


@cache
def _css() -> str:
    from importlib import resources

    return (
        resources.files("diffreport.render").joinpath("templates", "series.css").read_text("utf-8")
    )


def to_html(series: Series, options: RenderOptions | None = None) -> str:
    """The whole series page as one HTML document (a string)."""
    css = _css()
    template = environment().get_template("series.html.j2")
    return template.render(
        page=page(series, options),
        css=Markup(css),  # our own static stylesheet, not report text
        style_hash=csp_hash(css),
    )


def render(series: Series, out: TextIO, options: RenderOptions) -> None:
    """Write the series page to ``out``."""
    out.write(to_html(series, options))
