"""The highlights in every view: first after the header, escaped, silent when empty.

The analysis that fills ``changes.highlights`` is tested elsewhere; here real
comparisons (State Council 2024 → 2025, FOMC 2022-01 → 2022-03) are given
highlights that point at their real sentences, so each view is pinned on what
an analyst would headline for those pairs: 稳健 → 适度宽松的货币政策, 提振消费专项行动,
the task 扩大国内需求 moved to first place, keep → raise the target range.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from html.parser import HTMLParser
from typing import Any

import pytest
from click.testing import CliRunner
from rich.console import Console

import diffreport
from diffreport.cli import main
from diffreport.display.notebook import comparison_html, comparison_renderables, series_html
from diffreport.model import (
    ChangedCommitment,
    Comparison,
    Document,
    Highlight,
    Highlights,
    PriorityChange,
    Series,
    Stance,
    StanceChange,
    StancePath,
    Task,
)
from diffreport.options import CompareOptions
from diffreport.render import RenderOptions, get_renderer, get_series_renderer
from diffreport.render.highlights import stance_path_text, term_ranges
from diffreport.render.json import to_dict
from diffreport.render.markdown import to_markdown
from diffreport.render.series_json import to_dict as series_dict

from .conftest import corpus
from .test_browser import browser, open_report  # noqa: F401  (fixtures)


def sentence(doc: Document, part: str) -> int:
    """The index of the first sentence of ``doc`` containing ``part``."""
    return next(s.index for s in doc.sentences if part in s.text)


def task_section(doc: Document, part: str) -> int:
    """The index of the section whose heading contains ``part``."""
    return next(s.index for s in doc.sections if s.heading and part in s.heading)


def with_highlights(c: Comparison, h: Highlights) -> Comparison:
    return replace(c, changes=replace(c.changes, highlights=h))


@cache
def plain_sc() -> Comparison:
    """2024 → 2025 with no highlights at all: how every view reads when there are none."""
    c = diffreport.compare(corpus("cn-state-council/2024.txt"), corpus("cn-state-council/2025.txt"))
    return with_highlights(c, Highlights())


@cache
def state_council() -> Comparison:
    """2024 → 2025 with the headlines the State Council's own briefing named."""
    c = plain_sc()
    old, new = c.old, c.new
    consume = sentence(new, "提振消费专项行动")
    future = sentence(new, "具身智能")
    jobs = sentence(old, "城镇新增就业1200万人")
    fiscal_old, fiscal_new = sentence(old, "积极的财政政策要"), sentence(new, "更加积极的财政政策")
    return with_highlights(
        c,
        Highlights(
            stances=(
                StanceChange(
                    "货币政策",
                    "changed",
                    Stance(sentence(old, "稳健的货币政策要"), "稳健的货币政策"),
                    Stance(sentence(new, "适度宽松的货币政策"), "适度宽松的货币政策"),
                ),
                StanceChange(
                    "财政政策",
                    "changed",
                    Stance(fiscal_old, "积极的财政政策"),
                    Stance(fiscal_new, "更加积极的财政政策"),
                ),
            ),
            priorities=(
                PriorityChange(
                    Task(3, task_section(old, "扩大国内需求")),
                    Task(1, task_section(new, "扩大国内需求")),
                ),
                PriorityChange(
                    Task(1, task_section(old, "现代化产业体系")),
                    Task(3, task_section(new, "现代化产业体系")),
                ),
            ),
            new=(
                Highlight(
                    consume, new.sentences[consume].section, "added", ("提振消费专项行动",), 3.0
                ),
                Highlight(future, new.sentences[future].section, "added", ("具身智能", "6G"), 2.5),
            ),
            dropped=(Highlight(jobs, old.sentences[jobs].section, "modified", ("1200万人",), 1.5),),
            changed=(ChangedCommitment(fiscal_old, fiscal_new, ("要",), ("更加",), 2.0),),
        ),
    )


