"""The background tables: sorted and unique, as lookups by bisection need them."""

from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from diffreport.analyze.background import _table, report_share
from diffreport.analyze.newterms import zh_rarity
from diffreport.model import Language
from tests.conftest import corpus


def _as_dict(language: Language) -> dict[str, int]:
    """The table read the plain way: every line a term and its count."""
    name = f"background.{language}.tsv"
    data = resources.files("diffreport.data").joinpath(name).read_bytes()
    body = data.decode("utf-8").partition("\n# end\n")[2]
    rows = (line.split("\t") for line in body.splitlines())
    return {term: int(count) for term, count, _ in rows}


def _fields(language: Language) -> tuple[list[str], list[str], list[str]]:
    """(terms, counts, first years) of a table, the numbers as text."""
    rows = [row.split("\t") for row in _table(language)[1]]
    assert all(len(row) == 3 for row in rows)
    terms, counts, firsts = zip(*rows, strict=True)
    return list(terms), list(counts), list(firsts)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_tables_are_sorted_and_unique(language: Language) -> None:
    terms, counts, firsts = _fields(language)
    assert len(terms) > 10_000
    assert all(a < b for a, b in zip(terms, terms[1:], strict=False))
    assert all(count.isdigit() for count in counts)
    assert all(len(year) == 4 and year.isdigit() for year in firsts)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_rows_sort_as_their_terms_for_the_lookup(language: Language) -> None:
    """A term's row is found by bisecting the rows for ``term + "\t"``: no term holds a
    character that sorts before the tab, so the rows are in their terms' order."""
    rows = _table(language)[1]
    assert all(a < b for a, b in zip(rows, rows[1:], strict=False))
    assert not [term for term in _fields(language)[0] if min(term) <= "\t"]


def test_a_term_is_listed_only_as_a_whole_field() -> None:
    counts = _as_dict("zh")
    assert counts["一万"] > 0 and "一" not in counts  # a listed term's prefix is not listed
    assert report_share("一", "zh") == 0
    assert report_share("一万", "zh") == counts["一万"] / _table("zh")[0]
    assert counts["一一"] == 4  # its row: 一一, 4, 1958
    assert report_share("一一\t4", "zh") == report_share("一一\t", "zh") == 0


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


@pytest.mark.corpus
def test_each_term_carries_the_year_of_the_first_report_using_it() -> None:
    """The 2014 report's listed n-grams: those first used in 2014 occur in no earlier
    report, the others in one at least; before 2014 the former are rare (share 0)."""
    terms, _, firsts = _fields("zh")
    first = dict(zip(terms, (int(y) for y in firsts), strict=True))
    earlier = "\n".join(
        unicodedata.normalize("NFKC", corpus(f"cn-state-council/{year}.txt").read_text("utf-8"))
        for year in range(1954, 2014)
        if corpus("cn-state-council/1954.txt").with_name(f"{year}.txt").exists()
    )
    text = unicodedata.normalize("NFKC", corpus("cn-state-council/2014.txt").read_text("utf-8"))
    grams = {text[i : i + n] for n in (2, 3, 4) for i in range(len(text) - n)}
    coined = [g for g in grams if first.get(g) == 2014]
    older = [g for g in grams if first.get(g, 9999) < 2014]
    assert len(coined) > 20 and len(older) > 1_000
    assert not [g for g in coined if g in earlier]
    assert not [g for g in older if g not in earlier]
    for term in coined:
        assert report_share(term, "zh", before=2014) == 0 < report_share(term, "zh")
        assert report_share(term, "zh", before=2015) == report_share(term, "zh")


def test_a_coinage_is_rare_in_its_own_year_however_common_later() -> None:
    # 精准扶贫 was first said in the 2014 report, then in most reports to 2020
    assert zh_rarity("精准扶贫", before=2014) == 1.0
    assert zh_rarity("精准扶贫") == zh_rarity("精准扶贫", before=2015) < 1.0
