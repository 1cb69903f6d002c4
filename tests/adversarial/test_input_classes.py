"""Hostile inputs by class: special files, compression, sizes, nesting, numbers, names.

Each class lists several members built here (synthetic edge cases around real text). Every one
must load without an exception, keep ``inputs == documents + rejects``, give the documents and
rejects named, with a reason that says what is wrong and a fix, and save and read back.
"""

import gzip
import io
import json
import os
import socket
import tarfile
import zipfile

import pandas as pd
import pytest

import discourse as dx
from discourse.corpus import _load
from tests.conftest import SEED

ARTICLE = SEED.read_bytes()
BODY = "The foreign ministers met in Astana on Monday and agreed to deepen cooperation. " * 3


def tar(members, mode="w:gz") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        for name, data, kind in members:
            info = tarfile.TarInfo(name)
            if kind == "file":
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
            else:
                info.type = {"fifo": tarfile.FIFOTYPE, "char": tarfile.CHRTYPE, "hardlink": tarfile.LNKTYPE}[kind]
                info.linkname = data.decode() if kind == "hardlink" else ""
                tf.addfile(info)
    return buf.getvalue()


def zipped(members) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def flip(data: bytes, at: int) -> bytes:
    out = bytearray(data)
    out[at] ^= 0xFF
    return bytes(out)


def zip_crc_mismatch() -> bytes:
    data = bytearray(zipped([("a.txt", ARTICLE)]))
    for header, offset in ((b"PK\x03\x04", 14), (b"PK\x01\x02", 16)):  # the CRC in both headers
        data[data.find(header) + offset] ^= 0xFF
    return bytes(data)


def zip_encrypted() -> bytes:
    data = bytearray(zipped([("a.txt", ARTICLE), ("b.txt", ARTICLE.replace(b"Astana", b"Almaty"))]))
    first = data.find(b"PK\x03\x04")
    central = data.find(b"PK\x01\x02")
    data[first + 6] |= 1  # the "encrypted" flag of member a.txt, in both headers
    data[central + 8] |= 1
    return bytes(data)


def jsonl(*objs) -> bytes:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objs).encode()


def parquet(frame) -> bytes:
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


