# Two commands from a fresh clone (only Python 3.11+ and make needed):
#   make run    install, load the bundled corpora (summary, out/corpus/), run the flagship recipe
#   make test   install, lint (ruff), then run the whole test suite
PY ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PY)

CORPORA := corpora/seed/000_dc699da55f7d4812.txt corpora/ungdc/*.tar.xz corpora/kremlin/*.jsonl \
           corpora/whitehouse/*.md corpora/wikinews/*.csv

.PHONY: run test lint install clean bench fuzz browser

$(UV):
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --upgrade pip
	$(TOOLS)/bin/python -m pip install --quiet "uv==0.13.9" "ruff==0.17.5"

# --compile-bytecode: every module compiled once here, not in every process that imports it
# (where PYTHONDONTWRITEBYTECODE is set, as on CI machines, each `discourse` call and test
# subprocess would otherwise compile some 2,000 modules: about 4 s).
.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --extra test --compile-bytecode
	.venv/bin/python -m compileall -q discourse
	touch $@

install: .venv/.installed

run: install
	.venv/bin/discourse load -q $(wildcard $(CORPORA)) -o out/corpus
	.venv/bin/discourse run docs/recipes/central_asia/recipe.toml -o out/central_asia

test: install
	@$(MAKE) --no-print-directory lint
	.venv/bin/python -m pytest

# Lint: pyflakes' checks and syntax errors only (--select F,E9: pyproject's [tool.ruff] sets the
# line length but no rules, and ruff's default rule set changes between versions). Notebooks are
# left out. ruff is installed beside uv in .tools on a fresh machine; the first ruff found runs
# (the venv's, .tools/bin/ruff, one on the PATH); with none (an old .tools) the lint is skipped
# with a note.
RUFF_ARGS := check --select F,E9 --extend-exclude '*.ipynb' .
lint:
	@if [ -x .venv/bin/python ] && .venv/bin/python -m ruff --version >/dev/null 2>&1; then \
		echo ".venv/bin/python -m ruff $(RUFF_ARGS)"; .venv/bin/python -m ruff $(RUFF_ARGS); \
	elif [ -x $(TOOLS)/bin/ruff ]; then \
		echo "$(TOOLS)/bin/ruff $(RUFF_ARGS)"; $(TOOLS)/bin/ruff $(RUFF_ARGS); \
	elif command -v ruff >/dev/null 2>&1; then \
		echo "ruff $(RUFF_ARGS)"; ruff $(RUFF_ARGS); \
	else \
		echo "lint skipped: ruff is not installed (not in .venv, $(TOOLS)/bin or on the PATH)"; \
	fi

# The explorer's browser tests and benchmark drive Debian's chromium through chromedriver, and
# firefox-esr through WebDriver BiDi. Without them those tests are skipped, saying so. This installs
# them (as root, with apt).
BROWSERS := chromium chromium-driver firefox-esr
browser:
	apt-get install -y --no-install-recommends $(BROWSERS) \
		|| (apt-get update && apt-get install -y --no-install-recommends $(BROWSERS))

# Benchmarks: by hand, not part of the tests (they read ../shared/data when it is there).
bench: install
	$(UV) sync --locked --extra test --extra bench --compile-bytecode
	.venv/bin/python benchmarks/load_ungdc.py
	.venv/bin/python benchmarks/mentions.py
	.venv/bin/python benchmarks/frames.py
	.venv/bin/python benchmarks/sentiment.py
	.venv/bin/python benchmarks/embeddings.py $(if $(REFERENCE_PYTHON),--reference-python $(REFERENCE_PYTHON))
	.venv/bin/python benchmarks/pipeline.py
	.venv/bin/python benchmarks/cli_default.py
	.venv/bin/python benchmarks/recipe_default.py
	.venv/bin/python benchmarks/big_file.py
	.venv/bin/python benchmarks/many_files.py
	.venv/bin/python benchmarks/pathological.py
	.venv/bin/python benchmarks/explore.py

# Fuzzing: a fixed budget per run, outside the unit tests (atheris from PyPI).
FUZZ_RUNS ?= 200000
fuzz: install
	$(UV) pip install --python .venv/bin/python "atheris>=2.3"
	mkdir -p out && cd out && ../.venv/bin/python ../fuzz/fuzz_loaders.py -runs=$(FUZZ_RUNS) -max_len=4096 -len_control=0 -seed=1
	cd out && ../.venv/bin/python ../fuzz/fuzz_recipes.py -runs=$(FUZZ_RUNS) -max_len=2048 -seed=1
	cd out && ../.venv/bin/python ../fuzz/fuzz_corpus.py -runs=$(shell expr $(FUZZ_RUNS) / 40) -max_len=256 -seed=1

clean:
	rm -rf .venv $(TOOLS) out
