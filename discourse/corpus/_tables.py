"""Read JSONL, CSV and Parquet tables of articles, with a column mapping."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from collections.abc import Iterable, Iterator, Mapping
from urllib.parse import urlsplit

from .._datafiles import wide_csv
from .._errors import InputError
from ._dates import find_date_line, parse_date
from ._normalize import decode, detect, normalize_text
from ._records import PARAGRAPH_SEP, Record, Reject, Removed

__all__ = ["FIELDS", "STREAM_BYTES", "read_csv", "read_jsonl", "read_parquet", "rows_to_records", "stream_table"]

#: Document fields a column can be mapped to, with the column names tried when no mapping is given.
FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "full_text", "article", "story_text"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "publication_date", "pub_date", "datetime"),
    "source": ("source", "outlet", "media_name", "publisher", "site_name"),
    "author": ("author", "authors", "byline"),
    "url": ("url", "link"),
    "section": ("section", "category"),
    "dateline": ("dateline",),
    "language": ("language", "lang"),
    "year": ("year",),
    "doc_id": (),  # only when mapped explicitly: an input's own ids may repeat across files
}
_FIX_MAP = "map the column that holds it, e.g. --map body=text (Python: mapping={'body': 'text'})"


def _column_for(field: str, columns, by_field: Mapping[str, str]) -> str | None:
    if field in by_field:
        return by_field[field]
    lower = {str(c).lower(): c for c in columns}
    return next((lower[name] for name in FIELDS[field] if name in lower), None)


def resolve_mapping(columns, mapping: Mapping[str, str] | None, path: str) -> dict[str, str]:
    """Decide which column feeds each document field.

    Parameters
    ----------
    columns : list of str
        The table's columns.
    mapping : dict, optional
        Column -> field, as in ``DataFrame.rename(columns=...)``: ``{"body": "text"}``.
    path : str
        Named in errors.

    Returns
    -------
    dict
        Field -> column.

    Raises
    ------
    InputError
        When a mapping names an unknown field or a column the table lacks, or no text column exists.

    Examples
    --------
    >>> resolve_mapping(["url", "date", "title", "text"], None, "w.csv")
    {'text': 'text', 'title': 'title', 'published': 'date', 'url': 'url'}
    >>> resolve_mapping(["headline", "body"], {"body": "text"}, "m.csv")
    {'text': 'body', 'title': 'headline'}
    """
    by_field = {}
    for column, field in (mapping or {}).items():
        if field not in FIELDS:
            raise InputError(path, None, field, f"unknown field; fields are {', '.join(FIELDS)}",
                             "map columns to those field names, e.g. --map body=text")
        if column not in columns:
            raise InputError(path, None, column, f"mapped column missing; columns are {list(columns)}",
                             f"check the spelling of --map {column}={field}")
        by_field[field] = column
    resolved = {f: _column_for(f, columns, by_field) for f in FIELDS}
    if resolved["text"] is None:
        raise InputError(path, None, "text", f"no text column; columns are {list(columns)}", _FIX_MAP)
    return {f: c for f, c in resolved.items() if c is not None}


def _split_paragraphs(text: str) -> list[str]:
    text = normalize_text(text)
    parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
    return [p.replace("\n", " ").strip() for p in parts if p.strip()]


def _value(row: Mapping, column: str | None):
    value = row.get(column) if column is not None else None
    if value is None or (isinstance(value, float) and value != value):
        return None
    return value


def _text_field(value) -> str | None:
    return normalize_text(str(value)).replace("\n", " ") or None if value is not None else None


def _year(value) -> int | None:
    try:
        year = int(str(value).strip()[:4])
    except (TypeError, ValueError):
        return None
    return year if 1800 <= year <= 2100 else None


def row_to_record(row: Mapping, columns: dict[str, str], path: str, record: str,
                  source: str | None) -> Record | Reject:
    """Turn one table row into a Record, or a Reject naming the bad field."""
    text = _value(row, columns["text"])
    if not isinstance(text, str):
        return Reject(path, record, columns["text"],
                      "missing text" if text is None else f"text is a {type(text).__name__}, not a string",
                      "fill the text field or drop the row")
    raw_date = _value(row, columns.get("published"))
    published = parse_date(raw_date)
    if raw_date not in (None, "") and published is None:
        return Reject(path, record, columns["published"], f"unparseable or impossible date {str(raw_date)[:40]!r}",
                      "write dates as YYYY-MM-DD, or leave the field empty")
    paragraphs, removed = _split_paragraphs(text), ()
    date_source = "column" if published is not None else None
    if paragraphs and find_date_line(paragraphs[0]):  # a date line heading the body, as on Wikinews
        line = paragraphs.pop(0)
        removed = (Removed(line, "header_date"),)
        if published is None and (published := find_date_line(line)) is not None:
            date_source = "header_line"
    url = _text_field(_value(row, columns.get("url")))
    used = set(columns.values())
    meta = {str(k): v for k, v in row.items() if k not in used and _value(row, k) is not None}
    doc_id = _value(row, columns.get("doc_id"))
    return Record(
        text=PARAGRAPH_SEP.join(paragraphs), raw_path=path, record=record, removed=removed,
        source=source or _text_field(_value(row, columns.get("source"))) or _host(url),
        published=published, year=_year(_value(row, columns.get("year"))) or getattr(published, "year", None),
        dateline=_text_field(_value(row, columns.get("dateline"))),
        title=_text_field(_value(row, columns.get("title"))),
        author=_text_field(_value(row, columns.get("author"))),
        section=_text_field(_value(row, columns.get("section"))), url=url,
        language=_text_field(_value(row, columns.get("language"))),
        doc_id=str(doc_id) if doc_id is not None else None, date_source=date_source,
        meta=json.loads(json.dumps(meta, default=str)))


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def rows_to_records(rows, columns_seen, path, mapping, source) -> Iterator[Record | Reject]:
    """Map ``(record, row)`` pairs to records; one reject for the file if the mapping fails."""
    try:
        columns = resolve_mapping(columns_seen, mapping, path)
    except InputError as err:
        yield Reject(path, "", err.field or "", err.problem, err.fix or "")
        return
    for record, row in rows:
        yield row if isinstance(row, Reject) else row_to_record(row, columns, path, record, source)


def _reject_whole(path, err: Exception) -> Iterator[Reject]:
    problem = err.problem if isinstance(err, InputError) else str(err)
    yield Reject(path, "", "", problem, getattr(err, "fix", None) or "check that the file is what its name says")


def read_csv(path: str, data: bytes, *, mapping=None, source=None) -> Iterator[Record | Reject]:
    """Read a CSV of articles: one Record or Reject per data row.

    Ragged rows, rows the CSV parser cannot read and rows with no text become rejects
    naming their line.

    Examples
    --------
    >>> data = b"url,date,title,text\\nhttps://en.wikinews.org/wiki/A,2019-01-02,A,Body one.\\n"
    >>> rec = next(read_csv("w.csv", data))
    >>> rec.source, str(rec.published), rec.title, rec.text
    ('en.wikinews.org', '2019-01-02', 'A', 'Body one.')
    """
    try:
        text = decode(data, path)[0]
    except InputError as err:
        yield from _reject_whole(path, err)
        return
    yield from _csv_records(io.StringIO(text, newline=""), path, mapping, source)


def _csv_records(lines: Iterable[str], path: str, mapping, source) -> Iterator[Record | Reject]:
    wide_csv()
    reader = csv.reader(line.replace("\x00", "") for line in lines)
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except (StopIteration, csv.Error) as err:
        yield Reject(path, "line 1", "", f"no CSV header ({err or 'empty file'})",
                     "start the file with a header line naming the columns")
        return
    yield from rows_to_records(_csv_rows(reader, header, path), header, path, mapping or {}, source)


def _csv_rows(reader, header, path):
    while True:
        line = reader.line_num + 1
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield f"line {line}", Reject(path, f"line {line}", "", f"CSV parse error: {err}",
                                         "check the quoting on this line")
            continue
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            yield f"line {line}", Reject(path, f"line {line}", "",
                                         f"expected {len(header)} fields, saw {len(values)}",
                                         "quote fields that contain the delimiter, or fix the row")
            continue
        yield f"line {line}", dict(zip(header, values))


def read_jsonl(path: str, data: bytes, *, mapping=None, source=None) -> Iterator[Record | Reject]:
    """Read JSON Lines: one Record or Reject per non-blank line.

    Lines end at a line feed (optionally after a carriage return), as JSON Lines says;
    other Unicode line separators may sit inside a JSON string.

    Examples
    --------
    >>> data = b'{"title": "A", "text": "Body."}\\nnot json\\n'
    >>> [type(x).__name__ for x in read_jsonl("a.jsonl", data)]
    ['Record', 'Reject']
    """
    try:
        text = decode(data, path)[0]
    except InputError as err:
        yield from _reject_whole(path, err)
        return
    rows = list(_jsonl_rows(text.split("\n"), path))
    columns = dict.fromkeys(key for _, row in rows if not isinstance(row, Reject) for key in row)
    if not columns:  # nothing to map: every line is already a reject
        yield from (row for _, row in rows)
        return
    yield from rows_to_records(rows, list(columns), path, mapping or {}, source)


def _jsonl_rows(lines: Iterable[str], path: str) -> Iterator[tuple[str, dict | Reject]]:
    """``(record, object or Reject)`` for each non-blank line."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, RecursionError) as err:  # JSONDecodeError, a number of over 4,300 digits, nesting
            problem = "nested too deeply" if isinstance(err, RecursionError) else str(err)[:80]
            yield f"line {n}", Reject(path, f"line {n}", "", f"invalid JSON: {problem}",
                                      "write one JSON object per line")
            continue
        if not isinstance(obj, dict):
            yield f"line {n}", Reject(path, f"line {n}", "", f"a JSON {type(obj).__name__}, not an object",
                                      "write one JSON object per line")
            continue
        yield f"line {n}", obj


