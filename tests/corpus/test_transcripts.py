"""Tests for discourse/corpus/_transcripts.py: White House Markdown and Kremlin JSONL loaders."""

import gzip
import json
import tarfile
from collections import Counter
from functools import lru_cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discourse.corpus._records import PARAGRAPH_SEP, Record, Reject
from discourse.corpus._transcripts import (unify_speakers, looks_like_kremlin, read_kremlin_jsonl,
                                           read_whitehouse_markdown)
from tests.conftest import CORPORA, DATA, shared_path

FIXTURES = DATA / "transcripts"
KREMLIN = CORPORA / "kremlin" / "kremlin_en_foreign_policy.jsonl"
WHITEHOUSE = sorted((CORPORA / "whitehouse").glob("*.md"))
KIRBY_GAGGLE = ("2024-03-04-on-the-record-press-gaggle-by-white-house-national-security-"
                "communications-advisor-john-kirby-4.md")


def non_blank_lines(data: bytes) -> int:
    """How many items read_kremlin_jsonl promises for these bytes."""
    if data.startswith(b"\x1f\x8b"):
        try:
            data = gzip.decompress(data)
        except Exception:
            return 1
    return sum(1 for line in data.split(b"\n") if line.strip())


@lru_cache(maxsize=None)
def kremlin_items() -> tuple:
    return tuple(read_kremlin_jsonl(str(KREMLIN), KREMLIN.read_bytes()))


def kremlin_item(kremlin_id: int) -> Record:
    return next(r for r in kremlin_items() if isinstance(r, Record) and r.meta["kremlin_id"] == kremlin_id)


@lru_cache(maxsize=None)
def whitehouse(name: str) -> Record | Reject:
    path = CORPORA / "whitehouse" / name
    (item,) = read_whitehouse_markdown(str(path), path.read_bytes())
    return item


def turns(rec: Record) -> list[tuple]:
    return [(q.label, q.speaker, q.speaker_role, q.speaker_country) for q in rec.quotes]


def check_turn_offsets(rec: Record) -> None:
    """Each turn sits after its label, covers whole paragraphs, and turns never overlap."""
    last_end = -1
    for q in rec.quotes:
        assert q.kind == "turn" and q.cue is None
        assert last_end <= q.start < q.end <= len(rec.text)
        utterance = rec.text[q.start:q.end]
        assert utterance == utterance.strip() and utterance
        assert q.end == len(rec.text) or rec.text.startswith(PARAGRAPH_SEP, q.end)
        para_start = rec.text.rfind(PARAGRAPH_SEP, 0, q.start)
        para_start = 0 if para_start < 0 else para_start + len(PARAGRAPH_SEP)
        head = rec.text[para_start:q.start]
        assert head.startswith(q.label) or head == "" and rec.text[:q.start].rstrip().endswith(":")
        last_end = q.end


# ---------------------------------------------------------------- Kremlin, bundled corpus

def test_kremlin_bundle_conserves_items():
    data = KREMLIN.read_bytes()
    items = kremlin_items()
    assert len(items) == non_blank_lines(data) == 60
    assert [r.record for r in items] == [f"line {i}" for i in range(1, 61)]
    rejects = [r for r in items if isinstance(r, Reject)]
    assert len(rejects) == 1 and rejects[0].field == "text" and "empty text" in rejects[0].reason


def test_kremlin_record_fields():
    rec = kremlin_item(56029)
    assert rec.doc_id is None and rec.source == "President of Russia"
    assert rec.url == "http://en.kremlin.ru/events/president/news/56029"
    assert rec.published.isoformat() == "2017-11-09" and rec.year == 2017
    assert rec.title == "Meeting with President of Kazakhstan Nursultan Nazarbayev"
    assert set(rec.meta) == {"kremlin_id", "place", "lead"} and rec.meta["kremlin_id"] == 56029
    other = next(read_kremlin_jsonl("k", KREMLIN.read_bytes().split(b"\n")[0], source="Kremlin"))
    assert other.source == "Kremlin"


