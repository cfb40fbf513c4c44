"""Chinese word lists for policy stance statements (``适度宽松的货币政策``)."""

from __future__ import annotations

#: direction words of a policy stance: the adjectives a report puts before ``的…政策`` to say
#: which way a policy leans (积极, 稳健, 适度宽松's 宽松, 从紧, 中性 …); a modifier made only of
#: these and STANCE_DEGREE_WORDS makes a stance statement. Read by analyze.stances. Entries
#: read off the State Council reports 1978–2026 and the 31 provinces' 2025–2026 reports.
STANCE_DIRECTION_WORDS = (
    "积极",
    "稳健",
    "宽松",
    "从紧",
    "紧缩",
    "中性",
    "审慎",
    "灵活",
    "有为",
    "有效",
    "有力",
    "精准",
    "扩张性",
    "松紧适度",
)
#: degree adverbs that grade a stance direction (更加积极, 适度宽松, 适度从紧); they make a
#: stance statement only beside a STANCE_DIRECTION_WORDS entry. Read by analyze.stances.
#: Entries read off the State Council reports 1978–2026 and the provinces' reports; the
#: adverbs of leaning and slight degree (偏, 略, 稍: 稳健偏宽松) from edits of their stances.
STANCE_DEGREE_WORDS = (
    "更加", "更为", "更", "适度", "适当", "稳中", "较为", "比较", "进一步", "偏", "略", "稍",
)  # fmt: skip
#: the policy nouns a stance statement names before 政策 (财政政策, 货币政策, 宏观政策 …),
#: and the other policies the reports' policy orientation gives a line of its own
#: (微观政策要活, 结构政策要…, 区域政策要…, 社会政策要托底); other 政策 (民族, 侨务, 外交,
#: 增量, 涉企) are policies but not stances. Read by analyze.stances. Entries: every noun
#: the State Council reports 1978–2026 and the provinces' reports grade with a stance word
#: or open a ``<noun>政策要…`` clause with.
STANCE_POLICY_NOUNS = (
    "宏观经济",
    "改革开放",
    "财政",
    "货币",
    "宏观",
    "微观",
    "结构",
    "就业",
    "产业",
    "区域",
    "科技",
    "改革",
    "社会",
    "财税",
    "信贷",
)
#: stance words a policy's name puts after its noun: the name itself states the stance
#: (就业**优先**政策: employment put first among the macro policies), so any mention of
#: such a policy is a statement of it. Read by analyze.stances; from the State Council
#: reports 2019–2026 and the provinces' reports.
STANCE_NAME_WORDS = ("优先",)
#: what links a stance statement to the clause that says how the policy is to be run
#: (积极的财政政策**要**适度加力、提质增效). Read by analyze.stances; from the same reports.
STANCE_COMPLEMENT_LINKS = ("要",)
#: verbs that may open a policy's own ``要`` clause before its stance words
#: (货币政策要**保持**稳健中性); such a clause, ``<policy>政策要[verb]<stance words>``, completes
#: the stance statement before it. Read by analyze.stances; from the State Council reports
#: 2014–2018.
STANCE_HOLD_VERBS = ("保持", "坚持", "继续")
#: verbs that take a policy stance as their object (实施更加积极的财政政策, 坚持…): what
#: grades a policy in words no stance list holds is read after them. Read by
#: analyze.stances; kinds of verbs of the State Council reports' stance sentences, and
#: the verbs of putting a policy to use (用好, 用足, 运用) of the provinces' reports.
STANCE_TAKE_VERBS = (
    "实施", "实行", "执行", "采取", "落实", "用好", "用足", "运用", *STANCE_HOLD_VERBS
)  # fmt: skip
#: the directions in which macro policy regulates the business cycle (**逆周期** against it,
#: **跨周期** across it); a run of them before 调节 (跨周期和逆周期调节), taken by a
#: STANCE_CYCLE_VERBS verb, states the cyclical stance. Read by analyze.stances; from the
#: State Council reports 2013–2026 and the provinces' reports.
STANCE_CYCLE_WORDS = ("逆周期", "跨周期")
#: verbs that take cyclical regulation as their object when a report adopts it (**强化**
#: 逆周期调节, **发挥好**宏观政策逆周期调节作用); a bare mention (紧抓…逆周期调节政策机遇) is
#: not a statement. Read by analyze.stances; from the same reports.
STANCE_CYCLE_VERBS = ("加强", "强化", "加大", "实施", "发挥好", "发挥", "注重")
#: verbs that state the year's working tone, the principles the whole line follows
#: (**坚持**稳中求进工作总基调; 今年工作要**坚持**…、…); read by analyze.stances with
#: STANCE_TONE_NOUN. Kinds of words: a verb of adherence, the tone's own noun. From the
#: State Council reports 2012–2025 and the provinces.
STANCE_TONE_VERBS = ("坚持", "贯彻", "把握")
#: the noun a report names its working tone by (稳中求进**工作总基调**); a list of
#: four-character principles the tone verb takes in the part that sets the year's line
#: states it too. Read by analyze.stances.
STANCE_TONE_NOUN = "工作总基调"
#: verbs that keep or raise the qualities of policy as a whole (**保持**宏观政策连续性
#: 稳定性, **提高**政策的针对性和灵活性): with a run of ``…性`` words they state how policy
#: is to be run, a stance of its own. Read by analyze.stances; from the State Council
#: reports 2008–2023.
STANCE_QUALITY_VERBS = ("保持", "增强", "提高", "注重", "把握")
