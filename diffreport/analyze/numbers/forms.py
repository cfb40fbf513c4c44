"""What a Chinese figure is (its form) and which period it is for.

The form (:data:`~diffreport.model.QuantityForm`) says how a figure measures its
quantity: a level (``5.66万亿元``), a growth rate (``增长5%``), a change over the
year before (``比上年增加1.6万亿元``, ``标准提高30元``, any ``个百分点``), a share of
a whole (``占规上工业比重35%``), a count of items or people (``50万人``, ``200个``) or
a ratio (``赤字率4%``, ``失业率5.5%``). The period
(:data:`~diffreport.model.QuantityPeriod`) says whether it is this edition's year
(a target), a past year (an outcome reviewed), a span of years (a five-year goal, ``到
2030年``) or a recurring period inside a year (``月最低标准``). Two figures pair only
when they agree on both.
"""

from __future__ import annotations

import re

from diffreport.lexicon import zh
from diffreport.model import NumberKind, QuantityForm, QuantityPeriod

_PERCENT = frozenset({"%", "‰"})
_POINTS = frozenset({"个百分点", "个千分点"})
# units that count people or households: 城镇新增就业50万人 is a count
_PEOPLE_UNITS = frozenset({"人", "户", "人次", "万人次", "名"})
_CHANGE_VERBS = zh.LEVEL_CHANGE_VERBS


def zh_form(metric: str, verb: str | None, unit: str, delta: bool) -> QuantityForm:
    """The form of a Chinese figure from its metric name, its verb and its unit.

    ``delta`` says the metric is a comparison with a basis (``比上年增加``).
    """
    if delta or unit in _POINTS:
        return "change"  # a figure in percentage points is always a difference
    if unit in _PERCENT:
        if zh.SHARE_WORDS.search(metric):
            return "share"
        if (verb is not None and verb in _CHANGE_VERBS) or zh.GROWTH_TAILS.search(metric):
            return "growth"
        return "ratio"
    if unit in zh.COUNT_UNITS:
        return "count"  # 提升100所学校, 改造提升设施1万个: items counted, whatever the verb
    if verb is not None and verb in _CHANGE_VERBS:
        return "change"  # 标准提高30元: a change of a level, never the level
    if unit in _PEOPLE_UNITS:
        return "count"
    return "level"


_FROM_VERBS = frozenset({"从", "由"})  # the verbs of FIGURE_VERBS that give a starting level
_CLAUSE_REACH = 24  # characters before a figure read for a cue of a recurring period


def zh_period(
    text: str, start: int, unit: str, kind: NumberKind, review: bool, verb: str | None = None
) -> QuantityPeriod | None:
    """The period of the figure in ``unit`` starting at ``start`` of ``text`` (a span is
    set later, from the document: :func:`~diffreport.analyze.numbers.kinds.horizons`).

    A figure a level starts from (``从10万元提高到15万元``: 10万元) is the past level.
    """
    if verb in _FROM_VERBS:
        return "past"
    if unit.endswith(zh.RECURRING_PER_UNITS) or zh.RECURRING_CUES.search(
        text, max(0, start - _CLAUSE_REACH), start
    ):
        return "recurring"
    if kind == "target":
        return "year"
    if review or zh.PAST_YEAR.search(text, 0, start):
        return "past"
    return None


_OUTPUT_GROWTH = re.compile(r"(?:增长|增速|增长速度|增长率)$")


def economy_growth(metric_key: str) -> bool:
    """Whether a growth rate so named is the growth of the whole economy (经济增长,
    地区生产总值增长, GDP增长): one quantity under several names."""
    core = _OUTPUT_GROWTH.sub("", metric_key)
    return _PLANNED.sub("", core) in zh.ECONOMY_OUTPUT_NAMES


#: a plan's or goal's word between the name and its growth (国民生产总值计划增长百分之八)
_PLANNED = re.compile(r"(?:计划|预期|目标)$")
