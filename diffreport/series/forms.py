"""What a figure of a series path is: its unit, the dimension of that unit, and its form.

A path follows one quantity, so every value on it must agree on three things:

* the **unit**, written one way (``％`` is ``%``, ``个百分点`` is ``百分点``,
  ``percent`` is ``%``); a percentage is never next to an amount in 亿元;
* the unit's **dimension**: ``percent``, ``points`` (percentage points, the
  difference of two percentages), ``money`` (元, 美元, dollars), ``count`` (a
  measure word: 个, 项, 套, 人, 户 …), ``number`` (no unit) or ``physical`` (公里,
  吨, 亩, 千瓦 …);
* the **form**: ``level`` (a level or a count, 2.38万亿元, 赤字率3%), ``growth``
  (a growth rate, 增长5%, 居民消费价格涨幅3%), ``change`` (an amount added or
  taken away, 比上年增加2700亿元, 提高30元, or a difference in percentage points)
  or ``share`` (占…比重35%).

The form is the numbers stage's ``Quantity.form`` (``count`` and ``ratio`` count
as ``level``: the unit already tells them apart); a quantity built without one
(outside the pipeline) is taken as a level.
"""

from __future__ import annotations

import unicodedata

from diffreport.lexicon import zh
from diffreport.model import Document, LocatedQuantity, Quantity, QuantityForm

PathForm = QuantityForm  # one of "level", "growth", "change", "share"

_PERCENT = frozenset({"%", "percent", "per cent"})
_POINTS = frozenset({"百分点", "个百分点", "percentage point", "percentage points"})
_BASIS_POINTS = frozenset({"basis point", "basis points", "bp", "bps"})
#: currency units as the numbers stages write them
_MONEY = frozenset({"元", "美元", "欧元", "yuan", "dollars", "dollar", "$", "rmb"})
_COUNT = zh.COUNT_UNITS | frozenset({"人", "人次", "户", "万人次", "people", "persons", "jobs"})
_FORM_OF_SET_FORM: dict[str, PathForm] = {
    "level": "level",
    "count": "level",
    "ratio": "level",
    "growth": "growth",
    "change": "change",
    "share": "share",
}


def canonical_unit(unit: str) -> str:
    """The unit written one way: full-width folded, percentage points as ``百分点``."""
    u = unicodedata.normalize("NFKC", unit).strip().lower()
    if u in _PERCENT:
        return "%"
    if u in _POINTS:
        return "百分点"
    if u in _BASIS_POINTS:
        return "basis points"
    return u


def unit_dimension(unit: str) -> str:
    """``percent``, ``points``, ``money``, ``count``, ``number`` or ``physical``."""
    u = canonical_unit(unit)
    if u == "%":
        return "percent"
    if u in ("百分点", "basis points", "千分点", "‰"):
        return "points" if u != "‰" else "percent"
    if u in _MONEY:
        return "money"
    if u in _COUNT:
        return "count"
    if not u:
        return "number"
    return "physical"


def path_form(q: Quantity) -> PathForm:
    """The form of ``q`` on a path (see the module docstring)."""
    return _FORM_OF_SET_FORM.get(q.form or "level", "level")


def located_form(lq: LocatedQuantity, doc: Document) -> PathForm:
    """The form of a located figure (``doc`` is its edition; the form was read there)."""
    del doc  # the numbers stage read the figure in its sentence already
    return path_form(lq.quantity)


def path_key(lq: LocatedQuantity, doc: Document) -> tuple[str, str, PathForm]:
    """What a path's values must share: (kind, canonical unit, form)."""
    q = lq.quantity
    return (q.kind, canonical_unit(q.unit), located_form(lq, doc))
