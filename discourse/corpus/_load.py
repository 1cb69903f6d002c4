"""Find input files, pick a reader for each, and build a :class:`Corpus`."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import multiprocessing
import os
import re
import tarfile
import threading
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path, PurePosixPath

from tqdm import tqdm  # text bars everywhere: tqdm.auto warns in notebooks without ipywidgets

from .._datafiles import NotRegularFile, read_regular, special_kind
from .._errors import InputError
from .._formats import FORMATS
from .._io import output_kind
from .._limits import Timeout, budget, deadline
from ._build import build_tables
from ._engines import build
from ._corpus import Corpus
from ._pagetext import read_page_text
from ._link import HOSTS
from ._mentions import mention_finder
from ._normalize import detect
from ._records import Record, Reject
from ._registry import Registry
from ._tables import (STREAM_BYTES, read_csv, read_jsonl, read_parquet, read_spreadsheet, rows_to_records,
                      stream_table)
from ._ungdc import UNGDC_NAME, SpeakerIndex, find_speaker_table, read_ungdc_speech

__all__ = ["FORMATS", "load", "iter_records", "detect_format"]

#: Largest single document (text, HTML, Markdown, speech) read; larger ones are rejected.
MAX_DOCUMENT_BYTES = 50 * 2**20
#: Largest archive member or decompressed stream read into memory.
MAX_MEMBER_BYTES = 1 * 2**30
#: Largest input file read whole (larger CSV and JSON Lines files are streamed line by line).
MAX_FILE_BYTES = 1 * 2**30
_SINGLE_DOC = {"text", "html", "markdown", "ungdc"}
_ARCHIVES = (".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".zip")
_SUFFIX_FORMATS = {
    ".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".md": "markdown", ".markdown": "markdown", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".json": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet",
    ".xlsx": "spreadsheet", ".xlsm": "spreadsheet", ".xlsb": "spreadsheet", ".xls": "spreadsheet",
    ".ods": "spreadsheet",
}
_TABLES = {"csv", "jsonl", "parquet", "spreadsheet"}
_ODS = b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"  # the first member of every .ods


def _reader(fmt: str) -> Callable:
    if fmt == "html":
        from ._html import read_html
        return read_html
    if fmt == "markdown":
        from ._transcripts import read_whitehouse_markdown
        return read_whitehouse_markdown
    if fmt == "kremlin":
        from ._transcripts import read_kremlin_jsonl
        return read_kremlin_jsonl
    if fmt == "pages":
        from ._pages import read_page_cache
        return read_page_cache
    return {"text": read_page_text, "csv": read_csv, "jsonl": read_jsonl, "parquet": read_parquet,
            "spreadsheet": read_spreadsheet, "ungdc": read_ungdc_speech}[fmt]


def detect_format(name: str, head: bytes = b"") -> str | None:
    """Guess a file's format from its name, then from its first bytes.

    Examples
    --------
    >>> detect_format("USA_79_2024.txt"), detect_format("page.html"), detect_format("x.jsonl.gz")
    ('ungdc', 'html', 'jsonl')
    >>> detect_format("noext", b"<!doctype html><html>")
    'html'
    >>> detect_format("pressers.xlsx"), detect_format("pressers.ods")
    ('spreadsheet', 'spreadsheet')
    """
    base = PurePosixPath(name).name
    if UNGDC_NAME.match(base):
        return "ungdc"
    lower = base.lower().removesuffix(".gz")
    for suffix, fmt in _SUFFIX_FORMATS.items():
        if lower.endswith(suffix):
            return _jsonl_kind(head) if fmt == "jsonl" else fmt
    start = head.lstrip()[:200].lower()
    if start.startswith((b"<!doctype html", b"<html")) or b"<body" in start:
        return "html"
    if start.startswith(b"{"):
        return _jsonl_kind(head)
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"PK\x03\x04") and not lower.endswith(".zip") and (_ODS in head[:100] or b"xl/" in head):
        return "spreadsheet"  # a workbook by another name: its package holds xl/ parts, or an .ods mimetype
    return "text" if head else None


def _jsonl_kind(head: bytes) -> str:
    from ._pages import looks_like_page_cache, looks_like_page_cache_head
    from ._transcripts import looks_like_kremlin

    line = head.split(b"\n", 1)[0]
    try:
        first = json.loads(line)
    except (ValueError, RecursionError):  # a bad line, or the start of a long one (a saved page of megabytes)
        return "pages" if looks_like_page_cache_head(line) else "jsonl"
    if looks_like_page_cache(first):
        return "pages"
    return "kremlin" if isinstance(first, dict) and looks_like_kremlin(first) else "jsonl"


class _Options:
    def __init__(self, fmt, mapping, source, speakers, sheet=None):
        if fmt is not None and fmt not in FORMATS:
            raise InputError(None, None, "format", f"unknown format {fmt!r}",
                             f"use one of: {', '.join(FORMATS)}")
        from ._tables import FIELDS

        for column, field in dict(mapping or {}).items():
            if field not in FIELDS:
                raise InputError(None, None, "mapping", f"'{column}={field}' names no document field",
                                 f"map columns to one of: {', '.join(FIELDS)}")
        self.format, self.mapping, self.source = fmt, dict(mapping or {}), source
        self.speakers, self.sheet = speakers, sheet
        self._speaker_cache: dict[str, SpeakerIndex] = {}
        self._table_of: dict[str, Path | None] = {}
        if speakers is not None:  # a table the user named: an error now, not when a speech needs it
            self.speaker_index("")

    def speaker_index(self, path: str) -> SpeakerIndex | None:
        if path not in self._table_of:  # every speech of an archive asks with the archive's path
            self._table_of[path] = self.speakers or find_speaker_table(path)
        table = self._table_of[path]
        if table is None:
            return None
        key = str(table)
        if key not in self._speaker_cache:
            self._speaker_cache[key] = SpeakerIndex.read(table)
        return self._speaker_cache[key]


def _read_one(path: str, data: bytes, record: str, name: str, opts: _Options,
              formats: frozenset | None = None) -> Iterator[Record | Reject]:
    if name.lower().endswith(".gz") and not name.lower().endswith((".tar.gz", ".tgz")):
        try:
            data = _gunzip(data)
        except (OSError, EOFError, ValueError) as err:
            yield Reject(path, record, "", f"broken gzip stream: {err}", "check that the download is complete")
            return
        name = name[:-3]
    if not data.strip():
        yield Reject(path, record, "", "empty file" if not data else "whitespace-only file",
                     "remove the file or fill it")
        return
    first_line = data[: data.find(b"\n", 0, 2**20) if b"\n" in data[:2**20] else 4096]
    fmt = opts.format or detect_format(name, first_line if first_line.lstrip().startswith(b"{") else data[:4096])
    if formats is not None and fmt not in formats:
        return
    if fmt in _SINGLE_DOC and len(data) > MAX_DOCUMENT_BYTES:
        yield Reject(path, record, "", f"{len(data) / 2**20:,.1f} MB is too large for one {fmt} document "
                     f"(limit {MAX_DOCUMENT_BYTES / 2**20:,.1f} MB)",
                     "split the file into one document per file, or load it as CSV/JSONL")
        return
    kwargs: dict = {"source": opts.source}
    if fmt in _TABLES:
        kwargs["mapping"] = opts.mapping
    if fmt == "spreadsheet":
        kwargs["sheet"] = opts.sheet
    if fmt == "ungdc":
        kwargs["speakers"] = opts.speaker_index(path)
    if fmt in _SINGLE_DOC:
        kwargs["record"] = record
    yield from _with_encoding(_reader(fmt)(path, data, **kwargs), data, fmt)


def _with_encoding(items: Iterator[Record | Reject], data: bytes, fmt: str) -> Iterator[Record | Reject]:
    """Say on each record how its file was decoded, unless its reader said so itself."""
    found = None
    for item in items:
        if isinstance(item, Record) and item.encoding is None and fmt not in {"parquet", "spreadsheet"}:
            if found is None:
                try:
                    found = detect(data)[1:]
                except InputError:
                    found = (None, None)
            item = replace(item, encoding=found[0], encoding_confidence=found[1])
        yield item


def _gunzip(data: bytes) -> bytes:
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        out = stream.read(MAX_MEMBER_BYTES + 1)
    if len(out) > MAX_MEMBER_BYTES:
        raise ValueError(f"decompresses to more than {MAX_MEMBER_BYTES // 2**20} MB")
    return out


def _archive_members(path: str, stream=None) -> Iterator[tuple[str, bytes | Reject]]:
    """Yield ``(member name, bytes or Reject)`` for each file of an archive, read in memory (a tar
    archive from ``stream``, its decompressed bytes, when given)."""
    if path.lower().endswith(".zip"):
        with zipfile.ZipFile(path) as archive:
            for info in sorted(archive.infolist(), key=lambda i: i.filename):
                if info.is_dir():
                    continue
                if info.file_size > MAX_MEMBER_BYTES:
                    yield info.filename, _too_big(path, info.filename, info.file_size)
                    continue
                if info.flag_bits & 0x1:
                    yield info.filename, Reject(path, f"member '{info.filename}'", "", "the member is encrypted",
                                                "decrypt the archive, or unpack the member and load it")
                    continue
                try:
                    yield info.filename, archive.read(info)
                except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, RuntimeError,
                        EOFError, zlib.error, lzma.LZMAError) as err:
                    yield info.filename, Reject(path, f"member '{info.filename}'", "", f"corrupt member: {err}",
                                                "repack the archive")
        return
    with tarfile.open(path, mode="r:*") if stream is None else tarfile.open(fileobj=stream, mode="r:") as archive:
        for member in archive:
            if member.isdir():
                continue
            if not member.isfile():
                yield member.name, Reject(path, f"member '{member.name}'", "",
                                          "archive member is a link or device, not a file",
                                          "pack the files themselves, not links to them")
            elif member.size > MAX_MEMBER_BYTES:
                yield member.name, _too_big(path, member.name, member.size)
            else:
                yield member.name, archive.extractfile(member).read()


def _too_big(path, name, size) -> Reject:
    return Reject(path, f"member '{name}'", "", f"member is {size / 2**20:.0f} MB, over the "
                  f"{MAX_MEMBER_BYTES // 2**20} MB limit", "unpack it and load its parts")


def _read_archive(path: str, opts: _Options, formats: frozenset | None = None) -> Iterator[Record | Reject]:
    opener = None if path.lower().endswith(".zip") else _opener(path)
    if formats is not None and opener is not None:
        yield from _first_pass(path, opts, formats, opener)
        return
    damaged = _damaged_stream(path)
    if damaged:
        yield Reject(path, "", "", f"the archive is damaged ({damaged}), so its text cannot be trusted",
                     "download or copy the archive again, then load it again")
        return
    try:
        for name, data in _archive_members(path):
            record = f"member '{name}'"
            if isinstance(data, Reject):
                yield data
            elif _ignored(name):
                yield Reject(path, record, "", "not a document (operating-system metadata file)",
                             "nothing to do: such files carry no text")
            else:
                yield from _read_one(path, data, record, name, opts, formats)
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, zlib.error, lzma.LZMAError) as err:
        yield Reject(path, "", "", f"unreadable or truncated archive: {err}",
                     "check that the download is complete, then load it again")


def _first_pass(path: str, opts: _Options, formats: frozenset, opener) -> Iterator[Record]:
    """The records of ``formats`` in a compressed tar archive, for the first pass of a load, with
    the compressed stream checked whole in the same decompression, so that the second pass does
    not decompress it a third time. Nothing is given when reading fails: the second pass checks
    the archive itself and says why it is rejected."""
    found = []
    try:
        key = _stream_key(path)
        with opener(path, "rb") as stream:
            for name, data in _archive_members(path, stream):
                if not isinstance(data, Reject) and not _ignored(name):
                    found += [r for r in _read_one(path, data, f"member '{name}'", name, opts, formats)
                              if isinstance(r, Record)]
            while stream.read(2**22):  # past the tar's end marker, to the stream's own checksum
                pass
    except (tarfile.TarError, OSError, EOFError, ValueError, zlib.error, lzma.LZMAError):
        return
    _remember(key, None)
    yield from found


_COMPRESSED = {b"\x1f\x8b": gzip.open, b"\xfd7zXZ": lzma.open, b"BZh": bz2.open}
_VERDICTS: dict[tuple, str | None] = {}  # (path, size, mtime) -> why its compressed stream is damaged


def _opener(path: str):
    """The opener of a compressed file (gzip, xz, bzip2) by its first bytes, or None."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(6)
    except OSError:
        return None
    return next((o for magic, o in _COMPRESSED.items() if head.startswith(magic)), None)


