"""Chinese word lists and cue patterns for the parts of a report and commitments."""

from __future__ import annotations

import re

#: headings that start the plan part of a Chinese report (the year's tasks, targets or
#: arrangements, ``2024年政府工作任务``, ``今后五年``); read by analyze.parts. Entries
#: since the package skeleton (commit de76b26).
PLAN_HEADING = re.compile(
    r"政府工作任务|工作任务|总体要求|政策取向|预期目标|主要目标|目标任务|今年工作|明年工作|重点工作|"
    r"工作安排|工作部署|工作建议|工作的建议|主要任务|重点任务|工作思路|工作的基本方针|今后.{0,6}(?:工作|任务)|工作总体要求|"
    r"今后五年|下一步|发展目标|年的?(?:主要)?工作$|工作总体部署"
)
#: headings of the part of a Chinese report that reviews the past year (``一、2024年工作回顾``,
#: 首先报告2001年的工作: reporting on a year's work); read by analyze.parts. Entries since
#: the package skeleton (commit de76b26); the report of a year's work from the 2002 report.
REVIEW_HEADING = re.compile(r"回顾|过去|成绩|成就|取得|总结|报告(?!今年|明年)\S{0,8}年的?工作")
#: the title of a glossary a report appends (名词解释, 《政府工作报告》有关内容名词注释, 注释):
#: its entries explain terms, they neither plan nor review. From Guangdong, Sichuan,
#: Jiangxi and Yunnan 2025/2026, whose glossaries had filled the topics lists.
NOTES_TITLE = re.compile(r"名词(?:解释|注释|解读)|术语(?:解释|表)|\A\s*注\s*释\s*\Z")
#: a bare annex label (附件, 附件2), whose first line may name what the annex is
ANNEX_LABEL = re.compile(r"\A\s*附件\s*[\d一二三四五六七八九十]{0,2}\s*\Z")
#: explicit future cues (将, 力争, 确保, 计划, 拟, 争取) that make a sentence a commitment
#: anywhere in a report, with look-arounds that keep words like 将近, 行动计划, 拟定 out;
#: read by analyze.commitments. From the skeleton (de76b26), look-arounds added when
#: commitments took explicit cues anywhere (7e3cae5).
COMMITMENT_FUTURE = re.compile(
    r"((?<![必即])将(?!近|军|士|领|其|之)|力争|确保|(?<!行动|规划|发展|工程|帮扶|支持|实施)计划(?!单列)|"
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
#: the modal 要 (must, will), not the 要 of 重要, 主要, 需要, 要求, 要素 …
_YAO = r"(?<!重|主|需|必|首|纲|摘|概|只|不)要(?!求|素|点|害|闻|件|事|是|么)"
#: the commitment cues of a report's imperative voice that commit wherever they stand
#: (要 but not 重要, 要求; 加快, 推动, 必须 …), issue 3's definition (commit 2ec59c8, after
#: 3368f0d); read by analyze.commitments.
COMMITMENT_STRONG = re.compile(rf"({_YAO}|加快|着力|推动|实施|推进|坚持|加大|强化|务必|必须)")
#: what must be done (要, 必须, 应当): a sentence that opens on past years commits when it
#: says so (近几年水旱灾害比较严重，…，要下决心把水利建设搞上去); read by analyze.commitments
MUST = re.compile(rf"{_YAO}|必须|务必|应当|应该")
#: explicit future cues that make a sentence of the review part a commitment (将, 力争, 拟,
#: 计划 as a verb, 下一步): a review reports results, so only a stated future commits it.
#: 争取 and 确保 are left out (a review says 争取中央资金233亿元 of money obtained), so is
#: 计划 as a quoted programme name (“双高计划”) and 将 + object + 纳入/列入/作为 (the 把
#: construction of a result). Read off the review parts of the State Council reports
#: 2016–2025 and the 2025/2026 provincial reports; read by analyze.commitments.
REVIEW_FUTURE = re.compile(
    r"(?<!必)将(?!近|军|士|领|其|之|来)(?![^，。；]{0,14}(?:纳入|列入|作为|写入))|力争|"
    r"拟(?!定|订|人)|(?<![”\"])(?<!行动|规划|工程|帮扶)计划(?![”\"]|单列)|下一步"
)
#: sentences of the plan part that speak about the report, the year or the hall rather than
#: commit to an action, by kind: the address to the deputies (各位代表！), what the year is
#: (今年是…关键之年), the situation (当前，…), the lead-in of a guideline or a list (做好今年
#: 工作，要…; 要注重把握好以下关系), how heavy the tasks are (任务十分繁重, 意义重大),
#: and a short copula verdict (X是民生之本、财富之源; not the enumeration 一是…, nor a focus
#: of action, 当前的重点是加快…); a verdict or the situation followed by 要, 必须 or 将 is
#: an action; a sentence about a document laid before the congress (全文提交大会审查,
#: 已提请大会审议, 这里概述几个方面) is about the report too. Read off the plan
#: parts of the State Council reports 2016–2025 and of the 31 provinces' 2025/2026 reports;
#: read by analyze.commitments.
#: a verb's perfective 了 (取得了显著成效, 突出了更加重视就业的导向): without a modal or a
#: cue of action (COMMITMENT_FUTURE, COMMITMENT_STRONG, 继续 …), a plan-part sentence so
#: reports or explains, and commits to nothing. Not 为了, 除了, 了解. Read off the plan
#: parts of the State Council reports 1992-2025 (40 such sentences, none an action).
PERFECTIVE = re.compile(r"(?<![为除])(?<=[\u4e00-\u9fff])了(?!解|如指掌|结|却|不起|然)")
PLAN_META = re.compile(
    r"\A[^，。！？“”\"]{1,10}[！!]\Z|"
    r"\A(?:今年|明年|今后一个时期|新的一年|这一年)[^，。；]{0,6}[，,]?是|"
    r"\A(?:当前|目前|当今|放眼)(?:和今后|及今后|和未来)?(?:一个|一段)?(?:时期)?[，,](?![^。]*(?:要(?!求)|必须|将))|"
    r"\A做好(?:今年|明年|全年|新一年|新的一年|\d{4}年)?(?:的)?(?:政府)?(?:各项)?工作[，,]|"
    r"以下[^，。；]{0,8}(?:方面|关系|几点|工作|任务)|"
    r"(?:任务|形势|挑战|环境)[^，。；]{0,8}(?:繁重|艰巨|严峻|复杂)[^，。；]{0,4}[。！]\Z|"
    r"\A[^。，]{0,12}任务(?:十分|很|更加|较)?(?:重|繁重|艰巨)[、，,](?![^。]*(?:要(?!求)|必须|将))[^。]{0,12}[。！]\Z|"
    r"意义(?:十分|特别|极其)?重大|"
    r"(?:提交|提请)(?:本次)?(?:大会|会议)(?:审查|审议)|这里(?:概述|简要说明|着重说明|重点说明)|"
    r"\A(?![一二三四五六七八九十]{1,3}是)[^，。；：、]{1,10}是"
    r"(?![^。]*(?:加快|推进|实施|加强|推动|促进|完善|建立|健全|发展|提高|扩大|深化))"
    r"[^，。；：]{1,14}[。！]\Z"
)
