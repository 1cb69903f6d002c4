"""Figures ready for a paper: trends with bands, Fightin' Words, coefficients; byte-stable files.

A figure a plot function makes is created through pyplot, so the backend the user or Jupyter
chose draws it (this module never calls ``matplotlib.use``), and closed in pyplot at once. Made
with ``matplotlib.figure.Figure()`` instead, it would show as ``<Figure ...>`` text in a notebook
that has not loaded its backend yet; left open in pyplot, it would show twice when it is the
value of a cell, and loops would pile up open figures. With ``ax=`` the functions draw into the
caller's axes and leave their figure alone.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pandas as pd

from .._errors import InputError
from ._common import require_columns
from ._terms import namer as _namer
from ._terms import term_rows as _term_rows
from ._tidy import tidy

STYLE = {"svg.hashsalt": "discourse", "svg.fonttype": "path", "pdf.fonttype": 42,
         "ps.fonttype": 42, "font.family": "DejaVu Sans", "font.size": 9,
         "axes.spines.top": False, "axes.spines.right": False, "axes.grid": True,
         "grid.alpha": 0.3, "savefig.dpi": 300, "path.simplify": True}
METADATA = {".svg": {"Date": None, "Creator": None}, ".png": {"Software": None},
            ".pdf": {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}}
# (GLM family, link) or (discrete model, None) → the ratio exp(estimate) is
RATIOS = {("Poisson", "log"): "rate ratio", ("NegativeBinomial", "log"): "rate ratio",
          ("Binomial", "logit"): "odds ratio", ("Binomial", "log"): "risk ratio",
          ("Poisson", None): "rate ratio", ("NegativeBinomial", None): "rate ratio",
          ("NegativeBinomialP", None): "rate ratio", ("GeneralizedPoisson", None): "rate ratio",
          ("Logit", None): "odds ratio"}


@contextlib.contextmanager
def _style():
    import matplotlib

    with matplotlib.rc_context(STYLE):
        yield


def _new_figure(size):
    """Create a figure with the user's backend, closed in pyplot so it displays once."""
    try:
        import matplotlib.pyplot as plt

        fig = plt.figure(figsize=size, layout="constrained")
    except (ImportError, RuntimeError):  # an interactive backend set on a machine without display
        from matplotlib.figure import Figure

        return Figure(figsize=size, layout="constrained")
    plt.close(fig)
    return fig


def _figure(panels=1, width=3.6, height=2.6, cols=2, height_ratios=None):
    rows, cols = int(np.ceil(panels / cols)), min(panels, cols)
    fig = _new_figure((width * cols, height * rows))
    axes = fig.subplots(rows, cols, squeeze=False, height_ratios=height_ratios).ravel()
    for ax in axes[panels:]:
        fig.delaxes(ax)
    return fig, list(axes[:panels])


def _axes(ax, panels, what, **layout):
    """Return (figure, axes): new ones, or the ones given with ``ax=`` checked against *panels*."""
    if ax is None:
        return _figure(panels, **layout)
    from matplotlib.axes import Axes

    axes = [ax] if isinstance(ax, Axes) else list(np.ravel(np.asarray(ax, dtype=object)))
    if len(axes) != panels or not all(isinstance(a, Axes) for a in axes):
        raise _wrong_axes(len(axes), panels, what, layout.get("cols", 2))
    return axes[0].figure.figure, axes


def _wrong_axes(given, panels, what, cols):
    if panels == 1:
        return InputError(field="ax", problem=f"this figure needs one panel, but ax= gives "
                          f"{given} axes", fix="pass one Axes, e.g. fig, ax = plt.subplots(), "
                          "or leave ax unset for a new figure")
    shape = f"{int(np.ceil(panels / cols))}, {min(panels, cols)}"
    return InputError(field="ax", problem=f"this figure needs {panels} panels ({what}), but "
                      f"ax= gives {given} axes", fix=f"pass {panels} axes, e.g. fig, axes = "
                      f"plt.subplots({shape}) and ax=axes, or leave ax unset for a new figure")