def _stream_key(path: str) -> tuple:
    st = os.stat(path)
    return path, st.st_size, st.st_mtime_ns


def _remember(key: tuple, verdict: str | None) -> None:
    if len(_VERDICTS) >= 64:
        _VERDICTS.clear()
    _VERDICTS[key] = verdict


def _damaged_check(path: str) -> str | None:
    opener = _opener(path)
    if opener is None:
        return None
    try:
        with opener(path, "rb") as stream:
            while stream.read(2**22):
                pass
    except (OSError, EOFError, ValueError, zlib.error, lzma.LZMAError) as err:
        return f"{type(err).__name__}: {str(err)[:120]}"
    return None


def _damaged_stream(path: str) -> str | None:
    """Why a compressed tar archive fails its checksums, or None if it passes (or is not compressed).

    A tar reader stops at the archive's end marker, before the compressed stream's own
    checksum, so a damaged stream would be read without complaint: check it whole first
    (once per file and version of it: the first pass of a load may have checked it already).
    """
    try:
        key = _stream_key(path)
    except OSError:
        return None  # reading the archive will say why
    if key not in _VERDICTS:
        _remember(key, _damaged_check(path))
    return _VERDICTS[key]


def _ignored(name: str) -> bool:
    base = PurePosixPath(name).name
    return base.startswith("._") or base in {".DS_Store", "Thumbs.db", "desktop.ini"} or "__MACOSX/" in name


