"""Policy stances: each edition's stance statements, and how they changed.

Chinese reports state a stance as ``<modifiers>的<policy>政策`` (``适度宽松的货币政策``,
``更加积极的财政政策``), often followed by ``要<how>`` (``积极的财政政策要适度加力、提质增效``);
the modifier must be made only of stance words (directions and degrees, ``lexicon.zh``) and
the policy noun one of the macro policies, so ``党的民族政策`` or ``一揽子增量政策`` are
not stances. English reports say the same (``a more proactive fiscal policy``). Each
policy's main statement is the first one in the plan part, the first that carries a ``要``
clause when one repeats the same modifier; a policy only the review part states (it
restates last year's) has none, unless the edition's plan part is not told apart.
A Chinese report's working tone (``总基调``: 坚持稳中求进工作总基调, or the list of
principles holding it, 坚持稳中求进、以进促稳、先立后破) and the qualities it gives policy
as a whole (``政策取向``: 保持宏观政策连续性稳定性可持续性) are stances too, ranked after
a policy's changed modifier; an edition that stops restating them changed neither.
FOMC statements state the rate decision, the forward guidance and the balance-sheet plan
(``stances_fomc``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache

from diffreport.analyze import stances_fomc
from diffreport.analyze.newterms import holds_lead_in, without_lead_in
from diffreport.analyze.parts import plan_sections, review_sections
from diffreport.analyze.stances_fomc import Statement
from diffreport.lexicon import en, zh
from diffreport.model import Comparison, Document, Stance, StanceChange, StanceStatus

__all__ = ["document_stances", "edition_stances", "stance_changes", "statements"]


@dataclass(frozen=True)
class _Words:
    """One language's stance words, as the statement finder reads them."""

    directions: tuple[str, ...]
    degrees: tuple[str, ...]
    policy: re.Pattern[str]
    separator: str


#: what opens a clause of its own before ``<policy>政策要…`` (微观政策要活 after a comma
#: or a 、 in the policy orientation's list)
_CLAUSE_OPENERS = ",，;；:：、"


@cache
def _words(language: str) -> _Words:
    if language == "zh":
        nouns = "|".join(sorted(zh.STANCE_POLICY_NOUNS, key=len, reverse=True))
        named = "|".join(zh.STANCE_NAME_WORDS)
        links = "|".join(zh.STANCE_COMPLEMENT_LINKS)
        # the how ends where the next policy of a list begins (宏观政策要稳、微观政策要活)
        how = rf"(?:{links})(?P<how>(?:(?!、(?:{nouns})+政策)[^,，。;；:：!！?？]){{1,30}})"
        # a name that states the stance may end in 导向 too (突出就业优先导向)
        after = "|".join(f"(?<={w})" for w in zh.STANCE_NAME_WORDS)
        policy = re.compile(
            rf"(?P<of>的)?(?P<nouns>(?:{nouns})+)(?P<named>{named})?(?:政策|(?:{after})导向)"
            rf"(?:{how})?"
        )
        return _Words(zh.STANCE_DIRECTION_WORDS, zh.STANCE_DEGREE_WORDS, policy, "")
    nouns = "|".join(sorted(en.STANCE_POLICY_NOUNS, key=len, reverse=True))
    named = "|".join(en.STANCE_NAME_WORDS)
    policy = re.compile(
        rf"(?i)(?<=\s)(?P<nouns>{nouns})(?P<named>{named})?\s+polic(?:y|ies)\b(?P<how>)"
    )
    return _Words(en.STANCE_DIRECTION_WORDS, en.STANCE_DEGREE_WORDS, policy, " ")


def document_stances(doc: Document) -> dict[str, Stance]:
    """Each policy's main stance statement in one edition, by policy name."""
    return {name: Stance(s.sentence, s.phrase) for name, s in _main_statements(doc).items()}


