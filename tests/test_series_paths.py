"""Series paths that mean one thing, and follow-through of one year against the same year.

On the State Council series 2014–2018 and 2021–2025 (each with the first report of a
new term, 2018 and 2023, that reviews five years): every path holds one unit and one
form, the deficit ratio holds only percentages, the deficit's level and its change over
last year are separate paths, and no one-year target is checked against a five-year
total.
"""

from __future__ import annotations

import dataclasses

import pytest

import diffreport
from diffreport.model import FollowThrough, NumberPath, Series
from diffreport.series.forms import canonical_unit, located_form, path_form, unit_dimension
from diffreport.series.paths import related_metrics
from diffreport.series.periods import multi_year, span_sentences

from .conftest import corpus


def _series(*years: int) -> Series:
    return diffreport.compare_series([corpus(f"cn-state-council/{y}.txt") for y in years])


@pytest.fixture(scope="module")
def sc2014() -> Series:
    return _series(2014, 2015, 2016, 2017, 2018)


@pytest.fixture(scope="module")
def sc2021() -> Series:
    return _series(2021, 2022, 2023, 2024, 2025)


def _values(path: NumberPath) -> list[float | None]:
    return [None if v is None else v.quantity.value for v in path.values]


def _target_paths(series: Series, metric: str) -> list[NumberPath]:
    return [p for p in series.numbers if p.kind == "target" and p.metric == metric]


def _rows(series: Series, metric: str, label: str) -> list[FollowThrough]:
    return [
        f
        for f in series.followthrough
        if f.metric == metric and series.labels[f.target_doc] == label
    ]


# --------------------------------------------------------------------------- paths


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["sc2014", "sc2021"])
def test_every_path_has_one_kind_one_unit_and_one_form(
    name: str, request: pytest.FixtureRequest
) -> None:
    series: Series = request.getfixturevalue(name)
    assert len(series.numbers) > 200
    for path in series.numbers:
        located = [(i, v) for i, v in enumerate(path.values) if v is not None]
        units = {canonical_unit(v.quantity.unit) for _, v in located}
        forms = {located_form(v, series.documents[i]) for i, v in located}
        kinds = {v.quantity.kind for _, v in located}
        assert len(units) == 1, (path.metric, units)
        assert forms == {path.form}, (path.metric, forms)
        assert kinds == {path.kind}, (path.metric, kinds)


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["sc2014", "sc2021"])
def test_no_figure_of_a_pairwise_comparison_is_lost(
    name: str, request: pytest.FixtureRequest
) -> None:
    """A pair refused for its unit or form splits the path; each figure is on exactly one."""
    series: Series = request.getfixturevalue(name)
    on_paths = [(i, v) for p in series.numbers for i, v in enumerate(p.values) if v is not None]
    assert len(on_paths) == len(set(on_paths))
    seen = set(on_paths)
    for i, comp in enumerate(series.comparisons):
        for change in comp.changes.numbers:
            if change.old is not None:
                assert (i, change.old) in seen
            if change.new is not None:
                assert (i + 1, change.new) in seen


@pytest.mark.corpus
def test_the_deficit_ratio_path_holds_only_percentages(sc2014: Series, sc2021: Series) -> None:
    for series in (sc2014, sc2021):
        for path in _target_paths(series, "赤字率"):
            units = {unit_dimension(v.quantity.unit) for v in path.values if v is not None}
            assert units == {"percent"}
    (old,) = _target_paths(sc2014, "赤字率")
    # 2014's budget keeps the ratio at 2.1% (赤字率稳定在2.1%); 2015 raises it 从去年的2.1%
    # 提高到2.3%: 2.3% is 2015's target, the past year's 2.1% only what it rises from
    assert _values(old) == [2.1, 2.3, 3.0, 3.0, 2.6]
    (new,) = _target_paths(sc2021, "赤字率")
    assert _values(new) == [3.2, 2.8, 3.0, 3.0, 4.0]


