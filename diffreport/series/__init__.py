"""N editions of a report aligned together: section chains, target paths, topics, follow-through.

A series is built from the consecutive pairwise comparisons (``diffreport.compare``
on already loaded documents, so each file is read once) and four views over them,
each in its module:

* ``chains``: each section followed across the editions, present, renamed or absent;
* ``paths``: each metric's quantity in every edition, one unit and one form per path
  (``forms``: level, growth rate, change over last year, share);
* ``timelines``: the terms that came or went, counted in every edition;
* ``followthrough``: a target against the outcome the report of its year gives, never
  a figure for several years (``periods``: 过去五年, 五年来, a plan period's review).

``diffreport.compare_series`` loads the editions, compares consecutive pairs and
calls ``build_series``.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from diffreport.align import document_year
from diffreport.lexicon.common import YEAR
from diffreport.model import Comparison, Document, Series
from diffreport.series.chains import section_chains
from diffreport.series.followthrough import followthrough
from diffreport.series.paths import number_paths
from diffreport.series.stances import stance_paths
from diffreport.series.timelines import topic_timeline

__all__ = ["build_series", "series_labels"]


def series_labels(paths: Sequence[str | os.PathLike[str]]) -> list[str]:
    """Labels for files of one series: the year in each file name when the years are distinct.

    Otherwise the file stems (``2008-01-22``), and where stems repeat, the parent
    folder too (``henan/2025``); a label is never given twice.
    """
    names = [Path(p) for p in paths]
    years = [YEAR.findall(p.stem) for p in names]
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


def build_series(documents: Sequence[Document], comparisons: Sequence[Comparison]) -> Series:
    """The series views (chains, paths, timeline, follow-through) of compared editions."""
    docs = tuple(documents)
    comps = tuple(comparisons)
    years = tuple(document_year(d) for d in docs)
    paths = number_paths(docs, comps)
    return Series(
        documents=docs,
        comparisons=comps,
        sections=tuple(section_chains(docs, comps, years)),
        numbers=tuple(paths),
        topics=tuple(topic_timeline(docs, comps)),
        followthrough=tuple(followthrough(docs, paths, years)),
        years=years,
        stances=stance_paths(docs),
    )
