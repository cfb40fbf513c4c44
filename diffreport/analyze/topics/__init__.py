"""Topics: the terms that appeared in, or vanished from, a report between two editions.

Method
------
**Terms are found in the two editions themselves, not looked up in a dictionary.**
Chinese reports coin their headline terms (新质生产力, 低空经济, 两重两新,
人工智能+) faster than any segmenter's dictionary follows: jieba 0.42 (2020) cuts
them into 新质/生产力, 低空/经济, 两重/两新, 人工智能/+; it also needs about 1 s
to load its dictionary (0.9-1.3 s here, with or without its marshal cache in the
temp dir), twice the budget of a whole comparison. So Chinese terms come from
character n-gram statistics over the two editions, which cost about 0.1 s:

1. Text is NFKC-folded; numbers with their unit (``2024年``, ``126万亿元``,
   ``5.2%``) are cut out, so years and quantities are never terms; what is left is
   split into runs of Han characters at every punctuation mark (``+`` may end a
   run, for ``人工智能+``).
2. Every n-gram of 2-10 characters that occurs at least twice in the two editions
   together is counted (grown Apriori-style, an n-gram only when its prefix
   repeats; a long repeated phrase yields no 10-character windows). A repeated
   n-gram is a candidate when it is *closed*: no one-character extension to the
   left or right occurs as often. That removes the fragments of a term
   (``质生产力`` always follows ``新``, so only ``新质生产力`` is closed).
3. Short clauses are candidates too, so that a term said once — typically in a
   heading, ``（一）…，加快发展新质生产力。`` — can still be found: a run of at most
   seven characters once generic lead-ins are stripped (``加快发展``).
   Quoted names (``“两重”``, ``“人工智能+”``) are candidates as they stand.
4. Every candidate is cleaned the same way: leading generic verbs and adverbs
   (加快, 推进, 加强, 大力, 持续 …, a list written for policy reports) are
   stripped; a term may not begin or end with a function character (的, 和, 与,
   是, 在 … with exceptions such as 以旧换新, 对外开放); generic words (我们,
   工作, 发展, 良好, 省级 …) and numeral phrases (三年, 第一, 五年来) are no terms.
5. A term is a fragment, judged on its occurrences in the edition where it is
   prominent, when
   * its edges fall inside a word in at least half of its occurrences
     (``推|进新型``, ``制造|业增加值``): a common word spans the edge or holds the
     whole term (``确|定性``), or the outside character binds over four times as
     tightly (pointwise mutual information of the character pairs) as the edge
     character binds inwards;
   * one character follows it in most occurrences (``运动|会``), unless that
     character starts a generic head or verb (``统一大市场|建设``);
   * it follows a content character in most occurrences, a different one each
     time, so that it is the tail of longer names (``精神卫生|服务体系``,
     ``全国|运动会``). Lead-in words (listed, or character pairs that open three
     clauses or more in the edition: ``融入``) do not count as content. A tail
     seen six times or more is the name of a family and stays (农业强省、
     制造强省、科教强省… → ``强省``).
6. A term made of a core and a generic head (``服务|体系``, ``民生|力度``,
   ``现代化产业体系|建设``) is new or dropped only when its core is too: else only
   its wording changed.

English terms are noun phrases from a light chunker: runs of words between
punctuation and stop words (function words, reporting verbs such as ``expects``,
``decided``, adverbs in ``-ly``), with the same closed n-gram rule (1-5 words)
and the whole short chunk as a candidate; a term may not begin or end with a
verb form in ``-ed``/``-ing`` (except nouns such as ``spending``, ``housing``).
Words are coded as single characters internally, so one string machinery
serves both languages and matches whole words only.

**Ranking.** For each candidate, its count in each edition (occurrences of the
term in the edition's text, as a reader's search would find them). A term is
*new* when it is prominent in the new edition (at least ``min_count``
occurrences — 2 for a report, 1 for a short text like an FOMC statement, one
more per three reports' length for longer texts — or one occurrence in a
heading; a clause said once elsewhere is no topic) and
nearly absent from the old one (its rate, per character or word, at most a sixth
of the new rate); *dropped* is the reverse.
Terms are ranked by Dunning's log-likelihood ratio G² between the two editions,
computed on counts where a heading occurrence weighs four (a heading names what
a section is about: 新质生产力 is said once in 2024, as the first task) and a
quoted name two, times a mild bonus for longer, more specific terms; ties go to
the longer term, then alphabetical order, so A→B and B→A give mirrored lists.

**Cost.** Each document is profiled once (normalized runs, repeated n-grams,
candidates, fragment verdicts) and the profile is kept while the ``Document``
lives, so a series of N editions profiles N documents for N-1 comparisons.
Repeated n-grams are counted level by level, an n-gram only where its prefix
repeats (in a text longer than a few reports, where its prefix is said at least
``min_count`` times), so the work is linear in the text; a term the counting
left out is counted through the positions of its rarest character pair. A comparison scores every
candidate, then runs the costlier word-shape tests from the top of the ranking
down only until enough terms passed.

**Nesting.** Of two listed terms where one contains the other, only one stays:
the longer (``新质生产力`` over ``生产力``) when it accounts for at least half of
the shorter one's weighted occurrences — it then takes the shorter one's score —,
else the higher-ranked one.
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, islice, repeat
from operator import add
from typing import TYPE_CHECKING

from diffreport.model import Document, Language, TopicChange

if TYPE_CHECKING:
    from diffreport._ngrams import LowIndex

__all__ = ["document_terms", "term_counts", "topic_changes", "topic_changes_text"]


def _split(words: str) -> tuple[str, ...]:
    """A word list written as a block of text."""
    return tuple(words.split())


# --- Chinese ---------------------------------------------------------------------------

_ZH_MAX = 10  # longest n-gram counted
_LONG: dict[Language, int] = {"zh": 60_000, "en": 20_000}  # units per extra count (_min_count)
_ZH_CLAUSE_MAX = 7  # longest clause taken as a term even when said once
# Units from which n-grams are counted in numpy (``_ngrams``): about three
# reports, where that saves more than importing numpy costs.
_LONG_TEXT = 50_000

# A number with its unit is never part of a term (years, amounts, percentages).
_ZH_NUMBER = re.compile(
    r"[0-9][0-9.,:/%‰-]*(?:[多余])?(?:[十百千万亿]+)?"
    r"(?:[年月日号个项家元吨人次倍岁届期条所座户套台辆公里亩平方米千克斤万亿%‰])*"
)
_ZH_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\+?")
_ZH_QUOTED = re.compile(r"[“「『\"]([\u3400-\u9fffA-Za-z+]{2,10})[”」』\"]")
_ZH_NUMERAL_PHRASE = re.compile(
    r"^[零〇一二两三四五六七八九十百千万亿第几多半首每]+"
    r"[年月日个项次批条家倍成点元人位名只件种类级轮期届天周]*来?$"
    # 一大 (一大批, 第一大产业), not 二十大 or 十九大, which name a Party congress
    r"|^[一两三四五六七八九]大$"
    r"|^[零〇一二两三四五六七八九十百]+分之[零〇一二两三四五六七八九十百]+$"
)
# A count of a generic thing (十项措施, 十二项举措) is no term either.
_ZH_NUMERAL_LEAD = re.compile(r"^[零〇一二两三四五六七八九十百千万第几多每]+[个项条批类种方面]+")

# Lead-ins of a policy clause: adverbs and generic verbs an object follows.
_ZH_LEAD = tuple(
    sorted(
        _split("""
        要 将 把 对 在 和 与 及 并 的 是 也 还 都 再 就 又 更 使 让 从 向 为 由 被 给 所 以及
        我们 今年 明年 去年 全年 各级 各地 各类 各项 同时 其中 通过 围绕 按照 着眼 聚焦 依托
        立足 坚持 坚决 坚定 大力 加快 加力 加紧 加大 积极 持续 稳步 扎实 深入 全面 切实
        着力 进一步 不断 更加 更好 有序 有效 统筹 努力 继续 重点 主动 稳妥 依法 协同 系统
        精准 因地制宜 更大力度 大幅 显著 有力 充分 广泛 认真 抓紧 及时 尽快 逐步 普遍
        推进 推动 加强 发展 实施 深化 完善 健全 提高 提升 促进 支持 扩大 开展 落实 强化
        优化 做好 抓好 做强 做优 做大 打造 建设 构建 建立 形成 培育 壮大 保障 保持 实现
        增强 鼓励 引导 规范 用好 发挥 抓住 巩固 拓展 防范 化解 维护 保护 改善 提供 出台
        制定 探索 实行 推广 开展好 落实好 稳定 加快推进 加快发展 组织 启动 研究 部署 完成
        政府工作 增进 取得 面对 应对 表示 衷心 诚挚 坚定不移 毫不动摇 贯彻 学习 全力
        集中精力 办好 准备 针对 着眼于 致力于 有利于 进行 采取 做到 确保 力争 努力实现
        拓宽 释放 吸引 增加 减少 降低 处置 上升 下降 丰富 推出 特别是 尤其是 一批 一些 一系列
        必须 今后 打好 聚力 精心 激发 履行 缩减 减轻 公布 累计 胜利 施策 综合运用 严肃查处 创建
        注重 破除 缓解 谋划 融入 培养 压减 淘汰 转变 重塑 忠实践行 推深做实 做深做实 摆在
        多种 突出 迈上 千方百计 全省 全市 全区 我省 我市 我区 提出 根本在于 在于
        """),
        key=len,
        reverse=True,
    )
)
_ZH_LEAD_RE = re.compile("|".join(map(re.escape, _ZH_LEAD)))  # longest first
_ZH_BAD_START = frozenset(
    "年的了和与及等是在对把将也都还并而或从向于被让使其之着过得为以要就又各每该此这那些更最很较个"
)
_ZH_BAD_END = frozenset(
    "的了和与及等是在对把将也都还并而或从向以于被让使其之着过得要就又各每该此这那些更最很较到至第"
)
# Words that begin with a function character and still are terms.
_ZH_START_OK = (
    "以旧换新", "对外", "和平", "和谐", "要素", "并购", "以人为本", "与时俱进", "其他",
    "在建", "为民", "以工代赈", "以人民为中心", "过剩", "得益", "年轻", "年金", "年报",
    "个体", "个人", "个性", "个税", "个案",
)  # fmt: skip
_ZH_END_OK = ("为民", "以上", "以内", "以下", "之间")
# Heads, never modifiers: a term does not begin with them (发展|方式绿色转型).
_ZH_HEAD_ONLY = (
    "领域", "方面", "水平", "能力", "体系", "机制", "工作", "方式", "作为",
    # what follows a number or a period's name: （“十四五”）时期工作回顾, （100家）左右…
    "时期", "期间", "左右", "以上", "以下", "以来",
)  # fmt: skip
# A rank, not a subject: 增速居全国前列, 居全国第二, 位居全球首位.
_ZH_RANK = re.compile("居全国|居全球|居世界|全国前列|全国第|位居|排名第|名列")
_ZH_VERB_END = tuple(
    _split("""
    实现 推进 推动 加强 加快 促进 支持 扩大 提高 提升 坚持 实施 落实 强化 优化 做好 抓好 打造
    构建 形成 保持 增强 深化 完善 健全 开展 确保 力争 取得 达到 增长 下降 超过 突破
    壮大 作为 收官 落地 见效 增加 减少 降低 拓宽 释放 吸引
    完成 提供 印发 召开 不断 持续 连续 面临 分别 成为
    """)
)
_ZH_TAIL = ("建设", "发展", "工作", "改革", "体系", "机制", "能力", "水平", "行动", "工程")
# Generic heads: ``服务体系``, ``调整机制``, ``民生力度`` name no topic of their own; a
# term ending in one changes only when its core (``服务``, ``民生``) changes too.
_ZH_HEADS = (
    *_ZH_TAIL,
    *_split("""
    力度 效能 效益 举措 格局 成效 作用 方式 模式 效率 步伐 进程 任务 措施 保障 治理 管理
    服务 政策 制度 体制 布局 战略 目标 要求 环境 质量 领域 方面
    """),
)
_ZH_INNER_BREAK = re.compile("[的等了和与及或并]")
_ZH_INNER_OK = re.compile(
    "和平|和谐|参与|及时|普及|涉及|危及|以及|并购|合并|目的|平等|中等|高等|初等|等级"
)
_ZH_GENERIC = frozenset(
    _split("""
    我们 我国 全国 国家 政府 人民 经济 社会 发展 建设 工作 改革 今年 去年 明年 全年 当前 目前
    近年来 一年来 过去一年 各级政府 各地区 各部门 主要 重要 重大 方面 领域 水平 能力 体系 机制
    制度 政策 措施 问题 任务 目标 优势 智慧 时间 时期 阶段 明显 发力 恢复 未来 机遇 总量 放心
    瞄准 办好 准备 必须 基础上 年均 良性 心事 根本 一些地方 成长 总体 仍有不少 有不少 不少
    一次性 差异化 全社会 有新 新的 显著 感谢 衷心感谢 诚挚感谢 表示 高水平 大幅度 关键
    措施 质量 效益 作用 基础 环境 力度 进展 成效 成绩 困难 挑战 要求 良好 省级 规划 新一轮 一轮
    占比 适当 地级 县级 市级 活跃
    奋力 夯实 坚守 贡献 牵引 引领 带头 带动 牵头 毫不 举办 入选 发布 争取 合理 平稳 紧盯
    实效 实践 范围 功能 源头 上门 势头 确定性 标志性 大规模 深层次 整体 奋发 奋斗 勇于
    自觉 始终 牢牢 牢固 抢抓 谱写 锚定 把握 树立 践行 决战决胜 攻坚克难 意见 指标
    举措 实力 部门 办法 功夫 整体 建议 压力 基础性 综合性 创造力 规律 系列 空间 格局 国家级
    国内 国外 国际 供需 周边 存量 支撑 先行 达标 既有 不能 不够 人人 形式 位置 台阶 前列
    一定能 符合 违法 草案 变革 领跑 制胜 什么时候 人民群众 企业 改造 召开 全国前列 做实
    倾斜 控制 处罚 常态化 分层分类 统筹好 履行好 高水平办好 走在全国前列 新台阶 走在前列
    潜能 经济社会发展 成为 出来 创造 一揽子
    有关 相关 一些 一批 一系列 新的 更多 更大 更高 不少 部分 情况 形势 方式 领导 同志 代表
    加强 推进 推动 促进 实施 坚持 完善 深化 提高 提升 支持 扩大 开展 落实 强化 优化 实现 保障
    增长 稳定 安全 创新 服务 管理 保护 合作 建立 健全 积极 持续 继续 进一步 全面 深入 扎实
    """)
)

# What may stand before a word: a run start, a function character, a lead-in word.
_ZH_OPENERS = frozenset("|") | _ZH_BAD_END | frozenset(w for w in _ZH_LEAD if len(w) == 1)
_ZH_LEAD_SET = frozenset(_ZH_LEAD)
_FAMILY = 6  # a tail of longer names this often is a topic of its own (强省)
# Characters that mostly end a word (数字化, 功能类, 服务型, 增加值, 存量, 节能, 管理,
# 带动, 对口, 干线): a term that starts with one right after another Han character
# is the tail of a longer word (化改造, 类国企, 型消费, 量政策), unless it starts
# with a word of its own (量子, 能源, 业态, 率先).
_ZH_TAIL_START = frozenset("化类型性式级率度者值业量能理动口线")
_ZH_TAIL_START_OK = frozenset(
    _split("""
    化肥 化工 化学 化石 化妆 类脑 类别 性能 性别 性价 式样 级别 率先 度假 者也 值守 值班 业态
    业务 业主 业绩 业余 量子 量化 量力 量质 能源 能耗 能力 能级 能效 能量 能够 理论 理念 理解
    理财 理事 理性 动能 动力 动态 动员 动物 动漫 动车 口岸 口碑 线上 线下 线路 线索 型号
    化债 化纤 化解 口腔
    """)
)

_GONE = 6  # a term is new when its rate in the new edition is over six times the old one
# Words a term may not begin or end inside.
_ZH_WORDS = (
    frozenset(_ZH_LEAD)
    | _ZH_GENERIC
    | frozenset(
        _split("""
    具有 没有 所有 现有 已有 已经 国家 中国 全国 我国 社会 人民 企业 产业 城市 农村 地方 政府
    部门 单位 群众 领域 行业 市场 就业 消费 投资 资金 项目 水平 能力 作用 工程 服务 管理
    """)
    )
)

# What may follow a word: a generic head or verb (…统一大市场|建设).
_ZH_NEXT = re.compile(
    "|".join(map(re.escape, sorted({*_ZH_HEADS, *_ZH_WORDS}, key=lambda w: (-len(w), w))))
)

# --- English ---------------------------------------------------------------------------

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
# a token that starts with a digit breaks a run whole: nothing of 21st or 10-year-old is a word
_EN_BREAK = re.compile(r"[0-9][0-9A-Za-z'’-]*|[^A-Za-z'’\- ]+|\s-+\s|--+")
# a transcript's stage directions: (Applause.), [Laughter]
_EN_STAGE = re.compile(r"[(\[](?:applause|laughter|cheers|boos)[^()\[\]]{0,40}[)\]]", re.IGNORECASE)
# a middle initial between two capitalized words of a name
# (the surname ends the name: a comma, semicolon, "and" or the end follows; in
# "Plan B. Committee members" the B. ends a sentence)
_EN_INITIAL = re.compile(r"\b([A-Z][a-z]+) [A-Z]\. (?=[A-Z][a-z'-]+(?:[,;.)]|\s+and\b|\s*$))")
# a statement's roll call names people, not subjects: Voting for the FOMC monetary
# policy action were: Janet L. Yellen, Chair; … (a dissent with its reasons stays)
_EN_ROLL_CALL = re.compile(r"\s*Voting (?:for|in favor of) the\b[^:.]{0,60}\bwere\b")
_EN_MAX = 5
_EN_CHUNK_MAX = 4
_EN_STOP = frozenset(
    _split("""
    a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at back be became because become
    been before being below between beyond both but by can cannot could did do does doing done
    down during each either else enough even ever every few for from further had has have
    having he her here hers him his how however i if in including into is it its itself just
    least less like likely made make makes many may me might more most much must my near nearly
    neither never nevertheless no nor not now of off on once one only onto or other others our
    out over own per perhaps quite rather same she should since so some still such than that
    the their them themselves then there therefore these they this those though through thus to
    too toward towards under unless until up upon us very via was we were what whatever when
    where whether which while who whom whose why will with within without would yet you your
    meanwhile moreover overall particular addition light view order part respect regard terms
    today yesterday tomorrow year years month months week weeks day days time times recent
    recently last next first second third coming going ahead
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    committee committee's fomc percent percentage basis point points statement meeting
    remain remains remained expect expects expected anticipate anticipates anticipated judge
    judges judged decide decided decides continue continues continued believe believes
    indicate indicates indicated suggest suggests suggested appear appears appeared seem seems
    seemed see sees seen note notes noted consider considers considered assess assesses
    assessed monitor monitors monitored act acts take takes taken help helps helped keep keeps
    kept maintain maintains maintained provide provides provided support supports supported
    promote promotes promoted foster fosters fostered seek seeks sought use uses used
    agree agreed vote voted voting voted approve approved approves announce announced
    lower lowered raise raised reduce reduced increase increased increases say says said
    stand stands ready prepared able need needed needs warrant warrants
    rose rise rises fell fall falls grew grow grows held hold holds came come comes run runs
    improve improves obtain obtains strengthen strengthens purchase expand expands implement
    facilitate employ preserve stimulate sustain establish evaluate evaluating weigh weighs
    pose poses achieve achieves adjust return returns move moves begin begins exert damping
    million billion trillion thousand hundred half quarter quarters
    know knows think want wants get gets got go goes tell let ask give gives put
    past better best fight empower invest show shows showed shown
    depend depends fail fails affect affects evolve evolves confirm confirms occur occurs await
    cause causes began apart together relative regardless develop pursue deepen enhance
    coordinate prioritize commit given manner somewhat nonetheless
    advance deliver ensure meet find wait took bring tackle accelerate upgrade modernize
    consolidate cultivate explore encourage guide refine optimize protect create uphold
    amplify learn stay recommend mean sent look call produce allow deny instead throughout
    two three four five six seven eight nine ten
    yuan metric tons tonnes kilometers kilometres hectares kilowatts kilowatt-hours
    conclude http https html www federalreserve opolicy newsevents""")
) | frozenset(
    _split("""
    well near-term likely unlikely appropriate appropriately consistent available
    mr mrs ms dr chairman vice president governor
    """)
)
# Single words too general to be a topic on their own (they may head a phrase).
_EN_GENERIC = frozenset(
    _split("""
    economy economic activity conditions developments development information outlook data
    measures policy policies markets market households businesses credit tools flow range
    holdings level levels pace rate rates risks risk prices price growth changes change
    action actions factors effects effect balance focus ways means number central full
    current period approach normal stable steady views robust indicators fields environmental
    case evidence extent signs process efforts effort task tasks work works thing things ones
    sense stop unit units differences opportunities procedures exercise kind kinds lot lots
    place places side sides fact facts area areas issue issues problem problems question
    questions matter matters result results example examples amount amounts progress step
    steps advancements difficulty difficulties press way round rounds approaches present
    objectives objective goals targets participation
    """)
)
# Adjectives: never a topic alone, nor the last word of one (fourth national, meet essential)
_EN_ADJECTIVES = frozenset(
    _split("""
    strong weak solid slow fast large small high low different modest moderate average extra
    real good bad great big huge main key new old young special common various certain clear
    important significant substantial essential basic broad deep wide long short hard soft
    firm tight loose rapid quick sharp steep gradual severe serious heavy elevated subdued
    mixed sluggish resilient harder stronger greater higher lower faster bigger larger smaller
    weaker broader deeper tighter wider easier latest major minor crucial critical mutual
    efficient sound economic social public financial global rural urban local total general
    regional national international fiscal monetary political military federal domestic
    foreign medical human digital industrial structural agricultural commercial historic
    safe fourth fifth sixth seventh eighth ninth tenth difficult steadfast well proud true
    closer
    """)
)
_EN_ADJECTIVE_ENDS = ("ive", "ous", "ful", "less", "able", "ible", "ical", "ional")
_EN_NOUN_ENDS_OK = frozenset(
    _split("""
    objective objectives initiative initiatives incentive incentives executive executives
    representative representatives alternative alternatives narrative narratives perspective
    directive directives derivative derivatives archive archives drive drives motive motives
    table tables vegetable vegetables cable variable variables receivable receivables
    professional professionals well-being chemical chemicals explosive explosives olive
    """)
)
# vague modifiers and heads: main objectives, major efforts, stronger measures, latest round
_EN_VAGUE_HEADS = frozenset(
    _split("""
    objectives goals measures steps efforts round rounds degree ways way links benefits
    results tasks things aspects moves actions areas fields issues approaches
    """)
)
_EN_ING_ED_OK = frozenset(
    _split("""
    spending housing lending funding financing borrowing pricing building manufacturing
    banking hiring earnings savings holdings offering offerings training schooling
    accounting marketing trading shipping warming
    """)
)
_EN_LY_OK = frozenset(_split("supply family assembly monopoly ally rally anomaly july italy"))


def _zh_clean(term: str) -> str | None:
    """A Chinese candidate with generic lead-ins stripped, or None when no term is left."""
    while len(term) >= 2 and not term.startswith(_ZH_START_OK):
        lead = _ZH_LEAD_RE.match(term)
        if lead is None:
            break
        term = term[lead.end() :]
    if len(term) < 2 or term in _ZH_GENERIC or term in _ZH_LEAD or _ZH_RANK.search(term):
        return None
    if term.startswith(_ZH_HEAD_ONLY) or term.endswith(_ZH_VERB_END):
        return None
    if term.endswith(_ZH_TAIL) and any(
        len(term) - len(t) < 2 for t in _ZH_TAIL if term.endswith(t)
    ):
        return None  # 地建设: a fragment before a generic head noun
    if term[0] in _ZH_BAD_START and not term.startswith(_ZH_START_OK):
        return None
    if term[-1] in _ZH_BAD_END and not term.endswith(_ZH_END_OK):
        return None
    if term[0] in "+#" or _ZH_NUMERAL_PHRASE.match(term):
        return None
    counted = _ZH_NUMERAL_LEAD.match(term)
    if counted and term[counted.end() :] in _ZH_GENERIC:
        return None
    masked = _ZH_INNER_OK.sub(lambda m: "#" * len(m.group()), term)
    if _ZH_INNER_BREAK.search(masked[1:-1]):
        return None  # a phrase (粮食等重要农产品, 融入和服务), not a term
    return term


def _en_bad_edge(word: str) -> bool:
    if word in _EN_ING_ED_OK or "-" in word:  # mortgage-backed, asset-backed
        return False
    return word.endswith(("ed", "ing")) and len(word) > 4


def _en_is_stop(word: str) -> bool:
    if word in _EN_STOP or len(word) < 2 or "'" in word:
        return True  # a contraction (don't, we're) is no noun
    return word.endswith("ly") and word not in _EN_LY_OK and len(word) > 4


def _en_adjective(word: str) -> bool:
    """Whether ``word`` is (most likely) an adjective: listed, or by its ending."""
    if word in _EN_ADJECTIVES:
        return True
    if word in _EN_NOUN_ENDS_OK:
        return False
    if "-" in word and word.partition("-")[0] in _EN_ADJECTIVES:
        return True  # high-quality, higher-standard, well-regulated
    return word.endswith(_EN_ADJECTIVE_ENDS) and word not in _EN_NOUN_ENDS_OK


def _en_clean(words: tuple[str, ...]) -> tuple[str, ...] | None:
    while words and _en_bad_edge(words[0]):
        words = words[1:]
    while words and (_en_bad_edge(words[-1]) or _en_adjective(words[-1])):
        words = words[:-1]  # a noun phrase ends in a noun
    if not words:
        return None
    if len(words) == 1 and (
        len(words[0]) < 4 or words[0].endswith("'s") or words[0] in _EN_GENERIC
    ):
        return None
    if len(words) == 2 and _en_adjective(words[0]) and words[1] in _EN_VAGUE_HEADS:
        return None
    return words


class _Words:
    """English words as single private-use characters, so that all counting works on strings.

    A term is then a substring of a run, matched on whole words only. One table
    serves every document of a process (documents are profiled once and compared
    with many others); when its code space is used up a fresh table replaces it
    and profiles coded with the old one are rebuilt.
    """

    _PLANES = ((0xF0000, 0xFFFFE), (0x100000, 0x10FFFE))
    CAPACITY = sum(high - low for low, high in _PLANES)

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.words: dict[str, str] = {}

    def encode(self, words: Iterable[str]) -> str:
        """The code string of a sequence of words, new words getting new codes."""
        out = []
        for word in words:
            code = self.codes.get(word)
            if code is None:
                n = len(self.codes)
                low, high = self._PLANES[0]
                code = chr(low + n if low + n < high else self._PLANES[1][0] + n - (high - low))
                self.codes[word] = code
                self.words[code] = word
            out.append(code)
        return "".join(out)

    def decode(self, term: str) -> tuple[str, ...]:
        """The words of a code string."""
        return tuple(self.words[c] for c in term)

    def full(self) -> bool:
        """Whether the table is near its capacity (a new document might overflow it)."""
        return len(self.codes) > self.CAPACITY - 50_000


_WORDS = [_Words()]  # the current table, replaced when full


def _words_table() -> _Words:
    if _WORDS[0].full():
        _WORDS[0] = _Words()
    return _WORDS[0]


@lru_cache(maxsize=1 << 16)
def _zh_term(gram: str) -> str | None:
    """``_zh_clean``, memoized: the same n-grams recur in every edition of a report."""
    return _zh_clean(gram)


def _substrings(text: str, n: int) -> set[str]:
    """The distinct ``n``-unit substrings of ``text``: a set, so that testing a gram is O(1)."""
    starts = range(len(text) - n + 1)
    return set(map(text.__getitem__, map(slice, starts, map(n.__add__, starts))))


def _repeated(
    text: str, low: int, high: int, extend: int = 2, headings: str = ""
) -> tuple[dict[str, int], Counter[str]]:
    """Every n-gram of ``low``..``high`` units occurring at least twice, with its count.

    Level by level: an n-gram is counted only where its prefix occurs at least
    ``extend`` times or is part of ``headings`` (a repeated n-gram has a repeated
    prefix; with ``extend`` above 2, n-grams whose prefix is said fewer times and
    in no heading are left uncounted, see ``_min_count``), so the work shrinks
    with each level instead of growing with ``high``; each level's n-grams are
    the last level's kept ones plus one unit (a concatenation, not a slice of the
    text). N-grams across a ``|`` run separator are left out. Also returns the
    counts of all ``low``-grams (for cohesion).
    """
    units = list(text)  # one string object per unit, shared by every level
    size = len(units)
    grams = units
    for n in range(1, low):
        grams = list(map(add, grams, islice(units, n, None)))
    positions: Sequence[int] = range(len(grams))
    repeated: dict[str, int] = {}
    first: Counter[str] = Counter()
    for n in range(low, high + 1):
        counts = Counter(grams)
        if n == low:
            first = counts
        level = {g: c for g, c in counts.items() if c > 1 and "|" not in g}
        repeated.update(level)
        if n == high:
            break
        if extend > 2:
            in_headings = _substrings(headings, n)
            level = {g: c for g, c in level.items() if c >= extend or g in in_headings}
        kept = list(map(level.__contains__, grams))
        positions = list(compress(positions, kept))
        grams = list(compress(grams, kept))
        if positions and positions[-1] + n >= size:  # the last gram ends the text
            positions.pop()
            grams.pop()
        grams = list(map(add, grams, map(units.__getitem__, map(n.__add__, positions))))
    return repeated, first


def _closed(repeated: dict[str, int], low: int, high: int) -> list[str]:
    """Repeated n-grams shorter than ``high`` no one-unit extension of which occurs as often."""
    open_grams: set[str] = set()
    for gram, count in repeated.items():
        if len(gram) > low:
            if repeated.get(gram[:-1]) == count:
                open_grams.add(gram[:-1])
            if repeated.get(gram[1:]) == count:
                open_grams.add(gram[1:])
    return [g for g in repeated if len(g) < high and g not in open_grams]


@dataclass(frozen=True, eq=False)
class _Profile:
    """One edition prepared for topics: its text, candidate terms and their counts.

    Built once per document (see ``_profile``) and reused by every comparison
    that document takes part in. ``text`` holds the runs of units (Han
    characters, or coded English words) joined by ``|``; a term never crosses
    a ``|``. The dicts at the end are memos filled on demand.
    """

    language: Language
    words: _Words | None  # the code table of an English profile
    text: str
    heading_text: str  # headings, in the same units, for heading emphasis
    quoted: Counter[str]  # quoted-name candidates and how often each is quoted
    size: int  # total units
    repeated: dict[str, int]  # n-grams occurring twice or more, with their counts
    extend: int  # n-grams said this often or more were counted in full (see ``_repeated``)
    candidates: dict[str, int]  # candidate terms with their counts, in first-seen order
    chars: Counter[str]  # unit counts, for cohesion
    pairs: Counter[str]  # bigram counts, for cohesion
    low: int  # shortest n-gram (2 characters, 1 word)
    openers: frozenset[str]  # character pairs that often open a clause here (verbs: 融入)
    _counts: dict[str, int] = field(default_factory=dict)
    _fragments: dict[str, bool] = field(default_factory=dict)
    # low-gram -> its start positions, ascending (a dict filled on first use)
    _index: dict[str, list[int]] | LowIndex = field(default_factory=dict)

    def count(self, term: str, *, present: bool = False) -> int:
        """Occurrences of ``term`` in this edition (``present``: it is known to occur)."""
        n = self.repeated.get(term)
        if n is None:
            n = self._counts.get(term)
            if n is None:
                longest = (_ZH_MAX if self.words is None else _EN_MAX) + 1
                if self.low <= len(term) <= longest and "|" not in term:
                    n = self._bounded(term, present)
                else:
                    n = sum(1 for _ in self.occurrences(term))
                self._counts[term] = n
        return n

    def _bounded(self, term: str, present: bool) -> int:
        """Occurrences of an n-gram of counted length that ``repeated`` lacks.

        Its first prefix said fewer than ``extend`` times was counted (its own
        prefix was said that often, or it is ``low`` units long). Not repeated,
        that prefix and so the term occur once or not at all; repeated (only
        when ``extend`` is above 2), the term is counted through its rarest part.
        """
        size = self.low
        while self.repeated.get(term[:size], 0) >= self.extend:
            size += 1
        if term[:size] not in self.repeated:
            return 1 if present or self._exists(term) else 0
        best, offset = self._rarest(term)
        if not best:
            return 0
        starts = map(offset.__rsub__, islice(best, bisect_left(best, offset), None))
        return sum(map(self.text.startswith, repeat(term), starts))

    def _exists(self, term: str) -> bool:
        """Whether ``term`` occurs: a scan of its rarest ``low``-gram's positions, in C."""
        best, offset = self._rarest(term)
        if not best:
            return False
        starts = map(offset.__rsub__, islice(best, bisect_left(best, offset), None))
        return any(map(self.text.startswith, repeat(term), starts))

    def _rarest(self, term: str) -> tuple[list[int] | None, int]:
        """The positions of ``term``'s rarest ``low``-gram and that gram's offset in it.

        ``None`` when a ``low``-gram of the term does not occur (nor the term).
        """
        index = self._index
        if isinstance(index, dict) and not index and self.text:
            getter = self.text.__getitem__
            low = self.low
            starts = range(len(self.text) - low + 1)
            for at, gram in enumerate(map(getter, map(slice, starts, map(low.__add__, starts)))):
                index.setdefault(gram, []).append(at)
        low = self.low
        best: list[int] | None = None
        offset = 0
        for at in range(len(term) - low + 1):
            found = index.get(term[at : at + low])
            if found is None:
                return None, 0
            if best is None or len(found) < len(best):
                best, offset = found, at
        return best, offset

    def occurrences(self, term: str) -> Iterator[int]:
        """Start offsets of the non-overlapping occurrences of ``term`` in ``text``.

        Found through the positions of the term's rarest ``low``-gram, so that a
        lookup costs what the term's rarest part occurs, not the text's length
        (``str.find`` per term made comparing long texts quadratic).
        """
        best, offset = self._rarest(term)
        if best is None:
            return
        text, free = self.text, 0
        for at in best:
            start = at - offset
            if start >= free and text.startswith(term, start):
                yield start
                free = start + len(term)

    def heading_count(self, term: str) -> int:
        """Occurrences of ``term`` in headings."""
        return self.heading_text.count(term) if self.heading_text else 0

    def emphasis(self, term: str) -> int:
        """Extra weight for occurrences in headings (+3 each) and as a quoted name (+1 each)."""
        return self.quoted.get(term, 0) + 3 * self.heading_count(term)

    def display(self, term: str) -> str:
        """The term as a reader sees it."""
        return term if self.words is None else " ".join(self.words.decode(term))

    def fragment(self, term: str) -> bool:
        """Whether ``term`` is a piece of longer words here (see ``_is_fragment``)."""
        known = self._fragments.get(term)
        if known is None:
            known = self._fragments[term] = _is_fragment(term, self)
        return known


