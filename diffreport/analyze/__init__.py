"""What changed that matters: numeric targets, new and dropped commitments, new and dropped topics.

Reads an aligned ``Comparison`` (without changes) and returns ``Changes``.

Commitments. A sentence commits to future action when it stands in the plan
part of a report (a section, or an ancestor section, whose heading names the
year's tasks, targets or arrangements — ``2024年政府工作任务``, ``总体要求和政策取向``,
``重点工作``, ``今年工作``) and carries an action cue (``推进``, ``加快``, ``实施`` …),
or anywhere when it carries a commitment cue: an explicit future (``将``,
``力争``, ``确保``, ``计划``, ``拟``) or the imperative voice of a report (``要``,
``加快``, ``着力``, ``推动``, ``实施``, ``推进``, ``坚持`` …), as issue 3 defines
them — a review part that says ``实施…行动`` is counted too, the price of not
missing a promise; in English ``will``, ``plans to``, ``aims to``, ``is committed to``,
``intends to``, ``stands ready to``). A new commitment is a commitment of the new
edition whose sentence has no counterpart in the old one (status ``added``); a
dropped commitment is the reverse (``removed``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from diffreport.model import Changes, Commitment, Comparison, Document
from diffreport.options import CompareOptions

#: a heading naming the year's tasks, targets or arrangements starts the plan part
PLAN_HEADING = re.compile(
    r"政府工作任务|工作任务|总体要求|政策取向|预期目标|主要目标|目标任务|今年工作|明年工作|重点工作|"
    r"工作安排|工作部署|工作建议|工作的建议|主要任务|今后.{0,6}(?:工作|任务)|工作总体要求|"
    r"今后五年|下一步|发展目标|"
    # the same parts of a report in English (the State Council's official translation)
    r"(?i:overall requirements|policy orientations?|major tasks|tasks for|main objectives|"
    r"(?:projected|main|major) targets|work (?:plan )?for (?:19|20)\d\d)"
)
REVIEW_HEADING = re.compile(
    r"回顾|过去|成绩|成就|取得|总结|(?i:\breview\b|retrospect|looking back|achievements)"
)
# explicit commitments anywhere in a report (a review part names results, not promises)
_ZH_FUTURE = re.compile(
    r"((?<!必)将(?!近|军|士|领|其|之)|力争|确保|(?<!行动|规划|发展|工程|帮扶|支持|实施)计划(?!单列)|"
    r"拟(?!定|订|人)|争取)"
)
# in the plan part these also commit: the report's imperative voice
_ZH_PLAN_CUE = re.compile(r"(要|务必|必须|着力|努力|预计)")
_ZH_ACTION = re.compile(
    r"(推进|推动|加快|加强|实施|深化|完善|健全|扩大|支持|促进|提高|提升|持续|大力|积极|稳步|"
    r"培育|打造|建设|发展|落实|强化|优化|坚持|坚决|统筹|保障|巩固|改善|做好|抓好|开展|"
    r"构建|增强|鼓励|引导|严格|防范|化解|稳定|保持|扎实|全面|切实|继续|进一步|着力|安排)"
)
# the commitment cues of a policy report's imperative voice: they commit wherever they stand
_ZH_STRONG = re.compile(
    r"((?<!重|主|需|必|首|纲|摘|概|只|不)要(?!求|素|点|害|闻|件|事|是|么)|加快|着力|推动|实施|推进|"
    r"坚持|加大|强化|务必|必须)"
)
_EN_FUTURE = re.compile(
    r"\b(will|plans? to|aims? to|(?:is|are|remains?)\s+(?:\w+ly\s+)?committed to|intends? to|"
    r"stands? ready to|expects? to (?:maintain|keep|raise|lower|begin|continue|reduce|increase)|"
    r"is prepared to|are prepared to|shall)\b",
    re.IGNORECASE,
)


def plan_sections(doc: Document) -> frozenset[int]:
    """Sections that belong to the plan part of a report (themselves or via an ancestor).

    The one definition of the plan part: commitments and number kinds both use it.
    """
    return _sections_under(
        doc,
        lambda heading: bool(PLAN_HEADING.search(heading)) and not REVIEW_HEADING.search(heading),
    )


def review_sections(doc: Document) -> frozenset[int]:
    """Sections that review the past (``一、2024年工作回顾``), themselves or via an ancestor."""
    return _sections_under(doc, lambda heading: bool(REVIEW_HEADING.search(heading)))


def _sections_under(doc: Document, marks: Callable[[str], bool]) -> frozenset[int]:
    """Sections whose heading ``marks`` says so, and every section under one of them."""
    found: set[int] = set()
    for sec in doc.sections:
        if marks(sec.heading or "") or (sec.parent is not None and sec.parent in found):
            found.add(sec.index)
    return frozenset(found)


def is_commitment(text: str, language: str, in_plan: bool) -> bool:
    """Whether a sentence commits to future action (see the module docstring)."""
    if language == "zh":
        if _ZH_FUTURE.search(text):
            return True
        if in_plan:
            return bool(_ZH_ACTION.search(text) or _ZH_PLAN_CUE.search(text))
        return bool(_ZH_STRONG.search(text))
    return bool(_EN_FUTURE.search(text))


def commitments(comparison: Comparison) -> tuple[tuple[Commitment, ...], tuple[Commitment, ...]]:
    """(new, dropped) commitments: added or removed sentences that commit to action."""
    old, new = comparison.old, comparison.new
    old_plan, new_plan = plan_sections(old), plan_sections(new)
    added: list[Commitment] = []
    dropped: list[Commitment] = []
    for pair in comparison.sentences:
        if pair.status == "added" and pair.new is not None:
            s = new.sentences[pair.new]
            if not s.heading and is_commitment(s.text, new.language, s.section in new_plan):
                added.append(Commitment(s.index, s.section))
        elif pair.status == "removed" and pair.old is not None:
            s = old.sentences[pair.old]
            if not s.heading and is_commitment(s.text, old.language, s.section in old_plan):
                dropped.append(Commitment(s.index, s.section))
    return tuple(added), tuple(dropped)


def analyze(comparison: Comparison, options: CompareOptions) -> Changes:
    """Numbers, commitments and topics of an aligned comparison."""
    from diffreport.analyze.numbers import compare_quantities
    from diffreport.analyze.topics import topic_changes

    numbers = compare_quantities(comparison.old, comparison.new, comparison.sentences)
    new_c, dropped_c = commitments(comparison)
    new_t, dropped_t = topic_changes(comparison.old, comparison.new, limit=options.topics)
    return Changes(
        numbers=numbers,
        new_commitments=new_c,
        dropped_commitments=dropped_c,
        new_topics=new_t,
        dropped_topics=dropped_t,
    )
