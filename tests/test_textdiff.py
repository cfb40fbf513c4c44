"""Sentence diffs keep a figure whole: one token with its unit and multiplier."""

from __future__ import annotations

import re

import pytest

from diffreport import compare
from diffreport.model import Comparison
from diffreport.textdiff import diff_spans
from tests.conftest import corpus

# a span edge inside a figure: a digit (or decimal point, fraction bar) before the edge and a
# digit, point, percent sign or multiplier after it
_FIGURE_LEFT = re.compile(r"[\d.．/]$")
_FIGURE_RIGHT = re.compile(r"^[\d.．/%％万亿千]")


def _edges_inside_figures(old: str, new: str, language: str) -> list[str]:
    spans = diff_spans(old, new, language)  # type: ignore[arg-type]
    bad: list[str] = []
    for side in ("old", "new"):
        text = ""
        for span in spans:
            piece = getattr(span, side)
            if not piece:
                continue
            if text and _FIGURE_LEFT.search(text) and _FIGURE_RIGHT.match(piece):
                bad.append(f"{text[-12:]}|{piece[:12]}")
            text += piece
    return bad


def test_chinese_figure_with_multiplier_and_unit_is_one_replace() -> None:
    spans = diff_spans("拟发行1800亿元特别国债", "拟发行1.6万亿元特别国债", "zh")
    assert [s for s in spans if s.op != "equal"] == [
        type(spans[0])("replace", "1800亿元", "1.6万亿元")
    ]


def _modified(c: Comparison) -> list[tuple[str, str]]:
    return [
        (c.old.sentences[p.old].text, c.new.sentences[p.new].text)
        for p in c.sentences
        if p.status == "modified" and p.old is not None and p.new is not None
    ]


@pytest.fixture(scope="module")
def state_council_modified() -> list[tuple[str, str]]:
    c = compare(corpus("cn-state-council/2024.txt"), corpus("cn-state-council/2025.txt"))
    return _modified(c)


def test_no_span_edge_inside_a_figure_state_council_2024_2025(
    state_council_modified: list[tuple[str, str]],
) -> None:
    assert len(state_council_modified) > 50
    bad = [e for old, new in state_council_modified for e in _edges_inside_figures(old, new, "zh")]
    assert bad == []


def test_fomc_fractions_stay_whole() -> None:
    c = compare(corpus("fomc-sentences/2022-01-26.txt"), corpus("fomc-sentences/2022-03-16.txt"))
    pairs = [(a, b) for a, b in _modified(c) if "0 to 1/4" in a and "1/4 to 1/2" in b]
    assert pairs
    old, new = pairs[0]
    changed = [s for s in diff_spans(old, new, "en") if s.op != "equal"]
    pieces = [s.old for s in changed] + [s.new for s in changed]
    assert any(p.startswith("1/4") for p in [s.old for s in changed])
    assert any(p.startswith("1/2") for p in [s.new for s in changed])
    for piece in pieces:
        assert not re.match(r"^/\d|^\d/$", piece.strip()), piece
    assert _edges_inside_figures(old, new, "en") == []


def test_english_money_is_one_token() -> None:
    spans = diff_spans("purchases of $40 billion a month", "purchases of $30 billion a month", "en")
    assert [(s.old, s.new) for s in spans if s.op != "equal"] == [("$40 billion", "$30 billion")]
