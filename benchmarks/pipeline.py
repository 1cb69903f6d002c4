"""Benchmark: the whole pipeline on the full UN General Debate corpus, and a 10 % sample.

load -> sentences -> actor mentions -> frames -> sentence sentiment -> a country x year table.
Prints wall and CPU time, peak memory, throughput, the ratio full / 10 % sample (linear
scaling means about 10x), and a baseline measured in the same run: the same frame counting
and sentence sentiment done the way a notebook would, with a pandas ``apply`` loop of a
compiled regex and the reference vaderSentiment analyser, on the 10 % sample.

Usage: python benchmarks/pipeline.py [--engine serial|process] [--workers N]
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import pandas as pd

import discourse as dx
from discourse.features import sentiment

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT.parent / "shared" / "data" / "ungdc" / "UNGDC_1946-2024_txt.tar.xz"


def sample_tarball(path: Path, every: int = 10) -> Path:
    """Write every ``every``-th speech of the tarball to a new tarball (a 10 % sample)."""
    out = Path(tempfile.mkdtemp()) / "sample.tar"
    with tarfile.open(path, "r:*") as src, tarfile.open(out, "w") as dst:
        files = [m for m in src if m.isfile() and m.name.endswith(".txt")]
        for member in files[::every]:
            dst.addfile(member, src.extractfile(member))
    speakers = path.parent / "Speakers_by_session.csv"
    if speakers.exists():
        (out.parent / speakers.name).write_bytes(speakers.read_bytes())
    return out


def pipeline(path: Path, engine: str, workers: int | None) -> pd.DataFrame:
    corpus = dx.load(path, engine=engine, workers=workers)
    lex = dx.lexicon("china_diplomatic")
    counts = dx.frames.counts(dx.frames.measure(corpus, lex), corpus, lex)
    scores = sentiment.sentence_scores(corpus)
    country = corpus.documents.set_index("doc_id")["meta"].map(lambda m: json.loads(m).get("country_code"))
    tone = scores.groupby("doc_id")["compound"].mean().rename("mean_compound")
    per_doc = counts.groupby(["doc_id", "year"])[["count", "tokens"]].sum().reset_index()
    per_doc = per_doc.join(tone, on="doc_id").assign(country=lambda d: d["doc_id"].map(country))
    return per_doc.groupby(["country", "year"]).agg(count=("count", "sum"), tokens=("tokens", "sum"),
                                                    mean_compound=("mean_compound", "mean")).reset_index()


def baseline(path: Path) -> float:
    """A pandas apply loop: regex frame counts and reference VADER per sentence."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    start = time.perf_counter()
    rows = []
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile():
                rows.append({"name": member.name, "text": archive.extractfile(member).read().decode("utf-8", "replace")})
    docs = pd.DataFrame(rows)
    patterns = sorted({p.rstrip("*") for ps in dx.lexicon("china_diplomatic").patterns.values() for p in ps},
                      key=len, reverse=True)
    regex = re.compile(r"\b(?:" + "|".join(map(re.escape, patterns)) + r")", re.I)
    docs["frames"] = docs["text"].apply(lambda t: len(regex.findall(t)))
    analyzer = SentimentIntensityAnalyzer()
    docs["tone"] = docs["text"].apply(lambda t: pd.Series(re.split(r"(?<=[.!?])\s+", t)).apply(
        lambda s: analyzer.polarity_scores(s)["compound"]).mean())
    return time.perf_counter() - start


def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="process")
    parser.add_argument("--workers", type=int)
    args = parser.parse_args(argv)
    if not FULL.exists():
        print(f"skip: {FULL} not found")
        return 0
    sample = sample_tarball(FULL)
    mb_full = sum(m.size for m in tarfile.open(FULL, "r:*") if m.isfile()) / 2**20
    mb_sample = sum(m.size for m in tarfile.open(sample) if m.isfile()) / 2**20
    base = baseline(sample)
    small, wall_s, cpu_s = timed(lambda: pipeline(sample, args.engine, args.workers))
    table, wall, cpu = timed(lambda: pipeline(FULL, args.engine, args.workers))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 2**20
    print(f"full corpus: {mb_full:.0f} MB of text; country x year table {table.shape}")
    print(f"pipeline ({args.engine}): wall {wall:.0f} s, cpu (this process) {cpu:.0f} s, "
          f"{mb_full / wall:.2f} MB/s, peak RSS {peak:.2f} GB (largest worker {children:.2f} GB)")
    print(f"10 % sample: wall {wall_s:.1f} s; full / sample = {wall / wall_s:.1f}x (linear: ~10x)")
    print(f"baseline (pandas apply, regex + vaderSentiment) on the sample: {base:.1f} s "
          f"-> pipeline is {base / wall_s:.1f}x faster on the same sample ({mb_sample:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
