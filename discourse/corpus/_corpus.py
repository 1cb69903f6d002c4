"""The :class:`Corpus`: tidy tables of documents, paragraphs, sentences, quotes and mentions."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
from pyarrow import ArrowException

from .._errors import CorpusFormatError
from .._io import write_folder_atomic
from .._version import __version__
from ._schema import ADDED_SINCE, SCHEMA_VERSION, TABLES, conform

__all__ = ["Corpus", "read_corpus"]

_TABLE_NAMES = tuple(TABLES)


@dataclass(frozen=True, eq=False)
class Corpus:
    """A loaded corpus as tidy tables.

    Every table is a pandas DataFrame with the columns and dtypes listed in
    ``discourse.corpus.TABLES`` (see ``docs/concepts.md``). Offsets (``start``,
    ``end``) are character offsets into ``documents.text`` of the same ``doc_id``.
    Treat a corpus as a value: functions return new tables, never change these.

    Attributes
    ----------
    documents, paragraphs, sentences, quotes, mentions, boilerplate, rejects : DataFrame
    inputs : int
        How many input documents were read: ``inputs == len(documents) + len(rejects)``.
    """

    documents: pd.DataFrame
    paragraphs: pd.DataFrame
    sentences: pd.DataFrame
    quotes: pd.DataFrame
    mentions: pd.DataFrame
    boilerplate: pd.DataFrame
    rejects: pd.DataFrame
    inputs: int

    def __len__(self) -> int:
        return len(self.documents)

    def __repr__(self) -> str:
        counts = ", ".join(f"{n}={len(getattr(self, n))}" for n in _TABLE_NAMES)
        return f"<Corpus inputs={self.inputs}, {counts}>"

    @property
    def counts(self) -> dict[str, int]:
        """Rows per table, and the number of inputs."""
        return {"inputs": self.inputs, **{n: len(getattr(self, n)) for n in _TABLE_NAMES}}

    def content_hash(self) -> str:
        """Return a sha256 of the documents' ids and texts, in order."""
        return Manifest().add(self.documents).digest.hexdigest()

    def manifest(self) -> dict:
        """Return what ``corpus.json`` records: schema version, counts, sources, conservation."""
        return Manifest().add(self.documents).finish(self.inputs, self.counts)

    def summary(self) -> pd.DataFrame:
        """Summarize the corpus per source.

        Returns
        -------
        DataFrame
            One row per source with columns ``source, documents, first, last`` (dates published),
            ``first_year, last_year, paragraphs, sentences, quotes, speakers, mentions``.
        """
        docs = self.documents[["doc_id", "source", "published", "year"]].copy()
        docs["source"] = docs["source"].fillna("(unknown)")
        per = docs.groupby("source").agg(documents=("doc_id", "size"), first=("published", "min"),
                                         last=("published", "max"), first_year=("year", "min"),
                                         last_year=("year", "max"))
        by_doc = docs.set_index("doc_id")["source"]
        for name in ("paragraphs", "sentences", "quotes", "mentions"):  # rows per document, then per source
            rows = getattr(self, name)["doc_id"].value_counts()
            per[name] = rows.groupby(rows.index.map(by_doc)).sum().reindex(per.index).fillna(0)
        speakers = self.quotes[["doc_id", "speaker"]].dropna(subset=["speaker"])
        per["speakers"] = (speakers.assign(source=speakers["doc_id"].map(by_doc))
                           .groupby("source")["speaker"].nunique().reindex(per.index).fillna(0))
        cols = ["documents", "first", "last", "first_year", "last_year", "paragraphs", "sentences",
                "quotes", "speakers", "mentions"]
        out = per[cols].reset_index()
        counts = {c: "int64" for c in cols if c not in ("first", "last", "first_year", "last_year")}
        return out.astype({**counts, "first_year": "Int16", "last_year": "Int16"})

    def save(self, path) -> Path:
        """Write the corpus as a folder of Parquet files plus ``corpus.json``.

        The folder is written under a temporary name and renamed into place, so
        it is never left half-written. An existing folder is replaced.
        """
        def write(folder: Path) -> None:
            for name in _TABLE_NAMES:
                getattr(self, name).to_parquet(folder / f"{name}.parquet", index=False)
            (folder / "corpus.json").write_text(json.dumps(self.manifest(), indent=2) + "\n", "utf-8")

        return write_folder_atomic(path, write)


