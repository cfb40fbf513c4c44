"""Numbers: quantities with what they measure, and targets paired across real editions.

The expected target changes below were read off the real reports by hand (the
主要预期目标 paragraph, the fiscal paragraph, FOMC policy sentences) and checked
against the files with grep before they were pinned here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffreport import from_text, load
from diffreport.analyze.numbers import (
    compare_quantities,
    document_quantities,
    extract,
    metric_key,
    parse_chinese_number,
)
from diffreport.analyze.parts import plan_sections
from diffreport.model import Document, NumberChange, Quantity

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@cache
def edition(relative: str) -> Document:
    """A real edition, loaded once per test session."""
    return load(CORPUS / relative)


@cache
def changes(old: str, new: str) -> tuple[NumberChange, ...]:
    return compare_quantities(edition(old), edition(new))


def only(text: str, language: str = "zh", **kwargs: bool) -> Quantity:
    found = extract(text, language, **kwargs)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def summary(change: NumberChange) -> tuple[str, str | None, str | None]:
    return (
        change.status,
        change.old.quantity.text if change.old else None,
        change.new.quantity.text if change.new else None,
    )


def targets(old: str, new: str) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Target changes by metric, in report order."""
    result: dict[str, list[tuple[str, str | None, str | None]]] = {}
    for change in changes(old, new):
        if change.kind == "target":
            result.setdefault(change.metric, []).append(summary(change))
    return result


def assert_targets(
    old: str, new: str, expected: Mapping[str, tuple[str, str | None, str | None]]
) -> None:
    """Each expected entry is reported; an unchanged target has no change reported at all."""
    found = targets(old, new)
    for metric, entry in expected.items():
        assert entry in found.get(metric, []), (metric, found.get(metric))
        if entry[0] == "unchanged":
            assert all(status != "changed" for status, _, _ in found[metric]), found[metric]


# --------------------------------------------------------------------------- regressions


def test_multiplier_is_exact_decimal_arithmetic() -> None:
    q = only("营业收入16.4亿元")
    assert q.value == 1.64e9  # not 1639999999.9999998
    assert q.unit == "元"
    assert only("3.9万亿元").value == 3.9e12
    assert only("规上工业企业1.18万家").value == 11800


@pytest.mark.parametrize("text", ["一万零一十二", "一万零十二"])
def test_chinese_numeral_with_zero(text: str) -> None:
    assert parse_chinese_number(text) == 10012
    q = only(f"城镇新增就业{text}人")
    assert (q.value, q.unit, q.metric) == (10012, "人", "城镇新增就业")


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("十二", 12),
        ("两千", 2000),
        ("三亿五千万", 350_000_000),
        ("一万亿", 10**12),
        ("一百零五", 105),
    ],
)
def test_chinese_numerals(numeral: str, value: int) -> None:
    assert parse_chinese_number(numeral) == value


@pytest.mark.parametrize("numeral", ["两三", "十四五", "统一", "百千"])
def test_digit_runs_are_not_one_number(numeral: str) -> None:
    assert parse_chinese_number(numeral) is None


def test_two_or_three_is_not_twenty_three() -> None:
    assert all(q.value != 23 for q in extract("培育两三个龙头企业", "zh"))


def test_no_number_in_unified_retail_price() -> None:
    assert extract("实行统一零售价", "zh") == ()


def test_negative_and_falling() -> None:
    assert only("出口增长负3.9%").value == -3.9
    assert only("价格增长-0.7%").value == -0.7
    falling = only("能耗下降0.7%")
    assert (falling.value, falling.verb, falling.text) == (0.7, "下降", "下降0.7%")


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("增幅5-20%", 5, 20), ("增长6%－6.5%", 6, 6.5), ("补贴100万元至300万元", 1e6, 3e6)],
)
def test_ranges(text: str, low: float, high: float) -> None:
    q = only(text)
    assert (q.value, q.high) == (low, high)


def test_full_width_digits_keep_offsets() -> None:
    sentence = "全市规上工业企业达到１．１８万家，增长１２．３％。"
    firms, growth = extract(sentence, "zh")
    assert (firms.value, firms.unit, firms.metric) == (11800, "家", "规上工业企业")
    assert (growth.value, growth.unit, growth.metric) == (12.3, "%", "规上工业企业")
    for q in (firms, growth):
        assert sentence[q.start : q.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        "“四上”企业数量稳步增长",
        "构建“1566”现代产业体系",
        "划定“三区三线”",
        "全力做好“7·20”特大暴雨灾后恢复重建",
        "“十四五”规划重大工程",
        "深入学习贯彻党的二十大精神",
        "C919大飞机实现商飞",
        "建成5G基站",
        "PM2.5浓度",
        "2024年3月5日召开",
        "1994-02-04",
        "第一，坚持稳中求进",
        "（一）大力推进现代化产业体系建设",
        "一是因时因势加强宏观调控",
        "五年来，我们攻坚克难",
        "中央八项规定精神",
        "2023年工作回顾",
    ],
)
def test_not_quantities(text: str) -> None:
    assert extract(text, "zh") == ()


# --------------------------------------------------------------------------- metrics


def test_main_targets_sentence_gives_each_clause_its_metric() -> None:
    sentence = next(
        s.text for s in edition("cn-state-council/2025.txt").sentences if "主要预期目标是" in s.text
    )
    found = {q.metric: q for q in extract(sentence, "zh")}
    assert {m: (q.value, q.unit, q.qualifier) for m, q in found.items()} == {
        "国内生产总值": (5, "%", "左右"),
        "城镇调查失业率": (5.5, "%", "左右"),
        "城镇新增就业": (12_000_000, "人", "以上"),
        "居民消费价格涨幅": (2, "%", "左右"),
        "粮食产量": (1.4e12, "斤", "左右"),
        "单位国内生产总值能耗": (3, "%", "左右"),
    }
    assert found["国内生产总值"].text == "增长5%左右"
    assert found["国内生产总值"].verb == "增长"
    assert all(q.kind == "target" for q in found.values())  # the 目标是： lead-in says so


@pytest.mark.parametrize(
    ("sentence", "metric", "value", "qualifier"),
    [
        ("今年赤字率拟按4%左右安排", "赤字率", 4, "左右"),
        ("拟发行超长期特别国债1.3万亿元", "超长期特别国债", 1.3e12, None),
        ("拟安排地方政府专项债券4.4万亿元", "地方政府专项债券", 4.4e12, None),
        ("今年中央预算内投资拟安排7350亿元", "中央预算内投资", 7.35e11, None),
    ],
)
def test_fiscal_targets(sentence: str, metric: str, value: float, qualifier: str | None) -> None:
    q = only(sentence)
    assert (q.metric, q.value, q.qualifier, q.kind) == (metric, value, qualifier, "target")


def test_plan_flag_makes_a_target() -> None:
    assert only("城镇调查失业率全年控制在5.5%以内").kind == "actual"
    q = only("城镇调查失业率全年控制在5.5%以内", plan=True)
    assert (q.metric, q.value, q.qualifier, q.kind) == ("城镇调查失业率", 5.5, "以内", "target")


def test_a_delta_gets_its_own_metric_and_a_bare_verb_inherits() -> None:
    quota, delta = extract("拟安排地方政府专项债券4.4万亿元、比上年增加5000亿元", "zh")
    assert quota.metric == "地方政府专项债券"
    assert (delta.metric, delta.value) == ("地方政府专项债券比上年增加", 5e11)
    level, growth = extract("国内生产总值达到134.9万亿元、增长5%", "zh")
    assert (level.metric, growth.metric) == ("国内生产总值", "国内生产总值")
    assert (level.unit, growth.unit) == ("元", "%")


def test_object_of_an_earlier_verb() -> None:
    sentence = next(
        s.text for s in edition("cn-state-council/2024.txt").sentences if "今年先发行" in s.text
    )
    bonds = [q for q in extract(sentence, "zh") if q.value == 1e12]
    assert [q.metric for q in bonds] == ["超长期特别国债"]


def test_same_metric_same_name_across_years() -> None:
    assert metric_key("2024年国内生产总值") == metric_key("国内生产总值")
    assert only("今年全年城镇新增就业1200万人以上").metric == "城镇新增就业"


@pytest.mark.parametrize(
    ("sentence", "value", "high", "metric", "kind"),
    [
        (
            "The Committee decided today to establish a target range for the federal funds "
            "rate of 0 to 1/4 percent.",
            0,
            0.25,
            "federal funds rate",
            "target",
        ),
        (
            # a rate the Board approved is set, as one the Committee decided
            "The Board approved a 25-basis-point increase in the discount rate to 5-1/4 percent.",
            5.25,
            None,
            "discount rate",
            "target",
        ),
        (
            "The Committee decided to maintain the target range for the federal funds rate at "
            "1\u00e2\u0080\u00931/2 to 1-3/4 percent.",
            1.5,
            1.75,
            "federal funds rate",
            "target",
        ),
    ],
)
def test_english_rates(
    sentence: str, value: float, high: float | None, metric: str, kind: str
) -> None:
    q = [q for q in extract(sentence, "en") if q.unit == "%"][-1]
    assert (q.value, q.high, q.metric, q.kind, q.qualifier) == (value, high, metric, kind, None)
    assert sentence[q.start : q.end] == q.text