def stance_changes(comparison: Comparison) -> tuple[StanceChange, ...]:
    """Every policy stated in either edition: changed, unchanged, added or removed.

    Changed first (a changed modifier, FOMC decision or wording before a changed ``要``
    clause alone), then added, removed and unchanged; in each, in the new edition's order.
    """
    old = _main_statements(comparison.old)
    new = _main_statements(comparison.new)
    old, new = stances_fomc.compared(comparison, old, new)
    new.update(_reworded(comparison, old, new))
    new.update(_restated(comparison, old, new))
    ranked: list[tuple[tuple[int, int], StanceChange]] = []
    # a report that stops restating its tone or the qualities of policy changed neither
    gone = [p for p in old if p not in new and p not in (_TONE_POLICY, _QUALITIES_POLICY)]
    for policy in [*new, *gone]:
        before, after = old.get(policy), new.get(policy)
        tier, status = _tier(before, after)
        where = after.sentence if after is not None else before.sentence if before else 0
        ranked.append(
            (
                (tier, where),
                StanceChange(policy, status, _stance(before), _stance(after)),
            )
        )
    ranked.sort(key=lambda item: item[0])
    return tuple(change for _, change in ranked)


def _reworded(
    comparison: Comparison, old: dict[str, Statement], new: dict[str, Statement]
) -> dict[str, Statement]:
    """Policies the new edition states in words no stance list holds, found where the old
    statement's sentence went: 就业优先政策 reworded 就业稳定政策, an appropriately
    accommodative monetary policy reworded a flexible and appropriate one. The new
    statement has the old one's form (``<grading>的<noun>政策``, ``<noun><name>政策``, ``a
    <grading> <noun> policy``) and its grading words are only that: no verb, object or
    purpose (实施好支持实体经济的货币政策, the coordination of fiscal policy grade nothing)."""
    went = {p.old: p.new for p in comparison.sentences if p.old is not None and p.new is not None}
    language = comparison.new.language
    found: dict[str, Statement] = {}
    for policy, before in old.items():
        at = went.get(before.sentence)
        if policy in new or at is None or policy in (_TONE_POLICY, _QUALITIES_POLICY):
            continue
        key = comparison.new.sentences[at].key
        if language == "zh":
            phrase = _graded_zh(key, policy, named="的" not in before.phrase)
        else:
            phrase = _graded_en(key, policy)
        if phrase and phrase != before.phrase:
            found[policy] = Statement(policy, at, phrase, phrase, "")
    return found


def _restated(
    comparison: Comparison, old: dict[str, Statement], new: dict[str, Statement]
) -> dict[str, Statement]:
    """Policies whose main statement keeps its modifier while another statement of them was
    regraded in words no stance list holds: the old edition's statement of the policy in
    a sentence the new edition rewords (继续实施积极的财政政策 -> 继续实施适度扩张的财政政策)
    while a restatement (积极的财政政策要加力提效) stays. Read as :func:`_reworded` reads."""
    if comparison.new.language != "zh" or not old:
        return {}
    went = {p.old: p.new for p in comparison.sentences if p.old is not None and p.new is not None}
    found: dict[str, Statement] = {}
    for statement in statements(comparison.old):
        policy = statement.policy
        before, after = old.get(policy), new.get(policy)
        # the modifier kept, its 要 clause perhaps not: the old main statement may be the
        # one regraded (稳健的货币政策要灵活适度 -> 稳中偏紧的…, 稳健的货币政策 said elsewhere)
        if before is None or after is None or policy in found or before.modifier != after.modifier:
            continue
        at = went.get(statement.sentence)
        if at is None or policy in (_TONE_POLICY, _QUALITIES_POLICY):
            continue
        key = comparison.new.sentences[at].key
        if statement.phrase in key:
            continue
        phrase = _graded_zh(key, policy, named="的" not in statement.phrase)
        noun = policy.removesuffix("政策")  # 就业优先政策 grades by 优先
        grading = phrase.partition("的")[0] if "的" in phrase else phrase[len(noun) : -2]
        if phrase and grading not in (statement.modifier, before.modifier):
            found[policy] = Statement(policy, at, phrase, phrase, "")
    return found


