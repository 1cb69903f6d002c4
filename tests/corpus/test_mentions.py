"""Actor mentions: the golden seed article, metonymy, surnames, bodies, and user registries."""

import json
import re

import pytest

import discourse as dx
from discourse.corpus._mentions import MentionFinder, mention_finder
from discourse.corpus._registry import load_registry
from tests.conftest import DATA

ACTORS = json.loads((DATA / "golden" / "000_dc699da55f7d4812.expected.json").read_text("utf-8"))["actors"]


@pytest.fixture(scope="module")
def mentions(seed_corpus):
    return seed_corpus.mentions


def test_golden_countries_mentioned(mentions):
    states = set(mentions.loc[mentions["kind"] == "state", "country"])
    assert states == set(ACTORS["countries_mentioned"])


def test_golden_persons_and_aliases(mentions, seed_corpus):
    text = seed_corpus.documents.loc[0, "text"]
    persons = mentions[mentions["kind"] == "person"]
    for name, want in ACTORS["persons"].items():
        rows = persons[persons["actor_id"].map(lambda a: load_registry().actor(a).name) == name]
        assert set(rows["country"]) == {want["country"]}
        for alias in want["aliases_seen"]:  # every way the text names the person is found
            spots = [m.start() for m in re.finditer(rf"\b{re.escape(alias)}\b", text)]
            assert spots and all(any(r.start < at + len(alias) and at < r.end for r in rows.itertuples())
                                 for at in spots), alias


def test_golden_metonymy_and_locations(mentions):
    beijing = mentions[mentions["surface"] == "Beijing"]
    assert len(beijing) == 3 and set(beijing["kind"]) == {"state"} and set(beijing["country"]) == {"CHN"}
    for place in ACTORS["locations_not_actors"]:
        rows = mentions[mentions["surface"] == place]
        assert len(rows) >= 1 and set(rows["kind"]) == {"location"}, place


def test_offsets(mentions, seed_corpus):
    text = seed_corpus.documents.loc[0, "text"]
    assert all(text[m.start:m.end] == m.surface for m in mentions.itertuples())


@pytest.mark.parametrize("text, surface, kind", [
    ("Moscow warned Kyiv on Monday.", "Moscow", "state"),
    ("The talks were held in Moscow.", "Moscow", "location"),
    ("the economic footprint of Beijing", "Beijing", "state"),
    ("the streets of Beijing were empty", "Beijing", "location"),
    ("a pro-Moscow party", "Moscow", "state"),
])
def test_capital_as_state_or_place(text, surface, kind):
    (m,) = [m for m in mention_finder().find(text) if m.surface == surface]
    assert m.kind == kind


def test_surname_needs_full_name_first():
    finder = mention_finder()
    assert [m.actor_id for m in finder.find("Xi arrived.")] == []
    assert [m.actor_id for m in finder.find("Xi Jinping arrived. Xi spoke.")] == ["XI_JINPING", "XI_JINPING"]


def test_common_words_are_not_countries():
    assert mention_finder().find("fine china and a roast turkey") == []


def test_body_takes_country_from_neighbour():
    (body,) = [m for m in mention_finder().find("the Russian Foreign Ministry said") if m.kind == "organisation"]
    assert body.country == "RUS"


def test_user_registry_extends_the_packaged_one(tmp_path, seed_corpus):
    extra = tmp_path / "mine.csv"
    extra.write_text("actor_id,kind,name,country,aliases\nTDI_OUTLET,organisation,The Diplomatic Insight,PAK,TDI\n")
    finder = MentionFinder(load_registry(extra=[extra]))
    assert [m.actor_id for m in finder.find("TDI reported")] == ["TDI_OUTLET"]


def test_malformed_actor_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("actor_id,kind,name\nxi jinping,person,Xi\n")
    with pytest.raises(dx.DataFileError, match=r"bad.csv, line 2, field 'actor_id'.*\n  Fix:"):
        dx.load(DATA / "golden", actors=[bad])