def test_english_units_and_qualifiers() -> None:
    bp, level = extract(
        "The Committee decided today to lower its target for the federal funds rate "
        "50 basis points to 1 percent.",
        "en",
    )
    # the size of a cut is a change of the rate, never a new level of it (#18)
    assert (bp.value, bp.unit, bp.metric, bp.form) == (
        50,
        "bp",
        "federal funds rate, decrease",
        "change",
    )
    assert (level.value, level.unit, level.metric, level.kind) == (
        1,
        "%",
        "federal funds rate",
        "target",
    )
    assert level.verb == "lower … to"
    purchases = only("It will buy $600 billion of longer-term Treasury securities.", "en")
    assert (purchases.value, purchases.unit) == (6e11, "$")
    below = only("Inflation is running below 2 percent.", "en")
    # one qualifier for the words that mean it: below = less than (#18)
    assert (below.qualifier, below.metric, below.kind) == ("less than", "inflation", "actual")
    assert extract("On a 12\u00e2\u0080\u0093month basis, prices rose; see 1994-02-04.", "en") == ()


def test_offsets_on_a_whole_real_report() -> None:
    doc = edition("cn-state-council/2025.txt")
    located = document_quantities(doc)
    assert len(located) > 40
    for item in located:
        sentence = doc.sentences[item.sentence].text
        q = item.quantity
        assert sentence[q.start : q.end] == q.text
        assert q.metric, q


def test_plan_part_decides_kind() -> None:
    doc = edition("cn-state-council/2025.txt")
    by_text = {
        (item.quantity.metric, item.quantity.text): item.quantity.kind
        for item in document_quantities(doc)
    }
    assert by_text[("国内生产总值", "达到134.9万亿元")] == "actual"  # 2024年工作回顾
    assert by_text[("国内生产总值", "增长5%")] == "actual"
    assert by_text[("国内生产总值", "增长5%左右")] == "target"
    assert by_text[("常住人口城镇化率", "提高到67%")] == "actual"


def test_a_long_line_without_punctuation_is_linear() -> None:
    line = "国内生产总值增长" * 50_000 + "5%左右" + "增长" * 200_000
    found = extract(line, "zh")
    assert [(q.value, q.qualifier) for q in found] == [(5, "左右")]


# --------------------------------------------------------------------------- real pairs

STATE_COUNCIL_2024_2025 = {
    "国内生产总值": ("unchanged", "增长5%左右", "增长5%左右"),
    "城镇新增就业": ("unchanged", "1200万人以上", "1200万人以上"),
    "城镇调查失业率": ("unchanged", "5.5%左右", "5.5%左右"),
    "居民消费价格涨幅": ("changed", "3%左右", "2%左右"),
    "粮食产量": ("changed", "1.3万亿斤以上", "1.4万亿斤左右"),
    "单位国内生产总值能耗": ("changed", "降低2.5%左右", "降低3%左右"),
    "赤字率": ("changed", "拟按3%", "拟按4%左右"),
    "地方政府专项债券": ("changed", "3.9万亿元", "4.4万亿元"),
    "超长期特别国债": ("changed", "发行1万亿元", "1.3万亿元"),
    "中央预算内投资": ("changed", "拟安排7000亿元", "拟安排7350亿元"),
}


def test_state_council_2024_to_2025() -> None:
    assert_targets(
        "cn-state-council/2024.txt", "cn-state-council/2025.txt", STATE_COUNCIL_2024_2025
    )
    result = changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    assert (result[0].kind, result[0].status) == ("target", "changed")
    quota = next(c for c in result if c.metric == "地方政府专项债券")
    assert quota.old is not None and quota.new is not None
    assert (quota.old.quantity.value, quota.new.quantity.value) == (3.9e12, 4.4e12)
    assert quota.old.quantity.unit == "元"


def test_state_council_2022_to_2023_and_2023_to_2024() -> None:
    assert_targets(
        "cn-state-council/2022.txt",
        "cn-state-council/2023.txt",
        {
            "国内生产总值": ("changed", "增长5.5%左右", "增长5%左右"),
            "城镇调查失业率": ("changed", "控制在5.5%以内", "5.5%左右"),
            "城镇新增就业": ("changed", "1100万人以上", "1200万人左右"),
            "居民消费价格涨幅": ("unchanged", "3%左右", "3%左右"),
            "赤字率": ("changed", "拟按2.8%左右", "拟按3%"),
            "地方政府专项债券": ("changed", "3.65万亿元", "3.8万亿元"),
        },
    )
    assert_targets(
        "cn-state-council/2023.txt",
        "cn-state-council/2024.txt",
        {
            # a change of qualifier alone is a change
            "城镇新增就业": ("changed", "1200万人左右", "1200万人以上"),
            "国内生产总值": ("unchanged", "增长5%左右", "增长5%左右"),
            "城镇调查失业率": ("unchanged", "5.5%左右", "5.5%左右"),
            "居民消费价格涨幅": ("unchanged", "3%左右", "3%左右"),
            "赤字率": ("unchanged", "拟按3%", "拟按3%"),
            "地方政府专项债券": ("changed", "3.8万亿元", "3.9万亿元"),
        },
    )


def test_henan_2025_to_2026() -> None:
    assert_targets(
        "cn-provinces/henan/2025.txt",
        "cn-provinces/henan/2026.txt",
        {
            "经济增长": ("changed", "增长5.5%左右", "增长5%左右"),
            "规上工业增加值": ("changed", "增长7%左右", "增长6.5%左右"),
            "固定资产投资": ("changed", "增长7%左右", "增长5%左右"),
            "社会消费品零售总额": ("changed", "增长6%左右", "增长5.5%左右"),
            "一般公共预算收入": ("unchanged", "增长4%左右", "增长4%左右"),
            "城镇调查失业率": ("unchanged", "5.5%左右", "5.5%左右"),
            "城镇新增就业": ("unchanged", "110万人以上", "110万人以上"),
            "居民消费价格涨幅": ("unchanged", "2%左右", "2%左右"),
            "粮食产量": ("unchanged", "1300亿斤以上", "1300亿斤以上"),
        },
    )


@pytest.mark.parametrize(
    ("old", "new", "before", "after"),
    [
        ("fomc/2008-10-29.txt", "fomc/2008-12-16.txt", "1 percent", "0 to 1/4 percent"),
        ("fomc/2015-10-28.txt", "fomc/2015-12-16.txt", "0 to 1/4 percent", "1/4 to 1/2 percent"),
        (
            "fomc-sentences/2016-11-02.txt",
            "fomc-sentences/2016-12-14.txt",
            "1/4 to 1/2 percent",
            "1/2 to 3/4 percent",
        ),
    ],
)
def test_fomc_rate_moves(old: str, new: str, before: str, after: str) -> None:
    assert_targets(old, new, {"federal funds rate": ("changed", before, after)})
    assert ("changed", before, after) == targets(old, new)["federal funds rate"][0]
    for status, _, _ in targets(old, new).get("inflation", []):
        assert status == "unchanged"  # the 2 percent objective


def test_fomc_rate_held() -> None:
    held = ("unchanged", "1-1/2 to 1-3/4 percent", "1-1/2 to 1-3/4 percent")
    assert_targets(
        "fomc-sentences/2019-10-30.txt",
        "fomc-sentences/2019-12-11.txt",
        {"federal funds rate": held},
    )


# --------------------------------------------------------------------------- properties


def test_identity_has_no_changes() -> None:
    doc = edition("cn-state-council/2024.txt")
    result = compare_quantities(doc, doc)
    assert result and {c.status for c in result} == {"unchanged"}


def test_symmetry() -> None:
    forward = changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    backward = changes("cn-state-council/2025.txt", "cn-state-council/2024.txt")
    swap = {"added": "removed", "removed": "added", "changed": "changed", "unchanged": "unchanged"}

    def pairs(
        result: tuple[NumberChange, ...], flip: bool
    ) -> set[tuple[str, str | None, str | None]]:
        out = set()
        for c in result:
            if c.kind != "target":
                continue
            status, old, new = summary(c)
            out.add((swap[status], new, old) if flip else (status, old, new))
        return out

    assert pairs(forward, False) == pairs(backward, True)


def test_order_targets_first_then_changed_first() -> None:
    result = changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    kinds = [c.kind for c in result]
    assert kinds == sorted(kinds, key=lambda k: k != "target")
    rank = {"changed": 0, "added": 1, "removed": 2, "unchanged": 3}
    target_ranks = [rank[c.status] for c in result if c.kind == "target"]
    assert target_ranks == sorted(target_ranks)


