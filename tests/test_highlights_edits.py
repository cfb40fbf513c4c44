"""Highlights of systematic edits of real reports: one controlled edit, the right list.

A word of intensity changed in a continuing commitment (积极探索 -> 大力探索, steadily ->
rapidly advance) is a changed commitment, not a new one and a dropped one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import diffreport
from diffreport.model import Comparison

from .conftest import corpus


def _edited(tmp_path: Path, name: str, before: str, after: str) -> Comparison:
    """The corpus report ``name`` compared with itself where ``before``, said once, reads
    ``after``."""
    text = corpus(name).read_text(encoding="utf-8")
    assert text.count(before) == 1, before
    edited = tmp_path / Path(name).name
    edited.write_text(text.replace(before, after), encoding="utf-8")
    return diffreport.compare(corpus(name), edited)


_CASES = [
    ("cn-state-council/2025.txt", "积极探索建立激励机制", "大力探索建立激励机制"),
    (
        "cn-state-council/2025.txt",
        "科学有序推进农业转移人口市民化",
        "科学加快推进农业转移人口市民化",
    ),
    (
        "cn-state-council-zh-en/2025.en.txt",
        "We will steadily advance the second batch of trials",
        "We will rapidly advance the second batch of trials",
    ),
    (
        "cn-state-council-zh-en/2025.en.txt",
        "We will move faster to build a high-quality education system.",
        "We will gradually build a high-quality education system.",
    ),
    # a translation swaps the verb around the word of pace too (大力 step up, 稳步推进
    # steadily advance); 2026 was not tuned on
    (
        "cn-state-council-zh-en/2026.en.txt",
        "step up efforts to eliminate discrimination",
        "steadily advance efforts to eliminate discrimination",
    ),
    (
        "cn-state-council-zh-en/2026.en.txt",
        "and prudently handle the non-performing assets",
        "and vigorously handle the non-performing assets",
    ),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "before", "after"), _CASES)
def test_a_changed_word_of_intensity_is_a_changed_commitment(
    tmp_path: Path, name: str, before: str, after: str
) -> None:
    c = _edited(tmp_path, name, before, after)
    h = c.changes.highlights
    changed = [x for x in h.changed if after in c.new.sentences[x.new].text]
    assert len(changed) == 1, [c.new.sentences[x.new].text for x in h.changed]
    assert before in c.old.sentences[changed[0].old].text
    assert not [x for x in h.new if after in c.new.sentences[x.sentence].text]
    assert not [x for x in h.dropped if before in c.old.sentences[x.sentence].text]


_STANCES = [
    ("cn-state-council/2025.txt", "适度宽松的货币政策", "稳健偏宽松的货币政策", "货币政策"),
    ("cn-state-council/2025.txt", "就业优先政策", "就业稳定政策", "就业政策"),
    (
        "cn-state-council-zh-en/2025.en.txt",
        "an appropriately accommodative monetary policy",
        "a flexible and appropriate monetary policy",
        "monetary policy",
    ),
    (
        "cn-state-council-zh-en/2025.en.txt",
        "employment-first policy",
        "employment-stabilizing policy",
        "employment policy",
    ),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "before", "after", "policy"), _STANCES)
def test_a_stance_reworded_in_new_words_is_a_changed_stance(
    tmp_path: Path, name: str, before: str, after: str, policy: str
) -> None:
    # the edit rewords every statement of the stance, so the new edition states it only
    # in words no stance list holds (稳健偏宽松 grades with 偏; 就业稳定政策, flexible and
    # appropriate): it is changed, not removed
    c = _edited(tmp_path, name, before, after)
    stance = next(s for s in c.changes.highlights.stances if s.policy == policy)
    assert stance.status == "changed"
    assert stance.old is not None and stance.new is not None
    assert before.removeprefix("an ") in stance.old.phrase
    assert after.removeprefix("a ") == stance.new.phrase


@pytest.mark.corpus
def test_a_new_commitment_that_sets_a_new_figure_is_new_and_its_target_named(
    tmp_path: Path,
) -> None:
    # a paragraph inserted into SC 2025's plan: a new programme with a goal for 2027. Its
    # figure is an added target named without the deadline, and the programme is news
    name = "cn-state-council/2025.txt"
    lines = corpus(name).read_text(encoding="utf-8").split("\n")
    inserted = "实施新型储能倍增计划，到2027年新型储能装机规模达到1.8亿千瓦以上。"
    at = next(k for k, line in enumerate(lines) if line.startswith("（五）"))
    edited = tmp_path / "2025.txt"
    edited.write_text("\n".join([*lines[: at + 2], inserted, "", *lines[at + 2 :]]), "utf-8")
    c = diffreport.compare(corpus(name), edited)
    added = [x for x in c.changes.numbers if x.status == "added"]
    assert [(x.kind, x.metric) for x in added] == [("target", "新型储能装机规模（到2027年）")]
    h = c.changes.highlights
    assert [c.new.sentences[x.sentence].text for x in h.new] == [inserted]
    assert "新型储能倍增计划" in h.new[0].terms
    # a figure said anew without a new programme is left to the targets table
    plain = "新建养老服务中心120个。"
    edited.write_text("\n".join([*lines[: at + 2], plain, "", *lines[at + 2 :]]), "utf-8")
    c = diffreport.compare(corpus(name), edited)
    assert [
        x.status
        for x in c.changes.numbers
        if x.new and plain in c.new.sentences[x.new.sentence].text
    ] == ["added"]
    assert not [x for x in c.changes.highlights.new if c.new.sentences[x.sentence].text == plain]


_NOT_STANCES = [
    (
        "cn-state-council/2025.txt",
        "实施更加积极的财政政策",
        "实施支持科技创新的财政政策",
        "财政政策",
    ),
    (
        "cn-state-council/2025.txt",
        "实施适度宽松的货币政策",
        "实施好支持实体经济的货币政策",
        "货币政策",
    ),
    (
        "cn-state-council-zh-en/2025.en.txt",
        "apply an appropriately accommodative monetary policy",
        "improve the transmission of monetary policy",
        "monetary policy",
    ),
    (
        "cn-state-council-zh-en/2025.en.txt",
        "adopt a more proactive fiscal policy",
        "strengthen the coordination of fiscal policy",
        "fiscal policy",
    ),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("name", "before", "after", "policy"), _NOT_STANCES)
def test_a_policy_named_with_an_object_or_a_purpose_states_no_stance(
    tmp_path: Path, name: str, before: str, after: str, policy: str
) -> None:
    # what stands before the policy noun is a purpose, an object or a phrase it is in,
    # not grading words: the stance is removed, not changed into those words
    c = _edited(tmp_path, name, before, after)
    stance = next(s for s in c.changes.highlights.stances if s.policy == policy)
    assert stance.status == "removed" and stance.new is None


@pytest.mark.corpus
def test_a_common_item_added_to_a_list_is_no_change_that_matters(tmp_path: Path) -> None:
    # 新材料 is said in reports for decades: the list grew, the commitment did not change
    before = "培育生物制造、量子科技、具身智能、6G等未来产业"
    after = "培育生物制造、量子科技、新材料、具身智能、6G等未来产业"
    c = _edited(tmp_path, "cn-state-council/2025.txt", before, after)
    assert not c.changes.highlights.changed


@pytest.mark.corpus
def test_a_sentence_split_in_two_or_a_paragraph_said_twice_is_no_new_commitment(
    tmp_path: Path,
) -> None:
    # SC 2017 (not tuned on) with one sentence split at its comma: the piece split off is
    # added, but every word of it is in the old edition; it had been listed first, score 0
    c = _edited(
        tmp_path,
        "cn-state-council/2017.txt",
        "要坚持就业优先战略，实施更加积极的就业政策。",
        "要坚持就业优先战略。实施更加积极的就业政策。",
    )
    added = [p.new for p in c.sentences if p.status == "added"]
    assert [c.new.sentences[i].text for i in added] == ["实施更加积极的就业政策。"]
    assert added[0] in {x.sentence for x in c.changes.new_commitments}  # still listed
    assert c.changes.highlights.new == ()
    # a paragraph said twice: the copy is added, and no news
    text = corpus("cn-state-council/2017.txt").read_text(encoding="utf-8")
    paragraph = next(p for p in text.split("\n") if p.startswith("深入推进国企国资改革"))
    assert paragraph.endswith("。")
    twice = tmp_path / "twice.txt"
    twice.write_text(text.replace(paragraph, paragraph + "\n" + paragraph, 1), "utf-8")
    c = diffreport.compare(corpus("cn-state-council/2017.txt"), twice)
    assert {p.status for p in c.sentences} == {"unchanged", "added"}
    assert c.changes.highlights.new == ()
