"""The terminal's inline view: one column in the new edition's order, changes marked in place.

What a reader of a short statement (an FOMC statement, a dozen sentences) expects:
the new text as it reads, with the words it dropped struck where they stood and
the words it added marked, and the sentences it lost struck at their old place.
A sentence that moved is shown once, at its new place, with a ``↕ moved`` note.

Each line starts with a gutter mark, so the view reads without colour too:
``-`` a removed sentence, ``+`` an added one, ``~`` a modified one, ``↕`` a moved
one. Inside a sentence the marks are the side-by-side view's: removed words
struck in red (Han text: red on a dark ground, since a strike-through hides the
middle strokes of a Han glyph), inserted words bold green; without colour
``[-removed-]`` and ``{+inserted+}``. The word diff is the side-by-side view's
(``textdiff.diff_spans``), which keeps a figure with its unit as one token; Han
text wraps by the Chinese line-breaking rules (``kinsoku``).
"""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from diffreport.model import Comparison, SentencePair
from diffreport.render import RenderOptions
from diffreport.render.common import group_pairs, with_hidden_runs
from diffreport.render.kinsoku import Kinsoku, has_han
from diffreport.textdiff import diff_spans

#: the gutter mark of each sentence status
GUTTER = {"unchanged": " ", "modified": "~", "moved": "↕", "added": "+", "removed": "-"}
_GUTTER_STYLE = {"modified": "yellow", "moved": "cyan", "added": "green", "removed": "red"}
#: the side-by-side view's marks (``terminal``): removed Han text is coloured, not struck
_DEL = "red strike"
_DEL_HAN_SENTENCE = "red"
_DEL_HAN_WORDS = "bold red on grey23"
_INS = "bold green"


def redlined(old: str, new: str, language: str, color: bool) -> tuple[Text, int | None]:
    """Old and new wording in one text: removed words struck (or ``[-…-]``), inserted marked.

    Also returns the offset of the first change (None when there is none).
    """
    text = Text()
    first: int | None = None
    for span in diff_spans(old, new, language):  # type: ignore[arg-type]
        if span.op == "equal":
            text.append(span.new)
            continue
        if first is None:
            first = len(text.plain)
        if span.old:
            if not color:
                text.append(f"[-{span.old}-]")
            else:
                text.append(span.old, style=_DEL_HAN_WORDS if has_han(span.old) else _DEL)
        if span.new:
            text.append(span.new if color else f"{{+{span.new}+}}", style=_INS)
    return text, first


def inline_text(c: Comparison, p: SentencePair, color: bool) -> Text:
    """One sentence pair as one text: the new wording with the old one's changes marked."""
    o = c.old.sentences[p.old] if p.old is not None else None
    n = c.new.sentences[p.new] if p.new is not None else None
    if n is None:
        assert o is not None
        style = _DEL_HAN_SENTENCE if has_han(o.text) else _DEL
        return Text(o.text, style=style if color else "")
    if o is None:
        return Text(n.text, style=_INS if color else "")
    if p.status == "unchanged" or o.text == n.text:
        text = Text(n.text, style="dim" if p.status == "unchanged" else "")
    else:
        text = redlined(o.text, n.text, c.new.language, color)[0]
    if p.status == "moved":
        origin = c.old.section_title(o.section)
        note = Text(f"↕ moved from “{origin}” #{o.index}: ", style="cyan italic")
        text = Text.assemble(note, text)
    return text


def _table() -> Table:
    table = Table(box=box.SIMPLE, show_header=False, expand=True, padding=(0, 1))
    table.add_column(width=1, no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    return table


def _gutter(status: str, color: bool) -> Text:
    return Text(GUTTER.get(status, " "), style=_GUTTER_STYLE.get(status, "") if color else "")


def _rows(c: Comparison, pairs: list[SentencePair], show_all: bool, color: bool) -> Table:
    """A section's sentences in order; a run of unchanged ones is one ``… N unchanged`` line."""
    table = _table()
    for p in with_hidden_runs(pairs, show_all):
        if isinstance(p, int):
            table.add_row("", Text(f"… {p} unchanged", style="dim"))
        else:
            table.add_row(_gutter(p.status, color), Kinsoku(inline_text(c, p, color)))
    return table


def inline_parts(
    c: Comparison, options: RenderOptions, color: bool, title: Callable[[Comparison, int], Text]
) -> list[Rule | Table | Text]:
    """The text in one column, section by section; ``title(c, k)`` is a section's rule title.

    Sections that did not change are left out unless ``show_all``, as in the
    side-by-side view.
    """
    marks = "struck" if color else "[-…-]"
    inserted = "marked" if color else "{+…+}"
    out: list[Rule | Table | Text] = [
        Text(
            f"{c.old.label} → {c.new.label}, inline: removed {marks}, inserted {inserted}; "
            "gutter - removed, + added, ~ modified, ↕ moved",
            style="bold",
        )
    ]
    for k, pairs in group_pairs(c):
        changed = any(p.status != "unchanged" for p in pairs)
        section_changed = k >= 0 and c.sections[k].status != "matched"
        if not options.show_all and not changed and not section_changed:
            continue
        heading = title(c, k) if k >= 0 else Text("(unplaced)")
        out.append(Rule(heading, align="left"))
        out.append(_rows(c, pairs, options.show_all, color))
    return out
