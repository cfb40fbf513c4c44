"""pandas DataFrames of a comparison or a series: tidy columns with fixed dtypes.

pandas is an optional extra (``pip install '.[pandas]'`` from the checkout) and is
imported only inside these functions, so ``import diffreport`` never pays for it.
The same columns and dtypes come out under pandas 2 and 3:

- text columns use the nullable ``"string"`` dtype (missing: ``pd.NA``);
- numbers are ``float64`` (missing: ``NaN``), counts ``int64``;
- sentence indexes are the nullable ``"Int64"`` (missing: ``pd.NA``);
- ``status``, ``kind`` and ``change`` are ``category`` with every possible value
  as a category, in a fixed order (so a filter or a ``groupby`` sees them all).

``numbers_frame``, one row per ``NumberChange`` (order of ``changes.numbers``):
    status, metric, kind, then for each side ``old_`` and ``new_``: value, high,
    unit, qualifier, text, sentence; then difference (a reader's "new − old", as
    in the HTML summary, "" when not comparable).

``sentences_frame``, one row per ``SentencePair`` (every sentence of each side once):
    status, similarity, then for each side ``old_`` and ``new_``: index,
    section (the heading, "" for the preamble), text.

``topics_frame``, one row per new or dropped topic (new first, most important first):
    term, old_count, new_count, change ("new" or "dropped").

``targets_frame``, one row per number path of a series and one column per edition
    label (metric × label): the index is ``metric``, the columns are named ``label``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, cast

from diffreport.model import (
    Comparison,
    LocatedQuantity,
    NumberKind,
    NumberStatus,
    SentenceStatus,
    Series,
)

if TYPE_CHECKING:
    import pandas as pd

NUMBER_STATUSES: tuple[NumberStatus, ...] = ("changed", "unchanged", "added", "removed")
NUMBER_KINDS: tuple[NumberKind, ...] = ("target", "actual")
SENTENCE_STATUSES: tuple[SentenceStatus, ...] = (
    "unchanged",
    "modified",
    "moved",
    "added",
    "removed",
)
TOPIC_CHANGES = ("new", "dropped")

#: the columns of ``numbers_frame`` and their dtypes ("category" columns are fixed-category)
NUMBER_COLUMNS: dict[str, str] = {
    "status": "category",
    "metric": "string",
    "kind": "category",
    **{
        f"{side}_{name}": dtype
        for side in ("old", "new")
        for name, dtype in (
            ("value", "float64"),
            ("high", "float64"),
            ("unit", "string"),
            ("qualifier", "string"),
            ("text", "string"),
            ("sentence", "Int64"),
        )
    },
    "difference": "string",
}

#: the columns of ``sentences_frame`` and their dtypes
SENTENCE_COLUMNS: dict[str, str] = {
    "status": "category",
    "similarity": "float64",
    **{
        f"{side}_{name}": dtype
        for side in ("old", "new")
        for name, dtype in (("index", "Int64"), ("section", "string"), ("text", "string"))
    },
}

#: the columns of ``topics_frame`` and their dtypes
TOPIC_COLUMNS: dict[str, str] = {
    "term": "string",
    "old_count": "int64",
    "new_count": "int64",
    "change": "category",
}

TargetField = Literal["value", "high", "unit", "qualifier", "text", "display"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:  # pragma: no cover - depends on the environment
        raise ImportError("diffreport's DataFrames need pandas: pip install pandas") from None
    return pandas


def _frame(
    rows: dict[str, list[Any]], columns: dict[str, str], categories: dict[str, Any]
) -> pd.DataFrame:
    pandas = _pandas()
    data = {}
    for name, dtype in columns.items():
        values = rows[name]
        if dtype == "category":
            data[name] = pandas.Categorical(values, categories=list(categories[name]))
        else:
            data[name] = pandas.array(values, dtype=dtype)
    return cast("pd.DataFrame", pandas.DataFrame(data, columns=list(columns)))


def _side(located: LocatedQuantity | None) -> tuple[Any, ...]:
    if located is None:
        return (float("nan"), float("nan"), None, None, None, None)
    q = located.quantity
    return (
        q.value,
        float("nan") if q.high is None else q.high,
        q.unit,
        q.qualifier,
        q.text,
        located.sentence,
    )


def numbers_frame(c: Comparison) -> pd.DataFrame:
    """Every number change of ``c``, one row each, columns as ``NUMBER_COLUMNS``.

    Example::

        frame = comparison.numbers_frame()
        frame[(frame.kind == "target") & (frame.status != "unchanged")]
    """
    from diffreport.render.values import difference

    rows: dict[str, list[Any]] = {name: [] for name in NUMBER_COLUMNS}
    names = ("value", "high", "unit", "qualifier", "text", "sentence")
    for n in c.changes.numbers:
        rows["status"].append(n.status)
        rows["metric"].append(n.metric)
        rows["kind"].append(n.kind)
        for side, located in (("old", n.old), ("new", n.new)):
            for name, value in zip(names, _side(located), strict=True):
                rows[f"{side}_{name}"].append(value)
        rows["difference"].append(difference(n.old, n.new, c.new.language))
    return _frame(rows, NUMBER_COLUMNS, {"status": NUMBER_STATUSES, "kind": NUMBER_KINDS})


def sentences_frame(c: Comparison) -> pd.DataFrame:
    """Every sentence pair of ``c`` in order, one row each, columns as ``SENTENCE_COLUMNS``.

    Every sentence of each edition is in exactly one row, so
    ``frame.old_index.dropna()`` runs over ``0 .. len(c.old.sentences) - 1``.
    """
    rows: dict[str, list[Any]] = {name: [] for name in SENTENCE_COLUMNS}
    for p in c.sentences:
        rows["status"].append(p.status)
        rows["similarity"].append(p.similarity)
        for side, doc, index in (("old", c.old, p.old), ("new", c.new, p.new)):
            if index is None:
                rows[f"{side}_index"].append(None)
                rows[f"{side}_section"].append(None)
                rows[f"{side}_text"].append(None)
                continue
            s = doc.sentences[index]
            heading = doc.sections[s.section].heading
            rows[f"{side}_index"].append(s.index)
            rows[f"{side}_section"].append(heading if heading is not None else "")
            rows[f"{side}_text"].append(s.text)
    return _frame(rows, SENTENCE_COLUMNS, {"status": SENTENCE_STATUSES})


def topics_frame(c: Comparison) -> pd.DataFrame:
    """New topics then dropped topics of ``c``, each most important first (``TOPIC_COLUMNS``)."""
    rows: dict[str, list[Any]] = {name: [] for name in TOPIC_COLUMNS}
    for change, items in (("new", c.changes.new_topics), ("dropped", c.changes.dropped_topics)):
        for t in items:
            rows["term"].append(t.term)
            rows["old_count"].append(t.old_count)
            rows["new_count"].append(t.new_count)
            rows["change"].append(change)
    return _frame(rows, TOPIC_COLUMNS, {"change": TOPIC_CHANGES})


def _cell(located: LocatedQuantity | None, field: TargetField) -> Any:
    if located is None:
        return float("nan") if field in ("value", "high") else None
    q = located.quantity
    if field == "display":
        from diffreport.render.values import display_value

        return display_value(q)
    if field == "high":
        return float("nan") if q.high is None else q.high
    return getattr(q, field)


def targets_frame(
    s: Series, field: TargetField = "value", kind: NumberKind | None = "target"
) -> pd.DataFrame:
    """The number paths of series ``s`` as metric × edition label.

    One row per ``NumberPath`` of ``kind`` (``None``: targets and actuals), in
    the series' order; the index is ``metric`` (a metric that occurs twice gets
    `` (unit)`` or ``#2`` appended, so the index is unique); one column per
    edition label. ``field`` picks what a cell holds: ``value`` or ``high``
    (``float64``, NaN when the edition has no such number), or ``unit``,
    ``qualifier``, ``text`` (the report's phrase) or ``display`` (the phrase
    without its verb, as the series table shows it) — ``"string"`` dtype.

    Example::

        series.targets_frame().loc["国内生产总值"]          # GDP target per year
        series.targets_frame("display")                     # 6%以上, 5.5%左右, …
    """
    pandas = _pandas()
    paths = [p for p in s.numbers if kind is None or p.kind == kind]
    labels = list(s.labels)
    dtype = "float64" if field in ("value", "high") else "string"
    used: set[str] = set()
    index: list[str] = []
    for p in paths:
        name = p.metric
        if name in used and p.unit:
            name = f"{p.metric} ({p.unit})"
        base, k = name, 2
        while name in used:
            name, k = f"{base}#{k}", k + 1
        used.add(name)
        index.append(name)
    data = {
        label: pandas.array([_cell(p.values[i], field) for p in paths], dtype=dtype)
        for i, label in enumerate(labels)
    }
    frame = pandas.DataFrame(data, index=pandas.Index(index, name="metric", dtype="string"))
    frame.columns = pandas.Index(labels, name="label", dtype="string")
    return cast("pd.DataFrame", frame)
