"""Continuing commitments: a dropped and a new commitment that are one commitment reworded.

The alignment pairs sentences by likeness; a commitment reworded past recognition is
left as one removed and one added sentence. When both name the same programme or
quoted term, and few sentences of either edition do, they are one commitment that
continues: :mod:`~diffreport.analyze.highlights` lists them as ``changed``, not as new
and dropped. Read by the highlights only.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from diffreport.align.years import document_year
from diffreport.analyze.background import report_share
from diffreport.analyze.newterms import (
    fold,
    holds_lead_in,
    vocabulary,
    without_lead_in,
    zh_programmes,
)
from diffreport.lexicon import en, zh
from diffreport.model import Commitment, Comparison

_HAN = re.compile(r"[\u4e00-\u9fff]")

#: two sentences that share a name continue one commitment only when this alike
#: (rapidfuzz ratio, 0-100): 17 paired 2009's 医疗服务…评价制度 with 2010's 办学体制…评价
#: 制度; true rewordings read 21-60 (深化农村改革 21)
_CONTINUED_ALIKE = 20
#: a name an edition says more often than this is too common to tell which commitment
#: continues which (“十五五”, 体制机制)
_NAME_SENTENCES = 3


def continuations(
    comparison: Comparison,
    new: tuple[Commitment, ...],
    dropped: tuple[Commitment, ...],
    texts: tuple[str, str] | None = None,
    statement: bool = False,
) -> tuple[tuple[int, int], ...]:
    """Dropped and new commitments that are one commitment reworded: (old, new) sentences.

    The alignment leaves a sentence unpaired when its rewording changed most of it
    (``持续推进“人工智能+”行动，…`` → ``深化拓展“人工智能+”，…``); such a commitment
    continues, it is neither new nor dropped. Two are one when both name the same
    programme or quoted term (Chinese: :func:`~diffreport.analyze.newterms.zh_programmes`
    and quoted names; English: capitalized programme names, :func:`_en_names`: the AI
    Plus initiative), a name each edition says at most ``_NAME_SENTENCES`` times; of
    several, the most alike pair. A sentence continues one other at most. Found through
    the names, never by comparing all pairs. ``texts`` are the old and new editions'
    folded texts when the caller has them; a ``statement`` (an FOMC statement) has none.
    """
    language = comparison.new.language
    if language != comparison.old.language or (language == "en" and statement):
        return ()  # a statement's sentences are its changes as they stand
    names = _names if language == "zh" else _en_names
    if texts is None:
        texts = (vocabulary(comparison.old).text, vocabulary(comparison.new).text)
    old_text, new_text = texts
    if language == "en":  # names are matched lowercased (AI Plus initiative, … Initiative)
        old_text, new_text = old_text.lower(), new_text.lower()
    year = document_year(comparison.new)  # a core is rare in the reports before it
    gone = {c.sentence for c in dropped}
    went: dict[str, list[int]] = {}
    for c in dropped:
        for name in names(comparison.old.sentences[c.sentence].text):
            went.setdefault(name, []).append(c.sentence)
    came: dict[str, list[int]] = {}
    for c in new:
        for name in names(comparison.new.sentences[c.sentence].text):
            if name in went:
                came.setdefault(name, []).append(c.sentence)
            elif language == "zh":
                _core_in_old(name, c.sentence, gone, texts, went, came, year)
    found: list[tuple[float, int, int]] = []
    for name, added in came.items():
        removed = went[name]
        if old_text.count(name) > _NAME_SENTENCES or new_text.count(name) > _NAME_SENTENCES:
            continue
        for a in removed:
            for b in added:
                alike = fuzz.ratio(comparison.old.sentences[a].key, comparison.new.sentences[b].key)
                if alike >= _CONTINUED_ALIKE:
                    found.append((alike, a, b))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    taken_old: set[int] = set()
    taken_new: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, a, b in found:
        if a not in taken_old and b not in taken_new:
            taken_old.add(a)
            taken_new.add(b)
            pairs.append((a, b))
    return tuple(sorted(pairs, key=lambda p: p[1]))


def _core_in_old(
    name: str,
    sentence: int,
    dropped: set[int],
    texts: tuple[str, str],
    went: dict[str, list[int]],
    came: dict[str, list[int]],
    year: int | None,
) -> None:
    """Where a new programme's name is not an old one's, the old dropped commitments that
    say its core: the name, or the name without the common words that open it, in the old
    text (深化零基预算改革 continues 开展中央部门零基预算改革试点; 实施碳排放总量和强度
    双控制度, 加快构建碳排放双控制度体系: 强度 is a common word). A core is distinctive
    (:func:`_distinctive`) and said in one sentence of each edition: a name every
    report now repeats (新型能源体系, 国资国企改革) tells no commitment from another."""
    old_text, new_text = texts
    core = without_lead_in(name)
    while len(core) >= _CORE_LEAST:
        at = old_text.find(core)
        if at != -1:
            if not (_in_one_line(old_text, core) and _in_one_line(new_text, core)):
                return  # said in more than one sentence of an edition (新型能源体系)
            if not _distinctive(core, year):
                return  # a generic core (管理机制, 发展机制)
            holder = old_text.count("\n", 0, at)  # the texts hold a sentence a line
            if holder in dropped:
                went.setdefault(core, [holder])
                came.setdefault(core, []).append(sentence)
            return
        opening, across = (report_share(w, "zh", year) for w in (core[:2], core[1:3]))
        if opening < _COMMON_WORD or across >= _COMMON_WORD:
            return  # no common word opens the name, or a cut there splits one (国|家区域…)
        core = without_lead_in(core[2:])


#: the shortest core of a programme's name looked up in the other edition (双控制度)
_CORE_LEAST = 4
#: a name's opening word is common, and its core comes after it, when this share of
#: reports use it (强度, 国际, 亿元)
_COMMON_WORD = 0.1
#: a core is a name when at most this share of reports use it and the words before its
#: suffix: 零基预算改革 and 双控制度 (none before 2026), not 管理机制 (0.15), 行动计划
#: (0.21), 制度改革 (0.65), nor 发展机制 (发展)
_CORE_SHARE = 0.05


def _in_one_line(text: str, core: str) -> bool:
    first, last = text.find(core), text.rfind(core)
    return first == -1 or "\n" not in text[first:last]


def _distinctive(core: str, year: int | None) -> bool:
    """Whether few reports use ``core`` and the words before its programme suffix
    (零基预算 of 零基预算改革; not 发展 of 发展机制, a pairing too rare to be listed), with
    no verb leading into its words (放到加快转变经济 is a clause)."""
    suffix = next((s for s in zh.PROGRAMME_SUFFIXES if core.endswith(s)), "")
    head = core[: len(core) - len(suffix)]
    if len(head) < 2 or holds_lead_in(head):
        return False  # a clause, not a name: 放到加快转变经济
    return all(report_share(word, "zh", year) <= _CORE_SHARE for word in (core, head))


def _names(text: str) -> set[str]:
    """The programmes and quoted terms a Chinese sentence names (``人工智能+``, ``…试点``)."""
    text = fold(text)
    quoted = {q for q in zh.QUOTED.findall(text) if len(_HAN.findall(q)) >= 2}  # not “1310”
    return quoted | {n for n in zh_programmes(text) if len(n) >= 3}


#: an English programme's name: capitalized words, then the word that names a programme
#: (the AI Plus Initiative, the Healthy China Initiative, pilot … Zones)
_EN_NAME = re.compile(
    r"\b(?:[A-Z0-9][\w+'’-]*\s+)+(?i:" + "|".join(sorted(en.PROGRAMME_WORDS)) + r")\b"
)
_EN_CAPITAL = re.compile(r"[A-Z][\w+'’-]*\s+")


def _en_names(text: str) -> set[str]:
    """The programmes an English sentence names, lowercased (``ai plus initiative``).

    A name starts with a capitalized word that does not open the sentence.
    """
    found = set()
    for match in _EN_NAME.finditer(text):
        name = match.group()
        head = _EN_CAPITAL.match(name)
        if match.start() == 0 and head is not None:  # Under the AI Plus …: not Under
            name = name[head.end() :]
        if _EN_CAPITAL.match(name) and len(name.split()) >= 2:
            found.add(name.lower())
    return found
