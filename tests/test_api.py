"""The Python API on real reports: load/compare/compare_series, notebook display, pandas frames."""

from __future__ import annotations

import dataclasses
import inspect
import io
import os
import pickle
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

import diffreport
from diffreport import Comparison, InputError, Series
from diffreport.display.frames import NUMBER_COLUMNS, SENTENCE_COLUMNS, TOPIC_COLUMNS
from diffreport.render import RenderOptions, series_terminal, terminal

from .conftest import ROOT, corpus

pytestmark = pytest.mark.corpus

SC_2024 = corpus("cn-state-council/2024.txt")
SC_2025 = corpus("cn-state-council/2025.txt")


@pytest.fixture(scope="module")
def sc() -> Comparison:
    return diffreport.compare(SC_2024, SC_2025)


@pytest.fixture(scope="module")
def series() -> Series:
    return diffreport.compare_series(
        [corpus(f"cn-state-council/{year}.txt") for year in (2021, 2022, 2023)]
    )


def changed_targets(c: Comparison) -> list[tuple[str, str, str, str]]:
    """(metric, old phrase, new phrase, status) of every target the terminal lists as changed."""
    return [
        (
            n.metric,
            n.old.quantity.text if n.old else "—",
            n.new.quantity.text if n.new else "—",
            n.status,
        )
        for n in c.changes.numbers
        if n.kind == "target" and n.status != "unchanged"
    ]


# --- the functions -----------------------------------------------------------------------------


def test_paths_documents_and_texts_give_the_same_comparison(sc: Comparison) -> None:
    docs = diffreport.compare(diffreport.load(SC_2024), diffreport.load(str(SC_2025)))
    texts = diffreport.compare(
        SC_2024.read_text(encoding="utf-8"),
        SC_2025.read_text(encoding="utf-8"),
        old_label="2024",
        new_label="2025",
    )
    assert docs.counts() == sc.counts() == texts.counts()
    assert changed_targets(docs) == changed_targets(sc) == changed_targets(texts)
    for side, doc in (("old", sc.old), ("new", sc.new)):
        seen = sorted(getattr(p, side) for p in sc.sentences if getattr(p, side) is not None)
        assert seen == list(range(len(doc.sentences)))
    found = {(m, o, n) for m, o, n, _ in changed_targets(sc)}
    assert ("地方政府专项债券", "3.9万亿元", "4.4万亿元") in found
    assert ("居民消费价格涨幅", "3%左右", "2%左右") in found


def test_one_line_report_text_is_text_and_a_mistyped_path_is_an_error(tmp_path: Path) -> None:
    small = diffreport.compare("国内生产总值增长5%左右。", "国内生产总值增长5.5%左右。")
    assert small.counts()["modified"] == 1
    assert [n.status for n in small.changes.numbers] == ["changed"]
    english = diffreport.compare(
        "The Committee decided to raise the target range to 5 percent.",
        "The Committee decided to raise the target range to 5-1/4 percent.",
    )
    assert english.old.language == "en"
    assert english.counts()["modified"] == 1
    for missing in ("no-such-report.txt", str(tmp_path / "nope"), "typo"):
        with pytest.raises(InputError) as info:
            diffreport.compare(missing, SC_2025)
        assert missing in str(info.value)


def test_compare_series_reads_sources_as_compare_does(tmp_path: Path) -> None:
    series = diffreport.compare_series(
        ["国内生产总值增长5%左右。", "国内生产总值增长5.5%左右。", "国内生产总值增长6%左右。"]
    )
    assert series.labels == ("#1", "#2", "#3")
    assert [c.counts()["modified"] for c in series.comparisons] == [1, 1]
    for missing in ("no-such-report.txt", str(tmp_path / "nope"), "typo"):
        with pytest.raises(InputError) as info:
            diffreport.compare_series([missing, SC_2025])
        assert missing in str(info.value)


