"""Figures: discourse/stats/_plots.py: content, layout, ax=, and byte-stable PNG, SVG and PDF."""

import re

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from discourse import InputError, stats

NAMES = {"CHN": "China", "FRA": "France", "RUS": "Russia", "USA": "United States"}


@pytest.fixture(scope="module")
def prevalence(ungdc_measures):
    return stats.prevalence(ungdc_measures, time="year", period=None)


@pytest.fixture(scope="module")
def sovereignty(ungdc_measures):
    """Yearly sovereignty counts of the ten states in the UNGDC slice (integer years)."""
    part = ungdc_measures[ungdc_measures["frame"] == "sovereignty"]
    return stats.aggregate(part, time="year", period=None)


@pytest.fixture(scope="module")
def model(sovereignty):
    return stats.fit(sovereignty, "count ~ C(source, Treatment(reference='USA')) + t")


@pytest.fixture(autouse=True)
def _close_test_figures():
    yield
    plt.close("all")


def _texts(labels):
    return [label.get_text() for label in labels]


def _visible_xticklabels(ax):
    ax.figure.draw_without_rendering()
    low, high = sorted(ax.get_xlim())
    return [t.get_text() for t, x in zip(ax.get_xticklabels(), ax.get_xticks()) if low <= x <= high]


# plot_over_time --------------------------------------------------------------------------------

def test_over_time_one_panel_per_frame_with_bands(prevalence):
    fig = stats.plot_over_time(prevalence, panel="frame")
    assert [ax.get_title() for ax in fig.axes] == ["multilateralism", "sovereignty", "win_win"]
    assert all(len(ax.get_lines()) == 10 for ax in fig.axes)
    assert all(len(ax.collections) == 10 for ax in fig.axes)  # one band per country
    assert fig.axes[0].get_ylabel() == "share of documents"


def test_over_time_bands_only_when_the_table_has_bounds(prevalence):
    table = prevalence[prevalence["frame"] == "sovereignty"].drop(columns=["conf_low", "conf_high"])
    fig = stats.plot_over_time(table)
    assert len(fig.axes[0].get_lines()) == 10 and not fig.axes[0].collections


def test_over_time_needs_one_row_per_period(prevalence):
    with pytest.raises(InputError, match="several rows"):
        stats.plot_over_time(prevalence)


@pytest.mark.parametrize("years", [(2015, 2018), (1992, 2024)])
def test_over_time_labels_whole_years_as_integers(prevalence, years):
    table = prevalence[(prevalence["frame"] == "sovereignty")
                       & prevalence["period"].between(*years)]
    ax = stats.plot_over_time(table).axes[0]
    labels = _visible_xticklabels(ax)
    assert len(labels) >= 2 and all(re.fullmatch(r"\d{4}", t) for t in labels), labels
    assert ax.get_xlabel() == "year"


def test_over_time_labels_yearly_dates_as_years():
    table = pd.DataFrame({"source": "X", "estimate": [1.0, 2.0, 1.5],
                          "period": pd.to_datetime(["2018-01-01", "2019-01-01", "2020-01-01"])})
    labels = _visible_xticklabels(stats.plot_over_time(table).axes[0])
    assert labels == ["2018", "2019", "2020"]


def test_over_time_y_labels_name_the_measure(ungdc_measures, sovereignty):
    part = ungdc_measures[ungdc_measures["frame"] == "sovereignty"]
    rate = stats.rate(part, time="year", period=None)
    assert stats.plot_over_time(rate).axes[0].get_ylabel() == "rate per 1,000 words"
    results = stats.fit(sovereignty[sovereignty["source"].isin(["CHN", "USA"])],
                        "count ~ C(source) + t")
    predicted = stats.predict(results)
    assert stats.plot_over_time(predicted, time="t").axes[0].get_ylabel() == \
        "predicted rate per 1,000 words"


def test_over_time_legend_lies_outside_every_panel(prevalence):
    fig = stats.plot_over_time(prevalence, panel="frame", names=NAMES)
    fig.draw_without_rendering()
    (legend,) = fig.legends
    box = legend.get_window_extent()
    assert all(not box.overlaps(ax.get_window_extent()) for ax in fig.axes)
    assert box.x0 >= max(ax.get_window_extent().x1 for ax in fig.axes)  # right of the panels
    assert {"China", "United States", "KAZ"} <= set(_texts(legend.get_texts()))


