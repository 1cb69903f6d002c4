"""A hostile-input suite: real-world-shaped bad inputs and the behaviour each must get.

Every input either loads (as documents) or becomes reject rows with a named reason; the
count is conserved (inputs = documents + rejects); nothing raises. Malformed lexicon, actor
and recipe files raise errors naming file, line, field and fix.
"""

import gzip
import io
import json
import tarfile
import zipfile

import pytest

import discourse as dx
from discourse.corpus import _load
from tests.conftest import SEED

ARTICLE = SEED.read_text("utf-8")
BODY = "The foreign ministers met in Astana on Monday and agreed to deepen cooperation. " * 3


def tar_bytes(members):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data, kind in members:
            info = tarfile.TarInfo(name)
            if kind == "symlink":
                info.type, info.linkname = tarfile.SYMTYPE, data
                tf.addfile(info)
            else:
                info.size = len(data)
                tf.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def csv_rows(*rows):
    return ("\n".join(rows) + "\n").encode("utf-8")


# name, file name, bytes, expected documents, expected rejects, a word every reject reason must contain
CASES = [
    # encodings
    ("utf16-le-no-bom", "a.txt", ARTICLE.encode("utf-16-le"), 1, 0, None),
    ("utf16-be-no-bom", "a.txt", ARTICLE.encode("utf-16-be"), 1, 0, None),
    ("cp1252", "a.txt", ARTICLE.replace("–", "-").encode("cp1252"), 1, 0, None),
    ("latin1", "a.txt", ("Déclaration à Genève. " * 30).encode("latin-1"), 1, 0, None),
    ("mixed-encodings", "a.txt", ARTICLE.encode("utf-8") + "Café in Genève.".encode("cp1252"), 1, 0, None),
    ("mojibake-twice", "a.txt", ARTICLE.encode("utf-8").decode("cp1252", "replace").encode("utf-8")
     .decode("cp1252", "replace").encode("utf-8"), 1, 0, None),
    ("lone-surrogate-json", "a.jsonl", b'{"title": "x", "text": "Bad \\ud800 surrogate in a real sentence here."}\n', 1, 0, None),
    ("nul-bytes", "a.txt", ARTICLE.encode("utf-8").replace(b"Monday", b"Mon\x00day"), 1, 0, None),
    ("bom-mid-file", "a.txt", ARTICLE.encode("utf-8").replace(b"Beijing", "\ufeffBeijing".encode("utf-8"), 1), 1, 0, None),
    ("binary-png", "a.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, 0, 1, "binary"),
    # HTML
    ("html-truncated", "a.html", f"<html><head><title>T</title></head><body><article><p>{BODY}</p><p>{BODY}".encode(), 1, 0, None),
    ("html-malformed", "a.html", f"<html><body><div><p>{BODY}<div></span><p>{BODY}</b></body>".encode(), 1, 0, None),
    ("html-no-article", "a.html", b"<html><head><title>Index</title></head><body><nav><a href='/'>Home</a></nav></body></html>", 0, 1, "text"),
    ("html-huge-script", "a.html", b"<html><body><script>" + b"var x=1;" * 700_000 + f"</script><article><p>{BODY}</p><p>{BODY}</p></article></body></html>".encode(), 1, 0, None),
    ("html-only-script", "a.html", b"<html><body><script>" + b"var x=1;" * 10_000 + b"</script></body></html>", 0, 1, "text"),
    # tables
    ("csv-missing-text-column", "a.csv", csv_rows("title,summary", "A,B"), 0, 1, "text column"),
    ("csv-extra-columns", "a.csv", csv_rows("title,text,foo,bar", f"A,{BODY},1,2"), 1, 0, None),
    ("csv-renamed-columns", "a.csv", csv_rows("headline,body,pub_date", f"A,{BODY},2024-01-02"), 1, 0, None),
    ("csv-ragged-rows", "a.csv", csv_rows("title,text", f"A,{BODY}", "B,x,y,z", f"C,{BODY} again"), 2, 1, "fields"),
    ("csv-embedded-newlines", "a.csv", csv_rows("title,text", f'A,"{BODY}\n\n{BODY}"'), 1, 0, None),
    ("csv-quote-soup", "a.csv", csv_rows("title,text", 'A,"""""""unbalanced "" quotes " everywhere', f"B,{BODY}"), 2, 0, None),
    ("csv-10mb-field", "a.csv", csv_rows("title,text", "A," + "word " * 2_000_000), 1, 0, None),
    ("jsonl-bad-lines", "a.jsonl", b'{"text": "ok text here"}\n{"text": \n[1,2]\n"just a string"\n', 1, 3, None),
    ("jsonl-wrong-type", "a.jsonl", b'{"text": {"nested": true}}\n', 0, 1, "text"),
    ("parquet-corrupt", "a.parquet", b"PAR1 this is not parquet at all PAR1", 0, 1, "Parquet"),
    # archives
    ("tar-path-traversal", "a.tar.gz", tar_bytes([("../../escape.txt", ARTICLE.encode(), "file")]), 1, 0, None),
    ("tar-absolute-path", "a.tar.gz", tar_bytes([("/etc/evil.txt", ARTICLE.encode(), "file")]), 1, 0, None),
    ("tar-symlink", "a.tar.gz", tar_bytes([("link.txt", "/etc/passwd", "symlink")]), 0, 1, "link"),
    ("tar-duplicate-names", "a.tar.gz", tar_bytes([("a.txt", ARTICLE.encode(), "file")] * 2), 1, 1, "duplicate"),
    ("zip-corrupt-member", "a.zip", zip_bytes([("a.txt", ARTICLE)])[:200] + b"garbage", 0, 1, "archive"),
    ("gzip-bomb-ish", "a.txt.gz", gzip.compress(b"\n" * 5_000_000), 0, 1, "whitespace"),
    ("zip-macos-junk", "a.zip", zip_bytes([("__MACOSX/._a.txt", "junk"), ("a.txt", ARTICLE)]), 1, 1, "metadata"),
    # dates
    ("dates-many-formats", "a.csv", csv_rows("date,text", *[f"\"{d}\",{BODY} {i}" for i, d in enumerate(
        ["2024-01-02", "02/01/2024", "Jan 2, 2024", "2 January 2024", "20240102", "2024-01-02T10:00:00Z",
         "Tuesday, January 2, 2024", "January 2nd, 2024", "2 Jan. 2024", "2024-01-02 10:00"])]), 10, 0, None),
    ("dates-impossible", "a.csv", csv_rows("date,text", f"2019-02-30,{BODY}", f"0000-00-00,{BODY}2", f"not a date,{BODY}3",
                                           f"9999-12-31,{BODY}4"), 0, 4, "date"),
    # documents
    ("empty-file", "a.txt", b"", 0, 1, "empty"),
    ("whitespace-only", "a.txt", b" \n\t\n   \r\n", 0, 1, "whitespace"),
    ("one-character", "a.txt", b"x", 0, 1, "body"),
    ("one-char-csv", "a.csv", csv_rows("text", "x"), 1, 0, None),
    ("50k-word-paragraph", "a.csv", csv_rows("text", "The envoys spoke of cooperation and trust " * 7_000), 1, 0, None),
    ("control-characters", "a.txt", ARTICLE.encode() + bytes(range(1, 9)) * 3, 1, 0, None),
]


@pytest.mark.parametrize("name, filename, data, documents, rejects, reason", CASES, ids=[c[0] for c in CASES])
def test_hostile_input(tmp_path, name, filename, data, documents, rejects, reason):
    path = tmp_path / filename
    path.write_bytes(data)
    corpus = dx.load(path)
    assert corpus.inputs == len(corpus.documents) + len(corpus.rejects)
    assert (len(corpus.documents), len(corpus.rejects)) == (documents, rejects), corpus.rejects["reason"].tolist()
    if reason:
        assert any(reason.lower() in r.lower() for r in corpus.rejects["reason"]), corpus.rejects["reason"].tolist()
    assert all(corpus.rejects["fix"].str.len() > 0)
    assert not list(tmp_path.parent.glob("escape.txt"))


def test_there_are_at_least_forty_cases():
    assert len(CASES) + len(BAD_DATA_FILES) >= 40


BAD_DATA_FILES = [
    ("lexicon", "bad.csv", "frame,pattern\nsecurity,\n", r"line 2, field 'pattern'"),
    ("lexicon", "bad.yml", "a: [b\n", "not valid YAML"),
    ("actors", "bad.csv", "actor_id,kind,name\nXI,emperor,Xi\n", r"line 2, field 'kind'"),
    ("actors", "bad2.csv", "actor_id,kind,name,members\nBLOC,group,Bloc,ATLANTIS\n", r"field 'members'"),
    ("recipe", "bad.toml", '[recipe]\nname = "x"\n[[corpus]]\npaths = ["a"]\nspeed = 1\n', r"line 5, field 'corpus.speed'"),
    ("recipe", "bad2.toml", "[recipe\nname=1", "not valid TOML"),
]


@pytest.mark.parametrize("kind, filename, text, match", BAD_DATA_FILES, ids=[f"{k}-{f}" for k, f, _, _ in BAD_DATA_FILES])
def test_malformed_data_files(tmp_path, kind, filename, text, match):
    path = tmp_path / filename
    path.write_text(text)
    with pytest.raises(dx.DiscourseError, match=match):
        if kind == "lexicon":
            dx.read_lexicon(path)
        elif kind == "actors":
            from discourse.corpus._registry import load_registry
            load_registry(extra=[path])
        else:
            from discourse.recipes import run
            run(path, tmp_path / "out")


def test_decompression_limit_is_enforced(tmp_path, monkeypatch):
    monkeypatch.setattr(_load, "MAX_MEMBER_BYTES", 10_000)
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 1_000_000))
    corpus = dx.load(tmp_path / "bomb.txt.gz")
    assert len(corpus.rejects) == 1 and "decompresses to more than" in corpus.rejects.loc[0, "reason"]


def test_a_corrupt_file_among_many_does_not_stop_the_run(tmp_path):
    for i in range(30):
        (tmp_path / f"{i:02d}.csv").write_text(f"title,text\nT{i},{BODY} number {i}\n")
    (tmp_path / "15.csv").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    corpus = dx.load(tmp_path)
    assert len(corpus.documents) == 29 and len(corpus.rejects) == 1
    assert json.loads(json.dumps(corpus.manifest()))["conservation"]["ok"]
