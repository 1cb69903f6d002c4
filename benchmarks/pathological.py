"""Benchmark: every class of pathological input, timed at n and 4n characters against a real article.

Run by hand or with ``make bench``. Each class of ``tests/adversarial/test_pathological.py``
(quote marks in one long paragraph, floods of cue verbs, thousands of turn labels, ...) is
written as one file of n and of 4n characters; ``dx.load`` reads it and ``dx.frames.measure``,
``dx.sentiment.measure`` and ``dx.stance.measure`` run on the corpus. The time of all four at
4n over the time at n is the class's growth ratio. The baseline, measured in the same run, is
an ordinary article of the same sizes: the body of the seed article
(``seeds/000_dc699da55f7d4812.txt``) repeated. Work that grows linearly has a ratio near the
baseline's (about 4, less where fixed costs weigh); a quadratic scan has one near 16.

Prints a table and exits 1 when a class's ratio exceeds ``--limit`` (2.5) times the baseline's,
or when a document of a class ran over the library's time budget (a reject "took longer").

Usage: python benchmarks/pathological.py [--size 50000] [--repeat 2] [--limit 2.5] [CLASS ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the classes are the test suite's

import discourse as dx  # noqa: E402
from tests.adversarial.test_pathological import CLASSES  # noqa: E402

SEED = ROOT / "seeds" / "000_dc699da55f7d4812.txt"


def article(n: int) -> str:
    """The seed article's body paragraphs, repeated to ``n`` characters."""
    paragraphs = dx.load(SEED).documents["text"].iloc[0].split("\n\n")
    out, size = [], 0
    while size < n:
        out.append(paragraphs[len(out) % len(paragraphs)])
        size += len(out[-1]) + 2
    return "\n\n".join(out)


def run(path: Path) -> tuple[float, str]:
    """Seconds to load one file and measure it; and what the file became."""
    start = time.perf_counter()
    corpus = dx.load(path)
    dx.frames.measure(corpus, "china_diplomatic")
    dx.sentiment.measure(corpus)
    dx.stance.measure(corpus)
    seconds = time.perf_counter() - start
    late = corpus.rejects["reason"].str.contains("took longer").any()
    return seconds, "TIMEOUT" if late else f"{len(corpus.documents)}d+{len(corpus.rejects)}r"


def timed(folder: Path, name: str, suffix: str, make, n: int, repeat: int) -> tuple[float, str]:
    path = folder / f"{name}-{n}{suffix}"
    path.write_text(make(n), "utf-8")
    runs = [run(path) for _ in range(repeat)]
    return min(seconds for seconds, _ in runs), runs[-1][1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=50_000, help="n, in characters")
    parser.add_argument("--repeat", type=int, default=2, help="best of this many runs")
    parser.add_argument("--limit", type=float, default=2.5, help="largest ratio, in baseline ratios")
    parser.add_argument("classes", nargs="*", help="classes to run (default: all)")
    args = parser.parse_args(argv)
    classes = {name: CLASSES[name] for name in args.classes or CLASSES}
    n, big = args.size, 4 * args.size
    run(SEED)  # registry, lexicons and models, built once before any timing
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base_n, _ = timed(folder, "baseline", ".txt", article, n, args.repeat)
        base_big, base_outcome = timed(folder, "baseline", ".txt", article, big, args.repeat)
        baseline = base_big / base_n
        print(f"n = {n:,} characters, 4n = {big:,}; best of {args.repeat}; load + frames + sentiment + stance")
        print(f"{'class':32} {'t(n) s':>8} {'t(4n) s':>8} {'ratio':>6} {'/base':>6}  outcome")
        print(f"{'baseline: seed article repeated':32} {base_n:8.2f} {base_big:8.2f} {baseline:6.2f} {1:6.2f}  {base_outcome}")
        for name, (suffix, make, _) in classes.items():
            t_n, _ = timed(folder, name, suffix, make, n, args.repeat)
            t_big, outcome = timed(folder, name, suffix, make, big, args.repeat)
            ratio = t_big / t_n
            bad = ratio > args.limit * baseline or outcome == "TIMEOUT"
            failed += [name] if bad else []
            print(f"{name:32} {t_n:8.2f} {t_big:8.2f} {ratio:6.2f} {ratio / baseline:6.2f}  {outcome}"
                  + ("  SUPERLINEAR" if bad else ""))
    if failed:
        print(f"over {args.limit}x the baseline ratio or over the time budget: {', '.join(failed)}")
        return 1
    print(f"every class within {args.limit}x the baseline ratio ({baseline:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
