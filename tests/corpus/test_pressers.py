"""Press-conference pages: turns, the spokesperson and the title's date (discourse/corpus/_pressers.py)."""

import gzip
import json
import re

import pandas as pd
import pytest

import discourse as dx
from discourse.corpus._pressers import canonical_spokesperson, press_conference, spokesperson, title_date
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
    assert english.quotes["kind"].eq("turn").all()  # "announced new tariffs", "we have noted": no reports


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
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"]
    assert turns["speaker_label"].fillna("").tolist() == ["", "问", "答", "追问", "答"]
    reported = corpus.quotes[corpus.quotes["kind"] == "indirect"]  # reported inside the question
    assert reported[["text", "speaker", "cue"]].values.tolist() == [["加征关税", "United States", "宣布"]]
    assert set(turns.loc[turns["speaker_role"] == "spokesperson", "speaker"]) == {"Lu Kang"}  # the registry's name
    assert turns["text"].iloc[2] == "我们注意到有关报道。\n\n中方的立场是一贯的。"
    doc = corpus.documents.iloc[0]
    assert doc["title"] == "2019年5月22日外交部发言人陆慷主持例行记者会" and str(doc["published"])[:10] == "2019-05-22"
    assert json.loads(doc["meta"])["spokesperson"] == "陆慷"  # the name as printed stays in the metadata


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
    assert turns["doc_id"].nunique() == len(corpus.documents)
    reported = corpus.quotes[corpus.quotes["kind"] != "turn"].merge(turns, on="doc_id", suffixes=("", "_turn"))
    inside = (reported["start_turn"] <= reported["start"]) & (reported["end"] <= reported["end_turn"])
    assert inside.groupby([reported["doc_id"], reported["start"]]).any().all()  # reported speech is inside a turn
    assert not turns["text"].str.match(r"\s*(Q|A|Follow-up|Journalist)\s*:").any()
    assert turns.loc[turns["speaker_role"] == "spokesperson", "speaker"].isin(
        ["Lu Kang", "Geng Shuang", "Hua Chunying"]).all()
    for doc in corpus.documents.itertuples():
        date, note = title_date(doc.title)
        assert (pd.Timestamp(date) == doc.published) if date else pd.isna(doc.published) or note is None


def _turns(press) -> list[tuple]:
    return [(q.label, q.speaker, q.speaker_role) for q in press.quotes]


def _words(paragraphs, press) -> list[str]:
    text = "\n\n".join(paragraphs)
    return [text[q.start:q.end] for q in press.quotes]


def test_chinese_spokespeople_get_their_english_names():
    assert [canonical_spokesperson(spokesperson(t)) for t in (
        "2021年3月1日外交部发言人汪文斌主持例行记者会", "外交部发言人华春莹就某事答记者问",
        "外交部发言人耿爽2月15日答记者问", "2024年6月3日外交部发言人毛宁主持例行记者会")] == [
        "Wang Wenbin", "Hua Chunying", "Geng Shuang", "Mao Ning"]
    assert canonical_spokesperson("Hua Chunying") == "Hua Chunying" and canonical_spokesperson(None) is None


# Our own pages in the named-label format the MFA uses from March 2020 (sentences invented).
NAMED = ["Zhao Lijian: Good afternoon. The Foreign Minister of Uzbekistan will visit China next week.",
         "Reuters: Can you tell us more about the agenda of the visit?",
         "Zhao Lijian: The two sides will discuss trade and transport links.",
         "Phoenix TV: Will they sign a joint statement?",
         "Zhao Lijian: We will release information in due course.",
         "Voice of America: How many agreements are expected?",
         "Zhao Lijian: Several, on agriculture and energy.",
         "Reuters: A follow-up on the railway project: is it on the agenda?",
         "Zhao Lijian: It is one of the topics."]


def test_named_labels_answered_by_the_spokesperson_are_journalists():
    press = press_conference(NAMED, "Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on "
                                    "April 2, 2020")
    asked = [("Reuters", "Reuters", "journalist"), ("Phoenix TV", "Phoenix TV", "journalist"),
             ("Voice of America", "Voice of America", "journalist"), ("Reuters", "Reuters", "journalist")]
    answered = ("Zhao Lijian", "Zhao Lijian", "spokesperson")
    assert _turns(press) == [answered, asked[0], answered, asked[1], answered, asked[2], answered, asked[3], answered]
    assert _words(NAMED, press)[1] == "Can you tell us more about the agenda of the visit?"
    assert {q.speaker_country for q in press.quotes if q.speaker_role == "journalist"} == {None}


def test_a_guest_the_spokesperson_does_not_answer_keeps_no_role():
    paras = ["Q: Will the ministers speak to the press?", "A: Yes, they will each make a statement.",
             "Wang Yi: The talks were candid and useful.", "Sergey Lavrov: We agreed to meet again in spring.",
             "Wang Yi: Our trade grew last year.", "Sergey Lavrov: And it will grow further.",
             "Q: Will there be a joint declaration?", "A: It is being prepared."]
    press = press_conference(paras, "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 4, 2018")
    assert _turns(press)[2:6] == [("Wang Yi", "Wang Yi", None), ("Sergey Lavrov", "Sergey Lavrov", None)] * 2