def save_figure(fig, path, dpi=300):
    """Save a figure as PNG, SVG or PDF with byte-stable output.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    path : str or Path or list of them
        File name(s) ending in ``.png``, ``.svg`` or ``.pdf``; the suffix picks the format.
        Missing folders are created.
    dpi : float, default 300
        Resolution of PNG files (and of rasterized parts of SVG and PDF), written into the PNG.

    Returns
    -------
    list of Path
        The files written.

    Notes
    -----
    The SVG hash salt is fixed, fonts are embedded as TrueType (Type 42) in PDF, as journals
    require, and the date, creator, producer and software stamps are left out. The same figure
    therefore gives the same bytes on every run with the same matplotlib.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> import pandas as pd
    >>> import discourse as dx
    >>> t = pd.DataFrame({"term": ["a"], "estimate": [0.2], "conf_low": [0.0], "conf_high": [0.4]})
    >>> fig = dx.stats.plot_coefficients(t)
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in dx.stats.save_figure(fig, [folder / "f.pdf", folder / "f.png"])]
    ['f.pdf', 'f.png']
    """
    paths = [Path(p) for p in ([path] if isinstance(path, (str, Path)) else path)]
    for p in paths:
        if p.suffix.lower() not in METADATA:
            raise InputError(path=p, problem="figures are saved as .png, .svg or .pdf",
                             fix="end the file name in .png, .svg or .pdf")
    with _style():
        for p in paths:
            p.parent.mkdir(parents=True, exist_ok=True)
            _restart_layout(fig)
            fig.savefig(p, format=p.suffix[1:].lower(), dpi=dpi,
                        metadata=METADATA[p.suffix.lower()])
    return paths


def _restart_layout(fig):
    """Put laid-out axes back on their grid, so the layout (and the bytes) never depend on how
    often the figure was drawn before: constrained layout moves from where the axes are, and
    starting from its last result can shift positions in the last digit."""
    from matplotlib.layout_engine import ConstrainedLayoutEngine

    if isinstance(fig.get_layout_engine(), ConstrainedLayoutEngine):
        for ax in fig.axes:
            if ax.get_in_layout() and ax.get_subplotspec() is not None:
                ax.set_subplotspec(ax.get_subplotspec())


def _colors(n):
    import matplotlib

    cmap = matplotlib.colormaps["tab10" if n <= 10 else "tab20"]
    return [cmap(i % cmap.N) for i in range(n)]


def _exposure(table, per):
    """Name the exposure a rate table was computed with, from its columns."""
    if "count" in table.columns:
        for column, unit in (("tokens", "words"), ("sentences", "sentences")):
            if column in table.columns and np.allclose(
                    table["count"] / table[column] * per, table["estimate"], equal_nan=True):
                return unit
    return "units of exposure"


def _ylabel(table):
    measure = table["measure"].iloc[0] if "measure" in table.columns and \
        table["measure"].nunique() == 1 else None
    per = table["per"].iloc[0] if "per" in table.columns else None
    if measure == "prevalence":
        return {1: "share of documents", 100: "% of documents"}.get(per, f"documents per {per:,g}")
    if measure == "rate":
        return f"rate per {per:,g} {_exposure(table, per)}"
    if per is None:
        return "estimate"
    if per == 1:
        bounded = table["estimate"].between(0, 1).all()
        return "predicted probability" if bounded else "predicted count"
    return f"predicted rate per {per:,g} words"


def _time_values(values):
    """Return x values and their kind: "year" (whole years), "integer", "date" or None."""
    if isinstance(values.dtype, pd.PeriodDtype):
        values = values.dt.start_time
    if pd.api.types.is_datetime64_any_dtype(values):
        yearly = values.dt.month.eq(1) & values.dt.day.eq(1) & values.eq(values.dt.normalize())
        return (values.dt.year, "year") if yearly.all() else (values, "date")
    numbers = pd.to_numeric(values, errors="coerce")
    if numbers.notna().all() and np.allclose(numbers, np.round(numbers)):
        return numbers, "year" if numbers.between(1800, 2200).all() else "integer"
    return values, None


def _time_axis(ax, kind, time):
    """Label whole years and integers as integers, dates concisely."""
    from matplotlib import dates, ticker

    if kind in ("year", "integer"):
        ax.xaxis.set_major_locator(ticker.MaxNLocator(integer=True, nbins="auto", min_n_ticks=2))
        ax.xaxis.set_major_formatter(ticker.StrMethodFormatter("{x:.0f}"))
    elif kind == "date":
        locator = dates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
    ax.set_xlabel("year" if kind == "year" else "" if time == "period" else time)


