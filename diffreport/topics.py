"""Topics: the terms that appeared in, or vanished from, a report between two editions.

Method
------
**Terms are found in the two editions themselves, not looked up in a dictionary.**
Chinese reports coin their headline terms (新质生产力, 低空经济, 两重两新,
人工智能+) faster than any segmenter's dictionary follows: jieba 0.42 (2020) cuts
them into 新质/生产力, 低空/经济, 两重/两新, 人工智能/+; it also needs about 1 s
to load its dictionary (0.9-1.3 s here, with or without its marshal cache in the
temp dir), twice the budget of a whole comparison. So Chinese terms come from
character n-gram statistics over the two editions, which cost about 0.1 s:

1. Text is NFKC-folded; numbers with their unit (``2024年``, ``126万亿元``,
   ``5.2%``) are cut out, so years and quantities are never terms; what is left is
   split into runs of Han characters at every punctuation mark (``+`` may end a
   run, for ``人工智能+``).
2. Every n-gram of 2-10 characters that occurs at least twice in the two editions
   together is counted (grown Apriori-style, an n-gram only when its prefix
   repeats; a long repeated phrase yields no 10-character windows). A repeated
   n-gram is a candidate when it is *closed*: no one-character extension to the
   left or right occurs as often. That removes the fragments of a term
   (``质生产力`` always follows ``新``, so only ``新质生产力`` is closed).
3. Short clauses are candidates too, so that a term said once — typically in a
   heading, ``（一）…，加快发展新质生产力。`` — can still be found: a run of at most
   seven characters once generic lead-ins are stripped (``加快发展``).
   Quoted names (``“两重”``, ``“人工智能+”``) are candidates as they stand.
4. Every candidate is cleaned the same way: leading generic verbs and adverbs
   (加快, 推进, 加强, 大力, 持续 …, a list written for policy reports) are
   stripped; a term may not begin or end with a function character (的, 和, 与,
   是, 在 … with exceptions such as 以旧换新, 对外开放); generic words (我们,
   工作, 发展 …) and numeral phrases (三年, 第一) are no terms.
5. A term whose edges fall inside a word in at least half of its occurrences is
   a fragment (``推|进新型``, ``制造|业增加值``): a common word spans its edge, or
   the outside character binds over four times as tightly (pointwise mutual
   information of the character pairs) as the edge character binds inwards.

English terms are noun phrases from a light chunker: runs of words between
punctuation and stop words (function words, reporting verbs such as ``expects``,
``decided``, adverbs in ``-ly``), with the same closed n-gram rule (1-5 words)
and the whole short chunk as a candidate; a term may not begin or end with a
verb form in ``-ed``/``-ing`` (except nouns such as ``spending``, ``housing``).
Words are coded as single characters internally, so one string machinery
serves both languages and matches whole words only.

**Ranking.** For each candidate, its count in each edition (occurrences of the
term in the edition's text, as a reader's search would find them). A term is
*new* when it is prominent in the new edition (at least ``min_count``
occurrences — 2 for a long report, 1 for a short one like an FOMC statement — or
one occurrence in a heading) and nearly absent from the old one (its rate, per
character or word, at most a sixth of the new rate); *dropped* is the reverse.
Terms are ranked by Dunning's log-likelihood ratio G² between the two editions,
computed on counts where a heading occurrence weighs four (a heading names what
a section is about: 新质生产力 is said once in 2024, as the first task) and a
quoted name two, times a mild bonus for longer, more specific terms; ties go to
the longer term, then alphabetical order, so A→B and B→A give mirrored lists.

**Nesting.** Of two listed terms where one contains the other, only one stays:
the longer (``新质生产力`` over ``生产力``) when it accounts for at least half of
the shorter one's weighted occurrences — it then takes the shorter one's score —,
else the higher-ranked one.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .model import Document, Language, TopicChange

__all__ = ["document_terms", "term_counts", "topic_changes"]


def _split(words: str) -> tuple[str, ...]:
    """A word list written as a block of text."""
    return tuple(words.split())


# --- Chinese ---------------------------------------------------------------------------

_ZH_MAX = 10  # longest n-gram counted
_ZH_CLAUSE_MAX = 7  # longest clause taken as a term even when said once

# A number with its unit is never part of a term (years, amounts, percentages).
_ZH_NUMBER = re.compile(
    r"[0-9][0-9.,:/%‰-]*(?:[多余])?(?:[十百千万亿]+)?"
    r"(?:[年月日号个项家元吨人次倍岁届期条所座户套台辆公里亩平方米千克斤万亿%‰])*"
)
_ZH_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+\+?")
_ZH_QUOTED = re.compile(r"[“「『\"]([\u3400-\u9fffA-Za-z+]{2,10})[”」』\"]")
_ZH_NUMERAL_PHRASE = re.compile(
    r"^[零〇一二两三四五六七八九十百千万亿第几多半首每]+"
    r"[年月日个项次批条家倍成点元人位名只件种类级轮期届天周]*$"
)

# Lead-ins of a policy clause: adverbs and generic verbs an object follows.
_ZH_LEAD = tuple(
    sorted(
        _split("""
        要 将 把 对 在 和 与 及 并 的 是 也 还 都 再 就 又 更 使 让 从 向 为 由 被 给 所 以及
        我们 今年 明年 去年 全年 各级 各地 各类 各项 同时 其中 通过 围绕 按照 着眼 聚焦 依托
        立足 坚持 坚决 坚定 大力 加快 加力 加紧 加大 积极 持续 稳步 扎实 深入 全面 切实
        着力 进一步 不断 更加 更好 有序 有效 统筹 努力 继续 重点 主动 稳妥 依法 协同 系统
        精准 因地制宜 更大力度 大幅 显著 有力 充分 广泛 认真 抓紧 及时 尽快 逐步 普遍
        推进 推动 加强 发展 实施 深化 完善 健全 提高 提升 促进 支持 扩大 开展 落实 强化
        优化 做好 抓好 做强 做优 做大 打造 建设 构建 建立 形成 培育 壮大 保障 保持 实现
        增强 鼓励 引导 规范 用好 发挥 抓住 巩固 拓展 防范 化解 维护 保护 改善 提供 出台
        制定 探索 实行 推广 开展好 落实好 稳定 加快推进 加快发展 组织 启动 研究 部署 完成
        政府工作 增进 取得 面对 应对 表示 衷心 诚挚 坚定不移 毫不动摇 贯彻 学习 全力
        集中精力 办好 准备 针对 着眼于 致力于 有利于 进行 采取 做到 确保 力争 努力实现
        """),
        key=len,
        reverse=True,
    )
)
_ZH_LEAD_RE = re.compile("|".join(map(re.escape, _ZH_LEAD)))  # longest first
_ZH_BAD_START = frozenset(
    "年的了和与及等是在对把将也都还并而或从向于被让使其之着过得为以要就又各每该此这那些更最很较"
)
_ZH_BAD_END = frozenset(
    "的了和与及等是在对把将也都还并而或从向以于被让使其之着过得要就又各每该此这那些更最很较到至"
)
# Words that begin with a function character and still are terms.
_ZH_START_OK = (
    "以旧换新", "对外", "和平", "和谐", "要素", "并购", "以人为本", "与时俱进", "其他",
    "在建", "为民", "以工代赈", "以人民为中心", "过剩", "得益", "年轻", "年金", "年报",
)  # fmt: skip
_ZH_END_OK = ("为民", "以上", "以内", "以下", "之间")
_ZH_HEAD_ONLY = ("领域", "方面", "水平", "能力", "体系", "机制", "工作")  # heads, never modifiers
_ZH_VERB_END = tuple(
    _split("""
    实现 推进 推动 加强 加快 促进 支持 扩大 提高 提升 坚持 实施 落实 强化 优化 做好 抓好 打造
    构建 形成 保持 增强 深化 完善 健全 开展 确保 力争 取得 达到 增长 下降 超过 突破
    """)
)
_ZH_TAIL = ("建设", "发展", "工作", "改革", "体系", "机制", "能力", "水平", "行动", "工程")
_ZH_INNER_BREAK = re.compile("[的等了和与及或并]")
_ZH_INNER_OK = re.compile(
    "和平|和谐|参与|及时|普及|涉及|危及|以及|并购|合并|目的|平等|中等|高等|初等|等级"
)
_ZH_GENERIC = frozenset(
    _split("""
    我们 我国 全国 国家 政府 人民 经济 社会 发展 建设 工作 改革 今年 去年 明年 全年 当前 目前
    近年来 一年来 过去一年 各级政府 各地区 各部门 主要 重要 重大 方面 领域 水平 能力 体系 机制
    制度 政策 措施 问题 任务 目标 优势 智慧 时间 时期 阶段 明显 发力 恢复 未来 机遇 总量 放心
    瞄准 办好 准备 必须 基础上 年均 良性 心事 根本 一些地方 成长 总体 仍有不少 有不少 不少
    一次性 差异化 全社会 有新 新的 显著 感谢 衷心感谢 诚挚感谢 表示 高水平 大幅度 关键
    质量 效益 作用 基础 环境 力度 进展 成效 成绩 困难 挑战 要求
    有关 相关 一些 一批 一系列 新的 更多 更大 更高 不少 部分 情况 形势 方式 领导 同志 代表
    加强 推进 推动 促进 实施 坚持 完善 深化 提高 提升 支持 扩大 开展 落实 强化 优化 实现 保障
    增长 稳定 安全 创新 服务 管理 保护 合作 建立 健全 积极 持续 继续 进一步 全面 深入 扎实
    """)
)

_GONE = 6  # a term is new when its rate in the new edition is over six times the old one
# Words a term may not begin or end inside.
_ZH_WORDS = (
    frozenset(_ZH_LEAD)
    | _ZH_GENERIC
    | frozenset(
        _split("""
    具有 没有 所有 现有 已有 已经 国家 中国 全国 我国 社会 人民 企业 产业 城市 农村 地方 政府
    部门 单位 群众 领域 行业 市场 就业 消费 投资 资金 项目 水平 能力 作用 工程 服务 管理
    """)
    )
)

# --- English ---------------------------------------------------------------------------

_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_EN_BREAK = re.compile(r"[^A-Za-z'’\- ]+|\s-+\s|--+")
_EN_MAX = 5
_EN_CHUNK_MAX = 4
_EN_STOP = frozenset(
    _split("""
    a about above across after again against all almost along already also although always am
    among an and another any anyone anything are around as at back be became because become
    been before being below between beyond both but by can cannot could did do does doing done
    down during each either else enough even ever every few for from further had has have
    having he her here hers him his how however i if in including into is it its itself just
    least less like likely made make makes many may me might more most much must my near nearly
    neither never nevertheless no nor not now of off on once one only onto or other others our
    out over own per perhaps quite rather same she should since so some still such than that
    the their them themselves then there therefore these they this those though through thus to
    too toward towards under unless until up upon us very via was we were what whatever when
    where whether which while who whom whose why will with within without would yet you your
    meanwhile moreover overall particular addition light view order part respect regard terms
    today yesterday tomorrow year years month months week weeks day days time times recent
    recently last next first second third coming going ahead
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday
    committee committee's fomc percent percentage basis point points statement meeting
    remain remains remained expect expects expected anticipate anticipates anticipated judge
    judges judged decide decided decides continue continues continued believe believes
    indicate indicates indicated suggest suggests suggested appear appears appeared seem seems
    seemed see sees seen note notes noted consider considers considered assess assesses
    assessed monitor monitors monitored act acts take takes taken help helps helped keep keeps
    kept maintain maintains maintained provide provides provided support supports supported
    promote promotes promoted foster fosters fostered seek seeks sought use uses used
    agree agreed vote voted voting voted approve approved approves announce announced
    lower lowered raise raised reduce reduced increase increased increases say says said
    stand stands ready prepared able need needed needs warrant warrants
    rose rise rises fell fall falls grew grow grows held hold holds came come comes run runs
    improve improves obtain obtains strengthen strengthens purchase expand expands implement
    facilitate employ preserve stimulate sustain establish evaluate evaluating weigh weighs
    pose poses achieve achieves adjust return returns move moves begin begins exert damping
    million billion trillion thousand hundred half quarter quarters
    know knows think want wants get gets got go goes tell let ask give gives put
    past better best fight empower invest show shows showed shown""")
) | frozenset(
    _split("""
    well near-term likely unlikely appropriate appropriately consistent available
    mr mrs ms dr chairman vice president governor
    """)
)
# Single words too general to be a topic on their own (they may head a phrase).
_EN_GENERIC = frozenset(
    _split("""
    economy economic activity conditions developments development information outlook data
    measures policy policies markets market households businesses credit tools flow range
    holdings level levels pace rate rates risks risk prices price growth changes change
    action actions factors effects effect balance focus ways means number central full
    """)
)
_EN_ING_ED_OK = frozenset(
    _split("""
    spending housing lending funding financing borrowing pricing building manufacturing
    banking hiring earnings savings holdings offering offerings training schooling
    accounting marketing trading shipping warming
    """)
)
_EN_LY_OK = frozenset(_split("supply family assembly monopoly ally rally anomaly july italy"))


class _Words:
    """English words as single private-use characters, so that all counting works on strings.

    A term is then a substring of a run, matched on whole words only.
    """

    def __init__(self) -> None:
        self.codes: dict[str, str] = {}
        self.words: dict[str, str] = {}

    def encode(self, words: Iterable[str]) -> str:
        """The code string of a sequence of words, new words getting new codes."""
        out = []
        for word in words:
            code = self.codes.get(word)
            if code is None:
                code = chr(0xF0000 + len(self.codes))
                self.codes[word] = code
                self.words[code] = word
            out.append(code)
        return "".join(out)

    def decode(self, term: str) -> tuple[str, ...]:
        """The words of a code string."""
        return tuple(self.words[c] for c in term)


@dataclass(frozen=True)
class _Edition:
    """One edition prepared for counting: runs of units (Han characters or coded words)."""

    runs: tuple[str, ...]  # a term never crosses from one run into the next
    clauses: tuple[str, ...]  # short-clause candidates (already cleaned)
    quoted: tuple[str, ...]  # quoted-name candidates
    text: str  # the runs joined with "|": occurrences are counted here
    heading_text: str
    size: int  # total units


def _zh_clean(term: str) -> str | None:
    """A Chinese candidate with generic lead-ins stripped, or None when no term is left."""
    while len(term) >= 2 and not term.startswith(_ZH_START_OK):
        lead = _ZH_LEAD_RE.match(term)
        if lead is None:
            break
        term = term[lead.end() :]
    if len(term) < 2 or term in _ZH_GENERIC or term in _ZH_LEAD:
        return None
    if term.startswith(_ZH_HEAD_ONLY) or term.endswith(_ZH_VERB_END):
        return None
    if term.endswith(_ZH_TAIL) and any(
        len(term) - len(t) < 2 for t in _ZH_TAIL if term.endswith(t)
    ):
        return None  # 地建设: a fragment before a generic head noun
    if term[0] in _ZH_BAD_START and not term.startswith(_ZH_START_OK):
        return None
    if term[-1] in _ZH_BAD_END and not term.endswith(_ZH_END_OK):
        return None
    if term[0] in "+#" or _ZH_NUMERAL_PHRASE.match(term):
        return None
    masked = _ZH_INNER_OK.sub(lambda m: "#" * len(m.group()), term)
    if _ZH_INNER_BREAK.search(masked[1:-1]):
        return None  # a phrase (粮食等重要农产品, 融入和服务), not a term
    return term


def _en_bad_edge(word: str) -> bool:
    if word in _EN_ING_ED_OK or "-" in word:  # mortgage-backed, asset-backed
        return False
    return word.endswith(("ed", "ing")) and len(word) > 4


def _en_is_stop(word: str) -> bool:
    if word in _EN_STOP or len(word) < 2 or "'" in word:
        return True  # a contraction (don't, we're) is no noun
    return word.endswith("ly") and word not in _EN_LY_OK and len(word) > 4


def _en_clean(words: tuple[str, ...]) -> tuple[str, ...] | None:
    while words and _en_bad_edge(words[0]):
        words = words[1:]
    while words and _en_bad_edge(words[-1]):
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and (
        len(words[0]) < 4 or words[0].endswith("'s") or words[0] in _EN_GENERIC
    ):
        return None
    return words


def _prepare_zh(texts: Sequence[str], headings: Sequence[str]) -> _Edition:
    runs: list[str] = []
    clauses: list[str] = []
    quoted: list[str] = []
    for raw in texts:
        text = unicodedata.normalize("NFKC", raw)
        quoted.extend(m.group(1) for m in _ZH_QUOTED.finditer(text))
        text = _ZH_NUMBER.sub(" ", text)
        for match in _ZH_RUN.finditer(text):
            run = match.group()
            if (
                match.start()
                and text[match.start() - 1].isascii()
                and text[match.start() - 1].isalpha()
            ):
                # Glued to a Latin letter (A类飞行服务站): the run's start is no word start.
                run = "#" + run
            runs.append(run)
            if len(run) <= _ZH_CLAUSE_MAX + 6:
                term = _zh_clean(run)
                if term is not None and len(term) <= _ZH_CLAUSE_MAX:
                    clauses.append(term)
    joined = "|".join(runs)
    heading_text = "|".join(unicodedata.normalize("NFKC", h) for h in headings)
    return _Edition(
        runs=tuple(runs),
        clauses=tuple(clauses),
        quoted=tuple(q for q in quoted if _zh_clean(q) == q),
        text=joined,
        heading_text=heading_text,
        size=sum(len(r) for r in runs),
    )


def _en_runs(text: str) -> Iterable[tuple[str, ...]]:
    """Runs of content words (lower case) between punctuation and stop words."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'")
    for segment in _EN_BREAK.split(text):
        chunk: list[str] = []
        words = [w.lower().removesuffix("'s") for w in _EN_WORD.findall(segment)]
        for word in [*words, ""]:
            if word and not _en_is_stop(word):
                chunk.append(word)
            elif chunk:
                yield tuple(chunk)
                chunk = []


