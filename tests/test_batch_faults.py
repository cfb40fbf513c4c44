"""``diffreport batch`` under faults (issue 20, items 4, 6, 11, 12).

Colliding or over-long output names and non-finite time limits are refused at
config time with the key path; a second run into a folder in use, and a folder
that refuses writes (read-only, full), stop with one line naming the folder
(exit 2); the manifest is not rewritten after every unit; ``jobs`` is capped at
the CPUs; Ctrl-C exits 130; a Dask worker without diffreport gives one clear
error, and a unit the cluster never returns becomes an error by the deadline.
Every run writes only below ``tmp_path``; Dask runs on 127.0.0.1 only.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

import diffreport.batch.run as batch_run
from diffreport.batch import MANIFEST, Progress, UnitResult, load_config, run_batch, run_unit
from diffreport.batch.config import cpu_count
from diffreport.batch.runners import ClusterError, Runner
from diffreport.batch.units import Unit
from diffreport.cli import main
from diffreport.errors import ConfigError
from diffreport.output import TMP_PREFIX, WriteError

from .conftest import SAMPLES, corpus

ZH = SAMPLES / "zh"
Q23, Q24, Q25 = (str(ZH / f"qinghe-{y}.txt") for y in (2023, 2024, 2025))


def write_config(folder: Path, config: dict[str, Any]) -> Path:
    path = folder / "batch.yaml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def pairs_config(out: Path, n: int, **extra: Any) -> dict[str, Any]:
    pairs = [{"name": f"p{i:03d}", "old": Q23, "new": Q24} for i in range(n)]
    return {"output": str(out), "formats": ["json"], "jobs": 1, "pairs": pairs, **extra}


def run_cli(*args: str) -> Any:
    return CliRunner().invoke(main, list(args))


def one_error_line(result: Any) -> str:
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("diffreport: error: "), result.output
    return str(lines[0])


def refused(tmp_path: Path, config: dict[str, Any]) -> ConfigError:
    path = write_config(tmp_path, config)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert one_error_line(result) == f"diffreport: error: {info.value.message()}"
    assert not (tmp_path / "out").exists()  # refused before anything is written
    return info.value


# --- 4: colliding names, two runs into one folder -------------------------------------------


def test_series_labels_that_run_together_are_refused(tmp_path: Path) -> None:
    """``[a-b, a, b-a]``: a-b→a and a→b-a would both write series/s/a-b-a (one lost)."""
    config = {
        "output": str(tmp_path / "out"),
        "series": [{"name": "s", "files": [Q23, Q24, Q25], "labels": ["a-b", "a", "b-a"]}],
    }
    err = refused(tmp_path, config)
    assert err.key_path == "series[0].labels"
    assert "'a'→'b-a' would write series/s/a-b-a.html" in err.detail
    assert "'a-b'→'a'" in err.detail
    # without labels, the file names give the labels: the key is then the files
    for i, name in enumerate(("a-b", "a", "b-a")):
        (tmp_path / f"{name}.txt").write_bytes(Path((Q23, Q24, Q25)[i]).read_bytes())
    config["series"] = [
        {"name": "s", "files": [str(tmp_path / f"{x}.txt") for x in "a-b a b-a".split()]}
    ]
    assert refused(tmp_path, config).key_path == "series[0].files"
    # distinct labels pass, and every comparison is written
    config["series"] = [{"name": "s", "files": [Q23, Q24, Q25], "labels": [2023, 2024, 2025]}]
    config["formats"] = ["json"]
    result = run_batch(load_config(write_config(tmp_path, config)))
    names = [c["name"] for c in result.summary["comparisons"]]
    assert names == ["s/2023-2024", "s/2024-2025"]


def test_a_name_that_needs_another_names_file_as_a_folder_is_refused(tmp_path: Path) -> None:
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["html"],
        "pairs": [
            {"name": "x", "old": Q23, "new": Q24},
            {"name": "x.html/y", "old": Q23, "new": Q24},
        ],
    }
    err = refused(tmp_path, config)
    assert err.key_path == "pairs[0].name"
    assert "pairs/x.html" in err.detail and "folder" in err.detail
    # a pair named like a series' comparison would share its summary entry
    config["series"] = [{"name": "s", "files": [Q23, Q24], "labels": ["a", "b"]}]
    config["pairs"] = [{"name": "s/a-b", "old": Q23, "new": Q24}]
    err = refused(tmp_path, config)
    assert (err.key_path, err.detail) == ("pairs[0].name", "'s/a-b' is used by series[0].name too")


def test_a_second_run_into_a_folder_in_use_stops_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    path = write_config(tmp_path, pairs_config(out, 2))
    with contextlib.ExitStack() as first:
        batch_run.lock_output(first, str(out))  # the first run holds the folder
        in_flight = out / "pairs" / f"{TMP_PREFIX}first-run"
        in_flight.parent.mkdir()
        in_flight.write_text("being written", encoding="utf-8")
        started = time.perf_counter()
        result = run_cli("batch", str(path))
        assert time.perf_counter() - started < 10
        assert result.exit_code == 2
        assert one_error_line(result) == (
            f"diffreport: error: {out}: another diffreport batch is writing to this folder "
            "(wait, or choose another)"
        )
        assert in_flight.read_text(encoding="utf-8") == "being written"  # not swept
        assert not (out / "summary.json").exists() and not (out / MANIFEST).exists()
    # once the first run ends, the folder is free
    assert run_cli("batch", str(path), "--quiet").exit_code == 0
    assert not in_flight.exists()


# --- 6: a folder that refuses writes ----------------------------------------------------------


def _refuse_writes_below(
    monkeypatch: pytest.MonkeyPatch, folder: Path, code: int, seen: list[str]
) -> None:
    """``os.open`` fails with ``code`` below ``folder``, as on a read-only or full file system."""
    real_open = os.open

    def fake_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if str(path).startswith(str(folder) + os.sep) and flags & (os.O_WRONLY | os.O_RDWR):
            seen.append(str(path))
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", fake_open)


@pytest.mark.parametrize("code", [errno.EROFS, errno.ENOSPC, errno.EACCES])
def test_a_folder_that_refuses_writes_gives_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    """Simulated (the tests may run as root, whom file modes do not stop): always runs."""
    out = tmp_path / "out"
    out.mkdir()
    path = write_config(tmp_path, pairs_config(out, 3))
    seen: list[str] = []
    _refuse_writes_below(monkeypatch, out, code, seen)
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"diffreport: error: {out}: cannot write the batch results here ({os.strerror(code)})"
    )
    assert seen == [str(out / ".diffreport-lock")]  # found before any unit ran


class InlineRunner(Runner):
    """Runs units one by one in this process (so a patched ``os.open`` reaches them)."""

    def submit(self, units: Sequence[Unit]) -> None:
        self.todo = list(units)

    def results(self) -> Iterator[UnitResult]:
        while self.todo:
            yield run_unit(self.todo.pop(0))

    def cancel(self) -> None:
        self.todo.clear()


def test_a_disk_that_fills_during_the_run_stops_it_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    path = write_config(tmp_path, pairs_config(out, 5))
    monkeypatch.setattr(batch_run, "start_runner", lambda *a, **k: InlineRunner())
    seen: list[str] = []
    _refuse_writes_below(monkeypatch, out / "pairs", errno.ENOSPC, seen)
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"diffreport: error: {out}: cannot write the batch results here (No space left on device)"
    )
    assert len(seen) == 1  # the first unit's refused file stops the run: no unit after it
    assert not (out / "summary.json").exists()


def test_a_manifest_that_cannot_be_written_gives_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's traceback: units done, then ``save_manifest -> atomic_write`` refused."""
    out = tmp_path / "out"
    path = write_config(tmp_path, pairs_config(out, 2))

    def full(path: str, text: str, **kwargs: Any) -> int:
        raise WriteError(path, "cannot write (No space left on device)", errno.ENOSPC)

    monkeypatch.setattr("diffreport.batch.manifest.atomic_write", full)
    result = run_cli("batch", str(path))
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"diffreport: error: {out}: cannot write the batch results here (No space left on device)"
    )


