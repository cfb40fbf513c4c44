"""Chinese cue patterns for aligning two editions."""

from __future__ import annotations

import re

#: a full date (``2024年3月5日``) in a Chinese report's opening lines: the dateline under its
#: title (``——2024年3月5日在第十四届全国人民代表大会第二次会议上``) gives the edition's
#: year when no heading does; read by align.years. Added with the year read from the text.
FULL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)年\d{1,2}月\d{1,2}日")
