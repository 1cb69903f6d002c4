"""Inter-coder reliability: Cohen's kappa, Fleiss' kappa, Krippendorff's alpha."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd

from .._errors import InputError
from ._common import check_conf_level, require_columns

RELIABILITY_COLUMNS = ["measure", "level", "estimate", "conf_low", "conf_high", "units",
                       "coders", "n_boot", "seed"]
LEVELS = ("nominal", "ordinal", "interval", "ratio")


def _wide(ratings, unit, coder, value):
    require_columns(ratings, [unit, coder, value], "ratings")
    table = ratings[[unit, coder, value]].dropna()
    if table.duplicated([unit, coder]).any():
        row = table[table.duplicated([unit, coder])].iloc[0]
        raise InputError(record=f"unit {row[unit]!r}", field=coder, problem=f"coder "
                         f"{row[coder]!r} rated the unit twice", fix="keep one rating per "
                         "unit and coder")
    wide = table.pivot(index=unit, columns=coder, values=value)
    if wide.shape[1] < 2:
        raise InputError(field=coder, problem="fewer than two coders",
                         fix="agreement needs ratings of the same units by two or more coders")
    return wide


def _categories(values, field):
    """The distinct values, sorted; values that cannot be ordered (numbers and text mixed) are an error."""
    try:
        return np.sort(values)
    except TypeError:
        kinds = ", ".join(sorted({type(v).__name__ for v in values}))
        raise InputError(field=field, problem=f"the values mix types that cannot be ordered ({kinds})",
                         fix="code every value as a number, or every value as text") from None


def _interval(estimate, replicates, conf_level, n_boot):
    if n_boot == 0:
        return np.nan, np.nan
    replicates = replicates[np.isfinite(replicates)]
    if len(replicates) < n_boot:
        warnings.warn(f"{n_boot - len(replicates)} of {n_boot} bootstrap samples had no "
                      "variation and were left out", UserWarning, stacklevel=3)
    a = (1 - conf_level) / 2
    low, high = np.quantile(replicates, [a, 1 - a])
    return float(low), float(high)


def _weights(units, n_boot, seed):
    rng = np.random.default_rng(seed)
    return rng.multinomial(units, np.full(units, 1 / units), size=n_boot).astype(float)


def _row(measure, level, estimate, bounds, units, coders, n_boot, seed):
    return pd.DataFrame([[measure, level, float(estimate), *bounds, int(units), int(coders),
                          int(n_boot), seed]], columns=RELIABILITY_COLUMNS)


def _check_boot(conf_level, n_boot):
    if int(n_boot) < 0:
        raise InputError(field="n_boot", problem="n_boot cannot be negative",
                         fix="use 0 for no interval or e.g. 1000")
    return check_conf_level(conf_level), int(n_boot)


def krippendorff_alpha(ratings, level="nominal", unit="unit", coder="coder", value="value",
                       conf_level=0.95, n_boot=1000, seed=0):
    """Compute Krippendorff's alpha with a bootstrap interval.

    Alpha allows any number of coders, missing ratings and four levels of measurement
    (Krippendorff 2011, "Computing Krippendorff's alpha-reliability"):
    ``alpha = 1 − D_o / D_e`` from the coincidence matrix of pairable values.

    Parameters
    ----------
    ratings : DataFrame
        Long table, one row per unit × coder: ``unit, coder, value``. Missing values and
        units with a single rating are left out (they are not pairable).
    level : {"nominal", "ordinal", "interval", "ratio"}, default "nominal"
        Metric of the differences: any difference counts 1 (nominal); ranks weighted by the
        values between them (ordinal); squared difference (interval); squared relative
        difference (ratio). Ordinal values are ordered by sorting.
    unit, coder, value : str
        Column names.
    conf_level : float, default 0.95
    n_boot : int, default 1000
        Bootstrap samples of units (percentile interval); 0 gives no interval (NaN bounds).
    seed : int, default 0
        Seed of the bootstrap: same input and seed, same interval.

    Returns
    -------
    DataFrame
        One row: ``measure, level, estimate, conf_low, conf_high, units, coders, n_boot,
        seed`` (``units``: pairable units).

    Raises
    ------
    InputError
        When there are fewer than two coders, no pairable unit, no variation in the values
        (alpha is then undefined), or values that mix numbers and text.

    Notes
    -----
    The bootstrap resamples units, so values from one unit stay together; Hayes and
    Krippendorff (2007) resample pairable values instead. Bootstrap samples with no
    variation are left out with a warning.

    Examples
    --------
    Krippendorff's (2011) example: four observers, twelve units, missing values.

    >>> import numpy as np, pandas as pd
    >>> import discourse as dx
    >>> data = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    ...         [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    ...         [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    ...         [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    >>> long = pd.DataFrame(data, index=list("ABCD")).stack().rename_axis(["coder", "unit"])
    >>> long = long.rename("value").reset_index()
    >>> for level in ["nominal", "ordinal", "interval"]:
    ...     a = dx.stats.krippendorff_alpha(long, level=level, n_boot=0)
    ...     print(level, round(float(a.loc[0, "estimate"]), 3))
    nominal 0.743
    ordinal 0.815
    interval 0.849
    """
    conf_level, n_boot = _check_boot(conf_level, n_boot)
    if level not in LEVELS:
        raise InputError(field="level", problem=f"unknown level {level!r}",
                         fix=f"use one of {', '.join(LEVELS)}")
    wide = _wide(ratings, unit, coder, value)
    values = wide.stack()
    categories = _categories(pd.unique(values[values.notna()]), value)
    if level != "nominal" and not pd.api.types.is_numeric_dtype(categories):
        raise InputError(field=value, problem=f"{level} alpha needs numeric values",
                         fix="code the values as numbers, or use level='nominal'")
    counts = np.stack([(wide == c).sum(axis=1).to_numpy(float) for c in categories], axis=1)
    m = counts.sum(axis=1)
    counts, m = counts[m >= 2], m[m >= 2]
    if len(m) == 0:
        raise InputError(field=unit, problem="no unit has two or more ratings",
                         fix="have at least two coders rate the same units")
    per_unit = (counts[:, :, None] * counts[:, None, :]
                - counts[:, :, None] * np.eye(len(categories))) / (m - 1)[:, None, None]
    estimate = _alpha(per_unit.sum(axis=0), categories, level)
    if not np.isfinite(estimate):
        raise InputError(field=value, problem="every pairable rating has the same value, so "
                         "alpha is undefined", fix="code units that differ, or report "
                         "percent agreement instead")
    replicates = np.array([_alpha(o, categories, level) for o in np.tensordot(
        _weights(len(m), n_boot, seed), per_unit, axes=1)]) if n_boot else np.array([])
    bounds = _interval(estimate, replicates, conf_level, n_boot)
    return _row("krippendorff_alpha", level, estimate, bounds, len(m), wide.shape[1], n_boot,
                seed)


def _alpha(o, categories, level):
    n_c = o.sum(axis=1)
    n = n_c.sum()
    d2 = _delta2(categories, n_c, level)
    expected = (np.outer(n_c, n_c) * d2).sum()
    if expected <= 0 or n <= 1:
        return np.nan
    return 1 - (n - 1) * (o * d2).sum() / expected


def _delta2(categories, n_c, level):
    if level == "nominal":
        return 1 - np.eye(len(categories))
    v = categories.astype(float)
    if level == "interval":
        return (v[:, None] - v[None, :]) ** 2
    if level == "ratio":
        with np.errstate(invalid="ignore", divide="ignore"):
            d = ((v[:, None] - v[None, :]) / (v[:, None] + v[None, :])) ** 2
        return np.nan_to_num(d)
    cum = np.concatenate([[0], np.cumsum(n_c)])
    i, j = np.minimum.outer(np.arange(len(v)), np.arange(len(v))), \
        np.maximum.outer(np.arange(len(v)), np.arange(len(v)))
    return (cum[j + 1] - cum[i] - (n_c[i] + n_c[j]) / 2) ** 2


def cohen_kappa(ratings, weights=None, unit="unit", coder="coder", value="value",
                conf_level=0.95, n_boot=1000, seed=0):
    """Compute Cohen's kappa for two coders, with a bootstrap interval.

    Parameters
    ----------
    ratings : DataFrame
        Long table ``unit, coder, value`` with exactly two coders; units that only one coder
        rated are left out.
    weights : {None, "linear", "quadratic"}, optional
        Weighted kappa for ordered values (disagreement ``|i − j|`` or ``(i − j)²`` between
        the ranks of the sorted values), as scikit-learn's ``cohen_kappa_score``.
    unit, coder, value : str
        Column names.
    conf_level, n_boot, seed
        As in :func:`krippendorff_alpha`.

    Returns
    -------
    DataFrame
        One row: ``measure, level, estimate, conf_low, conf_high, units, coders, n_boot,
        seed``; ``level`` is ``"unweighted"``, ``"linear"`` or ``"quadratic"``.

    Raises
    ------
    InputError
        When there are not exactly two coders, no unit both rated, chance agreement is
        perfect (both coders used one value), or the values mix numbers and text.

    See Also
    --------
    fleiss_kappa, krippendorff_alpha

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> r = pd.DataFrame({"unit": [1, 2, 3, 4, 1, 2, 3, 4], "coder": list("AAAABBBB"),
    ...                   "value": ["x", "y", "x", "y", "x", "y", "y", "y"]})
    >>> dx.stats.cohen_kappa(r, n_boot=0)[["measure", "estimate", "units", "coders"]]
           measure  estimate  units  coders
    0  cohen_kappa       0.5      4       2
    """
    conf_level, n_boot = _check_boot(conf_level, n_boot)
    wide = _wide(ratings, unit, coder, value)
    if wide.shape[1] != 2:
        raise InputError(field=coder, problem=f"Cohen's kappa takes two coders, not "
                         f"{wide.shape[1]}", fix="use fleiss_kappa or krippendorff_alpha")
    wide = wide.dropna()
    if wide.empty:
        raise InputError(field=unit, problem="no unit was rated by both coders",
                         fix="have both coders rate the same units")
    categories = _categories(pd.unique(wide.to_numpy().ravel()), value)
    a = np.searchsorted(categories, wide.iloc[:, 0].to_numpy())
    b = np.searchsorted(categories, wide.iloc[:, 1].to_numpy())
    k = len(categories)
    ranks = np.arange(k)
    w = {None: 1 - np.eye(k), "linear": np.abs(ranks[:, None] - ranks[None, :]),
         "quadratic": (ranks[:, None] - ranks[None, :]) ** 2.0}.get(weights)
    if w is None:
        raise InputError(field="weights", problem=f"unknown weights {weights!r}",
                         fix="use None, 'linear' or 'quadratic'")
    per_unit = np.zeros((len(a), k * k))
    per_unit[np.arange(len(a)), a * k + b] = 1
    estimate = _kappa(per_unit.sum(axis=0).reshape(k, k), w)
    if not np.isfinite(estimate):
        raise InputError(field=value, problem="both coders used a single value, so chance "
                         "agreement is perfect and kappa is undefined",
                         fix="report percent agreement instead")
    replicates = np.array([_kappa(o.reshape(k, k), w) for o in
                           _weights(len(a), n_boot, seed) @ per_unit]) if n_boot else np.array([])
    bounds = _interval(estimate, replicates, conf_level, n_boot)
    return _row("cohen_kappa", weights or "unweighted", estimate, bounds, len(a), 2, n_boot,
                seed)


def _kappa(confusion, w):
    n = confusion.sum()
    expected = np.outer(confusion.sum(axis=1), confusion.sum(axis=0)) / n
    denominator = (w * expected).sum()
    return np.nan if denominator <= 0 else 1 - (w * confusion).sum() / denominator


def fleiss_kappa(ratings, unit="unit", coder="coder", value="value", conf_level=0.95,
                 n_boot=1000, seed=0):
    """Compute Fleiss' kappa for several coders, with a bootstrap interval.

    Parameters
    ----------
    ratings : DataFrame
        Long table ``unit, coder, value``. Every unit needs the same number of ratings (the
        coders may differ between units, as in Fleiss 1971).
    unit, coder, value : str
        Column names.
    conf_level, n_boot, seed
        As in :func:`krippendorff_alpha`.

    Returns
    -------
    DataFrame
        One row: ``measure, level, estimate, conf_low, conf_high, units, coders, n_boot,
        seed``; ``coders`` is the number of ratings per unit, ``level`` ``"nominal"``.

    Raises
    ------
    InputError
        When units have different numbers of ratings (use :func:`krippendorff_alpha`), no
        value is given, every rating has the same value, or the values mix numbers and text.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> r = pd.DataFrame({"unit": [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4],
    ...                   "coder": list("ABC") * 4,
    ...                   "value": list("xxx" "yyx" "yyy" "xyy")})
    >>> round(float(dx.stats.fleiss_kappa(r, n_boot=0).loc[0, "estimate"]), 4)
    0.3143
    """
    conf_level, n_boot = _check_boot(conf_level, n_boot)
    require_columns(ratings, [unit, coder, value], "ratings")
    table = ratings[[unit, value]].dropna()
    if table.empty:
        raise InputError(field=value, problem="no ratings: every value is missing",
                         fix="pass a table with a value for each unit and coder")
    _categories(pd.unique(table[value]), value)
    counts = pd.crosstab(table[unit], table[value]).to_numpy(float)
    raters = counts.sum(axis=1)
    if raters.min() != raters.max():
        raise InputError(field=unit, problem=f"units have between {int(raters.min())} and "
                         f"{int(raters.max())} ratings; Fleiss' kappa needs the same number",
                         fix="keep the units every coder rated, or use krippendorff_alpha, "
                             "which allows missing ratings")
    n = raters[0]
    if n < 2:
        raise InputError(field=coder, problem="fewer than two ratings per unit",
                         fix="have at least two coders rate each unit")
    agreement = ((counts ** 2).sum(axis=1) - n) / (n * (n - 1))
    estimate = _fleiss(np.ones(len(counts)), counts, agreement, n)
    if not np.isfinite(estimate):
        raise InputError(field=value, problem="every rating has the same value, so kappa is "
                         "undefined", fix="report percent agreement instead")
    replicates = np.array([_fleiss(w, counts, agreement, n) for w in
                           _weights(len(counts), n_boot, seed)]) if n_boot else np.array([])
    bounds = _interval(estimate, replicates, conf_level, n_boot)
    return _row("fleiss_kappa", "nominal", estimate, bounds, len(counts), n, n_boot, seed)


def _fleiss(w, counts, agreement, n):
    p = (w @ counts) / (w.sum() * n)
    chance = (p ** 2).sum()
    return np.nan if chance >= 1 else ((w @ agreement) / w.sum() - chance) / (1 - chance)
