"""The token grammar of a figure, shared by both languages.

Folding (full-width digits and the dashes of minus signs and ranges, one character
for one, so offsets survive), Chinese numerals (``一万零一十二``), exact decimal values
(``5-1/4``), the :class:`Raw` figure a language module finds before naming it, the
caps that keep a pathological line linear, and where a clause begins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from diffreport.lexicon.common import FIGURE_SPACE, INVISIBLE, SPACED_DIGIT, SPACED_EVIDENCE
from diffreport.model import NumberKind, QuantityForm, QuantityPeriod

# Full-width ASCII, ideographic space and the dashes a report uses for minus or ranges
# fold one character to one character, so offsets in the folded text are offsets in
# the original.
_FOLD_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update(
    {
        0x3000: " ",
        0x2212: "-",  # minus sign
        0x2013: "-",  # en dash
        0x2010: "-",
        0x2011: "-",
        0x00A0: " ",
        0x2009: " ",
        0x2002: " ",
        0x2003: " ",
        0x2044: "/",  # fraction slash
    }
)
# A UTF-8 en dash read as cp1252/latin-1 (``1â\x80\x931/2`` for ``1–1/2``).
_MOJIBAKE = re.compile("\u00e2[\u0080-\u009f]{0,2}(?=\\d)")


# the characters _FOLD_TABLE changes: a substitution touches only them, which is
# cheaper than str.translate looking up every character of a sentence
_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_TABLE) + "]")
_FOLD_MAP: dict[str, str] = {chr(c): v for c, v in _FOLD_TABLE.items()}


def _fold_char(match: re.Match[str]) -> str:
    return _FOLD_MAP[match.group()]


def fold(text: str, *, spaced_digits: bool = False) -> tuple[str, list[int] | None]:
    """Fold ``text`` for matching; return it and a map folded index -> original index.

    With ``spaced_digits`` (Chinese text), a space after a digit and before a digit, a
    decimal point, a per cent sign or a Han character is dropped: a web edition that
    spaces every digit (``经济增长速度8 ％``, ``1 9 9 8 年``, ``1 5 ．3 ％``) reads as
    one that does not, where the text shows that spacing (``lexicon.common.SPACED_EVIDENCE``:
    not ``附件2 名词解释``); a space between a figure and the Han text around it
    (``铁路投资 8000 亿元``) goes in any Chinese text. The map is None when folding kept
    every offset (the usual case).
    """
    folded = _FOLD_CHARS.sub(_fold_char, text)
    edits: list[tuple[int, int, str]] = []
    if INVISIBLE.search(folded):  # 74.4\u200b万亿元 is 74.4万亿元
        edits += [(m.start(), m.end(), "") for m in INVISIBLE.finditer(folded)]
    if "\u00e2" in folded:
        edits += [(m.start(), m.end(), "-") for m in _MOJIBAKE.finditer(folded)]
    if spaced_digits and " " in folded:
        if SPACED_EVIDENCE.search(folded):
            edits += [(m.start(), m.end(), "") for m in SPACED_DIGIT.finditer(folded)]
        edits += [(m.start(), m.end(), "") for m in FIGURE_SPACE.finditer(folded)]
    if not edits:
        return folded, None
    edits.sort()
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for start, end, replacement in edits:
        if start < last:
            continue
        pieces.append(folded[last:start])
        offsets.extend(range(last, start))
        pieces.append(replacement)
        offsets.extend([start] * len(replacement))
        last = end
    pieces.append(folded[last:])
    offsets.extend(range(last, len(folded)))
    offsets.append(len(folded))
    return "".join(pieces), offsets


CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}

MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "百": Decimal(10) ** 2,
    "trillion": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
}


_AFTER_BIG = 10**13  # the place after 万 or 亿: any smaller unit may follow


def parse_chinese_number(text: str) -> Decimal | None:
    """The value of a Chinese numeral (``一万零一十二`` -> 10012, ``三点五`` -> 3.5), or None.

    Accepts the positional forms that mean one number (``一万零十二`` also 10012,
    ``十二``, ``两千``); refuses digit runs that are not one number (``两三``, ``十四五``).
    """
    if not text:
        return None
    integer, _, fraction = text.partition("点")
    total = 0  # everything above the current 万/亿 block
    section = 0  # the current block below 万
    digit: int | None = None
    previous_unit = 10**13
    for char in integer:
        if char in CN_DIGITS:
            if digit is not None and digit != 0 and CN_DIGITS[char] != 0:
                return None  # two digits in a row with no unit between: 两三, 十四五
            digit = CN_DIGITS[char]
        elif char in _CN_SMALL:
            unit = _CN_SMALL[char]
            if unit >= previous_unit:
                return None
            section += (digit if digit else 1) * unit if digit != 0 else unit
            digit = None
            previous_unit = unit
        elif char in _CN_BIG:
            big = _CN_BIG[char]
            block = section + (digit or 0)
            if block == 0 and total == 0:
                return None
            if block == 0 and previous_unit == _AFTER_BIG:
                total *= big  # 六万万: a 万 of 万s (6×10⁸), as the 1950s reports write
                continue
            if big == 10**8:
                total = (total + block) * big
            else:
                total += block * big
            section = 0
            digit = None
            previous_unit = _AFTER_BIG
        else:
            return None
    value = Decimal(total + section + (digit or 0))
    if fraction:
        digits = []
        for char in fraction:
            if char not in CN_DIGITS or char == "两":
                return None
            digits.append(str(CN_DIGITS[char]))
        value += Decimal("0." + "".join(digits))
    return value


def to_decimal(number: str) -> Decimal:
    """``1,200`` -> 1200, ``5-1/4`` -> 5.25, ``1/4`` -> 0.25 (exact where possible)."""
    number = number.replace(",", "")
    whole = Decimal(0)
    if "/" in number:
        head, _, frac = number.rpartition("-") if "-" in number else ("", "", number)
        if head:
            whole = Decimal(head)
        numerator, _, denominator = frac.partition("/")
        den = Decimal(denominator)
        if den == 0:
            raise InvalidOperation(number)
        return whole + Decimal(numerator) / den
    return Decimal(number)


CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
ANY_DIGIT = re.compile(r"\d")


CLAUSE_DELIMS = frozenset("，；：。！？,;:、（）()\n")


CJK = re.compile(r"[\u4e00-\u9fff]")

MAX_QUANTITIES = 200
"""Quantities read from one sentence, at most; later ones in the same sentence are ignored.

