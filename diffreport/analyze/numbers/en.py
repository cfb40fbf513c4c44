"""English figures: percentages, basis points, dollar amounts, with the metric they measure."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from diffreport.analyze.numbers.kinds import en_kind
from diffreport.analyze.numbers.quantities import (
    MAX_CANDIDATES,
    MAX_NUMBER_CHARS,
    MAX_QUANTITIES,
    MULTIPLIERS,
    Found,
    Raw,
    inside,
    to_decimal,
)
from diffreport.lexicon import en

_EN_NUM = r"\d++-\d++/\d++|\d++/\d++|\d++(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?"
_EN_NUMBER = re.compile(
    rf"(?<![\w./-])(?P<neg>-|minus\s)?(?P<dollar>\$\s?)?(?P<a>{_EN_NUM})"
    rf"(?:\s*(?:-|to)\s*(?P<b>{_EN_NUM}))?"
    rf"(?P<unit>\s*-?\s*(?:{en.NUMBER_UNITS}))?(?![\w/])"
    rf"(?P<dollar_unit>\s+(?:of\s+)?dollars)?"
)
_EN_SCALE = re.compile(r"\s*(?P<scale>trillion|billion|million)\b")
_EN_DATE = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b")


def _en_unit(raw_unit: str, dollar: bool) -> tuple[str, str]:
    """(unit, multiplier word) from the unit text after an English number."""
    word = re.sub(r"[\s-]+", " ", raw_unit.strip(" -")).lower()
    if word in ("trillion", "billion", "million"):
        return ("$" if dollar else ""), word
    if word in ("percent", "per cent", "%"):
        return "%", ""
    if word.startswith("percentage point"):
        return "percentage point", ""
    if word.startswith("basis point"):
        return "bp", ""
    return ("$" if dollar else ""), ""


def _en_metric_phrase(words: list[str]) -> str:
    kept: list[str] = []
    for word in reversed(words):
        if word.lower() in en.METRIC_STOP_WORDS:
            break
        kept.append(word)
        if len(kept) >= 6:
            break
    return " ".join(reversed(kept)).strip(" ,").lower()


_EN_NAMED_BEFORE = re.compile(r"([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,4})\s+(?:of|at)\s*$")


def _en_metric(text: str, start: int, end: int, clause_floor: int, previous: str | None) -> str:
    left = text[max(clause_floor, start - 160) : start]
    qualifier = en.QUALIFIERS_BEFORE.search(left)
    if qualifier is not None:
        left = left[: qualifier.start()]  # ``of around 5 percent``: around names nothing
    entry = False  # the figure's clause is an entry of a list (after ``;`` or ``:``)
    for sep in (";", ". ", ":", ","):
        cut = left.rfind(sep)
        if cut >= 0:
            left = left[cut + len(sep) :]
            entry = sep in (";", ":")
    heads = [m for m in en.METRIC_HEADS.finditer(left) if m.group().lower() != "target"]
    if heads:
        head = heads[-1]
        words = re.findall(r"[A-Za-z][\w'-]*", left[: head.start()])
        phrase = _en_metric_phrase([*words, head.group()])
        if phrase:
            return phrase
    # a list entry named before ``of``/``at`` (``CPI increase of around 2 percent``)
    named = _en_named_before(left) if entry else ""
    if named:
        return named
    right = text[end : end + 120]
    for sep in (";", ". ", ",", ":"):
        cut = right.find(sep)
        if cut >= 0:
            right = right[:cut]
    for head_match in en.METRIC_HEADS.finditer(right):
        if head_match.group().lower() == "target":
            continue
        words = re.findall(r"[A-Za-z][\w'-]*", right[: head_match.start()])
        phrase = _en_metric_phrase([*words, head_match.group()])
        if phrase:
            return phrase
    if previous:
        return previous
    # the subject of the sentence (``inflation will rise … to its 2 percent objective``)
    sentence_left = text[max(0, start - 240) : start]
    heads = [m for m in en.METRIC_HEADS.finditer(sentence_left) if m.group().lower() != "target"]
    if heads:
        head = heads[-1]
        words = re.findall(r"[A-Za-z][\w'-]*", sentence_left[: head.start()])
        phrase = _en_metric_phrase([*words, head.group()])
        if phrase:
            return phrase
    # ``A projected CPI increase of approximately 2 percent``
    named = _en_named_before(left)
    if named:
        return named
    words = re.findall(r"[A-Za-z][\w'-]*", left)
    return _en_metric_phrase(words)


def _en_named_before(left: str) -> str:
    """The name a clause gives before ``of``/``at`` and the figure (two words or more)."""
    named = _EN_NAMED_BEFORE.search(left)
    if named is None:
        return ""
    words = re.findall(r"[A-Za-z][\w'-]*", named.group(1))
    while words and words[0].lower() in en.METRIC_STOP_WORDS:
        words.pop(0)
    lowered = [w.lower() for w in words]
    if (
        2 <= len(lowered) <= 4
        and not any(w in en.METRIC_STOP_WORDS or w in en.MODAL_VERBS for w in lowered[:-1])
        and not lowered[0].endswith("ing")  # representing increases of $10 billion
    ):
        return " ".join(lowered)
    return ""


def extract_en(folded: str, plan: bool) -> list[Found]:
    """Every quantity of folded English ``folded``, named, with its verb and kind."""
    results: list[Found] = []
    dates = [(m.start(), m.end()) for m in _EN_DATE.finditer(folded)]
    kind = en_kind(folded, plan)
    previous_end = 0
    previous_metric: str | None = None
    for examined, match in enumerate(_EN_NUMBER.finditer(folded)):
        if len(results) >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        if inside(dates, match.start("a")) or match.end() - match.start() > MAX_NUMBER_CHARS:
            continue
        dollar = bool(match.group("dollar")) or bool(match.group("dollar_unit"))
        unit, scale = _en_unit(match.group("unit") or "", dollar)
        end = match.end()
        if not scale:
            scale_match = _EN_SCALE.match(folded, end) if dollar else None
            if scale_match is not None:
                scale = scale_match.group("scale")
                end = scale_match.end()
        if not unit and not scale:
            continue
        try:
            low = to_decimal(match.group("a"))
            high = to_decimal(match.group("b")) if match.group("b") else None
        except (InvalidOperation, ValueError):
            continue
        factor = MULTIPLIERS.get(scale, Decimal(1))
        low *= factor
        if high is not None:
            high *= factor
            if high < low:
                continue  # 1994-02 style codes, not a range
        if match.group("neg"):
            low = -low
        start = match.start()
        qualifier_match = en.QUALIFIERS_BEFORE.search(folded[max(0, start - 20) : start])
        qualifier = qualifier_match.group(1).lower() if qualifier_match else None
        q_start = start - (len(qualifier_match.group()) if qualifier_match else 0)
        metric = _en_metric(folded, start, end, previous_end, previous_metric)
        left = folded[max(0, start - 120) : start]
        verbs = list(en.FIGURE_VERBS.finditer(left))
        verb = verbs[-1].group().lower() if verbs else None
        prep = re.search(r"\b(to|at|of|by|from)\s+(?:\w+\s+)?$", left)
        if verb and prep:
            verb = f"{verb} … {prep.group(1)}"
        raw = Raw(q_start, end, start, low, high, unit, qualifier)
        results.append((raw, metric, verb, q_start, kind))
        previous_end = end
        previous_metric = metric or previous_metric
    return results
