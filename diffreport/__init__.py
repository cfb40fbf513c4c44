"""diffreport: compare successive editions of long policy reports and say what really changed.

The pipeline runs one way — load -> normalize -> segment -> align -> analyze ->
render — and every stage is importable on its own. Heavy modules (rapidfuzz,
jinja2, the Chinese segmenter) are imported only when a function needs them, so
``import diffreport`` and ``diffreport --version`` stay fast.

Example::

    import diffreport
    result = diffreport.compare("2024.txt", "2025.txt")
    for change in result.changes.numbers:
        print(change.metric, change.status)
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The submodule ``load`` is imported before the function ``load`` is defined, so
# the function wins the name (a later ``from .load import`` keeps it that way).
from . import load as _load_stage
from .errors import ConfigError, DiffReportError, InputError, OutputError
from .model import Comparison, Document
from .options import CompareOptions

if TYPE_CHECKING:
    from collections.abc import Sequence

    from .model import Language, Series

__version__ = "0.1.0"

__all__ = [
    "CompareOptions",
    "Comparison",
    "ConfigError",
    "DiffReportError",
    "Document",
    "InputError",
    "OutputError",
    "__version__",
    "compare",
    "compare_series",
    "from_text",
    "load",
]

Source = Document | str | os.PathLike[str]


def from_text(
    text: str,
    *,
    label: str = "text",
    path: str = "<string>",
    encoding: str = "str",
    language: Language | None = None,
) -> Document:
    """Segment report ``text`` (already decoded) into a ``Document``."""
    from .normalize import clean, detect_language
    from .segment import segment

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


def default_label(path: str | os.PathLike[str]) -> str:
    """A label from a file name: its stem (``2024.txt`` -> ``2024``)."""
    return Path(path).stem


def load(path: str | os.PathLike[str], *, label: str | None = None) -> Document:
    """Read one edition from a file (UTF-8, UTF-16 or GB18030; .txt or .md)."""
    text, encoding = _load_stage.read_text(path)
    return from_text(
        text, label=label or default_label(path), path=os.fspath(path), encoding=encoding
    )


def _document(source: Source, label: str | None) -> Document:
    if isinstance(source, Document):
        return replace(source, label=label) if label else source
    if isinstance(source, str) and ("\n" in source or len(source) > 1024):
        return from_text(source, label=label or "text")
    return load(source, label=label)


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

    ``old`` and ``new`` are paths, report texts (a string with a line break) or
    loaded ``Document`` objects. ``knobs`` override fields of ``CompareOptions``.
    """
    from .align import align
    from .analyze import analyze

    opts = replace(options or CompareOptions(), **knobs)
    a = _document(old, old_label)
    b = _document(new, new_label)
    sections, sentences = align(a, b, opts)
    partial = Comparison(old=a, new=b, sections=sections, sentences=sentences)
    return replace(partial, changes=analyze(partial, opts))


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

    Example::

        series = diffreport.compare_series(["2023.txt", "2024.txt", "2025.txt"])
        for path in series.numbers:
            print(path.metric, [v and v.quantity.text for v in path.values])
    """
    from .series import compare_series as run

    opts = replace(options or CompareOptions(), **knobs)
    return run(sources, labels=labels, options=opts)
