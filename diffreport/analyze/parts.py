"""The parts of a report: the plan part (the year's tasks, targets, arrangements) and the review.

A section belongs to the plan part when its heading, or an ancestor's, names the
year's tasks, targets or arrangements (``2024年政府工作任务``, ``总体要求和政策取向``,
``重点工作``, ``今年工作``, ``Major Tasks for 2025``) and does not review the past; it
belongs to the review when its heading, or an ancestor's, reviews the past
(``一、2024年工作回顾``). Commitments and number kinds both read these parts.
"""

from __future__ import annotations

from collections.abc import Callable

from diffreport.lexicon import en, zh
from diffreport.model import Document


def plan_sections(doc: Document) -> frozenset[int]:
    """Sections that belong to the plan part of a report (themselves or via an ancestor).

    The one definition of the plan part: commitments and number kinds both use it.
    """
    return _sections_under(doc, lambda heading: _plans(heading) and not _reviews(heading))


def review_sections(doc: Document) -> frozenset[int]:
    """Sections that review the past (``一、2024年工作回顾``), themselves or via an ancestor.

    A task of the plan part is no review for a heading that reads like one
    (``三、2014年重点工作`` > ``（一）推动重要领域改革取得新突破。``).
    """
    plans = _sections_under(doc, _plans)
    found: set[int] = set()
    for sec in doc.sections:
        inherited = sec.parent is not None and sec.parent in found
        planned = sec.parent is not None and sec.parent in plans
        if inherited or (_reviews(sec.heading or "") and not planned):
            found.add(sec.index)
    return frozenset(found)


def _plans(heading: str) -> bool:
    return bool(zh.PLAN_HEADING.search(heading) or en.PLAN_HEADING.search(heading))


def _reviews(heading: str) -> bool:
    return bool(zh.REVIEW_HEADING.search(heading) or en.REVIEW_HEADING.search(heading))


def _sections_under(doc: Document, marks: Callable[[str], bool]) -> frozenset[int]:
    """Sections whose heading ``marks`` says so, and every section under one of them."""
    found: set[int] = set()
    for sec in doc.sections:
        if marks(sec.heading or "") or (sec.parent is not None and sec.parent in found):
            found.add(sec.index)
    return frozenset(found)
