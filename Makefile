# The README's commands. Everything runs from .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
DEV := $(VENV)/.installed-dev
# what `make golden` compares this work tree with
GOLDEN_BASE ?= HEAD

.PHONY: demo test lint bench golden system-deps clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# the demo needs only the package; the tests need the test and dev extras. The
# "compat" editable mode is a plain .pth path entry: no import hook to load at start-up.
$(BASE): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e . --config-settings editable_mode=compat
	touch $@

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]' --config-settings editable_mode=compat
	touch $@ $(BASE)

demo: $(BASE)
	$(BIN)/diffreport compare samples/zh/qinghe-2024.txt samples/zh/qinghe-2025.txt

# Debian's chromium and fonts-noto-cjk (browser tests, PDF fixtures): installed when
# missing where possible, else one line saying what to install
system-deps:
	@sh scripts/system-deps.sh

test: system-deps $(DEV)
	$(BIN)/pytest

lint: $(DEV)
	$(BIN)/ruff check diffreport tests scripts bench
	$(BIN)/ruff format --check diffreport tests scripts bench
	$(BIN)/mypy

bench: $(DEV)
	$(BIN)/pip install --quiet -e '.[bench]' --config-settings editable_mode=compat
	$(BIN)/python bench/run.py

# the refactoring guard: --format json of ~80 real comparisons, byte for byte
golden: $(BASE)
	$(BIN)/python scripts/golden.py check --base $(GOLDEN_BASE)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
