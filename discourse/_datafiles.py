"""Read the versioned data files that ship in ``discourse/data/``."""

from __future__ import annotations

import csv
import io
import os
import stat
import sys
from importlib import resources
from pathlib import Path

from ._errors import DataFileError

__all__ = ["read_data_csv", "read_csv_rows", "read_regular", "read_user_file", "special_kind", "wide_csv"]

#: Largest lexicon, actor, speaker, recipe or hand-code file read.
MAX_DATA_FILE_BYTES = 256 * 2**20


class NotRegularFile(OSError):
    """A path names a pipe, a device, a socket or a folder, or a file over the size limit."""


def special_kind(mode: int) -> str | None:
    """Say what kind of special file a ``st_mode`` describes, or None for a regular file.

    Examples
    --------
    >>> import os
    >>> special_kind(os.stat(".").st_mode)
    'a folder'
    """
    if stat.S_ISREG(mode):
        return None
    kinds = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
             (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def read_regular(path, limit: int) -> bytes:
    """Read a regular file of at most ``limit`` bytes, never blocking on a pipe or a device.

    Raises
    ------
    NotRegularFile
        When ``path`` is a pipe, device, socket or folder (links are followed), or is larger
        than ``limit``; other ``OSError`` as ``open`` raises them.
    """
    special = special_kind(os.stat(path).st_mode)  # follows links: a link to /dev/zero is a device
    if special:
        raise NotRegularFile(special)
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "rb") as fh:
        special = special_kind(os.fstat(fh.fileno()).st_mode)  # it may have changed since the stat
        if special:
            raise NotRegularFile(special)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise NotRegularFile(f"larger than {limit / 2**20:,.0f} MB" if limit >= 2**20 else f"larger than {limit:,} bytes")
    return data


def read_user_file(path, what: str, fix: str = "check the path") -> bytes:
    """Read a data file the user named (a lexicon, actor, speaker or code file), or say why not.

    Raises
    ------
    DataFileError
        Naming the file when it is missing, a folder or special file, too large or unreadable.

    Examples
    --------
    >>> read_user_file("no/such.csv", "lexicon file")
    Traceback (most recent call last):
    discourse._errors.DataFileError: no/such.csv: no such lexicon file.
      Fix: check the path.
    """
    try:
        return read_regular(Path(path), MAX_DATA_FILE_BYTES)
    except FileNotFoundError:
        raise DataFileError(path, None, None, f"no such {what}", fix) from None
    except NotRegularFile as err:
        raise DataFileError(path, None, None, f"the {what} is {err}, not a file that can be read",
                            "name the file itself") from None
    except OSError as err:
        raise DataFileError(path, None, None, f"cannot read the {what}: {err.strerror or err}",
                            "check the file's permissions") from None


def wide_csv() -> None:
    """Let the csv module read fields of any length (its default stops at 128 kB).

    The limit is process-wide state; every reader of ours sets it before parsing, so that
    whether a long field reads never depends on what was read before.
    """
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


def read_csv_rows(text: str, path: str, columns: tuple[str, ...]) -> list[dict]:
    """Parse a data CSV whose lines starting with ``#`` are comments.

    Each row gets its line number under the key ``"_line"``.

    Raises
    ------
    DataFileError
        Naming the file, line and field when a column is missing or a value is empty.

    Examples
    --------
    >>> read_csv_rows("# note\\nkind,text\\nfooter,Trending Now\\n", "m.csv", ("kind", "text"))
    [{'kind': 'footer', 'text': 'Trending Now', '_line': 3}]
    """
    wide_csv()
    lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if not ln.lstrip().startswith("#")]
    if not lines:
        raise DataFileError(path, None, None, "the file is empty", f"write a header line: {','.join(columns)}")
    reader = csv.reader(io.StringIO("\n".join(ln for _, ln in lines)))
    header = next(reader)
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataFileError(path, lines[0][0], missing[0], f"column missing from header {header}",
                            f"start the file with the header line: {','.join(columns)}")
    rows = []
    for (line_no, _), values in zip(lines[1:], reader):
        if not values:
            continue
        row = dict(zip(header, (v.strip() for v in values)))
        for col in columns:
            if not row.get(col):
                raise DataFileError(path, line_no, col, "empty value", f"fill in '{col}' or delete the row")
        rows.append({**row, "_line": line_no})
    return rows


def read_data_csv(name: str, columns: tuple[str, ...]) -> list[dict]:
    """Read a packaged data CSV, e.g. ``read_data_csv("pagetext/markers.csv", ("kind", "text"))``."""
    text = resources.files("discourse.data").joinpath(name).read_text("utf-8")
    return read_csv_rows(text, f"discourse/data/{name}", columns)
