"""Held-out-style section edits of the State Council's English reports: renamed, moved, cut.

The held-out checks edit real English text systematically: a section heading
reworded, a section moved to another place among its siblings, sentences
removed. This generator does the same to the 2024 and 2025 English reports
(one paragraph a line) with a seed, and records the truth independently of
diffreport: a section is a paragraph led by a number (``3. ``, ``III. ``) and
the unnumbered paragraphs after it; a sentence is what ``tests.edits`` splits.

The bar (issue #19): every renamed and every moved section pairs with its
original (100% over 20 seeds a year), and at least 95% of the removed
sentences are reported removed.

A heading is reworded within its first three words (a filler adverb put in,
one word dropped), which stay inside the title of every section of these
reports, run-in task titles (``1. Expanding domestic demand … We will …``)
included.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache

import pytest

import diffreport
from diffreport.model import Comparison
from diffreport.normalize import fold

from .conftest import corpus
from .edits import _split

_NUMBERED = re.compile(r"\A(?:\d{1,2}|[IVX]{1,4})\. ")
_LEVEL_ONE = re.compile(r"\A[IVX]{1,4}\. ")
_FILLERS = ["further", "steadily", "fully", "firmly", "actively"]
SEEDS = range(20)
#: how many characters of a heading paragraph's start identify its section
_PREFIX = 40


@dataclass
class SectionEdits:
    """Old and edited text, and what the edits did."""

    old_text: str
    new_text: str
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (old, new) heading starts
    moved: list[tuple[str, str]] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def _blocks(paragraphs: list[str]) -> list[list[str]]:
    """Paragraphs grouped into sections: a numbered paragraph and the unnumbered ones after it."""
    blocks: list[list[str]] = [[]]
    for p in paragraphs:
        if _NUMBERED.match(p):
            blocks.append([])
        blocks[-1].append(p)
    return blocks


def _reword_heading(paragraph: str, rng: random.Random) -> str:
    """``paragraph`` with its title's first words reworded: a filler put in, a word dropped."""
    marker = _NUMBERED.match(paragraph)
    assert marker
    words = paragraph[marker.end() :].split(" ")
    head, rest = words[:3], words[3:]
    at = rng.randrange(1, 3)
    head.insert(at, rng.choice(_FILLERS))
    droppable = [
        i for i in range(2, len(head)) if i != at and not any(c.isdigit() for c in head[i])
    ]
    del head[rng.choice(droppable)]
    return marker.group() + " ".join(head + rest)


def _sentences(paragraph: str) -> list[str]:
    """``tests.edits``' sentences of a paragraph, its number kept with its first sentence."""
    parts = _split(paragraph, "en")
    if len(parts) >= 2 and _NUMBERED.match(parts[0] + " ") and len(parts[0]) <= 5:
        parts[:2] = [f"{parts[0]} {parts[1]}"]
    return parts