def _prepare_en(texts: Sequence[str], headings: Sequence[str], words: _Words) -> _Edition:
    runs: list[str] = []
    clauses: list[str] = []
    for text in texts:
        for chunk in _en_runs(text):
            runs.append(words.encode(chunk))
            if len(chunk) <= _EN_CHUNK_MAX:
                cleaned = _en_clean(chunk)
                if cleaned is not None:
                    clauses.append(words.encode(cleaned))
    heading_text = "|".join(words.encode(c) for h in headings for c in _en_runs(h))
    return _Edition(
        runs=tuple(runs),
        clauses=tuple(clauses),
        quoted=(),
        text="|".join(runs),
        heading_text=heading_text,
        size=sum(len(r) for r in runs),
    )


def _prepare(
    texts: Sequence[str], language: Language, words: _Words, headings: Sequence[str] = ()
) -> _Edition:
    if language == "zh":
        return _prepare_zh(texts, headings)
    return _prepare_en(texts, headings, words)


def _ngram_counts(editions: Sequence[_Edition], low: int, high: int) -> Counter[str]:
    """Counts of every n-gram (low..high units) whose prefix repeats, over all editions."""
    total: Counter[str] = Counter()
    # Positions still growing: (run, start). An n-gram grows while it repeats.
    runs = [run for edition in editions for run in edition.runs]
    active = [(r, i) for r, run in enumerate(runs) for i in range(len(run) - low + 1)]
    n = low
    while active and n <= high:
        grams = [runs[r][i : i + n] for r, i in active]
        total.update(grams)
        n += 1
        active = [
            (r, i)
            for (r, i), gram in zip(active, grams, strict=True)
            if total[gram] >= 2 and i + n <= len(runs[r])
        ]
    return total


