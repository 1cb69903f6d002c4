"""Crawlers' page caches (JSON Lines of url + html) load as web pages: discourse/corpus/_pages.py."""

import gzip
import itertools
import json

import pytest

import discourse as dx
from tests.conftest import shared_path


def _line(url: str, title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"<html><head><title>{title}</title></head><body><h2>{title}</h2>{body}</body></html>"
    return json.dumps({"url": url, "http_status": 200, "html": html})


def test_a_page_cache_loads_one_document_per_line_with_rejects_named(tmp_path):
    press = _line("https://www.example.gov/eng/t1600384.shtml",
                  "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 2, 2018",
                  ["The Foreign Minister of Kazakhstan will visit China.", "Q: When will he arrive?", "A: On Monday."])
    news = _line("https://news.example.org/world/2019/04/13/talks.html", "Talks in Geneva",
                 ["The foreign ministers met in Geneva on Tuesday to discuss a ceasefire in the region.",
                  "Both sides called the talks constructive and agreed to meet again next month."])
    (tmp_path / "cache.jsonl").write_text("\n".join([press, news, '{"url": "x"}', "not json"]) + "\n", "utf-8")
    corpus = dx.load(tmp_path / "cache.jsonl")
    docs = corpus.documents
    assert len(docs) == 2 and len(corpus.rejects) == 2  # documents in = documents out + rejects
    assert docs["record"].tolist() == ["line 1", "line 2"] and corpus.rejects["record"].tolist() == ["line 3", "line 4"]
    assert docs["date_source"].tolist() == ["title", "url"]  # the address's date when the page has no other
    assert docs["url"].tolist()[1] == "https://news.example.org/world/2019/04/13/talks.html"
    assert docs["source"].tolist() == ["example.gov", "news.example.org"]  # the host when the page names no site
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"]
    assert turns["speaker_role"].tolist() == ["spokesperson", "journalist", "spokesperson"]
    assert set(turns["doc_id"]) == {docs["doc_id"].iloc[0]}


@pytest.mark.shared
def test_mfa_page_cache_from_the_shared_data(tmp_path):
    path = shared_path("mfa_pressers_en", "mfa_pressers_en_2018-2019.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        lines = list(itertools.islice(fh, 0, 381, 20))  # every 20th page
    (tmp_path / "mfa.jsonl").write_text("".join(lines), "utf-8")
    corpus = dx.load(tmp_path / "mfa.jsonl")
    docs = corpus.documents
    assert len(docs) == len(lines) and corpus.rejects.empty
    assert set(docs["source"]) == {"fmprc.gov.cn"}
    assert docs["date_source"].isin(["title"]).mean() > 0.9 and docs["published"].notna().sum() + \
        docs["date_note"].notna().sum() >= len(docs)  # every date from the title, or flagged
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"]
    assert set(turns["doc_id"]) == set(docs["doc_id"])
    answers = turns[turns["speaker_role"] == "spokesperson"]
    assert answers["reply_to"].notna().mean() > 0.9  # nearly every answer points to its question


def test_a_page_cache_whose_first_page_is_long_is_still_read_as_pages(tmp_path, monkeypatch):
    from discourse.corpus import _load

    long_page = _line("https://www.example.gov/eng/t1.shtml",
                      "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 2, 2018",
                      ["Q: When will he arrive?", "A: On Monday.", "Filler words of a long page. " * 60_000])
    (tmp_path / "cache.jsonl").write_text(long_page + "\n", "utf-8")  # a first line of 1.7 MB
    monkeypatch.setattr(_load, "STREAM_BYTES", 2**20)  # and a file large enough to be streamed as a table
    corpus = dx.load(tmp_path / "cache.jsonl")
    assert len(corpus.documents) == 1 and corpus.rejects.empty
