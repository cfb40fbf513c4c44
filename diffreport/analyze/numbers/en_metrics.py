"""What an English figure measures: the noun phrase it belongs to, its form and period.

A figure is named by the nearest noun phrase it belongs to, tried in this order: the
goal it states (``its 2 percent objective``: the inflation objective), what an amount
buys (``1.3 trillion yuan of … bonds``), what a count counts (``12.67 million urban
jobs``), what a change is in (``an increase of 7 percent in R&D spending``), the subject
or object before its verb (``The government deficit is set at …``, ``raising the share
of nursing beds … to``), a head noun after it, the figure before it in the sentence.
A change (``230 billion yuan more than last year``, ``raised by 20 yuan``, ``by 1/2
percentage point``) is named by what changes plus the change (``government deficit,
increase``), so it never pairs with the level.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from diffreport.lexicon import common, en
from diffreport.model import Document, LocatedQuantity, QuantityForm, QuantityPeriod

_WORD = re.compile(r"[A-Za-z][\w'&-]*")
# a UTF-8 dash read as Windows-1252 inside a word (mortgageâ€‘backed)
_MOJIBAKE_DASH = re.compile("\u00e2[\u0080-\u009f\u20ac\u201a-\u201e\u2018-\u2019]*\\s*")
_CLAUSE_SEPARATORS = (";", ". ", ":", ",", " - ", "(")
_MAX_PHRASE_WORDS = 12
_AMOUNT_OBJECT = re.compile(
    r"^\s*(?:of|in|raised from|raised through|from|worth of)\s+", re.IGNORECASE
)
# the manner of a figure between its name and it (at the rate of, at a pace of, the
# equivalent of, accounting for): read past
_FILLER = re.compile(
    r"\b(?:at\s+)?(?:an?|the)\s+(?:rate|pace|level|average|total(?:\s+value)?|equivalent)"
    r"\s+of\s*$|\baccount(?:s|ing|ed)?\s+for\s*$",
    re.IGNORECASE,
)
_ACCOUNT_FOR = re.compile(r"\baccount(?:s|ing|ed)?\s+for\s*$", re.IGNORECASE)
_SHARE_OF = re.compile(r"^\s*of\s+(?:the\s+)?", re.IGNORECASE)
_IN_OBJECT = re.compile(r"^\s*in\s+", re.IGNORECASE)

_SUBJECT_HEADS = re.compile(r"\b(?:inflation|prices|cpi)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Figure:
    """What an English figure is: its name, form, period and kind (target or outcome)."""

    metric: str
    form: QuantityForm
    period: QuantityPeriod
    objective: bool
    change: bool


def words(text: str) -> list[str]:
    """The words of ``text`` with time phrases (for this year, in 2025) read past."""
    text = _MOJIBAKE_DASH.sub("-", text)
    text = en.TIME_PHRASES.sub(" ", text)
    return _WORD.findall(text)


def _is_break(word: str) -> bool:
    return (
        word in en.PHRASE_BREAKS
        or word in en.MODAL_VERBS
        or en.FIGURE_VERBS.fullmatch(word) is not None
    )


def _is_adverb(word: str) -> bool:
    return len(word) > 4 and word.endswith("ly") and word not in en.NOUNS_ENDING_LY


def _is_verb(word: str) -> bool:
    """A participle or past tense (climbed, totaling) that is no noun (spending, value
    added)."""
    return (
        word.endswith(("ed", "ing"))
        and "-" not in word
        and word not in en.NOUNS_ENDING_ING_ED
        and word not in en.NAME_WORDS_ED
    )


# prepositions a verb takes before its object (resulted in, climbed to): not ``of``, which
# follows nouns in ``-ed`` (value added of)
_VERB_PREPOSITIONS = frozenset({"in", "to", "by", "at", "from", "into"})


def _trim(phrase: list[str]) -> str:
    """A phrase without its opening determiners and closing joiners, lower case; of an
    ``increase in the discount rate``, what increases."""
    for i in range(len(phrase) - 2, -1, -1):
        held = phrase[i].lower() in en.CHANGE_WORDS or phrase[i].lower() in en.CONTAINER_NOUNS
        if held and phrase[i + 1].lower() in ("in", "of", "for"):
            phrase = phrase[i + 2 :]
            break
    while phrase and phrase[0].lower() in en.PHRASE_LEAD_DROPS:
        phrase.pop(0)
    while phrase and phrase[-1].lower() in en.PHRASE_JOINERS:
        phrase.pop()
    if all(w.lower() in en.BARE_METRICS or w.lower() in en.CHANGE_WORDS for w in phrase):
        return ""  # ``an increase of``, ``growth of``: says only that something changes
    return " ".join(phrase).lower()


def _is_noun(found: list[str], i: int) -> bool:
    """Whether a change word (increase, growth) at ``found[i]`` is a noun: after a name or
    an article (a CPI increase), not after a modal, pronoun or ``to`` (will increase)."""
    if found[i].lower() not in en.CHANGE_WORDS:
        return False
    before = found[i - 1].lower() if i > 0 else ""
    return before != "to" and not _is_break(before)


def _cut_place(named: str) -> str:
    """A name without the place it is counted in (expenditure | in the general public
    budget, share of urban residents | in the total population): translations word that
    place differently from year to year, the measure stays."""
    head, sep, _place = named.partition(" in ")
    return head if sep and head else named


def phrase_before(left: str) -> str:
    """The noun phrase a figure's clause names before its verb (``The government deficit
    is set at``, ``the share of nursing beds in elderly care facilities to``)."""
    found = words(_FILLER.sub(" ", left))
    popped = ""
    while found:  # the verb group, prepositions and adverbs between name and figure
        last = found[-1].lower()
        if popped not in ("", "to", "by", "from") and _is_noun(found, len(found) - 1):
            break  # a CPI increase of / projected at: a noun; the rate declines below: a verb
        if (
            last in en.PHRASE_TAIL_WORDS
            or _is_break(last)
            or _is_adverb(last)
            or _is_verb(last)
            or last in en.CHANGE_WORDS
        ):
            popped = found.pop().lower()
        else:
            break
    phrase: list[str] = []
    joined = False  # the phrase stopped at ``and`` (food and energy)
    for i in range(len(found) - 1, -1, -1):
        lowered = found[i].lower()
        if (_is_break(lowered) and not _is_noun(found, i)) or len(phrase) >= _MAX_PHRASE_WORDS:
            if len(phrase) == 1 and (lowered in en.MODAL_VERBS or lowered == "to"):
                phrase = []  # that will cumulate to: a verb after a modal names nothing
            break
        if phrase and _is_verb(lowered) and phrase[-1].lower() in _VERB_PREPOSITIONS:
            break  # measures introduced resulted in savings: a verb, not an adjective
        if lowered == "and" and len(phrase) < 2:
            joined = True
            break  # maximum employment and inflation: two measures, not one name
        phrase.append(found[i])
    phrase.reverse()
    while phrase and phrase[0].lower().endswith("ing") and _is_verb(phrase[0].lower()):
        phrase.pop(0)  # expecting the federal funds rate: a participle opens no name
    named = _cut_place(_trim(phrase))
    if joined and not en.METRIC_HEADS.search(named):
        # inflation for items other than food and energy: the measure is the head noun
        return _last_head_name(" ".join(found)) or named
    return named


def _ends_with_head(word: str) -> bool:
    """Whether ``word`` is a head noun of a measure (rate, deficit), not ``target``."""
    lowered = word.lower()
    return lowered != "target" and en.METRIC_HEADS.fullmatch(lowered) is not None


_TOKEN = re.compile(r"[A-Za-z][\w'&-]*|\d")


def phrase_after(right: str, limit: int = 6, first_noun: bool = False) -> str:
    """The noun phrase right after a figure (``urban jobs created``, ``children under
    three``, ``leasing and business services``): read forward to its first verb,
    preposition or number; ``first_noun``: the first word is a noun whatever it reads
    like (a decrease in …)."""
    tokens = _TOKEN.findall(en.TIME_PHRASES.sub(" ", _MOJIBAKE_DASH.sub("-", right)))
    phrase: list[str] = []
    for i, word in enumerate(tokens[:limit]):
        lowered = word.lower()
        if first_noun and i == 0:
            phrase.append(word)  # a change word read as the noun it is here
            continue
        if word.isdigit() or _is_break(lowered) or lowered in _AFTER_STOPS:
            break
        if lowered == "and":
            following = tokens[i + 1].lower() if i + 1 < len(tokens) else "1"
            if following[0].isdigit() or _is_break(following) or following in _AND_STOPS:
                break
        if phrase and lowered.endswith("ed") and "-" not in lowered:
            break  # jobs created (not mortgage-backed)
        if lowered in _AND_STOPS and phrase and _ends_with_head(phrase[-1]):
            break  # the federal funds rate | for a considerable time
        phrase.append(word)
    return _trim(phrase)


_AFTER_STOPS = frozenset({"to", "by", "at", "or", "under", "with"})
# after ``and``, words that open a clause of their own (… services and by 10.4 percent)
_AND_STOPS = _AFTER_STOPS | {"of", "in", "on", "for", "the", "a", "an"}


def _clause_left(text: str, start: int, floor: int) -> tuple[str, bool]:
    """The clause before a figure (its qualifier left out) and whether it is a list entry."""
    left = text[max(floor, start - 200) : start]
    entry = False
    for sep in _CLAUSE_SEPARATORS:
        cut = left.rfind(sep)
        if cut >= 0:
            left = left[cut + len(sep) :]
            entry = entry or sep in (";", ":")
    return left, entry


def _clause_right(text: str, end: int) -> str:
    right = text[end : end + 160]
    for sep in (";", ". ", ",", ":", "("):
        cut = right.find(sep)
        if cut >= 0:
            right = right[:cut]
    return right


def _objective_name(text: str, start: int, end: int) -> str:
    """``inflation objective``: the goal a figure states, named by the measure it
    qualifies (2 percent inflation) or the one before it."""
    after = _SUBJECT_HEADS.match(text[end : end + 20].lstrip())
    subjects = [m.group().lower() for m in _SUBJECT_HEADS.finditer(text, 0, start)]
    # inflation before any other price word (energy prices fell, but inflation …)
    head = after.group().lower() if after else ""
    head = head or ("inflation" if "inflation" in subjects else subjects[-1] if subjects else "")
    return f"{head} objective" if head else "objective"


def _named_by_head(text: str, head: re.Match[str]) -> str:
    kept: list[str] = []
    for word in reversed(words(text[: head.start()])):
        if word.lower() in en.METRIC_STOP_WORDS or len(kept) >= 5:
            break
        kept.append(word)
    return " ".join([*reversed(kept), head.group()]).lower()


def _heads(text: str) -> list[re.Match[str]]:
    return [m for m in en.METRIC_HEADS.finditer(text) if m.group().lower() != "target"]


def _head_name(text: str) -> str:
    """A name around the first head noun of ``text`` (rate, deficit, investment)."""
    heads = _heads(text)
    return _named_by_head(text, heads[0]) if heads else ""


def _last_head_name(text: str) -> str:
    """A name around the last head noun of ``text``: the subject of a sentence."""
    heads = _heads(text)
    return _named_by_head(text, heads[-1]) if heads else ""


@dataclass(frozen=True)
class Place:
    """Where a figure stands in its folded sentence."""

    text: str
    start: int  # where its phrase starts (its qualifier included)
    end: int  # where the figure and its unit end
    floor: int  # where the figure before it ended (its clause starts no earlier)


def _modified_noun(right: str) -> str:
    """The noun phrase a figure stands before as a modifier (``the current 0 to 1/4
    percent target range for the federal funds rate``, ``12.67 million urban jobs``)."""
    first = words(right[:40])[:1]
    if not first or en.OVER_LAST_YEAR.match(right):
        return ""
    word = first[0].lower()
    if word in en.CHANGE_WORDS:  # a 25-basis-point decrease in the discount rate
        return phrase_after(right, limit=10, first_noun=True)
    if (
        _is_break(word)
        or _is_adverb(word)
        or word in en.PHRASE_JOINERS
        or word in en.PHRASE_TAIL_WORDS
        or word in en.EMPTY_NOUNS
        or word in en.COUNT_UNITS
        or (word.endswith(("ed", "ing")) and word not in en.NOUNS_ENDING_ING_ED)
    ):
        return ""
    return phrase_after(right, limit=10)


@dataclass(frozen=True)
class Named:
    """A figure's name (``metric``, a change's words included), what it names without
    them (``base``), the subject of its clause (``subject``: value added, of ``value
    added … by 10.9 percent in the sectors of …``), its form, and whether it is a goal
    itself. A later figure of the sentence with no name of its own inherits them."""

    metric: str
    base: str
    subject: str
    form: QuantityForm
    objective: bool


def _domain(right: str, left: str, previous: Named | None) -> str:
    """What a change is in (``an increase of 7 percent in R&D spending``, ``grew by 10.9
    percent in the sectors of …``), with the clause's subject when it has one."""
    in_object = _IN_OBJECT.match(right)
    if in_object is None:
        return ""
    changed = en.CHANGE_NOUNS.search(left) or en.CHANGE_VERBS.search(left)
    if not changed and not (previous and previous.form in ("growth", "change")):
        return ""
    found = phrase_after(right[in_object.end() :], limit=8)
    if not found:
        return ""
    if previous is not None and (_PARALLEL.search(left) or not words(left)):
        subject = previous.subject  # … and by 10.4 percent in leasing and business services
    elif en.CHANGE_NOUNS.search(left):
        subject = ""  # an increase of 7 percent in R&D spending: R&D spending is the measure
    else:
        subject = phrase_before(left)
    return f"{subject} in {found}" if subject else found


