"""The size limit is enforced while reading, not after (issue 20, item 8).

Endless and huge inputs -- ``/dev/zero``, a sparse 2 GB file, a Word file whose
XML unpacks to hundreds of megabytes, a PDF with more text than the limit -- are
refused with the one-line "over the limit" error naming the file (exit 2 via
the CLI) after reading, unpacking or extracting only a bounded amount.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

import diffreport
from diffreport.cli import main
from diffreport.reading import read_source
from diffreport.reading.files import CHUNK, read_at_most
from diffreport.reading.limits import (
    MAX_CHARS,
    MAX_CHARS_CEILING,
    container_bytes,
    over_limit,
    text_bytes,
    xml_bytes,
)

from .conftest import SAMPLES, corpus, refused, refused_in_one_line
from .make_fixtures import write_docx

ROOT = Path(__file__).resolve().parents[1]
LIMIT_LINE = "is over the limit of {:,} a document (set DIFFREPORT_MAX_CHARS to raise it)"


@pytest.fixture(autouse=True)
def default_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIFFREPORT_MAX_CHARS", raising=False)


def test_dev_zero_is_refused_after_reading_only_the_bound() -> None:
    # before: read 6.8 GB in 20 s (the limit was checked on the whole text)
    detail = refused("/dev/zero")
    bound = text_bytes(MAX_CHARS)
    assert detail == (
        f"more than {bound:,} bytes (at least {(bound + 1) // 8:,} characters) "
        + LIMIT_LINE.format(MAX_CHARS)
    )


def test_dev_zero_gives_one_line_and_exit_code_2() -> None:
    result = CliRunner().invoke(main, ["compare", "/dev/zero", "/dev/zero"])
    assert result.exit_code == 2, (result.stderr, result.exception)
    assert result.stderr.strip().splitlines() == [
        f"diffreport: error: /dev/zero: more than {text_bytes(MAX_CHARS):,} bytes "
        f"(at least {(text_bytes(MAX_CHARS) + 1) // 8:,} characters) "
        + LIMIT_LINE.format(MAX_CHARS)
    ]


def test_a_bound_is_read_a_chunk_at_a_time_not_allocated_up_front() -> None:
    # before: handle.read(8 * limit + 1) allocated the whole bound before reading a byte
    class Recording(io.BytesIO):
        def __init__(self, data: bytes) -> None:
            super().__init__(data)
            self.asked: list[int] = []

        def read(self, size: int | None = -1) -> bytes:
            self.asked.append(-1 if size is None else size)
            return super().read(size)

    data = bytes(range(256)) * (3 * CHUNK // 256) + b"end"
    handle = Recording(data)
    assert read_at_most(handle, 8 * 10**20) == data  # past the largest index: no OverflowError
    assert max(handle.asked) == CHUNK and min(handle.asked) > 0
    assert read_at_most(Recording(data), CHUNK + 1) == data[: CHUNK + 1]


def test_the_largest_limit_compares_a_report(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", str(MAX_CHARS_CEILING))
    old, new = (str(SAMPLES / "zh" / f"qinghe-{year}.txt") for year in (2024, 2025))
    result = CliRunner().invoke(main, ["compare", old, new, "-f", "json"])
    assert result.exit_code == 0, (result.stderr, result.exception)
    # a document over it has no limit left to raise
    assert over_limit("big.txt", "more", MAX_CHARS_CEILING).detail == (
        f"more is over the limit of {MAX_CHARS_CEILING:,} a document "
        "(the largest limit DIFFREPORT_MAX_CHARS can set)"
    )


def test_a_sparse_two_gigabyte_file_is_refused_from_its_size(tmp_path: Path) -> None:
    # before: 10 s and 2 GB of memory
    sparse = tmp_path / "sparse.txt"
    sparse.write_bytes(b"")
    os.truncate(sparse, 2 << 30)
    detail = refused(sparse)
    assert detail == "2,147,483,648 bytes (at least 268,435,456 characters) " + LIMIT_LINE.format(
        MAX_CHARS
    )


def test_a_text_just_over_the_limit_is_counted_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", "1000")
    within = tmp_path / "within.txt"
    within.write_text("经" * 1000, encoding="utf-8")
    assert read_source(within)[0] == "经" * 1000
    over = tmp_path / "over.txt"
    over.write_text("经" * 1001, encoding="utf-8")
    assert refused(over) == "1,001 characters " + LIMIT_LINE.format(1000)
    # a UTF-32 file of CRLF line ends takes 8 bytes a character once they are folded
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(("经\r\n" * 500).encode("utf-32"))
    assert len(read_source(crlf)[0]) == 1000


def _bomb(path: Path, xml_size: int, *, lie: bool = False) -> Path:
    """A .docx whose ``word/document.xml`` is ``xml_size`` bytes of one repeated paragraph.

    Written in chunks, so building it never holds the XML in memory; with ``lie``
    the archive's directory declares the part 1,000 bytes long.
    """
    template = io.BytesIO()
    write_docx("经济增长5%左右。\n", tmp := path.with_suffix(".seed.docx"))
    template.write(tmp.read_bytes())
    paragraph = b"<w:p><w:r><w:t>" + "经济增长5%左右。".encode() * 20 + b"</w:t></w:r></w:p>"
    head = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body>"
    )
    tail = b"</w:body></w:document>"
    with zipfile.ZipFile(template) as seed, zipfile.ZipFile(path, "w") as out:
        for info in seed.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, seed.read(info), zipfile.ZIP_DEFLATED)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with out.open(info, "w", force_zip64=True) as part:
            part.write(head)
            block = paragraph * ((1 << 20) // len(paragraph))
            written = len(head)
            while written < xml_size:
                part.write(block)
                written += len(block)
            part.write(tail)
    if lie:
        data = bytearray(path.read_bytes())
        entry = data.rfind(b"PK\x01\x02", 0, data.find(b"PK\x05\x06"))
        while data[entry + 46 : entry + 46 + 17] != b"word/document.xml":
            entry = data.rfind(b"PK\x01\x02", 0, entry)
        data[entry + 24 : entry + 28] = (1000).to_bytes(4, "little")
        path.write_bytes(bytes(data))
    return path


def test_a_docx_zip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    # before: a 1.8 MB .docx holding 600 MB of XML took 116 s and 1.5 GB
    bomb = _bomb(tmp_path / "bomb.docx", 200 << 20)
    assert bomb.stat().st_size < 2 << 20
    started = time.process_time()
    detail = refused(bomb)
    assert detail.startswith("a Word file whose XML unpacks to 2")
    assert detail.endswith(LIMIT_LINE.format(MAX_CHARS))
    # refused from the sizes the archive declares: not even one inflation of 200 MB
    assert time.process_time() - started < 0.5


def test_a_docx_that_lies_about_its_size_is_not_inflated_past_it(tmp_path: Path) -> None:
    bomb = _bomb(tmp_path / "liar.docx", 50 << 20, lie=True)
    assert refused(bomb) == (
        "is a damaged Word (.docx) file: word/document.xml does not unpack "
        "(Bad CRC-32 for file 'word/document.xml')"
    )


def test_a_docx_with_xml_over_the_bound_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", "1000")
    bomb = _bomb(tmp_path / "small.docx", xml_bytes(1000) + (1 << 20))
    assert refused(bomb).startswith("a Word file whose XML unpacks to ")


def _english_pdf(path: Path, pages: int) -> Path:
    """A PDF of ``pages`` pages of running English text (a base-14 font: quick to make)."""
    import pymupdf

    line = "The Committee decided today to keep the target range for the federal funds rate."
    document = pymupdf.open()
    for _ in range(pages):
        page = document.new_page()
        for row in range(40):
            page.insert_text((50, 60 + 18 * row), line, fontsize=10)
    document.save(path)
    return path


@pytest.mark.corpus
def test_docx_and_pdf_text_over_the_limit_is_refused_as_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = corpus("cn-state-council/2025.txt").read_text("utf-8")
    docx = write_docx(text, tmp_path / "2025.docx")
    pdf = _english_pdf(tmp_path / "long.pdf", 60)
    assert len(read_source(docx)[0]) > 15_000
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", "5000")
    assert refused(docx) == "more than 5,000 characters " + LIMIT_LINE.format(5000)
    # about 3,200 characters a page: reading stops on page 2 of 60
    assert refused(pdf) == "more than 5,000 characters (in its first 2 pages) " + LIMIT_LINE.format(
        5000
    )
    refused_in_one_line(["compare", str(pdf), str(docx)], pdf, "over the limit")


def test_a_container_file_past_its_bound_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", "10")
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
    os.truncate(big, container_bytes(10) + 1)
    assert refused(big) == (
        f"a PDF or Word file of {container_bytes(10) + 1:,} bytes " + LIMIT_LINE.format(10)
    )


def test_the_size_limit_is_still_exported_by_the_api() -> None:
    assert diffreport.MAX_CHARS == MAX_CHARS == 2_000_000
    assert diffreport.max_chars() == MAX_CHARS


def test_reading_utf8_and_version_do_not_import_charset_normalizer(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("经济增长5%左右。\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from diffreport.reading import read_text\n"
        f"read_text({str(report)!r})\n"
        "from diffreport._entry import main\n"
        "sys.argv = ['diffreport', '--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('charset_normalizer' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stderr.strip() == "False"


@pytest.mark.corpus
def test_docx_paragraph_styles_are_looked_up_once_per_style(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # python-docx finds a paragraph's default style by scanning every style: once per
    # paragraph, a Word file near the limit took 13 s to refuse (1.3 s now)
    from diffreport.reading import docx as reader

    looked_up: list[object] = []
    real = reader._style_level

    def counted(style: object) -> int | None:
        looked_up.append(style)
        return real(style)

    monkeypatch.setattr(reader, "_style_level", counted)
    text = corpus("cn-state-council/2025.txt").read_text("utf-8")
    document = read_source(write_docx(text, tmp_path / "2025.docx"))[0]
    assert document.count("\n\n") > 50 and "# 一、2024年工作回顾" in document
    assert len(looked_up) <= 4  # Normal and the heading styles used
