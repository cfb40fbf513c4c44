"""The one way diffreport writes a finished text to a path: whole or not at all.

A regular file is written under a temporary name in its own folder, synced,
then renamed over the target, so a reader never sees half a report and a
failed run leaves the earlier file as it was. A path that is not a regular
file (``/dev/stdout``, a FIFO, a device) cannot be replaced by a rename: the
text is written straight to it. A symlink stays a link: its target is replaced.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable

from diffreport.errors import OutputError

#: name prefix of our temporary files (a batch run sweeps stale ones by it)
TMP_PREFIX = ".diffreport-tmp-"


class WriteError(OutputError):
    """The system refused a write; ``errno`` says why (``ENOSPC``, ``EROFS``, ``EACCES``…)."""

    def __init__(self, path: str, detail: str, errno: int | None) -> None:
        super().__init__(path, detail)
        self.errno = errno


def _refused(path: str, exc: OSError, what: str = "cannot write") -> WriteError:
    return WriteError(path, f"{what} ({exc.strerror or exc})", exc.errno)


def atomic_write(path: str, text: str, *, durable: bool = True) -> int:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path``; return the bytes written.

    ``durable=False`` skips the ``fsync`` before the rename: the file is still
    whole or absent for every reader and after a crash of the process, but a
    power cut may leave it empty. A batch worker writes its reports so (its
    manifest records each file's size and redoes a unit whose file is short).
    Raises ``OutputError`` naming ``path`` when it cannot be written.
    """
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        raise OutputError(path, "cannot write (the text is not valid Unicode)") from None
    if "\0" in path:  # os functions raise ValueError for it
        raise OutputError(path, "cannot write: a file name cannot hold a NUL character")
    target = os.path.realpath(path)  # a symlink's target is what gets replaced
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _refused(path, exc) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(path, "cannot write: is a directory")
    if info is not None and not stat.S_ISREG(info.st_mode):
        return _write_through(path, target, data)
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
    return _replace(path, target, data, mode, durable)


def file_identity(path: str) -> tuple[int, int] | None:
    """The device and inode of the regular file ``path`` leads to (links followed), else None.

    ``atomic_write`` replaces the file a path leads to, so a path with an input's
    identity would replace that input: the same name, ``./name``, a symlink to it,
    ``/dev/stdin`` redirected from it, another spelling on a case-insensitive disk
    (a hard link too, which is the same file). No file, a folder, a device or a
    FIFO (written through, never replaced) has none.
    """
    try:
        info = os.stat(path)
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISREG(info.st_mode) else None


def refuse_replacing_inputs(path: str, inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise ``OutputError`` naming ``path`` when writing it would replace one of ``inputs``."""
    target = file_identity(path)
    if target is None:
        return
    for source in inputs:
        name = os.fspath(source)
        if file_identity(name) == target:
            raise OutputError(
                path, f"the output path is an input ({name}); choose another output file"
            )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_through(path: str, target: str, data: bytes) -> int:
    """A device or a FIFO: no temporary file, no rename; write to it as it is."""
    try:
        with open(target, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise _refused(path, exc) from None
    return len(data)


def _replace(path: str, target: str, data: bytes, mode: int, durable: bool = True) -> int:
    """A regular file (or none yet): temporary file, fsync, rename over ``target``."""
    folder = os.path.dirname(target)
    try:
        fd, tmp = tempfile.mkstemp(prefix=TMP_PREFIX, dir=folder)
    except OSError as exc:
        raise _refused(path, exc, "cannot write here") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(tmp, mode)  # mkstemp makes it private; keep the old mode or the usual one
        os.replace(tmp, target)
    except OSError as exc:
        raise _refused(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    return len(data)
