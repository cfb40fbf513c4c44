"""``atomic_write``: whole files or none, the usual modes, and paths that are not regular files."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from diffreport import output
from diffreport.cli import main
from diffreport.errors import OutputError
from diffreport.output import TMP_PREFIX, atomic_write

from .conftest import SAMPLES

OLD = str(SAMPLES / "zh" / "qinghe-2024.txt")
NEW = str(SAMPLES / "zh" / "qinghe-2025.txt")


def compare_to(target: Path) -> str:
    """``diffreport compare OLD NEW -f json -o target``; the JSON it printed to stdout otherwise."""
    runner = CliRunner()
    done = runner.invoke(main, ["compare", OLD, NEW, "-f", "json", "-o", str(target)])
    assert done.exit_code == 0, (done.stderr, done.exception)
    return runner.invoke(main, ["compare", OLD, NEW, "-f", "json"]).stdout


def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    old_mask = os.umask(0o027)
    try:
        atomic_write(str(tmp_path / "new.txt"), "text")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_an_existing_private_file_stays_private(tmp_path: Path) -> None:
    target = tmp_path / "diff.json"
    target.write_text("earlier", encoding="utf-8")
    target.chmod(0o600)
    expected = compare_to(target)
    assert target.read_text(encoding="utf-8") == expected
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symlink_stays_a_link_and_its_target_gets_the_text(tmp_path: Path) -> None:
    real = tmp_path / "real" / "diff.json"
    real.parent.mkdir()
    real.write_text("earlier", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    expected = compare_to(link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in real.parent.iterdir()) == ["diff.json"]


def test_a_fifo_is_written_straight_through(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    expected = compare_to(fifo)
    reader.join(timeout=30)
    assert not reader.is_alive()
    assert received == [expected.encode("utf-8")]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_character_device_is_written_straight_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A device looks like one to ``os.stat``; the write must not replace it (here: a file)."""
    device = tmp_path / "device"
    device.write_text("", encoding="utf-8")
    real_stat = os.stat

    def stat_as_device(path: str | os.PathLike[str], *args: object, **kwargs: object) -> object:
        info = real_stat(path)
        if os.fspath(path) == str(device):
            fields = list(info)
            fields[stat.ST_MODE] = stat.S_IFCHR | 0o666
            return os.stat_result(fields)
        return info

    monkeypatch.setattr(output.os, "stat", stat_as_device)
    inode = real_stat(device).st_ino
    assert atomic_write(str(device), "straight through") == len(b"straight through")
    assert real_stat(device).st_ino == inode  # the same file, not a renamed temporary one
    assert device.read_text(encoding="utf-8") == "straight through"


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.json"
    target.write_text("old and complete", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, "fsync", disk_full)
    with pytest.raises(OutputError, match=r"report\.json: cannot write \(No space left"):
        atomic_write(str(target), "new text")
    assert target.read_text(encoding="utf-8") == "old and complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json"]
    assert not list(tmp_path.glob(f"{TMP_PREFIX}*"))


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="is a directory"):
        atomic_write(str(tmp_path), "text")
    assert list(tmp_path.iterdir()) == []
