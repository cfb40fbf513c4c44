"""Renderers: one small protocol and one table of output formats.

A renderer reads a finished ``Comparison`` and writes to a text stream it is
given; it never prints to global stdout. Modules are imported on first use so
that choosing JSON never pays for jinja2.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, TextIO

if TYPE_CHECKING:
    from diffreport.model import Comparison, Series


@dataclass(frozen=True)
class RenderOptions:
    """How a comparison is shown.

    ``show_all``: every section or only changed ones; ``width``/``color`` for
    the terminal; ``view``: two columns (``"side"``) or one column with
    deletions struck and insertions marked (``"inline"``); ``summary``: only
    the header, targets, highlights and topics, no sentence-by-sentence text.
    """

    show_all: bool = False
    width: int | None = None
    color: bool | None = None
    view: Literal["side", "inline"] = "side"
    summary: bool = False


class Renderer(Protocol):
    """Writes one comparison to a stream."""

    def __call__(self, comparison: Comparison, out: TextIO, options: RenderOptions) -> None:
        """Render ``comparison`` to ``out``."""


@dataclass(frozen=True)
class Format:
    """An output format: its renderers ("module:function"), file extension and index rank.

    ``index_rank`` orders the formats a batch index links a result by: the
    output of lowest rank is the one a row's name links to.
    """

    name: str
    render: str
    render_series: str
    extension: str
    index_rank: int


#: every output format, in the order the command line lists them; a new format is one entry
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "terminal",
            "diffreport.render.terminal:render",
            "diffreport.render.series_terminal:render",
            extension="txt",
            index_rank=2,
        ),
        Format(
            "json",
            "diffreport.render.json:render",
            "diffreport.render.series_json:render",
            extension="json",
            index_rank=3,
        ),
        Format(
            "html",
            "diffreport.render.html:render",
            "diffreport.render.series_html:render",
            extension="html",
            index_rank=0,
        ),
        Format(
            "markdown",
            "diffreport.render.markdown:render",
            "diffreport.render.markdown:render_series",
            extension="md",
            index_rank=1,
        ),
    )
}


def format_for_output(output: str | None) -> str | None:
    """The format an output file's extension names (``report.html`` -> html), or None.

    Read off ``FORMATS``: ``.html``, ``.json``, ``.md``, ``.txt`` (the terminal
    view); any other extension, stdout (``-``) or no file names none.
    """
    if not output or output == "-":
        return None
    name = output.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in name.lstrip("."):
        return None
    extension = name.rsplit(".", 1)[-1].lower()
    return next((f.name for f in FORMATS.values() if f.extension == extension), None)


def get_renderer(name: str) -> Renderer:
    """The renderer registered for format ``name``."""
    module, _, func = FORMATS[name].render.partition(":")
    renderer: Renderer = getattr(importlib.import_module(module), func)
    return renderer


class SeriesRenderer(Protocol):
    """Writes one series (N editions) to a stream."""

    def __call__(self, series: Series, out: TextIO, options: RenderOptions) -> None:
        """Render ``series`` to ``out``."""


def get_series_renderer(name: str) -> SeriesRenderer:
    """The series renderer registered for format ``name``."""
    module, _, func = FORMATS[name].render_series.partition(":")
    renderer: SeriesRenderer = getattr(importlib.import_module(module), func)
    return renderer