def _closed(total: Counter[str], low: int, high: int) -> list[str]:
    """Repeated n-grams shorter than ``high`` no one-unit extension of which occurs as often."""
    open_grams: set[str] = set()
    for gram, count in total.items():
        if len(gram) > low and count >= 2:
            if total.get(gram[:-1]) == count:
                open_grams.add(gram[:-1])
            if total.get(gram[1:]) == count:
                open_grams.add(gram[1:])
    return [g for g, c in total.items() if c >= 2 and g not in open_grams and len(g) < high]


def _candidates(editions: Sequence[_Edition], language: Language, words: _Words) -> list[str]:
    """Cleaned candidate terms of the editions, in first-seen order, no duplicates."""
    low, high = (2, _ZH_MAX) if language == "zh" else (1, _EN_MAX)
    # One unit longer than a term may be, so that the windows of a long repeated
    # phrase are not closed.
    total = _ngram_counts(editions, low, high + 1)
    found: dict[str, None] = {}
    for gram in _closed(total, low, high + 1):
        if language == "zh":
            term = _zh_clean(gram)
        else:
            cleaned = _en_clean(words.decode(gram))
            term = None if cleaned is None else words.encode(cleaned)
        if term is not None:
            found[term] = None
    for edition in editions:
        for term in (*edition.clauses, *edition.quoted):
            found[term] = None
    return list(found)


