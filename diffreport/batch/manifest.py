"""The manifest: which units a run finished, so the next run skips the unchanged ones."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from diffreport.batch.config import MANIFEST
from diffreport.batch.units import Unit, UnitResult, unit_id
from diffreport.output import TMP_PREFIX, atomic_write

MANIFEST_SCHEMA = "diffreport.batch-manifest/1"


def read_manifest(output: str) -> dict[str, Any]:
    """The units the last run in ``output`` finished (none if the manifest is absent or foreign)."""
    try:
        data = json.loads(Path(output, MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        return {}
    units = data.get("units")
    return units if isinstance(units, dict) else {}


def reusable(u: Unit, entry: object) -> UnitResult | None:
    """The recorded result of ``u`` when its key matches and every output is still there."""
    if u.key is None or not isinstance(entry, dict) or entry.get("key") != u.key:
        return None
    sizes = entry.get("sizes")
    record = entry.get("record")
    if not isinstance(sizes, dict) or not isinstance(record, dict):
        return None
    for _, rel in u.outputs:
        try:
            if os.path.getsize(os.path.join(u.root, rel)) != sizes.get(rel):
                return None
        except OSError:
            return None
    return UnitResult(u.name, u.kind, True, record, sizes)


def sweep(output: str) -> None:
    """Remove temporary files a killed run left behind (only ours, by their prefix)."""
    for folder, _, files in os.walk(output):
        for name in files:
            if name.startswith(TMP_PREFIX):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(folder, name))


def save_manifest(output: str, units: Sequence[Unit], results: Mapping[str, UnitResult]) -> None:
    """Record every unit that succeeded, with its key and output sizes, for the next run."""
    entries = {}
    for u in units:
        r = results.get(unit_id(u))
        if r is not None and r.ok and u.key is not None:
            entries[unit_id(u)] = {"key": u.key, "sizes": r.sizes, "record": r.record}
    data = {"schema": MANIFEST_SCHEMA, "units": entries}
    atomic_write(os.path.join(output, MANIFEST), json.dumps(data, ensure_ascii=False))
