"""Multi-year series: section chains, target paths, topic timeline, follow-through, renderers."""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import diffreport
from diffreport.cli import main
from diffreport.model import Quantity, Series
from diffreport.render import RenderOptions, get_series_renderer
from diffreport.render.series_json import to_dict
from diffreport.render.values import display_value
from diffreport.series import series_labels
from diffreport.series.followthrough import evaluate_target, judge_target

from .conftest import SAMPLES, corpus

YEARS = (2021, 2022, 2023, 2024, 2025)


@pytest.fixture(scope="module")
def state_council() -> Series:
    return diffreport.compare_series([corpus(f"cn-state-council/{year}.txt") for year in YEARS])


def _row(series: Series, metric: str, unit: str) -> list[str | None]:
    """The displayed values of the first target path of ``metric``."""
    for path in series.numbers:
        if path.kind == "target" and path.metric == metric and path.unit == unit:
            return [None if v is None else display_value(v.quantity) for v in path.values]
    raise AssertionError(f"no target path for {metric}")


def _q(
    value: float,
    qualifier: str | None = None,
    *,
    unit: str = "%",
    metric: str = "国内生产总值",
    verb: str | None = "增长",
    kind: str = "target",
    high: float | None = None,
) -> Quantity:
    text = f"{verb or ''}{value:g}{unit}{qualifier or ''}"
    return Quantity(metric, value, high, unit, qualifier, text, kind, verb)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- labels


def test_labels_are_years_when_the_file_names_carry_distinct_years() -> None:
    assert series_labels(["a/2021.txt", "a/2022.zh.txt", "b/report-2023.md"]) == [
        "2021",
        "2022",
        "2023",
    ]


def test_labels_fall_back_to_stems_and_then_folders_and_never_repeat() -> None:
    assert series_labels(["fomc/2008-01-22.txt", "fomc/2008-03-18.txt"]) == [
        "2008-01-22",
        "2008-03-18",
    ]
    assert series_labels(["henan/2025.txt", "hubei/2025.txt"]) == ["henan/2025", "hubei/2025"]
    assert series_labels(["x/a.txt", "x/a.txt"]) == ["x/a", "x/a#2"]


# --------------------------------------------------------------------------- the qualifier rules


@pytest.mark.parametrize(
    ("target", "outcome", "verdict", "rule"),
    [
        (_q(6, "以上"), _q(8.1, kind="actual"), "exceeded", "floor"),
        (_q(6, "以上"), _q(5.9, kind="actual"), "missed", "floor"),
        (_q(5.5, "左右"), _q(3, kind="actual"), "missed", "about"),
        (_q(5, "左右"), _q(5.2, kind="actual"), "met", "about"),
        (_q(5, "左右"), _q(5.5, kind="actual"), "met", "about"),  # the edge of ±0.5 pp
        (_q(5, "左右"), _q(5.6, kind="actual"), "exceeded", "about"),  # beyond the margin
        (
            _q(5.5, "以内", metric="城镇调查失业率", verb="控制在"),
            _q(5.5, kind="actual"),
            "met",
            "ceiling",
        ),
        (
            _q(5.5, "以内", metric="城镇调查失业率", verb=None),
            _q(5.6, kind="actual"),
            "missed",
            "ceiling",
        ),
        # prices are held down: far below "3%左右" still meets it, above the margin misses
        (
            _q(3, "左右", metric="居民消费价格涨幅", verb=None),
            _q(0.2, kind="actual", verb="上涨"),
            "met",
            "held-down",
        ),
        (
            _q(3, "左右", metric="居民消费价格涨幅", verb=None),
            _q(3.6, kind="actual", verb="上涨"),
            "missed",
            "held-down",
        ),
        # a reduction: the size of the cut counts, and a larger cut meets "以上"
        (
            _q(3.4, "以上", metric="单位国内生产总值能耗", verb="下降"),
            _q(5, kind="actual", verb="下降"),
            "exceeded",
            "floor",
        ),
        (
            _q(3, "左右", metric="二氧化硫排放量", verb="降低"),
            _q(2, kind="actual", verb="下降"),
            "missed",
            "reduction",
        ),
        # 回落到 names a level, not a change
        (
            _q(3, "左右", metric="居民消费价格涨幅", verb=None),
            _q(2.6, kind="actual", verb="回落"),
            "met",
            "held-down",
        ),
        # a range, and "about" on a non-percentage (±5%)
        (_q(6, high=6.5), _q(6.1, kind="actual"), "met", "range"),
        (_q(6, high=6.5), _q(6.6, kind="actual"), "exceeded", "range"),
        (
            _q(1200e4, "左右", unit="人", metric="城镇新增就业", verb=None),
            _q(1244e4, unit="人", kind="actual"),
            "met",
            "about",
        ),
        (
            _q(1200e4, "左右", unit="人", metric="城镇新增就业", verb=None),
            _q(1300e4, unit="人", kind="actual"),
            "exceeded",
            "about",
        ),
        # no qualifier: a stated amount is met when reached
        (
            _q(5.3e4, unit="个", metric="城镇老旧小区", verb=None),
            _q(5.6e4, unit="个", kind="actual"),
            "exceeded",
            "stated",
        ),
    ],
)
def test_qualifiers_decide_whether_a_target_was_met(
    target: Quantity, outcome: Quantity, verdict: str, rule: str
) -> None:
    assert judge_target(target, outcome) == (verdict, rule)
    # met is the verdict short of a miss: an exceeded target was met
    assert evaluate_target(target, outcome) == (verdict != "missed", rule)


