"""Benchmark diffreport against the diffs a user would otherwise run (issue 7).

Run with ``make bench`` (or ``.venv/bin/python bench/run.py [--quick] [--runs N]``).

Every measurement is a whole process started with ``subprocess`` and reaped with
``os.wait4``, which gives that process's own wall time, CPU time (user + sys) and
peak resident memory (``ru_maxrss``, including any worker processes it waited
for). All tools run on the same inputs from ``../shared/corpus`` and are
interleaved run by run, so a burst of load from elsewhere on the machine hits
every tool alike. Medians are reported.

Sections:

* tools    -- State Council 2024 -> 2025: diffreport compare (JSON, HTML) against
              difflib.HtmlDiff().make_file on lines, difflib.SequenceMatcher on
              characters (ratio + get_opcodes), and diff-match-patch's diff_main
              with ``Diff_Timeout`` set (``--dmp-timeout``, default 5 s).
* startup  -- ``diffreport --version`` and a tiny pair (start-up of the full pipeline).
* growth   -- 1x, 2x, 5x, 10x inputs: k consecutive State Council editions
              concatenated against the next k (1x = 2024 vs 2025); time minus
              start-up (the tiny pair) and its ratio to 1x; peak memory.
* limits   -- ``diffreport compare /dev/zero OLD``: refused by the size limit (exit 2)
              after reading a bounded part (issue 20).
* batch    -- ``diffreport batch`` over the real corpus (31 provincial 2025 -> 2026
              pairs + State Council 2016..2025 as consecutive pairs) with jobs: 1
              and jobs: 2, when the ``batch`` command exists.

Targets (issue 7) are checked at the end and printed PASS/FAIL. The result is
written to ``bench/results/latest.json`` (``--save-baseline`` also copies it to
``bench/baseline.json``).

Bytecode: the machine may set ``PYTHONDONTWRITEBYTECODE=1``, which makes every
process recompile the package's sources. An installed package has its ``.pyc``
files, so by default child processes run with a bytecode cache under
``bench/results/pycache`` (``PYTHONPYCACHEPREFIX``), warmed by one untimed run per
command; ``--no-bytecode-cache`` measures the environment as it is. The start-up
section always reports both.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
RESULTS = BENCH / "results"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SCHEMA = "diffreport.bench/1"

# Issue 7's targets
TARGET_HTML_VS_HTMLDIFF = 0.5
TARGET_GROWTH_10X = 15.0
TARGET_PEAK_MB = 500.0
TARGET_VERSION_S = 0.15
TARGET_BATCH_SPEEDUP = 1.7
# Issue 20's targets: /dev/zero is refused in at most 5 s under 300 MB
TARGET_DEV_ZERO_S = 5.0
TARGET_DEV_ZERO_MB = 300.0

console = Console(highlight=False, width=None if sys.stdout.isatty() else 150)


# ---------------------------------------------------------------- measuring


@dataclass
class Sample:
    """One whole-process run."""

    wall: float
    cpu: float
    maxrss_mb: float
    rc: int


@dataclass
class Measure:
    """Every run of one command, with its medians."""

    name: str
    cmd: list[str]
    samples: list[Sample] = field(default_factory=list)
    stats: dict[str, Any] | None = None  # the last run's own report (baseline scripts)
    error: str | None = None

    @property
    def ok(self) -> list[Sample]:
        """The runs that exited 0."""
        return [s for s in self.samples if s.rc == 0]

    def median_wall(self) -> float | None:
        """Median wall-clock seconds over successful runs."""
        ok = self.ok
        return statistics.median(s.wall for s in ok) if ok else None

    def median_cpu(self) -> float | None:
        """Median CPU seconds (user + sys, children included) over successful runs."""
        ok = self.ok
        return statistics.median(s.cpu for s in ok) if ok else None

    def peak_mb(self) -> float | None:
        """Largest peak RSS over successful runs, in MB."""
        ok = self.ok
        return max(s.maxrss_mb for s in ok) if ok else None

    def to_json(self) -> dict[str, Any]:
        """The JSON form: commands, runs and medians."""
        return {
            "cmd": [_short(c) for c in self.cmd],
            "runs": [asdict(s) for s in self.samples],
            "median_wall_s": _r(self.median_wall()),
            "median_cpu_s": _r(self.median_cpu()),
            "peak_mb": _r(self.peak_mb(), 1),
            "stats": self.stats,
            "error": self.error,
        }


def _r(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(x, nd)


def _short(arg: str) -> str:
    """Paths shown relative to the repo root where possible (stable, machine-independent)."""
    try:
        return os.path.relpath(arg, ROOT) if os.path.isabs(arg) else arg
    except ValueError:
        return arg


def run_once(cmd: Sequence[str], env: dict[str, str], timeout: float) -> tuple[Sample, str, str]:
    """Run ``cmd`` as a whole process; wall time, CPU time and peak RSS from ``os.wait4``."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=env, cwd=ROOT)
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # tell Popen it is reaped
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
    sample = Sample(
        wall=round(wall, 4),
        cpu=round(usage.ru_utime + usage.ru_stime, 4),
        maxrss_mb=round(usage.ru_maxrss / 1024, 1),  # Linux: KB
        rc=proc.returncode,
    )
    return sample, stdout, stderr


