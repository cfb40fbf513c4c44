"""Pass 1, exact anchors: sentences whose keys are equal pair up."""

from __future__ import annotations

import bisect
from collections import defaultdict

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
    """
    from rapidfuzz.distance import Indel

    anchors = sorted(al.old_to_new.items())
    keep = longest_increasing_run([j for _, j in anchors])
    backbone = [anchors[k] for k in sorted(keep)]
    repeated_new = {j for i in repeated for j in new_by_key[al.old_keys[i]]}
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
        for op in Indel.opcodes(a, b):
            if op.tag == "equal":
                for k in range(op.src_end - op.src_start):
                    al.pair(olds[op.src_start + k], news[op.dest_start + k], 1.0)