def _zh_runs(text: str) -> list[str]:
    """Runs of Han characters of a text already NFKC-folded, numbers cut out."""
    runs = []
    text = _ZH_NUMBER.sub(" ", text)
    for match in _ZH_RUN.finditer(text):
        run = match.group()
        at = match.start()
        if at and text[at - 1].isascii() and text[at - 1].isalpha():
            # Glued to a Latin letter (A类飞行服务站): the run's start is no word start.
            run = "#" + run
        runs.append(run)
    return runs


def _prepare_zh(texts: Sequence[str], headings: Sequence[str], every_clause: bool) -> _Profile:
    text = unicodedata.normalize("NFKC", "\n".join(texts))
    quoted = Counter(q for m in _ZH_QUOTED.finditer(text) if _zh_term(q := m.group(1)) == q)
    runs = _zh_runs(text)
    heading_text = "|".join(unicodedata.normalize("NFKC", h) for h in headings)
    # A clause said once is a candidate only in a heading (or for ``term_counts``).
    wanted = None if every_clause else frozenset(_zh_runs(heading_text))
    short = [run for run in runs if len(run) <= _ZH_CLAUSE_MAX + 6]
    return _build("zh", None, runs, short, wanted, quoted, heading_text)


def _en_runs(text: str) -> Iterable[tuple[str, ...]]:
    """Runs of content words (lower case) between punctuation and stop words."""
    text = _EN_STAGE.sub(".", unicodedata.normalize("NFKC", text).replace("’", "'"))
    text = _EN_INITIAL.sub(r"\1 ", text)  # Loretta J. Mester: one name, not loretta, mester
    for segment in _EN_BREAK.split(text):
        chunk: list[str] = []
        words = [w.lower().removesuffix("'s") for w in _EN_WORD.findall(segment)]
        for word in [*words, ""]:
            if word and not _en_is_stop(word):
                chunk.append(word)
            elif chunk:
                yield tuple(chunk)
                chunk = []


