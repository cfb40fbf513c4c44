"""N editions of a report aligned together: section chains, target paths, topics, follow-through.

A series is built from the consecutive pairwise comparisons (``diffreport.compare``
on already loaded documents, so each file is read once) and four views over them:

**Section chains.** Each section of each edition belongs to exactly one chain.
Consecutive section pairs extend a chain (the best-scoring pair first when a
section was split or merged). A section that no pair reaches opens a new chain
unless it is the return of a chain that went missing: a chain absent from the
previous edition whose last heading has the same ``heading_key`` (years shifted
by the editions' distance) or one that scores at least ``_REJOIN`` (Indel
similarity of the keys) rejoins it. In each edition a chain is ``present``
(the heading as before, the year shift understood), ``renamed`` (another
heading) or ``absent``.

**Number paths.** The quantities paired by the consecutive comparisons'
``NumberChange``s form chains, one value per edition; a chain that ends and a
later one with the same kind, unit and ``metric_key`` that starts after a gap
are joined. Each path has one kind (target or actual).

**Topic timeline.** The terms the consecutive comparisons report as new or
dropped, counted in every edition (occurrences in the text, as a reader's search
finds them; English on whole words, case folded), with the first and last edition
they occur in. A term contained in another listed term with the same count in
every edition is left out (the longer term explains it).

**Follow-through.** A target set in the report of year Y (or for a later year
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

An outcome must measure the same thing: a target stated as an increment
(``新建1亿亩``, ``提高30元``: a non-percentage amount after 增加, 提高, 新建 …) is only
checked against an outcome stated as an increment, and a level against a level.

``met`` is None (unknown) when the next report gives no outcome for the metric.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from diffreport.align import document_year, heading_key
from diffreport.model import (
    Comparison,
    Document,
    FollowThrough,
    LocatedQuantity,
    NumberPath,
    PresenceStatus,
    Quantity,
    SectionChain,
    Series,
    TopicTimeline,
)
from diffreport.options import CompareOptions

__all__ = ["build_series", "compare_series", "evaluate_target", "series_labels"]

Source = Document | str | os.PathLike[str]

#: a returning section rejoins a dormant chain when its heading key scores this (0..1)
_REJOIN = 0.8
#: the margin of an "about" target: percentage points for a percentage, else relative
PERCENT_MARGIN = 0.5
RELATIVE_MARGIN = 0.05

_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
_PERCENT_UNITS = frozenset({"%", "％", "percent", "百分点", "个百分点", "percentage points"})
_FLOOR = frozenset(
    {"以上", "之上", "不低于", "不少于", "超过", "超", "突破", "至少", "逾", "多", "余", "高于"}
    | {"at least", "more than", "above", "over", "just over"}
)
_CEILING = frozenset(
    {"以内", "之内", "内", "以下", "不超过", "不高于", "低于", "不到", "不足", "最多"}
    | {"up to", "at most", "less than", "under", "below", "just under"}
)
_ABOUT = frozenset(
    {"左右", "上下", "约", "大约", "近", "接近"}
    | {"about", "around", "approximately", "roughly", "nearly", "almost", "some"}
)
_CEILING_VERBS = ("控制在", "控制", "不超过", "压减到", "压减至")
# change verbs that take away (``降至``, ``下降到`` name a level, not a change)
_DECREASE_VERBS = frozenset(
    {"下降", "降低", "减少", "回落", "缩小", "压减", "fell", "declined", "decreased", "reduce"}
)
# metrics a government holds down: an outcome below an "about" target meets it
_HELD_DOWN = re.compile(
    r"价格|物价|通胀|失业|赤字|能耗|排放|inflation|unemployment|deficit|price", re.IGNORECASE
)
# endings that leave a metric the same measure (居民消费价格 / 居民消费价格涨幅)
_NEUTRAL_TAILS = ("涨幅", "增幅", "增速", "平均", "实际", "总额", "总量", "水平", "rate", "growth")
# a figure for several years (五年, “十四五”, 年均, 累计) is no one year's target or outcome
_MULTI_YEAR = re.compile(
    r"五年|十年|[一二三四五六七八九]年来|“十.五”|十.五时期|十.五规划|年均|累计|以来"
)
_TARGET_YEAR = re.compile(r"(?:到|至|截至|by|through)\s*((?:19|20)\d\d)\s*年?", re.IGNORECASE)


# --------------------------------------------------------------------------- labels


def series_labels(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """Labels for files of one series: the year in each file name when the years are distinct.

    Otherwise the file stems (``2008-01-22``), and where stems repeat, the parent
    folder too (``henan/2025``); a label is never given twice.
    """
    names = [Path(p) for p in paths]
    years = [_YEAR_IN_NAME.findall(p.stem) for p in names]
    if all(len(y) == 1 for y in years) and len({y[0] for y in years}) == len(years):
        labels = [y[0] for y in years]
    else:
        labels = [p.stem for p in names]
        if len(set(labels)) != len(labels):
            labels = [f"{p.parent.name}/{p.stem}" if p.parent.name else p.stem for p in names]
    seen: Counter[str] = Counter()
    unique: list[str] = []
    for label in labels:
        seen[label] += 1
        unique.append(label if seen[label] == 1 else f"{label}#{seen[label]}")
    return unique


def _documents(sources: Sequence[Source], labels: Sequence[str] | None) -> list[Document]:
    from diffreport import from_text, load

    paths = [s for s in sources if not isinstance(s, Document) and not _is_text(s)]
    auto = iter(series_labels([os.fspath(p) for p in paths]))
    docs: list[Document] = []
    for k, source in enumerate(sources):
        label = labels[k] if labels is not None else None
        if isinstance(source, Document):
            docs.append(source if label is None else _relabel(source, label))
        elif _is_text(source):
            assert isinstance(source, str)
            docs.append(from_text(source, label=label or f"#{k + 1}"))
        else:
            default = next(auto)
            docs.append(load(source, label=label or default))
    return docs


def _is_text(source: Source) -> bool:
    return isinstance(source, str) and ("\n" in source or len(source) > 1024)


def _relabel(doc: Document, label: str) -> Document:
    from dataclasses import replace

    return replace(doc, label=label)


# --------------------------------------------------------------------------- section chains


def _section_chains(docs: Sequence[Document], comps: Sequence[Comparison]) -> list[SectionChain]:
    from rapidfuzz.distance import Indel

    n = len(docs)
    years = [document_year(d) for d in docs]
    chains: list[list[int | None]] = []
    chain_of: list[dict[int, int]] = [{} for _ in docs]

    def start(i: int, section: int) -> None:
        chain_of[i][section] = len(chains)
        row: list[int | None] = [None] * n
        row[i] = section
        chains.append(row)

    for section in docs[0].sections if docs else ():
        start(0, section.index)
    for i, comp in enumerate(comps):
        pairs = sorted(
            (p for p in comp.sections if p.old is not None and p.new is not None),
            key=lambda p: (-p.similarity, p.old, p.new),
        )
        for p in pairs:
            assert p.old is not None and p.new is not None
            cid = chain_of[i].get(p.old)
            if cid is None or chains[cid][i + 1] is not None or p.new in chain_of[i + 1]:
                continue
            chains[cid][i + 1] = p.new
            chain_of[i + 1][p.new] = cid
        new_doc = docs[i + 1]
        for section in new_doc.sections:
            if section.index in chain_of[i + 1]:
                continue
            cid = _dormant_match(docs, years, chains, i + 1, section.index, Indel)
            if cid is None:
                start(i + 1, section.index)
            else:
                chains[cid][i + 1] = section.index
                chain_of[i + 1][section.index] = cid

    ordered = _order_chains(docs, chains)
    result: list[SectionChain] = []
    used: Counter[str] = Counter()
    for row in ordered:
        headings: list[str | None] = []
        statuses: list[PresenceStatus] = []
        previous: tuple[int, str] | None = None
        for i, idx in enumerate(row):
            if idx is None:
                headings.append(None)
                statuses.append("absent")
                continue
            title = docs[i].section_title(idx)
            headings.append(title)
            key = heading_key(docs[i].sections[idx].heading)
            if previous is None:
                statuses.append("present")
            else:
                j, old_heading = previous
                delta = _delta(years, j, i)
                same = heading_key(old_heading, delta) == key
                statuses.append("present" if same else "renamed")
            previous = (i, docs[i].sections[idx].heading or "")
        first = next(i for i, s in enumerate(row) if s is not None)
        first_section = row[first]
        assert first_section is not None
        base = heading_key(docs[first].sections[first_section].heading) or "preamble"
        used[base] += 1
        key = base if used[base] == 1 else f"{base}~{used[base]}"
        level = docs[first].sections[first_section].level
        result.append(
            SectionChain(
                key=key,
                level=level,
                sections=tuple(row),
                headings=tuple(headings),
                statuses=tuple(statuses),
            )
        )
    return result


def _delta(years: Sequence[int | None], j: int, i: int) -> int:
    a, b = years[j], years[i]
    return b - a if a is not None and b is not None else 0


def _dormant_match(
    docs: Sequence[Document],
    years: Sequence[int | None],
    chains: Sequence[list[int | None]],
    i: int,
    section: int,
    indel: Any,
) -> int | None:
    """A chain absent from editions ``i-1`` and ``i`` whose last heading matches this one."""
    if i < 2:
        return None
    target = docs[i].sections[section]
    if target.heading is None:
        return None
    key = heading_key(target.heading)
    best: tuple[float, int] | None = None
    for cid, row in enumerate(chains):
        if row[i] is not None or row[i - 1] is not None:
            continue
        last = max((j for j in range(i - 1) if row[j] is not None), default=None)
        if last is None:
            continue
        last_section = row[last]
        assert last_section is not None
        old = docs[last].sections[last_section]
        if old.heading is None or old.level != target.level:
            continue
        old_key = heading_key(old.heading, _delta(years, last, i))
        score = 1.0 if old_key == key else float(indel.normalized_similarity(old_key, key))
        if score >= _REJOIN and (best is None or score > best[0]):
            best = (score, cid)
    return None if best is None else best[1]


def _order_chains(
    docs: Sequence[Document], chains: Sequence[list[int | None]]
) -> list[list[int | None]]:
    """Chains in reading order: the last edition's order, earlier-only chains after their
    predecessor in the last edition they appear in."""
    n = len(docs)
    order: list[int] = []
    placed: set[int] = set()
    for i in range(n - 1, -1, -1):
        by_section = {row[i]: cid for cid, row in enumerate(chains) if row[i] is not None}
        previous: int | None = None
        for section in sorted(by_section, key=lambda s: s if s is not None else -1):
            cid = by_section[section]
            if cid not in placed:
                at = order.index(previous) + 1 if previous is not None else 0
                if previous is None:
                    # before the first chain this edition shares with later ones
                    at = 0
                order.insert(at, cid)
                placed.add(cid)
            previous = cid
    return [chains[cid] for cid in order]


# --------------------------------------------------------------------------- number paths


def _number_paths(docs: Sequence[Document], comps: Sequence[Comparison]) -> list[NumberPath]:
    from diffreport.analyze.numbers import metric_key

    n = len(docs)
    paths: list[list[LocatedQuantity | None]] = []
    chain_of: list[dict[LocatedQuantity, int]] = [{} for _ in docs]

    def start(i: int, lq: LocatedQuantity) -> int:
        chain_of[i][lq] = len(paths)
        row: list[LocatedQuantity | None] = [None] * n
        row[i] = lq
        paths.append(row)
        return len(paths) - 1

    for i, comp in enumerate(comps):
        for change in comp.changes.numbers:
            cid: int | None = None
            if change.old is not None:
                cid = chain_of[i].get(change.old)
                if cid is None:
                    cid = start(i, change.old)
            if change.new is None or change.new in chain_of[i + 1]:
                continue
            if cid is not None and paths[cid][i + 1] is None:
                paths[cid][i + 1] = change.new
                chain_of[i + 1][change.new] = cid
            else:
                start(i + 1, change.new)
    if n == 1:
        from diffreport.analyze.numbers import document_quantities

        seen: set[tuple[str, str, str]] = set()
        for lq in document_quantities(docs[0]):
            q = lq.quantity
            sig = (q.kind, q.unit, metric_key(q.metric))
            if sig not in seen:
                seen.add(sig)
                start(0, lq)

    # A metric that skipped editions: join a path that ended with one that starts later
    # (same kind, unit and metric key). Paths are bucketed by that signature first.
    alive = [True] * len(paths)
    firsts = [next(i for i, v in enumerate(row) if v is not None) for row in paths]
    lasts = [max(i for i, v in enumerate(row) if v is not None) for row in paths]
    buckets: dict[tuple[str, str, str], list[int]] = {}
    for cid in sorted(range(len(paths)), key=lambda c: (firsts[c], c)):
        head = paths[cid][firsts[cid]]
        assert head is not None
        sig = (head.quantity.kind, head.quantity.unit, metric_key(head.quantity.metric))
        bucket = buckets.setdefault(sig, [])
        if firsts[cid] >= 2 and sig[2]:
            for other in bucket:
                if alive[other] and lasts[other] < firsts[cid] - 1:
                    row = paths[cid]
                    for i in range(firsts[cid], n):
                        paths[other][i] = row[i]
                    lasts[other] = lasts[cid]
                    alive[cid] = False
                    break
        if alive[cid]:
            bucket.append(cid)
    result: list[NumberPath] = []
    for cid, row in enumerate(paths):
        if not alive[cid]:
            continue
        values = tuple(row)
        latest = next(v for v in reversed(values) if v is not None).quantity
        result.append(
            NumberPath(metric=latest.metric, kind=latest.kind, unit=latest.unit, values=values)
        )

    def order(path: NumberPath) -> tuple[int, int, int, int]:
        first = next(i for i, v in enumerate(path.values) if v is not None)
        value = path.values[first]
        assert value is not None
        present = sum(v is not None for v in path.values)
        return (0 if path.kind == "target" else 1, -present, first, value.sentence)

    result.sort(key=order)
    return result


# --------------------------------------------------------------------------- topics


def _count_text(doc: Document) -> str:
    text = "\n".join(unicodedata.normalize("NFKC", s.text) for s in doc.sentences)
    if doc.language == "en":
        return " ".join(text.lower().replace("’", "'").split())
    return text


def _count(term: str, text: str, language: str) -> int:
    if language != "en":
        return text.count(term)
    pattern = r"(?<![a-z0-9])" + re.escape(term.lower()) + r"(?![a-z0-9])"
    return len(re.findall(pattern, text))


def _topic_timeline(docs: Sequence[Document], comps: Sequence[Comparison]) -> list[TopicTimeline]:
    rank: dict[str, int] = {}
    for comp in comps:
        for lst in (comp.changes.new_topics, comp.changes.dropped_topics):
            for position, topic in enumerate(lst):
                rank[topic.term] = min(rank.get(topic.term, position), position)
    texts = [_count_text(d) for d in docs]
    language = docs[-1].language if docs else "zh"
    counts = {
        term: tuple(_count(term, t, d.language) for t, d in zip(texts, docs, strict=True))
        for term in rank
    }
    kept = []
    for term, row in counts.items():
        if not any(row):
            continue
        if (
            any(other != term and term in other and counts[other] == row for other in counts)
            and language == "zh"
        ):
            continue
        kept.append(term)
    result: list[TopicTimeline] = []
    for term in kept:
        row = counts[term]
        present = [i for i, c in enumerate(row) if c]
        result.append(
            TopicTimeline(
                term=term, counts=row, first=present[0], last=present[-1], rank=rank[term]
            )
        )
    result.sort(key=lambda t: (t.first, t.rank, -sum(t.counts), t.term))
    return result


# --------------------------------------------------------------------------- follow-through


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
    if qualifier in _CEILING or (target.verb or "").startswith(_CEILING_VERBS):
        return "ceiling"
    if qualifier in _ABOUT:
        return "about"
    return "exact"


def _margin(q: Quantity) -> float:
    if q.unit in _PERCENT_UNITS:
        return PERCENT_MARGIN
    return RELATIVE_MARGIN * abs(q.value)


def evaluate_target(target: Quantity, outcome: Quantity) -> tuple[bool, str]:
    """Whether ``outcome`` meets ``target``, and the rule applied (see the module docstring).

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
    if rule == "floor":
        return x >= low - eps, rule
    if rule == "ceiling":
        return x <= (high if high is not None else low) + eps, rule
    if rule == "range":
        assert high is not None
        pad = margin if (target.qualifier or "") in _ABOUT else 0.0
        return low - pad - eps <= x <= high + pad + eps, rule
    if reduction:
        return x >= low - margin - eps, "reduction"
    if _HELD_DOWN.search(target.metric):
        return x <= low + margin + eps, "held-down"
    if rule == "exact":
        return x >= low - margin - eps, "stated"
    return abs(x - low) <= margin + eps, rule


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


