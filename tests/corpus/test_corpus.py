"""The Corpus: schema, lossless Parquet round trip, corpus.json, and reading errors."""

import json

import pandas as pd
import pytest

import discourse as dx
from discourse import CorpusFormatError
from discourse.corpus import SCHEMA_VERSION, TABLES
from tests.conftest import CORPORA, SEED

BUNDLED = {
    "seed": [SEED],
    "ungdc": sorted((CORPORA / "ungdc").glob("*.tar.xz")),
    "wikinews": sorted((CORPORA / "wikinews").glob("*.csv")),
    "kremlin": sorted((CORPORA / "kremlin").glob("*.jsonl")),
    "whitehouse": sorted((CORPORA / "whitehouse").glob("*.md")),
}


@pytest.mark.parametrize("name", list(BUNDLED))
def test_round_trip_is_lossless(name, tmp_path):
    if not BUNDLED[name]:
        pytest.skip(f"corpora/{name} holds no files")
    corpus = dx.load(BUNDLED[name])
    assert len(corpus.documents) > 0
    back = dx.read_corpus(corpus.save(tmp_path / name))
    for table in TABLES:
        pd.testing.assert_frame_equal(getattr(corpus, table), getattr(back, table), check_exact=True)
    assert back.inputs == corpus.inputs and back.content_hash() == corpus.content_hash()


def test_tables_have_documented_columns_and_dtypes(seed_corpus):
    for table, schema in TABLES.items():
        frame = getattr(seed_corpus, table)
        assert list(frame.columns) == list(schema)
        assert frame.dtypes.astype(str).tolist() == list(schema.values()), table


def test_corpus_json(seed_corpus, tmp_path):
    seed_corpus.save(tmp_path / "c")
    meta = json.loads((tmp_path / "c" / "corpus.json").read_text())
    assert meta["schema_version"] == SCHEMA_VERSION
    assert meta["conservation"] == {"inputs": 1, "documents": 1, "rejects": 0, "ok": True}
    assert meta["sources"] == {"TDI": 1} and meta["counts"]["paragraphs"] == 9
    assert sorted(p.name for p in (tmp_path / "c").iterdir()) == sorted(
        [f"{t}.parquet" for t in TABLES] + ["corpus.json"])


def test_save_replaces_a_folder_atomically(seed_corpus, tmp_path):
    target = tmp_path / "c"
    seed_corpus.save(target)
    seed_corpus.save(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c"]


def test_read_errors_name_the_fix(tmp_path, seed_corpus):
    with pytest.raises(CorpusFormatError, match="no corpus.json.*\n  Fix: point to a folder"):
        dx.read_corpus(tmp_path)
    seed_corpus.save(tmp_path / "c")
    (tmp_path / "c" / "quotes.parquet").unlink()
    with pytest.raises(CorpusFormatError, match="quotes.parquet: table missing"):
        dx.read_corpus(tmp_path / "c")


def test_summary_counts_each_sources_rows(tmp_path):
    pd.DataFrame({"doc_id": ["a", "b", "c"], "source": ["X", "Y", None],
                  "text": ["Putin said: \u201cWe agree.\u201d China was named.", "One. Two. Three.", "Four."]}
                 ).to_csv(tmp_path / "docs.csv", index=False)
    corpus = dx.load(tmp_path / "docs.csv", mapping={"doc_id": "doc_id", "source": "source"})
    summary = corpus.summary().set_index("source")
    source = corpus.documents.set_index("doc_id")["source"].fillna("(unknown)")
    for name in ("paragraphs", "sentences", "quotes", "mentions"):
        expected = getattr(corpus, name)["doc_id"].map(source).value_counts()
        assert summary[name].to_dict() == {s: expected.get(s, 0) for s in summary.index}, name
    assert summary.loc["Y", "sentences"] == 3 and summary.loc["(unknown)", "documents"] == 1


def test_summary(seed_corpus):
    summary = seed_corpus.summary()
    assert summary.columns.tolist() == ["source", "documents", "first", "last", "first_year", "last_year",
                                        "paragraphs", "sentences", "quotes", "speakers", "mentions"]
    assert summary.loc[0, "documents"] == 1 and summary.loc[0, "paragraphs"] == 9
