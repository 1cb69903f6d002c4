"""Quotes and speakers: the golden seed article, the Wikinews gold standard, and bad input."""

import json
import sys

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse.corpus._quotes import QuoteSpan, extract_quotes, parse_speaker, prose_quotes
from discourse.corpus._segment import paragraph_spans, sentence_spans
from tests.conftest import DATA, ROOT

GOLDEN = json.loads((DATA / "golden" / "000_dc699da55f7d4812.expected.json").read_text("utf-8"))


def _quotes(text):
    paras = paragraph_spans(text)
    sents = [s for a, b in paras for s in sentence_spans(text, a, b)]
    return extract_quotes(text, paras, sents)


def test_golden_quotes(seed_corpus):
    quotes = seed_corpus.quotes
    assert len(quotes) == GOLDEN["quotes_total"]
    for got, want in zip(quotes.itertuples(), GOLDEN["quotes"]):
        assert got.kind == want["kind"]
        if "text" in want:
            assert got.text == want["text"]
        else:
            assert want["text_contains"] in got.text
        assert got.speaker == want["speaker"] and got.speaker_country == want["speaker_country"]
        if "cue" in want:
            assert got.cue == want["cue"]
        if "speaker_role_contains" in want:
            assert want["speaker_role_contains"] in got.speaker_role
    assert quotes["attribution"].tolist() == ["adjacent_cue", "carried_over", "surname"]


def test_quote_offsets_point_into_text(seed_corpus):
    text = seed_corpus.documents.loc[0, "text"]
    for q in seed_corpus.quotes.itertuples():
        assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("phrase, name, role", [
    ("Foreign Ministry spokesman Lin Jian", "Lin Jian", "Foreign Ministry spokesman"),
    ("President Hassan Rouhani of Iran", "Hassan Rouhani", "President of Iran"),
    ("Former US Ambassador to the United Nations Nikki Haley", "Nikki Haley",
     "Former US Ambassador to the United Nations"),
    ("AU chairperson President Abdel Fattah el-Sisi of Egypt", "Abdel Fattah el-Sisi", None),
    ("Member of Parliament (MP) Yvette Cooper of the Labour Party", "Yvette Cooper", None),
])
def test_speaker_phrases(phrase, name, role):
    speaker = parse_speaker(phrase)
    assert speaker.kind == "person" and speaker.name == name
    if role:
        assert speaker.role == role


def test_news_conventions():
    text = ('“We will not give in,” the minister said. “The talks go on.”\n\n'
            '“Our position is clear. We want peace\n\n'
            '“and we want it now,” Ms. Kaur added.\n\n'
            'According to the Foreign Ministry, the visit will take place in May.')
    quotes = _quotes(text)
    kinds = [(q.kind, text[q.start:q.end], q.attribution) for q in quotes]
    assert kinds[0] == ("direct", "We will not give in,", "group")
    assert kinds[1] == ("direct", "The talks go on.", "carried_over")
    assert quotes[2].flags == "unclosed" and text[quotes[2].start:quotes[2].end].endswith("We want peace")
    assert quotes[3].speaker == "Kaur"
    assert (quotes[4].kind, quotes[4].speaker, quotes[4].cue) == ("indirect", "Foreign Ministry", "According to")


def test_mixed_quote():
    text = 'Kevin Conolly said a law allowing the termination of a life marked a "sad day for NSW".'
    (quote,) = _quotes(text)
    assert quote.kind == "mixed" and quote.speaker == "Kevin Conolly"
    assert text[quote.start:quote.end].startswith("a law allowing")


@pytest.mark.parametrize("text", [
    '"' * 7, "“ ” “", 'He said "' + "word " * 4000, '"' + "x" * 20000, "said said said",
    "According to, the", '“Unclosed at the end', '” stray closer', "",
])
def test_bad_input_never_crashes(text):
    quotes = _quotes(text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text)


def test_unattributed_quote_is_kept_unresolved():
    (quote,) = _quotes('“This will change everything for the region.”')
    assert quote.speaker is None and quote.attribution == "unresolved"


def test_wikinews_gold_standard_meets_targets():
    sys.path.insert(0, str(ROOT / "docs" / "validation"))
    import quotes as validation

    table, _, _ = validation.evaluate()
    overall = table[table["fold"] == "all"].iloc[0]
    assert overall["direct_recall"] >= 0.95
    assert overall["direct_speaker_accuracy"] >= 0.90
    assert overall["speaker_accuracy"] >= 0.85
    assert overall["country_precision"] >= 0.80


@pytest.mark.parametrize("text, name, role", [
    ('"We are very pleased with the results," Jeffrey Bewkes, the chief executive of Time Warner, said.',
     "Jeffrey Bewkes", "chief executive of Time Warner"),
    ('"This bill is a disgrace to the Senate," Senator Charles E. Grassley, Republican of Iowa, said on Tuesday.',
     "Charles E. Grassley", "Senator"),
    ('"Exports will grow this year," Lin Jian, the Foreign Ministry spokesman, told reporters.',
     "Lin Jian", "Foreign Ministry spokesman"),
])
def test_a_speaker_with_an_apposition_is_resolved(text, name, role):
    found = _quotes(text)
    assert [(q.speaker, q.speaker_role) for q in found] == [(name, role)]


@pytest.mark.parametrize("opener", ["Recently", "Well", "Separately", "Having", "You", "It's", "Meanwhile"])
def test_sentence_openers_never_speak(opener):
    found = parse_speaker(opener)  # "You" is a pronoun, a speaker only in a question that someone answers
    assert found is None or (found.kind, found.name) == ("pronoun", None)
    found = _quotes(f'{opener}, officials said the plan would be delayed. "It is complicated," {opener} said.')
    assert all(q.speaker != opener for q in found)


@pytest.mark.parametrize("open_, close", [('"', '"'), ("“", "”")])
def test_a_quote_running_over_paragraphs_is_kept_whole_and_attributed(open_, close):
    text = (f"{open_}We will not give in to pressure.\n\n"
            f"{open_}We will defend our interests,{close} Foreign Minister Sergei Lavrov said.")
    paras = paragraph_spans(text)
    found = _quotes(text)
    assert [text[q.start:q.end] for q in found] == ["We will not give in to pressure.", "We will defend our interests,"]
    assert {q.speaker for q in found} == {"Sergei Lavrov"} and len(paras) == 2


@pytest.mark.parametrize("text", [
    "There were 40 confirmed cases in Hubei on Monday, far more than a week ago.",
    "The number of confirmed deaths rose to 12 over the weekend in the north.",
    "The member states of the union met again in Brussels on Friday.",
])
def test_nouns_and_adjectives_are_no_cues(text):
    assert _quotes(text) == []


def test_a_verb_after_a_subject_is_still_a_cue():
    found = _quotes("The report states that 40 people died in the floods. Residents reported that the dam broke early.")
    assert [q.cue for q in found] == ["states", "reported"]


def test_a_name_and_its_apposition_are_never_content():
    text = "Dong Xiaolin, a trade official, spoke on Monday. The talks had failed badly, Dong Xiaolin, a trade official, said."
    found = _quotes(text)
    assert [(text[q.start:q.end], q.speaker) for q in found] == [("The talks had failed badly", "Dong Xiaolin")]


def test_a_quote_closed_paragraphs_later_without_reopening_marks_is_kept():
    text = ("The message reads, in particular:\n\n“It is pleasing to see that this initiative is developing.\n\n"
            "It is symbolic that this meeting takes place in Moscow.\n\nToday, it is important to go on.”\n\n"
            "The forum opened on Monday.")
    found = _quotes(text)
    assert [text[q.start:q.end][:12] for q in found] == ["It is pleasi", "It is symbol", "Today, it is"]
    other = "“We will go on, the minister said.\n\nThe forum opened on Monday with “new ideas” for all."
    assert not any(other[q.start:q.end].startswith("The forum") for q in _quotes(other))  # next mark opens


def test_a_bare_surname_only_one_registry_person_has_is_that_person(tmp_path):
    import pandas as pd

    import discourse as dx

    text = "Mr Putin met the governor on Monday. The region must attract more investment, Putin said."
    quotes = dx.load(pd.DataFrame({"text": [text], "source": ["Kremlin"], "published": ["2005-03-01"]})).quotes
    assert quotes[["speaker", "speaker_country"]].values.tolist() == [["Vladimir Putin", "RUS"]]
    ambiguous = dx.load(pd.DataFrame({"text": ["Trade must grow faster this year, Kim said."], "source": ["X"]}))
    assert ambiguous.quotes["speaker"].tolist() == ["Kim"]


@pytest.mark.parametrize("text", [
    "I'd like to stress that Taiwan is an inalienable part of China's territory.",  # said now, not reported
    "We urge the United States to stop its wrong practices immediately.",
    "We have noted that the two sides held talks in a friendly atmosphere.",  # noticed
    "We have said many times that the talks would go on.",  # the writer's own voice outside a turn
    "The United States announced new tariffs on steel yesterday.",  # an object, not what was said
    "Officials confirmed the dates of the summit in Astana on Monday.",
    "The President has spoken with each of their families this week.",
    "I have responded to this question on many occasions.",  # a prepositional object
    "We have continued to see exchanges of fire on both sides of the border.",  # an infinitive, no report
    "You guys are issuing this warning to Iran two days after renewing a waiver.",  # a noun in -ing
])
def test_statements_and_objects_are_no_reported_speech(text):
    assert _quotes(text) == []


@pytest.mark.parametrize("text, content, speaker", [
    ("As State Councilor Wang Yi pointed out, China and the US both gain from cooperation.",
     "China and the US both gain from cooperation", "Wang Yi"),
    ("Trade will grow, as Prime Minister Jacinda Ardern said, because both sides want it.",
     "because both sides want it", "Jacinda Ardern"),
    ("Has Foreign Minister Sergey Lavrov said that the talks failed?", "the talks failed", "Sergey Lavrov"),
    ("Senator Tim Kaine said yesterday that Congress should act on the border.",
     "Congress should act on the border", "Tim Kaine"),
    ("The President has made clear that he will not accept this deal.", "he will not accept this deal", None),
    ("Governor Ann Lee announced that the state will invest $2 billion in new factories.",
     "the state will invest $2 billion in new factories", "Ann Lee"),
])
def test_reports_by_form(text, content, speaker):
    (q,) = _quotes(text)
    assert (text[q.start:q.end], q.speaker) == (content, speaker)


@pytest.mark.parametrize("text, content, speaker, role", [
    # a name, then an apposition naming its office with a place: the place is no speaker
    ("On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government will withdraw "
     "the bill.", "her government will withdraw the bill", "Carrie Lam", "chief executive of Hong Kong"),
    ("Anne Hidalgo, the mayor of Paris, said that the city would open its pools all summer.",
     "the city would open its pools all summer", "Anne Hidalgo", "mayor of Paris"),
    # a conjunction opening the sentence before its subject
    ("But Senator Ann Lee said that the Jobs Plan needed the Families Plan.", "the Jobs Plan needed the Families Plan",
     "Ann Lee", "Senator"),
    ("And Governor Kay Ivey noted that the state had recovered.", "the state had recovered", "Kay Ivey", "Governor"),
    # cue verbs with a doubled consonant, and a base form after a modal
    ("Earlier this year, Ann Lee committed that the United States will be an arsenal of vaccines.",
     "the United States will be an arsenal of vaccines", "Ann Lee", None),
    ("President Ann Lee will make it clear that the country stands with its allies.",
     "the country stands with its allies", "Ann Lee", "President"),
    # "said before that", "said last week that"
    ("Ann Lee said before that the two plans must move together.", "the two plans must move together", "Ann Lee", None),
    ("Ann Lee said last week that the two plans must move together.", "the two plans must move together", "Ann Lee", None),
    # a restrictive relative clause: the name before "who"
    ('The bill was drafted by Alex Greenwich who said on the floor, "It follows decades of work from campaigners."',
     "It follows decades of work from campaigners.", "Alex Greenwich", None),
    # "be clear" and "be explicit" with a person or a role as subject, and "that" or a colon
    ("Senator Ann Lee has always been clear that she intends to pass both bills.",
     "she intends to pass both bills", "Ann Lee", "Senator"),
    ("Foreign Minister Wang Yi was very explicit that the sanctions must go.", "the sanctions must go", "Wang Yi",
     "Foreign Minister"),
    ("So, on this point, Governor Kay Ivey has been clear: the state will not raise taxes.",
     "the state will not raise taxes", "Kay Ivey", "Governor"),
    ("Ann Lee has made very clear that the talks will go on.", "the talks will go on", "Ann Lee", None),
    # a verb of speech only with a quoted fragment: "called X "a nightmare""
    ("For example, Senator Ann Lee called the Inflation Reduction Act “a nightmare for the state.”",
     "the Inflation Reduction Act “a nightmare for the state.”", "Ann Lee", "Senator"),
    # a spoken filler between the cue and what was said
    ("Ann Lee said, you know, the people spoke very clearly.", "the people spoke very clearly", "Ann Lee", None),
    ("Ann Lee said, I mean, the people spoke very clearly.", "the people spoke very clearly", "Ann Lee", None),
    # a second verb after "but": the subject of the sentence
    ("Representative Joe Wilson blasted the law but later announced, “I welcome the plans to invest $2 billion.”",
     "I welcome the plans to invest $2 billion.", "Joe Wilson", "Representative"),
    # "according to" a document and its issuer
    ("According to a statement released by Senator Ann Lee, the talks were constructive.",
     "the talks were constructive", "Ann Lee", "Senator"),
    ("According to a report issued by Governor Kay Ivey, the state had recovered.", "the state had recovered",
     "Kay Ivey", "Governor"),
])
def test_speaker_phrases_by_class(text, content, speaker, role):
    (q,) = _quotes(text)
    assert (text[q.start:q.end], q.speaker, q.speaker_role) == (content, speaker, role)


@pytest.mark.parametrize("text", [
    "It is clear that the talks failed.", "The message was clear: the talks failed.",
    "The minister was clear about the timetable and left.", "This is very clear: the border is closed.",
    "The so-called “peace plan” was rejected by both sides.", "A man called John said hello to the crowd.",
    "Wang Yi called the meeting to order on Monday.",
])
def test_clear_and_called_are_no_report_without_their_form(text):
    assert [q.cue for q in _quotes(text) if q.cue and q.cue.startswith(("is", "was", "called", "been"))] == []


@pytest.mark.parametrize("phrase, kind, role", [
    ("Some of his supporters", "group", "supporters"), ("Even some of his supporters", "group", "supporters"),
    ("many of the officials", "group", "officials"), ("He’s", "pronoun", None), ("she's", "pronoun", None),
    ("the Inflation Reduction Act", None, None), ("the American Families Plan", None, None),
    ("the Paris Agreement", None, None),
])
def test_speaker_phrases_of_quantities_contractions_and_titles(phrase, kind, role):
    found = parse_speaker(phrase)
    assert (found.kind if found else None, found.role if found else None) == (kind, role)


@pytest.mark.parametrize("text, speaker", [
    ("Ann Lee said the currencies “cost Africa $5 billion,” further saying, “Beyond that, trade suffers.”", "Ann Lee"),
    ("Ann Lee said, “There is a court order,” also observing, “there is no common law.”", "Ann Lee"),
    ("The talks ended.\nBolton gave another account, also speaking via Twitter: “I offered to resign.”", "Bolton"),
])
def test_a_participle_after_a_quote_is_the_sentence_speakers(text, speaker):
    found = _quotes(text)
    assert found and found[-1].kind == "direct" and found[-1].speaker == speaker


def test_he_in_a_turn_is_never_the_turns_own_speaker():
    from discourse.corpus._quotes import prose_quotes
    from discourse.corpus._records import QuoteSpan

    t = "MS. LEE: Ann Lee is my name. He has said that the talks would go on. He’s saying that both plans matter."
    turn = QuoteSpan(9, len(t), "turn", "Ann Lee", "Press Secretary", "USA")
    found = prose_quotes(t, [(0, len(t))], sentence_spans(t), [turn])
    assert [t[q.start:q.end] for q in found] == ["the talks would go on", "both plans matter"]
    assert [q.speaker for q in found] == [None, None]


@pytest.mark.parametrize("phrase", ["the chief executive of Hong Kong", "the governor of New York", "the mayor of London"])
def test_a_place_after_a_role_is_no_name(phrase):
    found = parse_speaker(phrase)
    assert (found.kind, found.name, found.role) == ("group", None, phrase[4:])


def test_a_surname_named_in_full_only_later_is_the_full_name():
    text = ("Ivey said that the state had recovered from the storm. Governor Kay Ivey of Alabama visited "
            "the coast on Monday.")
    q = _quotes(text)[0]
    assert (q.speaker, q.attribution) == ("Kay Ivey", "surname")


def test_you_in_a_question_is_whoever_answers_it():
    from discourse.corpus._quotes import prose_quotes
    from discourse.corpus._records import QuoteSpan

    text = ("MS. PSAKI: Good afternoon, everyone.\n\n"
            "Q Thanks, Jen. In July you said that it was not the role of the federal government to blame anyone.\n\n"
            "MS. PSAKI: I think that is right, and you have been here a long time.\n")
    paras = paragraph_spans(text)
    turns = [QuoteSpan(a + text[a:b].index(":") + 2 if ":" in text[a:b] else a + 2, b, "turn", *who)
             for (a, b), who in zip(paras, [("Jen Psaki", "Press Secretary", "USA"), (None, "journalist", None),
                                            ("Jen Psaki", "Press Secretary", "USA")])]
    sents = [s for a, b in paras for s in sentence_spans(text, a, b)]
    found = prose_quotes(text, paras, sents, turns)
    assert [(text[q.start:q.end], q.speaker, q.attribution) for q in found] == [
        ("it was not the role of the federal government to blame anyone", "Jen Psaki", "addressee")]


@pytest.mark.parametrize("adverb", ["also", "then", "further", "later"])
def test_a_pronoun_with_an_adverb_is_the_last_sentence_subject(adverb):
    text = ("President Jiang Zemin praised the talks. Minister Chi Haotian confirmed the leadership's support. "
            f"He {adverb} said that Russia and China had the same attitude to terrorism.")
    quotes = _quotes(text)
    assert (quotes[-1].speaker, quotes[-1].attribution) == ("Chi Haotian", "pronoun")


