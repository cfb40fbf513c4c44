"""A line of prose cut off inside a sentence, where no wrap width tells the breaks apart.

A web page or a hand-made text may break one line in the middle of a sentence
(``…实现国内国⏎际双循环…``, ``…Beautiful China⏎Initiative…``). Such a break is told from
a paragraph's end by both lines being prose: the first long enough for a paragraph (not
a table's row or a list's item), the first holding a clause or a sentence's end of its
own (not a title, a dateline, ``p.m.``, ``D.C.``, ``H. Powell``) and ending on a word's
character, the second starting with one and holding a clause or ending a sentence (not
a byline or a signature). Read by
:func:`diffreport.normalize._breaks`.
"""

from __future__ import annotations

import re

from diffreport.lexicon import zh
from diffreport.model import Language

#: per language: what makes a line prose, a word's character, the shortest line of prose
_PROSE = {
    "zh": (
        re.compile("[，、；。！？]"),
        re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"),
        50,
    ),
    "en": (re.compile(r"[a-z]{3}[.!?]\s+[A-Z]|[a-z]{3}[,;]\s"), re.compile(r"[A-Za-z0-9]"), 120),
}
#: a sentence's end, with what closes a quotation or a bracket after it
_ENDS = re.compile("[。！？.!?][”’」』）)\"']*$")
#: a line that opens on a list's ordinal and ends on no mark is its item's sub-heading
#: (四是完善大保护大治理格局，坚决筑牢国家西部生态安全屏障)
_ORDINAL_LEAD = re.compile(rf"[{zh.LIST_MARKER_NUMERALS}]{{1,3}}是")


def breaks_inside_sentence(
    before: str, after: str, language: Language, opener: re.Pattern[str]
) -> bool:
    """Whether the break between two stripped lines, the first ending on no mark, is
    inside a sentence. ``opener`` matches what opens a paragraph (a heading's number)."""
    prose, word, least = _PROSE[language]
    if len(before) < least or _ORDINAL_LEAD.match(before):
        return False
    for line, edge in ((before, before[-1]), (after, after[0])):
        if not word.match(edge) or opener.match(line):
            return False
    # the second line may be the sentence's end alone (…China⏎Initiative and … environment.)
    return bool(prose.search(before) and (prose.search(after) or _ENDS.search(after)))
