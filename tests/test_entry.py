"""The console script: a one-shot command runs without the cyclic collector, others keep it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from diffreport.cli import main as cli_main

from .conftest import ROOT

ZH = ROOT / "samples" / "zh"


def _run(*args: str) -> tuple[int, bool, bool]:
    """A fresh ``diffreport ARGS`` process: (collections after start, enabled, frozen)."""
    code = (
        "import gc, sys\n"
        "from diffreport._entry import main\n"
        "runs = []\n"
        "gc.callbacks.append(lambda phase, info: phase == 'start' and runs.append(1))\n"
        f"sys.argv = ['diffreport', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(len(runs), gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    runs, enabled, frozen = done.stderr.split()[-3:]
    return int(runs), enabled == "True", frozen == "True"


def test_compare_and_series_processes_never_collect(tmp_path: Path) -> None:
    """No collection while loading, after the comparison or at exit; the output is the same."""
    old, new = str(ZH / "qinghe-2023.txt"), str(ZH / "qinghe-2024.txt")
    out = tmp_path / "diff.html"
    assert _run("compare", old, new, "--format", "html", "-o", str(out)) == (0, False, True)
    in_process = CliRunner().invoke(cli_main, ["compare", old, new, "--format", "html"])
    assert in_process.exit_code == 0
    assert out.read_text("utf-8") == in_process.output
    series = tmp_path / "series.json"
    paths = [str(p) for p in sorted(ZH.glob("qinghe-202?.txt"))]
    assert _run("series", *paths, "--format", "json", "-o", str(series)) == (0, False, True)
    assert series.stat().st_size > 0


def test_other_commands_keep_the_collector() -> None:
    _, enabled, frozen = _run("--help")
    assert enabled and not frozen
