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
   工作, 发展, 良好, 省级 …) and numeral phrases (三年, 第一, 五年来) are no terms.
5. A term is a fragment, judged on its occurrences in the edition where it is
   prominent, when
   * its edges fall inside a word in at least half of its occurrences
     (``推|进新型``, ``制造|业增加值``): a common word spans the edge or holds the
     whole term (``确|定性``), or the outside character binds over four times as
     tightly (pointwise mutual information of the character pairs) as the edge
     character binds inwards;
   * one character follows it in most occurrences (``运动|会``), unless that
     character starts a generic head or verb (``统一大市场|建设``);
   * it follows a content character in most occurrences, a different one each
     time, so that it is the tail of longer names (``精神卫生|服务体系``,
     ``全国|运动会``). Lead-in words (listed, or character pairs that open three
     clauses or more in the edition: ``融入``) do not count as content. A tail
     seen six times or more is the name of a family and stays (农业强省、
     制造强省、科教强省… → ``强省``).
6. A term made of a core and a generic head (``服务|体系``, ``民生|力度``,
   ``现代化产业体系|建设``) is new or dropped only when its core is too: else only
   its wording changed.

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
occurrences — 2 for a report, 1 for a short text like an FOMC statement, one
more per three reports' length for longer texts — or one occurrence in a
heading; a clause said once elsewhere is no topic) and
nearly absent from the old one (its rate, per character or word, at most a sixth
of the new rate); *dropped* is the reverse.
Terms are ranked by Dunning's log-likelihood ratio G² between the two editions,
computed on counts where a heading occurrence weighs four (a heading names what
a section is about: 新质生产力 is said once in 2024, as the first task) and a
quoted name two, times a mild bonus for longer, more specific terms and, for a
Chinese term, times its rarity in the State Council reports before the edition
where it is prominent (:mod:`~diffreport.analyze.background`); a Chinese term that
nearly every report uses (结合, 卫生: seven in ten) is never dropped news; ties go to
the longer term, then alphabetical order, so A→B and B→A give mirrored lists.

**Cost.** Each document is profiled once (normalized runs, repeated n-grams,
candidates, fragment verdicts) and the profile is kept while the ``Document``
lives, so a series of N editions profiles N documents for N-1 comparisons.
Repeated n-grams are counted level by level, an n-gram only where its prefix
repeats (in a text longer than a few reports, where its prefix is said at least
``min_count`` times), so the work is linear in the text; a term the counting
left out is counted through the positions of its rarest character pair. A comparison scores every
candidate, then runs the costlier word-shape tests from the top of the ranking
down only until enough terms passed.

**Nesting.** Of two listed terms where one contains the other, only one stays:
the longer (``新质生产力`` over ``生产力``) when it accounts for at least half of
the shorter one's weighted occurrences — it then takes the shorter one's score —,
else the higher-ranked one.

**Modules.** ``zh`` and ``en`` find and clean each language's candidates,
``counting`` counts repeated n-grams, ``fragments`` tells pieces of longer words,
``profile`` prepares an edition once, ``ranking`` picks what is new or dropped.
The word lists are in ``diffreport.lexicon`` (``zh``, ``en``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from diffreport.align.years import document_year
from diffreport.analyze.topics.profile import _prepare, _prepare_like, _Profile, _profile
from diffreport.analyze.topics.ranking import _changes
from diffreport.model import Document, Language, TopicChange
from diffreport.normalize import clean
from diffreport.segment import segment

__all__ = ["document_terms", "term_counts", "topic_changes", "topic_changes_text"]


def term_counts(texts: Sequence[str], language: Language) -> Counter[str]:
    """The terms of one document (its sentence texts) with their number of occurrences.

    Chinese terms are closed repeated character n-grams and short clauses,
    English terms noun phrases (see the module docstring); no stop words,
    numbers, years or word fragments. A term nested in another is kept when it
    also occurs on its own (``生产力`` beside ``新质生产力``).
    """
    return _terms(_prepare(texts, language, every_clause=True))


def document_terms(doc: Document) -> Counter[str]:
    """``term_counts`` of a loaded document's sentences, computed once per document.

    For topic timelines across editions: a series shares each document's
    profile with the two comparisons it takes part in.
    """
    return _terms(_profile(doc))


def _terms(profile: _Profile) -> Counter[str]:
    counts: Counter[str] = Counter()
    for term, n in profile.candidates.items():
        if n and not profile.fragment(term):
            counts[profile.display(term)] = n
    return counts


def topic_changes(
    old: Document, new: Document, *, limit: int = 15
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    """(new topics, dropped topics) between two editions, most important first.

    New: prominent in ``new`` and absent or nearly absent in ``old``; dropped: the
    reverse. Ranked by log-likelihood between the editions (see the module
    docstring). Each document is profiled once, however many comparisons use it.
    """
    if old.language != new.language:
        old_profile, new_profile = _prepare_like(old, new.language), _profile(new)
    else:
        old_profile, new_profile = _profile(old), _profile(new)
    return _changes(old_profile, new_profile, limit, (document_year(old), document_year(new)))


def topic_changes_text(
    old_text: str, new_text: str, language: Language, *, limit: int = 15
) -> tuple[tuple[TopicChange, ...], tuple[TopicChange, ...]]:
    """``topic_changes`` on two raw texts, cleaned and segmented as a loaded document is.

    For tools and tests without a ``Document``: the texts go through the same
    normalize and segment stages as a file does, so the result is the one a
    comparison of the same texts gives.
    """

    def document(text: str) -> Document:
        sections, sentences = segment(clean(text, language), language)
        return Document("<text>", "", language, "str", sections, sentences)

    return topic_changes(document(old_text), document(new_text), limit=limit)
