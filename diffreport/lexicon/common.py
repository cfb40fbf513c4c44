"""Patterns both languages share: years, punctuation classes."""

from __future__ import annotations

import re

#: a calendar year written in digits (1940–2099), not part of a longer number: the year
#: a report reviews or plans, in a heading, a label or a file name. The corpus runs 1954–2026.
YEAR = re.compile(r"(?<!\d)(19[4-9]\d|20\d\d)(?!\d)")