@pytest.mark.parametrize("text, date, expected", [
    # the subject after fronted adverbials ("This year, ...", "According to reports, on September 24, ..."),
    # even when a quote speaker was named in an earlier paragraph
    ("Q: During an interview, Michael Moller, the Director-General of the UN Office at Geneva, said that China "
     "plays a vital role. What is your comment?\n\nA: We appreciate Director-General Moller's remarks. This year, "
     "Vice President Wang Qishan attended the annual meeting in Davos. He pointed out that unilateralism brings "
     "risks.", "2019-01-25", ("unilateralism brings risks", "Wang Qishan")),
    # a titled surname with its state, as the subject of a question's sentence
    ("Q: According to reports, on September 24, US President Trump mentioned China several times in his speech. "
     "He accused China of failing to keep its commitments. What's your comment?\n\nA: We have noted the reports.",
     "2019-09-25", ("China of failing to keep its commitments", "Donald Trump")),  # the charge with its object
    ("Q: On September 22, US Secretary Pompeo met Central Asian foreign ministers. He said that the region "
     "should resist pressure. What's your comment?\n\nA: We have noted the reports.", "2019-09-25",
     ("the region should resist pressure", "Mike Pompeo")),
])
def test_a_pronoun_in_a_turn_is_the_subject_after_fronted_adverbials(text, date, expected):
    q = dx.load(pd.DataFrame({"text": [text], "published": [date]}), progress=False).quotes
    assert expected in [(text[r.start:r.end], r.speaker) for r in q.query("kind != 'turn'").itertuples()]


def test_one_word_and_a_comma_opening_a_question_is_the_one_addressed(tmp_path):
    (tmp_path / "2022-11-28-press-briefing.md").write_text(
        "---\ndate: '2022-11-28'\ntitle: Press Briefing by Press Secretary Karine Jean-Pierre\n---\n\n"
        "MS. JEAN-PIERRE: Good afternoon.\n\nQ Thanks. Karine, following up on the question about the ban, he said "
        "on Thursday that he was going to count the votes.\n\nMS. JEAN-PIERRE: We have been clear.\n", "utf-8")
    q = dx.load(tmp_path, progress=False).quotes
    assert "Karine Jean-Pierre" not in q.query("kind != 'turn'")["speaker"].dropna().tolist()


@pytest.mark.parametrize("label, body, expected", [
    # a president named before, in a question or in the official's own turn: "the President" is still the home one
    ("MR. SAMS", "Q Thanks. President Zelenskyy spoke to Congress yesterday. Is there a response?\n\nMR. SAMS: "
     "The President has been clear that the aid will continue.", "Joe Biden"),
    ("MS. JEAN-PIERRE", "MS. JEAN-PIERRE: We mourn the loss of former President Sebastián Piñera. Now, the "
     "President directed his team to return the documents. He said that it was the right thing to do.", "Joe Biden"),
    # the Prime Minister is no office of the home state: the one named before
    ("MS. JEAN-PIERRE", "MS. JEAN-PIERRE: Prime Minister Sunak and President Biden had a long talk. The Prime "
     "Minister said that the two countries stand together.", "Rishi Sunak"),
])
def test_a_bare_office_in_a_government_briefing_is_its_own(tmp_path, label, body, expected):
    (tmp_path / "2024-02-09-press-briefing.md").write_text(
        "---\ndate: '2024-02-09'\ntitle: Press Briefing by Press Secretary Karine Jean-Pierre\n---\n\n"
        f"MS. JEAN-PIERRE: Good afternoon.\n\n{body}\n", "utf-8")
    q = dx.load(tmp_path, progress=False).quotes.query("kind != 'turn'")
    assert q["speaker"].tolist()[-1] == expected


def test_a_bare_title_is_who_held_it_in_the_turns_state(tmp_path):
    (tmp_path / "2022-03-01-press-briefing.md").write_text(
        "---\ndate: '2022-03-01'\ntitle: Press Briefing by Press Secretary Jen Psaki\n---\n\n"
        "MS. PSAKI: President Putin met the Chinese leader last month. Yesterday, the President announced that "
        "the United States will send more aid to Ukraine.\n", "utf-8")
    import discourse as dx

    (q,) = dx.load(tmp_path, progress=False).quotes.query("kind != 'turn'").itertuples()
    assert (q.speaker, q.speaker_role, q.speaker_country) == ("Joe Biden", "President", "USA")


@pytest.mark.parametrize("title, date, pronoun, holder, country", [
    ("the president", "2022-03-01", "He", "Joe Biden", "USA"),
    ("the President", "2018-06-01", "He", "Donald Trump", "USA"),
    ("the vice president", "2022-03-01", "She", "Kamala Harris", "USA"),
    ("the secretary of state", "2022-03-01", "He", "Antony Blinken", "USA"),
    # the holder's given name is the other sex's: the pronoun is someone else
    ("the vice president", "2022-03-01", "He", None, "USA"),
    ("the president", "2022-03-01", "She", None, "USA"),
])
def test_a_pronoun_after_a_bare_title_in_a_turn_is_its_holder(tmp_path, title, date, pronoun, holder, country):
    (tmp_path / f"{date}-press-briefing.md").write_text(
        f"---\ndate: '{date}'\ntitle: Press Briefing by the Press Secretary\n---\n\n"
        f"MS. LEE: Good afternoon. I travelled with {title} to Kentucky last week. "
        f"{pronoun} has said that there is no substitute for meeting the victims.\n", "utf-8")
    import discourse as dx

    (q,) = dx.load(tmp_path, progress=False).quotes.query("kind != 'turn'").itertuples()
    assert (None if pd.isna(q.speaker) else q.speaker, q.attribution) == (holder, "pronoun")
    if holder is not None:
        assert q.speaker_country == country


def test_a_pronoun_after_a_foreign_title_or_a_named_person_is_not_the_home_holder(tmp_path):
    import pandas as pd

    import discourse as dx

    texts = ["MS. LEE: I spoke with the President of France on Monday. He said the talks would go on.",
             "MS. LEE: Senator Jane Doe met the president. She said the bill would pass."]
    q = dx.load(pd.DataFrame({"text": texts, "published": ["2022-03-01"] * 2})).quotes
    assert q["speaker"].dropna().tolist() == ["Jane Doe"]


@pytest.mark.parametrize("surname, full", [("Zelensky", "Volodymyr Zelenskyy"), ("Erdogan", "Recep Tayyip Erdoğan"),
                                           ("Milley", "Mark Milley"), ("Austin", "Lloyd Austin")])
def test_a_titled_surname_is_the_registry_person_in_office(surname, full):
    import pandas as pd

    import discourse as dx

    text = f"The talks went on for hours. The aid will arrive within weeks, {surname} said on Tuesday."
    q = dx.load(pd.DataFrame({"text": [text], "published": ["2022-06-01"]})).quotes
    assert q["speaker"].tolist() == [full]


_LATER_BATCHES = {  # folder: (its items, coder A's items, coder B's items)
    "wikinews_quotes2": (36, range(1, 23), [1, 2, 3, 4, *range(19, 37)]),
    "wikinews_quotes3": (36, range(1, 23), [1, 2, 3, 4, *range(19, 37)]),
    "wikinews_quotes4": (67, range(1, 41), [*range(1, 8), *range(34, 68)]),
}


@pytest.mark.parametrize("folder", sorted(_LATER_BATCHES))
def test_the_later_wikinews_gold_is_whole(folder):
    """tests/data/wikinews_quotes2, 3 and 4: articles drawn by wikinews_quotes2/sample.py (no two
    batches share one), each coded by coder A or B or both; every quote an exact substring of the body
    as loaded."""
    gold = ROOT / "tests" / "data" / folder
    size, coder_a, coder_b = _LATER_BATCHES[folder]
    sample = pd.read_csv(gold / "sample.csv")
    assert sample["item"].tolist() == list(range(1, size + 1))
    others = [pd.read_csv(ROOT / "tests" / "data" / other / "sample.csv") for other in _LATER_BATCHES if other != folder]
    assert not any(set(sample["url"]) & set(other["url"]) for other in others)
    bodies = dx.load(ROOT / "corpora" / "wikinews" / "wikinews_2019.csv", progress=False).documents.set_index("url")
    for coder, items in (("coderA", list(coder_a)), ("coderB", coder_b)):
        coded = [json.loads(line) for line in (gold / f"{coder}.jsonl").read_text("utf-8").splitlines()]
        assert [a["item"] for a in coded] == items
        for art in coded:
            assert art["url"] == sample.loc[sample["item"] == art["item"], "url"].iloc[0]
            text = bodies.loc[art["url"], "text"]
            for q in art["quotes"]:
                assert q["kind"] in {"direct", "indirect", "mixed"} and text.count(q["text"]) > q["occurrence"]


def test_the_press_quote_gold_is_whole():
    """tests/data/press_quotes: 40 items coded by a first coder, 8 by a second; MFA spans as offsets only."""
    import hashlib

    import pandas as pd

    gold = ROOT / "tests" / "data" / "press_quotes"
    sample = pd.read_csv(gold / "sample.csv")
    assert sample["number"].tolist() == list(range(1, 41))
    for corpus, numbers, seconds in (("mfa", range(1, 21), {5, 10, 15, 20}), ("wh", range(21, 41), {25, 30, 35, 40})):
        one, two = ([json.loads(line) for line in (gold / f"{corpus}_coder{n}.jsonl").read_text("utf-8").splitlines()]
                    for n in (1, 2))
        assert [i["number"] for i in one] == list(numbers) and {i["number"] for i in two} == seconds
        for item in one + two:
            row = sample.loc[sample["number"] == item["number"]].iloc[0]
            assert (item["doc_id"], item["window_end"]) == (row["doc_id"], row["window_end"])
            for q in item["quotes"]:
                assert q["kind"] in {"direct", "indirect", "mixed"} and 0 <= q["start"] < q["end"]
                assert q["start"] < item["window_end"] and len(q["sha1"]) == 10
                if corpus == "mfa":
                    assert "text" not in q  # copyrighted: references only
                else:
                    assert hashlib.sha1(q["text"].encode("utf-8")).hexdigest()[:10] == q["sha1"]
                    assert len(q["text"]) == q["end"] - q["start"]


def test_the_development_quote_gold_is_whole():
    """tests/data/quotes_dev: 29 Kremlin and 12 MFA items apart from the held-out gold; MFA spans as offsets only."""
    gold = ROOT / "tests" / "data" / "quotes_dev"
    sample = pd.read_csv(gold / "sample.csv")
    held = set(pd.read_csv(ROOT / "tests" / "data" / "kremlin_quotes" / "sample.csv")["doc_id"]) | \
        set(pd.read_csv(ROOT / "tests" / "data" / "press_quotes" / "sample.csv")["doc_id"])
    assert not held & set(sample["doc_id"]), "development items are never held-out items"
    for corpus, seconds in (("kremlin", {5, 10, 15, 20, 25}), ("mfa", {30, 35, 40})):
        rows = sample[sample["corpus"] == ("mfa_en" if corpus == "mfa" else corpus)]
        one, two = ([json.loads(line) for line in (gold / f"{corpus}_coder{n}.jsonl").read_text("utf-8").splitlines()]
                    for n in (1, 2))
        assert [i["number"] for i in one] == rows["number"].tolist() and {i["number"] for i in two} == seconds
        for item in one + two:
            row = sample.loc[sample["number"] == item["number"]].iloc[0]
            assert item["doc_id"] == row["doc_id"]
            for q in item["quotes"]:
                assert q["kind"] in {"direct", "indirect", "mixed"} and 0 <= q["start"] < q["end"] <= row["window_end"]
                if corpus == "mfa":
                    assert "text" not in q and len(q["sha1"]) == 10  # copyrighted: references only
                else:
                    assert len(q["text"]) == q["end"] - q["start"]


def test_the_second_development_batch_is_whole_and_apart():
    """tests/data/quotes_dev second batch: 27 Kremlin items apart from the held-out gold and the first batch."""
    gold = ROOT / "tests" / "data" / "quotes_dev"
    first, second = pd.read_csv(gold / "sample.csv"), pd.read_csv(gold / "sample2.csv")
    held = set(pd.read_csv(ROOT / "tests" / "data" / "kremlin_quotes" / "sample.csv")["doc_id"])
    assert not (held | set(first["doc_id"])) & set(second["doc_id"])
    assert second["number"].tolist() == list(range(len(first) + 1, len(first) + 1 + len(second)))
    items = [json.loads(line) for line in (gold / "kremlin2_coder1.jsonl").read_text("utf-8").splitlines()]
    assert [(i["number"], i["doc_id"]) for i in items] == list(zip(second["number"], second["doc_id"]))
    for q in (q for i in items for q in i["quotes"]):
        assert q["kind"] in {"direct", "indirect", "mixed"} and len(q["text"]) == q["end"] - q["start"] > 0


def _zhru(text, language, mentions, turns=()):
    from discourse.corpus._quotes_zhru import reported_speech
    from discourse.corpus._segment import sentence_spans

    names = {"WANG_YI": "Wang Yi", "CHN": "China", "USA": "United States", "VLADIMIR_PUTIN": "Vladimir Putin",
             "RUS": "Russia"}.get
    return [(text[q.start:q.end], q.kind, q.speaker) for q in
            reported_speech(text, sentence_spans(text), language, mentions, turns, names)]


def _m(text, surface, actor, kind, country, role=None):
    from discourse.corpus._mentions import Mention

    at = text.index(surface)
    return Mention(at, at + len(surface), surface, actor, kind, country, role)


@pytest.mark.parametrize("text, expected", [
    ("王毅表示，中方愿同各方加强合作。", [("中方愿同各方加强合作", "indirect", "Wang Yi")]),
    ("王毅强调指出，中方愿同各方加强合作。", [("中方愿同各方加强合作", "indirect", "Wang Yi")]),
    ("王毅说：“我们反对单边主义。”", [("我们反对单边主义。", "direct", "Wang Yi")]),
    ("据美方报道，双方将举行会谈。", [("双方将举行会谈", "indirect", "United States")]),
    ("会议在北京举行。", []),  # no cue
    ("有人说，这是一个好主意。", [("这是一个好主意", "indirect", None)]),  # kept, nobody named
])
def test_chinese_reported_speech(text, expected):
    mentions = [_m(text, s, a, k, c) for s, a, k, c in (("王毅", "WANG_YI", "person", "CHN"), ("美方", "USA", "state", "USA"),
                                                         ("中方", "CHN", "state", "CHN")) if s in text]
    mentions = [m for m in mentions if not (m.surface == "中方" and "王毅" in text)]
    assert _zhru(text, "zh", mentions) == expected


def test_chinese_turns_report_only_earlier_words():
    from discourse.corpus._records import QuoteSpan

    text = "答：中方已多次表明，台湾是中国领土不可分割的一部分。我们认为，各方应保持克制。"
    turn = QuoteSpan(0, len(text), "turn", "Geng Shuang", "spokesperson", "CHN")
    mentions = [_m(text, "中方", "CHN", "state", "CHN")]
    assert _zhru(text, "zh", mentions, [turn]) == [("台湾是中国领土不可分割的一部分", "indirect", "China")]


@pytest.mark.parametrize("text, expected", [
    ("Владимир Путин подчеркнул, что Россия готова к диалогу.", [("Россия готова к диалогу", "indirect", "Vladimir Putin")]),
    ("По словам Владимира Путина, переговоры продолжатся.", [("переговоры продолжатся", "indirect", "Vladimir Putin")]),
    ("«Мы готовы к диалогу», – сказал Владимир Путин.", [("Мы готовы к диалогу", "direct", "Vladimir Putin")]),
    ("Владимир Путин сказал с коллегой несколько слов.", []),  # no clause: no report
])
def test_russian_reported_speech(text, expected):
    for surface in ("Владимир Путин", "Владимира Путина"):
        if surface in text:
            mentions = [_m(text, surface, "VLADIMIR_PUTIN", "person", "RUS", "President")]
    assert _zhru(text, "ru", mentions) == expected


def test_the_chinese_and_russian_quote_gold_is_whole():
    """tests/data/zhru_quotes: 24 development openings by coder 1, 6 by coder 2; 28 held-out openings
    by coder 1, 7 by coder 2; offsets and hashes, no text."""
    import pandas as pd

    gold = ROOT / "tests" / "data" / "zhru_quotes"
    development = pd.read_csv(ROOT / "tests" / "data" / "zhru_actors" / "sample.csv").set_index("number")
    held_out = pd.read_csv(gold / "heldout_sample.csv").set_index("number")
    for name, numbers, sample in (("coder1", list(range(1, 25)), development),
                                  ("coder2", [4, 8, 12, 16, 20, 24], development),
                                  ("heldout_coder1", list(range(1, 29)), held_out),
                                  ("heldout_coder2", [4, 8, 12, 16, 20, 24, 28], held_out)):
        items = [json.loads(line) for line in (gold / f"{name}.jsonl").read_text("utf-8").splitlines()]
        assert [i["number"] for i in items] == numbers
        for item in items:
            assert item["doc_id"] == sample.loc[item["number"], "doc_id"]
            for q in item["quotes"]:
                assert q["kind"] in {"direct", "indirect", "mixed"} and 0 <= q["start"] < q["end"]
                assert len(q["sha1"]) == 10 and "text" not in q


def _zh_turn(text, speaker="Geng Shuang", role="spokesperson", country="CHN"):
    from discourse.corpus._records import QuoteSpan

    start = text.index("：") + 1
    return QuoteSpan(start, len(text), "turn", speaker, role, country)


@pytest.mark.parametrize("text, expected", [
    # a cue with no comma, and several cues in one sentence, each with its own speaker
    ("美方称双方将举行新一轮会谈。", [("双方将举行新一轮会谈", "indirect", "United States")]),
    ("据报道，美方称王毅表示中方愿意参加会谈。",
     [("王毅表示中方愿意参加会谈", "indirect", "United States"), ("中方愿意参加会谈", "indirect", "Wang Yi")]),
    # "according to" with nobody named: kept, unresolved
    ("据报道，双方将于下周举行会谈。", [("双方将于下周举行会谈", "indirect", None)]),
    # "as X pointed out", and a report running on to the end of its paragraph
    ("正如王毅所指出的，合作是唯一正确的选择。", [("合作是唯一正确的选择", "indirect", "Wang Yi")]),
    ("美方表示，双方将举行会谈。会谈将在华盛顿举行。\n\n会议在北京举行。",
     [("双方将举行会谈。会谈将在华盛顿举行", "indirect", "United States")]),
    # a pronoun is the speaker of the report before it
    ("王毅表示，中方愿同各方加强合作。他还表示，中方反对单边主义。",
     [("中方愿同各方加强合作", "indirect", "Wang Yi"), ("中方反对单边主义", "indirect", "Wang Yi")]),
    # no report: an act named by its object, a cue inside a relative clause, a question, a
    # request, a condition, a document, evidence, the writer's own view
    ("美方表示欢迎。", []),
    ("王毅宣布的措施已经全面落实。", []),
    ("你是否认为这次会谈是成功的？", []),
    ("应美方要求，双方举行了会谈。", []),
    ("无论美方说什么，都改变不了事实。", []),
    ("决议呼吁各方保持克制。", []),
    ("事实表明，合作是唯一正确的选择。", []),
    ("我认为，合作是唯一正确的选择。", []),
])
def test_chinese_reported_speech_by_class(text, expected):
    mentions = [_m(text, s, a, k, c) for s, a, k, c in (("王毅", "WANG_YI", "person", "CHN"), ("美方", "USA", "state", "USA"))
                if s in text]
    assert _zhru(text, "zh", mentions) == expected


