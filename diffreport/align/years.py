"""The year of an edition, and years shifted by the distance between two editions.

An edition's year is read from its text first: the year its review heading
looks back on, plus one (``一、2024年工作回顾``, ``I. A Review of Our Work in
2024``: the 2025 report), else the year its plan heading names
(``三、2025年政府工作任务``, ``III. Major Tasks for 2025``), else a full date
in its opening lines (the dateline ``——2024年3月5日在…``, a release date). The
file name or label is the fallback when the text says none of this, so
``old.txt`` and ``new.txt`` pair their review sections as well as ``2024.txt``
and ``2025.txt`` do.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from diffreport.lexicon import en, zh
from diffreport.lexicon.common import YEAR
from diffreport.model import Document

#: the dateline is looked for in this many sentences at the start of a document
_OPENING_SENTENCES = 8


def text_year(doc: Document) -> int | None:
    """The edition's year as its text says it (None when it does not say).

    Votes of the top two heading levels: a review heading naming one year gives
    that year + 1, a plan heading naming one year gives that year; the most
    common vote wins (the earliest on a tie). Without such a heading, the first
    full date among the opening sentences.
    """
    review, plan = (
        (zh.REVIEW_HEADING, zh.PLAN_HEADING)
        if doc.language == "zh"
        else (en.REVIEW_HEADING, en.PLAN_HEADING)
    )
    votes: Counter[int] = Counter()
    for section in doc.sections:
        if not section.heading or section.level > 2:
            continue
        heading = unicodedata.normalize("NFKC", section.heading)
        years = set(YEAR.findall(heading))
        if len(years) != 1:
            continue
        year = int(years.pop())
        if review.search(heading):
            votes[year + 1] += 1
        elif plan.search(heading):
            votes[year] += 1
    if votes:
        return votes.most_common(1)[0][0]  # Counter keeps first-seen order on a tie
    full_date = zh.FULL_DATE if doc.language == "zh" else en.FULL_DATE
    for sentence in doc.sentences[:_OPENING_SENTENCES]:
        found = full_date.search(unicodedata.normalize("NFKC", sentence.text))
        if found:
            return int(next(group for group in found.groups() if group))
    return None


def name_year(doc: Document) -> int | None:
    """The first year in the edition's label, else in its file name."""
    for source in (doc.label, doc.path.rsplit("/", 1)[-1]):
        found = YEAR.findall(source)
        if found:
            return int(found[0])
    return None


def document_year(doc: Document, *, from_name: bool = True) -> int | None:
    """The edition's year: from its text (``text_year``), else its label or path, else the
    latest year named in its opening."""
    year = text_year(doc)
    if year is not None:
        return year
    if from_name:
        year = name_year(doc)
        if year is not None:
            return year
    return _opening_year(doc)


def edition_distance(old: Document, new: Document) -> int:
    """How many years lie between two editions (0 when unknown).

    Both years come from the same kind of evidence — the text when both texts
    say their year, else file names or labels when both have one, else the
    opening lines of both — so a renamed copy of one edition is never taken
    for the next year's, and ``old.txt``/``new.txt`` are as far apart as
    ``2024.txt``/``2025.txt``.
    """
    for year_of in (text_year, name_year, _opening_year):
        oy, ny = year_of(old), year_of(new)
        if oy is not None and ny is not None:
            return ny - oy
    return 0


def _opening_year(doc: Document) -> int | None:
    """The latest year named in the edition's opening (the weakest evidence)."""
    head = "".join(s.text for s in doc.sentences[:6])[:600]
    years = [int(y) for y in YEAR.findall(unicodedata.normalize("NFKC", head))]
    return max(years) if years else None


def shift_years(text: str, delta: int) -> str:
    """``text`` with every year moved by ``delta`` (the distance between two editions)."""
    if not delta or ("19" not in text and "20" not in text):  # no year can match
        return text
    return YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)
