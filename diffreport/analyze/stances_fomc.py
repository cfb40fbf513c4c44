"""FOMC stances: the rate decision, the forward guidance and the balance-sheet plan.

The decision is the sentence where the Committee ``decided to <verb>`` the federal funds
rate: the verb's action (raise, lower, maintain, or set a new target, read against the
previous edition) and the target or range (``1/4 to 1/2 percent``). Guidance sentences
speak of the likely path of the rate (``anticipates``, ``extended period``, ``patient``);
balance-sheet sentences of holdings, purchases and reinvestment. Guidance and balance
sheet changed when their sentences' wording changed; the sentence shown is one of the
comparison's changed pairs (a modified pair first).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from diffreport.lexicon import en
from diffreport.model import Comparison, Document, Sentence

__all__ = ["Statement", "compared", "main_statements", "resolved_against"]

DECISION, GUIDANCE, BALANCE = en.FOMC_POLICIES

# a quarter-point figure: 5, 5-1/4, 1/4, 2.5; the dash may come as mojibake (1â1/2)
_NUMBER = r"\d+(?:\.\d+)?(?:(?:-| |\u2011|\u2013|\u00e2\u0080\u0091)\d/\d)?|\d/\d"
_RANGE = re.compile(
    rf"(?:around |about )?(?P<low>{_NUMBER})(?: (?:to|and) (?P<high>{_NUMBER}))? percent(?!age)"
)


@dataclass(frozen=True)
class Statement:
    """A policy's stance statement: its sentence, the phrase shown, and what is compared."""

    policy: str
    sentence: int
    phrase: str
    modifier: str
    complement: str


@cache
def _decision() -> re.Pattern[str]:
    leads = "|".join(en.DECISION_LEADS)
    verbs = "|".join(en.DECISION_VERBS)
    nouns = "|".join(en.DECISION_NOUNS)
    # "decided today to raise", or the finite verb: "the Committee today reaffirmed", or
    # the noun: "agreed that this increase should be reflected fully ..."
    return re.compile(
        rf"(?i)\b(?:(?:{leads})\b(?:\s+today)?\s+to\s+(?:\w+ly\s+)?(?P<verb>{verbs})\b|"
        rf"committee\s+(?:also\s+)?(?:today\s+)?(?:(?P<done>{verbs})(?:e?d)?|will\s+(?P<will>{verbs}))\b|"
        rf"(?:{leads})\s+that\s+(?:this|the)\s+(?P<noun>{nouns})\b)"
    )


@cache
def _decides() -> re.Pattern[str]:
    """A decision stated (``decided to``, ``agreed today to``)."""
    return re.compile(rf"(?i)\b(?:{'|'.join(en.DECISION_LEADS)})\b(?:\s+today)?\s+to\b")


def _weight(text: str) -> int:
    """How much a changed policy sentence says: 0 a decision, 1 a plan (``will``), 2 less."""
    plans = any(word in en.PLAN_WORDS for word in text.lower().split())
    return 0 if _decides().search(text) else 1 if plans else 2


def main_statements(doc: Document) -> dict[str, Statement]:
    """The FOMC stances of an English edition (none when it states no rate decision)."""
    if doc.language != "en":
        return {}
    found: dict[str, Statement] = {}
    decision = _decision_statement(doc)
    if decision is None:
        return found
    found[DECISION] = decision
    for policy in (GUIDANCE, BALANCE):
        candidates = _candidates(doc, policy)
        if candidates:
            shown = candidates[0]
            found[policy] = Statement(
                policy,
                shown,
                _phrase(doc, policy, shown),
                "",
                _wording(doc, candidates),
            )
    return found


def _decision_statement(doc: Document) -> Statement | None:
    """The first decision sentence that states a target, else the first decision sentence."""
    fallback: Statement | None = None
    for sentence in doc.sentences:
        lowered = sentence.key.lower()
        match = _decision().search(sentence.key)
        if match is None or not any(term in lowered for term in en.RATE_TERMS):
            continue
        verb = match.group("verb") or match.group("done") or match.group("will")
        action = (
            en.DECISION_VERBS[verb.lower()]
            if verb
            else en.DECISION_NOUNS[match.group("noun").lower()]
        )
        target = _target(sentence.key[match.end() :])
        if target:
            return _decision_of(sentence.index, action, target)
        fallback = fallback or _decision_of(sentence.index, action, "")
    return fallback