# Files that document a data folder rather than hold its documents; skipped inside folders
# (name one explicitly to load it).
_DOC_FILE = re.compile(r"^(?:README|LICEN[CS]E|SOURCE|COPYING|NOTICE|SPLIT|MANIFEST|CHANGELOG)\b", re.I)


def _expand(paths: Iterable) -> Iterator[Path | Reject]:
    """Every input file under ``paths``, in a stable order, or a Reject for what cannot be one."""
    for item in paths:
        path = Path(item)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists() or path.is_symlink():
            yield path
        else:
            raise InputError(path, None, None, "no such file or folder", "check the path")


def _walk(top: Path) -> Iterator[Path | Reject]:
    """The files of a folder tree: files of a folder (sorted) before its subfolders, depth first.

    Iterative, so that deep trees cannot exhaust the stack. Hidden entries and files that
    document a data folder are skipped; links to folders are not followed (they can loop);
    folders that this library wrote (corpus, recipe or measure output) are not read as input.
    """
    stack = [top]
    while stack:
        folder = stack.pop()
        kind = output_kind(folder)
        if kind:
            yield Reject(str(folder), "", "", f"this is {kind} that discourse wrote, not raw input",
                         "read it with dx.read_corpus, or move it out of the input folder")
            continue
        try:
            with os.scandir(folder) as entries:
                entries = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
                dirs = [Path(e.path) for e in entries if e.is_dir(follow_symlinks=False)]
                files = [e for e in entries if not e.is_dir(follow_symlinks=False)]
                links = [Path(e.path) for e in files if e.is_symlink() and e.is_dir()]
        except OSError as err:
            yield Reject(str(folder), "", "", f"cannot read the folder: {err.strerror or err}",
                         "check its permissions and the length of its path")
            continue
        for entry in files:
            if Path(entry.path) in links:
                yield Reject(entry.path, "", "", "a link to a folder, which is not followed (links can loop)",
                             "name the folder itself as an input")
            elif not _DOC_FILE.match(entry.name):
                yield Path(entry.path)
        stack.extend(reversed(dirs))


