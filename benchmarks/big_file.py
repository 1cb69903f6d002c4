"""Benchmark: one 1 GB JSON Lines file loaded in bounded memory.

Writes a JSON Lines file of about ``--gigabytes`` GB (UN General Debate speeches, each line a
speech with its own id; the bundled sample when ../shared is absent), then loads it with
``load_partitioned``: the file is read line by line (it is over ``STREAM_BYTES``), documents are
built ``--partition-size`` at a time and written out. Prints the peak memory of the whole
process tree, against the file's size, and throughput. Baseline in the same run: the peak
memory of only reading the file whole and decoding it (what an in-memory loader needs at least).

Usage: python benchmarks/big_file.py [--gigabytes 1] [--engine process] [--partition-size 500]
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from _memory import PeakMemory

import discourse as dx

ROOT = Path(__file__).resolve().parents[1]
SPEECHES = [ROOT.parent / "shared" / "data" / "ungdc" / "UNGDC_1946-2024_txt.tar.xz",
            *sorted((ROOT / "corpora" / "ungdc").glob("*.tar.xz"))]


def speeches() -> list[dict]:
    path = next(p for p in SPEECHES if p.exists())
    out = []
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile() and member.name.endswith(".txt"):
                name = Path(member.name).stem
                text = archive.extractfile(member).read().decode("utf-8", "replace")
                out.append({"country": name.split("_")[0], "year": int(name.split("_")[-1]), "text": text})
    return out


def write_big(path: Path, gigabytes: float) -> int:
    target, n, size = gigabytes * 2**30, 0, 0
    rows = speeches()
    with open(path, "w", encoding="utf-8") as fh:
        while size < target:
            row = rows[n % len(rows)]
            line = json.dumps({"id": f"s{n}", "title": f"{row['country']} {row['year']} (copy {n // len(rows)})",
                               "year": row["year"], "text": row["text"]}, ensure_ascii=False) + "\n"
            fh.write(line)
            size += len(line.encode("utf-8"))
            n += 1
    return n


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--engine", default="process")
    parser.add_argument("--workers", type=int)
    parser.add_argument("--partition-size", type=int, default=500)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.jsonl"
        lines = write_big(big, args.gigabytes)
        mb = big.stat().st_size / 2**20
        with PeakMemory() as base:
            start = time.perf_counter()
            text = big.read_bytes().decode("utf-8")
            del text
            base_wall = time.perf_counter() - start
        with PeakMemory() as memory:
            start = time.perf_counter()
            out = dx.corpus.load_partitioned(big, Path(tmp) / "corpus", partition_size=args.partition_size,
                                             mapping={"id": "doc_id"}, engine=args.engine, workers=args.workers)
            wall = time.perf_counter() - start
        manifest = json.loads((out / "corpus.json").read_text())
    con = manifest["conservation"]
    print(f"file: {mb:,.0f} MB, {lines:,} lines")
    print(f"load_partitioned ({args.engine}, partitions of {args.partition_size}): {wall:.0f} s, "
          f"{lines / wall:,.0f} documents/s, {mb / wall:.2f} MB/s; peak memory (all processes) "
          f"{memory.peak / 2**30:.2f} GB = {memory.peak / 2**20 / mb:.2f}x the file")
    print(f"inputs {con['inputs']} = documents {con['documents']} + rejects {con['rejects']} [{con['ok']}]")
    print(f"baseline, reading the file whole and decoding it: peak {base.peak / 2**30:.2f} GB "
          f"({base_wall:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
