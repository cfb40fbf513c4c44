"""Display: how a finished result shows itself in a notebook, a rich console or pandas.

It sits above the renderers and the model: it imports both, neither imports it.
``Comparison`` and ``Series`` here are the model's values with nothing added but
their views — ``_repr_html_`` for Jupyter, ``__rich_console__`` for rich and the
pandas frames — and are what ``diffreport.compare`` and ``compare_series`` return.
They have no fields of their own, so they pickle, compare and ``dataclasses.replace``
like the model's. The viewers (``notebook``, ``frames``) and their libraries are
imported on first use.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Literal

from diffreport import model

if TYPE_CHECKING:
    import pandas as pd
    from rich.console import Console, ConsoleOptions, RenderResult

__all__ = ["Comparison", "Series"]


@dataclass(frozen=True)
class Comparison(model.Comparison):
    """Two editions aligned, with what changed between them; shows itself in Jupyter and rich."""

    @classmethod
    def from_model(cls, value: model.Comparison) -> Comparison:
        """``value`` with its views (itself when it has them already)."""
        if isinstance(value, cls):
            return value
        return cls(**{f.name: getattr(value, f.name) for f in fields(value)})

    def _repr_html_(self) -> str:
        """Jupyter's view: the summary, then the side-by-side text collapsed (an HTML fragment)."""
        from diffreport.display.notebook import comparison_html

        return comparison_html(self)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The terminal view, for ``rich.print(comparison)`` and rich consoles."""
        from diffreport.display.notebook import comparison_renderables

        yield from comparison_renderables(self, console, options)

    def numbers_frame(self) -> pd.DataFrame:
        """Every number change as a pandas DataFrame (needs pandas)."""
        from diffreport.display.frames import numbers_frame

        return numbers_frame(self)

    def sentences_frame(self) -> pd.DataFrame:
        """Every sentence pair as a pandas DataFrame (needs pandas)."""
        from diffreport.display.frames import sentences_frame

        return sentences_frame(self)

    def topics_frame(self) -> pd.DataFrame:
        """New and dropped topics as a DataFrame (needs pandas)."""
        from diffreport.display.frames import topics_frame

        return topics_frame(self)


@dataclass(frozen=True)
class Series(model.Series):
    """N editions compared in order; shows itself in Jupyter and rich, its comparisons too."""

    @classmethod
    def from_model(cls, value: model.Series) -> Series:
        """``value`` and each of its comparisons with their views."""
        if isinstance(value, cls) and all(isinstance(c, Comparison) for c in value.comparisons):
            return value
        values = {f.name: getattr(value, f.name) for f in fields(value)}
        values["comparisons"] = tuple(Comparison.from_model(c) for c in value.comparisons)
        return cls(**values)

    def _repr_html_(self) -> str:
        """Jupyter's view: target paths, follow-through, topics, sections (an HTML fragment)."""
        from diffreport.display.notebook import series_html

        return series_html(self)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """The series terminal view, for ``rich.print(series)`` and rich consoles."""
        from diffreport.display.notebook import series_renderables

        yield from series_renderables(self, console, options)

    def targets_frame(
        self,
        field: Literal["value", "high", "unit", "qualifier", "text", "display"] = "value",
        kind: model.NumberKind | None = "target",
    ) -> pd.DataFrame:
        """Number paths as metric × edition label (needs pandas)."""
        from diffreport.display.frames import targets_frame

        return targets_frame(self, field, kind)
