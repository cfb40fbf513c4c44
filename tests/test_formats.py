"""Reading reports as published: PDF, Word (.docx) and web pages (issue 10).

The fixtures are made from the corpus text in a temporary directory by
``tests/make_fixtures.py`` (PDF rendered with Debian's Noto CJK font).
"""

from __future__ import annotations

import io
import re
import shutil
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import diffreport
from diffreport.cli import main
from diffreport.errors import InputError
from diffreport.model import Comparison, Document
from diffreport.normalize import fold
from diffreport.reading.cjk import RADICALS_SUPPLEMENT, unify_ideographs
from diffreport.reading.formats import detect
from diffreport.reading.html import extract_html

from .conftest import corpus
from .make_fixtures import render_pdf, write_docx, write_html

YEARS = ("2024", "2025")


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The State Council reports 2024 and 2025 as .txt (corpus), .pdf, .docx and .html."""
    out = tmp_path_factory.mktemp("published")
    texts = {year: corpus(f"cn-state-council/{year}.txt").read_text("utf-8") for year in YEARS}
    characters = "".join(sorted(set(texts["2024"]) | set(texts["2025"])))
    files: dict[str, Path] = {}
    for year, text in texts.items():
        files[f"{year}.txt"] = corpus(f"cn-state-council/{year}.txt")
        files[f"{year}.pdf"] = render_pdf(text, out / f"{year}.pdf", characters=characters)
        files[f"{year}.docx"] = write_docx(text, out / f"{year}.docx")
        files[f"{year}.html"] = write_html(text, out / f"{year}.html")
    return files


@pytest.fixture(scope="session")
def documents(published: dict[str, Path]) -> dict[str, Document]:
    """Each published file loaded once."""
    return {name: diffreport.load(path) for name, path in published.items()}


def statuses(comparison: Comparison) -> Counter[str]:
    return Counter(pair.status for pair in comparison.sentences)


def headings(document: Document) -> list[str]:
    return [fold(s.heading, "zh") for s in document.sections if s.heading is not None]


# --------------------------------------------------------------------------------------
# the same edition in every format


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("2025.txt", "2025.pdf"),
        ("2025.txt", "2025.docx"),
        ("2025.txt", "2025.html"),
        ("2025.pdf", "2025.docx"),
        ("2025.html", "2025.pdf"),
        ("2024.txt", "2024.pdf"),
    ],
)
def test_one_edition_is_unchanged_across_formats(
    documents: dict[str, Document], old: str, new: str
) -> None:
    a, b = documents[old], documents[new]
    comparison = diffreport.compare(a, b)
    assert len(a.sentences) > 400
    assert statuses(comparison) == Counter({"unchanged": len(a.sentences)})
    assert len(b.sentences) == len(a.sentences)
    # the section tree is the same whether it comes from text patterns or Word styles
    assert headings(b) == headings(a)
    assert headings(a)[0] == "一、2024年工作回顾" or old.startswith("2024")


@pytest.mark.corpus
def test_pdf_of_one_year_against_docx_of_the_next_gives_the_same_targets(
    documents: dict[str, Document],
) -> None:
    def targets(comparison: Comparison) -> list[tuple[str, str | None, str | None]]:
        return sorted(
            (
                change.metric,
                change.old.quantity.text if change.old else None,
                change.new.quantity.text if change.new else None,
            )
            for change in comparison.changes.numbers
            if change.kind == "target" and change.status == "changed"
        )

    plain = targets(diffreport.compare(documents["2024.txt"], documents["2025.txt"]))
    assert ("地方政府专项债券", "3.9万亿元", "4.4万亿元") in plain
    assert len(plain) >= 8
    assert targets(diffreport.compare(documents["2024.pdf"], documents["2025.docx"])) == plain
    assert targets(diffreport.compare(documents["2024.html"], documents["2025.pdf"])) == plain


# --------------------------------------------------------------------------------------
# PDF


@pytest.mark.corpus
def test_pdf_running_header_and_page_numbers_are_dropped_and_nothing_is_lost(
    published: dict[str, Path], documents: dict[str, Document]
) -> None:
    import pdfplumber

    document = documents["2025.pdf"]
    with pdfplumber.open(published["2025.pdf"]) as pdf:
        pages = len(pdf.pages)
        raw = "".join(char["text"] for page in pdf.pages for char in page.chars)
    assert pages >= 10
    assert document.dropped.count("政府工作报告") == pages
    assert {f"— {n} —" for n in range(1, pages + 1)} <= set(document.dropped)
    assert not any("—" in s.text and re.search(r"— \d+ —", s.text) for s in document.sentences)
    # every character of the PDF is in a sentence or in the dropped chrome
    kept = "".join(s.text for s in document.sentences) + "".join(document.dropped)
    assert Counter("".join(kept.split())) == Counter("".join(unify_ideographs(raw).split()))


@pytest.mark.corpus
def test_pdf_fixture_cuts_paragraphs_at_page_ends(published: dict[str, Path]) -> None:
    """The unchanged comparison above is only meaningful if paragraphs do cross pages."""
    import pdfplumber

    with pdfplumber.open(published["2025.pdf"]) as pdf:
        last_lines = [(page.extract_text() or "").splitlines()[-2] for page in pdf.pages[:-1]]
    cut = [line for line in last_lines if not re.search(r"[。！？：]\Z", line)]
    assert len(cut) >= len(last_lines) // 2


@pytest.mark.corpus
def test_pdf_font_quirk_is_reproduced_and_mapped_back(
    published: dict[str, Path], documents: dict[str, Document]
) -> None:
    import pdfplumber

    with pdfplumber.open(published["2025.pdf"]) as pdf:
        raw = "".join(char["text"] for page in pdf.pages[:3] for char in page.chars)
    # the embedded font maps shared glyphs to compatibility ideographs (年 U+F98E)
    assert re.search("[\uf900-\ufaff]", raw)
    text = "".join(s.text for s in documents["2025.pdf"].sentences)
    assert not re.search("[\u2e80-\u2fdf\uf900-\ufaff]", text)
    assert "今年发展主要预期目标是：国内生产总值增长5%左右；" in text


@pytest.mark.corpus
def test_english_pdf_keeps_word_spaces(tmp_path: Path) -> None:
    source = corpus("fomc/2008-12-16.txt")
    pdf = render_pdf(source.read_text("utf-8"), tmp_path / "fomc.pdf", header="Press Release")
    comparison = diffreport.compare(source, pdf)
    assert statuses(comparison) == Counter({"unchanged": len(comparison.old.sentences)})
    assert any("0 to 1/4 percent" in s.text for s in comparison.new.sentences)


def test_broken_and_textless_pdfs_are_refused(tmp_path: Path) -> None:
    import pymupdf

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n")
    with pytest.raises(InputError, match="not a readable PDF"):
        diffreport.load(broken)
    scan = tmp_path / "scan.pdf"
    document = pymupdf.open()
    document.new_page().draw_rect(pymupdf.Rect(50, 50, 200, 200), fill=(0, 0, 0))
    document.save(scan)
    with pytest.raises(InputError, match="without a text layer"):
        diffreport.load(scan)


# --------------------------------------------------------------------------------------
# ideographs


def test_radicals_and_compatibility_ideographs_map_to_unified_ideographs() -> None:
    pairs = {
        "⼯": "工",  # Kangxi radical U+2F2F
        "⽬": "目",  # Kangxi radical U+2F6C
        "⺠": "民",  # radical supplement U+2EA0
        "⻓": "长",
        "⻔": "门",
        "⻅": "见",
        "⻚": "页",
        "⻢": "马",
        "⻬": "齐",
        "⺟": "母",
        "\uf98e": "年",  # compatibility ideograph
        "\uf9e4": "理",
    }
    for odd, unified in pairs.items():
        assert unify_ideographs(f"人{odd}") == f"人{unified}"
        assert fold(f"人{odd}作", "zh") == fold(f"人{unified}作", "zh")
    # nothing else changes: full-width digits and punctuation keep their display form
    assert unify_ideographs("２０２５年　增长５％，") == "２０２５年　增长５％，"
    for code, unified in RADICALS_SUPPLEMENT.items():
        assert unicodedata.name(chr(code)).startswith("CJK RADICAL")
        assert unicodedata.name(unified).startswith("CJK UNIFIED IDEOGRAPH")
        nfkc = unicodedata.normalize("NFKC", chr(code))
        assert nfkc == chr(code) or nfkc == unified


# --------------------------------------------------------------------------------------
# detection


@pytest.mark.corpus
def test_format_is_detected_from_bytes_not_the_name(
    tmp_path: Path, published: dict[str, Path], documents: dict[str, Document]
) -> None:
    for source, disguise, kind in (
        ("2025.pdf", "report.txt", "pdf"),
        ("2025.docx", "report.md", "docx"),
        ("2025.html", "report.txt", "html"),
    ):
        target = tmp_path / disguise
        shutil.copyfile(published[source], target)
        loaded = diffreport.load(target)
        assert loaded.encoding == kind
        assert [s.key for s in loaded.sentences] == [s.key for s in documents[source].sentences]


def test_detect_tells_formats_apart() -> None:
    assert detect("各位代表：\n现在，我代表国务院。".encode()) is None
    assert detect(b"\xef\xbb\xbf<!DOCTYPE html><p>x</p>") == "html"
    assert detect(b"<?xml version='1.0'?>\n<!-- saved -->\n<html><body>x") == "html"
    assert detect(b"<p>not a page</p>") is None
    workbook = io.BytesIO()
    with zipfile.ZipFile(workbook, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert detect(workbook.getvalue()) is None


def test_other_zip_archives_are_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(InputError, match="ZIP archive"):
        diffreport.load(path)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "module", "extra"), [("2025.pdf", "pdfplumber", "pdf"), ("2025.docx", "docx", "docx")]
)
def test_missing_extra_is_one_line_naming_it_and_exit_code_2(
    monkeypatch: pytest.MonkeyPatch,
    published: dict[str, Path],
    name: str,
    module: str,
    extra: str,
) -> None:
    monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    result = CliRunner().invoke(main, ["compare", str(published["2025.txt"]), str(published[name])])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert str(published[name]) in lines[0]
    assert f"pip install '.[{extra}]' in the diffreport checkout" in lines[0]


# --------------------------------------------------------------------------------------
# Word


def test_docx_heading_styles_tables_and_line_breaks(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    document.add_paragraph("一、主要目标", style="Heading 1")
    document.add_paragraph("今年发展主要预期目标如下表。")
    table = document.add_table(rows=3, cols=3)
    for row, cells in enumerate(
        [("指标", "2024年", "2025年目标"), ("国内生产总值增长", "5%", "5%左右"), ("备注", "", "")]
    ):
        for column, value in enumerate(cells):
            table.cell(row, column).text = value
    table.cell(2, 0).merge(table.cell(2, 2)).text = "以上为预期性指标"
    custom = document.styles.add_style("公文一级标题", WD_STYLE_TYPE.PARAGRAPH)
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "0")
    custom.element.get_or_add_pPr().append(level)
    document.add_paragraph("二、重点任务", style="公文一级标题")
    document.add_paragraph("附表", style="Heading 2")  # no text marker: the style makes it
    paragraph = document.add_paragraph("城镇新增就业")
    paragraph.add_run().add_break()
    paragraph.add_run("1200万人以上。")
    path = tmp_path / "a.docx"
    document.save(str(path))

    loaded = diffreport.load(path)
    assert [(s.heading, s.level) for s in loaded.sections if s.heading] == [
        ("一、主要目标", 1),
        ("二、重点任务", 1),
        ("附表", 2),
    ]
    texts = [s.text for s in loaded.sentences]
    assert "| 指标 | 2024年 | 2025年目标 |" in texts
    assert "| 国内生产总值增长 | 5% | 5%左右 |" in texts
    assert "| 以上为预期性指标 |" in texts  # a merged cell once, not three times
    assert "城镇新增就业1200万人以上。" in texts


# --------------------------------------------------------------------------------------
# HTML

PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>政府工作报告</title><script>var a = "首页 打印";</script></head>
<body>
<div id="nav"><a href="/">首页</a><a href="/news">新闻</a><a href="/gov">政务</a></div>
<div class="content">
<h1>2026年政府工作报告</h1>
<p>各位代表：</p>
<p>现在，我代表省人民政府向大会报告工作，请予审议。</p>
<h2>一、2025年工作回顾</h2>
<p>过去一年，全省经济增长5.5%&nbsp;左右，<br>城镇新增就业120万人。</p>
<div class="share"><span>分享到：</span><a href="#">微信</a><a href="#">微博</a></div>
<p>相关报道：</p>
<ul><li><a href="/r1">图解政府工作报告</a></li><li><a href="/r2">代表热议政府工作报告</a></li></ul>
</div>
<div class="footer">主办单位：省人民政府办公厅 &copy; 版权所有</div>
</body></html>
"""


