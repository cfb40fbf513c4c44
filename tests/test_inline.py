"""The inline view (``--view inline``) on real pairs: terminal, HTML and Markdown.

One column in the new edition's order: every sentence of both editions is in it
exactly once (a modified one as one redline that holds both wordings), the
removed and inserted words are marked where they stand, a figure is never cut by a
mark or a line break, and the JSON does not depend on the view.

The pairs: the FOMC statements of 2022-01-26 and 2022-03-16 (the first rate rise
after the pandemic: "keep" became "raise", the balance-sheet runoff figures went)
and the State Council reports 2024 and 2025.
"""

from __future__ import annotations

import html
import io
import re
from collections import Counter

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

import diffreport
from diffreport.cli import main
from diffreport.model import Comparison
from diffreport.render import RenderOptions, get_renderer
from diffreport.textdiff import EN_FIGURE, ZH_FIGURE

from .conftest import corpus
from .test_html import parse

pytestmark = pytest.mark.corpus

FOMC = ("fomc-sentences/2022-01-26.txt", "fomc-sentences/2022-03-16.txt")
SC = ("cn-state-council/2024.txt", "cn-state-council/2025.txt")
#: wide enough that no sentence of either pair wraps: one sentence, one line
ONE_LINE = 5000


@pytest.fixture(scope="module", params=[FOMC, SC], ids=["fomc-2022-01-03", "sc-2024-2025"])
def pair(request: pytest.FixtureRequest) -> Comparison:
    old, new = request.param
    return diffreport.compare(corpus(old), corpus(new))


@pytest.fixture(scope="module")
def fomc() -> Comparison:
    return diffreport.compare(corpus(FOMC[0]), corpus(FOMC[1]))


@pytest.fixture(scope="module")
def sc() -> Comparison:
    return diffreport.compare(corpus(SC[0]), corpus(SC[1]))


def rendered(c: Comparison, fmt: str, **options: object) -> str:
    out = io.StringIO()
    get_renderer(fmt)(c, out, RenderOptions(view="inline", **options))  # type: ignore[arg-type]
    return out.getvalue()


def _norm(text: str, language: str) -> str:
    """Text as a view may space it: runs of white space as one (none at all for Chinese)."""
    return re.sub(r"\s+", "" if language == "zh" else " ", text).strip()


def assert_each_sentence_once(
    c: Comparison, items: list[tuple[str, str | None, str | None]]
) -> None:
    """``items`` (status, old wording, new wording) hold every sentence of both editions once."""
    lang = c.new.language
    for doc, k in ((c.old, 1), (c.new, 2)):
        shown = Counter(_norm(i[k], lang) for i in items if i[k] is not None)  # type: ignore[arg-type]
        wanted = Counter(_norm(s.text, lang) for s in doc.sentences)
        assert shown == wanted, (
            doc.label,
            (wanted - shown).most_common(3),
            (shown - wanted).most_common(3),
        )


# --- terminal ------------------------------------------------------------------------------------

_ROW = re.compile(r"^  (.)   (.*)$")
_MOVED_NOTE = re.compile(r"^↕ moved from “[^”]*” #\d+: ")


def terminal_items(text: str) -> list[tuple[str, str]]:
    """The inline rows of the plain terminal view: (gutter mark, text)."""
    body = text[text.index(", inline: ") :].splitlines()[1:]
    return [
        (m.group(1), m.group(2).rstrip())
        for line in body
        if "──" not in line and (m := _ROW.match(line)) and m.group(2).strip()
    ]


def _sides(mark: str, text: str) -> tuple[str, str | None, str | None]:
    """A plain inline row's old and new wording, read back from its marks."""
    text = _MOVED_NOTE.sub("", text)
    if mark == "-":
        return mark, text, None
    if mark == "+":
        return mark, None, text
    old = re.sub(r"\{\+.*?\+\}", "", text).replace("[-", "").replace("-]", "")
    new = re.sub(r"\[-.*?-\]", "", text).replace("{+", "").replace("+}", "")
    return mark, old, new


def test_terminal_inline_holds_each_sentence_of_both_editions_once(pair: Comparison) -> None:
    text = rendered(pair, "terminal", width=ONE_LINE, color=False, show_all=True)
    rows = terminal_items(text)
    assert {mark for mark, _ in rows} <= {" ", "-", "+", "~", "↕"}
    assert_each_sentence_once(pair, [_sides(mark, t) for mark, t in rows])
    # one column: no line of the text holds two sentences side by side
    assert len(rows) == len(pair.sentences)


