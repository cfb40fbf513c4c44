"""The command line: thin click commands over the library.

Exit codes: 0 success, 1 a batch finished with failed comparisons (or, with
``compare --exit-code``, the editions differ), 2 bad input (one line on stderr
naming the file or the configuration key, its control characters made visible).
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Literal, TextIO

import click

from diffreport import __version__
from diffreport.errors import DiffReportError, OutputError
from diffreport.options import CompareOptions
from diffreport.output import atomic_write, refuse_replacing_inputs
from diffreport.render import FORMATS, RenderOptions
from diffreport.render.common import one_line

if TYPE_CHECKING:
    from diffreport.model import Comparison


def fail(message: str) -> None:
    """Print one error line and exit with code 2.

    The message names a file or a key the user gave; its control characters are
    made visible (``\\x1b`` -> ``␛``), so a hostile file name cannot set the
    terminal's title or clear the screen, nor add a line.
    """
    click.echo(f"diffreport: error: {one_line(message)}", err=True)
    sys.exit(2)


class FileName(os.PathLike[str]):
    """A file name from the command line, always a path to the API, kept as typed.

    ``compare`` and ``compare_series`` take a string with a line break for report
    text; a file name on the command line is never text, whatever it holds.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def __fspath__(self) -> str:
        return self.name


def output_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that renders shares: format, output file, width, colour, --all."""
    func = click.option("--all", "show_all", is_flag=True, help="Show unchanged parts too.")(func)
    func = click.option(
        "--color",
        "--colour",
        "color",
        type=click.Choice(("auto", "always", "never")),
        default="auto",
        show_default=True,
        help="Colour the terminal view: auto follows the terminal, NO_COLOR and FORCE_COLOR.",
    )(func)
    func = click.option(
        "--width",
        type=click.IntRange(40, 1000),
        default=None,
        help="Terminal width in columns (default: the terminal's; in a pipe COLUMNS, else 120).",
    )(func)
    func = click.option(
        "-o",
        "--output",
        type=str,
        default=None,
        callback=_output_path,
        help="Write to this file instead of stdout.",
    )(func)
    func = click.option(
        "-f",
        "--format",
        "fmt",
        type=click.Choice(tuple(FORMATS)),
        default=None,
        help="Output format (default: from the -o file's extension, .html .json .md .txt; "
        "else terminal).",
    )(func)
    return func


def _output_path(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``-o``: refused before any work when empty (it would name the current folder)."""
    if value == "":
        fail("-o/--output: the output path is empty; give a file name, or - for stdout")
    return value


def view_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--view side|inline``: the text in two columns, or in one with changes marked in place."""
    return click.option(
        "--view",
        type=click.Choice(("side", "inline")),
        default="side",
        show_default=True,
        help="The text side by side, or inline: one column in the new order, removed words "
        "struck, inserted ones marked (terminal, HTML, Markdown; JSON is the same).",
    )(func)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="diffreport")
def main() -> None:
    """Compare editions of long policy reports and say what really changed."""


def highlights_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--highlights N``: how many entries each list of the highlights holds."""
    return click.option(
        "--highlights",
        type=click.IntRange(min=0),
        default=None,
        metavar="N",
        help="Entries per highlights list: new, dropped, changed (default 10; 0: none).",
    )(func)


def _compare_options(highlights: int | None) -> CompareOptions:
    """The comparison's options with what the command line set (the defaults otherwise)."""
    options = CompareOptions()
    return options if highlights is None else replace(options, highlights=highlights)


