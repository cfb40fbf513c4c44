"""``summary.json`` and ``index.html``: every comparison and series of a run, in config order."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from diffreport import __version__
from diffreport.batch.config import BatchConfig
from diffreport.batch.targets import by_importance, headline_first, is_headline
from diffreport.batch.targets import rows as target_rows
from diffreport.batch.units import Unit, UnitResult, unit_id
from diffreport.batch.worker import base_record
from diffreport.render import FORMATS
from diffreport.render.common import shown_path

SCHEMA = "diffreport.batch/1"


def build_summary(
    cfg: BatchConfig,
    units: Sequence[Unit],
    results: Mapping[str, UnitResult],
    executor: str,
    skipped: int,
) -> dict[str, Any]:
    """``summary.json``: comparisons and series in config order, then run metadata (``run``)."""
    comparisons: list[dict[str, Any]] = []
    series: list[dict[str, Any]] = []
    for u in units:
        r = results.get(unit_id(u))
        if r is None:  # no result came back (cannot happen unless the run was cut short)
            record = base_record(u)
            record.update(status="error", error="not run")
        else:
            record = dict(r.record)
        _share_paths(record)
        if u.kind == "series":
            record["comparisons"] = [
                v.name for v in units if v.kind == "compare" and v.series == u.name
            ]
            series.append(record)
        else:
            comparisons.append(record)
    return {
        "schema": SCHEMA,
        "comparisons": comparisons,
        "series": series,
        "run": {
            "config": shown_path(cfg.path),
            "executor": executor,
            "jobs": cfg.jobs,
            "formats": list(cfg.formats),
            "units": len(units),
            "skipped": skipped,
            "failed": sum(1 for c in (*comparisons, *series) if c["status"] != "ok"),
            "diffreport": __version__,
            # wall and CPU seconds each unit took in its worker this run (0 when reused)
            "unit_seconds": {
                unit_id(u): [
                    round(results[unit_id(u)].seconds, 3),
                    round(results[unit_id(u)].cpu_seconds, 3),
                ]
                for u in units
                if unit_id(u) in results
            },
        },
    }


def _share_paths(record: dict[str, Any]) -> None:
    """The record's input paths as shared output shows them: never an absolute local path.

    The manifest keeps each path as the config gave it (absolute ones too); the
    summary and index show it as every report does (``shown_path``).
    """
    for side in ("old", "new"):
        if isinstance(record.get(side), str):
            record[side] = shown_path(record[side])
    if "documents" in record:
        record["documents"] = [{**d, "path": shown_path(d["path"])} for d in record["documents"]]


def _link(outputs: Mapping[str, str]) -> str | None:
    """The output a row links to: the one whose format ranks first for the index."""
    linked = sorted((f for f in outputs if f in FORMATS), key=lambda f: FORMATS[f].index_rank)
    return outputs[linked[0]] if linked else None


def render_index(summary: Mapping[str, Any], cfg: BatchConfig | None = None) -> str:
    """``index.html``: sortable tables of every comparison, series and target (inline CSS/JS).

    The targets table lists every target of every comparison, the headline
    (GDP-like) ones first; each comparison's changed-targets cell leads with the
    changed targets, then the removed, then the added.

    Every value from the config or the reports is autoescaped; links are the
    relative output paths from the summary. The page's Content-Security-Policy
    allows no network and only its own style and script (by hash).
    """
    from importlib import resources

    from markupsafe import Markup

    from diffreport.render.pages import csp_hash, environment

    env = environment()
    templates = resources.files("diffreport.render").joinpath("templates")
    base_css = templates.joinpath("report.css").read_text("utf-8")
    series_link = {s["name"]: _link(s["outputs"]) for s in summary["series"]}
    rows = [
        {
            **c,
            "href": _link(c["outputs"]),
            "series_href": series_link.get(c["series"]) if c.get("series") else None,
            "others": sorted(c["outputs"].items()),
            "targets": by_importance(c["targets"]),
        }
        for c in summary["comparisons"]
    ]
    targets = [
        {**t, "headline": is_headline(t["metric"])}
        for t in headline_first(target_rows(summary["comparisons"]))
    ]
    series = [
        {**s, "href": _link(s["outputs"]), "others": sorted(s["outputs"].items())}
        for s in summary["series"]
    ]
    ok = sum(1 for c in summary["comparisons"] if c["status"] == "ok")
    return env.get_template("batch_index.html.j2").render(
        title=Path(cfg.path).name if cfg else "batch",
        rows=rows,
        series=series,
        targets=targets,
        ok=ok,
        failed=len(rows) - ok,
        statuses=("unchanged", "modified", "moved", "added", "removed"),
        version=__version__,
        # our own static stylesheet, not report text: safe to embed as it is
        base_css=Markup(base_css),
        base_css_hash=csp_hash(base_css),
    )
