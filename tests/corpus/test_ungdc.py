"""UN General Debate speeches: names, speakers and the tarball, on the bundled slice."""

import pytest

import discourse as dx
from tests.conftest import CORPORA, shared_path

TARBALL = CORPORA / "ungdc" / "ungdc_p5_central_asia_1992-2024.tar.xz"


@pytest.fixture(scope="module")
def ungdc():
    return dx.load(TARBALL)


def test_every_speech_loads(ungdc):
    assert ungdc.inputs == 321 and len(ungdc.documents) == 321 and len(ungdc.rejects) == 0


def test_country_session_year_from_file_name(ungdc):
    docs = ungdc.documents
    meta = docs["meta"].map(__import__("json").loads)
    codes = meta.map(lambda m: m["country_code"])
    assert set(codes) == {"CHN", "FRA", "GBR", "RUS", "USA", "KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert docs["year"].min() == 1992 and docs["year"].max() == 2024
    assert (meta.map(lambda m: m["session"]) == docs["year"].astype(int) - 1945).all()
    assert (docs["source"] == "UN General Debate").all()


def test_speaker_joined_from_table(ungdc):
    docs = ungdc.documents.set_index("doc_id")
    usa_2024 = docs[docs["title"] == "General Debate, session 79 (2024): United States of America"]
    assert usa_2024["author"].tolist() == ["Joseph R. Biden"]
    quote = ungdc.quotes[ungdc.quotes["doc_id"] == usa_2024.index[0]].iloc[0]
    assert (quote["kind"], quote["speaker"], quote["speaker_role"], quote["speaker_country"]) == (
        "turn", "Joseph R. Biden", "President", "USA")
    assert quote["start"] == 0 and quote["end"] == len(usa_2024["text"].iloc[0])


def test_speaker_table_trailing_spaces_are_trimmed(ungdc):
    assert not ungdc.documents["title"].str.endswith(" ").any()


def test_unmatched_name_is_rejected(tmp_path):
    (tmp_path / "speech.txt").write_text("We meet again.", "utf-8")
    corpus = dx.load(tmp_path / "speech.txt", format="ungdc")
    assert len(corpus.rejects) == 1 and "COUNTRY_SESSION_YEAR" in corpus.rejects.loc[0, "reason"]


@pytest.mark.shared
def test_full_sample_sessions_78_79():
    corpus = dx.load(shared_path("ungdc", "TXT_sample"))
    assert corpus.inputs == 384 and len(corpus.documents) == 384
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"]
    assert len(turns) == 384 and turns["speaker"].notna().mean() > 0.95