def _guarded(items: Iterator, path: str, size: int) -> Iterator[Record | Reject]:
    """Pass a reader's items on; a reader that fails or runs over its time budget ends in a Reject.

    This is the per-file boundary: whatever goes wrong inside one reader, the run goes on and
    every input is accounted for.
    """
    seconds = budget(size)
    while True:
        try:
            with deadline(seconds):
                item = next(items)
        except StopIteration:
            return
        except Timeout as err:
            yield Reject(path, "", "", f"reading it {err}", "split the file, or raise DISCOURSE_DOCUMENT_SECONDS")
            return
        except MemoryError:  # the machine, not this input: the run stops, no reject row
            raise
        except Exception as err:  # noqa: BLE001 -- the boundary of one input file
            yield Reject(path, "", "", f"the reader failed: {type(err).__name__}: {str(err)[:160]}",
                         "report this as a bug with the file; the other inputs were loaded")
            return
        yield item


def iter_records(paths, *, format: str | None = None, mapping: Mapping[str, str] | None = None,
                 source: str | None = None, speakers=None, progress: bool = False, sheet: str | None = None
                 ) -> Iterator[Record | Reject]:
    """Yield one Record or Reject per input document found under ``paths``.

    Parameters are those of :func:`load`. Transcript speakers are resolved within each
    file; :func:`iter_unified` also unifies them across files, as :func:`load` does.
    """
    opts = _Options(format, mapping, source, speakers, sheet)
    yield from _iter(paths, opts, progress)


