"""A PDF is laid out within bounds: small files that draw millions of characters.

The files are a few kilobytes, written byte by byte into ``tmp_path``: their
drawing instructions are Flate-compressed, so they inflate to megabytes, and a
page (or a form drawn on every page) shows a character over and over.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from pdfminer.layout import LTChar
from pdfminer.pdfinterp import PDFPageInterpreter

from diffreport.reading import read_source
from diffreport.reading.limits import MAX_PAGE_CHARACTERS, pdf_content_bytes, pdf_drawn

from .conftest import refused, refused_in_one_line

LIMIT_LINE = "is over the limit of {:,} a document (set DIFFREPORT_MAX_CHARS to raise it)"


def stream(attributes: bytes, content: bytes) -> bytes:
    packed = zlib.compress(content, 9)
    return b"<< %s /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (
        attributes,
        len(packed),
        packed,
    )


def write_pdf(path: Path, pages: list[bytes], *, form: bytes | None = None) -> Path:
    """A PDF of one page for each content in ``pages``, in Helvetica; ``form``, when
    given, is a form XObject the pages can draw as ``/Fm Do``."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    resources = b"<< /Font << /F1 3 0 R >> /XObject << /Fm 4 0 R >> >>"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", font]
    objects.append(
        stream(
            b"/Type /XObject /Subtype /Form /BBox [0 0 600 842] /Resources "
            b"<< /Font << /F1 3 0 R >> >>",
            form or b"",
        )
    )
    kids = []
    for content in pages:
        kids.append(b"%d 0 R" % (len(objects) + 1))
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 842] /Contents %d 0 R "
            b"/Resources %s >>" % (len(objects) + 2, resources)
        )
        objects.append(stream(b"", content))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids))
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    path.write_bytes(bytes(data))
    return path


@pytest.fixture
def characters_drawn(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the characters pdfminer lays out; fails a test that lays out far too many."""
    drawn = [0]
    real = LTChar.__init__

    def counted(self: LTChar, *args: object, **kwargs: object) -> None:
        drawn[0] += 1
        assert drawn[0] <= 4 * MAX_PAGE_CHARACTERS, "laid out the whole page before counting"
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(LTChar, "__init__", counted)
    return drawn


def test_a_page_drawing_millions_of_characters_is_refused_as_it_is_drawn(
    tmp_path: Path, characters_drawn: list[int]
) -> None:
    # 8 KB that draw eight million characters on one page: pdfminer laid them all out
    # (7.9 GB) before the characters of the page were counted
    content = b"BT /F1 1 Tf 10 400 Td (" + b"Ab. " * 2_000_000 + b") Tj ET"
    path = write_pdf(tmp_path / "one.pdf", [content])
    assert path.stat().st_size < 20_000
    assert refused(path) == (
        f"is a PDF whose page 1 draws more than {MAX_PAGE_CHARACTERS:,} characters "
        "(no page of a report holds so many)"
    )
    assert characters_drawn[0] <= MAX_PAGE_CHARACTERS
    refused_in_one_line(["compare", str(path), str(path)], path, "draws more than")


def test_page_content_inflating_past_the_bound_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", "1000")
    interpreted: list[object] = []
    monkeypatch.setattr(PDFPageInterpreter, "process_page", interpreted.append)
    padding = b" " * (pdf_content_bytes(1000) + 1)  # white space: what it draws is nothing
    path = write_pdf(tmp_path / "padded.pdf", [b"BT /F1 12 Tf 72 700 Td (Growth.) Tj ET" + padding])
    assert path.stat().st_size < 100_000
    cap = pdf_content_bytes(1000)
    assert refused(path) == (
        f"a PDF whose pages' content inflates to more than {cap:,} bytes (in its first 1 pages) "
        + LIMIT_LINE.format(1000)
    )
    assert interpreted == []  # refused before pdfminer inflated and read it


def test_a_form_drawn_on_every_page_counts_on_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, characters_drawn: list[int]
) -> None:
    # one character printed 50,000 times at one spot reads as one character (fake bold
    # is printed twice), so the text stays small while the drawing goes on page after page
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", "1000")
    form = b"BT /F1 12 Tf " + b"1 0 0 1 72 700 Tm (A) Tj " * 50_000 + b"ET"
    path = write_pdf(tmp_path / "form.pdf", [b"/Fm Do"] * 5, form=form)
    assert path.stat().st_size < 20_000
    assert refused(path) == (
        f"a PDF that draws more than {pdf_drawn(1000):,} characters and shapes "
        "(in its first 3 pages) " + LIMIT_LINE.format(1000)
    )
    assert characters_drawn[0] <= pdf_drawn(1000) + 1024


def test_a_form_drawn_on_every_page_is_read_from_every_page(tmp_path: Path) -> None:
    form = b"BT /F1 12 Tf 72 700 Td (The Committee decided to keep the rate.) Tj ET"
    path = write_pdf(tmp_path / "form.pdf", [b"/Fm Do", b"/Fm Do"], form=form)
    assert read_source(path)[0].count("The Committee decided to keep the rate.") == 2
