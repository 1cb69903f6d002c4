"""Draw the second Wikinews batch: run from the repository root.

    .venv/bin/python tests/data/wikinews_quotes2/sample.py    # writes sample.csv here

The 2019 articles the first batch (``../wikinews_quotes/``) did not code, whose body (as
``discourse.load`` gives it) has at least six straight double quotation marks, in url order;
every second one of them, so that the batch spreads over the whole list. Deterministic.
"""

from __future__ import annotations

import json
from pathlib import Path

import discourse as dx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]


def main() -> None:
    coded = {json.loads(line)["url"] for line in (HERE.parent / "wikinews_quotes" / "annotations.jsonl")
             .read_text("utf-8").splitlines()}
    docs = dx.load(ROOT / "corpora" / "wikinews" / "wikinews_2019.csv", progress=False).documents
    docs = docs[~docs["url"].isin(coded) & (docs["text"].str.count('"') >= 6)].sort_values("url")
    picked = docs.iloc[::2]
    picked[["url", "title"]].assign(item=range(1, len(picked) + 1))[["item", "url", "title"]].to_csv(
        HERE / "sample.csv", index=False)
    print(len(docs), "eligible,", len(picked), "drawn")


if __name__ == "__main__":
    main()