@lru_cache(maxsize=1 << 14)
def _en_term(chunk: tuple[str, ...]) -> tuple[str, ...] | None:
    return _en_clean(chunk)


def _prepare_en(texts: Sequence[str], headings: Sequence[str]) -> _Profile:
    words = _words_table()
    runs: list[str] = []
    clauses: list[str] = []
    said = [t for t in texts if not _EN_ROLL_CALL.match(t)]
    for chunk in _en_runs("\n".join(said)):
        runs.append(words.encode(chunk))
        if len(chunk) <= _EN_CHUNK_MAX:
            cleaned = _en_term(chunk)
            if cleaned is not None:
                clauses.append(words.encode(cleaned))
    heading_text = "|".join(words.encode(c) for h in headings for c in _en_runs(h))
    return _build("en", words, runs, clauses, None, Counter(), heading_text)


def _build(
    language: Language,
    words: _Words | None,
    runs: list[str],
    clauses: list[str],
    wanted: frozenset[str] | None,
    quoted: Counter[str],
    heading_text: str,
) -> _Profile:
    """The profile of an edition's runs.

    ``clauses`` are short runs (Chinese, cleaned here) or cleaned chunks
    (English) taken as candidates as they stand; with ``wanted`` given, only
    those in it (heading clauses) or said twice or more.
    """
    text = "|".join(runs)
    # One unit longer than a term may be, so that the windows of a long repeated
    # phrase are not closed.
    low, high = (2, _ZH_MAX + 1) if words is None else (1, _EN_MAX + 1)
    size = sum(map(len, runs))
    extend = max(2, _min_count(size, language))
    index: dict[str, list[int]] | LowIndex = {}
    if len(text) >= _LONG_TEXT:
        from diffreport._ngrams import repeated as numpy_repeated

        repeated, first, index = numpy_repeated(text, low, high, extend, heading_text)
    else:
        repeated, first = _repeated(text, low, high, extend, heading_text)
    profile = _Profile(
        language=language,
        words=words,
        text=text,
        heading_text=heading_text,
        quoted=quoted,
        size=size,
        repeated=repeated,
        extend=extend,
        candidates={},
        chars=Counter(text),
        pairs=first if low == 2 else Counter(),
        openers=frozenset(
            pair for pair, n in Counter(_CLAUSE_START.findall(text)).items() if n >= 3
        ),
        low=low,
        _index=index,
    )
    found = profile.candidates
    in_headings: dict[int, set[str]] = {}  # n -> the n-unit substrings of the headings
    for gram in _closed(repeated, low, high):
        if extend > 2 and repeated[gram] < extend:
            n = len(gram)
            if n not in in_headings:
                in_headings[n] = _substrings(heading_text, n)
            if gram not in in_headings[n]:
                continue  # a long text's term said too few times to be its topic (_min_count)
        if words is None:
            term = _zh_term(gram)
        else:
            cleaned = _en_term(words.decode(gram))
            term = None if cleaned is None else words.encode(cleaned)
        if term is not None and term not in found:
            found[term] = profile.count(term, present=True)
    # A clause is a piece of the text: when it does not repeat, it occurs once.
    for clause in dict.fromkeys(clauses):
        if wanted is not None and clause not in wanted and repeated.get(clause, 0) < extend:
            continue
        term = _zh_term(clause) if words is None else clause
        longest = _ZH_CLAUSE_MAX if words is None else _EN_MAX
        if term is not None and len(term) <= longest and term not in found:
            found[term] = profile.count(term, present=True)
    for term in quoted:
        found.setdefault(term, profile.count(term))
    return profile


