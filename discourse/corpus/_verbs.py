"""Corpus verbs: keep some documents (``subset``), join corpora (``concat``), select rows (``where``)."""

from __future__ import annotations

import pandas as pd

from .._errors import InputError
from .._expr import evaluate, parse_where
from .._measures import document_meta
from ._corpus import Corpus
from ._schema import TABLES, conform

__all__ = ["concat", "subset", "where"]


def where(table: pd.DataFrame, text: str) -> pd.DataFrame:
    """Keep the rows of a table that a filter selects (the recipes' ``where`` language).

    The filter is read by this library's own small language (comparisons, ``in``, ``and``,
    ``or``, ``not``, ``is null``; see ``docs/recipes/expressions.md``): nothing is evaluated
    as Python, so a filter from someone else is safe to apply.

    Raises
    ------
    InputError
        Naming the position and the fix, for text the language cannot read or an unknown column.

    Examples
    --------
    >>> t = pd.DataFrame({"frame": ["win_win", "new_era"], "year": [2019, 2024]})
    >>> where(t, "frame == 'new_era' and year >= 2020")
         frame  year
    1  new_era  2024
    """
    return table[evaluate(parse_where(text), table).to_numpy()]


def concat(corpora) -> Corpus:
    """Join corpora into one; a document found in several is kept once.

    Parameters
    ----------
    corpora : sequence of Corpus

    Returns
    -------
    Corpus
        The documents in order of first appearance, with their rows of every table; the
        rejects of all corpora; ``inputs`` counts every document kept and every reject.

    Examples
    --------
    >>> import discourse as dx
    >>> seed = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> len(concat([seed, seed]))
    1
    """
    corpora = list(corpora)
    if not corpora or not all(isinstance(c, Corpus) for c in corpora):
        raise InputError(None, None, "corpora", "concat needs a list of Corpus objects",
                         "pass corpora loaded with dx.load, e.g. dx.corpus.concat([a, b])")
    if len(corpora) == 1:
        return corpora[0]
    seen: set = set()
    parts: dict[str, list] = {name: [] for name in TABLES}
    for corpus in corpora:
        new = set(corpus.documents["doc_id"]) - seen
        for name in TABLES:
            table = getattr(corpus, name)
            parts[name].append(table if name == "rejects" else table[table["doc_id"].isin(new)])
        seen |= new
    tables = {name: conform(pd.concat(parts[name], ignore_index=True), name) for name in TABLES}
    return Corpus(**tables, inputs=len(tables["documents"]) + len(tables["rejects"]))


def subset(corpus: Corpus, *, about=None, speaker=None, source=None, start=None, end=None,
           where: str | None = None) -> Corpus:
    """Keep the documents that meet every condition given, with their rows of every table.

    Parameters
    ----------
    corpus : Corpus
    about : str or list of str, optional
        Actor ids (``"KAZ"``, ``"CENTRAL_ASIA"``, see ``dx.actors``): documents that name any
        of them as a state, group, organisation or person (a place named is not enough).
    speaker : str or list of str, optional
        Documents in which any of these speakers is quoted (canonical names, ``quotes.speaker``).
    source : str or list of str, optional
        Documents of these outlets or institutions.
    start, end : date-like, optional
        Documents published on or after ``start`` and on or before ``end`` (documents with
        only a year count by their year).
    where : str, optional
        A filter on the documents' columns and their metadata fields (``country_code``,
        ``session``, ...) in the recipes' filter language, e.g. ``"year >= 2010"``.

    Returns
    -------
    Corpus
        The rejects are kept; ``inputs`` counts the documents kept and the rejects.

    Examples
    --------
    >>> import discourse as dx
    >>> seed = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> len(subset(seed, about="KAZ")), len(subset(seed, about="BRA")), len(subset(seed, start="2026-01-01"))
    (1, 0, 0)
    """
    docs = corpus.documents
    keep = pd.Series(True, index=docs.index)
    if about is not None:
        named = corpus.mentions
        named = named[named["actor_id"].isin(_names(about)) & (named["kind"] != "location")]
        keep &= docs["doc_id"].isin(set(named["doc_id"]))
    if speaker is not None:
        keep &= docs["doc_id"].isin(set(corpus.quotes.loc[corpus.quotes["speaker"].isin(_names(speaker)), "doc_id"]))
    if source is not None:
        keep &= docs["source"].isin(_names(source)).fillna(False).astype(bool)
    if start is not None or end is not None:
        keep &= _in_period(docs, start, end)
    if where is not None:
        table = docs.drop(columns=["text"]).join(document_meta(docs).reset_index(drop=True)
                                                 .drop(columns=list(docs.columns), errors="ignore"))
        keep &= evaluate(parse_where(where), table).to_numpy()
    return _keep(corpus, set(docs.loc[keep.to_numpy(), "doc_id"]))


def _names(value) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value]


def _in_period(docs: pd.DataFrame, start, end) -> pd.Series:
    published = pd.to_datetime(docs["published"])
    year = docs["year"].astype("Float64")
    keep = pd.Series(True, index=docs.index)
    for bound, after in ((start, True), (end, False)):
        if bound is None:
            continue
        try:
            day = pd.Timestamp(bound)
        except (ValueError, TypeError):
            raise InputError(None, None, "start" if after else "end", f"{bound!r} is not a date",
                             "write a date such as '2019-05-01'") from None
        by_day = published >= day if after else published <= day
        by_year = year >= day.year if after else year <= day.year
        keep &= by_day.where(published.notna(), by_year.fillna(False)).astype(bool)
    return keep


def _keep(corpus: Corpus, doc_ids: set) -> Corpus:
    parts = {}
    for name in TABLES:
        table = getattr(corpus, name)
        parts[name] = table if name == "rejects" else conform(table[table["doc_id"].isin(doc_ids)], name)
    return Corpus(**parts, inputs=len(parts["documents"]) + len(parts["rejects"]))
