"""New terms: what one edition says that the other never did, for ranking highlights.

Chinese: runs of Han character pairs absent from the other edition, widened to the
neighbouring common word and trimmed of particles, or the enumeration item holding
them; weighted by length and by rarity in reports at large
(:mod:`~diffreport.analyze.background`). Named programmes (a run of words ending
with a programme suffix) are named whole. English: runs of content words holding a
word or word pair the other edition lacks (:mod:`~diffreport.analyze.newterms_en`).
Read by :mod:`~diffreport.analyze.highlights`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from diffreport.analyze.background import report_share
from diffreport.lexicon import zh
from diffreport.model import Document, Language
from diffreport.normalize import nfkc

_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
EN_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[A-Za-z][A-Za-z'’-]*|\d[\d.,/-]*")
#: a pair of characters used in this share of reports is a common word: a new term is
#: widened over it (``资于人`` -> ``投资于人``, ``学专业`` -> ``医学专业``), not over a rare
#: neighbour. A tenth: half the reports are from before 2000, so a word of today's
#: reports (医学, 打造) is in a fifth of them or fewer (0.2 cut 医学专业 to 学专业)
_COMMON_PAIR = 0.1


@dataclass(frozen=True)
class Vocabulary:
    """What one edition said: its Han character pairs (zh) or word pairs and words (en)."""

    language: Language
    grams: frozenset[str]
    text: str


#: ``text`` in NFKC, remembered (a sentence is folded when segmented and by each reader)
fold = nfkc


def vocabulary(doc: Document) -> Vocabulary:
    text = "\n".join(fold(s.text) for s in doc.sentences)
    grams: set[str] = set()
    if doc.language == "zh":
        for run in _HAN_RUN.findall(text):
            grams.update(run[i : i + 2] for i in range(len(run) - 1))
    else:
        for line in text.split("\n"):
            words = [w.lower() for w in EN_TOKEN.findall(line)]
            grams.update(words)
            grams.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
    return Vocabulary(doc.language, frozenset(grams), text)


@dataclass(frozen=True)
class Term:
    text: str
    weight: float
    named: bool = False  # an enumeration item or a quoted term: edges the report marked


def zh_terms(text: str, other: Vocabulary, before: int | None = None) -> Iterator[Term]:
    """Runs of character pairs ``other`` never used, widened to words, with their weight
    (rarity in the reports before the year ``before``, the edition's own year).

    A run inside a short enumeration item (``具身智能`` in ``量子科技、具身智能、6G``)
    becomes the whole item, whose edges the report itself marked.
    """
    edges = [m.start() for m in _ITEM_EDGE.finditer(text)]
    for match in _HAN_RUN.finditer(text):
        run, offset = match.group(), match.start()
        novel = [run[i : i + 2] not in other.grams for i in range(len(run) - 1)]
        i = 0
        while i < len(novel):
            if not novel[i]:
                i += 1
                continue
            j = i
            while j < len(novel) and novel[j]:
                j += 1
            item = _enumeration_item(text, edges, offset + i, offset + j + 1)
            if item and item[0] == "的" and len(item) > 2 and not _in_word(item, 0):
                item = item[1:]  # “…”的争先意识: the particle after a quote is no part of it
            named = item is not None and item not in other.text and not _clause_item(item)
            if named and item is not None:
                term = item
            else:
                term = _whole_word(_trim_zh(_widened(run, i, j + 1)), other)
            if len(term) >= 2:
                yield Term(term, shape(len(term)) * zh_rarity(term, before), named)
            i = j


def _clause_item(item: str) -> bool:
    """Whether an enumeration item is a clause, not a name: it holds a particle
    (放松农业的倾向), opens a long item with a preposition or the copula (在农业连年丰收,
    在继续发展运输) where no word holds that character (在线教育 is a name), or opens with a
    list's ordinal (五是通过深化改革), or is a verb before less than a word (深化东). A
    modal stays: 侵权要赔偿 is a slogan's item."""
    inside = any(char in _CLAUSE_JOINTS and not _in_word(item, i) for i, char in enumerate(item))
    opens = len(item) >= _CLAUSE_LEAST and item[0] in _CLAUSE_OPENERS and not _in_word(item, 0)
    lead = _lead_in().match(item)  # 深化东 (深化东、中、西、东北地区…): a verb and a piece
    piece = lead is not None and len(item) - lead.end() < 2
    return inside or opens or piece or bool(_ORDINAL.match(item))


#: particles inside a clause; prepositions and the copula opening one
_CLAUSE_JOINTS = frozenset("的了着")  # not 得: 获得感
#: a preposition opens a clause of five characters or more (在继续发展运输); a shorter item
#: it opens is a name (向海经济, 在建项目, 从业人员, 对台)
_CLAUSE_LEAST = 5
_CLAUSE_OPENERS = frozenset("在对把被从向由是")
#: an item that opens with the ordinal of a list of measures (五是通过深化改革)
_ORDINAL = re.compile(r"[一二三四五六七八九十]{1,2}是")


def _whole_word(term: str, other: Vocabulary) -> str:
    """``term`` without what joins it to its neighbours: the piece between function
    characters that holds a new pair (``端和智能`` -> ``""``: 和 joined two known words),
    without a verb it runs into (``智能体加快`` -> ``智能体``)."""
    pieces = [p for p in _function_split(term) if has_new_pair(p, other)]
    if not pieces:
        return ""
    term = max(pieces, key=len)
    ending = _verb_end().search(term)
    while ending is not None and ending.start() >= 2:
        term = term[: ending.start()]
        ending = _verb_end().search(term)
    return term if has_new_pair(term, other) else ""


def _function_split(text: str) -> list[str]:
    """``text`` cut at its function characters (``端和智能`` -> 端, 智能), not inside a word
    that holds one (地方政府, 和谐社会, 土地: ``zh.FUNCTION_CHARACTER_WORDS``)."""
    pieces: list[str] = []
    start = 0
    for i, char in enumerate(text):
        if char in zh.TERM_EDGE_CHARACTERS and not _in_word(text, i):
            pieces.append(text[start:i])
            start = i + 1
    pieces.append(text[start:])
    return pieces


def _in_word(text: str, i: int) -> bool:
    """Whether the function character ``text[i]`` is part of a listed word there."""
    words = zh.FUNCTION_CHARACTER_WORDS
    return text[i : i + 2] in words or (i > 0 and text[i - 1 : i + 1] in words)


@functools.cache
def _verb_end() -> re.Pattern[str]:
    words = sorted(zh.TOPIC_VERB_ENDINGS, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")$")


def _widened(run: str, start: int, end: int) -> str:
    """``run[start:end]`` widened by a character on a side where it makes a common word."""
    if start > 0 and report_share(run[start - 1 : start + 1], "zh") >= _COMMON_PAIR:
        start -= 1
    if end < len(run) and report_share(run[end - 1 : end + 1], "zh") >= _COMMON_PAIR:
        end += 1
    return run[start:end]


_ITEM = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+]*[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9+]*")
_ITEM_EDGE = re.compile(r"[、，；：。（）“”《》\s]")
#: an enumeration item longer than this is a phrase, not a named thing
_ITEM_LONGEST = 8


