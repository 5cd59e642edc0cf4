# Quick start (README): `make run` sets up and launches the app on a demo district;
# `make test` runs the whole suite headless (lint, types, tests).
PYTHON ?= python3
# Some machines set PYTHONDONTWRITEBYTECODE=1: then every process compiles every module again,
# and pytest re-rewrites the asserts of ~490 modules (its plugins' packages, hypothesis and
# schemathesis among them) in every worker, ~4 s of CPU each. Bytecode caches are written here.
unexport PYTHONDONTWRITEBYTECODE
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint pytest bench build smoke clean system

system:
	@scripts/system-deps.sh

$(STAMP): pyproject.toml constraints.txt | system
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test,build]'
	touch $(STAMP)

# With no screen (a server, CI), the app starts offscreen and leaves a picture of its window.
run: $(STAMP)
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ]; then $(BIN)/gridwarden --demo; else \
	  echo "No display: starting offscreen; the window is saved to out/demo.png"; \
	  mkdir -p out; QT_QPA_PLATFORM=offscreen $(BIN)/gridwarden --demo --screenshot out/demo.png \
	  && echo "Saved out/demo.png"; fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# One worker more than cores: the sync tests' workers wait on the server processes they start,
# and the extra worker keeps the cores busy meanwhile; each worker also repeats the fixed costs
# (collection, template stores, servers). Measured on 2 cores (pytest alone, after the shared
# compiled SQL): -n 2 165 s, -n 3 153 s, -n 4 162 s.
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --numprocesses $$(( $$(nproc) + 1 )) --dist loadfile --no-loadscope-reorder

# Lint (~15 s of one core) runs beside pytest instead of before it, at the lowest priority so
# that it takes the cores' idle moments (workers waiting on servers) rather than the tests'
# time; its output is shown after the tests, and either failing fails `make test`.
test: $(STAMP)
	@mkdir -p out; nice -n 19 $(MAKE) --no-print-directory lint >out/lint.log 2>&1 & lint=$$!; \
	$(MAKE) --no-print-directory pytest; tests=$$?; \
	wait $$lint; linted=$$?; cat out/lint.log; \
	if [ $$linted -ne 0 ]; then echo "make test: lint failed" >&2; exit $$linted; fi; \
	exit $$tests

# The load test's simulated devices need locust (the `bench` extra), which the app does not.
bench: $(STAMP)
	$(BIN)/pip install --quiet -c constraints.txt -e '.[bench]'
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --out out/benchmarks.json

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

smoke: build
	QT_QPA_PLATFORM=offscreen PYTHON=$(BIN)/python scripts/smoke-frozen.sh dist/gridwarden/gridwarden

clean:
	rm -rf build dist out .pytest_cache .mypy_cache .ruff_cache
