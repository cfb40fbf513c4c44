"""``python -m diffreport``."""

from diffreport._entry import main

main()
