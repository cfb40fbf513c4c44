"""Highlights against what published analyses put in their headlines.

``tests/data/headlines.json`` is our dev set: for eleven State Council pairs (the
second batch, six pairs of 2013-2019, was measured before any tuning) and six FOMC
turning points (``headlines-fomc2.json``: eleven more FOMC pairs, measured untuned),
the changes that official briefings, 新提法 explainers, brokerage notes, news
analyses and statement redlines named as headlines (sources in
``tests/data/headlines-SOURCES.md``), each keyed by a short phrase checked to occur
in the corpus file. An item is *shown* when its phrase is in the summary a reader
sees first: the changed targets' sentences, the stances that changed, the
priorities, the first ``highlights`` entries of new, dropped and changed, and the
top topics. The held-out sets the project is judged on are other pairs; these
rates are pinned so that a change that loses headlines fails here first.
"""

from __future__ import annotations

import json
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

import diffreport
from diffreport.analyze.commitments import sentence_parts
from diffreport.analyze.continuations import _names, continuations
from diffreport.model import Comparison

from .conftest import corpus

#: every batch of the dev set: headlines.json (the first two batches), headlines-*.json
DEV = {
    "items": [
        item
        for path in sorted((Path(__file__).parent / "data").glob("headlines*.json"))
        for item in json.loads(path.read_text("utf-8"))["items"]
    ]
}


@cache
def compared(old: str, new: str) -> Comparison:
    return diffreport.compare(corpus(old), corpus(new))


def shown(c: Comparison) -> tuple[list[str], list[str]]:
    """What the summary shows of the old and of the new edition."""
    o, n, ch = c.old, c.new, c.changes
    old: list[str] = []
    new: list[str] = []
    for x in ch.numbers:
        if x.kind == "target" and x.status != "unchanged":
            old += [o.sentences[x.old.sentence].text] if x.old else []
            new += [n.sentences[x.new.sentence].text] if x.new else []
    h = ch.highlights
    for s in h.stances:  # an unchanged one too: its line names the stance it keeps
        old += [o.sentences[s.old.sentence].text] if s.old else []
        new += [n.sentences[s.new.sentence].text] if s.new else []
    for p in h.priorities:
        old += [o.section_title(p.old.section)] if p.old else []
        new += [n.section_title(p.new.section)] if p.new else []
    new += [n.sentences[x.sentence].text for x in h.new]
    old += [o.sentences[x.sentence].text for x in h.dropped]
    for x in h.changed:
        old.append(o.sentences[x.old].text)
        new.append(n.sentences[x.new].text)
    new += [t.term for t in ch.new_topics]
    old += [t.term for t in ch.dropped_topics]
    return old, new


def hit_rates(family: str) -> tuple[float, dict[str, list[str]]]:
    """The share of the family's dev items the summary shows, and the missed ones."""
    found = total = 0
    missed: dict[str, list[str]] = defaultdict(list)
    for item in DEV["items"]:
        old_file, new_file = item["pair"]
        if not old_file.startswith(family):
            continue
        old, new = shown(compared(old_file, new_file))
        ok = (item["new_key"] and any(item["new_key"] in s for s in new)) or (
            item["old_key"] and any(item["old_key"] in s for s in old)
        )
        total += 1
        found += bool(ok)
        if not ok:
            missed[new_file].append(f"{item['kind']}: {item['old_key']} -> {item['new_key']}")
    return found / total, missed


@pytest.mark.corpus
def test_the_dev_set_keys_are_in_the_corpus() -> None:
    for item in DEV["items"]:
        for side, key in zip(item["pair"], (item["old_key"], item["new_key"]), strict=True):
            if key is not None:
                assert key in corpus(side).read_text(encoding="utf-8"), (side, key)