def _enumeration_item(text: str, edges: list[int], start: int, end: int) -> str | None:
    """The enumeration item (between ``、`` marks) holding ``text[start:end]``, if short.

    ``edges`` are the positions of the marks that end an item, in order.
    """
    before = bisect.bisect_left(edges, start)
    left = edges[before - 1] + 1 if before else 0
    after = bisect.bisect_left(edges, end)
    right = edges[after] if after < len(edges) else len(text)
    listed = text[left - 1 : left] == "、" or text[right : right + 1] == "、"
    item = text[left:right].partition("等")[0]  # 6G等未来产业: the list ends at 等
    if not listed or not 2 <= len(item) <= _ITEM_LONGEST or not _ITEM.fullmatch(item):
        return None
    return item


def shape(length: int) -> float:
    """A term's weight by its length: a coinage has two to five characters."""
    return (0.0, 0.0, 2.0, 3.0, 4.0, 4.0, 3.5)[length] if length <= 6 else 3.0


#: a coinage is a named term (quoted or an enumeration item) at least this rare
COINAGE_RARITY = 0.8


#: what bounds an item of a list in a Chinese sentence
_ITEM_MARKS = "、，。；：（）"
_LIST_ITEM = re.compile(f"[^{_ITEM_MARKS}]+")
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def names_new_item(text: str, start: int, size: int, other: str, year: int | None) -> bool:
    """Whether the changed piece ``text[start:start + size]`` is a name in a list, added
    or taken away: the piece holds an item next to a 、 (less the verb that opens a list)
    and little more, and that item is a word of two to six characters that the other sentence
    lacks and few reports use (an industry, a fair or a tool named anew). A common name
    (新材料) added to a list changes nothing that matters, nor does a rewritten clause
    that happens to hold an item."""
    piece = text[start : start + size].strip("、")
    if _CLAUSE_MARK.search(piece):
        return False  # a clause ends inside the piece: more changed than a name
    left = start
    while left > 0 and text[left - 1] not in _ITEM_MARKS:
        left -= 1
    for item in _LIST_ITEM.finditer(text, left):
        if item.start() > start + size:
            break
        listed = (
            "、"
            in text[max(0, item.start() - 1) : item.start()] + text[item.end() : item.end() + 1]
        )
        if not listed:
            continue
        word = without_lead_in(item.group())
        if (
            word in piece
            and len(piece) <= len(word) + _ITEM_SLACK
            and _HAN_WORD.fullmatch(word)
            and word not in other
            and not _CLAUSE_JOINTS.intersection(word)
            and not holds_lead_in(word)
            and zh_rarity(fold(word), year) >= COINAGE_RARITY
            and _list_goes_on(text, item.start(), item.end(), other)
        ):
            return True
    return False


