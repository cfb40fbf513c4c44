"""Policy stances on real pairs: State Council statements, FOMC decisions, stance paths."""

from __future__ import annotations

import pytest

import diffreport
from diffreport.analyze.stances import document_stances, stance_changes, statements
from diffreport.model import Comparison, StanceChange
from diffreport.series.stances import stance_paths

from .conftest import corpus


def _compare(old: str, new: str) -> Comparison:
    return diffreport.compare(corpus(old), corpus(new))


def _by_policy(comparison: Comparison) -> dict[str, StanceChange]:
    return {change.policy: change for change in stance_changes(comparison)}


def _phrases(change: StanceChange) -> tuple[str | None, str | None]:
    return (
        change.old.phrase if change.old else None,
        change.new.phrase if change.new else None,
    )


@pytest.fixture(scope="module")
def state_council_2025() -> Comparison:
    return _compare("cn-state-council/2024.txt", "cn-state-council/2025.txt")


def test_state_council_2025_monetary_policy_turns_moderately_loose(
    state_council_2025: Comparison,
) -> None:
    money = _by_policy(state_council_2025)["货币政策"]
    assert money.status == "changed"
    assert _phrases(money) == ("稳健的货币政策要灵活适度、精准有效", "适度宽松的货币政策")
    assert money.new is not None
    assert "适度宽松的货币政策" in state_council_2025.new.sentences[money.new.sentence].text


def test_state_council_2025_fiscal_policy_turns_more_proactive(
    state_council_2025: Comparison,
) -> None:
    changes = stance_changes(state_council_2025)
    fiscal = _by_policy(state_council_2025)["财政政策"]
    assert fiscal.status == "changed"
    assert _phrases(fiscal) == ("积极的财政政策要适度加力、提质增效", "更加积极的财政政策")
    # modifier changes come first, then the reworded working tone, then the added 宏观政策;
    # 2025 says 加强逆周期调节 only in its review of last year, so that stance is removed;
    # employment stays first (2024 突出就业优先导向, 2025 完善就业优先政策)
    assert [c.status for c in changes] == [
        "changed",
        "changed",
        "changed",
        "added",
        "removed",
        "unchanged",
    ]
    assert [c.policy for c in changes[:3]] == ["财政政策", "货币政策", "总基调"]
    assert changes[3].policy == "宏观政策"
    assert _phrases(changes[3]) == (None, "更加积极有为的宏观政策")
    assert changes[5].policy == "就业政策"
    assert _phrases(changes[5]) == ("就业优先导向", "就业优先政策")


def test_the_review_part_does_not_give_the_main_statement() -> None:
    doc = diffreport.load(corpus("cn-state-council/2016.txt"))
    found = document_stances(doc)
    # the review says 积极的财政政策注重加力增效 and 继续实施…; the plan says 要加大力度
    assert found["财政政策"].phrase == "积极的财政政策要加大力度"
    assert found["货币政策"].phrase == "稳健的货币政策要灵活适度"


def test_a_complement_only_change_ranks_after_modifier_changes() -> None:
    changes = stance_changes(_compare("cn-state-council/2023.txt", "cn-state-council/2024.txt"))
    # the working tone (稳字当头、稳中求进 -> 稳中求进、以进促稳、先立后破), the fiscal and
    # monetary 要 clauses: reworded, in reading order; then the policies 2023 gives a
    # sentence of their own (产业政策要…) and 2024 does not
    assert [(c.policy, c.status) for c in changes] == [
        ("总基调", "changed"),
        ("财政政策", "changed"),
        ("货币政策", "changed"),
        ("周期调节", "added"),
        ("产业政策", "removed"),
        ("科技政策", "removed"),
        ("社会政策", "removed"),
        ("就业政策", "unchanged"),  # 就业优先政策 (2023), 就业优先导向 (2024)
    ]
    assert _phrases(changes[2]) == (
        "稳健的货币政策要精准有力",
        "稳健的货币政策要灵活适度、精准有效",
    )


def test_a_quiet_pair_has_no_stance_change() -> None:
    comparison = _compare(
        "cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt"
    )
    changes = _by_policy(comparison)
    # the one stance 2026 adds: 加大逆周期和跨周期调节力度 (2025 does not say it)
    assert {p: c.status for p, c in changes.items()} == {
        "周期调节": "added",
        "财政政策": "unchanged",
        "货币政策": "unchanged",
        "就业政策": "unchanged",
    }
    assert _phrases(changes["货币政策"]) == ("适度宽松的货币政策", "适度宽松的货币政策")


def test_english_state_council_stances() -> None:
    comparison = _compare(
        "cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2025.en.txt"
    )
    changes = _by_policy(comparison)
    assert changes["fiscal policy"].status == "changed"
    assert _phrases(changes["fiscal policy"]) == (
        "proactive fiscal policy",
        "more proactive fiscal policy",
    )
    assert _phrases(changes["monetary policy"]) == (
        "prudent monetary policy",
        "appropriately accommodative monetary policy",
    )


