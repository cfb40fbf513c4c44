"""Work units: one per comparison and one per series page, fingerprinted by their inputs."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from diffreport import __version__
from diffreport.batch.config import BatchConfig, Input, planned
from diffreport.options import CompareOptions
from diffreport.render import FORMATS

UnitKind = Literal["compare", "series"]


@dataclass(frozen=True)
class Unit:
    """One piece of work: a comparison of two files, or one series page.

    ``outputs`` are (format, path relative to ``root``); the worker writes them.
    ``key`` fingerprints the inputs' contents, labels, options and outputs: a
    unit whose key is in the manifest (and whose outputs exist) is not redone.
    """

    kind: UnitKind
    name: str
    series: str | None
    inputs: tuple[Input, ...]
    outputs: tuple[tuple[str, str], ...]
    root: str
    options: CompareOptions
    timeout: float | None
    key: str | None = None
    cost: int = 0


@dataclass(frozen=True)
class UnitResult:
    """What a worker sends back: the summary record (small) and the size of each file written."""

    name: str
    kind: UnitKind
    ok: bool
    record: dict[str, Any]
    sizes: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    #: why the output folder refused this unit's files (full, read-only…); the run stops
    write_fault: str | None = None


def plan(cfg: BatchConfig) -> list[Unit]:
    """The work units of a config in summary order: series pairs, series pages, then pairs."""
    return [
        Unit(
            p.kind,
            p.name,
            p.series,
            p.inputs,
            tuple((fmt, f"{p.stem}.{FORMATS[fmt].extension}") for fmt in cfg.formats),
            cfg.output,
            cfg.options,
            cfg.timeout,
        )
        for p in planned(cfg)
    ]


def _file_hash(path: str, cache: dict[str, str | None]) -> str | None:
    if path not in cache:
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            cache[path] = digest.hexdigest()
        except OSError:
            cache[path] = None  # unreadable now: the worker reports it, and it is never skipped
    return cache[path]


def fingerprint(units: Sequence[Unit]) -> list[Unit]:
    """The units with ``key`` (content hashes + labels + options + outputs) and ``cost`` set."""
    cache: dict[str, str | None] = {}
    out = []
    for u in units:
        hashes = [_file_hash(i.path, cache) for i in u.inputs]
        key = None
        if all(hashes):
            blob = json.dumps(
                {
                    "version": __version__,
                    "kind": u.kind,
                    "inputs": [
                        [h, i.label, i.display] for h, i in zip(hashes, u.inputs, strict=True)
                    ],
                    "options": dataclasses.asdict(u.options),
                    "outputs": u.outputs,
                },
                sort_keys=True,
            )
            key = hashlib.sha256(blob.encode("utf-8")).hexdigest()
        cost = 0
        for i in u.inputs:
            with contextlib.suppress(OSError):
                cost += os.path.getsize(i.path)
        out.append(dataclasses.replace(u, key=key, cost=cost))
    return out


def unit_id(u: Unit) -> str:
    """The unit's key in the manifest and in ``unit_seconds``: ``kind:name``."""
    return f"{u.kind}:{u.name}"


def weight(u: Unit) -> int:
    """Expected work: input size; a series page aligns every consecutive pair again."""
    return u.cost * 2 if u.kind == "series" else u.cost
