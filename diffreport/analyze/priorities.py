"""Priorities: the order of the year's numbered tasks, and where a task changed place.

(Being built: issue 17.)
"""

from __future__ import annotations

from diffreport.model import Comparison, PriorityChange


def priority_changes(comparison: Comparison) -> tuple[PriorityChange, ...]:
    """Tasks of the plan whose position changed, or that came or went; the first place first."""
    return ()