def test_a_read_only_folder_for_real(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a 0o555 folder; the simulated tests above cover it")
    out = tmp_path / "out"
    out.mkdir()
    path = write_config(tmp_path, pairs_config(out, 2))
    out.chmod(0o555)
    try:
        result = run_cli("batch", str(path))
    finally:
        out.chmod(0o755)
    assert result.exit_code == 2
    assert one_error_line(result) == (
        f"diffreport: error: {out}: cannot write the batch results here (Permission denied)"
    )


# --- 11: time limits, bookkeeping, workers, Ctrl-C, long names --------------------------------


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 1e300])
def test_a_time_limit_that_is_not_a_finite_number_is_refused(tmp_path: Path, value: float) -> None:
    err = refused(tmp_path, pairs_config(tmp_path / "out", 1, timeout=value))
    assert err.key_path == "timeout"


def test_the_manifest_is_not_rewritten_after_every_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writes: list[int] = []
    real = batch_run.save_manifest

    def counted(output: str, units: Any, results: Any) -> None:
        writes.append(len(results))
        real(output, units, results)

    monkeypatch.setattr(batch_run, "save_manifest", counted)
    monkeypatch.setattr(batch_run, "start_runner", lambda *a, **k: InlineRunner())
    cfg = load_config(write_config(tmp_path, pairs_config(tmp_path / "out", 40)))
    started = time.perf_counter()
    result = run_batch(cfg)
    elapsed = time.perf_counter() - started
    assert result.ran == 40 and result.failed == 0
    # once every MANIFEST_EVERY seconds, plus the last write: not once per unit
    assert len(writes) <= 1 + elapsed / batch_run.MANIFEST_EVERY
    assert writes[-1] == 40
    manifest = json.loads((tmp_path / "out" / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["units"]) == 40
    assert run_batch(cfg).skipped == 40


class _Interrupt(Progress):
    """Ctrl-C after the second finished unit."""

    def __init__(self) -> None:
        self.done = 0

    def advance(self, result: UnitResult) -> None:
        self.done += 1
        if self.done == 2:
            raise KeyboardInterrupt


def test_ctrl_c_exits_130_and_what_finished_is_recorded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch_run, "MANIFEST_EVERY", 1e9)  # only the final write records it
    monkeypatch.setattr(batch_run, "start_runner", lambda *a, **k: InlineRunner())
    monkeypatch.setattr("diffreport.batch.make_progress", lambda quiet: _Interrupt())
    out = tmp_path / "out"
    path = write_config(tmp_path, pairs_config(out, 6))
    result = run_cli("batch", str(path))
    assert result.exit_code == 130
    assert result.output == "diffreport: interrupted (finished comparisons are kept)\n"
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["units"]) == ["compare:p000", "compare:p001"]
    again = run_batch(load_config(path))
    assert (again.skipped, again.ran) == (2, 4)


