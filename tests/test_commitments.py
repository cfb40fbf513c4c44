"""Commitments that are commitments: the plan part's statements of action, the review's futures.

Held-out-style edits (tests/edits.py) insert sentences taken from another report's
plan part into the plan part of a real report and delete some of its sentences;
the comparison must list nearly all of them as new or dropped commitments, and no
sentence of a review part without an explicit future.
"""

from __future__ import annotations

from functools import cache

import pytest

import diffreport
from diffreport.analyze.commitments import is_commitment, sentence_parts
from diffreport.analyze.parts import plan_sections, review_sections
from diffreport.lexicon import zh
from diffreport.model import Comparison
from diffreport.normalize import fold

from .conftest import corpus
from .edits import Truth, make_edited

#: a Zhengzhou 2023 report excerpt whose plan part is 三、2023年重点工作安排
SEED_NAME = "000_f0c91d072d13cb6f.txt"


def _text(relative: str) -> str:
    return corpus(relative).read_text(encoding="utf-8").split("本作品是中华人民共和国")[0]


def _seed_text() -> str:
    return (corpus("cn-state-council/2024.txt").parents[2] / "seeds" / SEED_NAME).read_text(
        encoding="utf-8"
    )


def _part(text: str, start: str, end: str | None = None) -> str:
    part = text[text.index(start) :]
    return part[: part.index(end)] if end else part


def _edit_part(
    text: str, start: str, end: str | None, donor: str, seed: int
) -> tuple[Truth, Comparison]:
    """Edit the part of ``text`` from ``start`` to ``end`` only; compare the whole texts."""
    head = text[: text.index(start)]
    part = _part(text, start, end)
    tail = text[text.index(start) + len(part) :]
    truth = make_edited(
        part,
        "zh",
        seed,
        insert_from=donor,
        n_insert=10,
        n_delete=8,
        n_reword=0,
        n_numbers=0,
        swap_sections=False,
        rename=False,
    )
    old = head + truth.old_text + "\n\n" + tail
    new = head + truth.new_text + "\n" + tail
    truth.old_text, truth.new_text = old, new
    return truth, diffreport.compare(old, new, old_label="old", new_label="new")


def _found(c: Comparison, truth: Truth) -> tuple[float, float]:
    listed_new = {c.new.sentences[m.sentence].key for m in c.changes.new_commitments}
    listed_dropped = {c.old.sentences[m.sentence].key for m in c.changes.dropped_commitments}
    new = [fold(t, "zh") for t in truth.inserted]
    # a deleted piece the report's own splitter does not see as one sentence (the seed
    # excerpt breaks lines mid-sentence) changes a sentence rather than drops one
    whole = {s.key for s in c.old.sentences}
    dropped = [k for k in (fold(t, "zh") for t in truth.deleted) if k in whole]
    return (
        sum(k in listed_new for k in new) / len(new),
        sum(k in listed_dropped for k in dropped) / len(dropped),
    )


@cache
def _donor(relative: str, start: str, end: str | None = None) -> str:
    return _part(_text(relative), start, end)


DONORS = {
    "State Council 2019": ("cn-state-council/2019.txt", "三、2019年政府工作任务", None),
    "Guangdong 2025": ("cn-provinces/guangdong/2025.txt", "二、2025年工作安排", "一、为老年人"),
}


@pytest.mark.parametrize("donor", sorted(DONORS))
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_sentences_inserted_into_the_seed_plan_part_are_new_commitments(
    donor: str, seed: int
) -> None:
    truth, c = _edit_part(_seed_text(), "## 二、今后五年", None, _donor(*DONORS[donor]), seed)
    found_new, found_dropped = _found(c, truth)
    assert found_new >= 0.9
    assert found_dropped >= 0.9


@pytest.mark.parametrize("donor", sorted(DONORS))
@pytest.mark.parametrize("seed", [0, 1])
def test_sentences_inserted_into_the_state_council_plan_part_are_new_commitments(
    donor: str, seed: int
) -> None:
    text = _text("cn-state-council/2024.txt")
    # the plan part up to the address to the deputies that opens the closing chapters
    truth, c = _edit_part(text, "三、2024年政府工作任务", "各位代表", _donor(*DONORS[donor]), seed)
    found_new, found_dropped = _found(c, truth)
    assert found_new >= 0.9
    assert found_dropped >= 0.9


@pytest.mark.parametrize("seed", [0, 1])
def test_review_sentences_inserted_into_a_review_part_are_no_commitments(seed: int) -> None:
    text = _text("cn-state-council/2024.txt")
    donor = _donor(
        "cn-state-council/2019.txt", "一、2018年工作回顾", "二、2019年经济社会发展总体要求"
    )
    truth, c = _edit_part(text, "一、2023年工作回顾", "二、2024年经济社会发展总体要求", donor, seed)
    listed = {c.new.sentences[m.sentence].key for m in c.changes.new_commitments}
    inserted = [t for t in truth.inserted if fold(t, "zh") in listed]
    assert all(zh.REVIEW_FUTURE.search(t) for t in inserted)
    assert len(truth.inserted) >= 8


