"""Fragments: a candidate that is a piece of longer words rather than a word of its own."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from diffreport.analyze.topics.zh import _ZH_LEAD_SET, _ZH_OPENERS, _ZH_WORDS, _word_at
from diffreport.lexicon.zh import TOPIC_WORD_FINAL_CHARACTER_WORDS, TOPIC_WORD_FINAL_CHARACTERS

if TYPE_CHECKING:
    from diffreport.analyze.topics.profile import _Profile

_FAMILY = 6  # a tail of longer names this often is a topic of its own (强省)


def _tighter(profile: _Profile, outer: str, inner: str) -> bool:
    """Whether bigram ``outer`` binds over four times as tightly (PMI) as ``inner``.

    ``outer`` and ``inner`` share a character: ``造业`` vs ``业增`` for
    ``业增加值`` seen in ``制造业增加值``.
    """
    shared = inner[0] if outer[1] == inner[0] else inner[1]
    outer_other = outer[0] if shared == outer[1] else outer[1]
    inner_other = inner[1] if shared == inner[0] else inner[0]
    joint_outer, joint_inner = profile.pairs[outer], profile.pairs[inner]
    if joint_outer < 3:
        return False
    chars = profile.chars
    return joint_outer * chars[inner_other] > 4 * joint_inner * chars[outer_other]


def _outweighs(profile: _Profile, outer: str, inner: str) -> bool:
    """Whether bigram ``outer`` is a word said far more often than the pair ``inner``.

    ``生活`` (27 times) against ``众生`` (3) for ``人民群众生`` seen in
    ``人民群众生活``: the last character belongs to the common word after it.
    Used at a term's end only: before a term, a frequent pair is as often a verb's
    last character and the term's first (发展|新质生产力 gives 展新).
    """
    return profile.pairs[outer] >= max(_WORD_PAIR, 4 * profile.pairs[inner])


_WORD_PAIR = 5  # a character pair said this often can be a word of its own (_outweighs)


def _is_fragment(term: str, profile: _Profile) -> bool:
    """Whether ``term`` is a piece of longer words rather than a word of its own.

    Two tests on the term's occurrences in the edition where it is prominent:

    * most occurrences begin or end inside a word (``推|进新型``): a common word
      (lead-in verbs, generic nouns) spans the boundary or holds the whole term
      (``确|定性``), or the character
      outside binds to the term's edge character far more tightly (PMI) than the
      edge character binds to its neighbour inside the term;
    * most occurrences close a 在… frame (``在…|上实现新突破``, ``在…|中积厚成势``):
      the term starts with the frame's 上 or 中;
    * most occurrences follow a content character that ends no lead-in word
      (listed, or a character pair that opens three or more clauses here), so
      that the term is the tail of longer names (``精神卫生|服务体系``,
      ``全国|运动会``), each time after a different character. When such a
      tail recurs often (six times or more) the family of names is itself the
      topic and the tail stays: ``农业强省、制造强省、科教强省…`` → ``强省``.
    """
    if profile.language != "zh":
        return False
    text = profile.text
    hits = straddled = opened = tails = framed = 0
    tail_start = (
        term[0] in TOPIC_WORD_FINAL_CHARACTERS and term[:2] not in TOPIC_WORD_FINAL_CHARACTER_WORDS
    )
    postposition = term[0] in "中上"  # the end of a 在…中 / 在…上 frame
    before: list[str] = []
    after: Counter[str] = Counter()
    inner = range(1, min(3, len(term) - 1) + 1)
    for start in profile.occurrences(term):
        end = start + len(term)
        hits += 1
        left = text[start - 1 : start + 1] if start else ""
        right = text[end - 1 : end + 1] if end < len(text) else ""
        if (
            any(
                text[start - i : start + j] in _ZH_WORDS
                for i in (1, 2, 3)
                if start - i >= 0
                for j in inner
            )
            or any(text[end - j : end + i] in _ZH_WORDS for i in (1, 2, 3) for j in inner)
            # inside a common word (确|定性, 深|层次, 决战|决胜)
            or any(
                text[start - i : end + k] in _ZH_WORDS
                for i in (0, 1, 2)
                for k in (0, 1, 2)
                if i + k and start - i >= 0 and end + k <= len(text)
            )
            or (len(left) == 2 and "|" not in left and _tighter(profile, left, term[:2]))
            or (
                len(right) == 2
                and "|" not in right
                and (_tighter(profile, right, term[-2:]) or _outweighs(profile, right, term[-2:]))
            )
        ):
            straddled += 1
        if tail_start and start and "\u4e00" <= text[start - 1] <= "\u9fff":
            tails += 1  # 数字|化改造
        if postposition and "在" in text[max(text.rfind("|", 0, start) + 1, start - 20) : start]:
            framed += 1  # 在经济高质量发展|上实现新突破
        if (
            not start
            or left[0] in _ZH_OPENERS
            or any(text[max(start - k, 0) : start] in _ZH_LEAD_SET for k in (2, 3, 4))
            or text[start - 2 : start] in profile.openers
        ):
            opened += 1
        else:
            before.append(left[0])
        if end < len(text) and text[end] not in _ZH_OPENERS and not _word_at(text, end):
            after[text[end]] += 1
    if after and 2 * after.most_common(1)[0][1] > hits:
        return True  # 运动|会: most occurrences are the start of one longer word
    if 2 * straddled >= hits or 2 * tails > hits or 2 * framed > hits:
        return True
    # A family of names has a different modifier each time; a repeated one (融入|服务…)
    # is more likely a verb missing from the lists.
    return 2 * opened < hits and len(set(before)) == len(before) and hits < _FAMILY
