"""Quantities in report sentences: what is measured, by which verb, value, unit, qualifier, range.

Three entry points:

* :func:`extract` finds every quantity of one sentence (Chinese or English);
* :func:`document_quantities` runs it over a whole :class:`~diffreport.model.Document`,
  deciding per sentence whether it sits in the plan part of the report;
* :func:`compare_quantities` pairs the same metric across two editions and says
  whether it changed.

Decisions worth knowing:

* ``value`` is exact decimal arithmetic turned into a float at the end
  (``16.4亿`` is ``1.64e9``, never ``1639999999.9999998``).
* A sign is kept only when written as a sign: ``负3.9%`` and ``-0.7%`` are negative;
  ``下降0.7%`` keeps ``0.7`` and reports the direction in ``verb`` (``下降``), so a
  value is always the number a reader sees on the page.
* A delta (``比上年增加1000亿元``) gets its own metric, the metric it qualifies plus
  the comparison (``地方政府专项债券比上年增加``), so it never pairs with the level.
* Not quantities: numbers inside short quotes or book-title marks (``“1566”``,
  ``“十四五”``, ``《…》``), years and dates, durations (``五年``, ``3个月``), ordinals
  and list markers (``第一``, ``（一）``, ``一是``), numbers glued to Latin letters
  (``C919``, ``5G``, ``PM2.5``), and bare Arabic numbers with neither unit nor
  multiplier (article numbers, codes).
* ``两三个``-style approximations are a range (2..3) with qualifier ``约``.
* Every regular expression is linear and every look-back reads a bounded window,
  so a 10 MB line without punctuation is processed in linear time.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from diffreport.analyze.parts import plan_sections, review_sections
from diffreport.lexicon import common, en, zh
from diffreport.model import (
    Document,
    Language,
    LocatedQuantity,
    NumberChange,
    NumberKind,
    NumberStatus,
    Quantity,
    SentencePair,
)

__all__ = [
    "compare_quantities",
    "document_quantities",
    "extract",
    "metric_key",
    "parse_chinese_number",
]

# --------------------------------------------------------------------------- folding

# Full-width ASCII, ideographic space and the dashes a report uses for minus or ranges
# fold one character to one character, so offsets in the folded text are offsets in
# the original.
_FOLD_TABLE: dict[int, str] = {c: chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_FOLD_TABLE.update(
    {
        0x3000: " ",
        0x2212: "-",  # minus sign
        0x2013: "-",  # en dash
        0x2010: "-",
        0x2011: "-",
        0x00A0: " ",
        0x2009: " ",
        0x2002: " ",
        0x2003: " ",
        0x2044: "/",  # fraction slash
    }
)
# A UTF-8 en dash read as cp1252/latin-1 (``1â\x80\x931/2`` for ``1–1/2``).
_MOJIBAKE = re.compile("\u00e2[\u0080-\u009f]{0,2}(?=\\d)")


# the characters _FOLD_TABLE changes: a substitution touches only them, which is
# cheaper than str.translate looking up every character of a sentence
_FOLD_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD_TABLE) + "]")
_FOLD_MAP: dict[str, str] = {chr(c): v for c, v in _FOLD_TABLE.items()}


def _fold_char(match: re.Match[str]) -> str:
    return _FOLD_MAP[match.group()]


def _fold(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text`` for matching; return it and a map folded index -> original index.

    The map is None when folding kept every offset (the usual case).
    """
    folded = _FOLD_CHARS.sub(_fold_char, text)
    if "\u00e2" not in folded:
        return folded, None
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _MOJIBAKE.finditer(folded):
        pieces.append(folded[last : match.start()])
        offsets.extend(range(last, match.start()))
        pieces.append("-")
        offsets.append(match.start())
        last = match.end()
    if last == 0:
        return folded, None
    pieces.append(folded[last:])
    offsets.extend(range(last, len(folded)))
    offsets.append(len(folded))
    return "".join(pieces), offsets


# --------------------------------------------------------------------------- numbers


_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}

_MULTIPLIERS: dict[str, Decimal] = {
    "万亿": Decimal(10) ** 12,
    "亿": Decimal(10) ** 8,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
    "百": Decimal(10) ** 2,
    "trillion": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
}


def parse_chinese_number(text: str) -> Decimal | None:
    """The value of a Chinese numeral (``一万零一十二`` -> 10012, ``三点五`` -> 3.5), or None.

    Accepts the positional forms that mean one number (``一万零十二`` also 10012,
    ``十二``, ``两千``); refuses digit runs that are not one number (``两三``, ``十四五``).
    """
    if not text:
        return None
    integer, _, fraction = text.partition("点")
    total = 0  # everything above the current 万/亿 block
    section = 0  # the current block below 万
    digit: int | None = None
    previous_unit = 10**13
    for char in integer:
        if char in _CN_DIGITS:
            if digit is not None and digit != 0 and _CN_DIGITS[char] != 0:
                return None  # two digits in a row with no unit between: 两三, 十四五
            digit = _CN_DIGITS[char]
        elif char in _CN_SMALL:
            unit = _CN_SMALL[char]
            if unit >= previous_unit:
                return None
            section += (digit if digit else 1) * unit if digit != 0 else unit
            digit = None
            previous_unit = unit
        elif char in _CN_BIG:
            big = _CN_BIG[char]
            block = section + (digit or 0)
            if block == 0 and total == 0:
                return None
            if big == 10**8:
                total = (total + block) * big
            else:
                total += block * big
            section = 0
            digit = None
            previous_unit = 10**13
        else:
            return None
    value = Decimal(total + section + (digit or 0))
    if fraction:
        digits = []
        for char in fraction:
            if char not in _CN_DIGITS or char == "两":
                return None
            digits.append(str(_CN_DIGITS[char]))
        value += Decimal("0." + "".join(digits))
    return value


def _decimal(number: str) -> Decimal:
    """``1,200`` -> 1200, ``5-1/4`` -> 5.25, ``1/4`` -> 0.25 (exact where possible)."""
    number = number.replace(",", "")
    whole = Decimal(0)
    if "/" in number:
        head, _, frac = number.rpartition("-") if "-" in number else ("", "", number)
        if head:
            whole = Decimal(head)
        numerator, _, denominator = frac.partition("/")
        den = Decimal(denominator)
        if den == 0:
            raise InvalidOperation(number)
        return whole + Decimal(numerator) / den
    return Decimal(number)


def _as_float(value: Decimal) -> float:
    return float(value)


# --------------------------------------------------------------------------- Chinese

