"""One classifier API: the frame classifier (features/_classifier.py) speaks the stance classifier's
(features/_stance_model.py) arguments and columns; the old names still work, with a DeprecationWarning."""

import inspect

import numpy as np
import pandas as pd
import pytest

from discourse import InputError
from discourse.features import _classifier as frames_clf
from discourse.features import _stance_model as stance_clf
from tests.conftest import DATA


@pytest.fixture(scope="module")
def codes():
    sample = pd.read_csv(DATA / "frame_codes" / "sample.csv")
    return sample.merge(pd.read_csv(DATA / "frame_codes" / "codes.csv"), on="item")


def _parameters(func):
    return [(p.name, p.default) for p in inspect.signature(func).parameters.values()]


def test_cross_validate_has_the_stance_arguments():
    assert _parameters(frames_clf.cross_validate) == _parameters(stance_clf.cross_validate)
    shared = {"C", "random_state"}
    assert shared <= set(inspect.signature(frames_clf.classifier).parameters)
    assert shared <= set(inspect.signature(stance_clf.classifier).parameters)


def test_cross_validate_returns_the_stance_columns(codes):
    cv = frames_clf.cross_validate(codes["sentence"], codes["expresses_frame"].astype(bool), codes["doc_id"],
                                   n_splits=3, param_grid={})
    assert dict(cv.dtypes.astype(str)) == {k: str(pd.Series([], dtype=v).dtype)
                                           for k, v in stance_clf.PREDICTION_COLUMNS.items()}
    assert cv["row"].tolist() == list(range(len(codes)))
    assert set(cv["label"]) == {"True", "False"} and set(cv["fold"]) == {0, 1, 2}
    assert cv["score"].between(0, 1).all() and (cv["params"] == "{}").all()
    # documents never straddle folds
    assert cv.groupby("group")["fold"].nunique().max() == 1
    # a Series with a shuffled index is read by position, as a list is
    shuffled = codes.sample(frac=1, random_state=1)
    by_series = frames_clf.cross_validate(shuffled["sentence"], shuffled["expresses_frame"], shuffled["doc_id"],
                                          n_splits=3, param_grid={})
    by_list = frames_clf.cross_validate(shuffled["sentence"].tolist(), shuffled["expresses_frame"].tolist(),
                                        shuffled["doc_id"].tolist(), n_splits=3, param_grid={})
    pd.testing.assert_frame_equal(by_series, by_list)
    # scored with stance.evaluate, as the stance predictions are
    table = stance_clf.evaluate(cv["label"], cv["predicted"], cv["group"], n_boot=50)
    f1 = table[(table["metric"] == "f1") & (table["label"] == "True")].iloc[0]
    assert 0.8 < f1["value"] <= 1 and f1["n_groups"] == codes["doc_id"].nunique()


def test_cross_validate_tunes_inside_the_training_folds(codes):
    cv = frames_clf.cross_validate(codes["sentence"], codes["expresses_frame"], codes["doc_id"], n_splits=2,
                                   param_grid={"model__estimator__C": [0.01, 10.0]}, inner_splits=2)
    assert set(cv["params"]) <= {'{"model__estimator__C": 0.01}', '{"model__estimator__C": 10.0}'}
    assert frames_clf.DEFAULT_GRID == {"model__estimator__C": [0.3, 1.0, 3.0]}


def test_cross_validate_checks_its_input():
    with pytest.raises(InputError, match="one class only"):
        frames_clf.cross_validate(["a", "b"], [1, 1], [1, 2])
    with pytest.raises(InputError, match="differ in length"):
        frames_clf.cross_validate(["a", "b", "c"], [1, 0], [1, 2])
    with pytest.raises(InputError, match="at least two groups"):
        frames_clf.cross_validate(["a", "b"], [1, 0], [1, 1])


def test_a_fold_with_one_training_class_is_left_out_with_a_warning():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    texts = ["we oppose hegemony", "hegemony again", "no hegemony", "hegemony", "talks on trade",
             "trade and talks", "hegemony and trade"]
    labels = [1, 1, 1, 1, 0, 0, 1]
    groups = ["a", "a", "b", "b", "c", "c", "c"]  # testing on c, the model sees only a and b: one class
    with pytest.warns(UserWarning, match=r"fold \d: the training part has one class only \('1'\), so its 3 "):
        cv = frames_clf.cross_validate(texts, labels, groups, n_splits=3, param_grid={},
                                       estimator=make_pipeline(TfidfVectorizer(), LogisticRegression()))
    assert cv["row"].tolist() == [0, 1, 2, 3]