def _list_goes_on(text: str, start: int, end: int, other: str) -> bool:
    """Whether the item at ``text[start:end]`` is one of a list of three or more that the
    other sentence also holds another of: a list that goes on with a name more or less
    (洪涝、干旱、台风、…), not a pair of slogans (突出重点、把握关键)."""
    opens = max(text.rfind(mark, 0, start) for mark in "，。；：（）") + 1
    closes = min(
        (at for at in (text.find(m, end) for m in "，。；：（）") if at != -1), default=len(text)
    )
    items = [i for i in text[opens:closes].split("、") if i]
    here = text[start:end]
    return len(items) >= _LIST_LEAST and any(i != here and i.strip("等") in other for i in items)


#: a list of named things has at least this many items
_LIST_LEAST = 3
_CLAUSE_MARK = re.compile("[，。；：！？]")
#: a changed piece names an item when it is at most this much longer than the item's
#: name (a verb of two characters: 生物制造 -> 发展未来能源)
_ITEM_SLACK = 2


@functools.lru_cache(maxsize=1 << 16)
def zh_rarity(term: str, before: int | None = None) -> float:
    """1 for a term that holds a pair of characters no report uses: what is new is the pairing.

    A term of four characters or fewer that reports do use is judged by its own share.
    Reports are those before the year ``before`` when it is given.
    """
    share = report_share(term, "zh", before)
    if share > 0 and len(term) <= 4:
        return 1.0 - share
    pairs = [term[i : i + 2] for i in range(len(term) - 1)]
    return 1.0 - min(report_share(p, "zh", before) for p in pairs)


