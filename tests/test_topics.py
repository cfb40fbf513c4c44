"""Topics: terms that appeared in or vanished from a report, checked on real editions.

The pinned terms were read off the real reports by hand (counts checked with grep):
what a policy analyst would name as new or dropped between two editions.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

import diffreport
from diffreport import load
from diffreport.analyze.topics import (
    document_terms,
    term_counts,
    topic_changes,
    topic_changes_text,
)
from diffreport.analyze.topics.zh import _zh_clean
from diffreport.model import Document, TopicChange

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

pytestmark = pytest.mark.corpus

# Words too generic to be topics (brief: 我们, 要, 的, 和, 加强, 推进).
GENERIC_ZH = {"我们", "要", "的", "和", "加强", "推进", "发展", "工作", "今年", "去年", "推动"}
GENERIC_EN = {"the", "committee", "will", "percent", "and", "economic", "today", "decided"}


@cache
def edition(relative: str) -> Document:
    """A real edition, loaded once per test session."""
    return load(CORPUS / relative)


@cache
def changes(old: str, new: str) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    return topic_changes(edition(old), edition(new))


def terms(items: tuple[TopicChange, ...]) -> list[str]:
    return [item.term for item in items]


def by_term(items: tuple[TopicChange, ...]) -> dict[str, tuple[int, int]]:
    return {item.term: (item.old_count, item.new_count) for item in items}


def rough_sentences(path: Path) -> list[str]:
    """Sentence texts split by hand, independent of diffreport's segmenter."""
    return [s for s in re.split(r"(?<=[。！？])|\n+", path.read_text("utf-8")) if s.strip()]


# --- term_counts -----------------------------------------------------------------------


def test_term_counts_zh_whole_terms_and_their_counts() -> None:
    counts = term_counts(rough_sentences(CORPUS / "cn-state-council" / "2024.txt"), "zh")
    assert counts["地方债务"] == 5
    assert counts["未来产业"] == 4
    assert counts["新型工业化"] == 3
    assert counts["新质生产力"] == 1  # said once, in a short clause of a heading
    # Fragments of a word are not terms: 质生产力 only ever follows 新.
    assert "质生产力" not in counts
    assert "进新型" not in counts  # 推|进新型工业化


def test_term_counts_zh_has_no_numbers_years_function_words_or_punctuation() -> None:
    counts = term_counts(rough_sentences(CORPUS / "cn-state-council" / "2023.txt"), "zh")
    assert len(counts) > 300
    for term in counts:
        assert not re.search(r"[0-9０-９%％，。、；：“”（）《》]", term), term
        assert not term.startswith(("年", "的", "和")) or term in {"和平", "和谐", "和平发展"}, term
        assert term not in GENERIC_ZH, term
        assert not re.fullmatch(r"[一二三四五六七八九十]+年", term), term


def test_term_counts_zh_years_are_not_terms() -> None:
    texts = ["2024年工作回顾。", "2024年经济社会发展总体要求。", "二〇二四年预期目标。"]
    counts = term_counts(texts, "zh")
    assert all("2024" not in t and not t.startswith("年") for t in counts)


def test_term_counts_en_noun_phrases() -> None:
    text = (CORPUS / "fomc" / "2008-12-16.txt").read_text("utf-8")
    counts = term_counts(re.split(r"(?<=[.!?])\s+", text), "en")
    assert counts["federal funds rate"] == 2
    assert counts["mortgage-backed securities"] == 2
    assert counts["agency debt"] == 2
    for term in counts:
        assert term not in GENERIC_EN, term
        assert not re.search(r"[0-9]", term), term
        assert term.split()[0] not in {"the", "of", "and", "to", "a"}, term


def test_document_terms_counts_a_loaded_edition() -> None:
    counts = document_terms(edition("cn-state-council/2025.txt"))
    assert counts["新质生产力"] == 2
    assert counts["提振消费"] == 3


# --- topic_changes on real pairs -------------------------------------------------------


def test_state_council_2023_to_2024() -> None:
    new, dropped = changes("cn-state-council/2023.txt", "cn-state-council/2024.txt")
    assert len(new) == len(dropped) == 15
    # 新质生产力 is said once, in the heading of the first task of 2024.
    assert {"新质生产力", "地方债务", "未来产业", "乡村全面振兴"} <= set(terms(new))
    assert by_term(new)["地方债务"] == (0, 5)
    assert by_term(new)["新质生产力"] == (0, 1)
    # Fragments never stand beside the whole term.
    assert "质生产力" not in terms(new)
    assert "生产力" not in terms(new)
    # The pandemic and the poverty campaign vanished.
    assert terms(dropped)[0] == "疫情"
    assert by_term(dropped)["疫情"] == (24, 2)
    assert by_term(dropped)["贫困"] == (7, 0)


