"""Sentiment toward actors: VADER on the sentence, clause or word window around each mention."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .._errors import InputError
from .._io import write_parquet_atomic
from .._measures import MEASURE_KEYS, Voices, keyed
from ..corpus import actors
from ._scores import THRESHOLD, english_only, sentence_scores, vader
from ._vader import VADER_VERSION

__all__ = ["ACTOR_COLUMNS", "MENTION_COLUMNS", "PERIODS", "PERIOD_COLUMNS", "SENTENCE_COLUMNS", "WINDOWS",
           "SentimentTables", "measure", "write_sentiment"]

WINDOWS = ("sentence", "clause", "window")
PERIODS = ("year", "quarter", "month")

# A clause ends at ; : ( ) [ ] dashes, a comma before a space, or a contrastive conjunction.
CLAUSE_BREAK = re.compile(r"[;:()\[\]–—]|,(?=\s)|\b(?:but|while|whereas|although|though|yet)\b",
                           re.IGNORECASE)
_WORD = re.compile(r"\S+")

_MENTION_OWN = ["surface", "actor_id", "kind", "country", "window", "window_start", "window_end", "neg", "neu",
                "pos", "compound"]
#: Columns of ``measure(...).mentions``: the shared measure keys, then the mention's own.
MENTION_COLUMNS = [*MEASURE_KEYS, *_MENTION_OWN]
#: Columns of ``measure(...).sentences``: the shared measure keys, then VADER's scores.
SENTENCE_COLUMNS = [*MEASURE_KEYS, "neg", "neu", "pos", "compound"]
_SUMMARY = ["n_mentions", "n_sentences", "n_windows", "mean_compound", "share_positive",
            "share_negative"]
ACTOR_COLUMNS = ["doc_id", "actor_id", "country", "kind", *_SUMMARY, "window", "source", "published", "year",
                 "target", "target_country"]
PERIOD_COLUMNS = ["source", "actor_id", "country", "kind", "period", "n_documents", *_SUMMARY,
                  "window"]
_DTYPES = {"doc_id": "string", "surface": "string", "actor_id": "string", "kind": "string",
           "country": "string", "window": "string", "source": "string", "period": "string",
           "start": "int64", "end": "int64", "sent_id": "int32", "window_start": "int64",
           "window_end": "int64", "n_mentions": "int64", "n_sentences": "int64",
           "n_windows": "int64", "n_documents": "int64", **MEASURE_KEYS}


@dataclass(frozen=True, repr=False)
class SentimentTables:
    """The tables of :func:`measure`; also readable as ``tables["actors"]``.

    Attributes
    ----------
    mentions : DataFrame
        One row per actor mention scored (columns in :data:`MENTION_COLUMNS`).
    sentences : DataFrame
        One row per sentence, VADER's scores with the shared keys (:data:`SENTENCE_COLUMNS`).
    actors : DataFrame
        One row per document and actor (:data:`ACTOR_COLUMNS`).
    periods : DataFrame
        One row per source, actor and period (:data:`PERIOD_COLUMNS`).
    """

    mentions: pd.DataFrame
    actors: pd.DataFrame
    periods: pd.DataFrame
    sentences: pd.DataFrame

    def __getitem__(self, name: str) -> pd.DataFrame:
        if name not in self.keys():
            raise KeyError(name)
        return getattr(self, name)

    @staticmethod
    def keys() -> tuple[str, ...]:
        return ("mentions", "actors", "periods", "sentences")

    def __repr__(self) -> str:
        rows = ", ".join(f"{name}={len(getattr(self, name))}" for name in self.keys())
        return f"<SentimentTables rows: {rows}>"


def _typed(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = df.reindex(columns=columns)
    types = {c: _DTYPES.get(c, "float64") for c in columns}
    return out.astype(types).reset_index(drop=True)


def _locate(mentions: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Attach to each mention the sentence that holds its start (mentions outside any are dropped)."""
    left = mentions.reset_index(drop=True).assign(_row=lambda d: np.arange(len(d)))
    # the sentence's row, not its text: a long sentence is not copied once per mention in it
    right = sentences[["doc_id", "sent_id", "start", "end"]].rename(
        columns={"start": "sent_start", "end": "sent_end"}).assign(sent_row=np.arange(len(sentences)))
    merged = pd.merge_asof(left.sort_values("start"), right.sort_values("sent_start"),
                           left_on="start", right_on="sent_start", by="doc_id", direction="backward")
    inside = merged["sent_start"].notna() & (merged["start"] < merged["sent_end"])
    merged = merged[inside].sort_values("_row")
    return merged.astype({"sent_start": "int64", "sent_end": "int64", "sent_id": "int32", "sent_row": "int64"})


