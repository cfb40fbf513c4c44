"""Numbers as a reader wants them: a quantity's phrase, the value a chart plots, new − old.

Every renderer and the display layer format numbers through here, so a table, a
chart and a DataFrame show the same thing. It reads finished quantities only.
"""

from __future__ import annotations

from diffreport.lexicon import en, zh
from diffreport.model import Language, LocatedQuantity, Quantity

#: units whose differences are percentage points
PERCENT_UNITS = zh.PERCENT_UNITS | en.PERCENT_UNITS


def display_value(q: Quantity) -> str:
    """A quantity as a series table shows it: the report's phrase without its leading verb.

    ``增长6%以上`` -> ``6%以上``; ``拟按3.2%左右`` -> ``3.2%左右``; English phrases as written.
    """
    text = q.text
    verb = q.verb or ""
    if verb and text.startswith(verb) and len(text) > len(verb):
        text = text[len(verb) :]
    return text.strip()


def plotted_value(q: Quantity) -> float:
    """The number a chart plots: the middle of a range, the value otherwise."""
    return q.value if q.high is None else (q.value + q.high) / 2


def _fmt(x: float, grouped: bool = False) -> str:
    text = (f"{x:,.4f}" if grouped else f"{x:.4f}").rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _signed(x: float, grouped: bool = False) -> str:
    if x > 0:
        return "+" + _fmt(x, grouped)
    if x < 0:
        return "−" + _fmt(-x, grouped)
    return "±0"


def _scaled(x: float, unit: str, language: Language) -> str:
    steps = (
        ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))
        if language == "zh"
        else ((1e12, " trillion"), (1e9, " billion"), (1e6, " million"))
    )
    grouped = language != "zh"
    suffix = unit if language == "zh" else " " + unit
    for size, name in steps:
        if abs(x) >= size:
            sign = "+" if x > 0 else "−"
            return f"{sign}{_fmt(abs(x) / size, grouped)}{name}{suffix}".rstrip()
    return f"{_signed(x, grouped)}{suffix}".rstrip()


def difference(old: LocatedQuantity | None, new: LocatedQuantity | None, language: Language) -> str:
    """New minus old as a reader wants it (percentage points for rates), or "" if not comparable."""
    if old is None or new is None:
        return ""
    a, b = old.quantity, new.quantity
    if a.unit != b.unit or (a.high is None) != (b.high is None):
        return ""
    percent = a.unit in PERCENT_UNITS

    def one(x: float) -> str:
        if percent:
            return _signed(x) + ("个百分点" if language == "zh" else " pp")
        return _scaled(x, a.unit, language)

    low = one(b.value - a.value)
    if a.high is None or b.high is None:
        return low
    return f"{low} / {one(b.high - a.high)}"


def qualifier(old: LocatedQuantity | None, new: LocatedQuantity | None) -> str:
    """The qualifier (左右, 以上, about …), or ``old → new`` when it changed."""
    qa = old.quantity.qualifier if old else None
    qb = new.quantity.qualifier if new else None
    if old is None or new is None:
        return (qa or qb) or ""
    if qa == qb:
        return qa or ""
    return f"{qa or '—'} → {qb or '—'}"