def test_kremlin_turn_offsets_are_exact():
    records = [r for r in kremlin_items() if isinstance(r, Record)]
    assert sum(len(r.quotes) for r in records) > 200
    for rec in records:
        check_turn_offsets(rec)
    rec = kremlin_item(56029)
    first = rec.quotes[0]
    assert rec.text[first.start:first.end].startswith("Mr Nazarbayev, friends and colleagues,")
    assert rec.text[:first.start].endswith("President of Russia Vladimir Putin: ")


def test_kremlin_putin_variants_are_one_speaker():
    got = set(turns(kremlin_item(56029)))
    assert ("President of Russia Vladimir Putin", "Vladimir Putin", "President of Russia", "RUS") in got
    assert ("Vladimir Putin", "Vladimir Putin", "President of Russia", "RUS") in got
    assert ("President of Kazakhstan Nursultan Nazarbayev", "Nursultan Nazarbayev",
            "President of Kazakhstan", "KAZ") in got
    assert ("Nursultan Nazarbayev", "Nursultan Nazarbayev", "President of Kazakhstan", "KAZ") in got


def test_kremlin_company_role_and_country():
    got = set(turns(kremlin_item(17093)))
    assert ("Russian Railways CEO Vladimir Yakunin", "Vladimir Yakunin", "Russian Railways CEO", "RUS") in got


def test_kremlin_split_labels_are_joined():
    rec = kremlin_item(53016)  # "President of Kazakhstan: Nursultan Nazarbayev: Mr Putin, ..."
    assert turns(rec)[0] == ("President of Kazakhstan Nursultan Nazarbayev", "Nursultan Nazarbayev",
                             "President of Kazakhstan", "KAZ")
    rec = kremlin_item(54271)  # "Vladimir: Putin: ..." and "Radik: Batyrshin: ..."
    assert "Vladimir: Putin:" not in rec.text and "Radik: Batyrshin:" not in rec.text
    speakers = Counter(q.speaker for q in rec.quotes)
    assert set(speakers) == {"Vladimir Putin", "Radik Batyrshin"} and speakers["Vladimir Putin"] >= 12


def test_kremlin_treaty_headers_are_not_speakers():
    rec = kremlin_item(6152)
    assert "Article 1:" in rec.text and rec.quotes == ()


def test_kremlin_role_only_label():
    rec = kremlin_item(55824)
    roles = {q.speaker_role: q for q in rec.quotes}
    chair = roles["Chairman of German Committee on Eastern European Economic Relations"]
    assert chair.speaker == "Wolfgang Buchele" and chair.speaker_country == "DEU"


def test_kremlin_gzip_input():
    data = b"\n".join(KREMLIN.read_bytes().split(b"\n")[:5]) + b"\n"
    plain = list(read_kremlin_jsonl("k", data))
    zipped = list(read_kremlin_jsonl("k.gz", gzip.compress(data)))
    assert [r.text for r in zipped] == [r.text for r in plain] and len(plain) == 5
    (broken,) = read_kremlin_jsonl("k.gz", gzip.compress(data)[:40])
    assert isinstance(broken, Reject) and broken.field == "file" and "gzip" in broken.reason


def test_looks_like_kremlin():
    first = json.loads(KREMLIN.read_bytes().split(b"\n")[0])
    assert looks_like_kremlin(first)
    assert not looks_like_kremlin({"url": "https://example.org", "text": "a", "title": "b"})
    assert not looks_like_kremlin({"speakers": "Vladimir Putin", "text": "a", "lead": "", "place": ""})
    assert not looks_like_kremlin(["not", "a", "dict"])


# ---------------------------------------------------------------- Kremlin, broken lines

