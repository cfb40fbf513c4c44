"""Chinese word lists and cue patterns for the parts of a report and commitments."""

from __future__ import annotations

import re

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