def test_html_main_text_without_navigation_and_link_lists(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.encode("gb18030"))
    loaded = diffreport.load(path)
    texts = [s.text for s in loaded.sentences]
    assert texts == [
        "2026年政府工作报告",
        "各位代表：",
        "现在，我代表省人民政府向大会报告工作，请予审议。",
        "# 一、2025年工作回顾",
        "过去一年，全省经济增长5.5%\xa0左右，城镇新增就业120万人。",
    ]
    dropped = " ".join(loaded.dropped)
    for chrome in ("首页", "微博", "图解政府工作报告", "版权所有", "相关报道"):
        assert chrome in dropped
    assert "var a" not in dropped


def test_html_tables_become_rows() -> None:
    page = (
        b"<html><body><article><p>\xe4\xb8\xbb\xe8\xa6\x81\xe7\x9b\xae\xe6\xa0\x87\xe3\x80\x82</p>"
        b"<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
        b"</article></body></html>"
    )
    assert extract_html("t.html", page).text == "主要目标。\n\n| A | B |\n\n| 1 | 2 |"


@pytest.mark.parametrize("tag", ["div", "span", "article", "section", "a", "ul"])
def test_deeply_nested_html_is_read_without_recursion(tmp_path: Path, tag: str) -> None:
    # issue 20: 990 nested elements raised RecursionError (in compare, series and batch)
    depth = 100_000 if tag == "div" else 10_000
    page = (
        "<!DOCTYPE html><html><body><p>各位代表：</p>"
        + f"<{tag}>" * depth
        + "<p>今年经济增长5%左右。</p>"
        + f"</{tag}>" * depth
        + "<p>请予审议。</p></body></html>"
    )
    path = tmp_path / "deep.html"
    path.write_text(page, encoding="utf-8")
    texts = [s.text for s in diffreport.load(path).sentences]
    if tag == "article":  # the article is the main content; the rest is page chrome
        assert texts == ["今年经济增长5%左右。"]
    else:
        assert texts == ["各位代表：", "今年经济增长5%左右。", "请予审议。"]


