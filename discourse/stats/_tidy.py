"""A long table of estimates from any statsmodels results object."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .._errors import InputError
from ._common import check_conf_level
from ._terms import namer, term_rows

TIDY_COLUMNS = ["term", "estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"]


def tidy(results, conf_level=0.95, exponentiate=False, *, names=None):
    """Return the estimates of a fitted statsmodels model as a long table.

    Parameters
    ----------
    results : statsmodels results
        Anything with ``params``, ``bse``, ``tvalues``, ``pvalues`` and ``conf_int``, such as
        the object :func:`fit` returns.
    conf_level : float, default 0.95
        Coverage of the intervals.
    exponentiate : bool, default False
        Report ``exp(estimate)`` and exponentiated bounds: rate ratios for count models, odds
        ratios for logistic ones. ``std_error`` and ``statistic`` stay on the link scale.
    names : dict, optional
        Display names of factor levels for ``label`` (``{"CHN": "China"}``).

    Returns
    -------
    DataFrame
        ``term, estimate, std_error, statistic, p_value, conf_low, conf_high, label``, one row
        per parameter in the model's order. ``statistic`` is a z or t value as the model uses;
        ``label`` names the term for a reader: a level against its factor's reference
        (``FRA vs CHN``), a variable by its name (``year``, ``log(x)``).

    See Also
    --------
    fit : Fit count and presence models.

    Examples
    --------
    >>> import numpy as np, pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"count": [3, 5, 9, 12], "x": [0, 1, 2, 3], "tokens": 1000})
    >>> results = dx.stats.fit(d, "count ~ x", family="poisson", exposure="tokens")
    >>> dx.stats.tidy(results).drop(columns="label").round(3)
            term  estimate  std_error  statistic  p_value  conf_low  conf_high
    0  Intercept    -5.729      0.412    -13.921    0.000    -6.535     -4.922
    1          x     0.452      0.181      2.503    0.012     0.098      0.806
    >>> d["source"] = ["A", "B", "A", "B"]
    >>> dx.stats.tidy(dx.stats.fit(d, "count ~ C(source) + x"), names={"B": "Beta"})["label"].tolist()
    ['Intercept', 'Beta vs A', 'x']
    """
    conf_level = check_conf_level(conf_level)
    for attr in ("params", "bse", "tvalues", "pvalues", "conf_int"):
        if not hasattr(results, attr):
            raise InputError(problem=f"{type(results).__name__} has no '{attr}'",
                             fix="pass a fitted statsmodels results object, such as dx.stats.fit")
    exog = getattr(results.model, "exog_names", None)
    params = _series(results.params, exog)
    ci = np.asarray(results.conf_int(alpha=1 - conf_level), float)
    out = pd.DataFrame({"term": params.index.astype(str), "estimate": params.to_numpy(float),
                        "std_error": _series(results.bse, exog).to_numpy(float),
                        "statistic": _series(results.tvalues, exog).to_numpy(float),
                        "p_value": _series(results.pvalues, exog).to_numpy(float),
                        "conf_low": ci[:, 0], "conf_high": ci[:, 1]})
    if exponentiate:
        out[["estimate", "conf_low", "conf_high"]] = np.exp(out[["estimate", "conf_low",
                                                                  "conf_high"]])
    labels = term_rows(results, out, namer(names))["label"]
    return out.assign(label=labels.reindex(out.index).astype(str).to_numpy())


def _series(values, names):
    if isinstance(values, pd.Series):
        return values
    values = np.asarray(values, float)
    if names is None or len(names) != len(values):
        names = [f"x{i}" for i in range(len(values))]
    return pd.Series(values, index=names)
