"""Pass 1, exact anchors: sentences whose keys are equal pair up."""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from collections.abc import Sequence

from diffreport.align.state import Alignment, longest_increasing_run


def pair_equal_keys(al: Alignment) -> None:
    """Equal keys pair: unique ones first, then repeats within their gap.

    As in patience diff, a key found once on each side is a sure anchor. A
    repeated sentence (``(Applause.)``, ``各位代表！``) pairs with an
    occurrence between the partners of its anchored neighbours, so one
    deleted repeat does not shift every later one out of place.
    """
    new_by_key: dict[str, list[int]] = defaultdict(list)
    for j, key in enumerate(al.new_keys):
        new_by_key[key].append(j)
    old_by_key: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(al.old_keys):
        old_by_key[key].append(i)
    repeated: list[int] = []
    for key, olds in old_by_key.items():
        news = new_by_key.get(key)
        if not news:
            continue
        if len(olds) == 1 and len(news) == 1:
            al.pair(olds[0], news[0], 1.0)
        else:
            repeated.extend(olds)
    if not repeated:
        return
    _repeats_in_gaps(al, set(repeated), new_by_key)
    leftovers = [i for i in sorted(repeated) if i not in al.old_to_new]
    # what found no place in its gap pairs with the first free occurrence (it moved)
    next_free: dict[str, int] = defaultdict(int)
    for i in leftovers:
        key = al.old_keys[i]
        slots = new_by_key[key]
        k = next_free[key]
        while k < len(slots) and slots[k] in al.new_to_old:
            k += 1
        next_free[key] = k
        if k < len(slots):
            al.pair(i, slots[k], 1.0)


def _repeats_in_gaps(al: Alignment, repeated: set[int], new_by_key: dict[str, list[int]]) -> None:
    """Pair repeated sentences between consecutive in-order anchors, longest run first.

    Within each gap of the anchors' longest increasing run, the repeats of
    both sides are aligned as sequences (an LCS, rapidfuzz's Indel), so
    ``X X M`` against ``M X M`` keeps the X and the M that stayed in place.
    A gap too large for a full LCS table goes to ``_large_gap_pairs``.
    """
    anchors = sorted(al.old_to_new.items())
    keep = longest_increasing_run([j for _, j in anchors])
    backbone = [anchors[k] for k in sorted(keep)]
    # the new positions of the repeated keys, each key looked up once (not once per repeat)
    repeated_keys = {al.old_keys[i] for i in repeated}
    repeated_new = [j for key in repeated_keys for j in new_by_key[key]]
    bounds = [(-1, -1), *backbone, (len(al.old_keys), len(al.new_keys))]
    old_sorted = sorted(repeated)
    new_sorted = sorted(repeated_new)
    for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
        olds = old_sorted[bisect.bisect_right(old_sorted, i0) : bisect.bisect_left(old_sorted, i1)]
        news = new_sorted[bisect.bisect_right(new_sorted, j0) : bisect.bisect_left(new_sorted, j1)]
        if not olds or not news:
            continue
        a = [al.old_keys[i] for i in olds]
        b = [al.new_keys[j] for j in news]
        small = len(a) * len(b) <= GAP_CELLS
        for x, y in _indel_pairs(a, b) if small else _large_gap_pairs(a, b):
            al.pair(olds[x], news[y], 1.0)


#: the largest gap (old repeats x new repeats) aligned by a full LCS table; the
#: table takes a bit a cell (16M cells: 2 MB), and real reports' gaps stay far
#: below it (a few hundred repeats a side at most)
GAP_CELLS = 1 << 24
#: how often a large gap is split at anchors before it is cut into diagonal blocks
_MAX_SPLITS = 8
#: the lengths of the runs of keys tried, in turn, as anchors inside a large gap
_RUN_LENGTHS = (1, 2, 4, 8)
#: a large gap's anchors are taken when there is one per so many keys of its shorter
#: side; fewer are chance matches of unrelated sequences, which would cut it badly
_ANCHOR_SPACING = 64


def _indel_pairs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """The positions an LCS of ``a`` and ``b`` keeps (rapidfuzz's Indel), in order."""
    from rapidfuzz.distance import Indel

    out: list[tuple[int, int]] = []
    for op in Indel.opcodes(a, b):
        if op.tag == "equal":
            out.extend(
                zip(range(op.src_start, op.src_end), range(op.dest_start, op.dest_end), strict=True)
            )
    return out


