"""The raw-page-text loader against the golden file of the seed article, and beyond it."""

import json
import unicodedata

import pytest

import discourse as dx
from discourse.corpus._normalize import normalize_text
from discourse.corpus._pagetext import read_page_text
from tests.conftest import DATA, SEED

GOLDEN = json.loads((DATA / "golden" / "000_dc699da55f7d4812.expected.json").read_text("utf-8"))
ARTICLE = GOLDEN["article"]


@pytest.fixture(scope="module")
def doc(seed_corpus):
    return seed_corpus.documents.iloc[0]


@pytest.mark.parametrize("field", ["title", "dateline", "author", "section"])
def test_golden_fields(doc, field):
    assert doc[field] == unicodedata.normalize("NFC", ARTICLE[field])


def test_golden_outlet_and_date(doc):
    assert doc["source"] == ARTICLE["outlet"]
    assert str(doc["published"].date()) == ARTICLE["published"]


def test_golden_body(doc, seed_corpus):
    text = doc["text"]
    assert text.startswith(ARTICLE["body_starts_with"])
    assert text.endswith(ARTICLE["body_ends_with"])
    for furniture in ARTICLE["body_must_not_contain"]:
        assert furniture not in text
    assert len(seed_corpus.paragraphs) == ARTICLE["paragraphs"]


def test_golden_related_headlines(doc, seed_corpus):
    assert json.loads(doc["meta"])["related_headlines"] == ARTICLE["related_headlines"]
    related = seed_corpus.boilerplate.query("reason == 'related_link'")["text"].tolist()
    assert related == ["Read More: " + h for h in ARTICLE["related_headlines"]]


def test_nothing_dropped_silently(seed_corpus):
    """Every line of the page is either in the body or in the boilerplate table."""
    raw = [ln for ln in normalize_text(SEED.read_text("utf-8")).splitlines() if ln]
    kept = seed_corpus.documents.loc[0, "text"]
    removed = set(seed_corpus.boilerplate["text"])
    for line in raw:
        assert line in kept or line in removed or any(r in line for r in removed), line


def test_offsets_point_into_text(seed_corpus):
    text = seed_corpus.documents.loc[0, "text"]
    for table in (seed_corpus.paragraphs, seed_corpus.sentences):
        for row in table.itertuples():
            assert text[row.start:row.end] == row.text


def test_another_page_layout():
    """A page laid out differently: byline on top, 'Also Read' link, tags, share footer."""
    page = "\n".join([
        "Menu", "Saturday, 3 May 2025", "Kyrgyzstan and Uzbekistan sign border deal", "By Aida Sultanova",
        "BISHKEK, May 3 (AKIpress) -- The presidents of Kyrgyzstan and Uzbekistan signed a treaty "
        "on the state border on Saturday, closing a dispute of three decades.",
        "Also Read: Central Asia leaders meet in Astana",
        "The agreement covers the Fergana valley and its water reservoirs, officials said.",
        "Politics", "Share this:", "Facebook", "Twitter"])
    rec = next(read_page_text("p.txt", page.encode("utf-8")))
    assert rec.title == "Kyrgyzstan and Uzbekistan sign border deal"
    assert rec.author == "Aida Sultanova" and rec.source == "AKIpress" and rec.dateline == "BISHKEK"
    assert str(rec.published) == "2025-05-03" and rec.section == "Politics"
    assert rec.text.startswith("The presidents") and rec.text.endswith("officials said.")
    assert rec.meta["related_headlines"] == ["Central Asia leaders meet in Astana"]


@pytest.mark.parametrize("line, place, agency, opening", [
    ("TOPEKA, Kan. (AP) — Kansas Gov. Linda Harwell on Tuesday vetoed a tax plan.", "TOPEKA", "AP", "Kansas Gov."),
    ("BEIJING/BRUSSELS, Oct 30 (Reuters) - China said on Wednesday it did not accept the decision.",
     "BEIJING/BRUSSELS", "Reuters", "China said"),
    ("PYONGYANG, June 17. /TASS/. The two sides discussed the treaty on Monday.", "PYONGYANG", "TASS", "The two"),
])
def test_wire_datelines(line, place, agency, opening):
    """Wire copy's datelines: a state after the place, two places, an agency between slashes."""
    page = "\n".join(["Talks on the treaty go on", line, "The talks will go on next week, officials said."])
    rec = next(read_page_text("p.txt", page.encode("utf-8")))
    assert (rec.dateline, rec.source) == (place, agency)
    assert rec.text.startswith(opening)


@pytest.mark.parametrize("data", [b"", b"   \n\n ", b"x", b"Menu\nHome\nContact"])
def test_no_body_is_a_reject(data):
    (item,) = list(read_page_text("p.txt", data))
    assert isinstance(item, dx.corpus._records.Reject) and item.field in {"text", ""}
