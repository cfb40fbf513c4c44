"""Ranking: which candidates are new or dropped, scored by log-likelihood, nested ones reduced."""

from __future__ import annotations

import math
from dataclasses import dataclass

from diffreport.analyze.background import report_share
from diffreport.analyze.topics.counting import _min_count
from diffreport.analyze.topics.profile import _Profile
from diffreport.analyze.topics.zh import _core
from diffreport.model import TopicChange

_GONE = 6  # a term is new when its rate in the new edition is over six times the old one
#: a term this share of reports use is the genre's own word: not news when one edition
#: lacks it (结合 0.98, 卫生 0.98, 决策 0.77), unlike a topic that ended (贫困 0.65, 稳健 0.5)
_EVERYWHERE = 0.7


@dataclass(frozen=True)
class _Scored:
    term: str
    old: int
    new: int
    score: float
    weight: int  # occurrences on the prominent side, with heading and quote emphasis
    label: str  # the term as shown


def _g2(a: int, b: int, size_a: int, size_b: int) -> float:
    """Dunning's log-likelihood ratio of counts a and b in corpora of sizes size_a, size_b."""
    total = a + b
    expected_a = total * size_a / (size_a + size_b)
    expected_b = total * size_b / (size_a + size_b)
    g = 0.0
    if a:
        g += a * math.log(a / expected_a)
    if b:
        g += b * math.log(b / expected_b)
    return 2.0 * g


def _gained(here: _Profile, there: _Profile, limit: int, later: int | None = None) -> list[_Scored]:
    """Terms prominent in ``here`` and gone or nearly gone in ``there``, scored.

    When ``here`` is the later edition (of the year ``later``), a Chinese term's score
    is scaled by how rare it was in the State Council reports before it: ``中西部地区``,
    ``生态保护`` are new to one edition and old to the genre, ``新型城镇化`` in 2014 was
    new to both. What the later edition dropped is news however old (贫困, 稳健).

    The word-shape tests (``_admissible``) cost more than scoring, so they run
    from the top of the ranking down until four times ``limit`` terms passed,
    and then only on lower-ranked terms that contain a passed one (a longer
    whole term may take over its fragment's rank in ``_select``).
    """
    size_here, size_there = max(here.size, 1), max(there.size, 1)
    minimum = _min_count(here.size, here.language)
    unit = 1 if here.words is None else 2
    found: list[_Scored] = []
    for term, n in here.candidates.items():
        if n < minimum and not (n and here.heading_count(term)):
            continue
        m = there.count(term)
        # "Gone or nearly gone": the rate in the other edition at most a sixth.
        if n * size_there <= _GONE * m * size_here:
            continue
        weight_here = n + here.emphasis(term)
        weight_there = m + there.emphasis(term)
        specificity = 1.0 + 0.15 * min(unit * len(term) - 2, 4)
        score = _g2(weight_here, weight_there, size_here, size_there) * specificity
        if later is not None and here.words is None:
            score *= 1.0 - report_share(here.display(term), "zh", later)
        elif here.words is None and report_share(here.display(term), "zh") >= _EVERYWHERE:
            continue  # 结合, 卫生: words of every report; one edition lacks them by chance
        found.append(_Scored(term, m, n, score, weight_here, here.display(term)))
    found.sort(key=lambda s: (-s.score, -len(s.term), s.label))
    kept: list[_Scored] = []
    for at, item in enumerate(found):
        if len(kept) == 4 * limit:
            passed = {k.term for k in kept}
            kept.extend(
                item
                for item in found[at:]
                if _contains_any(item.term, passed, here.low)
                and _admissible(item.term, here, there)
            )
            break
        if _admissible(item.term, here, there):
            kept.append(item)
    return kept


def _contains_any(term: str, terms: set[str], low: int) -> bool:
    """Whether a proper part of ``term`` (``low`` units or more) is in ``terms``."""
    size = len(term)
    return any(
        term[start : start + n] in terms for n in range(low, size) for start in range(size - n + 1)
    )


