"""Number paths: one metric followed across the editions of a series.

The quantities paired by the consecutive comparisons'
``NumberChange``s form chains, one value per edition. A path means one thing:
a pair extends a chain only when both figures agree on kind, unit and form
(``series.forms``: a percentage never next to 亿元, ``增加2700亿元`` never next to
the level 2.38万亿元); a figure whose pair disagrees starts a path of its own, so
nothing is dropped. Names that share no word (``related_metrics``: 国内生产总值 /
二氧化碳排放) are not linked either. A chain that ends and a later one with the same kind, unit,
form and ``metric_key`` are then joined: after a gap, or right after it when the
key is specific (``_ADJACENT_MIN_KEY`` characters, so that a path cut by a refused
pair continues: 财政赤字 2.18万亿元 → 2.38万亿元). A series of one edition has a
path for each distinct metric and form it states.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from diffreport.lexicon import en
from diffreport.model import Comparison, Document, LocatedQuantity, NumberPath
from diffreport.series.forms import PathForm, path_key

#: a path joins the one that ends right before it only with a metric key this long
#: (赤字率, 财政赤字); shorter keys (人均, 投资) name too many figures
_ADJACENT_MIN_KEY = 3

_Sig = tuple[str, str, str, str]


def number_paths(docs: Sequence[Document], comps: Sequence[Comparison]) -> list[NumberPath]:
    """The metrics followed across the editions: targets first, the most present first."""
    from diffreport.analyze.numbers import metric_key

    n = len(docs)
    paths: list[list[LocatedQuantity | None]] = []
    chain_of: list[dict[LocatedQuantity, int]] = [{} for _ in docs]
    keys: dict[tuple[int, LocatedQuantity], tuple[str, str, PathForm]] = {}

    def key(i: int, lq: LocatedQuantity) -> tuple[str, str, PathForm]:
        if (i, lq) not in keys:
            keys[i, lq] = path_key(lq, docs[i])
        return keys[i, lq]

    def start(i: int, lq: LocatedQuantity) -> int:
        chain_of[i][lq] = len(paths)
        row: list[LocatedQuantity | None] = [None] * n
        row[i] = lq
        paths.append(row)
        return len(paths) - 1

    for i, comp in enumerate(comps):
        for change in comp.changes.numbers:
            cid: int | None = None
            if change.old is not None:
                cid = chain_of[i].get(change.old)
                if cid is None:
                    cid = start(i, change.old)
            if change.new is None or change.new in chain_of[i + 1]:
                continue
            if (
                cid is not None
                and paths[cid][i + 1] is None
                and change.old is not None
                and key(i, change.old) == key(i + 1, change.new)
                and related_metrics(change.old.quantity.metric, change.new.quantity.metric)
            ):
                paths[cid][i + 1] = change.new
                chain_of[i + 1][change.new] = cid
            else:
                start(i + 1, change.new)
    if n == 1:
        from diffreport.analyze.numbers import document_quantities

        seen: set[_Sig] = set()
        for lq in document_quantities(docs[0]):
            sig = (*key(0, lq), metric_key(lq.quantity.metric))
            if sig not in seen:
                seen.add(sig)
                start(0, lq)

    sigs: list[_Sig] = []
    for row in paths:
        first = next(i for i, v in enumerate(row) if v is not None)
        head = row[first]
        assert head is not None
        sigs.append((*key(first, head), metric_key(head.quantity.metric)))
    alive = _join_gaps(paths, n, sigs)
    result = [_path(row, key) for cid, row in enumerate(paths) if alive[cid]]
    result.sort(key=_order)
    return result


def related_metrics(a: str, b: str) -> bool:
    """Whether two metric names may name one quantity: one begins or ends the other, or they
    share a two-character word (Chinese: 能耗强度 / 单位国内生产总值能耗) or a word (English).

    Names that share nothing (国内生产总值 / 二氧化碳排放) are two quantities, whatever a
    pairwise comparison paired; an empty name tells nothing and is not refused.
    """
    from diffreport.analyze.numbers import metric_key

    ka, kb = metric_key(a), metric_key(b)
    if not ka or not kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    if short in long_:
        # 赤字率 / 财政赤字率, 氨氮排放 / 氨氮排放量; but 国内生产总值 inside
        # 单位国内生产总值能耗 is another quantity (words on both sides)
        return long_.startswith(short) or long_.endswith(short)
    if ka.isascii() or kb.isascii():
        return bool(_words(a) & _words(b))
    return any(ka[j : j + 2] in kb for j in range(len(ka) - 1))


def _words(metric: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[a-z0-9]+", metric.lower())
        if len(w) > 2 and w not in en.METRIC_STOP_WORDS
    }


def _path(
    row: Sequence[LocatedQuantity | None],
    key: Callable[[int, LocatedQuantity], tuple[str, str, PathForm]],
) -> NumberPath:
    """A path named after its latest value, with the form all its values share."""
    i, last = next((i, v) for i, v in reversed(list(enumerate(row))) if v is not None)
    latest = last.quantity
    return NumberPath(
        metric=latest.metric,
        kind=latest.kind,
        unit=latest.unit,
        values=tuple(row),
        form=key(i, last)[2],
    )


def _order(path: NumberPath) -> tuple[int, int, int, int]:
    """Targets first, the most present first, then by first edition and sentence."""
    first = next(i for i, v in enumerate(path.values) if v is not None)
    value = path.values[first]
    assert value is not None
    present = sum(v is not None for v in path.values)
    return (0 if path.kind == "target" else 1, -present, first, value.sentence)


def _join_gaps(paths: list[list[LocatedQuantity | None]], n: int, sigs: list[_Sig]) -> list[bool]:
    """Join a path that ended with a later one of the same kind, unit, form and metric key.

    A metric that skipped editions (or whose pair was refused) continues its earlier
    path: the later path's values are copied into it and the later path is marked
    dead (False). ``sigs`` are each path's (kind, unit, form, metric key), read at
    its first value; paths are bucketed by them first.
    """
    alive = [True] * len(paths)
    firsts = [next(i for i, v in enumerate(row) if v is not None) for row in paths]
    lasts = [max(i for i, v in enumerate(row) if v is not None) for row in paths]
    buckets: dict[_Sig, list[int]] = {}
    for cid in sorted(range(len(paths)), key=lambda c: (firsts[c], c)):
        sig = sigs[cid]
        bucket = buckets.setdefault(sig, [])
        gap = 0 if len(sig[3]) >= _ADJACENT_MIN_KEY else 1
        if firsts[cid] >= 1 + gap and sig[3]:
            for other in bucket:
                if alive[other] and lasts[other] < firsts[cid] - gap:
                    row = paths[cid]
                    for i in range(firsts[cid], n):
                        paths[other][i] = row[i]
                    lasts[other] = lasts[cid]
                    alive[cid] = False
                    break
        if alive[cid]:
            bucket.append(cid)
    return alive