def _prepare(
    texts: Sequence[str],
    language: Language,
    headings: Sequence[str] = (),
    *,
    every_clause: bool = False,
) -> _Profile:
    if language == "zh":
        return _prepare_zh(texts, headings, every_clause)
    return _prepare_en(texts, headings)


_CLAUSE_START = re.compile(r"(?:^|(?<=\|))([^|]{2})")

_PROFILES: dict[int, tuple[weakref.ref[Document], _Profile]] = {}


def _profile(doc: Document) -> _Profile:
    """The topics profile of a document, built once while the document lives.

    Keyed by ``id(doc)`` (hashing a whole frozen ``Document`` costs more than
    building a profile's key should); a weak reference confirms the entry still
    belongs to this object, and a finalizer drops it when the document is freed.
    """
    key = id(doc)
    hit = _PROFILES.get(key)
    if hit is not None and hit[0]() is doc:
        profile = hit[1]
        if profile.words is None or profile.words is _WORDS[0]:
            return profile
    texts = [s.text for s in doc.sentences]
    headings = [s.text for s in doc.sentences if s.heading]
    profile = _prepare(texts, doc.language, headings)
    try:
        ref = weakref.ref(doc)
    except TypeError:  # pragma: no cover - Document always takes weak references
        return profile
    if hit is None or hit[0]() is not doc:
        weakref.finalize(doc, _PROFILES.pop, key, None)
    _PROFILES[key] = (ref, profile)
    return profile


