"""What a Chinese figure measures: its metric name and the verb that leads to it.

The subject before the verb, else the object after it, the noun a classifier counts
(``新建200个智能车间``), an earlier object of the same verb, or the metric of the figure
before; a delta (``比上年增加``) gets a metric of its own. Enumerations (``A和B…分别
提高X和Y``) give each figure its own subject.
"""

from __future__ import annotations

import bisect
import re

from diffreport.analyze.numbers.quantities import (
    CJK,
    CLAUSE_DELIMS,
    SENTENCE_WINDOW,
    Found,
    Raw,
    start_of_clause,
)
from diffreport.lexicon import zh

#: marks a name sheds; a dash only where it joins no range of figures (0—6岁儿童 keeps it)
_METRIC_PUNCT = re.compile(
    r"[“”\"‘’《》「」\s·\u200b-\u200d\ufeff]|(?<!\d)[—\-]|[—\-](?!\d)|\[\d+\]"
)


def _clean_zh_metric(phrase: str) -> str:
    phrase = zh.METRIC_YEAR_OR_PERIOD.sub("", phrase)
    phrase = _METRIC_PUNCT.sub("", phrase)
    phrase = zh.MODAL_INSIDE_NAME.sub("", phrase)
    goal = zh.METRIC_GOAL_CLAUSE.sub("", phrase)
    phrase = goal if len(goal) >= 2 else phrase
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


def _subject_before(text: str, clause_start: int, unit: str) -> str:
    """The subject the clause before names for a clause that has none: a goal for a
    measure (``今年经济增长速度的宏观调控目标，定为百分之八至九``) or, for a rate, a measure
    the clause opens with (``确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右``).
    A goal that names no measure (``为实现全年发展目标``) names nothing."""
    if clause_start < 2 or text[clause_start - 1] not in "，,":
        return ""
    start = max(text.rfind(d, 0, clause_start - 1) for d in CLAUSE_DELIMS) + 1
    previous = zh.METRIC_FILLER_HEAD.sub("", text[start : clause_start - 1])
    goal = zh.GOAL_SUBJECT_CLAUSE.match(previous)
    if goal is not None:
        subject = _clean_zh_metric(goal.group("subject"))
        measures = (zh.GROWTH_TAILS, zh.RATIO_TAILS, zh.AMOUNT_TAILS)
        return subject if any(m.search(subject) for m in measures) else ""
    measure = zh.MEASURE_SUBJECT.match(previous) if unit in ("%", "‰") else None
    if measure is None:
        # 下调城镇职工基本养老保险单位缴费比例，各地可降至16%: what the clause before changes
        measure = zh.CHANGED_OBJECT_CLAUSE.match(previous)
    return _clean_zh_metric(measure.group("subject")) if measure else ""


def _zh_inherit_object(text: str, verb: str, clause_start: int) -> str:
    """The object of an earlier use of ``verb`` in the sentence.

    ``发行超长期特别国债，…，今年先发行1万亿元`` -> ``超长期特别国债``.
    """
    core = verb[-2:] if len(verb) >= 2 else verb
    lo = max(0, clause_start - SENTENCE_WINDOW)
    position = text.rfind(core, lo, clause_start)
    if position < 0:
        return ""
    i = position + len(core)
    j = i
    while j < clause_start and j - i < 20 and text[j] not in CLAUSE_DELIMS:
        j += 1
    candidate = _clean_zh_metric(text[i:j])
    return candidate if len(candidate) >= 2 else ""


_FOLLOWING_MAX = 24  # characters of a counted noun read after a figure


_CLAUSE_CLOSE = re.compile("[，；：。！？,;:（）()\n]")


