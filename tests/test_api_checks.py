"""The Python API says what is wrong with an argument, naming it; hostile text stays inert."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

import diffreport
from diffreport import CompareOptions
from diffreport.batch import load_config
from diffreport.errors import InputError, OutputError
from diffreport.options import BOUNDS, OptionError
from diffreport.output import atomic_write
from diffreport.render import FORMATS, RenderOptions, get_renderer, get_series_renderer

OLD = "一、总体要求\n经济增长5%左右。\n推进改革开放。\n"
NEW = "一、总体要求\n经济增长5.5%左右。\n推进改革开放。\n"


@pytest.mark.parametrize(
    ("old", "kind"), [(None, "None"), (5, "int"), (["a.txt"], "list"), (b"a.txt", "bytes")]
)
def test_a_source_of_the_wrong_type_is_named(old: object, kind: str) -> None:
    with pytest.raises(TypeError) as raised:
        diffreport.compare(old, NEW)  # type: ignore[arg-type]
    assert str(raised.value) == (
        f"compare(): old must be a path, a report text or a Document, not {kind}"
    )


def test_a_label_of_the_wrong_type_is_named() -> None:
    with pytest.raises(TypeError, match=r"^compare\(\): old_label must be a str, not int$"):
        diffreport.compare(OLD, NEW, old_label=5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"new_label must not be empty"):
        diffreport.compare(OLD, NEW, new_label=" ")
    with pytest.raises(TypeError, match=r"^from_text\(\): text must be a str, not bytes$"):
        diffreport.from_text(OLD.encode())  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r'language must be "zh", "en" or None'):
        diffreport.from_text(OLD, language="fr")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^load\(\): path must be"):
        diffreport.load(None)  # type: ignore[arg-type]


def test_a_path_with_a_nul_character_is_an_error_naming_it(tmp_path: Path) -> None:
    # before: open() and os.path.realpath() raised ValueError: embedded null byte
    path = str(tmp_path / "a\0.txt")
    for call in (
        lambda: diffreport.load(path),
        lambda: diffreport.compare(path, NEW),
        lambda: diffreport.compare_series([OLD, NEW, Path(path)]),
        lambda: load_config(path),
    ):
        with pytest.raises(InputError) as raised:
            call()
        assert raised.value.path == path
        assert raised.value.detail == "no such file (a file name cannot hold a NUL character)"
    with pytest.raises(OutputError) as refused:
        atomic_write(path, "text")
    assert refused.value.path == path
    assert "cannot hold a NUL character" in refused.value.detail
    assert list(tmp_path.iterdir()) == []


def test_options_are_checked_naming_the_field() -> None:
    with pytest.raises(OptionError, match=r"^CompareOptions\.topics: must be a whole number"):
        diffreport.compare(OLD, NEW, topics="many")
    with pytest.raises(
        ValueError, match=r"^CompareOptions\.candidates: must be at least 1, not -3"
    ):
        CompareOptions(candidates=-3)
    with pytest.raises(ValueError, match=r"match_threshold: must be a finite number, not nan"):
        CompareOptions(match_threshold=float("nan"))
    with pytest.raises(ValueError, match=r"match_threshold: must be at most 1.0, not 1.5"):
        CompareOptions(match_threshold=1.5)
    with pytest.raises(ValueError, match=r"highlights: must be a whole number \(int\), not True"):
        CompareOptions(highlights=True)
    with pytest.raises(TypeError, match=r"options must be a CompareOptions, not dict"):
        diffreport.compare(OLD, NEW, options={"topics": 3})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"unexpected keyword argument 'no_such'"):
        diffreport.compare(OLD, NEW, no_such=1)
    # an int is a number for a fractional knob; every knob has a range
    assert CompareOptions(match_threshold=1).match_threshold == 1
    assert set(BOUNDS) == set(CompareOptions.__dataclass_fields__)


def test_compare_series_wants_a_sequence_of_at_least_two() -> None:
    with pytest.raises(
        TypeError, match=r"^compare_series\(\): sources must be a sequence .* not str$"
    ):
        diffreport.compare_series("a.txt")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"at least 2 editions, got 0"):
        diffreport.compare_series([])
    with pytest.raises(ValueError, match=r"at least 2 editions, got 1"):
        diffreport.compare_series([OLD])
    with pytest.raises(TypeError, match=r"sources\[1\] must be a path, .* not int"):
        diffreport.compare_series([OLD, 2024])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"3 labels for 2 editions"):
        diffreport.compare_series([OLD, NEW], labels=["a", "b", "c"])
    with pytest.raises(TypeError, match=r"labels must be a sequence of str, not str"):
        diffreport.compare_series([OLD, NEW], labels="ab")
    # any iterable of sources will do, read once
    assert diffreport.compare_series(iter([OLD, NEW])).labels == ("#1", "#2")


def test_a_lone_surrogate_is_replaced_and_every_renderer_writes_it(tmp_path: Path) -> None:
    hostile = NEW.replace("左右", "左右\ud800").replace("开放", "\udcff开放")
    comparison = diffreport.compare(OLD, hostile, new_label="新\ud800")
    series = diffreport.compare_series([OLD, hostile, NEW])
    assert "\ufffd" in comparison.new.sentences[1].text
    assert comparison.new.label == "新\ufffd"
    # a surrogate pair (two code points in a Python string) is joined, not replaced
    assert diffreport.from_text("好\ud83d\ude00。").sentences[0].text == "好😀。"
    for fmt in FORMATS:
        for render, value in ((get_renderer(fmt), comparison), (get_series_renderer(fmt), series)):
            out = io.StringIO()
            render(value, out, RenderOptions(width=100))  # type: ignore[operator]
            out.getvalue().encode("utf-8")
    assert "\ufffd" in comparison._repr_html_()


OSC8 = "\x1b]8;;http://evil.example\x1b\\点击\x1b]8;;\x1b\\"


def test_rich_print_shows_escape_sequences_and_does_not_obey_them() -> None:
    hostile = f"一、总体要求\n经济增长5.5%左右{OSC8}。\n推进改革\x1b[2A开放。\n"
    comparison = diffreport.compare(OLD, hostile, new_label="new\x1b]0;title\x07")
    series = diffreport.compare_series([OLD, hostile])
    for value in (comparison, series):
        out = io.StringIO()
        Console(file=out, width=100, force_terminal=True).print(value)
        text = out.getvalue()
        assert "http://evil.example" not in text or "␛]8;;http://evil.example" in text
        # rich's own styling uses CSI "m" sequences; report text brings none
        assert "\x1b]" not in text
        assert "\x1b[2A" not in text
        assert "\x07" not in text
    out = io.StringIO()
    Console(file=out, width=100).print(comparison)
    assert "␛]8;;http://evil.example" in out.getvalue()
    assert "\x1b" not in out.getvalue()


def test_an_option_out_of_range_in_a_batch_config_names_its_key(tmp_path: Path) -> None:
    from diffreport.batch import load_config
    from diffreport.errors import ConfigError

    config = tmp_path / "batch.yaml"
    config.write_text("output: out\noptions: {candidates: -3}\npairs: []\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config(str(config))
    assert raised.value.key_path == "options.candidates"
    assert raised.value.detail == "must be at least 1, not -3"
