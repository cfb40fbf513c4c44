"""Profiles: one edition prepared for topics once, its candidates and their counts."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice, repeat
from operator import add
from typing import TYPE_CHECKING

from diffreport.analyze.parts import notes_sections
from diffreport.analyze.topics.counting import (
    _EN_MAX,
    _ZH_MAX,
    _closed,
    _min_count,
    _repeated,
    _substrings,
)
from diffreport.analyze.topics.en import (
    _EN_CHUNK_MAX,
    _WORDS,
    _en_runs,
    _en_term,
    _Words,
    _words_table,
)
from diffreport.analyze.topics.fragments import _is_fragment
from diffreport.analyze.topics.zh import _ZH_CLAUSE_MAX, _ZH_QUOTED, _zh_runs, _zh_term
from diffreport.lexicon.en import ROLL_CALL
from diffreport.model import Document, Language
from diffreport.normalize import nfkc

if TYPE_CHECKING:
    from diffreport._ngrams import LowIndex

# Units from which n-grams are counted in numpy (``_ngrams``): about three
# reports, where that saves more than importing numpy costs.
_LONG_TEXT = 50_000


@dataclass(frozen=True, eq=False)
class _Profile:
    """One edition prepared for topics: its text, candidate terms and their counts.

    Built once per document (see ``_profile``) and reused by every comparison
    that document takes part in. ``text`` holds the runs of units (Han
    characters, or coded English words) joined by ``|``; a term never crosses
    a ``|``. The dicts at the end are memos filled on demand.
    """

    language: Language
    words: _Words | None  # the code table of an English profile
    text: str
    heading_text: str  # headings, in the same units, for heading emphasis
    quoted: Counter[str]  # quoted-name candidates and how often each is quoted
    size: int  # total units
    repeated: dict[str, int]  # n-grams occurring twice or more, with their counts
    extend: int  # n-grams said this often or more were counted in full (see ``_repeated``)
    candidates: dict[str, int]  # candidate terms with their counts, in first-seen order
    chars: Counter[str]  # unit counts, for cohesion
    pairs: Counter[str]  # bigram counts, for cohesion
    low: int  # shortest n-gram (2 characters, 1 word)
    openers: frozenset[str]  # character pairs that often open a clause here (verbs: 融入)
    _counts: dict[str, int] = field(default_factory=dict)
    _fragments: dict[str, bool] = field(default_factory=dict)
    # low-gram -> its start positions, ascending (a dict filled on first use)
    _index: dict[str, list[int]] | LowIndex = field(default_factory=dict)

    def count(self, term: str, *, present: bool = False) -> int:
        """Occurrences of ``term`` in this edition (``present``: it is known to occur)."""
        n = self.repeated.get(term)
        if n is None:
            n = self._counts.get(term)
            if n is None:
                longest = (_ZH_MAX if self.words is None else _EN_MAX) + 1
                if self.low <= len(term) <= longest and "|" not in term:
                    n = self._bounded(term, present)
                else:
                    n = sum(1 for _ in self.occurrences(term))
                self._counts[term] = n
        return n

    def _bounded(self, term: str, present: bool) -> int:
        """Occurrences of an n-gram of counted length that ``repeated`` lacks.

        Its first prefix said fewer than ``extend`` times was counted (its own
        prefix was said that often, or it is ``low`` units long). Not repeated,
        that prefix and so the term occur once or not at all; repeated (only
        when ``extend`` is above 2), the term is counted through its rarest part.
        """
        size = self.low
        while self.repeated.get(term[:size], 0) >= self.extend:
            size += 1
        if term[:size] not in self.repeated:
            return 1 if present or self._exists(term) else 0
        best, offset = self._rarest(term)
        if not best:
            return 0
        starts = map(offset.__rsub__, islice(best, bisect_left(best, offset), None))
        return sum(map(self.text.startswith, repeat(term), starts))

    def _exists(self, term: str) -> bool:
        """Whether ``term`` occurs: a scan of its rarest ``low``-gram's positions, in C."""
        best, offset = self._rarest(term)
        if not best:
            return False
        starts = map(offset.__rsub__, islice(best, bisect_left(best, offset), None))
        return any(map(self.text.startswith, repeat(term), starts))

    def _rarest(self, term: str) -> tuple[list[int] | None, int]:
        """The positions of ``term``'s rarest ``low``-gram and that gram's offset in it.

        ``None`` when a ``low``-gram of the term does not occur (nor the term).
        """
        index = self._index
        if isinstance(index, dict) and not index and self.text:
            get = index.get
            for at, gram in enumerate(_grams(self.text, self.low)):
                found = get(gram)
                if found is None:
                    index[gram] = [at]
                else:
                    found.append(at)
        low = self.low
        best: list[int] | None = None
        offset = 0
        for at in range(len(term) - low + 1):
            found = index.get(term[at : at + low])
            if found is None:
                return None, 0
            if best is None or len(found) < len(best):
                best, offset = found, at
        return best, offset

    def occurrences(self, term: str) -> Iterator[int]:
        """Start offsets of the non-overlapping occurrences of ``term`` in ``text``.

        Found through the positions of the term's rarest ``low``-gram, so that a
        lookup costs what the term's rarest part occurs, not the text's length
        (``str.find`` per term made comparing long texts quadratic).
        """
        best, offset = self._rarest(term)
        if best is None:
            return
        text, free = self.text, 0
        for at in best:
            start = at - offset
            if start >= free and text.startswith(term, start):
                yield start
                free = start + len(term)

    def heading_count(self, term: str) -> int:
        """Occurrences of ``term`` in headings."""
        return self.heading_text.count(term) if self.heading_text else 0

    def emphasis(self, term: str) -> int:
        """Extra weight for occurrences in headings (+3 each) and as a quoted name (+1 each)."""
        return self.quoted.get(term, 0) + 3 * self.heading_count(term)

    def display(self, term: str) -> str:
        """The term as a reader sees it."""
        return term if self.words is None else " ".join(self.words.decode(term))

    def fragment(self, term: str) -> bool:
        """Whether ``term`` is a piece of longer words here (see ``_is_fragment``)."""
        known = self._fragments.get(term)
        if known is None:
            known = self._fragments[term] = _is_fragment(term, self)
        return known


