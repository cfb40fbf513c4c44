"""Stance paths: each policy's stance phrase in every edition of a series.

``货币政策: 稳健 … 稳健 → 适度宽松``: the phrase of the policy's main statement in each
edition (None where the edition states none), the policies that changed most often first.
"""

from __future__ import annotations

from collections.abc import Sequence

from diffreport.analyze.stances import edition_stances
from diffreport.model import Document, StancePath

__all__ = ["stance_paths"]


def stance_paths(documents: Sequence[Document]) -> tuple[StancePath, ...]:
    """Each policy's phrase per edition, the policies that changed most often first."""
    editions = edition_stances(documents)
    policies: list[str] = []
    for stances in editions:
        policies.extend(p for p in stances if p not in policies)
    paths = [
        StancePath(
            policy,
            tuple(s[policy].phrase if policy in s else None for s in editions),
        )
        for policy in policies
    ]
    return tuple(sorted(paths, key=lambda path: -_changes(path.phrases)))


def _changes(phrases: tuple[str | None, ...]) -> int:
    """How often the phrase changed between consecutive editions that both state one."""
    return sum(
        1
        for before, after in zip(phrases, phrases[1:], strict=False)
        if before is not None and after is not None and before != after
    )
