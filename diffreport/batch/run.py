"""``run_batch``: lock the output folder, skip what the manifest says is done, run the rest.

One run at a time writes an output folder (a lock file in it, held while the run
lasts). While units finish, the manifest is written at most every
``MANIFEST_EVERY`` seconds (less often when writing it takes long: at most a
tenth of the run), and always when the run ends or is interrupted, so what
finished is recorded without rewriting it after every unit.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diffreport.batch.config import (
    INDEX,
    LOCK,
    SUMMARY,
    TARGETS,
    BatchConfig,
    Executor,
    cpu_count,
)
from diffreport.batch.index import build_summary, render_index
from diffreport.batch.manifest import read_manifest, reusable, save_manifest, sweep
from diffreport.batch.progress import Progress
from diffreport.batch.runners import Runner, order_for_speed, start_runner
from diffreport.batch.targets import targets_csv
from diffreport.batch.units import Unit, UnitResult, fingerprint, plan, unit_id
from diffreport.errors import OutputError
from diffreport.output import WriteError, atomic_write

#: seconds between manifest writes while units finish (it is written at the end in any case)
MANIFEST_EVERY = 2.0


@dataclass(frozen=True)
class BatchResult:
    """A finished run: the summary written and how many units ran, were reused or failed."""

    summary: dict[str, Any]
    ran: int
    skipped: int
    failed: int
    output: str
    warnings: tuple[str, ...] = ()

    @property
    def exit_code(self) -> int:
        """0 when every unit succeeded, 1 when any failed."""
        return 1 if self.failed else 0


def run_batch(
    cfg: BatchConfig,
    *,
    force: bool = False,
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> BatchResult:
    """Run every unit of ``cfg`` not already done, then write ``summary.json`` and ``index.html``.

    ``force`` redoes units the manifest would skip; ``executor`` overrides the
    config's. Results land in config order whatever order the units finish in.
    Raises ``OutputError`` naming the output folder when another run holds it or
    it cannot be written (read-only, full); ``KeyboardInterrupt`` after Ctrl-C,
    once the running units are recorded.
    """
    started = time.perf_counter()
    progress = progress or Progress()
    kind = executor or cfg.executor
    jobs, warnings = workers(cfg.jobs, kind, cfg.dask_address)
    units = fingerprint(plan(cfg))
    with contextlib.ExitStack() as stack:
        lock_output(stack, cfg.output)
        sweep(cfg.output)  # before any worker starts writing; no other run is writing here
        results, todo = _reuse(units, {} if force else read_manifest(cfg.output))
        skipped = len(results)
        ordered = order_for_speed(todo)
        runner = start_runner(stack, kind, jobs, cfg.dask_address, len(ordered), cfg.timeout)
        book = _Book(cfg.output, units, results, progress)
        progress.start(len(units), skipped)
        _run(runner, ordered, book, progress)
        summary = build_summary(cfg, units, results, kind, skipped)
        summary["run"]["jobs"] = jobs
        if warnings:
            summary["run"]["warnings"] = list(warnings)
        summary["run"]["elapsed"] = round(time.perf_counter() - started, 3)
        try:
            atomic_write(os.path.join(cfg.output, SUMMARY), _dump(summary))
            atomic_write(os.path.join(cfg.output, INDEX), render_index(summary, cfg))
            atomic_write(os.path.join(cfg.output, TARGETS), targets_csv(summary["comparisons"]))
        except OutputError as exc:
            raise folder_error(cfg.output, exc) from None
    failed = sum(1 for r in results.values() if not r.ok)
    return BatchResult(summary, len(todo), skipped, failed, cfg.output, warnings)


def workers(jobs: int, kind: str, address: str | None) -> tuple[int, tuple[str, ...]]:
    """Worker processes to start on this machine: ``jobs``, at most one per CPU (and a warning).

    A Dask cluster at ``address`` has its own workers: ``jobs`` is then left as it is.
    """
    cpus = cpu_count()
    if (kind == "dask" and address) or jobs <= cpus:
        return jobs, ()
    return cpus, (f"jobs: {jobs} is more than the {cpus} CPUs of this machine; using {cpus}",)


def folder_error(output: str, exc: OutputError | OSError) -> OutputError:
    """One line naming the output folder for a write it refused (read-only, full, no access)."""
    if isinstance(exc, WriteError) and exc.errno:
        why = os.strerror(exc.errno)
    elif isinstance(exc, OSError):
        why = exc.strerror or str(exc)
    else:
        why = exc.detail
    return OutputError(output, f"cannot write the batch results here ({why})")


def lock_output(stack: contextlib.ExitStack, output: str) -> None:
    """Create ``output``, take its lock for the run, and check a file can be written in it.

    A second run into the same folder stops at once: it would sweep the first
    one's temporary files and overwrite its summary and manifest.
    """
    try:
        os.makedirs(output, exist_ok=True)
    except OSError as exc:
        raise OutputError(output, f"cannot create ({exc.strerror or exc})") from None
    try:
        fd = os.open(os.path.join(output, LOCK), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise folder_error(output, exc) from None
    stack.callback(os.close, fd)
    if sys.platform != "win32":
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(
                output,
                "another diffreport batch is writing to this folder (wait, or choose another)",
            ) from None
        except OSError as exc:
            raise OutputError(output, f"cannot lock ({exc.strerror or exc})") from None
    try:  # a write that reaches the disk: a full or read-only folder is found before any work
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        os.fsync(fd)
    except OSError as exc:
        raise folder_error(output, exc) from None


class _FolderFault(Exception):
    """A unit found the output folder refusing its files: every other unit would fail too."""


class _Book:
    """The results so far, and the manifest written from them now and then."""

    def __init__(
        self,
        output: str,
        units: Sequence[Unit],
        results: dict[str, UnitResult],
        progress: Progress,
    ) -> None:
        self.output = output
        self.units = units
        self.results = results
        self.progress = progress
        self.saved = time.monotonic()
        self.every = MANIFEST_EVERY
        self.fault: str | None = None

    def take(self, r: UnitResult) -> None:
        """Record one result; write the manifest when the last write is ``MANIFEST_EVERY`` old."""
        self.results[f"{r.kind}:{r.name}"] = r
        if r.ok and time.monotonic() - self.saved >= self.every:
            self.save()
        if self.fault is not None:
            return  # the run is stopping: the folder's one error line says it all
        if r.write_fault:
            self.fault = r.write_fault
            raise _FolderFault(r.write_fault)
        self.progress.advance(r)

    def save(self) -> None:
        """Write the manifest: every unit that succeeded, for the next run to skip."""
        started = time.monotonic()
        try:
            save_manifest(self.output, self.units, self.results)
        except OutputError as exc:
            raise folder_error(self.output, exc) from None
        self.saved = time.monotonic()
        # a big manifest is written less often: its writes stay under a tenth of the run
        self.every = max(MANIFEST_EVERY, 10 * (self.saved - started))


def _run(runner: Runner, ordered: Sequence[Unit], book: _Book, progress: Progress) -> None:
    """Run ``ordered`` and record each result; Ctrl-C lets the running units finish first."""
    interrupted = False
    try:
        if ordered:
            runner.submit(ordered)
            for r in runner.results():
                book.take(r)
    except KeyboardInterrupt:
        interrupted = True
        progress.interrupted()
        runner.cancel()
        try:
            for r in runner.results():  # the running units finish; keep what they did
                book.take(r)
        except KeyboardInterrupt:
            runner.kill()
        raise
    except _FolderFault as exc:
        runner.cancel()
        for r in runner.results():  # the running units end; their results are kept
            book.take(r)
        raise OutputError(book.output, f"cannot write the batch results here ({exc})") from None
    finally:
        progress.stop()
        book.save()
        if interrupted:
            # no worker writes any more: a write the interrupt cut short
            # (between creating its temporary file and renaming it) leaves nothing
            sweep(book.output)


def _dump(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _reuse(
    units: Sequence[Unit], manifest: Mapping[str, object]
) -> tuple[dict[str, UnitResult], list[Unit]]:
    """The results the manifest still vouches for, and the units left to run."""
    results: dict[str, UnitResult] = {}
    todo: list[Unit] = []
    for u in units:
        reused = reusable(u, manifest.get(unit_id(u)))
        if reused is not None:
            results[unit_id(u)] = reused
        else:
            todo.append(u)
    return results, todo