def _grams(text: str, n: int) -> Iterator[str]:
    """The ``n``-unit substrings of ``text`` in order: pairs and units without slicing."""
    if n == 1:
        return iter(text)
    if n == 2:
        return map(add, text, islice(text, 1, None))
    starts = range(len(text) - n + 1)
    return map(text.__getitem__, map(slice, starts, map(n.__add__, starts)))


def _prepare_zh(texts: Sequence[str], headings: Sequence[str], every_clause: bool) -> _Profile:
    # NFKC a sentence at a time, as segmenting did (remembered): the same text, since a
    # line break neither changes nor combines with what is around it
    text = "\n".join(map(nfkc, texts))
    quoted = Counter(q for m in _ZH_QUOTED.finditer(text) if _zh_term(q := m.group(1)) == q)
    runs = _zh_runs(text)
    heading_text = "|".join(map(nfkc, headings))
    # A clause said once is a candidate only in a heading (or for ``term_counts``).
    wanted = None if every_clause else frozenset(_zh_runs(heading_text))
    short = [run for run in runs if len(run) <= _ZH_CLAUSE_MAX + 6]
    return _build("zh", None, runs, short, wanted, quoted, heading_text)


def _prepare_en(texts: Sequence[str], headings: Sequence[str]) -> _Profile:
    words = _words_table()
    runs: list[str] = []
    clauses: list[str] = []
    said = [t for t in texts if not ROLL_CALL.match(t)]
    for chunk in _en_runs("\n".join(said)):
        runs.append(words.encode(chunk))
        if len(chunk) <= _EN_CHUNK_MAX:
            cleaned = _en_term(chunk)
            if cleaned is not None:
                clauses.append(words.encode(cleaned))
    heading_text = "|".join(words.encode(c) for h in headings for c in _en_runs(h))
    return _build("en", words, runs, clauses, None, Counter(), heading_text)


