"""Write diffreport/render/compiled/: the HTML templates' Python code, compiled ahead of time.

For each template in ``diffreport/render/templates``, the code jinja2 makes of it with
the templates' environment (``Environment.compile``, as it compiles a template it
loads), one module a template; and ``compiled/__init__.py`` with jinja2's version and
each template's source checksum, so that a template edited later, or another jinja2,
is compiled as usual (``diffreport/render/precompiled.py``). Run from the repository
root after editing a template or upgrading jinja2 (``tests/test_templates.py`` fails
until then)::

    python scripts/build_templates.py

The output is deterministic.
"""

from __future__ import annotations

import sys
from pathlib import Path

import jinja2

from diffreport.render.pages import environment
from diffreport.render.precompiled import COMPILED, Precompiled, module_name

TEMPLATES = Path(__file__).resolve().parent.parent / "diffreport" / "render" / "templates"

INIT = '''"""The HTML templates' Python code as jinja2 compiles it, by scripts/build_templates.py.

Do not edit: run ``python scripts/build_templates.py`` after editing a template in
``../templates`` or upgrading jinja2. ``diffreport/render/precompiled.py`` uses a
module here only for the source it was made from (``SOURCES``: the template's name ->
jinja2's checksum of its source) and for jinja2 ``JINJA2``.
"""

JINJA2 = "{version}"

SOURCES = {{
{sources}}}
'''


def build() -> dict[str, str]:
    """Every template's module text by file name, ``__init__.py`` included."""
    env = environment()
    checksum = Precompiled().get_source_checksum
    files: dict[str, str] = {}
    sources: dict[str, str] = {}
    for path in sorted(TEMPLATES.glob("*.j2")):
        source = path.read_text(encoding="utf-8")
        files[f"{module_name(path.name)}.py"] = env.compile(source, path.name, raw=True)
        sources[path.name] = checksum(source)
    lines = "".join(f'    "{name}": "{digest}",\n' for name, digest in sources.items())
    files["__init__.py"] = INIT.format(version=jinja2.__version__, sources=lines)
    return files


def main() -> int:
    files = build()
    for old in COMPILED.glob("*.py"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        (COMPILED / name).write_text(text, encoding="utf-8")
        print(f"diffreport/render/compiled/{name}: {len(text):,} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