@pytest.mark.corpus
def test_the_deficit_and_its_increase_are_two_paths(sc2014: Series) -> None:
    """财政赤字13500亿元，比上年增加1500亿元: the level and the change, never one line."""
    (level,) = [p for p in _target_paths(sc2014, "财政赤字") if p.form == "level"]
    assert level.unit == "元"
    assert _values(level) == [1.35e12, 1.62e12, 2.18e12, 2.38e12, 2.38e12]
    (change,) = [
        p
        for p in sc2014.numbers
        if p.kind == "target" and p.form == "change" and p.metric.startswith("财政赤字")
    ]
    assert _values(change) == [1.5e11, 2.7e11, 5.6e11, 2e11, None]


@pytest.mark.corpus
def test_forms_of_the_main_targets(sc2021: Series) -> None:
    forms = {(p.metric, p.form) for p in sc2021.numbers if p.kind == "target"}
    assert ("国内生产总值", "growth") in forms  # 增长5%左右
    assert ("城镇调查失业率", "level") in forms
    assert ("赤字规模", "level") in forms  # 4.06万亿元
    assert ("赤字规模比上年增加", "change") in forms  # 增加1800亿元


@pytest.mark.corpus
def test_a_form_and_period_set_by_the_numbers_stage_are_used(sc2021: Series) -> None:
    path = _target_paths(sc2021, "国内生产总值")[0]
    first = path.values[0]
    assert first is not None and path_form(first.quantity) == "growth"
    counted = dataclasses.replace(first.quantity, form="count")
    assert path_form(counted) == "level"
    share = dataclasses.replace(first.quantity, form="share")
    assert path_form(share) == "share"
    doc = sc2021.documents[0]
    assert not multi_year(first, doc, span_sentences(doc))
    spanned = dataclasses.replace(
        first, quantity=dataclasses.replace(first.quantity, period="span")
    )
    assert multi_year(spanned, doc, frozenset())


# --------------------------------------------------------------------------- spans


@pytest.mark.corpus
def test_the_five_year_review_is_a_span_and_the_past_year_is_not(sc2014: Series) -> None:
    doc = sc2014.documents[4]  # 2018: 一、过去五年工作回顾 … 刚刚过去的2017年 …
    spans = span_sentences(doc)
    texts = {s.index: s.text for s in doc.sentences}
    five = [i for i, t in texts.items() if "城镇新增就业6600万人以上" in t]
    year = [i for i, t in texts.items() if "城镇新增就业1351万人" in t]
    assert five and all(i in spans for i in five)
    assert year and not any(i in spans for i in year)
    plan = [i for i, t in texts.items() if "今年发展主要预期目标是" in t]
    assert plan and not any(i in spans for i in plan)


@pytest.mark.corpus
def test_the_plan_period_goals_are_a_span(sc2014: Series) -> None:
    doc = sc2014.documents[2]  # 2016: 二、“十三五”时期主要目标任务和重大举措
    spans = span_sentences(doc)
    goal = [s.index for s in doc.sentences if "城镇新增就业5000万人以上" in s.text]
    assert goal and all(i in spans for i in goal)
    this_year = [s.index for s in doc.sentences if "城镇新增就业1000万人以上" in s.text]
    assert this_year and not any(i in spans for i in this_year)


# --------------------------------------------------------------------------- follow-through


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["sc2014", "sc2021"])
def test_no_follow_through_uses_a_multi_year_figure(
    name: str, request: pytest.FixtureRequest
) -> None:
    series: Series = request.getfixturevalue(name)
    spans = [span_sentences(d) for d in series.documents]
    assert series.followthrough
    for f in series.followthrough:
        assert not multi_year(f.target, series.documents[f.target_doc], spans[f.target_doc])
        if f.outcome is not None:
            doc = series.documents[f.outcome_doc]
            assert not multi_year(f.outcome, doc, spans[f.outcome_doc])
            target, outcome = f.target.quantity, f.outcome.quantity
            assert canonical_unit(target.unit) == canonical_unit(outcome.unit)


