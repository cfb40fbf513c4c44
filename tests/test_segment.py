"""Segmenting: section trees from real headings, sentences that survive formatting changes."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diffreport.model import Language, Section, Sentence
from diffreport.normalize import clean, detect_language, fold
from diffreport.normalize.headings import run_in_end, word_cases
from diffreport.reading import read_text
from diffreport.segment import MAX_SENTENCE, has_sentence_end, segment, split_sentences

ROOT = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = ROOT / "corpus"
SEED = ROOT / "seeds" / "000_f0c91d072d13cb6f.txt"
LEVEL_ONE = re.compile(r"^[一二三四五六七八九十]、.+$", re.MULTILINE)


def run(
    text: str, language: Language | None = None
) -> tuple[tuple[Section, ...], tuple[Sentence, ...]]:
    language = language or detect_language(text)
    return segment(clean(text, language), language)


def texts(text: str, language: Language | None = None) -> list[str]:
    return [sentence.text for sentence in run(text, language)[1]]


def keys(text: str) -> list[str]:
    return [sentence.key for sentence in run(text)[1]]


def visible(text: str) -> str:
    return "".join(text.split())


def assert_consistent(sections: tuple[Section, ...], sentences: tuple[Sentence, ...]) -> None:
    """Indexes, section runs and heading flags agree with each other."""
    assert sections[0].heading is None and sections[0].level == 0 and sections[0].start == 0
    assert [section.index for section in sections] == list(range(len(sections)))
    assert [sentence.index for sentence in sentences] == list(range(len(sentences)))
    for section in sections:
        assert section.start <= section.end
        assert all(sentences[i].section == section.index for i in range(section.start, section.end))
        if section.index:
            assert sentences[section.start].heading
            assert section.parent is None or sections[section.parent].level < section.level
    assert sections[-1].end == len(sentences)
    assert sum(sentence.heading for sentence in sentences) == len(sections) - 1
    assert all(sentence.text == sentence.text.strip() and sentence.text for sentence in sentences)


def assert_nothing_lost(text: str, language: Language) -> None:
    cleaned = clean(text, language)
    sections, sentences = segment(cleaned, language)
    assert_consistent(sections, sentences)
    paragraphs = visible("".join(paragraph.text for paragraph in cleaned.paragraphs))
    assert visible("".join(sentence.text for sentence in sentences)) == paragraphs
    assert all(sentence.key == fold(sentence.text, language) for sentence in sentences)


# ---- State Council


@pytest.mark.corpus
@pytest.mark.parametrize("year", [y for y in range(2010, 2026) if y != 2020])  # no 2020 report
def test_state_council_level_one_sections(year: int) -> None:
    path = CORPUS / "cn-state-council" / f"{year}.txt"
    text = path.read_text(encoding="utf-8")
    sections, sentences = run(text, "zh")
    assert_consistent(sections, sentences)
    expected = [line.strip() for line in LEVEL_ONE.findall(text.split("本作品是")[0])]
    assert [s.heading for s in sections if s.level == 1] == expected
    assert 2 <= len(expected) <= 6
    assert all(s.parent is None for s in sections if s.level == 1)
    assert not any("本作品" in s.text or "Public domain" in s.text for s in sentences)
    assert_nothing_lost(text, "zh")


@pytest.mark.corpus
def test_state_council_2024_and_2025_tree() -> None:
    for year, first in (("2024", "2023"), ("2025", "2024")):
        text = (CORPUS / "cn-state-council" / f"{year}.txt").read_text(encoding="utf-8")
        sections, sentences = run(text, "zh")
        assert [s.heading for s in sections if s.level == 1] == [
            f"一、{first}年工作回顾",
            f"二、{year}年经济社会发展总体要求和政策取向",
            f"三、{year}年政府工作任务",
        ]
        tasks = next(s for s in sections if s.heading == f"三、{year}年政府工作任务")
        children = [s for s in sections if s.parent == tasks.index]
        assert len(children) == 10 and all(s.level == 2 for s in children)
        assert children[0].heading is not None and children[0].heading.startswith("（一）")
        assert sentences[0].section == 0 and not sentences[0].heading
        assert "各位代表：" in [s.text for s in sentences[:5]]


@pytest.mark.corpus
def test_state_council_lead_sentences_and_dash_items() -> None:
    text = (CORPUS / "cn-state-council" / "2010.txt").read_text(encoding="utf-8")
    sections, sentences = run(text, "zh")
    heading = next(
        s for s in sections if s.heading == "（一）加强和改善宏观调控，促进经济平稳较快发展。"
    )
    assert heading.level == 2 and sections[heading.parent or 0].heading == "一、2009年工作回顾"
    text = (CORPUS / "cn-state-council" / "2007.txt").read_text(encoding="utf-8")
    sections, sentences = run(text, "zh")
    dash = next(s for s in sentences if s.text.startswith("——经济平稳快速增长"))
    assert not dash.heading and dash.text == "——经济平稳快速增长。"


# ---- provinces


@pytest.mark.corpus
@pytest.mark.parametrize("year", ["2025", "2026"])
def test_henan_sections(year: str) -> None:
    text = (CORPUS / "cn-provinces" / "henan" / f"{year}.txt").read_text(encoding="utf-8")
    sections, sentences = run(text, "zh")
    assert_consistent(sections, sentences)
    assert [s.heading for s in sections if s.level == 2][:1] == [
        "（一）经济运行持续向好。" if year == "2025" else "（一）千方百计稳就业稳企业稳市场稳预期。"
    ]
    first = next(s for s in sections if s.level == 2)
    body = sentences[first.start + 1]
    assert body.paragraph == sentences[first.start].paragraph  # the rest of the lead paragraph
    assert not any(s.text in ("下载", "打印", "相关报道：") for s in sentences)
    title = f"{year}年河南省政府工作报告"
    assert sentences[0].text == title and sentences[0].section == 0 and not sentences[0].heading


@pytest.mark.corpus
def test_province_2025_to_2026_level_two_sections_everywhere() -> None:
    for path in sorted(CORPUS.glob("cn-provinces/*/202[56].txt")):
        sections, sentences = run(path.read_text(encoding="utf-8"), "zh")
        assert_consistent(sections, sentences)
        assert any(s.level in (1, 2) for s in sections), path
        assert len(sentences) > 150, path


# ---- seed


@pytest.mark.corpus
def test_seed_sentences_and_bold_lead_headings() -> None:
    text = SEED.read_text(encoding="utf-8")
    sections, sentences = run(text, "zh")
    assert_consistent(sections, sentences)
    found = [s.text for s in sentences if "扎实开展防汛备汛" in s.text]
    assert found == ["扎实开展防汛备汛，确保度汛安全和黄河安澜。"]
    assert [s.text for s in sentences if "取得重大突破" in s.text] == [
        "——先进制造业高地建设取得重大突破。"
    ]
    assert any("近200平方公里" in s.text for s in sentences)
    headings = [s.heading for s in sections]
    assert headings[1] == "（二）高端引领助转型，做强产业发展引擎。"
    assert "二、今后五年及2023年工作总体要求和主要目标" in headings
    bold = sentences[sections[1].start]
    assert bold.text == "**（二）高端引领助转型，做强产业发展引擎。**"
    assert bold.key == "(二)高端引领助转型,做强产业发展引擎。"
    assert sentences[0].text == "# 政府工作报告" and sentences[0].section == 0
    markers = ("上接", "下转")
    assert not any(marker in s.text for s in sentences for marker in markers)
    three = next(s for s in sections if s.heading == "三、2023年重点工作安排")
    child = sections[three.index + 1]
    assert child.heading == "（一）持续稳定经济运行。" and child.parent == three.index


# ---- English


@pytest.mark.corpus
def test_fomc_first_sentence_and_vote_paragraph() -> None:
    text = (CORPUS / "fomc" / "2008-12-16.txt").read_text(encoding="utf-8")
    sections, sentences = run(text, "en")
    assert len(sections) == 1
    assert sentences[0].text == (
        "The Federal Open Market Committee decided today to establish a target range for "
        "the federal funds rate of 0 to 1/4 percent."
    )
    vote = [s.text for s in sentences if s.text.startswith("Voting for")]
    assert len(vote) == 1 and vote[0].endswith("Kevin M. Warsh.")
    assert_nothing_lost(text, "en")


@pytest.mark.corpus
def test_fomc_sentence_files_are_one_sentence_a_line() -> None:
    for name in ("2016-11-02.txt", "2019-07-31.txt", "2024-09-18.txt"):
        path = CORPUS / "fomc-sentences" / name
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert texts(text, "en") == lines


@pytest.mark.corpus
def test_english_report_roman_sections() -> None:
    text = (CORPUS / "cn-state-council-zh-en" / "2025.en.txt").read_text(encoding="utf-8")
    sections, _sentences = run(text, "en")
    assert [s.heading for s in sections if s.level == 1] == [
        "I. A Review of Our Work in 2024",
        "II. Overall Requirements and Policy Orientations for Economic and Social Development"
        " in 2025",
        "III. Major Tasks for 2025",
    ]


#: the first words of the text after each numbered task title (the year's Major Tasks part)
#: of the State Council's English translations, read off the files by hand
TASK_TEXT_OPENINGS = {
    2024: ["We should", "We will", "We will", "We will", "We will", "We will", "We will",
           "We will", "Acting on", "Acting on"],
    2025: ["To promote", "We should", "We should", "We should", "Regardless of", "To ensure",
           "Continuing to", "We will", "We will", "We must"],
    2026: ["Taking the", "We should", "We should", "As we", "We should", "Work related",
           "We should", "The people's", "Guided by", "We will"],
}  # fmt: skip


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_english_run_in_task_titles_are_sections(year: int) -> None:
    """Every numbered task title that runs into its text is a section, cut where the text
    begins: ``1. Vigorously boosting … across the board`` / ``To promote synergy …``."""
    text = (CORPUS / "cn-state-council-zh-en" / f"{year}.en.txt").read_text(encoding="utf-8")
    sections, sentences = run(text, "en")
    tasks = next(s for s in sections if s.heading and f"Major Tasks for {year}" in s.heading)
    titles = [s for s in sections if s.parent == tasks.index]
    assert [s.heading.split(".")[0] for s in titles if s.heading] == [str(n) for n in range(1, 11)]
    for section, opening in zip(titles, TASK_TEXT_OPENINGS[year], strict=True):
        heading, first = sentences[section.start], sentences[section.start + 1]
        assert heading.heading and not heading.text.endswith(".")
        assert len(heading.text.split()) <= 40
        assert first.text.startswith(opening), (heading.text, first.text[:40])
    assert_consistent(sections, sentences)
    assert_nothing_lost(text, "en")


def test_run_in_titles_keep_names_and_leave_numbered_sentences_alone() -> None:
    text = (
        "Opening words of the report.\n\n"
        "We joined the Belt and Road Initiative. We built a Beautiful China in China. "
        "Our work went on and our work grew.\n\n"
        "1. Invigorating China and building a Beautiful China We will work hard on it.\n\n"
        "2. Taking part in the Belt and Road Initiative Work goes on well here.\n\n"
        "3. We worked hard. More was done by all of us.\n\n"
        "4. We worked hard To no end at all.\n\n"
        "5. Striving to Modernize the Industrial System Acting on it, we grew.\n"
    )
    sections, _sentences = run(text, "en")
    assert [s.heading for s in sections[1:]] == [
        "1. Invigorating China and building a Beautiful China",
        "2. Taking part in the Belt and Road Initiative",
        "3. We worked hard.",
        # short lines stand alone as headings, whole: no run-in cut after ``We`` or
        # inside a Title Case title
        "4. We worked hard To no end at all.",
        "5. Striving to Modernize the Industrial System Acting on it, we grew.",
    ]


@pytest.mark.corpus
def test_numbered_sentences_of_fomc_statements_and_addresses_are_no_run_in_titles() -> None:
    """A numbered sentence is no title running into text, whatever capitals it holds: every
    sentence of the FOMC statements and State of the Union addresses, numbered ``1.``, is
    read against its own document, and at most 1 in 1000 is cut (a possessive name,
    ``a real Patients' Bill of Rights``). Names after a lower-case word (``the Federal Open
    Market Committee``, ``in September``, ``the U.S. economy``) and quoted ones are no
    sentence start."""
    paths = [
        *sorted((CORPUS / "fomc").glob("*.txt")),
        *sorted((CORPUS / "fomc-sentences").glob("*.txt")),
        *sorted((CORPUS / "us-sotu").glob("*.txt")),
    ]
    assert len(paths) > 250
    cut: list[str] = []
    total = 0
    for path in paths:
        paragraphs = [p.text for p in clean(path.read_text(encoding="utf-8"), "en").paragraphs]
        cases = word_cases(paragraphs)
        for paragraph in paragraphs:
            for sentence in split_sentences(paragraph, "en"):
                total += 1
                if run_in_end(f"1. {sentence}", cases) is not None:
                    cut.append(sentence)
    assert total > 10_000
    assert len(cut) <= total // 1000, cut[:20]


def test_english_sentence_ends() -> None:
    text = (
        "The U.S. economy grew 2.5 percent, and Mr. Smith said the rate of 5-1/4 percent "
        "was right. Ben S. Bernanke, Chairman, voted e.g. for the action. "
        '"Inflation is low." The Committee will act; it is ready! Will it? Yes.'
    )
    assert texts(text, "en") == [
        "The U.S. economy grew 2.5 percent, and Mr. Smith said the rate of 5-1/4 percent"
        " was right.",
        "Ben S. Bernanke, Chairman, voted e.g. for the action.",
        '"Inflation is low."',
        "The Committee will act; it is ready!",
        "Will it?",
        "Yes.",
    ]


def test_chinese_sentence_ends_keep_semicolon_clauses_and_closing_quotes() -> None:
    text = "他说：“要稳中求进。”我们要扩大内需；要稳定就业。真的吗？是的！"
    assert texts(text, "zh") == [
        "他说：“要稳中求进。”",
        "我们要扩大内需；要稳定就业。",
        "真的吗？",
        "是的！",
    ]


def test_split_sentences_is_the_splitter_segment_uses() -> None:
    chinese = "他说：“要稳中求进。”我们要扩大内需；要稳定就业。真的吗？是的！"
    assert split_sentences(chinese, "zh") == texts(chinese, "zh")
    english = "Mr. Smith voted. The U.S. economy grew 2.5 percent.  "
    assert split_sentences(english, "en") == [
        "Mr. Smith voted.",
        "The U.S. economy grew 2.5 percent.",
    ]
    assert split_sentences(" \n ", "zh") == []


def test_has_sentence_end_counts_clause_ends_but_not_dots_inside_a_name() -> None:
    for text in ("经济增长5%左右。", "扩大内需；", "Growth slowed.", "Note: growth slowed"):
        assert has_sentence_end(text)
    for text in ("2025.txt", "reports/v1.2", "经济增长5%左右", "Growth slowed"):
        assert not has_sentence_end(text)


def test_markdown_and_numbered_headings() -> None:
    text = "# 某市政府工作报告\n\n## 一、回顾\n\n1. 第一件事\n\n内容。\n\n（1）小项。其余内容。\n"
    sections, sentences = run(text, "zh")
    assert [(s.heading, s.level, s.parent) for s in sections] == [
        (None, 0, None),
        ("一、回顾", 1, None),
        ("1. 第一件事", 3, 1),
        ("（1）小项。", 3, 1),
    ]
    assert sentences[0].text == "# 某市政府工作报告" and not sentences[0].heading
    assert sentences[1].key == "一、回顾"


def test_empty_documents_have_only_the_preamble() -> None:
    for text in ("", "  \n\n\u3000 "):
        sections, sentences = run(text, "zh")
        assert sections == (Section(0, None, 0, None, 0, 0),)
        assert sentences == ()


def test_a_long_run_without_sentence_end_is_cut() -> None:
    text = "推动经济发展，" * 100_000 + "完成。"
    sentences = run(text, "zh")[1]
    assert len(sentences) > 100
    assert max(len(s.text) for s in sentences) <= MAX_SENTENCE["zh"]
    assert visible("".join(s.text for s in sentences)) == visible(text)
    one_line = "x" * 1_000_000
    sentences = run(one_line, "en")[1]
    assert "".join(s.text for s in sentences) == one_line


# ---- formatting changes do not change keys


def rewrap(text: str, width: int) -> str:
    """Every line re-wrapped at ``width`` (Chinese text can break anywhere)."""
    out = []
    for line in text.split("\n"):
        out.append("\n".join(textwrap.wrap(line, width)) if len(line) > width else line)
    return "\n".join(out)


def refill(text: str, width: int) -> str:
    """Paragraphs (blank-line separated) joined and filled at ``width``."""
    blocks = [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
    return "\n\n".join(textwrap.fill(block, width, break_long_words=False) for block in blocks)


FULL_WIDTH = str.maketrans("0123456789%", "０１２３４５６７８９％")


@pytest.mark.corpus
@pytest.mark.parametrize("name", ["cn-state-council/2024.txt", "cn-state-council/2025.txt"])
def test_formatting_changes_keep_the_keys(tmp_path: Path, name: str) -> None:
    original = (CORPUS / name).read_text(encoding="utf-8")
    expected = keys(original)
    assert keys(rewrap(original, 40)) == expected
    assert keys(rewrap(original, 61)) == expected
    assert keys(original.translate(FULL_WIDTH)) == expected
    variants = {
        "bom-crlf.txt": b"\xef\xbb\xbf" + original.replace("\n", "\r\n").encode("utf-8"),
        "utf16.txt": original.encode("utf-16"),
        "gb.txt": original.encode("gb18030"),
    }
    for file_name, data in variants.items():
        path = tmp_path / file_name
        path.write_bytes(data)
        assert keys(read_text(path)[0]) == expected, file_name


@pytest.mark.corpus
def test_fomc_refilled_keeps_the_keys() -> None:
    for name in ("2008-12-16.txt", "2016-09-21.txt", "1994-02-04.txt"):
        original = (CORPUS / "fomc" / name).read_text(encoding="utf-8")
        expected = keys(original)
        for width in (50, 72, 100):
            assert keys(refill(original, width)) == expected, (name, width)


@pytest.mark.corpus
def test_province_rewrapped_keeps_the_body_keys() -> None:
    original = (CORPUS / "cn-provinces" / "henan" / "2026.txt").read_text(encoding="utf-8")
    expected = keys(original)
    assert keys(rewrap(original, 30)) == expected
    assert keys(original.translate(FULL_WIDTH)) == expected


@pytest.mark.corpus
@pytest.mark.parametrize(
    "pattern",
    ["cn-state-council/*.txt", "cn-provinces/*/*.txt", "fomc*/*.txt", "us-sotu/*.txt", "*/*.txt"],
)
def test_nothing_is_lost_on_real_files(pattern: str) -> None:
    for path in sorted(CORPUS.glob(pattern))[:80]:
        text = path.read_text(encoding="utf-8")
        assert_nothing_lost(text, detect_language(text))


_TOKENS = st.sampled_from(
    [
        *"经济发展稳中求进。，；！？“”（）\n 5.%abcUS",
        "\n\n",
        "一、",
        "（一）",
        "1.",
        "**",
        "## ",
        "Mr. ",
        "U.S. ",
        "The ",
        "2.5 ",
        "。”",
        "I. ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TOKENS, max_size=60).map("".join), st.sampled_from(["zh", "en"]))
def test_nothing_is_lost_on_generated_text(text: str, language: str) -> None:
    assert_nothing_lost(text, "zh" if language == "zh" else "en")


@pytest.mark.corpus
def test_an_unnumbered_part_heading_on_its_own_line_is_a_top_section() -> None:
    # Sichuan 2025 names its parts without 一、/二、: 2024年工作回顾, 2025年工作安排建议,
    # 加强政府自身建设 and the notes (名词解释) each stand alone; the year's tasks (一)…
    # belong to the plan part, the government's own tasks to theirs
    from diffreport import load

    doc = load(CORPUS / "cn-provinces/sichuan/2025.txt")
    top = [s.heading for s in doc.sections if s.level == 1]
    assert top == ["2024年工作回顾", "2025年工作安排建议", "加强政府自身建设", "名词解释"]
    plan = doc.sections[[s.heading for s in doc.sections].index("2025年工作安排建议")]
    tasks = [s for s in doc.sections if s.parent == plan.index]
    assert len(tasks) == 9 and tasks[0].heading.startswith("（一）")
    # a line of running text that ends like a part's name is no heading
    assert not any(s.heading and "工作回顾" in s.heading for s in doc.sections if s.level > 1)
