"""Tests for discourse/corpus/_speakers.py: labels -> names, roles, countries, canonical speakers."""

import csv
import datetime as dt
from importlib import resources

import pytest

from discourse.corpus._speakers import (Speaker, SpeakerTable, anonymous_role, country_of,
                                        find_full_names, looks_like_speaker, role_country,
                                        split_role_name, tidy_label)


@pytest.mark.parametrize("label, expected", [
    # Kremlin labels
    ("President of Russia Vladimir Putin", ("Vladimir Putin", "President of Russia")),
    ("Vladimir Putin", ("Vladimir Putin", None)),
    ("Russian Railways CEO Vladimir Yakunin", ("Vladimir Yakunin", "Russian Railways CEO")),
    ("President of Kazakhstan Nursultan Nazarbayev", ("Nursultan Nazarbayev", "President of Kazakhstan")),
    ("President of Turkey Recep Tayyip Erdogan", ("Recep Tayyip Erdogan", "President of Turkey")),
    ("President of the Arab Republic of Egypt Abdel Fattah el-Sisi",
     ("Abdel Fattah el-Sisi", "President of the Arab Republic of Egypt")),
    ("Head of the Federal Service for Financial Monitoring Yury Chikhanchin",
     ("Yury Chikhanchin", "Head of the Federal Service for Financial Monitoring")),
    ("General Director of Aeroflot – Russian Airlines Vitaly Savelyev",
     ("Vitaly Savelyev", "General Director of Aeroflot – Russian Airlines")),
    ("Tatyana Remezova, reporter at VGTRK", ("Tatyana Remezova", "reporter at VGTRK")),
    ("Panel moderator, NBC host Megyn Kelly", ("Megyn Kelly", "Panel moderator, NBC host")),
    ("CNBC TV anchor Geoff Cutmore, moderator of the plenary session",
     ("Geoff Cutmore", "CNBC TV anchor, moderator of the plenary session")),
    ("Patriarch Kirill of Moscow and All Russia", ("Kirill", "Patriarch of Moscow and All Russia")),
    ("President of the People’s Republic of China", (None, "President of the People’s Republic of China")),
    ("Leader of the Liberal Democrats in the State Duma",
     (None, "Leader of the Liberal Democrats in the State Duma")),
    ("Vladimir Putin.", ("Vladimir Putin", None)),
    # White House labels
    ("MR. KIRBY", ("Kirby", None)),
    ("MS. JEAN-PIERRE", ("Jean-Pierre", None)),
    ("SECRETARY MAYORKAS", ("Mayorkas", "Secretary")),
    ("ACTING ADMINISTRATOR SLAVITT", ("Slavitt", "Acting Administrator")),
    ("ACTING ADMINSTRATOR SLAVITT", ("Slavitt", "Acting Administrator")),
    ("SURGEON GENERAL MURTHY", ("Murthy", "Surgeon General")),
    ("SECRETARY MCDONOUGH", ("McDonough", "Secretary")),
    ("SENIOR ADMINISTRATION OFFICIAL", (None, "Senior Administration Official")),
    ("SENIOR ADMINISTRATION OFFICIAL TWO", (None, "Senior Administration Official")),
    ("SENIOR MILITARY OFFICIAL", (None, "Senior Military Official")),
    ("AIR FORCE ONE CREW MEMBER", (None, "Air Force One Crew Member")),
    ("MODERATOR", (None, "Moderator")),
    ("MODERTOR", (None, "Moderator")),
    ("WHITE HOUSE OFFICIA", (None, "White House Official")),
    ("THE PRESIDNET", (None, "The President")),
    ("THE PRESIDENT", (None, "The President")),
])
def test_split_role_name(label, expected):
    assert split_role_name(label) == expected


@pytest.mark.parametrize("text, iso3", [
    ("President of Kazakhstan", "KAZ"),
    ("Kazakh Foreign Minister", "KAZ"),
    ("President of the Kyrgyz Republic", "KGZ"),
    ("Russian Railways CEO", "RUS"),
    ("Head Coach of Russia’s Bandy Team", "RUS"),
    ("President of the People’s Republic of China", "CHN"),
    ("Chinese Premier", "CHN"),
    ("French Foreign Minister", "FRA"),
    ("Chairman of German Committee on Eastern European Economic Relations", "DEU"),
    ("US Secretary of State", "USA"),
    ("U.S. Ambassador", "USA"),
    ("American journalist", "USA"),
    ("President of the Republic of Turkey", "TUR"),
    ("Prime Minister of Papua New Guinea", "PNG"),
    ("Democratic People's Republic of Korea envoy", "PRK"),
    ("Ambassador of the Russian Federation to the Republic of Kazakhstan", "RUS"),
    ("Gazprom CEO", None),
    ("tell us about it", None),
    ("", None),
    (None, None),
])
def test_country_of(text, iso3):
    assert country_of(text) == iso3


