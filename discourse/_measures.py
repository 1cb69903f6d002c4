"""The measurement contract: the keys every measure table carries, and who holds the words.

Every measure (frames, sentence sentiment, actor sentiment, stance) is a long table whose rows
start with :data:`MEASURE_KEYS`, so that one aggregation (``dx.stats.rate`` and friends) groups
any of them by outlet, speaker, role, target, document metadata and period.
"""

from __future__ import annotations

import json
import weakref
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import NamedTuple

import numpy as np
import pandas as pd

from ._fold import count_tokens

__all__ = ["MEASURE_KEYS", "SPEAKER_COLUMNS", "Voices", "document_meta", "innermost", "keyed", "rows_by_doc"]

#: The columns every measure table starts with, and their dtypes.
MEASURE_KEYS = {
    "doc_id": "string", "sent_id": "int32", "start": "int64", "end": "int64",
    "source": "string", "published": "datetime64[ms]", "year": "Int16",
    "voice": "string", "speaker": "string", "speaker_role": "string", "speaker_country": "string",
    "target": "string", "target_country": "string",
    "measure": "string", "label": "string", "value": "float64", "method": "string",
}
#: Keys that describe who holds the words: grouping by one of them counts each speaker's words.
SPEAKER_COLUMNS = ("voice", "speaker", "speaker_role", "speaker_country")
#: A quote is scanned for a span only among this many candidates (bounded work per span).
_MAX_CANDIDATES = 64


def innermost(rows) -> list[tuple]:
    """Split quote rows ``(start, end, ...)`` so that each character is held by its innermost quote.

    A quote reported inside a transcript turn ("As Wang Yi said, ...") takes its words from the
    turn; the rest of the turn stays the turn speaker's. Of two quotes that overlap without one
    holding the other, the later one holds the overlap.

    Examples
    --------
    >>> innermost([(0, 10, "turn"), (2, 5, "nested")])
    [(0, 2, 'turn'), (2, 5, 'nested'), (5, 10, 'turn')]
    >>> innermost([(0, 4, "a"), (6, 9, "b")])
    [(0, 4, 'a'), (6, 9, 'b')]
    """
    out, stack = [], []  # stack: the open quotes, each [row, where its next piece starts]

    def close(pos: float) -> None:
        while stack and stack[-1][0][1] <= pos:
            row, cursor = stack.pop()
            if row[1] > cursor:
                out.append((cursor, row[1], *row[2:]))
            if stack:
                stack[-1][1] = max(stack[-1][1], row[1])

    for row in sorted(rows, key=lambda r: (r[0], -r[1])):
        close(row[0])
        if stack:
            outer = stack[-1]
            if row[0] > outer[1]:
                out.append((outer[1], row[0], *outer[0][2:]))
            outer[1] = max(outer[1], row[0])
        stack.append([row, row[0]])
    close(float("inf"))
    return sorted(out, key=lambda r: (r[0], r[1]))


