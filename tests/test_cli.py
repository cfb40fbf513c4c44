"""The command line: exit codes, one-line errors, formats, output files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from diffreport.cli import main

from .conftest import ROOT, SAMPLES, corpus

OLD = str(SAMPLES / "zh" / "qinghe-2024.txt")
NEW = str(SAMPLES / "zh" / "qinghe-2025.txt")


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version_is_printed() -> None:
    code, out, _ = run("--version")
    assert code == 0
    assert out.startswith("diffreport, version ")


def test_the_version_is_kept_in_one_place() -> None:
    """pyproject reads the version from ``diffreport.__version__``; it states none itself."""
    import tomllib

    import diffreport

    project = tomllib.loads((Path(__file__).parents[1] / "pyproject.toml").read_text("utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "diffreport.__version__"
    assert run("--version")[1] == f"diffreport, version {diffreport.__version__}\n"
    # the distribution is not PyPI's unrelated "diffreport"; markupsafe is declared
    assert project["project"]["name"] == "policy-diffreport"
    assert any(d.startswith("markupsafe") for d in project["project"]["dependencies"])


def _modules_after(*args: str) -> set[str]:
    """The heavy modules a fresh ``diffreport ARGS`` process has imported when done."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from diffreport._entry import main\n"
        f"sys.argv = ['diffreport', *{list(args)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('rapidfuzz', 'jinja2', 'numpy', 'rich', 'yaml', 'jieba')\n"
        "print(' '.join(m for m in heavy if m in sys.modules), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stderr.split())


def test_version_imports_no_heavy_module() -> None:
    """``--version`` stays fast by importing nothing it does not need (issue 7)."""
    assert _modules_after("--version") == set()


def test_a_report_sized_pair_does_not_import_numpy(tmp_path: Path) -> None:
    """numpy counts n-grams of long texts only; one pair of reports is not long."""
    old, new = (str(corpus(f"cn-state-council/{y}.txt")) for y in (2024, 2025))
    out = str(tmp_path / "diff.json")  # never a machine file: the suite runs as root in CI
    loaded = _modules_after("compare", old, new, "--format", "json", "-o", out)
    assert "rapidfuzz" in loaded  # the comparison did run
    assert "numpy" not in loaded


def test_terminal_view_shows_both_labels_and_a_change() -> None:
    code, out, err = run("compare", OLD, NEW, "--width", "120")
    assert code == 0, err
    assert "qinghe-2024 → qinghe-2025" in out
    assert "（六）因地制宜发展新质生产力。" in out


def test_json_to_file_is_the_contract(tmp_path: Path) -> None:
    target = tmp_path / "diff.json"
    code, out, err = run("compare", OLD, NEW, "--format", "json", "-o", str(target))
    assert code == 0, err
    assert out == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["schema"] == "diffreport.compare/1"
    assert set(data) >= {"old", "new", "sections", "sentences", "numbers", "commitments", "topics"}
    assert set(data["old"]) >= {"path", "label", "language", "sentences", "sections"}
    assert data["old"]["language"] == "zh"
    for pair in data["sentences"]:
        assert set(pair) >= {"status", "old", "new", "similarity"}
        for side in ("old", "new"):
            if pair[side] is not None:
                assert set(pair[side]) >= {"index", "section", "text"}
    for section in data["sections"]:
        assert set(section) >= {"status", "old", "new", "similarity"}
    assert set(data["commitments"]) == {"new", "dropped"}
    assert set(data["topics"]) == {"new", "dropped"}
    # every sentence of each side exactly once, indexes 0..N-1
    for side in ("old", "new"):
        seen = sorted(p[side]["index"] for p in data["sentences"] if p[side] is not None)
        assert seen == list(range(data[side]["sentences"]))