def _admissible(term: str, here: _Profile, there: _Profile) -> bool:
    """Whether a gained term is a word of its own whose change is more than a rewording."""
    if here.fragment(term):
        return False
    core = _core(term) if here.words is None else None
    # 服务体系 is new only in name while 服务 is everywhere.
    return not (
        core
        and here.count(core) * max(there.size, 1) <= _GONE * there.count(core) * max(here.size, 1)
    )


def _select(scored: list[_Scored], limit: int, here: _Profile) -> list[_Scored]:
    """The top ``limit`` terms, nested terms reduced to one (see the module docstring),
    and the pieces of one phrase too (稳就业稳企业稳市场稳预期: 稳企业 stands for the rest)."""
    low = here.low
    ranked = sorted(scored, key=lambda s: (-s.score, -len(s.term), s.label))
    position = {item.term: i for i, item in enumerate(ranked)}
    # A term contained in a listed longer term that explains most of its occurrences is a
    # fragment of it; the whole term stands for its fragments and takes the best score.
    container: dict[str, int] = {}
    for i, other in enumerate(ranked):
        term = other.term
        for size in range(low, len(term)):
            for start in range(len(term) - size + 1):
                inner = term[start : start + size]
                j = position.get(inner)
                if (
                    j is not None
                    and 2 * other.weight >= ranked[j].weight
                    and container.get(inner, i) >= i
                ):
                    container[inner] = i
    best = {item.term: item.score for item in ranked}
    for inner, i in container.items():
        outer = ranked[i].term
        best[outer] = max(best[outer], ranked[position[inner]].score)
    ranked.sort(key=lambda s: (-best[s.term], -len(s.term), s.label))
    chosen: list[_Scored] = []
    pieces: list[_Scored] = []
    for item in ranked:
        if item.term in container:
            continue
        if any(item.term in c.term or c.term in item.term for c in chosen):
            continue
        if any(_one_phrase(item, c, here) for c in (*chosen, *pieces)):
            pieces.append(item)  # a piece of a listed term's phrase: its next piece is too
            continue
        chosen.append(item)
        if len(chosen) == limit:
            break
    return chosen


def _one_phrase(a: _Scored, b: _Scored, here: _Profile) -> bool:
    """Whether two terms are said only side by side, as pieces of one phrase: joined at
    least once (稳就业稳企业稳市场稳预期 in a heading), and every occurrence of one next to the
    other or one mark from it (稳就业、稳企业、稳市场、稳预期 in the text). Two items of a list
    are two topics (agency debt and mortgage-backed securities)."""
    starts = {t: list(here.occurrences(t)) for t in (a.term, b.term)}
    if not starts[a.term] or not starts[b.term]:
        return False
    ends = {t: {at + len(t) for at in starts[t]} for t in starts}

    def beside(term: str, other: str) -> bool:
        return all(
            at in ends[other]
            or at - 1 in ends[other]
            or at + len(term) in starts[other]
            or at + len(term) + 1 in starts[other]
            for at in starts[term]
        )

    joined = any(at in ends[b.term] or at + len(a.term) in starts[b.term] for at in starts[a.term])
    return joined and (beside(a.term, b.term) or beside(b.term, a.term))


def _changes(
    old: _Profile, new: _Profile, limit: int, years: tuple[int | None, int | None] = (None, None)
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    old_year, new_year = years
    new_later = old_later = None  # the year of the later edition, when one is later
    if old_year is not None and new_year is not None:
        new_later = new_year if new_year > old_year else None
        old_later = old_year if old_year > new_year else None
    gained = _select(_gained(new, old, limit, new_later), limit, new)
    lost = _select(_gained(old, new, limit, old_later), limit, old)
    return (
        tuple(TopicChange(term=s.label, old_count=s.old, new_count=s.new) for s in gained),
        tuple(TopicChange(term=s.label, old_count=s.new, new_count=s.old) for s in lost),
    )