def _fullwidth(text: str) -> str:
    return text.translate({c: c + 0xFEE0 for c in range(ord("0"), ord("9") + 1)} | {ord("%"): "％"})


def test_formatting_only_edits_change_nothing() -> None:
    raw = (CORPUS / "cn-state-council/2025.txt").read_text(encoding="utf-8")
    original = from_text(raw, label="a")
    edited = from_text(_fullwidth(raw), label="b")
    result = compare_quantities(original, edited)
    assert result and {c.status for c in result} == {"unchanged"}


def test_an_edited_target_is_found_and_nothing_else_moves() -> None:
    raw = (CORPUS / "cn-state-council/2025.txt").read_text(encoding="utf-8")
    assert raw.count("拟安排地方政府专项债券4.4万亿元") == 1
    edited = raw.replace("拟安排地方政府专项债券4.4万亿元", "拟安排地方政府专项债券4.6万亿元")
    edited = re.sub("城镇新增就业1200万人以上", "城镇新增就业1250万人以上", edited)
    result = compare_quantities(from_text(raw, label="a"), from_text(edited, label="b"))
    changed = {c.metric: summary(c) for c in result if c.status != "unchanged"}
    assert changed == {
        "地方政府专项债券": ("changed", "4.4万亿元", "4.6万亿元"),
        "城镇新增就业": ("changed", "1200万人以上", "1250万人以上"),
    }


_ALPHABET = (
    "0123456789０１２３％%.,-－~至万亿千百元人个年月日第一二两三十零“”：；，。"
    " percnt/â\x80\x93toabout增长下降左右以上拟负"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60), st.sampled_from(["zh", "en"]))
def test_extract_never_fails_and_offsets_hold(text: str, language: str) -> None:
    for q in extract(text, language):  # type: ignore[arg-type]
        assert text[q.start : q.end] == q.text
        assert q.high is None or q.high >= q.value or q.value < 0


# --------------------------------------------------------------------------- reported bugs


def _quantities_of(relative: str, fragment: str) -> list[Quantity]:
    doc = edition(relative)
    return [
        item.quantity
        for item in document_quantities(doc)
        if fragment in doc.sentences[item.sentence].text
    ]


def test_last_year_in_the_plan_part_is_an_outcome() -> None:
    # (a) 2013: the sentence sits in the plan section, but 去年 makes it a result
    (cpi,) = _quantities_of("cn-state-council/2013.txt", "去年居民消费价格涨幅回落到2.6%")
    assert (cpi.metric, cpi.value, cpi.kind, cpi.verb, cpi.text) == (
        "居民消费价格涨幅",
        2.6,
        "actual",
        "回落到",
        "回落到2.6%",
    )
    assert only("比上年增长5%", plan=True).kind == "target"  # 比上年 is a basis, not the past


@pytest.mark.parametrize(("year", "verb"), [("2021", "增加"), ("2022", "提高")])
def test_enumerated_subject_gives_each_figure_its_own_metric(year: str, verb: str) -> None:
    # (b) 居民医保和基本公共卫生服务经费人均财政补助标准分别再提高30元和5元 (2021: 再增加)
    insurance, public_health = _quantities_of(f"cn-state-council/{year}.txt", "30元和5元")
    assert (insurance.metric, insurance.value, insurance.verb) == (
        "居民医保人均财政补助标准",
        30,
        verb,
    )
    assert (public_health.metric, public_health.value, public_health.verb) == (
        "基本公共卫生服务经费人均财政补助标准",
        5,
        verb,
    )


def test_enumerations_with_a_shared_measure() -> None:
    found = extract(
        "高技术制造业、装备制造业增加值分别增长8.9%、7.7%；"
        "信息传输软件和信息技术服务业、租赁和商务服务业增加值分别增长10.9%、10.4%。",
        "zh",
    )
    assert [(q.metric, q.value, q.verb) for q in found] == [
        ("高技术制造业增加值", 8.9, "增长"),
        ("装备制造业增加值", 7.7, "增长"),
        ("信息传输软件和信息技术服务业增加值", 10.9, "增长"),
        ("租赁和商务服务业增加值", 10.4, "增长"),
    ]


@pytest.mark.parametrize(
    ("sentence", "metrics"),
    [
        ("实现粮食播种面积3320万亩、产量1285万吨以上。", ["粮食播种面积", "粮食产量"]),
        ("粮食总产量125亿斤、播种面积1500万亩。", ["粮食总产量", "粮食播种面积"]),
        ("推动林下经济面积达260万亩、产值达130亿元。", ["林下经济面积", "林下经济产值"]),
        # only a bare measure borrows: a named one keeps its own name
        ("粮食产量1285万吨、生猪出栏3900万头。", ["粮食产量", "生猪出栏"]),
    ],
)
def test_a_bare_measure_in_a_list_takes_the_subject_of_the_entry_before(
    sentence: str, metrics: list[str]
) -> None:
    assert [q.metric for q in extract(sentence, "zh")] == metrics


@pytest.mark.parametrize(
    ("sentence", "verb", "metric"),
    [
        ("居民消费价格涨幅回落到2.6%", "回落到", "居民消费价格涨幅"),
        ("出口增速降至3%", "降至", "出口增速"),
        ("制造业投资增速回升至9.2%", "回升至", "制造业投资增速"),
        ("研发投入强度提高到2.7%", "提高到", "研发投入强度"),
        ("能耗强度下降到0.5%", "下降到", "能耗强度"),
        ("城镇化率上升到67%", "上升到", "城镇化率"),
        ("城镇调查失业率稳定在5.5%左右", "稳定在", "城镇调查失业率"),
        ("宏观杠杆率保持在270%以内", "保持在", "宏观杠杆率"),
        ("过境免签境内停留时间延长至240小时", "延长至", "过境免签境内停留时间"),
    ],
)
def test_verbs_that_reach_a_level(sentence: str, verb: str, metric: str) -> None:
    # (c) the whole verb is the verb, and the phrase starts with it
    q = only(sentence)
    assert (q.verb, q.metric) == (verb, metric)
    assert q.text.startswith(verb)


def test_this_year_with_a_modal_is_a_target() -> None:
    # (d) 2018: 三、对2018年政府工作的建议 is the plan part; and 今年再… says so anyway
    found = _quantities_of("cn-state-council/2018.txt", "今年再压减钢铁产能3000万吨左右")
    steel = next(q for q in found if q.value == 3e7)
    assert (steel.metric, steel.qualifier, steel.kind) == ("压减钢铁产能", "左右", "target")
    assert only("今年再压减钢铁产能3000万吨左右").kind == "target"
    assert only("今年以来压减钢铁产能3000万吨").kind == "actual"


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("新增8个省产业园", "省产业园"),
        ("支持洛阳等10个国家物流枢纽", "国家物流枢纽"),
        ("推进53个国家中医优势专科和7个中医特色重点医院建设", "国家中医优势专科"),
        ("新增100所达到二级医院服务能力的县域医疗卫生次中心", "县域医疗卫生次中心"),
        ("新培育20家省级“两业”融合标杆企业", "省级两业融合标杆企业"),
        ("实施省重点项目1000个", "省重点项目"),
        ("城镇调查失业率平均为5.1%", "城镇调查失业率"),
        ("粮食产量首次跃上1.4万亿斤", "粮食产量"),
        ("先进制造业增加值增长9%", "先进制造业增加值"),
        ("要素市场化配置改革试点达到10个", "要素市场化配置改革试点"),
        ("对外贸易总额突破4万亿元", "对外贸易总额"),
        ("在建项目1.2万个", "在建项目"),
        ("城乡居民医保和基本公共卫生服务经费人均财政补助标准提高30元", None),
    ],
)
def test_metric_names_of_counted_items_and_long_subjects(sentence: str, metric: str | None) -> None:
    # (e) the counted noun after 数词+量词; subjects never cut mid-word
    q = extract(sentence, "zh")[0]
    if metric is None:  # a long subject is kept whole rather than cut to its last characters
        assert q.metric == "城乡居民医保和基本公共卫生服务经费人均财政补助标准"
    else:
        assert q.metric == metric


def test_session_numbers_are_not_quantities() -> None:
    assert extract("落实省委十一届九次、十次全会和省委经济工作会议部署", "zh") == ()


