"""Stance: the seed golden, the dyad table, the rules, the classifier, its validation, bad input."""

import json

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone
from sklearn.metrics import f1_score
from sklearn.pipeline import Pipeline

import discourse as dx
from discourse import DataFileError, InputError
from discourse.features import stance
from discourse.features._stance_rules import _table
from tests.conftest import DATA, ROOT, shared_path

GOLDEN = json.loads((DATA / "golden" / "000_dc699da55f7d4812.expected.json").read_text("utf-8"))["stance"]
SLICES = DATA / "stance"


@pytest.fixture(scope="module")
def dyads(seed_corpus):
    return stance.measure(seed_corpus)


def corpus_of(tmp_path, texts, source="Test Wire"):
    """A corpus with one document per text, loaded through the public loader."""
    table = pd.DataFrame({"doc_id": [f"t{i}" for i in range(len(texts))], "source": source, "text": texts})
    table.to_csv(tmp_path / "docs.csv", index=False)
    return dx.load(tmp_path / "docs.csv", mapping={"doc_id": "doc_id"})


@pytest.fixture(scope="module")
def unscon():
    table = pd.read_csv(SLICES / "unscon_sample.csv")
    table["label"] = np.where(table["ALL_score_binary"] == 1, "against", "neutral")
    table["meeting"] = table["file_id"].str.extract(r"^(UNSC_\d{4}_SPV\.\d+)")[0]
    return table


@pytest.fixture(scope="module")
def ibm():
    table = pd.read_csv(SLICES / "ibm_sample.csv")
    table = table[table["claims.claimSentiment"].notna()].reset_index(drop=True)
    return pd.DataFrame({"text": table["claims.claimCorrectedText"],
                         "target_start": table["claims.claimTarget.span.start"],
                         "target_end": table["claims.claimTarget.span.end"],
                         "label": table["claims.claimSentiment"].map({1.0: "favour", -1.0: "against"}),
                         "topic": table["topicId"]})


# --- the seed golden and the dyad table ---------------------------------------------------------

def test_golden_lin_jian_favours_china_central_asia_cooperation(dyads):
    want = GOLDEN["Lin Jian_toward_cooperation"]
    rows = dyads[(dyads["speaker"] == "Lin Jian") & dyads["target"].str.contains("Central Asia")]
    assert want == "favour" and len(rows)
    assert (rows["stance"] == want).all()
    coop = rows[rows["target"] == "China–Central Asia cooperation"]
    assert len(coop) == 1 and coop["speaker_country"].iloc[0] == "CHN" and coop["target_country"].iloc[0] == "CHN"
    assert "entered a new era" in coop["evidence"].iloc[0]


def test_columns_and_dtypes_are_exact(dyads):
    assert list(dyads.columns) == list(stance.STANCE_COLUMNS)
    assert dyads.dtypes.astype(str).to_dict() == stance.STANCE_COLUMNS
    assert set(dyads["stance"]) <= set(stance.LABELS)
    assert dyads["score"].between(-1, 1).all() and (dyads["method"] == f"directed@{stance.DIRECTED_VERSION}").all()


def test_voice_and_targets_of_the_seed(dyads, seed_corpus):
    by_voice = dyads.groupby("speaker")["target"].agg(set)
    assert {"TDI", "Lin Jian"} <= set(by_voice.index)
    assert "Belt and Road Initiative" in by_voice["TDI"]  # a policy object in the outlet's voice
    assert "Lin Jian" not in by_voice["Lin Jian"]  # never one's own target
    assert not set(dyads["target"]) & {"Astana", "Xinjiang"}  # places are not targets
    evidence = dict(zip(seed_corpus.sentences["sent_id"], seed_corpus.sentences["text"]))
    assert all(evidence[s] == e for s, e in zip(dyads["sent_id"], dyads["evidence"]))


