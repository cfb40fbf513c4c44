"""How two editions' quantities pair: within a pair of sentences, by one metric name, by
similar names.

:func:`metric_key` is the form of a metric name that pairs; :func:`same_figure` says
whether two quantities state one figure. Every pairing here is bounded: a metric stated
thousands of times pairs by rank, and beyond a limit leftovers stay added and removed.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections.abc import Sequence

from diffreport.analyze.numbers.forms import economy_growth
from diffreport.lexicon import en, zh
from diffreport.model import Document, LocatedQuantity, Quantity, SentencePair
from diffreport.options import CompareOptions

_KEY_STRIP = re.compile(r"[\s“”\"‘’《》「」()（）,，.。:：;；、·\-—]+")


@functools.lru_cache(maxsize=1 << 16)
def metric_key(metric: str) -> str:
    """The form of a metric name used to pair it across editions (years and punctuation gone)."""
    key = unicodedata.normalize("NFKC", metric).lower()
    key = re.sub(r"(?:19|20)\d{2}年?", "", key)
    key = en.ARTICLES.sub("", key)
    if _CJK.search(key):  # CPI涨幅 and 居民消费价格指数涨幅 name one figure
        for name, canonical in zh.STATISTICAL_NAMES:
            key = key.replace(name, canonical)
    return _KEY_STRIP.sub("", key)


def pair_name(q: Quantity) -> str:
    """The name under which ``q`` pairs: its :func:`metric_key`, and one name for the
    growth of the whole economy however it is written (经济增长, 地区生产总值增长)."""
    key = metric_key(q.metric)
    if q.form == "growth" and economy_growth(key):
        return "经济增长"
    return key


def pairing_form(q: Quantity) -> str | None:
    """The form under which ``q`` pairs: a ratio (社会物流总费用与地区生产总值的比率) and a
    share (…占地区生产总值的比重) are both a proportion in %, and reports word one as the
    other; every other form pairs only with itself, and the level a target starts from
    (``从10万元提高到15万元``) only with a level a target starts from."""
    if q.form is None:
        return None
    form = "share" if q.form == "ratio" else q.form
    # a level a sentence starts from (从10万元) pairs with a starting level, not a goal
    return f"{form} (from)" if q.period == "past" and q.kind == "target" else form


def same_form(a: Quantity, b: Quantity) -> bool:
    """Whether two figures measure in one way (a growth rate never pairs with a share)."""
    return pairing_form(a) == pairing_form(b)


_FUZZY_SAME_FIGURE_CUTOFF = 70.0  # WRatio of two metric names that state the same figure
_SAME_FIGURE_BONUS = 15.0
_FUZZY_MIN_KEY = 3
_FUZZY_LIMIT = 1_000_000  # leftover pairs compared by metric name, at most


def same_figure(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities state one figure: value, upper bound and qualifier."""

    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is y
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)

    return close(a.value, b.value) and close(a.high, b.high) and a.qualifier == b.qualifier


def _distance(a: Quantity, b: Quantity) -> float:
    x, y = abs(a.value), abs(b.value)
    if x == 0 or y == 0:
        return abs(x - y)
    return abs(math.log(x / y))


_PAIRWISE_LIMIT = 250_000  # quantity pairs of one metric compared one by one, at most


