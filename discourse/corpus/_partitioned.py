"""Corpora larger than memory: load in partitions, resume, and measure partition by partition.

A partitioned corpus folder has the same files as any other (``documents.parquet``, ...,
``corpus.json``), so :func:`~discourse.read_corpus`, pandas, pyarrow and Dask read it as
usual. What differs is how it is written and read:

- :func:`load_partitioned` streams the inputs, builds ``partition_size`` documents at a
  time (in this process, a process pool or on a Dask cluster) and stages each finished
  partition in a folder beside the output. A run that is interrupted (even by SIGKILL)
  and started again reuses every staged partition whose inputs have not changed. Once
  all are staged, each table is written as one Parquet file with one row group per
  partition, ``corpus.json`` records the rows of each partition, and the folder is
  renamed into place.
- :func:`partitions` yields the corpus one partition at a time, as a :class:`Corpus`,
  reading only that partition's row groups.
- :func:`map_partitions` applies a function to every partition (again on any engine)
  and joins the results in order. Measures of this library are per document, so their
  results over partitions are the same rows as over the whole corpus in memory.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from pyarrow import feather
from tqdm import tqdm

from .._errors import CorpusFormatError, InputError, OutputError, output_error, worker_result
from .._io import check_output, write_file_atomic, write_folder_atomic
from .._version import __version__
from ._build import build_documents, plan_item, reject_table
from ._corpus import Corpus, Manifest, _unreadable, added_since, check_links, checked, read_manifest, table_file
from ._engines import _close, _dask_client, _finder, check_engine, process_pool, warm_for
from ._records import Record, Reject
from ._schema import SCHEMA_VERSION, TABLES, conform, empty

__all__ = ["load_partitioned", "map_partitions", "partitions"]

_PART = "part-{:05d}"
_STAGED_AS = "arrow"  # in each partition's fingerprint: a stage written as Parquet by older builds is rebuilt
_PART_NAME = re.compile(r"\.?part-\d{5}(?:\..*)?")  # a staged partition, or its temporary folder


# ---------------------------------------------------------------- engines

class _Runner:
    """Run tasks in this process, a process pool or on a Dask cluster; results in submit order."""

    def __init__(self, engine: str, workers: int | None, client):
        check_engine(engine, workers)
        self.engine, self.pool, self.client, self.own = engine, None, None, None
        self.workers = workers or os.cpu_count() or 1
        if engine == "process":
            self.pool = process_pool(self.workers)
        elif engine == "dask":
            self.client, self.own = _dask_client(client, workers)

    def submit(self, fn, *args):
        if self.pool is not None:
            return self.pool.submit(fn, *args)
        if self.client is not None:
            return self.client.submit(fn, *args, pure=False)
        done: Future = Future()
        try:
            done.set_result(fn(*args))
        except MemoryError as err:  # the same message as from a worker process
            done.set_exception(err)
        return done

    @property
    def in_flight(self) -> int:
        """Tasks to keep submitted at once: enough to keep every worker busy, few enough for memory."""
        return 1 if self.engine == "serial" else self.workers + 1

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
        _close(self.own)


def _ordered(runner: _Runner, tasks: Iterable[tuple]) -> Iterator:
    """Submit ``(fn, *args)`` tasks a few at a time; yield their results in task order."""
    pending: list = []
    for task in tasks:
        pending.append(runner.submit(*task))
        while len(pending) >= runner.in_flight:
            yield worker_result(pending.pop(0))
    for future in pending:
        yield worker_result(future)


# ---------------------------------------------------------------- writing

def _stage_dir(out: Path) -> Path:
    """The folder beside ``out`` where finished partitions wait; created, or checked to be ours."""
    out = Path(os.path.abspath(out))
    stage = out.parent / f".{out.name}.partial"
    try:
        stage.mkdir(parents=True, exist_ok=True)
        strange = sorted(p.name for p in stage.iterdir() if not _PART_NAME.fullmatch(p.name))
    except OSError as err:
        raise output_error(stage, err) from None
    if strange:
        raise OutputError(stage, f"this staging folder holds files that discourse did not write (such as "
                          f"'{strange[0]}')", "move them elsewhere, or choose another output folder")
    return stage


def _fingerprint(items: list, settings: str) -> str:
    """A digest of a partition's planned documents and rejects, and of all else that shapes its tables."""
    digest = hashlib.sha256(settings.encode("utf-8"))
    for item in items:
        digest.update(repr(item).encode("utf-8", "surrogatepass"))
        digest.update(b"\x1e")
    return digest.hexdigest()


