"""Reading web pages: the tree builder's implicit ends, its cost, and decoding."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from click.testing import CliRunner

import diffreport
from diffreport.cli import main
from diffreport.errors import InputError
from diffreport.reading import read_source
from diffreport.reading.html import extract_html

from .conftest import corpus
from .make_fixtures import write_html


def test_a_page_without_the_optional_head_end_tag_keeps_its_body(tmp_path: Path) -> None:
    # </head> is optional in HTML; without it <body> was read as part of the head
    # and the whole report was skipped: 0 sentences, exit 0, nothing in dropped
    text = corpus("cn-state-council/2024.txt").read_text("utf-8")
    with_end = write_html(text, tmp_path / "with.html")
    without_end = tmp_path / "without.html"
    page = with_end.read_text("utf-8")
    assert page.count("</head>") == 1
    without_end.write_text(page.replace("</head>", ""), encoding="utf-8")

    expected = diffreport.load(with_end)
    loaded = diffreport.load(without_end)
    assert len(expected.sentences) > 500
    assert [s.text for s in loaded.sentences] == [s.text for s in expected.sentences]
    assert loaded.dropped == expected.dropped


def test_text_or_a_body_element_ends_an_unclosed_head() -> None:
    page = "<html><head><title>政府工作报告</title>各位代表：<p>现在，我向大会报告。</p>"
    assert extract_html("p.html", page.encode()).text == "各位代表：\n\n现在，我向大会报告。"
    page = (
        "<head><meta charset=utf-8><link rel=stylesheet href=a.css><script>var a = 1;</script>"
        "<style>p {}</style><noscript>请启用脚本</noscript><div>今年经济增长5%左右。</div>"
    )
    assert extract_html("p.html", page.encode()).text == "今年经济增长5%左右。"


def test_a_head_tag_inside_the_body_hides_nothing() -> None:
    # browsers ignore a second <head>; it used to skip the text up to its </head>
    page = "<html><head></head><body><p>第一段。</p><head><p>第二段。</p></head><p>第三段。</p>"
    assert extract_html("p.html", page.encode()).text == "第一段。\n\n第二段。\n\n第三段。"


def test_a_title_is_not_page_text_wherever_it_stands() -> None:
    page = "<html><title>政府工作报告</title><body><p>各位代表：</p></body></html>"
    assert extract_html("p.html", page.encode()).text == "各位代表："


class CountedStack(list[object]):
    """A tree builder's stack that counts how often it is read."""

    reads = 0

    def __getitem__(self, index: object) -> object:  # type: ignore[override]
        CountedStack.reads += 1
        return super().__getitem__(index)  # type: ignore[index]


def test_implicit_ends_under_many_unclosed_elements_do_not_search_the_stack() -> None:
    # an old-style page: an outer <p> around a <div>, then paragraphs each opening a
    # <font> never closed. Every <p> searched the stack down past all the open <font>s
    # to the <div>: 20,000 paragraphs (1.8 MB) took 63 s
    from diffreport.reading.html import _TreeBuilder

    text = corpus("cn-state-council/2024.txt").read_text("utf-8")
    paragraphs = [line for line in text.splitlines() if line.strip()]
    assert len(paragraphs) > 100
    body = "".join(f'<font face="宋体"><p>{paragraph}</p>\n' for paragraph in paragraphs * 4)
    page = f"<html><head><meta charset=utf-8></head><body><p><div>{body}</div></p></body></html>"

    CountedStack.reads = 0
    builder = _TreeBuilder()
    builder.stack = CountedStack(builder.stack)  # type: ignore[assignment]
    builder.feed(page)
    builder.close()
    tags = page.count("<")
    assert CountedStack.reads < 10 * tags  # linear (3.3 a tag); it was quadratic (76 a tag)

    read = extract_html("old.html", page.encode()).text
    assert read.splitlines() == [paragraph.strip() for paragraph in paragraphs * 4]


def test_a_row_left_open_ends_at_the_next_row(tmp_path: Path) -> None:
    # <td> and <tr> without end tags, as old pages write tables: the second row was
    # read inside the first and left out of it
    page = (
        "<html><body><p>主要预期目标：</p><table>"
        "<tr><th>指标<th>2025年目标"
        "<tr><td>国内生产总值增长<td>5%左右"
        "<tr><td>城镇新增就业<td>1200万人以上"
        "</table><p>请予审议。</p></body></html>"
    )
    path = tmp_path / "targets.html"
    path.write_text(page, encoding="utf-8")
    assert [s.text for s in diffreport.load(path).sentences] == [
        "主要预期目标：",
        "| 指标 | 2025年目标 |",
        "| 国内生产总值增长 | 5%左右 |",
        "| 城镇新增就业 | 1200万人以上 |",
        "请予审议。",
    ]


def test_a_page_with_a_bom_and_bytes_it_cannot_decode_is_refused(tmp_path: Path) -> None:
    # the BOM path decoded with errors="replace": a paragraph pasted in GBK read as
    # U+FFFD garbage, exit 0; without a BOM (and in a text file) such bytes are refused
    text = corpus("cn-state-council/2024.txt").read_text("utf-8")
    page = write_html(text, tmp_path / "page.html").read_bytes()
    marked = tmp_path / "marked.html"
    marked.write_bytes(codecs.BOM_UTF8 + page)
    assert read_source(marked) == read_source(tmp_path / "page.html")

    pasted = "国内生产总值增长5%左右；"
    assert pasted.encode() in page
    mixed = tmp_path / "mixed.html"
    mixed.write_bytes(codecs.BOM_UTF8 + page.replace(pasted.encode(), pasted.encode("gbk"), 1))
    at = len(codecs.BOM_UTF8) + page.index(pasted.encode())
    with pytest.raises(InputError) as caught:
        read_source(mixed)
    assert str(caught.value) == (
        f"{mixed}: has a UTF-8 byte-order mark but bytes that are not UTF-8 "
        f"(invalid start byte at byte {at:,})"
    )
    result = CliRunner().invoke(main, ["compare", str(marked), str(mixed)])
    assert result.exit_code == 2 and result.stderr.count("\n") == 1
    assert "U+FFFD" not in result.stderr and str(mixed) in result.stderr

    plain = tmp_path / "mixed.txt"
    plain.write_bytes(codecs.BOM_UTF8 + text.replace(pasted, "").encode() + pasted.encode("gbk"))
    with pytest.raises(InputError, match="has a UTF-8 byte-order mark but bytes that are not"):
        read_source(plain)
