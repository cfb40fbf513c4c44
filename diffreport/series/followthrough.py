"""Follow-through: a target set in one edition against the outcome a later one reports.

A target set in the report of year Y (or for a later year
the sentence names: ``到2025年``) is checked against the outcome the report of the
following year gives: the first ``actual`` quantity of that report outside its
plan part, with the same unit and the same ``metric_key`` (or a key that contains
the other with only a modifier in front, ``赤字率`` / ``财政赤字率``, or a neutral
ending behind, ``居民消费价格`` / ``居民消费价格涨幅``). Values are compared with
their direction (``下降0.7%`` is −0.7). How the qualifier counts:

* a floor (``以上``, ``不低于``, ``超过``, ``至少``, ``突破``, ``at least`` …): met when
  the outcome reaches the value;
* a ceiling (``以内``, ``以下``, ``不超过``, ``低于``, ``控制在…``, ``up to`` …): met
  when the outcome stays at or below it;
* about (``左右``, ``约``, ``上下``, ``about`` …) allows a margin: ±0.5 percentage
  points for a percentage, ±5% of the value otherwise. For metrics held down by
  nature (prices, inflation, unemployment, deficits) and for reduction targets
  (``降低3%左右``) the margin applies on one side only: an outcome below the
  target (a larger reduction) meets it;
* a range (``6%-6.5%``) is met inside it (with the margin when qualified by ``左右``);
* no qualifier (``改造5.3万个``, ``拟按3%``): a stated amount is a commitment to do at
  least that much, so it is met at or above the value less the margin (``stated``);
  for held-down metrics and reductions, at or below the value plus the margin.

An outcome must measure the same thing for the same year: the same unit (written
one way) and form (``series.forms``: a level, a growth rate, a change over last
year, a share), and a target stated as a new amount (``新建1亿亩``, ``提高30元``: a
non-percentage amount after a change verb or 新建, 新增 …) only against an outcome so
stated. A figure for several years (``series.periods``: the review of a plan period
in the first report of a new one, 过去五年, 五年来, 累计, "over the past five years")
is neither a one-year target nor an outcome, so 城镇新增就业1100万人 is never checked
against the five years' 6600万人.

The verdict: ``exceeded`` when the outcome goes beyond the target in its direction
by more than the margin (a floor passed, 留抵退税 约1.5万亿 → 超过2.4万亿; more
done than stated); ``met`` when it reaches the target (or stays under a ceiling, or
within the margin of an "about" one); ``missed`` when it falls short (or over a
ceiling, or above a held-down "about" target); ``not reported`` when the reviewing
edition gives no outcome (``met`` None).

"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

from diffreport.lexicon import en, zh
from diffreport.model import (
    Document,
    FollowThrough,
    FollowVerdict,
    LocatedQuantity,
    NumberPath,
    Quantity,
)
from diffreport.series.forms import canonical_unit, located_form
from diffreport.series.periods import multi_year, span_sentences

#: the margin of an "about" target: percentage points for a percentage, else relative
PERCENT_MARGIN = 0.5
RELATIVE_MARGIN = 0.05

_PERCENT_UNITS = zh.PERCENT_UNITS | en.PERCENT_UNITS
_FLOOR = zh.FLOOR_QUALIFIERS | en.FLOOR_QUALIFIERS
_CEILING = zh.CEILING_QUALIFIERS | en.CEILING_QUALIFIERS
_ABOUT = zh.ABOUT_QUALIFIERS | en.ABOUT_QUALIFIERS
_DECREASE_VERBS = zh.DECREASE_VERBS | en.DECREASE_VERBS
_NEUTRAL_TAILS = zh.NEUTRAL_METRIC_TAILS + en.NEUTRAL_METRIC_TAILS
_TARGET_YEAR_CUES = (zh.TARGET_YEAR_CUE, en.TARGET_YEAR_CUE)
_FROM_VERBS = zh.FROM_VERBS | en.FROM_VERBS
#: verbs of an amount added or made: the one list of the numbers stage, and new amounts
_INCREMENT_VERBS = zh.LEVEL_CHANGE_VERBS | zh.FLOW_VERBS | en.INCREMENT_VERBS


def _change_sign(q: Quantity) -> float:
    """-1 for an amount taken away (``下降0.7%``, ``减少1232万人``), else 1."""
    verb = q.verb or ""
    if verb not in _DECREASE_VERBS:
        return 1.0
    at = q.text.find(verb) + len(verb)
    if q.text[at : at + 1] in ("到", "至"):
        return 1.0  # 回落到2.6%: a level reached, not a change
    return -1.0


def _rule(target: Quantity) -> str:
    qualifier = (target.qualifier or "").lower()
    if target.high is not None:
        return "range"
    if qualifier in _FLOOR:
        return "floor"
    if qualifier in _CEILING or (target.verb or "").startswith(zh.CEILING_VERBS):
        return "ceiling"
    if qualifier in _ABOUT:
        return "about"
    return "exact"


def _margin(q: Quantity) -> float:
    if q.unit in _PERCENT_UNITS:
        return PERCENT_MARGIN
    return RELATIVE_MARGIN * abs(q.value)


def evaluate_target(target: Quantity, outcome: Quantity) -> tuple[bool, str]:
    """Whether ``outcome`` meets (or exceeds) ``target``, and the rule applied."""
    verdict, rule = judge_target(target, outcome)
    return verdict != "missed", rule


def judge_target(target: Quantity, outcome: Quantity) -> tuple[FollowVerdict, str]:
    """How ``outcome`` fared against ``target``, and the rule applied (module docstring).

    A reduction target (``下降3.4%以上``, ``减少1000万人以上``) is read as the size
    of the reduction, and the outcome likewise (``下降5%`` is a reduction of 5,
    ``上涨2%`` one of −2); otherwise a decrease counts negative. Rules: ``floor``,
    ``ceiling``, ``range``, ``about`` (within the margin), ``held-down`` (an
    "about" or unqualified target of a metric kept low: met at or below the value
    plus the margin), ``reduction`` (an "about" or unqualified reduction: met at
    or above the value less the margin) and ``stated`` (no qualifier: met at or
    above the value less the margin).
    """
    rule = _rule(target)
    reduction = _change_sign(target) < 0
    low, high = target.value, target.high
    x = outcome.value if outcome.high is None else (outcome.value + outcome.high) / 2
    x *= _change_sign(outcome)
    if reduction:
        x = -x  # the size of the reduction
    margin = _margin(target)
    eps = 1e-9 * max(1.0, abs(low))
    if rule == "ceiling":
        return ("missed" if x > (high if high is not None else low) + eps else "met"), rule
    if rule == "range":
        assert high is not None
        pad = margin if (target.qualifier or "") in _ABOUT else 0.0
        return _verdict(x, low - pad - eps, high + pad + eps, _held_down(target)), rule
    if rule == "floor":
        return _verdict(x, low - eps, low + margin + eps, False), rule
    rule = applied_rule(target)
    return _verdict(x, low - margin - eps, low + margin + eps, rule == "held-down"), rule


def applied_rule(target: Quantity) -> str:
    """The rule a target is judged by (module docstring), also when no outcome is given."""
    rule = _rule(target)
    if rule in ("floor", "ceiling", "range"):
        return rule
    if _change_sign(target) < 0:
        return "reduction"
    if _held_down(target):
        return "held-down"
    return "stated" if rule == "exact" else rule


def _held_down(target: Quantity) -> bool:
    return bool(
        zh.HELD_DOWN_METRIC.search(target.metric) or en.HELD_DOWN_METRIC.search(target.metric)
    )


def _verdict(x: float, low: float, high: float, held_down: bool) -> FollowVerdict:
    """Within [low, high] met; above it exceeded (missed when held down); below missed."""
    if x > high:
        return "missed" if held_down else "exceeded"
    if x < low and not held_down:
        return "missed"
    return "met"


def _metric_match(target_key: str, outcome_key: str) -> int:
    """0 for the same key, 1 for a modifier or neutral ending added, -1 for no match."""
    if not target_key or not outcome_key:
        return -1
    if target_key == outcome_key:
        return 0
    short, long_ = sorted((target_key, outcome_key), key=len)
    if len(short) < 3:  # 规模, 投资: too generic to stand for a longer metric
        return -1
    if long_.endswith(short):
        return 1  # 财政赤字率 / 赤字率: a modifier in front
    if long_.startswith(short) and long_[len(short) :] in _NEUTRAL_TAILS:
        return 1
    return -1


#: unit, form, increment, recurring: what an outcome must share with its target
_Measure = tuple[str, str, bool, bool]
#: an outcome: its metric key, whether it stands in the review part, its measure
_Candidate = tuple[str, bool, _Measure, LocatedQuantity]


def _is_increment(q: Quantity) -> bool:
    """A non-percentage amount added, taken away or newly made (``新建1亿亩``), not a level."""
    if q.unit in _PERCENT_UNITS:
        return False
    return (q.verb or "") in _INCREMENT_VERBS or q.metric.startswith(zh.INCREMENT_METRIC_PREFIXES)


def _measure(lq: LocatedQuantity, doc: Document) -> _Measure:
    """What an outcome must share with a target: unit, form, increment (module docstring) and
    whether it is per a recurring period (``$40 billion per month``: no year's amount)."""
    q = lq.quantity
    return canonical_unit(q.unit), located_form(lq, doc), _is_increment(q), q.period == "recurring"


def _target_year(doc_year: int | None, lq: LocatedQuantity, doc: Document) -> int | None:
    if doc_year is None:
        return None
    text = doc.sentences[lq.sentence].text[: lq.quantity.start]
    text = unicodedata.normalize("NFKC", text)
    named = [int(y) for cue in _TARGET_YEAR_CUES for y in cue.findall(text)]
    later = [y for y in named if y > doc_year]
    return max(later) if later else doc_year


def followthrough(
    docs: Sequence[Document], paths: Sequence[NumberPath], years: Sequence[int | None]
) -> list[FollowThrough]:
    """Each target of ``paths`` against the outcome of its year, when a later edition gives one."""
    spans: dict[int, frozenset[int]] = {}

    def span_of(k: int) -> frozenset[int]:
        if k not in spans:
            spans[k] = span_sentences(docs[k])
        return spans[k]

    outcomes = _Outcomes(docs, years, span_of)
    rows: list[FollowThrough] = []
    for path in paths:
        if path.kind != "target":
            continue
        for i, lq in enumerate(path.values):
            if lq is None or lq.quantity.period == "past" or multi_year(lq, docs[i], span_of(i)):
                continue
            k = _outcome_doc(docs, years, i, lq)
            if k is None:
                continue
            target = lq.quantity
            outcome = outcomes.best(k, lq, _measure(lq, docs[i]))
            verdict: FollowVerdict = "not reported"
            rule = applied_rule(target)
            if outcome is not None:
                verdict, rule = judge_target(target, outcome.quantity)
            rows.append(
                FollowThrough(
                    metric=path.metric,
                    target_doc=i,
                    target=lq,
                    outcome_doc=k,
                    outcome=outcome,
                    met=None if outcome is None else verdict != "missed",
                    rule=rule,
                    verdict=verdict,
                )
            )
    rows.sort(key=lambda r: (r.target_doc, r.outcome is None, r.target.sentence))
    return rows


def _outcome_doc(
    docs: Sequence[Document], years: Sequence[int | None], i: int, lq: LocatedQuantity
) -> int | None:
    """The edition that reviews the year of target ``lq`` of edition ``i``."""
    if i + 1 >= len(docs):
        return None
    year = _target_year(years[i], lq, docs[i])
    if year is None or any(y is None for y in years[i + 1 :]):
        return i + 1 if year is None or years[i + 1] is None else None
    return next((k for k in range(i + 1, len(docs)) if years[k] == year + 1), None)


class _Outcomes:
    """The outcomes each edition gives, read once: actual figures of one year outside its plan."""

    def __init__(
        self,
        docs: Sequence[Document],
        years: Sequence[int | None],
        span_of: Callable[[int], frozenset[int]],
    ) -> None:
        self.docs = docs
        self.years = years
        self.span_of = span_of
        self.found: dict[int, list[_Candidate]] = {}

    def candidates(self, k: int) -> list[_Candidate]:
        from diffreport.analyze.numbers import document_quantities, metric_key
        from diffreport.analyze.parts import plan_sections, review_sections

        if k not in self.found:
            doc = self.docs[k]
            plan = plan_sections(doc)
            review = review_sections(doc)
            spans = self.span_of(k)
            doc_year = self.years[k] if k < len(self.years) else None
            reviewed = None if doc_year is None else doc_year - 1
            found = []
            for lq in document_quantities(doc):
                section = doc.sentences[lq.sentence].section
                if lq.quantity.kind != "actual" or section in plan:
                    continue
                if (lq.quantity.verb or "") in _FROM_VERBS or multi_year(lq, doc, spans, reviewed):
                    continue  # 从50元提高到84元: the starting point is no outcome
                measure = _measure(lq, doc)
                found.append((metric_key(lq.quantity.metric), section in review, measure, lq))
            self.found[k] = found
        return self.found[k]

    def best(self, k: int, target: LocatedQuantity, measure: _Measure) -> LocatedQuantity | None:
        """The outcome in edition ``k`` of the same metric and measure, the closest name first."""
        from diffreport.analyze.numbers import metric_key

        key = metric_key(target.quantity.metric)
        best: tuple[tuple[int, int, int], LocatedQuantity] | None = None
        for okey, in_review, omeasure, cand in self.candidates(k):
            if omeasure != measure:
                continue
            quality = _metric_match(key, okey)
            if quality < 0:
                continue
            rank = (quality, 0 if in_review else 1, cand.sentence)
            if best is None or rank < best[0]:
                best = (rank, cand)
        return None if best is None else best[1]
