"""Path -> text: format detection by magic bytes and encoding detection.

The decoding order is fixed and strict, so the same bytes always give the same
text: a byte-order mark (UTF-32, UTF-8, UTF-16), then strict UTF-8, then UTF-16
without a BOM when the NUL pattern says so (NULs on both sides of the byte
pairs, as Chinese has, are ambiguous: charset-normalizer, imported only then,
names the byte order and the text must still read as Chinese), then strict
GB18030 accepted only when the result reads as Chinese (not the gibberish a
Latin-1 file decodes to). Anything else is refused with an ``InputError``
naming the file.

The size limit (``reading.limits``) is enforced while reading: a file is read
only up to the bytes a document within the limit can take, and the PDF and Word
readers stop once their text is over it.
"""

from __future__ import annotations

import os
import re
import stat
from functools import cache
from typing import TYPE_CHECKING, BinaryIO

from diffreport.errors import InputError
from diffreport.reading.bom import decode_marked
from diffreport.reading.files import open_input, read_at_most
from diffreport.reading.limits import (
    container_bytes,
    max_chars,
    over_limit,
    text_bytes,
    text_over_limit,
)

if TYPE_CHECKING:
    from diffreport.reading.formats import Extracted, Format

#: (magic prefix, what it is) -- formats that are refused clearly (PDF, .docx and HTML are
#: read by ``diffreport.reading.pdf``, ``.docx`` and ``.html``)
_UNSUPPORTED_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word 97-2003 (.doc) files are not supported"),
    (b"{\\rtf", "RTF files are not supported"),
)

#: (magic prefix, what it is) -- never text
_BINARY_FORMATS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xca\xfe\xba\xbe", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "audio file"),
    (b"fLaC", "audio file"),
    (b"ID3", "audio file"),
)

_HTML_START = re.compile(rb"\A\s*<(?:!doctype\s+html|html[\s>])", re.IGNORECASE)


@cache
def _plausibility() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The patterns that judge a guessed decoding, compiled when one is judged.

    Their Han ranges cost ~5 ms to compile, and UTF-8 text (nearly every report)
    is never guessed at. In order: the characters that real Chinese or English
    report text is made of; a Han character; a Han character wedged between Latin
    letters (what an accented Latin-1 letter becomes).
    """
    plausible = re.compile(
        "[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2100-\u218f\u2460-\u24ff"
        "\u2500-\u25ff\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
        "\ufe30-\ufe4f\uff00-\uffef]+"
    )
    han = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
    latin_han_latin = re.compile("[A-Za-z][\u3400-\u9fff][A-Za-z]")
    return plausible, han, latin_han_latin


_NEWLINES = re.compile("\r\n?")

#: how much of a file the plausibility checks read (they are statistics, a sample suffices)
_SAMPLE = 1 << 20


def read_text(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Read a report file and return ``(text, encoding)``.

    The text has CRLF and CR folded to LF and no byte-order mark; ``encoding``
    names what was detected (``utf-8``, ``utf-8-sig``, ``utf-16``, ``utf-16-le``,
    ``utf-16-be``, ``utf-32`` or ``gb18030``). An empty file gives ``("", "utf-8")``.
    Raises ``InputError`` for a missing, unreadable or binary file, a directory,
    a format that is not plain text, or bytes in none of the supported encodings.
    PDF, Word (.docx) and HTML files are read as ``read_source`` describes.
    """
    text, encoding, _dropped = read_source(path)
    return text, encoding


def read_source(path: str | os.PathLike[str]) -> tuple[str, str, tuple[str, ...]]:
    """``read_text`` plus the page chrome that reading a published format removed.

    A PDF, Word (.docx) or HTML file -- recognised from its bytes, whatever its
    name -- is turned into plain text by the reader of its format
    (``reading.pdf``, ``reading.docx``, ``reading.html``); ``encoding`` is then
    the format (``pdf``, ``docx``, ``html``) and the third item holds the running
    headers, page numbers and navigation text it dropped. A format whose
    extra is not installed gives an ``InputError`` naming the extra.

    A document over the size limit (``DIFFREPORT_MAX_CHARS``) is refused with an
    ``InputError`` saying how much it holds, after reading only a bounded part of it.
    """
    name = os.fspath(path)
    limit = max_chars()
    data = _read_bytes(name, limit)
    kind = _check_format(name, data)
    if kind not in ("pdf", "docx") and len(data) > text_bytes(limit):
        raise text_over_limit(name, len(data), limit)  # looked like a PDF or ZIP, is not
    encoding: str
    if kind is not None:
        extracted = _extract(name, data, kind, limit)
        text, encoding, dropped = extracted.text, kind, extracted.dropped
    else:
        text, encoding = _decode(name, data)
        if "\r" in text:
            text = _NEWLINES.sub("\n", text)
        dropped = ()
    if len(text) > limit:
        raise over_limit(name, f"{len(text):,} characters", limit)
    return repair_mojibake(text), encoding, dropped


