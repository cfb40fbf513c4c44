"""Build diffreport/data/background.{zh,en}.tsv: how common a term is in such reports.

A highlight or a topic is news when its terms are new to the edition *and* rare in
policy reports at large; ``推进`` or ``the Committee`` are neither. This script counts,
for every term, in how many reports of the public-domain corpus it occurs:

* Chinese: Han n-grams of 2–4 characters (after NFKC) in the State Council reports,
  one report a year (1954–2025: 52 editions; provinces are left out because all 62
  come from two years, so they would make one year's coinages look common).
* English: lowercase words and word pairs in the FOMC statements (1994–2026), the
  State of the Union addresses (1989–2021) and the State Council's English reports.

Terms in fewer than ``MIN_REPORTS`` reports are left out (a term not in the table is
rare). Each row also gives the year of the first report that uses the term, so that
an edition is judged against the reports before it (a coinage is rare in its own
year however common later reports made it). Run from the repository root with the corpus beside it::

    python scripts/build_background.py          # reads ../shared/corpus

The output is deterministic (sorted). It is plain UTF-8, not gzip: every comparison reads
the Chinese table, and decompressing its 1.4 MB took ~5 ms of a ~0.5 s command.
"""

from __future__ import annotations

import io
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
OUT = ROOT / "diffreport" / "data"
MIN_REPORTS = 4
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def zh_terms(text: str) -> set[str]:
    """Every Han n-gram of 2–4 characters in ``text``."""
    grams: set[str] = set()
    for run in HAN_RUN.findall(unicodedata.normalize("NFKC", text)):
        for n in (2, 3, 4):
            grams.update(run[i : i + n] for i in range(len(run) - n + 1))
    return grams


def en_terms(text: str) -> set[str]:
    """Every lowercase word and pair of adjacent words in ``text``."""
    words = WORD.findall(unicodedata.normalize("NFKC", text).lower())
    return set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


YEAR = re.compile(r"(?:19|20)\d\d")


def write(name: str, reports: list[Path], terms: object, source: str) -> None:
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for path in reports:
        year = int(YEAR.findall(path.name)[0])
        found = terms(path.read_text(encoding="utf-8"))  # type: ignore[operator]
        counts.update(found)
        for term in found:
            if first.get(term, 9999) > year:
                first[term] = year
    kept = sorted((t, c) for t, c in counts.items() if c >= MIN_REPORTS)
    text = io.StringIO()
    text.write(f"# reports\t{len(reports)}\n# source\t{source}\n# end\n")
    text.writelines(f"{t}\t{c}\t{first[t]}\n" for t, c in kept)
    data = text.getvalue().encode("utf-8")
    (OUT / name).write_bytes(data)
    print(f"{name}: {len(kept):,} terms from {len(reports)} reports, {len(data):,} bytes")


def main() -> int:
    if not CORPUS.is_dir():
        print(f"build_background: {CORPUS} is missing", file=sys.stderr)
        return 2
    OUT.mkdir(exist_ok=True)
    council = sorted((CORPUS / "cn-state-council").glob("*.txt"))
    write("background.zh.tsv", council, zh_terms, "State Council reports 1954-2025")
    english = [
        *sorted((CORPUS / "fomc").glob("*.txt")),
        *sorted((CORPUS / "fomc-sentences").glob("*.txt")),
        *sorted((CORPUS / "us-sotu").glob("*.txt")),
        *sorted((CORPUS / "cn-state-council-zh-en").glob("*.en.txt")),
    ]
    write("background.en.tsv", english, en_terms, "FOMC 1994-2026, SOTU 1989-2021, SC en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
