# Two commands for a newcomer:  make demo  and  make test.
# Each sets up what it needs (a virtualenv in .venv, and for the tests the
# Debian packages they start) and then runs.

VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: setup demo test system-packages clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: setup
	$(VENV)/bin/chancery demo

system-packages:
	@bash scripts/system-packages.sh

test: setup system-packages
	$(PY) -m pytest -q

clean:
	rm -rf $(VENV) data test-artifacts .pytest_cache
