"""Alignment at pathological sizes: many repeats of one sentence, many one-character sentences.

Issue 20, items 2 and 3. The timed sizes (80,000 repeats, 200,000 one-character
sentences) are judged by ``bench/run.py``; here smaller sizes check the result
and bound the work: no LCS table larger than ``GAP_CELLS`` is ever asked for.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from rapidfuzz.distance import Indel

import diffreport
from diffreport.align import align, anchors
from diffreport.model import SentencePair

# one-character sentences' characters: 300 Han characters, none of them 坏
_CHARS = [chr(0x4E00 + 37 * k) for k in range(300)]
assert "坏" not in _CHARS


@pytest.fixture
def table_sizes(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The size (cells) of every LCS table the aligner asks rapidfuzz for."""
    sizes: list[int] = []
    original = Indel.opcodes

    def counted(a: Sequence[str], b: Sequence[str], **kw: Any) -> Any:
        sizes.append(len(a) * len(b))
        return original(a, b, **kw)

    monkeypatch.setattr(Indel, "opcodes", counted)
    yield sizes


@pytest.fixture
def large_gaps(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[int, int]]]:
    """The sizes of the gaps handed to the method for gaps too large for one table."""
    sizes: list[tuple[int, int]] = []
    original = anchors._large_gap_pairs

    def counted(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
        sizes.append((len(a), len(b)))
        return original(a, b)

    monkeypatch.setattr(anchors, "_large_gap_pairs", counted)
    yield sizes


def _aligned(old: list[str], new: list[str]) -> tuple[SentencePair, ...]:
    a = diffreport.from_text("".join(s + "\n" for s in old), label="old")
    b = diffreport.from_text("".join(s + "\n" for s in new), label="new")
    assert [s.text for s in a.sentences] == old
    assert [s.text for s in b.sentences] == new
    _, pairs = align(a, b)
    # every sentence exactly once
    assert sorted(p.old for p in pairs if p.old is not None) == list(range(len(old)))
    assert sorted(p.new for p in pairs if p.new is not None) == list(range(len(new)))
    return pairs


def test_one_sentence_repeated_with_one_inserted(table_sizes: list[int]) -> None:
    n = 6000
    old = ["好。"] * n
    new = ["好。"] * (n // 3) + ["坏。"] + ["好。"] * (n - n // 3)
    pairs = _aligned(old, new)
    assert Counter(p.status for p in pairs) == {"unchanged": n, "added": 1}
    (added,) = [p for p in pairs if p.status == "added"]
    assert added.new == n // 3
    # in order: the k-th 好 before the insertion with the k-th, after it one later
    assert all(p.new == p.old + (p.old >= n // 3) for p in pairs if p.old is not None)
    assert max(table_sizes, default=0) <= anchors.GAP_CELLS


def _edited(seq: list[str], rng: random.Random, edits: int) -> tuple[list[str], set[int]]:
    """``seq`` with ``edits`` deletions and as many 坏 inserted; the inserted ones' positions."""
    new = list(seq)
    for _ in range(edits):
        del new[rng.randrange(len(new))]
    marks = [None] * len(new)
    for _ in range(edits):
        p = rng.randrange(len(new) + 1)
        new.insert(p, "坏。")
        marks.insert(p, True)  # type: ignore[arg-type]
    return new, {k for k, m in enumerate(marks) if m}


@pytest.mark.parametrize("alphabet", [300, 1])
def test_many_one_character_sentences(
    alphabet: int, table_sizes: list[int], large_gaps: list[tuple[int, int]]
) -> None:
    rng = random.Random(20)
    n, edits = 20_000, 20
    old = [rng.choice(_CHARS[:alphabet]) + "。" for _ in range(n)]
    new, inserted = _edited(old, rng, edits)
    pairs = _aligned(old, new)
    counts = Counter(p.status for p in pairs)
    assert counts == {"unchanged": n - edits, "added": edits, "removed": edits}
    assert {p.new for p in pairs if p.status == "added"} == inserted
    removed = Counter(old[p.old] for p in pairs if p.status == "removed" and p.old is not None)
    assert removed == Counter(old) - Counter(new)
    # the 20,000 x 20,000 gap was never one table: it was split at its common ends and unique runs
    assert large_gaps == [(n, n - edits)]  # the inserted 坏 are no repeats
    assert max(table_sizes, default=0) <= anchors.GAP_CELLS


def test_large_gap_pairs_keep_an_lcs_of_an_edited_sequence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With a tiny table allowed, the split gap keeps as many pairs as the full LCS."""
    rng = random.Random(3)
    a = [rng.choice("abcdefghij") for _ in range(3000)]
    b = list(a)
    for _ in range(30):
        p = rng.randrange(len(b))
        b[p : p + 1] = [] if rng.random() < 0.5 else [b[p], "z"]
    lcs = (len(a) + len(b) - Indel.distance(a, b)) // 2
    monkeypatch.setattr(anchors, "GAP_CELLS", 400)
    pairs = anchors._large_gap_pairs(a, b)
    assert all(a[x] == b[y] for x, y in pairs)
    assert all(x0 < x1 and y0 < y1 for (x0, y0), (x1, y1) in zip(pairs, pairs[1:], strict=False))
    assert len(pairs) == lcs


def test_large_gap_without_anchors_is_cut_into_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two unrelated sequences: no unique runs, so blocks along the diagonal, each bounded."""
    rng = random.Random(5)
    a = [rng.choice("ab") for _ in range(2000)]
    b = [rng.choice("ab") for _ in range(1500)]
    sizes: list[int] = []
    original = anchors._indel_pairs

    def counted(x: Sequence[str], y: Sequence[str]) -> list[tuple[int, int]]:
        sizes.append(len(x) * len(y))
        return original(x, y)

    monkeypatch.setattr(anchors, "GAP_CELLS", 10_000)
    monkeypatch.setattr(anchors, "_indel_pairs", counted)
    pairs = anchors._large_gap_pairs(a, b)
    assert all(a[x] == b[y] for x, y in pairs)
    assert all(x0 < x1 and y0 < y1 for (x0, y0), (x1, y1) in zip(pairs, pairs[1:], strict=False))
    assert sizes and max(sizes) <= 10_000
    assert len(pairs) > 0.8 * min(len(a), len(b))


def test_many_alike_headings_are_paired_through_few_candidates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """3,000 sub-headings alike but for a number, shuffled: each pairs with its own, and
    no heading is scored against all others (all pairs of 4,000 took 6 GB)."""
    from diffreport.align import sections

    n = 3000
    blocks = [
        f"（{'一二三四五六七八九十'[i % 10]}）第{i}部分的工作\n推进第{i}项改革。\n"
        for i in range(n)
    ]
    shuffled = list(blocks)
    random.Random(8).shuffle(shuffled)
    scored: list[int] = []
    original = sections.SectionPairer._heading_scores

    def counted(self: sections.SectionPairer) -> dict[tuple[int, int], float]:
        heads = original(self)
        scored.append(len(heads))
        return heads

    monkeypatch.setattr(sections.SectionPairer, "_heading_scores", counted)
    a = diffreport.from_text("".join(blocks), label="old")
    b = diffreport.from_text("".join(shuffled), label="new")
    c = diffreport.compare(a, b)
    assert max(scored) <= sections._HEADING_CANDIDATES * n
    paired = [p for p in c.sections if p.old is not None and p.new is not None]
    assert len(paired) == n + 1  # and the preamble
    assert all(
        a.section_title(p.old) == b.section_title(p.new) for p in paired if p.old is not None
    )
