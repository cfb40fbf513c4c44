# The README's commands. Everything runs from .venv, created on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
BASE := $(VENV)/.installed-base
DEV := $(VENV)/.installed-dev

.PHONY: demo test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# the demo needs only the package; the tests need the test and dev extras
$(BASE): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(BASE)

demo: $(BASE)
	$(BIN)/diffreport compare samples/zh/qinghe-2024.txt samples/zh/qinghe-2025.txt

test: $(DEV)
	$(BIN)/pytest

bench: $(DEV)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run.py

lint: $(DEV)
	$(BIN)/ruff check diffreport tests
	$(BIN)/ruff format --check diffreport tests
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