def _iter(paths, opts: _Options, progress: bool = False, formats: frozenset | None = None
          ) -> Iterator[Record | Reject]:
    """Read every input; with ``formats``, only files of those formats (silently skipping the rest)."""
    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    expanded = list(_expand(paths))
    # no bar object at all without progress: tqdm starts a monitor thread for any bar, and a
    # thread would keep the first pass from running in a forked child (see _first_pass_beside)
    for path in tqdm(expanded, desc="loading", unit="file") if progress else expanded:
        if isinstance(path, Reject):
            yield path
            continue
        name = str(path)
        try:
            size = os.stat(path).st_size
            items = _read_path(path, name, opts, formats)
        except OSError as err:
            yield Reject(name, "", "", f"cannot read the file: {err.strerror or err}",
                         "check the file's permissions, or remove it from the input")
            continue
        yield from _guarded(items, name, size)


def _read_path(path: Path, name: str, opts: _Options, formats: frozenset | None) -> Iterator[Record | Reject]:
    """The items of one input file (a generator: nothing is read until the first item is asked for)."""
    special = special_kind(os.stat(path).st_mode)
    if special:
        yield Reject(name, "", "", f"not a regular file: {special}", "remove it from the input folder")
        return
    if name.lower().endswith(_ARCHIVES):
        yield from _read_archive(name, opts, formats)
        return
    streamed = _streamed_format(path, opts)
    if streamed is not None:
        if formats is None or streamed in formats:
            yield from stream_table(name, streamed, mapping=opts.mapping, source=opts.source)
        return
    try:
        data = read_regular(path, MAX_FILE_BYTES)
    except NotRegularFile as err:
        yield Reject(name, "", "", f"not read: the file is {err}", "remove it from the input, or split it")
        return
    except OSError as err:
        yield Reject(name, "", "", f"cannot read the file: {err.strerror or err}",
                     "check the file's permissions, or remove it from the input")
        return
    yield from _read_one(name, data, "", name, opts, formats)


