"""Shared paths (the bundled samples and the real corpus beside the repository) and the
check that a bad input is refused in one line naming the file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffreport.cli import main
from diffreport.errors import InputError
from diffreport.reading import read_source

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = ROOT.parent / "shared" / "seeds"


def corpus(relative: str) -> Path:
    """A file of the real corpus; fails (never skips) when the corpus is missing."""
    path = CORPUS / relative
    if not path.exists():
        pytest.fail(f"corpus file missing: {path} (the tests need ../shared/corpus)")
    return path


def refused(path: Path | str) -> str:
    """The detail of the ``InputError`` reading ``path`` raises; it must name the file."""
    with pytest.raises(InputError) as caught:
        read_source(path)
    assert caught.value.path == os.fspath(path)
    assert "\n" not in str(caught.value)
    return caught.value.detail


def refused_in_one_line(args: list[str], path: Path, said: str) -> None:
    """``diffreport`` with ``args`` exits 2 with one line naming ``path`` and saying ``said``."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1
    assert str(path) in result.stderr and said in result.stderr
