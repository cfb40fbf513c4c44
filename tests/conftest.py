"""Shared paths: the bundled samples and the real corpus beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

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