def _streamed_format(path: Path, opts: _Options) -> str | None:
    """``"csv"`` or ``"jsonl"`` for a table file too large to read whole, else None."""
    if path.stat().st_size <= STREAM_BYTES or path.name.lower().endswith(".gz"):
        return None
    with open(path, "rb") as fh:
        head = fh.read(4096)
    fmt = opts.format or detect_format(path.name, head)
    return fmt if fmt in {"csv", "jsonl"} else None


#: The readers that yield speaker turns whose names are unified across a corpus.
_TRANSCRIPTS = frozenset({"markdown", "kremlin"})


def _is_transcript(item) -> bool:
    # Only labels read from a transcript file are unified across the corpus; turns whose reader
    # resolved them already (a table's column, a press page's title) say how, and are taken as given.
    return isinstance(item, Record) and item.source != "UN General Debate" and \
        any(q.kind == "turn" and q.attribution is None for q in item.quotes)


def _speaker_tables(records: Iterable[Record]) -> dict:
    """One :class:`SpeakerTable` per transcript source, learnt from all its records."""
    from ._transcripts import speaker_table

    groups: dict[str, list[Record]] = {}
    for rec in records:
        if _is_transcript(rec):
            groups.setdefault(rec.source or "", []).append(rec)
    return {source: speaker_table(recs, HOSTS.get(source)) for source, recs in groups.items()}


def _relink_all(items: Iterable, tables: dict) -> Iterator:
    from ._transcripts import relink

    for item in items:
        yield relink(item, tables[item.source or ""]) if _is_transcript(item) else item


def _unify_transcript_speakers(items: list) -> list:
    """Give each transcript speaker one name across the corpus, source by source.

    A briefing that calls someone only "MR. ZIENTS" gets the full name that other
    briefings of the same source use (see ``unify_speakers``). UN General Debate
    speakers come from the speaker table and are left as they are.
    """
    return list(_relink_all(items, _speaker_tables(items)))


def iter_unified(paths, *, format: str | None = None, mapping: Mapping[str, str] | None = None,
                 source: str | None = None, speakers=None, progress: bool = False, sheet: str | None = None,
                 beside: Callable[[], object] | None = None) -> Iterator[Record | Reject]:
    """Yield the items :func:`load` builds from, one at a time, in the same order.

    Transcript speakers are unified across the corpus as :func:`load` does, in two
    passes: the first reads only the transcript files (White House Markdown, Kremlin
    JSONL) and learns the speakers' names, the second reads everything. Memory stays
    bounded by the largest input file, not the corpus.

    ``beside``, if given, is called while the first pass reads: where the platform forks
    processes (Linux) and this process runs no other thread, the pass runs in a child process,
    so that the two use two cores (``discourse load`` builds what its workers inherit there).
    """
    opts = _Options(format, mapping, source, speakers, sheet)
    return _relink_all(_iter(paths, opts, progress), _first_pass_beside(paths, opts, beside))


def _first_pass_tables(paths, opts: _Options) -> dict:
    return _speaker_tables(_iter(paths, opts, formats=_TRANSCRIPTS))