def _build(
    language: Language,
    words: _Words | None,
    runs: list[str],
    clauses: list[str],
    wanted: frozenset[str] | None,
    quoted: Counter[str],
    heading_text: str,
) -> _Profile:
    """The profile of an edition's runs.

    ``clauses`` are short runs (Chinese, cleaned here) or cleaned chunks
    (English) taken as candidates as they stand; with ``wanted`` given, only
    those in it (heading clauses) or said twice or more.
    """
    text = "|".join(runs)
    # One unit longer than a term may be, so that the windows of a long repeated
    # phrase are not closed.
    low, high = (2, _ZH_MAX + 1) if words is None else (1, _EN_MAX + 1)
    size = sum(map(len, runs))
    extend = max(2, _min_count(size, language))
    index: dict[str, list[int]] | LowIndex = {}
    if len(text) >= _LONG_TEXT:
        from diffreport._ngrams import repeated as numpy_repeated

        repeated, first, index = numpy_repeated(text, low, high, extend, heading_text)
    else:
        repeated, first = _repeated(text, low, high, extend, heading_text)
    profile = _Profile(
        language=language,
        words=words,
        text=text,
        heading_text=heading_text,
        quoted=quoted,
        size=size,
        repeated=repeated,
        extend=extend,
        candidates={},
        chars=Counter(text),
        pairs=first if low == 2 else Counter(),
        openers=frozenset(
            pair for pair, n in Counter(_CLAUSE_START.findall(text)).items() if n >= 3
        ),
        low=low,
        _index=index,
    )
    found = profile.candidates
    in_headings: dict[int, set[str]] = {}  # n -> the n-unit substrings of the headings
    for gram in _closed(repeated, low, high):
        if extend > 2 and repeated[gram] < extend:
            n = len(gram)
            if n not in in_headings:
                in_headings[n] = _substrings(heading_text, n)
            if gram not in in_headings[n]:
                continue  # a long text's term said too few times to be its topic (_min_count)
        if words is None:
            term = _zh_term(gram)
        else:
            cleaned = _en_term(words.decode(gram))
            term = None if cleaned is None else words.encode(cleaned)
        if term is not None and term not in found:
            found[term] = profile.count(term, present=True)
    # A clause is a piece of the text: when it does not repeat, it occurs once.
    for clause in dict.fromkeys(clauses):
        if wanted is not None and clause not in wanted and repeated.get(clause, 0) < extend:
            continue
        term = _zh_term(clause) if words is None else clause
        longest = _ZH_CLAUSE_MAX if words is None else _EN_MAX
        if term is not None and len(term) <= longest and term not in found:
            found[term] = profile.count(term, present=True)
    for term in quoted:
        found.setdefault(term, profile.count(term))
    return profile


def _prepare(
    texts: Sequence[str],
    language: Language,
    headings: Sequence[str] = (),
    *,
    every_clause: bool = False,
) -> _Profile:
    if language == "zh":
        return _prepare_zh(texts, headings, every_clause)
    return _prepare_en(texts, headings)


_CLAUSE_START = re.compile(r"(?:^|(?<=\|))([^|]{2})")

_PROFILES: dict[int, tuple[weakref.ref[Document], _Profile]] = {}


def _profile(doc: Document) -> _Profile:
    """The topics profile of a document, built once while the document lives.

    Keyed by ``id(doc)`` (hashing a whole frozen ``Document`` costs more than
    building a profile's key should); a weak reference confirms the entry still
    belongs to this object, and a finalizer drops it when the document is freed.
    """
    key = id(doc)
    hit = _PROFILES.get(key)
    if hit is not None and hit[0]() is doc:
        profile = hit[1]
        if profile.words is None or profile.words is _WORDS[0]:
            return profile
    texts, headings = _read(doc)
    profile = _prepare(texts, doc.language, headings)
    try:
        ref = weakref.ref(doc)
    except TypeError:  # pragma: no cover - Document always takes weak references
        return profile
    if hit is None or hit[0]() is not doc:
        weakref.finalize(doc, _PROFILES.pop, key, None)
    _PROFILES[key] = (ref, profile)
    return profile


def _prepare_like(doc: Document, language: Language) -> _Profile:
    texts, headings = _read(doc)
    return _prepare(texts, language, headings)


def _read(doc: Document) -> tuple[list[str], list[str]]:
    """The sentence texts and the heading texts a document's topics come from: not a
    glossary it appends (its entries define terms the report used, 四旁 or 1+3+N)."""
    notes = notes_sections(doc)
    kept = [s for s in doc.sentences if s.section not in notes]
    return [s.text for s in kept], [s.text for s in kept if s.heading]
