"""Property-based tests of every public measure and feature function on hostile input.

Hostile text (empty, whitespace, punctuation or emoji only, lone surrogates, NUL, RTL marks,
combining marks, very long tokens, mixed scripts, quote soup), hostile corpora (loaded with
``dx.load`` from files written from that text, or built from records that skip the loader's
clean-up), hostile lexicons (generated phrases through the lexicon API) and hostile
parameters. Each function must give its documented output or raise one of the library's
own errors (:class:`discourse.DiscourseError`), never anything else, and give the same
output for the same input.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import tempfile
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse import DataFileError, DiscourseError, InputError
from discourse._fold import fold
from discourse.corpus import Corpus
from discourse.corpus._build import build_tables
from discourse.corpus._mentions import mention_finder
from discourse.corpus._records import Record
from discourse.features import frames, sentiment, stance
from discourse.features._actors import ACTOR_COLUMNS, MENTION_COLUMNS, PERIOD_COLUMNS
from discourse.features._lexicon import Entry, Lexicon, check_pattern, check_text
from discourse.features._matcher import Matcher
from discourse.features._scores import NOT_ENGLISH
from discourse.stats._keyness import FIGHTIN_COLUMNS, KEYNESS_COLUMNS
from discourse.stats._reliability import RELIABILITY_COLUMNS

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SCORES = ["neg", "neu", "pos", "compound"]

# -- strategies -----------------------------------------------------------------------------------

#: Fragments that have broken text pipelines before, and words the measures look for.
HOSTILE = ["", " ", "  \t ", "\n", "\n\n", "\r\n", "\x00", "\ud800", "\udfff", "\ufeff", "\u200b", "\u200d",
           "\u202e", "\u200f", "\u2028", "\x85", "\x0b", "e\u0301\u0301\u0301", "\u0301", "İ", "ß", "ﬁ", "ŉ",
           "😀", "🇨🇳", "👩‍👩‍👧", "السلام عليكم", "שלום", "中国", "俄罗斯", "Россия", "Україна", "भारत",
           '"', "'", "“", "”", "„", "‘", "’", "«", "»", "「", "」", '""', "''", '"""', "‹›",
           ".", "!", "?", "...", ";", ":", ",", "—", "–", "-", "(", ")", "[", "]", "*", "n't", "'s",
           "x" * 3000, "A" * 300, "1234", "2024-05-17"]
WORDS = ["said", "says", "told reporters", "according to", "win-win", "cooperation", "Belt and Road",
         "not", "never", "no", "condemn", "welcome", "attack", "support", "good", "bad", "great",
         "terrible", "very", "but", "new era", "hegemon", "hegemonism", "zero-sum", "mutual trust",
         "partnership", "ties", "the", "of", "and", "sanctions", "peace"]
ACTORS = ["China", "Russia", "Ukraine", "the United States", "NATO", "Xi Jinping", "Putin", "Vladimir Putin",
          "Kyiv authorities", "Beijing", "the European Union", "Kazakhstan", "Lin Jian", "Wang Yi"]
QUOTES = ['"We welcome win-win cooperation," said Xi Jinping.', "“Russia will not attack,” Putin said.",
          "China said it «condemns» the sanctions.", "'No,' he said, '“no”'."]

ANY_CHAR = st.characters(codec=None, exclude_categories=())  # surrogates included
RANDOM = st.text(ANY_CHAR, max_size=8)
SEP = st.sampled_from([" ", "", "\n", ", ", ". ", "\n\n", " \u2029 "])


def _texts(*pools, random=True):
    piece = st.one_of(*[st.sampled_from(pool) for pool in pools], *([RANDOM] if random else []))
    return st.lists(st.tuples(piece, SEP), max_size=25).map(lambda ps: "".join(a + b for a, b in ps))


TEXT = _texts(HOSTILE, WORDS, ACTORS, QUOTES)
NO_ACTOR_TEXT = _texts(HOSTILE, WORDS, random=False)
TEXTS = st.lists(TEXT, max_size=4)

ODD_WORDS = ["win-win", "hegemon*", "*", "new", "era", "china", "China's", "İ", "ß", "中国", "россия", "e\u0301",
             "😀", "x" * 3000, "**", "a*b", "", " ", "-", "'", "“", "\x00", "\ud800", "cooperat*", "not"]
PATTERN_WORDS = st.one_of(st.sampled_from(WORDS), st.sampled_from(ACTORS), st.sampled_from(ODD_WORDS),
                          st.text(ANY_CHAR, min_size=1, max_size=6))
PHRASE = st.lists(PATTERN_WORDS, min_size=1, max_size=3).map(" ".join)
FRAME = st.one_of(st.sampled_from(["security", "a.b", "😀", "\x00", " ", "frame"]), st.text(ANY_CHAR, max_size=5))


@st.composite
def lexicons(draw, min_entries=1):
    """A lexicon built through the public API from generated phrases; bad phrases must be DataFileErrors."""
    entries, seen = [], set()
    for frame, phrase in draw(st.lists(st.tuples(FRAME, PHRASE), min_size=min_entries, max_size=6)):
        try:
            pattern = check_pattern(phrase, None, None)
            check_text(frame, None, None, "frame")
        except DataFileError:
            continue
        if (frame, pattern) not in seen:
            seen.add((frame, pattern))
            entries.append(Entry(frame, pattern))
    if len(entries) < min_entries:
        entries.append(Entry("frame", "cooperation"))
    return Lexicon("generated", "0", tuple(entries))


