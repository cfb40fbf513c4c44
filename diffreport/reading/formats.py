"""Published formats -> report text: PDF, Word (.docx) and web pages (.html).

``detect`` names the format from a file's bytes (never from its name);
``extract`` turns the bytes into plain report text that the rest of the pipeline
already understands, plus the page chrome it removed, so no character of the
report is silently lost:

* **PDF** (extra ``diffreport[pdf]``, pdfplumber): characters are grouped into
  lines by their position, lines into paragraphs by geometry (a line that
  reaches the right margin continues, an indented line starts a paragraph, a
  wider gap or a change of type size ends one), and a paragraph cut by a page
  end is joined when its last line is full and the next page does not start a
  new paragraph. Running headers and footers (a line repeated in the top or
  bottom band of the pages, digits ignored) and page numbers go to ``dropped``.
* **Word** (extra ``diffreport[docx]``, python-docx): paragraphs in document
  order; a paragraph in a Word heading style (or with an outline level) becomes
  a Markdown ``#`` line, so the section structure comes from the document;
  tables are flattened one row a paragraph, as a Markdown table row
  (``| 指标 | 2025年目标 |``: the leading bar keeps ``clean`` from joining rows as
  if a page had cut them), and a one-column layout table is read as ordinary
  paragraphs.
* **HTML** (stdlib ``html.parser``): the page's main text — ``<main>`` or
  ``<article>`` when there is one — without scripts, styles, navigation,
  headers, footers, asides, forms, buttons and link lists (blocks whose text is
  mostly link text); ``<h2>``… become Markdown headings.

Every extractor emits one paragraph per block, blocks separated by a blank line,
and maps Kangxi radicals, CJK radical-supplement characters and CJK
compatibility ideographs to the unified ideographs (``unify_ideographs``): PDF
fonts often map shared glyphs to those code points (``⼯`` for 工, ``⺠`` for 民,
``年`` U+F98E for 年).

The libraries are imported only inside the functions that need them, so this
module is cheap to import; a missing one gives an ``InputError`` that says
which extra to install.
"""

from __future__ import annotations

import bisect
import io
import re
import statistics
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Literal

from diffreport.errors import InputError

Format = Literal["pdf", "docx", "html"]


@dataclass(frozen=True)
class Extracted:
    """Report text taken out of a published file.

    ``text`` is plain text, paragraphs separated by blank lines (headings from
    the document's structure as Markdown ``#`` lines); ``dropped`` holds the
    page chrome removed on the way (running headers, page numbers, navigation),
    in document order.
    """

    text: str
    format: Format
    dropped: tuple[str, ...] = ()


# --------------------------------------------------------------------------------------
# unified ideographs

