"""Benchmark: discourse's VADER against the reference vaderSentiment 3.3.2, side by side.

Run by hand or with ``make bench``:

    .venv/bin/python benchmarks/sentiment.py [ROUNDS]

Scores the 5,190 NYT editorial snippets of the VADER ground truth
(../shared/data/vader/nytEditorialSnippets_GroundTruth.txt; the 473-sentence test sample when
that is absent) with

- the reference: ``SentimentIntensityAnalyzer().polarity_scores`` on each text;
- ours, first pass: ``discourse.features.sentiment.vader(texts)`` with the per-token memo
  emptied before the pass (every token is new and worked out, as in a fresh process; the
  per-word data, built with the model, stays);
- ours, steady state: the same call again, its memo filled (as when scoring a large corpus).

The three run in turn in one process, seven rounds unless ROUNDS says otherwise; the best
time of each counts (machines here are shared and noisy, so the best time is the least
disturbed). It also checks that the scores of both passes equal the reference's.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

import numpy as np

from discourse.features import sentiment
from discourse.features._vader import vader_model

ROOT = Path(__file__).resolve().parents[1]
NYT = ROOT.parent / "shared" / "data" / "vader" / "nytEditorialSnippets_GroundTruth.txt"
SAMPLE = ROOT / "tests" / "data" / "vader" / "groundtruth_sample.tsv"
ROUNDS = 7


def texts() -> tuple[list[str], str]:
    if NYT.exists():
        with open(NYT, encoding="utf-8-sig", newline="") as fh:
            return [r[2] for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)], NYT.name
    with open(SAMPLE, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [r["text"] for r in rows], f"{SAMPLE.name} (shared data absent)"


def timed(fn) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def main(argv: list[str]) -> int:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("the reference package is not installed: uv sync --extra test")
        return 1
    rounds = int(argv[1]) if len(argv) > 1 else ROUNDS
    docs, name = texts()
    analyzer, model = SentimentIntensityAnalyzer(), vader_model()
    best = {"reference": np.inf, "first pass": np.inf, "steady state": np.inf}
    for _ in range(rounds):
        t, ref = timed(lambda: [analyzer.polarity_scores(d) for d in docs])
        best["reference"] = min(best["reference"], t)
        model.clear_memo()
        t, first = timed(lambda: sentiment.vader(docs))
        best["first pass"] = min(best["first pass"], t)
        t, steady = timed(lambda: sentiment.vader(docs))
        best["steady state"] = min(best["steady state"], t)
    columns = ["neg", "neu", "pos", "compound"]
    expected = np.array([[r[c] for c in columns] for r in ref])
    diff = max(np.abs(ours[columns].to_numpy() - expected).max() for ours in (first, steady))
    print(f"texts: {len(docs)} from {name}; best of {rounds} rounds; max |difference| {diff:.1e}")
    for label, seconds in best.items():
        ratio = best["reference"] / seconds
        print(f"{label:>13}: {seconds * 1000:7.1f} ms = {len(docs) / seconds:9,.0f} texts/s"
              + ("" if label == "reference" else f"  ({ratio:.1f}x the reference)"))
    return 0 if diff <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
