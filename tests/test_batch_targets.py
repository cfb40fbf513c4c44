"""``targets.csv`` and the index's targets view: every target of every comparison of a run.

Runs the bundled samples and a real province pair into ``tmp_path``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from diffreport import compare, load
from diffreport.batch import load_config, run_batch
from diffreport.batch.targets import COLUMNS, by_importance, form, is_headline

from .conftest import corpus
from .test_batch import samples_config, write_config


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("targets")
    config = samples_config(folder / "out", formats=["json"])
    config["pairs"].append(
        {
            "name": "provinces/henan",
            "old": str(corpus("cn-provinces/henan/2025.txt")),
            "new": str(corpus("cn-provinces/henan/2026.txt")),
        }
    )
    result = run_batch(load_config(write_config(folder, config)))
    assert result.exit_code == 0
    summary = json.loads((folder / "out" / "summary.json").read_text(encoding="utf-8"))
    return folder / "out", summary


def _csv(out: Path) -> list[dict[str, str]]:
    raw = (out / "targets.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, so Excel reads Chinese"
    text = raw.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(COLUMNS)
    return list(csv.DictReader(io.StringIO(text)))


def test_targets_csv_has_every_target_in_config_then_target_order(
    run: tuple[Path, dict[str, Any]],
) -> None:
    out, summary = run
    table = _csv(out)
    names = [c["name"] for c in summary["comparisons"]]
    # config order: the comparisons appear as runs, in the summary's order
    seen = list(dict.fromkeys(r["comparison"] for r in table))
    assert seen == [n for n in names if n in seen]
    assert "formatting/rewrapped" in seen  # unchanged targets are rows too
    assert {r["status"] for r in table if r["comparison"] == "formatting/rewrapped"} == {
        "unchanged"
    }
    for c in summary["comparisons"]:
        mine = [r for r in table if r["comparison"] == c["name"]]
        assert [r["metric"] for r in mine] == [t["metric"] for t in c["all_targets"]]
        # the changed ones are the summary's changed targets
        assert [
            (r["metric"], r["old"] or None, r["new"] or None)
            for r in mine
            if r["status"] != "unchanged"
        ] == [(t["metric"], t["old"], t["new"]) for t in c["targets"]]
    cpi = [
        r
        for r in table
        if r["comparison"] == "qinghe/2023-2024" and r["metric"] == "居民消费价格涨幅"
    ]
    assert cpi == [
        {
            "comparison": "qinghe/2023-2024",
            "metric": "居民消费价格涨幅",
            "form": "growth",
            "old": "3%左右",
            "new": "2%左右",
            "qualifier": "左右",
            "status": "changed",
        }
    ]
    henan_gdp = [
        r for r in table if r["comparison"] == "provinces/henan" and is_headline(r["metric"])
    ]
    assert henan_gdp, "the province's GDP target is a row"
    assert all(r["form"] == "growth" for r in henan_gdp), henan_gdp


def test_form_of_the_state_council_targets() -> None:
    old = load(str(corpus("cn-state-council/2024.txt")))
    new = load(str(corpus("cn-state-council/2025.txt")))
    forms = {
        n.metric: form((n.new or n.old).quantity)  # type: ignore[union-attr]
        for n in compare(old, new).changes.numbers
        if n.kind == "target"
    }
    assert forms["国内生产总值"] == "growth"
    assert forms["居民消费价格涨幅"] == "growth"
    assert forms["单位国内生产总值能耗"] == "growth"
    assert forms["赤字规模比上年增加"] == "change"
    assert forms["赤字率比上年提高"] == "change"
    assert forms["居民医保人均财政补助标准"] == "change"  # 提高30元
    assert forms["城镇调查失业率"] == "ratio"
    assert forms["赤字率"] == "ratio"
    assert forms["赤字规模"] == "level"
    assert forms["城镇新增就业"] == "count"


def test_form_reads_a_share() -> None:
    new = load(str(corpus("cn-provinces/henan/2026.txt")))
    old = load(str(corpus("cn-provinces/henan/2025.txt")))
    numbers = compare(old, new).changes.numbers
    shares = [n.metric for n in numbers if form((n.new or n.old).quantity) == "share"]  # type: ignore[union-attr]
    assert shares and all(re.search("比重|占|比例|比率", m) for m in shares), shares


def test_index_targets_view_puts_gdp_first_and_cells_lead_with_changed(
    run: tuple[Path, dict[str, Any]],
) -> None:
    out, summary = run
    page = (out / "index.html").read_text(encoding="utf-8")
    body = page.split('id="targets"', 1)[1].split("</table>", 1)[0]
    metrics = re.findall(r'<td class="mt"[^>]*>([^<]*)</td>', body)
    total = sum(len(c["all_targets"]) for c in summary["comparisons"])
    assert len(metrics) == total
    flags = [is_headline(m) for m in metrics]
    assert flags[0] and flags == sorted(flags, reverse=True), "GDP-like metrics first"
    # each comparison's targets cell: changed, then removed, then added
    rank = {"changed": 0, "removed": 1, "added": 2}
    for cell in re.findall(r'<td class="tg"[^>]*>(.*?)</td>', page, re.S):
        statuses = re.findall(r'<li class="(\w+)">', cell)
        assert [rank[s] for s in statuses] == sorted(rank[s] for s in statuses), statuses
    henan = next(c for c in summary["comparisons"] if c["name"] == "provinces/henan")
    assert {t["status"] for t in henan["targets"]} >= {"changed", "added"}
    # the commitments columns say which is which
    assert ">new commitments<" in page and ">dropped commitments<" in page


def test_by_importance_puts_gdp_first_then_document_order_within_a_status() -> None:
    ts = [
        {"metric": "a", "status": "added"},
        {"metric": "b", "status": "changed"},
        {"metric": "c", "status": "removed"},
        {"metric": "d", "status": "changed"},
    ]
    assert [t["metric"] for t in by_importance(ts)] == ["b", "d", "c", "a"]
    ts.append({"metric": "地区生产总值", "status": "changed"})
    assert [t["metric"] for t in by_importance(ts)] == ["地区生产总值", "b", "d", "c", "a"]


@pytest.mark.corpus
def test_the_corpus_batch_writes_every_provinces_growth_target(tmp_path: Path) -> None:
    """Every province's 2025 -> 2026 pair in one batch: targets.csv has each province's
    GDP growth target (地区生产总值, 经济增长…) with a figure on both sides (issue 19)."""
    provinces = sorted(p.name for p in corpus("cn-provinces").iterdir() if p.is_dir())
    assert len(provinces) == 31
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json"],
        "pairs": [
            {
                "name": name,
                "old": str(corpus(f"cn-provinces/{name}/2025.txt")),
                "new": str(corpus(f"cn-provinces/{name}/2026.txt")),
            }
            for name in provinces
        ],
    }
    result = run_batch(load_config(write_config(tmp_path, config)))
    assert result.exit_code == 0
    growth = {
        r["comparison"]
        for r in _csv(tmp_path / "out")
        if is_headline(r["metric"]) and r["form"] == "growth" and r["old"] and r["new"]
    }
    assert growth == set(provinces), sorted(set(provinces) - growth)