def _legend(fig, axes, owned, title):
    """Place the legend right of the panels, outside the data area."""
    entries = {}
    for ax in axes:  # a group may be missing from some panels
        for handle, label in zip(*ax.get_legend_handles_labels()):
            entries.setdefault(label, handle)
    if not entries:
        return None
    labels, handles = list(entries), list(entries.values())
    options = {"frameon": False, "fontsize": 8, "title": title, "title_fontsize": 8,
               "ncols": 1 if len(handles) <= 16 else 2, "alignment": "left"}
    if owned:
        return fig.legend(handles, labels, loc="outside right upper", **options)
    return axes[-1].legend(handles, labels, loc="upper left", bbox_to_anchor=(1.02, 1.0),
                           borderaxespad=0.0, **options)


def plot_over_time(table, time="period", by="source", panel=None, estimate="estimate",
                   title=None, ylabel=None, path=None, *, names=None, ax=None):
    """Plot estimates over time, one line per group, with interval bands.

    Parameters
    ----------
    table : DataFrame
        Output of :func:`prevalence`, :func:`rate` or :func:`predict`: a time column, a group
        column and ``estimate``. With ``conf_low`` and ``conf_high`` each line gets its band.
    time : str, default "period"
        Whole years (numbers, or dates on 1 January such as ``period="year"``) are labelled
        as integers (2018, never 2018.25); other dates concisely (``Mar``, ``2019``).
    by : str or None, default "source"
        One line (and band) per group.
    panel : str, optional
        One panel per value of this column (e.g. ``"frame"``), two panels a row.
    estimate : str, default "estimate"
    title, ylabel : str, optional
        The y label defaults to the table's measure: "share of documents" (prevalence), "rate
        per 1,000 words" (rate), "predicted rate per 1,000 words" (predict).
    path : str or Path or list, optional
        Also save the figure there (``.png``, ``.svg`` or ``.pdf``, see :func:`save_figure`).
    names : dict, optional
        Display names for groups and panels, e.g. ``{"CHN": "China"}``.
    ax : matplotlib Axes or sequence of Axes, optional
        Draw into these axes, one per panel, and return their figure. The legend is then
        placed right of the last axes; make room with ``layout="constrained"``.

    Returns
    -------
    matplotlib.figure.Figure
        The legend sits right of the panels, outside the data area.

    Raises
    ------
    InputError
        When a group has more than one row per period in a panel, or ``ax`` does not give one
        axes per panel.

    See Also
    --------
    prevalence, rate, predict, save_figure

    Notes
    -----
    A new figure is closed in pyplot as soon as it is made: Jupyter shows it once, as the value
    of a cell (``fig`` on the last line, or ``display(fig)``), and ``plt.show()`` does not show
    it. To draw into a figure of your own, pass ``ax=``.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> t = pd.DataFrame({"source": ["X", "X", "Y", "Y"], "year": [2001, 2002] * 2,
    ...                   "estimate": [1.0, 2.0, 2.0, 1.5], "conf_low": [0.5, 1.2, 1.1, 0.9],
    ...                   "conf_high": [1.8, 3.0, 3.1, 2.4]})
    >>> fig = dx.stats.plot_over_time(t, time="year", names={"X": "Xinhua"})
    >>> [line.get_label() for line in fig.axes[0].get_lines()]
    ['Xinhua', 'Y']
    >>> fig.axes[0].get_xlabel()
    'year'
    """
    groups, panels_by = ([by] if by else []), ([panel] if panel else [])
    require_columns(table, [time, estimate, *groups, *panels_by], "table")
    keys = [*panels_by, *groups, time]
    if table.duplicated(keys).any():
        raise InputError(field=time, problem=f"several rows for one {' × '.join(keys)}",
                         fix="filter the table, or pass panel= for the column that differs")
    x, kind = _time_values(table[time])
    table, name = table.assign(_x=x.to_numpy()), _namer(names)
    for column in [*groups, *panels_by]:  # a group with no value (a speaker not known) is drawn as "(none)"
        if table[column].isna().any():
            table[column] = table[column].astype("string").fillna("(none)")
    panels = sorted(table[panel].unique()) if panel else [None]
    levels = sorted(table[by].unique()) if by else [None]
    with _style():
        fig, axes = _axes(ax, len(panels), f"one per {panel}", width=3.6 if panel else 4.8,
                          height=2.6 if panel else 3.0)
        for axis, value in zip(axes, panels):
            part = table[table[panel] == value] if panel else table
            _draw_lines(axis, part, by, levels, estimate, name)
            axis.set_title(name(value) if panel else (title or ""))
            axis.set_ylabel(ylabel or _ylabel(part))
            _time_axis(axis, kind, time)
        if by:
            _legend(fig, axes, ax is None, name(by))
        if title and panel:
            fig.suptitle(title)
    if path is not None:
        save_figure(fig, path)
    return fig


