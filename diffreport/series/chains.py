"""Section chains: each section of each edition followed across a series.

Each section of each edition belongs to exactly one chain.
Consecutive section pairs extend a chain (the best-scoring pair first when a
section was split or merged). A section that no pair reaches opens a new chain
unless it is the return of a chain that went missing: a chain absent from the
previous edition whose last heading has the same ``heading_key`` (years shifted
by the editions' distance) or one that scores at least ``_REJOIN`` (Indel
similarity of the keys) rejoins it. In each edition a chain is ``present``
(the heading as before, the year shift understood), ``renamed`` (another
heading) or ``absent``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from diffreport.align import heading_key
from diffreport.model import Comparison, Document, PresenceStatus, SectionChain

#: a returning section rejoins a dormant chain when its heading key scores this (0..1)
_REJOIN = 0.8


def section_chains(
    docs: Sequence[Document], comps: Sequence[Comparison], years: Sequence[int | None]
) -> list[SectionChain]:
    """Every section of every edition in exactly one chain, chains in reading order.

    ``years`` are the editions' years (None when unknown), for headings that
    name a year.
    """
    from rapidfuzz.distance import Indel

    n = len(docs)
    chains: list[list[int | None]] = []
    chain_of: list[dict[int, int]] = [{} for _ in docs]

    def start(i: int, section: int) -> None:
        chain_of[i][section] = len(chains)
        row: list[int | None] = [None] * n
        row[i] = section
        chains.append(row)

    for section in docs[0].sections if docs else ():
        start(0, section.index)
    for i, comp in enumerate(comps):
        pairs = sorted(
            (p for p in comp.sections if p.old is not None and p.new is not None),
            key=lambda p: (-p.similarity, p.old, p.new),
        )
        for p in pairs:
            assert p.old is not None and p.new is not None
            cid = chain_of[i].get(p.old)
            if cid is None or chains[cid][i + 1] is not None or p.new in chain_of[i + 1]:
                continue
            chains[cid][i + 1] = p.new
            chain_of[i + 1][p.new] = cid
        new_doc = docs[i + 1]
        for section in new_doc.sections:
            if section.index in chain_of[i + 1]:
                continue
            cid = _dormant_match(docs, years, chains, i + 1, section.index, Indel)
            if cid is None:
                start(i + 1, section.index)
            else:
                chains[cid][i + 1] = section.index
                chain_of[i + 1][section.index] = cid

    result: list[SectionChain] = []
    used: Counter[str] = Counter()
    for row in _order_chains(docs, chains):
        first = next(i for i, s in enumerate(row) if s is not None)
        first_section = row[first]
        assert first_section is not None
        base = heading_key(docs[first].sections[first_section].heading) or "preamble"
        used[base] += 1
        headings, statuses = _presence(docs, years, row)
        result.append(
            SectionChain(
                key=base if used[base] == 1 else f"{base}~{used[base]}",
                level=docs[first].sections[first_section].level,
                sections=tuple(row),
                headings=tuple(headings),
                statuses=tuple(statuses),
            )
        )
    return result


def _presence(
    docs: Sequence[Document], years: Sequence[int | None], row: Sequence[int | None]
) -> tuple[list[str | None], list[PresenceStatus]]:
    """A chain's heading and status in each edition (present, renamed, absent)."""
    headings: list[str | None] = []
    statuses: list[PresenceStatus] = []
    previous: tuple[int, str] | None = None
    for i, idx in enumerate(row):
        if idx is None:
            headings.append(None)
            statuses.append("absent")
            continue
        headings.append(docs[i].section_title(idx))
        key = heading_key(docs[i].sections[idx].heading)
        if previous is None:
            statuses.append("present")
        else:
            j, old_heading = previous
            same = heading_key(old_heading, _delta(years, j, i)) == key
            statuses.append("present" if same else "renamed")
        previous = (i, docs[i].sections[idx].heading or "")
    return headings, statuses


def _delta(years: Sequence[int | None], j: int, i: int) -> int:
    a, b = years[j], years[i]
    return b - a if a is not None and b is not None else 0


def _dormant_match(
    docs: Sequence[Document],
    years: Sequence[int | None],
    chains: Sequence[list[int | None]],
    i: int,
    section: int,
    indel: Any,
) -> int | None:
    """A chain absent from editions ``i-1`` and ``i`` whose last heading matches this one."""
    if i < 2:
        return None
    target = docs[i].sections[section]
    if target.heading is None:
        return None
    key = heading_key(target.heading)
    best: tuple[float, int] | None = None
    for cid, row in enumerate(chains):
        if row[i] is not None or row[i - 1] is not None:
            continue
        last = max((j for j in range(i - 1) if row[j] is not None), default=None)
        if last is None:
            continue
        last_section = row[last]
        assert last_section is not None
        old = docs[last].sections[last_section]
        if old.heading is None or old.level != target.level:
            continue
        old_key = heading_key(old.heading, _delta(years, last, i))
        score = 1.0 if old_key == key else float(indel.normalized_similarity(old_key, key))
        if score >= _REJOIN and (best is None or score > best[0]):
            best = (score, cid)
    return None if best is None else best[1]


def _order_chains(
    docs: Sequence[Document], chains: Sequence[list[int | None]]
) -> list[list[int | None]]:
    """Chains in reading order: the last edition's order, earlier-only chains after their
    predecessor in the last edition they appear in."""
    n = len(docs)
    order: list[int] = []
    placed: set[int] = set()
    for i in range(n - 1, -1, -1):
        by_section = {row[i]: cid for cid, row in enumerate(chains) if row[i] is not None}
        previous: int | None = None
        for section in sorted(by_section, key=lambda s: s if s is not None else -1):
            cid = by_section[section]
            if cid not in placed:
                at = order.index(previous) + 1 if previous is not None else 0
                if previous is None:
                    # before the first chain this edition shares with later ones
                    at = 0
                order.insert(at, cid)
                placed.add(cid)
            previous = cid
    return [chains[cid] for cid in order]