@pytest.mark.parametrize("text, expected", [
    # the spokesperson's own earlier words (多次, 过, 刚才): "we" is their state, "I" the spokesperson
    ("答：我们多次强调，各方应保持克制。", [("各方应保持克制", "indirect", "China")]),
    ("答：我刚才说过，各方应保持克制。", [("各方应保持克制", "indirect", "Geng Shuang")]),
    # what they say now, a performative, a stance: their own words
    ("答：最后我想强调，各方应保持克制。", []),
    ("答：中方一直认为，各方应保持克制。", []),
    # "as you said" in an answer: the journalist
    ("答：正如你所说，双方保持着密切沟通。", [("双方保持着密切沟通", "indirect", "journalist")]),
    # the turn label is inside the sentence: the turn is still found
    ("答：中方已多次表明，台湾是中国领土不可分割的一部分。", [("台湾是中国领土不可分割的一部分", "indirect", "China")]),
])
def test_chinese_reported_speech_in_an_answer(text, expected):
    mentions = [_m(text, "中方", "CHN", "state", "CHN")] if "中方" in text else []
    assert _zhru(text, "zh", mentions, [_zh_turn(text)]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Я сказал Президенту, что мы готовы к диалогу.", [("мы готовы к диалогу", "indirect", "Vladimir Putin")]),
    ("Я предложил начать разговор по конкретным вопросам.",
     [("начать разговор по конкретным вопросам", "indirect", "Vladimir Putin")]),
    ("Мы исходим из того, что, как я уже говорил, зло должно быть наказано.",
     [("зло должно быть наказано", "indirect", "Vladimir Putin")]),
    ("Мне говорили, что переговоры будут трудными.", [("переговоры будут трудными", "indirect", None)]),
    ("Я сказал Герхарду: «Ты знаешь, я буду в Дрездене».", [("Ты знаешь, я буду в Дрездене", "direct", "Vladimir Putin")]),
    ("Мы считаем, что переговоры будут трудными.", []),  # a stance now: his own words
])
def test_russian_reported_speech_in_a_turn(text, expected):
    from discourse.corpus._records import QuoteSpan

    text = "В.Путин: " + text
    turn = QuoteSpan(9, len(text), "turn", "Vladimir Putin", "President", "RUS")
    assert _zhru(text, "ru", [], [turn]) == expected


# ---------------------------------------------------------------- fast scans equal their regexes

_SCAN_WORDS = ["said", "says", "Said", "unsaid", "said2", "_said", "according", "to", "told", "reporters", "He",
               "the", "United", "Nations", "(UN)", "(WHO)", "World", "Health", "Organization", "of", "for", "(",
               ")", "(see", "Forces", "Syrian", "Democratic", "(SDF)", "(Fb)", "é", "’", "made", "it", "clear",
               "abundantly", "noted", "stated", "that", ",", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_SCAN_WORDS), st.sampled_from([" ", "", "\n", "  "])), max_size=40))
def test_cue_and_acronym_scans_equal_their_regexes(pieces):
    from discourse.corpus import _quotes

    text = "".join(word + space for word, space in pieces)
    assert [m.span() for m in _quotes._cue_matches(text)] == [m.span() for m in _quotes._cues()[0].finditer(text)]
    assert [m.span() for m in _quotes._acronyms(text)] == [m.span() for m in _quotes._ACRONYM.finditer(text)]


# ------------------------------------------- "he" after a bare title in its own sentence (issue 17)

def _said(text: str) -> list[tuple]:
    """(quote, speaker) of each quote found in a text."""
    return [(text[q.start:q.end], q.speaker) for q in _quotes(text)]


def _found(text: str, date: str = "2022-10-05", column: str = "speaker_role") -> list[tuple]:
    """(quote, speaker, ``column``: the role) of each quote dx.load finds in a text of ``date``."""
    quotes = dx.load(pd.DataFrame({"text": [text], "date": [date]}), progress=False).quotes
    return [(text[a:b], s if isinstance(s, str) else None, r if isinstance(r, str) else None)
            for a, b, s, r in zip(quotes["start"], quotes["end"], quotes["speaker"], quotes[column])]


@pytest.mark.parametrize("text, quote, speaker", [
    # the title is the subject of the clause before "he": its holder on the date
    ("Senator Rick Scott of Florida spoke in Washington on Monday. The last time the President was here, he "
     "said that the state would be rebuilt.", "the state would be rebuilt", "Joe Biden"),
    ("Senator Rick Scott of Florida spoke in Washington on Monday. When the president visited, he said that "
     "aid would come.", "aid would come", "Joe Biden"),
    # a possessive or the object of a preposition is no subject: "he" is the person named before
    ("Senator Rick Scott of Florida spoke in Washington on Monday. Asked about the President's plan, he said "
     "that it would pass.", "it would pass", "Rick Scott"),
    ("Senator Rick Scott of Florida spoke in Washington on Monday. After a meeting with the President, he said "
     "that it would pass.", "it would pass", "Rick Scott"),
])
def test_he_after_a_bare_title_in_the_same_sentence(text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in _found(text)]


def _answer(question: str, answer: str) -> list:
    """The quotes of an answer turn after a question turn, as extract_quotes finds them."""
    text = f"{question}\n\n{answer}"
    paragraphs = paragraph_spans(text)
    sentences = [s for a, b in paragraphs for s in sentence_spans(text, a, b)]
    (q0, q1), (a0, a1) = paragraphs
    turns = {(q0, q1): (q0, q1, None, "journalist", None, "Karine Jean-Pierre"),
             (a0, a1): (a0, a1, "Karine Jean-Pierre", "Press Secretary", "USA", None)}
    return [(text[q.start:q.end], q.speaker, q.speaker_role) for q in extract_quotes(text, paragraphs, sentences, turns)
            if q.start >= a0]


def test_he_opening_an_answer_is_who_the_question_was_about():
    found = _answer("But the President said before that one plan needed the other. Is that the case?",
                    "He’s saying that he wants to do both at the same time.")
    assert found == [("he wants to do both at the same time", None, "President")]
    found = _answer("Senator Joe Manchin spoke today. Does he back the bill?",
                    "He has said that he will vote for it.")
    assert found == [("he will vote for it", "Joe Manchin", "Senator")]


def test_he_in_an_answer_that_names_someone_first_is_that_person():
    found = _answer("But the President said before that one plan needed the other. Is that the case?",
                    "Senator Joe Manchin spoke today. He said that the bill would pass.")
    assert found == [("the bill would pass", "Joe Manchin", "Senator")]


# ----------------------------------------- directives, bare plural subjects, closing attributions

@pytest.mark.parametrize("text, expected", [
    # directives that report what was asked of a listener
    ('The Emergencies Ministry called on drivers to "not forget that the lives of other people depend on you."',
     ('drivers to "not forget that the lives of other people depend on you."', "Emergencies Ministry", None)),
    ("The president appealed to voters to back the reform.", ("voters to back the reform", None, "president")),
    ("The agency advised travellers to avoid the region.", ("travellers to avoid the region", None, "agency")),
    # a bare plural after the content's comma is the subject, not an apposition of the word before
    ("Prices rose sharply in Moscow, residents said.", ("Prices rose sharply in Moscow", None, "residents")),
    ("Sadiq Khan, the mayor, said the plan would work.", ("the plan would work", "Sadiq Khan", "mayor")),
    # an attribution closing the sentence is not part of the content before it
    ("Russia called on NATO to halt its expansion, the ministry said in a statement.",
     ("to halt its expansion", "Russia", None)),
    ("Lavrov said the deal, officials said, was off.", ("the deal, officials said, was off", "Sergey Lavrov", None)),
    # an anonymous source: the condition of anonymity is no content, and the source is the speaker
    ("The official, who spoke on condition of anonymity, said the talks had stalled.",
     ("the talks had stalled", None, "official")),
    ("An official who asked not to be named said the talks had stalled.", ("the talks had stalled", None, "official")),
    ("Officials asking for anonymity said the deal was close.", ("the deal was close", None, "Officials")),
    ("A senior official, a veteran diplomat, said the talks had stalled.",
     ("the talks had stalled", None, "senior official")),
    # a participle after the object of a preposition is the clause subject's
    ("Chief constable Nick Adderley wrote to the US Embassy in London asking to waive her immunity.",
     ("to waive her immunity", "Nick Adderley", None)),
])
def test_reported_speech_classes(text, expected):
    quote, speaker, role = expected
    found = _found(text)
    assert any(q == quote and s == speaker and (role is None or r == role) for q, s, r in found), found


@pytest.mark.parametrize("text", ["Police called on the public for help.", "The minister appealed to the court.",
                                  "The source asked not to be named."])
def test_directives_without_content_are_no_quotes(text):
    assert _found(text) == []


def test_an_enumeration_is_no_speaker():
    found = _found("His approach has been clear. Number two, he is committed to multilateralism, and making "
                   "clear that the only outcome of this crisis is a negotiation.")
    assert all(s != "Number" for _, s, _ in found)


# ------------------------------------------- a document speaks for its issuer; adverbs before the cue (issue 17)

def _with_attribution(text: str) -> list[tuple]:
    return _found(text, "2019-10-07", "attribution")


@pytest.mark.parametrize("text, expected", [
    # no owner: the document the last quote came from
    ("The White House announced on Sunday that US troops would leave Syria. The statement also said US troops "
     "had defeated ISIS.", ("US troops had defeated ISIS", "White House", "document")),
    ("Maria Zakharova said on Monday that talks would resume. The communique added that both sides agreed.",
     ("both sides agreed", "Maria Zakharova", "document")),
    # an owner before the noun: an acronym, a state's possessive
    ("A UN report eventually concluded that evidence supported his murder.",
     ("evidence supported his murder", "UN", "organisation")),
    ("Turkey's statement said the operation was over.", ("the operation was over", "Turkey", "organisation")),
    # a lowercase -ly adverb before the cue is no part of the subject
    ("Saudi Arabia initially denied that the journalist was killed.",
     ("the journalist was killed", "Saudi Arabia", "organisation")),
])
def test_documents_and_adverbs(text, expected):
    assert expected in _with_attribution(text)


@pytest.mark.parametrize("text, content", [
    # an adjective or a lowercase possessor names nobody: the content is nobody's named
    ("Russia's President met reporters on Monday. The Turkish statement said the operation was over.",
     "the operation was over"),
    ("Maria Zakharova said on Monday that talks would resume. The court's summary said the order was void.",
     "the order was void"),
])
def test_documents_whose_issuer_the_text_does_not_name(text, content):
    assert not [s for q, s, _ in _with_attribution(text) if q == content and s is not None]


@pytest.mark.parametrize("text, expected", [  # nouns and names in -ly stay in the subject
    ("The family said they were grateful for the support.", ("they were grateful for the support", None)),
    ("The assembly said the vote was valid.", ("the vote was valid", None)),
    ("Kelly Craft told reporters that the council would meet again.", ("the council would meet again", "Kelly Craft")),
])
def test_ly_words_that_are_no_adverbs(text, expected):
    assert expected in [(q, s) for q, s, _ in _with_attribution(text)]


# ------------------------------------------- classes read on the Kremlin and MFA development items (issue 17)

def _quotes_on(text: str) -> list[tuple]:
    return [(q, s) for q, s, _ in _found(text, "2019-12-01")]


def test_a_title_with_a_full_stop_does_not_end_the_speaker_after_the_cue():
    text = ('Professor David Livermore led the study. "The strains were different," said Dr. Livermore. '
            '"Rather, the likeliest route is from person to person."')
    assert [s for _, s, _ in _found(text, "2019-10-10")] == ["David Livermore", "David Livermore"]


