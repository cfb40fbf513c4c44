"""The background tables: sorted and unique, as lookups by bisection need them."""

from __future__ import annotations

import gzip
from importlib import resources

import pytest

from diffreport.analyze.background import _table, report_share
from diffreport.model import Language
from tests.conftest import corpus


def _as_dict(language: Language) -> dict[str, int]:
    """The table read the plain way: every line a term and its count."""
    name = f"background.{language}.tsv.gz"
    data = resources.files("diffreport.data").joinpath(name).read_bytes()
    body = gzip.decompress(data).decode("utf-8").partition("\n# end\n")[2]
    rows = (line.split("\t") for line in body.splitlines())
    return {term: int(count) for term, count in rows}


@pytest.mark.parametrize("language", ["zh", "en"])
def test_tables_are_sorted_and_unique(language: Language) -> None:
    _, terms, counts = _table(language)
    assert len(terms) > 10_000
    assert all(a < b for a, b in zip(terms, terms[1:], strict=False))
    assert all(count.isdigit() for count in counts)


@pytest.mark.corpus
def test_shares_are_the_tables_counts_on_real_text() -> None:
    """Every Han run of 2-6 characters of a real report: listed, absent, long."""
    text = corpus("cn-state-council/2025.txt").read_text("utf-8")[:6000]
    counts = _as_dict("zh")
    reports = _table("zh")[0]
    terms = {text[i : i + n] for n in range(2, 7) for i in range(len(text) - n)}
    listed = 0
    for term in sorted(terms):
        pieces = [term] if len(term) <= 4 else [term[i : i + 4] for i in range(len(term) - 3)]
        expected = min(counts.get(piece, 0) for piece in pieces) / reports
        assert report_share(term, "zh") == expected, term
        listed += expected > 0
    assert 1_000 < listed < len(terms)


def test_english_is_looked_up_lowercased() -> None:
    counts = _as_dict("en")
    reports = _table("en")[0]
    assert report_share("The Committee", "en") == counts["the committee"] / reports > 0.5
    assert report_share("zzzz unlisted", "en") == 0
