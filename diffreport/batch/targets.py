"""The targets of every comparison of a run: ``targets.csv`` and the index's targets view.

A target's *form* is the ``Quantity.form`` read where the figure was found (level,
growth, change, share, count, ratio); only a quantity without one (none today) gets a
reading from its metric, verb and unit with the word lists of ``lexicon.{zh,en}.targets``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from diffreport.lexicon import en, zh

if TYPE_CHECKING:
    from diffreport.model import NumberChange, Quantity

#: the columns of ``targets.csv``, in order
COLUMNS = ("comparison", "metric", "form", "old", "new", "qualifier", "status")
#: how the index's per-comparison targets cell orders targets: changed first, then removed, added
STATUS_RANK = {"changed": 0, "removed": 1, "added": 2, "unchanged": 3}

_PERCENT = ("%", "％", "个百分点", "percent", "percentage point", "percentage points")


def _has(text: str, words: Iterable[str]) -> bool:
    low = text.lower()
    return any(w.lower() in low for w in words)


def form(q: Quantity) -> str:
    """What kind of figure ``q`` is: its ``form``, else a reading of its name, verb and unit."""
    if q.form is not None:
        return q.form
    name = q.metric
    verb = q.verb or ""
    percent = q.unit in _PERCENT
    if _has(name, (*zh.TARGET_SHARE_WORDS, *en.TARGET_SHARE_WORDS)):
        return "share"
    change_words = (*zh.TARGET_CHANGE_WORDS, *en.TARGET_CHANGE_WORDS)
    if _has(name, ("比上年", "较上年", "同比")) or q.unit == "个百分点":
        return "change"
    if not percent and _has(verb, change_words):
        return "change"
    if percent and _has(f"{name} {verb}", (*zh.TARGET_RATE_WORDS, *en.TARGET_RATE_WORDS)):
        return "growth"
    return "level"


def is_headline(metric: str) -> bool:
    """Whether ``metric`` names the headline output target (GDP, 经济增长, 地区生产总值)."""
    name = metric.strip().lower()
    heads = tuple(w.lower() for w in (*zh.HEADLINE_TARGET_WORDS, *en.HEADLINE_TARGET_WORDS))
    if name.endswith(heads):
        return True
    rates = sorted((*zh.TARGET_RATE_WORDS, *en.TARGET_RATE_WORDS), key=len, reverse=True)
    # 地区生产总值增长, real GDP growth: the figure's name, then its rate; the name must end in
    # it (单位国内生产总值能耗 and 物流费用与生产总值的比率 are other figures)
    rate = next((w for w in rates if name.endswith(w)), None)
    return rate is not None and name[: -len(rate)].rstrip().endswith(heads)


def target_record(n: NumberChange) -> dict[str, Any]:
    """The small record of one target a worker sends back: no sentence text."""
    located = n.new or n.old
    q = located.quantity if located is not None else None
    return {
        "metric": n.metric,
        "form": form(q) if q is not None else "level",
        "status": n.status,
        "old": n.old.quantity.text if n.old else None,
        "new": n.new.quantity.text if n.new else None,
        "qualifier": q.qualifier if q is not None else None,
    }


def rows(comparisons: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Every target of every comparison: config order, then the comparison's target order."""
    out = []
    for c in comparisons:
        for t in c.get("all_targets") or ():
            out.append({"comparison": c["name"], **t})
    return out


def headline_first(table: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """``table`` with the headline (GDP-like) targets first, each part in its own order."""
    return sorted(table, key=lambda r: not is_headline(r["metric"]))


def by_importance(targets: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """A comparison's changed targets: changed, removed, added; GDP-like first in each."""
    return sorted(
        targets,
        key=lambda t: (
            STATUS_RANK.get(t["status"], len(STATUS_RANK)),
            not is_headline(t["metric"]),
        ),
    )


def targets_csv(comparisons: Sequence[Mapping[str, Any]]) -> str:
    """``targets.csv``: UTF-8 with a BOM (so Excel reads Chinese), one row per target."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in rows(comparisons):
        writer.writerow(["" if r.get(k) is None else r[k] for k in COLUMNS])
    return buffer.getvalue()
