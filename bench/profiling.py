"""Profile diffreport's CLI with pyinstrument; several fresh processes per case, combined.

Sampling is by wall time (pyinstrument's default, cheap). On a shared machine a
process also waits for a CPU; those waits fall at points in proportion to where
the CPU time goes, so the percentages stay meaningful, and combining several
runs evens them out. ``--cpu-timer`` samples ``time.process_time`` instead: no
waits counted, but a Python-level timer on every call slows call-heavy code
several-fold and inflates it in the profile.

Usage (pyinstrument is not a dependency: ``.venv/bin/pip install pyinstrument``)::

    .venv/bin/python bench/profiling.py                 # every case, each in a fresh process
    .venv/bin/python bench/profiling.py --case json     # one case

Cases: ``json`` and ``html`` (State Council 2024 -> 2025), ``10x`` (ten editions
concatenated against the next ten, JSON), ``version`` (``diffreport --version``).
Reports go to ``bench/results/profile/<case>.txt`` and ``.html`` (``--repeat``
runs combined); the import time of each case (``python -X importtime``) to
``<case>.importtime.txt``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "results" / "profile"
CORPUS = ROOT.parent / "shared" / "corpus" / "cn-state-council"
CASES = ("version", "json", "html", "10x")
_THREAD = "MainThread\x00<thread>\x000"


def case_argv(case: str, tmp: Path) -> list[str]:
    """The diffreport arguments of one case."""
    if case == "version":
        return ["--version"]
    if case == "10x":
        files = sorted(CORPUS.glob("[0-9][0-9][0-9][0-9].txt"))[-20:]
        sides = []
        for name, group in (("old", files[:10]), ("new", files[10:])):
            path = tmp / f"10x-{name}.txt"
            text = "\n\n".join(p.read_text(encoding="utf-8-sig").rstrip() for p in group)
            path.write_text(text + "\n", encoding="utf-8")
            sides.append(str(path))
        return ["compare", *sides, "--format", "json", "-o", str(tmp / "out.json")]
    old, new = str(CORPUS / "2024.txt"), str(CORPUS / "2025.txt")
    return ["compare", old, new, "--format", case, "-o", str(tmp / f"out.{case}")]


def profile_case(case: str, interval: float, cpu_timer: bool, session_path: Path) -> None:
    """Run one case in this process under pyinstrument; save the session."""
    from pyinstrument import Profiler
    from pyinstrument.stack_sampler import get_stack_sampler

    if cpu_timer:
        get_stack_sampler().timer_func = time.process_time
    with tempfile.TemporaryDirectory(prefix="diffreport-profile-") as t:
        argv = case_argv(case, Path(t))
        profiler = Profiler(interval=interval, use_timing_thread=True)
        profiler.start()
        from diffreport.cli import main

        try:
            main(argv, prog_name="diffreport", standalone_mode=False)
        finally:
            profiler.stop()
    session = profiler.last_session
    assert session is not None
    session.save(str(session_path))


def render_sessions(case: str, paths: list[Path]) -> None:
    """Combine the saved sessions of one case and write text and HTML reports."""
    from pyinstrument.renderers import ConsoleRenderer, HTMLRenderer
    from pyinstrument.session import Session

    sessions = [Session.load(str(p)) for p in paths]
    for one in sessions:  # one thread id for all runs, so the runs merge into one tree
        one.frame_records = [
            ([_THREAD if "\x00<thread>\x00" in stack[0] else stack[0], *stack[1:]], t)
            for stack, t in one.frame_records
        ]
    session = sessions[0]
    for other in sessions[1:]:
        session = Session.combine(session, other)
    text = ConsoleRenderer(unicode=True, color=False, show_all=False, short_mode=False).render(
        session
    )
    (OUT / f"{case}.txt").write_text(text, encoding="utf-8")
    (OUT / f"{case}.html").write_text(HTMLRenderer().render(session), encoding="utf-8")
    print(f"{case}: {len(paths)} runs, {session.duration:.3f} s sampled -> {OUT / case}.txt")


def importtime_case(case: str) -> None:
    """``python -X importtime`` of one case, written next to its profile."""
    with tempfile.TemporaryDirectory(prefix="diffreport-importtime-") as t:
        argv = case_argv(case, Path(t))
        code = "import sys; from diffreport.cli import main; main(sys.argv[1:])"
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", code, *argv],
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
    lines = [ln for ln in proc.stderr.splitlines() if ln.startswith("import time:")]
    (OUT / f"{case}.importtime.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Profile the chosen cases, each run in a fresh interpreter, and combine the runs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--case", choices=CASES, action="append", default=None)
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per case")
    parser.add_argument("--interval", type=float, default=0.001)
    parser.add_argument("--cpu-timer", action="store_true", help="sample process_time")
    parser.add_argument("--child", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        profile_case(args.case[0], args.interval, args.cpu_timer, args.child)
        return
    OUT.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="diffreport-sessions-") as t:
        for case in args.case or CASES:
            paths = []
            for i in range(args.repeat):
                path = Path(t) / f"{case}-{i}.pyisession"
                cmd = [sys.executable, __file__, "--case", case, "--child", str(path)]
                cmd += ["--interval", str(args.interval)]
                cmd += ["--cpu-timer"] if args.cpu_timer else []
                subprocess.run(cmd, check=True, env=env)
                paths.append(path)
            render_sessions(case, paths)
            importtime_case(case)


if __name__ == "__main__":
    main()
