"""Candidate partners of unpaired sentences, found in numpy for long documents.

``SentenceMatcher.candidates`` (``align.sentences``) gives each free sentence of
one side the free sentences of the other that share most of its rarest tokens.
In Python that is a ``Counter`` of postings per sentence; on ten reports a side
those postings are ten times longer too (each rare token occurs in every
edition), so the work grew with the square of the text until the crowded-token
cap. Here the same selection is a handful of sorts over (sentence, token) arrays.

The result is the Python path's, tie-breaks included: a sentence's rarest
tokens are the ten of lowest document frequency, equal ones in string order;
its candidates are the ``limit`` partners sharing most of them, equal ones in
the order they first appear in those tokens' postings. ``align`` takes this
path only for long documents (numpy's import costs more than a short pair's
whole search).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np

from diffreport._ngrams import code_points, first_occurrences

if TYPE_CHECKING:
    from numpy.typing import NDArray

    IntArray = NDArray[np.int64]

_RAREST = 10  # tokens of a sentence looked up


class TokenTable:
    """Both sides' token sets as flat (sentence, token id) arrays.

    Token ids are dense and follow the tokens' string order, so that sorting
    ids sorts strings; each side's entries are sorted by sentence and hold a
    sentence's token once.
    """

    def __init__(self, sides: Sequence[tuple[IntArray, IntArray]]) -> None:
        """``sides``: per side, (sentence, token code) arrays, the codes ordered as
        the tokens' strings; made dense here."""
        codes = np.concatenate([code for _, code in sides])
        _, dense = first_occurrences(codes)
        self.size = int(dense.max()) + 1 if len(dense) else 0
        self.sides: list[tuple[IntArray, IntArray]] = []
        at = 0
        for sentence, code in sides:
            self.sides.append((sentence, dense[at : at + len(code)]))
            at += len(code)

    @classmethod
    def from_sets(cls, sides: Sequence[Sequence[set[str]]]) -> TokenTable:
        """From each side's token sets (English words)."""
        vocabulary = sorted(set().union(*chain.from_iterable(sides)))
        ids = dict(zip(vocabulary, range(len(vocabulary)), strict=True))
        arrays = []
        for sets in sides:
            sizes = np.fromiter(map(len, sets), dtype=np.int64, count=len(sets))
            sentence = np.repeat(np.arange(len(sets), dtype=np.int64), sizes)
            token = np.fromiter(
                map(ids.__getitem__, chain.from_iterable(sets)),
                dtype=np.int64,
                count=int(sizes.sum()),
            )
            arrays.append((sentence, token))
        return cls(arrays)

    @classmethod
    def from_bigrams(cls, sides: Sequence[Sequence[str]]) -> TokenTable:
        """From each side's sentence texts (Chinese, punctuation removed): the tokens
        of a text are its character bigrams, or the text itself when it is one
        character long (``align.keys.sentence_tokens``)."""
        return cls([_bigrams(texts) for texts in sides])

    def candidates(
        self, forward: bool, crowded: int, limit: int
    ) -> tuple[list[int], list[list[int]]]:
        """For the sentences of one side (the first when ``forward``) that have any,
        their candidates on the other side: (sentences, candidate lists), as
        positions in the two sides' sequences, candidates in no set order."""
        src_sentence, src_token = self.sides[0 if forward else 1]
        dst_sentence, dst_token = self.sides[1 if forward else 0]
        if limit <= 0 or not len(src_token) or not len(dst_token):
            return [], []
        frequency = np.bincount(dst_token, minlength=self.size)
        usable = (frequency > 0) & (frequency <= crowded)
        keep = usable[src_token]
        sentence, token = src_sentence[keep], src_token[keep]
        # each sentence's rarest tokens: by frequency, then string order
        order = np.lexsort((token, frequency[token], sentence))
        sentence, token = sentence[order], token[order]
        rank = _rank_in_group(sentence)
        chosen = rank < _RAREST
        sentence, token = sentence[chosen], token[chosen]
        # postings: the other side's sentences holding each token, ascending
        by_token = np.lexsort((dst_sentence, dst_token))
        postings = dst_sentence[by_token]
        starts = np.concatenate(([0], np.cumsum(frequency)[:-1]))
        lengths = frequency[token]
        total = int(lengths.sum())
        if not total:
            return [], []
        # one row per (sentence, posting), in the order a Counter would see them
        ends = np.cumsum(lengths)
        within = np.arange(total, dtype=np.int64) - np.repeat(ends - lengths, lengths)
        source = np.repeat(sentence, lengths)
        partner = postings[np.repeat(starts[token], lengths) + within]
        n_dst = int(dst_sentence.max()) + 1
        first, inverse = first_occurrences(source * n_dst + partner)
        shared = np.bincount(inverse)
        pair_source = source[first]
        pair_partner = partner[first]
        # per sentence: most shared first, then first seen; the first ``limit``
        order = np.lexsort((first, -shared, pair_source))
        pair_source, pair_partner = pair_source[order], pair_partner[order]
        best = _rank_in_group(pair_source) < limit
        pair_source, pair_partner = pair_source[best], pair_partner[best]
        bounds = np.flatnonzero(np.diff(pair_source)) + 1
        heads = np.concatenate(([0], bounds)).tolist() if len(pair_source) else []
        partners = pair_partner.tolist()
        edges = [*heads, len(partners)]
        return (
            pair_source[heads].tolist(),
            list(map(partners.__getitem__, map(slice, edges, edges[1:]))),
        )


def _bigrams(texts: Sequence[str]) -> tuple[IntArray, IntArray]:
    """(sentence, code) of each distinct bigram of each text, sorted.

    A bigram's code is its two code points side by side (``a << 21 | b``), a
    one-character text's its code point followed by nothing (``a << 21``):
    codes then sort as the strings do.
    """
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    units = code_points("".join(texts)).astype(np.int64)
    sentence = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    ends = np.cumsum(lengths)
    # the starts of bigrams: units followed by another of the same text
    pair = np.flatnonzero(sentence[1:] == sentence[:-1])
    code = units[pair] << 21 | units[pair + 1]
    which = sentence[pair]
    single = np.flatnonzero(lengths == 1)
    code = np.concatenate((code, units[ends[single] - 1] << 21))
    which = np.concatenate((which, single))
    keys = np.sort(which << 42 | code)
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if len(keys) else keys
    return keys >> 42, keys & ((1 << 42) - 1)


def _rank_in_group(group: IntArray) -> IntArray:
    """For a sorted array of group labels, each element's position within its group."""
    if not len(group):
        return group
    new = np.empty(len(group), dtype=bool)
    new[0] = True
    np.not_equal(group[1:], group[:-1], out=new[1:])
    heads = np.flatnonzero(new)
    sizes = np.diff(np.concatenate((heads, [len(group)])))
    return np.arange(len(group), dtype=np.int64) - np.repeat(heads, sizes)
