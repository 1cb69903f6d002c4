"""The measurement contract's voice lookup: many spans at once equal each span alone."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse._measures import Voices


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
