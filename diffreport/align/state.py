"""The state one alignment's passes share: both sides' keys and the sentence pairs so far."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from diffreport.align.keys import clauses_sorted
from diffreport.align.years import edition_distance, shift_years
from diffreport.model import Document
from diffreport.options import CompareOptions


class Alignment:
    """Two editions' sentence keys, and which sentences are paired so far.

    The passes (``anchors``, ``sentences``, ``sections``) read the keys and add
    pairs; ``statuses`` turns the final pairs into the result.
    """

    def __init__(self, old: Document, new: Document, options: CompareOptions) -> None:
        from rapidfuzz.distance import Indel

        self.similarity = Indel.normalized_similarity
        self.old = old
        self.new = new
        self.options = options
        self.language = new.language if new.sentences else old.language
        self.delta = edition_distance(old, new)
        self.old_keys = [shift_years(s.key, self.delta) for s in old.sentences]
        self.new_keys = [s.key for s in new.sentences]
        # the same keys with their clauses (English: words) in sorted order, so that
        # a sentence whose clauses swapped places still scores as the same sentence
        self.old_sorted = [clauses_sorted(k, self.language, "\0") for k in self.old_keys]
        self.new_sorted = [clauses_sorted(k, self.language, "\1") for k in self.new_keys]
        self.old_to_new: dict[int, int] = {}
        self.new_to_old: dict[int, int] = {}
        self.score: dict[int, float] = {}  # old index -> similarity of its pair
        # section pairs that join a split-off (merged-away) part to its origin
        self.secondary: dict[tuple[int, int], str] = {}

    def pair(self, i: int, j: int, score: float) -> None:
        """Pair old sentence ``i`` with new sentence ``j``."""
        self.old_to_new[i] = j
        self.new_to_old[j] = i
        self.score[i] = score

    def score_of(self, i: int, j: int) -> float:
        """The similarity of old sentence ``i`` and new sentence ``j``, clause order aside."""
        return max(
            self.similarity(self.old_keys[i], self.new_keys[j]),
            self.similarity(
                self.old_sorted[i],
                self.new_sorted[j],
                score_cutoff=self.options.reordered_threshold,
            ),
        )

    def bounds(self, forward: bool = True) -> tuple[list[int], list[int]]:
        """For each sentence of one side, the partners of its nearest paired neighbours."""
        src_to_dst = self.old_to_new if forward else self.new_to_old
        n_src, n_dst = (
            (len(self.old_keys), len(self.new_keys))
            if forward
            else (len(self.new_keys), len(self.old_keys))
        )
        before = [-1] * n_src
        last = -1
        for i in range(n_src):
            before[i] = last
            if i in src_to_dst:
                last = src_to_dst[i]
        after = [n_dst] * n_src
        nxt = n_dst
        for i in range(n_src - 1, -1, -1):
            after[i] = nxt
            if i in src_to_dst:
                nxt = src_to_dst[i]
        return before, after


def longest_increasing_run(seq: Sequence[int]) -> set[int]:
    """Positions (into ``seq``) of one longest strictly increasing subsequence, O(n log n)."""
    tails: list[int] = []
    tails_pos: list[int] = []
    prev = [-1] * len(seq)
    for i, value in enumerate(seq):
        j = bisect.bisect_left(tails, value)
        if j == len(tails):
            tails.append(value)
            tails_pos.append(i)
        else:
            tails[j] = value
            tails_pos[j] = i
        prev[i] = tails_pos[j - 1] if j else -1
    out: set[int] = set()
    k = tails_pos[-1] if tails_pos else -1
    while k >= 0:
        out.add(k)
        k = prev[k]
    return out