class Runner:
    """Runs commands with one environment, a warm-up per command, and a log line per run."""

    def __init__(self, env: dict[str, str], timeout: float, warm: bool) -> None:
        self.env = env
        self.timeout = timeout
        self.warm = warm
        self._warmed: set[str] = set()

    def measure(self, m: Measure) -> None:
        """Add one run to ``m`` (after an untimed warm-up run the first time)."""
        key = "\0".join(m.cmd)
        if self.warm and key not in self._warmed:
            self._warmed.add(key)
            run_once(m.cmd, self.env, self.timeout)
        sample, stdout, stderr = run_once(m.cmd, self.env, self.timeout)
        m.samples.append(sample)
        if sample.rc != 0:
            tail = (stderr.strip().splitlines() or ["(no stderr)"])[-1]
            m.error = f"exit {sample.rc}: {tail}"
            console.print(f"  [red]{m.name}: exit {sample.rc}[/] {tail}")
        else:
            last = stdout.strip().splitlines()[-1:] if stdout.strip() else []
            if last and last[0].startswith("{"):
                with contextlib.suppress(json.JSONDecodeError):
                    m.stats = json.loads(last[0])
        console.print(
            f"  {m.name:<28} {sample.wall:8.3f} s wall {sample.cpu:8.3f} s cpu "
            f"{sample.maxrss_mb:7.1f} MB",
            style="dim",
        )


def child_env(bytecode_cache: bool) -> dict[str, str]:
    """The children's environment: as ours, plus a private bytecode cache if asked."""
    env = dict(os.environ)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode_cache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(RESULTS / "pycache")
    env["NO_COLOR"] = "1"
    env["COLUMNS"] = "120"
    return env


# ---------------------------------------------------------------- inputs


def editions(corpus: Path) -> list[Path]:
    """State Council editions, oldest first (years with no report are simply absent)."""
    files = sorted((corpus / "cn-state-council").glob("[0-9][0-9][0-9][0-9].txt"))
    if not files:
        sys.exit(f"bench: no State Council editions under {corpus}/cn-state-council")
    return files


def scaled_pair(files: list[Path], k: int, tmp: Path) -> tuple[Path, Path]:
    """k consecutive editions concatenated against the next k (the newest 2k editions)."""
    if k == 1:
        return files[-2], files[-1]
    if len(files) < 2 * k:
        sys.exit(f"bench: {k}x needs {2 * k} editions, the corpus has {len(files)}")
    chosen = files[-2 * k :]
    out = []
    for side, group in (("old", chosen[:k]), ("new", chosen[k:])):
        path = tmp / f"sc-{k}x-{side}-{group[0].stem}-{group[-1].stem}.txt"
        text = "\n\n".join(p.read_text(encoding="utf-8-sig").rstrip() for p in group)
        path.write_text(text + "\n", encoding="utf-8")
        out.append(path)
    return out[0], out[1]


def tiny_pair(old: Path, new: Path, tmp: Path) -> tuple[Path, Path]:
    """The first few non-blank lines of each edition: start-up of the full pipeline."""
    out = []
    for side, src in (("old", old), ("new", new)):
        lines = [ln for ln in src.read_text(encoding="utf-8-sig").splitlines() if ln.strip()]
        path = tmp / f"tiny-{side}.txt"
        path.write_text("\n\n".join(lines[:4]) + "\n", encoding="utf-8")
        out.append(path)
    return out[0], out[1]


def nchars(path: Path) -> int:
    """Characters in a file."""
    return len(path.read_text(encoding="utf-8-sig"))


# ---------------------------------------------------------------- sections


def section_tools(
    runner: Runner, dr: str, py: str, old: Path, new: Path, tmp: Path, runs: int, dmp_timeout: float
) -> dict[str, Measure]:
    """diffreport (JSON, HTML) against difflib and diff-match-patch on one pair, interleaved."""
    o, n = str(old), str(new)
    tools = {
        "diffreport json": [dr, "compare", o, n, "--format", "json", "-o", str(tmp / "dr.json")],
        "diffreport html": [dr, "compare", o, n, "--format", "html", "-o", str(tmp / "dr.html")],
        "difflib.HtmlDiff": [py, str(BENCH / "difflib_html.py"), o, n, "-o", str(tmp / "dl.html")],
        "SequenceMatcher chars": [py, str(BENCH / "difflib_chars.py"), o, n],
        "diff-match-patch": [
            py,
            str(BENCH / "dmp_diff.py"),
            o,
            n,
            "--timeout",
            str(dmp_timeout),
        ],
    }
    have_dmp = subprocess.run([py, "-c", "import diff_match_patch"], capture_output=True).returncode
    measures = {name: Measure(name, cmd) for name, cmd in tools.items()}
    if have_dmp != 0:
        measures["diff-match-patch"].error = "not installed: pip install -e '.[bench]'"
        console.print("[yellow]diff-match-patch: not installed (pip install -e '.[bench]')[/]")
    for i in range(runs):
        console.print(f"[bold]tools[/] run {i + 1}/{runs}")
        for m in measures.values():
            if m.error and not m.samples:
                continue
            runner.measure(m)
    return measures


