"""Write result files and folders safely: atomically, and never over what the user did not ask to replace.

An output folder is written only when it is new, empty, or recognisably ours: a folder that
holds one of our marker files (``corpus.json``, ``provenance.json``, ``measure.json``, a
staged partition's ``part.json``) and nothing that folder kind does not hold. Anything else
(a folder of the user's files, an existing file, a link, an input, a folder holding an input
or the current folder) is refused with :class:`~discourse.OutputError` before any work starts.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd

from ._errors import OutputError, output_error

__all__ = ["check_output", "is_ours", "output_kind", "write_file_atomic", "write_folder_atomic",
           "write_parquet_atomic"]

_CORPUS_TABLES = ("documents", "paragraphs", "sentences", "quotes", "mentions", "boilerplate", "rejects")
#: Marker file -> (what the folder is, the names such a folder holds at its top level).
MARKERS: dict[str, tuple[str, frozenset[str] | None]] = {
    "corpus.json": ("a corpus folder", frozenset({"corpus.json", *(f"{t}.parquet" for t in _CORPUS_TABLES)})),
    "provenance.json": ("a recipe output folder",
                        frozenset({"provenance.json", "report.md", "report.html", "tables", "figures"})),
    "measure.json": ("a measure output folder", None),  # measure.json and NAME.parquet files
    "part.json": ("a staged partition", None),
}
_RESULT_SUFFIXES = (".parquet", ".csv", ".png", ".svg")


def _marker(path: Path) -> str | None:
    """The marker file that makes ``path`` one of our folders, or None."""
    for name in MARKERS:
        try:
            meta = json.loads((path / name).read_text("utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and _signed(name, meta):
            return name
    return None


def _signed(marker: str, meta: dict) -> bool:
    if marker == "corpus.json":
        return "schema_version" in meta and "content_sha256" in meta
    if marker == "part.json":
        return "fingerprint" in meta
    return meta.get("library") == "discourse"


def output_kind(path) -> str | None:
    """Say what kind of output folder of ours ``path`` is (``"a corpus folder"``, ...), or None.

    Examples
    --------
    >>> import tempfile
    >>> output_kind(tempfile.mkdtemp()) is None
    True
    """
    path = Path(path)
    marker = _marker(path) if path.is_dir() else None
    return MARKERS[marker][0] if marker else None


def _only_results(folder: Path) -> bool:
    return all(p.is_file() and not p.is_symlink() and p.suffix in _RESULT_SUFFIXES for p in folder.iterdir())


def is_ours(path) -> bool:
    """Tell whether ``path`` is a folder this library wrote and may replace.

    It must hold a marker file and nothing else than what that kind of folder holds.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> is_ours(folder)
    False
    >>> _ = (folder / "measure.json").write_text('{"library": "discourse"}')
    >>> _ = (folder / "frames.parquet").write_bytes(b"")
    >>> is_ours(folder)
    True
    >>> _ = (folder / "notes.txt").write_text("mine")
    >>> is_ours(folder)
    False
    """
    path = Path(path)
    if path.is_symlink() or not path.is_dir():
        return False
    marker = _marker(path)
    if marker is None:
        return False
    allowed = MARKERS[marker][1]
    try:
        entries = list(path.iterdir())
        if allowed is None:  # tables as Parquet files; a staged corpus partition's are Arrow files
            suffixes = (".parquet", ".arrow") if marker == "part.json" else (".parquet",)
            return all(p.name == marker or (p.is_file() and p.suffix in suffixes) for p in entries)
        return all(p.name in allowed and not p.is_symlink() for p in entries) and all(
            _only_results(path / sub) for sub in ("tables", "figures") if (path / sub).is_dir())
    except OSError:
        return False


def _inside(child: Path, parent: Path) -> bool:
    return child == parent or parent in child.parents


def _refuse(path, problem: str, fix: str = "choose a new folder name with -o, e.g. -o out/run1"):
    raise OutputError(path, problem, fix)


def check_output(path, inputs: Iterable = ()) -> Path:
    """Check that ``path`` may be written as an output folder; return it.

    Parameters
    ----------
    path : path-like
        The folder to write.
    inputs : iterable of path-like
        What the run reads: the output may not be one of them, lie inside one, or hold one.

    Returns
    -------
    Path

    Raises
    ------
    OutputError
        When ``path`` is a file or a link, a folder of files this library did not write, an
        input, inside an input, or holds an input or the current folder.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> check_output(tmp / "new").name
    'new'
    >>> _ = (tmp / "thesis").mkdir(); _ = (tmp / "thesis" / "ch1.txt").write_text("...")
    >>> check_output(tmp / "thesis")
    Traceback (most recent call last):
    discourse._errors.OutputError: .../thesis: the folder holds files that discourse did not write (such as 'ch1.txt'), so it is not replaced.
      Fix: choose a new folder name with -o, e.g. -o out/run1, or empty the folder first.
    """
    path = Path(path)
    real = Path(os.path.abspath(path))  # what a writer renames: ".." taken lexically, as the writers do
    if real.is_symlink():
        _refuse(path, "the output is a symbolic link", "name the folder itself, or a new folder")
    if real.exists() and not real.is_dir():
        _refuse(path, "a file of that name exists, and it is not replaced by a folder")
    where = real.resolve()
    if _inside(Path.cwd().resolve(), where):
        _refuse(path, "the output would replace the current folder", "name a new folder inside it, e.g. -o out")
    for item in inputs:
        source = Path(item).resolve()
        if _inside(where, source):
            _refuse(path, f"the output lies inside the input '{item}', so a later run would read it back in",
                    "write it outside the inputs, e.g. -o ../out")
        if _inside(source, where):
            _refuse(path, f"the output folder holds the input '{item}', which writing it would delete",
                    "write it somewhere else, e.g. -o out")
    if real.is_dir() and not is_ours(real):
        try:
            names = sorted(p.name for p in real.iterdir())
        except OSError as err:
            raise output_error(path, err) from None
        if names:
            _refuse(path, f"the folder holds files that discourse did not write (such as '{names[0]}'), "
                    "so it is not replaced", "choose a new folder name with -o, e.g. -o out/run1, "
                    "or empty the folder first")
    return path


def write_file_atomic(path, write: Callable[[Path], None]) -> Path:
    """Fill a file through ``write(temporary_path)`` in the same folder, then rename it into place.

    The rename is atomic on one file system: readers see the old file or the new one,
    never a partial file, and an interrupted write leaves no stray file behind.
    """
    path = Path(path)
    if path.is_dir() or path.is_symlink():
        _refuse(path, "a folder or link of that name exists, and it is not replaced by a file",
                "write to another folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    except OSError as err:
        raise output_error(path, err) from None
    os.close(fd)
    try:
        write(Path(tmp))
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes the file private; results are ordinary files
        os.replace(tmp, path)
    except OSError as err:
        raise output_error(path, err) from None
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def write_parquet_atomic(table: pd.DataFrame, path) -> Path:
    """Write a table to ``path`` atomically (see :func:`write_file_atomic`)."""
    return write_file_atomic(path, lambda tmp: table.to_parquet(tmp, index=False))


def write_folder_atomic(path, write: Callable[[Path], None]) -> Path:
    """Fill a folder through ``write(temporary_folder)``, then rename it into place.

    The folder is never half-written: readers see the old folder or the new one. An
    existing folder is replaced only if :func:`check_output` allows it, and only once the
    new one is complete; a failure (or Ctrl-C) removes the temporary folder, and
    operating-system errors (a full disk, no permission) become
    :class:`~discourse.OutputError` with a fix.
    """
    given = check_output(path)
    path = Path(os.path.abspath(given))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    except OSError as err:
        raise output_error(path, err) from None
    try:
        write(tmp)
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes the folder private; results are ordinary folders
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old.", dir=path.parent))
            os.replace(path, old)  # onto the empty folder just made: never over a folder of the user's
            os.replace(tmp, path)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except OSError as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise output_error(path, err) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return given


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
