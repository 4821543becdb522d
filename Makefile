# The two ways into the archive: `make run` (install, ingest seeds/, serve) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install browser postgresql ingest serve bench

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

# Debian's PostgreSQL for the second pass: the tests start servers of their own (no system cluster needed).
postgresql:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; }

# The tests run on every core (pytest-xdist): each worker builds its own session fixtures in its own temp dirs.
# The second pass runs the tests that read or write the archive again with every archive on PostgreSQL.
POSTGRESQL_TESTS := tests/archive tests/jobs tests/test_cli.py tests/web/routes tests/web/test_serving.py
test: install browser postgresql
	$(BIN)/pytest -q -n auto
	$(BIN)/pytest -q -n auto --database postgresql -m "not browser" $(POSTGRESQL_TESTS)

bench: install
	$(BIN)/python bench/search_bench.py