# ------------------------------------------------------------------- State Council 2021-2025


@pytest.mark.corpus
def test_target_paths_of_the_main_targets(state_council: Series) -> None:
    assert state_council.labels == ("2021", "2022", "2023", "2024", "2025")
    assert _row(state_council, "国内生产总值", "%") == [
        "6%以上",
        "5.5%左右",
        "5%左右",
        "5%左右",
        "5%左右",
    ]
    assert _row(state_council, "赤字率", "%") == ["3.2%左右", "2.8%左右", "3%", "3%", "4%左右"]
    assert _row(state_council, "地方政府专项债券", "元") == [
        "3.65万亿元",
        "3.65万亿元",
        "3.8万亿元",
        "3.9万亿元",
        "4.4万亿元",
    ]
    assert _row(state_council, "居民消费价格涨幅", "%") == [
        "3%左右",
        "3%左右",
        "3%左右",
        "3%左右",
        "2%左右",
    ]
    gdp = next(p for p in state_council.numbers if p.metric == "国内生产总值" and p.unit == "%")
    first = gdp.values[0]
    assert first is not None
    assert (first.quantity.value, first.quantity.qualifier) == (6.0, "以上")


@pytest.mark.corpus
def test_gdp_follow_through(state_council: Series) -> None:
    rows = {
        (state_council.labels[f.target_doc], state_council.labels[f.outcome_doc]): f
        for f in state_council.followthrough
        if f.metric == "国内生产总值" and f.target.quantity.unit == "%"
    }
    r2021 = rows[("2021", "2022")]
    assert r2021.met is True and r2021.outcome is not None
    assert r2021.outcome.quantity.value == 8.1
    r2022 = rows[("2022", "2023")]
    assert r2022.met is False and r2022.outcome is not None
    assert r2022.outcome.quantity.value == 3.0
    assert rows[("2023", "2024")].met is True  # 5%左右 against 5.2%
    # the 2025 target has no later report in this series: no row, not a guess
    assert not any(label == "2025" for label, _ in rows)


@pytest.mark.corpus
def test_follow_through_of_held_down_targets(state_council: Series) -> None:
    by = {
        (f.metric, state_council.labels[f.target_doc]): f
        for f in state_council.followthrough
        if f.outcome is not None
    }
    cpi = by[("居民消费价格涨幅", "2022")]  # 3%左右 against 2%
    assert cpi.met is True and cpi.rule == "held-down"
    assert cpi.outcome is not None and cpi.outcome.quantity.value == 2.0
    deficit = by[("赤字率", "2022")]  # 2.8%左右 against 控制在2.8%
    assert deficit.met is True
    jobs = by[("城镇新增就业", "2021")]  # 1100万人以上 against 1269万人
    assert jobs.met is True and jobs.outcome is not None
    assert jobs.outcome.quantity.value == 12_690_000


