"""Priorities: the order of the year's numbered tasks and where a task changed place."""

from __future__ import annotations

from functools import cache

import pytest

import diffreport
from diffreport.analyze.priorities import priority_changes, task_list
from diffreport.model import Comparison, PriorityChange

from .conftest import corpus


@cache
def compared(old: str, new: str) -> Comparison:
    return diffreport.compare(corpus(old), corpus(new))


def _headings(c: Comparison, change: PriorityChange) -> tuple[str | None, str | None]:
    old = c.old.sections[change.old.section].heading if change.old else None
    new = c.new.sections[change.new.section].heading if change.new else None
    return old, new


def test_the_task_list_is_the_numbered_children_of_the_plan() -> None:
    doc = diffreport.load(corpus("cn-state-council/2025.txt"))
    tasks = task_list(doc)
    assert [t.position for t in tasks] == list(range(1, 11))
    assert (
        doc.sections[tasks[0].section].heading
        == "（一）大力提振消费、提高投资效益，全方位扩大国内需求。"
    )
    assert (
        doc.sections[doc.sections[tasks[0].section].parent or 0].heading == "三、2025年政府工作任务"
    )


def test_a_five_year_part_and_notes_under_the_last_task_are_not_the_year_s_list() -> None:
    # 二、"十五五"时期的主要目标任务 has six tasks, 三、2026年重点工作 ten, and its (九) ten notes
    doc = diffreport.load(corpus("cn-provinces/zhejiang/2026.txt"))
    tasks = task_list(doc)
    parent = doc.sections[tasks[0].section].parent
    assert parent is not None and doc.sections[parent].heading == "三、2026年重点工作"
    assert len(tasks) == 10
    # glossary notes numbered 1. 2. … under the last task
    doc = diffreport.load(corpus("cn-provinces/jiangxi/2026.txt"))
    parent = doc.sections[task_list(doc)[0].section].parent
    assert parent is not None and "2026" in (doc.sections[parent].heading or "")


def test_state_council_2024_put_the_industrial_system_first() -> None:
    c = compared("cn-state-council/2023.txt", "cn-state-council/2024.txt")
    changes = priority_changes(c)
    first, second = changes[0], changes[1]
    assert first.new is not None and first.new.position == 1
    assert "现代化产业体系" in (_headings(c, first)[1] or "")
    assert first.old is not None and first.old.position == 2
    assert second.old is not None and second.old.position == 1
    assert "扩大国内需求" in (_headings(c, second)[0] or "")


def test_state_council_2025_put_domestic_demand_first() -> None:
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    changes = priority_changes(c)
    assert [
        (ch.old.position if ch.old else None, ch.new.position if ch.new else None) for ch in changes
    ] == [
        (3, 1),
        (1, 2),
    ]  # 科教兴国 went from 2 to 3 only because 扩大国内需求 passed it: no move of its own
    assert "扩大国内需求" in (_headings(c, changes[0])[1] or "")
    assert "现代化产业体系" in (_headings(c, changes[1])[0] or "")


def test_a_task_that_kept_its_place_is_not_reported() -> None:
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    moved = {ch.new.section for ch in priority_changes(c) if ch.new}
    kept = [t for t in task_list(c.new) if t.section not in moved]
    assert len(kept) == 8


def test_tasks_another_task_jumped_past_did_not_move() -> None:
    # 2021 put 深入推进重点领域改革 (8th in 2019) second and 对外开放 (9th) sixth; the
    # tasks it passed kept their numbers (3, 4, 5, 7): before, each was reported moved
    c = compared("cn-state-council/2019.txt", "cn-state-council/2021.txt")
    changes = priority_changes(c)
    places = [(x.old and x.old.position, x.new and x.new.position) for x in changes]
    assert (8, 2) in places and (9, 6) in places
    assert not [(o, n) for o, n in places if o is not None and o == n and o != 1]


