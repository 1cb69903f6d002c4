"""Benchmark: frame matching with a lexicon of >= 2,000 patterns, against two baselines.

Run by hand or with ``make bench``. Text: the UN General Debate speeches (the full corpus in
../shared/data/ungdc when present, else the bundled slice). Lexicon: cooperation_conflict@1.0
(10,504 patterns). Measured in the same run, on the same texts:

- ``Matcher.find`` (Aho-Corasick over folded text, longest match first, negation flagged);
- a compiled ``re`` alternation of the same patterns (longest first, case-insensitive, word-bounded);
- ``CountVectorizer(vocabulary=...)`` with 1-3-gram vocabulary of the same patterns.

The baselines are slow, so they run on a sample and the throughput (MB/s) is compared.
"""

from __future__ import annotations

import re
import sys
import tarfile
import time
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer

import discourse as dx
from discourse.features._matcher import Matcher

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT.parent / "shared" / "data" / "ungdc" / "UNGDC_1946-2024_txt.tar.xz"
BUNDLED = ROOT / "corpora" / "ungdc" / "ungdc_p5_central_asia_1992-2024.tar.xz"


def speeches(path: Path, limit: int | None = None) -> list[str]:
    texts = []
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".txt"):
                texts.append(archive.extractfile(member).read().decode("utf-8", "replace"))
                if limit and len(texts) >= limit:
                    break
    return texts


def mb(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 2**20


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    texts = speeches(FULL if FULL.exists() else BUNDLED)
    lex = dx.lexicon("cooperation_conflict")
    build = timed(lambda: Matcher(lex))
    matcher = Matcher(lex)
    hits = []
    ours = timed(lambda: hits.append(sum(len(matcher.find(t)) for t in texts)))
    sample = texts[: max(5, len(texts) // 200)]
    words = sorted({e.pattern.rstrip("*") for e in lex.entries}, key=len, reverse=True)
    regex = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    base_re = timed(lambda: [regex.findall(t) for t in sample])
    vocab = sorted({" ".join(w.split()) for w in words if len(w.split()) <= 3})
    vectorizer = CountVectorizer(vocabulary=vocab, ngram_range=(1, 3), lowercase=True)
    base_cv = timed(lambda: vectorizer.transform(sample))
    ours_rate, re_rate, cv_rate = mb(texts) / ours, mb(sample) / base_re, mb(sample) / base_cv
    print(f"texts: {len(texts)} speeches, {mb(texts):.1f} MB; lexicon {lex.id}: {len(lex)} patterns")
    print(f"Matcher: build {build:.2f} s, {ours:.1f} s = {ours_rate:.1f} MB/s ({hits[-1]} hits)")
    print(f"regex alternation: {re_rate:.2f} MB/s (sample of {len(sample)}) -> ours is {ours_rate / re_rate:.0f}x")
    print(f"CountVectorizer(vocabulary): {cv_rate:.2f} MB/s (sample) -> ours is {ours_rate / cv_rate:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
