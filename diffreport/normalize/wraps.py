"""Hard wraps: the width a document or one of its paragraphs was wrapped at, and whether a
line ended because the next word would not fit. Read by :func:`diffreport.normalize.clean`
to tell a wrapped line's end from a paragraph's.
"""

from __future__ import annotations

import re

from diffreport.model import Language
from diffreport.normalize.headings import heading_level

_CLOSERS = "\"'”’）)」』》〉】]*"
#: a line that ends a clause or a sentence (closing quotes and brackets after the mark)
ENDS_CLAUSE = re.compile(rf"[。！？!?.．…；;：:][{re.escape(_CLOSERS)}]*\Z")


def display_width(text: str) -> int:
    """Approximate terminal width: CJK (3 UTF-8 bytes) counts 2, ASCII 1; C speed."""
    return (len(text.encode("utf-8", "surrogatepass")) + len(text)) // 2


def wrap_widths(blocks: list[list[tuple[int, str]]]) -> tuple[int, int] | None:
    """``(chars, display width)`` a hard-wrapped document was wrapped at, or None.

    Looks at the lines that are followed by another line without ending a
    clause (the lines that must continue): the document is hard-wrapped when
    most of them are close to one typical width and hardly any line is longer.
    The width is the longest line that is not an outlier (a wrapping tool fills
    some line up to its limit).
    """
    inner = [line for block in blocks for _number, line in block[:-1]]
    open_lines = [line for line in inner if not ENDS_CLAUSE.search(line[-16:])]
    if len(open_lines) < 3:
        return None
    result: list[int] = []
    for measure in (len, display_width):
        sizes = sorted(measure(line) for line in open_lines)
        typical = sizes[int(0.9 * (len(sizes) - 1))]
        if typical < 16 or typical > 400:
            return None
        if len(sizes) - count_below(sizes, 0.75 * typical) < 0.6 * len(sizes):
            return None
        every = [measure(line) for line in inner]
        if sum(1 for size in every if size > 1.15 * typical) > 0.1 * len(every):
            return None
        result.append(max(size for size in every if size <= typical * 1.15))
    return result[0], result[1]


def count_below(sizes: list[int], limit: float) -> int:
    """How many of the sorted ``sizes`` are below ``limit``."""
    count = 0
    for size in sizes:
        if size >= limit:
            break
        count += 1
    return count


_WORD_RUN = re.compile(r"\S{1,80}")
_ASCII_RUN = re.compile(r"[!-~]{1,80}")


def first_word(line: str, language: Language) -> str:
    """What a wrapping tool would have had to fit on the previous line."""
    stripped = line.lstrip()
    if language == "zh" and stripped and not stripped[0].isascii():
        return stripped[:1]
    # Latin text: a wrapping tool such as textwrap breaks only at white space, so the
    # whole run had to fit; Chinese going on with digits or letters (2024年是…): the run
    # of them, the Han character after it may start a line
    found = (_ASCII_RUN if language == "zh" else _WORD_RUN).match(stripped)
    return found.group() if found else ""


def was_full(
    line: str, following: str, wrap: tuple[int, int], language: Language, slack: int = 1
) -> bool:
    """Whether ``line`` ended because the next word would not fit (a hard wrap).

    Chinese is allowed one character of slack: line-breaking rules keep some
    punctuation off the start of a line.
    """
    word = first_word(following, language)
    gap = 0 if language == "zh" and not word.isascii() else 1
    if language != "zh":
        slack = 0
    chars, width = wrap
    if len(line) + gap + len(word) > chars - slack:
        return True
    return display_width(line) + gap + display_width(word) > width - 2 * slack


def wrapped_runs(lines: list[str], language: Language) -> dict[int, tuple[int, int]]:
    """The lines of a block that belong to a paragraph hard-wrapped on its own, each with
    the wrap it was cut at: three or more lines in a row that each filled a width the
    next word would not fit in (Chinese: of one length, a character of slack). Lines of
    other widths around them (a paragraph a line) are left alone."""
    runs: dict[int, tuple[int, int]] = {}
    sizes = [len(line.rstrip()) for line in lines]
    at = 0
    while at < len(lines) - 1:
        end = at
        top = least = sizes[at]
        while end + 1 < len(lines) and _RUN_LEAST <= sizes[end] <= _RUN_MOST:
            widest, narrowest = max(top, sizes[end]), min(least, sizes[end])
            # one width: Chinese lines within a character, English within a long word
            if widest - narrowest > (1 if language == "zh" else 0.3 * widest):
                break
            top, least = widest, narrowest
            if not was_full(lines[end], lines[end + 1], (top, 2 * top), language):
                break
            # a wrapped paragraph goes on with a line no wider than its width, and a line
            # that opens with a heading's or a list's marker starts something new
            following = lines[end + 1].strip()
            wider = len(following) > (top + 1 if language == "zh" else top / 0.7)
            if wider or heading_level(following) is not None:
                break
            end += 1
        if end - at < _RUN_LINES:
            at += 1
            continue
        # lines that mostly end sentences are a sentence a line (an FOMC statement's), not
        # a wrap; either way the run is read once (linear)
        ends = sum(1 for k in range(at, end) if ENDS_CLAUSE.search(lines[k].rstrip()[-2:]))
        if 3 * ends <= end - at:
            width = max(display_width(lines[k]) for k in range(at, end))
            runs.update((k, (top, width)) for k in range(at, end))
        at = end
    return runs


#: a paragraph wrapped on its own has at least this many full lines, of these lengths
_RUN_LINES = 3
_RUN_LEAST = 16
_RUN_MOST = 200
