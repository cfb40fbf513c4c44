"""Coinages: the named terms new to one edition and rare in reports at large, said once
or more, which topics (counted n-grams) miss when they are said once. Read by
:func:`diffreport.analyze.analyze`, which merges them into the topics.
"""

from __future__ import annotations

from diffreport.analyze.highlights import Side, is_statement, sides
from diffreport.analyze.newterms import COINAGE_RARITY, fold, shape, shown_named, zh_rarity
from diffreport.lexicon import en, zh
from diffreport.model import Comparison, TopicChange

#: a quoted coinage (the report marks it as a term of its own) outranks a listed one
_QUOTED_COINAGE = 1.5


def coinages(
    comparison: Comparison, side: str, read: Side | None = None
) -> tuple[TopicChange, ...]:
    """Named terms new to one edition and rare in reports at large, said once or more.

    Quoted terms and short enumeration items (``“投资于人”``, ``具身智能、6G``) that the
    other edition never used and that are rare in the background: a report's coinages,
    which topics (counted n-grams) miss when they are said once. Chinese only; the
    review part (results of the past year) is left out. Most distinctive first.
    """
    read = read or sides(comparison)[side]
    doc, other = read.doc, read.other
    if doc.language != "zh":
        return () if is_statement(doc) else _en_coinages(side, read)
    parts, sections = read.parts, read.weights
    weights: dict[str, float] = {}
    for s in doc.sentences:
        if (
            s.heading
            or parts[s.index] in ("review", "notes")
            or not ("、" in s.text or "“" in s.text)
        ):
            continue  # a coinage is a listed item or a quoted term: no mark, no coinage
        text, factor = fold(s.text), sections.get(s.section, 1.0)
        for term in read.terms(s):
            if term.named and term.weight >= COINAGE_RARITY * shape(len(term.text)):
                named = shown_named(term.text, other, text)  # 稳定汽车等… names no 汽车
                if named:
                    weights[named] = max(weights.get(named, 0.0), term.weight * factor)
        for quoted in zh.QUOTED.findall(text):
            if quoted not in other.text and zh_rarity(quoted, read.year) >= COINAGE_RARITY:
                weight = shape(min(len(quoted), 6)) * _QUOTED_COINAGE * factor
                weights[quoted] = max(weights.get(quoted, 0.0), weight)
    whole = "\n".join(fold(s.text) for s in doc.sentences if parts[s.index] != "notes")
    counts = {word: whole.count(word) for word in weights}
    found = []
    for word in sorted(weights, key=lambda k: (-weights[k] * (1 + 0.3 * (counts[k] - 1)), k)):
        count = counts[word]
        found.append(TopicChange(word, 0, count) if side == "new" else TopicChange(word, count, 0))
    return tuple(found)


def _en_coinages(side: str, read: Side) -> tuple[TopicChange, ...]:
    """An English report's coinages: listed named items (after en.LIST_CUE: ``brain-computer
    interfaces``) holding a word the other edition never used. Best first."""
    weights: dict[str, float] = {}
    for s in read.doc.sentences:
        if (
            s.heading
            or read.parts[s.index] in ("review", "notes")
            or not en.LIST_CUE.search(s.text)
        ):
            continue
        for t in read.terms(s):
            if t.named and any(w.lower() not in read.other.grams for w in t.text.split()):
                weight = t.weight * read.weights.get(s.section, 1.0)
                weights[t.text] = max(weights.get(t.text, 0.0), weight)
    whole = "\n".join(s.text for s in read.doc.sentences if read.parts[s.index] != "notes")
    return tuple(
        TopicChange(w, 0, whole.count(w)) if side == "new" else TopicChange(w, whole.count(w), 0)
        for w in sorted(weights, key=lambda k: (-weights[k], k))
    )
