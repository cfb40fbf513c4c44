"""``python -m diffreport``."""

from .cli import main

main()
