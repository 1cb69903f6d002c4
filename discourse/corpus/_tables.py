"""Read JSONL, CSV, Parquet and spreadsheet tables of articles or press conferences, with a column mapping."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import warnings
import zipfile
from dataclasses import replace
from collections.abc import Iterable, Iterator, Mapping
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from .._datafiles import wide_csv
from .._errors import InputError
from ._dates import find_date_line, parse_date
from ._normalize import decode, detect, normalize_text
from ._records import PARAGRAPH_SEP, QuoteSpan, Record, Reject, Removed

__all__ = ["FIELDS", "STREAM_BYTES", "read_csv", "read_jsonl", "read_parquet", "read_spreadsheet",
           "rows_to_records", "stream_table"]

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
    "speaker": ("speaker", "spokesperson", "speaker_name"),
    "speaker_role": ("speaker_role", "role"),
    "speaker_country": ("speaker_country",),
    "question": ("question",),
    "answer": ("answer",),
    "questioner": ("questioner", "asked_by"),
    "doc_id": (),  # only when mapped explicitly: an input's own ids may repeat across files
}
#: Fields whose columns also stay in ``meta``: who speaks is a document variable to group by too.
_SPOKEN = frozenset({"speaker", "speaker_role", "speaker_country", "questioner"})
#: Fields holding a document's words: its text, and a press conference's question and answer.
_WORDS = ("text", "question", "answer")
_FIX_MAP = ("map the column that holds it, e.g. --map body=text (Python: mapping={'body': 'text'}); "
            "for press conferences map question and answer columns, e.g. --map Q=question --map A=answer")


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
        When a mapping names an unknown field or a column the table lacks, or no column holds
        words (``text``, ``question`` or ``answer``).

    Examples
    --------
    >>> resolve_mapping(["url", "date", "title", "text"], None, "w.csv")
    {'text': 'text', 'title': 'title', 'published': 'date', 'url': 'url'}
    >>> resolve_mapping(["headline", "body"], {"body": "text"}, "m.csv")
    {'text': 'body', 'title': 'headline'}
    >>> resolve_mapping(["date", "spokesperson", "question", "answer"], None, "mfa.xlsx")
    {'published': 'date', 'speaker': 'spokesperson', 'question': 'question', 'answer': 'answer'}
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
    if all(resolved[f] is None for f in _WORDS):
        raise InputError(path, None, "text", f"no text column (nor question or answer); columns are "
                         f"{list(columns)}", _FIX_MAP)
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
    """Turn one table row into a Record, or a Reject naming the bad field.

    The text is the row's ``text``, then its ``question``, then its ``answer``, as
    paragraphs. The question and the answer become speaker turns (``Q``: role
    ``journalist``, by the ``questioner`` if mapped; ``A``: the ``speaker``, role
    ``speaker_role`` or ``spokesperson``); so does the text when the row names its
    ``speaker`` (a statement, or a press conference's opening remarks). Columns not
    mapped, and those naming speakers, go to ``meta``.

    Examples
    --------
    >>> cols = {"published": "date", "speaker": "spokesperson", "question": "q", "answer": "a"}
    >>> rec = row_to_record({"date": "2019-03-05", "spokesperson": "Hua Chunying", "q": "Any comment?",
    ...                      "a": "No."}, cols, "mfa.csv", "line 2", None)
    >>> rec.text, [(rec.text[q.start:q.end], q.speaker, q.speaker_role, q.label) for q in rec.quotes]
    ('Any comment?\\n\\nNo.', [('Any comment?', None, 'journalist', 'Q'), ('No.', 'Hua Chunying', 'spokesperson', 'A')])
    >>> rec.meta, rec.date_source
    ({'spokesperson': 'Hua Chunying'}, 'column')
    """
    body = _body(row, columns, path, record)
    if isinstance(body, Reject):
        return body
    text, quotes, removed, header_date = body
    raw_date = _value(row, columns.get("published"))
    published = parse_date(raw_date)
    if raw_date not in (None, "") and published is None:
        return Reject(path, record, columns["published"], f"unparseable or impossible date {str(raw_date)[:40]!r}",
                      "write dates as YYYY-MM-DD, or leave the field empty")
    date_source = "column" if published is not None else None
    if published is None and header_date is not None:
        published, date_source = header_date, "header_line"
    url = _text_field(_value(row, columns.get("url")))
    used = {column for field, column in columns.items() if field not in _SPOKEN}
    meta = {str(k): v for k, v in row.items() if k not in used and _value(row, k) is not None}
    doc_id = _value(row, columns.get("doc_id"))
    return Record(
        text=text, raw_path=path, record=record, removed=removed, quotes=quotes,
        source=source or _text_field(_value(row, columns.get("source"))) or url_host(url),
        published=published, year=_year(_value(row, columns.get("year"))) or getattr(published, "year", None),
        dateline=_text_field(_value(row, columns.get("dateline"))),
        title=_text_field(_value(row, columns.get("title"))),
        author=_text_field(_value(row, columns.get("author"))),
        section=_text_field(_value(row, columns.get("section"))), url=url,
        language=_text_field(_value(row, columns.get("language"))),
        doc_id=str(doc_id) if doc_id is not None else None, date_source=date_source,
        meta=json.loads(json.dumps(meta, default=str)))


def _body(row: Mapping, columns: dict[str, str], path: str, record: str):
    """``(text, quotes, removed blocks, date of a header line)`` of a row, or a Reject."""
    cells = {f: _value(row, columns[f]) for f in _WORDS if f in columns}
    for field, value in cells.items():
        if value is not None and not isinstance(value, str):
            return Reject(path, record, columns[field], f"{field} is a {type(value).__name__}, not a string",
                          f"fill the {field} field with text or drop the row")
    if set(cells) == {"text"} and cells["text"] is None:
        return Reject(path, record, columns["text"], "missing text", "fill the text field or drop the row")
    if set(cells) != {"text"} and not any((v or "").strip() for v in cells.values()):
        return Reject(path, record, ", ".join(columns[f] for f in cells), f"no {' or '.join(cells)} in this row",
                      f"fill the {' or '.join(cells)} field, or drop the row")
    paragraphs, removed, header_date = _split_paragraphs(cells.get("text") or ""), (), None
    if paragraphs and find_date_line(paragraphs[0]):  # a date line heading the body, as on Wikinews
        line = paragraphs.pop(0)
        removed, header_date = (Removed(line, "header_date"),), find_date_line(line)
    speaker = _speaker_turn(row, columns, "spokesperson" if set(cells) != {"text"} else None)
    parts = [(paragraphs, speaker if speaker.speaker else None), *_qa_parts(row, columns, cells, speaker)]
    return *_join_turns(parts), removed, header_date


def _speaker_turn(row: Mapping, columns: dict[str, str], role: str | None) -> QuoteSpan:
    """The turn of the row's speaker, offsets still unset (its ``speaker`` None when the row names none).

    ``role`` is the speaker's role when the row gives none: ``spokesperson`` at a press conference.
    """
    speaker = _text_field(_value(row, columns.get("speaker")))
    return QuoteSpan(0, 0, "turn", speaker, _text_field(_value(row, columns.get("speaker_role"))) or role,
                     _text_field(_value(row, columns.get("speaker_country"))), attribution="column")


_Q_LABEL = re.compile(r"^(?:Q|Question|问)\s*[:：]\s*", re.I)
_A_LABEL = re.compile(r"^(?:A|Answer|答)\s*[:：]\s*", re.I)


def _qa_parts(row: Mapping, columns: dict[str, str], cells: dict,
              speaker: QuoteSpan) -> list[tuple[list[str], QuoteSpan]]:
    """The question's and the answer's paragraphs (a label such as ``Q:`` left out), each with its turn."""
    question = QuoteSpan(0, 0, "turn", _text_field(_value(row, columns.get("questioner"))), "journalist",
                         label="Q", attribution="column")
    answer = replace(speaker, label="A")
    return [(_split_paragraphs(label.sub("", (cells.get(field) or "").lstrip())), turn)
            for field, label, turn in (("question", _Q_LABEL, question), ("answer", _A_LABEL, answer))]


def _join_turns(parts) -> tuple[str, tuple[QuoteSpan, ...]]:
    """Join the parts' paragraphs into one text; each part's turn (if any) spans its own paragraphs.

    Examples
    --------
    >>> text, (turn,) = _join_turns([(["Opening."], None), (["Para one.", "Para two."], QuoteSpan(0, 0, "turn"))])
    >>> text[turn.start:turn.end]
    'Para one.\\n\\nPara two.'
    """
    paragraphs, quotes = [], []
    for paras, turn in parts:
        start = sum(len(p) + len(PARAGRAPH_SEP) for p in paragraphs)
        paragraphs.extend(paras)
        if paras and turn is not None:
            quotes.append(replace(turn, start=start, end=start + len(PARAGRAPH_SEP.join(paras))))
    return PARAGRAPH_SEP.join(paragraphs), tuple(quotes)


def url_host(url: str | None) -> str | None:
    """The host of a web address without ``www.``: the outlet of a row or page that names none.

    Examples
    --------
    >>> url_host("https://www.fmprc.gov.cn/mfa_eng/t1.shtml"), url_host(None)
    ('fmprc.gov.cn', None)
    """
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


#: Workbooks whose parts unpack to more than this are rejected, as archive members are.
MAX_UNPACKED_BYTES = 1 * 2**30
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE compound file: old .xls, or an encrypted .xlsx
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")  # the stream an encrypted Office file keeps its package in
_FIX_BOOK = "open it in Excel or LibreOffice and save it again as .xlsx or .ods, or export the sheet as CSV"


def read_spreadsheet(path: str, data: bytes, *, mapping=None, source=None,
                     sheet: str | None = None) -> Iterator[Record | Reject]:
    """Read one sheet of an Excel or OpenDocument workbook: one Record or Reject per data row.

    The first non-blank row names the columns, as a CSV header does; the rules of
    :func:`read_csv` (``mapping``, common column names) apply to the rows below it.
    Date cells give ``published``, numbers stay numbers in ``meta``, empty cells are
    missing. Records and rejects name their row as the spreadsheet numbers it
    (``sheet 'Sheet1' row 2`` for the first row under the header).

    Parameters
    ----------
    path : str
        Named in records and rejects.
    data : bytes
        The workbook: ``.xlsx``, ``.xlsm``, ``.xlsb``, ``.xls`` or ``.ods``.
    mapping : dict, optional
        Column -> document field, as for :func:`read_csv`.
    source : str, optional
        The outlet or institution of every row.
    sheet : str, optional
        The sheet to read; by default the first, with a warning when there are more.

    Returns
    -------
    iterator of Record or Reject
        A workbook that cannot be read (damaged, truncated, password-protected), or that
        lacks ``sheet``, is one Reject naming the file and the fix.

    Examples
    --------
    >>> import io, pandas as pd
    >>> buf = io.BytesIO()
    >>> pd.DataFrame({"date": [pd.Timestamp("2019-03-05")], "spokesperson": ["Hua Chunying"],
    ...               "question": ["Any comment?"], "answer": ["No comment."]}).to_excel(buf, index=False)
    >>> rec = next(read_spreadsheet("mfa.xlsx", buf.getvalue()))
    >>> rec.record, str(rec.published), [(q.label, q.speaker) for q in rec.quotes]
    ("sheet 'Sheet1' row 2", '2019-03-05', [('Q', None), ('A', 'Hua Chunying')])
    >>> next(read_spreadsheet("x.xlsx", b"PK not really")).reason
    'a damaged or truncated workbook (File is not a zip file)'
    """
    try:
        name, cells = _read_sheet(path, data, sheet)
    except InputError as err:
        yield Reject(path, "", err.field or "", err.problem, err.fix or _FIX_BOOK)
        return
    header, rows = _sheet_rows(cells, name)
    if header is None:
        yield Reject(path, f"sheet '{name}'", "", "the sheet is empty",
                     "choose the sheet that holds the table, e.g. --sheet NAME (Python: sheet='NAME')")
        return
    yield from rows_to_records(rows, header, path, mapping or {}, source)


def _read_sheet(path: str, data: bytes, sheet: str | None) -> tuple[str, list[list]]:
    """The chosen sheet's name and its cells, row by row from cell A1."""
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    _check_package(path, data)
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        name = _choose_sheet(path, book.sheet_names, sheet)
        return name, book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    except InputError:
        raise
    except PasswordError:
        raise _password_error(path) from None
    except (CalamineError, ValueError, OverflowError) as err:
        raise InputError(path, None, None, f"not a readable workbook ({type(err).__name__}: {str(err)[:120]})",
                         f"check that the file is complete and is a workbook; {_FIX_BOOK}") from None


def _password_error(path: str) -> InputError:
    return InputError(path, None, None, "the workbook is password-protected (encrypted)",
                      "open it with its password in Excel or LibreOffice, save a copy without a password, "
                      "and load that copy")


def _check_package(path: str, data: bytes) -> None:
    """Refuse an encrypted workbook, a damaged zip package, or one that unpacks too large, before reading it."""
    if PurePosixPath(str(path).replace("\\", "/")).name.startswith("~$"):
        raise InputError(path, None, None, "an Office lock file, left beside a workbook while it is open",
                         "nothing to load here: close the workbook, or move the lock file out of the input")
    if data.startswith(_OLE) and _ENCRYPTED in data:
        raise _password_error(path)
    if not data.startswith(b"PK"):
        return
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            size = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as err:
        raise InputError(path, None, None, f"a damaged or truncated workbook ({err})",
                         f"copy or download the file again; {_FIX_BOOK}") from None
    if size > MAX_UNPACKED_BYTES:
        raise InputError(path, None, None, f"the workbook unpacks to {size / 2**20:,.0f} MB, over the "
                         f"{MAX_UNPACKED_BYTES // 2**20:,} MB limit", "split it, or export its sheets as CSV")


def _choose_sheet(path: str, names: list[str], sheet: str | None) -> str:
    """The sheet to read: ``sheet``, or the first (saying so when there are others)."""
    if not names:
        raise InputError(path, None, "sheet", "the workbook has no sheets", _FIX_BOOK)
    if sheet is not None and sheet not in names:
        raise InputError(path, None, "sheet", f"no sheet {sheet!r}; the sheets are {names}",
                         f"choose one of them, e.g. --sheet {shlex.quote(names[0])} (Python: sheet={names[0]!r})")
    if sheet is None and len(names) > 1:
        warnings.warn(f"{path}: the workbook has {len(names)} sheets ({', '.join(map(repr, names))}); only the "
                      f"first, {names[0]!r}, is read. To read another, pass sheet='NAME' to dx.load "
                      f"(command line: --sheet NAME)", UserWarning, stacklevel=2)
    return sheet or names[0]


def _sheet_rows(cells: list[list], sheet: str):
    """The header (the first non-blank row) and ``(record, row)`` pairs of the non-blank rows below it."""
    numbered = ((n, [_cell(v) for v in values]) for n, values in enumerate(cells, 1))
    filled = ((n, values) for n, values in numbered if any(v is not None for v in values))
    first = next(filled, None)
    if first is None:
        return None, iter(())
    header = _header(first[1])
    return header, ((f"sheet '{sheet}' row {n}", dict(zip(header, values))) for n, values in filled)


def _cell(value):
    """A cell's value: blank as None, a whole number as an int (a workbook stores every number as a float).

    Examples
    --------
    >>> _cell(""), _cell("  "), _cell(3.0), _cell(2.5), _cell("Q")
    (None, None, 3, 2.5, 'Q')
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _header(values: list) -> list[str]:
    """Column names from a header row: a blank one named by its letter, a repeated one numbered.

    Examples
    --------
    >>> _header(["date", None, "date", 2019])
    ['date', 'column_B', 'date.1', '2019']
    """
    names, seen = [], {}
    for i, value in enumerate(values):
        name = str(value).strip() if value is not None else f"column_{_letters(i)}"
        seen[name] = seen.get(name, -1) + 1
        names.append(f"{name}.{seen[name]}" if seen[name] else name)
    return names


def _letters(index: int) -> str:
    """The spreadsheet letters of a 0-based column index: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
