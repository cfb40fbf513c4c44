"""Highlights: the changes a reader needs first, ranked.

Stances and priorities come from their modules; ``new`` and ``dropped`` rank the
commitments of one edition that the other lacks (added sentences, and modified ones
whose wording brings new content) by how new and how specific they are; ``changed``
lists continuing commitments whose wording changed in a way that matters.
(Being built: issue 17.)
"""

from __future__ import annotations

from diffreport.analyze.priorities import priority_changes
from diffreport.analyze.stances import stance_changes
from diffreport.model import Commitment, Comparison, Highlights
from diffreport.options import CompareOptions


def highlights(
    comparison: Comparison,
    new: tuple[Commitment, ...],
    dropped: tuple[Commitment, ...],
    options: CompareOptions,
) -> Highlights:
    """The highlights of an aligned comparison whose commitments are known."""
    return Highlights(
        stances=stance_changes(comparison),
        priorities=priority_changes(comparison),
    )
