"""What every HTML page shares: the Jinja2 environment, packaged assets, CSP hashes.

jinja2 is imported on first use, so choosing another format never pays for it.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment


def csp_hash(text: str) -> str:
    """The Content-Security-Policy source (``'sha256-…'``) that allows exactly ``text``."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


@cache
def environment() -> Environment:
    """The templates' environment: autoescape everywhere, undefined names are errors.

    A template's code comes compiled ahead of time while it is current
    (:mod:`~diffreport.render.precompiled`).
    """
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    from diffreport.render.precompiled import Precompiled

    env = Environment(
        loader=PackageLoader("diffreport.render", "templates"),
        bytecode_cache=Precompiled(),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["csp_hash"] = csp_hash
    return env


@cache
def asset(name: str) -> str:
    """A packaged template asset (CSS, JS) as text."""
    return resources.files("diffreport.render").joinpath("templates", name).read_text("utf-8")
