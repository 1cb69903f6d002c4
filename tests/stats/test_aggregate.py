"""Aggregation, prevalence and rates: discourse/stats/_aggregate.py."""

import numpy as np
import pandas as pd
import pytest

import discourse as dx
from discourse._fold import count_tokens  # the one tokenizer of every exposure
from discourse import InputError, stats


def _measures():
    return pd.DataFrame({
        "doc_id": ["a", "a", "b", "b", "c", "c", "d"],
        "source": ["X", "X", "X", "X", "Y", "Y", "Y"],
        "published": pd.to_datetime(["2020-01-03"] * 2 + ["2020-02-10"] * 2 + ["2020-01-31"] * 2
                                    + ["2020-03-01"]),
        "frame": ["f", "g", "f", "g", "f", "g", "f"],
        "count": [2, 0, 1, 3, 0, 0, 4],
        "tokens": [100, 100, 50, 50, 80, 80, 40],
        "sentences": [5, 5, 2, 2, 4, 4, 2]})


def test_month_cells_sum_counts_and_exposure():
    out = stats.aggregate(_measures(), period="month")
    assert list(out.columns) == ["source", "period", "t", "frame", "documents",
                                 "documents_present", "count", "tokens", "sentences"]
    f = out[out["frame"] == "f"].set_index(["source", "period"])
    assert f.loc[("X", pd.Timestamp("2020-01-01")), "count"] == 2
    assert f.loc[("Y", pd.Timestamp("2020-03-01")), "tokens"] == 40
    # document d has no row for frame g: it counts zero for it, with its exposure
    g = out[(out["frame"] == "g") & (out["source"] == "Y")]
    assert g["documents"].tolist() == [1, 1] and g["count"].tolist() == [0, 0]
    assert g["tokens"].tolist() == [80, 40]


@pytest.mark.parametrize("period, start", [("day", "2020-02-10"), ("week", "2020-02-10"),
                                           ("month", "2020-02-01"), ("quarter", "2020-01-01"),
                                           ("year", "2020-01-01")])
def test_period_floors(period, start):
    out = stats.aggregate(_measures(), period=period, by=None)
    m = _measures()
    row = stats.aggregate(m[m.doc_id == "b"], period=period)
    assert row["period"].iloc[0] == pd.Timestamp(start)
    assert out["count"].sum() == m["count"].sum()


def test_week_starts_on_monday():
    m = _measures().assign(published=pd.Timestamp("2020-02-16"))  # a Sunday
    assert stats.aggregate(m, period="week")["period"].iloc[0] == pd.Timestamp("2020-02-10")


def test_year_column_as_time(ungdc_measures):
    out = stats.aggregate(ungdc_measures, time="year", period=None)
    assert len(out) == ungdc_measures[["source", "year", "frame"]].drop_duplicates().shape[0]
    assert out["documents"].sum() == 3 * 321
    assert out["t"].min() == 0 and out["t"].max() == 2024 - 1992


def test_missing_dates_warn_and_all_missing_raise(ungdc_measures):
    with pytest.raises(InputError, match="use another time column"):
        stats.aggregate(ungdc_measures, time="published")
    m = _measures()
    m.loc[m.doc_id == "d", "published"] = pd.NaT
    with pytest.warns(UserWarning, match="1 documents without a value"):
        out = stats.aggregate(m)
    assert out["documents"].max() == 2


def test_bad_input_names_the_fix():
    with pytest.raises(InputError, match="no column 'country'"):
        stats.aggregate(_measures(), by="country")
    with pytest.raises(InputError, match="unknown period"):
        stats.aggregate(_measures(), period="decade")
    m = pd.concat([_measures(), _measures().iloc[:1]])
    with pytest.raises(InputError, match="more than one row"):
        stats.aggregate(m)


def test_prevalence_wilson_matches_statsmodels(reference):
    ref = reference["intervals"]["wilson"]
    low, high = stats.wilson(ref["k"], ref["n"])
    np.testing.assert_allclose(low, ref["low"], atol=1e-12)
    np.testing.assert_allclose(high, ref["high"], atol=1e-12)


def test_prevalence_table(ungdc_measures):
    p = stats.prevalence(ungdc_measures, time="year", period=None, per=100)
    assert (p["measure"] == "prevalence").all() and (p["per"] == 100).all()
    assert ((p["conf_low"] <= p["estimate"]) & (p["estimate"] <= p["conf_high"])).all()
    assert p[["estimate", "conf_low", "conf_high"]].notna().all().all()
    assert p["conf_high"].max() <= 100