def section_startup(
    runner: Runner, dr: str, tiny: tuple[Path, Path], tmp: Path, runs: int
) -> dict[str, Measure]:
    """``diffreport --version`` (with and without a bytecode cache) and a tiny pair."""
    cached = Runner(child_env(True), runner.timeout, warm=True)
    uncached = Runner(child_env(False), runner.timeout, warm=False)
    ms = {
        "version": Measure("diffreport --version", [dr, "--version"]),
        "version_no_pyc": Measure("--version (no .pyc cache)", [dr, "--version"]),
        "tiny": Measure(
            "tiny pair (json)",
            [dr, "compare", str(tiny[0]), str(tiny[1]), "--format", "json", "-o", str(tmp / "t")],
        ),
    }
    for i in range(runs):
        console.print(f"[bold]startup[/] run {i + 1}/{runs}")
        cached.measure(ms["version"])
        uncached.measure(ms["version_no_pyc"])
        runner.measure(ms["tiny"])
    return ms


def section_limits(runner: Runner, dr: str, tiny: tuple[Path, Path], runs: int) -> dict[str, Any]:
    """``diffreport compare /dev/zero OLD``: refused (exit 2) after a bounded read (issue 20)."""
    cmd = [dr, "compare", "/dev/zero", str(tiny[0]), "--format", "json"]
    samples: list[Sample] = []
    for i in range(runs):
        console.print(f"[bold]limits[/] run {i + 1}/{runs}")
        sample, _, _ = run_once(cmd, runner.env, runner.timeout)
        samples.append(sample)
        console.print(
            f"  /dev/zero {sample.wall:8.3f} s wall {sample.maxrss_mb:7.1f} MB", style="dim"
        )
    refused = [s for s in samples if s.rc == 2]  # anything else is a failure: no value
    return {
        "cmd": [_short(c) for c in cmd],
        "runs": [asdict(s) for s in samples],
        "median_wall_s": _r(statistics.median(s.wall for s in refused)) if refused else None,
        "median_cpu_s": _r(statistics.median(s.cpu for s in refused)) if refused else None,
        "peak_mb": _r(max(s.maxrss_mb for s in refused), 1) if refused else None,
    }


def section_growth(
    runner: Runner,
    dr: str,
    files: list[Path],
    tiny: tuple[Path, Path],
    scales: list[int],
    tmp: Path,
    runs: int,
) -> dict[str, Any]:
    """diffreport's time and memory over k x inputs; work = time - start-up (the tiny pair)."""
    pairs = {k: scaled_pair(files, k, tmp) for k in scales}
    startup = Measure(
        "start-up (tiny pair)",
        [dr, "compare", str(tiny[0]), str(tiny[1]), "--format", "json", "-o", str(tmp / "t")],
    )
    ms: dict[tuple[int, str], Measure] = {}
    for k, (o, n) in pairs.items():
        for fmt in ("json", "html"):
            out = str(tmp / f"g{k}.{fmt}")
            ms[(k, fmt)] = Measure(
                f"{k}x {fmt}", [dr, "compare", str(o), str(n), "--format", fmt, "-o", out]
            )
    for i in range(runs):
        console.print(f"[bold]growth[/] run {i + 1}/{runs}")
        runner.measure(startup)
        for m in ms.values():
            runner.measure(m)
    base = startup.median_wall()
    base_cpu = startup.median_cpu()
    rows = []
    for fmt in ("json", "html"):
        one = ms.get((1, fmt))
        work1 = _minus(one.median_wall() if one else None, base)
        work1_cpu = _minus(one.median_cpu() if one else None, base_cpu)
        for k in scales:
            m = ms[(k, fmt)]
            work = _minus(m.median_wall(), base)
            work_cpu = _minus(m.median_cpu(), base_cpu)
            o, n = pairs[k]
            rows.append(
                {
                    "scale": k,
                    "format": fmt,
                    "old": _short(str(o)) if k == 1 else [p.stem for p in files[-2 * k : -k]],
                    "new": _short(str(n)) if k == 1 else [p.stem for p in files[-k:]],
                    "chars": [nchars(o), nchars(n)],
                    "median_wall_s": _r(m.median_wall()),
                    "median_cpu_s": _r(m.median_cpu()),
                    "work_s": _r(work),
                    "work_cpu_s": _r(work_cpu),
                    "ratio_to_1x": _r(_div(work, work1), 2),
                    "ratio_to_1x_cpu": _r(_div(work_cpu, work1_cpu), 2),
                    "peak_mb": _r(m.peak_mb(), 1),
                    "measure": m.to_json(),
                }
            )
    return {
        "startup": startup.to_json(),
        "startup_wall_s": _r(base),
        "startup_cpu_s": _r(base_cpu),
        "rows": rows,
    }


