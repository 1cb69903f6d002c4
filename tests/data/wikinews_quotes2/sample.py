"""Draw the second, third or fourth Wikinews batch: run from the repository root.

    .venv/bin/python tests/data/wikinews_quotes2/sample.py      # writes sample.csv here
    .venv/bin/python tests/data/wikinews_quotes2/sample.py 3    # ../wikinews_quotes3/sample.csv
    .venv/bin/python tests/data/wikinews_quotes2/sample.py 4    # ../wikinews_quotes4/sample.csv

The 2019 articles the first batch (``../wikinews_quotes/``) did not code, in url order. Those whose
body (as ``discourse.load`` gives it) has at least six straight double quotation marks: the second
batch is every second one of them from the first (so that it spreads over the whole list), the
third batch the others. The fourth batch is all the rest (fewer marks: mostly reported speech).
Deterministic.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import discourse as dx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def main(batch: int = 2) -> None:
    coded = {json.loads(line)["url"] for line in (HERE.parent / "wikinews_quotes" / "annotations.jsonl")
             .read_text("utf-8").splitlines()}
    docs = dx.load(ROOT / "corpora" / "wikinews" / "wikinews_2019.csv", progress=False).documents
    marked = docs["text"].str.count('"') >= 6
    docs = docs[~docs["url"].isin(coded) & (marked if batch < 4 else ~marked)].sort_values("url")
    picked = docs.iloc[batch - 2::2] if batch < 4 else docs
    out = HERE.parent / f"wikinews_quotes{batch}" / "sample.csv"
    picked[["url", "title"]].assign(item=range(1, len(picked) + 1))[["item", "url", "title"]].to_csv(
        out, index=False)
    print(len(docs), "eligible,", len(picked), "drawn")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2)