def zh_programmes(text: str) -> list[str]:
    """The named programmes of ``text``: a run of words ending with a programme suffix.

    A name is the run before its suffix back to the last function character
    (``…和强度双控制度`` -> ``强度双控制度``), stripped of the verbs that lead into it
    (``制定实施教育强国建设三年行动计划`` -> ``教育强国建设三年行动计划``); a longer run
    than ``_NAME_LONGEST`` names nothing.
    """
    names: list[str] = []
    for match in _programme_end().finditer(text):
        end, start = match.end(), match.start()
        while start > 0 and _is_han(text[start - 1]):
            edge = text[start - 1] in zh.TERM_EDGE_CHARACTERS and not _in_word(text, start - 1)
            if edge or end - start > 2 * _NAME_LONGEST:
                break
            start -= 1
        name = without_lead_in(text[start:end])
        head = name[: len(name) - len(match.group())]
        if len(name) > _NAME_LONGEST or len(head) < 2 or head in zh.PROGRAMME_SUFFIXES:
            continue
        names = [n for n in names if n not in name]
        if not any(name in n for n in names):
            names.append(name)
    return names


#: a programme's name is at most this many characters long
_NAME_LONGEST = 14


@functools.cache
def _programme_end() -> re.Pattern[str]:
    """The programme suffixes as one pattern, longest first (compiled on first use)."""
    ordered = sorted(zh.PROGRAMME_SUFFIXES, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, ordered)))


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def shown_zh(found: list[Term], other: Vocabulary, text: str = "") -> Iterator[str]:
    """The terms as a reader sees them: whole words, without a leading verb, and only if
    still new.

    A term whose edge cuts a common word of ``text`` is snapped to the word's edge
    (``动者生活`` -> ``劳动者生活``, ``快新材料`` -> ``加快新材料``, shown as ``新材料``
    once its lead-in is stripped), and not shown when no edge is within reach
    (``紧抓高质`` of 紧抓高质量发展); ``培育生物`` was new only
    for joining a verb to a known term: it is not shown; a named term (an enumeration
    item, a quoted one) is shown as the report marked it, a list's first item without
    the verb before the list (:func:`shown_named`).
    """
    for term in found:
        if term.named:
            named = shown_named(term.text, other, text)
            if named:
                yield named
            continue
        whole = snapped(term.text, text) if text else term.text
        if text and not _whole_in(whole, text):
            continue  # 紧抓高质|量发展: no word's edge within reach, a fragment is not shown
        shown = without_lead_in(_without_complement(whole, term.text, text), loose=False)
        if len(shown) >= 2 and _function_edge(shown):
            continue  # 必须把, 的企业相互协同: a word joins a clause at either edge
        if len(shown) >= 2 and (shown == term.text or has_new_pair(shown, other)):
            yield shown


def shown_named(term: str, other: Vocabulary, text: str) -> str:
    """A named term (an enumeration item, a quoted term) of ``text`` as shown: a list's
    first item without the verbs and modals that lead into the whole list (``稳定汽车``
    of 稳定汽车等大宗消费 -> ``汽车``; ``要坚持建机制`` -> ``建机制``), and "" when what is
    left is no new word (汽车 is said in the other edition too: the item was new only
    for its verb). A later item keeps its words (政治合格、…、保障有力)."""
    at = text.find(term)
    if at > 0 and text[at - 1] == "、":
        return term
    bare = term
    while len(bare) > 2 and _function_start(bare):
        bare = bare[1:]  # 的争先意识, 把高校毕业生 (not 等级保护)
    if bare != term and bare.startswith("好"):
        bare = bare[1:]  # 把好土地、信贷…关: 把好 guards, 好 is its complement
    shown = without_lead_in(bare, loose=False)
    return shown if shown == term or (len(shown) >= 2 and is_new(shown, other)) else ""


