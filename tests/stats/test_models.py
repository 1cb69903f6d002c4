"""Count and presence models: discourse/stats/_models.py, against hand-fitted references."""

import numpy as np
import pandas as pd
import pytest
import statsmodels.genmod.generalized_linear_model as glm_module

from discourse import InputError, stats

ADDITIVE = "count ~ C(source) + C(year)"


def test_poisson_offset_matches_hand_fit(reference, ref_table):
    ref = reference["models"]["poisson"]
    results = stats.fit(ref_table("glm"), ADDITIVE, family="poisson", exposure="tokens")
    assert isinstance(results, glm_module.GLMResultsWrapper)
    assert list(results.params.index) == ref["terms"]
    np.testing.assert_allclose(results.params, ref["params"], rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose(results.bse, ref["bse"], rtol=1e-6)


def test_cluster_robust_matches_hand_sandwich(reference, ref_table):
    results = stats.fit(ref_table("glm"), ADDITIVE, exposure="tokens", cluster="year")
    assert results.cov_type == "cluster"
    np.testing.assert_allclose(results.bse, reference["models"]["poisson_cluster_bse"],
                               rtol=1e-6)


def test_negbin_alpha_is_the_maximum_likelihood(reference, ref_table):
    ref = reference["models"]["negbin"]
    results = stats.fit(ref_table("glm"), ADDITIVE, family="negbin")
    assert results.model.family.alpha == pytest.approx(ref["alpha"], rel=1e-3)
    np.testing.assert_allclose(results.params, ref["params"], rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(results.bse, ref["bse"], rtol=1e-3)


def test_logistic_presence(reference, ref_table):
    ref = reference["models"]["logit"]
    docs = ref_table("docs").assign(present=lambda d: d["present"].astype(bool))
    results = stats.fit(docs, "present ~ C(source)", family="logit")
    np.testing.assert_allclose(results.params, ref["params"], rtol=1e-8)
    np.testing.assert_allclose(results.bse, ref["bse"], rtol=1e-6)
    pred = stats.predict(results)
    np.testing.assert_allclose(pred["estimate"], list(reference["models"]["logit_probability"]
                                                      .values()), rtol=1e-8)
    assert (pred["per"] == 1).all()


def test_predicted_rates_on_response_scale(reference, ref_table):
    ref = reference["models"]["predict"]
    results = stats.fit(ref_table("glm"), ADDITIVE)
    pred = stats.predict(results)
    want = pd.DataFrame(ref).sort_values(["source", "year"]).reset_index(drop=True)
    assert pred[["source", "year"]].equals(want[["source", "year"]])
    for col in ("estimate", "conf_low", "conf_high"):
        np.testing.assert_allclose(pred[col], want[col], rtol=1e-6)
    assert (pred["per"] == 1000).all()


def test_tidy_columns_and_exponentiate(ref_table):
    results = stats.fit(ref_table("glm"), ADDITIVE)
    t = stats.tidy(results)
    assert list(t.columns) == ["term", "estimate", "std_error", "statistic", "p_value",
                               "conf_low", "conf_high", "label"]
    np.testing.assert_allclose(t["conf_low"], results.conf_int()[0])
    e = stats.tidy(results, exponentiate=True)
    np.testing.assert_allclose(e["estimate"], np.exp(results.params))
    np.testing.assert_allclose(e["std_error"], results.bse)


def test_real_counts_negbin_by_country(ungdc_measures):
    table = stats.aggregate(ungdc_measures, time="year", period=None)
    sov = table[table["frame"] == "sovereignty"]
    results = stats.fit(sov, "count ~ C(source) + t", family="negbin")
    assert results.converged and results.model.family.alpha > 0
    assert stats.tidy(results)[["estimate", "std_error", "p_value"]].notna().all().all()


def test_frame_that_never_occurs():
    d = pd.DataFrame({"source": list("XXYY"), "count": 0, "tokens": 100})
    with pytest.raises(InputError, match="never occurs"):
        stats.fit(d, "count ~ C(source)")


def test_group_with_no_documents_in_a_period():
    d = pd.DataFrame({"source": list("XXXYY"), "year": [1, 2, 3, 1, 2], "count": [1, 2, 3, 4, 5],
                      "tokens": 100})
    with pytest.raises(InputError, match="no rows for the term"):
        stats.fit(d, "count ~ C(source) * C(year)")


def test_zero_exposure():
    d = pd.DataFrame({"source": list("XY"), "count": [1, 2], "tokens": [100, 0]})
    with pytest.raises(InputError, match="log\\(0\\)"):
        stats.fit(d, "count ~ C(source)")


@pytest.mark.parametrize("family, outcome", [("poisson", [0, 0, 3, 4]),
                                             ("binomial", [1, 1, 0, 1])])
def test_perfect_separation(family, outcome):
    d = pd.DataFrame({"source": list("XXYY"), "y": outcome, "tokens": 100})
    with pytest.raises(InputError, match="perfect separation"):
        stats.fit(d, "y ~ C(source)", family=family, exposure=None)


def test_reference_level_separation_is_caught():
    d = pd.DataFrame({"source": list("AABBCC"), "count": [0, 0, 2, 3, 4, 1], "tokens": 100})
    with pytest.raises(InputError, match="source is 'A'"):
        stats.fit(d, "count ~ C(source)")


def test_missing_rows_warn():
    d = pd.DataFrame({"source": ["X", "X", None, "Y", "Y"], "count": [1, 2, 3, 4, 5],
                      "tokens": 100})
    with pytest.warns(UserWarning, match="1 rows with missing values"):
        stats.fit(d, "count ~ C(source)")


def test_unknown_family_and_column():
    d = pd.DataFrame({"source": list("XY"), "count": [1, 2], "tokens": 100})
    with pytest.raises(InputError, match="unknown family"):
        stats.fit(d, "count ~ C(source)", family="gamma")
    with pytest.raises(InputError, match="no column 'words'"):
        stats.fit(d, "count ~ C(source)", exposure="words")


def test_formulas_take_the_libraries_own_nullable_dtypes(ungdc_corpus):
    """`C(year)` on the Int16 year and a string-dtype country, as dx.frames.counts gives them."""
    import discourse as dx

    hits = dx.frames.measure(ungdc_corpus, "china_diplomatic", about=None)
    counts = dx.frames.counts(hits, ungdc_corpus, "china_diplomatic")
    country = dx.stats.exposure(ungdc_corpus).set_index("doc_id")["country_code"]
    data = counts[counts["frame"] == "multilateralism"].assign(country=lambda d: d["doc_id"].map(country))
    data = data[data["year"] >= 2015].reset_index(drop=True)
    assert str(data["year"].dtype) == "Int16" and str(data["country"].dtype) == "string"
    results = stats.fit(data, "count ~ C(year) + C(country)", family="poisson", exposure="tokens")
    assert any(name.startswith("C(year)[T.") for name in results.params.index)
    contrasts = stats.compare(results, between="country")
    assert len(contrasts) == data["country"].nunique() * (data["country"].nunique() - 1) // 2
    assert stats.predict(results)["estimate"].gt(0).all()
