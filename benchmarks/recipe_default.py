"""Benchmark: a recipe over the whole UN General Debate corpus, as a user runs it.

``discourse run recipe.toml -o out`` on a recipe that measures frames and sentiment over the full
corpus and tabulates them by country and year, in a fresh process with no options but ``-q``: a
corpus this large is built and measured in partitions by worker processes (issue 19). The
baseline, measured in the same run, is the same recipe with the corpus built and measured in
memory (what ``discourse run`` did before). Prints wall time and the peak memory of the whole
process tree (sampled every 0.1 s) of each.

Target (issue 19): the default path of every command within 2 GB.

Usage: python benchmarks/recipe_default.py [--no-baseline]
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _memory import PeakMemory
from pipeline import FULL

RECIPE = """
[recipe]
name = "ungdc_full"
seed = 1

[[corpus]]
paths = ["{path}"]

[lexicons]
use = ["china_diplomatic@1.0"]

[measures]
frames = true
sentiment = true

[[table]]
name = "frames_by_country_year"
of = "frame_counts"
by = ["country_code", "year"]

[[table]]
name = "sentiment_by_year"
of = "sentiment_sentences"
by = ["year"]
"""

# The baseline: the same run with the corpus held in memory (no partitions).
IN_MEMORY = ("import sys; from discourse.recipes import _run; _run.partition_size_for = lambda paths: None; "
             "_run.run(sys.argv[1], sys.argv[2])")


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and peak GB of the process tree of one command."""
    with PeakMemory() as memory:
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True)
        wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-2000:]}")
    return wall, memory.peak / 2**30


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not FULL.exists():
        print(f"skip: {FULL} not found")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        recipe = Path(tmp) / "recipe.toml"
        recipe.write_text(RECIPE.format(path=FULL.as_posix()), "utf-8")
        wall, peak = timed([sys.executable, "-m", "discourse", "run", str(recipe), "-o", f"{tmp}/out", "-q"])
        print(f"discourse run, full UNGDC, frames and sentiment: wall {wall:.0f} s, peak {peak:.2f} GB "
              "[target <= 2 GB]")
        if "--no-baseline" not in argv:
            wall_b, peak_b = timed([sys.executable, "-c", IN_MEMORY, str(recipe), f"{tmp}/base"])
            print(f"baseline, the same recipe in memory: wall {wall_b:.0f} s, peak {peak_b:.2f} GB; "
                  f"memory {peak_b / peak:.1f}x, time {wall_b / wall:.2f}x the default's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