@pytest.mark.parametrize("role, host, iso3", [
    ("President of Kazakhstan", "RUS", "KAZ"),
    ("Finance Minister", "RUS", "RUS"),
    ("Gazprom CEO", "RUS", None),
    ("FIFA President", "RUS", None),
    ("Senior Administration Official", "USA", "USA"),
    ("National Security Communications Advisor", "USA", "USA"),
    ("The President", "USA", "USA"),
    ("Moderator", "USA", None),
    ("NATO Secretary General", "USA", None),
    ("Secretary General of the Collective Security Treaty Organisation", "RUS", None),
    ("NASA astronaut", "RUS", None),
    ("Finance Minister", None, None),
    (None, "USA", None),
])
def test_role_country(role, host, iso3):
    assert role_country(role, host) == iso3


def test_tidy_label_keeps_acronyms_and_mixed_case():
    assert tidy_label("FBI OFFICIAL", acronyms={"FBI"}) == "FBI Official"
    assert tidy_label("MS. O’CONNELL") == "Ms. O’Connell"
    assert tidy_label("DEPUTY CHIEF OF STAFF OF THE PRESIDENTIAL EXECUTIVE OFFICE") == \
        "Deputy Chief of Staff of the Presidential Executive Office"
    assert tidy_label("Russian Railways CEO Vladimir Yakunin") == "Russian Railways CEO Vladimir Yakunin"


@pytest.mark.parametrize("label, role", [
    ("Q", "journalist"), ("Question", "questioner"), ("Question from Izhevsk", "questioner"),
    ("REPLY", "unidentified"), ("Remark", "unidentified"), ("AUDIENCE MEMBER", "audience"),
    ("MR. KIRBY", None), ("Vladimir Putin", None), ("", None),
])
def test_anonymous_role(label, role):
    assert anonymous_role(label) == role


@pytest.mark.parametrize("label, empty", [
    ("President of Russia Vladimir Putin", False), ("Vladimir Putin", False), ("Question", False),
    ("Agriculture Minister Alexander Tkachev", True), ("Tatyana Remezova, reporter at VGTRK", False),
    ("Defence Minister", False), ("President of the People’s Republic of China", False),
    ("CEO of the 2018 FIFA World Cup Russia Local Organising Committee Alexei Sorokin", False),
    ("M. Papchenkova", False),
])
def test_speaker_labels(label, empty):
    assert looks_like_speaker(label, empty=empty)


@pytest.mark.parametrize("label, empty", [
    ("Article 1", True), ("Article 10", False), ("EUROPEAN SECURITY TREATY", True), ("***", True),
    ("<…>", True), ("Red Square, May 9", True), ("Alexander Garden, May 9", False),
    ("May 8. Alexander Garden.", True), ("Speech at the awards ceremony", True),
    ("Beginning of meeting with Prime Minister of Hungary Viktor Orban", True),
    ("The message reads, in part", False), ("Contact telephone numbers", False),
    ("Information on the host broadcaster", True), ("Meeting points", True),
    ("Composer Alexei Rybnikov has been awarded the prize for his contribution to Russian music.", True),
    ("Germany", False), ("My question is", False),
])
def test_heading_labels(label, empty):
    assert not looks_like_speaker(label, empty=empty)


def test_find_full_names_with_roles():
    title = ("On-the-Record Press Gaggle by White House National Security Communications "
             "Advisor John Kirby")
    assert find_full_names(title, "KIRBY") == [
        ("John Kirby", "White House National Security Communications Advisor")]
    text = "Press Call By Senior Advisor Anita Dunn And National Economic Adviser Lael Brainard"
    assert find_full_names(text, "Brainard") == [("Lael Brainard", "National Economic Adviser")]
    assert find_full_names("Senator Young said so.", "Young") == []
    assert find_full_names("", "Young") == [] and find_full_names("text", "") == []