@main.command()
@click.argument("old", type=str)
@click.argument("new", type=str)
@click.option("--labels", type=str, default=None, help="Labels for OLD,NEW (default: file names).")
@click.option(
    "--exit-code",
    "exit_code",
    is_flag=True,
    help="Exit 1 when the editions differ, 0 when they do not (like git diff --exit-code).",
)
@click.option(
    "--summary",
    is_flag=True,
    help="Only the header, targets, highlights and topics, no sentence-by-sentence text: "
    "for sharing (the Markdown fits a GitHub comment).",
)
@highlights_option
@output_options
@view_option
def compare(
    old: str,
    new: str,
    labels: str | None,
    exit_code: bool,
    summary: bool,
    highlights: int | None,
    fmt: str | None,
    output: str | None,
    width: int | None,
    color: str,
    show_all: bool,
    view: Literal["side", "inline"],
) -> None:
    """Compare two editions of a report: OLD and NEW files.

    Each is plain text (UTF-8, UTF-16 or GB18030, detected from the bytes), PDF,
    Word (.docx) or HTML, recognised from its bytes whatever its name; PDF and
    .docx need their extras (pdfplumber, python-docx).

    \b
    Example:
        diffreport compare 2024.txt 2025.txt
        diffreport compare 2024.pdf 2025.docx --format json -o diff.json
        diffreport compare 2024.txt 2025.txt --highlights 20
        diffreport compare 2024.txt 2025.txt --summary --format markdown -o summary.md
        diffreport compare draft.txt final.txt --exit-code --format json -o diff.json
    """
    from diffreport import compare as run_compare
    from diffreport._gc import paused
    from diffreport.render import get_renderer

    old_label, new_label = _split_labels(labels, 2) if labels else (None, None)
    try:
        _refuse_replacing(output, (old, new))
        with paused():
            result = run_compare(
                FileName(old),
                FileName(new),
                old_label=old_label,
                new_label=new_label,
                options=_compare_options(highlights),
            )
            options = replace(
                _render_options(output, width, color, show_all, view), summary=summary
            )
            text = _rendered(get_renderer(_format(fmt, output)), result, options)
        _write(output, text)
    except DiffReportError as exc:
        fail(exc.message())
    _warn((*result.old.warnings, *result.new.warnings))
    if exit_code and _editions_differ(result):
        sys.exit(1)


def _editions_differ(result: Comparison) -> bool:
    """Whether two editions differ: a sentence not unchanged, or a section not matched.

    Whitespace and the page chrome that reading drops do not count: the comparison
    sees sentences after normalisation, as every view shows them.
    """
    sentences = any(pair.status != "unchanged" for pair in result.sentences)
    return sentences or any(pair.status != "matched" for pair in result.sections)


@main.command()
@click.argument("files", nargs=-1, required=True, type=str)
@click.option("--labels", type=str, default=None, help="One label per FILE, comma-separated.")
@highlights_option
@output_options
def series(
    files: tuple[str, ...],
    labels: str | None,
    highlights: int | None,
    fmt: str | None,
    output: str | None,
    width: int | None,
    color: str,
    show_all: bool,
) -> None:
    """Align N editions in order (FILE...): sections, target paths, topics, follow-through.

    Each FILE is read as ``compare`` reads OLD and NEW: plain text (UTF-8, UTF-16
    or GB18030), PDF, Word (.docx) or HTML.

    \b
    Example:
        diffreport series 2021.txt 2022.txt 2023.txt 2024.txt 2025.txt
        diffreport series reports/*.txt --format html -o series.html
    """
    from diffreport import compare_series
    from diffreport._gc import paused
    from diffreport.render import get_series_renderer

    if len(files) < 2:
        fail(f"{files[0]}: a series needs at least 2 files, got 1")
    names = _split_labels(labels, len(files)) if labels else None
    try:
        _refuse_replacing(output, files)
        with paused():
            result = compare_series(
                [FileName(f) for f in files], labels=names, options=_compare_options(highlights)
            )
            options = _render_options(output, width, color, show_all)
            text = _rendered(get_series_renderer(_format(fmt, output)), result, options)
        _write(output, text)
    except DiffReportError as exc:
        fail(exc.message())
    _warn(tuple(w for d in result.documents for w in d.warnings))