def test_state_council_2024_to_2025_reports_only_what_changed() -> None:
    """The whole target list, read as an analyst: each row names its metric, and nothing
    that stayed is reported as changed, added or removed."""
    rows = {
        (
            c.status,
            c.metric,
            c.old.quantity.text if c.old else None,
            c.new.quantity.text if c.new else None,
        )
        for c in changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
        if c.kind == "target" and c.status != "unchanged"
    }
    assert rows == {
        ("changed", "居民消费价格涨幅", "3%左右", "2%左右"),
        ("changed", "单位国内生产总值能耗", "降低2.5%左右", "降低3%左右"),
        ("changed", "粮食产量", "1.3万亿斤以上", "1.4万亿斤左右"),
        ("changed", "赤字率", "拟按3%", "拟按4%左右"),
        ("changed", "赤字规模", "4.06万亿元", "5.66万亿元"),
        ("changed", "赤字规模比上年增加", "增加1800亿元", "增加1.6万亿元"),
        ("changed", "一般公共预算支出规模", "28.5万亿元", "29.7万亿元"),
        ("changed", "一般公共预算支出规模比上年增加", "增加1.1万亿元", "增加1.2万亿元"),
        ("changed", "超长期特别国债", "发行1万亿元", "1.3万亿元"),
        ("changed", "地方政府专项债券", "3.9万亿元", "4.4万亿元"),
        ("changed", "地方政府专项债券比上年增加", "增加1000亿元", "增加5000亿元"),
        ("changed", "中央预算内投资", "拟安排7000亿元", "拟安排7350亿元"),
        ("added", "赤字率比上年提高", None, "提高1个百分点"),
        ("added", "超长期特别国债比上年增加", None, "增加3000亿元"),
        ("added", "特别国债", None, "5000亿元"),
        ("added", "新增政府债务总规模", None, "11.86万亿元"),
        ("added", "新增政府债务总规模比上年增加", None, "增加2.9万亿元"),
        ("added", "超长期特别国债", None, "3000亿元"),  # 支持消费品以旧换新: a new allocation
        ("added", "基本公共卫生服务经费人均财政补助标准", None, "5元"),
        ("removed", "高校毕业生", "超过1170万人", None),
    }
    # 居民医保人均财政补助标准 提高30元 both years: split out of the 2025 enumeration
    insurance = [
        c
        for c in changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
        if c.metric == "居民医保人均财政补助标准"
    ]
    assert [c.status for c in insurance] == ["unchanged"]


def test_henan_counted_targets_pair_with_their_own_item() -> None:
    found = targets("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt")
    assert ("changed", "1000个", "实施1000个以上") in found["省重点项目"]  # qualifier alone
    assert ("changed", "1000家以上", "1500家以上") in found["新增有进出口实绩企业"]
    assert ("changed", "500万亩", "400万亩以上") in found["高标准农田"]
    assert ("changed", "实施200个", "实施200个以上") in found["节能降碳改造和用能设备更新项目"]
    # a two-character name like 企业 never pairs by likeness with 国家高新技术企业
    assert [s for s, _, _ in found["国家高新技术企业"]] == ["added"]


def test_sentence_alignment_pairs_figures_of_a_reworded_sentence() -> None:
    old = from_text("物价保持稳定。居民消费价格上涨2%。今年目标是增长5%。", label="a")
    new = from_text("物价保持稳定。居民消费价格上涨3%。今年目标是增长5%。", label="b")
    result = compare_quantities(old, new)
    assert [
        (c.status, c.old.sentence if c.old else None) for c in result if c.status != "unchanged"
    ] == [("changed", 1)]


# --------------------------------------------------------------------------- limits


def test_a_huge_line_of_figures_stops_at_the_documented_cap() -> None:
    from diffreport.analyze.numbers import MAX_CANDIDATES, MAX_QUANTITIES

    line = "国内生产总值增长5%左右，" * 400_000  # 5.2 million characters, one sentence
    found = extract(line, "zh")
    assert len(found) == MAX_QUANTITIES
    assert all(line[q.start : q.end] == q.text == "增长5%左右" for q in found)
    assert len(extract("The rate rose 2 percent, " * 100_000, "en")) == MAX_QUANTITIES
    # a line of number-like junk holds no quantity and is read no further than the cap
    assert extract("1," * 3_000_000, "zh") == ()
    assert extract("1" * 5_000_000 + "a", "en") == ()
    late = "1," * (MAX_CANDIDATES + 10) + "增长5%"
    assert extract(late, "zh") == ()  # documented: figures after the cap are ignored


# --------------------------------------------------------------------------- province targets


GUANGDONG = ("cn-provinces/guangdong/2025.txt", "cn-provinces/guangdong/2026.txt")
JIANGSU = ("cn-provinces/jiangsu/2025.txt", "cn-provinces/jiangsu/2026.txt")
HENAN = ("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt")


def test_guangdong_grain_output_pairs_across_the_list() -> None:
    # 2026: 实现粮食播种面积3320万亩、产量1285万吨以上 (产量 is the 粮食 of the entry before)
    found = targets(*GUANGDONG)
    assert found["粮食产量"] == [("changed", "1285万吨", "1285万吨以上")]
    assert "产量" not in found


def test_this_years_target_pairs_with_this_years_not_the_five_year_goal() -> None:
    # Guangdong 2026 states 地区生产总值年均增长5%左右 for “十五五” and 增长4.5%—5% for 2026;
    # the 2025 target 增长5%左右 changed to the latter, the five-year goal is new
    found = targets(*GUANGDONG)
    assert found["地区生产总值"] == [("changed", "增长5%左右", "增长4.5%—5%")]
    # the five-year goal says what it spans
    assert found["地区生产总值（“十五五”年均）"] == [("added", None, "增长5%左右")]
    assert ("changed", "增长3%", "增长3%左右") in targets(*GUANGDONG)["地方一般公共预算收入"]


def test_a_2030_goal_is_not_a_changed_annual_target() -> None:
    # Henan 2025: 城镇化率超过60% (this year); 2026: 达到65%左右 in the “十五五”时期 section
    found = targets(*HENAN)
    assert found["常住人口城镇化率"] == [("removed", "超过60%", None)]
    assert found["常住人口城镇化率（“十五五”时期）"] == [("added", None, "达到65%左右")]
    # the annual targets of the 主要预期目标 paragraph still pair
    assert ("changed", "增长5.5%左右", "增长5%左右") in targets(*HENAN)["经济增长"]


def test_a_goal_by_a_later_year_names_that_year() -> None:
    # Chongqing 2026: 到2030年……常住人口城镇化率达到75%左右
    found = targets("cn-provinces/chongqing/2025.txt", "cn-provinces/chongqing/2026.txt")
    assert found["常住人口城镇化率（到2030年）"] == [("added", None, "达到75%左右")]


def test_jiangsu_main_targets_keep_their_own_metric() -> None:
    found = targets(*JIANGSU)
    # 全社会研发投入强度3.42%左右: 投入 in 投入强度 is part of the name, not a verb
    assert ("changed", "达3.35%左右", "3.42%左右") in found["全社会研发投入强度"]
    assert "强度" not in found
    # 单位地区生产总值能耗下降2%左右 is dropped in 2026, not a change of the GDP goal
    assert ("removed", "下降2%左右", None) in found["单位地区生产总值能耗"]
    assert all(old != "下降2%左右" for _, old, _ in found["地区生产总值"])
    assert ("changed", "增长5%以上", "增长5%") in found["地区生产总值"]
    assert ("changed", "120万人以上", "120万人") in found["城镇新增就业"]


def test_a_verb_of_keeping_is_not_part_of_the_metric() -> None:
    found = targets("cn-provinces/hubei/2025.txt", "cn-provinces/hubei/2026.txt")
    assert found["粮食产量"] == [("unchanged", "500亿斤以上", "500亿斤以上")]


def test_a_size_class_is_not_an_amount() -> None:
    doc = edition(HENAN[1])
    coal = next(s.text for s in doc.sentences if "燃煤机组" in s.text and "关停淘汰" in s.text)
    assert all(q.unit != "千瓦" for q in extract(coal, "zh", plan=True))  # 10万千瓦及以下燃煤机组
    freight = next(s.text for s in doc.sentences if "年运量150万吨以上的物流园区" in s.text)
    assert all(q.unit != "吨" for q in extract(freight, "zh", plan=True))
    firms = next(s.text for s in edition(HENAN[0]).sentences if "营收1亿元以上企业" in s.text)
    assert all(q.unit != "元" for q in extract(firms, "zh", plan=True))
    elderly = only("65岁及以上老年人医养结合服务率达到40%以上", plan=True)
    assert (elderly.metric, elderly.text) == ("65岁及以上老年人医养结合服务率", "达到40%以上")
    # counts and shares stay amounts
    assert only("培育1000家以上专精特新企业").text == "培育1000家以上"
    assert only("完成2100万人次以上农民工职业技能培训任务").value == 21_000_000
    assert only("覆盖95%以上行政村").value == 95
    assert only("城镇新增就业110万人以上").qualifier == "以上"


