"""How common a term is in policy reports at large: the background a change stands out from.

The tables in ``diffreport/data`` are built by ``scripts/build_background.py`` from
the public-domain corpus (Chinese: Han n-grams of 2–4 characters in 52 State Council
reports; English: words and word pairs in FOMC statements, State of the Union
addresses and the State Council's English reports). A term in fewer than four
reports is not listed: it is rare.
"""

from __future__ import annotations

import gzip
from bisect import bisect_left
from functools import cache, lru_cache
from importlib import resources

from diffreport.model import Language


@cache
def _table(language: Language) -> tuple[int, list[str], list[str]]:
    """(number of reports, terms, reports per term as text) of one language's table.

    The terms are in sorted order, unique (``scripts/build_background.py`` writes them
    so), and are looked up by bisection: a dict of the 81k Chinese terms took ~40 ms
    to build, more than all of a comparison's lookups cost this way.
    """
    name = f"background.{language}.tsv.gz"
    data = resources.files("diffreport.data").joinpath(name).read_bytes()
    header, _, body = gzip.decompress(data).decode("utf-8").partition("\n# end\n")
    reports = int(header.split("\n")[0].split("\t")[1])
    fields = body.rstrip("\n").replace("\n", "\t").split("\t")  # term, count, term, count …
    terms, counts = fields[::2], fields[1::2]
    if len(terms) != len(counts):
        raise ValueError(f"{name}: a term without its count")
    return reports, terms, counts


def _reports_using(term: str, language: Language) -> int:
    """How many reference reports use ``term`` (0 when it is not listed)."""
    _, terms, counts = _table(language)
    k = bisect_left(terms, term)
    return int(counts[k]) if k < len(terms) and terms[k] == term else 0


# a comparison asks for about 9k distinct terms, half of its ~19k questions
@lru_cache(maxsize=1 << 16)
def report_share(term: str, language: Language) -> float:
    """The share of reference reports (0..1) that use ``term``; 0 for a rare term.

    Chinese terms longer than four characters are judged by their commonest piece of
    four (a long term is no more common than its parts); English terms are lowercased.
    """
    reports = _table(language)[0]
    if language == "en":
        return _reports_using(term.lower(), language) / reports
    if len(term) <= 4:
        return _reports_using(term, language) / reports
    pieces = (term[i : i + 4] for i in range(len(term) - 3))
    return min(_reports_using(piece, language) for piece in pieces) / reports
