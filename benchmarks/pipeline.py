"""Benchmark: the whole pipeline on the full UN General Debate corpus, and a 10 % sample.

load -> sentences -> actor mentions -> frames -> sentence sentiment -> a country x year table,
out of core: ``load_partitioned`` streams the tarball into a partitioned corpus folder, then
``map_partitions`` measures one partition at a time in each worker, and only the small
per-document table is joined in memory.

Prints wall and CPU time, throughput, the peak memory of the whole process tree (this
process and its workers, sampled every 0.1 s), the ratio full / 10 % sample (linear scaling
means about 10x), and a baseline measured in the same run: the same frame counting and
sentence sentiment done the way a notebook would, with a pandas ``apply`` loop of a compiled
regex and the reference vaderSentiment analyser, on the 10 % sample.

Usage: python benchmarks/pipeline.py [--engine serial|process|dask] [--workers N]
       [--partition-size N] [--in-memory] [--profile OUT.html]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tarfile
import tempfile
import time
from functools import partial
from pathlib import Path

import pandas as pd
import psutil

import discourse as dx
from _memory import PeakMemory
from discourse.features import sentiment

ROOT = Path(__file__).resolve().parents[1]
FULL = ROOT.parent / "shared" / "data" / "ungdc" / "UNGDC_1946-2024_txt.tar.xz"


def sample_tarball(path: Path, folder: Path, every: int = 10) -> Path:
    """Write every ``every``-th speech of the tarball to a new tarball in ``folder`` (a 10 % sample)."""
    out = Path(folder) / "sample.tar"
    with tarfile.open(path, "r:*") as src, tarfile.open(out, "w") as dst:
        files = [m for m in src if m.isfile() and m.name.endswith(".txt")]
        for member in files[::every]:
            dst.addfile(member, src.extractfile(member))
    speakers = path.parent / "Speakers_by_session.csv"
    if speakers.exists():
        (out.parent / speakers.name).write_bytes(speakers.read_bytes())
    return out


def per_document(lex, corpus) -> pd.DataFrame:
    """Frame counts, tokens and mean sentence sentiment of each document of a corpus (or partition)."""
    counts = dx.frames.counts(dx.frames.measure(corpus, lex), corpus, lex)
    tone = sentiment.sentence_scores(corpus).groupby("doc_id", sort=False)["compound"].mean()
    docs = corpus.documents
    country = pd.Series([json.loads(m).get("country_code") for m in docs["meta"]], index=docs["doc_id"])
    out = counts.groupby(["doc_id", "year"], sort=False)[["count", "tokens"]].sum().reset_index()
    return out.assign(mean_compound=out["doc_id"].map(tone), country=out["doc_id"].map(country))


def country_year(per_doc: pd.DataFrame) -> pd.DataFrame:
    return per_doc.groupby(["country", "year"]).agg(
        count=("count", "sum"), tokens=("tokens", "sum"), mean_compound=("mean_compound", "mean")
    ).reset_index()


def pipeline(path: Path, engine: str, workers: int | None, size: int, in_memory: bool) -> pd.DataFrame:
    lex = dx.lexicon("china_diplomatic")
    if in_memory:  # the whole corpus as one Corpus (the way before partitions)
        return country_year(per_document(lex, dx.load(path, engine=engine, workers=workers)))
    with tempfile.TemporaryDirectory() as tmp:
        folder = dx.corpus.load_partitioned(path, Path(tmp) / "corpus", partition_size=size,
                                            engine=engine, workers=workers)
        per_doc = dx.corpus.map_partitions(folder, partial(per_document, lex), engine=engine, workers=workers)
    return country_year(per_doc)


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
    with PeakMemory() as memory:
        out = fn()
    children = sum(psutil.Process().cpu_times()[2:4])  # CPU of finished child processes
    return out, time.perf_counter() - wall, time.process_time() - cpu, memory.peak / 2**30, children


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engine", default="process")
    parser.add_argument("--workers", type=int)
    parser.add_argument("--partition-size", type=int, default=500)
    parser.add_argument("--in-memory", action="store_true", help="the whole corpus as one Corpus")
    parser.add_argument("--profile", metavar="HTML", help="profile the sample run with pyinstrument")
    parser.add_argument("--no-baseline", action="store_true")
    args = parser.parse_args(argv)
    if not FULL.exists():
        print(f"skip: {FULL} not found")
        return 0
    with tempfile.TemporaryDirectory() as folder:  # the sample goes when the run ends
        return _run(args, sample_tarball(FULL, Path(folder)))


def _run(args, sample: Path) -> int:
    """The benchmark on the full corpus and on ``sample``, with the baseline on the sample."""
    mb_full = sum(m.size for m in tarfile.open(FULL, "r:*") if m.isfile()) / 2**20
    mb_sample = sum(m.size for m in tarfile.open(sample) if m.isfile()) / 2**20
    run = partial(pipeline, engine=args.engine, workers=args.workers, size=args.partition_size,
                  in_memory=args.in_memory)
    if args.profile:
        from pyinstrument import Profiler

        with Profiler() as profiler:
            pipeline(sample, "serial", None, args.partition_size, args.in_memory)
        Path(args.profile).write_text(profiler.output_html(), "utf-8")
        print(profiler.output_text(color=False, show_all=False)[:6000])
    base = None if args.no_baseline else baseline(sample)
    _, wall_s, _, peak_s, _ = timed(lambda: run(sample))
    cpu0 = sum(psutil.Process().cpu_times()[2:4])
    table, wall, cpu, peak, children = timed(lambda: run(FULL))
    mode = "in memory" if args.in_memory else f"partitions of {args.partition_size}"
    print(f"full corpus: {mb_full:.0f} MB of text; country x year table {table.shape}")
    print(f"pipeline ({args.engine}, {mode}): wall {wall:.0f} s, cpu {cpu:.0f} s here + "
          f"{children - cpu0:.0f} s in workers, {10952 / wall:.0f} documents/s, {mb_full / wall:.2f} MB/s, "
          f"peak memory (all processes) {peak:.2f} GB")
    print(f"10 % sample: wall {wall_s:.1f} s, peak {peak_s:.2f} GB; full / sample = {wall / wall_s:.1f}x "
          f"(linear: ~10x)")
    if base is not None:
        print(f"baseline (pandas apply, regex + vaderSentiment) on the sample: {base:.1f} s "
              f"-> pipeline is {base / wall_s:.1f}x faster on the same sample ({mb_sample:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