@cache
def state_council(old: int, new: int) -> Comparison:
    return diffreport.compare(
        corpus(f"cn-state-council/{old}.txt"), corpus(f"cn-state-council/{new}.txt")
    )


def test_past_results_of_the_review_are_no_new_commitments() -> None:
    c = state_council(2024, 2025)
    review = review_sections(c.new)
    new = [c.new.sentences[m.sentence] for m in c.changes.new_commitments]
    assert not any("党的二十届三中全会胜利召开" in s.text for s in new)
    assert not any("居民人均可支配收入实际增长5.1%" in s.text for s in new)
    assert all(zh.REVIEW_FUTURE.search(s.text) for s in new if s.section in review)


def test_plan_statements_count_whatever_their_verb_and_meta_sentences_do_not() -> None:
    c = state_council(2024, 2025)
    new = {c.new.sentences[m.sentence].text for m in c.changes.new_commitments}
    # no cue word of the old lists, but a statement of action in the plan part
    assert "严控财政供养人员规模。" in new
    assert "规范税收优惠政策。" in new
    assert "实施提振消费专项行动。" in new
    assert "拟发行特别国债5000亿元，支持国有大型商业银行补充资本。" in new
    # about the year or the hall, not an action
    assert not any(t.startswith("今年是") for t in new)
    assert "各位代表！" not in new
    # the closing words after the address to the deputies are no plan statements
    assert "信心凝聚力量，实干谱写华章。" not in new
    old = {c.old.sentences[m.sentence].text for m in c.changes.dropped_commitments}
    assert "使命重在担当，奋斗创造未来。" not in old


def test_verdicts_and_the_weight_of_the_year_are_no_commitments() -> None:
    # 2019's plan part: a copula verdict and how heavy the year is are no actions; the
    # situation followed by 必须/要 is one (…，必须把就业摆在更加突出位置), as is a focus of
    # action (当前的重点是加快…) and a heavy task followed by 要 (1988)
    doc = diffreport.load(corpus("cn-state-council/2019.txt"))
    parts = sentence_parts(doc)
    texts = {s.text: parts[s.index] for s in doc.sentences}
    for meta in (
        "就业是民生之本、财富之源。",
        "今年经济社会发展任务重、挑战多、要求高。",
    ):
        assert texts[meta] == "plan" and not is_commitment(meta, "zh", "plan")
    situation = next(t for t in texts if t.startswith("当前和今后一个时期，我国就业总量"))
    assert is_commitment(situation, "zh", "plan")
    assert not is_commitment("当前，经济运行总体平稳。", "zh", "plan")
    # a document laid before the congress is spoken about, unless its laying is to come
    for about in (
        "《纲要草案》坚持以习近平新时代中国特色社会主义思想为指导，实化量化“十四五”时期经济社会"
        "发展主要目标和重大任务，全文提交大会审查，这里概述几个方面。",
        "国务院制定了《国民经济和社会发展第十一个五年规划纲要（草案）》，已提请大会审议。",
    ):
        assert not is_commitment(about, "zh", "plan"), about
    assert is_commitment("国务院机构改革方案将提交本次大会审议。", "zh", "plan")
    # a plan-part sentence that reports or explains (了) commits to nothing, unless it acts
    # or speaks of this year; nor does one that says what is about to happen (即将)
    assert not is_commitment("实践证明，这一政策是正确的，取得了显著成效。", "zh", "plan")
    assert not is_commitment("中日关系总体上保持了发展的势头。", "zh", "plan")
    assert not is_commitment("这项改革抓住了主要矛盾。", "zh", "plan")
    assert not is_commitment("这一政策实施以来，取得了显著成效。", "zh", "plan")
    assert is_commitment(
        "今年在全国彻底取消农业税，标志着在我国实行了长达2600年的这个古老税种从此退出历史舞台。",
        "zh",
        "plan",
    )
    assert not is_commitment("本届政府到现在已经五年了，任期即将结束。", "zh", "other")
    # outside the parts, a sentence that opens on the past year reports it (1999's chapters)
    past = "近年来，我们着力推进简政放权，政府职能转变取得明显成效。"
    assert is_commitment(past.replace("近年来，", ""), "zh", "other")  # the cue alone commits
    assert not is_commitment(past, "zh", "other")
    assert is_commitment("去年开工的项目，今年要加快建设。", "zh", "other")
    assert is_commitment("近几年水旱灾害比较严重，要下决心把水利建设搞上去。", "zh", "other")
    assert is_commitment(
        "过去一年，民营企业取得新进步；新的一年，我们推动其发挥更大作用。", "zh", "other"
    )
    # the year's guiding sentence speaks about the work, but when it opens a list in the
    # same sentence its first item acts (2009; 2007's 以下工作：一是…)
    assert not is_commitment("做好今年政府工作，要把握好以下几点。", "zh", "plan")
    assert is_commitment("做好今年政府工作，必须把握好以下原则：一是扩内需、保增长。", "zh", "plan")
    c = state_council(2008, 2009)
    new = {c.new.sentences[m.sentence].text for m in c.changes.new_commitments}
    assert "做好今年政府工作，必须把握好以下原则：一是扩内需、保增长。" in new
    for action in (
        "当前，要把煤矿安全作为突出任务，完善煤矿安全监管体制和机制。",
        "当前的重点是加快淮河、太湖的综合治理。",
        "海南岛开发建设的任务很艰巨，工作要扎扎实实地进行。",
    ):
        assert is_commitment(action, "zh", "plan"), action


