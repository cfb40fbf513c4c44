"""The size limit of one document, and the byte bounds that enforce it while reading.

The limit is in characters (``DIFFREPORT_MAX_CHARS``, default ``MAX_CHARS``),
but it is enforced on the way in, so that no input costs more than a bounded
amount of reading, unpacking or parsing: a file is read at most to
``text_bytes(limit)`` bytes (a plain-text or HTML file that goes on is over the
limit whatever its encoding), a PDF or Word file to ``container_bytes(limit)``,
the XML inside a Word file unpacked to ``xml_bytes(limit)``, and the characters
taken out of a PDF counted page by page; a PDF's pages may inflate to
``pdf_content_bytes(limit)`` and draw ``pdf_drawn(limit)`` characters and
shapes, no page more than ``MAX_PAGE_CHARACTERS`` characters (``reading.pdf_bounds``).
"""

from __future__ import annotations

import os

from diffreport.errors import ConfigError, InputError

#: the longest document read, in characters: about a hundred long reports. Larger
#: inputs are refused at once rather than compared for minutes.
MAX_CHARS = 2_000_000
#: the largest limit ``DIFFREPORT_MAX_CHARS`` may set: 25 times the default. A text file
#: is read to 8 bytes a character of the limit before it is refused (``/dev/zero``: 400 MB
#: at this limit), and a document this long would take hours to compare.
MAX_CHARS_CEILING = 50_000_000

#: bytes one character of the text can take at most: 4 in UTF-8, UTF-16 (a surrogate
#: pair), GB18030 and UTF-32, and a CRLF line end, folded to one LF, 8 in UTF-32
_TEXT_BYTES_PER_CHAR = 8
#: room for a byte-order mark
_TEXT_MARGIN = 16
#: a PDF or Word file also holds fonts, images and layout: bytes a character of the limit
_CONTAINER_BYTES_PER_CHAR = 64
_CONTAINER_MARGIN = 16 << 20
#: the XML of a Word file: markup (runs, fonts, sizes, revision ids) around every few
#: characters of text
_XML_BYTES_PER_CHAR = 32
_XML_MARGIN = 4 << 20
#: the drawing instructions of a PDF's pages, inflated: text shown glyph by glyph with
#: its positions, the rules of tables, the paths of charts
_PDF_CONTENT_BYTES_PER_CHAR = 32
_PDF_CONTENT_MARGIN = 16 << 20
#: the characters one PDF page may draw (counted as drawn: printed twice for fake bold,
#: spaces too): a dense page of a report draws a few thousand, pdfminer keeps about a
#: kilobyte for each, and a page is laid out whole before it is read
MAX_PAGE_CHARACTERS = 100_000
#: what the pages of a PDF within the limit may draw in all, for a character of the limit:
#: a character printed twice for fake bold, and the shapes of tables and charts
_PDF_DRAWN_PER_CHAR = 4


def max_chars() -> int:
    """The size limit of one document: ``DIFFREPORT_MAX_CHARS`` or ``MAX_CHARS``.

    A value that is not a whole number is ignored (the default holds); one over
    ``MAX_CHARS_CEILING`` raises ``ConfigError`` naming the variable.
    """
    value = os.environ.get("DIFFREPORT_MAX_CHARS", "").strip()
    # isdecimal, not isdigit: "²" is a digit that int() refuses
    if not value.isdecimal():
        return MAX_CHARS
    try:
        limit = int(value)
    except ValueError:  # more digits than int() reads (4,300)
        limit = MAX_CHARS_CEILING + 1
    if limit > MAX_CHARS_CEILING:
        shown = value if len(value) <= 24 else value[:20] + "…"
        raise ConfigError(
            "DIFFREPORT_MAX_CHARS",
            f"{shown} is over {MAX_CHARS_CEILING:,}, the largest limit of a document "
            f"(unset it for the default of {MAX_CHARS:,} characters)",
        )
    return limit


def text_bytes(limit: int) -> int:
    """The most bytes a text (or HTML) file within ``limit`` characters can have."""
    return _TEXT_BYTES_PER_CHAR * limit + _TEXT_MARGIN


def container_bytes(limit: int) -> int:
    """The most bytes read of a PDF or Word file for a document of ``limit`` characters."""
    return _CONTAINER_BYTES_PER_CHAR * limit + _CONTAINER_MARGIN


def xml_bytes(limit: int) -> int:
    """The most bytes the XML parts of a Word file may unpack to."""
    return _XML_BYTES_PER_CHAR * limit + _XML_MARGIN


def pdf_content_bytes(limit: int) -> int:
    """The most bytes the content of a PDF's pages may inflate to, all pages together."""
    return _PDF_CONTENT_BYTES_PER_CHAR * limit + _PDF_CONTENT_MARGIN


def pdf_drawn(limit: int) -> int:
    """The most characters and shapes the pages of a PDF may draw, all pages together."""
    return _PDF_DRAWN_PER_CHAR * limit + MAX_PAGE_CHARACTERS


def over_limit(name: str, amount: str, limit: int) -> InputError:
    """The one-line refusal of a document over the limit; ``amount`` says how much it holds."""
    hint = (
        "set DIFFREPORT_MAX_CHARS to raise it"
        if limit < MAX_CHARS_CEILING
        else "the largest limit DIFFREPORT_MAX_CHARS can set"
    )
    return InputError(name, f"{amount} is over the limit of {limit:,} a document ({hint})")


def text_over_limit(name: str, size: int | None, limit: int) -> InputError:
    """The refusal of a text file found longer than ``text_bytes(limit)``.

    ``size`` is the file's size when known (a regular file), None for a device or
    pipe that was read only up to the bound.
    """
    if size is None:
        size = text_bytes(limit) + 1
        amount = (
            f"more than {size - 1:,} bytes (at least {size // _TEXT_BYTES_PER_CHAR:,} characters)"
        )
    else:
        amount = f"{size:,} bytes (at least {size // _TEXT_BYTES_PER_CHAR:,} characters)"
    return over_limit(name, amount, limit)