#: the most characters of grading words read before ``的<noun>政策`` or inside
#: ``<noun>…政策`` when no stance list holds them
_GRADING_LONGEST = 6
_LIST_CHARACTERS = frozenset("等和与及或的")
_HAN_RUN_END = re.compile(r"[\u4e00-\u9fff]+$")
#: a policy's own 要 clause right after it (…的货币政策要灵活适度), to the clause's end
_HOW_AFTER = re.compile("要[^，。；、,;：:]{1,12}")
#: the end of an earlier policy in a list before the graded one (…政策和)
_AFTER_POLICY = re.compile("^.*政策[和与及]")


def _graded_zh(key: str, policy: str, *, named: bool) -> str:
    """``稳健偏宽松的货币政策`` (after the verb that takes the stance: 实施, 坚持) or, for a
    stance its policy's name states, ``就业稳定政策``: the noun with its grading words."""
    noun = policy.removesuffix("政策")
    if named:
        inside = re.search(rf"{re.escape(noun)}([\u4e00-\u9fff]{{1,4}})政策", key)
        if inside is None or set(inside.group(1)) & _LIST_CHARACTERS or holds_lead_in(inside[1]):
            return ""  # 财政、就业等政策 lists policies, grading none
        return inside.group()
    at = key.find(f"的{noun}政策")
    run = _HAN_RUN_END.search(key[:at]) if at > 0 else None
    if run is None:
        return ""
    words = run.group()
    for verb in sorted(zh.STANCE_TAKE_VERBS, key=len, reverse=True):
        if verb in words:
            words = words[words.rindex(verb) + len(verb) :].removeprefix("好")
            break
    # the second policy one verb takes (实施积极的财政政策和稳中偏松的货币政策)
    listed = _AFTER_POLICY.search(words)
    words = words[listed.end() :] if listed else words
    acts = without_lead_in(words) != words or holds_lead_in(words)  # 支持实体经济: an object
    if acts or not 2 <= len(words) <= _GRADING_LONGEST:
        return ""
    # with its own 要 clause, as a listed stance is shown (稳中偏紧的货币政策要灵活适度)
    how = _HOW_AFTER.match(key, at + len(noun) + 3)
    return f"{words}的{noun}政策{how.group() if how else ''}"


def _graded_en(key: str, policy: str) -> str:
    """``flexible and appropriate monetary policy``, ``employment-stabilizing policy``:
    adjectives and adverbs only, no ``of`` (the transmission of monetary policy)."""
    noun = re.escape(policy.removesuffix(" policy"))
    found = re.search(
        rf"(?i)\b(?:an?|the|its|our)\s+((?:[\w-]+\s+){{0,4}}{noun}(?:-[\w]+)?\s+policy)\b", key
    )
    if found is None or set(found.group(1).lower().split()) & en.STANCE_NOT_GRADING:
        return ""
    return found.group(1)


def _tier(before: Statement | None, after: Statement | None) -> tuple[int, StanceStatus]:
    if before is None:
        return 2, "added"
    if after is None:
        return 3, "removed"
    if before.modifier != after.modifier:
        # the working tone and the qualities of policy are reworded most years: a
        # policy's new stance ranks first
        reworded = before.policy in (_TONE_POLICY, _QUALITIES_POLICY)
        return (1 if reworded else 0), "changed"
    if before.complement != after.complement:
        return 1, "changed"
    return 4, "unchanged"


def _stance(statement: Statement | None) -> Stance | None:
    return None if statement is None else Stance(statement.sentence, statement.phrase)


def _main_statements(doc: Document) -> dict[str, Statement]:
    """Per policy, the edition's main statement: report stances and FOMC stances."""
    found = _main_report_statements(doc)
    found.update(stances_fomc.main_statements(doc))
    return found


def _main_report_statements(doc: Document) -> dict[str, Statement]:
    main = _main_policy_statements(doc)
    if doc.language == "zh":
        review = review_sections(doc)
        for found in (_tone(doc, review), _qualities(doc, review)):
            if found is not None:
                main[found.policy] = found
    return main