_ZH_MULT = r"万亿|亿|万|(?!千瓦|千伏|千米|千克|千分点)千|(?!百分点|百分之)百"
# possessive quantifiers: a long run of digits is read once, never backtracked into
_NUM = r"\d++(?:,\d{3})++(?:\.\d++)?|\d++(?:\.\d++)?"
_ZH_NUMBER = re.compile(
    # the look-ahead only says how a match can begin; it lets the scan skip other characters
    rf"(?=[负\-\d])"
    rf"(?P<neg>负|(?<![0-9A-Za-z%.\-])-)?"
    rf"(?P<a>{_NUM})(?P<amult>{_ZH_MULT})?(?P<apct>%)?"
    rf"(?:(?P<sep>-|~|—|至)(?P<b>{_NUM}))?"
    rf"(?P<approx>多|余)?(?P<mult>{_ZH_MULT})?(?P<unit>{zh.NUMBER_UNITS})?"
)
_CN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
_ANY_DIGIT = re.compile(r"\d")
_ZH_ANY_NUMBER = re.compile(rf"[\d{_CN_NUMERAL}]")
_ZH_CN_NUMBER = re.compile(
    rf"(?=[{_CN_NUMERAL}])"
    rf"(?P<pct>百分之)?(?P<cn>[{_CN_NUMERAL}]+(?:点[零〇一二三四五六七八九]+)?)"
    rf"(?P<unit>{zh.NUMBER_UNITS})?"
)
_ZH_CLAUSE_DELIMS = frozenset("，；：。！？,;:、（）()\n")
_QUOTE_SPAN = re.compile(
    r"“[^“”\n]{0,24}”|\"[^\"\n]{0,24}\"|《[^《》\n]{0,60}》|「[^「」\n]{0,24}」|‘[^‘’\n]{0,24}’"
)
_ZH_CJK = re.compile(r"[\u4e00-\u9fff]")

MAX_QUANTITIES = 200
"""Quantities read from one sentence, at most; later ones in the same sentence are ignored.

A real report sentence holds a few dozen figures at the very most; the cap keeps a
pathological input (a 10 MB line of figures with no sentence end) linear and fast.
"""
MAX_CANDIDATES = 5000
"""Number-like matches examined in one sentence, at most (years, codes and bare digits
included); what follows them in the same sentence is ignored. Bounds the Python work
on a line of digits and punctuation (``1,1,1,…``) that holds no quantity at all."""
_MAX_NUMBER_CHARS = 64  # a longer run of digits is a code or garbage, not a figure

_WINDOW = 48  # characters of a clause read before a number
_SENTENCE_WINDOW = 240  # characters read back for cues and for an object to inherit


@dataclass(frozen=True)
class _Raw:
    """A number found in folded text before its metric is decided."""

    start: int
    end: int
    core_start: int  # where the number itself starts (after verb/qualifier)
    value: Decimal
    high: Decimal | None
    unit: str
    qualifier: str | None


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_SPAN.finditer(text)]


def _inside(spans: Sequence[tuple[int, int]], pos: int) -> bool:
    # spans are sorted and disjoint; a bisect would do, the lists are short per sentence
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][1] <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo < len(spans) and spans[lo][0] <= pos < spans[lo][1]


def _zh_suffix_qualifier(text: str, end: int) -> tuple[str | None, int]:
    match = zh.QUALIFIERS_AFTER.match(text, end)
    if match is None:
        return None, end
    word = match.group()
    if word == "内" and not text.startswith("控制", max(0, end - 10)):
        # 内 alone only after 控制在…; elsewhere it begins a word (内需, 内陆)
        return None, end
    return word, match.end()


def _zh_prefix_qualifier(text: str, start: int) -> tuple[str | None, int]:
    window = text[max(0, start - 4) : start]
    match = zh.QUALIFIERS_BEFORE.search(window)
    if match is None:
        return None, start
    word = match.group()
    if word == "达":
        return None, start  # a verb, handled by the verb finder
    if word == "近" and window.endswith("最近"):
        return None, start
    return word, start - len(word)


def _zh_size_class(text: str, end: int, unit: str) -> bool:
    """Whether the figure ending at ``end`` only sizes the noun after it."""
    if unit in zh.ATTRIBUTE_UNITS:
        return zh.SIZE_CLASS_AFTER.match(text, end) is not None
    if unit in zh.SIZED_UNITS:
        return zh.SIZED_ENTITY_AFTER.match(text, end) is not None
    return False


def _zh_numbers(text: str) -> list[_Raw]:
    """Every Arabic or Chinese-numeral quantity in folded Chinese ``text``.

    At most :data:`MAX_QUANTITIES` of each kind are read, the first in the text.
    """
    # every quoted span opens with one of these; most sentences have none
    quotes = (
        _quoted_spans(text)
        if "“" in text or '"' in text or "《" in text or "「" in text or "‘" in text
        else []
    )
    found: list[_Raw] = []
    arabic_matches = _ZH_NUMBER.finditer(text) if _ANY_DIGIT.search(text) else ()
    for examined, match in enumerate(arabic_matches):
        if len(found) >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        # the cheap refusals first (a year: 2024年); none of them depends on another
        unit = match.group("unit") or ""
        if unit in zh.UNITS_NOT_AMOUNTS:
            continue
        start, end = match.span()
        a_start = match.start("a")
        if end - start > _MAX_NUMBER_CHARS or (quotes and _inside(quotes, a_start)):
            continue
        before = text[a_start - 1] if a_start > 0 else ""
        after = text[end] if end < len(text) else ""
        mult = match.group("mult") or match.group("amult") or ""
        if before.isascii() and before.isalpha():
            continue  # C919, PM2.5
        if after.isascii() and after.isalpha() and not unit:
            continue  # 5G
        if before and before in "第.":
            continue
        if _is_outline(text, a_start, match.end("a"), end):
            continue
        apct = match.group("apct")
        if apct:
            unit = unit or "%"
        if not unit and not mult:
            continue
        try:
            low = _decimal(match.group("a"))
            high = _decimal(match.group("b")) if match.group("b") else None
        except (InvalidOperation, ValueError):
            continue
        factor = _MULTIPLIERS.get(mult, Decimal(1))
        amult = match.group("amult")
        low_factor = _MULTIPLIERS.get(amult, factor) if amult else factor
        low *= low_factor
        if high is not None:
            high *= factor
            if high < low:
                continue  # 1千-0, 2025-2: not a range, and no figure worth guessing at
        if match.group("neg"):
            low = -low
        if _zh_size_class(text, end, unit):
            continue
        qualifier, q_end = _zh_suffix_qualifier(text, end)
        approx = match.group("approx")
        if qualifier is None and approx:
            qualifier = approx
        pre_qualifier, q_start = _zh_prefix_qualifier(text, start)
        if qualifier is None:
            qualifier = pre_qualifier
        if unit == "百分点":
            unit = "个百分点"
        found.append(_Raw(q_start, q_end, start, low, high, unit, qualifier))
    arabic = len(found)
    # when the cap cut the Arabic figures short, read numerals only up to where it did
    stop = found[-1].end if arabic >= MAX_QUANTITIES else len(text)
    for examined, match in enumerate(_ZH_CN_NUMBER.finditer(text, 0, stop)):
        if len(found) - arabic >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        if match.end() - match.start() > _MAX_NUMBER_CHARS:
            continue
        raw = _zh_chinese_numeral(text, match, quotes)
        if raw is not None and not any(
            r.core_start <= raw.core_start < r.end for r in found[:arabic]
        ):
            found.append(raw)
    found.sort(key=lambda r: r.core_start)
    return _merge_ranges(text, found[:MAX_QUANTITIES])


