"""Pairwise contrasts between groups (or periods) of a fitted model, with corrections."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd

from .._errors import InputError
from ._common import (
    adjust_pvalues,
    as_list,
    categorical_in_formula,
    check_adjust,
    check_conf_level,
    formula_variables,
)
from ._models import design, model_frame

CONTRAST_COLUMNS = ["group1", "group2", "estimate", "std_error", "statistic", "p_value",
                    "p_adjusted", "adjust", "conf_low", "conf_high", "ratio", "ratio_low",
                    "ratio_high"]


def compare(results, between="source", within=None, levels=None, reference=None, at=None,
            adjust="holm", conf_level=0.95):
    """Contrast every pair of groups of a fitted model, correcting for multiple comparisons.

    Each group's linear predictor is averaged, with equal weights, over the levels of the
    model's other categorical variables (numeric ones are held at their mean, or at ``at``),
    as estimated marginal means do; two groups are then compared by the difference of those
    averages: a log rate ratio for count models, a log odds ratio for logistic ones.

    Parameters
    ----------
    results : statsmodels results
        A formula model, such as :func:`fit` returns.
    between : str, default "source"
        The categorical variable whose levels are compared (``"period"`` compares periods).
    within : str or list of str, optional
        Categorical variables to compare within: one set of contrasts per level (e.g. sources
        compared within each period of a ``C(source) * C(period)`` model).
    levels : list, optional
        The levels to compare (default: all observed levels).
    reference : optional
        Compare every level with this one only, instead of every pair.
    at : dict, optional
        Values to hold variables at, e.g. ``{"t": 10}``; a categorical variable held at one
        level instead of averaged.
    adjust : {"holm", "bh", "bonferroni", "none"}, default "holm"
        Correction of the p-values over all rows of the result (one family): Holm controls
        the family-wise error rate, ``"bh"`` (Benjamini–Hochberg) the false discovery rate.
    conf_level : float, default 0.95
        Coverage of the (unadjusted) intervals.

    Returns
    -------
    DataFrame
        ``*within, group1, group2, estimate, std_error, statistic, p_value, p_adjusted,
        adjust, conf_low, conf_high, ratio, ratio_low, ratio_high``: ``estimate`` is group1
        minus group2 on the link scale, ``ratio`` its exponential (rate or odds ratio) with
        bounds. Standard errors use the model's covariance (cluster-robust if it is).

    Raises
    ------
    InputError
        When fewer than two levels are left, a level has no rows in the model data, or
        ``between`` is not categorical.

    See Also
    --------
    fit, predict

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"source": list("XXYYZZ"), "count": [3, 5, 9, 12, 4, 6],
    ...                   "tokens": 1000})
    >>> results = dx.stats.fit(d, "count ~ C(source)")
    >>> c = dx.stats.compare(results, adjust="bh")
    >>> c[["group1", "group2", "ratio", "p_value", "p_adjusted"]].round(3)
      group1 group2  ratio  p_value  p_adjusted
    0      X      Y  0.381    0.020       0.061
    1      X      Z  0.800    0.638       0.638
    2      Y      Z  2.100    0.053       0.080
    """
    conf_level = check_conf_level(conf_level)
    check_adjust(adjust)
    frame, formula = model_frame(results), results.model.formula
    variables, within, at = formula_variables(formula, frame.columns), as_list(within), at or {}
    for var in [between, *within]:
        if var not in variables:
            raise InputError(field=var, problem=f"the model formula {formula!r} does not use "
                             f"'{var}'", fix="name a variable of the formula")
        if not categorical_in_formula(formula, var, frame[var]):
            raise InputError(field=var, problem=f"'{var}' is numeric in the model, so it has "
                             "no groups to compare", fix=f"write C({var}) in the formula")
    chosen = _levels(frame[between], levels, between)
    grid = _grid(frame, formula, variables, between, chosen, within, at)
    X = design(results, grid)
    keys = [*within, between]
    means = pd.DataFrame(X).groupby([grid[k] for k in keys], sort=False).mean()
    rows, matrix = [], []
    for wkey, block in (means.groupby(level=list(range(len(within))), sort=False) if within
                        else [((), means)]):
        by_level = block.droplevel(list(range(len(within)))) if within else block
        for g1, g2 in _pairs(chosen, reference, between):
            rows.append([*np.atleast_1d(wkey)[:len(within)], g1, g2] if within else [g1, g2])
            matrix.append(by_level.loc[g1].to_numpy() - by_level.loc[g2].to_numpy())
    test = results.t_test(np.vstack(matrix))
    ci = np.asarray(test.conf_int(alpha=1 - conf_level), float)
    out = pd.DataFrame(rows, columns=[*within, "group1", "group2"])
    out["estimate"], out["std_error"] = np.ravel(test.effect), np.ravel(test.sd)
    out["statistic"], out["p_value"] = np.ravel(test.tvalue), np.ravel(test.pvalue)
    out["p_adjusted"], out["adjust"] = adjust_pvalues(out["p_value"], adjust), adjust
    out["conf_low"], out["conf_high"] = ci[:, 0], ci[:, 1]
    out["ratio"], out["ratio_low"], out["ratio_high"] = np.exp(out["estimate"]), np.exp(
        ci[:, 0]), np.exp(ci[:, 1])
    return out[[*within, *CONTRAST_COLUMNS]]


def _levels(values, levels, name):
    observed = list(values.cat.categories) if isinstance(values.dtype, pd.CategoricalDtype) \
        else sorted(values.unique())
    observed = [v for v in observed if (values == v).any()]
    if levels is not None:
        absent = [v for v in levels if v not in observed]
        if absent:
            raise InputError(field=name, problem=f"group {absent[0]!r} has no rows in the "
                             f"model data (it has {', '.join(map(str, observed))})",
                             fix="compare groups that are in the data, or refit with them")
        observed = list(levels)
    if len(observed) < 2:
        raise InputError(field=name, problem=f"fewer than two groups of '{name}' to compare",
                         fix="compare a variable with at least two levels in the data")
    return observed


def _pairs(levels, reference, name):
    if reference is None:
        return list(itertools.combinations(levels, 2))
    if reference not in levels:
        raise InputError(field=name, problem=f"reference {reference!r} is not among the "
                         "compared groups", fix="choose one of the levels")
    return [(g, reference) for g in levels if g != reference]


def _grid(frame, formula, variables, between, chosen, within, at):
    axes = {between: chosen}
    for var in variables:
        if var == between:
            continue
        if var in at:
            axes[var] = as_list(at[var]) if not np.isscalar(at[var]) else [at[var]]
        elif var in within or categorical_in_formula(formula, var, frame[var]):
            axes[var] = _levels(frame[var], None, var) if frame[var].nunique() > 1 \
                else [frame[var].iloc[0]]
        else:
            axes[var] = [float(frame[var].mean())]
    rows = list(itertools.product(*axes.values()))
    grid = pd.DataFrame(rows, columns=list(axes))
    for var in axes:
        categorical = var == between or var in within or categorical_in_formula(
            formula, var, frame[var])
        if categorical and var not in at and not isinstance(frame[var].dtype,
                                                            pd.CategoricalDtype):
            grid[var] = grid[var].astype(frame[var].dtype)
    return grid