def _draw_lines(ax, part, by, levels, estimate, name):
    bands = {"conf_low", "conf_high"} <= set(part.columns)
    for color, level in zip(_colors(len(levels)), levels):
        rows = (part[part[by] == level] if by else part).sort_values("_x")
        if rows.empty:  # keep each group's colour the same in every panel
            continue
        if bands and len(rows) > 1:
            ax.fill_between(rows["_x"], rows["conf_low"], rows["conf_high"], color=color,
                            alpha=0.18, linewidth=0)
        elif bands:  # one period: a band would be invisible, draw its interval as a bar
            ax.vlines(rows["_x"], rows["conf_low"], rows["conf_high"], color=color, alpha=0.5, linewidth=2)
        ax.plot(rows["_x"], rows[estimate], color=color, linewidth=1.4, marker="o",
                markersize=2.5 if len(rows) > 1 else 4, label=name(level) if by else estimate)
    if part["_x"].nunique() == 1 and pd.api.types.is_numeric_dtype(part["_x"]):  # not 1920 to 2120
        x = float(part["_x"].iloc[0])
        ax.set_xlim(x - 1.5, x + 1.5)
    low = part["conf_low"] if bands else part[estimate]
    if (low >= 0).all():
        ax.set_ylim(bottom=0)


def plot_fightin_words(table, group=None, n_labels=12, path=None, *, names=None, ax=None):
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
        Also save the figure there (``.png``, ``.svg`` or ``.pdf``).
    names : dict, optional
        Display names for the groups in the axis labels, e.g. ``{"USA": "United States"}``.
    ax : matplotlib Axes or sequence of Axes, optional
        Draw into these axes (one per panel) and return their figure.

    Returns
    -------
    matplotlib.figure.Figure

    Raises
    ------
    InputError
        When ``group`` is not in the table, or ``ax`` does not give one axes per panel.

    See Also
    --------
    fightin_words, save_figure

    Notes
    -----
    A new figure is closed in pyplot as soon as it is made: Jupyter shows it once, as the value
    of a cell (``fig`` on the last line, or ``display(fig)``), and ``plt.show()`` does not show
    it. To draw into a figure of your own, pass ``ax=``.

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
    name = _namer(names)
    with _style():
        fig, axes = _axes(ax, len(shown), "one per group", width=4.8, height=3.6)
        for axis, value in zip(axes, shown):
            _draw_fightin(axis, table[table["group"] == value], n_labels)
            rest = [g for g in groups if g != value]
            axis.set_ylabel(f"z-score ({name(value)} vs "
                            f"{name(rest[0]) if len(rest) == 1 else 'others'})")
    if path is not None:
        save_figure(fig, path)
    return fig


def _draw_fightin(ax, part, n_labels):
    x = np.log10(part["count"] + part["count_other"])
    z = part["statistic"].to_numpy()
    ax.scatter(x, z, s=4, color="0.6", linewidths=0, rasterized=False)
    order = np.argsort(-z, kind="stable")
    span, placed = (np.ptp(x) or 1.0, np.ptp(z) or 1.0), []
    inches = ax.get_position().width * ax.figure.figure.get_figwidth(), \
        ax.get_position().height * ax.figure.figure.get_figheight()
    # a 6.5 pt label is about 0.05 in a character wide and 0.11 in a line high
    size = {"char": 0.05 / inches[0], "height": 0.11 / inches[1]}
    for idx, color in ((order[:n_labels], "tab:red"), (order[::-1][:n_labels], "tab:blue")):
        ax.scatter(x.iloc[idx], z[idx], s=8, color=color, linewidths=0)
        for i in idx:
            term = str(part["term"].iloc[i])
            ly = _place(placed, x.iloc[i], z[i], term, span, **size)
            if ly is not None:
                ax.annotate(term, (x.iloc[i], z[i]), fontsize=6.5, color=color,
                            xytext=(x.iloc[i] + 0.01 * span[0], ly), va="center")
    ax.axhline(1.96, color="0.4", linewidth=0.6, linestyle="--")
    ax.axhline(-1.96, color="0.4", linewidth=0.6, linestyle="--")
    ax.set_xlabel("log10 frequency (both sides)")