def _emphasis(term: str, edition: _Edition) -> int:
    """Extra weight for occurrences in headings (+3 each) and as a quoted name (+1 each)."""
    quoted = edition.quoted.count(term)
    return quoted + 3 * (edition.heading_text.count(term) if edition.heading_text else 0)


def term_counts(texts: Sequence[str], language: Language) -> Counter[str]:
    """The terms of one document (its sentence texts) with their number of occurrences.

    Chinese terms are closed repeated character n-grams and short clauses,
    English terms noun phrases (see the module docstring); no stop words,
    numbers, years or word fragments. A term nested in another is kept when it
    also occurs on its own (``生产力`` beside ``新质生产力``).
    """
    words = _Words()
    edition = _prepare(texts, language, words)
    cohesion = _Cohesion.of([edition]) if language == "zh" else None
    counts: Counter[str] = Counter()
    for term in _candidates([edition], language, words):
        n = edition.text.count(term)
        if n and not (cohesion and _straddles(term, edition.text, cohesion)):
            counts[_display(term, language, words)] = n
    return counts


def _display(term: str, language: Language, words: _Words) -> str:
    return term if language == "zh" else " ".join(words.decode(term))


def document_terms(doc: Document) -> Counter[str]:
    """``term_counts`` of a loaded document's sentences (for topic timelines across editions)."""
    return term_counts([s.text for s in doc.sentences], doc.language)