def test_the_count_of_a_speechs_parts_is_no_target() -> None:
    """Guangdong: 重点抓好以下十二个方面 (2025) and 14个方面的工作 (2026) once paired as a
    'changed target' under the metric 工作; 把握好5个方面 was an added one."""
    from diffreport.analyze.numbers import compare_quantities

    old = load(CORPUS / "cn-provinces/guangdong/2025.txt")
    new = load(CORPUS / "cn-provinces/guangdong/2026.txt")
    outlines = [s.text for doc in (old, new) for s in doc.sentences if "个方面" in s.text]
    assert len(outlines) >= 3
    for text in outlines:
        for q in extract(text, "zh", plan=True):
            assert not text.startswith("方面", q.end), (text, q.text)
    assert not {c.metric for c in compare_quantities(old, new)} & {"工作", "方面"}
    # a count of things stays a figure: 打造14个特色服务区
    served = extract("其中根据当地资源禀赋打造14个特色服务区。", "zh", plan=True)
    assert [q.text for q in served] == ["打造14个"]


def test_an_estimate_in_the_review_is_an_outcome_not_a_target() -> None:
    # Beijing 2025 reviews 2024: 预计全市地区生产总值增长5.2%左右 is last year's estimated
    # outcome; Guangdong 2026 reviews 2025: 预计全社会研发投入5350亿元
    from diffreport.analyze.numbers import document_quantities

    for path, text in (
        ("cn-provinces/beijing/2025.txt", "增长5.2%左右"),
        ("cn-provinces/guangdong/2026.txt", "5350亿元"),
    ):
        found = [lq.quantity for lq in document_quantities(edition(path))]
        hits = [q for q in found if q.text.endswith(text)]
        assert hits and all(q.kind == "actual" for q in hits), hits
        assert not [q for q in found if q.metric.endswith("预计")]
    # in the plan part 预计 still announces a goal
    assert only("今年预计赤字率3%。", plan=True).kind == "target"


def test_a_level_reached_pairs_with_the_nearest_figure_of_its_metric() -> None:
    # Guangdong 2025: 预计全省地区生产总值迈上14万亿元新台阶 (an estimate of 2024);
    # 2026: 地区生产总值从11.37万亿元提高到14.58万亿元 — the level pairs with 14.58, not
    # with the figure of 2020 it grew from
    found = [
        summary(c)
        for c in changes(*GUANGDONG)
        if c.kind == "actual" and c.metric == "地区生产总值" and c.status == "changed"
    ]
    assert found == [("changed", "迈上14万亿元", "提高到14.58万亿元")]
    # 迈上3万亿元台阶 after a list entry: the subject before, not 台阶
    assert [q.metric for q in extract("地区生产总值年均增长5%左右、迈上3万亿元台阶。", "zh")] == [
        "地区生产总值",
        "地区生产总值",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "《纲要（草案）》细化提出20项主要指标。",  # State Council 2026
        "围绕增长、结构、效率提出3项指标。",
        "科技攻关、创新基础能力提升提出28项工程。",
        "育、医疗、健康、“一老一小”等7项指标。",
        "企业降本减负、推进企业快速成长等6个方面18条措施。",  # Sichuan 2025
        "提出十二项举措。",  # in Chinese numerals too
        "纲要提出二十项主要指标。",
    ],
)
def test_how_a_plan_is_laid_out_is_no_figure(sentence: str) -> None:
    assert not extract(sentence, "zh", plan=True)


def test_state_council_2026_outline_counts_are_not_targets() -> None:
    found = targets("cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt")
    assert not [m for m in found if m.startswith(("指标", "工程", "重大工程"))]
    assert found["全社会研发经费投入（“十五五”年均）"] == [("added", None, "增长7%以上")]
    assert found["财政金融协同促内需专项资金"] == [("added", None, "设立1000亿元")]
    # a count in a plan that is a figure stays one: 实施100项重大工程
    assert [q.text for q in extract("实施100项重大工程。", "zh", plan=True)] == ["实施100项"]


def test_english_state_council_amounts_are_named_by_what_they_buy() -> None:
    found = extract(
        "A total of 1.3 trillion yuan of ultra-long special treasury bonds will be issued, "
        "300 billion yuan more than last year, and 500 billion yuan of special treasury bonds "
        "will be issued. We have set the deficit-to-GDP ratio for this year at around 4 percent.",
        "en",
        plan=True,
    )
    # the unit is kept, and a change over last year is its own metric (#18)
    assert [(q.metric, q.text, q.unit) for q in found] == [
        ("ultra-long special treasury bonds", "1.3 trillion yuan", "yuan"),
        ("ultra-long special treasury bonds, increase", "300 billion yuan", "yuan"),
        ("special treasury bonds", "500 billion yuan", "yuan"),
        ("deficit-to-gdp ratio", "around 4 percent", "%"),
    ]
    listed = extract(
        "The targets are: GDP growth of around 5 percent; over 12 million new urban jobs; "
        "CPI increase of around 2 percent.",
        "en",
        plan=True,
    )
    assert [q.metric for q in listed] == ["gdp growth", "new urban jobs", "cpi increase"]
    # a qualifier is no name: A target of around 5 percent
    assert only("A target of around 5 percent is well aligned.", "en", plan=True).metric == ""
    # the State Council 2026 in English: the name before 'of' when nothing else names it
    projected = only("A projected CPI increase of approximately 2 percent is feasible.", "en")
    assert projected.metric == "cpi increase"  # the 2025 edition's name (projected at)


def test_figures_without_a_name_do_not_pair_across_editions() -> None:
    # State Council in English 2025 -> 2026: A target of around 5 percent (GDP) once
    # paired with approximately 2 percent (CPI), both nameless
    for change in changes(
        "cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2026.en.txt"
    ):
        if change.status == "changed":
            assert change.metric, summary(change)
    found = targets("cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2026.en.txt")
    assert ("changed", "735 billion yuan", "755 billion yuan") in found["investment"]


def test_review_fixes_outline_life_expectancy_and_two_horizons() -> None:
    # a count after 方面 that is no count of parts stays a figure
    assert [q.text for q in extract("健康消费等方面29项促消费政策。", "zh")] == ["29项"]
    # 预期 in 人均预期寿命 is a name, not a goal cue: Fujian 2025 reviews 2024
    from diffreport import compare
    from diffreport.analyze.numbers import document_quantities

    fujian = [
        lq.quantity
        for lq in document_quantities(edition("cn-provinces/fujian/2025.txt"))
        if lq.quantity.text == "提高到79.3岁"
    ]
    assert fujian and all(q.kind == "actual" for q in fujian)
    # this year's target and a five-year goal of the same figure are two entries
    old = (
        "一、2025年工作回顾\n去年经济运行总体平稳。\n"
        "二、2026年主要目标\n今年城镇新增就业1200万人以上。"
    )
    new = (
        "一、2026年主要目标\n今年地区生产总值增长5%左右。城镇新增就业1200万人以上。\n"
        "二、“十五五”时期主要目标\n地区生产总值年均增长5%左右。"
    )
    found = [(n.status, n.metric) for n in compare(old, new).changes.numbers]
    assert ("added", "地区生产总值") in found
    assert ("added", "地区生产总值（“十五五”年均）") in found


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("经济增长目标设定为6％左右，是一个积极进取的目标。", "经济增长"),
        ("今年经济增长预期目标定为7.5%左右。", "经济增长"),
        ("建议地区生产总值增速目标设定为年均增长5.5%—6%。", "地区生产总值增速"),
        ("5.5%左右的预期增长目标与“十五五”发展目标总体衔接。", "增长"),
        # a conjunction-like character inside the first word does not end the name
        ("全市实现3.2%的同比增长。", "同比增长"),
        ("达到95%的合同履约率。", "合同履约率"),
        ("完成8%的和谐社区覆盖率。", "和谐社区覆盖率"),
    ],
)
def test_a_target_explained_is_named_by_its_subject(sentence: str, metric: str) -> None:
    """The paragraph after the targets explains one of them: 设定为/定为 is the verb, not
    part of the name, and a figure before 的 is named by the noun it qualifies, not by
    the rest of the sentence (增长目标与十五五发展目标总体衔)."""
    assert only(sentence, plan=True).metric == metric


def test_a_restated_growth_target_is_not_a_new_target() -> None:
    """Hubei 2026 restates its 5.5% (…的预期增长目标与“十五五”发展目标总体衔接) and
    Liaoning 2026 its 4.5% (确定4.5%左右的增长目标): read by hand, each is the growth
    target already reported, not an added one; Hubei 2025's explanation (经济增长目标
    设定为6％左右) is the same 经济增长 target, not a removed one."""
    hubei = targets("cn-provinces/hubei/2025.txt", "cn-provinces/hubei/2026.txt")
    assert ("changed", "增长6％左右", "增长5.5%左右") in hubei["经济增长"]
    assert all(status == "changed" for status, _, _ in hubei["经济增长"])
    assert not [m for m in hubei if "衔" in m or "设定" in m or m == "增长"]
    liaoning = targets("cn-provinces/liaoning/2025.txt", "cn-provinces/liaoning/2026.txt")
    assert not [m for m in liaoning if m in ("确定", "增长")]
    assert ("changed", "增长5%以上", "增长4.5%左右") in liaoning["地区生产总值"]


