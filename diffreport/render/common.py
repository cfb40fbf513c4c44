"""Helpers every renderer shares: where sentence pairs are shown, text safe for a terminal."""

from __future__ import annotations

import dataclasses
import os
import re
from collections import defaultdict
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal, TextIO, TypeVar

from diffreport.model import Comparison, Document, SentencePair

if TYPE_CHECKING:
    from rich.console import Console

    from diffreport.render import RenderOptions

_T = TypeVar("_T")
#: C0 controls except tab and line feed, DEL and C1 controls: a terminal acts on them
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_VISIBLE = {
    **{code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)},
    0x7F: 0x2421,
    **dict.fromkeys(range(0x80, 0xA0), 0xFFFD),
}


def display_safe(value: _T) -> _T:
    """``value`` with every control character in its text made visible, for a terminal.

    Report text may carry escape sequences (``\\x1b]52;…`` writes the clipboard,
    ``\\x1b[2J`` clears the screen); printed as they are, the terminal would act
    on them. ESC becomes ``␛`` (Unicode control pictures; C1 controls become
    ``�``). Walks strings, tuples and (frozen) dataclasses such as a ``Comparison``
    or a ``Series``; returns ``value`` itself when there is nothing to change.
    """
    if isinstance(value, str):
        return value.translate(_VISIBLE) if _CONTROL.search(value) else value  # type: ignore[return-value]
    if isinstance(value, tuple):
        items = tuple(display_safe(item) for item in value)
        changed = any(a is not b for a, b in zip(items, value, strict=True))
        return items if changed else value  # type: ignore[return-value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        updates = {}
        for f in dataclasses.fields(value):
            if not f.init:
                continue
            old = getattr(value, f.name)
            new = display_safe(old)
            if new is not old:
                updates[f.name] = new
        return dataclasses.replace(value, **updates) if updates else value
    return value


#: every C0 control (tab and line feed too), DEL and C1 controls: on one line of a
#: message, a line break would break the promise of one line
_CONTROL_ANY = re.compile("[\x00-\x1f\x7f-\x9f]")
_VISIBLE_ANY: dict[int, int | str] = {
    **{code: 0x2400 + code for code in range(0x20)},
    0x7F: 0x2421,
    **{code: f"\\x{code:02x}" for code in range(0x80, 0xA0)},
}
#: code points a terminal's encoder refuses: a lone surrogate (from a file name's
#: undecodable bytes, ``surrogateescape``)
_SURROGATE = re.compile("[\ud800-\udfff]")


def one_line(text: str) -> str:
    """``text`` for one line of a terminal message: every control character made visible.

    ESC becomes ``␛``, a line break ``␊``, a C1 control its escape (``\\x9b``) and
    a lone surrogate ``\\udcff``, so a hostile file name in an error line can
    neither set the window title, clear the screen nor start a second line.
    """
    if _CONTROL_ANY.search(text):
        text = text.translate(_VISIBLE_ANY)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


def group_pairs(c: Comparison) -> list[tuple[int, list[SentencePair]]]:
    """Sentence pairs grouped under the section pair they are shown in.

    A pair goes to the section pair of its two sections; failing that (a
    sentence moved between sections), to the section pair of its new side, or
    of its old side when it was removed. Key ``-1`` collects pairs whose
    section is in no section pair. Groups come in the order of
    ``c.sections``; pairs keep the order of ``c.sentences``.
    """
    of_pair: dict[tuple[int | None, int | None], int] = {}
    of_new: dict[int, int] = {}
    of_old: dict[int, int] = {}
    for k, sp in enumerate(c.sections):
        of_pair[(sp.old, sp.new)] = k
        if sp.new is not None:
            of_new.setdefault(sp.new, k)
        if sp.old is not None:
            of_old.setdefault(sp.old, k)
    groups: dict[int, list[SentencePair]] = defaultdict(list)
    for p in c.sentences:
        so = c.old.sentences[p.old].section if p.old is not None else None
        sn = c.new.sentences[p.new].section if p.new is not None else None
        found = of_pair.get((so, sn))
        if found is not None:
            k = found
        elif sn is not None:
            k = of_new.get(sn, -1)
        else:
            k = of_old.get(so, -1) if so is not None else -1
        groups[k].append(p)
    return [(k, groups[k]) for k in sorted(groups)]


def with_hidden_runs(pairs: list[SentencePair], show_all: bool) -> Iterator[SentencePair | int]:
    """``pairs`` in order, each run of unchanged ones as its length unless ``show_all``.

    What a view that shows only the changes lists: ``… 3 unchanged`` in place of a run.
    """
    hidden = 0
    for p in pairs:
        if p.status == "unchanged" and not show_all:
            hidden += 1
            continue
        if hidden:
            yield hidden
            hidden = 0
        yield p
    if hidden:
        yield hidden


def section_of_old(c: Comparison) -> dict[int, int]:
    """Old section index -> the first section pair that shows it."""
    out: dict[int, int] = {}
    for k, sp in enumerate(c.sections):
        if sp.old is not None:
            out.setdefault(sp.old, k)
    return out


def terminal_console(out: TextIO, options: RenderOptions) -> Console:
    """A rich console on ``out`` that prints report text literally, at the asked width.

    Colour asked for (``options.color`` True) is given even where rich would
    detect none (``TERM=dumb``, no terminal): the basic 16 colours then.
    """

    console = _console(out, options, "auto")
    if options.color and console.color_system is None:
        console = _console(out, options, "standard")
    return console


def _console(out: TextIO, options: RenderOptions, system: Literal["auto", "standard"]) -> Console:
    """The console ``terminal_console`` gives, with colours detected or the basic 16."""
    from rich.console import Console

    return Console(
        file=out,
        color_system=system,
        width=options.width,
        force_terminal=options.color,
        no_color=None if options.color is None else not options.color,
        highlight=False,
        soft_wrap=False,
        emoji=False,
        markup=False,  # report text (labels, metrics, terms) may contain "[/]"
    )


def shown_path(path: str) -> str:
    """A source's path as output meant to be shared shows it: never an absolute local path.

    A relative path stays as it was given (on the command line, in a config); an
    absolute one becomes relative to the current directory when it lies under it,
    else just its file name. ``/home/me/reports/2025.txt`` run from ``/home/me``
    shows ``reports/2025.txt``; run from ``/tmp``, ``2025.txt``. A name that is no
    path (``<string>`` for report text) is kept.
    """
    if not os.path.isabs(path):
        return path
    here = os.getcwd()
    try:
        inside = os.path.commonpath([here, os.path.abspath(path)]) == here
    except ValueError:  # another drive (Windows): nothing in common
        inside = False
    if inside and os.path.abspath(path) != here:
        return os.path.relpath(path, here)
    return os.path.basename(os.path.normpath(path)) or path


def shown_warnings(doc: Document) -> tuple[str, ...]:
    """``doc``'s warnings, a leading path shown as ``shown_path`` shows it."""
    if not os.path.isabs(doc.path):
        return doc.warnings
    shown = shown_path(doc.path)
    return tuple(shown + w[len(doc.path) :] if w.startswith(doc.path) else w for w in doc.warnings)
