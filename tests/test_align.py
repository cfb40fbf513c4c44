"""Alignment on real reports: sections, year shift, formatting-only and systematic edits."""

from __future__ import annotations

import codecs
import re
from functools import cache

import pytest

import diffreport
from diffreport.align import document_year, heading_key, shift_years
from diffreport.model import Comparison

from .conftest import corpus
from .edits import make_edited, score


@cache
def state_council(old: int, new: int) -> Comparison:
    return diffreport.compare(
        corpus(f"cn-state-council/{old}.txt"), corpus(f"cn-state-council/{new}.txt")
    )


def section_pairs(c: Comparison) -> dict[str | None, tuple[str | None, str]]:
    return {
        (None if p.old is None else c.old.sections[p.old].heading): (
            None if p.new is None else c.new.sections[p.new].heading,
            p.status,
        )
        for p in c.sections
    }


def test_year_helpers() -> None:
    assert shift_years("一、2023年工作回顾，1999年", 1) == "一、2024年工作回顾，2000年"
    assert heading_key("（三）2024年政府工作任务。", 1) == heading_key("三、2025年政府工作任务")
    assert document_year(diffreport.from_text("x。", label="2025")) == 2025


def test_state_council_2024_2025_pairs_every_section() -> None:
    c = state_council(2024, 2025)
    pairs = section_pairs(c)
    assert {p.status for p in c.sections} <= {"matched", "renamed", "moved"}
    # year shift understood: the review sections are the same section
    assert pairs["一、2023年工作回顾"] == ("一、2024年工作回顾", "matched")
    assert pairs["三、2024年政府工作任务"] == ("三、2025年政府工作任务", "matched")
    # reworded and reordered task sections keep their counterpart
    assert pairs["（三）着力扩大国内需求，推动经济实现良性循环。"][0] == (
        "（一）大力提振消费、提高投资效益，全方位扩大国内需求。"
    )
    assert pairs["（一）大力推进现代化产业体系建设，加快发展新质生产力。"][0] == (
        "（二）因地制宜发展新质生产力，加快建设现代化产业体系。"
    )
    assert pairs["（九）加强生态文明建设，推进绿色低碳发展。"][0] == (
        "（九）协同推进降碳减污扩绿增长，加快经济社会发展全面绿色转型。"
    )
    assert sum(1 for p in c.sections if p.status == "moved") >= 1


#: which of last year's numbered tasks each task of the State Council's English report
#: continues (old number -> new number), read off the two reports by subject by hand
#: (2025: 1 consumption, 2 new productive forces, 3 science and education, 4 reform, 5
#: opening up, 6 risks, 7 agriculture, 8 urbanization, 9 green, 10 wellbeing)
ENGLISH_TASK_SUCCESSORS = {
    (2024, 2025): {3: 1, 1: 2, 2: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10},
    (2025, 2026): {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 7: 6, 8: 7, 10: 8, 9: 9, 6: 10},
}


@pytest.mark.corpus
@pytest.mark.parametrize("years", sorted(ENGLISH_TASK_SUCCESSORS))
def test_english_state_council_tasks_pair_with_their_successors(years: tuple[int, int]) -> None:
    """Every numbered task title is a section, and each pairs with the task that continues
    it, not with a review item on the same subject (``4. Continuing to deepen reform`` ->
    ``4. Accelerating … landmark reform measures``, not ``2. We deepened reform``)."""
    old, new = years
    c = diffreport.compare(
        corpus(f"cn-state-council-zh-en/{old}.en.txt"),
        corpus(f"cn-state-council-zh-en/{new}.en.txt"),
    )

    def tasks(doc: diffreport.Document, year: int) -> dict[int, int]:
        part = next(
            s for s in doc.sections if s.heading and s.heading.endswith(f"Tasks for {year}")
        )
        return {
            int((s.heading or "").split(".")[0]): s.index
            for s in doc.sections
            if s.parent == part.index
        }

    old_tasks, new_tasks = tasks(c.old, old), tasks(c.new, new)
    paired = {p.old: p.new for p in c.sections if p.old is not None}
    found = {
        n: next(k for k, v in new_tasks.items() if v == paired[old_tasks[n]]) for n in old_tasks
    }
    assert found == ENGLISH_TASK_SUCCESSORS[years]


