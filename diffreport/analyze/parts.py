"""The parts of a report: the plan part (the year's tasks, targets, arrangements) and the review.

A section belongs to the plan part when its heading, or an ancestor's, names the
year's tasks, targets or arrangements (``2024年政府工作任务``, ``总体要求和政策取向``,
``重点工作``, ``今年工作``, ``Major Tasks for 2025``) and does not review the past; it
belongs to the review when its heading, or an ancestor's, reviews the past
(``一、2024年工作回顾``). Commitments and number kinds both read these parts.

A heading may review one period and then set out the next
(``二、“十三五”时期发展成就和“十四五”时期主要目标任务``): such a section is a review
until its first sentence that opens on the period it plans (``“十四五”时期是…``), and
plan from there (:func:`planned_in_review`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from diffreport.lexicon import en, zh
from diffreport.lexicon.common import LIST_MARKER
from diffreport.model import Document


def plan_sections(doc: Document) -> frozenset[int]:
    """Sections that belong to the plan part of a report (themselves or via an ancestor).

    The one definition of the plan part: commitments and number kinds both use it.
    """
    marked = _sections_under(doc, lambda heading: _plans(heading) and not _reviews(heading))
    if not marked and doc.language == "zh":
        marked = _planned_by_content(doc)
    return marked | _plan_continued(doc, marked)


def _planned_by_content(doc: Document) -> frozenset[int]:
    """Top-level parts no heading names as a plan that set out the year's goals or its
    overall requirements (主要预期目标是, 今年工作的总体要求是), with the sections under
    them: Fujian 2025's ``二、牢记历史使命，在中国式现代化建设中奋勇争先`` holds the year's
    targets and its tasks （一）…（九）. A review part never."""
    opens = {s.section for s in doc.sentences if sets_out_the_year(s.text)}
    tops = {
        top
        for top in (_top_of(doc, i) for i in opens)
        if doc.sections[top].heading and not _reviews(doc.sections[top].heading or "")
    }
    return frozenset(sec.index for sec in doc.sections if _top_of(doc, sec.index) in tops)


def sets_out_the_year(text: str) -> bool:
    """Whether a sentence sets out the year's goals or overall requirements (主要预期目标是,
    今年工作的总体要求是): the plan starts there."""
    # every such sentence names a 目标 or 要求; the test spares most sentences the regexes
    return ("目标" in text and zh.PLAN_SENTENCE.search(text) is not None) or (
        "要求" in text and zh.PLAN_OPENING.search(text) is not None
    )


def _top_of(doc: Document, index: int) -> int:
    """The top-level section ``index`` lies under (or is)."""
    while (parent := doc.sections[index].parent) is not None:
        index = parent
    return index


def _plan_continued(doc: Document, plan: frozenset[int]) -> frozenset[int]:
    """Top-level parts after a top-level plan part, up to a review: the plan goes on.

    Older reports set out the year's line in one part and its tasks in the parts
    after it (2007: ``二、2007年工作总体部署``, ``三、促进经济又好又快发展``, ``四、…``).
    A part about another document or period (``三、关于《…规划纲要（草案）》``, a
    ``“十一五”`` outline) is no task of the year, nor a part whose number does not follow
    on (an appendix's list of projects starting again at ``一、``): the plan ends there.
    """
    found: set[int] = set()
    going = False
    last = 0  # the number of the last top-level part
    for sec in doc.sections:
        top = sec.parent is None and sec.heading is not None
        number = heading_number(sec.heading or "") if top else None
        if top and sec.index in plan:
            going = True
        elif top and going and (_ends_plan(sec.heading or "") or (number or 0) <= last):
            going = False  # a review, another document, or a new list (an appendix: 一、…)
        last = number or last if top else last
        if going or (sec.parent is not None and sec.parent in found):
            found.add(sec.index)
    return frozenset(found) - plan


def review_sections(doc: Document) -> frozenset[int]:
    """Sections that review the past (``一、2024年工作回顾``), themselves or via an ancestor.

    A task of the plan part is no review for a heading that reads like one
    (``三、2014年重点工作`` > ``（一）推动重要领域改革取得新突破。``).
    """
    plans = _sections_under(doc, _plans)
    found: set[int] = set()
    for sec in doc.sections:
        inherited = sec.parent is not None and sec.parent in found
        planned = sec.parent is not None and sec.parent in plans
        if inherited or (_reviews(sec.heading or "") and not planned):
            found.add(sec.index)
    return frozenset(found)


def review_ends(doc: Document) -> dict[int, tuple[str, ...]]:
    """Review sections whose heading plans a later period too, with the names of that
    period a sentence that begins the plan uses.

    ``二、“十三五”时期发展成就和“十四五”时期主要目标任务`` -> ``十四五``: the heading reviews
    (成就), then names a period and its targets or tasks after the review word;
    ``一、1998年工作回顾和1999年工作的总体要求`` -> ``1999年`` or ``今年``.
    """
    found: dict[int, tuple[str, ...]] = {}
    review_secs = review_sections(doc)
    for sec in doc.sections:
        heading = sec.heading or ""
        review = zh.REVIEW_HEADING.search(heading)
        if review is None or sec.index not in review_secs:
            continue
        later = unicodedata.normalize("NFKC", heading[review.end() :])  # １９９４年
        if not _plans(later):
            continue
        period = zh.PERIOD_HEADING.search(later)
        year = _YEAR.search(later)
        if period is not None:
            found[sec.index] = (period.group(1),)
        elif year is not None:
            found[sec.index] = (year.group(), "今年")
    return found


def planned_in_review(doc: Document) -> frozenset[int]:
    """The sentences of a review section that plan the next period (:func:`review_ends`):
    from the first that opens on that period (``“十四五”时期是…``, ``1999年，我们将…``) or
    names it with its plan (``我们编制了“十五五”规划纲要``) to the section's end, its
    sub-sections' tasks included. A review's own mention of the period (为“十四五”发展奠定
    了坚实基础, 为实现“十四五”规划目标打下了基础) turns nothing."""
    return frozenset(_planned(doc))


def planned_periods(doc: Document) -> dict[int, str]:
    """Of :func:`planned_in_review`, the sentences that plan a five-year period, with its
    name (``十四五``): their figures span it, as a period section's do."""
    return {i: name for i, name in _planned(doc).items() if _PERIOD_NAME.fullmatch(name)}


def _planned(doc: Document) -> dict[int, str]:
    """Sentence -> the first name of the later period its mixed section plans."""
    if doc.language != "zh":
        return {}
    ends = review_ends(doc)
    if not ends:
        return {}
    mixed: dict[int, int] = {}  # section -> the mixed section it is in
    for sec in doc.sections:
        if sec.index in ends:
            mixed[sec.index] = sec.index
        elif sec.parent is not None and sec.parent in mixed:
            mixed[sec.index] = mixed[sec.parent]
    turned: set[int] = set()
    found: dict[int, str] = {}
    for s in doc.sentences:
        top = mixed.get(s.section)
        if top is None:
            continue
        if top not in turned and not s.heading and _turns(s.text, ends[top]):
            turned.add(top)
        if top in turned:
            found[s.index] = ends[top][0]
    return found


def _turns(text: str, names: tuple[str, ...]) -> bool:
    text = unicodedata.normalize("NFKC", text)  # １９９４年, as the heading is read
    opening = text.lstrip(' “”"《—-')
    if opening.startswith(names):
        return True
    named = any(n in text for n in names) and _PLAN_OF_PERIOD.search(text) is not None
    return named and not _LAID_FOR.search(text)  # 为实现“十四五”规划目标打下了基础 reports


#: what a sentence that sets out a period's plan names with the period (规划, 纲要, 目标)
_PLAN_OF_PERIOD = re.compile(r"规划|纲要|目标|任务|总体要求|基本方针")
#: a review's closing result laid for the period (为…奠定/打下…基础)
_LAID_FOR = re.compile(r"奠定|打下|打牢")


_PERIOD_NAME = re.compile(r"[一二三四五六七八九十]{1,2}五")
_YEAR = re.compile(r"(?:19|20)\d\d年")


def _plans(heading: str) -> bool:
    return bool(zh.PLAN_HEADING.search(heading) or en.PLAN_HEADING.search(heading))


def _reviews(heading: str) -> bool:
    return bool(zh.REVIEW_HEADING.search(heading) or en.REVIEW_HEADING.search(heading))


def notes_sections(doc: Document) -> frozenset[int]:
    """The sections of a glossary a Chinese report appends, with every section under them:
    a heading that names one (``附件2 名词解释``, ``名词解释``), or a bare annex label whose
    first line does (``附件`` / ``《政府工作报告》有关内容名词注释``). Their entries
    (``17.“四旁”、“五边”：…``) explain terms: no commitment, no topic, no plan."""
    if doc.language != "zh":
        return frozenset()
    first: dict[int, str] = {}
    for s in doc.sentences:
        if not s.heading:
            first.setdefault(s.section, s.text)
    found: set[int] = set()
    for sec in doc.sections:
        heading = sec.heading or ""
        titled = zh.NOTES_TITLE.search(heading) is not None or (
            zh.ANNEX_LABEL.match(heading) is not None
            and zh.NOTES_TITLE.search(first.get(sec.index, "")[:_NOTES_TITLE_LONGEST]) is not None
        )
        if titled or (sec.parent is not None and sec.parent in found):
            found.add(sec.index)
    return frozenset(found)


#: a glossary's title line is short (《政府工作报告》有关内容名词注释)
_NOTES_TITLE_LONGEST = 30


def _sections_under(doc: Document, marks: Callable[[str], bool]) -> frozenset[int]:
    """Sections whose heading ``marks`` says so, and every section under one of them."""
    found: set[int] = set()
    for sec in doc.sections:
        if marks(sec.heading or "") or (sec.parent is not None and sec.parent in found):
            found.add(sec.index)
    return frozenset(found)


def _ends_plan(heading: str) -> bool:
    """A review, or a part about another document (a title in 《》) or a period (十一五)."""
    return _reviews(heading) or "《" in heading or bool(zh.PERIOD_HEADING.search(heading))


_CHINESE_DIGITS = {d: i for i, d in enumerate("零一二三四五六七八九")}


def heading_number(heading: str) -> int | None:
    """The number a heading's list marker carries (``（三）`` 3, ``十二、`` 12, ``4.`` 4)."""
    match = LIST_MARKER.match(heading)
    if match is None:
        return None
    text = match.group(1)
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _CHINESE_DIGITS[text] if len(text) == 1 else None
    tens, _, units = text.partition("十")
    if len(tens) > 1 or len(units) > 1:
        return None
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)