def test_kremlin_mixed_fixture():
    data = (FIXTURES / "kremlin_mixed.jsonl").read_bytes()
    items = list(read_kremlin_jsonl("mixed.jsonl", data))
    assert len(items) == non_blank_lines(data) == 8
    rejects = {r.record: (r.field, r.reason) for r in items if isinstance(r, Reject)}
    assert rejects["line 3"][0] == "line" and "not valid JSON" in rejects["line 3"][1]
    assert rejects["line 4"] == ("line", "the line holds a JSON list, not an object")
    assert rejects["line 5"] == ("text", "the item has no 'text' field")
    assert rejects["line 6"][0] == "text" and "not a string" in rejects["line 6"][1]
    assert rejects["line 7"][0] == "text" and "empty text" in rejects["line 7"][1]
    assert all(r.fix for r in items if isinstance(r, Reject))
    first = items[0]
    assert turns(first) == [
        ("President of Russia Vladimir Putin", "Vladimir Putin", "President of Russia", "RUS"),
        ("President of Tajikistan Emomali Rahmon", "Emomali Rahmon", "President of Tajikistan", "TJK"),
        ("Vladimir Putin", "Vladimir Putin", "President of Russia", "RUS"),
        ("Question", None, "questioner", None),
        ("Vladimir Putin", "Vladimir Putin", "President of Russia", "RUS")]
    assert first.text[first.quotes[-1].start:first.quotes[-1].end] == "We will discuss it."
    check_turn_offsets(first)
    no_list = next(r for r in items if r.record == "line 9")
    assert [q.speaker for q in no_list.quotes] == ["Dmitry Medvedev", None, "Dmitry Medvedev"]
    assert items[-1].record == "line 10" and items[-1].text == "café ÿþ"  # cp1252, not UTF-8


@pytest.mark.parametrize("data, count", [
    (b"", 0), (b"\n\n   \n", 0), (b"{}", 1), (b"\xef\xbb\xbf{}\n", 1), (b"null\n\"x\"\n", 2),
    (b"\x00\x01\x02\x03" * 50, 1), (b"[" * 5000, 1), (b"\x1f\x8b\x08garbage", 1),
])
def test_kremlin_odd_bytes(data, count):
    items = list(read_kremlin_jsonl("odd", data))
    assert len(items) == count == non_blank_lines(data)
    assert all(isinstance(r, Reject) for r in items)


# ---------------------------------------------------------------- White House, bundled corpus

def test_whitehouse_bundle_loads():
    assert len(WHITEHOUSE) == 12
    for path in WHITEHOUSE:
        items = list(read_whitehouse_markdown(str(path), path.read_bytes(), record="r"))
        assert len(items) == 1 and isinstance(items[0], Record), path.name
        rec = items[0]
        assert rec.source == "The White House" and rec.record == "r" and rec.quotes
        assert rec.url.startswith("https://bidenwhitehouse.archives.gov/") and rec.published.year == 2024
        assert "\\[" not in rec.text and "\u00a0" not in rec.text
        assert all(p == p.strip() and "\n" not in p for p in rec.text.split(PARAGRAPH_SEP))
        check_turn_offsets(rec)


def test_whitehouse_kirby_is_john_kirby():
    rec = whitehouse(KIRBY_GAGGLE)
    assert rec.title == ("On-the-Record Press Gaggle by White House National Security "
                         "Communications Advisor John Kirby")
    assert rec.section == "press-briefings"
    kirby = [q for q in rec.quotes if q.label == "MR. KIRBY"]
    assert len(kirby) == 22
    assert {(q.speaker, q.speaker_role, q.speaker_country) for q in kirby} == {
        ("John Kirby", "National Security Communications Advisor", "USA")}
    first = rec.quotes[0]
    assert rec.text[first.start:first.end].startswith("Good afternoon, everybody.\n\nAs you know,")
    assert rec.text[:first.start].endswith("MR. KIRBY: ")


def test_whitehouse_questions_and_time_stamp():
    rec = whitehouse(KIRBY_GAGGLE)
    questions = [q for q in rec.quotes if q.label == "Q"]
    assert len(questions) == 20
    assert {(q.speaker, q.speaker_role, q.speaker_country) for q in questions} == {(None, "journalist", None)}
    assert all(not rec.text[q.start:q.end].startswith(("Q ", "\u00a0")) for q in questions)
    assert rec.text.endswith("2:31 P.M. EST") and rec.quotes[-1].end < len(rec.text)


