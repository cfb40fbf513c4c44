"""FOMC stances and highlights at turning points outside the tuned pairs.

Failures found by measuring ``tests/data/headlines-fomc2.json`` (FOMC pairs the
highlights were not tuned on) and by reading the stances of other turning points; each
test is real corpus text that failed before its fix.
"""

from __future__ import annotations

import pytest

import diffreport
from diffreport.analyze.stances import stance_changes
from diffreport.model import Comparison, StanceChange

from .conftest import corpus

pytestmark = pytest.mark.corpus


def _compare(old: str, new: str) -> Comparison:
    return diffreport.compare(corpus(old), corpus(new))


def _stance(c: Comparison, policy: str) -> StanceChange:
    return next(s for s in stance_changes(c) if s.policy == policy)


def test_guidance_that_holds_the_rate_until_an_outcome_is_forward_guidance() -> None:
    # 2020-03-15: "expects to maintain this target range until it is confident that the
    # economy has weathered recent events" -- the guidance every account headlined
    c = _compare("fomc-sentences/2020-03-03.txt", "fomc-sentences/2020-03-15.txt")
    guidance = _stance(c, "forward guidance")
    assert guidance.status == "added"
    assert guidance.new is not None
    assert "until it is confident" in c.new.sentences[guidance.new.sentence].text


def test_the_roll_call_and_link_lines_are_no_balance_sheet_plan() -> None:
    # 2014-10-29 ended QE3; the stance showed the New York Fed link line below the votes
    c = _compare("fomc/2014-09-17.txt", "fomc/2014-10-29.txt")
    balance = _stance(c, "balance sheet")
    assert balance.new is not None
    shown = c.new.sentences[balance.new.sentence].text
    assert "conclude its asset purchase program" in shown
    assert "http" not in shown


def test_a_dissenters_reasons_are_no_forward_guidance() -> None:
    # 2010-09-21: Hoenig "believed that continuing to express the expectation of
    # exceptionally low levels ..." is the vote record, not the Committee's guidance
    c = _compare("fomc/2010-09-21.txt", "fomc/2010-11-03.txt")
    guidance = _stance(c, "forward guidance")
    assert guidance.old is not None
    shown = c.old.sentences[guidance.old.sentence].text
    assert "believed" not in shown
    assert "extended period" in shown


def test_a_statements_changed_stance_is_not_listed_again_as_new() -> None:
    # 2020-03-15: the added guidance and balance-sheet sentences are shown as stances;
    # listed again they pushed "Global financial conditions have also been
    # significantly affected" out of the first ten new sentences
    c = _compare("fomc-sentences/2020-03-03.txt", "fomc-sentences/2020-03-15.txt")
    h = c.changes.highlights
    above = {s.new.sentence for s in h.stances if s.new and s.status != "unchanged"}
    listed = [c.new.sentences[x.sentence].text for x in h.new]
    assert above and not above & {x.sentence for x in h.new}
    assert any("Global financial conditions" in text for text in listed)


def test_a_link_line_is_no_new_highlight() -> None:
    # 2015-12-16 listed "[Implementation Note issued December 16, 2015](https://...)"
    c = _compare("fomc/2015-10-28.txt", "fomc/2015-12-16.txt")
    listed = [c.new.sentences[x.sentence].text for x in c.changes.highlights.new]
    assert listed and not any("http" in text for text in listed)


def test_the_first_cut_of_1995_reads_against_the_last_hike() -> None:
    # 1995-02-01 raised through the discount rate ("the Federal Open Market Committee
    # agreed that this increase should be reflected fully in interest rates in the
    # reserve markets"); 1995-07-06 cut ("decided to decrease slightly the degree of
    # pressure on bank reserve positions"): neither was read as a decision
    c = _compare("fomc/1995-02-01.txt", "fomc/1995-07-06.txt")
    decision = _stance(c, "federal funds rate")
    assert decision.status == "changed"
    assert decision.old is not None and decision.new is not None
    assert (decision.old.phrase, decision.new.phrase) == ("raise", "lower")


def test_a_second_move_without_a_figure_is_a_change() -> None:
    # 1994-03-22 tightened again in the words of 1994-02-04 ("decided to increase
    # slightly the degree of pressure on reserve positions"): another hike, not no change
    c = _compare("fomc/1994-02-04.txt", "fomc/1994-03-22.txt")
    decision = _stance(c, "federal funds rate")
    assert decision.status == "changed"
    assert decision.new is not None and decision.new.phrase == "raise"


def test_the_taper_shows_the_purchase_pace_not_a_reference_to_the_program() -> None:
    # 2013-12-18: "Taking into account ... since the inception of its current asset
    # purchase program" also changed and names the program; the plan shown is the pace
    c = _compare("fomc/2013-10-30.txt", "fomc/2013-12-18.txt")
    balance = _stance(c, "balance sheet")
    assert balance.new is not None
    assert "$35 billion" in c.new.sentences[balance.new.sentence].text


def test_qe1s_expansion_is_the_balance_sheet_plan_shown() -> None:
    # 2009-03-18: "decided today to increase the size of the Federal Reserve's balance
    # sheet further"; the stance showed "will continue to carefully monitor the size and
    # composition of the Federal Reserve's balance sheet" (two words swapped)
    c = _compare("fomc/2009-01-28.txt", "fomc/2009-03-18.txt")
    balance = _stance(c, "balance sheet")
    assert balance.new is not None
    assert "decided today to increase the size" in c.new.sentences[balance.new.sentence].text
