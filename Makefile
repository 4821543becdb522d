# The two ways into the archive: `make run` (install, ingest seeds/, serve) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install browser ingest serve bench

$(BIN)/zhenzhi: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/zhenzhi

ingest: install
	$(BIN)/zhenzhi ingest seeds

serve: install
	$(BIN)/zhenzhi serve --host $(HOST) --port $(PORT)

run: ingest serve

# Debian's Chromium and CJK fonts serve the browser tests (browsers cannot be downloaded here).
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk; }

# The tests run on every core (pytest-xdist): each worker builds its own session fixtures in its own temp dirs.
test: install browser
	$(BIN)/pytest -q -n auto

bench: install
	$(BIN)/python bench/search_bench.py