#: CJK Radicals Supplement -> unified ideograph, after Unicode's EquivalentUnifiedIdeograph
#: data (only the radicals whose equivalent is a BMP ideograph that stands alone as a word
#: or component; NFKC already handles U+2E9F and U+2EF3 and all Kangxi radicals)
_RADICALS_SUPPLEMENT: dict[str, str] = {
    "\u2e81": "\u5382",  # ⺁ 厂
    "\u2e82": "\u4e5b",  # ⺂ 乛
    "\u2e83": "\u4e5a",  # ⺃ 乚
    "\u2e85": "\u4ebb",  # ⺅ 亻
    "\u2e86": "\u5182",  # ⺆ 冂
    "\u2e89": "\u5202",  # ⺉ 刂
    "\u2e8a": "\u535c",  # ⺊ 卜
    "\u2e8b": "\u353e",  # ⺋ 㔾
    "\u2e8c": "\u5c0f",  # ⺌ 小
    "\u2e8d": "\u5c0f",  # ⺍ 小
    "\u2e8e": "\u5140",  # ⺎ 兀
    "\u2e8f": "\u5c23",  # ⺏ 尣
    "\u2e90": "\u5c22",  # ⺐ 尢
    "\u2e92": "\u5df3",  # ⺒ 巳
    "\u2e93": "\u5e7a",  # ⺓ 幺
    "\u2e94": "\u5f51",  # ⺔ 彑
    "\u2e95": "\u5f50",  # ⺕ 彐
    "\u2e96": "\u5fc4",  # ⺖ 忄
    "\u2e97": "\u5fc3",  # ⺗ 心
    "\u2e98": "\u624c",  # ⺘ 扌
    "\u2e99": "\u6535",  # ⺙ 攵
    "\u2e9b": "\u65e1",  # ⺛ 旡
    "\u2e9c": "\u65e5",  # ⺜ 日
    "\u2e9d": "\u6708",  # ⺝ 月
    "\u2e9e": "\u6b7a",  # ⺞ 歺
    "\u2e9f": "\u6bcd",  # ⺟ 母
    "\u2ea0": "\u6c11",  # ⺠ 民
    "\u2ea1": "\u6c35",  # ⺡ 氵
    "\u2ea2": "\u6c3a",  # ⺢ 氺
    "\u2ea3": "\u706c",  # ⺣ 灬
    "\u2ea4": "\u722b",  # ⺤ 爫
    "\u2ea5": "\u722b",  # ⺥ 爫
    "\u2ea6": "\u4e2c",  # ⺦ 丬
    "\u2ea7": "\u725b",  # ⺧ 牛
    "\u2ea8": "\u72ad",  # ⺨ 犭
    "\u2ea9": "\u738b",  # ⺩ 王
    "\u2eab": "\u7f52",  # ⺫ 罒
    "\u2eac": "\u793a",  # ⺬ 示
    "\u2ead": "\u793b",  # ⺭ 礻
    "\u2eaf": "\u7cf9",  # ⺯ 糹
    "\u2eb0": "\u7e9f",  # ⺰ 纟
    "\u2eb1": "\u7f53",  # ⺱ 罓
    "\u2eb2": "\u7f52",  # ⺲ 罒
    "\u2eb6": "\u7f8a",  # ⺶ 羊
    "\u2eb9": "\u8002",  # ⺹ 耂
    "\u2eba": "\u8080",  # ⺺ 肀
    "\u2ebb": "\u807f",  # ⺻ 聿
    "\u2ebc": "\u8089",  # ⺼ 肉
    "\u2ebd": "\u81fc",  # ⺽ 臼
    "\u2ebe": "\u8279",  # ⺾ 艹
    "\u2ebf": "\u8279",  # ⺿ 艹
    "\u2ec0": "\u8279",  # ⻀ 艹
    "\u2ec1": "\u864e",  # ⻁ 虎
    "\u2ec2": "\u8864",  # ⻂ 衤
    "\u2ec3": "\u8980",  # ⻃ 覀
    "\u2ec4": "\u897f",  # ⻄ 西
    "\u2ec5": "\u89c1",  # ⻅ 见
    "\u2ec6": "\u89d2",  # ⻆ 角
    "\u2ec8": "\u8ba0",  # ⻈ 讠
    "\u2ec9": "\u8d1d",  # ⻉ 贝
    "\u2ecb": "\u8f66",  # ⻋ 车
    "\u2ecc": "\u8fb6",  # ⻌ 辶
    "\u2ecd": "\u8fb6",  # ⻍ 辶
    "\u2ece": "\u8fb6",  # ⻎ 辶
    "\u2ecf": "\u961d",  # ⻏ 阝
    "\u2ed0": "\u9485",  # ⻐ 钅
    "\u2ed1": "\u9577",  # ⻑ 長
    "\u2ed2": "\u9578",  # ⻒ 镸
    "\u2ed3": "\u957f",  # ⻓ 长
    "\u2ed4": "\u95e8",  # ⻔ 门
    "\u2ed6": "\u961d",  # ⻖ 阝
    "\u2ed7": "\u96e8",  # ⻗ 雨
    "\u2ed8": "\u9752",  # ⻘ 青
    "\u2ed9": "\u97e6",  # ⻙ 韦
    "\u2eda": "\u9875",  # ⻚ 页
    "\u2edb": "\u98ce",  # ⻛ 风
    "\u2edc": "\u98de",  # ⻜ 飞
    "\u2edd": "\u98df",  # ⻝ 食
    "\u2edf": "\u98e0",  # ⻟ 飠
    "\u2ee0": "\u9963",  # ⻠ 饣
    "\u2ee2": "\u9a6c",  # ⻢ 马
    "\u2ee3": "\u9aa8",  # ⻣ 骨
    "\u2ee4": "\u9b3c",  # ⻤ 鬼
    "\u2ee5": "\u9c7c",  # ⻥ 鱼
    "\u2ee6": "\u9e1f",  # ⻦ 鸟
    "\u2ee7": "\u5364",  # ⻧ 卤
    "\u2ee8": "\u9ea6",  # ⻨ 麦
    "\u2ee9": "\u9ec4",  # ⻩ 黄
    "\u2eea": "\u9efe",  # ⻪ 黾
    "\u2eeb": "\u6589",  # ⻫ 斉
    "\u2eec": "\u9f50",  # ⻬ 齐
    "\u2eed": "\u6b6f",  # ⻭ 歯
    "\u2eee": "\u9f7f",  # ⻮ 齿
    "\u2eef": "\u7adc",  # ⻯ 竜
    "\u2ef0": "\u9f99",  # ⻰ 龙
    "\u2ef1": "\u9f9c",  # ⻱ 龜
    "\u2ef2": "\u4e80",  # ⻲ 亀
    "\u2ef3": "\u9f9f",  # ⻳ 龟
}

