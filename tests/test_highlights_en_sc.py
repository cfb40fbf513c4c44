"""Highlights of the State Council reports' English editions (2024 -> 2025 -> 2026).

``tests/data/headlines-scen.json`` holds the changes English-language highlights and
analyses named for the official translations; ``en_hit_rate`` measures them as
``tests/test_highlights.py`` measures the other dev sets (the phrase is in a sentence
of the summary a reader sees first). The Chinese items of the same folder are left
out: their pair paths share the prefix.
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from .test_highlights import DEV, compared, shown


def en_hit_rate() -> tuple[float, dict[str, list[str]]]:
    """The share of English State Council dev items the summary shows, and the missed."""
    found = total = 0
    missed: dict[str, list[str]] = defaultdict(list)
    for item in DEV["items"]:
        old_file, new_file = item["pair"]
        if not (old_file.startswith("cn-state-council") and old_file.endswith(".en.txt")):
            continue
        old, new = shown(compared(old_file, new_file))
        ok = (item["new_key"] and any(item["new_key"] in s for s in new)) or (
            item["old_key"] and any(item["old_key"] in s for s in old)
        )
        total += 1
        found += bool(ok)
        if not ok:
            missed[new_file].append(f"{item['kind']}: {item['old_key']} -> {item['new_key']}")
    return found / total, missed


@pytest.mark.corpus
def test_english_state_council_summaries_show_the_published_headlines() -> None:
    # headlines-scen.json, built before any English tuning: 18/28 untuned
    rate, missed = en_hit_rate()
    assert rate >= 0.64, dict(missed)
