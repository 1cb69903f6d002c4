"""Vocabulary comparison: term counts, keyness (chi², G², PMI) and Fightin' Words."""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse, stats

from .._compat import renamed_keywords
from .._errors import InputError
from .._fold import TOKEN_PATTERN, normalize_apostrophes, tokens
from ._common import as_list, require_columns

KEYNESS_COLUMNS = ["group", "term", "count", "count_other", "tokens", "tokens_other", "expected",
                   "statistic", "p_value", "measure"]
FIGHTIN_COLUMNS = ["group", "term", "count", "count_other", "tokens", "tokens_other", "prior",
                   "estimate", "std_error", "statistic", "p_value", "measure"]


@renamed_keywords(ngram="ngram_range")
def count_terms(documents, by="source", text="text", ngram_range=(1, 1), stop_words=None,
                min_count=1, token_pattern=TOKEN_PATTERN):
    """Count the terms of each group's documents.

    Texts are lower-cased and every apostrophe (``’ ‘ ʼ ′ ` ´``, see
    :data:`discourse._fold.APOSTROPHES`) is read as ``'`` before tokenizing, so
    "President’s" and "President's" are the same term, ``president's``: as in quanteda,
    a possessive or contraction stays one token (no stray ``s`` or ``t``). scikit-learn's
    default ``token_pattern`` would instead drop the ``'s`` and split "don't" into ``don``;
    pass ``token_pattern=r"(?u)\\b\\w\\w+\\b"`` for that.

    Parameters
    ----------
    documents : DataFrame
        One row per document, with the text and the grouping column(s), such as
        ``corpus.documents``.
    by : str or list of str, default "source"
        Grouping column(s); several are joined with ``" | "`` into one group name.
    text : str, default "text"
    ngram_range : (int, int), default (1, 1)
        Shortest and longest n-grams (``ngram=`` is the deprecated old name).
    stop_words : "english" or list of str, optional
        Terms to drop (scikit-learn's English list for ``"english"``); apostrophes in a list
        are read as ``'`` too.
    min_count : int, default 1
        Drop terms seen fewer times than this over all groups.
    token_pattern : str
        Regular expression for a token, applied to the lower-cased text with ASCII
        apostrophes: by default :data:`discourse._fold.TOKEN_PATTERN` (through
        ``discourse._fold.tokens``, which also splits Chinese into jieba's words), words with inner
        hyphens and apostrophes kept (``win-win``, ``non-interference``, ``president's``,
        ``don't``) and dotted abbreviations whole (``u.s.``).

    Returns
    -------
    DataFrame
        ``group, term, count``: one row per group and term it uses, sorted by group and term.

    See Also
    --------
    keyness, fightin_words

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> docs = pd.DataFrame({"source": ["A", "B"], "text": ["Win-win cooperation.", "The U.S.’s win."]})
    >>> dx.stats.count_terms(docs)
      group         term  count
    0     A  cooperation      1
    1     A      win-win      1
    2     B          the      1
    3     B       u.s.'s      1
    4     B          win      1
    """
    from sklearn.feature_extraction.text import CountVectorizer

    by = as_list(by)
    require_columns(documents, [text, *by], "documents")
    texts = documents[text].fillna("").astype(str)
    groups = documents[by].astype(str).agg(" | ".join, axis=1)
    if stop_words is not None and not isinstance(stop_words, str):
        stop_words = [normalize_apostrophes(str(w).lower()) for w in stop_words]
    # the default pattern is discourse's tokens(), which also splits Chinese into words (jieba)
    split = dict(tokenizer=tokens, token_pattern=None) if token_pattern == TOKEN_PATTERN else dict(token_pattern=token_pattern)
    vectorizer = CountVectorizer(preprocessor=_preprocess, ngram_range=tuple(ngram_range), stop_words=stop_words,
                                 **split)
    try:
        X = vectorizer.fit_transform(texts)
    except ValueError as exc:
        raise InputError(field=text, problem="the documents contain no terms",
                         fix="check the text column") from exc
    codes, names = pd.factorize(groups, sort=True)
    G = sparse.csr_matrix((np.ones(len(codes)), (codes, np.arange(len(codes)))),
                          shape=(len(names), len(codes)))
    counts = (G @ X).tocsc()
    keep = np.flatnonzero(np.asarray(counts.sum(axis=0)).ravel() >= min_count)
    counts = counts[:, keep].tocoo()
    terms = vectorizer.get_feature_names_out()[keep]
    out = pd.DataFrame({"group": np.asarray(names)[counts.row], "term": terms[counts.col],
                        "count": counts.data.astype("int64")})
    return out.sort_values(["group", "term"], ignore_index=True)


