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

# Two workers a core: the sync tests' workers wait on the server processes they start, and the
# other workers keep the cores busy meanwhile (measured on 2 cores: -n 2 192 s, -n 3 178 s,
# -n 4 169 s).
pytest: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --numprocesses $$(( 2 * $$(nproc) )) --dist loadfile --no-loadscope-reorder

# Lint (~14 s of one core) runs beside pytest instead of before it; its output is shown after
# the tests, and either failing fails `make test`.
test: $(STAMP)
	@mkdir -p out; $(MAKE) --no-print-directory lint >out/lint.log 2>&1 & lint=$$!; \
	$(MAKE) --no-print-directory pytest; tests=$$?; \
	wait $$lint; linted=$$?; cat out/lint.log; \
	if [ $$linted -ne 0 ]; then echo "make test: lint failed" >&2; exit $$linted; fi; \
	exit $$tests

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks --out out/benchmarks.json

build: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN build.spec

smoke: build
	QT_QPA_PLATFORM=offscreen PYTHON=$(BIN)/python scripts/smoke-frozen.sh dist/gridwarden/gridwarden

clean:
	rm -rf build dist out .pytest_cache .mypy_cache .ruff_cache
