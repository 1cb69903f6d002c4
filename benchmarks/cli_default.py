"""Benchmark: the path a user takes without flags, through the command line.

``discourse load UNGDC.tar.xz -o corpus``, then ``discourse measure frames`` and
``discourse measure sentiment`` on it, each a fresh process with no options but ``-q``: the
whole UN General Debate corpus and its 10 % sample. Prints the wall time of each command, the
peak memory of the whole process tree of each command (sampled every 0.1 s; not this benchmark's own process, which
holds the baseline's data), the ratio full / 10 % (linear
scaling means about 10x), and a baseline measured in the same run on the same sample: a
notebook's pandas ``apply`` loop of a compiled regex and the reference vaderSentiment
(``pipeline.baseline``).

Targets (issue 19): full corpus <= 60 s and <= 2 GB; the sample >= 3x the baseline's speed;
full / 10 % <= 11x.

Usage: python benchmarks/cli_default.py [--no-baseline]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _memory import PeakMemory
from pipeline import FULL, baseline, sample_tarball

COMMANDS = (["load", "{input}", "-o", "{tmp}/corpus", "-q"],
            ["measure", "frames", "{tmp}/corpus", "-o", "{tmp}/measures", "-q"],
            ["measure", "sentiment", "{tmp}/corpus", "-o", "{tmp}/measures", "-q"])


def default_path(path: Path) -> tuple[float, float, list[float]]:
    """Wall seconds, peak GB of the process tree, and each command's seconds."""
    steps = []
    with tempfile.TemporaryDirectory() as tmp, PeakMemory(include_self=False) as memory:
        start = time.perf_counter()
        for command in COMMANDS:
            args = [a.format(input=path, tmp=tmp) for a in command]
            t0 = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", "discourse", *args], capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"discourse {' '.join(args)} failed:\n{done.stderr[-2000:]}")
            steps.append(time.perf_counter() - t0)
        wall = time.perf_counter() - start
    return wall, memory.peak / 2**30, steps


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not FULL.exists():
        print(f"skip: {FULL} not found")
        return 0
    with tempfile.TemporaryDirectory() as folder:  # the sample goes when the run ends
        sample = sample_tarball(FULL, Path(folder))
        base = None if "--no-baseline" in argv else baseline(sample)
        wall_s, peak_s, steps_s = default_path(sample)
    wall, peak, steps = default_path(FULL)
    names = ", ".join(f"{c[0]} {c[1] if c[0] == 'measure' else ''}".strip() + f" {s:.0f} s"
                      for c, s in zip(COMMANDS, steps))
    print(f"full corpus, default CLI path: wall {wall:.0f} s ({names}), peak {peak:.2f} GB "
          f"[targets <= 60 s, <= 2 GB]")
    print(f"10 % sample: wall {wall_s:.1f} s, peak {peak_s:.2f} GB; full / sample = {wall / wall_s:.1f}x [target <= 11x]")
    if base is not None:
        print(f"baseline (pandas apply, regex + reference VADER) on the sample: {base:.1f} s; "
              f"speed-up {base / wall_s:.1f}x [target >= 3x]")
    return 0


if __name__ == "__main__":
    sys.exit(main())