def _preprocess(text: str) -> str:
    """Lower case and ASCII apostrophes: what every term is counted from."""
    return normalize_apostrophes(text.lower())


def _matrix(counts, group, term, count, groups):
    require_columns(counts, [group, term, count], "counts")
    wide = counts.pivot_table(index=group, columns=term, values=count, aggfunc="sum",
                              fill_value=0, observed=True)
    present = [str(g) for g in wide.index]
    wide.index = present
    if groups is not None:
        absent = [g for g in groups if str(g) not in present]
        if absent:
            raise InputError(field=group, problem=f"group {absent[0]!r} has no terms (no "
                             f"documents); the groups are {', '.join(present)}",
                             fix="compare groups that occur in the counts")
        wide = wide.loc[[str(g) for g in groups]]
    if len(wide) < 2:
        raise InputError(field=group, problem=f"fewer than two groups to compare "
                         f"({', '.join(wide.index) or 'none'})",
                         fix="count terms for at least two groups")
    wide = wide.loc[:, wide.sum(axis=0) > 0]
    empty = wide.index[wide.sum(axis=1) == 0]
    if len(empty):
        raise InputError(field=group, problem=f"group {empty[0]!r} has no terms",
                         fix="drop the group or check its documents")
    return wide.astype(float)


def _long(wide, y, other, n, n_other):
    groups = np.repeat(wide.index.to_numpy(), wide.shape[1])
    terms = np.tile(wide.columns.to_numpy(), wide.shape[0])
    return pd.DataFrame({"group": groups, "term": terms, "count": y.ravel().astype("int64"),
                         "count_other": other.ravel().astype("int64"),
                         "tokens": np.repeat(n, wide.shape[1]).astype("int64"),
                         "tokens_other": np.repeat(n_other, wide.shape[1]).astype("int64")})


