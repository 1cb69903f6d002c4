"""Fuzz the recipe reader and the filter and formula languages with atheris.

Any bytes must give a checked recipe or a :class:`~discourse.DiscourseError`, never another
exception, and nothing in a recipe may run: a filter that parses is only ever evaluated by
our own code, and a formula that passes the check holds only columns and allowed terms.

    .venv/bin/python fuzz/fuzz_recipes.py -runs=20000 -max_len=2048
"""

from __future__ import annotations

import os
import sys
import tempfile

import atheris

with atheris.instrument_imports():
    import pandas as pd

    from discourse import DiscourseError
    from discourse._expr import evaluate, parse_where
    from discourse.recipes._schema import read_recipe
    from discourse.stats._formula import check_formula

TABLE = pd.DataFrame({"frame": ["win_win", "sovereignty"], "year": [2019, 2020], "count": [1, 0],
                      "source": ["A", None]})
FOLDER = tempfile.mkdtemp()


def test_one_input(data: bytes) -> None:
    if not data:
        return
    kind, body = data[0] % 3, data[1:]
    text = body.decode("utf-8", "replace")
    try:
        if kind == 0:
            path = os.path.join(FOLDER, "r.toml")
            with open(path, "wb") as fh:
                fh.write(body)
            read_recipe(path)
        elif kind == 1:
            mask = evaluate(parse_where(text), TABLE)
            assert len(mask) == len(TABLE) and mask.dtype == bool
        else:
            checked = check_formula(text, TABLE.columns)
            assert check_formula(checked, TABLE.columns) == checked
    except DiscourseError:
        pass


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