def _zh_following_noun(text: str, end: int) -> str:
    """The noun a figure counts when it follows the figure (``新建200个智能车间``).

    Reads to the clause end or the next figure (cut back to the last ``和``/``、``
    then: ``66个粮食产能提升重点县和豫东平原200万亩`` counts 重点县); stops where a
    predicate begins (``5家企业建设世界一流企业``); drops a modifier ending in 的
    when a noun of two or more characters is left.
    """
    if zh.POPULATION_AFTER.match(text, end - 1 if text[end - 1 : end] == "人" else end):
        return ""  # 13亿人口的发展中国家, 13亿人民的智慧: a population, nothing counted after it
    j = end
    pieces: list[str] = []
    aside: int | None = None  # how much was read before a bracketed aside
    while j < len(text) and j - end < _FOLLOWING_MAX and not text[j].isdigit():
        insert = _INSERT.match(text, j) if len(pieces) <= _BEFORE_INSERT_MOST else None
        if insert is not None and aside is None:
            # 2.5万套（间）城市危旧房, 700个乡镇（街道）应急消防管理站
            aside, j = len(pieces), insert.end()
            continue
        if text[j] in CLAUSE_DELIMS:
            break
        pieces.append(text[j])
        j += 1
    if j - end >= _FOLLOWING_MAX:
        return ""  # a long run: the number starts a new statement, not a counted noun
    if aside is not None and j < len(text) and text[j].isdigit():
        pieces = pieces[:aside]  # 57个县（市）|生产总值近3万亿元: the next figure's name follows
    run = "".join(pieces)
    if text[j : j + 1] == "、" and "的" not in run:
        # 打造40个吸引力强、带动面广的消费场景: modifiers listed, then the noun they qualify
        close = _CLAUSE_CLOSE.search(text, j)
        qualified = text[j : close.start() if close else len(text)]
        modifier = qualified.rfind("的")
        nouns = any(ch.isdigit() or ch in "和及与" for ch in qualified)  # a list of nouns
        if modifier > 0 and not nouns:
            run = qualified[modifier + 1 :]
    if run.startswith("等"):
        return ""  # 提高到10万元等税收优惠政策: 等 closes a list, what follows is no counted noun
    modifier = run.rfind("的")
    if modifier >= 0 and len(CJK.findall(run[modifier + 1 :])) >= 2:
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
    if cut >= 0 and len(CJK.findall(candidate[cut + 1 :])) >= 2:
        candidate = candidate[cut + 1 :]
    if candidate in zh.LEVEL_WORDS:
        return ""  # 迈上3万亿元台阶: a level reached, not what is counted
    return candidate if len(CJK.findall(candidate)) >= 2 else ""


# units that are classifiers: the noun after ``数词+量词`` is what is counted
_ZH_CLASSIFIERS = zh.COUNT_UNITS | {"亩"}


# a character or two inserted in brackets inside a word (新（改）建, 加装（更新）电梯)
_INSERT = re.compile(r"[（(][\u4e00-\u9fff]{1,3}[）)](?=[\u4e00-\u9fff])")
_INSERT_AT_END = re.compile(r"[\u4e00-\u9fff][（(][\u4e00-\u9fff]{1,3}[）)]$")


def _without_inserts(clause: str) -> tuple[str, list[tuple[int, int]]]:
    """``clause`` without its bracketed inserts, and where each was taken out: (position
    in the result, characters removed)."""
    if "（" not in clause and "(" not in clause:
        return clause, []
    shifts: list[tuple[int, int]] = []
    removed = 0
    for match in _INSERT.finditer(clause):
        shifts.append((match.start() - removed, match.end() - match.start()))
        removed += match.end() - match.start()
    return _INSERT.sub("", clause), shifts


def _original(position: int, shifts: list[tuple[int, int]]) -> int:
    """A position in a clause without its inserts, in the clause as written."""
    return position + sum(length for at, length in shifts if at <= position)


