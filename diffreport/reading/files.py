"""Opening an input by name, for reports and batch configs.

A named pipe (FIFO) is opened without waiting for a writer: ``open()`` would block
until one came, forever if none does. Opened so, a FIFO with no writer reads as
empty at once, and one with a writer (``<(cat a.txt)``, ``/dev/stdin`` in a pipe)
reads to its end as before.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from diffreport.errors import InputError


def open_input(name: str) -> BinaryIO:
    """``name`` opened for reading bytes, without blocking on a FIFO that has no writer.

    Raises ``OSError`` as ``open`` does (``IsADirectoryError`` for a folder), and
    ``InputError`` naming the file for a name with a NUL character, which no file
    name can hold (``open`` raises ``ValueError`` for it).
    """
    if "\0" in name:
        raise InputError(name, "no such file (a file name cannot hold a NUL character)")
    nonblocking = getattr(os, "O_NONBLOCK", 0)
    fd = os.open(name, os.O_RDONLY | nonblocking)
    try:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if nonblocking:
            # reads wait for a writer's data again; with no writer they end at once
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
