"""Dispatching, archives and bad input: every input is a document or a reject."""

import gzip
import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse import InputError
from discourse.corpus import _load
from discourse.corpus._records import Record, Reject
from tests.conftest import SEED

SEED_BYTES = SEED.read_bytes()


def _conserved(corpus):
    assert corpus.inputs == len(corpus.documents) + len(corpus.rejects)
    return corpus


def test_seed_via_every_container(tmp_path):
    (tmp_path / "page.txt").write_bytes(SEED_BYTES)
    (tmp_path / "page.txt.gz").write_bytes(gzip.compress(SEED_BYTES))
    with zipfile.ZipFile(tmp_path / "pages.zip", "w") as zf:
        zf.writestr("a/page.txt", SEED_BYTES)
    with tarfile.open(tmp_path / "pages.tar.gz", "w:gz") as tf:
        info = tarfile.TarInfo("b/page.txt")
        info.size = len(SEED_BYTES)
        tf.addfile(info, io.BytesIO(SEED_BYTES))
    ids = [dx.load(tmp_path / n).documents["doc_id"].tolist()
           for n in ("page.txt", "page.txt.gz", "pages.zip", "pages.tar.gz")]
    assert ids[0] == ids[1] == ids[2] == ids[3] and len(ids[0]) == 1