def _merge_ranges(text: str, found: list[_Raw]) -> list[_Raw]:
    """``100万元至300万元`` is one range, not two figures."""
    merged: list[_Raw] = []
    for raw in found:
        if merged:
            prev = merged[-1]
            between = text[prev.end : raw.core_start]
            if (
                between in zh.RANGE_JOINERS
                and prev.unit == raw.unit
                and prev.high is None
                and raw.high is None
                and prev.qualifier is None
                and prev.value < raw.value
            ):
                merged[-1] = _Raw(
                    prev.start,
                    raw.end,
                    prev.core_start,
                    prev.value,
                    raw.value,
                    raw.unit,
                    raw.qualifier,
                )
                continue
        merged.append(raw)
    return merged


def _is_outline(text: str, start: int, numeral_end: int, end: int) -> bool:
    """Whether the count at ``start`` tells how a text is laid out, not a figure.

    ``numeral_end`` is where its numeral ends, ``end`` where its unit does:
    以下十二个方面, 提出20项主要指标, 6个方面18条措施, 提出十二项举措.
    """
    if text.startswith(zh.OUTLINE_NOUNS, numeral_end) or text.startswith(zh.OUTLINE_NOUNS, end):
        return True
    return (
        text.startswith(("项", "个", "条"), numeral_end)
        and zh.OUTLINE_LEAD.search(text, max(0, start - 8), start) is not None
    )


_CN_LEADING = frozenset("零〇一二两三四五六七八九十")  # a numeral starts with one (not 百姓)
_CN_BIG_CHARS = frozenset("百千万亿")
_APPROX_PAIR = re.compile(r"^[一二两三四五六七八九]{2}$")


def _zh_chinese_numeral(
    text: str, match: re.Match[str], quotes: list[tuple[int, int]]
) -> _Raw | None:
    numeral = match.group("cn")
    unit = match.group("unit") or ""
    pct = bool(match.group("pct"))
    if not pct and numeral[0] not in _CN_LEADING:
        return None  # 百姓, 千方百计, 万家灯火
    if unit in zh.UNITS_NOT_AMOUNTS:
        return None
    start = match.start()
    if _inside(quotes, start):
        return None
    before = text[start - 1] if start > 0 else ""
    after = text[match.end()] if match.end() < len(text) else ""
    if (before and before in "第周初其之每届（(") or (after and after in "是）)、"):
        return None
    if text.startswith(zh.SESSION_NAMES, match.end()):
        return None  # 十一届九次、十次全会: a session's name
    if _is_outline(text, start, match.end("cn"), match.end()):
        return None
    if pct:
        unit = "%"
    value = parse_chinese_number(numeral)
    high: Decimal | None = None
    qualifier: str | None = None
    if value is None:
        if not _APPROX_PAIR.match(numeral) or not unit:
            return None
        first, second = _CN_DIGITS[numeral[0]], _CN_DIGITS[numeral[1]]
        if second != first + 1:
            return None
        value, high, qualifier = Decimal(first), Decimal(second), "约"
    elif not unit and (len(numeral) < 2 or _CN_BIG_CHARS.isdisjoint(numeral)):
        return None  # a bare numeral counts only when unmistakably a number (一万零一十二)
    if unit in zh.COUNT_UNITS and value < 10:
        # 一批, 两个市场, 八项规定, 两三个: rhetoric and names rather than measured amounts
        return None
    end = match.end()
    suffix, q_end = _zh_suffix_qualifier(text, end)
    prefix, q_start = _zh_prefix_qualifier(text, start)
    return _Raw(q_start, q_end, start, value, high, unit, qualifier or suffix or prefix)


_ZH_CLAUSE_DELIM = re.compile("[" + re.escape("".join(sorted(_ZH_CLAUSE_DELIMS))) + "]")


def _clause_start(text: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - _WINDOW)
    # the last delimiter before pos is the first one of the window read backwards
    delim = _ZH_CLAUSE_DELIM.search(text[lo:pos][::-1])
    return lo if delim is None else pos - delim.start()


_METRIC_PUNCT = re.compile(r"[“”\"‘’《》「」\s—\-·\u200b-\u200d\ufeff]|\[\d+\]")


def _clean_zh_metric(phrase: str) -> str:
    phrase = zh.METRIC_YEAR_OR_PERIOD.sub("", phrase)
    phrase = _METRIC_PUNCT.sub("", phrase)
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = zh.METRIC_FILLER_HEAD.sub("", phrase)
        phrase = zh.METRIC_FILLER_TAIL.sub("", phrase)
    return _shorten(phrase)


_METRIC_MAX = 24  # characters of a metric name; a longer subject keeps its head noun phrase


def _shorten(phrase: str) -> str:
    """A long subject cut at a word boundary (after its last 的, 对, 推动 …), never mid-word."""
    if len(phrase) <= _METRIC_MAX:
        return phrase
    cuts = [m.end() for m in zh.METRIC_CUT_AFTER.finditer(phrase) if len(phrase) - m.end() >= 4]
    for cut in reversed(cuts):
        if len(phrase) - cut <= _METRIC_MAX:
            return phrase[cut:]
    return phrase


def _zh_inherit_object(text: str, verb: str, clause_start: int) -> str:
    """The object of an earlier use of ``verb`` in the sentence.

    ``发行超长期特别国债，…，今年先发行1万亿元`` -> ``超长期特别国债``.
    """
    core = verb[-2:] if len(verb) >= 2 else verb
    lo = max(0, clause_start - _SENTENCE_WINDOW)
    position = text.rfind(core, lo, clause_start)
    if position < 0:
        return ""
    i = position + len(core)
    j = i
    while j < clause_start and j - i < 20 and text[j] not in _ZH_CLAUSE_DELIMS:
        j += 1
    candidate = _clean_zh_metric(text[i:j])
    return candidate if len(candidate) >= 2 else ""


_FOLLOWING_MAX = 24  # characters of a counted noun read after a figure


def _zh_following_noun(text: str, end: int) -> str:
    """The noun a figure counts when it follows the figure (``新建200个智能车间``).

    Reads to the clause end or the next figure (cut back to the last ``和``/``、``
    then: ``66个粮食产能提升重点县和豫东平原200万亩`` counts 重点县); stops where a
    predicate begins (``5家企业建设世界一流企业``); drops a modifier ending in 的
    when a noun of two or more characters is left.
    """
    j = end
    while (
        j < len(text)
        and j - end < _FOLLOWING_MAX
        and text[j] not in _ZH_CLAUSE_DELIMS
        and not text[j].isdigit()
    ):
        j += 1
    if j - end >= _FOLLOWING_MAX:
        return ""  # a long run: the number starts a new statement, not a counted noun
    run = text[end:j]
    modifier = run.rfind("的")
    if modifier >= 0 and len(_ZH_CJK.findall(run[modifier + 1 :])) >= 2:
        run = run[modifier + 1 :]  # 100所达到二级医院服务能力的|县域医疗卫生次中心
    if zh.PREDICATE_START.match(run):
        return ""  # 1000家新增规上工业企业: the next statement, not a counted noun
    if j < len(text) and text[j].isdigit():
        cut = max(run.rfind("和"), run.rfind("、"), run.rfind("及"))
        if cut > 0:
            run = run[:cut]
    predicate = zh.PREDICATE_AFTER_NOUN.search(run, 2)
    if predicate is not None:
        run = run[: predicate.start()]
    candidate = _clean_zh_metric(run)
    cut = candidate.rfind("的")
    if cut >= 0 and len(_ZH_CJK.findall(candidate[cut + 1 :])) >= 2:
        candidate = candidate[cut + 1 :]
    if candidate in zh.LEVEL_WORDS:
        return ""  # 迈上3万亿元台阶: a level reached, not what is counted
    return candidate if len(_ZH_CJK.findall(candidate)) >= 2 else ""


