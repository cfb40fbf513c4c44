"""Clean paragraphs -> a section tree and sentences (Chinese and English).

Headings. A paragraph is a heading when it stands alone and starts with a
heading marker (``一、`` level 1, ``（一）`` level 2, ``1.``/``1、``/``（1）`` level
3, ``I.`` level 1, Markdown ``#``), or is a short bold line; or it *leads* with
one: then its first sentence (``（一）经济运行持续向好。``) or its leading bold
span (``**（二）高端引领助转型，做强产业发展引擎。**``) is the heading sentence and
the rest of the paragraph is the first text of that section. A bold lead without
a marker is one level below the current section. In English, a short Title Case
line without a sentence end, after the document's first sentence, is a heading
too, and so is a numbered title that runs straight into its text (``1.
Expanding domestic demand and promoting sound economic flows We will …``): it
is cut where the text begins (``normalize.headings.run_in_end``). A numbered
English paragraph of one sentence without such a title is running text. A
Markdown level-1 heading without a marker before any other heading is the
document title and stays in the preamble, like a plain title line.

Not headings, by decision: dash-led paragraphs (``——经济总体回升向好。…``) and
``一是…``/``二是…`` paragraphs. They are parallel list items inside a section:
their lead phrase is part of the sentence, and making each a section would
fragment the section tree that alignment pairs across editions.

Sentences. Chinese ends at ``。！？`` (and ASCII ``!?``) together with any closing
quotes, brackets or ``**`` that follow (``。”``). ``；`` does *not* end a sentence:
the clauses of one sentence share a subject and a verb list, and keeping them
whole is what lets a reworded clause pair with its original sentence. English
ends at ``.!?`` followed by space and a capital, digit or opening quote, except
after abbreviations (``Mr.``, ``Jan.``, ``No.``, ``e.g.``), initials
(``Ben S. Bernanke``), dotted acronyms (``U.S.``) and a leading enumerator
(``2. We…``); decimals and ``5-1/4`` have no space after the dot and never end
one. A run with no sentence end is cut at a bounded length (preferring ``；``,
``，`` or a space), so a 10 MB line costs linear time.
``split_sentences`` is this splitter for one paragraph, for every caller that
needs sentences; ``has_sentence_end`` is the looser test of whether a string
reads as report text at all.

Every sentence's ``key`` is ``normalize.fold`` of its text (Markdown markers
removed). Sentence texts are stripped of surrounding white space; together they
hold every other character of the paragraphs, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from diffreport.lexicon import en
from diffreport.model import CleanText, Language, Section, Sentence
from diffreport.normalize import fold
from diffreport.normalize.headings import (
    WordCases,
    heading_level,
    is_heading_line,
    run_in_end,
    strip_markup,
    word_cases,
)

_CLOSERS = "\"'”’）)」』》〉】]*"
_ZH_END = re.compile(rf"[。！？!?]+[{re.escape(_CLOSERS)}]*")
_EN_END = re.compile(r"[.!?]+[\"'”’)\]*]*(?=\s)")
_EN_NEXT = re.compile(r"\s+[\"'“‘(\[]*[A-Z0-9\u00c0-\u00de]")
_INITIAL = re.compile(r"[A-Z]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_ENUMERATOR = re.compile(r"[\"'“(\[]*(?:\d{1,2}|[IVXLC]{1,7}|[A-Za-z])\.")
_TOKEN_EDGE = "\"'“”‘’()[]*"
_HAS_WORD = re.compile(r"[\w\u3400-\u9fff]")
_BOLD_LEAD = re.compile(r"\*\*[^*\n]{1,150}?\*\*")
_MARKDOWN_H1 = re.compile(r"#[ \t\u3000]")
_TITLE_CASE_WORD = re.compile(r"[A-Z][\w'’-]*")

#: a run of text with no sentence end is cut into pieces of at most this many characters
MAX_SENTENCE = {"zh": 1000, "en": 2000}
_SOFT_BREAKS = {"zh": ("；", ";", "，", ",", "、", " "), "en": ("; ", ", ", " ")}


@dataclass
class _OpenSection:
    """A section while it is being built (``end`` is filled in at the end)."""

    heading: str | None
    level: int
    parent: int | None
    start: int


def segment(
    clean: CleanText, language: Language
) -> tuple[tuple[Section, ...], tuple[Sentence, ...]]:
    """Split clean paragraphs into a section tree and sentences.

    Section 0 is always the preamble (``heading`` None, level 0). A heading is
    also the first sentence of its section (``Sentence.heading`` True). Sections
    and sentences are in document order and their indexes are their positions.
    """
    sections: list[_OpenSection] = [_OpenSection(None, 0, None, 0)]
    sentences: list[Sentence] = []
    stack: list[int] = [0]
    seen_sentence = False
    cases = word_cases(p.text for p in clean.paragraphs) if language == "en" else None
    for paragraph_index, paragraph in enumerate(clean.paragraphs):
        text = paragraph.text
        spans = _paragraph_spans(text, language)
        if not spans:
            continue
        heading_spans, level = _heading(text, spans, cases, sections, stack, seen_sentence)
        if heading_spans:
            start, end = spans[0]
            heading_text = text[start:end].strip()
            while len(stack) > 1 and sections[stack[-1]].level >= level:
                stack.pop()
            parent = stack[-1] if stack[-1] != 0 else None
            sections.append(_OpenSection(strip_markup(heading_text), level, parent, len(sentences)))
            stack.append(len(sections) - 1)
        for number, (start, end) in enumerate(spans):
            piece = text[start:end].strip()
            if not piece:
                continue
            sentences.append(
                Sentence(
                    index=len(sentences),
                    section=len(sections) - 1,
                    paragraph=paragraph_index,
                    text=piece,
                    key=fold(piece, language),
                    heading=bool(heading_spans) and number == 0,
                )
            )
        seen_sentence = True
    frozen: list[Section] = []
    for index, section in enumerate(sections):
        end = sections[index + 1].start if index + 1 < len(sections) else len(sentences)
        frozen.append(
            Section(index, section.heading, section.level, section.parent, section.start, end)
        )
    return tuple(frozen), tuple(sentences)


def _heading(
    text: str,
    spans: list[tuple[int, int]],
    cases: WordCases | None,
    sections: list[_OpenSection],
    stack: list[int],
    seen_sentence: bool,
) -> tuple[bool, int]:
    """Whether the paragraph's first span is a heading, and its level.

    For a standalone heading ``spans`` is rewritten to one span; for a bold lead
    the first span is cut at the closing ``**``, for an English run-in title
    where its text begins. ``cases`` is None for Chinese.
    """
    language: Language = "zh" if cases is None else "en"
    stripped = text.strip()
    current_level = sections[stack[-1]].level
    level = heading_level(stripped)
    run_in = run_in_end(stripped, cases) if cases is not None and level is not None else None
    if level is not None and run_in is not None:
        cut = len(text) - len(text.lstrip()) + run_in
        if cut < spans[0][1]:
            _cut_first(spans, cut)
            return True, level
    if is_heading_line(stripped, language):
        level = heading_level(stripped)
        if level is None:  # a bold line without a marker
            level = min(current_level + 1, 3)
        elif (
            _MARKDOWN_H1.match(stripped)
            and len(sections) == 1
            and heading_level(stripped[1:].lstrip("#").lstrip()) is None
        ):
            return False, 0  # the document title: stays in the preamble
        _merge_all(spans)
        return True, level
    bold = _BOLD_LEAD.match(text, len(text) - len(text.lstrip()))
    if bold:
        level = heading_level(stripped)
        if level is None:
            level = min(current_level + 1, 3)
        _cut_first(spans, bold.end())
        return True, level
    if level is not None:
        if language == "en" and len(spans) == 1 and level == 3:
            return False, 0  # a numbered paragraph of running text, not a section
        return True, level
    if language == "en" and seen_sentence and _title_like(stripped):
        has_top = any(section.level == 1 for section in sections)
        _merge_all(spans)
        return True, 2 if has_top else 1
    return False, 0


def _merge_all(spans: list[tuple[int, int]]) -> None:
    """Make the paragraph one span (a heading standing alone is one sentence)."""
    start, end = spans[0][0], spans[-1][1]
    spans[:] = [(start, end)]


def _cut_first(spans: list[tuple[int, int]], cut: int) -> None:
    """Make ``cut`` a sentence boundary; everything before it becomes the first span."""
    start = spans[0][0]
    rest = [(max(span_start, cut), span_end) for span_start, span_end in spans if span_end > cut]
    spans[:] = [(start, cut), *rest]


def _title_like(text: str) -> bool:
    """A short English line in Title Case without a sentence end."""
    if len(text) > 80 or text[-1:] in ".!?:;,":
        return False
    words = text.split()
    if not 1 <= len(words) <= 12 or not words[0][:1].isupper():
        return False
    long_words = [word for word in words if len(word) >= 4 and word[:1].isalpha()]
    if not long_words:
        return False
    capital = sum(1 for word in long_words if _TITLE_CASE_WORD.fullmatch(word))
    return capital * 10 >= len(long_words) * 7


def split_sentences(text: str, language: Language) -> list[str]:
    """The sentences of one paragraph of clean text, as ``segment`` cuts them.

    Each is stripped of surrounding white space and none is empty; together they
    hold every other character of ``text``, in order. Headings are not told
    apart here: that needs the paragraph's place in the document.
    """
    return [text[start:end] for start, end in _paragraph_spans(text, language)]


#: a sentence or clause end anywhere (``。！？；``, or ``. ! ? ; :`` before white space or the
#: end): looser than the splitter, whose ``；`` and ``:`` end no sentence
_ANY_END = re.compile(r"[。！？；]|[.!?;:](?:\s|$)")


def has_sentence_end(text: str) -> bool:
    """Whether ``text`` ends a sentence or clause somewhere: a string that reads as report text.

    ``api`` tells a one-line report text from a file name with it (``经济增长5%左右。``
    against ``2025.txt``), so it needs no language and counts clause ends too.
    """
    return _ANY_END.search(text) is not None


def _paragraph_spans(text: str, language: Language) -> list[tuple[int, int]]:
    """Sentence spans of one paragraph: stripped, non-empty, covering all its text."""
    raw = _zh_cuts(text) if language == "zh" else _en_cuts(text)
    spans: list[tuple[int, int]] = []
    previous = 0
    for cut in [*raw, len(text)]:
        if cut <= previous:
            continue
        for start, end in _bounded(text, previous, cut, language):
            start, end = _trim(text, start, end)
            if start >= end:
                continue
            if spans and not _HAS_WORD.search(text, start, end):
                spans[-1] = (spans[-1][0], end)  # stray punctuation belongs to what it closes
            else:
                spans.append((start, end))
        previous = cut
    return spans


def _zh_cuts(text: str) -> list[int]:
    """Offsets just after each Chinese sentence end."""
    return [match.end() for match in _ZH_END.finditer(text)]


def _en_cuts(text: str) -> list[int]:
    """Offsets just after each English sentence end (abbreviations and initials excepted)."""
    cuts: list[int] = []
    last = 0
    for match in _EN_END.finditer(text):
        end = match.end()
        if not _EN_NEXT.match(text, end):
            continue
        if match.group().startswith(".") and not match.group().startswith(".."):
            token_start = text.rfind(" ", max(0, match.start() - 40), match.start()) + 1
            core = text[token_start : match.start()].strip(_TOKEN_EDGE)
            if core.lower() in en.ABBREVIATIONS or _INITIAL.fullmatch(core):
                continue
            if _DOTTED.fullmatch(core):
                continue
            if token_start <= last + 1 and _ENUMERATOR.fullmatch(
                text[last:end].strip().rstrip(_TOKEN_EDGE)
            ):
                continue
        cuts.append(end)
        last = end
    return cuts


def _bounded(text: str, start: int, end: int, language: Language) -> list[tuple[int, int]]:
    """``[start, end)`` cut into pieces no longer than ``MAX_SENTENCE``, at soft breaks if any."""
    limit = MAX_SENTENCE[language]
    if end - start <= limit:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    while end - start > limit:
        window_end = start + limit
        cut = -1
        for mark in _SOFT_BREAKS[language]:
            found = text.rfind(mark, start + limit // 2, window_end)
            if found >= 0:
                cut = found + len(mark)
                break
        if cut <= start:
            cut = window_end
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without white space at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
