"""The refactoring guard: record ``--format json`` for a sweep of real inputs, compare two records.

A behaviour-preserving change must leave every file of the sweep byte-identical::

    make golden                          # this work tree against HEAD (GOLDEN_BASE=REF for another)
    python scripts/golden.py check [--base REF]
    python scripts/golden.py record OUT [--python PY] [--root TREE]
    python scripts/golden.py diff OLD_DIR NEW_DIR

The sweep (about 80 comparisons, read from ``../shared/corpus``): every consecutive
State Council pair 2000–2025, all 31 provinces 2025→2026, twenty FOMC pairs, the
State Council 2024→2026 English pairs, and the State Council series 2016–2025.
It runs the command line, the one interface that stays put while modules move.
"""

from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def sweep() -> list[tuple[str, list[str]]]:
    """(name, command-line arguments after ``diffreport``) of every case of the sweep."""
    cases: list[tuple[str, list[str]]] = []
    council = sorted((CORPUS / "cn-state-council").glob("*.txt"))
    recent = [p for p in council if int(p.stem) >= 2000]
    for old, new in zip(recent, recent[1:], strict=False):
        cases.append((f"sc-{old.stem}-{new.stem}", ["compare", str(old), str(new)]))
    for province in sorted((CORPUS / "cn-provinces").iterdir()):
        old, new = province / "2025.txt", province / "2026.txt"
        cases.append((f"prov-{province.name}", ["compare", str(old), str(new)]))
    fomc = sorted((CORPUS / "fomc").glob("*.txt"))
    for old, new in list(zip(fomc, fomc[1:], strict=False))[::8][:20]:
        cases.append((f"fomc-{old.stem}-{new.stem}", ["compare", str(old), str(new)]))
    english = sorted((CORPUS / "cn-state-council-zh-en").glob("*.en.txt"))
    for old, new in zip(english, english[1:], strict=False):
        cases.append((f"en-{old.stem}-{new.stem}", ["compare", str(old), str(new)]))
    series = [str(p) for p in council if 2016 <= int(p.stem) <= 2025]
    cases.append(("series-sc-2016-2025", ["series", *series]))
    return cases


def record(out: Path, python: str, root: Path) -> None:
    """Write ``OUT/<case>.json`` for every case, running ``diffreport`` from ``root``."""
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(root), "NO_COLOR": "1", "PYTHONHASHSEED": "0"}

    def run(case: tuple[str, list[str]]) -> str:
        name, args = case
        done = subprocess.run(
            [python, "-m", "diffreport", *args, "--format", "json"],
            capture_output=True,
            env=env,
            cwd=root,  # `-m` puts the working directory first on the import path
            check=False,
        )
        body = done.stdout if done.returncode == 0 else b"exit %d\n" % done.returncode + done.stderr
        (out / f"{name}.json").write_bytes(body)
        return name

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        done = list(pool.map(run, sweep()))
    print(f"recorded {len(done)} comparisons in {out}", file=sys.stderr)


def diff(old: Path, new: Path) -> int:
    """Print which files differ (with the first lines of their diff); 1 if any does."""
    names = sorted({p.name for p in old.glob("*.json")} | {p.name for p in new.glob("*.json")})
    differing = 0
    for name in names:
        a, b = old / name, new / name
        if a.exists() and b.exists() and a.read_bytes() == b.read_bytes():
            continue
        differing += 1
        print(f"differs: {name}")
        if a.exists() and b.exists():
            lines = difflib.unified_diff(
                a.read_text("utf-8").splitlines(), b.read_text("utf-8").splitlines(), lineterm=""
            )
            for line in list(lines)[:20]:
                print("   ", line)
    print(f"{len(names) - differing} identical, {differing} different")
    return 1 if differing else 0


def check(base: str, python: str) -> int:
    """Record the sweep at commit ``base`` (in a temporary worktree) and here; diff them."""
    with tempfile.TemporaryDirectory(prefix="diffreport-golden-") as tmp:
        tree, old, new = Path(tmp, "tree"), Path(tmp, "old"), Path(tmp, "new")
        git = ["git", "-C", str(ROOT)]
        subprocess.run([*git, "worktree", "add", "--detach", "-q", str(tree), base], check=True)
        try:
            record(old, python, tree)
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(tree)], check=True)
            shutil.rmtree(tree, ignore_errors=True)
        record(new, python, ROOT)
        return diff(old, new)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    rec = commands.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--python", default=sys.executable)
    rec.add_argument("--root", type=Path, default=ROOT)
    chk = commands.add_parser("check")
    chk.add_argument("--base", default="HEAD")
    chk.add_argument("--python", default=sys.executable)
    cmp = commands.add_parser("diff")
    cmp.add_argument("old", type=Path)
    cmp.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, args.python, args.root.resolve())
        return 0
    if args.command == "check":
        return check(args.base, args.python)
    return diff(args.old, args.new)


if __name__ == "__main__":
    sys.exit(main())
