"""The trainable stance classifier: a scikit-learn Pipeline, grouped cross-validation, and
evaluation with bootstrap confidence intervals."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin, clone
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, GroupKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

from .._compat import renamed_keywords
from .._errors import InputError
from ._stance_rules import FEATURE_NAMES, as_texts, rule_features

__all__ = [
    "DEFAULT_GRID",
    "EMBEDDING_GRID",
    "EVALUATION_COLUMNS",
    "LABELS",
    "PLACEHOLDER",
    "PREDICTION_COLUMNS",
    "StanceFeatures",
    "StanceInput",
    "classifier",
    "cross_validate",
    "evaluate",
    "fit",
    "grouped_fit",
]

#: The stance labels, in the order of scores.
LABELS = ("favour", "against", "neutral")
#: The word that replaces the target in the text the classifier reads.
PLACEHOLDER = "TARGET"
#: Hyper-parameters tuned inside the training folds by :func:`cross_validate`.
DEFAULT_GRID = {"model__C": [0.1, 0.3, 1.0], "features__transformer_weights": [
    {"word": 1.0, "char": 1.0, "lexicon": 0.3, "lexicon_after": 0.3},
    {"word": 1.0, "char": 1.0, "lexicon": 1.0, "lexicon_after": 1.0}]}
#: Hyper-parameters tuned by :func:`cross_validate` for ``classifier(embeddings=True)``.
EMBEDDING_GRID = {"model__C": [0.3, 1.0, 3.0], "features__transformer_weights": [
    {"word": 1.0, "char": 1.0, "lexicon": rules, "lexicon_after": rules, "embedding": embedding}
    for rules in (0.3, 1.0) for embedding in (0.5, 1.0, 2.0)]}
#: Columns of :func:`cross_validate`.
PREDICTION_COLUMNS = {"row": "int64", "fold": "int32", "group": "string", "label": "string",
                      "predicted": "string", "score": "float64", "params": "string"}
#: Columns of :func:`evaluate`.
EVALUATION_COLUMNS = {"metric": "string", "label": "string", "value": "float64", "ci_low": "float64",
                      "ci_high": "float64", "n": "int64", "n_groups": "int64"}


def _frame(X) -> pd.DataFrame:
    """Texts, or a table with ``text`` and optional ``target_start``/``target_end``, as a table."""
    if isinstance(X, pd.DataFrame):
        if "text" not in X.columns:
            raise InputError(None, None, "text", f"the table has no 'text' column (columns: {list(X.columns)})",
                             "pass texts, or a DataFrame with columns text[, target_start, target_end]")
        table = pd.DataFrame({"text": as_texts(X["text"], "text")})
        for col in ("target_start", "target_end"):
            table[col] = (pd.to_numeric(X[col], errors="coerce").to_numpy() if col in X.columns
                          else np.full(len(X), np.nan))
        return table
    texts = as_texts(X)
    return pd.DataFrame({"text": texts, "target_start": np.nan, "target_end": np.nan})


def _prepare(table: pd.DataFrame) -> pd.DataFrame:
    masked, after = [], []
    for text, start, end in zip(table["text"], table["target_start"], table["target_end"]):
        ok = not (np.isnan(start) or np.isnan(end)) and 0 <= start <= end <= len(text)
        if ok:
            pre, post = text[:int(start)], text[int(end):]
            masked.append(pre + ("" if not pre or pre[-1].isspace() else " ") + PLACEHOLDER
                          + ("" if not post or post[0].isspace() else " ") + post)
            after.append(post)
        else:
            masked.append(text)
            after.append(text)
    return pd.DataFrame({"text": table["text"].to_numpy(object), "masked": masked, "after": after})


class StanceInput(TransformerMixin, BaseEstimator):
    """Prepare texts for the classifier: mask the target and keep the words after it.

    The target (``target_start:target_end`` of ``text``) is replaced by the word
    ``TARGET``, so that the classifier learns how things are said about a target rather
    than which targets are talked about; ``after`` is the text after the target, where the
    predicate about it usually is. Rows without a target are used as they are.

    Examples
    --------
    >>> import pandas as pd
    >>> X = pd.DataFrame({"text": ["Open primaries are unconstitutional."], "target_start": [0],
    ...                   "target_end": [14]})
    >>> StanceInput().fit(X).transform(X).loc[0, ["masked", "after"]].tolist()
    ['TARGET are unconstitutional.', ' are unconstitutional.']
    """

    def fit(self, X, y=None):
        """Check the input; nothing is learned."""
        _frame(X)
        self.fitted_ = True
        return self

    def transform(self, X):
        """Return a DataFrame with columns ``text``, ``masked`` and ``after``."""
        check_is_fitted(self, "fitted_")
        return _prepare(_frame(X))

    def get_feature_names_out(self, input_features=None):
        """The three text columns."""
        return np.array(["text", "masked", "after"], dtype=object)


class StanceFeatures(TransformerMixin, BaseEstimator):
    """Turn texts into the rule features of :func:`discourse.features.stance.rule_scores`.

    The scikit-learn face of the rule method: the same CAMEO verb counts, Goldstein sums,
    stance cues, negation counts and VADER scores, one row per text.

    Examples
    --------
    >>> features = StanceFeatures().fit(["x"])
    >>> X = features.transform(["We condemn this.", "We welcome this."])
    >>> X.shape, list(features.get_feature_names_out()[:2])
    ((2, 16), ['verbal_cooperation', 'material_cooperation'])
    """

    def fit(self, X, y=None):
        """Learn nothing; record the feature names."""
        self.feature_names_ = np.array(FEATURE_NAMES, dtype=object)
        self.n_features_out_ = len(FEATURE_NAMES)
        return self

    def transform(self, X):
        """Compute the rule features of each text (an iterable of strings)."""
        check_is_fitted(self, "feature_names_")
        texts = X.iloc[:, 0] if isinstance(X, pd.DataFrame) else X
        return rule_features(list(np.asarray(texts, dtype=object).ravel()))

    def get_feature_names_out(self, input_features=None):
        """The names of :data:`FEATURE_NAMES`."""
        check_is_fitted(self, "feature_names_")
        return self.feature_names_.copy()


def classifier(C: float = 0.3, lexicon_weight: float = 0.3, char: bool = True, embeddings: bool = False,
               embedding_weight: float = 1.0, encoder=None, random_state: int = 0) -> Pipeline:
    """Return an unfitted stance classifier: tf-idf words and characters, rule features, logistic regression.

    The pipeline reads texts, or a DataFrame with ``text`` and the target's
    ``target_start``/``target_end`` in it (see :class:`StanceInput`). Its features are
    word uni- and bigrams and character 2-5-grams of the text with the target masked
    (tf-idf, sublinear), and the :class:`StanceFeatures` of the whole text and of the
    words after the target, standardised and weighted by ``lexicon_weight``; with
    ``embeddings=True`` also the sentence embedding of the text with the target masked
    (:class:`~discourse.features.embeddings.SentenceEmbedding`, all-MiniLM-L6-v2 unless
    ``encoder`` names another, such as ``"all-mpnet-base-v2"``), weighted by ``embedding_weight``. The model is
    a class-balanced logistic regression; labels are those of the training data (usually
    ``favour``/``against``/``neutral``, which :func:`discourse.features.stance.measure`
    needs).

    Parameters
    ----------
    C : float
        Inverse regularisation strength.
    lexicon_weight : float
        Weight of the rule features against the tf-idf blocks.
    char : bool
        Include character n-grams (slower, better on short texts).
    embeddings : bool
        Add sentence embeddings (needs the ``embed`` extra). In nested grouped cross-validation
        they lift macro-F1 on UNSCon from 0.717 to 0.734 and on IBM Claim Stance (sentiment
        toward the target) from 0.712 to 0.760 (``docs/validation/``).
    embedding_weight : float
        Weight of the embedding block.
    encoder : str or Path, optional
        The sentence encoder: a known model's name, a model folder or package (see
        :func:`discourse.features.embeddings.model_path`). ``"all-mpnet-base-v2"`` (the
        ``embed-mpnet`` extra) is about six times slower than the default and the most
        accurate: IBM sentiment toward the target 0.860, stance toward the topic 0.711.
    random_state : int
        Seed of the solver, so fits are deterministic.

    Returns
    -------
    Pipeline
        Steps ``input``, ``features`` (a ColumnTransformer with blocks ``word``, ``char``,
        ``lexicon``, ``lexicon_after`` and, with embeddings, ``embedding``) and ``model``.

    See Also
    --------
    cross_validate : score it with cross-validation grouped by document, meeting or topic.

    Examples
    --------
    >>> clf = classifier().fit(["We condemn the aggression.", "We welcome the agreement.",
    ...                         "This is an illegal annexation.", "We support the peace plan."],
    ...                        ["against", "favour", "against", "favour"])
    >>> clf.predict(["We strongly condemn the illegal aggression."]).tolist()
    ['against']
    """
    blocks = [("word", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2), "masked"),
              ("lexicon", Pipeline([("rules", StanceFeatures()), ("scale", StandardScaler())]), "text"),
              ("lexicon_after", Pipeline([("rules", StanceFeatures()), ("scale", StandardScaler())]), "after")]
    if char:
        blocks.insert(1, ("char", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True,
                                                  min_df=2), "masked"))
    if embeddings:
        from .embeddings import SentenceEmbedding

        blocks.append(("embedding", SentenceEmbedding(encoder), "masked"))
    weights = {"word": 1.0, "char": 1.0, "lexicon": lexicon_weight, "lexicon_after": lexicon_weight,
               "embedding": embedding_weight}
    features = ColumnTransformer(blocks, transformer_weights={n: weights[n] for n, _, _ in blocks})
    model = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, random_state=random_state)
    return Pipeline([("input", StanceInput()), ("features", features), ("model", model)])


def _take(X, index):
    """Rows of X by position (a Series or DataFrame by position too, whatever its index)."""
    return X.iloc[list(index)] if isinstance(X, (pd.DataFrame, pd.Series)) else [X[i] for i in index]


def cross_validate(X, labels, groups, n_splits: int = 5, param_grid=None, inner_splits: int = 3,
                   estimator=None, n_jobs=None) -> pd.DataFrame:
    """Predict every unit from a classifier fitted on other groups (grouped, nested cross-validation).

    The outer loop is a :class:`~sklearn.model_selection.GroupKFold`: a document, meeting or
    topic is never on both sides of a split. Hyper-parameters are chosen inside each
    outer training part by a grouped inner cross-validation (macro-F1), never on the
    units being predicted.

    Parameters
    ----------
    X : sequence of str or DataFrame
        Texts, or a table with ``text`` and optional ``target_start``/``target_end``.
    labels : sequence of str
        The hand-coded stance of each unit.
    groups : sequence
        The document, meeting or topic of each unit.
    n_splits : int
        Outer folds (at most the number of groups).
    param_grid : dict, optional
        Hyper-parameters to try (default :data:`DEFAULT_GRID`, or :data:`EMBEDDING_GRID` for an
        estimator with an ``embedding`` block); ``{}`` fits the estimator as given.
    inner_splits : int
        Inner folds (at most the number of groups in a training part).
    estimator : Pipeline, optional
        By default :func:`classifier`.
    n_jobs : int, optional
        Parallel fits of the inner search.

    Returns
    -------
    DataFrame
        One row per unit, columns :data:`PREDICTION_COLUMNS`: ``row`` (position in ``X``),
        ``fold``, ``group``, ``label``, ``predicted``, ``score`` (P(favour) - P(against), or
        the probability of the second class when the labels are neither), ``params`` (JSON of
        the chosen hyper-parameters). An outer fold whose training part holds one label only
        cannot be fitted; its units are left out, with a warning.
    """
    estimator = estimator if estimator is not None else classifier()
    grid = param_grid if param_grid is not None else EMBEDDING_GRID if _has_embedding(estimator) else DEFAULT_GRID
    return grouped_predictions(X, labels, groups, estimator, grid, n_splits, inner_splits, n_jobs,
                               "code units of each stance")


def grouped_predictions(X, labels, groups, estimator, grid, n_splits: int = 5, inner_splits: int = 3,
                        n_jobs=None, fix: str = "code units of each class") -> pd.DataFrame:
    """The grouped, nested cross-validation of the stance and frame classifiers' ``cross_validate``.

    Labels are compared as strings. An outer fold whose training part holds one class only
    cannot be fitted: its units are left out, with a warning.
    """
    X, y, groups = _checked(X, labels, groups, fix)
    n = len(y)
    n_groups = len(set(groups.tolist()))
    if n_groups < 2:
        raise InputError(None, None, "groups", "cross-validation needs at least two groups",
                         "pass the document, meeting or topic of each unit")
    rows = []
    for fold, (train, test) in enumerate(GroupKFold(n_splits=min(n_splits, n_groups)).split(np.zeros(n), y, groups)):
        if len(set(y[train])) < 2:
            warnings.warn(f"fold {fold}: the training part has one class only ({y[train][0]!r}), so its "
                          f"{len(test)} units are not predicted", UserWarning, stacklevel=3)
            continue
        model, params = _fit(estimator, grid, _take(X, train), y[train], groups[train], inner_splits, n_jobs)
        proba = model.predict_proba(_take(X, test))
        predicted = model.classes_[proba.argmax(axis=1)]
        score = _score(proba, model.classes_)
        for i, p, s in zip(test, predicted, score):
            rows.append((int(i), fold, str(groups[i]), y[i], p, s, params))
    table = pd.DataFrame(rows, columns=list(PREDICTION_COLUMNS)).sort_values("row", ignore_index=True)
    return table.astype(PREDICTION_COLUMNS)


def fit(X, labels, groups, param_grid=None, inner_splits: int = 3, estimator=None, n_jobs=None):
    """Fit the stance classifier as it was validated: hyper-parameters chosen by a grouped search.

    The search is the inner loop of :func:`cross_validate` run on all the data: a
    :class:`~sklearn.model_selection.GridSearchCV` over ``param_grid`` with
    :class:`~sklearn.model_selection.GroupKFold` folds (a document, meeting or topic never on
    both sides), scored by macro-F1, then refitted on everything with the best parameters. This
    is the model behind the figures in ``docs/validation/``; ``classifier().fit(texts, labels)``
    keeps the default parameters and scores lower (IBM Claim Stance: 0.658 against 0.687).

    Parameters
    ----------
    X, labels, groups, param_grid, inner_splits, estimator, n_jobs
        As for :func:`cross_validate`.

    Returns
    -------
    Pipeline
        The fitted classifier, for ``stance.measure(corpus, method="model", model=...)``; its
        ``search_params_`` attribute holds the chosen hyper-parameters (JSON).

    Raises
    ------
    InputError
        When the labels have one class only, there are fewer than two groups (no search is
        possible: pass ``param_grid={}`` to fit the estimator as given), or X, labels and
        groups differ in length.

    Examples
    --------
    >>> texts = ["We condemn the aggression.", "We welcome the agreement.", "This is an illegal annexation.",
    ...          "We support the peace plan.", "We reject the so-called referendum.", "We praise the deal."]
    >>> model = fit(texts, ["against", "favour"] * 3, groups=[1, 1, 2, 2, 3, 3],
    ...             param_grid={"model__C": [0.3, 1.0]}, estimator=classifier(char=False))
    >>> model.predict(["We strongly condemn the illegal aggression."]).tolist()
    ['against']
    >>> import json; list(json.loads(model.search_params_))
    ['model__C']
    """
    estimator = estimator if estimator is not None else classifier()
    grid = param_grid if param_grid is not None else EMBEDDING_GRID if _has_embedding(estimator) else DEFAULT_GRID
    return grouped_fit(X, labels, groups, estimator, grid, inner_splits, n_jobs, "code units of each stance")


def grouped_fit(X, labels, groups, estimator, grid, inner_splits: int = 3, n_jobs=None,
                fix: str = "code units of each class"):
    """The grouped search and refit behind the stance and frame classifiers' ``fit``."""
    X, y, groups = _checked(X, labels, groups, fix)
    if grid and len(set(groups.tolist())) < 2:
        raise InputError(None, None, "groups", "a grouped search needs at least two groups",
                         "pass the document, meeting or topic of each unit, or param_grid={} to fit as given")
    try:
        model, params = _fit(estimator, grid, X, y, groups, inner_splits, n_jobs)
    except ValueError as err:  # too few units of a class for a fold, a bad grid key ...
        reason = next((ln.strip() for ln in reversed(str(err).splitlines()) if ln.strip()), str(err))
        raise InputError(None, None, "labels/param_grid", f"the classifier could not be fitted: {reason}",
                         f"{fix} (a few in every group), or check the names in param_grid") from None
    model.search_params_ = params
    return model