@pytest.mark.corpus
def test_fomc_summaries_show_the_published_headlines() -> None:
    # the six tuned pairs: 43/43. Batch 3 (headlines-fomc2.json: eleven pairs not tuned
    # on) measured 51/54 untuned, 53/54 after; all together 96/97. Batch fomc3 (ten more
    # turning points, 1998-2025, gathered before measuring) 57/58 untuned: 153/155
    rate, missed = hit_rates("fomc")
    assert rate >= 0.97, dict(missed)


@pytest.mark.corpus
def test_state_council_summaries_show_most_published_headlines() -> None:
    # batch 1 measured 0.58 (0.37 before highlights), 0.60 now. Batch 2 (six more
    # pairs, added before any tuning) measured 0.31 untuned, 0.36 after; both together
    # 0.52, then 0.537 with a reworded lead task among the priorities, 0.553 with
    # reworded commitments the alignment left unpaired as continuing, not new and
    # dropped; 0.545 when a five-year outline weighs as an outline even where its
    # heading names objectives (the 2016 outline held one item). Batch sc3
    # (headlines-sc3.json, 2007->2013) measured 27/49 untuned; with it 94/172, then
    # 103/172 (0.599) with rank cues, the plan part of older reports and more stance
    # forms; with the 28 English items of the same folder, 124/200, then 125/200 with the
    # working tone (总基调) as a stance, 126 with the qualities of policy (政策取向), 128
    # with a paragraph's sub-heading ranking its task, 129 with the 十二五 growth goal.
    # Batch sc4 (headlines-sc4.json, 1999->2007, gathered before measuring) measured
    # 26/56 untuned; with it 155/256 (0.605); 156 with 1999's growth target, 160 when the
    # unchanged stances' line names the stance it keeps (继续实施积极的财政政策 in four
    # analyses), 165 when a phrase that ranks a task weighs 10, not 6; 167 with the
    # chapters after the review as the tasks of a report without a plan part (2002's
    # 一、扩大和培育内需 first, the new 四、适应加入世贸组织新形势), 168 with a list of the
    # year's measures as plan (2000's 1000亿元长期国债), 172 when a sweeping abolition or
    # exemption weighs as a rank cue does (彻底取消农业税, 全部免除学杂费, 全面取消制造业
    # 领域外资准入限制措施). Batch sc5 (headlines-sc5.json: 54 more headlines for 2007->2012
    # and 2015->2021 from 35 sources not used before, gathered before measuring) measured
    # 39/54 untuned, 40/54 after; with it 212/310 (0.684). Batch sc6 (headlines-sc6.json:
    # 60 headlines of the pairs 1978->1999, from 30 sources, gathered before measuring; the
    # 1990s target reading had been fixed earlier that session, not on the batch) measured
    # 14/60 untuned; with it 226/370 (0.611), then 228/370 with 努力把…控制在 as a goal cue
    # and a plan named in the clause before, 230 with 1999's tasks listed against 1998's
    # plan part, 232 with the central link (中心环节) and the main measure (…的主要措施) as
    # phrases that rank a task, 233 with continuing programmes under another name, 234 with
    # a rare name added to a list or taken from it as a change. The bar is 0.85
    rate, missed = hit_rates("cn-state-council")
    assert rate >= 0.63, dict(missed)


@pytest.mark.corpus
@pytest.mark.parametrize("year", [y for y in range(2014, 2026) if y != 2020])
def test_no_review_part_sentence_is_a_new_or_dropped_highlight(year: int) -> None:
    previous = year - 1 if year != 2021 else 2019  # no 2020 report in the corpus
    c = compared(f"cn-state-council/{previous}.txt", f"cn-state-council/{year}.txt")
    h = c.changes.highlights
    assert h.new and h.dropped
    # the review part: review sections up to where one turns to plan the next period
    new_parts, old_parts = sentence_parts(c.new), sentence_parts(c.old)
    assert not [x for x in h.new if new_parts[x.sentence] == "review"]
    assert not [x for x in h.dropped if old_parts[x.sentence] == "review"]