# a figure in parallel with the one before it (grew by 10.9 percent in … and by 10.4
# percent in …)
_PARALLEL = re.compile(r"\band\s+(?:by|to|of|at)\s*$", re.IGNORECASE)


def name(place: Place, previous: Named | None, amount: bool) -> tuple[str, str, bool]:
    """The metric a figure measures, the subject of its clause, and whether it is a goal
    itself (``its 2 percent objective``)."""
    text = place.text
    left, _entry = _clause_left(text, place.start, place.floor)
    right = _clause_right(text, place.end)
    goal = (
        en.GOALS_OF.search(text, max(0, place.start - 80), place.start) is not None
        or en.OBJECTIVE_BEFORE.search(left) is not None
        or en.OBJECTIVE_HEADING.search(text, max(0, place.start - 200), place.start) is not None
    )
    if en.OBJECTIVE_AFTER.match(text[place.end : place.end + 40]) or goal:
        return _objective_name(text, place.start, place.end), "", True
    whole = _SHARE_OF.match(right) if _ACCOUNT_FOR.search(left) else None
    if whole is not None:  # China accounted for over 60 percent of global … output
        of = phrase_after(right[whole.end() :], limit=8)
        subject = phrase_before(left)
        if of:
            return (f"{subject} share of {of}" if subject else f"share of {of}"), subject, False
    bought = _AMOUNT_OBJECT.match(right) if amount else None
    found = phrase_after(right[bought.end() :], limit=10) if bought else ""
    found = found or _modified_noun(right) or _domain(right, left, previous)
    if found:
        return found, phrase_before(left), False
    subject = phrase_before(left)
    found = subject or _head_name(right) or (previous.base if previous else "")
    if not found:
        found = _last_head_name(text[max(0, place.start - 240) : place.start])
    return found, subject or found, False


