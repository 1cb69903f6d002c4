"""Read the versioned data files that ship in ``discourse/data/``."""

from __future__ import annotations

import csv
import io
from importlib import resources

from ._errors import DataFileError

__all__ = ["read_data_csv", "read_csv_rows"]


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