def _function_edge(term: str) -> bool:
    """Whether ``term`` starts or ends with a particle, a preposition of the object or the
    copula (的企业…, 是我们全部工作, …必须把): it runs into the clause around it. Such a
    character that is part of a word there (全民参与, 等级保护, 把关机制) is no edge."""
    return _function_start(term) or (
        term[-1] in _NO_TERM_ENDS and not _in_word(term, len(term) - 1)
    )


def _function_start(term: str) -> bool:
    """Whether ``term`` starts with a function character that begins no word there."""
    if term[:1] not in _NO_TERM_STARTS:
        return False
    return not term.startswith(zh.FUNCTION_CHARACTER_WORDS + zh.TOPIC_START_EXCEPTIONS)


#: particles and the object's prepositions; the copula 是 begins no term either
_NO_TERM_ENDS = frozenset("的了着和与及或等把被将")
_NO_TERM_STARTS = frozenset("的和与及或等把被将是")


def _without_complement(whole: str, found: str, text: str) -> str:
    """``whole`` (``found`` snapped to words of ``text``) without a leading 好 that
    snapping joined to it from the verb before it: 完成|好今年目标任务 (好今 is a common
    pair, as in 做好今年…). A term found with its 好 (持续好转态势) keeps it."""
    at = text.find(whole)
    if (
        whole.startswith("好")
        and not found.startswith("好")
        and at >= 2
        and _lead_in().fullmatch(text[at - 2 : at])
    ):
        return whole[1:]
    return whole


def _whole_in(term: str, text: str) -> bool:
    """Whether ``term``, where ``text`` has it, starts and ends at a word's edge."""
    at = text.find(term)
    return at < 0 or (_boundary(text, at) and _boundary(text, at + len(term)))


def whole_name(name: str, text: str) -> str:
    """A programme's name as shown: snapped to whole words of ``text``, without the
    verbs that snapping brought back (``生育支持政策`` stays, not ``健全生育支持政策``)."""
    return without_lead_in(snapped(name, text), loose=False)


#: a term's edge moves at most this many characters to reach a word's edge
_SNAP_MOST = 2


def snapped(term: str, text: str) -> str:
    """``term`` as found in ``text``, its edges moved off the inside of common words.

    An edge between two characters that make a common pair in reports (``劳|动``) is
    inside a word: it moves outwards, by one character or two, to the nearest place
    where no common pair is cut (``动者生活`` -> ``劳动者生活``), else inwards by one
    character where that is a word's edge; else the edge stays.
    """
    at = text.find(term)
    if at < 0 or len(term) < 2:
        return term
    start, end = at, at + len(term)
    if not _boundary(text, start):
        outward = [start - k for k in range(1, _SNAP_MOST + 1) if _boundary(text, start - k)]
        if outward and all(_is_han(c) for c in text[outward[0] : start]):
            start = outward[0]
        elif end - start > 2 and _boundary(text, start + 1):
            start += 1
    if not _boundary(text, end):
        outward = [end + k for k in range(1, _SNAP_MOST + 1) if _boundary(text, end + k)]
        if outward and all(_is_han(c) for c in text[end : outward[0]]):
            end = outward[0]
        elif end - start > 2 and _boundary(text, end - 1):
            end -= 1
    return text[start:end]


#: a lead-in and the character after it make a word when the three are this common
_WORD_OF_THREE = 0.4


def _straddles_word(term: str, at: int) -> bool:
    """Whether a common word of three characters spans ``term[at - 2 : at + 1]``, its
    last character bound more to the lead-in than to what follows (各地|区 of 各地区各部门,
    not 继续|实 of 继续实施以质取胜: 实施 is the commoner pair)."""
    if at < 2 or report_share(term[at - 2 : at + 1], "zh") < _WORD_OF_THREE:
        return False
    after = term[at : at + 2]
    return len(after) < 2 or report_share(term[at - 1 : at + 1], "zh") > report_share(after, "zh")


