"""Pair the sections and sentences of two editions.

How it works, in four passes, none of them an all-pairs loop over sentences:

1. **Exact anchors.** Sentences whose comparison keys are equal pair up (the
   k-th occurrence with the k-th occurrence).
2. **Fuzzy candidates, then scores.** For each unpaired old sentence the
   candidates are the unpaired new sentences that share one of its rarest
   tokens (character bigrams in Chinese, words in English), found through an
   inverted index, plus the new sentences in the same gap between anchors.
   Only those are scored, with rapidfuzz's normalized Indel similarity on keys
   whose years were shifted by the editions' distance (so ``2024年主要预期目标``
   scores 1.0 against next year's ``2025年主要预期目标``); a pair also scores the
   similarity of its keys with their clauses (English: content words) sorted,
   when that reaches 0.7, so that clauses swapped round keep a sentence whole.
   Pairs above ``match_threshold`` are taken greedily, best first. Long documents (ten
   reports a side) do the same search and scoring in numpy (``_postings``,
   rapidfuzz's ``cpdist``), with the same result.
3. **Sections.** Sections pair on what they share: the weight of the
   sentences paired between their subtrees, and the similarity of their
   headings with numbering stripped and years shifted. A heading reworded
   keeps its section; a section split in two pairs both parts with its origin.
4. **Local pass.** Sentences still unpaired are scored against the unpaired
   sentences of the paired section, and accepted at the looser
   ``local_threshold``.

Statuses: a sentence pair is ``moved`` when its sections are not paired with
each other or it is out of order within its section pair (not on the longest
increasing run), else ``unchanged`` when the keys are equal, else ``modified``.
A section pair is ``moved`` when it is out of order among its siblings,
``renamed`` when its heading changed beyond the year shift, else ``matched``.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections import Counter, defaultdict, deque
from collections.abc import Sequence
from itertools import chain, compress, filterfalse, repeat
from operator import add, itemgetter, mul, truediv
from typing import TYPE_CHECKING

from diffreport.model import Document, SectionPair, SentencePair
from diffreport.options import CompareOptions

if TYPE_CHECKING:
    from diffreport.align.postings import TokenTable

_YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
_NUMBERING = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|"
    r"\d+[、.．]|[IVXLC]+\.\s)\s*"
)
_EN_STOP = frozenset(
    "the a an of to in and or for on at by with from as is are be been was were that this its it "
    "will has have had not but which while also than their there".split()
)
# Free sentences (both sides) from which candidates are found in numpy
# (``_postings``): about four reports, where that saves more than importing
# numpy costs.
_MANY_SENTENCES = 4000
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
#: the similarity a heading needs to pair with a body sentence (and the reverse)
_CROSS_ROLE = 0.85
_EN_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def document_year(doc: Document, *, from_name: bool = True) -> int | None:
    """The edition's year: from its label or path, else the latest year named in its opening."""
    if from_name:
        for source in (doc.label, doc.path.rsplit("/", 1)[-1]):
            found = _YEAR.findall(source)
            if found:
                return int(found[0])
    head = "".join(s.text for s in doc.sentences[:6])[:600]
    years = [int(y) for y in _YEAR.findall(unicodedata.normalize("NFKC", head))]
    return max(years) if years else None


def edition_distance(old: Document, new: Document) -> int:
    """How many years lie between two editions (0 when unknown).

    Both years come from the same kind of evidence — file names or labels when
    both have one, else the opening lines of both — so a renamed copy of one
    edition is never taken for the next year's.
    """
    oy, ny = document_year(old), document_year(new)
    if oy is None or ny is None:
        oy, ny = document_year(old, from_name=False), document_year(new, from_name=False)
    return ny - oy if oy is not None and ny is not None else 0


def shift_years(text: str, delta: int) -> str:
    """``text`` with every year moved by ``delta`` (the distance between two editions)."""
    if not delta or ("19" not in text and "20" not in text):  # no year can match
        return text
    return _YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)


def heading_key(heading: str | None, delta: int = 0) -> str:
    """A heading without its numbering, markup and punctuation, years shifted by ``delta``."""
    if not heading:
        return ""
    text = _NUMBERING.sub("", unicodedata.normalize("NFKC", heading).replace("**", ""))
    return _PUNCT.sub("", shift_years(text, delta)).lower()