@cache
def fomc() -> Comparison:
    """FOMC 2022-01-26 → 2022-03-16: the first hike, the new guidance, the balance-sheet plan."""
    c = diffreport.compare(
        corpus("fomc-sentences/2022-01-26.txt"), corpus("fomc-sentences/2022-03-16.txt")
    )
    keep = sentence(c.old, "decided to keep the target range")
    hike = sentence(c.new, "decided to raise the target range")
    runoff = sentence(c.new, "begin reducing its holdings")
    return with_highlights(
        c,
        Highlights(
            stances=(
                StanceChange(
                    "federal funds rate",
                    "changed",
                    Stance(keep, "keep at 0 to 1/4 percent"),
                    Stance(hike, "raise to 1/4 to 1/2 percent"),
                ),
            ),
            new=(
                Highlight(
                    runoff,
                    c.new.sentences[runoff].section,
                    "added",
                    ("Reducing its Holdings",),
                    2.0,
                ),
            ),
            changed=(ChangedCommitment(keep, hike, ("keep",), ("raise",), 3.0),),
        ),
    )


HOSTILE_OLD = (
    "一、总体要求\n稳健的货币政策要<script>alert(1)</script>灵活适度。\n"
    "要实施「</style><script>alert(2)</script>」工程。\n"
)
HOSTILE_NEW = (
    "一、总体要求\n适度宽松的货币政策要<img src=x onerror=alert(3)>精准有效。\n"
    "要实施「<b onmouseover=alert(4)>」专项行动\x1b]52;c;aGk=\x07。\n"
)


@cache
def hostile() -> Comparison:
    """Report text with markup and a terminal escape, in every field a highlight shows."""
    c = diffreport.compare(HOSTILE_OLD, HOSTILE_NEW)
    o_stance, n_stance = sentence(c.old, "稳健"), sentence(c.new, "适度宽松")
    o_plan, n_plan = sentence(c.old, "工程"), sentence(c.new, "专项行动")
    return with_highlights(
        c,
        Highlights(
            stances=(
                StanceChange(
                    "<i>货币政策</i>",
                    "changed",
                    Stance(o_stance, "<script>alert(1)</script>"),
                    Stance(n_stance, "<img src=x onerror=alert(3)>"),
                ),
            ),
            priorities=(PriorityChange(Task(2, 1), Task(1, 1)),),
            new=(
                Highlight(
                    n_plan, c.new.sentences[n_plan].section, "added", ("<b onmouseover",), 1.0
                ),
            ),
            dropped=(
                Highlight(o_plan, c.old.sentences[o_plan].section, "removed", ("<script>",), 1.0),
            ),
            changed=(ChangedCommitment(o_stance, n_stance, ("<script>",), ("<img",), 1.0),),
        ),
    )


def rendered(fmt: str, c: Comparison, **options: Any) -> str:
    out = io.StringIO()
    get_renderer(fmt)(c, out, RenderOptions(**{"width": 100, "color": False, **options}))
    return out.getvalue()


def in_order(text: str, *parts: str) -> None:
    """Each part occurs in ``text``, each after the one before."""
    at = -1
    for part in parts:
        found = text.find(part, at + 1)
        assert found > at, f"{part!r} missing or out of order"
        at = found


# --- JSON -----------------------------------------------------------------------------------------


def test_json_highlights_follow_the_contract() -> None:
    c = state_council()
    data = to_dict(c)
    assert {"schema", "sentences", "numbers", "commitments", "topics"} <= set(data)
    h = data["highlights"]
    assert set(h) == {"stances", "priorities", "new", "dropped", "changed"}
    money = h["stances"][0]
    assert set(money) == {"policy", "status", "old", "new"}
    assert money["policy"] == "货币政策" and money["status"] == "changed"
    assert set(money["new"]) == {"index", "text", "phrase"}
    assert money["old"]["phrase"] == "稳健的货币政策"
    assert "适度宽松的货币政策" in money["new"]["text"]
    assert c.new.sentences[money["new"]["index"]].text == money["new"]["text"]
    first = h["priorities"][0]
    assert first["new"]["position"] == 1 and first["old"]["position"] == 3
    assert "扩大国内需求" in first["new"]["heading"] and "扩大国内需求" in first["old"]["heading"]
    top = h["new"][0]
    assert set(top) == {"index", "section", "text", "status", "terms", "score"}
    assert top["terms"] == ["提振消费专项行动"] and isinstance(top["score"], float)
    assert top["status"] == "added" and "提振消费专项行动" in top["text"]
    # section: the heading text, as the commitments give it
    section = c.new.sentences[top["index"]].section
    assert top["section"] == c.new.sections[section].heading
    assert h["dropped"][0]["status"] == "modified"
    assert "1200万人" in h["dropped"][0]["text"]
    changed = h["changed"][0]
    assert set(changed) == {"old", "new", "removed", "inserted", "score"}
    assert set(changed["old"]) == {"index", "section", "text"}
    assert changed["removed"] == ["要"] and changed["inserted"] == ["更加"]
    json.dumps(data, ensure_ascii=False)  # serialisable as it is


