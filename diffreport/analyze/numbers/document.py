"""Quantities of one sentence (:func:`extract`) and of a document (:func:`document_quantities`)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from diffreport.analyze.numbers.forms import zh_period
from diffreport.analyze.numbers.kinds import history, horizons, is_estimate
from diffreport.analyze.numbers.quantities import ANY_DIGIT, CN_NUMERAL, Raw, fold
from diffreport.analyze.numbers.zh import extract_zh
from diffreport.analyze.parts import (
    heading_number,
    notes_sections,
    plan_sections,
    planned_in_review,
    review_sections,
    sets_out_the_year,
)
from diffreport.lexicon import en, zh
from diffreport.model import (
    Document,
    Language,
    LocatedQuantity,
    NumberKind,
    Quantity,
    QuantityForm,
    QuantityPeriod,
    Sentence,
)


def _as_float(value: Decimal) -> float:
    return float(value)


_ZH_ANY_NUMBER = re.compile(rf"[\d{CN_NUMERAL}]")


def extract(
    text: str, language: Language, *, plan: bool = False, review: bool = False
) -> tuple[Quantity, ...]:
    """Every quantity in one sentence, with its metric, verb, value, unit and qualifier.

    ``plan`` says the sentence sits in the plan part of a report, which makes each
    quantity a target; ``review`` that it sits in the review of the past year, which
    makes each an outcome unless the sentence looks ahead. A Chinese quantity also
    gets its form and period (:mod:`.forms`). ``start``/``end`` of each quantity
    index ``text`` itself.
    """
    if (_ZH_ANY_NUMBER if language == "zh" else ANY_DIGIT).search(text) is None:
        return ()  # every figure holds a digit (full-width ones fold to digits) or a numeral
    folded, offsets = fold(text, spaced_digits=language == "zh")
    found: list[tuple[Raw, str, str | None, int, NumberKind, QuantityForm | None]]
    if language == "zh":
        found = list(extract_zh(folded, plan, review))
    else:
        # imported here: a Chinese comparison never compiles the English patterns
        from diffreport.analyze.numbers.en import extract_en

        found = [(*f, None) for f in extract_en(folded, plan)]
    quantities: list[Quantity] = []
    for raw, metric, verb, phrase_start, kind, form in found:
        start = offsets[phrase_start] if offsets else phrase_start
        # a phrase ends after its last character, not at a space folded away after it
        end = offsets[raw.end - 1] + 1 if offsets and raw.end else raw.end
        period: QuantityPeriod | None = None
        if language == "zh":
            period = zh_period(folded, raw.core_start, raw.unit, kind, review, verb)
            if verb in zh.FROM_VERBS and _TO_LEVEL.match(folded, raw.end):
                kind = "actual"  # 由每人每年320元提高到380元: 320元 is the level reached
        quantities.append(
            Quantity(
                metric=metric,
                value=_as_float(raw.value),
                high=None if raw.high is None else _as_float(raw.high),
                unit=raw.unit,
                qualifier=raw.qualifier,
                text=text[start:end],
                kind=kind,
                verb=verb,
                start=start,
                end=end,
                form=form if form is not None else raw.form,
                period=period if period is not None else raw.period,
            )
        )
    return tuple(quantities)


Memo = dict[tuple[str, Language, bool, bool], tuple[Quantity, ...]]
#: what follows the level a figure changes from (…320元|提高到380元), not the agent of 由
#: (由中央代地方发债4000亿元)
_TO_LEVEL = re.compile(rf"[^，。；,;]{{0,6}}?{zh.CHANGE_TO_LEVEL}")


def document_quantities(doc: Document, memo: Memo | None = None) -> tuple[LocatedQuantity, ...]:
    """All quantities of ``doc``, each a target when its sentence is in the plan part.

    Each distinct sentence is read once: ``memo`` keeps :func:`extract` by (text,
    language, plan, review), and may be shared by several documents (editions repeat
    sentences). A figure over several years gets the period ``span``.
    """
    if memo is None:
        memo = {}
    plan_part, review_part = _parts(doc)
    notes = notes_sections(doc)  # a glossary the report appends
    plan_started_in: int | None = None
    looking_back: int | None = None  # the paragraph of the plan part that reviews last year
    listing: tuple[int, int] | None = None  # a list of the year's measures: (section, lead)
    located: list[LocatedQuantity] = []
    language = doc.language
    for sentence in doc.sentences:
        if sentence.section in notes:
            continue  # a glossary's figures define its terms (“3”是…3个A类飞行服务站)
        text = sentence.text
        # a note that explains a term (8.“灯塔工厂”：由…评选) states no goal and no outcome
        note = _NOTE.match(text) is not None
        plan = sentence.index in plan_part and not note
        review = sentence.index in review_part and not note
        if language == "zh":
            if plan_started_in is not None and plan_started_in != sentence.section:
                plan_started_in = None
            # every plan sentence names a 目标; the test spares most sentences the regex
            if "目标" in text and zh.PLAN_SENTENCE.search(text):
                plan_started_in = sentence.section
            plan = plan or (plan_started_in is not None and not note)
            listing = _listing(sentence, doc, listing)
            plan = plan or (listing is not None and listing[1] != sentence.index and not note)
            review = review and not plan
            looking_back = _looking_back(sentence, plan, looking_back)
            if looking_back is not None:
                plan, review = False, True
        key = (text, language, plan, review)
        quantities = memo.get(key)
        if quantities is None:
            quantities = memo[key] = extract(text, language, plan=plan, review=review)
        if not quantities:
            continue
        dissent = language == "en" and en.DISSENT.search(text) is not None
        # in a review, 预计 gives an estimate of the past year's outcome, not a goal
        estimated = review and "预计" in text
        for quantity in quantities:
            if estimated and quantity.kind == "target" and is_estimate(text, quantity.start):
                quantity = dataclasses.replace(quantity, kind="actual", period="past")
            if dissent:
                # a dissenter's preferred setting is not the decision: keep it apart
                quantity = dataclasses.replace(quantity, metric=f"{quantity.metric} (dissent)")
            located.append(LocatedQuantity(quantity, sentence.index))
    located = _without_unnamed_restatements(located, doc)
    past = history(doc, located)
    if past:  # 从2003年到2006年年均超收2040亿元: history told in the plan part
        located = [
            LocatedQuantity(
                dataclasses.replace(x.quantity, kind="actual", period="past"), x.sentence
            )
            if id(x) in past
            else x
            for x in located
        ]
    spans = horizons(doc, located)
    if spans:
        located = [
            LocatedQuantity(dataclasses.replace(x.quantity, period="span"), x.sentence)
            if id(x) in spans
            else x
            for x in located
        ]
    return tuple(located)


def _looking_back(sentence: Sentence, plan: bool, paragraph: int | None) -> int | None:
    """The paragraph of the plan part that looks back at last year, while ``sentence`` is
    in it: ``过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…`` (the State
    Council 2011, under 三、2011年的工作) reviews; a sentence of this year (今年) or of a goal
    (目标, 力争) ends the look back."""
    text = sentence.text.lstrip()
    if plan and zh.PAST_YEAR.match(text):
        return sentence.paragraph
    if paragraph != sentence.paragraph or zh.THIS_YEAR.search(text) or zh.TARGET_CUES.search(text):
        return None
    return paragraph


def _listing(
    sentence: Sentence, doc: Document, listing: tuple[int, int] | None
) -> tuple[int, int] | None:
    """The list of the year's measures ``sentence`` is in, as (section, lead sentence):
    a sentence that announces one (今年继续实行积极财政政策的主要内容，包括以下几个方面。:
    ``PLAN_LIST_LEAD``) starts it; its items (一是发行1000亿元长期国债，…; 二是…)
    go on while each paragraph opens with an item's marker, in the lead's section."""
    text = sentence.text
    if zh.PLAN_LIST_LEAD.search(text) and not zh.PAST_YEAR.match(text.lstrip()):
        return (sentence.section, sentence.index)
    if listing is None or sentence.section != listing[0]:
        return None
    lead = doc.sentences[listing[1]]
    opens = sentence.index == 0 or doc.sentences[sentence.index - 1].paragraph != sentence.paragraph
    if opens and sentence.paragraph != lead.paragraph and not zh.LIST_ITEM.match(text):
        return None  # a paragraph that is no item: the list has ended
    return listing


def _without_unnamed_restatements(
    located: list[LocatedQuantity], doc: Document
) -> list[LocatedQuantity]:
    """Leave out a target without a name whose figure a named target of the edition has:
    "A target of around 5 percent is well aligned with…" restates the growth target set
    a sentence before, and would pair as a nameless target of its own. A nameless target
    that names itself a target (``A target of around 4.5 percent``, its figure not the
    one set before) takes the name of the target set last in its paragraph."""
    named = {
        (q.value, q.high, q.unit)
        for q in (x.quantity for x in located)
        if q.kind == "target" and q.metric.strip()
    }
    kept: list[LocatedQuantity] = []
    last: LocatedQuantity | None = None  # the last named target
    for x in located:
        q = x.quantity
        if q.kind != "target" or q.metric.strip():
            kept.append(x)
            last = x if q.kind == "target" else last
            continue
        if (q.value, q.high, q.unit) in named:
            continue
        text = doc.sentences[x.sentence].text
        near = last is not None and (
            doc.sentences[last.sentence].paragraph == doc.sentences[x.sentence].paragraph
        )
        if near and last is not None and _SELF_NAMED.search(text[: q.start]):
            x = LocatedQuantity(dataclasses.replace(q, metric=last.quantity.metric), x.sentence)
        kept.append(x)
    return kept


#: a figure that names itself a target (A target of around, the goal of), in English
_SELF_NAMED = re.compile(r"\b(?:target|goal|objective)\s+of\s+(?:\w+\s+)?$", re.IGNORECASE)


# a note's entry: its number, the term (up to a colon) and what it means
_NOTE = re.compile(r"\d{1,2}\s*[.．、]\s*[^，。；：:%]{1,30}[：:]")
_HEADING_MAX = 24  # characters of a line that may be a part's heading written as text


def _parts(doc: Document) -> tuple[frozenset[int], frozenset[int]]:
    """The sentences (by index) of the plan part and of the review of a Chinese report.

    From the sections (:mod:`diffreport.analyze.parts`). Where the headings of a part
    were not read as sections (a heading ``2025年工作安排建议`` left as a line of text,
    or run into the sentence after it), a line that opens with a part's name starts
    it; a report without a review part found reviews the past up to where its plan
    starts (a report opens with its review), and one without a plan part found plans
    from its first plan sentence (``主要预期目标是``, ``今年工作的总体要求是``) on.
    """
    plan_secs = plan_sections(doc)
    review_secs = review_sections(doc) - plan_secs if doc.language == "zh" else frozenset()
    planned = planned_in_review(doc)  # a review part's plan of the next period
    plan = {s.index for s in doc.sentences if s.section in plan_secs} | planned
    review = {s.index for s in doc.sentences if s.section in review_secs} - planned
    if doc.language != "zh" or (plan and review):
        return frozenset(plan), frozenset(review)
    part: str | None = None
    for sentence in doc.sentences:
        heading = _part_heading(sentence.text)
        if heading is not None:
            part = heading
        elif part == "review" and _opens_chapter(doc, sentence):
            part = None  # 二、促进国民经济持续、快速、健康发展 after 一、…回顾: a task, no review
        elif not plan_secs and sets_out_the_year(sentence.text):
            part = "plan"
        if part == "plan" and sentence.section not in review_secs:
            plan.add(sentence.index)
        elif part == "review" and sentence.section not in plan_secs:
            review.add(sentence.index)
    if not review and plan:
        for sentence in doc.sentences[: min(plan)]:
            if _GOALS_LEAD_IN.search(sentence.text):
                break  # “十五五”时期，要努力实现以下目标任务： the goals of a period follow
            if sentence.section not in plan_secs:
                review.add(sentence.index)
    return frozenset(plan), frozenset(review)


def _opens_chapter(doc: Document, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the heading of a top-level part numbered after the first
    (二、…): in a report without a plan part, the chapters after the review are tasks."""
    section = doc.sections[sentence.section]
    return (
        sentence.heading
        and section.parent is None
        and (heading_number(section.heading or "") or 0) >= 2
    )


_HEAD_REACH = 12  # characters at the start of a long line where a part's name may end


def _part_heading(text: str) -> str | None:
    """``plan`` or ``review`` when ``text`` is (or opens with) a part's heading."""
    if len(text) > _HEADING_MAX or _SENTENCE_PUNCT.search(text):
        if not _NUMBERED_HEAD.match(text):
            return None
        text = text[:_HEAD_REACH]
    if zh.REVIEW_HEADING.search(text):
        return "review"
    if zh.PLAN_HEADING.search(text):
        return "plan"
    return None


# a sentence that leads in to a list of goals (…以下目标任务：, 主要目标是): no review after it
_GOALS_LEAD_IN = re.compile(r"目标[^，。；]{0,4}[：:]$|主要目标是|预期目标是")
# a heading run into the text after it starts with a year or an outline number
_NUMBERED_HEAD = re.compile(r"(?:19|20)\d{2}年|[一二三四五六七八九十]、")


_SENTENCE_PUNCT = re.compile("[，。；！？,;]")
