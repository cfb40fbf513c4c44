"""What reading a PDF may cost: the inflated content of its pages, and what they draw.

A PDF's drawing instructions are compressed; pdfminer inflates them whole, and
pdfplumber lays a page out whole, an object for every character, line and
rectangle, before anything is read from it: an 8 KB file can draw eight million
characters on one page and take 8 GB. So each page is checked before it is laid
out -- its content streams and those of the forms it draws (``Form`` XObjects)
are inflated into a counter, never into memory, against ``pdf_content_bytes``
for the document -- and laid out by a device that counts what is drawn as it is
drawn: a page past ``MAX_PAGE_CHARACTERS`` characters, or a document past
``pdf_drawn`` characters and shapes, is refused there. Shapes and images are
counted but not kept: the reader needs only the characters.
"""

from __future__ import annotations

import zlib
from typing import Any

from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import (
    LITERALS_ASCII85_DECODE,
    LITERALS_ASCIIHEX_DECODE,
    LITERALS_FLATE_DECODE,
    PDFStream,
    resolve1,
)
from pdfplumber.page import Page, PDFPageAggregatorWithMarkedContent

from diffreport.errors import InputError
from diffreport.reading.limits import (
    MAX_PAGE_CHARACTERS,
    over_limit,
    pdf_content_bytes,
    pdf_drawn,
)

_CHUNK = 1 << 20


class PageBudget:
    """What the pages of one PDF have cost so far: content bytes inflated, things drawn."""

    def __init__(self, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.content = 0
        self.drawn = 0
        #: the streams counted, by object number (a form drawn on every page counts once)
        self.checked: set[int] = set()

    def lay_out(self, page: Page, number: int) -> None:
        """Lay ``page`` out for pdfplumber within the budget, or refuse the file.

        pdfplumber lays a page out on first use into ``page._layout``; this does the
        same with a device that counts, so ``page.chars`` then reads the result.
        """
        cap = pdf_content_bytes(self.limit)
        for stream in _content_streams(page.page_obj.contents, page.page_obj.resources):
            key = stream.objid if stream.objid is not None else id(stream)
            if key in self.checked:
                continue
            self.checked.add(key)
            self.content += _inflated_size(stream, cap - self.content)
            if self.content > cap:
                amount = (
                    f"a PDF whose pages' content inflates to more than {cap:,} bytes "
                    f"(in its first {number + 1:,} pages)"
                )
                raise over_limit(self.name, amount, self.limit)
        device = _CountingAggregator(
            page.pdf.rsrcmgr, pageno=page.page_number, laparams=page.pdf.laparams
        )
        device.budget, device.number = self, number
        PDFPageInterpreter(page.pdf.rsrcmgr, device).process_page(page.page_obj)
        page._layout = device.get_result()

    def count(self, characters: int, drawn: int, number: int) -> None:
        """Refuse the file when page ``number`` has drawn too much: ``characters`` of
        its own, ``drawn`` characters and shapes."""
        if characters > MAX_PAGE_CHARACTERS:
            raise InputError(
                self.name,
                f"is a PDF whose page {number + 1:,} draws more than {MAX_PAGE_CHARACTERS:,} "
                "characters (no page of a report holds so many)",
            )
        if self.drawn + drawn > pdf_drawn(self.limit):
            amount = (
                f"a PDF that draws more than {pdf_drawn(self.limit):,} characters and shapes "
                f"(in its first {number + 1:,} pages)"
            )
            raise over_limit(self.name, amount, self.limit)


class _CountingAggregator(PDFPageAggregatorWithMarkedContent):
    """pdfplumber's layout device, counting characters and shapes as they are drawn.

    Shapes and images are not kept: lines, rectangles and pictures are never read.
    """

    budget: PageBudget
    number = 0
    characters = 0
    drawn = 0

    def _count(self) -> None:
        self.drawn += 1
        if self.drawn & 1023 == 0 or self.characters > MAX_PAGE_CHARACTERS:
            self.budget.count(self.characters, self.drawn, self.number)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        self.characters += 1
        self._count()
        return super().render_char(*args, **kwargs)

    def render_image(self, *args: Any, **kwargs: Any) -> None:
        self._count()

    def paint_path(self, *args: Any, **kwargs: Any) -> None:
        self._count()

    def get_result(self) -> Any:
        self.budget.count(self.characters, self.drawn, self.number)
        self.budget.drawn += self.drawn
        return super().get_result()


def _content_streams(contents: list[Any], resources: Any) -> list[PDFStream]:
    """The content streams of a page and of every form it draws, each once."""
    streams: list[PDFStream] = []
    seen: set[int] = set()
    pending: list[tuple[list[Any], Any]] = [(contents, resources)]
    while pending:
        items, where = pending.pop()
        for item in items:
            stream = resolve1(item)
            if isinstance(stream, PDFStream) and id(stream) not in seen:
                seen.add(id(stream))
                streams.append(stream)
        xobjects = resolve1(where.get("XObject")) if isinstance(where, dict) else None
        if not isinstance(xobjects, dict):
            continue
        for value in xobjects.values():
            form = resolve1(value)
            if (
                isinstance(form, PDFStream)
                and id(form) not in seen
                and getattr(form.get("Subtype"), "name", None) == "Form"
            ):
                pending.append(([form], resolve1(form.get("Resources"))))
    return streams


def _inflated_size(stream: PDFStream, most: int) -> int:
    """The bytes ``stream`` decodes to, counted without keeping them, up to ``most``."""
    data = stream.rawdata
    if data is None:  # decoded already
        return len(stream.data or b"")
    if stream.decipher is not None and stream.objid is not None and stream.genno is not None:
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    for method, _params in stream.get_filters():
        if method in LITERALS_ASCII85_DECODE:
            data = ascii85decode(data)
        elif method in LITERALS_ASCIIHEX_DECODE:
            data = asciihexdecode(data)
        elif method in LITERALS_FLATE_DECODE:
            return _inflated(data, most)
        else:
            break
    return len(data)


def _inflated(data: bytes, most: int) -> int:
    """How many bytes zlib ``data`` inflates to, up to ``most`` (a damaged end ends the count)."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        while size <= most:
            size += len(inflater.decompress(data, _CHUNK))
            data = inflater.unconsumed_tail
            if inflater.eof or not data:
                size += len(inflater.flush())
                break
    except zlib.error:
        pass
    return size
