"""The actor registry: packaged files, lookups, dated roles, user extensions and errors."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
from importlib import resources

import pandas as pd
import pytest

import discourse as dx

from discourse._errors import DataFileError, InputError
from discourse.corpus._registry import Actor, alias_key, load_registry, surname
from tests.conftest import ROOT, shared_path

ACTORS = resources.files("discourse.data").joinpath("actors")

# ISO 3166-1 alpha-3, all 249 officially assigned codes (typed here, not read from a library).
ISO3 = """
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split()


@pytest.fixture(scope="module")
def reg():
    return load_registry()


def manifest():
    return list(csv.DictReader(ACTORS.joinpath("MANIFEST.csv").read_text("utf-8").splitlines()))


def names_of(reg, actor_id, alias_type):
    frame = reg.aliases
    return set(frame.loc[(frame.actor_id == actor_id) & (frame.alias_type == alias_type), "alias"])


# ------------------------------------------------------------------ packaged files


def test_manifest_lists_every_file_with_its_sha256():
    rows = manifest()
    on_disk = {p.name for p in ACTORS.iterdir() if p.name not in {"MANIFEST.csv", "__pycache__"}}
    assert {r["file"] for r in rows} == on_disk
    versions = ("1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7")
    for row in rows:
        data = ACTORS.joinpath(row["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row["sha256"], row["file"]
        assert row["version"] in versions and row["license"] and row["description"]
    kinds = {v: [r["kind"] for r in rows if r["version"] == v] for v in versions}
    assert kinds["1.0"] == kinds["1.1"]  # a new version changes files, not the layout...
    assert [k for k in kinds["1.2"] if k != "aliases"] == [k for k in kinds["1.1"] if k != "aliases"]  # ...or adds names
    assert all(kinds[v] == kinds["1.2"] for v in versions[3:])


def test_license_notices_sit_beside_derived_files():
    text = ACTORS.joinpath("phoenix-1.0.LICENSE.txt").read_text("utf-8")
    assert "Copyright (c) 2014 Open Event Data Alliance" in text
    text = ACTORS.joinpath("states-mledoze-1.0.LICENSE.txt").read_text("utf-8")
    assert text.startswith("Derived from mledoze/countries (https://github.com/mledoze/countries), "
                           "ODbL 1.0")
    licenses = {r["file"]: r["license"] for r in manifest()}
    assert licenses["states-mledoze-1.0.csv"] == "ODbL-1.0"
    assert licenses["persons-phoenix-1.0.csv"] == licenses["roles-phoenix-1.0.csv"] == "MIT"


@pytest.mark.parametrize("name", sorted({r["file"] for r in manifest() if r["file"].endswith(".csv")}))
def test_data_files_are_sorted_and_name_their_source(name):
    text = ACTORS.joinpath(name).read_text("utf-8")
    assert text.startswith("# ") and "\r" not in text
    rows = list(csv.reader(line for line in text.splitlines() if not line.startswith("#")))
    keys = [r[0] for r in rows[1:]]
    assert keys == sorted(keys)
    assert rows[0][-1] == "source" and all(r[-1] for r in rows[1:])


def test_data_files_stay_small():
    total = sum(len(ACTORS.joinpath(name).read_bytes()) for name in {r["file"] for r in manifest()})
    assert total < 5_000_000


# --------------------------------------------------------------------------- states


def test_every_iso_state_is_present(reg):
    states = set(reg.actors.loc[reg.actors.kind == "state", "actor_id"])
    assert len(ISO3) == 249
    assert set(ISO3) <= states
    assert states - set(ISO3) == {"XKX"}
    assert (reg.actors.loc[reg.actors.kind == "state"].eval("country == actor_id")).all()


@pytest.mark.parametrize("iso, name, demonyms, capital", [
    ("CHN", "China", {"Chinese"}, "Beijing"),
    ("KAZ", "Kazakhstan", {"Kazakh", "Kazakhstani"}, "Astana"),
    ("KGZ", "Kyrgyzstan", {"Kyrgyz"}, "Bishkek"),
    ("TJK", "Tajikistan", {"Tajik"}, "Dushanbe"),
    ("TKM", "Turkmenistan", {"Turkmen"}, "Ashgabat"),
    ("UZB", "Uzbekistan", {"Uzbek"}, "Tashkent"),
    ("RUS", "Russia", {"Russian"}, "Moscow"),
    ("USA", "United States", {"American"}, "Washington"),
    ("GBR", "United Kingdom", {"British"}, "London"),
    ("FRA", "France", {"French"}, "Paris"),
])
def test_states_have_names_demonyms_and_capitals(reg, iso, name, demonyms, capital):
    assert reg.actor(iso) == Actor(iso, "state", name, iso)
    assert demonyms <= names_of(reg, iso, "demonym")
    assert capital in names_of(reg, iso, "capital")
    assert [a.actor_id for a in reg.lookup(capital, kind="state")] == [iso]
    assert reg.lookup(capital)[0].actor_id == iso
    for demonym in demonyms:
        assert iso in [a.actor_id for a in reg.lookup(demonym)]


def test_capitals_and_former_capitals(reg):
    assert [a.actor_id for a in reg.lookup("Beijing")] == ["CHN"]
    assert [a.actor_id for a in reg.lookup("Astana")] == ["KAZ"]
    assert [a.actor_id for a in reg.lookup("Nur-Sultan")] == ["KAZ"]
    assert names_of(reg, "KAZ", "former_capital") >= {"Almaty"}


@pytest.mark.parametrize("alias, iso", [
    ("People's Republic of China", "CHN"), ("PRC", "CHN"), ("Russian Federation", "RUS"),
    ("USA", "USA"), ("U.S.", "USA"), ("United States of America", "USA"), ("UK", "GBR"),
    ("Britain", "GBR"), ("Kyrgyz Republic", "KGZ"), ("Turkiye", "TUR"), ("Ivory Coast", "CIV"),
])
def test_state_aliases(reg, alias, iso):
    assert iso in [a.actor_id for a in reg.lookup(alias)]


def test_abbreviations_and_surnames_are_case_sensitive(reg):
    frame = reg.aliases.set_index(["actor_id", "alias"])
    assert frame.loc[("USA", "US"), "alias_type"] == "abbreviation"
    assert frame.loc[("USA", "US"), "case_sensitive"]
    assert frame.loc[("SCO", "SCO"), "case_sensitive"]
    assert frame.loc[("XI_JINPING", "Xi"), "alias_type"] == "surname"
    assert frame.loc[("XI_JINPING", "Xi"), "case_sensitive"]
    assert not frame.loc[("CHN", "China"), "case_sensitive"]
    assert set(reg.aliases.alias_type) <= {"name", "official", "abbreviation", "alias", "demonym",
                                           "capital", "former_capital", "place", "surname", "compound"}


def test_places_are_places_of_their_state(reg):
    places = reg.aliases[reg.aliases["alias_type"] == "place"].set_index("alias")["actor_id"]
    assert places["Xinjiang"] == "CHN" and places["Samarkand"] == "UZB" and places["Osh"] == "KGZ"


def test_lookup_ignores_case_space_quotes_and_accents(reg):
    for text in ["people’s republic of   china", "PEOPLE'S REPUBLIC OF CHINA", "prc"]:
        assert [a.actor_id for a in reg.lookup(text)] == ["CHN"]
    assert [a.actor_id for a in reg.lookup("Cote d'Ivoire")] == ["CIV"]
    assert reg.lookup("Atlantis") == []
    assert alias_key("  Élysée\u00a0Palace ") == "elysee palace"


def test_share_alike_file_is_optional(reg):
    assert "KAZ" in [a.actor_id for a in reg.lookup("Qazaqstan")]
    plain = load_registry(share_alike=False)
    assert plain.lookup("Qazaqstan") == []
    assert {n for n in names_of(plain, "KAZ", "demonym") if n.isascii()} == {"Kazakh", "Kazakhstani"}
    assert len(plain.actors) == len(reg.actors)


# ---------------------------------------------------------------- groups and bodies


def test_central_asia_and_organisations(reg):
    assert reg.actor("CENTRAL_ASIA") == Actor("CENTRAL_ASIA", "group", "Central Asia", None,
                                              ("KAZ", "KGZ", "TJK", "TKM", "UZB"))
    for gid in ["EU", "ASEAN", "SCO", "BRICS", "NATO", "CSTO", "EAEU", "CIS", "GCC", "AU", "OSCE",
                "UN", "UNSC", "WTO", "IMF", "WORLD_BANK", "G7", "G20", "OPEC"]:
        assert reg.actor(gid).kind in ("group", "organisation")
    assert len(reg.actor("EU").members) == 27
    assert len(reg.actor("NATO").members) == 32
    assert len(reg.actor("UN").members) == 193
    assert len(reg.actor("AU").members) == 55
    assert len(reg.actor("OSCE").members) == 57
    assert {"CHN", "RUS", "KAZ", "KGZ", "TJK", "UZB", "IND", "PAK", "IRN", "BLR"} == set(
        reg.actor("SCO").members)
    assert [a.actor_id for a in reg.lookup("Shanghai Cooperation Organization")] == ["SCO"]


def test_bodies_say_whether_their_name_fixes_the_country(reg):
    bodies = reg.actors.set_index("actor_id")
    assert bodies.loc["STATE_DEPARTMENT", "country"] == "USA"
    assert bodies.loc["STATE_DEPARTMENT", "implies_country"]
    assert not bodies.loc["FOREIGN_MINISTRY", "implies_country"]
    assert reg.actor("FOREIGN_MINISTRY").country is None
    for name, iso in [("Kremlin", "RUS"), ("White House", "USA"), ("Pentagon", "USA"),
                      ("Élysée", "FRA"), ("Downing Street", "GBR"), ("Zhongnanhai", "CHN")]:
        assert [a.country for a in reg.lookup(name, kind="organisation")] == [iso]


# ---------------------------------------------------------------- persons and roles


def test_xi_jinping_holds_a_chinese_role_in_june_2025(reg):
    assert reg.actor("XI_JINPING") == Actor("XI_JINPING", "person", "Xi Jinping", "CHN")
    roles = reg.roles_on("XI_JINPING", "2025-06-18")
    assert not roles.empty and set(roles.country) == {"CHN"}
    assert "President" in set(roles.role)
    assert "XI_JINPING" in [a.actor_id for a in reg.lookup("Xi")]


def test_lin_jian_is_a_foreign_ministry_spokesperson(reg):
    roles = reg.roles_on("LIN_JIAN", "2025-06-18")
    assert roles[["role", "country"]].values.tolist() == [["Foreign Ministry spokesperson", "CHN"]]
    assert reg.roles_on("LIN_JIAN", "2023-06-01").empty
    assert len(reg.roles_on("LIN_JIAN")) == 1


def test_version_1_1_knows_chinese_spokespeople_by_their_chinese_names():
    newer, reg = load_registry("1.1"), load_registry("1.0")
    for chinese, name in [("华春莹", "Hua Chunying"), ("耿爽", "Geng Shuang"), ("赵立坚", "Zhao Lijian"),
                          ("秦刚", "Qin Gang"), ("孔泉", "Kong Quan"), ("林剑", "Lin Jian")]:
        assert [a.name for a in newer.lookup(chinese)] == [name]
        assert reg.lookup(chinese) == []  # 1.0 stays as it was
    assert newer.actor("HONG_LEI") == Actor("HONG_LEI", "person", "Hong Lei", "CHN")
    assert set(newer.roles_on("QIN_GANG", "2013-06-01").role) == {"Foreign Ministry spokesperson"}
    assert newer.roles_on("QIN_GANG", "2011-06-01").empty  # between his two terms
    assert len(newer.actors) == len(reg.actors) + 8 and newer.version == "1.1"


@pytest.mark.parametrize("actor_id, date, role", [
    ("VLADIMIR_PUTIN", "2025-06-18", "President"),
    ("VLADIMIR_PUTIN", "2010-01-01", "Prime Minister"),
    ("SERGEY_LAVROV", "2025-06-18", "Foreign Minister"),
    ("MARIA_ZAKHAROVA", "2025-06-18", "Foreign Ministry spokesperson"),
    ("DMITRY_PESKOV", "2025-06-18", "Kremlin spokesperson"),
    ("WANG_YI", "2025-06-18", "Foreign Minister"),
    ("MAO_NING", "2025-06-18", "Foreign Ministry spokesperson"),
    ("KASSYM_JOMART_TOKAYEV", "2025-06-18", "President"),
    ("SADYR_JAPAROV", "2025-06-18", "President"),
    ("EMOMALI_RAHMON", "2025-06-18", "President"),
    ("SERDAR_BERDIMUHAMEDOW", "2025-06-18", "President"),
    ("GURBANGULY_BERDIMUHAMEDOW", "2015-01-01", "President"),
    ("SHAVKAT_MIRZIYOYEV", "2025-06-18", "President"),
    ("JOE_BIDEN", "2023-01-01", "President"),
    ("DONALD_TRUMP", "2025-06-18", "President"),
    ("ANTONY_BLINKEN", "2023-01-01", "Secretary of State"),
    ("MARCO_RUBIO", "2025-06-18", "Secretary of State"),
    ("EMMANUEL_MACRON", "2025-06-18", "President"),
    ("KEIR_STARMER", "2025-06-18", "Prime Minister"),
    ("RISHI_SUNAK", "2023-06-01", "Prime Minister"),
])
def test_leaders_and_ministers_on_a_date(reg, actor_id, date, role):
    assert role in set(reg.roles_on(actor_id, date).role)


def test_roles_end_and_surnames(reg):
    assert "President" not in set(reg.roles_on("JOE_BIDEN", "2025-06-18").role)
    assert "President" not in set(reg.roles_on("DONALD_TRUMP", "2022-06-18").role)
    assert "Secretary-General" in set(reg.roles_on("ANTONIO_GUTERRES", "2025-06-18").role)
    assert set(reg.roles_on("ANTONIO_GUTERRES", "2025-06-18").organisation) == {"UN"}
    for name, iso, expected in [("Xi Jinping", "CHN", "Xi"), ("Lin Jian", "CHN", "Lin"),
                                ("Kassym-Jomart Tokayev", "KAZ", "Tokayev"),
                                ("Karine Jean-Pierre", "USA", "Jean-Pierre"),
                                ("Ursula von der Leyen", "DEU", "von der Leyen"),
                                ("Lloyd J. Austin III", "USA", "Austin")]:
        assert surname(name, iso) == expected


def test_phoenix_persons_have_clean_names_and_dated_roles(reg):
    phoenix = reg.actors[reg.actors.file == "persons-phoenix-1.0.csv"]
    assert len(phoenix) > 10_000
    assert phoenix.name.str.split().str.len().min() >= 2
    assert not phoenix.name.str.contains("_").any()
    assert not phoenix.name.str.isupper().any()
    roles = reg.roles[reg.roles.file == "roles-phoenix-1.0.csv"]
    persons = set(reg.actors.loc[reg.actors.kind == "person", "actor_id"])
    assert set(phoenix.actor_id) <= set(roles.actor_id) <= persons
    assert (roles.start.notna() | roles.end.notna()).all()
    gov = roles[roles.code == "CHNGOV"]
    assert set(gov.role) == {"government"} and set(gov.country) == {"CHN"}
    assert "Dong Biwu" in set(reg.actors.name)
    dong = reg.roles_on(reg.lookup("Dong Biwu")[0].actor_id)
    assert ["1968-10-31", "1972-02-24"] in dong[["start", "end"]].values.tolist()


def test_aliases_of_persons_are_not_bare_surnames(reg):
    persons = set(reg.actors.loc[reg.actors.kind == "person", "actor_id"])
    frame = reg.aliases[reg.aliases.actor_id.isin(persons)]
    single = frame[~frame.alias.str.contains(" ") & ~frame.alias.str.contains("[\u0400-\u04ff\u4e00-\u9fff]")]
    assert set(single.alias_type) == {"surname"}  # Chinese names have no spaces; a Russian surname is a name


def test_roles_on_errors(reg):
    with pytest.raises(InputError, match="no actor has the id 'NOBODY'"):
        reg.roles_on("NOBODY")
    with pytest.raises(InputError, match="cannot read the date"):
        reg.roles_on("XI_JINPING", "next Tuesday")
    with pytest.raises(InputError, match="no actor registry version '9.9'"):
        load_registry("9.9")


# ------------------------------------------------------------------- user files


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extra_files_extend_and_override(tmp_path, reg):
    persons = write(tmp_path, "people.csv", (
        "# my additions\n"
        "actor_id,kind,name,country,aliases,source\n"
        "AIGERIM_TESTOVA,person,Aigerim Testova,KAZ,A. Testova,my notes\n"
        "XI_JINPING,person,Xi Jin-ping,CHN,,my notes\n"
        "STEPPE_FORUM,group,Steppe Forum,,,my notes\n"))
    roles = write(tmp_path, "roles.csv", (
        "actor_id,role,code,country,start,end\n"
        "AIGERIM_TESTOVA,Foreign Ministry spokesperson,KAZGOV,KAZ,2024-03,\n"))
    extended = load_registry(extra=[persons, roles])
    assert extended.actor("AIGERIM_TESTOVA").country == "KAZ"
    assert [a.actor_id for a in extended.lookup("Testova")] == ["AIGERIM_TESTOVA"]
    assert extended.roles_on("AIGERIM_TESTOVA", "2024-03-01").role.tolist() == [
        "Foreign Ministry spokesperson"]
    assert extended.roles_on("AIGERIM_TESTOVA", "2024-02-29").empty
    assert extended.actor("XI_JINPING").name == "Xi Jin-ping"
    assert "XI_JINPING" in [a.actor_id for a in extended.lookup("Xi Jinping")]
    assert not extended.roles_on("XI_JINPING", "2025-06-18").empty
    assert load_registry().actor("XI_JINPING").name == "Xi Jinping"
    assert load_registry() is reg
    assert len(extended.actors) == len(reg.actors) + 2


def test_extra_alias_file(tmp_path):
    extra = write(tmp_path, "aliases.csv", "actor_id,aliases,capitals\nKAZ,Kazakh Eli,Akmola\n")
    extended = load_registry(extra=str(extra))
    assert [a.actor_id for a in extended.lookup("Akmola")] == ["KAZ"]


BAD_FILES = [
    ("actor_id,kind,name\nATLANTIS,country,Atlantis\n",
     "line 2, field 'kind': unknown kind 'country'"),
    ("actor_id,kind,name\n,person,Nobody\n", "line 2, field 'actor_id': empty actor_id"),
    ("actor_id,kind,name\nxi jinping,person,Xi\n",
     "field 'actor_id': actor_id 'xi jinping' is not"),
    ("actor_id,kind,name\nA_B,person,A\nA_B,person,B\n",
     "line 3, field 'actor_id': actor_id 'A_B' is already defined on line 2"),
    ("actor_id,kind,name,members\nSTEPPE,group,Steppe,KAZ|ATL\n",
     "line 2, field 'members': member 'ATL' is not a known state"),
    ("actor_id,kind,name,country\nNEMO,person,Nemo,ATL\n", "field 'country': country 'ATL' is not"),
    ("actor_id,kind,name\nNEMO,person,Nemo,extra\n", "line 2: expected 3 fields, saw 4"),
    ('actor_id,kind,name\nNEMO,person,"Nemo\n', "line 2: malformed CSV"),
    ("actor_id,kind,nom\nNEMO,person,Nemo\n", "line 1, field 'nom': unknown column"),
    ("actor_id,kind,name,name\nNEMO,person,Nemo,Nemo\n", "field 'name': the column appears twice"),
    ("actor_id,kind\nNEMO,person\n", "field 'name': column missing from this actors file"),
    ("actor_id,role,start\nNOBODY_HERE,President,2020-01-01\n",
     "line 2, field 'actor_id': actor_id 'NOBODY_HERE' is not defined in any actors file"),
    ("actor_id,role,start\nXI_JINPING,President,2020-13-01\n",
     "line 2, field 'start': bad date '2020-13-01'"),
    ("actor_id,role,start\nXI_JINPING,President,18.06.2025\n", "field 'start': bad date"),
    ("actor_id,role,start,end\nXI_JINPING,President,2020,2019-05\n",
     "field 'end': end 2019-05 is before start 2020"),
    ("actor_id,role,organisation\nXI_JINPING,Envoy,ATLANTIS\n",
     "field 'organisation': organisation 'ATLANTIS' is not a known group"),
    ("actor_id,kind,name,former_capitals\nNEMO,state,Nemo,Old Town\n",
     "field 'former_capitals': 'Old Town' does not give the date"),
    ("# nothing but comments\n", "the file has no header line"),
    ("name,text\nA,B\n", "cannot tell what the header"),
]


@pytest.mark.parametrize("text, message", BAD_FILES, ids=[m[:40] for _, m in BAD_FILES])
def test_malformed_files_are_reported_with_file_line_field_and_fix(tmp_path, text, message):
    path = write(tmp_path, "bad.csv", text)
    with pytest.raises(DataFileError, match="Fix: ") as info:
        load_registry(extra=[path])
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_extra_file(tmp_path):
    with pytest.raises(InputError, match="absent.csv: no such actor file"):
        load_registry(extra=[tmp_path / "absent.csv"])


# ------------------------------------------------------- against the shared lexicons


@pytest.mark.shared
def test_states_cover_the_datahub_table():
    path = shared_path("lexicons", "country_codes_datahub", "country-codes.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        codes = {row["ISO3166-1-Alpha-3"] for row in csv.DictReader(handle)}
    assert codes == set(ISO3)


@pytest.mark.shared
def test_build_script_reproduces_the_packaged_files():
    lexicons = shared_path("lexicons")
    script = ROOT / "tools" / "build_actors.py"
    spec = importlib.util.spec_from_file_location("build_actors", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(lexicons)
    packaged = {p.name for p in ACTORS.iterdir() if p.name != "__pycache__"}
    assert set(built) == packaged
    for name, text in built.items():
        assert ACTORS.joinpath(name).read_bytes() == text.encode("utf-8"), name


def test_version_1_2_knows_states_groups_and_leaders_in_chinese_and_russian(reg):
    assert reg.version == "1.7" and load_registry("1.0").lookup("美国") == []
    for alias, actor_id in [("美国", "USA"), ("哈萨克斯坦", "KAZ"), ("美方", "USA"), ("欧盟", "EU"), ("普京", "VLADIMIR_PUTIN"),
                            ("Казахстане", "KAZ"), ("Соединенных Штатов", "USA"), ("американской", "USA"),
                            ("ШОС", "SCO"), ("Путиным", "VLADIMIR_PUTIN"), ("Си Цзиньпином", "XI_JINPING")]:
        assert [a.actor_id for a in reg.lookup(alias)] == [actor_id], alias
    compounds = reg.aliases[reg.aliases["alias_type"] == "compound"].set_index("alias")["actor_id"]
    assert compounds["美"] == "USA" and compounds["俄"] == "RUS" and compounds.index.str.len().max() == 1


@pytest.mark.parametrize("role, country, date, holder", [
    ("President", "UKR", "2022-03-01", "VOLODYMYR_ZELENSKYY"), ("President", "UKR", "2018-03-01", "PETRO_POROSHENKO"),
    ("President", "TUR", "2020-01-01", "RECEP_TAYYIP_ERDOGAN"), ("Prime Minister", "TUR", "2010-01-01", "RECEP_TAYYIP_ERDOGAN"),
    ("President", "BRA", "2024-01-01", "LUIZ_INACIO_LULA_DA_SILVA"), ("President", "BRA", "2020-01-01", "JAIR_BOLSONARO"),
    ("Prime Minister", "ISR", "2022-01-01", "NAFTALI_BENNETT"),  # 1.3 had none: Bennett came with 1.6
    ("Chancellor", "DEU", "2023-01-01", "OLAF_SCHOLZ"),
])
def test_version_1_3_knows_the_leaders_of_2015_to_2025(reg, role, country, date, holder):
    assert reg.holders(role, country, date) == ([holder] if holder else [])
    assert load_registry("1.2").lookup("Zelensky") == [] and [a.actor_id for a in reg.lookup("Zelensky")] == \
        ["VOLODYMYR_ZELENSKYY"]


@pytest.mark.parametrize("before, role, country, date, holder", [
    # 1.5: the G20's leaders and foreign ministers of 2015-2025
    ("1.4", "Prime Minister", "AUS", "2019-06-01", "SCOTT_MORRISON"),
    ("1.4", "Foreign Minister", "AUS", "2019-06-01", "MARISE_PAYNE"),
    ("1.4", "Foreign Minister", "AUS", "2016-06-01", "JULIE_BISHOP"),
    ("1.4", "Vice President", "USA", "2018-06-01", "MIKE_PENCE"),
    ("1.4", "Foreign Minister", "KOR", "2019-06-01", "KANG_KYUNG_WHA"),
    ("1.4", "Prime Minister", "ITA", "2019-06-01", "GIUSEPPE_CONTE"),
    ("1.4", "Foreign Minister", "JPN", "2018-06-01", "TARO_KONO"),
    ("1.4", "President", "MEX", "2020-06-01", "ANDRES_MANUEL_LOPEZ_OBRADOR"),
    # 1.6: the UN General Debate's speakers of 2015-2024 who held those offices
    ("1.5", "President", "MOZ", "2018-06-01", "FILIPE_NHUSSI"),
    ("1.5", "Prime Minister", "ALB", "2019-06-01", "EDI_RAMA"),
    ("1.5", "President", "AGO", "2019-06-01", "JOAO_LOURENCO"),
    ("1.5", "Prime Minister", "NZL", "2019-06-01", "JACINDA_ARDERN"),
    ("1.5", "Foreign Minister", "CHE", "2019-06-01", "IGNAZIO_CASSIS"),
    ("1.5", "President", "SLV", "2021-06-01", "NAYIB_BUKELE"),
    ("1.5", "President", "CIV", "2019-06-01", "ALASSANE_OUATTARA"),  # in Phoenix, without the office
    ("1.5", "President", "URY", "2021-06-01", "LUIS_LACALLE_POU"),  # not his father Luis Alberto Lacalle
    # 1.7: US cabinet, agency and congressional offices of 2017-2025
    ("1.6", "Secretary of the Treasury", "USA", "2022-03-01", "JANET_YELLEN"),
    ("1.6", "Attorney General", "USA", "2019-06-01", "WILLIAM_P_BARR"),  # in Phoenix, with his office of 1991
    ("1.6", "Senate Majority Leader", "USA", "2022-01-01", "CHUCK_SCHUMER"),
    ("1.6", "Speaker of the House", "USA", "2020-01-01", "NANCY_PELOSI"),  # in Phoenix, with offices to 2011
    ("1.6", "Speaker of the House", "USA", "2024-01-01", "MIKE_JOHNSON"),
    ("1.6", "NIAID Director", "USA", "2020-05-01", "ANTHONY_FAUCI"),
])
def test_a_version_knows_the_office_holders_it_adds(reg, before, role, country, date, holder):
    assert reg.holders(role, country, date) == [holder]
    assert holder not in set(load_registry(before).holders(role, country, date))


def test_version_1_5_finds_a_titled_surname_of_a_g20_minister():
    text = "Australian Foreign Minister Payne said that Australia would speak out."
    quotes = dx.load(pd.DataFrame({"doc_id": ["a"], "text": [text], "date": ["2019-06-01"]}), progress=False).quotes
    assert quotes["speaker"].tolist() == ["Marise Payne"] and quotes["speaker_country"].tolist() == ["AUS"]


@pytest.mark.parametrize("role, date, holder", [
    ("Defense Secretary", "2022-03-01", "LLOYD_AUSTIN"), ("Secretary of Defence", "2022-03-01", "LLOYD_AUSTIN"),
    ("national security adviser", "2019-01-01", "JOHN_BOLTON"), ("Treasury Secretary", "2022-03-01", "JANET_YELLEN"),
    ("HHS Secretary", "2022-03-01", "XAVIER_BECERRA"), ("House Speaker", "2020-01-01", "NANCY_PELOSI"),
    ("UN Ambassador", "2018-03-01", "NIKKI_HALEY"), ("Fed Chair", "2019-01-01", "JEROME_POWELL"),
    ("Director of the CIA", "2022-01-01", "WILLIAM_BURNS"),
])
def test_an_office_is_found_by_its_other_names(reg, role, date, holder):
    assert reg.holders(role, "USA", date) == [holder]


@pytest.mark.parametrize("role, organisation, date, holder", [
    ("Secretary-General", "UN", "1960-01-01", "DAG_HAMMARSKJOLD"),
    ("Secretary-General", "UN", "1999-01-01", "KOFI_ANNAN"),
    ("Secretary General", "UN", "2010-01-01", "BAN_KI_MOON"),
    ("Secretary-General", "NATO", "2012-01-01", "ANDERS_FOGH_RASMUSSEN"),
    ("Director-General", "WHO", "2020-01-01", "TEDROS_ADHANOM_GHEBREYESUS"),
])
def test_an_organisations_office_has_its_holders(reg, role, organisation, date, holder):
    assert reg.holders_in(role, organisation, date) == [holder]
    assert reg.holders_in(role, organisation, "1961-10-01" if organisation == "UN" else "1900-01-01") == []


@pytest.mark.parametrize("role", ["Secretary", "Under Secretary of State", "Minister of Foreign Affairs of State"])
def test_other_offices_stay_apart(reg, role):
    assert reg.holders(role, "USA", "2019-01-01") == [] and reg.holders("Foreign Minister", "USA", "2019-01-01") == []


def test_version_1_6_gives_a_misspelt_person_their_name_and_state():
    reg = load_registry()
    assert reg.actor("FILIPE_NHUSSI").name == "Filipe Nyusi" and reg.actor("JOSE_MARIO_VAZ").country == "GNB"
    assert load_registry("1.5").actor("JOSE_MARIO_VAZ").country == "GIN"  # old versions stay as they were


@pytest.mark.parametrize("text, date, speaker, country", [
    ("President Nyusi of Mozambique also said that debt was not the problem.", "2018-09-03", "Filipe Nyusi", "MOZ"),
    ("Albanian Prime Minister Rama said that talks would resume.", "2019-06-01", "Edi Rama", "ALB"),
    # a surname the registry gives a better-known person of those years stays theirs
    ("Harris said that the bill would pass.", "2022-03-01", "Kamala Harris", "USA"),
    ("Guterres said that the ceasefire must hold.", "2019-06-01", "António Guterres", "PRT"),
    # 1.7: US officials by surname, title and office
    ("Secretary Yellen said that inflation would ease.", "2022-03-01", "Janet Yellen", "USA"),
    ("Senator McConnell said that the bill would fail.", "2021-06-01", "Mitch McConnell", "USA"),  # not Michael
    ("Powell said that rates would rise.", "2019-06-01", "Jerome Powell", "USA"),  # not Colin Powell...
    ("Powell said that the war was justified.", "2003-02-05", "Colin Powell", "USA"),  # ...but in 2003
    # a title before a surname takes the one namesake whose role that day it names
    ("Senator Sanders said that the bill would pass.", "2022-06-01", "Bernie Sanders", "USA"),
    ("Press Secretary Sanders said that the talks went well.", "2018-06-01", "Sarah Huckabee Sanders", "USA"),
    ("Senator Collins said that the bill would pass.", "2019-06-01", "Susan Collins", "USA"),  # of six Collinses
    ("Prime Minister Johnson said that the deal was good.", "2021-08-01", "Boris Johnson", "GBR"),
    # an office by another of its names, with the state before it
    ("The US Secretary of State said that talks would resume.", "2019-06-01", "Mike Pompeo", "USA"),
    ("The US Treasury Secretary said that inflation would ease.", "2022-03-01", "Janet Yellen", "USA"),
])
def test_versions_1_6_and_1_7_find_more_speakers_by_surname_title_and_office(text, date, speaker, country):
    quotes = dx.load(pd.DataFrame({"doc_id": ["a"], "text": [text], "date": [date]}), progress=False).quotes
    assert quotes["speaker"].tolist() == [speaker] and quotes["speaker_country"].tolist() == [country]


@pytest.mark.parametrize("date", [None, "1990-01-01", "2019-06-01", "2025-06-18"])
def test_last_role_is_the_last_row_of_roles_on(date):
    reg = load_registry()
    for actor_id in reg.roles["actor_id"].drop_duplicates().head(400):
        roles = reg.roles_on(actor_id, date)
        countries = roles["country"].dropna()
        expected = (roles["role"].iloc[-1] if len(roles) else None,
                    countries.iloc[-1] if len(countries) else reg.actor(actor_id).country)
        assert reg.last_role(actor_id, date) == expected


@pytest.mark.parametrize("word, iso", [("Island", "ISL"), ("Mann", "IMN"), ("Dominique", "DMA")])
def test_version_1_4_drops_native_names_that_english_uses_for_something_else(reg, word, iso):
    assert iso in [a.actor_id for a in load_registry("1.3").lookup(word)]
    assert iso not in [a.actor_id for a in reg.lookup(word)]  # "Mann" is still a person's surname
    assert iso in [a.actor_id for a in reg.lookup({"ISL": "Iceland", "IMN": "Isle of Man", "DMA": "Dominica"}[iso])]


def test_pacific_island_countries_name_no_iceland():
    text = "Relations between China and Pacific Island countries grow. Iceland and Thomas Mann's Dominique."
    mentions = dx.load(pd.DataFrame({"doc_id": ["a"], "text": [text]}), progress=False).mentions
    assert mentions.loc[mentions["kind"] == "state", "country"].tolist() == ["CHN", "ISL"]