def _place(placed, x, y, text, span, height=0.04, char=0.0105):
    """Find a free spot for a label near (x, y), nudged up or down; None if there is none."""
    width, x0 = len(text) * char, x / span[0] + 0.01
    for shift in (0, 1, -1, 2, -2):
        y0 = y / span[1] + shift * height
        if all(x0 + width < a or a + w < x0 or abs(y0 - b) >= height for a, b, w in placed):
            placed.append((x0, y0, width))
            return y0 * span[1]
    return None


def plot_coefficients(results, exponentiate=None, intercept=False, conf_level=0.95, path=None,
                      *, names=None, ax=None):
    """Plot estimates with their intervals, one row per term, grouped by factor.

    Parameters
    ----------
    results : statsmodels results or DataFrame
        A fitted model (plotted through :func:`tidy`), a tidy table, or the output of
        :func:`compare` or :func:`trend`.
    exponentiate : bool or None, default None
        ``None`` picks the scale from the model: rate ratios for Poisson and negative binomial
        models, odds ratios for logistic ones, tables with a ``ratio`` column as ratios, and
        the link scale otherwise. ``True`` plots ratios, ``False`` the link scale. Ratios are
        drawn on a log axis with a reference line at 1.
    intercept : bool, default False
        Show the intercept (with the continuous terms).
    conf_level : float, default 0.95
        For fitted models.
    path : str or Path or list, optional
        Also save the figure there (``.png``, ``.svg`` or ``.pdf``).
    names : dict, optional
        Display names for levels, factors and terms, e.g. ``{"FRA": "France",
        "country_code": "country"}``.
    ax : matplotlib Axes or sequence of Axes, optional
        Draw into this axes, or into two (factors, continuous terms) when the model has both,
        and return their figure.

    Returns
    -------
    matplotlib.figure.Figure
        For a fitted formula model, the levels of each categorical factor are grouped under
        the factor's name, each labelled against the reference level (``FRA vs CHN``): the
        first level, or the one named with ``Treatment(reference=...)``. Continuous terms
        (``year``, ``log(tokens)``) and their interactions are drawn in a second panel, as
        they are on another scale (per unit).

    Raises
    ------
    InputError
        When there is no term to plot, or ``ax`` gives the wrong number of axes.

    See Also
    --------
    tidy, compare, save_figure

    Notes
    -----
    A new figure is closed in pyplot as soon as it is made: Jupyter shows it once, as the value
    of a cell (``fig`` on the last line, or ``display(fig)``), and ``plt.show()`` does not show
    it. To draw into a figure of your own, pass ``ax=``.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> d = pd.DataFrame({"source": ["X", "X", "Y", "Y", "Z", "Z"], "count": [3, 5, 9, 12, 4, 6],
    ...                   "tokens": [1000, 1200, 900, 1100, 1000, 900]})
    >>> results = dx.stats.fit(d, "count ~ C(source)")
    >>> fig = dx.stats.plot_coefficients(results, names={"Z": "Zeit"})
    >>> [label.get_text() for label in fig.axes[0].get_yticklabels()]
    ['source', 'Y vs X', 'Zeit vs X']
    >>> fig.axes[0].get_xlabel()
    'rate ratio (95% CI)'
    """
    name = _namer(names)
    table = _coefficients(results, conf_level, name)
    if not intercept:
        table = table[table["term"] != "Intercept"]
    if table.empty:
        raise InputError(problem="no terms to plot", fix="pass intercept=True or a larger model")
    rows = _term_rows(results, table, name)
    ratio, exponentiate = _scale(results, exponentiate)
    panels = [rows[rows["kind"] == kind] for kind in ("factor", "continuous")
              if (rows["kind"] == kind).any()]
    sizes = [len(p) + p["heading"].nunique() for p in panels]
    with _style():
        fig, axes = _axes(ax, len(panels), "factors and continuous terms", cols=1, width=5.0,
                          height=(0.2 * sum(sizes) + 0.75 * len(panels)) / len(panels),
                          height_ratios=sizes)
        for axis, part in zip(axes, panels):
            _forest(axis, part, exponentiate)
            continuous = len(panels) > 1 and part["kind"].iloc[0] == "continuous"
            axis.set_xlabel(_xlabel(ratio, exponentiate, continuous, None if isinstance(
                results, pd.DataFrame) else conf_level))
    if path is not None:
        save_figure(fig, path)
    return fig


