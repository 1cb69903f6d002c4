"""Draw development items for quotes and speakers from the held-out kinds of source (issue 17).

Run from the repository root (needs ../shared/data/kremlin_en and ../shared/data/mfa_pressers_en):

    .venv/bin/python tests/data/quotes_dev/sample.py

The gold of `../kremlin_quotes/` (60 Kremlin news items) and `../press_quotes/` (20 MFA pages) is
held out: no error of the library on it is read. To study errors on those kinds of text without
reading the held-out items, this draws other items of the same sources, disjoint from them: 30
en.kremlin.ru news items written as prose (the rules of `../kremlin_quotes/sample.py`) and 12 China
MFA press conferences of 2018-19 (the opening window of `../press_quotes/sample.py`), seed
20261205. Writes `sample.csv` (number, corpus, doc_id, url, published, title, window_end).

``sample.py --second`` draws a second batch once the first was read: 30 more Kremlin news items,
disjoint from the held-out items and from `sample.csv` (seed 20261206), numbered on from it, to
`sample2.csv`. ``sample.py --third`` draws a third batch once the second was read: 12 more MFA
press conferences, disjoint from the held-out pages and the first batch (seed 20261207), numbered
on from the second, to `sample3.csv`.
"""

import sys
from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[2].parent / "shared" / "data"
KREMLIN = SHARED / "kremlin_en" / "kremlin_en_news_1999-2020.jsonl.gz"
MFA = SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz"
REPORTING = r"\b(?:said|noted|stressed|added|told|stated|emphasised|pointed out|according to)\b"
WINDOW = 6000


def _held_out() -> set:
    return set(pd.read_csv(HERE.parent / "kremlin_quotes" / "sample.csv")["doc_id"]) | \
        set(pd.read_csv(HERE.parent / "press_quotes" / "sample.csv")["doc_id"])


def window_end(text: str) -> int:
    """The end of the paragraph holding character WINDOW (the whole text when shorter)."""
    if len(text) <= WINDOW:
        return len(text)
    cut = text.find("\n", WINDOW)
    return len(text) if cut < 0 else cut


def kremlin(rng, held: set, n: int = 30) -> pd.DataFrame:
    corpus = dx.load(KREMLIN, progress=False)
    docs = corpus.documents
    turns = set(corpus.quotes.loc[corpus.quotes["kind"] == "turn", "doc_id"])
    length = docs["text"].str.len()
    prose = docs[~docs["doc_id"].isin(turns | held) & length.between(600, 6000)
                 & (docs["text"].str.contains("[“\"]", regex=True) | docs["text"].str.contains(REPORTING, regex=True))]
    prose = prose.assign(year=prose["published"].dt.year).sort_values("doc_id")
    picked = prose.iloc[rng.permutation(len(prose))].groupby("year").head(2).head(n).sort_values("published")
    return picked.assign(corpus="kremlin", window_end=picked["text"].str.len())


def mfa(rng, held: set, n: int = 12) -> pd.DataFrame:
    docs = dx.load(MFA, progress=False).documents
    docs = docs[(docs["text"].str.len() >= 2000) & ~docs["doc_id"].isin(held)].sort_values("doc_id")
    docs = docs.assign(quarter=docs["published"].dt.to_period("Q").astype(str))
    picked = docs.iloc[rng.permutation(len(docs))].groupby("quarter").head(2).head(n).sort_values("published")
    return picked.assign(corpus="mfa_en", window_end=[window_end(t) for t in picked["text"]])


def main(second: bool = False, third: bool = False) -> None:
    if third:
        first, before = pd.read_csv(HERE / "sample.csv"), pd.read_csv(HERE / "sample2.csv")
        table = mfa(np.random.default_rng(20261207), _held_out() | set(first["doc_id"]))
        start, out = int(before["number"].max()) + 1, HERE / "sample3.csv"
    elif second:
        first = pd.read_csv(HERE / "sample.csv")
        table = kremlin(np.random.default_rng(20261206), _held_out() | set(first["doc_id"]))
        start, out = len(first) + 1, HERE / "sample2.csv"
    else:
        rng, held = np.random.default_rng(20261205), _held_out()
        table = pd.concat([kremlin(rng, held), mfa(rng, held)], ignore_index=True)
        start, out = 1, HERE / "sample.csv"
    table = table[["corpus", "doc_id", "url", "published", "title", "window_end"]]
    table.insert(0, "number", range(start, start + len(table)))
    table.to_csv(out, index=False)
    print(table.groupby("corpus").size().to_string())


if __name__ == "__main__":
    main("--second" in sys.argv[1:], "--third" in sys.argv[1:])
