"""Write result files so that a reader never sees a half-written one."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

__all__ = ["write_folder_atomic", "write_parquet_atomic"]


def write_parquet_atomic(table: pd.DataFrame, path) -> Path:
    """Write a table to ``path`` through a temporary file in the same folder, then rename it.

    The rename is atomic on one file system: readers see the old file or the new one,
    never a partial file, and an interrupted write leaves no stray file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    try:
        table.to_parquet(tmp, index=False)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; results are ordinary files
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.remove(tmp)
    return path


def write_folder_atomic(path, write: Callable[[Path], None]) -> Path:
    """Fill a folder through ``write(temporary_folder)``, then rename it into place.

    The folder is never half-written: readers see the old folder or the new one. An
    existing folder is replaced only once the new one is complete; a failure removes the
    temporary folder, and operating-system errors (a full disk, no permission) become
    :class:`~discourse.OutputError` with a fix.
    """
    from ._errors import output_error

    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    except OSError as err:
        raise output_error(path, err) from None
    try:
        write(tmp)
        if path.exists():
            old = path.with_name(f".{path.name}.old")
            shutil.rmtree(old, ignore_errors=True)
            os.replace(path, old)
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
    return path
