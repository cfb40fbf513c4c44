"""The year of an edition, and years shifted by the distance between two editions."""

from __future__ import annotations

import unicodedata

from diffreport.lexicon.common import YEAR
from diffreport.model import Document


def document_year(doc: Document, *, from_name: bool = True) -> int | None:
    """The edition's year: from its label or path, else the latest year named in its opening."""
    if from_name:
        for source in (doc.label, doc.path.rsplit("/", 1)[-1]):
            found = YEAR.findall(source)
            if found:
                return int(found[0])
    head = "".join(s.text for s in doc.sentences[:6])[:600]
    years = [int(y) for y in YEAR.findall(unicodedata.normalize("NFKC", head))]
    return max(years) if years else None


def edition_distance(old: Document, new: Document) -> int:
    """How many years lie between two editions (0 when unknown).

    Both years come from the same kind of evidence — file names or labels when
    both have one, else the opening lines of both — so a renamed copy of one
    edition is never taken for the next year's.
    """
    oy, ny = document_year(old), document_year(new)
    if oy is None or ny is None:
        oy, ny = document_year(old, from_name=False), document_year(new, from_name=False)
    return ny - oy if oy is not None and ny is not None else 0


def shift_years(text: str, delta: int) -> str:
    """``text`` with every year moved by ``delta`` (the distance between two editions)."""
    if not delta or ("19" not in text and "20" not in text):  # no year can match
        return text
    return YEAR.sub(lambda m: str(int(m.group(1)) + delta), text)