def test_whitehouse_press_secretary_and_advisor():
    name = ("2024-03-12-press-briefing-by-press-secretary-karine-jean-pierre-and-national-security-"
            "advisor-jake-sullivan-12.md")
    got = set(turns(whitehouse(name)))
    assert ("MS. JEAN-PIERRE", "Karine Jean-Pierre", "Press Secretary", "USA") in got
    assert ("MR. SULLIVAN", "Jake Sullivan", "National Security Advisor", "USA") in got


def test_whitehouse_background_call_roles():
    rec = whitehouse("2024-03-02-background-press-call-on-the-humanitarian-assistance-airdrop-into-gaza.md")
    assert set(turns(rec)) == {
        ("SENIOR ADMINISTRATION OFFICIAL", None, "Senior Administration Official", "USA"),
        ("MODERATOR", None, "Moderator", None), ("Q", None, "journalist", None)}


def test_link_speakers_conserves_and_links():
    items = [whitehouse(p.name) for p in WHITEHOUSE] + [Reject("x.md", "", "text", "bad", "fix")]
    linked = unify_speakers(items, host="USA")
    assert len(linked) == len(items) and linked[-1] is items[-1]
    assert [r.text for r in linked[:-1]] == [r.text for r in items[:-1]]
    speakers = {q.speaker for r in linked[:-1] for q in r.quotes}
    assert {"John Kirby", "Karine Jean-Pierre", "Jake Sullivan"} <= speakers


# ---------------------------------------------------------------- White House, fixtures

def test_whitehouse_edge_case_fixture():
    path = FIXTURES / "briefing_edge_cases.md"
    (rec,) = read_whitehouse_markdown(str(path), path.read_bytes(), source="WH")
    assert rec.source == "WH" and rec.section == "press-briefings, national-security"
    assert rec.title == ("Press Briefing by Press Secretary Karine Jean-Pierre and National Security "
                         "Advisor Jake Sullivan")
    assert "Today we have [inaudible] National Security Advisor" in rec.text
    assert "described at whitehouse.gov." in rec.text and "SCO_summit" in rec.text
    assert turns(rec) == [
        ("MS. JEAN-PIERRE", "Karine Jean-Pierre", "Press Secretary", "USA"),
        ("MR. SULLIVAN", "Jake Sullivan", "National Security Advisor", "USA"),
        ("Q", None, "journalist", None),
        ("MR. SULLIAN", "Jake Sullivan", "National Security Advisor", "USA"),
        ("Q", None, "journalist", None),
        ("SENIOR ADMINISTRATION OFFICIAL ONE", None, "Senior Administration Official", "USA"),
        ("MR. SMITH", "Smith", None, None),
        ("THE PRESIDENT", None, "President", "USA"),
        ("MODERATOR", None, "Moderator", None)]
    sullivan = rec.text[rec.quotes[1].start:rec.quotes[1].end]
    assert sullivan.endswith("NATO: this line only quotes a communiqué and is not a speaker label.")
    assert rec.text[rec.quotes[2].start:rec.quotes[2].end] == (
        "Jake, does the President plan to meet the President of Kazakhstan?")
    assert rec.text[rec.quotes[4].start:rec.quotes[4].end] == "And the SCO summit?"
    check_turn_offsets(rec)


def test_whitehouse_the_president_from_title():
    path = FIXTURES / "remarks_the_president.md"
    (rec,) = read_whitehouse_markdown(str(path), path.read_bytes())
    assert turns(rec) == [("THE PRESIDENT", "Biden", "President", "USA"),
                          ("PRIME MINISTER KISHIDA", "Kishida", "Prime Minister", "JPN")]


@pytest.mark.parametrize("name, field, words", [
    ("no_front_matter.md", "front matter", "missing YAML front matter"),
    ("unclosed_front_matter.md", "front matter", "no closing '---'"),
    ("broken_yaml.md", "front matter", "broken YAML front matter"),
    ("list_front_matter.md", "front matter", "not a mapping"),
    ("no_body.md", "text", "no body text"),
])
def test_whitehouse_broken_files(name, field, words):
    path = FIXTURES / name
    items = list(read_whitehouse_markdown(str(path), path.read_bytes(), record=f"member '{name}'"))
    assert len(items) == 1 and isinstance(items[0], Reject)
    rej = items[0]
    assert (rej.path, rej.record, rej.field) == (str(path), f"member '{name}'", field)
    assert words in rej.reason and rej.fix


