"""Renderers: one small protocol and one explicit table from format name to renderer.

A renderer reads a finished ``Comparison`` and writes to a text stream it is
given; it never prints to global stdout. Modules are imported on first use so
that choosing JSON never pays for jinja2.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TextIO

if TYPE_CHECKING:
    from diffreport.model import Comparison, Series


@dataclass(frozen=True)
class RenderOptions:
    """How a comparison is shown: every section or only changed ones, and the width."""

    show_all: bool = False
    width: int | None = None
    color: bool | None = None


class Renderer(Protocol):
    """Writes one comparison to a stream."""

    def __call__(self, comparison: Comparison, out: TextIO, options: RenderOptions) -> None:
        """Render ``comparison`` to ``out``."""


#: format name -> "module:function" of its renderer
RENDERERS: dict[str, str] = {
    "terminal": "diffreport.render.terminal:render",
    "json": "diffreport.render.json:render",
    "html": "diffreport.render.html:render",
    "markdown": "diffreport.render.markdown:render",
}


def get_renderer(name: str) -> Renderer:
    """The renderer registered for format ``name``."""
    module, _, func = RENDERERS[name].partition(":")
    renderer: Renderer = getattr(importlib.import_module(module), func)
    return renderer


class SeriesRenderer(Protocol):
    """Writes one series (N editions) to a stream."""

    def __call__(self, series: Series, out: TextIO, options: RenderOptions) -> None:
        """Render ``series`` to ``out``."""


#: format name -> "module:function" of its series renderer
SERIES_RENDERERS: dict[str, str] = {
    "terminal": "diffreport.render.series_terminal:render",
    "json": "diffreport.render.series_json:render",
    "html": "diffreport.render.series_html:render",
    "markdown": "diffreport.render.markdown:render_series",
}


def get_series_renderer(name: str) -> SeriesRenderer:
    """The series renderer registered for format ``name``."""
    module, _, func = SERIES_RENDERERS[name].partition(":")
    renderer: SeriesRenderer = getattr(importlib.import_module(module), func)
    return renderer
