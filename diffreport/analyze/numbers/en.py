"""English figures: percentages, basis points, amounts (dollars, yuan, tons, kilowatts),
counts, with what they measure, their form and period (see :mod:`.en_metrics`)."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from diffreport.analyze.numbers.en_metrics import Named, Place, describe, observed, period_of
from diffreport.analyze.numbers.kinds import en_kind
from diffreport.analyze.numbers.quantities import (
    MAX_CANDIDATES,
    MAX_NUMBER_CHARS,
    MAX_QUANTITIES,
    MULTIPLIERS,
    Found,
    Raw,
    inside,
    to_decimal,
)
from diffreport.lexicon import en
from diffreport.model import NumberKind

_EN_NUM = r"\d++-\d++/\d++|\d++/\d++|\d++(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?"
_AMOUNT_UNIT = "|".join(
    re.escape(unit).replace(r"\ ", r"\s+")
    for unit in sorted(en.AMOUNT_UNITS, key=len, reverse=True)
)
_EN_NUMBER = re.compile(
    rf"(?<![\w./-])(?P<neg>-|minus\s)?(?P<dollar>\$\s?)?(?P<a>{_EN_NUM})"
    rf"(?:\s*(?:-|to)\s*(?P<b>{_EN_NUM}))?"
    rf"(?P<unit>\s*-?\s*(?:{en.NUMBER_UNITS}))?(?![\w/])"
    rf"(?P<amount>\s+(?:of\s+)?(?i:{_AMOUNT_UNIT})(?![\w-]))?"
)
_EN_SCALE = re.compile(r"\s*(?P<scale>trillion|billion|million)\b")
_EN_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")
_COUNT_UNIT = re.compile(r"\s+([a-z-]+)\b")
_PREPOSITION = re.compile(r"\b(to|at|of|by|from)\s+(?:\w+\s+)?$")


def _en_unit(raw_unit: str, dollar: bool) -> tuple[str, str]:
    """(unit, multiplier word) from the unit text after an English number."""
    word = re.sub(r"[\s-]+", " ", raw_unit.strip(" -")).lower()
    if word in ("trillion", "billion", "million"):
        return ("$" if dollar else ""), word
    if word in ("percent", "per cent", "%"):
        return "%", ""
    if word.startswith("percentage point"):
        return "percentage point", ""
    if word.startswith("basis point"):
        return "bp", ""
    return ("$" if dollar else ""), ""


def _amount_unit(match: re.Match[str]) -> str:
    """The unit the table shows for ``yuan``, ``metric tons``, ``dollars`` after a figure."""
    written = match.group("amount") or ""
    word = re.sub(r"\s+", " ", written.strip()).lower().removeprefix("of ")
    return en.AMOUNT_UNITS.get(word, "")


def _values(match: re.Match[str], scale: str) -> tuple[Decimal, Decimal | None] | None:
    try:
        low = to_decimal(match.group("a"))
        high = to_decimal(match.group("b")) if match.group("b") else None
    except (InvalidOperation, ValueError):
        return None
    factor = MULTIPLIERS.get(scale, Decimal(1))
    low *= factor
    if high is not None:
        high *= factor
        if high < low:
            return None  # 1994-02 style codes, not a range
    if match.group("neg"):
        low = -low
    return low, high


def _qualifier(folded: str, start: int, end: int) -> tuple[str | None, str | None, int, int]:
    """(qualifier, its written comparison word, phrase start, figure end): one qualifier
    for ``around``/``approximately``/``about``, and ``or more`` after a figure."""
    before = en.QUALIFIERS_BEFORE.search(folded, max(0, start - 40), start)
    if before is not None:
        word = before.group(1).lower()
        return en.QUALIFIER_CANON.get(word, word), word, before.start(), end
    after = en.QUALIFIERS_AFTER.match(folded, end)
    if after is not None:
        word = after.group(1).lower()
        return en.QUALIFIER_CANON.get(word, word), None, start, after.end()
    return None, None, start, end


_TO_FIGURE = re.compile(r"\s*to\s+(?:[a-z]+\s+){0,2}\$?\d")


def _per(folded: str, end: int) -> str:
    """``per month`` for ``$40 billion per month``, ``a month``, ``monthly``."""
    said = en.RECURRING_AFTER.match(folded[end : end + 30])
    word = said.group().strip().lower() if said else ""
    unit = {"monthly": "month", "annually": "year"}.get(word, word.split()[-1] if word else "")
    return f"per {unit}" if unit else ""


def _replaced(folded: str, start: int, end: int) -> bool:
    """Whether the figure at ``start`` is the setting replaced (``rather than $45
    billion``; ``from 4-3/4 percent to 4-1/2 percent``)."""
    before = folded[max(0, start - 30) : start]
    if en.REPLACED_BEFORE.search(before):
        return True
    return before.rstrip().lower().endswith(" from") and _TO_FIGURE.match(folded, end) is not None


def _verb(folded: str, start: int) -> str | None:
    left = folded[max(0, start - 120) : start]
    verbs = list(en.FIGURE_VERBS.finditer(left))
    verb = verbs[-1].group().lower() if verbs else None
    prep = _PREPOSITION.search(left)
    if verb and prep:
        verb = f"{verb} … {prep.group(1)}"
    return verb


def extract_en(folded: str, plan: bool) -> list[Found]:
    """Every quantity of folded English ``folded``, named, with its verb, kind, form and
    period. A figure said after ``rather than`` is the setting replaced: an outcome of
    the past, never this edition's target."""
    results: list[Found] = []
    dates = [(m.start(), m.end()) for m in _EN_DATE.finditer(folded)]
    sentence_kind = en_kind(folded, plan)
    floor = 0
    previous: Named | None = None
    for examined, match in enumerate(_EN_NUMBER.finditer(folded)):
        if len(results) >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        if inside(dates, match.start("a")) or match.end() - match.start() > MAX_NUMBER_CHARS:
            continue
        unit, scale = _en_unit(match.group("unit") or "", bool(match.group("dollar")))
        amount = _amount_unit(match)
        end = match.end()
        if not scale and match.group("dollar") and not match.group("amount"):
            scale_match = _EN_SCALE.match(folded, end)
            if scale_match is not None:
                scale, end = scale_match.group("scale"), scale_match.end()
        unit = amount or unit
        if not unit and not scale:
            continue
        values = _values(match, scale)
        if values is None:
            continue
        place = Place(folded, match.start(), end, floor)
        found, named = _figure(place, previous, unit, bool(scale), values, sentence_kind)
        results.append(found)
        floor = found[0].end
        recurring = en.RECURRING_AFTER.match(folded[floor : floor + 30])
        floor += recurring.end() if recurring else 0  # $20 billion per month and …
        previous = named if named.base else previous
    return results


