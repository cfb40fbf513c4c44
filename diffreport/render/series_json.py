"""The ``diffreport.series/1`` JSON contract (documented in the README)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from diffreport.model import FollowThrough, NumberPath, Series
from diffreport.render import RenderOptions
from diffreport.render.common import shown_path, shown_warnings
from diffreport.render.json import highlights_dict, quantity_side

SCHEMA = "diffreport.series/1"


def to_dict(series: Series) -> dict[str, Any]:
    """The series as the ``diffreport.series/1`` structure.

    Beyond the contract: per document its year, language and size; per section
    chain its presence statuses; per number path its unit and form (level,
    growth, change, share: one of each per path); per follow-through row the
    rule that decided ``met`` and the verdict (exceeded, met, missed, not
    reported); and the counts and highlights of each
    consecutive comparison. ``stances`` gives each policy's stance phrase per
    document (null where a document states none).
    """
    docs = series.documents
    # a series built by hand may not carry its years
    years = series.years or (None,) * len(docs)
    labels = [d.label for d in docs]
    return {
        "schema": SCHEMA,
        "documents": [
            {
                "path": shown_path(d.path),
                "label": d.label,
                "year": year,
                "language": d.language,
                "sentences": len(d.sentences),
                "sections": len(d.sections),
                "warnings": list(shown_warnings(d)),
            }
            for d, year in zip(docs, years, strict=True)
        ],
        "sections": [
            {
                "key": chain.key,
                "headings": list(chain.headings),
                "status": list(chain.statuses),
                "level": chain.level,
            }
            for chain in series.sections
        ],
        "numbers": [_path(path) for path in series.numbers],
        "topics": [
            {
                "term": t.term,
                "counts": list(t.counts),
                "first": labels[t.first],
                "last": labels[t.last],
            }
            for t in series.topics
        ],
        "followthrough": [_follow(f, labels) for f in series.followthrough],
        "stances": [{"policy": p.policy, "phrases": list(p.phrases)} for p in series.stances],
        "comparisons": [
            {
                "old": c.old.label,
                "new": c.new.label,
                "counts": c.counts(),
                "highlights": highlights_dict(c),
            }
            for c in series.comparisons
        ],
    }


def _path(path: NumberPath) -> dict[str, Any]:
    return {
        "metric": path.metric,
        "kind": path.kind,
        "unit": path.unit,
        "form": path.form,
        "values": [quantity_side(v) for v in path.values],
    }


def _follow(f: FollowThrough, labels: Sequence[str]) -> dict[str, Any]:
    return {
        "metric": f.metric,
        "target_label": labels[f.target_doc],
        "target": quantity_side(f.target),
        "outcome_label": labels[f.outcome_doc],
        "outcome": quantity_side(f.outcome),
        "met": f.met,
        "rule": f.rule,
        "verdict": verdict_of(f),
    }


def path_label(path: NumberPath) -> str:
    """A path's metric as a table shows it: a change over last year says so, since its
    values (``30元``) read like levels without their verb."""
    return f"{path.metric} (change)" if path.form == "change" else path.metric


def verdict_of(f: FollowThrough) -> str:
    """The row's verdict; on a row built by hand without one, read from ``met``."""
    if f.verdict is not None:
        return f.verdict
    return {True: "met", False: "missed", None: "not reported"}[f.met]


def render(series: Series, out: TextIO, options: RenderOptions) -> None:
    """Write the series as indented JSON (UTF-8 text, CJK unescaped)."""
    json.dump(to_dict(series), out, ensure_ascii=False, indent=2)
    out.write("\n")