@pytest.mark.parametrize(
    ("sentence", "metric"),
    [
        ("我区外送电能力突破2000万千瓦。", "外送电能力"),
        ("粮食综合生产能力每年稳定在1121万吨以上。", "粮食综合生产能力"),
        ("城乡居民医保人均财政补助标准每人每年提高到420元。", "每人每年"),
    ],
)
def test_who_and_how_often_are_not_part_of_a_name(sentence: str, metric: str) -> None:
    """我区/我省 (the speaker) and a trailing 每年 name nothing; 每人每年 is the measure
    itself when nothing else names the figure."""
    assert only(sentence, plan=True).metric.endswith(metric)


def test_english_state_council_plan_part_makes_targets() -> None:
    """The official English translation has the same plan part (II. Overall
    Requirements and Policy Orientations…, III. Major Tasks for 2025): its figures are
    targets. Read by hand, 2024→2025: the deficit-to-GDP ratio went from 3 percent to
    around 4 percent and the growth rate stayed at around 5 percent."""
    english = targets("cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2025.en.txt")
    assert ("changed", "3 percent", "around 4 percent") in english["deficit-to-gdp ratio"]
    assert ("unchanged", "around 5 percent", "around 5 percent") in english["growth rate"]
    doc = edition("cn-state-council-zh-en/2025.en.txt")
    plan = plan_sections(doc)
    headings = [s.heading or "" for s in doc.sections if s.index in plan and s.level == 1]
    assert headings == [
        "II. Overall Requirements and Policy Orientations for Economic and Social Development "
        "in 2025",
        "III. Major Tasks for 2025",
    ]


def test_a_bare_growth_target_is_a_restatement_only_of_a_named_one() -> None:
    """Two bare restatements of one figure do not silence each other: with no named
    target stating 5.5%左右 (the unemployment rate is another edition's), the bare one
    is reported once."""
    old = from_text("一、2024年政府工作任务\n城镇调查失业率5.5%左右。", label="2024")
    new = from_text(
        "一、2025年政府工作任务\n5.5%左右的增长目标是积极的。\n5.5%左右的增长目标符合实际。",
        label="2025",
    )
    reported = [(c.status, c.kind) for c in compare_quantities(old, new) if c.metric == "增长"]
    assert reported == [("added", "target")]


def test_english_plan_part_sentences_about_last_year_report_outcomes() -> None:
    """In the plan part, 'Last year, …' and past verbs report outcomes; 'an increase of …
    over last year' is said of this year's target."""
    assert only("Last year, consumer prices rose by 0.2 percent.", "en", plan=True).kind == (
        "actual"
    )
    target = only(
        "The deficit-to-GDP ratio is set at around 4 percent, up 1 point over last year.",
        "en",
        plan=True,
    )
    assert (target.metric, target.kind) == ("deficit-to-gdp ratio", "target")


def test_the_pairing_thresholds_are_compare_options() -> None:
    """metric_name_cutoff pairs similar names; same_sentence_ratio pairs an edited sentence's
    figure before the closest value."""
    from diffreport.options import CompareOptions

    def pairs(
        old: str, new: str, options: CompareOptions | None = None
    ) -> list[tuple[str, float | None, float | None]]:
        found = compare_quantities(
            from_text(old, label="a"), from_text(new, label="b"), None, options
        )
        return [
            (
                c.status,
                None if c.old is None else c.old.quantity.value,
                None if c.new is None else c.new.quantity.value,
            )
            for c in found
        ]

    renamed = (
        "今年发展目标如下。城镇新增就业1100万人以上。",
        "今年发展目标如下。城镇新增就业岗位1200万人以上。",
    )
    assert pairs(*renamed) == [("changed", 11e6, 12e6)]
    assert pairs(*renamed, CompareOptions(metric_name_cutoff=100.0)) == [
        ("added", None, 12e6),
        ("removed", 11e6, None),
    ]

    old = "今年发展目标如下。城镇新增就业1000万人以上，城镇调查失业率5.5%左右。"
    new = (
        "今年发展目标如下。城镇新增就业1050万人。城镇新增就业1200万人以上，城镇调查失业率5.5%左右。"
    )
    assert pairs(old, new)[0] == ("changed", 10e6, 12e6)
    assert pairs(old, new, CompareOptions(same_sentence_ratio=100.0))[0] == (
        "changed",
        10e6,
        10.5e6,
    )


def test_a_price_index_pairs_under_its_abbreviation_and_its_long_name() -> None:
    """Jilin 2025 writes 居民消费价格指数涨幅 2％左右, 2026 CPI涨幅 2%左右: one unchanged target."""
    from diffreport import compare

    from .conftest import corpus

    result = compare(corpus("cn-provinces/jilin/2025.txt"), corpus("cn-provinces/jilin/2026.txt"))
    prices = [
        (n.status, n.old.quantity.value if n.old else None, n.new.quantity.value if n.new else None)
        for n in result.changes.numbers
        if n.kind == "target" and ("价格" in n.metric or "CPI" in n.metric)
    ]
    assert prices == [("unchanged", 2.0, 2.0)]


def test_a_quoted_name_is_not_cut_at_a_verb_inside_it() -> None:
    """Shanghai: 筹措供应“新时代城市建设者管理者之家”床位3万张以上 measures the beds of the
    quoted programme; the 建设 inside the quotation is no verb (the name was 者管理者之家床位)."""
    from diffreport import compare

    from .conftest import corpus

    result = compare(
        corpus("cn-provinces/shanghai/2025.txt"), corpus("cn-provinces/shanghai/2026.txt")
    )
    names = {n.metric for n in result.changes.numbers if "管理者之家" in n.metric}
    assert names and all("城市建设者管理者之家床位" in name for name in names), names


def test_a_target_renamed_within_the_list_of_targets_pairs() -> None:
    """Xinjiang's 主要预期目标: 进出口贸易总额增长12%左右 (2025) is 外贸进出口总额增长10%左右
    (2026), the same quantity reworded in the paired sentence; 财政赤字 and 地方财政赤字 in
    SC 2014->2015 are a whole and its part, never paired that way."""
    from diffreport import compare

    from .conftest import corpus

    trade = [
        (n.status, n.old.quantity.value if n.old else None, n.new.quantity.value if n.new else None)
        for n in compare(
            corpus("cn-provinces/xinjiang/2025.txt"), corpus("cn-provinces/xinjiang/2026.txt")
        ).changes.numbers
        if n.kind == "target" and "进出口" in n.metric and n.new and n.new.quantity.form == "growth"
    ]
    assert trade == [("changed", 12.0, 10.0)]
    deficits = {
        (n.old.quantity.metric, n.new.quantity.metric)
        for n in compare(
            corpus("cn-state-council/2014.txt"), corpus("cn-state-council/2015.txt")
        ).changes.numbers
        if n.old and n.new and "赤字" in n.metric
    }
    assert all(old == new or "比上年" in old + new for old, new in deficits), deficits


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "said", "metric"),
    [
        # 打造40个吸引力强、带动面广的消费场景: the listed modifiers qualify what is counted
        ("cn-provinces/sichuan/2026.txt", "打造40个吸引力强", "消费场景"),
        ("cn-provinces/shanxi/2025.txt", "发展1—2个带动能力强", "特色产业"),
    ],
)
def test_a_counted_noun_after_listed_modifiers_names_the_figure(
    name: str, said: str, metric: str
) -> None:
    doc = load(CORPUS / name)
    found = [x for x in document_quantities(doc) if said in doc.sentences[x.sentence].text]
    assert [x.quantity.metric for x in found] == [metric]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "said", "metric"),
    [
        # 惠及 (benefit), 涉及 (concern) name nothing: what follows does, or the subject
        # before a verb that stands in the clause (城镇更新改造惠及…)
        ("cn-state-council-zh-en/2026.zh.txt", "惠及1400万儿童", "儿童"),
        ("cn-state-council/2013.txt", "惠及1.6亿学生", "学生"),
        ("cn-provinces/yunnan/2026.txt", "城镇更新改造惠及390万人", "城镇更新"),
        ("cn-state-council/2014.txt", "学生营养改善计划惠及3200万孩子", "学生营养改善计划惠及"),
        # 预期 opens a name here, not a goal's cue: a plan's count of its expected indicators
        ("cn-provinces/fujian/2026.txt", "16个预期性指标", "预期性指标"),
    ],
)
def test_a_verb_of_benefit_or_a_goal_cue_is_no_name(name: str, said: str, metric: str) -> None:
    doc = load(CORPUS / name)
    text = {x.sentence: doc.sentences[x.sentence].text for x in document_quantities(doc)}
    found = [
        x for x in document_quantities(doc) if said in text[x.sentence] and x.quantity.text in said
    ]
    assert [x.quantity.metric for x in found] == [metric]


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "said", "figures"),
    [
        # a voltage rates the line or the grid it names: no amount, whatever follows it
        ("cn-provinces/gansu/2026.txt", "加快建设750千伏河西走廊北通道", []),
        ("cn-provinces/liaoning/2026.txt", "加快川州二期等500千伏输变电工程建设", []),
        ("cn-provinces/ningxia/2026.txt", "新建750千伏和330千伏电网工程16个", ["16个"]),
    ],
)
def test_a_voltage_is_a_rating_not_an_amount(name: str, said: str, figures: list[str]) -> None:
    doc = load(CORPUS / name)
    found = [
        x.quantity.text
        for x in document_quantities(doc)
        if said in doc.sentences[x.sentence].text
        and doc.sentences[x.sentence].text.find(said)
        <= x.quantity.start
        < doc.sentences[x.sentence].text.find(said) + len(said)
    ]
    assert found == figures


