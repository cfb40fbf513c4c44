"""Chinese figures: Arabic and Chinese-numeral quantities with their unit, qualifier and range.

:func:`extract_zh` finds the figures of a folded sentence (refusing years, outline
counts, size classes and names), has :mod:`.zh_metrics` name each one and
:mod:`.kinds` say whether it is a target.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from diffreport.analyze.numbers.forms import zh_form
from diffreport.analyze.numbers.kinds import zh_kind
from diffreport.analyze.numbers.quantities import (
    ANY_DIGIT,
    CN_DIGITS,
    CN_NUMERAL,
    MAX_CANDIDATES,
    MAX_NUMBER_CHARS,
    MAX_QUANTITIES,
    MULTIPLIERS,
    Found,
    Raw,
    ZhFound,
    inside,
    parse_chinese_number,
    to_decimal,
)
from diffreport.analyze.numbers.zh_metrics import is_no_name, zh_enumerations, zh_metric
from diffreport.lexicon import zh

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


_ZH_CN_NUMBER = re.compile(
    rf"(?=[{CN_NUMERAL}])"
    rf"(?P<pct>百分之)?(?P<cn>[{CN_NUMERAL}]+(?:点[零〇一二三四五六七八九]+)?)"
    rf"(?P<unit>{zh.NUMBER_UNITS})?"
)
# the upper end of a per cent range, bare or in full (百分之八至九, 百分之八到百分之九), not a
# year or a century that follows 到 (由百分之十到二十世纪末…, …到一九五七年…)
_CN_PERCENT_UPPER = re.compile(
    rf"[至到](?:百分之)?(?P<cn>[{CN_NUMERAL}]+(?:点[零〇一二三四五六七八九]+)?)(?![年世])"
)


_HAN = re.compile(r"[\u4e00-\u9fff]")
#: a duration after these is an amount of time per period (每天一小时), not a label
_PER_PERIOD = ("每天", "每日", "每周", "每月", "每年")
_QUOTE_SPAN = re.compile(
    r"“[^“”\n]{0,24}”|\"[^\"\n]{0,24}\"|《[^《》\n]{0,60}》|「[^「」\n]{0,24}」|‘[^‘’\n]{0,24}’"
)


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_SPAN.finditer(text)]


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


def _zh_size_class(text: str, start: int, end: int, unit: str) -> bool:
    """Whether the figure at ``text[start:end]`` only sizes or labels the noun after it: a
    class (``五千亿级产业链``), an age bracket (``0-6岁儿童``), a duration that names a
    service (``240小时过境免签``, ``24小时不打烊站点``; not one per day, ``每天一小时校园体育
    活动``) or a population's size (``近14亿中国人的饭碗``, ``56个民族``)."""
    if unit in zh.RATING_UNITS or text.startswith("级", end):
        return True
    if unit in ("岁", "周岁") and zh.AGE_GROUP_AFTER.match(text, end):
        return True
    if (
        unit in zh.LABEL_UNITS
        and _HAN.match(text, end)
        and not zh.QUALIFIERS_AFTER.match(text, end)
        and not text.endswith(_PER_PERIOD, 0, start)
    ):
        return True
    # 13亿人口 is read as 13亿人 before 口, 56个民族 as 56个: the population's word starts
    # at its unit
    if unit in ("", "人", "个") and zh.POPULATION_FIGURE_AFTER.match(
        text, end - 1 if unit else end
    ):
        return True
    if unit in zh.ATTRIBUTE_UNITS:
        return zh.SIZE_CLASS_AFTER.match(text, end) is not None
    if unit in zh.SIZED_UNITS:
        return zh.SIZED_ENTITY_AFTER.match(text, end) is not None
    return False


def _zh_numbers(text: str) -> list[Raw]:
    """Every Arabic or Chinese-numeral quantity in folded Chinese ``text``.

    At most :data:`MAX_QUANTITIES` of each kind are read, the first in the text.
    """
    # every quoted span opens with one of these; most sentences have none
    quotes = (
        _quoted_spans(text)
        if "“" in text or '"' in text or "《" in text or "「" in text or "‘" in text
        else []
    )
    arabic = _arabic_figures(text, quotes)
    found = arabic + _numeral_figures(text, quotes, arabic)
    found.sort(key=lambda r: r.core_start)
    return _merge_ranges(text, found[:MAX_QUANTITIES])


def _arabic_figures(text: str, quotes: list[tuple[int, int]]) -> list[Raw]:
    """The figures written in Arabic digits, at most :data:`MAX_QUANTITIES`."""
    found: list[Raw] = []
    arabic_matches = _ZH_NUMBER.finditer(text) if ANY_DIGIT.search(text) else ()
    for examined, match in enumerate(arabic_matches):
        if len(found) >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        raw = _arabic_figure(text, match, quotes)
        if raw is not None:
            found.append(raw)
    return found