def test_sentence_without_an_actor_gives_no_row(tmp_path):
    corpus = corpus_of(tmp_path, ["The weather was fine and the talks went on all day.",
                                  "Russia condemned the decision of Ukraine."])
    rows = stance.measure(corpus)
    assert set(rows["doc_id"]) == {"t1"}
    # directed (the default): the condemned state, not the one condemning; the sentence rules give both
    assert dict(zip(rows["target"], rows["stance"])) == {"Russia": "neutral", "Ukraine": "against"}
    rules = stance.measure(corpus, method="rules")
    assert set(rules["target"]) == {"Russia", "Ukraine"} and (rules["stance"] == "against").all()


def test_capital_before_authorities_is_its_state(tmp_path):
    rows = stance.measure(corpus_of(tmp_path, ["The Kyiv authorities have chosen the wrong path."]))
    assert rows[["target", "target_country"]].values.tolist() == [["Ukraine", "UKR"]]


def test_outlet_country_comes_from_its_name(tmp_path):
    rows = stance.measure(corpus_of(tmp_path, ["We condemn the aggression by Russia."], source="Ukraine"))
    assert rows[["speaker", "speaker_country", "target", "stance"]].values.tolist() == [
        ["Ukraine", "UKR", "Russia", "against"]]


def test_user_policy_targets_and_actors_only(seed_corpus):
    rows = stance.measure(seed_corpus, targets={"Summit diplomacy": ["summit"]})
    assert "Summit diplomacy" in set(rows["target"]) and "Belt and Road Initiative" not in set(rows["target"])
    actors_only = stance.measure(seed_corpus, targets={})
    assert "Belt and Road Initiative" not in set(actors_only["target"])
    with pytest.raises(InputError, match="field 'targets': expected None"):
        stance.measure(seed_corpus, targets=3)


def test_cooperation_name_orders_states_first():
    assert stance.cooperation_name(["CENTRAL_ASIA", "CHN"]) == ("China–Central Asia cooperation", "CHN")
    assert stance.cooperation_name(["USA", "CHN"])[0] == "China–United States cooperation"


def test_write_stance_is_atomic(seed_corpus, tmp_path, dyads):
    path = stance.write_stance(seed_corpus, tmp_path / "out")
    assert path == tmp_path / "out" / "stance.parquet"
    assert sorted(p.name for p in path.parent.iterdir()) == ["stance.parquet"]  # no temp file left
    back = pd.read_parquet(path)
    pd.testing.assert_frame_equal(back.astype(stance.STANCE_COLUMNS), dyads)


def test_measure_is_deterministic(seed_corpus, dyads):
    pd.testing.assert_frame_equal(stance.measure(seed_corpus), dyads)


def test_bad_method_and_missing_model(seed_corpus):
    with pytest.raises(InputError, match="field 'method'.*not a stance method"):
        stance.measure(seed_corpus, method="vibes")
    with pytest.raises(InputError, match="field 'model'.*needs a fitted classifier"):
        stance.measure(seed_corpus, method="model")
    with pytest.raises(InputError, match="not a fitted classifier"):
        stance.measure(seed_corpus, method="model", model=stance.classifier())
    wrong = stance.classifier(char=False).fit(["good", "bad", "good one", "bad one"], [1, 0, 1, 0])
    with pytest.raises(InputError, match="not stance labels"):
        stance.measure(seed_corpus, method="model", model=wrong)


# --- the rules -----------------------------------------------------------------------------------

def test_rules_negation_and_classes():
    scores = stance.rule_scores(["Russia attacked Ukraine.", "Russia did not attack Ukraine.",
                                 "We support the peace plan.", "We do not support the plan."])
    assert scores["stance"].tolist() == ["against", "favour", "favour", "against"]
    assert scores.loc[1, "conflict"] == 0 and scores.loc[1, "negated"] == 1  # a negated conflict verb is not conflict
    assert list(scores.columns) == list(stance.RULE_COLUMNS)
    assert scores.dtypes.astype(str).to_dict() == stance.RULE_COLUMNS


def test_excluded_cameo_words_do_not_count():
    scores = stance.rule_scores(["The United Nations took note in March of the issue."], tie_break=False)
    assert scores.loc[0, "cooperation"] == 0 and scores.loc[0, "conflict"] == 0
    assert scores.loc[0, "stance"] == "neutral"