def test_nested_html_gives_the_same_text_at_any_depth() -> None:
    def page(depth: int) -> bytes:
        inner = (
            "<div><p>一、工作回顾</p><span>经济<b>增长</b></span><br>5%。<a href=x>链接</a></div>"
        )
        return (
            "<html><body>"
            + "<div class=content>" * depth
            + inner
            + "</div>" * depth
            + "</body></html>"
        ).encode()

    shallow = extract_html("p.html", page(1))
    assert shallow.text == "一、工作回顾\n\n经济增长\n5%。链接"
    assert extract_html("p.html", page(5_000)) == shallow


def test_stray_end_tags_under_deep_nesting_do_not_search_the_whole_stack() -> None:
    # 30,000 nested <div> and as many stray </span> took 73 s: each end tag searched
    # the open elements from the top for a <span> that was never opened
    from diffreport.reading.html import _TreeBuilder

    class Counted(list[object]):
        reads = 0

        def __getitem__(self, index: object) -> object:  # type: ignore[override]
            Counted.reads += 1
            return super().__getitem__(index)  # type: ignore[index]

    depth = 2_000
    builder = _TreeBuilder()
    builder.stack = Counted(builder.stack)  # type: ignore[assignment]
    builder.feed("<html><body>" + "<div>" * depth + "</span><p>x</p>" * depth + "</div>" * depth)
    builder.close()
    assert Counted.reads < 20 * depth  # linear; it was quadratic (4,016,002 reads)
    assert extract_html("p.html", ("<div>" * depth + "</span>x").encode()).text == "x"
