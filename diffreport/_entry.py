"""The console script: ``--version`` answers before click and the library load.

Every other invocation goes to the click command group in ``cli.py``.
"""

from __future__ import annotations

import gc
import os
import sys

#: commands that build one comparison (or one series), write it and end the process
_ONE_SHOT = ("compare", "series")


def main() -> None:
    """Run ``diffreport``; ``diffreport --version`` costs only the interpreter's start-up."""
    if sys.argv[1:] == ["--version"]:
        from diffreport import __version__

        try:
            sys.stdout.write(f"diffreport, version {__version__}\n")
            sys.stdout.flush()
        except BrokenPipeError:  # the reader left: end quietly with 1, as click does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        return
    # A one-shot command keeps nearly every object it makes until the process ends,
    # and makes no garbage cycles worth collecting (see ``_gc``): the cyclic collector
    # only walked them, ~30 times while the modules loaded, once over the whole
    # comparison when the pause around it ended, and once more at exit (about a
    # tenth of ``compare``'s time for a pair of reports). Batch and other commands
    # that run many units in one process keep it.
    one_shot = len(sys.argv) > 1 and sys.argv[1] in _ONE_SHOT
    if one_shot:
        gc.disable()
    from diffreport.cli import main as cli_main

    try:
        cli_main()
    finally:
        if one_shot:
            gc.freeze()  # the collection at interpreter exit skips frozen objects
