"""Heading markers and heading lines, for ``clean`` (never join a heading) and ``segment``.

A heading marker at the start of a line gives its outline level: ``一、`` and
``I.`` level 1, ``（一）`` level 2, ``1.``/``1、``/``（1）`` level 3, Markdown ``#``
its own level. A heading line stands alone: a Markdown heading, a short bold
line, or a short line that starts with a marker and has no sentence end inside.
"""

from __future__ import annotations

import re

from diffreport.lexicon import en, zh
from diffreport.model import Language

_MARKDOWN_HEADING = re.compile(r"\A(#{1,6})[ \t\u3000]+(?=\S)")
# no two markers can match at the same place, so their order does not matter
_HEADING_MARKERS = zh.HEADING_MARKERS + en.HEADING_MARKERS
#: sentence-ending punctuation, used to tell a heading line from a line of running text
_INNER_END = re.compile(r"[。！？!?]|\.\s")


def strip_markup(text: str) -> str:
    """``text`` without a leading Markdown ``#`` marker and without ``**`` emphasis."""
    text = _MARKDOWN_HEADING.sub("", text.strip(), count=1)
    return text.replace("**", "").strip() if "**" in text else text


def heading_level(text: str) -> int | None:
    """The outline level (1-3) that a heading marker at the start of ``text`` implies.

    ``一、`` and ``I.`` give 1, ``（一）`` gives 2, ``1.``/``1、``/``（1）`` give 3;
    Markdown ``#`` gives the marker's level or else the number of ``#`` (at most 3).
    None when ``text`` starts with no heading marker. ``2.5`` is not a marker.
    """
    text = text.lstrip()
    markdown = _MARKDOWN_HEADING.match(text)
    if markdown:
        text = text[markdown.end() :]
    if text.startswith("**"):
        text = text[2:]
    for pattern, level in _HEADING_MARKERS:
        if pattern.match(text):
            return level
    if markdown:
        return min(len(markdown.group(1)), 3)
    return None


def is_heading_line(text: str, language: Language) -> bool:
    """Whether ``text`` (one line or paragraph) is a heading standing alone.

    A Markdown heading, a short bold line, or a short line that starts with a
    heading marker and contains no sentence end except possibly at its end
    (``一、2024年工作回顾``, ``（一）加强宏观调控，促进经济平稳较快发展。``).
    """
    limit = 60 if language == "zh" else 120
    if len(text) > 4 * limit:
        return False
    text = text.strip()
    if not text:
        return False
    if _MARKDOWN_HEADING.match(text):
        return True
    if len(text) > limit + 4:
        return False
    if (
        text.startswith("**")
        and text.endswith("**")
        and len(text) > 4
        and "**" not in text[2:-2]
        and not _INNER_END.search(text[2:-3])
    ):
        return True
    if heading_level(text) is None:
        return False
    body = strip_markup(text)
    inner = body[:-1].rstrip("。！？!?.”’\"')）")
    marker_end = _marker_end(inner)
    return not _INNER_END.search(inner, marker_end)


def _marker_end(text: str) -> int:
    """Where the heading marker at the start of ``text`` ends (0 when there is none)."""
    for pattern, _level in _HEADING_MARKERS:
        found = pattern.match(text)
        if found:
            return found.end()
    return 0
