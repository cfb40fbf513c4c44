"""What changed that matters: commitments (numbers and topics have their own test files)."""

from __future__ import annotations

import re
from functools import cache

import pytest

import diffreport
from diffreport.analyze.commitments import Part, is_commitment
from diffreport.analyze.parts import plan_sections
from diffreport.model import Comparison
from diffreport.normalize import fold

from .conftest import corpus
from .edits import make_edited


@cache
def state_council(old: int, new: int) -> Comparison:
    return diffreport.compare(
        corpus(f"cn-state-council/{old}.txt"), corpus(f"cn-state-council/{new}.txt")
    )


def test_plan_part_is_found() -> None:
    doc = state_council(2024, 2025).new
    plan = plan_sections(doc)
    titles = {doc.sections[k].heading for k in plan}
    assert "三、2025年政府工作任务" in titles
    assert "二、2025年经济社会发展总体要求和政策取向" in titles
    assert "一、2024年工作回顾" not in titles


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("拟发行特别国债5000亿元，支持国有大型商业银行补充资本。", "other", True),
        ("我们将坚持稳中求进、以进促稳。", "other", True),
        ("加快建设全国统一大市场。", "other", True),
        ("深化国有企业改革，持续优化国有经济布局。", "plan", True),
        ("严控财政供养人员规模。", "plan", True),
        ("我国经济航船必将乘风破浪、行稳致远！", "other", False),
        ("国产大飞机C919投入商业运营。", "other", False),
        ("粮食产量1.39万亿斤，再创历史新高。", "other", False),
        ("主要表现在，产业升级有新进展。", "other", False),
        # the review part reports results: only an explicit future commits
        (
            "党的二十届三中全会胜利召开，对进一步全面深化改革、推进中国式现代化作出部署。",
            "review",
            False,
        ),
        ("加快建设全国统一大市场。", "review", False),
        ("对此，我们将高度重视，采取有力措施加以解决。", "review", True),
        ("争取中央预算内投资资金233亿元。", "review", False),
        # the plan part's sentences about the year or the hall
        ("各位代表！", "plan", False),
        ("今年是“十四五”规划收官之年。", "plan", False),
        ("做好今年工作，必须坚持稳中求进、以进促稳。", "plan", False),
        ("就业是最基本的民生。", "plan", False),
        ("二是加快推进新型城镇化。", "plan", True),
    ],
)
def test_is_commitment_zh(text: str, part: Part, expected: bool) -> None:
    assert is_commitment(text, "zh", part) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Committee will continue to monitor the implications of incoming information.", True),
        (
            "The Committee is strongly committed to returning inflation to its 2 percent goal.",
            True,
        ),
        (
            "Recent indicators suggest that economic activity has been expanding at a solid pace.",
            False,
        ),
    ],
)
def test_is_commitment_en(text: str, expected: bool) -> None:
    assert is_commitment(text, "en") is expected


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("We should adopt a more proactive fiscal policy.", "plan", True),
        ("Fellow Deputies,", "plan", False),
        ("Employment is crucial to the people's wellbeing.", "plan", False),
        ("Last year, we made major new progress in national defense.", "plan", False),
        ("We deepened reform and opening up comprehensively.", "review", False),
        (
            "The Committee decided to raise the target range for the federal funds rate.",
            "other",
            True,
        ),
    ],
)
def test_is_commitment_en_by_part(text: str, part: Part, expected: bool) -> None:
    assert is_commitment(text, "en", part) is expected


def test_state_council_new_and_dropped_commitments() -> None:
    c = state_council(2024, 2025)
    new = {c.new.sentences[m.sentence].text for m in c.changes.new_commitments}
    dropped = {c.old.sentences[m.sentence].text for m in c.changes.dropped_commitments}
    assert "拟发行特别国债5000亿元，支持国有大型商业银行补充资本。" in new
    assert "实施提振消费专项行动。" in new
    assert "促进消费稳定增长。" in dropped
    assert not any("必将乘风破浪" in t for t in new)
    # commitments are sentences that were added or removed, never headings
    statuses = {c.new.sentences[p.new].text: p.status for p in c.sentences if p.new is not None}
    assert all(statuses[t] == "added" for t in new)
    assert not any(c.new.sentences[m.sentence].heading for m in c.changes.new_commitments)


def _in_plan(text: str, sentence: str) -> bool:
    start = text.index("三、2024年政府工作任务")
    return start < text.index(sentence) < text.index("各位代表", start)


def _plan_part(relative: str, marker: str) -> str:
    text = corpus(relative).read_text(encoding="utf-8").split("本作品是中华人民共和国")[0]
    return text[text.index(marker) :]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_inserted_and_deleted_commitments_are_listed(seed: int) -> None:
    text = corpus("cn-state-council/2024.txt").read_text(encoding="utf-8")
    text = text.split("本作品是中华人民共和国")[0]
    truth = make_edited(
        text,
        "zh",
        seed,
        insert_from=_plan_part("cn-state-council/2019.txt", "三、2019年政府工作任务"),
        n_insert=10,
        n_delete=10,
        swap_sections=False,
        rename=False,
    )
    c = diffreport.compare(truth.old_text, truth.new_text, old_label="2024", new_label="2024b")
    listed_new = {c.new.sentences[m.sentence].key for m in c.changes.new_commitments}
    listed_dropped = {c.old.sentences[m.sentence].key for m in c.changes.dropped_commitments}
    # the plan part's statements count whatever their verb; elsewhere only a cue commits
    # (issue 17): an inserted plan sentence that landed in the review part is a result.
    # The plan part runs to the address to the deputies that opens the closing chapters.
    cue = re.compile(r"将|力争|拟")  # an explicit future commits in any part
    expected_dropped = [
        fold(t, "zh") for t in truth.deleted if _in_plan(truth.old_text, t) or cue.search(t)
    ]
    expected_new = [
        fold(t, "zh") for t in truth.inserted if _in_plan(truth.new_text, t) or cue.search(t)
    ]
    found_new = sum(1 for k in expected_new if k in listed_new)
    found_dropped = sum(1 for k in expected_dropped if k in listed_dropped)
    assert found_new >= 0.9 * len(expected_new)
    assert found_dropped >= 0.9 * len(expected_dropped)
