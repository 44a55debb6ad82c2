# Two commands for a newcomer:  make demo  and  make test.
# Each sets up what it needs (a virtualenv in .venv, and for the tests the
# Debian packages they start) and then runs.

VENV   ?= .venv
PYTHON ?= python3
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: setup demo test bench bench-real system-packages pywb clean

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

# pywb (for `chancery replay`) pins old libraries and ships brotlipy, which shadows
# the brotli module Scrapy uses: it gets a virtualenv of its own.
PYWB_VENV = .venv-pywb
pywb: $(PYWB_VENV)/.installed

$(PYWB_VENV)/.installed:
	$(PYTHON) -m venv $(PYWB_VENV)
	$(PYWB_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(PYWB_VENV)/bin/python -m pip install --quiet 'pywb>=2.8'
	touch $@

# Two pytest processes (pytest-xdist), each test file in one of them: the crawl tests
# wait on their sites' delays much of the time.
test: setup system-packages pywb
	$(PY) -m pytest -q -n 2 --dist loadfile

# The crawl benchmark (docs/performance.md): each run three times in turn, the medians;
# then the crawl process's peak RSS at 2,000, 5,000 and 20,000 articles.
# PAGES=1000 REPEAT=1 MEMORY=500,2000 make bench for a quick one.
PAGES ?= 5000
REPEAT ?= 3
MEMORY ?= 2000,5000,20000
bench: setup system-packages
	$(PY) -m bench.crawl --pages $(PAGES) --repeat $(REPEAT)
	$(PY) -m bench.crawl --memory $(MEMORY)

# The real-page crawl (docs/discovery.md): the shared real pages behind a plain section;
# then its speed against trafilatura on them (docs/performance.md).
bench-real: setup
	$(PY) -m bench.real_pages
	$(PY) -m bench.real_speed

clean:
	rm -rf $(VENV) $(PYWB_VENV) data test-artifacts .pytest_cache
