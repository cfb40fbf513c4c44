"""Pairing the same metric across two editions and saying whether its figure changed.

Quantities of paired sentences pair first; what is left pairs by metric (same kind,
unit and horizon; the same metric name first, then similar names). Restatements
are reported once, and a figure the other edition states anyway is no news.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from diffreport.analyze.numbers.document import Memo, document_quantities
from diffreport.analyze.numbers.kinds import horizons, with_horizon
from diffreport.analyze.numbers.matching import (
    anchors,
    fuzzy_pairs,
    metric_key,
    pair_bucket,
    pair_in_sentence,
    pair_name,
    pairing_form,
    same_figure,
)
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
            status = "unchanged" if same_figure(o.quantity, n.quantity) else "changed"
        name = shown.quantity.metric
        if not name and o is not None and n is not None and o.quantity.form is not None:
            name = o.quantity.metric  # a Chinese figure named on one side takes that name
        metric = with_horizon(name, self.multi_year.get(id(shown)))
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
    olds_left, news_left = _pair_paired_sentences(ledger, sentences, options)
    unpaired_old, unpaired_new = _pair_by_metric(ledger, olds_left, news_left, options)
    _record_added_and_removed(ledger, unpaired_old, unpaired_new)
    kept = _once_per_figure(ledger)
    kept.sort(key=_reading_order)
    return tuple(kept)


def _pair_paired_sentences(
    ledger: _Ledger, sentences: Sequence[SentencePair] | None, options: CompareOptions
) -> tuple[list[LocatedQuantity], list[LocatedQuantity]]:
    """Record the pairs of quantities of paired sentences; return what is left unpaired."""
    by_old = _by_sentence(ledger.all_old)
    by_new = _by_sentence(ledger.all_new)
    anchored_old: set[int] = set()
    anchored_new: set[int] = set()
    for i, j, identical in anchors(ledger.old, ledger.new, sentences):
        olds, news = by_old.get(i, []), by_new.get(j, [])
        if not olds and not news:
            continue
        pairs, _rest_old, _rest_new = pair_in_sentence(olds, news, identical, options)
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
    """Record the pairs of what is left, by metric within each (kind, unit, form,
    horizon) group: the same name first, then similar names; return what stays
    unpaired. A figure without a form (English) is grouped by its verb: an increment
    apart from a level. A recurring period does not split a group: 月最低标准 and
    最低标准 name one standard."""
    groups: dict[tuple[object, ...], tuple[list[LocatedQuantity], list[LocatedQuantity]]] = {}
    for side, items in ((0, olds_left), (1, news_left)):
        for item in items:
            q = item.quantity
            group_key = (
                q.kind,
                q.unit,
                pairing_form(q) if q.form is not None else _is_increment(q),
                id(item) in ledger.multi_year,
            )
            groups.setdefault(group_key, ([], []))[side].append(item)
    unpaired_old: list[LocatedQuantity] = []
    unpaired_new: list[LocatedQuantity] = []
    for group_old, group_new in groups.values():
        left_old, left_new = _pair_by_same_name(ledger, group_old, group_new, options)
        paired_old: set[int] = set()
        paired_new: set[int] = set()
        for o, n in fuzzy_pairs(left_old, left_new, options):
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
            buckets.setdefault(pair_name(item.quantity), ([], []))[side].append(item)
    left_old: list[LocatedQuantity] = []
    left_new: list[LocatedQuantity] = []
    for name, (bucket_old, bucket_new) in buckets.items():
        if not name:  # figures with no name found: nothing says two of them are one
            left_old.extend(bucket_old)
            left_new.extend(bucket_new)
            continue
        docs = (ledger.old, ledger.new)
        pairs, rest_old, rest_new = pair_bucket(bucket_old, bucket_new, docs, options)
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
    edition states it anyway (a removed target, as a target again: one the next edition
    reports as met is removed), or this edition reports it already (a target repeated
    in the paragraph that explains it), or it is a target named only by a bare word
    (5.5%左右的预期增长目标: 增长) that restates a named target of its edition.
    """
    old_figures = {ledger.figure_of(x) for x in ledger.all_old}
    new_figures = {ledger.figure_of(x) for x in ledger.all_new}
    # a target the next edition reports as met (今年…完成易地扶贫搬迁280万人, then 易地扶贫
    # 搬迁280万人 among last year's results) was not set again: it is removed
    new_targets = {ledger.figure_of(x) for x in ledger.all_new if x.quantity.kind == "target"}
    reported_old = {ledger.figure_of(c.old) for c in ledger.changes if c.old is not None}
    reported_new = {ledger.figure_of(c.new) for c in ledger.changes if c.new is not None}
    named_old = {ledger.stated(x) for x in ledger.all_old if not _is_bare(x)}
    named_new = {ledger.stated(x) for x in ledger.all_new if not _is_bare(x)}

    def restated(x: LocatedQuantity, named: set[tuple[object, ...]]) -> bool:
        return x.quantity.kind == "target" and _is_bare(x) and ledger.stated(x) in named

    for o in unpaired_old:
        figure = ledger.figure_of(o)
        stated_again = figure in (new_targets if o.quantity.kind == "target" else new_figures)
        if not stated_again and figure not in reported_old and not restated(o, named_old):
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


def _reading_order(change: NumberChange) -> tuple[int, int, bool, int, int]:
    """Targets before actuals, then by status, the year's before a multi-year span's (the
    “十三五” goals a report sets out before its year's plan), then where the figure stands."""
    position = change.new.sentence if change.new else -1
    old_position = change.old.sentence if change.old else -1
    shown = change.new or change.old
    return (
        0 if change.kind == "target" else 1,
        _STATUS_ORDER[change.status],
        shown is not None and shown.quantity.period == "span",
        position if position >= 0 else old_position,
        old_position,
    )
