"""Reliability: discourse/stats/_reliability.py against krippendorff, sklearn, statsmodels."""

import numpy as np
import pandas as pd
import pytest

from discourse import InputError, stats
from tests.reference.stats.make_reference import KRIPPENDORFF_2011

LEVELS = ["nominal", "ordinal", "interval", "ratio"]


def _paper():
    long = pd.DataFrame(KRIPPENDORFF_2011, index=list("ABCD")).stack()
    return long.rename_axis(["coder", "unit"]).rename("value").reset_index().dropna()


@pytest.mark.parametrize("level", LEVELS)
def test_krippendorff_worked_example(reference, level):
    a = stats.krippendorff_alpha(_paper(), level=level, n_boot=0)
    rel = reference["reliability"]
    assert a.loc[0, "estimate"] == pytest.approx(rel["krippendorff_2011_package"][level], abs=1e-12)
    assert round(a.loc[0, "estimate"], 3) == rel["krippendorff_2011_paper"][level]
    assert a.loc[0, "units"] == 11  # unit 12 has one value: not pairable


@pytest.mark.parametrize("level", LEVELS)
def test_krippendorff_matches_package(reference, ref_table, level):
    a = stats.krippendorff_alpha(ref_table("ratings_multi"), level=level, n_boot=0)
    want = reference["reliability"]["krippendorff_random"][level]
    assert a.loc[0, "estimate"] == pytest.approx(want, abs=1e-12)


def test_bootstrap_is_seeded_and_covers(ref_table):
    r = ref_table("ratings_multi")
    a = stats.krippendorff_alpha(r, level="interval", n_boot=300, seed=1)
    b = stats.krippendorff_alpha(r, level="interval", n_boot=300, seed=1)
    c = stats.krippendorff_alpha(r, level="interval", n_boot=300, seed=2)
    assert a.equals(b) and not a.equals(c)
    row = a.iloc[0]
    assert row["conf_low"] < row["estimate"] < row["conf_high"]
    assert list(a.columns) == ["measure", "level", "estimate", "conf_low", "conf_high", "units",
                               "coders", "n_boot", "seed"]


@pytest.mark.parametrize("weights", [None, "linear", "quadratic"])
def test_cohen_matches_sklearn(reference, ref_table, weights):
    k = stats.cohen_kappa(ref_table("ratings_pairs"), weights=weights, n_boot=200)
    want = reference["reliability"]["cohen"][weights or "unweighted"]
    assert k.loc[0, "estimate"] == pytest.approx(want, abs=1e-12)
    assert k.loc[0, "conf_low"] < want < k.loc[0, "conf_high"]


def test_fleiss_matches_statsmodels(reference, ref_table):
    k = stats.fleiss_kappa(ref_table("ratings_full"), n_boot=200)
    assert k.loc[0, "estimate"] == pytest.approx(reference["reliability"]["fleiss"], abs=1e-12)
    assert k.loc[0, "coders"] == 4 and k.loc[0, "units"] == 30


def test_bad_reliability_input(ref_table):
    multi = ref_table("ratings_multi")
    with pytest.raises(InputError, match="two coders, not 5"):
        stats.cohen_kappa(multi)
    with pytest.raises(InputError, match="same number"):
        stats.fleiss_kappa(multi)
    with pytest.raises(InputError, match="fewer than two coders"):
        stats.krippendorff_alpha(multi[multi["coder"] == "c0"])
    same = pd.DataFrame({"unit": [1, 1, 2, 2], "coder": list("ABAB"), "value": 3})
    with pytest.raises(InputError, match="alpha is undefined"):
        stats.krippendorff_alpha(same)
    with pytest.raises(InputError, match="rated the unit twice"):
        stats.krippendorff_alpha(pd.concat([same, same]))
    with pytest.raises(InputError, match="needs numeric values"):
        stats.krippendorff_alpha(same.assign(value=["a", "b", "a", "b"]), level="interval")
    assert np.isnan(stats.krippendorff_alpha(_paper(), n_boot=0).loc[0, "conf_low"])
