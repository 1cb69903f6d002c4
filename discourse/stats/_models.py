"""Count and presence models with statsmodels, and predictions from them."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import statsmodels.api as sm
import statsmodels.formula.api as smf
from scipy import optimize
from statsmodels.tools.sm_exceptions import PerfectSeparationWarning

from .._errors import InputError
from ._common import (
    categorical_in_formula,
    check_conf_level,
    formula_sides,
    formula_variables,
)

FAMILIES = {"poisson": "poisson", "negbin": "negbin", "negative_binomial": "negbin",
            "binomial": "binomial", "logit": "binomial"}
LOG_ALPHA_BOUNDS = (np.log(1e-8), np.log(1e3))


def fit(data, formula, family="poisson", exposure=None, cluster=None, alpha=None):
    """Fit a count model with a log-exposure offset, or a logistic model for presence.

    Parameters
    ----------
    data : DataFrame
        A table from :func:`aggregate` (one row per group × period) or per-document measures.
    formula : str
        A model formula, e.g. ``"count ~ C(source) * C(period)"`` or ``"count ~ C(source) + t"``
        for counts, ``"present ~ C(source) + t"`` for presence.
    family : {"poisson", "negbin", "binomial"}, default "poisson"
        ``"negbin"``: negative binomial (NB2, variance ``mu + alpha mu²``) with ``alpha``
        estimated by maximum likelihood, as R's ``MASS::glm.nb`` does. ``"binomial"``
        (alias ``"logit"``): logistic regression of a 0/1 or boolean outcome.
    exposure : str or False, optional
        Column whose log is the offset of a count model, so coefficients describe rates.
        Defaults to ``"tokens"`` for count models; ``False`` fits counts without an offset.
        Logistic models take none.
    cluster : str, optional
        Column of clusters (e.g. ``"source"``) for cluster-robust standard errors.
    alpha : float, optional
        Fix the negative binomial dispersion instead of estimating it.

    Returns
    -------
    statsmodels.genmod.generalized_linear_model.GLMResultsWrapper
        The fitted results as statsmodels returns them: ``.summary()``, ``.params``,
        ``.conf_int()``, ``.get_prediction()``. For ``"negbin"`` the estimated dispersion is
        ``results.model.family.alpha``.

    Raises
    ------
    InputError
        When the outcome never occurs (or always does), an exposure is zero, a term has no
        rows (a group with no documents in a period), terms are collinear, or an outcome is
        perfectly separated by a term or a level (all zero, or for presence all 0 or all 1),
        which would send an estimate to infinity.

    Warns
    -----
    UserWarning
        When rows with missing values are left out.

    See Also
    --------
    tidy : The estimates as a long table.
    predict : Rates or probabilities per group and period with intervals.
    compare : Pairwise contrasts between groups.

    Notes
    -----
    Standard errors of a negative binomial model treat ``alpha`` as known, as ``glm.nb`` does.
    Cluster-robust errors use statsmodels' small-sample correction; with fewer than about 30
    clusters they are still optimistic.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"source": ["X", "X", "Y", "Y"], "count": [3, 5, 9, 12],
    ...                   "tokens": [1000, 1200, 900, 1100]})
    >>> results = dx.stats.fit(d, "count ~ C(source)", exposure="tokens")
    >>> results.params.round(3)
    Intercept        -5.617
    C(source)[T.Y]    1.060
    dtype: float64
    """
    family = _family(family)
    frame, offset = _prepare(data, formula, family, exposure, cluster)
    model = _glm(formula, frame, family, offset, alpha)
    _check_design(model, formula, frame, family)
    if family == "negbin" and alpha is None:
        model = _glm(formula, frame, family, offset, _negbin_alpha(model))
    kwargs = {}
    if cluster:
        groups = pd.factorize(frame.loc[model.data.row_labels, cluster])[0]
        kwargs = {"cov_type": "cluster", "cov_kwds": {"groups": groups}}
    with warnings.catch_warnings():
        # a saturated count model predicts perfectly and legitimately; separation of count
        # models is caught by _check_design, so statsmodels' warning matters for logits only
        warnings.simplefilter("error" if family == "binomial" else "ignore",
                              PerfectSeparationWarning)
        warnings.filterwarnings("ignore", "divide by zero", RuntimeWarning)
        try:
            return model.fit(**kwargs)
        except PerfectSeparationWarning as exc:
            raise InputError(field=formula_sides(formula)[0], problem="perfect separation: "
                             "the terms predict the outcome exactly, so the estimates are "
                             "infinite", fix="drop or merge the groups where the outcome "
                             "never varies, or use coarser periods") from exc


def _family(family):
    key = str(family).lower()
    if key not in FAMILIES:
        raise InputError(field="family", problem=f"unknown family {family!r}",
                         fix="use 'poisson', 'negbin' or 'binomial'")
    return FAMILIES[key]


def _prepare(data, formula, family, exposure, cluster):
    lhs, _ = formula_sides(formula)
    if not isinstance(data, pd.DataFrame) or data.empty:
        raise InputError(problem="data must be a non-empty DataFrame",
                         fix="pass the output of dx.stats.aggregate or per-document measures")
    if family != "binomial" and exposure is None:
        exposure = "tokens"
    if family == "binomial" and exposure:
        raise InputError(field="exposure", problem="a logistic model takes no exposure",
                         fix="leave exposure unset for family='binomial'")
    exposure = exposure or None
    used = [c for c in [lhs, *formula_variables(formula, data.columns), exposure, cluster] if c]
    absent = [c for c in used if c not in data.columns]
    if absent:
        raise InputError(field=absent[0], problem=f"data has no column '{absent[0]}'",
                         fix="add the column or name another one")
    frame = data.copy()
    missing = frame[used].isna().any(axis=1)
    if missing.all():
        raise InputError(problem=f"every row misses a value in {', '.join(used)}",
                         fix="fill the gaps or choose other columns")
    if missing.any():
        warnings.warn(f"{int(missing.sum())} rows with missing values in "
                      f"{', '.join(used)} were left out", UserWarning, stacklevel=3)
        frame = frame[~missing]
    frame = _numpy_dtypes(frame, used)
    _check_outcome(frame, lhs, family)
    if exposure is None:
        return frame, None
    values = pd.to_numeric(frame[exposure], errors="coerce").to_numpy(float)
    if not (values > 0).all():
        raise InputError(field=exposure, problem=f"{int((~(values > 0)).sum())} rows have zero "
                         f"or no {exposure}, and log(0) cannot be an offset",
                         fix=f"drop them first, e.g. data[data['{exposure}'] > 0]")
    return frame, np.log(values)


def _numpy_dtypes(frame, columns):
    """The columns a formula uses, in dtypes patsy reads: pandas' nullable ``Int16``, ``Float64``,
    ``boolean`` and ``string`` (the dtypes of this library's tables) as NumPy int, float, bool
    and object. Missing values were left out before, so nothing is lost."""
    out = frame.copy()
    for column in dict.fromkeys(columns):
        dtype = out[column].dtype
        if isinstance(dtype, pd.api.extensions.ExtensionDtype) and not isinstance(dtype, pd.CategoricalDtype):
            if pd.api.types.is_bool_dtype(dtype):
                out[column] = out[column].astype(bool)
            elif pd.api.types.is_integer_dtype(dtype):
                out[column] = out[column].astype("int64")
            elif pd.api.types.is_float_dtype(dtype):
                out[column] = out[column].astype("float64")
            elif isinstance(dtype, pd.StringDtype) and dtype.na_value is pd.NA:  # "string", not pandas 3's "str"
                out[column] = out[column].astype(object)
    return out


def _check_outcome(frame, lhs, family):
    if lhs not in frame.columns:
        return
    y = frame[lhs]
    if pd.api.types.is_bool_dtype(y):
        frame[lhs] = y.astype("int64")
        y = frame[lhs]
    y = pd.to_numeric(y, errors="coerce")
    if y.isna().any():
        raise InputError(field=lhs, problem="the outcome must be numbers",
                         fix="use a count or a 0/1 (boolean) column as the outcome")
    if family == "binomial":
        if not y.isin([0, 1]).all():
            raise InputError(field=lhs, problem="a logistic model needs a 0/1 outcome",
                             fix="use the 'present' column, or family='poisson' for counts")
        if y.nunique() < 2:
            raise InputError(field=lhs, problem=f"the outcome is {int(y.iloc[0])} in every row, "
                             "so there is nothing to model", fix="drop this label or pool data")
    else:
        if (y < 0).any():
            raise InputError(field=lhs, problem="counts cannot be negative",
                             fix="check the count column")
        if y.sum() == 0:
            raise InputError(field=lhs, problem="the count is zero in every row: the label "
                             "never occurs", fix="drop this label before modelling it")


def _glm(formula, frame, family, offset, alpha=None):
    fam = {"poisson": sm.families.Poisson(),
           "negbin": sm.families.NegativeBinomial(alpha=1.0 if alpha is None else alpha),
           "binomial": sm.families.Binomial()}[family]
    return smf.glm(formula, frame, family=fam, offset=offset)


def _check_design(model, formula, frame, family):
    X, y, names = np.asarray(model.exog, float), np.asarray(model.endog, float), model.exog_names
    empty = [n for n, col in zip(names, X.T) if not col.any()]
    if empty:
        raise InputError(field=empty[0], problem=f"no rows for the term '{empty[0]}' (a group "
                         "with no documents there)", fix="drop the group, remove the "
                         "interaction or use coarser periods")
    _, r = np.linalg.qr(X)
    weak = np.abs(np.diag(r)) < 1e-9 * max(np.abs(np.diag(r)).max(), 1)
    if weak.any():
        raise InputError(field=names[int(np.argmax(weak))], problem="the terms are collinear: "
                         f"'{names[int(np.argmax(weak))]}' is a combination of earlier terms",
                         fix="remove redundant terms from the formula")
    for name, col in zip(names, X.T):
        if name != "Intercept" and np.isin(col, (0, 1)).all():
            _separation(y[col == 1], f"the term '{name}' is 1", family)
    for var in formula_variables(formula, frame.columns):
        values = frame.loc[model.data.row_labels, var]
        if categorical_in_formula(formula, var, values):
            for level, ys in pd.Series(y, index=values.index).groupby(values, observed=True):
                _separation(ys.to_numpy(), f"{var} is {level!r}", family)


def _separation(ys, where, family):
    never = ys.sum() == 0
    if family == "binomial" and not (never or (ys == 1).all()):
        return
    if family != "binomial" and not never:
        return
    value = "0" if never else "1"
    raise InputError(problem=f"perfect separation: the outcome is {value} in every row where "
                     f"{where}, so its estimate would be infinite",
                     fix="drop those rows, merge the group with a similar one, or use coarser "
                         "periods")


def _negbin_alpha(model):
    """Estimate the NB2 dispersion by maximising the profile likelihood over log(alpha)."""
    y, X, offset = model.endog, model.exog, model.offset

    def deviance(log_alpha):
        fam = sm.families.NegativeBinomial(alpha=float(np.exp(log_alpha)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return -sm.GLM(y, X, family=fam, offset=offset).fit().llf

    best = optimize.minimize_scalar(deviance, bounds=LOG_ALPHA_BOUNDS, method="bounded",
                                    options={"xatol": 1e-6})
    return float(np.exp(best.x))


def design(results, grid):
    """Build the model matrix of a formula model for new rows (used for contrasts)."""
    from statsmodels.formula._manager import FormulaManager

    spec = getattr(results.model, "model_spec", None) or results.model.data.model_spec
    matrix = FormulaManager().get_matrices(spec, grid, pandas=True, prediction=True)
    if len(matrix) != len(grid):
        raise InputError(problem="the grid has rows with missing values",
                         fix="fill every variable of the formula in the grid")
    return np.asarray(matrix, float)


def model_frame(results):
    """Return the rows of the data a formula model was fitted on."""
    if getattr(results.model, "formula", None) is None:
        raise InputError(problem="the model was not fitted from a formula",
                         fix="fit it with dx.stats.fit or statsmodels' formula API")
    frame = results.model.data.frame
    return frame.loc[results.model.data.row_labels]


def predict(results, grid=None, per=None, conf_level=0.95):
    """Predict rates (or probabilities) per group and period, with intervals.

    Parameters
    ----------
    results : statsmodels results
        A formula GLM, such as :func:`fit` returns.
    grid : DataFrame, optional
        Rows to predict for, with every variable of the formula. Defaults to the distinct
        combinations of those variables in the data, e.g. every observed source × period.
    per : float, optional
        For models with an exposure offset, the rate per this much exposure (default 1,000
        tokens); otherwise a scale for the prediction (default 1).
    conf_level : float, default 0.95
        Coverage of the intervals.

    Returns
    -------
    DataFrame
        The grid's columns plus ``estimate, std_error, conf_low, conf_high, per``: the
        expected rate per ``per`` units of exposure (count models with an offset), the expected
        count (without one) or the probability (logistic), on the response scale. Intervals
        are computed on the link scale and transformed, so they stay positive (or in [0, 1]);
        ``std_error`` is the delta-method error on the response scale. Cluster-robust models
        give cluster-robust intervals.

    See Also
    --------
    fit, compare, plot_over_time

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"source": ["X", "X", "Y", "Y"], "count": [3, 5, 9, 12],
    ...                   "tokens": [1000, 1200, 900, 1100]})
    >>> results = dx.stats.fit(d, "count ~ C(source)", exposure="tokens")
    >>> dx.stats.predict(results).round(2)
      source  estimate  std_error  conf_low  conf_high   per
    0      X      3.64       1.29      1.82       7.27  1000
    1      Y     10.50       2.29      6.85      16.10  1000
    """
    conf_level = check_conf_level(conf_level)
    frame = model_frame(results)
    if grid is None:
        variables = formula_variables(results.model.formula, frame.columns)
        grid = frame[variables].drop_duplicates().sort_values(variables) if variables else \
            pd.DataFrame(index=[0])
    grid = grid.reset_index(drop=True)
    has_offset = getattr(results.model, "offset", None) is not None
    per = (1000 if has_offset else 1) if per is None else per
    offset = np.full(len(grid), np.log(per)) if has_offset else None
    summary = results.get_prediction(grid, offset=offset).summary_frame(alpha=1 - conf_level)
    scale = 1 if has_offset else per
    return grid.assign(estimate=summary["mean"].to_numpy() * scale,
                       std_error=summary["mean_se"].to_numpy() * scale,
                       conf_low=summary["mean_ci_lower"].to_numpy() * scale,
                       conf_high=summary["mean_ci_upper"].to_numpy() * scale, per=per)