def _clause(breaks, text: str, begin: int, end: int) -> tuple[int, int]:
    """Return the clause around ``[begin, end)``: from the last break before it to the next after."""
    starts, ends = breaks
    k = bisect_right(ends, begin)  # breaks that end before the mention starts
    j = bisect_left(starts, end, lo=k)  # the first break after the mention
    lo = ends[k - 1] if k else 0
    hi = starts[j] if j < len(starts) else len(text)
    while lo < hi and text[lo].isspace():
        lo += 1
    return lo, hi


def _words_around(words, begin: int, end: int, size: int) -> tuple[int, int]:
    """Return the span from ``size`` words before ``[begin, end)`` to ``size`` words after it."""
    starts, ends = words
    k = bisect_right(ends, begin)  # words that end before the mention starts
    j = bisect_left(starts, end)  # the first word that starts after it ends
    lo = starts[max(k - size, 0)] if size and k else begin
    hi = ends[min(j + size, len(ends)) - 1] if size and j < len(ends) else end
    return min(lo, begin), max(hi, end)


def _windows(located: pd.DataFrame, window: str, size: int, sentences: list[str]
             ) -> tuple[pd.DataFrame, list[str]]:
    """Add ``window_start``/``window_end`` (document offsets); return also the windows' texts.

    ``sentences`` are the texts of the sentences table, by row (``located["sent_row"]``).
    """
    if window == "sentence":
        return located.assign(window_start=located["sent_start"], window_end=located["sent_end"]), []
    out, parsed, cuts = [], {}, {}
    pattern = CLAUSE_BREAK if window == "clause" else _WORD
    for key, row, s0, begin, end in zip(zip(located["doc_id"], located["sent_id"]),
                                        located["sent_row"].tolist(), located["sent_start"].tolist(),
                                        located["start"].tolist(), located["end"].tolist()):
        text = sentences[row]
        if key not in parsed:
            spans = [m.span() for m in pattern.finditer(text)]  # once per sentence
            parsed, cuts = {key: ([a for a, _ in spans], [z for _, z in spans])}, {}
        b, e = begin - s0, min(end - s0, len(text))
        lo, hi = (_clause(parsed[key], text, b, e) if window == "clause"
                  else _words_around(parsed[key], b, e, size))
        if (lo, hi) not in cuts:  # mentions in one window share its text
            cuts[lo, hi] = text[lo:hi]
        out.append((s0 + lo, s0 + hi, cuts[lo, hi]))
    starts, ends, texts = zip(*out) if out else ((), (), ())
    return located.assign(window_start=list(starts), window_end=list(ends)), list(texts)


def _window_scores(located: pd.DataFrame, windows: list[str]) -> pd.DataFrame:
    """VADER scores of each mention's window (texts ``windows``), each distinct window scored once."""
    slots, texts, rows = {}, [], []
    for key, text in zip(zip(located["doc_id"], located["window_start"], located["window_end"]), windows):
        if key not in slots:
            slots[key] = len(texts)
            texts.append(text)
        rows.append(slots[key])
    return vader(texts).drop(columns="text_id").iloc[rows].reset_index(drop=True)