# class, name, {file name: bytes}, documents, rejects, words one reject reason must contain
CASES = [
    # compression: checksums are checked for every compressed member and stream
    ("compression", "gzip-crc", {"a.txt.gz": flip(gzip.compress(ARTICLE), -8)}, 0, 1, "crc"),
    ("compression", "tar-gz-crc", {"a.tar.gz": flip(tar([("a.txt", ARTICLE, "file")]), -8)}, 0, 1, "damaged"),
    ("compression", "tar-gz-body", {"a.tar.gz": flip(tar([("a.txt", ARTICLE, "file")]), 300)}, 0, 1, None),
    ("compression", "tar-xz-check", {"a.tar.xz": flip(tar([("a.txt", ARTICLE, "file")], "w:xz"), -20)}, 0, 1, "damaged"),
    ("compression", "tar-bz2-body", {"a.tar.bz2": flip(tar([("a.txt", ARTICLE, "file")], "w:bz2"), 200)}, 0, 1, None),
    ("compression", "tar-gz-truncated", {"a.tar.gz": tar([("a.txt", ARTICLE, "file")])[:-30]}, 0, 1, None),
    ("compression", "zip-crc", {"a.zip": zip_crc_mismatch()}, 0, 1, "crc"),
    ("compression", "zip-deflate-corrupt", {"a.zip": flip(zipped([("a.txt", ARTICLE * 3)]), 200)}, 0, 1, None),
    ("compression", "zip-encrypted-member", {"a.zip": zip_encrypted()}, 1, 1, "encrypted"),
    ("compression", "zip-in-zip", {"a.zip": zipped([("inner.zip", zipped([("a.txt", ARTICLE)]))])}, 0, 1, "binary"),
    ("compression", "tar-special-members", {"a.tar": tar([("p", b"", "fifo"), ("c", b"", "char"),
                                                          ("h", b"p", "hardlink"), ("a.txt", ARTICLE, "file")],
                                                         "w")}, 1, 3, "link or device"),
    ("compression", "gz-not-gzip", {"a.txt.gz": ARTICLE}, 0, 1, "gzip"),
    ("compression", "xz-bomb-member", {"a.txt.gz": gzip.compress(b"a" * 3_000_000)}, 0, 1, "decompresses"),
    # sizes
    ("sizes", "csv-field-over-128kb", {"a.csv": b"title,text\nA," + b"word " * 40_000 + b"\n"}, 1, 0, None),
    ("sizes", "jsonl-line-of-2mb", {"a.jsonl": jsonl({"text": BODY + "x " * 1_000_000})}, 1, 0, None),
    ("sizes", "document-over-limit", {"a.txt": b"Astana (TDI): " + BODY.encode() * 3000}, 0, 1, "too large"),
    ("sizes", "file-over-limit", {"a.csv": b"text\n" + (BODY.encode() + b"\n") * 15_000}, 0, 1, "larger than"),
    # nesting
    ("nesting", "json-100k-deep", {"a.jsonl": jsonl('{"text": "x", "m": ' + "[" * 100_000 + "]" * 100_000 + "}",
                                                   {"text": BODY})}, 1, 1, "nested too deeply"),
    ("nesting", "json-900-deep", {"a.jsonl": jsonl('{"text": "%s", "m": %s}' % (BODY, "[" * 900 + "]" * 900))}, 1, 0, None),
    ("nesting", "yaml-front-matter-deep", {"b.md": ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n\nMS. X: "
                                                    + BODY).encode()}, 0, 1, "nested too deeply"),
    ("nesting", "yaml-alias-bomb", {"b.md": ("---\ntitle: T\na: &a [w0, w1, w2, w3, w4, w5, w6, w7, w8]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
        + "---\n\nMS. X: " + BODY).encode()}, 0, 1, "aliases"),
    ("nesting", "yaml-alias-loop", {"b.md": ("---\ntitle: &t [*t]\n---\n\nMS. X: " + BODY).encode()}, 0, 1, "aliases"),
    ("nesting", "html-15k-nested-divs", {"a.html": ("<html><body>" + "<div>" * 15_000 + f"<p>{BODY}</p>"
                                              + "</div>" * 15_000 + "</body></html>").encode()}, 0, 1, "text"),
    # numeric limits
    ("numbers", "json-5000-digit-number", {"a.jsonl": jsonl('{"text": "%s", "n": %s}' % (BODY, "9" * 5000),
                                                           {"text": BODY + " again"})}, 1, 1, "4300 digits"),
    ("numbers", "json-nan-and-infinity", {"a.jsonl": jsonl('{"text": "%s", "date": NaN, "year": Infinity}' % BODY)},
     1, 0, None),
    ("numbers", "json-epoch-far-future", {"a.jsonl": jsonl({"text": BODY, "date": 99999999999999999999})}, 0, 1, "date"),
    ("numbers", "date-year-99999", {"a.csv": f"date,text\n99999-01-01,{BODY}\n".encode()}, 0, 1, "date"),
    ("numbers", "date-before-epoch-range", {"a.csv": f"date,text\n1066-10-14,{BODY}\n".encode()}, 0, 1, "date"),
    ("numbers", "front-matter-date-out-of-range", {"b.md": ("---\ntitle: T\ndate: 99999-01-01\n---\n\nMS. X: "
                                                            + BODY).encode()}, 0, 1, "date"),
    ("numbers", "doc-id-of-400-digits", {"a.jsonl": jsonl('{"text": "%s", "doc_id": %s}' % (BODY, "9" * 400))},
     1, 0, None),
    ("numbers", "parquet-year-overflow", {"a.parquet": parquet(pd.DataFrame({"text": [BODY], "year": [99999]}))},
     1, 0, None),
]


@pytest.mark.parametrize("files, documents, rejects, words",
                         [pytest.param(*c[2:], id=f"{c[0]}-{c[1]}") for c in CASES])
def test_input_class(tmp_path, monkeypatch, files, documents, rejects, words):
    monkeypatch.setattr(_load, "MAX_DOCUMENT_BYTES", 200_000)
    monkeypatch.setattr(_load, "MAX_MEMBER_BYTES", 2_000_000)
    monkeypatch.setattr(_load, "MAX_FILE_BYTES", 3_000_000)
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    corpus = dx.load(folder)
    got = corpus.rejects["reason"].tolist()
    assert (len(corpus.documents), len(corpus.rejects)) == (documents, rejects), got
    assert corpus.inputs == documents + rejects
    if words:
        assert any(words.lower() in r.lower() for r in got), got
    assert (corpus.rejects["fix"].str.len() > 0).all()
    assert dx.read_corpus(corpus.save(tmp_path / "out")).counts == corpus.counts


# special files: each is a reject naming what it is; nothing blocks on a pipe or a device
def _fifo(p):
    os.mkfifo(p / "pipe.txt")


def _dev_zero(p):
    (p / "zero.txt").symlink_to("/dev/zero")


