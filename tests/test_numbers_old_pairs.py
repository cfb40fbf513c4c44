"""Targets of old State Council pairs nobody tuned on (2006→2007, 2008→2009, 2010→2011,
2012→2013).

``tests/data/targets-zh-old.json`` holds their targets, read off the texts before the number
code was changed for them (its ``about`` and ``left_out`` say how). Scoring is the one of
``test_numbers_heldout``: a label is found when a reported target of its pair has the label's
status, the same figures and a name for the same quantity (either edition's name).

Measured when the labels were made (wt/oldnums 9d56643, untuned): see the commit message of
the labels' measurement; the bars below are what the tool reaches after the fixes of this
branch, each fix with a test on real text in ``test_numbers_labelled`` or below.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .conftest import corpus
from .test_numbers_labelled import _changes, _figure_is, _names_agree

LABELS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "targets-zh-old.json").read_text(encoding="utf-8")
)["labels"]


def _found(label: Mapping[str, Any]) -> bool:
    return any(
        c.kind == "target"
        and c.status == label["status"]
        and _figure_is(c.old, label["old"])
        and _figure_is(c.new, label["new"])
        and any(
            _names_agree(label["metric"], name)
            for name in (c.metric, *(side.quantity.metric for side in (c.old, c.new) if side))
        )
        for c in _changes(*label["pair"])
    )


def score(statuses: tuple[str, ...]) -> tuple[int, int, list[str]]:
    chosen = [label for label in LABELS if label["status"] in statuses]
    missed = [f"{label['pair'][0]} {label['metric']}" for label in chosen if not _found(label)]
    return len(chosen) - len(missed), len(chosen), missed


def false_changes() -> list[tuple[str, str, str | None, str | None]]:
    return [
        (label["metric"], c.metric, c.old and c.old.quantity.text, c.new and c.new.quantity.text)
        for label in LABELS
        if label["status"] == "unchanged"
        for c in _changes(*label["pair"])
        if c.kind == "target"
        and c.status == "changed"
        and _names_agree(label["metric"], c.metric)
        and (_figure_is(c.old, label["old"]) or _figure_is(c.new, label["new"]))
    ]


def test_the_labels_are_of_four_old_pairs_and_cover_each_status() -> None:
    assert {label["status"] for label in LABELS} == {"changed", "unchanged", "added", "removed"}
    pairs = {tuple(label["pair"]) for label in LABELS}
    assert len(pairs) == 4
    for pair in pairs:
        for relative in pair:
            corpus(relative)