@pytest.mark.corpus
def test_fomc_2022_summary_names_the_hike_the_guidance_and_the_balance_sheet() -> None:
    c = compared("fomc-sentences/2022-01-26.txt", "fomc-sentences/2022-03-16.txt")
    h = c.changes.highlights
    rate = next(s for s in h.stances if s.policy == "federal funds rate")
    assert rate.status == "changed"
    assert rate.new is not None and "raise" in rate.new.phrase and "1/4 to 1/2" in rate.new.phrase
    changed = {c.new.sentences[x.new].text: x for x in h.changed}
    decision = next(x for text, x in changed.items() if "decided to raise" in text)
    assert "keep" in decision.removed and "raise" in decision.inserted
    texts = " ".join(changed)
    assert "ongoing increases in the target range will be appropriate" in texts
    assert "begin reducing its holdings" in texts


@pytest.mark.corpus
def test_state_council_2025_leads_with_the_stance_changes_and_ranks_coinages_high() -> None:
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    h = c.changes.highlights
    stances = {s.policy: s for s in h.stances}
    assert stances["货币政策"].status == "changed"
    assert stances["货币政策"].new is not None
    assert stances["货币政策"].new.phrase.startswith("适度宽松的货币政策")
    assert stances["财政政策"].status == "changed"
    first = [c.new.sentences[x.sentence].text for x in h.new[:3]]
    assert any("投资于人" in text for text in first), first
    assert [p.new.position for p in h.priorities[:1] if p.new] == [1]
    terms = [t.term for t in c.changes.new_topics]
    assert "提振消费" in terms


@pytest.mark.corpus
def test_a_reworded_commitment_the_alignment_left_unpaired_continues() -> None:
    # 2025: 持续推进“人工智能+”行动，将数字技术… ; 2026: 深化拓展“人工智能+”，促进…智能体…
    # the aligner pairs neither (most words changed); the shared name tells they are one
    c = compared("cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt")
    h = c.changes.highlights
    old_text = {x.sentence: c.old.sentences[x.sentence].text for x in h.dropped}
    new_text = {x.sentence: c.new.sentences[x.sentence].text for x in h.new}
    ai = next(x for x in h.changed if "“人工智能+”" in c.new.sentences[x.new].text)
    assert "持续推进“人工智能+”行动" in c.old.sentences[ai.old].text
    assert "深化拓展“人工智能+”" in c.new.sentences[ai.new].text
    assert "持续推进" in ai.removed and "深化拓展" in ai.inserted
    assert ai.old not in old_text and ai.new not in new_text
    new_c = {x.sentence for x in c.changes.new_commitments}
    dropped_c = {x.sentence for x in c.changes.dropped_commitments}
    pairs = continuations(c, c.changes.new_commitments, c.changes.dropped_commitments)
    assert 10 <= len(pairs) <= 40  # 2025 -> 2026: 19 of 282 new and 262 dropped
    assert len({a for a, _ in pairs}) == len({b for _, b in pairs}) == len(pairs)
    for a, b in pairs:  # one removed and one added commitment, naming the same thing
        assert a in dropped_c and b in new_c
        old_s, new_s = c.old.sentences[a].text, c.new.sentences[b].text
        shared = [n for n in _names(old_s) if n in new_s] + [
            n for n in _names(new_s) if any(n[k:] in old_s for k in range(len(n) - 3))
        ]
        assert shared, (old_s, new_s)
    # a name many commitments hold (“十五五”) pairs nothing
    assert not [b for _, b in pairs if "“十五五”" in c.new.sentences[b].text]