def test_jobs_are_capped_at_the_cpus(tmp_path: Path) -> None:
    cpus = cpu_count()
    assert batch_run.workers(100, "local", None) == (
        cpus,
        (f"jobs: 100 is more than the {cpus} CPUs of this machine; using {cpus}",),
    )
    assert batch_run.workers(1, "local", None) == (1, ())
    assert batch_run.workers(100, "dask", "tcp://10.0.0.5:8786") == (100, ())  # its own workers
    path = write_config(tmp_path, pairs_config(tmp_path / "out", 2, jobs=100))
    result = run_cli("batch", str(path), "--quiet")
    assert result.exit_code == 0
    warning = f"jobs: 100 is more than the {cpus} CPUs of this machine; using {cpus}"
    assert result.output == f"diffreport: warning: {warning}\n"
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["run"]["jobs"] == cpus
    assert summary["run"]["warnings"] == [warning]


@pytest.mark.parametrize(
    ("entry", "key"),
    [
        ({"pairs": [{"name": "x" * 300, "old": Q23, "new": Q24}]}, "pairs[0].name"),
        ({"pairs": [{"name": "a/" + "y" * 256 + "/b", "old": Q23, "new": Q24}]}, "pairs[0].name"),
        # 84 Chinese characters are 252 bytes: with ".html", 257
        ({"pairs": [{"name": "报" * 84, "old": Q23, "new": Q24}]}, "pairs[0].name"),
        (
            {"series": [{"name": "s", "files": [Q23, Q24], "labels": ["甲" * 60, "乙" * 60]}]},
            "series[0].labels",
        ),
    ],
)
def test_a_name_too_long_for_the_file_system_is_refused(
    tmp_path: Path, entry: dict[str, Any], key: str
) -> None:
    config: dict[str, Any] = {"output": str(tmp_path / "out"), "formats": ["html", "json"]}
    err = refused(tmp_path, {**config, **entry})
    assert err.key_path == key
    assert "at most 255 bytes" in err.detail


