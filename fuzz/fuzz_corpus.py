"""Fuzz ``read_corpus`` with atheris: a damaged corpus folder gives a CorpusFormatError or a corpus.

Each input overwrites a slice of one file of a real corpus folder (the seed's) with the
fuzzer's bytes; reading the folder must then raise :class:`~discourse.CorpusFormatError` or
return a corpus whose counts are conserved, never another exception.

    .venv/bin/python fuzz/fuzz_corpus.py -runs=5000 -max_len=256
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import discourse as dx
    from discourse.corpus import _corpus, _partitioned  # noqa: F401 -- instrumented for coverage

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(tempfile.mkdtemp())
CLEAN = dx.load(ROOT / "seeds" / "000_dc699da55f7d4812.txt").save(WORK / "clean")
FILES = sorted(p.name for p in CLEAN.iterdir())


def test_one_input(data: bytes) -> None:
    if len(data) < 3:
        return
    target = WORK / "damaged"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(CLEAN, target)
    file = target / FILES[data[0] % len(FILES)]
    content = bytearray(file.read_bytes())
    at = int.from_bytes(data[1:3], "big") % max(len(content), 1)
    content[at:at + len(data) - 3] = data[3:]
    file.write_bytes(bytes(content))
    try:
        corpus = dx.read_corpus(target)
    except dx.CorpusFormatError:
        return
    if corpus.inputs != len(corpus.documents) + len(corpus.rejects):
        raise AssertionError("a damaged folder was read with its counts broken")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
