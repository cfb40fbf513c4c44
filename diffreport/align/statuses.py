"""Statuses: what became of each section and sentence, in the order of the new edition."""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter

from diffreport.align.keys import heading_key
from diffreport.align.sections import SectionPairs
from diffreport.align.state import Alignment, longest_increasing_run
from diffreport.model import Document, SectionPair, SentencePair


def _moved_sections(
    doc_old: Document,
    doc_new: Document,
    pairs: SectionPairs,
    secondary: dict[tuple[int, int], str],
    bar: float,
) -> set[tuple[int, int]]:
    """Primary section pairs out of order among their siblings, or moved under another
    parent whose pair is sure (scores at least ``bar``, ``section_parent_bar``)."""
    primary = [(a, b) for a, b, _ in pairs if (a, b) not in secondary]
    pair_of_new = {b: a for a, b in primary}
    sure = {b for a, b, score in pairs if (a, b) not in secondary and score >= bar}
    groups: dict[tuple[int | None, int | None], list[tuple[int, int]]] = defaultdict(list)
    moved: set[tuple[int, int]] = set()
    for a, b in primary:
        pa = doc_old.sections[a].parent
        pb = doc_new.sections[b].parent
        # siblings: their parents are paired with each other (or both top level)
        if pb is None or pair_of_new.get(pb) == pa:
            groups[(pa, pb)].append((a, b))
        elif pa is not None and pb in sure:
            moved.add((a, b))  # into another chapter
        else:
            groups[(None, -1 - b)].append((a, b))
    for members in groups.values():
        members.sort(key=lambda x: (x[1], x[0]))
        keep = longest_increasing_run([a for a, _ in members])
        moved.update(m for k, m in enumerate(members) if k not in keep)
    return moved


def section_result(al: Alignment, pairs: SectionPairs) -> tuple[SectionPair, ...]:
    """Every section of both editions once: paired (matched, renamed, moved), added or removed."""
    old, new = al.old, al.new
    moved = _moved_sections(old, new, pairs, al.secondary, al.options.section_parent_bar)
    out: list[tuple[tuple[float, int, int], SectionPair]] = []
    paired_old = {a for a, _, _ in pairs}
    paired_new = {b for _, b, _ in pairs}
    new_of_old: dict[int, int] = {}
    for a, b, score in pairs:
        new_of_old.setdefault(a, b)
        new_key = heading_key(new.sections[b].heading)
        same = new_key in (
            heading_key(old.sections[a].heading, al.delta),
            heading_key(old.sections[a].heading),
        )
        status = "moved" if (a, b) in moved else ("matched" if same else "renamed")
        relation = al.secondary.get((a, b), "pair")
        pair = SectionPair(status, a, b, round(score, 4), relation)  # type: ignore[arg-type]
        out.append(((b, 0, a), pair))
    for b in range(len(new.sections)):
        if b not in paired_new:
            out.append(((b, 0, -1), SectionPair("added", None, b, 0.0)))
    last_new = -1.0
    for a in range(len(old.sections)):
        if a in new_of_old:
            last_new = new_of_old[a]
        elif a not in paired_old:
            out.append(((last_new + 0.5, 1, a), SectionPair("removed", a, None, 0.0)))
    out.sort(key=itemgetter(0))
    return tuple(p for _, p in out)


def sentence_result(al: Alignment, section_pairs: SectionPairs) -> tuple[SentencePair, ...]:
    """Every sentence of both editions once: paired (unchanged, modified, moved), added, removed."""
    old, new = al.old, al.new
    # a sentence that went into a split-off part (or came from a merged-away one) moved
    paired_sections = {(a, b) for a, b, _ in section_pairs if (a, b) not in al.secondary}
    groups: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    moved: set[int] = set()
    for i, j in al.old_to_new.items():
        key = (old.sentences[i].section, new.sentences[j].section)
        if key in paired_sections:
            groups[key].append((i, j))
        else:
            moved.add(i)
    for members in groups.values():
        members.sort(key=lambda x: x[1])
        keep = longest_increasing_run([i for i, _ in members])
        moved.update(m[0] for k, m in enumerate(members) if k not in keep)
    out: list[tuple[tuple[float, int, int], SentencePair]] = []
    for j in range(len(new.sentences)):
        partner = al.new_to_old.get(j)
        if partner is None:
            out.append(((j, 0, -1), SentencePair("added", None, j, 0.0)))
            continue
        i = partner
        same = old.sentences[i].key == new.sentences[j].key
        status = "moved" if i in moved else ("unchanged" if same else "modified")
        sim = 1.0 if same else round(min(al.score[i], 0.9999), 4)
        out.append(((j, 0, i), SentencePair(status, i, j, sim)))  # type: ignore[arg-type]
    last_new = -1.0
    for i in range(len(old.sentences)):
        if i in al.old_to_new:
            if i not in moved:
                last_new = al.old_to_new[i]
        else:
            out.append(((last_new + 0.5, 1, i), SentencePair("removed", i, None, 0.0)))
    out.sort(key=itemgetter(0))
    return tuple(p for _, p in out)
