"""Pairwise contrasts: discourse/stats/_contrasts.py, against closed forms."""

import numpy as np
import pytest

from discourse import InputError, stats

SATURATED = "count ~ C(source) * C(year)"


@pytest.fixture(scope="module")
def saturated(ref_table):
    return stats.fit(ref_table("glm"), SATURATED)


def test_sources_averaged_over_years_match_closed_form(saturated, reference):
    ref = reference["models"]["contrasts_saturated"]
    c = stats.compare(saturated, between="source", adjust="holm")
    assert c[["group1", "group2"]].values.tolist() == ref["pairs"]
    np.testing.assert_allclose(c["estimate"], ref["estimate"], rtol=1e-7, atol=1e-10)
    np.testing.assert_allclose(c["std_error"], ref["std_error"], rtol=1e-6)
    np.testing.assert_allclose(c["p_value"], ref["p_value"], rtol=1e-5)
    np.testing.assert_allclose(c["p_adjusted"], ref["p_holm"], rtol=1e-5)
    np.testing.assert_allclose(c["ratio"], np.exp(c["estimate"]))
    bh = stats.compare(saturated, between="source", adjust="bh")
    np.testing.assert_allclose(bh["p_adjusted"], ref["p_bh"], rtol=1e-5)
    assert (bh["adjust"] == "bh").all()


def test_periods_within_a_source(saturated, reference):
    ref = reference["models"]["contrast_year_within_A"]
    c = stats.compare(saturated, between="year", within="source", levels=[2001, 2006])
    row = c[c["source"] == "A"].iloc[0]
    assert (row["group1"], row["group2"]) == (2001, 2006)
    assert row["estimate"] == pytest.approx(ref["estimate"], rel=1e-7)
    assert row["std_error"] == pytest.approx(ref["std_error"], rel=1e-6)
    assert len(c) == 3


def test_additive_contrast_is_the_coefficient_difference(ref_table):
    results = stats.fit(ref_table("glm"), "count ~ C(source) + C(year)")
    c = stats.compare(results, reference="A")
    assert c[["group1", "group2"]].values.tolist() == [["B", "A"], ["C", "A"]]
    np.testing.assert_allclose(c["estimate"], results.params[["C(source)[T.B]",
                                                              "C(source)[T.C]"]], rtol=1e-10)
    np.testing.assert_allclose(c["std_error"], results.bse[["C(source)[T.B]",
                                                            "C(source)[T.C]"]], rtol=1e-8)


def test_numeric_covariate_held_at_mean(ref_table):
    d = ref_table("glm").assign(t=lambda x: x["year"] - 2001)
    results = stats.fit(d, "count ~ C(source) * t")
    at_mean = stats.compare(results)
    at_zero = stats.compare(results, at={"t": 0})
    b = results.params
    assert at_zero["estimate"].iloc[0] == pytest.approx(-b["C(source)[T.B]"])
    assert at_mean["estimate"].iloc[0] == pytest.approx(
        -(b["C(source)[T.B]"] + 2.5 * b["C(source)[T.B]:t"]))


def test_real_data_pairs(ungdc_measures):
    table = stats.aggregate(ungdc_measures, time="year", period=None)
    results = stats.fit(table[table["frame"] == "multilateralism"], "count ~ C(source) + t",
                        family="negbin")
    c = stats.compare(results, adjust="bh")
    assert len(c) == 45 and c.notna().all().all()
    assert (c["p_adjusted"] >= c["p_value"] - 1e-12).all()


def test_bad_groups(saturated):
    with pytest.raises(InputError, match="fewer than two groups"):
        stats.compare(saturated, levels=["A"])
    with pytest.raises(InputError, match="group 'D' has no rows"):
        stats.compare(saturated, levels=["A", "D"])
    with pytest.raises(InputError, match="does not use 'country'"):
        stats.compare(saturated, between="country")
    with pytest.raises(InputError, match="unknown correction"):
        stats.compare(saturated, adjust="sidak2")
