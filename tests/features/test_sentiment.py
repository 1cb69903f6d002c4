"""Tests of discourse/features/sentiment.py: VADER, dictionaries and sentiment toward actors."""

from __future__ import annotations

import csv
import datetime as dt
import glob
import hashlib
import json

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse import MEASURE_KEYS, InputError
from discourse.corpus import Corpus
from discourse.corpus._build import build_tables
from discourse.corpus._mentions import mention_finder
from discourse.corpus._records import Record
from discourse._fold import normalize_apostrophes
from discourse.features import sentiment
from discourse.features._actors import MENTION_COLUMNS, WINDOWS
from discourse.features._vader import _round, parse_lexicon, vader_model
from tests.conftest import DATA, ROOT, shared_path

SCORES = ["neg", "neu", "pos", "compound"]
REFERENCE = ROOT / "tests" / "reference" / "vader_reference.jsonl"


def reference_rows() -> list[dict]:
    return [json.loads(line) for line in REFERENCE.read_text("utf-8").splitlines()]


# -- VADER equals the reference ---------------------------------------------------------------


def test_vader_equals_stored_reference_scores():
    rows = reference_rows()
    with open(DATA / "vader" / "groundtruth_sample.tsv", encoding="utf-8", newline="") as fh:
        sample = {f"{r['set']}:{r['id']}": r["text"]
                  for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)}
    assert len(sample) >= 400 and sum(r["key"].startswith("edge") for r in rows) >= 100
    for row in rows:  # the stored text is the sample's own line
        if not row["key"].startswith("edge"):
            assert sample[row["key"]] == row["text"]
    ours = sentiment.vader([r["text"] for r in rows])
    expected = pd.DataFrame([[r[c] for c in SCORES] for r in rows], columns=SCORES)
    diff = (ours[SCORES] - expected).abs().to_numpy()
    assert diff.max() <= 1e-9, [rows[k]["text"] for k in np.flatnonzero(diff.max(axis=1) > 1e-9)]


def test_vader_one_by_one_equals_batch():
    texts = [r["text"] for r in reference_rows()[::7]]
    batch = sentiment.vader(texts)[SCORES].to_numpy()
    single = np.array([vader_model().score(t) for t in texts])
    assert np.array_equal(batch, single)


@pytest.mark.shared
def test_vader_equals_reference_on_all_ground_truth():
    folder = shared_path("vader")
    texts = []
    for path in sorted(glob.glob(str(folder / "*_GroundTruth.txt"))):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            texts += [r[2] for r in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)]
    assert len(texts) == 23_703
    reference = pytest.importorskip("vaderSentiment.vaderSentiment")
    analyzer = reference.SentimentIntensityAnalyzer()
    expected = np.array([[analyzer.polarity_scores(t)[c] for c in SCORES] for t in texts])
    ours = sentiment.vader(texts)[SCORES].to_numpy()
    assert np.abs(ours - expected).max() <= 1e-9


def test_vader_columns_and_types():
    out = sentiment.vader(pd.Series(["Good.", None, float("nan"), "  "]))
    assert out.columns.tolist() == ["text_id", *SCORES]
    assert out.dtypes.astype(str).tolist() == ["int64"] + ["float64"] * 4
    assert out["text_id"].tolist() == [0, 1, 2, 3]
    assert out.loc[1:, SCORES].to_numpy().tolist() == [[0.0] * 4] * 3


def test_vader_accepts_one_string_and_nothing():
    assert len(sentiment.vader("A fine day.")) == 1
    assert sentiment.vader([]).columns.tolist() == ["text_id", *SCORES]


def test_vader_rejects_non_text():
    with pytest.raises(InputError, match=r"item 1, field 'texts': expected a string, got int"):
        sentiment.vader(["fine", 3])


@pytest.mark.parametrize("text, expected", [
    ("", (0.0, 0.0, 0.0, 0.0)),
    ("!!! ??? ...", (0.0, 1.0, 0.0, 0.0)),
    ("这是一个协议", (0.0, 1.0, 0.0, 0.0)),
])
def test_vader_bad_input_is_defined(text, expected):
    assert vader_model().score(text) == expected


def test_vader_one_megabyte_sentence():
    text = ("The partners praised the deal but critics warned of a terrible failure " * 15_000)[:1 << 20]
    neg, _, pos, compound = vader_model().score(text)
    assert 0 <= neg <= 1 and 0 <= pos <= 1 and -1 <= compound <= 1