_BY_TAIL = re.compile(
    r"\bby\s+(?:(?:an?|the)\s+(?:average|total|further)\s+(?:of\s+)?)?$", re.IGNORECASE
)
_AND_OF = re.compile(r"^\s*and\b", re.IGNORECASE)


def form_of(
    place: Place, metric: str, unit: str, count: bool, previous: Named | None
) -> tuple[QuantityForm, str | None]:
    """The form of a figure and, for a change, the word its metric takes (``increase``,
    ``decrease``; a short word: a long one shared by every change over last year would
    make their names alike to the fuzzy pairing). A figure joined to the one before it
    by ``and`` alone (``grew by 8.9 percent and 7.7 percent``, ``by $20 billion and of …
    by $10 billion``) has its form."""
    left, _entry = _clause_left(place.text, place.start, place.floor)
    after_change = previous is not None and previous.form == "change"
    joined = previous is not None and (
        not [w for w in words(left) if w.lower() != "and"] or _PARALLEL.search(left) is not None
    )
    if joined and previous is not None and unit == "%" and previous.form in ("growth", "share"):
        return previous.form, None
    right = _clause_right(place.text, place.end)
    over_last = en.OVER_LAST_YEAR.match(right) is not None
    change_noun = en.CHANGE_NOUNS.search(left) is not None
    verb = en.CHANGE_VERBS.search(left) is not None or (
        after_change and _AND_OF.match(left) is not None
    )
    by_change = _BY_TAIL.search(left) is not None and verb
    if unit == "%":
        if en.SHARE_AFTER.match(right) or en.SHARE_WORDS.search(f"{metric} {left[-40:]}"):
            return "share", None
        if en.GROWTH_WORDS.search(metric):
            return "growth", None
        if en.RATIO_HEADS.search(metric):
            return "ratio", None
        if en.GROWTH_WORDS.search(left) or change_noun or over_last:
            return "growth", None
        return "ratio", None
    if unit in ("percentage point", "bp") or over_last or change_noun or by_change:
        near = f"{left[-80:]} {right[:30]}"
        direction = "decrease" if en.DOWN_WORDS.search(near) else "increase"
        return "change", direction
    return ("count" if count else "level"), None


