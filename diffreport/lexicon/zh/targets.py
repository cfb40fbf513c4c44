"""Chinese word lists for the batch targets table (``targets.csv``, the index's targets view)."""

from __future__ import annotations

#: words of a growth or decline rate in a target's metric or verb (增长, 增速, 涨幅, 降低 …):
#: a figure in % with one of them reads as a growth rate (经济增长5%左右, 居民消费价格涨幅
#: 2%左右, 单位国内生产总值能耗降低3%左右). Read by batch.targets. Entries read off the
#: State Council reports 2016–2025 and the 31 provinces' 2025–2026 targets.
TARGET_RATE_WORDS = (
    "增长",
    "增速",
    "增幅",
    "涨幅",
    "上涨",
    "下降",
    "降低",
    "提高",
    "提升",
    "上升",
    "回落",
    "减少",
)
#: words of a share of a whole in a target's metric (比重, 占…, 比例, 份额): a figure with one
#: of them reads as a share. Read by batch.targets. Entries read off the provinces' 2025–2026
#: targets (研发经费投入占地区生产总值比重, 非化石能源消费比重).
TARGET_SHARE_WORDS = ("比重", "占", "比例", "比率", "份额", "占比")
#: words of a change on the year before in a target's metric or verb (比上年增加, 提高30元): a
#: figure that is not a % with one of them, or a metric compared with last year, reads as a
#: change. Read by batch.targets. Entries read off the State Council reports 2016–2025.
TARGET_CHANGE_WORDS = ("比上年", "较上年", "同比", "增加", "提高", "提升", "减少", "下调", "上调")
#: names of the headline output target (地区生产总值, 国内生产总值, 经济增长, 经济增速):
#: the targets view puts first a metric whose name ends in one (alone or before a rate word).
#: Read by batch.targets. Entries read off the State Council reports 2016–2025 and the 31
#: provinces' 2025–2026 reports.
HEADLINE_TARGET_WORDS = ("生产总值", "经济增长", "经济增速", "GDP")
