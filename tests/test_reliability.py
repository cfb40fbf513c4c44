"""Reliability and security (issue 8): bad input, hostile input and faults never crash or lose data.

Every bad input gives exit code 2 and one line on stderr that names the file, never a
traceback; an empty file compares with a warning. The same report in every supported
encoding compares as unchanged. Report text is shown as text in every format (HTML,
Markdown, the terminal); nothing at run time evaluates code, starts a process or opens
a socket.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import diffreport
from diffreport.cli import main

from .conftest import ROOT, SAMPLES, corpus

OLD = str(SAMPLES / "zh" / "qinghe-2024.txt")
NEW = str(SAMPLES / "zh" / "qinghe-2025.txt")
PACKAGE = ROOT / "diffreport"


def invoke(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, list(args), env=env)


def assert_refused(result: Result, path: str, *words: str) -> str:
    """Exit code 2, nothing on stdout, one line on stderr naming ``path``, no traceback."""
    assert result.exit_code == 2, (result.exit_code, result.stderr, result.exception)
    assert isinstance(result.exception, SystemExit), result.exception  # not a crash
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    line = lines[0]
    assert line.startswith("diffreport: error: ") and path in line, line
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in line, line
    return line


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- the bad-input matrix

_ZH_REPORT = corpus("cn-state-council/2025.txt").read_bytes()

BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "png image": (
        lambda d: write(
            d / "chart.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
        ),
        "binary file (PNG image)",
    ),
    "jpeg image named .txt": (
        lambda d: write(d / "report.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(300)),
        "binary file (JPEG image)",
    ),
    "random bytes": (
        lambda d: write(d / "noise.txt", bytes((i * 97 + 13) % 256 for i in range(4096))),
        "binary file",
    ),
    # Latin-1 French: invalid UTF-8, and its GB18030 reading is not Chinese
    "latin-1, neither utf-8 nor gb18030": (
        lambda d: write(
            d / "latin1.txt",
            "Le comité a décidé de réduire le taux à 5,25 %. Il prévoit une croissance.".encode(
                "latin-1"
            )
            * 5,
        ),
        "not UTF-8, UTF-16 or GB18030",
    ),
    # a UTF-8 report cut off inside a character (an interrupted download)
    "truncated utf-8": (
        lambda d: write(d / "cut.txt", _ZH_REPORT[:5003]),
        "truncated",
    ),
    "directory": (lambda d: d, "is a directory"),
    "missing file": (lambda d: d / "no-such-report.txt", "no such file"),
}


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_line_naming_the_file_and_exit_2(
    tmp_path: Path, case: str, side: str
) -> None:
    make, words = BAD_INPUTS[case]
    bad = str(make(tmp_path))
    args = (bad, NEW) if side == "old" else (OLD, bad)
    assert_refused(invoke("compare", *args, "-f", "json"), bad, words)


def test_bad_input_in_a_series_names_the_file(tmp_path: Path) -> None:
    bad = str(write(tmp_path / "chart.png", b"\x89PNG\r\n\x1a\n" + bytes(64)))
    assert_refused(invoke("series", OLD, bad, NEW, "-f", "json"), bad, "PNG image")


def test_a_file_without_read_permission(tmp_path: Path) -> None:
    locked = write(tmp_path / "locked.txt", "经济增长5%左右。\n".encode())
    locked.chmod(0)
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0:
        assert_refused(invoke("compare", str(locked), NEW), str(locked), "permission denied")
        return
    if setpriv is None:  # pragma: no cover - Debian and Ubuntu ship setpriv (util-linux)
        pytest.fail("running as root needs setpriv to drop the capability that reads anything")
    # Root reads anything; without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH it obeys the file's
    # mode like any user, so the real open() fails with EACCES in a real process.
    tmp_path.chmod(0o755)
    drop = "-dac_override,-dac_read_search"
    command = [setpriv, f"--inh-caps={drop}", f"--bounding-set={drop}"]
    completed = subprocess.run(
        [*command, sys.executable, "-m", "diffreport", "compare", str(locked), NEW],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert completed.returncode == 2, completed.stderr
    assert completed.stdout == ""
    assert completed.stderr.strip().splitlines() == [
        f"diffreport: error: {locked}: permission denied (the file cannot be read)"
    ]


@pytest.mark.parametrize("fmt", ["html", "json", "markdown", "terminal"])
def test_an_output_path_that_cannot_be_written(fmt: str) -> None:
    target = "/proc/nope/x.html"
    assert_refused(invoke("compare", OLD, NEW, "-f", fmt, "-o", target), target, "cannot write")


def test_an_output_path_that_is_a_directory_leaves_no_temporary_file(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert_refused(invoke("compare", OLD, NEW, "-f", "json", "-o", str(folder)), str(folder))
    assert list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_failed_run_leaves_an_earlier_output_untouched(tmp_path: Path) -> None:
    target = tmp_path / "diff.json"
    target.write_text("earlier result", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    assert_refused(invoke("compare", missing, NEW, "-f", "json", "-o", str(target)), missing)
    assert target.read_text(encoding="utf-8") == "earlier result"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diff.json"]


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.txt", b""), ("blank.txt", " \n\t\r\n\u3000\n\n".encode())],
)
@pytest.mark.parametrize("side", ["old", "new"])
def test_empty_and_whitespace_only_files_compare_with_a_warning(
    tmp_path: Path, name: str, data: bytes, side: str
) -> None:
    empty = str(write(tmp_path / name, data))
    args = (empty, NEW) if side == "old" else (OLD, empty)
    result = invoke("compare", *args, "-f", "json")
    assert result.exit_code == 0, result.stderr
    warnings = result.stderr.strip().splitlines()
    assert warnings == [f"diffreport: warning: {empty}: no sentences found (empty document)"]
    data_out = json.loads(result.stdout)
    other = "new" if side == "old" else "old"
    assert data_out[side]["sentences"] == 0
    assert data_out[other]["sentences"] > 100
    # everything on the other side is added (or removed), each sentence exactly once
    expected = "added" if side == "old" else "removed"
    assert {p["status"] for p in data_out["sentences"]} == {expected}
    indexes = sorted(p[other]["index"] for p in data_out["sentences"])
    assert indexes == list(range(data_out[other]["sentences"]))


def test_two_empty_files_compare_to_nothing(tmp_path: Path) -> None:
    a = str(write(tmp_path / "a.txt", b""))
    b = str(write(tmp_path / "b.txt", b"\n\n"))
    for fmt in ("json", "terminal", "html", "markdown"):
        result = invoke("compare", a, b, "-f", fmt)
        assert result.exit_code == 0, (fmt, result.stderr, result.exception)
        assert len(result.stderr.strip().splitlines()) == 2
    assert json.loads(invoke("compare", a, b, "-f", "json").stdout)["sentences"] == []


def test_a_ten_megabyte_line_is_refused_at_once_in_a_real_process(tmp_path: Path) -> None:
    huge = write(tmp_path / "huge.txt", ("发展经济改革开放" * 1_250_000).encode("utf-8"))
    assert huge.stat().st_size > 10_000_000
    env = {k: v for k, v in os.environ.items() if k != "DIFFREPORT_MAX_CHARS"}
    # the timeout only guards against a hang; the refusal itself is immediate
    completed = subprocess.run(
        [sys.executable, "-m", "diffreport", "compare", str(huge), NEW],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr.strip().splitlines() == [
        # refused from its size, after reading only the first 16 MB (issue 20)
        f"diffreport: error: {huge}: 30,000,000 bytes (at least 3,750,000 characters) is over "
        "the limit of 2,000,000 a document (set DIFFREPORT_MAX_CHARS to raise it)"
    ]


def test_the_size_limit_follows_diffreport_max_chars(tmp_path: Path) -> None:
    result = invoke("compare", OLD, NEW, "-f", "json", env={"DIFFREPORT_MAX_CHARS": "500"})
    assert_refused(result, OLD, "over the limit of 500", "DIFFREPORT_MAX_CHARS")
    raised = invoke("compare", OLD, NEW, "-f", "json", env={"DIFFREPORT_MAX_CHARS": " 9000000 "})
    assert raised.exit_code == 0, raised.stderr


@pytest.mark.parametrize("value", ["²", "abc", "-5", "5e6", ""])
def test_a_malformed_size_limit_falls_back_to_the_default(
    value: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # regression: "²".isdigit() is True but int("²") raised ValueError (a traceback)
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", value)
    assert diffreport.max_chars() == diffreport.MAX_CHARS
    result = invoke("compare", OLD, NEW, "-f", "json")
    assert result.exit_code == 0, (result.stderr, result.exception)


@pytest.mark.parametrize("value", ["10000000000", "99999999999999999999", "9" * 5000])
def test_a_size_limit_too_large_to_use_is_one_line_naming_the_variable(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # before: reading allocated 8 bytes a character of the limit up front, a MemoryError
    # traceback on a 50 KB file (10000000000), an OverflowError past the largest index
    monkeypatch.setenv("DIFFREPORT_MAX_CHARS", value)
    shown = value if len(value) <= 24 else "9" * 20 + "…"
    line = (
        f"diffreport: error: DIFFREPORT_MAX_CHARS: {shown} is over 50,000,000, the largest "
        "limit of a document (unset it for the default of 2,000,000 characters)"
    )
    assert assert_refused(invoke("compare", OLD, NEW, "-f", "json"), "DIFFREPORT_MAX_CHARS") == line
    assert assert_refused(invoke("series", OLD, NEW), "DIFFREPORT_MAX_CHARS") == line
    # a batch refuses it once, before any work, not in every comparison
    config = tmp_path / "batch.yaml"
    pair = {"name": "p", "old": OLD, "new": NEW}
    config.write_text(json.dumps({"output": str(tmp_path / "out"), "pairs": [pair]}), "utf-8")
    assert assert_refused(invoke("batch", str(config)), "DIFFREPORT_MAX_CHARS") == line
    assert not (tmp_path / "out").exists()
    with pytest.raises(diffreport.ConfigError) as raised:
        diffreport.from_text("经济增长5%左右。")
    assert raised.value.key_path == "DIFFREPORT_MAX_CHARS"


# ---------------------------------------------------------------- pipes and FIFOs


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a real process; the timeout turns a hang into a failure, not a stuck run."""
    completed = subprocess.run(
        [sys.executable, "-m", "diffreport", *args],
        input=None if stdin is None else stdin.decode("utf-8"),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert "Traceback" not in completed.stderr, completed.stderr
    return completed


def _sentences(report: str) -> tuple[object, object]:
    """What a JSON report says about the text: its counts and sentence pairs (not the paths)."""
    data = json.loads(report)
    return data["counts"], data["sentences"]


def test_a_fifo_with_no_writer_is_an_empty_input_not_a_hang(tmp_path: Path) -> None:
    # before: open() waited for a writer forever, in compare and in batch alike
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    compared = _run("compare", OLD, str(fifo), "-f", "json")
    assert compared.returncode == 0, compared.stderr
    assert compared.stderr.strip().splitlines() == [
        f"diffreport: warning: {fifo}: no sentences found (empty document)"
    ]
    assert json.loads(compared.stdout)["new"]["sentences"] == 0
    batch = _run("batch", str(fifo))
    assert batch.returncode == 2
    assert batch.stderr.strip().splitlines() == [
        f"diffreport: error: {fifo}: (top level): expected a mapping, got null"
    ]


def test_a_fifo_with_a_writer_is_read_to_its_end(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    # a reader of our own lets the writer in before the CLI opens the FIFO; it reads nothing
    holder = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    writer = os.open(fifo, os.O_WRONLY)

    def write_slowly() -> None:
        with os.fdopen(writer, "wb") as handle:  # more than a pipe holds: it waits for the CLI
            for line in Path(NEW).read_bytes().splitlines(keepends=True) * 8:
                handle.write(line)

    thread = threading.Thread(target=write_slowly, daemon=True)
    thread.start()
    try:
        piped = invoke("compare", OLD, str(fifo), "-f", "json", "--labels", "a,b")
    finally:
        thread.join(timeout=60)
        os.close(holder)
    assert piped.exit_code == 0, (piped.stderr, piped.exception)
    data = json.loads(piped.stdout)
    assert data["new"]["sentences"] > 100 and not data["new"]["warnings"]


def test_process_substitution_and_dev_stdin_read_as_the_file_does(tmp_path: Path) -> None:
    report = Path(NEW).read_bytes()
    expected = _sentences(invoke("compare", OLD, NEW, "-f", "json", "--labels", "a,b").stdout)
    # <(cat new.txt): a pipe named /dev/fd/N whose writer sends its text a moment later
    read_end, write_end = os.pipe()

    def write_later() -> None:
        time.sleep(0.2)
        with os.fdopen(write_end, "wb") as handle:
            handle.write(report)

    thread = threading.Thread(target=write_later, daemon=True)
    thread.start()
    try:
        piped = invoke("compare", OLD, f"/dev/fd/{read_end}", "-f", "json", "--labels", "a,b")
    finally:
        thread.join(timeout=60)
        os.close(read_end)
    assert piped.exit_code == 0, (piped.stderr, piped.exception)
    assert _sentences(piped.stdout) == expected
    stdin = _run("compare", OLD, "/dev/stdin", "-f", "json", "--labels", "a,b", stdin=report)
    assert stdin.returncode == 0, stdin.stderr
    assert _sentences(stdin.stdout) == expected


# ---------------------------------------------------------------- encodings


def _all_unchanged(c: diffreport.Comparison) -> None:
    assert len(c.old.sentences) == len(c.new.sentences) > 0
    assert {p.status for p in c.sentences} == {"unchanged"}
    assert {p.status for p in c.sections} == {"matched"}
    assert {n.status for n in c.changes.numbers} <= {"unchanged"}
    assert not c.changes.new_commitments and not c.changes.dropped_commitments
    assert not c.changes.new_topics and not c.changes.dropped_topics


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("relative", "encodings"),
    [
        ("cn-state-council/2025.txt", ("utf-8-sig+crlf", "utf-16", "gb18030")),
        ("fomc/2008-12-16.txt", ("utf-8-sig+crlf", "utf-16", "utf-16-le")),
    ],
)
def test_the_same_text_in_every_encoding_compares_as_unchanged(
    tmp_path: Path, relative: str, encodings: tuple[str, ...]
) -> None:
    text = corpus(relative).read_text(encoding="utf-8")
    original = diffreport.load(write(tmp_path / "utf-8.txt", text.encode("utf-8")))
    assert original.encoding == "utf-8"
    for encoding in encodings:
        if encoding == "utf-8-sig+crlf":
            data = text.replace("\n", "\r\n").encode("utf-8-sig")
        else:
            data = text.encode(encoding)
        doc = diffreport.load(write(tmp_path / f"{encoding}.txt", data))
        assert doc.encoding == encoding.removesuffix("+crlf")
        assert [s.text for s in doc.sentences] == [s.text for s in original.sentences]
        _all_unchanged(diffreport.compare(original, doc))
        _all_unchanged(diffreport.compare(doc, doc))


@pytest.mark.corpus
def test_gb18030_against_utf16_through_the_cli(tmp_path: Path) -> None:
    text = corpus("cn-state-council/2024.txt").read_text(encoding="utf-8")
    a = write(tmp_path / "a.txt", text.encode("gb18030"))
    b = write(tmp_path / "b.txt", text.replace("\n", "\r\n").encode("utf-16"))
    result = invoke("compare", str(a), str(b), "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert {p["status"] for p in data["sentences"]} == {"unchanged"}
    assert not [n for n in data["numbers"] if n["status"] != "unchanged"]
    assert data["commitments"] == {"new": [], "dropped": []}
    assert data["topics"] == {"new": [], "dropped": []}


# ---------------------------------------------------------------- hostile text

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="alert(2)">'
OLD_HOSTILE = (
    "一、总体要求\n"
    f"经济增长5%左右，{IMG}稳中求进。\n"
    "就业保持稳定。\n"
    "二、工作任务\n"
    "推进高质量发展。\n"
)
NEW_HOSTILE = (
    f"一、总体要求{SCRIPT}\n"
    f"经济增长5.5%左右，{IMG}稳中求进，行稳致远。\n"
    f"我们将{SCRIPT}加快建设现代化产业体系。\n"
    "二、工作任务\n"
    "推进高质量发展。\n"
    '</td></tr></table><a href="javascript:alert(3)">点击</a>项目建设。\n'
)


class _Elements(HTMLParser):
    """Collects the elements, attributes, script bodies and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def _assert_inert(html: str) -> str:
    """No element, attribute or script came from report text; returns the page's text."""
    page = _Elements()
    page.feed(html)
    for tag, attrs in page.tags:
        assert tag != "img", attrs
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert "javascript:" not in (value or ""), (tag, name, value)
    assert not any("alert(" in script for script in page.scripts)
    return "".join(page.text)


@pytest.fixture
def hostile(tmp_path: Path) -> tuple[str, str]:
    # a file name is shown too (as the label): make it hostile as well
    old = write(tmp_path / "<b onmouseover=alert(4)>old.txt", OLD_HOSTILE.encode())
    new = write(tmp_path / "new[red].txt", NEW_HOSTILE.encode())
    return str(old), str(new)


def test_report_text_is_escaped_in_the_html_report(hostile: tuple[str, str]) -> None:
    result = invoke("compare", *hostile, "-f", "html")
    assert result.exit_code == 0, result.stderr
    text = _assert_inert(result.stdout)
    for fragment in (SCRIPT, IMG, '<a href="javascript:alert(3)">', "<b onmouseover=alert(4)>old"):
        assert fragment in text, fragment  # shown to the reader as text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout


def test_labels_are_escaped_in_the_html_report() -> None:
    result = invoke("compare", OLD, NEW, "-f", "html", "--labels", f"{SCRIPT},{IMG}")
    assert result.exit_code == 0, result.stderr
    text = _assert_inert(result.stdout)
    assert SCRIPT in text and IMG in text


def test_report_text_is_escaped_in_markdown(hostile: tuple[str, str]) -> None:
    from markdown_it import MarkdownIt

    result = invoke("compare", *hostile, "-f", "markdown")
    assert result.exit_code == 0, result.stderr
    # rendered the way GitHub does, raw HTML allowed: nothing from the report becomes markup
    rendered = MarkdownIt("commonmark", {"html": True}).enable("table").render(result.stdout)
    text = _assert_inert(rendered)
    assert SCRIPT in text and IMG in text
    assert "<script" not in rendered


def test_json_keeps_hostile_text_exactly(hostile: tuple[str, str]) -> None:
    result = invoke("compare", *hostile, "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    texts = {p["new"]["text"] for p in data["sentences"] if p["new"]}
    assert f"我们将{SCRIPT}加快建设现代化产业体系。" in texts


ESCAPES = "\x1b]52;c;ZWNobyBoaQ==\x07\x1b[2J\x1b[31m\x9b6n"


def test_terminal_escape_sequences_in_a_report_are_shown_not_sent(tmp_path: Path) -> None:
    # regression: ESC, BEL and C1 controls in report text reached the terminal as they were
    old = write(tmp_path / "a.txt", "一、总体要求\n经济增长5%左右。\n".encode())
    new = write(
        tmp_path / "b.txt", f"一、总体要求\n经济增长5%左右。\n就业{ESCAPES}稳定。\n".encode()
    )
    for fmt in ("terminal", "markdown"):
        result = invoke("compare", str(old), str(new), "-f", fmt, "--all")
        assert result.exit_code == 0, result.stderr
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout), fmt
        assert "就业␛]52;c;ZWNobyBoaQ==␇␛[2J␛[31m�6n稳定。" in result.stdout.replace("\\", "")
    # the data keeps the characters: only the display makes them visible
    data = json.loads(invoke("compare", str(old), str(new), "-f", "json").stdout)
    assert f"就业{ESCAPES}稳定。" in {p["new"]["text"] for p in data["sentences"] if p["new"]}


def test_rich_markup_in_report_text_and_labels_is_shown_literally(tmp_path: Path) -> None:
    # regression: a label or metric with "[/]" crashed the terminal view (rich MarkupError)
    old = write(tmp_path / "[bold]old.txt", "一、总体要求\n经济增长5%左右。\n".encode())
    new = write(
        tmp_path / "new.txt", "一、总体要求[bold]\n经济增长5%左右。\n[red]就业[/]稳定。\n".encode()
    )
    result = invoke("compare", str(old), str(new), "--width", "120", "--labels", "[/],[red]b")
    assert result.exit_code == 0, (result.stderr, result.exception)
    assert "[/] → [red]b" in result.stdout
    assert "[red]就业[/]稳定。" in result.stdout and "一、总体要求[bold]" in result.stdout
    series = invoke("series", str(old), str(new), "--width", "120")
    assert series.exit_code == 0, (series.stderr, series.exception)
    assert "[bold]old" in series.stdout


# ---------------------------------------------------------------- no eval, shell or network

#: (module, pattern) pairs that are allowed: why is in the comment
_ALLOWED: set[tuple[str, str]] = set()
_FORBIDDEN = re.compile(
    r"\beval\(|\bexec\(|\bsubprocess\b|os\.system|os\.popen|\bsocket\b|\burllib\b|"
    r"\bhttp\.client\b|\brequests\b|\bpickle\.loads?\(|shell\s*=\s*True|"
    r"__import__\("
)


def _sources() -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20 and PACKAGE / "cli.py" in files
    return files


def test_the_package_source_has_no_eval_shell_or_network() -> None:
    found = []
    for path in _sources():
        module = path.relative_to(PACKAGE).as_posix()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in _FORBIDDEN.finditer(line):
                if (module, match.group()) not in _ALLOWED:
                    found.append(f"{module}:{number}: {line.strip()}")
    assert found == []


def test_the_package_imports_no_process_or_network_module() -> None:
    banned = {"subprocess", "socket", "urllib", "http", "ftplib", "smtplib", "telnetlib",
              "requests", "httpx", "aiohttp", "pickle", "marshal", "shelve", "pty"}  # fmt: skip
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"eval", "exec", "compile", "__import__"}
            ):
                names = [f"{node.func.id}()"]
            found.extend(
                f"{path.name}:{node.lineno}: {name}"  # type: ignore[attr-defined]
                for name in names
                if name.split(".")[0] in banned or name.endswith("()")
            )
    assert found == []


