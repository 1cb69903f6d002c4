"""CSV, JSONL, Parquet and spreadsheet loaders with column mappings, on the real Wikinews sample,
and press-conference tables (question and answer turns)."""

import io
import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse import InputError
from discourse.cli import main
from discourse.corpus import _load
from discourse.corpus._records import Record, Reject
from discourse.corpus._tables import read_csv, read_jsonl, read_parquet, read_spreadsheet
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


# ---------------------------------------------------------------- spreadsheets (.xlsx, .ods)

ENGINES = {"xlsx": "openpyxl", "ods": "odf"}  # test-only writers: the library reads with python-calamine

# Made-up press-conference rows in the CMFA layout: one question and its answer per row.
PRESSERS = pd.DataFrame({
    "date": pd.to_datetime(["2019-03-05", "2019-03-06", "2019-03-07"]),
    "spokesperson": ["Hua Chunying", "华春莹", "Lu Kang"],
    "question": ["Q: The United States announced new tariffs.\n\nWhat is China's response?",
                 "问：中方对中亚合作有何评论？", "Will the Foreign Minister visit Astana?"],
    "answer": ["China firmly opposes unilateral measures of this kind.",
               "答：中方愿同中亚国家深化互利合作。", "I have no information to release at the moment."],
})
CELLS = [["The United States announced new tariffs.\n\nWhat is China's response?",
          "China firmly opposes unilateral measures of this kind."],
         ["中方对中亚合作有何评论？", "中方愿同中亚国家深化互利合作。"],
         ["Will the Foreign Minister visit Astana?", "I have no information to release at the moment."]]


def _workbook(path, sheets: dict[str, pd.DataFrame]):
    with pd.ExcelWriter(path, engine=ENGINES[path.suffix[1:]]) as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name, index=False)
    return path


@pytest.mark.parametrize("suffix", ["xlsx", "ods"])
def test_a_workbook_loads_like_the_same_csv(tmp_path, suffix):
    rows = pd.read_csv(WIKINEWS).head(12)
    rows.to_csv(tmp_path / "w.csv", index=False)
    book = _workbook(tmp_path / f"w.{suffix}", {"Sheet1": rows.assign(date=pd.to_datetime(rows["date"]))})
    csv_docs, book_docs = dx.load(tmp_path / "w.csv").documents, dx.load(book).documents
    assert book_docs["record"].tolist() == [f"sheet 'Sheet1' row {n}" for n in range(2, 14)]
    assert book_docs["date_source"].eq("column").all()
    drop = ["raw_path", "record", "encoding", "encoding_confidence"]  # a workbook's cells are not decoded text
    pd.testing.assert_frame_equal(book_docs.drop(columns=drop), csv_docs.drop(columns=drop))


def test_cells_keep_their_types(tmp_path):
    book = _workbook(tmp_path / "t.xlsx", {"Sheet1": pd.DataFrame({
        "published": [pd.Timestamp("2020-05-01 14:30"), pd.Timestamp("2020-05-02")], "text": ["One.", "Two."],
        "views": [12, 7], "share": [0.25, None], "session": [pd.Timestamp("2020-04-30"), None]})})
    docs = dx.load(book).documents
    assert docs["published"].dt.strftime("%Y-%m-%d").tolist() == ["2020-05-01", "2020-05-02"]
    assert [json.loads(m) for m in docs["meta"]] == [{"views": 12, "share": 0.25, "session": "2020-04-30"},
                                                     {"views": 7}]  # empty cells are missing


def test_the_first_of_several_sheets_is_read_with_a_warning(tmp_path):
    notes = pd.DataFrame({"text": ["A note on the sources."]})
    book = _workbook(tmp_path / "p.xlsx", {"2019": PRESSERS, "notes": notes})
    with pytest.warns(UserWarning, match=r"p\.xlsx: the workbook has 2 sheets \('2019', 'notes'\); only the first"
                                         r".*sheet='NAME'.*--sheet NAME"):
        first = dx.load(book)
    assert len(first.documents) == 3
    chosen = dx.load(book, sheet="notes")
    assert chosen.documents["text"].tolist() == ["A note on the sources."]
    assert chosen.documents["record"].tolist() == ["sheet 'notes' row 2"]
    (reject,) = dx.load(book, sheet="2020").rejects.to_dict("records")
    assert reject["field"] == "sheet" and reject["reason"] == "no sheet '2020'; the sheets are ['2019', 'notes']"
    assert "--sheet 2019" in reject["fix"]