def test_round_matches_python_round():
    rng = np.random.default_rng(0)
    x = np.concatenate([rng.random(20_000), np.arange(2001) / 2000, -rng.random(1000)])
    for digits in (3, 4):
        assert _round(x, digits).tolist() == [round(v, digits) for v in x.tolist()]


def test_lexicon_error_names_line_and_fix():
    with pytest.raises(InputError, match=r"lex.txt, line 2, field 'mean': no tab-separated mean"):
        parse_lexicon("good\t1.9\nbad\n", "lex.txt")


def test_packaged_files_match_manifest():
    folder = ROOT / "discourse" / "data" / "sentiment"
    with open(folder / "MANIFEST.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["file"] for r in rows} == {"vader-3.3.2/vader_lexicon.txt",
                                         "vader-3.3.2/emoji_utf8_lexicon.txt", "vader-3.3.2/rules.csv"}
    for row in rows:
        assert hashlib.sha256((folder / row["file"]).read_bytes()).hexdigest() == row["sha256"]
    notice = (folder / "vader-3.3.2" / "LICENSE.txt").read_text("utf-8")
    assert "The MIT License (MIT)" in notice and "Copyright (c) 2016 C.J. Hutto" in notice


# -- aggregation ------------------------------------------------------------------------------


def test_aggregate_means_and_shares():
    scores = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "compound": [0.05, -0.05, 0.049, 0.9]})
    out = sentiment.summarize(scores).set_index("doc_id")
    assert out.loc["a"].tolist() == [2, 0.0, 0.5, 0.5]
    assert out.loc["b", "share_positive"] == 0.5 and out.loc["b", "share_negative"] == 0.0


def test_aggregate_names_missing_column():
    with pytest.raises(InputError, match="field 'source': no column 'source'"):
        sentiment.summarize(pd.DataFrame({"compound": [0.1]}), by="source")


def test_sentence_scores_match_vader(seed_corpus):
    scores = sentiment.sentence_scores(seed_corpus)
    assert scores.columns.tolist() == ["doc_id", "sent_id", "start", "end", *SCORES]
    assert len(scores) == len(seed_corpus.sentences) == 13
    direct = sentiment.vader(seed_corpus.sentences["text"].tolist())
    assert scores[SCORES].equals(direct[SCORES])


# -- dictionary method ------------------------------------------------------------------------


def test_dictionary_negation_scope_and_globs():
    out = sentiment.dictionary_scores(
        ["not good", "not very very good", "not very very very good", "good. Not", "abuses, abused",
         "I don't trust them", ""],
        positive=["good", "trust"], negative=["abus*"], negation_window=3)
    assert out["n_positive"].tolist() == [0, 0, 1, 1, 0, 0, 0]
    assert out["n_negative"].tolist() == [1, 1, 0, 0, 2, 1, 0]
    assert out["n_negated"].tolist() == [1, 1, 0, 0, 0, 1, 0]
    assert out["score"].tolist()[-1] == 0.0


def test_dictionary_dataclass_and_conflicts():
    d = sentiment.Dictionary(positive=("support*", "peace"), negative=("sup*", "peace"), name="d1")
    assert d.polarity("supported") == 0  # globs of both sides: neither
    assert d.polarity("peace") == 0  # listed exactly on both sides
    assert d.polarity("superb") == -1
    out = sentiment.dictionary_scores(["peace and support"], d)
    assert out.loc[0, "dictionary"] == "d1" and out.loc[0, "n_tokens"] == 3


@pytest.mark.parametrize("kwargs, match", [
    ({}, "no dictionary given"),
    ({"positive": [""]}, "empty or non-text pattern"),
    ({"positive": ["rule of law"]}, "more than one word"),
    ({"positive": ["good"], "negation_window": -1}, "not a count of words"),
])
def test_dictionary_errors(kwargs, match):
    with pytest.raises(InputError, match=match):
        sentiment.dictionary_scores(["text"], **kwargs)


# -- sentiment toward actors ------------------------------------------------------------------


def make_corpus(*texts: str, source: str = "Outlet", published=dt.date(2024, 5, 17)) -> Corpus:
    records = [Record(text=t, raw_path="test", record=f"line {k}", source=source, published=published)
               for k, t in enumerate(texts)]
    tables, inputs = build_tables(records, finder=mention_finder())
    return Corpus(**tables, inputs=inputs)


def test_seed_golden_china_positive(seed_corpus):
    golden = json.loads((DATA / "golden" / "000_dc699da55f7d4812.expected.json").read_text("utf-8"))
    assert golden["sentiment"]["CHN_sign"] == "positive"
    for window in WINDOWS:
        actors = sentiment.measure(seed_corpus, window).actors.set_index("actor_id")
        assert actors.loc["CHN", "mean_compound"] > 0, window


