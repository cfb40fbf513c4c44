"""Policy stances the reports state without ``<modifier>的<policy>政策``: a policy's own
``要`` clause (宏观政策要稳健有效), the policy orientation's list of such clauses
(宏观政策要稳、微观政策要活、社会政策要托底) and a policy whose name states its stance
(就业优先政策, the employment-first policy), in Chinese and English, on real reports."""

from __future__ import annotations

from pathlib import Path

import pytest

import diffreport
from diffreport.analyze.stances import document_stances, stance_changes, statements
from diffreport.model import Comparison, StanceChange

from .conftest import corpus


def _changes(old: str, new: str) -> tuple[Comparison, dict[str, StanceChange]]:
    comparison = diffreport.compare(corpus(old), corpus(new))
    return comparison, {c.policy: c for c in stance_changes(comparison)}


def _phrases(change: StanceChange) -> tuple[str | None, str | None]:
    return (
        change.old.phrase if change.old else None,
        change.new.phrase if change.new else None,
    )


def test_a_policy_stated_only_by_its_own_clause_is_stated_2022() -> None:
    comparison, changes = _changes("cn-state-council/2021.txt", "cn-state-council/2022.txt")
    macro = changes["宏观政策"]
    # 2021: 宏观政策要继续为市场主体纾困，…不急转弯; 2022: 宏观政策要稳健有效
    assert macro.status == "changed"
    assert _phrases(macro) == ("宏观政策要继续为市场主体纾困", "宏观政策要稳健有效")
    assert macro.new is not None
    shown = comparison.new.sentences[macro.new.sentence].text
    assert shown.startswith("完成今年发展目标任务，宏观政策要稳健有效")


def test_the_policy_orientation_list_states_each_policy_2022() -> None:
    found = document_stances(diffreport.load(corpus("cn-state-council/2022.txt")))
    listed = {
        p: s.phrase
        for p, s in found.items()
        if p not in ("财政政策", "货币政策", "周期调节", "总基调", "政策取向")
    }
    assert listed == {
        "宏观政策": "宏观政策要稳健有效",
        "微观政策": "微观政策要持续激发市场主体活力",
        "结构政策": "结构政策要着力畅通国民经济循环",
        "科技政策": "科技政策要扎实落地",
        "改革开放政策": "改革开放政策要激活发展动力",
        "区域政策": "区域政策要增强发展的平衡性协调性",
        "社会政策": "社会政策要兜住兜牢民生底线",
        "就业政策": "就业优先政策要提质加力",
    }


def test_a_list_taken_as_one_object_ends_before_its_noun_2016_2017() -> None:
    # 实行宏观政策要稳、产业政策要准、…、社会政策要托底的总体思路 (2017: …的政策思路)
    _, changes = _changes("cn-state-council/2016.txt", "cn-state-council/2017.txt")
    for policy, how in [("宏观政策", "稳"), ("产业政策", "准"), ("社会政策", "托底")]:
        assert changes[policy].status == "unchanged"
        assert _phrases(changes[policy])[1] == f"{policy}要{how}"


def test_sentences_of_their_own_state_policies_2023() -> None:
    _, changes = _changes("cn-state-council/2022.txt", "cn-state-council/2023.txt")
    assert changes["产业政策"].status == "added"
    assert _phrases(changes["产业政策"])[1] == "产业政策要发展和安全并举"
    assert _phrases(changes["社会政策"]) == ("社会政策要兜住兜牢民生底线", "社会政策要兜牢民生底线")
    assert changes["宏观政策"].status == "removed"


def test_employment_first_is_the_employment_policy_stance_2019() -> None:
    comparison, changes = _changes("cn-state-council/2018.txt", "cn-state-council/2019.txt")
    employment = changes["就业政策"]
    # 2018 says 实施积极的就业政策 only in its review of the past five years
    assert employment.status == "added"
    assert _phrases(employment) == (None, "就业优先政策要全面发力")
    # the orientation's 实施就业优先政策 is a statement of it too
    orientation = [
        s
        for s in statements(comparison.new)
        if "实施就业优先政策" in comparison.new.sentences[s.sentence].text
    ]
    assert [(s.policy, s.modifier) for s in orientation][-1] == ("就业政策", "优先")


def test_english_employment_first_policy() -> None:
    _, changes = _changes(
        "cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2025.en.txt"
    )
    assert changes["employment policy"].status == "added"
    assert _phrases(changes["employment policy"]) == (None, "employment-first policy")
    _, quiet = _changes("cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2026.en.txt")
    assert quiet["employment policy"].status == "unchanged"


@pytest.mark.parametrize(
    "text",
    [
        # 2022: a programme's policies and policy-making, not a policy's stance
        "各类专项促就业政策要强化优化。",
        "制定涉企政策要多听市场主体意见。",
        "出台实施政策要能早则早、宁早勿晚。",
        # a policy noun that does not open its clause: a mention
        "丰富和灵活运用财政、货币、就业政策工具。",
    ],
)
def test_a_policy_clause_that_is_not_a_stance(text: str) -> None:
    assert list(statements(diffreport.from_text(text, language="zh"))) == []