def _boundary(text: str, at: int) -> bool:
    """Whether a word may end before ``text[at]``: not between a common pair's characters."""
    if at <= 0 or at >= len(text):
        return True
    before, after = text[at - 1], text[at]
    if not (_is_han(before) and _is_han(after)) or after in _PARTICLES or before in _PARTICLES:
        return True
    return report_share(before + after, "zh") < _COMMON_PAIR


#: particles that join words and are part of none (技术|的|投入): a word ends beside them.
#: Not 着: in reports it begins words more than it follows verbs (着力, 着眼, 着重)
_PARTICLES = frozenset("的了和与及或等")


def has_new_pair(text: str, other: Vocabulary) -> bool:
    """Whether ``text`` holds a pair of characters ``other`` never used (so is new)."""
    return any(text[i : i + 2] not in other.grams for i in range(len(text) - 1))


def new_without(text: str, other: Vocabulary, words: Collection[str]) -> bool:
    """Whether ``text`` is new to ``other`` once ``words`` are taken out of it: a term whose
    only new pairing is a word of intensity meeting a known one (大力探索, 科学加快推进,
    rapidly advance) brings no new content."""
    if other.language == "zh":
        pieces = _words_pattern(tuple(words)).split(text) if words else [text]
        return any(len(p) >= 2 and has_new_pair(p, other) for p in pieces)
    runs: list[list[str]] = [[]]
    for word in EN_TOKEN.findall(text):
        if word.lower() in words:
            runs.append([])
        else:
            runs[-1].append(word.lower())
    return any(
        any(w not in other.grams for w in run)
        or any(f"{a} {b}" not in other.grams for a, b in zip(run, run[1:], strict=False))
        for run in runs
    )


def without_words(text: str, words: Collection[str]) -> str:
    """Chinese ``text`` with every one of ``words`` taken out (longest first)."""
    return _words_pattern(tuple(words)).sub("", text) if words else text


@functools.cache
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def is_new(text: str, other: Vocabulary) -> bool:
    """Whether ``other`` never says ``text``: a new pair tells it without a search."""
    return has_new_pair(text, other) or text not in other.text


def without_lead_in(term: str, *, loose: bool = True) -> str:
    """``term`` without the verbs and adverbs that lead into an object (培育生物 -> 生物).

    Not ``loose``: a lead-in is kept when its end and the next character make a common
    word of three holding it (``各地区`` keeps ``各地``; ``健全生育`` loses ``健全``; see
    :func:`_straddles_word`). A verb's complement 好 goes with the verb; after an adverb
    (``持续好转``) 好 begins a word.
    """
    lead = _lead_in().match(term)
    while lead is not None and len(term) - lead.end() >= 2:
        if not loose and _straddles_word(term, lead.end()):
            break
        verb, term = lead.group(), term[lead.end() :]
        if term.startswith("好") and len(term) > 2 and verb not in zh.ADVERB_LEAD_INS:
            term = term[1:]  # 保障好基本民生, 完成好今年…: a verb's complement (持续好转 keeps it)
        lead = _lead_in().match(term)
    return term


def holds_lead_in(text: str) -> bool:
    """Whether a verb or adverb that leads into an object occurs inside ``text`` after
    its first character: a clause (放到加快转变经济), not a name."""
    return _lead_in().search(text, 1) is not None


@functools.cache
def _lead_in() -> re.Pattern[str]:
    """The lead-ins of a policy clause of two characters or more, longest first."""
    words = sorted((w for w in zh.TOPIC_LEAD_INS if len(w) >= 2), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def _trim_zh(term: str) -> str:
    """``term`` without the function characters at its edges, unless one is part of a
    listed word there (和谐社会 keeps its 和, 全民参与 its 与)."""
    edges = zh.TERM_EDGE_CHARACTERS
    start, end = 0, len(term)
    while start < end and term[start] in edges and not _in_word(term, start):
        start += 1
    while end > start and term[end - 1] in edges and not _in_word(term, end - 1):
        end -= 1
    return term[start:end]