@pytest.mark.parametrize(
    "text",
    [
        "全面贯彻党的民族政策，促进各民族交往交流交融。",
        "坚持独立自主的和平外交政策。",
        "认真落实中央出台的一揽子增量政策。",
        "落实鼓励和支持自主创新的财税政策。",
        "优化创新结构性货币政策工具。",
        "围绕发展大局，加强财政、货币、就业、产业、区域、科技、环保等政策协调配合。",
    ],
)
def test_a_mere_mention_of_a_policy_is_not_a_stance(text: str) -> None:
    assert list(statements(diffreport.from_text(text, language="zh"))) == []


def test_stance_words_make_a_statement_in_running_text() -> None:
    doc = diffreport.from_text("要落实更加积极有为的宏观政策，继续实行适度从紧的财政货币政策。")
    found = {(s.policy, s.phrase) for s in statements(doc)}
    assert found == {
        ("宏观政策", "更加积极有为的宏观政策"),
        ("财政政策", "适度从紧的财政货币政策"),
        ("货币政策", "适度从紧的财政货币政策"),
    }


def test_fomc_2022_hike_guidance_and_balance_sheet() -> None:
    comparison = _compare("fomc-sentences/2022-01-26.txt", "fomc-sentences/2022-03-16.txt")
    changes = stance_changes(comparison)
    assert [c.policy for c in changes] == [
        "federal funds rate",
        "forward guidance",
        "balance sheet",
    ]
    assert all(c.status == "changed" for c in changes)
    assert _phrases(changes[0]) == ("maintain 0 to 1/4 percent", "raise to 1/4 to 1/2 percent")
    guidance = _phrases(changes[1])
    assert guidance[0] is not None and "soon be appropriate to raise" in guidance[0]
    assert guidance[1] is not None and guidance[1].startswith("anticipates that ongoing increases")
    sheet = _phrases(changes[2])[1]
    assert sheet is not None and "begin reducing its holdings" in sheet


@pytest.mark.parametrize(
    ("old", "new", "decision"),
    [
        (
            "fomc/2004-05-04.txt",
            "fomc/2004-06-30.txt",
            ("maintain 1 percent", "raise to 1-1/4 percent"),
        ),
        (
            "fomc/2007-08-07.txt",
            "fomc/2007-09-18.txt",
            ("maintain 5-1/4 percent", "lower to 4-3/4 percent"),
        ),
        (
            "fomc/2008-10-29.txt",
            "fomc/2008-12-16.txt",
            ("lower to 1 percent", "lower to 0 to 1/4 percent"),
        ),
        (
            "fomc/2015-10-28.txt",
            "fomc/2015-12-16.txt",
            ("maintain 0 to 1/4 percent", "raise to 1/4 to 1/2 percent"),
        ),
        (
            "fomc-sentences/2019-06-19.txt",
            "fomc-sentences/2019-07-31.txt",
            ("maintain 2-1/4 to 2-1/2 percent", "lower to 2 to 2-1/4 percent"),
        ),
    ],
)
def test_fomc_turning_points(old: str, new: str, decision: tuple[str, str]) -> None:
    change = _by_policy(_compare(old, new))["federal funds rate"]
    assert change.status == "changed"
    assert _phrases(change) == decision


def test_fomc_2008_zero_bound_adds_guidance_and_balance_sheet() -> None:
    changes = _by_policy(_compare("fomc/2008-10-29.txt", "fomc/2008-12-16.txt"))
    guidance = _phrases(changes["forward guidance"])[1]
    assert guidance is not None and "for some time" in guidance
    assert changes["balance sheet"].new is not None


def test_a_quiet_fomc_meeting_changes_no_stance() -> None:
    comparison = _compare("fomc-sentences/2023-09-20.txt", "fomc-sentences/2023-11-01.txt")
    changes = stance_changes(comparison)
    assert [(c.policy, c.status) for c in changes] == [
        ("federal funds rate", "unchanged"),
        ("forward guidance", "unchanged"),
        ("balance sheet", "unchanged"),
    ]
    assert _phrases(changes[0])[1] == "maintain 5-1/4 to 5-1/2 percent"


def test_mojibake_dashes_in_fomc_targets_read_as_fractions() -> None:
    found = document_stances(diffreport.load(corpus("fomc-sentences/2020-01-29.txt")))
    assert found["federal funds rate"].phrase == "maintain 1-1/2 to 1-3/4 percent"


def test_state_council_stance_path_2016_to_2025() -> None:
    years = (2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025)
    docs = [diffreport.load(corpus(f"cn-state-council/{year}.txt")) for year in years]
    paths = {path.policy: path.phrases for path in stance_paths(docs)}
    money = paths["货币政策"]
    assert all(p is not None and "稳健" in p for p in money[:-1])
    assert money[-1] == "适度宽松的货币政策"
    assert paths["财政政策"][-1] == "更加积极的财政政策"
    assert paths["宏观政策"] == (
        "宏观政策要稳",
        "宏观政策要稳",
        None,
        None,
        "宏观政策要继续为市场主体纾困",
        "宏观政策要稳健有效",
        None,
        None,
        "更加积极有为的宏观政策",
    )
    # the policies that changed most often come first
    assert [path.policy for path in stance_paths(docs)][:2] == ["财政政策", "货币政策"]


