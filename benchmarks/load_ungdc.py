"""Benchmark: load the full UN General Debate tarball (10,952 speeches) into a corpus.

Run by hand or with ``make bench``; needs ../shared/data/ungdc. Prints documents/s, MB/s
(uncompressed text), wall and CPU time and peak memory, and a baseline measured in the same
run: plain decompression and reading of every member with tarfile (the floor for any loader).
"""

from __future__ import annotations

import resource
import sys
import tarfile
import time
from pathlib import Path

import discourse as dx

ROOT = Path(__file__).resolve().parents[1]
TARBALL = ROOT.parent / "shared" / "data" / "ungdc" / "UNGDC_1946-2024_txt.tar.xz"


def _baseline(path: Path) -> tuple[float, int]:
    start, size = time.perf_counter(), 0
    with tarfile.open(path, "r:*") as archive:
        for member in archive:
            if member.isfile():
                size += len(archive.extractfile(member).read())
    return time.perf_counter() - start, size


def main() -> int:
    if not TARBALL.exists():
        print(f"skip: {TARBALL} not found")
        return 0
    base_wall, size = _baseline(TARBALL)
    wall0, cpu0 = time.perf_counter(), time.process_time()
    corpus = dx.load(TARBALL)
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    n = len(corpus.documents)
    print(f"documents {n}, rejects {len(corpus.rejects)}, sentences {len(corpus.sentences)}")
    print(f"load: wall {wall:.1f} s, cpu {cpu:.1f} s, {n / wall:.0f} documents/s, "
          f"{size / 2**20 / wall:.2f} MB/s of text, peak RSS {peak:.2f} GB")
    print(f"baseline (tarfile read only): wall {base_wall:.1f} s; load/baseline = {wall / base_wall:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