@pytest.mark.corpus
def test_the_2017_targets_are_not_checked_against_the_five_years(sc2014: Series) -> None:
    """The 2018 report reviews 2013–2017; only its 刚刚过去的2017年 paragraph is 2017."""
    (jobs,) = _rows(sc2014, "城镇新增就业", "2017")
    assert jobs.outcome is not None
    assert jobs.outcome.quantity.value == 13_510_000  # not 6600万人以上
    assert jobs.verdict == "exceeded" and jobs.rule == "floor"
    (housing,) = _rows(sc2014, "完成棚户区住房", "2017")  # 改造600万套
    assert housing.outcome is None and housing.verdict == "not reported"  # not 2600多万套
    (roads,) = _rows(sc2014, "改建农村公路", "2017")  # 20万公里
    assert roads.outcome is None and roads.verdict == "not reported"  # not 127万公里
    # the 十三五 goal 城镇新增就业5000万人以上 (2016) is no one-year target
    assert [f.target.quantity.value for f in _rows(sc2014, "城镇新增就业", "2016")] == [1e7]


@pytest.mark.corpus
def test_the_2022_targets_are_not_checked_against_the_five_years(sc2021: Series) -> None:
    """The 2023 report reviews 2018–2022: 新建高标准农田4.56亿亩 is five years' work."""
    fields = [f for f in sc2021.followthrough if f.metric == "高标准农田"]
    assert fields and all(f.outcome is None for f in fields)


@pytest.mark.corpus
def test_the_tax_refund_target_was_exceeded(sc2021: Series) -> None:
    """2022: 留抵退税约1.5万亿元; the 2023 report: 全年增值税留抵退税超过2.4万亿元."""
    (refund,) = _rows(sc2021, "留抵退税", "2022")
    assert refund.outcome is not None and sc2021.labels[refund.outcome_doc] == "2023"
    assert refund.outcome.quantity.value == 2.4e12
    assert (refund.verdict, refund.rule, refund.met) == ("exceeded", "about", True)


@pytest.mark.corpus
def test_verdicts_checked_by_hand(sc2014: Series, sc2021: Series) -> None:
    # 2017 report: 广义货币M2增长11.3%，低于13%左右的预期目标
    (m2,) = [f for f in _rows(sc2014, "广义货币M2和社会融资规模余额预期增长", "2016")]
    assert m2.outcome is not None and m2.outcome.quantity.value == 11.3
    assert (m2.verdict, m2.rule) == ("missed", "about")
    # 2016 report: 城镇新增就业1312万人，超过全年预期目标 (1000万人以上)
    (jobs,) = _rows(sc2014, "城镇新增就业", "2015")
    assert jobs.outcome is not None and jobs.outcome.quantity.value == 13_120_000
    assert (jobs.verdict, jobs.rule) == ("exceeded", "floor")
    # 2022 GDP 5.5%左右 against 3%; 2023 5%左右 against 5.2%; CPI 3%左右 against 2%
    (gdp22,) = _rows(sc2021, "国内生产总值", "2022")
    assert (gdp22.verdict, gdp22.rule) == ("missed", "about")
    (gdp23,) = _rows(sc2021, "国内生产总值", "2023")
    assert (gdp23.verdict, gdp23.rule) == ("met", "about")
    (cpi,) = _rows(sc2021, "居民消费价格涨幅", "2022")
    assert (cpi.verdict, cpi.rule) == ("met", "held-down")
    (jobless,) = _rows(sc2021, "城镇调查失业率", "2022")  # 5.5%以内 against 降到5.5%
    assert (jobless.verdict, jobless.rule) == ("met", "ceiling")