#: Files larger than this are read line by line (CSV, JSON Lines) instead of whole.
STREAM_BYTES = 64 * 2**20


def stream_table(path: str, fmt: str, *, mapping=None, source=None) -> Iterator[Record | Reject]:
    """Read a large CSV or JSON Lines file line by line, in memory bounded by its longest row.

    Gives the same items as :func:`read_csv` / :func:`read_jsonl` on the whole file, except
    that the encoding is decided from the first megabyte (a file that changes encoding
    after it gets replacement characters there). JSON Lines are read twice: first for the
    columns (the mapping depends on all of them), then for the rows.
    """
    with open(path, "rb") as fh:
        head = fh.read(2**20)
    cut = head.rfind(b"\n") + 1 if len(head) == 2**20 else len(head)
    try:
        encoding, confidence = detect(head[:cut] or head, path)[1:]
    except InputError as err:
        yield from _reject_whole(path, err)
        return
    for item in _stream_items(path, fmt, encoding, mapping, source):
        yield replace(item, encoding=encoding, encoding_confidence=confidence) if isinstance(item, Record) else item


def _stream_items(path: str, fmt: str, encoding: str, mapping, source) -> Iterator[Record | Reject]:
    def lines(newline: str):
        with open(path, encoding=encoding, errors="replace", newline=newline) as fh:
            yield from fh

    if fmt == "csv":
        yield from _csv_records(lines(""), path, mapping, source)
        return
    columns = dict.fromkeys(key for _, row in _jsonl_rows(lines("\n"), path)
                            if not isinstance(row, Reject) for key in row)
    rows = _jsonl_rows(lines("\n"), path)
    if not columns:
        yield from (row for _, row in rows)
        return
    yield from rows_to_records(rows, list(columns), path, mapping or {}, source)


def read_parquet(path: str, data: bytes, *, mapping=None, source=None) -> Iterator[Record | Reject]:
    """Read a Parquet table of articles: one Record or Reject per row."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(pa.BufferReader(data))
    except (pa.ArrowException, OSError, ValueError) as err:
        yield Reject(path, "", "", f"not a readable Parquet file: {str(err)[:120]}",
                     "check the file is complete, or export it again")
        return
    rows = ((f"row {i}", row) for i, row in enumerate(table.to_pylist()))
    yield from rows_to_records(rows, table.column_names, path, mapping or {}, source)
