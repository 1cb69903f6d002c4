"""Trends, interrupted time series and breaks: discourse/stats/_events.py."""

import numpy as np
import pandas as pd
import pytest

from discourse import InputError, stats


def test_its_matches_hand_fit(reference, ref_table):
    ref = reference["models"]["its"]
    results = stats.event(ref_table("its"), at=2006, time="year", family="poisson")
    assert list(results.params.index) == ["Intercept", "elapsed", "after", "elapsed_after"]
    np.testing.assert_allclose(results.params, ref["params"], rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(results.bse, ref["bse"], rtol=1e-5)


def test_known_break_is_a_likelihood_ratio_test(reference, ref_table):
    ref = reference["models"]["its"]
    test = stats.structural_break(ref_table("its"), time="year", at=2006, family="poisson")
    assert test.method == "lr" and test.at == 2006
    assert test.statistic == pytest.approx(ref["lr"], rel=1e-6)
    assert test.p_value == pytest.approx(ref["p_value"], rel=1e-5)


def test_searched_break_finds_the_date_and_is_seeded(ref_table):
    step = pd.DataFrame({"year": range(2000, 2016), "tokens": 1000,
                         "count": [5, 6, 4, 5, 7, 5, 4, 6, 18, 21, 19, 22, 20, 18, 21, 19]})
    a = stats.structural_break(step, time="year", family="poisson", n_boot=19, seed=3)
    b = stats.structural_break(step, time="year", family="poisson", n_boot=19, seed=3)
    assert a.at == 2008 and a.method == "sup-lr bootstrap" and a.n_boot == 19
    assert a.p_value == b.p_value == pytest.approx(1 / 20)
    assert a.statistic == pytest.approx(a.scan["statistic"].max())
    assert a.scan["at"].tolist() == list(range(2003, 2014))
    its = stats.structural_break(ref_table("its"), time="year", family="negbin", n_boot=9)
    assert 0 < its.p_value <= 1 and its.at in set(its.scan["at"])


def test_break_needs_enough_periods(ref_table):
    short = ref_table("its").head(5)
    with pytest.raises(InputError, match="do not allow a break test"):
        stats.structural_break(short, time="year")
    with pytest.raises(InputError, match="do not allow a level and slope change"):
        stats.event(short, at=2004, time="year")


def test_event_with_dates_uses_years_and_fixed_effects(ungdc_measures):
    table = stats.aggregate(ungdc_measures.assign(date=pd.to_datetime(
        ungdc_measures["year"].astype(str) + "-09-20")), time="date", period="year")
    sov = table[table["frame"] == "sovereignty"]
    results = stats.event(sov, at="2001-09-11", by="source")
    assert "C(source)[T.USA]" in results.params.index
    frame = results.model.data.frame
    row = frame[frame["period"] == pd.Timestamp("2002-01-01")].iloc[0]
    assert row["after"] == 1 and row["elapsed"] == pytest.approx(112 / 365.25)


def test_trend_per_source_matches_hand_fit(reference, ref_table):
    ref = reference["models"]["trend"]
    t = stats.trend(ref_table("glm"), time="year", family="poisson")
    assert t["source"].tolist() == ["A", "B", "C"]
    np.testing.assert_allclose(t["estimate"], [v[0] for v in ref["slopes"].values()], rtol=1e-6)
    np.testing.assert_allclose(t["std_error"], [v[1] for v in ref["slopes"].values()], rtol=1e-6)
    np.testing.assert_allclose(t["p_adjusted"], ref["p_holm"], rtol=1e-5)
    assert (t["periods"] == 6).all()


def test_trend_skips_a_group_that_never_uses_the_label_with_a_warning():
    d = pd.DataFrame({"source": ["X"] * 4 + ["Y"] * 4, "year": [1, 2, 3, 4] * 2,
                      "count": [1, 2, 4, 5, 0, 0, 0, 0], "tokens": 100})
    with pytest.warns(UserWarning, match="never occurs"):
        t = stats.trend(d, time="year", family="poisson")
    assert t["source"].tolist() == ["X"]
    with pytest.raises(InputError, match="no group"), pytest.warns(UserWarning):
        stats.trend(d[d.source == "Y"], time="year")