def test_same_input_same_ids_and_tables(tmp_path):
    a, b = dx.load(SEED), dx.load(SEED)
    assert a.content_hash() == b.content_hash()
    a.save(tmp_path / "a")
    b.save(tmp_path / "b")
    for name in os.listdir(tmp_path / "a"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_archive_members_are_never_written_to_disk(tmp_path):
    evil = tmp_path / "evil.tar"
    with tarfile.open(evil, "w") as tf:
        for name in ("../escaped.txt", "/tmp/absolute_escape.txt", "ok.txt", "ok.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(SEED_BYTES)
            tf.addfile(info, io.BytesIO(SEED_BYTES))
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    before = set(os.listdir(tmp_path.parent))
    corpus = _conserved(dx.load(evil))
    assert set(os.listdir(tmp_path.parent)) == before and not os.path.exists("/tmp/absolute_escape.txt")
    assert len(corpus.documents) == 1  # the same page four times: one document, three duplicates
    reasons = corpus.rejects["reason"].tolist()
    assert sum("duplicate" in r for r in reasons) == 3
    assert any("link" in r for r in reasons)


def test_corrupt_and_truncated_archives(tmp_path):
    (tmp_path / "bad.zip").write_bytes(b"PK\x03\x04 broken")
    good = io.BytesIO()
    with tarfile.open(fileobj=good, mode="w:gz") as tf:
        info = tarfile.TarInfo("p.txt")
        info.size = len(SEED_BYTES)
        tf.addfile(info, io.BytesIO(SEED_BYTES))
    (tmp_path / "cut.tar.gz").write_bytes(good.getvalue()[: len(good.getvalue()) // 2])
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    corpus = _conserved(dx.load(tmp_path))
    assert len(corpus.documents) == 0 and len(corpus.rejects) == 3
    assert set(corpus.rejects["path"].map(os.path.basename)) == {"bad.zip", "cut.tar.gz", "bad.txt.gz"}


def test_decompression_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(_load, "MAX_MEMBER_BYTES", 1000)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b" " * 10_000_000))
    (rej,) = _conserved(dx.load(tmp_path / "bomb.txt.gz")).rejects.itertuples()
    assert "decompresses to more than" in rej.reason


def test_oversized_document_is_rejected_with_a_fix(tmp_path, monkeypatch):
    monkeypatch.setattr(_load, "MAX_DOCUMENT_BYTES", 1000)
    (tmp_path / "huge.txt").write_bytes(SEED_BYTES)
    (rej,) = _conserved(dx.load(tmp_path / "huge.txt")).rejects.itertuples()
    assert "too large for one text document" in rej.reason and "split" in rej.fix


def test_folder_with_bad_files(tmp_path):
    (tmp_path / "good.txt").write_bytes(SEED_BYTES)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    (tmp_path / ".hidden.txt").write_bytes(SEED_BYTES)
    corpus = _conserved(dx.load(tmp_path))
    assert corpus.inputs == 4 and len(corpus.documents) == 1
    reasons = dict(zip(corpus.rejects["path"].map(os.path.basename), corpus.rejects["reason"]))
    assert reasons["empty.txt"] == "empty file"
    assert "binary" in reasons["image.png"]
    assert "cannot read" in reasons["dangling.txt"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16", "cp1252", "utf-8-sig"])
def test_encodings_give_the_same_document(tmp_path, encoding):
    text = SEED.read_text("utf-8")
    if encoding == "cp1252":
        text = text.replace("–", "-")  # cp1252 has the en dash, but keep the test about quotes
    (tmp_path / "p.txt").write_bytes(text.encode(encoding))
    doc = dx.load(tmp_path / "p.txt").documents.iloc[0]
    assert doc["title"].startswith("China") and doc["text"].startswith("Chinese President Xi Jinping")
    assert "Kazakhstan’s capital" in doc["text"]


def test_mojibake_is_repaired(tmp_path):
    mangled = SEED.read_text("utf-8").encode("utf-8").decode("cp1252", errors="replace")
    (tmp_path / "p.txt").write_text(mangled, "utf-8")
    assert "Kazakhstan’s capital" in dx.load(tmp_path / "p.txt").documents.loc[0, "text"]


def test_missing_path_and_bad_format_raise(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        dx.load(tmp_path / "nope.csv")
    with pytest.raises(InputError, match="unknown format 'docx'"):
        dx.load(SEED, format="docx")


FORMATS = ["text", "csv", "jsonl", "parquet", "ungdc", None]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), fmt=st.sampled_from(FORMATS))
def test_random_bytes_never_crash(data, fmt):
    items = list(_load._read_one("USA_79_2024.txt", data, "", "USA_79_2024.txt", _load._Options(fmt, {}, None, None)))
    assert len(items) >= (0 if fmt in {"csv", "jsonl", "parquet"} else 1)
    assert all(isinstance(i, (Record, Reject)) for i in items)


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(0, len(SEED_BYTES)), junk=st.binary(max_size=50), at=st.integers(0, len(SEED_BYTES)))
def test_mutated_seed_is_one_item(cut, junk, at):
    data = SEED_BYTES[:cut]
    data = data[:at] + junk + data[at:]
    items = list(_load._read_one("p.txt", data, "", "p.txt", _load._Options(None, {}, None, None)))
    assert len(items) == 1 and isinstance(items[0], (Record, Reject))


def _tar_xz(members: dict) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:xz") as tf:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return out.getvalue()


TRANSCRIPT = (Path(__file__).parents[1] / "data" / "transcripts" / "remarks_the_president.md").read_bytes()


def test_compressed_archive_checked_in_the_first_pass(tmp_path, monkeypatch):
    """A streamed load's first pass (transcript speakers) checks a compressed tar's stream while
    reading it, so the second pass does not decompress it again to check it; the corpus is the
    same as the in-memory load's."""
    path = tmp_path / "a.tar.xz"
    path.write_bytes(_tar_xz({"remarks.md": TRANSCRIPT, "page.txt": SEED_BYTES}))
    expected = dx.load(path)
    checks = []
    monkeypatch.setattr(_load, "_damaged_check", lambda p: checks.append(p))
    _load._VERDICTS.clear()
    corpus = _conserved(dx.read_corpus(dx.corpus.load_partitioned(path, tmp_path / "out", partition_size=1)))
    assert checks == [] and len(corpus.documents) == 2
    assert corpus.quotes.equals(expected.quotes) and corpus.documents.equals(expected.documents)


def test_damaged_archive_teaches_no_speakers(tmp_path):
    """A damaged compressed archive gives the first pass nothing, and the second rejects it whole."""
    data = bytearray(_tar_xz({"remarks.md": TRANSCRIPT}))
    data[-20] ^= 0xFF  # the stream's checksum
    (tmp_path / "a.tar.xz").write_bytes(bytes(data))
    assert list(_load._first_pass(str(tmp_path / "a.tar.xz"), _load._Options(None, None, None, None),
                                  frozenset({"markdown"}), _load._opener(str(tmp_path / "a.tar.xz")))) == []
    corpus = _conserved(dx.load(tmp_path / "a.tar.xz"))
    assert len(corpus.documents) == 0 and "damaged" in corpus.rejects["reason"].iloc[0]


def test_damaged_archive_found_by_the_first_pass_child(tmp_path, monkeypatch):
    """A streamed load reads its first pass in a forked child (not in this process); the second
    pass rejects the damaged archive whole and keeps the good one, which it does not check again."""
    data = bytearray(_tar_xz({"remarks.md": TRANSCRIPT}))
    data[-20] ^= 0xFF
    (tmp_path / "bad.tar.xz").write_bytes(bytes(data))
    (tmp_path / "good.tar.xz").write_bytes(_tar_xz({"page.txt": SEED_BYTES}))
    monkeypatch.setattr(_load.threading, "active_count", lambda: 1)  # other tests' threads (the child reads alone)
    here, first_pass, damaged_check = [], _load._first_pass, _load._damaged_check
    monkeypatch.setattr(_load, "_first_pass", lambda *a: here.append(a) or first_pass(*a))
    monkeypatch.setattr(_load, "_damaged_check", lambda p: here.append(p) or damaged_check(p))
    _load._VERDICTS.clear()
    out = dx.corpus.load_partitioned([tmp_path / "bad.tar.xz", tmp_path / "good.tar.xz"], tmp_path / "out",
                                     partition_size=1, engine="process", workers=2)
    corpus = _conserved(dx.read_corpus(out))
    assert len(corpus.documents) == 1 and corpus.rejects["reason"].str.contains("damaged").tolist() == [True]
    # the first pass ran in the child only; its good verdict came back, so only the damaged
    # archive is checked again here, to say why it is rejected (as in one process)
    assert [str(p) for p in here] == [str(tmp_path / "bad.tar.xz")]
