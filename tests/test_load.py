"""Reading files: encodings detected from the bytes, clear errors for what is not a report."""

from __future__ import annotations

import os
import random
from pathlib import Path
from typing import Any

import pytest

import diffreport
from diffreport.errors import InputError
from diffreport.reading import read_text, repair_mojibake

from .conftest import corpus

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
ZH = "各位代表：\n一、2024年工作回顾\n国内生产总值达到134.9万亿元、增长5%。“稳”的态势巩固延续。\n"
EN = "The Committee decided today to lower the target range to 5-1/4 percent.\n"


def write(tmp_path: Path, data: bytes, name: str = "report.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ZH.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ZH.encode("utf-8"), "utf-8-sig"),
        (ZH.encode("utf-16"), "utf-16"),
        (b"\xfe\xff" + ZH.encode("utf-16-be"), "utf-16"),
        (ZH.encode("utf-32"), "utf-32"),
        (ZH.encode("utf-16-le"), "utf-16-le"),
        (ZH.encode("utf-16-be"), "utf-16-be"),
        (ZH.encode("gb18030"), "gb18030"),
        (ZH.encode("gbk"), "gb18030"),
    ],
)
def test_encodings_are_detected_from_the_bytes(tmp_path: Path, data: bytes, encoding: str) -> None:
    text, detected = read_text(write(tmp_path, data))
    assert text == ZH
    assert detected == encoding


def test_crlf_and_cr_are_folded_and_the_bom_removed(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + ZH.replace("\n", "\r\n").encode("utf-8") + "末行\r".encode()
    text, encoding = read_text(write(tmp_path, data))
    assert text == ZH + "末行\n"
    assert not text.startswith("\ufeff")
    assert encoding == "utf-8-sig"


def test_english_utf16_without_bom(tmp_path: Path) -> None:
    text, encoding = read_text(write(tmp_path, EN.encode("utf-16-le")))
    assert (text, encoding) == (EN, "utf-16-le")


@pytest.mark.corpus
def test_a_real_report_reads_the_same_in_gb18030_and_utf16(tmp_path: Path) -> None:
    original = (CORPUS / "cn-state-council" / "2025.txt").read_text(encoding="utf-8")
    for codec, expected in (("gb18030", "gb18030"), ("utf-16", "utf-16")):
        text, encoding = read_text(write(tmp_path, original.encode(codec), f"r.{codec}"))
        assert (text, encoding) == (original, expected)


def test_empty_and_whitespace_only_files_are_read(tmp_path: Path) -> None:
    assert read_text(write(tmp_path, b"")) == ("", "utf-8")
    assert read_text(write(tmp_path, b" \n\t\n", "blank.txt")) == (" \n\t\n", "utf-8")


def test_path_like_objects_are_accepted(tmp_path: Path) -> None:
    path = write(tmp_path, EN.encode())
    assert read_text(path) == read_text(os.fspath(path))


def error_for(path: Path | str) -> InputError:
    with pytest.raises(InputError) as caught:
        read_text(path)
    return caught.value


def test_missing_file(tmp_path: Path) -> None:
    error = error_for(tmp_path / "nope.txt")
    assert error.path == str(tmp_path / "nope.txt")
    assert error.detail == "no such file"
    assert str(error) == f"{tmp_path / 'nope.txt'}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert "directory" in error_for(tmp_path).detail


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, EN.encode())
    path.chmod(0)
    if os.geteuid() == 0:
        # root reads anything: make the open fail as it does for everyone else
        real_open = os.open

        def denied(file: object, *args: Any, **kwargs: Any) -> int:
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", denied)
    try:
        assert "permission denied" in error_for(path).detail
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG image"),
        (b"GIF89a" + bytes(50), "GIF image"),
        (b"text\x00with\x00nul" + bytes([0xFF, 0x00, 0x81]) * 3, "NUL bytes"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "not a readable PDF"),
        (b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xml word/document.xml", "Word (.docx)"),
    ],
)
def test_binary_and_unsupported_formats_are_refused(
    tmp_path: Path, data: bytes, words: str
) -> None:
    assert words in error_for(write(tmp_path, data)).detail


@pytest.mark.parametrize(
    "data",
    [
        # Latin-1 French: not UTF-8, and its GB18030 reading is gibberish
        "Le comité a décidé de réduire le taux à 5,25 %. Il prévoit une croissance modérée.".encode(
            "latin-1"
        ),
        bytes([0x81, 0x20, 0xFE, 0xFF, 0x80]) * 20,
    ],
)
def test_bytes_in_no_supported_encoding_are_refused(tmp_path: Path, data: bytes) -> None:
    detail = error_for(write(tmp_path, data)).detail
    assert "not UTF-8, UTF-16 or GB18030" in detail


