"""Frames: the golden seed, matching rules, voice, counts, kwic, the vectorizer and the CLI."""

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline

import discourse as dx
from discourse.cli import main
from discourse.features._lexicon import Entry, Lexicon
from discourse.features._matcher import Matcher
from discourse.features.frames import COUNT_COLUMNS, HIT_COLUMNS, FrameVectorizer
from tests.conftest import CORPORA, DATA

GOLDEN = json.loads((DATA / "golden" / "000_dc699da55f7d4812.expected.json").read_text("utf-8"))["frames"]


@pytest.fixture(scope="module")
def hits(seed_corpus):
    return dx.frames.measure(seed_corpus, "china_diplomatic")


def test_golden_frames_by_voice(hits):
    for want in GOLDEN["hits"]:
        rows = hits[hits["matched_text"].str.lower() == want["phrase"].lower()]
        assert len(rows.drop_duplicates(["doc_id", "start", "end"])) == want["count"], want["phrase"]
        assert set(rows["voice"]) == {want["voice"]}
        if "speaker" in want:
            assert set(rows["speaker"]) == {want["speaker"]} and set(rows["speaker_country"]) == {"CHN"}


def test_hits_are_tied_to_the_actors_of_their_sentence_or_voice(hits, seed_corpus):
    """"China’s relations with Central Asian countries have entered a new era," Foreign Ministry
    spokesman Lin Jian said: read from the whole sentence (the default, chosen by leave-one-source-
    out F1), the actors it names; in his own voice only, China and Central Asia."""
    new_era = hits[hits["frame"] == "new_era"]
    assert set(new_era["target"]) == {"China", "Central Asia", "Foreign Ministry", "Lin Jian"}
    assert set(new_era["target_country"].dropna()) == {"CHN"}
    for about in ("voice", "clause"):
        own = dx.frames.measure(seed_corpus, "china_diplomatic", about=about)
        assert set(own.loc[own["frame"] == "new_era", "target"]) == {"China", "Central Asia"}
    plain = dx.frames.measure(seed_corpus, "china_diplomatic", about=None)
    assert len(plain) == len(hits.drop_duplicates(["doc_id", "start", "end"])) and plain["target"].isna().all()
    with pytest.raises(dx.InputError, match="about"):
        dx.frames.measure(seed_corpus, "china_diplomatic", about="paragraph")
    assert set(new_era["speaker"]) == {"Lin Jian"} and set(new_era["speaker_role"]) == {"Foreign Ministry spokesman"}
    assert hits.loc[hits["frame"] == "mutual_trust", "target"].isna().all()  # "deepen mutual trust": nobody named
    authorial = hits[hits["voice"] == "authorial"]
    assert set(authorial["speaker"]) == {"TDI"} and authorial["speaker_role"].isna().all()


def test_a_hit_about_two_targets_counts_once(hits, seed_corpus):
    table = dx.frames.counts(hits, seed_corpus, "china_diplomatic")
    assert table.loc[table["frame"] == "new_era", "count"].sum() == 1
    assert table["count"].sum() == len(hits.drop_duplicates(["doc_id", "start", "end"]))


def test_shared_keys(hits):
    assert set(hits["measure"]) == {"frame"} and (hits["label"] == hits["frame"]).all()
    assert set(hits["method"]) == {"china_diplomatic@1.1"} and (hits["value"] == 1.0).all()
    assert hits["published"].notna().all() and set(hits["source"]) == {"TDI"}


def test_columns_and_offsets(hits, seed_corpus):
    assert list(hits.columns) == list(HIT_COLUMNS)
    assert hits.dtypes.astype(str).tolist() == list(HIT_COLUMNS.values())
    text = seed_corpus.documents.loc[0, "text"]
    assert all(text[h.start:h.end] == h.matched_text for h in hits.itertuples())
    sentences = seed_corpus.sentences.set_index("sent_id")
    assert all(sentences.loc[h.sent_id, "start"] <= h.start < sentences.loc[h.sent_id, "end"] for h in hits.itertuples())
    assert set(hits["lexicon"]) == {"china_diplomatic@1.1"}


LEX = Lexicon("t", "1", (Entry("zero_sum", "zero-sum"), Entry("zero_sum", "zero-sum game"),
                          Entry("win", "win-win"), Entry("hegemony", "hegemon*"),
                          Entry("meddling", "interference in * internal affairs"), Entry("era", "new era")))


