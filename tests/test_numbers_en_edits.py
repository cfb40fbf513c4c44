"""Held-out-style English edits: changed numbers in real English text are found, precisely.

Issue #18's bar: on held-out English edits, changed numbers are found with at least 95%
recall and 95% precision. The generator starts from real English reports (the State
Council's official English 2024–2026, FOMC statements hard-wrapped and one sentence a
line), applies the structural edits of ``tests.edits`` (sentences inserted, deleted and
reworded), then, in sentences the structural edits left alone, one of (seeded):

* ``digits``: a value changed (``5.89 trillion`` -> ``7.89 trillion``);
* ``qualifier``: a qualifier changed in meaning (``around 5 percent`` -> ``at least 5
  percent``, ``5 percent`` -> ``at least 5 percent``);
* ``multiplier``: a multiplier changed, digits kept (``billion`` -> ``million``);
* ``synonym``: a qualifier said in other words (``around`` -> ``approximately``): NOT a
  change, so any changed entry on that sentence is false;
* ``added`` / ``removed``: a sentence with a figure inserted from another edition or
  deleted: its figures are added or removed, never a changed one elsewhere.

Which numbers count is decided by a simple pattern of this module (a number with a
percent, point, multiplier or yuan), not by ``diffreport.analyze.numbers``.

Scoring (``score_numbers`` of ``tests.test_numbers_edits``): an edit is found when a
``changed`` entry on the edited sentence has the old figure in its old text and the new
figure in its new text; precision is found edits over all ``changed`` entries.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from functools import cache

import pytest

import diffreport
from diffreport.analyze.numbers import document_quantities

from .conftest import corpus
from .edits import _split, _wrap, make_edited
from .test_numbers_edits import (
    NumberEdit,
    NumberScore,
    NumberTruth,
    _bump,
    fold,
    score_numbers,
)

# --------------------------------------------------------------------------- the generator

_QUANTITY = re.compile(  # not the upper end of a range (1/2 to 3/4), nor after mojibake
    r"(?<![\w./-])(?<!\d to )(?<![\x80-\x9f])(?P<qual>(?:about|around|approximately|roughly|"
    r"at least|more than|over|nearly|up to|below|above)\s+)?(?P<dollar>\$)?"
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?(?:-\d/\d)?|\d/\d)"
    r"(?P<unit>\s*(?:percent|percentage points?|basis points?)|"
    r"\s+(?P<mult>trillion|billion|million)(?:\s+(?:yuan|metric tons|kilowatts))?|\s+yuan)"
    r"(?![\w/])"
)
#: a qualifier for one of another meaning
_QUALIFIER_CHANGE = {
    "about": "at least",
    "around": "at least",
    "approximately": "more than",
    "roughly": "at least",
    "at least": "around",
    "more than": "around",
    "over": "around",
    "nearly": "more than",
    "up to": "around",
    "below": "above",
    "above": "below",
}
#: a qualifier for one of the same meaning: no change
_QUALIFIER_SYNONYM = {
    "about": "approximately",
    "around": "approximately",
    "approximately": "around",
    "roughly": "about",
    "more than": "over",
    "over": "more than",
}
_MULT_CHANGE = {"trillion": "billion", "billion": "million", "million": "billion"}


@dataclass
class EnTruth(NumberTruth):
    """Number edits, plus sentences edited without a change (a synonym qualifier) and
    sentences with figures inserted or deleted."""

    neutral: list[str] = field(default_factory=list)  # fold() of sentences not changed
    inserted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)


def _edit(sentence: str, how: str, rng: random.Random) -> tuple[str, str, str] | None:
    """(edited sentence, figure before, figure after) for one edit of kind ``how``."""
    found = [m for m in _QUANTITY.finditer(sentence)]
    if how == "multiplier":
        found = [m for m in found if m.group("mult")]
    if how == "synonym":
        found = [m for m in found if (m.group("qual") or "").strip() in _QUALIFIER_SYNONYM]
    if not found:
        return None
    m = rng.choice(found)
    old = m.group()
    qual = (m.group("qual") or "").strip()
    if how == "digits":
        start = m.start("num") - m.start()
        new = old[:start] + _bump(m.group("num"), rng) + old[start + len(m.group("num")) :]
    elif how == "qualifier":
        new = (
            f"{_QUALIFIER_CHANGE[qual]} {old[len(m.group('qual')) :]}"
            if qual
            else f"at least {old}"
        )
    elif how == "synonym":
        new = f"{_QUALIFIER_SYNONYM[qual]} {old[len(m.group('qual')) :]}"
    else:
        mult = m.group("mult")
        start = m.start("mult") - m.start()
        new = old[:start] + _MULT_CHANGE[mult] + old[start + len(mult) :]
    return sentence[: m.start()] + new + sentence[m.end() :], old, new


_HOWS = ("digits", "digits", "qualifier", "multiplier", "synonym")


def make_en_edits(
    text: str, seed: int, *, donor: str, n_numbers: int, n_figure_sentences: int = 1
) -> EnTruth:
    """Structural edits, then ``n_numbers`` number edits (one a sentence), then sentences
    with figures inserted and deleted, then re-wrapping on odd seeds."""
    base = make_edited(
        text, "en", seed, insert_from=donor, n_insert=1, n_delete=1, n_reword=2, n_numbers=0
    )
    rng = random.Random(seed * 7919 + 17)
    kept = set(base.kept)
    rows = [_split(p.strip(), "en") for p in base.new_text.split("\n\n") if p.strip()]
    truth = EnTruth(base.old_text, "")
    truth.deleted = [fold(s, "en") for s in base.deleted]
    truth.inserted = [fold(s, "en") for s in base.inserted]
    options = [
        (k, i)
        for k, row in enumerate(rows)
        for i, s in enumerate(row)
        if s in kept and (i > 0 or len(s) > 60) and _QUANTITY.search(s)
    ]
    rng.shuffle(options)
    originals = {fold(s, "en") for s in base.kept}
    edited_at: set[tuple[int, int]] = set()
    for k, i in options:
        if len(truth.edits) + len(truth.neutral) >= n_numbers:
            break
        how = rng.choice(_HOWS)
        result = _edit(rows[k][i], how, rng)
        if result is None:
            how = "digits"
            result = _edit(rows[k][i], how, rng)
        if result is None or fold(result[0], "en") in originals:
            continue
        edited, old, new = result
        if how == "synonym":
            truth.neutral.append(fold(edited, "en"))
        else:
            before, after = fold(old, "en"), fold(new, "en")
            original = fold(rows[k][i], "en")
            truth.edits.append(NumberEdit(fold(edited, "en"), original, before, after, how))
        rows[k][i] = edited
        edited_at.add((k, i))
    sentences = {s for p in base.old_text.split("\n\n") for s in _split(" ".join(p.split()), "en")}
    _figure_sentences(rows, truth, donor, rng, kept, edited_at, n_figure_sentences, sentences)
    out = [" ".join(row) for row in rows if row]
    if seed % 2:
        out = [_wrap(p, 79, "en") for p in out]
    truth.new_text = "\n\n".join(out) + "\n"
    return truth


def _figure_sentences(
    rows: list[list[str]],
    truth: EnTruth,
    donor: str,
    rng: random.Random,
    kept: set[str],
    edited_at: set[tuple[int, int]],
    count: int,
    original: set[str],
) -> None:
    """Insert ``count`` donor sentences with a figure, and delete ``count`` with one."""
    # neither a sentence of the edited text nor one of the original (a donor identical to
    # an original sentence that was number-edited would take the edit's place)
    known = {s for row in rows for s in row} | set(kept) | set(original)
    donors = sorted(
        {
            s
            for p in re.split(r"\n\s*\n|\n(?=[A-Z])", donor)
            for s in _split(" ".join(p.split()), "en")
            if _QUANTITY.search(s) and s.endswith(".") and len(s) > 30
        }
        - known
    )
    rng.shuffle(donors)
    deletable = [
        (k, i)
        for k, row in enumerate(rows)
        for i, s in enumerate(row)
        if s in kept and i > 0 and (k, i) not in edited_at and _QUANTITY.search(s)
    ]
    for k, i in sorted(rng.sample(deletable, min(count, len(deletable))), reverse=True):
        truth.deleted.append(fold(rows[k][i], "en"))
        del rows[k][i]
    bodies = [k for k, row in enumerate(rows) if len(row) >= 2]
    for sentence in donors[:count]:
        k = rng.choice(bodies)
        rows[k].insert(rng.randrange(1, len(rows[k])), sentence)
        truth.inserted.append(fold(sentence, "en"))


# --------------------------------------------------------------------------- the cases


def _body(relative: str) -> str:
    text = corpus(relative).read_text(encoding="utf-8")
    if relative.startswith("fomc/"):
        return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    if relative.startswith("fomc-sentences/"):
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return "\n\n".join(" ".join(lines[i : i + 3]) for i in range(0, len(lines), 3))
    return text


CASES = [
    ("cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2026.en.txt", 10),
    ("cn-state-council-zh-en/2025.en.txt", "cn-state-council-zh-en/2024.en.txt", 10),
    ("cn-state-council-zh-en/2026.en.txt", "cn-state-council-zh-en/2025.en.txt", 10),
]
#: FOMC statements of every era (a few figures each: scored together), each with the
#: statement a year or so before it as the donor of inserted sentences
FOMC = [
    "fomc/1998-11-17.txt",
    "fomc/2001-01-03.txt",
    "fomc/2003-06-25.txt",
    "fomc/2004-06-30.txt",
    "fomc/2006-06-29.txt",
    "fomc/2008-01-22.txt",
    "fomc/2008-12-16.txt",
    "fomc/2010-11-03.txt",
    "fomc/2012-09-13.txt",
    "fomc/2013-12-18.txt",
    "fomc/2014-01-29.txt",
    "fomc/2015-12-16.txt",
    "fomc/2016-03-16.txt",
    "fomc-sentences/2017-02-01.txt",
    "fomc-sentences/2019-07-31.txt",
    "fomc-sentences/2020-03-15.txt",
    "fomc-sentences/2020-12-16.txt",
    "fomc-sentences/2022-01-26.txt",
    "fomc-sentences/2022-06-15.txt",
    "fomc-sentences/2023-07-26.txt",
    "fomc-sentences/2024-09-18.txt",
    "fomc-sentences/2025-12-10.txt",
]
FOMC_CASES = [(source, FOMC[k - 1], 3) for k, source in enumerate(FOMC)]
SEEDS = (0, 1, 2)


@dataclass(frozen=True)
class EnScore:
    """The number score, false changed entries on sentences edited without a change, and
    ``relocated``: changed entries from a deleted sentence to an inserted one (a figure of
    one metric removed here and stated anew there is a change of that metric, not a false
    report), left out of the precision."""

    numbers: NumberScore
    neutral_false: int
    relocated: int = 0

    @property
    def reported(self) -> int:
        return self.numbers.reported - self.relocated


@cache
def measured(source: str, donor: str, seed: int, n_numbers: int) -> EnScore:
    truth = make_en_edits(_body(source), seed, donor=_body(donor), n_numbers=n_numbers)
    result = diffreport.compare(truth.old_text, truth.new_text, old_label="a", new_label="b")
    score = score_numbers(result, truth, "en")
    neutral = set(truth.neutral)
    neutral_false = relocated = 0
    for change in result.changes.numbers:
        if change.status != "changed" or change.old is None or change.new is None:
            continue
        new_key = result.new.sentences[change.new.sentence].key
        neutral_false += new_key in neutral
        relocated += (
            result.old.sentences[change.old.sentence].key in truth.deleted
            and new_key in truth.inserted
        )
    return EnScore(score, neutral_false, relocated)


def test_generator_makes_every_kind_of_edit() -> None:
    truth = make_en_edits(
        _body("cn-state-council-zh-en/2025.en.txt"),
        5,
        donor=_body("cn-state-council-zh-en/2024.en.txt"),
        n_numbers=20,
        n_figure_sentences=2,
    )
    assert {e.how for e in truth.edits} >= {"digits", "qualifier", "multiplier"}
    assert truth.neutral and len(truth.inserted) >= 2 and len(truth.deleted) >= 2
    for edit in truth.edits:
        assert edit.before != edit.after and edit.after in edit.sentence


def _totals(scores: list[EnScore]) -> tuple[int, int, int]:
    found = sum(s.numbers.found for s in scores)
    return found, sum(s.numbers.total for s in scores), sum(s.reported for s in scores)


@pytest.mark.parametrize(("source", "donor", "n_numbers"), CASES)
def test_changed_english_numbers_per_report(source: str, donor: str, n_numbers: int) -> None:
    scores = [measured(source, donor, seed, n_numbers) for seed in SEEDS]
    found, total, reported = _totals(scores)
    assert total >= 20
    # per report the bar is a little lower than overall: ten edits per seed
    assert found >= 0.9 * total, [s.numbers.missed for s in scores]
    assert found >= 0.9 * reported, [s.numbers.false for s in scores]


def test_changed_fomc_numbers() -> None:
    scores = [measured(case[0], case[1], seed, case[2]) for case in FOMC_CASES for seed in SEEDS]
    found, total, reported = _totals(scores)
    assert total >= 80
    assert found >= 0.9 * total, [s.numbers.missed for s in scores]
    assert found >= 0.9 * reported, [s.numbers.false for s in scores]


def test_changed_english_numbers_overall() -> None:
    """Recall and precision of changed numbers over every case and seed: at least 95%."""
    cases = [*CASES, *FOMC_CASES]
    scores = [measured(case[0], case[1], seed, case[2]) for case in cases for seed in SEEDS]
    found, total, reported = _totals(scores)
    assert total >= 200
    assert found >= 0.95 * total, (found, total, [s.numbers.missed for s in scores])
    assert found >= 0.95 * reported, (found, reported, [s.numbers.false for s in scores])
    assert sum(s.neutral_false for s in scores) == 0  # around -> approximately is no change


@pytest.mark.corpus
def test_a_target_restated_by_name_only_is_never_a_nameless_row() -> None:
    # SC 2025 sets "the growth rate at around 5 percent", then says "A target of around 5
    # percent is well aligned…": edit the restatement alone and it is the growth rate's
    # figure, said anew; no row without a name
    text = corpus("cn-state-council-zh-en/2025.en.txt").read_text(encoding="utf-8")
    old = diffreport.from_text(text, label="old")
    for before, after in (
        ("A target of around 5 percent", "A target of around 4.5 percent"),
        ("growth rate at around 5 percent", "growth rate at around 4.5 percent"),
    ):
        assert text.count(before) == 1
        new = diffreport.from_text(text.replace(before, after), label="new")
        rows = [x for x in diffreport.compare(old, new).changes.numbers if x.status != "unchanged"]
        assert rows and all(x.metric.strip() for x in rows), [(x.metric, x.status) for x in rows]
        assert all(x.metric == "growth rate" for x in rows)
        assert [x.new.quantity.text for x in rows if x.new] == ["around 4.5 percent"]


@pytest.mark.corpus
def test_a_discount_rate_the_board_approved_is_a_target() -> None:
    # FOMC 2007-09-18: "the Board of Governors unanimously approved a 50-basis-point
    # decrease in the discount rate to 5-1/4 percent" sets a policy rate, as "decided" does
    doc = diffreport.load(corpus("fomc/2007-09-18.txt"))
    rates = [
        x.quantity
        for x in document_quantities(doc)
        if x.quantity.metric == "discount rate" and x.quantity.text == "5-1/4 percent"
    ]
    assert [q.kind for q in rates] == ["target"]
