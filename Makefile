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

# Lint and type-check (ruff, mypy); installs the dev tools on first use.
lint: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff mypy
	$(BIN)/ruff check reader tests bench
	$(BIN)/ruff format --check reader tests bench
	$(BIN)/mypy

# Format the code in place.
fmt: $(STAMP)
	$(BIN)/python -m pip install --quiet ruff
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
