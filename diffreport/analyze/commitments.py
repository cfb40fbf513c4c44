"""New and dropped commitments: added or removed sentences that commit to future action.

A sentence commits to future action when it stands in the plan part of a report
(see :mod:`diffreport.analyze.parts`) and carries an action cue (``推进``, ``加快``,
``实施`` …), or anywhere when it carries a commitment cue: an explicit future (``将``,
``力争``, ``确保``, ``计划``, ``拟``) or the imperative voice of a report (``要``,
``加快``, ``着力``, ``推动``, ``实施``, ``推进``, ``坚持`` …), as issue 3 defines
them — a review part that says ``实施…行动`` is counted too, the price of not
missing a promise; in English ``will``, ``plans to``, ``aims to``, ``is committed to``,
``intends to``, ``stands ready to``). A new commitment is a commitment of the new
edition whose sentence has no counterpart in the old one (status ``added``); a
dropped commitment is the reverse (``removed``).
"""

from __future__ import annotations

from diffreport.analyze.parts import plan_sections
from diffreport.lexicon import en, zh
from diffreport.model import Commitment, Comparison


def is_commitment(text: str, language: str, in_plan: bool) -> bool:
    """Whether a sentence commits to future action (see the module docstring)."""
    if language == "zh":
        if zh.COMMITMENT_FUTURE.search(text):
            return True
        if in_plan:
            return bool(zh.COMMITMENT_ACTION.search(text) or zh.COMMITMENT_PLAN_CUE.search(text))
        return bool(zh.COMMITMENT_STRONG.search(text))
    return bool(en.COMMITMENT_FUTURE.search(text))


def commitments(comparison: Comparison) -> tuple[tuple[Commitment, ...], tuple[Commitment, ...]]:
    """(new, dropped) commitments: added or removed sentences that commit to action."""
    old, new = comparison.old, comparison.new
    old_plan, new_plan = plan_sections(old), plan_sections(new)
    added: list[Commitment] = []
    dropped: list[Commitment] = []
    for pair in comparison.sentences:
        if pair.status == "added" and pair.new is not None:
            s = new.sentences[pair.new]
            if not s.heading and is_commitment(s.text, new.language, s.section in new_plan):
                added.append(Commitment(s.index, s.section))
        elif pair.status == "removed" and pair.old is not None:
            s = old.sentences[pair.old]
            if not s.heading and is_commitment(s.text, old.language, s.section in old_plan):
                dropped.append(Commitment(s.index, s.section))
    return tuple(added), tuple(dropped)