def test_yaml_is_only_loaded_safely() -> None:
    uses = []
    for path in _sources():
        for line in path.read_text(encoding="utf-8").splitlines():
            uses.extend(re.findall(r"(?<!tag:)\byaml\.(\w+)", line))  # not a tag's URI
            assert not re.search(r"\bLoader\s*=|unsafe_load|full_load|UnsafeLoader", line), line
    # the batch config's loader is a SafeLoader subclass that also refuses a key given twice
    assert set(uses) <= {"safe_load", "safe_dump", "SafeLoader", "YAMLError", "MarkedYAMLError"}
    import yaml

    from diffreport.batch.yaml_loader import ConfigLoader

    assert yaml.SafeLoader in ConfigLoader.__mro__
    assert ConfigLoader.yaml_constructors == yaml.SafeLoader.yaml_constructors
    assert ConfigLoader.yaml_multi_constructors == yaml.SafeLoader.yaml_multi_constructors


_AUDIT = r"""
import sys
events = []
WATCHED = ("socket.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
           "os.fork", "urllib.", "http.client.", "ftplib.", "smtplib.", "webbrowser.")

def hook(event, args):
    if event.startswith(WATCHED):
        events.append(event)
        raise RuntimeError(f"forbidden at run time: {event}")

sys.addaudithook(hook)
from diffreport.cli import main
old, new, folder = sys.argv[1:4]
runs = [["compare", old, new, "-f", fmt, "-o", f"{folder}/out.{fmt}"]
        for fmt in ("terminal", "json", "html", "markdown")]
runs.append(["series", old, new, old, "-f", "html", "-o", f"{folder}/series.html"])
for args in runs:
    try:
        main(args, standalone_mode=False)
    except SystemExit as exit:
        assert not exit.code, exit.code
print(",".join(events) or "clean")
"""


