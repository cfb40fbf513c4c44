"""Which figures of an edition are for several years, not for one.

The first report of a new plan period reviews the whole period (``过去五年``,
``五年来``, ``“十三五”时期``, "over the past five years") and sets its goals; its
figures are multi-year totals (城镇新增就业6600万人以上, 棚户区住房改造2600多万套),
never the outcome of one year's target. A figure is for several years when

* the numbers stage says so (``Quantity.period == "span"``);
* its sentence names a span before it (``MULTI_YEAR_CUE``: 五年, 累计, 年均, 以来 …);
* or it stands in a multi-year passage: a top-level section whose heading names
  a span and no single year (``SPAN_HEADING``: 一、过去五年工作回顾, “十三五”时期发展
  成就…; not 一、2025年和“十四五”时期工作回顾), or the
  sentences after one that opens with a span (``SPAN_OPENING``: 过去五年, 五年来),
  up to a sentence that goes back to one year (``YEAR_OPENING``: 过去一年,
  刚刚过去的2017年, 今年) or the next top-level section.

The passages are found in one pass over the sentences.
"""

from __future__ import annotations

import re
import unicodedata
from types import ModuleType

from diffreport.lexicon import en, zh
from diffreport.model import Document, LocatedQuantity

_CLAUSE_BREAK = re.compile(r"[，；。：,;:]")


def span_sentences(doc: Document) -> frozenset[int]:
    """The sentences of ``doc`` that stand in a multi-year passage."""
    lex = en if doc.language == "en" else zh
    top_of: dict[int, int] = {}
    for section in doc.sections:
        parent = section.parent
        top_of[section.index] = top_of.get(parent, section.index) if parent else section.index
    heading_span = {s.index: _span_heading(s.heading or "", lex) for s in doc.sections}
    found: set[int] = set()
    top: int | None = None
    inside = False
    for sentence in doc.sentences:
        this_top = top_of.get(sentence.section, sentence.section)
        if this_top != top:
            top = this_top
            inside = heading_span.get(this_top, False)
        if sentence.heading:
            continue
        opening = _opening(sentence.text, lex)
        if lex.SPAN_OPENING.search(opening):
            inside = True
        elif lex.YEAR_OPENING.search(opening):
            inside = False
        if inside:
            found.add(sentence.index)
    return frozenset(found)


def _opening(text: str, lex: ModuleType) -> str:
    """A sentence's opening words, after dashes and an address (各位代表，刚刚过去的2025年)."""
    opening = unicodedata.normalize("NFKC", text).lstrip("　 —-")
    for address in lex.ADDRESS_OPENINGS:
        if opening.startswith(address):
            opening = opening[len(address) :].lstrip(",，!！:： ")
    return opening


def _span_heading(heading: str, lex: ModuleType) -> bool:
    """A heading on several years only (一、过去五年工作回顾), not one that also names a year."""
    text = unicodedata.normalize("NFKC", heading)
    return bool(lex.SPAN_HEADING.search(text)) and not lex.ONE_YEAR_HEADING.search(text)


def multi_year(
    lq: LocatedQuantity, doc: Document, spans: frozenset[int], year: int | None = None
) -> bool:
    """Whether the figure is for several years (see the module docstring).

    With ``year``, a figure in a multi-year passage whose own clause names that year
    (常住人口城镇化率从2020年的53.2%提升到2025年的57.7%) is that year's figure.
    """
    text = unicodedata.normalize("NFKC", doc.sentences[lq.sentence].text[: lq.quantity.end])
    if lq.quantity.period == "span":
        return True
    if lq.sentence in spans:
        return year is None or not _names_year(text[: len(text) - len(lq.quantity.text)], year)
    lex = en if doc.language == "en" else zh
    return bool(lex.MULTI_YEAR_CUE.search(text))


def _names_year(before: str, year: int) -> bool:
    """The figure's clause names ``year`` as its own (not 2025年以来)."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    at = clause.rfind(f"{year}年")
    return at >= 0 and not clause.startswith(("以来", "来"), at + 5)
