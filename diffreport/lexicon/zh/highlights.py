"""Chinese word lists and cue patterns for ranking highlights."""

from __future__ import annotations

import re

#: characters that do not begin or end a term: particles, conjunctions, prepositions
#: and enumeration marks (的, 和, 与, 在, 对 …). A new term found between them is
#: trimmed to its content. Read off the plan parts of the State Council reports
#: 2015–2025 while building the highlights (issue 17).
TERM_EDGE_CHARACTERS = frozenset("的地得和与及或并在对把被从向为以于之等了着是也都又将要让使由")
#: words that begin or end with a function character (参与, 普及, 平等, 目的 at the end;
#: 等级, 把关, 将来, 地方, 对外 at the start): a term is not cut there, and a shown term at
#: such an edge is still a word, not a clause's joint (全民参与, 等级保护, 地方政府经济).
#: General vocabulary, from a review of the shown terms (session 9)
FUNCTION_CHARACTER_WORDS = (
    "参与", "普及", "涉及", "惠及", "危及", "顾及", "平等", "均等", "对等", "同等", "高等",
    "中等", "初等", "目的", "有的", "等级", "等同", "把关", "把握", "将来", "被动", "是非",
    "和谐", "和平", "和睦", "与会", "及时", "及早",
    # nouns of 地, 对, 以, 为, 向, 使, 由 (地方政府, not 方政府); not the prepositions and
    # links a clause turns on (作为, 关于, 面对: 把…作为重中之重)
    "地方", "地区", "土地", "各地", "当地", "基地", "用地", "耕地", "湿地", "对外", "对口",
    "对接", "以来", "以上", "以下", "以内", "行为", "方向", "导向", "倾向", "使用", "行使",
    "自由", "在线", "现在", "存在", "实在", "内在", "外在", "潜在", "所在", "自在",
)  # fmt: skip
#: endings of named programmes, campaigns and instruments (…专项行动, …工程, …试点,
#: …基金): a new term ending so is a commitment with a name, which analysts quote.
#: Kinds of nouns, read off the plan parts of the State Council reports 2015–2025.
PROGRAMME_SUFFIXES = (
    "行动",
    "工程",
    "计划",
    "专项",
    "战略",
    "试点",
    "示范区",
    "示范",
    "基金",
    "债券",
    "国债",
    "机制",
    "体系",
    "制度",
    "改革",
    "政策",
    "清单",
    "平台",
    "中心",
    "产业",
    "经济",
    "模式",
)
#: the endings of a named campaign, plan or fund among them (…倍增计划, …专项行动,
#: …示范工程): a figure's sentence that names a new one is news beyond its figure
PROGRAMME_NAME_SUFFIXES = ("行动", "工程", "计划", "专项", "试点", "示范区", "基金", "战略")
#: a deadline or a time frame (到2027年, 年底前, 三年内, “十五五”): a commitment with a
#: date is a specific one. Kinds of phrases from the State Council reports 2015–2025.
DEADLINE = re.compile(
    r"到(?:19|20)\d\d年|(?:19|20)\d\d年(?:底|前|内)|年底前|年内|[一二三四五六七八九十两\d]+年内|"
    r"“十[一二三四五六七八九]五”"
)
#: a quoted term (“两重”, “人工智能+”): reports quote their coinages on first use.
QUOTED = re.compile(r"“([^“”]{2,16})”")
#: words of pace, intensity and firmness (稳步 → 加快, 积极 → 更加积极, 有序 → 大力):
#: a continuing commitment whose such word changed has changed in a way that matters.
#: Kinds of adverbs and adjectives, read off the reworded sentences of consecutive
#: State Council reports 2015–2025; the words of timing and latitude (适时, 及时, 适当,
#: 灵活: 适时降准降息 → 灵活高效运用降准降息) were added with the dev set's second batch.
INTENSITY_WORDS = (
    "加快",
    "加速",
    "稳步",
    "有序",
    "稳妥",
    "积极",
    "大力",
    "全力",
    "着力",
    "加力",
    "加大",
    "全面",
    "深入",
    "持续",
    "进一步",
    "坚决",
    "适度",
    "更加",
    "切实",
    "扎实",
    "有力",
    "有效",
    "稳健",
    "宽松",
    "从紧",
    "审慎",
    "逐步",
    "尽快",
    "统筹",
    "严格",
    "探索",
    "研究",
    "推广",
    "扩大",
    "缩小",
    "提高",
    "降低",
    "取消",
    "暂停",
    "恢复",
    "适时",
    "及时",
    "适当",
    "灵活",
)
#: headings of the part that sets the year's line (总体要求, 政策取向, 主要预期目标):
#: analysts quote what is new there before anything in the task list. Kinds of
#: headings, from the plan parts of the State Council reports 2015–2025.
LINE_HEADING = re.compile(r"总体要求|政策取向|预期目标|主要目标|总体思路|基本思路")
#: words that give a task its rank among the year's work (把…作为首要任务, 摆在优先位置,
#: 放在更加突出的位置, 重中之重, 头等大事, 以…为主线): a new or reworded sentence that ranks a
#: task says what comes first this year, which analysts report with the priorities.
#: Kinds of phrases, from the plan parts of the State Council reports 2005–2025; the
#: central link and the main measure (作为…的中心环节, 作为…的主要措施: not a list that
#: opens 主要措施是) from the reports of 1993–2009.
RANK_CUE = re.compile(
    r"首要任务|重中之重|头等大事|第一要务|优先位置|突出位置|突出的位置|摆在首位|放在首位"
    r"|重大任务|主攻方向|为主线|作为主线|的主要措施|的根本措施|中心任务|中心环节"
)
#: a sweeping abolition, exemption or repeal: the verb (取消, 免除, 免征, 废止) with a word
#: of its sweep (全部, 全面, 彻底, 一律, 全国, 所有) in its clause — 今年在全国彻底取消农业税,
#: 全部免除…学杂费, 年内全部取消手机国内长途和漫游费, 全面取消制造业领域外资准入限制措施:
#: the most decisive measures a report announces, which analysts put first; not 清理取消
#: 一批…许可证, one batch of many. Kinds of words, from the State Council reports
#: 2004–2024 and their published analyses.
ABOLITION = re.compile(
    r"(?:全部|全面|彻底|一律|全国|所有)[^，。；,;]{0,6}(?:取消|免除|免征|废止|废除)"
    r"|(?:取消|免除|免征|废止|废除)[^，。；,;]{0,4}(?:全部|所有)"
)
