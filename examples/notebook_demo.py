"""diffreport in a notebook: two State Council editions, the comparison, the targets as a DataFrame.

Run it as a script (``python examples/notebook_demo.py``) or cell by cell in
Jupyter (the ``# %%`` markers are cells in VS Code and Jupytext). It needs the
pandas extra: ``pip install '.[pandas]'`` in the checkout. The reports are read from
``../shared/corpus`` beside the repository; pass two other files to compare
those instead. In Jupyter, a ``Comparison`` as the last expression of a cell
shows its summary (``_repr_html_``); here the terminal view is printed with rich.
"""

# %% Load two editions
import sys
from pathlib import Path

import pandas as pd
from rich.console import Console

import diffreport

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
old_path, new_path = (
    sys.argv[1:3]
    if len(sys.argv) >= 3
    else (CORPUS / "cn-state-council" / "2024.txt", CORPUS / "cn-state-council" / "2025.txt")
)
old = diffreport.load(old_path)
new = diffreport.load(new_path)
print(f"{old.label}: {len(old.sentences)} sentences; {new.label}: {len(new.sentences)} sentences")

# %% Compare and show the comparison (in Jupyter: just `comparison` at the end of the cell)
comparison = diffreport.compare(old, new)
console = Console(width=140, no_color=True, emoji=False)
console.print(comparison)

# %% The changed targets as a DataFrame: the rows of the terminal view's Targets table
numbers = comparison.numbers_frame()
targets = numbers[(numbers["kind"] == "target") & (numbers["status"] != "unchanged")]
columns = ["metric", "old_text", "new_text", "old_qualifier", "new_qualifier", "difference"]
pd.set_option("display.width", 200)
pd.set_option("display.unicode.east_asian_width", True)
print(f"\nchanged targets ({len(targets)}):")
print(targets[["status", *columns]].to_string(index=False))

# %% Numbers, sentences and topics are tidy frames: filter, group and plot as usual
sentences = comparison.sentences_frame()
print("\nsentences per status:")
print(sentences["status"].value_counts(sort=False).to_string())
print("\ntop new and dropped topics:")
print(comparison.topics_frame().groupby("change", observed=True).head(5).to_string(index=False))
