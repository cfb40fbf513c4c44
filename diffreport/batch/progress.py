"""Progress of a batch run: a rich bar on a terminal, plain error lines in a log, or nothing."""

from __future__ import annotations

from typing import Any

from diffreport.batch.units import UnitResult


class Progress:
    """Progress reporting; this base class reports nothing (``--quiet``)."""

    def start(self, total: int, skipped: int) -> None:
        """The run starts: ``total`` units, ``skipped`` of them reused from the last run."""

    def advance(self, result: UnitResult) -> None:
        """One unit finished."""

    def interrupted(self) -> None:
        """Ctrl-C: running units finish their files, pending ones are cancelled."""

    def stop(self) -> None:
        """The run ended (also after an interrupt)."""


class RichProgress(Progress):
    """A rich progress bar on stderr (counts, failures, elapsed time and ETA)."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True)
        self.bar = Progress(
            TextColumn("[bold]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
        )
        self.task: Any = None
        self.failed = 0

    def start(self, total: int, skipped: int) -> None:
        """Show the bar; reused units count as done."""
        self.bar.start()
        label = f"batch ({skipped} unchanged)" if skipped else "batch"
        self.task = self.bar.add_task(label, total=total, completed=skipped, failed=0)

    def advance(self, result: UnitResult) -> None:
        """Step the bar; print a failed unit's error above it."""
        if not result.ok:
            self.failed += 1
            self.bar.console.print(
                f"[red]error[/red] {result.name}: {result.record['error']}",
                markup=True,
                highlight=False,
            )
        self.bar.update(self.task, advance=1, failed=self.failed)

    def interrupted(self) -> None:
        """Say why the run does not stop at once."""
        self.bar.console.print(
            "interrupted: running comparisons finish their files first (Ctrl-C again: stop now)"
        )

    def stop(self) -> None:
        """Remove the live display."""
        self.bar.stop()


class LineProgress(Progress):
    """Plain lines on stderr for a log or a pipe: one per failed unit (all of them unless quiet)."""

    def __init__(self, quiet: bool) -> None:
        self.quiet = quiet

    def interrupted(self) -> None:
        """Say why the run does not stop at once."""
        import sys

        print(
            "diffreport: interrupted: running comparisons finish their files first"
            " (Ctrl-C again: stop now)",
            file=sys.stderr,
        )

    def advance(self, result: UnitResult) -> None:
        """Print a failed unit's error."""
        if not result.ok:
            import sys

            print(f"diffreport: error: {result.name}: {result.record['error']}", file=sys.stderr)


def make_progress(quiet: bool) -> Progress:
    """A rich bar when stderr is a terminal and not ``quiet``; plain error lines otherwise."""
    import sys

    if not quiet and sys.stderr.isatty():
        return RichProgress()
    return LineProgress(quiet)