def test_state_council_reworded_sentence_is_paired_with_highlightable_change() -> None:
    c = state_council(2024, 2025)
    by_old = {c.old.sentences[p.old].text: p for p in c.sentences if p.old is not None}
    pair = by_old["一、2023年工作回顾"]
    assert pair.status == "modified"
    assert c.new.sentences[pair.new].text == "一、2024年工作回顾"  # type: ignore[index]


def test_every_sentence_exactly_once_on_real_pairs() -> None:
    for c in (
        state_council(2023, 2024),
        diffreport.compare(
            corpus("cn-provinces/henan/2025.txt"), corpus("cn-provinces/henan/2026.txt")
        ),
        diffreport.compare(corpus("fomc/2008-10-29.txt"), corpus("fomc/2008-12-16.txt")),
    ):
        assert sorted(p.old for p in c.sentences if p.old is not None) == list(
            range(len(c.old.sentences))
        )
        assert sorted(p.new for p in c.sentences if p.new is not None) == list(
            range(len(c.new.sentences))
        )


def test_fomc_sentence_pairs() -> None:
    c = diffreport.compare(corpus("fomc/2008-10-29.txt"), corpus("fomc/2008-12-16.txt"))
    statuses = {c.new.sentences[p.new].text: p.status for p in c.sentences if p.new is not None}
    assert (
        statuses[
            "The Federal Open Market Committee decided today to establish a target range for "
            "the federal funds rate of 0 to 1/4 percent."
        ]
        == "modified"
    )


def _reformat(text: str) -> str:
    """Paragraphs re-wrapped at 33 characters, digits and % full-width, CRLF line ends."""
    blocks = re.split(r"\n\s*\n", text) if re.search(r"\n\s*\n", text) else text.split("\n")
    out = []
    for paragraph in blocks:
        flat = "".join(paragraph.split("\n"))
        flat = flat.translate({ord(ch): ord(ch) + 0xFEE0 for ch in "0123456789%"})
        out.append("\n".join(flat[i : i + 33] for i in range(0, len(flat), 33)))
    return "\r\n\r\n".join(out)


