"""The terminal view: Chinese line breaking, figures kept whole, removed Han text readable."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from diffreport.cli import main
from diffreport.render.kinsoku import break_points

from .conftest import corpus

_CLOSING = set("、，。；：）」』》”’！？")
_FIGURE_END = re.compile(r"[\d.．]$")
_FIGURE_START = re.compile(r"^[\d.．%％万亿千]")


def _cells(line: str, start: int, end: int) -> str:
    """The characters of ``line`` whose display cells lie in [start, end)."""
    out, pos = [], 0
    for ch in line:
        if start <= pos < end:
            out.append(ch)
        pos += cell_len(ch)
    return "".join(out)


@pytest.fixture(scope="module")
def state_council_100() -> list[str]:
    env = {"NO_COLOR": "1", "FORCE_COLOR": None, "COLUMNS": None}
    args = [
        "compare",
        str(corpus("cn-state-council/2024.txt")),
        str(corpus("cn-state-council/2025.txt")),
        "--width",
        "100",
    ]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout.splitlines()


def _columns(lines: list[str]) -> list[list[str]]:
    """The side-by-side view cut into its old and new columns, line by line."""
    label = next(k for k, line in enumerate(lines) if "(new)" in line)
    head = lines[label]
    middle = cell_len(head[: head.index("2025  (new)")]) - 1
    # a section's rule line ("old title  →  new title ───") is no column text
    body = ["" if "─" in line else line for line in lines[label + 1 :]]
    return [
        [_cells(line, 0, middle).strip() for line in body],
        [_cells(line, middle, 200).strip() for line in body],
    ]


def test_no_line_starts_with_closing_punctuation(state_council_100: list[str]) -> None:
    starts = [
        text
        for column in _columns(state_council_100)
        for text in column
        if text and text[0] in _CLOSING
    ]
    assert len(state_council_100) > 1000
    assert starts == []
    assert not [line for line in state_council_100 if line.strip()[:1] in _CLOSING]


def test_no_figure_split_across_lines(state_council_100: list[str]) -> None:
    split = [
        f"{before[-10:]}⏎{after[:10]}"
        for column in _columns(state_council_100)
        for before, after in zip(column, column[1:], strict=False)
        if _FIGURE_END.search(before) and _FIGURE_START.match(after)
    ]
    assert split == []


def test_lines_keep_the_width(state_council_100: list[str]) -> None:
    assert max(cell_len(line) for line in state_council_100) == 100


def test_break_points_keep_figure_and_punctuation() -> None:
    text = "比上年增加5000亿元，增长10.4%。"
    for width in range(10, 30):
        for cut in break_points(text, width):
            assert text[cut] not in _CLOSING
            assert not (text[cut - 1].isdigit() and _FIGURE_START.match(text[cut:]))


_SGR = re.compile(r"\x1b\[([\d;]*)m([^\x1b]*)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BACKGROUND = re.compile(r"(?:^|;)(?:4[0-8]|10[0-7])(?:;|$)")


def _struck(out: str) -> list[str]:
    """Text printed while a strike-through (SGR 9) is on."""
    return [text for params, text in _SGR.findall(out) if "9" in params.split(";") and text]


def _coloured(old: str, new: str, *extra: str) -> str:
    env = {"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None}
    args = ["compare", str(corpus(old)), str(corpus(new)), "--color", "always", *extra]
    result = CliRunner().invoke(main, args, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_removed_han_text_is_not_struck_through() -> None:
    out = _coloured("cn-state-council/2024.txt", "cn-state-council/2025.txt", "--width", "100")
    assert "\x1b[" in out
    assert [t for t in _struck(out) if _HAN.search(t)] == []
    # the removed words inside a sentence still stand out: red on a dark ground
    grounds = [
        text
        for params, text in _SGR.findall(out)
        if "31" in params.split(";") and _BACKGROUND.search(params) and _HAN.search(text)
    ]
    assert len(grounds) > 20


def test_removed_english_words_are_still_struck_through() -> None:
    out = _coloured("fomc-sentences/2022-01-26.txt", "fomc-sentences/2022-03-16.txt")
    assert any("1/4" in t or re.search(r"[a-z]", t) for t in _struck(out))


def test_no_colour_keeps_plain_markers(state_council_100: list[str]) -> None:
    text = "\n".join(state_council_100)
    assert "\x1b[" not in text
    assert "[-" in text and "{+" in text
