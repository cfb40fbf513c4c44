"""Passes 2 and 4: fuzzy candidates found through rare shared tokens, scored, paired best first.

Pass 2 searches the whole document; pass 4 (``local``) only the free sentences of
a sentence's paired sections, between its anchored neighbours, at a looser bar.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict, deque
from itertools import chain, compress, filterfalse, repeat
from typing import TYPE_CHECKING

from diffreport.align.keys import PUNCT, sentence_tokens
from diffreport.align.state import Alignment
from diffreport.model import Document

if TYPE_CHECKING:
    from diffreport.align.postings import TokenTable

# Free sentences (both sides) from which candidates are found in numpy
# (``postings``): about four reports, where that saves more than importing
# numpy costs.
MANY_SENTENCES = 4000


class SentenceMatcher:
    """Pairs free sentences by similarity; keeps each sentence's tokens between passes."""

    def __init__(self, al: Alignment) -> None:
        self.al = al
        self.old_heading = [s.heading for s in al.old.sentences]
        self.new_heading = [s.heading for s in al.new.sentences]
        self._token_sets: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})
        self._same_token: dict[str, str] = {}  # one object per token (keys.sentence_tokens)

    def tokens_of(self, forward: bool, indices: list[int]) -> list[set[str]]:
        """The token sets of sentences of one side (old when ``forward``), computed once."""
        cache = self._token_sets[0 if forward else 1]
        keys = self.al.old_keys if forward else self.al.new_keys
        language = self.al.language
        same = self._same_token
        for i in filterfalse(cache.__contains__, indices):
            cache[i] = sentence_tokens(keys[i], language, same)
        return list(map(cache.__getitem__, indices))

    def candidates(
        self,
        forward: bool,
        free_src: list[int],
        free_dst: list[int],
        table: TokenTable | None = None,
    ) -> dict[int, set[int]]:
        """For each free sentence of one side, the free sentences of the other worth scoring.

        Those sharing most of its rarest tokens (through an inverted index of
        the other side; ``table``: the same, in numpy, for long documents) and
        those in its gap between anchors.
        """
        n_dst = len(self.al.new_keys) if forward else len(self.al.old_keys)
        src_to_dst = self.al.old_to_new if forward else self.al.new_to_old
        # a token shared by this many sentences says little about any one of them
        crowded = max(32, 2 * self.al.options.candidates)
        limit = self.al.options.candidates
        if table is None:
            ranked = self._shared_rare_tokens(free_src, free_dst, crowded, limit, forward)
        else:
            sources, partners = table.candidates(forward, crowded, limit)
            ranked = {
                free_src[k]: set(map(free_dst.__getitem__, js))
                for k, js in zip(sources, partners, strict=True)
            }
        # the gap of a sentence: the partners of its nearest paired neighbours, at
        # most 39 sentences away on either side
        paired = sorted(src_to_dst)
        widest = 2 * self.al.options.candidates
        out: dict[int, set[int]] = {}
        for i in free_src:
            cands = ranked.get(i) or set()
            p = bisect.bisect_left(paired, i)
            lo = src_to_dst[paired[p - 1]] if p and paired[p - 1] > i - 40 else -1
            hi = src_to_dst[paired[p]] if p < len(paired) and paired[p] < i + 40 else n_dst
            if lo < hi:
                a = bisect.bisect_right(free_dst, lo)
                b = bisect.bisect_left(free_dst, hi)
                if b - a <= widest:
                    cands.update(free_dst[a:b])
            out[i] = cands
        return out

    def _shared_rare_tokens(
        self, free_src: list[int], free_dst: list[int], crowded: int, limit: int, forward: bool
    ) -> dict[int, set[int]]:
        """Each free sentence's ``limit`` free partners sharing most of its ten rarest tokens.

        Rarest: held by the fewest free sentences of the other side (at most
        ``crowded``), equally rare ones in string order (not the set's, which
        follows the hash seed); partners sharing equally many in the order
        they first turn up in those tokens' postings.
        """
        dst_tokens = self.tokens_of(not forward, free_dst)
        # token -> how many free sentences of the other side hold it, for the
        # tokens rare enough to use
        rank = Counter(chain.from_iterable(dst_tokens))
        for t in list(compress(rank, map(crowded.__lt__, rank.values()))):
            del rank[t]
        rarest = [
            sorted(sorted(filter(rank.__contains__, tokens)), key=rank.__getitem__)[:10]
            for tokens in self.tokens_of(forward, free_src)
        ]
        # the inverted index, only for the tokens some sentence looks up
        wanted = set(chain.from_iterable(rarest))
        index: dict[str, list[int]] = defaultdict(list)
        for j, tokens in zip(free_dst, dst_tokens, strict=True):
            for t in wanted.intersection(tokens):
                index[t].append(j)
        postings = index.__getitem__
        out: dict[int, set[int]] = {}
        for i, rare in zip(free_src, rarest, strict=True):
            counts = Counter(chain.from_iterable(map(postings, rare)))
            # the ``limit`` most shared (ties: first seen), as Counter.most_common
            if limit <= 0:
                out[i] = set()
            elif len(counts) <= limit:
                out[i] = set(counts)
            else:
                out[i] = set(sorted(counts, key=counts.__getitem__, reverse=True)[:limit])
        return out

    def fuzzy(self, threshold: float, allowed: dict[int, set[int]] | None = None) -> None:
        """Pair unpaired sentences scoring at least ``threshold``, best pairs first.

        Candidates come from both sides (what the old sentence suggests and what
        the new one suggests), so comparing B with A pairs what A with B pairs.
        With ``allowed`` (old sentence -> new sentences it may pair with), only
        those candidates are scored: the local pass.
        """
        free_old = list(filterfalse(self.al.old_to_new.__contains__, range(len(self.al.old_keys))))
        free_new = list(filterfalse(self.al.new_to_old.__contains__, range(len(self.al.new_keys))))
        if not free_old or not free_new:
            return
        many = len(free_old) + len(free_new) >= MANY_SENTENCES
        if allowed is None:
            table = None
            if many:
                from diffreport.align.postings import TokenTable

                if self.al.language == "zh":
                    keys = (self.al.old_keys, free_old), (self.al.new_keys, free_new)
                    table = TokenTable.from_bigrams(
                        [[PUNCT.sub("", side[i]) for i in free] for side, free in keys]
                    )
                else:
                    table = TokenTable.from_sets(
                        (self.tokens_of(True, free_old), self.tokens_of(False, free_new))
                    )
            allowed = self.candidates(True, free_old, free_new, table)
            _add_reverse(allowed, self.candidates(False, free_new, free_old, table))
        scorer = self._scored_in_one_batch if many else self._scored
        scored = scorer(allowed, threshold)
        # best first; ties go to the pair nearest the start of both texts, a rule
        # that reads the same whichever edition is called old
        scored.sort(key=lambda x: (-x[0], x[1] + x[2], x[1], x[2]))
        for s, i, j in scored:
            if i not in self.al.old_to_new and j not in self.al.new_to_old:
                self.al.pair(i, j, s)

    def _scored(
        self, allowed: dict[int, set[int]], threshold: float
    ) -> list[tuple[float, int, int]]:
        """(score, old, new) of the allowed pairs of free sentences that reach their bar."""
        from rapidfuzz import process

        scored: list[tuple[float, int, int]] = []
        cross_role = self.al.options.cross_role_threshold
        reordered = self.al.options.reordered_threshold
        # one batch per old sentence, cut at the lower of the two bars; a score at
        # or above the cutoff is exact, so each pair is then held to its own bar
        cutoff = min(threshold, cross_role)
        new_keys, new_heading = self.al.new_keys, self.new_heading
        for i, cands in allowed.items():
            if i in self.al.old_to_new:
                continue
            js = list(filterfalse(self.al.new_to_old.__contains__, cands))
            if not js:
                continue
            heading = self.old_heading[i]
            best: dict[int, float] = {}
            for query, choices, bar_of_batch in (
                (self.al.old_keys[i], new_keys, cutoff),
                (self.al.old_sorted[i], self.al.new_sorted, reordered),
            ):
                for _, s, k in process.extract(
                    query,
                    list(map(choices.__getitem__, js)),
                    scorer=self.al.similarity,
                    score_cutoff=bar_of_batch,
                    limit=None,
                ):
                    best[k] = max(s, best.get(k, 0.0))
            for k, s in best.items():
                j = js[k]
                # a heading that became body text (or the reverse) must be nearly the same
                bar = threshold if heading == new_heading[j] else cross_role
                if s >= bar:
                    scored.append((s, i, j))
        return scored

    def _scored_in_one_batch(
        self, allowed: dict[int, set[int]], threshold: float
    ) -> list[tuple[float, int, int]]:
        """``_scored``, every pair in one call of rapidfuzz (``cpdist``), for long documents."""
        import numpy as np
        from rapidfuzz import process

        cross_role = self.al.options.cross_role_threshold
        reordered = self.al.options.reordered_threshold
        olds: list[int] = []
        news: list[int] = []
        for i, cands in allowed.items():
            if i not in self.al.old_to_new:
                js = list(filterfalse(self.al.new_to_old.__contains__, cands))
                olds.extend(repeat(i, len(js)))
                news.extend(js)
        if not olds:
            return []
        scores = np.maximum(
            *(
                process.cpdist(
                    list(map(old_keys.__getitem__, olds)),
                    list(map(new_keys.__getitem__, news)),
                    scorer=self.al.similarity,
                    score_cutoff=cutoff,
                    dtype=np.float64,
                )
                for old_keys, new_keys, cutoff in (
                    (self.al.old_keys, self.al.new_keys, min(threshold, cross_role)),
                    (self.al.old_sorted, self.al.new_sorted, reordered),
                )
            )
        )
        old_at, new_at = np.array(olds), np.array(news)
        same_role = np.array(self.old_heading)[old_at] == np.array(self.new_heading)[new_at]
        # a heading that became body text (or the reverse) must be nearly the same
        passed = np.flatnonzero(scores >= np.where(same_role, threshold, cross_role))
        return list(
            zip(
                scores[passed].tolist(),
                old_at[passed].tolist(),
                new_at[passed].tolist(),
                strict=True,
            )
        )

    def headings(self, section_pairs: list[tuple[int, int, float]]) -> None:
        """The heading sentences of paired sections pair with each other: a rename."""
        first_old = _heading_sentences(self.al.old)
        first_new = _heading_sentences(self.al.new)
        for a, b, _ in section_pairs:
            i, j = first_old.get(a), first_new.get(b)
            if i is None or j is None or i in self.al.old_to_new or j in self.al.new_to_old:
                continue
            self.al.pair(i, j, self.al.score_of(i, j))

    def local(self, section_pairs: list[tuple[int, int, float]]) -> None:
        """Score leftovers against the leftovers of their paired section, within their gap."""
        allowed = self._windows(True, section_pairs)
        _add_reverse(allowed, self._windows(False, section_pairs))
        self.fuzzy(self.al.options.local_threshold, allowed)

    def _windows(
        self, forward: bool, section_pairs: list[tuple[int, int, float]]
    ) -> dict[int, set[int]]:
        """Free sentences of the other side in a free sentence's paired sections and gap."""
        src_doc, dst_doc = (self.al.old, self.al.new) if forward else (self.al.new, self.al.old)
        src_to_dst = self.al.old_to_new if forward else self.al.new_to_old
        dst_to_src = self.al.new_to_old if forward else self.al.old_to_new
        free_by_section: dict[int, list[int]] = defaultdict(list)
        for j, s in enumerate(dst_doc.sentences):
            if j not in dst_to_src:
                free_by_section[s.section].append(j)
        partners: dict[int, list[int]] = defaultdict(list)
        for a, b, _ in section_pairs:
            if forward:
                partners[a].append(b)
            else:
                partners[b].append(a)
        # the partners of the nearest paired neighbours bound where a leftover may go
        before, after = self.al.bounds(forward)
        out: dict[int, set[int]] = {}
        for i, s in enumerate(src_doc.sentences):
            if i in src_to_dst:
                continue
            lo, hi = before[i], after[i]
            if lo >= hi:
                continue
            cands: set[int] = set()
            for b in partners.get(s.section, ()):
                free = free_by_section.get(b, [])
                window = free[bisect.bisect_right(free, lo) : bisect.bisect_left(free, hi)]
                if window and len(window) <= 400:
                    cands.update(window)
            if cands:
                out[i] = cands
        return out


def _add_reverse(allowed: dict[int, set[int]], reverse: dict[int, set[int]]) -> None:
    """Add to ``allowed`` (i -> its j's) every pair of ``reverse`` (j -> its i's)."""
    for i in set(chain.from_iterable(reverse.values())).difference(allowed):
        allowed[i] = set()
    # set.add(allowed[i], j) for each pair, at C speed
    deque(
        map(
            set.add,
            map(allowed.__getitem__, chain.from_iterable(reverse.values())),
            chain.from_iterable(map(repeat, reverse, map(len, reverse.values()))),
        ),
        maxlen=0,
    )


def _heading_sentences(doc: Document) -> dict[int, int]:
    """Section index -> index of its heading sentence."""
    return {
        sec.index: sec.start
        for sec in doc.sections
        if sec.start < sec.end and doc.sentences[sec.start].heading
    }
