"""Baseline: Python's difflib.HtmlDiff().make_file on the two files' lines, written to a file.

Usage: python bench/difflib_html.py OLD NEW -o OUT.html
"""

from __future__ import annotations

import argparse
import difflib
import time
from pathlib import Path

from _common import read, report


def main() -> None:
    """Write difflib's side-by-side HTML table of OLD and NEW to OUT."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("old")
    parser.add_argument("new")
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    start = time.perf_counter()
    a = read(args.old).splitlines()
    b = read(args.new).splitlines()
    page = difflib.HtmlDiff().make_file(a, b, fromdesc=args.old, todesc=args.new)
    Path(args.output).write_text(page, encoding="utf-8")
    report(in_process_s=time.perf_counter() - start, lines=[len(a), len(b)], html_bytes=len(page))


if __name__ == "__main__":
    main()