@dataclass(frozen=True)
class _Scored:
    term: str
    old: int
    new: int
    score: float
    first: int
    weight_old: int  # counts with heading and quote emphasis
    weight_new: int
    label: str  # the term as shown


def _g2(a: int, b: int, size_a: int, size_b: int) -> float:
    """Dunning's log-likelihood ratio of counts a and b in corpora of sizes size_a, size_b."""
    total = a + b
    expected_a = total * size_a / (size_a + size_b)
    expected_b = total * size_b / (size_a + size_b)
    g = 0.0
    if a:
        g += a * math.log(a / expected_a)
    if b:
        g += b * math.log(b / expected_b)
    return 2.0 * g


def _min_count(size: int, language: Language) -> int:
    # A government work report has ~17k Han characters; an FOMC statement ~150 content words.
    return 2 if size >= (3000 if language == "zh" else 1500) else 1


def _select(
    scored: list[_Scored], side: str, limit: int, language: Language, words: _Words
) -> tuple[TopicChange, ...]:
    """The top ``limit`` terms, nested terms reduced to one (see the module docstring)."""

    def count(item: _Scored) -> int:
        return item.weight_new if side == "new" else item.weight_old

    ranked = sorted(scored, key=lambda s: (-s.score, -len(s.term), s.label))
    # A term contained in a listed longer term that explains most of its occurrences is a
    # fragment of it.
    # The whole term stands for its fragments: it takes the best score among them.
    fragments: set[str] = set()
    best = {item.term: item.score for item in ranked}
    for item in ranked:
        for other in ranked:
            if (
                len(other.term) > len(item.term)
                and item.term in other.term
                and 2 * count(other) >= count(item)
            ):
                fragments.add(item.term)
                best[other.term] = max(best[other.term], item.score)
                break
    ranked.sort(key=lambda s: (-best[s.term], -len(s.term), s.label))
    chosen: list[_Scored] = []
    for item in ranked:
        if item.term in fragments:
            continue
        if any(item.term in c.term or c.term in item.term for c in chosen):
            continue
        chosen.append(item)
        if len(chosen) == limit:
            break
    return tuple(TopicChange(term=c.label, old_count=c.old, new_count=c.new) for c in chosen)


