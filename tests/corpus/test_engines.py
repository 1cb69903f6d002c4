"""Engines: a process pool and a Dask cluster give the same tables as the serial engine."""

import pandas as pd
import pytest

import discourse as dx
from discourse import InputError
from discourse.cli import main
from discourse.corpus import TABLES
from tests.conftest import CORPORA, SEED


def _same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_exact=True)
    assert a.inputs == b.inputs


@pytest.fixture(scope="module")
def serial():
    return dx.load([CORPORA / "kremlin", CORPORA / "wikinews", SEED, SEED])


def test_process_pool_is_identical(serial):
    _same(serial, dx.load([CORPORA / "kremlin", CORPORA / "wikinews", SEED, SEED], engine="process", workers=2))
    assert "duplicate" in serial.rejects["reason"].iloc[-1]


def test_dask_local_cluster_is_identical(serial):
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        _same(serial, dx.load([CORPORA / "kremlin", CORPORA / "wikinews", SEED, SEED], engine="dask", client=client))


def test_unknown_engine():
    with pytest.raises(InputError, match="unknown engine 'spark'"):
        dx.load(SEED, engine="spark")


def test_cli_engine(tmp_path, capsys):
    assert main(["load", str(SEED), "-o", str(tmp_path / "c"), "-q", "--engine", "process", "--workers", "2"]) == 0
    assert "documents 1 + rejects 0" in capsys.readouterr().out


def _children():
    import multiprocessing

    return [p for p in multiprocessing.active_children() if p.name == "discourse-first-pass"]


def test_first_pass_beside_in_a_child(monkeypatch):
    """The first pass runs in a forked child while ``beside`` runs here: the same items (the
    White House transcripts' unified speakers among them), ``beside`` called once, no child left;
    a child that dies, or a thread running here (no fork then), gives the same items."""
    import os
    import threading

    from discourse.corpus import _load, iter_unified

    paths = [CORPORA / "whitehouse", SEED]
    want = list(iter_unified(paths))
    here, first_pass = [], _load._first_pass_tables  # passes read in this process (not the child's)
    monkeypatch.setattr(_load, "_first_pass_tables", lambda *a: here.append(1) or first_pass(*a))
    threads = threading.active_count
    monkeypatch.setattr(_load.threading, "active_count", lambda: 1)  # other tests' threads
    calls = []
    assert list(iter_unified(paths, beside=lambda: calls.append(os.getpid()))) == want
    assert calls == [os.getpid()] and here == [] and _children() == []  # the pass ran in the child
    monkeypatch.setattr(_load, "_child_pass", lambda *args: os._exit(3))
    assert list(iter_unified(paths, beside=lambda: calls.append(1))) == want
    assert here == [1]  # the child died: the pass ran here
    monkeypatch.setattr(_load.threading, "active_count", threads)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert list(iter_unified(paths, beside=lambda: calls.append(2))) == want
    finally:
        stop.set()
        other.join()
    assert calls[1:] == [1, 2] and here == [1, 1] and _children() == []  # a thread here: no fork


def test_first_pass_beside_raises_here():
    """An error in ``beside`` (a bad actor file, Ctrl-C) stops the child; one in the pass is
    raised here, as without a child."""
    from discourse.corpus import iter_unified

    def fails():
        raise InputError(None, None, "actors", "bad actor file", "fix it")

    with pytest.raises(InputError, match="bad actor file"):
        iter_unified([CORPORA / "whitehouse"], beside=fails)
    assert _children() == []
    with pytest.raises(InputError, match="unknown format"):
        iter_unified([SEED], format="nope", beside=lambda: None)
