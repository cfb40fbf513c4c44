"""Pairing the same metric across two editions and saying whether its figure changed.

Quantities of paired sentences pair first; what is left pairs by metric (same kind,
unit and horizon; the same metric name first, then similar names). Restatements
are reported once, and a figure the other edition states anyway is no news.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from diffreport.analyze.numbers.document import Memo, document_quantities
from diffreport.analyze.numbers.kinds import horizons, with_horizon
from diffreport.lexicon import en, zh
from diffreport.model import (
    Document,
    LocatedQuantity,
    NumberChange,
    NumberStatus,
    Quantity,
    SentencePair,
)
from diffreport.options import CompareOptions

_KEY_STRIP = re.compile(r"[\s“”\"‘’《》「」()（）,，.。:：;；、·\-—]+")


@functools.lru_cache(maxsize=1 << 16)
def metric_key(metric: str) -> str:
    """The form of a metric name used to pair it across editions (years and punctuation gone)."""
    key = unicodedata.normalize("NFKC", metric).lower()
    key = re.sub(r"(?:19|20)\d{2}年?", "", key)
    key = en.ARTICLES.sub("", key)
    return _KEY_STRIP.sub("", key)


_FUZZY_SAME_FIGURE_CUTOFF = 70.0  # WRatio of two metric names that state the same figure
_SAME_FIGURE_BONUS = 15.0
_FUZZY_MIN_KEY = 3
_FUZZY_LIMIT = 1_000_000  # leftover pairs compared by metric name, at most


def _same(a: Quantity, b: Quantity) -> bool:
    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is y
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)

    return close(a.value, b.value) and close(a.high, b.high) and a.qualifier == b.qualifier


def _distance(a: Quantity, b: Quantity) -> float:
    x, y = abs(a.value), abs(b.value)
    if x == 0 or y == 0:
        return abs(x - y)
    return abs(math.log(x / y))


_PAIRWISE_LIMIT = 250_000  # quantity pairs of one metric compared one by one, at most


def _pair_bucket_large(
    olds: list[LocatedQuantity], news: list[LocatedQuantity]
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """:func:`_pair_bucket` for a metric stated thousands of times: identical figures in
    document order, then the rest by rank of value; O(n log n)."""
    waiting: dict[tuple[float, float | None, str | None], list[LocatedQuantity]] = {}
    for n in reversed(news):
        waiting.setdefault((n.quantity.value, n.quantity.high, n.quantity.qualifier), []).append(n)
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_old: list[LocatedQuantity] = []
    for o in olds:
        queue = waiting.get((o.quantity.value, o.quantity.high, o.quantity.qualifier))
        if queue:
            pairs.append((o, queue.pop()))
        else:
            rest_old.append(o)
    rest_new = [n for queue in waiting.values() for n in queue]
    rest_old.sort(key=lambda x: (x.quantity.value, x.sentence))
    rest_new.sort(key=lambda x: (x.quantity.value, x.sentence))
    count = min(len(rest_old), len(rest_new))
    pairs.extend(zip(rest_old[:count], rest_new[:count], strict=True))
    return pairs, rest_old[count:], rest_new[count:]


def _pair_bucket(
    olds: list[LocatedQuantity],
    news: list[LocatedQuantity],
    docs: tuple[Document, Document],
    options: CompareOptions,
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """Pair one metric's quantities: identical figures first, then the same sentence
    edited (its text mostly kept), then the closest values.

    Ties go to the quantity at the nearest relative place in its document, so a
    figure stated in several paragraphs pairs with its own paragraph.
    """
    if len(olds) * len(news) > _PAIRWISE_LIMIT:
        return _pair_bucket_large(olds, news)
    n_old, n_new = max(len(docs[0].sentences), 1), max(len(docs[1].sentences), 1)

    def place(old: LocatedQuantity, new: LocatedQuantity) -> float:
        return abs(old.sentence / n_old - new.sentence / n_new)

    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_new = list(news)
    rest_old: list[LocatedQuantity] = []
    for old in olds:
        same = [n for n in rest_new if _same(old.quantity, n.quantity)]
        if not same:
            rest_old.append(old)
            continue
        hit = min(same, key=lambda n: place(old, n))
        pairs.append((old, hit))
        rest_new.remove(hit)
    if rest_old and len(rest_new) > 1:
        from rapidfuzz import fuzz

        def similarity(old: LocatedQuantity, new: LocatedQuantity) -> float:
            a = docs[0].sentences[old.sentence].key
            b = docs[1].sentences[new.sentence].key
            return fuzz.ratio(a, b, score_cutoff=options.same_sentence_ratio)

        still_old: list[LocatedQuantity] = []
        for old in rest_old:
            scored = [(similarity(old, n), n) for n in rest_new]
            best_score = max((score for score, _ in scored), default=0.0)
            if best_score <= 0:
                still_old.append(old)
                continue
            hit = next(n for score, n in scored if score == best_score)
            pairs.append((old, hit))
            rest_new.remove(hit)
        rest_old = still_old
    unmatched_old: list[LocatedQuantity] = []
    for old in rest_old:
        if not rest_new:
            unmatched_old.append(old)
            continue
        best = min(
            rest_new, key=lambda n: (round(_distance(old.quantity, n.quantity), 9), place(old, n))
        )
        pairs.append((old, best))
        rest_new.remove(best)
    return pairs, unmatched_old, rest_new


def _fuzzy_pairs(
    olds: list[LocatedQuantity], news: list[LocatedQuantity], options: CompareOptions
) -> list[tuple[LocatedQuantity, LocatedQuantity]]:
    """Pair leftovers of one (kind, unit) group by similar metric names, best scores first.

    Among similar names, the one with the same figure wins (a counted item reworded
    around an unchanged number is more likely the same item than one whose figure moved).
    """
    from rapidfuzz import fuzz, process

    if not olds or not news or len(olds) * len(news) > _FUZZY_LIMIT:
        return []  # beyond the limit the leftovers stay added and removed
    new_keys = [metric_key(n.quantity.metric) for n in news]
    # editions repeat their metric names: each distinct pair of names is scored once,
    # and ranked as process.extract(limit=10) ranks (score, then index in new_keys)
    where: dict[str, list[int]] = {}
    for j, new_key in enumerate(new_keys):
        where.setdefault(new_key, []).append(j)
    distinct = list(where)
    # two names without a character in common score 0 (below any cutoff): each name
    # is scored only against the names that share a character with it
    sharing: dict[str, set[int]] = {}
    spaced: set[int] = set()  # a name with whitespace has tokens: always scored
    for u, name in enumerate(distinct):
        if any(c.isspace() for c in name):
            spaced.add(u)
        for c in name:
            sharing.setdefault(c, set()).add(u)
    best: dict[str, list[tuple[float, int]]] = {}
    candidates: list[tuple[float, int, int]] = []
    for i, old in enumerate(olds):
        key = metric_key(old.quantity.metric)
        if len(key) < _FUZZY_MIN_KEY:
            continue  # 企业, 项目: too short to say which item it is by likeness alone
        ranked = best.get(key)
        if ranked is None:
            if any(c.isspace() for c in key):
                near = list(range(len(distinct)))
            else:
                near = sorted(spaced.union(*(sharing.get(c, ()) for c in set(key))))
            scored = [
                (score, j)
                for _choice, score, k in process.extract(
                    key,
                    [distinct[u] for u in near],
                    scorer=fuzz.WRatio,
                    score_cutoff=_FUZZY_SAME_FIGURE_CUTOFF,
                    limit=None,
                )
                for j in where[distinct[near[k]]]
            ]
            scored.sort(key=lambda c: (-c[0], c[1]))
            ranked = best[key] = scored[:10]
        for score, j in ranked:
            if len(new_keys[j]) < _FUZZY_MIN_KEY:
                continue
            if (
                _same(old.quantity, news[j].quantity)
                or old.quantity.value == news[j].quantity.value
            ):
                candidates.append((score + _SAME_FIGURE_BONUS, i, j))
            elif score >= options.metric_name_cutoff:
                candidates.append((score, i, j))
    # equally similar names: the closer figure first (14万亿元 pairs with 14.58万亿元, not
    # with the 11.37万亿元 it grew from)
    candidates.sort(
        key=lambda c: (-c[0], _distance(olds[c[1]].quantity, news[c[2]].quantity), c[1], c[2])
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    for _score, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((olds[i], news[j]))
    return pairs


_STATUS_ORDER = {"changed": 0, "added": 1, "removed": 2, "unchanged": 3}


def _is_increment(q: Quantity) -> bool:
    """``标准提高30元`` is a change of a level, never to be paired with a level (``达到700元``).

    Percentages are left alone: ``增长5%`` is how a growth rate is stated.
    """
    return q.verb in zh.LEVEL_CHANGE_VERBS and q.unit not in ("%", "‰", "个百分点")


_BARE_METRICS = zh.BARE_METRICS | en.BARE_METRICS


_Signature = tuple[str, str, float, float | None, str | None]


def _signature(q: Quantity) -> _Signature:
    return (metric_key(q.metric), q.unit, q.value, q.high, q.qualifier)


def _anchors(
    old: Document, new: Document, sentences: Sequence[SentencePair] | None
) -> list[tuple[int, int, bool]]:
    """Sentence pairs whose quantities pair first: (old index, new index, identical).

    With the alignment, every paired sentence; without it, sentences whose comparison
    key is identical on both sides (in order of occurrence, so a repeated sentence
    pairs with its own repeat).
    """
    if sentences is not None:
        return [
            (p.old, p.new, p.status in ("unchanged", "moved"))
            for p in sentences
            if p.old is not None and p.new is not None
        ]
    waiting: dict[str, list[int]] = {}
    for sentence in reversed(new.sentences):
        waiting.setdefault(sentence.key, []).append(sentence.index)
    anchors: list[tuple[int, int, bool]] = []
    for sentence in old.sentences:
        queue = waiting.get(sentence.key)
        if queue:
            anchors.append((sentence.index, queue.pop(), True))
    return anchors


def _pair_in_sentence(
    olds: list[LocatedQuantity], news: list[LocatedQuantity], identical: bool
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """Pair the quantities of two paired sentences.

    Identical sentences pair position by position. A modified sentence pairs a
    quantity with the one of the same metric and unit (closest value first); what
    is left pairs when its unit has exactly one quantity left on each side (a
    reworded subject renames the metric, the figure is the same figure).
    """
    if identical and len(olds) == len(news):
        return list(zip(olds, news, strict=True)), [], []
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_old: list[LocatedQuantity] = []
    rest_new = list(news)
    for o in olds:
        key = (metric_key(o.quantity.metric), o.quantity.unit)
        same = [n for n in rest_new if (metric_key(n.quantity.metric), n.quantity.unit) == key]
        if not same:
            rest_old.append(o)
            continue
        best = min(
            same,
            key=lambda n: (
                0 if _same(o.quantity, n.quantity) else 1,
                _distance(o.quantity, n.quantity),
            ),
        )
        pairs.append((o, best))
        rest_new.remove(best)
    left_old: list[LocatedQuantity] = []
    for o in rest_old:
        unit = o.quantity.unit
        mine = [x for x in rest_old if x.quantity.unit == unit]
        theirs = [n for n in rest_new if n.quantity.unit == unit]
        if len(mine) == 1 and len(theirs) == 1:
            pairs.append((o, theirs[0]))
            rest_new.remove(theirs[0])
        else:
            left_old.append(o)
    return pairs, left_old, rest_new


@dataclass
class _Ledger:
    """Both editions' quantities and the changes recorded so far, in the order found."""

    old: Document
    new: Document
    all_old: tuple[LocatedQuantity, ...]
    all_new: tuple[LocatedQuantity, ...]
    #: the horizon of each figure over several years, by ``id`` (see :func:`horizons`)
    multi_year: dict[int, str]
    #: every quantity's signature, computed once, by ``id`` of the quantity
    signatures: dict[int, _Signature]
    changes: list[NumberChange] = field(default_factory=list)

    @classmethod
    def read(cls, old: Document, new: Document) -> _Ledger:
        """The quantities of both editions (each distinct sentence read once)."""
        memo: Memo = {}
        all_old = document_quantities(old, memo)
        all_new = document_quantities(new, memo)
        # a five-year goal and a one-year target of one metric are two figures: they pair
        # only with their own horizon, one does not restate the other, and the metric
        # says which it is
        multi_year = {**horizons(old, all_old), **horizons(new, all_new)}
        signatures: dict[int, _Signature] = {}
        for x in (*all_old, *all_new):
            if id(x.quantity) not in signatures:
                signatures[id(x.quantity)] = _signature(x.quantity)
        return cls(old, new, all_old, all_new, multi_year, signatures)

    def record(self, o: LocatedQuantity | None, n: LocatedQuantity | None) -> None:
        """A change from ``o`` to ``n`` (either may be missing), named by the newer side."""
        shown = n if n is not None else o
        if shown is None:
            return
        status: NumberStatus
        if o is None:
            status = "added"
        elif n is None:
            status = "removed"
        else:
            status = "unchanged" if _same(o.quantity, n.quantity) else "changed"
        metric = with_horizon(shown.quantity.metric, self.multi_year.get(id(shown)))
        self.changes.append(NumberChange(status, metric, shown.quantity.kind, o, n))

    def figure_of(self, x: LocatedQuantity) -> tuple[object, ...]:
        """The figure ``x`` states: its signature and whether it spans several years."""
        return (*self.signatures[id(x.quantity)], id(x) in self.multi_year)

    def stated(self, x: LocatedQuantity) -> tuple[object, ...]:
        """The figure ``x`` states without its name, and its kind."""
        return (*self.signatures[id(x.quantity)][1:], x.quantity.kind)