def _large_gap_pairs(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
    """Equal keys of a gap too large for a full LCS table, paired in linear-ish time and memory.

    Each part of the gap first loses its common start and end (pairs, as any
    LCS would keep them); a part still too large is split at its anchors:
    runs of ``n`` keys found once in each side of it (``n`` the first of
    ``_RUN_LENGTHS`` that finds one every ``_ANCHOR_SPACING`` keys), their
    longest increasing run, as in patience diff. A part small enough gets
    the LCS table; one that finds no anchor, or was split ``_MAX_SPLITS``
    times, is cut into blocks along its diagonal, each small enough for the
    table. Memory stays within one table
    of ``GAP_CELLS`` whatever the input.
    """
    out: list[tuple[int, int]] = []
    stack = [(0, len(a), 0, len(b), 0)]
    while stack:
        a0, a1, b0, b1, depth = stack.pop()
        while a0 < a1 and b0 < b1 and a[a0] == b[b0]:
            out.append((a0, b0))
            a0, b0 = a0 + 1, b0 + 1
        while a0 < a1 and b0 < b1 and a[a1 - 1] == b[b1 - 1]:
            a1, b1 = a1 - 1, b1 - 1
            out.append((a1, b1))
        if a0 == a1 or b0 == b1:
            continue
        if (a1 - a0) * (b1 - b0) <= GAP_CELLS:
            out.extend((a0 + x, b0 + y) for x, y in _indel_pairs(a[a0:a1], b[b0:b1]))
            continue
        anchors = _unique_runs(a, a0, a1, b, b0, b1) if depth < _MAX_SPLITS else []
        if not anchors:
            out.extend(_diagonal_blocks(a, a0, a1, b, b0, b1))
            continue
        out.extend(anchors)
        edges = [(a0 - 1, b0 - 1), *anchors, (a1, b1)]
        for (x0, y0), (x1, y1) in zip(edges, edges[1:], strict=False):
            stack.append((x0 + 1, x1, y0 + 1, y1, depth + 1))
    return sorted(out)


def _unique_runs(
    a: Sequence[str], a0: int, a1: int, b: Sequence[str], b0: int, b1: int
) -> list[tuple[int, int]]:
    """Starts of runs of keys found once in ``a[a0:a1]`` and once in ``b[b0:b1]``, in order.

    Only a run's first key is paired (its others are left to the parts
    between anchors), so two overlapping runs never pair one sentence twice.
    """
    for n in _RUN_LENGTHS:
        if min(a1 - a0, b1 - b0) < n:
            break
        seen_a = _runs_once(a, a0, a1, n)
        seen_b = _runs_once(b, b0, b1, n)
        found = sorted((i, seen_b[run]) for run, i in seen_a.items() if run in seen_b)
        keep = longest_increasing_run([j for _, j in found])
        if len(keep) * _ANCHOR_SPACING >= min(a1 - a0, b1 - b0):
            return [found[k] for k in sorted(keep)]
    return []


def _runs_once(keys: Sequence[str], start: int, end: int, n: int) -> dict[tuple[str, ...], int]:
    """Each run of ``n`` keys found exactly once in ``keys[start:end]``, with its position."""
    first: dict[tuple[str, ...], int] = {}
    twice: set[tuple[str, ...]] = set()
    part = keys[start:end]
    for k, run in enumerate(zip(*(part[m:] for m in range(n)), strict=False)):
        if run in first:
            twice.add(run)
        else:
            first[run] = start + k
    for run in twice:
        del first[run]
    return first


def _diagonal_blocks(
    a: Sequence[str], a0: int, a1: int, b: Sequence[str], b0: int, b1: int
) -> list[tuple[int, int]]:
    """The LCS of matching blocks along the diagonal, each block within ``GAP_CELLS``."""
    na, nb = a1 - a0, b1 - b0
    side = math.isqrt(GAP_CELLS)
    blocks = max(-(-na // side), -(-nb // side))
    out: list[tuple[int, int]] = []
    for t in range(blocks):
        x0, x1 = a0 + t * na // blocks, a0 + (t + 1) * na // blocks
        y0, y1 = b0 + t * nb // blocks, b0 + (t + 1) * nb // blocks
        out.extend((x0 + x, y0 + y) for x, y in _indel_pairs(a[x0:x1], b[y0:y1]))
    return out
