"""What a worker runs for one unit: compare or build the series page, render, write, report.

A unit's fault (an unreadable input, a time limit) becomes its record's
``error``; the other units go on.
"""

from __future__ import annotations

import ctypes
import dataclasses
import errno
import os
import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from diffreport.batch.config import Input
from diffreport.batch.targets import target_record
from diffreport.batch.units import Unit, UnitResult
from diffreport.errors import DiffReportError, InputError, OutputError
from diffreport.output import WriteError, atomic_write
from diffreport.render import RenderOptions, get_renderer, get_series_renderer

if TYPE_CHECKING:
    from diffreport.model import Comparison, Document

#: width of text written by the terminal renderer to a file
FILE_WIDTH = 120

#: write failures that are the output folder's, not one unit's: every other unit would fail too
FOLDER_FAULTS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM, errno.EIO}
)

T = TypeVar("T")


class UnitTimeout(Exception):
    """A unit ran past the config's ``timeout``."""


class _Expired(BaseException):
    """Raised asynchronously in the working thread when the time limit passes."""


def call_with_timeout(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, or ``UnitTimeout`` once it has run ``seconds``.

    The limit is enforced inside the worker (a timer raises in the working
    thread), so it works in a process pool worker and in a Dask worker thread
    alike. It takes effect between Python steps: a long call into C code ends
    first.
    """
    if not seconds:
        return func()
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def expire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(_Expired)
                )

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    try:
        try:
            timer.start()
            result = func()
        finally:
            with lock:
                state["done"] = True
            timer.cancel()
        while state["fired"]:  # the exception is pending: let it arrive here, inside the try
            time.sleep(0)
    except _Expired:
        raise UnitTimeout(f"timed out after {seconds:g} s") from None
    return result


def one_line(exc: BaseException) -> str:
    """A unit's error as the one line its record carries."""
    if isinstance(exc, DiffReportError):
        text = exc.message()
    elif isinstance(exc, UnitTimeout):
        text = str(exc)
    else:
        text = f"{type(exc).__name__}: {exc}"
    return " ".join(text.split())


def _load(item: Input) -> Document:
    """``item`` read and labelled; it and its errors name it as the config does, not absolutely."""
    from diffreport import load

    try:
        doc = load(item.path, label=item.label)
    except InputError as exc:
        raise InputError(item.display, exc.detail) from None
    return dataclasses.replace(doc, path=item.display)


def _render_options() -> RenderOptions:
    return RenderOptions(show_all=False, width=FILE_WIDTH, color=False)


def _render(fmt: str, c: Comparison) -> str:
    import io

    buffer = io.StringIO()
    get_renderer(fmt)(c, buffer, _render_options())
    return buffer.getvalue()


def base_record(unit: Unit) -> dict[str, Any]:
    """The summary record of ``unit`` before (or without) a result: its inputs, status ok."""
    if unit.kind == "series":
        return {
            "name": unit.name,
            "documents": [{"path": i.display, "label": i.label} for i in unit.inputs],
            "status": "ok",
            "error": None,
            "outputs": {},
        }
    old, new = unit.inputs
    return {
        "name": unit.name,
        "series": unit.series,
        "old": old.display,
        "new": new.display,
        "old_label": old.label,
        "new_label": new.label,
        "status": "ok",
        "error": None,
        "counts": None,
        "changes": None,
        "targets": [],
        "all_targets": [],
        "outputs": {},
    }


def comparison_record(unit: Unit, c: Comparison) -> dict[str, Any]:
    """The summary entry of a finished comparison: counts and changed targets, no text."""
    ch = c.changes
    targets = [
        {
            "metric": n.metric,
            "status": n.status,
            "old": n.old.quantity.text if n.old else None,
            "new": n.new.quantity.text if n.new else None,
        }
        for n in ch.numbers
        if n.kind == "target" and n.status != "unchanged"
    ]
    record = base_record(unit)
    record["counts"] = c.counts()
    record["changes"] = {
        "targets": len(targets),
        "numbers": sum(1 for n in ch.numbers if n.status != "unchanged"),
        "new_commitments": len(ch.new_commitments),
        "dropped_commitments": len(ch.dropped_commitments),
        "new_topics": len(ch.new_topics),
        "dropped_topics": len(ch.dropped_topics),
    }
    record["targets"] = targets
    # every target, unchanged ones too, for targets.csv and the index's targets view
    record["all_targets"] = [target_record(n) for n in ch.numbers if n.kind == "target"]
    return record


def _write_all(unit: Unit, texts: Mapping[str, str]) -> dict[str, int]:
    """Write each output; an error names it relative to the output folder, as the index does."""
    sizes = {}
    for fmt, rel in unit.outputs:
        path = os.path.join(unit.root, rel)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
        except OSError as exc:
            detail = f"cannot create the folder ({exc.strerror or exc})"
            raise WriteError(os.path.dirname(rel), detail, exc.errno) from None
        try:
            # no fsync per report: the manifest (written durably) checks each file's size
            sizes[rel] = atomic_write(path, texts[fmt], durable=False)
        except OutputError as exc:
            raise WriteError(rel, exc.detail, getattr(exc, "errno", None)) from None
    return sizes


def series_page(unit: Unit) -> tuple[dict[str, Any], dict[str, str]]:
    """The series page of ``unit``: its summary record and its text in each output format."""
    import io

    from diffreport import compare_series

    if not unit.outputs:
        return base_record(unit), {}
    docs = [_load(i) for i in unit.inputs]
    result = compare_series(docs, labels=[i.label for i in unit.inputs], options=unit.options)
    texts = {}
    for fmt, _ in unit.outputs:
        buffer = io.StringIO()
        get_series_renderer(fmt)(result, buffer, _render_options())
        texts[fmt] = buffer.getvalue()
    return base_record(unit), texts


def run_unit(unit: Unit) -> UnitResult:
    """Run one unit in a worker: compare (or build the series page), render, write, report.

    Never raises for a fault of the unit itself: the error becomes the record's
    ``error`` (one line) and ``status`` ``"error"``, so the other units go on.
    """
    from diffreport import compare
    from diffreport._gc import paused

    started = time.perf_counter()
    cpu = time.process_time()
    fault: str | None = None

    def work() -> tuple[dict[str, Any], dict[str, str]]:
        if unit.kind == "series":
            return series_page(unit)
        old, new = (_load(i) for i in unit.inputs)
        c = compare(old, new, options=unit.options)
        return comparison_record(unit, c), {fmt: _render(fmt, c) for fmt, _ in unit.outputs}

    try:
        # paused outside the timer: its exception then lands in call_with_timeout's own
        # try, never inside the pause's bookkeeping
        with paused():
            record, texts = call_with_timeout(work, unit.timeout)
        sizes = _write_all(unit, texts)
    except Exception as exc:
        record = base_record(unit)
        record.update(status="error", error=one_line(exc))
        ok = False
        sizes = {}
        if isinstance(exc, WriteError) and exc.errno in FOLDER_FAULTS:
            fault = os.strerror(exc.errno) if exc.errno else exc.detail
    else:
        ok = True
        record["outputs"] = dict(unit.outputs)
    return UnitResult(
        unit.name,
        unit.kind,
        ok,
        record,
        sizes,
        time.perf_counter() - started,
        time.process_time() - cpu,
        fault,
    )


def init_local_worker() -> None:
    """A pool worker leaves Ctrl-C to the parent, which lets running units finish cleanly."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
