# Every target bootstraps its own virtualenv: a fresh machine needs only Python 3.11.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export PYTHONPATH := src

.PHONY: run test test-postgres test-browser check fmt messages venv clean train bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,redis]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(PY) -m django migrate --noinput --settings=cocon.config.settings
	$(PY) -m django seed_demo --settings=cocon.config.settings
	@echo ""
	@echo "  Cocon is running at http://127.0.0.1:8000/"
	@echo ""
	$(PY) -m django runserver 127.0.0.1:8000 --settings=cocon.config.settings

test: $(STAMP)
	$(PY) -m pytest -m "not browser and not slow" -p no:cacheprovider

test-postgres: $(STAMP)
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test} $(PY) -m pytest -m "not browser" -p no:cacheprovider

test-browser: $(STAMP)
	$(PY) -m pytest -m browser -p no:cacheprovider

check: $(STAMP)
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

fmt: $(STAMP)
	$(VENV)/bin/ruff format src tests bench
	$(VENV)/bin/ruff check --fix src tests bench

messages: $(STAMP)
	bash tools/messages.sh

train: $(STAMP)
	$(PY) -m cocon.guard train
	$(PY) -m cocon.guard train --deep
	$(PY) -m cocon.guard typos

bench: $(STAMP)
	$(PY) -m cocon.guard bench

clean:
	rm -rf $(VENV) var/*.sqlite3