def test_state_council_2024_to_2025() -> None:
    new, dropped = changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    assert terms(new)[0] == "提振消费"
    assert by_term(new)["提振消费"] == (0, 3)
    assert by_term(new)["两重"] == (0, 2)  # the “两重” projects, a quoted name
    assert by_term(new)["增量政策"] == (0, 2)  # the 2024 package of incremental policies
    assert by_term(new)["零基预算改革"] == (0, 2)
    assert by_term(dropped)["地方债务"] == (5, 0)
    # 稳健的货币政策 gave way to 适度宽松的货币政策.
    assert by_term(dropped)["稳健"] == (3, 0)
    # 人工智能+ and 以旧换新 are in both editions once: not new.
    assert "人工智能+" not in terms(new)
    assert "以旧换新" not in terms(new)


def test_state_council_2024_to_2025_has_no_filler() -> None:
    new, _ = changes("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    # Tails of longer names, each after a different modifier (亚洲冬季运动会, 全国运动会 …;
    # 精神卫生服务体系, 公共文化服务体系 …), and their pieces (运动|会).
    assert not {"运动会", "运动", "服务体系", "调整机制", "动态调整", "改革举措"} & set(terms(new))
    # A generic head on a core found in both editions: new only in wording.
    assert not {"民生力度", "投资效益", "社会治理效能", "空间格局"} & set(terms(new))
    assert "规划收官" not in terms(new)
    # Said once and not in a heading: not prominent enough to be a topic.
    assert all(c.new_count >= 2 for c in new if c.term != "稳外贸稳外资")


def test_state_council_2022_to_2023_has_no_fragments_or_weak_words() -> None:
    new, dropped = changes("cn-state-council/2022.txt", "cn-state-council/2023.txt")
    assert "方式绿色转型" not in terms(new)  # 推动发展|方式绿色转型: a head noun cut off
    # 贫困 came back with the review of five years: new to 2023, old to the genre
    assert {"新冠疫情", "全球通胀"} <= set(terms(new))
    assert {"宏观经济大盘", "稳市场主体", "放管服", "助企纾困"} <= set(terms(dropped))
    assert not {"良好", "省级", "规划", "占比"} & set(terms(new) + terms(dropped))


def test_a_subject_and_its_predicate_is_no_topic() -> None:
    # Hubei 2025's review: 没有发生大面积断电 (five times), 基础更加坚实, 支撑更加有力; 2026's
    # 作用明显增强 (six times): clauses about results, each had been a topic
    new, dropped = changes("cn-provinces/hubei/2025.txt", "cn-provinces/hubei/2026.txt")
    said = set(terms(new) + terms(dropped))
    assert not {"没有发生", "基础更加坚实", "支撑更加有力", "作用明显"} & said
    assert {"金融创新", "内陆开放高地", "全方位扩大内需"} <= said
    for clause in ("作用明显", "没有发生", "基础更加坚实", "支撑更加有力", "市场日益活跃"):
        assert _zh_clean(clause) is None, clause
    assert _zh_clean("金融创新") == "金融创新"
    assert _zh_clean("中央财政将安排") is None  # a modal inside: SC 2008
    # a unit after its figure is cut out with it (提前12小时预报, 增长0.5个百分点)
    for old, new, unit in (
        ("cn-provinces/yunnan/2025.txt", "cn-provinces/yunnan/2026.txt", "小时"),
        ("cn-provinces/jilin/2025.txt", "cn-provinces/jilin/2026.txt", "百分点"),
    ):
        assert unit not in terms(changes(old, new)[0]) + terms(changes(old, new)[1])


def test_henan_2025_to_2026() -> None:
    new, dropped = changes("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt")
    assert terms(new)[0] == "服务全国统一大市场"
    assert {"一带一路", "强省", "支点"} <= set(terms(new))
    assert {"民营企业", "应用场景"} <= set(terms(dropped))
    # 科研 (said three times in 2025, none in 2026) is in three reports of four: no news
    assert "科研" not in terms(dropped)


def test_fomc_december_2008_zero_lower_bound() -> None:
    new, dropped = changes("fomc/2008-10-29.txt", "fomc/2008-12-16.txt")
    assert terms(new)[0] == "mortgage-backed securities"
    assert {"agency debt", "federal reserve balance sheet", "open market operations"} <= set(
        terms(new)
    )
    assert {"financial market turmoil", "extraordinary liquidity measures"} <= set(terms(dropped))


def test_fomc_march_2020_coronavirus() -> None:
    new, dropped = changes("fomc-sentences/2020-01-29.txt", "fomc-sentences/2020-03-15.txt")
    assert "coronavirus outbreak" in terms(new)
    assert "treasury securities" in terms(new)
    assert terms(dropped) == ["current stance", "expansion", "path"]


# --- properties ------------------------------------------------------------------------

PAIRS = [
    ("cn-state-council/2021.txt", "cn-state-council/2022.txt"),
    ("cn-state-council/2023.txt", "cn-state-council/2024.txt"),
    ("cn-provinces/guangdong/2025.txt", "cn-provinces/guangdong/2026.txt"),
    ("fomc/2008-10-29.txt", "fomc/2008-12-16.txt"),
]


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_lists_are_clean(old: str, new: str) -> None:
    gained, dropped = changes(old, new)
    for items in (gained, dropped):
        listed = terms(items)
        assert len(listed) == len(set(listed))
        for term in listed:
            assert not re.search(r"[0-9%，。、“”]", term), term
            assert term not in GENERIC_ZH | GENERIC_EN, term
            # No two listed terms nested in each other.
            assert not [o for o in listed if o != term and term in o], term
    for item in gained:
        assert item.new_count > item.old_count
    for item in dropped:
        assert item.old_count > item.new_count


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_symmetry(old: str, new: str) -> None:
    gained, dropped = changes(old, new)
    back_gained, back_dropped = changes(new, old)
    swap = [TopicChange(c.term, c.new_count, c.old_count) for c in back_dropped]
    assert list(gained) == swap
    assert [(c.term, c.new_count, c.old_count) for c in back_gained] == [
        (c.term, c.old_count, c.new_count) for c in dropped
    ]


def test_identity_and_limit() -> None:
    same = edition("cn-state-council/2024.txt")
    assert topic_changes(same, same) == ((), ())
    new, dropped = topic_changes(edition("cn-state-council/2023.txt"), same, limit=3)
    assert len(new) == len(dropped) == 3


def test_raw_text_variant_agrees_with_loaded_documents() -> None:
    old = (CORPUS / "cn-state-council" / "2023.txt").read_text("utf-8")
    new = (CORPUS / "cn-state-council" / "2024.txt").read_text("utf-8")
    gained, dropped = topic_changes_text(old, new, "zh")
    assert {"新质生产力", "地方债务"} <= set(terms(gained))
    assert terms(dropped)[0] == "疫情"


def test_profiles_are_reused_and_freed() -> None:
    import gc

    from diffreport.analyze.topics import profile as profiles

    old = load(CORPUS / "cn-state-council" / "2024.txt")
    new = load(CORPUS / "cn-state-council" / "2025.txt")
    first = topic_changes(old, new)
    key = id(new)
    profile = profiles._PROFILES[key][1]
    # The same document in another comparison uses the same profile.
    _, back_dropped = topic_changes(new, old)
    assert [(c.term, c.new_count, c.old_count) for c in back_dropped] == [
        (c.term, c.old_count, c.new_count) for c in first[0]
    ]
    assert profiles._PROFILES[key][1] is profile
    assert document_terms(new)["提振消费"] == 3
    assert profiles._PROFILES[key][1] is profile
    del new, profile
    gc.collect()
    assert key not in profiles._PROFILES


def test_empty_edition() -> None:
    full = edition("fomc/2008-12-16.txt")
    empty = Document(
        path="<empty>", label="empty", language="en", encoding="utf-8", sections=(), sentences=()
    )
    gained, dropped = topic_changes(empty, full)
    assert dropped == ()
    assert "mortgage-backed securities" in terms(gained)
    assert topic_changes(empty, empty) == ((), ())


def _concatenated(first: int, last: int) -> Document:
    """The State Council editions from ``first`` to ``last`` (those there are) in one text."""
    from diffreport import from_text

    files = sorted((CORPUS / "cn-state-council").glob("[0-9][0-9][0-9][0-9].txt"))
    chosen = [f for f in files if first <= int(f.stem) <= last]
    text = "\n".join(f.read_text("utf-8") for f in chosen)
    return from_text(text, label=f"{first}-{last}")


def test_long_text_counts_are_exact_where_counting_stopped_early() -> None:
    """In ten reports in a row a topic must be said more often (``_min_count``), so
    n-grams said fewer times are not extended; a term the counting left out is
    still counted exactly (checked against counting every position)."""
    from diffreport.analyze.topics.counting import _min_count
    from diffreport.analyze.topics.profile import _profile

    doc = _concatenated(2005, 2014)
    profile = _profile(doc)
    assert profile.extend == _min_count(profile.size, "zh") >= 4
    text = profile.text
    # every n-gram of counted length at every 97th position, and each with one
    # character changed (mostly absent): present, once-only, below and above ``extend``
    wanted = set()
    for at in range(0, len(text) - 12, 97):
        for n in (2, 3, 4, 6, 9, 11):
            gram = text[at : at + n]
            if "|" not in gram:
                wanted.add(gram)
                wanted.add(gram[:-1] + "国")
    # the oracle: every n-gram at every position, counted
    every = {n: Counter(text[i : i + n] for i in range(len(text) - n + 1)) for n in range(2, 12)}
    seen = {"below": 0, "above": 0, "once": 0, "absent": 0}
    for term in sorted(wanted):
        expected = every[len(term)][term]
        assert profile.count(term) == expected, term
        kind = "absent" if not expected else "once" if expected == 1 else None
        kind = kind or ("below" if expected < profile.extend else "above")
        seen[kind] += 1
    assert min(seen.values()) >= 20, seen


def test_long_text_topics_need_more_occurrences_single_reports_do_not() -> None:
    """A single report keeps the minimum of two; ten reports in a row list no term
    said fewer than ``_min_count`` times, and still name the decade's shifts."""
    from diffreport.analyze.topics.profile import _profile

    single = changes("cn-state-council/2023.txt", "cn-state-council/2024.txt")
    assert any(item.new_count == 2 for item in single[0])  # said twice, still listed
    old, new = _concatenated(2005, 2014), _concatenated(2015, 2025)
    gained, lost = topic_changes(old, new, limit=20)
    profiles = _profile(old), _profile(new)
    assert min(p.extend for p in profiles) >= 4
    # under the floor only what a heading names (a heading weighs as four mentions)
    assert all(
        t.new_count >= profiles[1].extend or profiles[1].heading_count(t.term) for t in gained
    )
    assert all(t.old_count >= profiles[0].extend or profiles[0].heading_count(t.term) for t in lost)
    assert sum(t.new_count < 4 for t in gained) + sum(t.old_count < 4 for t in lost) <= 2
    assert {"高质量发展", "一带一路", "供给侧结构性改革", "减税降费"} <= set(terms(gained))
    assert {"国际金融危机", "经济平稳较快发展", "科学发展观", "和谐社会"} <= set(terms(lost))


# --- generic words, lead-in verbs and filler are no topics (audit of real pairs) -------


def test_state_council_generic_words_are_not_topics() -> None:
    new, dropped = changes("cn-state-council/2015.txt", "cn-state-council/2016.txt")
    assert "供给侧结构性改革" in terms(new)
    assert not {"举措", "实力", "人民群众", "今后五年"} & set(terms(new))
    new, dropped = changes("cn-state-council/2016.txt", "cn-state-council/2017.txt")
    # 补短板 is in 三去一降一补 and nine reports before 2017 used it: the slogan stays;
    # 市场主体 and 民间投资, new to 2017 but old to the genre, weigh less than it
    assert "三去一降一补" in terms(new)
    assert not {"市场主体", "民间投资"} & set(terms(new))
    assert not {"部门", "既有", "达标", "综合运用"} & set(terms(new))
    new, dropped = changes("cn-state-council/2017.txt", "cn-state-council/2018.txt")
    # 打好三大攻坚战: the lead-in verb 打好 is stripped, the campaign stays.
    assert by_term(new)["三大攻坚战"] == (0, 3)
    assert "打好三大攻坚战" not in terms(new)
    assert not {"破除", "倾斜", "重塑"} & set(terms(new))
    assert not {"支撑", "办法", "综合运用", "严肃查处", "多种形式", "种形式"} & set(terms(dropped))
    new, _ = changes("cn-state-council/2018.txt", "cn-state-council/2019.txt")
    assert by_term(new)["公正监管"] == (0, 6)
    assert not {"缓解", "功夫", "支撑"} & set(terms(new))


def test_province_filler_phrases_are_not_topics() -> None:
    _, dropped = changes("cn-provinces/sichuan/2025.txt", "cn-provinces/sichuan/2026.txt")
    assert "政府带头过紧日子" in terms(dropped)  # (中试研发平台 counted its glossary entry)
    # 必须统筹好 (a must-coordinate clause), 十二项举措 (a count of measures), 系列, 处罚.
    assert not {"必须统筹好", "十二项举措", "系列", "处罚", "制胜"} & set(terms(dropped))
    new, dropped = changes("cn-provinces/gansu/2025.txt", "cn-provinces/gansu/2026.txt")
    assert by_term(new)["人工智能+"] == (0, 2)
    assert not {"什么时候", "先行", "存量", "控制", "支撑", "增速连续"} & set(terms(new))
    assert not {"聚力打好", "创建国家级", "谋划", "分层分类"} & set(terms(dropped))
    new, _ = changes("cn-provinces/zhejiang/2025.txt", "cn-provinces/zhejiang/2026.txt")
    assert "美丽浙江" in terms(new)
    assert not {"我省", "国家级", "格局", "空间", "融入", "迈上新台阶", "高水平办好"} & set(
        terms(new)
    )


def test_english_lead_in_verbs_are_stripped() -> None:
    new, dropped = changes("fomc/2015-10-28.txt", "fomc/2015-12-16.txt")
    assert "dual mandate" in terms(dropped)
    assert not {"depend", "evolve", "confirms"} & set(terms(new))
    assert not {"normal", "stable", "steady", "views", "approach"} & set(terms(dropped))
    new, dropped = changes(
        "cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2026.en.txt"
    )
    assert "draft outline" in terms(new)
    verbs = ("develop ", "pursue ", "deepen ", "enhance ", "coordinate ")
    assert not [t for t in terms(new) + terms(dropped) if t.startswith(verbs)]


def test_a_heading_phrase_said_twice_in_a_long_text_stays_whole() -> None:
    """With a raised minimum (a long text), n-grams said fewer times are not extended,
    except where a heading holds them: a heading phrase said twice is still counted
    whole and closed, not left as fragments (乡村振, 振兴战)."""
    from diffreport.analyze.topics.counting import _closed, _repeated

    text = "|".join(["乡村振兴战略全面推进"] * 2 + ["乡村好"] * 5 + ["振兴好"] * 5)
    heading = "乡村振兴战略全面推进"
    repeated, _ = _repeated(text, 2, 11, 3, heading)
    closed = set(_closed(repeated, 2, 11))
    assert repeated["乡村振兴战略全面推进"] == 2
    assert "乡村振兴战略全面推进" in closed
    assert not closed & {"乡村振", "振兴战", "略全"}
    # without the heading, the same phrase is below the minimum and left uncounted
    assert "乡村振兴战略全面推进" not in _repeated(text, 2, 11, 3)[0]


def test_english_topics_are_noun_phrases_not_adjectives_verbs_or_stage_directions() -> None:
    """A hand audit of English lists (State Council in English, SOTU, FOMC): a topic is
    a thing talked about, not an adjective (strong, educational), a verb phrase (meet
    essential, deliver real benefits), a vague phrase (major efforts, greater degree),
    a transcript's [Applause] or the st of 21st century."""
    new, dropped = changes(
        "cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2025.en.txt"
    )
    listed = set(terms(new) + terms(dropped))
    # the task titles are headings (issue #19), whose words weigh more: a title's new subject
    # (4. Accelerating the implementation of landmark reform measures ...) leads the list
    assert {"landmark reform measures", "green transition", "economic recovery"} <= listed
    gone = {
        "educational", "major efforts", "meet essential", "exercise", "procedures",
        "meet people basic", "new ways", "advance rural revitalization",
        "deliver real benefits", "ensure greater security", "crucial links",
        "greater degree", "mutual benefits", "high-standard international economic",
    }  # fmt: skip
    assert not listed & gone
    new, dropped = changes("us-sotu/2020_donald_j_trump_r.txt", "us-sotu/2021_joseph_r_biden_d.txt")
    listed = set(terms(new) + terms(dropped))
    assert {"american jobs plan", "pandemic", "climate change"} <= listed
    assert not {"applause", "st century", "year-old"} & listed
    counts = term_counts(["We will win the 21st century. [Applause] A 10-year-old girl."], "en")
    assert set(counts) == {"century", "girl"}
    new, dropped = changes(
        "cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2026.en.txt"
    )
    assert "draft outline" in terms(new)
    assert not {"metric tons", "objectives", "participation"} & set(terms(new))
    new, dropped = changes("fomc/2016-06-15.txt", "fomc/2016-07-27.txt")
    assert "weak growth" in terms(new) and "strong" not in terms(new)


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        (("fourth", "national"), None),  # ends in an adjective: a fragment
        (("effective", "steps"), None),
        (("high-quality",), None),
        (("high-quality", "preschool"), ("high-quality", "preschool")),
        (("mortgage-backed", "securities"), ("mortgage-backed", "securities")),
        (("labor", "market", "indicators"), ("labor", "market", "indicators")),
        (("national", "economy"), ("national", "economy")),
        (("initiative",), ("initiative",)),
    ],
)
def test_english_phrase_cleaning(words: tuple[str, ...], kept: tuple[str, ...] | None) -> None:
    from diffreport.analyze.topics.en import _en_clean

    assert _en_clean(words) == kept


