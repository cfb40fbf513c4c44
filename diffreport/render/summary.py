"""The summary of a comparison: what a reader shares, not the whole text.

``--summary`` (``RenderOptions.summary``) keeps the header (editions, counts), the
highlights (stances, targets, the ranked new, dropped and changed commitments,
priorities) and the topics, and leaves out every sentence-by-sentence part: the
side-by-side or inline text and the whole lists of new and dropped commitments
(their counts stay). Each renderer composes its summary from its own parts
(``markdown._summary``, ``terminal._summary_parts``, ``html`` with ``unlinked``,
``json.summary_dict``), so a summary says what the full report says about them;
this module holds what they share and imports none of them.

The Markdown summary is meant for a GitHub issue or comment (at most
``GITHUB_LIMIT`` characters): its tables stop at ``SUMMARY_ROWS`` rows, the rest
counted in one ``… N more`` line. The HTML summary links nowhere inside the page:
the text its links lead to is not there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from diffreport.render.html import Page

_T = TypeVar("_T")

#: characters GitHub takes in an issue or a comment: what a Markdown summary is sized for
GITHUB_LIMIT = 65_536
#: rows a table of a Markdown summary shows (changed targets, other numbers, unchanged
#: target names); the rest are counted in one line. A row takes about 100 characters,
#: so the tables stay near 12,000 characters whatever the reports hold
SUMMARY_ROWS = 40
#: what a summary says it left out, in every format
LEFT_OUT = "Summary: the sentence-by-sentence text is left out (the full report shows it)."


def capped(items: Sequence[_T], limit: int | None = None) -> tuple[list[_T], int]:
    """The first ``limit`` items (``SUMMARY_ROWS`` by default) and how many more there are."""
    limit = SUMMARY_ROWS if limit is None else limit
    return list(items[:limit]), max(0, len(items) - limit)


def commitment_counts(new: int, dropped: int) -> str:
    """The one line that stands for the whole commitment lists in a summary."""
    return f"Commitments: new {new} · dropped {dropped}"


def unlinked(page: Page) -> Page:
    """The report's page as a summary: no text, no whole commitment lists, no links.

    Every link of the report's summary section leads into the text below it; in a
    summary that text is not there, so each link is dropped and its words stay.
    """
    drop = dataclasses.replace
    hl = page.highlights
    return drop(
        page,
        groups=(),
        new_commitments=(),
        dropped_commitments=(),
        targets=tuple(drop(n, old_href=None, new_href=None) for n in page.targets),
        unchanged_targets=tuple(
            drop(n, old_href=None, new_href=None) for n in page.unchanged_targets
        ),
        actuals=tuple(drop(n, old_href=None, new_href=None) for n in page.actuals),
        new_topics=tuple(drop(t, href=None) for t in page.new_topics),
        dropped_topics=tuple(drop(t, href=None) for t in page.dropped_topics),
        highlights=drop(
            hl,
            new=tuple(drop(h, href="") for h in hl.new),
            dropped=tuple(drop(h, href="") for h in hl.dropped),
            priorities=tuple(drop(p, href=None) for p in hl.priorities),
            changed=tuple(drop(m, old_href="", new_href="") for m in hl.changed),
        ),
        summary=True,
    )
