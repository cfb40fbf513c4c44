"""Targets of pairs nobody tuned on, labelled by hand: the targets table must get them right.

``tests/data/targets-zh.json`` holds the targets of the State Council 2025→2026 (Chinese)
and of Yunnan, Hunan, Anhui and Shandong 2025→2026, read off the texts by hand (the
主要预期目标 paragraph, the State Council's fiscal paragraph and plan-part standards),
never copied from diffreport's output. Each label gives the old and the new figure
(value with multipliers applied, upper bound of a range, unit, qualifier) and whether
the target changed, stayed, was added or was removed.

A label is found when a reported target of its pair has the label's status, the same
old and new figures, and a metric name that names the same quantity (the label's name
and the reported one share their core, see :func:`_names_agree`).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from diffreport import load
from diffreport.analyze.numbers import compare_quantities, metric_key
from diffreport.model import LocatedQuantity, NumberChange

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
LABELS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "targets-zh.json").read_text(encoding="utf-8")
)["labels"]

# words that say how a figure is stated, not what it measures: a label names the
# quantity with them (地区生产总值增长), a report may not (地区生产总值 with verb 增长)
_FORM_WORDS = ("比上年增加", "增长", "涨幅", "上涨", "提高", "降低", "增加")


@cache
def _changes(old: str, new: str) -> tuple[NumberChange, ...]:
    return compare_quantities(load(CORPUS / old), load(CORPUS / new))


def _core(name: str) -> str:
    key = metric_key(name)
    for word in _FORM_WORDS:
        if key.endswith(word) and len(key) > len(word) + 1:
            key = key[: -len(word)]
    return key


def _names_agree(label: str, reported: str) -> bool:
    """The label's core name is in the reported name, or the reverse (a report may
    add a horizon in brackets or a qualifier word, or drop a modifier)."""
    a, b = _core(label), _core(reported.split("（")[0])
    return bool(a) and bool(b) and (a in b or b in a)


def _figure_is(side: LocatedQuantity | None, expected: Mapping[str, Any] | None) -> bool:
    if side is None or expected is None:
        return side is None and expected is None
    q = side.quantity

    def close(x: float | None, y: float | None) -> bool:
        return (x is None and y is None) or (
            x is not None and y is not None and math.isclose(x, y, rel_tol=1e-9)
        )

    return (
        close(q.value, expected["value"])
        and close(q.high, expected["high"])
        and q.unit == expected["unit"]
        and q.qualifier == expected["qualifier"]
    )


def _found(label: Mapping[str, Any]) -> bool:
    return any(
        c.kind == "target"
        and c.status == label["status"]
        and _figure_is(c.old, label["old"])
        and _figure_is(c.new, label["new"])
        and _names_agree(label["metric"], c.metric)
        for c in _changes(*label["pair"])
    )


def _reported_changed(label: Mapping[str, Any]) -> list[NumberChange]:
    """Reported changed targets that state one side of ``label``'s figure under its name."""
    return [
        c
        for c in _changes(*label["pair"])
        if c.kind == "target"
        and c.status == "changed"
        and _names_agree(label["metric"], c.metric)
        and (_figure_is(c.old, label["old"]) or _figure_is(c.new, label["new"]))
    ]


def score(status: str) -> tuple[int, int, list[str]]:
    """(found, labelled, the metrics missed) over the labels of ``status``."""
    chosen = [label for label in LABELS if label["status"] == status]
    missed = [f"{label['pair'][0]} {label['metric']}" for label in chosen if not _found(label)]
    return len(chosen) - len(missed), len(chosen), missed


def test_the_labels_are_of_real_pairs_and_cover_each_status() -> None:
    assert {label["status"] for label in LABELS} == {"changed", "unchanged", "added", "removed"}
    for label in LABELS:
        for relative in label["pair"]:
            assert (CORPUS / relative).is_file(), relative
    assert len({tuple(label["pair"]) for label in LABELS}) >= 5


@pytest.mark.parametrize("status", ["changed", "unchanged"])
def test_labelled_targets_are_reported_with_their_values_and_qualifiers(status: str) -> None:
    found, labelled, missed = score(status)
    assert labelled >= 15
    assert found / labelled >= 0.95, missed


def test_no_labelled_unchanged_target_is_reported_changed() -> None:
    false_changes = [
        (label["metric"], c.metric, c.old and c.old.quantity.text, c.new and c.new.quantity.text)
        for label in LABELS
        if label["status"] == "unchanged"
        for c in _reported_changed(label)
    ]
    assert false_changes == []


def test_most_labelled_added_and_removed_targets_are_reported() -> None:
    # a dropped target must not be paired with a figure of another form (a growth rate
    # of 产业投资 with its share): it shows as removed, and the new one as added
    found = sum(_found(label) for label in LABELS if label["status"] in ("added", "removed"))
    labelled = sum(1 for label in LABELS if label["status"] in ("added", "removed"))
    assert found / labelled >= 0.75
