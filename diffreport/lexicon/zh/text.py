"""Chinese word lists and cue patterns for normalizing and segmenting text."""

from __future__ import annotations

import re

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
#: a part of a report named on a line of its own without a marker (``2024年工作回顾``,
#: ``“十四五”时期工作回顾``, ``2025年工作安排建议``, ``加强政府自身建设``, the notes'
#: ``名词解释``, Hainan 2026's ``注释``): a top-level heading, as ``一、…`` would be;
#: what comes before the part's name is a time (a year, a plan period, 今后五年), not a
#: clause (二是抓好重点工作 is an item). From three provincial reports of 2025-2026 that
#: number no parts. An annex's label (``附件``, ``附件1``, ``附件2 名词解释``) heads the
#: annex: Guangdong 2025's ran into its title.
PART_HEADING_LINE = re.compile(
    r"(?:(?:\d{4}年|“[^“”]{2,6}”时期|今后五年|过去五年|[一二三四五六七八九十]+年来)"
    r"(?:和(?:\d{4}年|“[^“”]{2,6}”时期))?的?)?"
    r"(?:主要)?(?:工作回顾|工作安排(?:建议)?|重点工作|主要任务|工作建议|工作任务|目标任务)"
    r"|(?:全面|切实|持续)?加强政府自身建设|政府自身建设|名词解释|名词注释|注\s*释"
    r"|附件(?:\s*[\d一二三四五六七八九十]{1,2})?(?:\s*[:：]?\s*[^。；，,;]{2,24})?"
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
    r"\A(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?"
    r"|(?:Page|PAGE|page)\s*\d{1,4}\s*(?:of|/)\s*\d{1,4})\Z"
)
#: ``Page 3`` alone on a line: a page number where the document has two or more (a lone
#: one may be a reference: shown on⏎Page 3⏎of the Summary)
PAGE_WORD_LINE = re.compile(r"\A(?:Page|PAGE)\s*\d{1,4}\Z")
#: a number alone on a line (``12``): a page number where it stands alone among the
#: document's bare numbers (no other within a few lines: not a list's or a table's) and
#: the lines around it are prose that runs past it (…协同发展⏎12⏎重在疏解…), not a
#: subscript, a year or a figure cut from its letters or unit (广义货币M⏎2, 40m⏎2⏎以上,
#: 回顾过去一年⏎2024⏎, 帮助⏎300⏎人就业).
BARE_NUMBER_LINE = re.compile(r"\A(?!(?:19|20)\d\d\Z)\d{1,4}\Z")
#: what the line before a page number may end with: a Han character or a sentence's
#: punctuation (not a colon: a list follows), and in English a lower-case word too
PAGE_NUMBER_BEFORE = re.compile(r"[\u4e00-\u9fff。！？；，、”）.!?;,)]\Z")
PAGE_NUMBER_BEFORE_EN = re.compile(r"[.!?;,)a-z]\Z")
#: what the line after a page number may begin with: a Han character, a quote or a
#: bracket, a letter; not a unit or a measure word (万人, 亿元, %, 个, 公里)
PAGE_NUMBER_AFTER = re.compile(
    r"\A(?![万亿千百元人个项家条座所套台辆部件次名户吨亩斤倍年月日岁多余公米%％‰])[\u4e00-\u9fff“（A-Za-z]"
)
#: the genre words a document title ends with (``…政府工作报告``): a title line is never joined
#: with what follows it; entries from commit 6e49832 (the first reading stage)
TITLE_ENDING = re.compile(r"(?:报告|纲要|公报|声明|决议|讲话|致辞|建议|说明)[）)]?\Z")
#: a date line under a title (``——2026年1月26日在…会议上``): never joined across a blank line;
#: entries from commit 6e49832 (the first reading stage), checked by
#: test_henan_2026_keeps_title_and_speaker_lines
DATELINE = re.compile(r"\A[—―\-－]*\s*[（(]?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})年")
