"""Change over time: trend tests, interrupted time series and structural breaks."""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from .._errors import InputError
from ._common import (
    adjust_pvalues,
    as_list,
    check_adjust,
    check_conf_level,
    is_datetime,
    numeric_time,
    require_columns,
)
from ._models import fit, model_frame
from ._tidy import tidy

TREND_COLUMNS = ["estimate", "std_error", "statistic", "p_value", "p_adjusted", "adjust",
                 "conf_low", "conf_high", "ratio", "ratio_low", "ratio_high", "periods", "count"]


def trend(data, time="period", by="source", count="count", family="negbin", exposure=None,
          adjust="holm", conf_level=0.95):
    """Test for a log-linear trend over time in each group.

    Fits ``count ~ elapsed`` with a log-exposure offset separately for each group, where
    ``elapsed`` is the time since the first period: in years for dates, in the column's
    units for numbers such as ``year``.

    Parameters
    ----------
    data : DataFrame
        A table from :func:`aggregate` (or per-document measures).
    time : str, default "period"
        Time column (dates or numbers).
    by : str or list of str or None, default "source"
        One trend per group; ``None`` for one overall trend.
    count : str, default "count"
    family : {"negbin", "poisson", "binomial"}, default "negbin"
        With ``"binomial"``, ``count`` names a 0/1 presence column of per-document data.
    exposure : str or False, optional
        As in :func:`fit` (default ``"tokens"`` for count models).
    adjust : {"holm", "bh", "bonferroni", "none"}, default "holm"
        Correction over the groups.
    conf_level : float, default 0.95

    Returns
    -------
    DataFrame
        ``*by, estimate, std_error, statistic, p_value, p_adjusted, adjust, conf_low,
        conf_high, ratio, ratio_low, ratio_high, periods, count``: ``estimate`` is the change
        of the log rate per unit of time, ``ratio`` the rate ratio per unit (``1.05``: +5% a
        year), ``periods`` the distinct time values, ``count`` the total count.

    Warns
    -----
    UserWarning
        When a group is left out because its label never occurs or it has fewer than three
        periods (a documented gap, not a NaN row).

    See Also
    --------
    event : Level and slope change around a date.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"source": ["X"] * 5 + ["Y"] * 5, "year": list(range(2000, 2005)) * 2,
    ...                   "count": [2, 4, 5, 9, 12, 6, 5, 7, 6, 5], "tokens": 1000})
    >>> t = dx.stats.trend(d, time="year", family="poisson")
    >>> t[["source", "ratio", "ratio_low", "ratio_high", "p_adjusted"]].round(3)
      source  ratio  ratio_low  ratio_high  p_adjusted
    0      X  1.521      1.158       1.999       0.005
    1      Y  0.983      0.760       1.271       0.896
    """
    conf_level, by = check_conf_level(conf_level), as_list(by)
    check_adjust(adjust)
    require_columns(data, [time, count, *by], "data")
    frame = data.assign(elapsed=numeric_time(data[time]))
    rows = []
    for key, group in (frame.groupby(by, sort=True, observed=True) if by else [((), frame)]):
        periods = group[time].nunique()
        if group[count].sum() == 0 or periods < 3:
            why = "the label never occurs" if group[count].sum() == 0 else f"{periods} periods"
            warnings.warn(f"no trend for {dict(zip(by, np.atleast_1d(key)))}: {why}",
                          UserWarning, stacklevel=2)
            continue
        est = tidy(fit(group, f"{count} ~ elapsed", family, exposure), conf_level).iloc[-1]
        rows.append([*np.atleast_1d(key)[:len(by)], *est.iloc[1:5], *est.iloc[5:7],
                     periods, int(group[count].sum())])
    if not rows:
        raise InputError(field=count, problem="no group has a label that occurs over at least "
                         "three periods", fix="pool groups (by=None) or use finer periods")
    out = pd.DataFrame(rows, columns=[*by, "estimate", "std_error", "statistic", "p_value",
                                      "conf_low", "conf_high", "periods", "count"])
    out["p_adjusted"], out["adjust"] = adjust_pvalues(out["p_value"], adjust), adjust
    for col, src in (("ratio", "estimate"), ("ratio_low", "conf_low"), ("ratio_high", "conf_high")):
        out[col] = np.exp(out[src])
    return out[[*by, *TREND_COLUMNS]]


