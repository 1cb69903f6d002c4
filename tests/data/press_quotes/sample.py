"""Draw the press-conference pages for the quotes-in-turns gold (issue 17), before any tuning.

Run from the repository root (needs ../shared/data/mfa_pressers_en and ../shared/data/wh_briefings):

    .venv/bin/python tests/data/press_quotes/sample.py

Writes tests/data/press_quotes/sample.csv: 20 China MFA regular press conferences (English,
2018-19) and 20 White House press briefings (2021-25), drawn with seed 20261204, spread over the
months. Only the opening of each page is coded: up to the end of the paragraph that holds its
6,000th character (``window_end``, an offset into the text as ``dx.load`` gives it).
MFA pages are copyrighted (the gold keeps offsets, not text); White House pages are public domain.
"""

from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "data"
SOURCES = {"mfa_en": SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz",
           "wh": SHARED / "wh_briefings" / "wh_press_briefings_2021-2025_md.tar.xz"}
WINDOW = 6000


def window_end(text: str) -> int:
    """The end of the paragraph holding character WINDOW (the whole text when shorter)."""
    if len(text) <= WINDOW:
        return len(text)
    cut = text.find("\n", WINDOW)
    return len(text) if cut < 0 else cut


def draw(name: str, path: Path, n: int, rng) -> pd.DataFrame:
    docs = dx.load(path, progress=False).documents
    docs = docs[docs["text"].str.len() >= 2000].sort_values("doc_id")
    docs = docs.assign(month=docs["published"].dt.strftime("%Y-%m"))
    picked = docs.iloc[rng.permutation(len(docs))].groupby("month").head(1).head(n).sort_values("published")
    return picked.assign(corpus=name, window_end=[window_end(t) for t in picked["text"]])[
        ["corpus", "doc_id", "url", "published", "title", "window_end"]]


def main() -> None:
    rng = np.random.default_rng(20261204)
    table = pd.concat([draw(name, path, 20, rng) for name, path in SOURCES.items()], ignore_index=True)
    table.insert(0, "number", range(1, len(table) + 1))
    table.to_csv(HERE / "sample.csv", index=False)
    print(table.groupby("corpus").size().to_string())


if __name__ == "__main__":
    main()