def compare_quantities(
    old: Document,
    new: Document,
    sentences: Sequence[SentencePair] | None = None,
    options: CompareOptions | None = None,
) -> tuple[NumberChange, ...]:
    """Pair the same metric across two editions and say whether its figure changed.

    Quantities of paired sentences pair first: with ``sentences`` (the alignment of
    the two documents) every paired sentence, without it every sentence that is
    identical on both sides. What is left pairs by metric across the documents
    (same kind and unit; the same metric name first, then similar names). A
    figure repeated in the same state is reported once; an added or removed
    figure that the other edition states anyway is not reported.

    Order: targets first (changed, added, removed, unchanged), then actuals in the
    same order; within a status, in document order.
    """
    if options is None:
        options = CompareOptions()
    ledger = _Ledger.read(old, new)
    olds_left, news_left = _pair_paired_sentences(ledger, sentences)
    unpaired_old, unpaired_new = _pair_by_metric(ledger, olds_left, news_left, options)
    _record_added_and_removed(ledger, unpaired_old, unpaired_new)
    kept = _once_per_figure(ledger)
    kept.sort(key=_reading_order)
    return tuple(kept)


def _pair_paired_sentences(
    ledger: _Ledger, sentences: Sequence[SentencePair] | None
) -> tuple[list[LocatedQuantity], list[LocatedQuantity]]:
    """Record the pairs of quantities of paired sentences; return what is left unpaired."""
    by_old = _by_sentence(ledger.all_old)
    by_new = _by_sentence(ledger.all_new)
    anchored_old: set[int] = set()
    anchored_new: set[int] = set()
    for i, j, identical in _anchors(ledger.old, ledger.new, sentences):
        olds, news = by_old.get(i, []), by_new.get(j, [])
        if not olds and not news:
            continue
        pairs, _rest_old, _rest_new = _pair_in_sentence(olds, news, identical)
        for o, n in pairs:
            ledger.record(o, n)
            anchored_old.add(id(o))
            anchored_new.add(id(n))
    return (
        [x for x in ledger.all_old if id(x) not in anchored_old],
        [x for x in ledger.all_new if id(x) not in anchored_new],
    )


