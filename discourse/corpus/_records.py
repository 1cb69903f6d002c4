"""What every loader yields: one :class:`Record` or one :class:`Reject` per input document."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["Record", "Reject", "Removed", "QuoteSpan", "PARAGRAPH_SEP"]

#: Paragraphs of a document's normalized text are joined by this separator.
PARAGRAPH_SEP = "\n\n"


@dataclass(frozen=True, slots=True)
class Removed:
    """A block removed from a page before its body text was kept.

    ``reason`` is a short snake_case label such as ``header_weather``,
    ``related_link``, ``author_bio`` or ``footer``.
    """

    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quotation or transcript turn, with offsets into the record's ``text``."""

    start: int
    end: int
    kind: str
    speaker: str | None = None
    speaker_role: str | None = None
    speaker_country: str | None = None
    cue: str | None = None
    label: str | None = None  # the raw speaker label as printed ("MR. KIRBY")
    attribution: str | None = None  # how the speaker was found: adjacent_cue, carried_over, surname, ...
    flags: str | None = None  # e.g. "unclosed" for a quote whose closing mark is missing, "follow_up"


@dataclass(frozen=True, slots=True)
class Record:
    """One loaded document before it becomes rows of a :class:`~discourse.Corpus`.

    ``text`` is already normalized, its paragraphs joined by :data:`PARAGRAPH_SEP`;
    the offsets of ``quotes`` point into it.
    """

    text: str
    raw_path: str
    record: str = ""  # where in raw_path: "line 12", "member 'x.txt'", "row 3"
    source: str | None = None
    published: dt.date | None = None
    year: int | None = None
    dateline: str | None = None
    title: str | None = None
    author: str | None = None
    section: str | None = None
    url: str | None = None
    language: str | None = None
    doc_id: str | None = None  # an id the input gives; otherwise one is derived from content
    encoding: str | None = None  # how the bytes were decoded (a Python codec name)
    encoding_confidence: float | None = None  # 1.0 for a BOM, valid UTF-8 or a declared charset that fits
    date_source: str | None = None  # where ``published`` came from: title, metadata, column, text, ...
    date_note: str | None = None  # why the date is missing or weak: check it
    removed: tuple[Removed, ...] = ()
    quotes: tuple[QuoteSpan, ...] = ()
    meta: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reject:
    """An input document that could not be loaded, and why."""

    path: str
    record: str
    field: str
    reason: str
    fix: str = ""
