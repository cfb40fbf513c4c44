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

``Quantity.form`` is used when the numbers stage set it (``count`` and ``ratio``
count as ``level``: the unit already tells them apart); when it is None the form
is read from the figure's verb, its metric and the sentence before it.
"""

from __future__ import annotations

import re
import unicodedata

from diffreport.lexicon import en, zh
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
_CLAUSE_BREAK = re.compile(r"[，；。：,;:]")
_CHANGE_VERBS = zh.LEVEL_CHANGE_VERBS | en.INCREMENT_VERBS | en.DECREASE_VERBS


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


def _verb_names_level(q: Quantity) -> bool:
    """The verb leads to the level reached (``提高到3%``, ``增加到4576亿元``)."""
    verb = q.verb or ""
    if verb.endswith(zh.LEVEL_REACHED_AFTER_VERB):
        return True
    at = q.text.find(verb) + len(verb) if verb else -1
    return at > 0 and q.text[at : at + 1] in zh.LEVEL_REACHED_AFTER_VERB


def _change_verb(q: Quantity) -> bool:
    verb = (q.verb or "").lower()
    return bool(verb) and verb in _CHANGE_VERBS and not _verb_names_level(q)


def path_form(q: Quantity, before: str = "", after: str = "") -> PathForm:
    """The form of ``q`` (see the module docstring).

    ``before`` is its sentence up to it, ``after`` the rest (English puts the
    comparison behind: 230 billion yuan more than last year).
    """
    if q.form is not None:
        return _FORM_OF_SET_FORM.get(q.form, "level")
    dimension = unit_dimension(q.unit)
    if dimension == "points":
        return "change"
    near = _CLAUSE_BREAK.split(before)[-1]  # the clause of the figure, not the sentence
    metric = unicodedata.normalize("NFKC", q.metric)
    if dimension == "percent":
        if zh.SHARE_CUE.search(metric) or zh.SHARE_CUE.search(near) or en.SHARE_CUE.search(near):
            return "share"
        if zh.GROWTH_METRIC_TAIL.search(metric) or en.GROWTH_METRIC_TAIL.search(metric):
            return "growth"
        return "growth" if _change_verb(q) else "level"
    if _verb_names_level(q):
        return "level"
    if _change_verb(q):
        return "change"
    last_year = zh.CHANGE_OVER_LAST_YEAR.search(metric) or zh.CHANGE_OVER_LAST_YEAR.search(near)
    if last_year or en.CHANGE_OVER_LAST_YEAR.search(near) or en.AMOUNT_OF_CHANGE.search(near):
        return "change"
    if en.CHANGE_OVER_LAST_YEAR.search(_CLAUSE_BREAK.split(after)[0]):
        return "change"
    return "level"


def sentence_before(lq: LocatedQuantity, doc: Document) -> str:
    """The NFKC text of the figure's sentence up to the figure."""
    return unicodedata.normalize("NFKC", doc.sentences[lq.sentence].text[: lq.quantity.start])


def located_form(lq: LocatedQuantity, doc: Document) -> PathForm:
    """The form of a located figure, read with its sentence."""
    after = unicodedata.normalize("NFKC", doc.sentences[lq.sentence].text[lq.quantity.end :])
    return path_form(lq.quantity, sentence_before(lq, doc), after)


def path_key(lq: LocatedQuantity, doc: Document) -> tuple[str, str, PathForm]:
    """What a path's values must share: (kind, canonical unit, form)."""
    q = lq.quantity
    return (q.kind, canonical_unit(q.unit), located_form(lq, doc))
