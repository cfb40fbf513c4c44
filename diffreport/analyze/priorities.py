"""Priorities: the order of the year's numbered tasks, and where a task changed place.

The year's tasks are the numbered sub-sections of one plan section (see
:mod:`diffreport.analyze.parts`): under ``三、2025年政府工作任务`` the items
``（一）`` … ``（十）``. When the plan part has several sections with sub-sections
(a province's ``二、"十五五"时期的主要目标任务`` next to ``三、2026年重点工作``), the
task list is the outermost with at least three sub-sections (notes numbered
``1.`` under the last task are not the list), then the one with the most, then
the later one; a section of a multi-year period (``"十五五"时期``) is never the
year's list. A task's place is the
number its heading carries (``（三）``, ``3.``) when the headings count up, else
its rank among the sub-sections. Tasks pair across editions through the
comparison's section pairs, so a renamed task is still the same task. A report
with no plan part told apart (the State Council's of 1992-2002) sets its tasks out
as the chapters after its review.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from diffreport.analyze.parts import heading_number, plan_sections, review_sections
from diffreport.lexicon import zh
from diffreport.lexicon.common import CLAUSE_END, LIST_MARKER
from diffreport.model import Comparison, Document, PriorityChange, Task

#: kept sentences two tasks must share to pair when the section pairing left them apart.
_MIN_SHARED = 2
#: sub-sections a section needs to be a list of tasks (fewer is an outline: 总体要求, 重点任务).
_MIN_TASKS = 3


def task_list(doc: Document) -> tuple[Task, ...]:
    """The plan's numbered tasks in order, or () when the report has no such list."""
    plan = plan_sections(doc)
    if not plan:
        return _chapters(doc)
    parts = [s.index for s in doc.sections if s.parent is None and s.heading and s.index in plan]
    # the line, then the tasks as top-level parts (2007: 二、…总体部署, 三、…六、)
    if len(parts) > _MIN_TASKS:
        return tuple(Task(place, i) for place, i in enumerate(parts[1:], start=1))
    children: dict[int, list[int]] = {}
    for sec in doc.sections:
        if sec.parent in plan and sec.heading and not _names_period(doc, sec.parent):
            children.setdefault(sec.parent, []).append(sec.index)
    if not children:
        return ()

    def rank(parent: int) -> tuple[bool, int, int, int]:
        count = len(children[parent])
        return (count >= _MIN_TASKS, -_depth(doc, parent), count, parent)

    tasks = children[max(children, key=rank)]
    if len(tasks) < _MIN_TASKS:
        return ()
    return _numbered(doc, tasks)


def _chapters(doc: Document) -> tuple[Task, ...]:
    """The tasks of a report with no plan part told apart: its chapters (``三、``, more
    than an outline's few, numbered up as one list) that neither review the past nor
    outline a period, in order; () when the parts are no such list, or when the report
    has no review (a part, or a long opening before the first chapter).

    The State Council's reports of 1992-2002 review the year in their first part and
    set out the year's tasks as the parts after it (2002: ``一、扩大和培育内需，促进经济
    较快增长`` … ``八、进一步做好外交工作``, its review unnumbered); their places are
    ranks, since the review's part takes a number in some years and not in others.
    """
    review = review_sections(doc)
    preamble = sum(1 for x in doc.sentences if not doc.sections[x.section].heading)
    if not review and preamble < _REVIEW_IN_PREAMBLE:
        return ()  # no review found: chapters of another kind of report (1957, 1978)
    numbered = [
        (s.index, number, s.heading)
        for s in doc.sections
        if s.parent is None
        and s.heading
        and (number := heading_number(s.heading)) is not None
        and s.index not in review
        and not _names_period(doc, s.index)
        and "《" not in s.heading  # a part about another document (规划纲要（草案）)
    ]
    parts = [index for index, _, _ in numbered]
    chapters = all(_CHAPTER.match(heading) for _, _, heading in numbered)
    rising = all(a[1] < b[1] for a, b in zip(numbered, numbered[1:], strict=False))
    # more than an outline's few parts, one list (no second （一）), chapters (一、)
    if len(parts) <= _MIN_TASKS or not chapters or not rising:
        return ()
    return tuple(Task(place, i) for place, i in enumerate(parts, start=1))


