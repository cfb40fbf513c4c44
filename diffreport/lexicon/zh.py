"""Chinese word lists and cue patterns, by the stage that reads them."""

from __future__ import annotations

import re

# --- text: normalize, segment

#: the Chinese numerals list and heading markers count with (``一、``, ``（二）``,
#: ``第三部分``): for telling a heading or a new list item from running text; entries from
#: commit 6e49832
LIST_MARKER_NUMERALS = "一二三四五六七八九十百零〇"
#: heading markers at the start of a line and the outline level each gives: ``一、`` and
#: ``第一部分`` 1, ``（一）`` 2, ``（1）`` and ``1.``/``1、`` 3 (``2.5`` is no marker); for the
#: section tree and for never joining a heading with the next line; entries from commit 6e49832
#: (the first reading stage)
HEADING_MARKERS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(rf"\A[{LIST_MARKER_NUMERALS}]{{1,3}}、(?=\s*\S)"), 1),
    (re.compile(rf"\A第[{LIST_MARKER_NUMERALS}\d]{{1,3}}(?:部分|章|篇)"), 1),
    (re.compile(rf"\A[（(][{LIST_MARKER_NUMERALS}]{{1,3}}[）)](?=\s*\S)"), 2),
    (re.compile(r"\A[（(]\d{1,2}[）)](?=\s*\S)"), 3),
    (re.compile(r"\A\d{1,2}[.．、](?![\d.．])(?=\s*\S)"), 3),
)
#: how a government work report addresses the deputies (``各位代表：``): a line that starts with
#: it opens a new paragraph even after a line without a sentence end; entries from commit
#: 6e49832 (the first reading stage)
ADDRESS_OPENINGS = ("各位代表",)
#: openings of the Wikisource licence footer (``本作品是中华人民共和国的…``): where ``clean``
#: looks for a footer to drop at the end of a file; entries from commit 6e49832 (the first
#: reading stage), checked by test_state_council_licence_footer_is_dropped
LICENCE_FOOTER_START = r"本作品(?:是|在|已|来自|属于|原文|采用|由|为)"
#: words one of which a licence footer contains (the evidence ``clean`` wants before dropping
#: it); entries from commit 6e49832 (the first reading stage)
LICENCE_FOOTER_EVIDENCE = ("公有领域", "许可协议", "版权")
#: a "related articles" heading line (``相关报道：``): it and the links after it are dropped at
#: the end of a web page; entries from commit 6e49832 (the first reading stage)
RELATED_LINKS_LINE = re.compile(
    r"\A\s*(?:相关(?:报道|链接|附件|文档|新闻|阅读|文章|稿件)|延伸阅读|推荐阅读)\s*(?:>>|》》)?\s*[:：]?\s*\Z"
)
#: web-page button, toolbar and breadcrumb texts (``下载``, ``【字号``, ``关闭窗口``): a line
#: that is one of them is page chrome before or after the report body; entries from commit
#: 6e49832 (the first reading stage), checked on the cn-provinces web copies by
#: test_province_web_chrome_is_dropped_without_losing_text
WEB_PAGE_BUTTONS = frozenset(
    """下载 打印 全屏 收藏 分享 分享到 分享到微信 分享到微博 分享到QQ空间 微信 微博 二维码
    【字号 【字体 字号 字体 加大 还原 减小 大 中 小 【 】 | × > » › 首页 打印本页 关闭窗口
    关闭 返回顶部 返回 扫一扫在手机打开当前页 扫一扫 当前位置 您的位置 您当前的位置 阅读量
    浏览量 浏览次数 点击数 发表时间 发布时间 时间 来源 编辑 责任编辑 作者 相关附件>> 相关链接>>
    【打印】 【关闭】 【关闭窗口】 【打印本页】 【大】 【中】 【小】 [打印] [关闭]""".split()
)
#: a web page's source/time/editor line (``来源：新华社``, ``发布时间：2025-03-05``): page
#: chrome before or after the body; entries from commit 6e49832 (the first reading stage)
WEB_METADATA_LINE = re.compile(
    r"\A[（(]?\s*(?:来源|稿源|时间|发布时间|发表时间|日期|作者|编辑|责任编辑|记者|审核|校对|"
    r"阅读量|浏览量|浏览次数|点击数|字号|字体)\s*[:：][^。！？]{0,40}\Z"
)
#: a metadata label alone on its line (``来源：``): its value on the next short line is chrome
#: too; entries from commit 6e49832 (the first reading stage)
WEB_METADATA_LABEL_ALONE = re.compile(r"\A\s*(?:来源|稿源|作者|编辑|责任编辑)\s*[:：]\s*\Z")
#: a publication time alone on a line (``2025-03-05 10:30``, ``2025年3月5日 10:30``): web page
#: chrome; entries from commit 6e49832 (the first reading stage)
WEB_TIMESTAMP_LINE = re.compile(
    r"\A(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?|"
    r"\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}(?:[:：]|时)\d{2}分?(?:\d{2}秒)?)\Z"
)
#: a promotion link between arrow quotes (``》》图解政府工作报告《《``): web page chrome;
#: entries from commit 6e49832 (the first reading stage)
WEB_PROMO_LINE = re.compile(r"\A(?:》》|>>).{0,30}(?:《《|<<)\Z")
#: a newspaper page-jump marker (``（上接一版）``, ``（下转三页）``): dropped anywhere in the
#: text; entries from commit 6e49832 (the first reading stage), on the seed's newspaper copy
#: (test_seed_page_breaks_are_joined_and_markers_dropped)
PAGE_MARKER = re.compile(
    r"[（(]\s*(?:(?:上接|下转|接上|转下)\s*(?:第\s*)?[A-Za-z]?[0-9０-９一二三四五六七八九十百零〇两]{1,4}"
    r"\s*(?:版面|版|页|面)?|(?:接|转|紧接|续)\s*(?:第\s*)?[A-Za-z]?[0-9０-９一二三四五六七八九十百零〇两]{1,4}"
    r"\s*(?:版面|版|页|面))\s*[)）]"
)
#: a page number alone on a line (``- 3 -``, ``第3页，共20页``): dropped anywhere; entries from
#: commit 6e49832 (the first reading stage)
PAGE_NUMBER_LINE = re.compile(
    r"\A(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?)\Z"
)
#: the genre words a document title ends with (``…政府工作报告``): a title line is never joined
#: with what follows it; entries from commit 6e49832 (the first reading stage)
TITLE_ENDING = re.compile(r"(?:报告|纲要|公报|声明|决议|讲话|致辞|建议|说明)[）)]?\Z")
#: a date line under a title (``——2026年1月26日在…会议上``): never joined across a blank line;
#: entries from commit 6e49832 (the first reading stage), checked by
#: test_henan_2026_keeps_title_and_speaker_lines
DATELINE = re.compile(r"\A[—―\-－]*\s*[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})年")


