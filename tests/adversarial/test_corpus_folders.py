"""Corpus folders from others, by class: ids, offsets, counts, dtypes and versions are checked on read.

A corpus folder is untrusted input too (it may be shared, hand-edited or damaged). Each
mutation of a real corpus folder must give a :class:`~discourse.CorpusFormatError` naming the
file, the row or field and the fix; never a silently wrapped id or an offset past the text.
Random damage (hypothesis) gives that error or a readable corpus, never another exception.
"""

import json
import shutil

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse.recipes import read_recipe
from tests.conftest import SEED


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return dx.load(SEED).save(tmp_path_factory.mktemp("c") / "corpus")


def _copy(folder, tmp_path):
    return shutil.copytree(folder, tmp_path / "corpus")


def _edit_table(path, name, change):
    table = pd.read_parquet(path / f"{name}.parquet")
    table = change(table)
    table.to_parquet(path / f"{name}.parquet", index=False)
    meta = json.loads((path / "corpus.json").read_text())
    meta["counts"][name] = len(table)
    if name in ("documents", "rejects"):
        meta["counts"]["inputs"] = meta["counts"]["documents"] + meta["counts"]["rejects"]
    (path / "corpus.json").write_text(json.dumps(meta))


def _edit_meta(path, change):
    meta = json.loads((path / "corpus.json").read_text())
    change(meta)
    (path / "corpus.json").write_text(json.dumps(meta))


def _set(column, row, value):
    def change(table):
        table = table.astype({column: "string" if isinstance(value, str) else "object"})
        table.loc[row, column] = value
        return table
    return change


# name, table (or None for corpus.json), change, expected message
MUTATIONS = [
    ("duplicate-doc-id", "documents", lambda t: pd.concat([t, t]), r"documents\.parquet, row 1, field 'doc_id': .* used twice"),
    ("offset-past-text", "sentences", _set("end", 0, 10**7), r"sentences\.parquet, row 0, field 'end': offsets .* outside"),
    ("start-after-end", "quotes", _set("start", 0, 10**6), r"quotes\.parquet, row 0, field 'end': offsets"),
    ("negative-offset", "mentions", _set("start", 0, -5), r"mentions\.parquet, row 0, field 'start': -5 is not a whole number"),
    ("id-beyond-int32", "quotes", _set("quote_id", 0, 2**31 + 5), r"field 'quote_id': 2147483653 is not a whole number from 0 to 2,147,483,647"),
    ("fractional-id", "sentences", _set("para_id", 0, 1.5), r"field 'para_id': 1.5 is not a whole number"),
    ("text-in-an-id", "paragraphs", _set("para_id", 0, "one"), r"field 'para_id': 'one' is not a whole number"),
    ("orphan-row", "mentions", _set("doc_id", 0, "d_nobody"), r"mentions\.parquet, row 0, field 'doc_id': 'd_nobody' is not a document"),
    ("row-without-doc-id", "sentences", _set("doc_id", 0, None), r"sentences\.parquet, row 0, field 'doc_id': a row has no doc_id"),
    ("counts-disagree", None, lambda m: m["counts"].update(sentences=99), r"sentences\.parquet: 13 rows, but corpus\.json counts 99"),
    ("conservation-broken", None, lambda m: m["counts"].update(inputs=5), r"corpus\.json, field 'counts': 5 inputs, but 1 documents"),
    ("negative-count", None, lambda m: m["counts"].update(rejects=-1), r"field 'counts': missing or not a count"),
    ("boolean-count", None, lambda m: m["counts"].update(rejects=False), r"field 'counts': missing or not a count"),
    ("unknown-schema", None, lambda m: m.update(schema_version="9.9"), r"field 'schema_version': schema '9.9'"),
    ("partition-rows-tampered", None, lambda m: m.update(partitions={"size": 1, "rows": {"documents": [5]}}),
     r"field 'partitions': the rows per partition"),
]