def test_terminal_inline_marks_the_rate_decision_in_place(fomc: Comparison) -> None:
    rows = dict(
        (t, m) for m, t in terminal_items(rendered(fomc, "terminal", width=ONE_LINE, color=False))
    )
    decision = next(t for t in rows if "target range for the federal funds rate" in t and "{+" in t)
    assert rows[decision] == "~"
    assert "decided to [-keep-]{+raise+} the target range" in decision
    # figures whole inside the marks: "0 to 1/4 percent" became "1/4 to 1/2 percent"
    assert "[-1/4 percent-]{+1/2 percent" in decision
    runoff = next(t for t in rows if "Treasury securities" in t and "[-" in t)
    assert "[-by at least $20 billion per month -]" in runoff
    assert any("Job gains have been [-solid-]{+strong+} in recent months" in t for t in rows)
    removed = [t for t, m in rows.items() if m == "-"]
    assert "The path of the economy continues to depend on the course of the virus." in removed


def test_terminal_inline_marks_the_state_council_figures_whole(sc: Comparison) -> None:
    rows = [t for _, t in terminal_items(rendered(sc, "terminal", width=ONE_LINE, color=False))]
    jobs = next(t for t in rows if "城镇新增就业" in t and "[-" in t)
    assert "城镇新增就业[-1244万人，-]{+1256万人、+}" in jobs
    assert "[-5.2%-]{+5.1%" in jobs
    gdp = next(t for t in rows if "国内生产总值" in t and "126万亿元" in t)
    assert "[-超过126万亿元，增长5.2%-]{+达到134.9万亿元、增长5%+}" in gdp


def _straddles(first: str, second: str, language: str) -> list[str]:
    """Figures that a line break between ``first`` and ``second`` would cut."""
    gap = "" if language == "zh" else " "
    joined = first + gap + second
    pattern = ZH_FIGURE if language == "zh" else EN_FIGURE
    cut = len(first)
    return [m.group() for m in pattern.finditer(joined) if m.start() < cut < m.end()]


@pytest.mark.parametrize("width", [60, 100])
def test_terminal_inline_wraps_without_cutting_a_figure(pair: Comparison, width: int) -> None:
    lines = rendered(pair, "terminal", width=width, color=False).splitlines()
    assert all(cell_len(line) <= width for line in lines)
    start = next(k for k, line in enumerate(lines) if ", inline: " in line)
    rows = [m for line in lines[start:] if (m := _ROW.match(line))]
    cut = [
        (a.group(2), b.group(2))
        for a, b in zip(rows, rows[1:], strict=False)
        if b.group(1) == " " and _straddles(a.group(2).rstrip(), b.group(2), pair.new.language)
    ]
    assert not cut, cut[:3]
    # no continuation line starts with closing punctuation or a change closer
    assert not [
        m.group(2)
        for m in rows
        if m.group(1) == " " and re.match(r"[，。、；：）”]|-\]|\+\}", m.group(2))
    ]


_SGR = re.compile(r"\x1b\[([\d;]*)m([^\x1b]*)")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def test_terminal_inline_colours_removed_han_text_instead_of_striking_it(sc: Comparison) -> None:
    out = rendered(sc, "terminal", width=100, color=True)
    runs = _SGR.findall(out[out.index(", inline: ") :])
    struck = [t for params, t in runs if "9" in params.split(";") and t.strip()]
    assert not [t for t in struck if _HAN.search(t)]
    red = [t for params, t in runs if "31" in params.split(";") and _HAN.search(t)]
    assert len(red) > 50


def test_terminal_inline_strikes_removed_english_words(fomc: Comparison) -> None:
    out = rendered(fomc, "terminal", width=100, color=True)
    struck = [t for params, t in _SGR.findall(out) if "9" in params.split(";")]
    assert "keep" in struck and any("COVID-19" in t for t in struck)


# --- Markdown ------------------------------------------------------------------------------------

_MD_ITEM = re.compile(r"^- (?:\*\*(added|removed|modified|moved)\*\*)?(?: from “[^”]*”:)? ?(.*)$")


