"""Fuzzing the reading stages (issue 8): loader, normalizer, segmenter, number parser.

Random and mutated real input (bytes for the loader, text for the rest) must never
crash a stage: the loader reads or refuses with an ``InputError`` naming the file, and
the text stages keep every non-space character and their documented invariants.
Cases the fuzzing found are kept below as regression tests.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import diffreport
from diffreport.analyze.numbers import extract, parse_chinese_number
from diffreport.errors import InputError
from diffreport.model import Language
from diffreport.normalize import clean, detect_language, fold
from diffreport.reading import read_source
from diffreport.segment import MAX_SENTENCE, segment

from .conftest import corpus

# sized so the whole file runs in about 15 s on two cores
_FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

_REAL = (
    "cn-state-council/2025.txt",
    "cn-provinces/henan/2026.txt",
    "fomc/2008-12-16.txt",
    "fomc-sentences/2022-03-16.txt",
    "us-sotu/2009_barack_obama_d.txt",
)
_MAGIC = [
    b"%PDF-1.4\n",
    b"PK\x03\x04",
    b"<!DOCTYPE html><html><body>",
    b"<html>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\xff\xfe\x00\x00",
    b"\x89PNG\r\n\x1a\n",
    b"{\\rtf1",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\x00",
]
#: characters that trip text code: controls, separators, wide and combining forms
_NASTY = (
    "\x00\x07\x1b\r\x0b\x0c\x1c\x85\u2028\u2029\u200b\u200d\ufeff\u00ad\u3000\t "
    "。！？；，、“”‘’（）《》【】——…·\u0301\ufe0f\U0001f600\U00020000"
    "０１２３４５６７８９％．－～一二两三十百千万亿零〇点第年月日"
    "#*_-[]()<>|&\\/.!?;:'\"%0123456789 \n\n"
)


@cache
def real_text(relative: str) -> str:
    return corpus(relative).read_text(encoding="utf-8")


@st.composite
def real_slice(draw: st.DrawFn, max_size: int = 1500) -> str:
    text = real_text(draw(st.sampled_from(_REAL)))
    size = draw(st.integers(0, max_size))
    start = draw(st.integers(0, max(0, len(text) - size)))
    return text[start : start + size]


@st.composite
def mutated_text(draw: st.DrawFn) -> str:
    """A slice of a real report with characters inserted, deleted and lines shuffled."""
    text = draw(real_slice())
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.integers(0, 3))
        pos = draw(st.integers(0, len(text)))
        if op == 0:
            text = text[:pos] + draw(st.text(alphabet=_NASTY, max_size=8)) + text[pos:]
        elif op == 1:
            text = text[:pos] + text[pos + draw(st.integers(1, 40)) :]
        elif op == 2:
            lines = text.split("\n")
            text = "\n".join(draw(st.permutations(lines)))
        else:
            text = text[:pos] + text[pos:] * draw(st.integers(1, 3))
    return text


TEXTS = st.one_of(st.text(max_size=400), st.text(alphabet=_NASTY, max_size=400), mutated_text())
LANGUAGES = st.sampled_from(["zh", "en"])


@st.composite
def mutated_bytes(draw: st.DrawFn) -> bytes:
    """Real report text encoded in some encoding, then bytes flipped, cut and prefixed."""
    codec = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"]))
    data = bytearray(draw(real_slice(800)).encode(codec))
    for _ in range(draw(st.integers(0, 4))):
        op = draw(st.integers(0, 3))
        pos = draw(st.integers(0, len(data)))
        if op == 0 and data:
            data[min(pos, len(data) - 1)] = draw(st.integers(0, 255))
        elif op == 1:
            data = data[:pos]
        elif op == 2:
            data[pos:pos] = draw(st.binary(max_size=6))
        else:
            data[0:0] = draw(st.sampled_from(_MAGIC))
    return bytes(data)


def visible(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


# ---------------------------------------------------------------- loader


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def check_loader(folder: Path, data: bytes) -> None:
    path = folder / "input.txt"
    path.write_bytes(data)
    try:
        text, encoding, dropped = read_source(path)
    except InputError as error:
        assert error.path == str(path)
        assert error.detail and "\n" not in str(error)
        return
    assert isinstance(text, str) and isinstance(encoding, str)
    if encoding not in ("pdf", "docx", "html"):
        assert "\r" not in text and not text.startswith("\ufeff")
    # what was read goes through the rest of the pipeline without loss
    try:
        document = diffreport.load(path)
    except InputError as error:  # only the size limit may refuse a readable file
        assert "limit" in error.detail
        return
    kept = visible("".join(s.text for s in document.sentences) + "".join(document.dropped))
    assert kept == visible(text) + visible("".join(dropped))


@_FUZZ
@given(st.one_of(st.binary(max_size=2000), mutated_bytes()))
@example(b"\xef\xbb\xbf" + "一、总体要求\n经济增长5%左右。".encode()[:-1])
@example(b"%PDF-1.4\n" + bytes(100))
@example(b"PK\x03\x04" + b"word/document.xml" + bytes(50))
@example(b"<html><body><p>\x00</p>")
@example(b"\xff\xfe\xff\xfe\xff\xfe")  # found: a BOM saved twice stayed in the text
@example(b"\xef\xbb\xbf\xef\xbb\xbf" + "经济增长。".encode())
def test_the_loader_reads_or_refuses_any_bytes(scratch: Path, data: bytes) -> None:
    check_loader(scratch, data)


# ---------------------------------------------------------------- normalizer and segmenter


@_FUZZ
@given(TEXTS, LANGUAGES)
def test_the_normalizer_keeps_every_character(text: str, language: Language) -> None:
    cleaned = clean(text, language)
    kept = "".join(p.text for p in cleaned.paragraphs) + "".join(cleaned.dropped)
    assert visible(kept) == visible(text)
    for paragraph in cleaned.paragraphs:
        assert paragraph.text.strip(), paragraph
        assert 1 <= paragraph.line <= text.count("\n") + 1
    assert detect_language(text) in ("zh", "en")
    fold(text, language)


@_FUZZ
@given(TEXTS, LANGUAGES)
def test_the_segmenter_keeps_its_invariants(text: str, language: Language) -> None:
    cleaned = clean(text, language)
    sections, sentences = segment(cleaned, language)
    assert sections[0].heading is None and sections[0].start == 0
    assert [s.index for s in sections] == list(range(len(sections)))
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert sections[-1].end == len(sentences)
    for section in sections:
        assert section.start <= section.end
        assert all(sentences[i].section == section.index for i in range(section.start, section.end))
        if section.index:
            assert sentences[section.start].heading
    for sentence in sentences:
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.key == fold(sentence.text, language)
        assert len(sentence.text) <= MAX_SENTENCE[language] + 40 or "\n" not in text
    assert visible("".join(s.text for s in sentences)) == visible(
        "".join(p.text for p in cleaned.paragraphs)
    )


# ---------------------------------------------------------------- number parser


def check_quantities(text: str, language: Language) -> None:
    for q in extract(text, language):
        assert text[q.start : q.end] == q.text, q
        assert math.isfinite(q.value), q
        assert q.high is None or math.isfinite(q.high), q
        assert q.high is None or q.high >= q.value or q.value < 0, q
        assert q.kind in ("target", "actual")
        assert q.metric == q.metric.strip()


@_FUZZ
@given(st.one_of(TEXTS, real_slice(300)), LANGUAGES)
def test_the_number_parser_survives_any_text(text: str, language: Language) -> None:
    check_quantities(text, language)


_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点"


@_FUZZ
@given(st.text(alphabet=_NUMERAL_CHARS, max_size=14))
def test_parse_chinese_number_never_fails(text: str) -> None:
    value = parse_chinese_number(text)
    assert value is None or (isinstance(value, Decimal) and value.is_finite() and value >= 0)


_DIGITS = "零一二三四五六七八九"


def _below_ten_thousand(n: int) -> str:
    out, zero = "", False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit % 10
        if digit == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _DIGITS[digit] + name
    return out


def chinese_numeral(n: int) -> str:
    """``n`` (below 10**12) written out the standard way: 10012 -> 一万零一十二."""
    if n == 0:
        return "零"
    yi, rest = divmod(n, 10**8)
    wan, low = divmod(rest, 10**4)
    out, gap = "", False
    for block, name in ((yi, "亿"), (wan, "万"), (low, "")):
        if not block:
            gap = bool(out)
            continue
        if out and (gap or block < 1000):
            out += "零"
        gap = False
        out += _below_ten_thousand(block) + name
    return out


def test_the_reference_numerals_are_right() -> None:
    assert chinese_numeral(10012) == "一万零一十二"
    assert chinese_numeral(100_000_001) == "一亿零一"
    assert chinese_numeral(1_200_000) == "一百二十万"
    assert chinese_numeral(3_050_600_070) == "三十亿五千零六十万零七十"
    assert chinese_numeral(100_001_000) == "一亿零一千"


@_FUZZ
@given(st.integers(0, 10**12 - 1))
@example(10012)
@example(100_000_001)
@example(20_0000_0000)
def test_parse_chinese_number_reads_every_integer_back(n: int) -> None:
    numeral = chinese_numeral(n)
    assert parse_chinese_number(numeral) == n, numeral
    if numeral.startswith("一十"):  # 十二 is how twelve is written on its own
        assert parse_chinese_number(numeral[1:]) == n, numeral[1:]


@_FUZZ
@given(st.integers(0, 10**6), st.integers(1, 99))
def test_parse_chinese_number_reads_decimals(whole: int, fraction: int) -> None:
    digits = "".join(_DIGITS[int(d)] for d in str(fraction))
    assert parse_chinese_number(f"{chinese_numeral(whole)}点{digits}") == Decimal(
        f"{whole}.{fraction}"
    )


# ---------------------------------------------------------------- whole real files, mutated


@pytest.mark.corpus
@_FUZZ
@given(mutated_text(), LANGUAGES)
def test_the_whole_pipeline_reads_mutated_real_text(text: str, language: Language) -> None:
    document = diffreport.from_text(text + "\n", language=language)
    kept = visible("".join(s.text for s in document.sentences) + "".join(document.dropped))
    assert kept == visible(text)
    for sentence in document.sentences:
        check_quantities(sentence.text, language)


def test_a_huge_line_is_cut_into_bounded_sentences_in_linear_pieces() -> None:
    text = "经济发展" * 300_000 + "。"  # 1.2 million characters without a sentence end
    sections, sentences = segment(clean(text, "zh"), "zh")
    assert len(sections) == 1
    # a piece may take the closing punctuation that follows it
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE["zh"] + 1
    assert sum(len(s.text) for s in sentences) == len(text)


def test_regex_heavy_inputs_finish(scratch: Path) -> None:
    # long runs of what the patterns look for, where a backtracking regex would blow up
    for text in (
        "（" * 50_000,
        "1." * 50_000,
        "**" * 50_000,
        "一、" * 30_000,
        "5-" * 50_000 + "%",
        "第一" * 40_000,
        "U.S." * 40_000,
        re.sub("", "\u200b", "经济增长") * 20_000,
    ):
        document = diffreport.from_text(text + "\n")
        kept = visible("".join(s.text for s in document.sentences) + "".join(document.dropped))
        assert kept == visible(text)
