"""Chinese word lists and cue patterns for series of editions."""

from __future__ import annotations

import re

#: percentage units as the numbers stage writes them (a difference of two is in
#: percentage points): from the HTML report's targets table (commit 03c8a6f)
PERCENT_UNITS = frozenset({"%", "％", "百分点", "个百分点"})
#: qualifiers that make a target a floor (met when the outcome reaches it); the
#: follow-through rules were written against the State Council reports (commit 4ee22f9)
FLOOR_QUALIFIERS = frozenset(
    {"以上", "之上", "不低于", "不少于", "超过", "超", "突破", "至少", "逾", "多", "余", "高于"}
)
#: qualifiers that make a target a ceiling (met at or below it) (commit 4ee22f9)
CEILING_QUALIFIERS = frozenset(
    {"以内", "之内", "内", "以下", "不超过", "不高于", "低于", "不到", "不足", "最多"}
)
#: qualifiers of an approximate target, met within a margin (commit 4ee22f9)
ABOUT_QUALIFIERS = frozenset({"左右", "上下", "约", "大约", "近", "接近"})
#: verb beginnings that cap a target (``控制在3%左右`` is a ceiling) (commit 4ee22f9)
CEILING_VERBS = ("控制在", "控制", "不超过", "压减到", "压减至")
#: change verbs that take away, so the amount counts negative (``降至``, ``下降到``
#: name a level, not a change; the code checks the character after) (commit 4ee22f9)
DECREASE_VERBS = frozenset({"下降", "降低", "减少", "回落", "缩小", "压减"})
#: metric words of what a government holds down (prices, jobless, deficits,
#: emissions): an outcome below an "about" target meets it (commit 4ee22f9)
HELD_DOWN_METRIC = re.compile(r"价格|物价|通胀|失业|赤字|能耗|排放")
#: metric endings that leave the measure the same (居民消费价格 / 居民消费价格涨幅)
#: when a target's metric is matched to an outcome's (commit 4ee22f9)
NEUTRAL_METRIC_TAILS = ("涨幅", "增幅", "增速", "平均", "实际", "总额", "总量", "水平")
#: cues of a figure for several years (五年, “十四五”, 年均, 累计): no one year's
#: target or outcome (commit 4ee22f9)
MULTI_YEAR_CUE = re.compile(
    r"五年|十年|[一二三四五六七八九]年来|“十.五”|十.五时期|十.五规划|年均|累计|以来"
)
#: a target set for a later year the sentence names (``到2025年``) (commit 4ee22f9)
TARGET_YEAR_CUE = re.compile(r"(?:到|至|截至)\s*((?:19|20)\d\d)\s*年?")
#: verbs that name a starting point (``从50元提高到84元``): the figure after them is
#: no outcome (commit 4ee22f9)
FROM_VERBS = frozenset({"从", "由"})
#: verbs of a new amount made in the year (``新建1亿亩``, ``新开工``, ``增发``), series-only
#: words beside the change verbs of the numbers stage (``zh.LEVEL_CHANGE_VERBS``): a
#: target so stated is checked against an outcome so stated (commit 4ee22f9)
FLOW_VERBS = frozenset({"新建", "新增", "新开工", "新改建", "增发"})
#: sentence openings that start a passage on several years (过去五年, 过去的五年, 五年来,
#: 经过五年, 这是…的五年, “十三五”时期, 本届政府): its figures are multi-year totals
#: until a one-year opening (#18)
SPAN_OPENING = re.compile(
    r"^(?:回顾)?(?:过去的?|这|经过)[两三四五六七八九十]年|^[两三四五六七八九十]年来|"
    r"^这是[^，。；]{0,30}的[两三四五六七八九十]年|"
    r"^“?[一二三四五六七八九十]{1,2}五”?时期|^本届政府"
)
#: sentence openings that go back to one year (过去一年, 一年来, 刚刚过去的2017年, 今年,
#: 2015年是…, 2026年重点工作) after a multi-year passage; 2013年以来 is no one year (#18)
YEAR_OPENING = re.compile(
    r"^(?:回顾)?过去一年|^一年来|^刚刚过去的|^今年|^去年|^明年|"
    r"^(?:19|20)\d{2}年(?!以来|来|至|到|—|-|、|和|及)"
)
#: headings of a part on several years (一、过去五年工作回顾, “十三五”时期发展成就和
#: “十四五”时期主要目标任务): its figures are multi-year until a one-year opening (#18)
SPAN_HEADING = re.compile(
    r"过去[两三四五六七八九十]年|[两三四五六七八九十]年来|[一二三四五六七八九十]{1,2}五”?(?:时期|期间)"
)
#: metric beginnings of an increment (``新增城镇就业``) (commit 4ee22f9)
INCREMENT_METRIC_PREFIXES = ("新增", "新建")
#: a heading that also names one year (一、2025年和“十四五”时期工作回顾, 过去一年和五年):
#: its part is no multi-year passage as a whole; its sentences' openings decide (#18)
ONE_YEAR_HEADING = re.compile(r"(?:19|20)\d{2}年|一年")