def _by_sentence(items: Sequence[LocatedQuantity]) -> dict[int, list[LocatedQuantity]]:
    by: dict[int, list[LocatedQuantity]] = {}
    for item in items:
        by.setdefault(item.sentence, []).append(item)
    return by


def _pair_by_metric(
    ledger: _Ledger,
    olds_left: list[LocatedQuantity],
    news_left: list[LocatedQuantity],
    options: CompareOptions,
) -> tuple[list[LocatedQuantity], list[LocatedQuantity]]:
    """Record the pairs of what is left, by metric within each (kind, unit, increment,
    horizon) group: the same name first, then similar names; return what stays unpaired."""
    groups: dict[
        tuple[str, str, bool, bool], tuple[list[LocatedQuantity], list[LocatedQuantity]]
    ] = {}
    for side, items in ((0, olds_left), (1, news_left)):
        for item in items:
            q = item.quantity
            group_key = (q.kind, q.unit, _is_increment(q), id(item) in ledger.multi_year)
            groups.setdefault(group_key, ([], []))[side].append(item)
    unpaired_old: list[LocatedQuantity] = []
    unpaired_new: list[LocatedQuantity] = []
    for group_old, group_new in groups.values():
        left_old, left_new = _pair_by_same_name(ledger, group_old, group_new, options)
        paired_old: set[int] = set()
        paired_new: set[int] = set()
        for o, n in _fuzzy_pairs(left_old, left_new, options):
            ledger.record(o, n)
            paired_old.add(id(o))
            paired_new.add(id(n))
        unpaired_old.extend(o for o in left_old if id(o) not in paired_old)
        unpaired_new.extend(n for n in left_new if id(n) not in paired_new)
    return unpaired_old, unpaired_new


