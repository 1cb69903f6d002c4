"""Per-document measures to source × period tables: exposure, prevalence and rates."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from scipy import stats

from .._errors import InputError
from ._common import as_list, check_conf_level, is_datetime, numeric_time, require_columns

PERIODS = {"day": "D", "week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}
COUNT_COLUMNS = ["documents", "documents_present", "count"]


def aggregate(measures, by="source", time="published", period="year", label="frame",
              count="count", exposure=None, present="present", doc="doc_id"):
    """Aggregate per-document measures to one row per group × period × label.

    Parameters
    ----------
    measures : DataFrame
        Long per-document table, one row per document × label, such as the framing measures
        (``doc_id, source, published, frame, count, tokens, sentences, present``).
        A document that lacks a row for some label counts zero for it.
    by : str or list of str or None, default "source"
        Grouping columns (outlets, countries).
    time : str or None, default "published"
        The time column: dates (``datetime64``) or numbers such as ``year``. ``None`` pools
        all dates into a single period.
    period : {"day", "week", "month", "quarter", "year"} or None, default "year"
        Calendar period that dates are floored to (weeks start on Monday). ``None`` keeps the
        values of ``time`` as they are (use it with a ``year`` column).
    label : str or None, default "frame"
        Column naming what was measured (frame, term); ``None`` if there is one measure.
    count : str, default "count"
        Column of non-negative counts per document.
    exposure : str or sequence of str, optional
        Per-document exposure columns to sum (documents are always counted). Defaults to
        those of ``tokens`` and ``sentences`` that the table has.
    present : str or None, default "present"
        Boolean column telling whether the label occurs in the document; when absent from
        the table it is ``count > 0``.
    doc : str, default "doc_id"
        Document identifier.

    Returns
    -------
    DataFrame
        Columns ``*by, period, t, label, documents, documents_present, count, *exposure``:
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
    if table.duplicated([doc, *labels]).any():
        first = table.loc[table.duplicated([doc, *labels]), doc].iloc[0]
        raise InputError(record=f"document '{first}'", field=doc,
                         problem="the document has more than one row for the same label",
                         fix="sum the rows per document and label first")
    table["_present"] = (table[present].astype(bool) if present in table.columns
                         else table[count] > 0)
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
               doc="doc_id", per=1, conf_level=0.95):
    """Estimate the share of documents with each label per group and period, with intervals.

    Parameters
    ----------
    measures, by, time, period, label, present, count, exposure, doc
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
                      exposure=exposure, present=present, doc=doc)
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
         count="count", exposure="tokens", present="present", doc="doc_id", per=1000,
         conf_level=0.95):
    """Estimate counts per 1,000 tokens per group and period, with exact Poisson intervals.

    Parameters
    ----------
    measures, by, time, period, label, count, present, doc
        As in :func:`aggregate`.
    exposure : str, default "tokens"
        The exposure the rate is expressed against (``"sentences"`` works too).
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
        When a cell has zero exposure.

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
    table = aggregate(measures, by=by, time=time, period=period, label=label, count=count,
                      exposure=exposure, present=present, doc=doc)
    zero = table[exposure] <= 0
    if zero.any():
        cell = ", ".join(f"{k}={v}" for k, v in table.loc[zero, _keys(table)].iloc[0].items())
        raise InputError(record=f"cell {cell}", field=exposure,
                         problem=f"{int(zero.sum())} cells have zero {exposure}, so no rate exists",
                         fix=f"drop documents with no {exposure} before aggregating, "
                             f"e.g. measures[measures['{exposure}'] > 0]")
    k, e = table["count"].to_numpy(float), table[exposure].to_numpy(float)
    a = 1 - conf_level
    low = np.where(k > 0, stats.chi2.ppf(a / 2, 2 * k) / 2, 0.0)
    high = stats.chi2.ppf(1 - a / 2, 2 * k + 2) / 2
    return table.assign(measure="rate", per=per, estimate=k / e * per,
                        conf_low=low / e * per, conf_high=high / e * per)
