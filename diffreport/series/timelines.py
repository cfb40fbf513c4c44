"""Topic timeline: the terms that came or went, counted in every edition of a series.

The terms the consecutive comparisons report as new or
dropped, counted in every edition (occurrences in the text, as a reader's search
finds them; English on whole words, case folded), with the first and last edition
they occur in. A term contained in another listed term with the same count in
every edition is left out (the longer term explains it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from diffreport.model import Comparison, Document, TopicTimeline


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


def topic_timeline(docs: Sequence[Document], comps: Sequence[Comparison]) -> list[TopicTimeline]:
    """The new and dropped terms of the consecutive comparisons, counted in every edition."""
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