@pytest.mark.parametrize(
    ("province", "fragment"),
    [
        ("guizhou", "化改造"),  # 数字化改造, 智能化改造, 适老化改造
        ("tianjin", "类国企"),  # 功能类国企, 公益类国企, 金融类国企
        ("heilongjiang", "型消费"),  # 基础型消费, 改善型消费, 服务型消费
        ("xizang", "口支援西藏工作"),  # 对口支援西藏工作
    ],
)
def test_the_tail_of_a_longer_word_is_no_topic(province: str, fragment: str) -> None:
    """A term that starts with a word-final character (化, 类, 型, 口 …) right after
    another Han character, in most of its occurrences, is the tail of longer words."""
    new, dropped = changes(f"cn-provinces/{province}/2025.txt", f"cn-provinces/{province}/2026.txt")
    listed = terms(new) + terms(dropped)
    assert fragment not in listed
    assert not [t for t in listed if t.startswith(fragment[0]) and len(t) > 2 and t[:2] != "量子"]


def test_a_word_that_starts_with_a_word_final_character_stays() -> None:
    # 量子科技 (量子 is a word of its own) is still a dropped topic of Henan 2026
    _, dropped = changes("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt")
    assert "量子科技" in terms(dropped)


def test_a_term_ending_in_the_first_character_of_a_common_word_is_a_fragment() -> None:
    # Fujian 2025: 人民群众生活品质, 人民群众生命财产 -> 人民群众生 is closed but a fragment:
    # 生活 is said 27 times, 众生 3; 新质生产力 (after 发展新…) is no fragment
    assert "人民群众生" not in terms(
        changes("cn-provinces/fujian/2025.txt", "cn-provinces/fujian/2026.txt")[1]
    )
    assert "新质生产力" in terms(
        changes("cn-state-council/2023.txt", "cn-state-council/2024.txt")[0]
    )


