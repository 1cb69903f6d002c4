"""Benchmark: discourse's VADER against the reference vaderSentiment 3.3.2, side by side.

Run by hand or with ``make bench``:

    .venv/bin/python benchmarks/sentiment.py

Scores the 5,190 NYT editorial snippets of the VADER ground truth
(../shared/data/vader/nytEditorialSnippets_GroundTruth.txt; the 473-sentence test sample when
that is absent) with

- the reference: ``SentimentIntensityAnalyzer().polarity_scores`` on each text;
- ours, first pass: ``discourse.features.sentiment.vader(texts)`` with the per-token memo
  emptied before the pass (every token is new, as in a fresh process);
- ours, steady state: the same call again, its memo filled (as when scoring a large corpus).

The three run in turn in one process, seven rounds; the best time of each counts (machines
here are shared and noisy, so the best time is the least disturbed). It also checks that
the scores are identical.
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


def main() -> int:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        print("the reference package is not installed: uv sync --extra test")
        return 1
    docs, name = texts()
    analyzer, model = SentimentIntensityAnalyzer(), vader_model()
    best = {"reference": np.inf, "first pass": np.inf, "steady state": np.inf}
    for _ in range(ROUNDS):
        t, ref = timed(lambda: [analyzer.polarity_scores(d) for d in docs])
        best["reference"] = min(best["reference"], t)
        model.clear_memo()
        t, _ = timed(lambda: sentiment.vader(docs))
        best["first pass"] = min(best["first pass"], t)
        t, ours = timed(lambda: sentiment.vader(docs))
        best["steady state"] = min(best["steady state"], t)
    expected = np.array([[r[c] for c in ("neg", "neu", "pos", "compound")] for r in ref])
    diff = np.abs(ours[["neg", "neu", "pos", "compound"]].to_numpy() - expected).max()
    print(f"texts: {len(docs)} from {name}; best of {ROUNDS} rounds; max |difference| {diff:.1e}")
    for label, seconds in best.items():
        ratio = best["reference"] / seconds
        print(f"{label:>13}: {seconds * 1000:7.1f} ms = {len(docs) / seconds:9,.0f} texts/s"
              + ("" if label == "reference" else f"  ({ratio:.1f}x the reference)"))
    return 0 if diff <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main())
