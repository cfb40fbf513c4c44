"""The packaged templates, compiled to Python ahead of time (read-only, checked on load).

Turning ``report.html.j2`` into Python source (lex, parse, generate) took ~55 ms of
every HTML report, a sixth of rendering one. ``scripts/precompile_templates.py``
stores each template's generated source in ``render/precompiled/``; jinja2 takes
it through its bytecode-cache hook instead of compiling the template. The stored
source is used only when it was made from this very template text (jinja2's SHA-1
of the source), by this jinja2 version with these environment settings; otherwise
the template is compiled as before. Nothing is ever written at run time.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from typing import TYPE_CHECKING

from jinja2 import __version__ as jinja2_version
from jinja2.bccache import Bucket, BytecodeCache

if TYPE_CHECKING:
    from jinja2 import Environment

#: the first line of a stored file: this prefix, the fingerprint, the source checksum
_HEADER = "# diffreport precompiled template"


def stored_name(name: str) -> str:
    """The file under ``render/precompiled/`` that holds template ``name``'s code."""
    return f"{name}.py.txt"


def fingerprint(environment: Environment, name: str) -> str:
    """What the generated code of ``name`` depends on besides its text.

    The jinja2 version and every environment setting the lexer, parser or code
    generator reads; filters and globals are looked up when the template runs.
    """
    autoescape = environment.autoescape
    escaped = autoescape(name) if callable(autoescape) else autoescape
    settings = (
        jinja2_version,
        environment.block_start_string,
        environment.block_end_string,
        environment.variable_start_string,
        environment.variable_end_string,
        environment.comment_start_string,
        environment.comment_end_string,
        environment.line_statement_prefix,
        environment.line_comment_prefix,
        environment.trim_blocks,
        environment.lstrip_blocks,
        environment.newline_sequence,
        environment.keep_trailing_newline,
        environment.optimized,
        bool(escaped),
        sorted(environment.extensions),
    )
    return hashlib.sha1(repr(settings).encode("utf-8")).hexdigest()


def generate(environment: Environment, name: str) -> str:
    """The stored file's text for template ``name``: header line, then jinja2's Python source."""
    assert environment.loader is not None
    source, filename, _ = environment.loader.get_source(environment, name)
    code = environment.compile(source, name, filename, raw=True)
    checksum = hashlib.sha1(source.encode("utf-8")).hexdigest()
    return f"{_HEADER} {fingerprint(environment, name)} {checksum}\n{code}"


class PrecompiledTemplates(BytecodeCache):
    """A read-only jinja2 bytecode cache serving the package's precompiled templates."""

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        """The bucket of ``name``: its code when a matching precompiled file is packaged."""
        bucket = Bucket(environment, name, self.get_source_checksum(source))
        stored = resources.files("diffreport.render").joinpath("precompiled", stored_name(name))
        if stored.is_file():
            header, _, code = stored.read_text("utf-8").partition("\n")
            expected = f"{_HEADER} {fingerprint(environment, name)} {bucket.checksum}"
            if header == expected:
                bucket.code = compile(code, filename or name, "exec")
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        """Nothing to load: ``get_bucket`` reads the packaged file."""

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Never written at run time: the files are made by ``scripts/precompile_templates.py``."""