def test_old_names_warn_and_still_work(codes):
    with pytest.warns(DeprecationWarning, match=r"frame_classifier\(\) is deprecated; use classifier\(\)"):
        old = frames_clf.frame_classifier(C=2.0)
    assert old.get_params()["model__estimator__C"] == 2.0
    assert str(old) == str(frames_clf.classifier(C=2.0))
    with pytest.warns(DeprecationWarning, match=r"cross_validate_classifier\(\) is deprecated; use cross_validate\(\)"):
        folds = frames_clf.cross_validate_classifier(codes["sentence"], codes["expresses_frame"], codes["doc_id"],
                                                     n_splits=3, C=2.0)
    assert folds.columns.tolist() == ["fold", "n_test", "precision", "recall", "f1", "brier"]
    cv = frames_clf.cross_validate(codes["sentence"], codes["expresses_frame"], codes["doc_id"], n_splits=3,
                                   param_grid={}, estimator=frames_clf.classifier(C=2.0))
    assert folds["n_test"].tolist() == cv.groupby("fold").size().tolist()
    for fold, part in cv.groupby("fold"):
        truth = (part["label"] == "1").to_numpy()
        brier = np.mean((part["score"].to_numpy() - truth) ** 2)
        assert folds.loc[fold, "brier"] == pytest.approx(brier)
        assert folds.loc[fold, "recall"] == pytest.approx((part["predicted"][truth] == "1").mean())


def test_evaluate_conf_level_and_its_old_name():
    args = (["favour", "against", "against", "favour"], ["favour", "against", "favour", "favour"])
    new = stance_clf.evaluate(*args, n_boot=100, conf_level=0.8)
    with pytest.warns(DeprecationWarning, match=r"evaluate\(level=...\) is deprecated; use conf_level="):
        old = stance_clf.evaluate(*args, n_boot=100, level=0.8)
    pd.testing.assert_frame_equal(old, new)
    wide = stance_clf.evaluate(*args, n_boot=100, conf_level=0.99)
    assert (wide["ci_high"] - wide["ci_low"] >= new["ci_high"] - new["ci_low"]).all()
    with pytest.raises(InputError, match="conf_level"):
        stance_clf.evaluate(*args, conf_level=95)


# --- fit: the validated route, one call --------------------------------------------------------

def test_fit_has_the_cross_validate_arguments():
    expected = [p for p in _parameters(stance_clf.cross_validate) if p[0] != "n_splits"]
    assert _parameters(stance_clf.fit) == expected and _parameters(frames_clf.fit) == expected


def test_fit_runs_the_grouped_search_and_refits_on_everything(codes):
    from sklearn.base import clone
    from sklearn.model_selection import GridSearchCV, GroupKFold

    grid = {"model__estimator__C": [0.01, 10.0]}
    model = frames_clf.fit(codes["sentence"], codes["expresses_frame"], codes["doc_id"], param_grid=grid,
                           inner_splits=2)
    search = GridSearchCV(clone(frames_clf.classifier()), grid, cv=GroupKFold(n_splits=2), scoring="f1_macro")
    search.fit(codes["sentence"], codes["expresses_frame"].astype(str), groups=codes["doc_id"])
    assert model.search_params_ == f'{{"model__estimator__C": {search.best_params_["model__estimator__C"]}}}'
    assert model.predict(codes["sentence"]).tolist() == search.best_estimator_.predict(codes["sentence"]).tolist()
    assert model.named_steps["model"].estimator.C == search.best_params_["model__estimator__C"]


def test_fit_checks_its_input(codes):
    with pytest.raises(InputError, match="one class only"):
        stance_clf.fit(["a", "b"], ["favour", "favour"], [1, 2])
    with pytest.raises(InputError, match="differ in length"):
        frames_clf.fit(["a", "b", "c"], [1, 0], [1, 2])
    with pytest.raises(InputError, match="(?s)at least two groups.*param_grid=\\{\\}"):
        stance_clf.fit(["a b", "c d"], ["favour", "against"], [1, 1])
    with pytest.raises(InputError, match="(?s)could not be fitted.*check the names in param_grid"):
        frames_clf.fit(codes["sentence"], codes["expresses_frame"], codes["doc_id"], param_grid={"nope": [1]})
    as_given = stance_clf.fit(["we condemn it", "we welcome it"], ["against", "favour"], [1, 1], param_grid={},
                              estimator=stance_clf.classifier(char=False))
    assert as_given.search_params_ == "{}"