@pytest.mark.corpus
def test_series_json_carries_form_and_verdict(sc2021: Series) -> None:
    from diffreport.render.series_json import to_dict

    data = to_dict(sc2021)
    assert {p["form"] for p in data["numbers"]} <= {"level", "growth", "change", "share"}
    verdicts = {f["verdict"] for f in data["followthrough"]}
    assert {"exceeded", "met", "missed", "not reported"} <= verdicts
    for f in data["followthrough"]:
        assert f["met"] == (None if f["verdict"] == "not reported" else f["verdict"] != "missed")


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["sc2014", "sc2021"])
def test_a_path_follows_one_quantity(name: str, request: pytest.FixtureRequest) -> None:
    """Consecutive values of a path name one quantity (国内生产总值 never continues as
    单位国内生产总值能耗 or 二氧化碳排放, pairs the pairwise comparisons made)."""
    series: Series = request.getfixturevalue(name)
    for path in series.numbers:
        metrics = [v.quantity.metric for v in path.values if v is not None]
        for a, b in zip(metrics, metrics[1:], strict=False):
            assert related_metrics(a, b), (a, b)
    assert not related_metrics("国内生产总值", "单位国内生产总值能耗")
    assert not related_metrics("国内生产总值", "二氧化碳排放")
    assert related_metrics("赤字率", "财政赤字率")
    assert related_metrics("能耗强度", "单位国内生产总值能耗")
    assert related_metrics("government deficit", "the deficit")
    assert not related_metrics("inflation", "unemployment rate")


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_views_show_the_verdict_and_mark_a_change(sc2021: Series, fmt: str) -> None:
    import io
    import re

    from diffreport.render import RenderOptions, get_series_renderer

    out = io.StringIO()
    get_series_renderer(fmt)(sc2021, out, RenderOptions(width=160, color=False))
    text = out.getvalue()
    assert re.search(r"留抵退税.*?约1\.5万亿元.*?超过2\.4万亿元.*?exceeded", text, re.S)
    assert "赤字规模比上年增加 (change)" in text  # 增加1800亿元 is shown as 1800亿元
    if fmt == "html":  # the counts of every verdict head the table
        assert re.search(r"exceeded \d+, met \d+, missed \d+, not reported \d+", text)


@pytest.mark.corpus
def test_provincial_reviews_of_a_plan_period_are_spans() -> None:
    """2026 provincial reports review 2025 and the 十四五 period under one heading."""
    henan = diffreport.load(corpus("cn-provinces/henan/2026.txt"))
    spans = span_sentences(henan)  # 一、“十四五”时期和2025年工作回顾: 过去的五年 … 刚刚过去的2025年
    five = [s.index for s in henan.sentences if "城镇新增就业603.7万人" in s.text]
    assert five and all(i in spans for i in five)
    year = [s.index for s in henan.sentences if s.text.startswith("刚刚过去的2025年")]
    assert year and not any(i in spans for i in year)
    guangdong = diffreport.load(corpus("cn-provinces/guangdong/2026.txt"))
    spans = span_sentences(guangdong)  # 一、2025年和“十四五”时期工作回顾: the year first
    year = [s.index for s in guangdong.sentences if "地区生产总值增长3.9%" in s.text]
    assert year and not any(i in spans for i in year)
    five = [s.index for s in guangdong.sentences if s.text.startswith("经过五年接续奋斗")]
    assert five and all(i in spans for i in five)
    jiangsu = diffreport.load(corpus("cn-provinces/jiangsu/2026.txt"))
    spans = span_sentences(jiangsu)  # 各位代表，刚刚过去的2025年: the address does not hide it
    year = [s.index for s in jiangsu.sentences if "城镇新增就业141万人" in s.text]
    assert year and not any(i in spans for i in year)
    five = [s.index for s in jiangsu.sentences if "城镇新增就业超690万人" in s.text]
    assert five and all(i in spans for i in five)
