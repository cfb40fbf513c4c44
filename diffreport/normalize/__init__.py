"""Decoded text -> clean paragraphs (display form) and the comparison key of a sentence.

``clean`` turns a decoded file into paragraphs, keeping every original character
of the report: it joins hard-wrapped lines and paragraphs cut by a page end, and
moves page chrome (web buttons, source/time lines, page markers, the Wikisource
licence footer, related-article lists) into ``CleanText.dropped``. It is
deliberately conservative: chrome is only recognised before the first and after
the last line that reads like report text, except page markers and page numbers,
which are recognised anywhere. Every non-space character of the input ends up
either in a paragraph or in ``dropped``.

How a line break inside a run of non-blank lines is read:

* A document is *hard-wrapped* when most lines that are followed by another line
  have about the same width (FOMC statements at 80 columns, newspaper text). Then
  a line that was full (the next word would not have fitted) continues its
  paragraph, and a line that ended early ends it.
* Otherwise each line is a paragraph, except for fragments a web page leaves
  behind: a line that ends inside a sentence (``，`` ``《``), a line that starts
  with closing punctuation, a tiny line (``告``, ``2.5`` from ``PM2.5``, a
  zero-width space), a bare list marker (``一、``, ``第一，``), a short Chinese
  line without punctuation (link text), and an English line followed by one
  starting in lower case.
* Headings (``一、…``, ``（一）…`` short and alone on a line, Markdown ``#``) are
  never joined with what follows them, nor a title line (``…政府工作报告``).

Paragraphs separated by blank lines (or by dropped chrome) are joined again when
the first stops in mid-sentence and the second carries on (a page end in the
seed: ``扎`` … ``实开展``); a title, a heading or a paragraph that begins with a
list marker (``——``, ``（一）``) is never joined that way.

All work is line by line with anchored regexes on bounded slices, so time is
linear in the input; a 10 MB line is no problem.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from diffreport.lexicon import en, zh
from diffreport.lexicon.common import INVISIBLE
from diffreport.model import CleanText, Language, Paragraph
from diffreport.normalize.headings import heading_level, is_heading_line
from diffreport.normalize.pages import neighbour, page_numbers
from diffreport.normalize.prose import breaks_inside_sentence
from diffreport.normalize.wraps import (
    ENDS_CLAUSE,
    was_full,
    wrap_widths,
    wrapped_runs,
)
from diffreport.reading.cjk import RADICALS_SUPPLEMENT

# --------------------------------------------------------------------------------------
# language and comparison keys

_HAN_CHAR = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u024f]")
_LANGUAGE_SAMPLE = 400_000

#: quote styles and invisible characters folded away in comparison keys
_KEY_TRANSLATION = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u300c": '"',
        "\u300d": '"',
        "\u300e": '"',
        "\u300f": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2013": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u200b": None,
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,
        "\u00ad": None,
    }
)
# CJK radical-supplement characters PDF fonts emit for ideographs (⺠ for 民): NFKC keeps them
_KEY_TRANSLATION.update(RADICALS_SUPPLEMENT)
_KEY_MARKUP = re.compile(r"\A\s*#{1,6}(?=\s)|\*\*|__")
_WHITESPACE = re.compile(r"\s+")
#: ``mid- and`` and ``long-`` + ``term`` wrapped at the hyphen look alike once joined
_HYPHEN_SPACE = re.compile(r"(?<=[A-Za-z])-\s+(?=[A-Za-z])")


def detect_language(text: str) -> Language:
    """``"zh"`` when Han characters are at least half as many as Latin letters, else ``"en"``.

    A Han character carries about as much as a short word, so a Chinese report
    with English terms (PM2.5, REITs) stays Chinese; reads a sample of huge texts.
    """
    sample = text if len(text) <= _LANGUAGE_SAMPLE else text[:_LANGUAGE_SAMPLE]
    han = _HAN_CHAR.subn("", sample)[1]
    if not han:
        return "en"
    latin = _LATIN_LETTER.subn("", sample)[1]
    return "zh" if han * 2 >= latin else "en"


@lru_cache(maxsize=1 << 14)
def nfkc(text: str) -> str:
    """``text`` in NFKC and without invisible characters (党风\u200b廉政建设 is the word
    党风廉政建设), remembered: a sentence is normalised when segmenting makes its key and
    again by each analysis that reads it folded (new terms, topics, coinages)."""
    return INVISIBLE.sub("", unicodedata.normalize("NFKC", text))


def fold(text: str, language: Language) -> str:
    """The comparison key of a sentence: what two formattings of the same words share.

    NFKC (full-width digits, letters, ``％`` and punctuation become ASCII), one
    quote style, no zero-width characters, no Markdown ``**``/``#`` markup; then
    Chinese loses all white space (a hard-wrap join may or may not leave a space)
    and English has it collapsed to single spaces. Trimmed.
    """
    if "*" in text or "#" in text or "_" in text:
        text = _KEY_MARKUP.sub("", text)
    if not text.isascii():
        text = nfkc(text).translate(_KEY_TRANSLATION)
    if language == "zh":
        return _WHITESPACE.sub("", text)
    if "-" in text:
        text = _HYPHEN_SPACE.sub("-", text)
    return _WHITESPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------------------
# chrome

_FOOTER_START = re.compile(rf"\A\s*(?:{zh.LICENCE_FOOTER_START}|{en.LICENCE_FOOTER_START})")
_FOOTER_EVIDENCE = zh.LICENCE_FOOTER_EVIDENCE + en.LICENCE_FOOTER_EVIDENCE
_FOOTER_WINDOW = 120  # lines from the end in which a licence footer may start
_FOOTER_MAX_CHARS = 4000

_RELATED_WINDOW = 40
_RELATED_MAX_CHARS = 3000

_BREADCRUMB_SEPARATORS = frozenset({">", "»", "›", ">>", "→"})
#: a line that is report text: long enough and with a sentence in it
_BODY_LINE = re.compile(r"[。！？]|[.!?](?:\s|\Z)")
_BODY_MIN = 10

# --------------------------------------------------------------------------------------
# joining lines

_CN_NUM = zh.LIST_MARKER_NUMERALS
_ADDRESS = "|".join(zh.ADDRESS_OPENINGS)
#: a line (or paragraph) that ends a sentence or a clause a new line may follow
_ENDS_CLAUSE = ENDS_CLAUSE
#: a line that ends in the middle of a sentence
_ENDS_OPEN = re.compile(r"[，,、（(《〈「『“‘\[【]\Z")
_ENDS_OPEN_EN = re.compile(r"[(\[“‘]\Z")
#: an opening bracket or quote: no line, heading or not, ends with one
_OPENS_TITLE = re.compile(r"[（(《〈「『“‘\[【]\Z")
#: a line that starts with punctuation that continues the previous line
_STARTS_CLOSING = re.compile(r"\A[，,、。．；;：:！!？?）)」』”’》〉】\]]")
_STARTS_PAREN = re.compile(r"\A[（(]")
#: what starts a new paragraph even after a line that did not end a sentence
_OPENER = re.compile(
    rf"\A(?:#{{1,6}}\s|\*\*|[{_CN_NUM}]{{1,3}}、|[（(][{_CN_NUM}\d]{{1,3}}[）)]|\d{{1,2}}[.．、](?![\d.．])|"
    rf"第[{_CN_NUM}\d]{{1,3}}(?:部分|章|篇|条|，|,|、)|[-*•·●▪■◆◇○]\s|——|――|--|{_ADDRESS}|"
    rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日|[IVXLC]{{1,7}}\.\s)"
)
_EN_CONTINUES = re.compile(r"[A-Za-z0-9,;\-–]\Z")
_SHORT_ZH = 25
_COLON = re.compile("[:：]")
_HYPHEN_BREAK = re.compile(r"\S-\Z")
_TINY = 4


# Compiled on first use: only text with hard line wraps needs them, and their
# character classes cost ~5 ms to compile (a report with one paragraph a line never does).
@cache
def _bare_marker() -> re.Pattern[str]:
    """A line that is only a list marker (``一、``, ``（二）``, ``3.``, ``第四，``)."""
    return re.compile(
        rf"\A(?:[{_CN_NUM}]{{1,3}}、|[（(][{_CN_NUM}\d]{{1,3}}[）)]|\d{{1,2}}[.．、]|第[{_CN_NUM}\d]{{1,3}}[，,、])\Z"
    )


@cache
def _word_char() -> re.Pattern[str]:
    """A word character: letters, digits and Han characters."""
    return re.compile(r"[\w\u3400-\u9fff\uf900-\ufaff]")


def clean(text: str, language: Language) -> CleanText:
    """Split decoded text into paragraphs, join hard wraps and page breaks, drop chrome.

    ``Paragraph.text`` keeps the original characters; ``Paragraph.line`` is the
    1-based line where it starts. Whatever is recognised as page chrome is in
    ``dropped``, in document order, so no character is silently lost.
    """
    lines = text.split("\n")
    kept: list[str | None] = [line if line.strip() else None for line in lines]
    dropped: list[tuple[int, str]] = []
    _drop_footer(kept, dropped)
    _drop_related(kept, dropped)
    _drop_zone_chrome(kept, dropped)
    pages = _drop_page_marks(kept, dropped, language)
    blocks = _blocks(kept)
    wrap = wrap_widths(blocks)
    pieces: list[tuple[str, int, bool]] = []
    for block in blocks:
        pieces.extend(_split_block(block, wrap, language))
    paragraphs = _join_page_breaks(pieces, language, _after_pages(kept, pages))
    result: list[Paragraph] = []
    for paragraph_text, line in paragraphs:
        if INVISIBLE.sub("", paragraph_text).strip():
            result.append(Paragraph(paragraph_text, line))
        else:
            dropped.append((line, paragraph_text))
    dropped.sort(key=lambda item: item[0])
    return CleanText(tuple(result), tuple(piece for _line, piece in dropped))


def _drop_footer(kept: list[str | None], dropped: list[tuple[int, str]]) -> None:
    """Drop a licence footer (Wikisource's ``本作品是中华人民共和国的…``) at the end."""
    first = max(0, len(kept) - _FOOTER_WINDOW)
    for index in range(len(kept) - 1, first - 1, -1):
        line = kept[index]
        if line is None or not _FOOTER_START.match(line):
            continue
        tail = [item for item in kept[index:] if item is not None]
        joined = "\n".join(tail)
        if len(joined) <= _FOOTER_MAX_CHARS and any(word in joined for word in _FOOTER_EVIDENCE):
            dropped.append((index + 1, joined))
            for position in range(index, len(kept)):
                kept[position] = None
        return


def _drop_related(kept: list[str | None], dropped: list[tuple[int, str]]) -> None:
    """Drop a trailing ``相关报道：`` line and the list of links after it."""
    first = max(0, len(kept) - _RELATED_WINDOW)
    for index in range(first, len(kept)):
        line = kept[index]
        if line is None or not zh.RELATED_LINKS_LINE.match(line):
            continue
        tail = [item for item in kept[index:] if item is not None]
        joined = "\n".join(tail)
        if len(joined) <= _RELATED_MAX_CHARS:
            dropped.append((index + 1, joined))
            for position in range(index, len(kept)):
                kept[position] = None
        return


def _is_button(stripped: str) -> bool:
    """Web-page button or breadcrumb text (``下载``, ``【字号：``, ``关闭窗口``)."""
    if stripped in zh.WEB_PAGE_BUTTONS:
        return True
    bare = stripped.rstrip(":：").strip()
    return bare in zh.WEB_PAGE_BUTTONS or bool(zh.WEB_PROMO_LINE.match(stripped))


def _drop_zone_chrome(kept: list[str | None], dropped: list[tuple[int, str]]) -> None:
    """Drop buttons, breadcrumbs, source/time lines before the body and after it."""
    body = [
        index
        for index, line in enumerate(kept)
        if line is not None and len(line.strip()) >= _BODY_MIN and _BODY_LINE.search(line)
    ]
    if not body:
        zones: Iterable[int] = range(len(kept))
    else:
        zones = [*range(body[0]), *range(body[-1] + 1, len(kept))]
    zone = list(zones)
    zone_set = set(zone)
    drop: set[int] = set()
    for index in zone:
        line = kept[index]
        if line is None:
            continue
        stripped = line.strip()
        if stripped in _BREADCRUMB_SEPARATORS:
            drop.add(index)
            for near in (neighbour(kept, index, -1), neighbour(kept, index, 1)):
                if near is not None and near in zone_set:
                    item = (kept[near] or "").strip()
                    if len(item) <= 15 and not _BODY_LINE.search(item):
                        drop.add(near)
        elif (
            _is_button(stripped)
            or zh.WEB_METADATA_LINE.match(stripped)
            or zh.WEB_TIMESTAMP_LINE.match(stripped)
        ):
            drop.add(index)
            if zh.WEB_METADATA_LABEL_ALONE.match(stripped):
                following = neighbour(kept, index, 1)
                if following is not None and following in zone_set:
                    item = (kept[following] or "").strip()
                    if len(item) <= 20 and not _BODY_LINE.search(item) and "，" not in item:
                        drop.add(following)
    for index in sorted(drop):
        line = kept[index]
        if line is not None:
            dropped.append((index + 1, line.strip()))
            kept[index] = None


def _drop_page_marks(
    kept: list[str | None], dropped: list[tuple[int, str]], language: Language
) -> set[int]:
    """Drop page markers (``（上接一版）``, ``（下转三页）``) and page-number lines anywhere;
    the lines dropped whole.

    A line that is nothing but markers and a page number goes whole, as one dropped
    piece, so what was dropped keeps the order of the text.
    """
    pages: set[int] = set()
    numbers = page_numbers(kept, language)
    for index, line in enumerate(kept):
        if line is None:
            continue
        found: list[str] = []
        rest = line
        if "接" in line or "转" in line or "续" in line:
            found = [match.group() for match in zh.PAGE_MARKER.finditer(line)]
            rest = zh.PAGE_MARKER.sub("", line) if found else line
        stripped = rest.strip()
        if (
            not stripped
            or (len(stripped) <= 24 and zh.PAGE_NUMBER_LINE.match(stripped))
            or index in numbers
        ):
            dropped.append((index + 1, line.strip()))
            kept[index] = None
            pages.add(index)
            continue
        dropped.extend((index + 1, marker) for marker in found)
        kept[index] = rest
    return pages


def _blocks(kept: list[str | None]) -> list[list[tuple[int, str]]]:
    """Runs of consecutive non-blank lines as ``(1-based line number, line)``."""
    blocks: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for index, line in enumerate(kept):
        if line is None:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append((index + 1, line.rstrip()))
    if current:
        blocks.append(current)
    return blocks


def _after_pages(kept: list[str | None], pages: set[int]) -> set[int]:
    """The lines (1-based) that follow a dropped page mark with no blank line between:
    where a sentence a page end cut goes on."""
    return {index + 2 for index in pages if index + 1 < len(kept) and kept[index + 1] is not None}


def _is_tiny(stripped: str) -> bool:
    """A fragment too small to be a paragraph (``告``, ``2.5``, ``李　强``, a zero-width space)."""
    visible = "".join(INVISIBLE.sub("", stripped).split())
    if not visible:
        return True
    if len(visible) > _TINY or _ENDS_CLAUSE.search(visible) or _OPENER.match(visible):
        return False
    return visible.isascii() or len(visible) <= 3


def _breaks(
    previous: str, following: str, wrap: tuple[int, int] | None, language: Language
) -> bool:
    """Whether the line break between two non-blank lines ends a paragraph."""
    before = previous.strip()
    after = following.strip()
    full = wrap is not None and was_full(previous, following, wrap, language)
    # a linked title a web page put on lines of its own (三、关于《⏎国民经济…纲要（草案）⏎》的
    # 说明): nothing ends before a closing mark nor after an opening bracket
    if _STARTS_CLOSING.match(after) or (
        _OPENS_TITLE.search(before[-1:]) and not is_heading_line(after, language)
    ):
        return False
    # a heading or title continues onto the next line only if it truly filled its line
    heading = is_heading_line(before, language) or zh.TITLE_ENDING.search(before[-12:])
    if heading and (wrap is None or not was_full(previous, following, wrap, language, slack=0)):
        return True
    ends_clause = bool(_ENDS_CLAUSE.search(before[-16:]))
    if is_heading_line(after, language) and (wrap is None or ends_clause or not full):
        return True
    if ends_clause and _OPENER.match(after):
        return True
    ends_open = _ENDS_OPEN if language == "zh" else _ENDS_OPEN_EN
    if _STARTS_CLOSING.match(after) or ends_open.search(before[-1:]):
        return False
    if _is_tiny(after) and not ends_clause:
        return False
    if _is_tiny(before) and (wrap is None or before.isascii()):
        return False
    if _HYPHEN_BREAK.search(before[-2:]) and _word_char().match(after):
        return False
    if (
        not INVISIBLE.sub("", before)
        or not INVISIBLE.sub("", after)
        or _bare_marker().match(before)
    ):
        return False
    if (
        language == "en"
        and not ends_clause
        and after[:1].islower()
        and _EN_CONTINUES.search(before)
    ):
        return False
    if wrap is not None:
        return not full
    if (
        language == "zh"
        and not ends_clause
        and len(before) <= _SHORT_ZH
        and not _COLON.search(before)
    ):
        opens = _OPENER.match(after) or (_STARTS_PAREN.match(after) and heading_level(after))
        return bool(opens)
    # a line of prose broken inside a sentence (…国内国⏎际双循环…, …China⏎Initiative) goes on
    return ends_clause or not breaks_inside_sentence(before, after, language, _OPENER)


def _separator(before: str, after: str, language: Language) -> str:
    """What goes between two pieces of one paragraph (both stripped, non-empty)."""
    last, first = before[-1], after[0]
    if language == "zh":
        return (
            " " if last.isascii() and first.isascii() and last.isalpha() and first.isalpha() else ""
        )
    if last == "-" and len(before) > 1 and before[-2].isalpha() and first.isalpha():
        return ""
    return " "


def _join(before: str, after: str, language: Language) -> str:
    """Two pieces of one paragraph joined as the language writes them."""
    before = before.rstrip()
    after = after.strip()
    if not before or not after:
        return before + after
    return before + _separator(before, after, language) + after


def _split_block(
    block: list[tuple[int, str]], wrap: tuple[int, int] | None, language: Language
) -> list[tuple[str, int, bool]]:
    """A block's paragraphs as ``(text, line, starts the block)``."""
    result: list[tuple[str, int, bool]] = []
    # a paragraph wrapped on its own in a document that is not (pasted from a PDF)
    runs = wrapped_runs([line for _number, line in block], language) if wrap is None else {}
    number, line = block[0]
    parts = [line.strip()]
    start = number
    previous = line
    for at, (number, line) in enumerate(block[1:]):
        if _breaks(previous, line, wrap or runs.get(at), language):
            result.append((_join_all(parts, language), start, not result))
            parts = [line.strip()]
            start = number
        else:
            parts.append(line.strip())
        previous = line
    result.append((_join_all(parts, language), start, not result))
    return result


def _join_all(parts: list[str], language: Language) -> str:
    """Join hard-wrapped pieces (stripped, non-empty); linear in their total length."""
    out: list[str] = [parts[0]]
    for before, after in zip(parts, parts[1:], strict=False):
        out.append(_separator(before, after, language))
        out.append(after)
    return "".join(out)


def _join_page_breaks(
    pieces: list[tuple[str, int, bool]], language: Language, after_page: set[int]
) -> list[tuple[str, int]]:
    """Join a paragraph cut by a page end (blank lines or chrome in between) with its rest.

    Right after a page mark (``after_page``: …However, the⏎12⏎Committee judges…) any
    sentence left open goes on, unless an English title (its last word capitalized)
    ends before the mark."""
    groups: list[list[str]] = []
    starts: list[int] = []
    for text, line, starts_block in pieces:
        before = groups[-1][-1] if groups else ""
        goes_on = starts_block and (
            _continues(before, text, language)
            or (
                line in after_page
                and _may_go_on(before, text, language)
                and not (language == "en" and _titled(before))
            )
        )
        if goes_on:
            before = before.rstrip()
            groups[-1][-1] = before
            groups[-1].append(_separator(before, text.lstrip(), language))
            groups[-1].append(text.strip())
        else:
            groups.append([text])
            starts.append(line)
    return [("".join(group), line) for group, line in zip(groups, starts, strict=True)]


def _titled(before: str) -> bool:
    """Whether an English line ends with a capitalized word (Monetary Policy Report)."""
    words = before.split()
    return bool(words) and words[-1][:1].isupper()


def _may_go_on(before: str, after: str, language: Language) -> bool:
    """Whether a paragraph may go on past a break: ``before`` ends no clause and is no
    heading, title, dateline or bold line; ``after`` is no heading and no opener (各位代表)."""
    before = before.rstrip()
    after = after.lstrip()
    return bool(before and after) and not (
        _ENDS_CLAUSE.search(before[-16:])
        or is_heading_line(before, language)
        or zh.TITLE_ENDING.search(before[-12:])
        or (before.startswith("**") and before.endswith("**"))
        or zh.DATELINE.match(before)
        or _OPENER.match(after)
        or is_heading_line(after, language)
    )


def _continues(before: str, after: str, language: Language) -> bool:
    """Whether paragraph ``after`` is the rest of ``before``, cut by a page end."""
    if not _may_go_on(before, after, language):
        return False
    before = before.rstrip()
    after = after.lstrip()
    if language == "en":
        return after[0].islower() and bool(_EN_CONTINUES.search(before))
    open_end = bool(_ENDS_OPEN.search(before[-1:]))
    if not (open_end or _word_char().match(before[-1])):
        return False
    if not (_word_char().match(after[0]) or _STARTS_CLOSING.match(after) or after[0] in "“‘《"):
        return False
    return open_end or len(before) >= 20 or before.startswith(("——", "――"))