def test_guangdong_review_results_are_not_dropped_commitments() -> None:
    c = diffreport.compare(
        corpus("cn-provinces/guangdong/2025.txt"), corpus("cn-provinces/guangdong/2026.txt")
    )
    review = review_sections(c.old)
    dropped = [c.old.sentences[m.sentence] for m in c.changes.dropped_commitments]
    assert all(zh.REVIEW_FUTURE.search(s.text) for s in dropped if s.section in review)
    assert len(dropped) >= 200


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("year", "parts"),
    [
        # the line in 二、…工作总体部署, the tasks in the top-level parts after it
        (2007, ["review", "plan", "plan", "plan", "plan", "plan"]),
        (2005, ["review", "plan", "plan", "plan", "plan", "plan", "plan"]),
        # a heading that names the year's work
        (2011, ["review", "plan", "plan"]),
        (2024, ["review", "plan", "plan"]),
    ],
)
def test_the_plan_part_of_older_reports_runs_from_its_first_part_to_the_end(
    year: int, parts: list[str]
) -> None:
    doc = diffreport.load(corpus(f"cn-state-council/{year}.txt"))
    plan, review = plan_sections(doc), review_sections(doc)
    tops = [s.index for s in doc.sections if s.parent is None and s.heading]
    found = ["plan" if i in plan else "review" if i in review else "other" for i in tops]
    assert found == parts


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("path", "last_result", "first_plan"),
    [
        (
            "cn-state-council/2021.txt",
            "经过五年持续奋斗，“十三五”规划主要目标任务胜利完成",
            "“十四五”时期是开启全面建设社会主义现代化国家新征程的第一个五年",
        ),
        (
            "cn-provinces/beijing/2026.txt",
            None,
            "“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期",
        ),
    ],
)
def test_a_part_that_reviews_one_period_and_plans_the_next_turns_at_the_next(
    path: str, last_result: str | None, first_plan: str
) -> None:
    # 二、“十三五”时期发展成就和“十四五”时期主要目标任务: the five years' results are review;
    # from the sentence that names the coming period on, its targets and tasks are plan
    doc = diffreport.load(corpus(path))
    parts = sentence_parts(doc)
    turn = next(s for s in doc.sentences if s.text.startswith(first_plan))
    mixed = [s for s in doc.sentences if s.section == turn.section and not s.heading]
    assert turn.section in review_sections(doc)
    assert [parts[s.index] for s in mixed] == [
        "review" if s.index < turn.index else "plan" for s in mixed
    ]
    if last_result is not None:
        result = next(s for s in mixed if s.text.startswith(last_result))
        assert parts[result.index] == "review"
    # the plan half's actions are commitments (把科技自立自强作为国家发展的战略支撑 in 2021)
    after = [s for s in mixed if s.index > turn.index]
    assert sum(is_commitment(s.text, "zh", parts[s.index]) for s in after) >= 0.6 * len(after)


@pytest.mark.corpus
def test_a_review_whose_heading_plans_the_year_turns_at_this_year() -> None:
    # 一、1998年工作回顾和1999年工作的总体要求: the review runs until 1999年，我们将庆祝…
    doc = diffreport.load(corpus("cn-state-council/1999.txt"))
    parts = sentence_parts(doc)
    turn = next(
        s for s in doc.sentences if s.text.startswith("1999年，我们将庆祝新中国成立五十周年")
    )
    mixed = [s for s in doc.sentences if s.section == turn.section and not s.heading]
    assert [parts[s.index] for s in mixed] == [
        "review" if s.index < turn.index else "plan" for s in mixed
    ]
    requirements = next(s for s in mixed if s.text.startswith("今年政府工作总的要求是"))
    assert parts[requirements.index] == "plan"
    # 一、１９９３年国内工作的回顾和１９９４年工作的基本方针 (full-width digits): the year's
    # guiding policy begins where it is set out (明确提出了今年全党和全国工作的基本方针)
    doc = diffreport.load(corpus("cn-state-council/1994.txt"))
    parts = sentence_parts(doc)
    line = next(s for s in doc.sentences if "明确提出了今年全党和全国工作的基本方针" in s.text)
    results = next(s for s in doc.sentences if s.text.startswith("城乡人民生活继续改善"))
    assert (parts[results.index], parts[line.index]) == ("review", "plan")