@pytest.mark.parametrize("text, frames", [
    ("A ZERO–SUM GAME", [("zero_sum", "ZERO–SUM GAME")]),          # case, en dash, longest match
    ("“win‑win” deals", [("win", "win‑win")]),                      # quotes, non-breaking hyphen
    ("win win", [("win", "win win")]),
    ("winwin and zero-summer", []),                                # token boundaries
    ("hegemonic and hegemonism", [("hegemony", "hegemonic"), ("hegemony", "hegemonism")]),
    ("interference in China's internal affairs", [("meddling", "interference in China's internal affairs")]),
    ("a new. Era", []),                                            # no match across sentences
])
def test_matching_rules(text, frames):
    found = [(h.frame, text[h.start:h.end]) for h in Matcher(LEX).find(text)]
    assert found == frames


@pytest.mark.parametrize("text, negated", [
    ("This is not a zero-sum game.", True), ("It is no new era.", True), ("It isn't a zero-sum game", True),
    ("Never a zero-sum game", True), ("We reject a zero-sum game.", False), ("Not now. A zero-sum game.", False),
])
def test_negation(text, negated):
    (hit,) = Matcher(LEX).find(text)
    assert hit.negated is negated


def test_counts_are_complete_and_exposed(seed_corpus, hits):
    table = dx.frames.counts(hits, seed_corpus, "china_diplomatic")
    assert list(table.columns) == list(COUNT_COLUMNS)
    assert len(table) == len(dx.lexicon("china_diplomatic").frames)
    row = table.set_index("frame").loc["belt_and_road"]
    assert row["count"] == 2 and row["quoted"] == 0 and row["present"]
    assert row["rate_per_1000"] == pytest.approx(2 / row["tokens"] * 1000)
    assert table.set_index("frame").loc["new_era", "quoted"] == 1


def test_voice_follows_transcript_turns():
    corpus = dx.load(CORPORA / "ungdc")
    hits = dx.frames.measure(corpus, "china_diplomatic")
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"].set_index("doc_id")["speaker_country"]
    own = hits["speaker_country"] == hits["doc_id"].map(turns)
    assert set(hits["voice"]) == {"quoted"}
    assert own.mean() > 0.97 and not own.all()  # a few hits are reported speech inside a speech


def test_reported_speech_inside_a_turn_is_the_reported_speakers(tmp_path):
    (tmp_path / "2024-05-01-press-briefing.md").write_text(
        "---\ndate: '2024-05-01'\ntitle: Press Briefing by Press Secretary Ann Lee\n---\n\n"
        "MS. LEE: Thank you. As Secretary Blinken said yesterday, we seek win-win cooperation with every "
        "country.\n\nQ Senator Smith said on Tuesday that the new era of great power competition has begun. "
        "What is your comment?\n\nMS. LEE: We have stated many times that the so-called new era rhetoric is "
        "wrong. We urge Congress to respect mutual trust.\n", "utf-8")
    corpus = dx.load(tmp_path, progress=False)
    nested = corpus.quotes[corpus.quotes["kind"] != "turn"]
    assert nested["speaker"].tolist() == ["Antony Blinken", "Tina Smith", "Ann Lee"]  # the one Senator Smith of 2024
    assert nested["attribution"].tolist()[2] == "turn_speaker"  # "We have stated": the press secretary
    hits = dx.frames.measure(corpus, "china_diplomatic").groupby("frame")["speaker"].agg(list)
    assert hits["win_win"] == ["Antony Blinken"] and hits["new_era"] == ["Tina Smith", "Ann Lee"]
    assert hits["mutual_trust"] == ["Ann Lee"]  # "We urge ...": the turn's own words, no report


def test_kwic_and_frame_kwic(seed_corpus):
    table = dx.frames.kwic(seed_corpus, "belt_and_road", window=2, lexicon="china_diplomatic")
    assert table["keyword"].tolist() == ["Belt and Road Initiative"] * 2
    assert table["pre"].iloc[1] == "its larger"


def test_collocations_on_real_text():
    corpus = dx.load(CORPORA / "ungdc")
    table = dx.frames.collocations(corpus, n=2, top=20)
    assert "united nations" in set(table["ngram"])
    assert table["score"].is_monotonic_decreasing