def test_json_priority_of_a_new_task_has_no_old_side() -> None:
    c = with_highlights(plain_sc(), Highlights(priorities=(PriorityChange(None, Task(5, 3)),)))
    (row,) = to_dict(c)["highlights"]["priorities"]
    assert row["old"] is None and row["new"]["position"] == 5


def test_json_without_highlights_has_five_empty_lists() -> None:
    data = json.loads(rendered("json", plain_sc()))
    assert data["highlights"] == {
        "stances": [],
        "priorities": [],
        "new": [],
        "dropped": [],
        "changed": [],
    }


# --- terminal -------------------------------------------------------------------------------------


def test_terminal_puts_highlights_first_in_an_analysts_order() -> None:
    text = rendered("terminal", state_council())
    in_order(
        text,
        "sections ",
        "Highlights",
        "Stances",
        "货币政策  稳健的货币政策 → 适度宽松的货币政策  changed",
        "Targets",
        "New in 2025 (2)",
        "«提振消费专项行动»",
        "«具身智能»、«6G»",
        "Dropped since 2024 (1)",
        "«1200万人»",
        "Priorities",
        "1 ← 3",
        "扩大国内需求",
        "3 ← 1",
        "Changed wording (1)",
        "{+实施更加+}积极的财政政策",
        "Topics",
        f"New commitments {len(state_council().changes.new_commitments)}",
        "2024  (old)",
    )
    lines = text.splitlines()
    assert any("适度宽松的货币政策" in line for line in lines[:12])  # the stance leads
    # the whole commitment lists are one line now; --all lists them
    assert "New commitments (" not in text


def test_terminal_entries_take_one_line_and_show_their_terms() -> None:
    text = rendered("terminal", state_council())
    block = text[text.index("New in 2025") : text.index("Priorities")]
    lines = [line for line in block.splitlines() if line.strip()]
    assert len(lines) == 5  # two titles, three entries: one line each at 100 columns
    # a term late in a long sentence is brought into view
    assert any(line.lstrip().startswith("• …") and "«1200万人»" in line for line in lines)


def test_terminal_all_shows_whole_sentences_and_every_commitment() -> None:
    c = state_council()
    text = rendered("terminal", c, width=400, show_all=True)
    jobs = c.old.sentences[c.changes.highlights.dropped[0].sentence].text
    assert jobs.replace("1200万人", "«1200万人»") in text
    assert f"New commitments ({len(c.changes.new_commitments)})" in text


def test_terminal_english_redline_names_the_hike() -> None:
    text = rendered("terminal", fomc())
    in_order(
        text,
        "federal funds rate",
        "keep at 0 to 1/4 percent → raise to 1/4 to 1/2 percent",
        "New in 2022-03-16 (1)",
        "«reducing its holdings»",
        "Changed wording (1)",
        "[-keep-]",
        "{+raise+}",
    )


def test_terminal_without_highlights_is_as_before() -> None:
    text = rendered("terminal", plain_sc())
    assert "Highlights" not in text and "Stances" not in text and "Priorities" not in text
    in_order(text, "Targets", "New commitments (", "Dropped commitments (", "Topics")