def _scale(results, exponentiate):
    """Return (ratio name or None, whether to exponentiate) for a model or a table."""
    if isinstance(results, pd.DataFrame):
        ratio = "ratio" if "ratio" in results.columns else None
    else:
        model = getattr(results, "model", None)
        family = getattr(model, "family", None)
        ratio = RATIOS.get((type(model).__name__, None) if family is None else
                           (type(family).__name__, type(family.link).__name__.lower()))
    return ratio, (ratio is not None if exponentiate is None else bool(exponentiate))


def _xlabel(ratio, exponentiate, continuous, conf_level):
    if exponentiate:
        scale = ratio or "ratio"
    else:
        scale = f"log {ratio}" if ratio else "estimate, link scale"
    scale += " per unit" if continuous else ""
    return f"{scale} ({conf_level * 100:g}% CI)" if conf_level else scale


def _forest(ax, rows, exponentiate):
    """Draw one panel of estimates and intervals, with bold factor headings above their rows."""
    labels, bold, points = [], [], []
    for heading, group in rows.groupby("heading", sort=False, dropna=False):
        if isinstance(heading, str):
            labels.append(heading)
            bold.append(True)
        for row in group.itertuples():
            points.append((len(labels), row.estimate, row.conf_low, row.conf_high))
            labels.append(row.label)
            bold.append(False)
    y = len(labels) - 1 - np.arange(len(labels))
    index, est, low, high = (np.array(v, float) for v in zip(*points))
    if exponentiate:
        est, low, high = np.exp(est), np.exp(low), np.exp(high)
    yy = y[index.astype(int)]
    ax.errorbar(est, yy, xerr=[est - low, high - est], fmt="o", color="0.15", markersize=3.5,
                elinewidth=1.2, capsize=0)
    ax.axvline(1.0 if exponentiate else 0.0, color="0.4", linewidth=0.8, linestyle="--")
    ax.set_yticks(y, labels)
    for text, strong in zip(ax.get_yticklabels(), bold):
        text.set_fontweight("bold" if strong else "normal")
    ax.tick_params(axis="y", length=0)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.grid(axis="y", visible=False)
    if exponentiate:
        _log_axis(ax, np.r_[low, high, 1.0])


def _log_axis(ax, values):
    """Log x axis with plain-number ticks: the 1-2-5 series, or evenly spaced in a narrow range."""
    from matplotlib.ticker import FixedLocator, FuncFormatter, MaxNLocator, NullFormatter

    ax.set_xscale("log")
    values = values[np.isfinite(values) & (values > 0)]
    if not values.size:
        return
    lo, hi = values.min(), values.max()
    decades = range(int(np.floor(np.log10(lo))), int(np.ceil(np.log10(hi))) + 1)
    ticks = [t for t in (m * 10.0 ** e for e in decades for m in (1, 2, 5))
             if lo / 1.05 <= t <= hi * 1.05]
    locator = FixedLocator(ticks[::int(np.ceil(len(ticks) / 8))]) if len(ticks) >= 3 else \
        MaxNLocator(nbins=4)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
    ax.xaxis.set_minor_formatter(NullFormatter())


def _coefficients(results, conf_level, name):
    if not isinstance(results, pd.DataFrame):
        return tidy(results, conf_level)
    table = results.copy()
    if "term" not in table.columns:
        if {"group1", "group2"} <= set(table.columns):
            extra = [c for c in table.columns if c not in _NON_KEYS and c not in
                     ("group1", "group2")]
            prefix = table[extra].astype(str).agg(" ".join, axis=1) + ": " if extra else ""
            table["term"] = prefix + table["group1"].map(name) + " / " + \
                table["group2"].map(name)
        else:
            keys = [c for c in table.columns if c not in _NON_KEYS]
            table["term"] = table[keys].astype(str).agg(" ".join, axis=1)
    require_columns(table, ["term", "estimate", "conf_low", "conf_high"], "table")
    return table


_NON_KEYS = {"estimate", "std_error", "statistic", "p_value", "p_adjusted", "adjust", "conf_low",
             "conf_high", "ratio", "ratio_low", "ratio_high", "periods", "count", "term"}