def test_rate_exact_poisson_matches_statsmodels(reference):
    ref = reference["intervals"]["poisson"]
    m = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["X", "Y", "Z"], "year": 2000,
                      "count": ref["count"], "tokens": ref["exposure"]})
    r = stats.rate(m, time="year", period=None, label=None)
    np.testing.assert_allclose(r["conf_low"], ref["low"], rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(r["conf_high"], ref["high"], rtol=1e-9)


def test_rate_refuses_zero_exposure():
    m = _measures()
    m.loc[m.doc_id == "d", "tokens"] = 0
    with pytest.raises(InputError, match="zero tokens"):
        stats.rate(m, period="month")


def test_frame_counts_feed_aggregation(ungdc_corpus, ungdc_documents):
    import discourse as dx

    counts = dx.frames.counts(dx.frames.measure(ungdc_corpus, "china_diplomatic"), ungdc_corpus,
                              "china_diplomatic")
    country = ungdc_documents.set_index("doc_id")["country"]
    counts = counts.assign(country=counts["doc_id"].map(country))
    p = stats.prevalence(counts, by="country", time="year", period=None)
    assert p["documents"].sum() == 321 * counts["frame"].nunique()
    win = p[(p["frame"] == "win_win") & (p["country"] == "CHN")]
    assert win["count"].sum() > 0 and (win["conf_high"] <= 1).all()


# ---------------------------------------------------------------- measure tables with their corpus



@pytest.fixture(scope="module")
def seed_hits(seed_corpus):
    return dx.frames.measure(seed_corpus, "china_diplomatic")


def test_rate_of_a_measure_table_recomputed_by_hand(seed_corpus, seed_hits):
    text = seed_corpus.documents.loc[0, "text"]
    r = stats.rate(seed_hits, corpus=seed_corpus, by="source", label=None, time="year", period=None)
    hits = len(seed_hits.drop_duplicates(["doc_id", "start", "end"]))
    assert r[["source", "documents", "count", "words"]].values.tolist() == [["TDI", 1, hits, count_tokens(text)]]
    assert r.loc[0, "estimate"] == pytest.approx(1000 * hits / count_tokens(text))


def test_rates_by_target_count_a_hit_once_per_target(seed_corpus, seed_hits):
    r = stats.rate(seed_hits, corpus=seed_corpus, by="target", label=None, time=None)
    counts = dict(zip(r["target"].fillna("(none)"), r["count"]))
    assert counts == {"China": 3, "Central Asia": 3, "Foreign Ministry": 1, "Lin Jian": 1, "(none)": 2}
    assert r["words"].nunique() == 1  # targets do not split the exposure


def test_rates_by_speaker_use_each_speakers_words(seed_corpus, seed_hits):
    r = stats.rate(seed_hits, corpus=seed_corpus, by=["voice", "speaker"], label=None, time=None).set_index("speaker")
    quotes = seed_corpus.quotes
    text = seed_corpus.documents.loc[0, "text"]
    quoted = " ".join(text[a:b] for a, b in zip(quotes["start"], quotes["end"]))  # Lin Jian's quotes do not overlap
    assert r.loc["Lin Jian", "words"] == count_tokens(quoted)
    assert r["words"].sum() == count_tokens(text)
    assert (r.loc["Lin Jian", "count"], r.loc["TDI", "count"]) == (3, 2)


def test_prevalence_by_document_metadata_joined_from_the_corpus(ungdc_corpus):
    hits = dx.frames.measure(ungdc_corpus, "china_diplomatic")
    assert "country_code" not in hits.columns
    p = stats.prevalence(hits[hits["frame"] == "sovereignty"], corpus=ungdc_corpus, by="country_code", label=None,
                         time="year", period=None)
    docs = dx.stats.exposure(ungdc_corpus)
    assert p["documents"].sum() == len(docs) and set(p["country_code"]) == set(docs["country_code"])
    chn = p[p["country_code"] == "CHN"]
    with_frame = set(hits.loc[hits["frame"] == "sovereignty", "doc_id"])
    assert chn["documents_present"].sum() == len(set(docs.loc[docs["country_code"] == "CHN", "doc_id"]) & with_frame)


@pytest.mark.parametrize("by, match", [("no_such_column", "no column 'no_such_column'"),
                                       (["source", "nope"], "no column 'nope'")])
def test_grouping_by_a_missing_column_names_it(seed_corpus, seed_hits, by, match):
    with pytest.raises(InputError, match=match):
        stats.rate(seed_hits, corpus=seed_corpus, by=by, time=None)


def test_a_speaker_with_no_words_gets_an_empty_rate_not_an_error(seed_corpus, seed_hits):
    units = dx.stats.exposure(seed_corpus, by="speaker")
    units.loc[units["speaker"] == "Lin Jian", "words"] = 0
    with pytest.raises(InputError, match="zero words"):  # hits but no words: refused
        stats.rate(seed_hits, units=units, by="speaker", time=None, label=None)
    quiet = stats.rate(seed_hits[seed_hits["speaker"] != "Lin Jian"], units=units, by="speaker", time=None, label=None)
    assert quiet.set_index("speaker").loc["Lin Jian", ["count", "words"]].tolist() == [0, 0]
    assert np.isnan(quiet.set_index("speaker").loc["Lin Jian", "estimate"])


def test_per_document_labels_pooled_with_exposure_once():
    m = pd.DataFrame({"doc_id": ["a", "a", "b"], "source": "X", "year": 2001, "frame": ["f", "g", "f"],
                      "count": [2, 3, 1], "tokens": [100, 100, 50]})
    r = stats.rate(m, time="year", period=None, label=None)
    assert r[["count", "tokens", "documents"]].values.tolist() == [[6, 150, 2]]


def test_press_conference_rates_divide_by_the_spokespersons_own_words(tmp_path):
    """Questions and answers apart: a spokesperson's rate uses only the words of the answers."""
    paras = ["Q: Will China and Kazakhstan pursue win-win cooperation under the Belt and Road Initiative?",
             "A: China and Kazakhstan are good neighbours. Our win-win cooperation benefits both peoples.",
             "Q: And with the United States?", "A: We hope the US will meet China halfway."]
    title = "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 5, 2019"
    (tmp_path / "p.html").write_text(f"<html><head><title>{title}</title></head><body><h2>{title}</h2>"
                                     + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>", "utf-8")
    corpus = dx.load(tmp_path / "p.html")
    hits = dx.frames.measure(corpus, "china_diplomatic")
    r = stats.rate(hits[hits["frame"] == "win_win"], corpus=corpus, by="speaker_role", label=None,
                   time=None).set_index("speaker_role")
    turns = corpus.quotes.groupby("speaker_role")["text"].agg(" ".join)
    assert r.loc["spokesperson", "words"] == count_tokens(turns["spokesperson"])
    assert r.loc["journalist", "words"] == count_tokens(turns["journalist"])
    assert r.loc["spokesperson", "count"] == 1 and r.loc["journalist", "count"] == 1
