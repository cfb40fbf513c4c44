"""The console script: ``--version`` answers before click and the library load.

Every other invocation goes to the click command group in ``cli.py``.
"""

from __future__ import annotations

import sys


def main() -> None:
    """Run ``diffreport``; ``diffreport --version`` costs only the interpreter's start-up."""
    if sys.argv[1:] == ["--version"]:
        from diffreport import __version__

        sys.stdout.write(f"diffreport, version {__version__}\n")
        return
    from diffreport.cli import main as cli_main

    cli_main()
