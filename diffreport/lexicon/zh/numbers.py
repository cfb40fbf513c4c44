"""Chinese word lists and cue patterns for figures and what they measure."""

from __future__ import annotations

import re

#: units and classifiers that may follow a Chinese figure (百分点, 亿元 … 元, 个, 项, 年),
#: as one regex alternation, longer forms first; read by the number grammar. Entries
#: since numbers began (commit 03966d1); 方 after digits or 万/亿 (天然气产量370亿方, not
#: 一方有难八方支援) and 微克每立方米 (PM2.5浓度不超过35微克每立方米) from hand-labelled
#: Shaanxi targets.
NUMBER_UNITS = (
    "个百分点|百分点|个千分点|千分点|‰|%|"
    "千瓦时|千瓦|千伏|千米|千克|兆瓦|吉瓦|平方公里|平方千米|平方米|立方米|公里|公顷|"
    "微克每立方米|微克/立方米|(?<=[0-9万亿])方(?![面案式向法针位便舱阵圆程])|"
    "吨标准煤|吨|公斤|斤|亩|美元|欧元|元|"
    "人次|万人次|户次|场次|架次|班次|人|户|家|个|项|座|所|条|辆|台|套|间|张|件|次|倍|岁|艘|架|处|只|头|"
    "部|种|名|位|支|块|场|篇|款|栋|株|棵|份|例|床|标箱|米|度|天|小时|分钟|宗(?![教旨])|列(?![入为车出明举])|门(?![诊户槛类店票窗面口市前禁])|"
    "年|个月|月|日|号|时|季度|周年|届|期|批|版"
)
#: units of NUMBER_UNITS that tell a time or a name, not a measured amount (2024年, 3个月,
#: 十四届): a figure in them is matched so that it is skipped. Since commit 03966d1.
UNITS_NOT_AMOUNTS = frozenset(
    {"年", "个月", "月", "日", "号", "时", "季度", "周年", "届", "期", "版"}
)
#: qualifiers written before a figure (不低于, 超过, 约, 近): the bound or approximation a
#: figure carries; 达 is matched to be refused (a verb). Since commit 03966d1.
QUALIFIERS_BEFORE = re.compile(
    r"(?:不低于|不少于|不超过|不高于|不到|不足|超过|突破|高于|低于|至少|最多|大约|接近|约|近|超|逾|达)$"
)
#: qualifiers written after a figure (左右, 以上, 以内; 内 only after 控制在). Since commit
#: 03966d1.
QUALIFIERS_AFTER = re.compile(r"左右|以上|以内|以下|上下|之内|之上|内")
#: verbs that lead to a figure: one ending in 到/至/在/为 reaches a level, the bare form
#: (增长, 提高) gives a change; longer forms first so the regex takes them whole. Entries
#: since commit 03966d1, widened on the corpus (5efd047, 9d2035e, 56ecea5); 建设 before a
#: noun it modifies (建设投资, 建设资金, 建设用地, 建设项目) is part of a name
#: (中央预算内经常性建设投资, 省重点建设项目).
#: A growth verb before 速 (增长速度) is part of the name too; 定为/定在 set a goal whose
#: name may stand in the clause before (…调控目标，定为百分之八至九). 从 in a word (从业人员,
#: 从事, 从严), 由 in one (无理由, 来由), is no verb of a figure.
FIGURE_VERBS = re.compile(
    r"(?<!不)(?:"
    r"(?:提高|提升|降低|下降|增长|增加|扩大|缩小|减少|回落|回升|上升|上涨|下调|上调|调高|调低|"
    r"延长|缩短|压减|压缩|削减|增|升|降|减)(?:到|至)|"
    r"(?:控制|保持|稳定|维持)在|(?:确|设|预)?(?<![决规约])定(?:为|在)|拟安排|改造提升|建设提升|拟发行|拟按|"
    r"增长|增加|提高|提升|下降|降低|减少|回落|回升|上涨|上升|扩大|缩小|下调|上调|延长|缩短|削减|"
    r"达到|突破|超过|跃上|迈上|站上|跃升|安排|(?<!新)设立(?!的)|发行|完成|实现|投放|投入|下达|筹集|减免|新建|建成|改造|培育|"
    r"实施|推进|建设(?!投资|资金|用地|项目)|打造|开工|创建|争创|引进|支持|聚焦|办好|抓好|做好|新开工|新改建|"
    r"从(?![业事严未来而头容速])|(?<![理缘来自事])由|为|达)(?![值量额率幅度标速]|强度)"
)
#: a clause that names a goal and leaves its figure to the next (今年经济增长速度的宏观调控
#: 目标，定为百分之八至九): the goal's subject, before 的…目标. From the State Council 1995.
GOAL_SUBJECT_CLAUSE = re.compile(
    r"^(?P<subject>[^，。；：]{2,24}?)(?:的)?(?:宏观调控|调控|预期|主要)?目标$"
)
#: a measure a clause opens with (确保物价上涨幅度比去年有明显回落): the subject a next
#: clause without one (力争控制在百分之十五左右) speaks of; not one it defines (经济增速是
#: 综合性指标, then 今年预期目标设定为6%以上 restates the growth target). From SC 1995.
MEASURE_SUBJECT = re.compile(
    r"^(?P<subject>[\u4e00-\u9fff]{2,12}?(?:上涨幅度|涨幅|增幅|增速|增长率|增长速度))(?!是|为)"
)
#: what opens the basis of a comparison (比, 较, 同比): a figure after it is a delta of
#: the metric before. Since commit 03966d1.
COMPARISON_LEAD = re.compile(r"^(?:比|较|同比|环比|与)")
#: a comparison with the year before (比上年, 同比去年): the delta is named 比上年. Since
#: commit 03966d1.
COMPARED_WITH_LAST_YEAR = re.compile(r"^(?:比|较|同比)(?:上年|去年|上一年|前一年)")
#: words a subject phrase starts with that are no part of a metric's name (今年, 力争, 其中,
#: 一是); each one-character word looks ahead so it never eats the first character of a
#: word (先进制造业, 要素市场, 在建项目 stay whole). Since commit 03966d1, widened in the
#: held-out-style edit study (5efd047); conjunctions (但, 而且), adverbs of manner (有序,
#: 稳步, 积极) and verbs with a result (用好, 管好) added for issue 18 (but 赤字率, 有序推动公园,
#: 用好新增专项债券 were names); a time taken (用两年时间, 三年内), 为此 and 用于 (安排用于“三农”的
#: 资金) from the State Council 2006-2009.
METRIC_FILLER_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+是|用?[一二两三四五]年(?:时间|内)|今年|全年|去年|上年|明年|当年|年内|预期目标|预期(?!性)|目标|主要|"
    r"其中|建议(?=[^书稿])|共(?![享建同青性识])|先(?=发行|安排|期)|再(?![生制贷保融造])|将|要(?![素求件点害])|"
    r"拟|力争|确保|努力|争取|预计|计划|合计|继续|进一步|全省|全市|全区|全国|我国|我省|我市|我区|分别|总共|提出|"
    r"一共|为此|是|即(?!时)|按(?!期)|在(?![建校园岗职册线])|和(?![美谐平])|及(?![时格])|与|"
    r"并(?![购网联])|同时|此外|另外|以及|带动|推动|促进|拉动|使(?!用)|让(?!利)|把|"
    r"对(?![外口接标])|落实好|用好|管好|守好|用足|用于|用(?![电地水能工户])|向|的|但是|但(?!书)|而且|并且|"
    r"有序|稳步|积极|大力|扎实|着力|深入|不断|切实|全面(?![屏])|坚持)+"
)
#: a goal's copula inside a subject and what follows it (经济增长**预期目标是在明显提高质量
#: 和效益的基础上**年均增长7%): the metric is what comes before. From the State Council
#: 2011 (the 十二五 goals).
METRIC_GOAL_CLAUSE = re.compile(r"(?:的)?(?:主要)?(?:预期目标|目标)(?:是|为|定为|定在).*$")
#: words a subject phrase ends with that are no part of a metric's name (的, 目标, 预计,
#: 年均, 继续). Since commit 03966d1, widened when restated targets kept their name (fe66572).
METRIC_FILLER_TAIL = re.compile(
    r"(?:的|预期目标|预期|目标|(?<=目标)定|(?<=的)(?:宏观)?调控|设定|确定|拟定|预计|分别|全年|今年|要|将|拟|力争|确保|努力|争取|"
    r"为|是|都|在|按|先|再|平均每年|(?<!每人)(?<!每生)(?<!每户)每年|"
    r"共|合计|累计|继续|连续|进一步|同比|也|平均|实际|首次|首度|年均|(?<![人户])均|已经|已|又|还|"
    r"总共|一共|一次性|持续|稳步|大幅|明显|逐步|基本|保持|预定|原定|原计划|和|(?<![惠涉普波])及|与|、)+$"
)
#: verbs and adverbs that name nothing when they are all a metric is (新增, 惠及, 累计):
#: the figure's noun follows it. From the held-out-style edit study (commit 5efd047);
#: verbs of an action done to what the figure counts (解决, 关停, 淘汰, 凝聚, 取消, 拿出)
#: from the State Council 2004-2013 (解决3200万人的安全饮水问题, 关停5000万千瓦小火电机组).
EMPTY_METRIC = re.compile(
    r"^(?:新增|惠及|增发|一次性|累计|共|达|完成|新建|建成|改造|带动|吸引|帮助|覆盖|受益|"
    r"涉及|普及|减轻|节约|节省|支持|投入|安排|下达|拨付|发放|培训|资助|救助|开工|落地|"
    r"再?解决|关停|淘汰|凝聚|取消了?|彻底改变|改变|拿出|扫除)$"
)
#: a year or a five-year period inside a metric name (2024年度, “十四五”时期), dropped
#: from the name, with the preposition of a deadline (到2027年新型储能装机规模: not
#: 到新型储能装机规模). Since commit 03966d1.
METRIC_YEAR_OR_PERIOD = re.compile(
    r"(?:到|截至|截止到?)?(?:19|20)\d{2}年(?:底|末|度)?|“[^“”]{0,8}”时期|[一二三四五六七八九十]{2,4}五时期"
)
#: goal cues (目标, 预期, 力争, 确保, 预计) that make a figure of their clause, or of a list's
#: lead-in, a target; 超预期 is no goal, and 预期寿命 (life expectancy) is a name, not a
#: goal (issue 18: an outcome 人均预期寿命78.8岁 was read as a target). Since commit 03966d1;
#: 努力把…控制在 (striving for a figure) from the State Council 1994.
TARGET_CUES = re.compile(
    r"目标|(?<!超)预期(?!寿命)|力争|确保|拟|争取|预计|努力(?:把|使|实现|做到|保持|达到)"
)
#: weaker goal cues (计划, 安排, 将, 要求) that count only inside the figure's own clause
#: (五年行动计划 is a name, not a plan). Since commit 03966d1.
TARGET_CLAUSE_CUES = re.compile(r"计划|安排|将|要求")
#: the lead-in of a list of goals before a colon (任务是：, 指标：). Since commit 03966d1.
TARGET_LEAD_IN = re.compile(r"任务是|要求是|指标")
#: classifiers of counted items (个, 项, 家, 条 …): a count under ten in one is rhetoric or
#: a name (一批, 八项规定), and the noun after one is what is counted. Since commit 03966d1.
COUNT_UNITS = frozenset(
    "个项条次座家所名件种批张部位场篇款块份头只支处间套台辆架艘本栋株棵例床宗列门"
)
#: verbs of growth or decline that complete a one- or two-character metric (收入增长).
#: Since commit 03966d1.
GROWTH_VERBS = frozenset(
    {"增长", "增加", "提高", "提升", "下降", "降低", "上涨", "上升", "回落", "减少"}
)
#: 及以上/以下 before a noun: the figure before it sizes that noun (65岁及以上老年人,
#: 30万千瓦以下煤电机组), it is no amount. From a hand audit of seven provinces' targets
#: 2025->2026 (commit 58c4d34).
SIZE_CLASS_AFTER = re.compile(r"及?以[上下](?!的)[\u4e00-\u9fff]")
#: units of an attribute (an age, a unit's capacity) that always size their noun before
#: SIZE_CLASS_AFTER. Commit 58c4d34 (hand audit of seven provinces).
ATTRIBUTE_UNITS = frozenset(("岁", "周岁", "千瓦", "千伏", "千伏安"))
#: units of a rating that sizes what follows whatever follows: a line's or a grid's voltage
#: (建设750千伏河西走廊北通道工程, 500千伏输变电工程, 新建750千伏和330千伏电网工程) is a
#: class of equipment, never an amount to reach. From a read of the provinces' 2026 targets.
RATING_UNITS = frozenset(("千伏",))
#: units of a duration that label the noun right after them (240小时过境免签, 24小时不打烊站点,
#: 1小时通勤圈): a bracket or a service's name, not an amount; with a
#: qualifier (以内, 左右) or at a clause's end (延长至240小时) the figure is an amount. From a
#: hand-labelled read of Zhejiang and Sichuan 2025 -> 2026.
LABEL_UNITS = frozenset(("小时", "天", "分钟"))
#: who an age brackets, right after it (0-6岁儿童, 3岁以下婴幼儿): not 82.4岁提升至83.9岁
AGE_GROUP_AFTER = re.compile(
    r"(?:及?以[上下])?(?:儿童|幼儿|婴幼儿|老人|老年人|人口|学生|青少年|妇女|女性|适龄|孩子|未成年人)"
)
#: a population after its size (近14亿中国人的饭碗, 56个民族共同…): its size is a fact, not a
#: figure to reach (340个民族村寨 counts villages). From SC 2019.
POPULATION_FIGURE_AFTER = re.compile(
    r"(?:多|余)?(?:人[口民]|(?:中国|全国)?人民|中国人|个民族(?=共同|团结|大家庭|同胞|人民|的))"
)
#: units of money, people, households and weight that size a noun only when an entity
#: follows (SIZED_ENTITY_AFTER): 完成2100万人次以上培训任务 still counts. Commit 58c4d34.
SIZED_UNITS = frozenset(("元", "人", "户", "吨"))
#: 以上/以下 followed by an entity (项目, 企业, 城市, 村, 机组) that a figure of SIZED_UNITS
#: sizes (10亿元以上项目). Commit 58c4d34 (hand audit of seven provinces).
SIZED_ENTITY_AFTER = re.compile(
    r"及?以[上下][\u4e00-\u9fff]{0,4}?(?:项目|企业|工程|城市|县|镇|村|社区|园区|集群|机组)"
)
#: what stands between two figures of one range (100万元至300万元, 3-5%). Since commit
#: 03966d1.
RANGE_JOINERS = frozenset(("至", "-", "~", "到", "—", "－"))
#: what follows a count of the parts of a speech (以下十二个方面, 提出20项主要指标): no
#: figure. From the State Council 2025->2026 outline of the 15th five-year plan (56ecea5).
OUTLINE_NOUNS = ("方面", "大方面", "个方面", "项主要指标", "项指标", "个主要指标", "个指标")
#: what stands before a count of a text's parts (提出20项, 6个方面18条) but not before a
#: figure (健康消费等方面29项促消费政策). Commits 56ecea5 and ca063a8 (a review of them).
OUTLINE_LEAD = re.compile(r"(?:提出|[0-9一二三四五六七八九十]+个?方面)$")
#: words after which a long subject may be cut to its head noun phrase (的, 对, 通过,
#: 推动). From the held-out-style edit study (commit 5efd047).
METRIC_CUT_AFTER = re.compile(r"的|对|向|把|使|让|通过|围绕|推动|带动|促进|实现|加快|聚焦|其中")
#: where a counted noun ends and a new predicate begins (5家企业|建设世界一流企业,
#: 成为, 实现). From the held-out-style edit study (commit 5efd047).
PREDICATE_AFTER_NOUN = re.compile(r"成为|发展成为|达到|实现|开展|接入|转型升级")
#: what opens the next statement rather than a counted noun after a figure (1000家|新增规上
#: 工业企业), or a change of the figure (国务院组成部门从40个|减少到29个). From the held-out-style
#: edit study (commit 5efd047) and the State Council 1998.
PREDICATE_START = re.compile(
    r"新增|新建|新开工|建成|实现|完成|达到|推动|推进|加快|"
    r"(?:提高|提升|降低|下降|增长|增加|扩大|缩小|减少|回落|上升|压减|压缩|削减|[增减降升])(?:到|至)"
)
#: nouns of a level reached (迈上3万亿元台阶, 大关): never what a figure counts. Commit
#: 9d2035e.
LEVEL_WORDS = frozenset(("台阶", "新台阶", "大关", "关口", "量级"))
#: where the noun a figure qualifies (5.5%左右的预期增长目标与…) ends: a conjunction or
#: a verb or a modal (6.5%左右的增速|可以实现比较充分的就业). From restated targets (commit
#: fe66572).
QUALIFIED_NOUN_END = re.compile(
    r"与|和(?!谐)|同(?![比步期])|及(?!时)|跟|是|将|为|既|符合|体现|有利于|考虑|可以|能够|需要"
)
#: measures that name no item alone as the next entry of a list (粮食播种面积3320万亩、
#: 产量1285万吨: 产量 is the 粮食 of the entry before). From Guangdong's grain targets and 31
#: province pairs (commit 53cb94a).
BARE_MEASURES = ("总产量", "产量", "单产", "播种面积", "面积", "总产值", "产值")
#: measures of an amount that, alone after 、, are the amount of the entry before's subject
#: (中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元). From SC 2022, whose two rows were
#: named 规模.
AMOUNT_MEASURES = ("规模", "总额", "总量", "余额")
#: activities counted in visits or sessions (培训40万人次): alone, the verb names the figure
ACTIVITY_VERBS = frozenset(("培训", "救助", "资助", "帮扶", "体检", "筛查", "接待"))
#: a clause about the past year (去年, 过去一年, 上年 but not 比上年, 上年同期, nor the 上
#: of 基础上 before 年均: 在…的基础上年均增长7%): its figure is an outcome. From the
#: held-out-style edit study (commit 5efd047).
PAST_YEAR = re.compile(
    r"(?<![比较与于础])(?<!同比)(?<!环比)(?:去年|过去一年|上年(?!均)|上一年)(?!同期|以来|基础上)"
)
#: this year or next (今年, 明年, not 今年以来): with PLAN_MODAL after it, a figure is a
#: target anywhere. From the held-out-style edit study (commit 5efd047).
THIS_YEAR = re.compile(r"(?:今年|明年)(?!以来)")
#: modal words of a plan (再, 要, 将, 力争, 预计, 预期 but not 好于预期, 市场预期) that make 今年… a
#: target. From the held-out-style edit study (commit 5efd047); 预期 from the State
#: Council 1999 (今年的经济增长预期为7%左右, under a heading that reviews 1998 too).
PLAN_MODAL = re.compile(
    r"再|要|将|拟|继续|力争|确保|争取|计划|预计|(?<![超于场])预期(?!稳定)|进一步|努力"
)
#: what joins the figures of an enumeration after 分别 (、, 和, 及, 以及, ，). From the
#: held-out-style edit study (commit 5efd047).
ENUMERATION_JOINERS = frozenset(("、", "和", "及", "与", "以及", "，", ","))
#: what separates the subjects of an enumeration before 分别 when 、 alone does not (A和B).
#: Commit 5efd047.
ENUMERATION_SPLIT = re.compile(r"、|和|及|与")
#: where the shared measure of an enumerated subject begins (…服务经费|人均财政补助标准,
#: 增加值, 比重). Commit 5efd047; a price paid (最低收购价) from the State Council 2009.
MEASURE_HEAD = re.compile(
    r"人均|户均|增加值|最低收购价|收购价|标准|比重|占比|比例|收入|产量|产值|规模|总额|总量|增速|价格|指数|投资|支出"
)
#: a sentence that opens a list of the year's goals (主要预期目标是): what follows in its
#: section is plan. Since commit 03966d1.
PLAN_SENTENCE = re.compile(r"主要预期目标是|主要目标是|预期目标是|主要预期目标为")
#: a sentence that announces a list of the year's measures (今年继续实行积极财政政策的主要
#: 内容，包括以下几个方面。 / 今年要…重点抓好以下几个方面：): this year or a plan's modal
#: (要, not 主要) before the list; the items after it (一是…, 二是…) are plan. From the
#: State Council 1993-2002, whose task chapters mix the past year's results with the
#: year's measures.
PLAN_LIST_LEAD = re.compile(
    r"(?:今年|明年|(?<![主重需首必纲概])要|将|力争|抓好|做好)[^。；]*以下(?:几个方面|几方面|几项|几点)"
)
#: what opens an item of such a list (一是, 第二, 首先, （三）)
LIST_ITEM = re.compile(
    r"\A\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十](?![年届次])|首先|其次|"
    r"[（(][一二三四五六七八九十][）)])"
)
#: a sentence that opens the year's plan in a report whose plan part has no heading of
#: its own (根据党中央部署，今年工作的总体要求是：…): the plan starts there. From the State
#: Council 2002, whose tasks follow the review of 2001 with no part heading.
PLAN_OPENING = re.compile(r"(?:今年|明年)(?:各项|政府)?工作的?总体要求是")
#: verbs that state a change of a level (标准提高30元, 比上年增加1.6万亿元): never paired
#: with a level (达到700元). From the held-out-style edit study (commit 5efd047); the
#: series stage reads it too (its change verbs).
LEVEL_CHANGE_VERBS = frozenset(
    """
    增长 增加 提高 提升 下降 降低 减少 回落 回升 上涨
    上升 扩大 缩小 下调 上调 延长 缩短 压减 压缩 削减
    """.split()
)
#: a change to a level (提高到, 降低至): a verb of LEVEL_CHANGE_VERBS with 到 or 至, as one
#: regex alternation; what follows it is the level reached, what precedes it (由/从…) the
#: level it left
CHANGE_TO_LEVEL = "(?:" + "|".join(sorted(LEVEL_CHANGE_VERBS, key=len, reverse=True)) + ")(?:到|至)"
#: verbs of the new items a year adds (新建200个, 新开工, 增发): what they state is a count
#: or a level of this year's new items, not a change of a standing level. From the series
#: follow-through (commit 4ee22f9).
NEW_ITEM_VERBS = frozenset({"新建", "新增", "新开工", "新改建", "增发"})
#: every verb of an amount added or taken away: the one list of increment verbs for
#: figures and series (issue 18 merged the numbers' and the series' lists here).
INCREMENT_VERBS = LEVEL_CHANGE_VERBS | NEW_ITEM_VERBS
#: words of a share of a whole in a metric's name (比重, 占比, 比例, 份额, 占…): a figure
#: in % so named is a share, never paired with a growth rate of the same item.
SHARE_WORDS = re.compile(r"比重|占比|比例|份额|占[\u4e00-\u9fff]{1,12}比")
#: endings of a metric's name that make a figure in % a ratio or a rate of its own (赤字率,
#: 失业率, 城镇化率, 投入强度): a level of a ratio, not a growth of it.
RATIO_TAILS = re.compile(r"(?:率|强度|系数|指数)$")
#: endings of a metric's name that make it a growth rate (增速, 涨幅, 增幅, 降幅, 增长率).
GROWTH_TAILS = re.compile(
    r"(?:增速|增幅|涨幅|降幅|幅度|增长率|增长速度|发展速度|增长|上涨|下降|降低)$"
)
#: words a metric's name may end with that say how much of a thing, not which thing
#: (转移支付规模 is 转移支付, 能耗强度 is 能耗): two names that differ by one measure one
#: quantity.
AMOUNT_TAILS = re.compile(r"(?:规模|总额|总量|水平|强度)$")
#: cues of a figure per recurring period inside a year (每月, 月均, 月最低标准, 每周): a
#: monthly standard is not a yearly amount.
RECURRING_CUES = re.compile(r"每月|月均|月人均|月最低|按月|每季度|每周|每日|每天")
#: units an amount is counted per after a slash (16.8万元/人, 700元/月, 30万吨/日): the
#: slash and it belong to the figure's unit. Units of time, people and measure.
PER_UNIT = re.compile(r"千瓦时|立方米|平方米|公里|人次|小时|人|户|年|月|日|天|周|亩|吨|床")
#: units per a recurring period inside a year (元/月, 吨/日): the figure is a rate per period.
RECURRING_PER_UNITS = ("/月", "/日", "/天", "/周", "/小时")
#: names of the output of a whole economy (地区生产总值, 国内生产总值, GDP, 经济): their
#: growth is one quantity however a report names it (经济增长, 地区生产总值增长, GDP增长).
ECONOMY_OUTPUT_NAMES = frozenset(
    {
        "经济",
        "地区生产总值",
        "国内生产总值",
        "国民生产总值",
        "生产总值",
        "gdp",
        "全省生产总值",
        "全市生产总值",
    }
)
#: the standard abbreviations and long forms of the price indices statistical reports
#: use, each with the one name a metric is keyed by (CPI涨幅 and 居民消费价格指数涨幅 are
#: the 居民消费价格涨幅 target). Longest first; applied to a lower-cased name.
STATISTICAL_NAMES = (
    ("居民消费价格指数", "居民消费价格"),
    ("工业生产者出厂价格指数", "工业生产者出厂价格"),
    ("cpi", "居民消费价格"),
    ("ppi", "工业生产者出厂价格"),
)
#: characters that make a word with a following 负 (减负, 担负, 肩负, 抱负, 胜负): that 负
#: is no minus sign (为经营主体减负2500亿元 is 2500亿元).
NOT_SIGN_BEFORE_FU = frozenset("减担肩抱胜自欺辜")
#: a heading on the goals of a five-year period (二、“十五五”时期主要目标任务), with the
#: period's name in group 1. From a hand audit of seven provinces 2025->2026 (58c4d34).
PERIOD_HEADING = re.compile(
    r"([一二三四五六七八九十]{1,2}五)”?(?:时期|期间|规划|计划|发展|主要|目标)"
)
#: what makes such a heading a review of the period (回顾, 执行情况) or also name a single
#: year (…和2026年重点工作). Commit 58c4d34.
NOT_PERIOD_HEADING = re.compile(r"(?:19|20)\d{2}年|回顾|成就|执行|总结|情况")
#: a yearly average over several years (年均, 平均每年). Commit 58c4d34. Not the annual mean
#: of a measure (细颗粒物年均浓度, 年平均值: Beijing 2026's PM2.5 cap is the year's goal).
PER_YEAR = re.compile(r"(?:年均|平均每年|每年平均|年平均)(?!浓度|值)")
#: a goal for a later year (到2030年, 力争2027年, 2027年底前), the year in group 1 or 2. Commit
#: 58c4d34; 力争 and 前 from a hand-labelled read of Sichuan 2025.
BY_YEAR = re.compile(r"(?:到|力争|争取)((?:19|20)\d{2})年|((?:19|20)\d{2})年(?:底)?(?:前|以前)")
#: a goal over a stretch of years said without an end year (用3—5年时间, 用两年时间, 今明两年):
#: the stretch in group 1. From a hand-labelled read of Hubei 2025 and SC 2019.
OVER_YEARS = re.compile(
    r"用([\d一二两三四五六七八九十]+(?:[—\-~至到][\d一二三四五六七八九十]+)?)年(?:左右)?(?:时间|内)"
    r"|(今明两年|今后[两三四五]年)"
)
#: a session's name after its count (十一届九次、十次全会): the count is no figure. From the
#: held-out-style edit study (commit 5efd047).
SESSION_NAMES = ("全会", "会议", "代表大会")
#: metric names that say only that something grows or is aimed at (增长, 增速目标): a target
#: so named restates a named target of the same figure. From restated targets (fe66572).
BARE_METRICS = frozenset({"增长", "增速", "增幅", "速度", "增长速度", "增长目标", "增速目标"})