def _summary(units: pd.DataFrame, keys: list[str], threshold: float) -> pd.DataFrame:
    """Aggregate distinct windows (one row each, with ``n_mentions``) per ``keys``."""
    frame = units.assign(positive=(units["compound"] >= threshold).astype("float64"),
                         negative=(units["compound"] <= -threshold).astype("float64"))
    out = frame.groupby(keys, sort=True, dropna=False).agg(
        country=("country", "first"), kind=("kind", "first"), n_mentions=("n_mentions", "sum"),
        n_sentences=("sent_key", "nunique"), n_windows=("compound", "size"),
        mean_compound=("compound", "mean"), share_positive=("positive", "mean"),
        share_negative=("negative", "mean"))
    return out.reset_index()


def _period(documents: pd.DataFrame, period: str) -> pd.Series:
    published = pd.to_datetime(documents["published"])
    year = published.dt.year.astype("Int64").fillna(documents["year"].astype("Int64"))
    if period == "year":
        label = year.astype("string")
    elif period == "quarter":
        label = year.astype("string") + "Q" + published.dt.quarter.astype("Int64").astype("string")
    else:
        label = year.astype("string") + "-" + published.dt.month.astype("Int64").astype(
            "string").str.zfill(2)
    return pd.Series(label.to_numpy(), index=documents["doc_id"].to_numpy(), dtype="string")


def _check(window, size, period):
    if window not in WINDOWS:
        raise InputError(None, None, "window", f"unknown window {window!r}",
                         f"use one of {', '.join(WINDOWS)}")
    if not isinstance(size, (int, np.integer)) or size < 0:
        raise InputError(None, None, "size", f"{size!r} is not a count of words",
                         "give a whole number of words such as 10")
    if period not in PERIODS:
        raise InputError(None, None, "period", f"unknown period {period!r}",
                         f"use one of {', '.join(PERIODS)}")


