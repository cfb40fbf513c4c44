"""How common a term is in policy reports at large: the background a change stands out from.

The tables in ``diffreport/data`` are built by ``scripts/build_background.py`` from
the public-domain corpus (Chinese: Han n-grams of 2–4 characters in 52 State Council
reports; English: words and word pairs in FOMC statements, State of the Union
addresses and the State Council's English reports). A term in fewer than four
reports is not listed: it is rare.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources

from diffreport.model import Language


@cache
def _table(language: Language) -> tuple[int, dict[str, int]]:
    """(number of reports, reports per term) of one language's table."""
    name = f"background.{language}.tsv.gz"
    data = resources.files("diffreport.data").joinpath(name).read_bytes()
    header, _, body = gzip.decompress(data).decode("utf-8").partition("\n# end\n")
    reports = int(header.split("\n")[0].split("\t")[1])
    fields = body.rstrip("\n").replace("\n", "\t").split("\t")  # term, count, term, count …
    return reports, dict(zip(fields[::2], map(int, fields[1::2]), strict=True))


def report_share(term: str, language: Language) -> float:
    """The share of reference reports (0..1) that use ``term``; 0 for a rare term.

    Chinese terms longer than four characters are judged by their commonest piece of
    four (a long term is no more common than its parts); English terms are lowercased.
    """
    reports, counts = _table(language)
    if language == "en":
        return counts.get(term.lower(), 0) / reports
    if len(term) <= 4:
        return counts.get(term, 0) / reports
    pieces = (term[i : i + 4] for i in range(len(term) - 3))
    return min(counts.get(piece, 0) for piece in pieces) / reports
