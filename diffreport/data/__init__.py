"""Data files read with importlib.resources: the background tables (scripts/build_background.py)."""