def _checked(X, labels, groups, fix: str):
    """X as a sequence, the labels as strings and the groups as an array, checked to match."""
    y = np.asarray([str(v) for v in labels], dtype=object)
    groups = np.asarray(groups)
    if not isinstance(X, (pd.DataFrame, pd.Series, np.ndarray, list, tuple)):
        X = list(X)
    if len(groups) != len(y) or len(X) != len(y):
        raise InputError(None, None, "labels/groups", f"X, labels and groups differ in length "
                         f"({len(X)} units, {len(y)} labels, {len(groups)} groups)",
                         "pass one label and one group per unit")
    if len(set(y)) < 2:
        raise InputError(None, None, "labels", "the labels have one class only", fix)
    return X, y, groups


def _has_embedding(estimator) -> bool:
    features = getattr(estimator, "named_steps", {}).get("features")
    return any(name == "embedding" for name, _, _ in getattr(features, "transformers", []))


def _fit(estimator, grid, X, y, groups, inner_splits, n_jobs):
    inner = min(inner_splits, len(set(groups.tolist())))
    if not grid or inner < 2:
        return clone(estimator).fit(X, y), "{}"
    search = GridSearchCV(clone(estimator), grid, cv=GroupKFold(n_splits=inner), scoring="f1_macro",
                          n_jobs=n_jobs, refit=True)
    search.fit(X, y, groups=groups)
    return search.best_estimator_, json.dumps(search.best_params_, sort_keys=True, default=str)


