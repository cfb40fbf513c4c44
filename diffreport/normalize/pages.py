"""Page numbers standing alone on a line (``12``, ``Page 3``): which are page chrome and
which are content (a list's or a table's numbers, a year, a figure cut from its unit).
Read by :func:`diffreport.normalize.clean`, which drops the page numbers as it drops
``- 3 -`` and ``第3页``.
"""

from __future__ import annotations

import re

from diffreport.lexicon import zh
from diffreport.model import Language
from diffreport.normalize.wraps import ENDS_CLAUSE

_HAN_CHAR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")


def neighbour(kept: list[str | None], index: int, step: int) -> int | None:
    """The index of the nearest non-blank line before (-1) or after (+1) ``index``."""
    position = index + step
    while 0 <= position < len(kept):
        if kept[position] is not None:
            return position
        position += step
    return None


def page_numbers(kept: list[str | None], language: Language) -> set[int]:
    """The lines that are page numbers standing alone: ``Page 3`` where the document has
    two such lines or more, or between two paragraphs; a bare number (not a year) amid
    prose with no other bare number within ``_PAGE_APART`` lines (a list's or a table's
    numbers stand close)."""
    words = [i for i, line in enumerate(kept) if line and zh.PAGE_WORD_LINE.match(line.strip())]
    bare = [i for i, line in enumerate(kept) if line and zh.BARE_NUMBER_LINE.match(line.strip())]
    alone = [
        index
        for k, index in enumerate(bare)
        if (k == 0 or index - bare[k - 1] > _PAGE_APART)
        and (k + 1 == len(bare) or bare[k + 1] - index > _PAGE_APART)
    ]
    found = {i for i in alone if _amid_prose(kept, i, language)}
    if len(words) >= 2:
        return found | set(words)
    return found | {i for i in words if _between_paragraphs(kept, i)}


def _between_paragraphs(kept: list[str | None], index: int) -> bool:
    """Whether line ``index`` stands after a sentence's end and before a capital or a Han
    character: between paragraphs, not inside a sentence that names a page."""
    before, after = _around(kept, index)
    return bool(ENDS_CLAUSE.search(before[-4:])) and bool(
        after[:1].isupper() or _HAN_CHAR.match(after[:1])
    )


#: bare numbers closer than this many lines are a list's or a table's, not pages'
_PAGE_APART = 8


def _amid_prose(kept: list[str | None], index: int, language: Language) -> bool:
    """Whether the nearest lines around line ``index`` (a bare number), past blank ones,
    are prose it stands between (``zh.PAGE_NUMBER_BEFORE``, ``PAGE_NUMBER_AFTER``). A
    number that ends a subscript or a figure (M⏎2, PM⏎2.5⏎）, 增加⏎1000⏎万人) stays."""
    before, after = _around(kept, index)
    ends = zh.PAGE_NUMBER_BEFORE if language == "zh" else zh.PAGE_NUMBER_BEFORE_EN
    return bool(before and after) and (
        ends.search(before) is not None and zh.PAGE_NUMBER_AFTER.match(after) is not None
    )


def _around(kept: list[str | None], index: int) -> tuple[str, str]:
    """The nearest non-blank lines before and after line ``index``, stripped ("" at an end)."""
    at_before, at_after = neighbour(kept, index, -1), neighbour(kept, index, 1)
    before = (kept[at_before] or "").strip() if at_before is not None else ""
    after = (kept[at_after] or "").strip() if at_after is not None else ""
    return before, after
