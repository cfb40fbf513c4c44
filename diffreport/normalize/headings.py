"""Heading markers and heading lines, for ``clean`` (never join a heading) and ``segment``.

A heading marker at the start of a line gives its outline level: ``一、`` and
``I.`` level 1, ``（一）`` level 2, ``1.``/``1、``/``（1）`` level 3, Markdown ``#``
its own level. A heading line stands alone: a Markdown heading, a short bold
line, or a short line that starts with a marker and has no sentence end inside.

An English numbered paragraph can also run its title straight into its text
(``1. Expanding domestic demand and promoting sound economic flows We will …``):
``run_in_end`` finds where the text begins, reading which capitalized words are
names from how the rest of the document writes them (``WordCases``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

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

    ``一、`` and ``I.`` give 1, ``（一）`` gives 2, ``1.``/``1、``/``（1）`` give 3; a part of
    a report named alone (``2024年工作回顾``, ``2025年工作安排建议``) gives 1;
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
    if zh.PART_HEADING_LINE.fullmatch(text.rstrip("*").strip()):
        return 1  # 2024年工作回顾 on a line of its own: a part of the report, unnumbered
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


#: a run-in title is looked for in at most this many words after the marker (the State
#: Council's English task titles run to 36 words)
RUN_IN_WORDS = 48
_WORD = re.compile(r"\S+")
_WORD_EDGE = "\"'“”‘’()[]*"
_QUOTES = "\"“‘'"
#: a capitalized word inside a sentence: after a word, figure, comma or bracket and a space
_MID_CAPITAL = re.compile(r"(?<=[\w,;%)’”] )[A-Z][A-Za-z'’-]*")
#: a capitalized word right after a lower-case word (``the Federal``, ``in China``)
_NAME_CAPITAL = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,? (?=([A-Z][A-Za-z'’-]*))")
#: the part of a word that ``WordCases`` counts (``U`` of ``U.S.``, ``September`` of
#: ``September;``)
_CORE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_FIRST_END = re.compile(r"[.!?][\"'”’)]*\s")


@dataclass(frozen=True)
class WordCases:
    """How an English document writes each word (counted lower-cased) inside its sentences:
    ``named``, how often capitalized right after a lower-case word or comma (a name:
    ``in China``, ``the Federal Open Market Committee``); ``capital``, how often
    capitalized anywhere inside a sentence (``Belt and Road Initiative`` too)."""

    named: Counter[str] = field(default_factory=Counter)
    capital: Counter[str] = field(default_factory=Counter)


def word_cases(paragraphs: Iterable[str]) -> WordCases:
    """The ``WordCases`` of an English document's paragraphs.

    Lines with no sentence end (titles, headings in Title Case) are left out, and
    so is the first sentence of a paragraph led by a heading marker, where a
    run-in title puts a capital after a lower-case word.
    """
    cases = WordCases()
    for text in paragraphs:
        start = 0
        if heading_level(text) is not None:
            lead = len(text) - len(text.lstrip())
            first = _FIRST_END.search(text, lead + _marker_end(text[lead:]))
            if first is None:
                continue
            start = first.end()
        elif _FIRST_END.search(text + " ") is None:
            continue
        cases.named.update(m.group(1).lower() for m in _NAME_CAPITAL.finditer(text, start))
        cases.capital.update(m.group().lower() for m in _MID_CAPITAL.finditer(text, start))
    return cases


def run_in_end(text: str, cases: WordCases) -> int | None:
    """Where the text begins in an English paragraph whose marker-led title runs into it.

    ``1. Vigorously boosting consumption … across the board To promote synergy …``
    gives the offset of ``To``. The title is a phrase with no sentence end; its
    text starts at the first capitalized word after two or more title words that
    is a closed-class sentence opener (``We``, ``To``, ``Regardless``) or, in a
    title written mostly in lower case, no name: after a lower-case word, a word
    the document never capitalizes after a lower-case word (``Acting on``,
    ``Work related to``; not ``China``, ``the Federal``), after a capitalized
    word one it never capitalizes inside a sentence at all (not the
    ``Initiative`` of ``Belt and Road Initiative``). None when a sentence ends
    first, no such word comes or no sentence end follows it.
    """
    start = _marker_end(text)
    if not start:
        return None
    words = []
    for found in _WORD.finditer(text, start):
        words.append(found)
        if len(words) > RUN_IN_WORDS:
            break
    first = words[0].group().strip(_WORD_EDGE) if words else ""
    if len(words) < 3 or not first[:1].isupper() or first.lower() in en.SENTENCE_OPENERS:
        return None  # a title starts with its own word (``Expanding``), not ``We`` or ``The``
    after_name = False
    lower_words = capital_words = 0
    for k in range(1, len(words)):
        previous, token = words[k - 1].group(), words[k].group()
        core = _CORE.match(token.strip(_WORD_EDGE))
        word = core.group() if core else token.strip(_WORD_EDGE)
        if previous[-1] in ".!?;:":
            return None  # a sentence ended: a numbered sentence, not a title
        if not word[:1].isupper():
            after_name = word[:1].isdigit()  # 43 Governors, 15 African countries
            lower_words += len(word) >= 4
            continue
        if token[:1] in _QUOTES:
            after_name = True  # a quoted name: "Education President", "GI bill"
            continue
        if (
            k >= 2
            and not previous.endswith(",")
            and _FIRST_END.search(text + " ", words[k].end())  # the text is a sentence
            and _opens_text(word.lower(), after_name, lower_words > capital_words, cases)
        ):
            return words[k].start()
        after_name = True
        # a common word capitalized is Title Case, a name is not
        capital_words += cases.capital[word.lower()] == 0
    return None


def _opens_text(word: str, after_name: bool, lower_title: bool, cases: WordCases) -> bool:
    """Whether capitalized ``word`` (lower-cased) after a title's words starts the text."""
    if word in en.SENTENCE_OPENERS:  # unless it goes on a name (Violence Against Women)
        return not after_name or cases.capital[word] == 0
    if not lower_title:
        return False  # a Title Case title: only a closed-class opener is sure
    if after_name:  # a word that goes on a name (``Belt and Road Initiative``) is part of it
        return cases.capital[word] == 0
    return cases.named[word] == 0