def _decision_of(index: int, action: str, target: str) -> Statement:
    joiner = " to " if action in ("raise", "lower") and target else " "
    phrase = f"{action}{joiner}{target}".strip()
    return Statement(DECISION, index, phrase, f"{action} {target}".strip(), "")


def _target(text: str) -> str:
    """The target or range a decision states, dashes made plain (``1-1/4 to 1-1/2 percent``)."""
    # the first figure, unless it is where the rate came from ("from around 5 percent to …")
    match = next((m for m in _RANGE.finditer(text) if not _is_origin(text, m.start())), None)
    if match is None:
        return ""
    low, high = _plain(match.group("low")), match.group("high")
    return f"{low} to {_plain(high)} percent" if high else f"{low} percent"


def _is_origin(text: str, start: int) -> bool:
    return text[:start].rstrip().lower().endswith("from")


def _plain(figure: str) -> str:
    return re.sub(r"(?<=\d)(?: |\u2011|\u2013|\u00e2\u0080\u0091)(?=\d)", "-", figure)


def _value(target: str) -> float | None:
    """The low end of a target as a number (``5-1/4 percent`` -> 5.25)."""
    figure = target.split(" ")[0]
    whole, _, fraction = figure.rpartition("-") if "/" in figure else (figure, "", "")
    try:
        value = float(whole) if whole else 0.0
        if fraction:
            top, bottom = fraction.split("/")
            value += int(top) / int(bottom)
        elif "/" in whole:
            top, bottom = whole.split("/")
            value = int(top) / int(bottom)
    except ValueError:
        return None
    return value


def _candidates(doc: Document, policy: str) -> list[int]:
    test = _is_guidance if policy == GUIDANCE else _is_balance_sheet
    end = _policy_end(doc)
    return [s.index for s in doc.sentences[:end] if not s.heading and test(s)]


def _policy_end(doc: Document) -> int:
    """Where the Committee's own text ends: at the roll call (``Voting for the FOMC
    monetary policy action were ...``), after which come the votes, a dissenter's
    reasons, the discount rate and links, none of them guidance or balance-sheet plan."""
    return next((s.index for s in doc.sentences if en.ROLL_CALL.match(s.text)), len(doc.sentences))


def _is_guidance(sentence: Sentence) -> bool:
    lowered = sentence.key.lower()
    guidance = _first(lowered, en.GUIDANCE_CUES)
    if guidance is None or not any(subject in lowered for subject in en.GUIDANCE_SUBJECTS):
        return False
    balance = _balance_cue(lowered)
    return balance is None or guidance < balance


def _is_balance_sheet(sentence: Sentence) -> bool:
    """Holdings or purchases, unless a guidance cue comes first (``it likely will be
    appropriate to maintain the ... target range for a considerable time following the
    end of its asset purchase program``: the rate's path) or the sentence is a link."""
    lowered = sentence.key.lower()
    balance = _balance_cue(lowered)
    if balance is None:
        return False
    guidance = _first(lowered, en.GUIDANCE_CUES)
    guides = guidance is not None and any(s in lowered for s in en.GUIDANCE_SUBJECTS)
    return not (guides and guidance is not None and guidance < balance)


def _balance_cue(lowered: str) -> int | None:
    """Where the first balance-sheet cue is, none in a link to another release."""
    return None if en.LINK.search(lowered) else _first(lowered, en.BALANCE_SHEET_CUES)


def _first(lowered: str, cues: tuple[str, ...]) -> int | None:
    return min((at for at in (lowered.find(c) for c in cues) if at >= 0), default=None)


def _phrase(doc: Document, policy: str, index: int) -> str:
    """The sentence, or in a decision sentence the guidance clause after the decision."""
    text = doc.sentences[index].text.strip()
    if policy != GUIDANCE or _decision().search(text) is None:
        return text
    lowered = text.lower()
    cue = min((lowered.find(c) for c in en.GUIDANCE_CUES if c in lowered), default=-1)
    joint = lowered.rfind(" and ", 0, cue) if cue > 0 else -1
    return text[joint + len(" and ") :] if joint >= 0 else text


