"""What sentences and headings are matched on: folded keys, their tokens, their clauses sorted."""

from __future__ import annotations

import re
import unicodedata
from itertools import filterfalse
from operator import add

from diffreport.align.years import shift_years
from diffreport.lexicon.en import MATCHING_STOP_WORDS

# a heading's numbering: 一、 （二） 3. IV. and Markdown's # and ** around it
_NUMBERING = re.compile(
    r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\d]+[）)]|"
    r"\d+[、.．]|[IVXLC]+\.\s)\s*"
)
PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_EN_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_CLAUSE_BREAK = re.compile(r"[，；：,;:]")


def heading_key(heading: str | None, delta: int = 0) -> str:
    """A heading without its numbering, markup and punctuation, years shifted by ``delta``."""
    if not heading:
        return ""
    text = _NUMBERING.sub("", unicodedata.normalize("NFKC", heading).replace("**", ""))
    return PUNCT.sub("", shift_years(text, delta)).lower()


def sentence_tokens(key: str, language: str, same: dict[str, str]) -> set[str]:
    """A sentence's tokens: its character bigrams (Chinese) or content words.

    ``same`` maps each token to the one string object that stands for it in this
    alignment: ten reports hold 340k bigrams but only ~30k distinct ones, and one
    object each (hashed once) keeps the token sets a third of the size.
    """
    if language == "zh":
        text = PUNCT.sub("", key)
        # the bigrams text[i : i + 2], in order, joined at C speed
        grams = list(map(add, text, text[1:]))
        return set(map(same.setdefault, grams, grams)) or ({text} if text else set())
    words = list(filterfalse(MATCHING_STOP_WORDS.__contains__, _EN_WORD.findall(key.lower())))
    return set(map(same.setdefault, words, words))


def clauses_sorted(key: str, language: str, none: str) -> str:
    """``key`` with its clauses (Chinese) or content words (English) in sorted order.

    ``none`` (a character no key holds, different for each side, so that two
    of them never match) when there is nothing to reorder: one clause, or
    fewer than six content words (a short sentence's sorted words match
    another's by chance: ``more story`` and ``more no``).
    """
    if language == "zh":
        parts = list(filter(None, map(str.strip, _CLAUSE_BREAK.split(key))))
        return "，".join(sorted(parts)) if len(parts) >= 2 else none
    words = list(filterfalse(MATCHING_STOP_WORDS.__contains__, _EN_WORD.findall(key.lower())))
    return " ".join(sorted(words)) if len(words) >= 6 else none


def heading_grams(text: str) -> set[str]:
    """Character bigrams (or words, for Latin text): clause order does not matter to them."""
    if text.isascii():
        return set(text.split()) if " " in text else {text[i : i + 3] for i in range(len(text) - 2)}
    return {text[i : i + 2] for i in range(len(text) - 1)}


def token_list(key: str, language: str) -> list[str]:
    """``sentence_tokens`` in order, repeats kept: what a section's vocabulary counts."""
    if language == "zh":
        text = PUNCT.sub("", key)
        return list(map(add, text, text[1:]))
    return list(filterfalse(MATCHING_STOP_WORDS.__contains__, _EN_WORD.findall(key.lower())))
