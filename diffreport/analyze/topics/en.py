"""English candidates: noun-phrase chunks, words coded as single characters."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from diffreport.lexicon.en import (
    ADJECTIVE_ENDINGS,
    ADJECTIVES,
    NOUNS_ENDING_ING_ED,
    NOUNS_ENDING_LY,
    NOUNS_WITH_ADJECTIVE_ENDINGS,
    STAGE_DIRECTION,
    TOPIC_GENERIC_WORDS,
    TOPIC_STOP_WORDS,
    VAGUE_HEADS,
)

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
# a token that starts with a digit breaks a run whole: nothing of 21st or 10-year-old is a word
_EN_BREAK = re.compile(r"[0-9][0-9A-Za-z'’-]*|[^A-Za-z'’\- ]+|\s-+\s|--+")
# a middle initial between two capitalized words of a name
# (the surname ends the name: a comma, semicolon, "and" or the end follows; in
# "Plan B. Committee members" the B. ends a sentence)
_EN_INITIAL = re.compile(r"\b([A-Z][a-z]+) [A-Z]\. (?=[A-Z][a-z'-]+(?:[,;.)]|\s+and\b|\s*$))")
_EN_CHUNK_MAX = 4  # longest chunk taken as a term as it stands


def _en_bad_edge(word: str) -> bool:
    if word in NOUNS_ENDING_ING_ED or "-" in word:  # mortgage-backed, asset-backed
        return False
    return word.endswith(("ed", "ing")) and len(word) > 4


def _en_is_stop(word: str) -> bool:
    if word in TOPIC_STOP_WORDS or len(word) < 2 or "'" in word:
        return True  # a contraction (don't, we're) is no noun
    return word.endswith("ly") and word not in NOUNS_ENDING_LY and len(word) > 4


def _en_adjective(word: str) -> bool:
    """Whether ``word`` is (most likely) an adjective: listed, or by its ending."""
    if word in ADJECTIVES:
        return True
    if word in NOUNS_WITH_ADJECTIVE_ENDINGS:
        return False
    if "-" in word and word.partition("-")[0] in ADJECTIVES:
        return True  # high-quality, higher-standard, well-regulated
    return word.endswith(ADJECTIVE_ENDINGS) and word not in NOUNS_WITH_ADJECTIVE_ENDINGS


def _en_clean(words: tuple[str, ...]) -> tuple[str, ...] | None:
    while words and _en_bad_edge(words[0]):
        words = words[1:]
    while words and (_en_bad_edge(words[-1]) or _en_adjective(words[-1])):
        words = words[:-1]  # a noun phrase ends in a noun
    if not words:
        return None
    if len(words) == 1 and (
        len(words[0]) < 4 or words[0].endswith("'s") or words[0] in TOPIC_GENERIC_WORDS
    ):
        return None
    if len(words) == 2 and _en_adjective(words[0]) and words[1] in VAGUE_HEADS:
        return None
    return words


class _Words:
    """English words as single characters, so that all counting works on strings.

    A term is then a substring of a run, matched on whole words only. The codes are the
    code points past the Basic Multilingual Plane (a million): coded strings are never
    mixed with text, so what those code points mean elsewhere does not matter. One table
    serves every document of a process (documents are profiled once and compared with
    many others); when half its code space is used a fresh table replaces it, and
    profiles coded with the old one are rebuilt. A document within the size limit holds
    far fewer distinct words than half the space (2,000,000 characters: at most 400,000
    words of four letters or more); past a raised limit, the words beyond the space share
    its last code.
    """

    _FIRST = 0x10000
    CAPACITY = 0x110000 - _FIRST

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.words: dict[str, str] = {}

    def encode(self, words: Iterable[str]) -> str:
        """The code string of a sequence of words, new words getting new codes."""
        out = []
        for word in words:
            code = self.codes.get(word)
            if code is None:
                code = chr(self._FIRST + min(len(self.codes), self.CAPACITY - 1))
                self.codes[word] = code
                self.words.setdefault(code, word)
            out.append(code)
        return "".join(out)

    def decode(self, term: str) -> tuple[str, ...]:
        """The words of a code string."""
        return tuple(self.words[c] for c in term)

    def full(self) -> bool:
        """Whether half the code space is used (a new document might overflow it)."""
        return len(self.codes) > self.CAPACITY // 2


_WORDS = [_Words()]  # the current table, replaced when full


def _words_table() -> _Words:
    if _WORDS[0].full():
        _WORDS[0] = _Words()
    return _WORDS[0]


def _en_runs(text: str) -> Iterable[tuple[str, ...]]:
    """Runs of content words (lower case) between punctuation and stop words."""
    text = STAGE_DIRECTION.sub(".", unicodedata.normalize("NFKC", text).replace("’", "'"))
    text = _EN_INITIAL.sub(r"\1 ", text)  # Loretta J. Mester: one name, not loretta, mester
    for segment in _EN_BREAK.split(text):
        chunk: list[str] = []
        words = [w.lower().removesuffix("'s") for w in _EN_WORD.findall(segment)]
        for word in [*words, ""]:
            if word and not _en_is_stop(word):
                chunk.append(word)
            elif chunk:
                yield tuple(chunk)
                chunk = []


@lru_cache(maxsize=1 << 14)
def _en_term(chunk: tuple[str, ...]) -> tuple[str, ...] | None:
    return _en_clean(chunk)
