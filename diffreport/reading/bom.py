"""Text that starts with a byte-order mark: decoded strictly in the encoding it names.

Text files (``reading``) and web pages (``reading.html``) both read a BOM here.
"""

from __future__ import annotations

import codecs

from diffreport.errors import InputError

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16"),
)


def decode_marked(name: str, data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` of bytes that start with a byte-order mark; None without one.

    Strict, as a BOM names the encoding: bytes it cannot decode are refused with an
    ``InputError`` saying where, never replaced.
    """
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as error:
                marked = label.removesuffix("-sig").upper()
                detail = f"has a {marked} byte-order mark but bytes that are not {marked}"
                # utf-8-sig counts from after the BOM; utf-16 and utf-32 from the file's start
                start = error.start + (len(bom) if codec == "utf-8-sig" else 0)
                where = f"{error.reason} at byte {start:,}"
                raise InputError(name, f"{detail} ({where})") from None
            return text.lstrip("\ufeff"), label  # a BOM saved twice is still no text
    return None