# units that are classifiers: the noun after ``数词+量词`` is what is counted
_ZH_CLASSIFIERS = zh.COUNT_UNITS | {"亩"}


def _zh_metric(
    text: str, raw: _Raw, floor: int, previous_metric: str | None
) -> tuple[str, str | None, int, bool]:
    """(metric, verb, phrase start, is a delta) for the number ``raw`` in folded ``text``."""
    clause_start = _clause_start(text, raw.start, floor)
    clause = text[clause_start : raw.start]
    verb: str | None = None
    phrase_start = raw.start
    metric = ""
    last = None
    for last in zh.FIGURE_VERBS.finditer(clause):  # noqa: B007 - we want the last one
        pass
    if last is not None:
        verb = last.group()
        before, after = clause[: last.start()], clause[last.end() :]
        object_ = _clean_zh_metric(after)
        if len(_ZH_CJK.findall(object_)) >= 2:
            metric = object_
        else:
            metric = _clean_zh_metric(before)
            if after.strip() == "":
                phrase_start = clause_start + last.start()
        if zh.COMPARISON_LEAD.match(before) and previous_metric:
            basis = (
                "比上年" if zh.COMPARED_WITH_LAST_YEAR.search(before) else _clean_zh_metric(before)
            )
            return previous_metric + basis + verb, verb, phrase_start, True
        if metric and len(metric) <= 2 and verb in zh.GROWTH_VERBS:
            metric += verb
    else:
        metric = _clean_zh_metric(clause)
    if raw.unit in _ZH_CLASSIFIERS and raw.end < len(text) and _ZH_CJK.match(text[raw.end]):
        # 数词+量词+名词: 新建200个智能车间, 洛阳等10个国家物流枢纽, 新增8个省产业园
        metric = _zh_following_noun(text, raw.end) or metric
    if (not metric or zh.EMPTY_METRIC.match(metric)) and raw.unit not in ("%", "个百分点", "‰"):
        metric = _zh_following_noun(text, raw.end) or metric
    if not metric and verb:
        metric = _zh_inherit_object(text, verb, clause_start)
    if not metric and previous_metric:
        metric = previous_metric
    if not metric:
        # no subject anywhere near: name it by what follows (3000亿元支持消费品以旧换新)
        tail = raw.end
        j = tail
        while j < len(text) and j - tail < 20 and text[j] not in _ZH_CLAUSE_DELIMS:
            j += 1
        phrase = text[tail:j]
        if phrase.startswith("的"):  # 5.5%左右的预期增长目标与…: the noun it qualifies
            noun = phrase[1:]
            end = zh.QUALIFIED_NOUN_END.search(noun, 2)  # never inside its first word
            phrase = noun[: end.start()] if end else noun
        metric = _clean_zh_metric(phrase)
    if verb == "从" or verb == "由":
        phrase_start = raw.start
    if previous_metric and clause_start and text[clause_start - 1] == "、":
        metric = _zh_shared_subject(metric, previous_metric)
    return metric, verb, phrase_start, False


def _zh_shared_subject(metric: str, previous: str) -> str:
    """A bare measure after ``、`` with the subject of the list's previous entry."""
    if metric not in zh.BARE_MEASURES:
        return metric
    for measure in zh.BARE_MEASURES:
        if previous.endswith(measure) and len(_ZH_CJK.findall(previous[: -len(measure)])) >= 2:
            return previous[: -len(measure)] + metric
    return metric


def _zh_kind(text: str, pos: int, plan: bool) -> NumberKind:
    """Target in the plan part, or with a goal cue in the number's clause or in the
    lead-in of a list (``主要预期目标是：…；…``); otherwise an outcome.

    A clause about the past year (``去年居民消费价格涨幅回落到2.6%``) is an outcome
    even in the plan part; ``今年`` with a modal (``今年再压减钢铁产能…``) is a target
    anywhere.
    """
    clause = text[_clause_start(text, pos, 0) : pos]
    sentence_head = text[:8]
    if zh.PAST_YEAR.search(clause) or (
        zh.PAST_YEAR.match(sentence_head) and not zh.THIS_YEAR.search(clause)
    ):
        return "actual"
    if plan:
        return "target"
    if zh.TARGET_CUES.search(clause) or zh.TARGET_CLAUSE_CUES.search(clause):
        return "target"
    this_year = zh.THIS_YEAR.search(text, max(0, pos - _SENTENCE_WINDOW), pos)
    if this_year is not None and zh.PLAN_MODAL.search(text, this_year.end(), pos):
        return "target"
    window_start = max(0, pos - _SENTENCE_WINDOW)
    colon = max(text.rfind("：", window_start, pos), text.rfind(":", window_start, pos))
    if colon > 0:
        lead_in = text[max(0, colon - 16) : colon]
        if zh.TARGET_CUES.search(lead_in) or zh.TARGET_LEAD_IN.search(lead_in):
            return "target"
    return "actual"


_ZH_ENUM_STRICT = re.compile(r"、")
_ZH_SUBJECT_DELIMS = frozenset("，；：。！？,;:（）()\n")
_ENUM_GAP = 8  # characters allowed between 分别 and its first figure (再提高, 增长)

_Found = tuple[_Raw, str, str | None, int, NumberKind]


def _zh_enumeration_parts(subject: str, count: int) -> list[str] | None:
    """``A、B增加值`` -> [``A增加值``, ``B增加值``]; None when the parts are not ``count``."""
    parts = _ZH_ENUM_STRICT.split(subject)
    if len(parts) != count:
        parts = zh.ENUMERATION_SPLIT.split(subject)
    if len(parts) != count:
        return None
    last = parts[-1]
    head = next((m for m in zh.MEASURE_HEAD.finditer(last) if m.start() > 0), None)
    if head is not None:
        tail = last[head.start() :]
        parts = [p if zh.MEASURE_HEAD.search(p) else p + tail for p in parts[:-1]] + [last]
    cleaned = [_clean_zh_metric(p) for p in parts]
    if any(len(_ZH_CJK.findall(p)) < 2 for p in cleaned):
        return None
    return cleaned


