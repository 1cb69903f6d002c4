"""A supervised frame classifier, for frames a dictionary cannot catch."""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, f1_score, precision_score, recall_score
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import Pipeline

from .._errors import InputError

__all__ = ["frame_classifier", "cross_validate_classifier"]


def frame_classifier(C: float = 1.0, ngram_range=(1, 2), min_df: int = 1, calibration: str = "sigmoid",
                     random_state: int = 0) -> Pipeline:
    """Return an unfitted tf-idf + logistic regression pipeline with calibrated probabilities.

    Parameters
    ----------
    C : float
        Inverse regularisation strength of the logistic regression.
    ngram_range : tuple
        Word n-grams of the tf-idf step.
    min_df : int
        Ignore terms in fewer documents.
    calibration : {"sigmoid", "isotonic"}
        How ``predict_proba`` is calibrated (3-fold, inside the training data).
    random_state : int
        Seed of the solver, so fits are deterministic.

    Examples
    --------
    >>> clf = frame_classifier()
    >>> [name for name, _ in clf.steps]
    ['tfidf', 'model']
    """
    model = LogisticRegression(C=C, max_iter=1000, class_weight="balanced", random_state=random_state)
    return Pipeline([("tfidf", TfidfVectorizer(ngram_range=ngram_range, min_df=min_df, sublinear_tf=True)),
                     ("model", CalibratedClassifierCV(model, method=calibration, cv=3))])


def cross_validate_classifier(texts, labels, groups, n_splits: int = 5, **params) -> pd.DataFrame:
    """Score :func:`frame_classifier` with cross-validation grouped by document.

    Sentences of one document never sit on both sides of a split, so the scores say
    how the classifier does on documents it has not seen.

    Parameters
    ----------
    texts : sequence of str
        The units (usually sentences).
    labels : sequence of bool or int
        Whether each unit expresses the frame (hand codes).
    groups : sequence
        The document of each unit.
    n_splits : int
        Folds (at most the number of documents).
    **params
        Passed to :func:`frame_classifier`.

    Returns
    -------
    DataFrame
        One row per fold: ``fold, n_test, precision, recall, f1, brier``.
    """
    texts, y, groups = np.asarray(list(texts), dtype=object), np.asarray(labels).astype(int), np.asarray(groups)
    if len(set(y)) < 2:
        raise InputError(None, None, "labels", "the labels have one class only",
                         "code examples with and without the frame")
    n_splits = min(n_splits, len(set(groups)))
    rows = []
    for fold, (train, test) in enumerate(GroupKFold(n_splits=n_splits).split(texts, y, groups)):
        if len(set(y[train])) < 2:
            continue
        clf = frame_classifier(**params).fit(texts[train], y[train])
        prob = clf.predict_proba(texts[test])[:, 1]
        pred = (prob >= 0.5).astype(int)
        rows.append((fold, len(test), precision_score(y[test], pred, zero_division=0),
                     recall_score(y[test], pred, zero_division=0), f1_score(y[test], pred, zero_division=0),
                     brier_score_loss(y[test], prob)))
    return pd.DataFrame(rows, columns=["fold", "n_test", "precision", "recall", "f1", "brier"])