def term_counts(texts: Sequence[str], language: Language) -> Counter[str]:
    """The terms of one document (its sentence texts) with their number of occurrences.

    Chinese terms are closed repeated character n-grams and short clauses,
    English terms noun phrases (see the module docstring); no stop words,
    numbers, years or word fragments. A term nested in another is kept when it
    also occurs on its own (``生产力`` beside ``新质生产力``).
    """
    return _terms(_prepare(texts, language, every_clause=True))


def document_terms(doc: Document) -> Counter[str]:
    """``term_counts`` of a loaded document's sentences, computed once per document.

    For topic timelines across editions: a series shares each document's
    profile with the two comparisons it takes part in.
    """
    return _terms(_profile(doc))


def _terms(profile: _Profile) -> Counter[str]:
    counts: Counter[str] = Counter()
    for term, n in profile.candidates.items():
        if n and not profile.fragment(term):
            counts[profile.display(term)] = n
    return counts


def _tighter(profile: _Profile, outer: str, inner: str) -> bool:
    """Whether bigram ``outer`` binds over four times as tightly (PMI) as ``inner``.

    ``outer`` and ``inner`` share a character: ``造业`` vs ``业增`` for
    ``业增加值`` seen in ``制造业增加值``.
    """
    shared = inner[0] if outer[1] == inner[0] else inner[1]
    outer_other = outer[0] if shared == outer[1] else outer[1]
    inner_other = inner[1] if shared == inner[0] else inner[0]
    joint_outer, joint_inner = profile.pairs[outer], profile.pairs[inner]
    if joint_outer < 3:
        return False
    chars = profile.chars
    return joint_outer * chars[inner_other] > 4 * joint_inner * chars[outer_other]