# --- align


# --- analyze: report parts, commitments

#: headings that start the plan part of a Chinese report (the year's tasks, targets or
#: arrangements, ``2024年政府工作任务``, ``今后五年``); read by analyze.parts. Entries
#: since the package skeleton (commit de76b26).
PLAN_HEADING = re.compile(
    r"政府工作任务|工作任务|总体要求|政策取向|预期目标|主要目标|目标任务|今年工作|明年工作|重点工作|"
    r"工作安排|工作部署|工作建议|工作的建议|主要任务|今后.{0,6}(?:工作|任务)|工作总体要求|"
    r"今后五年|下一步|发展目标"
)
#: headings of the part of a Chinese report that reviews the past year (``一、2024年工作回顾``);
#: read by analyze.parts. Entries since the package skeleton (commit de76b26).
REVIEW_HEADING = re.compile(r"回顾|过去|成绩|成就|取得|总结")
#: explicit future cues (将, 力争, 确保, 计划, 拟, 争取) that make a sentence a commitment
#: anywhere in a report, with look-arounds that keep words like 将近, 行动计划, 拟定 out;
#: read by analyze.commitments. From the skeleton (de76b26), look-arounds added when
#: commitments took explicit cues anywhere (7e3cae5).
COMMITMENT_FUTURE = re.compile(
    r"((?<!必)将(?!近|军|士|领|其|之)|力争|确保|(?<!行动|规划|发展|工程|帮扶|支持|实施)计划(?!单列)|"
    r"拟(?!定|订|人)|争取)"
)
#: the imperative voice of a report (要, 务必, 必须, 着力 …), a commitment in the plan part;
#: read by analyze.commitments. From the skeleton (commit de76b26), split out in 7e3cae5.
COMMITMENT_PLAN_CUE = re.compile(r"(要|务必|必须|着力|努力|预计)")
#: action verbs and adverbs of a work report (推进, 加快, 实施, 进一步 …) that commit a
#: sentence of the plan part; read by analyze.commitments. Entries since the package
#: skeleton (commit de76b26).
COMMITMENT_ACTION = re.compile(
    r"(推进|推动|加快|加强|实施|深化|完善|健全|扩大|支持|促进|提高|提升|持续|大力|积极|稳步|"
    r"培育|打造|建设|发展|落实|强化|优化|坚持|坚决|统筹|保障|巩固|改善|做好|抓好|开展|"
    r"构建|增强|鼓励|引导|严格|防范|化解|稳定|保持|扎实|全面|切实|继续|进一步|着力|安排)"
)
#: the commitment cues of a report's imperative voice that commit wherever they stand
#: (要 but not 重要, 要求; 加快, 推动, 必须 …), issue 3's definition (commit 2ec59c8, after
#: 3368f0d); read by analyze.commitments.
COMMITMENT_STRONG = re.compile(
    r"((?<!重|主|需|必|首|纲|摘|概|只|不)要(?!求|素|点|害|闻|件|事|是|么)|加快|着力|推动|实施|推进|"
    r"坚持|加大|强化|务必|必须)"
)


