"""Opening an input by name, for reports and batch configs, and reading a bounded part of it.

A named pipe (FIFO) is opened without waiting for a writer: ``open()`` would block
until one came, forever if none does. Opened so, a FIFO with no writer reads as
empty at once, and one with a writer (``<(cat a.txt)``, ``/dev/stdin`` in a pipe)
reads to its end as before. ``read_at_most`` reads a chunk at a time, so a generous
bound costs only what the file holds.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

from diffreport.errors import InputError

#: bytes read at a time: a bound of gigabytes allocates no more than this ahead
CHUNK = 1 << 20


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


def read_at_most(handle: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes of ``handle``, fewer at its end, read ``CHUNK`` bytes at a time.

    ``handle.read(size)`` would allocate ``size`` bytes before reading one (a
    ``MemoryError`` for a bound of 80 GB, an ``OverflowError`` past the largest
    index), whatever the file holds.
    """
    chunks: list[bytes] = []
    left = size
    while left > 0:
        chunk = handle.read(min(left, CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