def test_chinese_outlet_labels_name_the_journalists_outlet():
    paras = ["赵立坚：下面发布一则消息。乌兹别克斯坦外长将于下周访华。", "总台央视记者：请介绍此访的主要安排。",
             "赵立坚：双方将就经贸和交通合作交换意见。", "《环球时报》记者：双方会签署联合声明吗？",
             "赵立坚：有消息我们会及时发布。", "我也提醒这位记者：请以官方发布为准。",  # no one answers it: not a label
             "彭博社记者：此访期间会有哪些合作文件？", "赵立坚：请你继续关注。"]
    press = press_conference(paras, "2020年4月2日外交部发言人赵立坚主持例行记者会")
    assert [(q.speaker, q.speaker_role) for q in press.quotes] == [
        ("Zhao Lijian", "spokesperson"), ("总台央视", "journalist"), ("Zhao Lijian", "spokesperson"),
        ("《环球时报》", "journalist"), ("Zhao Lijian", "spokesperson"), ("彭博社", "journalist"),
        ("Zhao Lijian", "spokesperson")]
    assert [q.label for q in press.quotes][:2] == ["赵立坚", "总台央视记者"] and press.spokesperson == "赵立坚"
    assert _words(paras, press)[1] == "请介绍此访的主要安排。" and _words(paras, press)[4].endswith("请以官方发布为准。")


def test_an_unlabelled_reply_after_a_journalists_turn_is_the_spokespersons():
    paras = ["问：据报道，两国将举行会谈。你能否证实？", "答：我们会及时发布消息。",
             "追问：会谈将在何时举行？", "具体时间还在商定中。",  # the reply has no label
             "记者：好的。", "谢谢你的理解。", "另外，我们欢迎各位记者届时报道。",
             "问：第一，中方如何评价这次会议？", "第二，中方会派团出席吗？",  # one question in two paragraphs
             "答：关于第一个问题，会议很成功。", "会后有记者问及：中方对这次选举有何评论？", "陆慷表示，中方尊重该国人民的选择。"]
    press = press_conference(paras, "2018年5月4日外交部发言人陆慷主持例行记者会")
    assert [(q.label, q.speaker_role) for q in press.quotes] == [
        ("问", "journalist"), ("答", "spokesperson"), ("追问", "journalist"), ("", "spokesperson"),
        ("记者", "journalist"), ("", "spokesperson"), ("问", "journalist"), ("答", "spokesperson"),
        ("会后有记者问及", "journalist"), ("", "spokesperson")]
    words = _words(paras, press)
    assert words[5] == "谢谢你的理解。\n\n另外，我们欢迎各位记者届时报道。" and words[6].endswith("中方会派团出席吗？")
    assert press.quotes[3].speaker == "Lu Kang" and words[-1].startswith("陆慷表示")


def test_narrated_english_questions_and_journalists_remarks():
    paras = ["Q: Has the date of the summit been fixed?", "A: Not yet.", "Journalist: I see.",
             "We will let you know as soon as it is.",
             "The following question was raised after the press conference: What is China's comment on the "
             "election in Country X?", "A: We respect the choice of its people.",
             "As to the question you asked at the press conference yesterday: we have no update."]
    press = press_conference(paras, "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on "
                                    "June 4, 2019")
    assert [(q.label[:22], q.speaker_role) for q in press.quotes] == [
        ("Q", "journalist"), ("A", "spokesperson"), ("Journalist", "journalist"), ("", "spokesperson"),
        ("The following question", "journalist"), ("A", "spokesperson")]
    assert _words(paras, press)[4] == "What is China's comment on the election in Country X?"
    assert _words(paras, press)[5].endswith("we have no update.")  # said by the spokesperson: not a lead-in


@pytest.mark.parametrize("title, name", [
    ("外交部发言人陆慷就两国领导人会晤发表谈话", "Lu Kang"),
    ("外交部发言人华春莹就两国建交答记者问", "Hua Chunying"),
    ("Foreign Ministry Spokesperson Hua Chunying's Remarks on the Launch of the Joint Commission", "Hua Chunying"),
])
def test_a_statement_page_without_labels_is_one_turn_of_the_spokesperson(title, name):
    paras = ["Today the two leaders met and agreed to deepen cooperation.", "We welcome this and hope for more."]
    press = press_conference(paras, title)
    assert _turns(press) == [("", name, "spokesperson")] and _words(paras, press) == ["\n\n".join(paras)]


@pytest.mark.parametrize("title", [
    "外交部发言人陆慷在京会见外国记者团",  # names a spokesperson, but no statement
    "外交部就两国领导人会晤发表声明",  # a statement, but no spokesperson named
    "Foreign Ministry Spokesperson Hua Chunying Hosts a Reception on September 30, 2018",
    "Remarks on the Launch of the Joint Commission",
])
def test_ordinary_pages_without_labels_stay_prose(title):
    assert press_conference(["Today the two leaders met.", "We welcome this."], title) is None