def _outweighs(profile: _Profile, outer: str, inner: str) -> bool:
    """Whether bigram ``outer`` is a word said far more often than the pair ``inner``.

    ``生活`` (27 times) against ``众生`` (3) for ``人民群众生`` seen in
    ``人民群众生活``: the last character belongs to the common word after it.
    Used at a term's end only: before a term, a frequent pair is as often a verb's
    last character and the term's first (发展|新质生产力 gives 展新).
    """
    return profile.pairs[outer] >= max(_WORD_PAIR, 4 * profile.pairs[inner])


_WORD_PAIR = 5  # a character pair said this often can be a word of its own (_outweighs)


def _is_fragment(term: str, profile: _Profile) -> bool:
    """Whether ``term`` is a piece of longer words rather than a word of its own.

    Two tests on the term's occurrences in the edition where it is prominent:

    * most occurrences begin or end inside a word (``推|进新型``): a common word
      (lead-in verbs, generic nouns) spans the boundary or holds the whole term
      (``确|定性``), or the character
      outside binds to the term's edge character far more tightly (PMI) than the
      edge character binds to its neighbour inside the term;
    * most occurrences close a 在… frame (``在…|上实现新突破``, ``在…|中积厚成势``):
      the term starts with the frame's 上 or 中;
    * most occurrences follow a content character that ends no lead-in word
      (listed, or a character pair that opens three or more clauses here), so
      that the term is the tail of longer names (``精神卫生|服务体系``,
      ``全国|运动会``), each time after a different character. When such a
      tail recurs often (six times or more) the family of names is itself the
      topic and the tail stays: ``农业强省、制造强省、科教强省…`` → ``强省``.
    """
    if profile.language != "zh":
        return False
    text = profile.text
    hits = straddled = opened = tails = framed = 0
    tail_start = term[0] in _ZH_TAIL_START and term[:2] not in _ZH_TAIL_START_OK
    postposition = term[0] in "中上"  # the end of a 在…中 / 在…上 frame
    before: list[str] = []
    after: Counter[str] = Counter()
    inner = range(1, min(3, len(term) - 1) + 1)
    for start in profile.occurrences(term):
        end = start + len(term)
        hits += 1
        left = text[start - 1 : start + 1] if start else ""
        right = text[end - 1 : end + 1] if end < len(text) else ""
        if (
            any(
                text[start - i : start + j] in _ZH_WORDS
                for i in (1, 2, 3)
                if start - i >= 0
                for j in inner
            )
            or any(text[end - j : end + i] in _ZH_WORDS for i in (1, 2, 3) for j in inner)
            # inside a common word (确|定性, 深|层次, 决战|决胜)
            or any(
                text[start - i : end + k] in _ZH_WORDS
                for i in (0, 1, 2)
                for k in (0, 1, 2)
                if i + k and start - i >= 0 and end + k <= len(text)
            )
            or (len(left) == 2 and "|" not in left and _tighter(profile, left, term[:2]))
            or (
                len(right) == 2
                and "|" not in right
                and (_tighter(profile, right, term[-2:]) or _outweighs(profile, right, term[-2:]))
            )
        ):
            straddled += 1
        if tail_start and start and "\u4e00" <= text[start - 1] <= "\u9fff":
            tails += 1  # 数字|化改造
        if postposition and "在" in text[max(text.rfind("|", 0, start) + 1, start - 20) : start]:
            framed += 1  # 在经济高质量发展|上实现新突破
        if (
            not start
            or left[0] in _ZH_OPENERS
            or any(text[max(start - k, 0) : start] in _ZH_LEAD_SET for k in (2, 3, 4))
            or text[start - 2 : start] in profile.openers
        ):
            opened += 1
        else:
            before.append(left[0])
        if end < len(text) and text[end] not in _ZH_OPENERS and not _ZH_NEXT.match(text, end):
            after[text[end]] += 1
    if after and 2 * after.most_common(1)[0][1] > hits:
        return True  # 运动|会: most occurrences are the start of one longer word
    if 2 * straddled >= hits or 2 * tails > hits or 2 * framed > hits:
        return True
    # A family of names has a different modifier each time; a repeated one (融入|服务…)
    # is more likely a verb missing from the lists.
    return 2 * opened < hits and len(set(before)) == len(before) and hits < _FAMILY