#: what the comparison key needs beyond NFKC (which covers Kangxi and compatibility ideographs)
RADICALS_SUPPLEMENT: dict[int, str] = {ord(k): v for k, v in _RADICALS_SUPPLEMENT.items()}


def _ideograph_table() -> dict[int, str]:
    """Kangxi radicals (NFKC), compatibility ideographs (NFC) and the radical supplement."""
    table: dict[int, str] = dict(RADICALS_SUPPLEMENT)
    for code in range(0x2F00, 0x2FD6):
        unified = unicodedata.normalize("NFKC", chr(code))
        if len(unified) == 1 and unified != chr(code):
            table[code] = unified
    for code in (*range(0xF900, 0xFB00), *range(0x2F800, 0x2FA20)):
        unified = unicodedata.normalize("NFC", chr(code))
        if len(unified) == 1 and unified != chr(code):
            table[code] = unified
    return table


_IDEOGRAPHS = _ideograph_table()
_NEEDS_UNIFYING = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def unify_ideographs(text: str) -> str:
    """``text`` with radical and compatibility code points replaced by unified ideographs.

    ``⼯``→``工`` (Kangxi radical), ``⺠``→``民`` (radical supplement),
    ``年`` U+F98E→``年`` (compatibility ideograph); nothing else changes, so
    full-width punctuation and digits keep their display form.
    """
    if _NEEDS_UNIFYING.search(text) is None:
        return text
    return text.translate(_IDEOGRAPHS)


# --------------------------------------------------------------------------------------
# detection

_HTML_HEAD = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    rb"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta[\s>]|title[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def detect(data: bytes) -> Format | None:
    """The published format of a file from its bytes: ``pdf``, ``docx``, ``html`` or None.

    A PDF starts with ``%PDF-`` (later within its first KiB, as readers allow,
    only when it also ends with ``%%EOF``); a
    .docx is a ZIP archive holding ``word/document.xml``; an HTML page starts
    (after a BOM, an XML declaration or comments) with a doctype or an
    ``<html>``/``<head>``/``<body>`` tag.
    """
    start = data.find(b"%PDF-", 0, 1024)
    if (
        start == 0
        or (start > 0 and not data[:start].strip())
        or (start > 0 and b"%%EOF" in data[-2048:])
    ):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return None
        return "docx" if "word/document.xml" in names else None
    if _HTML_HEAD.match(data[:4096]):
        return "html"
    return None


def extract(name: str, data: bytes, kind: Format) -> Extracted:
    """The report text of ``data`` (a file of format ``kind``); ``name`` is used in errors."""
    if kind == "pdf":
        return extract_pdf(name, data)
    if kind == "docx":
        return extract_docx(name, data)
    return extract_html(name, data)


def _missing_extra(name: str, what: str, extra: str) -> InputError:
    return InputError(
        name,
        f"is a {what} file; reading it needs the {extra} extra: pip install 'diffreport[{extra}]'",
    )


# --------------------------------------------------------------------------------------
# PDF