@pytest.mark.corpus
def test_new_quality_productive_forces_first_seen_in_2024(state_council: Series) -> None:
    topic = next(t for t in state_council.topics if t.term == "新质生产力")
    assert state_council.labels[topic.first] == "2024"
    assert topic.counts[:3] == (0, 0, 0)
    assert topic.counts[3] >= 1
    assert state_council.labels[topic.last] == "2025"


@pytest.mark.corpus
def test_every_section_is_in_exactly_one_chain(state_council: Series) -> None:
    for i, doc in enumerate(state_council.documents):
        seen = Counter(c.sections[i] for c in state_council.sections if c.sections[i] is not None)
        assert sorted(seen) == list(range(len(doc.sections)))
        assert set(seen.values()) == {1}
    assert len({c.key for c in state_council.sections}) == len(state_council.sections)


@pytest.mark.corpus
def test_a_section_absent_for_a_year_rejoins_its_chain(state_council: Series) -> None:
    # 二、2022年经济社会发展总体要求和政策取向: in 2022, not in 2023, back in 2024 and 2025
    chain = next(
        c
        for c in state_council.sections
        if c.headings[1] is not None and "总体要求和政策取向" in c.headings[1]
    )
    assert chain.statuses == ("absent", "present", "absent", "present", "present")
    assert chain.headings[3] == "二、2024年经济社会发展总体要求和政策取向"


@pytest.mark.corpus
def test_the_review_section_is_one_chain_with_the_year_shift(state_council: Series) -> None:
    chain = next(c for c in state_council.sections if c.headings[0] == "一、2020年工作回顾")
    assert chain.headings[1] == "一、2021年工作回顾"
    assert chain.statuses[1] == "present"  # only the year moved
    assert chain.statuses[2] == "renamed"  # 一、过去一年和五年工作回顾
    assert None not in chain.headings


@pytest.mark.corpus
def test_series_reuses_the_pairwise_comparisons(state_council: Series) -> None:
    assert len(state_council.comparisons) == 4
    for k, comparison in enumerate(state_council.comparisons):
        assert comparison.old is state_council.documents[k]
        assert comparison.new is state_council.documents[k + 1]


@pytest.mark.corpus
def test_json_is_the_series_contract(state_council: Series) -> None:
    out = io.StringIO()
    get_series_renderer("json")(state_council, out, RenderOptions())
    data = json.loads(out.getvalue())
    assert data["schema"] == "diffreport.series/1"
    assert [d["label"] for d in data["documents"]] == list(state_council.labels)
    assert all(set(d) >= {"path", "label"} for d in data["documents"])
    for s in data["sections"]:
        assert set(s) >= {"key", "headings"} and len(s["headings"]) == 5
    for n in data["numbers"]:
        assert set(n) >= {"metric", "kind", "values"} and n["kind"] in ("target", "actual")
        assert len(n["values"]) == 5
        for v in n["values"]:
            assert v is None or set(v) >= {"value", "high", "unit", "qualifier", "text"}
    for t in data["topics"]:
        assert set(t) >= {"term", "counts", "first", "last"} and len(t["counts"]) == 5
    assert data["followthrough"]
    for f in data["followthrough"]:
        assert set(f) >= {"metric", "target_label", "target", "outcome_label", "outcome", "met"}
        assert f["met"] in (True, False, None)
    gdp = next(f for f in data["followthrough"] if f["metric"] == "国内生产总值")
    assert gdp["target"]["text"] == "增长6%以上"
    assert gdp["outcome"]["value"] == 8.1 and gdp["met"] is True
    assert to_dict(state_council) == data


@pytest.mark.corpus
def test_terminal_view_shows_targets_follow_through_sections_and_topics(
    state_council: Series,
) -> None:
    out = io.StringIO()
    get_series_renderer("terminal")(state_council, out, RenderOptions(width=160, color=False))
    text = out.getvalue()
    gdp = next(line for line in text.splitlines() if line.strip().startswith("国内生产总值 "))
    assert re.search(r"6%以上\s+5\.5%左右\s+5%左右\s+5%左右\s+5%左右", gdp)
    assert re.search(r"2022: 增长5\.5%左右\s+→\s+2023: 增长3%\s+missed", text)
    assert "Section presence" in text and "新质生产力" in text