def test_state_council_2025_to_2026_lists_no_bare_verbs() -> None:
    # 2026 lays out the 15th five-year plan: 提出20项主要指标, 提出3项指标 … (提出 21 times)
    new, dropped = changes(
        "cn-state-council-zh-en/2025.zh.txt", "cn-state-council-zh-en/2026.zh.txt"
    )
    listed = terms(new) + terms(dropped)
    assert not {"提出", "创造", "一揽子"} & set(listed)
    assert {"绿色低碳转型", "贴息", "数据要素", "一老一小"} <= set(terms(new))
    assert {"稳外贸稳外资", "全国碳排放权交易", "多边贸易体制"} <= set(terms(dropped))


# --- counting long texts in numpy ------------------------------------------------------


def _units_of(relative: str) -> tuple[str, str, int, int]:
    """An edition as ``_build`` counts it: its runs, its headings, low and high."""
    from diffreport.analyze.topics.counting import _EN_MAX, _ZH_MAX
    from diffreport.analyze.topics.profile import _prepare

    doc = edition(relative)
    texts = [s.text for s in doc.sentences]
    headings = [s.text for s in doc.sentences if s.heading]
    profile = _prepare(texts, doc.language, headings)
    low, high = (2, _ZH_MAX + 1) if doc.language == "zh" else (1, _EN_MAX + 1)
    return profile.text, profile.heading_text, low, high


