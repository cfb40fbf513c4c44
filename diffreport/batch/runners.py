"""Executors: a local process pool or a Dask cluster, each yielding results as units finish."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from diffreport.batch.units import Unit, UnitResult, weight
from diffreport.batch.worker import base_record, init_local_worker, one_line, run_unit
from diffreport.errors import DiffReportError, OutputError


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


class ClusterError(DiffReportError):
    """A Dask cluster that cannot run the batch: no workers, or workers without this diffreport."""


#: seconds to wait for a Dask scheduler, and for its first worker to join
DASK_CONNECT = 20.0
#: seconds added to a Dask run's deadline (per-unit timeout x rounds of units) for overheads
DEADLINE_MARGIN = 60.0


class DaskRunner(Runner):
    """A Dask client on ``address``, or on a loopback LocalCluster of ``jobs`` worker processes.

    Before any unit is sent, every worker must import the diffreport this client
    runs (same version); with a per-unit ``timeout`` the client also gives the
    whole run a deadline, and units without a result by then are errors.
    """

    def __init__(
        self,
        stack: contextlib.ExitStack,
        jobs: int,
        address: str | None,
        n: int,
        timeout: float | None = None,
    ) -> None:
        import distributed

        super().__init__()
        dist: Any = distributed  # untyped library
        self.as_completed = dist.as_completed
        self.where = address or "LocalCluster"
        try:
            if address:
                self.client = dist.Client(address, timeout=f"{DASK_CONNECT:g}s")
            else:
                cluster = _local_cluster(dist, max(1, min(jobs, n)))
                stack.callback(cluster.close)
                self.client = dist.Client(cluster)
        except (OSError, TimeoutError) as exc:
            raise OutputError(self.where, f"cannot start Dask: {exc}") from None
        stack.callback(self.client.close)
        self.workers = self._check_workers()
        self.timeout = timeout

    def _check_workers(self) -> int:
        """Wait for a worker (with a deadline); every worker must run this diffreport version."""
        from diffreport import __version__

        try:
            self.client.wait_for_workers(1, timeout=DASK_CONNECT)
        except TimeoutError:
            raise ClusterError(
                f"{self.where}: no Dask worker joined within {DASK_CONNECT:g} s"
            ) from None
        try:
            self.client.get_versions(check=True)
        except ValueError as exc:
            raise ClusterError(f"{self.where}: Dask versions differ: {one_line(exc)}") from None
        found = self.client.run(_version_probe(), on_error="return")
        wrong = {w: v for w, v in found.items() if v != __version__}
        if wrong:
            worker, got = sorted(wrong.items())[0]
            what = (
                f"cannot import diffreport ({one_line(got)})"
                if isinstance(got, BaseException)
                else f"runs diffreport {got}"
            )
            raise ClusterError(
                f"{self.where}: Dask worker {worker} {what}; every worker needs "
                f"diffreport {__version__} ({len(wrong)} of {len(found)} workers differ)"
            )
        return len(found)

    def submit(self, units: Sequence[Unit]) -> None:
        """Submit every unit, bigger ones with higher priority."""
        import uuid

        run = uuid.uuid4().hex[:12]
        for u in units:
            key = f"diffreport-{run}-{u.kind}-{u.name}"
            future = self.client.submit(run_unit, u, key=key, pure=False, priority=weight(u))
            self.futures[future] = u
        self.pending = set(self.futures)

    def deadline(self) -> float | None:
        """Seconds the whole run may take: per-unit timeout x rounds of units, plus a margin."""
        if self.timeout is None:
            return None
        rounds = -(-len(self.pending) // max(1, self.workers))
        return self.timeout * rounds + DEADLINE_MARGIN

    def results(self) -> Iterator[UnitResult]:
        """Results as units finish; past the deadline, the rest are errors (and cancelled)."""
        seconds = self.deadline()
        try:
            for future in self.as_completed(list(self.pending), timeout=seconds):
                self.pending.discard(future)
                if not future.cancelled():
                    yield _result(self.futures[future], future.result)
        except TimeoutError:
            late = [self.futures[f] for f in self.pending]
            self.cancel()
            for u in late:
                yield _failed(u, f"no result from the Dask cluster within the run's {seconds:g} s")

    def cancel(self) -> None:
        """Cancel every unit not yet collected (Dask cannot tell queued from running)."""
        self.client.cancel(list(self.pending))
        self.pending.clear()

    def kill(self) -> None:
        """Cancel everything; closing the client and cluster ends the workers."""
        self.cancel()


def _version_probe() -> Callable[[], str]:
    """A function that returns the diffreport version a worker imports.

    It is defined inside this one, so it travels by value (cloudpickle cannot
    name it): a worker without diffreport can still run it and say so.
    """

    def version() -> str:
        import importlib

        return str(importlib.import_module("diffreport").__version__)

    return version


def _local_cluster(dist: Any, workers: int) -> Any:
    """A LocalCluster on 127.0.0.1: ``workers`` processes of one thread, no dashboard."""
    import logging

    return dist.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
        silence_logs=logging.ERROR,
        # without a dashboard the scheduler still serves /health on its
        # default port 8787, and warns when that is taken: any free port
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
    )


def _failed(unit: Unit, error: str) -> UnitResult:
    record = base_record(unit)
    record.update(status="error", error=error)
    return UnitResult(unit.name, unit.kind, False, record)


def _result(unit: Unit, get: Callable[[], UnitResult]) -> UnitResult:
    """A unit's result; a worker that died becomes the unit's error."""
    try:
        return get()
    except Exception as exc:
        return _failed(unit, f"worker failed: {one_line(exc)}")


def order_for_speed(units: Sequence[Unit]) -> list[Unit]:
    """Largest first (longest processing time first), so the last unit to finish is small."""
    return sorted(units, key=lambda u: -weight(u))


def start_runner(
    stack: contextlib.ExitStack,
    kind: str,
    jobs: int,
    address: str | None,
    n: int,
    timeout: float | None = None,
) -> Runner:
    """The runner for ``n`` units on executor ``kind``; one that runs nothing when ``n`` is 0."""
    if not n:
        return Runner()
    if kind == "dask":
        return DaskRunner(stack, jobs, address, n, timeout)
    return LocalRunner(stack, jobs, n)
