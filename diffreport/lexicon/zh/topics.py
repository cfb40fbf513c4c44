"""Chinese word lists and cue patterns for topics."""

from __future__ import annotations

import re

#: lead-ins of a policy clause (adverbs, generic verbs, "we", "this year", "the whole
#: province") that an object follows: stripped from the front of a candidate topic
#: (打好三大攻坚战 -> 三大攻坚战) and never a topic alone. Written for policy reports with
#: the first topics (commit c09f421), extended by hand audits of State Council and
#: province lists (commits 65e2eb6, 95261ba).
TOPIC_LEAD_INS = tuple(
    """
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
    """.split()
)
#: adverbs of time and degree among the lead-ins, after which 好 begins a word (持续好转,
#: 逐步好转), not the complement it is after a verb (保障好, 完成好); from a review of
#: the shown terms (session 9)
ADVERB_LEAD_INS = (
    "持续",
    "逐步",
    "逐渐",
    "不断",
    "继续",
    "进一步",
    "稳步",
    "明显",
    "总体",
    "更加",
    "日益",
)
#: function characters (particles, prepositions, demonstratives, 个, the negation 没) no
#: topic begins with; from the first topics (commit c09f421), 个 after an audit of State
#: Council lists (commit 8419378), 没 (没有发生) from a reading of Hubei 2025 -> 2026
TOPIC_BAD_START_CHARACTERS = frozenset(
    "年的了和与及等是在对把将也都还并而或从向于被让使其之着过得为以要就又各每该此这那些更最很较个没"
)
#: function characters no topic ends with; from the first topics (commit c09f421)
TOPIC_BAD_END_CHARACTERS = frozenset(
    "的了和与及等是在对把将也都还并而或从向以于被让使其之着过得要就又各每该此这那些更最很较到至第"
)
#: words that begin with one of ``TOPIC_BAD_START_CHARACTERS`` and still are terms
#: (以旧换新, 对外开放, 个体工商户); from the first topics (commit c09f421), 个体 个人 个性
#: 个税 个案 from an audit of State Council lists (commit 8419378)
TOPIC_START_EXCEPTIONS = (
    "以旧换新", "对外", "和平", "和谐", "要素", "并购", "以人为本", "与时俱进", "其他",
    "在建", "为民", "以工代赈", "以人民为中心", "过剩", "得益", "年轻", "年金", "年报",
    "个体", "个人", "个性", "个税", "个案",
)  # fmt: skip
#: words that end with one of ``TOPIC_BAD_END_CHARACTERS`` and still are terms (为民,
#: 以上); from the first topics (commit c09f421)
TOPIC_END_EXCEPTIONS = ("为民", "以上", "以内", "以下", "之间")
#: heads, never modifiers, so no topic begins with them (发展|方式绿色转型), and what
#: follows a number or a period's name (（“十四五”）时期工作回顾); the heads from the first
#: topics (commit c09f421), the period words from a hand reading of the 31 province
#: pairs (commit fd568a4)
TOPIC_HEAD_ONLY_WORDS = (
    "领域", "方面", "水平", "能力", "体系", "机制", "工作", "方式", "作为",
    "时期", "期间", "左右", "以上", "以下", "以来",
)  # fmt: skip
#: a rank, not a subject (增速居全国前列, 位居全球首位): no topic holds one; from a hand
#: reading of the 31 province pairs (commit fd568a4)
TOPIC_RANK = re.compile("居全国|居全球|居世界|全国前列|全国第|位居|排名第|名列")
#: verbs (and a few adverbs) no topic ends with: a topic is a noun phrase; from the
#: first topics (commit c09f421), extended with the fragment filters and an audit
#: (commits ccc7831, 65e2eb6); the reciprocal verbs (X与Y相统一, 相结合, 相适应) from
#: a reading of the 2024 -> 2025 first screen (效应相统一); the predicates of a result
#: (作用明显, 没有发生) from a reading of the Hubei 2025 -> 2026 first screen
TOPIC_VERB_ENDINGS = tuple(
    """
    实现 推进 推动 加强 加快 促进 支持 扩大 提高 提升 坚持 实施 落实 强化 优化 做好 抓好 打造
    构建 形成 保持 增强 深化 完善 健全 开展 确保 力争 取得 达到 增长 下降 超过 突破
    壮大 作为 收官 落地 见效 增加 减少 降低 拓宽 释放 吸引
    完成 提供 印发 召开 不断 持续 连续 面临 分别 成为
    相统一 相结合 相适应 相协调 相衔接 相匹配 相促进 相融合 相一致
    明显 坚实 有力 发生
    """.split()
)
#: a degree adverb or the modal 将 inside a candidate makes it a clause (基础更加坚实,
#: 支撑更加有力, 中央财政将安排): a subject and its predicate, no topic; from a reading of
#: the Hubei 2025 -> 2026 first screen and of SC 2008's topics
TOPIC_CLAUSE_INSIDE = re.compile("更加|更为|日益|越来越|明显|将(?!来)")
#: generic head nouns a one-character fragment often stands before (地|建设): a
#: candidate that is such a head plus one character is no topic; from the first
#: topics (commit c09f421)
TOPIC_GENERIC_TAILS = (
    "建设",
    "发展",
    "工作",
    "改革",
    "体系",
    "机制",
    "能力",
    "水平",
    "行动",
    "工程",
)
#: further generic heads (服务体系, 民生力度 name no topic of their own): a topic ending in
#: one of these or ``TOPIC_GENERIC_TAILS`` is new only when its core is; from the
#: generic-head filter (commit ccc7831)
TOPIC_GENERIC_HEADS = tuple(
    """
    力度 效能 效益 举措 格局 成效 作用 方式 模式 效率 步伐 进程 任务 措施 保障 治理 管理
    服务 政策 制度 体制 布局 战略 目标 要求 环境 质量 领域 方面
    """.split()
)
#: function characters that join two words into a phrase (粮食等重要农产品, 融入和服务):
#: inside a candidate they make it no topic; from the first topics (commit c09f421)
TOPIC_PHRASE_JOINERS = re.compile("[的等了和与及或并]")
#: words that hold one of those characters and are no phrase (和平, 以及, 目的, 等级);
#: from the first topics (commit c09f421)
TOPIC_PHRASE_JOINER_WORDS = re.compile(
    "和平|和谐|参与|及时|普及|涉及|危及|以及|并购|合并|目的|平等|中等|高等|初等|等级"
)
#: words of any policy report too general to be a topic (我们, 工作, 良好, 省级, 奋力, 一揽子):
#: from the first topics (commit c09f421), extended by hand audits of State Council
#: and province lists (commits 65e2eb6, 95261ba, fd568a4)
TOPIC_GENERIC_WORDS = frozenset(
    """
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
    """.split()
)
#: characters that mostly end a word (数字化, 功能类, 服务型, 增加值): a candidate that
#: starts with one right after another Han character is the tail of a longer word
#: (化改造, 类国企); from an audit of 31 province and 10 State Council pairs (commit d1691e7)
TOPIC_WORD_FINAL_CHARACTERS = frozenset("化类型性式级率度者值业量能理动口线")
#: words that start with one of ``TOPIC_WORD_FINAL_CHARACTERS`` (量子, 能源, 业态, 率先):
#: such a candidate is no tail; same audit (commit d1691e7), 化债 化纤 化解 口腔 from a
#: review (commit ca063a8)
TOPIC_WORD_FINAL_CHARACTER_WORDS = frozenset(
    """
    化肥 化工 化学 化石 化妆 类脑 类别 性能 性别 性价 式样 级别 率先 度假 者也 值守 值班 业态
    业务 业主 业绩 业余 量子 量化 量力 量质 能源 能耗 能力 能级 能效 能量 能够 理论 理念 理解
    理财 理事 理性 动能 动力 动态 动员 动物 动漫 动车 口岸 口碑 线上 线下 线路 线索 型号
    化债 化纤 化解 口腔
    """.split()
)
#: common words (besides lead-ins and generic words) no topic begins or ends inside:
#: a candidate whose edge splits one (确|定性) is a fragment; from the first topics
#: (commit c09f421)
TOPIC_COMMON_WORDS = frozenset(
    """
    具有 没有 所有 现有 已有 已经 国家 中国 全国 我国 社会 人民 企业 产业 城市 农村 地方 政府
    部门 单位 群众 领域 行业 市场 就业 消费 投资 资金 项目 水平 能力 作用 工程 服务 管理
    """.split()
)