@pytest.mark.parametrize(
    ("sentence", "codec"),
    [
        # EUC-KR's Hangul rows are GB2312's first level: its GB18030 reading is common
        # Chinese characters in gibberish; Shift-JIS has no NUL, yet read as UTF-16 once
        ("경제 성장률은 5% 정도로 한다. 고용을 안정시킨다. ", "euc-kr"),
        ("経済成長率は五パーセント程度とする。雇用を安定させる。", "shift_jis"),
    ],
)
def test_korean_and_japanese_text_is_refused_not_read_as_chinese(
    tmp_path: Path, sentence: str, codec: str
) -> None:
    detail = error_for(write(tmp_path, (sentence * 10).encode(codec))).detail
    assert "not UTF-8, UTF-16 or GB18030" in detail


@pytest.mark.parametrize(
    ("text", "codec", "encoding"),
    [
        # a line or two of Chinese: too short for charset-normalizer to tell from Korean
        ("一、2008年工作回顾\n", "gb18030", "gb18030"),
        ("各位代表：\n", "gbk", "gb18030"),
        # Chinese in UTF-16 without a newline or a space has no NUL byte at all
        ("我们要坚持高质量发展。", "utf-16-le", "utf-16-le"),
    ],
)
def test_short_chinese_and_chinese_utf16_without_nul_are_read(
    tmp_path: Path, text: str, codec: str, encoding: str
) -> None:
    assert read_text(write(tmp_path, text.encode(codec))) == (text, encoding)


def _chinese_reports() -> list[Path]:
    reports = sorted(CORPUS.glob("cn-state-council/*.txt")) + sorted(
        CORPUS.glob("cn-provinces/*/*.txt")
    )
    assert len(reports) > 100, "the tests need ../shared/corpus"
    return reports


@pytest.mark.corpus
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_every_chinese_report_in_utf16_without_bom_reads_as_its_utf8_original(
    tmp_path: Path, codec: str
) -> None:
    # issue 20: U+4E00 一 and its kin have a NUL byte in UTF-16, so NULs on both sides
    # of the byte pairs made every Chinese report (0 of 114) "binary"
    misread = []
    for report in _chinese_reports():
        original, _ = read_text(report)
        saved = write(tmp_path, original.encode(codec), "saved.txt")
        try:
            text, encoding = read_text(saved)
        except InputError as error:
            misread.append(f"{report}: {error.detail}")
            continue
        if (text, encoding) != (original, codec):
            misread.append(f"{report}: read as {encoding}, not the original")
    assert misread == []


@pytest.mark.parametrize(
    "data",
    [
        random.Random(20).randbytes(1 << 15) + bytes(1 << 12),
        bytes(range(256)) * 64,
        ("一" * 10 + "\x00" * 10).encode("utf-16-le") + bytes(1000),
    ],
)
def test_binary_with_nuls_on_both_sides_is_still_refused(tmp_path: Path, data: bytes) -> None:
    assert "binary file (contains NUL bytes)" in error_for(write(tmp_path, data)).detail


@pytest.mark.corpus
def test_mojibake_in_the_fomc_copies_is_repaired_on_reading() -> None:
    """The 2016-2026 copies hold UTF-8 dashes read as cp1252 (``mortgageâ\\x80\\x91backed``)."""
    path = corpus("fomc-sentences/2022-01-26.txt")
    assert "mortgageâ\x80\x91backed" in path.read_text(encoding="utf-8")
    text, _ = read_text(path)
    assert "â" not in text and "\x80" not in text
    assert "mortgage\u2011backed" in text


def test_clean_text_is_left_as_it_is_and_latin_text_stays() -> None:
    assert repair_mojibake("经济增长5%左右。") == "经济增长5%左右。"
    assert repair_mojibake("Café à la carte, naïve résumé.") == "Café à la carte, naïve résumé."
    assert repair_mojibake("1â\x80\x911/4 percent") == "1\u20111/4 percent"


@pytest.mark.corpus
def test_a_statement_with_mojibake_and_the_next_without_compare_the_dash_as_unchanged(
    tmp_path: Path,
) -> None:
    old = corpus("fomc-sentences/2022-01-26.txt").read_text(encoding="utf-8")
    clean = tmp_path / "clean.txt"
    clean.write_text(old.replace("â\x80\x91", "-"), encoding="utf-8")
    c = diffreport.compare(corpus("fomc-sentences/2022-01-26.txt"), clean)
    assert c.counts()["modified"] == 0 and c.counts()["unchanged"] == len(c.new.sentences)