@pytest.mark.parametrize(
    "relative",
    ["cn-state-council/2024.txt", "cn-provinces/henan/2026.txt", "cn-state-council/2019.txt"],
)
def test_formatting_only_differences_are_no_change(relative: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    original = corpus(relative)
    text = original.read_text(encoding="utf-8")
    variants = {
        "gb18030-rewrapped.txt": _reformat(text).encode("gb18030"),
        "utf16.txt": codecs.BOM_UTF16_LE + text.replace("\n", "\r\n").encode("utf-16-le"),
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
    }
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        c = diffreport.compare(original, path)
        assert c.counts()["unchanged"] == len(c.old.sentences), name
        assert {p.status for p in c.sentences} == {"unchanged"}, name
        assert {p.status for p in c.sections} == {"matched"}, name
        assert not [n for n in c.changes.numbers if n.status != "unchanged"], name


def test_bundled_format_variants_are_unchanged() -> None:
    from .conftest import SAMPLES

    base = SAMPLES / "zh" / "qinghe-2024.txt"
    for name in ("qinghe-2024-rewrapped.txt", "qinghe-2024-fullwidth.txt"):
        c = diffreport.compare(base, SAMPLES / "zh" / name)
        assert {p.status for p in c.sentences} == {"unchanged"}, name


def _body(relative: str) -> str:
    return corpus(relative).read_text(encoding="utf-8").split("本作品是中华人民共和国")[0]


EDIT_CASES = [
    ("zh", "cn-state-council/2024.txt", "cn-state-council/2019.txt"),
    ("zh", "cn-state-council/2015.txt", "cn-state-council/2012.txt"),
    ("zh", "cn-provinces/henan/2025.txt", "cn-provinces/hubei/2025.txt"),
    ("zh", "cn-provinces/guangdong/2025.txt", "cn-provinces/hunan/2025.txt"),
    ("en", "fomc/2015-12-16.txt", "fomc/2010-08-10.txt"),
    ("en", "us-sotu/2021_joseph_r_biden_d.txt", "us-sotu/1989_george_bush_r.txt"),
]


@pytest.mark.parametrize(("language", "source", "donor"), EDIT_CASES)
@pytest.mark.parametrize("seed", [0, 1])
def test_systematic_edits_are_found(language: str, source: str, donor: str, seed: int) -> None:
    text = _body(source)
    if source.startswith("fomc/"):
        text = "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text))
    truth = make_edited(
        text,
        language,
        seed,
        insert_from=_body(donor),
        rewrap=37 if seed else None,
        fullwidth=bool(seed),
    )
    c = diffreport.compare(truth.old_text, truth.new_text, old_label="a", new_label="b")
    s = score(c, truth, language)
    assert s.inserted_found == s.inserted_total
    assert s.deleted_found == s.deleted_total
    assert s.false_added <= 1 and s.false_removed <= 1
    assert s.reworded_paired >= 0.9 * s.reworded_total
    assert s.unchanged_changed == 0
    headings = {c.new.sections[p.new].heading: p for p in c.sections if p.new is not None}
    for _old_heading, new_heading in truth.renamed:
        if new_heading in headings:
            assert headings[new_heading].status in ("renamed", "moved", "matched")
    old_headings = {c.old.sections[p.old].heading: p for p in c.sections if p.old is not None}
    for moved in truth.moved_sections:
        assert moved in old_headings and old_headings[moved].new is not None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("cn-state-council/2024.txt", "cn-state-council/2025.txt"),
        ("cn-provinces/henan/2025.txt", "cn-provinces/henan/2026.txt"),
        ("fomc/2008-10-29.txt", "fomc/2008-12-16.txt"),
    ],
)
def test_real_pairs_align_the_same_both_ways(old: str, new: str) -> None:
    a = diffreport.load(corpus(old), label="a")
    b = diffreport.load(corpus(new), label="b")
    forward, backward = diffreport.compare(a, b), diffreport.compare(b, a)
    pairs = {(p.old, p.new) for p in forward.sentences if p.old is not None and p.new is not None}
    mirrored = {
        (p.new, p.old) for p in backward.sentences if p.old is not None and p.new is not None
    }
    assert pairs == mirrored
    assert forward.counts()["added"] == backward.counts()["removed"]


