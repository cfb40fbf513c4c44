"""New terms of English reports: runs of content words holding a word or a pair of
words the other edition lacks, and the noun phrases a reader is shown of them. The
Chinese terms and what both languages share are in :mod:`~diffreport.analyze.newterms`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from diffreport.analyze.background import report_share
from diffreport.analyze.newterms import EN_TOKEN, Term, Vocabulary
from diffreport.lexicon import en


def shown_en(
    found: list[Term], other: Vocabulary, text: str = "", *, new_only: bool = True
) -> Iterator[str]:
    """English terms as a reader sees them: noun phrases, not the verbs leading into them.

    Words at a term's edges that are verbs, function words or adverbs (``foster new
    growth drivers such`` -> ``new growth drivers``; ``increase funding`` -> ``funding``)
    are cut, as topics cut them (en.TOPIC_STOP_WORDS); so is a verb the sentence marks
    as one — the first word after ``will``, ``to`` or another modal in ``text`` (``will
    launch special initiatives`` -> ``special initiatives``), with its particle (``carry
    out``) — and a verb form in -ing or -ed at its start, in -ed at its end
    (``supporting``, ``affected``; not ``funding``); a verb or function word inside
    cuts the term in two. A piece with no word or pair of words the other edition lacks
    is not shown (``new_only``: else every piece is). Named terms stay as written.
    """
    for term in found:
        if term.named:
            yield term.text
            continue
        words = term.text.split()
        if words and words[-1][-1] in ".,;:" and "." not in words[-1][:-1]:
            words[-1] = words[-1][:-1]  # 2030. ends a sentence; U.S. is a name
        if words and _after_modal(term.text, text):
            words.pop(0)
            if words and words[0].lower() in _PARTICLES_EN:
                words.pop(0)
        for piece in _en_pieces(words):
            if not new_only or _en_has_new([w.lower() for w in piece], other):
                yield " ".join(piece)


def _en_has_new(lowered: list[str], other: Vocabulary) -> bool:
    """Whether lowercased words hold a word or a pair of adjacent words ``other`` lacks."""
    if any(w not in other.grams for w in lowered):
        return True
    return any(f"{a} {b}" not in other.grams for a, b in zip(lowered, lowered[1:], strict=False))


def _en_pieces(words: list[str]) -> Iterator[list[str]]:
    """The noun phrases of a run of words: cut at the verbs and function words inside it
    (``rural residents must remain our top priority`` -> ``rural residents``, ``top
    priority``), each without a verb form at its edges."""
    piece: list[str] = []
    for word in [*words, "the"]:  # a final function word closes the last piece
        unit = bool(piece) and piece[-1][:1].isdigit() and word.lower() in _UNITS_EN
        if unit or not _en_edge_word(word):
            piece.append(word)  # 7 percent: a figure keeps its unit
            continue
        while piece and _verb_form(piece[0]):
            piece.pop(0)
        while piece and _verb_form(piece[-1], ("ed",)):
            piece.pop()
        if piece:
            yield piece
        piece = []


#: units a figure keeps in a term, though they are stop words of topics (7 percent)
_UNITS_EN = frozenset(
    {"percent", "percentage", "point", "points", "billion", "trillion", "million"}
)
#: the words after which an English word is a verb (will launch, to boost)
_VERB_MARKERS = frozenset({"to", *en.MODAL_VERBS})
#: particles of phrasal verbs (carry out, set up), cut with their verb
_PARTICLES_EN = frozenset({"out", "up", "down", "off", "forward"})


def _after_modal(term: str, text: str) -> bool:
    """Whether the word before ``term``'s first occurrence in ``text`` marks a verb: a
    modal, or ``to`` before a lowercase word (``to boost``, not ``to Southeast Asian
    markets`` nor ``to 4.5 percent``)."""
    at = text.find(term)
    if at <= 0 or not term[:1].islower():
        return False
    before = text[:at].split()
    return bool(before) and before[-1].lower() in _VERB_MARKERS


def _verb_form(word: str, endings: tuple[str, ...] = ("ing", "ed")) -> bool:
    """A word in -ing or -ed that is no noun (supporting, affected; not funding, savings).

    At a term's end only -ed is cut: a final -ing word heads the phrase (market
    functioning)."""
    lowered = word.lower()
    return lowered.endswith(endings) and lowered not in en.NOUNS_ENDING_ING_ED


def _en_edge_word(word: str) -> bool:
    lowered = word.lower()
    adverb = lowered.endswith("ly") and lowered not in en.NOUNS_ENDING_LY
    return lowered in en.TOPIC_STOP_WORDS or adverb


#: punctuation that ends an English term: a run of content words never spans a clause or
#: a list boundary (``biomanufacturing, quantum technology, embodied AI, and 6G``); the
#: comma of a figure (100,000 assaults) is none
_EN_BOUNDARY = re.compile(r"[;:()\"“”]|(?<!\d),|,(?!\d)")
#: a list item of at most this many content words is named whole, as the report marked it
_EN_ITEM_LONGEST = 3


def en_terms(text: str, other: Vocabulary, before: int | None = None) -> Iterator[Term]:
    """Runs of content words (cut at function words and punctuation) holding a word or
    pair ``other`` lacks.

    A run that is a whole short item of a list of named things (after ``such as``,
    ``including``: en.LIST_CUE) is named, like a Chinese enumeration item: ``embodied
    AI`` in ``industries such as quantum technology, embodied AI, and 6G technology``.
    """
    stop = en.MATCHING_STOP_WORDS
    listing = False  # inside a list of named things
    for segment in _EN_BOUNDARY.split(text):
        cue = en.LIST_CUE.search(segment)
        words = EN_TOKEN.findall(segment)
        items = EN_TOKEN.findall(segment[cue.end() :]) if cue else words
        content = [w for w in items if w.lower() not in stop]
        listing = cue is not None or (listing and len(content) <= _EN_ITEM_LONGEST)
        spans = [m.span() for m in EN_TOKEN.finditer(segment)]
        first = 0  # the run is words[first:i]
        for i, word in enumerate([*words, "the"]):  # a final function word closes the run
            if word.lower() not in stop:
                continue
            chunk = words[first:i]
            lowered = [w.lower() for w in chunk]
            if chunk and _en_has_new(lowered, other):
                shares = (report_share(w, "en", before) for w in lowered)
                rarity = sum(1.0 - share for share in shares) / len(lowered)
                named = listing and chunk == content and len(chunk) <= _EN_ITEM_LONGEST
                shown = segment[spans[first][0] : spans[i - 1][1]]  # as written: 6G, U.S.
                yield Term(shown, min(len(chunk), 3) * 1.5 * rarity, named)
            first = i + 1
