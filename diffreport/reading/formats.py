"""Published formats -> report text: PDF, Word (.docx) and web pages (.html).

``detect`` names the format from a file's bytes (never from its name); the
reader of each format (``reading.pdf``, ``reading.docx``, ``reading.html``)
turns the bytes into an ``Extracted``: plain report text that the rest of the
pipeline already understands, plus the page chrome it removed, so no character
of the report is silently lost.

Every reader emits one paragraph per block, blocks separated by a blank line,
and maps Kangxi radicals, CJK radical-supplement characters and CJK
compatibility ideographs to the unified ideographs (``reading.cjk``).

The PDF and Word libraries are imported only inside the functions that need
them, so these modules are cheap to import; a missing one gives an
``InputError`` that says which extra to install (``missing_extra``).
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

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


def missing_extra(name: str, what: str, extra: str) -> InputError:
    """The error for a ``what`` file whose reader library (the ``extra``) is not installed."""
    return InputError(
        name,
        f"is a {what} file; reading it needs the {extra} extra: "
        f"pip install '.[{extra}]' in the diffreport checkout",
    )
