"""CSV, JSONL and Parquet loaders with column mappings, on the real Wikinews sample."""

import json

import pandas as pd
import pytest

import discourse as dx
from discourse import InputError
from discourse.corpus._records import Record, Reject
from discourse.corpus._tables import read_csv, read_jsonl, read_parquet
from tests.conftest import CORPORA

WIKINEWS = CORPORA / "wikinews" / "wikinews_2019.csv"


@pytest.fixture(scope="module")
def wikinews():
    return dx.load(WIKINEWS)


def test_wikinews_loads_every_row(wikinews):
    rows = pd.read_csv(WIKINEWS)
    assert len(wikinews.documents) + len(wikinews.rejects) == len(rows) == wikinews.inputs
    assert len(wikinews.rejects) == 0
    docs = wikinews.documents
    assert (docs["source"] == "en.wikinews.org").all()
    assert docs["published"].notna().all()
    assert docs["title"].tolist() == rows["title"].str.strip().tolist()
    assert set(docs["language"]) == {"en"}


def test_wikinews_paragraphs_follow_blank_lines(wikinews):
    rows = pd.read_csv(WIKINEWS)
    first = rows.loc[0, "text"]
    parts = [p.strip() for p in first.split("\n\n") if p.strip()]
    doc_id = wikinews.documents.loc[0, "doc_id"]
    removed = wikinews.boilerplate.query("doc_id == @doc_id")
    assert removed["text"].tolist() == [parts[0]] == ["Friday, January 4, 2019"]
    assert removed["reason"].tolist() == ["header_date"]
    assert (wikinews.paragraphs["doc_id"] == doc_id).sum() == len(parts) - 1


def test_same_rows_in_every_format(tmp_path):
    rows = pd.read_csv(WIKINEWS).head(20)
    rows.to_json(tmp_path / "w.jsonl", orient="records", lines=True, force_ascii=False)
    rows.to_parquet(tmp_path / "w.parquet")
    ids = {}
    for name in ("w.jsonl", "w.parquet"):
        ids[name] = dx.load(tmp_path / name).documents["doc_id"].tolist()
    ids["csv"] = dx.load(WIKINEWS).documents["doc_id"].head(20).tolist()
    assert ids["w.jsonl"] == ids["w.parquet"] == ids["csv"]


def test_mapping_renames_columns(tmp_path):
    df = pd.DataFrame({"headline": ["A", "B"], "body": ["First text.", "Second text."],
                       "pub": ["2024-01-02", "2024-02-03"], "media_name": ["Xinhua", "TASS"]})
    df.to_csv(tmp_path / "m.csv", index=False)
    corpus = dx.load(tmp_path / "m.csv", mapping={"body": "text", "pub": "published"})
    assert corpus.documents["title"].tolist() == ["A", "B"]
    assert corpus.documents["source"].tolist() == ["Xinhua", "TASS"]
    assert corpus.documents["published"].dt.strftime("%Y-%m-%d").tolist() == ["2024-01-02", "2024-02-03"]


def test_missing_text_column_is_one_clear_reject():
    (item,) = list(read_csv("m.csv", b"title,summary\nA,B\n"))
    assert isinstance(item, Reject) and item.field == "text"
    assert "columns are ['title', 'summary']" in item.reason and "--map" in item.fix


def test_unknown_field_in_mapping_raises():
    with pytest.raises(InputError, match="names no document field"):
        dx.load(WIKINEWS, mapping={"text": "body_text"})


def test_bad_rows_are_rejects_naming_their_line():
    data = b'title,text,date\nA,Good text.,2020-01-01\nB,"ragged",2020,extra\nC,,2020-01-02\nD,Fine.,2019-02-30\n'
    items = list(read_csv("m.csv", data))
    assert [type(i).__name__ for i in items] == ["Record", "Reject", "Record", "Reject"]
    assert items[1].record == "line 3" and "expected 3 fields, saw 4" in items[1].reason
    assert items[3].field == "date" and "impossible date" in items[3].reason