def corpus_from_texts(texts, source="Test Wire"):
    """A corpus loaded with the public loader from a JSON-lines file of the texts."""
    if not texts:  # an empty file is one input, a reject
        return corpus_from_records(texts)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "docs.jsonl"
        lines = [json.dumps({"doc_id": f"d{k}", "title": f"T{k}", "source": source, "published": "2024-05-17",
                             "text": text}) for k, text in enumerate(texts)]
        path.write_text("\n".join(lines) + "\n", "utf-8")
        corpus = dx.load(path)
    assert corpus.inputs == len(texts) == len(corpus.documents) + len(corpus.rejects)
    return corpus


def corpus_from_records(texts, source="Outlet"):
    """A corpus built from records as they are, without the loader's normalization.

    Only lone surrogates are replaced: a record's text is valid Unicode (the loader makes it
    so, and a saved corpus cannot hold them), so they reach the measures only as raw texts.
    """
    texts = [t.encode("utf-8", "replace").decode("utf-8") for t in texts]
    records = [Record(text=t, raw_path="test", record=f"line {k}", source=source, published=dt.date(2024, 5, 17))
               for k, t in enumerate(texts)]
    tables, inputs = build_tables(records, finder=mention_finder())
    return Corpus(**tables, inputs=inputs)


CORPUS = st.one_of(TEXTS.map(corpus_from_texts), TEXTS.map(corpus_from_records))


def texts_of(corpus) -> dict:
    return dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))


def dtypes(table) -> dict:
    return table.dtypes.astype(str).to_dict()


def same(a, b):
    pd.testing.assert_frame_equal(a, b)


def own_error(call, *args, **kwargs):
    """Call; a library error is a documented outcome and gives None, anything else fails the test."""
    try:
        return call(*args, **kwargs)
    except DiscourseError as err:
        assert str(err).strip()
        return None


