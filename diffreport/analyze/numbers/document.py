"""Quantities of one sentence (:func:`extract`) and of a document (:func:`document_quantities`)."""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

from diffreport.analyze.numbers.en import extract_en
from diffreport.analyze.numbers.kinds import is_estimate
from diffreport.analyze.numbers.quantities import ANY_DIGIT, CN_NUMERAL, fold
from diffreport.analyze.numbers.zh import extract_zh
from diffreport.analyze.parts import plan_sections, review_sections
from diffreport.lexicon import en, zh
from diffreport.model import Document, Language, LocatedQuantity, Quantity


def _as_float(value: Decimal) -> float:
    return float(value)


_ZH_ANY_NUMBER = re.compile(rf"[\d{CN_NUMERAL}]")


def extract(text: str, language: Language, *, plan: bool = False) -> tuple[Quantity, ...]:
    """Every quantity in one sentence, with its metric, verb, value, unit and qualifier.

    ``plan`` says the sentence sits in the plan part of a report, which makes each
    quantity a target. ``start``/``end`` of each quantity index ``text`` itself.
    """
    if (_ZH_ANY_NUMBER if language == "zh" else ANY_DIGIT).search(text) is None:
        return ()  # every figure holds a digit (full-width ones fold to digits) or a numeral
    folded, offsets = fold(text)
    found = extract_zh(folded, plan) if language == "zh" else extract_en(folded, plan)
    quantities: list[Quantity] = []
    for raw, metric, verb, phrase_start, kind in found:
        start = offsets[phrase_start] if offsets else phrase_start
        end = offsets[raw.end] if offsets else raw.end
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
                form=raw.form,
                period=raw.period,
            )
        )
    return tuple(quantities)


Memo = dict[tuple[str, Language, bool], tuple[Quantity, ...]]


def document_quantities(doc: Document, memo: Memo | None = None) -> tuple[LocatedQuantity, ...]:
    """All quantities of ``doc``, each a target when its sentence is in the plan part.

    Each distinct sentence is read once: ``memo`` keeps :func:`extract` by (text,
    language, plan), and may be shared by several documents (editions repeat sentences).
    """
    if memo is None:
        memo = {}
    plan_part = plan_sections(doc)
    # in a review, 预计 gives an estimate of the past year's outcome, not a goal
    review_part = review_sections(doc) - plan_part if doc.language == "zh" else frozenset()
    plan_started_in: int | None = None
    located: list[LocatedQuantity] = []
    language = doc.language
    for sentence in doc.sentences:
        text = sentence.text
        plan = sentence.section in plan_part
        if language == "zh":
            if plan_started_in is not None and plan_started_in != sentence.section:
                plan_started_in = None
            # every plan sentence names a 目标; the test spares most sentences the regex
            if "目标" in text and zh.PLAN_SENTENCE.search(text):
                plan_started_in = sentence.section
            plan = plan or plan_started_in is not None
        key = (text, language, plan)
        quantities = memo.get(key)
        if quantities is None:
            quantities = memo[key] = extract(text, language, plan=plan)
        if not quantities:
            continue
        dissent = language == "en" and en.DISSENT.search(text) is not None
        estimated = sentence.section in review_part and "预计" in text
        for quantity in quantities:
            if estimated and quantity.kind == "target" and is_estimate(text, quantity.start):
                quantity = dataclasses.replace(quantity, kind="actual")
            if dissent:
                # a dissenter's preferred setting is not the decision: keep it apart
                quantity = dataclasses.replace(quantity, metric=f"{quantity.metric} (dissent)")
            located.append(LocatedQuantity(quantity, sentence.index))
    return tuple(located)
