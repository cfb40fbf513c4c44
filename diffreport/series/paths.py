"""Number paths: one metric followed across the editions of a series.

The quantities paired by the consecutive comparisons'
``NumberChange``s form chains, one value per edition; a chain that ends and a
later one with the same kind, unit and ``metric_key`` that starts after a gap
are joined. Each path has one kind (target or actual). A series of one edition
has a path for each distinct metric it states.
"""

from __future__ import annotations

from collections.abc import Sequence

from diffreport.model import Comparison, Document, LocatedQuantity, NumberPath


def number_paths(docs: Sequence[Document], comps: Sequence[Comparison]) -> list[NumberPath]:
    """The metrics followed across the editions: targets first, the most present first."""
    from diffreport.analyze.numbers import metric_key

    n = len(docs)
    paths: list[list[LocatedQuantity | None]] = []
    chain_of: list[dict[LocatedQuantity, int]] = [{} for _ in docs]

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
            if cid is not None and paths[cid][i + 1] is None:
                paths[cid][i + 1] = change.new
                chain_of[i + 1][change.new] = cid
            else:
                start(i + 1, change.new)
    if n == 1:
        from diffreport.analyze.numbers import document_quantities

        seen: set[tuple[str, str, str]] = set()
        for lq in document_quantities(docs[0]):
            q = lq.quantity
            sig = (q.kind, q.unit, metric_key(q.metric))
            if sig not in seen:
                seen.add(sig)
                start(0, lq)

    alive = _join_gaps(paths, n)
    result: list[NumberPath] = []
    for cid, row in enumerate(paths):
        if not alive[cid]:
            continue
        values = tuple(row)
        latest = next(v for v in reversed(values) if v is not None).quantity
        result.append(
            NumberPath(metric=latest.metric, kind=latest.kind, unit=latest.unit, values=values)
        )

    def order(path: NumberPath) -> tuple[int, int, int, int]:
        first = next(i for i, v in enumerate(path.values) if v is not None)
        value = path.values[first]
        assert value is not None
        present = sum(v is not None for v in path.values)
        return (0 if path.kind == "target" else 1, -present, first, value.sentence)

    result.sort(key=order)
    return result


def _join_gaps(paths: list[list[LocatedQuantity | None]], n: int) -> list[bool]:
    """Join a path that ended with one that starts after a gap (same kind, unit, metric key).

    A metric that skipped editions continues its earlier path: the later path's values
    are copied into it and the later path is marked dead (False). Paths are bucketed
    by that signature first.
    """
    from diffreport.analyze.numbers import metric_key

    alive = [True] * len(paths)
    firsts = [next(i for i, v in enumerate(row) if v is not None) for row in paths]
    lasts = [max(i for i, v in enumerate(row) if v is not None) for row in paths]
    buckets: dict[tuple[str, str, str], list[int]] = {}
    for cid in sorted(range(len(paths)), key=lambda c: (firsts[c], c)):
        head = paths[cid][firsts[cid]]
        assert head is not None
        sig = (head.quantity.kind, head.quantity.unit, metric_key(head.quantity.metric))
        bucket = buckets.setdefault(sig, [])
        if firsts[cid] >= 2 and sig[2]:
            for other in bucket:
                if alive[other] and lasts[other] < firsts[cid] - 1:
                    row = paths[cid]
                    for i in range(firsts[cid], n):
                        paths[other][i] = row[i]
                    lasts[other] = lasts[cid]
                    alive[cid] = False
                    break
        if alive[cid]:
            bucket.append(cid)
    return alive