#: UTF-8 bytes read as Latin-1 or Windows-1252: a lead byte (Â–ô) then a continuation
#: byte (U+0080–U+00BF or the cp1252 punctuation it maps to), as in ``mortgageâ€‘backed``
_MOJIBAKE = re.compile("[\u00c2-\u00f4][\u0080-\u00bf\u2018-\u201e\u20ac\u2122\u0152\u0153]")


def repair_mojibake(text: str) -> str:
    """``text`` with UTF-8 that was decoded as Latin-1 or Windows-1252 decoded again.

    Copies of web statements carry such mojibake (``1â\x80\x911/4`` for ``1‑1/4``).
    ftfy, the well-kept library for it, decides what is mojibake and repairs only
    that; it is imported only when the text shows the signature, so clean text
    (every Chinese report) costs one search.
    """
    if not _MOJIBAKE.search(text):
        return text
    import ftfy

    return str(ftfy.fix_encoding(text))


def _extract(name: str, data: bytes, kind: Format, limit: int) -> Extracted:
    """The report text of ``data`` (a file of format ``kind``); ``name`` is used in errors.

    The PDF and Word readers stop, refusing the file, once it is over ``limit``.
    """
    # imported here so that reading plain text never loads the published-format readers
    if kind == "pdf":
        from diffreport.reading.pdf import extract_pdf

        return extract_pdf(name, data, limit)
    if kind == "docx":
        from diffreport.reading.docx import extract_docx

        return extract_docx(name, data, limit)
    from diffreport.reading.html import extract_html

    return extract_html(name, data)


def _read_bytes(name: str, limit: int) -> bytes:
    """The file's bytes, or an ``InputError`` saying in a few words why not.

    Reading stops at the bound the size limit sets (``reading.limits``): a text
    file longer than ``text_bytes(limit)`` is refused without reading the rest, a
    PDF or Word file beyond ``container_bytes(limit)`` likewise. A FIFO with no
    writer is empty (``reading.files``), not waited on.
    """
    try:
        with open_input(name) as handle:
            cap = text_bytes(limit)
            data = read_at_most(handle, cap + 1)
            if len(data) <= cap:
                return data
            size = _regular_size(handle)
            if not _is_container(data):
                raise text_over_limit(name, size, limit)
            cap = container_bytes(limit)
            if size is not None and size > cap:
                raise over_limit(name, f"a PDF or Word file of {size:,} bytes", limit)
            data += read_at_most(handle, cap + 1 - len(data))
            if len(data) > cap:
                raise over_limit(name, f"a PDF or Word file of more than {cap:,} bytes", limit)
            return data
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except IsADirectoryError:
        raise InputError(name, "is a directory, not a file") from None
    except PermissionError:
        if os.path.isdir(name):
            raise InputError(name, "is a directory, not a file") from None
        raise InputError(name, "permission denied (the file cannot be read)") from None
    except OSError as error:
        raise InputError(name, f"cannot be read ({error.strerror or error})") from None


def _regular_size(handle: BinaryIO) -> int | None:
    """The size of an open regular file; None for a device or a pipe."""
    status = os.fstat(handle.fileno())
    return status.st_size if stat.S_ISREG(status.st_mode) else None


def _is_container(head: bytes) -> bool:
    """Whether a file's first bytes are those of a PDF or a ZIP (Word) file."""
    start = head.find(b"%PDF-", 0, 1024)
    return head.startswith(b"PK\x03\x04") or start == 0 or (start > 0 and not head[:start].strip())


def _check_format(name: str, data: bytes) -> Format | None:
    """The published format (PDF, .docx, HTML) of ``data``, None for plain text.

    Files whose magic bytes say they are something else are refused.
    """
    # reading.formats is imported for a file that could be one: every format it
    # detects needs "%PDF-" in the first KiB, a ZIP header or "<" in the first 4 KiB
    if b"%PDF-" in data[:1024] or data.startswith(b"PK\x03\x04") or b"<" in data[:4096]:
        from diffreport.reading.formats import detect

        published = detect(data)
        if published is not None:
            return published
    head = data[:64]
    for magic, detail in _UNSUPPORTED_FORMATS:
        if head.startswith(magic):
            raise InputError(name, detail)
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:4096]:
            raise InputError(name, "is a damaged Word (.docx) file (not a readable ZIP archive)")
        raise InputError(name, "binary file (a ZIP archive), not a text report")
    for magic, kind in _BINARY_FORMATS:
        if head.startswith(magic):
            raise InputError(name, f"binary file ({kind}), not a text report")
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        raise InputError(name, "binary file (RIFF media), not a text report")
    if _HTML_START.match(data[:1024]):
        return "html"
    return None


