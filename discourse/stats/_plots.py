"""Deterministic matplotlib figures: trends with bands, Fightin' Words, coefficients."""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pandas as pd

from .._errors import InputError
from ._common import require_columns
from ._tidy import tidy

STYLE = {"svg.hashsalt": "discourse", "svg.fonttype": "path", "font.family": "DejaVu Sans",
         "font.size": 9, "axes.spines.top": False, "axes.spines.right": False,
         "axes.grid": True, "grid.alpha": 0.3, "savefig.dpi": 150, "path.simplify": True}
METADATA = {".svg": {"Date": None, "Creator": None}, ".png": {"Software": None}}


@contextlib.contextmanager
def _style():
    import matplotlib

    with matplotlib.rc_context(STYLE):
        yield


def _figure(panels=1, width=6.4, height=3.6):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width * min(panels, 2), height * int(np.ceil(panels / 2))),
                 layout="constrained")
    axes = fig.subplots(int(np.ceil(panels / 2)), min(panels, 2), squeeze=False).ravel()
    for ax in axes[panels:]:
        fig.delaxes(ax)
    return fig, axes[:panels]


def save_figure(fig, path):
    """Save a figure as PNG or SVG with byte-stable output.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : str or Path or list of them
        File name(s) ending in ``.png`` or ``.svg``.

    Returns
    -------
    list of Path
        The files written.

    Notes
    -----
    The SVG hash salt is fixed and the date, creator and software stamps are left out, so
    the same figure gives the same bytes on every run with the same matplotlib.
    """
    paths = [Path(p) for p in ([path] if isinstance(path, (str, Path)) else path)]
    for p in paths:
        if p.suffix.lower() not in METADATA:
            raise InputError(path=p, problem="figures are saved as .png or .svg",
                             fix="end the file name in .png or .svg")
    with _style():
        for p in paths:
            p.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(p, format=p.suffix[1:].lower(), metadata=METADATA[p.suffix.lower()])
    return paths


def _colors(n):
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(n)]


def _ylabel(table):
    if "measure" in table.columns and table["measure"].nunique() == 1:
        measure, per = table["measure"].iloc[0], table["per"].iloc[0]
        if measure == "prevalence":
            return "share of documents" if per == 1 else f"documents per {per:,g}"
        return f"per {per:,g} tokens"
    if "per" in table.columns:
        return f"predicted rate per {table['per'].iloc[0]:,g} tokens"
    return "estimate"


def plot_over_time(table, time="period", by="source", panel=None, estimate="estimate",
                   title=None, ylabel=None, path=None):
    """Plot estimates over time, one line per group, with interval bands.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`prevalence`, :func:`rate` or :func:`predict`: a time column, a group
        column, ``estimate``, ``conf_low`` and ``conf_high``.
    time : str, default "period"
    by : str or None, default "source"
        One line (and band) per group.
    panel : str, optional
        One panel per value of this column (e.g. ``"frame"``).
    estimate : str, default "estimate"
    title, ylabel : str, optional
        The y label defaults to the table's measure (share of documents, rate per 1,000 tokens).
    path : str or Path or list, optional
        Also save the figure there (``.png`` or ``.svg``).

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    InputError
        When a group has more than one row per period in a panel.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> t = pd.DataFrame({"source": ["X", "X", "Y", "Y"], "year": [2001, 2002] * 2,
    ...                   "estimate": [1.0, 2.0, 2.0, 1.5], "conf_low": [0.5, 1.2, 1.1, 0.9],
    ...                   "conf_high": [1.8, 3.0, 3.1, 2.4]})
    >>> fig = dx.stats.plot_over_time(t, time="year")
    >>> [line.get_label() for line in fig.axes[0].get_lines()]
    ['X', 'Y']
    """
    groups = [by] if by else []
    require_columns(table, [time, estimate, "conf_low", "conf_high", *groups,
                            *([panel] if panel else [])], "table")
    keys = [*([panel] if panel else []), *groups, time]
    if table.duplicated(keys).any():
        raise InputError(field=time, problem=f"several rows for one {' × '.join(keys)}",
                         fix="filter the table, or pass panel= for the column that differs")
    panels = sorted(table[panel].unique()) if panel else [None]
    levels = sorted(table[by].unique()) if by else [None]
    with _style():
        fig, axes = _figure(len(panels))
        for ax, name in zip(axes, panels):
            part = table[table[panel] == name] if panel else table
            for color, level in zip(_colors(len(levels)), levels):
                rows = (part[part[by] == level] if by else part).sort_values(time)
                if rows.empty:
                    continue
                ax.fill_between(rows[time], rows["conf_low"], rows["conf_high"], color=color,
                                alpha=0.18, linewidth=0)
                ax.plot(rows[time], rows[estimate], color=color, linewidth=1.4, marker="o",
                        markersize=2.5, label=str(level))
            ax.set_title(str(name) if panel else (title or ""))
            ax.set_ylabel(ylabel or _ylabel(part))
            ax.set_ylim(bottom=0)
        if by:
            axes[0].legend(loc="upper left", fontsize=7, ncols=2 if len(levels) > 5 else 1,
                           frameon=False)
        if title and panel:
            fig.suptitle(title)
    if path is not None:
        save_figure(fig, path)
    return fig