def _zh_enumerations(text: str, results: list[_Found]) -> list[_Found]:
    """Give each figure of ``A和B…分别提高X和Y`` its own subject: A gets X, B gets Y.

    Every figure keeps the verb (``提高``), so increments stay increments. Runs once
    over the ``分别`` of the text; each figure is looked at by one ``分别`` at most.
    """
    if "分别" not in text or len(results) < 2:
        return results
    out = list(results)
    starts = [r[0].start for r in results]
    for match in re.finditer("分别", text):
        first = bisect.bisect_left(starts, match.end())
        if first >= len(out) or out[first][0].start - match.end() > _ENUM_GAP:
            continue
        gap = text[match.end() : out[first][0].start]
        if any(c in _ZH_SUBJECT_DELIMS for c in gap):
            continue
        last = first
        while last + 1 < len(out) and text[out[last][0].end : out[last + 1][0].start] in (
            zh.ENUMERATION_JOINERS
        ):
            last += 1
        count = last - first + 1
        if count < 2:
            continue
        floor = out[first - 1][0].end if first > 0 else 0
        i = match.start()
        while i > max(floor, match.start() - 60) and text[i - 1] not in _ZH_SUBJECT_DELIMS:
            i -= 1
        parts = _zh_enumeration_parts(text[i : match.start()], count)
        if parts is None:
            continue
        verb = out[first][2]
        if verb is None:
            verbs = list(zh.FIGURE_VERBS.finditer(gap))
            verb = verbs[-1].group() if verbs else None
        for k, part in zip(range(first, last + 1), parts, strict=True):
            raw, _metric, _verb, phrase_start, kind = out[k]
            out[k] = (raw, part, verb, phrase_start, kind)
    return out


def _extract_zh(folded: str, plan: bool) -> list[_Found]:
    results: list[_Found] = []
    subject: str | None = None  # the metric a following verb-only clause inherits
    previous_end = 0
    for raw in _zh_numbers(folded):
        metric, verb, phrase_start, delta = _zh_metric(folded, raw, previous_end, subject)
        kind = _zh_kind(folded, raw.core_start, plan)
        results.append((raw, metric, verb, phrase_start, kind))
        if not delta:
            subject = metric
        previous_end = raw.end
    return _zh_enumerations(folded, results)


# --------------------------------------------------------------------------- English

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


def _extract_en(folded: str, plan: bool) -> list[tuple[_Raw, str, str | None, int, NumberKind]]:
    results: list[tuple[_Raw, str, str | None, int, NumberKind]] = []
    dates = [(m.start(), m.end()) for m in _EN_DATE.finditer(folded)]
    cued = bool(en.TARGET_CUES.search(folded[: _SENTENCE_WINDOW * 4]))
    # in the plan part, a sentence about the year gone by reports outcomes
    sentence_target = cued or (plan and not en.PAST_YEAR.search(folded[: _SENTENCE_WINDOW * 4]))
    previous_end = 0
    previous_metric: str | None = None
    for examined, match in enumerate(_EN_NUMBER.finditer(folded)):
        if len(results) >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        if _inside(dates, match.start("a")) or match.end() - match.start() > _MAX_NUMBER_CHARS:
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
            low = _decimal(match.group("a"))
            high = _decimal(match.group("b")) if match.group("b") else None
        except (InvalidOperation, ValueError):
            continue
        factor = _MULTIPLIERS.get(scale, Decimal(1))
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
        kind: NumberKind = "target" if sentence_target else "actual"
        raw = _Raw(q_start, end, start, low, high, unit, qualifier)
        results.append((raw, metric, verb, q_start, kind))
        previous_end = end
        previous_metric = metric or previous_metric
    return results


# --------------------------------------------------------------------------- public API


def extract(text: str, language: Language, *, plan: bool = False) -> tuple[Quantity, ...]:
    """Every quantity in one sentence, with its metric, verb, value, unit and qualifier.

    ``plan`` says the sentence sits in the plan part of a report, which makes each
    quantity a target. ``start``/``end`` of each quantity index ``text`` itself.
    """
    if (_ZH_ANY_NUMBER if language == "zh" else _ANY_DIGIT).search(text) is None:
        return ()  # every figure holds a digit (full-width ones fold to digits) or a numeral
    folded, offsets = _fold(text)
    found = _extract_zh(folded, plan) if language == "zh" else _extract_en(folded, plan)
    quantities: list[Quantity] = []
    for raw, metric, verb, phrase_start, kind in found:
        start = offsets[phrase_start] if offsets else phrase_start
        end = offsets[raw.end] if offsets else raw.end
        quantities.append(
            Quantity(
                metric=metric,
                value=_as_float(raw.value),
                high=None if raw.high is None else _as_float(raw.high),
                unit=raw.unit,
                qualifier=raw.qualifier,
                text=text[start:end],
                kind=kind,
                verb=verb,
                start=start,
                end=end,
            )
        )
    return tuple(quantities)


_Memo = dict[tuple[str, Language, bool], tuple[Quantity, ...]]


def document_quantities(doc: Document) -> tuple[LocatedQuantity, ...]:
    """All quantities of ``doc``, each a target when its sentence is in the plan part."""
    return _document_quantities(doc, {})


def _document_quantities(doc: Document, memo: _Memo) -> tuple[LocatedQuantity, ...]:
    """:func:`document_quantities`, reading each distinct sentence once: ``memo`` keeps
    :func:`extract` by (text, language, plan), and may be shared by several documents
    (editions repeat sentences)."""
    plan_part = plan_sections(doc)
    # in a review, 预计 gives an estimate of the past year's outcome, not a goal
    review_part = review_sections(doc) - plan_part if doc.language == "zh" else frozenset()
    plan_started_in: int | None = None
    located: list[LocatedQuantity] = []
    language = doc.language
    for sentence in doc.sentences:
        text = sentence.text
        plan = sentence.section in plan_part
        if language == "zh":
            if plan_started_in is not None and plan_started_in != sentence.section:
                plan_started_in = None
            # every plan sentence names a 目标; the test spares most sentences the regex
            if "目标" in text and zh.PLAN_SENTENCE.search(text):
                plan_started_in = sentence.section
            plan = plan or plan_started_in is not None
        key = (text, language, plan)
        quantities = memo.get(key)
        if quantities is None:
            quantities = memo[key] = extract(text, language, plan=plan)
        if not quantities:
            continue
        dissent = language == "en" and en.DISSENT.search(text) is not None
        estimated = sentence.section in review_part and "预计" in text
        for quantity in quantities:
            if estimated and quantity.kind == "target" and _estimate(text, quantity.start):
                quantity = dataclasses.replace(quantity, kind="actual")
            if dissent:
                # a dissenter's preferred setting is not the decision: keep it apart
                quantity = dataclasses.replace(quantity, metric=f"{quantity.metric} (dissent)")
            located.append(LocatedQuantity(quantity, sentence.index))
    return tuple(located)


def _estimate(text: str, start: int) -> bool:
    """Whether the only goal cue of the figure at ``start`` is 预计 (an estimate)."""
    clause = text[_clause_start(text, start, 0) : start]
    if "预计" not in clause and "预计" not in text[max(0, start - _ESTIMATE_REACH) : start]:
        return False
    for cue in zh.TARGET_CUES.finditer(clause):
        if cue.group() != "预计" and not clause.startswith("寿命", cue.end()):
            return False  # 预计 with 目标, 力争 … is a goal after all (预期寿命 is a name)
    return zh.THIS_YEAR.search(clause) is None