def _decode(name: str, data: bytes) -> tuple[str, str]:
    """Decode ``data`` in the fixed order described in the module docstring."""
    if not data:
        return "", "utf-8"
    marked = decode_marked(name, data)
    if marked is not None:
        return marked
    nul = data.count(0, 0, _SAMPLE)
    truncated: int | None = None
    if not nul:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as error:
            # valid UTF-8 up to a character cut off by the end of the file
            if error.reason == "unexpected end of data" and error.end == len(data):
                truncated = error.start
        chinese = _try_gb18030(data)
        if chinese is not None:
            return chinese, "gb18030"
    guessed = _try_utf16(data)
    if guessed is not None:
        return guessed
    if nul:
        raise InputError(name, "binary file (contains NUL bytes), not a text report")
    if truncated is not None:
        raise InputError(
            name,
            f"UTF-8 text cut off inside a character at byte {truncated:,} (a truncated file?)",
        )
    raise InputError(name, "not UTF-8, UTF-16 or GB18030 text (cannot decode its bytes)")


def _try_gb18030(data: bytes) -> str | None:
    """The GB18030 decoding of ``data`` if it is strict and reads like Chinese text."""
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    if not _reads_like_text(text, chinese=True) or _korean_or_japanese(data):
        return None
    return text


#: the bytes charset-normalizer needs to tell Korean or Japanese from Chinese
_LANGUAGE_EVIDENCE = 256
#: the codecs of Korean and Japanese text, whose double bytes also decode as common
#: Chinese characters in GB18030 (EUC-KR's Hangul rows are GB2312's first level)
_KOREAN_JAPANESE = ("cp949", "euc_kr", "cp932", "shift_jis", "euc_jp")


def _korean_or_japanese(data: bytes) -> bool:
    """Whether charset-normalizer reads ``data`` better as Korean or Japanese than as
    GB18030. It tells them apart on a few hundred bytes; on a line or two of Chinese it
    may prefer CP949 (一、2008年工作回顾), so a shorter text is read as GB18030."""
    if len(data) < _LANGUAGE_EVIDENCE:
        return False
    from charset_normalizer import from_bytes

    best = from_bytes(data[:_SAMPLE], cp_isolation=["gb18030", *_KOREAN_JAPANESE]).best()
    return best is not None and best.encoding in _KOREAN_JAPANESE


def _try_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: accepted only when it decodes to plausible text."""
    if len(data) % 2:
        return None
    sample = data[: _SAMPLE & ~1]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    # ASCII in UTF-16-LE has its NULs at odd offsets, in UTF-16-BE at even ones.
    # NULs on both sides are binary data -- or Chinese, whose characters U+4E00,
    # U+5000 ... have a NUL byte too: then charset-normalizer says which order, and
    # the text must read as Chinese (random bytes decode to rare characters).
    # No NUL at all: Chinese without a newline or a space, or no UTF-16 (Shift-JIS read
    # as UTF-16-BE is rare characters): it must read as Chinese too
    chinese = min(even_nuls, odd_nuls) * 10 > max(even_nuls, odd_nuls) or not (
        even_nuls or odd_nuls
    )
    if chinese:
        order: tuple[str, ...] = _utf16_order(sample)
    elif odd_nuls >= even_nuls:
        order = ("utf-16-le", "utf-16-be")
    else:
        order = ("utf-16-be", "utf-16-le")
    for codec in order:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_like_text(text, chinese=chinese):
            return text, codec
    return None


def _utf16_order(sample: bytes) -> tuple[str, ...]:
    """The byte order charset-normalizer finds for ``sample`` (NULs on both sides); () if none."""
    # imported here: plain UTF-8 (and ``--version``) never pays for it
    from charset_normalizer import from_bytes

    # a sample cut inside a surrogate pair would not decode: drop a trailing high surrogate
    if len(sample) >= 2 and (0xD8 <= sample[-1] <= 0xDB or 0xD8 <= sample[-2] <= 0xDB):
        sample = sample[:-2]
    # Chinese reports indent with U+3000, which charset-normalizer counts as unprintable
    # and refuses at its default 20 % mess threshold; _reads_like_text judges the result.
    best = from_bytes(sample, cp_isolation=["utf_16_le", "utf_16_be"], threshold=0.5).best()
    if best is None:
        return ()
    return (best.encoding.replace("_", "-"),)


def _reads_like_text(text: str, *, chinese: bool) -> bool:
    """Whether decoded text looks like a real report rather than mis-decoded bytes."""
    sample = text[:_SAMPLE]
    if not sample.strip():
        return False
    plausible, han_char, wedged_han = _plausibility()
    outside = len(plausible.sub("", sample))
    if outside > max(2, len(sample) // 100):
        return False
    if not chinese:
        return True
    han = len(han_char.findall(sample)) if len(sample) < 200_000 else han_char.subn("", sample)[1]
    if han == 0:
        # GB18030 that decodes to pure ASCII was UTF-8 already; anything else is suspect.
        return False
    # Common characters (GB2312) make up nearly all of real text but under half of
    # what random byte pairs decode to.
    encoded = sample.encode("gb2312", errors="replace")
    uncommon = encoded.count(b"?") - sample.count("?")
    if uncommon * 5 > han * 2:
        return False
    wedged = len(wedged_han.findall(sample))
    return wedged * 5 <= han
