# Two commands a new user needs (see README):
#   make demo   install, ingest the seed article into ./claims.duckdb, print its claims
#   make test   install, type-check and run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: install demo test bench readme clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

install: $(VENV)/.installed

demo: install
	$(BIN)/claims ingest seeds/
	$(BIN)/claims sql --saved seed_summary

test: install
	$(BIN)/python -m mypy
	$(BIN)/python -m pytest

bench: install
	for script in bench/*.py; do $(BIN)/python $$script || exit 1; done

readme: install
	$(BIN)/python scripts/render_readme.py

clean:
	rm -rf $(VENV) claims.duckdb claims.duckdb.wal
