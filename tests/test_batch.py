"""``diffreport batch``: config validation, results, faults, re-runs, local vs Dask.

Configs are written into ``tmp_path`` with absolute paths to the bundled samples
and the real corpus, so every run writes only below ``tmp_path``.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from diffreport.batch import (
    MANIFEST,
    BatchConfig,
    Progress,
    UnitResult,
    UnitTimeout,
    call_with_timeout,
    load_config,
    run_batch,
)
from diffreport.batch.targets import is_headline
from diffreport.batch.yaml_loader import MAX_CONFIG_BYTES
from diffreport.cli import main
from diffreport.errors import OutputError
from diffreport.output import TMP_PREFIX, atomic_write

from .conftest import SAMPLES, corpus

ZH = SAMPLES / "zh"
EN = SAMPLES / "en"
STATUSES = ("unchanged", "modified", "moved", "added", "removed")


def write_config(folder: Path, config: dict[str, Any], name: str = "batch.yaml") -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def samples_config(out: Path, **extra: Any) -> dict[str, Any]:
    """Two sample series and one formatting-only pair."""
    config: dict[str, Any] = {
        "output": str(out),
        "formats": ["html", "json"],
        "jobs": 2,
        "series": [
            {
                "name": "qinghe",
                "files": [str(ZH / "qinghe-20[0-9][0-9].txt")],
                "labels": ["2023", "2024", "2025"],
            },
            {"name": "northbank", "files": [str(EN / "northbank-*.txt")]},
        ],
        "pairs": [
            {
                "name": "formatting/rewrapped",
                "old": str(ZH / "qinghe-2024.txt"),
                "new": str(ZH / "qinghe-2024-rewrapped.txt"),
            }
        ],
    }
    config.update(extra)
    return config


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def comparisons(summary: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {c["name"]: c for c in summary["comparisons"]}


# --- validation: exit 2, one line naming the key path and the file, nothing written ------------


def _bad(tmp: Path, **change: Any) -> dict[str, Any]:
    config = samples_config(tmp / "out")
    for key, value in change.items():
        if value is _DROP:
            config.pop(key)
        else:
            config[key] = value
    return config


_DROP = object()


def _pair(**kw: Any) -> dict[str, Any]:
    entry = {"name": "p", "old": str(ZH / "qinghe-2023.txt"), "new": str(ZH / "qinghe-2024.txt")}
    entry.update(kw)
    return entry


@pytest.mark.parametrize(
    ("change", "key", "detail"),
    [
        ({"jbos": 2}, "jbos", "unknown key (did you mean 'jobs'?)"),
        ({"output": _DROP}, "output", "missing"),
        ({"output": "o\0ut"}, "output", "'o\\x00ut': a folder name cannot hold a NUL character"),
        ({"jobs": "four"}, "jobs", "got a string ('four')"),
        ({"jobs": 0}, "jobs", "expected a whole number of at least 1, got 0"),
        ({"jobs": 2.5}, "jobs", "expected a whole number of at least 1, got 2.5"),
        ({"jobs": True}, "jobs", "a boolean"),
        ({"formats": ["html", "pdf"]}, "formats[1]", "unknown format 'pdf'"),
        ({"formats": "html"}, "formats", "list of strings"),
        ({"executor": "slurm"}, "executor", "local, dask"),
        ({"timeout": -1}, "timeout", "positive"),
        ({"timeout": "soon"}, "timeout", "seconds"),
        ({"options": {"match-treshold": 0.5}}, "options.match-treshold", "unknown key"),
        ({"options": {"candidates": 1.5}}, "options.candidates", "expected int, got 1.5"),
        ({"options": {"match-threshold": "high"}}, "options.match-threshold", "expected float"),
        ({"series": {"name": "x"}}, "series", "expected a list"),
        ({"series": [{"name": "x", "flies": ["a"]}]}, "series[0].flies", "unknown key"),
        ({"series": [{"name": "x"}]}, "series[0].files", "missing"),
        ({"series": [{"name": "x", "files": "a.txt"}]}, "series[0].files", "list of strings"),
        (
            {"series": [{"name": "x", "files": [str(ZH / "nothing-*.txt")]}]},
            "series[0].files[0]",
            "matches no file",
        ),
        (
            {"series": [{"name": "x", "files": [str(ZH / "qinghe-2023.txt")]}]},
            "series[0].files",
            "at least 2 files, found 1",
        ),
        (
            {"series": [{"name": "x", "files": [str(ZH / "qinghe-202[34].txt")], "labels": ["a"]}]},
            "series[0].labels",
            "expected 2 labels",
        ),
        ({"pairs": [_pair(old=str(ZH / "missing.txt"))]}, "pairs[0].old", "no such file"),
        ({"pairs": [_pair(new=str(ZH))]}, "pairs[0].new", "is not a file"),
        ({"pairs": [_pair(name="../../x")]}, "pairs[0].name", "not a safe name"),
        ({"pairs": [_pair(name="/tmp/x")]}, "pairs[0].name", "not a safe name"),
        ({"pairs": [_pair(name="a/../../x")]}, "pairs[0].name", "not a safe name"),
        ({"pairs": [_pair(name="a\\..\\x")]}, "pairs[0].name", "not a safe name"),
        ({"pairs": [_pair(), _pair()]}, "pairs[1].name", "used by pairs[0].name"),
        ({"pairs": [_pair(extra=1)]}, "pairs[0].extra", "unknown key"),
        ({"pairs": [], "series": []}, "pairs", "nothing to compare"),
    ],
)
def test_invalid_config_is_refused_with_its_key_path(
    tmp_path: Path, change: dict[str, Any], key: str, detail: str
) -> None:
    path = write_config(tmp_path, _bad(tmp_path, **change))
    result = run_cli("batch", str(path))
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"diffreport: error: {path}: {key}: "), lines[0]
    assert detail in lines[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.yaml"]


def test_missing_config_and_bad_yaml(tmp_path: Path) -> None:
    result = run_cli("batch", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert result.output == f"diffreport: error: {tmp_path / 'nope.yaml'}: no such file\n"
    bad = tmp_path / "bad.yaml"
    bad.write_text("output: out\npairs: [\n", encoding="utf-8")
    result = run_cli("batch", str(bad))
    assert result.exit_code == 2
    assert result.output.startswith(f"diffreport: error: {bad}: line 3: not valid YAML")
    assert len(result.output.strip().splitlines()) == 1
    listing = tmp_path / "list.yaml"
    listing.write_text("- a\n- b\n", encoding="utf-8")
    result = run_cli("batch", str(listing))
    assert result.exit_code == 2
    assert "(top level): expected a mapping, got a list" in result.output


def test_a_config_is_read_to_a_megabyte_at_most(tmp_path: Path) -> None:
    # before: /dev/zero was read whole, gigabytes, then a MemoryError traceback
    result = run_cli("batch", "/dev/zero")
    assert result.exit_code == 2
    assert result.output == (
        f"diffreport: error: /dev/zero: more than {MAX_CONFIG_BYTES:,} bytes, too large for a "
        "batch config (a config names files and globs; is this the right file?)\n"
    )
    config = samples_config(tmp_path / "out")
    text = yaml.safe_dump(config, allow_unicode=True)
    padding = MAX_CONFIG_BYTES - len(text.encode("utf-8"))
    at_bound = tmp_path / "at-bound.yaml"
    at_bound.write_text(text + "#" * (padding - 1) + "\n", encoding="utf-8")
    assert at_bound.stat().st_size == MAX_CONFIG_BYTES
    assert load_config(at_bound).pairs == load_config(write_config(tmp_path, config)).pairs
    over = tmp_path / "over.yaml"
    over.write_bytes(at_bound.read_bytes() + b"\n")
    result = run_cli("batch", str(over))
    assert result.exit_code == 2
    assert result.output.startswith(f"diffreport: error: {over}: more than 1,048,576 bytes")
    assert len(result.output.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f"output: out\njobs: !!python/object/apply:os.system ['touch {marker}']\n",
        encoding="utf-8",
    )
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert "not valid YAML" in result.output
    assert not marker.exists()


def test_deeply_nested_yaml_is_one_line_not_a_recursion_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("output: out\noptions: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert result.output == f"diffreport: error: {path}: not valid YAML (nested too deeply)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep.yaml"]


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ("output: a\noutput: b\npairs: []\n", "output", "lines 1 and 2"),
        ("output: out\npairs:\n  - {name: a, old: x, name: b}\n", "pairs[0].name", "line 3"),
        (
            "output: out\noptions:\n  candidates: 3\n  'candidates': 4\n",
            "options.candidates",
            "lines 3 and 4",
        ),
    ],
)
def test_a_key_given_twice_is_refused_with_its_key_path(
    tmp_path: Path, text: str, key: str, where: str
) -> None:
    """PyYAML keeps the last of two equal keys; the config says which one is given twice."""
    path = tmp_path / "twice.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert result.output == (
        f"diffreport: error: {path}: {key}: given twice ({where}); give each key once\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["twice.yaml"]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("2024-13-45", "cannot read '2024-13-45' as timestamp (month must be in 1..12)"),
        ("!!int abc", "cannot read 'abc' as int (invalid literal for int() with base 10: 'abc')"),
        ("!!float abc", "cannot read 'abc' as float (could not convert string to float: 'abc')"),
        ("!!timestamp x", "cannot read 'x' as timestamp"),
        ("1" * 5000, "cannot read '" + "1" * 40 + "…' as int (Exceeds the limit (4300 digits)"),
    ],
)
def test_a_value_its_tag_cannot_build_is_a_yaml_error(
    tmp_path: Path, value: str, problem: str
) -> None:
    """PyYAML lets these escape as a ValueError or AttributeError; they are a line of YAML."""
    path = tmp_path / "value.yaml"
    path.write_text(f"output: out\njobs: {value}\npairs: []\n", encoding="utf-8")
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert result.output.startswith(
        f"diffreport: error: {path}: line 2: not valid YAML: {problem}"
    ), result.output
    assert len(result.output.splitlines()) == 1


def test_keys_merged_with_yaml_merge_keys_are_not_given_twice(tmp_path: Path) -> None:
    """``<<: *pair`` then ``name:`` overrides the merged name, as YAML means it to."""
    old, new = ZH / "qinghe-2023.txt", ZH / "qinghe-2024.txt"
    path = tmp_path / "merge.yaml"
    path.write_text(
        f"output: out\npairs:\n  - &p {{name: a, old: '{old}', new: '{new}'}}\n"
        "  - {<<: *p, name: b}\n",
        encoding="utf-8",
    )
    cfg = load_config(path)
    assert [(p.name, p.old.path) for p in cfg.pairs] == [("a", str(old)), ("b", str(old))]


def test_paths_and_globs_are_relative_to_the_config_and_sorted(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    text = (ZH / "qinghe-2023.txt").read_text(encoding="utf-8")
    for year in ("2025", "2023", "2024"):  # created out of order on purpose
        (data / f"r{year}.txt").write_text(text, encoding="utf-8")
    folder = tmp_path / "configs"
    folder.mkdir()
    config = {
        "output": "../out",
        "options": {"match-threshold": 0.7, "topics": 5},
        "series": [{"name": "r", "files": ["../data/r*.txt"]}],
    }
    cfg = load_config(write_config(folder, config))
    assert cfg.output == str(tmp_path / "out")
    assert [i.label for i in cfg.series[0].files] == ["r2023", "r2024", "r2025"]
    assert [i.display for i in cfg.series[0].files] == [
        "../data/r2023.txt",
        "../data/r2024.txt",
        "../data/r2025.txt",
    ]
    assert cfg.options.match_threshold == 0.7
    assert cfg.options.topics == 5
    assert cfg.jobs == (os.cpu_count() or 1)
    assert cfg.executor == "local"


def test_globs_never_match_the_batchs_own_outputs(tmp_path: Path) -> None:
    """``**/*.txt`` beside ``output: res`` takes the inputs only, however often the batch runs."""
    (tmp_path / "a.txt").write_text("一、总体要求\n稳中求进。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("一、总体要求\n稳中求进，进中求好。\n", encoding="utf-8")
    config = {
        "output": "res",
        "formats": ["terminal"],
        "series": [{"name": "s", "files": ["**/*.txt"]}],
    }
    path = write_config(tmp_path, config)
    for _ in range(3):
        result = run_cli("batch", "--quiet", str(path))
        assert result.exit_code == 0, result.output
        assert [i.display for i in load_config(path).series[0].files] == ["a.txt", "b.txt"]
    assert (tmp_path / "res" / "series" / "s" / "a-b.txt").is_file()
    only = write_config(tmp_path, {**config, "series": [{"name": "s", "files": ["res/**/*.txt"]}]})
    result = run_cli("batch", str(only))
    assert result.exit_code == 2
    assert result.output == (
        f"diffreport: error: {only}: series[0].files[0]: 'res/**/*.txt' matches only the "
        "batch's own outputs (pairs/, series/, index.html, summary.json, targets.csv)\n"
    )
    # the inputs may lie in the output folder itself: only its reports are left out
    folder = tmp_path / "here"
    folder.mkdir()
    for name in ("a.txt", "b.txt"):
        (folder / name).write_text((tmp_path / name).read_text("utf-8"), encoding="utf-8")
    here = write_config(folder, {**config, "output": "."})
    for _ in range(2):
        result = run_cli("batch", "--quiet", str(here))
        assert result.exit_code == 0, result.output
        assert [i.display for i in load_config(here).series[0].files] == ["a.txt", "b.txt"]
    assert (folder / "series" / "s" / "a-b.txt").is_file()
    # nor the files a run writes beside them: *.html took the last run's index.html
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("x", "y"):
        text = (tmp_path / f"{'a' if name == 'x' else 'b'}.txt").read_text("utf-8")
        body = "".join(f"<p>{line}</p>" for line in text.splitlines())
        (pages / f"{name}.html").write_text(f"<html><body>{body}</body></html>", "utf-8")
    series = [{"name": "s", "files": ["*.html"]}]
    html = write_config(pages, {"output": ".", "formats": ["html"], "series": series})
    for _ in range(2):
        result = run_cli("batch", "--quiet", str(html))
        assert result.exit_code == 0, result.output
        assert [i.display for i in load_config(html).series[0].files] == ["x.html", "y.html"]
    assert (pages / "index.html").is_file()


