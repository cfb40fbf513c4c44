"""Systematic edits of real report text, with the truth of what each edit did.

The held-out checks of the alignment apply edits like these to real reports:
sections reordered and renamed, lines re-wrapped, digits made full-width,
sentences inserted, deleted and reworded, numbers changed. ``make_edited``
applies a seeded random selection of them and records, sentence by sentence,
what the comparison must find; ``score`` measures a comparison against that.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from diffreport.model import Comparison
from diffreport.normalize import fold

_ZH_SENT = re.compile(r"[^。！？]+[。！？]+[”’」』）)]*")
_EN_SENT = re.compile(
    r"(?<!\b[A-Z]\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!U\.S\.)"
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z“\"(])"
)
_ZH_HEAD = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_FILLER_ZH = ["切实", "进一步", "大力", "持续", "积极", "全面", "扎实", "有序"]
_FILLER_EN = ["further", "steadily", "broadly", "gradually", "firmly", "notably"]


@dataclass
class Sent:
    """A sentence of the edited document and where it came from."""

    text: str
    origin: int | None  # index into the original sentence list; None when inserted
    reworded: bool = False


@dataclass
class Truth:
    """What the comparison of original -> edited must find."""

    old_text: str
    new_text: str
    inserted: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    reworded: list[tuple[str, str]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    moved_sections: list[str] = field(default_factory=list)


def _split(paragraph: str, language: str) -> list[str]:
    if language == "zh":
        parts = _ZH_SENT.findall(paragraph)
        rest = paragraph[sum(len(p) for p in parts) :]
        if "".join(parts) != paragraph[: len("".join(parts))]:
            return [paragraph]
        return [*parts, rest] if rest.strip() else parts
    return [s for s in _EN_SENT.split(paragraph) if s]


def _reword(text: str, rng: random.Random, language: str) -> str:
    """A light rewording: a filler word added and one word dropped or swapped."""
    if language == "zh":
        body = text.rstrip("。！？")
        end = text[len(body) :]
        pos = rng.randrange(1, max(2, len(body) - 1))
        filler = rng.choice(_FILLER_ZH)
        out = body[:pos] + filler + body[pos:]
        if len(out) > 12:
            cut = rng.randrange(0, len(out) - 3)
            if not re.search(r"[\d%％]", out[cut : cut + 2]):
                out = out[:cut] + out[cut + 2 :]
        return out + end
    words = text.split(" ")
    pos = rng.randrange(1, max(2, len(words)))
    words.insert(pos, rng.choice(_FILLER_EN))
    if len(words) > 8:
        del words[rng.randrange(1, len(words) - 1)]
    return " ".join(words)


def _change_number(text: str, rng: random.Random) -> str | None:
    numbers = list(re.finditer(r"\d+(?:\.\d+)?", text))
    if not numbers:
        return None
    m = rng.choice(numbers)
    value = m.group(0)
    new = str(int(value.split(".")[0]) + rng.randint(1, 3)) + (
        "." + value.split(".")[1] if "." in value else ""
    )
    return text[: m.start()] + new + text[m.end() :]


def _wrap(paragraph: str, width: int, language: str) -> str:
    if language == "zh":
        return "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))
    lines: list[str] = []
    line = ""
    for word in paragraph.split(" "):
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    lines.append(line)
    return "\n".join(lines)


def _fullwidth(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%"})


def make_edited(
    text: str,
    language: str,
    seed: int,
    *,
    insert_from: str,
    n_insert: int = 4,
    n_delete: int = 4,
    n_reword: int = 6,
    n_numbers: int = 3,
    swap_sections: bool = True,
    rename: bool = True,
    rewrap: int | None = None,
    fullwidth: bool = False,
) -> Truth:
    """Edit ``text`` (one paragraph a line, blank lines between) and record the truth."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    original: list[str] = []
    doc: list[list[Sent]] = []
    for p in paragraphs:
        row = []
        for s in _split(p, language):
            row.append(Sent(s, len(original)))
            original.append(s)
        doc.append(row)
    truth = Truth(old_text="\n\n".join(paragraphs), new_text="")
    body = [k for k, row in enumerate(doc) if len(row) >= 2]

    def candidates() -> list[tuple[int, int]]:
        return [
            (k, i)
            for k in body
            for i, s in enumerate(doc[k])
            if s.origin is not None and not s.reworded and i > 0 and len(s.text) > 15
        ]

    # sections: swap two neighbouring level-2 blocks; rename one heading
    heads = [k for k, row in enumerate(doc) if _ZH_HEAD.match(row[0].text) and k in body]
    if swap_sections and language == "zh" and len(heads) >= 3:
        k = rng.randrange(0, len(heads) - 2)
        a, b, c = heads[k], heads[k + 1], heads[k + 2]
        doc[a:c] = doc[b:c] + doc[a:b]
        truth.moved_sections.append(doc[a][0].text)
        heads = [k for k, row in enumerate(doc) if _ZH_HEAD.match(row[0].text) and k in body]
    if rename and heads:
        k = rng.choice(heads)
        head = doc[k][0]
        marker = _ZH_HEAD.match(head.text)
        cut = marker.end() if marker else 0
        renamed = head.text[:cut] + _reword(head.text[cut:], rng, language)
        truth.renamed.append((head.text, renamed))
        doc[k][0] = Sent(renamed, head.origin, reworded=True)
    for _ in range(n_delete):
        if not candidates():
            break
        k, i = rng.choice(candidates())
        truth.deleted.append(doc[k][i].text)
        del doc[k][i]
    for _ in range(n_reword):
        if not candidates():
            break
        k, i = rng.choice(candidates())
        s = doc[k][i]
        doc[k][i] = Sent(_reword(s.text, rng, language), s.origin, reworded=True)
    for _ in range(n_numbers):
        options = [(k, i) for k, i in candidates() if re.search(r"\d", doc[k][i].text)]
        if not options:
            break
        k, i = rng.choice(options)
        s = doc[k][i]
        changed = _change_number(s.text, rng)
        if changed:
            doc[k][i] = Sent(changed, s.origin, reworded=True)
    donor_paragraphs = (
        insert_from.split("\n")
        if language == "zh"
        else [" ".join(p.split()) for p in re.split(r"\n\s*\n", insert_from)]
    )
    known = set(original)
    donors = sorted(
        {
            s
            for p in donor_paragraphs
            for s in _split(p.strip(), language)
            if len(s) > 20 and s.rstrip("”’\"')").endswith(("。", "！", "？", ".", "!", "?"))
        }
        - known
    )
    rng.shuffle(donors)
    for donor in donors[:n_insert]:
        if not candidates():
            break
        k, i = rng.choice(candidates())
        doc[k].insert(i, Sent(donor, None))
    for row in doc:
        for s in row:
            if s.origin is None:
                truth.inserted.append(s.text)
            elif s.reworded:
                truth.reworded.append((original[s.origin], s.text))
            else:
                truth.kept.append(s.text)
    sep = "" if language == "zh" else " "
    out = [sep.join(s.text for s in row) for row in doc if row]
    if fullwidth:
        out = [_fullwidth(p) for p in out]
    if rewrap:
        out = [_wrap(p, rewrap, language) for p in out]
    truth.new_text = "\n\n".join(out) + "\n"
    return truth