def test_real_chinese_statement_pages(tmp_path):
    """Every statement page (发表谈话) of the Chinese development pages: one turn by the spokesperson."""
    pages = shared_path("zh_official", "mfa_spokesperson_zh_2016-2019.jsonl.gz")
    with gzip.open(pages, "rt", encoding="utf-8") as lines:
        for line in lines:
            if "发表谈话" in line[:200_000]:
                row = json.loads(line)
                title = re.search(r"<title>(.*?)</title>", row["html"], re.S)
                if title and "发表谈话" in title.group(1):
                    (tmp_path / re.search(r"(t\d+)\.shtml", row["url"]).group(1)).with_suffix(".html").write_text(
                        row["html"], "utf-8")
    corpus = dx.load(tmp_path)
    assert len(corpus.documents) >= 10
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"]  # and reported speech inside them
    assert (turns.groupby("doc_id").size() == 1).all() and turns["doc_id"].nunique() == len(corpus.documents)
    assert turns["speaker_role"].eq("spokesperson").all()
    assert turns["speaker"].isin(["Lu Kang", "Geng Shuang", "Hua Chunying"]).all()


def test_a_label_alone_on_its_paragraph_and_a_label_with_no_words(tmp_path):
    paras = ["Welcome.", "Q:", "What about the tariffs?", "A:", "We oppose them.", "Q: Anything else?", "A: No.", "A:"]
    press = press_conference(paras, "Spokesperson Lu Kang's Regular Press Conference on May 2, 2018")
    text = "\n\n".join(paras)
    assert [(q.label, text[q.start:q.end]) for q in press.quotes] == [
        ("", "Welcome."), ("Q", "What about the tariffs?"), ("A", "We oppose them."), ("Q", "Anything else?"),
        ("A", "No.")]  # labels never in a turn's words; a label with no words gives no turn


def test_a_press_conference_page_without_turns_is_kept_as_prose_with_a_note(tmp_path, capsys):
    from discourse.cli import main

    title = "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 2, 2018"
    paras = ["The Foreign Minister of Kazakhstan will visit China next week.",
             "The two sides will exchange views on bilateral relations."]
    (tmp_path / "p.html").write_text(_page(title, paras), "utf-8")
    corpus = dx.load(tmp_path / "p.html")
    assert corpus.quotes.empty and len(corpus.documents) == 1
    assert "no speaker turns" in json.loads(corpus.documents.loc[0, "meta"])["turns_note"]
    assert main(["load", "-q", str(tmp_path / "p.html"), "-o", str(tmp_path / "out")]) == 0
    assert "pages to check: 1 titled as press conferences" in capsys.readouterr().out


def test_without_a_presiding_spokesperson_nothing_is_credited_to_one():
    """A news conference of two leaders (Kremlin style): a question runs on until the next label."""
    paras = ["Vladimir Putin: Good afternoon, colleagues.", "Question: Mr President, what about the gas deal?",
             "And a second point, if I may, on the visa regime.", "Vladimir Putin: We have agreed on both.",
             "Question: When will the pipeline be finished?", "Recep Tayyip Erdogan: Next year.",
             "A: Thank you."]
    press = press_conference(paras, "News conference following Russian-Turkish talks")
    text = "\n\n".join(paras)
    turns = [(q.speaker, q.speaker_role, text[q.start:q.end][:20]) for q in press.quotes]
    assert turns[1] == (None, "journalist", "Mr President, what a")
    assert text[press.quotes[1].start:press.quotes[1].end].endswith("on the visa regime.")  # not a reply
    assert all(role != "spokesperson" for _, role, _ in turns) and turns[-1][:2] == (None, None)


def test_a_transcript_saved_as_plain_text(tmp_path):
    """The same reader for a .txt transcript: the headline line is the title, its date the date."""
    lines = ["Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 2, 2018",
             "The Foreign Minister of Kazakhstan will visit China from 6 to 8 May.",
             "Q: When will he arrive in Beijing?", "A: On Monday. The two sides will discuss cooperation.",
             "Q: Will he meet the President?", "A: I have no information at the moment."]
    (tmp_path / "p.txt").write_text("\n\n".join(lines) + "\n", "utf-8")
    corpus = dx.load(tmp_path / "p.txt")
    doc = corpus.documents.iloc[0]
    assert doc["title"] == lines[0] and str(doc["published"])[:10] == "2018-05-02" and doc["date_source"] == "title"
    assert not doc["text"].startswith("Foreign Ministry")
    turns = corpus.quotes
    assert turns["speaker_role"].tolist() == ["spokesperson", "journalist", "spokesperson", "journalist",
                                              "spokesperson"]
    assert turns["reply_to"].tolist() == [pd.NA, pd.NA, 1, pd.NA, 3] and set(turns["speaker"].dropna()) == {"Lu Kang"}