def _texts(doc: Document) -> tuple[list[str], list[str]]:
    texts = [s.text for s in doc.sentences]
    headings = [s.text for s in doc.sentences if s.heading]
    return texts, headings


def topic_changes(
    old: Document, new: Document, *, limit: int = 15
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    """(new topics, dropped topics) between two editions, most important first.

    New: prominent in ``new`` and absent or nearly absent in ``old``; dropped: the
    reverse. Ranked by log-likelihood between the editions (see the module docstring).
    """
    language = new.language
    old_texts, old_heads = _texts(old)
    new_texts, new_heads = _texts(new)
    words = _Words()
    editions = [
        _prepare(old_texts, language, words, old_heads),
        _prepare(new_texts, language, words, new_heads),
    ]
    return _rank(editions, language, words, limit)


@dataclass(frozen=True)
class _Cohesion:
    """Character and bigram counts of both editions, for word-boundary tests."""

    chars: Counter[str]
    pairs: Counter[str]

    @classmethod
    def of(cls, editions: Sequence[_Edition]) -> _Cohesion:
        chars: Counter[str] = Counter()
        pairs: Counter[str] = Counter()
        for edition in editions:
            text = edition.text
            chars.update(text)
            pairs.update(text[i : i + 2] for i in range(len(text) - 1))
        return cls(chars, pairs)

    def tighter(self, outer: str, inner: str) -> bool:
        """Whether bigram ``outer`` binds over four times as tightly (PMI) as ``inner``.

        ``outer`` and ``inner`` share a character: ``造业`` vs ``业增`` for
        ``业增加值`` seen in ``制造业增加值``.
        """
        shared = inner[0] if outer[1] == inner[0] else inner[1]
        outer_other = outer[0] if shared == outer[1] else outer[1]
        inner_other = inner[1] if shared == inner[0] else inner[0]
        joint_outer, joint_inner = self.pairs[outer], self.pairs[inner]
        if joint_outer < 3:
            return False
        return joint_outer * self.chars[inner_other] > 4 * joint_inner * self.chars[outer_other]


def _straddles(term: str, text: str, cohesion: _Cohesion) -> bool:
    """Whether most occurrences of ``term`` begin or end inside a word (``推|进新型``).

    A boundary is inside a word when a common word (lead-in verbs, generic
    nouns) spans it, or when the character outside binds to the term's edge
    character far more tightly than the edge character binds to its neighbour
    inside the term.
    """
    hits = straddled = 0
    inner = range(1, min(3, len(term) - 1) + 1)
    start = text.find(term)
    while start >= 0:
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
            or (len(left) == 2 and "|" not in left and cohesion.tighter(left, term[:2]))
            or (len(right) == 2 and "|" not in right and cohesion.tighter(right, term[-2:]))
        ):
            straddled += 1
        start = text.find(term, end)
    return 2 * straddled >= hits


