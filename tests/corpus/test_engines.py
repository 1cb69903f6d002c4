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