def _score(proba: np.ndarray, classes) -> np.ndarray:
    """P(favour) - P(against); for other labels the probability of the second class."""
    classes = list(classes)
    if "favour" in classes or "against" in classes:
        fav = proba[:, classes.index("favour")] if "favour" in classes else 0.0
        ag = proba[:, classes.index("against")] if "against" in classes else 0.0
        return np.asarray(fav - ag, dtype=np.float64)
    return proba[:, -1].astype(np.float64)


def _metrics(y: np.ndarray, p: np.ndarray, k: int) -> np.ndarray:
    """Macro-F1, accuracy, then precision, recall and F1 of each of k classes, from codes
    (0..k-1 for the classes averaged over, k for any other prediction)."""
    counts = np.bincount(y * (k + 1) + p, minlength=(k + 1) ** 2).reshape(k + 1, k + 1)[:k]
    tp = np.diag(counts[:, :k]).astype(np.float64)
    predicted, actual = counts[:, :k].sum(axis=0), counts.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, tp / predicted, 0.0)
        recall = np.where(actual > 0, tp / actual, 0.0)
        f1 = np.where(precision + recall > 0, 2 * precision * recall / (precision + recall), 0.0)
    per = np.column_stack([precision, recall, f1]).ravel()
    return np.concatenate([[f1.mean(), tp.sum() / max(len(y), 1)], per])


