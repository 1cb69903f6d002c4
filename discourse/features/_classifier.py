"""A supervised frame classifier, for frames a dictionary cannot catch.

The same API as the stance classifier (:mod:`discourse.features.stance`): :func:`classifier`
returns an unfitted scikit-learn Pipeline; :func:`cross_validate` predicts every unit from a
model fitted on other documents (grouped, nested cross-validation) and returns the same
columns as ``stance.cross_validate``, to be scored with ``stance.evaluate`` (precision,
recall and F1 with bootstrap intervals that resample whole documents).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import brier_score_loss, f1_score, precision_score, recall_score
from sklearn.pipeline import Pipeline

from .._compat import deprecated_alias, warn_deprecated
from ._stance_model import PREDICTION_COLUMNS, grouped_fit, grouped_predictions

__all__ = ["DEFAULT_GRID", "PREDICTION_COLUMNS", "classifier", "cross_validate", "cross_validate_classifier",
           "fit", "frame_classifier"]

#: Hyper-parameters tuned inside the training folds by :func:`cross_validate`.
DEFAULT_GRID = {"model__estimator__C": [0.3, 1.0, 3.0]}


def classifier(C: float = 1.0, ngram_range=(1, 2), min_df: int = 1, calibration: str = "sigmoid",
               random_state: int = 0) -> Pipeline:
    """Return an unfitted frame classifier: tf-idf and logistic regression, calibrated probabilities.

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

    Returns
    -------
    Pipeline
        Steps ``tfidf`` and ``model`` (a class-balanced logistic regression inside
        :class:`~sklearn.calibration.CalibratedClassifierCV`).

    See Also
    --------
    cross_validate : score it with cross-validation grouped by document.

    Examples
    --------
    >>> clf = classifier()
    >>> [name for name, _ in clf.steps]
    ['tfidf', 'model']
    """
    model = LogisticRegression(C=C, max_iter=1000, class_weight="balanced", random_state=random_state)
    return Pipeline([("tfidf", TfidfVectorizer(ngram_range=ngram_range, min_df=min_df, sublinear_tf=True)),
                     ("model", CalibratedClassifierCV(model, method=calibration, cv=3))])


def cross_validate(X, labels, groups, n_splits: int = 5, param_grid=None, inner_splits: int = 3,
                   estimator=None, n_jobs=None) -> pd.DataFrame:
    """Predict every unit from a frame classifier fitted on other documents (grouped, nested CV).

    The arguments and the result are those of ``stance.cross_validate``. The outer loop is a
    :class:`~sklearn.model_selection.GroupKFold`: sentences of one document never sit on both
    sides of a split, so the scores say how the classifier does on documents it has not seen.
    Hyper-parameters are chosen inside each outer training part by a grouped inner
    cross-validation (macro-F1), never on the units being predicted.

    Parameters
    ----------
    X : sequence of str
        The units (usually sentences).
    labels : sequence of bool, int or str
        Whether each unit expresses the frame (hand codes); compared as strings, so ``True``
        is ``"True"``.
    groups : sequence
        The document of each unit.
    n_splits : int
        Outer folds (at most the number of documents).
    param_grid : dict, optional
        Hyper-parameters to try (default :data:`DEFAULT_GRID`: ``C`` of the logistic
        regression); ``{}`` fits the estimator as given.
    inner_splits : int
        Inner folds (at most the number of documents in a training part).
    estimator : Pipeline, optional
        By default :func:`classifier`.
    n_jobs : int, optional
        Parallel fits of the inner search.

    Returns
    -------
    DataFrame
        One row per unit, columns :data:`PREDICTION_COLUMNS`: ``row`` (position in ``X``),
        ``fold``, ``group``, ``label``, ``predicted``, ``score`` (the probability of the
        second label in sorted order: of ``"True"`` for boolean codes, ``"1"`` for 0/1),
        ``params`` (JSON of the chosen hyper-parameters). An outer fold whose training part
        holds one label only cannot be fitted; its units are left out, with a warning.

    Raises
    ------
    InputError
        When the labels have one class only, there are fewer than two documents, or X,
        labels and groups differ in length.

    See Also
    --------
    classifier, discourse.features.stance.evaluate
    """
    estimator = estimator if estimator is not None else classifier()
    grid = param_grid if param_grid is not None else DEFAULT_GRID
    return grouped_predictions(X, labels, groups, estimator, grid, n_splits, inner_splits, n_jobs,
                               "code examples with and without the frame")


def fit(X, labels, groups, param_grid=None, inner_splits: int = 3, estimator=None, n_jobs=None):
    """Fit the frame classifier as it was validated: ``C`` chosen by a grouped search (macro-F1).

    The inner loop of :func:`cross_validate` run on all the data, then refitted on everything;
    the arguments are those of :func:`cross_validate` and the result is the fitted Pipeline,
    with the chosen hyper-parameters (JSON) in ``search_params_``.

    Raises
    ------
    InputError
        When the labels have one class only, there are fewer than two documents (pass
        ``param_grid={}`` to fit as given), or X, labels and groups differ in length.

    Examples
    --------
    >>> texts = ["a new era of cooperation", "the weather is fine", "a new era begins",
    ...          "trade figures rose", "entering a new era", "the talks went on"] * 4
    >>> model = fit(texts, [1, 0] * 12, groups=[g for g in range(4) for _ in range(6)])
    >>> model.predict(["the new era of friendship"]).tolist()
    ['1']
    """
    estimator = estimator if estimator is not None else classifier()
    grid = param_grid if param_grid is not None else DEFAULT_GRID
    X = list(X) if not isinstance(X, (pd.DataFrame, pd.Series, np.ndarray, list, tuple)) else X
    return grouped_fit(X, [str(v) for v in labels], groups, estimator, grid, inner_splits, n_jobs,
                       "code examples with and without the frame")


#: Deprecated: :func:`classifier` under its old name.
frame_classifier = deprecated_alias(classifier, "frame_classifier")


def cross_validate_classifier(texts, labels, groups, n_splits: int = 5, **params) -> pd.DataFrame:
    """Deprecated: use :func:`cross_validate`, and ``stance.evaluate`` for scores with intervals.

    Fits :func:`classifier` (``**params``) untuned in each grouped fold, as
    ``cross_validate(texts, labels, groups, n_splits, param_grid={}, estimator=classifier(**params))``
    does, and returns the old per-fold table: ``fold, n_test, precision, recall, f1, brier``
    (of the positive class, the codes read as 0/1).
    """
    warn_deprecated("cross_validate_classifier()", "cross_validate()",
                    "it returns one row per unit, as stance.cross_validate does; score it with "
                    "stance.evaluate")
    y = np.asarray(labels).astype(int)
    predictions = cross_validate(texts, y, groups, n_splits=n_splits, param_grid={},
                                 estimator=classifier(**params))
    rows = []
    for fold, part in predictions.groupby("fold", sort=True):
        truth, predicted = (part["label"] == "1").to_numpy(int), (part["predicted"] == "1").to_numpy(int)
        rows.append((int(fold), len(part), precision_score(truth, predicted, zero_division=0),
                     recall_score(truth, predicted, zero_division=0), f1_score(truth, predicted, zero_division=0),
                     brier_score_loss(truth, part["score"].to_numpy())))
    return pd.DataFrame(rows, columns=["fold", "n_test", "precision", "recall", "f1", "brier"])