def test_terminal_makes_control_characters_visible_in_highlights() -> None:
    text = rendered("terminal", hostile(), show_all=True)
    assert "\x1b" not in text and "\x07" not in text
    assert "␛]52;c;aGk=␇" in text
    assert "«<b onmouseover»" in text


# --- HTML -----------------------------------------------------------------------------------------


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name == "id" and value:
                self.ids.add(value)
            if name == "href" and value:
                self.hrefs.append(value)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: str) -> _Ids:
    p = _Ids()
    p.feed(page)
    return p


def test_html_puts_highlights_first_and_links_them() -> None:
    page = rendered("html", state_council())
    in_order(
        page,
        'id="summary"',
        'id="highlights"',
        '<table class="stances">',
        "稳健的货币政策",
        "适度宽松的货币政策",
        "Changed targets",
        'class="ranked new"',
        '<mark class="t">提振消费专项行动</mark>',
        'class="ranked dropped"',
        "Priorities",
        "1 ← 3",
        '<ul class="changed">',
        "<ins>实施更加</ins>积极的财政政策",
        "New commitments",
        "New topics",
    )
    # the whole lists are closed below the ranked ones
    assert '<details class="block new">' in page
    p = parsed(page)
    internal = [h[1:] for h in p.hrefs if h.startswith("#")]
    assert internal and all(h in p.ids for h in internal)


def test_html_escapes_hostile_text_in_highlights() -> None:
    page = rendered("html", hostile())
    assert page.count("<script") == 1  # the page's own script
    assert "<img" not in page and "<b onmouseover" not in page and "<i>" not in page
    assert "</style><script>" not in page
    assert '<mark class="t">&lt;b onmouseover</mark>' in page
    text = "".join(parsed(page).text)
    assert "<img src=x onerror=alert(3)>" in text and "<i>货币政策</i>" in text


def test_html_without_highlights_says_nothing_of_them() -> None:
    page = rendered("html", plain_sc())
    assert 'id="highlights"' not in page and "Stances" not in page and "Priorities" not in page
    assert 'class="ranked' not in page and '<ul class="changed">' not in page


# --- Markdown -------------------------------------------------------------------------------------


def test_markdown_highlights_section_comes_first() -> None:
    text = to_markdown(state_council())
    in_order(
        text,
        "**Sections:**",
        "## Highlights",
        "### Stances (2)",
        "| 货币政策 | 稳健的货币政策 | 适度宽松的货币政策 | changed |",
        "### New in 2025 (2)",
        "1. 实施<b>提振消费专项行动</b>。",
        "### Dropped since 2024 (1)",
        "### Priorities (2)",
        "| 1 ← 3 |",
        "### Changed wording (1)",
        "<ins>实施更加</ins>积极的财政政策",
        "## Changed targets",
        "## New commitments",
    )


def test_markdown_english_redline() -> None:
    text = to_markdown(fomc())
    assert "<del>keep</del>" in text and "<ins>raise</ins>" in text
    assert "<b>reducing its holdings</b>" in text


def test_markdown_escapes_hostile_text_in_highlights() -> None:
    text = to_markdown(hostile())
    head = text[: text.index("## Changed targets")]
    # every "<" is escaped text, or one of the marks the view writes
    tags = re.findall(r"(?<!\\)<[^>]*>", head)
    assert set(tags) <= {"<b>", "</b>", "<del>", "</del>", "<ins>", "</ins>"}, tags
    assert "\\<script\\>" in head and "<b>\\<b onmouseover</b>" in head
    assert "\x1b" not in head


def test_markdown_without_highlights_has_no_section() -> None:
    assert "## Highlights" not in to_markdown(plain_sc())


# --- notebook -------------------------------------------------------------------------------------


