"""The precompiled templates: current, used, and rendering exactly what compiling gives.

``render/precompiled/`` holds jinja2's Python source of each packaged template, made
by ``scripts/precompile_templates.py``; rendering uses it instead of compiling the
template when it was made from the same text, jinja2 version and settings.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import pytest
from jinja2 import Environment

import diffreport
from diffreport.display import Comparison
from diffreport.render import RenderOptions, html
from diffreport.render.html import to_html
from diffreport.render.pages import environment
from diffreport.render.precompiled import PrecompiledTemplates, generate, stored_name
from tests.conftest import corpus

TEMPLATES = sorted(environment().list_templates(filter_func=lambda name: name.endswith(".j2")))


def _bucket_code(env: Environment, name: str, source: str | None = None) -> object:
    assert env.loader is not None
    text, filename, _ = env.loader.get_source(env, name)
    cache_ = PrecompiledTemplates()
    return cache_.get_bucket(env, name, filename, text if source is None else source).code


@cache
def _pair() -> Comparison:
    return diffreport.compare(
        corpus("cn-state-council/2024.txt"), corpus("cn-state-council/2025.txt")
    )


def test_every_template_is_precompiled_and_current() -> None:
    """Regenerating gives the packaged file: else run ``scripts/precompile_templates.py``."""
    assert TEMPLATES == ["batch_index.html.j2", "report.html.j2", "series.html.j2"]
    stored = resources.files("diffreport.render").joinpath("precompiled")
    for name in TEMPLATES:
        packaged = stored.joinpath(stored_name(name)).read_text("utf-8")
        assert packaged == generate(environment(), name), (
            f"{name}: stale; run python scripts/precompile_templates.py"
        )
        assert _bucket_code(environment(), name) is not None


def test_a_changed_template_or_setting_is_compiled_afresh() -> None:
    """Another template text, jinja2 setting or missing file: no stored code."""
    env = environment()
    assert _bucket_code(env, "report.html.j2", "{{ page }}\n") is None
    other = env.overlay(trim_blocks=False)
    assert _bucket_code(other, "report.html.j2") is None
    assert env.bytecode_cache is not None
    bucket = env.bytecode_cache.get_bucket(env, "absent.html.j2", None, "x")
    assert bucket.code is None


@pytest.mark.corpus
def test_precompiled_renders_byte_identical_to_compiled(monkeypatch: pytest.MonkeyPatch) -> None:
    """The State Council 2024 -> 2025 report, side by side and inline, with and without."""
    comparison = _pair()
    views = [RenderOptions(), RenderOptions(view="inline"), RenderOptions(summary=True)]
    with_files = [to_html(comparison, options) for options in views]
    # its own template cache: the overlay would copy the one holding the precompiled template
    fresh = environment().overlay(bytecode_cache=None, cache_size=400)
    monkeypatch.setattr(html, "environment", lambda: fresh)
    compiled = [to_html(comparison, options) for options in views]
    assert fresh.bytecode_cache is None
    template = fresh.get_template("report.html.j2")
    assert template is not environment().get_template("report.html.j2")
    assert with_files == compiled