@dataclass
class Score:
    """How a comparison did against the truth."""

    inserted_found: int
    inserted_total: int
    deleted_found: int
    deleted_total: int
    false_added: int
    false_removed: int
    reworded_paired: int
    reworded_total: int
    unchanged_changed: int


def score(result: Comparison, truth: Truth, language: str) -> Score:
    """Compare what ``result`` says with what the edits did."""
    key = lambda t: fold(t, language)  # noqa: E731
    inserted = {key(t) for t in truth.inserted}
    deleted = {key(t) for t in truth.deleted}
    reworded = {key(new): key(old) for old, new in truth.reworded}
    kept = {key(t) for t in truth.kept}
    old, new = result.old, result.new
    found_ins = found_del = false_add = false_rem = paired = unchanged_bad = 0
    for p in result.sentences:
        nk = new.sentences[p.new].key if p.new is not None else None
        ok = old.sentences[p.old].key if p.old is not None else None
        if p.status == "added":
            if nk in inserted:
                found_ins += 1
            else:
                false_add += 1
        elif p.status == "removed":
            if ok in deleted:
                found_del += 1
            else:
                false_rem += 1
        elif nk in reworded and reworded[nk] == ok:
            paired += 1
        elif nk in kept and ok == nk and p.status not in ("unchanged", "moved"):
            unchanged_bad += 1
    return Score(
        found_ins,
        len(inserted),
        found_del,
        len(deleted),
        false_add,
        false_rem,
        paired,
        len(reworded),
        unchanged_bad,
    )
