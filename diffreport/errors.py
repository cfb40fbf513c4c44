"""Errors that carry where they happened; only the CLI turns them into a line and exit code 2."""

from __future__ import annotations


class DiffReportError(Exception):
    """Base class for every error diffreport reports to a user."""

    def message(self) -> str:
        """The one line shown to a user."""
        return str(self)


class InputError(DiffReportError):
    """An input file that cannot be read as a report."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


class ConfigError(DiffReportError):
    """A configuration value that is wrong, named by its key path (``series[0].files``)."""

    def __init__(self, key_path: str, detail: str, file: str | None = None) -> None:
        where = f"{file}: {key_path}" if file else key_path
        super().__init__(f"{where}: {detail}")
        self.key_path = key_path
        self.detail = detail
        self.file = file


class OutputError(DiffReportError):
    """An output path that cannot be written."""

    def __init__(self, path: str, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail
