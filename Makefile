# Everything a user needs: `make demo` and `make test` create the virtual environment on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DB ?= data/legalnews.db
PORT ?= 8001
STAMP := $(VENV)/.installed

.PHONY: demo test harvest serve daily cron bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

demo: $(STAMP)  ## harvest the bundled sample sites over loopback into data/demo.db
	@# Exit 1 is the demo's truth (one sample article was removed from its site: a 404); anything else fails.
	$(BIN)/legalnews demo || test $$? -eq 1

test: $(STAMP)  ## the whole test suite, after the linters and the type checker
	$(BIN)/ruff check pipeline tests bench samples
	$(BIN)/mypy pipeline
	$(BIN)/python -m pytest -q

harvest: $(STAMP)  ## harvest the live sources of sources.yaml into $(DB)
	$(BIN)/legalnews harvest --db $(DB)

serve: $(STAMP)  ## browse $(DB) with Datasette (read-only) on http://127.0.0.1:$(PORT)/
	$(BIN)/legalnews serve $(DB) --port $(PORT)

daily: $(STAMP)  ## what cron runs: harvest, translate, stories, events, digest, health
	$(BIN)/legalnews daily --db $(DB)

cron:  ## print the crontab line for this checkout
	@echo '30 6 * * * cd $(CURDIR) && set -a && . $$HOME/.config/legalnews/smtp.env && set +a && $(BIN)/legalnews daily -q --send'

# the blind sets of bench/devset/, each blind<N>a.yaml, b, c (blind13 also d): scored in the order they were written
BLIND_SETS = 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31

bench: $(STAMP)  ## benchmarks (tables on stdout)
	$(BIN)/python bench/harvest.py
	$(BIN)/python bench/http_client.py
	$(BIN)/python bench/extract.py
	$(BIN)/python bench/translate.py
	$(BIN)/python bench/events.py
	$(BIN)/python bench/events.py bench/devset/fresh.yaml
	for n in $(BLIND_SETS); do $(BIN)/python bench/events.py bench/devset/blind$$n[a-d].yaml || exit 1; done
	$(BIN)/python bench/stories.py
	$(BIN)/python bench/stories.py --devset bench/devset/fresh.yaml --no-samples --sizes
	for n in $(BLIND_SETS); do $(BIN)/python bench/stories.py --devset bench/devset/blind$$n[a-d].yaml --no-samples --sizes || exit 1; done
	$(BIN)/python bench/stages.py
	$(BIN)/python bench/langid.py
	$(BIN)/python bench/hostile.py

lint: $(STAMP)  ## ruff and mypy only
	$(BIN)/ruff check pipeline tests bench samples
	$(BIN)/mypy pipeline

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