@pytest.mark.parametrize("table, change, match", [pytest.param(*m[1:], id=m[0]) for m in MUTATIONS])
def test_damaged_corpus_folder(folder, tmp_path, table, change, match):
    path = _copy(folder, tmp_path)
    if table is None:
        _edit_meta(path, change)
    else:
        _edit_table(path, table, change)
    with pytest.raises(dx.CorpusFormatError, match=match) as err:
        dx.read_corpus(path)
        list(dx.corpus.partitions(path))
    assert "Fix:" in str(err.value)


def test_folder_of_the_previous_schema_reads_with_missing_encodings(folder, tmp_path):
    path = _copy(folder, tmp_path)
    _edit_table(path, "documents", lambda t: t.drop(columns=["encoding", "encoding_confidence"]))
    _edit_meta(path, lambda m: m.update(schema_version="1.0"))
    corpus = dx.read_corpus(path)
    assert corpus.documents["encoding"].isna().all() and str(corpus.documents["encoding_confidence"].dtype) == "Float64"


def test_folder_of_schema_1_1_reads_without_date_sources_and_replies(folder, tmp_path):
    path = _copy(folder, tmp_path)
    _edit_table(path, "documents", lambda t: t.drop(columns=["date_source", "date_note"]))
    _edit_table(path, "quotes", lambda t: t.drop(columns=["reply_to"]))
    _edit_meta(path, lambda m: m.update(schema_version="1.1"))
    corpus = dx.read_corpus(path)
    assert corpus.documents["date_source"].isna().all() and str(corpus.quotes["reply_to"].dtype) == "Int32"


def test_documents_say_how_they_were_decoded(tmp_path):
    (tmp_path / "ru.txt").write_bytes(("Москва (ТАСС). Президент России провёл переговоры с председателем КНР. "
                                       * 5).encode("cp1251"))
    (tmp_path / "en.txt").write_bytes(b"Astana (TDI): The ministers met on Monday and agreed to cooperate. " * 5)
    docs = dx.load(tmp_path).documents
    docs = docs.set_index(docs["raw_path"].str.rsplit("/", n=1).str[1])
    assert docs.loc["ru.txt", "encoding"] == "cp1251" and docs.loc["ru.txt", "encoding_confidence"] > 0.9
    assert docs.loc["en.txt", "encoding"] == "utf-8" and docs.loc["en.txt", "encoding_confidence"] == 1.0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1), value=st.integers(0, 255), name=st.sampled_from(
    ["documents", "sentences", "quotes", "mentions", "corpus"]))
@example(position=0.005859375, value=128, name="sentences")  # a doc_id byte made invalid UTF-8 (ArrowException)
@example(position=0.86, value=48, name="quotes")  # pandas metadata damaged: KeyError inside pyarrow
@example(position=0.8671875, value=47, name="documents")
def test_random_damage_is_an_error_or_a_corpus(folder, tmp_path, position, value, name):
    path = tmp_path / "damaged"
    shutil.rmtree(path, ignore_errors=True)
    shutil.copytree(folder, path)
    file = path / ("corpus.json" if name == "corpus" else f"{name}.parquet")
    data = bytearray(file.read_bytes())
    data[int(position * (len(data) - 1))] = value
    file.write_bytes(bytes(data))
    try:
        corpus = dx.read_corpus(path)
    except dx.CorpusFormatError:
        return
    assert corpus.inputs == len(corpus.documents) + len(corpus.rejects)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('[]=."\'\n#abcnrpthsow_123 {},\\@:/~')), max_size=300))
def test_any_recipe_text_is_an_error_or_a_recipe(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("r") / "r.toml"
    path.write_text('[recipe]\nname = "x"\n[[corpus]]\npaths = ["a"]\n' + text)
    try:
        read_recipe(path)
    except dx.DiscourseError as err:
        assert "Fix:" in str(err)
