"""Make published-format fixtures (PDF, .docx, HTML) from a plain-text report.

The tests call these functions to write fixtures into a temporary directory from
corpus text (nothing derived from the corpus is committed). Run as a script to
look at the files by hand::

    .venv/bin/python tests/make_fixtures.py ../shared/corpus/cn-state-council/2025.txt /tmp/out

* PDF: rendered with PyMuPDF and a Noto CJK font from Debian's ``fonts-noto-cjk``,
  subset with fontTools to the characters used plus their radical and
  compatibility twins (so the embedded font maps one glyph to several code
  points, as the fonts in published PDFs do). A4, body paragraphs with a
  two-character first-line indent and no extra spacing, headings in bold, a
  running header and a ``— N —`` page number on every page.
* Word: python-docx, heading lines in Word heading styles (``一、`` Heading 1,
  ``（一）`` Heading 2), one paragraph inside a one-column layout table.
* HTML: the paragraphs in ``<article>``, wrapped in navigation chrome (a nav bar,
  a header with the title, breadcrumbs, buttons, a related-article list in an
  aside, a footer, a script and a style sheet).
"""

from __future__ import annotations

import html
import io
import sys
from functools import cache
from pathlib import Path

from diffreport.normalize import clean, detect_language
from diffreport.normalize.headings import heading_level, is_heading_line
from diffreport.reading.cjk import IDEOGRAPHS

NOTO = Path("/usr/share/fonts/opentype/noto")
REGULAR = NOTO / "NotoSansCJK-Regular.ttc"
BOLD = NOTO / "NotoSansCJK-Bold.ttc"
#: the Simplified Chinese face in Debian's Noto CJK collections
SC_INDEX = 2


def paragraphs(text: str) -> list[str]:
    """The report's paragraphs as diffreport reads them (chrome such as the footer left out)."""
    return [paragraph.text for paragraph in clean(text, detect_language(text)).paragraphs]


def is_heading(paragraph: str) -> bool:
    """Whether a paragraph is a heading line (``一、…``, a short ``（一）…``)."""
    return is_heading_line(paragraph, "zh") and heading_level(paragraph) is not None


