"""diffreport: compare successive editions of long policy reports and say what really changed.

The pipeline runs one way — load -> normalize -> segment -> align -> analyze ->
render — and every stage is importable on its own. Heavy modules (rapidfuzz,
jinja2, the Chinese segmenter) are imported only when a function needs them, so
``import diffreport`` and ``diffreport --version`` stay fast.

Example (the full API, with pandas frames and notebook display, is in the README)::

    import diffreport
    result = diffreport.compare("2024.txt", "2025.txt")
    for change in result.changes.numbers:
        print(change.metric, change.status)
    result.numbers_frame()          # a pandas DataFrame (needs pandas: pip install pandas)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diffreport.api import (
        MAX_CHARS,
        Source,
        compare,
        compare_series,
        default_label,
        from_text,
        load,
        max_chars,
    )
    from diffreport.display import Comparison, Series
    from diffreport.errors import ConfigError, DiffReportError, InputError, OutputError
    from diffreport.model import Document
    from diffreport.options import CompareOptions

__version__ = "0.1.0"

__all__ = [
    "MAX_CHARS",
    "CompareOptions",
    "Comparison",
    "ConfigError",
    "DiffReportError",
    "Document",
    "InputError",
    "OutputError",
    "Series",
    "Source",
    "__version__",
    "compare",
    "compare_series",
    "default_label",
    "from_text",
    "load",
    "max_chars",
]

# Names are imported on first use (PEP 562), so ``import diffreport`` and
# ``diffreport --version`` do not pay for the model, the regexes or rapidfuzz.
_HOME = {
    "CompareOptions": ".options",
    "Comparison": ".display",
    "Document": ".model",
    "Series": ".display",
    "ConfigError": ".errors",
    "DiffReportError": ".errors",
    "InputError": ".errors",
    "OutputError": ".errors",
}


def __getattr__(name: str) -> Any:
    if name in __all__:
        module = importlib.import_module(_HOME.get(name, ".api"), __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