def plot_fightin_words(table, group=None, n_labels=12, path=None):
    """Plot Fightin' Words z-scores against term frequency, labelling the strongest terms.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`fightin_words`.
    group : str, optional
        The group to show (default: the first; with more than two groups and no choice, one
        panel per group).
    n_labels : int, default 12
        Terms labelled at each end.
    path : str or Path or list, optional
        Also save the figure there.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> counts = pd.DataFrame({"group": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"],
    ...                        "count": [30, 10, 10, 30]})
    >>> fig = dx.stats.plot_fightin_words(dx.stats.fightin_words(counts))
    >>> fig.axes[0].get_ylabel()
    'z-score (A vs B)'
    """
    require_columns(table, ["group", "term", "count", "count_other", "statistic"], "table")
    groups = list(pd.unique(table["group"]))
    shown = [group] if group is not None else (groups[:1] if len(groups) <= 2 else groups)
    if any(g not in groups for g in shown):
        raise InputError(field="group", problem=f"group {group!r} is not in the table",
                         fix=f"use one of {', '.join(map(str, groups))}")
    with _style():
        fig, axes = _figure(len(shown))
        for ax, name in zip(axes, shown):
            part = table[table["group"] == name]
            x = np.log10(part["count"] + part["count_other"])
            z = part["statistic"].to_numpy()
            ax.scatter(x, z, s=4, color="0.6", linewidths=0, rasterized=False)
            order = np.argsort(-z, kind="stable")
            span, placed = (np.ptp(x) or 1.0, np.ptp(z) or 1.0), []
            for idx, color in ((order[:n_labels], "tab:red"), (order[::-1][:n_labels], "tab:blue")):
                ax.scatter(x.iloc[idx], z[idx], s=8, color=color, linewidths=0)
                for i in idx:
                    term = str(part["term"].iloc[i])
                    ly = _place(placed, x.iloc[i], z[i], term, span)
                    if ly is not None:
                        ax.annotate(term, (x.iloc[i], z[i]), fontsize=6.5, color=color,
                                    xytext=(x.iloc[i] + 0.01 * span[0], ly), va="center")
            ax.axhline(1.96, color="0.4", linewidth=0.6, linestyle="--")
            ax.axhline(-1.96, color="0.4", linewidth=0.6, linestyle="--")
            ax.set_xlabel("log10 frequency (both sides)")
            rest = [g for g in groups if g != name]
            ax.set_ylabel(f"z-score ({name} vs {rest[0] if len(rest) == 1 else 'others'})")
    if path is not None:
        save_figure(fig, path)
    return fig


def _place(placed, x, y, text, span, height=0.04, char=0.0105):
    """Find a free spot for a label near (x, y), nudged up or down; None if there is none."""
    width, x0 = len(text) * char, x / span[0] + 0.01
    for shift in (0, 1, -1, 2, -2):
        y0 = y / span[1] + shift * height
        if all(x0 + width < a or a + w < x0 or abs(y0 - b) >= height for a, b, w in placed):
            placed.append((x0, y0, width))
            return y0 * span[1]
    return None


def plot_coefficients(results, exponentiate=False, intercept=False, conf_level=0.95, path=None):
    """Plot estimates with their intervals, one row per term.

    Parameters
    ----------
    results : statsmodels results or DataFrame
        A fitted model (plotted through :func:`tidy`), a tidy table, or the output of
        :func:`compare` or :func:`trend`.
    exponentiate : bool, default False
        Plot rate or odds ratios (log axis, reference line at 1).
    intercept : bool, default False
        Show the intercept.
    conf_level : float, default 0.95
        For fitted models.
    path : str or Path or list, optional
        Also save the figure there.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> t = pd.DataFrame({"term": ["a", "b"], "estimate": [0.2, -0.1],
    ...                   "conf_low": [0.0, -0.3], "conf_high": [0.4, 0.1]})
    >>> fig = dx.stats.plot_coefficients(t)
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['a', 'b']
    """
    table = _coefficients(results, conf_level)
    if not intercept:
        table = table[table["term"] != "Intercept"]
    if table.empty:
        raise InputError(problem="no terms to plot", fix="pass intercept=True or a larger model")
    est, low, high = (table[c].to_numpy(float) for c in ("estimate", "conf_low", "conf_high"))
    if exponentiate:
        est, low, high = np.exp(est), np.exp(low), np.exp(high)
    y = np.arange(len(table))[::-1]
    with _style():
        fig, (ax,) = _figure(1, height=max(1.6, 0.28 * len(table) + 0.8))
        ax.errorbar(est, y, xerr=[est - low, high - est], fmt="o", color="tab:blue",
                    markersize=3.5, elinewidth=1.2, capsize=0)
        ax.axvline(1.0 if exponentiate else 0.0, color="0.3", linewidth=0.8)
        ax.set_yticks(y, table["term"].tolist())
        if exponentiate:
            from matplotlib.ticker import FuncFormatter, LogLocator

            ax.set_xscale("log")
            ax.xaxis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
            ax.xaxis.set_minor_formatter(FuncFormatter(lambda v, _: ""))
        ax.set_xlabel("ratio" if exponentiate else "estimate (link scale)")
        ax.grid(axis="y", visible=False)
    if path is not None:
        save_figure(fig, path)
    return fig


def _coefficients(results, conf_level):
    if not isinstance(results, pd.DataFrame):
        return tidy(results, conf_level)
    table = results.copy()
    if "term" not in table.columns:
        if {"group1", "group2"} <= set(table.columns):
            extra = [c for c in table.columns if c not in _NON_KEYS and c not in
                     ("group1", "group2")]
            prefix = table[extra].astype(str).agg(" ".join, axis=1) + ": " if extra else ""
            table["term"] = prefix + table["group1"].astype(str) + " / " + \
                table["group2"].astype(str)
        else:
            keys = [c for c in table.columns if c not in _NON_KEYS]
            table["term"] = table[keys].astype(str).agg(" ".join, axis=1)
    require_columns(table, ["term", "estimate", "conf_low", "conf_high"], "table")
    return table


_NON_KEYS = {"estimate", "std_error", "statistic", "p_value", "p_adjusted", "adjust", "conf_low",
             "conf_high", "ratio", "ratio_low", "ratio_high", "periods", "count", "term"}