@dataclass(frozen=True)
class _Scored:
    term: str
    old: int
    new: int
    score: float
    weight: int  # occurrences on the prominent side, with heading and quote emphasis
    label: str  # the term as shown


def _g2(a: int, b: int, size_a: int, size_b: int) -> float:
    """Dunning's log-likelihood ratio of counts a and b in corpora of sizes size_a, size_b."""
    total = a + b
    expected_a = total * size_a / (size_a + size_b)
    expected_b = total * size_b / (size_a + size_b)
    g = 0.0
    if a:
        g += a * math.log(a / expected_a)
    if b:
        g += b * math.log(b / expected_b)
    return 2.0 * g


def _min_count(size: int, language: Language) -> int:
    """How often a term must be said to be a topic of an edition of ``size`` units.

    A government work report has ~17k Han characters, an FOMC statement ~150
    content words: 1 for a short text, 2 for a report, and one more for each
    further ``_LONG`` units (about three reports), since in a text as long as
    several reports a term said two or three times is no topic of it.
    """
    if size < (3000 if language == "zh" else 1500):
        return 1
    return 2 + size // _LONG[language]


def _core(term: str) -> str | None:
    """The term without a generic head (``服务`` of ``服务体系``), when one is left."""
    if not term.endswith(_ZH_HEADS):
        return None
    for head in _ZH_HEADS:
        if term.endswith(head) and len(term) - len(head) >= 2:
            return term[: -len(head)]
    return None