@pytest.mark.parametrize("data", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), b"---\n---\n"])
def test_whitehouse_odd_bytes(data):
    (item,) = read_whitehouse_markdown("odd.md", data)
    assert isinstance(item, Reject)


# ---------------------------------------------------------------- properties

_SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_KREMLIN_HEAD = b"\n".join(KREMLIN.read_bytes().split(b"\n")[:6]) + b"\n"
_BRIEFING = (CORPORA / "whitehouse" / KIRBY_GAGGLE).read_bytes()[:12000]


@st.composite
def mutated(draw, base: bytes):
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["delete", "insert", "replace", "duplicate", "truncate"]))
        i = draw(st.integers(0, len(data)))
        if op == "delete":
            del data[i:i + draw(st.integers(1, 400))]
        elif op == "insert":
            data[i:i] = draw(st.binary(min_size=1, max_size=40)
                             | st.sampled_from([b"\n", b"---\n", b"\nQ\xc2\xa0 ", b"MR. X: ", b'"}', b"\\"]))
        elif op == "replace" and i < len(data):
            data[i] = draw(st.integers(0, 255))
        elif op == "duplicate":
            data[i:i] = data[max(0, i - 300):i]
        elif op == "truncate":
            del data[i:]
    return bytes(data)


def _check_items(items, expected):
    assert len(items) == expected
    for item in items:
        assert isinstance(item, (Record, Reject))
        if isinstance(item, Record):
            assert all(0 <= q.start < q.end <= len(item.text) for q in item.quotes)


@_SETTINGS
@given(st.binary(max_size=3000))
def test_kremlin_random_bytes(data):
    _check_items(list(read_kremlin_jsonl("random", data)), non_blank_lines(data))


@_SETTINGS
@given(mutated(_KREMLIN_HEAD))
def test_kremlin_mutated_real_lines(data):
    _check_items(list(read_kremlin_jsonl("mutated", data)), non_blank_lines(data))


@_SETTINGS
@given(st.binary(max_size=3000))
def test_whitehouse_random_bytes(data):
    _check_items(list(read_whitehouse_markdown("random.md", data)), 1)


@_SETTINGS
@given(mutated(_BRIEFING))
def test_whitehouse_mutated_real_briefing(data):
    _check_items(list(read_whitehouse_markdown("mutated.md", data)), 1)


# ---------------------------------------------------------------- full data (skipped without it)

@pytest.mark.shared
def test_full_kremlin_jsonl():
    path = shared_path("kremlin_en", "kremlin_en_news_1999-2020.jsonl.gz")
    data = path.read_bytes()
    items = list(read_kremlin_jsonl(str(path), data))
    assert len(items) == non_blank_lines(data) == 7235
    rejects = [r for r in items if isinstance(r, Reject)]
    assert len(rejects) == 174 and {r.field for r in rejects} == {"text"}
    records = [r for r in items if isinstance(r, Record)]
    assert 14000 <= sum(len(r.quotes) for r in records) <= 15000
    for rec in records:
        check_turn_offsets(rec)
    speakers = Counter(q.speaker for r in records for q in r.quotes)
    assert speakers.most_common(1)[0][0] == "Vladimir Putin"


@pytest.mark.shared
def test_full_whitehouse_tarball():
    path = shared_path("wh_briefings", "wh_press_briefings_2021-2025_md.tar.xz")
    items = []
    with tarfile.open(path) as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".md"):
                data = tar.extractfile(member).read()
                items += read_whitehouse_markdown(str(path), data, record=f"member '{member.name}'")
    assert len(items) == 1154 and all(isinstance(r, Record) for r in items)
    for rec in items:
        check_turn_offsets(rec)
    labels = Counter((q.label, q.speaker) for r in items for q in r.quotes)
    assert labels[("Q", None)] > 50000
    assert labels[("MR. KIRBY", "John Kirby")] > 6000