def _numeral_figures(text: str, quotes: list[tuple[int, int]], arabic: list[Raw]) -> list[Raw]:
    """The figures written in Chinese numerals, outside the ``arabic`` ones."""
    found: list[Raw] = []
    # when the cap cut the Arabic figures short, read numerals only up to where it did
    stop = arabic[-1].end if len(arabic) >= MAX_QUANTITIES else len(text)
    for examined, match in enumerate(_ZH_CN_NUMBER.finditer(text, 0, stop)):
        if len(found) >= MAX_QUANTITIES or examined >= MAX_CANDIDATES:
            break
        if match.end() - match.start() > MAX_NUMBER_CHARS:
            continue
        if found and match.start() < found[-1].end:
            continue  # the upper end of a range read with its lower end
        raw = _zh_chinese_numeral(text, match, quotes)
        if raw is not None and not any(r.core_start <= raw.core_start < r.end for r in arabic):
            found.append(raw)
    return found


def _arabic_figure(
    text: str, match: re.Match[str], quotes: list[tuple[int, int]], note: bool = False
) -> Raw | None:
    """The figure of one match of the Arabic-number grammar, or None when it is none.

    ``note`` says the match follows a note's number (``8.`` of ``8.6个…：``).
    """
    # the cheap refusals first (a year: 2024年); none of them depends on another
    unit = match.group("unit") or ""
    if unit in zh.UNITS_NOT_AMOUNTS:
        return None
    start, end = match.span()
    a_start = match.start("a")
    if end - start > MAX_NUMBER_CHARS or (quotes and inside(quotes, a_start)):
        return None
    before = text[a_start - 1] if a_start > 0 else ""
    after = text[end] if end < len(text) else ""
    mult = match.group("mult") or match.group("amult") or ""
    if before.isascii() and before.isalpha():
        return None  # C919, PM2.5
    if after.isascii() and after.isalpha() and not unit:
        return None  # 5G
    if before and before in "第." and not note:
        return None
    if _is_outline(text, a_start, match.end("a"), end):
        return None
    if _NOTE_MARK.match(match.group("a")) and _starts_a_note(text, a_start, end):
        return _after_note_mark(text, match, quotes)
    apct = match.group("apct")
    if apct:
        unit = unit or "%"
    if not unit and not mult:
        return None
    try:
        low = to_decimal(match.group("a"))
        high = to_decimal(match.group("b")) if match.group("b") else None
    except (InvalidOperation, ValueError):
        return None
    factor = MULTIPLIERS.get(mult, Decimal(1))
    amult = match.group("amult")
    low_factor = MULTIPLIERS.get(amult, factor) if amult else factor
    low *= low_factor
    if high is not None:
        high *= factor
        if high < low:
            return None  # 1千-0, 2025-2: not a range, and no figure worth guessing at
    if match.group("neg") == "负" and _fu_in_a_word(text, start):
        start = a_start  # 减负2500亿元: 负 ends the word before the figure
    elif match.group("neg"):
        low = -low
    if _zh_size_class(text, start, end, unit):
        return None
    if unit and text.startswith("/", end):
        per = zh.PER_UNIT.match(text, end + 1)
        if per is not None:  # 16.8万元/人, 700元/月: an amount per person, per month
            unit, end = f"{unit}/{per.group()}", per.end()
    qualifier, q_end = _zh_suffix_qualifier(text, end)
    approx = match.group("approx")
    if qualifier is None and approx:
        qualifier = approx
    pre_qualifier, q_start = _zh_prefix_qualifier(text, start)
    if qualifier is None:
        qualifier = pre_qualifier
    if unit == "百分点":
        unit = "个百分点"
    return Raw(q_start, q_end, start, low, high, unit, qualifier)


def _fu_in_a_word(text: str, start: int) -> bool:
    """Whether the 负 at ``start`` ends a word (减负2500亿元): then it is no minus sign."""
    return start > 0 and text[start - 1] in zh.NOT_SIGN_BEFORE_FU


# a note's number glued to a count: ``8.6个重大科技专项：…`` is note 8 on 6个…
_NOTE_MARK = re.compile(r"^\d{1,2}\.\d{1,2}$")
_NOTE_REACH = 24  # characters after the figure where the note's colon stands


def _starts_a_note(text: str, a_start: int, end: int) -> bool:
    """Whether a figure opening its line is a note's number and a count (``8.6个…：``)."""
    if text[:a_start].strip():
        return False
    colon = re.search("[：:]", text[end : end + _NOTE_REACH])
    return colon is not None and not ANY_DIGIT.search(text, end, end + colon.start())