_FROM_VERBS = frozenset({"从", "由", "from"})
_INCREMENT_VERBS = frozenset(
    {"增加", "提高", "提升", "新建", "新增", "扩大", "增长", "减少", "降低", "下降", "压减"}
    | {"新开工", "新改建", "增发", "raise", "increase"}
)


def _is_increment(q: Quantity) -> bool:
    """A non-percentage amount added or taken away (``新建1亿亩``), not a level."""
    if q.unit in _PERCENT_UNITS:
        return False
    return (q.verb or "") in _INCREMENT_VERBS or q.metric.startswith(("新增", "新建"))


def _multi_year(lq: LocatedQuantity, doc: Document) -> bool:
    text = doc.sentences[lq.sentence].text[: lq.quantity.end]
    return bool(_MULTI_YEAR.search(unicodedata.normalize("NFKC", text)))


def _target_year(doc_year: int | None, lq: LocatedQuantity, doc: Document) -> int | None:
    if doc_year is None:
        return None
    text = doc.sentences[lq.sentence].text[: lq.quantity.start]
    named = [int(y) for y in _TARGET_YEAR.findall(unicodedata.normalize("NFKC", text))]
    later = [y for y in named if y > doc_year]
    return max(later) if later else doc_year


def _followthrough(docs: Sequence[Document], paths: Sequence[NumberPath]) -> list[FollowThrough]:
    from diffreport.analyze.numbers import document_quantities, metric_key
    from diffreport.analyze.parts import plan_sections, review_sections

    years = [document_year(d) for d in docs]
    outcomes: dict[int, list[tuple[str, bool, LocatedQuantity]]] = {}

    def candidates(k: int) -> list[tuple[str, bool, LocatedQuantity]]:
        if k not in outcomes:
            doc = docs[k]
            plan = plan_sections(doc)
            review = review_sections(doc)
            found = []
            for lq in document_quantities(doc):
                section = doc.sentences[lq.sentence].section
                if lq.quantity.kind != "actual" or section in plan:
                    continue
                if (lq.quantity.verb or "") in _FROM_VERBS or _multi_year(lq, doc):
                    continue  # 从50元提高到84元: the starting point is no outcome
                found.append((metric_key(lq.quantity.metric), section in review, lq))
            outcomes[k] = found
        return outcomes[k]

    def outcome_doc(i: int, lq: LocatedQuantity) -> int | None:
        if i + 1 >= len(docs):
            return None
        year = _target_year(years[i], lq, docs[i])
        if year is None or any(y is None for y in years[i + 1 :]):
            return i + 1 if year is None or years[i + 1] is None else None
        return next((k for k in range(i + 1, len(docs)) if years[k] == year + 1), None)

    rows: list[FollowThrough] = []
    for path in paths:
        if path.kind != "target":
            continue
        for i, lq in enumerate(path.values):
            if lq is None or _multi_year(lq, docs[i]):
                continue
            k = outcome_doc(i, lq)
            if k is None:
                continue
            target = lq.quantity
            key = metric_key(target.metric)
            best: tuple[tuple[int, int, int], LocatedQuantity] | None = None
            for okey, in_review, cand in candidates(k):
                if cand.quantity.unit != target.unit or _is_increment(
                    cand.quantity
                ) != _is_increment(target):
                    continue
                quality = _metric_match(key, okey)
                if quality < 0:
                    continue
                rank = (quality, 0 if in_review else 1, cand.sentence)
                if best is None or rank < best[0]:
                    best = (rank, cand)
            outcome = None if best is None else best[1]
            met: bool | None = None
            rule = _rule(target)
            if outcome is not None:
                met, rule = evaluate_target(target, outcome.quantity)
            rows.append(
                FollowThrough(
                    metric=path.metric,
                    target_doc=i,
                    target=lq,
                    outcome_doc=k,
                    outcome=outcome,
                    met=met,
                    rule=rule,
                )
            )
    rows.sort(key=lambda r: (r.target_doc, r.outcome is None, r.target.sentence))
    return rows