#: sentences before the first heading that hold a review (2002 reviews 2001 before its
#: chapter 一、; a report's opening address is a few sentences)
_REVIEW_IN_PREAMBLE = 20
#: a chapter's marker (三、), not a sub-section's (（三）, 3.)
_CHAPTER = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")


def _numbered(doc: Document, tasks: list[int]) -> tuple[Task, ...]:
    """The tasks with their places: the numbers their headings count up by, else their ranks."""
    numbers = [heading_number(doc.sections[i].heading or "") for i in tasks]
    counted = [n for n in numbers if n is not None]
    rising = all(a < b for a, b in zip(counted, counted[1:], strict=False))
    if len(counted) == len(numbers) and rising:
        return tuple(Task(n, i) for n, i in zip(counted, tasks, strict=True))
    return tuple(Task(place, i) for place, i in enumerate(tasks, start=1))


def priority_changes(
    comparison: Comparison, lead_reworded: float = 50.0
) -> tuple[PriorityChange, ...]:
    """Tasks of the plan that moved past another, or that came or went; the first place first.

    The task now first and the task that was first lead (when the first place
    changed hands, or when the first task kept its place under a heading reworded
    into another lead task: heading likeness below ``lead_reworded``, see
    ``CompareOptions.lead_task_reworded``); then the others by how far they moved, a
    task that came or went counting as a move past the end of the list.
    """
    old_tasks, new_tasks = task_list(comparison.old), task_list(comparison.new)
    if not new_tasks:
        return ()
    if not old_tasks:
        # a plan part with no list of tasks (1998's is one part) against a list: the year's
        # tasks; where no plan part was told apart, nothing compares
        if not plan_sections(comparison.old):
            return ()
        return tuple(PriorityChange(None, t) for t in new_tasks)
    old_of = {t.section: t for t in old_tasks}
    new_of = {t.section: t for t in new_tasks}
    partner_of_old = _partners(comparison, old_of.keys(), new_of.keys())
    paired_new = set(partner_of_old.values())
    # a continuing task changed place when it moved past others: the tasks outside the
    # longest run that kept its order, not every task shifted by one that came, went or
    # jumped ahead of it
    continuing = [
        (t, new_of[partner_of_old[t.section]]) for t in old_tasks if t.section in partner_of_old
    ]
    kept = _kept_order(continuing)
    changes: list[PriorityChange] = []
    for task in old_tasks:
        partner = partner_of_old.get(task.section)
        if partner is None:
            changes.append(PriorityChange(task, None))
            continue
        moved = task.section not in kept
        # where the first task went, or what it became, is news too
        lead = task is old_tasks[0] and (
            new_of[partner] is not new_tasks[0]  # the first place changed hands
            or _reworded(comparison, task, new_of[partner], lead_reworded)  # or its task
        )
        # ... and the task that took it, though only the old first task moved
        lead = lead or (new_of[partner] is new_tasks[0] and task is not old_tasks[0])
        if moved or lead:
            changes.append(PriorityChange(task, new_of[partner]))
    changes += [PriorityChange(None, t) for t in new_tasks if t.section not in paired_new]
    length = max(len(old_tasks), len(new_tasks)) + 1
    first_old, first_new = old_tasks[0].position, new_tasks[0].position

    def order(change: PriorityChange) -> tuple[int, int, int]:
        old_place = change.old.position if change.old else length
        new_place = change.new.position if change.new else length
        lead = 0 if new_place == first_new else 1 if old_place == first_old else 2
        return (lead, -abs(new_place - old_place), min(old_place, new_place))

    ranked = sorted(changes, key=order)
    if _as_parts(comparison.old, old_tasks) != _as_parts(comparison.new, new_tasks):
        # parts against sub-sections (2014's （一）… against 2015's 三、…): which task
        # leads is news, the other places do not compare
        ranked = [c for c in ranked if order(c)[0] < 2]
    return tuple(ranked)