@pytest.mark.parametrize("text, expected", [
    # directives, requests and expressive cues of official readouts
    ("Mr Putin met Mr Kasyanov on Monday. Mr Putin instructed Mr Kasyanov to repay all debts owed to the military.",
     ("to repay all debts owed to the military", "Vladimir Putin")),
    ("Mr Putin spoke to the Cabinet. He also requested that the Cabinet work more quickly on the energy balance.",
     ("the Cabinet work more quickly on the energy balance", "Vladimir Putin")),
    ("Mr Putin recommended that apartments be used in the relocation effort.",
     ("apartments be used in the relocation effort", "Vladimir Putin")),
    ("Mr Putin expressed hope that the new State Duma would keep the positive aspects of joint work.",
     ("the new State Duma would keep the positive aspects of joint work", "Vladimir Putin")),
    ("Mr Putin drew attention to the fact that the services must continue their work.",
     ("the services must continue their work", "Vladimir Putin")),
    # "the Chinese side", "the US side": the state
    ("Q: The Chinese side once said that sanctions on the DPRK are not the end.",
     ("sanctions on the DPRK are not the end", "China")),
    # a title of a named state: its holder on the date
    ("The President of Russia pointed out that the attempts to revise the agreements were counterproductive.",
     ("the attempts to revise the agreements were counterproductive", "Vladimir Putin")),
    ("Q: The Australian Foreign Minister said that the death penalty should not be applied.",
     ("the death penalty should not be applied", "Marise Payne")),  # registry 1.5: the G20's ministers
    ("Q: The Canadian Foreign Minister has said that the detention was political.",
     ("the detention was political", "François-Philippe Champagne")),  # the holder on the date
    ("Q: Russia's Foreign Minister has said that the talks would resume.", ("the talks would resume", "Sergey Lavrov")),
    # a writer's aside of a few words between the cue and "that"
    ("Transport Minister Yevgeny Ditrikh attended. The Minister of Transport noted, in turn, that the region had "
     "grown.", ("the region had grown", "Yevgeny Ditrikh")),
    ("Mr Putin said, last month, that the talks would resume.", ("the talks would resume", "Vladimir Putin")),
    # in prose a titled surname inside a sentence is a pronoun's antecedent
    ("At a news conference that followed the meeting, President Putin advocated deeper relations with NATO. He "
     "suggested developing cooperation in two ways.", ("developing cooperation in two ways", "Vladimir Putin")),
    # "According to him, ...": the pronoun's person
    ("Andrei Vorobyov touched upon road safety. According to him, joint efforts reduce fatalities.",
     ("joint efforts reduce fatalities", "Andrei Vorobyov")),
    # an invitation to act, with "to" and a verb after the one invited
    ("Fidel Castro sent a message. Mr Castro invited Mr Putin to make an official visit to Cuba.",
     ("to make an official visit to Cuba", "Fidel Castro")),
    # a state's possessive before a role is a qualifier too: not the finance minister of another state
    ("Canadian Finance Minister Bill Morneau spoke. Q: According to reports, Pakistan's Finance Minister said that China "
     "has offered assistance.", ("China has offered assistance", None)),
    # a qualifier before the title names another office: no holder
    ("Q: The Russian Deputy Prime Minister said today that Russia will not export oil.",
     ("Russia will not export oil", None)),
    ("Q: The Australian Acting Foreign Minister said that the death penalty should not be applied.",
     ("the death penalty should not be applied", None)),
    ("Q: The Australian Deputy Foreign Minister said that the death penalty should not be applied.",
     ("the death penalty should not be applied", None)),
    # a second verb of the clause's subject, after a comma-separated adverbial
    ('Q: In an interview on July 17, Russian Foreign Minister Sergey Lavrov dispelled the "China threat" myth and '
     'said that the partnership has entered a new era.', ("the partnership has entered a new era", "Sergey Lavrov")),
    ("The services must go on. All know their schedules, Mr Putin said, and called on everyone to remain vigilant.",
     ("everyone to remain vigilant", "Vladimir Putin")),
    # a short adverbial before a title and name, with no comma
    ("In his speech President Medvedev said that the project is a special partnership.",
     ("the project is a special partnership", "Dmitry Medvedev")),
    # "As X, <role> of Y, said in an interview in October, ...": X, and the date is no content
    ("As Shohrat Zakir, Chairman of the Government of Xinjiang Uygur Autonomous Region, said in an interview in "
     "October, vocational learning is a key way to help.", ("vocational learning is a key way to help", "Shohrat Zakir")),
    # a cue closing one paragraph, the quote opening the next; a message speaks for its sender
    ("Mr Putin sent Mr Lukashenko a message of greetings.\n\nMr Putin said:\n\n“We value our friendship.”",
     ("We value our friendship.", "Vladimir Putin")),
    ("Mr Bush thanked him. President Putin also sent his American colleague a message.\n\nThe message said:\n\n"
     "“The tragedy resounds painfully in the hearts of millions.”",
     ("The tragedy resounds painfully in the hearts of millions.", "Vladimir Putin")),
    # a relay: "According to media reports, X said that ..." is X's, with the adverbial left out
    ("Q: According to media reports, US Secretary of State Pompeo said while visiting India that regional "
     "countries see the shackles. What is your comment?", ("regional countries see the shackles", "Mike Pompeo")),
    ("Q: According to some media, US President Trump said recently that tariffs will make companies move.",
     ("tariffs will make companies move", "Donald Trump")),
    # an outlet that carries a report; "has been repeating / saying that"
    ("Q: Bloomberg had a report saying that some firms were asked to avoid trips.",
     ("some firms were asked to avoid trips", "Bloomberg")),
    ("Canada has been repeating that it is a law-abiding country.", ("it is a law-abiding country", "Canada")),
    # letters after a name are no part of it; "&" inside a name; a relay speaks for its source
    ("Judge Durham Hall QC said the men had shown no respect.", ("the men had shown no respect", "Durham Hall")),
    ("Sumeet Singh, a vice president at PG&E, said the outages would go on.",
     ("the outages would go on", "Sumeet Singh")),
    ("S&P reported that the rating was cut.", ("the rating was cut", "S&P")),
    ("Reuters, citing the Defence Ministry, said the talks had failed.", ("the talks had failed", "Defence Ministry")),
    ("Reuters, citing anonymous sources, said the talks had failed.", ("the talks had failed", None)),
    # a surname that is also a modal verb, in full and alone once the text has named the person
    ("Theresa May said that the deal was the best available.", ("the deal was the best available", "Theresa May")),
    ("Prime Minister Theresa May spoke. May said that the deal was the best available.",
     ("the deal was the best available", "Theresa May")),
    ("Theresa May met Angela Merkel. The talks may resume, Merkel said.", ("The talks may resume", "Angela Merkel")),
    # ", with X saying ...": the participle's own subject, not the sentence's
    ("The ministers met in Geneva, with officials saying the talks would resume.", ("the talks would resume", None)),
    # a second verb of a subject whose role, in lower case, stands between capitalised words
    ("Regional governor Boris Dubrovsky said officers were present, but said this too was unrelated.",
     ("this too was unrelated", "Boris Dubrovsky")),
    # a possessive role and the name set beside it: the name ("Baloch's mother, Anwar, ... and said")
    ("Waseem was convicted. Baloch's mother, Anwar, wept and said that she believed he was innocent.",
     ("she believed he was innocent", "Anwar")),
    ("Mr Lavrov has been saying that the talks would resume.", ("the talks would resume", "Sergey Lavrov")),
    # classes read on the second and third Wikinews batches: a pronoun's antecedent is no law
    ("In response to a lawsuit by the group National Coalition for Men, U.S. District Judge Gray Miller ruled the "
     "draft violated the Due Process Clause of the United States Constitution. He said the rationale was outdated.",
     ("the rationale was outdated", "Gray Miller")),
    # "Then-Secretary" is a past title; a surname that is the inner word of a name the text gave in full
    ("Secretary of Justice Wanda Vázquez Garced was sworn in. Then-Secretary Vázquez said the island needed "
     "certainty.", ("the island needed certainty", "Wanda Vázquez Garced")),
    # a participle's subject after a fronted adverbial, not a name in its quote
    ('Wanda Vázquez Garced was sworn in. In a statement posted to her Twitter account, Vázquez affirmed her '
     'willingness, writing, "Puerto Rico needs certainty and stability."',
     ("Puerto Rico needs certainty and stability.", "Wanda Vázquez Garced")),
    # after an inverted cue, a role and the name apposed to it
    ('"Walter was brilliant," said University of California, San Diego\'s chancellor, Pradeep Khosla.',
     ("Walter was brilliant,", "Pradeep Khosla")),
    ('"This day is very hard for me," said his father, Abdullah Kurdi, following the ceremony.',
     ("This day is very hard for me,", "Abdullah Kurdi")),
    ('"This day is very hard for me," said Mr. Trump\'s former lawyer, John Dowd.',
     ("This day is very hard for me,", "John Dowd")),
    # a bracketed acronym's comma closes the subject; a bracketed aside before the cue is skipped
    ("On Monday, Director Anthony Fauci of the National Institute of Allergy and Infectious Diseases (NIAID), "
     "announced a trial was stopped early.", ("a trial was stopped early", "Anthony Fauci")),
    ("Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told of being forced to start again.",
     ("of being forced to start again", "Jenn St-Onge")),
    # a role word after a prefix opening a sentence is no name; an apposition "a lawyer representing X" is no X
    ('Co-developer Jing Wang recounted, "When we put that coating on a toilet, it worked."',
     ("When we put that coating on a toilet, it worked.", "Jing Wang")),
    ('Howard Rubel, a Toronto lawyer representing Spanton, told the BBC "My client is relieved."',
     ("My client is relieved.", "Howard Rubel")),
    # a body's name with "and" is one body; people from two bodies are the people
    ("The Department of Health and Human Services said the rule was final.",
     ("the rule was final", "Department of Health and Human Services")),
    ("In findings published on Thursday, scientists from Tsinghua University and the Chinese Academy of Sciences "
     "reported bird flight may have evolved from running.", ("bird flight may have evolved from running", None)),
    # more cues ("recounted", "quipped"); a news agency whose name ends in "Press"; a state's government: the state
    ('Co-developer Jing Wang recounted, "When we put that coating on a toilet, [the matter] slides down."',
     ("When we put that coating on a toilet, [the matter] slides down.", "Jing Wang")),
    ('Actor Brendan Fraser came from filming. Fraser quipped "I still have dust in my shoes."',
     ("I still have dust in my shoes.", "Brendan Fraser")),
    ("Iran spoke. According to the Associated Press, Iran has increased cooperation with the navies of China.",
     ("Iran has increased cooperation with the navies of China", "Associated Press")),
    ("The initial reports were of drones, but the Saudi government said the attack included cruise missiles.",
     ("the attack included cruise missiles", "Saudi Arabia")),
    ("Q The Netanyahu government says it has approved an operation.", ("it has approved an operation", None)),
    # a title that is a surname after a given name ("John Major", and "Major" alone once named so)
    ("Former prime minister John Major has said that Johnson misled the Queen.",
     ("Johnson misled the Queen", "John Major")),
    ("John Major spoke in London. Major said that Johnson misled the Queen.", ("Johnson misled the Queen", "John Major")),
    # "according to" a role and the name apposed to it; not "according to reports, X, ..."
    ("According to the El Paso mayor, Dee Margo, police were investigating a manifesto.",
     ("police were investigating a manifesto", "Dee Margo")),
    # "but the commissioner stated": the second clause's own subject, not the first's
    ("The Austrian partner asked for the price to be kept secret, but the commissioner stated the purchase was "
     "financed by a loan.", ("the purchase was financed by a loan", None)),
    # classes read on the fourth Wikinews batch: "according to" a report dated or "from" its source
    ("According to a report on Wednesday by UpGuard, a cybersecurity firm, two databases were left open.",
     ("a cybersecurity firm, two databases were left open", "UpGuard")),
    ("According to a 1989 report from the National Transportation Safety Board (NTSB), the aircraft was damaged.",
     ("the aircraft was damaged", "National Transportation Safety Board")),
    ("According to a report issued by the American Chamber of Commerce in China just yesterday, firms were worried.",
     ("firms were worried", "American Chamber of Commerce")),
    # local offices as titles; a possessive place before a role, and the name apposed to it
    ("According to Windsor Locks' first selectman, Chris Kervick, there were ten passengers aboard.",
     ("there were ten passengers aboard", "Chris Kervick")),
    ("Police Commissioner James Rovella said the search had ended.", ("the search had ended", "James Rovella")),
    # people from two bodies are the people, whatever the bodies' names; "Officials in X and Y" likewise
    ("In findings published on Wednesday, scientists from the University of Bristol and UC Davis say zebras "
     "evolved stripes to confuse flies.", ("zebras evolved stripes to confuse flies", None)),
    ("Rain fell. Officials in New Orleans and Jefferson Parish have said they are not concerned about the levees.",
     ("they are not concerned about the levees", None)),
    ("Rain fell. Jefferson Parish officials have said they are not concerned about the levees.",
     ("they are not concerned about the levees", None)),
    # a role of a place whose name goes on after a comma: the person before the role
    ("Charles Federic Plotena, the mayor of Esperanza, Sultan Kudarat, announced classes would be suspended.",
     ("classes would be suspended", "Charles Federic Plotena")),
    ("Speaking to Agence France-Presse, the president of the Tunisian League for the Defence of Human Rights, "
     "Jamel Msallem, said the law was a mistake.", ("the law was a mistake", "Jamel Msallem")),
    # "in relaying the news ..." between a subject and its cue
    ('Assembly president Richard Ferrand in relaying the news to parliament said, "Jacques Chirac is part of the '
     'history of France."', ("Jacques Chirac is part of the history of France.", "Richard Ferrand")),
    # a participle with no comma in a one-clause sentence: its subject's
    ('Governor Kay Ivey signed the bill. The bill has sparked protests. The governor tweeted her reasoning saying, '
     '"Today, I signed into law the Alabama Human Life Protection Act."',
     ("Today, I signed into law the Alabama Human Life Protection Act.", "Kay Ivey")),
    # "the Department" is the body named in full before; "issued a statement that" reports
    ("The California Department of Corrections and Rehabilitation (CDCR) did not name him. The Department issued a "
     "statement that an inmate had been stabbed.",
     ("an inmate had been stabbed", "California Department of Corrections and Rehabilitation")),
    # a body's short name in brackets that is no acronym ("Phivolcs"); a body's name with "and" before one
    ("According to the Philippine Institute of Volcanology and Seismology (Phivolcs), the epicenter was offshore. "
     "Phivolcs reported the magnitude was 5.5 on the scale.",
     ("the magnitude was 5.5 on the scale", "Philippine Institute of Volcanology and Seismology")),
    # the body named last before, not the first: and "The White House" gives "the House" no fuller name
    ("The Department of Labor set the rules. Later the Department of Energy met. The Department said the reserve "
     "would be refilled.", ("the reserve would be refilled", "Department of Energy")),
    ("The White House said the talks were useful. The House has committed to fund the plan over the coming years.",
     ("to fund the plan over the coming years", "House")),
    # a time between subject and cue is no part of the name; a body "of" a place is the body
    ("The National Transportation Safety Committee of Indonesia on Monday announced the recorder was found.",
     ("the recorder was found", "National Transportation Safety Committee of Indonesia")),
    # "According to X, which cited Y, ...": Y's words (unnamed sources)
    ("According to Agence France-Presse, which cited sources close to the investigation, the man had converted.",
     ("the man had converted", None)),
    # plural common nouns opening a sentence are unnamed groups
    ("The party was near the school. Neighbors told reporters that the area is usually quiet.",
     ("the area is usually quiet", None)),
    # a body's head in lower case after the capitalised words naming it; a document's issuer
    ("Officials cleared the area. The French Civil Security service said water bombing was disallowed.",
     ("water bombing was disallowed", "French Civil Security service")),
    ("The wind speed cut-off is 157 mph; the NHC advisory indicated the winds were near 180 mph.",
     ("the winds were near 180 mph", "NHC")),
    # a cue opening its sentence before its speaker
    ('Scientists cautioned against optimism. Remarked Center for Biological Diversity scientist Tierra Curry, "This '
     'reprieve from bad news is a thank-you from the butterflies."',
     ("This reprieve from bad news is a thank-you from the butterflies.", "Tierra Curry")),
    # "the two sides" with no two persons named together: the two states named just before, the story's first
    ("China welcomed the visit. China and Pakistan reached new consensus during the visit. The two sides agreed "
     "that the corridor would be extended.", ("the corridor would be extended", "China and Pakistan")),
    ("China and Russia held talks. Later Japan joined them. Both sides agreed that the talks should go on.",
     ("the talks should go on", None)),  # three states: which two is not said
    # a body's head in lower case after a state's adjective and a portfolio's word
    ("Second question, the Chinese foreign ministry in its statements denied several times that China can take "
     "part in the talks.", ("China can take part in the talks", "Chinese foreign ministry")),
    # "with X calling ... and Y calling ...": each participle's own subject, and each its own words
    ('Republican Representatives attacked the inquiry, with Steve Scalise of Louisiana calling the investigation '
     '"Soviet-style" and Ross Spano of Florida calling the process "a blatant and obvious coup".',
     ('the process "a blatant and obvious coup"', "Ross Spano")),
    ("Protests grew, with President Trump saying the country was strong and Nancy Pelosi saying it was weak.",
     ("the country was strong", "Donald Trump")),
    # a portfolio's name after "for" is no person's ("High Commissioner for Human Rights")
    ("Just as the United Nations High Commissioner for Human Rights pointed out, the detention of children is "
     "harmful.", ("the detention of children is harmful", None)),
])
def test_readout_classes(text, expected):
    assert expected in _quotes_on(text)


def test_a_name_after_and_is_no_participles_subject_without_a_with_before():
    """ "sued both Amazon and Apple alleging": the last of a list of objects is no new subject."""
    found = _quotes_on("Regulators sued both Amazon and Apple alleging anticompetitive behavior that harmed consumers.")
    assert all(speaker != "Apple" for _, speaker in found)


@pytest.mark.parametrize("text, expected", [
    ('Wikinews attended.\n\nJohn Rhys-Davies broke news on Friday. "Jerry and I are talking to NBC at the moment."',
     ("Jerry and I are talking to NBC at the moment.", "John Rhys-Davies", "introduced")),
    ('Actress Denise Crosby will appear in Suits. Underwhelmed with her role, she left the series early. "This is '
     'not what I wanted to become an actor for."',
     ("This is not what I wanted to become an actor for.", "Denise Crosby", "pronoun")),
    # the sentence before holds a quote's cue or a quote: the last speaker goes on
    ('"It worked," SpaceX founder Elon Musk told the press. "We have to dock to the station."',
     ("We have to dock to the station.", "Elon Musk", "carried_over")),
    ('Strong winds made it hard, Franky Zapata said. "It burns, it is quite hard."',
     ("It burns, it is quite hard.", "Franky Zapata", "carried_over")),
])
def test_a_quote_with_no_cue_is_the_person_the_sentence_before_is_about(text, expected):
    """A quote with no cue of its own right after a sentence whose subject is a person named in full
    or "he"/"she" (guidelines of the Wikinews gold, call 3)."""
    assert expected in _with_attribution(text)


@pytest.mark.parametrize("text", [
    'Attendees could catch "Pokemon Biology", "Kimono Obi Tying", and "Underappreciated Sports Anime/Manga."',
    'Hunter wrote lyrics to songs such as "Dark Star", "Uncle John\'s Band", and "Truckin\'".',
    'He specialized in removing people from danger, a process called "exfiltration."',
    'The university hosted a program at Fishmongers\' Hall called "Learning Together".',
])
def test_titles_listed_together_and_terms_after_called_are_no_quotes(text):
    assert _found(text) == []


def test_a_word_someone_called_something_is_still_theirs():
    found = _found('Q: The Canadian Prime Minister spoke out about what he called "arbitrary" law enforcement.')
    assert [q for q, _, _ in found] == ["arbitrary"]


def test_a_list_of_quoted_words_in_reported_speech_stays_one_mixed_quote():
    assert _quotes_on('Lavrov said the plan was "a disaster", "a farce" and "a trap".') == \
        [('the plan was "a disaster", "a farce" and "a trap"', "Sergey Lavrov")]


@pytest.mark.parametrize("text, expected", [
    # an unnamed person described by where they come from is a group, not the person named before
    ('Sharif Hotak, a council member, said the toll was higher. A source within the central Interior Ministry '
     'reportedly said "I have been told not to make the figures public."',
     ("I have been told not to make the figures public.", None, "group")),
    # "he" right after an unnamed spokesman's quote is that spokesman, not the person named before
    ('Sharif Hotak, a council member, said the toll was higher. A spokesman for the ministry said "The figures are '
     'correct." He added "We will publish them."', ("We will publish them.", None, "pronoun")),
])
def test_an_unnamed_speaker_stays_unnamed(text, expected):
    """(A head of state is no unnamed speaker: "The Russian head of state pointed out ... He said" is the
    person the text named, below.)"""
    assert expected in _with_attribution(text)


def test_he_after_a_head_of_state_is_the_person_named_before():
    text = ("President Putin called upon Germany to invest more.\n\nThe Russian head of state also pointed out the "
            "importance of management training. He said over 30% of specialists who studied in Germany were employed "
            "in joint ventures.")
    assert ("over 30% of specialists who studied in Germany were employed in joint ventures", "Vladimir Putin") \
        in _quotes_on(text)


def test_a_quote_with_no_cue_after_a_group_or_an_object_stays_unresolved():
    text = 'Police arrested John Smith on Monday. "This is a sad day for the town."'
    assert [s for _, s, _ in _with_attribution(text)] == [None]


@pytest.mark.parametrize("text", [
    "A report requested by the minister was late.",  # a passive participle: no report
    "The measures announced by Beijing on Monday were harsh.",
    "The prince accepted responsibility but did not say he had ordered it.",  # nothing was said
    "Officials declined to say whether the talks had failed.",
    "He never said that he would resign.",
    "Mr Putin reaffirmed the continuity of Russian foreign policy.",  # an object, not a clause
    "The minister repeated the offer.",
    "In mainland China, which claims sovereignty over Taiwan, the law is strict.",  # a place is no subject
])
def test_readout_non_quotes(text):
    assert _quotes_on(text) == []


@pytest.mark.parametrize("text, expected", [  # adverbials that look like the classes above
    ("Mr Putin told Mr Bush by phone that the deal was done.", "Vladimir Putin"),
    ("Trump, speaking in Ohio, blasted the law and said that it would fail.", "Donald Trump"),
    ("Putin met Merkel in Berlin, Germany, and said that talks went well.", "Vladimir Putin"),
])
def test_readout_classes_keep_the_subject(text, expected):
    assert [s for _, s in _quotes_on(text)] == [expected]


def test_a_surname_two_persons_in_office_share_is_the_one_of_a_state_the_text_names():
    text = ("President Putin spoke with the US President. Mr Bush stressed that Mr Putin was the first to call "
            "after the attacks on the United States.")  # 2002: George W. Bush (USA), McKeeva Bush (Cayman Islands)
    assert [s for _, s, _ in _found(text, "2002-09-11")] == ["George W. Bush"]
    # a text that names no state leaves it as printed: either could be meant
    assert [s for _, s, _ in _found("Mr Bush stressed that the talks had gone well.", "2002-09-11")] == ["Bush"]


@pytest.mark.parametrize("text, quote, wrong", [
    # a run with a digit, or ending in an abbreviation ("D.C."), is no person a later "he" can be
    ("Leaders met at the G20 Osaka summit on Friday. He said that the talks were useful.", "the talks were useful",
     "G20 Osaka"),
    ("The president flew to Washington D.C. on Monday. He said that the talks were good.", "the talks were good",
     "Washington D"),
])
def test_places_with_digits_or_abbreviations_are_no_antecedents(text, quote, wrong):
    found = [s for q, s in _quotes_on(text) if q == quote]
    assert found and wrong not in found
    # a middle initial stays part of a name
    assert [s for _, s in _quotes_on("President John F. Kennedy visited Berlin. He said that he was proud.")] == \
        ["John F. Kennedy"]


def test_an_outlet_carrying_a_report_in_a_question_turn():
    found = _answer("Bloomberg had a report saying that some firms were asked to avoid trips to the US. "
                    "Can you confirm?", "I am not aware of that.")
    assert found == []  # the answer reports nothing
    text = "Q: Bloomberg had a report saying that some firms were asked to avoid trips to the US. Can you confirm?"
    paragraphs = paragraph_spans(text)
    sentences = [s for a, b in paragraphs for s in sentence_spans(text, a, b)]
    turns = {paragraphs[0]: (*paragraphs[0], None, "journalist", None, "Geng Shuang")}
    assert [(q.speaker, q.attribution) for q in extract_quotes(text, paragraphs, sentences, turns)] == \
        [("Bloomberg", "organisation")]
    # inside a turn a document with no owner named is nobody's: the turn's earlier quotes may be another's
    text = "Q: The statement said that the talks had failed. Can you confirm?"
    paragraphs = paragraph_spans(text)
    sentences = [s for a, b in paragraphs for s in sentence_spans(text, a, b)]
    turns = {paragraphs[0]: (*paragraphs[0], None, "journalist", None, "Geng Shuang")}
    assert [q.speaker for q in extract_quotes(text, paragraphs, sentences, turns)] == [None]


@pytest.mark.parametrize("text, quote, speaker", [
    # only a document "reads" (664 Kremlin items: "The message reads, in part:")
    ("Mr Putin sent Mr Lukashenko a message. The message reads, in part: “You have earned great respect.”",
     "You have earned great respect.", "Vladimir Putin"),
    # a possessive title owns the document: its holder on the date
    ("Mr Putin sent Mr Lukashenko a message. The Russian President’s message reads, in part:\n\n"
     "“You have earned great respect.”", "You have earned great respect.", "Vladimir Putin"),
    ("The telegram read that the talks had failed.", "the talks had failed", None),
    # a state's demonym before a bare title: the title's holder
    ("The Russian President said that the talks were good.", "the talks were good", "Vladimir Putin"),
    ("The Russian Foreign Minister said that the talks were good.", "the talks were good", "Sergey Lavrov"),
])
def test_documents_that_read_and_state_titles(text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in _found(text, "2004-07-01")]


