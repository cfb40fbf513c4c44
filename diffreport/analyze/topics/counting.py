"""Counting: repeated n-grams, level by level, and which of them are closed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import compress, islice
from operator import add

from diffreport.model import Language

_ZH_MAX = 10  # longest n-gram counted (Chinese characters)
_EN_MAX = 5  # longest n-gram counted (English words)
_LONG: dict[Language, int] = {"zh": 60_000, "en": 20_000}  # units per extra count (_min_count)


def _substrings(text: str, n: int) -> set[str]:
    """The distinct ``n``-unit substrings of ``text``: a set, so that testing a gram is O(1)."""
    starts = range(len(text) - n + 1)
    return set(map(text.__getitem__, map(slice, starts, map(n.__add__, starts))))


def _repeated(
    text: str, low: int, high: int, extend: int = 2, headings: str = ""
) -> tuple[dict[str, int], Counter[str]]:
    """Every n-gram of ``low``..``high`` units occurring at least twice, with its count.

    Level by level: an n-gram is counted only where its prefix occurs at least
    ``extend`` times or is part of ``headings`` (a repeated n-gram has a repeated
    prefix; with ``extend`` above 2, n-grams whose prefix is said fewer times and
    in no heading are left uncounted, see ``_min_count``), so the work shrinks
    with each level instead of growing with ``high``; each level's n-grams are
    the last level's kept ones plus one unit (a concatenation, not a slice of the
    text). N-grams across a ``|`` run separator are left out. Also returns the
    counts of all ``low``-grams (for cohesion).
    """
    units = list(text)  # one string object per unit, shared by every level
    size = len(units)
    grams = units
    for n in range(1, low):
        grams = list(map(add, grams, islice(units, n, None)))
    positions: Sequence[int] = range(len(grams))
    repeated: dict[str, int] = {}
    first: Counter[str] = Counter()
    for n in range(low, high + 1):
        counts = Counter(grams)
        if n == low:
            first = counts
        level = {g: c for g, c in counts.items() if c > 1 and "|" not in g}
        repeated.update(level)
        if n == high:
            break
        if extend > 2:
            in_headings = _substrings(headings, n)
            level = {g: c for g, c in level.items() if c >= extend or g in in_headings}
        kept = list(map(level.__contains__, grams))
        positions = list(compress(positions, kept))
        grams = list(compress(grams, kept))
        if positions and positions[-1] + n >= size:  # the last gram ends the text
            positions.pop()
            grams.pop()
        grams = list(map(add, grams, map(units.__getitem__, map(n.__add__, positions))))
    return repeated, first


def _closed(repeated: dict[str, int], low: int, high: int) -> list[str]:
    """Repeated n-grams shorter than ``high`` no one-unit extension of which occurs as often."""
    open_grams: set[str] = set()
    for gram, count in repeated.items():
        if len(gram) > low:
            if repeated.get(gram[:-1]) == count:
                open_grams.add(gram[:-1])
            if repeated.get(gram[1:]) == count:
                open_grams.add(gram[1:])
    return [g for g in repeated if len(g) < high and g not in open_grams]


def _min_count(size: int, language: Language) -> int:
    """How often a term must be said to be a topic of an edition of ``size`` units.

    A government work report has ~17k Han characters, an FOMC statement ~150
    content words: 1 for a short text, 2 for a report, and one more for each
    further ``_LONG`` units (about three reports), since in a text as long as
    several reports a term said two or three times is no topic of it.
    """
    if size < (3000 if language == "zh" else 1500):
        return 1
    return 2 + size // _LONG[language]