def _gained(here: _Profile, there: _Profile, limit: int) -> list[_Scored]:
    """Terms prominent in ``here`` and gone or nearly gone in ``there``, scored.

    The word-shape tests (``_admissible``) cost more than scoring, so they run
    from the top of the ranking down until four times ``limit`` terms passed,
    and then only on lower-ranked terms that contain a passed one (a longer
    whole term may take over its fragment's rank in ``_select``).
    """
    size_here, size_there = max(here.size, 1), max(there.size, 1)
    minimum = _min_count(here.size, here.language)
    unit = 1 if here.words is None else 2
    found: list[_Scored] = []
    for term, n in here.candidates.items():
        if n < minimum and not (n and here.heading_count(term)):
            continue
        m = there.count(term)
        # "Gone or nearly gone": the rate in the other edition at most a sixth.
        if n * size_there <= _GONE * m * size_here:
            continue
        weight_here = n + here.emphasis(term)
        weight_there = m + there.emphasis(term)
        specificity = 1.0 + 0.15 * min(unit * len(term) - 2, 4)
        score = _g2(weight_here, weight_there, size_here, size_there) * specificity
        found.append(_Scored(term, m, n, score, weight_here, here.display(term)))
    found.sort(key=lambda s: (-s.score, -len(s.term), s.label))
    kept: list[_Scored] = []
    for at, item in enumerate(found):
        if len(kept) == 4 * limit:
            passed = {k.term for k in kept}
            kept.extend(
                item
                for item in found[at:]
                if _contains_any(item.term, passed, here.low)
                and _admissible(item.term, here, there)
            )
            break
        if _admissible(item.term, here, there):
            kept.append(item)
    return kept


def _contains_any(term: str, terms: set[str], low: int) -> bool:
    """Whether a proper part of ``term`` (``low`` units or more) is in ``terms``."""
    size = len(term)
    return any(
        term[start : start + n] in terms for n in range(low, size) for start in range(size - n + 1)
    )


def _admissible(term: str, here: _Profile, there: _Profile) -> bool:
    """Whether a gained term is a word of its own whose change is more than a rewording."""
    if here.fragment(term):
        return False
    core = _core(term) if here.words is None else None
    # 服务体系 is new only in name while 服务 is everywhere.
    return not (
        core
        and here.count(core) * max(there.size, 1) <= _GONE * there.count(core) * max(here.size, 1)
    )


def _select(scored: list[_Scored], limit: int, low: int) -> list[_Scored]:
    """The top ``limit`` terms, nested terms reduced to one (see the module docstring)."""
    ranked = sorted(scored, key=lambda s: (-s.score, -len(s.term), s.label))
    position = {item.term: i for i, item in enumerate(ranked)}
    # A term contained in a listed longer term that explains most of its occurrences is a
    # fragment of it; the whole term stands for its fragments and takes the best score.
    container: dict[str, int] = {}
    for i, other in enumerate(ranked):
        term = other.term
        for size in range(low, len(term)):
            for start in range(len(term) - size + 1):
                inner = term[start : start + size]
                j = position.get(inner)
                if (
                    j is not None
                    and 2 * other.weight >= ranked[j].weight
                    and container.get(inner, i) >= i
                ):
                    container[inner] = i
    best = {item.term: item.score for item in ranked}
    for inner, i in container.items():
        outer = ranked[i].term
        best[outer] = max(best[outer], ranked[position[inner]].score)
    ranked.sort(key=lambda s: (-best[s.term], -len(s.term), s.label))
    chosen: list[_Scored] = []
    for item in ranked:
        if item.term in container:
            continue
        if any(item.term in c.term or c.term in item.term for c in chosen):
            continue
        chosen.append(item)
        if len(chosen) == limit:
            break
    return chosen


def _changes(
    old: _Profile, new: _Profile, limit: int
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    gained = _select(_gained(new, old, limit), limit, new.low)
    lost = _select(_gained(old, new, limit), limit, old.low)
    return (
        tuple(TopicChange(term=s.label, old_count=s.old, new_count=s.new) for s in gained),
        tuple(TopicChange(term=s.label, old_count=s.new, new_count=s.old) for s in lost),
    )


def topic_changes(
    old: Document, new: Document, *, limit: int = 15
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    """(new topics, dropped topics) between two editions, most important first.

    New: prominent in ``new`` and absent or nearly absent in ``old``; dropped: the
    reverse. Ranked by log-likelihood between the editions (see the module
    docstring). Each document is profiled once, however many comparisons use it.
    """
    if old.language != new.language:
        old_profile, new_profile = _prepare_like(old, new.language), _profile(new)
    else:
        old_profile, new_profile = _profile(old), _profile(new)
    return _changes(old_profile, new_profile, limit)


def _prepare_like(doc: Document, language: Language) -> _Profile:
    texts = [s.text for s in doc.sentences]
    return _prepare(texts, language, [s.text for s in doc.sentences if s.heading])


_ROUGH_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _split_sentences(text: str, language: Language) -> list[str]:
    """A rough sentence split for callers without a segmented document (tests, tools)."""
    pattern = r"(?<=[。！？])|\n+" if language == "zh" else r"(?<=[.!?])\s+|\n\s*\n"
    return [s for s in re.split(pattern, text) if s.strip()]


def topic_changes_text(
    old_text: str, new_text: str, language: Language, *, limit: int = 15
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    """``topic_changes`` on two raw texts split into sentences roughly.

    For tools and tests without a segmented ``Document``: a sentence that starts
    with ``一、`` or ``（一）`` counts as a heading.
    """
    profiles = []
    for text in (old_text, new_text):
        sentences = _split_sentences(text, language)
        headings = [s for s in sentences if _ROUGH_HEADING.match(s)]
        profiles.append(_prepare(sentences, language, headings))
    return _changes(profiles[0], profiles[1], limit)