def test_notebook_fragment_and_rich_view_lead_with_highlights() -> None:
    fragment = comparison_html(state_council())
    in_order(
        fragment,
        "Stances (2)",
        "适度宽松的货币政策",
        "Changed targets",
        "New in 2025 (2)",
        '<mark class="t">提振消费专项行动</mark>',
        "Priorities",
        "Changed wording (1)",
        "New commitments",
        "Topics",
    )
    assert "<script" not in fragment
    hostile_fragment = comparison_html(hostile())
    assert "<img" not in hostile_fragment and "<script" not in hostile_fragment
    console = Console(file=io.StringIO(), width=100, color_system=None)
    console.print(state_council())
    shown = console.file.getvalue()  # type: ignore[attr-defined]
    in_order(shown, "Highlights", "适度宽松的货币政策", "Targets", "提振消费专项行动", "Topics")
    parts = list(comparison_renderables(state_council(), console, console.options))
    assert len(parts) > 5


# --- series ---------------------------------------------------------------------------------------


@cache
def fomc_series() -> Series:
    files = [corpus(f"fomc-sentences/{d}.txt") for d in ("2022-01-26", "2022-03-16", "2022-05-04")]
    s = diffreport.compare_series(files)
    first = fomc()
    comparisons = (
        with_highlights(s.comparisons[0], first.changes.highlights),
        with_highlights(s.comparisons[1], Highlights()),
    )
    return replace(
        s,
        comparisons=comparisons,
        stances=(
            StancePath("federal funds rate", ("keep", "raise", "raise")),
            StancePath("<script>balance sheet</script>", (None, None, "reduce")),
        ),
    )


def test_stance_path_collapses_runs() -> None:
    path = StancePath("货币政策", ("稳健",) * 14 + ("适度宽松",))
    assert stance_path_text(path) == "稳健 ×14 → 适度宽松"
    assert stance_path_text(StancePath("x", (None, "a", "a", None))) == "— → a ×2 → —"


def test_series_json_has_stance_paths_and_each_pairs_highlights() -> None:
    data = series_dict(fomc_series())
    assert data["stances"][0] == {
        "policy": "federal funds rate",
        "phrases": ["keep", "raise", "raise"],
    }
    assert data["stances"][1]["phrases"] == [None, None, "reduce"]
    first, second = data["comparisons"]
    assert first["highlights"]["changed"][0]["inserted"] == ["raise"]
    assert "decided to raise" in first["highlights"]["changed"][0]["new"]["text"]
    assert second["highlights"]["new"] == [] and second["highlights"]["stances"] == []


def series_rendered(fmt: str, s: Series) -> str:
    out = io.StringIO()
    get_series_renderer(fmt)(s, out, RenderOptions(width=100, color=False))
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_series_views_show_stance_paths_before_targets(fmt: str) -> None:
    text = series_rendered(fmt, fomc_series())
    in_order(text, "Stances", "federal funds rate", "keep → raise ×2", "Target")
    assert "— ×2 → reduce" in text
    if fmt == "html":
        assert "<script>balance" not in text and "&lt;script&gt;balance" in text
    if fmt == "markdown":
        assert "\\<script\\>balance" in text
    plain = series_rendered(fmt, replace(fomc_series(), stances=()))
    assert "Stances" not in plain


def test_series_notebook_fragment_shows_stance_paths() -> None:
    fragment = series_html(fomc_series())
    in_order(fragment, "Stances", "keep → raise ×2", "Target paths")
    assert "<script>balance" not in fragment


# --- helpers and the command line -----------------------------------------------------------------


def test_term_ranges_find_every_occurrence_longest_first() -> None:
    assert term_ranges("具身智能和智能制造", ("智能", "具身智能"), fold=False) == ((0, 4), (5, 7))
    assert term_ranges("The Committee will", ("committee",), fold=True) == ((4, 13),)
    assert term_ranges("abc", ("",), fold=False) == ()


def _capture(monkeypatch: pytest.MonkeyPatch, name: str) -> list[CompareOptions]:
    seen: list[CompareOptions] = []
    real: Callable[..., Any] = getattr(diffreport, name)

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(kwargs["options"])
        return real(*args, **kwargs)

    monkeypatch.setattr(diffreport, name, spy)
    return seen


