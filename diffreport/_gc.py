"""Pausing Python's cyclic garbage collector while a comparison is built.

A comparison allocates hundreds of thousands of small container objects (token
sets, n-gram tables, sentence pairs, frozen dataclasses) that live until it is
done and form no reference cycles: reference counting frees them. The cyclic
collector still walks them, again and again as they pile up; for ten reports a
side that was 0.3 s of about 5 s, and its cost grows faster than the text
(bench/PROFILE.md). Inside ``paused()`` no automatic collection runs; the
collector's previous state comes back when the outermost pause ends, so the few
cycles made meanwhile (jinja2 macros hold their render context) are collected
as usual afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

_P = ParamSpec("_P")
_R = TypeVar("_R")

_lock = threading.Lock()
_depth = 0  # pauses open now, in any thread
_was_enabled = False  # the collector's state when the outermost pause began
_mine = threading.local()  # .depth: pauses open now in this thread


@contextmanager
def paused() -> Iterator[None]:
    """No automatic cyclic collection inside; nested and thread-safe."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    _mine.depth = getattr(_mine, "depth", 0) + 1
    try:
        yield
    finally:
        _mine.depth -= 1
        with _lock:
            _depth -= 1
            # this thread is done while other threads' pauses are still open
            collect = _mine.depth == 0 and _depth > 0 and _was_enabled
            if _depth == 0 and _was_enabled:
                gc.enable()
        if collect:
            # A Dask worker runs units in threads, back to back: collect the
            # cycles this thread left behind (jinja2's, ~3.5k objects per HTML
            # page) instead of letting them pile up until every thread is idle at
            # once. A pause nested in this thread's own collects nothing.
            gc.collect(0)


def gc_paused(func: Callable[_P, _R]) -> Callable[_P, _R]:
    """``func`` run inside ``paused()``."""

    @wraps(func)
    def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with paused():
            return func(*args, **kwargs)

    return run
