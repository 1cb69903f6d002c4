"""Press-conference pages: turns, the spokesperson and the title's date (discourse/corpus/_pressers.py)."""

import gzip
import json
import re

import pandas as pd
import pytest

import discourse as dx
from discourse.corpus._pressers import press_conference, title_date
from tests.conftest import shared_path

FOOTER = "<div id='footer'><p>Copyright(c)1998-2014, Ministry of Foreign Affairs, the People's Republic of China</p></div>"


def _page(title: str, paragraphs: list[str], lang: str = "en") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<div class='content'><h2 class='title'>{title}</h2>{body}</div>{FOOTER}</body></html>")


# Our own page in the English MFA format: the spokesperson is named only in the title.
ENGLISH = [
    "At the invitation of Foreign Minister Wang Yi, the Foreign Minister of Kazakhstan will visit China from 6 to 8 "
    "March. The two sides will exchange views on bilateral relations.",
    "<b>Q: </b>The United States announced new tariffs yesterday. What is China's response?",
    "A: We have noted the reports. China firmly opposes unilateral measures of this kind.",
    "Here I would like to stress three points:",
    "First, trade cooperation between China and the US is mutually beneficial in nature.",
    "<strong>Follow-up:</strong> Will China retaliate?",
    "A : We will take necessary measures to safeguard our legitimate rights and interests.",
    "<b>Q:</b> Can you confirm the dates of the summit in Astana?",
    "A: I have no information to release at the moment.",
]


@pytest.fixture(scope="module")
def english(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pressers")
    title = "Foreign Ministry Spokesperson Hua Chunying's Regular Press Conference on March 5, 2019"
    (folder / "t1.html").write_text(_page(title, ENGLISH), "utf-8")
    return dx.load(folder / "t1.html")


def test_turns_speakers_and_roles_of_an_english_page(english):
    turns = english.quotes[english.quotes["kind"] == "turn"]
    assert turns["speaker_label"].fillna("").tolist() == ["", "Q", "A", "Follow-up", "A", "Q", "A"]
    assert turns["speaker_role"].tolist() == ["spokesperson", "journalist", "spokesperson", "journalist",
                                              "spokesperson", "journalist", "spokesperson"]
    assert set(turns.loc[turns["speaker_role"] == "spokesperson", "speaker"]) == {"Hua Chunying"}
    assert turns.loc[turns["speaker_role"] == "journalist", "speaker"].isna().all()
    assert not turns["text"].str.match(r"\s*(Q|A|Follow-up)\s*:").any()  # labels never in a turn's words
    answer = turns["text"].iloc[2]  # an answer runs over its paragraphs; a colon inside it is not a label
    assert answer.startswith("We have noted") and "three points:" in answer and answer.endswith("beneficial in nature.")
    assert english.quotes["kind"].eq("turn").all()  # no prose "quotes" credited to Q or A


def test_the_title_gives_the_date_never_the_footer(english, tmp_path):
    assert str(english.documents.loc[0, "published"])[:10] == "2019-03-05"
    assert english.documents.loc[0, "date_source"] == "title" and pd.isna(english.documents.loc[0, "date_note"])
    title = "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 12"
    (tmp_path / "t2.html").write_text(_page(title, ENGLISH), "utf-8")
    doc = dx.load(tmp_path / "t2.html").documents.iloc[0]
    assert pd.isna(doc["published"])  # not 2014 from the copyright footer, not guessed
    assert "without a year" in doc["date_note"] and pd.isna(doc["date_source"])


def test_answers_point_to_their_question_and_follow_ups_to_theirs(english):
    turns = english.quotes
    assert turns["reply_to"].tolist() == [pd.NA, pd.NA, 1, 1, 3, pd.NA, 5]  # the opening answers nothing
    assert turns["reply_to"].dtype == "Int32"


def test_a_chinese_page(tmp_path):
    title = "2019年5月22日外交部发言人陆慷主持例行记者会 — 中华人民共和国外交部"
    paras = ["应王毅外长邀请，哈萨克斯坦外长将于5月24日访华。", "<b>问：</b>据报道，美方宣布加征关税。中方有何回应？",
             "答：我们注意到有关报道。", "中方的立场是一贯的。", "　追问：中方会采取反制措施吗？", "答：我们将采取必要措施。"]
    (tmp_path / "t3.html").write_text(_page(title, paras, "zh"), "utf-8")
    corpus = dx.load(tmp_path / "t3.html")
    turns = corpus.quotes
    assert turns["speaker_label"].fillna("").tolist() == ["", "问", "答", "追问", "答"]
    assert set(turns.loc[turns["speaker_role"] == "spokesperson", "speaker"]) == {"陆慷"}
    assert turns["text"].iloc[2] == "我们注意到有关报道。\n\n中方的立场是一贯的。"
    doc = corpus.documents.iloc[0]
    assert doc["title"] == "2019年5月22日外交部发言人陆慷主持例行记者会" and str(doc["published"])[:10] == "2019-05-22"


@pytest.mark.parametrize("paragraphs", [
    ["China: a new era of cooperation", "The talks in Astana ended on Tuesday.", "Q: one question only"],
    ["Here I would like to stress three points:", "First, the talks were useful.", "Second, they will go on."],
])
def test_prose_with_colons_is_not_a_transcript(paragraphs):
    assert press_conference(paragraphs, "Talks in Astana") is None


def test_title_dates():
    assert title_date("Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on June11, 2018")[0].day == 11
    assert title_date(None) == (None, None) and title_date(pd.NA) == (None, None)
    assert title_date("Remarks on US Remarks on Venezuela") == (None, None)


def test_real_english_pages(tmp_path):
    """Every tenth of the 381 development pages: turns found, labels out of the text, the title's date."""
    pages = shared_path("mfa_pressers_en", "mfa_pressers_en_2018-2019.jsonl.gz")
    with gzip.open(pages, "rt", encoding="utf-8") as lines:
        for k, line in enumerate(lines):
            if k % 10 == 0:
                row = json.loads(line)
                page_id = re.search(r"t(\d+)\.shtml", row["url"]).group(1)
                (tmp_path / f"t{page_id}.html").write_text(row["html"], "utf-8")
    corpus = dx.load(tmp_path)
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"]
    assert turns["doc_id"].nunique() == len(corpus.documents) and (corpus.quotes["kind"] == "turn").all()
    assert not turns["text"].str.match(r"\s*(Q|A|Follow-up|Journalist)\s*:").any()
    assert turns.loc[turns["speaker_role"] == "spokesperson", "speaker"].isin(
        ["Lu Kang", "Geng Shuang", "Hua Chunying"]).all()
    for doc in corpus.documents.itertuples():
        date, note = title_date(doc.title)
        assert (pd.Timestamp(date) == doc.published) if date else pd.isna(doc.published) or note is None
