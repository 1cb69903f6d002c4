"""Draw the pages for the Chinese and Russian actor-mention gold (issue 18), before any
Chinese or Russian name was in the registry's default version.

Run from the repository root (needs ../shared/data/zh_official and ../shared/data/ru_official):

    .venv/bin/python tests/data/zhru_actors/sample.py

Writes tests/data/zhru_actors/sample.csv: 12 Chinese MFA spokesperson pages (2016-19) and 12
Russian kremlin.ru and mid.ru texts, drawn with seed 20261205, at most one a month; only the
opening of each is coded: up to the end of the paragraph holding its 2,500th character
(``window_end``, an offset into the text as ``dx.load`` gives it). The pages are copyrighted
(kremlin.ru texts are CC BY 4.0): the gold keeps offsets and the few characters of each name.
"""

from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "data"
SOURCES = {"mfa_zh": SHARED / "zh_official" / "mfa_spokesperson_zh_2016-2019.jsonl.gz",
           "ru_official": SHARED / "ru_official" / "ru_official_kremlin_mid_sample.jsonl.gz"}
WINDOW = 2500


def window_end(text: str) -> int:
    """The end of the paragraph holding character WINDOW (the whole text when shorter)."""
    if len(text) <= WINDOW:
        return len(text)
    cut = text.find("\n", WINDOW)
    return len(text) if cut < 0 else cut


def draw(name: str, path: Path, n: int, rng, exclude=frozenset()) -> pd.DataFrame:
    docs = dx.load(path, progress=False).documents
    docs = docs[(docs["text"].str.len() >= 1500) & ~docs["doc_id"].isin(exclude)].sort_values("doc_id")
    docs = docs.assign(month=docs["published"].dt.strftime("%Y-%m"))
    picked = docs.iloc[rng.permutation(len(docs))].groupby("month").head(1)
    picked = picked.iloc[np.sort(rng.choice(len(picked), size=min(n, len(picked)), replace=False))]
    # The list below is in draw order and lands on the rows sorted by date: ``window_end`` is then the
    # window of another drawn page, capped by nothing. The coders and the validations all cut at the
    # value in the CSV, so the gold is consistent; kept as it is so that the CSVs reproduce.
    return picked.sort_values("published").assign(corpus=name, window_end=[window_end(t) for t in picked["text"]])[
        ["corpus", "doc_id", "url", "published", "title", "window_end"]]


def main() -> None:
    rng = np.random.default_rng(20261205)
    table = pd.concat([draw(name, path, 12, rng) for name, path in SOURCES.items()], ignore_index=True)
    table.insert(0, "number", range(1, len(table) + 1))
    table.to_csv(HERE / "sample.csv", index=False)
    print(table.to_string())


if __name__ == "__main__":
    main()
