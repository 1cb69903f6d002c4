"""Per-document measures to source × period tables: exposure, prevalence and rates."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from scipy import stats

from .._errors import InputError
from .._fold import count_tokens as words  # the one tokenizer of every exposure
from .._measures import SPEAKER_COLUMNS, Voices, document_meta, document_words
from ._common import as_list, check_conf_level, is_datetime, numeric_time, require_columns

__all__ = ["aggregate", "exposure", "prevalence", "rate", "wilson"]

PERIODS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
COUNT_COLUMNS = ["documents", "documents_present", "count"]


def aggregate(measures, by="source", time="published", period="year", label="frame",
              count="count", exposure=None, present="present", doc="doc_id", *, corpus=None, units=None):
    """Aggregate measures to one row per group × period × label, exposure counted once per unit.

    Two kinds of table go in:

    - **a measure table** (:data:`discourse.MEASURE_KEYS`: frame hits, sentiment, stance) with
      ``corpus=`` (or ``units=``): ``count`` is the number of distinct measured spans in the
      cell (a hit about two targets counts once unless ``by`` names ``target``), and the
      exposure comes from the corpus: the words of each document, or, when ``by`` names
      ``voice``, ``speaker``, ``speaker_role`` or ``speaker_country``, the words each speaker
      holds (see :func:`exposure`). Columns of ``by`` that the units lack (``target``,
      ``frame``, ``stance``) are crossed with the exposure cells, zeros included.
    - **a per-document table**, one row per document × label, such as ``dx.frames.counts``
      (``doc_id, source, published, frame, count, tokens, sentences, present``). A document
      that lacks a row for some label counts zero for it. With ``label=None`` the labels of a
      document are pooled: their counts summed, its exposure counted once.

    Parameters
    ----------
    measures : DataFrame
        A measure table or a per-document table (above).
    by : str or list of str or None, default "source"
        Grouping columns: outlet, speaker, role, target, any document metadata.
    time : str or None, default "published"
        The time column: dates (``datetime64``) or numbers such as ``year``. ``None`` pools
        all dates into a single period.
    period : {"day", "week", "month", "quarter", "year"} or None, default "year"
        Calendar period that dates are floored to (weeks start on Monday). ``None`` keeps the
        values of ``time`` as they are (use it with a ``year`` column).
    label : str or None, default "frame"
        Column naming what was measured (frame, term, ``label`` of a measure table); ``None``
        pools all labels.
    count : str, default "count"
        Column of non-negative counts per document (per-document tables only).
    exposure : str or sequence of str, optional
        Per-document exposure columns to sum (documents are always counted). Defaults to
        those of ``tokens`` and ``sentences`` that the table has.
    present : str or None, default "present"
        Boolean column telling whether the label occurs in the document; when absent from
        the table it is ``count > 0``.
    doc : str, default "doc_id"
        Document identifier.
    corpus : Corpus, optional
        The corpus a measure table was measured on: gives the exposure.
    units : DataFrame, optional
        Units of exposure from :func:`exposure` (instead of ``corpus``), e.g. with a column
        of overlapping groups added by a merge.

    Returns
    -------
    DataFrame
        Columns ``*by, period, t, label, documents, documents_present, count, *exposure``
        (for a measure table, the exposure is ``words``):
        ``period`` is the period's first day (or the ``time`` value when ``period=None``),
        ``t`` the years since the first period (units of ``time`` for numbers), ``documents``
        the documents in the cell and ``documents_present`` those with the label. Only cells
        with at least one document are listed.

    Warns
    -----
    UserWarning
        When documents without a time value are left out.

    See Also
    --------
    prevalence : Share of documents with the label, with Wilson intervals.
    rate : Counts per 1,000 tokens, with exact Poisson intervals.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> m = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["X", "X", "Y"],
    ...                   "year": [2001, 2001, 2002], "frame": "sovereignty",
    ...                   "count": [2, 0, 1], "tokens": [100, 50, 80]})
    >>> dx.stats.aggregate(m, time="year", period=None, exposure="tokens")
      source  period    t        frame  documents  documents_present  count  tokens
    0      X    2001  0.0  sovereignty          2                  1      2     150
    1      Y    2002  1.0  sovereignty          1                  1      1      80
    """
    if corpus is not None or units is not None:
        return _from_units(measures, as_list(by), time, period, as_list(label), corpus, units, doc)
    if exposure is None:
        exposure = [c for c in ("tokens", "sentences") if c in getattr(measures, "columns", [])]
    by, exposure, labels = as_list(by), as_list(exposure), as_list(label)
    require_columns(measures, [doc, count, *by, *exposure, *labels] + ([time] if time else []),
                    "measures")
    table = _complete(measures, doc, labels, count, present, by, time, exposure)
    table["period"] = _periods(table, time, period)
    keys = [*by, "period", *labels]
    grouped = table.groupby(keys, sort=True, observed=True, dropna=False)
    out = grouped.agg(documents=(doc, "nunique"), documents_present=("_present", "sum"),
                      count=(count, "sum"), **{e: (e, "sum") for e in exposure}).reset_index()
    out.insert(len(by) + 1, "t", numeric_time(out["period"]) if time else 0.0)
    out[COUNT_COLUMNS] = out[COUNT_COLUMNS].astype("int64")
    return out[[*by, "period", "t", *labels, *COUNT_COLUMNS, *exposure]]


def _complete(measures, doc, labels, count, present, by, time, exposure):
    keep = [doc, *labels, count, *by, *([time] if time else []), *exposure]
    table = measures[keep + ([present] if present in measures.columns else [])].copy()
    if table[count].isna().any() or (table[count] < 0).any():
        raise InputError(field=count, problem="counts must be non-negative numbers without gaps",
                         fix="fill missing counts with 0 or drop those rows")
    table["_present"] = (table[present].astype(bool) if present in table.columns
                         else table[count] > 0)
    if not labels and table.duplicated([doc, *by]).any():  # pool the labels of each document
        table = _pooled(table, doc, count, by, time, exposure)
    if table.duplicated([doc, *by, *labels]).any():
        first = table.loc[table.duplicated([doc, *by, *labels]), doc].iloc[0]
        raise InputError(record=f"document '{first}'", field=doc,
                         problem="the document has more than one row for the same label",
                         fix="sum the rows per document and label first")
    if labels:
        docs = table.drop_duplicates(doc)[[doc, *by, *([time] if time else []), *exposure]]
        grid = docs.merge(table[labels].drop_duplicates(), how="cross")
        if len(grid) > len(table):
            table = grid.merge(table[[doc, *labels, count, "_present"]], on=[doc, *labels],
                               how="left")
            table[count] = table[count].fillna(0)
            table["_present"] = table["_present"].fillna(False).astype(bool)
    if time:
        missing = table[time].isna()
        if missing.all():
            raise InputError(field=time, problem=f"no document has a value in '{time}'",
                             fix="use another time column, e.g. time='year', period=None")
        if missing.any():
            n = table.loc[missing, doc].nunique()
            warnings.warn(f"{n} documents without a value in '{time}' were left out",
                          UserWarning, stacklevel=4)
            table = table[~missing]
    return table


def _pooled(table, doc, count, by, time, exposure):
    """One row per document: counts summed over its labels, its exposure once."""
    for column in exposure:
        if table.groupby(doc)[column].nunique(dropna=False).gt(1).any():
            raise InputError(field=column, problem=f"a document has several values of '{column}'",
                             fix="give each document one exposure, as dx.frames.counts does")
    keys = [doc, *by, *([time] if time else [])]
    grouped = table.groupby(keys, sort=False, dropna=False)
    out = grouped.agg(**{count: (count, "sum"), **{e: (e, "first") for e in exposure}}).reset_index()
    return out.assign(_present=grouped["_present"].any().to_numpy())


def exposure(corpus, by=None) -> pd.DataFrame:
    """The units of exposure of a corpus: its documents, or each speaker's words in each document.

    Parameters
    ----------
    corpus : Corpus
    by : str or list of str, optional
        The grouping a rate will use. When it names ``voice``, ``speaker``, ``speaker_role``
        or ``speaker_country``, the units are the speakers of each document: each quoted
        speaker's words (quotes merged where they overlap) and the outlet's own words (the
        rest of the text, ``voice`` ``authorial``, its speaker the outlet); otherwise the units
        are the documents.

    Returns
    -------
    DataFrame
        One row per unit: ``doc_id, source, published, year``, the documents' metadata as typed
        columns (``meta`` fields such as ``country_code``), for speaker units ``voice, speaker,
        speaker_role, speaker_country``, then ``words`` (the exposure of every rate: words with
        inner hyphens and apostrophes, as in ``dx.frames.counts``) and, for documents,
        ``sentences``.

    Examples
    --------
    >>> import discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> docs = exposure(corpus)
    >>> speakers = exposure(corpus, by="speaker")
    >>> speakers[["voice", "speaker", "words"]]
           voice   speaker  words
    0  authorial       TDI    267
    1     quoted  Lin Jian     47
    >>> int(docs["words"].sum()) == int(speakers["words"].sum())
    True
    """
    docs = corpus.documents
    meta = document_meta(docs)
    base = docs[["doc_id", "source", "published", "year"]].reset_index(drop=True)
    extra = [c for c in meta.columns if c not in base.columns and c not in (*SPEAKER_COLUMNS, "words", "sentences")]
    base = base.join(meta[extra].reset_index(drop=True))
    if not set(as_list(by)) & set(SPEAKER_COLUMNS):
        sentences = corpus.sentences.groupby("doc_id").size()
        return base.assign(words=document_words(corpus),
                           sentences=docs["doc_id"].map(sentences).fillna(0).to_numpy().astype("int64"))
    voices = Voices(corpus)
    rows = [(doc_id, *unit) for doc_id, text in zip(docs["doc_id"], docs["text"])
            for unit in _speakers_of(voices, doc_id, text)]
    units = pd.DataFrame(rows, columns=["doc_id", *SPEAKER_COLUMNS, "words"])
    units = units.astype({c: "string" for c in SPEAKER_COLUMNS} | {"words": "int64"})
    return base.merge(units, on="doc_id", how="inner", sort=False)


def _speakers_of(voices, doc_id, text: str) -> list[tuple]:
    """``(voice, speaker, role, country, words)`` of the outlet's words and of each quoted speaker's."""
    quotes = voices.quotes.get(doc_id, ((),))[0]
    spans: dict = {}
    for start, end, speaker, role, country in quotes:
        spans.setdefault((speaker, role, country), []).append((start, end))
    own = [("authorial", voices.outlet.get(doc_id), None, voices.outlet_country.get(doc_id),
            words(" ".join(text[a:b] for a, b in _uncovered([s for v in spans.values() for s in v], len(text)))))]
    return own + [("quoted", *key, words(" ".join(text[a:b] for a, b in _merged(v)))) for key, v in spans.items()]


def _merged(spans) -> list[tuple[int, int]]:
    out = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _uncovered(spans, length: int) -> list[tuple[int, int]]:
    out, cursor = [], 0
    for a, b in _merged(spans):
        if a > cursor:
            out.append((cursor, a))
        cursor = max(cursor, b)
    return out + [(cursor, length)] if cursor < length else out


def _from_units(measures, by, time, period, labels, corpus, units, doc):
    """Cells of a measure table: distinct spans counted, exposure summed once per unit."""
    if units is None:
        units = exposure(corpus, by)
    require_columns(units, [doc, "words"], "units")
    labels = [c for c in labels if c not in by]
    unit_keys = [c for c in by if c in units.columns]
    crossed = [c for c in by if c not in units.columns] + labels
    times = [time] if time else []
    require_columns(measures, [doc], "measures")
    from_docs = [c for c in unit_keys + times if c not in measures.columns and c not in SPEAKER_COLUMNS]
    if from_docs:  # document columns and metadata the measure table lacks: joined from the units
        measures = measures.merge(units.drop_duplicates(doc)[[doc, *from_docs]], on=doc, how="left")
    require_columns(measures, [doc, *crossed, *unit_keys, *times], "measures")
    if time and time not in units.columns:
        raise InputError(field=time, problem=f"the units of exposure have no column '{time}'",
                         fix="use a document column such as time='published' or time='year'")
    units = _dated(units, time, doc, "units")
    measures = _dated(measures, time, doc, "measures")
    identity = [doc, *[c for c in SPEAKER_COLUMNS if c in units.columns]]
    units = units.drop_duplicates([*identity, *unit_keys]).assign(period=_periods(units, time, period))
    cells = (units.groupby([*unit_keys, "period"], sort=True, dropna=False, observed=True)
             .agg(documents=(doc, "nunique"), words=("words", "sum")).reset_index())
    spans = [c for c in (doc, "sent_id", "start", "end", "measure") if c in measures.columns]
    hits = measures.drop_duplicates([*spans, *unit_keys, *crossed]).assign(period=_periods(measures, time, period))
    found = (hits.groupby([*unit_keys, "period", *crossed], sort=True, dropna=False, observed=True)
             .agg(count=(doc, "size"), documents_present=(doc, "nunique")).reset_index())
    levels = hits[crossed].drop_duplicates() if crossed else pd.DataFrame(index=[0])
    grid = cells.merge(levels, how="cross") if crossed else cells
    out = grid.merge(found, on=[*unit_keys, "period", *crossed], how="left")
    out[["count", "documents_present"]] = out[["count", "documents_present"]].fillna(0)
    out.insert(len(unit_keys) + 1, "t", numeric_time(out["period"]) if time else 0.0)
    out[COUNT_COLUMNS + ["words"]] = out[COUNT_COLUMNS + ["words"]].astype("int64")
    columns = [*[c for c in by if c not in labels], "period", "t", *labels, *COUNT_COLUMNS, "words"]
    return out[columns].sort_values([*by, "period", *labels], kind="stable").reset_index(drop=True)


def _dated(table, time, doc, what):
    """The rows with a value in the time column (a warning names how many documents lack one)."""
    if not time:
        return table
    missing = table[time].isna()
    if missing.all():
        raise InputError(field=time, problem=f"no row of the {what} has a value in '{time}'",
                         fix="use another time column, e.g. time='year', period=None")
    if missing.any():
        warnings.warn(f"{table.loc[missing, doc].nunique()} documents without a value in '{time}' were left out "
                      f"of the {what}", UserWarning, stacklevel=5)
    return table[~missing]


def _periods(table, time, period):
    if not time:
        return pd.Series(0, index=table.index)
    values = table[time]
    if period is None:
        return values
    if period not in PERIODS:
        raise InputError(field="period", problem=f"unknown period {period!r}",
                         fix=f"use one of {', '.join(PERIODS)}, or None to keep '{time}' as is")
    if not is_datetime(values):
        raise InputError(field=time, problem=f"'{time}' holds no dates, so it cannot be floored "
                         f"to a {period}", fix="pass period=None to use its values as they are")
    return values.dt.to_period(PERIODS[period]).dt.start_time.astype("datetime64[s]")


def _keys(table):
    return [c for c in table.columns if c not in {"t", *COUNT_COLUMNS}]


def prevalence(measures, by="source", time="published", period="year", label="frame", *,
               present="present", count="count", exposure=None,
               doc="doc_id", per=1, conf_level=0.95, corpus=None, units=None):
    """Estimate the share of documents with each label per group and period, with intervals.

    Parameters
    ----------
    measures, by, time, period, label, present, count, exposure, doc, corpus, units
        As in :func:`aggregate`.
    per : float, default 1
        Scale of the estimate: 1 for a share, 100 for percent.
    conf_level : float, default 0.95
        Coverage of the Wilson score interval.

    Returns
    -------
    DataFrame
        The columns of :func:`aggregate` plus ``measure`` (``"prevalence"``), ``per``,
        ``estimate`` (``documents_present / documents × per``), ``conf_low``, ``conf_high``.

    See Also
    --------
    rate : Counts per 1,000 tokens.
    plot_over_time : Plot the estimates with interval bands.

    Notes
    -----
    Wilson (1927) intervals stay inside [0, 1] and keep their coverage near 0 and 1, where the
    Wald interval fails (Brown, Cai & DasGupta 2001). A label that never occurs gets the
    estimate 0 with a proper upper bound.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> m = pd.DataFrame({"doc_id": list("abcd"), "source": ["X", "X", "X", "Y"],
    ...                   "year": 2001, "frame": "sovereignty", "count": [2, 0, 1, 0],
    ...                   "tokens": 100})
    >>> p = dx.stats.prevalence(m, time="year", period=None, exposure="tokens")
    >>> cols = ["source", "documents", "documents_present", "estimate", "conf_low", "conf_high"]
    >>> p[cols].round(3)
      source  documents  documents_present  estimate  conf_low  conf_high
    0      X          3                  2     0.667     0.208      0.939
    1      Y          1                  0     0.000     0.000      0.793
    """
    conf_level = check_conf_level(conf_level)
    table = aggregate(measures, by=by, time=time, period=period, label=label, count=count,
                      exposure=exposure, present=present, doc=doc, corpus=corpus, units=units)
    low, high = wilson(table["documents_present"], table["documents"], conf_level)
    return table.assign(measure="prevalence", per=per,
                        estimate=table["documents_present"] / table["documents"] * per,
                        conf_low=low * per, conf_high=high * per)


def wilson(successes, trials, conf_level=0.95):
    """Return the Wilson score interval for binomial proportions.

    Parameters
    ----------
    successes, trials : array-like of int
    conf_level : float, default 0.95

    Returns
    -------
    (ndarray, ndarray)
        Lower and upper bounds.

    Raises
    ------
    InputError
        When a trial count is not positive, successes are not between 0 and the trials, or
        ``conf_level`` is not between 0 and 1.

    Examples
    --------
    >>> low, high = wilson([2], [3])
    >>> round(float(low[0]), 4), round(float(high[0]), 4)
    (0.2077, 0.9385)
    """
    conf_level = check_conf_level(conf_level)
    k, n = np.asarray(successes, float), np.asarray(trials, float)
    if (n <= 0).any():
        raise InputError(field="documents", problem="a cell has no documents",
                         fix="drop empty groups before computing proportions")
    if not ((0 <= k) & (k <= n)).all():
        raise InputError(field="documents_present", problem="successes must lie between 0 and the trials",
                         fix="pass counts of documents with the label, at most the documents in the cell")
    z = stats.norm.ppf(0.5 + conf_level / 2)
    p = k / n
    centre = (p + z**2 / (2 * n)) / (1 + z**2 / n)
    half = z / (1 + z**2 / n) * np.sqrt(p * (1 - p) / n + z**2 / (4 * n**2))
    return np.clip(centre - half, 0, 1), np.clip(centre + half, 0, 1)


def rate(measures, by="source", time="published", period="year", label="frame", *,
         count="count", exposure=None, present="present", doc="doc_id", per=1000,
         conf_level=0.95, corpus=None, units=None):
    """Estimate counts per 1,000 tokens per group and period, with exact Poisson intervals.

    Parameters
    ----------
    measures, by, time, period, label, count, present, doc, corpus, units
        As in :func:`aggregate`.
    exposure : str, optional
        The exposure the rate is expressed against: ``"tokens"`` (or ``"sentences"``) of a
        per-document table; ``"words"`` of the corpus's units, always, for a measure table.
    per : float, default 1000
        Rate per this many units of exposure.
    conf_level : float, default 0.95
        Coverage of the exact (Garwood) Poisson interval.

    Returns
    -------
    DataFrame
        The columns of :func:`aggregate` plus ``measure`` (``"rate"``), ``per``, ``estimate``
        (``count / exposure × per``), ``conf_low``, ``conf_high``.

    Raises
    ------
    InputError
        When a cell of a per-document table has zero exposure, or a cell of a measure table
        has counts but no words. Cells of a measure table with no words and no counts (a
        speaker whose quotes hold no words) get an empty (NaN) rate.

    See Also
    --------
    fit : A negative binomial model, whose intervals allow for variation between documents.
    predict : Model-based rates per group and period.

    Notes
    -----
    The exact interval treats every token as an independent chance of a hit. Documents differ
    more than that, so these intervals are too narrow when documents are few and uneven; the
    intervals from a negative binomial model (:func:`fit` then :func:`predict`) are not.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> m = pd.DataFrame({"doc_id": list("ab"), "source": ["X", "Y"], "year": 2001,
    ...                   "frame": "sovereignty", "count": [4, 0], "tokens": [2000, 1000]})
    >>> r = dx.stats.rate(m, time="year", period=None)
    >>> r[["source", "count", "tokens", "estimate", "conf_low", "conf_high"]].round(3)
      source  count  tokens  estimate  conf_low  conf_high
    0      X      4    2000       2.0     0.545      5.121
    1      Y      0    1000       0.0     0.000      3.689
    """
    conf_level = check_conf_level(conf_level)
    keyed = corpus is not None or units is not None
    exposure = "words" if keyed else (exposure or "tokens")
    table = aggregate(measures, by=by, time=time, period=period, label=label, count=count,
                      exposure=exposure, present=present, doc=doc, corpus=corpus, units=units)
    zero = table[exposure] <= 0
    if keyed and not (zero & (table["count"] > 0)).any():
        zero = pd.Series(False, index=table.index)  # a speaker with no words: an empty rate, below
    if zero.any():
        cell = ", ".join(f"{k}={v}" for k, v in table.loc[zero, _keys(table)].iloc[0].items())
        raise InputError(record=f"cell {cell}", field=exposure,
                         problem=f"{int(zero.sum())} cells have zero {exposure}, so no rate exists",
                         fix=f"drop documents with no {exposure} before aggregating, "
                             f"e.g. measures[measures['{exposure}'] > 0]")
    k, e = table["count"].to_numpy(float), table[exposure].to_numpy(float)
    e = np.where(e > 0, e, np.nan)  # zero exposure (only from a measure table's units): no rate
    a = 1 - conf_level
    low = np.where(k > 0, stats.chi2.ppf(a / 2, 2 * k) / 2, 0.0)
    high = stats.chi2.ppf(1 - a / 2, 2 * k + 2) / 2
    return table.assign(measure="rate", per=per, estimate=k / e * per,
                        conf_low=low / e * per, conf_high=high / e * per)