def test_build_series_fills_the_stance_paths() -> None:
    series = diffreport.compare_series(
        [corpus("cn-state-council/2024.txt"), corpus("cn-state-council/2025.txt")]
    )
    paths = {path.policy: path.phrases for path in series.stances}
    assert paths["货币政策"] == ("稳健的货币政策要灵活适度、精准有效", "适度宽松的货币政策")


def test_english_stance_words_make_a_statement() -> None:
    doc = diffreport.from_text(
        "More proactive fiscal policy will be adopted. "
        "We will pursue a prudent and flexible monetary policy. "
        "We will refine structural monetary policy tools.",
        language="en",
    )
    found = [(s.policy, s.phrase) for s in statements(doc)]
    assert found == [
        ("fiscal policy", "More proactive fiscal policy"),
        ("monetary policy", "prudent and flexible monetary policy"),
    ]


def test_the_working_tone_is_the_list_of_principles_holding_the_named_one() -> None:
    # 2021 names its tone (坚持稳中求进工作总基调); 2022 lists it with 稳字当头; 2024
    # with 以进促稳、先立后破. 2022's 坚持外防输入、内防反弹 holds no tone: no tone
    changes = {
        c.policy: c
        for c in stance_changes(_compare("cn-state-council/2021.txt", "cn-state-council/2022.txt"))
    }
    assert changes["总基调"].status == "changed"
    assert _phrases(changes["总基调"]) == ("坚持稳中求进工作总基调", "坚持稳字当头、稳中求进")
    later = {
        c.policy: c
        for c in stance_changes(_compare("cn-state-council/2023.txt", "cn-state-council/2024.txt"))
    }
    assert _phrases(later["总基调"])[1] == "坚持稳中求进、以进促稳、先立后破"
    same = stance_changes(_compare("cn-state-council/2022.txt", "cn-state-council/2023.txt"))
    assert [c.status for c in same if c.policy == "总基调"] == ["unchanged"]


def test_the_qualities_of_policy_are_a_stance_and_their_silence_is_none() -> None:
    # 2010: 保持政策的连续性和稳定性，…提高政策的针对性和灵活性 (2009 says neither);
    # 2021's first task: 保持宏观政策连续性稳定性可持续性, 2022 要保持宏观政策连续性;
    # 2024 restates 2023's 保持政策连续性稳定性针对性 nowhere: no row, as for a tone
    added = {
        c.policy: c
        for c in stance_changes(_compare("cn-state-council/2009.txt", "cn-state-council/2010.txt"))
    }
    assert added["政策取向"].status == "added"
    assert "提高政策的针对性和灵活性" in (_phrases(added["政策取向"])[1] or "")
    later = {
        c.policy: c
        for c in stance_changes(_compare("cn-state-council/2019.txt", "cn-state-council/2021.txt"))
    }
    assert _phrases(later["政策取向"])[1] == "保持宏观政策连续性稳定性可持续性"
    kept = {
        c.policy: c
        for c in stance_changes(_compare("cn-state-council/2021.txt", "cn-state-council/2022.txt"))
    }
    assert _phrases(kept["政策取向"])[1] == "保持宏观政策连续性"
    quiet = stance_changes(_compare("cn-state-council/2023.txt", "cn-state-council/2024.txt"))
    assert "政策取向" not in {c.policy for c in quiet}


def test_a_tone_list_takes_groups_of_principles_not_the_tasks_after_them() -> None:
    from diffreport.analyze.stances import _tone_patterns

    listed = _tone_patterns()[1]
    found = listed.search("要坚持稳中求进、以进促稳,扩大内需,深化改革,稳定就业。")
    assert found is not None and found.group("items") == "稳中求进、以进促稳"
    grouped = listed.search("坚持稳中求进、以进促稳,守正创新、先立后破,充实完善政策工具箱")
    assert grouped is not None and grouped.group("items").count(",") == 1
    # 可持续性 is a quality of its own, not 持续性
    later = {
        c.policy: c
        for c in stance_changes(_compare("cn-state-council/2019.txt", "cn-state-council/2021.txt"))
    }
    assert _phrases(later["政策取向"])[1] == "保持宏观政策连续性稳定性可持续性"


def test_ending_the_reduction_of_securities_holdings_is_the_balance_sheet_plan() -> None:
    # 2019-07-31 and 2025-10-29 conclude the reduction of the aggregate securities
    # holdings: the balance-sheet plan, added (before, no cue named it)
    for old, new in (("2019-06-19", "2019-07-31"), ("2025-09-17", "2025-10-29")):
        changes = {
            c.policy: c
            for c in stance_changes(
                _compare(f"fomc-sentences/{old}.txt", f"fomc-sentences/{new}.txt")
            )
        }
        assert "securities holdings" in (_phrases(changes["balance sheet"])[1] or ""), new