def fightin_words(counts, group="group", term="term", count="count", groups=None, prior=1000.0,
                  min_count=1):
    """Compare vocabularies with Fightin' Words: log-odds ratios with an informative prior.

    Implements Monroe, Colaresi & Quinn (2008, section 3.5): for term ``w``, group ``i`` and
    the rest ``j``, with Dirichlet prior ``α_w`` (``α0 = Σ α_w``),

    ``δ_w = log((y_wi + α_w) / (n_i + α0 − y_wi − α_w))
    − log((y_wj + α_w) / (n_j + α0 − y_wj − α_w))``,
    ``var(δ_w) ≈ 1 / (y_wi + α_w) + 1 / (y_wj + α_w)`` and ``z = δ_w / sqrt(var)``.

    With two groups each is compared with the other; with more, each group is compared with
    all the others pooled.

    Parameters
    ----------
    counts : DataFrame
        Long term counts, such as :func:`count_terms` returns.
    group, term, count : str
        Column names in ``counts``.
    groups : list, optional
        The groups to compare (default: all). Two groups give a head-to-head comparison.
    prior : float or Series, default 1000.0
        A number is ``α0``: the prior is the pooled term distribution of the compared groups
        scaled to ``α0`` pseudo-counts (larger shrinks rare terms more). A Series indexed by
        term gives ``α_w`` directly (e.g. counts from a background corpus); it must be
        positive for every term.
    min_count : int, default 1
        Leave out terms used fewer times than this by the compared groups together.

    Returns
    -------
    DataFrame
        ``group, term, count, count_other, tokens, tokens_other, prior, estimate, std_error,
        statistic, p_value, measure``: ``estimate`` is δ (positive: the group uses the term
        more), ``statistic`` the z-score, ``p_value`` two-sided normal, ``prior`` is ``α_w``,
        ``measure`` is ``"fightin_words"``. Sorted by group, then z descending.

    Raises
    ------
    InputError
        When fewer than two groups are left, a group has no terms, or only one term is left.

    See Also
    --------
    count_terms, keyness, plot_fightin_words

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> counts = pd.DataFrame({"group": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"],
    ...                        "count": [30, 10, 10, 30]})
    >>> fw = dx.stats.fightin_words(counts, prior=10)
    >>> fw[["group", "term", "estimate", "std_error", "statistic"]].round(3)
      group term  estimate  std_error  statistic
    0     A    x     1.695      0.309      5.491
    1     A    y    -1.695      0.309     -5.491
    2     B    y     1.695      0.309      5.491
    3     B    x    -1.695      0.309     -5.491
    """
    wide = _matrix(counts, group, term, count, groups)
    wide = wide.loc[:, wide.sum(axis=0) >= min_count]
    if wide.shape[1] == 1:
        raise InputError(field=term, problem=f"only one term is left ({wide.columns[0]!r}), so every group "
                         "uses it at the same rate and its log-odds are undefined",
                         fix="compare at least two terms, or lower min_count")
    y = wide.to_numpy()
    total, n = y.sum(axis=0), y.sum(axis=1)
    if isinstance(prior, pd.Series):
        alpha = prior.reindex(wide.columns).to_numpy(float)
        if not (alpha > 0).all():
            raise InputError(field="prior", problem=f"the prior has no positive value for "
                             f"'{wide.columns[int(np.argmin(alpha > 0))]}'",
                             fix="give every term a positive prior (e.g. add 0.01)")
    else:
        if not float(prior) > 0:
            raise InputError(field="prior", problem="α0 must be positive", fix="use e.g. 1000")
        alpha = float(prior) * total / total.sum()
    a0 = alpha.sum()
    other, n_other = total - y, n.sum() - n
    odds = np.log((y + alpha) / (n[:, None] + a0 - y - alpha))
    odds_other = np.log((other + alpha) / (n_other[:, None] + a0 - other - alpha))
    delta = odds - odds_other
    se = np.sqrt(1 / (y + alpha) + 1 / (other + alpha))
    out = _long(wide, y, other, n, n_other)
    out["prior"] = np.tile(alpha, len(wide))
    out["estimate"], out["std_error"] = delta.ravel(), se.ravel()
    out["statistic"] = out["estimate"] / out["std_error"]
    out["p_value"] = 2 * stats.norm.sf(np.abs(out["statistic"]))
    out["measure"] = "fightin_words"
    return _sorted(out)


def _sorted(out):
    order = {g: i for i, g in enumerate(pd.unique(out["group"]))}
    out = out.assign(_g=out["group"].map(order)).sort_values(["_g", "statistic", "term"],
                                                             ascending=[True, False, True])
    return out.drop(columns="_g").reset_index(drop=True)


