"""Framing: find lexicon frames in a corpus, in whose voice and about whom, and count them.

>>> import discourse as dx
>>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
>>> hits = dx.frames.measure(corpus, dx.lexicon("china_diplomatic"))
>>> hits.loc[hits["frame"] == "new_era", ["matched_text", "voice", "speaker", "target"]]
  matched_text   voice   speaker            target
2      new era  quoted  Lin Jian             China
3      new era  quoted  Lin Jian      Central Asia
4      new era  quoted  Lin Jian  Foreign Ministry
5      new era  quoted  Lin Jian          Lin Jian
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .._errors import InputError
from .._io import write_parquet_atomic
from .._measures import MEASURE_KEYS, Voices, document_meta, document_words, keyed, rows_by_doc
from ..corpus import actors
from ._actors import CLAUSE_BREAK
from .._compat import renamed_keywords
from .._fold import normalize_apostrophes, tokens
from ._lexicon import Lexicon, lexicon as _packaged
from ._matcher import matcher
from ._stance_targets import GOVERNMENT

__all__ = ["ABOUT", "HIT_COLUMNS", "COUNT_COLUMNS", "measure", "counts", "kwic", "collocations", "discover", "validate",
           "FrameVectorizer", "write_frames", "classifier", "cross_validate", "frame_classifier",
           "cross_validate_classifier", "fit"]

if TYPE_CHECKING:  # scikit-learn (half a second to import) loads only when one of these is first used
    from ._classifier import classifier, cross_validate, cross_validate_classifier, fit, frame_classifier
    from ._frame_vectorizer import FrameVectorizer

_LAZY = {"FrameVectorizer": "_frame_vectorizer", "classifier": "_classifier", "cross_validate": "_classifier",
         "cross_validate_classifier": "_classifier", "fit": "_classifier", "frame_classifier": "_classifier"}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f"{__package__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


#: Columns of :func:`measure`, one row per hit and target: the shared keys, then the frame's own.
HIT_COLUMNS = {**MEASURE_KEYS, "frame": "string", "pattern": "string", "matched_text": "string",
               "negated": "bool", "lexicon": "string", "language": "string"}
#: Columns of :func:`counts`, one row per document x frame.
COUNT_COLUMNS = {"doc_id": "string", "source": "string", "published": "datetime64[s]", "year": "Int16",
                 "lexicon": "string", "frame": "string", "count": "int64", "negated": "int64",
                 "quoted": "int64", "tokens": "int64", "sentences": "int64", "present": "bool",
                 "rate_per_1000": "float64"}


def _as_lexicon(lexicon) -> Lexicon:
    if isinstance(lexicon, Lexicon):
        return lexicon
    if isinstance(lexicon, str):
        return _packaged(lexicon)
    raise InputError(None, None, "lexicon", f"expected a Lexicon or a name, got {type(lexicon).__name__}",
                     "pass dx.lexicon('china_diplomatic') or dx.read_lexicon(path)")


def _check_count(value, field: str, fix: str) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 0:
        raise InputError(None, None, field, f"{value!r} is not a whole number >= 0", fix)


def _frame(rows: list, columns: dict) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=list(columns))
    return frame.astype(columns)


ABOUT = ("sentence", "voice", "clause", None)


def measure(corpus, lexicon, *, about: str | None = "sentence") -> pd.DataFrame:
    """Find every frame hit of a lexicon in a corpus: in whose voice, and about whom.

    **Voice.** A hit inside a quote (direct, indirect, mixed, or a transcript turn) is
    ``quoted``, and ``speaker``, ``speaker_role``, ``speaker_country`` are the quote's; any
    other hit is in the outlet's own, ``authorial`` voice, and the speaker is the outlet
    (``documents.source``).

    **Targets.** A hit is about the actors named in its sentence (``about="sentence"``, the
    default); only in the hit's own voice (``"voice"``: for a quoted hit the quote's words, for
    an authorial hit the words outside quotes); or in its clause, else its sentence, in its own
    voice (``"clause"``: the clause is the part of the sentence between ``; : ( ) [ ]``, dashes,
    a comma before a space, "but", "while", "whereas", "although", "though", "yet"). Actors are
    the states, groups, organisations and persons of ``corpus.mentions`` (a capital only when it
    stands for its state, as in "the Beijing authorities"); the sentence's actors include the
    speaker when named there ("..., Lin Jian said"). A hit about two actors gives two
    rows, one per ``target``; a hit about none gives one row with ``target`` missing. Count
    hits, not rows, with :func:`counts` or :func:`discourse.stats.rate`, which count each hit
    once. ``about=None``: one row per hit, no targets.

    Against two coders on 222 hits of six kinds of source (``docs/validation/frame_targets.md``):
    ``"sentence"`` has precision 0.78 and recall 0.65 (pair level), ``"clause"`` 0.82 and 0.54;
    the default was chosen by leave-one-source-out F1.

    Parameters
    ----------
    corpus : Corpus
    lexicon : Lexicon or str
        A lexicon, or the name of a packaged one (``"china_diplomatic"``).
    about : {"sentence", "voice", "clause", None}
        Where a hit's targets are looked for (above).

    Returns
    -------
    DataFrame
        Columns :data:`HIT_COLUMNS`: the shared measure keys (``doc_id, sent_id, start, end,
        source, published, year, voice, speaker, speaker_role, speaker_country, target,
        target_country, measure, label, value, method``; ``measure`` is ``"frame"``,
        ``label`` the frame, ``value`` 1.0, ``method`` the lexicon's ``name@version``), then
        ``frame, pattern, matched_text, negated, lexicon, language``; ``language`` is the
        pattern's (the lexicon's ``language`` column, else ``zh`` for Han characters, ``ru`` for
        Cyrillic), else the document's. Offsets point into ``corpus.documents.text``.

    See Also
    --------
    counts : document x frame counts and rates from these hits.
    discourse.stats.rate : rates by any column (outlet, speaker, target, period).
    """
    if about not in ABOUT:
        raise InputError(None, None, "about", f"{about!r} is not where targets are looked for",
                         "pass about='sentence' (the default), 'voice', 'clause', or None for no targets")
    lex = _as_lexicon(lexicon)
    match = matcher(lex)
    voices = Voices(corpus)
    targets = _Targets(corpus, voices, about)
    languages = {(e.frame, e.pattern): e.script_language for e in lex.entries}
    docs = corpus.documents
    rows = []
    for doc_id, text, doc_language in zip(docs["doc_id"], docs["text"], docs["language"]):
        for hit in match.find(text):
            sent_id, found = targets.of(doc_id, text, hit.start, hit.end)
            language = languages.get((hit.frame, hit.pattern)) or doc_language
            for target, country in found or [(None, None)]:
                rows.append((doc_id, sent_id, hit.start, hit.end, target, country, hit.frame, hit.pattern,
                             text[hit.start:hit.end], hit.negated, lex.id, language))
    table = pd.DataFrame(rows, columns=["doc_id", "sent_id", "start", "end", "target", "target_country", "frame",
                                        "pattern", "matched_text", "negated", "lexicon", "language"])
    return keyed(table, corpus, measure="frame", label="frame", value=1.0, method=lex.id,
                 voices=voices).astype(HIT_COLUMNS)


class _Targets:
    """The actors a span is about: those named in its sentence, in its voice, or in its clause."""

    def __init__(self, corpus, voices: Voices, about: str | None = "sentence"):
        self.voices, self.about = voices, about
        self.sentences = {d: tuple(map(list, zip(*rows)))
                          for d, rows in rows_by_doc(corpus.sentences, ("start", "end", "sent_id")).items()}
        self.mentions = {d: (rows, [r[0] for r in rows]) for d, rows in
                         rows_by_doc(corpus.mentions, ("start", "end", "actor_id", "kind", "country", "role")).items()}
        self._breaks, self._seen = {}, {}

    def of(self, doc_id, text: str, start: int, end: int) -> tuple[int, list[tuple]]:
        """``(sent_id, [(target, target_country), ...])`` of ``text[start:end]``."""
        starts, ends, ids = self.sentences.get(doc_id, ([0], [len(text)], [0]))
        k = max(bisect_right(starts, start) - 1, 0)
        s_start, s_end = starts[k], max(ends[k], end)
        rows, m_starts = self.mentions.get(doc_id, ((), ()))
        named = rows[bisect_left(m_starts, s_start):bisect_left(m_starts, s_end)]
        if not named or self.about is None:
            return ids[k], []
        quote = None if self.about == "sentence" else self.voices.quote(doc_id, start, end)
        key = (doc_id, k, quote)
        if key not in self._seen:  # a sentence's (or voice's) actors, once however many hits it has
            if len(self._seen) > 4096:
                self._seen.clear()
            if quote is not None:  # only the speaker's own words: not the attribution around them
                named = [m for m in named if quote[0] <= m[0] and m[1] <= quote[1]]
            elif self.about != "sentence":
                named = [m for m in named if self.voices.quote(doc_id, m[0], m[1]) is None]
            self._seen[key] = (named, _actors_in(named, text, s_start, s_end))
        in_voice, whole = self._seen[key]
        if self.about != "clause":
            return ids[k], whole
        if quote is not None:
            s_start, s_end = max(s_start, quote[0]), min(s_end, quote[1])
        lo, hi = self._clause(doc_id, k, text, s_start, s_end, start, end)
        return ids[k], _actors_in(in_voice, text, lo, hi) or whole

    def _clause(self, doc_id, k, text, s_start, s_end, start, end) -> tuple[int, int]:
        key = (doc_id, k)
        if key not in self._breaks:
            if len(self._breaks) > 4096:
                self._breaks.clear()
            found = [m.span() for m in CLAUSE_BREAK.finditer(text, s_start, s_end)]
            self._breaks[key] = ([a for a, _ in found], [b for _, b in found])
        b_starts, b_ends = self._breaks[key]
        before = bisect_right(b_ends, start)
        after = bisect_left(b_starts, end, lo=before)
        return (b_ends[before - 1] if before else s_start), (b_starts[after] if after < len(b_starts) else s_end)


def _actors_in(named, text: str, lo: int, hi: int) -> list[tuple]:
    out = {}
    for m_start, m_end, actor_id, kind, country, role in named:
        if m_start < lo or m_end > hi or not isinstance(actor_id, str):
            continue
        if kind == "location" and (role not in ("capital", "former_capital")
                                   or not GOVERNMENT.match(text[m_end:m_end + 40])):
            continue
        name = actors.name(actor_id) or actor_id
        out.setdefault(name, country if isinstance(country, str) else None)
    return list(out.items())


def counts(hits: pd.DataFrame, corpus, lexicon=None, negated: str = "exclude") -> pd.DataFrame:
    """Count frames per document, with exposure, ready for :mod:`discourse.stats`.

    Every document gets a row for every frame of the lexicon, zeros included, so
    rates and models see the documents where a frame is absent.

    Parameters
    ----------
    hits : DataFrame
        From :func:`measure`.
    corpus : Corpus
    lexicon : Lexicon or str, optional
        Gives the full list of frames; by default the frames present in ``hits``.
    negated : {"exclude", "include"}
        Whether negated hits count towards ``count`` (they are always in ``negated``).

    Returns
    -------
    DataFrame
        Columns :data:`COUNT_COLUMNS`: ``doc_id, source, published, year, lexicon, frame, count,
        negated, quoted, tokens, sentences, present, rate_per_1000``; ``tokens`` counts words
        (runs of letters and digits with inner hyphens and apostrophes, as every rate's exposure),
        ``rate_per_1000`` is ``count / tokens * 1000``. Each hit counts once, whatever its targets.
    """
    if negated not in ("exclude", "include"):
        raise InputError(None, None, "negated", f"{negated!r} is not 'exclude' or 'include'",
                         "pass negated='exclude' (the default) or 'include'")
    frames = list(_as_lexicon(lexicon).frames) if lexicon is not None else sorted(hits["frame"].unique())
    lex_id = _as_lexicon(lexicon).id if lexicon is not None else (hits["lexicon"].iloc[0] if len(hits) else "")
    docs = corpus.documents[["doc_id", "source", "published", "year", "text"]]
    grid = pd.MultiIndex.from_product([docs["doc_id"], frames], names=["doc_id", "frame"])
    hits = hits.drop_duplicates(["doc_id", "start", "end", "frame"])  # a hit about two targets counts once
    kept = hits if negated == "include" else hits[~hits["negated"]]
    table = pd.DataFrame(index=grid)
    table["count"] = kept.groupby(["doc_id", "frame"]).size().reindex(grid, fill_value=0)
    table["negated"] = hits[hits["negated"]].groupby(["doc_id", "frame"]).size().reindex(grid, fill_value=0)
    table["quoted"] = kept[kept["voice"] == "quoted"].groupby(["doc_id", "frame"]).size().reindex(grid, fill_value=0)
    table = table.reset_index()
    meta = docs.drop(columns="text").assign(tokens=document_words(corpus),
                                            sentences=corpus.sentences.groupby("doc_id").size()
                                            .reindex(docs["doc_id"]).fillna(0).to_numpy())
    table = table.merge(meta, on="doc_id", how="left")
    table["lexicon"] = lex_id
    table["present"] = table["count"] > 0
    table["rate_per_1000"] = np.where(table["tokens"] > 0, table["count"] / table["tokens"].clip(lower=1) * 1000, 0.0)
    return table[list(COUNT_COLUMNS)].astype(COUNT_COLUMNS)


def kwic(corpus, pattern, window: int = 5, lexicon=None) -> pd.DataFrame:
    """Show every match of a pattern or frame in context (keyword in context).

    Parameters
    ----------
    corpus : Corpus
    pattern : str
        A pattern in lexicon syntax (``"win-win"``, ``"hegemon*"``), or a frame name of ``lexicon``.
    window : int
        Words of context on each side (0 or more).
    lexicon : Lexicon or str, optional
        When given and ``pattern`` names one of its frames, all that frame's patterns are used.

    Returns
    -------
    DataFrame
        Columns ``doc_id, start, end, pre, keyword, post, pattern`` (as quanteda's ``kwic``).

    Raises
    ------
    InputError
        When ``window`` is not a whole number >= 0.
    DataFileError
        When ``pattern`` is not a valid pattern (an empty one, a misplaced ``*``).

    Examples
    --------
    >>> import discourse as dx
    >>> corpus = dx.load("seeds/000_dc699da55f7d4812.txt")
    >>> dx.frames.kwic(corpus, "mutual trust", window=3)[["pre", "keyword", "post"]]
                        pre       keyword                post
    0  summit will deepen  mutual trust  even further and
    """
    from ._lexicon import Entry, check_pattern

    _check_count(window, "window", "give a whole number of words such as 5, or 0 for no context")
    if lexicon is not None and pattern in _as_lexicon(lexicon).frames:
        entries = tuple(e for e in _as_lexicon(lexicon).entries if e.frame == pattern)
    else:
        entries = (Entry(pattern, check_pattern(pattern, None, None)),)
    match = matcher(Lexicon("kwic", "0", entries))
    rows = []
    for doc_id, text in zip(corpus.documents["doc_id"], corpus.documents["text"]):
        for hit in match.find(text):
            pre = " ".join(text[:hit.start].split()[-window:]) if window else ""
            post = " ".join(text[hit.end:].split()[:window]) if window else ""
            rows.append((doc_id, hit.start, hit.end, pre, text[hit.start:hit.end], post, hit.pattern))
    return _frame(rows, {"doc_id": "string", "start": "int64", "end": "int64", "pre": "string",
                         "keyword": "string", "post": "string", "pattern": "string"})


@renamed_keywords(min_freq="min_count", stopwords="stop_words")
def collocations(corpus, n: int = 2, measure: str = "likelihood_ratio", min_count: int = 3,
                 top: int = 50, stop_words=None) -> pd.DataFrame:
    """Find collocations (bigrams or trigrams) with nltk's finders.

    Parameters
    ----------
    corpus : Corpus
    n : {2, 3}
    measure : {"likelihood_ratio", "pmi"}
    min_count : int
        Drop n-grams seen fewer times (``min_freq`` before 0.1, deprecated).
    top : int
        How many to return, best first.
    stop_words : set of str, optional
        N-grams with a stopword at either end are dropped (default: a short English list).

    Returns
    -------
    DataFrame
        Columns ``ngram, freq, score, measure``, best score first; ``score`` is NaN (and
        sorts last) where the measure is undefined, as the likelihood ratio of a word paired
        with itself ("win win") in a text made mostly of that word.

    Raises
    ------
    InputError
        For another ``n`` or ``measure``, or a ``min_count`` or ``top`` that is not a whole number >= 0.
    """
    from nltk.collocations import (BigramAssocMeasures, BigramCollocationFinder, TrigramAssocMeasures,
                                   TrigramCollocationFinder)

    if n not in (2, 3) or measure not in ("likelihood_ratio", "pmi"):
        raise InputError(None, None, "n/measure", f"n={n}, measure={measure!r} is not supported",
                         "use n=2 or 3 and measure='likelihood_ratio' or 'pmi'")
    _check_count(min_count, "min_count", "give a whole number such as 3")
    _check_count(top, "top", "give how many collocations to return, such as 50")
    docs = [tokens(t) for t in corpus.documents["text"]]
    finder_cls, measures = ((BigramCollocationFinder, BigramAssocMeasures()) if n == 2
                            else (TrigramCollocationFinder, TrigramAssocMeasures()))
    finder = finder_cls.from_documents(docs)
    finder.apply_freq_filter(min_count)
    stop = {normalize_apostrophes(w).lower() for w in stop_words} if stop_words is not None else _STOP
    finder.apply_ngram_filter(lambda *words: words[0] in stop or words[-1] in stop)
    scored = sorted(((g, _score(finder, getattr(measures, measure), g)) for g in finder.ngram_fd),
                    key=lambda t: (math.isnan(t[1]), -t[1] if not math.isnan(t[1]) else 0.0, t[0]))[:top]
    rows = [(" ".join(g), finder.ngram_fd[g], s, measure) for g, s in scored]
    return _frame(rows, {"ngram": "string", "freq": "int64", "score": "float64", "measure": "string"})


def _score(finder, score_fn, ngram) -> float:
    """nltk's score of an n-gram, NaN where its contingency table has a negative cell.

    nltk counts a word paired with itself ("win win") in both margins, so when that word is
    most of the text the table is impossible and the likelihood ratio takes the log of a
    negative number.
    """
    try:
        return float(finder.score_ngram(score_fn, *ngram))
    except (ValueError, ZeroDivisionError):
        return math.nan


_STOP = frozenset("the a an of and or to in on at for by with from as is are was were be been it its this that "
                  "these those we our you your he she they their his her i not no but also has have had "
                  "will would can could should may might which who whom whose what".split())


@renamed_keywords(ngram="ngram_range")
def discover(corpus, by: str = "source", groups=None, ngram_range=(2, 3), top: int = 20, min_count: int = 3,
             prior: float = 1000.0) -> pd.DataFrame:
    """Find candidate phrases that set a source (or speaker) apart, to grow a lexicon.

    Counts word n-grams per group and compares each group with the rest by Fightin' Words
    (log-odds with an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008), which
    works for two **or many** groups.

    Parameters
    ----------
    corpus : Corpus
    by : str
        ``"speaker"`` (the text of each speaker's quotes), or a document column or metadata
        field (``"source"``, ``"country_code"``, ...).
    groups : list, optional
        Keep only these groups.
    ngram_range : tuple of int
        The n-gram lengths, e.g. ``(2, 3)`` for formulations of two and three words
        (``ngram`` before 0.1, deprecated).
    top : int
        Phrases per group, highest z first.
    min_count, prior
        Passed to :func:`discourse.stats.fightin_words`.

    Returns
    -------
    DataFrame
        :func:`discourse.stats.fightin_words` columns (``group, term, count, ..., statistic``),
        the ``top`` phrases of each group with a positive z-score.
    """
    from .. import stats

    if by == "speaker":
        docs = corpus.quotes.dropna(subset=["speaker"]).rename(columns={"speaker": "_group"})[["_group", "text"]]
    else:
        docs = corpus.documents.copy()
        if by not in docs.columns:
            docs[by] = document_meta(docs).get(by, pd.Series(pd.NA, index=docs["doc_id"])).to_numpy()
        docs = docs.rename(columns={by: "_group"})[["_group", "text"]]
    docs = docs.dropna(subset=["_group"])
    if groups is not None:
        docs = docs[docs["_group"].isin(groups)]
    terms = stats.count_terms(docs, by="_group", ngram_range=ngram_range, stop_words="english", min_count=1)
    table = stats.fightin_words(terms, prior=prior, min_count=min_count)
    table = table[table["statistic"] > 0].groupby("group", sort=True).head(top)
    return table.reset_index(drop=True)


def validate(predicted: pd.DataFrame, coded: pd.DataFrame, on=("doc_id", "sent_id")) -> pd.DataFrame:
    """Compare lexicon hits with hand codes: precision, recall, F1 and Cohen's kappa per frame.

    Parameters
    ----------
    predicted : DataFrame
        Hits from :func:`measure` (or any table with ``on`` columns and ``frame``).
    coded : DataFrame
        Hand codes: the ``on`` columns, ``frame`` and ``present`` (bool) for every unit and
        frame the coders looked at. Units not coded are ignored.
    on : tuple of str
        The unit of comparison (default the sentence).

    Returns
    -------
    DataFrame
        One row per frame: ``frame, n_units, n_coded_present, n_predicted_present, true_positive,
        precision, recall, f1, kappa``.
    """
    from sklearn.metrics import cohen_kappa_score

    on = list(on)
    pred = predicted.drop_duplicates(on + ["frame"]).assign(predicted=True)[on + ["frame", "predicted"]]
    table = coded.merge(pred, on=on + ["frame"], how="left")
    table["predicted"] = table["predicted"].astype("boolean").fillna(False).astype(bool)
    rows = []
    for frame, g in table.groupby("frame", sort=True):
        y, p = g["present"].astype(bool).to_numpy(), g["predicted"].to_numpy()
        tp = int((y & p).sum())
        precision = tp / p.sum() if p.sum() else np.nan
        recall = tp / y.sum() if y.sum() else np.nan
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else np.nan
        kappa = cohen_kappa_score(y, p) if len(set(y) | set(p)) > 1 else np.nan
        rows.append((frame, len(g), int(y.sum()), int(p.sum()), tp, precision, recall, f1, kappa))
    return pd.DataFrame(rows, columns=["frame", "n_units", "n_coded_present", "n_predicted_present",
                                       "true_positive", "precision", "recall", "f1", "kappa"])


def write_frames(corpus, lexicons, out_dir) -> Path:
    """Measure frames for one or more lexicons and write ``OUT/frames.parquet`` (atomically)."""
    return write_parquet_atomic(_frame_tables(corpus, lexicons)["frames"], Path(out_dir) / "frames.parquet")


def _frame_tables(corpus, lexicons) -> dict[str, pd.DataFrame]:
    """``{"frames": hits}`` of one or more lexicons: what ``discourse measure frames`` writes."""
    lexicons = [lexicons] if isinstance(lexicons, (str, Lexicon)) else list(lexicons)
    return {"frames": pd.concat([measure(corpus, lex) for lex in lexicons], ignore_index=True)}