def test_results_are_plain_values_that_show_themselves(sc: Comparison, series: Series) -> None:
    assert isinstance(sc, diffreport.Comparison)
    assert isinstance(series, diffreport.Series)
    assert all(isinstance(c, diffreport.Comparison) for c in series.comparisons)
    for value in (sc, series):
        copy = pickle.loads(pickle.dumps(value))
        assert copy == value
        assert type(copy) is type(value)
    relabelled = dataclasses.replace(sc, changes=dataclasses.replace(sc.changes, numbers=()))
    assert isinstance(relabelled, diffreport.Comparison)
    assert relabelled.numbers_frame().empty


def test_options_are_keywords(sc: Comparison) -> None:
    fewer = diffreport.compare(sc.old, sc.new, topics=3)
    assert len(fewer.changes.new_topics) == 3
    assert len(sc.changes.new_topics) > 3
    with pytest.raises(TypeError):
        diffreport.compare(sc.old, sc.new, no_such_option=1)


def test_every_public_name_is_exported_and_documented() -> None:
    public = {
        name
        for name, value in vars(diffreport).items()
        if not name.startswith("_")
        and (inspect.isfunction(value) or inspect.isclass(value))
        and getattr(value, "__module__", "").startswith("diffreport")
    }
    assert public <= set(diffreport.__all__)
    for name in diffreport.__all__:
        value = getattr(diffreport, name)
        if inspect.isfunction(value) or inspect.isclass(value):
            assert inspect.getdoc(value), name
    for name in ("load", "compare", "compare_series", "from_text"):
        assert "Example::" in (inspect.getdoc(getattr(diffreport, name)) or ""), name
    for cls in (Comparison, Series):
        for name, member in vars(cls).items():
            if callable(member) and (not name.startswith("_") or name.startswith("_repr")):
                assert inspect.getdoc(member), f"{cls.__name__}.{name}"


def test_the_cli_is_a_shell_over_the_api(monkeypatch: pytest.MonkeyPatch, sc: Comparison) -> None:
    from click.testing import CliRunner

    from diffreport.cli import main
    from diffreport.render.markdown import to_markdown

    calls: list[tuple[object, ...]] = []

    def fake_compare(old: object, new: object, **kw: object) -> Comparison:
        calls.append((old, new))
        return sc

    def fake_series(paths: object, **kw: object) -> object:
        calls.append((paths,))
        raise InputError("x.txt", "stop here")

    monkeypatch.setattr(diffreport, "compare", fake_compare)
    monkeypatch.setattr(diffreport, "compare_series", fake_series)
    result = CliRunner().invoke(main, ["compare", "a.txt", "b.txt", "--format", "markdown"])
    assert result.exit_code == 0, result.output
    # file names reach the API as paths (os.PathLike), never as report text
    assert [tuple(map(os.fspath, call)) for call in calls] == [("a.txt", "b.txt")]  # type: ignore[arg-type]
    assert not any(isinstance(name, str) for name in calls[0])
    assert result.stdout == to_markdown(sc)
    result = CliRunner().invoke(main, ["series", "a.txt", "b.txt", "c.txt"])
    assert result.exit_code == 2
    (paths,) = calls[-1]
    assert [os.fspath(p) for p in paths] == ["a.txt", "b.txt", "c.txt"]  # type: ignore[attr-defined]


def test_docs_api_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Use it from Python and notebooks")
    text = readme[start : readme.index("\n## ", start + 1)]
    blocks = re.findall(r"```python\n(.*?)```", text, re.S)
    assert len(blocks) >= 2
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    for k, block in enumerate(blocks):
        exec(compile(block, f"README.md#python-{k}", "exec"), {"__name__": "__docs__"})
    printed = out.getvalue()
    assert "地方政府专项债券 3.9万亿元 -> 4.4万亿元" in printed
    assert "6%以上" in printed and "5.5%左右" in printed


# --- notebook display --------------------------------------------------------------------------