def _after_note_mark(text: str, match: re.Match[str], quotes: list[tuple[int, int]]) -> Raw | None:
    """The count after a note's number (``8.6个`` -> ``6个``)."""
    dot = text.index(".", match.start("a"))
    count = _ZH_NUMBER.match(text, dot + 1)
    if count is None or count.end() != match.end():
        return None
    return _arabic_figure(text, count, quotes, note=True)


def _merge_ranges(text: str, found: list[Raw]) -> list[Raw]:
    """``100万元至300万元`` is one range, not two figures."""
    merged: list[Raw] = []
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
                merged[-1] = Raw(
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
) -> Raw | None:
    numeral = match.group("cn")
    unit = match.group("unit") or ""
    pct = bool(match.group("pct"))
    if not pct and numeral[0] not in _CN_LEADING:
        return None  # 百姓, 千方百计, 万家灯火
    if unit in zh.UNITS_NOT_AMOUNTS:
        return None
    start = match.start()
    if inside(quotes, start):
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
        first, second = CN_DIGITS[numeral[0]], CN_DIGITS[numeral[1]]
        if second != first + 1:
            return None
        value, high, qualifier = Decimal(first), Decimal(second), "约"
    elif not unit and (len(numeral) < 2 or _CN_BIG_CHARS.isdisjoint(numeral)):
        return None  # a bare numeral counts only when unmistakably a number (一万零一十二)
    end = match.end()
    upper = _CN_PERCENT_UPPER.match(text, end) if pct and high is None else None
    if upper is not None:
        top = parse_chinese_number(upper.group("cn"))
        if top is not None and top > value:  # 比重从百分之八十到百分之六十: two figures
            high, end = top, upper.end()
    if unit in zh.COUNT_UNITS and value < 10:
        # 一批, 两个市场, 八项规定, 两三个: rhetoric and names rather than measured amounts
        return None
    if _zh_size_class(text, start, end, unit):
        return None  # 粮油五千亿级产业链
    suffix, q_end = _zh_suffix_qualifier(text, end)
    prefix, q_start = _zh_prefix_qualifier(text, start)
    return Raw(q_start, q_end, start, value, high, unit, qualifier or suffix or prefix)


def extract_zh(folded: str, plan: bool, review: bool = False) -> list[ZhFound]:
    """Every quantity of folded Chinese ``folded``, named, with its verb, kind and form.

    ``plan`` says the sentence is in the plan part, ``review`` in the review of the
    past year (where a figure is an outcome unless the sentence looks ahead).
    """
    results: list[Found] = []
    deltas: list[bool] = []
    bases: list[str] = []  # what each figure is of: a delta's is the metric it compares
    subject: str | None = None  # the metric a following verb-only clause inherits
    previous_end = 0
    for raw in _zh_numbers(folded):
        if folded[raw.start - 1 : raw.start] == "每" or zh.DURATION_AFTER.match(folded, raw.end):
            continue  # 平均每50公斤 (a basis), 两千多年来 (a duration): no amount of its own
        metric, verb, phrase_start, delta = zh_metric(folded, raw, previous_end, subject)
        kind = zh_kind(folded, raw.core_start, plan, review)
        results.append((raw, metric, verb, phrase_start, kind))
        deltas.append(delta)
        bases.append(subject if delta and subject is not None else metric)
        if not delta:
            subject = metric
        previous_end = raw.end
    named = zh_enumerations(folded, results)
    found: list[ZhFound] = []
    previous: tuple[Raw, str | None] | None = None
    for (raw, metric, verb, start, kind), delta, base in zip(named, deltas, bases, strict=True):
        stated_by = verb
        if (
            verb is None
            and previous is not None
            and previous[1] is not None
            and folded[previous[0].end : raw.start] in zh.ENUMERATION_JOINERS
        ):
            stated_by = previous[1]  # 分别增长5%和7%左右: 7% is a growth rate too
        # 培训40万人次: an activity counted in visits is named by its verb
        counted_activity = raw.unit.endswith("次") and metric in zh.ACTIVITY_VERBS
        if (
            kind == "target"
            and not counted_activity
            and (is_no_name(metric) or (delta and is_no_name(base)))
        ):
            # 解决750万户, 人均1196元, 我们这样一个13亿人口, 资金130亿元，比上年增加90亿元:
            # no name, so no row of the targets (the figure stays among the other numbers)
            kind = "actual"
        found.append((raw, metric, verb, start, kind, zh_form(metric, stated_by, raw.unit, delta)))
        previous = (raw, stated_by)
    return found