class Manifest:
    """Build ``corpus.json`` from the documents table, one part at a time.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a"], "source": ["X"], "text": ["Hi."],
    ...                      "published": pd.to_datetime(["2024-05-01"])})
    >>> Manifest().add(docs).finish(1, {"documents": 1, "rejects": 0})["sources"]
    {'X': 1}
    """

    def __init__(self):
        self.digest = hashlib.sha256()
        self.sources: Counter = Counter()
        self.first = self.last = None

    def add(self, documents: pd.DataFrame) -> Manifest:
        """Take in the next documents, in corpus order."""
        for doc_id, text in zip(documents["doc_id"], documents["text"]):
            self.digest.update(f"{doc_id}\x1f{text}\x1e".encode("utf-8"))
        self.sources.update(documents["source"].fillna("").tolist())
        published = documents["published"].dropna()
        if len(published):
            lo, hi = published.min(), published.max()
            self.first = lo if self.first is None else min(self.first, lo)
            self.last = hi if self.last is None else max(self.last, hi)
        return self

    def finish(self, inputs: int, counts: dict[str, int]) -> dict:
        """Return the manifest, given the number of inputs and the rows per table."""
        documents, rejects = counts["documents"], counts["rejects"]
        return {
            "schema_version": SCHEMA_VERSION,
            "library_version": __version__,
            "counts": {"inputs": inputs, **counts},
            "conservation": {"inputs": inputs, "documents": documents, "rejects": rejects,
                             "ok": inputs == documents + rejects},
            "sources": {str(k): int(self.sources[k]) for k in sorted(self.sources)},
            "published": {"min": str(self.first.date()) if self.first is not None else None,
                          "max": str(self.last.date()) if self.last is not None else None},
            "content_sha256": self.digest.hexdigest(),
        }


def read_corpus(path) -> Corpus:
    """Read a corpus folder written by :meth:`Corpus.save` or ``discourse load``.

    Raises
    ------
    CorpusFormatError
        When ``corpus.json`` or a table is missing or unreadable, a column is missing or
        holds values of the wrong type, or the schema version differs.
    """
    path = Path(path)
    meta = read_manifest(path)
    tables = {}
    for name in _TABLE_NAMES:
        file = table_file(path, name)
        try:
            frame = pd.read_parquet(file)
        except MemoryError:  # the machine, not this input: the run stops, no reject row
            raise
        except Exception as err:  # noqa: BLE001 -- damaged bytes fail in pyarrow in many ways (a KeyError in its metadata)
            raise _unreadable(file, err) from None
        tables[name] = checked(frame, name, file, added_since(meta, name))
        if len(frame) != meta["counts"][name]:
            raise CorpusFormatError(file, None, None, f"{len(frame):,} rows, but corpus.json counts "
                                    f"{meta['counts'][name]:,}", _REDO)
    check_links(tables, path)
    return Corpus(**tables, inputs=meta["counts"]["inputs"])


_REDO = "load the raw inputs again with 'discourse load'"


def read_manifest(path: Path) -> dict:
    """Read and check ``corpus.json`` of a corpus folder."""
    meta_path = path / "corpus.json"
    if not meta_path.is_file():
        raise CorpusFormatError(path, None, None, "no corpus.json here, so this is not a corpus folder",
                                "point to a folder written by 'discourse load'")
    try:
        meta = json.loads(meta_path.read_text("utf-8"))
    except (OSError, ValueError) as err:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise CorpusFormatError(meta_path, None, None, f"not readable JSON: {err}", _REDO) from None
    if not isinstance(meta, dict):
        raise CorpusFormatError(meta_path, None, None, f"a JSON {type(meta).__name__}, not an object", _REDO)
    if meta.get("schema_version") not in (SCHEMA_VERSION, *ADDED_SINCE):
        raise CorpusFormatError(meta_path, None, "schema_version",
                                f"schema {meta.get('schema_version')!r}, this library reads {SCHEMA_VERSION!r}",
                                "load the raw inputs again with this version of discourse")
    counts = meta.get("counts")
    if not isinstance(counts, dict) or any(not isinstance(counts.get(n), int) or isinstance(counts.get(n), bool)
                                           or counts[n] < 0 for n in ("inputs", *_TABLE_NAMES)):
        raise CorpusFormatError(meta_path, None, "counts", "missing or not a count per table", _REDO)
    if counts["inputs"] != counts["documents"] + counts["rejects"]:
        raise CorpusFormatError(meta_path, None, "counts", f"{counts['inputs']:,} inputs, but "
                                f"{counts['documents']:,} documents and {counts['rejects']:,} rejects", _REDO)
    return meta


def table_file(path: Path, name: str) -> Path:
    """The Parquet file of one table of a corpus folder; an error if it is missing."""
    file = path / f"{name}.parquet"
    if not file.is_file():
        raise CorpusFormatError(file, None, None, "table missing from the corpus folder", _REDO)
    return file