def _pair_bucket_large(
    olds: list[LocatedQuantity], news: list[LocatedQuantity]
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """:func:`pair_bucket` for a metric stated thousands of times: identical figures in
    document order, then the rest by rank of value; O(n log n)."""
    waiting: dict[tuple[float, float | None, str | None], list[LocatedQuantity]] = {}
    for n in reversed(news):
        waiting.setdefault((n.quantity.value, n.quantity.high, n.quantity.qualifier), []).append(n)
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_old: list[LocatedQuantity] = []
    for o in olds:
        queue = waiting.get((o.quantity.value, o.quantity.high, o.quantity.qualifier))
        if queue:
            pairs.append((o, queue.pop()))
        else:
            rest_old.append(o)
    rest_new = [n for queue in waiting.values() for n in queue]
    rest_old.sort(key=lambda x: (x.quantity.value, x.sentence))
    rest_new.sort(key=lambda x: (x.quantity.value, x.sentence))
    count = min(len(rest_old), len(rest_new))
    pairs.extend(zip(rest_old[:count], rest_new[:count], strict=True))
    return pairs, rest_old[count:], rest_new[count:]


def pair_bucket(
    olds: list[LocatedQuantity],
    news: list[LocatedQuantity],
    docs: tuple[Document, Document],
    options: CompareOptions,
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """Pair one metric's quantities: identical figures first, then the same sentence
    edited (its text mostly kept), then the closest values.

    Ties go to the quantity at the nearest relative place in its document, so a
    figure stated in several paragraphs pairs with its own paragraph.
    """
    if len(olds) * len(news) > _PAIRWISE_LIMIT:
        return _pair_bucket_large(olds, news)
    n_old, n_new = max(len(docs[0].sentences), 1), max(len(docs[1].sentences), 1)

    def place(old: LocatedQuantity, new: LocatedQuantity) -> float:
        return abs(old.sentence / n_old - new.sentence / n_new)

    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_new = list(news)
    rest_old: list[LocatedQuantity] = []
    for old in olds:
        same = [n for n in rest_new if same_figure(old.quantity, n.quantity)]
        if not same:
            rest_old.append(old)
            continue
        # one quantity under several names (经济增长, 国内生产总值增长): its own name first
        name = metric_key(old.quantity.metric)
        hit = min(same, key=lambda n: (metric_key(n.quantity.metric) != name, place(old, n)))
        pairs.append((old, hit))
        rest_new.remove(hit)
    if rest_old and len(rest_new) > 1:
        from rapidfuzz import fuzz

        def similarity(old: LocatedQuantity, new: LocatedQuantity) -> float:
            a = docs[0].sentences[old.sentence].key
            b = docs[1].sentences[new.sentence].key
            return fuzz.ratio(a, b, score_cutoff=options.same_sentence_ratio)

        still_old: list[LocatedQuantity] = []
        for old in rest_old:
            scored = [(similarity(old, n), n) for n in rest_new]
            best_score = max((score for score, _ in scored), default=0.0)
            if best_score <= 0:
                still_old.append(old)
                continue
            hit = next(n for score, n in scored if score == best_score)
            pairs.append((old, hit))
            rest_new.remove(hit)
        rest_old = still_old
    unmatched_old: list[LocatedQuantity] = []
    for old in rest_old:
        if not rest_new:
            unmatched_old.append(old)
            continue
        best = min(
            rest_new, key=lambda n: (round(_distance(old.quantity, n.quantity), 9), place(old, n))
        )
        pairs.append((old, best))
        rest_new.remove(best)
    return pairs, unmatched_old, rest_new


def _other_programme(a: str, b: str, distance: float) -> bool:
    """Whether one Chinese name is a short generic name inside a name at least twice as
    long (重大项目 in 民间资本推介重大项目) and the figures lie far apart (``distance``,
    see :func:`_distance`): the longer name is a programme of its own (500个 of 重大项目
    is no 100个 of those 推介 to private capital). Close figures under such names are
    one item named more or less fully (农村公路 4000公里, 普通省道和农村公路 5000公里)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    # Chinese names only: an English name's words carry its qualifiers (expenditure,
    # general public expenditures)
    return (
        distance >= _OTHER_PROGRAMME_DISTANCE
        and _CJK.search(short) is not None
        and short in long
        and len(long) >= 2 * len(short)
    )


def _names_may_be_one(a: str, b: str, distance: float) -> bool:
    """Whether two similar names whose figures differ by ``distance`` may name one item."""
    return not _other_programme(a, b, distance) and not _other_measure(a, b)


def _other_measure(a: str, b: str) -> bool:
    """Whether two Chinese names end in different nouns (单位地区生产总值能耗 and
    单位地区生产总值二氧化碳排放; 国内生产总值 and 单位国内生产总值能耗降幅): a Chinese noun
    phrase names its quantity last, so they measure two things. A name that ends or
    begins the other is one quantity named more or less fully (生产总值, 地区生产总值;
    城镇新增就业, 城镇新增就业岗位), and so are two names whose last two characters share
    one (营业收入 and its short form 营收; 比重, 比率); a word of growth or of amount at the
    end (收入增长, 能耗降幅, 转移支付规模) says how, not what, and is read past."""
    if _CJK.search(a) is None or _CJK.search(b) is None:
        return False
    for x, y in ((a, b), (_core_name(a), _core_name(b))):
        if x.startswith(y) or y.startswith(x) or x.endswith(y) or y.endswith(x):
            return False  # one name ends or begins the other (就业, 城镇新增就业岗位)
        if set(x[-_HEAD_NOUN:]) & set(y[-_HEAD_NOUN:]):  # 营业收入, 营收; 比重, 比率
            return False
    return True


def _core_name(name: str) -> str:
    """A Chinese name without a word of growth or of amount at its end (收入增长 ->
    收入, 转移支付规模 -> 转移支付, 能耗强度降低 -> 能耗)."""
    core = zh.AMOUNT_TAILS.sub("", _GROWTH_END.sub("", name))
    return core or name


_HEAD_NOUN = 2  # characters at the end of a Chinese name that say what it measures
_GROWTH_END = zh.GROWTH_TAILS


# figures a factor of three or more apart under a generic and a specific name
_OTHER_PROGRAMME_DISTANCE = math.log(3)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def fuzzy_pairs(
    olds: list[LocatedQuantity], news: list[LocatedQuantity], options: CompareOptions
) -> list[tuple[LocatedQuantity, LocatedQuantity]]:
    """Pair leftovers of one (kind, unit) group by similar metric names, best scores first.

    Among similar names, the one with the same figure wins (a counted item reworded
    around an unchanged number is more likely the same item than one whose figure moved).
    """
    from rapidfuzz import fuzz, process

    if not olds or not news or len(olds) * len(news) > _FUZZY_LIMIT:
        return []  # beyond the limit the leftovers stay added and removed
    new_keys = [metric_key(n.quantity.metric) for n in news]
    # editions repeat their metric names: each distinct pair of names is scored once,
    # and ranked as process.extract(limit=10) ranks (score, then index in new_keys)
    where: dict[str, list[int]] = {}
    for j, new_key in enumerate(new_keys):
        where.setdefault(new_key, []).append(j)
    distinct = list(where)
    # two names without a character in common score 0 (below any cutoff): each name
    # is scored only against the names that share a character with it
    sharing: dict[str, set[int]] = {}
    spaced: set[int] = set()  # a name with whitespace has tokens: always scored
    for u, name in enumerate(distinct):
        if any(c.isspace() for c in name):
            spaced.add(u)
        for c in name:
            sharing.setdefault(c, set()).add(u)
    best: dict[str, list[tuple[float, int]]] = {}
    candidates: list[tuple[float, int, int]] = []
    for i, old in enumerate(olds):
        key = metric_key(old.quantity.metric)
        if len(key) < _FUZZY_MIN_KEY:
            continue  # 企业, 项目: too short to say which item it is by likeness alone
        ranked = best.get(key)
        if ranked is None:
            if any(c.isspace() for c in key):
                near = list(range(len(distinct)))
            else:
                near = sorted(spaced.union(*(sharing.get(c, ()) for c in set(key))))
            scored = [
                (score, j)
                for _choice, score, k in process.extract(
                    key,
                    [distinct[u] for u in near],
                    scorer=fuzz.WRatio,
                    score_cutoff=_FUZZY_SAME_FIGURE_CUTOFF,
                    limit=None,
                )
                for j in where[distinct[near[k]]]
            ]
            scored.sort(key=lambda c: (-c[0], c[1]))
            ranked = best[key] = scored[:10]
        for score, j in ranked:
            if len(new_keys[j]) < _FUZZY_MIN_KEY:
                continue
            if (
                same_figure(old.quantity, news[j].quantity)
                or old.quantity.value == news[j].quantity.value
            ):
                candidates.append((score + _SAME_FIGURE_BONUS, i, j))
            elif score >= options.metric_name_cutoff and _names_may_be_one(
                key, new_keys[j], _distance(old.quantity, news[j].quantity)
            ):
                candidates.append((score, i, j))
    # equally similar names: the closer figure first (14万亿元 pairs with 14.58万亿元, not
    # with the 11.37万亿元 it grew from)
    candidates.sort(
        key=lambda c: (-c[0], _distance(olds[c[1]].quantity, news[c[2]].quantity), c[1], c[2])
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    for _score, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((olds[i], news[j]))
    return pairs


def anchors(
    old: Document, new: Document, sentences: Sequence[SentencePair] | None
) -> list[tuple[int, int, bool]]:
    """Sentence pairs whose quantities pair first: (old index, new index, identical).

    With the alignment, every paired sentence; without it, sentences whose comparison
    key is identical on both sides (in order of occurrence, so a repeated sentence
    pairs with its own repeat).
    """
    if sentences is not None:
        return [
            (p.old, p.new, p.status in ("unchanged", "moved"))
            for p in sentences
            if p.old is not None and p.new is not None
        ]
    waiting: dict[str, list[int]] = {}
    for sentence in reversed(new.sentences):
        waiting.setdefault(sentence.key, []).append(sentence.index)
    found: list[tuple[int, int, bool]] = []
    for sentence in old.sentences:
        queue = waiting.get(sentence.key)
        if queue:
            found.append((sentence.index, queue.pop(), True))
    return found


def _may_be_one(a: Quantity, b: Quantity) -> bool:
    """Whether two figures of paired sentences may state one quantity: one unit, one
    form, and names that do not end in different nouns."""
    return (
        a.unit == b.unit
        and same_form(a, b)
        and not _other_measure(metric_key(a.metric), metric_key(b.metric))
    )


def pair_in_sentence(
    olds: list[LocatedQuantity],
    news: list[LocatedQuantity],
    identical: bool,
    options: CompareOptions | None = None,
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """Pair the quantities of two paired sentences.

    Identical sentences pair position by position (when each figure keeps its unit
    and form: a moved sentence may be reworded). A modified sentence pairs a
    quantity with the one of the same metric, unit and form (closest value first);
    what is left pairs when its unit has exactly one quantity left on each side, the
    two agree on form and their names do not end in different nouns (a reworded
    subject renames the metric, the figure is the same figure; 能耗 is no 二氧化碳排放);
    then leftover targets of one unit, form and period whose names are alike
    (``options.sentence_name_cutoff``: 进出口贸易总额, 外贸进出口总额), most alike first.
    """
    if (
        identical
        and len(olds) == len(news)
        and all(_may_be_one(o.quantity, n.quantity) for o, n in zip(olds, news, strict=True))
    ):
        return list(zip(olds, news, strict=True)), [], []
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_old: list[LocatedQuantity] = []
    rest_new = list(news)
    # a target first, and to a target: 赤字率从去年的2.1%提高到2.3% against 赤字率提高到3%
    # pairs 2.3% with 3%, the past year's 2.1% with nothing
    for o in sorted(olds, key=lambda x: x.quantity.kind != "target"):
        key = (pair_name(o.quantity), o.quantity.unit, pairing_form(o.quantity))
        same = [
            n
            for n in rest_new
            if (pair_name(n.quantity), n.quantity.unit, pairing_form(n.quantity)) == key
        ]
        if not same:
            rest_old.append(o)
            continue
        best = min(
            same,
            key=lambda n: (
                n.quantity.kind != o.quantity.kind,
                0 if same_figure(o.quantity, n.quantity) else 1,
                _distance(o.quantity, n.quantity),
            ),
        )
        pairs.append((o, best))
        rest_new.remove(best)
    left_old: list[LocatedQuantity] = []
    for o in rest_old:
        unit = o.quantity.unit
        mine = [x for x in rest_old if x.quantity.unit == unit]
        theirs = [n for n in rest_new if n.quantity.unit == unit]
        if len(mine) == 1 and len(theirs) == 1 and _may_be_one(o.quantity, theirs[0].quantity):
            pairs.append((o, theirs[0]))
            rest_new.remove(theirs[0])
        else:
            left_old.append(o)
    if left_old and rest_new:
        cutoff = (options or CompareOptions()).sentence_name_cutoff
        alike = _alike_leftovers(left_old, rest_new, cutoff)
        pairs += alike
        paired = {id(x) for pair in alike for x in pair}
        left_old = [o for o in left_old if id(o) not in paired]
        rest_new = [n for n in rest_new if id(n) not in paired]
    return pairs, left_old, rest_new


def _alike_targets(a: Quantity, b: Quantity) -> bool:
    """Whether two leftover figures may be one target renamed: both targets for one
    period, and one quantity by unit, form and head noun. Outcomes are left alone: a
    review's enumerations (城镇、农村居民人均可支配收入分别增长…) repeat alike names."""
    return a.kind == b.kind == "target" and a.period == b.period and _may_be_one(a, b)


def _alike_leftovers(
    olds: list[LocatedQuantity], news: list[LocatedQuantity], cutoff: float
) -> list[tuple[LocatedQuantity, LocatedQuantity]]:
    """Leftovers of two paired sentences paired by alike names, most alike first (a
    sentence holds a handful of figures: every old one is scored against every new one,
    up to the limit :func:`fuzzy_pairs` keeps too)."""
    from rapidfuzz import fuzz

    if len(olds) * len(news) > _FUZZY_LIMIT:
        return []

    keys_old = [metric_key(o.quantity.metric) for o in olds]
    keys_new = [metric_key(n.quantity.metric) for n in news]
    scored = sorted(
        (-fuzz.ratio(a, b), i, j)
        for i, (o, a) in enumerate(zip(olds, keys_old, strict=True))
        for j, (n, b) in enumerate(zip(news, keys_new, strict=True))
        # a name inside the other is a part and its whole (地方财政赤字, 财政赤字), not
        # one quantity renamed: the whole pairs under its own name elsewhere
        if _alike_targets(o.quantity, n.quantity) and a not in b and b not in a
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    found: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    for score, i, j in scored:
        if -score < cutoff or i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        found.append((olds[i], news[j]))
    return found
