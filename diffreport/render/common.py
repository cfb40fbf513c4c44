"""Helpers every renderer shares: how sentence pairs are placed under section pairs."""

from __future__ import annotations

from collections import defaultdict

from ..model import Comparison, SentencePair


def group_pairs(c: Comparison) -> list[tuple[int, list[SentencePair]]]:
    """Sentence pairs grouped under the section pair they are shown in.

    A pair goes to the section pair of its two sections; failing that (a
    sentence moved between sections), to the section pair of its new side, or
    of its old side when it was removed. Key ``-1`` collects pairs whose
    section is in no section pair. Groups come in the order of
    ``c.sections``; pairs keep the order of ``c.sentences``.
    """
    of_pair: dict[tuple[int | None, int | None], int] = {}
    of_new: dict[int, int] = {}
    of_old: dict[int, int] = {}
    for k, sp in enumerate(c.sections):
        of_pair[(sp.old, sp.new)] = k
        if sp.new is not None:
            of_new.setdefault(sp.new, k)
        if sp.old is not None:
            of_old.setdefault(sp.old, k)
    groups: dict[int, list[SentencePair]] = defaultdict(list)
    for p in c.sentences:
        so = c.old.sentences[p.old].section if p.old is not None else None
        sn = c.new.sentences[p.new].section if p.new is not None else None
        found = of_pair.get((so, sn))
        if found is not None:
            k = found
        elif sn is not None:
            k = of_new.get(sn, -1)
        else:
            k = of_old.get(so, -1) if so is not None else -1
        groups[k].append(p)
    return [(k, groups[k]) for k in sorted(groups)]


def section_of_old(c: Comparison) -> dict[int, int]:
    """Old section index -> the first section pair that shows it."""
    out: dict[int, int] = {}
    for k, sp in enumerate(c.sections):
        if sp.old is not None:
            out.setdefault(sp.old, k)
    return out