def test_labels_option() -> None:
    code, out, _ = run("compare", OLD, NEW, "--labels", "2024,2025", "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert (data["old"]["label"], data["new"]["label"]) == ("2024", "2025")


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda p: p / "missing.txt", "no such file"),
        (lambda p: p, "is a directory"),
        (
            lambda p: _write(p / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)),
            "binary",
        ),
        (
            lambda p: _write(p / "bad.txt", bytes([0x80, 0x81, 0xFD, 0x01]) * 40 + b"\x00"),
            "binary",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    bad = str(make(tmp_path))
    code, out, err = run("compare", bad, NEW)
    assert out == ""
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert bad in lines[0]
    assert expected in lines[0].lower()
    assert "Traceback" not in err


def test_unreadable_file(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        # root reads anything; emulate the failure through a path that cannot be opened
        bad = tmp_path / "locked.txt"
        bad.mkdir()
        bad = bad / "x" / "y.txt"
    else:
        bad = tmp_path / "locked.txt"
        bad.write_text("x")
        bad.chmod(0)
    code, _, err = run("compare", str(bad), NEW)
    assert code == 2
    assert str(bad) in err


def test_undecodable_text_is_refused(tmp_path: Path) -> None:
    # bytes that are neither UTF-8 nor GB18030 (0x80 alone and 0xFF are invalid in both)
    bad = _write(tmp_path / "mojibake.txt", b"report text \x80\xff\x80\xff \xff\xfe\xff more " * 20)
    code, _, err = run("compare", str(bad), NEW)
    assert code == 2
    assert str(bad) in err
    assert len(err.strip().splitlines()) == 1


def test_unwritable_output() -> None:
    code, _, err = run("compare", OLD, NEW, "-o", "/proc/nope/x.json", "-f", "json")
    assert code == 2
    assert "/proc/nope/x.json" in err
    assert len(err.strip().splitlines()) == 1


def _process(args: list[str], stdout: Any, limit_file_size: bool = False) -> tuple[int, str]:
    """A fresh ``diffreport ARGS`` process, stdout buffered as a user's is: (exit code, stderr).

    ``limit_file_size`` lets no file grow (``RLIMIT_FSIZE`` 0), so every write to a
    file fails (``EFBIG``) as on a full disk; stderr is a pipe, which it does not limit.
    """
    code = (
        "import resource, sys\n"
        f"if {limit_file_size}:\n"
        "    hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]\n"
        "    resource.setrlimit(resource.RLIMIT_FSIZE, (0, hard))\n"
        "from diffreport._entry import main\n"
        f"sys.argv = ['diffreport', *{args!r}]\n"
        "main()\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    done = subprocess.run(
        [sys.executable, "-c", code], stdout=stdout, stderr=subprocess.PIPE, env=env, cwd=ROOT
    )
    return done.returncode, done.stderr.decode("utf-8")


@pytest.mark.parametrize(
    ("command", "small"), [("compare", False), ("series", False), ("compare", True)]
)
def test_a_stdout_that_cannot_be_written_is_one_line_and_exit_2(
    tmp_path: Path, command: str, small: bool
) -> None:
    """``> /dev/full`` is said as ``-o /dev/full`` is: one line and exit 2, no traceback.

    A small output is still in stdout's buffer when the error is reported: the flush
    at exit must not fail on it again.
    """
    old, new = OLD, NEW
    if small:
        old = new = str(_write(tmp_path / "short.txt", "一、总体要求\n稳中求进。\n".encode()))
    with open(tmp_path / "out.txt", "wb") as out:
        code, err = _process([command, old, new, "-f", "json"], out, limit_file_size=True)
    assert (code, err) == (2, "diffreport: error: stdout: cannot write (File too large)\n")


@pytest.mark.parametrize(
    "args", [["--version"], ["compare", OLD, NEW], ["series", OLD, NEW, "-f", "json"]]
)
def test_a_closed_pipe_on_stdout_ends_quietly(args: list[str]) -> None:
    """``diffreport … | head -1``: the reader has gone; exit 1 with nothing on stderr."""
    read, write = os.pipe()
    os.close(read)  # every write to the pipe now fails with EPIPE, as after head exits
    try:
        assert _process(args, write) == (1, "")
    finally:
        os.close(write)


@pytest.mark.parametrize("command", ["compare", "series"])
def test_an_empty_output_path_says_so(command: str) -> None:
    code, out, err = run(command, OLD, NEW, "-o", "")
    assert (code, out) == (2, "")
    assert err == (
        "diffreport: error: -o/--output: the output path is empty; give a file name, "
        "or - for stdout\n"
    )


def test_empty_file_compares_with_a_warning(tmp_path: Path) -> None:
    empty = _write(tmp_path / "empty.txt", b"")
    code, out, err = run("compare", str(empty), NEW, "-f", "json")
    assert code == 0
    assert "warning" in err and str(empty) in err
    data = json.loads(out)
    assert data["old"]["sentences"] == 0
    assert {p["status"] for p in data["sentences"]} == {"added"}


def test_state_council_terminal_view_at_two_widths() -> None:
    old = str(corpus("cn-state-council/2024.txt"))
    new = str(corpus("cn-state-council/2025.txt"))
    for width in (100, 160):
        code, out, err = run("compare", old, new, "--width", str(width))
        assert code == 0, err
        lines = out.splitlines()
        from rich.cells import cell_len

        assert max(cell_len(line) for line in lines) <= width
        assert "三、2024年政府工作任务" in out and "三、2025年政府工作任务" in out


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_ten_megabyte_line_is_refused_with_its_limit(tmp_path: Path) -> None:
    huge = _write(tmp_path / "huge.txt", ("发展经济改革开放" * 1_250_000).encode("utf-8"))
    code, _, err = run("compare", str(huge), NEW)
    assert code == 2
    assert str(huge) in err and "limit" in err and "DIFFREPORT_MAX_CHARS" in err
    assert len(err.strip().splitlines()) == 1


def test_output_file_gets_the_usual_mode(tmp_path: Path) -> None:
    target = tmp_path / "diff.json"
    old_mask = os.umask(0o022)
    try:
        code, _, err = run("compare", OLD, NEW, "-f", "json", "-o", str(target))
    finally:
        os.umask(old_mask)
    assert code == 0, err
    assert target.stat().st_mode & 0o777 == 0o644


def test_an_output_path_that_is_an_input_is_refused_and_the_input_kept(tmp_path: Path) -> None:
    # before: compare victim.txt b.txt -o victim.txt replaced the report with its comparison
    victim = _write(tmp_path / "victim.txt", Path(OLD).read_bytes())
    other = _write(tmp_path / "other.txt", Path(NEW).read_bytes())
    link = tmp_path / "link.txt"
    link.symlink_to(victim)
    cases = [
        (["compare", str(victim), str(other)], str(victim), str(victim)),
        (["compare", str(victim), str(other)], str(link), str(victim)),  # the link's target
        (["compare", str(link), str(other)], str(tmp_path / "." / "victim.txt"), str(link)),
        (["series", str(other), str(victim), NEW], str(victim), str(victim)),
    ]
    for args, output, named in cases:
        code, out, err = run(*args, "-f", "json", "-o", output)
        assert (code, out) == (2, ""), (args, output, err)
        assert err == (
            f"diffreport: error: {output}: the output path is an input ({named}); "
            "choose another output file\n"
        )
    assert victim.read_bytes() == Path(OLD).read_bytes()
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.txt", "other.txt", "victim.txt"]
    # a copy of an input is another file: written as usual
    copy = _write(tmp_path / "copy.txt", Path(OLD).read_bytes())
    code, _, err = run("compare", str(victim), str(other), "-f", "json", "-o", str(copy))
    assert code == 0, err
    assert json.loads(copy.read_text(encoding="utf-8"))["old"]["label"] == "victim"


def test_an_error_line_shows_a_hostile_file_names_control_characters(tmp_path: Path) -> None:
    hostile = str(tmp_path / "\x1b]0;title\x07\x1b[2J\nreport\x9b.txt")
    code, out, err = run("compare", hostile, NEW)
    assert (code, out) == (2, "")
    assert "\x1b" not in err and "\x07" not in err and "\x9b" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "␛]0;title␇␛[2J␊report\\x9b.txt: no such file" in lines[0]
    # a name with a byte that is no UTF-8 (a lone surrogate in Python) is shown escaped
    code, _, err = run("compare", str(tmp_path / "b\udcffd.txt"), NEW)
    assert code == 2
    assert "b\\udcffd.txt: no such file" in err


def test_exit_code_says_whether_the_editions_differ(tmp_path: Path) -> None:
    state = corpus("cn-state-council")
    same = run("compare", str(state / "2024.txt"), str(state / "2024.txt"), "--exit-code")
    assert same[0] == 0
    differ = run("compare", OLD, NEW, "--exit-code", "-f", "json", "-o", str(tmp_path / "d.json"))
    assert differ[0] == 1
    assert json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))["counts"]["modified"] > 0
    # without the flag a difference is a success, and an error stays 2 with it
    assert run("compare", OLD, NEW, "-f", "json")[0] == 0
    assert run("compare", str(tmp_path / "missing.txt"), NEW, "--exit-code")[0] == 2