def test_over_time_draws_into_given_axes(prevalence):
    fig, ax = plt.subplots(layout="constrained")
    table = prevalence[prevalence["frame"] == "sovereignty"]
    assert stats.plot_over_time(table, ax=ax) is fig
    assert len(ax.get_lines()) == 10
    fig.draw_without_rendering()
    assert not ax.get_legend().get_window_extent().overlaps(ax.get_window_extent())


def test_over_time_panels_into_a_sequence_of_axes(prevalence):
    fig, axes = plt.subplots(1, 3, layout="constrained")
    assert stats.plot_over_time(prevalence, panel="frame", ax=axes) is fig
    assert all(len(ax.get_lines()) == 10 for ax in axes)
    with pytest.raises(InputError, match=r"needs 3 panels \(one per frame\).*\n.*"
                                         r"plt\.subplots\(2, 2\)"):
        stats.plot_over_time(prevalence, panel="frame", ax=axes[0])


# plot_coefficients -----------------------------------------------------------------------------

def test_coefficients_label_levels_against_the_reference(model):
    fig = stats.plot_coefficients(model)
    factors, continuous = fig.axes
    assert _texts(factors.get_yticklabels()) == [
        "source", "CHN vs USA", "FRA vs USA", "GBR vs USA", "KAZ vs USA", "KGZ vs USA",
        "RUS vs USA", "TJK vs USA", "TKM vs USA", "UZB vs USA"]
    assert factors.get_yticklabels()[0].get_fontweight() == "bold"  # the factor's heading
    assert _texts(continuous.get_yticklabels()) == ["t"]  # a slope: its own panel and scale
    assert factors.get_xlabel() == "rate ratio (95% CI)"
    assert continuous.get_xlabel() == "rate ratio per unit (95% CI)"
    assert factors.get_xscale() == "log" and 1.0 in factors.lines[-1].get_xdata()


def test_coefficients_default_reference_and_names(sovereignty):
    results = stats.fit(sovereignty, "count ~ C(source) + np.log(tokens)")
    fig = stats.plot_coefficients(results, names=NAMES | {"source": "country"})
    labels = _texts(fig.axes[0].get_yticklabels())
    assert labels[:3] == ["country", "France vs China", "GBR vs China"]
    assert _texts(fig.axes[1].get_yticklabels()) == ["log(tokens)"]


def test_coefficients_interactions_group_by_factor(ref_table):
    results = stats.fit(ref_table("glm"), "count ~ C(source) * C(year, Treatment(2003))")
    labels = _texts(stats.plot_coefficients(results).axes[0].get_yticklabels())
    assert labels[:3] == ["source", "B vs A", "C vs A"]
    assert labels[3:5] == ["year", "2001 vs 2003"]
    assert labels[labels.index("source × year") + 1] == "(B vs A) × (2001 vs 2003)"


def test_coefficients_scale_follows_the_model(model, ref_table):
    logit = stats.fit(ref_table("docs"), "present ~ C(source)", family="binomial")
    ax = stats.plot_coefficients(logit).axes[0]
    assert ax.get_xlabel() == "odds ratio (95% CI)" and ax.get_xscale() == "log"
    ax = stats.plot_coefficients(logit, exponentiate=False).axes[0]
    assert ax.get_xlabel() == "log odds ratio (95% CI)" and ax.get_xscale() == "linear"
    fig = stats.plot_coefficients(model, exponentiate=True, conf_level=0.9)
    assert fig.axes[0].get_xlabel() == "rate ratio (90% CI)"


def test_coefficients_of_tables(ref_table):
    results = stats.fit(ref_table("glm"), "count ~ C(source) + C(year)")
    fig = stats.plot_coefficients(stats.compare(results), names={"A": "Alpha"})
    assert _texts(fig.axes[0].get_yticklabels()) == ["Alpha / B", "Alpha / C", "B / C"]
    assert fig.axes[0].get_xscale() == "log"  # compare gives ratios
    table = pd.DataFrame({"term": ["a"], "estimate": [0.2], "conf_low": [0.0], "conf_high": [0.4]})
    assert stats.plot_coefficients(table).axes[0].get_xscale() == "linear"


def test_coefficients_draw_into_given_axes(model, ref_table):
    fig, (top, bottom) = plt.subplots(2, 1)
    assert stats.plot_coefficients(model, ax=[top, bottom]) is fig
    assert len(_texts(top.get_yticklabels())) == 10 and _texts(bottom.get_yticklabels()) == ["t"]
    with pytest.raises(InputError, match=r"needs 2 panels \(factors and continuous terms\)"):
        stats.plot_coefficients(model, ax=top)
    fig, ax = plt.subplots()
    one_panel = stats.fit(ref_table("glm"), "count ~ C(source)")
    assert stats.plot_coefficients(one_panel, ax=ax) is fig and len(ax.lines) >= 1