def test_measure_excludes_places_by_default(seed_corpus):
    default = sentiment.measure(seed_corpus)
    assert "location" not in set(default.mentions["kind"])
    assert default.actors.set_index("actor_id").loc["CHN", "n_mentions"] == 13
    kept = sentiment.measure(seed_corpus, exclude_kinds=())
    assert kept.actors.set_index("actor_id").loc["CHN", "n_mentions"] == 14  # Xinjiang


def test_measure_tables_and_windows():
    corpus = make_corpus("China praised the excellent cooperation with Kazakhstan, but Russia "
                         "condemned the terrible sanctions. Japan was silent.")
    tables = {w: sentiment.measure(corpus, w, size=2) for w in ("sentence", "clause", "window")}
    actors = tables["sentence"].actors
    assert actors.columns.tolist() == ["doc_id", "actor_id", "country", "kind", "n_mentions",
                                       "n_sentences", "n_windows", "mean_compound", "share_positive",
                                       "share_negative", "window", "source", "published", "year", "target",
                                       "target_country"]
    assert set(actors["target"]) == {"China", "Kazakhstan", "Russia", "Japan"}
    by_sentence = actors.set_index("actor_id")["mean_compound"]
    assert by_sentence["CHN"] == by_sentence["RUS"]  # one sentence for both
    clause = tables["clause"].actors.set_index("actor_id")["mean_compound"]
    assert clause["CHN"] > 0 > clause["RUS"]
    mentions = tables["window"].mentions.set_index("surface")
    text = corpus.documents.loc[0, "text"]
    china = mentions.loc["China"]
    assert text[china["window_start"]:china["window_end"]] == "China praised the"
    assert tables["clause"].mentions["window"].eq("clause").all()
    assert tables["sentence"].actors.set_index("actor_id").loc["JPN", "mean_compound"] == 0.0
    clauses = tables["clause"].mentions.set_index("target")
    assert clauses.loc["China", "label"] == "positive" and clauses.loc["Russia", "label"] == "negative"
    assert (clauses["value"] == clauses["compound"]).all() and set(clauses["measure"]) == {"actor_sentiment"}
    keyed = tables["sentence"].sentences
    assert keyed.columns.tolist()[:17] == list(MEASURE_KEYS) and set(keyed["method"]) == {"vader@3.3.2"}


def test_measure_periods():
    corpus = make_corpus("China and Russia agreed on a wonderful plan.", "China failed badly.",
                         published=dt.date(2023, 11, 2))
    periods = sentiment.measure(corpus, period="month").periods
    assert periods.columns.tolist() == ["source", "actor_id", "country", "kind", "period",
                                        "n_documents", "n_mentions", "n_sentences", "n_windows",
                                        "mean_compound", "share_positive", "share_negative", "window"]
    chn = periods.set_index("actor_id").loc["CHN"]
    assert (chn["source"], chn["period"], chn["n_documents"], chn["n_mentions"]) == (
        "Outlet", "2023-11", 2, 2)
    quarter = sentiment.measure(corpus, period="quarter").periods
    assert set(quarter["period"]) == {"2023Q4"}


def test_measure_no_actor_gives_no_rows():
    tables = sentiment.measure(make_corpus("The weather was lovely and nobody was named."))
    for name in ("mentions", "actors", "periods"):
        assert len(tables[name]) == 0
    assert tables["actors"].dtypes["mean_compound"] == "float64"


@pytest.mark.parametrize("kwargs, match", [
    ({"window": "paragraph"}, "unknown window 'paragraph'"),
    ({"size": -2}, "not a count of words"),
    ({"period": "week"}, "unknown period 'week'"),
])
def test_measure_errors(seed_corpus, kwargs, match):
    with pytest.raises(InputError, match=match):
        sentiment.measure(seed_corpus, **kwargs)


def test_write_sentiment(seed_corpus, tmp_path):
    (tmp_path / "stance.parquet").write_bytes(b"kept")
    out = sentiment.write_sentiment(seed_corpus, tmp_path, window="clause")
    assert sorted(p.name for p in out.iterdir()) == [
        "sentiment_actors.parquet", "sentiment_mentions.parquet", "sentiment_sentences.parquet", "stance.parquet"]
    actors = pd.read_parquet(tmp_path / "sentiment_actors.parquet")
    assert actors["window"].eq("clause").all()
    sentences = pd.read_parquet(tmp_path / "sentiment_sentences.parquet")
    scores = sentiment.sentence_scores(seed_corpus)
    assert sentences[scores.columns].equals(scores) and sentences.columns[:17].tolist() == list(MEASURE_KEYS)
    assert pd.read_parquet(tmp_path / "sentiment_mentions.parquet").columns.tolist() == MENTION_COLUMNS
    again = sentiment.write_sentiment(seed_corpus, tmp_path, window="clause")  # replaces
    assert pd.read_parquet(again / "sentiment_actors.parquet").equals(actors)