@main.command()
@click.argument("config", type=str)
@click.option("--force", is_flag=True, help="Redo comparisons whose inputs have not changed.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary line (for scripts).")
def batch(config: str, force: bool, quiet: bool) -> None:
    """Run the comparisons and series a YAML CONFIG lists, in parallel.

    Exit code 0 when all succeed, 1 when any comparison failed (recorded in
    summary.json), 2 when the config is invalid (nothing is written then) or
    the output folder cannot be written or is in use by another batch, 130
    when interrupted (Ctrl-C; what finished is recorded for the next run).

    \b
    Example:
        diffreport batch configs/samples.yaml
        diffreport batch configs/corpus.yaml --force --quiet
    """
    from diffreport.batch import load_config, make_progress, run_batch

    try:
        result = run_batch(load_config(config), force=force, progress=make_progress(quiet))
    except DiffReportError as exc:
        fail(exc.message())
    except KeyboardInterrupt:
        click.echo("diffreport: interrupted (finished comparisons are kept)", err=True)
        sys.exit(130)
    for warning in result.warnings:
        click.echo(f"diffreport: warning: {warning}", err=True)
    if not quiet:
        click.echo(
            f"{result.ran} run, {result.skipped} unchanged, {result.failed} failed: "
            f"{os.path.join(result.output, 'index.html')}",
            err=True,
        )
    sys.exit(result.exit_code)


def _format(fmt: str | None, output: str | None) -> str:
    """``--format`` when given, else the one the output file's extension names, else terminal."""
    from diffreport.render import format_for_output

    return fmt or format_for_output(output) or "terminal"


def _render_options(
    output: str | None,
    width: int | None,
    color: str,
    show_all: bool,
    view: Literal["side", "inline"] = "side",
) -> RenderOptions:
    """Colour and width for stdout or a file.

    Colour: ``always``/``never`` as asked; ``auto`` colours stdout when
    ``FORCE_COLOR`` is set (any non-empty value) or stdout is a terminal, unless
    ``NO_COLOR`` is set; a file is plain. Width: ``--width``; else the terminal's
    for a terminal; else ``COLUMNS`` for a pipe; else 120.
    """
    import shutil

    to_stdout = output is None or output == "-"
    tty = to_stdout and sys.stdout.isatty()
    if color == "auto":
        forced = bool(os.environ.get("FORCE_COLOR"))
        colored = to_stdout and (forced or tty) and not os.environ.get("NO_COLOR")
    else:
        colored = color == "always"
    if width is None:
        if tty:
            width = shutil.get_terminal_size((120, 40)).columns
        else:
            width = _columns() if to_stdout else 120
    return RenderOptions(show_all=show_all, width=width, color=colored, view=view)


def _columns() -> int:
    """``COLUMNS`` when it holds a usable width (40 to 1000), else 120."""
    value = os.environ.get("COLUMNS", "").strip()
    if value.isdigit() and 40 <= int(value) <= 1000:
        return int(value)
    return 120


def _rendered(
    render: Callable[[Any, TextIO, RenderOptions], None], result: object, options: RenderOptions
) -> str:
    """``result`` as ``render`` writes it with ``options``."""
    buffer = io.StringIO()
    render(result, buffer, options)
    return buffer.getvalue()


def _refuse_replacing(output: str | None, inputs: Sequence[str]) -> None:
    """An ``OutputError`` before any work when the ``-o`` file is one of the inputs."""
    if output is not None and output != "-":
        refuse_replacing_inputs(output, inputs)


def _write(output: str | None, text: str) -> None:
    """Stdout, or the whole text to the file ``output`` (see ``diffreport.output``)."""
    if output is not None and output != "-":
        atomic_write(output, text)
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()  # a full disk shows here, not in the flush at exit
    except BrokenPipeError:
        raise  # the reader left (``| head``): click ends the command quietly
    except OSError as exc:
        _stdout_to_devnull()
        raise OutputError("stdout", f"cannot write ({exc.strerror or exc})") from None


def _stdout_to_devnull() -> None:
    """Send what stdout still buffers to the null device, so the flush at exit cannot fail too.

    Without it a buffered stdout on a full disk adds Python's "Exception ignored"
    lines after ours and exit code 120. A stdout with no descriptor is left alone.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)


def _warn(warnings: tuple[str, ...]) -> None:
    """One stderr line per input warning (such as an empty document)."""
    for warning in warnings:
        click.echo(f"diffreport: warning: {one_line(warning)}", err=True)


def _split_labels(labels: str, n: int) -> list[str]:
    """``--labels``: exactly ``n`` non-empty labels separated by commas."""
    parts = [p.strip() for p in labels.split(",")]
    if len(parts) != n or not all(parts):
        fail(f"--labels: give {n} labels separated by commas, got {labels!r}")
    return list(parts)