def _tokens(key: str, language: str, same: dict[str, str]) -> set[str]:
    """A sentence's tokens: its character bigrams (Chinese) or content words.

    ``same`` maps each token to the one string object that stands for it in this
    alignment: ten reports hold 340k bigrams but only ~30k distinct ones, and one
    object each (hashed once) keeps the token sets a third of the size.
    """
    if language == "zh":
        text = _PUNCT.sub("", key)
        # the bigrams text[i : i + 2], in order, joined at C speed
        grams = list(map(add, text, text[1:]))
        return set(map(same.setdefault, grams, grams)) or ({text} if text else set())
    words = list(filterfalse(_EN_STOP.__contains__, _EN_WORD.findall(key.lower())))
    return set(map(same.setdefault, words, words))


_CLAUSE_BREAK = re.compile(r"[，；：,;:]")
# the similarity of sorted clauses (words) that counts: reordering is a rewording
# only when nearly everything else stayed (short sentences share sorted words by chance)
_REORDERED = 0.7


def _clauses_sorted(key: str, language: str, none: str) -> str:
    """``key`` with its clauses (Chinese) or content words (English) in sorted order.

    ``none`` (a character no key holds, different for each side, so that two
    of them never match) when there is nothing to reorder: one clause, or
    fewer than six content words (a short sentence's sorted words match
    another's by chance: ``more story`` and ``more no``).
    """
    if language == "zh":
        parts = list(filter(None, map(str.strip, _CLAUSE_BREAK.split(key))))
        return "，".join(sorted(parts)) if len(parts) >= 2 else none
    words = list(filterfalse(_EN_STOP.__contains__, _EN_WORD.findall(key.lower())))
    return " ".join(sorted(words)) if len(words) >= 6 else none


def _grams(text: str) -> set[str]:
    """Character bigrams (or words, for Latin text): clause order does not matter to them."""
    if text.isascii():
        return set(text.split()) if " " in text else {text[i : i + 3] for i in range(len(text) - 2)}
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _token_list(key: str, language: str) -> list[str]:
    if language == "zh":
        text = _PUNCT.sub("", key)
        return list(map(add, text, text[1:]))
    return list(filterfalse(_EN_STOP.__contains__, _EN_WORD.findall(key.lower())))


def _lis(seq: Sequence[int]) -> set[int]:
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


#: section -> (token -> tf-idf weight, norm of those weights)
_Weighted = dict[int, tuple[dict[str, float], float]]


