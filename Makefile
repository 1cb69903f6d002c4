# Two commands from a fresh clone (only Python 3.11+ and make needed):
#   make run    install, load the bundled corpora (summary, out/corpus/), run the flagship recipe
#   make test   install, then run the whole test suite
PY ?= python3
TOOLS := .tools
UV := $(TOOLS)/bin/uv
export UV_PYTHON_DOWNLOADS := never
export UV_PYTHON := $(PY)

CORPORA := corpora/seed/000_dc699da55f7d4812.txt corpora/ungdc/*.tar.xz corpora/kremlin/*.jsonl \
           corpora/whitehouse/*.md corpora/wikinews/*.csv

.PHONY: run test install clean bench fuzz

$(UV):
	$(PY) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --upgrade pip
	$(TOOLS)/bin/python -m pip install --quiet "uv==0.13.9"

.venv/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --extra test
	touch $@

install: .venv/.installed

run: install
	.venv/bin/discourse load -q $(wildcard $(CORPORA)) -o out/corpus
	.venv/bin/discourse run docs/recipes/central_asia/recipe.toml -o out/central_asia

test: install
	.venv/bin/python -m pytest

# Benchmarks: by hand, not part of the tests (they read ../shared/data when it is there).
bench: install
	$(UV) sync --locked --extra test --extra bench
	.venv/bin/python benchmarks/load_ungdc.py
	.venv/bin/python benchmarks/mentions.py
	.venv/bin/python benchmarks/frames.py
	.venv/bin/python benchmarks/sentiment.py
	.venv/bin/python benchmarks/embeddings.py $(if $(REFERENCE_PYTHON),--reference-python $(REFERENCE_PYTHON))
	.venv/bin/python benchmarks/pipeline.py
	.venv/bin/python benchmarks/big_file.py
	.venv/bin/python benchmarks/many_files.py
	.venv/bin/python benchmarks/pathological.py

# Fuzzing: a fixed budget per run, outside the unit tests (atheris from PyPI).
FUZZ_RUNS ?= 200000
fuzz: install
	$(UV) pip install --python .venv/bin/python "atheris>=2.3"
	mkdir -p out && cd out && ../.venv/bin/python ../fuzz/fuzz_loaders.py -runs=$(FUZZ_RUNS) -max_len=4096 -len_control=0 -seed=1
	cd out && ../.venv/bin/python ../fuzz/fuzz_recipes.py -runs=$(FUZZ_RUNS) -max_len=2048 -seed=1
	cd out && ../.venv/bin/python ../fuzz/fuzz_corpus.py -runs=$(shell expr $(FUZZ_RUNS) / 40) -max_len=256 -seed=1

clean:
	rm -rf .venv $(TOOLS) out