def test_measure_bad_text_never_crashes():
    corpus = make_corpus("!!! ??? ...", "😀😀 China 😀", "Китай и Россия подписали соглашение.",
                         "China " + "good " * 200_000)
    tables = sentiment.measure(corpus, "window")
    assert tables.mentions["compound"].between(-1, 1).all()


# -- properties -------------------------------------------------------------------------------

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200)
WORDY = st.lists(st.sampled_from(["China", "Russia", "good", "bad", "not", "but", "very", "no",
                                  "kind", "of", "least", "GREAT", "!", "?", ".", ",", "😀", "never",
                                  "so", "without", "doubt", "the", "bomb", "Xi", "Jinping"]),
                 max_size=40).map(" ".join)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(TEXT, WORDY), max_size=6))
def test_vader_property_matches_reference(texts):
    out = sentiment.vader(texts)
    assert len(out) == len(texts) and out[SCORES].notna().all().all()
    assert out["compound"].between(-1, 1).all()
    reference = pytest.importorskip("vaderSentiment.vaderSentiment").SentimentIntensityAnalyzer()
    for text, row in zip(texts, out[SCORES].to_numpy()):
        expected = reference.polarity_scores(normalize_apostrophes(text))  # we read ’ as ', as ours does
        assert row.tolist() == [expected[c] for c in SCORES], text


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(TEXT, WORDY).filter(str.strip), min_size=1, max_size=3))
def test_measure_property(texts):
    corpus = make_corpus(*texts)
    tables = sentiment.measure(corpus, "clause")
    assert tables.actors["n_mentions"].sum() == len(tables.mentions)
    assert tables.actors["mean_compound"].between(-1, 1).all()
    assert (tables.actors["n_windows"] >= tables.actors["n_sentences"]).all()


def test_vader_beyond_the_token_memo(monkeypatch):
    rows = reference_rows()[::5]
    model = vader_model()
    monkeypatch.setattr("discourse.features._vader._CACHE_LIMIT", 10)
    model.clear_memo()
    try:
        ours = sentiment.vader([r["text"] for r in rows])[SCORES].to_numpy()
        assert len(model._memo) <= 10
    finally:
        model.clear_memo()
    assert ours.tolist() == [[r[c] for c in SCORES] for r in rows]


def test_vader_first_pass_equals_warm_memo_and_partly_warm_memo():
    rows = reference_rows()
    texts = [r["text"] for r in rows]
    expected = [[r[c] for c in SCORES] for r in rows]
    model = vader_model()
    model.clear_memo()
    assert sentiment.vader(texts)[SCORES].to_numpy().tolist() == expected  # every token new
    assert sentiment.vader(texts)[SCORES].to_numpy().tolist() == expected  # every token known
    model.clear_memo()
    sentiment.vader(texts[::3])  # then some tokens are known, others new
    assert sentiment.vader(texts)[SCORES].to_numpy().tolist() == expected


def test_vader_texts_holding_the_separator_character():
    texts = ["Good \x00 news!", "\x00", "", "Not bad\x00 at all, but TERRIBLE food.", "Kind of great."]
    reference = pytest.importorskip("vaderSentiment.vaderSentiment").SentimentIntensityAnalyzer()
    expected = [[reference.polarity_scores(t)[c] for c in SCORES] for t in texts]
    assert sentiment.vader(texts)[SCORES].to_numpy().tolist() == expected
    assert sentiment.vader(texts[3:])[SCORES].to_numpy().tolist() == expected[3:]


# -- the Arrow split of large batches ---------------------------------------------------------

SPACED = ["  Good  news ", "", "   ", "\t\n", " \x00 ", "\x00", "Good \x00 news!", "Not bad\x00 at all, but TERRIBLE food.",
          "great\u3000day", "awful\xa0times", "nice\u2028work", "no\u2029good", "\u3000\xa0\u2028", "\x1cgood\x1fBAD",
          "\x85ok\x85", "VERY\u202fGOOD\u205f!!", "kind  of   great", "happy 😀 day", "😀😀", "I ❤️  it 😠 ",
          "The  failure\v was\f terrible,\r\nbut  the  outcome was wonderful."]


