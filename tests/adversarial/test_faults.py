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
from discourse import ResourceError
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


def _die(corpus):
    """A partition's task whose worker process is killed (as by the out-of-memory killer)."""
    os._exit(9)


def test_a_killed_worker_is_a_clear_error_and_the_run_resumes(tmp_path):
    """Issue 19: a worker that dies mid-run ends the run with what to do, no half-written folder;
    the same call again finishes it."""
    from discourse.features import sentiment

    folder = dx.corpus.load_partitioned(CORPORA / "kremlin", tmp_path / "c", partition_size=25)
    with pytest.raises(ResourceError, match=r"(?s)worker process died.*run the same command again"):
        dx.corpus.map_partitions(folder, _die, engine="process", workers=2, out=tmp_path / "out", key="k")
    assert not (tmp_path / "out").exists()
    out = dx.corpus.map_partitions(folder, sentiment.sentence_scores, engine="process", workers=2,
                                   out=tmp_path / "out", key="k")
    assert (out / "result.parquet").is_file()


def test_running_out_of_memory_stops_with_what_to_do(tmp_path, monkeypatch, capsys):
    """Out of memory is the machine, not the document: no reject row, a message and exit 2."""
    from discourse.cli import main
    from discourse.corpus import _build

    def exhausted(self, rec, doc_id):
        raise MemoryError

    monkeypatch.setattr(_build._Tables, "_add", exhausted)
    assert main(["load", str(CORPORA / "kremlin"), "-o", str(tmp_path / "c"), "-q"]) == 2
    err = capsys.readouterr().err
    assert "out of memory" in err and "--partition-size" in err and "Traceback" not in err
    assert not (tmp_path / "c").exists()


_LIMITED = """
import re, resource, sys
import discourse as dx
from discourse.cli import main
dx.load(sys.argv[1], progress=False)  # every lazily imported module is in memory before the limit
size = int(re.search(r"VmSize:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) * 1024
resource.setrlimit(resource.RLIMIT_AS, (size + int(sys.argv[4]) * 2**20,) * 2)
sys.exit(main(["load", sys.argv[2], "-o", sys.argv[3], "-q", *sys.argv[5:]]))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc and RLIMIT_AS, as on Linux")
@pytest.mark.parametrize("engine", [["--engine", "serial"], []])
def test_a_real_memory_limit_stops_the_run_with_what_to_do(tmp_path, engine):
    """Issue 19: a machine with little memory (an address-space limit, not a mock). The reader of a
    30 MB document runs out: a message and exit 2, no reject row blaming the file, no folder."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = SEED.read_text("utf-8") + "\n\n"
    (folder / "big.txt").write_text(text * (30 * 2**20 // len(text)), "utf-8")
    done = subprocess.run([sys.executable, "-c", _LIMITED, str(SEED.parent), str(folder), str(tmp_path / "out"), "150",
                           *engine], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2, done.stderr
    assert "out of memory" in done.stderr and "--partition-size" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()
