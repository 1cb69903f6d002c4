"""Figures: discourse/stats/_plots.py: content, and byte-stable PNG and SVG."""

import hashlib

import pandas as pd
import pytest

from discourse import InputError, stats


@pytest.fixture(scope="module")
def prevalence(ungdc_measures):
    return stats.prevalence(ungdc_measures, time="year", period=None)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_over_time_bands_and_stable_bytes(prevalence, tmp_path):
    fig = stats.plot_over_time(prevalence, panel="frame", path=[tmp_path / "a.png",
                                                               tmp_path / "a.svg"])
    assert len(fig.axes) == 3 and len(fig.axes[0].get_lines()) == 10
    assert len(fig.axes[0].collections) == 10  # one band per country
    stats.plot_over_time(prevalence, panel="frame", path=[tmp_path / "b.png", tmp_path / "b.svg"])
    assert _digest(tmp_path / "a.png") == _digest(tmp_path / "b.png")
    assert _digest(tmp_path / "a.svg") == _digest(tmp_path / "b.svg")
    svg = (tmp_path / "a.svg").read_text()
    assert "<dc:date>" not in svg and "Matplotlib" not in svg


def test_over_time_needs_one_row_per_period(prevalence):
    with pytest.raises(InputError, match="several rows"):
        stats.plot_over_time(prevalence)


def test_fightin_words_and_coefficients(tmp_path, ref_table):
    counts = pd.DataFrame({"group": ["A", "A", "B", "B", "C"], "term": ["x", "y", "x", "y", "y"],
                           "count": [30, 10, 10, 30, 5]})
    fig = stats.plot_fightin_words(stats.fightin_words(counts), path=tmp_path / "fw.svg")
    assert len(fig.axes) == 3 and (tmp_path / "fw.svg").stat().st_size > 0
    results = stats.fit(ref_table("glm"), "count ~ C(source) + C(year)")
    fig = stats.plot_coefficients(results, exponentiate=True)
    assert len(fig.axes[0].get_yticklabels()) == 7
    fig = stats.plot_coefficients(stats.compare(results))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["A / B", "A / C", "B / C"]
    with pytest.raises(InputError, match=r"\.png or \.svg"):
        stats.save_figure(fig, tmp_path / "x.pdf")
