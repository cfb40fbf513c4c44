"""Targets of pairs nobody tuned on, labelled by hand: the targets table must get them right.

``tests/data/targets-zh.json`` holds the targets of the State Council 2025→2026 (Chinese)
and of Yunnan, Hunan, Anhui, Shandong, Hebei and Heilongjiang 2025→2026, read off the
texts by hand (the 主要预期目标 paragraph, the State Council's fiscal paragraph and
plan-part standards, a few counted and measured plan items), never copied from
diffreport's output. Each label gives the old and the new figure
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
from rapidfuzz import fuzz

from diffreport import compare, load
from diffreport.analyze.numbers import metric_key
from diffreport.model import LocatedQuantity, NumberChange

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
LABELS: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "data" / "targets-zh.json").read_text(encoding="utf-8")
)["labels"]

# words that say how a figure is stated, not what it measures: a label names the
# quantity with them (地区生产总值增长), a report may not (地区生产总值 with verb 增长)
_NAME_RATIO = 85  # two names this alike name one quantity (月最低标准 and 最低标准)
_FORM_WORDS = ("比上年增加", "增长", "涨幅", "上涨", "提高", "降低", "增加")


@cache
def _changes(old: str, new: str) -> tuple[NumberChange, ...]:
    """The number changes of the whole comparison, as a reader gets them (sentences
    aligned first, then figures paired)."""
    return compare(CORPUS / old, CORPUS / new).changes.numbers


def _core(name: str) -> str:
    key = metric_key(name)
    for word in _FORM_WORDS:
        if key.endswith(word) and len(key) > len(word) + 1:
            key = key[: -len(word)]
    return key


def _names_agree(label: str, reported: str) -> bool:
    """The label's core name is in the reported name, or the reverse (a report may
    add a horizon in brackets or a qualifier word, or drop a modifier), or the two
    differ by a character or two."""
    a, b = _core(label), _core(reported.split("（")[0])
    return bool(a) and bool(b) and (a in b or b in a or fuzz.ratio(a, b) >= _NAME_RATIO)


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
    assert len({tuple(label["pair"]) for label in LABELS}) >= 7


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


# --------------------------------------------------------------------------- issue 18 defects


def _targets(place: str) -> list[tuple[str, str, str | None, str | None]]:
    """A province's 2025→2026 target entries: (status, metric, old text, new text)."""
    pair = (f"cn-provinces/{place}/2025.txt", f"cn-provinces/{place}/2026.txt")
    return [
        (
            c.status,
            c.metric,
            c.old.quantity.text if c.old else None,
            c.new.quantity.text if c.new else None,
        )
        for c in _changes(*pair)
        if c.kind == "target"
    ]


def test_a_reviews_figures_are_outcomes_not_targets() -> None:
    # Zhejiang 2026 reviews 2025: 安排省级财政资金1042.8亿元, 争取中央预算内投资237亿元;
    # the 2025 target 1042.8 goes to the 2026 target 1053.8
    found = _targets("zhejiang")
    assert ("changed", "省级财政资金", "1042.8亿元", "1053.8亿元") in found
    assert not [e for e in found if e[1] == "中央预算内投资" and e[0] == "changed"]
    # Sichuan: the 2025 targets go to the 2026 targets, not to the 2026 review's results
    # (新开工改造城镇老旧小区4402个), and 人均预期寿命78.8岁 is an outcome
    sichuan = _targets("sichuan")
    assert ("changed", "老旧小区", "4000个以上", "实施3000个") in sichuan
    assert not [e for e in sichuan if e[1] == "人均预期寿命"]


def test_a_growth_rate_never_pairs_with_a_share() -> None:
    # Yunnan: 产业投资增长7%左右 (2025's targets) and 产业投资占比保持在50%以上 (2026's);
    # 2025 states the share among its tasks too (三、2025年重点任务, a plan part since its
    # heading follows 二、2025年总体要求): the share is unchanged, the growth removed
    found = _targets("yunnan")
    assert ("removed", "产业投资", "增长7%左右", None) in found
    assert [e for e in found if e[1] == "产业投资占比"] == [
        ("unchanged", "产业投资占比", "保持在50%以上", "保持在50%以上")
    ]
    # Zhejiang: 战略性新兴产业增加值增长7.5% and …占规上工业比重达到35%左右
    zhejiang = _targets("zhejiang")
    assert not [e for e in zhejiang if e[0] == "changed" and e[2] == "增长7.5%"]


def test_the_growth_of_the_economy_is_one_quantity_under_several_names() -> None:
    # Guangxi 2025: 地区生产总值增长5%左右; 2026: 经济增长5%左右
    found = _targets("guangxi")
    assert ("unchanged", "增长5%左右", "增长5%左右") in [(e[0], e[2], e[3]) for e in found]
    assert not [e for e in found if e[0] in ("added", "removed") and e[1] == "经济增长"]


@pytest.mark.parametrize(
    ("sentence", "value", "unit", "form"),
    [
        ("为经营主体减负2500亿元以上。", 2.5e11, "元", "level"),  # 减负 is no minus sign
        ("8.6个重大科技专项：省委全会明确提出。", 6, "个", "count"),  # note 8 on 6个
        # 六万万 is 6×10⁸ (SC 1955; 六万万人口 is a population's size, no figure)
        ("经过六万万人克勤克俭的劳动。", 6e8, "人", "count"),
        ("赤字规模5.66万亿元、比上年增加1.6万亿元。", 1.6e12, "元", "change"),
        ("战略性新兴产业增加值占规上工业比重达到35%左右。", 35, "%", "share"),
        ("今年赤字率拟按4%左右安排。", 4, "%", "ratio"),
        ("城乡居民基础养老金最低标准再提高20元。", 20, "元", "change"),
    ],
)
def test_values_and_forms(sentence: str, value: float, unit: str, form: str) -> None:
    from diffreport.analyze.numbers import extract

    found = extract(sentence, "zh", plan=True)
    last = found[-1]
    assert (last.value, last.unit, last.form) == (value, unit, form)
    assert last.period == "year"


def test_a_five_year_goal_has_a_span_and_a_review_a_past() -> None:
    from diffreport.analyze.numbers import document_quantities

    doc = load(CORPUS / "cn-state-council-zh-en/2026.zh.txt")
    periods = {(x.quantity.kind, x.quantity.period) for x in document_quantities(doc)}
    assert {("target", "span"), ("target", "year"), ("actual", "past")} <= periods


@pytest.mark.parametrize(
    ("sentence", "metric", "text"),
    [
        ("为经营主体减负2500亿元以上。", "经营主体减负", "2500亿元以上"),
        ("新（改）建农村公路6000公里。", "农村公路", "6000公里"),
        ("但赤字率稳定在2.1%。", "赤字率", "稳定在2.1%"),
        ("争取并用好新增专项债券5085亿元。", "新增专项债券", "5085亿元"),
        ("全员劳动生产率16.8万元/人左右。", "全员劳动生产率", "16.8万元/人左右"),
    ],
)
def test_metric_names_are_noun_phrases(sentence: str, metric: str, text: str) -> None:
    from diffreport.analyze.numbers import extract

    (found,) = extract(sentence, "zh", plan=True)
    assert (found.metric, found.text) == (metric, text)


def test_energy_intensity_is_not_the_economys_growth() -> None:
    # SC 2025 reviews 单位国内生产总值能耗降幅超过3%; 2026 reviews 国内生产总值增长5%
    found = _changes("cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt")
    assert not [
        c
        for c in found
        if c.status == "changed" and c.old is not None and c.old.quantity.text == "超过3%"
    ]
