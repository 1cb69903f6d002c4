"""Build corpus tables in this process, in a process pool, or on a Dask cluster.

Every engine plans in input order first (which items become documents, which become rejects),
then builds the documents' tables in chunks and joins them in order, so all engines give the
same tables, row for row.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

import pandas as pd

from .._errors import InputError, resource_error
from ._build import build_documents, plan, reject_table
from ._mentions import mention_finder
from ._registry import load_registry
from ._schema import TABLES, conform, empty

__all__ = ["ENGINES", "build", "check_engine"]

ENGINES = ("serial", "process", "dask")
_CHUNK = 200  # documents per task: large enough to amortise a task, small enough to balance


def _finder(extra: tuple):
    """The mention finder of the registry extended by ``extra``, built once per process
    (again when one of the files changes)."""
    return _cached_finder(extra, tuple(_stamp(p) for p in extra))


def _stamp(path) -> tuple:
    try:
        stat = os.stat(path)
    except OSError:
        return ()
    return stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=4)
def _cached_finder(extra: tuple, stamps: tuple):
    return mention_finder(load_registry(extra=extra) if extra else None)


def warm_for(engine: str, extra: tuple) -> None:
    """Build the mention finder and Punkt before an engine's workers need them: in this process
    for the serial engine; before a process pool starts its workers when they are forked from
    it, so that each inherits them instead of building its own (about 3 s a worker). Workers
    started otherwise (spawn, Dask) build their own."""
    if engine == "serial" or (engine == "process" and multiprocessing.get_start_method() == "fork"):
        _warm(extra)


def _warm(extra: tuple) -> None:
    from ._segment import _punkt

    _finder(extra)
    _punkt()


def _build_chunk(docs, extra: tuple):
    """Build one chunk's tables in a worker (module level, so it can be pickled)."""
    return build_documents(docs, _finder(extra))


def process_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool whose workers exit when the process that started them dies.

    A pool's workers otherwise wait for work forever once their parent is killed (SIGKILL,
    out of memory), each holding its memory.
    """
    return ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),))


def _watch_parent(parent: int) -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the run, and a
    # worker that died of it would only add tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)

    def watch():
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="discourse-watch-parent").start()


def _chunks(docs: list, size: int) -> list[list]:
    return [docs[i:i + size] for i in range(0, len(docs), size)] or [[]]


def _join(parts: list[dict]) -> dict[str, pd.DataFrame]:
    tables = {}
    for name in TABLES:
        if name == "rejects":
            continue
        frames = [p[name] for p in parts if len(p[name])]
        tables[name] = conform(pd.concat(frames, ignore_index=True), name) if frames else empty(name)
    return tables


def build(items, extra: tuple = (), engine: str = "serial", workers: int | None = None, client=None
          ) -> tuple[dict[str, pd.DataFrame], int]:
    """Build the corpus tables with an engine.

    Parameters
    ----------
    items : iterable of Record or Reject
    extra : tuple of paths
        User actor files that extend the registry (workers load the same registry).
    engine : {"serial", "process", "dask"}
    workers : int, optional
        Processes for the ``process`` engine (default: all cores); for ``dask`` without a
        client, the workers of the local cluster started for the run.
    client : dask.distributed.Client or str, optional
        An existing Dask client, or a scheduler address (``"tcp://host:8786"``).
    """
    check_engine(engine, workers)
    docs, rejects, inputs = plan(items)
    if engine == "serial":
        parts = [build_documents(docs, _finder(extra))]
    elif engine == "process":
        workers = workers or os.cpu_count() or 1
        size = max(1, min(_CHUNK, -(-len(docs) // (workers * 4))))
        warm_for("process", extra)
        with process_pool(workers) as pool:
            try:  # map cancels what has not started when it stops (Ctrl-C, a dead worker)
                parts = list(pool.map(_build_chunk, _chunks(docs, size), [extra] * len(_chunks(docs, size))))
            except (MemoryError, RuntimeError) as err:
                raise resource_error(err) from None
    else:
        parts = _dask(docs, extra, workers, client)
    tables = _join(parts)
    tables["rejects"] = reject_table(rejects, *(p["rejects"] for p in parts))
    return tables, inputs


def check_engine(engine: str, workers) -> None:
    """Refuse an unknown engine or a number of workers below 1, naming the fix."""
    if engine not in ENGINES:
        raise InputError(None, None, "engine", f"unknown engine {engine!r}", f"use one of {', '.join(ENGINES)}")
    if workers is not None and (isinstance(workers, bool) or not isinstance(workers, int) or workers < 1):
        raise InputError(None, None, "workers", f"{workers!r} is not a number of workers",
                         "give a whole number of at least 1, or leave it out to use every core")


def _dask_client(client, workers: int | None):
    """Return ``(client, own)``: a client for ``client`` (None: a new local cluster), and
    the client to close afterwards (None when the caller's own client was given)."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - dask is a dependency
        raise InputError(None, None, "engine", "dask is not installed", "pip install 'dask[distributed]'") from None
    if client is None:
        own = Client(LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                                  processes=True, dashboard_address=None))
        return own, own
    if isinstance(client, str):
        own = Client(client)
        return own, own
    return client, None


def _close(own) -> None:
    if own is not None:
        cluster = getattr(own, "cluster", None)
        own.close()
        if cluster is not None:
            cluster.close()


def _dask(docs, extra, workers, client):
    client, own = _dask_client(client, workers)
    try:
        futures = client.map(_build_chunk, _chunks(docs, _CHUNK), extra=extra, pure=False)
        return client.gather(futures)
    finally:
        _close(own)