def make_section_edits(
    text: str, seed: int, *, n_rename: int = 3, n_move: int = 2, n_delete: int = 8
) -> SectionEdits:
    """``n_rename`` headings reworded, ``n_move`` subsections moved (the first among its
    siblings, the others anywhere among the numbered subsections, another chapter
    included) and ``n_delete`` sentences cut, by ``seed``."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    blocks = _blocks(paragraphs)
    edits = SectionEdits(old_text="\n\n".join(paragraphs), new_text="")
    # rename: any numbered heading, chapters (I., II.) included
    before: dict[str, str] = {}  # the new start of a renamed heading -> its old start
    for k in rng.sample(range(1, len(blocks)), n_rename):
        renamed = _reword_heading(blocks[k][0], rng)
        edits.renamed.append((blocks[k][0][:_PREFIX], renamed[:_PREFIX]))
        before[renamed[:_PREFIX]] = blocks[k][0][:_PREFIX]
        blocks[k][0] = renamed
    # move: a numbered subsection to another place
    for n in range(n_move):
        runs: list[list[int]] = []
        for i in range(1, len(blocks)):
            if _LEVEL_ONE.match(blocks[i][0]):
                runs.append([])
            elif runs:
                runs[-1].append(i)
        run = rng.choice([r for r in runs if len(r) >= 4])
        src = rng.choice(run)
        places = run if n == 0 else [i for r in runs for i in r]
        dst = rng.choice([i for i in places if abs(i - src) >= 2])
        moving = blocks.pop(src)
        blocks.insert(dst if dst < src else dst - 1, moving)
        new_start = moving[0][:_PREFIX]
        edits.moved.append((before.get(new_start, new_start), new_start))
    # delete: body sentences (never a section's first sentence, which holds its heading)
    rows = [[_sentences(p) for p in block] for block in blocks]
    for _ in range(n_delete):
        spots = [
            (b, p, s)
            for b, block in enumerate(rows)
            for p, sentences in enumerate(block)
            for s in range(len(sentences))
            if (p > 0 or s > 0) and len(sentences) > 1 and len(sentences[s]) > 30
        ]
        b, p, s = rng.choice(spots)
        edits.deleted.append(rows[b][p].pop(s))
    edits.new_text = "\n\n".join(" ".join(sents) for block in rows for sents in block) + "\n"
    return edits


def _section_by_start(doc: diffreport.Document, start: str) -> int:
    found = [
        s.index
        for s in doc.sections
        if s.heading and (s.heading.startswith(start) or start.startswith(s.heading))
    ]
    assert len(found) == 1, (start, found)
    return found[0]


@dataclass
class Tally:
    renamed: int = 0
    renamed_total: int = 0
    moved: int = 0
    moved_total: int = 0
    moved_status: int = 0
    deleted: int = 0
    deleted_total: int = 0
    misses: list[str] = field(default_factory=list)


def _reported_moved(result: Comparison, a: int, b: int) -> bool:
    """Whether the move of old section ``a`` (new ``b``) shows: the pair is ``moved``, or,
    when it stayed among its siblings, one of them is (of several sections out of
    order, which moved is a matter of reading)."""
    old, new = result.old, result.new
    status = {(p.old, p.new): p.status for p in result.sections}
    if status[(a, b)] == "moved":
        return True
    parent = old.sections[a].parent
    partner = next((p.new for p in result.sections if p.old == parent), None)
    if partner is None or new.sections[b].parent != partner:
        return False
    return any(
        p.status == "moved" and p.old is not None and old.sections[p.old].parent == parent
        for p in result.sections
    )


def _score(result: Comparison, edits: SectionEdits, tally: Tally, seed: int) -> None:
    old, new = result.old, result.new
    paired = {(p.old, p.new): p.status for p in result.sections}
    for kind, pairs in (("renamed", edits.renamed), ("moved", edits.moved)):
        for old_start, new_start in pairs:
            a = _section_by_start(old, old_start)
            b = _section_by_start(new, new_start)
            ok = (a, b) in paired
            setattr(tally, f"{kind}_total", getattr(tally, f"{kind}_total") + 1)
            if ok:
                setattr(tally, kind, getattr(tally, kind) + 1)
                if kind == "moved" and _reported_moved(result, a, b):
                    tally.moved_status += 1
            else:
                partner = [p for p in result.sections if p.old == a]
                tally.misses.append(f"seed {seed} {kind}: {old_start!r} -> {partner}")
    removed = {old.sentences[p.old].key for p in result.sentences if p.status == "removed"}
    for text in edits.deleted:
        tally.deleted_total += 1
        if fold(text, "en") in removed:
            tally.deleted += 1
        else:
            tally.misses.append(f"seed {seed} deleted: {text[:70]!r}")


@cache
def tally_edits(year: int) -> Tally:
    text = corpus(f"cn-state-council-zh-en/{year}.en.txt").read_text(encoding="utf-8")
    tally = Tally()
    for seed in SEEDS:
        edits = make_section_edits(text, seed)
        result = diffreport.compare(edits.old_text, edits.new_text)
        _score(result, edits, tally, seed)
    return tally


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2024, 2025])
def test_every_renamed_and_moved_section_pairs_with_its_original(year: int) -> None:
    tally = tally_edits(year)
    assert tally.renamed_total == 3 * len(SEEDS)
    assert tally.moved_total == 2 * len(SEEDS)
    misses = [m for m in tally.misses if "deleted" not in m]
    assert tally.renamed == tally.renamed_total, misses
    assert tally.moved == tally.moved_total, misses


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2024, 2025])
def test_moved_sections_are_reported_moved(year: int) -> None:
    tally = tally_edits(year)
    assert tally.moved_status == tally.moved_total, tally.misses


@pytest.mark.corpus
@pytest.mark.parametrize("year", [2024, 2025])
def test_removed_sentences_are_found(year: int) -> None:
    tally = tally_edits(year)
    assert tally.deleted_total == 8 * len(SEEDS)
    misses = [m for m in tally.misses if "deleted" in m]
    assert tally.deleted >= 0.95 * tally.deleted_total, misses


def test_the_generator_edits_what_it_says() -> None:
    text = corpus("cn-state-council-zh-en/2025.en.txt").read_text(encoding="utf-8")
    edits = make_section_edits(text, 3)
    assert edits.old_text != edits.new_text
    (old_start, new_start), (moved_old, moved_new) = edits.renamed[0], edits.moved[0]
    assert old_start != new_start and new_start in edits.new_text
    assert old_start in edits.old_text and old_start not in edits.new_text
    assert edits.old_text.index(moved_old) != edits.new_text.index(moved_new)
    for sentence in edits.deleted:
        assert sentence in edits.old_text and sentence not in edits.new_text
