"""PDF -> report text (the ``pdf`` extra, pdfplumber).

Characters are grouped into lines by their position, lines into paragraphs by
geometry (a line that reaches the right margin continues, an indented line
starts a paragraph, a wider gap or a change of type size ends one), and a
paragraph cut by a page end is joined when its last line is full and the next
page does not start a new paragraph. Running headers and footers (a line
repeated in the top or bottom band of the pages, digits ignored) and page
numbers go to ``dropped``.
"""

from __future__ import annotations

import bisect
import io
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from diffreport.errors import InputError
from diffreport.reading.cjk import unify_ideographs
from diffreport.reading.formats import Extracted, missing_extra
from diffreport.reading.limits import over_limit


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
#: the fewest characters a page of a report is counted as holding (bounds the page count)
_MIN_PAGE_CHARS = 20
_CLOSING = "，。、；：！？）》」』”’,.;:!?)]"


def _wide(char: str) -> bool:
    """Whether ``char`` is a CJK (wide or full-width) character."""
    return unicodedata.east_asian_width(char) in ("W", "F")


def extract_pdf(name: str, data: bytes, limit: int) -> Extracted:
    """Report text of a PDF: lines in reading order, headers/footers dropped, paragraphs joined.

    Characters are counted page by page: a PDF with more than ``limit`` of them (or
    more pages than a document of ``limit`` characters could fill) is refused
    without reading the rest, and each page is laid out within the bounds of
    ``reading.pdf_bounds``, so one page cannot draw millions of characters first.
    """
    try:
        import pdfplumber
    except ImportError:
        raise missing_extra(name, "PDF", "pdf") from None
    from diffreport.reading.pdf_bounds import PageBudget

    pages: list[list[_Line]] = []
    heights: list[float] = []
    budget = PageBudget(name, limit)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > _max_pages(limit):
                raise over_limit(name, f"a PDF of {len(pdf.pages):,} pages", limit)
            seen = 0
            for number, page in enumerate(pdf.pages):
                budget.lay_out(page, number)
                lines = _pdf_lines(page.chars, number)
                seen += sum(len(line.text) for line in lines)
                if seen > limit:
                    amount = f"more than {limit:,} characters (in its first {number + 1:,} pages)"
                    raise over_limit(name, amount, limit)
                pages.append(lines)
                heights.append(float(page.height))
                page.close()  # pdfplumber keeps every page's objects otherwise
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


def _max_pages(limit: int) -> int:
    """The most pages read of a PDF: a page holding at least 20 characters, and 1,000 besides."""
    return limit // _MIN_PAGE_CHARS + 1000


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
