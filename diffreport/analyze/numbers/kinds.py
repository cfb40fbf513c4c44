"""Target or outcome, and the years a figure spans.

A figure is a target in the plan part of a report (:mod:`diffreport.analyze.parts`)
or with a goal cue; an outcome when it reports the past year or an estimate in the
review. A figure over several years (a five-year goal, ``到2030年``, ``年均``) gets a
horizon so that it never pairs with a one-year target of the same metric.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from diffreport.analyze.numbers.quantities import CJK, SENTENCE_WINDOW, start_of_clause
from diffreport.analyze.parts import planned_periods
from diffreport.lexicon import common, en, zh
from diffreport.model import Document, LocatedQuantity, NumberKind


def zh_kind(text: str, pos: int, plan: bool, review: bool = False) -> NumberKind:
    """Target in the plan part, or with a goal cue in the number's clause or in the
    lead-in of a list (``主要预期目标是：…；…``); otherwise an outcome.

    A clause about the past year (``去年居民消费价格涨幅回落到2.6%``) is an outcome
    even in the plan part; ``今年`` with a modal (``今年再压减钢铁产能…``) is a target
    anywhere; a clause of a state reached (``目前…已经超过2万亿元``) is an outcome. In
    the review part (``review``) the goal cues tell what was done last year
    (``争取中央预算内投资237亿元``, ``安排省级财政资金1042.8亿元``): a figure
    there is an outcome unless its sentence speaks of this year with a modal.
    """
    opens = start_of_clause(text, pos, 0)
    clause = text[opens:pos]
    sentence_head = text[:8]
    if _TO_LEVEL_FROM_PAST.search(clause):
        clause = ""  # 赤字率从去年的2.1%提高到2.3%: the past year's is the level it rises from
    if (
        zh.PAST_YEAR.search(clause)
        or zh.STATE_SO_FAR.search(clause)
        or zh.CURRENT_LEVEL.search(clause)
        or (zh.PAST_YEAR.match(sentence_head) and not zh.THIS_YEAR.search(clause))
    ):
        return "actual"
    if plan:
        return "target"
    if review:
        return "target" if _this_year_ahead(text, pos) else "actual"
    if zh.TARGET_CUES.search(clause) or zh.TARGET_CLAUSE_CUES.search(clause):
        return "target"
    previous = text[start_of_clause(text, max(0, opens - 1), 0) : opens]
    if previous.rstrip("，,").endswith(("目标", "指标", "计划")) and not _DONE.search(previous):
        # …的宏观调控目标，定为百分之八至九; 按调整后的“八五”计划，…调高到百分之八至九: the goal
        # or the plan is named in the clause before
        return "target"
    if _this_year_ahead(text, pos):
        return "target"
    window_start = max(0, pos - SENTENCE_WINDOW)
    colon = max(text.rfind("：", window_start, pos), text.rfind(":", window_start, pos))
    if colon > 0:
        lead_in = text[max(0, colon - 16) : colon]
        if zh.TARGET_CUES.search(lead_in) or zh.TARGET_LEAD_IN.search(lead_in):
            return "target"
    return "actual"


#: the level a figure is raised or cut to from the past year's (从去年的2.1%提高到): the
#: figure after it is this year's
_TO_LEVEL_FROM_PAST = re.compile(
    rf"[从由](?:去年|上年|过去一年)的?[^，。；：]*?\d[^，。；：]*?"
    rf"{zh.CHANGE_TO_LEVEL}\s*$"
)


def _this_year_ahead(text: str, pos: int) -> bool:
    """Whether the sentence before ``pos`` says 今年/明年 and then a modal of a plan."""
    this_year = zh.THIS_YEAR.search(text, max(0, pos - SENTENCE_WINDOW), pos)
    return this_year is not None and zh.PLAN_MODAL.search(text, this_year.end(), pos) is not None


def en_kind(folded: str, plan: bool) -> NumberKind:
    """Target when the English sentence names a goal, or stands in the plan part and is not
    about the year gone by (a plan part reviews too); otherwise an outcome."""
    head = folded[: SENTENCE_WINDOW * 4]
    if en.TARGET_CUES.search(head) or (plan and not en.PAST_YEAR.search(head)):
        return "target"
    return "actual"


def is_estimate(text: str, start: int) -> bool:
    """Whether the only goal cue of the figure at ``start`` is 预计 (an estimate)."""
    clause = text[start_of_clause(text, start, 0) : start]
    if "预计" not in clause and "预计" not in text[max(0, start - _ESTIMATE_REACH) : start]:
        return False
    for cue in zh.TARGET_CUES.finditer(clause):
        if cue.group() != "预计" and not clause.startswith("寿命", cue.end()):
            return False  # 预计 with 目标, 力争 … is a goal after all (预期寿命 is a name)
    return zh.THIS_YEAR.search(clause) is None


#: a plan or goal the clause before reports as met (胜利完成了第一个五年计划): no goal now
_DONE = re.compile(r"完成|实现|超额|了")
_ESTIMATE_REACH = 16  # characters before a figure that 预计 may stand (预计全市地区生产总值增长…)


def _period_sections(doc: Document) -> dict[int, str]:
    """Sections of ``doc`` (and their subsections) about a five-year period, with its
    name (``十五五``)."""
    period: dict[int, str] = {}
    for section in doc.sections:
        heading = section.heading or ""
        own = zh.PERIOD_HEADING.search(heading)
        if own and not zh.NOT_PERIOD_HEADING.search(heading):
            period[section.index] = own.group(1)
        elif section.parent is not None and section.parent in period:
            period[section.index] = period[section.parent]
    return period


def horizons(doc: Document, items: Sequence[LocatedQuantity]) -> dict[int, str]:
    """What each figure over several years (by ``id``) spans; one year's figures are absent.

    A five-year goal (``年均增长5%左右``, ``到2030年…``, a figure in the section on the
    “十五五” period) must not pair with a one-year target of the same metric, and a
    reader must see which it is: ``到2030年``, ``“十五五”年均``, ``“十五五”时期`` or
    ``年均``. English: :func:`.en_metrics.en_horizons` (``15th Five-Year Plan``, ``by 2030``).
    """
    horizons: dict[int, str] = {}
    if doc.language != "zh":
        # imported here: a Chinese comparison never compiles the English patterns
        from diffreport.analyze.numbers.en_metrics import en_horizons

        return en_horizons(doc, items)
    period = _period_sections(doc)
    planned = planned_periods(doc)  # a review part's plan of the next period (十四五)
    found = common.YEAR.search(doc.label)
    label_year = int(found.group()) if found else None
    for item in items:
        sentence = doc.sentences[item.sentence]
        before = sentence.text[: item.quantity.start]
        clause = before[start_of_clause(before, len(before), 0) :]
        later = [
            year
            for year in (int(m.group(1) or m.group(2)) for m in zh.BY_YEAR.finditer(before))
            if label_year is not None and year > label_year
        ]
        per_year = zh.PER_YEAR.search(clause) is not None
        name = period.get(sentence.section) or planned.get(sentence.index)
        stretch = zh.OVER_YEARS.search(before)
        if later:
            horizons[id(item)] = f"到{later[-1]}年"
        elif name is not None:
            horizons[id(item)] = f"“{name}”" + ("年均" if per_year else "时期")
        elif per_year:
            horizons[id(item)] = "年均"
        elif stretch is not None:  # 用3—5年时间, 今明两年
            horizons[id(item)] = f"{stretch.group(1)}年" if stretch.group(1) else stretch.group(2)
    return horizons


def history(doc: Document, items: Sequence[LocatedQuantity]) -> set[int]:
    """The targets (by ``id``) whose clause speaks only of years before the report's own:
    ``从2003年到2006年年均超收2040亿元`` in the 2007 report tells history, not a goal. A
    year compared with (``比2020年下降``) is a base, not the time of the figure."""
    found = common.YEAR.search(doc.label)
    if doc.language != "zh" or found is None:
        return set()
    label_year = int(found.group())
    past: set[int] = set()
    for item in items:
        if item.quantity.kind != "target":
            continue
        before = doc.sentences[item.sentence].text[: item.quantity.start]
        clause = before[start_of_clause(before, len(before), 0) :]
        years = [int(m.group(1)) for m in zh.YEAR_OF_FIGURE.finditer(clause)]
        if years and max(years) < label_year:
            past.add(id(item))
    return past


def with_horizon(metric: str, horizon: str | None) -> str:
    """``地区生产总值（“十五五”年均）``: the metric of a figure over several years."""
    if horizon is None or not metric:
        return metric
    if not CJK.search(horizon):
        return f"{metric} ({horizon})"  # English: total energy production capacity (by 2030)
    if horizon.endswith("年均") and "年均" in metric:
        horizon = horizon[: -len("年均")]
    return f"{metric}（{horizon}）" if horizon else metric
