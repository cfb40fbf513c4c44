"""``python -m diffreport``."""

from ._entry import main

main()
