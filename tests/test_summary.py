"""``compare --summary``: what a reader shares, in every format, on real reports.

A summary holds the header, the targets, the highlights and the topics, and none of
the sentence-by-sentence text: each pair names sentences the full report shows and
the summary must not. Every output names a file by a relative path or its name, so
a report written from files given by absolute path leaks no local directory.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from diffreport.batch import load_config, run_batch
from diffreport.cli import main
from diffreport.render import FORMATS
from diffreport.render import summary as summary_module
from diffreport.render.common import shown_path
from diffreport.render.summary import GITHUB_LIMIT

from .conftest import corpus
from .test_schemas import validate

PAIRS = {
    "sc-2024-2025": ("cn-state-council/2024.txt", "cn-state-council/2025.txt"),
    "fomc-2022-01-2022-03": ("fomc-sentences/2022-01-26.txt", "fomc-sentences/2022-03-16.txt"),
}
#: what each summary must show: a changed target (metric, new value), a stance, a new topic
SHOWN = {
    "sc-2024-2025": ("赤字率", "拟按4%左右", "适度宽松的货币政策", "投资于人"),
    "fomc-2022-01-2022-03": (
        "federal funds rate",
        "1/4 to 1/2 percent",
        "raise to 1/4 to 1/2 percent",
        "ukraine",
    ),
}
#: sentence text the full report shows (``--all``) and a summary must not: an unchanged
#: sentence, and for the State Council the words a modified sentence kept (it is in no
#: highlight); the FOMC statement's modified sentences are all highlights, so two unchanged
LEFT_OUT = {
    "sc-2024-2025": ("保持人民币汇率在合理均衡水平上的基本稳定。", "我们也清醒看到面临的"),
    "fomc-2022-01-2022-03": (
        "Indicators of economic activity and employment have continued to strengthen.",
        "The Committee seeks to achieve maximum employment",
    ),
}


def run(*args: str) -> str:
    result = CliRunner().invoke(main, [*args, "--width", "200", "--color", "never"])
    assert result.exit_code == 0, result.output
    return result.stdout


def compare(case: str, fmt: str, *extra: str) -> str:
    old, new = PAIRS[case]
    return run("compare", str(corpus(old)), str(corpus(new)), "--format", fmt, *extra)


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", tuple(FORMATS))
@pytest.mark.parametrize("case", tuple(PAIRS))
def test_a_summary_shows_targets_and_highlights_and_no_sentence_text(case: str, fmt: str) -> None:
    full = compare(case, fmt, "--all")
    summary = compare(case, fmt, "--summary")
    summary_all = compare(case, fmt, "--summary", "--all")
    for shown in SHOWN[case]:
        assert shown in summary, shown
    for sentence in LEFT_OUT[case]:
        assert sentence in full, sentence  # the full report shows it: the check can fail
        assert sentence not in summary, sentence
        assert sentence not in summary_all, sentence
    assert len(summary) < len(full)
    if fmt == "html":  # every link of the page leads into the text a summary leaves out
        assert 'href="#' in full and 'href="#' not in summary


@pytest.mark.corpus
@pytest.mark.parametrize("case", tuple(PAIRS))
def test_a_markdown_summary_fits_a_github_comment(case: str) -> None:
    summary = compare(case, "markdown", "--summary")
    assert len(summary) <= GITHUB_LIMIT, len(summary)
    assert len(compare(case, "markdown")) > len(summary)
    assert "## Highlights" in summary and "## Changed targets" in summary
    assert "## Changes by section" not in summary
    assert summary.rstrip().endswith(
        "the sentence-by-sentence text is left out (the full report shows it).*"
    )


@pytest.mark.corpus
def test_a_markdown_summary_counts_the_rows_past_its_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = json.loads(compare("sc-2024-2025", "json"))["numbers"]
    targets = [n for n in numbers if n["kind"] == "target"]
    changed = [n for n in targets if n["status"] != "unchanged"]
    actuals = [n for n in numbers if n["kind"] == "actual" and n["status"] != "unchanged"]
    assert len(changed) > 5 and len(actuals) > 5
    monkeypatch.setattr(summary_module, "SUMMARY_ROWS", 5)
    summary = compare("sc-2024-2025", "markdown", "--summary")
    assert f"## Changed targets ({len(changed)})" in summary
    assert f"## Other numbers that changed ({len(actuals)})" in summary
    assert f"*… {len(changed) - 5} more (the full report lists them)*" in summary
    assert f"*… {len(actuals) - 5} more (the full report lists them)*" in summary
    statuses = tuple(f"| {s} |" for s in ("changed", "added", "removed", "unchanged"))
    numbers_part = summary.split("## Changed targets", 1)[1].split("## Topics", 1)[0]
    rows = [line for line in numbers_part.splitlines() if line.endswith(statuses)]
    assert len(rows) == 5 + 5  # the two numbers tables, five rows each


@pytest.mark.corpus
@pytest.mark.parametrize("case", tuple(PAIRS))
def test_a_json_summary_is_the_contract_with_the_sentence_lists_left_empty(case: str) -> None:
    full = json.loads(compare(case, "json"))
    summary = json.loads(compare(case, "json", "--summary"))
    validate(full, "compare-1")
    validate(summary, "compare-1")
    assert "summary" not in full and "omitted" not in full
    assert summary["summary"] is True
    assert summary["sentences"] == [] and summary["commitments"] == {"new": [], "dropped": []}
    assert summary["omitted"] == {
        "sentences": len(full["sentences"]),
        "commitments": {k: len(v) for k, v in full["commitments"].items()},
    }
    assert summary["omitted"]["sentences"] > 0
    kept = ("schema", "old", "new", "counts", "sections", "numbers", "topics", "highlights")
    assert {k: summary[k] for k in kept} == {k: full[k] for k in kept}


def test_the_schema_refuses_a_summary_that_keeps_its_sentences() -> None:
    old, new = PAIRS["fomc-2022-01-2022-03"]
    full = json.loads(run("compare", str(corpus(old)), str(corpus(new)), "-f", "json"))
    claimed: dict[str, Any] = {**full, "summary": True}
    with pytest.raises(jsonschema.ValidationError):
        validate(claimed, "compare-1")  # no "omitted", and sentences not empty


# --- paths -------------------------------------------------------------------------------------


@pytest.fixture
def reports(tmp_path: Path) -> tuple[Path, Path]:
    """Two real FOMC statements copied under ``tmp_path/reports``."""
    folder = tmp_path / "reports"
    folder.mkdir()
    old, new = PAIRS["fomc-2022-01-2022-03"]
    return (
        Path(shutil.copy(corpus(old), folder / "2022-01-26.txt")),
        Path(shutil.copy(corpus(new), folder / "2022-03-16.txt")),
    )


def test_shown_path_keeps_a_relative_path_and_never_shows_an_absolute_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert shown_path("reports/2022.txt") == "reports/2022.txt"
    assert shown_path("../elsewhere/2022.txt") == "../elsewhere/2022.txt"
    assert shown_path("<string>") == "<string>"
    assert shown_path(str(tmp_path / "reports" / "2022.txt")) == "reports/2022.txt"
    assert shown_path(str(tmp_path.parent / "other" / "2022.txt")) == "2022.txt"


@pytest.mark.corpus
@pytest.mark.parametrize("fmt", tuple(FORMATS))
def test_no_output_shows_an_absolute_path(
    fmt: str, reports: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = (str(p) for p in reports)
    empty = tmp_path / "reports" / "empty.txt"
    empty.write_text("", encoding="utf-8")  # its warning names the file
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # the reports are not under the current directory
    outputs = [
        run("compare", old, new, "-f", fmt),
        run("compare", old, new, "-f", fmt, "--summary"),
        run("compare", str(empty), new, "-f", fmt, "--summary"),
        run("series", old, new, "-f", fmt),
    ]
    for text in outputs:
        assert str(tmp_path) not in text
        assert "2022-01-26.txt" in text or "empty.txt" in text
    assert "empty.txt: no sentences found" in outputs[2]
    monkeypatch.chdir(tmp_path)  # now they are: shown relative to it
    assert "reports/2022-01-26.txt" in run("compare", old, new, "-f", fmt, "--summary")
    relative = run("compare", "./reports/2022-01-26.txt", "reports/2022-03-16.txt", "-f", fmt)
    assert "./reports/2022-01-26.txt" in relative and str(tmp_path) not in relative


@pytest.mark.corpus
def test_the_json_path_is_the_file_name_outside_the_current_directory(
    reports: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    data = json.loads(run("compare", *(str(p) for p in reports), "-f", "json", "--summary"))
    assert (data["old"]["path"], data["new"]["path"]) == ("2022-01-26.txt", "2022-03-16.txt")
    assert (data["old"]["label"], data["new"]["label"]) == ("2022-01-26", "2022-03-16")


@pytest.mark.corpus
def test_a_batch_shows_no_absolute_path(
    reports: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = {
        "output": str(tmp_path / "out"),
        "formats": list(FORMATS),
        "jobs": 1,
        "pairs": [{"name": "fomc", "old": str(reports[0]), "new": str(reports[1])}],
    }
    path = tmp_path / "batch.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = run_batch(load_config(str(path)), force=False, progress=None)
    assert result.exit_code == 0
    written = [p for p in (tmp_path / "out").rglob("*") if p.is_file() and p.suffix != ".lock"]
    shared = [p for p in written if not p.name.startswith(".diffreport")]
    assert {p.name for p in shared} >= {"summary.json", "index.html", "fomc.json", "fomc.md"}
    for p in shared:
        assert str(tmp_path) not in p.read_text("utf-8"), p.name
    summary = json.loads((tmp_path / "out" / "summary.json").read_text("utf-8"))
    assert summary["comparisons"][0]["old"] == "2022-01-26.txt"
    assert summary["run"]["config"] == "batch.yaml"