def test_a_report_whose_tasks_are_chapters_compares_its_lead_task_only() -> None:
    # 2015 sets its line in 二、2015年工作总体部署 and its tasks as the chapters after it
    c = compared("cn-state-council/2014.txt", "cn-state-council/2015.txt")
    headings = [c.new.sections[t.section].heading for t in task_list(c.new)]
    assert headings == [
        "三、把改革开放扎实推向纵深",
        "四、协调推动经济稳定增长和结构优化",
        "五、持续推进民生改善和社会建设",
        "六、切实加强政府自身建设",
    ]
    assert [t.position for t in task_list(c.new)] == [1, 2, 3, 4]
    # chapters against 2014's （一）…（九）: which task leads, not the other places
    changes = priority_changes(c)
    assert changes and all(
        (x.new is not None and x.new.position == 1) or (x.old is not None and x.old.position == 1)
        for x in changes
    )
    assert changes[0].new is not None
    assert c.new.sections[changes[0].new.section].heading == "三、把改革开放扎实推向纵深"


def test_a_report_without_a_plan_part_has_its_chapters_after_the_review_as_tasks() -> None:
    # 1999 names no plan part: 一、1998年工作回顾和1999年工作的总体要求 reviews, the nine
    # chapters after it are the year's tasks, ranked (2002's review has no number)
    doc = diffreport.load(corpus("cn-state-council/1999.txt"))
    tasks = task_list(doc)
    headings = [doc.sections[t.section].heading or "" for t in tasks]
    assert len(tasks) == 9 and [t.position for t in tasks] == list(range(1, 10))
    assert headings[0].startswith("二、继续扩大内需") and headings[-1].startswith(
        "十、关于国际形势"
    )
    # 2001: the “十五” outline (二、) is no task of the year
    doc = diffreport.load(corpus("cn-state-council/2001.txt"))
    assert [doc.sections[t.section].heading[:2] for t in task_list(doc)][:2] == ["三、", "四、"]
    # 2001 -> 2002: the new first task, and the task new with the WTO, are listed
    c = compared("cn-state-council/2001.txt", "cn-state-council/2002.txt")
    listed = [_headings(c, x)[1] or "" for x in priority_changes(c)]
    assert listed[0].startswith("一、扩大和培育内需")
    assert any(h.startswith("四、适应加入世贸组织新形势") for h in listed), listed


def test_a_report_without_numbered_tasks_has_no_priorities() -> None:
    # an FOMC statement, a State of the Union address: no numbered parts, no list of tasks
    for name in ("fomc-sentences/2022-03-16.txt", "us-sotu/2020_donald_j_trump_r.txt"):
        assert task_list(diffreport.load(corpus(name))) == (), name


def test_a_new_task_in_first_place_leads_then_the_task_that_was_first() -> None:
    c = compared("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt")
    changes = priority_changes(c)
    assert changes[0].old is None and changes[0].new is not None and changes[0].new.position == 1
    assert changes[1].old is not None and changes[1].old.position == 1


def test_a_lead_task_reworded_into_another_task_is_reported_in_its_place() -> None:
    """The first task kept its place and its section pair but became another task:
    2022's 着力稳定宏观经济大盘 where 2021 had 保持宏观政策连续性稳定性可持续性 (the shared
    tail 经济运行在合理区间 is not the task); a lead task only reworded is not news."""
    c = compared("cn-state-council/2021.txt", "cn-state-council/2022.txt")
    first = c.changes.highlights.priorities[0]
    assert first.old is not None and first.new is not None
    assert (first.old.position, first.new.position) == (1, 1)
    old, new = _headings(c, first)
    assert old is not None and "连续性稳定性可持续性" in old
    assert new is not None and "着力稳定宏观经济大盘" in new
    steady = compared("cn-state-council/2018.txt", "cn-state-council/2019.txt")
    assert all(
        (p.old and p.old.position, p.new and p.new.position) != (1, 1)
        for p in steady.changes.highlights.priorities
    )


def test_the_priorities_list_holds_at_most_the_highlights_count() -> None:
    # 2022 -> 2023: the task lists of two governments pair in few places; 13 rows in all
    old, new = corpus("cn-state-council/2022.txt"), corpus("cn-state-council/2023.txt")
    every = priority_changes(diffreport.compare(old, new))
    assert len(every) > 10
    c = diffreport.compare(old, new, options=diffreport.CompareOptions(highlights=5))
    assert c.changes.highlights.priorities == every[:5]
    assert len(diffreport.compare(old, new).changes.highlights.priorities) == 10


