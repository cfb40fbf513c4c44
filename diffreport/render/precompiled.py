"""The HTML templates' Python code, compiled ahead of time (``diffreport/render/compiled``).

jinja2 turns a template into Python code before it renders it: parsing
``report.html.j2`` and generating its ~40 kB of code took ~35 ms of the ~0.6 s of a
``diffreport compare --format html``, every time, for the same code.
``scripts/build_templates.py`` writes that code once, one module a template in
``compiled/``, exactly as ``Environment.compile`` makes it, and records in
``compiled/__init__.py`` jinja2's version and each template's source checksum; Python
keeps those modules' bytecode as it keeps any module's.

:class:`Precompiled` is the environment's bytecode cache: it hands jinja2 the stored
code of a template whose source and jinja2 version are those it was made from, and
nothing otherwise, so an edited template or another jinja2 is compiled as usual. It
never writes anything. ``tests/test_templates.py`` fails while a stored module is out
of date.
"""

from __future__ import annotations

from importlib.machinery import SourceFileLoader
from pathlib import Path
from types import CodeType
from typing import TYPE_CHECKING

import jinja2
from jinja2.bccache import Bucket, BytecodeCache

from diffreport.render import compiled

if TYPE_CHECKING:
    from jinja2 import Environment

#: where the stored modules are
COMPILED = Path(compiled.__file__).parent


def module_name(template: str) -> str:
    """The module that holds a template's code: ``report.html.j2`` -> ``report_html``."""
    return template.removesuffix(".j2").replace(".", "_")


class Precompiled(BytecodeCache):
    """A template's code from ``compiled/`` when it was made from this source by this jinja2."""

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The bucket of a template, holding its stored code when that is current."""
        key = self.get_cache_key(name, filename)
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        current = compiled.SOURCES.get(name) == bucket.checksum
        if current and jinja2.__version__ == compiled.JINJA2:
            bucket.code = stored_code(name, filename)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Nothing to load: ``get_bucket`` fills the bucket."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Nothing is written: what jinja2 compiled here lives as long as the environment."""


def stored_code(name: str, filename: str | None) -> CodeType | None:
    """The stored code of template ``name`` as jinja2 would compile it from ``filename``.

    Python reads the module's bytecode from its cache when it can. The code is named
    after the template's file, as jinja2 names the code it compiles, so that a render
    error's traceback points into the template, at its line.
    """
    path = COMPILED / f"{module_name(name)}.py"
    fullname = f"{compiled.__name__}.{path.stem}"
    try:
        code = SourceFileLoader(fullname, str(path)).get_code(fullname)
    except (OSError, SyntaxError):  # missing or damaged: compiled as usual
        return None
    return None if code is None else _renamed(code, filename or "<template>")


def _renamed(code: CodeType, filename: str) -> CodeType:
    """``code`` and every code object in it, named after ``filename``."""
    consts = tuple(_renamed(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)
