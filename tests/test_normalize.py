"""Normalizing: comparison keys, hard wraps and page breaks joined, chrome dropped, nothing lost."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffreport import load
from diffreport.analyze.numbers.document import extract
from diffreport.analyze.topics import topic_changes
from diffreport.lexicon.common import INVISIBLE
from diffreport.model import CleanText
from diffreport.normalize import clean, detect_language, fold, nfkc
from diffreport.normalize.headings import heading_level, is_heading_line

ROOT = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = ROOT / "corpus"
SEED = ROOT / "seeds" / "000_f0c91d072d13cb6f.txt"
BUTTONS = ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】"]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def visible(text: str) -> str:
    return "".join(text.split())


def assert_nothing_lost(text: str, result: CleanText) -> None:
    """Paragraphs plus dropped pieces hold every non-space character of ``text``, in order."""
    kept = "".join(paragraph.text for paragraph in result.paragraphs)
    assert interleaves(visible(text), visible(kept), [visible(p) for p in result.dropped if p])


def interleaves(source: str, kept: str, pieces: list[str]) -> bool:
    """Whether ``source`` is ``kept`` with the ``pieces`` inserted whole, in order, somewhere."""
    pieces = [piece for piece in pieces if piece]
    stack = [(0, 0, 0)]
    failed: set[tuple[int, int, int]] = set()
    while stack:
        i, j, k = stack.pop()
        # follow ``kept`` as far as it matches while no piece could start here
        while (
            i < len(source)
            and j < len(kept)
            and source[i] == kept[j]
            and not (k < len(pieces) and source.startswith(pieces[k], i))
        ):
            i += 1
            j += 1
        if i == len(source):
            if j == len(kept) and k == len(pieces):
                return True
            continue
        if (i, j, k) in failed:
            continue
        failed.add((i, j, k))
        if j < len(kept) and source[i] == kept[j]:
            stack.append((i + 1, j + 1, k))
        if k < len(pieces) and source.startswith(pieces[k], i):
            stack.append((i + len(pieces[k]), j, k + 1))
    return False


# ---- keys


def test_fold_folds_width_quotes_and_space_in_chinese() -> None:
    plain = fold("国内生产总值增长5%左右，“稳”字当头。", "zh")
    assert fold("国内生产总值增长５％左右， “稳”字当头。", "zh") == plain
    assert fold('国内生产总值增长5%左右,"稳"字当头。', "zh") == plain
    assert fold("国内生产总值增长 5% 左右，\n“稳”字当头。", "zh") == plain
    assert fold("**国内生产总值增长5%左右，“稳”字当头。**", "zh") == plain
    assert fold("国内生产总值\u200b增长5%左右，“稳”字当头。", "zh") == plain
    assert fold("国内生产总值增长6%左右，“稳”字当头。", "zh") != plain


def test_fold_collapses_english_space_and_keeps_words_apart() -> None:
    key = fold("  The Committee  decided\ntoday to keep the “target” at 5-1/4 percent. ", "en")
    assert key == 'The Committee decided today to keep the "target" at 5-1/4 percent.'
    assert fold("mid- and long-term", "en") == fold("mid-and long-\nterm", "en")
    assert fold("## 三、2023年重点工作安排", "zh") == "三、2023年重点工作安排"


def test_detect_language() -> None:
    assert detect_language(read(CORPUS / "cn-state-council" / "2025.txt")) == "zh"
    assert detect_language(read(CORPUS / "fomc" / "2008-12-16.txt")) == "en"
    assert detect_language("细颗粒物（PM2.5）浓度继续下降，REITs试点扩大。") == "zh"
    assert detect_language("The yuan (人民币) was stable.") == "en"
    assert detect_language("") == "en"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、2024年工作回顾", 1),
        ("## 二、今后五年及2023年工作总体要求和主要目标", 1),
        ("（一）经济运行持续向好。全年生产总值6.36万亿元。", 2),
        ("**（二）高端引领助转型，做强产业发展引擎。**聚焦…", 2),
        ("(四)从严推进廉洁政府建设。", 2),
        ("7.“四新”产业：", 3),
        ("（1）做好重点群体高质量就业", 3),
        ("III. Major Tasks for 2025", 1),
        ("2.5微克", None),
        ("一是坚定不移全面深化改革扩大开放。", None),
        ("——经济总体回升向好。", None),
        ("1989.", None),
    ],
)
def test_heading_markers(text: str, level: int | None) -> None:
    assert heading_level(text) == level


def test_heading_lines_are_short_and_alone() -> None:
    assert is_heading_line("一、2024年工作回顾", "zh")
    assert is_heading_line("（一）加强和改善宏观调控，促进经济平稳较快发展。", "zh")
    assert not is_heading_line("（一）经济运行持续向好。全年生产总值6.36万亿元、增长5.1%。", "zh")
    assert is_heading_line("I. A Review of Our Work in 2024", "en")


# ---- real files


@pytest.mark.corpus
def test_seed_page_breaks_are_joined_and_markers_dropped() -> None:
    text = read(SEED)
    result = clean(text, "zh")
    paragraphs = [paragraph.text for paragraph in result.paragraphs]
    joined = "\n".join(paragraphs)
    for phrase in ("扎实开展防汛备汛", "取得重大突破", "近200平方公里", "技术流高度集聚"):
        assert sum(phrase in paragraph for paragraph in paragraphs) == 1, phrase
    assert "接一版" not in joined and "下转三页" not in joined
    assert list(result.dropped) == ["（上接一版）", "（下转三页）"]
    assert paragraphs[0] == "# 政府工作报告"
    assert "## 二、今后五年及2023年工作总体要求和主要目标" in paragraphs
    breakthrough = next(p for p in paragraphs if "取得重大突破" in p)
    assert breakthrough.startswith("——先进制造业高地建设取得重大突破。主导产业")
    assert_nothing_lost(text, result)


@pytest.mark.corpus
@pytest.mark.parametrize("year", [y for y in range(2010, 2026) if y != 2020])  # no 2020 report
def test_state_council_licence_footer_is_dropped(year: int) -> None:
    path = CORPUS / "cn-state-council" / f"{year}.txt"
    text = read(path)
    result = clean(text, "zh")
    joined = "".join(paragraph.text for paragraph in result.paragraphs)
    assert "本作品" not in joined and "公有领域" not in joined and "Public domain" not in joined
    assert result.dropped[-1].startswith("本作品是中华人民共和国的")
    assert result.dropped[-1].endswith("false")
    assert len(result.dropped) <= 2
    # the closing paragraph of the report itself is kept
    assert result.paragraphs[-1].text.endswith(("！", "。", "奋斗！", "而努力奋斗！"))
    assert_nothing_lost(text, result)


@pytest.mark.corpus
@pytest.mark.parametrize(
    "province", sorted(path.parent.name for path in CORPUS.glob("cn-provinces/*/2026.txt"))
)
def test_province_web_chrome_is_dropped_without_losing_text(province: str) -> None:
    text = read(CORPUS / "cn-provinces" / province / "2026.txt")
    result = clean(text, "zh")
    paragraphs = [paragraph.text for paragraph in result.paragraphs]
    assert_nothing_lost(text, result)
    if text.startswith("下载\n"):
        assert list(result.dropped[: len(BUTTONS)]) == BUTTONS
        assert "政府工作报告" in paragraphs[0]
        assert any(piece.startswith("来源") for piece in result.dropped)
    if text.rstrip().endswith("相关报道："):
        assert result.dropped[-1] == "相关报道："
    for chrome in (
        "下载",
        "打印",
        "收藏",
        "【字号：",
        "相关报道：",
        "关闭窗口",
        "扫一扫在手机打开当前页",
    ):
        assert chrome not in paragraphs
    assert any(paragraph.startswith("各位代表") for paragraph in paragraphs)


@pytest.mark.corpus
def test_henan_2026_keeps_title_and_speaker_lines() -> None:
    result = clean(read(CORPUS / "cn-provinces" / "henan" / "2026.txt"), "zh")
    paragraphs = [paragraph.text for paragraph in result.paragraphs]
    assert paragraphs[0] == "2026年河南省政府工作报告"
    assert paragraphs[1] == "——2026年1月26日在河南省第十四届人民代表大会第四次会议上"
    assert paragraphs[2] == "河南省人民政府省长 王凯"
    assert paragraphs[3] == "各位代表："
    assert result.paragraphs[0].line == 10
    assert result.dropped == (*BUTTONS, "来源：河南日报", "时间：2026-02-03", "相关报道：")


@pytest.mark.corpus
def test_province_2025_source_line_is_dropped_and_title_kept() -> None:
    result = clean(read(CORPUS / "cn-provinces" / "anhui" / "2025.txt"), "zh")
    assert result.paragraphs[0].text == "2025年安徽省政府工作报告"
    assert result.dropped == ("来源：省政府政策研究室",)


@pytest.mark.corpus
def test_fomc_hard_wraps_are_joined() -> None:
    text = read(CORPUS / "fomc" / "2008-12-16.txt")
    result = clean(text, "en")
    assert result.paragraphs[0].text == (
        "The Federal Open Market Committee decided today to establish a target range for "
        "the federal funds rate of 0 to 1/4 percent."
    )
    assert [paragraph.line for paragraph in result.paragraphs] == [1, 4, 10, 15, 20, 35, 40]
    assert result.paragraphs[5].text.startswith("Voting for the FOMC monetary policy action were:")
    assert result.dropped == ()


@pytest.mark.corpus
def test_web_fragments_are_joined_in_state_council_files() -> None:
    result = clean(read(CORPUS / "cn-state-council" / "2019.txt"), "zh")
    joined = "\n".join(paragraph.text for paragraph in result.paragraphs)
    assert "细颗粒物（PM2.5）浓度继续下降" in joined
    result = clean(read(CORPUS / "cn-state-council" / "2017.txt"), "zh")
    assert result.paragraphs[0].text == "政府工作报告"
    assert result.dropped[0] == "\u200b"


@pytest.mark.corpus
@pytest.mark.parametrize("width", [26, 35])
def test_a_heading_before_a_wrapped_paragraph_that_opens_with_a_year_stays_alone(
    width: int,
) -> None:
    # Guangdong 2025 with the paragraph after 一、2024年工作回顾 hard-wrapped: 2024 was taken
    # for a word the heading's line had no room for, and the heading ran into the text
    text = read(CORPUS / "cn-provinces" / "guangdong" / "2025.txt")
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.strip() == "一、2024年工作回顾") + 1
    body = lines[at].strip()
    assert body.startswith("2024年是")
    wrapped = [body[i : i + width] for i in range(0, len(body), width)]
    edited = "\n".join([*lines[:at], *wrapped, *lines[at + 1 :]])
    paragraphs = [p.text.strip("\u3000") for p in clean(edited, "zh").paragraphs]
    assert paragraphs == [p.text.strip("\u3000") for p in clean(text, "zh").paragraphs]
    assert "一、2024年工作回顾" in paragraphs
    # an annex's label heads the annex, apart from its title (附件1⏎2025年省十件民生实事)
    assert "附件1" in paragraphs and "附件2 名词解释" in paragraphs


@pytest.mark.corpus
def test_a_linked_title_on_lines_of_its_own_is_joined_even_in_a_heading() -> None:
    # the web page put a linked document's title on a line of its own: 三、关于《⏎国民经济
    # 和社会发展第十一个五年规划纲要（草案）⏎》的说明 is one heading, and 根据《⏎建议⏎》
    # 精神，… one sentence (a title line ending in 纲要 or 建议 ended its paragraph)
    paragraphs = [
        p.text for p in clean(read(CORPUS / "cn-state-council" / "2006.txt"), "zh").paragraphs
    ]
    assert "三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明" in paragraphs
    assert "（一）“十一五”规划《纲要（草案）》的编制过程和主要特点" in paragraphs
    assert any(
        p.startswith("党的十六届五中全会通过的《中共中央关于") and "根据《建议》精神" in p
        for p in paragraphs
    )
    for year in ("1981", "1993", "1995", "2001", "2005", "2006", "2021"):
        text = read(CORPUS / "cn-state-council" / f"{year}.txt")
        starts = [p.text[:1] for p in clean(text, "zh").paragraphs]
        assert "》" not in starts, year
    # a line ending in an opening bracket still gives way to a heading after it
    assert [p.text for p in clean("我们要学习《\n一、总体要求\n", "zh").paragraphs] == [
        "我们要学习《",
        "一、总体要求",
    ]


@pytest.mark.corpus
def test_a_chinese_line_broken_inside_a_sentence_is_joined() -> None:
    # one hard break put inside a State Council sentence, in a file with no wrap width
    text = read(CORPUS / "cn-state-council" / "2025.txt")
    assert text.count("实现国内国际双循环") == 1
    broken = text.replace("实现国内国际双循环", "实现国内国\n际双循环")
    paragraphs = [p.text for p in clean(broken, "zh").paragraphs]
    assert paragraphs == [p.text for p in clean(text, "zh").paragraphs]
    # English too: a line of prose cut before a capitalized word of the same sentence
    text = read(CORPUS / "cn-state-council-zh-en" / "2025.en.txt")
    assert text.count("pilot zones under the Beautiful China Initiative") == 1
    broken = text.replace("Beautiful China Initiative", "Beautiful China\nInitiative", 1)
    paragraphs = [p.text for p in clean(broken, "en").paragraphs]
    assert paragraphs == [p.text for p in clean(text, "en").paragraphs]
    # a sub-heading on a list's ordinal, with no closing mark, stays a line of its own
    result = clean(read(CORPUS / "cn-provinces" / "gansu" / "2025.txt"), "zh")
    heading = "四是完善大保护大治理格局，坚决筑牢国家西部生态安全屏障"
    assert heading in [p.text for p in result.paragraphs]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # lines that end on a word but are no prose cut short: a caption's byline, a
        # signature, a release time, a dateline
        (
            "图为3月5日，第十四届全国人民代表大会第三次会议在北京人民大会堂隆重开幕\n"
            "新华社记者 王某 摄\n",
            "zh",
        ),
        (
            "让我们更加紧密地团结在以习近平同志为核心的党中央周围，"
            "为实现第二个百年奋斗目标而不懈奋斗\n国务院总理　李强\n",
            "zh",
        ),
        (
            "For release at 2:00 p.m. EST\n"
            "The Federal Open Market Committee decided today to hold.\n",
            "en",
        ),
        ("Washington, D.C. March 5\nThe Committee seeks to achieve maximum employment.\n", "en"),
    ],
)
def test_lines_that_are_no_prose_cut_short_stay_apart(text: str, language: str) -> None:
    paragraphs = [p.text for p in clean(text, language).paragraphs]  # type: ignore[arg-type]
    assert len(paragraphs) == text.count("\n")


@pytest.mark.corpus
@pytest.mark.parametrize(
    "pattern", ["cn-state-council/*.txt", "cn-provinces/*/*.txt", "fomc/*.txt", "us-sotu/*.txt"]
)
def test_nothing_is_lost_on_real_files(pattern: str) -> None:
    for path in sorted(CORPUS.glob(pattern)):
        text = read(path)
        assert_nothing_lost(text, clean(text, detect_language(text)))


# ---- being conservative


def test_chrome_words_inside_the_body_are_kept() -> None:
    text = (
        "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议。\n下载\n\n来源：本地调查\n"
        "我们坚持稳中求进工作总基调，经济运行总体平稳。\n"
    )
    result = clean(text, "zh")
    assert [paragraph.text for paragraph in result.paragraphs][2:4] == ["下载", "来源：本地调查"]
    assert result.dropped == ()


def test_page_markers_are_dropped_anywhere() -> None:
    text = "开展人才八折购房等活动，（下转第3版）\n\n（上接第2版）创新开展人才服务。\n- 3 -\n"
    result = clean(text, "zh")
    assert [paragraph.text for paragraph in result.paragraphs] == [
        "开展人才八折购房等活动，创新开展人才服务。"
    ]
    assert result.dropped == ("（下转第3版）", "（上接第2版）", "- 3 -")


def test_headings_and_titles_are_never_joined() -> None:
    text = (
        "2025年某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，我们攻坚克难\n\n二、今年的任务\n"
    )
    paragraphs = [paragraph.text for paragraph in clean(text, "zh").paragraphs]
    assert paragraphs == [
        "2025年某市政府工作报告",
        "一、2024年工作回顾",
        "过去一年，我们攻坚克难",
        "二、今年的任务",
    ]


def test_english_page_break_joins_a_sentence() -> None:
    text = (
        "The Committee will continue to monitor the\n\neconomic outlook closely.\n\n"
        "Next paragraph.\n"
    )
    paragraphs = [paragraph.text for paragraph in clean(text, "en").paragraphs]
    assert paragraphs == [
        "The Committee will continue to monitor the economic outlook closely.",
        "Next paragraph.",
    ]


def test_empty_and_blank_text() -> None:
    assert clean("", "zh") == CleanText(())
    assert clean(" \n\u3000\n\t", "zh") == CleanText(())


def test_a_huge_line_without_sentence_end_is_handled() -> None:
    text = "经济发展" * 500_000  # 2 million characters, one line
    result = clean(text, "zh")
    assert len(result.paragraphs) == 1
    assert len(result.paragraphs[0].text) == len(text)


# ---- properties

_ALPHABET = st.sampled_from(
    [
        *"经济发展稳中求进。，、；：！？“”（）《》 \n\u3000\t5０%％.abcXYZ-—#*",
        "\n\n",
        "（上接一版）",
        "（下转三页）",
        "下载",
        "来源：某日报",
        "一、",
        "（一）",
        "**",
        "## ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join), st.sampled_from(["zh", "en"]))
def test_nothing_is_lost_on_generated_text(text: str, language: str) -> None:
    assert_nothing_lost(text, clean(text, "zh" if language == "zh" else "en"))


@given(st.lists(st.text(), max_size=5))
def test_nfkc_of_lines_is_nfkc_of_the_text(lines: list[str]) -> None:
    """Topics join sentences folded one at a time (``nfkc``, remembered): the same text as
    folding the joined text, since a line break neither changes nor combines with its
    neighbours. Folding is NFKC without the characters that show nothing."""
    joined = "\n".join(lines)
    folded = INVISIBLE.sub("", unicodedata.normalize("NFKC", joined))
    assert "\n".join(map(nfkc, lines)) == folded
    assert nfkc(joined) == folded


def test_nfkc_of_lines_with_combining_marks_and_compatibility_forms() -> None:
    marks = ["\u0301", "\u3099", "ｶ\u3099", "\uff21", "ﬁ", "①", "e\u0301", "\u1100\u1161"]
    for a in marks:
        for b in marks:
            lines = [a, b, a + b]
            assert "\n".join(map(nfkc, lines)) == unicodedata.normalize("NFKC", "\n".join(lines))


@pytest.mark.corpus
def test_a_bare_page_number_amid_prose_is_dropped_and_the_sentence_rejoined() -> None:
    # SC 2019 with a page number on a line of its own inside a sentence (as a PDF's text
    # gives it) and another between two paragraphs: dropped, recorded, the prose joined
    text = read(CORPUS / "cn-state-council/2019.txt")
    cut = "京津冀协同发展重在疏解"
    assert text.count(cut) == 1
    edited = text.replace(cut, "京津冀协同发展\n12\n重在疏解").replace(
        "\n各位代表！", "\n13\n各位代表！", 1
    )
    result = clean(edited, "zh")
    assert_nothing_lost(edited, result)
    assert result.dropped.count("12") == 1 and result.dropped.count("13") == 1
    assert [p.text for p in result.paragraphs] == [p.text for p in clean(text, "zh").paragraphs]


@pytest.mark.corpus
def test_a_number_cut_from_its_letters_is_no_page_number() -> None:
    # SC 2015 gives the subscript of M2 on a line of its own: it stays, joined to its M
    result = clean(read(CORPUS / "cn-state-council/2015.txt"), "zh")
    assert any("广义货币M2" in p.text for p in result.paragraphs)
    assert "2" not in result.dropped


@pytest.mark.corpus
def test_a_page_number_inside_an_english_sentence_is_dropped() -> None:
    # FOMC 2007-09-18 (hard-wrapped) with a page number between two lines of one sentence
    text = read(CORPUS / "fomc/2007-09-18.txt")
    cut = "\nCommittee judges that some inflation risks remain"
    assert text.count(cut) == 1
    edited = text.replace(cut, "\n12" + cut)
    assert [p.text for p in clean(edited, "en").paragraphs] == [
        p.text for p in clean(text, "en").paragraphs
    ]


def test_an_english_page_line_is_dropped() -> None:
    text = "The Committee decided to keep the target range.\nPage 2 of 3\nInflation has moderated."
    result = clean(text, "en")
    assert list(result.dropped) == ["Page 2 of 3"]
    assert "Page" not in "".join(p.text for p in result.paragraphs)


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("name", "opening", "width"),
    [
        # one paragraph of an unwrapped report hard-wrapped on its own (pasted from a PDF):
        # with blank lines around it (SC 2019) and between paragraphs a line each (Zhejiang)
        ("cn-state-council/2019.txt", "推动消费稳定增长。", 40),
        ("cn-provinces/zhejiang/2026.txt", "（四）聚焦共同富裕先行示范", 38),
        ("cn-state-council-zh-en/2024.en.txt", "We will move faster to boost self-reliance", 70),
    ],
)
def test_a_paragraph_wrapped_on_its_own_is_joined(name: str, opening: str, width: int) -> None:
    import textwrap

    text = read(CORPUS / name)
    language = "en" if name.endswith(".en.txt") else "zh"
    lines = text.split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(opening))
    line = lines[at]
    assert len(line) > 4 * width
    if language == "zh":
        wrapped = [line[i : i + width] for i in range(0, len(line), width)]
    else:
        wrapped = textwrap.wrap(line, width)
    edited = "\n".join([*lines[:at], *wrapped, *lines[at + 1 :]])
    assert [p.text for p in clean(edited, language).paragraphs] == [
        p.text for p in clean(text, language).paragraphs
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # numbers that are content stay where they stand: a figure cut from its unit, a
        # table's column, a year, a list's numbers, a unit's exponent, a reference to a page
        ("全年帮助\n300\n人就业，新建\n30\n公里道路，培育\n12\n项重大成果。", "zh"),
        ("北京\n12\n上海\n15\n广东\n18\n合计\n45", "zh"),
        ("回顾过去一年\n2024\n我们取得了成绩。", "zh"),
        ("工作：\n1\n坚持稳中求进\n2\n扩大国内需求", "zh"),
        ("住房面积达到40m\n2\n以上。", "zh"),
        ("This is shown on\nPage 3\nof the Summary of Economic Projections.", "en"),
    ],
)
def test_a_number_that_is_content_is_no_page_number(text: str, language: str) -> None:
    result = clean(text, language)  # type: ignore[arg-type]
    assert not result.dropped
    assert visible("".join(p.text for p in result.paragraphs)) == visible(text)


@pytest.mark.parametrize(
    ("text", "paragraphs"),
    [
        # a page mark joins no title, dateline or heading to what follows it
        ("2025年政府工作报告\n- 1 -\n各位代表：", ["2025年政府工作报告", "各位代表："]),
        (
            "坚持稳中求进工作总基调\n- 3 -\n一、2024年工作回顾",
            ["坚持稳中求进工作总基调", "一、2024年工作回顾"],
        ),
    ],
)
def test_a_page_mark_joins_no_title_or_heading(text: str, paragraphs: list[str]) -> None:
    assert [p.text for p in clean(text, "zh").paragraphs] == paragraphs


def test_equal_headings_are_no_wrapped_paragraph() -> None:
    # four task headings of one length in a report of a paragraph a line stay four
    headings = [
        "（一）着力扩大国内需求推动经济良性循环",
        "（二）加快建设现代化产业体系稳步向前进",
        "（三）深入实施科教兴国战略提升创新能力",
        "（四）坚定不移深化改革增强发展内生动力",
    ]
    assert len({len(h) for h in headings}) == 1
    opening = "今年是实现规划目标任务的关键一年，做好政府工作意义重大，要坚持稳中求进工作总基调。"
    text = "\n".join([opening, *headings, "今年要做好以下工作。"])
    assert [p.text for p in clean(text, "zh").paragraphs][1:5] == headings


@pytest.mark.corpus
def test_invisible_characters_inside_words_split_no_term_and_no_figure() -> None:
    # SC 2017 writes 党风\u200b廉政建设 (33 zero-width spaces in the file): the topic
    # 党风廉政建设 had been reported dropped against 2016
    old = load(CORPUS / "cn-state-council/2016.txt")
    new = load(CORPUS / "cn-state-council/2017.txt")
    assert any("\u200b" in s.text for s in new.sentences)
    _new, dropped = topic_changes(old, new)
    assert "党风廉政建设" not in {t.term for t in dropped}
    (found,) = extract("国内生产总值达到74.4\u200b万亿元。", "zh")
    assert found.value == 74.4e12 and found.unit == "元"