@pytest.mark.parametrize("text", [
    "The sign read: “Welcome to the summit of peace and friendship.”",  # a sign is no document: no speaker
    "She read: “We are ready to talk about everything now.”",  # a person reading aloud is no report here
])
def test_read_is_no_cue_without_a_document(text):
    assert [s for _, s, _ in _found(text, "2004-07-01")] in ([], [None])
    assert "Welcome" not in [s for _, s, _ in _found(text, "2004-07-01")]  # the quote's own words name nobody


def test_read_without_a_quote_is_nothing():
    assert _found("He read the letter aloud on Monday.", "2004-07-01") == []


@pytest.mark.parametrize("text, quote, speaker", [
    # an apposition gives a full name its role when only a title ("Dr") or nothing stands before it
    ("Dr Hans-Joachim Meyer, Minister of Science and Art of Saxony, thanked the Government. The Minister "
     "expressed hope that the issue would be settled.", "the issue would be settled", "Hans-Joachim Meyer"),
    ("John Smith, the chief executive of Acme, visited Berlin on Monday. The chief executive said that sales "
     "were up.", "sales were up", "John Smith"),
])
def test_a_role_in_apposition_names_the_person_for_a_bare_role_later(text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in _found(text, "2002-01-01")]


@pytest.mark.parametrize("text, quote, speaker", [
    # a title before "of" stays with the role the name run after it gives
    ("Minister of Agriculture Lena Holm visited the farm on Monday. The minister said that prices would rise.",
     "prices would rise", "Lena Holm"),
    # a minister of foreign affairs by any title is "the foreign minister"
    ("Minister of Foreign Affairs Tomas Berg met the press on Monday. The foreign minister said the talks went well.",
     "the talks went well", "Tomas Berg"),
    ("Foreign Secretary Ana Ruiz spoke on Monday. The foreign minister said her country would act.",
     "her country would act", "Ana Ruiz"),
    ("External Affairs Minister Ravi Nair spoke on Monday. The top diplomat said that talks would go on.",
     "talks would go on", "Ravi Nair"),
])
def test_a_later_title_finds_the_person_an_earlier_form_of_it_named(text, quote, speaker):
    assert (quote, speaker) in [(q, s) for q, s, _ in _found(text, "2019-06-01")]


def test_a_title_of_a_place_names_no_person():
    text = ("Vladimir Putin asked the minister to call the Governor of Primorye Territory on Monday. The Governor "
            "suggested that more Russians would visit.")
    assert ("more Russians would visit", None) in [(q, s) for q, s, _ in _found(text, "2020-04-15")]


def test_a_deputy_foreign_minister_is_not_the_foreign_minister():
    text = "Deputy Foreign Minister Tomas Berg spoke on Monday. The foreign minister said the talks went well."
    assert ("the talks went well", "Tomas Berg") not in [(q, s) for q, s, _ in _found(text, "2019-06-01")]


def test_an_apposition_that_is_no_role_gives_none():
    # "who ..." is no role: "the Minister" stays unnamed
    text = "John Smith, who arrived on Monday, met officials. The Minister said that talks would go on."
    assert ("talks would go on", None) in [(q, s) for q, s, _ in _found(text, "2002-01-01")]


