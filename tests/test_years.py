"""The edition's year is read from its text: review heading + 1, plan heading, dateline.

Saved as ``old.txt`` and ``new.txt`` (no year in the names), the State Council's
2024 and 2025 reports must still be a year apart, so that ``一、2023年工作回顾``
and ``一、2024年工作回顾`` are one section, matched, as they are when the files
are called ``2024.txt`` and ``2025.txt``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import diffreport
from diffreport.align import document_year, edition_distance
from diffreport.align.years import name_year, text_year

from .conftest import CORPUS, corpus


def _copies(tmp_path: Path, old: str, new: str) -> tuple[Path, Path]:
    old_path, new_path = tmp_path / "old.txt", tmp_path / "new.txt"
    shutil.copyfile(corpus(old), old_path)
    shutil.copyfile(corpus(new), new_path)
    return old_path, new_path


def _level_one(result: diffreport.Comparison) -> list[tuple[str, str | None, str | None]]:
    out = []
    for pair in result.sections:
        old = result.old.sections[pair.old] if pair.old is not None else None
        new = result.new.sections[pair.new] if pair.new is not None else None
        if (old or new) and (old or new).level == 1:  # type: ignore[union-attr]
            out.append((pair.status, old.heading if old else None, new.heading if new else None))
    return out


@pytest.mark.corpus
def test_chinese_reports_saved_as_old_and_new_pair_their_review_sections(tmp_path: Path) -> None:
    old, new = _copies(tmp_path, "cn-state-council/2024.txt", "cn-state-council/2025.txt")
    result = diffreport.compare(old, new)
    assert edition_distance(result.old, result.new) == 1
    assert _level_one(result) == [
        ("matched", "一、2023年工作回顾", "一、2024年工作回顾"),
        (
            "matched",
            "二、2024年经济社会发展总体要求和政策取向",
            "二、2025年经济社会发展总体要求和政策取向",
        ),
        ("matched", "三、2024年政府工作任务", "三、2025年政府工作任务"),
    ]
    by_year = diffreport.compare(
        corpus("cn-state-council/2024.txt"), corpus("cn-state-council/2025.txt")
    )
    assert [p.status for p in by_year.sections] == [p.status for p in result.sections]


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2025, 2026])
def test_english_reports_saved_as_old_and_new_pair_their_review_sections(
    tmp_path: Path, year: int
) -> None:
    folder = "cn-state-council-zh-en"
    old, new = _copies(tmp_path, f"{folder}/{year - 1}.en.txt", f"{folder}/{year}.en.txt")
    result = diffreport.compare(old, new)
    assert edition_distance(result.old, result.new) == 1
    assert _level_one(result)[0] == (
        "matched",
        f"I. A Review of Our Work in {year - 2}",
        f"I. A Review of Our Work in {year - 1}",
    )
    # the year's tasks pair with next year's, whatever their chapter number
    tasks = [row for row in _level_one(result) if (row[1] or "").endswith(f"for {year - 1}")]
    assert len(tasks) == 1 and (tasks[0][2] or "").endswith(f"Major Tasks for {year}")


@pytest.mark.corpus
def test_the_text_says_the_year_the_name_agrees() -> None:
    """Wherever the text of a corpus report says its year, the file name says the same."""
    paths = [
        *sorted((CORPUS / "cn-state-council").glob("*.txt")),
        *sorted((CORPUS / "cn-provinces").glob("*/*.txt")),
        *sorted((CORPUS / "cn-state-council-zh-en").glob("*.txt")),
    ]
    said = 0
    for path in paths:
        doc = diffreport.load(path)
        year = text_year(doc)
        if year is not None:
            said += 1
            assert year == name_year(doc), path
    # every report since 2014 heads its review with the year (2020 is missing)
    assert said >= 11 + 62 + 6


@pytest.mark.corpus
def test_fomc_statements_say_no_year_of_their_own() -> None:
    for name in ("fomc/2008-12-16.txt", "fomc-sentences/2024-09-18.txt"):
        doc = diffreport.load(corpus(name))
        assert text_year(doc) is None
        assert document_year(doc) == int(name.split("/")[1][:4])


def test_the_text_wins_over_the_name_and_a_copy_is_no_later_edition() -> None:
    report = (
        "各位代表：\n\n一、2024年工作回顾\n\n过去一年经济增长5%。\n\n"
        "二、2025年政府工作任务\n\n要扩大内需。\n"
    )
    doc = diffreport.from_text(report, label="2030", path="2030.txt")
    assert text_year(doc) == 2025 and document_year(doc) == 2025
    same = diffreport.from_text(report, label="new", path="new.txt")
    assert edition_distance(doc, same) == 0
    bare = diffreport.from_text("经济增长5%。", label="2023", path="2023.txt")
    assert text_year(bare) is None and document_year(bare) == 2023


def test_a_dateline_says_the_year_when_no_heading_does() -> None:
    zh = (
        "政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n"
        "各位代表：\n\n经济增长5%。\n"
    )
    assert text_year(diffreport.from_text(zh)) == 2024
    en = "Release Date: January 27, 2016\n\nThe Committee decided to keep the rate.\n"
    assert text_year(diffreport.from_text(en)) == 2016
    plan_only = "III. Major Tasks for 2025\n\nWe will expand domestic demand.\n"
    assert text_year(diffreport.from_text(plan_only)) == 2025
