"""Benchmark: 10,000 files, one of them corrupt, loaded in partitions; then a resumed run.

Writes ``--files`` short statements (sentences of the bundled Wikinews articles), one of them
binary garbage, loads them with ``load_partitioned`` (process engine), checks that the run
finishes with the corrupt file as the only reject and ``inputs = documents + rejects``; then
interrupts a second load after a third of its partitions, starts it again, and reports how many
partitions the resumed run built (the rest are taken from the interrupted run) and its time
against the uninterrupted run's.

Usage: python benchmarks/many_files.py [--files 10000] [--partition-size 500]
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

import discourse as dx

ROOT = Path(__file__).resolve().parents[1]


def write_inputs(folder: Path, n: int) -> Path:
    rows = pd.read_csv(ROOT / "corpora" / "wikinews" / "wikinews_2019.csv")
    sentences = [" ".join(s.split()) for text in rows["text"] for s in str(text).split(". ") if len(s) > 40]
    folder.mkdir()
    for i in range(n):
        body = ". ".join(sentences[(i * 3 + k) % len(sentences)] for k in range(3))
        (folder / f"{i:05d}.txt").write_text(f"Statement number {i} on the talks\n\nIn statement {i}: {body}.\n",
                                             "utf-8")
    (folder / f"{n // 2:05d}.txt").write_bytes(bytes(range(256)) * 8)  # the corrupt one
    return folder


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--partition-size", type=int, default=500)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        src = write_inputs(Path(tmp) / "in", args.files)
        start = time.perf_counter()
        out = dx.corpus.load_partitioned(src, Path(tmp) / "a", partition_size=args.partition_size,
                                         engine="process")
        wall = time.perf_counter() - start
        corpus = dx.read_corpus(out)
        con = json.loads((out / "corpus.json").read_text())["conservation"]
        print(f"{args.files:,} files, one corrupt: {wall:.0f} s; inputs {con['inputs']} = documents "
              f"{con['documents']} + rejects {con['rejects']} [{'ok' if con['ok'] else 'MISMATCH'}]")
        print("reject:", corpus.rejects[["path", "reason"]].to_string(index=False, header=False))

        cmd = [sys.executable, "-m", "discourse", "load", "-q", str(src), "--partition-size",
               str(args.partition_size), "--engine", "process", "-o"]
        start = time.perf_counter()
        subprocess.run([*cmd, str(Path(tmp) / "c")], check=True, stdout=subprocess.DEVNULL)
        uninterrupted = time.perf_counter() - start
        target, stage = Path(tmp) / "b", Path(tmp) / ".b.partial"
        total = -(-args.files // args.partition_size)
        proc = subprocess.Popen([*cmd, str(target)], stdout=subprocess.DEVNULL)
        while proc.poll() is None and len(list(stage.glob("part-*/part.json"))) < total // 2:
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        done = len(list(stage.glob("part-*/part.json")))
        start = time.perf_counter()
        subprocess.run([*cmd, str(target)], check=True, stdout=subprocess.DEVNULL)
        resumed = time.perf_counter() - start
        same = all(getattr(dx.read_corpus(target), n).equals(getattr(corpus, n)) for n in dx.corpus.TABLES)
        print(f"`discourse load` uninterrupted: {uninterrupted:.1f} s. Killed (SIGKILL) with {done} of "
              f"{total} partitions staged; the resumed run built {total - done} in {resumed:.1f} s "
              f"({resumed / uninterrupted:.2f}x the uninterrupted run); same tables: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