def _unescape_md(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def markdown_items(text: str) -> list[tuple[str, str | None, str | None]]:
    body = text[text.index("## Changes by section") :].splitlines()
    items = []
    for line in body:
        m = _MD_ITEM.match(line)
        if not m or line.startswith("- *…"):
            continue
        status, rest = m.group(1) or "unchanged", m.group(2)
        old = _unescape_md(
            re.sub(r"<ins>.*?</ins>", "", rest).replace("<del>", "").replace("</del>", "")
        )
        new = _unescape_md(
            re.sub(r"<del>.*?</del>", "", rest).replace("<ins>", "").replace("</ins>", "")
        )
        items.append(
            (status, None if status == "added" else old, None if status == "removed" else new)
        )
    return items


def test_markdown_inline_holds_each_sentence_of_both_editions_once(pair: Comparison) -> None:
    text = rendered(pair, "markdown", show_all=True)
    items = markdown_items(text)
    assert len(items) == len(pair.sentences)
    assert_each_sentence_once(pair, items)


def test_markdown_inline_marks_words_in_place(fomc: Comparison, sc: Comparison) -> None:
    text = rendered(fomc, "markdown")
    assert "decided to <del>keep</del><ins>raise</ins> the target range" in text
    assert "<del>by at least \\$20 billion per month </del>" in text
    virus = "The path of the economy continues to depend on the course of the virus."
    assert f"- **removed** <del>{virus}</del>" in text
    ukraine = "The invasion of Ukraine by Russia is causing tremendous human and economic hardship."
    assert f"- **added** <ins>{ukraine}</ins>" in text
    zh = rendered(sc, "markdown")
    assert "城镇新增就业<del>1244万人，</del><ins>1256万人、</ins>" in zh
    # the side-by-side view's two lines a modified sentence (one per edition) are one
    side = io.StringIO()
    get_renderer("markdown")(sc, side, RenderOptions())
    assert "  - 2024:" in side.getvalue() and "  - 2024:" not in zh


# --- HTML ----------------------------------------------------------------------------------------


def _opening(page: str) -> str:
    """A page with the layout it opens in left out."""
    page = page.replace('<body class="inline">', "<body>")
    return re.sub(r'aria-pressed="(?:true|false)"', "aria-pressed", page)


def test_html_carries_both_layouts_and_opens_in_the_one_asked(fomc: Comparison) -> None:
    side = io.StringIO()
    get_renderer("html")(fomc, side, RenderOptions())
    inline = rendered(fomc, "html")
    assert '<body class="inline">' in inline and '<body class="inline">' not in side.getvalue()
    assert 'data-view="inline" aria-pressed="true"' in inline
    # one page holds both layouts: the view only says which one it opens in
    assert _opening(side.getvalue()) == _opening(inline)
    root = parse(inline)
    cells = [n for n in root.iter() if n.tag == "div" and n.attrs.get("class") == "c i"]
    reworded = sum(
        1
        for p in fomc.sentences
        if p.old is not None
        and p.new is not None
        and fomc.old.sentences[p.old].text != fomc.new.sentences[p.new].text
    )
    assert len(cells) == reworded == 4
    texts = [html.unescape(str(n.text())) for n in cells]
    decision = next(t for t in texts if "federal funds rate" in t)
    assert "decided to keepraise the target range" in decision
    raw = inline[inline.index('<div class="c i">') :]
    assert "<del>keep</del><ins>raise</ins>" in raw
    assert "<del>by at least $20 billion per month </del>" in raw


def test_html_inline_marks_chinese_figures_whole(sc: Comparison) -> None:
    page = rendered(sc, "html")
    cells = re.findall(r'<div class="c i">(.*?)</div>', page)
    assert len(cells) > 100
    jobs = next(c for c in cells if "城镇新增就业" in c)
    assert "城镇新增就业<del>1244万人，</del><ins>1256万人、</ins>" in jobs
    # a moved and reworded sentence says where it came from, once, at its new place
    moved = [c for c in cells if 'class="mv"' in c]
    assert moved and all(c.count("moved from") == 1 for c in moved)


def test_json_does_not_depend_on_the_view(fomc: Comparison) -> None:
    side = io.StringIO()
    get_renderer("json")(fomc, side, RenderOptions())
    assert rendered(fomc, "json") == side.getvalue()


def test_cli_view_inline() -> None:
    args = [
        "compare",
        str(corpus(FOMC[0])),
        str(corpus(FOMC[1])),
        "--view",
        "inline",
        "--width",
        "100",
    ]
    result = CliRunner().invoke(main, args, env={"NO_COLOR": "1", "FORCE_COLOR": None})
    assert result.exit_code == 0, result.stderr
    assert "[-keep-]{+raise+}" in result.stdout and "(new)" not in result.stdout
    result = CliRunner().invoke(main, [*args[:3], "--view", "diagonal"])
    assert result.exit_code == 2 and "diagonal" in result.stderr