@renamed_keywords(level="conf_level")
def evaluate(labels, predicted, groups=None, n_boot: int = 2000, conf_level: float = 0.95,
             seed: int = 0, classes=None) -> pd.DataFrame:
    """Score predictions against hand codes, with bootstrap confidence intervals.

    Macro-F1, accuracy, and per-label precision, recall and F1. The interval is a
    percentile bootstrap; with ``groups`` it resamples whole groups (speeches, documents,
    topics), because units of one group are not independent.

    Parameters
    ----------
    labels, predicted : sequence of str
        Hand codes and predictions, one per unit.
    groups : sequence, optional
        The cluster of each unit, resampled as a whole.
    n_boot : int
        Bootstrap replicates.
    conf_level : float
        Coverage of the interval (``level=`` is the deprecated old name).
    seed : int
        Seed of the resampling.
    classes : sequence of str, optional
        Labels to average over (default: those in ``labels``). A prediction outside them
        (e.g. ``neutral`` when the codes are favour/against) counts as wrong; a unit coded
        outside them is not scored.

    Returns
    -------
    DataFrame
        Columns :data:`EVALUATION_COLUMNS`: ``metric`` (``macro_f1``, ``accuracy``, ``precision``,
        ``recall``, ``f1``), ``label`` (for per-label metrics), ``value``, ``ci_low``, ``ci_high``,
        ``n`` (units) and ``n_groups``.

    Examples
    --------
    >>> table = evaluate(["favour", "against", "against", "favour"], ["favour", "against", "favour", "favour"],
    ...                  n_boot=200)
    >>> row = table[table["metric"] == "macro_f1"].iloc[0]
    >>> round(float(row["value"]), 3), int(row["n"])
    (0.733, 4)
    """
    from .._errors import check_conf_level

    conf_level = check_conf_level(conf_level)
    y = np.asarray([str(v) for v in labels], dtype=object)
    p = np.asarray([str(v) for v in predicted], dtype=object)
    if len(y) != len(p) or not len(y):
        raise InputError(None, None, "predicted", f"{len(y)} labels and {len(p)} predictions",
                         "pass one prediction per hand-coded unit")
    classes = list(classes) if classes is not None else sorted(set(y))
    code = {label: i for i, label in enumerate(classes)}
    k = len(classes)
    keep = np.array([v in code for v in y])  # units coded outside the classes are not scored
    yc = np.array([code.get(v, k) for v in y[keep]], dtype=np.int64)
    pc = np.array([code.get(v, k) for v in p[keep]], dtype=np.int64)
    groups = np.arange(len(y))[keep] if groups is None else np.asarray(groups)[keep]
    names = [("macro_f1", None), ("accuracy", None)] + [(m, label) for label in classes
                                                        for m in ("precision", "recall", "f1")]
    point = _metrics(yc, pc, k)
    members = pd.Series(np.arange(len(yc))).groupby(groups).apply(lambda s: s.to_numpy()).tolist()
    rng = np.random.default_rng(seed)
    draws = np.empty((n_boot, len(point)))
    for b in range(n_boot):
        index = np.concatenate([members[j] for j in rng.integers(0, len(members), len(members))])
        draws[b] = _metrics(yc[index], pc[index], k)
    alpha = (1 - conf_level) / 2
    if n_boot:
        low, high = np.quantile(draws, [alpha, 1 - alpha], axis=0)
    else:
        low = high = np.full(len(point), np.nan)
    rows = [(m, lab, v, lo, hi, len(yc), len(members)) for (m, lab), v, lo, hi in zip(names, point, low, high)]
    return pd.DataFrame(rows, columns=list(EVALUATION_COLUMNS)).astype(EVALUATION_COLUMNS)
