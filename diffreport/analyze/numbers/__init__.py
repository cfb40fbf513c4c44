"""Quantities in report sentences: what is measured, by which verb, value, unit, qualifier, range.

Three entry points:

* :func:`extract` finds every quantity of one sentence (Chinese or English);
* :func:`document_quantities` runs it over a whole :class:`~diffreport.model.Document`,
  deciding per sentence whether it sits in the plan part of the report;
* :func:`compare_quantities` pairs the same metric across two editions and says
  whether it changed.

The modules: :mod:`.quantities` (the token grammar: folding, numerals, exact values),
:mod:`.zh` and :mod:`.zh_metrics` (Chinese figures and the names of what they measure),
:mod:`.en` (English), :mod:`.kinds` (target or outcome, and the years a figure spans),
:mod:`.document` (a sentence and a document), :mod:`.matching` and :mod:`.pairing`
(two editions).

Decisions worth knowing:

* ``value`` is exact decimal arithmetic turned into a float at the end
  (``16.4亿`` is ``1.64e9``, never ``1639999999.9999998``).
* A sign is kept only when written as a sign: ``负3.9%`` and ``-0.7%`` are negative;
  ``下降0.7%`` keeps ``0.7`` and reports the direction in ``verb`` (``下降``), so a
  value is always the number a reader sees on the page.
* A delta (``比上年增加1000亿元``) gets its own metric, the metric it qualifies plus
  the comparison (``地方政府专项债券比上年增加``), so it never pairs with the level.
* Not quantities: numbers inside short quotes or book-title marks (``“1566”``,
  ``“十四五”``, ``《…》``), years and dates, durations (``五年``, ``3个月``), ordinals
  and list markers (``第一``, ``（一）``, ``一是``), numbers glued to Latin letters
  (``C919``, ``5G``, ``PM2.5``), and bare Arabic numbers with neither unit nor
  multiplier (article numbers, codes).
* ``两三个``-style approximations are a range (2..3) with qualifier ``约``.
* Every regular expression is linear and every look-back reads a bounded window,
  so a 10 MB line without punctuation is processed in linear time.
"""

from __future__ import annotations

from diffreport.analyze.numbers.document import document_quantities, extract
from diffreport.analyze.numbers.matching import metric_key
from diffreport.analyze.numbers.pairing import compare_quantities
from diffreport.analyze.numbers.quantities import (
    MAX_CANDIDATES,
    MAX_QUANTITIES,
    parse_chinese_number,
)

__all__ = [
    "MAX_CANDIDATES",
    "MAX_QUANTITIES",
    "compare_quantities",
    "document_quantities",
    "extract",
    "metric_key",
    "parse_chinese_number",
]
