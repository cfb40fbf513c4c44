"""Markdown output, rendered through markdown-it-py (CommonMark + GFM tables) and checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt
from markdown_it.token import Token

import diffreport
from diffreport import Comparison
from diffreport.cli import main
from diffreport.render.markdown import escape, series_to_markdown, to_markdown

from .conftest import corpus

SC_2024 = corpus("cn-state-council/2024.txt")
SC_2025 = corpus("cn-state-council/2025.txt")


def parser() -> MarkdownIt:
    # the commonmark preset passes inline HTML through, as GitHub does for <ins>/<del>
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def tables(tokens: list[Token]) -> list[list[list[str]]]:
    """Every table as rows of cell texts (inline content, Markdown escapes resolved)."""
    out: list[list[list[str]]] = []
    row: list[str] | None = None
    cell = False
    for t in tokens:
        if t.type == "table_open":
            out.append([])
        elif t.type == "tr_open":
            row = []
        elif t.type in ("th_open", "td_open"):
            cell = True
        elif t.type == "inline" and cell and row is not None:
            row.append("".join(c.content for c in t.children or [] if c.type == "text"))
        elif t.type in ("th_close", "td_close"):
            if row is not None and not cell:
                row.append("")
            cell = False
        elif t.type == "tr_close" and row is not None:
            out[-1].append(row)
            row = None
    return out


def headings(tokens: list[Token]) -> list[tuple[int, str]]:
    return [
        (int(t.tag[1]), tokens[k + 1].content)
        for k, t in enumerate(tokens)
        if t.type == "heading_open"
    ]


@pytest.fixture(scope="module")
def sc() -> Comparison:
    return diffreport.compare(SC_2024, SC_2025)


@pytest.mark.corpus
def test_cli_markdown_on_a_real_pair_parses_cleanly(tmp_path: Path, sc: Comparison) -> None:
    target = tmp_path / "diff.md"
    result = CliRunner().invoke(
        main, ["compare", str(SC_2024), str(SC_2025), "--format", "markdown", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert text == to_markdown(sc)
    tokens = parser().parse(text)
    # nothing but <ins>, <del> and the <details> of other numbers is raw HTML
    raw = [t.content for t in tokens if t.type == "html_block"]
    assert all(r.startswith(("<details>", "</details>")) for r in raw), raw[:3]
    inline = [c.content for t in tokens if t.type == "inline" for c in t.children or []]
    html_tags = {c for c in inline if c.startswith("<")}
    # <b> marks a highlight's new terms: ** does not open next to CJK punctuation
    assert html_tags == {"<ins>", "</ins>", "<del>", "</del>", "<b>", "</b>"}
    assert inline.count("<ins>") == inline.count("</ins>") > 20
    assert inline.count("<del>") == inline.count("</del>") > 20
    # the changed targets table: every row the terminal view lists, in its order
    found = tables(tokens)
    header, *rows = next(t for t in found if t[0][0] == "metric")
    assert header[:3] == ["metric", "2024", "2025"]
    expected = [
        (
            n.metric,
            n.old.quantity.text if n.old else "—",
            n.new.quantity.text if n.new else "—",
            n.status,
        )
        for n in sc.changes.numbers
        if n.kind == "target" and n.status != "unchanged"
    ]
    assert [(r[0], r[1], r[2], r[5]) for r in rows] == expected
    assert ["地方政府专项债券", "3.9万亿元", "4.4万亿元", "—", "+5000亿元", "changed"] in rows
    assert all(len(r) == len(table[0]) for table in found for r in table)
    # sections are headings, paired sections old → new
    titles = [h for _, h in headings(tokens)]
    assert any(t.startswith("一、2023年工作回顾 → 一、2024年工作回顾") for t in titles)
    assert "Changes by section" in titles
    assert titles[0] == "2024 → 2025"
    # what a reader needs first: the highlights, then the changed targets
    assert titles.index("Highlights") < titles.index(f"Changed targets ({len(expected)})")
    # a modified sentence is given whole on both sides: tags dropped, both texts are intact
    lines = [
        "".join(c.content for c in t.children or [] if c.type == "text")
        for t in tokens
        if t.type == "inline"
    ]
    shown = {
        (a.removeprefix("2024: "), b.removeprefix("2025: "))
        for a, b in zip(lines, lines[1:], strict=False)
        if a.startswith("2024: ") and b.startswith("2025: ")
    }
    pairs = {
        (sc.old.sentences[p.old].text, sc.new.sentences[p.new].text)
        for p in sc.sentences
        if p.old is not None
        and p.new is not None
        and sc.old.sentences[p.old].text != sc.new.sentences[p.new].text
    }
    assert shown == pairs
    assert len(pairs) > 50


def hostile() -> Comparison:
    old = (
        "一、总体要求\n"
        "今年国内生产总值增长5%左右。\n"
        "加强*重点*领域_监管_，推进a|b改革。\n"
        "1. 删除的<script>alert(1)</script>句子。\n"
    )
    new = (
        "一、总体要求\n"
        "今年国内生产总值增长5.5%左右。\n"
        "加强*重点*领域_监管_，推进a|b|c改革。\n"
        "# 新增的 [链接](http://example.com) 与 `代码` 句子 $x$ ~~删~~。\n"
    )
    return diffreport.compare(old, new, old_label="旧|版", new_label="新*版")


def test_report_text_is_escaped_everywhere() -> None:
    c = hostile()
    text = to_markdown(c)
    tokens = parser().parse(text)
    html = parser().render(text)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<em>重点" not in html and "<strong>重点" not in html and "<em>监管" not in html
    assert "<a " not in html and "<code>" not in html and "<s>" not in html
    assert "*重点*领域_监管_" in html
    assert "[链接](http://example.com)" in html
    # labels with | and * stay one cell, and the target row is there
    targets = tables(tokens)[1]
    assert targets[0][:3] == ["metric", "旧|版", "新*版"]
    assert ["国内生产总值", "增长5%左右", "增长5.5%左右", "左右", "+0.5个百分点", "changed"] in [
        r for r in targets
    ]
    # a sentence that starts like a heading or a list stays a list item's text
    assert "<ol>" not in html
    added = [t for t in tokens if t.type == "inline" and t.content.startswith("**added**")]
    assert len(added) == 1
    assert "# 新增的 [链接]" in "".join(c.content for c in added[0].children or [])
    removed = [t for t in tokens if t.type == "inline" and t.content.startswith("**removed**")]
    assert "1. 删除的<script>" in "".join(c.content for c in removed[0].children or [])


def test_escape_in_a_table_cell_and_a_list_item() -> None:
    md = parser()
    for raw in ("a|b", "<b>x</b>", "*a* _b_", "1. x", "- x", "# x", "---", "$5 and $6", "\\n"):
        cell = tables(md.parse(f"| h |\n| --- |\n| {escape(raw)} |\n"))[0][1]
        assert cell == [raw], raw
        item = md.parse(f"- {escape(raw)}\n")
        inline = next(t for t in item if t.type == "inline")
        assert [c.type for c in inline.children or []] == ["text"], raw
        assert inline.children and inline.children[0].content == raw


@pytest.mark.corpus
def test_english_modified_sentences_mark_words() -> None:
    old = corpus("fomc/2015-10-28.txt")
    new = corpus("fomc/2015-12-16.txt")
    text = to_markdown(diffreport.compare(old, new))
    html = parser().render(text)
    assert "<del>" in html and "<ins>" in html
    rows = tables(parser().parse(text))[1]
    assert any("federal funds rate" in r[0] for r in rows[1:]), rows


@pytest.mark.corpus
def test_series_markdown() -> None:
    series = diffreport.compare_series(
        [corpus(f"cn-state-council/{year}.txt") for year in (2021, 2022, 2023)]
    )
    text = series_to_markdown(series)
    tokens = parser().parse(text)
    found = tables(tokens)
    stances = next(t for t in found if t[0][0] == "policy")
    assert any(r[0] == "财政政策" for r in stances[1:]), stances
    paths = next(t for t in found if t[0][0] == "metric")
    assert paths[0] == ["metric", "2021", "2022", "2023"]
    assert ["国内生产总值", "6%以上", "5.5%左右", "5%左右"] in paths
    follow = found[found.index(paths) + 1]
    assert any(r[0] == "国内生产总值" and r[3] == "missed" for r in follow[1:]), follow
    assert all(len(r) == len(t[0]) for t in found for r in t)
    files = [str(corpus(f"cn-state-council/{y}.txt")) for y in (2021, 2022, 2023)]
    result = CliRunner().invoke(main, ["series", *files, "--format", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.stdout == text
