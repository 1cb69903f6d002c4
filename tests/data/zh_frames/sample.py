"""Draw the Chinese pages for the frame-recall gold (issue 18), before any Chinese pattern exists.

Run from the repository root (needs ../shared/data/zh_official):

    .venv/bin/python tests/data/zh_frames/sample.py

Writes tests/data/zh_frames/sample.csv: 20 Chinese MFA spokesperson pages (2016-11..2019-12)
and 4 People's Daily diplomacy commentaries (2019-20), at most one a month, drawn with seed
20261204; each is read in full by the coders. Every occurrence of a
``china_diplomatic`` formulation is coded as an offset pair into the text as ``dx.load`` gives it.
Both sources are copyrighted: the gold keeps offsets and the few characters of each wording.
"""

from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "data" / "zh_official"
SOURCES = {"mfa_zh": (SHARED / "mfa_spokesperson_zh_2016-2019.jsonl.gz", 20),
           "peoples_daily": (SHARED / "peoples_daily_theory_intl_2019-2020.csv.gz", 4)}


def draw(name: str, path: Path, n: int, rng) -> pd.DataFrame:
    docs = dx.load(path, progress=False).documents
    docs = docs[docs["text"].str.len().between(1500, 15000)].sort_values("doc_id")
    docs = docs.assign(month=docs["published"].dt.strftime("%Y-%m"))
    picked = docs.iloc[rng.permutation(len(docs))].groupby("month").head(1)
    picked = picked.iloc[np.sort(rng.choice(len(picked), size=n, replace=False))]
    return picked.sort_values("published").assign(corpus=name, characters=picked["text"].str.len())[
        ["corpus", "doc_id", "url", "published", "title", "characters"]]


def main() -> None:
    rng = np.random.default_rng(20261204)
    table = pd.concat([draw(name, path, n, rng) for name, (path, n) in SOURCES.items()], ignore_index=True)
    table.insert(0, "number", range(1, len(table) + 1))
    table.to_csv(HERE / "sample.csv", index=False)
    print(table.to_string())


if __name__ == "__main__":
    main()
