"""Shared helpers for the baseline scripts: read two files, print one JSON line of stats."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def read(path: str) -> str:
    """The text of a UTF-8 file (a BOM, if any, removed), as a user's script would read it."""
    return Path(path).read_text(encoding="utf-8-sig")


def report(**stats: Any) -> None:
    """Print the script's own statistics as one JSON line on stdout (the bench parses it)."""
    sys.stdout.write(json.dumps(stats, ensure_ascii=False) + "\n")