def test_vader_breaks_ties_only_without_lexicon_evidence():
    scores = stance.rule_scores(["What a wonderful day.", "What a wonderful day."], tie_break=True)
    assert scores.loc[0, "evidence_from"] == "vader" and scores.loc[0, "stance"] == "favour"
    plain = stance.rule_scores(["What a wonderful day."], tie_break=False)
    assert plain.loc[0, "stance"] == "neutral" and plain.loc[0, "evidence_from"] == "none"


@pytest.mark.parametrize("text", ["", "   ", "?!...", "😀🔥🙏", "Россия осудила решение Украины.",
                                  "中国与中亚国家关系进入新时代。", "Le Conseil condamne l'agression."])
def test_rules_defined_on_bad_input(text):
    row = stance.rule_scores([text]).iloc[0]
    assert -1 <= row["score"] <= 1 and row["stance"] in stance.LABELS


def test_rules_missing_values_and_wrong_types():
    assert stance.rule_scores([None, np.nan])["stance"].tolist() == ["neutral", "neutral"]
    with pytest.raises(InputError, match="item 1, field 'texts': expected a string, got int"):
        stance.rule_scores(["ok", 3])


def test_one_megabyte_sentence(tmp_path):
    big = ("Russia condemned the illegal annexation and China welcomed the talks " * 15_000)[:1_000_000]
    assert stance.rule_scores([big]).loc[0, "stance"] in stance.LABELS
    rows = stance.measure(corpus_of(tmp_path, [big + "."]))
    assert len(rows) and rows["stance"].isin(stance.LABELS).all()


def test_non_english_and_empty_corpus(tmp_path, seed_corpus):
    rows = stance.measure(corpus_of(tmp_path, ["Россия осудила решение Украины.", "?!"]))
    assert rows["stance"].isin(stance.LABELS).all()
    tables = ("documents", "paragraphs", "sentences", "quotes", "mentions", "boilerplate", "rejects")
    empty = dx.Corpus(**{n: getattr(seed_corpus, n).iloc[0:0] for n in tables}, inputs=0)
    out = stance.measure(empty)
    assert out.empty and out.dtypes.astype(str).to_dict() == stance.STANCE_COLUMNS


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=200), min_size=1, max_size=5))
def test_rules_property(texts):
    scores = stance.rule_scores(texts)
    assert len(scores) == len(texts) and scores["text_id"].tolist() == list(range(len(texts)))
    assert scores["score"].between(-1, 1).all()
    fav, ag = scores["score"] >= stance.THRESHOLD, scores["score"] <= -stance.THRESHOLD
    assert (scores.loc[fav, "stance"] == "favour").all() and (scores.loc[ag, "stance"] == "against").all()
    assert (scores.loc[~fav & ~ag, "stance"] == "neutral").all()
    pd.testing.assert_frame_equal(stance.rule_scores(texts), scores)


def test_data_files_match_their_manifest_and_are_well_formed():
    data = stance.policy_targets()[0]
    assert "Belt and Road Initiative" in data.frames
    rows = _table("cameo_exclude-1.0.csv", ("pattern", "reason"))
    assert all(r["reason"] for _, r in rows)
    with pytest.raises(DataFileError, match="column missing from the header"):
        _table("cameo_exclude-1.0.csv", ("pattern", "nonexistent"))


# --- the scikit-learn faces ----------------------------------------------------------------------

def test_stance_features_transformer():
    features = stance.StanceFeatures()
    with pytest.raises(Exception, match="not fitted"):
        features.transform(["x"])
    features = clone(features).fit(["x"])
    X = features.transform(["We condemn this.", "We welcome this."])
    assert X.shape == (2, len(stance.FEATURE_NAMES))
    np.testing.assert_array_equal(X, stance.rule_features(["We condemn this.", "We welcome this."]))
    out = features.set_output(transform="pandas").transform(["We condemn this."])
    assert list(out.columns) == list(stance.FEATURE_NAMES)