@pytest.mark.corpus
def test_a_space_around_a_figure_changes_no_target() -> None:
    # SC 2019 with its railway investment spaced as some editions print it: the same
    # figures, the same targets; a space before a classifier that begins words stays
    # (附件2 名词解释 holds no figure)
    text = edition("cn-state-council/2019.txt")
    before = "完成铁路投资8000亿元"
    source = (CORPUS / "cn-state-council/2019.txt").read_text(encoding="utf-8")
    assert source.count(before) == 1
    spaced = from_text(source.replace(before, "完成铁路投资 8000 亿元"))
    plain = [(x.quantity.metric, x.quantity.value) for x in document_quantities(text)]
    assert [(x.quantity.metric, x.quantity.value) for x in document_quantities(spaced)] == plain
    assert not document_quantities(from_text("附件2 名词解释"))
    # nor after a comma: the delta still compares with the figure before it
    found = document_quantities(from_text("中央预算内投资拟安排5776亿元， 比去年 增加 400 亿元。"))
    assert [x.quantity.metric for x in found] == ["中央预算内投资", "中央预算内投资比上年增加"]


@pytest.mark.corpus
def test_a_spaced_count_reads_as_the_unspaced_one_and_its_text_ends_at_its_unit() -> None:
    # SC 2019's 推进10个省份 (an edit of the real text): spaced 10 个 is the same count; the
    # phrase shown ends at its unit, not at the space folded away after it
    source = (CORPUS / "cn-state-council/2019.txt").read_text(encoding="utf-8")
    said = "完成铁路投资8000亿元"
    assert source.count(said) == 1
    plain = from_text(source.replace(said, "新建10个县级中心，完成铁路投资8000亿元"))
    spaced = from_text(source.replace(said, "新建 10 个 县级中心，完成铁路投资 8000 亿元 。"))
    read = [(x.quantity.metric, x.quantity.value) for x in document_quantities(plain)]
    assert ("县级中心", 10.0) in read
    found = document_quantities(spaced)
    assert [(x.quantity.metric, x.quantity.value) for x in found] == read
    assert not [x for x in found if x.quantity.text != x.quantity.text.strip()]
    # 个 that begins a word is no classifier of the figure before it
    assert not document_quantities(from_text("附件2 个人所得税专项附加扣除"))


def _rows_of(old: str, new: str, metric: str) -> set[tuple[str, str, str | None, str | None]]:
    """(kind, status, old text, new text) of the rows of ``metric`` between two editions."""
    return {
        (
            x.kind,
            x.status,
            x.old.quantity.text if x.old else None,
            x.new.quantity.text if x.new else None,
        )
        for x in changes(old, new)
        if x.metric == metric
    }


@pytest.mark.corpus
def test_a_level_raised_from_the_past_years_is_this_years_target() -> None:
    # SC 2015: 赤字率从去年的2.1%提高到2.3% — 2.3% is this year's deficit ratio, the past
    # year's 2.1% what it rises from; 2016's 提高到3% changes 2.3%, not 2.1%
    rows = _rows_of("cn-state-council/2015.txt", "cn-state-council/2016.txt", "赤字率")
    assert ("target", "changed", "提高到2.3%", "提高到3%") in rows
    assert ("actual", "removed", "2.1%", None) in rows
    rows = _rows_of("cn-state-council/2014.txt", "cn-state-council/2015.txt", "赤字率")
    assert ("target", "changed", "稳定在2.1%", "提高到2.3%") in rows
    # 将由上年18亿元增加到95亿元 (SC 2007): 95亿元 is the year's outlay, a target
    doc = load(CORPUS / "cn-state-council/2007.txt")
    found = [x.quantity for x in document_quantities(doc) if x.quantity.text == "增加到95亿元"]
    assert [q.kind for q in found] == ["target"]


@pytest.mark.corpus
def test_the_level_a_figure_rises_from_is_no_target_and_a_periods_goals_come_last() -> None:
    # 人均基本公共卫生服务经费标准由25元提高到30元 (SC 2013): 25元 is the level reached, 30元 the
    # target; 由中央代地方发债4000亿元 (2014): 由 names who issues, 4000亿元 is a target
    doc = load(CORPUS / "cn-state-council/2013.txt")
    kinds = {x.quantity.text: x.quantity.kind for x in document_quantities(doc)}
    assert kinds["25元"] == "actual" and kinds["提高到30元"] == "target"
    doc = load(CORPUS / "cn-state-council/2014.txt")
    found = [x.quantity for x in document_quantities(doc) if x.quantity.metric == "中央代地方发债"]
    assert [(q.text, q.kind) for q in found] == [("4000亿元", "target")]
    # SC 2016 sets out the 十三五 goals before the year's plan: the year's targets lead
    rows = [x for x in changes("cn-state-council/2015.txt", "cn-state-council/2016.txt")]
    spans = [i for i, x in enumerate(rows) if (x.new or x.old).quantity.period == "span"]
    bonds = next(i for i, x in enumerate(rows) if x.metric == "地方专项债券")
    assert spans and bonds < min(i for i in spans if rows[i].status == "added")


@pytest.mark.corpus
def test_cubic_metres_of_gas_and_micrograms_of_fine_particles_are_units() -> None:
    # Shaanxi 2025: 天然气产量370亿方, 全省PM2.5平均浓度不超过35微克每立方米 (read as 370亿 with
    # no unit, and not at all); Beijing 2026's 细颗粒物年均浓度控制在29微克/立方米左右
    rows = _rows_of("cn-provinces/shaanxi/2025.txt", "cn-provinces/shaanxi/2026.txt", "天然气产量")
    assert ("target", "removed", "370亿方", None) in rows
    rows = _rows_of(
        "cn-provinces/shaanxi/2025.txt", "cn-provinces/shaanxi/2026.txt", "PM2.5平均浓度"
    )
    assert ("target", "removed", "不超过35微克每立方米", None) in rows
    doc = load(CORPUS / "cn-provinces/beijing/2026.txt")
    found = {x.quantity.text: x.quantity for x in document_quantities(doc)}
    assert found["控制在29微克/立方米左右"].unit == "微克/立方米"
    assert found["控制在29微克/立方米左右"].kind == "target"
    # 年均浓度 is the year's mean concentration, not a yearly average over several years
    assert found["控制在29微克/立方米左右"].period == "year"
    # a numeral before 方 in an idiom is no amount (一方有难、八方支援; 四面八方)
    assert not document_quantities(from_text("今年要坚持一方有难、八方支援，迎接四面八方来客。"))


@pytest.mark.corpus
def test_a_figure_said_of_every_item_of_a_list_is_named_by_all_of_them() -> None:
    # SC 2015: 化学需氧量、氨氮排放都要减少2%左右 was 氨氮排放 alone; SC 2018's five-year
    # review 单位国内生产总值能耗、水耗均下降20%以上 was 水耗下降; Guizhou 2026's tourism
    # goal 接待游客人次、旅游总花费均增长8%以上 named spending only
    doc = load(CORPUS / "cn-state-council/2015.txt")
    names = {x.quantity.text: x.quantity.metric for x in document_quantities(doc)}
    assert names["减少2%左右"] == "化学需氧量、氨氮排放"
    names = {q.text: q.metric for q in _quantities_of("cn-state-council/2018.txt", "水耗均下降")}
    assert names["下降20%以上"] == "单位国内生产总值能耗、水耗"
    guizhou = ("cn-provinces/guizhou/2025.txt", "cn-provinces/guizhou/2026.txt")
    assert not _rows_of(*guizhou, "旅游总花费")
    rows = _rows_of(*guizhou, "接待游客人次、旅游总花费")
    assert ("target", "unchanged", "增长8%以上", "增长8%以上") in rows
    # 分别 gives each item its own figure, as before
    found = document_quantities(from_text("今年化学需氧量、二氧化硫排放量分别减少2%和3%。"))
    assert [x.quantity.metric for x in found] == ["化学需氧量", "二氧化硫排放量"]