def _rank(
    editions: Sequence[_Edition], language: Language, words: _Words, limit: int
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    old, new = editions
    size_old, size_new = max(old.size, 1), max(new.size, 1)
    gained: list[_Scored] = []
    lost: list[_Scored] = []
    cohesion = _Cohesion.of(editions) if language == "zh" else None
    for first, term in enumerate(_candidates(editions, language, words)):
        a, b = old.text.count(term), new.text.count(term)
        ha, hb = _emphasis(term, old), _emphasis(term, new)
        wa, wb = a + ha, b + hb
        length = len(term) if language == "zh" else 2 * len(term)
        specificity = 1.0 + 0.15 * min(length - 2, 4)
        # "Gone or nearly gone": the rate in the other edition at most a sixth.
        if b * size_old > _GONE * a * size_new and (b >= _min_count(size_new, language) or hb):
            if cohesion and _straddles(term, new.text, cohesion):
                continue
            score = _g2(wb, wa, size_new, size_old) * specificity
            gained.append(
                _Scored(term, a, b, score, first, wa, wb, _display(term, language, words))
            )
        elif a * size_new > _GONE * b * size_old and (a >= _min_count(size_old, language) or ha):
            if cohesion and _straddles(term, old.text, cohesion):
                continue
            score = _g2(wa, wb, size_old, size_new) * specificity
            lost.append(_Scored(term, a, b, score, first, wa, wb, _display(term, language, words)))
    return (
        _select(gained, "new", limit, language, words),
        _select(lost, "old", limit, language, words),
    )


_ROUGH_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")


def _split_sentences(text: str, language: Language) -> list[str]:
    """A rough sentence split for callers without a segmented document (tests, tools)."""
    pattern = r"(?<=[。！？])|\n+" if language == "zh" else r"(?<=[.!?])\s+|\n\s*\n"
    return [s for s in re.split(pattern, text) if s.strip()]


def topic_changes_text(
    old_text: str, new_text: str, language: Language, *, limit: int = 15
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    """``topic_changes`` on two raw texts split into sentences roughly.

    For tools and tests without a segmented ``Document``: a sentence that starts
    with ``一、`` or ``（一）`` counts as a heading.
    """
    words = _Words()
    editions = []
    for text in (old_text, new_text):
        sentences = _split_sentences(text, language)
        headings = [s for s in sentences if _ROUGH_HEADING.match(s)]
        editions.append(_prepare(sentences, language, words, headings))
    return _rank(editions, language, words, limit)