def _main_policy_statements(doc: Document) -> dict[str, Statement]:
    plan = plan_sections(doc)
    review = review_sections(doc)
    words = _words(doc.language)
    by_policy: dict[str, list[Statement]] = {}
    for statement in statements(doc):
        by_policy.setdefault(statement.policy, []).append(statement)
    main: dict[str, Statement] = {}
    for policy, found in by_policy.items():
        sections = [doc.sentences[s.sentence].section for s in found]
        in_plan = [s for s, sec in zip(found, sections, strict=True) if sec in plan]
        ahead = [s for s, sec in zip(found, sections, strict=True) if sec not in review]
        chosen = _main_of(in_plan, words) or _main_of(ahead, words)
        if not plan:
            # no plan part told apart: the review may be all the edition says of it
            chosen = chosen or _main_of(found, words)
        if chosen is not None:
            main[policy] = chosen
    return main


#: the name under which a Chinese report's working tone is reported
_TONE_POLICY = "总基调"
_HAN4 = r"[\u4e00-\u9fff]{4}"


@cache
def _tone_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(the tone named by its noun, the tone as a list of principles)."""
    verbs = "|".join(zh.STANCE_TONE_VERBS)
    named = re.compile(rf"(?:{verbs})(?P<items>{_HAN4}){zh.STANCE_TONE_NOUN}")
    # principles joined by 、; after a comma another group of them (守正创新、先立后破),
    # never a lone clause (扩大内需，深化改革 are tasks)
    group = rf"{_HAN4}(?:、{_HAN4})+"
    listed = re.compile(rf"(?:{verbs})(?P<items>{group}(?:[，,]{group})*)(?=[，,。；;]|$)")
    return named, listed


def _tone(doc: Document, review: frozenset[int]) -> Statement | None:
    """The edition's working tone: the principles the year's line keeps to.

    A report names its tone by a principle (坚持稳中求进工作总基调). A list of
    four-character principles holding that one, outside the review, is the year's
    tone in full (今年工作要坚持稳字当头、稳中求进; 坚持稳中求进、以进促稳、先立后破);
    else the named principle outside the review. No tone is named, none is found: a
    list that does not hold it (坚持外防输入、内防反弹) is another matter. The
    principles, in order, are compared.
    """
    named, listed = _tone_patterns()
    principle: str | None = None
    first_named: Statement | None = None
    for sentence in doc.sentences:
        found = named.search(sentence.key)
        if found is None:
            continue
        principle = principle or found.group("items")
        if first_named is None and sentence.section not in review:
            first_named = Statement(
                _TONE_POLICY, sentence.index, found.group(0), found.group("items"), ""
            )
    if principle is None:
        return None
    for sentence in doc.sentences:
        if sentence.heading or sentence.section in review:
            continue
        for found in listed.finditer(sentence.key):
            items = re.split(r"[、，,]", found.group("items"))
            if principle in items:
                phrase, joined = found.group(0).replace(",", "，"), "、".join(items)
                return Statement(_TONE_POLICY, sentence.index, phrase, joined, "")
    return first_named


#: the name under which a Chinese report's qualities of policy are reported
_QUALITIES_POLICY = "政策取向"


#: one quality of policy (连续性, 可持续性)
_QUALITY = r"[\u4e00-\u9fff]{2,3}性"


@cache
def _qualities_pattern() -> re.Pattern[str]:
    verbs = "|".join(zh.STANCE_QUALITY_VERBS)
    return re.compile(
        rf"(?:{verbs})(?:宏观(?:经济)?)?政策的?(?P<run>{_QUALITY}(?:[和、]?{_QUALITY})*)"
    )


def _qualities(doc: Document, review: frozenset[int]) -> Statement | None:
    """How policy as a whole is to be run: the ``…性`` words a report keeps or raises
    (保持宏观政策连续性稳定性可持续性; 保持政策的连续性和稳定性，提高政策的针对性和
    灵活性), the first sentence outside the review that says them, all its runs taken.
    The qualities, in order, are compared."""
    pattern = _qualities_pattern()
    for sentence in doc.sentences:
        if sentence.section in review:
            continue
        runs = list(pattern.finditer(sentence.key))
        if not runs:
            continue
        qualities = [q for run in runs for q in re.findall(_QUALITY, run.group("run"))]
        phrase = sentence.key[runs[0].start() : runs[-1].end()].replace(",", "，")
        return Statement(_QUALITIES_POLICY, sentence.index, phrase, "、".join(qualities), "")
    return None


def _main_of(found: Sequence[Statement], words: _Words) -> Statement | None:
    """The first statement with a modifier, or the first one that adds a ``要`` clause to it.

    A clause of its own made of stance words (``财政政策要更加积极有效``) completes the
    statement before it. A policy stated only by clauses of its own (``宏观政策要稳健有效``,
    ``社会政策要托底``) has the first of them, its ``要`` clause the modifier.
    """
    first = next((s for s in found if s.modifier), None)
    if first is None:
        own = next((s for s in found if s.complement), None)
        return None if own is None else replace(own, modifier=own.complement)
    if first.complement:
        return first
    for later in found:
        if not later.complement:
            continue
        if later.modifier == first.modifier or (
            not later.modifier and _only_stance_words(later.complement, words)
        ):
            return replace(later, modifier=first.modifier)
    return first


def statements(doc: Document) -> Iterator[Statement]:
    """Every policy stance statement of a report (Chinese or English), in document order."""
    words = _words(doc.language)
    for sentence in doc.sentences:
        if sentence.heading and doc.language == "en":
            continue
        yield from _sentence_statements(sentence.key, sentence.index, words)
        yield from _cycle_statements(sentence.key, sentence.index, doc.language)


#: the name under which each language reports the cyclical stance (逆周期调节)
_CYCLE_POLICY = {"zh": "周期调节", "en": "cyclical adjustment"}


@cache
def _cycle(language: str) -> re.Pattern[str]:
    if language == "zh":
        verbs = "|".join(zh.STANCE_CYCLE_VERBS)
        nouns = "|".join(sorted(zh.STANCE_POLICY_NOUNS, key=len, reverse=True))
        run = "|".join(zh.STANCE_CYCLE_WORDS)
        # 强化宏观政策逆周期和跨周期调节; not 逆周期调节的政策机遇 (it qualifies a noun)
        return re.compile(
            rf"(?:{verbs})(?:(?:{nouns})+政策)?(?P<how>(?:{run})(?:和(?:{run}))*)调节(?!的)"
        )
    run = "|".join(en.STANCE_CYCLE_WORDS)
    return re.compile(
        rf"(?i)\b(?P<how>(?:{run})-(?:\s*and\s+(?:{run})-)?cyclical)\s+adjustments?\b"
    )


def _cycle_statements(key: str, index: int, language: str) -> Iterator[Statement]:
    """How macro policy regulates the cycle: ``强化跨周期和逆周期调节``, the run its stance."""
    for match in _cycle(language).finditer(key):
        how = match.group("how").lower()
        yield Statement(_CYCLE_POLICY[language], index, match.group(0), how, "")


def _sentence_statements(key: str, index: int, words: _Words) -> Iterator[Statement]:
    """``<stance words>的<policy>政策[要<how>]``, a ``<policy>政策要<how>`` clause of its own
    or in a list of them, and a policy whose name states its stance (``就业优先政策``)."""
    matches = list(words.policy.finditer(key))
    clauses = {} if words.separator else _own_clauses(key, matches)
    for number, match in enumerate(matches):
        named = match.group("named") or ""
        how = (match.group("how") or "").strip()
        # Chinese names the modifier before 的; English right before the policy noun
        graded = bool(words.separator or match.group("of"))
        modifier = _stance_modifier(key[: match.start()], words) if graded else ""
        start, end = match.start("nouns"), match.end()
        if modifier:
            start = _modifier_start(key, match.start(), modifier, words)
        elif number in clauses:
            how = clauses[number]
            end = match.start("how") + len(how)
        elif not named:
            continue
        for noun in _split_nouns(match.group("nouns"), words):
            # 就业优先政策 states 就业政策's stance: the same policy as 积极的就业政策
            policy = f"{noun} policy" if words.separator else f"{noun}政策"
            phrase = key[start:end].strip()
            yield Statement(policy, index, phrase, f"{modifier}{named}", how)


def _own_clauses(key: str, matches: Sequence[re.Match[str]]) -> dict[int, str]:
    """The ``<policy>政策要<how>`` matches that are clauses of their own, with their how.

    A clause opens the sentence or follows a comma, or stands in a list of them
    (``坚持宏观政策要稳、微观政策要活``). A list a verb takes as one object qualifies a
    noun (``实行…社会政策要托底的总体思路``): its clauses' how ends before that ``的``.
    """
    runs: list[list[int]] = []
    for number, match in enumerate(matches):
        if not match.group("how") or match.group("of"):
            continue
        before = matches[runs[-1][-1]].end() if runs else -2
        if before + 1 == match.start() and key[before] in _CLAUSE_OPENERS:
            runs[-1].append(number)
        else:
            runs.append([number])
    clauses: dict[int, str] = {}
    for run in runs:
        start = matches[run[0]].start()
        opens = start == 0 or key[start - 1] in _CLAUSE_OPENERS
        if not opens and len(run) < 2:
            continue
        for number in run:
            how = matches[number].group("how").strip()
            clauses[number] = how if opens else how.split("的")[0]
    return clauses


def _only_stance_words(how: str, words: _Words) -> bool:
    """``保持稳健中性``, ``更加积极有效``: an optional hold verb, then stance words only."""
    rest = how.strip()
    for verb in zh.STANCE_HOLD_VERBS:
        rest = rest.removeprefix(verb)
    modifier = _stance_modifier(rest, words)
    return bool(modifier) and modifier == rest


def _modifier_start(key: str, end: int, modifier: str, words: _Words) -> int:
    """Where the modifier that ends at ``end`` starts (``更加积极``, ``More proactive``)."""
    if not words.separator:
        return end - len(modifier)
    return key.lower().rfind(modifier.split()[0], 0, end)


def _split_nouns(nouns: str, words: _Words) -> list[str]:
    """``财政货币`` is two policy nouns; English names one."""
    if words.separator:
        return [nouns.lower()]
    known = sorted(zh.STANCE_POLICY_NOUNS, key=len, reverse=True)
    parts: list[str] = []
    rest = nouns
    while rest:
        head = next(n for n in known if rest.startswith(n))
        parts.append(head)
        rest = rest[len(head) :]
    return parts


def _stance_modifier(before: str, words: _Words) -> str:
    """The run of stance words that ends ``before`` (it must hold a direction), else ""."""
    if words.separator:
        return _english_modifier(before, words)
    vocabulary = sorted((*words.directions, *words.degrees), key=len, reverse=True)
    end = len(before)
    start = end
    while start > 0:
        word = next((w for w in vocabulary if before.endswith(w, 0, start)), None)
        if word is None:
            break
        start -= len(word)
    modifier = before[start:end]
    # a degree alone (适度, 更加) grades nothing: the run must name a direction
    return modifier if any(d in modifier for d in words.directions) else ""


def _english_modifier(before: str, words: _Words) -> str:
    """``more proactive`` before ``fiscal policy``; joiners only between stance words."""
    tokens = before.rstrip().split(" ")
    taken: list[str] = []
    vocabulary = {*words.directions, *words.degrees, *en.STANCE_JOINERS}
    while tokens and tokens[-1].lower() in vocabulary:
        taken.append(tokens.pop().lower())
    while taken and taken[-1] in en.STANCE_JOINERS:
        taken.pop()
    while taken and taken[0] in en.STANCE_JOINERS:
        taken.pop(0)
    modifier = " ".join(reversed(taken))
    return modifier if set(taken) & set(words.directions) else ""


def edition_stances(documents: Sequence[Document]) -> list[dict[str, Stance]]:
    """Each edition's main stances, an FOMC decision read against the edition before it."""
    found: list[dict[str, Stance]] = []
    previous: dict[str, Statement] = {}
    for doc in documents:
        current = _main_statements(doc)
        current = stances_fomc.resolved_against(previous, current)
        found.append({name: Stance(s.sentence, s.phrase) for name, s in current.items()})
        previous = current
    return found
