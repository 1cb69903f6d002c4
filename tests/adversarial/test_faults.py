"""Faults: a full disk gives a clear error, and a run killed mid-way leaves no half-written output."""

import errno
import json
import os
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest

import discourse as dx
from tests.conftest import CORPORA, ROOT, SEED


def test_full_disk_is_a_clear_error(tmp_path, monkeypatch, seed_corpus):
    def no_space(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_parquet", no_space)
    with pytest.raises(dx.OutputError, match=r"the disk is full\.\n  Fix: free space"):
        seed_corpus.save(tmp_path / "c")
    assert list(tmp_path.iterdir()) == []  # nothing half-written, no temporary folder left


def test_existing_output_survives_a_failed_write(tmp_path, monkeypatch, seed_corpus):
    seed_corpus.save(tmp_path / "c")
    before = (tmp_path / "c" / "corpus.json").read_bytes()
    monkeypatch.setattr(pd.DataFrame, "to_parquet", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EACCES, "x")))
    with pytest.raises(dx.OutputError, match="not allowed to write here"):
        seed_corpus.save(tmp_path / "c")
    assert (tmp_path / "c" / "corpus.json").read_bytes() == before


def test_sigkill_mid_run_then_rerun_gives_the_same_tables(tmp_path):
    out = tmp_path / "corpus"
    code = (f"import discourse as dx; dx.load([r'{CORPORA / 'ungdc'}', r'{CORPORA / 'wikinews'}']).save(r'{out}')")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT)
    time.sleep(6)  # mid-load or mid-save
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    if out.exists():  # only ever a complete folder
        json.loads((out / "corpus.json").read_text())
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
    reference = dx.load([CORPORA / "ungdc", CORPORA / "wikinews"])
    again = dx.read_corpus(out)
    assert again.content_hash() == reference.content_hash() and again.counts == reference.counts
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "corpus"]
    assert all(name.startswith(".corpus.") for name in leftovers)  # at most a killed run's temp folder


def test_seed_unaffected(seed_corpus):
    assert len(seed_corpus.documents) == 1 and SEED.exists()