def _past_inserts(text: str, clause_start: int, floor: int) -> int:
    """Where the clause begins when what stopped it is a bracketed insert inside a word
    (``新（改）建6000公里``: the clause is ``新（改）建``, read without the insert)."""
    while clause_start > floor:
        head = _INSERT_AT_END.search(text, max(floor, clause_start - 6), clause_start)
        if head is None:
            break
        clause_start = start_of_clause(text, head.start() + 1, floor)
    return clause_start


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` falls inside a quotation or a title (“…”, 《…》) of ``text``."""
    before = text[:position]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def zh_metric(
    text: str, raw: Raw, floor: int, previous_metric: str | None
) -> tuple[str, str | None, int, bool]:
    """(metric, verb, phrase start, is a delta) for the number ``raw`` in folded ``text``."""
    clause_start = _past_inserts(text, start_of_clause(text, raw.start, floor), floor)
    clause, shifts = _without_inserts(text[clause_start : raw.start])
    verb: str | None = None
    phrase_start = raw.start
    metric = ""
    last = None
    for match in zh.FIGURE_VERBS.finditer(clause):
        if not _quoted(clause, match.start()):  # “…城市建设者…”床位: a quoted name holds no verb
            last = match
    if last is not None:
        verb = last.group()
        before, after = clause[: last.start()], clause[last.end() :]
        object_ = _clean_zh_metric(after)
        subject = _clean_zh_metric(before) if verb in zh.FROM_VERBS else ""
        # 提高到人均1196元, 提高到每人每年240元: a basis per head names nothing, the subject does;
        # so does the subject of a change from a level (小规模纳税人增值税起征点从月销售额3万元…)
        if len(CJK.findall(subject)) >= 2 and not is_no_name(subject):
            metric = subject
        elif (
            len(CJK.findall(object_)) >= 2
            and not zh.NO_NAME.match(object_)
            and not zh.EMPTY_METRIC.match(object_)  # 城镇更新改造|惠及390万人: the subject names it
        ):
            metric = object_
        else:
            metric = _clean_zh_metric(before)
            if after.strip() == "":
                phrase_start = clause_start + _original(last.start(), shifts)
        if zh.COMPARISON_LEAD.match(before) and previous_metric:
            basis = (
                "比上年" if zh.COMPARED_WITH_LAST_YEAR.search(before) else _clean_zh_metric(before)
            )
            return previous_metric + basis + verb, verb, phrase_start, True
        metric = _shared_by_list(text, clause_start, before, metric, floor)
        if metric and len(metric) <= 2 and verb in zh.GROWTH_VERBS and not zh.NO_NAME.match(metric):
            metric += verb
    else:
        metric = _clean_zh_metric(clause)
    if raw.unit in _ZH_CLASSIFIERS and raw.end < len(text) and CJK.match(text[raw.end]):
        # 数词+量词+名词: 新建200个智能车间, 洛阳等10个国家物流枢纽, 新增8个省产业园
        metric = _zh_following_noun(text, raw.end) or metric
    if (not metric or zh.EMPTY_METRIC.match(metric)) and raw.unit not in ("%", "个百分点", "‰"):
        metric = _zh_following_noun(text, raw.end) or metric
    if not metric and previous_metric and _TO_ONLY.fullmatch(text, floor, raw.start):
        metric = previous_metric  # 标准由25元提高到30元: the level it rises from names it
    if (not metric or zh.MODAL_PAYER.match(metric)) and verb:
        metric = _subject_before(text, clause_start, raw.unit) or metric
    if not metric and verb:
        metric = _zh_inherit_object(text, verb, clause_start)
    if not metric and previous_metric:
        metric = previous_metric
    if not metric:
        # no subject anywhere near: name it by what follows (3000亿元支持消费品以旧换新)
        tail = raw.end
        j = tail
        while j < len(text) and j - tail < 20 and text[j] not in CLAUSE_DELIMS:
            j += 1
        phrase = text[tail:j]
        if zh.PREDICATE_START.match(phrase):
            phrase = ""  # 从7703元|增加到…: a change of the figure names nothing
        if phrase.startswith("的"):  # 5.5%左右的预期增长目标与…: the noun it qualifies
            noun = phrase[1:]
            end = zh.QUALIFIED_NOUN_END.search(noun, 2)  # never inside its first word
            phrase = noun[: end.start()] if end else noun
        metric = _clean_zh_metric(phrase)
    metric = _named_after(text, raw, metric, previous_metric)
    if previous_metric and text.startswith("其中", clause_start):
        metric = _part_of(metric, previous_metric)
    if verb == "从" or verb == "由":
        phrase_start = raw.start
    if previous_metric and clause_start and text[clause_start - 1] == "、":
        metric = _zh_shared_subject(metric, previous_metric)
    return metric, verb, phrase_start, False


#: a part (其中农村) is named with the whole when its own name is this short
_PART_NAME_MOST = 2
#: a counted noun reads on past a bracketed aside this few characters in (乡镇（街道）应急…);
#: after a whole noun the aside ends it (15个服务业高质量发展集聚区（培育区）建设)
_BEFORE_INSERT_MOST = 3
_CLAUSE_END = re.compile(r"[，。；：,;:（(]")
#: nothing but a change to a level after the figure before (25元|提高到30元)
_TO_ONLY = re.compile(zh.CHANGE_TO_LEVEL)


#: a figure the items of a list share: 化学需氧量、氨氮排放都要减少2%, …均增长10%以上
_SHARED = re.compile(r"(?:都|均)(?:要|将|可|能)?$")


def _shared_by_list(text: str, clause_start: int, before: str, metric: str, floor: int) -> str:
    """``metric`` named by every item of the list it ends, when the figure is said of all
    of them (``化学需氧量、氨氮排放都要减少2%左右`` -> ``化学需氧量、氨氮排放``), not by the
    last item alone; a list closed by 等 is named by its group noun already."""
    if (
        not metric
        or clause_start < 1
        or text[clause_start - 1] != "、"
        or not _SHARED.search(before)
        or "分别" in before
    ):
        return metric
    start = clause_start
    while start > floor and text[start - 1] == "、":
        start = start_of_clause(text, start - 1, floor)
    items = _clean_zh_metric(text[start : clause_start - 1])
    if not items or len(items) + len(metric) + 1 > _METRIC_MAX:
        return metric
    return f"{items}、{metric}"


def _part_of(metric: str, whole: str) -> str:
    """A part named after the whole it is part of when its own name is only a place or a
    group (新建新能源汽车公共充电桩2万个以上，其中农村1万个以上 -> ``…充电桩（其中农村）``)."""
    if (
        2 <= len(metric) <= _PART_NAME_MOST
        and metric not in whole
        and not is_no_name(metric)
        and not is_no_name(whole)
    ):
        return f"{whole}（其中{metric}）"
    return metric


def _named_after(text: str, raw: Raw, metric: str, previous_metric: str | None) -> str:
    """A name made good by what stands after the figure, or by the subject before it.

    ``总额4万亿元的两年投资计划``: an amount word alone is named by the noun after 的;
    ``中央财政拟安排200亿元专项资金``, ``国务院同意地方发行2000亿元债券``: an amount of money
    is the funds named right after it; ``全国财政赤字合计9500亿元，占国内生产总值比重在3%
    以内``: a share without a subject is the share of the subject before.
    """
    after = text[raw.end : raw.end + _FOLLOWING_MAX]
    if metric in zh.BARE_AMOUNT_WORDS and after.startswith("的"):
        end = zh.QUALIFIED_NOUN_END.search(after, 3)
        phrase = after[1 : end.start() if end else None]
        noun = _clean_zh_metric(_CLAUSE_END.split(phrase)[0])
        return noun if len(CJK.findall(noun)) >= 2 else metric
    if raw.unit == "元":
        funds = zh.FUNDS_AFTER.match(after)
        if funds is not None and not zh.NO_NAME.match(funds.group()) and len(funds.group()) >= 2:
            return _clean_zh_metric(funds.group())
        purpose = zh.FUNDED_PROGRAMME.match(after)
        if purpose is not None and (len(CJK.findall(metric)) <= 2 or is_no_name(metric)):
            # 筹措7亿元实施就业惠民工程: money named by the programme it pays for
            return _clean_zh_metric(purpose.group("name"))
    if metric.startswith("占") and previous_metric and zh.SHARE_WORDS.search(metric):
        return previous_metric + metric
    return metric


def is_no_name(metric: str) -> bool:
    """Whether ``metric`` names no quantity: empty, a character, a verb alone (解决), a payer
    (中央财政), a basis per head (人均), a descriptor (我们这样一个) or an effect reckoned
    (可减轻企业和居民负担)."""
    return (
        len(CJK.findall(metric)) + len(re.findall(r"[A-Za-z]", metric)) < 2
        or zh.NO_NAME.match(metric) is not None
        or zh.EMPTY_METRIC.match(metric) is not None
        or zh.EFFECT_NAME.match(metric) is not None
    )


def _zh_shared_subject(metric: str, previous: str) -> str:
    """A bare measure after ``、`` with the subject of the list's previous entry
    (粮食播种面积3320万亩、产量1285万吨 -> 粮食产量; 中央对地方转移支付增加约1.5万亿元、规模
    近9.8万亿元 -> 中央对地方转移支付规模)."""
    whole = _NEWLY.sub("", previous)  # 新增境内外上市企业…、总量达1198家: all of them
    if (
        metric in zh.AMOUNT_MEASURES
        and len(CJK.findall(whole)) >= 2
        and not whole.endswith(zh.AMOUNT_MEASURES)
    ):
        return whole + metric
    if metric not in zh.BARE_MEASURES:
        return metric
    for measure in zh.BARE_MEASURES:
        if previous.endswith(measure) and len(CJK.findall(previous[: -len(measure)])) >= 2:
            return previous[: -len(measure)] + metric
    return metric


#: what makes a subject the newly added ones (新增, 累计净增), not all of them
_NEWLY = re.compile(r"^(?:累计)?(?:新增|净增|增加)")
_ZH_ENUM_STRICT = re.compile(r"、")
_ZH_SUBJECT_DELIMS = frozenset("，；：。！？,;:（）()\n")
_ENUM_GAP = 8  # characters allowed between 分别 and its first figure (再提高, 增长)


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
        # a part that names a rate of its own (城镇调查失业率) takes no shared measure
        parts = [
            p if zh.MEASURE_HEAD.search(p) or zh.RATIO_TAILS.search(p) else p + tail
            for p in parts[:-1]
        ] + [last]
    cleaned = [_clean_zh_metric(p) for p in parts]
    if any(len(CJK.findall(p)) < 2 for p in cleaned):
        return None
    return cleaned


def zh_enumerations(text: str, results: list[Found]) -> list[Found]:
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
