"""Draw the held-out pages for the Chinese and Russian quote gold (issue 18), after the first
rules were measured on ``../zhru_actors/sample.csv`` and before any change to them.

Run from the repository root (needs ../shared/data/zh_official and ../shared/data/ru_official):

    .venv/bin/python tests/data/zhru_quotes/heldout_sample.py

Writes tests/data/zhru_quotes/heldout_sample.csv: 8 Chinese MFA spokesperson pages (2016-19), 8
People's Daily international commentaries (2019-20; a source the rules never saw) and 12 Russian
kremlin.ru and mid.ru texts, none of them in the development sample, drawn with seed 20261206, at
most one a month per source; coded to ``window_end`` as in the development sample.
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "zhru_actors"))
from sample import SHARED, draw  # noqa: E402  (same drawing and window as the development sample)

SOURCES = {"mfa_zh": (SHARED / "zh_official" / "mfa_spokesperson_zh_2016-2019.jsonl.gz", 8),
           "peoples_daily": (SHARED / "zh_official" / "peoples_daily_theory_intl_2019-2020.csv.gz", 8),
           "ru_official": (SHARED / "ru_official" / "ru_official_kremlin_mid_sample.jsonl.gz", 12)}


def main() -> None:
    rng = np.random.default_rng(20261206)
    used = set(pd.read_csv(HERE.parent / "zhru_actors" / "sample.csv")["doc_id"])
    table = pd.concat([draw(name, path, n, rng, exclude=used) for name, (path, n) in SOURCES.items()],
                      ignore_index=True)
    table.insert(0, "number", range(1, len(table) + 1))
    table.to_csv(HERE / "heldout_sample.csv", index=False)
    print(table.to_string())


if __name__ == "__main__":
    main()
