"""Which figures of an edition are for several years, not for one.

The first report of a new plan period reviews the whole period (``过去五年``,
``五年来``, ``“十三五”时期``, "over the past five years") and sets its goals; its
figures are multi-year totals (城镇新增就业6600万人以上, 棚户区住房改造2600多万套),
never the outcome of one year's target. A figure is for several years when

* the numbers stage says so (``Quantity.period == "span"``);
* its sentence names a span before it (``MULTI_YEAR_CUE``: 五年, 累计, 年均, 以来 …);
* or it stands in a multi-year passage: a top-level section whose heading names
  a span (``SPAN_HEADING``: 一、过去五年工作回顾, “十三五”时期发展成就…), or the
  sentences after one that opens with a span (``SPAN_OPENING``: 过去五年, 五年来),
  up to a sentence that goes back to one year (``YEAR_OPENING``: 过去一年,
  刚刚过去的2017年, 今年) or the next top-level section.

The passages are found in one pass over the sentences.
"""

from __future__ import annotations

import unicodedata

from diffreport.lexicon import en, zh
from diffreport.model import Document, LocatedQuantity


def span_sentences(doc: Document) -> frozenset[int]:
    """The sentences of ``doc`` that stand in a multi-year passage."""
    lex = en if doc.language == "en" else zh
    top_of: dict[int, int] = {}
    for section in doc.sections:
        parent = section.parent
        top_of[section.index] = top_of.get(parent, section.index) if parent else section.index
    heading_span = {
        s.index: bool(lex.SPAN_HEADING.search(unicodedata.normalize("NFKC", s.heading or "")))
        for s in doc.sections
    }
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
        opening = unicodedata.normalize("NFKC", sentence.text).lstrip("　 —-")
        if lex.SPAN_OPENING.search(opening):
            inside = True
        elif lex.YEAR_OPENING.search(opening):
            inside = False
        if inside:
            found.add(sentence.index)
    return frozenset(found)


def multi_year(lq: LocatedQuantity, doc: Document, spans: frozenset[int]) -> bool:
    """Whether the figure is for several years (see the module docstring)."""
    if lq.quantity.period == "span" or lq.sentence in spans:
        return True
    text = unicodedata.normalize("NFKC", doc.sentences[lq.sentence].text[: lq.quantity.end])
    lex = en if doc.language == "en" else zh
    return bool(lex.MULTI_YEAR_CUE.search(text))
