"""Fuzz every loader with atheris: any bytes must give Records or Rejects, never an exception.

Run a fixed budget with ``make fuzz`` (not part of the unit tests), e.g.::

    .venv/bin/python fuzz/fuzz_loaders.py -runs=20000 -max_len=4096

A crash is written by libFuzzer as ``crash-*`` in the working folder: copy it into
``tests/adversarial/`` as a regression input.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from discourse.corpus import _load
    from discourse.corpus._records import Record, Reject

NAMES = ["page.txt", "page.html", "brief.md", "table.csv", "rows.jsonl", "kremlin.jsonl", "t.parquet",
         "USA_79_2024.txt", "x.txt.gz"]
OPTIONS = _load._Options(None, {}, None, None)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name = NAMES[data[0] % len(NAMES)]
    items = list(_load._read_one(name, data[1:], "", name, OPTIONS))
    if not all(isinstance(i, (Record, Reject)) for i in items):
        raise AssertionError(f"{name}: loader yielded something else")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
