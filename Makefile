# SocDesk: `make run` opens the app on a demo district, `make test` runs every check.
# Both set up everything they need on a fresh Debian 12 machine (scripts/setup-system).

PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
RUNDATA := .run-data

.PHONY: run test setup system lint typecheck contracts pytest bench clean translations package package-test

setup: $(STAMP) translations

$(STAMP): pyproject.toml scripts/setup-system
	bash scripts/setup-system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	@# `shevchenko` (1.0) and `shevchenko-py` install the same `shevchenko` package: remove both
	@# so that an old venv ends, as a fresh one does, with only shevchenko-py's files.
	$(BIN)/pip uninstall --quiet --quiet --yes shevchenko shevchenko-py
	$(BIN)/pip install --quiet -e '.[server,test]'
	touch $(STAMP)

translations: $(STAMP)
	@for ts in resources/translations/*.ts; do \
	  [ -e "$$ts" ] || continue; \
	  $(BIN)/pyside6-lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; \
	done

run: setup
	@if [ -z "$$(ls -A $(RUNDATA) 2>/dev/null)" ]; then \
	  $(BIN)/socdesk demo --data-dir $(RUNDATA) --recipients 800 --seed 1; \
	fi
	$(BIN)/socdesk --data-dir $(RUNDATA)

lint: setup
	$(BIN)/ruff check socdesk tests bench scripts
	$(BIN)/ruff format --check socdesk tests bench scripts

typecheck: setup
	$(BIN)/mypy socdesk

contracts: setup
	$(BIN)/lint-imports

# pytest exits 5 when it collects no tests; that is not a failure of the tree.
pytest: setup
	QT_QPA_PLATFORM=offscreen bash scripts/pg-test -- $(BIN)/python -m pytest; \
	  rc=$$?; if [ $$rc -eq 5 ]; then echo "pytest: no tests collected"; rc=0; fi; exit $$rc

test: lint typecheck contracts pytest

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

# The desktop packages into dist/: a Debian 12 .deb (Briefcase, offline, the template in
# installers/, configuration briefcase.toml) and a portable one-folder PyInstaller build
# (.tar.gz). Briefcase and PyInstaller go into a build venv of their own, .package-venv.
package: setup
	bash scripts/package

# Installs what `make package` built into a clean place, starts it under Xvfb and checks that
# the main window appears with Ukrainian text (minutes; root; not part of `make test`).
package-test:
	bash scripts/package-test

clean:
	rm -rf $(VENV) .package-venv build dist .mypy_cache .ruff_cache