# plot_fightin_words ----------------------------------------------------------------------------

def test_fightin_words_panels_and_axes(tmp_path):
    counts = pd.DataFrame({"group": ["A", "A", "B", "B", "C"], "term": ["x", "y", "x", "y", "y"],
                           "count": [30, 10, 10, 30, 5]})
    table = stats.fightin_words(counts)
    fig = stats.plot_fightin_words(table, path=tmp_path / "fw.svg")
    assert len(fig.axes) == 3 and (tmp_path / "fw.svg").stat().st_size > 0
    fig, ax = plt.subplots()
    assert stats.plot_fightin_words(table, group="B", ax=ax, names={"B": "Beta"}) is fig
    assert ax.get_ylabel() == "z-score (Beta vs others)"


# save_figure and display -----------------------------------------------------------------------

@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_save_figure_same_bytes_twice(prevalence, tmp_path, suffix):
    table = prevalence[prevalence["source"].isin(["CHN", "RUS", "USA"])
                       & (prevalence["frame"] == "sovereignty")]
    fig = stats.plot_over_time(table)
    stats.save_figure(fig, tmp_path / f"a.{suffix}")
    stats.save_figure(fig, tmp_path / f"b.{suffix}")  # the same figure, drawn a second time
    stats.plot_over_time(table, path=tmp_path / f"c.{suffix}")  # an identical figure
    a, b, c = ((tmp_path / f"{n}.{suffix}").read_bytes() for n in "abc")
    assert a == b == c
    assert not re.search(rb"CreationDate|ModDate|<dc:date>|Matplotlib|Software", a)


def test_save_figure_png_at_300_dpi(tmp_path):
    image = pytest.importorskip("PIL.Image")
    table = pd.DataFrame({"term": ["a"], "estimate": [0.2], "conf_low": [0.0], "conf_high": [0.4]})
    fig = stats.plot_coefficients(table)
    (path,) = stats.save_figure(fig, tmp_path / "c.png")
    with image.open(path) as png:
        assert np.allclose(png.info["dpi"], 300, atol=0.01)
        assert png.size == tuple(round(v * 300) for v in fig.get_size_inches())
    stats.save_figure(fig, tmp_path / "d.png", dpi=600)
    with image.open(tmp_path / "d.png") as png:
        assert np.allclose(png.info["dpi"], 600, atol=0.01)
    with pytest.raises(InputError, match=r"\.png, \.svg or \.pdf"):
        stats.save_figure(fig, tmp_path / "x.jpg")


def test_figures_use_the_users_backend_and_leave_pyplot_empty(model, monkeypatch):
    made = []

    def figure(*args, **kwargs):
        made.append(plt_figure(*args, **kwargs))
        return made[-1]

    def refuse(*args, **kwargs):
        raise AssertionError("the library must not choose a backend")

    plt_figure = plt.figure
    monkeypatch.setattr(plt, "figure", figure)
    monkeypatch.setattr(matplotlib, "use", refuse)
    before = plt.get_fignums()
    fig = stats.plot_coefficients(model)
    # made through pyplot, so the backend Jupyter chose loads and registers its display hook;
    # closed at once, so a notebook shows it once, as the cell's value, and loops leak nothing
    assert made == [fig] and plt.get_fignums() == before


def test_over_time_colours_and_legend_agree_across_panels():
    table = pd.DataFrame({"frame": ["a", "a", "b", "b", "b", "b"],
                          "source": ["Y", "Y", "X", "X", "Y", "Y"], "period": [2001, 2002] * 3,
                          "estimate": [1.0, 2.0, 2.0, 1.5, 0.5, 0.7]})
    fig = stats.plot_over_time(table, panel="frame")
    colours = [line.get_color() for ax in fig.axes for line in ax.get_lines()
               if line.get_label() == "Y"]
    assert len(colours) == 2 and colours[0] == colours[1]  # one colour for Y in both panels
    assert sorted(_texts(fig.legends[0].get_texts())) == ["X", "Y"]  # X is only in panel b


def test_over_time_draws_a_group_with_no_value_as_none():
    table = pd.DataFrame({"speaker": pd.array(["Lu Kang", None, "Lu Kang", None], dtype="string"),
                          "year": [2018, 2018, 2019, 2019], "estimate": [1.0, 2.0, 1.5, 2.5]})
    fig = stats.plot_over_time(table, time="year", by=None, panel="speaker")
    assert [axis.get_title() for axis in fig.axes] == ["(none)", "Lu Kang"]