@pytest.mark.parametrize(
    "relative",
    [
        "cn-state-council/2024.txt",
        "cn-provinces/guangdong/2026.txt",
        "cn-state-council-zh-en/2025.en.txt",
    ],
)
@pytest.mark.parametrize("extend", [2, 4])
def test_numpy_counting_is_the_python_counting(relative: str, extend: int) -> None:
    """Long texts count their n-grams in numpy (``_ngrams``); on real editions both
    ways give the same n-grams, counts, order and low-gram positions."""
    from diffreport import _ngrams
    from diffreport.analyze.topics.counting import _repeated

    text, headings, low, high = _units_of(relative)
    expected, expected_first = _repeated(text, low, high, extend, headings)
    got, first, index = _ngrams.repeated(text, low, high, extend, headings)
    assert list(got.items()) == list(expected.items())
    assert list(first.items()) == list(expected_first.items())
    assert len(expected) > 1000  # a real report repeats thousands of n-grams
    positions: dict[str, list[int]] = {}
    for at in range(len(text) - low + 1):
        positions.setdefault(text[at : at + low], []).append(at)
    assert all(index.get(gram) == where for gram, where in positions.items())
    assert index.get("\0" * low) is None  # a gram the text lacks


def test_numpy_counting_takes_lone_surrogates_as_python_does() -> None:
    """A string passed to the API may hold a lone surrogate; both ways count it."""
    from diffreport import _ngrams
    from diffreport.analyze.topics.counting import _repeated

    text = "新质\ud800生产力|新质\ud800生产力|发展新质\ud800"
    got, first, _ = _ngrams.repeated(text, 2, 6, 2, "")
    expected, expected_first = _repeated(text, 2, 6, 2, "")
    assert list(got.items()) == list(expected.items())
    assert list(first.items()) == list(expected_first.items())
    assert got["质\ud800"] == 3