@pytest.mark.corpus
def test_a_programme_continues_under_a_longer_or_shorter_name() -> None:
    # 2025: 开展中央部门零基预算改革试点，支持地方深化零基预算改革…; 2026: 深化零基预算
    # 改革，进一步扩大中央部门试点范围 — no name of one is a name of the other, but the
    # new name is said in the old sentence; 强度双控制度 holds 双控制度 of 碳排放双控制度体系
    c = compared("cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt")
    pairs = continuations(c, c.changes.new_commitments, c.changes.dropped_commitments)
    said = [(c.old.sentences[a].text, c.new.sentences[b].text) for a, b in pairs]
    assert any("中央部门零基预算改革试点" in o and "扩大中央部门试点范围" in n for o, n in said)
    assert any("碳排放双控制度体系" in o and "强度双控制度" in n for o, n in said)
    budget = next(
        x for x in c.changes.highlights.changed if "零基预算" in c.new.sentences[x.new].text
    )
    assert "零基预算" in c.old.sentences[budget.old].text
    # a core that many reports say (行动计划, 管理机制) pairs nothing: 制定实施教育强国建设
    # 三年行动计划 is not continued by …空气质量持续改善行动计划, nor 健全脱贫攻坚国家投入
    # 形成资产的长效管理机制 by 健全预期管理机制
    for _, n in said:
        assert "空气质量持续改善行动计划" not in n and "预期管理机制" not in n, n
    # nor a core said in more than one sentence of an edition: Anhui 2026 says
    # 国资国企改革 twice, so 提升国资国企改革质效 (2025) continues neither
    c = compared("cn-provinces/anhui/2025.txt", "cn-provinces/anhui/2026.txt")
    pairs = continuations(c, c.changes.new_commitments, c.changes.dropped_commitments)
    assert not [a for a, _ in pairs if "提升国资国企改革质效" in c.old.sentences[a].text]


def test_highlight_lists_follow_the_options() -> None:
    c = diffreport.compare(
        corpus("cn-state-council/2024.txt"),
        corpus("cn-state-council/2025.txt"),
        options=diffreport.CompareOptions(highlights=3, highlight_terms=2),
    )
    h = c.changes.highlights
    assert len(h.new) == len(h.dropped) == 3 and len(h.changed) <= 3
    assert all(len(x.terms) <= 2 for x in (*h.new, *h.dropped))
    scores = [x.score for x in h.new]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.corpus
def test_the_year_moving_with_the_edition_is_no_changed_figure() -> None:
    # Zhejiang: "2025年是…" -> "2026年是“十四五”…" (the year is the edition's own; the rest
    # of the sentence changed too, without a word of intensity or a figure that matters)
    c = compared("cn-provinces/zhejiang/2025.txt", "cn-provinces/zhejiang/2026.txt")
    texts = [c.new.sentences[x.new].text for x in c.changes.highlights.changed]
    assert len(texts) == 10
    assert not [t for t in texts if t.startswith("2026年是")]


@pytest.mark.corpus
def test_a_sentence_the_report_says_twice_is_one_entry() -> None:
    # 2015 says 加大简政放权、放管结合改革力度。 in the year's plan and again as the
    # sub-heading of its task: both ranked first and took two of the ten places
    c = compared("cn-state-council/2014.txt", "cn-state-council/2015.txt")
    texts = [c.new.sentences[x.sentence].text.strip() for x in c.changes.highlights.new]
    assert texts.count("加大简政放权、放管结合改革力度。") == 1
    assert len(set(texts)) == len(texts) == 10
    listed = [x.sentence for x in c.changes.new_commitments]  # every one still listed
    said = [
        s.index for s in c.new.sentences if s.text.strip() == "加大简政放权、放管结合改革力度。"
    ]
    assert len(said) == 2 and set(said) <= set(listed)


