"""Make the VADER reference scores that tests/features/test_sentiment.py compares against.

Run once from the repository root, with the reference package installed (it is in the
``test`` extra) and ../shared/data/vader beside the checkout:

    .venv/bin/python tests/reference/vader_reference.py

1. Copies a deterministic sample of real ground-truth sentences (Hutto & Gilbert 2014) into
   ``tests/data/vader/groundtruth_sample.tsv``: every 60th line of each of the four
   ``*_GroundTruth.txt`` files, plus the first 20 lines of each that exercise a rule
   ("but", negation, ALL CAPS, "kind of", "least", emoji or "?"/"!" marks).
2. Scores that sample and the hand-written ``tests/data/vader/edge_cases.jsonl`` with
   ``vaderSentiment.vaderSentiment.SentimentIntensityAnalyzer().polarity_scores`` and writes
   ``tests/reference/vader_reference.jsonl`` (one JSON object per text; floats as repr).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import vaderSentiment
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data" / "vader"
DATA = ROOT / "tests" / "data" / "vader"
OUT = ROOT / "tests" / "reference" / "vader_reference.jsonl"
SETS = ("tweets", "nytEditorialSnippets", "movieReviewSnippets", "amazonReviewSnippets")
RULES = re.compile(r"\bbut\b|n't\b|\bnot\b|\bno\b|\bnever\b|\bwithout\b|\bkind of\b|\bleast\b"
                   r"|\b[A-Z]{3,}\b|[?!]{2}|[^\x00-\x7f]", re.IGNORECASE)


def read_groundtruth(path: Path) -> list[list[str]]:
    """Read ``id<TAB>mean<TAB>text`` lines (CRLF, no quoting, maybe a BOM)."""
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def sample() -> list[tuple[str, str, str, str]]:
    rows = []
    for name in SETS:
        lines = read_groundtruth(SHARED / f"{name}_GroundTruth.txt")
        keep = {k for k in range(len(lines)) if k % 60 == 59}
        ruled = [k for k in range(len(lines)) if k not in keep and RULES.search(lines[k][2])]
        keep.update(ruled[:20])
        rows += [(name, *lines[k]) for k in sorted(keep)]
    return rows


def write_sample(rows) -> None:
    with open(DATA / "groundtruth_sample.tsv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n",
                            quotechar=None)
        writer.writerow(["set", "id", "mean", "text"])
        writer.writerows(rows)


def main() -> int:
    if SHARED.exists():
        write_sample(sample())
    with open(DATA / "groundtruth_sample.tsv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    edges = [json.loads(line) for line in (DATA / "edge_cases.jsonl").read_text("utf-8").splitlines()]
    analyzer = SentimentIntensityAnalyzer()
    with open(OUT, "w", encoding="utf-8") as fh:
        for kind, items in (("groundtruth", rows), ("edge", edges)):
            for k, item in enumerate(items):
                key = f"{item['set']}:{item['id']}" if kind == "groundtruth" else f"edge:{k}"
                scores = analyzer.polarity_scores(item["text"])
                fh.write(json.dumps({"key": key, "text": item["text"], **scores},
                                    ensure_ascii=False) + "\n")
    print(f"vaderSentiment {getattr(vaderSentiment, '__version__', '3.3.2')}: "
          f"{len(rows)} ground-truth and {len(edges)} edge-case texts -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