def test_topics_of_long_texts_are_those_of_the_python_counting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forcing the numpy path on a report-sized pair changes no topic and no count."""
    from diffreport._ngrams import LowIndex
    from diffreport.analyze.topics import profile as profiles

    pair = ("cn-state-council/2024.txt", "cn-state-council/2025.txt")
    old, new = (load(CORPUS / p) for p in pair)  # fresh documents: no profile yet
    expected = topic_changes(old, new)
    assert not isinstance(profiles._profile(old)._index, LowIndex)
    monkeypatch.setattr(profiles, "_LONG_TEXT", 0)
    old, new = (load(CORPUS / p) for p in pair)
    assert topic_changes(old, new) == expected
    assert isinstance(profiles._profile(old)._index, LowIndex)
    assert isinstance(profiles._profile(new)._index, LowIndex)


def test_province_lists_hold_no_period_tails_ranks_or_generic_verbs() -> None:
    """A hand read of the 2025→2026 province lists: （“十四五”）时期工作回顾 is a heading's
    tail, 增速居全国/居全国前列 a rank, 奋力/夯实/坚守/合理/确定性 words of any report,
    定性 a piece of 确定性 — none is a topic. The topics beside them stay."""
    bad = re.compile(r"^(?:时期|左右|以上)|居全国|全国前列")
    generic = {"奋力", "夯实", "坚守", "合理", "贡献", "实践", "确定性", "定性", "毫不", "层次"}
    kept = {
        "anhui": "一企一策",
        "gansu": "人工智能+",
        "jiangsu": "苏超",
        "hebei": "燕赵系列实验室",
        "guizhou": "一群三带",
    }
    for province in ("anhui", "gansu", "jiangsu", "hebei", "guizhou", "hunan", "jiangxi",
                     "shandong", "xizang", "chongqing"):  # fmt: skip
        new, dropped = changes(
            f"cn-provinces/{province}/2025.txt", f"cn-provinces/{province}/2026.txt"
        )
        listed = terms(new) + terms(dropped)
        assert not [t for t in listed if bad.search(t) or t in generic], (province, listed)
        if province in kept:
            assert kept[province] in terms(new), (province, terms(new))


def test_counted_phrases_are_no_topics() -> None:
    """一大 (一大批, 第一大产业) and 个五年 (第十四个五年规划) are a count's pieces, while
    个体工商户 (new in 2021 against 2019; the corpus has no 2020) is a word that begins with 个."""
    for old, new in ((2015, 2016), (2021, 2022)):
        added, dropped = changes(f"cn-state-council/{old}.txt", f"cn-state-council/{new}.txt")
        listed = terms(added) + terms(dropped)
        assert not {"一大", "个五年"} & set(listed), listed
    added, _ = changes("cn-state-council/2019.txt", "cn-state-council/2021.txt")
    assert "个体工商户" in terms(added)
    # a Party congress is named with a numeral and 大: a term, not a count
    assert _zh_clean("二十大") == "二十大" and _zh_clean("十九大") == "十九大"


def test_fomc_roll_call_names_no_topics_and_a_dissenter_is_one_name() -> None:
    """The vote line (Voting for the FOMC monetary policy action were: …) lists the
    year's voters, rotated by rule: Jack Guynn or Loretta J. Mester joining it is no
    subject of the statement. A dissent keeps its reasons and its dissenter, whose
    middle initial no longer splits the name (esther george, not esther, george)."""
    rotated = [("2004-12-14", "2005-02-02"), ("2014-04-30", "2014-06-18")]
    for old, new in rotated:
        added, dropped = changes(f"fomc/{old}.txt", f"fomc/{new}.txt")
        listed = terms(added) + terms(dropped)
        names = {"jack guynn", "anthony", "santomero", "loretta", "mester", "sandra pianalto"}
        assert not names & set(listed), listed
    added, _ = changes("fomc/2016-06-15.txt", "fomc/2016-07-27.txt")
    assert "esther george" in terms(added)
    assert not {"esther", "george"} & set(terms(added))


def test_the_end_of_a_zai_frame_is_no_topic() -> None:
    """在经济高质量发展上实现新突破, 在…中积厚成势: a term that starts with the 上 or 中
    closing a 在… frame in most of its occurrences is the frame's tail, whatever went
    inside (Ningxia, Chongqing, Jiangsu 2025→2026, read by hand)."""
    for province, tail in (("ningxia", "上开新局"), ("chongqing", "中积厚成势"),
                           ("jiangsu", "中增进民生福祉")):  # fmt: skip
        added, dropped = changes(
            f"cn-provinces/{province}/2025.txt", f"cn-provinces/{province}/2026.txt"
        )
        assert tail not in terms(added) + terms(dropped)
    added, _ = changes("cn-provinces/jiangsu/2025.txt", "cn-provinces/jiangsu/2026.txt")
    assert "苏超" in terms(added)


def test_a_spaced_figure_and_its_currency_are_no_topic() -> None:
    # 1998's web edition spaces every digit (1 3 9 9 亿美元): the figure and its unit are
    # cut out as in any report, so neither 亿美元 nor 美元 is a dropped topic of 1999
    new, dropped = topic_changes(
        edition("cn-state-council/1998.txt"), edition("cn-state-council/1999.txt")
    )
    terms = [t.term for t in (*new, *dropped)]
    assert not [t for t in terms if "美元" in t or any(ch.isdigit() for ch in t)], terms
    assert "亚洲金融危机" in terms


def test_an_english_text_of_more_distinct_words_than_private_codes() -> None:
    # 150,000 distinct made-up words (the private-use planes that coded words once held
    # 131,068) is read and its topics counted: no code runs past the last code point
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(letters[(k // 26**i) % 26] for i in range(4)) + "x" for k in range(150_000)]
    text = ". ".join(" ".join(words[i : i + 10]) for i in range(0, len(words), 10)) + "."
    many = diffreport.from_text(text + " Fiscal stimulus." * 500, label="many")
    few = diffreport.from_text("We will keep a prudent monetary policy.", label="few")
    c = diffreport.compare(few, many)
    assert "fiscal stimulus" in [t.term for t in c.changes.new_topics]


@pytest.mark.corpus
def test_a_word_of_every_report_is_no_dropped_topic() -> None:
    # 2016 said no 卫生 or 速度 (words of nearly every report); that is chance, not news
    _, dropped = changes("cn-state-council/2015.txt", "cn-state-council/2016.txt")
    assert not {"卫生", "速度"} & set(terms(dropped)), terms(dropped)
    # a topic that ended stays, however many reports used it: 贫困 after 2021
    _, dropped = changes("cn-state-council/2021.txt", "cn-state-council/2022.txt")
    assert "贫困" in terms(dropped)


def test_the_pieces_of_one_phrase_are_one_topic() -> None:
    # Henan 2026 heads its review （一）千方百计稳就业稳企业稳市场稳预期 and says 稳就业、稳企业、
    # 稳市场、稳预期 once more: four topics had taken a quarter of the new list
    new, _ = changes("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt")
    assert len({"稳就业", "稳企业", "稳市场", "稳预期"} & set(terms(new))) == 1
    # items of a list stay apart (FOMC 2008-12: agency debt and mortgage-backed securities,
    # test_fomc_december_2008_zero_lower_bound), and so do terms of one sentence
    new, _ = changes("cn-state-council/2023.txt", "cn-state-council/2024.txt")
    assert {"新质生产力", "未来产业"} <= set(terms(new))