def _minus(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _div(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b <= 0 else a / b


def batch_available(dr: str, env: dict[str, str]) -> tuple[bool, str]:
    """Whether ``diffreport batch`` exists, and its --help text."""
    proc = subprocess.run(
        [dr, "batch", "--help"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    return proc.returncode == 0, proc.stdout


def batch_config(corpus: Path, out: Path, jobs: int) -> str:
    """A batch config over the real corpus (issue 6): provinces 2025->2026 + State Council pairs."""
    import yaml

    provinces = sorted(p for p in (corpus / "cn-provinces").iterdir() if p.is_dir())
    pairs = [
        {"name": p.name, "old": str(p / "2025.txt"), "new": str(p / "2026.txt")}
        for p in provinces
        if (p / "2025.txt").exists() and (p / "2026.txt").exists()
    ]
    sc = [p for p in editions(corpus) if 2016 <= int(p.stem) <= 2025]
    pairs += [
        {"name": f"state-council-{a.stem}-{b.stem}", "old": str(a), "new": str(b)}
        for a, b in zip(sc, sc[1:], strict=False)
    ]
    config = {
        "output": str(out),
        "formats": ["html", "json"],
        "jobs": jobs,
        "executor": "local",
        "pairs": pairs,
    }
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)


def section_batch(
    runner: Runner, dr: str, corpus: Path, tmp: Path, runs: int
) -> dict[str, Any] | None:
    """Batch wall time with jobs: 1 and jobs: 2 on the real corpus; None when there is no batch."""
    ok, help_text = batch_available(dr, runner.env)
    if not ok:
        console.print("batch: not available")
        return None
    quiet = ["--quiet"] if "--quiet" in help_text else []
    force = ["--force"] if "--force" in help_text else []
    ms = {1: Measure("batch jobs=1", []), 2: Measure("batch jobs=2", [])}
    comparisons = 0
    summaries: dict[int, Any] = {}
    for i in range(runs):
        console.print(f"[bold]batch[/] run {i + 1}/{runs}")
        for jobs, m in ms.items():
            folder = tmp / f"batch-{jobs}-{i}"
            folder.mkdir()
            cfg = folder / "batch.yaml"
            cfg.write_text(batch_config(corpus, folder / "out", jobs), encoding="utf-8")
            m.cmd = [dr, "batch", str(cfg), *quiet, *force]
            # no warm-up: a warm-up would fill the output folder and a re-run would skip work
            sample, _, stderr = run_once(m.cmd, runner.env, runner.timeout)
            m.samples.append(sample)
            summary_path = folder / "out" / "summary.json"
            if summary_path.exists():
                summary = json.loads(summary_path.read_text(encoding="utf-8"))
                items = summary.get("comparisons", [])
                comparisons = len(items)
                summaries[jobs] = {
                    "comparisons": len(items),
                    "ok": sum(1 for c in items if c.get("status") == "ok"),
                    "errors": [c.get("name") for c in items if c.get("status") != "ok"],
                }
            if sample.rc != 0:
                tail = (stderr.strip().splitlines() or ["(no stderr)"])[-1]
                m.error = f"exit {sample.rc}: {tail}"
                console.print(f"  [red]batch jobs={jobs}: exit {sample.rc}[/] {tail}")
            console.print(
                f"  {m.name:<28} {sample.wall:8.3f} s wall {sample.cpu:8.3f} s cpu "
                f"{sample.maxrss_mb:7.1f} MB",
                style="dim",
            )
            shutil.rmtree(folder, ignore_errors=True)
    # exit code 1 = finished with failed comparisons: still timed, but flagged
    speedup = _div(_median_any(ms[1]), _median_any(ms[2]))
    return {
        "comparisons": comparisons,
        "summaries": summaries,
        "jobs_1": ms[1].to_json() | {"median_wall_any_rc_s": _r(_median_any(ms[1]))},
        "jobs_2": ms[2].to_json() | {"median_wall_any_rc_s": _r(_median_any(ms[2]))},
        "speedup": _r(speedup, 3),
        "cpu_count": os.cpu_count(),
    }


TARGET_BATCH_TINY_S = 40.0  # issue 20: 3,000 tiny pairs as one batch
BATCH_TINY_PAIRS = 3000


def case_batch_tiny_pairs(
    runner: Runner, dr: str, tiny: tuple[Path, Path], tmp: Path, runs: int
) -> dict[str, Any]:
    """Issue 20: ``diffreport batch`` over 3,000 tiny pairs (html + json each), default jobs.

    The run's own bookkeeping (manifest, summary, index) must not grow faster
    than the work: the target is the whole run in at most 40 s.
    """
    import yaml

    m = Measure(f"batch {BATCH_TINY_PAIRS} tiny pairs", [])
    summary: dict[str, Any] = {}
    for i in range(runs):
        folder = tmp / f"batch-tiny-{i}"
        folder.mkdir()
        config = {
            "output": str(folder / "out"),
            "formats": ["html", "json"],
            "pairs": [
                {"name": f"p{k:05d}", "old": str(tiny[0]), "new": str(tiny[1])}
                for k in range(BATCH_TINY_PAIRS)
            ],
        }
        cfg = folder / "batch.yaml"
        cfg.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
        m.cmd = [dr, "batch", str(cfg), "--quiet"]
        sample, _, stderr = run_once(m.cmd, runner.env, runner.timeout)
        m.samples.append(sample)
        if sample.rc != 0:
            m.error = f"exit {sample.rc}: {(stderr.strip().splitlines() or [''])[-1]}"
        done = folder / "out" / "summary.json"
        if done.exists():
            items = json.loads(done.read_text(encoding="utf-8"))["comparisons"]
            summary = {"comparisons": len(items), "ok": sum(c["status"] == "ok" for c in items)}
        console.print(
            f"  {m.name:<28} {sample.wall:8.3f} s wall {sample.cpu:8.3f} s cpu "
            f"{sample.maxrss_mb:7.1f} MB",
            style="dim",
        )
        shutil.rmtree(folder, ignore_errors=True)
    return m.to_json() | {"summary": summary}


def _median_any(m: Measure) -> float | None:
    """Median wall over runs that exited 0 or 1 (1 = some comparisons failed but all ran)."""
    xs = [s.wall for s in m.samples if s.rc in (0, 1)]
    return statistics.median(xs) if xs else None


# ---------------------------------------------------------------- report


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    cpu = platform.processor()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {
        "platform": platform.platform(),
        "cpu": cpu,
        "cpu_count": os.cpu_count(),
        "memory_gb": mem_gb,
        "python": platform.python_version(),
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }


def versions(py: str) -> dict[str, str | None]:
    """Versions of the packages that matter for the numbers."""
    code = (
        "import importlib.metadata as m, json\n"
        "out = {}\n"
        "for p in ('diffreport', 'rapidfuzz', 'jieba', 'jinja2', 'rich', 'click', "
        "'diff-match-patch'):\n"
        "    try: out[p] = m.version(p)\n"
        "    except m.PackageNotFoundError: out[p] = None\n"
        "print(json.dumps(out))"
    )
    proc = subprocess.run([py, "-c", code], capture_output=True, text=True)
    try:
        return dict(json.loads(proc.stdout))
    except json.JSONDecodeError:
        return {}


def git_state() -> dict[str, Any]:
    """The commit measured and whether the tree had uncommitted changes."""

    def git(*args: str) -> str:
        proc = subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT)
        return proc.stdout.strip()

    return {"commit": git("rev-parse", "HEAD"), "dirty": bool(git("status", "--porcelain"))}


def fmt_s(x: float | None) -> str:
    """Seconds for a table cell."""
    return "—" if x is None else f"{x:.3f}"


def fmt_x(x: float | None) -> str:
    """A ratio for a table cell."""
    return "—" if x is None else f"{x:.2f}×"


def print_tools(ms: dict[str, Measure], pair: str) -> dict[str, Any]:
    """The tools table; returns its JSON form with ratios to diffreport."""
    dj = ms["diffreport json"].median_wall()
    dh = ms["diffreport html"].median_wall()
    table = Table(title=f"Whole processes on {pair} (medians)")
    for col in ("tool", "wall s", "cpu s", "peak MB", "÷ dr json", "÷ dr html"):
        table.add_column(col, justify="left" if col == "tool" else "right")
    table.add_column("note")
    out: dict[str, Any] = {}
    for name, m in ms.items():
        w = m.median_wall()
        note = m.error or ""
        if m.stats and "hit_timeout" in m.stats:
            note = (
                f"Diff_Timeout {m.stats['timeout_s']:g} s"
                + (" — hit (gave up)" if m.stats["hit_timeout"] else "")
                + f", {m.stats['diffs']} diffs"
            )
        elif m.stats and "ratio" in m.stats:
            note = f"ratio {m.stats['ratio']}, {m.stats['opcodes']} opcodes"
        elif m.stats and "lines" in m.stats:
            note = f"{m.stats['lines'][0]}+{m.stats['lines'][1]} lines"
        table.add_row(
            name,
            fmt_s(w),
            fmt_s(m.median_cpu()),
            "—" if m.peak_mb() is None else f"{m.peak_mb():.0f}",
            fmt_x(_div(w, dj)),
            fmt_x(_div(w, dh)),
            note,
        )
        out[name] = m.to_json() | {
            "ratio_to_diffreport_json": _r(_div(w, dj), 3),
            "ratio_to_diffreport_html": _r(_div(w, dh), 3),
        }
    console.print(table)
    return out


def print_startup(ms: dict[str, Measure]) -> None:
    """The start-up table."""
    table = Table(title="Start-up (medians)")
    for col in ("command", "wall s", "cpu s", "peak MB"):
        table.add_column(col, justify="left" if col == "command" else "right")
    for m in ms.values():
        pk = m.peak_mb()
        peak = "—" if pk is None else f"{pk:.0f}"
        table.add_row(m.name, fmt_s(m.median_wall()), fmt_s(m.median_cpu()), peak)
    console.print(table)


def print_growth(growth: dict[str, Any]) -> None:
    """The growth table."""
    table = Table(
        title=(
            "Growth: k editions vs the next k (work = time − start-up "
            f"{fmt_s(growth['startup_wall_s'])} s wall / {fmt_s(growth['startup_cpu_s'])} s cpu)"
        )
    )
    cols = ("scale", "chars old/new", "wall s", "cpu s", "work s", "÷ 1×", "÷ 1× cpu", "peak MB")
    for col in cols:
        table.add_column(col, justify="right")
    for row in growth["rows"]:
        table.add_row(
            f"{row['scale']}× {row['format']}",
            f"{row['chars'][0]:,}/{row['chars'][1]:,}",
            fmt_s(row["median_wall_s"]),
            fmt_s(row["median_cpu_s"]),
            fmt_s(row["work_s"]),
            fmt_x(row["ratio_to_1x"]),
            fmt_x(row["ratio_to_1x_cpu"]),
            "—" if row["peak_mb"] is None else f"{row['peak_mb']:.0f}",
        )
    console.print(table)


def print_batch(batch: dict[str, Any]) -> None:
    """The batch table."""
    table = Table(title=f"Batch over the real corpus ({batch['comparisons']} comparisons)")
    for col in ("workers", "wall s", "cpu s", "peak MB", "speed-up"):
        table.add_column(col, justify="right")
    for jobs in (1, 2):
        m = batch[f"jobs_{jobs}"]
        table.add_row(
            str(jobs),
            fmt_s(m["median_wall_any_rc_s"]),
            fmt_s(m["median_cpu_s"]),
            "—" if m["peak_mb"] is None else f"{m['peak_mb']:.0f}",
            fmt_x(batch["speedup"]) if jobs == 2 else "",
        )
    console.print(table)


def targets(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 7's targets with the measured values; pass is None when not measured."""
    out: list[dict[str, Any]] = []

    def verdict(x: float | None, limit: float, upper: bool) -> bool | None:
        return None if x is None else (x <= limit if upper else x >= limit)

    def add(
        name: str,
        measured: float | None,
        limit: float,
        upper: bool,
        unit: str,
        cpu: float | None = None,
    ) -> None:
        out.append(
            {
                "target": name,
                "measured": _r(measured, 3),
                "limit": limit,
                "kind": "at most" if upper else "at least",
                "unit": unit,
                "pass": verdict(measured, limit, upper),
                # the same on CPU seconds (user + sys): robust to load from other processes
                "measured_cpu": _r(cpu, 3),
                "pass_cpu": verdict(cpu, limit, upper),
            }
        )

    tools = result.get("tools") or {}
    html = (tools.get("diffreport html") or {}).get("ratio_to_diffreport_html")
    htmldiff = (tools.get("difflib.HtmlDiff") or {}).get("ratio_to_diffreport_html")
    html_cpu = (tools.get("diffreport html") or {}).get("median_cpu_s")
    htmldiff_cpu = (tools.get("difflib.HtmlDiff") or {}).get("median_cpu_s")
    add(
        "2024→2025 HTML time ÷ difflib.HtmlDiff time",
        None if not html or not htmldiff else 1 / htmldiff,
        TARGET_HTML_VS_HTMLDIFF,
        True,
        "×",
        _div(html_cpu, htmldiff_cpu),
    )
    growth = result.get("growth") or {}
    row10 = next(
        (r for r in growth.get("rows", []) if r["scale"] == 10 and r["format"] == "json"), None
    )
    add(
        "10× vs 10× work ÷ 1× work (json, time − start-up)",
        row10["ratio_to_1x"] if row10 else None,
        TARGET_GROWTH_10X,
        True,
        "×",
        row10["ratio_to_1x_cpu"] if row10 else None,
    )
    peaks = [
        r["peak_mb"]
        for r in growth.get("rows", [])
        if r["scale"] == 10 and r["peak_mb"] is not None
    ]
    peak = max(peaks) if peaks else None
    add("10× peak memory (json and html)", peak, TARGET_PEAK_MB, True, "MB")
    version = (result.get("startup") or {}).get("version") or {}
    add(
        "diffreport --version",
        version.get("median_wall_s"),
        TARGET_VERSION_S,
        True,
        "s",
        version.get("median_cpu_s"),
    )
    batch = result.get("batch") or {}
    add("batch speed-up, 2 workers vs 1", batch.get("speedup"), TARGET_BATCH_SPEEDUP, False, "×")
    scale_targets(result.get("scale") or {}, add)
    zero = result.get("limits") or {}
    wall, cpu = zero.get("median_wall_s"), zero.get("median_cpu_s")
    add("/dev/zero refused (exit 2)", wall, TARGET_DEV_ZERO_S, True, "s", cpu)
    add("/dev/zero refused, peak memory", zero.get("peak_mb"), TARGET_DEV_ZERO_MB, True, "MB")
    tiny = result.get("batch_tiny") or {}
    add(
        f"batch of {BATCH_TINY_PAIRS:,} tiny pairs",
        tiny.get("median_wall_s"),
        TARGET_BATCH_TINY_S,
        True,
        "s",
        tiny.get("median_cpu_s"),
    )
    return out


def print_targets(ts: list[dict[str, Any]]) -> None:
    """PASS/FAIL per target."""
    table = Table(title="Issue 7 targets")
    for col in ("target", "measured (wall)", "limit", "verdict", "on cpu s", "cpu verdict"):
        table.add_column(col, justify="left" if col == "target" else "right")
    words = {True: "[green]PASS[/]", False: "[red]FAIL[/]", None: "[yellow]n/a[/]"}
    for t in ts:
        measured = "—" if t["measured"] is None else f"{t['measured']:g} {t['unit']}"
        cpu = "—" if t["measured_cpu"] is None else f"{t['measured_cpu']:g} {t['unit']}"
        table.add_row(
            t["target"],
            measured,
            f"{t['kind']} {t['limit']:g} {t['unit']}",
            words[t["pass"]],
            cpu,
            words[t["pass_cpu"]] if t["measured_cpu"] is not None else "",
        )
    console.print(table)
    for t in ts:
        word = {True: "PASS", False: "FAIL", None: "N/A "}[t["pass"]]
        console.print(f"{word}  {t['target']}: {t['measured']} ({t['kind']} {t['limit']})")


# ---------------------------------------------------------------- scale (issue 20, items 2 and 3)

TARGET_REPEATS_S = 15.0  # 80,000 repeats of one sentence, one other inserted
TARGET_ONECHAR_S = 60.0  # 200,000 one-character sentences
TARGET_ONECHAR_MB = 1500.0


def scale_pairs(tmp: Path) -> dict[str, tuple[Path, Path]]:
    """Issue 20's pathological sizes, made with a fixed seed.

    ``repeats``: 好。 80,000 times a line, against the same with 坏。 inserted
    halfway. ``one-char``: 200,000 lines of one Han character and 。, drawn
    from 300 characters, against the same with 200 random edits (insertions,
    deletions, replacements).
    """
    import random

    n = 80_000
    old = "好。\n" * n
    new = "好。\n" * (n // 2) + "坏。\n" + "好。\n" * (n - n // 2)
    pairs: dict[str, tuple[str, str]] = {"repeats": (old, new)}
    rng = random.Random(20)
    chars = [chr(0x4E00 + 37 * k) for k in range(300)]
    seq = [rng.choice(chars) for _ in range(200_000)]
    edited = list(seq)
    for _ in range(200):
        p, op = rng.randrange(len(edited)), rng.randrange(3)
        if op == 0:
            edited.insert(p, rng.choice(chars))
        elif op == 1:
            del edited[p]
        else:
            edited[p] = rng.choice(chars)
    pairs["one-char"] = ("".join(c + "。\n" for c in seq), "".join(c + "。\n" for c in edited))
    out: dict[str, tuple[Path, Path]] = {}
    for name, (a, b) in pairs.items():
        pa, pb = tmp / f"scale-{name}.old.txt", tmp / f"scale-{name}.new.txt"
        pa.write_text(a, encoding="utf-8")
        pb.write_text(b, encoding="utf-8")
        out[name] = (pa, pb)
    return out


def section_scale(runner: Runner, dr: str, tmp: Path, runs: int) -> dict[str, Any]:
    """``compare --format json`` on issue 20's repeated and one-character sentences."""
    out: dict[str, Any] = {}
    for name, (a, b) in scale_pairs(tmp).items():
        m = Measure(name, [dr, "compare", str(a), str(b), "--format", "json", "-o", str(tmp / "s")])
        for i in range(runs):
            console.print(f"[bold]scale[/] {name} run {i + 1}/{runs}")
            runner.measure(m)
        out[name] = m.to_json()
    return out


def scale_targets(scale: dict[str, Any], add: Any) -> None:
    """Issue 20's targets for the scale section (``add`` is ``targets``' row maker)."""
    rep = scale.get("repeats") or {}
    one = scale.get("one-char") or {}
    add(
        "80,000 repeated sentences (json)",
        rep.get("median_wall_s"),
        TARGET_REPEATS_S,
        True,
        "s",
        rep.get("median_cpu_s"),
    )
    add(
        "200,000 one-character sentences (json)",
        one.get("median_wall_s"),
        TARGET_ONECHAR_S,
        True,
        "s",
        one.get("median_cpu_s"),
    )
    add("200,000 one-character sentences, peak", one.get("peak_mb"), TARGET_ONECHAR_MB, True, "MB")


# ---------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    p = argparse.ArgumentParser(description="diffreport benchmark (issue 7)")
    p.add_argument("--runs", type=int, default=None, help="runs per command (default 5; quick 2)")
    p.add_argument("--growth-runs", type=int, default=None, help="runs per scale (default 7)")
    p.add_argument("--batch-runs", type=int, default=None, help="runs per batch (default 3)")
    p.add_argument("--quick", action="store_true", help="fewer runs, no 10× scale")
    p.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    p.add_argument("--dmp-timeout", type=float, default=5.0, help="diff-match-patch Diff_Timeout")
    p.add_argument("--timeout", type=float, default=600.0, help="kill a run after this many s")
    p.add_argument(
        "--only",
        default="tools,startup,growth,batch,scale,limits",
        help="comma-separated sections to run (tools,startup,growth,batch,scale,limits)",
    )
    p.add_argument("--no-bytecode-cache", action="store_true", help="children use our env as is")
    p.add_argument("-o", "--output", type=Path, default=RESULTS / "latest.json")
    p.add_argument("--save-baseline", action="store_true", help="also write bench/baseline.json")
    args = p.parse_args(argv)
    args.runs = args.runs or (2 if args.quick else 5)
    args.growth_runs = args.growth_runs or (1 if args.quick else 7)
    args.batch_runs = args.batch_runs or (1 if args.quick else 3)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark; exit 0 when every measured target passes, 1 otherwise."""
    args = parse_args(argv)
    sections = {s.strip() for s in args.only.split(",") if s.strip()}
    py = sys.executable
    dr = str(Path(py).parent / "diffreport")
    if not Path(dr).exists():
        sys.exit(f"bench: {dr} not found (run `make bench`, which installs the package)")
    corpus = args.corpus.resolve()
    files = editions(corpus)
    RESULTS.mkdir(parents=True, exist_ok=True)
    env = child_env(not args.no_bytecode_cache)
    runner = Runner(env, args.timeout, warm=True)
    scales = [1, 2, 5] if args.quick else [1, 2, 5, 10]
    old, new = files[-2], files[-1]
    result: dict[str, Any] = {
        "schema": SCHEMA,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "versions": versions(py),
        "git": git_state(),
        "settings": {
            "runs": args.runs,
            "growth_runs": args.growth_runs,
            "batch_runs": args.batch_runs,
            "quick": args.quick,
            "scales": scales,
            "dmp_timeout_s": args.dmp_timeout,
            "bytecode_cache": not args.no_bytecode_cache,
            "pythondontwritebytecode_in_env": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
            "warm_up_runs": 1,
        },
        "pair": {"old": _short(str(old)), "new": _short(str(new))},
    }
    pair_name = f"State Council {old.stem}→{new.stem}"
    console.print(
        f"[bold]diffreport bench[/] — {result['machine']['cpu']}, "
        f"{result['machine']['cpu_count']} CPUs, load {result['machine']['loadavg_start']}"
    )
    with tempfile.TemporaryDirectory(prefix="diffreport-bench-") as t:
        tmp = Path(t)
        tiny = tiny_pair(old, new, tmp)
        if "tools" in sections:
            tools = section_tools(runner, dr, py, old, new, tmp, args.runs, args.dmp_timeout)
            result["tools_measures"] = tools
        if "startup" in sections:
            result["startup_measures"] = section_startup(runner, dr, tiny, tmp, args.runs)
        if "growth" in sections:
            result["growth"] = section_growth(
                runner, dr, files, tiny, scales, tmp, args.growth_runs
            )
        if "batch" in sections:
            result["batch"] = section_batch(runner, dr, corpus, tmp, args.batch_runs)
            result["batch_tiny"] = case_batch_tiny_pairs(runner, dr, tiny, tmp, args.batch_runs)
        if "scale" in sections:
            result["scale"] = section_scale(runner, dr, tmp, 1)
        if "limits" in sections:
            result["limits"] = section_limits(runner, dr, tiny, args.runs)

    console.rule("results")
    if "tools_measures" in result:
        result["tools"] = print_tools(result.pop("tools_measures"), pair_name)
    if "startup_measures" in result:
        ms = result.pop("startup_measures")
        print_startup(ms)
        result["startup"] = {k: m.to_json() for k, m in ms.items()}
    if result.get("growth"):
        print_growth(result["growth"])
    if "batch" in sections:
        if result.get("batch"):
            print_batch(result["batch"])
        else:
            console.print("batch: not available")
    result["machine"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    result["targets"] = targets(result)
    print_targets(result["targets"])

    args.output.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
    args.output.write_text(text, encoding="utf-8")
    console.print(f"wrote {_short(str(args.output.resolve()))}")
    if args.save_baseline:
        (BENCH / "baseline.json").write_text(text, encoding="utf-8")
        console.print("wrote bench/baseline.json")
    return 0 if all(t["pass"] is not False for t in result["targets"]) else 1


if __name__ == "__main__":
    sys.exit(main())
