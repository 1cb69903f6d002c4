"""Turn loader output (records and rejects) into the tables of a corpus."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable

import pandas as pd

from .._limits import Timeout, budget, deadline
from ._language import guess_language, language_runs, paragraph_languages
from ._records import Record, Reject
from ._schema import conform, empty
from ._link import HOSTS, link_speakers
from ._mentions import MentionFinder
from ._quotes import own_statements, prose_quotes
from ._quotes_zhru import reported_speech
from ._segment import paragraph_spans, sentence_spans
from ._turns import reply_links

__all__ = ["build_tables", "derive_doc_id", "plan", "plan_item"]


def derive_doc_id(record: Record) -> str:
    """Derive a stable id from what a document says, not from where it was read.

    Examples
    --------
    >>> derive_doc_id(Record(text="Body.", raw_path="a.txt", title="T"))
    'd...'
    """
    key = "\x1f".join([record.source or "", str(record.published or record.year or ""),
                       record.title or "", record.text])
    return "d" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:15]


def printable(value: str | None) -> str | None:
    r"""Escape what cannot be written as UTF-8: bytes of a file name that is not UTF-8.

    The operating system hands such names over with lone surrogates, which no Parquet file
    can hold; they become ``\xNN`` escapes, so the name stays readable and the corpus saves.

    Examples
    --------
    >>> printable("caf\udce9.txt")
    'caf\\xe9.txt'
    >>> printable("café.txt")
    'café.txt'
    """
    if value is None or value.isascii():
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace") \
            if _escapable(value) else value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value


def _escapable(value: str) -> bool:
    try:
        value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return False
    return True


def _meta_json(meta: dict) -> str:
    text = json.dumps(meta, ensure_ascii=False, sort_keys=True, default=str)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from a JSON input stay escaped
        text = json.dumps(meta, ensure_ascii=True, sort_keys=True, default=str)
    return text


class _Tables:
    """Column lists that grow one document at a time."""

    def __init__(self, finder: MentionFinder | None = None):
        self.finder = finder
        self.rows = {name: [] for name in ("documents", "paragraphs", "sentences", "quotes",
                                           "mentions", "boilerplate", "rejects")}

    def add_document(self, rec: Record, doc_id: str) -> None:
        """Add a document's rows; one that fails or runs over its time budget becomes a reject (running
        out of memory stops the run: it says nothing about the document)."""
        marks = {name: len(rows) for name, rows in self.rows.items()}
        seconds = budget(len(rec.text))
        try:
            with deadline(seconds):
                self._add(rec, doc_id)
        except (Timeout, Exception) as err:  # noqa: BLE001 -- one bad document must not lose the corpus
            for name, rows in self.rows.items():
                del rows[marks[name]:]
            if isinstance(err, MemoryError):  # the machine, not the document: the run stops with what to do
                raise
            self.add_reject(build_failure(rec, err))

    def _add(self, rec: Record, doc_id: str) -> None:
        text = rec.text
        self.rows["documents"].append({
            "doc_id": doc_id, "source": rec.source, "published": rec.published,
            "year": rec.year if rec.year is not None else getattr(rec.published, "year", None),
            "dateline": rec.dateline, "title": rec.title, "author": rec.author,
            "section": rec.section, "url": rec.url, "language": rec.language or guess_language(text),
            "text": text, "raw_path": printable(rec.raw_path), "record": printable(rec.record),
            "meta": _meta_json(rec.meta), "encoding": rec.encoding,
            "encoding_confidence": rec.encoding_confidence,
            "date_source": rec.date_source if rec.published is not None else None,
            "date_note": rec.date_note,
        })
        paragraphs = paragraph_spans(text)
        languages = paragraph_languages(text, paragraphs, self.rows["documents"][-1]["language"])
        sentences, by_language = [], {}
        home = self.rows["documents"][-1]["language"]
        for para_id, ((ps, pe), language) in enumerate(zip(paragraphs, languages)):
            self.rows["paragraphs"].append((doc_id, para_id, ps, pe, text[ps:pe], language))
            para_sentences = sentence_spans(text, ps, pe)
            for ss, se in para_sentences:
                self.rows["sentences"].append((doc_id, len(sentences), para_id, ss, se, text[ss:se]))
                sentences.append((ss, se))
            # a paragraph of Chinese or Russian in a document of another language: its sentences of the
            # document's language (a quote before its original) are read by that language's forms
            split = language in ("zh", "ru") and language != home and para_sentences
            runs = language_runs(text, para_sentences, language, home) if split else [(language, para_sentences)]
            for run_language, run in runs:
                spans = by_language.setdefault(run_language if run_language in ("zh", "ru") else "", ([], []))
                spans[0].append((run[0][0], run[-1][1]) if len(runs) > 1 else (ps, pe))
                spans[1].extend(run)
        date = rec.published or (f"{rec.year}-07-01" if rec.year else None)
        finder = self.finder
        mentions = finder.find(text, date) if finder else []
        prose, host = [], HOSTS.get(rec.source or "")
        for language, (paras, sents) in by_language.items():  # each paragraph by its own language's forms
            if language:  # Chinese and Russian
                names = (lambda actor_id: finder.registry.actor(actor_id).name) if finder else None
                prose += reported_speech(text, sents, language, mentions, rec.quotes, names)
            else:
                prose += prose_quotes(text, paras, sents, rec.quotes, finder.is_place if finder else None, rec.title,
                                      host)
        quotes = sorted(rec.quotes + tuple(prose), key=lambda q: (q.start, q.end))
        if finder:
            quotes = own_statements(link_speakers(quotes, mentions, finder, date, host))
        for m in mentions:
            self.rows["mentions"].append((doc_id, m.start, m.end, m.surface, m.actor_id, m.kind,
                                          m.country, m.role))
        replies = reply_links(quotes)
        for quote_id, q in enumerate(quotes):
            self.rows["quotes"].append({
                "doc_id": doc_id, "quote_id": quote_id, "kind": q.kind, "text": text[q.start:q.end],
                "start": q.start, "end": q.end, "speaker": q.speaker, "speaker_role": q.speaker_role,
                "speaker_country": q.speaker_country, "cue": q.cue, "speaker_label": q.label,
                "attribution": q.attribution or ("turn_label" if q.kind == "turn" else None),
                "flags": q.flags, "reply_to": replies[quote_id],
            })
        for block_id, block in enumerate(rec.removed):
            self.rows["boilerplate"].append((doc_id, block_id, block.text, block.reason))

    def add_reject(self, rej: Reject) -> None:
        self.rows["rejects"].append(_reject_row(rej))

    def frames(self) -> dict[str, pd.DataFrame]:
        out = {}
        for name, rows in self.rows.items():
            frame = pd.DataFrame(rows, columns=list(empty(name).columns)) if rows else empty(name)
            out[name] = conform(frame, name)
        return out


def build_failure(rec: Record, err: BaseException) -> Reject:
    """The reject of a document whose tables could not be built."""
    where = dict(path=rec.raw_path, record=rec.record, field="text")
    if isinstance(err, Timeout):
        return Reject(**where, reason=f"building its tables {err} ({len(rec.text):,} characters)",
                      fix="split the document into smaller ones, or raise DISCOURSE_DOCUMENT_SECONDS")
    return Reject(**where, reason=f"building its tables failed: {type(err).__name__}: {str(err)[:200]}",
                  fix="report this as a bug with the file; the rest of the corpus was loaded")


def _check(rec: Record) -> Reject | None:
    where = dict(path=rec.raw_path, record=rec.record)
    if not rec.text.strip():
        return Reject(**where, field="text", reason="no body text after normalization",
                      fix="check that the file or column holds the article text")
    for q in rec.quotes:
        if not 0 <= q.start <= q.end <= len(rec.text):
            return Reject(**where, field="quotes", reason=f"quote offsets {q.start}-{q.end} "
                          f"fall outside the text ({len(rec.text)} characters)",
                          fix="report this as a bug in the loader")
    return None


def plan_item(item: Record | Reject, seen: dict[str, str]) -> tuple[Record, str] | Reject:
    """Decide whether one item becomes a document (with its id) or a reject.

    Records with no text, with broken quote offsets, or whose id is already in ``seen``
    (id -> where it was read; updated here) become rejects.
    """
    if isinstance(item, Reject):
        return item
    problem = _check(item)
    if problem:
        return problem
    doc_id = item.doc_id or derive_doc_id(item)
    if doc_id in seen:
        return Reject(item.raw_path, item.record, "doc_id",
                      f"duplicate document id {doc_id!r}: already loaded from {seen[doc_id]}",
                      "drop the duplicate, or give each record its own id column")
    seen[doc_id] = f"{item.raw_path} {item.record}".strip()
    return item, doc_id


def plan(items: Iterable[Record | Reject]) -> tuple[list[tuple[Record, str]], list[Reject], int]:
    """Decide, in input order, which items become documents (with their ids) and which rejects.

    See :func:`plan_item`: ``inputs == documents + rejects`` holds whatever engine builds
    the tables.
    """
    docs, rejects, seen, inputs = [], [], {}, 0
    for item in items:
        inputs += 1
        planned = plan_item(item, seen)
        (rejects if isinstance(planned, Reject) else docs).append(planned)
    return docs, rejects, inputs


def build_documents(docs: list[tuple[Record, str]], finder: MentionFinder | None = None
                    ) -> dict[str, pd.DataFrame]:
    """Build the tables of some documents: segmentation, quotes, mentions, boilerplate."""
    tables = _Tables(finder)
    for record, doc_id in docs:
        tables.add_document(record, doc_id)
    return tables.frames()


def build_tables(items: Iterable[Record | Reject], finder: MentionFinder | None = None
                 ) -> tuple[dict[str, pd.DataFrame], int]:
    """Build the corpus tables from loader output, in this process.

    Each item stands for one input document. With a ``finder``, actor mentions are
    found and quote speakers are linked to the actor registry. See :func:`plan` for
    which items become rejects.

    Returns
    -------
    tables : dict of DataFrame
    inputs : int
        How many input documents were seen.
    """
    docs, rejects, inputs = plan(items)
    tables = build_documents(docs, finder)
    tables["rejects"] = reject_table(rejects, tables["rejects"])
    return tables, inputs


def _reject_row(r: Reject) -> tuple:
    return tuple(printable(str(v)) if v is not None else None for v in (r.path, r.record, r.field, r.reason, r.fix))


def reject_table(rejects: list[Reject], *failed: pd.DataFrame) -> pd.DataFrame:
    """The rejects table: planned rejects in input order, then the ``failed`` tables of documents
    whose tables could not be built (see :meth:`_Tables.add_document`)."""
    rows = [_reject_row(r) for r in rejects]
    frame = pd.DataFrame(rows, columns=list(empty("rejects").columns)) if rows else empty("rejects")
    parts = [frame, *(f for f in failed if len(f))]
    return conform(pd.concat(parts, ignore_index=True) if len(parts) > 1 else frame, "rejects")