# --- long documents: candidates and scores in numpy -------------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("cn-state-council/2024.txt", "cn-state-council/2025.txt"),
        ("cn-provinces/guangdong/2025.txt", "cn-provinces/guangdong/2026.txt"),
        ("cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2025.en.txt"),
        ("us-sotu/2013_barack_obama_d.txt", "us-sotu/2014_barack_obama_d.txt"),
    ],
)
def test_the_numpy_search_aligns_as_the_python_search(
    old: str, new: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Long documents find candidates (``_postings``) and score them (``cpdist``) in
    numpy; forced onto real pairs, that path pairs every sentence and section as the
    Python one does, tie-breaks and scores included."""
    from diffreport.align import align, sentences

    a, b = diffreport.load(corpus(old)), diffreport.load(corpus(new))
    expected = align(a, b)
    monkeypatch.setattr(sentences, "MANY_SENTENCES", 0)
    got = align(a, b)
    assert got == expected
    assert sum(p.status == "modified" for p in expected[1]) > 5  # the fuzzy passes paired


def test_bigram_tokens_of_the_numpy_search_are_the_aligners_tokens() -> None:
    """``TokenTable.from_bigrams`` holds each text's distinct bigrams (or the text,
    when one character long), ordered as the strings: ``align.keys.sentence_tokens``'s sets."""
    from diffreport.align.keys import sentence_tokens
    from diffreport.align.postings import TokenTable

    texts = ["发展新质生产力发展", "", "稳", "𠀋𠀋字", "AB发展", "稳"]
    table = TokenTable.from_bigrams([texts, ["新质生产力"]])
    sentence, token = table.sides[0]
    sets = [sentence_tokens(t, "zh", {}) for t in texts]
    vocabulary = sorted(set().union(*sets, sentence_tokens("新质生产力", "zh", {})))
    got: list[set[str]] = [set() for _ in texts]
    for s, t in zip(sentence.tolist(), token.tolist(), strict=True):
        got[s].add(vocabulary[t])
    assert got == sets
    assert sets[2] == {"稳"} and sets[1] == set()


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("cn-state-council/2024.txt", "cn-state-council/2025.txt"),
        ("cn-state-council-zh-en/2024.en.txt", "cn-state-council-zh-en/2025.en.txt"),
    ],
)
def test_the_numpy_candidates_are_the_python_candidates(old: str, new: str) -> None:
    """Sentence by sentence, both searches propose the same candidates after the
    exact pass: the same rarest tokens (equally rare ones in string order) and the
    same most-shared partners (ties: first seen in the postings)."""
    from diffreport.align.anchors import pair_equal_keys
    from diffreport.align.keys import PUNCT
    from diffreport.align.postings import TokenTable
    from diffreport.align.sentences import SentenceMatcher
    from diffreport.align.state import Alignment
    from diffreport.options import CompareOptions

    a, b = diffreport.load(corpus(old)), diffreport.load(corpus(new))
    al = Alignment(a, b, CompareOptions())
    pair_equal_keys(al)
    matcher = SentenceMatcher(al)
    free_old = [i for i in range(len(a.sentences)) if i not in al.old_to_new]
    free_new = [j for j in range(len(b.sentences)) if j not in al.new_to_old]
    if a.language == "zh":
        table = TokenTable.from_bigrams(
            [
                [PUNCT.sub("", al.old_keys[i]) for i in free_old],
                [PUNCT.sub("", al.new_keys[j]) for j in free_new],
            ]
        )
    else:
        table = TokenTable.from_sets(
            (matcher.tokens_of(True, free_old), matcher.tokens_of(False, free_new))
        )
    for forward, src, dst in ((True, free_old, free_new), (False, free_new, free_old)):
        expected = matcher.candidates(forward, src, dst)
        assert matcher.candidates(forward, src, dst, table) == expected
        assert sum(map(len, expected.values())) > 10 * len(src)


def test_a_sentence_whose_clauses_changed_places_is_one_sentence_reworded() -> None:
    """Reports reorder a sentence's clauses from year to year. Character by character
    the two orders are far apart (Indel 0.35 here, below both bars); clause by clause
    they are the same sentence, so it is modified, not removed and added."""
    from rapidfuzz.distance import Indel

    clauses = ["坚持稳中求进工作总基调", "完整准确全面贯彻新发展理念", "加快构建新发展格局"]
    clauses.append("着力推动高质量发展")
    first = "，".join(clauses) + "。"
    swapped = "，".join(reversed(clauses)) + "。"
    assert Indel.normalized_similarity(first, swapped) < 0.45
    around = ("今年工作安排如下。", "我们要扎实推进各项工作。")
    c = diffreport.compare(
        diffreport.from_text(first.join(around), label="2024"),
        diffreport.from_text(swapped.join(around), label="2025"),
    )
    assert [(p.status, p.old, p.new) for p in c.sentences] == [
        ("unchanged", 0, 0),
        ("modified", 1, 1),
        ("unchanged", 2, 2),
    ]


def test_english_clauses_in_another_order_pair_with_their_sentence() -> None:
    """State Council 2025→2026 in English, read by hand: 'In view of …, we have set the
    surveyed urban unemployment rate at around 5.5 percent, which …' became 'We have set
    the surveyed urban unemployment rate at around 5.5 percent in view of …; this …'.
    It pairs with that sentence (not with the growth-rate sentence before it), and the
    unemployment target is unchanged."""
    c = diffreport.compare(
        corpus("cn-state-council-zh-en/2025.en.txt"), corpus("cn-state-council-zh-en/2026.en.txt")
    )
    old = next(
        i for i, s in enumerate(c.old.sentences) if s.text.startswith("In view of the overall job")
    )
    new = next(
        j for j, s in enumerate(c.new.sentences) if s.text.startswith("We have set the surveyed")
    )
    assert any(p.old == old and p.new == new for p in c.sentences)
    rate = [n for n in c.changes.numbers if n.metric == "surveyed urban unemployment rate"]
    assert [(n.status, n.kind) for n in rate] == [("unchanged", "target")]