def test_an_input_a_run_would_overwrite_is_refused_with_its_key(tmp_path: Path) -> None:
    # before: a pair's report replaced an input named inside the output folder, exit 0
    text = (ZH / "qinghe-2023.txt").read_bytes()
    (tmp_path / "out" / "pairs").mkdir(parents=True)
    kept = tmp_path / "out" / "pairs" / "p.txt"
    kept.write_bytes(text)
    (tmp_path / "index.html").write_bytes(text)  # plain text, whatever its name
    new = str(ZH / "qinghe-2024.txt")
    cases = [
        (
            {"output": "out", "formats": ["terminal", "json"]},
            {"name": "p", "old": "out/pairs/p.txt", "new": new},
            "pairs[0].old: 'out/pairs/p.txt' is an output path of this run (pairs/p.txt in",
        ),
        (
            {"output": ".", "formats": ["json"]},
            {"name": "p", "old": "out/pairs/p.txt", "new": "index.html"},
            "pairs[0].new: 'index.html' is an output path of this run (index.html in",
        ),
    ]
    for top, pair, start in cases:
        path = write_config(tmp_path, {**top, "pairs": [pair]})
        result = run_cli("batch", str(path))
        assert result.exit_code == 2, result.output
        assert result.output.startswith(f"diffreport: error: {path}: {start}"), result.output
        assert result.output.endswith(
            "the output folder), which would overwrite it; move the input or choose another "
            "output folder\n"
        )
    assert kept.read_bytes() == text and (tmp_path / "index.html").read_bytes() == text
    assert sorted(p.name for p in tmp_path.rglob("*")) == [
        "batch.yaml", "index.html", "out", "p.txt", "pairs"
    ]  # fmt: skip
    # the same input beside another output format is no output of the run: it runs
    path = write_config(tmp_path, {"output": "out", "formats": ["json"], "pairs": [cases[0][1]]})
    result = run_cli("batch", "--quiet", str(path))
    assert result.exit_code == 0, result.output
    assert kept.read_bytes() == text and (tmp_path / "out" / "pairs" / "p.json").is_file()