# --------------------------------------------------------------------------- building


def build_series(documents: Sequence[Document], comparisons: Sequence[Comparison]) -> Series:
    """The series views (chains, paths, timeline, follow-through) of compared editions."""
    docs = tuple(documents)
    comps = tuple(comparisons)
    paths = _number_paths(docs, comps)
    return Series(
        documents=docs,
        comparisons=comps,
        sections=tuple(_section_chains(docs, comps)),
        numbers=tuple(paths),
        topics=tuple(_topic_timeline(docs, comps)),
        followthrough=tuple(_followthrough(docs, paths)),
    )


def compare_series(
    sources: Sequence[Source],
    *,
    labels: Sequence[str] | None = None,
    options: CompareOptions | None = None,
) -> Series:
    """Align N editions in order: each read once, consecutive pairs compared, then chained.

    ``sources`` are paths, report texts or loaded ``Document`` objects; ``labels``
    (one per source) override the labels taken from the file names.
    """
    from diffreport import InputError, compare

    if labels is not None and len(labels) != len(sources):
        raise InputError(
            "--labels", f"{len(labels)} labels for {len(sources)} editions (give one each)"
        )
    docs = _documents(sources, labels)
    comps = [compare(docs[i], docs[i + 1], options=options) for i in range(len(docs) - 1)]
    return build_series(docs, comps)


# --------------------------------------------------------------------------- display


def display_value(q: Quantity) -> str:
    """A quantity as a series table shows it: the report's phrase without its leading verb.

    ``增长6%以上`` -> ``6%以上``; ``拟按3.2%左右`` -> ``3.2%左右``; English phrases as written.
    """
    text = q.text
    verb = q.verb or ""
    if verb and text.startswith(verb) and len(text) > len(verb):
        text = text[len(verb) :]
    return text.strip()


def plotted_value(q: Quantity) -> float:
    """The number a chart plots: the middle of a range, the value otherwise."""
    return q.value if q.high is None else (q.value + q.high) / 2