def test_a_reviews_mention_of_the_next_period_does_not_turn_it_to_plan() -> None:
    # results that prepare the year (为今年发展打下了坚实基础, 为实现“十五五”规划目标打下了
    # 基础) are still the review; the plan begins where a sentence opens on the year
    text = (
        "一、2024年工作回顾和2025年工作总体要求\n"
        "过去一年，经济运行总体平稳，为今年发展打下了坚实基础。\n"
        "我们深入推进乡村振兴，建成高标准农田8000万亩。\n"
        "为实现“十五五”规划目标打下了基础。\n"
        "今年发展的总体要求是：加快构建新发展格局。\n"
        "要大力提振消费。\n"
    )
    c = diffreport.compare(text.replace("2025", "2026").replace("2024", "2025"), text)
    parts = sentence_parts(c.new)
    assert [parts[s.index] for s in c.new.sentences if not s.heading] == [
        "review",
        "review",
        "review",
        "plan",
        "plan",
    ]


@pytest.mark.corpus
def test_the_tasks_under_a_part_that_turns_to_plan_are_plan() -> None:
    # Guangxi 2026: 二、“十四五”时期发展成就和“十五五”时期主要目标任务 turns at 我们编制了
    # “十五五”规划纲要; its eight tasks （一）…（八） under it are plan, and their figures targets
    doc = diffreport.load(corpus("cn-provinces/guangxi/2026.txt"))
    parts = sentence_parts(doc)
    part = next(s for s in doc.sections if (s.heading or "").startswith("二、“十四五”时期发展成就"))
    tasks = [s for s in doc.sentences if doc.sections[s.section].parent == part.index]
    assert tasks and all(parts[s.index] == "plan" for s in tasks)
    results = [s for s in doc.sentences if s.section == part.index and "过去五年" in s.text]
    assert results and all(parts[s.index] == "review" for s in results)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "entry"),
    [
        # 附件2 名词解释 heads Guangdong 2025's glossary; Jiangxi 2026's is 附件 whose first
        # line is 《政府工作报告》有关内容名词注释; Hainan 2026 titles its notes 注释 alone
        ("cn-provinces/guangdong/2025.txt", "“四旁”为村旁、宅旁、路旁、水旁"),
        ("cn-provinces/jiangxi/2026.txt", "治安态势感知图、风险隐患图、可用资源图"),
        ("cn-provinces/hainan/2026.txt", "［1］一降三减"),
        ("cn-provinces/sichuan/2025.txt", "为解决市场主体反映突出的法治问题"),
    ],
)
def test_a_glossary_the_report_appends_is_notes_not_commitments(name: str, entry: str) -> None:
    doc = diffreport.load(corpus(name))
    parts = sentence_parts(doc)
    (found,) = [s for s in doc.sentences if entry in s.text]
    assert parts[found.index] == "notes"
    assert not is_commitment(found.text, "zh", parts[found.index])
    # the report's own last task is no note
    body = [s for s in doc.sentences if parts[s.index] != "notes"]
    assert body and parts[body[-1].index] != "notes" and len(body) > len(doc.sentences) // 2


@pytest.mark.corpus
def test_a_glossary_gives_no_topics_and_no_targets() -> None:
    # 11 of the 15 topics Guangdong 2026 had dropped came from 2025's glossary (四旁, 五边,
    # 子公司, 飞行服务站…); Sichuan 2025's entry 23.优化法治化营商环境“十项措施”：… was a
    # removed target (措施 十项)
    c = diffreport.compare(
        corpus("cn-provinces/guangdong/2025.txt"), corpus("cn-provinces/guangdong/2026.txt")
    )
    dropped = {t.term for t in c.changes.dropped_topics}
    assert not dropped & {"四旁", "五边", "子公司", "飞行服务站", "产区", "分布式"}
    c = diffreport.compare(
        corpus("cn-provinces/sichuan/2025.txt"), corpus("cn-provinces/sichuan/2026.txt")
    )
    assert not [x for x in c.changes.numbers if x.kind == "target" and x.metric == "措施"]
