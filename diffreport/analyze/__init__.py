"""What changed that matters: numeric targets, new and dropped commitments, new and dropped topics.

Reads an aligned ``Comparison`` (without changes) and returns ``Changes``. Each kind
of change has its module: :mod:`~diffreport.analyze.numbers` (figures paired across
editions), :mod:`~diffreport.analyze.commitments` (sentences that commit to action)
and :mod:`~diffreport.analyze.topics`; :mod:`~diffreport.analyze.parts` says which
sections plan and which review, for the first two. :mod:`~diffreport.analyze.highlights`
ranks what a reader needs first, with :mod:`~diffreport.analyze.stances`,
:mod:`~diffreport.analyze.priorities` and :mod:`~diffreport.analyze.cues`.
"""

from __future__ import annotations

from diffreport.analyze.coinages import coinages
from diffreport.analyze.commitments import commitments
from diffreport.analyze.highlights import highlights, sides
from diffreport.analyze.numbers import compare_quantities
from diffreport.analyze.topics import topic_changes
from diffreport.model import Changes, Comparison, TopicChange
from diffreport.options import CompareOptions


def analyze(comparison: Comparison, options: CompareOptions) -> Changes:
    """Numbers, commitments, topics and highlights of an aligned comparison."""
    numbers = compare_quantities(comparison.old, comparison.new, comparison.sentences, options)
    new_c, dropped_c = commitments(comparison)
    new_t, dropped_t = topic_changes(comparison.old, comparison.new, limit=options.topics)
    read = sides(comparison)
    new_t = with_coinages(new_t, coinages(comparison, "new", read["new"]), options.topics)
    dropped_t = with_coinages(dropped_t, coinages(comparison, "old", read["old"]), options.topics)
    return Changes(
        numbers=numbers,
        new_commitments=new_c,
        dropped_commitments=dropped_c,
        new_topics=new_t,
        dropped_topics=dropped_t,
        highlights=highlights(comparison, new_c, dropped_c, options, numbers, read),
    )


def with_coinages(
    topics: tuple[TopicChange, ...], coined: tuple[TopicChange, ...], limit: int
) -> tuple[TopicChange, ...]:
    """Topics with a report's coinages said too rarely to count among them, one in three.

    A coinage that holds a topic, or is held by one, is left out: the topic says it.
    """
    fresh = [c for c in coined if not any(c.term in t.term or t.term in c.term for t in topics)][
        : limit // 3
    ]
    kept = list(topics[: limit - len(fresh)])
    merged: list[TopicChange] = []
    while kept or fresh:
        merged.extend(kept[:2])
        del kept[:2]
        if fresh:
            merged.append(fresh.pop(0))
    return tuple(merged)
