"""The terms a highlight names, and how the ranked lists are spread, on real reports."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

import diffreport
from diffreport.analyze.parts import plan_sections, review_sections
from diffreport.model import Comparison

from .conftest import corpus


@cache
def compared(old: str, new: str, highlights: int = 10) -> Comparison:
    options = diffreport.CompareOptions(highlights=highlights)
    return diffreport.compare(corpus(old), corpus(new), options=options)


def terms_of(c: Comparison, needle: str) -> tuple[str, ...]:
    """The terms of the new highlight whose sentence holds ``needle``."""
    found = [x for x in c.changes.highlights.new if needle in c.new.sentences[x.sentence].text]
    assert found, needle
    return found[0].terms


@pytest.mark.corpus
def test_a_new_programme_is_named_whole() -> None:
    # 制定实施教育强国建设三年行动计划: the name, not the verbs before it, nor the one
    # new pair of characters (设三) that the old edition lacked
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt", highlights=1000)
    assert "教育强国建设三年行动计划" in terms_of(c, "教育强国建设三年行动计划")
    assert "绿色低碳先进技术示范工程" in terms_of(c, "绿色低碳先进技术示范工程")


@pytest.mark.corpus
def test_a_term_is_not_a_verb_joined_to_a_known_word() -> None:
    # 培育生物制造: 生物制造 was in 2024 already; only 培育 + 生物 was a new pair
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    terms = terms_of(c, "具身智能")
    assert "具身智能" in terms
    assert not [t for t in terms if t.startswith(("培育", "建立"))], terms


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2017, 2019, 2024, 2025])
def test_ten_entries_span_the_tasks(year: int) -> None:
    c = compared(f"cn-state-council/{year - 1}.txt", f"cn-state-council/{year}.txt")
    h = c.changes.highlights
    for entries in (h.new, h.dropped):
        assert len(entries) == 10
        assert max(Counter(x.section for x in entries).values()) <= 3


@pytest.mark.corpus
def test_a_statement_is_not_spread_over_sections() -> None:
    # an FOMC statement has one section: its new sentences all count
    c = compared("fomc/2008-10-29.txt", "fomc/2008-12-16.txt")
    assert len({x.section for x in c.changes.highlights.new}) == 1
    # more than a report's three a section (the two added stance sentences, guidance
    # and balance sheet, are in the stance table, not listed again)
    assert len(c.changes.highlights.new) == 8


@pytest.mark.corpus
def test_a_long_list_is_not_cut_by_the_spread() -> None:
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt", highlights=1000)
    new = c.changes.highlights.new
    assert len(new) > 200
    assert [x.score for x in new] == sorted((x.score for x in new), reverse=True)


@pytest.mark.corpus
def test_a_plan_task_that_reads_like_a_review_is_planned() -> None:
    # 三、2014年重点工作 > （一）推动重要领域改革取得新突破。: 取得 is a goal here
    doc = compared("cn-state-council/2013.txt", "cn-state-council/2014.txt").new
    task = next(s for s in doc.sections if (s.heading or "").startswith("（一）推动重要领域改革"))
    assert task.index in plan_sections(doc)
    assert task.index not in review_sections(doc)
    review = next(s for s in doc.sections if (s.heading or "").endswith("2013年工作回顾"))
    assert review.index in review_sections(doc)