def test_counter_cyclical_regulation_is_a_stance_2019_2022() -> None:
    _, changes = _changes("cn-state-council/2018.txt", "cn-state-council/2019.txt")
    assert changes["周期调节"].status == "added"
    assert _phrases(changes["周期调节"]) == (None, "发挥好宏观政策逆周期调节")
    comparison, changes = _changes("cn-state-council/2021.txt", "cn-state-council/2022.txt")
    cycle = changes["周期调节"]
    # the review's 注重宏观政策跨周期和逆周期调节 restates 2021; the plan gives the stance
    assert _phrases(cycle) == (None, "强化跨周期和逆周期调节")
    assert cycle.new is not None
    assert comparison.new.sentences[cycle.new.sentence].text.startswith("宏观政策有空间有手段")


def test_english_counter_and_cross_cyclical_adjustments() -> None:
    found = document_stances(diffreport.load(corpus("cn-state-council-zh-en/2024.en.txt")))
    assert found["cyclical adjustment"].phrase == "counter-and cross-cyclical adjustments"
    _, changes = _changes(
        "cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2026.en.txt"
    )
    assert changes["cyclical adjustment"].status == "added"


@pytest.mark.parametrize(
    "text",
    [
        # provinces 2026: the central policy as an opportunity, not the report's stance
        "紧抓国家超常规逆周期调节政策机遇，用好“两重”“两新”和新型政策性金融工具。",
        "抢抓国家构建全国统一大市场、加强超常规逆周期调节的政策机遇。",
    ],
)
def test_a_mention_of_cyclical_regulation_is_not_a_stance(text: str) -> None:
    assert list(statements(diffreport.from_text(text, language="zh"))) == []


def test_a_stance_only_the_review_restates_is_not_this_years() -> None:
    # Qinghai 2026 reviews 2025: 精准落实更加积极有为的宏观政策; its plan states no 宏观政策
    doc = diffreport.load(corpus("cn-provinces/qinghai/2026.txt"))
    assert any(s.policy == "宏观政策" for s in statements(doc))
    assert "宏观政策" not in document_stances(doc)


@pytest.mark.corpus
def test_a_statement_regraded_where_a_restatement_stays_is_a_changed_stance(
    tmp_path: Path,
) -> None:
    # SC 2019 with only its overview regraded in words no list holds (适度扩张): the
    # restatement 积极的财政政策要加力提效 stays, the stance still changed
    text = corpus("cn-state-council/2019.txt").read_text(encoding="utf-8")
    before = "继续实施积极的财政政策和稳健的货币政策"
    assert text.count(before) == 1
    edited = tmp_path / "2019.txt"
    edited.write_text(text.replace(before, "继续实施适度扩张的财政政策和稳健的货币政策"), "utf-8")
    c = diffreport.compare(corpus("cn-state-council/2019.txt"), edited)
    fiscal = next(s for s in c.changes.highlights.stances if s.policy == "财政政策")
    assert fiscal.status == "changed"
    assert fiscal.new is not None and fiscal.new.phrase == "适度扩张的财政政策"
    # and a report that keeps its words changes nothing (SC 2018 -> 2019 as it is)
    real = diffreport.compare(
        corpus("cn-state-council/2018.txt"), corpus("cn-state-council/2019.txt")
    )
    assert all(s.new is None or "扩张" not in s.new.phrase for s in real.changes.highlights.stances)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("report", "before", "after", "policy", "phrase"),
    [
        # the second of two policies one verb takes
        (
            "cn-state-council/2019.txt",
            "继续实施积极的财政政策和稳健的货币政策",
            "继续实施积极的财政政策和稳中偏松的货币政策",
            "货币政策",
            "稳中偏松的货币政策",
        ),
        # a policy's own 要 clause goes with the regraded stance, as a listed one's does
        (
            "cn-state-council/2016.txt",
            "稳健的货币政策要灵活适度",
            "稳中偏紧的货币政策要灵活适度",
            "货币政策",
            "稳中偏紧的货币政策要灵活适度",
        ),
        # a policy put to use (用好) rather than carried out (实施)
        (
            "cn-provinces/sichuan/2025.txt",
            "用好更加积极的财政政策",
            "用好适度扩张的财政政策",
            "财政政策",
            "适度扩张的财政政策",
        ),
    ],
)
def test_a_stance_regraded_in_words_no_list_holds_after_a_list_or_a_verb_of_use(
    tmp_path: Path, report: str, before: str, after: str, policy: str, phrase: str
) -> None:
    text = corpus(report).read_text(encoding="utf-8")
    assert text.count(before) == 1
    edited = tmp_path / "edited.txt"
    edited.write_text(text.replace(before, after), "utf-8")
    c = diffreport.compare(corpus(report), edited)
    change = next(s for s in c.changes.highlights.stances if s.policy == policy)
    assert change.status == "changed"
    assert change.new is not None and change.new.phrase == phrase
    # the report against itself: every stance unchanged
    same = diffreport.compare(corpus(report), corpus(report))
    assert {s.status for s in same.changes.highlights.stances} == {"unchanged"}