def test_the_task_that_took_first_place_is_listed_when_only_the_first_moved() -> None:
    tasks = ["民生保障", "扩大内需", "科技创新", "深化改革", "对外开放", "乡村振兴"]

    def report(order: list[str]) -> str:
        lines = ["一、2023年工作回顾", "去年经济增长5%。", "二、2024年政府工作任务"]
        for k, task in enumerate(order, start=1):
            lines += [f"（{'一二三四五六'[k - 1]}）{task}。", f"要大力推进{task}工作，取得新成效。"]
        return "\n".join(lines) + "\n"

    # the first task goes last: the others keep their order, yet the one now first leads
    c = diffreport.compare(report(tasks), report(tasks[1:] + tasks[:1]))
    places = [(x.old and x.old.position, x.new and x.new.position) for x in priority_changes(c)]
    assert places == [(2, 1), (1, 6)]


def test_chapters_of_a_report_without_a_review_are_no_tasks() -> None:
    # 1978 and 1979 open with short addresses and review in no part of their own: their
    # chapters (一、伟大的历史性转变 …) are not the year's list of tasks
    for year in (1978, 1979):
        assert task_list(diffreport.load(corpus(f"cn-state-council/{year}.txt"))) == (), year


@pytest.mark.corpus
def test_a_list_of_tasks_without_one_to_compare_with_is_the_years_tasks() -> None:
    # 1998 sets out its year in one part (二、关于1998年政府工作的建议); 1999 in nine
    # chapters: they are the year's tasks, in order, all new to a list (analysts named
    # 五、…防范和化解金融风险 and 八、…建设廉洁、勤政、务实、高效政府)
    c = diffreport.compare(corpus("cn-state-council/1998.txt"), corpus("cn-state-council/1999.txt"))
    changes = c.changes.highlights.priorities
    assert [p.old for p in changes] == [None] * len(changes)
    headings = [c.new.section_title(p.new.section) for p in changes if p.new]
    assert headings[0].startswith("二、继续扩大内需和实施积极的财政政策")
    assert any("防范和化解金融风险" in h for h in headings)
    # and the reverse has no list to show: what the old edition did not list cannot move
    back = diffreport.compare(
        corpus("cn-state-council/1999.txt"), corpus("cn-state-council/1998.txt")
    )
    assert back.changes.highlights.priorities == ()


@pytest.mark.corpus
def test_the_tasks_under_an_unnumbered_plan_heading_are_the_year_s_list() -> None:
    # Sichuan 2025's plan is 2025年工作安排建议 on a line of its own: its nine tasks are the
    # list (none were found before), and the government's own three are not among them
    c = compared("cn-provinces/sichuan/2025.txt", "cn-provinces/sichuan/2026.txt")
    tasks = task_list(c.old)
    assert len(tasks) == 9
    assert [t.position for t in tasks] == list(range(1, 10))
    first = c.old.sections[tasks[0].section].heading
    assert first == "（一）全方位扩大内需，稳住经济大盘。"
    assert c.changes.highlights.priorities


@pytest.mark.corpus
def test_a_plan_part_no_heading_names_is_told_by_the_years_goals() -> None:
    # Fujian heads its plan part 二、牢记历史使命，在中国式现代化建设中奋勇争先: no plan word;
    # it opens on 今年经济社会发展的主要预期目标是 and lists the tasks （一）…（九）
    for year in ("2025", "2026"):
        doc = diffreport.load(corpus(f"cn-provinces/fujian/{year}.txt"))
        assert [t.position for t in task_list(doc)] == list(range(1, 10)), year
    c = compared("cn-provinces/fujian/2025.txt", "cn-provinces/fujian/2026.txt")
    lead = c.changes.highlights.priorities[0]
    old, new = _headings(c, lead)
    assert old is not None and old.startswith("（一）坚持自立自强")
    assert new is not None and new.startswith("（一）壮大实体经济")
