"""Reading web pages: the tree builder's implicit ends, its cost, and decoding."""

from __future__ import annotations

from pathlib import Path

import diffreport
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