@pytest.mark.corpus
def test_no_process_or_network_at_run_time(tmp_path: Path) -> None:
    old = corpus("cn-state-council/2024.txt")
    new = corpus("cn-state-council/2025.txt")
    completed = subprocess.run(
        [sys.executable, "-c", _AUDIT, str(old), str(new), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert completed.stdout.strip() == "clean"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "out.html",
        "out.json",
        "out.markdown",
        "out.terminal",
        "series.html",
    ]


# ---------------------------------------------------------------- batch: Ctrl-C in a real process

#: enough pairs that a loaded machine still has work left when the first report is out
#: (with eight, a test process starved for a few seconds signalled a finished batch)
_PROVINCES = (
    "anhui", "beijing", "chongqing", "fujian", "gansu", "guangdong", "guangxi", "hebei",
    "henan", "hubei", "hunan", "jiangsu", "jiangxi", "jilin",
)  # fmt: skip


def _province_config(tmp_path: Path) -> Path:
    pairs = [
        {
            "name": name,
            "old": str(corpus(f"cn-provinces/{name}/2025.txt")),
            "new": str(corpus(f"cn-provinces/{name}/2026.txt")),
        }
        for name in _PROVINCES
    ]
    config = {"output": str(tmp_path / "out"), "formats": ["json", "html"], "jobs": 2}
    path = tmp_path / "batch.yaml"
    path.write_text(json.dumps({**config, "pairs": pairs}), encoding="utf-8")  # YAML ⊃ JSON
    return path


def _assert_only_whole_files(out: Path) -> list[Path]:
    written = [p for p in out.rglob("*") if p.is_file()]
    assert not [p for p in written if p.name.startswith(".diffreport-tmp-")], written
    for p in written:
        text = p.read_text(encoding="utf-8")
        if p.suffix == ".json":
            json.loads(text)
        elif p.suffix == ".html":
            assert text.rstrip().endswith("</html>"), p
    return written


@pytest.mark.corpus
@pytest.mark.parametrize("target", ["process", "process group"])
def test_ctrl_c_leaves_no_half_written_file_and_a_rerun_completes(
    tmp_path: Path, target: str
) -> None:
    import signal
    import time

    config = _province_config(tmp_path)
    pairs = tmp_path / "out" / "pairs"
    process = subprocess.Popen(
        [sys.executable, "-m", "diffreport", "batch", str(config), "--quiet"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, like a shell job
    )
    try:
        # interrupt once the first report is written, while others are being computed
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if pairs.is_dir() and any(p.suffix == ".html" for p in pairs.iterdir()):
                break
            time.sleep(0.02)
        assert process.poll() is None, "the batch finished before it could be interrupted"
        if target == "process":
            process.send_signal(signal.SIGINT)
        else:  # what Ctrl-C in a terminal does: the parent and its workers get SIGINT
            os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=120)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode != 0
    assert "Traceback" not in err, err
    written = _assert_only_whole_files(tmp_path / "out")
    done = {p.stem for p in written if p.parent == pairs and p.suffix == ".html"}
    assert 1 <= len(done) < len(_PROVINCES)
    assert not (tmp_path / "out" / "summary.json").exists()
    # the next run keeps what was finished and does the rest
    rerun = CliRunner().invoke(main, ["batch", str(config), "--quiet"])
    assert rerun.exit_code == 0, rerun.output
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert [c["status"] for c in summary["comparisons"]] == ["ok"] * len(_PROVINCES)
    _assert_only_whole_files(tmp_path / "out")