@dataclass
class _Line:
    """One line of a PDF page: its text and where it is."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    first_width: float  # width of the first word (Latin) or character (CJK)
    page: int


_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_PAGE_NUMBER = re.compile(
    r"\A[-—–－·•\s]*(?:(?:第\s*)?\d{1,4}\s*页?(?:\s*[/／]\s*\d{1,4}|\s*[，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|[ivxlc]{1,6}|[IVXLC]{1,6}|(?:page|Page|PAGE)\s+\d{1,4}(?:\s+of\s+\d{1,4})?)[-—–－·•\s]*\Z"
)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
#: the outer share of the page height where running headers and footers live
_BAND = 0.12
_CLOSING = "，。、；：！？）》」』”’,.;:!?)]"


def _wide(char: str) -> bool:
    """Whether ``char`` is a CJK (wide or full-width) character."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def extract_pdf(name: str, data: bytes) -> Extracted:
    """Report text of a PDF: lines in reading order, headers/footers dropped, paragraphs joined."""
    try:
        import pdfplumber
    except ImportError:
        raise _missing_extra(name, "PDF", "pdf") from None
    pages: list[list[_Line]] = []
    heights: list[float] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for number, page in enumerate(pdf.pages):
                pages.append(_pdf_lines(page.chars, number))
                heights.append(float(page.height))
    except InputError:
        raise
    except Exception as error:  # pdfminer raises many unrelated types for broken files
        detail = type(error).__name__
        if "Password" in detail or "Encrypt" in detail:
            raise InputError(
                name, "is an encrypted PDF (cannot be read without its password)"
            ) from None
        raise InputError(name, f"is not a readable PDF ({detail}: {error})"[:300]) from None
    if not any(pages):
        raise InputError(name, "is a PDF without a text layer (a scan?); run OCR on it first")
    body, dropped = _drop_running_lines(pages, heights)
    text = "\n\n".join(_pdf_paragraphs(body))
    return Extracted(unify_ideographs(text), "pdf", tuple(unify_ideographs(d) for d in dropped))


def _pdf_lines(chars: Sequence[dict[str, Any]], page: int) -> list[_Line]:
    """Group a page's characters into lines (top to bottom, each left to right)."""
    items: list[dict[str, Any]] = []
    seen: set[tuple[str, int, int]] = set()
    for char in chars:  # fake bold prints a character twice at (almost) the same place
        text = str(char.get("text") or "")
        spot = (text, round(float(char["x0"])), round(float(char["top"])))
        if text and spot not in seen:
            seen.add(spot)
            items.append(char)
    items.sort(key=lambda c: (float(c["top"]) + float(c["bottom"])) / 2)
    groups: list[list[dict[str, Any]]] = []
    anchor = 0.0
    for char in items:
        middle = (float(char["top"]) + float(char["bottom"])) / 2
        size = float(char.get("size") or 10.0)
        if groups and abs(middle - anchor) <= 0.4 * size:
            groups[-1].append(char)
        else:
            groups.append([char])
            anchor = middle
    lines = [_line(group, page) for group in groups]
    return [line for line in lines if line.text]


def _line(group: list[dict[str, Any]], page: int) -> _Line:
    """One line from its characters: spaces only where Latin words are apart."""
    group.sort(key=lambda c: float(c["x0"]))
    sizes = [float(c.get("size") or 10.0) for c in group]
    size = statistics.median(sizes)
    out: list[str] = []
    previous: dict[str, Any] | None = None
    for char in group:
        text = str(char["text"])
        if text.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            previous = char
            continue
        if previous is not None and out and out[-1] != " ":
            gap = float(char["x0"]) - float(previous["x1"])
            if gap > 0.22 * size and not _wide(out[-1][-1]) and not _wide(text[0]):
                out.append(" ")
        out.append(text)
        previous = char
    joined = "".join(out).strip()
    # a space between two CJK characters is justification, not text
    joined = re.sub(r"(?<=[^\x00-\u2e7f]) (?=[^\x00-\u2e7f])", "", joined)
    visible = [c for c in group if not str(c["text"]).isspace()]
    first_width = _first_width(visible, size)
    bold = sum(1 for c in visible if _BOLD_FONT.search(str(c.get("fontname", "")))) * 2 > len(
        visible
    )
    return _Line(
        text=joined,
        x0=min((float(c["x0"]) for c in visible), default=0.0),
        x1=max((float(c["x1"]) for c in visible), default=0.0),
        top=min(float(c["top"]) for c in group),
        bottom=max(float(c["bottom"]) for c in group),
        size=size,
        bold=bold,
        first_width=first_width,
        page=page,
    )