def test_cli_highlights_option_reaches_the_options(monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = corpus("fomc-sentences/2022-01-26.txt"), corpus("fomc-sentences/2022-03-16.txt")
    seen = _capture(monkeypatch, "compare")
    result = CliRunner().invoke(
        main, ["compare", str(a), str(b), "--highlights", "3", "-f", "json"]
    )
    assert result.exit_code == 0, result.output
    assert seen[-1].highlights == 3
    assert "highlights" in json.loads(result.stdout)
    CliRunner().invoke(main, ["compare", str(a), str(b), "-f", "json"])
    assert seen[-1].highlights == CompareOptions().highlights
    series_seen = _capture(monkeypatch, "compare_series")
    result = CliRunner().invoke(main, ["series", str(a), str(b), "--highlights", "0", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert series_seen[-1].highlights == 0


@pytest.mark.parametrize("value", ["-1", "many"])
def test_cli_rejects_a_bad_highlights_count(value: str) -> None:
    a, b = corpus("fomc-sentences/2022-01-26.txt"), corpus("fomc-sentences/2022-03-16.txt")
    for command in ("compare", "series"):
        result = CliRunner().invoke(main, [command, str(a), str(b), "--highlights", value])
        assert result.exit_code == 2
        assert "--highlights" in result.output


# --- in a browser ---------------------------------------------------------------------------------


@pytest.mark.corpus
def test_highlights_open_clean_in_a_browser_and_link_to_their_sentences(
    open_report: Any,  # noqa: F811  (the fixture imported above)
) -> None:
    page, log = open_report(rendered("html", state_council()))
    assert page.locator("#highlights").is_visible()
    # the first numbers table is still the targets (the stances have their own table)
    first = page.locator("#summary table.numbers").first.inner_text()
    assert "地方政府专项债券" in first and "稳健的货币政策" not in first
    link = page.locator("table.stances a", has_text="适度宽松的货币政策").first
    link.click()
    target = page.locator(link.get_attribute("href") or "#missing")
    assert target.is_visible() and "适度宽松的货币政策" in target.inner_text()
    term = page.locator(".ranked.new mark.t", has_text="提振消费专项行动")
    assert term.is_visible() and term.evaluate("e => getComputedStyle(e).fontWeight") == "700"
    log.assert_clean()


@pytest.mark.corpus
def test_the_unchanged_stances_line_names_the_stance_kept() -> None:
    # 2007 keeps 稳健的财政政策 and 稳健的货币政策: the line says which stance, as the
    # published analyses of the year do (继续实行稳健的财政政策); a statement's unchanged
    # guidance, a whole sentence, is named
    c = diffreport.compare(corpus("cn-state-council/2006.txt"), corpus("cn-state-council/2007.txt"))
    line = next(x for x in rendered("terminal", c).splitlines() if "unchanged stances" in x)
    assert "稳健的财政政策" in line and "稳健的货币政策" in line
    fomc = diffreport.compare(
        corpus("fomc-sentences/2019-07-31.txt"), corpus("fomc-sentences/2019-09-18.txt")
    )
    kept = next(x for x in rendered("terminal", fomc).splitlines() if "unchanged stances" in x)
    assert kept.strip().endswith("forward guidance")


@pytest.mark.corpus
def test_a_moved_task_shows_its_old_heading_when_it_was_reworded() -> None:
    # 2018 -> 2019: （三）深化基础性关键领域改革 went to 8th place as （八）深化重点领域改革…
    c = diffreport.compare(corpus("cn-state-council/2018.txt"), corpus("cn-state-council/2019.txt"))
    text = to_markdown(c, RenderOptions())
    row = next(line for line in text.splitlines() if line.startswith("| 8 ← 3 |"))
    assert "（八）深化重点领域改革，加快完善市场机制。 (was: （三）深化基础性关键领域改革。)" in row
    # a task that only changed its number shows one heading (2011 -> 2012: （二）保持物价
    # 总水平基本稳定, first in 2011)
    c = diffreport.compare(corpus("cn-state-council/2011.txt"), corpus("cn-state-council/2012.txt"))
    text = to_markdown(c, RenderOptions())
    assert "| 2 ← 1 | （二）保持物价总水平基本稳定 |" in text.splitlines()
