"""The functions diffreport re-exports: load, from_text, compare, compare_series."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diffreport._gc import gc_paused
from diffreport.display import Comparison, Series
from diffreport.model import Document
from diffreport.options import CompareOptions
from diffreport.reading import read_source
from diffreport.reading.limits import MAX_CHARS as MAX_CHARS
from diffreport.reading.limits import max_chars as max_chars
from diffreport.reading.limits import over_limit
from diffreport.segment import has_sentence_end

if TYPE_CHECKING:
    from collections.abc import Sequence

    from diffreport.model import Language

#: what ``compare`` and ``compare_series`` accept for an edition: a path, a report text
#: or a loaded ``Document``
Source = Document | str | os.PathLike[str]


def from_text(
    text: str,
    *,
    label: str = "text",
    path: str = "<string>",
    encoding: str = "str",
    language: Language | None = None,
) -> Document:
    """Segment report ``text`` (already decoded) into a ``Document``.

    The language (``"zh"`` or ``"en"``) is detected unless given. An empty text
    gives a document with no sentences and a warning. A lone surrogate (a code
    point no encoder writes, such as ``"\\ud800"``) in the text, the label or
    the path becomes U+FFFD here, so every renderer can write what it shows.

    Example::

        doc = diffreport.from_text("一、工作回顾\n经济增长5%左右。", label="draft")
        [s.text for s in doc.sentences]     # ['一、工作回顾', '经济增长5%左右。']
    """
    from diffreport.normalize import clean, detect_language
    from diffreport.segment import segment

    _check_str("from_text", "text", text)
    _check_str("from_text", "label", label)
    _check_str("from_text", "path", path)
    _check_str("from_text", "encoding", encoding)
    if language is not None and language not in ("zh", "en"):
        raise ValueError(f'from_text(): language must be "zh", "en" or None, not {language!r}')
    text, label, path = (without_surrogates(s) for s in (text, label, path))
    limit = max_chars()
    if len(text) > limit:
        raise over_limit(path, f"{len(text):,} characters", limit)
    lang = language or detect_language(text)
    cleaned = clean(text, lang)
    sections, sentences = segment(cleaned, lang)
    warnings: tuple[str, ...] = ()
    if not sentences:
        warnings = (f"{path}: no sentences found (empty document)",)
    return Document(
        path=path,
        label=label,
        language=lang,
        encoding=encoding,
        sections=sections,
        sentences=sentences,
        dropped=cleaned.dropped,
        warnings=warnings,
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (a surrogate pair is joined).

    A Python string may hold surrogates (``"\\ud800"``, or a file name's
    undecodable bytes); no UTF encoder writes them, so they would fail every
    renderer. Text without them is returned as it is, at the cost of one search.
    """
    if not _SURROGATE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _kind(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _check_str(func: str, name: str, value: object) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{func}(): {name} must be a str, not {_kind(value)}")


def _check_label(func: str, name: str, value: object) -> None:
    """A label is a non-empty string, or None for the default."""
    if value is None:
        return
    _check_str(func, name, value)
    assert isinstance(value, str)
    if not value.strip():
        raise ValueError(f"{func}(): {name} must not be empty (None gives the default)")


def _check_source(func: str, name: str, value: object) -> None:
    """A source is a path (str or ``os.PathLike``), a report text or a ``Document``."""
    if isinstance(value, Document | str):
        return
    if isinstance(value, os.PathLike) and isinstance(os.fspath(value), str):
        return
    raise TypeError(
        f"{func}(): {name} must be a path, a report text or a Document, not {_kind(value)}"
    )


def _options(func: str, options: object, knobs: dict[str, Any]) -> CompareOptions:
    """``options`` (the defaults when None) with ``knobs`` replaced; each name checked."""
    if options is not None and not isinstance(options, CompareOptions):
        raise TypeError(f"{func}(): options must be a CompareOptions, not {_kind(options)}")
    known = {f.name for f in fields(CompareOptions)}
    for name in knobs:
        if name not in known:
            raise TypeError(
                f"{func}(): unexpected keyword argument {name!r} "
                f"(not a CompareOptions field: {', '.join(sorted(known))})"
            )
    return replace(options or CompareOptions(), **knobs)


def default_label(path: str | os.PathLike[str]) -> str:
    """A label from a file name: its stem (``2024.txt`` -> ``2024``)."""
    return Path(path).stem


def load(path: str | os.PathLike[str], *, label: str | None = None) -> Document:
    """Read one edition from a file (UTF-8, UTF-16 or GB18030 text; PDF, .docx or HTML).

    The encoding is detected from the bytes; the label defaults to the file's
    stem. Raises ``InputError`` (naming the path) for a missing, unreadable,
    binary or undecodable file.

    Example::

        doc = diffreport.load("../shared/corpus/cn-state-council/2024.txt")
        doc.label, len(doc.sentences), doc.sections[1].heading   # ('2024', …, '一、2023年工作回顾')
    """
    _check_source("load", "path", path)
    if isinstance(path, Document):
        raise TypeError("load(): path must be a path (str or os.PathLike), not Document")
    _check_label("load", "label", label)
    text, encoding, chrome = read_source(path)
    document = from_text(
        text, label=label or default_label(path), path=os.fspath(path), encoding=encoding
    )
    # page chrome a PDF/Word/HTML reader removed is reported like the chrome clean() drops
    return replace(document, dropped=chrome + document.dropped) if chrome else document


_FILE_SUFFIX = re.compile(r"\.(?:txt|text|md|markdown|html?|pdf|docx?)\s*$", re.IGNORECASE)


def _is_text(source: Source) -> bool:
    """Whether a source is report text rather than a path.

    A string is text when it has a line break or is longer than 1024
    characters; a one-line string is text when it is not an existing file, does
    not end in a file suffix (``.txt``, ``.md`` …) and contains a sentence end
    (``。！？；`` or ``. ! ? ; :`` before a space or the end). Anything else is a
    path, so a mistyped file name gives an ``InputError`` naming it.
    """
    if not isinstance(source, str):
        return False
    if "\n" in source or "\r" in source or len(source) > 1024:
        return True
    if _FILE_SUFFIX.search(source) or os.path.exists(source):
        return False
    return has_sentence_end(source)


def _document(source: Source, label: str | None) -> Document:
    if isinstance(source, Document):
        return replace(source, label=without_surrogates(label)) if label else source
    if _is_text(source):
        assert isinstance(source, str)
        return from_text(source, label=label or "text")
    return load(source, label=label)


@gc_paused
def compare(
    old: Source,
    new: Source,
    *,
    old_label: str | None = None,
    new_label: str | None = None,
    options: CompareOptions | None = None,
    **knobs: Any,
) -> Comparison:
    """Align two editions and find what changed that matters.

    ``old`` and ``new`` are paths, report texts (a string with a line break, or
    one line with a sentence end) or loaded ``Document`` objects. ``knobs``
    override fields of ``CompareOptions`` (``compare(a, b, topics=30)``).
    The ``Comparison`` holds the section and sentence pairs and ``changes``
    (numbers, commitments, topics); it shows itself in Jupyter and rich, and
    gives pandas frames (``numbers_frame()``, ``sentences_frame()``,
    ``topics_frame()``). The CLI's ``diffreport compare`` is this function
    plus a renderer.

    Example::

        c = diffreport.compare("2024.txt", "2025.txt")
        c.counts()                      # {'unchanged': …, 'modified': …, …}
        [n.metric for n in c.changes.numbers if n.status == "changed"]
        diffreport.compare("经济增长5%左右。", "经济增长5.5%左右。").counts()["modified"]  # 1
    """
    from diffreport.align import align
    from diffreport.analyze import analyze

    _check_source("compare", "old", old)
    _check_source("compare", "new", new)
    _check_label("compare", "old_label", old_label)
    _check_label("compare", "new_label", new_label)
    opts = _options("compare", options, knobs)
    a = _document(old, old_label)
    b = _document(new, new_label)
    sections, sentences = align(a, b, opts)
    partial = Comparison(old=a, new=b, sections=sections, sentences=sentences)
    return replace(partial, changes=analyze(partial, opts))


@gc_paused
def compare_series(
    sources: Sequence[Source],
    *,
    labels: Sequence[str] | None = None,
    options: CompareOptions | None = None,
    **knobs: Any,
) -> Series:
    """Align N editions in order: sections chained, target paths, topics and follow-through.

    ``sources`` are paths, report texts or ``Document`` objects, each read once;
    consecutive pairs are compared with ``compare``. Labels come from the file
    names (a year in the name) unless ``labels`` gives one per source.
    ``Series.targets_frame()`` gives the target paths as a pandas DataFrame
    (metric × label). The CLI's ``diffreport series`` is this function plus a
    renderer.

    Example::

        series = diffreport.compare_series(["2023.txt", "2024.txt", "2025.txt"])
        for path in series.numbers:
            print(path.metric, [v and v.quantity.text for v in path.values])
    """
    from diffreport.series import build_series

    sources = _check_sources(sources)
    labels = _check_labels(labels, len(sources))
    opts = _options("compare_series", options, knobs)
    docs = _series_documents(sources, labels)
    comps = [compare(docs[i], docs[i + 1], options=opts) for i in range(len(docs) - 1)]
    return Series.from_model(build_series(docs, comps))


def _check_sources(sources: object) -> list[Source]:
    """``sources`` as a list, or a ``TypeError``/``ValueError`` saying what is wrong."""
    func = "compare_series"
    if isinstance(sources, str | bytes | os.PathLike | Document) or not isinstance(
        sources, Iterable
    ):
        raise TypeError(
            f"{func}(): sources must be a sequence of sources (paths, report texts or "
            f"Documents), not {_kind(sources)}"
        )
    items = list(sources)
    for k, item in enumerate(items):
        _check_source(func, f"sources[{k}]", item)
    if len(items) < 2:
        raise ValueError(f"{func}(): sources must hold at least 2 editions, got {len(items)}")
    return items


def _check_labels(labels: object, n: int) -> list[str] | None:
    """``labels`` as a list of ``n`` non-empty strings, or None."""
    func = "compare_series"
    if labels is None:
        return None
    if isinstance(labels, str) or not isinstance(labels, Iterable):
        raise TypeError(f"{func}(): labels must be a sequence of str, not {_kind(labels)}")
    items = list(labels)
    for k, label in enumerate(items):
        _check_label(func, f"labels[{k}]", label)
    if len(items) != n:
        raise ValueError(f"{func}(): {len(items)} labels for {n} editions (give one each)")
    return items


def _series_documents(sources: Sequence[Source], labels: Sequence[str] | None) -> list[Document]:
    """Each source read once and labelled: ``labels``, else a year in the file name, else ``#k``."""
    from diffreport.series import series_labels

    paths = [s for s in sources if not isinstance(s, Document) and not _is_text(s)]
    auto = iter(series_labels([os.fspath(p) for p in paths]))
    docs: list[Document] = []
    for k, source in enumerate(sources):
        label = labels[k] if labels is not None else None
        if isinstance(source, Document):
            named = source if label is None else replace(source, label=without_surrogates(label))
            docs.append(named)
        elif _is_text(source):
            assert isinstance(source, str)
            docs.append(from_text(source, label=label or f"#{k + 1}"))
        else:
            default = next(auto)
            docs.append(load(source, label=label or default))
    return docs
