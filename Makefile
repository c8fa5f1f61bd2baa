# reader — short and obvious. Every target creates .venv when it is missing.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: run test lint fmt snapshots bench clean

# Create the virtualenv and install the project with its test extras (re-run when pyproject changes).
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Open the reader on the sample library in ./articles.
run: $(STAMP)
	$(BIN)/reader --library articles

# Run the whole test suite (unit, CLI, Pilot, snapshots, highlight and summary regressions).
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto --dist loadgroup

# The lint tools (ruff, mypy, import-linter), installed once beside the test extras.
$(VENV)/.lint: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,lint]'
	touch $(VENV)/.lint

# Lint, format check, strict types and the package layers (see docs/architecture.md).
lint: $(VENV)/.lint
	$(BIN)/ruff check reader tests bench
	$(BIN)/ruff format --check reader tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

# Format the code in place.
fmt: $(VENV)/.lint
	$(BIN)/ruff format reader tests bench
	$(BIN)/ruff check --fix reader tests bench

# Regenerate SVG snapshots (read the HTML diff report first).
snapshots: $(STAMP)
	$(BIN)/python -m pytest tests/app --snapshot-update

# Benchmarks: highlight accuracy, summary speed, library scale.
bench: $(STAMP)
	$(BIN)/python bench/highlights.py
	$(BIN)/python bench/summary.py
	$(BIN)/python bench/library.py

# Remove the virtualenv and caches.
clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build dist