@pytest.mark.corpus
def test_a_task_ranked_as_every_year_is_ranked_nothing_anew() -> None:
    # 以铸牢中华民族共同体意识为主线 is in the 2023, 2024 and 2025 reports: a reworded
    # sentence holding it ranks no task anew; 紧抓高质量发展这个首要任务 (2025) does
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    new_text = [c.new.sentences[x.sentence].text for x in c.changes.highlights.new]
    old_text = [c.old.sentences[x.sentence].text for x in c.changes.highlights.dropped]
    assert not [t for t in new_text + old_text if "铸牢中华民族共同体意识为主线" in t]
    assert any("紧抓高质量发展这个首要任务" in t for t in new_text), new_text


def test_a_rank_cue_ranks_anew_by_what_follows_it_too() -> None:
    from diffreport.analyze.cues import ranks_anew
    from diffreport.lexicon import en, zh

    old = "把稳定物价作为首要任务。"
    assert ranks_anew(zh.RANK_CUE, "首要任务是大力发展低空经济。", old, "zh")
    assert not ranks_anew(zh.RANK_CUE, "把稳定物价作为首要任务。", old, "zh")
    # the central link or the main measure a task is made ranks it (2008, 1999); a list
    # of measures that opens with 主要措施是 ranks nothing
    assert ranks_anew(zh.RANK_CUE, "坚持把推进自主创新作为转变发展方式的中心环节。", old, "zh")
    expand = "把扩大国内需求作为促进经济增长的主要措施。"
    assert ranks_anew(zh.RANK_CUE, expand, old, "zh")
    assert not ranks_anew(zh.RANK_CUE, "主要措施是：一要大力增加投入。", old, "zh")
    # the same task ranked the same in another verb ranks nothing anew (2013 -> 2014)
    old = "必须坚持把解决好“三农”问题作为全部工作的重中之重，这是历史经验的科学总结。"
    assert not ranks_anew(
        zh.RANK_CUE, "要坚持把解决好“三农”问题放在全部工作的重中之重。", old, "zh"
    )
    assert ranks_anew(zh.RANK_CUE, "要坚持把稳定物价放在全部工作的重中之重。", old, "zh")
    # English is compared case-folded
    said = "Jobs remain our top priority."
    assert not ranks_anew(en.RANK_CUE, said, said.lower(), "en")


@pytest.mark.corpus
def test_a_measure_that_abolishes_or_exempts_ranks_high() -> None:
    # analysts put these first: the agricultural tax abolished everywhere (2006), the
    # limits on foreign investment in manufacturing lifted (2024); not one batch of
    # licences of many (2017: 清理取消一批生产和服务许可证)
    for old, new, needle in (
        ("2005", "2006", "今年在全国彻底取消农业税"),
        ("2023", "2024", "全面取消制造业领域外资准入限制措施"),
    ):
        c = compared(f"cn-state-council/{old}.txt", f"cn-state-council/{new}.txt")
        texts = [c.new.sentences[x.sentence].text for x in c.changes.highlights.new]
        assert any(needle in t for t in texts), (new, texts)
    c = compared("cn-state-council/2016.txt", "cn-state-council/2017.txt")
    texts = [c.new.sentences[x.sentence].text for x in c.changes.highlights.new]
    assert any("全部取消手机国内长途和漫游费" in t for t in texts), texts
    assert not any("清理取消一批生产和服务许可证" in t for t in texts), texts


@pytest.mark.corpus
def test_a_named_item_changed_in_a_list_is_a_changed_commitment() -> None:
    # 2025 -> 2026: the future industries gain 未来能源 and 脑机接口, a rewording with no
    # word of intensity and no figure that changes what the commitment covers
    c = compared("cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt")
    changed = {c.new.sentences[x.new].text: x for x in c.changes.highlights.changed}
    future = next(t for t in changed if "未来能源、量子科技" in t)
    assert "、脑机接口" in changed[future].inserted
    # a rewritten clause that happens to end in a list item is no named item: 2024 -> 2025
    # reworded the growth target's reasons (稳就业、防风险、惠民生) with no name added
    c = compared("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    assert not [x for x in c.changes.highlights.changed if "5%左右" in c.new.sentences[x.new].text]
