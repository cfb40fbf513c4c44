"""The ``diffreport.compare/1`` JSON contract (documented in the README)."""

from __future__ import annotations

import json
from typing import Any, TextIO

from diffreport.model import Comparison, Document, LocatedQuantity
from diffreport.render import RenderOptions
from diffreport.render.common import shown_path, shown_warnings
from diffreport.render.highlights import SentenceView, StanceSide, TaskSide, highlights_view

SCHEMA = "diffreport.compare/1"


def _side(doc: Document) -> dict[str, Any]:
    return {
        "path": shown_path(doc.path),
        "label": doc.label,
        "language": doc.language,
        "sentences": len(doc.sentences),
        "sections": len(doc.sections),
        "encoding": doc.encoding,
        "dropped": list(doc.dropped),
        "warnings": list(shown_warnings(doc)),
    }


def _section_name(doc: Document, index: int) -> str:
    heading = doc.sections[index].heading
    return heading if heading is not None else ""


def _sentence(doc: Document, index: int | None) -> dict[str, Any] | None:
    if index is None:
        return None
    s = doc.sentences[index]
    return {"index": s.index, "section": _section_name(doc, s.section), "text": s.text}


def quantity_side(located: LocatedQuantity | None) -> dict[str, Any] | None:
    """A number's side as in the contract: value, high, unit, qualifier, text (+ sentence),
    and what the figure is (form) and for which period (null where not told)."""
    if located is None:
        return None
    q = located.quantity
    return {
        "value": q.value,
        "high": q.high,
        "unit": q.unit,
        "qualifier": q.qualifier,
        "text": q.text,
        "sentence": located.sentence,
        "form": q.form,
        "period": q.period,
    }


def _stance(side: StanceSide | None) -> dict[str, Any] | None:
    return None if side is None else {"index": side.index, "text": side.text, "phrase": side.phrase}


def _task(side: TaskSide | None) -> dict[str, Any] | None:
    return None if side is None else {"position": side.position, "heading": side.heading}


def _plain(side: SentenceView) -> dict[str, Any]:
    return {"index": side.index, "section": side.section, "text": side.text}


def highlights_dict(c: Comparison) -> dict[str, Any]:
    """``comparison.changes.highlights`` as the contract gives it, every list best first."""
    view = highlights_view(c)
    return {
        "stances": [
            {"policy": s.policy, "status": s.status, "old": _stance(s.old), "new": _stance(s.new)}
            for s in view.stances
        ],
        "priorities": [{"old": _task(p.old), "new": _task(p.new)} for p in view.priorities],
        **{
            name: [
                {
                    "index": h.index,
                    "section": h.section,
                    "text": h.text,
                    "status": h.status,
                    "terms": list(h.terms),
                    "score": float(h.score),
                }
                for h in items
            ]
            for name, items in (("new", view.new), ("dropped", view.dropped))
        },
        "changed": [
            {
                "old": _plain(m.old),
                "new": _plain(m.new),
                "removed": list(m.removed),
                "inserted": list(m.inserted),
                "score": float(m.score),
            }
            for m in view.changed
        ],
    }


def to_dict(c: Comparison) -> dict[str, Any]:
    """The comparison as the ``diffreport.compare/1`` structure."""
    old, new = c.old, c.new
    ch = c.changes
    return {
        "schema": SCHEMA,
        "old": _side(old),
        "new": _side(new),
        "counts": c.counts(),
        "sections": [
            {
                "status": p.status,
                "old": None if p.old is None else old.sections[p.old].heading,
                "new": None if p.new is None else new.sections[p.new].heading,
                "similarity": p.similarity,
                "old_index": p.old,
                "new_index": p.new,
                "relation": p.relation,
            }
            for p in c.sections
        ],
        "sentences": [
            {
                "status": p.status,
                "old": _sentence(old, p.old),
                "new": _sentence(new, p.new),
                "similarity": p.similarity,
            }
            for p in c.sentences
        ],
        "numbers": [
            {
                "status": n.status,
                "metric": n.metric,
                "kind": n.kind,
                "old": quantity_side(n.old),
                "new": quantity_side(n.new),
            }
            for n in ch.numbers
        ],
        "commitments": {
            "new": [
                {"text": new.sentences[m.sentence].text, "section": _section_name(new, m.section)}
                for m in ch.new_commitments
            ],
            "dropped": [
                {"text": old.sentences[m.sentence].text, "section": _section_name(old, m.section)}
                for m in ch.dropped_commitments
            ],
        },
        "topics": {
            "new": [
                {"term": t.term, "old_count": t.old_count, "new_count": t.new_count}
                for t in ch.new_topics
            ],
            "dropped": [
                {"term": t.term, "old_count": t.old_count, "new_count": t.new_count}
                for t in ch.dropped_topics
            ],
        },
        "highlights": highlights_dict(c),
    }


def summary_dict(c: Comparison) -> dict[str, Any]:
    """The summary as the same contract: every field, the sentence lists left empty.

    ``"summary": true`` marks it; ``sentences`` and the whole ``commitments``
    lists are empty, and ``omitted`` says how many entries each would hold. The
    header, sections, numbers, topics and highlights are those of ``to_dict``.
    """
    ch = c.changes
    return {
        **to_dict(c),
        "sentences": [],
        "commitments": {"new": [], "dropped": []},
        "summary": True,
        "omitted": {
            "sentences": len(c.sentences),
            "commitments": {"new": len(ch.new_commitments), "dropped": len(ch.dropped_commitments)},
        },
    }


def render(comparison: Comparison, out: TextIO, options: RenderOptions) -> None:
    """Write the comparison as JSON (UTF-8 text, CJK unescaped), one line.

    Compact on purpose: Python's C encoder does not indent, and the indenting
    pure-Python one costs seconds on long reports (pipe through ``jq`` to read).
    With ``options.summary``, the summary (``summary_dict``).
    """
    data = summary_dict(comparison) if options.summary else to_dict(comparison)
    out.write(json.dumps(data, ensure_ascii=False))
    out.write("\n")