def _its_frame(data, time, at, count, by, min_periods):
    require_columns(data, [time, count, *by], "data")
    at = _as_time(at, data[time])
    frame = data.copy()
    frame["elapsed"] = numeric_time(frame[time], origin=at)
    frame["after"] = (frame["elapsed"] >= 0).astype("int64")
    frame["elapsed_after"] = frame["after"] * frame["elapsed"]
    times = frame[time].drop_duplicates()
    before, after = int((times < at).sum()), int((times >= at).sum())
    if min(before, after) < min_periods:
        raise InputError(field=time, problem=f"{before} periods before {at} and {after} from it "
                         f"on: the data do not allow a level and slope change (at least "
                         f"{min_periods} on each side)", fix="choose another date, or use "
                         "finer periods (e.g. month instead of year)")
    return frame


def _as_time(at, values):
    if is_datetime(values):
        return pd.Timestamp(at)
    try:
        return float(at)
    except (TypeError, ValueError):
        raise InputError(field="at", problem=f"{at!r} is not a value of the time column",
                         fix="give a date for a date column, a number (e.g. 2014) otherwise"
                         ) from None


def _its_formula(count, by, formula):
    if formula is not None:
        return formula
    fixed = "".join(f" + C({b})" for b in by)
    return f"{count} ~ elapsed + after + elapsed_after{fixed}"


def event(data, at, time="period", count="count", by=None, formula=None, family="negbin",
          exposure=None, cluster=None, min_periods=2):
    """Fit an interrupted time series: a level and a slope change at a date.

    Adds three columns and fits a count model (or a logistic one) with :func:`fit`:
    ``elapsed`` (time since ``at``: years for dates, units of ``time`` otherwise; negative
    before), ``after`` (1 from ``at`` on) and ``elapsed_after`` (``after × elapsed``). The
    default formula is ``count ~ elapsed + after + elapsed_after`` plus ``C(by)`` fixed effects:
    ``after`` is the change in log rate at the date (the level change), ``elapsed_after`` the
    change in the yearly trend (the slope change).

    Parameters
    ----------
    data : DataFrame
        A table from :func:`aggregate`, one row per group × period.
    at : date or number
        The event (``"2013-09-07"`` for dates, ``2001`` for a ``year`` column).
    time : str, default "period"
    count : str, default "count"
    by : str or list of str, optional
        Groups pooled with fixed effects (``C(source)``).
    formula : str, optional
        Your own formula using ``elapsed``, ``after`` and ``elapsed_after``, e.g.
        ``"count ~ C(source) * (elapsed + after + elapsed_after)"`` for a change per source.
    family, exposure, cluster
        As in :func:`fit` (default ``"negbin"``, so overdispersion does not shrink the errors).
    min_periods : int, default 2
        Distinct time values required on each side of the date.

    Returns
    -------
    statsmodels results
        As :func:`fit` returns them; ``results.model.data.frame`` holds the added columns.

    Raises
    ------
    InputError
        When there are fewer than ``min_periods`` periods on either side.

    See Also
    --------
    structural_break : Test whether (and where) the series breaks.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"year": range(2000, 2010), "tokens": 1000,
    ...                   "count": [3, 4, 3, 5, 4, 12, 13, 15, 14, 17]})
    >>> results = dx.stats.event(d, at=2005, time="year", family="poisson")
    >>> results.params.round(3)
    Intercept       -5.342
    elapsed          0.079
    after            0.926
    elapsed_after   -0.001
    dtype: float64
    """
    by = as_list(by)
    frame = _its_frame(data, time, at, count, by, min_periods)
    return fit(frame, _its_formula(count, by, formula), family, exposure, cluster)


@dataclass(frozen=True, slots=True)
class BreakTest:
    """The result of :func:`structural_break`.

    Attributes
    ----------
    at : date or number
        The break tested (given) or found (the largest likelihood ratio).
    statistic : float
        Likelihood-ratio statistic for a level and slope change at ``at`` (2 degrees of freedom).
    p_value : float
        From the chi-squared distribution for a given date; from a parametric bootstrap of the
        largest statistic over all candidate dates when the date was searched for.
    method : str
        ``"lr"`` (known date) or ``"sup-lr bootstrap"``.
    n_boot : int
        Bootstrap replicates (0 for a known date).
    scan : DataFrame
        ``at, statistic`` for every candidate date.
    """

    at: object
    statistic: float
    p_value: float
    method: str
    n_boot: int
    scan: pd.DataFrame