def _broken_workbooks(folder):
    folder.mkdir(exist_ok=True)
    good = (_workbook(folder / "good.xlsx", {"Sheet1": PRESSERS})).read_bytes()
    (folder / "good.xlsx").unlink()
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file is an OLE file holding EncryptedPackage
    (folder / "random.xlsx").write_bytes(bytes(range(256)) * 8)
    (folder / "truncated.xlsx").write_bytes(good[: len(good) // 2])
    (folder / "encrypted.xlsx").write_bytes(ole + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500))
    (folder / "sheet.ods").write_bytes(b"PK\x03\x04" + bytes(100))
    (folder / "~$pressers.xlsx").write_bytes(b"\x0bHua Chunying" + bytes(150))  # Excel's lock file
    return folder


def test_a_broken_or_encrypted_workbook_is_one_reject_with_a_fix(tmp_path):
    corpus = dx.load(_broken_workbooks(tmp_path))
    assert corpus.inputs == len(corpus.rejects) == 5 and len(corpus.documents) == 0
    reasons = dict(zip(corpus.rejects["path"].map(lambda p: p.rsplit("/", 1)[-1]), corpus.rejects["reason"]))
    assert reasons["encrypted.xlsx"] == "the workbook is password-protected (encrypted)"
    assert reasons["truncated.xlsx"].startswith("a damaged or truncated workbook")
    assert reasons["random.xlsx"].startswith("not a readable workbook")
    assert reasons["sheet.ods"].startswith("a damaged or truncated workbook")
    assert reasons["~$pressers.xlsx"].startswith("an Office lock file")
    assert corpus.rejects["fix"].str.len().gt(20).all()


def test_the_command_line_counts_broken_workbooks_as_rejects(tmp_path, capsys):
    folder = _broken_workbooks(tmp_path / "in")
    assert main(["load", "-q", str(folder), "-o", str(tmp_path / "c")]) == 2  # nothing loaded: not a success
    out, err = capsys.readouterr()
    assert "inputs 5 = documents 0 + rejects 5  [ok]" in out and "Traceback" not in err
    assert "Empty DataFrame" not in out  # no per-source table when there is no source
    assert "nothing was loaded: all 5 inputs were rejected" in err and (tmp_path / "c" / "rejects.parquet").is_file()


@pytest.mark.parametrize("data", [b"PK\x03\x04", bytes(range(256)), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" * 80,
                                  b"text,date\nOne.,2020-01-01\n"])
def test_anything_read_as_a_spreadsheet_gives_one_reject(data):
    (item,) = list(read_spreadsheet("x.xlsx", data))
    assert isinstance(item, Reject) and item.path == "x.xlsx" and item.fix


def _workbook_bytes() -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        PRESSERS.to_excel(writer, index=False)
    return buffer.getvalue()


WORKBOOK = _workbook_bytes()


@settings(max_examples=40, deadline=None)
@given(at=st.integers(0, len(WORKBOOK) - 1), junk=st.binary(min_size=1, max_size=20), cut=st.integers(0, 60))
def test_a_damaged_workbook_never_crashes(at, junk, cut):
    data = WORKBOOK[:at] + junk + WORKBOOK[at + cut:]
    items = list(_load._guarded(_load._read_one("x.xlsx", data, "", "x.xlsx", _load._Options(None, {}, None, None)),
                                "x.xlsx", len(data)))
    assert items and all(isinstance(i, (Record, Reject)) for i in items)
    assert not any(isinstance(i, Reject) and i.reason.startswith("the reader failed") for i in items)


def test_press_conference_rows_become_a_question_and_an_answer(tmp_path):
    corpus = dx.load(_workbook(tmp_path / "mfa.xlsx", {"Sheet1": PRESSERS}))
    docs, quotes = corpus.documents, corpus.quotes
    assert docs["text"].tolist() == ["\n\n".join(cells) for cells in CELLS]  # no Q:/答： labels in the words
    assert docs["date_source"].eq("column").all() and docs["record"].tolist()[0] == "sheet 'Sheet1' row 2"
    assert [json.loads(m) for m in docs["meta"]] == [{"spokesperson": s} for s in PRESSERS["spokesperson"]]
    assert quotes["kind"].eq("turn").all() and quotes["attribution"].eq("column").all()
    for (doc_id, text), cells, spokesperson in zip(docs[["doc_id", "text"]].values, CELLS, PRESSERS["spokesperson"]):
        q, a = quotes[quotes["doc_id"] == doc_id].to_dict("records")
        assert [text[t["start"]:t["end"]] for t in (q, a)] == [q["text"], a["text"]] == cells
        assert (q["speaker_label"], q["speaker_role"], q["speaker"]) == ("Q", "journalist", None)
        assert (a["speaker_label"], a["speaker_role"], a["speaker"]) == ("A", "spokesperson", spokesperson)
        assert a["reply_to"] == q["quote_id"] and pd.isna(q["reply_to"])
    assert "spokesperson" in dx.stats.exposure(corpus).columns  # the speaker column groups documents too


def test_map_names_speakers_questioners_and_roles_on_the_command_line(tmp_path, capsys):
    table = pd.DataFrame({"Datum": pd.to_datetime(["2024-02-01"]), "Wer": ["Maria Zakharova"],
                          "Amt": ["Foreign Ministry spokesperson"], "Medium": ["TASS"],
                          "Frage": ["What about the talks in Astana?"], "Antwort": ["They went well."]})
    book = _workbook(tmp_path / "briefings.ods", {"Briefings": table})
    args = ["--map", "Datum=published", "--map", "Wer=speaker", "--map", "Amt=speaker_role",
            "--map", "Medium=questioner", "--map", "Frage=question", "--map", "Antwort=answer"]
    assert main(["load", "-q", str(book), "-o", str(tmp_path / "c"), *args]) == 0
    assert "inputs 1 = documents 1 + rejects 0" in capsys.readouterr().out
    corpus = dx.read_corpus(tmp_path / "c")
    assert corpus.documents["text"].tolist() == ["What about the talks in Astana?\n\nThey went well."]
    turns = corpus.quotes[["speaker", "speaker_role", "speaker_label", "reply_to"]].astype(object).values.tolist()
    assert turns == [["TASS", "journalist", "Q", pd.NA], ["Maria Zakharova", "Foreign Ministry spokesperson", "A", 0]]
    assert json.loads(corpus.documents.loc[0, "meta"]) == {"Amt": "Foreign Ministry spokesperson", "Medium": "TASS",
                                                           "Wer": "Maria Zakharova"}


def test_the_sheet_option_on_the_command_line(tmp_path, capsys):
    book = _workbook(tmp_path / "p.xlsx", {"2019": PRESSERS, "2020": PRESSERS.head(1)})
    assert main(["load", "-q", str(book), "-o", str(tmp_path / "c"), "--sheet", "2020"]) == 0
    assert "inputs 1 = documents 1 + rejects 0" in capsys.readouterr().out
    assert main(["load", "-q", str(book), "-o", str(tmp_path / "d"), "--sheet", "2020", "--partition-size", "5"]) == 0
    assert dx.read_corpus(tmp_path / "d").documents["text"].equals(dx.read_corpus(tmp_path / "c").documents["text"])


def test_an_empty_answer_keeps_the_question_and_an_empty_row_is_a_reject(tmp_path):
    table = pd.DataFrame({"date": ["2019-03-05"] * 3, "spokesperson": ["Geng Shuang"] * 3,
                          "question": ["Is there a date for the visit?", None, "And the agenda?"],
                          "answer": [None, None, "Trade."]})
    corpus = dx.load(_workbook(tmp_path / "p.xlsx", {"Sheet1": table}))
    assert corpus.inputs == 3 and len(corpus.documents) == 2
    first = corpus.quotes[corpus.quotes["doc_id"] == corpus.documents.loc[0, "doc_id"]]
    assert first[["speaker_label", "text"]].values.tolist() == [["Q", "Is there a date for the visit?"]]
    (reject,) = corpus.rejects.to_dict("records")
    assert (reject["record"], reject["field"]) == ("sheet 'Sheet1' row 3", "question, answer")
    assert reject["reason"] == "no question or answer in this row"


def test_a_statement_table_gives_one_turn_per_row(tmp_path):
    rows = [{"text": "China supports the Central Asian countries.\n\nWe oppose interference.",
             "speaker": "Wang Yi", "role": "Foreign Minister"}, {"text": "An editorial without a speaker."}]
    (tmp_path / "s.jsonl").write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    corpus = dx.load(tmp_path / "s.jsonl")
    (turn,) = corpus.quotes[corpus.quotes["kind"] == "turn"].to_dict("records")
    assert turn["text"] == corpus.documents.loc[0, "text"] and (turn["start"], turn["speaker"]) == (0, "Wang Yi")
    assert turn["speaker_role"] == "Foreign Minister" and pd.isna(turn["speaker_label"])
    assert json.loads(corpus.documents.loc[0, "meta"]) == {"role": "Foreign Minister", "speaker": "Wang Yi"}


def test_question_and_answer_stand_in_for_text():
    (item,) = list(read_csv("m.csv", b"title,notes\nA,B\n"))
    assert "no text column (nor question or answer)" in item.reason and "--map Q=question" in item.fix
    rec = next(read_csv("m.csv", b"answer\nYes.\n"))
    assert rec.text == "Yes." and [(q.label, q.speaker_role) for q in rec.quotes] == [("A", "spokesperson")]