def own_error_no_warnings(call, *args, **kwargs):
    """:func:`own_error`, with a RuntimeWarning (a NaN or overflow on the way) failing the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        return own_error(call, *args, **kwargs)


# -- frames ---------------------------------------------------------------------------------------

def check_hits(hits, corpus, lex):
    assert dtypes(hits) == frames.HIT_COLUMNS
    texts = texts_of(corpus)
    n_sentences = corpus.sentences.groupby("doc_id").size()
    assert set(hits["frame"]) <= set(lex.frames) and (hits["lexicon"] == lex.id).all()
    for row in hits.itertuples(index=False):
        text = texts[row.doc_id]
        assert 0 <= row.start < row.end <= len(text)
        assert text[row.start:row.end] == row.matched_text
        assert row.pattern in lex.patterns[row.frame]
        assert 0 <= row.sent_id < max(n_sentences.get(row.doc_id, 0), 1)
        assert row.voice in ("quoted", "authorial")
        if row.voice == "authorial":  # the outlet's own words: the outlet speaks
            assert (pd.isna(row.speaker) and pd.isna(row.source)) or row.speaker == row.source
        assert row.measure == "frame" and row.label == row.frame and row.method == lex.id
    for _, group in hits.drop_duplicates(["doc_id", "start", "end"]).groupby("doc_id"):  # in order, no overlaps
        assert (group["start"].to_numpy()[1:] >= group["end"].to_numpy()[:-1]).all()


@SETTINGS
@given(CORPUS, lexicons())
@example(corpus_from_records(["new eras of trust"]),
         Lexicon("g", "0", (Entry("a", "new"), Entry("b", "new era"))))
def test_frames_measure(corpus, lex):
    hits = frames.measure(corpus, lex)
    check_hits(hits, corpus, lex)
    same(frames.measure(corpus, lex), hits)


@SETTINGS
@given(FRAME, PHRASE, st.sampled_from(["g", "g\udc00"]))
@example("said", "said \ud800", "g")
def test_lexicon_api_refuses_what_cannot_be_written(frame, phrase, name):
    """A lexicon whose name, frame or pattern has a lone surrogate would break every table it makes."""
    try:
        Lexicon(name, "0", (Entry(frame, phrase),))
    except DataFileError as err:
        assert "lone surrogate" in str(err)
        with pytest.raises(UnicodeEncodeError):
            (name + frame + phrase).encode("utf-8")
        return
    pattern = own_error(check_pattern, phrase, None, None)
    if pattern is not None:  # its hits can be written out
        hits = frames.measure(corpus_from_records([f"Text: {phrase}."]), Lexicon(name, "0", (Entry(frame, pattern),)))
        hits.to_parquet(io.BytesIO())


@SETTINGS
@given(TEXT, lexicons())
@example("new eras of trust", Lexicon("g", "0", (Entry("a", "new"), Entry("b", "new era"))))
def test_matcher_finds_every_pattern_somewhere(text, lex):
    """Where one pattern matches alone, the whole lexicon has a hit that overlaps it (longest wins)."""
    found = Matcher(lex).find(text)
    for hit in found:
        assert 0 <= hit.start < hit.end <= len(text)
    for entry in lex.entries:
        alone = Matcher(Lexicon("one", "0", (entry,))).find(text)
        for hit in alone:
            assert any(h.start < hit.end and hit.start < h.end for h in found), (entry, hit, found)


def _star_inside(pattern: str) -> bool:
    """A lone "*" or one ending a word before the last ("cooperat* -", "взаимн* довери*")."""
    words = pattern.split()
    return "*" in words or any(w.endswith("*") for w in words[:-1])


def reference_spans(lex, text):
    """Leftmost-longest matching done the slow way: every occurrence of every pattern, then greedy."""
    padded = " " + fold(text) + " "
    candidates = []
    for entry in lex.entries:
        if "*" in entry.pattern.split():
            continue
        key = " " + " ".join(fold(entry.pattern.rstrip("*")).split())
        at = padded.find(key)
        while at >= 0:
            stop = at + len(key) - 1
            if padded[stop + 1] == " ":
                candidates.append((at, stop))
            elif entry.pattern.endswith("*"):
                candidates.append((at, padded.find(" ", stop + 1) - 1))
            at = padded.find(key, at + 1)
    kept, last_end = [], -1
    for start, stop in sorted(candidates, key=lambda c: (c[0], -c[1])):
        if start >= last_end:
            kept.append((start, stop))
            last_end = stop
    return kept


@SETTINGS
@given(TEXT, lexicons())
@example("new eras of trust", Lexicon("g", "0", (Entry("a", "new"), Entry("b", "new era"))))
@example("a b cd e", Lexicon("g", "0", (Entry("a", "a b c"), Entry("b", "b cd"), Entry("c", "e"))))
@example("newly renewed", Lexicon("g", "0", (Entry("a", "new*"), Entry("b", "newl"), Entry("c", "renew"))))
def test_matcher_is_leftmost_longest(text, lex):
    if any(_star_inside(e.pattern) for e in lex.entries):  # the slow reference reads a final "*" only
        lex = Lexicon(lex.name, lex.version, tuple(e for e in lex.entries if not _star_inside(e.pattern))
                      or (Entry("frame", "cooperation"),))
    assert [(h.start, h.end) for h in Matcher(lex).find(text)] == reference_spans(lex, text)


@SETTINGS
@given(CORPUS, lexicons(), st.sampled_from(["exclude", "include", "both", None, 1]), st.booleans())
def test_frames_counts(corpus, lex, negated, full):
    hits = frames.measure(corpus, lex)
    if negated not in ("exclude", "include"):
        with pytest.raises(InputError, match="negated"):
            frames.counts(hits, corpus, lex, negated=negated)
        return
    table = frames.counts(hits, corpus, lex if full else None, negated=negated)
    assert dtypes(table) == frames.COUNT_COLUMNS
    n_frames = len(lex.frames) if full else hits["frame"].nunique()
    assert len(table) == len(corpus.documents) * n_frames
    hits = hits.drop_duplicates(["doc_id", "start", "end", "frame"])  # a hit about two targets counts once
    kept = hits if negated == "include" else hits[~hits["negated"]]
    assert table["count"].sum() == len(kept) and table["negated"].sum() == hits["negated"].sum()
    assert (table["quoted"] <= table["count"]).all() and (table["present"] == (table["count"] > 0)).all()
    assert (table["rate_per_1000"] >= 0).all() and table["rate_per_1000"].notna().all()
    assert (table.loc[table["tokens"] == 0, "count"] == 0).all()
    same(frames.counts(hits, corpus, lex if full else None, negated=negated), table)


KWIC_COLUMNS = {"doc_id": "string", "start": "int64", "end": "int64", "pre": "string", "keyword": "string",
                "post": "string", "pattern": "string"}


@SETTINGS
@given(CORPUS, PHRASE, st.integers(-3, 12))
@example(corpus_from_records(["We build mutual trust together"]), "mutual trust", -1)
def test_kwic(corpus, pattern, window):
    if window < 0:
        with pytest.raises(InputError, match="window"):
            frames.kwic(corpus, pattern, window=window)
        return
    out = own_error(frames.kwic, corpus, pattern, window=window)
    if out is None:
        with pytest.raises(DataFileError):
            check_pattern(pattern, None, None)
        return
    assert dtypes(out) == KWIC_COLUMNS
    texts = texts_of(corpus)
    for row in out.itertuples(index=False):
        text = texts[row.doc_id]
        assert 0 <= row.start < row.end <= len(text) and text[row.start:row.end] == row.keyword
        assert len(row.pre.split()) <= window and len(row.post.split()) <= window
        assert row.pre == " ".join(row.pre.split()) and row.post == " ".join(row.post.split())
    same(frames.kwic(corpus, pattern, window=window), out)


@FEW
@given(CORPUS, st.sampled_from([2, 3, 4, "2"]), st.sampled_from(["likelihood_ratio", "pmi", "chi"]),
       st.integers(-1, 4), st.integers(-2, 20))
@example(corpus_from_records(["trade deal. " * 6]), 2, "pmi", 1, -1)
@example(corpus_from_records(["win-win "]), 2, "likelihood_ratio", 0, 5)
def test_collocations(corpus, n, measure, min_freq, top):
    if n not in (2, 3) or measure == "chi" or top < 0 or min_freq < 0:
        with pytest.raises(InputError):
            frames.collocations(corpus, n=n, measure=measure, min_count=min_freq, top=top)
        return
    out = frames.collocations(corpus, n=n, measure=measure, min_count=min_freq, top=top)
    assert dtypes(out) == {"ngram": "string", "freq": "int64", "score": "float64", "measure": "string"}
    assert len(out) <= top and (out["freq"] >= max(min_freq, 1)).all() and (out["measure"] == measure).all()
    assert all(len(g.split()) == n for g in out["ngram"])
    scores = out["score"].to_numpy()
    assert (np.diff(scores[~np.isnan(scores)]) <= 0).all()  # best first, undefined (NaN) scores last
    assert (np.diff(np.isnan(scores).astype(int)) >= 0).all()
    same(frames.collocations(corpus, n=n, measure=measure, min_count=min_freq, top=top), out)


@SETTINGS
@given(st.lists(st.one_of(TEXT, st.none()), max_size=5), lexicons(), st.sampled_from(["exclude", "include"]))
def test_frame_vectorizer(texts, lex, negated):
    vec = frames.FrameVectorizer(lex, negated=negated).fit(texts)
    X = vec.transform(texts)
    assert X.shape == (len(texts), len(lex.frames)) and list(vec.get_feature_names_out()) == list(lex.frames)
    assert X.dtype == np.int64 and (X.toarray() >= 0).all()
    match = Matcher(lex)
    expected = [sum(1 for h in match.find(str(t)) if negated == "include" or not h.negated) for t in texts]
    assert np.asarray(X.sum(axis=1)).ravel().tolist() == expected
    assert (vec.transform(texts) != X).nnz == 0


@SETTINGS
@given(st.one_of(st.text(ANY_CHAR, max_size=300),
                 st.lists(st.tuples(FRAME, PHRASE), max_size=4).map(
                     lambda rows: "frame,pattern\n" + "\n".join(f'"{f}","{p}"' for f, p in rows)),
                 st.dictionaries(FRAME, st.lists(PHRASE, max_size=3), max_size=3).map(
                     lambda d: "\n".join(f"{json.dumps(k)}:\n" + "".join(f"  - {json.dumps(p)}\n" for p in v)
                                         for k, v in d.items()))),
       st.sampled_from(["lex.csv", "lex.yml", "lex.dic", "lex.lc3", "lex.cat"]))
@example("a: &a [x, *a]\n", "lex.yml")
@example("a: &x [b, b]\nc: *x\nd: *x\n", "lex.yml")
def test_read_lexicon_of_generated_files(content, name):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_text(content, "utf-8", errors="surrogatepass")
        lex = own_error(dx.read_lexicon, path)
    if lex is not None:
        assert len(lex) > 0 and all(check_pattern(e.pattern, None, None) == e.pattern for e in lex.entries)
        assert all(isinstance(e.frame, str) for e in lex.entries)


# -- sentiment ------------------------------------------------------------------------------------

def check_vader(out, n):
    assert list(out.columns) == ["text_id", *SCORES] and len(out) == n
    assert out["text_id"].tolist() == list(range(n))
    assert dtypes(out) == {"text_id": "int64", **{c: "float64" for c in SCORES}}
    assert out[SCORES].notna().all().all()
    assert out[["neg", "neu", "pos"]].stack().between(0, 1).all() and out["compound"].between(-1, 1).all()
    total = out[["neg", "neu", "pos"]].sum(axis=1)
    assert ((total - 1).abs().le(0.0021) | total.eq(0)).all()


@SETTINGS
@given(st.lists(st.one_of(TEXT, st.none(), st.just(float("nan")), st.just(pd.NA)), max_size=6))
def test_vader(texts):
    out = sentiment.vader(texts)
    check_vader(out, len(texts))
    for k, text in enumerate(texts):  # a text scores the same alone as in a batch
        same(sentiment.vader([text]).drop(columns="text_id").reset_index(drop=True),
             out.iloc[[k]].drop(columns="text_id").reset_index(drop=True))
    empty = [k for k, t in enumerate(texts) if not isinstance(t, str) or not t.strip()]
    assert (out.loc[empty, SCORES] == 0).all().all()


@given(st.lists(st.one_of(TEXT, st.integers(), st.binary(max_size=3)), min_size=1, max_size=4)
       .filter(lambda xs: not all(isinstance(x, str) for x in xs)))
@FEW
def test_vader_rejects_non_text(texts):
    with pytest.raises(InputError, match="expected a string"):
        sentiment.vader(texts)


@SETTINGS
@given(CORPUS)
def test_sentence_scores(corpus):
    out = sentiment.sentence_scores(corpus)
    assert list(out.columns) == ["doc_id", "sent_id", "start", "end", *SCORES] and len(out) == len(corpus.sentences)
    assert dtypes(out) == {"doc_id": "string", "sent_id": "int32", "start": "int64", "end": "int64",
                           **{c: "float64" for c in SCORES}}
    scored = out[out["compound"].notna()]  # paragraphs in zh, ru, ja, ko, ar are not scored (VADER is English)
    language = corpus.sentences.merge(corpus.paragraphs[["doc_id", "para_id", "language"]], how="left",
                                      on=["doc_id", "para_id"])["language"]
    assert set(language[out["compound"].isna().to_numpy(bool)]) <= NOT_ENGLISH
    assert not set(language[out["compound"].notna().to_numpy(bool)]) & NOT_ENGLISH
    check_vader(scored.drop(columns=["doc_id", "sent_id", "start", "end"]).assign(text_id=range(len(scored)))
                [["text_id", *SCORES]].astype({"text_id": "int64"}), len(scored))
    texts = texts_of(corpus)
    for row in out.itertuples(index=False):
        assert 0 <= row.start <= row.end <= len(texts[row.doc_id])
    same(sentiment.sentence_scores(corpus), out)


@SETTINGS
@given(CORPUS, st.sampled_from(["sentence", "clause", "window", "paragraph"]),
       st.one_of(st.integers(-2, 12), st.just(2.5)), st.sampled_from(["year", "quarter", "month", "week"]))
def test_sentiment_measure(corpus, window, size, period):
    bad = window == "paragraph" or not isinstance(size, int) or size < 0 or period == "week"
    if bad:
        with pytest.raises(InputError):
            sentiment.measure(corpus, window, size=size, period=period)
        return
    tables = sentiment.measure(corpus, window, size=size, period=period)
    mentions, actors, periods = tables.mentions, tables.actors, tables.periods
    assert list(mentions.columns) == MENTION_COLUMNS and list(actors.columns) == ACTOR_COLUMNS
    assert list(periods.columns) == PERIOD_COLUMNS
    assert dtypes(mentions)["start"] == "int64" and dtypes(mentions)["sent_id"] == "int32"
    assert dtypes(actors)["n_mentions"] == "int64" and dtypes(periods)["n_documents"] == "int64"
    texts = texts_of(corpus)
    for row in mentions.itertuples(index=False):
        text = texts[row.doc_id]
        assert 0 <= row.start < row.end <= len(text) and text[row.start:row.end] == row.surface
        assert 0 <= row.window_start <= row.start and row.window_start <= row.window_end <= len(text)
        assert row.window == window
    assert mentions[["neg", "neu", "pos"]].stack().between(0, 1).all() and mentions["compound"].between(-1, 1).all()
    for table in (actors, periods):
        assert table["n_mentions"].sum() == len(mentions)
        assert table["mean_compound"].between(-1, 1).all()
        assert table[["share_positive", "share_negative"]].stack().between(0, 1).all()
        assert (table["n_windows"] >= 1).all() and (table["n_sentences"] >= 1).all()
    assert (periods["n_documents"] >= 1).all()
    actor_mentions = corpus.mentions[(corpus.mentions["kind"] != "location") & corpus.mentions["actor_id"].notna()]
    if actor_mentions.empty:
        assert mentions.empty and actors.empty and periods.empty
    again = sentiment.measure(corpus, window, size=size, period=period)
    for name in tables.keys():
        same(again[name], tables[name])


@SETTINGS
@given(st.lists(NO_ACTOR_TEXT, min_size=1, max_size=3))
def test_no_actors_no_rows(texts):
    corpus = corpus_from_texts(texts)
    if corpus.mentions.empty:
        assert sentiment.measure(corpus).mentions.empty
        rows = stance.measure(corpus, targets={})
        assert rows.empty and dtypes(rows) == stance.STANCE_COLUMNS


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["a", "b", None, "😀", ""]), st.sampled_from(["X", None]),
                          st.one_of(st.floats(-1, 1), st.just(float("nan")))), max_size=12),
       st.sampled_from(["doc_id", ["doc_id", "source"], "missing"]), st.floats(0, 1))
def test_sentiment_aggregate(rows, by, threshold):
    scores = pd.DataFrame(rows, columns=["doc_id", "source", "compound"])
    if by == "missing":
        with pytest.raises(DiscourseError):
            sentiment.summarize(scores, by=by, threshold=threshold)
        return
    out = own_error(sentiment.summarize, scores, by=by, threshold=threshold)
    if out is None:
        return
    keys = [by] if isinstance(by, str) else by
    assert list(out.columns) == [*keys, "n_sentences", "mean_compound", "share_positive", "share_negative"]
    assert out["n_sentences"].dtype == np.int64
    assert out["n_sentences"].sum() == scores.dropna(subset=[*keys, "compound"]).shape[0]  # scored sentences only
    assert out[["share_positive", "share_negative"]].stack().dropna().between(0, 1).all()
    assert out["mean_compound"].dropna().between(-1, 1).all()


DICTIONARY_WORDS = st.one_of(st.sampled_from(["good", "bad", "cooperat*", "threat*", "?", "*", "a?c", "[ab]*",
                                              "n't", "İ", "ß", "😀", "x" * 500, "", " ", "two words", "\x00"]),
                             st.text(ANY_CHAR, max_size=6))


@SETTINGS
@given(st.lists(st.one_of(TEXT, st.none()), max_size=5), st.lists(DICTIONARY_WORDS, max_size=4),
       st.lists(DICTIONARY_WORDS, max_size=4), st.one_of(st.integers(-1, 6), st.just(1.5)),
       st.sampled_from(["gen", "gen\ud800", None]))
@example(["not good"], ["[z-a]"], [], 3, "gen")
@example(["good"], ["good"], [], 3, "gen\ud800")
def test_dictionary_scores(texts, positive, negative, window, name):
    try:
        dictionary = sentiment.Dictionary(tuple(positive), tuple(negative), name=name)
    except InputError as err:
        assert "entry" in str(err) or name != "gen"
        return
    assert name == "gen"
    if not isinstance(window, int) or window < 0:
        with pytest.raises(InputError, match="negation_window"):
            sentiment.dictionary_scores(texts, dictionary, negation_window=window)
        return
    out = sentiment.dictionary_scores(texts, dictionary, negation_window=window)
    assert dtypes(out) == {"text_id": "int64", "n_tokens": "int64", "n_positive": "int64", "n_negative": "int64",
                           "n_negated": "int64", "score": "float64", "dictionary": "string"}
    assert len(out) == len(texts) and (out["dictionary"] == "gen").all()
    assert (out["n_positive"] + out["n_negative"] <= out["n_tokens"]).all()
    assert (out["n_negated"] <= out["n_positive"] + out["n_negative"]).all()
    assert out["score"].between(-1, 1).all()
    if window == 0:
        assert (out["n_negated"] == 0).all()
    same(sentiment.dictionary_scores(texts, dictionary, negation_window=window), out)


# -- stance ---------------------------------------------------------------------------------------

def check_rules(scores, n):
    assert dtypes(scores) == stance.RULE_COLUMNS and len(scores) == n
    assert scores["score"].between(-1, 1).all() and scores["compound"].between(-1, 1).all()
    fav, ag = scores["score"] >= stance.THRESHOLD, scores["score"] <= -stance.THRESHOLD
    assert (scores.loc[fav, "stance"] == "favour").all() and (scores.loc[ag, "stance"] == "against").all()
    assert (scores.loc[~fav & ~ag, "stance"] == "neutral").all()
    assert scores["evidence_from"].isin(["lexicon", "vader", "none"]).all()
    assert (scores[["cooperation", "conflict", "negated"]] >= 0).all().all()
    assert (scores[["cue_favour", "cue_against"]] >= 0).all().all()


@SETTINGS
@given(st.lists(st.one_of(TEXT, st.none()), max_size=5), st.booleans())
def test_rule_scores(texts, tie_break):
    scores = stance.rule_scores(texts, tie_break=tie_break)
    check_rules(scores, len(texts))
    if not tie_break:
        assert (scores["evidence_from"] != "vader").all()
    for k, text in enumerate(texts):  # the same alone as in a batch, and with the cache warm
        alone = stance.rule_scores([text], tie_break=tie_break).drop(columns="text_id")
        same(alone, scores.iloc[[k]].drop(columns="text_id").reset_index(drop=True))


TARGETS = st.one_of(st.none(), st.just({}), st.just("geopolitics"),
                    st.dictionaries(FRAME, st.one_of(PHRASE, st.lists(PHRASE, max_size=2)), max_size=3))


@SETTINGS
@given(CORPUS, TARGETS)
@example(corpus_from_texts(["said "]), {"": "said"})
@example(corpus_from_texts([]), {"security": "😀", "": "said"})
@example(corpus_from_texts([]), {"security": "**", "": "said"})
@example(corpus_from_texts([]), {"security": "x" * 3000, "": "said"})
def test_stance_measure(corpus, targets):
    rows = own_error(stance.measure, corpus, targets=targets)
    if rows is None:  # only a nameless object or a bad pattern in a generated dict may be refused
        assert isinstance(targets, dict)
        if any(not str(name).strip() for name in targets):  # refused for it, or for any bad pattern before it,
            with pytest.raises(InputError, match=r"field 'targets\["):  # naming the entry ("**", 3,000 x's)
                stance.policy_targets(targets)
            return
        with pytest.raises(DataFileError):
            for patterns in targets.values():
                for p in [patterns] if isinstance(patterns, str) else patterns:
                    check_pattern(p, None, None)
        return
    assert dtypes(rows) == stance.STANCE_COLUMNS
    assert rows["stance"].isin(stance.LABELS).all() and rows["score"].between(-1, 1).all()
    assert (rows["method"] == f"directed@{stance.DIRECTED_VERSION}").all()
    # a label follows its score (the speaker's own state is never against, and favour only when defended)
    assert (rows.loc[rows["stance"] == "favour", "score"] >= stance.DIRECTED_BAND).all()
    assert (rows.loc[rows["stance"] == "against", "score"] <= -stance.DIRECTED_BAND).all()
    assert (rows.loc[rows["score"].abs() < stance.DIRECTED_BAND, "stance"] == "neutral").all()
    sentences = {(d, s): t for d, s, t in zip(corpus.sentences["doc_id"], corpus.sentences["sent_id"],
                                              corpus.sentences["text"])}
    for row in rows.itertuples(index=False):
        assert (row.doc_id, row.sent_id) in sentences and row.evidence == sentences[(row.doc_id, row.sent_id)]
        assert pd.notna(row.target) and row.target
        assert pd.isna(row.speaker) or row.target.casefold() != row.speaker.casefold()
    if corpus.mentions.empty and targets == {}:
        assert rows.empty
    same(stance.measure(corpus, targets=targets), rows)


@FEW
@given(CORPUS, st.sampled_from(["model", "classifier", "", None]), st.sampled_from([None, object(), 3]))
def test_stance_measure_bad_method(corpus, method, model):
    with pytest.raises(InputError, match="method|model"):
        stance.measure(corpus, method=method, model=model)


@FEW
@given(st.one_of(st.integers(), st.lists(st.text(max_size=3), max_size=2), st.floats()))
def test_stance_bad_targets(targets):
    with pytest.raises(InputError, match="targets"):
        stance.policy_targets(targets)


# -- statistics -----------------------------------------------------------------------------------

GROUPS = st.sampled_from(["X", "Y", "Ω", "", "😀", "a | b"])


@st.composite
def measure_tables(draw):
    """A per-document measures table as frames.counts gives, sometimes with hostile values."""
    n_docs = draw(st.integers(1, 6))
    labels = draw(st.lists(st.sampled_from(["a", "b", "é", "😀", ""]), min_size=1, max_size=3, unique=True))
    rows = []
    for k in range(n_docs):
        source = draw(GROUPS)
        published = draw(st.one_of(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.none()))
        tokens = draw(st.integers(0, 500))
        for label in labels:
            if draw(st.booleans()) or label == labels[0]:
                count = draw(st.integers(0, 30))
                rows.append((f"d{k}", source, published, published.year if published else None, label, count,
                             tokens, draw(st.integers(0, 20))))
    table = pd.DataFrame(rows, columns=["doc_id", "source", "published", "year", "frame", "count", "tokens",
                                        "sentences"])
    table["published"] = pd.to_datetime(table["published"]).astype("datetime64[s]")
    table["year"] = table["year"].astype("Int16")
    hostile = draw(st.sampled_from([None, None, None, "negative", "nan", "duplicate"]))
    if hostile == "negative":
        table.loc[0, "count"] = -1
    elif hostile == "nan":
        table["count"] = table["count"].astype(float)
        table.loc[0, "count"] = np.nan
    elif hostile == "duplicate":
        table = pd.concat([table, table.iloc[[0]]], ignore_index=True)
    return table, hostile


STAT_ARGS = st.fixed_dictionaries({"time": st.sampled_from(["published", "year", None]),
                                   "period": st.sampled_from(["year", "month", "day", None, "decade"]),
                                   "by": st.sampled_from(["source", None, ["source"]])})


def _expected_aggregate_error(table, hostile, time, period):
    if hostile:
        return True
    if time and table[time].isna().all():
        return True
    if time and period is not None and (period == "decade" or time == "year"):
        return True
    return False


@SETTINGS
@given(measure_tables(), STAT_ARGS, st.sampled_from(["aggregate", "prevalence", "rate"]),
       st.sampled_from([0.95, 0.5, 0.0, 1.0, -1, 1.5]))
def test_aggregate_prevalence_rate(data, args, fn, conf_level):
    table, hostile = data
    call = getattr(dx.stats, fn)
    kwargs = dict(args)
    if fn != "aggregate":
        kwargs["conf_level"] = conf_level
    bad_conf = fn != "aggregate" and not 0 < conf_level < 1
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        if bad_conf or _expected_aggregate_error(table, hostile, args["time"], args["period"]):
            with pytest.raises(InputError):
                call(table, **kwargs)
            return
        out = own_error(call, table, **kwargs)
    if out is None:  # the one refusal left: a rate over a cell without tokens
        assert fn == "rate" and (table["tokens"] == 0).any()
        return
    by = [] if args["by"] is None else ["source"]
    assert list(out.columns)[: len(by) + 3] == [*by, "period", "t", "frame"]
    assert {"documents", "documents_present", "count", "tokens"} <= set(out.columns)
    assert (out[["documents", "documents_present", "count"]].dtypes == "int64").all()
    assert (out["documents_present"] <= out["documents"]).all() and (out["documents"] >= 1).all()
    kept = table if not args["time"] else table[table[args["time"]].notna()]
    assert out["count"].sum() == kept["count"].sum()
    assert out.groupby("frame")["documents"].sum().eq(kept["doc_id"].nunique()).all()
    if fn != "aggregate":
        tol = 1e-9 * max(1, out["per"].max())
        assert (out["conf_low"] <= out["estimate"] + tol).all() and (out["estimate"] <= out["conf_high"] + tol).all()
        assert (out["estimate"] >= 0).all()
    if fn == "prevalence":
        assert out[["estimate", "conf_low", "conf_high"]].stack().between(0, 1).all()


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), min_size=1, max_size=6),
       st.sampled_from([0.95, 0.5, 0.999, 0.0, 1.0, 2.0, float("nan")]), st.booleans())
@example([(1, 2)], 1.5, False)
@example([(3, 2)], 0.95, True)
def test_wilson(pairs, conf_level, swap):
    k = [min(a, b) for a, b in pairs]
    n = [max(a, b) for a, b in pairs]
    if swap and k != n:
        k, n = n, k  # more successes than trials
    if not 0 < conf_level < 1 or min(n) == 0 or swap and k != n:
        with pytest.raises(InputError):
            dx.stats.wilson(k, n, conf_level)
        return
    low, high = dx.stats.wilson(k, n, conf_level)
    p = np.asarray(k, float) / np.asarray(n, float)
    assert ((0 <= low) & (low <= p + 1e-12) & (p <= high + 1e-12) & (high <= 1)).all()


VALID_TEXT = TEXT.map(lambda t: t.encode("utf-8", "replace").decode("utf-8"))  # a str column holds no lone surrogate
DOC_TABLES = st.lists(st.tuples(GROUPS, st.one_of(VALID_TEXT, st.none())), max_size=6).map(
    lambda rows: pd.DataFrame(rows, columns=["source", "text"]))


@SETTINGS
@given(DOC_TABLES, st.sampled_from([(1, 1), (1, 2), (2, 3)]), st.sampled_from([None, "english"]),
       st.integers(1, 3))
def test_count_terms(docs, ngram, stop_words, min_count):
    out = own_error(dx.stats.count_terms, docs, ngram_range=ngram, stop_words=stop_words, min_count=min_count)
    if out is None:
        return
    assert list(out.columns) == ["group", "term", "count"] and out["count"].dtype == np.int64
    assert (out["count"] >= 1).all() and not out.duplicated(["group", "term"]).any()
    assert out.groupby("term")["count"].sum().ge(min_count).all()
    assert set(out["group"]) <= set(docs["source"].astype(str))
    assert all(ngram[0] <= len(t.split()) <= ngram[1] for t in out["term"])
    same(dx.stats.count_terms(docs, ngram_range=ngram, stop_words=stop_words, min_count=min_count), out)


COUNT_TABLES = st.lists(st.tuples(GROUPS, st.sampled_from(["x", "y", "z", "😀", ""]), st.integers(0, 40)),
                        max_size=12).map(lambda rows: pd.DataFrame(rows, columns=["group", "term", "count"]))


@SETTINGS
@given(st.one_of(COUNT_TABLES, DOC_TABLES.map(lambda d: own_error(dx.stats.count_terms, d)).filter(
           lambda t: t is not None)),
       st.sampled_from(["g2", "chi2", "pmi", "G2", "t"]), st.integers(1, 3))
@example(pd.DataFrame({"group": ["X", "Y"], "term": ["שלום", "שלום"], "count": [1, 1]}), "g2", 1)
@example(pd.DataFrame({"group": ["X", "Y"], "term": ["a", "a"], "count": [1, 3]}), "chi2", 1)
@example(pd.DataFrame({"group": ["X", "Y"], "term": ["said", "e"], "count": [2, 1]}), "pmi", 2)
def test_keyness(counts, measure, min_count):
    if measure == "t":
        with pytest.raises(InputError, match="measure"):
            dx.stats.keyness(counts, measure=measure, min_count=min_count)
        return
    out = own_error_no_warnings(dx.stats.keyness, counts, measure=measure, min_count=min_count)
    if out is None:
        return
    assert list(out.columns) == KEYNESS_COLUMNS and (out["measure"] == measure.lower()).all()
    assert out["p_value"].between(0, 1).all() and (out["expected"] >= 0).all()
    if measure.lower() != "pmi":
        assert out["statistic"].notna().all()
        assert (np.sign(out["statistic"]) * np.sign(out["count"] - out["expected"]) >= 0).all()
    assert (out["count"] <= out["tokens"]).all() and (out["count_other"] <= out["tokens_other"]).all()
    same(dx.stats.keyness(counts, measure=measure, min_count=min_count), out)


@SETTINGS
@given(COUNT_TABLES, st.sampled_from([1000.0, 0.01, 0.0, -5.0, float("nan")]), st.integers(1, 3))
@example(pd.DataFrame({"group": ["X", "Y"], "term": ["y", "y"], "count": [1, 1]}), 1000.0, 1)
def test_fightin_words(counts, prior, min_count):
    if not prior > 0:
        with pytest.raises(InputError):
            dx.stats.fightin_words(counts, prior=prior, min_count=min_count)
        return
    out = own_error_no_warnings(dx.stats.fightin_words, counts, prior=prior, min_count=min_count)
    if out is None:
        return
    assert list(out.columns) == FIGHTIN_COLUMNS and (out["measure"] == "fightin_words").all()
    assert np.isfinite(out[["estimate", "std_error", "statistic"]].to_numpy(float)).all()
    assert (out["std_error"] > 0).all() and out["p_value"].between(0, 1).all()
    same(dx.stats.fightin_words(counts, prior=prior, min_count=min_count), out)


RATING_VALUES = st.sampled_from([0, 1, 2, 3, None, float("nan")])
RATINGS = st.lists(st.tuples(st.integers(0, 6), st.sampled_from(["A", "B", "C", "😀"]), RATING_VALUES),
                   max_size=20).map(lambda rows: pd.DataFrame(rows, columns=["unit", "coder", "value"]))


def check_reliability(out, name):
    assert list(out.columns) == RELIABILITY_COLUMNS and len(out) == 1 and out.loc[0, "measure"] == name
    estimate, low, high = out.loc[0, ["estimate", "conf_low", "conf_high"]]
    assert np.isfinite(estimate) and estimate <= 1 + 1e-12
    if out.loc[0, "n_boot"]:
        assert low <= high
    else:
        assert math.isnan(low) and math.isnan(high)


@SETTINGS
@given(RATINGS, st.sampled_from(["nominal", "ordinal", "interval", "ratio", "bad"]), st.sampled_from([0, 15, -1]))
def test_krippendorff_alpha(ratings, level, n_boot):
    out = own_error(dx.stats.krippendorff_alpha, ratings, level=level, n_boot=n_boot)
    if out is None:
        return
    assert level != "bad" and n_boot >= 0
    check_reliability(out, "krippendorff_alpha")
    same(dx.stats.krippendorff_alpha(ratings, level=level, n_boot=n_boot), out)


@SETTINGS
@given(RATINGS, st.sampled_from([None, "linear", "quadratic", "cubic"]), st.sampled_from([0, 15]))
def test_cohen_kappa(ratings, weights, n_boot):
    out = own_error(dx.stats.cohen_kappa, ratings, weights=weights, n_boot=n_boot)
    if out is None:
        return
    assert weights != "cubic"
    check_reliability(out, "cohen_kappa")
    assert out.loc[0, "estimate"] >= -1 - 1e-12 and out.loc[0, "coders"] == 2
    same(dx.stats.cohen_kappa(ratings, weights=weights, n_boot=n_boot), out)


@SETTINGS
@given(RATINGS, st.sampled_from([0, 15]))
def test_fleiss_kappa(ratings, n_boot):
    out = own_error(dx.stats.fleiss_kappa, ratings, n_boot=n_boot)
    if out is None:
        return
    check_reliability(out, "fleiss_kappa")
    same(dx.stats.fleiss_kappa(ratings, n_boot=n_boot), out)


@FEW
@given(st.lists(st.tuples(st.integers(0, 4), st.sampled_from(["A", "B"]),
                          st.sampled_from([0, 1, "x", "y", True, 2.5])), min_size=2, max_size=12)
       .map(lambda rows: pd.DataFrame(rows, columns=["unit", "coder", "value"])))
def test_reliability_with_mixed_value_types(ratings):
    """Values of mixed types (numbers and labels in one column, as a hand-typed CSV gives)."""
    for fn in (dx.stats.krippendorff_alpha, dx.stats.cohen_kappa, dx.stats.fleiss_kappa):
        out = own_error(fn, ratings, n_boot=0)
        if out is not None:
            assert np.isfinite(out.loc[0, "estimate"])