def split_both_ways(texts):
    model = vader_model()
    return model._arrow_token_ids(pa.array(texts, pa.large_string())), model._joined_token_ids(texts)


@pytest.mark.parametrize("texts", [SPACED, SPACED[::-1], ["", ""], ["  ", "Good", " "], ["\x00", "\x00 \x00"],
                                   ["😀"], [r["text"] for r in reference_rows()]])
def test_vader_arrow_split_gives_python_split_ids(texts):
    texts = [vader_model().replace_emoji(t) for t in texts]  # as score_many hands them over
    arrow, python = split_both_ways(texts)
    assert arrow.dtype == python.dtype and arrow.tolist() == python.tolist()


def test_vader_arrow_split_of_whitespace_only_texts_is_separators_only():
    arrow, python = split_both_ways(["", " \u3000 ", "\n"])
    assert arrow.tolist() == python.tolist() == [2, 2]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(TEXT, WORDY, st.sampled_from(SPACED)), min_size=1, max_size=8))
def test_vader_arrow_split_property(texts):
    arrow, python = split_both_ways([vader_model().replace_emoji(t) for t in texts])
    assert arrow.tolist() == python.tolist()


@pytest.fixture
def arrow_always(monkeypatch):
    """Split every batch with Arrow, from a fresh memo (and leave a fresh memo behind)."""
    monkeypatch.setattr("discourse.features._vader._ARROW_CHARS", 0)
    vader_model().clear_memo()
    yield vader_model()
    vader_model().clear_memo()


def test_vader_arrow_batches_equal_the_reference(arrow_always):
    reference = pytest.importorskip("vaderSentiment.vaderSentiment").SentimentIntensityAnalyzer()
    expected = [[reference.polarity_scores(t)[c] for c in SCORES] for t in SPACED]
    batch = np.column_stack(arrow_always.score_many(SPACED)).tolist()
    assert batch == expected  # every token new
    assert np.column_stack(arrow_always.score_many(SPACED)).tolist() == expected  # every token known
    assert [list(arrow_always.score(t)) for t in SPACED] == expected  # one text a batch
    rows = reference_rows()
    ours = sentiment.vader([r["text"] for r in rows])[SCORES].to_numpy().tolist()
    assert ours == [[r[c] for c in SCORES] for r in rows]


def test_vader_arrow_beyond_the_token_memo(arrow_always, monkeypatch):
    monkeypatch.setattr("discourse.features._vader._CACHE_LIMIT", 10)
    rows = reference_rows()[::5]
    texts = [r["text"] for r in rows] + SPACED
    expected = sentiment.vader(texts)[SCORES].to_numpy().tolist()
    assert len(arrow_always._memo) <= 10
    assert expected[:len(rows)] == [[r[c] for c in SCORES] for r in rows]
    for k in (1, 7, 40):  # memo filled and emptied again and again
        ours = [sentiment.vader(texts[a:a + k])[SCORES].to_numpy().tolist() for a in range(0, len(texts), k)]
        assert sum(ours, []) == expected and len(arrow_always._memo) <= 10


def test_vader_large_batch_takes_arrow_unless_a_text_has_no_utf8(monkeypatch):
    model = vader_model()
    calls = []
    monkeypatch.setattr(model, "_arrow_token_ids", lambda array: calls.append(len(array)) or model._joined_token_ids(
        array.to_pylist()))
    monkeypatch.setattr("discourse.features._vader._ARROW_CHARS", 10)
    model.score_many(["short", "text"])
    model.score_many(["a longer text", "and another"])
    assert calls == [2]
    reference = pytest.importorskip("vaderSentiment.vaderSentiment").SentimentIntensityAnalyzer()
    texts = ["a good day \ud800 indeed", "a bad one"]  # a lone surrogate: Python splits the batch
    assert np.column_stack(model.score_many(texts)).tolist() == [
        [reference.polarity_scores(t)[c] for c in SCORES] for t in texts]
    assert calls == [2]


def test_measure_unknown_source_and_date_form_their_own_group():
    corpus = make_corpus("China and Russia agreed on a wonderful plan.", "China failed badly.",
                         source=None, published=None)
    periods = sentiment.measure(corpus).periods.set_index("actor_id")
    assert periods["source"].isna().all() and periods["period"].isna().all()
    assert periods.loc["CHN", "n_documents"] == 2 and periods.loc["RUS", "n_documents"] == 1
