"""The templates' code compiled ahead of time (diffreport/render/compiled): current, and
used only while current."""

from __future__ import annotations

import importlib.util
import traceback
from pathlib import Path
from types import ModuleType

import jinja2
import pytest

from diffreport.render import compiled
from diffreport.render.pages import environment
from diffreport.render.precompiled import COMPILED, Precompiled, stored_code

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ["report.html.j2", "series.html.j2", "batch_index.html.j2"]
REBUILD = "templates changed: run python scripts/build_templates.py"
#: whether this jinja2 is the one the stored code was made by (another compiles as usual)
SAME_JINJA2 = jinja2.__version__ == compiled.JINJA2


def _unused_under_another_jinja2() -> None:
    """Under another jinja2 no stored code is handed out: every template compiles anew."""
    env = environment()
    for name in TEMPLATES:
        source, filename = _source(name)
        assert Precompiled().get_bucket(env, name, filename, source).code is None, name


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "build_templates", ROOT / "scripts/build_templates.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _source(name: str) -> tuple[str, str]:
    env = environment()
    assert env.loader is not None
    source, filename, _ = env.loader.get_source(env, name)
    assert filename is not None
    return source, filename


def test_every_template_is_compiled_from_its_current_source() -> None:
    assert sorted(compiled.SOURCES) == sorted(TEMPLATES), REBUILD
    checksum = Precompiled().get_source_checksum
    for name in TEMPLATES:
        assert compiled.SOURCES[name] == checksum(_source(name)[0]), f"{name}: {REBUILD}"


def test_the_compiled_modules_are_what_the_build_writes() -> None:
    if not SAME_JINJA2:
        _unused_under_another_jinja2()
        return
    files = _build_script().build()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in COMPILED.glob("*.py")}
    assert on_disk == files, REBUILD


@pytest.mark.parametrize("name", TEMPLATES)
def test_a_loaded_template_runs_the_stored_code_as_jinja2_compiles_it(name: str) -> None:
    """Same code object (co_filename aside, == compares all else), named after the template."""
    if not SAME_JINJA2:
        _unused_under_another_jinja2()
        return
    source, filename = _source(name)
    stored = stored_code(name, filename)
    assert stored is not None
    assert stored == environment().compile(source, name, filename)
    assert stored.co_filename == filename
    template = environment().get_template(name)
    assert template.filename == filename
    assert template.root_render_func.__code__.co_filename == filename


def test_an_edited_template_is_compiled_as_usual() -> None:
    env = environment()
    cache = Precompiled()
    source, filename = _source("report.html.j2")
    current = cache.get_bucket(env, "report.html.j2", filename, source).code
    assert (current is not None) == SAME_JINJA2
    edited = source + "\n"
    assert cache.get_bucket(env, "report.html.j2", filename, edited).code is None
    assert cache.get_bucket(env, "unknown.html.j2", None, source).code is None


def test_a_missing_module_is_compiled_as_usual(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("diffreport.render.precompiled.COMPILED", tmp_path)
    assert stored_code("report.html.j2", "report.html.j2") is None
    env = environment()
    source, filename = _source("report.html.j2")
    assert Precompiled().get_bucket(env, "report.html.j2", filename, source).code is None


def test_a_render_error_points_into_the_template_as_without_stored_code() -> None:
    """jinja2 rewrites a traceback to the template's file and line, as for code it compiles."""
    env = environment()
    plain = env.overlay(bytecode_cache=None)  # compiles from the source
    seen = []
    for e in (env, plain):
        with pytest.raises(jinja2.UndefinedError) as info:
            e.get_template("report.html.j2").render()
        seen.append([(f.filename, f.lineno, f.name) for f in traceback.extract_tb(info.tb)])
    assert seen[0] == seen[1]
    assert any(path.endswith("report.html.j2") for path, _, _ in seen[0])
