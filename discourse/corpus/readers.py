"""The readers behind ``dx.load``, one file's bytes at a time, for validating or extending them.

Each reader takes a path (used in messages) and the file's bytes and yields ``Record`` objects
(a document's fields, paragraphs and quotes before its tables are built) or ``Reject`` objects.
``dx.load`` chooses among them; use these to check one reader against hand annotation, or to
write your own loop over files. ``detect_encoding`` and ``normalize_text`` are the decoding and
normalization every reader applies.

Examples
--------
>>> from discourse.corpus import readers
>>> readers.detect_encoding("Привет, мир".encode("cp1251"))[:2]
('Привет, мир', 'cp1251')
"""

from ._html import read_html
from ._normalize import detect as detect_encoding
from ._normalize import normalize_text
from ._records import Record, Reject
from ._transcripts import read_kremlin_jsonl, read_whitehouse_markdown, unify_speakers

__all__ = ["Record", "Reject", "detect_encoding", "normalize_text", "read_html", "read_kremlin_jsonl",
           "read_whitehouse_markdown", "unify_speakers"]