# --- a real run: results, outputs, index, re-runs ---------------------------------------------


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[BatchConfig, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("local")
    cfg = load_config(write_config(folder, samples_config(folder / "out")))
    result = run_batch(cfg)
    assert result.ran == 7 and result.skipped == 0
    summary = json.loads((folder / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary == result.summary
    return cfg, summary


def test_summary_lists_every_comparison_in_config_order(
    sample_run: tuple[BatchConfig, dict[str, Any]],
) -> None:
    cfg, summary = sample_run
    assert [c["name"] for c in summary["comparisons"]] == [
        "qinghe/2023-2024",
        "qinghe/2024-2025",
        "northbank/northbank-2024-03-northbank-2024-06",
        "northbank/northbank-2024-06-northbank-2024-09",
        "formatting/rewrapped",
    ]
    assert [s["name"] for s in summary["series"]] == ["qinghe", "northbank"]
    assert summary["series"][0]["comparisons"] == ["qinghe/2023-2024", "qinghe/2024-2025"]
    for c in summary["comparisons"]:
        assert c["status"] == "ok", c["error"]
        assert c["error"] is None
        assert set(c["counts"]) == set(STATUSES)
        assert set(c["outputs"]) == {"html", "json"}
        for fmt, rel in c["outputs"].items():
            assert rel.endswith("." + fmt)
            assert (Path(cfg.output) / rel).is_file()
        report = json.loads((Path(cfg.output) / c["outputs"]["json"]).read_text("utf-8"))
        assert report["schema"] == "diffreport.compare/1"
        # the summary's counts are the report's: every sentence of each side once
        assert c["counts"] == {
            s: sum(x["status"] == s for x in report["sentences"]) for s in STATUSES
        }
        assert report["old"]["path"] == c["old"] and report["new"]["path"] == c["new"]


def test_summary_carries_counts_and_changed_targets(
    sample_run: tuple[BatchConfig, dict[str, Any]],
) -> None:
    _, summary = sample_run
    by_name = comparisons(summary)
    rewrapped = by_name["formatting/rewrapped"]
    assert rewrapped["counts"]["unchanged"] > 50
    assert {s: rewrapped["counts"][s] for s in STATUSES[1:]} == dict.fromkeys(STATUSES[1:], 0)
    assert rewrapped["targets"] == []
    qinghe = by_name["qinghe/2024-2025"]
    assert qinghe["old_label"] == "2024" and qinghe["new_label"] == "2025"
    assert qinghe["changes"]["targets"] == len(qinghe["targets"]) > 0
    cpi = [t for t in by_name["qinghe/2023-2024"]["targets"] if t["metric"] == "居民消费价格涨幅"]
    assert cpi == [
        {"metric": "居民消费价格涨幅", "status": "changed", "old": "3%左右", "new": "2%左右"}
    ]
    rate = by_name["northbank/northbank-2024-06-northbank-2024-09"]
    assert rate["targets"], "the September statement cuts the policy rate"
    # no timestamps: run metadata is apart from the comparisons
    assert set(summary) == {"schema", "comparisons", "series", "run"}


def test_index_links_every_report_and_sorts(sample_run: tuple[BatchConfig, dict[str, Any]]) -> None:
    cfg, summary = sample_run
    page = (Path(cfg.output) / "index.html").read_text(encoding="utf-8")
    hrefs = set(re.findall(r'href="([^"]+)"', page))
    for c in summary["comparisons"]:
        assert f">{c['name']}</a>" in page
        assert set(c["outputs"].values()) <= hrefs
    for link in hrefs - {"data:,"}:
        assert (Path(cfg.output) / link).is_file(), link
    assert "居民消费价格涨幅" in page and "3%左右 → 2%左右" in page
    # self-contained: no network, and the CSP hashes are those of the inline style and script
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    csp = re.search(r'Content-Security-Policy" content="([^"]+)"', page)
    assert csp is not None
    for body in re.findall(r"<(?:style|script)>(.*?)</(?:style|script)>", page, re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in html.unescape(csp.group(1))


def test_index_escapes_labels(tmp_path: Path) -> None:
    hostile = "<img src=x onerror=alert(1)>"
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json"],
        "jobs": 1,
        "pairs": [_pair(name="p", labels=[hostile, "<script>alert(2)</script>"])],
    }
    result = run_batch(load_config(write_config(tmp_path, config)))
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert result.exit_code == 0
    assert "<img" not in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


# --- local vs Dask ----------------------------------------------------------------------------


def test_dask_gives_the_same_summary_as_local(
    tmp_path: Path, sample_run: tuple[BatchConfig, dict[str, Any]]
) -> None:
    pytest.importorskip("distributed")
    _, local = sample_run
    config = samples_config(tmp_path / "out", executor="dask", dask_address=None)
    cfg = load_config(write_config(tmp_path, config))
    result = run_batch(cfg)
    assert result.summary["run"]["executor"] == "dask"
    assert result.summary["comparisons"] == local["comparisons"]
    assert result.summary["series"] == local["series"]
    for c in result.summary["comparisons"]:
        for rel in c["outputs"].values():
            assert (tmp_path / "out" / rel).is_file()


# --- faults -----------------------------------------------------------------------------------


def test_one_failing_comparison_is_recorded_and_the_others_complete(tmp_path: Path) -> None:
    doomed = tmp_path / "doomed.txt"
    doomed.write_text((ZH / "qinghe-2024.txt").read_text("utf-8"), encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json", "html"],
        "jobs": 2,
        "pairs": [
            _pair(name="good"),
            _pair(name="vanished", new=str(doomed)),
            _pair(name="binary", new=str(binary)),
        ],
    }
    cfg = load_config(write_config(tmp_path, config))
    doomed.unlink()  # found missing at run time, after validation
    result = run_batch(cfg)
    assert result.exit_code == 1
    by_name = comparisons(result.summary)
    assert by_name["good"]["status"] == "ok"
    assert (tmp_path / "out" / "pairs" / "good.html").is_file()
    assert by_name["vanished"]["status"] == "error"
    assert by_name["vanished"]["error"] == f"{doomed}: no such file"
    assert by_name["binary"]["status"] == "error"
    assert str(binary) in by_name["binary"]["error"]
    for name in ("vanished", "binary"):
        assert by_name[name]["outputs"] == {} and by_name[name]["counts"] is None
        assert not list((tmp_path / "out" / "pairs").glob(f"{name}.*"))
    page = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert "error: " + by_name["binary"]["error"].replace("'", "&#39;") in page
    # the CLI says so with exit code 1 (the vanished file is back: now only the binary one fails)
    doomed.write_text((ZH / "qinghe-2024.txt").read_text("utf-8"), encoding="utf-8")
    again = run_cli("batch", str(tmp_path / "batch.yaml"), "--quiet")
    assert again.exit_code == 1
    assert again.output.startswith("diffreport: error: binary: ")
    assert len(again.output.strip().splitlines()) == 1


def test_a_failed_input_is_named_as_the_config_names_it(tmp_path: Path) -> None:
    """Errors in stderr, summary.json and index.html show no absolute local path."""
    (tmp_path / "one.txt").write_text("一、总体要求\n稳中求进。\n", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e. ".encode("latin-1") * 20)
    config = {
        "output": "out",
        "formats": ["json"],
        "pairs": [
            {"name": "img", "old": "one.txt", "new": "image.txt"},
            {"name": "latin", "old": "latin.txt", "new": "one.txt"},
        ],
        "series": [{"name": "s", "files": ["one.txt", "latin.txt"]}],
    }
    path = write_config(tmp_path, config)
    result = run_cli("batch", "--quiet", str(path))
    assert result.exit_code == 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    errors = {c["name"]: c["error"] for c in summary["comparisons"] + summary["series"]}
    assert errors["img"] == "image.txt: binary file (PNG image), not a text report"
    assert errors["latin"].startswith("latin.txt: not UTF-8")
    assert errors["s/one-latin"] == errors["s"] == errors["latin"]
    index = (tmp_path / "out" / "index.html").read_text("utf-8")
    assert str(tmp_path) not in result.output + json.dumps(errors) + index
    assert "diffreport: error: img: image.txt: binary file (PNG image)" in result.output


def test_an_output_that_cannot_be_written_is_named_inside_the_output_folder(
    tmp_path: Path,
) -> None:
    """A folder where a report goes: the unit's error names the report as the index links it."""
    (tmp_path / "one.txt").write_text("一、总体要求\n稳中求进。\n", encoding="utf-8")
    (tmp_path / "out" / "pairs" / "p.json").mkdir(parents=True)
    config = {"output": "out", "formats": ["json"], "pairs": [_pair(old="one.txt", new="one.txt")]}
    result = run_cli("batch", "--quiet", str(write_config(tmp_path, config)))
    assert result.exit_code == 1
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert summary["comparisons"][0]["error"] == "pairs/p.json: cannot write: is a directory"
    assert result.output == "diffreport: error: p: pairs/p.json: cannot write: is a directory\n"


def test_timeout_is_recorded_as_an_error(tmp_path: Path) -> None:
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json"],
        "jobs": 1,
        "timeout": 0.05,
        "pairs": [
            {
                "name": "state-council",
                "old": str(corpus("cn-state-council/2024.txt")),
                "new": str(corpus("cn-state-council/2025.txt")),
            }
        ],
    }
    result = run_batch(load_config(write_config(tmp_path, config)))
    (entry,) = result.summary["comparisons"]
    assert entry["status"] == "error"
    assert entry["error"] == "timed out after 0.05 s"
    assert result.exit_code == 1
    assert not (tmp_path / "out" / "pairs").exists()


def test_call_with_timeout() -> None:
    def spin() -> None:
        while True:
            sum(range(100))

    with pytest.raises(UnitTimeout, match=r"timed out after 0\.1 s"):
        call_with_timeout(spin, 0.1)
    assert call_with_timeout(lambda: 42, 0.05) == 42
    time.sleep(0.1)  # the timer of the finished call must not fire into this thread later
    assert call_with_timeout(lambda: "none", None) == "none"


def test_atomic_write_leaves_no_half_written_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old and complete", encoding="utf-8")
    with pytest.raises(OutputError, match=r"report\.json"):
        atomic_write(str(target), "x" * 100_000 + "\ud800")  # cannot be encoded
    assert target.read_text(encoding="utf-8") == "old and complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]


class _Interrupt(Progress):
    """Ctrl-C once, after the first finished unit."""

    def __init__(self) -> None:
        self.pressed = False
        self.after = 0

    def advance(self, result: UnitResult) -> None:
        if self.pressed:
            self.after += 1
            return
        self.pressed = True
        raise KeyboardInterrupt


def test_interrupted_run_leaves_only_whole_files_and_resumes(tmp_path: Path) -> None:
    cfg = load_config(write_config(tmp_path, samples_config(tmp_path / "out", jobs=2)))
    interrupt = _Interrupt()
    with pytest.raises(KeyboardInterrupt):
        run_batch(cfg, progress=interrupt)
    out = tmp_path / "out"
    assert not (out / "summary.json").exists() and not (out / "index.html").exists()
    written = [p for p in out.rglob("*") if p.is_file()]
    assert not [p for p in written if p.name.startswith(TMP_PREFIX)]
    for p in written:
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".json":
            json.loads(text)
        elif p.suffix == ".html":
            assert text.rstrip().endswith("</html>")
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    done = len(manifest["units"])
    # the unit that finished first, and those already running when Ctrl-C came, are kept
    assert done == 1 + interrupt.after
    assert done < 7
    # a stale temporary file from a killed worker is swept by the next run
    (out / "pairs").mkdir(exist_ok=True)
    (out / "pairs" / f"{TMP_PREFIX}abc").write_text("half", encoding="utf-8")
    result = run_batch(cfg)
    assert result.skipped == done and result.ran == 7 - done
    assert not list(out.rglob(f"{TMP_PREFIX}*"))


def test_rerun_skips_unchanged_and_force_redoes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for year in ("2023", "2024", "2025"):
        (data / f"{year}.txt").write_bytes((ZH / f"qinghe-{year}.txt").read_bytes())
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json"],
        "jobs": 2,
        "series": [{"name": "q", "files": [str(data / "*.txt")]}],
        "pairs": [{"name": "p", "old": str(data / "2023.txt"), "new": str(data / "2025.txt")}],
    }
    path = write_config(tmp_path, config)
    first = run_batch(load_config(path))
    assert (first.ran, first.skipped) == (4, 0)
    report = tmp_path / "out" / "series" / "q" / "2024-2025.json"
    stamp = report.stat().st_mtime_ns

    again = run_batch(load_config(path))
    assert (again.ran, again.skipped) == (0, 4)
    assert again.summary["comparisons"] == first.summary["comparisons"]
    assert report.stat().st_mtime_ns == stamp

    # a changed input redoes the comparisons that read it (and the series page), nothing else
    with (data / "2025.txt").open("a", encoding="utf-8") as handle:
        handle.write("\n我们要全力推进清河新区建设，确保明年建成三座新的公园。\n")
    changed = run_batch(load_config(path))
    assert (changed.ran, changed.skipped) == (3, 1)
    assert comparisons(changed.summary)["p"]["counts"]["added"] == (
        comparisons(first.summary)["p"]["counts"]["added"] + 1
    )

    # a deleted output is written again
    report.unlink()
    assert run_batch(load_config(path)).ran == 1 and report.is_file()

    # changed options redo everything; so does --force
    config["options"] = {"topics": 5}
    assert run_batch(load_config(write_config(tmp_path, config))).ran == 4
    result = run_cli("batch", str(path), "--force")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("4 run, 0 unchanged, 0 failed")


# --- real corpus ------------------------------------------------------------------------------


def test_real_corpus_batch(tmp_path: Path) -> None:
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json"],
        "jobs": 2,
        "series": [
            {"name": "state-council", "files": [str(corpus("cn-state-council")) + "/202[345].txt"]}
        ],
        "pairs": [
            {
                "name": "provinces/henan",
                "old": str(corpus("cn-provinces/henan/2025.txt")),
                "new": str(corpus("cn-provinces/henan/2026.txt")),
            }
        ],
    }
    result = run_cli("batch", str(write_config(tmp_path, config)))
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    by_name = comparisons(summary)
    assert list(by_name) == [
        "state-council/2023-2024",
        "state-council/2024-2025",
        "provinces/henan",
    ]
    for c in summary["comparisons"]:
        assert c["status"] == "ok", c["error"]
    sc = by_name["state-council/2024-2025"]
    changed = {(t["old"], t["new"]) for t in sc["targets"]}
    assert any("3.9万亿元" in (o or "") and "4.4万亿元" in (n or "") for o, n in changed), changed
    assert any("3%左右" in (o or "") and "2%左右" in (n or "") for o, n in changed), changed
    henan = by_name["provinces/henan"]
    assert henan["old_label"] == "2025" and henan["new_label"] == "2026"
    assert sum(henan["counts"].values()) > 300
    assert result.exit_code in (0, 1)  # 1 only if the series page is not available
    assert [c["status"] for c in summary["comparisons"]] == ["ok"] * 3


def test_index_opens_clean_and_sorts_in_chromium(
    sample_run: tuple[BatchConfig, dict[str, Any]], tmp_path: Path
) -> None:
    from .test_browser import CHROMIUM, LAUNCH_ARGS, _in_ci

    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - the test extra installs it
        sync_playwright = None
    if sync_playwright is None or not CHROMIUM.exists():
        if _in_ci():
            pytest.fail("the index browser test cannot run in CI: no playwright or chromium")
        pytest.skip("no playwright or chromium")
    cfg, summary = sample_run
    errors: list[str] = []
    outside: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on(
            "request",
            lambda r: None if r.url.startswith(("file:", "data:")) else outside.append(r.url),
        )
        page.goto((Path(cfg.output) / "index.html").as_uri())
        page.wait_for_load_state("load")

        def column(n: int) -> list[str]:
            cells: list[str] = page.eval_on_selector_all(
                "#comparisons tbody tr",
                f"rows => rows.map(r => r.cells[{n}].textContent.trim())",
            )
            return cells

        heads = page.eval_on_selector_all(
            "#comparisons thead th", "hs => hs.map(h => h.textContent.trim())"
        )
        added = next(i for i, h in enumerate(heads) if h.startswith("added"))
        page.click(f"#comparisons thead th:nth-child({added + 1}) button")
        ascending = [int(x) for x in column(added)]
        page.click(f"#comparisons thead th:nth-child({added + 1}) button")
        descending = [int(x) for x in column(added)]
        # the targets across comparisons: GDP-like first, then sorted by a header click
        first_metric = page.eval_on_selector("#targets tbody tr td.mt", "c => c.textContent")
        target_heads = page.eval_on_selector_all(
            "#targets thead th", "hs => hs.map(h => h.textContent.trim())"
        )
        status_col = target_heads.index("status")
        page.click(f"#targets thead th:nth-child({status_col + 1}) button")
        target_statuses: list[str] = page.eval_on_selector_all(
            "#targets tbody tr",
            f"rows => rows.map(r => r.cells[{status_col}].textContent.trim())",
        )
        page.fill("#filter", "northbank")
        shown = page.eval_on_selector_all(
            "#comparisons tbody tr", "rows => rows.filter(r => !r.hidden).length"
        )
        shown_count = page.eval_on_selector('.count[data-for="comparisons"]', "c => c.textContent")
        shown_ok = page.eval_on_selector("#n-ok", "c => c.textContent")
        page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
        browser.close()
    assert not errors, errors
    assert not outside, outside
    expected = sorted(c["counts"]["added"] for c in summary["comparisons"])
    assert ascending == expected
    assert descending == expected[::-1]
    assert shown == 2
    # filtering updates the counts
    assert shown_count == f"2 of {len(summary['comparisons'])}"
    assert shown_ok == "2"
    all_targets = [t for c in summary["comparisons"] for t in c["all_targets"]]
    assert len(target_statuses) == len(all_targets)
    assert target_statuses == sorted(target_statuses)
    assert len(set(target_statuses)) > 1
    assert is_headline(first_metric), first_metric  # the GDP-like targets lead the view
