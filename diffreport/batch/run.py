"""``run_batch``: skip the units the manifest says are done, run the rest, write the summary."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from diffreport.batch.config import BatchConfig, Executor
from diffreport.batch.index import build_summary, render_index
from diffreport.batch.manifest import read_manifest, reusable, save_manifest, sweep
from diffreport.batch.progress import Progress
from diffreport.batch.runners import order_for_speed, start_runner
from diffreport.batch.units import Unit, UnitResult, fingerprint, plan, unit_id
from diffreport.errors import OutputError
from diffreport.output import atomic_write


@dataclass(frozen=True)
class BatchResult:
    """A finished run: the summary written and how many units ran, were reused or failed."""

    summary: dict[str, Any]
    ran: int
    skipped: int
    failed: int
    output: str

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
    """
    started = time.perf_counter()
    progress = progress or Progress()
    units = fingerprint(plan(cfg))
    results, todo = _reuse(units, {} if force else read_manifest(cfg.output))
    skipped = len(results)
    kind = executor or cfg.executor
    ordered = order_for_speed(todo)

    with contextlib.ExitStack() as stack:
        runner = start_runner(stack, kind, cfg.jobs, cfg.dask_address, len(ordered))
        try:
            os.makedirs(cfg.output, exist_ok=True)
        except OSError as exc:
            raise OutputError(cfg.output, f"cannot create ({exc.strerror or exc})") from None
        sweep(cfg.output)  # before any worker starts writing

        def take(r: UnitResult) -> None:
            results[f"{r.kind}:{r.name}"] = r
            if r.ok:
                save_manifest(cfg.output, units, results)
            progress.advance(r)

        progress.start(len(units), skipped)
        interrupted = False
        try:
            if ordered:
                runner.submit(ordered)
                for r in runner.results():
                    take(r)
        except KeyboardInterrupt:
            interrupted = True
            progress.interrupted()
            runner.cancel()
            try:
                for r in runner.results():  # the running units finish; keep what they did
                    take(r)
            except KeyboardInterrupt:
                runner.kill()
            raise
        finally:
            progress.stop()
            save_manifest(cfg.output, units, results)
            if interrupted:
                # no worker writes any more: a write the interrupt cut short
                # (between creating its temporary file and renaming it) leaves nothing
                sweep(cfg.output)

    summary = build_summary(cfg, units, results, kind, skipped)
    summary["run"]["elapsed"] = round(time.perf_counter() - started, 3)
    atomic_write(os.path.join(cfg.output, "summary.json"), _dump(summary))
    atomic_write(os.path.join(cfg.output, "index.html"), render_index(summary, cfg))
    failed = sum(1 for r in results.values() if not r.ok)
    return BatchResult(summary, len(todo), skipped, failed, cfg.output)


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