# --- analyze: numbers

#: units and classifiers that may follow a Chinese figure (百分点, 亿元 … 元, 个, 项, 年),
#: as one regex alternation, longer forms first; read by the number grammar. Entries
#: since numbers began (commit 03966d1).
NUMBER_UNITS = (
    "个百分点|百分点|个千分点|千分点|‰|%|"
    "千瓦时|千瓦|千伏|千米|千克|兆瓦|吉瓦|平方公里|平方千米|平方米|立方米|公里|公顷|"
    "吨标准煤|吨|公斤|斤|亩|美元|欧元|元|"
    "人次|万人次|人|户|家|个|项|座|所|条|辆|台|套|间|张|件|次|倍|岁|艘|架|处|只|头|"
    "部|种|名|位|支|块|场|篇|款|栋|株|棵|份|例|床|标箱|米|度|天|小时|分钟|"
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
#: since commit 03966d1, widened on the corpus (5efd047, 9d2035e, 56ecea5).
FIGURE_VERBS = re.compile(
    r"(?<!不)(?:"
    r"(?:提高|提升|降低|下降|增长|增加|扩大|缩小|减少|回落|回升|上升|上涨|下调|上调|延长|缩短|"
    r"压减|压缩|增|升|降|减)(?:到|至)|"
    r"(?:控制|保持|稳定|维持)在|拟安排|改造提升|建设提升|拟发行|拟按|"
    r"增长|增加|提高|提升|下降|降低|减少|回落|回升|上涨|上升|扩大|缩小|下调|上调|延长|缩短|"
    r"达到|突破|超过|跃上|迈上|站上|跃升|安排|(?<!新)设立(?!的)|发行|完成|实现|投放|投入|下达|筹集|减免|新建|建成|改造|培育|"
    r"实施|推进|建设|打造|开工|创建|争创|引进|支持|聚焦|办好|抓好|做好|新开工|新改建|"
    r"从|由|为|达)(?![值量额率幅度标]|强度)"
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
#: held-out-style edit study (5efd047).
METRIC_FILLER_HEAD = re.compile(
    r"^(?:[一二三四五六七八九十]+是|今年|全年|去年|上年|明年|当年|年内|预期目标|预期|目标|主要|"
    r"其中|建议(?=[^书稿])|共(?![享建同青性识])|先(?=发行|安排|期)|再(?![生制贷保融造])|将|要(?![素求件点害])|"
    r"拟|力争|确保|努力|争取|预计|计划|合计|继续|进一步|全省|全市|全区|全国|我国|我省|我市|我区|分别|总共|提出|"
    r"一共|是|即(?!时)|按(?!期)|在(?![建校园岗职册线])|和(?![美谐平])|及(?![时格])|与|"
    r"并(?![购网联])|同时|此外|另外|以及|带动|推动|促进|拉动|使(?!用)|让(?!利)|把|"
    r"对(?![外口接标])|用(?![电地水能工户])|向|的)+"
)
#: words a subject phrase ends with that are no part of a metric's name (的, 目标, 预计,
#: 年均, 继续). Since commit 03966d1, widened when restated targets kept their name (fe66572).
METRIC_FILLER_TAIL = re.compile(
    r"(?:的|预期目标|预期|目标|(?<=目标)定|设定|确定|预计|分别|全年|今年|要|将|拟|力争|确保|努力|争取|"
    r"为|是|都|在|按|先|再|平均每年|(?<!每人)(?<!每生)(?<!每户)每年|"
    r"共|合计|累计|继续|连续|进一步|同比|也|平均|实际|首次|首度|年均|(?<![人户])均|已经|已|又|还|"
    r"总共|一共|一次性|持续|稳步|大幅|明显|逐步|基本|保持|和|及|与|、)+$"
)
#: verbs and adverbs that name nothing when they are all a metric is (新增, 惠及, 累计):
#: the figure's noun follows it. From the held-out-style edit study (commit 5efd047).
EMPTY_METRIC = re.compile(
    r"^(?:新增|惠及|增发|一次性|累计|共|达|完成|新建|建成|改造|带动|吸引|帮助|覆盖|受益|"
    r"涉及|减轻|节约|节省|支持|投入|安排|下达|拨付|发放|培训|资助|救助|开工|落地)$"
)
#: a year or a five-year period inside a metric name (2024年度, “十四五”时期), dropped
#: from the name. Since commit 03966d1.
METRIC_YEAR_OR_PERIOD = re.compile(
    r"(?:19|20)\d{2}年(?:度)?|“[^“”]{0,8}”时期|[一二三四五六七八九十]{2,4}五时期"
)
#: goal cues (目标, 预期, 力争, 确保, 预计) that make a figure of their clause, or of a list's
#: lead-in, a target; 超预期 is no goal. Since commit 03966d1.
TARGET_CUES = re.compile(r"目标|(?<!超)预期|力争|确保|拟|争取|预计")
#: weaker goal cues (计划, 安排, 将, 要求) that count only inside the figure's own clause
#: (五年行动计划 is a name, not a plan). Since commit 03966d1.
TARGET_CLAUSE_CUES = re.compile(r"计划|安排|将|要求")
#: the lead-in of a list of goals before a colon (任务是：, 指标：). Since commit 03966d1.
TARGET_LEAD_IN = re.compile(r"任务是|要求是|指标")
#: classifiers of counted items (个, 项, 家, 条 …): a count under ten in one is rhetoric or
#: a name (一批, 八项规定), and the noun after one is what is counted. Since commit 03966d1.
COUNT_UNITS = frozenset("个项条次座家所名件种批张部位场篇款块份头只支处间套台辆架艘本栋株棵例床")
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
#: 工业企业). From the held-out-style edit study (commit 5efd047).
PREDICATE_START = re.compile(r"新增|新建|新开工|建成|实现|完成|达到|推动|推进|加快")
#: nouns of a level reached (迈上3万亿元台阶, 大关): never what a figure counts. Commit
#: 9d2035e.
LEVEL_WORDS = frozenset(("台阶", "新台阶", "大关", "关口", "量级"))
#: where the noun a figure qualifies (5.5%左右的预期增长目标与…) ends: a conjunction or
#: a verb. From restated targets (commit fe66572).
QUALIFIED_NOUN_END = re.compile(
    r"与|和(?!谐)|同(?![比步期])|及(?!时)|跟|是|将|为|既|符合|体现|有利于|考虑"
)
#: measures that name no item alone as the next entry of a list (粮食播种面积3320万亩、
#: 产量1285万吨: 产量 is the 粮食 of the entry before). From Guangdong's grain targets and 31
#: province pairs (commit 53cb94a).
BARE_MEASURES = ("总产量", "产量", "单产", "播种面积", "面积", "总产值", "产值")
#: a clause about the past year (去年, 过去一年, 上年 but not 比上年, 上年同期): its figure
#: is an outcome. From the held-out-style edit study (commit 5efd047).
PAST_YEAR = re.compile(
    r"(?<![比较与于])(?<!同比)(?<!环比)(?:去年|过去一年|上年|上一年)(?!同期|以来|基础上)"
)
#: this year or next (今年, 明年, not 今年以来): with PLAN_MODAL after it, a figure is a
#: target anywhere. From the held-out-style edit study (commit 5efd047).
THIS_YEAR = re.compile(r"(?:今年|明年)(?!以来)")
#: modal words of a plan (再, 要, 将, 力争, 预计) that make 今年… a target. From the
#: held-out-style edit study (commit 5efd047).
PLAN_MODAL = re.compile(r"再|要|将|拟|继续|力争|确保|争取|计划|预计|进一步|努力")
#: what joins the figures of an enumeration after 分别 (、, 和, 及, 以及, ，). From the
#: held-out-style edit study (commit 5efd047).
ENUMERATION_JOINERS = frozenset(("、", "和", "及", "与", "以及", "，", ","))
#: what separates the subjects of an enumeration before 分别 when 、 alone does not (A和B).
#: Commit 5efd047.
ENUMERATION_SPLIT = re.compile(r"、|和|及|与")
#: where the shared measure of an enumerated subject begins (…服务经费|人均财政补助标准,
#: 增加值, 比重). Commit 5efd047.
MEASURE_HEAD = re.compile(
    r"人均|户均|增加值|标准|比重|占比|比例|收入|产量|产值|规模|总额|总量|增速|价格|指数|投资|支出"
)
#: a sentence that opens a list of the year's goals (主要预期目标是): what follows in its
#: section is plan. Since commit 03966d1.
PLAN_SENTENCE = re.compile(r"主要预期目标是|主要目标是|预期目标是|主要预期目标为")
#: verbs that state a change of a level (标准提高30元), never to be paired with a level
#: (达到700元). From the held-out-style edit study (commit 5efd047).
LEVEL_CHANGE_VERBS = frozenset(
    """
    增长 增加 提高 提升 下降 降低 减少 回落 回升 上涨
    上升 扩大 缩小 下调 上调 延长 缩短 压减 压缩
    """.split()
)
#: a heading on the goals of a five-year period (二、“十五五”时期主要目标任务), with the
#: period's name in group 1. From a hand audit of seven provinces 2025->2026 (58c4d34).
PERIOD_HEADING = re.compile(
    r"([一二三四五六七八九十]{1,2}五)”?(?:时期|期间|规划|计划|发展|主要|目标)"
)
#: what makes such a heading a review of the period (回顾, 执行情况) or also name a single
#: year (…和2026年重点工作). Commit 58c4d34.
NOT_PERIOD_HEADING = re.compile(r"(?:19|20)\d{2}年|回顾|成就|执行|总结|情况")
#: a yearly average over several years (年均, 平均每年). Commit 58c4d34.
PER_YEAR = re.compile(r"年均|平均每年|每年平均|年平均")
#: a goal for a later year (到2030年), the year in group 1. Commit 58c4d34.
BY_YEAR = re.compile(r"到((?:19|20)\d{2})年")
#: a session's name after its count (十一届九次、十次全会): the count is no figure. From the
#: held-out-style edit study (commit 5efd047).
SESSION_NAMES = ("全会", "会议", "代表大会")
#: metric names that say only that something grows or is aimed at (增长, 增速目标): a target
#: so named restates a named target of the same figure. From restated targets (fe66572).
BARE_METRICS = frozenset({"增长", "增速", "增幅", "增长目标", "增速目标"})


# --- analyze: topics

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
#: function characters (particles, prepositions, demonstratives, 个) no topic begins
#: with; from the first topics (commit c09f421), 个 after an audit of State Council
#: lists (commit 8419378)
TOPIC_BAD_START_CHARACTERS = frozenset(
    "年的了和与及等是在对把将也都还并而或从向于被让使其之着过得为以要就又各每该此这那些更最很较个"
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
#: (commits ccc7831, 65e2eb6)
TOPIC_VERB_ENDINGS = tuple(
    """
    实现 推进 推动 加强 加快 促进 支持 扩大 提高 提升 坚持 实施 落实 强化 优化 做好 抓好 打造
    构建 形成 保持 增强 深化 完善 健全 开展 确保 力争 取得 达到 增长 下降 超过 突破
    壮大 作为 收官 落地 见效 增加 减少 降低 拓宽 释放 吸引
    完成 提供 印发 召开 不断 持续 连续 面临 分别 成为
    """.split()
)
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


# --- series

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
#: verbs of an amount added or taken away (``新建1亿亩``), a change, not a level: a
#: target so stated is checked against an outcome so stated (commit 4ee22f9)
INCREMENT_VERBS = frozenset(
    {"增加", "提高", "提升", "新建", "新增", "扩大", "增长", "减少", "降低", "下降", "压减"}
    | {"新开工", "新改建", "增发"}
)
#: metric beginnings of an increment (``新增城镇就业``) (commit 4ee22f9)
INCREMENT_METRIC_PREFIXES = ("新增", "新建")