def _first_pass_beside(paths, opts: _Options, beside: Callable[[], object] | None) -> dict:
    """The first pass's speaker tables; with ``beside``, read in a forked child process while
    ``beside()`` runs here (a thread would share one core with it: the pass is mostly Python).
    Whatever goes wrong in the child (it cannot fork, it fails, it dies), the pass runs here
    again, raising here what it raises."""
    found = None
    if beside is not None and "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        found = _in_child(paths, opts, beside)
    elif beside is not None:
        beside()
    if found is None:
        return _first_pass_tables(paths, opts)
    tables, verdicts = found
    for key, verdict in verdicts.items():  # the archives it checked need no second check here
        _remember(key, verdict)
    return tables


def _in_child(paths, opts: _Options, beside: Callable[[], object]) -> tuple | None:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child_pass, args=(paths, opts, send), name="discourse-first-pass", daemon=True)
    child.start()
    send.close()
    found = done = None
    try:
        beside()
        found, done = receive.recv(), True
    except (EOFError, OSError):  # the child died before it sent anything
        pass
    finally:
        receive.close()
        if not done:  # it died, or this process stops early (an error in beside, Ctrl-C)
            child.terminate()
        child.join()
    return found


def _child_pass(paths, opts: _Options, send) -> None:
    """The first pass in a forked child: send ``(speaker tables, archive verdicts)``, or None."""
    try:
        send.send((_first_pass_tables(paths, opts), dict(_VERDICTS)))
    except BaseException:  # noqa: BLE001 -- the parent runs the pass itself and reports the error
        send.send(None)
    finally:
        send.close()


def _as_table(paths):
    """A DataFrame to read as a table, or None when ``paths`` names files."""
    import pandas as pd

    if isinstance(paths, pd.DataFrame):
        return paths
    if isinstance(paths, pd.Series):
        paths = paths.tolist()
    if isinstance(paths, (str, os.PathLike)) or not isinstance(paths, (list, tuple)) or not paths:
        return None
    if not all(isinstance(p, str) for p in paths):
        return None
    path_like = [_looks_like_a_path(p) for p in paths]
    if all(path_like):
        return None
    if any(path_like):
        first = paths[path_like.index(True)]
        raise InputError(first, None, "paths", "the list mixes texts and names of files or folders",
                         "pass either paths or texts, e.g. dx.load(pd.DataFrame({'text': texts}))")
    table = pd.DataFrame({"text": list(paths)})
    table.attrs["texts"] = True
    return table


_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,8}$")


def _looks_like_a_path(text: str) -> bool:
    """A string that names a file or folder, or could (a typo must be "no such file", not a text):
    one that exists, or a single line without spaces, or one with a path separator or a suffix."""
    if "\n" in text or len(text) > 4096:
        return False
    try:
        if os.path.lexists(text):
            return True
    except (OSError, ValueError):
        return False
    return not any(c.isspace() for c in text) or "/" in text or "\\" in text or bool(_SUFFIX.search(text))


def _frame_rows(table):
    """``(record, row)`` pairs of a DataFrame, missing values as None and dates as ISO text."""
    import pandas as pd

    columns = [str(c) for c in table.columns]
    for i, values in enumerate(table.itertuples(index=False, name=None)):
        row = {}
        for column, value in zip(columns, values):
            if isinstance(value, pd.Timestamp):
                value = value.isoformat()
            elif not isinstance(value, (list, dict, tuple)) and pd.isna(value):
                value = None
            row[column] = value
        yield f"row {i}", row


