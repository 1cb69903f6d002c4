"""A hostile-input suite: real-world-shaped bad inputs and the behaviour each must get.

Every input either loads (as documents) or becomes reject rows with a named reason; the
count is conserved (inputs = documents + rejects); nothing raises. Malformed lexicon, actor
and recipe files, and damaged corpus folders, raise errors naming file, line, field and fix.
"""

import gzip
import io
import json
import tarfile
import zipfile

import pandas as pd
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


def parquet_bytes(frame):
    buf = io.BytesIO()
    frame.to_parquet(buf, index=False)
    return buf.getvalue()


def without_text_column(folder):
    return parquet_bytes(pd.read_parquet(folder / "documents.parquet").drop(columns="text"))


# A YAML "billion laughs": nine aliases, each nine times the one before (9**9 patterns if expanded).
YAML_BOMB = "a: &a [w0, w1, w2, w3, w4, w5, w6, w7, w8]\n" + "".join(
    f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi"))
YAML_MAP_BOMB = "a: &a {" + ", ".join(f"w{i}: [x{i}]" for i in range(9)) + "}\n" + "".join(
    f"{c}: &{c} {{{', '.join(f'k{i}: *{p}' for i in range(9))}}}\n" for p, c in zip("abcdefgh", "bcdefghi"))
RECIPE = '[recipe]\nname = "x"\n[[corpus]]\npaths = ["seed.txt"]\n'

# kind, file name, content (text, bytes, {name: content} for several files, or for a corpus
# folder a callable of the folder giving the bytes, None to delete the file), what the error says
BAD_DATA_FILES = [
    ("lexicon", "bad.csv", "frame,pattern\nsecurity,\n", r"line 2, field 'pattern'"),
    ("lexicon", "bad.yml", "a: [b\n", "not valid YAML"),
    ("actors", "bad.csv", "actor_id,kind,name\nXI,emperor,Xi\n", r"line 2, field 'kind'"),
    ("actors", "bad2.csv", "actor_id,kind,name,members\nBLOC,group,Bloc,ATLANTIS\n", r"field 'members'"),
    ("recipe", "bad.toml", '[recipe]\nname = "x"\n[[corpus]]\npaths = ["a"]\nspeed = 1\n', r"line 5, field 'corpus.speed'"),
    ("recipe", "bad2.toml", "[recipe\nname=1", "not valid TOML"),
    # lexicons: YAML bombs and anchors, duplicate keys, YAML's own types, huge patterns
    ("lexicon", "bomb.yml", YAML_BOMB, r"bomb\.yml, field 'b': expected a pattern \(text\), got list"),
    ("lexicon", "mapbomb.yml", YAML_MAP_BOMB, r"mapbomb\.yml: the aliases .* expand it to more than 500,000"),
    ("lexicon", "loop.yml", "a: &x [*x]\n", r"field 'a': expected a pattern \(text\), got list"),
    ("lexicon", "dupkey.yml", "security:\n  - arms race\nsecurity:\n  - militar*\n",
     r"dupkey\.yml, line 3: .*'security' is given twice \(first on line 1\)"),
    ("lexicon", "bool.yml", "negation:\n  - not\n  - no\n", r"field 'negation': expected a pattern \(text\), got bool"),
    ("lexicon", "tag.yml", "a: !!python/object/apply:os.system ['echo pwned']\n", r"tag\.yml, line 1: not valid YAML"),
    ("lexicon", "quote.csv", 'frame,pattern\nsecurity,"arms race\nsecurity,militar*\nsovereignty,core interests\n',
     r"quote\.csv, line 2, field 'pattern': the pattern runs over 3 lines"),
    # an unbalanced quote that swallows the rest of a long file (csv's field limit is global state:
    # the table loader raises it, so either check may be the one that speaks)
    ("lexicon", "swallow.csv", 'frame,pattern\nsecurity,"arms race\n' + "security,militar*\n" * 20_000,
     r"swallow\.csv, line 2(: not valid CSV|, field 'pattern': the pattern runs over 20,?001 lines)"),
    ("lexicon", "long.csv", "frame,pattern\nsecurity," + "arms " * 1_000 + "\n",
     r"long\.csv, line 2, field 'pattern': a pattern of 4,999 characters"),
    ("lexicon", "utf16.csv", "frame,pattern\nsecurity,arms race\n".encode("utf-16"), r"utf16\.csv, line 1, field 'frame'"),
    # actor files
    ("actors", "quote.csv", 'actor_id,kind,name,aliases\nMYORG,organisation,"My Org,x\n', r"quote\.csv, line 2: malformed CSV"),
    ("actors", "dup.csv", "actor_id,kind,name\nMYORG,organisation,My Org\nMYORG,organisation,Other\n",
     r"dup\.csv, line 3, field 'actor_id': actor_id 'MYORG' is already defined on line 2"),
    ("actors", "date.csv", "actor_id,role,country,start,end\nXI_JINPING,President,CHN,2020,2010\n",
     r"date\.csv, line 2, field 'end': end 2010 is before start 2020"),
    ("actors", "orphan.csv", "actor_id,role,country,start\nNOBODY_X,Minister,CHN,2020\n",
     r"orphan\.csv, line 2, field 'actor_id': actor_id 'NOBODY_X' is not defined"),
    ("actors", "utf16.csv", "actor_id,kind,name\nMYORG,organisation,My Org\n".encode("utf-16"),
     r"utf16\.csv: cannot read the file"),
    # recipes
    ("recipe", "lexbomb.toml", {"lexbomb.toml": RECIPE + '[lexicons]\nfiles = ["bomb.yml"]\n[measures]\nframes = true\n',
                                "bomb.yml": YAML_BOMB}, r"bomb\.yml, field 'b': expected a pattern"),
    ("recipe", "seedbool.toml", '[recipe]\nname = "x"\nseed = true\n[[corpus]]\npaths = ["seed.txt"]\n',
     r"line 3, field 'recipe.seed': expected an integer, got bool"),
    ("recipe", "intpaths.toml", '[recipe]\nname = "x"\n[[corpus]]\npaths = [1, 2]\n', r"line 4, field 'corpus.paths'"),
    ("recipe", "latin1.toml", '[recipe]\nname = "Déclaration"\n[[corpus]]\npaths = ["seed.txt"]\n'.encode("latin-1"),
     r"latin1\.toml.*UTF-8"),
    # corpus folders given to dx.read_corpus
    ("corpus", "quotes.parquet", None, r"quotes\.parquet: table missing"),
    ("corpus", "corpus.json", b"{not json", r"corpus\.json.*JSON"),
    ("corpus", "corpus.json", b"[1, 2]", r"corpus\.json"),
    ("corpus", "sentences.parquet", b"PAR1 garbage PAR1", r"sentences\.parquet"),
    ("corpus", "sentences.parquet", parquet_bytes(pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "para_id": [0], "start": ["x"],
                                                        "end": [1], "text": ["t"]})),
     r"sentences\.parquet.*field 'start'"),
    ("corpus", "documents.parquet", without_text_column, r"documents\.parquet.*field 'text'"),
]