def test_table_links_variants_to_one_canonical_name():
    table = SpeakerTable(host="RUS")
    table.observe("Recep Tayyip Erdogan", "President of Turkey")
    table.observe("Tayyip Erdogan")
    table.observe("Sergei Donskoy", "Minister of Natural Resources and Environment")
    table.observe("Sergey Donskoy")
    table.observe("V.Putin")
    table.observe("Vladimir Putin", "President of Russia")
    table.observe("Vladimir Putin")
    assert table.canonical("Tayyip Erdogan") == "Recep Tayyip Erdogan"
    assert table.canonical("Sergey Donskoy") == "Sergei Donskoy"
    assert table.canonical("V. Putin") == table.canonical("Putin") == "Vladimir Putin"
    assert table.canonical("Unknown Person") == "Unknown Person"
    assert "Vladimir Putin" in table and "Dmitry Medvedev" not in table
    assert table.resolve("Recep Tayyip Erdogan") == Speaker("Recep Tayyip Erdogan", "President of Turkey", "TUR")


def test_table_keeps_different_people_apart():
    table = SpeakerTable()
    table.observe("Jake Sullivan", "National Security Advisor")
    table.observe("Dan Sullivan", "Senator")
    assert table.canonical("Dan Sullivan") == "Dan Sullivan"
    assert table.canonical("Jake Sullivan") == "Jake Sullivan"
    assert len(table) == 2


def test_table_role_nearest_in_time():
    table = SpeakerTable(host="RUS")
    table.observe("Dmitry Medvedev", "President of Russia", dt.date(2010, 6, 1))
    table.observe("Dmitry Medvedev", "President of Russia", dt.date(2011, 6, 1))
    table.observe("Dmitry Medvedev", "Prime Minister", dt.date(2016, 6, 1))
    assert table.role("Dmitry Medvedev", dt.date(2009, 1, 1)) == "President of Russia"
    assert table.role("Dmitry Medvedev", dt.date(2017, 1, 1)) == "Prime Minister"
    assert table.role("Dmitry Medvedev") == "President of Russia"  # undated: the most common
    assert table.resolve("Dmitry Medvedev", dt.date(2018, 1, 1)) == Speaker(
        "Dmitry Medvedev", "Prime Minister", "RUS")


def test_fuzzy_table_accepts_misspelled_surnames():
    table = SpeakerTable(fuzzy=True)
    table.observe("Jake Sullivan", "National Security Advisor")
    assert table.canonical("Sullian") == "Jake Sullivan"
    assert SpeakerTable().canonical("Sullian") == "Sullian"


def test_resolve_anonymous_and_definite_roles():
    table = SpeakerTable(host="USA")
    assert table.resolve("Q") == Speaker(None, "journalist", None)
    assert table.resolve("THE PRESIDENT") == Speaker(None, "President", "USA")
    assert table.resolve("SENIOR ADMINISTRATION OFFICIAL") == Speaker(
        None, "Senior Administration Official", "USA")


def _rows(name):
    text = resources.files("discourse.data").joinpath(f"speakers/{name}").read_text("utf-8")
    return text, list(csv.DictReader(ln for ln in text.splitlines() if not ln.startswith("#")))


def test_countries_file_is_well_formed_and_attributed():
    text, rows = _rows("countries.csv")
    assert "Public Domain Dedication and License" in text
    assert {r["kind"] for r in rows} <= {"name", "short", "formal", "official", "alias", "demonym"}
    assert all(len(r["iso3"]) == 3 and r["iso3"].isupper() and r["term"].strip() for r in rows)
    assert len({(r["iso3"], r["term"]) for r in rows}) == len(rows)
    assert len({r["iso3"] for r in rows}) >= 195


def test_roles_file_is_well_formed():
    _, rows = _rows("roles.csv")
    kinds = {"honorific", "title", "org", "connector", "particle", "ordinal", "international", "anonymous"}
    assert {r["kind"] for r in rows} == kinds
    assert all(r["term"] == r["term"].lower().strip() and r["official"] in {"0", "1"} for r in rows)
    assert all(bool(r["role"]) == (r["kind"] == "anonymous") for r in rows)
    assert len({(r["term"], r["kind"]) for r in rows}) == len(rows)