@pytest.mark.parametrize("text, expected", [
    ("美方一些政客散布谎言，中方坚决反对。", [("美方", "USA"), ("中方", "CHN")]),  # "X side" forms
    ("美國與俄羅斯", [("美國", "USA"), ("俄羅斯", "RUS")]),  # Traditional characters
    ("中美关系和中日韩合作", [("中", "CHN"), ("美", "USA"), ("中", "CHN"), ("日", "JPN"), ("韩", "KOR")]),
    ("美丽的中国", [("中国", "CHN")]),  # a one-character short form only inside a compound of states
    ("9月27日中美经贸磋商", [("中", "CHN"), ("美", "USA")]),  # 日 of a date is no Japan
    ("习近平主席同哈萨克斯坦总统通电话", [("习近平", "XI_JINPING"), ("哈萨克斯坦", "KAZ")]),
    ("欧盟和北约", [("欧盟", "EU"), ("北约", "NATO")]),
    ("Россия, России, Россией и Россию", [("Россия", "RUS"), ("России", "RUS"), ("Россией", "RUS"), ("Россию", "RUS")]),
    ("в Казахстане и с Соединёнными Штатами", [("Казахстане", "KAZ"), ("Соединёнными Штатами", "USA")]),
    ("американская сторона и США", [("американская", "USA"), ("США", "USA")]),
    ("Владимир Путин встретился с Си Цзиньпином", [("Владимир Путин", "VLADIMIR_PUTIN"), ("Си Цзиньпином", "XI_JINPING")]),
    ("ЕС, НАТО и ООН", [("ЕС", "EU"), ("НАТО", "NATO"), ("ООН", "UN")]),
])
def test_chinese_and_russian_names(text, expected):
    assert [(m.surface, m.actor_id) for m in mention_finder().find(text, "2019-06-01")] == expected


def test_the_chinese_and_russian_actor_gold_is_whole():
    """tests/data/zhru_actors: 24 openings by coder 1, every fourth by coder 2; offsets and names only."""
    import pandas as pd

    gold = DATA / "zhru_actors"
    sample = pd.read_csv(gold / "sample.csv")
    known = set(load_registry().actors["actor_id"]) | {"SUN"}  # the USSR, ISO 3166-3
    for name, numbers in (("coder1", list(range(1, 25))), ("coder2", [4, 8, 12, 16, 20, 24])):
        items = [json.loads(line) for line in (gold / f"{name}.jsonl").read_text("utf-8").splitlines()]
        assert [i["number"] for i in items] == numbers
        for item in items:
            assert item["doc_id"] == sample.loc[sample["number"] == item["number"], "doc_id"].iloc[0]
            for m in item["mentions"]:
                assert m["actor"] in known and m["end"] - m["start"] == len(m["surface"]) <= 40
                assert m["form"] in {"name", "official", "abbreviation", "side", "adjective", "capital", "compound"}


@pytest.mark.parametrize("name, date, expected", [
    ("Harris", "2022-03-01", "Kamala Harris"),     # one of four registry Harrises held office then
    ("Guterres", "2023-03-01", "António Guterres"),  # a Phoenix namesake's open role gives way to a checked one
    ("Harris", None, None),                          # undated: still ambiguous
    ("Kim", "2023-03-01", None),                     # a surname many registry persons share stays ambiguous
    ("Zelensky", "2022-03-01", "Volodymyr Zelenskyy"),  # a one-word alias is a surname too
    ("Annan", "1995-03-01", "Kofi Annan"),  # one person under three Phoenix ids ("Kofi Atta Annan", "K. Annan")
])
def test_a_surname_is_the_namesake_in_office_on_the_date(name, date, expected):
    from discourse.corpus._mentions import mention_finder

    found = mention_finder().surname(name, date)
    assert (found[0] if found else None) == expected