class _Aligner:
    """The state of one alignment; see the module docstring for the passes."""

    def __init__(self, old: Document, new: Document, options: CompareOptions) -> None:
        from rapidfuzz.distance import Indel

        self._similarity = Indel.normalized_similarity
        self.old = old
        self.new = new
        self.options = options
        self.language = new.language if new.sentences else old.language
        self.delta = edition_distance(old, new)
        self.old_keys = [shift_years(s.key, self.delta) for s in old.sentences]
        self.new_keys = [s.key for s in new.sentences]
        # the same keys with their clauses (English: words) in sorted order, so that
        # a sentence whose clauses swapped places still scores as the same sentence
        self.old_sorted = [_clauses_sorted(k, self.language, "\0") for k in self.old_keys]
        self.new_sorted = [_clauses_sorted(k, self.language, "\1") for k in self.new_keys]
        self.old_to_new: dict[int, int] = {}
        self.new_to_old: dict[int, int] = {}
        self.score: dict[int, float] = {}  # old index -> similarity of its pair
        # section pairs that join a split-off (merged-away) part to its origin
        self.secondary: dict[tuple[int, int], str] = {}
        # what the passes would otherwise compute again and again: it does not
        # depend on the pairing, so it is worked out once per alignment
        self.old_heading = [s.heading for s in old.sentences]
        self.new_heading = [s.heading for s in new.sentences]
        self._token_sets: tuple[dict[int, set[str]], dict[int, set[str]]] = ({}, {})
        self._same_token: dict[str, str] = {}  # one string object per token (see _tokens)
        self.old_section = [s.section for s in old.sentences]
        self.new_section = [s.section for s in new.sentences]
        self.old_ancestors = [tuple(_ancestors(old, k)) for k in range(len(old.sections))]
        self.new_ancestors = [tuple(_ancestors(new, k)) for k in range(len(new.sections))]
        self.old_size = _subtree_sizes(old, self.old_ancestors)
        self.new_size = _subtree_sizes(new, self.new_ancestors)
        self.old_heads = [heading_key(s.heading, self.delta) for s in old.sections]
        self.new_heads = [heading_key(s.heading) for s in new.sections]
        self.old_grams = [_grams(h) for h in self.old_heads]
        self.new_grams = [_grams(h) for h in self.new_heads]
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

    # -- pass 1 -------------------------------------------------------------
    def exact(self) -> None:
        """Equal keys pair: unique ones first, then repeats within their gap.

        As in patience diff, a key found once on each side is a sure anchor. A
        repeated sentence (``(Applause.)``, ``各位代表！``) pairs with an
        occurrence between the partners of its anchored neighbours, so one
        deleted repeat does not shift every later one out of place.
        """
        new_by_key: dict[str, list[int]] = defaultdict(list)
        for j, key in enumerate(self.new_keys):
            new_by_key[key].append(j)
        old_by_key: dict[str, list[int]] = defaultdict(list)
        for i, key in enumerate(self.old_keys):
            old_by_key[key].append(i)
        repeated: list[int] = []
        for key, olds in old_by_key.items():
            news = new_by_key.get(key)
            if not news:
                continue
            if len(olds) == 1 and len(news) == 1:
                self._pair(olds[0], news[0], 1.0)
            else:
                repeated.extend(olds)
        if not repeated:
            return
        self._repeats_in_gaps(set(repeated), new_by_key)
        leftovers = [i for i in sorted(repeated) if i not in self.old_to_new]
        # what found no place in its gap pairs with the first free occurrence (it moved)
        next_free: dict[str, int] = defaultdict(int)
        for i in leftovers:
            key = self.old_keys[i]
            slots = new_by_key[key]
            k = next_free[key]
            while k < len(slots) and slots[k] in self.new_to_old:
                k += 1
            next_free[key] = k
            if k < len(slots):
                self._pair(i, slots[k], 1.0)

    def _repeats_in_gaps(self, repeated: set[int], new_by_key: dict[str, list[int]]) -> None:
        """Pair repeated sentences between consecutive in-order anchors, longest run first.

        Within each gap of the anchors' longest increasing run, the repeats of
        both sides are aligned as sequences (an LCS, rapidfuzz's Indel), so
        ``X X M`` against ``M X M`` keeps the X and the M that stayed in place.
        """
        from rapidfuzz.distance import Indel

        anchors = sorted(self.old_to_new.items())
        keep = _lis([j for _, j in anchors])
        backbone = [anchors[k] for k in sorted(keep)]
        repeated_new = {j for i in repeated for j in new_by_key[self.old_keys[i]]}
        bounds = [(-1, -1), *backbone, (len(self.old_keys), len(self.new_keys))]
        old_sorted = sorted(repeated)
        new_sorted = sorted(repeated_new)
        for (i0, j0), (i1, j1) in zip(bounds, bounds[1:], strict=False):
            olds = old_sorted[
                bisect.bisect_right(old_sorted, i0) : bisect.bisect_left(old_sorted, i1)
            ]
            news = new_sorted[
                bisect.bisect_right(new_sorted, j0) : bisect.bisect_left(new_sorted, j1)
            ]
            if not olds or not news:
                continue
            a = [self.old_keys[i] for i in olds]
            b = [self.new_keys[j] for j in news]
            for op in Indel.opcodes(a, b):
                if op.tag == "equal":
                    for k in range(op.src_end - op.src_start):
                        self._pair(olds[op.src_start + k], news[op.dest_start + k], 1.0)

    def _bounds(self, forward: bool = True) -> tuple[list[int], list[int]]:
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

    def _score(self, i: int, j: int) -> float:
        """The similarity of old sentence ``i`` and new sentence ``j``, clause order aside."""
        return max(
            self._similarity(self.old_keys[i], self.new_keys[j]),
            self._similarity(self.old_sorted[i], self.new_sorted[j], score_cutoff=_REORDERED),
        )

    def _pair(self, i: int, j: int, score: float) -> None:
        self.old_to_new[i] = j
        self.new_to_old[j] = i
        self.score[i] = score

    # -- pass 2 -------------------------------------------------------------
    def _tokens_of(self, forward: bool, indices: list[int]) -> list[set[str]]:
        """The token sets of sentences of one side (old when ``forward``), computed once."""
        cache = self._token_sets[0 if forward else 1]
        keys = self.old_keys if forward else self.new_keys
        language = self.language
        same = self._same_token
        for i in filterfalse(cache.__contains__, indices):
            cache[i] = _tokens(keys[i], language, same)
        return list(map(cache.__getitem__, indices))

    def _candidates(
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
        n_dst = len(self.new_keys) if forward else len(self.old_keys)
        src_to_dst = self.old_to_new if forward else self.new_to_old
        # a token shared by this many sentences says little about any one of them
        crowded = max(32, 2 * self.options.candidates)
        limit = self.options.candidates
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
        widest = 2 * self.options.candidates
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
        dst_tokens = self._tokens_of(not forward, free_dst)
        # token -> how many free sentences of the other side hold it, for the
        # tokens rare enough to use
        rank = Counter(chain.from_iterable(dst_tokens))
        for t in list(compress(rank, map(crowded.__lt__, rank.values()))):
            del rank[t]
        rarest = [
            sorted(sorted(filter(rank.__contains__, tokens)), key=rank.__getitem__)[:10]
            for tokens in self._tokens_of(forward, free_src)
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
        free_old = list(filterfalse(self.old_to_new.__contains__, range(len(self.old_keys))))
        free_new = list(filterfalse(self.new_to_old.__contains__, range(len(self.new_keys))))
        if not free_old or not free_new:
            return
        many = len(free_old) + len(free_new) >= _MANY_SENTENCES
        if allowed is None:
            table = None
            if many:
                from diffreport.align.postings import TokenTable

                if self.language == "zh":
                    keys = (self.old_keys, free_old), (self.new_keys, free_new)
                    table = TokenTable.from_bigrams(
                        [[_PUNCT.sub("", side[i]) for i in free] for side, free in keys]
                    )
                else:
                    table = TokenTable.from_sets(
                        (self._tokens_of(True, free_old), self._tokens_of(False, free_new))
                    )
            allowed = self._candidates(True, free_old, free_new, table)
            _add_reverse(allowed, self._candidates(False, free_new, free_old, table))
        scorer = self._scored_in_one_batch if many else self._scored
        scored = scorer(allowed, threshold)
        # best first; ties go to the pair nearest the start of both texts, a rule
        # that reads the same whichever edition is called old
        scored.sort(key=lambda x: (-x[0], x[1] + x[2], x[1], x[2]))
        for s, i, j in scored:
            if i not in self.old_to_new and j not in self.new_to_old:
                self._pair(i, j, s)

    def _scored(
        self, allowed: dict[int, set[int]], threshold: float
    ) -> list[tuple[float, int, int]]:
        """(score, old, new) of the allowed pairs of free sentences that reach their bar."""
        from rapidfuzz import process

        scored: list[tuple[float, int, int]] = []
        # one batch per old sentence, cut at the lower of the two bars; a score at
        # or above the cutoff is exact, so each pair is then held to its own bar
        cutoff = min(threshold, _CROSS_ROLE)
        new_keys, new_heading = self.new_keys, self.new_heading
        for i, cands in allowed.items():
            if i in self.old_to_new:
                continue
            js = list(filterfalse(self.new_to_old.__contains__, cands))
            if not js:
                continue
            heading = self.old_heading[i]
            best: dict[int, float] = {}
            for query, choices, bar_of_batch in (
                (self.old_keys[i], new_keys, cutoff),
                (self.old_sorted[i], self.new_sorted, _REORDERED),
            ):
                for _, s, k in process.extract(
                    query,
                    list(map(choices.__getitem__, js)),
                    scorer=self._similarity,
                    score_cutoff=bar_of_batch,
                    limit=None,
                ):
                    best[k] = max(s, best.get(k, 0.0))
            for k, s in best.items():
                j = js[k]
                # a heading that became body text (or the reverse) must be nearly the same
                bar = threshold if heading == new_heading[j] else _CROSS_ROLE
                if s >= bar:
                    scored.append((s, i, j))
        return scored

    def _scored_in_one_batch(
        self, allowed: dict[int, set[int]], threshold: float
    ) -> list[tuple[float, int, int]]:
        """``_scored``, every pair in one call of rapidfuzz (``cpdist``), for long documents."""
        import numpy as np
        from rapidfuzz import process

        olds: list[int] = []
        news: list[int] = []
        for i, cands in allowed.items():
            if i not in self.old_to_new:
                js = list(filterfalse(self.new_to_old.__contains__, cands))
                olds.extend(repeat(i, len(js)))
                news.extend(js)
        if not olds:
            return []
        scores = np.maximum(
            *(
                process.cpdist(
                    list(map(old_keys.__getitem__, olds)),
                    list(map(new_keys.__getitem__, news)),
                    scorer=self._similarity,
                    score_cutoff=cutoff,
                    dtype=np.float64,
                )
                for old_keys, new_keys, cutoff in (
                    (self.old_keys, self.new_keys, min(threshold, _CROSS_ROLE)),
                    (self.old_sorted, self.new_sorted, _REORDERED),
                )
            )
        )
        old_at, new_at = np.array(olds), np.array(news)
        same_role = np.array(self.old_heading)[old_at] == np.array(self.new_heading)[new_at]
        # a heading that became body text (or the reverse) must be nearly the same
        passed = np.flatnonzero(scores >= np.where(same_role, threshold, _CROSS_ROLE))
        return list(
            zip(
                scores[passed].tolist(),
                old_at[passed].tolist(),
                new_at[passed].tolist(),
                strict=True,
            )
        )

    # -- pass 3 -------------------------------------------------------------
    def sections(self) -> list[tuple[int, int, float]]:
        """Section pairs (old, new, score), split/merged parts included."""
        self.secondary = {}
        old, new = self.old, self.new
        old_size, new_size = self.old_size, self.new_size
        shared: dict[tuple[int, int], float] = defaultdict(float)
        direct: dict[tuple[int, int], float] = defaultdict(float)
        old_keys, score_of = self.old_keys, self.score
        old_section, new_section = self.old_section, self.new_section
        ancestor_pairs = self._ancestor_pairs
        # the weights add up in the order of the pairs, as they always have
        for i, j in self.old_to_new.items():
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
        heads = self._heading_scores()
        candidates: dict[tuple[int, int], float] = dict.fromkeys(shared, 0.0)
        candidates.update(dict.fromkeys(heads, 0.0))
        candidates[(0, 0)] = 0.0
        for a, b in candidates:
            sa, sb = old.sections[a], new.sections[b]
            content = 2 * shared.get((a, b), 0.0) / max(1.0, old_size[a] + new_size[b])
            head = heads.get((a, b), 0.0)
            score = max(content, 0.55 * head + 0.45 * content) if head else content
            if sa.level != sb.level:
                score *= 0.7
            if a == 0 and b == 0:
                score = 1.0
            candidates[(a, b)] = score
        pairs: list[tuple[int, int, float]] = []
        used_old: set[int] = set()
        used_new: set[int] = set()
        for (a, b), score in sorted(
            candidates.items(), key=lambda x: (-x[1], x[0][0] + x[0][1], x[0])
        ):
            if score < self.options.section_threshold:
                break
            if a in used_old or b in used_new:
                continue
            pairs.append((a, b, score))
            used_old.add(a)
            used_new.add(b)
        self._pair_siblings_by_vocabulary(pairs, used_old, used_new)
        # A split (merge): an unpaired section whose paired sentences mostly come
        # from (go to) one section that is already paired pairs with it too.
        by_new: dict[int, list[tuple[float, int]]] = defaultdict(list)
        by_old: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for (a, b), w in direct.items():
            by_new[b].append((w, a))
            by_old[a].append((w, b))
        for b in range(len(new.sections)):
            if b in used_new or not by_new.get(b):
                continue
            w, a = max(by_new[b])
            if w >= 0.5 * sum(x for x, _ in by_new[b]) and w >= 0.3 * new_size[b]:
                pairs.append((a, b, min(1.0, 2 * w / max(1.0, old_size[a] + new_size[b]))))
                self.secondary[(a, b)] = "split"
                used_new.add(b)
                used_old.add(a)
        for a in range(len(old.sections)):
            if a in used_old or not by_old.get(a):
                continue
            w, b = max(by_old[a])
            if w >= 0.5 * sum(x for x, _ in by_old[a]) and w >= 0.3 * old_size[a]:
                pairs.append((a, b, min(1.0, 2 * w / max(1.0, old_size[a] + new_size[b]))))
                self.secondary[(a, b)] = "merge"
                used_old.add(a)
        return pairs

    def _heading_scores(self) -> dict[tuple[int, int], float]:
        """(old section, new section) -> similarity of their headings, when at least 0.4."""
        if self._heads is not None:
            return self._heads
        from rapidfuzz import process
        from rapidfuzz.distance import Indel as _Indel

        old_heads, new_heads = self.old_heads, self.new_heads
        new_grams = self.new_grams
        heads: dict[tuple[int, int], float] = {}
        for a, text in enumerate(old_heads):
            if not text:
                continue
            grams = self.old_grams[a]
            for _, score, b in process.extract(
                text,
                new_heads,
                scorer=_Indel.normalized_similarity,
                score_cutoff=0.2,
                limit=None,
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
                (self.old, self.old_keys, self.old_ancestors)
                if forward
                else (self.new, self.new_keys, self.new_ancestors)
            )
            # each subtree's tokens in document order, counted at once: the same
            # counts, in the same order, as counting sentence by sentence
            parts: dict[int, list[list[str]]] = {k: [] for k in missing}
            for s in doc.sentences:
                hit = [a for a in ancestors[s.section] if a in parts]
                if hit:
                    tokens = _token_list(keys[s.index], self.language)
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
        old, new = self.old, self.new
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
                    if score >= self.options.vocabulary_threshold:
                        scored.append((min(score, 1.0), a, b))
        for cos, a, b in sorted(scored, key=lambda x: (-x[0], x[1] + x[2], x[1], x[2])):
            if a not in used_old and b not in used_new:
                pairs.append((a, b, round(cos, 4)))
                used_old.add(a)
                used_new.add(b)

    def headings(self, section_pairs: list[tuple[int, int, float]]) -> None:
        """The heading sentences of paired sections pair with each other: a rename."""
        first_old = _heading_sentences(self.old)
        first_new = _heading_sentences(self.new)
        for a, b, _ in section_pairs:
            i, j = first_old.get(a), first_new.get(b)
            if i is None or j is None or i in self.old_to_new or j in self.new_to_old:
                continue
            self._pair(i, j, self._score(i, j))

    def local(self, section_pairs: list[tuple[int, int, float]]) -> None:
        """Score leftovers against the leftovers of their paired section, within their gap."""
        allowed = self._windows(True, section_pairs)
        _add_reverse(allowed, self._windows(False, section_pairs))
        self.fuzzy(self.options.local_threshold, allowed)

    def _windows(
        self, forward: bool, section_pairs: list[tuple[int, int, float]]
    ) -> dict[int, set[int]]:
        """Free sentences of the other side in a free sentence's paired sections and gap."""
        src_doc, dst_doc = (self.old, self.new) if forward else (self.new, self.old)
        src_to_dst = self.old_to_new if forward else self.new_to_old
        dst_to_src = self.new_to_old if forward else self.old_to_new
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
        before, after = self._bounds(forward)
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


def _moved_sections(
    doc_old: Document,
    doc_new: Document,
    pairs: list[tuple[int, int, float]],
    secondary: dict[tuple[int, int], str],
) -> set[tuple[int, int]]:
    """Primary section pairs out of order among their siblings."""
    primary = [(a, b) for a, b, _ in pairs if (a, b) not in secondary]
    pair_of_new = {b: a for a, b in primary}
    groups: dict[tuple[int | None, int | None], list[tuple[int, int]]] = defaultdict(list)
    for a, b in primary:
        pa = doc_old.sections[a].parent
        pb = doc_new.sections[b].parent
        # siblings: their parents are paired with each other (or both top level)
        key = (pa, pb) if pb is None or pair_of_new.get(pb) == pa else (None, -1 - b)
        groups[key].append((a, b))
    moved: set[tuple[int, int]] = set()
    for members in groups.values():
        members.sort(key=lambda x: (x[1], x[0]))
        keep = _lis([a for a, _ in members])
        moved.update(m for k, m in enumerate(members) if k not in keep)
    return moved


def align(
    old: Document, new: Document, options: CompareOptions | None = None
) -> tuple[tuple[SectionPair, ...], tuple[SentencePair, ...]]:
    """Section pairs and sentence pairs of two editions; every sentence appears exactly once."""
    options = options or CompareOptions()
    al = _Aligner(old, new, options)
    al.exact()
    al.fuzzy(options.match_threshold)
    section_pairs = al.sections()
    al.headings(section_pairs)
    al.local(section_pairs)
    section_pairs = al.sections()
    return _section_result(al, section_pairs), _sentence_result(al, section_pairs)


def _section_result(al: _Aligner, pairs: list[tuple[int, int, float]]) -> tuple[SectionPair, ...]:
    old, new = al.old, al.new
    moved = _moved_sections(old, new, pairs, al.secondary)
    out: list[tuple[tuple[float, int, int], SectionPair]] = []
    paired_old = {a for a, _, _ in pairs}
    paired_new = {b for _, b, _ in pairs}
    new_of_old: dict[int, int] = {}
    for a, b, score in pairs:
        new_of_old.setdefault(a, b)
        new_key = heading_key(new.sections[b].heading)
        same = new_key in (
            heading_key(old.sections[a].heading, al.delta),
            heading_key(old.sections[a].heading),
        )
        status = "moved" if (a, b) in moved else ("matched" if same else "renamed")
        relation = al.secondary.get((a, b), "pair")
        pair = SectionPair(status, a, b, round(score, 4), relation)  # type: ignore[arg-type]
        out.append(((b, 0, a), pair))
    for b in range(len(new.sections)):
        if b not in paired_new:
            out.append(((b, 0, -1), SectionPair("added", None, b, 0.0)))
    last_new = -1.0
    for a in range(len(old.sections)):
        if a in new_of_old:
            last_new = new_of_old[a]
        elif a not in paired_old:
            out.append(((last_new + 0.5, 1, a), SectionPair("removed", a, None, 0.0)))
    out.sort(key=itemgetter(0))
    return tuple(p for _, p in out)


def _sentence_result(
    al: _Aligner, section_pairs: list[tuple[int, int, float]]
) -> tuple[SentencePair, ...]:
    old, new = al.old, al.new
    # a sentence that went into a split-off part (or came from a merged-away one) moved
    paired_sections = {(a, b) for a, b, _ in section_pairs if (a, b) not in al.secondary}
    groups: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    moved: set[int] = set()
    for i, j in al.old_to_new.items():
        key = (old.sentences[i].section, new.sentences[j].section)
        if key in paired_sections:
            groups[key].append((i, j))
        else:
            moved.add(i)
    for members in groups.values():
        members.sort(key=lambda x: x[1])
        keep = _lis([i for i, _ in members])
        moved.update(m[0] for k, m in enumerate(members) if k not in keep)
    out: list[tuple[tuple[float, int, int], SentencePair]] = []
    for j in range(len(new.sentences)):
        partner = al.new_to_old.get(j)
        if partner is None:
            out.append(((j, 0, -1), SentencePair("added", None, j, 0.0)))
            continue
        i = partner
        same = old.sentences[i].key == new.sentences[j].key
        status = "moved" if i in moved else ("unchanged" if same else "modified")
        sim = 1.0 if same else round(min(al.score[i], 0.9999), 4)
        out.append(((j, 0, i), SentencePair(status, i, j, sim)))  # type: ignore[arg-type]
    last_new = -1.0
    for i in range(len(old.sentences)):
        if i in al.old_to_new:
            if i not in moved:
                last_new = al.old_to_new[i]
        else:
            out.append(((last_new + 0.5, 1, i), SentencePair("removed", i, None, 0.0)))
    out.sort(key=itemgetter(0))
    return tuple(p for _, p in out)
