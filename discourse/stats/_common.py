"""Checks and small helpers shared by the statistics modules."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .._errors import InputError, check_conf_level  # noqa: F401 -- shared by the stats modules

ADJUST_METHODS = {"holm": "holm", "bh": "fdr_bh", "fdr_bh": "fdr_bh", "bonferroni": "bonferroni",
                  "none": None}
DAYS_PER_YEAR = 365.25


def as_list(names) -> list[str]:
    """Return column names as a list (``None`` → ``[]``, a string → ``[name]``)."""
    if names is None:
        return []
    return [names] if isinstance(names, str) else list(names)


def require_columns(data: pd.DataFrame, columns, what: str = "data") -> None:
    """Raise InputError naming the first column of *columns* that *data* lacks."""
    if not isinstance(data, pd.DataFrame):
        raise InputError(problem=f"{what} must be a pandas DataFrame, not {type(data).__name__}",
                         fix="pass a long table such as the output of dx.frames.measure")
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise InputError(field=missing[0], problem=f"{what} has no column '{missing[0]}' "
                         f"(it has {', '.join(map(str, data.columns))})",
                         fix="name the right column in the arguments or add it to the table")
    if data.empty:
        raise InputError(problem=f"{what} has no rows", fix="pass a table with documents in it")


def is_datetime(values: pd.Series) -> bool:
    return pd.api.types.is_datetime64_any_dtype(values)


def numeric_time(values: pd.Series, origin=None) -> np.ndarray:
    """Express a time column as a float: years since *origin* for dates, else units since it.

    Dates become years (days / 365.25) so that slopes read as change per year.
    """
    if is_datetime(values):
        origin = values.min() if origin is None else pd.Timestamp(origin)
        return ((values - origin) / pd.Timedelta(days=1)).to_numpy(float) / DAYS_PER_YEAR
    numbers = pd.to_numeric(values, errors="coerce").to_numpy(float)
    if np.isnan(numbers).all():
        raise InputError(field=values.name, problem="the time column is neither dates nor numbers",
                         fix="pass a datetime64 column (published) or a number such as year")
    origin = np.nanmin(numbers) if origin is None else float(origin)
    return numbers - origin


def adjust_pvalues(pvalues, method: str) -> np.ndarray:
    """Adjust p-values for multiple comparisons (Holm, Benjamini–Hochberg, Bonferroni)."""
    from statsmodels.stats.multitest import multipletests

    key = check_adjust(method)
    pvalues = np.asarray(pvalues, float)
    if ADJUST_METHODS[key] is None or pvalues.size == 0:
        return pvalues.copy()
    return multipletests(pvalues, method=ADJUST_METHODS[key])[1]


def check_adjust(method: str) -> str:
    key = str(method).lower()
    if key not in ADJUST_METHODS:
        raise InputError(field="adjust", problem=f"unknown correction {method!r}",
                         fix="use 'holm', 'bh' (Benjamini–Hochberg), 'bonferroni' or 'none'")
    return key


def formula_sides(formula: str) -> tuple[str, str]:
    """Split a formula into its left and right sides."""
    if not isinstance(formula, str) or formula.count("~") != 1:
        raise InputError(field="formula", problem=f"{formula!r} is not a formula 'outcome ~ terms'",
                         fix="write e.g. 'count ~ C(source) * C(period)'")
    lhs, rhs = formula.split("~")
    return lhs.strip(), rhs.strip()


def formula_variables(formula: str, columns) -> list[str]:
    """Return the columns of a table that the right side of *formula* uses, in formula order."""
    _, rhs = formula_sides(formula)
    quoted = re.findall(r"""Q\(\s*['"]([^'"]+)['"]\s*\)""", rhs)
    names = quoted + re.findall(r"[A-Za-z_][A-Za-z0-9_.]*", rhs)
    seen = []
    for name in names:
        if name in columns and name not in seen:
            seen.append(name)
    return seen


def categorical_in_formula(formula: str, name: str, values: pd.Series) -> bool:
    """Tell whether *name* enters *formula* as a categorical variable."""
    _, rhs = formula_sides(formula)
    if re.search(r"C\(\s*" + re.escape(name) + r"\s*[,)]", rhs):
        return True
    return not (pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values))