def _figure(
    place: Place,
    previous: Named | None,
    unit: str,
    scaled: bool,
    values: tuple[Decimal, Decimal | None],
    sentence_kind: NumberKind,
) -> tuple[Found, Named]:
    """One figure found at ``place``: named, with its form, period and kind. A setting
    replaced (``rather than $45 billion``, ``from 4-3/4 percent to …``) is a past outcome
    named as such, so it never pairs with the setting that replaces it nor with the old
    edition's target."""
    folded, start = place.text, place.start
    qualifier, word, q_start, end = _qualifier(folded, start, place.end)
    count = scaled and not unit
    if count:
        counted = _COUNT_UNIT.match(folded, end)
        if counted is not None and counted.group(1).lower() in en.COUNT_UNITS:
            unit = counted.group(1).lower()  # 300 million people: people is the unit
    place = replace(place, start=q_start, end=end)
    replaced = _replaced(folded, q_start, end)
    named = describe(place, previous, unit, unit in ("yuan", "$"), count)
    kind: NumberKind = "target" if named.objective else sentence_kind
    if observed(place, word) or replaced:
        kind = "actual"
    period = period_of(place, kind == "actual", named.objective, named.form)
    raw = Raw(q_start, end, start, values[0], values[1], unit, qualifier, named.form, period)
    metric = named.metric
    if period == "recurring" and metric:
        metric = f"{metric} {_per(folded, end)}"  # a pace is not the total it adds up to
    metric = f"{metric}, previous" if replaced and metric else metric
    return (raw, metric, _verb(folded, start), q_start, kind), named
