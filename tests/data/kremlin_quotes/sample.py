"""Draw the Kremlin news items for the speaker gold (issue 17), before any tuning.

Run from the repository root (needs ../shared/data/kremlin_en):

    .venv/bin/python tests/data/kremlin_quotes/sample.py

Writes tests/data/kremlin_quotes/sample.csv: 60 en.kremlin.ru items written as news prose (no
speaker turns), 600 to 6,000 characters, at least one quotation mark or a reporting verb, drawn
with seed 20261203, spread over the years. Text: kremlin.ru, CC BY 4.0.
"""

from pathlib import Path

import numpy as np

import discourse as dx

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[2].parent / "shared" / "data" / "kremlin_en" / "kremlin_en_news_1999-2020.jsonl.gz"
REPORTING = r"\b(?:said|noted|stressed|added|told|stated|emphasised|pointed out|according to)\b"


def main() -> None:
    corpus = dx.load(SOURCE, progress=False)
    docs = corpus.documents
    turns = set(corpus.quotes.loc[corpus.quotes["kind"] == "turn", "doc_id"])
    length = docs["text"].str.len()
    prose = docs[~docs["doc_id"].isin(turns) & length.between(600, 6000)
                 & (docs["text"].str.contains("[“\"]", regex=True) | docs["text"].str.contains(REPORTING, regex=True))]
    prose = prose.assign(year=prose["published"].dt.year).sort_values("doc_id")
    rng = np.random.default_rng(20261203)
    picked = prose.iloc[rng.permutation(len(prose))].groupby("year").head(4).head(60).sort_values("published")
    picked[["doc_id", "url", "published", "title"]].assign(number=range(1, len(picked) + 1)).to_csv(
        HERE / "sample.csv", index=False)
    print(f"{len(prose)} prose items; {len(picked)} drawn, years {sorted(picked['year'].unique())}")


if __name__ == "__main__":
    main()