# Cases that used to fail; a new one goes here as (exception, reason) until it is fixed.
KNOWN_BUGS: dict[str, tuple] = {}


def _case_ids(cases):
    ids = [f"{kind}-{filename}" for kind, filename, *_ in cases]
    return [i if ids.count(i) == 1 else f"{i}-{ids[:k].count(i) + 1}" for k, i in enumerate(ids)]


def _params(cases):
    out = []
    for case, case_id in zip(cases, _case_ids(cases)):
        bug = KNOWN_BUGS.get(case_id)
        marks = [pytest.mark.xfail(raises=bug[0], strict=True, reason=bug[1])] if bug else []
        out.append(pytest.param(*case, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize("kind, filename, text, match", _params(BAD_DATA_FILES))
def test_malformed_data_files(request, tmp_path, kind, filename, text, match):
    path = tmp_path / filename
    if kind == "corpus":
        path = request.getfixturevalue("seed_corpus").save(tmp_path / "corpus") / filename
        content = text(path.parent) if callable(text) else text
        path.unlink()
        if content is not None:
            path.write_bytes(content)
    else:
        (tmp_path / "seed.txt").write_bytes(SEED.read_bytes())
        for name, content in (text if isinstance(text, dict) else {filename: text}).items():
            (tmp_path / name).write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    with pytest.raises(dx.DiscourseError, match=match) as err:
        if kind == "lexicon":
            dx.read_lexicon(path)
        elif kind == "actors":
            from discourse.corpus._registry import load_registry
            load_registry(extra=[path])
        elif kind == "corpus":
            dx.read_corpus(path.parent)
        else:
            from discourse.recipes import run
            run(path, tmp_path / "out")
    assert "Fix:" in str(err.value)


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