def measure(corpus, window: str = "sentence", *, size: int = 10, period: str = "year",
            exclude_kinds=("location",), threshold: float = THRESHOLD,
            sentences: pd.DataFrame | None = None) -> SentimentTables:
    """Measure the sentiment expressed around each actor, per document and per period.

    Every mention of an actor (``corpus.mentions``) is given the VADER scores of the text
    around it: its sentence, its clause, or a window of words. Each distinct window counts
    once per actor, however often the actor is named in it; the means and shares are taken
    over those windows, pooled over the documents of a source and period.

    Parameters
    ----------
    corpus : Corpus
        A loaded corpus with its ``sentences`` and ``mentions`` tables.
    window : {"sentence", "clause", "window"}
        The text scored for a mention: the whole sentence; the clause, i.e. the part of the
        sentence between clause breaks (``; : ( ) [ ]``, dashes, a comma before a space, and
        "but", "while", "whereas", "although", "though", "yet"); or ``size`` words either
        side of the mention, within its sentence.
    size : int
        Words either side of the mention for ``window="window"``.
    period : {"year", "quarter", "month"}
        The period of the ``periods`` table, from each document's ``published`` date (or its
        ``year`` when only that is known); labels look like ``2025``, ``2025Q2``, ``2025-06``.
    exclude_kinds : iterable of str
        Mention kinds left out. Places (kind ``location``, such as "Xinjiang") are not actors.
    threshold : float
        A window is positive when ``compound >= threshold``, negative when ``<= -threshold``.
    sentences : DataFrame, optional
        Sentence scores from :func:`sentence_scores`, when already computed.

    Returns
    -------
    SentimentTables
        ``mentions``: one row per mention, ``doc_id, start, end, surface, actor_id, kind,
        country, sent_id, window, window_start, window_end, neg, neu, pos, compound``.

        ``actors``: one row per document and actor (documents in corpus order), ``doc_id,
        actor_id, country, kind, n_mentions, n_sentences, n_windows, mean_compound,
        share_positive, share_negative, window``. ``n_sentences`` counts the distinct
        sentences naming the actor and ``n_windows`` the distinct windows scored (the same
        for ``window="sentence"``).

        ``periods``: one row per source, actor and period, ``source, actor_id, country, kind,
        period, n_documents``, then the same counts and means, and ``window``.

        A corpus without mentions gives tables with these columns and no rows.

    See Also
    --------
    write_sentiment : write the sentence and actor tables for ``discourse measure sentiment``.

    Examples
    --------
    >>> import discourse as dx
    >>> from discourse.features import sentiment
    >>> tables = sentiment.measure(dx.load("seeds/000_dc699da55f7d4812.txt"))
    >>> chn = tables.actors.set_index("actor_id").loc["CHN"]
    >>> int(chn["n_mentions"]), int(chn["n_sentences"]), bool(chn["mean_compound"] > 0)
    (13, 9, True)
    """
    _check(window, size, period)
    warned = sentences is None
    if sentences is None:
        sentences = sentence_scores(corpus)
    mentions = corpus.mentions
    mentions = mentions[~mentions["kind"].isin(list(exclude_kinds)) & mentions["actor_id"].notna()]
    mentions = mentions[english_only(corpus, mentions["doc_id"], "VADER", warn=not warned,
                                     starts=mentions["start"])]  # not zh, ru...
    located, windows = _windows(_locate(mentions, corpus.sentences), window, size,
                                corpus.sentences["text"].tolist() if window != "sentence" else [])
    if window == "sentence":
        scored = located.merge(sentences[["doc_id", "sent_id", "neg", "neu", "pos", "compound"]],
                               on=["doc_id", "sent_id"], how="left")
    else:
        scored = pd.concat([located.reset_index(drop=True), _window_scores(located, windows)], axis=1)
    scored = scored.assign(window=window)
    voices = Voices(corpus)
    mentions = _keyed_scores(scored.assign(target=scored["actor_id"].map(_actor_name),
                                           target_country=scored["country"]), corpus, "actor_sentiment",
                             threshold, voices)
    return _tables(corpus, _typed(mentions, MENTION_COLUMNS), period, threshold, window,
                   _sentence_table(sentences, corpus, threshold, voices))


def _sentence_table(sentences: pd.DataFrame, corpus, threshold: float = THRESHOLD, voices=None) -> pd.DataFrame:
    """The ``sentences`` table of :func:`measure` from :func:`sentence_scores`'s rows."""
    keyed_sentences = _keyed_scores(sentences, corpus, "sentiment", threshold, voices or Voices(corpus))
    return _typed(keyed_sentences, SENTENCE_COLUMNS)


def _actor_name(actor_id):
    return actors.name(actor_id) or actor_id


def _keyed_scores(scores: pd.DataFrame, corpus, measure: str, threshold: float, voices: Voices) -> pd.DataFrame:
    """VADER scores with the shared keys: ``label`` positive/negative/neutral, ``value`` the compound score."""
    compound = scores["compound"].to_numpy(np.float64)
    label = np.where(compound >= threshold, "positive", np.where(compound <= -threshold, "negative", "neutral"))
    label = np.where(np.isnan(compound), None, label)  # not scored: a language VADER cannot read
    return keyed(scores.assign(_label=label), corpus, measure=measure, label="_label", value="compound",
                 method=f"vader@{VADER_VERSION}", voices=voices).drop(columns="_label")


