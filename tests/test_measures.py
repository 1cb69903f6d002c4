"""The measurement contract: the voice lookup (many spans at once equal each span alone) and the
documents' words, counted once per corpus."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse import _measures
from discourse._fold import count_tokens
from discourse._measures import Voices
from tests.conftest import ROOT


class _Corpus:
    """The two tables Voices reads."""

    def __init__(self, quotes: list[tuple]):
        self.documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["Xinhua", None, "TDI"]})
        self.quotes = pd.DataFrame(quotes, columns=["doc_id", "start", "end", "speaker", "speaker_role",
                                                    "speaker_country"])


_quote = st.tuples(st.sampled_from(["a", "b", "c"]), st.integers(0, 60), st.integers(0, 30),
                   st.sampled_from(["Wang Yi", "Antony Blinken", None]), st.sampled_from(["minister", None]),
                   st.sampled_from(["CHN", "USA", None])).map(lambda q: (q[0], q[1], q[1] + q[2], *q[3:]))
_span = st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 100), st.integers(-2, 40)).map(
    lambda s: (s[0], s[1], max(s[1], s[1] + s[2])))


@settings(max_examples=200, deadline=None)
@given(st.lists(_quote, max_size=12), st.lists(_span, max_size=30))
def test_many_equals_each_span_alone(quotes, spans):
    voices = Voices(_Corpus(quotes))
    table = voices.many([d for d, _, _ in spans], pd.Series([s for _, s, _ in spans]), [e for _, _, e in spans])
    alone = [voices.at(d, s, e) for d, s, e in spans]
    assert [tuple(None if pd.isna(v) else v for v in row) for row in table.itertuples(index=False)] == alone
    assert list(table.columns) == ["voice", "speaker", "speaker_role", "speaker_country"]
    assert (table.dtypes == "string").all()


def test_spans_in_and_out_of_quotes():
    voices = Voices(_Corpus([("a", 10, 20, "Wang Yi", "minister", "CHN")]))
    table = voices.many(["a", "a", "b"], [12, 30, 12], [18, 40, 18])
    assert table["voice"].tolist() == ["quoted", "authorial", "authorial"]
    assert table["speaker"].tolist() == ["Wang Yi", "Xinhua", pd.NA]


def test_frame_counts_and_exposure_share_one_count_of_each_documents_words(monkeypatch):
    """Frame counts' ``tokens`` and the exposure's ``words`` are the same numbers, counted once per
    corpus; another corpus (a new value) is counted anew."""
    corpus = dx.load(ROOT / "corpora" / "kremlin", progress=False)
    calls = []
    monkeypatch.setattr(_measures, "count_tokens", lambda text: calls.append(1) or count_tokens(text))
    lexicon = dx.lexicon("china_diplomatic@1.0")
    counts = dx.frames.counts(dx.frames.measure(corpus, lexicon), corpus, lexicon)
    words = dx.stats.exposure(corpus)
    assert len(calls) == len(corpus.documents)
    per_doc = counts.drop_duplicates("doc_id").set_index("doc_id")["tokens"]
    assert per_doc.reindex(words["doc_id"]).tolist() == words["words"].tolist()
    assert words["words"].tolist() == [count_tokens(t) for t in corpus.documents["text"]]
    dx.stats.exposure(dx.load(ROOT / "corpora" / "kremlin", progress=False))
    assert len(calls) == 2 * len(corpus.documents)
