"""Benchmark: discourse's sentence encoder, ONNX and NumPy runtimes, against sentence-transformers (PyTorch).

Run by hand or with ``make bench``:

    .venv/bin/python benchmarks/embeddings.py [--reference-python PATH] [--rounds N] [--model NAME]

Embeds the 1,529 UNSCon development sentences (../shared/data/unscon; the 13 seed sentences of
tests/reference/minilm_reference.json when that is absent) with all-MiniLM-L6-v2 (or
``--model``, e.g. all-mpnet-base-v2), best of N rounds (default 3), with both of our runtimes
(the NumPy one is the baseline of the ONNX one, measured in the same run). The reference runs in another interpreter, because this project does not
install PyTorch: pass one that has ``torch`` and ``sentence-transformers``
(``tests/reference/minilm_reference.py`` says how to make it); it reads the same model folder. Both
run in the same invocation, one after the other, and the script prints both throughputs, their
ratio and the largest difference between the two sets of vectors. Without a reference, it
prints ours only.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

from discourse.features import embeddings

ROOT = Path(__file__).resolve().parents[1]
UNSCON = ROOT.parent / "shared" / "data" / "unscon" / "conflict_annotations_sentences.csv"
REFERENCE_RUN = """
import json, os, sys, time
os.environ["HF_HUB_OFFLINE"] = "1"
import numpy as np
from sentence_transformers import SentenceTransformer
texts = json.load(open(sys.argv[1], encoding="utf-8"))
model = SentenceTransformer(sys.argv[4], device="cpu")
model.encode(texts[:32])
best = float("inf")
for _ in range(int(sys.argv[3])):
    start = time.perf_counter()
    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True)
    best = min(best, time.perf_counter() - start)
np.save(sys.argv[2], vectors)
print(best)
"""


def texts() -> tuple[list[str], str]:
    if UNSCON.exists():
        return pd.read_csv(UNSCON)["sentence_text"].tolist(), "UNSCon, 1,529 sentences"
    reference = json.loads((ROOT / "tests" / "reference" / "minilm_reference.json").read_text("utf-8"))
    return reference["texts"][:13], "the seed article, 13 sentences"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference-python", help="an interpreter with torch and sentence-transformers")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--model", default=embeddings.DEFAULT_MODEL, help="a model name or folder")
    args = parser.parse_args(argv)
    items, name = texts()
    timings, vectors = {}, {}
    runtimes = ["numpy"] + (["onnx"] if embeddings.default_runtime() == "onnx" else [])
    for runtime in runtimes:  # the NumPy runtime is the baseline, measured in the same run
        encoder = embeddings.encoder(args.model, runtime)
        encoder.encode(items[:32])
        timings[runtime] = float("inf")
        for _ in range(args.rounds):
            start = time.perf_counter()
            vectors[runtime] = encoder.encode(items)
            timings[runtime] = min(timings[runtime], time.perf_counter() - start)
        print(f"{name}, {args.model}: discourse ({runtime}) {len(items) / timings[runtime]:,.0f} sentences/s")
    if "onnx" in timings:
        print(f"ratio onnx / numpy: {timings['numpy'] / timings['onnx']:.2f}x (target >= 3x); max |difference| "
              f"{np.abs(vectors['onnx'] - vectors['numpy']).max():.1e} (target <= 1e-6)")
    best, ours = timings[runtimes[-1]], vectors[runtimes[-1]]
    if not args.reference_python:
        print("no --reference-python: reference not run")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "texts.json", Path(folder) / "vectors.npy"
        source.write_text(json.dumps(items), "utf-8")
        done = subprocess.run([args.reference_python, "-c", REFERENCE_RUN, str(source), str(out), str(args.rounds),
                               str(embeddings.model_path(args.model))],
                              capture_output=True, text=True, check=True)
        seconds = float(done.stdout.strip().splitlines()[-1])
        reference = np.load(out)
    print(f"{name}: sentence-transformers (PyTorch, CPU) {len(items) / seconds:,.0f} sentences/s")
    print(f"ratio discourse / reference: {seconds / best:.2f}x; max |difference| {np.abs(ours - reference).max():.1e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
