"""The cyclic garbage collector is paused while a comparison is built, and only then."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

import diffreport
from diffreport._gc import paused

from .conftest import ROOT

ZH = ROOT / "samples" / "zh"


def test_compare_and_series_run_with_the_collector_paused_and_give_it_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import diffreport.align as align_stage
    import diffreport.analyze as analyze_stage

    enabled: list[bool] = []

    def spy(stage: Any) -> Any:
        def run(*args: Any, **kwargs: Any) -> Any:
            enabled.append(gc.isenabled())
            return stage(*args, **kwargs)

        return run

    monkeypatch.setattr(align_stage, "align", spy(align_stage.align))
    monkeypatch.setattr(analyze_stage, "analyze", spy(analyze_stage.analyze))
    assert gc.isenabled()
    c = diffreport.compare(ZH / "qinghe-2023.txt", ZH / "qinghe-2024.txt")
    assert gc.isenabled()
    series = diffreport.compare_series(sorted(ZH.glob("qinghe-202?.txt")))
    assert gc.isenabled()
    assert c.counts()["unchanged"] > 0 and len(series.comparisons) == 2
    assert enabled == [False] * 6  # align and analyze of the pair and of the series' two


def test_a_disabled_collector_stays_disabled() -> None:
    gc.disable()
    try:
        diffreport.compare("经济增长5%左右。", "经济增长5.5%左右。")
        assert not gc.isenabled()
    finally:
        gc.enable()


@contextmanager
def _paused_in_another_thread() -> Iterator[None]:
    """Inside: another thread holds a pause open; it ends (and joins) on the way out."""
    inside = threading.Event()
    release = threading.Event()

    def other() -> None:
        with paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert inside.wait(5)
        yield
    finally:
        release.set()
        thread.join(5)


def test_nested_and_concurrent_pauses_end_with_the_last() -> None:
    with _paused_in_another_thread():
        with paused():
            with paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other thread's pause is still open
    assert gc.isenabled()


def test_an_error_inside_ends_the_pause() -> None:
    with pytest.raises(diffreport.InputError):
        diffreport.compare(ZH / "no-such-edition.txt", ZH / "qinghe-2024.txt")
    assert gc.isenabled()


def test_a_pause_that_ends_while_others_last_collects_its_cycles() -> None:
    """In a worker whose threads run comparisons back to back, some pause is nearly
    always open; a pause that ends while another lasts still collects the cycles it
    left, so they do not pile up until all threads are idle at once."""
    import weakref

    class Node:
        pass

    with _paused_in_another_thread():
        with paused():
            node = Node()
            node.self = node  # type: ignore[attr-defined]  # a cycle: only the collector frees it
            alive = weakref.ref(node)
            del node
        assert not gc.isenabled()  # the other pause is still open
        assert alive() is None
    assert gc.isenabled()


def test_a_pause_nested_in_the_same_thread_collects_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The CLI pauses around ``compare`` (itself paused) and a series around each of
    its comparisons: the inner pause's end must not walk what the comparison built."""
    calls: list[int] = []
    monkeypatch.setattr(gc, "collect", lambda generation=2: calls.append(generation) or 0)
    with paused():
        with paused():
            pass
        with paused():
            pass
    assert calls == []
    assert gc.isenabled()