def keyness(counts, group="group", term="term", count="count", groups=None, measure="g2",
            min_count=1):
    """Find the terms that are key to a group: chi², G² (Williams-corrected) or PMI.

    Each term's 2 × 2 table (the term or all other terms, in the group or in the rest) gives
    the statistic. With two groups each is compared with the other; with more, each with the
    others pooled. The output columns are the same for every measure.

    Parameters
    ----------
    counts : DataFrame
        Long term counts, such as :func:`count_terms` returns.
    group, term, count : str
        Column names in ``counts``.
    groups : list, optional
        The groups to compare (default: all).
    measure : {"g2", "chi2", "pmi"}, default "g2"
        ``"chi2"``: Pearson's chi² without continuity correction. ``"g2"``: the
        log-likelihood ratio G² divided by Williams' (1976) correction
        ``q = 1 + (N Σ 1/row − 1)(N Σ 1/col − 1) / (6N)``. ``"pmi"``: pointwise mutual
        information of term and group, ``log2(count × N / (term total × group tokens))``
        (``-inf`` for a term the group never uses).
    min_count : int, default 1
        Leave out terms used fewer times than this by the compared groups together.

    Returns
    -------
    DataFrame
        ``group, term, count, count_other, tokens, tokens_other, expected, statistic, p_value,
        measure``: ``expected`` is the count if the group used the term at the rate of all
        compared groups; chi² and G² are signed (negative when the group uses the term less
        than expected). ``p_value`` is that of the chi² or corrected G² test with one degree
        of freedom; for PMI, which is not a test, it is the corrected G² p-value of the same
        table so that PMI rankings can be filtered. Sorted by group, then statistic
        descending.

    Raises
    ------
    InputError
        When fewer than two groups are left or a group has no terms.

    See Also
    --------
    fightin_words : Log-odds ratios with a prior, which keep rare terms from dominating.

    Examples
    --------
    >>> import pandas as pd
    >>> import discourse as dx
    >>> counts = pd.DataFrame({"group": ["A", "A", "B", "B"], "term": ["x", "y", "x", "y"],
    ...                        "count": [30, 10, 10, 30]})
    >>> k = dx.stats.keyness(counts, measure="chi2")
    >>> k[["group", "term", "count", "expected", "statistic", "p_value"]].round(4)
      group term  count  expected  statistic  p_value
    0     A    x     30      20.0       20.0      0.0
    1     A    y     10      20.0      -20.0      0.0
    2     B    y     30      20.0       20.0      0.0
    3     B    x     10      20.0      -20.0      0.0
    """
    key = str(measure).lower()
    if key not in {"g2", "chi2", "pmi"}:
        raise InputError(field="measure", problem=f"unknown measure {measure!r}",
                         fix="use 'g2', 'chi2' or 'pmi'")
    wide = _matrix(counts, group, term, count, groups)
    wide = wide.loc[:, wide.sum(axis=0) >= min_count]
    y = wide.to_numpy()
    total, n = y.sum(axis=0), y.sum(axis=1)
    a, c = y, total - y
    b, d = n[:, None] - a, (n.sum() - n)[:, None] - c
    big_n = n.sum()
    observed = np.stack([a, b, c, d])
    rows = np.stack([a + b, a + b, c + d, c + d])
    cols = np.stack([a + c, b + d, a + c, b + d])
    expected = rows * cols / big_n
    g2 = _g2(observed, expected, a + b, c + d, a + c, b + d, big_n)
    sign = np.sign(a - expected[0])
    if key == "chi2":
        with np.errstate(divide="ignore", invalid="ignore"):  # a cell expected empty is empty: it adds 0
            value = np.where(expected > 0, (observed - expected) ** 2 / expected, 0.0).sum(axis=0)
        statistic, p_value = sign * value, stats.chi2.sf(value, 1)
    else:
        p_value = stats.chi2.sf(g2, 1)
        with np.errstate(divide="ignore", invalid="ignore"):  # a term the group never uses: -inf
            statistic = sign * g2 if key == "g2" else np.where(a > 0, np.log2(a * big_n / ((a + c) * (a + b))),
                                                                -np.inf)
    out = _long(wide, y, c, n, n.sum() - n)
    out["expected"] = expected[0].ravel()
    out["statistic"], out["p_value"], out["measure"] = statistic.ravel(), p_value.ravel(), key
    return _sorted(out)


def _g2(observed, expected, r1, r2, c1, c2, big_n):
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.where(observed > 0, observed * np.log(observed / expected), 0.0)
    g2 = 2 * terms.sum(axis=0)
    with np.errstate(divide="ignore"):  # one term only, or a group min_count left bare: q = inf, G² = 0
        q = 1 + (big_n * (1 / r1 + 1 / r2) - 1) * (big_n * (1 / c1 + 1 / c2) - 1) / (6 * big_n)
    return np.maximum(g2, 0) / q