A real report sentence holds a few dozen figures at the very most; the cap keeps a
pathological input (a 10 MB line of figures with no sentence end) linear and fast.
"""
MAX_CANDIDATES = 5000
"""Number-like matches examined in one sentence, at most (years, codes and bare digits
included); what follows them in the same sentence is ignored. Bounds the Python work
on a line of digits and punctuation (``1,1,1,…``) that holds no quantity at all."""
MAX_NUMBER_CHARS = 64  # a longer run of digits is a code or garbage, not a figure

_WINDOW = 48  # characters of a clause read before a number
SENTENCE_WINDOW = 240  # characters read back for cues and for an object to inherit


@dataclass(frozen=True)
class Raw:
    """A number found in folded text before its metric is decided."""

    start: int
    end: int
    core_start: int  # where the number itself starts (after verb/qualifier)
    value: Decimal
    high: Decimal | None
    unit: str
    qualifier: str | None
    #: what the figure is and the period it is for, where the language module tells
    form: QuantityForm | None = None
    period: QuantityPeriod | None = None


def inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls inside one of ``spans`` (a quoted span, a date)."""
    # spans are sorted and disjoint; a bisect would do, the lists are short per sentence
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] <= pos < spans[lo][1]


_ZH_CLAUSE_DELIM = re.compile("[" + re.escape("".join(sorted(CLAUSE_DELIMS))) + "]")


def start_of_clause(text: str, pos: int, floor: int) -> int:
    """Where the clause holding ``pos`` begins, reading back at most a short window and
    never before ``floor``."""
    lo = max(floor, pos - _WINDOW)
    # the last delimiter before pos is the first one of the window read backwards
    delim = _ZH_CLAUSE_DELIM.search(text[lo:pos][::-1])
    return lo if delim is None else pos - delim.start()


#: a figure found and named: (figure, metric, verb, where its phrase starts, kind)
Found = tuple[Raw, str, str | None, int, NumberKind]
#: a Chinese figure found and named, with its form (see :mod:`.forms`)
ZhFound = tuple[Raw, str, str | None, int, NumberKind, QuantityForm]
