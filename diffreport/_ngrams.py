"""Repeated n-grams of a long text, counted in numpy.

``topics.counting._repeated`` counts n-grams level by level with Python dicts.
On a text as long as ten government work reports (~190k units) that was the largest
single cost of a comparison, and it grew faster than the text: half a million
new string objects hashed into ever larger dicts. Here each level is one sort
of integer keys (a gram's id is the dense rank of its prefix's id and its last
unit), and strings are made only for the n-grams that are returned.

The result is the same as ``topics.counting._repeated``'s, order included:
every level's n-grams in the order of their first occurrence. ``topics`` takes this path only
for long texts (numpy's import costs more than counting a short text).
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from numpy.typing import NDArray

    IntArray = NDArray[np.int64]


def code_points(text: str) -> NDArray[np.uint32]:
    """The code points of ``text``."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def repeated(
    text: str, low: int, high: int, extend: int = 2, headings: str = ""
) -> tuple[dict[str, int], Counter[str], LowIndex]:
    """``topics._repeated(text, low, high, extend, headings)``, plus the positions
    of every ``low``-gram (see ``LowIndex``)."""
    size = len(text)
    whole = text + "|" + headings if extend > 2 and headings else text
    codes = code_points(whole)
    alphabet, unit = first_occurrences(codes.astype(np.int64))
    base = len(alphabet)
    bar = codes == ord("|")
    ends = len(whole)
    # the ``low``-grams: positions, keys, a running "crosses a bar" flag
    starts = np.arange(max(ends - low + 1, 0), dtype=np.int64)
    gram = np.zeros(len(starts), dtype=np.int64)
    barred = np.zeros(len(starts), dtype=bool)
    for k in range(low):
        gram = gram * base + unit[k : k + len(starts)]
        barred |= bar[k : k + len(starts)]
    result: dict[str, int] = {}
    first: Counter[str] = Counter()
    index = LowIndex(text, low)
    n = low
    while len(starts):
        at, inverse = first_occurrences(gram)
        in_text = starts + n <= size
        counts = np.bincount(inverse[in_text], minlength=len(at))
        if n == low:
            index.fill(inverse[in_text], counts)
            seen = np.flatnonzero(counts)
            seen = seen[np.argsort(at[seen], kind="stable")]
            first = Counter(dict(_strings(text, starts[at[seen]], n, counts[seen])))
            index.names = {g: int(i) for g, i in zip(first, seen.tolist(), strict=True)}
        level = (counts > 1) & ~barred[at]
        chosen = np.flatnonzero(level)
        chosen = chosen[np.argsort(at[chosen], kind="stable")]
        result.update(_strings(text, starts[at[chosen]], n, counts[chosen]))
        if n == high:
            break
        if extend > 2:
            in_headings = np.zeros(len(at), dtype=bool)
            in_headings[inverse[~in_text]] = True
            level &= (counts >= extend) | in_headings
        keep = level[inverse]
        if extend > 2:  # the headings' own grams, for the membership test above
            keep |= ~in_text & ~barred
        keep &= starts + n < ends  # the next unit exists
        starts = starts[keep]
        inverse = inverse[keep]
        barred = bar[starts + n]
        gram = inverse.astype(np.int64) * base + unit[starts + n]
        n += 1
    return result, first, index


def first_occurrences(keys: IntArray) -> tuple[IntArray, IntArray]:
    """For the distinct values of ``keys`` (in ascending order): the index of each
    one's first occurrence, and for each key its value's rank.

    ``np.unique(..., return_index=True)`` sorts stably (a merge sort); an
    unstable sort and a minimum per run of equal keys are faster.
    """
    order = keys.argsort()
    ordered = keys[order]
    new = np.empty(len(keys), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    rank = np.cumsum(new) - 1
    inverse = np.empty(len(keys), dtype=np.int64)
    inverse[order] = rank
    first = np.minimum.reduceat(order, np.flatnonzero(new)) if len(keys) else order
    return first, inverse


def _strings(text: str, starts: IntArray, n: int, counts: IntArray) -> zip[tuple[str, int]]:
    """(``text[s : s + n]``, count) for each start ``s``."""
    begin = starts.tolist()
    return zip(
        map(text.__getitem__, map(slice, begin, map(n.__add__, begin))),
        counts.tolist(),
        strict=True,
    )


class LowIndex:
    """The start positions of each ``low``-gram of a text, ascending.

    Filled from the first level's ids (one stable sort); a gram's positions
    become a Python list only when asked for, once.
    """

    def __init__(self, text: str, low: int) -> None:
        self.text = text
        self.low = low
        self.names: dict[str, int] = {}
        self._order: IntArray = np.zeros(0, dtype=np.int64)
        self._bounds: IntArray = np.zeros(1, dtype=np.int64)
        self._lists: dict[str, list[int]] = {}

    def fill(self, ids: IntArray, counts: IntArray) -> None:
        self._order = np.argsort(ids, kind="stable")
        self._bounds = np.concatenate(([0], np.cumsum(counts)))

    def get(self, gram: str) -> list[int] | None:
        found = self._lists.get(gram)
        if found is None:
            i = self.names.get(gram)
            if i is None:
                return None
            found = self._order[self._bounds[i] : self._bounds[i + 1]].tolist()
            self._lists[gram] = found
        return found