def test_vectorizer_is_a_proper_transformer():
    docs = ["We support win-win cooperation and mutual trust.", "Hegemonism must end.", "Nothing."]
    vec = FrameVectorizer("china_diplomatic")
    X = vec.fit_transform(docs)
    names = list(vec.get_feature_names_out())
    assert X.shape == (3, len(names)) and X[0, names.index("win_win")] == 1
    assert X[1, names.index("hegemonism")] == 1 and X[2].sum() == 0
    assert clone(vec).get_params() == vec.get_params()
    pipe = make_pipeline(FrameVectorizer("china_diplomatic"), LogisticRegression()).fit(docs[:2], [1, 0])
    assert pipe.predict(docs).shape == (3,)


def test_vectorizer_equals_measure(seed_corpus, hits):
    X = FrameVectorizer("china_diplomatic").fit([]).transform(seed_corpus.documents["text"])
    assert X.sum() == (~hits.drop_duplicates(["doc_id", "start", "end"])["negated"]).sum()


def test_validate_against_codes(seed_corpus, hits):
    coded = pd.DataFrame({"doc_id": hits["doc_id"], "sent_id": hits["sent_id"], "frame": hits["frame"],
                          "present": [True] * (len(hits) - 1) + [False]})
    table = dx.frames.validate(hits, coded)
    assert set(table.columns) >= {"frame", "precision", "recall", "f1", "kappa"}
    assert table["true_positive"].sum() == len(hits) - 1


def test_empty_corpus_gives_empty_tables(tmp_path):
    (tmp_path / "e.csv").write_text("title,text\nA,\n")
    corpus = dx.load(tmp_path / "e.csv")
    hits = dx.frames.measure(corpus, "china_diplomatic")
    assert hits.empty and list(hits.columns) == list(HIT_COLUMNS)
    assert dx.frames.counts(hits, corpus, "china_diplomatic").empty


def test_cli_measure_frames(tmp_path, seed_corpus, capsys):
    seed_corpus.save(tmp_path / "c")
    assert main(["measure", "frames", str(tmp_path / "c"), "-o", str(tmp_path / "out"),
                 "--lexicon", "china_diplomatic", "--lexicon", "geopolitics@1.0"]) == 0
    table = pd.read_parquet(tmp_path / "out" / "frames.parquet")
    assert list(table.columns) == list(HIT_COLUMNS)
    assert set(table["lexicon"]) == {"china_diplomatic@1.1", "geopolitics@1.0"}


def test_validation_numbers_are_reproducible():
    import sys

    sys.path.insert(0, str(DATA.parent.parent / "docs" / "validation"))
    import frames as validation

    table = validation.precision_table()
    overall = table[table["frame"] == "(all frames)"].set_index("lexicon")["precision"]
    assert overall["china_diplomatic@1.0"] >= 0.85
    assert np.isclose(table["expresses_frame"].sum() / 2, 278)  # frames plus lexicon totals


def test_classifier_grouped_cv_on_hand_codes():
    sample = pd.read_csv(DATA / "frame_codes" / "sample.csv").merge(pd.read_csv(DATA / "frame_codes" / "codes.csv"),
                                                                   on="item")
    with pytest.warns(DeprecationWarning, match="cross_validate"):
        scores = dx.frames.cross_validate_classifier(sample["sentence"], sample["expresses_frame"],
                                                     sample["doc_id"], n_splits=3)
    with pytest.warns(DeprecationWarning, match="cross_validate"):
        again = dx.frames.cross_validate_classifier(sample["sentence"], sample["expresses_frame"],
                                                    sample["doc_id"], n_splits=3)
    pd.testing.assert_frame_equal(scores, again)
    assert len(scores) == 3 and scores["n_test"].sum() == len(sample)
    assert (scores["brier"] < 0.25).all()
    clf = dx.frames.classifier().fit(sample["sentence"], sample["expresses_frame"])
    assert clf.predict_proba(["We oppose hegemonism."]).shape == (1, 2)


def test_discover_candidate_phrases_by_group():
    corpus = dx.load(CORPORA / "ungdc")
    table = dx.frames.discover(corpus, by="country_code", groups=["CHN", "USA"], top=10)
    chn = table[table["group"] == "CHN"]["term"].tolist()
    assert "common development" in chn and "developing countries" in chn
    assert (table["statistic"] > 0).all() and table.groupby("group").size().max() <= 10
    speakers = dx.frames.discover(dx.load(CORPORA / "kremlin"), by="speaker", top=5)
    assert "Vladimir Putin" in set(speakers["group"])