class Voices:
    """Who holds the words of any span of a corpus: a quoted speaker, or the outlet itself.

    A span is in the voice of the quote (direct, indirect, mixed or a transcript turn) that holds
    the most of it, when that quote holds at least half of it; otherwise it is the outlet's own,
    ``authorial`` voice, and its speaker is the outlet (``documents.source``). Words reported
    inside a turn are the reported speaker's, the rest of the turn its speaker's (:func:`innermost`).

    Examples
    --------
    >>> import discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> voices = Voices(corpus)
    >>> q = corpus.quotes.iloc[0]
    >>> voices.at(q["doc_id"], q["start"], q["end"])[:2]
    ('quoted', 'Lin Jian')
    >>> voices.at(q["doc_id"], 0, 5)[:2]
    ('authorial', 'TDI')
    """

    def __init__(self, corpus):
        from .corpus.actors import country_of

        docs = corpus.documents
        self.outlet = {d: (s if isinstance(s, str) and s else None)
                       for d, s in zip(_plain(docs["doc_id"]), _plain(docs["source"]))}
        self.outlet_country = {d: country_of(s) for d, s in self.outlet.items()}
        self.quotes, self._laid_out = {}, None
        by_doc = rows_by_doc(corpus.quotes, ("start", "end", "speaker", "speaker_role", "speaker_country"))
        for doc_id, group in by_doc.items():
            rows = innermost(group)
            self.quotes[doc_id] = (rows, [r[0] for r in rows], list(accumulate((r[1] for r in rows), max)))

    def at(self, doc_id, start: int, end: int) -> tuple:
        """``(voice, speaker, speaker_role, speaker_country)`` of ``text[start:end]`` of a document."""
        quote = self.quote(doc_id, start, end)
        if quote is not None:
            return "quoted", quote[2], quote[3], quote[4]
        return self._authorial(doc_id)

    def _authorial(self, doc_id) -> tuple:
        return "authorial", self.outlet.get(doc_id), None, self.outlet_country.get(doc_id)

    def quote(self, doc_id, start: int, end: int) -> tuple | None:
        """The quote ``(start, end, speaker, speaker_role, speaker_country)`` holding the span, or None."""
        if doc_id not in self.quotes:
            return None
        rows, starts, reach = self.quotes[doc_id]
        best, most = None, 0
        first = bisect_right(reach, start)  # quotes before this one end before the span starts
        last = min(bisect_left(starts, max(end, start + 1)), first + _MAX_CANDIDATES)
        for row in rows[first:last]:
            overlap = min(end, row[1]) - max(start, row[0]) if end > start else int(row[0] <= start < row[1])
            if overlap > most:
                best, most = row, overlap
        return best if best is not None and 2 * most >= max(end - start, 1) else None

    def many(self, doc_ids, starts, ends) -> pd.DataFrame:
        """The voice columns for many spans, as a table in the order given (what :meth:`at` gives
        for each span, in numpy passes: a span with one candidate quote, the usual case, needs no
        Python loop)."""
        doc_ids = _plain(doc_ids)
        starts, ends = np.asarray(_plain(starts), np.int64), np.asarray(_plain(ends), np.int64)
        n = len(doc_ids)
        columns = self._authorial_many(doc_ids)
        layout = self._layout() if self.quotes and n else None
        if layout is not None and len(layout.starts):
            base = np.array([layout.at.get(d, -1) for d in doc_ids], np.int64)
            first = np.searchsorted(layout.reach, base + np.minimum(starts, layout.size - 1), "right")
            last = np.searchsorted(layout.starts, base + np.minimum(np.maximum(ends, starts + 1), layout.size - 1),
                                   "left")
            near = (base >= 0) & (last > first)
            one = near & (last - first == 1)  # one candidate: the quote holds the span, or nobody does
            k = np.where(one, first, 0)
            q_start, q_end = layout.starts[k] - base, layout.ends[k] - base
            overlap = np.where(ends > starts, np.minimum(ends, q_end) - np.maximum(starts, q_start),
                               (q_start <= starts) & (starts < q_end))
            held = np.flatnonzero(one & (overlap > 0) & (2 * overlap >= np.maximum(ends - starts, 1)))
            columns[0][held] = "quoted"
            for j in range(1, len(SPEAKER_COLUMNS)):
                columns[j][held] = layout.values[j - 1][k[held]]
            for i in np.flatnonzero(near & ~one).tolist():  # several candidates: the one holding the most
                found = self.at(doc_ids[i], int(starts[i]), int(ends[i]))
                for j, value in enumerate(found):
                    columns[j][i] = value
        return pd.DataFrame({name: pd.array(values, dtype="string") for name, values in zip(SPEAKER_COLUMNS, columns)})

    def _authorial_many(self, doc_ids: list) -> list[np.ndarray]:
        """The authorial voice columns of many spans, worked out once per document."""
        codes, docs = pd.factorize(np.array(doc_ids, dtype=object), use_na_sentinel=True)
        rows = [self._authorial(d) for d in docs] + [self._authorial(None)]  # code -1: no document
        return [np.array([r[k] for r in rows], object)[codes] for k in range(len(SPEAKER_COLUMNS))]

    def _layout(self) -> _Layout:
        """The quotes of all documents laid end to end, each document ``size`` characters apart
        (built once per Voices, however many tables it keys)."""
        if self._laid_out is None:
            size = 2 + max((reach[-1] for _, _, reach in self.quotes.values() if reach), default=0)
            at = {doc_id: k * size for k, doc_id in enumerate(self.quotes)}
            rows = [(at[d], row) for d, (doc_rows, _, _) in self.quotes.items() for row in doc_rows]
            reach = [at[d] + r for d, (_, _, doc_reach) in self.quotes.items() for r in doc_reach]
            self._laid_out = _Layout(size, at, np.array([b + r[0] for b, r in rows], np.int64),
                                     np.array([b + r[1] for b, r in rows], np.int64), np.array(reach, np.int64),
                                     [np.array([r[j] for _, r in rows], object) for j in (2, 3, 4)])
        return self._laid_out


class _Layout(NamedTuple):
    size: int
    at: dict
    starts: np.ndarray
    ends: np.ndarray
    reach: np.ndarray
    values: list  # speaker, speaker_role, speaker_country of each quote


def rows_by_doc(table: pd.DataFrame, columns) -> dict:
    """A table's rows by document, in order of ``start``: ``doc_id -> [tuple of columns]``, missing
    values as None (from column lists, not a DataFrame per document: ten times as fast).

    Examples
    --------
    >>> rows_by_doc(pd.DataFrame({"doc_id": ["b", "a", "b"], "start": [9, 0, 2]}), ["start"])
    {'a': [(0,)], 'b': [(2,), (9,)]}
    """
    table = table.sort_values(["doc_id", "start"], kind="stable")
    doc_ids = table["doc_id"].to_numpy(object)
    rows = list(zip(*(_plain(table[c]) for c in columns)))
    cuts = [0, *(np.flatnonzero(doc_ids[1:] != doc_ids[:-1]) + 1).tolist(), len(rows)] if len(rows) else [0]
    return {doc_ids[a]: rows[a:b] for a, b in zip(cuts, cuts[1:])}


def _plain(values) -> list:
    """A column as a list of Python values, missing ones as None (a Series, array or list)."""
    if isinstance(values, pd.Series):
        missing = values.isna().to_numpy()
        values = values.astype(object).to_numpy().tolist()
        return [None if gone else v for v, gone in zip(values, missing)] if missing.any() else values
    return values.tolist() if hasattr(values, "tolist") else list(values)


def keyed(table: pd.DataFrame, corpus, *, measure: str, label, value, method,
          voices: Voices | None = None) -> pd.DataFrame:
    """Put the :data:`MEASURE_KEYS` in front of a measure table (its own columns follow).

    ``table`` has ``doc_id, sent_id, start, end`` and may already hold some keys (``target``,
    the voice columns); the others are filled: ``source, published, year`` from the document,
    the voice columns from :class:`Voices` when absent, and ``measure, label, value, method``
    from the arguments (a scalar, or a column name of ``table`` for ``label``/``value``/``method``).
    """
    out = table.reset_index(drop=True).copy()
    docs = corpus.documents.set_index("doc_id")
    for column in ("source", "published", "year"):
        out[column] = out["doc_id"].map(docs[column]).to_numpy() if len(out) else []
    if not set(SPEAKER_COLUMNS) <= set(out.columns):
        voices = voices or Voices(corpus)
        found = voices.many(out["doc_id"], out["start"], out["end"])
        for column in SPEAKER_COLUMNS:
            out[column] = found[column].to_numpy()
    for column in ("target", "target_country"):
        if column not in out.columns:
            out[column] = pd.NA
    for column, given in (("label", label), ("value", value), ("method", method)):
        out[column] = out[given].to_numpy() if isinstance(given, str) and given in out.columns else given
    out["measure"] = measure
    rest = [c for c in out.columns if c not in MEASURE_KEYS]
    return out[list(MEASURE_KEYS) + rest].astype(MEASURE_KEYS)


_WORDS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def document_words(corpus) -> np.ndarray:
    """The word tokens of each document (``count_tokens``), in the order of ``corpus.documents``:
    the exposure of every rate, counted once per corpus (frame counts and ``dx.stats.exposure``
    share it).

    Examples
    --------
    >>> import discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> document_words(corpus), document_words(corpus) is document_words(corpus)
    (array([314]), True)
    """
    if corpus not in _WORDS:
        _WORDS[corpus] = corpus.documents["text"].map(count_tokens).to_numpy().astype("int64")
    return _WORDS[corpus]


def document_meta(documents: pd.DataFrame) -> pd.DataFrame:
    """The documents' ``meta`` JSON as typed columns, one row per document (index ``doc_id``).

    Only scalar fields become columns; integers become ``Int64``, numbers ``Float64``, true/false
    ``boolean`` and the rest ``string``. A field absent from a document is missing there.

    Examples
    --------
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "meta": ['{"session": 79, "country_code": "CHN"}', '{}']})
    >>> document_meta(docs).dtypes.astype(str).to_dict()
    {'session': 'Int64', 'country_code': 'string'}
    """
    records = [_scalars(m) for m in documents["meta"]]
    fields = list(dict.fromkeys(k for r in records for k in r))
    index = pd.Index(documents["doc_id"].to_numpy(), name="doc_id")
    columns = {}
    for f in fields:
        dtype = _dtype([r[f] for r in records if f in r])
        values = [r.get(f) for r in records]
        columns[f] = pd.array([v if v is None or dtype != "string" else str(v) for v in values], dtype=dtype)
    return pd.DataFrame(columns, index=index)


def _scalars(text) -> dict:
    if not isinstance(text, str) or not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, (str, int, float, bool))}


def _dtype(values: list) -> str:
    kinds = {type(v) for v in values}
    if kinds and kinds <= {bool}:
        return "boolean"
    if kinds and kinds <= {int}:
        return "Int64"
    if kinds and kinds <= {int, float}:
        return "Float64"
    return "string"