_ESTIMATE_REACH = 16  # characters before a figure that 预计 may stand (预计全市地区生产总值增长…)


# --------------------------------------------------------------------------- comparing

_KEY_STRIP = re.compile(r"[\s“”\"‘’《》「」()（）,，.。:：;；、·\-—]+")


@functools.lru_cache(maxsize=1 << 16)
def metric_key(metric: str) -> str:
    """The form of a metric name used to pair it across editions (years and punctuation gone)."""
    key = unicodedata.normalize("NFKC", metric).lower()
    key = re.sub(r"(?:19|20)\d{2}年?", "", key)
    key = en.ARTICLES.sub("", key)
    return _KEY_STRIP.sub("", key)


_FUZZY_CUTOFF = 85.0  # WRatio of two metric names that are one metric
_FUZZY_SAME_FIGURE_CUTOFF = 70.0  # ... when both state the same figure
_SAME_FIGURE_BONUS = 15.0
_FUZZY_MIN_KEY = 3
_FUZZY_LIMIT = 1_000_000  # leftover pairs compared by metric name, at most


def _same(a: Quantity, b: Quantity) -> bool:
    def close(x: float | None, y: float | None) -> bool:
        if x is None or y is None:
            return x is y
        return math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)

    return close(a.value, b.value) and close(a.high, b.high) and a.qualifier == b.qualifier


def _distance(a: Quantity, b: Quantity) -> float:
    x, y = abs(a.value), abs(b.value)
    if x == 0 or y == 0:
        return abs(x - y)
    return abs(math.log(x / y))


_SAME_SENTENCE = 60.0  # rapidfuzz ratio above which two sentences are one sentence edited


_PAIRWISE_LIMIT = 250_000  # quantity pairs of one metric compared one by one, at most


