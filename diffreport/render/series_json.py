"""The ``diffreport.series/1`` JSON contract (documented in the README)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from diffreport.model import Series
from diffreport.render import RenderOptions
from diffreport.render.common import shown_path, shown_warnings
from diffreport.render.json import highlights_dict, quantity_side

SCHEMA = "diffreport.series/1"


def to_dict(series: Series) -> dict[str, Any]:
    """The series as the ``diffreport.series/1`` structure.

    Beyond the contract: per document its year, language and size; per section
    chain its presence statuses; per number path its unit; per follow-through
    row the rule that decided ``met``; and the counts and highlights of each
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
        "numbers": [
            {
                "metric": path.metric,
                "kind": path.kind,
                "unit": path.unit,
                "values": [quantity_side(v) for v in path.values],
            }
            for path in series.numbers
        ],
        "topics": [
            {
                "term": t.term,
                "counts": list(t.counts),
                "first": labels[t.first],
                "last": labels[t.last],
            }
            for t in series.topics
        ],
        "followthrough": [
            {
                "metric": f.metric,
                "target_label": labels[f.target_doc],
                "target": quantity_side(f.target),
                "outcome_label": labels[f.outcome_doc],
                "outcome": quantity_side(f.outcome),
                "met": f.met,
                "rule": f.rule,
            }
            for f in series.followthrough
        ],
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


def render(series: Series, out: TextIO, options: RenderOptions) -> None:
    """Write the series as indented JSON (UTF-8 text, CJK unescaped)."""
    json.dump(to_dict(series), out, ensure_ascii=False, indent=2)
    out.write("\n")