def test_empty_text_becomes_reject_in_corpus(tmp_path):
    (tmp_path / "e.csv").write_text("title,text\nA,\nB,Body.\n", "utf-8")
    corpus = dx.load(tmp_path / "e.csv")
    assert corpus.inputs == 2 and len(corpus.documents) == 1 and len(corpus.rejects) == 1
    assert "no body text" in corpus.rejects.loc[0, "reason"]


def test_duplicate_ids_are_rejected(tmp_path):
    (tmp_path / "d.csv").write_text("id,text\n1,One.\n1,Two.\n2,Three.\n", "utf-8")
    corpus = dx.load(tmp_path / "d.csv", mapping={"id": "doc_id"})
    assert corpus.documents["doc_id"].tolist() == ["1", "2"]
    assert "duplicate document id '1'" in corpus.rejects.loc[0, "reason"]
    assert corpus.rejects.loc[0, "record"] == "line 3"


def test_duplicate_content_is_rejected(tmp_path):
    (tmp_path / "d.csv").write_text("title,text\nA,Same.\nA,Same.\n", "utf-8")
    corpus = dx.load(tmp_path / "d.csv")
    assert len(corpus.documents) == 1 and len(corpus.rejects) == 1


def test_jsonl_bad_lines():
    data = b'{"text": "One."}\n[1, 2]\n{"text": 5}\n\n{broken\n'
    items = list(read_jsonl("a.jsonl", data))
    assert [type(i).__name__ for i in items] == ["Record", "Reject", "Reject", "Reject"]
    assert [i.record for i in items[1:]] == ["line 2", "line 3", "line 5"]


def test_parquet_corrupt_file_is_reject():
    (item,) = list(read_parquet("x.parquet", b"PAR1 not really"))
    assert isinstance(item, Reject) and "Parquet" in item.reason


def test_extra_columns_go_to_meta(tmp_path):
    (tmp_path / "x.jsonl").write_text(json.dumps({"text": "Body.", "stories_id": 7, "tags": ["a"]}) + "\n")
    doc = dx.load(tmp_path / "x.jsonl").documents.iloc[0]
    assert json.loads(doc["meta"]) == {"stories_id": 7, "tags": ["a"]}
    assert isinstance(next(read_jsonl("x", b'{"text": "B."}')), Record)


# ---------------------------------------------------------------- large files, read line by line

def _load_both(monkeypatch, path, **kwargs):
    from discourse.corpus import _load

    whole = dx.load(path, **kwargs)
    monkeypatch.setattr(_load, "STREAM_BYTES", 0)  # every CSV/JSONL file counts as large
    streamed = dx.load(path, **kwargs)
    return whole, streamed


def test_a_large_csv_is_streamed_to_the_same_tables(monkeypatch):
    whole, streamed = _load_both(monkeypatch, sorted((CORPORA / "wikinews").glob("*.csv"))[0])
    assert len(whole.documents) > 150
    for name in ("documents", "sentences", "mentions", "quotes", "rejects"):
        pd.testing.assert_frame_equal(getattr(streamed, name), getattr(whole, name), obj=name)


def test_a_large_jsonl_is_streamed_to_the_same_tables(monkeypatch, tmp_path):
    rows = pd.read_csv(sorted((CORPORA / "wikinews").glob("*.csv"))[0]).head(60)
    lines = [json.dumps(r, ensure_ascii=False) for r in rows.to_dict("records")]
    lines[3:3] = ["", "not json", "[1, 2]", json.dumps({"title": "sep", "text": "A\u2028B in Beijing."})]
    path = tmp_path / "big.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8"))
    whole, streamed = _load_both(monkeypatch, path)
    assert len(whole.rejects) == 2 and whole.rejects["record"].tolist() == ["line 5", "line 6"]
    for name in ("documents", "sentences", "rejects"):
        pd.testing.assert_frame_equal(getattr(streamed, name), getattr(whole, name), obj=name)


def test_a_large_binary_file_is_one_reject(monkeypatch, tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"text\n" + bytes(range(256)) * 40)
    whole, streamed = _load_both(monkeypatch, path)
    assert len(streamed.rejects) == 1 and "binary" in streamed.rejects["reason"].iloc[0]
    pd.testing.assert_frame_equal(streamed.rejects, whole.rejects)