def _wording(doc: Document, candidates: list[int]) -> str:
    return " | ".join(sorted({" ".join(doc.sentences[i].key.lower().split()) for i in candidates}))


def compared(
    comparison: Comparison, old: dict[str, Statement], new: dict[str, Statement]
) -> tuple[dict[str, Statement], dict[str, Statement]]:
    """The two editions' statements, read against each other.

    A decision that sets a new target becomes a raise, a cut or a hold against the old
    target; guidance and balance sheet show the sentences of a changed pair.
    """
    if all(pair.status == "unchanged" for pair in comparison.sentences):
        return old, new  # one statement twice: nothing was decided anew
    old, new = dict(old), resolved_against(old, new)
    for policy in (GUIDANCE, BALANCE):
        if policy in old and policy in new and old[policy].complement != new[policy].complement:
            old[policy], new[policy] = _shown_pair(comparison, old[policy], new[policy])
    return old, new


def resolved_against(
    previous: dict[str, Statement], current: dict[str, Statement]
) -> dict[str, Statement]:
    """``current`` with its rate decision read against the previous edition's."""
    if DECISION not in previous or DECISION not in current:
        return current
    return {**current, DECISION: _resolved(previous[DECISION], current[DECISION])}


def _resolved(before: Statement, after: Statement) -> Statement:
    """A new target set (``establish``) read as a raise, cut or hold; a hold with no figure
    keeps the old target; a move with no figure after the same move is a change."""
    action, _, target = after.modifier.partition(" ")
    was_target = before.modifier.partition(" ")[2]
    if action == "set" and after.modifier == before.modifier:
        return after  # the same target set in the same words (a statement against itself)
    if action in ("raise", "lower") and not target and after.modifier == before.modifier:
        # a move named without a figure, as the last one was (1994: "increase slightly
        # the degree of pressure"): another move, not no change
        return replace(after, complement="moved again")
    if action == "maintain" and not target and was_target:
        return _decision_of(after.sentence, action, was_target)
    if action != "set":
        return after
    was, now = _value(was_target), _value(target)
    if was is None or now is None:
        return after
    action = "raise" if now > was else "lower" if now < was else "maintain"
    return _decision_of(after.sentence, action, target)


def _shown_pair(
    comparison: Comparison, before: Statement, after: Statement
) -> tuple[Statement, Statement]:
    """The policy's changed sentences shown, the one that says most first: a decision
    (``decided to conclude its asset purchase program``) in a modified pair, then one on
    one side, then a plan (``will``) in a modified pair, then any modified pair, then
    the first; the other side from the best that has it."""
    test: Callable[[Sentence], bool] = (
        _is_guidance if before.policy == GUIDANCE else _is_balance_sheet
    )
    docs = (comparison.old, comparison.new)
    ends = (_policy_end(comparison.old), _policy_end(comparison.new))
    found: list[tuple[int, int, int | None, int | None]] = []  # (rank, order, old, new)
    for order, pair in enumerate(comparison.sentences):
        if pair.status in ("unchanged", "moved"):
            continue
        at = [
            i if i is not None and i < ends[k] and test(docs[k].sentences[i]) else None
            for k, i in enumerate((pair.old, pair.new))
        ]
        says = [2 if i is None else _weight(docs[k].sentences[i].key) for k, i in enumerate(at)]
        if None not in at and pair.status == "modified":
            found.append(((0, 2, 3)[min(says)], order, at[0], at[1]))
        else:
            for k, i in enumerate(at):
                if i is not None:
                    found.append(
                        (1 if says[k] == 0 else 4, order, *((i, None) if k == 0 else (None, i)))
                    )
    found.sort(key=lambda f: (f[0], f[1]))
    shown: list[int | None] = [None, None]
    for _, _, *sides in found:
        if shown[0] is None and shown[1] is None and None not in sides:
            shown = list(sides)
            break
        shown = [s if s is not None else i for s, i in zip(shown, sides, strict=True)]
        if None not in shown:
            break
    old_index = before.sentence if shown[0] is None else shown[0]
    new_index = after.sentence if shown[1] is None else shown[1]
    policy = before.policy
    return (
        replace(before, sentence=old_index, phrase=_phrase(comparison.old, policy, old_index)),
        replace(after, sentence=new_index, phrase=_phrase(comparison.new, policy, new_index)),
    )
