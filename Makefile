# Every target builds its own virtual environment from pyproject.toml, so a fresh machine
# needs nothing but Python 3.10+ and access to the package registry.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
JOBS    ?= auto

.PHONY: demo test eval bench fuzz clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[fast,files,dev]"
	touch $(STAMP)

## demo: screen the shipped demo drafts (a mix of clean and flawed documents); exits 0
demo: $(STAMP)
	$(BIN)/prescreen check corpora/demo --exit-zero --statistics

## test: the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider

## eval: precision and recall on corpora/clean and corpora/violations
eval: $(STAMP)
	$(BIN)/python scripts/evaluate.py

## bench: throughput and latency, as ratios against raw Aho-Corasick in the same run
bench: $(STAMP)
	$(BIN)/python bench/run.py

## fuzz: the property tests with many more generated inputs
fuzz: $(STAMP)
	PRESCREEN_FUZZ_EXAMPLES=200000 $(BIN)/python -m pytest -q -p no:cacheprovider tests -k "property or fuzz"

clean:
	rm -rf $(VENV) dist build .pytest_cache
