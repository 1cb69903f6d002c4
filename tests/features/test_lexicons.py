"""Lexicons: packaged files, the formats researchers bring, and errors that say how to fix them."""

import hashlib
import sys

import pytest

import discourse as dx
from discourse import DataFileError, InputError
from discourse.features._lexicon import available_lexicons
from tests.conftest import ROOT, shared_path


def test_packaged_lexicons_load_and_match_manifest():
    table = available_lexicons()
    assert set(table["name"]) == {"china_diplomatic", "cooperation_conflict", "policy_frames", "geopolitics"}
    for row in table.itertuples():
        data = (ROOT / "discourse" / "data" / "lexicons" / row.file).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row.sha256
        lex = dx.lexicon(row.name, version=row.version)
        assert len(lex) == int(row.patterns) and len(lex.frames) == int(row.frames)
        assert all(e.description and e.citation for e in lex.entries), row.name


def test_required_formulations_are_there():
    patterns = {p for ps in dx.lexicon("china_diplomatic").patterns.values() for p in ps}
    for p in ["new era", "mutual trust", "concrete benefits", "mutual benefit", "win-win cooperation",
              "community with a shared future", "belt and road initiative", "global development initiative",
              "global security initiative", "global civilization initiative", "core interest*",
              "internal affairs", "hegemonism", "cold war mentality", "zero-sum", "bloc confrontation",
              "comprehensive strategic partnership", "good-neighbourliness", "people-to-people exchange*",
              "true multilateralism", "shanghai spirit", "high-quality development"]:
        assert p in patterns, p
    assert len(dx.lexicon("policy_frames").frames) == 14  # the 15 dimensions but 'other'
    assert len(dx.lexicon("cooperation_conflict")) >= 2000


def test_cameo_lexicon_rebuilds_from_its_sources():
    shared_path("lexicons", "petrarch2_cameo_dicts")
    sys.path.insert(0, str(ROOT / "tools"))
    import build_lexicons

    built = build_lexicons.build()
    assert built == (ROOT / "discourse" / "data" / "lexicons" / "cooperation_conflict-1.0.csv").read_text("utf-8")


def test_unknown_lexicon_and_version():
    with pytest.raises(InputError, match="no packaged lexicon 'frames'"):
        dx.lexicon("frames")
    with pytest.raises(InputError, match="has no version '9.9'"):
        dx.lexicon("china_diplomatic@9.9")


@pytest.mark.parametrize("suffix, text", [
    (".yml", "economy:\n  - econom*\n  - tax\nsecurity:\n  military:\n    - army\n"),
    (".dic", "%\n1\teconomy\n2\tsecurity.military\n%\necon*\t1\ntax\t1\narmy\t2\n"),
    (".lc3", "+economy\necon*\ntax\n+security.military\narmy\n"),
    (".cat", "ECONOMY\n    ECON* (1)\n    TAX (1)\nSECURITY\n    MILITARY\n        ARMY (1)\n"),
    (".csv", "frame,pattern\neconomy,econ*\neconomy,tax\nsecurity.military,army\n"),
])
def test_user_formats(tmp_path, suffix, text):
    path = tmp_path / f"mine{suffix}"
    path.write_text(text)
    lex = dx.read_lexicon(path)
    assert lex.frames[0] == "economy" and lex.frames[-1] == "security.military"
    assert lex.id == "mine@user" and len(lex.sha256) == 64


@pytest.mark.parametrize("text, match", [
    ("frame,pattern\nsecurity,\n", r"line 2, field 'pattern': empty pattern.*\n  Fix:"),
    ("frame,pattern\nsecurity,army\nsecurity,Army\n", r"line 3, field 'pattern': duplicate entry 'Army'.*line 2"),
    ("frame,pattern\nsecurity,*ism\n", r"line 2, field 'pattern': bad wildcard"),
    ("frame,pattern\nsecurity,co*op\n", r"bad wildcard"),
    ("frame,words\nsecurity,army\n", r"field 'pattern': column missing"),
    ("frame,pattern\n,army\n", r"line 2, field 'frame': empty frame name"),
])
def test_malformed_lexicons(tmp_path, text, match):
    path = tmp_path / "bad.csv"
    path.write_text(text)
    with pytest.raises(DataFileError, match=match):
        dx.read_lexicon(path)


def test_unknown_format(tmp_path):
    (tmp_path / "x.docx").write_text("hi")
    with pytest.raises(InputError, match="unknown lexicon format"):
        dx.read_lexicon(tmp_path / "x.docx")


def test_bad_yaml_and_liwc(tmp_path):
    (tmp_path / "a.yml").write_text("economy: [tax\n")
    with pytest.raises(DataFileError, match="not valid YAML"):
        dx.read_lexicon(tmp_path / "a.yml")
    (tmp_path / "b.dic").write_text("%\n1\teconomy\n%\ntax\t7\n")
    with pytest.raises(DataFileError, match=r"line 4, field 'category': category '7'"):
        dx.read_lexicon(tmp_path / "b.dic")
