"""Golden cases: the bundled samples' edits, listed by hand in samples/edits.json.

Each pair of consecutive editions comes with what a reader must be told: the
section pairs, the main targets (changed and unchanged), and every moved,
modified, removed and added sentence. A glob over the file turns each pair into
one parametrized test per aspect.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

import diffreport
from diffreport.model import Comparison
from diffreport.normalize import fold

from .conftest import SAMPLES

CASES: list[dict[str, Any]] = json.loads((SAMPLES / "edits.json").read_text(encoding="utf-8"))[
    "pairs"
]
IDS = [f"{c['old']}->{c['new']}" for c in CASES]


@cache
def compared(old: str, new: str) -> Comparison:
    return diffreport.compare(SAMPLES / old, SAMPLES / new)


def _key(text: str, c: Comparison) -> str:
    return fold(text, c.new.language)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_every_sentence_once(case: dict[str, Any]) -> None:
    c = compared(case["old"], case["new"])
    olds = sorted(p.old for p in c.sentences if p.old is not None)
    news = sorted(p.new for p in c.sentences if p.new is not None)
    assert olds == list(range(len(c.old.sentences)))
    assert news == list(range(len(c.new.sentences)))


@pytest.mark.parametrize("case", [c for c in CASES if "sections" in c], ids=lambda c: c["new"])
def test_sections(case: dict[str, Any]) -> None:
    c = compared(case["old"], case["new"])
    got = {
        (
            None if p.old is None else c.old.sections[p.old].heading,
            None if p.new is None else c.new.sections[p.new].heading,
        ): p.status
        for p in c.sections
    }
    relation = {
        (
            None if p.old is None else c.old.sections[p.old].heading,
            None if p.new is None else c.new.sections[p.new].heading,
        ): p.relation
        for p in c.sections
    }
    expected_moved = [(e["old"], e["new"]) for e in case["sections"] if e["status"] == "moved"]
    for expected in case["sections"]:
        pair = (expected["old"], expected["new"])
        if expected["status"] == "added" and pair not in got:
            # a section split off an old one pairs with its origin: also right
            split = [k for k, r in relation.items() if k[1] == expected["new"] and r == "split"]
            assert split, f"section pair missing: {pair}"
            continue
        assert pair in got, f"section pair missing: {pair}"
        # a renamed section that also moved reports "moved"; of two swapped
        # neighbours, one is out of order and the other may keep its place
        allowed = {expected["status"]}
        if expected["status"] == "renamed":
            allowed.add("moved")
        if expected["status"] == "moved" and any(got.get(m) == "moved" for m in expected_moved):
            allowed |= {"matched", "renamed"}
        assert got[pair] in allowed, (pair, got[pair])


@pytest.mark.parametrize("case", [c for c in CASES if "main_targets" in c], ids=lambda c: c["new"])
def test_main_targets(case: dict[str, Any]) -> None:
    c = compared(case["old"], case["new"])
    targets = [n for n in c.changes.numbers if n.kind == "target"]
    for expected in case["main_targets"]:
        candidates = [
            n
            for n in targets
            if n.metric and (n.metric in expected["metric"] or expected["metric"] in n.metric)
        ]
        assert candidates, f"no target for {expected['metric']}"
        found = [
            n
            for n in candidates
            if (n.old is None or n.old.quantity.text.endswith(expected["old"] or "∅"))
            and (n.new is None or n.new.quantity.text.endswith(expected["new"] or "∅"))
        ]
        assert found, (expected, [(n.metric, n.old, n.new) for n in candidates])
        assert found[0].status == expected["status"], (expected, found[0])


@pytest.mark.parametrize("case", [c for c in CASES if "policy_rate" in c], ids=lambda c: c["new"])
def test_policy_rate(case: dict[str, Any]) -> None:
    c = compared(case["old"], case["new"])
    expected = case["policy_rate"]
    rates = [n for n in c.changes.numbers if "rate" in n.metric and n.kind == "target"]
    assert rates, [n.metric for n in c.changes.numbers]
    rate = rates[0]
    assert rate.status == expected["status"]
    for side in ("old", "new"):
        got = getattr(rate, side).quantity
        assert (got.value, got.high, got.unit) == (
            expected[side]["value"],
            expected[side]["high"],
            expected[side]["unit"],
        )


def _statuses(c: Comparison) -> tuple[dict[str, str], dict[str, str], dict[tuple[str, str], str]]:
    added = {c.new.sentences[p.new].key: p.status for p in c.sentences if p.new is not None}
    removed = {c.old.sentences[p.old].key: p.status for p in c.sentences if p.old is not None}
    pairs = {
        (c.old.sentences[p.old].key, c.new.sentences[p.new].key): p.status
        for p in c.sentences
        if p.old is not None and p.new is not None
    }
    return added, removed, pairs


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_added_and_removed_sentences(case: dict[str, Any]) -> None:
    c = compared(case["old"], case["new"])
    new_status, old_status, _ = _statuses(c)
    for item in case["sentences"]["added"]:
        assert new_status[_key(item["text"], c)] == "added", item["text"]
    for item in case["sentences"]["removed"]:
        assert old_status[_key(item["text"], c)] == "removed", item["text"]
    # the samples' lists count sentences of the text, not headings (a new
    # section's heading is an added sentence here too)
    added = [p for p in c.sentences if p.status == "added" and not c.new.sentences[p.new].heading]
    removed = [
        p for p in c.sentences if p.status == "removed" and not c.old.sentences[p.old].heading
    ]
    assert len(added) == len(case["sentences"]["added"])
    assert len(removed) == len(case["sentences"]["removed"])


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_modified_and_moved_sentences(case: dict[str, Any]) -> None:
    c = compared(case["old"], case["new"])
    _, _, pairs = _statuses(c)
    for item in case["sentences"]["modified"]:
        pair = (_key(item["old"], c), _key(item["new"], c))
        assert pair in pairs, f"not paired: {item['old']} -> {item['new']}"
        assert pairs[pair] in ("modified", "moved")
    for item in case["sentences"]["moved"]:
        key = _key(item["text"], c)
        assert pairs.get((key, key)) == "moved", item["text"]
    assert c.counts()["unchanged"] >= case["sentences"]["unchanged"] - 1
