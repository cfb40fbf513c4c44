"""Highlights: the changes a reader needs first, ranked.

Stances and priorities come from their modules. ``new`` ranks the commitments of the
new edition that the old one lacks — added sentences, and reworded ones whose new
wording brings new content — by how new and how specific they are:

* **new terms**: runs of words the old edition never used (Chinese: runs of Han
  character pairs absent from the old text, widened to the neighbouring common word
  and trimmed of particles; English: runs of words whose pairs are absent), each
  weighted by its length and by how rare it is in policy reports at large
  (:mod:`~diffreport.analyze.background`): ``具身智能`` outweighs ``加快建设``;
* **specifics**: a quoted coinage, a named programme (``…专项行动``, ``…facility``),
  a figure the old edition did not state, a deadline.

``dropped`` is the same from the old edition's side. ``changed`` lists continuing
commitments (reworded sentence pairs) whose change matters: a word of pace, intensity
or direction (``稳步`` → ``加快``, ``keep`` → ``raise``), a figure, a time frame.
Review parts report results: their sentences are never highlights. Every list is
found in one pass over the sentence pairs; nothing compares all pairs.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass

from diffreport.align.years import document_year, edition_distance, shift_years
from diffreport.analyze.commitments import Part, is_commitment, sentence_parts
from diffreport.analyze.continuations import continuations
from diffreport.analyze.cues import LEAD, LEAD_CONTINUES, abolishes, leads, ranks_anew
from diffreport.analyze.newterms import (
    COINAGE_RARITY,
    EN_TOKEN,
    Term,
    Vocabulary,
    fold,
    is_new,
    names_new_item,
    new_without,
    shape,
    shown_named,
    shown_zh,
    vocabulary,
    whole_name,
    without_words,
    zh_programmes,
    zh_rarity,
    zh_terms,
)
from diffreport.analyze.newterms_en import en_terms, shown_en
from diffreport.analyze.parts import plan_sections
from diffreport.analyze.priorities import priority_changes
from diffreport.analyze.stances import stance_changes
from diffreport.lexicon import en, zh
from diffreport.model import (
    ChangedCommitment,
    Commitment,
    Comparison,
    Document,
    Highlight,
    Highlights,
    HighlightStatus,
    Language,
    NumberChange,
    Sentence,
)
from diffreport.options import CompareOptions
from diffreport.textdiff import ZH_FIGURE, diff_spans

#: an English figure with its unit; Chinese figures are read as the text diff reads them
#: (:data:`~diffreport.textdiff.ZH_FIGURE`: multiplier and unit included, 4.4万亿元)
_EN_FIGURE = re.compile(r"\d(?:[\d.,]*\d)?(?:/\d+)?\s*(?:%|percent)?")  # not the full stop


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _figure(language: Language) -> re.Pattern[str]:
    return ZH_FIGURE if language == "zh" else _EN_FIGURE


#: what each kind of specific adds to a sentence's score, in units of a new term's weight
_QUOTED, _PROGRAMME, _FIGURE_WEIGHT, _DEADLINE = 3.0, 2.0, 1.5, 1.0
#: ... and a sweeping abolition, exemption or repeal (全部取消, 彻底取消, 全面免除, abolish
#: all: ABOLITION). Measured on the dev set (any 取消 first: 0, 2, 4, 6, 8, 10 showed 168,
#: 169, 169, 170, 170, 172 of 256, but five fee cuts filled 2017's list, crowding out
#: 人工智能 in batch sc5): sweeping ones at 10, as a rank cue weighs, 172
_ABOLISHES = 10.0
#: ... and a phrase that ranks a task anew (摆在优先位置, 首要任务, top priority:
#: RANK_CUE; with what leads into it, words the other edition never used).
#: Measured on the dev set with batch sc4: 6, 8, 10, 12, 15 show 160, 162, 165, 165, 165
#: of 256 published headlines (作为经济工作的重中之重, 宏观调控的首要任务)
_RANKED = 10.0
#: a reworded sentence is new content only when one of its new terms weighs this much
_REWORDED_NOVELTY = 2.0
#: a reworded commitment is listed as changed only when its change scores this much
_CHANGE_MATTERS = 2.0
#: ... and its change scores at most this (two words of intensity or figures): a long
#: rewrite touches many such words without mattering more than 适时 -> 灵活高效
_CHANGE_MOST = 6.0


class Side:
    """One edition read against the other: the new terms of its sentences, found once."""

    def __init__(self, doc: Document, other: Document) -> None:
        self.doc = doc
        self.other = vocabulary(other)
        self.parts = sentence_parts(doc)  # plan, review or other, a sentence each
        self.weights = _weights(doc)  # section -> weight, where it is not 1
        self.year = document_year(doc)  # terms are rare or common in the reports before it
        # short sentences that open a paragraph: its sub-heading (a statement has none)
        self.leads = frozenset() if is_statement(doc) else leads(doc)
        self._terms: dict[int, tuple[Term, ...]] = {}

    def terms(self, sentence: Sentence) -> tuple[Term, ...]:
        """The terms of ``sentence`` the other edition never used, in sentence order."""
        found = self._terms.get(sentence.index)
        if found is None:
            text = fold(sentence.text)
            read = zh_terms if self.doc.language == "zh" else en_terms
            found = self._terms[sentence.index] = tuple(read(text, self.other, self.year))
        return found


def sides(comparison: Comparison) -> dict[str, Side]:
    """Both editions read against each other: ``"old"`` and ``"new"``."""
    return {
        "old": Side(comparison.old, comparison.new),
        "new": Side(comparison.new, comparison.old),
    }


@dataclass(frozen=True)
class _Scored:
    score: float
    terms: tuple[str, ...]
    novelty: float
    coinages: tuple[str, ...]
    named: bool = False  # a coinage or a new programme: news beyond a figure


def _score(sentence: Sentence, side: Side, keep: int) -> _Scored:
    """How new and how specific ``sentence`` is against the other edition's vocabulary.

    ``keep`` terms are named (none: the score alone, for ranking). The best new term
    counts in full, the next two by half and a quarter (a sentence
    is not news for being long); each coinage, a named programme, a new figure and a
    deadline add to that, and so does a phrase that ranks a task anew; the sum is damped by the
    sentence's length. (A new paragraph's sub-heading adds ``LEAD`` in the ranking.)
    """
    text, other = fold(sentence.text), side.other
    language = other.language
    found = list(side.terms(sentence))
    names: list[str] = []  # new programmes' whole names (zh), for the terms shown
    if language == "zh":
        for quoted in zh.QUOTED.findall(text):
            if quoted not in other.text:
                rarity = zh_rarity(quoted, side.year)
                found.append(Term(quoted, shape(min(len(quoted), 6)) * rarity, True))
        programmes = [t for t in found if t.text.endswith(zh.PROGRAMME_SUFFIXES)]
        found_names = zh_programmes(text) if keep else []
        names = [whole_name(n, text) for n in found_names if is_new(n, other)]
        deadline = zh.DEADLINE.search(text)
        ranking = ranks_anew(zh.RANK_CUE, text, other.text, language)
        abolition = abolishes(zh.ABOLITION, text, language)
    else:
        programmes = [t for t in found if t.text.lower().split()[-1] in en.PROGRAMME_WORDS]
        deadline = en.DEADLINE.search(text)
        ranking = ranks_anew(en.RANK_CUE, text, other.text, language)
        abolition = abolishes(en.ABOLITION, text, language)
    found.sort(key=lambda t: (-t.weight, t.text))
    coinages = tuple(
        dict.fromkeys(t.text for t in found if t.named and t.weight >= COINAGE_RARITY * shape(2))
    )
    novelty = found[0].weight if found else 0.0
    score = sum(t.weight * f for t, f in zip(found, (1.0, 0.5, 0.25), strict=False))
    score += _RANKED if ranking else 0.0
    score += _ABOLISHES if abolition else 0.0
    score += _QUOTED * min(len(coinages), 2) + _PROGRAMME * min(len(programmes), 2)
    figures = [f.strip() for f in _figure(language).findall(text) if f.strip() not in other.text]
    score += _FIGURE_WEIGHT * min(len(figures), 2)
    if deadline is not None and deadline.group() not in other.text:
        score += _DEADLINE
    score /= (1.0 + len(text) / 80.0) ** 0.5
    shown = _shown_en(found, other, text) if language == "en" else shown_zh(found, other, text)
    terms: list[str] = []  # a new programme's whole name before its new words; read lazily
    named = (shown_named(c, other, text) for c in coinages) if language == "zh" else iter(coinages)
    ranked = [ranking, abolition] if language == "zh" else []  # an English clause is no term
    for term in itertools.chain(ranked, named, names, shown, figures):
        if not term:
            continue
        if len(terms) == keep:
            break
        if not any(term in earlier for earlier in terms):  # 增长机制 after 投入增长机制
            terms.append(term)
    return _Scored(score, tuple(terms), novelty, coinages, bool(coinages or programmes))


def _shown_en(found: list[Term], other: Vocabulary, text: str) -> Iterator[str]:
    """An English sentence's new terms as shown, read lazily; where what is new is a known
    phrase's new verb (We will launch special initiatives to boost consumption), its
    phrases as they are."""
    shown = False
    for term in shown_en(found, other, text):
        shown = True
        yield term
    if not shown:
        yield from shown_en(found, other, text, new_only=False)


def _reworded_novelty(sentence: Sentence, read: Side) -> float:
    """How new a reworded sentence's content is: its best new term that is new without
    its words of intensity (积极探索 -> 大力探索, steadily -> rapidly advance is no new
    content but a changed commitment). A named term counts as it stands."""
    zh_report = read.doc.language == "zh"
    words = zh.INTENSITY_WORDS if zh_report else en.INTENSITY_WORDS
    return max(
        (
            t.weight
            for t in read.terms(sentence)
            if t.named
            or (new_without(t.text, read.other, words) and (zh_report or _new_word(t.text, read)))
        ),
        default=0.0,
    )


def _new_word(text: str, read: Side) -> bool:
    """Whether English ``text`` holds a word the other edition never used, or names a
    programme (``launch special initiatives``): a translation pairs known words anew from
    year to year (improve coordination between reform measures and macro policies), which
    brings no new content to a reworded sentence."""
    words = [w.lower() for w in EN_TOKEN.findall(text)]
    return bool(words) and (
        words[-1] in en.PROGRAMME_WORDS
        or any(w not in read.other.grams and w not in en.MATCHING_STOP_WORDS for w in words)
    )


def _figure_only(target: NumberChange, sentence: int, read: Side) -> bool:
    """Whether a changed, added or dropped target's ``sentence`` (of ``read``'s edition)
    is news for its figure only: a changed one always, an added or dropped one unless it
    names a new campaign, plan or fund, or quotes a new coinage (实施新型储能倍增计划; 建设
    工会驿站150个、“司机之家”37个; not 建设10个县级综合养老服务中心)."""
    if target.status == "changed":
        return True
    if read.doc.language != "zh":
        return not _score(read.doc.sentences[sentence], read, 0).named
    text, other = fold(read.doc.sentences[sentence].text), read.other
    if any(q not in other.text for q in zh.QUOTED.findall(text)):
        return False
    names = zh_programmes(text)
    return not any(n.endswith(zh.PROGRAMME_NAME_SUFFIXES) and is_new(n, other) for n in names)


def _intensity_only(text: str, other: str, read: Side) -> bool:
    """Whether two wordings of a sentence differ only by words of intensity inserted,
    removed or swapped (巩固大豆扩种成果 -> 巩固扩大大豆扩种成果), on either side."""
    language = read.doc.language
    words = zh.INTENSITY_WORDS if language == "zh" else en.INTENSITY_WORDS | en.PACE_VERBS
    for span in diff_spans(text, other, language):
        if span.op != "equal" and any(_rest_of(p, words, language) for p in (span.old, span.new)):
            return False
    return True


def _rest_of(piece: str, words: Collection[str], language: Language) -> str:
    """What of a changed piece is not a word of intensity (nor space or punctuation)."""
    if language == "zh":
        return "".join(_HAN.findall(without_words(piece, words)))
    return " ".join(w for w in re.findall(r"[A-Za-z]+", piece) if w.lower() not in words)


def is_statement(doc: Document) -> bool:
    """A short statement with no plan part (an FOMC statement): every sentence is policy."""
    return len(doc.sentences) <= _STATEMENT_SENTENCES and not plan_sections(doc)


#: a document of at most this many sentences and no plan part is one statement
_STATEMENT_SENTENCES = 40
#: a sentence in the part that sets the year's line weighs this much more ...
_LINE_FACTOR = 1.3
#: ... and one in a five-year outline this much less
_OUTLINE_FACTOR = 0.7


def _sections_under(doc: Document, heading: re.Pattern[str]) -> frozenset[int]:
    """Sections whose heading ``heading`` matches, and every section under one of them."""
    found: set[int] = set()
    for sec in doc.sections:
        if heading.search(sec.heading or "") or (sec.parent is not None and sec.parent in found):
            found.add(sec.index)
    return frozenset(found)


def _weights(doc: Document) -> dict[int, float]:
    """How much a sentence of each section weighs: the year's line more, an outline less.

    The part that sets the year's line (overall requirements, policy orientation,
    targets) is where analysts look first; a five-year outline (``二、“十五五”时期主要
    目标和重大任务``) summarizes another document, so the year's own tasks outrank it.
    """
    words = zh if doc.language == "zh" else en
    weights = dict.fromkeys(_sections_under(doc, words.LINE_HEADING), _LINE_FACTOR)
    # an outline's heading may name objectives too (二、“十五五”时期主要目标和重大任务)
    outline = _sections_under(doc, words.PERIOD_HEADING)
    weights.update(dict.fromkeys(outline, _OUTLINE_FACTOR))
    return weights


#: a list takes at most this many entries from one section of a report, so that its
#: ten entries span the year's tasks (a statement has one section: no cap). Measured
#: on the dev set: 3 shows two more published headlines than no cap, 2 or 1 fewer
_PER_SECTION = 3


def _ranked_side(
    comparison: Comparison,
    side: str,
    commitments: tuple[Commitment, ...],
    options: CompareOptions,
    read: Side,
    shown: frozenset[int] = frozenset(),
) -> tuple[Highlight, ...]:
    """The new (``side`` "new") or dropped ("old") commitments, most important first.

    Sentences in ``shown`` (the stance statements shown above the lists, a report's
    changed targets' sentences) are left to their lists.
    """
    parts, weights = read.parts, read.weights
    # each paired sentence's counterpart (reworded, or moved and reworded), and how alike
    # a reworded one is to it (a sub-heading that goes on)
    counterpart: dict[int, int] = {}
    alike: dict[int, float] = {}
    for p in comparison.sentences:
        if p.old is None or p.new is None:
            continue
        here, there = (p.new, p.old) if side == "new" else (p.old, p.new)
        counterpart[here] = there
        if p.status == "modified":
            alike[here] = p.similarity
    other_doc = comparison.old if side == "new" else comparison.new
    ranked: list[Highlight] = []
    for s, status in _candidates(comparison, side, commitments, read.parts):
        if parts[s.index] in ("review", "notes") or s.index in shown:  # never news
            continue
        if status == "modified" and (
            _reworded_novelty(s, read) < _REWORDED_NOVELTY
            or _intensity_only(s.text, other_doc.sentences[counterpart[s.index]].text, read)
        ):
            continue  # a word of intensity changed, and nothing else: a change (稳步 -> 加快)
        scored = _score(s, read, 0)
        factor = weights.get(s.section, 1.0)
        # a new sub-heading is a new task, and so is one reworded into another task; one
        # reworded a little (launch -> continue to advance special initiatives) goes on
        goes_on = status == "modified" and alike.get(s.index, 0.0) >= LEAD_CONTINUES
        lead = LEAD if s.index in read.leads and not goes_on else 0.0
        if not scored.score and (not lead or fold(s.text) in read.other.text):
            continue  # every word said in the other edition: a piece split off or a copy
        score = (scored.score + lead) * factor
        ranked.append(Highlight(s.index, s.section, status, scored.terms, score))
    ranked.sort(key=lambda h: (-h.score, h.sentence))
    doc = comparison.new if side == "new" else comparison.old
    ranked = _once(ranked, doc)
    cap = options.highlights if is_statement(doc) else _PER_SECTION
    keep = options.highlight_terms  # named only for the entries listed: the search costs
    return tuple(
        dataclasses.replace(h, terms=_score(doc.sentences[h.sentence], read, keep).terms)
        for h in _spread(ranked, options.highlights, cap)
    )


def _once(ranked: list[Highlight], doc: Document) -> list[Highlight]:
    """``ranked`` with a sentence the report says twice (加大简政放权、放管结合改革力度。
    in the year's plan and as its task's sub-heading) listed once, where it ranks best."""
    said: set[str] = set()
    once: list[Highlight] = []
    for h in ranked:
        key = doc.sentences[h.sentence].key
        if key not in said:
            said.add(key)
            once.append(h)
    return once


def _spread(ranked: list[Highlight], size: int, cap: int) -> tuple[Highlight, ...]:
    """The best ``size`` of ``ranked`` (best first) with at most ``cap`` from one section.

    When the sections cannot fill ``size`` so, the best of the rest fill it.
    """
    taken: list[Highlight] = []
    rest: list[Highlight] = []
    per: dict[int, int] = {}
    for h in ranked:
        if len(taken) == size:
            break
        if per.get(h.section, 0) < cap:
            per[h.section] = per.get(h.section, 0) + 1
            taken.append(h)
        else:
            rest.append(h)
    taken += [*rest, *ranked[len(taken) + len(rest) :]][: size - len(taken)]
    taken.sort(key=lambda h: (-h.score, h.sentence))
    return tuple(taken)


def _candidates(
    comparison: Comparison,
    side: str,
    commitments: tuple[Commitment, ...],
    parts: tuple[Part, ...],
) -> Iterator[tuple[Sentence, HighlightStatus]]:
    """Commitments found on one side only, and reworded commitments, of ``side``.

    In a statement (:func:`is_statement`) every sentence on one side only counts, but
    a link to another release (``[Implementation Note ...](https://...)``).
    """
    doc = comparison.new if side == "new" else comparison.old
    statement = is_statement(doc)
    whole: HighlightStatus = "added" if side == "new" else "removed"
    yield from ((doc.sentences[c.sentence], whole) for c in commitments)
    listed = {c.sentence for c in commitments}
    for pair in comparison.sentences:
        index = pair.new if side == "new" else pair.old
        if index is None:
            continue
        s = doc.sentences[index]
        if s.heading:
            continue
        if pair.old is None or pair.new is None:
            if statement and index not in listed and not en.LINK.search(s.text):
                yield s, whole
            continue
        if comparison.old.sentences[pair.old].key == comparison.new.sentences[pair.new].key:
            continue
        # a statement's reworded sentences are its changes (``changed``), not news
        if not statement and is_commitment(s.text, doc.language, parts[s.index]):
            yield s, "modified"


def _words_at(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` occurs in ``text`` overlapping ``start:end``."""
    for word in words:
        at = text.find(word, max(0, start - len(word) + 1))
        if at != -1 and at < end:
            return True
    return False


def _change_score(
    old: str, new: str, language: Language, shift: int = 0, year: int | None = None
) -> tuple[float, list[str], list[str]]:
    """How much a rewording matters, and the words it removed and inserted.

    A year moved by ``shift`` (the distance between the editions: 2025年 -> 2026年) is
    the year's own, no change of figure.
    """
    words: tuple[str, ...] = zh.INTENSITY_WORDS if language == "zh" else tuple(en.INTENSITY_WORDS)
    removed: list[str] = []
    inserted: list[str] = []
    score = 0.0
    at_old = at_new = 0
    for span in diff_spans(old, new, language):
        shifted = span.op == "replace" and shift_years(span.old, shift) == span.new
        if span.op != "equal":
            for text, start, bag in ((old, at_old, removed), (new, at_new, inserted)):
                piece = span.old if bag is removed else span.new
                if not piece.strip():
                    continue
                bag.append(piece.strip())
                if (language == "zh" and _words_at(text, start, start + len(piece), words)) or (
                    language == "en" and any(w.lower() in words for w in piece.split())
                ):
                    score += 3.0
                if _figure(language).search(piece) and not shifted:
                    score += 3.0
                other = old if bag is inserted else new
                if language == "zh" and names_new_item(text, start, len(piece), other, year):
                    score += 3.0
        at_old += len(span.old)
        at_new += len(span.new)
    return score, removed, inserted


def _changed(
    comparison: Comparison,
    listed: set[tuple[str, int]],
    options: CompareOptions,
    read: dict[str, Side],
    continued: tuple[tuple[int, int], ...] = (),
) -> tuple[ChangedCommitment, ...]:
    """Reworded commitments whose change matters, most first.

    The sentence pairs of the alignment, and the ``continued`` commitments
    (:func:`continuations`: old and new sentence) it left unpaired.
    """
    old, new = comparison.old, comparison.new
    old_parts, new_parts = read["old"].parts, read["new"].parts
    statement = is_statement(new)
    shift = edition_distance(old, new)
    found: list[ChangedCommitment] = []
    paired: list[tuple[int, int]] = []
    for p in comparison.sentences:
        if p.old is not None and p.new is not None:
            paired.append((p.old, p.new))
    for at_old, at_new in itertools.chain(paired, continued):
        a, b = old.sentences[at_old], new.sentences[at_new]
        if a.key == b.key or a.heading or b.heading or new_parts[b.index] in ("review", "notes"):
            continue
        if ("new", b.index) in listed or ("old", a.index) in listed:
            continue
        if not (
            statement
            or is_commitment(a.text, old.language, old_parts[a.index])
            or is_commitment(b.text, new.language, new_parts[b.index])
        ):
            continue
        score, removed, inserted = _change_score(
            a.text, b.text, new.language, shift, read["new"].year
        )
        if score >= _CHANGE_MATTERS or (statement and (removed or inserted)):
            if not statement:  # a statement's redline: the decision's many words lead
                score = min(score, _CHANGE_MOST) * read["new"].weights.get(b.section, 1.0)
            found.append(
                ChangedCommitment(a.index, b.index, tuple(removed), tuple(inserted), score)
            )
    found.sort(key=lambda c: (-c.score, c.new))  # of equal changes, in reading order
    return tuple(found[: options.highlights])


def highlights(
    comparison: Comparison,
    new: tuple[Commitment, ...],
    dropped: tuple[Commitment, ...],
    options: CompareOptions,
    numbers: tuple[NumberChange, ...] = (),
    read: dict[str, Side] | None = None,
) -> Highlights:
    """The highlights of an aligned comparison whose commitments and figures are known.

    A sentence shown elsewhere in the summary — a report's stance statement, a changed
    target's sentence — is not listed again as new, dropped or changed, nor a ranked
    new or dropped commitment as changed. A statement's are: its redline (keep →
    raise) is the news.
    """
    stances = stance_changes(comparison)
    report = not is_statement(comparison.new)
    # an unchanged stance's sentence may carry other news (提高政策的针对性和灵活性)
    stated = [s for s in stances if report and s.status != "unchanged"]
    targets = [x for x in numbers if report and x.kind == "target" and x.status != "unchanged"]
    read = read or sides(comparison)
    # an added or dropped target's sentence is listed only when it names a new programme
    # or a coinage (实施新型储能倍增计划，到2027年…): the targets table shows its figure
    old_stated = frozenset(s.old.sentence for s in stated if s.old) | {
        x.old.sentence for x in targets if x.old and _figure_only(x, x.old.sentence, read["old"])
    }
    new_stated = frozenset(s.new.sentence for s in stated if s.new) | {
        x.new.sentence for x in targets if x.new and _figure_only(x, x.new.sentence, read["new"])
    }
    continued = continuations(
        comparison, new, dropped, (read["new"].other.text, read["old"].other.text), not report
    )
    went = {a for a, _ in continued}
    came = {b for _, b in continued}
    new = tuple(c for c in new if c.sentence not in came)
    dropped = tuple(c for c in dropped if c.sentence not in went)
    # a statement's changed stance (an added guidance sentence) is not listed again as new
    above = [s for s in stances if not report and s.status != "unchanged"]
    old_above = old_stated | {s.old.sentence for s in above if s.old}
    new_above = new_stated | {s.new.sentence for s in above if s.new}
    ranked_new = _ranked_side(comparison, "new", new, options, read["new"], new_above)
    # a reworded sentence listed as new is not listed again, by its old wording, as dropped
    reworded = {h.sentence for h in ranked_new if h.status == "modified"}
    old_above |= {p.old for p in comparison.sentences if p.old is not None and p.new in reworded}
    ranked_dropped = _ranked_side(comparison, "old", dropped, options, read["old"], old_above)
    listed = {("new", h.sentence) for h in ranked_new} | {
        ("old", h.sentence) for h in ranked_dropped
    }
    listed |= {("old", i) for i in old_stated} | {("new", i) for i in new_stated}
    return Highlights(
        stances=stances,
        priorities=priority_changes(comparison, options.lead_task_reworded)[: options.highlights],
        new=ranked_new,
        dropped=ranked_dropped,
        changed=_changed(comparison, listed, options, read, continued),
    )