def _dev_null(p):
    (p / "null.txt").symlink_to("/dev/null")


def _socket(p):
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(p / "s.sock"))
    sock.close()


def _dangling(p):
    (p / "gone.txt").symlink_to(p / "never-there.txt")


def _loop(p):
    (p / "loop").symlink_to(p)


def _link_to_file(p):
    (p / "link.txt").symlink_to(SEED)


SPECIAL = {"fifo": (_fifo, 0, "named pipe"), "link-to-dev-zero": (_dev_zero, 0, "character device"),
           "link-to-dev-null": (_dev_null, 0, "character device"), "socket": (_socket, 0, "socket"),
           "dangling-link": (_dangling, 0, "No such file"), "link-to-a-parent-folder": (_loop, 0, "link to a folder"),
           "link-to-a-file": (_link_to_file, 1, None)}


@pytest.mark.parametrize("kind", list(SPECIAL))
@pytest.mark.parametrize("named", [False, True], ids=["in-a-folder", "named-explicitly"])
def test_special_files(tmp_path, kind, named):
    make, documents, words = SPECIAL[kind]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "real.csv").write_text(f"text\n{BODY}\n")
    make(folder)
    special = [p for p in folder.iterdir() if p.name != "real.csv"][0]
    corpus = dx.load([folder / "real.csv", special] if named else folder)
    assert len(corpus.documents) == 1 + documents
    assert corpus.inputs == len(corpus.documents) + len(corpus.rejects)
    if words:
        assert any(words in r for r in corpus.rejects["reason"]), corpus.rejects["reason"].tolist()


def test_a_tree_of_1100_nested_folders(tmp_path):
    deep = tmp_path / "in"
    deep.mkdir()
    for _ in range(1100):  # a path of over 2,200 characters
        deep = deep / "d"
        deep.mkdir()
    (deep / "a.txt").write_bytes(ARTICLE)
    (tmp_path / "in" / "b.csv").write_text(f"text\n{BODY}\n")
    try:
        corpus = dx.load(tmp_path / "in")
        assert len(corpus.documents) == 2 and len(corpus.rejects) == 0
    finally:  # bottom up: shutil.rmtree (and so pytest's clean-up) recurses once per level
        (deep / "a.txt").unlink()
        while deep != tmp_path / "in":
            deep.rmdir()
            deep = deep.parent


NAMES = [b"caf\xe9.txt", b"\xff\xfe.txt", "新闻 稿.txt".encode(), b"line\nbreak.txt", b"-rf.txt", b"x" * 250 + b".txt"]


def test_file_names_that_are_not_utf8_or_are_odd_are_kept(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, name in enumerate(NAMES):
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(ARTICLE.replace(b"Astana", f"Astana {i}".encode()))
    corpus = dx.load(folder)
    assert len(corpus.documents) == len(NAMES)
    again = dx.read_corpus(corpus.save(tmp_path / "out"))
    paths = sorted(os.path.basename(p) for p in again.documents["raw_path"])
    assert "caf\\xe9.txt" in paths and "\\xff\\xfe.txt" in paths and "新闻 稿.txt" in paths


def test_a_reader_that_fails_loses_one_input_not_the_corpus(tmp_path, monkeypatch):
    def broken(path, data, **kwargs):
        raise RuntimeError("a bug in a reader")

    monkeypatch.setattr(_load, "read_page_text", broken)
    (tmp_path / "a.csv").write_text(f"text\n{BODY}\n")
    (tmp_path / "b.txt").write_bytes(ARTICLE)
    corpus = dx.load(tmp_path)
    assert len(corpus.documents) == 1
    assert corpus.rejects["reason"].tolist() == ["the reader failed: RuntimeError: a bug in a reader"]


def test_a_document_over_its_time_budget_is_a_reject(tmp_path, monkeypatch):
    import time

    from discourse.corpus import _build

    slow = _build.prose_quotes

    def stalls(text, *args, **kwargs):
        if "stall" in text:
            time.sleep(5)
        return slow(text, *args, **kwargs)

    monkeypatch.setattr(_build, "prose_quotes", stalls)
    monkeypatch.setattr(_build, "budget", lambda size: 0.5)
    (tmp_path / "a.csv").write_text(f"text\n{BODY}\n{BODY} stall\n")
    corpus = dx.load(tmp_path)
    assert len(corpus.documents) == 1 and corpus.inputs == 2
    assert "took longer than" in corpus.rejects.loc[0, "reason"] and corpus.rejects.loc[0, "record"] == "line 3"
