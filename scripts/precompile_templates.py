"""Write diffreport/render/precompiled/: the packaged templates compiled to Python by jinja2.

HTML rendering then skips jinja2's lexer, parser and code generator (~55 ms a report).
Run from the repository root after editing a template, the environment settings in
``diffreport/render/pages.py`` or upgrading jinja2::

    python scripts/precompile_templates.py

A stale file is never used (``diffreport/render/precompiled.py`` checks the template's
checksum, the jinja2 version and the settings), only slower; the tests say when one is
stale. The output is deterministic.
"""

from __future__ import annotations

from pathlib import Path

from diffreport.render.pages import environment
from diffreport.render.precompiled import generate, stored_name

OUT = Path(__file__).resolve().parents[1] / "diffreport" / "render" / "precompiled"


def main() -> None:
    env = environment()
    OUT.mkdir(exist_ok=True)
    names = env.list_templates(filter_func=lambda name: name.endswith(".j2"))
    for name in names:
        (OUT / stored_name(name)).write_text(generate(env, name), encoding="utf-8")
    print(f"{len(names)} templates -> {OUT}")


if __name__ == "__main__":
    main()
