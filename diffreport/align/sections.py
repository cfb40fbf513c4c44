"""Pass 3, sections: sections pair on the sentences paired between them and their headings.

A heading reworded keeps its section; leftover siblings of paired parents pair
on their vocabulary; a section split in two pairs both parts with its origin.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from itertools import chain, repeat
from operator import add, mul, truediv

from diffreport.align.keys import (
    english_heading_scores,
    heading_grams,
    heading_key,
    heading_words,
    token_list,
)
from diffreport.align.state import Alignment
from diffreport.model import Document

#: section -> (token -> tf-idf weight, norm of those weights)
_Weighted = dict[int, tuple[dict[str, float], float]]
#: (old section, new section, score)
SectionPairs = list[tuple[int, int, float]]


#: two editions with more heading pairs than this (a report has 20-100 sections a side;
#: 62 provinces' reports together about 700) compare a heading only with the headings
#: sharing a gram that at most ``_COMMON_GRAM`` headings hold, and keep its best
#: ``_HEADING_CANDIDATES``: memory and time stay linear in the headings, where all pairs
#: of 4,000 headings took 6 GB
_ALL_HEADING_PAIRS = 1_000_000
_COMMON_GRAM = 64
_HEADING_CANDIDATES = 16


def _postings(grams: list[set[str]]) -> dict[str, list[int]]:
    """gram -> the headings holding it, for the grams at most ``_COMMON_GRAM`` hold."""
    postings: dict[str, list[int]] = defaultdict(list)
    for b, held in enumerate(grams):
        for gram in held:
            postings[gram].append(b)
    return {g: bs for g, bs in postings.items() if len(bs) <= _COMMON_GRAM}


def _sharing(grams: set[str], postings: dict[str, list[int]]) -> set[int]:
    return {b for gram in grams for b in postings.get(gram, ())}


class SectionPairer:
    """Pairs the sections of an alignment, keeping what it learns of them for the next pass."""

    def __init__(self, al: Alignment) -> None:
        self.al = al
        old, new = al.old, al.new
        # what the passes would otherwise compute again and again: it does not
        # depend on the pairing, so it is worked out once per alignment
        self.old_section = [s.section for s in old.sentences]
        self.new_section = [s.section for s in new.sentences]
        self.old_ancestors = [tuple(_ancestors(old, k)) for k in range(len(old.sections))]
        self.new_ancestors = [tuple(_ancestors(new, k)) for k in range(len(new.sections))]
        self.old_size = _subtree_sizes(old, self.old_ancestors)
        self.new_size = _subtree_sizes(new, self.new_ancestors)
        if al.language == "en":  # compared on their content words
            self.old_heads = [heading_words(s.heading, al.delta) for s in old.sections]
            self.new_heads = [heading_words(s.heading) for s in new.sections]
        else:
            self.old_heads = [heading_key(s.heading, al.delta) for s in old.sections]
            self.new_heads = [heading_key(s.heading) for s in new.sections]
        self.old_grams = [heading_grams(h) for h in self.old_heads]
        self.new_grams = [heading_grams(h) for h in self.new_heads]
        self._heads: dict[tuple[int, int], float] | None = None
        # (section, side) -> subtree bigram (word) counts, and the section pairs
        # whose subtrees share a sentence pair between two given sections
        self._vectors: tuple[dict[int, Counter[str]], dict[int, Counter[str]]] = ({}, {})
        self._ancestor_pairs: dict[tuple[int, int], list[tuple[int, int]]] = {}
        # (old sections, new sections) compared by vocabulary -> their weighted
        # vectors and the scores of the pairs already compared
        self._vocabulary: dict[
            tuple[frozenset[int], frozenset[int]],
            tuple[_Weighted, _Weighted, dict[tuple[int, int], float]],
        ] = {}

    def pairs(self) -> SectionPairs:
        """Section pairs (old, new, score), split/merged parts included."""
        self.al.secondary = {}
        shared, direct = self._shared_weights()
        candidates = self._scored_candidates(shared)
        pairs, used_old, used_new = self._best_first(candidates)
        if self._across_parents(candidates, pairs):
            pairs, used_old, used_new = self._best_first(candidates)
        self._pair_siblings_by_vocabulary(pairs, used_old, used_new)
        self._pair_split_parts(direct, pairs, used_old, used_new)
        return pairs

    def _best_first(
        self, candidates: dict[tuple[int, int], float]
    ) -> tuple[SectionPairs, set[int], set[int]]:
        """Pairs taken greedily, best score first, each section once, above the threshold."""
        pairs: SectionPairs = []
        used_old: set[int] = set()
        used_new: set[int] = set()
        for (a, b), score in sorted(
            candidates.items(), key=lambda x: (-x[1], x[0][0] + x[0][1], x[0])
        ):
            if score < self.al.options.section_threshold:
                break
            if a in used_old or b in used_new:
                continue
            pairs.append((a, b, score))
            used_old.add(a)
            used_new.add(b)
        return pairs, used_old, used_new

    def _across_parents(
        self, candidates: dict[tuple[int, int], float], pairs: SectionPairs
    ) -> bool:
        """Lower (in place) the score of each candidate whose parents are surely paired
        (at least ``section_parent_bar``), but not with each other, by
        ``section_parent_change_factor``; whether any was lowered.

        The parents' pairing comes from a first greedy pass: chapters pair on all
        they hold, so they pair first and, when alike, surely; their subsections
        then pair within them unless a move across chapters is clearly the better
        reading.
        """
        factor = self.al.options.section_parent_change_factor
        if factor >= 1.0:
            return False
        old, new = self.al.old.sections, self.al.new.sections
        bar = self.al.options.section_parent_bar
        forward = {a: b for a, b, score in pairs if score >= bar}
        backward = {b: a for a, b in forward.items()}
        lowered = False
        for (a, b), score in candidates.items():
            pa, pb = old[a].parent, new[b].parent
            if pa is None or pb is None or forward.get(pa) == pb:
                continue
            if pa in forward or pb in backward:
                candidates[(a, b)] = score * factor
                lowered = True
        return lowered

    def _shared_weights(
        self,
    ) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]:
        """The weight of the sentences paired between two sections' subtrees, and between
        the two sections themselves (length of the old key times the pair's similarity)."""
        shared: dict[tuple[int, int], float] = defaultdict(float)
        direct: dict[tuple[int, int], float] = defaultdict(float)
        old_keys, score_of = self.al.old_keys, self.al.score
        old_section, new_section = self.old_section, self.new_section
        ancestor_pairs = self._ancestor_pairs
        # the weights add up in the order of the pairs, as they always have
        for i, j in self.al.old_to_new.items():
            w = len(old_keys[i]) * score_of[i]
            key = (old_section[i], new_section[j])
            direct[key] += w
            around = ancestor_pairs.get(key)
            if around is None:
                around = ancestor_pairs[key] = [
                    (a, b) for a in self.old_ancestors[key[0]] for b in self.new_ancestors[key[1]]
                ]
            for ab in around:
                shared[ab] += w
        return shared, direct

    def _scored_candidates(
        self, shared: dict[tuple[int, int], float]
    ) -> dict[tuple[int, int], float]:
        """The score of each section pair that shares sentences or a similar heading."""
        old, new = self.al.old, self.al.new
        options = self.al.options
        old_size, new_size = self.old_size, self.new_size
        heads = self._heading_scores()
        candidates: dict[tuple[int, int], float] = dict.fromkeys(shared, 0.0)
        candidates.update(dict.fromkeys(heads, 0.0))
        candidates[(0, 0)] = 0.0
        for a, b in candidates:
            sa, sb = old.sections[a], new.sections[b]
            content = 2 * shared.get((a, b), 0.0) / max(1.0, old_size[a] + new_size[b])
            head = heads.get((a, b), 0.0)
            score = (
                max(
                    content,
                    options.section_heading_weight * head
                    + options.section_content_weight * content,
                )
                if head
                else content
            )
            if sa.level != sb.level:
                score *= options.section_level_change_factor
            if a == 0 and b == 0:
                score = 1.0
            candidates[(a, b)] = score
        return candidates

    def _pair_split_parts(
        self,
        direct: dict[tuple[int, int], float],
        pairs: SectionPairs,
        used_old: set[int],
        used_new: set[int],
    ) -> None:
        """A split (merge): an unpaired section whose paired sentences mostly come
        from (go to) one section that is already paired pairs with it too."""
        old_size, new_size = self.old_size, self.new_size
        by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
        by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for (a, b), w in direct.items():
            by_new[b].append((w, a))
            by_old[a].append((w, b))
        for b in range(len(self.al.new.sections)):
            if b in used_new or not by_new.get(b):
                continue
            w, a = max(by_new[b])
            if w >= 0.5 * sum(x for x, _ in by_new[b]) and w >= 0.3 * new_size[b]:
                pairs.append((a, b, min(1.0, 2 * w / max(1.0, old_size[a] + new_size[b]))))
                self.al.secondary[(a, b)] = "split"
                used_new.add(b)
                used_old.add(a)
        for a in range(len(self.al.old.sections)):
            if a in used_old or not by_old.get(a):
                continue
            w, b = max(by_old[a])
            if w >= 0.5 * sum(x for x, _ in by_old[a]) and w >= 0.3 * old_size[a]:
                pairs.append((a, b, min(1.0, 2 * w / max(1.0, old_size[a] + new_size[b]))))
                self.al.secondary[(a, b)] = "merge"
                used_old.add(a)

    def _heading_scores(self) -> dict[tuple[int, int], float]:
        """(old section, new section) -> similarity of their headings, when at least 0.4."""
        if self._heads is not None:
            return self._heads
        heads: dict[tuple[int, int], float]
        from rapidfuzz import process
        from rapidfuzz.distance import Indel as _Indel

        old_heads, new_heads = self.old_heads, self.new_heads
        if self.al.language == "en":  # words, weighted by how rare they are among headings
            heads = {
                ab: score
                for ab, score in english_heading_scores(old_heads, new_heads).items()
                if score >= 0.4
            }
            self._heads = heads
            return heads
        new_grams = self.new_grams
        heads = {}
        many = len(old_heads) * len(new_heads) > _ALL_HEADING_PAIRS
        postings = _postings(new_grams) if many else {}
        for a, text in enumerate(old_heads):
            if not text:
                continue
            grams = self.old_grams[a]
            if many:  # only the headings that share a gram few headings hold, the best few
                choices = {b: new_heads[b] for b in _sharing(grams, postings)}
                limit: int | None = _HEADING_CANDIDATES
            else:
                choices, limit = dict(enumerate(new_heads)), None
            for _, score, b in process.extract(
                text,
                choices,
                scorer=_Indel.normalized_similarity,
                score_cutoff=0.2,
                limit=limit,
            ):
                if new_heads[b]:
                    dice = 2 * len(grams & new_grams[b]) / max(1, len(grams) + len(new_grams[b]))
                    best = max(float(score), dice)
                    if best >= 0.4:
                        heads[(a, b)] = best
        self._heads = heads
        return heads

    def _section_vectors(self, forward: bool, wanted: set[int]) -> dict[int, Counter[str]]:
        """Bigram (word) counts of the wanted sections' subtrees (old side when ``forward``)."""
        cache = self._vectors[0 if forward else 1]
        missing = wanted.difference(cache)
        if missing:
            doc, keys, ancestors = (
                (self.al.old, self.al.old_keys, self.old_ancestors)
                if forward
                else (self.al.new, self.al.new_keys, self.new_ancestors)
            )
            # each subtree's tokens in document order, counted at once: the same
            # counts, in the same order, as counting sentence by sentence
            parts: dict[int, list[list[str]]] = {k: [] for k in missing}
            for s in doc.sentences:
                hit = [a for a in ancestors[s.section] if a in parts]
                if hit:
                    tokens = token_list(keys[s.index], self.al.language)
                    for a in hit:
                        parts[a].append(tokens)
            for a, lists in parts.items():
                cache[a] = Counter(chain.from_iterable(lists))
        return {k: cache[k] for k in wanted}

    def _weighted_vectors(
        self, want_old: frozenset[int], want_new: frozenset[int]
    ) -> tuple[_Weighted, _Weighted]:
        """Tf-idf vectors (and their norms) of the wanted sections, idf over those sections."""
        vec_old = self._section_vectors(True, set(want_old))
        vec_new = self._section_vectors(False, set(want_new))
        df: Counter[str] = Counter()
        for v in (*vec_old.values(), *vec_new.values()):
            df.update(v.keys())
        n_docs = len(vec_old) + len(vec_new)
        # log((1 + n_docs) / (1 + c)) for each token's count c, at C speed
        idf = dict(
            zip(
                df,
                map(math.log, map(truediv, repeat(1 + n_docs), map(add, repeat(1), df.values()))),
                strict=True,
            )
        )

        def weigh(v: Counter[str]) -> tuple[dict[str, float], float]:
            w = dict(zip(v, map(mul, v.values(), map(idf.__getitem__, v)), strict=True))
            return w, math.sqrt(sum(map(mul, w.values(), w.values()))) or 1.0

        return {k: weigh(v) for k, v in vec_old.items()}, {k: weigh(v) for k, v in vec_new.items()}

    def _pair_siblings_by_vocabulary(
        self, pairs: list[tuple[int, int, float]], used_old: set[int], used_new: set[int]
    ) -> None:
        """Pair leftover sibling sections under paired parents by what they talk about.

        Year to year a section can be rewritten sentence by sentence and still
        be the same section (the same subject, in other words): its vocabulary
        gives it away. Only unpaired siblings of paired parents are compared, so
        this stays small however long the documents are.
        """
        old, new = self.al.old, self.al.new
        children_old: dict[int, list[int]] = defaultdict(list)
        children_new: dict[int, list[int]] = defaultdict(list)
        for sec in old.sections:
            if sec.parent is not None and sec.index not in used_old:
                children_old[sec.parent].append(sec.index)
        for sec in new.sections:
            if sec.parent is not None and sec.index not in used_new:
                children_new[sec.parent].append(sec.index)
        groups = [
            (children_old[a], children_new[b])
            for a, b, _ in pairs
            if children_old.get(a) and children_new.get(b)
        ]
        if not groups:
            return
        want_old = frozenset(a for g, _ in groups for a in g)
        want_new = frozenset(b for _, g in groups for b in g)
        # the weights depend only on which sections are compared: the second
        # sections pass usually compares the same ones and reuses them
        memo = self._vocabulary.get((want_old, want_new))
        if memo is None:
            memo = self._vocabulary[(want_old, want_new)] = (
                *self._weighted_vectors(want_old, want_new),
                {},
            )
        w_old, w_new, known = memo
        scored: list[tuple[float, int, int]] = []
        grams_old, grams_new = self.old_grams, self.new_grams
        for olds, news in groups:
            for a in olds:
                wa, na = w_old[a]
                for b in news:
                    score = known.get((a, b))
                    if score is None:
                        wb, nb = w_new[b]
                        small, large = (wa, wb) if len(wa) < len(wb) else (wb, wa)
                        dot = sum(map(mul, small.values(), map(large.get, small, repeat(0.0))))
                        ga, gb = grams_old[a], grams_new[b]
                        head = 2 * len(ga & gb) / max(1, len(ga) + len(gb))
                        # the subject shows in the words; the heading tips a close call
                        score = known[(a, b)] = dot / (na * nb) + 0.3 * head
                    if score >= self.al.options.vocabulary_threshold:
                        scored.append((min(score, 1.0), a, b))
        for cos, a, b in sorted(scored, key=lambda x: (-x[0], x[1] + x[2], x[1], x[2])):
            if a not in used_old and b not in used_new:
                pairs.append((a, b, round(cos, 4)))
                used_old.add(a)
                used_new.add(b)


def _ancestors(doc: Document, index: int) -> list[int]:
    out = []
    k: int | None = index
    while k is not None:
        out.append(k)
        k = doc.sections[k].parent
    return out


def _subtree_sizes(doc: Document, ancestors: list[tuple[int, ...]]) -> list[float]:
    sizes = [0.0] * len(doc.sections)
    for s in doc.sentences:
        n = len(s.key)
        for a in ancestors[s.section]:
            sizes[a] += n
    return sizes
