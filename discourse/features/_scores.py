"""Sentence sentiment with VADER, and its aggregation over many sentences."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd

from .._compat import deprecated_alias
from .._errors import InputError
from .._fold import normalize_apostrophes
from ._vader import vader_model

__all__ = ["SCORE_COLUMNS", "THRESHOLD", "aggregate", "sentence_scores", "summarize", "vader"]

#: The score columns VADER gives each text.
SCORE_COLUMNS = ["neg", "neu", "pos", "compound"]

#: VADER's own cut-off: compound >= 0.05 is positive, <= -0.05 negative (Hutto & Gilbert 2014).
THRESHOLD = 0.05
#: Document languages the English-only methods (VADER, the stance rules and cues) never score:
#: those told by their script, so never a short English text mistaken for Spanish.
NOT_ENGLISH = frozenset({"ar", "ja", "ko", "ru", "zh"})


def as_texts(texts, field: str = "texts") -> list[str]:
    """Return texts as a list of str: missing values become ``""``, anything else is an error."""
    if isinstance(texts, str):
        return [texts]
    texts = list(texts)
    if set(map(type, texts)) <= {str}:
        return texts
    out = []
    for k, text in enumerate(texts):
        if isinstance(text, str):
            out.append(text)
        elif text is None or text is pd.NA or (isinstance(text, float) and math.isnan(text)):
            out.append("")
        else:
            raise InputError(None, f"item {k}", field, f"expected a string, got {type(text).__name__}",
                             "pass strings (convert with str() first if you mean to score them)")
    return out


def vader(texts) -> pd.DataFrame:
    """Score texts with VADER, exactly as the reference ``vaderSentiment`` 3.3.2 does.

    Every score equals ``SentimentIntensityAnalyzer().polarity_scores`` of the reference
    package (checked on the 23,703 sentences of the VADER ground truth), several times faster,
    with one difference: every apostrophe (``’ ‘ ʼ ′ ` ´``, see
    :data:`discourse._fold.APOSTROPHES`) is read as ``'`` first, as in every tokenizer of
    discourse. The reference reads "don’t" (curly, as most news sites write it) as an
    unknown word and misses the negation: "I don’t like it" scores +0.36 there, -0.28 here,
    as "I don't like it" does in both.
    VADER is made for sentences: the compound score of a long text saturates towards -1 or
    +1, so score sentences (:func:`sentence_scores`) and :func:`summarize` them.

    Parameters
    ----------
    texts : str or iterable of str
        The texts. Missing values (None, NaN, ``pd.NA``) score like an empty text.

    Returns
    -------
    DataFrame
        One row per text, in order, with columns

        - ``text_id`` (int64): the position of the text, 0 to n - 1;
        - ``neg``, ``neu``, ``pos`` (float64): the shares of negative, neutral and positive
          words, rounded to 3 decimals as in the reference;
        - ``compound`` (float64): the normalised sum of valences in [-1, 1], rounded to 4.

        An empty text, or one of whitespace only, scores 0 everywhere; a text with no
        lexicon word (punctuation, most non-English text) has ``neu = 1`` and the rest 0.

    Raises
    ------
    InputError
        When an item is neither a string nor missing.

    See Also
    --------
    sentence_scores : VADER for every sentence of a corpus.
    dictionary_scores : counts of words from your own dictionary, with negation.

    Examples
    --------
    >>> from discourse.features import sentiment
    >>> sentiment.vader(["The talks were a great success.", "Not good at all!", ""])
       text_id    neg    neu    pos  compound
    0        0  0.000  0.339  0.661    0.8316
    1        1  0.473  0.527  0.000   -0.4015
    2        2  0.000  0.000  0.000    0.0000
    """
    texts = [normalize_apostrophes(t) for t in as_texts(texts)]
    neg, neu, pos, compound = vader_model().score_many(texts)
    return pd.DataFrame({"text_id": np.arange(len(texts), dtype=np.int64), "neg": neg, "neu": neu,
                         "pos": pos, "compound": compound})


def sentence_scores(corpus) -> pd.DataFrame:
    """Score every sentence of a corpus with VADER.

    Parameters
    ----------
    corpus : Corpus
        A loaded corpus (:func:`discourse.load`); its ``sentences`` table is scored.

    Returns
    -------
    DataFrame
        One row per sentence with columns ``doc_id`` (string), ``sent_id`` (int32),
        ``start``, ``end`` (int64, offsets into the document text) and ``neg``, ``neu``,
        ``pos``, ``compound`` (float64) as in :func:`vader`. VADER is for English: the
        sentences of a document in Chinese, Russian, Japanese, Korean or Arabic
        (``documents.language``) have missing scores, with a warning.

    See Also
    --------
    summarize : mean compound and shares of positive and negative sentences.

    Examples
    --------
    >>> import discourse as dx
    >>> from discourse.features import sentiment
    >>> scores = sentiment.sentence_scores(dx.load("seeds/000_dc699da55f7d4812.txt"))
    >>> scores.columns.tolist()
    ['doc_id', 'sent_id', 'start', 'end', 'neg', 'neu', 'pos', 'compound']
    >>> scores.loc[3:5, "compound"].tolist()
    [0.6808, 0.0, 0.7096]
    """
    sentences = corpus.sentences
    ok = english_only(corpus, sentences["doc_id"], "VADER", starts=sentences["start"])
    texts = sentences["text"].tolist()
    scores = vader([t if keep else "" for t, keep in zip(texts, ok)] if not ok.all() else texts).drop(columns="text_id")
    scores.loc[~ok, :] = np.nan
    out = sentences[["doc_id", "sent_id", "start", "end"]].reset_index(drop=True)
    return pd.concat([out, scores], axis=1)


def summarize(scores: pd.DataFrame, by="doc_id", *, threshold: float = THRESHOLD) -> pd.DataFrame:
    """Summarize sentence scores per group: mean compound and shares positive and negative.

    (``aggregate`` before 0.1: one name, ``dx.stats.aggregate``, is for counts and exposure.)

    VADER's compound score saturates on long texts, so a document's sentiment is best
    described by its sentences: their mean compound score and the shares of clearly
    positive and clearly negative sentences.

    Parameters
    ----------
    scores : DataFrame
        Rows with a ``compound`` column, such as :func:`sentence_scores` returns.
    by : str or list of str
        The grouping columns (``"doc_id"`` by default). Rows with a missing key are dropped.
    threshold : float
        A sentence is positive when ``compound >= threshold`` and negative when
        ``compound <= -threshold`` (VADER's own cut-off, 0.05).

    Returns
    -------
    DataFrame
        One row per group with the ``by`` columns and ``n_sentences`` (int64, the sentences
        with a score: a missing ``compound`` is a sentence not scored), ``mean_compound``,
        ``share_positive``, ``share_negative`` (float64).

    Examples
    --------
    >>> import pandas as pd
    >>> from discourse.features import sentiment
    >>> scores = pd.DataFrame({"doc_id": ["a", "a", "a", "b"],
    ...                        "compound": [0.5, -0.6, 0.0, 0.2]})
    >>> sentiment.summarize(scores)
      doc_id  n_sentences  mean_compound  share_positive  share_negative
    0      a            3      -0.033333        0.333333        0.333333
    1      b            1       0.200000        1.000000        0.000000
    """
    by = [by] if isinstance(by, str) else list(by)
    missing = [c for c in [*by, "compound"] if c not in scores.columns]
    if missing:
        raise InputError(None, None, missing[0], f"no column {missing[0]!r} in the scores",
                         f"pass a table with the columns {[*by, 'compound']}, "
                         "such as sentence_scores(corpus) returns")
    scores = scores[scores["compound"].notna()]  # not scored (a language VADER cannot read)
    compound = scores["compound"].astype("float64")
    frame = scores[by].assign(compound=compound, positive=(compound >= threshold).astype("float64"),
                              negative=(compound <= -threshold).astype("float64"))
    out = (frame.groupby(by, sort=True, dropna=True, observed=True)
           .agg(n_sentences=("compound", "size"), mean_compound=("compound", "mean"),
                share_positive=("positive", "mean"), share_negative=("negative", "mean"))
           .reset_index())
    return out.astype({"n_sentences": "int64"})


aggregate = deprecated_alias(summarize, "aggregate")


def english_only(corpus, doc_ids, method: str, warn: bool = True, starts=None) -> np.ndarray:
    """Which rows (by their ``doc_id``, and ``starts`` offsets) a method for English may score;
    warn about the others.

    Text in Chinese, Russian, Japanese, Korean or Arabic (:data:`NOT_ENGLISH`) is not scored: an
    English method's scores of that text mean nothing. The language is the document's
    (``documents.language``) or, with ``starts``, that of the paragraph each row starts in
    (``paragraphs.language``: a Chinese paragraph of an English article is not scored, an English
    paragraph of a Chinese page is). The warning names the languages, how many documents, and what to do.

    Examples
    --------
    >>> import warnings, discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> english_only(corpus, corpus.documents["doc_id"], "VADER").tolist()
    [True]
    """
    docs = pd.Series(np.asarray(doc_ids, dtype=object))
    found = docs.map(corpus.documents.set_index("doc_id")["language"])
    if starts is not None:
        found = _paragraph_language(corpus, docs, np.asarray(starts, dtype=np.int64), found)
    ok = ~found.isin(NOT_ENGLISH).to_numpy(bool)
    if warn and not ok.all():
        langs, n = ", ".join(sorted(set(found[~ok].astype(str)))), docs[~ok].nunique()
        warnings.warn(f"{method} is for English: text in {n} "
                      f"document{'' if n == 1 else 's'} in language {langs} was not scored (sentiment and stance are not "
                      f"supported for language {langs}; their scores are missing). Frames and mentions work "
                      "in Chinese and Russian; see docs/frames.md.", UserWarning, stacklevel=3)
    return ok


def _paragraph_language(corpus, docs: pd.Series, starts: np.ndarray, found: pd.Series) -> pd.Series:
    """The language of the paragraph each (doc, start) falls in, where it is not its document's."""
    paras = corpus.paragraphs
    if "language" not in paras.columns or paras["language"].isna().all():
        return found  # a folder of an older schema: the documents' languages
    own = paras["doc_id"].map(corpus.documents.set_index("doc_id")["language"])
    other = paras[(paras["language"] != own).fillna(False).to_numpy(bool)]
    if other.empty:
        return found
    found = found.copy()
    for doc_id, group in other.groupby("doc_id", sort=False):
        rows = np.flatnonzero((docs == doc_id).to_numpy(bool))
        at = starts[rows]
        for start, end, language in zip(group["start"], group["end"], group["language"]):
            found.iloc[rows[(at >= start) & (at < end)]] = language
    return found