def structural_break(data, time="period", count="count", at=None, by=None, family="negbin",
                     exposure=None, trim=0.15, min_periods=3, n_boot=199, seed=0):
    """Test for a structural break (a level and slope change) in a count series.

    With a date, a likelihood-ratio (Chow-type) test compares :func:`event`'s model with the
    model without a change. Without one, every date leaving at least ``trim`` of the periods
    (and ``min_periods``) on each side is tried, the largest likelihood ratio is kept (the
    sup-LR statistic of Andrews 1993), and its p-value comes from a seeded parametric
    bootstrap: series are simulated from the no-break model and scanned the same way.

    Parameters
    ----------
    data : DataFrame
        A table from :func:`aggregate`.
    time, count, by, family, exposure
        As in :func:`event`.
    at : date or number, optional
        The date to test; ``None`` searches for the break.
    trim : float, default 0.15
        Share of periods kept clear at each end when searching.
    min_periods : int, default 3
        Distinct periods required on each side of any candidate date.
    n_boot : int, default 199
        Bootstrap replicates when searching.
    seed : int, default 0
        Seed of the bootstrap: same data and seed, same p-value.

    Returns
    -------
    BreakTest

    Raises
    ------
    InputError
        When the series is too short for the test (fewer than ``2 × min_periods`` periods).

    Notes
    -----
    In the scan and the bootstrap the negative binomial dispersion is held at its estimate
    under no break, so each candidate costs one IRLS fit.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"year": range(2000, 2012), "tokens": 1000,
    ...                   "count": [3, 4, 3, 5, 4, 3, 12, 13, 15, 14, 17, 15]})
    >>> test = dx.stats.structural_break(d, time="year", family="poisson", n_boot=99)
    >>> test.at, round(test.statistic, 2), test.p_value
    (2006.0, 7.16, 0.09)
    """
    by = as_list(by)
    if at is not None:
        frame = _its_frame(data, time, at, count, by, min_periods)
        fixed = "".join(f" + C({b})" for b in by)
        null = fit(frame, f"{count} ~ elapsed{fixed}", family, exposure)
        alt = fit(frame, _its_formula(count, by, None), family, exposure)
        lr = float(2 * (alt.llf - null.llf))
        return BreakTest(at=_as_time(at, data[time]), statistic=lr,
                         p_value=float(stats.chi2.sf(lr, 2)), method="lr", n_boot=0,
                         scan=pd.DataFrame({"at": [at], "statistic": [lr]}))
    require_columns(data, [time, count, *by], "data")
    times = np.sort(data[time].drop_duplicates().to_numpy())
    edge = max(math.ceil(trim * len(times)), min_periods)
    if len(times) < 2 * edge:
        raise InputError(field=time, problem=f"{len(times)} periods: the data do not allow a "
                         f"break test (at least {2 * edge} needed)",
                         fix="use finer periods, or test a known date with at=...")
    candidates = times[edge:len(times) - edge + 1]
    frame = data.assign(elapsed=numeric_time(data[time]))
    null = fit(frame, f"{count} ~ elapsed" + "".join(f" + C({b})" for b in by), family, exposure)
    scan = _Scan(null, time, candidates)
    observed = scan.statistics(null.model.endog)
    best = int(np.argmax(observed))
    rng = np.random.default_rng(seed)
    sups = [s.max() for s in (scan.statistics(y) for y in scan.simulate(rng, n_boot)) if s.size]
    p_value = (1 + sum(s >= observed[best] for s in sups)) / (len(sups) + 1)
    at_value = candidates[best]
    at_value = pd.Timestamp(at_value) if is_datetime(data[time]) else float(at_value)
    return BreakTest(at=at_value, statistic=float(observed[best]), p_value=float(p_value),
                     method="sup-lr bootstrap", n_boot=len(sups),
                     scan=pd.DataFrame({"at": candidates, "statistic": observed}))


class _Scan:
    """Likelihood ratios of a level and slope change at each candidate date."""

    def __init__(self, null, time, candidates):
        self.X0, self.offset = np.asarray(null.model.exog, float), null.model.offset
        self.family, self.mu = null.model.family, np.asarray(null.fittedvalues, float)
        values = model_frame(null)[time].to_numpy()
        elapsed = self.X0[:, null.model.exog_names.index("elapsed")]
        self.designs = []
        for c in candidates:
            after = (values >= c).astype(float)
            start = elapsed[values == c][0]
            self.designs.append(np.column_stack([self.X0, after, after * (elapsed - start)]))

    def _llf(self, y, X):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sm.GLM(y, X, family=self.family, offset=self.offset).fit().llf

    def statistics(self, y):
        if not np.asarray(y).any():
            return np.array([])
        base = self._llf(y, self.X0)
        return np.array([2 * (self._llf(y, X) - base) for X in self.designs])

    def simulate(self, rng, n):
        name = type(self.family).__name__
        for _ in range(n):
            if name == "Poisson":
                yield rng.poisson(self.mu).astype(float)
            elif name == "NegativeBinomial":
                size = 1 / self.family.alpha
                yield rng.negative_binomial(size, size / (size + self.mu)).astype(float)
            else:
                yield rng.binomial(1, self.mu).astype(float)