def _kept_order(continuing: list[tuple[Task, Task]]) -> set[int]:
    """The old sections of the most continuing tasks that kept their order (the longest
    increasing run of new places, in old order); of equally long runs, the one keeping
    the most tasks at their own number. Quadratic in the tasks, a dozen or so."""
    if not continuing:
        return set()
    worth = [1.0 + (0.001 if old.position == new.position else 0.0) for old, new in continuing]
    best = worth[:]  # best[k]: the best run ending with task k
    before: list[int | None] = [None] * len(continuing)
    for k, (_, new) in enumerate(continuing):
        for j in range(k):
            if continuing[j][1].position < new.position and best[j] + worth[k] > best[k]:
                best[k], before[k] = best[j] + worth[k], j
    end: int | None = max(range(len(continuing)), key=lambda k: best[k])
    kept: set[int] = set()
    while end is not None:
        kept.add(continuing[end][0].section)
        end = before[end]
    return kept


def _as_parts(doc: Document, tasks: tuple[Task, ...]) -> bool:
    """Whether a report's tasks are its top-level parts (2007), not sub-sections."""
    return doc.sections[tasks[0].section].parent is None


def _reworded(comparison: Comparison, old: Task, new: Task, below: float) -> bool:
    """Whether a task's heading was reworded into another task: the likeness of the
    headings' first clauses, the task itself (着力稳定宏观经济大盘 of 着力稳定宏观经济大盘，
    保持经济运行在合理区间), is below ``below``."""
    from rapidfuzz import fuzz

    def lead(doc: Document, task: Task) -> str:
        heading = LIST_MARKER.sub("", doc.sections[task.section].heading or "")
        return CLAUSE_END.split(heading, maxsplit=1)[0]

    return fuzz.ratio(lead(comparison.old, old), lead(comparison.new, new)) < below


def _names_period(doc: Document, index: int) -> bool:
    """Whether a section's heading names a multi-year period and not one year (``"十五五"时期``)."""
    heading = doc.sections[index].heading or ""
    return bool(zh.PERIOD_HEADING.search(heading)) and not zh.NOT_PERIOD_HEADING.search(heading)


def _depth(doc: Document, index: int) -> int:
    """How many sections a section lies under."""
    depth = 0
    parent = doc.sections[index].parent
    while parent is not None:
        depth, parent = depth + 1, doc.sections[parent].parent
    return depth


def _partners(comparison: Comparison, old: Iterable[int], new: Iterable[int]) -> dict[int, int]:
    """Old task section -> new task section: the section pairs first, then shared sentences.

    A task the section pairing left alone pairs with the unpaired task of the other
    edition that most of its kept sentences went to (at least ``_MIN_SHARED``).
    """
    old_set, new_set = set(old), set(new)
    partner: dict[int, int] = {}
    for pair in comparison.sections:
        taken = pair.old in partner or pair.new in partner.values()
        if pair.old in old_set and pair.new in new_set and not taken:
            partner[pair.old] = pair.new
    old_task_of = _task_of(comparison.old, old_set - partner.keys())
    new_task_of = _task_of(comparison.new, new_set - set(partner.values()))
    shared: Counter[tuple[int, int]] = Counter()
    for sp in comparison.sentences:
        if sp.old is None or sp.new is None:
            continue
        o = old_task_of.get(comparison.old.sentences[sp.old].section)
        n = new_task_of.get(comparison.new.sentences[sp.new].section)
        if o is not None and n is not None:
            shared[o, n] += 1
    for (o, n), count in shared.most_common():
        if count >= _MIN_SHARED and o not in partner and n not in partner.values():
            partner[o] = n
    return partner


def _task_of(doc: Document, tasks: set[int]) -> dict[int, int]:
    """Section -> the task among ``tasks`` it is or lies under."""
    found: dict[int, int] = {}
    for sec in doc.sections:
        if sec.index in tasks:
            found[sec.index] = sec.index
        elif sec.parent is not None and sec.parent in found:
            found[sec.index] = found[sec.parent]
    return found
