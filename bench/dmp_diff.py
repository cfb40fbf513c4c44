"""Baseline: diff-match-patch's diff_main on the two files' characters, with its time limit set.

Usage: python bench/dmp_diff.py OLD NEW [--timeout SECONDS]   (0 = no limit)
"""

from __future__ import annotations

import argparse
import time

from _common import read, report
from diff_match_patch import diff_match_patch


def main() -> None:
    """diff_main with Diff_Timeout set; reports whether the limit cut the diff short."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("--timeout", type=float, default=5.0)
    args = parser.parse_args()
    start = time.perf_counter()
    a, b = read(args.old), read(args.new)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = args.timeout
    diff_start = time.perf_counter()
    diffs = dmp.diff_main(a, b)
    diff_s = time.perf_counter() - diff_start
    report(
        in_process_s=time.perf_counter() - start,
        diff_main_s=diff_s,
        chars=[len(a), len(b)],
        diffs=len(diffs),
        timeout_s=args.timeout,
        hit_timeout=bool(args.timeout) and diff_s >= args.timeout * 0.98,
    )


if __name__ == "__main__":
    main()
