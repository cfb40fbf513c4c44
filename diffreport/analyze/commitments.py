"""New and dropped commitments: added or removed sentences that commit to future action.

Where a sentence stands decides what makes it a commitment (the parts come from
:mod:`diffreport.analyze.parts`):

* in the **plan part** (the year's tasks, targets and arrangements) every statement
  of action counts, whatever its verb, except the sentences that speak about the
  report, the year or the hall (``各位代表！``, ``今年是…关键之年``, ``做好今年工作，
  要…``, ``任务十分繁重``; ``Fellow Deputies``, ``Last year, we …``: the
  ``PLAN_META`` lists);
* in the **review part** (``一、2024年工作回顾``) a sentence reports results, so it
  commits only with an explicit future (``将``, ``力争``, ``拟``, ``计划``;
  ``will``, ``plans to``);
* **elsewhere** (the preamble, the closing words of a plan section from an address
  to the deputies on, chapters such as 政府自身建设 or foreign policy,
  reports without clear parts, FOMC statements) a sentence commits with an
  explicit future or the imperative voice of a report (``要``, ``加快``, ``着力``,
  ``推动``, ``实施``, ``推进``, ``坚持`` …), as issue 3 defines it; in English
  ``will``, ``plans to``, ``intends to``, ``stands ready to`` … and a policy
  decision (``The Committee decided to …``).

A new commitment is a commitment of the new edition whose sentence has no
counterpart in the old one (status ``added``); a dropped commitment is the reverse
(``removed``).
"""

from __future__ import annotations

import re
from typing import Literal

from diffreport.analyze.parts import (
    notes_sections,
    plan_sections,
    planned_in_review,
    review_sections,
)
from diffreport.lexicon import en, zh
from diffreport.model import Commitment, Comparison, Document

Part = Literal["plan", "review", "other", "notes"]


def is_commitment(text: str, language: str, part: Part = "other") -> bool:
    """Whether a sentence commits to future action, given the part it stands in (a
    glossary's entry, ``notes``, explains a term: never)."""
    if part == "notes":
        return False
    if language == "zh":
        if part == "review":
            return bool(zh.REVIEW_FUTURE.search(text))
        if zh.COMMITMENT_FUTURE.search(text):
            return True
        if part == "plan":
            acts = _PLAN_CUE.search(_SINCE.sub("", text)) or zh.THIS_YEAR.search(text)
            if zh.PERFECTIVE.search(text) and not acts:
                return False  # 这一政策…取得了显著成效: an explanation, no action
            if not zh.PLAN_META.search(text.strip()):
                return True
            # a lead-in about the year's work that opens a list in the same sentence
            # (做好今年政府工作，必须把握好以下原则：一是扩内需、保增长。): its first item acts
            _lead, colon, item = text.partition("：")
            return bool(colon and zh.LIST_ITEM.match(item) and not zh.PLAN_META.search(item))
        # a sentence that opens on the past years reports them (近年来，我们着力推进…，取得
        # 明显成效), unless it turns to this year or says what must be done (近几年水旱灾害比较
        # 严重，…，要下决心把水利建设搞上去)
        reports = _PAST_OPENING.match(text.strip()) and not (
            zh.THIS_YEAR.search(text) or _MUST.search(text)
        )
        return not reports and bool(zh.COMMITMENT_STRONG.search(text))
    if en.COMMITMENT_FUTURE.search(text):
        return True
    if part == "plan":
        return not en.PLAN_META.search(text.strip())
    return part == "other" and bool(en.DECISION.search(text))


#: a cue that a plan-part sentence acts, for one that also reports (了)
_PLAN_CUE = re.compile(f"{zh.COMMITMENT_STRONG.pattern}|着力|努力|预计|继续|应当|需要|不断")
#: since an action was taken (实施以来): what follows reports it
_SINCE = re.compile(r"[\u4e00-\u9fff]{1,4}以来")
#: the opening of a sentence about last year or the years before (去年, 过去一年, 近年来)
_PAST_OPENING = re.compile(r"(?:去年|过去一年|上年|过去五年|近年来|近几年|这几年|前几年)")
#: what must be done, or the year to come, in such a sentence: it commits after all
_MUST = re.compile(f"{zh.MUST.pattern}|新的一年")


def commitments(comparison: Comparison) -> tuple[tuple[Commitment, ...], tuple[Commitment, ...]]:
    """(new, dropped) commitments: added or removed sentences that commit to action."""
    old, new = comparison.old, comparison.new
    old_parts, new_parts = sentence_parts(old), sentence_parts(new)
    added: list[Commitment] = []
    dropped: list[Commitment] = []
    for pair in comparison.sentences:
        if pair.status == "added" and pair.new is not None:
            s = new.sentences[pair.new]
            if not s.heading and is_commitment(s.text, new.language, new_parts[s.index]):
                added.append(Commitment(s.index, s.section))
        elif pair.status == "removed" and pair.old is not None:
            s = old.sentences[pair.old]
            if not s.heading and is_commitment(s.text, old.language, old_parts[s.index]):
                dropped.append(Commitment(s.index, s.section))
    return tuple(added), tuple(dropped)


def sentence_parts(doc: Document) -> tuple[Part, ...]:
    """The part of the report each sentence stands in.

    A section's sentences take its part, except that in a plan section the sentences
    from an address to the deputies (``各位代表！``, ``Fellow Deputies,``) on close the
    report or the part (the year's outlook, defence, foreign policy): they count as
    ``other``. A section that reviews one period and plans the next
    (:func:`~diffreport.analyze.parts.planned_in_review`) is plan from its first
    sentence that opens on the later period, or names it with its plan, on. A glossary
    the report appends (:func:`~diffreport.analyze.parts.notes_sections`) is ``notes``.
    """
    plan, review = plan_sections(doc), review_sections(doc)
    notes = notes_sections(doc)
    planned = planned_in_review(doc)
    openings = zh.ADDRESS_OPENINGS if doc.language == "zh" else en.ADDRESS_OPENINGS
    parts: list[Part] = []
    closing: int | None = None  # the plan section whose closing words have begun
    for s in doc.sentences:
        if s.section in notes:
            parts.append("notes")
        elif s.section in plan:
            if s.text.lstrip().startswith(openings):
                closing = s.section
            parts.append("other" if closing == s.section else "plan")
        elif s.index in planned:
            parts.append("plan")
        else:
            parts.append("review" if s.section in review else "other")
    return tuple(parts)