def _unreadable(file: Path, err: Exception) -> CorpusFormatError:
    return CorpusFormatError(file, None, None, f"not a readable Parquet file: {str(err)[:120]}", _REDO)


def added_since(meta: dict, name: str) -> tuple[str, ...]:
    """The columns of table ``name`` that a corpus folder of an older schema lacks (read as missing)."""
    return ADDED_SINCE.get(meta["schema_version"], {}).get(name, ())


def checked(frame: pd.DataFrame, name: str, file: Path, added: tuple[str, ...] = ()) -> pd.DataFrame:
    """:func:`conform` a table read from ``file``, naming a missing column or a bad value.

    Whole-number columns must hold whole numbers that fit their type (none is wrapped or
    rounded), offsets and ids may not be negative, and no row may lack its ``doc_id``.
    """
    for column in TABLES[name]:
        if column in added and column not in frame.columns:
            frame = frame.assign(**{column: None})
        if column not in frame.columns:
            raise CorpusFormatError(file, None, column, "column missing from the table", _REDO)
    for column, dtype in TABLES[name].items():
        if dtype in ("int32", "int64"):
            _check_counts(frame[column], dtype, file, column)
        elif dtype == "string":
            _check_text(frame[column], file, column)
    if "doc_id" in TABLES[name] and frame["doc_id"].isna().any():
        row = int(frame["doc_id"].isna().to_numpy().argmax())
        raise CorpusFormatError(file, f"row {row}", "doc_id", "a row has no doc_id", _REDO)
    try:
        return conform(frame, name)
    except (ValueError, TypeError) as err:
        column = next((c for c, dtype in TABLES[name].items() if not _casts(frame[c], dtype)), None)
        raise CorpusFormatError(file, None, column, f"values that are not {TABLES[name].get(column, 'valid')}: "
                                f"{str(err)[:80]}", _REDO) from None


def _check_text(column: pd.Series, file: Path, name: str) -> None:
    """Text that is valid UTF-8: Parquet keeps damaged bytes, which fail only when a value is used."""
    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return
    try:
        pa.array(column.array).validate(full=True)
    except (ValueError, ArrowException) as err:
        raise CorpusFormatError(file, None, name, f"text that is not valid UTF-8 ({str(err)[:60]})", _REDO) from None


def _check_counts(column: pd.Series, dtype: str, file: Path, name: str) -> None:
    """Whole numbers from 0 to the largest value of ``dtype``; else an error naming the first bad row."""
    values = pd.to_numeric(column, errors="coerce")
    top = np.iinfo(dtype).max
    bad = values.isna() | (values < 0) | (values > top) | (values % 1 != 0)
    if bad.any():
        row = int(bad.to_numpy().argmax())
        value = column.iloc[row]
        value = value.item() if isinstance(value, np.generic) else value
        raise CorpusFormatError(file, f"row {row}", name, f"{value!r} is not a whole number "
                                f"from 0 to {top:,}", _REDO)


def check_links(tables: dict[str, pd.DataFrame], where: Path) -> None:
    """Check that document ids are unique and every row's offsets fall inside its document's text.

    Raises
    ------
    CorpusFormatError
        Naming the table, the row and the field.
    """
    docs = tables["documents"]
    dup = docs["doc_id"].duplicated()
    if dup.any():
        row = int(dup.to_numpy().argmax())
        raise CorpusFormatError(where / "documents.parquet", f"row {row}", "doc_id",
                                f"document id {docs['doc_id'].iloc[row]!r} is used twice", _REDO)
    lengths = pd.Series(docs["text"].str.len().to_numpy(), index=docs["doc_id"].to_numpy())
    for name in ("paragraphs", "sentences", "quotes", "mentions", "boilerplate"):
        table = tables[name]
        size = table["doc_id"].map(lengths).astype("float64")
        orphan = size.isna()
        if orphan.any():
            row = int(orphan.to_numpy().argmax())
            raise CorpusFormatError(where / f"{name}.parquet", f"row {row}", "doc_id",
                                    f"{table['doc_id'].iloc[row]!r} is not a document of this corpus", _REDO)
        if "start" in table.columns:
            outside = (table["start"] > table["end"]) | (table["end"] > size)
            if outside.any():
                row = int(outside.to_numpy().argmax())
                raise CorpusFormatError(where / f"{name}.parquet", f"row {row}", "end",
                                        f"offsets {table['start'].iloc[row]}-{table['end'].iloc[row]} fall "
                                        f"outside the document's {int(size.iloc[row]):,} characters", _REDO)


def _casts(column: pd.Series, dtype: str) -> bool:
    try:
        (pd.to_datetime(column) if dtype.startswith("datetime") else column).astype(dtype)
    except (ValueError, TypeError):
        return False
    return True