def period_of(place: Place, actual: bool, objective: bool, form: QuantityForm) -> QuantityPeriod:
    """The period a figure is for: a past outcome, a recurring pace, several years, or
    this edition's year. A level raised by 20 yuan per month is raised once: per month
    recurs only for a pace or a flow (holdings increased by $20 billion per month)."""
    if actual:
        return "past"
    if en.RECURRING_AFTER.match(place.text[place.end : place.end + 30]) and (
        form != "change" or en.FLOW_NOUNS.search(place.text, 0, place.start)
    ):
        return "recurring"
    if objective or en.SPAN_CUES.search(place.text):
        return "span"
    return "year"


def observed(place: Place, qualifier_word: str | None) -> bool:
    """Whether a comparison states where a measure stands (``With inflation well above 2
    percent``), an observation whatever the sentence aims at."""
    if qualifier_word not in en.OBSERVED_COMPARISONS:
        return False
    left, _entry = _clause_left(place.text, place.start, 0)
    return en.OBSERVED_BEFORE.search(left) is not None and not en.CONDITION_CUES.search(left)


def describe(place: Place, previous: Named | None, unit: str, amount: bool, count: bool) -> Named:
    """Name and form of a figure; a change's metric says so (``…, increase``)."""
    base, subject, objective = name(place, previous, amount)
    form, change = form_of(place, base, unit, count, previous)
    metric = f"{base}, {change}" if change and base else base
    return Named(metric, base, subject, form, objective)


def en_horizons(doc: Document, items: Sequence[LocatedQuantity]) -> dict[int, str]:
    """What each English figure over several years (by ``id``) spans: the five-year plan
    of its section (``15th Five-Year Plan``) or a later year it is set for (``by 2030``);
    one year's figures are absent (see :func:`diffreport.analyze.numbers.kinds.horizons`)."""
    period: dict[int, str] = {}
    for section in doc.sections:
        heading = section.heading or ""
        own = en.PERIOD_HEADING.search(heading)
        if own and not en.REVIEW_HEADING.search(heading):
            period[section.index] = own.group(1)
        elif section.parent is not None and section.parent in period:
            period[section.index] = period[section.parent]
    found = common.YEAR.search(doc.label)
    label_year = int(found.group()) if found else None
    spans: dict[int, str] = {}
    for item in items:
        sentence = doc.sentences[item.sentence]
        before = sentence.text[: item.quantity.start]
        later = [
            year
            for year in (int(m.group(1)) for m in en.TARGET_YEAR_CUE.finditer(before))
            if label_year is not None and year > label_year
        ]
        name = period.get(sentence.section)
        if later:
            spans[id(item)] = f"by {later[-1]}"
        elif name is not None:
            spans[id(item)] = name
    return spans
