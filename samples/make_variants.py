"""Regenerate the format-only variants of the 2024 Qinghe sample.

Both variants carry exactly the words of ``zh/qinghe-2024.txt``; only the form
differs, so ``diffreport compare zh/qinghe-2024.txt <variant>`` must report every
sentence unchanged:

* ``zh/qinghe-2024-rewrapped.txt``: every paragraph (non-blank line) hard-wrapped
  at 36 characters, as newspaper or PDF text is; blank lines between paragraphs
  kept; LF line ends; encoded as GB18030 (no BOM).
* ``zh/qinghe-2024-fullwidth.txt``: ASCII digits and ``%`` replaced by their
  full-width forms (``０``-``９``, ``％``; the decimal point stays ASCII);
  encoded as UTF-16 with a BOM (little-endian) and CRLF line ends.

Run from anywhere with the standard library only::

    python samples/make_variants.py

The script checks its own output (re-joined lines / NFKC give back the source
text) and exits non-zero if a variant would not round-trip.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "zh" / "qinghe-2024.txt"
REWRAPPED = HERE / "zh" / "qinghe-2024-rewrapped.txt"
FULLWIDTH = HERE / "zh" / "qinghe-2024-fullwidth.txt"
WRAP_WIDTH = 36

_FULL_WIDTH = str.maketrans({**{str(d): chr(0xFF10 + d) for d in range(10)}, "%": "％"})


def rewrap(text: str, width: int = WRAP_WIDTH) -> str:
    """Cut every line longer than ``width`` characters into ``width``-character lines."""
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        out.extend(line[i : i + width] for i in range(0, len(line), width))
    return "\n".join(out)


def full_width(text: str) -> str:
    """Replace ASCII digits and ``%`` with their full-width forms."""
    return text.translate(_FULL_WIDTH)


def _check(source: str) -> None:
    """Fail loudly if a written variant does not carry exactly the source text."""
    wrapped = REWRAPPED.read_bytes().decode("gb18030")
    body, tail = wrapped.rstrip("\n"), wrapped[len(wrapped.rstrip("\n")) :]
    rejoined = "\n\n".join(p.replace("\n", "") for p in body.split("\n\n")) + tail
    if rejoined != source:
        raise SystemExit(f"{REWRAPPED}: re-joined text differs from {SOURCE}")
    if max(len(line) for line in wrapped.split("\n")) > WRAP_WIDTH:
        raise SystemExit(f"{REWRAPPED}: a line is longer than {WRAP_WIDTH} characters")
    raw = FULLWIDTH.read_bytes()
    if not raw.startswith(b"\xff\xfe"):
        raise SystemExit(f"{FULLWIDTH}: missing UTF-16LE BOM")
    wide = raw.decode("utf-16")
    if "\n" in wide.replace("\r\n", ""):
        raise SystemExit(f"{FULLWIDTH}: a line does not end in CRLF")
    if any(c.isascii() and c.isdigit() for c in wide):
        raise SystemExit(f"{FULLWIDTH}: an ASCII digit is left")
    if unicodedata.normalize("NFKC", wide).replace("\r\n", "\n") != unicodedata.normalize(
        "NFKC", source
    ):
        raise SystemExit(f"{FULLWIDTH}: NFKC text differs from {SOURCE}")


def main() -> int:
    """Write both variants next to the source and verify them."""
    source = SOURCE.read_text(encoding="utf-8")
    REWRAPPED.write_bytes(rewrap(source).encode("gb18030"))
    # "utf-16-le" plus an explicit BOM, so the byte order does not depend on the machine
    FULLWIDTH.write_bytes(
        b"\xff\xfe" + full_width(source).replace("\n", "\r\n").encode("utf-16-le")
    )
    _check(source)
    print(f"wrote {REWRAPPED.relative_to(HERE)} and {FULLWIDTH.relative_to(HERE)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