def load(paths, *, format: str | None = None, mapping: Mapping[str, str] | None = None,
         source: str | None = None, speakers=None, actors=None, progress: bool = False,
         engine: str = "serial", workers: int | None = None, client=None, sheet: str | None = None) -> Corpus:
    """Load articles and official statements into a :class:`Corpus`.

    Parameters
    ----------
    paths : str, path-like, list of them, DataFrame, or list of texts
        Files, folders (read recursively, hidden files skipped) or archives
        (``.tar.*``, ``.zip``, read in memory and never extracted to disk), spreadsheets
        (``.xlsx``, ``.xlsm``, ``.xlsb``, ``.xls``, ``.ods``: one sheet, read like a CSV). A pandas
        DataFrame is read as a table of articles, one per row, with the rules of the CSV
        reader (``mapping``, common column names). A list of strings none of which names a
        file or folder, nor looks like one (a single word, a ``/``, a file suffix such as
        ``.csv``), is read as the texts of documents (``raw_path`` ``<texts>``); for texts of
        one word, pass ``pd.DataFrame({"text": texts})``.
    format : {"text", "html", "markdown", "csv", "jsonl", "kremlin", "pages", "parquet", "spreadsheet", "ungdc"}, optional
        Force one reader; by default it is chosen per file from its name and first bytes.
    mapping : dict, optional
        For tables: column -> document field, as in ``DataFrame.rename(columns=...)``, e.g.
        ``{"body": "text", "pub_date": "published"}``. Fields are ``text, title, published, source, author, url,
        section, dateline, language, year, doc_id``, and for press conferences and statements
        ``speaker, speaker_role, speaker_country, question, answer, questioner``: a row's
        question and answer become two speaker turns (``Q`` by a journalist, ``A`` by the
        speaker), its text a turn when it names a speaker. Unmapped fields are looked up under
        common column names (``spokesperson`` is a speaker); unmapped columns, and the columns
        naming speakers, stay in ``meta``.
    source : str, optional
        The outlet or institution of every document, overriding what the input says.
    speakers : path-like, optional
        The UNGDC speaker table; by default ``Speakers_by_session.csv`` is looked for beside the input.
    actors : Registry, path-like or list of paths, optional
        The actor registry for mentions and speakers: a loaded
        :class:`~discourse.corpus.Registry`, or your own actor files that extend the
        packaged one (see ``docs/actors.md``). By default the packaged registry.
    progress : bool
        Show a progress bar.
    engine : {"serial", "process", "dask"}
        Where the documents' tables are built: in this process, in a pool of processes
        (``workers``, default all cores), or on a Dask cluster (a local one started for the
        run, or ``client``: a ``dask.distributed.Client`` or a scheduler address). All
        engines give the same tables.
    workers : int, optional
    client : dask.distributed.Client or str, optional
    sheet : str, optional
        The sheet of each workbook to read; by default the first, with a warning when a
        workbook has more. A workbook without this sheet is a reject.

    Returns
    -------
    Corpus
        Every input document is either in ``documents`` or in ``rejects``.

    Examples
    --------
    >>> import discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> corpus.documents.loc[0, ["source", "dateline", "author"]].tolist()
    ['TDI', 'Astana', 'Kainat']
    >>> import pandas as pd
    >>> table = pd.DataFrame({"body": ["Beijing and Moscow held talks."], "date": ["2019-06-05"]})
    >>> dx.load(table, mapping={"body": "text", "date": "published"}, source="Xinhua").documents[
    ...     ["source", "published", "text"]].values.tolist()
    [['Xinhua', Timestamp('2019-06-05 00:00:00'), 'Beijing and Moscow held talks.']]
    >>> len(dx.load(["The first text.", "The second one."]))
    2
    """
    table = _as_table(paths)
    if table is not None:
        records = rows_to_records(_frame_rows(table), [str(c) for c in table.columns],
                                  "<texts>" if table.attrs.get("texts") else "<DataFrame>", mapping or {}, source)
    else:
        records = iter_records(paths, format=format, mapping=mapping, source=source, speakers=speakers,
                               progress=progress, sheet=sheet)
    items = _unify_transcript_speakers(list(records))
    if isinstance(actors, Registry):
        tables, inputs = build_tables(items, finder=mention_finder(actors))
    else:
        extra = () if actors is None else tuple(str(a) for a in (
            [actors] if isinstance(actors, (str, os.PathLike)) else actors))
        tables, inputs = build(items, extra=extra, engine=engine, workers=workers, client=client)
    return Corpus(**tables, inputs=inputs)