class _Tree(HTMLParser):
    """Tags, attributes, text, and the cells of every table row (by the table's class)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.text: list[str] = []
        self.rows: dict[str, list[list[str]]] = {}
        self.table: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self.table.append(dict(attrs).get("class") or "")
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.table.pop()
        elif tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.setdefault(self.table[-1], []).append(self.row)
            self.row = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self.cell is not None:
            self.cell.append(data)


def parse(html: str) -> _Tree:
    tree = _Tree()
    tree.feed(html)
    tree.close()
    return tree


def test_repr_html_is_a_safe_fragment_with_the_changed_targets(sc: Comparison) -> None:
    html = sc._repr_html_()
    tree = parse(html)
    names = [tag for tag, _ in tree.tags]
    assert names[0] == "div"
    assert not {"html", "head", "body", "script", "iframe", "img", "link"} & set(names)
    for _, attrs in tree.tags:
        for key, value in attrs.items():
            assert not (value or "").startswith(("http:", "https:", "//")), (key, value)
            assert not key.startswith("on")
    rows = tree.rows["targets"]
    assert rows[0][:3] == ["metric", "2024", "2025"]
    shown = [(r[0], r[1], r[2], r[5]) for r in rows[1:]]
    assert shown == changed_targets(sc)
    special = next(r for r in rows if r[0] == "地方政府专项债券")
    assert special[4] == "+5000亿元"
    text = "".join(tree.text)
    assert "New commitments (" in text and "Dropped commitments (" in text
    assert sc.changes.new_topics[0].term in text
    assert sc.changes.dropped_topics[0].term in text
    # the side-by-side text is there, collapsed
    assert re.search(r'<details class="text">\s*<summary><strong>Side-by-side text</strong>', html)
    every_commitment = sc.new.sentences[sc.changes.new_commitments[-1].sentence].text
    assert every_commitment in text


def test_repr_html_escapes_hostile_report_text() -> None:
    old = "一、总体要求\n今年国内生产总值增长5%左右。\n加强<script>alert(1)</script>监管。\n"
    new = (
        "一、总体要求\n今年国内生产总值增长5.5%左右。\n"
        "加强<img src=x onerror=alert(2)>监管。\n新增<b>粗体</b>内容&amp;。\n"
    )
    c = diffreport.compare(old, new)
    html = c._repr_html_()
    tree = parse(html)
    assert not {"script", "img", "b"} & {tag for tag, _ in tree.tags}
    text = "".join(tree.text)
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(2)>" in text
    assert "<b>粗体</b>内容&amp;" in text


def test_series_repr_html_shows_target_paths(series: Series) -> None:
    tree = parse(series._repr_html_())
    assert "script" not in {tag for tag, _ in tree.tags}
    rows = tree.rows["targets"]
    assert rows[0] == ["metric", "2021", "2022", "2023"]
    assert ["国内生产总值", "6%以上", "5.5%左右", "5%左右"] in rows


def test_rich_console_yields_the_terminal_view(sc: Comparison, series: Series) -> None:
    console = Console(file=io.StringIO(), width=130, no_color=True, emoji=False, highlight=False)
    console.print(sc)
    out = io.StringIO()
    terminal.render(sc, out, RenderOptions(width=130, color=False))
    assert console.file.getvalue() == out.getvalue()  # type: ignore[attr-defined]
    console = Console(file=io.StringIO(), width=130, no_color=True, emoji=False, highlight=False)
    console.print(series)
    out = io.StringIO()
    series_terminal.render(series, out, RenderOptions(width=130, color=False))
    assert console.file.getvalue() == out.getvalue()  # type: ignore[attr-defined]
    assert "6%以上" in out.getvalue()


# --- pandas frames -----------------------------------------------------------------------------


def dtypes(frame: pd.DataFrame) -> dict[str, str]:
    return {str(k): str(v) for k, v in frame.dtypes.items()}


def test_numbers_frame(sc: Comparison) -> None:
    frame = sc.numbers_frame()
    assert dtypes(frame) == NUMBER_COLUMNS
    assert len(frame) == len(sc.changes.numbers)
    assert list(frame["status"].cat.categories) == ["changed", "unchanged", "added", "removed"]
    bonds = frame[(frame["metric"] == "地方政府专项债券") & (frame["status"] == "changed")]
    assert len(bonds) == 1
    row = bonds.iloc[0]
    assert (row["old_value"], row["new_value"]) == (3.9e12, 4.4e12)
    assert (row["old_unit"], row["new_unit"], row["kind"]) == ("元", "元", "target")
    assert row["difference"] == "+5000亿元"
    cpi = frame[(frame["metric"] == "居民消费价格涨幅") & (frame["status"] == "changed")].iloc[0]
    assert (cpi["old_qualifier"], cpi["new_qualifier"]) == ("左右", "左右")
    added = frame[frame["status"] == "added"]
    assert added["old_value"].isna().all() and added["old_text"].isna().all()
    assert added["old_sentence"].isna().all() and added["new_sentence"].notna().all()
    shown = frame[(frame["kind"] == "target") & (frame["status"] != "unchanged")]
    filled = shown[["metric", "old_text", "new_text", "status"]].astype(object).fillna("—")
    as_rows = list(
        zip(filled["metric"], filled["old_text"], filled["new_text"], filled["status"], strict=True)
    )
    assert as_rows == changed_targets(sc)


def test_sentences_frame(sc: Comparison) -> None:
    frame = sc.sentences_frame()
    assert dtypes(frame) == SENTENCE_COLUMNS
    assert len(frame) == len(sc.sentences)
    assert sorted(frame["old_index"].dropna()) == list(range(len(sc.old.sentences)))
    assert sorted(frame["new_index"].dropna()) == list(range(len(sc.new.sentences)))
    assert frame["status"].value_counts().to_dict() == sc.counts()
    assert frame["similarity"].between(0, 1).all()
    added = frame[frame["status"] == "added"]
    assert added["old_text"].isna().all() and added["new_text"].notna().all()
    heading = frame[frame["new_text"] == "一、2024年工作回顾"].iloc[0]
    assert heading["old_text"] == "一、2023年工作回顾"
    assert heading["new_section"] == "一、2024年工作回顾"


def test_topics_frame(sc: Comparison) -> None:
    frame = sc.topics_frame()
    assert dtypes(frame) == TOPIC_COLUMNS
    new = frame[frame["change"] == "new"]
    dropped = frame[frame["change"] == "dropped"]
    assert list(new["term"]) == [t.term for t in sc.changes.new_topics]
    assert list(dropped["term"]) == [t.term for t in sc.changes.dropped_topics]
    assert (dropped["old_count"] > dropped["new_count"]).all()


def test_targets_frame(series: Series) -> None:
    values = series.targets_frame()
    assert values.index.name == "metric" and values.columns.name == "label"
    assert list(values.columns) == ["2021", "2022", "2023"]
    assert set(map(str, values.dtypes)) == {"float64"}
    assert values.index.is_unique
    assert list(values.loc["国内生产总值"]) == [6.0, 5.5, 5.0]
    shown = series.targets_frame("display")
    assert set(map(str, shown.dtypes)) == {"string"}
    assert list(shown.loc["国内生产总值"]) == ["6%以上", "5.5%左右", "5%左右"]
    qualifiers = series.targets_frame("qualifier")
    assert list(qualifiers.loc["国内生产总值"]) == ["以上", "左右", "左右"]
    everything = series.targets_frame(kind=None)
    assert len(everything) == len(series.numbers) > len(values)


# --- the notebook-style example ----------------------------------------------------------------


def _terminal_targets(c: Comparison) -> list[tuple[str, str, str, str]]:
    """The rows of the terminal view's Targets table, read back from its text."""
    out = io.StringIO()
    terminal.render(c, out, RenderOptions(width=260, color=False))
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("metric"))
    rows = []
    for line in lines[start + 2 :]:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) < 4:
            break
        rows.append((cells[0], cells[1], cells[2], cells[-1]))
    return rows


def test_notebook_demo_matches_the_terminal_view(sc: Comparison) -> None:
    script = ROOT / "examples" / "notebook_demo.py"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "diffreport: 2024 → 2025" in out  # the comparison was shown
    block = out.split("\nchanged targets (", 1)[1].splitlines()
    count = int(block[0].split(")")[0])
    rows = []
    for line in block[2 : 2 + count]:
        status, metric, old, new = line.split()[:4]
        rows.append((metric, "—" if old == "<NA>" else old, "—" if new == "<NA>" else new, status))
    terminal_rows = _terminal_targets(sc)
    assert rows == terminal_rows == changed_targets(sc)
    assert len(rows) >= 10
