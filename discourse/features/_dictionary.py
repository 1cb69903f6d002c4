"""Sentiment from a user's dictionary of positive and negative words, with negation scope.

Lexicoder's LSD2015 (Young & Soroka 2012) is the usual dictionary in political science but
may not be redistributed; this method lets users bring it, or any other word list, themselves.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from .._errors import InputError
from .._fold import normalize_apostrophes

__all__ = ["NEGATIONS", "Dictionary", "dictionary_scores"]

#: Words that open a negation scope; any word ending in "n't" does too.
NEGATIONS = ("not", "no", "never", "nor", "neither", "none", "nobody", "nothing", "nowhere",
             "cannot", "without", "hardly", "barely", "scarcely", "lack", "lacks", "lacking")

# Words (inner apostrophes kept: "don't", "china's") and the punctuation that ends a negation
# scope, read from lower-cased text with every apostrophe made ASCII (discourse._fold.APOSTROPHES).
_TOKEN = re.compile(r"\w+(?:'\w+)*|[.,!?;:]")
_PUNCT = frozenset(".,!?;:")
#: Words after which a negation no longer reaches (as punctuation ends it too).
SCOPE_ENDS = frozenset({"but", "however", "yet", "although", "though", "whereas"})


@dataclass(frozen=True, slots=True)
class Dictionary:
    """A sentiment dictionary: positive and negative words or glob patterns.

    Patterns are single words, matched case-insensitively against whole tokens; ``*`` stands
    for any run of characters and ``?`` for one, as in ``"abus*"`` (abuse, abused,
    abusive). Every apostrophe (``’ ‘ ʼ ′ ` ´``) is read as ``'``, in patterns and texts
    alike: ``"don’t"`` and ``"don't"`` are the same word. A word matching both lists counts
    once, for the list whose entry is exact, or else for neither (see
    :func:`dictionary_scores`).

    Attributes
    ----------
    positive, negative : tuple of str
    name : str
        A label recorded in every output row (``"my_dictionary"``).

    Examples
    --------
    >>> d = Dictionary(positive=("cooperat*", "friend*"), negative=("threat*",), name="demo")
    >>> d.polarity("cooperation"), d.polarity("threatened"), d.polarity("talks")
    (1, -1, 0)
    """

    positive: tuple[str, ...]
    negative: tuple[str, ...]
    name: str = "user"

    def __post_init__(self):
        try:
            self.name.encode("utf-8")  # it goes into every output row
        except (AttributeError, UnicodeEncodeError):
            raise InputError(None, None, "name", f"{self.name!r} is not text that can be written out",
                             "name the dictionary with plain text, such as 'lsd2015'") from None
        for field in ("positive", "negative"):
            entries = getattr(self, field)
            if isinstance(entries, str):
                entries = (entries,)
            object.__setattr__(self, field, tuple(entries))
            for k, entry in enumerate(getattr(self, field)):
                _check_entry(entry, field, k)

    def polarity(self, token: str) -> int:
        """Return +1, -1 or 0 for one token (lower-cased, apostrophes made ASCII, before matching)."""
        return _matcher(self)(normalize_apostrophes(token.lower()))


def _check_entry(entry, field, k):
    if not isinstance(entry, str) or not entry.strip(" *?"):
        raise InputError(None, f"entry {k}", field, f"empty or non-text pattern {entry!r}",
                         "write a word or glob such as 'abus*', or drop the entry")
    if len(entry.split()) > 1:
        raise InputError(None, f"entry {k}", field, f"{entry!r} has more than one word",
                         "write one word per entry; phrases are not matched")


class _Matcher:
    """Lower-case token -> +1/-1/0, memoized per token."""

    def __init__(self, dictionary: Dictionary):
        self.exact, self.globs = {}, []
        for sign, entries in ((1, dictionary.positive), (-1, dictionary.negative)):
            for entry in entries:
                entry = normalize_apostrophes(entry.strip().lower())
                if any(c in entry for c in "*?["):
                    self.globs.append((re.compile(fnmatch.translate(entry)), sign))
                else:
                    self.exact[entry] = 0 if self.exact.get(entry, sign) != sign else sign
        self.memo: dict[str, int] = {}

    def __call__(self, token: str) -> int:
        sign = self.memo.get(token)
        if sign is None:
            sign = self.exact.get(token)
            if sign is None:
                signs = {s for pattern, s in self.globs if pattern.match(token)}
                sign = signs.pop() if len(signs) == 1 else 0
            if len(self.memo) < 200_000:
                self.memo[token] = sign
        return sign


@lru_cache(maxsize=32)
def _matcher(dictionary: Dictionary) -> _Matcher:
    return _Matcher(dictionary)


def _negates(token: str, negations: frozenset) -> bool:
    return token in negations or token.endswith("n't")


def _count(text: str, match: _Matcher, negations: frozenset, window: int) -> tuple[int, int, int, int]:
    """Return ``(n_tokens, n_positive, n_negative, n_negated)`` for one text."""
    n_tokens = n_pos = n_neg = n_negated = 0
    scope = 0  # how many more words the last negation reaches
    for token in _TOKEN.findall(normalize_apostrophes(text.lower())):
        if token in _PUNCT:
            scope = 0
            continue
        n_tokens += 1
        if token in SCOPE_ENDS:
            scope = 0
            continue
        if _negates(token, negations):
            scope = window
            continue
        sign = match(token)
        if sign and scope:
            sign, n_negated = -sign, n_negated + 1
        if sign > 0:
            n_pos += 1
        elif sign < 0:
            n_neg += 1
        scope = max(scope - 1, 0)
    return n_tokens, n_pos, n_neg, n_negated


def dictionary_scores(texts, dictionary: Dictionary | None = None, *, positive=None, negative=None,
                      negation_window: int = 3, negations=NEGATIONS) -> pd.DataFrame:
    """Count a dictionary's positive and negative words in each text, minding negation.

    Texts are lower-cased and split into word tokens, every apostrophe (``’ ‘ ʼ ′ ` ´``)
    read as ``'`` ("don’t" is one word, ``don't``). A dictionary word within
    ``negation_window`` words after a negation ("not", "never", "no", any "n't" word, see
    :data:`NEGATIONS`) counts for the opposite side: "not good" is negative and "not
    bad" positive. A scope ends early at punctuation (``. , ! ? ; :``) and at "but",
    "however", "yet", "although", "though" and "whereas". A token matching entries of both
    sides counts for neither, unless it is listed exactly (not by a glob) on one side only.

    Parameters
    ----------
    texts : str or iterable of str
        The texts; missing values count as empty texts.
    dictionary : Dictionary, optional
        The word lists; or give ``positive`` and ``negative`` instead.
    positive, negative : iterable of str, optional
        Words or glob patterns such as ``"abus*"``.
    negation_window : int
        How many words after a negation are negated (0 turns negation off).
    negations : iterable of str
        The negation words.

    Returns
    -------
    DataFrame
        One row per text with columns ``text_id`` (int64, position), ``n_tokens``,
        ``n_positive``, ``n_negative``, ``n_negated`` (int64: dictionary words whose sign was
        flipped), ``score`` (float64: ``(n_positive - n_negative) / n_tokens``, 0 for a text
        with no token, the tone measure of Young & Soroka 2012) and ``dictionary`` (its name).

    Raises
    ------
    InputError
        When no dictionary is given, a pattern is empty or has spaces, or the window is negative.

    Examples
    --------
    >>> from discourse.features import sentiment
    >>> sentiment.dictionary_scores(
    ...     ["They did not cooperate.", "Abuses and threats; no progress but cooperation."],
    ...     positive=["cooperat*", "progress"], negative=["abus*", "threat*"])
       text_id  n_tokens  n_positive  n_negative  n_negated     score dictionary
    0        0         4           0           1          1 -0.250000       user
    1        1         7           1           3          1 -0.285714       user
    """
    if dictionary is None:
        if positive is None and negative is None:
            raise InputError(None, None, "dictionary", "no dictionary given",
                             "pass dictionary=Dictionary(...) or positive=[...] and negative=[...]")
        dictionary = Dictionary(tuple(positive or ()), tuple(negative or ()))
    if not isinstance(negation_window, (int, np.integer)) or negation_window < 0:
        raise InputError(None, None, "negation_window", f"{negation_window!r} is not a count of words",
                         "give a whole number of words such as 3, or 0 for no negation")
    from ._scores import as_texts

    texts = as_texts(texts)
    match, negs = _matcher(dictionary), frozenset(normalize_apostrophes(w.lower()) for w in negations)
    counts = np.array([_count(t, match, negs, int(negation_window)) for t in texts],
                      dtype=np.int64).reshape(-1, 4)
    n_tokens = counts[:, 0]
    score = np.divide(counts[:, 1] - counts[:, 2], n_tokens, out=np.zeros(len(texts)),
                      where=n_tokens > 0)
    return pd.DataFrame({"text_id": np.arange(len(texts), dtype=np.int64), "n_tokens": n_tokens,
                         "n_positive": counts[:, 1], "n_negative": counts[:, 2],
                         "n_negated": counts[:, 3], "score": score,
                         "dictionary": pd.array([dictionary.name] * len(texts), dtype="string")})