def _first_width(visible: list[dict[str, Any]], size: float) -> float:
    """Width of what a line breaker had to fit first: a CJK character or a Latin word."""
    if not visible:
        return 0.0
    start = float(visible[0]["x0"])
    end = float(visible[0]["x1"])
    wide = _wide(str(visible[0]["text"])[:1] or "a")
    for char in visible[1:]:
        text = str(char["text"])
        if float(char["x0"]) - end > 0.22 * size:
            break
        if wide and text[:1] not in _CLOSING:
            break
        if not wide and _wide(text[:1]):
            break
        end = float(char["x1"])
    return end - start


def _drop_running_lines(
    pages: list[list[_Line]], heights: list[float]
) -> tuple[list[list[_Line]], list[str]]:
    """Remove running headers, footers and page numbers from the top and bottom bands."""

    def bands(lines: list[_Line], height: float) -> Iterator[tuple[str, int]]:
        for position, line in enumerate(lines[:3]):
            if line.bottom <= _BAND * height:
                yield "top", position
        for position in range(max(0, len(lines) - 3), len(lines)):
            if lines[position].top >= (1 - _BAND) * height:
                yield "bottom", position

    def key(band: str, line: _Line) -> tuple[str, str]:
        return band, _DIGITS.sub("#", _SPACES.sub("", line.text))

    # where each candidate text stands on the pages: a running line keeps its place
    # (the title on page 1 that reads like the running header does not)
    places: dict[tuple[str, str], list[float]] = {}
    for lines, height in zip(pages, heights, strict=True):
        for band, position in bands(lines, height):
            places.setdefault(key(band, lines[position]), []).append(lines[position].top)
    for tops in places.values():
        tops.sort()
    repeated = max(2, (len(pages) + 2) // 3)

    def recurs(band_key: tuple[str, str], top: float) -> bool:
        tops = places.get(band_key, [])
        near = bisect.bisect_right(tops, top + 3) - bisect.bisect_left(tops, top - 3)
        return near >= repeated

    body: list[list[_Line]] = []
    dropped: list[str] = []
    for lines, height in zip(pages, heights, strict=True):
        chrome: set[int] = set()
        for band, position in bands(lines, height):
            line = lines[position]
            if _PAGE_NUMBER.match(line.text) or recurs(key(band, line), line.top):
                chrome.add(position)
        dropped.extend(lines[position].text for position in sorted(chrome))
        body.append([line for position, line in enumerate(lines) if position not in chrome])
    return body, dropped


def _pdf_paragraphs(pages: list[list[_Line]]) -> list[str]:
    """Lines joined into paragraphs by geometry, across page ends too."""
    lines = [line for page in pages for line in page]
    if not lines:
        return []
    size = statistics.median(line.size for line in lines)
    left = Counter(round(line.x0) for line in lines).most_common(1)[0][0]
    rights = sorted(line.x1 for line in lines)
    right = rights[int(0.9 * (len(rights) - 1))]
    gaps = [
        b.top - a.bottom
        for page in pages
        for a, b in zip(page, page[1:], strict=False)
        if b.top > a.bottom
    ]
    gap = statistics.median(gaps) if gaps else size
    paragraphs: list[list[_Line]] = [[lines[0]]]
    for before, after in zip(lines, lines[1:], strict=False):
        if _continues_line(before, after, left, right, gap, size):
            paragraphs[-1].append(after)
        else:
            paragraphs.append([after])
    return [_join_lines(group) for group in paragraphs]


def _centered(line: _Line, left: float, right: float, size: float) -> bool:
    """A line set apart in the middle of the text column (a title or heading)."""
    middle = (line.x0 + line.x1) / 2
    return line.x0 > left + 2 * size and abs(middle - (left + right) / 2) < 1.5 * size


def _continues_line(
    before: _Line, after: _Line, left: float, right: float, gap: float, size: float
) -> bool:
    """Whether ``after`` goes on with the paragraph that ``before`` is in."""
    if abs(before.size - after.size) > 0.1 * max(before.size, after.size):
        return False
    if before.bold != after.bold:
        return False
    if after.x0 > left + 0.8 * after.size:  # indented first line, or centered
        return False
    if _centered(before, left, right, size):
        return False
    if before.page == after.page and after.top - before.bottom > gap + 0.4 * size:
        return False
    space = 0.0 if _wide(before.text[-1]) or _wide(after.text[0]) else 0.25 * size
    return before.x1 + space + after.first_width > right - 0.3 * size


def _join_lines(group: list[_Line]) -> str:
    """The lines of one paragraph joined as the language writes them."""
    out = [group[0].text]
    for before, after in zip(group, group[1:], strict=False):
        last, first = before.text[-1], after.text[0]
        hyphen = last == "-" and len(before.text) > 1 and before.text[-2].isalpha()
        out.append("" if hyphen or _wide(last) or _wide(first) else " ")
        out.append(after.text)
    return "".join(out)


# --------------------------------------------------------------------------------------
# Word (.docx)

_HEADING_STYLE = re.compile(r"\A(?:heading|标题)\s*(\d)\Z", re.IGNORECASE)


def extract_docx(name: str, data: bytes) -> Extracted:
    """Report text of a Word document: headings as Markdown ``#`` lines, tables flattened."""
    try:
        import docx
    except ImportError:
        raise _missing_extra(name, "Word (.docx)", "docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document.iter_inner_content()))
    except Exception as error:  # python-docx and lxml raise many types for broken files
        raise InputError(
            name, f"is not a readable Word document ({type(error).__name__}: {error})"[:300]
        ) from None
    text = "\n\n".join(block for block in blocks if block.strip())
    return Extracted(unify_ideographs(text), "docx")


def _docx_blocks(items: Iterable[Any]) -> Iterator[str]:
    """Paragraph and table texts in document order."""
    from docx.table import Table

    for item in items:
        if isinstance(item, Table):
            yield from _docx_table(item)
            continue
        text = item.text.replace("\t", " ")
        if not text.strip():
            continue
        level = _docx_heading_level(item)
        if level is not None:
            heading = " ".join(part.strip() for part in text.split("\n") if part.strip())
            yield "#" * level + " " + heading
        else:
            yield text.strip("\n")


def _docx_heading_level(paragraph: Any) -> int | None:
    """The outline level of a paragraph (1-6) from its heading style or outline level."""
    level = _outline_level(paragraph._p.pPr)
    if level is not None:
        return level
    style = paragraph.style
    depth = 0
    while style is not None and depth < 10:
        name = str(style.name or "")
        found = _HEADING_STYLE.match(name.strip())
        if found:
            return min(max(int(found.group(1)), 1), 6)
        level = _outline_level(style.element.pPr)
        if level is not None:
            return level
        style = style.base_style
        depth += 1
    return None


def _outline_level(properties: Any) -> int | None:
    """``w:outlineLvl`` of paragraph properties as a heading level (None for body text)."""
    if properties is None:
        return None
    from docx.oxml.ns import qn

    element = properties.find(qn("w:outlineLvl"))
    if element is None:
        return None
    try:
        value = int(element.get(qn("w:val")))
    except (TypeError, ValueError):
        return None
    return value + 1 if 0 <= value <= 5 else None


def _docx_table(table: Any) -> Iterator[str]:
    """A table one row a paragraph (``| a | b |``); a one-column table as paragraphs."""
    rows: list[list[Any]] = []
    for row in table.rows:
        cells: list[Any] = []
        seen: set[int] = set()
        for cell in row.cells:  # a merged cell is listed once per grid column it spans
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                cells.append(cell)
        rows.append(cells)
    if all(len(cells) <= 1 for cells in rows):
        for cells in rows:
            for cell in cells:
                yield from _docx_blocks(cell.iter_inner_content())
        return
    for cells in rows:
        texts = [" ".join(_docx_blocks(cell.iter_inner_content())).strip() for cell in cells]
        line = " | ".join(text.replace("\n", " ") for text in texts if text)
        if line:
            yield f"| {line} |"


# --------------------------------------------------------------------------------------
# HTML

_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "iframe"})
_CHROME = frozenset(
    {"nav", "header", "footer", "aside", "form", "button", "select", "menu", "dialog", "label"}
)
_CHROME_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"}
)
_CHROME_NAMES = frozenset(
    """nav navbar navigation menu menubar breadcrumb breadcrumbs crumb crumbs header footer
    sidebar share sharing social toolbar tools pagination pager copyright related recommend
    comment comments topbar bottom""".split()
)
_VOID = frozenset(
    {"br", "img", "hr", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source"}
)
_BLOCK = frozenset(
    """p div section article main li ul ol dl dt dd table tr td th tbody thead tfoot caption
    blockquote pre h1 h2 h3 h4 h5 h6 figure figcaption address center""".split()
)
#: elements that flow inside a line of text; every other element is read as a block
_INLINE = frozenset(
    """a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q rp rt ruby s samp
    small span strike strong sub sup time tt u var nobr""".split()
)
_AUTO_CLOSE = {
    "p": frozenset({"p"}),
    "li": frozenset({"li"}),
    "tr": frozenset({"tr", "td", "th"}),
    "td": frozenset({"td", "th"}),
    "th": frozenset({"td", "th"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
}
_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]{2,40})""", re.I)
#: a block whose text is at least this share link text is a link list (menu, related articles)
_LINK_DENSITY = 0.5


@dataclass
class _Node:
    """An element of the parsed page."""

    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    """A forgiving element tree from ``html.parser`` events (implicit ends, stray end tags)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", {})
        self.stack: list[_Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes = _AUTO_CLOSE.get(tag)
        if closes:
            for depth in range(len(self.stack) - 1, 0, -1):
                current = self.stack[depth].tag
                if current in closes:
                    del self.stack[depth:]
                    break
                if current in ("table", "ul", "ol", "dl", "div") or current in _BLOCK - closes:
                    break
        node = _Node(tag, {key: value or "" for key, value in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack[-1].children.append(_Node(tag, {key: value or "" for key, value in attrs}))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def extract_html(name: str, data: bytes) -> Extracted:
    """The main text of a web page: navigation, buttons, asides and link lists removed."""
    page = _decode_html(name, data)
    builder = _TreeBuilder()
    builder.feed(page)
    builder.close()
    root = builder.root
    main = _main_content(root)
    dropped: list[str] = []
    blocks: list[str] = []
    if main is not root:
        _collect_dropped_outside(root, main, dropped)
    _html_blocks(main, blocks, dropped)
    headings = [block for block in blocks if block.startswith("\x00h")]
    title_first = len([h for h in headings if h.startswith("\x00h1")]) == 1 and headings[
        0
    ].startswith("\x00h1")
    out: list[str] = []
    for block in blocks:
        if block.startswith("\x00h"):
            level = int(block[2])
            text = block[4:]
            if title_first and level == 1:
                out.append(text)
            else:
                out.append("#" * max(1, level - 1 if title_first else level) + " " + text)
        else:
            out.append(block)
    text = "\n\n".join(item for item in out if item.strip())
    return Extracted(
        unify_ideographs(text), "html", tuple(unify_ideographs(item) for item in dropped)
    )


def _decode_html(name: str, data: bytes) -> str:
    """A page's text: BOM, then ``<meta charset>``, then strict UTF-8, then GB18030."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace").removeprefix("\ufeff")
    declared = _CHARSET.search(data[:4096])
    candidates: list[str] = []
    if declared:
        label = declared.group(1).decode("ascii").lower()
        candidates.append("gb18030" if label in ("gb2312", "gbk", "x-gbk", "gb_2312-80") else label)
    candidates += ["utf-8", "gb18030"]
    for codec in candidates:
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    raise InputError(name, "is an HTML page in an encoding that cannot be decoded")


def _is_chrome(node: _Node) -> bool:
    """An element that holds page furniture rather than the report."""
    if node.tag in _CHROME:
        return True
    if node.attrs.get("role", "").lower() in _CHROME_ROLES:
        return True
    if "hidden" in node.attrs:
        return True
    names = re.split(
        r"[\s_\-]+", (node.attrs.get("class", "") + " " + node.attrs.get("id", "")).lower()
    )
    return any(part in _CHROME_NAMES for part in names if part)


def _main_content(root: _Node) -> _Node:
    """``<main>`` / ``role=main`` / the ``<article>`` with the most text, else the whole page."""
    candidates: list[_Node] = []

    def walk(node: _Node) -> None:
        for child in node.children:
            if isinstance(child, _Node) and child.tag not in _SKIP:
                if child.tag in ("main", "article") or child.attrs.get("role") == "main":
                    candidates.append(child)
                walk(child)

    walk(root)
    if not candidates:
        return root
    return max(candidates, key=lambda node: len(_text_of(node)))


def _text_of(node: _Node, br: str = "") -> str:
    """All visible text under ``node`` (scripts and styles left out), ``<br>`` as ``br``."""
    parts: list[str] = []

    def walk(current: _Node) -> None:
        for child in current.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append(br)
            elif child.tag not in _SKIP:
                walk(child)

    walk(node)
    return "".join(parts)


def _link_text_share(node: _Node) -> tuple[int, int]:
    """(visible characters, characters inside links) under ``node``."""
    total = 0
    linked = 0

    def walk(current: _Node, in_link: bool) -> None:
        nonlocal total, linked
        for child in current.children:
            if isinstance(child, str):
                size = len("".join(child.split()))
                total += size
                if in_link:
                    linked += size
            elif child.tag not in _SKIP:
                walk(child, in_link or child.tag == "a")

    walk(node, node.tag == "a")
    return total, linked


def _collect_dropped_outside(root: _Node, main: _Node, dropped: list[str]) -> None:
    """Text outside the main content: reported as dropped chrome."""

    def walk(node: _Node) -> None:
        for child in node.children:
            if child is main:
                continue
            if isinstance(child, str):
                if child.strip():
                    dropped.append(_clean_inline(child))
            elif child.tag not in _SKIP:
                walk(child)

    walk(root)


_INLINE_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_CJK_SPACE = re.compile(r"(?<=[^\x00-\u2e7f]) (?=[^\x00-\u2e7f])")


def _clean_inline(text: str) -> str:
    """HTML white space collapsed; a space between two CJK characters removed."""
    return _CJK_SPACE.sub("", _INLINE_SPACE.sub(" ", text)).strip()


def _html_blocks(node: _Node, blocks: list[str], dropped: list[str]) -> None:
    """Blocks of text under ``node`` in order; chrome and link lists go to ``dropped``."""
    inline: list[str] = []

    def flush() -> None:
        lines = [_clean_inline(part) for part in "".join(inline).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            blocks.append(text)
        inline.clear()

    for child in node.children:
        if isinstance(child, str):
            inline.append(child)
            continue
        tag = child.tag
        if tag in _SKIP:
            continue
        if _is_chrome(child):
            flush()
            text = _clean_inline(_text_of(child))
            if text:
                dropped.append(text)
            continue
        if tag == "br":
            inline.append("\n")
            continue
        if tag in ("pre",):
            flush()
            text = _text_of(child).strip("\n")
            if text.strip():
                blocks.append(text)
            continue
        if tag in _BLOCK:
            flush()
            total, linked = _link_text_share(child)
            if total and linked >= _LINK_DENSITY * total and tag not in ("h1", "h2", "h3"):
                dropped.append(_clean_inline(_text_of(child)))
                continue
            if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
                text = _clean_inline(_text_of(child).replace("\n", " "))
                if text:
                    blocks.append(f"\x00{tag} {text}")
                continue
            if tag == "tr":
                cells = [
                    _clean_inline(_text_of(cell))
                    for cell in child.children
                    if isinstance(cell, _Node) and cell.tag in ("td", "th")
                ]
                line = " | ".join(cell for cell in cells if cell)
                if line:
                    blocks.append(f"| {line} |")
                continue
            _html_blocks(child, blocks, dropped)
            continue
        if tag in _INLINE:
            inline.append(_text_of(child, br="\n"))
            continue
        if tag in _VOID:
            continue
        flush()  # html, body and any other container
        _html_blocks(child, blocks, dropped)
    flush()


__all__ = [
    "RADICALS_SUPPLEMENT",
    "Extracted",
    "Format",
    "detect",
    "extract",
    "extract_docx",
    "extract_html",
    "extract_pdf",
    "unify_ideographs",
]