def test_classifier_is_a_pipeline_and_masks_targets(ibm):
    clf = stance.classifier()
    assert isinstance(clf, Pipeline) and [n for n, _ in clf.steps] == ["input", "features", "model"]
    fitted = clone(clf).fit(ibm[["text", "target_start", "target_end"]], ibm["label"])
    again = clone(clf).fit(ibm[["text", "target_start", "target_end"]], ibm["label"])
    X = ibm[["text", "target_start", "target_end"]].head(20)
    np.testing.assert_array_equal(fitted.predict_proba(X), again.predict_proba(X))  # deterministic
    vocabulary = fitted.named_steps["features"].named_transformers_["word"].vocabulary_
    assert "target" in vocabulary  # the placeholder, seen in place of every target


def test_model_method_on_the_seed(seed_corpus, unscon):
    model = stance.classifier().fit(unscon["sentence_text"], unscon["label"])
    rows = stance.measure(seed_corpus, method="model", model=model)
    assert rows["method"].str.fullmatch(r"model@[0-9a-f]{12}").all() and rows["method"].nunique() == 1 and rows["stance"].isin(["against", "neutral"]).all()
    assert rows["score"].between(-1, 1).all()
    assert rows[["doc_id", "sent_id", "speaker", "target"]].equals(
        stance.measure(seed_corpus)[["doc_id", "sent_id", "speaker", "target"]])


def test_grouped_cross_validation_on_the_unscon_slice(unscon):
    cv = stance.cross_validate(unscon["sentence_text"], unscon["label"], unscon["meeting"], n_splits=4,
                               param_grid={"model__C": [0.3, 1.0]}, inner_splits=3)
    assert list(cv.columns) == list(stance.PREDICTION_COLUMNS) and cv["row"].tolist() == list(range(len(unscon)))
    for fold, g in cv.groupby("fold"):
        assert g["group"].nunique() == 1  # one meeting per fold: never on both sides
    table = stance.evaluate(cv["label"], cv["predicted"], groups=unscon["file_id"], n_boot=200)
    macro = table[table["metric"] == "macro_f1"].iloc[0]
    assert macro["ci_low"] <= macro["value"] <= macro["ci_high"] and macro["value"] > 0.5
    with pytest.raises(InputError, match="field 'groups'.*at least two groups"):
        stance.cross_validate(unscon["sentence_text"], unscon["label"], ["one"] * len(unscon))
    with pytest.raises(InputError, match="one class only"):
        stance.cross_validate(["a", "b"], ["favour", "favour"], [1, 2])


def test_rules_beat_lexicoder_on_the_unscon_slice(unscon):
    predicted = np.where(stance.rule_scores(unscon["sentence_text"], tie_break=False)["stance"] == "against",
                         "against", "neutral")
    baseline = np.where(unscon["lexicoder_score"] < 0, "against", "neutral")
    ours = f1_score(unscon["label"], predicted, average="macro")
    assert ours > f1_score(unscon["label"], baseline, average="macro") - 0.05 and ours > 0.55


def test_evaluate_matches_sklearn():
    rng = np.random.default_rng(0)
    y, p = rng.choice(["favour", "against", "neutral"], 300), rng.choice(["favour", "against", "neutral"], 300)
    table = stance.evaluate(y, p, n_boot=0).set_index(["metric", "label"], drop=False)
    assert table.loc[("macro_f1", pd.NA), "value"].item() == pytest.approx(f1_score(y, p, average="macro"))
    with pytest.raises(InputError, match="one prediction per hand-coded unit"):
        stance.evaluate(["favour"], [])


# --- the full validation sets (beside the checkout only) ----------------------------------------

@pytest.fixture(scope="module")
def full_unscon():
    """The four development meetings: texts, labels, meetings, and Lexicoder's macro-F1."""
    sents = pd.read_csv(shared_path("unscon") / "lexicoder_output_sents.csv")
    labels = np.where(sents["ALL_score_binary"] == 1, "against", "neutral")
    meetings = sents["file_id"].str.extract(r"^(UNSC_\d{4}_SPV\.\d+)")[0]
    baseline = f1_score(labels, np.where(sents["lexicoder_score"] < 0, "against", "neutral"), average="macro")
    return sents["sentence_text"], labels, meetings, baseline


@pytest.mark.shared
def test_full_unscon_classifier_beats_lexicoder(full_unscon):
    texts, labels, meetings, baseline = full_unscon
    cv = stance.cross_validate(texts, labels, meetings, n_splits=4, param_grid={})
    ours = f1_score(labels, cv["predicted"], average="macro")
    assert ours > baseline + 0.03 and ours > 0.68