def _pair_by_same_name(
    ledger: _Ledger,
    group_old: list[LocatedQuantity],
    group_new: list[LocatedQuantity],
    options: CompareOptions,
) -> tuple[list[LocatedQuantity], list[LocatedQuantity]]:
    """Record the pairs of one group's quantities whose metric names are the same."""
    buckets: dict[str, tuple[list[LocatedQuantity], list[LocatedQuantity]]] = {}
    for side, items in ((0, group_old), (1, group_new)):
        for item in items:
            buckets.setdefault(metric_key(item.quantity.metric), ([], []))[side].append(item)
    left_old: list[LocatedQuantity] = []
    left_new: list[LocatedQuantity] = []
    for name, (bucket_old, bucket_new) in buckets.items():
        if not name:  # figures with no name found: nothing says two of them are one
            left_old.extend(bucket_old)
            left_new.extend(bucket_new)
            continue
        docs = (ledger.old, ledger.new)
        pairs, rest_old, rest_new = _pair_bucket(bucket_old, bucket_new, docs, options)
        for o, n in pairs:
            ledger.record(o, n)
        left_old.extend(rest_old)
        left_new.extend(rest_new)
    return left_old, left_new


def _record_added_and_removed(
    ledger: _Ledger, unpaired_old: list[LocatedQuantity], unpaired_new: list[LocatedQuantity]
) -> None:
    """Record the figures left unpaired as removed and added, unless they only restate.

    An added or removed figure that is only a restatement is not news: the other
    edition states it anyway, or this edition reports it already (a target repeated
    in the paragraph that explains it), or it is a target named only by a bare word
    (5.5%左右的预期增长目标: 增长) that restates a named target of its edition.
    """
    old_figures = {ledger.figure_of(x) for x in ledger.all_old}
    new_figures = {ledger.figure_of(x) for x in ledger.all_new}
    reported_old = {ledger.figure_of(c.old) for c in ledger.changes if c.old is not None}
    reported_new = {ledger.figure_of(c.new) for c in ledger.changes if c.new is not None}
    named_old = {ledger.stated(x) for x in ledger.all_old if not _is_bare(x)}
    named_new = {ledger.stated(x) for x in ledger.all_new if not _is_bare(x)}

    def restated(x: LocatedQuantity, named: set[tuple[object, ...]]) -> bool:
        return x.quantity.kind == "target" and _is_bare(x) and ledger.stated(x) in named

    for o in unpaired_old:
        figure = ledger.figure_of(o)
        if figure not in new_figures and figure not in reported_old and not restated(o, named_old):
            ledger.record(o, None)
    for n in unpaired_new:
        figure = ledger.figure_of(n)
        if figure not in old_figures and figure not in reported_new and not restated(n, named_new):
            ledger.record(None, n)


def _is_bare(x: LocatedQuantity) -> bool:
    """Whether ``x`` is named only by a word that says it grows or is aimed at."""
    return metric_key(x.quantity.metric) in _BARE_METRICS


def _once_per_figure(ledger: _Ledger) -> list[NumberChange]:
    """One entry per figure that stayed, appeared or went (a target restated in a later
    paragraph); every changed place is its own entry."""
    seen: set[tuple[object, ...]] = set()
    kept: list[NumberChange] = []
    for change in ledger.changes:
        if change.status == "changed":
            kept.append(change)
            continue
        key = (
            change.status,
            change.kind,
            None if change.old is None else ledger.figure_of(change.old),
            None if change.new is None else ledger.figure_of(change.new),
        )  # a five-year goal and this year's target of one figure are two entries
        if key in seen:
            continue
        seen.add(key)
        kept.append(change)
    return kept


def _reading_order(change: NumberChange) -> tuple[int, int, int, int]:
    """Targets before actuals, then by status, then where the figure stands."""
    position = change.new.sentence if change.new else -1
    old_position = change.old.sentence if change.old else -1
    return (
        0 if change.kind == "target" else 1,
        _STATUS_ORDER[change.status],
        position if position >= 0 else old_position,
        old_position,
    )