#: a clause that changes a measure (下调城镇职工基本养老保险单位缴费比例): the subject of a next
#: clause that has none (各地可降至16%). From a hand-labelled read of SC 2019.
CHANGED_OBJECT_CLAUSE = re.compile(
    r"^(?:下调|上调|调低|调高|降低|提高|压减|压降)(?P<subject>[\u4e00-\u9fff]{2,24})$"
)
#: who acts, and may, in a clause that names no measure (各地可, 地方政府可): the measure is
#: in the clause before
MODAL_PAYER = re.compile(r"^(?:各地|地方政府|各级政府|地方)(?:可|可以)$")
#: what a name holds when it names no quantity: one who pays (中央财政, 各级政府, 国务院)
#: with at most a time or a 为此 around it (今后三年各级政府, 中央财政为此), a basis of a
#: figure per head or per unit (人均, 每人每年, 平均每斤, 每10万人), a descriptor of a
#: country or a place (我们这样一个, 这条红线: a thing named elsewhere), or money alone
#: (资金, 支出). A target so named is no row of the targets table: its figure stays among
#: the other numbers. From the State Council 2004-2013 (中央财政 832亿元 "changed" to
#: 中央财政 1300亿元, two programmes; 人均 1196元; 我们这样一个 13亿人).
NO_NAME = re.compile(
    r"^(?:(?:今后[一二三四五两]年|[一二三四五两]年内|今年|五年内)?"
    r"(?:中央财政|地方财政|各级财政|国家财政|全国财政|中央政府|地方政府|各级政府|各地|中央|"
    r"国家|国务院|政府)(?:将|拟|再|还|也|可)?(?:为此|将为此)?"
    r"|(?:人均|户均|每人|每户|每生|每亩|平均)?(?:每人|每户|每年|每月|每斤|每公斤|每吨|每亩)*"
    r"|每[0-9.]+[十百千万亿]*[\u4e00-\u9fff]{1,2}"
    r"|(?:专项)?资金|经费|款项|支出"
    r"|[^，。；]{0,6}(?:这样|这么|那样)(?:一个|一种|的)?|(?:这|那)[条个项种一][\u4e00-\u9fff]{0,4})$"
)
#: a modal of possibility (可, 可以, 能够; 能 alone starts 能源, 能力) right before a verb of an
#: effect, or before 使/让 and whom it affects (减轻, 节约, 带动, 增加; 可再生, 可支配 are names):
#: what a measure can bring about (可减轻企业和居民负担约5000亿元, 每年可使农民减轻负担48
#: 亿元), an effect reckoned, not a target; so is what a measure just stated brings about
#: (这将使农村1.5亿中小学生的家庭普遍减轻经济负担). From the State Council 2004, 2007 and 2009.
EFFECT_NAME = re.compile(
    r"^[^，。；]{0,6}?(?:可以?|能够)(?:(?:使|让)[^，。；]{0,4}?)?"
    r"(?:减轻|节约|节省|带动|拉动|惠及|降低|减少|增加|创造|吸纳|提供|节能|减排)|"
    r"^这(?:将|可|会|能)?(?:使|让)"
)
#: words that say how much of something without saying of what (总额, 总量, 规模, 总计):
#: alone before a figure they name it by the noun after 的 (总额4万亿元的两年投资计划).
BARE_AMOUNT_WORDS = frozenset(("总额", "总量", "规模", "总规模", "总计", "合计", "金额", "数额"))
#: nouns of money set aside right after an amount (200亿元专项资金, 2000亿元债券, 30亿元国债
#: 资金): what the amount is, when the name before says only who pays. Kinds of funds.
#: a programme an amount of money pays for, right after it (筹措7亿元实施就业惠民工程,
#: 安排50亿元支持…行动): it names the money when nothing before does. From Gansu 2026's
#: 民生实事, whose amounts had all been named 筹措.
FUNDED_PROGRAMME = re.compile(
    r"(?:实施|用于|支持|推进|开展)(?P<name>[\u4e00-\u9fff“”+]{2,16}?"
    r"(?:工程|行动|计划|项目|专项|改革|试点))"
)
FUNDS_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:资金|债券|国债|基金|经费|补贴|补助|贷款)(?![\u4e00-\u9fff])"
)
#: words of a state reached before now (目前, 已经, 原先, 迄今): a figure so stated is where
#: things stand or stood, not a goal, even in the plan part (目前我国年度财政性教育经费支出
#: 总额已经超过2万亿元, 取消了原先336亿元的农业税赋). From the State Council 2006 and 2013;
#: 已 before a verb of reaching (我国60岁以上人口已达2.5亿) from SC 2019.
STATE_SO_FAR = re.compile(
    r"目前|已经|原先|原来|此前|迄今|至今|(?<![不而得])已(?=达|有|超|占|覆盖|建成)"
)
#: the level in force now, right before a figure (将…现行16%的税率降至13%): the level a
#: change starts from, not a goal. From a hand-labelled read of SC 2018 -> 2019.
CURRENT_LEVEL = re.compile(r"现行的?$")
#: what a figure of a population is followed by (13亿人口的发展中国家, 凝聚13亿人民的智慧,
#: 解决13亿中国人的吃饭问题), read from its 人 when the figure has that unit: the noun after
#: it is what the population has, nothing counted. From the State Council 2006-2011.
POPULATION_AFTER = re.compile(r"人[口民]|(?:中国|全国)?人民|中国人")
#: a year a clause speaks of (从2003年到2006年), not one compared with (比2020年, 较2005年,
#: 与2010年相比): the year in group 1.
YEAR_OF_FIGURE = re.compile(r"(?<![比较与同])((?:19|20)\d{2})年")
#: what follows a figure that counts years, not an amount (两千多年来, 三十余年): 多 or 余 and
#: a unit of time; the figure is a duration, as 五年 is (UNITS_NOT_AMOUNTS). From the State
#: Council 2005 (彻底改变两千多年来农民种田缴纳“皇粮国税”的历史).
DURATION_AFTER = re.compile(r"[多余](?:年|个月|周年|天)")
#: a modal of a plan inside a name, before the verb it qualifies (中央政府拟新增1.18万亿元,
#: 中央财政拟安排“三农”投入): no part of the name (模拟, 虚拟 are words, not the modal).
MODAL_INSIDE_NAME = re.compile(r"(?<![模虚比])拟(?=新增|安排|投入|发行|新建|设立|下达|增加)")
