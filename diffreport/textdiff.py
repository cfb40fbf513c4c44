"""Character (Chinese) or word (English) differences inside one pair of sentences.

Renderers use these spans to highlight exactly what changed in a modified
sentence. Tiny equal runs between two changes are folded into the change so a
reader sees ``增长5.5%左右`` -> ``增长5%左右`` as one edit, not a scatter of
single characters (the same idea as diff-match-patch's semantic cleanup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from diffreport.lexicon import en, zh
from diffreport.model import Language

Op = Literal["equal", "delete", "insert", "replace"]

# a figure is one token: its digits (full-width too), decimal point, thousands commas,
# fraction and range pieces, then its multiplier and unit (1800亿元, 5.5%, 1.6万亿元, 1/4,
# 5-1/4, $40 billion), so a diff never shows a mark inside a number
_ZH_FIGURE = (
    r"\d+(?:[.．/]\d+|,\d{3}(?!\d))*(?:[-~～]\d+(?:[.．/]\d+)*)?"
    rf"(?:多|余)?(?:{zh.FIGURE_MULTIPLIERS})?(?:{zh.NUMBER_UNITS}|％)?"
)
_ZH_TOKEN = re.compile(rf"{_ZH_FIGURE}|.", re.DOTALL)
#: a Chinese figure with its multiplier and unit: one token, never split (the terminal
#: keeps it on one line too)
ZH_FIGURE = re.compile(_ZH_FIGURE)
_EN_FIGURE = (
    r"[$€£]?\d+(?:[.,/]\d+)*(?:-\d+(?:/\d+)?)?%?"
    rf"(?:\s(?:{en.NUMBER_UNITS})\b)?"
)
#: an English figure with its unit word ("$40 billion", "2 percent"): one token; the
#: terminal's inline view keeps it on one line too
EN_FIGURE = re.compile(_EN_FIGURE)
_WORD = re.compile(rf"{_EN_FIGURE}|\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Span:
    """One run of a sentence diff: ``old`` and ``new`` are the texts on each side."""

    op: Op
    old: str
    new: str


def _tokens(text: str, language: Language) -> list[str]:
    if language == "zh":
        return _ZH_TOKEN.findall(text)
    return _WORD.findall(text)


def diff_spans(old: str, new: str, language: Language) -> tuple[Span, ...]:
    """The runs that turn ``old`` into ``new``, by characters (zh) or words (en)."""
    return _diff_spans(old, new, language)


# the highlights ask for the same pairs the page then shows (165 distinct of 276 calls for
# a pair of reports); the result is a tuple of frozen spans, safe to share
@lru_cache(maxsize=1024)
def _diff_spans(old: str, new: str, language: Language) -> tuple[Span, ...]:
    from rapidfuzz.distance import Indel

    a = _tokens(old, language)
    b = _tokens(new, language)
    raw: list[Span] = []
    for op in Indel.opcodes(a, b):
        tag: Op = op.tag  # type: ignore[assignment]
        raw.append(
            Span(
                tag, "".join(a[op.src_start : op.src_end]), "".join(b[op.dest_start : op.dest_end])
            )
        )
    return _cleanup(raw, language)


def _cleanup(spans: list[Span], language: Language) -> tuple[Span, ...]:
    """Fold short equal runs squeezed between changes into one replace span."""
    short = 2 if language == "zh" else 1
    merged: list[Span] = []
    for span in spans:
        if span.op == "equal" and not span.old:
            continue
        merged.append(span)
    changed = True
    while changed:
        changed = False
        out: list[Span] = []
        i = 0
        while i < len(merged):
            span = merged[i]
            if (
                out
                and out[-1].op != "equal"
                and span.op == "equal"
                and i + 1 < len(merged)
                and merged[i + 1].op != "equal"
                and len(span.old.strip()) <= short
            ):
                nxt = merged[i + 1]
                prev = out.pop()
                out.append(
                    Span("replace", prev.old + span.old + nxt.old, prev.new + span.new + nxt.new)
                )
                i += 2
                changed = True
                continue
            if out and out[-1].op != "equal" and span.op != "equal":
                prev = out.pop()
                out.append(Span("replace", prev.old + span.old, prev.new + span.new))
                changed = True
            else:
                out.append(span)
            i += 1
        merged = out
    return tuple(_retag(s) for s in merged)


def _retag(span: Span) -> Span:
    if span.op == "equal":
        return span
    if not span.old:
        return Span("insert", "", span.new)
    if not span.new:
        return Span("delete", span.old, "")
    return Span("replace", span.old, span.new)
