"""Executors: a local process pool or a Dask cluster, each yielding results as units finish."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from diffreport.batch.units import Unit, UnitResult, weight
from diffreport.batch.worker import base_record, init_local_worker, one_line, run_unit
from diffreport.errors import OutputError


class Runner:
    """Runs units on an executor and yields their results as they finish.

    ``cancel`` stops units that have not started; ``results`` may be called
    again afterwards to collect the ones still running, so their files and
    results are kept. ``kill`` ends at once (a second Ctrl-C).
    """

    def __init__(self) -> None:
        self.futures: dict[Any, Unit] = {}
        self.pending: set[Any] = set()

    def submit(self, units: Sequence[Unit]) -> None:
        """Start ``units`` (largest first, as given)."""
        raise NotImplementedError

    def results(self) -> Iterator[UnitResult]:
        """Results of submitted units not yet collected, as they finish."""
        raise NotImplementedError

    def cancel(self) -> None:
        """Drop the units that have not started."""

    def kill(self) -> None:
        """Stop everything now."""


class LocalRunner(Runner):
    """A process pool (spawn start method); workers ignore Ctrl-C and leave it to the parent."""

    def __init__(self, stack: contextlib.ExitStack, jobs: int, n: int) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        super().__init__()
        self.pool = ProcessPoolExecutor(
            max_workers=max(1, min(jobs, n)),
            mp_context=multiprocessing.get_context("spawn"),
            initializer=init_local_worker,
        )
        self.wait = True
        stack.callback(lambda: self.pool.shutdown(wait=self.wait, cancel_futures=True))

    def submit(self, units: Sequence[Unit]) -> None:
        """Queue every unit on the pool."""
        for u in units:
            self.futures[self.pool.submit(run_unit, u)] = u
        self.pending = set(self.futures)

    def results(self) -> Iterator[UnitResult]:
        """Results as units finish; cancelled units are passed over."""
        from concurrent.futures import as_completed

        for future in as_completed(list(self.pending)):
            self.pending.discard(future)
            if not future.cancelled():
                yield _result(self.futures[future], future.result)

    def cancel(self) -> None:
        """Cancel queued units; running ones finish and write their files."""
        for future in self.pending:
            future.cancel()

    def kill(self) -> None:
        """Terminate the worker processes (their temporary files are swept by the next run)."""
        self.wait = False
        self.cancel()
        processes = self.pool._processes or {}
        for process in list(processes.values()):
            process.terminate()


class DaskRunner(Runner):
    """A Dask client on ``address``, or on a loopback LocalCluster of ``jobs`` worker processes."""

    def __init__(self, stack: contextlib.ExitStack, jobs: int, address: str | None, n: int) -> None:
        import logging

        import distributed

        super().__init__()
        dist: Any = distributed  # untyped library
        self.as_completed = dist.as_completed
        try:
            if address:
                self.client = dist.Client(address, timeout="20s")
            else:
                cluster = dist.LocalCluster(
                    n_workers=max(1, min(jobs, n)),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                    silence_logs=logging.ERROR,
                    # without a dashboard the scheduler still serves /health on its
                    # default port 8787, and warns when that is taken: any free port
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                )
                stack.callback(cluster.close)
                self.client = dist.Client(cluster)
        except (OSError, TimeoutError) as exc:
            raise OutputError(address or "LocalCluster", f"cannot start Dask: {exc}") from None
        stack.callback(self.client.close)

    def submit(self, units: Sequence[Unit]) -> None:
        """Submit every unit, bigger ones with higher priority."""
        import uuid

        run = uuid.uuid4().hex[:12]
        for u in units:
            key = f"diffreport-{run}-{u.kind}-{u.name}"
            future = self.client.submit(run_unit, u, key=key, pure=False, priority=weight(u))
            self.futures[future] = u
        self.pending = set(self.futures)

    def results(self) -> Iterator[UnitResult]:
        """Results as units finish."""
        for future in self.as_completed(list(self.pending)):
            self.pending.discard(future)
            if not future.cancelled():
                yield _result(self.futures[future], future.result)

    def cancel(self) -> None:
        """Cancel every unit not yet collected (Dask cannot tell queued from running)."""
        self.client.cancel(list(self.pending))
        self.pending.clear()

    def kill(self) -> None:
        """Cancel everything; closing the client and cluster ends the workers."""
        self.cancel()


def _result(unit: Unit, get: Callable[[], UnitResult]) -> UnitResult:
    """A unit's result; a worker that died becomes the unit's error."""
    try:
        return get()
    except Exception as exc:
        record = base_record(unit)
        record.update(status="error", error=f"worker failed: {one_line(exc)}")
        return UnitResult(unit.name, unit.kind, False, record)


def order_for_speed(units: Sequence[Unit]) -> list[Unit]:
    """Largest first (longest processing time first), so the last unit to finish is small."""
    return sorted(units, key=lambda u: -weight(u))


def start_runner(
    stack: contextlib.ExitStack, kind: str, jobs: int, address: str | None, n: int
) -> Runner:
    """The runner for ``n`` units on executor ``kind``; one that runs nothing when ``n`` is 0."""
    if not n:
        return Runner()
    if kind == "dask":
        return DaskRunner(stack, jobs, address, n)
    return LocalRunner(stack, jobs, n)