def test_the_longest_name_that_fits_is_written(tmp_path: Path) -> None:
    name = "报" * 83  # 249 bytes + ".html" = 254
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["html", "json"],
        "pairs": [{"name": name, "old": Q23, "new": Q24}],
    }
    result = run_batch(load_config(write_config(tmp_path, config)))
    assert result.failed == 0
    assert (tmp_path / "out" / "pairs" / f"{name}.html").is_file()


# --- 12: Dask ---------------------------------------------------------------------------------

HIDE_DIFFREPORT = '''
import sys

class _NotInstalled:
    """This worker has no diffreport: importing it fails as if it were not installed."""

    def find_spec(self, name, path=None, target=None):
        if name == "diffreport" or name.startswith("diffreport."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

for _name in [m for m in sys.modules if m == "diffreport" or m.startswith("diffreport.")]:
    del sys.modules[_name]
sys.meta_path.insert(0, _NotInstalled())
'''

HANG_IN_C = """
import time
import diffreport.batch.worker as worker

def run_unit(unit):
    time.sleep(120)  # in C: no time limit inside the worker can stop it

worker.run_unit = run_unit
"""


@contextlib.contextmanager
def loopback_cluster(preload: Path) -> Iterator[str]:
    """A one-worker LocalCluster on 127.0.0.1 whose worker runs ``preload`` first."""
    import logging

    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        silence_logs=logging.CRITICAL,
        preload=[str(preload)],
    )
    try:
        yield str(cluster.scheduler_address)
    finally:
        cluster.close(timeout=20)


def test_a_dask_worker_without_diffreport_gives_one_clear_error(tmp_path: Path) -> None:
    preload = tmp_path / "hide_diffreport.py"
    preload.write_text(HIDE_DIFFREPORT, encoding="utf-8")
    with loopback_cluster(preload) as address:
        config = pairs_config(tmp_path / "out", 2, executor="dask", dask_address=address)
        path = write_config(tmp_path, config)
        started = time.perf_counter()
        with pytest.raises(ClusterError) as info:
            run_batch(load_config(path))
        assert time.perf_counter() - started < 30
        message = info.value.message()
        assert message.startswith(f"{address}: Dask worker tcp://127.0.0.1:")
        assert "cannot import diffreport (ModuleNotFoundError: No module named 'diffreport')" in (
            message
        )
        assert "every worker needs diffreport" in message
        result = run_cli("batch", str(path))
        assert result.exit_code == 2
        assert one_error_line(result) == f"diffreport: error: {message}"
    assert not (tmp_path / "out" / "summary.json").exists()


def test_a_unit_the_cluster_never_returns_is_an_error_by_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("diffreport.batch.runners.DEADLINE_MARGIN", 3.0)
    preload = tmp_path / "hang.py"
    preload.write_text(HANG_IN_C, encoding="utf-8")
    with loopback_cluster(preload) as address:
        config = pairs_config(
            tmp_path / "out", 1, executor="dask", dask_address=address, timeout=0.5
        )
        started = time.perf_counter()
        result = run_batch(load_config(write_config(tmp_path, config)))
        assert time.perf_counter() - started < 30
    (entry,) = result.summary["comparisons"]
    assert entry["status"] == "error"
    assert entry["error"] == "no result from the Dask cluster within the run's 3.5 s"
    assert result.exit_code == 1
    assert (tmp_path / "out" / "summary.json").is_file()


def test_dask_runs_real_pairs_on_loopback(tmp_path: Path) -> None:
    """The checks pass on a cluster that has diffreport: a real pair compares as locally."""
    pytest.importorskip("distributed")
    old, new = corpus("cn-provinces/henan/2025.txt"), corpus("cn-provinces/henan/2026.txt")
    config = {
        "output": str(tmp_path / "out"),
        "formats": ["json"],
        "jobs": 1,
        "timeout": 120,
        "executor": "dask",
        "pairs": [{"name": "henan", "old": str(old), "new": str(new)}],
    }
    result = run_batch(load_config(write_config(tmp_path, config)))
    assert result.failed == 0
    local = run_batch(
        load_config(
            write_config(tmp_path, {**config, "executor": "local", "output": str(tmp_path / "o2")})
        )
    )
    assert result.summary["comparisons"] == local.summary["comparisons"]
