"""Readable names of model terms: ``C(country_code)[T.FRA]`` → ``FRA vs CHN``, grouped by factor."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

__all__ = ["namer", "term_rows"]


def namer(names):
    """Return a function giving the display name of a level or term (``names`` keys as str)."""
    names = {str(k): str(v) for k, v in (names or {}).items()}
    return lambda value: names.get(str(value), str(value))


def term_rows(results, table, name):
    """Label each term and sort it into a factor (categorical) or a continuous panel.

    Returns the table with ``label``, ``heading`` (the factor, None for a single continuous
    term) and ``kind`` (``"factor"`` or ``"continuous"``), rows of one heading together.
    """
    levels = {} if isinstance(results, pd.DataFrame) else _factor_levels(results)
    parsed = [[_piece(p, levels) for p in _split(term)] for term in table["term"]]
    refs = _references(levels, parsed)
    rows = table.assign(label=[_label(p, refs, name) for p in parsed],
                        heading=[_heading(p, name) for p in parsed],
                        kind=[_kind(p, bool(levels)) for p in parsed])
    rows.loc[rows["term"] == "Intercept", ["label", "heading", "kind"]] = \
        ["Intercept", None, "continuous"]
    first_seen = pd.factorize(rows["heading"].fillna(rows["label"]))[0]
    return rows.iloc[np.argsort(first_seen, kind="stable")]


def _factor_levels(results):
    """Map each categorical factor of a formula model (as written) to its levels as strings."""
    data = getattr(getattr(results, "model", None), "data", None)
    spec = getattr(data, "design_info", None)
    spec = spec if spec is not None else getattr(data, "model_spec", None)
    if hasattr(spec, "factor_infos"):  # patsy DesignInfo
        return {f.name(): [str(c) for c in info.categories]
                for f, info in spec.factor_infos.items() if info.type == "categorical"}
    if hasattr(spec, "factor_contrasts"):  # formulaic ModelSpec
        return {str(f): [str(c) for c in state.levels] for f, state in
                spec.factor_contrasts.items()}
    return {}


def _split(term):
    """Split an interaction column name at the colons outside brackets and parentheses."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(term):
        depth += (char in "([") - (char in ")]")
        if char == ":" and depth == 0:
            parts.append(term[start:i])
            start = i + 1
    return [*parts, term[start:]]


def _piece(piece, levels):
    """Return (factor, level, treatment-coded) for ``C(x)[T.a]``; (term, None, False) if numeric."""
    for factor in sorted(levels, key=len, reverse=True):
        if piece.startswith(factor + "[") and piece.endswith("]"):
            level = piece[len(factor) + 1:-1]
            coded = level.startswith("T.") and level[2:] in levels[factor]
            return factor, level[2:] if coded else level, coded
    return piece, None, False


def _references(levels, parsed):
    """Find each factor's reference level: the one level without a treatment-coded column."""
    seen = {}
    for pieces in parsed:
        for factor, level, coded in pieces:
            if coded:
                seen.setdefault(factor, set()).add(level)
    missing = {f: [v for v in levels[f] if v not in s] for f, s in seen.items()}
    return {f: m[0] for f, m in missing.items() if len(m) == 1}


def _variable(factor):
    """Name a factor for a reader: ``C(country, ...)`` → country, ``np.log(x)`` → log(x)."""
    match = re.fullmatch(r"C\(\s*([^,()]+?)\s*(?:,.*)?\)", factor)
    return match.group(1) if match else re.sub(r"\bnp\.", "", factor)


def _label(pieces, refs, name):
    parts = []
    for factor, level, coded in pieces:
        if level is None:
            parts.append(name(_variable(factor)))
        elif coded and factor in refs:
            parts.append(f"{name(level)} vs {name(refs[factor])}")
        else:
            parts.append(name(level))
    return parts[0] if len(parts) == 1 else " × ".join(
        f"({p})" if " vs " in p else p for p in parts)


def _heading(pieces, name):
    if len(pieces) == 1 and pieces[0][1] is None:
        return None
    return " × ".join(name(_variable(factor)) for factor, _, _ in pieces)


def _kind(pieces, formula):
    categorical = formula and all(level is not None for _, level, _ in pieces)
    return "factor" if categorical or not formula else "continuous"
