"""English word lists for the batch targets table (``targets.csv``, the index's targets view)."""

from __future__ import annotations

#: words of a growth rate in a target's metric (growth, inflation): a figure in percent with
#: one of them reads as a growth rate. Read by batch.targets. Entries read off the FOMC
#: statements 1994–2026.
TARGET_RATE_WORDS = ("growth", "inflation", "increase", "decrease", "rise", "decline")
#: words of a share of a whole in a target's metric. Read by batch.targets. General English
#: words of proportion; the FOMC statements 1994–2026 state none as a target.
TARGET_SHARE_WORDS = ("share", "proportion", "percent of", "ratio")
#: words of a change in a target's metric or verb (raise, lower, increase by). Read by
#: batch.targets. Entries read off the FOMC statements 1994–2026 (raise/lower the target range).
TARGET_CHANGE_WORDS = ("raise", "lower", "increase by", "reduce by", "cut")
#: names of the headline output target (GDP, economic growth): the metrics the targets view
#: puts first. Read by batch.targets. General English names of the output measure.
HEADLINE_TARGET_WORDS = ("gdp", "gross domestic product", "economic growth", "output growth")