def test_compare_help_names_every_input_format() -> None:
    code, out, _ = run("compare", "--help")
    assert code == 0
    assert "text files" not in out
    for name in ("UTF-8", "UTF-16", "GB18030", "PDF", ".docx", "HTML", "--exit-code"):
        assert name in out, name


FOMC_OLD = "fomc-sentences/2022-01-26.txt"
FOMC_NEW = "fomc-sentences/2022-03-16.txt"
_ANSI_COLOUR = "\x1b["


def _piped(args: list[str], env: dict[str, str | None]) -> str:
    """stdout of the command run into a pipe (CliRunner's stdout is no terminal)."""
    base: dict[str, str | None] = {"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None}
    result = CliRunner().invoke(main, args, env={**base, **env})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_force_color_colours_a_pipe() -> None:
    args = ["compare", str(corpus(FOMC_OLD)), str(corpus(FOMC_NEW))]
    assert _ANSI_COLOUR not in _piped(args, {})
    assert _ANSI_COLOUR in _piped(args, {"FORCE_COLOR": "1"})
    assert _ANSI_COLOUR not in _piped(args, {"FORCE_COLOR": "1", "NO_COLOR": "1"})


@pytest.mark.parametrize("command", ["compare", "series"])
def test_color_option_always_and_never(command: str) -> None:
    args = [command, str(corpus(FOMC_OLD)), str(corpus(FOMC_NEW))]
    assert _ANSI_COLOUR in _piped([*args, "--color", "always"], {"TERM": "dumb", "NO_COLOR": "1"})
    assert _ANSI_COLOUR not in _piped([*args, "--color", "never"], {"FORCE_COLOR": "1"})


def test_a_pipe_takes_its_width_from_columns() -> None:
    from rich.cells import cell_len

    args = [
        "compare",
        str(corpus("cn-state-council/2024.txt")),
        str(corpus("cn-state-council/2025.txt")),
    ]
    out = _piped(args, {"COLUMNS": "100"})
    assert max(cell_len(line) for line in out.splitlines()) == 100
    assert max(cell_len(line) for line in _piped(args, {}).splitlines()) == 120
    out = _piped([*args, "--width", "80"], {"COLUMNS": "100"})
    assert max(cell_len(line) for line in out.splitlines()) == 80


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("report.html", "<!DOCTYPE html"),
        ("report.JSON", "{"),
        ("report.md", "#"),
        ("report.txt", "─"),
        ("report.out", "─"),
    ],
)
def test_output_format_from_the_file_extension(tmp_path: Path, name: str, starts: str) -> None:
    target = tmp_path / name
    code, _, err = run("compare", OLD, NEW, "-o", str(target))
    assert code == 0, err
    text = target.read_text("utf-8")
    assert text.lstrip().startswith(starts), text[:80]


def test_explicit_format_wins_over_the_extension(tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, _, err = run("compare", OLD, NEW, "-o", str(target), "--format", "json")
    assert code == 0, err
    assert json.loads(target.read_text("utf-8"))
    series = tmp_path / "series.md"
    code, _, err = run("series", OLD, NEW, "-o", str(series))
    assert code == 0, err
    assert series.read_text("utf-8").lstrip().startswith("#")