# --------------------------------------------------------------------------- other corpora


@pytest.mark.corpus
def test_fomc_statements_of_one_year() -> None:
    files = sorted((corpus("fomc/2008-01-22.txt").parent).glob("2008-*.txt"))
    assert len(files) >= 8
    series = diffreport.compare_series(files)
    assert series.labels[0] == "2008-01-22"
    rate = next(p for p in series.numbers if p.metric == "federal funds rate" and p.unit == "%")
    texts = [None if v is None else v.quantity.text for v in rate.values]
    assert texts[0] == "3-1/2 percent"
    assert texts[-1] == "0 to 1/4 percent"
    last = rate.values[-1]
    assert last is not None and (last.quantity.value, last.quantity.high) == (0.0, 0.25)
    assert sum(t is not None for t in texts) >= 8
    # statements of one year review no earlier year's targets
    assert series.followthrough == ()


@pytest.mark.corpus
def test_provincial_pair() -> None:
    series = diffreport.compare_series(
        [corpus("cn-provinces/henan/2025.txt"), corpus("cn-provinces/henan/2026.txt")]
    )
    assert series.labels == ("2025", "2026")
    assert _row(series, "经济增长", "%") == ["5.5%左右", "5%左右"]
    assert _row(series, "居民消费价格涨幅", "%") == ["2%左右", "2%左右"]


# --------------------------------------------------------------------------- HTML and CLI


def test_html_escapes_report_text_and_draws_charts() -> None:
    hostile = (
        "一、<script>alert(1)</script>工作回顾\n\n去年<img src=x onerror=alert(2)>经济增长5%。\n"
    )
    docs = [
        diffreport.from_text(
            hostile + f"\n二、{year}年工作任务\n\n今年经济增长预期目标为{target}%左右。\n",
            label=str(year),
        )
        for year, target in ((2023, 5), (2024, 5.5), (2025, 6))
    ]
    series = diffreport.compare_series(docs)
    out = io.StringIO()
    get_series_renderer("html")(series, out, RenderOptions())
    page = out.getvalue()
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script" not in page  # the series page needs no script at all
    assert page.count("<polyline") >= 1
    assert "default-src 'none'" in page


def test_cli_series_on_the_samples(tmp_path: Path) -> None:
    files = [str(SAMPLES / "zh" / f"qinghe-{y}.txt") for y in (2023, 2024, 2025)]
    target = tmp_path / "series.json"
    result = CliRunner().invoke(main, ["series", *files, "-f", "json", "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(target.read_text("utf-8"))
    assert [d["label"] for d in data["documents"]] == ["2023", "2024", "2025"]
    labelled = CliRunner().invoke(main, ["series", *files, "--labels", "a,b,c", "-f", "json"])
    assert labelled.exit_code == 0, labelled.stderr
    assert [d["label"] for d in json.loads(labelled.stdout)["documents"]] == ["a", "b", "c"]


def test_cli_series_errors_are_one_line_and_exit_2(tmp_path: Path) -> None:
    files = [str(SAMPLES / "zh" / f"qinghe-{y}.txt") for y in (2023, 2024)]
    missing = CliRunner().invoke(main, ["series", files[0], str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2
    assert "nope.txt" in missing.stderr and "Traceback" not in missing.stderr
    wrong = CliRunner().invoke(main, ["series", *files, "--labels", "a,b,c"])
    assert wrong.exit_code == 2
    assert "--labels" in wrong.stderr


def test_cli_series_of_one_file_is_one_line_and_exit_2() -> None:
    """The API's ``ValueError`` for fewer than 2 editions never reaches the user as a traceback."""
    one = str(SAMPLES / "zh" / "qinghe-2023.txt")
    result = CliRunner().invoke(main, ["series", one, "-f", "json"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"diffreport: error: {one}: a series needs at least 2 files, got 1\n"