def _pair_bucket_large(
    olds: list[LocatedQuantity], news: list[LocatedQuantity]
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """:func:`_pair_bucket` for a metric stated thousands of times: identical figures in
    document order, then the rest by rank of value; O(n log n)."""
    waiting: dict[tuple[float, float | None, str | None], list[LocatedQuantity]] = {}
    for n in reversed(news):
        waiting.setdefault((n.quantity.value, n.quantity.high, n.quantity.qualifier), []).append(n)
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_old: list[LocatedQuantity] = []
    for o in olds:
        queue = waiting.get((o.quantity.value, o.quantity.high, o.quantity.qualifier))
        if queue:
            pairs.append((o, queue.pop()))
        else:
            rest_old.append(o)
    rest_new = [n for queue in waiting.values() for n in queue]
    rest_old.sort(key=lambda x: (x.quantity.value, x.sentence))
    rest_new.sort(key=lambda x: (x.quantity.value, x.sentence))
    count = min(len(rest_old), len(rest_new))
    pairs.extend(zip(rest_old[:count], rest_new[:count], strict=True))
    return pairs, rest_old[count:], rest_new[count:]


def _pair_bucket(
    olds: list[LocatedQuantity], news: list[LocatedQuantity], docs: tuple[Document, Document]
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """Pair one metric's quantities: identical figures first, then the same sentence
    edited (its text mostly kept), then the closest values.

    Ties go to the quantity at the nearest relative place in its document, so a
    figure stated in several paragraphs pairs with its own paragraph.
    """
    if len(olds) * len(news) > _PAIRWISE_LIMIT:
        return _pair_bucket_large(olds, news)
    n_old, n_new = max(len(docs[0].sentences), 1), max(len(docs[1].sentences), 1)

    def place(old: LocatedQuantity, new: LocatedQuantity) -> float:
        return abs(old.sentence / n_old - new.sentence / n_new)

    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_new = list(news)
    rest_old: list[LocatedQuantity] = []
    for old in olds:
        same = [n for n in rest_new if _same(old.quantity, n.quantity)]
        if not same:
            rest_old.append(old)
            continue
        hit = min(same, key=lambda n: place(old, n))
        pairs.append((old, hit))
        rest_new.remove(hit)
    if rest_old and len(rest_new) > 1:
        from rapidfuzz import fuzz

        def similarity(old: LocatedQuantity, new: LocatedQuantity) -> float:
            a = docs[0].sentences[old.sentence].key
            b = docs[1].sentences[new.sentence].key
            return fuzz.ratio(a, b, score_cutoff=_SAME_SENTENCE)

        still_old: list[LocatedQuantity] = []
        for old in rest_old:
            scored = [(similarity(old, n), n) for n in rest_new]
            best_score = max((score for score, _ in scored), default=0.0)
            if best_score <= 0:
                still_old.append(old)
                continue
            hit = next(n for score, n in scored if score == best_score)
            pairs.append((old, hit))
            rest_new.remove(hit)
        rest_old = still_old
    unmatched_old: list[LocatedQuantity] = []
    for old in rest_old:
        if not rest_new:
            unmatched_old.append(old)
            continue
        best = min(
            rest_new, key=lambda n: (round(_distance(old.quantity, n.quantity), 9), place(old, n))
        )
        pairs.append((old, best))
        rest_new.remove(best)
    return pairs, unmatched_old, rest_new


def _fuzzy_pairs(
    olds: list[LocatedQuantity], news: list[LocatedQuantity]
) -> list[tuple[LocatedQuantity, LocatedQuantity]]:
    """Pair leftovers of one (kind, unit) group by similar metric names, best scores first.

    Among similar names, the one with the same figure wins (a counted item reworded
    around an unchanged number is more likely the same item than one whose figure moved).
    """
    from rapidfuzz import fuzz, process

    if not olds or not news or len(olds) * len(news) > _FUZZY_LIMIT:
        return []  # beyond the limit the leftovers stay added and removed
    new_keys = [metric_key(n.quantity.metric) for n in news]
    # editions repeat their metric names: each distinct pair of names is scored once,
    # and ranked as process.extract(limit=10) ranks (score, then index in new_keys)
    where: dict[str, list[int]] = {}
    for j, new_key in enumerate(new_keys):
        where.setdefault(new_key, []).append(j)
    distinct = list(where)
    # two names without a character in common score 0 (below any cutoff): each name
    # is scored only against the names that share a character with it
    sharing: dict[str, set[int]] = {}
    spaced: set[int] = set()  # a name with whitespace has tokens: always scored
    for u, name in enumerate(distinct):
        if any(c.isspace() for c in name):
            spaced.add(u)
        for c in name:
            sharing.setdefault(c, set()).add(u)
    best: dict[str, list[tuple[float, int]]] = {}
    candidates: list[tuple[float, int, int]] = []
    for i, old in enumerate(olds):
        key = metric_key(old.quantity.metric)
        if len(key) < _FUZZY_MIN_KEY:
            continue  # 企业, 项目: too short to say which item it is by likeness alone
        ranked = best.get(key)
        if ranked is None:
            if any(c.isspace() for c in key):
                near = list(range(len(distinct)))
            else:
                near = sorted(spaced.union(*(sharing.get(c, ()) for c in set(key))))
            scored = [
                (score, j)
                for _choice, score, k in process.extract(
                    key,
                    [distinct[u] for u in near],
                    scorer=fuzz.WRatio,
                    score_cutoff=_FUZZY_SAME_FIGURE_CUTOFF,
                    limit=None,
                )
                for j in where[distinct[near[k]]]
            ]
            scored.sort(key=lambda c: (-c[0], c[1]))
            ranked = best[key] = scored[:10]
        for score, j in ranked:
            if len(new_keys[j]) < _FUZZY_MIN_KEY:
                continue
            if (
                _same(old.quantity, news[j].quantity)
                or old.quantity.value == news[j].quantity.value
            ):
                candidates.append((score + _SAME_FIGURE_BONUS, i, j))
            elif score >= _FUZZY_CUTOFF:
                candidates.append((score, i, j))
    # equally similar names: the closer figure first (14万亿元 pairs with 14.58万亿元, not
    # with the 11.37万亿元 it grew from)
    candidates.sort(
        key=lambda c: (-c[0], _distance(olds[c[1]].quantity, news[c[2]].quantity), c[1], c[2])
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    for _score, i, j in candidates:
        if i in used_old or j in used_new:
            continue
        used_old.add(i)
        used_new.add(j)
        pairs.append((olds[i], news[j]))
    return pairs


_STATUS_ORDER = {"changed": 0, "added": 1, "removed": 2, "unchanged": 3}


def _is_increment(q: Quantity) -> bool:
    """``标准提高30元`` is a change of a level, never to be paired with a level (``达到700元``).

    Percentages are left alone: ``增长5%`` is how a growth rate is stated.
    """
    return q.verb in zh.LEVEL_CHANGE_VERBS and q.unit not in ("%", "‰", "个百分点")


_BARE_METRICS = zh.BARE_METRICS | en.BARE_METRICS


def _signature(q: Quantity) -> tuple[str, str, float, float | None, str | None]:
    return (metric_key(q.metric), q.unit, q.value, q.high, q.qualifier)


def _period_sections(doc: Document) -> dict[int, str]:
    """Sections of ``doc`` (and their subsections) about a five-year period, with its
    name (``十五五``)."""
    period: dict[int, str] = {}
    for section in doc.sections:
        heading = section.heading or ""
        own = zh.PERIOD_HEADING.search(heading)
        if own and not zh.NOT_PERIOD_HEADING.search(heading):
            period[section.index] = own.group(1)
        elif section.parent is not None and section.parent in period:
            period[section.index] = period[section.parent]
    return period


def _horizons(doc: Document, items: Sequence[LocatedQuantity]) -> dict[int, str]:
    """What each figure over several years (by ``id``) spans; one year's figures are absent.

    A five-year goal (``年均增长5%左右``, ``到2030年…``, a figure in the section on the
    “十五五” period) must not pair with a one-year target of the same metric, and a
    reader must see which it is: ``到2030年``, ``“十五五”年均``, ``“十五五”时期`` or
    ``年均``. Chinese only; elsewhere every figure is a one-year figure.
    """
    horizons: dict[int, str] = {}
    if doc.language != "zh":
        return horizons
    period = _period_sections(doc)
    found = common.YEAR.search(doc.label)
    label_year = int(found.group()) if found else None
    for item in items:
        sentence = doc.sentences[item.sentence]
        before = sentence.text[: item.quantity.start]
        clause = before[_clause_start(before, len(before), 0) :]
        later = [
            year
            for year in (int(m.group(1)) for m in zh.BY_YEAR.finditer(before))
            if label_year is not None and year > label_year
        ]
        per_year = zh.PER_YEAR.search(clause) is not None
        name = period.get(sentence.section)
        if later:
            horizons[id(item)] = f"到{later[-1]}年"
        elif name is not None:
            horizons[id(item)] = f"“{name}”" + ("年均" if per_year else "时期")
        elif per_year:
            horizons[id(item)] = "年均"
    return horizons


def _with_horizon(metric: str, horizon: str | None) -> str:
    """``地区生产总值（“十五五”年均）``: the metric of a figure over several years."""
    if horizon is None or not metric:
        return metric
    if horizon.endswith("年均") and "年均" in metric:
        horizon = horizon[: -len("年均")]
    return f"{metric}（{horizon}）" if horizon else metric


def _anchors(
    old: Document, new: Document, sentences: Sequence[SentencePair] | None
) -> list[tuple[int, int, bool]]:
    """Sentence pairs whose quantities pair first: (old index, new index, identical).

    With the alignment, every paired sentence; without it, sentences whose comparison
    key is identical on both sides (in order of occurrence, so a repeated sentence
    pairs with its own repeat).
    """
    if sentences is not None:
        return [
            (p.old, p.new, p.status in ("unchanged", "moved"))
            for p in sentences
            if p.old is not None and p.new is not None
        ]
    waiting: dict[str, list[int]] = {}
    for sentence in reversed(new.sentences):
        waiting.setdefault(sentence.key, []).append(sentence.index)
    anchors: list[tuple[int, int, bool]] = []
    for sentence in old.sentences:
        queue = waiting.get(sentence.key)
        if queue:
            anchors.append((sentence.index, queue.pop(), True))
    return anchors


def _pair_in_sentence(
    olds: list[LocatedQuantity], news: list[LocatedQuantity], identical: bool
) -> tuple[
    list[tuple[LocatedQuantity, LocatedQuantity]], list[LocatedQuantity], list[LocatedQuantity]
]:
    """Pair the quantities of two paired sentences.

    Identical sentences pair position by position. A modified sentence pairs a
    quantity with the one of the same metric and unit (closest value first); what
    is left pairs when its unit has exactly one quantity left on each side (a
    reworded subject renames the metric, the figure is the same figure).
    """
    if identical and len(olds) == len(news):
        return list(zip(olds, news, strict=True)), [], []
    pairs: list[tuple[LocatedQuantity, LocatedQuantity]] = []
    rest_old: list[LocatedQuantity] = []
    rest_new = list(news)
    for o in olds:
        key = (metric_key(o.quantity.metric), o.quantity.unit)
        same = [n for n in rest_new if (metric_key(n.quantity.metric), n.quantity.unit) == key]
        if not same:
            rest_old.append(o)
            continue
        best = min(
            same,
            key=lambda n: (
                0 if _same(o.quantity, n.quantity) else 1,
                _distance(o.quantity, n.quantity),
            ),
        )
        pairs.append((o, best))
        rest_new.remove(best)
    left_old: list[LocatedQuantity] = []
    for o in rest_old:
        unit = o.quantity.unit
        mine = [x for x in rest_old if x.quantity.unit == unit]
        theirs = [n for n in rest_new if n.quantity.unit == unit]
        if len(mine) == 1 and len(theirs) == 1:
            pairs.append((o, theirs[0]))
            rest_new.remove(theirs[0])
        else:
            left_old.append(o)
    return pairs, left_old, rest_new


def compare_quantities(
    old: Document, new: Document, sentences: Sequence[SentencePair] | None = None
) -> tuple[NumberChange, ...]:
    """Pair the same metric across two editions and say whether its figure changed.

    Quantities of paired sentences pair first: with ``sentences`` (the alignment of
    the two documents) every paired sentence, without it every sentence that is
    identical on both sides. What is left pairs by metric across the documents
    (same kind and unit; the same metric name first, then similar names). A
    figure repeated in the same state is reported once; an added or removed
    figure that the other edition states anyway is not reported.

    Order: targets first (changed, added, removed, unchanged), then actuals in the
    same order; within a status, in document order.
    """
    memo: _Memo = {}
    all_old = _document_quantities(old, memo)
    all_new = _document_quantities(new, memo)
    by_old: dict[int, list[LocatedQuantity]] = {}
    by_new: dict[int, list[LocatedQuantity]] = {}
    for item in all_old:
        by_old.setdefault(item.sentence, []).append(item)
    for item in all_new:
        by_new.setdefault(item.sentence, []).append(item)

    changes: list[NumberChange] = []
    # a five-year goal and a one-year target of one metric are two figures: they pair
    # only with their own horizon, one does not restate the other, and the metric
    # says which it is
    multi_year = {**_horizons(old, all_old), **_horizons(new, all_new)}

    def record(o: LocatedQuantity | None, n: LocatedQuantity | None) -> None:
        shown = n if n is not None else o  # the newer side names the entry
        if shown is None:
            return
        status: NumberStatus
        if o is None:
            status = "added"
        elif n is None:
            status = "removed"
        else:
            status = "unchanged" if _same(o.quantity, n.quantity) else "changed"
        metric = _with_horizon(shown.quantity.metric, multi_year.get(id(shown)))
        changes.append(NumberChange(status, metric, shown.quantity.kind, o, n))

    anchored_old: set[int] = set()
    anchored_new: set[int] = set()
    for i, j, identical in _anchors(old, new, sentences):
        olds, news = by_old.get(i, []), by_new.get(j, [])
        if not olds and not news:
            continue
        pairs, _rest_old, _rest_new = _pair_in_sentence(olds, news, identical)
        for o, n in pairs:
            record(o, n)
            anchored_old.add(id(o))
            anchored_new.add(id(n))

    olds_left = [x for x in all_old if id(x) not in anchored_old]
    news_left = [x for x in all_new if id(x) not in anchored_new]
    # every quantity below is one of these: its signature is computed once
    signatures: dict[int, tuple[str, str, float, float | None, str | None]] = {}
    for x in (*all_old, *all_new):
        if id(x.quantity) not in signatures:
            signatures[id(x.quantity)] = _signature(x.quantity)

    def signature_of(q: Quantity) -> tuple[str, str, float, float | None, str | None]:
        return signatures[id(q)]

    def figure_of(x: LocatedQuantity) -> tuple[object, ...]:
        return (*signature_of(x.quantity), id(x) in multi_year)

    old_figures = {figure_of(x) for x in all_old}
    new_figures = {figure_of(x) for x in all_new}

    groups: dict[
        tuple[str, str, bool, bool], tuple[list[LocatedQuantity], list[LocatedQuantity]]
    ] = {}
    for side, items in ((0, olds_left), (1, news_left)):
        for item in items:
            q = item.quantity
            group_key = (q.kind, q.unit, _is_increment(q), id(item) in multi_year)
            group = groups.setdefault(group_key, ([], []))
            group[side].append(item)

    unpaired_old: list[LocatedQuantity] = []
    unpaired_new: list[LocatedQuantity] = []
    for group_old, group_new in groups.values():
        buckets: dict[str, tuple[list[LocatedQuantity], list[LocatedQuantity]]] = {}
        for side, items in ((0, group_old), (1, group_new)):
            for item in items:
                buckets.setdefault(metric_key(item.quantity.metric), ([], []))[side].append(item)
        left_old: list[LocatedQuantity] = []
        left_new: list[LocatedQuantity] = []
        for name, (bucket_old, bucket_new) in buckets.items():
            if not name:  # figures with no name found: nothing says two of them are one
                left_old.extend(bucket_old)
                left_new.extend(bucket_new)
                continue
            pairs, rest_old, rest_new = _pair_bucket(bucket_old, bucket_new, (old, new))
            for o, n in pairs:
                record(o, n)
            left_old.extend(rest_old)
            left_new.extend(rest_new)
        paired_old: set[int] = set()
        paired_new: set[int] = set()
        for o, n in _fuzzy_pairs(left_old, left_new):
            record(o, n)
            paired_old.add(id(o))
            paired_new.add(id(n))
        unpaired_old.extend(o for o in left_old if id(o) not in paired_old)
        unpaired_new.extend(n for n in left_new if id(n) not in paired_new)

    # an added or removed figure that is only a restatement is not news: the other
    # edition states it anyway, or this edition reports it already (a target repeated
    # in the paragraph that explains it)
    reported_old = {figure_of(c.old) for c in changes if c.old is not None}
    reported_new = {figure_of(c.new) for c in changes if c.new is not None}

    # a target named only by a bare word (5.5%左右的预期增长目标: 增长) restates a
    # target of its edition that has a name, when one states the same value
    def stated(x: LocatedQuantity) -> tuple[object, ...]:
        return (*signature_of(x.quantity)[1:], x.quantity.kind)  # the figure, not its name

    def bare(x: LocatedQuantity) -> bool:
        return metric_key(x.quantity.metric) in _BARE_METRICS

    named_old = {stated(x) for x in all_old if not bare(x)}
    named_new = {stated(x) for x in all_new if not bare(x)}

    def restated(x: LocatedQuantity, named: set[tuple[object, ...]]) -> bool:
        return x.quantity.kind == "target" and bare(x) and stated(x) in named

    for o in unpaired_old:
        figure = figure_of(o)
        if figure not in new_figures and figure not in reported_old and not restated(o, named_old):
            record(o, None)
    for n in unpaired_new:
        figure = figure_of(n)
        if figure not in old_figures and figure not in reported_new and not restated(n, named_new):
            record(None, n)

    # one entry per figure that stayed, appeared or went (a target restated in a later
    # paragraph); every changed place is its own entry
    seen: set[tuple[object, ...]] = set()
    kept: list[NumberChange] = []
    for change in changes:
        if change.status == "changed":
            kept.append(change)
            continue
        key = (
            change.status,
            change.kind,
            None if change.old is None else figure_of(change.old),
            None if change.new is None else figure_of(change.new),
        )  # a five-year goal and this year's target of one figure are two entries
        if key in seen:
            continue
        seen.add(key)
        kept.append(change)

    def order(change: NumberChange) -> tuple[int, int, int, int]:
        position = change.new.sentence if change.new else -1
        old_position = change.old.sentence if change.old else -1
        return (
            0 if change.kind == "target" else 1,
            _STATUS_ORDER[change.status],
            position if position >= 0 else old_position,
            old_position,
        )

    kept.sort(key=order)
    return tuple(kept)