@pytest.mark.shared
def test_full_unscon_classifier_with_embeddings(full_unscon):
    if not dx.embeddings.available():
        pytest.skip("all-MiniLM-L6-v2 is not installed (discourse models install all-MiniLM-L6-v2)")
    texts, labels, meetings, baseline = full_unscon
    cv = stance.cross_validate(texts, labels, meetings, n_splits=4, param_grid={},
                               estimator=stance.classifier(embeddings=True))
    ours = f1_score(labels, cv["predicted"], average="macro")
    assert ours > baseline + 0.05 and ours > 0.70


@pytest.fixture(scope="module")
def full_ibm():
    """The IBM train split: claims with target spans, sentiment labels (stance x topic polarity where no
    target is marked), topics, whether a target is marked, gold stance and topic polarity."""
    raw = pd.read_csv(shared_path("ibm_claim_stance") / "claim_stance_train.csv")
    X = pd.DataFrame({"text": raw["claims.claimCorrectedText"], "target_start": raw["claims.claimTarget.span.start"],
                      "target_end": raw["claims.claimTarget.span.end"]})
    has = raw["claims.claimSentiment"].notna().to_numpy()
    sign = raw["claims.claimSentiment"].fillna(raw["claims.stance"].map({"PRO": 1, "CON": -1}) * raw["topicSentiment"])
    labels = sign.map({1.0: "favour", -1.0: "against"})
    return X, labels, raw["topicId"], has, raw["claims.stance"], raw["topicSentiment"].to_numpy()


@pytest.mark.shared
def test_full_ibm_sentiment_toward_target(full_ibm):
    X, labels, topics, has, _, _ = full_ibm
    cv = stance.cross_validate(X[has], labels[has], topics[has], n_splits=5, param_grid={})
    assert f1_score(labels[has], cv["predicted"], average="macro") > 0.66


@pytest.mark.shared
def test_full_ibm_with_mpnet_embeddings_reaches_the_topic_stance_target(full_ibm):
    if not dx.embeddings.available("all-mpnet-base-v2"):
        pytest.skip("all-mpnet-base-v2 is not installed (discourse models install all-mpnet-base-v2)")
    X, labels, topics, has, gold, polarity = full_ibm
    clf = stance.classifier(embeddings=True, encoder="all-mpnet-base-v2", C=1.0, embedding_weight=2.0)
    predicted = stance.cross_validate(X, labels, topics, n_splits=5, param_grid={}, estimator=clf)["predicted"]
    assert f1_score(labels[has], predicted[has], average="macro") > 0.82
    topic_stance = np.where((predicted == "favour").to_numpy() == (polarity > 0), "PRO", "CON")
    assert f1_score(gold, topic_stance, average="macro") > 0.69


def test_validation_reports_are_committed():
    for name in ("stance_unscon", "stance_ibm"):
        assert (ROOT / "docs" / "validation" / f"{name}.py").exists()
        assert "macro-F1" in (ROOT / "docs" / "validation" / f"{name}.md").read_text("utf-8")


@pytest.mark.parametrize("folder", ["stance_targets", "stance_dev", "stance_dev3", "stance_dev4"])
def test_the_directed_stance_gold_is_whole(folder):
    """tests/data/stance_targets and the development sets: every unit coded once by coder 1, every fourth by
    coder 2, three labels."""
    gold = ROOT / "tests" / "data" / folder
    units = pd.read_csv(gold / "units.csv")
    one, two = (pd.read_csv(gold / f"coder{n}.csv") for n in (1, 2))
    assert units["unit"].is_unique and one["unit"].tolist() == units["unit"].tolist()
    assert set(two["unit"]) == {u for u in units["unit"] if int(u.rsplit("-", 1)[1]) % 4 == 0}
    assert set(one["label"]) | set(two["label"]) <= {"favour", "against", "neutral"}
    assert units.loc[units["corpus"] == "mfa_en", "text"].isna().all()  # copyrighted: references only
    assert (units["end"] > units["start"]).all()