def _build_part(stage: str, index: int, docs: list, rejects: list, inputs: int, fingerprint: str,
                extra: tuple) -> dict:
    """Build one partition's tables and stage them (runs in a worker)."""
    tables = build_documents(docs, _finder(extra))
    tables["rejects"] = reject_table(rejects, tables["rejects"])
    info = {"index": index, "fingerprint": fingerprint, "inputs": inputs,
            "rows": {name: len(tables[name]) for name in TABLES}}

    def write(folder: Path) -> None:
        for name in TABLES:
            _stage_table(tables[name], folder / f"{name}.arrow")
        (folder / "part.json").write_text(json.dumps(info, indent=1) + "\n", "utf-8")

    write_folder_atomic(Path(stage) / _PART.format(index), write)
    return info


def _stage_table(frame: pd.DataFrame, path: Path) -> None:
    """Stage a partition's table as an uncompressed Arrow file, which is written and read back
    several times faster than Parquet (the output's Parquet file is written once, from these)."""
    feather.write_feather(pa.Table.from_pandas(frame, preserve_index=False), path, compression="uncompressed")


def _staged_table(path: Path, name: str) -> pa.Table:
    return feather.read_table(path, memory_map=False).cast(_schema(name))


def _staged(stage: Path, index: int, fingerprint: str) -> dict | None:
    """The record of a partition staged by an earlier run with the same inputs, if any."""
    try:
        info = json.loads((stage / _PART.format(index) / "part.json").read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return info if info.get("fingerprint") == fingerprint else None


def _split(items: Iterable[Record | Reject], size: int) -> Iterator[tuple[list, list, int]]:
    """Plan items in input order and cut them into partitions of ``size`` documents.

    Yields ``(docs, rejects, inputs)`` per partition; the last may be smaller.
    """
    seen: dict[str, str] = {}
    docs, rejects, inputs = [], [], 0
    for item in items:
        inputs += 1
        planned = plan_item(item, seen)
        (rejects if isinstance(planned, Reject) else docs).append(planned)
        if len(docs) == size:
            yield docs, rejects, inputs
            docs, rejects, inputs = [], [], 0
    if docs or rejects or not seen:
        yield docs, rejects, inputs


# ``discourse load`` builds in memory up to this much text (estimated from the inputs' sizes on
# disk), and streams in partitions of PARTITION_SIZE documents above it (small enough that a
# worker per core stays within about 2 GB in all on the UN General Debate corpus).
STREAM_ABOVE = 64 * 2**20
PARTITION_SIZE = 500
# Below STREAM_ABOVE, worker processes build the in-memory corpus above this much text (the UN
# sample's 19 MB: 15.6 s in one process); a few articles are built faster in this process.
PARALLEL_ABOVE = 4 * 2**20
# How much text a byte of a compressed input holds, roughly (measured: the UNGDC .tar.xz 5.4x).
_EXPANSION = {".xz": 5, ".txz": 5, ".bz2": 5, ".tbz2": 5, ".gz": 4, ".tgz": 4, ".zip": 4, ".parquet": 3,
              ".xlsx": 4, ".xlsm": 4, ".ods": 4}


def partition_size_for(paths, *, stream_above: int | None = None) -> int | None:
    """The partition size ``discourse load`` chooses when none is given: ``None`` (build the
    corpus in memory) for inputs of up to ``stream_above`` bytes of text, else
    :data:`PARTITION_SIZE` (500) documents a partition.

    The text is estimated from the sizes on disk of the files a load would read (compressed
    archives and tables count several times their size), without reading them.

    Parameters
    ----------
    paths : path-like or list of them
    stream_above : int, optional
        Bytes of estimated text above which the corpus is built in partitions (default
        :data:`STREAM_ABOVE`, 64 MiB).

    Returns
    -------
    int or None

    Examples
    --------
    >>> import discourse as dx
    >>> dx.corpus.partition_size_for("corpora/kremlin") is None
    True
    >>> dx.corpus.partition_size_for("corpora/kremlin", stream_above=1000)
    500
    """
    stream_above = STREAM_ABOVE if stream_above is None else stream_above
    return PARTITION_SIZE if _estimated_text(paths, stream_above) > stream_above else None


def workers_for(paths, *, parallel_above: int | None = None) -> int | None:
    """The worker processes ``discourse load`` and ``discourse run`` build an in-memory corpus with
    when none are asked for: :func:`auto_workers` for inputs of more than ``parallel_above`` bytes of text (estimated
    as by :func:`partition_size_for`) on a machine with several cores, else ``None`` (this process:
    for a few articles, starting workers costs more than it saves). The tables are the same either
    way.

    Parameters
    ----------
    paths : path-like or list of them
    parallel_above : int, optional
        Bytes of estimated text above which workers build the documents (default
        :data:`PARALLEL_ABOVE`, 4 MiB).

    Returns
    -------
    int or None

    Examples
    --------
    >>> import discourse as dx
    >>> dx.corpus.workers_for("corpora/seed") is None
    True
    """
    parallel_above = PARALLEL_ABOVE if parallel_above is None else parallel_above
    workers = auto_workers()
    return workers if workers > 1 and _estimated_text(paths, parallel_above) > parallel_above else None


def _estimated_text(paths, enough: int) -> int:
    """The bytes of text a load of ``paths`` reads, estimated from the sizes on disk of its files
    (compressed archives and tables count several times their size), without reading them; the
    count stops once it passes ``enough``."""
    from ._load import _expand  # the files a load reads

    total = 0
    for file in _expand([paths] if isinstance(paths, (str, os.PathLike)) else paths):
        try:
            size = file.stat().st_size
        except (AttributeError, OSError):  # a reject (output folder, ...) or a file that went away
            continue
        total += size * _EXPANSION.get(file.suffix.lower(), 1)
        if total > enough:
            break
    return total


def auto_workers() -> int:
    """Worker processes for a streamed run when none are asked for: one a core, at most one per GiB
    of memory (a worker holds a partition at a time) and at most 8.

    >>> 1 <= auto_workers() <= 8
    True
    """
    cores = os.cpu_count() or 1
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (AttributeError, ValueError, OSError):  # not on this system (Windows): the cores decide
        memory = cores
    return max(1, min(cores, int(memory), 8))


def load_partitioned(paths, out, *, partition_size: int = 1000, format: str | None = None,
                     mapping: Mapping[str, str] | None = None, source: str | None = None, speakers=None,
                     actors=None, progress: bool = False, engine: str = "serial", sheet: str | None = None,
                     workers: int | None = None, client=None) -> Path:
    """Load inputs into a corpus folder partition by partition, in bounded memory, resumably.

    The folder holds the same tables as ``dx.load(paths).save(out)``, row for row, but
    memory grows with ``partition_size``, not with the corpus. Finished partitions are
    staged beside ``out`` (in ``.NAME.partial``); if the run is interrupted, the same call
    again reuses them (when their inputs, the library version and the actor files are
    unchanged) and builds only the rest. ``out`` itself appears only when complete.

    Parameters
    ----------
    paths, format, mapping, source, speakers, progress, engine, workers, client, sheet
        As for :func:`~discourse.load`.
    out : path-like
        The corpus folder to write (replaced if it exists).
    partition_size : int
        Documents per partition: each table gets one Parquet row group per partition.
    actors : path-like or list of paths, optional
        Your own actor files that extend the packaged registry.

    Returns
    -------
    Path
        ``out``.

    Examples
    --------
    >>> import tempfile, discourse as dx
    >>> out = dx.corpus.load_partitioned("corpora/kremlin", tempfile.mkdtemp() + "/k",
    ...                                  partition_size=25)
    >>> [len(part) for part in dx.corpus.partitions(out)]
    [25, 25, 9]
    >>> dx.read_corpus(out).documents.equals(dx.load("corpora/kremlin").documents)
    True
    """
    from ._load import iter_unified

    if not isinstance(partition_size, int) or partition_size < 1:
        raise InputError(None, None, "partition_size", f"{partition_size!r} is not a positive integer",
                         "give the number of documents per partition, e.g. 1000")
    out = check_output(out, [paths] if isinstance(paths, (str, os.PathLike)) else paths)
    extra = () if actors is None else tuple(str(a) for a in (
        [actors] if isinstance(actors, (str, os.PathLike)) else actors))
    settings = json.dumps([__version__, SCHEMA_VERSION, _STAGED_AS, [_file_digest(p) for p in extra]]
                          + ([sheet] if sheet is not None else []))
    stage = _stage_dir(out)
    items = iter_unified(paths, format=format, mapping=mapping, source=source, speakers=speakers,
                         progress=progress, sheet=sheet, beside=partial(warm_for, engine, extra))

    def tasks():
        for index, (docs, rejects, inputs) in enumerate(_split(items, partition_size)):
            # the plan, not only the inputs: an earlier partition decides what is a duplicate here
            fingerprint = _fingerprint([*docs, *rejects], settings)
            info = _staged(stage, index, fingerprint)
            if info is not None:
                yield _reuse, info
            else:
                yield _build_part, str(stage), index, docs, rejects, inputs, fingerprint, extra

    runner = _Runner(engine, workers, client)  # its workers inherit what iter_unified's beside built
    try:  # each partition joins the output as soon as it and those before it are built
        _assemble(stage, _ordered(runner, tasks()), out, partition_size)
    finally:
        runner.close()
    shutil.rmtree(stage, ignore_errors=True)
    return out


def _reuse(info: dict) -> dict:
    return info


def _file_digest(path) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError as err:
        raise InputError(path, None, None, f"cannot read the actor file: {err.strerror or err}",
                         "check the path") from None


def _schema(name: str) -> pa.Schema:
    return pa.Schema.from_pandas(empty(name), preserve_index=False)


def _assemble(stage: Path, staged: Iterable[dict], out: Path, partition_size: int) -> None:
    """Join staged partitions, in order as they come, into one Parquet file per table (a row group
    each) and a manifest; ``out`` appears only once all have come."""
    manifest, infos = Manifest(), []

    def write(folder: Path) -> None:
        writers = {name: pq.ParquetWriter(folder / f"{name}.parquet", _schema(name)) for name in TABLES}
        try:
            for info in staged:
                infos.append(info)
                part = stage / _PART.format(info["index"])
                for name in TABLES:
                    table = _staged_table(part / f"{name}.arrow", name)
                    if table.num_rows:
                        writers[name].write_table(table, row_group_size=table.num_rows)
                    if name == "documents":
                        manifest.add(conform(table.to_pandas(), "documents"))
        finally:
            for writer in writers.values():
                writer.close()
        inputs = sum(info["inputs"] for info in infos)
        meta = manifest.finish(inputs, {name: sum(i["rows"][name] for i in infos) for name in TABLES})
        meta["partitions"] = {"size": partition_size,
                              "rows": {name: [i["rows"][name] for i in infos] for name in TABLES}}
        (folder / "corpus.json").write_text(json.dumps(meta, indent=2) + "\n", "utf-8")

    write_folder_atomic(out, write)


# ---------------------------------------------------------------- reading

def _layout(path: Path) -> tuple[dict, dict[str, list[int]]]:
    """``corpus.json`` and each table's rows per partition (one partition if not partitioned)."""
    meta = read_manifest(path)
    parts = meta.get("partitions")
    rows = parts.get("rows") if isinstance(parts, dict) else None
    if parts is None:
        return meta, {name: [meta["counts"][name]] for name in TABLES}
    sizes = {len(rows.get(name, [])) if isinstance(rows, dict) and isinstance(rows.get(name), list) else -1
             for name in TABLES}
    if len(sizes) != 1 or -1 in sizes or any(
            not all(isinstance(n, int) and n >= 0 for n in rows[name]) or sum(rows[name]) != meta["counts"][name]
            for name in TABLES):
        raise CorpusFormatError(path / "corpus.json", None, "partitions", "the rows per partition do not add up "
                                "to the counts of the tables", "load the raw inputs again with 'discourse load'")
    return meta, rows


def _read_rows(file: pq.ParquetFile, start: int, stop: int, name: str, where: Path,
               added: tuple[str, ...]) -> pd.DataFrame:
    """Rows ``start:stop`` of a Parquet file, reading only the row groups that hold them."""
    groups, first, offset = [], None, 0
    for i in range(file.metadata.num_row_groups):
        n = file.metadata.row_group(i).num_rows
        if offset < stop and offset + n > start:
            groups.append(i)
            first = offset if first is None else first
        offset += n
    if not groups or start >= stop:
        return empty(name)
    try:
        frame = file.read_row_groups(groups).slice(start - first, stop - start).to_pandas()
    except MemoryError:  # the machine, not this input: the run stops, no reject row
        raise
    except Exception as err:  # noqa: BLE001 -- damaged bytes fail in pyarrow in many ways
        raise _unreadable(where, err) from None
    return checked(frame, name, where, added)


def _open(path: Path) -> tuple[dict, dict[str, list[int]], dict[str, tuple[pq.ParquetFile, Path]]]:
    meta, rows = _layout(path)
    files = {}
    for name in TABLES:
        file = table_file(path, name)
        try:
            files[name] = pq.ParquetFile(file), file
        except (OSError, ValueError) as err:
            raise _unreadable(file, err) from None
    return meta, rows, files


def _part(meta: dict, rows: dict, files: dict, index: int) -> Corpus:
    tables = {}
    for name in TABLES:
        start = sum(rows[name][:index])
        file, where = files[name]
        tables[name] = _read_rows(file, start, start + rows[name][index], name, where, added_since(meta, name))
    check_links(tables, Path(files["documents"][1]).parent)
    whole = len(rows["documents"]) == 1
    inputs = int(meta["counts"]["inputs"]) if whole else len(tables["documents"]) + len(tables["rejects"])
    return Corpus(**tables, inputs=inputs)


def partitions(path) -> Iterator[Corpus]:
    """Yield a corpus folder one partition at a time, each as a :class:`Corpus`.

    A folder written by :func:`load_partitioned` yields its partitions; any other corpus
    folder yields itself whole. Only one partition is in memory at a time.

    Examples
    --------
    >>> import tempfile, discourse as dx
    >>> folder = dx.corpus.load_partitioned("corpora/whitehouse", tempfile.mkdtemp() + "/wh",
    ...                                     partition_size=5)
    >>> [(len(part), part.inputs) for part in dx.corpus.partitions(folder)]
    [(5, 5), (5, 5), (2, 2)]
    """
    path = Path(path)
    meta, rows, files = _open(path)
    for index in range(len(rows["documents"])):
        yield _part(meta, rows, files, index)


def _one_part(path: str, index: int) -> Corpus:
    return _part(*_open(Path(path)), index)


def _apply(func: Callable, path: str, index: int, stage: str | None, fingerprint: str | None):
    """Apply ``func`` to one partition (runs in a worker); stage the result when asked."""
    result = func(_one_part(path, index))
    if stage is None:
        return result
    tables = result if isinstance(result, dict) else {"result": result}

    def write(folder: Path) -> None:
        for name, table in tables.items():
            table.to_parquet(folder / f"{name}.parquet", index=False)
        (folder / "part.json").write_text(json.dumps({"fingerprint": fingerprint,
                                                      "tables": sorted(tables)}) + "\n", "utf-8")

    write_folder_atomic(Path(stage) / _PART.format(index), write)
    return None


def _join(results: list) -> pd.DataFrame | dict[str, pd.DataFrame]:
    if results and isinstance(results[0], dict):
        return {key: _concat([r[key] for r in results]) for key in results[0]}
    return _concat(results)


def _concat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    non_empty = [f for f in frames if len(f)]
    if not non_empty:
        return frames[0] if frames else pd.DataFrame()
    joined = pd.concat(non_empty, ignore_index=True)
    return joined.astype(frames[0].dtypes.to_dict()) if len(non_empty) < len(frames) else joined


def map_partitions(path, func: Callable[[Corpus], pd.DataFrame | dict], *, engine: str = "serial",
                   workers: int | None = None, client=None, out=None, key: str = "", progress: bool = False):
    """Apply a function to every partition of a corpus folder and join the results in order.

    Parameters
    ----------
    path : path-like
        A corpus folder (partitioned or not).
    func : callable
        Takes a :class:`Corpus`, returns a DataFrame or a dict of DataFrames. For the
        ``process`` and ``dask`` engines it must be importable (defined at module level,
        or a :func:`functools.partial` of such a function).
    engine : {"serial", "process", "dask"}
    workers, client
        As for :func:`~discourse.load`.
    out : path-like, optional
        A folder: each table of the result is written to ``out/NAME.parquet`` (one row
        group per partition; ``result.parquet`` when ``func`` returns one DataFrame), and
        results of finished partitions are staged so that an interrupted run, started
        again with the same ``key``, recomputes only the unfinished ones.
    key : str
        With ``out``: what identifies the computation (e.g. the measure and its
        parameters). Staged results are reused only for the same corpus and key.
    progress : bool
        Show a progress bar over the partitions (on stderr).

    Returns
    -------
    DataFrame or dict of DataFrame, or Path
        The joined results; with ``out``, the folder instead (results stay on disk).

    Examples
    --------
    >>> import tempfile, discourse as dx
    >>> from discourse.features import sentiment
    >>> folder = dx.corpus.load_partitioned("corpora/kremlin", tempfile.mkdtemp() + "/k",
    ...                                     partition_size=25)
    >>> scores = dx.corpus.map_partitions(folder, sentiment.sentence_scores)
    >>> scores.equals(sentiment.sentence_scores(dx.read_corpus(folder)))
    True
    """
    path = Path(path)
    n_parts = len(_layout(path)[1]["documents"])
    runner = _Runner(engine, workers, client)
    stage = None
    if out is not None:
        out = check_output(out, [path])
        stage = _stage_dir(out)
        digest = read_manifest(path).get("content_sha256", "")

    def tasks():
        for index in range(n_parts):
            if stage is None:
                yield _apply, func, str(path), index, None, None
                continue
            fingerprint = hashlib.sha256(f"{__version__}\x1f{digest}\x1f{index}\x1f{key}".encode()).hexdigest()
            if _staged(stage, index, fingerprint) is None:
                yield _apply, func, str(path), index, str(stage), fingerprint
            else:
                yield _reuse, None

    try:
        results = list(tqdm(_ordered(runner, tasks()), total=n_parts, desc="measuring", unit="partition",
                            disable=not progress or n_parts < 2))
    finally:
        runner.close()
    if stage is None:
        return _join(results)
    _assemble_results(stage, n_parts, out, {"content_sha256": digest, "key": key})
    shutil.rmtree(stage, ignore_errors=True)
    return out


def _assemble_results(stage: Path, n_parts: int, out: Path, about: dict) -> None:
    """Join staged per-partition results into ``out/NAME.parquet``, one row group per partition.

    Each table replaces its own file atomically, so measures written one after another to
    the same folder sit side by side; ``measure.json`` marks the folder as ours and records
    what each table was computed from.
    """
    names = json.loads((stage / _PART.format(0) / "part.json").read_text("utf-8"))["tables"]
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise output_error(out, err) from None
    for name in names:
        files = [stage / _PART.format(i) / f"{name}.parquet" for i in range(n_parts)]
        filled = [f for f in files if pq.ParquetFile(f).metadata.num_rows]
        schema = pq.read_schema(filled[0] if filled else files[0])

        def write(tmp: Path) -> None:
            with pq.ParquetWriter(tmp, schema) as writer:
                for file in filled:  # one partition in memory at a time
                    table = pq.read_table(file)
                    writer.write_table(table.cast(schema), row_group_size=table.num_rows)

        write_file_atomic(out / f"{name}.parquet", write)
    marker = out / "measure.json"
    try:
        meta = json.loads(marker.read_text("utf-8"))
    except (OSError, ValueError):
        meta = {}
    tables = meta.get("tables") if isinstance(meta.get("tables"), dict) else {}
    meta = {"library": "discourse", "library_version": __version__,
            "tables": {**tables, **{name: about for name in names}}}
    write_file_atomic(marker, lambda tmp: tmp.write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n", "utf-8"))