@pytest.mark.parametrize("text, speaker", [
    ('Donald Trump pulled the troops out. Brett McGurk said the move was a mistake. Trump, also on Twitter, defended '
     'his decision, "As I have stated before, I will totally destroy the Economy of Turkey!"', "Donald Trump"),
    ('Mr Lavrov answered questions. Foreign Minister Wang Yi replied to the critics, "We have never interfered in '
     'the affairs of others."', "Wang Yi"),
])
def test_a_comma_before_a_whole_quoted_sentence_hands_it_to_the_subject(text, speaker):
    """Like a colon, a comma closing the clause before a quoted sentence that ends the sentence
    gives the quote to the sentence's subject, not to the last speaker."""
    direct = [q for q in _quotes(text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [speaker]


@pytest.mark.parametrize("text", [
    'Q Yeah, we were just like, "Oh, no. New threshold."',  # a question's label
    'Given the rise in ransomware, that is one area we are looking at now to say, "What should be done?"',
    'Ransomware rose. Smith, a rival, had a view of it, "We can do more about this issue."',  # never named in full
])
def test_a_comma_before_a_quoted_sentence_needs_a_name_in_full_opening_the_sentence(text):
    assert all(q.speaker is None for q in _quotes(text) if q.kind == "direct")


@pytest.mark.parametrize("text", [
    'Mr Putin spoke first. The plant, "Rostselmash", builds combines.',  # a name between marks
    'Mr Putin spoke first. The minister thanked the crowd, "the best in the world", and left.',  # a fragment
])
def test_a_comma_before_a_name_or_a_fragment_hands_nothing(text):
    assert all(q.speaker is None for q in _quotes(text))


@pytest.mark.parametrize("phrase, role", [("One MP", "MP"), ("an MP", "MP"), ("Labour MP", "Labour MP"),
                                          ("A senior MEP", "senior MEP"), ("the CEO", "CEO")])
def test_a_role_written_as_an_acronym_is_an_unnamed_person_not_an_organisation(phrase, role):
    found = parse_speaker(phrase)
    assert (found.name, found.role, found.kind) == (None, role, "group")


@pytest.mark.parametrize("phrase, expected", [
    # a field of policy after "of" or "for": a role when a role or a described person heads it, else a body
    ("the United Nations High Commissioner for Human Rights", (None, "group")),
    ("the Minister for Clean Energy", (None, "group")),
    ("my colleague in the Ministry of Commerce", (None, "group")),
    ("the Department of Veteran Affairs", ("Department of Veteran Affairs", "organisation")),
    ("the American Chamber of Commerce", ("American Chamber of Commerce", "organisation")),
    ("Everytown for Gun Safety", ("Everytown for Gun Safety", "organisation")),
    ("the Department of Homeland Security", ("Department of Homeland Security", "organisation")),
    # a role word heading a body's name is a person's role; "Consulate General" is a body
    ("the Accounts Chamber Chairman", (None, "group")),
    ("The Chinese Consulate General", ("Chinese Consulate General", "organisation")),
    # a place after "in" is no name: the speaker before it
    ("John Smith in Washington", ("John Smith", "person")),
    ("The European Union Chamber of Commerce in China", ("European Union Chamber of Commerce", "organisation")),
    ("the Philippine Institute of Volcanology and Seismology (Phivolcs)",
     ("Philippine Institute of Volcanology and Seismology", "organisation")),
])
def test_portfolios_bodies_and_places_after_a_name(phrase, expected):
    found = parse_speaker(phrase)
    assert (found.name, found.kind) == expected


@pytest.mark.parametrize("phrase", ["NATO", "the BBC", "the UN", "the WHO"])
def test_an_acronym_of_no_role_is_an_organisation(phrase):
    assert parse_speaker(phrase).kind == "organisation"


def test_an_anonymous_mp_borrows_no_party_name_from_earlier():
    text = ('Labour MP Jess Phillips spoke first. Not everyone agreed. One MP told the BBC, "We know that 16 million '
            'people wanted to stay in the EU."')
    assert [q.speaker for q in _quotes(text) if q.kind == "direct"] == [None]


@pytest.mark.parametrize("text, speaker", [
    ("Spokeswoman Hua Chunying spoke first. Mr Lavrov arrived. She said that the talks were useful.", "Hua Chunying"),
    ("Hatice Cengiz, fiancée of Jamal Khashoggi, spoke first. He said that the talks were useful.", "Jamal Khashoggi"),
    ("Hatice Cengiz, fiancée of a journalist, spoke first. He said that the talks were useful.", None),
])
def test_he_and_she_never_resolve_to_a_person_the_text_gives_the_other_gender(text, speaker):
    assert [q.speaker for q in _quotes(text)] == [speaker]


def test_with_no_word_of_gender_a_pronoun_keeps_the_last_subject():
    """Nothing is guessed from a first name."""
    text = "Hua Chunying spoke first. Sergei Lavrov arrived. She said that the talks were useful."
    assert [q.speaker for q in _quotes(text)] == ["Sergei Lavrov"]


def _titled(text, title):
    return [(q.speaker, q.attribution) for q in extract_quotes(text, [(0, len(text))], [(0, len(text))], title=title)]


def test_a_surname_takes_its_full_name_from_the_documents_title():
    text = "According to Mr Yeroshchenko, Irkutsk Region gives a great deal of attention to the social sector."
    title = "Working meeting with Irkutsk Region Governor Sergei Yeroshchenko"
    assert _titled(text, title) == [("Sergei Yeroshchenko", "surname")]
    assert _titled(text, None) == [("Yeroshchenko", "adjacent_cue")]
    assert _titled(text, "Meeting with Commissioner for Children's Rights Sergei Yeroshchenko")[0][0] == \
        "Sergei Yeroshchenko"  # a title's run of capitals is cut to the name


@pytest.mark.parametrize("text, title, speaker", [
    ("The President said that relations were developing well.",
     "Vladimir Putin held talks with Chinese President Jiang Zemin", None),  # no holder of a bare role
    ("He said that relations were developing well.", "Talks with Chinese President Jiang Zemin", None),  # no antecedent
    ("Time reported that the protests were large.", "Time Person of the Year named", "Time"),  # no role: no name
])
def test_the_titles_people_are_found_by_their_names_only(text, title, speaker):
    assert [found for found, _ in _titled(text, title)] == [speaker]


def test_in_prose_a_role_finds_the_person_the_title_gives_it_unless_it_is_a_head_of_states_office():
    """"The Governor" of a working meeting's report is the governor its title names; "the President"
    may be another state's president, and in a transcript the title's people speak in turns."""
    text = "The Governor said that three thousand new jobs had recently been created."
    assert _titled(text, "Working meeting with Irkutsk Region Governor Sergei Yeroshchenko") == \
        [("Sergei Yeroshchenko", "role")]
    president = text.replace("Governor", "President")
    assert _titled(president, "Talks with President of Finland Sauli Niinisto")[0][0] is None
    briefing = "MS. LEE: The Secretary said that the talks would go on next week."
    turn = QuoteSpan(9, len(briefing), "turn", "Ann Lee", "Press Secretary", "USA")
    found = prose_quotes(briefing, [(0, len(briefing))], [(0, len(briefing))], [turn],
                         title="Press Briefing by Press Secretary Ann Lee")
    assert [q.speaker for q in found] == [None]


def _message(text, title=None):
    paragraphs = [(0, text.index("\n")), (text.index("\n") + 1, len(text))]
    return [q.speaker for q in extract_quotes(text, paragraphs, paragraphs, title=title)]


_MESSAGE = "The message reads, in part:\n“We are proud of the work of many generations of our engineers.”"


@pytest.mark.parametrize("title, speaker", [
    ("President Vladimir Putin sent a telegram to King Harald V of Norway", "Vladimir Putin"),
    ("Vladimir Putin Sent a Greeting to the Participants of the Congress", "Vladimir Putin"),
    ("Vladimir Putin congratulated Jacques Chirac on his re-election", "Vladimir Putin"),
    ("Congratulations to Pope Francis", None),  # the title names no sender
    ("Vasily Sredin, Deputy Foreign Minister, delivered a message from President Vladimir Putin", None),
    ("Presidents Vladimir Putin of Russia and Alexander Lukashenko of Belarus signed a statement", None),
    (None, None),
])
def test_a_message_with_no_sender_in_the_text_is_from_the_sender_the_title_opens_with(title, speaker):
    assert _message(_MESSAGE, title) == [speaker]


def test_a_head_of_states_message_is_the_titles_sender_before_any_holder_of_the_office():
    text = _MESSAGE.replace("The message", "The President’s message")
    assert _message(text, "Vladimir Putin sent a message to President of Ukraine Petro Poroshenko") == \
        ["Vladimir Putin"]


@pytest.mark.parametrize("text, speaker", [
    ("Vladimir Putin’s telegram said, in part:\n“We share the pain of the losses suffered by your people.”",
     "Vladimir Putin"),
    ("Vladimir Putin arrived. Mr Putin’s message read:\n“We share the pain of the losses suffered by your people.”",
     "Vladimir Putin"),
    ("Gazprom’s statement said, in part:\n“We share the pain of the losses suffered by the families.”", None),
])
def test_a_persons_document_speaks_for_the_person(text, speaker):
    assert _message(text) == [speaker]


@pytest.mark.parametrize("aside", ["in part", "in particular", "among other things", "however"])
def test_a_writers_aside_between_the_cue_and_that_is_no_content(aside):
    text = f"At the press conference, President Putin said, {aside}, that the summit had shown the way."
    found = _quotes(text)
    assert [(text[q.start:q.end], q.speaker) for q in found] == [("the summit had shown the way", "Putin")]


@pytest.mark.parametrize("text, kinds", [
    # reported speech runs into quoted words: one mixed quote, the reported speaker's
    ('Yesterday Deputy Prime Minister Salvini said that Italians must not hand their data to "an undemocratic '
     'country like China" at any cost.', [("mixed", "Salvini")]),
    ("Putin publicly said that Western weapons would, quote, “change the nature of the conflict.”",
     [("mixed", "Putin")]),
    # a quote opened after a colon or a comma is a quote of its own
    ("On my way here, I asked people: “What question would you like to ask the President today?”",
     [("direct", None)]),
])
def test_reported_speech_holds_the_unattributed_quote_it_runs_into(text, kinds):
    assert [(q.kind, q.speaker) for q in _quotes(text)] == kinds


# ------------------------------------------- classes read on the MFA third development batch (issue 17)

def _answer_quotes(tmp_path, *paragraphs) -> list[tuple]:
    """(quote, speaker, attribution) of the reports in an English MFA-format page of our own."""
    title = "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on March 5, 2019"
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    (tmp_path / "p.html").write_text(f"<html lang='en'><head><title>{title}</title></head><body><div class='content'>"
                                     f"<h2 class='title'>{title}</h2>{body}</div></body></html>", "utf-8")
    quotes = dx.load(tmp_path / "p.html", progress=False).quotes
    text = dx.load(tmp_path / "p.html", progress=False).documents["text"].iloc[0]
    return [(text[q.start:q.end], q.speaker if isinstance(q.speaker, str) else None, q.attribution)
            for q in quotes.itertuples() if q.kind != "turn"]


@pytest.mark.parametrize("answer, quote", [
    ("Like I said just now, we hope that our two sides can make concerted efforts.",
     "we hope that our two sides can make concerted efforts"),
    ("As to the trade friction, like I just said, the US knows perfectly well China's stance.",
     "the US knows perfectly well China's stance"),
    ("Like I stressed yesterday, the JCPOA is irreplaceable for the region.", "the JCPOA is irreplaceable for the region"),
])
def test_like_i_said_is_the_spokespersons_own_earlier_words(tmp_path, answer, quote):
    assert (quote, "Lu Kang", "turn_speaker") in _answer_quotes(tmp_path, "Q: What about it?", f"A: {answer}")


def test_like_he_said_after_a_clause_reports_the_clause_before(tmp_path):
    found = _answer_quotes(tmp_path, "Q: What about it?", "A: If the BRI indeed comes with shackles, like he said, "
                                                        "why are so many countries taking part in it?")
    assert [q for q, _, _ in found] == ["If the BRI indeed comes with shackles"]


@pytest.mark.parametrize("question", [
    "Is China upset at what she said last night on China?",  # the object of "what": nothing reported after it
    "Do you need me to repeat what I said in response to the same question yesterday?",
    "We have been informed that there were several legal irregularities in the case.",  # the listener, in the passive
    "The two Presidents have maintained contact through various means.",  # an object, no clause
])
def test_cues_whose_words_do_not_follow_them_report_nothing(tmp_path, question):
    assert _answer_quotes(tmp_path, f"Q: {question}", "A: I have no information.") == []


def test_what_someone_said_before_a_colon_still_introduces_it(tmp_path):
    found = _answer_quotes(tmp_path, "Q: What about it?", "A: Let me repeat what he said: the two sides should talk.")
    assert [q for q, _, _ in found] == ["the two sides should talk"]


@pytest.mark.parametrize("text, quote, role", [
    ("Some say that such a rapid speed suggests political factors.",
     "such a rapid speed suggests political factors", "some"),
    ("During this meeting, all relevant parties agreed that concluding the negotiations is important.",
     "concluding the negotiations is important", "all relevant parties"),
    ("Leaders of the two sides said that under the current circumstances, all countries should stand together.",
     "under the current circumstances, all countries should stand together", "Leaders of sides"),
    ("Russia's Special Presidential Representative on Climate Issues said that Russia is becoming a full participant.",
     "Russia is becoming a full participant", "Russia's Special Presidential Representative on Climate Issues"),
])
def test_unnamed_speakers_by_quantity_place_or_title_are_groups_not_names(text, quote, role):
    assert (quote, None, role) in _found(text, "2019-03-05")


def test_that_before_a_fronted_adverbial_keeps_the_report():
    text = ("Michael Moller said that China plays a vital role. He added that in the following two years, China "
            "demonstrated its commitment with concrete actions.")
    assert ("in the following two years, China demonstrated its commitment with concrete actions", "Michael Moller",
            None) in _found(text, "2019-03-05")


def test_a_state_speaks_by_its_registry_name_and_another_states_minister_is_not_the_home_one(tmp_path):
    found = _answer_quotes(tmp_path, "Q: The US says that China wants to make a deal. The Australian Foreign Minister "
                                     "recently criticized China for pressuring an airline to change its website, saying "
                                     "that private companies should not be "
                                     "subject to political pressure. Your comment?", "A: We oppose it.")
    assert ("China wants to make a deal", "United States", "organisation") in found
    # not the home state's (China's) Foreign Minister: Australia's on the page's date (registry 1.5)
    assert ("private companies should not be subject to political pressure", "Marise Payne", "group") in found


@pytest.mark.parametrize("text, speaker", [
    # a transcript's question label "Q" is no part of a name; a question's verb alone is no speaker
    ("MS. PSAKI: Go ahead.\n\nQ Biden, yesterday, said he was planning to call Senator McConnell.", "Biden"),
    ("Q Zelenskyy was saying that there was a short truce proposed by Russia.", "Zelenskyy"),
    ("Q Can you confirm that and say when the administration might impose those export controls?", None),
])
def test_a_question_label_or_verb_is_no_name(text, speaker):
    assert [q.speaker for q in _quotes(text)] in ([speaker], [] if speaker is None else [speaker])


@pytest.mark.parametrize("phrase", ["Trump Tower", "the Caspian Sea", "the South China Sea", "the Bolshoi Theatre",
                                    "the Korean Peninsula", "the Build Back Better Agenda"])
def test_a_place_or_buildings_name_is_no_person(phrase):
    assert parse_speaker(phrase) is None


@pytest.mark.parametrize("phrase", ["The International Monetary Fund", "the Federal Reserve", "the Irkutsk Region"])
def test_funds_banks_and_regions_still_speak(phrase):
    found = parse_speaker(phrase)
    assert found is not None and found.name.split()[-1] == phrase.split()[-1]


@pytest.mark.parametrize("text, speaker", [
    # a role that names a state is not the holder of that title named before from another state
    ("Vladimir Putin met President Ram Nath Kovind of India in the Kremlin. The Russian President stressed that "
     "he relies on further consolidating bilateral cooperation.", "Vladimir Putin"),
    ("Foreign Minister Wang Yi met his counterpart on Monday. The Australian Foreign Minister recently said that "
     "private companies should not be subject to political pressure.", "Marise Payne"),  # not Wang Yi
    ("Vladimir Putin met the Belarusian leader. The Belarusian president also said that it did not matter which "
     "type of enterprise produced the tractor.", "Alexander Lukashenko"),
])
def test_a_role_naming_a_state_is_that_states_holder(text, speaker):
    said = [s for q, s, _ in _found(text, "2019-12-01") if q.startswith(("he relies", "private", "it did not"))]
    assert said == [speaker]


@pytest.mark.parametrize("text, quote", [
    # a relative clause or a dash inside what was said is part of it
    ("Addressing the meeting, Mr Putin emphasised that the outcome of the Second World War, which began on Soviet "
     "territory almost 60 years ago, should warn those who intended to use force.",
     "the outcome of the Second World War, which began on Soviet territory almost 60 years ago, should warn those "
     "who intended to use force"),
    ("Mr Putin suggested developing cooperation in two ways – a purely political cooperation and extended "
     "counter-terrorist cooperation.",
     "developing cooperation in two ways – a purely political cooperation and extended counter-terrorist cooperation"),
])
def test_relative_clauses_and_dashes_stay_in_the_content(text, quote):
    assert quote in [q for q, _, _ in _found(text, "2002-05-14")]


@pytest.mark.parametrize("text, expected", [
    ("Mr Putin reaffirmed his readiness to work together, and expressed confidence that this would "
     "serve the vital interests of both nations.", [("this would serve the vital interests of both nations",
                                                     "Vladimir Putin")]),
    ("During the meeting, the President asked if an urban development master plan was created for Irkutsk, and the "
     "Governor replied that a city development programme is currently being created.",
     [("if an urban development master plan was created for Irkutsk", "Vladimir Putin"),
      ("a city development programme is currently being created", None)]),
    # a new subject after "while" (no comma) starts its own report
    ("Prime Minister Lena Holm said the victims were children while Interior Minister Tomas Berg wrote he had "
     "ordered checks on every site.", [("the victims were children", "Lena Holm"),
                                        ("he had ordered checks on every site", "Tomas Berg")]),
    ("The mayor said the bridge was safe whereas the Transport Agency stated that it must close.",
     [("the bridge was safe", None), ("it must close", "Transport Agency")]),
    # ... but a clause after "while" without a cue verb stays in the content
    ("Lena Holm said the attack happened while Secretary Tomas Berg visited the capital.",
     [("the attack happened while Secretary Tomas Berg visited the capital", "Lena Holm")]),
])
def test_a_second_cue_after_and_starts_a_report_of_its_own(text, expected):
    assert [(q, s) for q, s, _ in _found(text, "2019-12-01")] == expected


def test_a_long_adverbial_between_as_x_said_and_the_quote_keeps_the_speaker():
    text = ('As President Xi Jinping said early this month at the opening ceremony of the first China International '
            'Import Expo, "after going through 5,000 years of trials and tribulations, China is still here!"')
    assert [(q.kind, q.speaker) for q in _quotes(text)] == [("direct", "Xi Jinping")]


@pytest.mark.parametrize("text, expected", [
    # two persons coordinated as the subject
    ("Vladimir Putin and Angela Merkel noted that the talks went well.",
     ("the talks went well", "Vladimir Putin and Angela Merkel", None, "joint")),
    ("Earlier, Vladimir Putin met George W. Bush. Mr Putin and Mr Bush agreed that talks would go on.",
     ("talks would go on", "Vladimir Putin and George W. Bush", None, "joint")),
    # "the two leaders", "leaders of the two sides": the two persons last named in full
    ("Premier Li Keqiang had a telephone conversation with President of the European Commission Jean-Claude "
     "Juncker yesterday. Leaders of the two sides said that all countries should stand together.",
     ("all countries should stand together", "Li Keqiang and Jean-Claude Juncker", None, "joint")),
    # "they" opening the sentence after one that "the two leaders" opens
    ("Vladimir Putin had a telephone conversation with Federal Chancellor of Germany Angela Merkel. The two leaders "
     "expressed a negative opinion of the recent statements. They also reaffirmed that there is no alternative to "
     "the Minsk agreements.",
     ("there is no alternative to the Minsk agreements", "Vladimir Putin and Angela Merkel", None, "joint")),
    # "both leaders" opening an item: the two persons the text names together just after
    ("Both leaders expressed satisfaction with the festival. They noted that the schedule includes over 250 events."
     "\n\nVladimir Putin and Paolo Gentiloni exchanged opinions on current international issues.",
     ("the schedule includes over 250 events", "Vladimir Putin and Paolo Gentiloni", None, "joint")),
    # two persons of one state: that state
    ("President Xi Jinping and Foreign Minister Wang Yi said that the talks were productive.",
     ("the talks were productive", "Xi Jinping and Wang Yi", "CHN", "joint")),
    # states and organisations listed as one subject, as the registry names them; a list of three or more
    ("Russia and China said that the plan was bad.", ("the plan was bad", "Russia and China", None, "joint")),
    ("China and the UK have agreed that the dialogue would be held in June.",
     ("the dialogue would be held in June", "China and United Kingdom", None, "joint")),
    ("Q: Belgium, Denmark, Finland, the Netherlands, Sweden and Norway declared in a joint statement on December 2 "
     "that they will join the INSTEX mechanism.", ("they will join the INSTEX mechanism",
                                                  "Belgium, Denmark, Finland, Netherlands, Sweden and Norway", None,
                                                  "joint")),
    ("Yesterday, the FDA and CDC announced that out of an abundance of caution they have recommended a pause.",
     ("out of an abundance of caution they have recommended a pause", "FDA and CDC", None, "joint")),
    # the list opening the sentence speaks through its letter and its statement
    ("Q: Adidas, Nike and PUMA joined forces with 170 other firms in a letter to President Trump that says "
     "additional tariffs would be catastrophic.", ("additional tariffs would be catastrophic", "Adidas, Nike and PUMA",
                                                  None, "joint")),
    ("Q: Media say that the EU, the UK, France and Germany issued a joint statement on May 9, saying that they "
     "remain committed to the JCPOA.", ("they remain committed to the JCPOA",
                                        "EU, United Kingdom, France and Germany", None, "joint")),
    # "they" after a joint speaker is the same joint speaker
    ("Uruguay and Mexico announced that they will organize a conference. They also said that the conference will "
     "involve ten countries.", ("the conference will involve ten countries", "Uruguay and Mexico", None, "joint")),
])
def test_two_persons_speaking_together_are_one_joint_speaker(text, expected):
    quotes = dx.load(pd.DataFrame({"text": [text], "date": ["2019-05-01"]}), progress=False).quotes
    found = [(text[a:b], s, c if isinstance(c, str) else None, at) for a, b, s, c, at in
             zip(quotes["start"], quotes["end"], quotes["speaker"], quotes["speaker_country"], quotes["attribution"])]
    assert expected in found


@pytest.mark.parametrize("text, quote, speaker", [
    ("Erdoğan cited Article 5 and said that Turkey would act.", "Turkey would act", "Recep Tayyip Erdoğan"),
    ("Mr Putin met the Governor. The two leaders discussed the budget, and Mr Putin said that it must grow.",
     "it must grow", "Vladimir Putin"),
    # a pair named only far after "the two leaders" is not theirs
    ("The two leaders said that the talks had been useful. " + "The weather was fine that week. " * 30
     + "Vladimir Putin and Paolo Gentiloni met later.", "the talks had been useful", None),
])
def test_a_joint_speaker_needs_two_persons_named(text, quote, speaker):
    assert (quote, speaker) in _quotes_on(text)


@pytest.mark.parametrize("text", [
    # names after a preposition or a verb are objects, not a joint subject
    "Q: The attorneys general from Missouri and Louisiana said there is a vast censorship enterprise.",
    "Many of those who called for sending Leopards and Abrams to Ukraine argued that Russia is too weak to respond.",
    "Relations between China and the US are good, the spokesperson said.",
    # a portfolio with "and" before a person's name is one person
    "US Assistant Secretary of State for East Asia and the Pacific David Stilwell said the US has helped China.",
    # a phrase that is no list of names
    "In the wake of the mass shootings in Colorado and Virginia, the President said he wanted a ban.",
])
def test_names_joined_by_and_that_are_no_joint_subject(text):
    speakers = [s for _, s in _quotes_on(text)]
    assert not [s for s in speakers if " and " in str(s)]
    if "Stilwell" in text:
        assert speakers == ["David Stilwell"]


@pytest.mark.parametrize("text, quote, speaker", [
    # a date before the comma is no number before a noun ("40 confirmed cases")
    ("Q: US House Speaker Pelosi issued a statement on August 6, saying that the outpouring of courage stands in "
     "contrast.", "the outpouring of courage stands in contrast", "Nancy Pelosi"),
    # a titled surname opening the sentence says the participle, not a place named later
    ("Q: US Secretary of State Pompeo delivered a speech at the Hudson Institute in New York on October 30, saying "
     "that the party is hostile to American values.", "the party is hostile to American values", "Mike Pompeo"),
])
def test_a_participle_after_a_date_is_said_by_the_sentences_subject(text, quote, speaker):
    assert (quote, speaker) in _quotes_on(text)


@pytest.mark.parametrize("text, quote, speaker", [
    ('Q: Yesterday Deputy Prime Minister Matteo Salvini said that Italians must retain control of sensitive data '
     'and prevent what he said "an undemocratic country like China" from getting them. What is your comment?',
     'Italians must retain control of sensitive data and prevent what he said "an undemocratic country like China" '
     'from getting them', "Matteo Salvini"),
    ('Senator Tom Cotton says the wealthiest colleges are indoctrinating young people with what he calls '
     '“un-American ideas.”', 'the wealthiest colleges are indoctrinating young people with what he calls '
     '“un-American ideas.”', "Tom Cotton"),
])
def test_words_quoted_inside_a_report_with_he_said_are_the_reporters(text, quote, speaker):
    found = _found(text, "2019-05-01", "kind")
    assert (quote, speaker, "mixed") in found
    assert not [k for _, _, k in found if k == "direct"]


@pytest.mark.parametrize("source, text, speaker", [
    # a bare title in an item of a government's own source is that government's holder on the date,
    # whatever state the item is most about
    ("President of Russia", "Mr Saakashvili spoke of Georgia and Georgian wine. Georgia wants trade. The President "
     "said that Russia is interested in importing quality products.", "Vladimir Putin"),
    ("The White House", "Q Thanks. On Ukraine and Ukraine's war: the President said today that the administration "
     "would comply with whatever the courts decide.", "Joe Biden"),
    # in an outlet's item the story's state stays the home
    (None, "Georgia wants trade. The Georgian parliament met. The President said that Georgia is interested in "
     "exporting quality products.", None),
])
def test_a_bare_title_in_a_governments_own_source_is_its_holder(source, text, speaker):
    frame = pd.DataFrame({"text": [text], "published": ["2006-07-01" if source != "The White House" else "2023-05-01"]})
    if source:
        frame["source"] = source
    quotes = dx.load(frame, progress=False).quotes
    said = [s if isinstance(s, str) else None for s in quotes["speaker"]]
    if speaker is None:
        assert "Vladimir Putin" not in said and "Joe Biden" not in said
    else:
        assert speaker in said


@pytest.mark.parametrize("text, quote, speaker", [
    # where and when it was said, between "As X said" and the comma before the content
    ("As State Councilor and Foreign Minister Wang Yi stressed in his speech at the United Nations Climate Action "
     "Summit, to address this issue, we need to be determined to win the fight.",
     "to address this issue, we need to be determined to win the fight", "Wang Yi"),
    ("Markets matter. And, as the President said in his speech on Tuesday, we must help the workers who lost jobs.",
     "we must help the workers who lost jobs", None),
    # a subject, then where it spoke, then the cue
    ("Q: Australian Prime Minister Morrison in a speech in Chicago earlier this week said China should be "
     "considered as a developed country.", "China should be considered as a developed country", "Scott Morrison"),
    # verbs of praise with a that-clause report what was said
    ("At the reunion, Ethiopia Prime Minister Abiy Ahmed commended that China has made outstanding contributions.",
     "China has made outstanding contributions", "Abiy Ahmed"),
])
def test_a_setting_between_speaker_cue_and_content_keeps_the_report(text, quote, speaker):
    found = dict(_quotes_on(text))
    assert quote in found
    assert speaker is None or found[quote] == speaker


@pytest.mark.parametrize("text, speaker", [
    # a bare title is the last person named with all its title words and the same rank
    ("Vice President Kamala Harris met President Joe Biden. The Vice President said that the plan was good.",
     "Kamala Harris"),
    ("President Joe Biden met Vice President Kamala Harris. The President said that the plan was good.", "Joe Biden"),
    ("Foreign Minister Sergey Lavrov met Prime Minister Mikhail Mishustin. The Foreign Minister said that the plan "
     "was good.", "Sergey Lavrov"),
    ("Foreign Minister Sergey Lavrov arrived. The Minister said that the plan was good.", "Sergey Lavrov"),
])
def test_a_bare_title_is_its_holder_of_the_same_rank(text, speaker):
    assert dict(_quotes_on(text))["the plan was good"] == speaker


@pytest.mark.parametrize("text", [
    "Mr Putin invited guests to the dinner in the Kremlin.",  # "to" and no verb: no invitation to act
    "Mr Putin was invited to the summit.",
    "Mr Putin said, as he left, the talks were over.",  # an aside with no "that" after it is no filler
])
def test_invitations_without_a_verb_and_asides_without_that_report_nothing(text):
    assert [q for q, _ in _quotes_on(text) if "dinner" in q or "summit" in q or q.startswith("as he")] == []


def test_praise_without_a_clause_reports_nothing():
    assert _quotes_on("The Ministry commended the workers for their bravery in the storm last week.") == []


@pytest.mark.parametrize("text, country", [
    # a surname whose only registry holder is of another state than the role names stays a surname
    ("Q: Irish Prime Minister Morrison said that China is a partner of his country.", "IRL"),  # not Scott Morrison
    ("Q: Texas Governor Abbott said that the border would be overwhelmed by migrants.", "USA"),
])
def test_a_surname_of_another_state_than_the_role_is_not_linked(text, country):
    found = [(s, c) for _, s, c in _found(text, "2019-05-01", "speaker_country")]
    assert found == [(text.split(" said")[0].split()[-1], country)]


@pytest.mark.parametrize("text, speaker", [
    # "the Russian leader" is the person of that state named last before, within the quote's reach
    ("Vladimir Putin met Prime Minister Tony Blair in Moscow on Friday. The Russian leader noted that Mr Blair "
     "was very quick to accept the invitation.", "Vladimir Putin"),
    ("Vladimir Putin and Nursultan Nazarbayev discussed economic cooperation. The Kazakh leader said that experts "
     "had agreed only on part of the plan.", "Nursultan Nazarbayev"),
    # an organisation's leader is no state's, and leaders are no one person
    ("Vladimir Putin met NATO Secretary General George Robertson. The NATO leader stressed that the threat had "
     "become clearer.", None),
    ("Vladimir Putin met the heads of the CIS states. The Russian leaders said that the meeting had gone well.", None),
])
def test_the_leader_of_a_state_is_its_person_named_before(text, speaker):
    found = [s for _, s, kind in _found(text, "2002-05-01", "kind") if kind == "indirect"]
    assert len(found) == 1
    assert found[0] in ((speaker,) if speaker else (None, "George Robertson"))


def test_the_leader_of_a_state_on_no_date_is_nobody():
    # with no date, several presidents held the office: none is picked
    text = "Q: The US leader said that China Daily placed propaganda ads in US papers last week."
    quotes = dx.load(pd.DataFrame({"text": [text]}), progress=False).quotes
    assert quotes["speaker"].isna().all() and (quotes["speaker_country"] == "USA").all()
    dated = _found(text, "2018-10-01")
    assert [s for _, s, _ in dated] == ["Donald Trump"]


@pytest.mark.parametrize("phrase, name, role, kind", [
    ("the Australian embassy in Beijing", None, "Australian embassy", "group"),
    ("The US Embassy in Moscow", "US Embassy", None, "organisation"),
    ("the consulate in Hong Kong", None, "consulate", "group"),
    ("the Chinese delegation at Geneva", None, "Chinese delegation", "group"),
])
def test_a_mission_named_with_where_it_stands_is_the_sending_body(phrase, name, role, kind):
    """An embassy, consulate, mission or delegation "in X" stands in X and speaks for another state."""
    found = parse_speaker(phrase)
    assert (found.name, found.role, found.kind) == (name, role, kind)


@pytest.mark.parametrize("phrase, place", [("the government in Kabul", "Kabul"), ("the ministry in Moscow", "Moscow")])
def test_a_body_that_is_no_mission_keeps_its_place(phrase, place):
    """ "the government in Kabul" is Afghanistan's: the place names it, not dropped as a mission's."""
    assert parse_speaker(phrase).name == place


@pytest.mark.parametrize("text, country", [
    ("The Australian embassy in Beijing has formally asked China to allow the family to leave.", "AUS"),
    ("The US embassy in Beijing said that the visas would be issued on Monday.", "USA"),
    ("Italy's presidential palace said that President Sergio Mattarella has commissioned Giuseppe Conte.", "ITA"),
])
def test_missions_and_palaces_report_for_their_state(text, country):
    corpus = dx.load(pd.DataFrame({"text": [text], "published": ["2019-08-29"]}), progress=False)
    quotes = corpus.quotes
    assert len(quotes) == 1 and quotes["speaker_country"].iloc[0] == country
    assert quotes["attribution"].iloc[0] == "group"


def _reported(text):
    return [(q.speaker, text[q.start:q.end]) for q in _quotes(text) if q.kind == "indirect"]


@pytest.mark.parametrize("text", [
    "Putin told the meeting that a working group is being created.",
    "Putin informed the participants that a working group is being created.",
    "Putin told the press conference that a working group is being created.",
    "Putin told the publication that a working group is being created.",  # "the public" is no listener here
    "Putin assured everyone that a working group is being created.",
    "Putin told reporters that a working group is being created.",
    "Putin told Reuters that a working group is being created.",
])
def test_a_listener_is_every_word_before_that(text):
    """What a listener's cue reports starts after "that", whatever listener stands before it."""
    assert _reported(text) == [("Putin", "a working group is being created")]


@pytest.mark.parametrize("text, content", [
    ("Putin told him the group had failed.", "the group had failed"),
    ("He warned that the plan that failed would return.", "the plan that failed would return"),
])
def test_a_that_inside_the_content_is_no_listener(text, content):
    assert [c for _, c in _reported(text)] == [content]


@pytest.mark.parametrize("text", [
    "Putin expressed his confidence that the group would be created.",
    "Putin expressed certainty that the group would be created.",
    "Putin expressed the conviction that the group would be created.",
    "Putin voiced concern that the group would be created.",
    "Putin expressed their hope that the group would be created.",
    "Putin expressed concern on Monday that the group would be created.",  # an adverbial before "that"
    "Putin reminded the meeting that the group would be created.",
])
def test_an_attitude_expressed_or_a_reminder_reports_its_clause(text):
    assert _reported(text) == [("Putin", "the group would be created")]


@pytest.mark.parametrize("text", [
    "Putin expressed hope for a speedy recovery of the economy.",  # no clause
    "Putin expressed concern about continued settlement growth.",
    "The US Embassy voiced concern over the disappearance of the photographer.",
    "Has he expressed concern about that gap and how it squares with the plan?",  # "that" of a noun
    "The film reminded him of his childhood.",
    "This reminds us that the group exists.",  # no person reminds
])
def test_an_attitude_or_a_reminder_without_a_speakers_clause_reports_nothing(text):
    assert _reported(text) == []


def test_thanks_is_no_speaker():
    text = "Thank you, Liz, for providing all this information and reminding us that the numbers could change."
    assert all(speaker != "Thank" for speaker, _ in _reported(text))


@pytest.mark.parametrize("phrase, name, role", [
    ("Minister of Foreign Affairs Wang Yi", "Wang Yi", "Minister of Foreign Affairs"),
    ("Minister of Foreign Affairs of Kazakhstan Mukhtar Tileuberdi", "Mukhtar Tileuberdi",
     "Minister of Foreign Affairs of Kazakhstan"),
    ("Chief Justice John Roberts", "John Roberts", "Chief Justice"),
    ("Secretary of State Antony Blinken", "Antony Blinken", "Secretary of State"),  # unchanged
    ("Justice Breyer", "Breyer", "Justice"),  # unchanged: a title alone before a surname
])
def test_a_portfolio_ends_the_role_not_starts_the_name(phrase, name, role):
    """The last word of a portfolio ("Affairs", "Justice") after a title is the role's, not the name's."""
    found = parse_speaker(phrase)
    assert (found.name, found.role, found.kind) == (name, role, "person")


def test_a_portfolio_title_alone_is_a_role():
    found = parse_speaker("the Minister of Foreign Affairs")
    assert (found.name, found.role, found.kind) == (None, "Minister of Foreign Affairs", "group")


@pytest.mark.parametrize("phrase, name", [
    ("General Secretary To Lam", "To Lam"), ("the ROK Ministry of Foreign Affairs Lee Do Hoon", "Lee Do Hoon"),
    ("Ambassador to Japan Rahm Emanuel", "Rahm Emanuel"),  # a preposition of the role stays the role's
])
def test_a_name_syllable_spelled_like_a_short_word_stays_in_the_name(phrase, name):
    assert parse_speaker(phrase).name == name


def test_a_quote_before_its_russian_original_in_one_paragraph_is_read_in_english():
    """An English article's paragraph that quotes in English and then gives the Russian original is
    Russian by its letters; its English sentences are still read by the English forms (second
    Wikinews batch: "Bizheva said: ..." was lost)."""
    text = ("Madina Bizheva won the Olympiad on Monday in Moscow, ahead of students from four universities. The "
            "other two places were awarded to students from the First Moscow State Medical University and from the "
            "Ural State Medical University. The organisers said the contest would be held again next year.\n\n"
            'Bizheva said: "I give my victory to my mother, who inspired me to study." ((ru))Russian: Свою победу '
            "я дарю маме, которая вдохновила меня пойти учиться на нейрохирурга.")
    assert ("I give my victory to my mother, who inspired me to study.", "Madina Bizheva") in _quotes_on(text)


# ------------------------------------------- classes read on the Wikinews batches, thirteenth pass (issue 17)

@pytest.mark.parametrize("text, expected", [
    # a capitalised "Police" opening a sentence is "the police": unnamed, unless a fuller name came before
    ("Police said the suspected gunman surrendered.", ("the suspected gunman surrendered", None)),
    ("Thames Valley Police were called. Police said the man was arrested.",
     ("the man was arrested", "Thames Valley Police")),
    # an outlet's title ending in "Today" is no state and no time
    ("USA Today noted the commission may advise including women in the draft.",
     ("the commission may advise including women in the draft", "USA Today")),
    # "aide" is a role word and "aides" a group
    ("Presidential Aide Igor Shuvalov said growth needed private initiative.",
     ("growth needed private initiative", "Igor Shuvalov")),
    ("Aides said the meeting went well.", ("the meeting went well", None)),
])
def test_unnamed_bodies_outlets_and_aides(text, expected):
    assert expected in _quotes_on(text)


def test_he_and_she_skip_a_person_whose_given_name_is_the_other_sex():
    text = ("Prime Minister Ardern said on Friday the gun laws should be changed. Terrorism expert Greg Barton said "
            'the attack was planned. She said, "I have instructed officials to report to Cabinet."')
    assert ("I have instructed officials to report to Cabinet.", "Jacinda Ardern") in _quotes_on(text)  # registry 1.6
    text = "Emma Caufield met Ian Campbell. Campbell said the helmet was ready. He added that sculpting was fun."
    assert ("sculpting was fun", "Ian Campbell") in _quotes_on(text)


def test_given_gender_reads_only_full_names_and_leaves_family_names_first_alone():
    from discourse.corpus._quotes import given_gender

    assert [given_gender(n) for n in ("Greg Barton", "Jacinda Ardern", "Kim Jong Un", "Li Keqiang",
                                      "Yuri Ushakov", "Andrea Orlando", "Barton", "Aide Igor Shuvalov")] == \
        ["male", "female", None, None, None, None, None, None]


def test_a_surname_that_names_a_day_after_a_given_name():
    text = ('Actress Doris Day died on Monday. "I have the reputation of being Miss Goody Two-Shoes," Day said in '
            'her 1976 autobiography, "so I am afraid it is going to shock some people."')
    assert [s for _, s in _quotes_on(text)] == ["Doris Day", "Doris Day"]
    assert parse_speaker("Victory Day") is None and parse_speaker("Labor Day organisers").kind == "group"


@pytest.mark.parametrize("text, expected", [
    # "according to" a document and who issued it, after the quote as before it
    ('"The airline transports weapons across the Middle East," according to a tweet on Monday by US Secretary of '
     "State Mike Pompeo.", ("The airline transports weapons across the Middle East,", "Mike Pompeo")),
    ('According to a post on Monday by Senator Ted Cruz, "the deal is dead."', ("the deal is dead.", "Ted Cruz")),
    # a passive cue's agent is the speaker, not the subject
    ('In a meeting that day he was told by Emergencies Minister Yevgeny Zinichev of "presumably between 36 and '
     '40 people under the rubble".', ("presumably between 36 and 40 people under the rubble", "Yevgeny Zinichev")),
    ('Reporters were told by the spokesman that "talks are over."', ("talks are over.", None)),
])
def test_documents_after_according_to_and_passive_agents(text, expected):
    assert expected in _quotes_on(text)


@pytest.mark.parametrize("phrase, role", [
    # a role "of the" a body is a described person, not a person named after the body
    ("the head of the IAEA", "head of IAEA"), ("officials of the EU", "officials of EU"),
    ("Director General of the IAEA", "Director General of IAEA"), ("members of the EurAsEC", "members of EurAsEC"),
    # a quantifier alone is nobody's name
    ("All", "all"), ("Most", "most"),
])
def test_roles_of_the_body_and_quantifiers_are_unnamed(phrase, role):
    found = parse_speaker(phrase)
    assert (found.name, found.role, found.kind) == (None, role, "group")


@pytest.mark.parametrize("text, expected", [
    # "..., the Russian President said": the clause's own subject, not a name in the reported words
    ("Mr Putin spoke in Astana. The bank is also open to other countries, above all members of the EurAsEC, the "
     "Russian President said.", ("The bank is also open to other countries, above all members of the EurAsEC",
                                 "Vladimir Putin")),
    # "Both" after two persons named together is the two of them
    ("Vladimir Putin and Jacques Chirac met in Paris on Monday. Both said the talks were useful.",
     ("the talks were useful", "Vladimir Putin and Jacques Chirac")),
    # data "from" a body are the body's
    ("According to data from the OECD, global FDI flows fell by a fifth.",
     ("global FDI flows fell by a fifth", "OECD")),
    # a quantifier opening the sentence before a coordinated cue: unnamed, the report kept
    ("All participants voiced support for South Africa and committed themselves to sending positive signals.",
     ("themselves to sending positive signals", None)),
])
def test_clause_subjects_pairs_and_data(text, expected):
    assert expected in _found_2004(text)


def _found_2004(text: str) -> list[tuple]:
    return [(q, s) for q, s, _ in _found(text, "2004-06-01")]


@pytest.mark.parametrize("text, expected", [
    # French titles
    ("Emily Spanton testified on Monday. Mme Spanton said the officers lied.", ("the officers lied", "Emily Spanton")),
    # a subject after a fronted adverbial opening with a preposition of any kind is a pronoun's antecedent
    ("Emma Caufield met fans on Friday. Ian Campbell had a booth. Amidst the bustle, Campbell was working on a helmet. "
     'After the convention, he told Wikinews that "it can be tough to maintain focus."',
     ("it can be tough to maintain focus.", "Ian Campbell")),
    # a pope is named with his title
    ("During the summit, Pope Francis said the victims had a right to justice. The Pope said the decree was binding.",
     ("the decree was binding", "Pope Francis")),
])
def test_titles_fronted_subjects_and_popes(text, expected):
    assert expected in _quotes_on(text)


def test_a_state_office_of_another_state_is_not_the_president_named_before():
    text = ("President Biden spoke in Detroit on Monday. The president of Turkey has said that he considers it "
            "a murder.")
    assert ("he considers it a murder", "Recep Tayyip Erdoğan") in [(q, s) for q, s, _ in _found(text, "2024-09-06")]


def test_the_given_names_file_is_what_its_build_tool_says():
    """Every row a capitalised name and a sex; none of the names the tool leaves out (family names
    written first, names the Census gives to women that name men elsewhere); sorted and unique."""
    from discourse._datafiles import read_data_csv
    from tools.build_given_names import ABROAD, FAMILY_FIRST

    rows = read_data_csv("quotes/given_names.csv", ("name", "gender"))
    names = [row["name"] for row in rows]
    assert len(rows) > 4000 and names == sorted(set(names))
    assert {row["gender"] for row in rows} == {"male", "female"}
    assert all(n.isalpha() and n[0].isupper() and n[1:].islower() for n in names)
    assert not (set(names) & (FAMILY_FIRST | ABROAD))


# ------------------------------------------- roles, owners and clauses read on the Wikinews batches (issue 17)

@pytest.mark.parametrize("text, expected", [
    # a person's role in -ss is singular: "the actress", "the witness" find the one named with it
    ("Actress Maria Lindqvist opened the festival on Friday. The actress recalled that the first film had no budget.",
     ("the first film had no budget", "Maria Lindqvist")),
    ("Witness Tomas Brandt testified for an hour. The witness said that the car had no lights.",
     ("the car had no lights", "Tomas Brandt")),
    # an adjective after a role's noun does not head it: "the commissioner" is the one so described
    ("The paper interviewed Anna Kovacs, the government commissioner responsible for energy, on Monday. The firm "
     "declined to comment, but the commissioner stated the plant was financed by a loan.",
     ("the plant was financed by a loan", "Anna Kovacs")),
    # a role noun's holder owns the document it issued: "the judge's statement" after "Judge X"
    ("Judge Helen Marsh ruled on Friday. Part of the judge's statement reads \"the law cannot stand as written.\"",
     ("the law cannot stand as written.", "Helen Marsh")),
    # a possessive person opening a sentence is its subject, and a pronoun's antecedent
    ("Paul Okafor's concert was moved to the stadium. He quipped \"we needed the space anyway.\"",
     ("we needed the space anyway.", "Paul Okafor")),
])
def test_role_nouns_owners_and_possessive_subjects(text, expected):
    assert expected in _quotes_on(text)


@pytest.mark.parametrize("text, quote, wrong", [
    # a clause that ends in a name before ", X said." is content, its name no speaker
    ("Four of the sailors were Filipinos, the navy said.", "Four of the sailors were Filipinos", "Filipinos"),
    ("Okafor had long campaigned for reform in Lagos, the newspaper reported.",
     "Okafor had long campaigned for reform in Lagos", "Lagos"),
    # words before "and" that qualify the noun after it name nobody of their own
    ("Dutch and Belgian officials have said the border would stay open.", "the border would stay open",
     "Dutch and Belgian"),
    # "Including X's ...": an owner only when named as persons are
    ("Including Spain's decision to leave, three changes came in June.\n\nAs she noted then, growth returned.",
     "during that time", "Including Spain"),
])
def test_clauses_and_qualifiers_are_no_speakers(text, quote, wrong):
    assert wrong not in [s for _, s in _quotes_on(text)]


@pytest.mark.parametrize("text, speaker", [
    # guards: a name and its apposition, a relative clause, a person with "and" officials, a thing owned
    ("The talks stalled, Maria Lindqvist, the mediator, said.", "Maria Lindqvist"),
    ("And then you had Senator Ruth Adler, who said the bill was dead.", "Ruth Adler"),
    ("President Ruth Adler and senior officials have said the bill was dead.", "Ruth Adler"),
])
def test_names_before_commas_and_and_still_speak(text, speaker):
    assert speaker in [s for _, s in _quotes_on(text)]


def test_a_role_of_the_press_and_a_kin_owner_are_not_read_as_persons():
    # "the press" is a body, not a person in -ss; "X's mother" makes X no subject
    text = ("Press secretary Ruth Adler spoke on Monday. The press reported that the plan had failed.")
    assert ("the plan had failed", "Ruth Adler") not in _quotes_on(text)
    text = "Ruth Adler's mother, Anna, spoke at the hearing. She said she wanted the truth."
    assert ("she wanted the truth", "Ruth Adler") not in _quotes_on(text)


@pytest.mark.parametrize("text, expected", [
    # a state's government named in two or three words is the state, as in one ("the Saudi government")
    ("The New Zealand government announced that it would buy four aircraft.",
     ("it would buy four aircraft", "New Zealand")),
    ("The United States government claims the airline flies cargo to Syria.",
     ("the airline flies cargo to Syria", "United States")),
])
def test_a_state_government_of_several_words_is_the_state(text, expected):
    assert expected in _quotes_on(text)


@pytest.mark.parametrize("text, expected", [
    # a listener with a determiner right before the mark: the quote is the speaker's whole sentence
    ('Chief inspector Ruth Adler gave evidence. She told the tribunal "The checks were never done."',
     [("direct", "The checks were never done.", "Ruth Adler")]),
    # a listener's cue in the passive: the subject heard the question, somebody else asked it
    ("President Ruth Adler gave an interview on Monday. She was asked a question: “Will the tariffs stay?”",
     [("direct", "Will the tariffs stay?", None)]),
    # ... and the cue after such a question is still free for what the subject said
    ("President Ruth Adler spoke. When she was asked “Will you go?,” she said she was not sure.",
     [("direct", "Will you go?,", None), ("indirect", "she was not sure", "Ruth Adler")]),
])
def test_listeners_before_a_mark_and_passive_listeners(text, expected):
    assert [(kind, q, s) for q, s, kind in _found(text, "2019-12-01", "kind")] == expected


@pytest.mark.parametrize("text", [
    # words written on a thing are no one's speech: before the mark, after it, or as a cue's subject
    'Marchers carried a banner from the Green Party saying "no more coal" through the square.',
    'A "Stop the war" placard at the rally in Vienna.',
    "A man wearing a T-shirt saying that the war must end walked past the stage.",
])
def test_words_on_signs_are_not_quotes(text):
    assert _quotes_on(text) == []


@pytest.mark.parametrize("text, expected", [
    # "add to" a thing is to increase it: no report
    ("Today's good news adds to a list of successes that this administration has had in bringing people home.", []),
    ("The minister's resignation added to fears that the coalition would collapse before the budget vote.", []),
    # ... but "added" with a that-clause still reports
    ("Minister Lena Holm added that the coalition would hold until the budget vote.",
     [("the coalition would hold until the budget vote", "Lena Holm")]),
])
def test_add_to_a_thing_is_no_report(text, expected):
    assert _quotes_on(text) == expected


def test_sign_as_a_verb_still_reports():
    text = "Later today, President Ruth Adler will sign an order that directs the agencies to cut emissions."
    assert ("the agencies to cut emissions", "Ruth Adler") in _quotes_on(text)


@pytest.mark.parametrize("text, expected", [
    # "went on to add" reports, with or without "that"; "went on to add new rules" does not
    ('Professor Ruth Adler spoke first. She went on to add "The rule has exceptions."',
     [("The rule has exceptions.", "Ruth Adler")]),
    ("Professor Ruth Adler spoke first. She went on to add that the rule had exceptions.",
     [("the rule had exceptions", "Ruth Adler")]),
    ("The minister went on to add new rules to the code.", []),
])
def test_went_on_to_add(text, expected):
    assert _quotes_on(text) == expected


@pytest.mark.parametrize("text, expected", [
    # ", and I quote," / ", quote," / "— and I'm quoting," between the cue and the mark: the speaker's words
    ("Senator Ruth Adler spoke on Monday. She outlined two bills. And she said, quote, “We will not stop.”",
     ("We will not stop.", "Ruth Adler")),
    ("Governor Tom Okafor wrote on Friday. He said, and I quote, “The state is ready.”",
     ("The state is ready.", "Tom Okafor")),
])
def test_announced_quotation_between_cue_and_mark(text, expected):
    assert expected in _quotes_on(text)


@pytest.mark.parametrize("text, quote, role", [
    # a capitalised word that the text also writes in lower case, and never capitalised inside a sentence,
    # opens a sentence: it names no one
    ("Why not go to the hearing and say, “We will not cut the budget”? Nobody knows why.",
     "We will not cut the budget", None),
    ("Wait, the governor said that the road would reopen. We will wait.", "the road would reopen", "governor"),
])
def test_a_common_word_opening_a_sentence_is_no_speaker(text, quote, role):
    assert (quote, None, role) in _found(text)


def test_a_name_written_inside_a_sentence_stays_a_name_though_also_a_common_word():
    text = ("Reporters asked Brown about the vote on Monday. Brown said the bill was flawed. "
            "The brown envelope stayed shut.")
    assert [s for q, s, _ in _found(text) if q == "the bill was flawed"] == ["Brown"]


@pytest.mark.parametrize("phrase", ["the last thing I’d", "what we’ll", "Yeah", "Sorry"])
def test_contracted_pronouns_and_interjections(phrase):
    found = parse_speaker(phrase)
    assert found is None or found.kind == "pronoun"


def test_a_cue_word_after_a_possessive_or_such_is_a_noun():
    # "Such remarks help nobody", "his comments": the remarks are a thing talked about, no report
    assert _found("The mayor spoke for an hour on Monday. Such remarks help nobody in the city.") == []


@pytest.mark.parametrize("text", [
    "The President toured Florida after Hurricane Ian hit. He said the state would be rebuilt.",
    "The President spoke to reporters in Washington on the South Lawn on Friday. He said the sanctions would be major.",
])
def test_storms_and_lawns_are_no_persons(text):
    # a storm's or a lawn's name is no antecedent of "he": the title's holder is
    assert [s for _, s, _ in _found(text)] == ["Joe Biden"]


@pytest.mark.parametrize("text, expected", [
    # a plural title is no name: "The Presidents" are the two persons named together, "Senators X and Y" X and Y
    ("Vladimir Putin and Jacques Chirac held talks in the Kremlin. The Presidents noted that trade had grown.",
     ("trade had grown", "Vladimir Putin and Jacques Chirac")),
    ("Vladimir Putin held talks with Jacques Chirac. The two Presidents agreed that the treaty should stand.",
     ("the treaty should stand", "Vladimir Putin and Jacques Chirac")),
    ("Senators Patty Murray and Richard Burr said that the bill would pass.",
     ("the bill would pass", "Patty Murray and Richard Burr")),
])
def test_plural_titles_are_no_names(text, expected):
    assert expected in [(q, s) for q, s, _ in _found(text, "2003-03-10")]


def _turn_quotes(parts: list[tuple[str, str, str]]) -> list[tuple]:
    """(quote, speaker, role, attribution) of the reported speech in a transcript of ``parts``: (label, speaker, role)
    then text, one turn a paragraph."""
    text, turns, paragraphs = "", [], []
    for label, speaker, role, body in parts:
        start = len(text)
        text += f"{label}: {body}"
        turns.append(QuoteSpan(start + len(label) + 2, len(text), "turn", speaker, role, "USA"))
        paragraphs.append((start, len(text)))
        text += "\n\n"
    text = text.rstrip()
    sentences = [s for a, b in paragraphs for s in sentence_spans(text, a, b)]
    return [(text[q.start:q.end], q.speaker, q.speaker_role, q.attribution)
            for q in prose_quotes(text, paragraphs, sentences, turns)]


def test_a_turn_speakers_given_name_is_that_speaker():
    found = _turn_quotes([("MR. KIM", "Bob Kim", "Coordinator", "Thanks. Today we ship ten million tests."),
                          ("MS. LEE", "Ann Lee", "Director", "As Bob said, the supply is ready for the winter.")])
    assert ("the supply is ready for the winter", "Bob Kim", "Coordinator", "given_name") in found


def test_a_name_alone_before_a_comma_and_a_subject_is_the_one_addressed():
    found = _turn_quotes([("MS. LEE", "Ann Lee", "Press Secretary", "Go ahead."),
                          ("Q", None, "journalist", "Ann, the President said that the talks would resume. Why?")])
    assert [(q, s, r) for q, s, r, _ in found] == [("the talks would resume", None, "President")]


@pytest.mark.parametrize("text, expected", [
    # adverbs, "each" and "let" opening a sentence name no one; the subject after them speaks
    ("Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had reached a deal.",
     ("it had reached a deal", "Kurdish-led Syrian Democratic Forces")),
    ("Perhaps here, my old teammates could say a few words about the club.", None),
    ("Let me congratulate you all and say that much has been done this year.", None),
])
def test_sentence_adverbs_and_let_are_no_speakers(text, expected):
    found = [(q, s) for q, s, _ in _found(text)]
    if expected:
        assert expected in found
    assert not {s for _, s in found} & {"Late", "Perhaps", "Let"}


@pytest.mark.parametrize("text, expected", [
    # a cue after the content's comma and before a capitalised speaker who ends the sentence
    ("Cooperation between the two states is possible if trust grows, said President Vladimir Putin in a speech "
     "at the summit.", ("Cooperation between the two states is possible if trust grows", "Vladimir Putin")),
    ("The river port will reopen to barges next spring, noted Governor Anna Petrova as she opened the meeting.",
     ("The river port will reopen to barges next spring", "Anna Petrova")),
])
def test_an_inverted_cue_before_its_speaker_at_the_sentence_end(text, expected):
    assert expected in [(q, s) for q, s, _ in _found(text, "2005-05-10")]


def test_a_cue_with_an_object_or_a_few_words_is_not_inverted():
    found = _found("Over the weekend, the senator, Jane Roe, criticized Bidenomics as a costly plan. "
                   "Last one, says Jon.")
    assert not {s for _, s, _ in found} & {"Bidenomics", "Jon"}


@pytest.mark.parametrize("text, speaker", [
    # a title of a state named after a second "of": the title's holder on the date
    ("The Minister of Foreign Affairs of Australia said that talks would resume.", "Marise Payne"),
    ("The Minister for Foreign Affairs of Australia said that talks would resume.", "Marise Payne"),
    ("The President of the Republic of Korea said that talks would resume.", "Moon Jae-in"),
    # the foreign minister under the office's other names
    ("The Indian Minister of External Affairs said that talks would resume.", "Subrahmanyam Jaishankar"),
    # but India's Foreign Secretary is a civil servant, no minister
    ("The Foreign Secretary of India said that talks would resume.", None),
])
def test_an_office_of_a_named_state_is_its_holder(text, speaker):
    assert [(q, s) for q, s, _ in _found(text, "2020-01-01")] == [("talks would resume", speaker)]


@pytest.mark.parametrize("text, date, speaker", [
    # a title of an organisation: its holder on the date, the organisation named in the role...
    ("The Secretary-General of the United Nations said that talks would resume.", "1999-09-21", "Kofi Annan"),
    ("The UN Secretary-General said that talks would resume.", "1985-09-21", "Javier Perez de Cuellar"),
    ("The NATO Secretary General said that talks would resume.", "2019-09-21", "Jens Stoltenberg"),
    # ...or named last before a bare title
    ("We thank the United Nations. As the Secretary-General said, talks would resume.", "1956-09-21",
     "Dag Hammarskjöld"),
    # no holder of an organisation the registry does not give the office, or none named
    ("The Secretary-General of the Commonwealth said that talks would resume.", "1999-09-21", None),
    ("The Secretary-General said that talks would resume.", "1999-09-21", None),
    ("An EU official said that talks would resume.", "2019-09-21", None),  # one of many, no office
])
def test_an_organisations_title_is_its_holder(text, date, speaker):
    assert [(q, s) for q, s, _ in _found(text, date)] == [("talks would resume", speaker)]


@pytest.mark.parametrize("phrase, name, role", [
    # a title abbreviated with a full stop, as news agencies write it, is the role, not part of the name
    ("Sen. Chuck Grassley", "Chuck Grassley", "Sen."),
    ("Rep. Jane Doe", "Jane Doe", "Rep."),
    ("Lt. Gov. Dan Patrick", "Dan Patrick", "Lt. Gov."),
    ("Atty. Gen. William Barr", "William Barr", "Atty. Gen."),
    ("the Rev. Al Sharpton", "Al Sharpton", "Rev."),
    ("Amartya Sen", "Amartya Sen", None),  # a surname spelled as an abbreviation without its full stop
])
def test_an_abbreviated_title_is_no_part_of_the_name(phrase, name, role):
    found = parse_speaker(phrase)
    assert (found.name, found.role) == (name, role)


@pytest.mark.parametrize("text, expected", [
    # an aside between the name and the cue says no role: an age, a party and a state
    ('"We will appeal this ruling," Rep. Jane Doe, D-Calif., said in a statement.',
     ("We will appeal this ruling,", "Jane Doe")),
    ('"We will appeal this ruling," Tom Price, 54, said.', ("We will appeal this ruling,", "Tom Price")),
    ('"We will appeal this ruling," Grassley, a Republican, said.', ("We will appeal this ruling,", "Grassley")),
    ('"We will appeal this ruling," said Maj. Gen. John Smith.', ("We will appeal this ruling,", "John Smith")),
    ("Rep. Jane Doe, D-Calif., said the talks had failed badly.", ("the talks had failed badly", "Jane Doe")),
    # a party and a state in brackets, the state abbreviated: Punkt's break after it is undone
    ("Rep. Jane Doe (R-Calif.) said the talks had failed badly.", ("the talks had failed badly", "Jane Doe")),
    ('"We will appeal this ruling," said Rep. Jane Doe (R-Calif.), who chairs the panel.',
     ("We will appeal this ruling,", "Jane Doe")),
    ("Senate Majority Leader Chuck Schumer (D-N.Y.) said the talks had failed badly.",
     ("the talks had failed badly", "Chuck Schumer")),
    ("Gov. Gavin Newsom of Calif. said the talks had failed badly.", ("the talks had failed badly", "Gavin Newsom")),
    ("Jane Doe, 54, of Dayton, said the talks had failed badly.", ("the talks had failed badly", "Jane Doe")),
    ("The bill would cut taxes for five million families, Sen. John Smith, R-Ohio, said.",
     ("The bill would cut taxes for five million families", "John Smith")),
    # a clause on who the speaker is, before the cue
    ('"We had no choice," Tom Price, who spoke on condition of anonymity, said.', ("We had no choice,", "Tom Price")),
    ("The talks had failed badly, Tom Price, who leads the union, said.", ("The talks had failed badly", "Tom Price")),
    ('"We are ready," Tom Price, speaking at a news conference in Albany, said.', ("We are ready,", "Tom Price")),
    ("Tom Price, asked about the plan, said the state would reopen in phases.",
     ("the state would reopen in phases", "Tom Price")),
    # where the speaker spoke, between the name and the cue
    ("Trump on Twitter said the deal with China was dead.", ("the deal with China was dead", "Trump")),
    ("Tom Price on Fox News said the deal with China was dead.", ("the deal with China was dead", "Tom Price")),
    # a role before the name, or after it in "according to", is no part of what was said
    ("The talks had failed badly, the ministry's spokesman, John Smith, said.",
     ("The talks had failed badly", "John Smith")),
    ("According to John Smith, a spokesman for the ministry, the talks had failed badly.",
     ("the talks had failed badly", "John Smith")),
    # a surname alone with its role apposed
    ('"We will appeal this ruling," Smith, a former ambassador to China, wrote in an email.',
     ("We will appeal this ruling,", "Smith")),
    ("The talks had failed badly, Smith, a spokesman, said.", ("The talks had failed badly", "Smith")),
])
def test_a_name_with_an_aside_or_a_role_before_the_cue(text, expected):
    assert _said(text) == [expected]


@pytest.mark.parametrize("text", [
    # what stands between commas before the name is content unless it is one person's role
    "The talks had failed, the economy, John Smith, said.",
    "According to John Smith, the talks, which began in May, failed.",
])
def test_a_comma_piece_that_is_no_role_stays_content(text):
    content = _said(text)[0][0]
    assert ("the economy" in content) if "economy" in text else ("which began in May" in content)


@pytest.mark.parametrize("text", [
    # a role and the name apposed to it are the subject: before the cue there is nothing said
    "The Chinese embassy spokeswoman, Dong Xiaolin, spoke first.",
    "The ministry's spokesman, John Smith, said.",
])
def test_a_role_and_its_name_before_the_cue_are_no_content(text):
    assert _said(text) == []


@pytest.mark.parametrize("text, expected", [
    # after a quote that ends its sentence, "Mr. Smith said" with a clause reports that clause too
    ("“We will respond.” Mr. Smith said the embassy had protested.",
     [("We will respond.", "Smith"), ("the embassy had protested", "Smith")]),
    ("“We will respond.” Ms. Dong added that the embassy had protested.",
     [("We will respond.", "Dong"), ("the embassy had protested", "Dong")]),
    # a setting after the cue is no clause: the cue is the quote's only
    ("“We will respond.” Mr. Smith said on Monday.", [("We will respond.", "Smith")]),
    ("“We will respond.” Mr. Smith said in a statement.", [("We will respond.", "Smith")]),
])
def test_a_cue_after_a_finished_quote_may_report_a_clause_of_its_own(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # an inverted cue whose speaker has a title's full stop, an aside or a party and state in brackets
    ("The country would not back down, said Sen. Elizabeth Warren, D-Mass., who is running for president.",
     [("The country would not back down", "Elizabeth Warren")]),
    ("The country would not back down, said Elizabeth A. Warren (D-Mass.).",
     [("The country would not back down", "Elizabeth A. Warren")]),
    # a participle after it is that speaker's, not the first word of the sentence's
    ("Progress is possible in the talks, said Mr Putin, adding that talks would go on.",
     [("Progress is possible in the talks", "Putin"), ("talks would go on", "Putin")]),
    # "testified" reports
    ("Attorney General William Barr testified Wednesday that the country would not back down.",
     [("the country would not back down", "William Barr")]),
])
def test_speakers_after_an_inverted_cue_as_us_news_writes_them(text, expected):
    assert _said(text) == expected


@pytest.mark.parametrize("text, speaker", [
    # an epithet for the person the story is about: their party and state, their age, a party's candidate
    ('Senator Mitch McConnell spoke on Tuesday. "We will not back down," the Kentucky Republican said.',
     "Mitch McConnell"),
    ('Nancy Pelosi spoke on Tuesday. "We will not back down," the California Democrat told reporters.',
     "Nancy Pelosi"),
    ('Nancy Pelosi spoke on Tuesday. "We will not back down," the 79-year-old said.', "Nancy Pelosi"),
    ('Bernie Sanders spoke in Iowa. "We will not back down," the Democratic presidential candidate said.',
     "Bernie Sanders"),
])
def test_an_epithet_is_the_person_the_story_named(text, speaker):
    assert [s for _, s in _said(text)] == [speaker]
    assert [q.attribution for q in _quotes(text)] == ["epithet"]


@pytest.mark.parametrize("phrase, epithet", [
    # a party's body and a newspaper are no epithet
    ("the Republican National Committee", False),
    ("the GOP", False),
    ("The Independent", False),
    ("the Kentucky Republican", True),
    ("the Vermont independent", True),
])
def test_what_is_and_is_not_an_epithet(phrase, epithet):
    assert (parse_speaker(phrase).kind == "group") == epithet


def test_a_senator_written_as_news_agencies_do_is_the_registry_person():
    text = '"We will appeal this ruling," Sen. Chuck Grassley, R-Iowa, said on Thursday.'
    assert _found(text, "2019-05-02", "speaker_country") == [("We will appeal this ruling,", "Chuck Grassley", "USA")]


@pytest.mark.parametrize("text, expected", [
    # when it was said, as news agencies write it, and an aside before "that" are no part of what was said
    ("The White House press secretary, Sarah Sanders, said Monday that the president would veto the bill.",
     ("the president would veto the bill", "Sarah Sanders")),
    ("Anita Dunn said this morning that, after the midterms, the budget would come first.",
     ("after the midterms, the budget would come first", "Anita Dunn")),
    ("Mr. Smith said this morning, as he was heading out, that the roads had not been cleared.",
     ("the roads had not been cleared", "Smith")),
    ("A senior official told reporters on a conference call that the sanctions would take effect on Friday.",
     ("the sanctions would take effect on Friday", None)),
    ("Tom Price said that, if elected, he would cut taxes for every family.",
     ("if elected, he would cut taxes for every family", "Tom Price")),
    # a day that is the subject of what was said stays in it
    ("Tom Price said Monday was a good day for the team.", ("Monday was a good day for the team", "Tom Price")),
])
def test_a_day_or_an_aside_after_the_cue_is_no_content(text, expected):
    assert _said(text) == [expected]


@pytest.mark.parametrize("text", [
    # "that" as a pronoun, then a clause of its own: nothing reported after it
    "We have said that, and we will continue to say it every day.",
    "So when President Biden says that, he is basically just putting it out there for the states.",
])
def test_the_pronoun_that_and_a_comma_reports_nothing_after_it(text):
    assert _quotes(text) == []


def test_what_a_titled_speaker_said_is_heard_not_reported():
    text = "I fully agree with what was just said by President Xi, as well as with what Prime Minister Shinzo Abe said."
    assert _quotes(text) == []


@pytest.mark.parametrize("text, expected", [
    # a title's full stop ends neither the sentence nor the speaker phrase
    ("And as Dr. Fauci said Tuesday, we continue to gather data on vaccine effectiveness.",
     ("we continue to gather data on vaccine effectiveness", "Fauci")),
    ("So, Zeke, to repeat what Dr. Walensky just said: someone is fully vaccinated after two doses.",
     ("someone is fully vaccinated after two doses", "Walensky")),
    ("You have heard both Dr. Fauci and Dr. Walensky say that masks still matter in schools.",
     ("masks still matter in schools", "Fauci and Walensky")),
    ("Last week, President Biden, in his call with NASA scientist Dr. Mohan, said that the mission was a triumph.",
     ("the mission was a triumph", "Biden")),
    ("Q Dr. Jha, the President just indicated that he hopes to return to the West Wing soon.",
     ("he hopes to return to the West Wing soon", None)),  # the one addressed is no speaker
])
def test_a_titles_full_stop_ends_neither_the_sentence_nor_the_speaker(text, expected):
    assert _said(text) == [expected]


def test_he_after_a_sentence_about_another_person_is_that_person():
    # a person opening a sentence between the last quote and "he" is the antecedent, not the last speaker
    text = ("Tak-Sing Wong led the study. Carl Hensman said the spray was cheap. Wong has started a company. "
            'He remarked, "As a researcher, my goal is to invent."')
    assert [q for q in _found(text, "2019-05-02") if q[0].startswith("As a researcher")][0][1] == "Tak-Sing Wong"


@pytest.mark.parametrize("text, expected", [
    # where the listener was, before "that"
    ("Foreign Ministry spokesman Zhao Lijian told a daily briefing in Beijing that the US should stop meddling.",
     [("the US should stop meddling", "Zhao Lijian")]),
    # an object of a cue, then a participle of speech: the participle reports
    ("The ministry denied the accusations, saying the camps are vocational training centres.",
     [("the camps are vocational training centres", None)]),
    # a Chinese place name in -ing is no gerund
    ("Beijing has repeatedly denied the accusations, saying the camps are vocational training centres.",
     [("the camps are vocational training centres", "Beijing")]),
    ("Having said that, the camps are closed.", []),
])
def test_foreign_desk_attributions(text, expected):
    assert _said(text) == expected


def test_official_before_a_name_is_no_domestic_office():
    # "the official Xinhua news agency" is no official of the story's state (Russia here)
    text = ("Russia's foreign ministry said in a statement that the expulsions were unfounded. "
            "The official Xinhua news agency reported that the talks were constructive.")
    assert [c for _, _, c in _found(text, "2019-05-01", "speaker_country")] == ["RUS", None]
