"""The scikit-learn face of frame measurement: documents to a document x frame matrix."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from ._matcher import matcher
from .frames import _as_lexicon

__all__ = ["FrameVectorizer"]


class FrameVectorizer(TransformerMixin, BaseEstimator):
    """Turn documents into a sparse document x frame matrix of lexicon hit counts.

    The scikit-learn face of :func:`measure`: the same matcher, for pipelines.

    Parameters
    ----------
    lexicon : Lexicon or str, default "china_diplomatic"
    negated : {"exclude", "include"}
        Whether negated hits are counted.

    Examples
    --------
    >>> vec = FrameVectorizer("geopolitics").fit(["x"])
    >>> X = vec.transform(["The Great Game and a debt trap.", "Nothing here."])
    >>> int(X.sum()), "great_game" in vec.get_feature_names_out()
    (2, True)
    """

    def __init__(self, lexicon="china_diplomatic", negated: str = "exclude"):
        self.lexicon = lexicon
        self.negated = negated

    def fit(self, X=None, y=None):
        """Learn the frame names of the lexicon; ``X`` is not used."""
        lex = _as_lexicon(self.lexicon)
        self.lexicon_ = lex
        self.frames_ = np.array(lex.frames, dtype=object)
        return self

    def transform(self, X):
        """Count each frame in each document (an iterable of strings)."""
        check_is_fitted(self, "frames_")
        index = {f: i for i, f in enumerate(self.frames_)}
        match = matcher(self.lexicon_)
        docs = list(X)
        rows, cols = [], []
        for row, text in enumerate(docs):
            for hit in match.find(str(text)):
                if self.negated == "include" or not hit.negated:
                    rows.append(row)
                    cols.append(index[hit.frame])
        data = np.ones(len(rows), dtype=np.int64)
        return sp.csr_matrix((data, (rows, cols)), shape=(len(docs), len(self.frames_)))

    def get_feature_names_out(self, input_features=None):
        """Frame names, the columns of the matrix."""
        check_is_fitted(self, "frames_")
        return self.frames_.copy()
