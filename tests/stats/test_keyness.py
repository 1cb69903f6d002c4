"""Term counts, keyness and Fightin' Words: discourse/stats/_keyness.py."""

import numpy as np
import pandas as pd
import pytest

from discourse import InputError, stats
from tests.reference.stats.make_reference import TERMS


@pytest.fixture(scope="module")
def counts():
    return pd.DataFrame([{"group": g, "term": w, "count": n} for g, terms in TERMS.items()
                         for w, n in terms.items() if n])


def _by_key(table, cols):
    return table.set_index(["group", "term"])[cols]


def test_fightin_words_many_groups_each_against_the_rest(counts, reference):
    ref = pd.DataFrame(reference["vocabulary"]["fightin_words"]).set_index(["group", "term"])
    fw = stats.fightin_words(counts, prior=reference["vocabulary"]["prior"])
    got = _by_key(fw, ["estimate", "std_error", "statistic"]).loc[ref.index]
    np.testing.assert_allclose(got.to_numpy(), ref.to_numpy(), rtol=1e-10)
    assert list(fw.columns) == ["group", "term", "count", "count_other", "tokens", "tokens_other",
                                "prior", "estimate", "std_error", "statistic", "p_value",
                                "measure"]
    # C never says win-win: a finite, negative z, not a NaN
    assert fw.set_index(["group", "term"]).loc[("C", "win-win"), "statistic"] < 0


def test_fightin_words_two_groups_head_to_head(counts, reference):
    ref = pd.DataFrame(reference["vocabulary"]["fightin_words_A_vs_B"]).set_index("term")
    fw = stats.fightin_words(counts, groups=["A", "B"], prior=reference["vocabulary"]["prior"])
    got = fw[fw["group"] == "A"].set_index("term")["statistic"].loc[ref.index]
    np.testing.assert_allclose(got, ref["statistic"], rtol=1e-10)
    b = fw[fw["group"] == "B"].set_index("term")["statistic"].loc[ref.index]
    np.testing.assert_allclose(b, -got)


@pytest.mark.parametrize("measure", ["chi2", "g2", "pmi"])
def test_keyness_matches_scipy(counts, reference, measure):
    ref = pd.DataFrame(reference["vocabulary"]["keyness"]).set_index(["group", "term"])
    k = stats.keyness(counts, measure=measure)
    got = k.set_index(["group", "term"]).loc[ref.index]
    if measure == "pmi":
        np.testing.assert_allclose(got["statistic"], ref["pmi"], rtol=1e-10)
        np.testing.assert_allclose(got["p_value"], ref["p_g2"], rtol=1e-8)
    else:
        np.testing.assert_allclose(got["statistic"].abs(), ref[measure], rtol=1e-9)
        np.testing.assert_allclose(got["p_value"], ref[f"p_{measure}"], rtol=1e-8)
        assert (np.sign(got["statistic"]) == np.sign(got["count"] - got["expected"])).all()
    assert list(k.columns) == ["group", "term", "count", "count_other", "tokens", "tokens_other",
                               "expected", "statistic", "p_value", "measure"]


def test_count_terms_on_real_speeches(ungdc_documents):
    two = ungdc_documents[ungdc_documents["country"].isin(["CHN", "USA"])]
    counts = stats.count_terms(two, by="country", min_count=5)
    assert set(counts["group"]) == {"CHN", "USA"}
    assert counts.groupby("term")["count"].sum().min() >= 5
    fw = stats.fightin_words(counts)
    top_chn = fw[fw["group"] == "CHN"].head(40)["term"].tolist()
    top_usa = fw[fw["group"] == "USA"].head(40)["term"].tolist()
    assert "developing" in top_chn and "china" in top_chn
    assert "freedom" in top_usa or "democracy" in top_usa


def test_fewer_than_two_groups_and_unknown_group(counts):
    with pytest.raises(InputError, match="fewer than two groups"):
        stats.fightin_words(counts[counts["group"] == "A"])
    with pytest.raises(InputError, match="group 'D' has no terms"):
        stats.keyness(counts, groups=["A", "D"])
    with pytest.raises(InputError, match="unknown measure"):
        stats.keyness(counts, measure="dice")
