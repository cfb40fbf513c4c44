"""Policy stances: each edition's stance statements, and how they changed.

Chinese reports state a stance as ``<modifiers>的<policy>政策`` (``适度宽松的货币政策``,
``更加积极的财政政策``), often followed by ``要<how>``; FOMC statements state the rate
decision, the forward guidance and the balance-sheet plan. (Being built: issue 17.)
"""

from __future__ import annotations

from diffreport.model import Comparison, Document, Stance, StanceChange


def document_stances(doc: Document) -> dict[str, Stance]:
    """Each policy's main stance statement in one edition, by policy name."""
    return {}


def stance_changes(comparison: Comparison) -> tuple[StanceChange, ...]:
    """Every policy stated in either edition: changed, unchanged, added or removed."""
    return ()