def _tables(corpus, scored, period, threshold, window, sentences):
    units = (scored.groupby(["doc_id", "actor_id", "window_start", "window_end"], sort=True)
             .agg(country=("country", "first"), kind=("kind", "first"), sent_id=("sent_id", "first"),
                  n_mentions=("start", "size"), compound=("compound", "first"))
             .reset_index())
    units["sent_key"] = units["doc_id"] + "#" + units["sent_id"].astype("string")
    docs = corpus.documents
    per_doc = _summary(units, ["doc_id", "actor_id"], threshold).assign(window=window)
    per_doc = per_doc.merge(docs[["doc_id", "source", "published", "year"]], on="doc_id", how="left").assign(
        target=per_doc["actor_id"].map(_actor_name).to_numpy(), target_country=per_doc["country"].to_numpy())
    # documents in corpus order, so that the rows of a corpus's partitions join into these rows
    position = pd.Series(np.arange(len(docs)), index=docs["doc_id"].to_numpy())
    per_doc = (per_doc.assign(_at=per_doc["doc_id"].map(position)).sort_values(["_at", "actor_id"], kind="stable")
               .drop(columns="_at").reset_index(drop=True))
    units["source"] = units["doc_id"].map(pd.Series(docs["source"].to_numpy(),
                                                    index=docs["doc_id"].to_numpy()))
    units["period"] = units["doc_id"].map(_period(docs, period))
    periods = _summary(units, ["source", "actor_id", "period"], threshold)
    n_docs = units.groupby(["source", "actor_id", "period"], dropna=False)["doc_id"].nunique()
    periods = periods.merge(n_docs.rename("n_documents").reset_index(),
                            on=["source", "actor_id", "period"], how="left").assign(window=window)
    return SentimentTables(scored, _typed(per_doc, ACTOR_COLUMNS), _typed(periods, PERIOD_COLUMNS), sentences)


def _joined_tables(corpus, mentions: pd.DataFrame, sentences: pd.DataFrame, window: str = "sentence",
                   period: str = "year", threshold: float = THRESHOLD) -> SentimentTables:
    """The tables of :func:`measure` from its ``mentions`` and ``sentences`` joined over a corpus's
    partitions: the summaries across documents need only ``corpus.documents``."""
    return _tables(corpus, mentions, period, threshold, window, sentences)


def write_sentiment(corpus, out_dir, *, window: str = "sentence", size: int = 10,
                    period: str = "year", exclude_kinds=("location",)) -> Path:
    """Write ``sentiment_sentences.parquet``, ``sentiment_mentions.parquet`` and ``sentiment_actors.parquet``.

    This is what ``discourse measure sentiment CORPUS_DIR -o OUT`` saves: the VADER scores
    of every sentence (:func:`sentence_scores`) and the per document and actor table of
    :func:`measure`. Both files are written into a temporary folder inside ``out_dir`` and
    then renamed into place, so a reader never sees a half-written file; other files in
    ``out_dir`` are left alone.

    Parameters
    ----------
    corpus : Corpus
    out_dir : str or path-like
        The folder, created if needed.
    window, size, period, exclude_kinds
        As in :func:`measure`.

    Returns
    -------
    Path
        ``out_dir``.

    Examples
    --------
    >>> import tempfile, pandas as pd, discourse as dx
    >>> from discourse.features import sentiment
    >>> out = sentiment.write_sentiment(dx.load("seeds/000_dc699da55f7d4812.txt"),
    ...                                 tempfile.mkdtemp())
    >>> sorted(p.name for p in out.iterdir())
    ['sentiment_actors.parquet', 'sentiment_mentions.parquet', 'sentiment_sentences.parquet']
    >>> len(pd.read_parquet(out / "sentiment_sentences.parquet"))
    13
    """
    out_dir = Path(out_dir)
    tables = _sentiment_tables(corpus, window, size=size, period=period, exclude_kinds=exclude_kinds)
    for name, table in tables.items():
        write_parquet_atomic(table, out_dir / f"{name}.parquet")
    return out_dir


def _sentiment_tables(corpus, window: str = "sentence", **options) -> dict[str, pd.DataFrame]:
    """The tables ``discourse measure sentiment`` writes, by file name (without ``.parquet``)."""
    tables = measure(corpus, window, **options)
    return {"sentiment_sentences": tables.sentences, "sentiment_mentions": tables.mentions,
            "sentiment_actors": tables.actors}
