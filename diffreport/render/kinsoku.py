"""Chinese line breaking for the terminal (kinsoku): where a cell's text may wrap.

rich wraps Han text at any cell, so a line may begin with ``，`` or ``。`` and a
figure may break as ``增加500⏎0亿元``. ``Kinsoku`` wraps such text itself: the
text is cut into units that may not be split (a figure with its unit, a run of
Latin letters, a character with the closing punctuation after it and the opening
punctuation before it, the ``[-``/``{+`` change markers), and units fill lines
greedily by display cells. A unit wider than the line is folded by cells.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.measure import Measurement
from rich.text import Text

from diffreport.lexicon import zh
from diffreport.textdiff import EN_FIGURE, ZH_FIGURE

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult

#: one unit before punctuation binds to it: a change marker, an English figure with its
#: unit word ("$20 billion", "1/2 percent", never cut at its space), a figure, a Latin
#: word or number, a run of spaces, one character
_ATOM = re.compile(
    rf"\[-|\{{\+|-\]|\+\}}|(?:{EN_FIGURE.pattern})(?<=[A-Za-z])|{ZH_FIGURE.pattern}"
    r"|[A-Za-z0-9_.'’-]+|\s+|.",
    re.DOTALL,
)
#: opening punctuation and change openers: bound to what follows
_OPENING = frozenset("（(「『《〈【〔“‘") | {"[-", "{+"}
#: closing punctuation and change closers: bound to what comes before
_CLOSING = zh.LINE_START_FORBIDDEN | {"-]", "+}"}
_HAN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


def has_han(text: str) -> bool:
    """Whether ``text`` holds a Han character or full-width form (kinsoku applies)."""
    return _HAN.search(text) is not None


def units(line: str) -> list[str]:
    """``line`` cut into the pieces a line break may fall between."""
    out: list[str] = []
    bind_next = False
    for atom in _ATOM.findall(line):
        if len(out) > 1 and out[-1].isspace() and atom in _CLOSING and not bind_next:
            # "[-will increase -]": a closer after a space stays with the word before it
            space = out.pop()
            out[-1] += space + atom
        elif out and not atom.isspace() and (bind_next or atom in _CLOSING):
            out[-1] += atom
        else:
            out.append(atom)
        bind_next = atom in _OPENING
    return out


def break_points(plain: str, width: int) -> list[int]:
    """Offsets in ``plain`` where a new line starts, for lines of at most ``width`` cells."""
    breaks: list[int] = []
    pos = 0
    for line in plain.split("\n"):
        used = 0
        for unit in units(line):
            size = cell_len(unit)
            if used and used + size > width and not unit.isspace():
                breaks.append(pos)
                used = 0
            if size > width:  # fold a unit wider than the line by cells
                for k, ch in enumerate(unit):
                    w = cell_len(ch)
                    if used and used + w > width:
                        breaks.append(pos + k)
                        used = 0
                    used += w
            else:
                used += size
            pos += len(unit)
        pos += 1
    return breaks


class Kinsoku:
    """A ``Text`` that wraps by the Chinese line-breaking rules at the width it is given."""

    def __init__(self, text: Text, max_lines: int | None = None) -> None:
        self.text = text
        self.max_lines = max_lines

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.text)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = max(options.max_width, 2)
        cuts = break_points(self.text.plain, width)
        lines: list[Text] = []
        start = 0
        for part in self.text.split("\n", allow_blank=True):
            end = start + len(part.plain)
            pieces = part.divide([b - start for b in cuts if start < b < end])
            for piece in pieces[:-1]:
                piece.rstrip()
            lines.extend(pieces)
            start = end + 1
        if self.max_lines is not None and len(lines) > self.max_lines:
            lines = lines[: self.max_lines]
            lines[-1].truncate(width - 1)
            lines[-1].append("…")
        yield Text("\n").join(lines)


def wrapped(text: Text | str, max_lines: int | None = None) -> Text | str | Kinsoku:
    """``text`` as a cell wraps it: by the Chinese rules when it holds Han text.

    ``max_lines`` cuts Han text wrapped to more lines, ending the last with ``…``.
    """
    if isinstance(text, Text) and has_han(text.plain):
        return Kinsoku(text, max_lines)
    return text