@cache
def _subset_font(path: Path, characters: frozenset[str]) -> bytes:
    """The face ``SC_INDEX`` of a CJK collection cut down to ``characters`` (and their twins)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    twins = {
        chr(code)
        for code, unified in IDEOGRAPHS.items()
        if unified in characters and code < 0x10000
    }
    font = TTFont(io.BytesIO(path.read_bytes()), fontNumber=SC_INDEX, lazy=True)
    options = subset.Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text="".join(sorted(characters | twins)) + "—0123456789 ")
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def render_pdf(
    text: str, path: Path, *, header: str = "政府工作报告", characters: str = ""
) -> Path:
    """Write ``text`` as a paginated A4 PDF with a CJK font; returns ``path``.

    ``characters``: more characters to keep in the embedded font (so the fonts of
    several fixtures, and their cached subsets, can be shared).
    """
    import pymupdf

    items = paragraphs(text)
    used = frozenset("".join(items) + header + characters)
    regular = pymupdf.Font(fontbuffer=_subset_font(REGULAR, used))
    bold = pymupdf.Font(fontbuffer=_subset_font(BOLD, used))
    document = pymupdf.open()
    width, height = pymupdf.paper_size("a4")
    size = 12.0
    left, right, top, bottom = 72.0, width - 72.0, 80.0, height - 72.0
    state: dict[str, object] = {}

    def new_page() -> None:
        if "writer" in state:
            state["writer"].write_text(state["page"])  # type: ignore[attr-defined]
        page = document.new_page(width=width, height=height)
        writer = pymupdf.TextWriter(page.rect)
        number = f"— {len(document)} —"
        header_width = regular.text_length(header, fontsize=9)
        writer.append(((width - header_width) / 2, 48), header, font=regular, fontsize=9)
        number_width = regular.text_length(number, fontsize=9)
        writer.append(((width - number_width) / 2, height - 36), number, font=regular, fontsize=9)
        state.update(page=page, writer=writer, y=top + size)

    new_page()
    for paragraph in items:
        heading = is_heading(paragraph)
        font = bold if heading else regular
        lines = _wrap(paragraph, font, size, right - left - 2 * size, right - left)
        for number, line in enumerate(lines):
            if float(state["y"]) > bottom:  # type: ignore[arg-type]
                new_page()
            x = left + (2 * size if number == 0 else 0.0)
            writer = state["writer"]
            writer.append((x, state["y"]), line, font=font, fontsize=size)  # type: ignore[attr-defined]
            state["y"] = float(state["y"]) + size * 1.75  # type: ignore[arg-type]
    state["writer"].write_text(state["page"])  # type: ignore[attr-defined]
    document.save(path, garbage=3, deflate=True)
    return path


_NO_LINE_START = set("，。、；：！？）》」』”’%％")


def _wrap(text: str, font: object, size: float, first: float, rest: float) -> list[str]:
    """Break ``text`` into lines that fit (CJK rules: no closing mark starts a line)."""
    lines: list[str] = []
    current = ""
    limit = first
    measure = font.text_length  # type: ignore[attr-defined]
    for char in text:
        if current and measure(current + char, fontsize=size) > limit:
            space = current.rfind(" ")
            if char.isascii() and not char.isspace() and space > 0 and current[-1].isascii():
                # Latin text breaks between words
                lines.append(current[:space])
                current = current[space + 1 :]
            elif char in _NO_LINE_START and len(current) > 1:
                # carry the last character over so the mark does not start a line
                lines.append(current[:-1])
                current = current[-1]
            else:
                lines.append(current.rstrip())
                current = ""
            limit = rest
        if char == " " and not current:
            continue
        current += char
    if current:
        lines.append(current)
    return lines


def write_docx(text: str, path: Path) -> Path:
    """Write ``text`` as a Word document with heading styles and a layout table."""
    import docx

    document = docx.Document()
    items = paragraphs(text)
    table_at = next(
        (n for n, p in enumerate(items) if n > len(items) // 2 and not is_heading(p)), -1
    )
    for number, paragraph in enumerate(items):
        if is_heading(paragraph):
            document.add_paragraph(paragraph, style=f"Heading {heading_level(paragraph)}")
        elif number == table_at:
            table = document.add_table(rows=1, cols=1)
            table.cell(0, 0).paragraphs[0].add_run(paragraph)
        else:
            document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def write_html(text: str, path: Path, *, title: str = "政府工作报告") -> Path:
    """Write ``text`` as a news-site page: the report in ``<article>``, chrome around it."""
    body: list[str] = []
    for paragraph in paragraphs(text):
        escaped = html.escape(paragraph)
        if is_heading(paragraph):
            tag = f"h{1 + (heading_level(paragraph) or 1)}"
            body.append(f"<{tag}>{escaped}</{tag}>")
        else:
            body.append(f"<p>\n  {escaped}\n</p>")
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body {{ font-family: sans-serif }} .nav a {{ color: #333 }}</style>
<script>window.dataLayer = [];function track(){{return "打印 下载";}}</script></head>
<body>
<div class="topbar"><a href="/">首页</a> | <a href="/en">English</a> |
<a href="/login">登录</a></div>
<nav><ul><li><a href="/a">要闻</a></li><li><a href="/b">政策</a></li><li><a href="/c">服务</a></li>
<li><a href="/d">互动</a></li><li><a href="/e">数据</a></li></ul></nav>
<header><h1>{html.escape(title)}</h1><p>来源：新华社　2025-03-12 10:00</p></header>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/zc">政策</a> &gt; 正文</div>
<main>
<div class="tools"><button>打印</button><button>分享</button><span>【字号：大 中 小】</span></div>
<article>
{chr(10).join(body)}
</article>
<aside><h3>相关报道</h3><ul>
<li><a href="/1">政府工作报告全文发布</a></li>
<li><a href="/2">图解：2025年政府工作报告</a></li>
<li><a href="/3">一图读懂政府工作报告</a></li></ul></aside>
</main>
<footer><p>版权所有：某某网站　备案号：京ICP备00000000号</p><a href="/about">关于我们</a></footer>
<script>track();</script>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    """``make_fixtures.py REPORT.txt OUTDIR``: write REPORT as .pdf, .docx and .html."""
    source, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    text = source.read_text("utf-8")
    render_pdf(text, out / f"{source.stem}.pdf")
    write_docx(text, out / f"{source.stem}.docx")
    write_html(text, out / f"{source.stem}.html")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
