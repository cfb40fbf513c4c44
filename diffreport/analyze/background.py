"""How common a term is in policy reports at large: the background a change stands out from.

The tables in ``diffreport/data`` are built by ``scripts/build_background.py`` from
the public-domain corpus (Chinese: Han n-grams of 2–4 characters in 52 State Council
reports; English: words and word pairs in FOMC statements, State of the Union
addresses and the State Council's English reports), as plain UTF-8 (undoing gzip took
~5 ms of every comparison). A term in fewer than four
reports is not listed: it is rare. Each term also carries the year of the first report
using it: a term no report before an edition used is rare in it
(``report_share(term, language, before=2014)`` is 0), as its first readers judged it —
``精准扶贫``, said first in 2014 and then every year, is no common term in 2014; a term
in use before counts with all the reports using it.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, lru_cache
from importlib import resources

from diffreport.model import Language


@cache
def _table(language: Language) -> tuple[int, list[str]]:
    """(number of reports, rows) of a table: each row a term, its count of reports and
    the first year using it, tab-separated, as the file holds them.

    The terms are in sorted order, unique (``scripts/build_background.py`` writes them
    so), and are looked up by bisection: a dict of the 81k Chinese terms took ~40 ms
    to build, more than all of a comparison's lookups cost this way. The rows are not
    split into their fields (that took ~12 ms of the ~20 ms the table took to read):
    a tab sorts before every character a term holds, so the rows are in their terms'
    order and a term's row is the first one at or after ``term + "\t"``.
    """
    name = f"background.{language}.tsv"
    data = resources.files("diffreport.data").joinpath(name).read_bytes()
    header, _, body = data.decode("utf-8").partition("\n# end\n")
    reports = int(header.split("\n")[0].split("\t")[1])
    return reports, body.rstrip("\n").split("\n")


def _reports_using(term: str, language: Language, before: int | None) -> int:
    """How many reference reports use ``term`` (0 when it is not listed, or when no
    report before the year ``before`` used it)."""
    rows = _table(language)[1]
    key = term + "\t"
    k = bisect_left(rows, key)
    if k == len(rows) or not rows[k].startswith(key):
        return 0
    listed, count, first = rows[k].split("\t")
    if listed != term:  # a term holding a tab is never listed
        return 0
    return 0 if before is not None and int(first) >= before else int(count)


# a comparison asks for about 9k distinct terms, half of its ~19k questions
@lru_cache(maxsize=1 << 16)
def report_share(term: str, language: Language, before: int | None = None) -> float:
    """The share of reference reports (0..1) that use ``term``; 0 for a rare term.

    With ``before`` (an edition's year), 0 for a term no report before that year used:
    a coinage stays new in its own edition however common later reports made it. A term
    in use before that year counts with every report using it (the table keeps a term's
    first year, not each year).
    Chinese terms longer than four characters are judged by their commonest piece of
    four (a long term is no more common than its parts); English terms are lowercased.
    """
    reports = _table(language)[0]
    if language == "en":
        return _reports_using(term.lower(), language, before) / reports
    if len(term) <= 4:
        return _reports_using(term, language, before) / reports
    pieces = (term[i : i + 4] for i in range(len(term) - 3))
    return min(_reports_using(piece, language, before) for piece in pieces) / reports
