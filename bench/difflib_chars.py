"""Baseline: difflib.SequenceMatcher on the two files' characters (ratio + get_opcodes).

Usage: python bench/difflib_chars.py OLD NEW
"""

from __future__ import annotations

import argparse
import difflib
import time

from _common import read, report


def main() -> None:
    """Character-level SequenceMatcher with its defaults (autojunk on), as a user would run it."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("old")
    parser.add_argument("new")
    args = parser.parse_args()
    start = time.perf_counter()
    a, b = read(args.old), read(args.new)
    matcher = difflib.SequenceMatcher(None, a, b)
    ratio = matcher.ratio()
    opcodes = matcher.get_opcodes()
    report(
        in_process_s=time.perf_counter() - start,
        chars=[len(a), len(b)],
        ratio=round(ratio, 4),
        opcodes=len(opcodes),
    )


if __name__ == "__main__":
    main()
