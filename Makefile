# Two entry points, both idempotent on a fresh machine: `make run` and `make test`.
# Everything is installed into ./.venv from pyproject.toml; nothing is installed system-wide.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: run chat test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Start the bot on the embedded SQLite store, loaded with the bundled plans.
run: $(STAMP)
	$(BIN)/policybot run

## Talk to the real bot offline, through the Bot API emulator.
chat: $(STAMP)
	$(BIN)/policybot chat

## Lint, type-check (mypy: strict on knowledge/ and scheduler/, see pyproject.toml), then the whole
## test suite (PostgreSQL tests run when the server answers; under CI=true they must).
test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python -m benchmarks --quick

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache
