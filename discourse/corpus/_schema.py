"""The tables of a corpus: their columns, dtypes and meaning (a public contract)."""

from __future__ import annotations

import pandas as pd

__all__ = ["ADDED_SINCE", "SCHEMA_VERSION", "TABLES", "empty", "conform"]

#: Bumped whenever a column is added, removed or changes dtype.
SCHEMA_VERSION = "1.3"
#: Columns added since a version this library still reads: read as missing values.
#: (``_ADDED_X``: what a folder older than schema X lacks.)
_ADDED_1_3 = {"paragraphs": ("language",)}
_ADDED_1_2 = {"documents": ("date_source", "date_note"), "quotes": ("reply_to",), **_ADDED_1_3}
ADDED_SINCE = {
    "1.0": {**_ADDED_1_2, "documents": ("encoding", "encoding_confidence", *_ADDED_1_2["documents"])},
    "1.1": _ADDED_1_2,
    "1.2": _ADDED_1_3,
}

S, I, I32 = "string", "int64", "int32"

#: Table name -> ordered ``{column: dtype}``. Offsets are into ``documents.text``.
TABLES: dict[str, dict[str, str]] = {
    "documents": {
        "doc_id": S, "source": S, "published": "datetime64[s]", "year": "Int16", "dateline": S,
        "title": S, "author": S, "section": S, "url": S, "language": S, "text": S,
        "raw_path": S, "record": S, "meta": S, "encoding": S, "encoding_confidence": "Float64",
        "date_source": S, "date_note": S,
    },
    "paragraphs": {"doc_id": S, "para_id": I32, "start": I, "end": I, "text": S, "language": S},
    "sentences": {"doc_id": S, "sent_id": I32, "para_id": I32, "start": I, "end": I, "text": S},
    "quotes": {
        "doc_id": S, "quote_id": I32, "kind": S, "text": S, "start": I, "end": I, "speaker": S,
        "speaker_role": S, "speaker_country": S, "cue": S, "speaker_label": S, "attribution": S, "flags": S,
        "reply_to": "Int32",
    },
    "mentions": {
        "doc_id": S, "start": I, "end": I, "surface": S, "actor_id": S, "kind": S, "country": S,
        "role": S,
    },
    "boilerplate": {"doc_id": S, "block_id": I32, "text": S, "reason": S},
    "rejects": {"path": S, "record": S, "field": S, "reason": S, "fix": S},
}


def empty(table: str) -> pd.DataFrame:
    """Return an empty DataFrame with a table's columns and dtypes.

    Examples
    --------
    >>> empty("paragraphs").dtypes.astype(str).tolist()
    ['string', 'int32', 'int64', 'int64', 'string', 'string']
    """
    return conform(pd.DataFrame(columns=list(TABLES[table])), table)


def conform(df: pd.DataFrame, table: str) -> pd.DataFrame:
    """Put a table's columns in order with their documented dtypes.

    Columns beyond the schema are kept after the documented ones.
    """
    schema = TABLES[table]
    extra = [c for c in df.columns if c not in schema]
    out = df.reindex(columns=list(schema) + extra)
    for col, dtype in schema.items():
        if dtype.startswith("datetime"):
            out[col] = pd.to_datetime(out[col]).astype(dtype)
        else:
            out[col] = out[col].astype(dtype)
    return out.reset_index(drop=True)