@pytest.mark.corpus
def test_sizes_brackets_populations_and_current_levels_are_no_targets() -> None:
    # A hand-labelled read of SC 2018 -> 2019 and three provinces 2025 -> 2026 found these
    # shown as the year's targets
    rows = {
        (x.metric, x.status)
        for x in changes("cn-state-council/2018.txt", "cn-state-council/2019.txt")
        if x.kind == "target"
    }
    names = {metric for metric, _ in rows}
    # 将制造业等行业现行16%的税率降至13%: 16% is the rate in force, 13% the goal
    assert not any("现行" in name for name in names) and ("税率", "added") in rows
    # 我国60岁以上人口已达2.5亿; 近14亿中国人的饭碗; 56个民族共同团结奋斗…的美好家园
    assert not names & {"60岁以上人口", "中国人的饭碗", "美好家园"}
    doc = load(CORPUS / "cn-provinces/sichuan/2025.txt")
    texts = {x.quantity.text for x in document_quantities(doc)}
    # 粮油五千亿级产业链 (a class), 用好240小时过境免签 (a service's name)
    assert "五千亿" not in texts and "240小时" not in texts
    doc = load(CORPUS / "cn-provinces/zhejiang/2025.txt")
    found = {x.quantity.text: x.quantity for x in document_quantities(doc)}
    # 0-6岁儿童 is an age bracket, 24小时不打烊站点 a kind of station that 80个 counts
    assert "0-6岁" not in found and "24小时" not in found
    assert found["80个"].metric == "24小时不打烊站点"
    # an age that is an amount stays one: 人均预期寿命从80.2岁提升至82.5岁 (Zhejiang 2026)
    doc = load(CORPUS / "cn-provinces/zhejiang/2026.txt")
    found = {x.quantity.text: x.quantity for x in document_quantities(doc)}
    assert found["提升至82.5岁"].metric == "人均预期寿命"


@pytest.mark.corpus
def test_trains_courses_plots_and_visits_are_units() -> None:
    # Zhejiang: 中欧班列…力争全年开行2500列以上 -> 3000列以上 had not been read at all;
    # 盘活闲置农房2万宗 was 2万 with no unit, 1万户次 and 5000场次 were cut to 户 and 场
    rows = {
        (x.status, x.old.quantity.text if x.old else None, x.new.quantity.text if x.new else None)
        for x in changes("cn-provinces/zhejiang/2025.txt", "cn-provinces/zhejiang/2026.txt")
        if x.kind == "target"
    }
    assert ("changed", "2500列以上", "3000列以上") in rows
    doc = load(CORPUS / "cn-provinces/zhejiang/2026.txt")
    units = {x.quantity.text: x.quantity.unit for x in document_quantities(doc)}
    assert units["2万宗"] == "宗" and units["1万户次"] == "户次" and units["5000场次"] == "场次"
    assert units["100门"] == "门"
    # Henan's 中欧班列…开行4000班次 had been lost on both sides
    doc = load(CORPUS / "cn-provinces/henan/2026.txt")
    assert "班次" in {x.quantity.unit for x in document_quantities(doc)}
    # …97%门诊量: 门 after a per cent begins a word (Beijing 2026)
    doc = load(CORPUS / "cn-provinces/beijing/2026.txt")
    assert not any(x.quantity.unit.endswith("门") for x in document_quantities(doc))


@pytest.mark.corpus
def test_names_from_the_clause_before_past_an_aside_and_for_a_part() -> None:
    # From the hand-labelled SC 2018 -> 2019 and Zhejiang/Sichuan 2025 -> 2026 targets
    rows = {
        x.metric: x
        for x in changes("cn-state-council/2018.txt", "cn-state-council/2019.txt")
        if x.kind == "target"
    }
    # 下调城镇职工基本养老保险单位缴费比例，各地可降至16% had been named 各地可
    assert "城镇职工基本养老保险单位缴费比例" in rows and "各地可" not in rows
    # 小规模纳税人增值税起征点从月销售额3万元提高到10万元: named by what rises, not the basis
    assert not any(name.endswith("月销售额") for name in rows)
    assert any(name.endswith("小规模纳税人增值税起征点") for name in rows)
    # a bracketed aside inside a counted noun is read past (乡镇（街道）应急消防管理站, 套（间）
    # 城市危旧房), not past a whole noun (15个服务业高质量发展集聚区（培育区）建设) nor into the
    # next figure's name (57个县（市）生产总值近3万亿元)
    names = {q.text: q.metric for q in _quantities_of("cn-provinces/zhejiang/2025.txt", "700个")}
    assert names["700个"] == "乡镇应急消防管理站"
    sichuan = ("cn-provinces/sichuan/2025.txt", "cn-provinces/sichuan/2026.txt")
    assert ("target", "changed", "3万套", "改造2.5万套") in _rows_of(*sichuan, "城市危旧房")
    names = {q.text: q.metric for q in _quantities_of(sichuan[1], "支持15个服务业")}
    assert names["支持15个"] == "服务业高质量发展集聚区"
    names = {q.text: q.metric for q in _quantities_of("cn-provinces/guangdong/2026.txt", "57个县")}
    assert "县生产总值近" not in names.values()
    # 其中农村1万个以上 is a part of the chargers counted before it
    names = {q.text: q.metric for q in _quantities_of("cn-provinces/zhejiang/2025.txt", "其中农村")}
    assert names["1万个以上"] == "新能源汽车公共充电桩（其中农村）"
    # 从业人员 and 无理由 hold no verb of a figure (软件从业人员突破50万人 was named 业人员)
    names = {
        q.text: q.metric for q in _quantities_of("cn-provinces/guangdong/2025.txt", "超4500家")
    }
    assert names["超4500家"] == "线下无理由退货承诺店"


@pytest.mark.corpus
def test_goals_over_a_stretch_of_years_and_targets_met_since() -> None:
    # Hubei 2025: 用3—5年时间，培养引进10名战略科学家… is no goal for the year; Sichuan
    # 2025's 力争2027年建成6个万亿级产业 and SC 2019's 今明两年…提高6000万农村人口供水保障水平
    # neither
    spans = {q.text: q.period for q in _quantities_of("cn-provinces/hubei/2025.txt", "用3—5年时间")}
    assert spans["引进10名"] == "span"
    sichuan = _quantities_of("cn-provinces/sichuan/2025.txt", "力争2027年建成6个万亿级产业")
    assert [q.period for q in sichuan] == ["span"]
    water = _quantities_of("cn-state-council/2019.txt", "今明两年")
    assert [q.period for q in water] == ["span"]
    # a target the next edition reports as met is removed, not hidden by that report (SC
    # 2018: 今年…完成易地扶贫搬迁280万人; 2019 reviews 易地扶贫搬迁280万人)
    rows = changes("cn-state-council/2018.txt", "cn-state-council/2019.txt")
    assert any(x.metric == "易地扶贫搬迁" and x.status == "removed" for x in rows)
    # 6.5%左右的增速可以实现比较充分的就业 restates the growth target: no row of its own
    assert not any("比较充分的就业" in x.metric for x in rows)


@pytest.mark.corpus
def test_money_is_named_by_the_programme_it_pays_for() -> None:
    # Guangxi 2026's 民生实事: 筹措7亿元实施就业惠民工程, 筹措280.44亿元实施社保惠民工程… had
    # all been named 筹措
    found = _quantities_of("cn-provinces/guangxi/2026.txt", "实施就业惠民工程")
    names = {q.text: q.metric for q in found}
    assert names["7亿元"] == "就业惠民工程"
    assert "筹措" not in names.values()


@pytest.mark.corpus
def test_a_bare_amount_after_a_list_mark_and_an_activity_in_visits_are_named() -> None:
    # SC 2022: 中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18% had two rows named
    # 规模 on the first screen; Shandong 2026's 全年培训40万人次 was an outcome for want of a name
    names = {
        q.text: q.metric for q in _quantities_of("cn-state-council/2022.txt", "规模近9.8万亿元")
    }
    assert names["近9.8万亿元"] == "中央对地方转移支付规模"
    # …新增境内外上市企业…、总量达1198家 (Guangdong 2025) is the total of them, not of the new
    names = {
        q.text: q.metric for q in _quantities_of("cn-provinces/guangdong/2025.txt", "总量达1198家")
    }
    assert names["达1198家"] == "境内外上市企业总量"
    # 建设 before 项目 names the projects (今年安排省重点建设项目1500个 had been 项目)
    names = {
        q.text: q.metric
        for q in _quantities_of("cn-provinces/guangdong/2025.txt", "省重点建设项目1500个")
    }
    assert names["1500个"] == "省重点建设项目"
    found = _quantities_of("cn-provinces/shandong/2026.txt", "培训40万人次")
    assert [(q.metric, q.kind) for q in found if q.text == "40万人次"] == [("培训", "target")]
