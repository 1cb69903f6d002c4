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


# One vocabulary: every apostrophe is the same character, and a possessive or contraction is one
# token ("president's", as quanteda keeps it), never a stray "s" or "t".
APOSTROPHES = ["'", "\u2019", "\u2018", "\u02bc", "\u2032", "`"]


@pytest.mark.parametrize("mark", APOSTROPHES)
def test_count_terms_reads_every_apostrophe_as_one(mark):
    docs = pd.DataFrame({"source": ["A", "B"],
                         "text": [f"The President{mark}s visit. We don{mark}t agree.", f"The leaders{mark} talks."]})
    counts = stats.count_terms(docs)
    assert counts[counts["group"] == "A"]["term"].tolist() == ["agree", "don't", "president's", "the",
                                                               "visit", "we"]
    assert counts[counts["group"] == "B"]["term"].tolist() == ["leaders", "talks", "the"]


def test_count_terms_abbreviations_and_cut_words_give_no_single_letters():
    text = "The U.S.\u2019s allies and the U.N. [official]\u2019s s- statement at 9 a.m. on \u2018A\u2019 day"
    docs = pd.DataFrame({"source": ["A"], "text": [text]})
    terms = stats.count_terms(docs)["term"].tolist()
    assert {"u.s.'s", "u.n.", "a.m.", "official", "9"} <= set(terms)
    assert not {"s", "t", "u", "n", "m"} & set(terms)


def test_count_terms_stop_words_with_curly_apostrophes():
    docs = pd.DataFrame({"source": ["A", "B"], "text": ["We don\u2019t agree.", "We don't."]})
    counts = stats.count_terms(docs, stop_words=["don\u2019t", "we"])
    assert set(counts["term"]) == {"agree"}


def test_count_terms_ngram_range_and_its_old_name():
    docs = pd.DataFrame({"source": ["A"], "text": ["mutual trust and mutual benefit"]})
    new = stats.count_terms(docs, ngram_range=(2, 2))
    assert new["term"].tolist() == ["and mutual", "mutual benefit", "mutual trust", "trust and"]
    with pytest.warns(DeprecationWarning, match=r"count_terms\(ngram=...\) is deprecated; use ngram_range="):
        old = stats.count_terms(docs, ngram=(2, 2))
    pd.testing.assert_frame_equal(old, new)
    with pytest.raises(InputError, match="both ngram= .* and ngram_range="):
        stats.count_terms(docs, ngram=(1, 1), ngram_range=(2, 2))


@pytest.fixture(scope="module")
def whitehouse_kremlin():
    import discourse as dx
    from tests.conftest import CORPORA

    docs = pd.concat([dx.load(CORPORA / "whitehouse").documents, dx.load(CORPORA / "kremlin").documents],
                     ignore_index=True)
    return docs[["source", "text"]]


def test_whitehouse_kremlin_fightin_words_have_no_stray_letters(whitehouse_kremlin):
    docs = whitehouse_kremlin
    assert docs["text"].str.contains("\u2019s ").any() and docs["text"].str.contains("n\u2019t ").any()
    counts = stats.count_terms(docs, by="source")
    # The only lone "s" left comes from markup the White House loader keeps ("Mr. <s>Jenkins</s>
    # [Hankins]", struck-through text): as many as the tags, 0 once the loader drops them.
    tags = int(docs["text"].str.count(r"</?s>").sum())
    assert counts.loc[counts["term"] == "s", "count"].sum() == tags
    assert not (counts["term"] == "t").any()
    assert {"president's", "don't", "u.s."} <= set(counts["term"])

    clean = docs.assign(text=docs["text"].str.replace(r"</?s>", " ", regex=True))
    fw = stats.fightin_words(stats.count_terms(clean, by="source"))
    assert not fw["term"].isin(["s", "t"]).any()

    # curly and straight apostrophes tokenize identically
    straight = stats.count_terms(clean.assign(text=clean["text"].str.replace("\u2019", "'")), by="source")
    curly = stats.count_terms(clean.assign(text=clean["text"].str.replace("'", "\u2019")), by="source")
    pd.testing.assert_frame_equal(straight, curly)
    pd.testing.assert_frame_equal(straight, stats.count_terms(clean, by="source"))
