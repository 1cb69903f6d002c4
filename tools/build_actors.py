"""Regenerate the actor registry in ``discourse/data/actors/`` from the shared lexicons.

Usage::

    python tools/build_actors.py [--lexicons ../shared/data/lexicons] [--out discourse/data/actors]

Every file in ``discourse/data/actors/`` is written by this script, so edit the tables
below (or the upstream lexicons), never the CSV files themselves. The output is
deterministic: rows are sorted, and ``tests/corpus/test_registry.py`` rebuilds the
files and compares them byte for byte whenever the lexicons are present.

Sources and licenses (each derived file keeps its own):

- ``country_codes_datahub/country-codes.csv`` (PDDL) -> ``states-1.0.csv``
  (names, official names, capitals); demonyms, extra aliases and capital
  corrections are written here for the project (BSD-3-Clause).
- ``countries_mledoze/countries.json`` (ODbL 1.0, share-alike) -> only
  ``states-mledoze-1.0.csv``, with its notice beside it. Nothing else reads it.
- ``petrarch2_cameo_dicts/Phoenix.{Countries,International}.actors.txt`` (MIT)
  -> ``persons-phoenix-1.0.csv`` and ``roles-phoenix-1.0.csv``.
- The tables ``GROUPS``, ``BODIES``, ``PERSONS`` and ``ROLES`` below are written
  for the project (BSD-3-Clause) -> ``groups-1.0.csv``, ``bodies-1.0.csv``,
  ``persons-1.0.csv`` and ``roles-1.0.csv``.
- Version 1.6 adds ``LEADERS_1_6`` and ``ROLES_1_6`` (the heads of state, heads of government, vice
  presidents and foreign ministers of every UN member who spoke at the UN General Debate in
  2015-2024 and whom 1.5 lacked or held without the office, with their dated offices; our own
  compilation, BSD-3-Clause, each person's offices checked to cover every September they spoke in
  the General Debate speakers table of ``ungdc/Speakers_by_session.csv``, CC0) ->
  ``persons-1.6.csv`` and ``roles-1.6.csv``.
- Version 1.7 adds ``LEADERS_1_7`` and ``ROLES_1_7`` (the holders of the US cabinet offices,
  cabinet-level and agency offices news names, and the leaders of Congress and the chairs and
  ranking members of its foreign, defence, intelligence, judiciary, finance and oversight
  committees, and every senator, 2017-2025, and the UN's secretaries-general since 1946 and NATO's
  since 2004; our own compilation, BSD-3-Clause, a second coder's independent compilation of 17 of
  the US offices agreeing on 63 of 64 confirmed terms) ->
  ``persons-1.7.csv`` and ``roles-1.7.csv``.
- Version 1.5 adds ``LEADERS_1_5`` and ``ROLES_1_5`` (every head of state, head of government
  and foreign minister of the G20 states in office in 2015-2025 that 1.4 lacked or held
  without the office, the heads of the EU's institutions, NATO and the WHO, and the US Vice
  Presidents, Secretaries of Defense and National Security Advisors of those years; our own
  compilation, BSD-3-Clause) -> ``persons-1.5.csv`` and ``roles-1.5.csv``.
- Version 1.4 leaves out of the mledoze supplement the native names that are English words
  or given names and so are found in English text that does not name the state
  (``MLEDOZE_LEFT_OUT``: "Island" for Iceland, in "Pacific Island countries"; "Mann" for the
  Isle of Man; "Dominique" for Dominica) -> ``states-mledoze-1.4.csv``.
- Version 1.3 adds ``LEADERS_1_3`` and ``ROLES_1_3`` (heads of state and government of
  2015-2025 and a few foreign ministers; our own compilation, BSD-3-Clause) ->
  ``persons-1.3.csv`` and ``roles-1.3.csv``.
- Version 1.2 adds Chinese and Russian names: CLDR's territory names through Babel
  (Unicode License v3) -> ``states-cldr-1.0.csv``, and the ``ZH_*``/``RU_*`` tables below
  (BSD-3-Clause) -> ``names-zh-ru-1.0.csv``; Russian names in the six cases by pymorphy3
  (both are build-time tools, in the test extra).
- Version 1.1 adds ``CHN_SPOKESPEOPLE`` and ``ROLES_1_1`` (our own compilation,
  BSD-3-Clause) -> ``persons-1.1.csv`` and ``roles-1.1.csv``; its other files are
  those of 1.0, listed again in ``MANIFEST.csv`` under version 1.1. Old files stay
  as they are, so results made with 1.0 still reproduce.
"""

from __future__ import annotations

import argparse
import collections
import csv
import datetime as dt
import hashlib
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_LEXICONS = ROOT.parent / "shared" / "data" / "lexicons"
DEFAULT_OUT = ROOT / "discourse" / "data" / "actors"
VERSION = "1.0"
# Each version: the version of every file stem it reads (stems not named are at VERSION).
VERSIONS = {"1.0": {}, "1.1": {"persons": "1.1", "roles": "1.1"},
            "1.2": {"persons": "1.1", "roles": "1.1", "states-cldr": "1.0", "names-zh-ru": "1.0"},
            "1.3": {"persons": "1.3", "roles": "1.3", "states-cldr": "1.0", "names-zh-ru": "1.0"},
            "1.4": {"persons": "1.3", "roles": "1.3", "states-cldr": "1.0", "names-zh-ru": "1.0",
                    "states-mledoze": "1.4"},
            "1.5": {"persons": "1.5", "roles": "1.5", "states-cldr": "1.0", "names-zh-ru": "1.0",
                    "states-mledoze": "1.4"},
            "1.6": {"persons": "1.6", "roles": "1.6", "states-cldr": "1.0", "names-zh-ru": "1.0",
                    "states-mledoze": "1.4"},
            "1.7": {"persons": "1.7", "roles": "1.7", "states-cldr": "1.0", "names-zh-ru": "1.0",
                    "states-mledoze": "1.4"}}
# File stems that only the versions naming them in VERSIONS have.
OPTIONAL_STEMS = {"states-cldr", "names-zh-ru"}
AS_OF = "2025-06-30"
PROJECT = "discourse project"
GENERATED = "# Generated by tools/build_actors.py; edit the tables there, not this file."

DATAHUB_COMMIT = "caa72d1e0e5af8876c170bb36a9e4d64a01bba88"
MLEDOZE_COMMIT = "5e9f370050f83ad2ba4cb885f75d66114badf72c"
PETRARCH_COMMIT = "676801cd9cb2924bbbad09f86d15c9323e7097bf"

# --------------------------------------------------------------------------------------
# States: corrections and additions to the datahub table (discourse project, BSD-3-Clause)
# --------------------------------------------------------------------------------------

NAME_OVERRIDES = {
    "ATG": "Antigua and Barbuda", "BIH": "Bosnia and Herzegovina", "CIV": "Côte d'Ivoire",
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "GBR": "United Kingdom", "HMD": "Heard and McDonald Islands", "KNA": "Saint Kitts and Nevis",
    "LCA": "Saint Lucia", "SPM": "Saint Pierre and Miquelon", "STP": "São Tomé and Príncipe",
    "SGS": "South Georgia and the South Sandwich Islands", "SJM": "Svalbard and Jan Mayen",
    "TCA": "Turks and Caicos Islands", "TTO": "Trinidad and Tobago", "TUR": "Turkey",
    "USA": "United States", "VCT": "Saint Vincent and the Grenadines", "WLF": "Wallis and Futuna",
    "BLM": "Saint Barthélemy", "SHN": "Saint Helena", "MAF": "Saint Martin",
    "UMI": "United States Minor Outlying Islands",
}

EXTRA_ALIASES = {
    "ARE": "UAE|Emirates", "BIH": "Bosnia", "BLR": "Belorussia|Byelorussia",
    "BRN": "Brunei Darussalam", "CHN": "PRC|P.R.C.|Mainland China",
    "CIV": "Ivory Coast|Cote d'Ivoire", "COD": "DRC|DR Congo|Congo-Kinshasa",
    "COG": "Congo-Brazzaville|Congo Republic", "CPV": "Cabo Verde", "CZE": "Czech Republic",
    "GBR": "UK|U.K.|Britain|Great Britain", "KAZ": "Kazakstan", "KGZ": "Kirghizia|Kyrgyzia",
    "KNA": "St Kitts and Nevis|St. Kitts and Nevis", "KOR": "ROK|South Korea", "LAO": "Lao PDR",
    "LCA": "St Lucia|St. Lucia", "MDA": "Moldavia", "MKD": "Macedonia|FYROM", "MMR": "Burma",
    "NLD": "Holland", "PRK": "DPRK|North Korea", "RUS": "Russian Federation", "SAU": "KSA",
    "SWZ": "Swaziland", "TKM": "Turkmenia", "TLS": "East Timor", "TUR": "Türkiye|Turkiye",
    "TWN": "ROC|Chinese Taipei", "USA": "US|U.S.|USA|U.S.A.|America",
    "VAT": "Holy See|Vatican", "VCT": "St Vincent and the Grenadines", "VNM": "Viet Nam",
}

# Formal names where the UNTERM column is empty or outdated.
EXTRA_OFFICIAL = {
    "CIV": "Republic of Côte d'Ivoire", "HKG": "Hong Kong Special Administrative Region",
    "MAC": "Macao Special Administrative Region", "TUR": "Republic of Türkiye|Republic of Turkey",
    "TWN": "Republic of China",
}

DEMONYMS = {
    "ABW": "Aruban", "AFG": "Afghan", "AGO": "Angolan", "AIA": "Anguillan", "ALA": "Ålandic",
    "ALB": "Albanian", "AND": "Andorran", "ARE": "Emirati", "ARG": "Argentine|Argentinian",
    "ARM": "Armenian", "ASM": "American Samoan", "ATG": "Antiguan|Barbudan", "AUS": "Australian",
    "AUT": "Austrian", "AZE": "Azerbaijani|Azeri", "BDI": "Burundian", "BEL": "Belgian",
    "BEN": "Beninese", "BFA": "Burkinabe|Burkinabè", "BGD": "Bangladeshi", "BGR": "Bulgarian",
    "BHR": "Bahraini", "BHS": "Bahamian", "BIH": "Bosnian|Herzegovinian", "BLR": "Belarusian",
    "BLZ": "Belizean", "BMU": "Bermudian", "BOL": "Bolivian", "BRA": "Brazilian",
    "BRB": "Barbadian|Bajan", "BRN": "Bruneian", "BTN": "Bhutanese", "BWA": "Motswana|Batswana",
    "CAF": "Central African", "CAN": "Canadian", "CHE": "Swiss", "CHL": "Chilean",
    "CHN": "Chinese", "CIV": "Ivorian", "CMR": "Cameroonian", "COD": "Congolese",
    "COG": "Congolese", "COK": "Cook Islander", "COL": "Colombian", "COM": "Comorian",
    "CPV": "Cape Verdean|Cabo Verdean", "CRI": "Costa Rican", "CUB": "Cuban",
    "CUW": "Curaçaoan", "CXR": "Christmas Islander", "CYM": "Caymanian", "CYP": "Cypriot",
    "CZE": "Czech", "DEU": "German", "DJI": "Djiboutian", "DMA": "Dominican", "DNK": "Danish",
    "DOM": "Dominican", "DZA": "Algerian", "ECU": "Ecuadorian", "EGY": "Egyptian",
    "ERI": "Eritrean", "ESH": "Sahrawi", "ESP": "Spanish|Spaniard", "EST": "Estonian",
    "ETH": "Ethiopian", "FIN": "Finnish", "FJI": "Fijian", "FLK": "Falkland Islander",
    "FRA": "French", "FRO": "Faroese", "FSM": "Micronesian", "GAB": "Gabonese",
    "GBR": "British|Briton", "GEO": "Georgian", "GHA": "Ghanaian", "GIB": "Gibraltarian",
    "GIN": "Guinean", "GLP": "Guadeloupean", "GMB": "Gambian", "GNB": "Bissau-Guinean",
    "GNQ": "Equatorial Guinean|Equatoguinean", "GRC": "Greek", "GRD": "Grenadian",
    "GRL": "Greenlandic|Greenlander", "GTM": "Guatemalan", "GUF": "French Guianese",
    "GUM": "Guamanian", "GUY": "Guyanese", "HKG": "Hongkonger|Hong Konger", "HND": "Honduran",
    "HRV": "Croatian|Croat", "HTI": "Haitian", "HUN": "Hungarian", "IDN": "Indonesian",
    "IMN": "Manx", "IND": "Indian", "IRL": "Irish", "IRN": "Iranian", "IRQ": "Iraqi",
    "ISL": "Icelandic|Icelander", "ISR": "Israeli", "ITA": "Italian", "JAM": "Jamaican",
    "JOR": "Jordanian", "JPN": "Japanese", "KAZ": "Kazakh|Kazakhstani", "KEN": "Kenyan",
    "KGZ": "Kyrgyz|Kyrgyzstani|Kirghiz", "KHM": "Cambodian", "KIR": "I-Kiribati",
    "KNA": "Kittitian|Nevisian", "KOR": "South Korean", "KWT": "Kuwaiti", "LAO": "Lao|Laotian",
    "LBN": "Lebanese", "LBR": "Liberian", "LBY": "Libyan", "LCA": "Saint Lucian",
    "LIE": "Liechtensteiner", "LKA": "Sri Lankan", "LSO": "Basotho|Mosotho",
    "LTU": "Lithuanian", "LUX": "Luxembourgish|Luxembourger", "LVA": "Latvian",
    "MAC": "Macanese", "MAR": "Moroccan", "MCO": "Monegasque|Monégasque", "MDA": "Moldovan",
    "MDG": "Malagasy", "MDV": "Maldivian", "MEX": "Mexican", "MHL": "Marshallese",
    "MKD": "Macedonian|North Macedonian", "MLI": "Malian", "MLT": "Maltese", "MMR": "Burmese",
    "MNE": "Montenegrin", "MNG": "Mongolian", "MNP": "Northern Mariana Islander",
    "MOZ": "Mozambican", "MRT": "Mauritanian", "MSR": "Montserratian", "MTQ": "Martinican",
    "MUS": "Mauritian", "MWI": "Malawian", "MYS": "Malaysian", "MYT": "Mahoran",
    "NAM": "Namibian", "NCL": "New Caledonian", "NER": "Nigerien", "NFK": "Norfolk Islander",
    "NGA": "Nigerian", "NIC": "Nicaraguan", "NIU": "Niuean", "NLD": "Dutch",
    "NOR": "Norwegian", "NPL": "Nepalese|Nepali", "NRU": "Nauruan", "NZL": "New Zealander",
    "OMN": "Omani", "PAK": "Pakistani", "PAN": "Panamanian", "PCN": "Pitcairn Islander",
    "PER": "Peruvian", "PHL": "Filipino|Philippine", "PLW": "Palauan",
    "PNG": "Papua New Guinean", "POL": "Polish", "PRI": "Puerto Rican", "PRK": "North Korean",
    "PRT": "Portuguese", "PRY": "Paraguayan", "PSE": "Palestinian", "PYF": "French Polynesian",
    "QAT": "Qatari", "REU": "Réunionese", "ROU": "Romanian", "RUS": "Russian",
    "RWA": "Rwandan", "SAU": "Saudi|Saudi Arabian", "SDN": "Sudanese", "SEN": "Senegalese",
    "SGP": "Singaporean", "SHN": "Saint Helenian", "SLB": "Solomon Islander",
    "SLE": "Sierra Leonean", "SLV": "Salvadoran", "SMR": "Sammarinese", "SOM": "Somali",
    "SRB": "Serbian|Serb", "SSD": "South Sudanese", "STP": "Santomean", "SUR": "Surinamese",
    "SVK": "Slovak", "SVN": "Slovenian|Slovene", "SWE": "Swedish", "SWZ": "Swazi",
    "SYC": "Seychellois", "SYR": "Syrian", "TCD": "Chadian", "TGO": "Togolese", "THA": "Thai",
    "TJK": "Tajik|Tajikistani", "TKL": "Tokelauan", "TKM": "Turkmen|Turkmenistani",
    "TLS": "Timorese", "TON": "Tongan", "TTO": "Trinidadian|Tobagonian", "TUN": "Tunisian",
    "TUR": "Turkish|Turk", "TUV": "Tuvaluan", "TWN": "Taiwanese", "TZA": "Tanzanian",
    "UGA": "Ugandan", "UKR": "Ukrainian", "URY": "Uruguayan", "USA": "American",
    "UZB": "Uzbek|Uzbekistani", "VCT": "Vincentian", "VEN": "Venezuelan",
    "VGB": "British Virgin Islander", "VNM": "Vietnamese", "VUT": "Ni-Vanuatu",
    "WLF": "Wallisian|Futunan", "WSM": "Samoan", "XKX": "Kosovar|Kosovan", "YEM": "Yemeni",
    "ZAF": "South African", "ZMB": "Zambian", "ZWE": "Zimbabwean",
}

# Current capitals where the datahub value is outdated, incomplete or spelled only one way.
CAPITALS = {
    "BOL": "Sucre|La Paz", "CHN": "Beijing|Peking", "GNQ": "Malabo|Ciudad de la Paz",
    "IRN": "Tehran|Teheran", "KAZ": "Astana|Nur-Sultan", "LKA": "Sri Jayawardenepura Kotte|Colombo",
    "MDA": "Chisinau|Chișinău", "MMR": "Nay Pyi Taw|Naypyidaw|Naypyitaw",
    "MNG": "Ulaanbaatar|Ulan Bator", "MYS": "Kuala Lumpur|Putrajaya", "NLD": "Amsterdam|The Hague",
    "TKM": "Ashgabat|Ashkhabad", "UKR": "Kyiv|Kiev", "USA": "Washington|Washington, D.C.",
    "XKX": "Pristina|Prishtina",
}

# Former capitals, with the date (or year) on which they stopped being the capital.
FORMER_CAPITALS = {
    "BDI": "Bujumbura (until 2019)", "BLZ": "Belize City (until 1970)",
    "BRA": "Rio de Janeiro (until 1960-04-21)", "CIV": "Abidjan (until 1983)",
    "DEU": "Bonn (until 1990-10-03)",
    "KAZ": "Almaty (until 1997-12-10)|Alma-Ata (until 1997-12-10)",
    "MMR": "Yangon (until 2005-11)|Rangoon (until 2005-11)", "NGA": "Lagos (until 1991-12-12)",
    "PAK": "Karachi (until 1959)", "TUR": "Istanbul (until 1923-10-13)",
}

# States that ISO 3166-1 does not list; XKX is the code the EU, IMF and World Bank use.
EXTRA_STATES = [("XKX", "Kosovo", "Republic of Kosovo")]

# CAMEO/Phoenix country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"TMP": "TLS", "KSV": "XKX", "IMY": "IMN", "ROM": "ROU"}

# --------------------------------------------------------------------------------------
# Groups and international organisations (discourse project, members as of AS_OF)
# --------------------------------------------------------------------------------------

EU27 = ("AUT BEL BGR CYP CZE DEU DNK ESP EST FIN FRA GRC HRV HUN IRL ITA LTU LUX LVA MLT NLD "
        "POL PRT ROU SVK SVN SWE")
NATO32 = ("ALB BEL BGR CAN CZE DEU DNK ESP EST FIN FRA GBR GRC HRV HUN ISL ITA LTU LUX LVA MKD "
          "MNE NLD NOR POL PRT ROU SVK SVN SWE TUR USA")
AU55 = ("AGO BDI BEN BFA BWA CAF CIV CMR COD COG COM CPV DJI DZA EGY ERI ESH ETH GAB GHA GIN GMB "
        "GNB GNQ KEN LBR LBY LSO MAR MDG MLI MOZ MRT MUS MWI NAM NER NGA RWA SDN SEN SLE SOM SSD "
        "STP SWZ SYC TCD TGO TUN TZA UGA ZAF ZMB ZWE")
OSCE57 = ("ALB AND ARM AUT AZE BEL BGR BIH BLR CAN CHE CYP CZE DEU DNK ESP EST FIN FRA GBR GEO GRC "
          "HRV HUN IRL ISL ITA KAZ KGZ LIE LTU LUX LVA MCO MDA MKD MLT MNE MNG NLD NOR POL PRT ROU "
          "RUS SMR SRB SVK SVN SWE TJK TKM TUR UKR USA UZB VAT")
UN_MEMBERS = "UN_MEMBERS"  # computed: independent states in the datahub table except TWN and VAT

GROUPS = [
    # actor_id, kind, name, aliases, members
    ("ADB", "organisation", "Asian Development Bank", "ADB", ""),
    ("AIIB", "organisation", "Asian Infrastructure Investment Bank", "AIIB", ""),
    ("APEC", "organisation", "APEC", "Asia-Pacific Economic Cooperation",
     "AUS BRN CAN CHL CHN HKG IDN JPN KOR MEX MYS NZL PER PHL PNG RUS SGP THA TWN USA VNM"),
    ("ARAB_LEAGUE", "organisation", "Arab League", "League of Arab States",
     "ARE BHR COM DJI DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SOM SYR TUN YEM"),
    ("ASEAN", "organisation", "ASEAN",
     "Association of Southeast Asian Nations|Association of South East Asian Nations",
     "BRN IDN KHM LAO MMR MYS PHL SGP THA VNM"),
    ("AU", "organisation", "African Union", "AU", AU55),
    ("BALTIC_STATES", "group", "Baltic states", "Baltic countries|Baltics", "EST LTU LVA"),
    ("BRICS", "group", "BRICS", "BRICS+|BRICS Plus",
     "ARE BRA CHN EGY ETH IDN IND IRN RUS ZAF"),
    ("CENTRAL_ASIA", "group", "Central Asia",
     "Central Asian states|Central Asian countries|Central Asian republics",
     "KAZ KGZ TJK TKM UZB"),
    ("CICA", "organisation", "Conference on Interaction and Confidence-Building Measures in Asia",
     "CICA", ""),
    # Turkmenistan is an associate state; Ukraine never ratified the Charter.
    ("CIS", "organisation", "Commonwealth of Independent States", "CIS",
     "ARM AZE BLR KAZ KGZ MDA RUS TJK UZB"),
    ("COMMONWEALTH", "organisation", "Commonwealth of Nations", "", ""),
    ("COUNCIL_OF_EUROPE", "organisation", "Council of Europe", "", ""),
    # Armenia froze its participation in 2024 but remains a member.
    ("CSTO", "organisation", "Collective Security Treaty Organization",
     "Collective Security Treaty Organisation|CSTO", "ARM BLR KAZ KGZ RUS TJK"),
    ("EAEU", "organisation", "Eurasian Economic Union", "EAEU|EEU", "ARM BLR KAZ KGZ RUS"),
    ("EBRD", "organisation", "European Bank for Reconstruction and Development", "EBRD", ""),
    ("ECOWAS", "organisation", "ECOWAS", "Economic Community of West African States", ""),
    ("EU", "organisation", "European Union", "EU|E.U.", EU27),
    ("EUROPEAN_COMMISSION", "organisation", "European Commission", "EU Commission", ""),
    ("FIVE_EYES", "group", "Five Eyes", "FVEY", "AUS CAN GBR NZL USA"),
    ("G7", "group", "G7", "G-7|Group of Seven", "CAN DEU FRA GBR ITA JPN USA"),
    # The EU and the African Union are members too; members lists states only.
    ("G20", "group", "G20", "G-20|Group of Twenty",
     "ARG AUS BRA CAN CHN DEU FRA GBR IDN IND ITA JPN KOR MEX RUS SAU TUR USA ZAF"),
    ("GCC", "organisation", "Gulf Cooperation Council",
     "GCC|Cooperation Council for the Arab States of the Gulf", "ARE BHR KWT OMN QAT SAU"),
    ("IAEA", "organisation", "International Atomic Energy Agency", "IAEA", ""),
    ("ICC", "organisation", "International Criminal Court", "ICC", ""),
    ("ICJ", "organisation", "International Court of Justice", "ICJ|World Court", ""),
    ("IMF", "organisation", "International Monetary Fund", "IMF", ""),
    ("MERCOSUR", "organisation", "Mercosur", "MERCOSUR|Mercosul|Southern Common Market", ""),
    ("NATO", "organisation", "NATO",
     ("North Atlantic Treaty Organization|North Atlantic Treaty Organisation"
      "|North Atlantic Alliance|Atlantic Alliance"), NATO32),
    ("NDB", "organisation", "New Development Bank", "NDB|BRICS Bank", ""),
    ("NORDIC_COUNTRIES", "group", "Nordic countries", "Nordics", "DNK FIN ISL NOR SWE"),
    ("OAS", "organisation", "Organization of American States",
     "Organisation of American States|OAS", ""),
    ("OECD", "organisation", "OECD",
     ("Organisation for Economic Co-operation and Development"
      "|Organization for Economic Cooperation and Development"), ""),
    ("OIC", "organisation", "Organisation of Islamic Cooperation",
     ("Organization of Islamic Cooperation|OIC|Organisation of the Islamic Conference"
      "|Organization of the Islamic Conference"), ""),
    ("OPEC", "organisation", "OPEC",
     ("Organization of the Petroleum Exporting Countries"
      "|Organisation of the Petroleum Exporting Countries"),
     "ARE COG DZA GAB GNQ IRN IRQ KWT LBY NGA SAU VEN"),
    ("OSCE", "organisation", "Organization for Security and Co-operation in Europe",
     ("OSCE|Organisation for Security and Co-operation in Europe"
      "|Organization for Security and Cooperation in Europe"), OSCE57),
    ("OTS", "organisation", "Organization of Turkic States",
     "Organisation of Turkic States|Turkic Council|OTS", "AZE KAZ KGZ TUR UZB"),
    ("P5", "group", "P5",
     ("Permanent Five|permanent members of the Security Council"
      "|permanent members of the UN Security Council"), "CHN FRA GBR RUS USA"),
    ("QUAD", "group", "Quad", "Quadrilateral Security Dialogue", "AUS IND JPN USA"),
    ("SAARC", "organisation", "SAARC", "South Asian Association for Regional Cooperation",
     "AFG BGD BTN IND LKA MDV NPL PAK"),
    ("SCO", "organisation", "Shanghai Cooperation Organisation",
     "Shanghai Cooperation Organization|SCO", "BLR CHN IND IRN KAZ KGZ PAK RUS TJK UZB"),
    ("SOUTH_CAUCASUS", "group", "South Caucasus", "Transcaucasia", "ARM AZE GEO"),
    ("UN", "organisation", "United Nations", "UN|U.N.|United Nations Organization", UN_MEMBERS),
    ("UNGA", "organisation", "UN General Assembly",
     "United Nations General Assembly|U.N. General Assembly|UNGA", ""),
    ("UNHRC", "organisation", "UN Human Rights Council",
     "United Nations Human Rights Council|U.N. Human Rights Council|UNHRC", ""),
    # Permanent members plus the elected members of 2025.
    ("UNSC", "organisation", "UN Security Council",
     "United Nations Security Council|U.N. Security Council|UNSC",
     "CHN FRA GBR RUS USA DNK DZA GRC GUY KOR PAK PAN SLE SOM SVN"),
    ("VISEGRAD_GROUP", "group", "Visegrad Group", "Visegrád Group|Visegrad Four|V4",
     "CZE HUN POL SVK"),
    ("WHO", "organisation", "World Health Organization", "WHO|World Health Organisation", ""),
    ("WORLD_BANK", "organisation", "World Bank",
     "World Bank Group|International Bank for Reconstruction and Development|IBRD", ""),
    ("WTO", "organisation", "World Trade Organization", "WTO|World Trade Organisation", ""),
]

# --------------------------------------------------------------------------------------
# Domestic bodies that speak for a state (discourse project)
# implies_country = 1 when the name alone fixes the country.
# --------------------------------------------------------------------------------------

BODIES = [
    # actor_id, name, country, aliases, implies_country
    ("AKORDA", "Akorda", "KAZ", "Ak Orda|Akorda Presidential Palace", 1),
    ("CHINESE_COMMUNIST_PARTY", "Chinese Communist Party", "CHN",
     "Communist Party of China|CCP|CPC", 1),
    ("DEFENCE_MINISTRY", "Defence Ministry", "",
     "Defense Ministry|Ministry of Defence|Ministry of Defense", 0),
    ("DOWNING_STREET", "Downing Street", "GBR", "10 Downing Street|Number 10|No. 10|No 10", 1),
    ("ELYSEE", "Élysée", "FRA", "Élysée Palace|Elysee|Elysee Palace", 1),
    ("EMBASSY", "Embassy", "", "embassy", 0),
    ("FCDO", "Foreign, Commonwealth and Development Office", "GBR",
     "FCDO|Foreign and Commonwealth Office|FCO", 1),
    ("FOREIGN_MINISTRY", "Foreign Ministry", "",
     "Ministry of Foreign Affairs|MFA|Foreign Office|Ministry of External Affairs", 0),
    ("KREMLIN", "Kremlin", "RUS", "", 1),
    ("MOFCOM", "Ministry of Commerce of China", "CHN", "MOFCOM", 1),
    ("NATIONAL_PEOPLES_CONGRESS", "National People's Congress", "CHN", "NPC", 1),
    ("PENTAGON", "Pentagon", "USA",
     ("Department of Defense|U.S. Department of Defense|US Department of Defense"
      "|Defense Department"), 1),
    ("PEOPLES_LIBERATION_ARMY", "People's Liberation Army", "CHN", "PLA", 1),
    ("POLITBURO", "Politburo", "CHN", "", 0),
    ("PRESIDENTIAL_ADMINISTRATION", "Presidential Administration", "",
     "Presidential Office|Presidential Palace", 0),
    ("QUAI_D_ORSAY", "Quai d'Orsay", "FRA", "", 1),
    ("STATE_COUNCIL", "State Council", "CHN", "", 0),
    ("STATE_DEPARTMENT", "State Department", "USA",
     "Department of State|U.S. State Department|US State Department|Foggy Bottom", 1),
    ("STATE_DUMA", "State Duma", "RUS", "Duma", 1),
    ("US_CONGRESS", "U.S. Congress", "USA", "US Congress|United States Congress|Capitol Hill", 1),
    ("WHITE_HOUSE", "White House", "USA", "", 1),
    ("WHITEHALL", "Whitehall", "GBR", "", 1),
    ("ZHONGNANHAI", "Zhongnanhai", "CHN", "", 1),
]

# --------------------------------------------------------------------------------------
# Persons and dated roles written for the project. Dates are YYYY-MM-DD, or YYYY-MM / YYYY
# where only the month or year is certain; an empty end means "still in office on AS_OF".
# --------------------------------------------------------------------------------------

PERSONS = [
    # actor_id, name, country, aliases, surname (empty = derived by the reader)
    ("ALIKHAN_SMAILOV", "Alikhan Smailov", "KAZ", "", ""),
    ("ALMAZBEK_ATAMBAYEV", "Almazbek Atambayev", "KGZ", "Almazbek Atambaev", ""),
    ("ANDREI_BELOUSOV", "Andrei Belousov", "RUS", "Andrey Belousov", ""),
    ("ANTONIO_COSTA", "António Costa", "PRT", "Antonio Costa", ""),
    ("ANTONIO_GUTERRES", "António Guterres", "PRT", "Antonio Guterres", ""),
    ("ANTONY_BLINKEN", "Antony Blinken", "USA", "Tony Blinken|Antony J. Blinken", ""),
    ("BAKHTIYOR_SAIDOV", "Bakhtiyor Saidov", "UZB", "", ""),
    ("BAN_KI_MOON", "Ban Ki-moon", "KOR", "", ""),
    ("BARACK_OBAMA", "Barack Obama", "USA", "Barack Hussein Obama", ""),
    ("BORIS_JOHNSON", "Boris Johnson", "GBR", "", ""),
    ("BORIS_YELTSIN", "Boris Yeltsin", "RUS", "Boris Nikolayevich Yeltsin", ""),
    ("CATHERINE_COLONNA", "Catherine Colonna", "FRA", "", ""),
    ("CHARLES_MICHEL", "Charles Michel", "BEL", "", ""),
    ("DAVID_CAMERON", "David Cameron", "GBR", "", ""),
    ("DAVID_LAMMY", "David Lammy", "GBR", "", ""),
    ("DMITRY_MEDVEDEV", "Dmitry Medvedev", "RUS",
     "Dmitri Medvedev|Dmitry Anatolyevich Medvedev", ""),
    ("DMITRY_PESKOV", "Dmitry Peskov", "RUS", "Dmitri Peskov|Dmitry Sergeyevich Peskov", ""),
    ("DOMINIC_RAAB", "Dominic Raab", "GBR", "", ""),
    ("DONALD_TRUMP", "Donald Trump", "USA", "Donald J. Trump|Donald John Trump", ""),
    ("ELISABETH_BORNE", "Élisabeth Borne", "FRA", "Elisabeth Borne", ""),
    ("EMMANUEL_MACRON", "Emmanuel Macron", "FRA", "", ""),
    ("EMOMALI_RAHMON", "Emomali Rahmon", "TJK",
     "Emomali Rahmonov|Emomali Rakhmon|Emomalii Rahmon", ""),
    ("FRANCOIS_BAYROU", "François Bayrou", "FRA", "Francois Bayrou", ""),
    ("FRANCOIS_HOLLANDE", "François Hollande", "FRA", "Francois Hollande", ""),
    ("GABRIEL_ATTAL", "Gabriel Attal", "FRA", "", ""),
    ("GENG_SHUANG", "Geng Shuang", "CHN", "", ""),
    ("GUO_JIAKUN", "Guo Jiakun", "CHN", "", ""),
    ("GURBANGULY_BERDIMUHAMEDOW", "Gurbanguly Berdimuhamedow", "TKM",
     "Gurbanguly Berdimuhamedov|Gurbanguly Berdymukhamedov|Gurbanguly Berdymukhammedov", ""),
    ("HILLARY_CLINTON", "Hillary Clinton", "USA", "Hillary Rodham Clinton", ""),
    ("HUA_CHUNYING", "Hua Chunying", "CHN", "", ""),
    ("HU_JINTAO", "Hu Jintao", "CHN", "", ""),
    ("ISLAM_KARIMOV", "Islam Karimov", "UZB", "", ""),
    ("JAKE_SULLIVAN", "Jake Sullivan", "USA", "", ""),
    ("JAMES_CLEVERLY", "James Cleverly", "GBR", "", ""),
    ("JD_VANCE", "JD Vance", "USA", "J.D. Vance|James David Vance", ""),
    ("JEAN_NOEL_BARROT", "Jean-Noël Barrot", "FRA", "Jean-Noel Barrot", ""),
    ("JEAN_YVES_LE_DRIAN", "Jean-Yves Le Drian", "FRA", "", "Le Drian"),
    ("JEENBEK_KULUBAEV", "Jeenbek Kulubaev", "KGZ", "Zheenbek Kulubaev|Jeenbek Kulubayev", ""),
    ("JENS_STOLTENBERG", "Jens Stoltenberg", "NOR", "", ""),
    ("JEN_PSAKI", "Jen Psaki", "USA", "Jennifer Psaki", ""),
    ("JEREMY_HUNT", "Jeremy Hunt", "GBR", "", ""),
    ("JIANG_ZEMIN", "Jiang Zemin", "CHN", "", ""),
    ("JOE_BIDEN", "Joe Biden", "USA",
     "Joseph Biden|Joseph R. Biden|Joseph R. Biden Jr.|Joseph Robinette Biden", ""),
    ("JOHN_KERRY", "John Kerry", "USA", "John F. Kerry", ""),
    ("JOHN_KIRBY", "John Kirby", "USA", "John F. Kirby", ""),
    ("JOSEP_BORRELL", "Josep Borrell", "ESP", "Josep Borrell Fontelles", "Borrell"),
    ("KAJA_KALLAS", "Kaja Kallas", "EST", "", ""),
    ("KAMALA_HARRIS", "Kamala Harris", "USA", "", ""),
    ("KARINE_JEAN_PIERRE", "Karine Jean-Pierre", "USA", "", ""),
    ("KAROLINE_LEAVITT", "Karoline Leavitt", "USA", "", ""),
    ("KASSYM_JOMART_TOKAYEV", "Kassym-Jomart Tokayev", "KAZ",
     "Kassym-Jomart Tokaev|Kasym-Zhomart Tokayev|Kasymzhomart Tokayev|Qasym-Jomart Toqayev", ""),
    ("KEIR_STARMER", "Keir Starmer", "GBR", "Sir Keir Starmer", ""),
    ("LINDA_THOMAS_GREENFIELD", "Linda Thomas-Greenfield", "USA", "", ""),
    ("LIN_JIAN", "Lin Jian", "CHN", "", ""),
    ("LIZ_TRUSS", "Liz Truss", "GBR", "Elizabeth Truss", ""),
    ("LI_KEQIANG", "Li Keqiang", "CHN", "", ""),
    ("LI_QIANG", "Li Qiang", "CHN", "", ""),
    ("LLOYD_AUSTIN", "Lloyd Austin", "USA", "Lloyd J. Austin|Lloyd J. Austin III", ""),
    ("LU_KANG", "Lu Kang", "CHN", "", ""),
    ("MAO_NING", "Mao Ning", "CHN", "", ""),
    ("MARCO_RUBIO", "Marco Rubio", "USA", "", ""),
    ("MARIA_ZAKHAROVA", "Maria Zakharova", "RUS",
     "Mariya Zakharova|Maria Vladimirovna Zakharova", ""),
    ("MARK_RUTTE", "Mark Rutte", "NLD", "", ""),
    ("MATTHEW_MILLER", "Matthew Miller", "USA", "", ""),
    ("MICHEL_BARNIER", "Michel Barnier", "FRA", "", ""),
    ("MIKE_POMPEO", "Mike Pompeo", "USA", "Michael Pompeo|Michael R. Pompeo", ""),
    ("MIKE_WALTZ", "Mike Waltz", "USA", "Michael Waltz", ""),
    ("MIKHAIL_MISHUSTIN", "Mikhail Mishustin", "RUS", "", ""),
    ("MURAT_NURTLEU", "Murat Nurtleu", "KAZ", "", ""),
    ("NED_PRICE", "Ned Price", "USA", "", ""),
    ("NURLAN_YERMEKBAYEV", "Nurlan Yermekbayev", "KAZ", "Nurlan Yermekbaev", ""),
    ("NURSULTAN_NAZARBAYEV", "Nursultan Nazarbayev", "KAZ", "Nursultan Nazarbaev", ""),
    ("OLZHAS_BEKTENOV", "Olzhas Bektenov", "KAZ", "", ""),
    ("PETE_HEGSETH", "Pete Hegseth", "USA", "Peter Hegseth", ""),
    ("QIN_GANG", "Qin Gang", "CHN", "", ""),
    ("RASHID_MEREDOV", "Rashid Meredov", "TKM", "Rashid Meredow", ""),
    ("REX_TILLERSON", "Rex Tillerson", "USA", "", ""),
    ("RISHI_SUNAK", "Rishi Sunak", "GBR", "", ""),
    ("SADYR_JAPAROV", "Sadyr Japarov", "KGZ", "Sadyr Zhaparov|Sadyr Dzhaparov", ""),
    ("SAPARMURAT_NIYAZOV", "Saparmurat Niyazov", "TKM", "", ""),
    ("SERDAR_BERDIMUHAMEDOW", "Serdar Berdimuhamedow", "TKM",
     "Serdar Berdimuhamedov|Serdar Berdymukhamedov", ""),
    ("SERGEI_SHOIGU", "Sergei Shoigu", "RUS", "Sergey Shoigu|Sergei Shoygu", ""),
    ("SERGEY_LAVROV", "Sergey Lavrov", "RUS", "Sergei Lavrov|Sergey Viktorovich Lavrov", ""),
    ("SHAVKAT_MIRZIYOYEV", "Shavkat Mirziyoyev", "UZB", "Shavkat Mirziyoev", ""),
    ("SIROJIDDIN_MUHRIDDIN", "Sirojiddin Muhriddin", "TJK", "", ""),
    ("SOORONBAY_JEENBEKOV", "Sooronbay Jeenbekov", "KGZ", "Sooronbai Jeenbekov", ""),
    ("STEPHANE_SEJOURNE", "Stéphane Séjourné", "FRA", "Stephane Sejourne", ""),
    ("TAMMY_BRUCE", "Tammy Bruce", "USA", "", ""),
    ("THERESA_MAY", "Theresa May", "GBR", "", ""),
    ("URSULA_VON_DER_LEYEN", "Ursula von der Leyen", "DEU", "", ""),
    ("VASSILY_NEBENZIA", "Vassily Nebenzia", "RUS", "Vasily Nebenzia|Vasily Nebenzya", ""),
    ("VLADIMIR_PUTIN", "Vladimir Putin", "RUS",
     "Vladimir Vladimirovich Putin|Vladimir V. Putin", ""),
    ("WANG_WENBIN", "Wang Wenbin", "CHN", "", ""),
    ("WANG_YI", "Wang Yi", "CHN", "", ""),
    ("XI_JINPING", "Xi Jinping", "CHN", "", ""),
    ("ZHANG_MING", "Zhang Ming", "CHN", "", ""),
    ("ZHAO_LIJIAN", "Zhao Lijian", "CHN", "", ""),
]

_GS_CCP = "General Secretary of the Chinese Communist Party"
_MFA_SP = "Foreign Ministry spokesperson"
_STATE_SP = "State Department spokesperson"
_WH_SEC = "White House Press Secretary"
_PM, _FM, _PRES = "Prime Minister", "Foreign Minister", "President"

ROLES = [
    # actor_id, role, code, country, organisation, start, end
    ("ALIKHAN_SMAILOV", _PM, "KAZGOV", "KAZ", "", "2022-01", "2024-02"),
    ("ALMAZBEK_ATAMBAYEV", _PRES, "KGZGOV", "KGZ", "", "2011-12-01", "2017-11-24"),
    ("ANDREI_BELOUSOV", "Defence Minister", "RUSGOVMIL", "RUS", "", "2024-05-14", ""),
    ("ANTONIO_COSTA", _PM, "PRTGOV", "PRT", "", "2015-11-26", "2024-04-02"),
    ("ANTONIO_COSTA", "President of the European Council", "IGOEUREEC", "", "EU", "2024-12-01", ""),
    ("ANTONIO_GUTERRES", _PM, "PRTGOV", "PRT", "", "1995-10-28", "2002-04-06"),
    ("ANTONIO_GUTERRES", "Secretary-General", "IGOUNO", "", "UN", "2017-01-01", ""),
    ("ANTONY_BLINKEN", "Secretary of State", "USAGOV", "USA", "", "2021-01-26", "2025-01-20"),
    ("BAKHTIYOR_SAIDOV", _FM, "UZBGOV", "UZB", "", "2022", ""),
    ("BAN_KI_MOON", _FM, "KORGOV", "KOR", "", "2004-01", "2006-11"),
    ("BAN_KI_MOON", "Secretary-General", "IGOUNO", "", "UN", "2007-01-01", "2016-12-31"),
    ("BARACK_OBAMA", _PRES, "USAGOV", "USA", "", "2009-01-20", "2017-01-20"),
    ("BORIS_JOHNSON", "Foreign Secretary", "GBRGOV", "GBR", "", "2016-07-13", "2018-07-09"),
    ("BORIS_JOHNSON", _PM, "GBRGOV", "GBR", "", "2019-07-24", "2022-09-06"),
    ("BORIS_YELTSIN", _PRES, "RUSGOV", "RUS", "", "1991-07-10", "1999-12-31"),
    ("CATHERINE_COLONNA", _FM, "FRAGOV", "FRA", "", "2022-05-20", "2024-01-11"),
    ("CHARLES_MICHEL", _PM, "BELGOV", "BEL", "", "2014-10-11", "2019-10-27"),
    ("CHARLES_MICHEL", "President of the European Council", "IGOEUREEC", "", "EU", "2019-12-01",
     "2024-11-30"),
    ("DAVID_CAMERON", _PM, "GBRGOV", "GBR", "", "2010-05-11", "2016-07-13"),
    ("DAVID_CAMERON", "Foreign Secretary", "GBRGOV", "GBR", "", "2023-11-13", "2024-07-05"),
    ("DAVID_LAMMY", "Foreign Secretary", "GBRGOV", "GBR", "", "2024-07-05", ""),
    ("DMITRY_MEDVEDEV", _PRES, "RUSGOV", "RUS", "", "2008-05-07", "2012-05-07"),
    ("DMITRY_MEDVEDEV", _PM, "RUSGOV", "RUS", "", "2012-05-08", "2020-01-16"),
    ("DMITRY_MEDVEDEV", "Deputy Chairman of the Security Council", "RUSGOV", "RUS", "",
     "2020-01-16", ""),
    ("DMITRY_PESKOV", "Kremlin spokesperson", "RUSGOV", "RUS", "", "2012-05", ""),
    ("DOMINIC_RAAB", "Foreign Secretary", "GBRGOV", "GBR", "", "2019-07-24", "2021-09-15"),
    ("DONALD_TRUMP", _PRES, "USAGOV", "USA", "", "2017-01-20", "2021-01-20"),
    ("DONALD_TRUMP", _PRES, "USAGOV", "USA", "", "2025-01-20", ""),
    ("ELISABETH_BORNE", _PM, "FRAGOV", "FRA", "", "2022-05-16", "2024-01-09"),
    ("EMMANUEL_MACRON", _PRES, "FRAGOV", "FRA", "", "2017-05-14", ""),
    ("EMOMALI_RAHMON", "Chairman of the Supreme Assembly", "TJKGOV", "TJK", "", "1992-11-19",
     "1994-11-16"),
    ("EMOMALI_RAHMON", _PRES, "TJKGOV", "TJK", "", "1994-11-16", ""),
    ("FRANCOIS_BAYROU", _PM, "FRAGOV", "FRA", "", "2024-12-13", ""),
    ("FRANCOIS_HOLLANDE", _PRES, "FRAGOV", "FRA", "", "2012-05-15", "2017-05-14"),
    ("GABRIEL_ATTAL", _PM, "FRAGOV", "FRA", "", "2024-01-09", "2024-09-05"),
    ("GENG_SHUANG", _MFA_SP, "CHNGOV", "CHN", "", "2016", "2020"),
    ("GURBANGULY_BERDIMUHAMEDOW", _PRES, "TKMGOV", "TKM", "", "2006-12-21", "2022-03-19"),
    ("GURBANGULY_BERDIMUHAMEDOW", "Chairman of the Halk Maslahaty", "TKMGOV", "TKM", "",
     "2023-01-21", ""),
    ("HILLARY_CLINTON", "Secretary of State", "USAGOV", "USA", "", "2009-01-21", "2013-02-01"),
    ("HU_JINTAO", _GS_CCP, "CHNGOV", "CHN", "", "2002-11-15", "2012-11-15"),
    ("HU_JINTAO", _PRES, "CHNGOV", "CHN", "", "2003-03-15", "2013-03-14"),
    ("ISLAM_KARIMOV", _PRES, "UZBGOV", "UZB", "", "1990-03-24", "2016-09-02"),
    ("JAKE_SULLIVAN", "National Security Advisor", "USAGOV", "USA", "", "2021-01-20", "2025-01-20"),
    ("JAMES_CLEVERLY", "Foreign Secretary", "GBRGOV", "GBR", "", "2022-09-06", "2023-11-13"),
    ("JD_VANCE", "Vice President", "USAGOV", "USA", "", "2025-01-20", ""),
    ("JEAN_NOEL_BARROT", _FM, "FRAGOV", "FRA", "", "2024-09-21", ""),
    ("JEAN_YVES_LE_DRIAN", "Defence Minister", "FRAGOVMIL", "FRA", "", "2012-05-16", "2017-05-17"),
    ("JEAN_YVES_LE_DRIAN", _FM, "FRAGOV", "FRA", "", "2017-05-17", "2022-05-20"),
    ("JEENBEK_KULUBAEV", _FM, "KGZGOV", "KGZ", "", "2022", ""),
    ("JENS_STOLTENBERG", _PM, "NORGOV", "NOR", "", "2005-10-17", "2013-10-16"),
    ("JENS_STOLTENBERG", "Secretary General", "IGOWSTNAT", "", "NATO", "2014-10-01", "2024-10-01"),
    ("JENS_STOLTENBERG", "Finance Minister", "NORGOV", "NOR", "", "2025-02-04", ""),
    ("JEN_PSAKI", _WH_SEC, "USAGOV", "USA", "", "2021-01-20", "2022-05-13"),
    ("JEREMY_HUNT", "Foreign Secretary", "GBRGOV", "GBR", "", "2018-07-09", "2019-07-24"),
    ("JIANG_ZEMIN", _GS_CCP, "CHNGOV", "CHN", "", "1989-06-24", "2002-11-15"),
    ("JIANG_ZEMIN", _PRES, "CHNGOV", "CHN", "", "1993-03-27", "2003-03-15"),
    ("JOE_BIDEN", "Vice President", "USAGOV", "USA", "", "2009-01-20", "2017-01-20"),
    ("JOE_BIDEN", _PRES, "USAGOV", "USA", "", "2021-01-20", "2025-01-20"),
    ("JOHN_KERRY", "Secretary of State", "USAGOV", "USA", "", "2013-02-01", "2017-01-20"),
    ("JOHN_KIRBY", _STATE_SP, "USAGOV", "USA", "", "2015", "2017-01"),
    ("JOHN_KIRBY", "Pentagon Press Secretary", "USAGOVMIL", "USA", "", "2021-01", "2022-05"),
    ("JOHN_KIRBY", "National Security Council spokesperson", "USAGOV", "USA", "", "2022-05",
     "2025-01-20"),
    ("JOSEP_BORRELL", "High Representative for Foreign Affairs and Security Policy", "IGOEUREEC",
     "", "EU", "2019-12-01", "2024-11-30"),
    ("KAJA_KALLAS", _PM, "ESTGOV", "EST", "", "2021-01-26", "2024-07-23"),
    ("KAJA_KALLAS", "High Representative for Foreign Affairs and Security Policy", "IGOEUREEC",
     "", "EU", "2024-12-01", ""),
    ("KAMALA_HARRIS", "Vice President", "USAGOV", "USA", "", "2021-01-20", "2025-01-20"),
    ("KARINE_JEAN_PIERRE", _WH_SEC, "USAGOV", "USA", "", "2022-05-13", "2025-01-20"),
    ("KAROLINE_LEAVITT", _WH_SEC, "USAGOV", "USA", "", "2025-01-20", ""),
    ("KASSYM_JOMART_TOKAYEV", _FM, "KAZGOV", "KAZ", "", "1994", "1999"),
    ("KASSYM_JOMART_TOKAYEV", _PM, "KAZGOV", "KAZ", "", "1999", "2002"),
    ("KASSYM_JOMART_TOKAYEV", _FM, "KAZGOV", "KAZ", "", "2002", "2007"),
    ("KASSYM_JOMART_TOKAYEV", "Chairman of the Senate", "KAZGOVLEG", "KAZ", "", "2007", "2011"),
    ("KASSYM_JOMART_TOKAYEV", "Chairman of the Senate", "KAZGOVLEG", "KAZ", "", "2013",
     "2019-03-20"),
    ("KASSYM_JOMART_TOKAYEV", _PRES, "KAZGOV", "KAZ", "", "2019-03-20", ""),
    ("KEIR_STARMER", _PM, "GBRGOV", "GBR", "", "2024-07-05", ""),
    ("LINDA_THOMAS_GREENFIELD", "Ambassador to the United Nations", "USAGOV", "USA", "",
     "2021-02", "2025-01-20"),
    ("LIN_JIAN", _MFA_SP, "CHNGOV", "CHN", "", "2024-01", ""),
    ("LIZ_TRUSS", "Foreign Secretary", "GBRGOV", "GBR", "", "2021-09-15", "2022-09-06"),
    ("LIZ_TRUSS", _PM, "GBRGOV", "GBR", "", "2022-09-06", "2022-10-25"),
    ("LI_KEQIANG", "Premier", "CHNGOV", "CHN", "", "2013-03-15", "2023-03-11"),
    ("LI_QIANG", "Premier", "CHNGOV", "CHN", "", "2023-03-11", ""),
    ("LLOYD_AUSTIN", "Secretary of Defense", "USAGOVMIL", "USA", "", "2021-01-22", "2025-01-20"),
    ("LU_KANG", _MFA_SP, "CHNGOV", "CHN", "", "2015", "2019"),
    ("MAO_NING", _MFA_SP, "CHNGOV", "CHN", "", "2022-09", ""),
    ("MARCO_RUBIO", "Secretary of State", "USAGOV", "USA", "", "2025-01-21", ""),
    ("MARCO_RUBIO", "National Security Advisor (acting)", "USAGOV", "USA", "", "2025-05-01", ""),
    ("MARIA_ZAKHAROVA", _MFA_SP, "RUSGOV", "RUS", "", "2015-08", ""),
    ("MARK_RUTTE", _PM, "NLDGOV", "NLD", "", "2010-10-14", "2024-07-02"),
    ("MARK_RUTTE", "Secretary General", "IGOWSTNAT", "", "NATO", "2024-10-01", ""),
    ("MATTHEW_MILLER", _STATE_SP, "USAGOV", "USA", "", "2023", "2025-01-20"),
    ("MICHEL_BARNIER", _PM, "FRAGOV", "FRA", "", "2024-09-05", "2024-12-13"),
    ("MIKE_POMPEO", "CIA Director", "USAGOVSPY", "USA", "", "2017-01-23", "2018-04-26"),
    ("MIKE_POMPEO", "Secretary of State", "USAGOV", "USA", "", "2018-04-26", "2021-01-20"),
    ("MIKE_WALTZ", "National Security Advisor", "USAGOV", "USA", "", "2025-01-20", "2025-05-01"),
    ("MIKHAIL_MISHUSTIN", _PM, "RUSGOV", "RUS", "", "2020-01-16", ""),
    ("MURAT_NURTLEU", _FM, "KAZGOV", "KAZ", "", "2023", ""),
    ("NED_PRICE", _STATE_SP, "USAGOV", "USA", "", "2021-01-20", "2023"),
    ("NURLAN_YERMEKBAYEV", "Secretary-General", "", "", "SCO", "2025-01-01", ""),
    ("NURSULTAN_NAZARBAYEV", _PRES, "KAZGOV", "KAZ", "", "1990-04-24", "2019-03-20"),
    ("OLZHAS_BEKTENOV", _PM, "KAZGOV", "KAZ", "", "2024-02", ""),
    ("PETE_HEGSETH", "Secretary of Defense", "USAGOVMIL", "USA", "", "2025-01-25", ""),
    ("QIN_GANG", _FM, "CHNGOV", "CHN", "", "2022-12-30", "2023-07-25"),
    ("RASHID_MEREDOV", _FM, "TKMGOV", "TKM", "", "2001", ""),
    ("REX_TILLERSON", "Secretary of State", "USAGOV", "USA", "", "2017-02-01", "2018-03-31"),
    ("RISHI_SUNAK", "Chancellor of the Exchequer", "GBRGOV", "GBR", "", "2020-02-13", "2022-07-05"),
    ("RISHI_SUNAK", _PM, "GBRGOV", "GBR", "", "2022-10-25", "2024-07-05"),
    ("SADYR_JAPAROV", _PRES, "KGZGOV", "KGZ", "", "2021-01-28", ""),
    ("SAPARMURAT_NIYAZOV", _PRES, "TKMGOV", "TKM", "", "1990-10-27", "2006-12-21"),
    ("SERDAR_BERDIMUHAMEDOW", _PRES, "TKMGOV", "TKM", "", "2022-03-19", ""),
    ("SERGEI_SHOIGU", "Defence Minister", "RUSGOVMIL", "RUS", "", "2012-11-06", "2024-05-12"),
    ("SERGEI_SHOIGU", "Secretary of the Security Council", "RUSGOV", "RUS", "", "2024-05-12", ""),
    ("SERGEY_LAVROV", _FM, "RUSGOV", "RUS", "", "2004-03-09", ""),
    ("SHAVKAT_MIRZIYOYEV", _PM, "UZBGOV", "UZB", "", "2003-12-12", "2016-12-14"),
    ("SHAVKAT_MIRZIYOYEV", "Acting President", "UZBGOV", "UZB", "", "2016-09-08", "2016-12-14"),
    ("SHAVKAT_MIRZIYOYEV", _PRES, "UZBGOV", "UZB", "", "2016-12-14", ""),
    ("SIROJIDDIN_MUHRIDDIN", _FM, "TJKGOV", "TJK", "", "2020", ""),
    ("SOORONBAY_JEENBEKOV", _PRES, "KGZGOV", "KGZ", "", "2017-11-24", "2020-10-15"),
    ("STEPHANE_SEJOURNE", _FM, "FRAGOV", "FRA", "", "2024-01-11", "2024-09-21"),
    ("TAMMY_BRUCE", _STATE_SP, "USAGOV", "USA", "", "2025", ""),
    ("THERESA_MAY", _PM, "GBRGOV", "GBR", "", "2016-07-13", "2019-07-24"),
    ("URSULA_VON_DER_LEYEN", "Defence Minister", "DEUGOVMIL", "DEU", "", "2013-12-17",
     "2019-07-17"),
    ("URSULA_VON_DER_LEYEN", "President of the European Commission", "IGOEUREEC", "", "EU",
     "2019-12-01", ""),
    ("VASSILY_NEBENZIA", "Permanent Representative to the United Nations", "RUSGOV", "RUS", "",
     "2017-07", ""),
    ("VLADIMIR_PUTIN", _PM, "RUSGOV", "RUS", "", "1999-08-16", "2000-05-07"),
    ("VLADIMIR_PUTIN", "Acting President", "RUSGOV", "RUS", "", "1999-12-31", "2000-05-07"),
    ("VLADIMIR_PUTIN", _PRES, "RUSGOV", "RUS", "", "2000-05-07", "2008-05-07"),
    ("VLADIMIR_PUTIN", _PM, "RUSGOV", "RUS", "", "2008-05-08", "2012-05-07"),
    ("VLADIMIR_PUTIN", _PRES, "RUSGOV", "RUS", "", "2012-05-07", ""),
    ("WANG_WENBIN", _MFA_SP, "CHNGOV", "CHN", "", "2020-07", "2024"),
    ("WANG_YI", _FM, "CHNGOV", "CHN", "", "2013-03-16", "2022-12-30"),
    ("WANG_YI", "Director of the Office of the Central Foreign Affairs Commission", "CHNGOV",
     "CHN", "", "2023-01", ""),
    ("WANG_YI", _FM, "CHNGOV", "CHN", "", "2023-07-25", ""),
    ("XI_JINPING", "Vice President", "CHNGOV", "CHN", "", "2008-03-15", "2013-03-14"),
    ("XI_JINPING", _GS_CCP, "CHNGOV", "CHN", "", "2012-11-15", ""),
    ("XI_JINPING", _PRES, "CHNGOV", "CHN", "", "2013-03-14", ""),
    ("ZHANG_MING", "Secretary-General", "", "", "SCO", "2022-01-01", "2024-12-31"),
    ("ZHAO_LIJIAN", _MFA_SP, "CHNGOV", "CHN", "", "2020-02", "2023-01"),
]

# --------------------------------------------------------------------------------------
# Version 1.1: the Chinese Foreign Ministry's spokespeople of 2002-2024 with their names in
# Chinese characters, as the Ministry's Chinese pages print them (our own compilation,
# BSD-3-Clause). Tenures are given only where they are documented; the others have no role row.
# --------------------------------------------------------------------------------------

CHN_SPOKESPEOPLE = [
    # actor_id, English name, Chinese name
    ("GENG_SHUANG", "Geng Shuang", "耿爽"),
    ("GUO_JIAKUN", "Guo Jiakun", "郭嘉昆"),
    ("HONG_LEI", "Hong Lei", "洪磊"),
    ("HUA_CHUNYING", "Hua Chunying", "华春莹"),
    ("JIANG_YU", "Jiang Yu", "姜瑜"),
    ("KONG_QUAN", "Kong Quan", "孔泉"),
    ("LIN_JIAN", "Lin Jian", "林剑"),
    ("LIU_JIANCHAO", "Liu Jianchao", "刘建超"),
    ("LIU_WEIMIN", "Liu Weimin", "刘为民"),
    ("LU_KANG", "Lu Kang", "陆慷"),
    ("MAO_NING", "Mao Ning", "毛宁"),
    ("MA_ZHAOXU", "Ma Zhaoxu", "马朝旭"),
    ("QIN_GANG", "Qin Gang", "秦刚"),
    ("SUN_YUXI", "Sun Yuxi", "孙玉玺"),
    ("WANG_WENBIN", "Wang Wenbin", "汪文斌"),
    ("ZHANG_QIYUE", "Zhang Qiyue", "章启月"),
    ("ZHAO_LIJIAN", "Zhao Lijian", "赵立坚"),
]

ROLES_1_1 = ROLES + [
    ("HONG_LEI", _MFA_SP, "CHNGOV", "CHN", "", "2010", "2016-07"),
    ("MA_ZHAOXU", _MFA_SP, "CHNGOV", "CHN", "", "2009-01", "2011-12"),
    ("QIN_GANG", _MFA_SP, "CHNGOV", "CHN", "", "2005", "2010-09"),
    ("QIN_GANG", _MFA_SP, "CHNGOV", "CHN", "", "2011-12", "2015-01"),
]


def persons_1_1() -> list[tuple[str, str, str, str, str]]:
    """PERSONS with the spokespeople added and their Chinese names among the aliases."""
    chinese = {pid: zh for pid, _, zh in CHN_SPOKESPEOPLE}
    known = {pid for pid, *_ in PERSONS}
    out = [(pid, name, country, join_values([*split_values(aliases), chinese[pid]])
            if pid in chinese else aliases, surname)
           for pid, name, country, aliases, surname in PERSONS]
    out += [(pid, name, "CHN", zh, "") for pid, name, zh in CHN_SPOKESPEOPLE if pid not in known]
    return out


# --------------------------------------------------------------------------------------
# Version 1.3: heads of state and government of 2015-2025 that news on foreign policy names
# most and 1.2 lacked or held only under an old Phoenix spelling (Zelenskyy, Erdoğan, Lula,
# Kim Jong Un, ...), a few foreign ministers and the US Chairman of the Joint Chiefs (our own
# compilation from the offices' public records, BSD-3-Clause). A person here replaces the
# Phoenix row with the same actor_id.
# --------------------------------------------------------------------------------------

LEADERS_1_3 = [
    # actor_id, name, country, aliases, surnames ('|' between spellings; empty = derived by the reader)
    ("ABBAS_ARAGHCHI", "Abbas Araghchi", "IRN", "Abbas Araqchi", ""),
    ("ALEXANDER_LUKASHENKO", "Alexander Lukashenko", "BLR",
     "Alyaksandr Lukashenka|Aleksandr Lukashenko|Alexander Lukashenka", "Lukashenko|Lukashenka"),
    ("ALI_KHAMENEI", "Ali Khamenei", "IRN", "Ayatollah Ali Khamenei|Sayyid Ali Khamenei", ""),
    ("ANDRZEJ_DUDA", "Andrzej Duda", "POL", "", ""),
    ("ANDRII_SYBIHA", "Andrii Sybiha", "UKR", "Andriy Sybiha", ""),
    ("ANGELA_MERKEL", "Angela Merkel", "DEU", "", ""),
    ("ANNALENA_BAERBOCK", "Annalena Baerbock", "DEU", "", ""),
    ("ANTHONY_ALBANESE", "Anthony Albanese", "AUS", "", ""),
    ("BASHAR_AL_ASSAD", "Bashar al-Assad", "SYR", "Bashar Assad|Bashar al Assad", "Assad"),
    ("BENJAMIN_NETANYAHU", "Benjamin Netanyahu", "ISR", "Bibi Netanyahu", ""),
    ("CARRIE_LAM", "Carrie Lam", "HKG", "Carrie Lam Cheng Yuet-ngor", "Lam"),
    ("CLAUDIA_SHEINBAUM", "Claudia Sheinbaum", "MEX", "Claudia Sheinbaum Pardo", ""),
    ("CYRIL_RAMAPHOSA", "Cyril Ramaphosa", "ZAF", "Matamela Cyril Ramaphosa", ""),
    ("DMYTRO_KULEBA", "Dmytro Kuleba", "UKR", "Dmitry Kuleba", ""),
    ("EBRAHIM_RAISI", "Ebrahim Raisi", "IRN", "Ebrahim Raeisi|Ibrahim Raisi", ""),
    ("FRIEDRICH_MERZ", "Friedrich Merz", "DEU", "", ""),
    ("FUMIO_KISHIDA", "Fumio Kishida", "JPN", "", ""),
    ("GIORGIA_MELONI", "Giorgia Meloni", "ITA", "", ""),
    ("HAKAN_FIDAN", "Hakan Fidan", "TUR", "", ""),
    ("HASSAN_ROUHANI", "Hassan Rouhani", "IRN", "Hassan Rohani", ""),
    ("HEIKO_MAAS", "Heiko Maas", "DEU", "", ""),
    ("JAIR_BOLSONARO", "Jair Bolsonaro", "BRA", "Jair Messias Bolsonaro", ""),
    ("JAVIER_MILEI", "Javier Milei", "ARG", "", ""),
    ("JOHN_LEE_KA_CHIU", "John Lee", "HKG", "John Lee Ka-chiu", "Lee"),
    ("JOKO_WIDODO", "Joko Widodo", "IDN", "", "Widodo|Jokowi"),
    ("JUSTIN_TRUDEAU", "Justin Trudeau", "CAN", "", ""),
    ("KIM_JONG_UN", "Kim Jong Un", "PRK", "Kim Jong-un|Kim Jong-Un", "Kim"),
    ("LAI_CHING_TE", "Lai Ching-te", "TWN", "William Lai|Lai Ching-teh", "Lai"),
    ("LEE_JAE_MYUNG", "Lee Jae-myung", "KOR", "Lee Jae Myung", "Lee"),
    ("LUIZ_INACIO_LULA_DA_SILVA", "Luiz Inácio Lula da Silva", "BRA",
     "Luiz Inacio Lula da Silva|Lula da Silva", "Lula"),
    ("MARK_CARNEY", "Mark Carney", "CAN", "", ""),
    ("MARK_MILLEY", "Mark Milley", "USA", "Mark A. Milley", ""),
    ("MASOUD_PEZESHKIAN", "Masoud Pezeshkian", "IRN", "", ""),
    ("MEVLUT_CAVUSOGLU", "Mevlüt Çavuşoğlu", "TUR", "Mevlut Cavusoglu", ""),
    ("MOHAMMAD_JAVAD_ZARIF", "Mohammad Javad Zarif", "IRN", "Javad Zarif", ""),
    ("MOON_JAE_IN", "Moon Jae-in", "KOR", "Moon Jae In", "Moon"),
    ("NARENDRA_MODI", "Narendra Modi", "IND", "", ""),
    ("NICOLAS_MADURO", "Nicolás Maduro", "VEN", "Nicolas Maduro", ""),
    ("OLAF_SCHOLZ", "Olaf Scholz", "DEU", "", ""),
    ("PETRO_POROSHENKO", "Petro Poroshenko", "UKR", "Petro Poroshenka", ""),
    ("PRABOWO_SUBIANTO", "Prabowo Subianto", "IDN", "", "Prabowo"),
    ("RECEP_TAYYIP_ERDOGAN", "Recep Tayyip Erdoğan", "TUR", "Recep Tayyip Erdogan|Tayyip Erdogan", ""),
    ("SHINZO_ABE", "Shinzo Abe", "JPN", "Shinzō Abe", ""),
    ("SHIGERU_ISHIBA", "Shigeru Ishiba", "JPN", "", ""),
    ("SUBRAHMANYAM_JAISHANKAR", "Subrahmanyam Jaishankar", "IND", "S. Jaishankar|S Jaishankar", ""),
    ("TSAI_ING_WEN", "Tsai Ing-wen", "TWN", "Tsai Ing wen", "Tsai"),
    ("VOLODYMYR_ZELENSKYY", "Volodymyr Zelenskyy", "UKR",
     "Volodymyr Zelensky|Volodymyr Zelenskiy|Vladimir Zelensky", "Zelenskyy|Zelensky|Zelenskiy"),
    ("YOON_SUK_YEOL", "Yoon Suk Yeol", "KOR", "Yoon Suk-yeol", "Yoon"),
]

_CJCS = "Chairman of the Joint Chiefs of Staff"

ROLES_1_3 = ROLES_1_1 + [
    ("ABBAS_ARAGHCHI", _FM, "IRNGOV", "IRN", "", "2024-08-21", ""),
    ("ALEXANDER_LUKASHENKO", _PRES, "BLRGOV", "BLR", "", "1994-07-20", ""),
    ("ALI_KHAMENEI", "Supreme Leader", "IRNGOV", "IRN", "", "1989-06-04", ""),
    ("ANDRZEJ_DUDA", _PRES, "POLGOV", "POL", "", "2015-08-06", ""),
    ("ANDRII_SYBIHA", _FM, "UKRGOV", "UKR", "", "2024-09-05", ""),
    ("ANGELA_MERKEL", "Chancellor", "DEUGOV", "DEU", "", "2005-11-22", "2021-12-08"),
    ("ANNALENA_BAERBOCK", _FM, "DEUGOV", "DEU", "", "2021-12-08", "2025-05-06"),
    ("ANTHONY_ALBANESE", _PM, "AUSGOV", "AUS", "", "2022-05-23", ""),
    ("BASHAR_AL_ASSAD", _PRES, "SYRGOV", "SYR", "", "2000-07-17", "2024-12-08"),
    ("BENJAMIN_NETANYAHU", _PM, "ISRGOV", "ISR", "", "1996-06-18", "1999-07-06"),
    ("BENJAMIN_NETANYAHU", _PM, "ISRGOV", "ISR", "", "2009-03-31", "2021-06-13"),
    ("BENJAMIN_NETANYAHU", _PM, "ISRGOV", "ISR", "", "2022-12-29", ""),
    ("CARRIE_LAM", "Chief Executive", "HKGGOV", "HKG", "", "2017-07-01", "2022-06-30"),
    ("CLAUDIA_SHEINBAUM", _PRES, "MEXGOV", "MEX", "", "2024-10-01", ""),
    ("CYRIL_RAMAPHOSA", _PRES, "ZAFGOV", "ZAF", "", "2018-02-15", ""),
    ("DMYTRO_KULEBA", _FM, "UKRGOV", "UKR", "", "2020-03-04", "2024-09-05"),
    ("EBRAHIM_RAISI", _PRES, "IRNGOV", "IRN", "", "2021-08-03", "2024-05-19"),
    ("FRIEDRICH_MERZ", "Chancellor", "DEUGOV", "DEU", "", "2025-05-06", ""),
    ("FUMIO_KISHIDA", _PM, "JPNGOV", "JPN", "", "2021-10-04", "2024-10-01"),
    ("GIORGIA_MELONI", _PM, "ITAGOV", "ITA", "", "2022-10-22", ""),
    ("HAKAN_FIDAN", _FM, "TURGOV", "TUR", "", "2023-06-04", ""),
    ("HASSAN_ROUHANI", _PRES, "IRNGOV", "IRN", "", "2013-08-03", "2021-08-03"),
    ("HEIKO_MAAS", _FM, "DEUGOV", "DEU", "", "2018-03-14", "2021-12-08"),
    ("JAIR_BOLSONARO", _PRES, "BRAGOV", "BRA", "", "2019-01-01", "2022-12-31"),
    ("JAVIER_MILEI", _PRES, "ARGGOV", "ARG", "", "2023-12-10", ""),
    ("JOHN_LEE_KA_CHIU", "Chief Executive", "HKGGOV", "HKG", "", "2022-07-01", ""),
    ("JOKO_WIDODO", _PRES, "IDNGOV", "IDN", "", "2014-10-20", "2024-10-20"),
    ("JUSTIN_TRUDEAU", _PM, "CANGOV", "CAN", "", "2015-11-04", "2025-03-14"),
    ("KIM_JONG_UN", "Supreme Leader", "PRKGOV", "PRK", "", "2011-12-17", ""),
    ("LAI_CHING_TE", _PRES, "TWNGOV", "TWN", "", "2024-05-20", ""),
    ("LEE_JAE_MYUNG", _PRES, "KORGOV", "KOR", "", "2025-06-04", ""),
    ("LUIZ_INACIO_LULA_DA_SILVA", _PRES, "BRAGOV", "BRA", "", "2003-01-01", "2010-12-31"),
    ("LUIZ_INACIO_LULA_DA_SILVA", _PRES, "BRAGOV", "BRA", "", "2023-01-01", ""),
    ("MARK_CARNEY", _PM, "CANGOV", "CAN", "", "2025-03-14", ""),
    ("MARK_MILLEY", _CJCS, "USAGOVMIL", "USA", "", "2019-10-01", "2023-09-30"),
    ("MASOUD_PEZESHKIAN", _PRES, "IRNGOV", "IRN", "", "2024-07-28", ""),
    ("MEVLUT_CAVUSOGLU", _FM, "TURGOV", "TUR", "", "2014-08-29", "2015-08-28"),
    ("MEVLUT_CAVUSOGLU", _FM, "TURGOV", "TUR", "", "2015-11-24", "2023-06-04"),
    ("MOHAMMAD_JAVAD_ZARIF", _FM, "IRNGOV", "IRN", "", "2013-08-15", "2021-08-25"),
    ("MOON_JAE_IN", _PRES, "KORGOV", "KOR", "", "2017-05-10", "2022-05-10"),
    ("NARENDRA_MODI", _PM, "INDGOV", "IND", "", "2014-05-26", ""),
    ("NICOLAS_MADURO", _PRES, "VENGOV", "VEN", "", "2013-04-19", ""),
    ("OLAF_SCHOLZ", "Chancellor", "DEUGOV", "DEU", "", "2021-12-08", "2025-05-06"),
    ("PETRO_POROSHENKO", _PRES, "UKRGOV", "UKR", "", "2014-06-07", "2019-05-20"),
    ("PRABOWO_SUBIANTO", _PRES, "IDNGOV", "IDN", "", "2024-10-20", ""),
    ("RECEP_TAYYIP_ERDOGAN", _PM, "TURGOV", "TUR", "", "2003-03-14", "2014-08-28"),
    ("RECEP_TAYYIP_ERDOGAN", _PRES, "TURGOV", "TUR", "", "2014-08-28", ""),
    ("SHIGERU_ISHIBA", _PM, "JPNGOV", "JPN", "", "2024-10-01", ""),
    ("SHINZO_ABE", _PM, "JPNGOV", "JPN", "", "2006-09-26", "2007-09-26"),
    ("SHINZO_ABE", _PM, "JPNGOV", "JPN", "", "2012-12-26", "2020-09-16"),
    ("SUBRAHMANYAM_JAISHANKAR", "External Affairs Minister", "INDGOV", "IND", "", "2019-05-30", ""),
    ("TSAI_ING_WEN", _PRES, "TWNGOV", "TWN", "", "2016-05-20", "2024-05-20"),
    ("VOLODYMYR_ZELENSKYY", _PRES, "UKRGOV", "UKR", "", "2019-05-20", ""),
    ("YOON_SUK_YEOL", _PRES, "KORGOV", "KOR", "", "2022-05-10", "2025-04-04"),
]


def persons_1_3() -> list[tuple[str, str, str, str, str]]:
    """The persons of 1.1 with the leaders of version 1.3 added."""
    return persons_1_1() + LEADERS_1_3

# Version 1.5: every head of state, head of government and foreign minister of the G20
# states in office in 2015-2025 that 1.4 lacked or held without the office, the heads of
# the EU's institutions, NATO and the WHO, and the US Vice Presidents, Secretaries of
# Defense and National Security Advisors of those years (our own compilation, BSD-3-Clause).
_SEC_STATE, _SEC_DEF = "Secretary of State", "Secretary of Defense"
_NSA = "National Security Advisor"
_FOREIGN_SEC = "Foreign Secretary"
_EU_HR = "High Representative of the Union for Foreign Affairs and Security Policy"
_EC_PRES, _EUCO_PRES = "President of the European Commission", "President of the European Council"

LEADERS_1_5 = [
    ("CRISTINA_FERNANDEZ_DE_KIRCHNER", "Cristina Fernández de Kirchner", "ARG",
     "Cristina Fernandez de Kirchner|Cristina Kirchner",
     "Kirchner|Fernández de Kirchner|Fernandez de Kirchner"),
    ("MAURICIO_MACRI", "Mauricio Macri", "ARG", "", ""),
    ("ALBERTO_FERNANDEZ", "Alberto Fernández", "ARG", "Alberto Fernandez", ""),
    ("SUSANA_MALCORRA", "Susana Malcorra", "ARG", "", ""),
    ("JORGE_FAURIE", "Jorge Faurie", "ARG", "", ""),
    ("FELIPE_SOLA", "Felipe Solá", "ARG", "Felipe Sola", ""),
    ("SANTIAGO_CAFIERO", "Santiago Cafiero", "ARG", "", ""),
    ("DIANA_MONDINO", "Diana Mondino", "ARG", "", ""),
    ("GERARDO_WERTHEIN", "Gerardo Werthein", "ARG", "", ""),
    ("TONY_ABBOTT", "Tony Abbott", "AUS", "", ""),
    ("MALCOLM_TURNBULL", "Malcolm Turnbull", "AUS", "", ""),
    ("SCOTT_MORRISON", "Scott Morrison", "AUS", "", ""),
    ("JULIE_BISHOP", "Julie Bishop", "AUS", "", ""),
    ("MARISE_PAYNE", "Marise Payne", "AUS", "", ""),
    ("PENNY_WONG", "Penny Wong", "AUS", "", "Wong"),
    ("DILMA_ROUSSEFF", "Dilma Rousseff", "BRA", "", ""),
    ("MICHEL_TEMER", "Michel Temer", "BRA", "", ""),
    ("MAURO_VIEIRA", "Mauro Vieira", "BRA", "", ""),
    ("JOSE_SERRA", "José Serra", "BRA", "Jose Serra", ""),
    ("ALOYSIO_NUNES", "Aloysio Nunes", "BRA", "Aloysio Nunes Ferreira", ""),
    ("ERNESTO_ARAUJO", "Ernesto Araújo", "BRA", "Ernesto Araujo", ""),
    ("CARLOS_FRANCA", "Carlos França", "BRA", "Carlos Franca|Carlos Alberto França", ""),
    ("STEPHEN_HARPER", "Stephen Harper", "CAN", "", ""),
    ("STEPHANE_DION", "Stéphane Dion", "CAN", "Stephane Dion", ""),
    ("CHRYSTIA_FREELAND", "Chrystia Freeland", "CAN", "", ""),
    ("FRANCOIS_PHILIPPE_CHAMPAGNE", "François-Philippe Champagne", "CAN",
     "Francois-Philippe Champagne", ""),
    ("MARC_GARNEAU", "Marc Garneau", "CAN", "", ""),
    ("MELANIE_JOLY", "Mélanie Joly", "CAN", "Melanie Joly", ""),
    ("ANITA_ANAND", "Anita Anand", "CAN", "", ""),
    ("MANUEL_VALLS", "Manuel Valls", "FRA", "", ""),
    ("BERNARD_CAZENEUVE", "Bernard Cazeneuve", "FRA", "", ""),
    ("EDOUARD_PHILIPPE", "Édouard Philippe", "FRA", "Edouard Philippe", ""),
    ("JEAN_CASTEX", "Jean Castex", "FRA", "", ""),
    ("SEBASTIEN_LECORNU", "Sébastien Lecornu", "FRA", "Sebastien Lecornu", ""),
    ("LAURENT_FABIUS", "Laurent Fabius", "FRA", "", ""),
    ("JEAN_MARC_AYRAULT", "Jean-Marc Ayrault", "FRA", "", ""),
    ("JOACHIM_GAUCK", "Joachim Gauck", "DEU", "", ""),
    ("FRANK_WALTER_STEINMEIER", "Frank-Walter Steinmeier", "DEU", "", ""),
    ("SIGMAR_GABRIEL", "Sigmar Gabriel", "DEU", "", ""),
    ("JOHANN_WADEPHUL", "Johann Wadephul", "DEU", "", ""),
    ("PRANAB_MUKHERJEE", "Pranab Mukherjee", "IND", "", ""),
    ("RAM_NATH_KOVIND", "Ram Nath Kovind", "IND", "", ""),
    ("DROUPADI_MURMU", "Droupadi Murmu", "IND", "", ""),
    ("SUSHMA_SWARAJ", "Sushma Swaraj", "IND", "", ""),
    ("RETNO_MARSUDI", "Retno Marsudi", "IDN", "Retno L.P. Marsudi", ""),
    ("SERGIO_MATTARELLA", "Sergio Mattarella", "ITA", "", ""),
    ("MATTEO_RENZI", "Matteo Renzi", "ITA", "", ""),
    ("PAOLO_GENTILONI", "Paolo Gentiloni", "ITA", "", ""),
    ("GIUSEPPE_CONTE", "Giuseppe Conte", "ITA", "", ""),
    ("MARIO_DRAGHI", "Mario Draghi", "ITA", "", ""),
    ("ANGELINO_ALFANO", "Angelino Alfano", "ITA", "", ""),
    ("ENZO_MOAVERO_MILANESI", "Enzo Moavero Milanesi", "ITA", "", "Moavero Milanesi|Moavero"),
    ("LUIGI_DI_MAIO", "Luigi Di Maio", "ITA", "", "Di Maio"),
    ("ANTONIO_TAJANI", "Antonio Tajani", "ITA", "", ""),
    ("YOSHIHIDE_SUGA", "Yoshihide Suga", "JPN", "", ""),
    ("SANAE_TAKAICHI", "Sanae Takaichi", "JPN", "", ""),
    ("TARO_KONO", "Taro Kono", "JPN", "Taro Kōno", "Kono|Kōno"),
    ("TOSHIMITSU_MOTEGI", "Toshimitsu Motegi", "JPN", "", ""),
    ("YOSHIMASA_HAYASHI", "Yoshimasa Hayashi", "JPN", "", ""),
    ("YOKO_KAMIKAWA", "Yoko Kamikawa", "JPN", "Yōko Kamikawa", ""),
    ("TAKESHI_IWAYA", "Takeshi Iwaya", "JPN", "", ""),
    ("ENRIQUE_PENA_NIETO", "Enrique Peña Nieto", "MEX",
     "Enrique Pena Nieto", "Peña Nieto|Pena Nieto"),
    ("ANDRES_MANUEL_LOPEZ_OBRADOR", "Andrés Manuel López Obrador", "MEX",
     "Andres Manuel Lopez Obrador", "López Obrador|Lopez Obrador|Obrador"),
    ("CLAUDIA_RUIZ_MASSIEU", "Claudia Ruiz Massieu", "MEX", "", "Ruiz Massieu"),
    ("LUIS_VIDEGARAY", "Luis Videgaray", "MEX", "Luis Videgaray Caso", ""),
    ("MARCELO_EBRARD", "Marcelo Ebrard", "MEX", "Marcelo Ebrard Casaubón", ""),
    ("ALICIA_BARCENA", "Alicia Bárcena", "MEX", "Alicia Barcena", ""),
    ("JUAN_RAMON_DE_LA_FUENTE", "Juan Ramón de la Fuente", "MEX",
     "Juan Ramon de la Fuente", "de la Fuente"),
    ("SALMAN_BIN_ABDULAZIZ", "Salman bin Abdulaziz", "SAU",
     "Salman bin Abdulaziz Al Saud", "Salman"),
    ("MOHAMMED_BIN_SALMAN", "Mohammed bin Salman", "SAU",
     "Mohammad bin Salman|Muhammad bin Salman|Mohammed bin Salman Al Saud", "bin Salman"),
    ("ADEL_AL_JUBEIR", "Adel al-Jubeir", "SAU",
     "Adel Al-Jubeir|Adel al Jubeir|Adel bin Ahmed Al-Jubeir", "Jubeir|al-Jubeir|Al-Jubeir"),
    ("IBRAHIM_AL_ASSAF", "Ibrahim Abdulaziz Al-Assaf", "SAU",
     "Ibrahim al-Assaf|Ibrahim Al-Assaf", "Assaf|Al-Assaf|al-Assaf"),
    ("FAISAL_BIN_FARHAN", "Faisal bin Farhan Al Saud", "SAU",
     "Faisal bin Farhan|Faisal bin Farhan Al-Saud", "bin Farhan"),
    ("JACOB_ZUMA", "Jacob Zuma", "ZAF", "", ""),
    ("MAITE_NKOANA_MASHABANE", "Maite Nkoana-Mashabane", "ZAF", "Maite Nkoana Mashabane", ""),
    ("NALEDI_PANDOR", "Naledi Pandor", "ZAF", "", ""),
    ("RONALD_LAMOLA", "Ronald Lamola", "ZAF", "", ""),
    ("PARK_GEUN_HYE", "Park Geun-hye", "KOR", "Park Geun Hye", "Park"),
    ("YUN_BYUNG_SE", "Yun Byung-se", "KOR", "Yun Byung Se", "Yun"),
    ("KANG_KYUNG_WHA", "Kang Kyung-wha", "KOR", "Kang Kyung Wha", "Kang"),
    ("CHUNG_EUI_YONG", "Chung Eui-yong", "KOR", "Chung Eui Yong", "Chung"),
    ("PARK_JIN", "Park Jin", "KOR", "", "Park"),
    ("CHO_TAE_YUL", "Cho Tae-yul", "KOR", "Cho Tae Yul", "Cho"),
    ("AHMET_DAVUTOGLU", "Ahmet Davutoğlu", "TUR", "Ahmet Davutoglu", "Davutoğlu|Davutoglu"),
    ("BINALI_YILDIRIM", "Binali Yıldırım", "TUR", "Binali Yildirim", "Yıldırım|Yildirim"),
    ("PHILIP_HAMMOND", "Philip Hammond", "GBR", "", ""),
    ("YVETTE_COOPER", "Yvette Cooper", "GBR", "", ""),
    ("MIKE_PENCE", "Mike Pence", "USA", "Michael Pence|Michael R. Pence", ""),
    ("JAMES_MATTIS", "James Mattis", "USA", "Jim Mattis|James N. Mattis", ""),
    ("MARK_ESPER", "Mark Esper", "USA", "Mark T. Esper", ""),
    ("SUSAN_RICE", "Susan Rice", "USA", "Susan E. Rice", ""),
    ("MICHAEL_FLYNN", "Michael Flynn", "USA", "Michael T. Flynn", ""),
    ("H_R_MCMASTER", "H. R. McMaster", "USA", "H.R. McMaster|HR McMaster", "McMaster"),
    ("JOHN_BOLTON", "John Bolton", "USA", "", ""),
    ("ROBERT_OBRIEN", "Robert O'Brien", "USA",
     "Robert C. O'Brien|Robert O’Brien", "O'Brien|O’Brien"),
    ("JEAN_CLAUDE_JUNCKER", "Jean-Claude Juncker", "LUX", "", ""),
    ("DONALD_TUSK", "Donald Tusk", "POL", "", ""),
    ("FEDERICA_MOGHERINI", "Federica Mogherini", "ITA", "", ""),
    ("TEDROS_ADHANOM_GHEBREYESUS", "Tedros Adhanom Ghebreyesus", "ETH", "Tedros Adhanom", "Tedros"),
]

ROLES_1_5 = ROLES_1_3 + [
    ("CRISTINA_FERNANDEZ_DE_KIRCHNER", _PRES, "ARGGOV", "ARG", "", "2007-12-10", "2015-12-10"),
    ("CRISTINA_FERNANDEZ_DE_KIRCHNER", "Vice President", "ARGGOV",
     "ARG", "", "2019-12-10", "2023-12-10"),
    ("MAURICIO_MACRI", _PRES, "ARGGOV", "ARG", "", "2015-12-10", "2019-12-10"),
    ("ALBERTO_FERNANDEZ", _PRES, "ARGGOV", "ARG", "", "2019-12-10", "2023-12-10"),
    ("SUSANA_MALCORRA", _FM, "ARGGOV", "ARG", "", "2015-12-10", "2017-06-12"),
    ("JORGE_FAURIE", _FM, "ARGGOV", "ARG", "", "2017-06-12", "2019-12-10"),
    ("FELIPE_SOLA", _FM, "ARGGOV", "ARG", "", "2019-12-10", "2021-09-20"),
    ("SANTIAGO_CAFIERO", _FM, "ARGGOV", "ARG", "", "2021-09-20", "2023-12-10"),
    ("DIANA_MONDINO", _FM, "ARGGOV", "ARG", "", "2023-12-10", "2024-10-30"),
    ("GERARDO_WERTHEIN", _FM, "ARGGOV", "ARG", "", "2024-10-30", "2025-10"),
    ("TONY_ABBOTT", _PM, "AUSGOV", "AUS", "", "2013-09-18", "2015-09-15"),
    ("MALCOLM_TURNBULL", _PM, "AUSGOV", "AUS", "", "2015-09-15", "2018-08-24"),
    ("SCOTT_MORRISON", _PM, "AUSGOV", "AUS", "", "2018-08-24", "2022-05-23"),
    ("JULIE_BISHOP", _FM, "AUSGOV", "AUS", "", "2013-09-18", "2018-08-28"),
    ("MARISE_PAYNE", _FM, "AUSGOV", "AUS", "", "2018-08-28", "2022-05-23"),
    ("PENNY_WONG", _FM, "AUSGOV", "AUS", "", "2022-05-23", ""),
    ("DILMA_ROUSSEFF", _PRES, "BRAGOV", "BRA", "", "2011-01-01", "2016-08-31"),
    ("MICHEL_TEMER", _PRES, "BRAGOV", "BRA", "", "2016-05-12", "2019-01-01"),
    ("MAURO_VIEIRA", _FM, "BRAGOV", "BRA", "", "2015-01-01", "2016-05-12"),
    ("MAURO_VIEIRA", _FM, "BRAGOV", "BRA", "", "2023-01-01", ""),
    ("JOSE_SERRA", _FM, "BRAGOV", "BRA", "", "2016-05-12", "2017-03-07"),
    ("ALOYSIO_NUNES", _FM, "BRAGOV", "BRA", "", "2017-03-07", "2019-01-01"),
    ("ERNESTO_ARAUJO", _FM, "BRAGOV", "BRA", "", "2019-01-01", "2021-03-29"),
    ("CARLOS_FRANCA", _FM, "BRAGOV", "BRA", "", "2021-04-06", "2023-01-01"),
    ("STEPHEN_HARPER", _PM, "CANGOV", "CAN", "", "2006-02-06", "2015-11-04"),
    ("STEPHANE_DION", _FM, "CANGOV", "CAN", "", "2015-11-04", "2017-01-10"),
    ("CHRYSTIA_FREELAND", _FM, "CANGOV", "CAN", "", "2017-01-10", "2019-11-20"),
    ("CHRYSTIA_FREELAND", "Deputy Prime Minister", "CANGOV", "CAN", "", "2019-11-20", "2024-12-16"),
    ("FRANCOIS_PHILIPPE_CHAMPAGNE", _FM, "CANGOV", "CAN", "", "2019-11-20", "2021-01-12"),
    ("MARC_GARNEAU", _FM, "CANGOV", "CAN", "", "2021-01-12", "2021-10-26"),
    ("MELANIE_JOLY", _FM, "CANGOV", "CAN", "", "2021-10-26", "2025-05-13"),
    ("ANITA_ANAND", _FM, "CANGOV", "CAN", "", "2025-05-13", ""),
    ("MANUEL_VALLS", _PM, "FRAGOV", "FRA", "", "2014-03-31", "2016-12-06"),
    ("BERNARD_CAZENEUVE", _PM, "FRAGOV", "FRA", "", "2016-12-06", "2017-05-15"),
    ("EDOUARD_PHILIPPE", _PM, "FRAGOV", "FRA", "", "2017-05-15", "2020-07-03"),
    ("JEAN_CASTEX", _PM, "FRAGOV", "FRA", "", "2020-07-03", "2022-05-16"),
    ("SEBASTIEN_LECORNU", _PM, "FRAGOV", "FRA", "", "2025-09-09", ""),
    ("LAURENT_FABIUS", _FM, "FRAGOV", "FRA", "", "2012-05-16", "2016-02-11"),
    ("JEAN_MARC_AYRAULT", _FM, "FRAGOV", "FRA", "", "2016-02-11", "2017-05-17"),
    ("JOACHIM_GAUCK", _PRES, "DEUGOV", "DEU", "", "2012-03-18", "2017-03-18"),
    ("FRANK_WALTER_STEINMEIER", _FM, "DEUGOV", "DEU", "", "2013-12-17", "2017-01-27"),
    ("FRANK_WALTER_STEINMEIER", _PRES, "DEUGOV", "DEU", "", "2017-03-19", ""),
    ("SIGMAR_GABRIEL", _FM, "DEUGOV", "DEU", "", "2017-01-27", "2018-03-14"),
    ("JOHANN_WADEPHUL", _FM, "DEUGOV", "DEU", "", "2025-05-06", ""),
    ("PRANAB_MUKHERJEE", _PRES, "INDGOV", "IND", "", "2012-07-25", "2017-07-25"),
    ("RAM_NATH_KOVIND", _PRES, "INDGOV", "IND", "", "2017-07-25", "2022-07-25"),
    ("DROUPADI_MURMU", _PRES, "INDGOV", "IND", "", "2022-07-25", ""),
    ("SUSHMA_SWARAJ", "External Affairs Minister", "INDGOV", "IND", "", "2014-05-26", "2019-05-30"),
    ("RETNO_MARSUDI", _FM, "IDNGOV", "IDN", "", "2014-10-27", "2024-10-20"),
    ("SERGIO_MATTARELLA", _PRES, "ITAGOV", "ITA", "", "2015-02-03", ""),
    ("MATTEO_RENZI", _PM, "ITAGOV", "ITA", "", "2014-02-22", "2016-12-12"),
    ("PAOLO_GENTILONI", _FM, "ITAGOV", "ITA", "", "2014-10-31", "2016-12-12"),
    ("PAOLO_GENTILONI", _PM, "ITAGOV", "ITA", "", "2016-12-12", "2018-06-01"),
    ("GIUSEPPE_CONTE", _PM, "ITAGOV", "ITA", "", "2018-06-01", "2021-02-13"),
    ("MARIO_DRAGHI", _PM, "ITAGOV", "ITA", "", "2021-02-13", "2022-10-22"),
    ("ANGELINO_ALFANO", _FM, "ITAGOV", "ITA", "", "2016-12-12", "2018-06-01"),
    ("ENZO_MOAVERO_MILANESI", _FM, "ITAGOV", "ITA", "", "2018-06-01", "2019-09-05"),
    ("LUIGI_DI_MAIO", _FM, "ITAGOV", "ITA", "", "2019-09-05", "2022-10-22"),
    ("ANTONIO_TAJANI", _FM, "ITAGOV", "ITA", "", "2022-10-22", ""),
    ("YOSHIHIDE_SUGA", _PM, "JPNGOV", "JPN", "", "2020-09-16", "2021-10-04"),
    ("SANAE_TAKAICHI", _PM, "JPNGOV", "JPN", "", "2025-10-21", ""),
    ("FUMIO_KISHIDA", _FM, "JPNGOV", "JPN", "", "2012-12-26", "2017-08-03"),
    ("TARO_KONO", _FM, "JPNGOV", "JPN", "", "2017-08-03", "2019-09-11"),
    ("TOSHIMITSU_MOTEGI", _FM, "JPNGOV", "JPN", "", "2019-09-11", "2021-11-04"),
    ("TOSHIMITSU_MOTEGI", _FM, "JPNGOV", "JPN", "", "2025-10-21", ""),
    ("YOSHIMASA_HAYASHI", _FM, "JPNGOV", "JPN", "", "2021-11-10", "2023-09-13"),
    ("YOKO_KAMIKAWA", _FM, "JPNGOV", "JPN", "", "2023-09-13", "2024-10-01"),
    ("TAKESHI_IWAYA", _FM, "JPNGOV", "JPN", "", "2024-10-01", "2025-10-21"),
    ("ENRIQUE_PENA_NIETO", _PRES, "MEXGOV", "MEX", "", "2012-12-01", "2018-11-30"),
    ("ANDRES_MANUEL_LOPEZ_OBRADOR", _PRES, "MEXGOV", "MEX", "", "2018-12-01", "2024-09-30"),
    ("CLAUDIA_RUIZ_MASSIEU", _FM, "MEXGOV", "MEX", "", "2015-08-27", "2017-01-04"),
    ("LUIS_VIDEGARAY", _FM, "MEXGOV", "MEX", "", "2017-01-04", "2018-11-30"),
    ("MARCELO_EBRARD", _FM, "MEXGOV", "MEX", "", "2018-12-01", "2023-06-12"),
    ("ALICIA_BARCENA", _FM, "MEXGOV", "MEX", "", "2023-07-03", "2024-09-30"),
    ("JUAN_RAMON_DE_LA_FUENTE", _FM, "MEXGOV", "MEX", "", "2024-10-01", ""),
    ("SALMAN_BIN_ABDULAZIZ", "King", "SAUGOV", "SAU", "", "2015-01-23", ""),
    ("MOHAMMED_BIN_SALMAN", "Crown Prince", "SAUGOV", "SAU", "", "2017-06-21", ""),
    ("MOHAMMED_BIN_SALMAN", _PM, "SAUGOV", "SAU", "", "2022-09-27", ""),
    ("ADEL_AL_JUBEIR", _FM, "SAUGOV", "SAU", "", "2015-04-29", "2018-12-27"),
    ("IBRAHIM_AL_ASSAF", _FM, "SAUGOV", "SAU", "", "2018-12-27", "2019-10-23"),
    ("FAISAL_BIN_FARHAN", _FM, "SAUGOV", "SAU", "", "2019-10-23", ""),
    ("JACOB_ZUMA", _PRES, "ZAFGOV", "ZAF", "", "2009-05-09", "2018-02-14"),
    ("MAITE_NKOANA_MASHABANE", _FM, "ZAFGOV", "ZAF", "", "2009-05-10", "2018-02-26"),
    ("LINDIWE_NONCEBA_SISULU", _FM, "ZAFGOV", "ZAF", "", "2018-02-27", "2019-05-29"),
    ("NALEDI_PANDOR", _FM, "ZAFGOV", "ZAF", "", "2019-05-30", "2024-06-30"),
    ("RONALD_LAMOLA", _FM, "ZAFGOV", "ZAF", "", "2024-07-03", ""),
    ("PARK_GEUN_HYE", _PRES, "KORGOV", "KOR", "", "2013-02-25", "2017-03-10"),
    ("YUN_BYUNG_SE", _FM, "KORGOV", "KOR", "", "2013-03-11", "2017-06-18"),
    ("KANG_KYUNG_WHA", _FM, "KORGOV", "KOR", "", "2017-06-18", "2021-02-08"),
    ("CHUNG_EUI_YONG", _FM, "KORGOV", "KOR", "", "2021-02-09", "2022-05-10"),
    ("PARK_JIN", _FM, "KORGOV", "KOR", "", "2022-05-12", "2024-01-10"),
    ("CHO_TAE_YUL", _FM, "KORGOV", "KOR", "", "2024-01-11", "2025-07"),
    ("AHMET_DAVUTOGLU", _FM, "TURGOV", "TUR", "", "2009-05-01", "2014-08-29"),
    ("AHMET_DAVUTOGLU", _PM, "TURGOV", "TUR", "", "2014-08-28", "2016-05-24"),
    ("BINALI_YILDIRIM", _PM, "TURGOV", "TUR", "", "2016-05-24", "2018-07-09"),
    ("PHILIP_HAMMOND", _FOREIGN_SEC, "GBRGOV", "GBR", "", "2014-07-15", "2016-07-13"),
    ("YVETTE_COOPER", _FOREIGN_SEC, "GBRGOV", "GBR", "", "2025-09-05", ""),
    ("MIKE_PENCE", "Vice President", "USAGOV", "USA", "", "2017-01-20", "2021-01-20"),
    ("ASHTON_CARTER", _SEC_DEF, "USAGOVMIL", "USA", "", "2015-02-17", "2017-01-20"),
    ("JAMES_MATTIS", _SEC_DEF, "USAGOVMIL", "USA", "", "2017-01-20", "2019-01-01"),
    ("MARK_ESPER", _SEC_DEF, "USAGOVMIL", "USA", "", "2019-07-23", "2020-11-09"),
    ("SUSAN_RICE", _NSA, "USAGOV", "USA", "", "2013-07-01", "2017-01-20"),
    ("MICHAEL_FLYNN", _NSA, "USAGOV", "USA", "", "2017-01-20", "2017-02-13"),
    ("H_R_MCMASTER", _NSA, "USAGOV", "USA", "", "2017-02-20", "2018-04-09"),
    ("JOHN_BOLTON", _NSA, "USAGOV", "USA", "", "2018-04-09", "2019-09-10"),
    ("ROBERT_OBRIEN", _NSA, "USAGOV", "USA", "", "2019-09-18", "2021-01-20"),
    ("JEAN_CLAUDE_JUNCKER", _EC_PRES, "IGOEUREEC", "", "EU", "2014-11-01", "2019-11-30"),
    ("DONALD_TUSK", _PM, "POLGOV", "POL", "", "2007-11-16", "2014-09-22"),
    ("DONALD_TUSK", _EUCO_PRES, "IGOEUREEC", "", "EU", "2014-12-01", "2019-11-30"),
    ("DONALD_TUSK", _PM, "POLGOV", "POL", "", "2023-12-13", ""),
    ("FEDERICA_MOGHERINI", _EU_HR, "IGOEUREEC", "", "EU", "2014-11-01", "2019-11-30"),
    ("JOSEP_BORRELL", _EU_HR, "IGOEUREEC", "", "EU", "2019-12-01", "2024-11-30"),
    ("KAJA_KALLAS", _EU_HR, "IGOEUREEC", "", "EU", "2024-12-01", ""),
    ("TEDROS_ADHANOM_GHEBREYESUS", "Director-General", "IGOWHO", "", "WHO", "2017-07-01", ""),
]


# Version 1.6: the heads of state, heads of government, vice presidents and foreign ministers of
# every UN member who spoke at the UN General Debate in 2015-2024 (ungdc/Speakers_by_session.csv,
# CC0) and whom 1.5 lacked or held under a misspelt name ("Filipe Nhussi") or without the office,
# with their dated offices (our own compilation, BSD-3-Clause; monarchs left out); and the offices
# of those speakers the registry held without them (Alassane Ouattara, Erna Solberg, ...), some
# under a misspelt name or paired by name with another person (Luis Lacalle Pou is not his father
# Luis Alberto Lacalle). Each person's offices cover 20 September of every year they spoke there. Timothy Harris (KNA) and Nicola Renzi
# (SMR) are left out: their surnames would take "Harris said" from Kamala Harris and "Renzi said"
# from Matteo Renzi in years the registry's offices do not cover them; Francisco Guterres (TLS) goes
# by "Lú-Olo", not by António Guterres's surname.
LEADERS_1_6 = [
    ("ABDALLAH_BOU_HABIB", "Abdallah Bou Habib", "LBN", "Abdallah Bouhabib|Abdullah Bou Habib", "Bou Habib|Bouhabib"),
    ("ABDALLA_HAMDOK", "Abdalla Hamdok", "SDN", "Abdalla Adam Hamdok|Abdallah Hamdok", ""),
    ("ABDELMADJID_TEBBOUNE", "Abdelmadjid Tebboune", "DZA", "Abdelmajid Tebboune", ""),
    ("ABDEL_FATTAH_AL_BURHAN", "Abdel Fattah al-Burhan", "SDN",
     "Abdel-Fattah al-Burhan|Abdel Fattah al Burhan|Abdel Fattah Burhan|"
     "Abdel Fattah Abdelrahman al-Burhan|Abdel-Fattah Al-Burhan Abdelrahman Al-Burhan",
     "al-Burhan|Al-Burhan|Burhan"),
    ("ABDOULAYE_DIOP_MLI", "Abdoulaye Diop", "MLI", "", ""),
    ("ABDOULAYE_MAIGA", "Abdoulaye Maïga", "MLI", "Abdoulaye Maiga", ""),
    ("ABDULLAH_BIN_ZAYED_AL_NAHYAN", "Abdullah bin Zayed Al Nahyan", "ARE",
     "Abdullah bin Zayed|Abdullah bin Zayed Al-Nahyan|Abdullah bin Zayed bin Sultan Al Nahyan",
     "bin Zayed"),
    ("ABDULLAH_SHAHID", "Abdulla Shahid", "MDV", "Abdullah Shahid", ""),
    ("ABDULLATIF_BIN_RASHID_AL_ZAYANI", "Abdullatif bin Rashid Al Zayani", "BHR",
     "Abdullatif bin Rashid Alzayani|Abdullatif bin Rashid Al-Zayani|Abdullatif Al Zayani|"
     "Abdullatif Al-Zayani|Abdullatif Alzayani",
     "Al Zayani|Al-Zayani|Alzayani|Zayani"),
    ("ABDUSALAM_OMER", "Abdusalam Omer", "SOM", "Abdusalam Hadliyeh Omer|Abdusalam Hadliye Omer|Abdusalam H. Omer", ""),
    ("ABIY_AHMED", "Abiy Ahmed", "ETH", "Abiy Ahmed Ali", "Abiy"),
    ("ADAMA_BARROW", "Adama Barrow", "GMB", "", ""),
    ("AGAPITO_MBA_MOKUY", "Agapito Mba Mokuy", "GNQ", "", "Mba Mokuy"),
    ("AHMADOU_OURY_BAH", "Amadou Oury Bah", "GIN", "Ahmadou Oury Bah|Bah Oury", ""),
    ("AHMED_ATTAF", "Ahmed Attaf", "DZA", "", ""),
    ("AHMED_AWAD_BIN_MUBARAK", "Ahmed Awad bin Mubarak", "YEM",
     "Ahmad Awad bin Mubarak|Ahmed Awad Bin Mubarak|Ahmed bin Mubarak",
     "bin Mubarak|Bin Mubarak"),
    ("AHMED_ISSE_AWAD", "Ahmed Isse Awad", "SOM", "Ahmed Issa Awad|Ahmed Awad Isse", ""),
    ("AICHATOU_BOULAMA_KANE", "Aïchatou Boulama Kané", "NER", "Aichatou Boulama Kane", ""),
    ("AKILISI_POHIVA", "ʻAkilisi Pōhiva", "TON",
     "Akilisi Pohiva|'Akilisi Pohiva|Samiuela ʻAkilisi Pōhiva|Samiuela 'Akilisi Pohiva|"
     "Samiuela Akilisi Pohiva",
     ""),
    ("ALAIN_AIME_NYAMITWE", "Alain Aimé Nyamitwe", "BDI",
     "Alain Aime Nyamitwe|Alain-Aimé Nyamitwe|Alain-Aime Nyamitwe",
     ""),
    ("ALAIN_BERSET", "Alain Berset", "CHE", "", ""),
    ("ALAIN_CLAUDE_BILIE_BY_NZE", "Alain-Claude Bilie-By-Nze", "GAB",
     "Alain Claude Bilie By Nze|Alain-Claude Bilie By Nze",
     "Bilie-By-Nze|Bilie By Nze"),
    ("ALAN_PETER_CAYETANO", "Alan Peter Cayetano", "PHL", "Alan Cayetano", ""),
    ("ALAR_KARIS", "Alar Karis", "EST", "", ""),
    ("ALBERT_SHINGIRO", "Albert Shingiro", "BDI", "", ""),
    ("ALEJANDRO_GIAMMATTEI", "Alejandro Giammattei", "GTM",
     "Alejandro Giammattei Falla|Alejandro Eduardo Giammattei Falla",
     ""),
    ("ALEXANDER_DE_CROO", "Alexander De Croo", "BEL", "Alexander de Croo", "De Croo|de Croo"),
    ("ALEXANDER_SCHALLENBERG", "Alexander Schallenberg", "AUT", "", ""),
    ("ALFONSO_DASTIS", "Alfonso Dastis", "ESP",
     "Alfonso María Dastis Quecedo|Alfonso Maria Dastis Quecedo|Alfonso Dastis Quecedo",
     ""),
    ("ALI_SABRY", "Ali Sabry", "LKA", "Mohamed Ali Sabry|M. U. M. Ali Sabry", ""),
    ("ALLAMAYE_HALINA", "Allamaye Halina", "TCD", "Allah-Maye Halina|Allah Maye Halina|Allahmaye Halina", ""),
    ("ALPHA_BARRY", "Alpha Barry", "BFA", "", ""),
    ("ALPHA_CONDE", "Alpha Condé", "GIN", "Alpha Conde", ""),
    ("ALVA_BAPTISTE", "Alva Baptiste", "LCA", "Alva Romanus Baptiste", ""),
    ("AL_DIRDIRI_MOHAMED_AHMED", "Al-Dirdiri Mohamed Ahmed", "SDN",
     "Eldirdiri Mohamed Ahmed|El-Dirdiri Mohamed Ahmed|Al Dirdiri Mohamed Ahmed|"
     "Dirdiri Mohamed Ahmed|El Dirdeiri Mohamed Ahmed",
     "Dirdiri"),
    ("AMBROSE_DLAMINI", "Ambrose Dlamini", "SWZ", "Ambrose Mandvulo Dlamini", ""),
    ("AMINA_MOHAMED", "Amina Mohamed", "KEN",
     "Amina Chawahir Mohamed|Amina Chawahir Mohamed Jibril|Amina Mohamed Jibril",
     ""),
    ("AMINE_ABBA_SIDICK", "Amine Abba Sidick", "TCD", "Amine Abba Siddick", ""),
    ("ANA_BRNABIC", "Ana Brnabić", "SRB", "Ana Brnabic", ""),
    ("ANDREJ_BABIS", "Andrej Babiš", "CZE", "Andrej Babis", ""),
    ("ANDREJ_KISKA", "Andrej Kiska", "SVK", "", ""),
    ("ANDREJ_PLENKOVIC", "Andrej Plenković", "HRV", "Andrej Plenkovic", ""),
    ("ANDRY_RAJOELINA", "Andry Rajoelina", "MDG", "Andry Nirina Rajoelina", ""),
    ("ANN_LINDE", "Ann Linde", "SWE", "Ann Christin Linde", ""),
    ("ANTONIO_RIVAS_PALACIOS", "Antonio Rivas Palacios", "PRY", "", "Rivas Palacios|Rivas"),
    ("ANTONI_MARTI", "Antoni Martí", "AND", "Antoni Marti|Antoni Martí Petit|Antoni Marti Petit", ""),
    ("ANWAAR_UL_HAQ_KAKAR", "Anwaar-ul-Haq Kakar", "PAK",
     "Anwaar ul Haq Kakar|Anwar-ul-Haq Kakar|Anwar ul Haq Kakar|Anwaarul Haq Kakar",
     ""),
    ("ANWAR_IBRAHIM", "Anwar Ibrahim", "MYS", "Anwar bin Ibrahim", "Anwar"),
    ("ARARAT_MIRZOYAN", "Ararat Mirzoyan", "ARM", "", ""),
    ("ARIEL_HENRY", "Ariel Henry", "HTI", "", ""),
    ("ARNOLDO_ANDRE_TINOCO", "Arnoldo André Tinoco", "CRI",
     "Arnoldo Andre Tinoco|Arnoldo Ricardo André Tinoco|Arnoldo Ricardo Andre Tinoco",
     "André Tinoco|Andre Tinoco"),
    ("ASHWIN_ADHIN", "Ashwin Adhin", "SUR", "", ""),
    ("ASSOUMANI_AZALI", "Azali Assoumani", "COM", "Assoumani Azali", "Azali"),
    ("AURELIEN_AGBENONCI", "Aurélien Agbénonci", "BEN", "Aurelien Agbenonci|Aurélien Agbenonci", ""),
    ("AZIZ_AKHENOUCH", "Aziz Akhannouch", "MAR", "Aziz Akhenouch|Aziz Akhanouch", ""),
    ("A_J_NICHOLSON", "A. J. Nicholson", "JAM",
     "A.J. Nicholson|Arnold Nicholson|Arnold Joseph Nicholson|Arnold J. Nicholson",
     ""),
    ("BADR_ABDELATTY", "Badr Abdelatty", "EGY",
     "Badr Ahmed Mohamed Abdelatty|Badr Abdel Aty|Badr Abdel-Aty|Badr Abdelaty",
     ""),
    ("BADR_ALBUSAIDI", "Badr Albusaidi", "OMN",
     "Badr bin Hamad Albusaidi|Badr bin Hamad bin Hamood Albusaidi|Badr bin Hamad Al Busaidi|"
     "Badr al-Busaidi|Badr Al Busaidi",
     ""),
    ("BAJRAM_BEGAJ", "Bajram Begaj", "ALB", "", ""),
    ("BAKARY_YAOU_SANGARE", "Bakary Yaou Sangaré", "NER", "Bakary Yaou Sangare", ""),
    ("BAKIR_IZETBEGOVIC", "Bakir Izetbegović", "BIH", "Bakir Izetbegovic", "Izetbegović|Izetbegovic"),
    ("BARLEN_VYAPOORY", "Barlen Vyapoory", "MUS", "Paramasivum Pillay Vyapoory|Paramasivum Pillay Barlen Vyapoory", ""),
    ("BARON_WAQA", "Baron Waqa", "NRU", "Baron Divavesi Waqa", ""),
    ("BASSAM_SABBAGH", "Bassam Sabbagh", "SYR", "Bassam al-Sabbagh", ""),
    ("BASSIROU_DIOMAYE_FAYE", "Bassirou Diomaye Faye", "SEN",
     "Bassírou Diomaye Faye|Bassirou Diomaye Diakhar Faye|Bassírou Diomaye Diakhar Faye|Diomaye Faye",
     ""),
    ("BEJI_CAID_ESSEBSI", "Beji Caid Essebsi", "TUN",
     "Béji Caïd Essebsi|Beji Caid el Sebsi|Béji Caïd el Sebsi|Beji Caid Sebsi",
     ""),
    ("BERNARDO_AREVALO", "Bernardo Arévalo", "GTM",
     "Bernardo Arevalo|César Bernardo Arévalo de León|Cesar Bernardo Arevalo de Leon|"
     "Bernardo Arévalo de León|Bernardo Arevalo de Leon",
     ""),
    ("BERNARD_GOUMOU", "Bernard Goumou", "GIN", "", ""),
    ("BOB_LOUGHMAN", "Bob Loughman", "VUT", "Bob Loughman Weibur", ""),
    ("BOCCHIT_EDMOND", "Bocchit Edmond", "HTI", "", ""),
    ("BOGDAN_AURESCU", "Bogdan Aurescu", "ROU", "Bogdan Lucian Aurescu", ""),
    ("BOLA_TINUBU", "Bola Tinubu", "NGA", "Bola Ahmed Tinubu|Bola Ahmed Adekunle Tinubu", ""),
    ("BRICE_OLIGUI_NGUEMA", "Brice Oligui Nguema", "GAB", "Brice Clotaire Oligui Nguema", "Oligui Nguema|Oligui"),
    ("CARLOS_ALVARADO", "Carlos Alvarado", "CRI", "Carlos Alvarado Quesada", ""),
    ("CARLOS_FARIA", "Carlos Faría", "VEN",
     "Carlos Faria|Carlos Faría Tortosa|Carlos Faria Tortosa|Carlos Rafael Faría Tortosa",
     ""),
    ("CARLOS_RAUL_MORALES", "Carlos Raúl Morales", "GTM",
     "Carlos Raul Morales|Carlos Raúl Morales Moscoso|Carlos Raul Morales Moscoso",
     ""),
    ("CARLOS_VILA_NOVA", "Carlos Vila Nova", "STP", "Carlos Manuel Vila Nova", "Vila Nova"),
    ("CARL_GREENIDGE", "Carl Greenidge", "GUY", "Carl Barrington Greenidge", ""),
    ("CELINDA_SOSA_LUNA", "Celinda Sosa", "BOL", "Celinda Sosa Luna|Celinda Sosa Lunda", "Sosa"),
    ("CHANDRIKAPERSAD_SANTHOKI", "Chan Santokhi", "SUR", "Chandrikapersad Santokhi", ""),
    ("CHARLES_FLANAGAN", "Charles Flanagan", "IRL", "Charlie Flanagan", ""),
    ("CHERIF_MAHAMAT_ZENE", "Cherif Mahamat Zene", "TCD",
     "Mahamat Zene Cherif|Chérif Mahamat Zene|Chérif Mahamat Zène",
     ""),
    ("CHINGIZ_AIDARBEKOV", "Chingiz Aidarbekov", "KGZ", "Chingiz Aydarbekov", ""),
    ("CHOGUEL_MAIGA", "Choguel Kokalla Maiga", "MLI", "Choguel Maiga|Choguel Kokalla Maïga", ""),
    ("CLAMODESTE_CURWEN", "Clarice Modeste-Curwen", "GRD", "Clarice Modeste Curwen", ""),
    ("CLEOPAS_DLAMINI", "Cleopas Dlamini", "SWZ", "Cleopas Sipho Dlamini", ""),
    ("DACIAN_CIOLOS", "Dacian Cioloș", "ROU", "Dacian Ciolos|Dacian Cioloş|Dacian Julien Cioloș", ""),
    ("DAMCHO_DORJI", "Damcho Dorji", "BTN", "", ""),
    ("DAMDIN_TSOGTBAATAR", "Damdin Tsogtbaatar", "MNG", "", ""),
    ("DANILO_MEDINA_SANCHEZ", "Danilo Medina", "DOM", "Danilo Medina Sanchez|Danilo Medina Sánchez", "Medina"),
    ("DARREN_HENFIELD", "Darren Henfield", "BHS", "Darren Allen Henfield|Darren A. Henfield", ""),
    ("DATO_SERI_MAHATHIR_BIN_MOHAMAD", "Mahathir Mohamad", "MYS",
     "Mahathir bin Mohamad|Dato' Seri Mahathir bin Mohamad",
     "Mahathir"),
    ("DAVID_GRANGER", "David Granger", "GUY", "David Arthur Granger|David A. Granger", ""),
    ("DAVID_KABUA", "David Kabua", "MHL", "", ""),
    ("DAVID_PANUELO", "David Panuelo", "FSM", "David W. Panuelo", ""),
    ("DENIS_BECIROVIC", "Denis Bećirović", "BIH", "Denis Becirovic", "Bećirović|Becirovic"),
    ("DENIS_MONCADA", "Denis Moncada", "NIC", "Denis Ronaldo Moncada Colindres|Denis Moncada Colindres", ""),
    ("DENNIS_MOSES", "Dennis Moses", "TTO", "", ""),
    ("DICKON_MITCHELL", "Dickon Mitchell", "GRD", "", ""),
    ("DICK_SCHOOF", "Dick Schoof", "NLD", "Hendrikus Wilhelmus Maria Schoof", ""),
    ("DIMITAR_KOVACEVSKI", "Dimitar Kovačevski", "MKD", "Dimitar Kovachevski|Dimitar Kovacevski", ""),
    ("DINA_BOLUARTE", "Dina Boluarte", "PER", "Dina Ercilia Boluarte Zegarra|Dina Boluarte Zegarra", ""),
    ("DIONISIO_BABO_SOARES", "Dionísio Babo Soares", "TLS",
     "Dionisio Babo Soares|Dionísio da Costa Babo Soares|Dionisio da Costa Babo Soares|Dionísio Babo",
     "Babo Soares|Babo"),
    ("DOMINIQUE_HASLER", "Dominique Hasler", "LIE", "", ""),
    ("DORIN_RECEAN", "Dorin Recean", "MDA", "", ""),
    ("DRAGAN_COVIC", "Dragan Čović", "BIH", "Dragan Covic", "Čović|Covic"),
    ("DRITAN_ABAZOVIC", "Dritan Abazović", "MNE", "Dritan Abazovic", ""),
    ("DUNYA_MAUMOON", "Dunya Maumoon", "MDV", "", ""),
    ("DUSKO_MARKOVIC", "Duško Marković", "MNE", "Dusko Markovic", ""),
    ("EAMON_COURTNEY", "Eamon Courtenay", "BLZ", "", ""),
    ("EDGARD_LEBLANC_FILS", "Edgard Leblanc Fils", "HTI", "", "Leblanc Fils|Leblanc"),
    ("EDGARS_RINKEVICS", "Edgars Rinkēvičs", "LVA", "Edgars Rinkevics", ""),
    ("EDGAR_LUNGU", "Edgar Lungu", "ZMB", "Edgar Chagwa Lungu", ""),
    ("EDITE_TEN_JUA", "Edite Ten Jua", "STP",
     "Edite Tenjua|Edite Ten Juá|Edite Ramos da Costa Ten Jua|Edite Ramos da Costa Ten Juá",
     "Ten Jua|Ten Juá|Tenjua"),
    ("EDI_RAMA", "Edi Rama", "ALB", "Edvin Rama|Edvin Kristaq Rama", ""),
    ("EDUARD_NALBANDIAN", "Eduard Nalbandyan", "ARM",
     "Eduard Nalbandian|Edward Nalbandian|Edward Nalbandyan",
     "Nalbandyan|Nalbandian"),
    ("EGILS_LEVITS", "Egils Levits", "LVA", "", ""),
    ("ELMAR_MAMMEDYAROV", "Elmar Mammadyarov", "AZE",
     "Elmar Mammedyarov|Elmar Mamedyarov|Elmar Maharram oglu Mammadyarov",
     "Mammadyarov|Mammedyarov|Mamedyarov"),
    ("ELMER_SCHIALER", "Elmer Schialer", "PER", "Elmer Schialer Salcedo", ""),
    ("EMMERSON_MNANGAGWA", "Emmerson Mnangagwa", "ZWE", "Emmerson Dambudzo Mnangagwa", ""),
    ("ENRIQUE_MANALO", "Enrique Manalo", "PHL", "Enrique Austria Manalo|Enrique A. Manalo", ""),
    ("EPSY_CAMPBELL", "Epsy Campbell", "CRI", "Epsy Campbell Barr", ""),
    ("ERLAN_ABDYLDAYEV", "Erlan Abdyldayev", "KGZ", "Erlan Abdyldaev", ""),
    ("ERLAN_IDRISSOV", "Erlan Idrissov", "KAZ", "Yerlan Idrissov|Erlan Idrisov", ""),
    ("ESPEN_BARTH_EIDE", "Espen Barth Eide", "NOR", "", ""),
    ("EVARISTE_NDAYISHIMYE", "Évariste Ndayishimiye", "BDI", "Evariste Ndayishimiye", "Ndayishimiye"),
    ("EZECHIEL_NIBIGIRA", "Ezéchiel Nibigira", "BDI", "Ezechiel Nibigira", ""),
    ("FAISAL_MIQDAD", "Faisal Mekdad", "SYR",
     "Fayssal Mekdad|Faisal Miqdad|Faisal al-Mekdad|Faisal al-Miqdad|Fayssal al-Mekdad",
     ""),
    ("FELETI_TEO", "Feleti Teo", "TUV", "Feleti Penitala Teo", ""),
    ("FELIX_TSHISEKEDI", "Félix Tshisekedi", "COD",
     "Felix Tshisekedi|Félix-Antoine Tshisekedi|Felix-Antoine Tshisekedi|"
     "Félix Antoine Tshilombo Tshisekedi|Felix Antoine Tshilombo Tshisekedi|"
     "Félix-Antoine Tshisekedi Tshilombo|Felix-Antoine Tshisekedi Tshilombo",
     ""),
    ("FERDINAND_MARCOS_JR", "Ferdinand Marcos Jr", "PHL",
     "Ferdinand Marcos Jr.|Ferdinand Romualdez Marcos|Ferdinand Romualdez Marcos Jr.|"
     "Ferdinand R. Marcos Jr.|Bongbong Marcos",
     "Marcos"),
    ("FILIPE_NHUSSI", "Filipe Nyusi", "MOZ", "Filipe Jacinto Nyusi|Filipe Nhussi|Filipe Jacinto Nhussi", ""),
    ("FILIP_IVANOVIC", "Filip Ivanović", "MNE", "Filip Ivanovic", ""),
    ("FRANCISCO_BUSTILLO", "Francisco Bustillo", "URY", "", ""),
    ("FRANCISCO_GUTERRES", "Francisco Guterres", "TLS",
     "Francisco Guterres Lú-Olo|Francisco Guterres Lu-Olo|Francisco Guterres Lu Olo|Francisco Lú-Olo Guterres",
     "Lú-Olo|Lu-Olo"),
    ("FREDERICK_SHAVA", "Frederick Shava", "ZWE", "Frederick Makamure Shava|Fredrick Shava", ""),
    ("FRED_MITCHELL", "Fred Mitchell", "BHS", "Frederick Mitchell|Frederick Audley Mitchell|Frederick A. Mitchell", ""),
    ("GABRIELA_MICHETTI", "Gabriela Michetti", "ARG", "Gabriela Michetti Illia|Marta Gabriela Michetti", ""),
    ("GABRIEL_BORIC", "Gabriel Boric", "CHL", "Gabriel Boric Font", ""),
    ("GEORGE_WEAH", "George Weah", "LBR", "George Manneh Weah|George Manneh Oppong Weah", ""),
    ("GIORGI_GAKHARIA", "Giorgi Gakharia", "GEO", "", ""),
    ("GIORGI_KVIRIKASHVILI", "Giorgi Kvirikashvili", "GEO", "", ""),
    ("GITANAS_NAUSEDA", "Gitanas Nausėda", "LTU", "Gitanas Nauseda", ""),
    ("GJORGE_IVANOV", "Gjorge Ivanov", "MKD", "George Ivanov|Gjorgje Ivanov|Georgi Ivanov", ""),
    ("GORDANA_SILJANOVSKA_DAVKOVA", "Gordana Siljanovska-Davkova", "MKD", "Gordana Siljanovska Davkova", ""),
    ("GOTABAYA_RAJAPAKSA", "Gotabaya Rajapaksa", "LKA", "Gotabhaya Rajapaksa|Nandasena Gotabaya Rajapaksa", ""),
    ("GUDLAUGUR_THOR_THORDARSON", "Guðlaugur Þór Þórðarson", "ISL", "Gudlaugur Thor Thordarson", ""),
    ("GUILLAUME_LONG", "Guillaume Long", "ECU", "", ""),
    ("GUILLERMO_LASSO", "Guillermo Lasso", "ECU",
     "Guillermo Lasso Mendoza|Guillermo Alberto Santiago Lasso Mendoza",
     ""),
    ("GUNNAR_BRAGI_SVEINSSON", "Gunnar Bragi Sveinsson", "ISL", "", ""),
    ("GUSTAVO_PETRO", "Gustavo Petro", "COL", "Gustavo Petro Urrego|Gustavo Francisco Petro Urrego", ""),
    ("GUSTAV_AITARO", "Gustav Aitaro", "PLW", "Gustav N. Aitaro", ""),
    ("GUY_PARMELIN", "Guy Parmelin", "CHE", "", ""),
    ("HABIB_ESSID", "Habib Essid", "TUN", "", ""),
    ("HAIDAR_AL_ABADI", "Haider al-Abadi", "IRQ",
     "Haider Al Abadi|Haider al Abadi|Haidar al-Abadi|Haider Jawad Kadhim al-Abadi|Haider Al-Abadi",
     "al-Abadi|Al-Abadi|Abadi"),
    ("HAILEMARIAM_DESALEGN", "Hailemariam Desalegn", "ETH",
     "Hailemariam Dessalegn|Hailemariam Desalegn Boshe",
     "Hailemariam"),
    ("HAKAINDE_HICHILEMA", "Hakainde Hichilema", "ZMB", "", ""),
    ("HAMADI_OULD_MEIMOU", "Hamadi Ould Meimou", "MRT", "", ""),
    ("HAMZA_ABDI_BARRE", "Hamza Abdi Barre", "SOM", "", ""),
    ("HAN_ZHENG", "Han Zheng", "CHN", "", "Han"),
    ("HASINA_WAJED", "Sheikh Hasina", "BGD", "Sheikh Hasina Wajed|Hasina Wajed", ""),
    ("HASSAN_ALI_KHAIRE", "Hassan Ali Khaire", "SOM", "Hassan Ali Khayre", ""),
    ("HASSOUMI_MASSAOUDOU", "Hassoumi Massaoudou", "NER", "Hassoumi Massoudou", ""),
    ("HENRY_VAN_THIO", "Henry Van Thio", "MMR", "", "Van Thio"),
    ("HILDA_HEINE", "Hilda Heine", "MHL", "Hilda C. Heine|Hilda Cathy Heine", ""),
    ("HISSEIN_BRAHIM_TAHA", "Hissein Brahim Taha", "TCD", "Brahim Hissein Taha|Brahim Hisseine Taha", ""),
    ("HORACIO_CARTES", "Horacio Cartes", "PRY", "Horacio Manuel Cartes Jara|Horacio Cartes Jara", ""),
    ("HUSSEIN_ABDELBAGI_AKOL", "Hussein Abdelbagi Akol", "SSD",
     "Hussein Abdelbagi|Hussein Abdelbagi Akol Agany",
     "Abdelbagi"),
    ("IBRAHIM_GHANDOUR", "Ibrahim Ghandour", "SDN", "Ibrahim Ahmed Abd al-Aziz Ghandour|Ibrahim Ahmed Ghandour", ""),
    ("IBRAHIM_MOHAMED_SOLIH", "Ibrahim Mohamed Solih", "MDV", "Ibrahim Solih|Ibrahim Mohammed Solih", ""),
    ("IBRAHIM_YACOUBA", "Ibrahim Yacouba", "NER", "Ibrahim Yacoubou", ""),
    ("IGNAZIO_CASSIS", "Ignazio Cassis", "CHE", "", ""),
    ("IRAKLI_GARIBASHVILI", "Irakli Garibashvili", "GEO", "Irakli Gharibashvili", "Garibashvili|Gharibashvili"),
    ("IRAKLI_KOBAKHIDZE", "Irakli Kobakhidze", "GEO", "", ""),
    ("ISATOU_TOURAY", "Isatou Touray", "GMB", "", ""),
    ("ISMAIL_OULD_CHEIKH_AHMED", "Ismail Ould Cheikh Ahmed", "MRT",
     "Ismael Ould Cheikh Ahmed",
     "Ould Cheikh Ahmed|Cheikh Ahmed"),
    ("ISSELKOU_OULD_AHMED_IZID_BIH", "Isselkou Ould Ahmed Izid Bih", "MRT",
     "Isselkou Ould Izid Bih",
     "Ould Ahmed Izid Bih|Izid Bih"),
    ("IVAN_DUQUE", "Iván Duque", "COL", "Ivan Duque|Iván Duque Márquez|Ivan Duque Marquez", ""),
    ("JACINDA_ARDERN", "Jacinda Ardern", "NZL", "Jacinda Kate Laurell Ardern", ""),
    ("JAKOV_MILATOVIC", "Jakov Milatović", "MNE", "Jakov Milatovic", ""),
    ("JAKUB_KULHANEK", "Jakub Kulhánek", "CZE", "Jakub Kulhanek", ""),
    ("JAMES_MARABE", "James Marape", "PNG", "", ""),
    ("JANOS_ADER", "János Áder", "HUN", "Janos Ader", ""),
    ("JAN_HAMACEK", "Jan Hamáček", "CZE", "Jan Hamacek", ""),
    ("JAN_LIPAVSKY", "Jan Lipavský", "CZE", "Jan Lipavsky", ""),
    ("JEANINE_ANEZ", "Jeanine Áñez", "BOL", "Jeanine Anez|Jeanine Áñez Chávez|Jeanine Anez Chavez", ""),
    ("JEAN_GENEUS", "Jean Victor Geneus", "HTI", "Jean Geneus|Jean Victor Généus", ""),
    ("JEPPE_KOFOD", "Jeppe Kofod", "DNK", "", ""),
    ("JEYHUN_BAYRAMOV", "Jeyhun Bayramov", "AZE", "Jeyhun Aziz oglu Bayramov", ""),
    ("JIMMY_MORALES", "Jimmy Morales", "GTM", "James Ernesto Morales Cabrera|Jimmy Morales Cabrera", ""),
    ("JOAO_LOURENCO", "João Lourenço", "AGO",
     "Joao Lourenco|João Manuel Gonçalves Lourenço|Joao Manuel Goncalves Lourenco",
     ""),
    ("JORGE_ARREAZA", "Jorge Arreaza", "VEN", "Jorge Alberto Arreaza Montserrat|Jorge Arreaza Montserrat", ""),
    ("JORGE_CARLOS_FONSECA", "Jorge Carlos Fonseca", "CPV", "Jorge Carlos de Almeida Fonseca", ""),
    ("JOSEPH_BUTORE", "Joseph Butore", "BDI", "", ""),
    ("JOSEPH_MUSCAT", "Joseph Muscat", "MLT", "", ""),
    ("JOSE_GABRIEL_CARRIZO", "José Gabriel Carrizo", "PAN",
     "Jose Gabriel Carrizo|José Gabriel Carrizo Jaén|Jose Gabriel Carrizo Jaen",
     ""),
    ("JOSE_MANUEL_GARCIA_MARGALLO", "José Manuel García-Margallo", "ESP",
     "Jose Manuel Garcia-Margallo|José Manuel García Margallo|Jose Manuel Garcia Margallo",
     "García-Margallo|Garcia-Margallo|García Margallo|Garcia Margallo|Margallo"),
    ("JOSE_MARIO_VAZ", "José Mário Vaz", "GNB", "Jose Mario Vaz", ""),
    ("JOVENEL_MOISE", "Jovenel Moïse", "HTI", "Jovenel Moise", ""),
    ("JUAN_ORLANDO_HERNANDEZ", "Juan Orlando Hernández", "HND",
     "Juan Orlando Hernandez|Juan Orlando Hernández Alvarado|Juan Orlando Hernandez Alvarado",
     ""),
    ("KAIRAT_ABDRAKHMANOV", "Kairat Abdrakhmanov", "KAZ", "", ""),
    ("KALLA_ANKOURAO", "Kalla Ankourao", "NER", "", ""),
    ("KAMINA_JOHNSON_SMITH", "Kamina Johnson Smith", "JAM", "Kamina Johnson-Smith", "Johnson Smith|Johnson-Smith"),
    ("KARAMOKO_JEAN_MARIE_TRAORE", "Karamoko Jean-Marie Traore", "BFA",
     "Karamoko Jean Marie Traore|Karamoko Jean-Marie Traoré|Jean-Marie Karamoko Traore|"
     "Jean Marie Traore Karamoko",
     ""),
    ("KAREN_CUMMINGS", "Karen Cummings", "GUY", "", ""),
    ("KARIN_KNEISSL", "Karin Kneissl", "AUT", "", ""),
    ("KASHIM_SHETTIMA", "Kashim Shettima", "NGA", "Kashim Shettima Mustapha", ""),
    ("KASSIM_MAJALIWA", "Kassim Majaliwa", "TZA", "Kassim Majaliwa Majaliwa", ""),
    ("KATALIN_NOVAK", "Katalin Novák", "HUN", "Katalin Novak", ""),
    ("KATRIN_EGGENBERGER", "Katrin Eggenberger", "LIE", "", ""),
    ("KERSTI_KALJULAID", "Kersti Kaljulaid", "EST", "", ""),
    ("KHEMAIES_JHINAOUI", "Khemaies Jhinaoui", "TUN", "Khemais Jhinaoui", ""),
    ("KLAUS_IOHANNIS", "Klaus Iohannis", "ROU", "Klaus Werner Iohannis|Klaus Johannis", ""),
    ("KYRIAKOS_MITSOTAKIS", "Kyriakos Mitsotakis", "GRC", "", ""),
    ("K_P_OLI", "K. P. Sharma Oli", "NPL",
     "K.P. Sharma Oli|K. P. Oli|K.P. Oli|Khadga Prasad Sharma Oli|Khadga Prasad Oli",
     ""),
    ("LAURENTINO_CORTIZO_COHEN", "Laurentino Cortizo", "PAN", "Laurentino Cortizo Cohen", ""),
    ("LAZARUS_CHAKWERA", "Lazarus Chakwera", "MWI", "Lazarus McCarthy Chakwera", ""),
    ("LEJEUNE_MBELLA_MBELLA", "Lejeune Mbella Mbella", "CMR", "", "Mbella Mbella"),
    ("LEO_VARADKAR", "Leo Varadkar", "IRL", "Leo Eric Varadkar", ""),
    ("LILJA_DOGG_ALFREDSDOTTIR", "Lilja Dögg Alfreðsdóttir", "ISL",
     "Lilja Dogg Alfredsdottir|Lilja Alfreðsdóttir|Lilja Alfredsdottir",
     ""),
    ("LIONEL_AINGIMEA", "Lionel Aingimea", "NRU", "Lionel Rouwen Aingimea", ""),
    ("LIONEL_ZINSOU", "Lionel Zinsou", "BEN", "", ""),
    ("LOTAY_TSHERING", "Lotay Tshering", "BTN", "", ""),
    ("LUCA_BECCARI", "Luca Beccari", "SMR", "", ""),
    ("LUIS_ABINADER", "Luis Abinader", "DOM", "Luis Rodolfo Abinader Corona", ""),
    ("LUIS_FILIPE_TAVARES", "Luís Filipe Tavares", "CPV",
     "Luis Filipe Tavares|Luís Filipe Lopes Tavares|Luis Filipe Lopes Tavares",
     ""),
    ("LUIS_GUILLERMO_SOLIS", "Luis Guillermo Solís", "CRI",
     "Luis Guillermo Solis|Luis Guillermo Solís Rivera|Luis Guillermo Solis Rivera",
     ""),
    ("LUIS_LACALLE_POU", "Luis Lacalle Pou", "URY", "Luis Alberto Lacalle Pou", "Lacalle Pou"),
    ("LUIS_MONTENEGRO", "Luís Montenegro", "PRT", "Luis Montenegro|Luís Filipe Montenegro|Luis Filipe Montenegro", ""),
    ("MACKY_SALL", "Macky Sall", "SEN", "", ""),
    ("MAHAMOUD_ALI_YOUSSOUF", "Mahmoud Ali Youssouf", "DJI", "Mahamoud Ali Youssouf|Mahmoud Ali Youssef", ""),
    ("MAIA_SANDU", "Maia Sandu", "MDA", "", ""),
    ("MAITHRIPALA_SIRISENA", "Maithripala Sirisena", "LKA", "", ""),
    ("MAMADI_DOUMBOUYA", "Mamadi Doumbouya", "GIN", "Mamady Doumbouya", ""),
    ("MAMADI_TOURE", "Mamadi Touré", "GIN", "Mamadi Toure|Mamady Touré|Mamady Toure", ""),
    ("MAMUKA_BAKHTADZE", "Mamuka Bakhtadze", "GEO", "", ""),
    ("MANUEL_SALVADOR_DOS_RAMOS", "Manuel Salvador dos Ramos", "STP",
     "Salvador dos Ramos",
     "Salvador dos Ramos|dos Ramos"),
    ("MANUEL_VICENTE", "Manuel Vicente", "AGO", "Manuel Domingos Vicente", ""),
    ("MARCELO_REBELO_DE_SOUSA", "Marcelo Rebelo de Sousa", "PRT",
     "Marcelo Nuno Duarte Rebelo de Sousa",
     "Rebelo de Sousa"),
    ("MARGOT_WALLSTROM", "Margot Wallström", "SWE", "Margot Wallstrom", ""),
    ("MARIAM_CHABI_TALATA", "Mariam Chabi Talata", "BEN", "", ""),
    ("MARIA_MALMER_STENERGARD", "Maria Malmer Stenergard", "SWE", "", "Malmer Stenergard"),
    ("MARIO_ABDO_BENITEZ", "Mario Abdo Benítez", "PRY",
     "Mario Abdo Benitez|Mario Abdo",
     "Abdo Benítez|Abdo Benitez|Abdo"),
    ("MARIS_SANGIAMPONGSA", "Maris Sangiampongsa", "THA", "", "Maris"),
    ("MARJAN_SAREC", "Marjan Šarec", "SVN", "Marjan Sarec", ""),
    ("MARK_BRANTLEY", "Mark Brantley", "KNA", "Mark Anthony Brantley", ""),
    ("MARTIN_VIZCARRA", "Martín Vizcarra", "PER",
     "Martin Vizcarra|Martín Vizcarra Cornejo|Martin Vizcarra Cornejo|Martín Alberto Vizcarra Cornejo",
     ""),
    ("MAXIM_RYZHENKOV", "Maxim Ryzhenkov", "BLR", "Maksim Ryzhenkov", ""),
    ("MBAE_MOHAMED", "Mbae Mohamed", "COM", "", ""),
    ("METTE_FREDERIKSEN", "Mette Frederiksen", "DNK", "", ""),
    ("MICHAEL_D_HIGGINS", "Michael D. Higgins", "IRL", "Michael D Higgins|Michael Higgins|Michael Daniel Higgins", ""),
    ("MICHEL_MARTELLY", "Michel Martelly", "HTI", "Michel Joseph Martelly", ""),
    ("MIGUEL_VARGAS", "Miguel Vargas", "DOM", "Miguel Vargas Maldonado", ""),
    ("MILO_DUKANOVIC", "Milo Đukanović", "MNE", "Milo Djukanovic|Milo Dukanovic", ""),
    ("MIRO_CERAR", "Miro Cerar", "SVN", "Miroslav Cerar", ""),
    ("MOEKETSI_MAJORO", "Moeketsi Majoro", "LSO", "", ""),
    ("MOHAMAD_HASAN", "Mohamad Hasan", "MYS", "Mohamad Haji Hasan|Mohamad bin Haji Hasan", "Mohamad"),
    ("MOHAMED_ALI_NAFTI", "Mohamed Ali Nafti", "TUN", "", ""),
    ("MOHAMED_AL_MENFI", "Mohamed al-Menfi", "LBY",
     "Mohamed Younis Menfi|Mohamed Younes Menfi|Mohamed Menfi|Mohammed al-Menfi|Mohamed Younes al-Menfi",
     "al-Menfi|Al-Menfi|Menfi"),
    ("MOHAMED_ASIM", "Mohamed Asim", "MDV", "", ""),
    ("MOHAMED_BAZOUM", "Mohamed Bazoum", "NER", "", ""),
    ("MOHAMED_JULDEH_JALLOH", "Mohamed Juldeh Jalloh", "SLE", "", ""),
    ("MOHAMED_MUIZZU", "Mohamed Muizzu", "MDV", "Mohamed Muiz", ""),
    ("MOHAMED_OULD_GHAZOUANI", "Mohamed Ould Ghazouani", "MRT",
     "Mohamed Ould Cheikh El Ghazouani|Mohamed Ould El Ghazouani|Mohamed Ould al-Ghazouani|"
     "Mohamed Ould Cheikh Mohamed Ahmed Ould Ghazouani",
     ""),
    ("MOHAMED_SALEM_OULD_MERZOUG", "Mohamed Salem Ould Merzoug", "MRT", "", ""),
    ("MOHAMED_SIALA", "Mohamed Siala", "LBY", "Mohamed Taha Siala|Mohammed Siala|Mohamed Tahir Siala", ""),
    ("MOHAMMED_AL_HADHRAMI", "Mohammed al-Hadhrami", "YEM",
     "Mohammed Abdullah al-Hadhrami|Mohammed Abdullah Al-Hadhrami|Mohammed Al-Hadhrami|Mohammed al-Hadrami",
     "al-Hadhrami|Al-Hadhrami|Hadhrami"),
    ("MOKGWEETSI_MASISI", "Mokgweetsi Masisi", "BWA", "Mokgweetsi Eric Masisi|Mokgweetsi Eric Keabetswe Masisi", ""),
    ("MUHAMMAD_B_S_JALLOW", "Muhammad B. S. Jallow", "GMB",
     "Muhammad B.S. Jallow|Muhammad Jallow|Mohammed Jallow|Muhammed B.S. Jallow",
     ""),
    ("MUHAMMAD_YUNUS", "Muhammad Yunus", "BGD", "Mohammad Yunus", ""),
    ("MUHAMMAD_YUSUF_KALLA", "Jusuf Kalla", "IDN", "Muhammad Jusuf Kalla|Muhammad Yusuf Kalla|Yusuf Kalla", ""),
    ("MULAMBO_HAIMBE", "Mulambo Haimbe", "ZMB", "Mulambo Hamakuni Haimbe", ""),
    ("MUSTAFA_AL_KADHIMI", "Mustafa Al-Kadhimi", "IRQ",
     "Mustafa al-Kadhimi|Mustafa Al Kadhimi|Mustafa Kadhimi|Mustafa al-Kazemi",
     "Al-Kadhimi|al-Kadhimi|Kadhimi"),
    ("NABIL_AMMAR", "Nabil Ammar", "TUN", "", ""),
    ("NAFTALI_BENNETT", "Naftali Bennett", "ISR", "", ""),
    ("NANA_AKUFU_ADDO", "Nana Akufo-Addo", "GHA",
     "Nana Akufo Addo|Nana Addo Dankwa Akufo-Addo|Nana Addo Dankwa Akufo Addo|Nana Akufu Addo",
     "Akufo-Addo|Akufo Addo"),
    ("NARAYAN_KHADKA", "Narayan Khadka", "NPL", "", ""),
    ("NASSER_BOURITA", "Nasser Bourita", "MAR", "", ""),
    ("NATASA_PIRC_MUSAR", "Nataša Pirc Musar", "SVN", "Natasa Pirc Musar", "Pirc Musar"),
    ("NAYIB_BUKELE", "Nayib Bukele", "SLV", "Nayib Armando Bukele|Nayib Armando Bukele Ortez", ""),
    ("NICOS_ANASTASIADES", "Nicos Anastasiades", "CYP",
     "Nikos Anastasiadis|Nicos Anastasiadis",
     "Anastasiades|Anastasiadis"),
    ("NIERMALA_BADRISING", "Niermala Badrising", "SUR", "", ""),
    ("NIKENIKE_VUROBARAVU", "Nikenike Vurobaravu", "VUT", "", ""),
    ("NIKOLAY_MILKOV", "Nikolay Milkov", "BGR", "Nikolai Milkov", ""),
    ("NIKOL_PASHINYAN", "Nikol Pashinyan", "ARM", "Nikol Pashinian", "Pashinyan|Pashinian"),
    ("NIKOS_CHRISTODOULIDES", "Nikos Christodoulides", "CYP", "Nicos Christodoulides", ""),
    ("NIKOS_KOTZIAS", "Nikos Kotzias", "GRC", "Nikolaos Kotzias", ""),
    ("NTSAY_CHRISTIAN", "Christian Ntsay", "MDG", "Ntsay Christian", ""),
    ("OLIVER_JOSEPH", "Oliver Joseph", "GRD", "", ""),
    ("OLUSHEGUN_ADJADI_BAKARI", "Olushegun Adjadi Bakari", "BEN",
     "Shegun Adjadi Bakari|Shegun Bakari|Olushegun Bakari",
     ""),
    ("OMAR_HALLESLEVENS", "Omar Halleslevens", "NIC",
     "Moisés Omar Halleslevens Acevedo|Moises Omar Halleslevens Acevedo|Omar Halleslevens Acevedo",
     ""),
    ("OTHMAN_JERANDI", "Othman Jerandi", "TUN", "", ""),
    ("PALAMAGAMBA_KABUDI", "Palamagamba Kabudi", "TZA",
     "Palamagamba John Kabudi|Palamagamba John Aidan Mwaluko Kabudi",
     ""),
    ("PATRICE_TALON", "Patrice Talon", "BEN", "Patrice Athanase Guillaume Talon", ""),
    ("PAUL_HENRI_SANDAOGO_DAMIBA", "Paul-Henri Sandaogo Damiba", "BFA",
     "Paul Henri Sandaogo Damiba|Paul-Henri Damiba|Paul Henri Damiba",
     ""),
    ("PAUL_RICHARD_GALLAGHER", "Paul Richard Gallagher", "VAT", "Paul Gallagher", ""),
    ("PAVEL_FILIP", "Pavel Filip", "MDA", "", ""),
    ("PEDRO_BROLO", "Pedro Brolo", "GTM", "Pedro Brolo Vila|Pedro Antonio Brolo Vila", ""),
    ("PEDRO_CASTILLO", "Pedro Castillo", "PER",
     "Pedro Castillo Terrones|José Pedro Castillo Terrones|Jose Pedro Castillo Terrones",
     ""),
    ("PEDRO_SANCHEZ", "Pedro Sánchez", "ESP",
     "Pedro Sanchez|Pedro Sánchez Pérez-Castejón|Pedro Sanchez Perez-Castejon",
     ""),
    ("PERFECTO_YASAY_JR", "Perfecto Yasay Jr.", "PHL",
     "Perfecto Yasay|Perfecto Rivas Yasay Jr.|Perfecto Rivas Yasay Jr|Perfecto Yasay Jr|Perfecto R. Yasay Jr.",
     "Yasay"),
    ("PETER_CHRISTIAN", "Peter Christian", "FSM", "Peter M. Christian", ""),
    ("PETER_ONEILL", "Peter O'Neill", "PNG", "Peter Paire O'Neill|Peter Oneill", ""),
    ("PETER_PELLEGRINI", "Peter Pellegrini", "SVK", "", ""),
    ("PETER_SZIJJARTO", "Péter Szijjártó", "HUN", "Peter Szijjarto", ""),
    ("PETR_PAVEL", "Petr Pavel", "CZE", "", ""),
    ("PHAM_BINH_MINH", "Phạm Bình Minh", "VNM", "Pham Binh Minh", ""),
    ("PHAM_MINH_CHINH", "Phạm Minh Chính", "VNM", "Pham Minh Chinh", ""),
    ("PHANKHAM_VIPHAVANH", "Phankham Viphavanh", "LAO", "", "Phankham"),
    ("PHILIP_DAVIS", "Philip Davis", "BHS", "Philip Edward Davis|Philip Brave Davis", ""),
    ("PHILIP_MPANGO", "Philip Mpango", "TZA", "Philip Isdor Mpango", ""),
    ("PIETRO_PAROLIN", "Pietro Parolin", "VAT", "", ""),
    ("POHIVA_TUIONETOA", "Pohiva Tuʻiʻonetoa", "TON", "Pohiva Tu'i'onetoa|Pohiva Tu’i’onetoa|Pohiva Tuionetoa", ""),
    ("PRADIP_GYAWALI", "Pradeep Gyawali", "NPL", "Pradeep Kumar Gyawali|Pradip Gyawali|Pradip Kumar Gyawali", ""),
    ("PRAK_SOKHONN", "Prak Sokhonn", "KHM", "", ""),
    ("PRAVIN_JUGNAUTH", "Pravind Jugnauth", "MUS", "Pravind Kumar Jugnauth|Pravin Jugnauth", ""),
    ("PRAYUT_CHAN_O_CHA", "Prayut Chan-o-cha", "THA",
     "Prayuth Chan-ocha|Prayuth Chan-o-cha|Prayut Chan-ocha|Prayut Chan o cha",
     "Prayut|Prayuth"),
    ("PRITHVIRAJSING_ROOPUN", "Prithvirajsing Roopun", "MUS", "Pradeep Roopun|Prithvirajsing Pradeep Roopun", ""),
    ("QOHIR_RASULZODA", "Qohir Rasulzoda", "TJK", "Kokhir Rasulzoda|Kohir Rasulzoda", ""),
    ("RAMADAN_ABDALLAH_GOC", "Ramadan Abdallah Goc", "SSD",
     "Ramadan Mohamed Abdallah Goc|Ramadan Mohammed Abdallah Goc|Ramadhan Abdalla Mohammed Goc|"
     "Ramadhan Abdalla Goc",
     ""),
    ("RAMTANE_LAMAMRA", "Ramtane Lamamra", "DZA", "", ""),
    ("RANIL_WICKREMASINGHE", "Ranil Wickremesinghe", "LKA", "Ranil Wickremasinghe|Ranil Wickramasinghe", ""),
    ("RAYMOND_NDONG_SIMA", "Raymond Ndong Sima", "GAB", "", "Ndong Sima"),
    ("REBECCA_NYANDENG_DE_MABIOR", "Rebecca Nyandeng de Mabior", "SSD",
     "Rebecca Nyandeng Garang|Rebecca Nyandeng Garang de Mabior|Rebecca Nyandeng De Mabior",
     "Nyandeng|de Mabior"),
    ("RICK_HOUENIPWELA", "Rick Houenipwela", "SLB", "Ricky Nelson Houenipwela|Rick Nelson Houenipwela|Rick Hou", ""),
    ("RIMBINK_PATO", "Rimbink Pato", "PNG", "", ""),
    ("RIVO_RAKOTOVAO", "Rivo Rakotovao", "MDG", "", ""),
    ("RI_YONG_HO", "Ri Yong Ho", "PRK", "Ri Yong-ho", "Ri"),
    ("ROBERTO_ALVAREZ", "Roberto Álvarez", "DOM", "Roberto Alvarez|Roberto Álvarez Gil|Roberto Alvarez Gil", ""),
    ("ROBERT_ABELA", "Robert Abela", "MLT", "", ""),
    ("ROBERT_DUSSEY", "Robert Dussey", "TGO", "", ""),
    ("ROBERT_GOLOB", "Robert Golob", "SVN", "", ""),
    ("ROBINAH_NABBANJA", "Robinah Nabbanja", "UGA", "", ""),
    ("RODOLFO_NIN_NOVA", "Rodolfo Nin Novoa", "URY", "Rodolfo Nin Nova", "Nin Novoa"),
    ("RODRIGO_DUTERTE", "Rodrigo Duterte", "PHL", "Rodrigo Roa Duterte", ""),
    ("RUHAKANA_RUGANDA", "Ruhakana Rugunda", "UGA", "", ""),
    ("RUMEN_RADEV", "Rumen Radev", "BGR", "", ""),
    ("RUSSELL_DLAMINI", "Russell Dlamini", "SWZ", "Russell Mmiso Dlamini|Mmiso Russell Dlamini", ""),
    ("RUSS_KUN", "Russ Kun", "NRU", "Russ Joseph Kun", ""),
    ("SAADEDDINE_OTHMANI", "Saadeddine Othmani", "MAR",
     "Saad-Eddine El Othmani|Saad Eddine El Othmani|Saadeddine El Othmani|Saad-Eddine Othmani|"
     "Saad Eddine Othmani",
     ""),
    ("SABRI_BOUKADOUM", "Sabri Boukadoum", "DZA", "", ""),
    ("SAHLE_WORK_ZEWDE", "Sahle-Work Zewde", "ETH", "Sahlework Zewde", "Sahle-Work|Sahlework"),
    ("SALEUMXAY_KOMMASITH", "Saleumxay Kommasith", "LAO", "", "Saleumxay"),
    ("SAMUEL_RANGBA", "Samuel Rangba", "CAF", "", ""),
    ("SAMURA_KAMARA", "Samura Kamara", "SLE", "Samura M.W. Kamara|Samura Mathew Wilson Kamara", ""),
    ("SAM_MATEKANE", "Sam Matekane", "LSO", "Ntsokoane Samuel Matekane|Samuel Matekane|Ntsokoane Matekane", ""),
    ("SANTIAGO_PENA", "Santiago Peña", "PRY", "Santiago Pena|Santiago Peña Palacios|Santiago Pena Palacios", ""),
    ("SEBASTIAN_KURZ", "Sebastian Kurz", "AUT", "", ""),
    ("SEBASTIAN_PINERA", "Sebastián Piñera", "CHL",
     "Sebastian Pinera|Sebastián Piñera Echenique|Sebastian Pinera Echenique|"
     "Miguel Juan Sebastián Piñera Echenique",
     ""),
    ("SEFIK_DZAFEROVIC", "Šefik Džaferović", "BIH", "Sefik Dzaferovic", "Džaferović|Dzaferovic"),
    ("SERGEI_ALEINIK", "Sergei Aleinik", "BLR", "Sergey Aleinik|Syarhei Aleinik", ""),
    ("SERGE_TELLE", "Serge Telle", "MCO", "", ""),
    ("SHEHBAZ_SHARIF", "Shehbaz Sharif", "PAK", "Muhammad Shehbaz Sharif|Shahbaz Sharif", ""),
    ("SIAOSI_SOVALENI", "Siaosi Sovaleni", "TON",
     "Siaosi ʻOfakivahafolau Sovaleni|Siaosi 'Ofakivahafolau Sovaleni|Siaosi Ofakivahafolau Sovaleni",
     ""),
    ("SIDIKI_KABA", "Sidiki Kaba", "SEN", "", ""),
    ("SIMEON_OYONO_ESONO_ANGUE", "Simeón Oyono Esono Angüe", "GNQ",
     "Simeon Oyono Esono Angue|Simeón Oyono Esono Angue",
     "Oyono Esono|Oyono Esono Angüe|Oyono Esono Angue"),
    ("SIMON_COVENEY", "Simon Coveney", "IRL", "", ""),
    ("SOK_CHENDA_SOPHEA", "Sok Chenda Sophea", "KHM", "Chenda Sophea Sok", "Sok Chenda Sophea"),
    ("SONEXAY_SIPHANDONE", "Sonexay Siphandone", "LAO", "", "Sonexay"),
    ("SOPHIE_WILMES", "Sophie Wilmès", "BEL", "Sophie Wilmes", ""),
    ("SOROI_EOE", "Soroi Eoe", "PNG", "Soroi Marepo Eoe", ""),
    ("SRDJAN_DARMANOVIC", "Srđan Darmanović", "MNE", "Srdjan Darmanovic|Srdan Darmanovic", ""),
    ("SRETTHA_THAVISIN", "Srettha Thavisin", "THA", "", "Srettha"),
    ("STANLEY_KAKUBO", "Stanley Kakubo", "ZMB", "", ""),
    ("STEFAN_LOFVEN", "Stefan Löfven", "SWE", "Stefan Lofven", ""),
    ("STEVO_PENDAROVSKI", "Stevo Pendarovski", "MKD", "", ""),
    ("SURANGEL_WHIPPS_JR", "Surangel Whipps Jr.", "PLW",
     "Surangel Whipps|Surangel Whipps Jr|Surangel S. Whipps Jr.",
     "Whipps"),
    ("SUZI_CARLA_BARBOSA", "Suzi Carla Barbosa", "GNB", "Suzi Barbosa", ""),
    ("SYLVANIE_BURTON", "Sylvanie Burton", "DMA", "", ""),
    ("TABAN_DENG_GAI", "Taban Deng Gai", "SSD", "", ""),
    ("TABARE_VAZQUEZ", "Tabaré Vázquez", "URY", "Tabare Vazquez|Tabaré Ramón Vázquez Rosas", ""),
    ("TANDI_DORJI", "Tandi Dorji", "BTN", "", ""),
    ("TANETI_MAAMAU", "Taneti Maamau", "KIR", "Taneti Mamau", ""),
    ("TAYE_ATSKE_SELASSIE", "Taye Atske Selassie", "ETH",
     "Taye Atske-Selassie|Taye Atskeselassie|Taye Atske Selassie Amde",
     "Taye"),
    ("TEODORO_LOCSIN_JR", "Teodoro Locsin Jr.", "PHL",
     "Teodoro Locsin|Teodoro L. Locsin Jr.|Teodoro L. Locsin, Jr.|Teodoro Locsin Jr|Teddy Locsin|"
     "Teddy Locsin Jr.",
     "Locsin"),
    ("TERRANCE_DREW", "Terrance Drew", "KNA", "Terrance Michael Drew", ""),
    ("THONGLOUN_SISOULIT", "Thongloun Sisoulith", "LAO", "Thongloun Sisoulit|Thongloun Sisolith", "Thongloun"),
    ("THORDIS_KOLBRUN_REYKFJORD_GYLFADOTTIR", "Þórdís Kolbrún Reykfjörð Gylfadóttir", "ISL",
     "Thordis Kolbrun Reykfjord Gylfadottir|Thórdís Kolbrún Reykfjörd Gylfadóttir|"
     "Þórdís Kolbrún R. Gylfadóttir|Thordis Kolbrun R. Gylfadottir|Þórdís Kolbrún Gylfadóttir|"
     "Thordis Kolbrun Gylfadottir",
     ""),
    ("TIEMOKO_MEYLIET_KONE", "Tiémoko Meyliet Koné", "CIV", "Tiemoko Meyliet Kone", ""),
    ("TO_LAM", "Tô Lâm", "VNM", "To Lam", ""),
    ("TSAKHIAGIYN_ELBEGDORJ", "Tsakhiagiin Elbegdorj", "MNG", "Tsakhiagiyn Elbegdorj|Tsakhia Elbegdorj", ""),
    ("TSEND_MUNH_ORGIL", "Tsend Munkh-Orgil", "MNG", "Tsend Munh Orgil|Tsend Munhk Orgil|Tsend Munkh Orgil", ""),
    ("TSHERING_TOBGAY", "Tshering Tobgay", "BTN", "", ""),
    ("TSHERING_WANGCHUK", "Tshering Wangchuk", "BTN", "Lyonpo Tshering Wangchuk|Dasho Tshering Wangchuk", ""),
    ("UDUCH_SENGEBAU_SENIOR", "Uduch Sengebau Senior", "PLW",
     "Jerrlyn Uduch Sengebau Senior|J. Uduch Sengebau Senior|Uduch Sengebau-Senior|J. Uduch Sengebau-Senior",
     "Sengebau Senior|Sengebau-Senior"),
    ("UKHNA_KHURELSUKH", "Ukhnaagiin Khürelsükh", "MNG",
     "Ukhnaagiin Khurelsukh|Ukhnaa Khurelsukh|Ukhnaa Khürelsükh",
     ""),
    ("ULISSES_CORREIA_E_SILVA", "Ulisses Correia e Silva", "CPV",
     "José Ulisses Correia e Silva|Jose Ulisses Correia e Silva",
     "Correia e Silva"),
    ("UMARO_SISSOCO_EMBALO", "Umaro Sissoco Embaló", "GNB", "Umaro Sissoco Embalo|Úmaro Sissoco Embaló", ""),
    ("UMAR_ABDIRASHID_ALI_SHARMARKE", "Omar Abdirashid Ali Sharmarke", "SOM",
     "Umar Abdirashid Ali Sharmarke|Omar Abdirashid Sharmarke",
     ""),
    ("URBINO_BOTELHO", "Urbino Botelho", "STP", "Urbino José Gonçalves Botelho|Urbino Jose Goncalves Botelho", ""),
    ("VALDRACK_JAENTSCHKE", "Valdrack Jaentschke", "NIC",
     "Valdrack Ludwing Jaentschke Whitaker|Valdrack Jaentschke Whitaker",
     ""),
    ("VALERIU_STRELET", "Valeriu Streleț", "MDA", "Valeriu Strelet", ""),
    ("VERONICA_MACAMO", "Verónica Macamo", "MOZ", "Veronica Macamo|Verónica Macamo Dlhovo|Veronica Macamo Dlhovo", ""),
    ("VIOLA_AMHERD", "Viola Amherd", "CHE", "", ""),
    ("VLADIMIR_MAKEY", "Vladimir Makei", "BLR", "Vladimir Makey|Uladzimir Makei", "Makei|Makey"),
    ("VOREQE_BAINIMARAMA", "Frank Bainimarama", "FJI",
     "Voreqe Bainimarama|Josaia Voreqe Bainimarama|Josaia Voreqe Frank Bainimarama",
     ""),
    ("WALID_MUALEM", "Walid al-Muallem", "SYR",
     "Walid Muallem|Walid al-Moualem|Walid Al-Moualem|Walid al-Moallem|Walid Mualem|Walid al-Mualem",
     "al-Muallem|Muallem|al-Moualem|Moualem|al-Moallem|Moallem"),
    ("WAVEL_RAMKALAWAN", "Wavel Ramkalawan", "SYC", "", ""),
    ("WESLEY_SIMINA", "Wesley Simina", "FSM", "Wesley W. Simina", ""),
    ("WILIAME_KATONIVERE", "Wiliame Katonivere", "FJI", "Wiliame Maivalili Katonivere", ""),
    ("WORKNEH_GEBEYEHU", "Workneh Gebeyehu", "ETH",
     "Workineh Gebeyehu|Workneh Gebeyehu Negewo|Workineh Gebeyehu Negewo",
     "Workneh|Workineh"),
    ("WUNNA_MAUNG_LWIN", "Wunna Maung Lwin", "MMR", "", "Wunna Maung Lwin"),
    ("XAVIER_BETTEL", "Xavier Bettel", "LUX", "", ""),
    ("XIOMARA_CASTRO", "Xiomara Castro", "HND",
     "Iris Xiomara Castro Sarmiento|Iris Xiomara Castro|Xiomara Castro de Zelaya|Xiomara Castro Sarmiento",
     ""),
    ("YAIR_LAPID", "Yair Lapid", "ISR", "", ""),
    ("YISRAEL_KATZ", "Israel Katz", "ISR", "Yisrael Katz", ""),
    ("YLDIZ_POLLACK_BEIGHLE", "Yldiz Pollack-Beighle", "SUR", "Yldiz Pollack Beighle", ""),
    ("YOSIWO_GEORGE", "Yosiwo George", "FSM", "Yosiwo P. George", ""),
    ("YUSUF_BIN_ALAWI_BIN_ABDALLAH", "Yusuf bin Alawi bin Abdullah", "OMN",
     "Yusuf bin Alawi bin Abdallah|Yousef bin Alawi bin Abdullah|Yousef bin Alawi bin Abdulla|Yusuf bin Alawi",
     "bin Alawi|Alawi"),
    ("YVAN_GIL", "Yván Gil", "VEN", "Yvan Gil|Yván Gil Pinto|Yvan Gil Pinto|Yván Eduardo Gil Pinto", ""),
    ("ZELJKO_KOMSIC", "Željko Komšić", "BIH", "Zeljko Komsic", "Komšić|Komsic"),
    ("ZORAN_ZAEV", "Zoran Zaev", "MKD", "", ""),
    ("ZUZANA_CAPUTOVA", "Zuzana Čaputová", "SVK", "Zuzana Caputova", ""),
]

ROLES_1_6 = ROLES_1_5 + [
    ("ABDALLAH_BOU_HABIB", _FM, "LBNGOV", "LBN", "", "2021-09-10", "2025-02-08"),
    ("ABDALLA_HAMDOK", _PM, "SDNGOV", "SDN", "", "2019-08-21", "2021-10-25"),
    ("ABDALLA_HAMDOK", _PM, "SDNGOV", "SDN", "", "2021-11-21", "2022-01-02"),
    ("ABDELMADJID_TEBBOUNE", _PRES, "DZAGOV", "DZA", "", "2019-12-19", ""),
    ("ABDELMADJID_TEBBOUNE", _PM, "DZAGOV", "DZA", "", "2017-05-25", "2017-08-15"),
    ("ABDEL_FATTAH_AL_BURHAN", "Head of State", "SDNGOV", "SDN", "", "2019-04-12", ""),
    ("ABDOULAYE_DIOP_MLI", _FM, "MLIGOV", "MLI", "", "2014-04", "2017-04"),
    ("ABDOULAYE_DIOP_MLI", _FM, "MLIGOV", "MLI", "", "2021-06-07", ""),
    ("ABDOULAYE_MAIGA", _PM, "MLIGOV", "MLI", "", "2022-08-21", "2022-12-05"),
    ("ABDOULAYE_MAIGA", _PM, "MLIGOV", "MLI", "", "2024-11-21", ""),
    ("ABDULAZIZ_KAMILOV", _FM, "UZBGOV", "UZB", "", "2012-01", "2022-04-27"),
    ("ABDULLAH_BIN_ZAYED_AL_NAHYAN", _FM, "AREGOV", "ARE", "", "2006-02-09", ""),
    ("ABDULLAH_SHAHID", _FM, "MDVGOV", "MDV", "", "2018-11-17", "2023-11-17"),
    ("ABDULLATIF_BIN_RASHID_AL_ZAYANI", _FM, "BHRGOV", "BHR", "", "2020-02-11", ""),
    ("ABDUSALAM_OMER", _FM, "SOMGOV", "SOM", "", "2015-01", "2017-03"),
    ("ABIY_AHMED", _PM, "ETHGOV", "ETH", "", "2018-04-02", ""),
    ("ADAMA_BARROW", _PRES, "GMBGOV", "GMB", "", "2017-01-19", ""),
    ("ADRIANO_AFONSO_MALEIANE", _PM, "MOZGOV", "MOZ", "", "2022-03-03", "2025-01"),
    ("AGAPITO_MBA_MOKUY", _FM, "GNQGOV", "GNQ", "", "2012-05", "2018-02-06"),
    ("AHMADOU_OURY_BAH", _PM, "GINGOV", "GIN", "", "2024-02-27", ""),
    ("AHMED_ATTAF", _FM, "DZAGOV", "DZA", "", "2023-03-16", ""),
    ("AHMED_AWAD_BIN_MUBARAK", _FM, "YEMGOV", "YEM", "", "2020-12-18", "2024-02-05"),
    ("AHMED_AWAD_BIN_MUBARAK", _PM, "YEMGOV", "YEM", "", "2024-02-05", "2025-05-03"),
    ("AHMED_ISSE_AWAD", _FM, "SOMGOV", "SOM", "", "2018", "2020-11-19"),
    ("AICHATOU_BOULAMA_KANE", _FM, "NERGOV", "NER", "", "2015-02-25", "2016-04-11"),
    ("AKILISI_POHIVA", _PM, "TONGOV", "TON", "", "2014-12-30", "2019-09-12"),
    ("ALAIN_AIME_NYAMITWE", _FM, "BDIGOV", "BDI", "", "2015-05-18", "2018-04-19"),
    ("ALAIN_BERSET", _PRES, "CHEGOV", "CHE", "", "2018-01-01", "2018-12-31"),
    ("ALAIN_BERSET", _PRES, "CHEGOV", "CHE", "", "2023-01-01", "2023-12-31"),
    ("ALAIN_CLAUDE_BILIE_BY_NZE", _FM, "GABGOV", "GAB", "", "2019-06-10", "2020-07"),
    ("ALAIN_CLAUDE_BILIE_BY_NZE", _PM, "GABGOV", "GAB", "", "2023-01-09", "2023-08-30"),
    ("ALAN_PETER_CAYETANO", _FM, "PHLGOV", "PHL", "", "2017-05-18", "2018-10-17"),
    ("ALAR_KARIS", _PRES, "ESTGOV", "EST", "", "2021-10-11", ""),
    ("ALASSANE_OUATTARA", _PRES, "CIVGOV", "CIV", "", "2010-12-04", ""),
    ("ALBERT_DEL_ROSARIO", _FM, "PHLGOV", "PHL", "", "2011-02-24", "2016-03-07"),
    ("ALBERT_KOENDERS", _FM, "NLDGOV", "NLD", "", "2014-10-17", "2017-10-26"),
    ("ALBERT_SHINGIRO", _FM, "BDIGOV", "BDI", "", "2020-06-28", ""),
    ("ALEJANDRO_GIAMMATTEI", _PRES, "GTMGOV", "GTM", "", "2020-01-14", "2024-01-14"),
    ("ALEXANDER_DE_CROO", _PM, "BELGOV", "BEL", "", "2020-10-01", "2025-02-03"),
    ("ALEXANDER_SCHALLENBERG", "Chancellor", "AUTGOV", "AUT", "", "2021-10-11", "2021-12-06"),
    ("ALEXANDER_SCHALLENBERG", "Chancellor", "AUTGOV", "AUT", "", "2025-01-10", "2025-03-03"),
    ("ALEXANDER_SCHALLENBERG", _FM, "AUTGOV", "AUT", "", "2019-06-03", "2021-10-11"),
    ("ALEXANDER_SCHALLENBERG", _FM, "AUTGOV", "AUT", "", "2021-12-06", "2025-03-03"),
    ("ALFONSO_DASTIS", _FM, "ESPGOV", "ESP", "", "2016-11-04", "2018-06-07"),
    ("ALI_SABRY", _FM, "LKAGOV", "LKA", "", "2022-07-22", "2024-09-23"),
    ("ALLAMAYE_HALINA", _PM, "TCDGOV", "TCD", "", "2024-05-23", ""),
    ("ALPHA_BARRY", _FM, "BFAGOV", "BFA", "", "2016-01-12", "2021-12-13"),
    ("ALPHA_CONDE", _PRES, "GINGOV", "GIN", "", "2010-12-21", "2021-09-05"),
    ("ALVA_BAPTISTE", _FM, "LCAGOV", "LCA", "", "2011-11", "2016-06-07"),
    ("ALVA_BAPTISTE", _FM, "LCAGOV", "LCA", "", "2021-07", ""),
    ("AL_DIRDIRI_MOHAMED_AHMED", _FM, "SDNGOV", "SDN", "", "2018-05-14", "2019-04-11"),
    ("AMBROSE_DLAMINI", _PM, "SWZGOV", "SWZ", "", "2018-10-29", "2020-12-13"),
    ("AMERY_BROWNE", _FM, "TTOGOV", "TTO", "", "2020-08-19", "2025-05"),
    ("AMINA_MOHAMED", _FM, "KENGOV", "KEN", "", "2013-05-15", "2018-01-26"),
    ("AMINE_ABBA_SIDICK", _FM, "TCDGOV", "TCD", "", "2020-07-14", "2021-05-02"),
    ("ANA_BRNABIC", _PM, "SRBGOV", "SRB", "", "2017-06-29", "2024-03-20"),
    ("ANDREJ_BABIS", _PM, "CZEGOV", "CZE", "", "2017-12-06", "2021-12-17"),
    ("ANDREJ_KISKA", _PRES, "SVKGOV", "SVK", "", "2014-06-15", "2019-06-15"),
    ("ANDREJ_PLENKOVIC", _PM, "HRVGOV", "HRV", "", "2016-10-19", ""),
    ("ANDRY_RAJOELINA", _PRES, "MDGGOV", "MDG", "", "2009-03-17", "2014-01-25"),
    ("ANDRY_RAJOELINA", _PRES, "MDGGOV", "MDG", "", "2019-01-19", "2023-09-09"),
    ("ANDRY_RAJOELINA", _PRES, "MDGGOV", "MDG", "", "2023-12-16", ""),
    ("ANIBAL_CAVACO_SILVA", _PRES, "PRTGOV", "PRT", "", "2006-03-09", "2016-03-09"),
    ("ANN_LINDE", _FM, "SWEGOV", "SWE", "", "2019-09-10", "2022-10-18"),
    ("ANTONIO_RIVAS_PALACIOS", _FM, "PRYGOV", "PRY", "", "2019-07-31", "2020-10"),
    ("ANTONI_MARTI", _PM, "ANDGOV", "AND", "", "2011-05-12", "2019-05-16"),
    ("ANWAAR_UL_HAQ_KAKAR", _PM, "PAKGOV", "PAK", "", "2023-08-14", "2024-03-04"),
    ("ANWAR_IBRAHIM", _PM, "MYSGOV", "MYS", "", "2022-11-24", ""),
    ("ARARAT_MIRZOYAN", _FM, "ARMGOV", "ARM", "", "2021-08-19", ""),
    ("ARIEL_HENRY", _PM, "HTIGOV", "HTI", "", "2021-07-20", "2024-04-25"),
    ("ARNOLDO_ANDRE_TINOCO", _FM, "CRIGOV", "CRI", "", "2022-05-08", ""),
    ("ASHRAF_GHANI", _PRES, "AFGGOV", "AFG", "", "2014-09-29", "2021-08-15"),
    ("ASHWIN_ADHIN", "Vice President", "SURGOV", "SUR", "", "2015-08-12", "2020-07-16"),
    ("ASSOUMANI_AZALI", _PRES, "COMGOV", "COM", "", "2016-05-26", ""),
    ("AUGUSTINE_PHILIP_MAHIGA", _FM, "TZAGOV", "TZA", "", "2015-12-12", "2019-03-03"),
    ("AURELIEN_AGBENONCI", _FM, "BENGOV", "BEN", "", "2016-04-06", "2023-06-06"),
    ("AZIZ_AKHENOUCH", _PM, "MARGOV", "MAR", "", "2021-10-07", ""),
    ("A_J_NICHOLSON", _FM, "JAMGOV", "JAM", "", "2012-01-06", "2016-03-03"),
    ("BADR_ABDELATTY", _FM, "EGYGOV", "EGY", "", "2024-07-03", ""),
    ("BADR_ALBUSAIDI", _FM, "OMNGOV", "OMN", "", "2020-08-18", ""),
    ("BAJRAM_BEGAJ", _PRES, "ALBGOV", "ALB", "", "2022-07-24", ""),
    ("BAKARY_YAOU_SANGARE", _FM, "NERGOV", "NER", "", "2023-08-10", ""),
    ("BAKIR_IZETBEGOVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2012-03-10", "2012-11-10"),
    ("BAKIR_IZETBEGOVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2014-03-10", "2014-11-17"),
    ("BAKIR_IZETBEGOVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2016-03-17", "2016-11-17"),
    ("BAKIR_IZETBEGOVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2018-03-17", "2018-11-20"),
    ("BARHAM_SALIH", _PRES, "IRQGOV", "IRQ", "", "2018-10-02", "2022-10-17"),
    ("BARLEN_VYAPOORY", "Acting President", "MUSGOV", "MUS", "", "2018-03-23", "2019-12-02"),
    ("BARLEN_VYAPOORY", "Vice President", "MUSGOV", "MUS", "", "2016-04", "2019-12-02"),
    ("BARNABAS_SIBUSISO_DLAMINI", _PM, "SWZGOV", "SWZ", "", "2008-10", "2018-09"),
    ("BARON_WAQA", _PRES, "NRUGOV", "NRU", "", "2013-06-11", "2019-08-27"),
    ("BASSAM_SABBAGH", _FM, "SYRGOV", "SYR", "", "2024-09-23", "2024-12-08"),
    ("BASSIROU_DIOMAYE_FAYE", _PRES, "SENGOV", "SEN", "", "2024-04-02", ""),
    ("BEJI_CAID_ESSEBSI", _PRES, "TUNGOV", "TUN", "", "2014-12-31", "2019-07-25"),
    ("BEJI_CAID_ESSEBSI", _PM, "TUNGOV", "TUN", "", "2011-02-27", "2011-12-24"),
    ("BERNARDO_AREVALO", _PRES, "GTMGOV", "GTM", "", "2024-01-15", ""),
    ("BERNARD_GOUMOU", _PM, "GINGOV", "GIN", "", "2022-07-16", "2024-02-19"),
    ("BOB_LOUGHMAN", _PM, "VUTGOV", "VUT", "", "2020-04-20", "2022-11-04"),
    ("BOCCHIT_EDMOND", _FM, "HTIGOV", "HTI", "", "2018-09", "2020-03-05"),
    ("BOGDAN_AURESCU", _FM, "ROUGOV", "ROU", "", "2014-11-24", "2015-11-17"),
    ("BOGDAN_AURESCU", _FM, "ROUGOV", "ROU", "", "2019-11-04", "2023-06-15"),
    ("BOLA_TINUBU", _PRES, "NGAGOV", "NGA", "", "2023-05-29", ""),
    ("BRICE_OLIGUI_NGUEMA", _PRES, "GABGOV", "GAB", "", "2023-09-04", ""),
    ("CARLOS_ALVARADO", _PRES, "CRIGOV", "CRI", "", "2018-05-08", "2022-05-08"),
    ("CARLOS_FARIA", _FM, "VENGOV", "VEN", "", "2022-05-17", "2023-01-06"),
    ("CARLOS_RAUL_MORALES", _FM, "GTMGOV", "GTM", "", "2014", "2017-08-27"),
    ("CARLOS_VILA_NOVA", _PRES, "STPGOV", "STP", "", "2021-10-02", ""),
    ("CARL_GREENIDGE", _FM, "GUYGOV", "GUY", "", "2015-05-20", "2019"),
    ("CARL_GREENIDGE", "Vice President", "GUYGOV", "GUY", "", "2015-05-20", "2019"),
    ("CELINDA_SOSA_LUNA", _FM, "BOLGOV", "BOL", "", "2023-11-27", ""),
    ("CHANDRIKAPERSAD_SANTHOKI", _PRES, "SURGOV", "SUR", "", "2020-07-16", ""),
    ("CHARLES_FLANAGAN", _FM, "IRLGOV", "IRL", "", "2014-07-11", "2017-06-14"),
    ("CHERIF_MAHAMAT_ZENE", _FM, "TCDGOV", "TCD", "", "2017-12-24", "2020-07-14"),
    ("CHERIF_MAHAMAT_ZENE", _FM, "TCDGOV", "TCD", "", "2021-05-02", "2022-09-19"),
    ("CHINGIZ_AIDARBEKOV", _FM, "KGZGOV", "KGZ", "", "2018-04", "2020-10"),
    ("CHOGUEL_MAIGA", _PM, "MLIGOV", "MLI", "", "2021-06-07", "2024-11-20"),
    ("CHRISTOPHER_J_LOEAK", _PRES, "MHLGOV", "MHL", "", "2012-01-10", "2016-01-11"),
    ("CLAMODESTE_CURWEN", _FM, "GRDGOV", "GRD", "", "2014-12-01", "2016-07-01"),
    ("CLEOPAS_DLAMINI", _PM, "SWZGOV", "SWZ", "", "2021-07-16", "2023-09"),
    ("DACIAN_CIOLOS", _PM, "ROUGOV", "ROU", "", "2015-11-17", "2017-01-04"),
    ("DAMCHO_DORJI", _FM, "BTNGOV", "BTN", "", "2015-07", "2018-11-07"),
    ("DAMDIN_TSOGTBAATAR", _FM, "MNGGOV", "MNG", "", "2017-10", "2020-07"),
    ("DANIEL_KABLAN_DUNCAN", _FM, "CIVGOV", "CIV", "", "2011-06-01", "2012-11-21"),
    ("DANIEL_KABLAN_DUNCAN", _PM, "CIVGOV", "CIV", "", "2012-11-21", "2017-01-09"),
    ("DANIEL_KABLAN_DUNCAN", "Vice President", "CIVGOV", "CIV", "", "2017-01-10", "2020-07-13"),
    ("DANILO_MEDINA_SANCHEZ", _PRES, "DOMGOV", "DOM", "", "2012-08-16", "2020-08-16"),
    ("DARREN_HENFIELD", _FM, "BHSGOV", "BHS", "", "2017-05", "2021-09"),
    ("DATO_SERI_MAHATHIR_BIN_MOHAMAD", _PM, "MYSGOV", "MYS", "", "2018-05-10", "2020-03-01"),
    ("DAVID_ADEANG", _PRES, "NRUGOV", "NRU", "", "2023-10-30", ""),
    ("DAVID_GRANGER", _PRES, "GUYGOV", "GUY", "", "2015-05-16", "2020-08-02"),
    ("DAVID_KABUA", _PRES, "MHLGOV", "MHL", "", "2020-01-13", "2024-01-03"),
    ("DAVID_PANUELO", _PRES, "FSMGOV", "FSM", "", "2019-05-11", "2023-05-11"),
    ("DELCY_RODRIGUEZ", _FM, "VENGOV", "VEN", "", "2014-12-26", "2017-06-21"),
    ("DELCY_RODRIGUEZ", "Vice President", "VENGOV", "VEN", "", "2018-06-14", ""),
    ("DENIS_BECIROVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2024-03-16", "2024-11-16"),
    ("DENIS_MONCADA", _FM, "NICGOV", "NIC", "", "2017-01", "2024-09-05"),
    ("DENIS_SASSOU_NGUESSO", _PRES, "COGGOV", "COG", "", "1997-10-25", ""),
    ("DENNIS_MOSES", _FM, "TTOGOV", "TTO", "", "2015-09-11", "2020-08-19"),
    ("DICKON_MITCHELL", _PM, "GRDGOV", "GRD", "", "2022-06-24", ""),
    ("DICK_SCHOOF", _PM, "NLDGOV", "NLD", "", "2024-07-02", ""),
    ("DIMITAR_KOVACEVSKI", _PM, "MKDGOV", "MKD", "", "2022-01-17", "2024-01-28"),
    ("DINA_BOLUARTE", _PRES, "PERGOV", "PER", "", "2022-12-07", ""),
    ("DINA_BOLUARTE", "Vice President", "PERGOV", "PER", "", "2021-07-28", "2022-12-07"),
    ("DIONISIO_BABO_SOARES", _FM, "TLSGOV", "TLS", "", "2018-06-22", "2020-05-25"),
    ("DOMINIQUE_HASLER", _FM, "LIEGOV", "LIE", "", "2021-03-25", "2025-04-10"),
    ("DORIN_RECEAN", _PM, "MDAGOV", "MDA", "", "2023-02-16", ""),
    ("DRAGAN_COVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2015-07-17", "2016-03-17"),
    ("DRAGAN_COVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2017-07-17", "2018-03-17"),
    ("DRITAN_ABAZOVIC", _PM, "MNEGOV", "MNE", "", "2022-04-28", "2023-10-31"),
    ("DUNYA_MAUMOON", _FM, "MDVGOV", "MDV", "", "2013-11", "2016-07"),
    ("DUSKO_MARKOVIC", _PM, "MNEGOV", "MNE", "", "2016-11-28", "2020-12-04"),
    ("EAMON_COURTNEY", _FM, "BLZGOV", "BLZ", "", "2020-11", "2023-12-31"),
    ("EDGARD_LEBLANC_FILS", "Chairman of the Presidential Council", "HTIGOV", "HTI", "", "2024-04-30", "2024-10-07"),
    ("EDGARS_RINKEVICS", _FM, "LVAGOV", "LVA", "", "2011-10-25", "2023-07-08"),
    ("EDGARS_RINKEVICS", _PRES, "LVAGOV", "LVA", "", "2023-07-08", ""),
    ("EDGAR_LUNGU", _PRES, "ZMBGOV", "ZMB", "", "2015-01-25", "2021-08-24"),
    ("EDITE_TEN_JUA", _FM, "STPGOV", "STP", "", "2020-09-21", "2022-11"),
    ("EDI_RAMA", _FM, "ALBGOV", "ALB", "", "2019-01-18", "2020-12-31"),
    ("EDI_RAMA", _PM, "ALBGOV", "ALB", "", "2013-09-15", ""),
    ("EDUARD_NALBANDIAN", _FM, "ARMGOV", "ARM", "", "2008-04-24", "2018-05-12"),
    ("EGILS_LEVITS", _PRES, "LVAGOV", "LVA", "", "2019-07-08", "2023-07-08"),
    ("ELADIO_LOIZAGA", _FM, "PRYGOV", "PRY", "", "2013-08-15", "2018-08-15"),
    ("ELMAR_MAMMEDYAROV", _FM, "AZEGOV", "AZE", "", "2004-04-02", "2020-07-16"),
    ("ELMER_SCHIALER", _FM, "PERGOV", "PER", "", "2024-09-05", ""),
    ("EMMERSON_MNANGAGWA", _PRES, "ZWEGOV", "ZWE", "", "2017-11-24", ""),
    ("EMMERSON_MNANGAGWA", "Vice President", "ZWEGOV", "ZWE", "", "2014-12-12", "2017-11-06"),
    ("ENELE_SOSENE_SOPOAGA", _PM, "TUVGOV", "TUV", "", "2013-08-05", "2019-09-19"),
    ("ENRIQUE_MANALO", _FM, "PHLGOV", "PHL", "", "2022-07-01", ""),
    ("EPSY_CAMPBELL", _FM, "CRIGOV", "CRI", "", "2018-05-08", "2018-12-11"),
    ("EPSY_CAMPBELL", "Vice President", "CRIGOV", "CRI", "", "2018-05-08", "2022-05-08"),
    ("ERLAN_ABDYLDAYEV", _FM, "KGZGOV", "KGZ", "", "2012-09", "2018-04"),
    ("ERLAN_IDRISSOV", _FM, "KAZGOV", "KAZ", "", "2012-09-28", "2016-12-28"),
    ("ERNA_SOLBERG", _PM, "NORGOV", "NOR", "", "2013-10-16", "2021-10-14"),
    ("ESPEN_BARTH_EIDE", _FM, "NORGOV", "NOR", "", "2012-09-21", "2013-10-16"),
    ("ESPEN_BARTH_EIDE", _FM, "NORGOV", "NOR", "", "2023-10-16", ""),
    ("EVARISTE_NDAYISHIMYE", _PRES, "BDIGOV", "BDI", "", "2020-06-18", ""),
    ("EVARISTO_CARVALHO", _PRES, "STPGOV", "STP", "", "2016-09-03", "2021-10-02"),
    ("EZECHIEL_NIBIGIRA", _FM, "BDIGOV", "BDI", "", "2018-04-19", "2020-06-28"),
    ("FAISAL_MIQDAD", _FM, "SYRGOV", "SYR", "", "2020-11-22", "2024-09-23"),
    ("FAISAL_MIQDAD", "Vice President", "SYRGOV", "SYR", "", "2024-09-23", "2024-12-08"),
    ("FELETI_TEO", _PM, "TUVGOV", "TUV", "", "2024-02-26", ""),
    ("FELIX_TSHISEKEDI", _PRES, "CODGOV", "COD", "", "2019-01-24", ""),
    ("FERDINAND_MARCOS_JR", _PRES, "PHLGOV", "PHL", "", "2022-06-30", ""),
    ("FILIPE_NHUSSI", _PRES, "MOZGOV", "MOZ", "", "2015-01-15", "2025-01-15"),
    ("FILIP_IVANOVIC", _FM, "MNEGOV", "MNE", "", "2023-10-31", ""),
    ("FRANCISCO_BUSTILLO", _FM, "URYGOV", "URY", "", "2020-07-06", "2023-11-01"),
    ("FRANCISCO_GUTERRES", _PRES, "TLSGOV", "TLS", "", "2017-05-20", "2022-05-20"),
    ("FRANCIS_FONSECA", _FM, "BLZGOV", "BLZ", "", "2024-01", ""),
    ("FRANCOIS_LONSENY_FALL", _FM, "GINGOV", "GIN", "", "2012-10-05", "2016-01"),
    ("FREDERICK_SHAVA", _FM, "ZWEGOV", "ZWE", "", "2021-03-01", "2024-10-15"),
    ("FRED_MITCHELL", _FM, "BHSGOV", "BHS", "", "2012-05", "2017-05"),
    ("FRED_MITCHELL", _FM, "BHSGOV", "BHS", "", "2021-09", ""),
    ("GABRIELA_MICHETTI", "Vice President", "ARGGOV", "ARG", "", "2015-12-10", "2019-12-10"),
    ("GABRIEL_BORIC", _PRES, "CHLGOV", "CHL", "", "2022-03-11", ""),
    ("GASTON_BROWNE", _PM, "ATGGOV", "ATG", "", "2014-06-13", ""),
    ("GEORGE_WEAH", _PRES, "LBRGOV", "LBR", "", "2018-01-22", "2024-01-22"),
    ("GIORGI_GAKHARIA", _PM, "GEOGOV", "GEO", "", "2019-09-08", "2021-02-18"),
    ("GIORGI_KVIRIKASHVILI", _FM, "GEOGOV", "GEO", "", "2015-09-01", "2015-12-30"),
    ("GIORGI_KVIRIKASHVILI", _PM, "GEOGOV", "GEO", "", "2015-12-30", "2018-06-13"),
    ("GITANAS_NAUSEDA", _PRES, "LTUGOV", "LTU", "", "2019-07-12", ""),
    ("GJORGE_IVANOV", _PRES, "MKDGOV", "MKD", "", "2009-05-12", "2019-05-12"),
    ("GORDANA_SILJANOVSKA_DAVKOVA", _PRES, "MKDGOV", "MKD", "", "2024-05-12", ""),
    ("GOTABAYA_RAJAPAKSA", _PRES, "LKAGOV", "LKA", "", "2019-11-18", "2022-07-14"),
    ("GUDLAUGUR_THOR_THORDARSON", _FM, "ISLGOV", "ISL", "", "2017-01-11", "2021-11-28"),
    ("GUILLAUME_LONG", _FM, "ECUGOV", "ECU", "", "2016-03-03", "2017-05-24"),
    ("GUILLERMO_LASSO", _PRES, "ECUGOV", "ECU", "", "2021-05-24", "2023-11-23"),
    ("GUNNAR_BRAGI_SVEINSSON", _FM, "ISLGOV", "ISL", "", "2013-05-23", "2016-04-07"),
    ("GUSTAVO_PETRO", _PRES, "COLGOV", "COL", "", "2022-08-07", ""),
    ("GUSTAV_AITARO", _FM, "PLWGOV", "PLW", "", "2021", ""),
    ("GUY_PARMELIN", _PRES, "CHEGOV", "CHE", "", "2021-01-01", "2021-12-31"),
    ("HABIB_ESSID", _PM, "TUNGOV", "TUN", "", "2015-02-06", "2016-08-27"),
    ("HAIDAR_AL_ABADI", _PM, "IRQGOV", "IRQ", "", "2014-09-08", "2018-10-25"),
    ("HAILEMARIAM_DESALEGN", _FM, "ETHGOV", "ETH", "", "2010-10", "2012-11-29"),
    ("HAILEMARIAM_DESALEGN", _PM, "ETHGOV", "ETH", "", "2012-09-21", "2018-04-02"),
    ("HAKAINDE_HICHILEMA", _PRES, "ZMBGOV", "ZMB", "", "2021-08-24", ""),
    ("HAMADI_OULD_MEIMOU", _FM, "MRTGOV", "MRT", "", "2015", "2016"),
    ("HAMZA_ABDI_BARRE", _PM, "SOMGOV", "SOM", "", "2022-06-25", ""),
    ("HAN_ZHENG", "Vice President", "CHNGOV", "CHN", "", "2023-03-10", ""),
    ("HASINA_WAJED", _PM, "BGDGOV", "BGD", "", "2009-01-06", "2024-08-05"),
    ("HASSAN_ALI_KHAIRE", _PM, "SOMGOV", "SOM", "", "2017-03-01", "2020-07-25"),
    ("HASSOUMI_MASSAOUDOU", _FM, "NERGOV", "NER", "", "2021-04-07", "2023-07-26"),
    ("HENRY_VAN_THIO", "Vice President", "MMRGOV", "MMR", "", "2016-03-30", "2021-02-01"),
    ("HILDA_HEINE", _PRES, "MHLGOV", "MHL", "", "2016-01-28", "2020-01-13"),
    ("HILDA_HEINE", _PRES, "MHLGOV", "MHL", "", "2024-01-03", ""),
    ("HISSEIN_BRAHIM_TAHA", _FM, "TCDGOV", "TCD", "", "2017-02-05", "2018-05"),
    ("HORACIO_CARTES", _PRES, "PRYGOV", "PRY", "", "2013-08-15", "2018-08-15"),
    ("HUSSEIN_ABDELBAGI_AKOL", "Vice President", "SSDGOV", "SSD", "", "2020", "2025-02"),
    ("IBRAHIM_AL_JAFARI", _FM, "IRQGOV", "IRQ", "", "2014-09-08", "2018-10-24"),
    ("IBRAHIM_BOUBACAR_KEITA", _PRES, "MLIGOV", "MLI", "", "2013-09-04", "2020-08-18"),
    ("IBRAHIM_GHANDOUR", _FM, "SDNGOV", "SDN", "", "2015-06-06", "2018-04-19"),
    ("IBRAHIM_MOHAMED_SOLIH", _PRES, "MDVGOV", "MDV", "", "2018-11-17", "2023-11-17"),
    ("IBRAHIM_YACOUBA", _FM, "NERGOV", "NER", "", "2016-04-11", "2018-04"),
    ("IGNAZIO_CASSIS", _FM, "CHEGOV", "CHE", "", "2017-11-01", ""),
    ("IGNAZIO_CASSIS", _PRES, "CHEGOV", "CHE", "", "2022-01-01", "2022-12-31"),
    ("IGOR_DODON", _PRES, "MDAGOV", "MDA", "", "2016-12-23", "2020-12-24"),
    ("IRAKLI_GARIBASHVILI", _PM, "GEOGOV", "GEO", "", "2013-11-20", "2015-12-30"),
    ("IRAKLI_GARIBASHVILI", _PM, "GEOGOV", "GEO", "", "2021-02-22", "2024-02-08"),
    ("IRAKLI_KOBAKHIDZE", _PM, "GEOGOV", "GEO", "", "2024-02-08", ""),
    ("ISATOU_TOURAY", "Vice President", "GMBGOV", "GMB", "", "2019-03-15", "2022-05-04"),
    ("ISMAIL_OULD_CHEIKH_AHMED", _FM, "MRTGOV", "MRT", "", "2018-06-11", "2022-03"),
    ("ISSELKOU_OULD_AHMED_IZID_BIH", _FM, "MRTGOV", "MRT", "", "2016", "2018-06-11"),
    ("IVAN_DUQUE", _PRES, "COLGOV", "COL", "", "2018-08-07", "2022-08-07"),
    ("JACINDA_ARDERN", _PM, "NZLGOV", "NZL", "", "2017-10-26", "2023-01-25"),
    ("JAKOV_MILATOVIC", _PRES, "MNEGOV", "MNE", "", "2023-05-20", ""),
    ("JAKUB_KULHANEK", _FM, "CZEGOV", "CZE", "", "2021-04-21", "2021-12-17"),
    ("JAMES_MARABE", _PM, "PNGGOV", "PNG", "", "2019-05-30", ""),
    ("JANOS_ADER", _PRES, "HUNGOV", "HUN", "", "2012-05-10", "2022-05-10"),
    ("JAN_HAMACEK", _FM, "CZEGOV", "CZE", "", "2018-06-27", "2018-10-16"),
    ("JAN_HAMACEK", _FM, "CZEGOV", "CZE", "", "2021-04-12", "2021-04-21"),
    ("JAN_LIPAVSKY", _FM, "CZEGOV", "CZE", "", "2021-12-17", ""),
    ("JEANINE_ANEZ", "Acting President", "BOLGOV", "BOL", "", "2019-11-12", "2020-11-08"),
    ("JEAN_GENEUS", _FM, "HTIGOV", "HTI", "", "2021-11-24", "2024-06-12"),
    ("JEPPE_KOFOD", _FM, "DNKGOV", "DNK", "", "2019-06-27", "2022-12-15"),
    ("JEREMIAH_MANELE", _FM, "SLBGOV", "SLB", "", "2019-04", "2024-05-02"),
    ("JEREMIAH_MANELE", _PM, "SLBGOV", "SLB", "", "2024-05-02", ""),
    ("JEROME_WALCOTT", _FM, "BRBGOV", "BRB", "", "2018-05", "2022-10-26"),
    ("JEYHUN_BAYRAMOV", _FM, "AZEGOV", "AZE", "", "2020-07-16", ""),
    ("JIMMY_MORALES", _PRES, "GTMGOV", "GTM", "", "2016-01-14", "2020-01-14"),
    ("JOAO_LOURENCO", _PRES, "AGOGOV", "AGO", "", "2017-09-26", ""),
    ("JOHN_BRICENO", _PM, "BLZGOV", "BLZ", "", "2020-11-12", ""),
    ("JORGE_ARREAZA", _FM, "VENGOV", "VEN", "", "2017-08-02", "2021-08"),
    ("JORGE_ARREAZA", "Vice President", "VENGOV", "VEN", "", "2013-01-15", "2016-01-06"),
    ("JORGE_CARLOS_FONSECA", _PRES, "CPVGOV", "CPV", "", "2011-09-09", "2021-11-09"),
    ("JOSEPH_BUTORE", "Vice President", "BDIGOV", "BDI", "", "2015-08-20", "2020-06"),
    ("JOSEPH_MUSCAT", _PM, "MLTGOV", "MLT", "", "2013-03-11", "2020-01-13"),
    ("JOSE_CONDUNGUA_PACHECO", _FM, "MOZGOV", "MOZ", "", "2017-12-14", "2020-01"),
    ("JOSE_GABRIEL_CARRIZO", "Vice President", "PANGOV", "PAN", "", "2019-07-01", "2024-07-01"),
    ("JOSE_MANUEL_GARCIA_MARGALLO", _FM, "ESPGOV", "ESP", "", "2011-12-22", "2016-11-04"),
    ("JOSE_MARIO_VAZ", _PRES, "GNBGOV", "GNB", "", "2014-06-23", "2020-02-27"),
    ("JOVENEL_MOISE", _PRES, "HTIGOV", "HTI", "", "2017-02-07", "2021-07-07"),
    ("JUAN_ORLANDO_HERNANDEZ", _PRES, "HNDGOV", "HND", "", "2014-01-27", "2022-01-27"),
    ("JULIUS_MAADA_BIO", _PRES, "SLEGOV", "SLE", "", "2018-04-04", ""),
    ("KAIRAT_ABDRAKHMANOV", _FM, "KAZGOV", "KAZ", "", "2016-12-28", "2018-12-18"),
    ("KALLA_ANKOURAO", _FM, "NERGOV", "NER", "", "2018-04", "2021-04"),
    ("KAMINA_JOHNSON_SMITH", _FM, "JAMGOV", "JAM", "", "2016-03-07", ""),
    ("KARAMOKO_JEAN_MARIE_TRAORE", _FM, "BFAGOV", "BFA", "", "2023-12-17", ""),
    ("KAREN_CUMMINGS", _FM, "GUYGOV", "GUY", "", "2019-05-02", "2020-08-02"),
    ("KARIN_KNEISSL", _FM, "AUTGOV", "AUT", "", "2017-12-18", "2019-06-03"),
    ("KASHIM_SHETTIMA", "Vice President", "NGAGOV", "NGA", "", "2023-05-29", ""),
    ("KASSIM_MAJALIWA", _PM, "TZAGOV", "TZA", "", "2015-11-20", ""),
    ("KATALIN_NOVAK", _PRES, "HUNGOV", "HUN", "", "2022-05-10", "2024-02-26"),
    ("KATRIN_EGGENBERGER", _FM, "LIEGOV", "LIE", "", "2019-07", "2021-03-25"),
    ("KEITH_ROWLEY", _PM, "TTOGOV", "TTO", "", "2015-09-09", "2025-03-17"),
    ("KERSTI_KALJULAID", _PRES, "ESTGOV", "EST", "", "2016-10-10", "2021-10-11"),
    ("KHEMAIES_JHINAOUI", _FM, "TUNGOV", "TUN", "", "2016-01-12", "2019-10-29"),
    ("KLAUS_IOHANNIS", _PRES, "ROUGOV", "ROU", "", "2014-12-21", "2025-02-12"),
    ("KOMI_KLASSOU", _PM, "TGOGOV", "TGO", "", "2015-06-05", "2020-09-28"),
    ("KYRIAKOS_MITSOTAKIS", _PM, "GRCGOV", "GRC", "", "2019-07-08", "2023-05-25"),
    ("KYRIAKOS_MITSOTAKIS", _PM, "GRCGOV", "GRC", "", "2023-06-26", ""),
    ("K_P_OLI", _PM, "NPLGOV", "NPL", "", "2015-10-12", "2016-08-04"),
    ("K_P_OLI", _PM, "NPLGOV", "NPL", "", "2018-02-15", "2021-07-13"),
    ("K_P_OLI", _PM, "NPLGOV", "NPL", "", "2024-07-15", ""),
    ("LAURENTINO_CORTIZO_COHEN", _PRES, "PANGOV", "PAN", "", "2019-07-01", "2024-07-01"),
    ("LAZARUS_CHAKWERA", _PRES, "MWIGOV", "MWI", "", "2020-06-28", ""),
    ("LEJEUNE_MBELLA_MBELLA", _FM, "CMRGOV", "CMR", "", "2015-10-02", ""),
    ("LEO_VARADKAR", _PM, "IRLGOV", "IRL", "", "2017-06-14", "2020-06-27"),
    ("LEO_VARADKAR", _PM, "IRLGOV", "IRL", "", "2022-12-17", "2024-04-09"),
    ("LILJA_DOGG_ALFREDSDOTTIR", _FM, "ISLGOV", "ISL", "", "2016-04-07", "2017-01-11"),
    ("LIONEL_AINGIMEA", _PRES, "NRUGOV", "NRU", "", "2019-08-27", "2022-09-28"),
    ("LIONEL_ZINSOU", _PM, "BENGOV", "BEN", "", "2015-06-18", "2016-04-06"),
    ("LOTAY_TSHERING", _PM, "BTNGOV", "BTN", "", "2018-11-07", "2024-01-28"),
    ("LOUIS_STRAKER", _FM, "VCTGOV", "VCT", "", "2015-12", "2020-11"),
    ("LUCA_BECCARI", _FM, "SMRGOV", "SMR", "", "2020-01-08", ""),
    ("LUIS_ABINADER", _PRES, "DOMGOV", "DOM", "", "2020-08-16", ""),
    ("LUIS_FILIPE_TAVARES", _FM, "CPVGOV", "CPV", "", "2016-04-22", "2021-01-12"),
    ("LUIS_GUILLERMO_SOLIS", _PRES, "CRIGOV", "CRI", "", "2014-05-08", "2018-05-08"),
    ("LUIS_LACALLE_POU", _PRES, "URYGOV", "URY", "", "2020-03-01", "2025-03-01"),
    ("LUIS_MONTENEGRO", _PM, "PRTGOV", "PRT", "", "2024-04-02", ""),
    ("MACKY_SALL", _PRES, "SENGOV", "SEN", "", "2012-04-02", "2024-04-02"),
    ("MAHAMADOU_ISSOUFOU", _PRES, "NERGOV", "NER", "", "2011-04-07", "2021-04-02"),
    ("MAHAMAT_SALEH_ANNADIF", _FM, "TCDGOV", "TCD", "", "2022-10-14", "2024-05-27"),
    ("MAHAMOUD_ALI_YOUSSOUF", _FM, "DJIGOV", "DJI", "", "2005", "2025-03"),
    ("MAIA_SANDU", _PRES, "MDAGOV", "MDA", "", "2020-12-24", ""),
    ("MAIA_SANDU", _PM, "MDAGOV", "MDA", "", "2019-06-08", "2019-11-14"),
    ("MAITHRIPALA_SIRISENA", _PRES, "LKAGOV", "LKA", "", "2015-01-09", "2019-11-18"),
    ("MAMADI_DOUMBOUYA", _PRES, "GINGOV", "GIN", "", "2021-10-01", ""),
    ("MAMADI_TOURE", _FM, "GINGOV", "GIN", "", "2017", "2021-01-29"),
    ("MAMUKA_BAKHTADZE", _PM, "GEOGOV", "GEO", "", "2018-06-20", "2019-09-02"),
    ("MANASSEH_SOGAVARE", _PM, "SLBGOV", "SLB", "", "2014-12-09", "2017-11-06"),
    ("MANASSEH_SOGAVARE", _PM, "SLBGOV", "SLB", "", "2019-04-24", "2024-05-02"),
    ("MANUEL_SALVADOR_DOS_RAMOS", _FM, "STPGOV", "STP", "", "2014-11", "2016-10"),
    ("MANUEL_VICENTE", "Vice President", "AGOGOV", "AGO", "", "2012-09-26", "2017-09-26"),
    ("MARCELO_REBELO_DE_SOUSA", _PRES, "PRTGOV", "PRT", "", "2016-03-09", ""),
    ("MARGOT_WALLSTROM", _FM, "SWEGOV", "SWE", "", "2014-10-03", "2019-09-10"),
    ("MARIAM_CHABI_TALATA", "Vice President", "BENGOV", "BEN", "", "2021-05-23", ""),
    ("MARIA_MALMER_STENERGARD", _FM, "SWEGOV", "SWE", "", "2024-09-10", ""),
    ("MARIO_ABDO_BENITEZ", _PRES, "PRYGOV", "PRY", "", "2018-08-15", "2023-08-15"),
    ("MARIS_SANGIAMPONGSA", _FM, "THAGOV", "THA", "", "2024-04-30", ""),
    ("MARJAN_SAREC", _PM, "SVNGOV", "SVN", "", "2018-09-13", "2020-03-13"),
    ("MARK_BRANTLEY", _FM, "KNAGOV", "KNA", "", "2015-02", "2022-08"),
    ("MARTIN_VIZCARRA", _PRES, "PERGOV", "PER", "", "2018-03-23", "2020-11-09"),
    ("MARTIN_VIZCARRA", "Vice President", "PERGOV", "PER", "", "2016-07-28", "2018-03-23"),
    ("MAXIM_RYZHENKOV", _FM, "BLRGOV", "BLR", "", "2024-04-09", ""),
    ("MBAE_MOHAMED", _FM, "COMGOV", "COM", "", "2024-07", ""),
    ("METTE_FREDERIKSEN", _PM, "DNKGOV", "DNK", "", "2019-06-27", ""),
    ("MIA_MOTTLEY", _PM, "BRBGOV", "BRB", "", "2018-05-25", ""),
    ("MICHAEL_D_HIGGINS", _PRES, "IRLGOV", "IRL", "", "2011-11-11", ""),
    ("MICHEL_AOUN", _PRES, "LBNGOV", "LBN", "", "2016-10-31", "2022-10-31"),
    ("MICHEL_MARTELLY", _PRES, "HTIGOV", "HTI", "", "2011-05-14", "2016-02-07"),
    ("MIGUEL_VARGAS", _FM, "DOMGOV", "DOM", "", "2016-08-16", "2020-08-16"),
    ("MILOS_ZEMAN", _PRES, "CZEGOV", "CZE", "", "2013-03-08", "2023-03-08"),
    ("MILO_DUKANOVIC", _PRES, "MNEGOV", "MNE", "", "2018-05-20", "2023-05-20"),
    ("MILO_DUKANOVIC", _PM, "MNEGOV", "MNE", "", "2008-02-29", "2010-12-29"),
    ("MILO_DUKANOVIC", _PM, "MNEGOV", "MNE", "", "2012-12-04", "2016-11-28"),
    ("MIROSLAV_LAJCAK", _FM, "SVKGOV", "SVK", "", "2009-01-26", "2010-07-08"),
    ("MIROSLAV_LAJCAK", _FM, "SVKGOV", "SVK", "", "2012-04-04", "2020-03-21"),
    ("MIRO_CERAR", _FM, "SVNGOV", "SVN", "", "2018-09-13", "2020-03-13"),
    ("MIRO_CERAR", _PM, "SVNGOV", "SVN", "", "2014-09-18", "2018-09-13"),
    ("MOEKETSI_MAJORO", _PM, "LSOGOV", "LSO", "", "2020-05-20", "2022-10-28"),
    ("MOHAMAD_HASAN", _FM, "MYSGOV", "MYS", "", "2023-12-12", ""),
    ("MOHAMED_ALI_NAFTI", _FM, "TUNGOV", "TUN", "", "2024-08-25", ""),
    ("MOHAMED_AL_MENFI", "Chairman of the Presidential Council", "LBYGOV", "LBY", "", "2021-03-15", ""),
    ("MOHAMED_ASIM", _FM, "MDVGOV", "MDV", "", "2016-07", "2018-11-17"),
    ("MOHAMED_BAZOUM", _FM, "NERGOV", "NER", "", "2011-04-21", "2015-02-25"),
    ("MOHAMED_BAZOUM", _PRES, "NERGOV", "NER", "", "2021-04-02", "2023-07-26"),
    ("MOHAMED_JULDEH_JALLOH", "Vice President", "SLEGOV", "SLE", "", "2018-04-04", ""),
    ("MOHAMED_MUIZZU", _PRES, "MDVGOV", "MDV", "", "2023-11-17", ""),
    ("MOHAMED_OULD_GHAZOUANI", _PRES, "MRTGOV", "MRT", "", "2019-08-01", ""),
    ("MOHAMED_SALEM_OULD_MERZOUG", _FM, "MRTGOV", "MRT", "", "2022-03", ""),
    ("MOHAMED_SIALA", _FM, "LBYGOV", "LBY", "", "2016", "2021-03-15"),
    ("MOHAMMED_AL_HADHRAMI", _FM, "YEMGOV", "YEM", "", "2019", "2020-12-18"),
    ("MOKGWEETSI_MASISI", _PRES, "BWAGOV", "BWA", "", "2018-04-01", "2024-11-01"),
    ("MOKGWEETSI_MASISI", "Vice President", "BWAGOV", "BWA", "", "2014-11-12", "2018-04-01"),
    ("MOTSOAHAE_THOMAS_THABANE", _PM, "LSOGOV", "LSO", "", "2012-06-08", "2015-03-17"),
    ("MOTSOAHAE_THOMAS_THABANE", _PM, "LSOGOV", "LSO", "", "2017-06-16", "2020-05-19"),
    ("MUHAMMADU_BUHARI", _PRES, "NGAGOV", "NGA", "", "2015-05-29", "2023-05-29"),
    ("MUHAMMAD_B_S_JALLOW", "Vice President", "GMBGOV", "GMB", "", "2023-02-24", ""),
    ("MUHAMMAD_YUNUS", "Chief Adviser", "BGDGOV", "BGD", "", "2024-08-08", ""),
    ("MUHAMMAD_YUSUF_KALLA", "Vice President", "IDNGOV", "IDN", "", "2014-10-20", "2019-10-20"),
    ("MULAMBO_HAIMBE", _FM, "ZMBGOV", "ZMB", "", "2024-06", ""),
    ("MUSTAFA_AL_KADHIMI", _PM, "IRQGOV", "IRQ", "", "2020-05-07", "2022-10-27"),
    ("NABIL_AMMAR", _FM, "TUNGOV", "TUN", "", "2023-02-07", "2024-08-25"),
    ("NAFTALI_BENNETT", _PM, "ISRGOV", "ISR", "", "2021-06-13", "2022-06-30"),
    ("NAJIB_MIKATI", _PM, "LBNGOV", "LBN", "", "2011-06-13", "2014-02-15"),
    ("NAJIB_MIKATI", _PM, "LBNGOV", "LBN", "", "2021-09-10", "2025-02-08"),
    ("NANAIA_MAHUTA", _FM, "NZLGOV", "NZL", "", "2020-11-06", "2023-11-27"),
    ("NANA_AKUFU_ADDO", _PRES, "GHAGOV", "GHA", "", "2017-01-07", "2025-01-07"),
    ("NARAYAN_KHADKA", _FM, "NPLGOV", "NPL", "", "2021-09-22", "2022-12-26"),
    ("NASSER_BOURITA", _FM, "MARGOV", "MAR", "", "2017-04-05", ""),
    ("NATASA_PIRC_MUSAR", _PRES, "SVNGOV", "SVN", "", "2022-12-23", ""),
    ("NAYIB_BUKELE", _PRES, "SLVGOV", "SLV", "", "2019-06-01", "2023-12-01"),
    ("NAYIB_BUKELE", _PRES, "SLVGOV", "SLV", "", "2024-06-01", ""),
    ("NGUYEN_PHU_TRONG", _PRES, "VNMGOV", "VNM", "", "2018-10-23", "2021-04-05"),
    ("NICOS_ANASTASIADES", _PRES, "CYPGOV", "CYP", "", "2013-02-28", "2023-02-28"),
    ("NIERMALA_BADRISING", _FM, "SURGOV", "SUR", "", "2015-08-12", "2017-02-01"),
    ("NIKENIKE_VUROBARAVU", _PRES, "VUTGOV", "VUT", "", "2022-07-23", ""),
    ("NIKOLAY_MILKOV", _FM, "BGRGOV", "BGR", "", "2022-08-02", "2023-06-06"),
    ("NIKOL_PASHINYAN", _PM, "ARMGOV", "ARM", "", "2018-05-08", ""),
    ("NIKOS_CHRISTODOULIDES", _FM, "CYPGOV", "CYP", "", "2018-03-01", "2022-01"),
    ("NIKOS_CHRISTODOULIDES", _PRES, "CYPGOV", "CYP", "", "2023-02-28", ""),
    ("NIKOS_KOTZIAS", _FM, "GRCGOV", "GRC", "", "2015-01-27", "2015-08-28"),
    ("NIKOS_KOTZIAS", _FM, "GRCGOV", "GRC", "", "2015-09-23", "2018-10-17"),
    ("NTSAY_CHRISTIAN", _PM, "MDGGOV", "MDG", "", "2018-06-06", ""),
    ("OLIVER_JOSEPH", _FM, "GRDGOV", "GRD", "", "2020", "2022-06-24"),
    ("OLUSHEGUN_ADJADI_BAKARI", _FM, "BENGOV", "BEN", "", "2023-06-06", ""),
    ("OMAR_HALLESLEVENS", "Vice President", "NICGOV", "NIC", "", "2012-01-10", "2017-01-10"),
    ("OTHMAN_JERANDI", _FM, "TUNGOV", "TUN", "", "2013-03-14", "2014-01-29"),
    ("OTHMAN_JERANDI", _FM, "TUNGOV", "TUN", "", "2020-09-02", "2023-02-07"),
    ("PALAMAGAMBA_KABUDI", _FM, "TZAGOV", "TZA", "", "2019-03-03", "2021-03-31"),
    ("PATRICE_TALON", _PRES, "BENGOV", "BEN", "", "2016-04-06", ""),
    ("PATRICE_TROVOADA", _PM, "STPGOV", "STP", "", "2010-08-14", "2012-12-10"),
    ("PATRICE_TROVOADA", _PM, "STPGOV", "STP", "", "2014-11-29", "2018-12-03"),
    ("PATRICE_TROVOADA", _PM, "STPGOV", "STP", "", "2022-11-11", "2025-01-06"),
    ("PAUL_HENRI_SANDAOGO_DAMIBA", _PRES, "BFAGOV", "BFA", "", "2022-01-24", "2022-09-30"),
    ("PAUL_RICHARD_GALLAGHER", _FM, "VATGOV", "VAT", "", "2014-11-08", ""),
    ("PAVEL_FILIP", _PM, "MDAGOV", "MDA", "", "2016-01-20", "2019-06-08"),
    ("PEDRO_BROLO", _FM, "GTMGOV", "GTM", "", "2020-01-14", "2022"),
    ("PEDRO_CASTILLO", _PRES, "PERGOV", "PER", "", "2021-07-28", "2022-12-07"),
    ("PEDRO_PABLO_KUCZYNSKI", _PRES, "PERGOV", "PER", "", "2016-07-28", "2018-03-23"),
    ("PEDRO_SANCHEZ", _PM, "ESPGOV", "ESP", "", "2018-06-02", ""),
    ("PERFECTO_YASAY_JR", _FM, "PHLGOV", "PHL", "", "2016-06-30", "2017-03-08"),
    ("PETER_CHRISTIAN", _PRES, "FSMGOV", "FSM", "", "2015-05-11", "2019-05-11"),
    ("PETER_ONEILL", _PM, "PNGGOV", "PNG", "", "2011-08-02", "2019-05-30"),
    ("PETER_PELLEGRINI", _PRES, "SVKGOV", "SVK", "", "2024-06-15", ""),
    ("PETER_PELLEGRINI", _PM, "SVKGOV", "SVK", "", "2018-03-22", "2020-03-21"),
    ("PETER_SZIJJARTO", _FM, "HUNGOV", "HUN", "", "2014-09-23", ""),
    ("PETR_PAVEL", _PRES, "CZEGOV", "CZE", "", "2023-03-09", ""),
    ("PHAM_BINH_MINH", _FM, "VNMGOV", "VNM", "", "2011-08-03", "2021-04-08"),
    ("PHAM_MINH_CHINH", _PM, "VNMGOV", "VNM", "", "2021-04-05", ""),
    ("PHANKHAM_VIPHAVANH", _PM, "LAOGOV", "LAO", "", "2021-03-22", "2022-12-30"),
    ("PHANKHAM_VIPHAVANH", "Vice President", "LAOGOV", "LAO", "", "2016-04-20", "2021-03-22"),
    ("PHILIP_DAVIS", _PM, "BHSGOV", "BHS", "", "2021-09-17", ""),
    ("PHILIP_MPANGO", "Vice President", "TZAGOV", "TZA", "", "2021-03-31", ""),
    ("PHILIP_PIERRE", _PM, "LCAGOV", "LCA", "", "2021-07-28", ""),
    ("PIETRO_PAROLIN", "Secretary of State", "VATGOV", "VAT", "", "2013-10-15", ""),
    ("POHIVA_TUIONETOA", _PM, "TONGOV", "TON", "", "2019-10-08", "2021-12-27"),
    ("PRADIP_GYAWALI", _FM, "NPLGOV", "NPL", "", "2018-03", "2021-06-04"),
    ("PRAK_SOKHONN", _FM, "KHMGOV", "KHM", "", "2016-04-04", "2023-08-22"),
    ("PRAVIN_JUGNAUTH", _PM, "MUSGOV", "MUS", "", "2017-01-23", "2024-11-13"),
    ("PRAYUT_CHAN_O_CHA", _PM, "THAGOV", "THA", "", "2014-08-24", "2023-08-22"),
    ("PRITHVIRAJSING_ROOPUN", _PRES, "MUSGOV", "MUS", "", "2019-12-02", "2024-12-06"),
    ("PUSHPA_KAMAL_DAHAL", _PM, "NPLGOV", "NPL", "", "2016-08-04", "2017-06-07"),
    ("PUSHPA_KAMAL_DAHAL", _PM, "NPLGOV", "NPL", "", "2022-12-26", "2024-07-15"),
    ("QOHIR_RASULZODA", _PM, "TJKGOV", "TJK", "", "2013-11-23", ""),
    ("RAMADAN_ABDALLAH_GOC", _FM, "SSDGOV", "SSD", "", "2024-04", "2025-04-09"),
    ("RAMTANE_LAMAMRA", _FM, "DZAGOV", "DZA", "", "2013-09-11", "2017-05-25"),
    ("RAMTANE_LAMAMRA", _FM, "DZAGOV", "DZA", "", "2019-03-11", "2019-03-31"),
    ("RAMTANE_LAMAMRA", _FM, "DZAGOV", "DZA", "", "2021-07-07", "2023-03-16"),
    ("RANIL_WICKREMASINGHE", "Acting President", "LKAGOV", "LKA", "", "2022-07-15", "2022-07-21"),
    ("RANIL_WICKREMASINGHE", _PRES, "LKAGOV", "LKA", "", "2022-07-21", "2024-09-23"),
    ("RANIL_WICKREMASINGHE", _PM, "LKAGOV", "LKA", "", "2015-01-09", "2018-10-26"),
    ("RANIL_WICKREMASINGHE", _PM, "LKAGOV", "LKA", "", "2018-12-16", "2019-11-21"),
    ("RANIL_WICKREMASINGHE", _PM, "LKAGOV", "LKA", "", "2022-05-12", "2022-07-21"),
    ("RAYMOND_NDONG_SIMA", _PM, "GABGOV", "GAB", "", "2012-02-27", "2014-01-24"),
    ("RAYMOND_NDONG_SIMA", _PM, "GABGOV", "GAB", "", "2023-09-07", "2025-05-05"),
    ("REBECCA_NYANDENG_DE_MABIOR", "Vice President", "SSDGOV", "SSD", "", "2020-02-22", ""),
    ("RICK_HOUENIPWELA", _PM, "SLBGOV", "SLB", "", "2017-11-15", "2019-04-24"),
    ("RIMBINK_PATO", _FM, "PNGGOV", "PNG", "", "2012-08", "2019-06-07"),
    ("RIVO_RAKOTOVAO", "Acting President", "MDGGOV", "MDG", "", "2018-09-07", "2019-01-19"),
    ("RI_YONG_HO", _FM, "PRKGOV", "PRK", "", "2016-05", "2020-01"),
    ("ROBERTO_ALVAREZ", _FM, "DOMGOV", "DOM", "", "2020-08-16", ""),
    ("ROBERT_ABELA", _PM, "MLTGOV", "MLT", "", "2020-01-13", ""),
    ("ROBERT_DUSSEY", _FM, "TGOGOV", "TGO", "", "2013-09-17", ""),
    ("ROBERT_GOLOB", _PM, "SVNGOV", "SVN", "", "2022-06-01", ""),
    ("ROBINAH_NABBANJA", _PM, "UGAGOV", "UGA", "", "2021-06-21", ""),
    ("ROCH_MARC_CHRISTIAN_KABORE", _PRES, "BFAGOV", "BFA", "", "2015-12-29", "2022-01-24"),
    ("RODOLFO_NIN_NOVA", _FM, "URYGOV", "URY", "", "2015-03-01", "2020-03-01"),
    ("RODOLFO_NIN_NOVA", "Vice President", "URYGOV", "URY", "", "2005-03-01", "2010-03-01"),
    ("RODRIGO_DUTERTE", _PRES, "PHLGOV", "PHL", "", "2016-06-30", "2022-06-30"),
    ("RUHAKANA_RUGANDA", _PM, "UGAGOV", "UGA", "", "2014-09-18", "2021-06-21"),
    ("RUI_MARIA_DE_ARAUJO", _PM, "TLSGOV", "TLS", "", "2015-02-16", "2017-09-15"),
    ("RUMEN_RADEV", _PRES, "BGRGOV", "BGR", "", "2017-01-22", ""),
    ("RUSSELL_DLAMINI", _PM, "SWZGOV", "SWZ", "", "2023-11-03", ""),
    ("RUSS_KUN", _PRES, "NRUGOV", "NRU", "", "2022-09-28", "2023-10-30"),
    ("SAADEDDINE_OTHMANI", _FM, "MARGOV", "MAR", "", "2012-01-03", "2013-10-10"),
    ("SAADEDDINE_OTHMANI", _PM, "MARGOV", "MAR", "", "2017-03-17", "2021-10-07"),
    ("SABRI_BOUKADOUM", _FM, "DZAGOV", "DZA", "", "2019-03-31", "2021-07-07"),
    ("SAHLE_WORK_ZEWDE", _PRES, "ETHGOV", "ETH", "", "2018-10-25", "2024-10-07"),
    ("SALEUMXAY_KOMMASITH", _FM, "LAOGOV", "LAO", "", "2016-04-20", "2024-11-18"),
    ("SALOME_ZOURABICHVILI", _PRES, "GEOGOV", "GEO", "", "2018-12-16", "2024-12-29"),
    ("SAMUEL_RANGBA", _FM, "CAFGOV", "CAF", "", "2015", "2016-04"),
    ("SAMURA_KAMARA", _FM, "SLEGOV", "SLE", "", "2012", "2017"),
    ("SAM_MATEKANE", _PM, "LSOGOV", "LSO", "", "2022-10-28", ""),
    ("SANTIAGO_PENA", _PRES, "PRYGOV", "PRY", "", "2023-08-15", ""),
    ("SAULI_NIINISTO", _PRES, "FINGOV", "FIN", "", "2012-03-01", "2024-03-01"),
    ("SEBASTIAN_KURZ", "Chancellor", "AUTGOV", "AUT", "", "2017-12-18", "2019-05-28"),
    ("SEBASTIAN_KURZ", "Chancellor", "AUTGOV", "AUT", "", "2020-01-07", "2021-10-11"),
    ("SEBASTIAN_KURZ", _FM, "AUTGOV", "AUT", "", "2013-12-16", "2017-12-18"),
    ("SEBASTIAN_PINERA", _PRES, "CHLGOV", "CHL", "", "2010-03-11", "2014-03-11"),
    ("SEBASTIAN_PINERA", _PRES, "CHLGOV", "CHL", "", "2018-03-11", "2022-03-11"),
    ("SEFIK_DZAFEROVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2020-03-20", "2020-11-20"),
    ("SEFIK_DZAFEROVIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2022-03-20", "2022-11-16"),
    ("SERGEI_ALEINIK", _FM, "BLRGOV", "BLR", "", "2022-12-13", "2024-04-09"),
    ("SERGE_TELLE", _PM, "MCOGOV", "MCO", "", "2016-02-01", "2020-09-01"),
    ("SHAHID_KHAQAN_ABBASI", _PM, "PAKGOV", "PAK", "", "2017-08-01", "2018-05-31"),
    ("SHEHBAZ_SHARIF", _PM, "PAKGOV", "PAK", "", "2022-04-11", "2023-08-14"),
    ("SHEHBAZ_SHARIF", _PM, "PAKGOV", "PAK", "", "2024-03-04", ""),
    ("SHER_BAHADUR_DEUBA", _PM, "NPLGOV", "NPL", "", "2017-06-07", "2018-02-15"),
    ("SHER_BAHADUR_DEUBA", _PM, "NPLGOV", "NPL", "", "2021-07-13", "2022-12-26"),
    ("SIAOSI_SOVALENI", _PM, "TONGOV", "TON", "", "2021-12-27", "2024-12-09"),
    ("SIDIKI_KABA", _FM, "SENGOV", "SEN", "", "2017-09-06", "2019-04-07"),
    ("SIDIKI_KABA", _PM, "SENGOV", "SEN", "", "2024-03-06", "2024-04-02"),
    ("SIMEON_OYONO_ESONO_ANGUE", _FM, "GNQGOV", "GNQ", "", "2018-02-06", ""),
    ("SIMON_COVENEY", _FM, "IRLGOV", "IRL", "", "2017-06-14", "2022-12-17"),
    ("SITIVENI_RABUKA", _PM, "FJIGOV", "FJI", "", "2022-12-24", ""),
    ("SOK_CHENDA_SOPHEA", _FM, "KHMGOV", "KHM", "", "2023-08-22", ""),
    ("SONEXAY_SIPHANDONE", _PM, "LAOGOV", "LAO", "", "2022-12-30", ""),
    ("SOPHIE_WILMES", _FM, "BELGOV", "BEL", "", "2020-10-01", "2022-07-15"),
    ("SOPHIE_WILMES", _PM, "BELGOV", "BEL", "", "2019-10-27", "2020-10-01"),
    ("SOROI_EOE", _FM, "PNGGOV", "PNG", "", "2019-06-07", "2019-11-08"),
    ("SOROI_EOE", _FM, "PNGGOV", "PNG", "", "2020-12-20", "2022-08-23"),
    ("SRDJAN_DARMANOVIC", _FM, "MNEGOV", "MNE", "", "2016-11-28", "2020-12-04"),
    ("SRETTHA_THAVISIN", _PM, "THAGOV", "THA", "", "2023-08-22", "2024-08-14"),
    ("STANLEY_KAKUBO", _FM, "ZMBGOV", "ZMB", "", "2021-09", "2023-12-26"),
    ("STEFAN_LOFVEN", _PM, "SWEGOV", "SWE", "", "2014-10-03", "2021-11-30"),
    ("STEVO_PENDAROVSKI", _PRES, "MKDGOV", "MKD", "", "2019-05-12", "2024-05-12"),
    ("SURANGEL_WHIPPS_JR", _PRES, "PLWGOV", "PLW", "", "2021-01-21", ""),
    ("SUZI_CARLA_BARBOSA", _FM, "GNBGOV", "GNB", "", "2019-07", "2020-02"),
    ("SUZI_CARLA_BARBOSA", _FM, "GNBGOV", "GNB", "", "2020-03", "2023-08"),
    ("SYLVANIE_BURTON", _PRES, "DMAGOV", "DMA", "", "2023-10-02", ""),
    ("TABAN_DENG_GAI", "Vice President", "SSDGOV", "SSD", "", "2016-07-26", ""),
    ("TABARE_VAZQUEZ", _PRES, "URYGOV", "URY", "", "2005-03-01", "2010-03-01"),
    ("TABARE_VAZQUEZ", _PRES, "URYGOV", "URY", "", "2015-03-01", "2020-03-01"),
    ("TAMMAM_SALAM", _PM, "LBNGOV", "LBN", "", "2014-02-15", "2016-12-18"),
    ("TANDI_DORJI", _FM, "BTNGOV", "BTN", "", "2018-11-07", "2024-01-28"),
    ("TANETI_MAAMAU", _FM, "KIRGOV", "KIR", "", "2016-03-11", ""),
    ("TANETI_MAAMAU", _PRES, "KIRGOV", "KIR", "", "2016-03-11", ""),
    ("TAUKELINA_FINIKASO", _FM, "TUVGOV", "TUV", "", "2013-08-05", "2019-09-09"),
    ("TAYE_ATSKE_SELASSIE", _FM, "ETHGOV", "ETH", "", "2024-02-08", "2024-10-07"),
    ("TAYE_ATSKE_SELASSIE", _PRES, "ETHGOV", "ETH", "", "2024-10-07", ""),
    ("TEODORO_LOCSIN_JR", _FM, "PHLGOV", "PHL", "", "2018-10-17", "2022-06-30"),
    ("TERRANCE_DREW", _PM, "KNAGOV", "KNA", "", "2022-08-06", ""),
    ("THONGLOUN_SISOULIT", _FM, "LAOGOV", "LAO", "", "2006-06-08", "2016-04-20"),
    ("THONGLOUN_SISOULIT", _PRES, "LAOGOV", "LAO", "", "2021-03-22", ""),
    ("THONGLOUN_SISOULIT", _PM, "LAOGOV", "LAO", "", "2016-04-20", "2021-03-22"),
    ("THORDIS_KOLBRUN_REYKFJORD_GYLFADOTTIR", _FM, "ISLGOV", "ISL", "", "2021-11-28", "2023-10-14"),
    ("THORDIS_KOLBRUN_REYKFJORD_GYLFADOTTIR", _FM, "ISLGOV", "ISL", "", "2024-04-10", "2024-12-21"),
    ("TIEMOKO_MEYLIET_KONE", "Vice President", "CIVGOV", "CIV", "", "2022-04-19", ""),
    ("TO_LAM", _PRES, "VNMGOV", "VNM", "", "2024-05-22", "2024-10-21"),
    ("TSAKHIAGIYN_ELBEGDORJ", _PRES, "MNGGOV", "MNG", "", "2009-06-18", "2017-07-10"),
    ("TSEND_MUNH_ORGIL", _FM, "MNGGOV", "MNG", "", "2016-07", "2017-10"),
    ("TSHERING_TOBGAY", _PM, "BTNGOV", "BTN", "", "2013-07-27", "2018-08-09"),
    ("TSHERING_TOBGAY", _PM, "BTNGOV", "BTN", "", "2024-01-28", ""),
    ("TSHERING_WANGCHUK", "Chief Adviser", "BTNGOV", "BTN", "", "2018-08-09", "2018-11-07"),
    ("UDUCH_SENGEBAU_SENIOR", _FM, "PLWGOV", "PLW", "", "2021-01-21", "2021-07"),
    ("UDUCH_SENGEBAU_SENIOR", "Vice President", "PLWGOV", "PLW", "", "2021-01-21", "2025-01-16"),
    ("UKHNA_KHURELSUKH", _PRES, "MNGGOV", "MNG", "", "2021-06-25", ""),
    ("UKHNA_KHURELSUKH", _PM, "MNGGOV", "MNG", "", "2017-10-04", "2021-01-27"),
    ("ULISSES_CORREIA_E_SILVA", _PM, "CPVGOV", "CPV", "", "2016-04-22", ""),
    ("UMARO_SISSOCO_EMBALO", _PRES, "GNBGOV", "GNB", "", "2020-02-27", ""),
    ("UMARO_SISSOCO_EMBALO", _PM, "GNBGOV", "GNB", "", "2016-11-18", "2018-01-16"),
    ("UMAR_ABDIRASHID_ALI_SHARMARKE", _PM, "SOMGOV", "SOM", "", "2009-02-14", "2010-09-21"),
    ("UMAR_ABDIRASHID_ALI_SHARMARKE", _PM, "SOMGOV", "SOM", "", "2014-12-24", "2017-03-01"),
    ("URBINO_BOTELHO", _FM, "STPGOV", "STP", "", "2016-10", "2018-12"),
    ("VALDRACK_JAENTSCHKE", _FM, "NICGOV", "NIC", "", "2024-09-05", ""),
    ("VALERIU_STRELET", _PM, "MDAGOV", "MDA", "", "2015-07-30", "2015-10-29"),
    ("VERONICA_MACAMO", _FM, "MOZGOV", "MOZ", "", "2020-01-17", "2025-01"),
    ("VIOLA_AMHERD", _PRES, "CHEGOV", "CHE", "", "2024-01-01", "2024-12-31"),
    ("VLADIMIR_MAKEY", _FM, "BLRGOV", "BLR", "", "2012-08-20", "2022-11-26"),
    ("VLADIMIR_NOROV", _FM, "UZBGOV", "UZB", "", "2022-04-27", "2022-12-30"),
    ("VOREQE_BAINIMARAMA", _PM, "FJIGOV", "FJI", "", "2007-01-05", "2022-12-24"),
    ("WALID_MUALEM", _FM, "SYRGOV", "SYR", "", "2006-02-11", "2020-11-16"),
    ("WAVEL_RAMKALAWAN", _PRES, "SYCGOV", "SYC", "", "2020-10-26", ""),
    ("WESLEY_SIMINA", _PRES, "FSMGOV", "FSM", "", "2023-05-11", ""),
    ("WILIAME_KATONIVERE", _PRES, "FJIGOV", "FJI", "", "2021-11-12", ""),
    ("WINSTON_PETERS", _FM, "NZLGOV", "NZL", "", "2017-10-26", "2020-11-06"),
    ("WINSTON_PETERS", _FM, "NZLGOV", "NZL", "", "2023-11-27", ""),
    ("WORKNEH_GEBEYEHU", _FM, "ETHGOV", "ETH", "", "2016-11-01", "2019-03"),
    ("WUNNA_MAUNG_LWIN", _FM, "MMRGOV", "MMR", "", "2011-03-30", "2016-03-30"),
    ("WUNNA_MAUNG_LWIN", _FM, "MMRGOV", "MMR", "", "2021-02-01", "2023-02-01"),
    ("XAVIER_BETTEL", _FM, "LUXGOV", "LUX", "", "2023-11-17", ""),
    ("XAVIER_BETTEL", _PM, "LUXGOV", "LUX", "", "2013-12-04", "2023-11-17"),
    ("XIOMARA_CASTRO", _PRES, "HNDGOV", "HND", "", "2022-01-27", ""),
    ("YAIR_LAPID", _FM, "ISRGOV", "ISR", "", "2021-06-13", "2022-12-29"),
    ("YAIR_LAPID", _PM, "ISRGOV", "ISR", "", "2022-07-01", "2022-12-29"),
    ("YISRAEL_KATZ", _FM, "ISRGOV", "ISR", "", "2019-02-17", "2020-05-17"),
    ("YISRAEL_KATZ", _FM, "ISRGOV", "ISR", "", "2024-01-01", "2024-11-05"),
    ("YLDIZ_POLLACK_BEIGHLE", _FM, "SURGOV", "SUR", "", "2017-02-01", "2020-07-16"),
    ("YOSIWO_GEORGE", "Vice President", "FSMGOV", "FSM", "", "2015-05-11", "2023-05-11"),
    ("YUSUF_BIN_ALAWI_BIN_ABDALLAH", _FM, "OMNGOV", "OMN", "", "1997", "2020-08-18"),
    ("YVAN_GIL", _FM, "VENGOV", "VEN", "", "2023-01-06", ""),
    ("ZELJKO_KOMSIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2011-07-10", "2012-03-10"),
    ("ZELJKO_KOMSIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2013-07-10", "2014-03-10"),
    ("ZELJKO_KOMSIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2019-07-20", "2020-03-20"),
    ("ZELJKO_KOMSIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2021-07-20", "2022-03-20"),
    ("ZELJKO_KOMSIC", "Chairman of the Presidency", "BIHGOV", "BIH", "", "2023-07-16", "2024-03-16"),
    ("ZORAN_ZAEV", _PM, "MKDGOV", "MKD", "", "2017-05-31", "2020-01-03"),
    ("ZORAN_ZAEV", _PM, "MKDGOV", "MKD", "", "2020-08-31", "2022-01-16"),
    ("ZUZANA_CAPUTOVA", _PRES, "SVKGOV", "SVK", "", "2019-06-15", "2024-06-15"),
]


# Version 1.7: the US offices a story about Washington names by title ("the Treasury Secretary",
# "Speaker Pelosi"), 2017-01-20 to 2025-06-30: the cabinet secretaries, the cabinet-level and agency
# offices news names (chief of staff, intelligence, CIA and FBI directors, UN ambassador, trade
# representative, the Fed's chair, the CDC, NIH and NIAID directors, the spokespeople), acting holders
# who served more than two weeks (" (acting)"), and the leaders of Congress with the chairs and
# ranking members of its foreign-affairs, armed-services, intelligence, judiciary, finance, banking,
# oversight and China committees, with their terms in Congress, and every senator of those years (149;
# "Senator Sanders" is Bernie Sanders, not the press secretary Sarah Huckabee Sanders). Compiled by
# three helpers from their own knowledge; a fourth compiled 17 of the offices independently: 61 of 64
# confirmed terms agree to the day, 63 to the month (the other is a term the registry already held),
# acting terms 23 of 25. The senators' list was checked seat by seat (no state with three senators on
# any day; every day with one is a known vacancy).
LEADERS_1_7 = [
    ("DAG_HAMMARSKJOLD", "Dag Hammarskjöld", "SWE", "Dag Hammarskjold|Dag Hjalmar Agne Carl Hammarskjöld",
     "Hammarskjöld|Hammarskjold"),
    ("ADAM_SCHIFF", "Adam Schiff", "USA", "Adam B. Schiff|Adam Bennett Schiff", ""),
    ("ADAM_SMITH", "Adam Smith", "USA", "David Adam Smith", ""),
    ("ADAM_SZUBIN", "Adam Szubin", "USA", "Adam J. Szubin", ""),
    ("ADRIANNE_TODMAN", "Adrianne Todman", "USA", "", ""),
    ("ALEJANDRO_MAYORKAS", "Alejandro Mayorkas", "USA",
     "Alejandro N. Mayorkas|Alejandro Nicholas Mayorkas|Ali Mayorkas",
     ""),
    ("ALEXANDER_ACOSTA", "Alexander Acosta", "USA", "Alex Acosta|R. Alexander Acosta|Rene Alexander Acosta", ""),
    ("ALEX_AZAR", "Alex Azar", "USA", "Alexander Azar|Alex M. Azar|Alex M. Azar II|Alexander Michael Azar II", ""),
    ("ALEX_PADILLA", "Alex Padilla", "USA", "Alejandro Padilla", ""),
    ("AL_FRANKEN", "Al Franken", "USA", "Alan Franken|Alan S. Franken|Alan Stuart Franken", ""),
    ("AL_STEWART", "Al Stewart", "USA", "", ""),
    ("AMY_KLOBUCHAR", "Amy Klobuchar", "USA", "Amy J. Klobuchar|Amy Jean Klobuchar", ""),
    ("ANDREW_MCCABE", "Andrew McCabe", "USA", "Andrew G. McCabe|Andy McCabe", ""),
    ("ANDREW_WHEELER", "Andrew Wheeler", "USA", "Andrew R. Wheeler|Andrew Raymond Wheeler", ""),
    ("ANDY_KIM", "Andy Kim", "USA", "", ""),
    ("ANGELA_ALSOBROOKS", "Angela Alsobrooks", "USA", "Angela D. Alsobrooks|Angela Deneece Alsobrooks", ""),
    ("ANGUS_KING", "Angus King", "USA", "Angus S. King|Angus King Jr.|Angus S. King Jr.|Angus Stanley King Jr.", ""),
    ("ANNE_SCHUCHAT", "Anne Schuchat", "USA", "Anne M. Schuchat", ""),
    ("ANTHONY_FAUCI", "Anthony Fauci", "USA", "Anthony S. Fauci|Anthony Stephen Fauci|Tony Fauci", ""),
    ("ASHLEY_MOODY", "Ashley Moody", "USA", "Ashley B. Moody|Ashley Brooke Moody", ""),
    ("AVRIL_HAINES", "Avril Haines", "USA", "Avril D. Haines|Avril Danica Haines", ""),
    ("BEN_CARDIN", "Ben Cardin", "USA", "Benjamin Cardin|Benjamin L. Cardin|Benjamin Louis Cardin", ""),
    ("BEN_CARSON", "Ben Carson", "USA", "Benjamin Carson|Benjamin S. Carson|Benjamin Solomon Carson", ""),
    ("BEN_RAY_LUJAN", "Ben Ray Luján", "USA", "Ben Ray Lujan|Ben R. Luján|Ben R. Lujan", "Luján|Lujan"),
    ("BEN_SASSE", "Ben Sasse", "USA", "Benjamin Sasse|Benjamin E. Sasse|Benjamin Eric Sasse", ""),
    ("BERNIE_MORENO", "Bernie Moreno", "USA", "", ""),
    ("BERNIE_SANDERS", "Bernie Sanders", "USA", "Bernard Sanders", ""),
    ("BETSY_DEVOS", "Betsy DeVos", "USA", "Elisabeth DeVos|Elisabeth Prince DeVos|Betsy Prince DeVos", ""),
    ("BILL_CASSIDY", "Bill Cassidy", "USA", "William Cassidy|William M. Cassidy|William Morgan Cassidy", ""),
    ("BILL_HAGERTY", "Bill Hagerty", "USA", "William Hagerty|William F. Hagerty|William Francis Hagerty IV", ""),
    ("BILL_NELSON", "Bill Nelson", "USA", "Clarence William Nelson|C. William Nelson|Clarence William Nelson II", ""),
    ("BOB_CASEY", "Bob Casey", "USA", "Robert Casey|Bob Casey Jr.|Robert P. Casey Jr.|Robert Patrick Casey Jr.", ""),
    ("BOB_CORKER", "Bob Corker", "USA", "Robert Corker|Robert P. Corker", ""),
    ("BOB_GOODLATTE", "Bob Goodlatte", "USA", "Robert Goodlatte|Robert W. Goodlatte|Robert William Goodlatte", ""),
    ("BOB_MENENDEZ", "Bob Menendez", "USA", "Robert Menendez|Robert Menéndez|Bob Menéndez", ""),
    ("BRENDA_FITZGERALD", "Brenda Fitzgerald", "USA", "", ""),
    ("BRIAN_DRISCOLL", "Brian Driscoll", "USA", "Brian J. Driscoll", ""),
    ("BRIAN_MAST", "Brian Mast", "USA", "Brian J. Mast|Brian Jeffrey Mast", ""),
    ("BRIAN_SCHATZ", "Brian Schatz", "USA", "Brian E. Schatz|Brian Emanuel Schatz", ""),
    ("BROOKE_ROLLINS", "Brooke Rollins", "USA", "Brooke L. Rollins|Brooke Leslie Rollins", ""),
    ("CAROLYN_MALONEY", "Carolyn Maloney", "USA", "Carolyn B. Maloney|Carolyn Bosher Maloney", ""),
    ("CATHERINE_CORTEZ_MASTO", "Catherine Cortez Masto", "USA", "Catherine Marie Cortez Masto", "Cortez Masto"),
    ("CATHERINE_MCCABE", "Catherine McCabe", "USA", "Catherine R. McCabe", ""),
    ("CHAD_WOLF", "Chad Wolf", "USA", "Chad F. Wolf|Chad Fredrick Wolf", ""),
    ("CHARLES_Q_BROWN", "Charles Q. Brown", "USA",
     "Charles Q. Brown Jr.|CQ Brown|CQ Brown Jr.|C.Q. Brown|C.Q. Brown Jr.|Charles Quinton Brown Jr.",
     ""),
    ("CHRISTOPHER_GRADY", "Christopher Grady", "USA", "Chris Grady|Christopher W. Grady", ""),
    ("CHRISTOPHER_LANDAU", "Christopher Landau", "USA", "Chris Landau", ""),
    ("CHRISTOPHER_MILLER", "Christopher Miller", "USA",
     "Chris Miller|Christopher C. Miller|Christopher Charles Miller",
     ""),
    ("CHRISTOPHER_WRAY", "Christopher Wray", "USA", "Christopher A. Wray|Chris Wray|Christopher Asher Wray", ""),
    ("CHRIS_COONS", "Chris Coons", "USA", "Christopher Coons|Christopher A. Coons|Christopher Andrew Coons", ""),
    ("CHRIS_MURPHY", "Chris Murphy", "USA", "Christopher Murphy|Christopher S. Murphy|Christopher Scott Murphy", ""),
    ("CHRIS_PILKERTON", "Chris Pilkerton", "USA", "Christopher Pilkerton|Christopher M. Pilkerton", ""),
    ("CHRIS_VAN_HOLLEN", "Chris Van Hollen", "USA",
     "Christopher Van Hollen|Chris Van Hollen Jr.|Christopher Van Hollen Jr.",
     "Van Hollen"),
    ("CHRIS_WRIGHT", "Chris Wright", "USA", "Christopher Wright", ""),
    ("CHUCK_GRASSLEY", "Chuck Grassley", "USA", "Charles Grassley|Charles E. Grassley|Charles Ernest Grassley", ""),
    ("CHUCK_SCHUMER", "Chuck Schumer", "USA", "Charles Schumer|Charles E. Schumer|Charles Ellis Schumer", ""),
    ("CINDY_HYDE_SMITH", "Cindy Hyde-Smith", "USA", "Cindy Hyde Smith|Cynthia Hyde-Smith", ""),
    ("CLAIRE_MCCASKILL", "Claire McCaskill", "USA", "Claire C. McCaskill|Claire Conner McCaskill", ""),
    ("CORY_BOOKER", "Cory Booker", "USA", "Cory A. Booker|Cory Anthony Booker", ""),
    ("CORY_GARDNER", "Cory Gardner", "USA", "Cory S. Gardner|Cory Scott Gardner", ""),
    ("CYNTHIA_LUMMIS", "Cynthia Lummis", "USA", "Cynthia M. Lummis|Cynthia Marie Lummis", ""),
    ("DANA_WHITE", "Dana White", "USA", "Dana W. White", ""),
    ("DAN_BROUILLETTE", "Dan Brouillette", "USA",
     "Daniel Brouillette|Dan R. Brouillette|Daniel Raymond Brouillette",
     ""),
    ("DAN_CAINE", "Dan Caine", "USA", "Daniel Caine|John Daniel Caine|John D. Caine|J. Daniel Caine", ""),
    ("DAN_COATS", "Dan Coats", "USA", "Daniel Coats|Daniel R. Coats|Daniel Ray Coats", ""),
    ("DAN_SULLIVAN", "Dan Sullivan", "USA", "Daniel Sullivan|Daniel S. Sullivan|Daniel Scott Sullivan", ""),
    ("DAT_TRAN", "Dat Tran", "USA", "", ""),
    ("DAVE_MCCORMICK", "Dave McCormick", "USA", "David McCormick|David H. McCormick|David Harold McCormick", ""),
    ("DAVID_BERNHARDT", "David Bernhardt", "USA", "David L. Bernhardt|David Longly Bernhardt", ""),
    ("DAVID_COHEN", "David Cohen", "USA", "David S. Cohen", ""),
    ("DAVID_HUIZENGA", "David Huizenga", "USA", "David G. Huizenga", ""),
    ("DAVID_PERDUE", "David Perdue", "USA", "David A. Perdue|David Perdue Jr.|David Alfred Perdue Jr.", ""),
    ("DAVID_SHULKIN", "David Shulkin", "USA", "David J. Shulkin", ""),
    ("DEAN_HELLER", "Dean Heller", "USA", "Dean A. Heller|Dean Arthur Heller", ""),
    ("DEBBIE_STABENOW", "Debbie Stabenow", "USA", "Deborah Stabenow|Deborah A. Stabenow|Deborah Ann Stabenow", ""),
    ("DEB_FISCHER", "Deb Fischer", "USA", "Deborah Fischer", ""),
    ("DEB_HAALAND", "Deb Haaland", "USA", "Debra Haaland|Debra Anne Haaland", ""),
    ("DENISE_CARTER", "Denise Carter", "USA", "", ""),
    ("DENIS_MCDONOUGH", "Denis McDonough", "USA", "Denis R. McDonough|Denis Richard McDonough", ""),
    ("DEVIN_NUNES", "Devin Nunes", "USA", "Devin G. Nunes|Devin Gerald Nunes", ""),
    ("DIANNE_FEINSTEIN", "Dianne Feinstein", "USA", "Dianne Goldman Feinstein", ""),
    ("DICK_DURBIN", "Dick Durbin", "USA", "Richard Durbin|Richard J. Durbin|Richard Joseph Durbin", ""),
    ("DOROTHY_FINK", "Dorothy Fink", "USA", "", ""),
    ("DOROTHY_SHEA", "Dorothy Shea", "USA", "Dorothy C. Shea|Dorothy Camille Shea", ""),
    ("DOUG_BURGUM", "Doug Burgum", "USA", "Douglas Burgum|Douglas James Burgum", ""),
    ("DOUG_COLLINS", "Doug Collins", "USA", "Douglas Collins|Douglas A. Collins|Douglas Allen Collins", ""),
    ("DOUG_JONES", "Doug Jones", "USA", "Douglas Jones|G. Douglas Jones|Gordon Douglas Jones", ""),
    ("ED_HUGLER", "Ed Hugler", "USA", "Edward Hugler|Edward C. Hugler", ""),
    ("ED_MARKEY", "Ed Markey", "USA", "Edward Markey|Edward J. Markey|Edward John Markey", ""),
    ("ED_ROYCE", "Ed Royce", "USA", "Edward Royce|Edward R. Royce|Edward Randall Royce", ""),
    ("ELAINE_CHAO", "Elaine Chao", "USA", "Elaine L. Chao|Elaine Lan Chao", ""),
    ("ELAINE_DUKE", "Elaine Duke", "USA", "Elaine C. Duke|Elaine Costanzo Duke", ""),
    ("ELIJAH_CUMMINGS", "Elijah Cummings", "USA", "Elijah E. Cummings|Elijah Eugene Cummings", ""),
    ("ELIOT_ENGEL", "Eliot Engel", "USA", "Eliot L. Engel|Eliot Lance Engel", ""),
    ("ELISSA_SLOTKIN", "Elissa Slotkin", "USA", "Elissa B. Slotkin|Elissa Blair Slotkin", ""),
    ("ELIZABETH_WARREN", "Elizabeth Warren", "USA", "Elizabeth A. Warren|Elizabeth Ann Warren", ""),
    ("ERIC_HARGAN", "Eric Hargan", "USA", "Eric D. Hargan", ""),
    ("ERIC_SCHMITT", "Eric Schmitt", "USA", "Eric S. Schmitt|Eric Stephen Schmitt", ""),
    ("EUGENE_SCALIA", "Eugene Scalia", "USA", "Gene Scalia", ""),
    ("FRANCIS_COLLINS", "Francis Collins", "USA", "Francis S. Collins|Francis Sellers Collins", ""),
    ("GARY_PETERS", "Gary Peters", "USA", "Gary C. Peters|Gary Charles Peters", ""),
    ("GARY_WASHINGTON", "Gary Washington", "USA", "", ""),
    ("GEORGE_HELMY", "George Helmy", "USA", "", ""),
    ("GERRY_CONNOLLY", "Gerry Connolly", "USA", "Gerald Connolly|Gerald E. Connolly|Gerald Edward Connolly", ""),
    ("GINA_HASPEL", "Gina Haspel", "USA", "Gina C. Haspel|Gina Cheri Haspel|Gina Cheri Walker Haspel", ""),
    ("GINA_RAIMONDO", "Gina Raimondo", "USA", "Gina M. Raimondo|Gina Marie Raimondo", ""),
    ("GRACE_BOCHENEK", "Grace Bochenek", "USA", "", ""),
    ("GREGORY_MEEKS", "Gregory Meeks", "USA", "Greg Meeks|Gregory W. Meeks|Gregory Weldon Meeks", ""),
    ("HAKEEM_JEFFRIES", "Hakeem Jeffries", "USA", "Hakeem S. Jeffries|Hakeem Sekou Jeffries", ""),
    ("HEATHER_NAUERT", "Heather Nauert", "USA", "Heather A. Nauert|Heather Ann Nauert", ""),
    ("HEIDI_HEITKAMP", "Heidi Heitkamp", "USA", "Mary Kathryn Heitkamp", ""),
    ("HOWARD_LUTNICK", "Howard Lutnick", "USA", "Howard W. Lutnick|Howard William Lutnick", ""),
    ("HUGH_AUCHINCLOSS", "Hugh Auchincloss", "USA", "Hugh Auchincloss Jr.", ""),
    ("ISABEL_GUZMAN", "Isabel Guzman", "USA",
     "Isabella Casillas Guzman|Isabel Casillas Guzman|Isabella Guzman|Isabel Guzmán",
     ""),
    ("JACKY_ROSEN", "Jacky Rosen", "USA", "Jacklyn Rosen|Jacklyn S. Rosen|Jacklyn Sheryl Rosen", ""),
    ("JACK_REED", "Jack Reed", "USA", "John F. Reed|John Francis Reed", ""),
    ("JAMES_COMER", "James Comer", "USA", "James R. Comer|James Comer Jr.", ""),
    ("JAMES_COMEY", "James Comey", "USA", "James B. Comey|Jim Comey|James Brien Comey", ""),
    ("JAMES_LANKFORD", "James Lankford", "USA", "James P. Lankford|James Paul Lankford", ""),
    ("JAMES_MCHENRY", "James McHenry", "USA", "", ""),
    ("JAMIESON_GREER", "Jamieson Greer", "USA", "Jamieson L. Greer|Jamieson Lee Greer", ""),
    ("JAMIE_RASKIN", "Jamie Raskin", "USA", "Jamin Raskin|Jamin B. Raskin|Jamin Ben Raskin", ""),
    ("JANET_YELLEN", "Janet Yellen", "USA", "Janet L. Yellen|Janet Louise Yellen", ""),
    ("JANE_NISHIDA", "Jane Nishida", "USA", "", ""),
    ("JASON_CHAFFETZ", "Jason Chaffetz", "USA", "Jason E. Chaffetz", ""),
    ("JASON_SMITH", "Jason Smith", "USA", "Jason T. Smith|Jason Thomas Smith", ""),
    ("JAY_BHATTACHARYA", "Jay Bhattacharya", "USA", "Jayanta Bhattacharya", ""),
    ("JEANNE_MARRAZZO", "Jeanne Marrazzo", "USA", "Jeanne M. Marrazzo", ""),
    ("JEANNE_SHAHEEN", "Jeanne Shaheen", "USA", "Cynthia Jeanne Shaheen", ""),
    ("JEFFERY_TAUBENBERGER", "Jeffery Taubenberger", "USA", "Jeffery K. Taubenberger|Jeffrey Taubenberger", ""),
    ("JEFFREY_ROSEN", "Jeffrey Rosen", "USA", "Jeffrey A. Rosen|Jeff Rosen", ""),
    ("JEFF_FLAKE", "Jeff Flake", "USA", "Jeffry Flake|Jeffry L. Flake|Jeffry Lane Flake", ""),
    ("JEFF_MERKLEY", "Jeff Merkley", "USA", "Jeffrey Merkley|Jeffrey A. Merkley|Jeffrey Alan Merkley", ""),
    ("JEFF_SESSIONS", "Jeff Sessions", "USA",
     "Jefferson Sessions|Jefferson B. Sessions|Jefferson Beauregard Sessions III",
     ""),
    ("JEFF_ZIENTS", "Jeff Zients", "USA", "Jeffrey Zients|Jeffrey D. Zients|Jeffrey Dunston Zients", ""),
    ("JENNIFER_GRANHOLM", "Jennifer Granholm", "USA", "Jennifer M. Granholm|Jennifer Mulhern Granholm", ""),
    ("JEROME_ADAMS", "Jerome Adams", "USA", "Jerome M. Adams|Jerome Michael Adams", ""),
    ("JEROME_POWELL", "Jerome Powell", "USA", "Jay Powell|Jerome H. Powell|Jerome Hayden Powell", ""),
    ("JERROLD_NADLER", "Jerrold Nadler", "USA", "Jerry Nadler|Jerrold L. Nadler|Jerrold Lewis Nadler", ""),
    ("JERRY_MORAN", "Jerry Moran", "USA", "", ""),
    ("JIM_BANKS", "Jim Banks", "USA", "James Banks", ""),
    ("JIM_CLYBURN", "Jim Clyburn", "USA", "James Clyburn|James E. Clyburn|James Enos Clyburn", ""),
    ("JIM_HIMES", "Jim Himes", "USA", "James Himes|James A. Himes|James Andrew Himes", ""),
    ("JIM_INHOFE", "Jim Inhofe", "USA", "James Inhofe|James M. Inhofe|James Mountain Inhofe", ""),
    ("JIM_JORDAN", "Jim Jordan", "USA", "James Jordan|James D. Jordan|James Daniel Jordan", ""),
    ("JIM_JUSTICE", "Jim Justice", "USA",
     "James Justice|Jim Justice II|James C. Justice II|James Conley Justice II",
     ""),
    ("JIM_RISCH", "Jim Risch", "USA", "James Risch|James E. Risch|James Elroy Risch", ""),
    ("JOE_DONNELLY", "Joe Donnelly", "USA", "Joseph Donnelly|Joseph S. Donnelly|Joseph Simon Donnelly", ""),
    ("JOE_MANCHIN", "Joe Manchin", "USA",
     "Joseph Manchin|Joe Manchin III|Joseph Manchin III|Joseph Anthony Manchin III",
     ""),
    ("JOHNNY_ISAKSON", "Johnny Isakson", "USA", "John Isakson|John H. Isakson|John Hardy Isakson", ""),
    ("JOHN_BARRASSO", "John Barrasso", "USA", "John A. Barrasso|John Anthony Barrasso", ""),
    ("JOHN_BOOZMAN", "John Boozman", "USA", "John N. Boozman|John Nichols Boozman", ""),
    ("JOHN_CONYERS", "John Conyers", "USA", "John Conyers Jr.|John James Conyers Jr.", ""),
    ("JOHN_CORNYN", "John Cornyn", "USA", "John Cornyn III", ""),
    ("JOHN_CURTIS", "John Curtis", "USA", "John R. Curtis|John Ream Curtis", ""),
    ("JOHN_FETTERMAN", "John Fetterman", "USA", "John K. Fetterman|John Karl Fetterman", ""),
    ("JOHN_HICKENLOOPER", "John Hickenlooper", "USA",
     "John W. Hickenlooper|John Wright Hickenlooper|John Hickenlooper Jr.",
     ""),
    ("JOHN_HOEVEN", "John Hoeven", "USA", "John H. Hoeven|John Hoeven III|John Henry Hoeven III", ""),
    ("JOHN_KELLY", "John Kelly", "USA", "John F. Kelly|John Francis Kelly", ""),
    ("JOHN_KENNEDY", "John Kennedy", "USA", "John N. Kennedy|John Neely Kennedy", ""),
    ("JOHN_MCCAIN", "John McCain", "USA", "John S. McCain|John McCain III|John Sidney McCain III", ""),
    ("JOHN_MOOLENAAR", "John Moolenaar", "USA", "John R. Moolenaar|John Robert Moolenaar", ""),
    ("JOHN_PODESTA", "John Podesta", "USA", "John D. Podesta|John David Podesta", ""),
    ("JOHN_RATCLIFFE", "John Ratcliffe", "USA", "John L. Ratcliffe|John Lee Ratcliffe", ""),
    ("JOHN_SULLIVAN", "John Sullivan", "USA", "John J. Sullivan|John Joseph Sullivan", ""),
    ("JOHN_THUNE", "John Thune", "USA", "John R. Thune|John Randolph Thune", ""),
    ("JONATHAN_COHEN", "Jonathan Cohen", "USA", "Jonathan R. Cohen", ""),
    ("JONATHAN_HOFFMAN", "Jonathan Hoffman", "USA", "Jonathan R. Hoffman|Jonathan Rath Hoffman", ""),
    ("JONI_ERNST", "Joni Ernst", "USA", "Joni K. Ernst|Joni Kay Ernst", ""),
    ("JON_HUSTED", "Jon Husted", "USA", "Jon A. Husted|Jon Allen Husted", ""),
    ("JON_KYL", "Jon Kyl", "USA", "Jonathan Kyl|Jon L. Kyl|Jon Llewellyn Kyl", ""),
    ("JON_OSSOFF", "Jon Ossoff", "USA", "Jonathan Ossoff|T. Jonathan Ossoff|Thomas Jonathan Ossoff", ""),
    ("JON_TESTER", "Jon Tester", "USA", "R. Jon Tester|Raymond Jon Tester", ""),
    ("JOSEPH_DUNFORD", "Joseph Dunford", "USA",
     "Joe Dunford|Joseph F. Dunford|Joseph F. Dunford Jr.|Joseph Francis Dunford Jr.",
     ""),
    ("JOSEPH_MAGUIRE", "Joseph Maguire", "USA", "Joseph L. Maguire|Joe Maguire", ""),
    ("JOSH_HAWLEY", "Josh Hawley", "USA", "Joshua Hawley|Joshua D. Hawley|Joshua David Hawley", ""),
    ("JOVITA_CARRANZA", "Jovita Carranza", "USA", "", ""),
    ("JULIE_SU", "Julie Su", "USA", "Julie A. Su", ""),
    ("KASH_PATEL", "Kash Patel", "USA", "Kashyap Patel|Kashyap Pramod Patel|Kashyap P. Patel", ""),
    ("KATHERINE_CLARK", "Katherine Clark", "USA", "Katherine M. Clark|Katherine Marlea Clark", ""),
    ("KATHERINE_TAI", "Katherine Tai", "USA", "Katherine C. Tai|Katherine Chi Tai", ""),
    ("KATIE_BRITT", "Katie Britt", "USA", "Katie Boyd Britt", ""),
    ("KAYLEIGH_MCENANY", "Kayleigh McEnany", "USA", "", ""),
    ("KELLY_CRAFT", "Kelly Craft", "USA", "Kelly Knight Craft|Kelly K. Craft", ""),
    ("KELLY_LOEFFLER", "Kelly Loeffler", "USA", "Kelly L. Loeffler|Kelly Lynn Loeffler", ""),
    ("KEVIN_BRADY", "Kevin Brady", "USA", "Kevin P. Brady|Kevin Patrick Brady", ""),
    ("KEVIN_CRAMER", "Kevin Cramer", "USA", "Kevin J. Cramer|Kevin John Cramer", ""),
    ("KEVIN_MCALEENAN", "Kevin McAleenan", "USA", "Kevin K. McAleenan", ""),
    ("KEVIN_MCCARTHY", "Kevin McCarthy", "USA", "Kevin O. McCarthy|Kevin Owen McCarthy", ""),
    ("KEVIN_SHEA", "Kevin Shea", "USA", "", ""),
    ("KIRSTEN_GILLIBRAND", "Kirsten Gillibrand", "USA",
     "Kirsten E. Gillibrand|Kirsten Elizabeth Gillibrand|Kirsten Rutnik Gillibrand",
     ""),
    ("KIRSTJEN_NIELSEN", "Kirstjen Nielsen", "USA", "Kirstjen M. Nielsen|Kirstjen Michele Nielsen", ""),
    ("KRISTI_NOEM", "Kristi Noem", "USA", "Kristi L. Noem|Kristi Lynn Noem|Kristi Lynn Arnold Noem", ""),
    ("KURT_CAMPBELL", "Kurt Campbell", "USA", "Kurt M. Campbell|Kurt Michael Campbell", ""),
    ("KYRSTEN_SINEMA", "Kyrsten Sinema", "USA", "Kyrsten L. Sinema|Kyrsten Lea Sinema", ""),
    ("LAMAR_ALEXANDER", "Lamar Alexander", "USA",
     "Lamar Alexander Jr.|Andrew Lamar Alexander|Andrew Lamar Alexander Jr.",
     ""),
    ("LAPHONZA_BUTLER", "Laphonza Butler", "USA", "Laphonza R. Butler|Laphonza Romanique Butler", ""),
    ("LAWRENCE_TABAK", "Lawrence Tabak", "USA", "Larry Tabak|Lawrence A. Tabak", ""),
    ("LEE_ZELDIN", "Lee Zeldin", "USA", "Lee M. Zeldin|Lee Michael Zeldin", ""),
    ("LINDA_MCMAHON", "Linda McMahon", "USA", "Linda E. McMahon|Linda Marie McMahon|Linda Edwards McMahon", ""),
    ("LINDSEY_GRAHAM", "Lindsey Graham", "USA", "Lindsey O. Graham|Lindsey Olin Graham", ""),
    ("LISA_BLUNT_ROCHESTER", "Lisa Blunt Rochester", "USA", "", "Blunt Rochester"),
    ("LISA_MURKOWSKI", "Lisa Murkowski", "USA", "Lisa A. Murkowski|Lisa Ann Murkowski", ""),
    ("LORI_CHAVEZ_DEREMER", "Lori Chavez-DeRemer", "USA", "Lori Chavez DeRemer", ""),
    ("LUTHER_STRANGE", "Luther Strange", "USA", "Luther J. Strange|Luther Strange III|Luther Johnson Strange III", ""),
    ("MAC_THORNBERRY", "Mac Thornberry", "USA",
     "William Thornberry|William M. Thornberry|William McClellan Thornberry",
     ""),
    ("MAGGIE_HASSAN", "Maggie Hassan", "USA", "Margaret Hassan|Margaret W. Hassan|Margaret Wood Hassan", ""),
    ("MANDY_COHEN", "Mandy Cohen", "USA", "Mandy K. Cohen|Mandy Krauthamer Cohen", ""),
    ("MARCIA_FUDGE", "Marcia Fudge", "USA", "Marcia L. Fudge|Marcia Louise Fudge", ""),
    ("MARIA_CANTWELL", "Maria Cantwell", "USA", "Maria E. Cantwell|Maria Elaine Cantwell", ""),
    ("MARKWAYNE_MULLIN", "Markwayne Mullin", "USA", "", ""),
    ("MARK_KELLY", "Mark Kelly", "USA", "Mark E. Kelly|Mark Edward Kelly", ""),
    ("MARK_MEADOWS", "Mark Meadows", "USA", "Mark R. Meadows|Mark Randall Meadows", ""),
    ("MARK_SANDY", "Mark Sandy", "USA", "", ""),
    ("MARK_TONER", "Mark Toner", "USA", "Mark C. Toner", ""),
    ("MARK_WARNER", "Mark Warner", "USA", "Mark R. Warner|Mark Robert Warner", ""),
    ("MARSHA_BLACKBURN", "Marsha Blackburn", "USA", "Marsha W. Blackburn|Marsha Wedgeworth Blackburn", ""),
    ("MARTHA_MCSALLY", "Martha McSally", "USA", "Martha E. McSally|Martha Elizabeth McSally", ""),
    ("MARTIN_HEINRICH", "Martin Heinrich", "USA", "Martin T. Heinrich|Martin Trevor Heinrich", ""),
    ("MARTY_WALSH", "Marty Walsh", "USA", "Martin Walsh|Martin J. Walsh|Martin Joseph Walsh|Marty J. Walsh", ""),
    ("MATTHEW_MEMOLI", "Matthew Memoli", "USA", "Matthew J. Memoli", ""),
    ("MATTHEW_VAETH", "Matthew Vaeth", "USA", "Matt Vaeth", ""),
    ("MATTHEW_WHITAKER", "Matthew Whitaker", "USA", "Matt Whitaker|Matthew G. Whitaker", ""),
    ("MATT_AMMON", "Matt Ammon", "USA", "Matthew Ammon|Matthew E. Ammon", ""),
    ("MAZIE_HIRONO", "Mazie Hirono", "USA", "Mazie K. Hirono|Mazie Keiko Hirono", ""),
    ("MERRICK_GARLAND", "Merrick Garland", "USA", "Merrick B. Garland|Merrick Brian Garland", ""),
    ("MICHAEL_BENNET", "Michael Bennet", "USA", "Michael F. Bennet|Michael Farrand Bennet", ""),
    ("MICHAEL_DEMPSEY", "Michael Dempsey", "USA", "Mike Dempsey", ""),
    ("MICHAEL_MCCAUL", "Michael McCaul", "USA", "Mike McCaul|Michael T. McCaul|Michael Thomas McCaul", ""),
    ("MICHAEL_REGAN", "Michael Regan", "USA", "Michael S. Regan|Michael Stanley Regan", ""),
    ("MICHAEL_YOUNG", "Michael Young", "USA", "", ""),
    ("MICK_MULVANEY", "Mick Mulvaney", "USA", "Michael Mulvaney|John Michael Mulvaney|John M. Mulvaney", ""),
    ("MIGUEL_CARDONA", "Miguel Cardona", "USA", "Miguel A. Cardona|Miguel Angel Cardona", ""),
    ("MIKE_BRAUN", "Mike Braun", "USA", "Michael Braun|Michael K. Braun|Michael Kent Braun", ""),
    ("MIKE_CRAPO", "Mike Crapo", "USA", "Michael Crapo|Michael D. Crapo|Michael Dean Crapo", ""),
    ("MIKE_ENZI", "Mike Enzi", "USA", "Michael Enzi|Michael B. Enzi|Michael Bradley Enzi", ""),
    ("MIKE_GALLAGHER", "Mike Gallagher", "USA", "Michael Gallagher|Michael J. Gallagher|Michael John Gallagher", ""),
    ("MIKE_JOHNSON", "Mike Johnson", "USA", "James Michael Johnson|J. Michael Johnson", ""),
    ("MIKE_LEE", "Mike Lee", "USA", "Michael Lee|Michael S. Lee|Michael Shumway Lee", ""),
    ("MIKE_ROGERS", "Mike Rogers", "USA", "Michael Rogers|Mike D. Rogers|Michael D. Rogers|Michael Dennis Rogers", ""),
    ("MIKE_ROUNDS", "Mike Rounds", "USA", "Michael Rounds|M. Michael Rounds|Marion Michael Rounds", ""),
    ("MIKE_TURNER", "Mike Turner", "USA", "Michael Turner|Michael R. Turner|Michael Ray Turner", ""),
    ("MITCH_MCCONNELL", "Mitch McConnell", "USA",
     "Mitchell McConnell|Addison Mitchell McConnell|A. Mitchell McConnell",
     ""),
    ("MITT_ROMNEY", "Mitt Romney", "USA", "Willard Mitt Romney|Willard M. Romney|W. Mitt Romney", ""),
    ("MONICA_BERTAGNOLLI", "Monica Bertagnolli", "USA", "Monica M. Bertagnolli", ""),
    ("MONTY_WILKINSON", "Monty Wilkinson", "USA", "", ""),
    ("MORGAN_ORTAGUS", "Morgan Ortagus", "USA", "", ""),
    ("NANCY_PELOSI", "Nancy Pelosi", "USA", "Nancy Patricia Pelosi|Nancy D'Alesandro Pelosi", ""),
    ("NIKKI_HALEY", "Nikki Haley", "USA", "Nikki R. Haley|Nimarata Nikki Haley|Nimrata Nikki Randhawa", ""),
    ("NORRIS_COCHRAN", "Norris Cochran", "USA", "", ""),
    ("ORRIN_HATCH", "Orrin Hatch", "USA", "Orrin G. Hatch|Orrin Grant Hatch", ""),
    ("PAM_BONDI", "Pam Bondi", "USA", "Pamela Bondi|Pamela Jo Bondi|Pamela J. Bondi", ""),
    ("PATRICK_LEAHY", "Patrick Leahy", "USA", "Pat Leahy|Patrick J. Leahy|Patrick Joseph Leahy", ""),
    ("PATRICK_MCHENRY", "Patrick McHenry", "USA", "Patrick T. McHenry|Patrick Timothy McHenry", ""),
    ("PATRICK_PIZZELLA", "Patrick Pizzella", "USA", "Patrick J. Pizzella", ""),
    ("PATRICK_SHANAHAN", "Patrick Shanahan", "USA", "Pat Shanahan|Patrick M. Shanahan|Patrick Michael Shanahan", ""),
    ("PATTY_MURRAY", "Patty Murray", "USA", "Patricia Murray|Patricia Lynn Murray", ""),
    ("PAT_ROBERTS", "Pat Roberts", "USA", "Patrick Roberts|C. Patrick Roberts|Charles Patrick Roberts", ""),
    ("PAT_RYDER", "Pat Ryder", "USA", "Patrick Ryder|Patrick S. Ryder", ""),
    ("PAT_TOOMEY", "Pat Toomey", "USA", "Patrick Toomey|Patrick J. Toomey|Patrick Joseph Toomey", ""),
    ("PAUL_RYAN", "Paul Ryan", "USA", "Paul D. Ryan|Paul Davis Ryan", ""),
    ("PETER_OROURKE", "Peter O'Rourke", "USA", "Peter O’Rourke|Peter ORourke", ""),
    ("PETER_WELCH", "Peter Welch", "USA", "Peter F. Welch|Peter Francis Welch", ""),
    ("PETE_BUTTIGIEG", "Pete Buttigieg", "USA",
     "Peter Buttigieg|Peter P. Buttigieg|Peter Paul Montgomery Buttigieg",
     ""),
    ("PETE_RICKETTS", "Pete Ricketts", "USA", "Peter Ricketts|J. Peter Ricketts|John Peter Ricketts", ""),
    ("PHIL_ROSENFELT", "Phil Rosenfelt", "USA", "", ""),
    ("RAJA_KRISHNAMOORTHI", "Raja Krishnamoorthi", "USA", "S. Raja Krishnamoorthi|Subramanian Raja Krishnamoorthi", ""),
    ("RAND_PAUL", "Rand Paul", "USA", "Randal Paul|Randal H. Paul|Randal Howard Paul", ""),
    ("RAPHAEL_WARNOCK", "Raphael Warnock", "USA", "Raphael G. Warnock|Raphael Gamaliel Warnock", ""),
    ("REINCE_PRIEBUS", "Reince Priebus", "USA", "Reinhold Priebus|Reinhold Richard Priebus|Reinhold R. Priebus", ""),
    ("RICHARD_BLUMENTHAL", "Richard Blumenthal", "USA", "", ""),
    ("RICHARD_BURR", "Richard Burr", "USA", "Richard M. Burr|Richard Mauze Burr", ""),
    ("RICHARD_GRENELL", "Richard Grenell", "USA", "Ric Grenell|Richard A. Grenell|Richard Allen Grenell", ""),
    ("RICHARD_MILLS", "Richard Mills", "USA", "Richard M. Mills|Richard M. Mills Jr.", ""),
    ("RICHARD_NEAL", "Richard Neal", "USA", "Richie Neal|Richard E. Neal|Richard Edmund Neal", ""),
    ("RICHARD_SHELBY", "Richard Shelby", "USA", "Richard C. Shelby|Richard Craig Shelby", ""),
    ("RICK_CRAWFORD", "Rick Crawford", "USA", "Eric Crawford|Eric A. Crawford|Eric Alan Crawford", ""),
    ("RICK_PERRY", "Rick Perry", "USA", "James Richard Perry|James R. Perry", ""),
    ("RICK_SCOTT", "Rick Scott", "USA", "Richard Scott|Richard L. Scott|Richard Lynn Scott", ""),
    ("ROBERT_F_KENNEDY_JR", "Robert F. Kennedy Jr.", "USA",
     "RFK Jr.|Robert Kennedy Jr.|Robert Francis Kennedy Jr.|Bobby Kennedy Jr.",
     "Kennedy"),
    ("ROBERT_GARCIA", "Robert Garcia", "USA", "", ""),
    ("ROBERT_LIGHTHIZER", "Robert Lighthizer", "USA",
     "Robert E. Lighthizer|Bob Lighthizer|Robert Emmet Lighthizer",
     ""),
    ("ROBERT_REDFIELD", "Robert Redfield", "USA", "Robert R. Redfield|Robert R. Redfield Jr.", ""),
    ("ROBERT_WILKIE", "Robert Wilkie", "USA", "Robert L. Wilkie|Robert Wilkie Jr.|Robert Leon Wilkie Jr.", ""),
    ("ROB_FAIRWEATHER", "Rob Fairweather", "USA", "Robert Fairweather", ""),
    ("ROB_PORTMAN", "Rob Portman", "USA", "Robert Portman|Robert J. Portman|Robert Jones Portman", ""),
    ("ROCHELLE_WALENSKY", "Rochelle Walensky", "USA", "Rochelle P. Walensky|Rochelle Paula Walensky", ""),
    ("ROGER_MARSHALL", "Roger Marshall", "USA", "Roger W. Marshall|Roger Wayne Marshall", ""),
    ("ROGER_WICKER", "Roger Wicker", "USA", "Roger F. Wicker|Roger Frederick Wicker", ""),
    ("RON_JOHNSON", "Ron Johnson", "USA", "Ronald Johnson|Ronald H. Johnson|Ronald Harold Johnson", ""),
    ("RON_KLAIN", "Ron Klain", "USA", "Ronald Klain|Ronald A. Klain|Ronald Alan Klain", ""),
    ("RON_WYDEN", "Ron Wyden", "USA", "Ronald Wyden|Ronald L. Wyden|Ronald Lee Wyden", ""),
    ("ROY_BLUNT", "Roy Blunt", "USA", "Roy D. Blunt|Roy Dean Blunt", ""),
    ("RUBEN_GALLEGO", "Ruben Gallego", "USA", "Rubén Gallego|Ruben M. Gallego", ""),
    ("RUSSELL_VOUGHT", "Russell Vought", "USA", "Russ Vought|Russell T. Vought|Russell Thurlow Vought", ""),
    ("RYAN_ZINKE", "Ryan Zinke", "USA", "Ryan K. Zinke|Ryan Keith Zinke", ""),
    ("SARAH_HUCKABEE_SANDERS", "Sarah Huckabee Sanders", "USA",
     "Sarah Sanders|Sarah H. Sanders|Sarah Elizabeth Huckabee Sanders",
     "Sanders|Huckabee Sanders"),
    ("SCOTT_BESSENT", "Scott Bessent", "USA", "Scott K.H. Bessent|Scott Kenneth Homer Bessent", ""),
    ("SCOTT_DE_LA_VEGA", "Scott de la Vega", "USA", "Scott De La Vega", "de la Vega"),
    ("SCOTT_PRUITT", "Scott Pruitt", "USA", "E. Scott Pruitt|Edward Scott Pruitt", ""),
    ("SCOTT_TURNER", "Scott Turner", "USA", "Eric Scott Turner|E. Scott Turner", ""),
    ("SEAN_DUFFY", "Sean Duffy", "USA", "Sean P. Duffy|Sean Patrick Duffy", ""),
    ("SEAN_SPICER", "Sean Spicer", "USA", "Sean M. Spicer|Sean Michael Spicer", ""),
    ("SHALANDA_YOUNG", "Shalanda Young", "USA", "Shalanda D. Young|Shalanda Delores Young", ""),
    ("SHELDON_WHITEHOUSE", "Sheldon Whitehouse", "USA", "", ""),
    ("SHELLEY_MOORE_CAPITO", "Shelley Moore Capito", "USA",
     "Shelley Capito|Shelley W. Moore Capito|Shelley Wellons Moore Capito",
     ""),
    ("SHERROD_BROWN", "Sherrod Brown", "USA", "Sherrod Campbell Brown", ""),
    ("SONNY_PERDUE", "Sonny Perdue", "USA", "George Ervin Perdue III|George E. Perdue III", ""),
    ("STENY_HOYER", "Steny Hoyer", "USA", "Steny H. Hoyer|Steny Hamilton Hoyer", ""),
    ("STEPHANIE_GRISHAM", "Stephanie Grisham", "USA", "Stephanie A. Grisham", ""),
    ("STEPHEN_BIEGUN", "Stephen Biegun", "USA", "Steve Biegun|Stephen E. Biegun|Stephen Edward Biegun", ""),
    ("STEPHEN_LYNCH", "Stephen Lynch", "USA", "Steve Lynch|Stephen F. Lynch|Stephen Francis Lynch", ""),
    ("STEVEN_MNUCHIN", "Steven Mnuchin", "USA", "Steve Mnuchin|Steven T. Mnuchin|Steven Terner Mnuchin", ""),
    ("STEVE_DAINES", "Steve Daines", "USA", "Steven Daines|Steven D. Daines|Steven David Daines", ""),
    ("STEVE_SCALISE", "Steve Scalise", "USA", "Stephen Scalise|Stephen J. Scalise|Stephen Joseph Scalise", ""),
    ("SUSAN_COLLINS", "Susan Collins", "USA", "Susan M. Collins|Susan Margaret Collins", ""),
    ("SUSAN_MONAREZ", "Susan Monarez", "USA", "", ""),
    ("SUSAN_ORSEGA", "Susan Orsega", "USA", "Susan M. Orsega", ""),
    ("SUSIE_WILES", "Susie Wiles", "USA", "Susan Wiles|Susan Summerall Wiles", ""),
    ("SYLVIA_TRENT_ADAMS", "Sylvia Trent-Adams", "USA", "Sylvia M. Trent-Adams|Sylvia Trent Adams", ""),
    ("TAMMY_BALDWIN", "Tammy Baldwin", "USA", "Tammy S. Baldwin|Tammy Suzanne Green Baldwin", ""),
    ("TAMMY_DUCKWORTH", "Tammy Duckworth", "USA", "L. Tammy Duckworth|Ladda Tammy Duckworth", ""),
    ("TED_BUDD", "Ted Budd", "USA", "Theodore Budd|Theodore P. Budd|Theodore Paul Budd", ""),
    ("TED_CRUZ", "Ted Cruz", "USA", "Rafael Cruz|Rafael E. Cruz|Rafael Edward Cruz", ""),
    ("THAD_COCHRAN", "Thad Cochran", "USA", "W. Thad Cochran|William Thad Cochran", ""),
    ("THOM_TILLIS", "Thom Tillis", "USA", "Thomas Tillis|Thom R. Tillis|Thomas Roland Tillis", ""),
    ("TIM_KAINE", "Tim Kaine", "USA", "Timothy Kaine|Timothy M. Kaine|Timothy Michael Kaine", ""),
    ("TIM_SCOTT", "Tim Scott", "USA", "Timothy Scott|Timothy E. Scott|Timothy Eugene Scott", ""),
    ("TIM_SHEEHY", "Tim Sheehy", "USA", "Timothy Sheehy", ""),
    ("TINA_SMITH", "Tina Smith", "USA", "Tina Flint Smith|Christine Flint Smith", ""),
    ("TODD_YOUNG", "Todd Young", "USA", "Todd C. Young|Todd Christopher Young", ""),
    ("TOMMY_TUBERVILLE", "Tommy Tuberville", "USA", "Thomas Tuberville|Thomas Hawley Tuberville", ""),
    ("TOM_CARPER", "Tom Carper", "USA", "Thomas Carper|Thomas R. Carper|Thomas Richard Carper", ""),
    ("TOM_COTTON", "Tom Cotton", "USA", "Thomas Cotton|Thomas B. Cotton|Thomas Bryant Cotton", ""),
    ("TOM_EMMER", "Tom Emmer", "USA", "Thomas Emmer|Thomas Earl Emmer", ""),
    ("TOM_PRICE", "Tom Price", "USA", "Thomas Price|Thomas E. Price|Thomas Edmunds Price", ""),
    ("TOM_UDALL", "Tom Udall", "USA", "Thomas Udall|Thomas S. Udall|Thomas Stewart Udall", ""),
    ("TOM_VILSACK", "Tom Vilsack", "USA", "Thomas Vilsack|Thomas J. Vilsack|Thomas James Vilsack", ""),
    ("TREY_GOWDY", "Trey Gowdy", "USA", "Harold W. Gowdy III|Harold Watson Gowdy III", ""),
    ("TULSI_GABBARD", "Tulsi Gabbard", "USA", "Tulsi G. Gabbard", ""),
    ("VICTORIA_NULAND", "Victoria Nuland", "USA", "Toria Nuland|Victoria J. Nuland|Victoria Jane Nuland", ""),
    ("VINCE_MICONE", "Vince Micone", "USA", "Vincent Micone", ""),
    ("VIVEK_MURTHY", "Vivek Murthy", "USA", "Vivek H. Murthy|Vivek Hallegere Murthy", ""),
    ("WENDY_SHERMAN", "Wendy Sherman", "USA", "Wendy R. Sherman|Wendy Ruth Sherman", ""),
    ("WILBUR_ROSS", "Wilbur Ross", "USA",
     "Wilbur L. Ross|Wilbur Ross Jr.|Wilbur L. Ross Jr.|Wilbur Louis Ross Jr.",
     ""),
    ("WILLIAM_BURNS", "William Burns", "USA", "William J. Burns|Bill Burns|William Joseph Burns", ""),
    ("WILLIAM_P_BARR", "William Barr", "USA", "William P. Barr|Bill Barr|William Pelham Barr", ""),
    ("WYNN_COGGINS", "Wynn Coggins", "USA", "", ""),
    ("XAVIER_BECERRA", "Xavier Becerra", "USA", "", ""),
]

ROLES_1_7 = ROLES_1_6 + [
    # the UN's secretaries-general before Ban Ki-moon and NATO's before Jens Stoltenberg, so that "the
    # Secretary-General" of a UN General Debate speech of any year names its holder
    ("TRYGVE_LIE", "Secretary-General", "IGOUNO", "", "UN", "1946-02-02", "1952-11-10"),
    ("DAG_HAMMARSKJOLD", "Secretary-General", "IGOUNO", "", "UN", "1953-04-10", "1961-09-18"),
    ("U_THANT", "Secretary-General", "IGOUNO", "", "UN", "1961-11-30", "1971-12-31"),
    ("KURT_WALDHEIM", "Secretary-General", "IGOUNO", "", "UN", "1972-01-01", "1981-12-31"),
    ("JAVIER_PEREZ_DE_CUELLAR", "Secretary-General", "IGOUNO", "", "UN", "1982-01-01", "1991-12-31"),
    ("BOUTROS_BOUTROS_GHALI", "Secretary-General", "IGOUNO", "", "UN", "1992-01-01", "1996-12-31"),
    ("KOFI_ANNAN", "Secretary-General", "IGOUNO", "", "UN", "1997-01-01", "2006-12-31"),
    ("JAAP_DE_HOOP_SCHEFFER", "Secretary General", "IGOWSTNAT", "", "NATO", "2004-01-01", "2009-08-01"),
    ("ANDERS_FOGH_RASMUSSEN", "Secretary General", "IGOWSTNAT", "", "NATO", "2009-08-01", "2014-10-01"),
    ("ADAM_SCHIFF", "Chair of the House Intelligence Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("ADAM_SCHIFF", "Ranking Member of the House Intelligence Committee",
     "USAGOVLEG", "USA", "", "2015-01", "2019-01-03"),
    ("ADAM_SCHIFF", "Representative", "USAGOVLEG", "USA", "", "2001-01-03", "2024-12-08"),
    ("ADAM_SCHIFF", "Senator", "USAGOVLEG", "USA", "", "2024-12-09", ""),
    ("ADAM_SMITH", "Chair of the House Armed Services Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("ADAM_SMITH", "Ranking Member of the House Armed Services Committee",
     "USAGOVLEG", "USA", "", "2011-01-03", "2019-01-03"),
    ("ADAM_SMITH", "Ranking Member of the House Armed Services Committee", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("ADAM_SMITH", "Representative", "USAGOVLEG", "USA", "", "1997-01-03", ""),
    ("ADAM_SZUBIN", "Secretary of the Treasury (acting)", "USAGOV", "USA", "", "2017-01-20", "2017-02-13"),
    ("ADRIANNE_TODMAN", "Secretary of Housing and Urban Development (acting)",
     "USAGOV", "USA", "", "2024-03-22", "2025-01-20"),
    ("ALEJANDRO_MAYORKAS", "Secretary of Homeland Security", "USAGOV", "USA", "", "2021-02-02", "2025-01-20"),
    ("ALEXANDER_ACOSTA", "Secretary of Labor", "USAGOV", "USA", "", "2017-04-28", "2019-07-19"),
    ("ALEX_AZAR", "Secretary of Health and Human Services", "USAGOV", "USA", "", "2018-01-29", "2021-01-20"),
    ("ALEX_PADILLA", "Senator", "USAGOVLEG", "USA", "", "2021-01-20", ""),
    ("AL_FRANKEN", "Senator", "USAGOVLEG", "USA", "", "2009-07-07", "2018-01-02"),
    ("AL_STEWART", "Secretary of Labor (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-03-23"),
    ("AMY_KLOBUCHAR", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", ""),
    ("ANDREW_MCCABE", "FBI Director (acting)", "USAGOVSPY", "USA", "", "2017-05-09", "2017-08-02"),
    ("ANDREW_WHEELER", "Administrator of the Environmental Protection Agency",
     "USAGOV", "USA", "", "2019-02-28", "2021-01-20"),
    ("ANDREW_WHEELER", "Administrator of the Environmental Protection Agency (acting)",
     "USAGOV", "USA", "", "2018-07-09", "2019-02-28"),
    ("ANDY_KIM", "Senator", "USAGOVLEG", "USA", "", "2024-12-08", ""),
    ("ANGELA_ALSOBROOKS", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("ANGUS_KING", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("ANNE_SCHUCHAT", "CDC Director (acting)", "USAGOV", "USA", "", "2017-01-20", "2017-07-07"),
    ("ANNE_SCHUCHAT", "CDC Director (acting)", "USAGOV", "USA", "", "2018-01-31", "2018-03-26"),
    ("ANTHONY_FAUCI", "Chief Medical Advisor to the President", "USAGOV", "USA", "", "2021-01-20", "2022-12-31"),
    ("ANTHONY_FAUCI", "NIAID Director", "USAGOV", "USA", "", "1984-11-02", "2022-12-31"),
    ("ASHLEY_MOODY", "Senator", "USAGOVLEG", "USA", "", "2025-01-21", ""),
    ("AVRIL_HAINES", "Director of National Intelligence", "USAGOVSPY", "USA", "", "2021-01-21", "2025-01-20"),
    ("BEN_CARDIN", "Chair of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2023-09-22", "2025-01-03"),
    ("BEN_CARDIN", "Ranking Member of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2015-04", "2018"),
    ("BEN_CARDIN", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", "2025-01-03"),
    ("BEN_CARSON", "Secretary of Housing and Urban Development", "USAGOV", "USA", "", "2017-03-02", "2021-01-20"),
    ("BEN_RAY_LUJAN", "Senator", "USAGOVLEG", "USA", "", "2021-01-03", ""),
    ("BEN_SASSE", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", "2023-01-08"),
    ("BERNIE_MORENO", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("BERNIE_SANDERS", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", ""),
    ("BETSY_DEVOS", "Secretary of Education", "USAGOV", "USA", "", "2017-02-07", "2021-01-08"),
    ("BILL_CASSIDY", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("BILL_HAGERTY", "Senator", "USAGOVLEG", "USA", "", "2021-01-03", ""),
    ("BILL_NELSON", "Senator", "USAGOVLEG", "USA", "", "2001-01-03", "2019-01-03"),
    ("BOB_CASEY", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", "2025-01-03"),
    ("BOB_CORKER", "Chair of the Senate Foreign Relations Committee", "USAGOVLEG", "USA", "", "2015-01", "2019-01-03"),
    ("BOB_CORKER", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", "2019-01-03"),
    ("BOB_GOODLATTE", "Chair of the House Judiciary Committee", "USAGOVLEG", "USA", "", "2013-01-03", "2019-01-03"),
    ("BOB_GOODLATTE", "Representative", "USAGOVLEG", "USA", "", "1993-01-03", "2019-01-03"),
    ("BOB_MENENDEZ", "Chair of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2023-09-22"),
    ("BOB_MENENDEZ", "Ranking Member of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2018", "2021-02-03"),
    ("BOB_MENENDEZ", "Senator", "USAGOVLEG", "USA", "", "2006-01-18", "2024-08-20"),
    ("BRENDA_FITZGERALD", "CDC Director", "USAGOV", "USA", "", "2017-07-07", "2018-01-31"),
    ("BRIAN_DRISCOLL", "FBI Director (acting)", "USAGOVSPY", "USA", "", "2025-01-20", "2025-02-21"),
    ("BRIAN_MAST", "Chair of the House Foreign Affairs Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("BRIAN_MAST", "Representative", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("BRIAN_SCHATZ", "Senator", "USAGOVLEG", "USA", "", "2012-12-26", ""),
    ("BROOKE_ROLLINS", "Secretary of Agriculture", "USAGOV", "USA", "", "2025-02-13", ""),
    ("CAROLYN_MALONEY", "Chair of the House Oversight Committee", "USAGOVLEG", "USA", "", "2019-11-20", "2023-01-03"),
    ("CAROLYN_MALONEY", "Chair of the House Oversight Committee (acting)",
     "USAGOVLEG", "USA", "", "2019-10-17", "2019-11-20"),
    ("CAROLYN_MALONEY", "Representative", "USAGOVLEG", "USA", "", "1993-01-03", "2023-01-03"),
    ("CATHERINE_CORTEZ_MASTO", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("CATHERINE_MCCABE", "Administrator of the Environmental Protection Agency (acting)",
     "USAGOV", "USA", "", "2017-01-20", "2017-02-17"),
    ("CHAD_WOLF", "Secretary of Homeland Security (acting)", "USAGOV", "USA", "", "2019-11-13", "2021-01-11"),
    ("CHARLES_Q_BROWN", "Chairman of the Joint Chiefs of Staff", "USAGOVMIL", "USA", "", "2023-10-01", "2025-02-21"),
    ("CHRISTOPHER_GRADY", "Chairman of the Joint Chiefs of Staff (acting)",
     "USAGOVMIL", "USA", "", "2025-02-21", "2025-04-11"),
    ("CHRISTOPHER_LANDAU", "Deputy Secretary of State", "USAGOV", "USA", "", "2025-03", ""),
    ("CHRISTOPHER_MILLER", "Secretary of Defense (acting)", "USAGOVMIL", "USA", "", "2020-11-09", "2021-01-20"),
    ("CHRISTOPHER_WRAY", "FBI Director", "USAGOVSPY", "USA", "", "2017-08-02", "2025-01-19"),
    ("CHRIS_COONS", "Senator", "USAGOVLEG", "USA", "", "2010-11-15", ""),
    ("CHRIS_MURPHY", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("CHRIS_PILKERTON", "Administrator of the Small Business Administration (acting)",
     "USAGOV", "USA", "", "2019-04-13", "2020-01-14"),
    ("CHRIS_VAN_HOLLEN", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("CHRIS_WRIGHT", "Secretary of Energy", "USAGOV", "USA", "", "2025-02-04", ""),
    ("CHUCK_GRASSLEY", "Chair of the Senate Finance Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2021-02-03"),
    ("CHUCK_GRASSLEY", "Chair of the Senate Judiciary Committee", "USAGOVLEG", "USA", "", "2015-01", "2019-01-03"),
    ("CHUCK_GRASSLEY", "Chair of the Senate Judiciary Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("CHUCK_GRASSLEY", "President pro tempore of the Senate", "USAGOVLEG", "USA", "", "2019-01-03", "2021-01-20"),
    ("CHUCK_GRASSLEY", "President pro tempore of the Senate", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("CHUCK_GRASSLEY", "Ranking Member of the Senate Judiciary Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2023-01-03"),
    ("CHUCK_GRASSLEY", "Senator", "USAGOVLEG", "USA", "", "1981-01-03", ""),
    ("CHUCK_SCHUMER", "Senate Majority Leader", "USAGOVLEG", "USA", "", "2021-01-20", "2025-01-03"),
    ("CHUCK_SCHUMER", "Senate Minority Leader", "USAGOVLEG", "USA", "", "2017-01-03", "2021-01-20"),
    ("CHUCK_SCHUMER", "Senate Minority Leader", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("CHUCK_SCHUMER", "Senator", "USAGOVLEG", "USA", "", "1999-01-03", ""),
    ("CINDY_HYDE_SMITH", "Senator", "USAGOVLEG", "USA", "", "2018-04-09", ""),
    ("CLAIRE_MCCASKILL", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", "2019-01-03"),
    ("CORY_BOOKER", "Senator", "USAGOVLEG", "USA", "", "2013-10-31", ""),
    ("CORY_GARDNER", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", "2021-01-03"),
    ("CYNTHIA_LUMMIS", "Senator", "USAGOVLEG", "USA", "", "2021-01-03", ""),
    ("DANA_WHITE", "Pentagon Press Secretary", "USAGOVMIL", "USA", "", "2017-04", "2019-01"),
    ("DAN_BROUILLETTE", "Secretary of Energy", "USAGOV", "USA", "", "2019-12-04", "2021-01-20"),
    ("DAN_CAINE", "Chairman of the Joint Chiefs of Staff", "USAGOVMIL", "USA", "", "2025-04-11", ""),
    ("DAN_COATS", "Director of National Intelligence", "USAGOVSPY", "USA", "", "2017-03-16", "2019-08-15"),
    ("DAN_SULLIVAN", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("DAT_TRAN", "Secretary of Veterans Affairs (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-02-09"),
    ("DAVE_MCCORMICK", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("DAVID_BERNHARDT", "Secretary of the Interior", "USAGOV", "USA", "", "2019-04-11", "2021-01-20"),
    ("DAVID_BERNHARDT", "Secretary of the Interior (acting)", "USAGOV", "USA", "", "2019-01-02", "2019-04-11"),
    ("DAVID_COHEN", "CIA Director (acting)", "USAGOVSPY", "USA", "", "2021-01-20", "2021-03-19"),
    ("DAVID_HUIZENGA", "Secretary of Energy (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-02-25"),
    ("DAVID_PERDUE", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", "2021-01-03"),
    ("DAVID_SHULKIN", "Secretary of Veterans Affairs", "USAGOV", "USA", "", "2017-02-14", "2018-03-28"),
    ("DEAN_HELLER", "Senator", "USAGOVLEG", "USA", "", "2011-05-09", "2019-01-03"),
    ("DEBBIE_STABENOW", "Senator", "USAGOVLEG", "USA", "", "2001-01-03", "2025-01-03"),
    ("DEB_FISCHER", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("DEB_HAALAND", "Secretary of the Interior", "USAGOV", "USA", "", "2021-03-16", "2025-01-20"),
    ("DENISE_CARTER", "Secretary of Education (acting)", "USAGOV", "USA", "", "2025-01-20", "2025-03-03"),
    ("DENIS_MCDONOUGH", "Secretary of Veterans Affairs", "USAGOV", "USA", "", "2021-02-09", "2025-01-20"),
    ("DEVIN_NUNES", "Chair of the House Intelligence Committee", "USAGOVLEG", "USA", "", "2015-01", "2019-01-03"),
    ("DEVIN_NUNES", "Ranking Member of the House Intelligence Committee",
     "USAGOVLEG", "USA", "", "2019-01-03", "2022-01-01"),
    ("DEVIN_NUNES", "Representative", "USAGOVLEG", "USA", "", "2003-01-03", "2022-01-01"),
    ("DIANNE_FEINSTEIN", "Ranking Member of the Senate Judiciary Committee",
     "USAGOVLEG", "USA", "", "2017-01-03", "2021-01-03"),
    ("DIANNE_FEINSTEIN", "Senator", "USAGOVLEG", "USA", "", "1992-11-10", "2023-09-29"),
    ("DICK_DURBIN", "Chair of the Senate Judiciary Committee", "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("DICK_DURBIN", "Ranking Member of the Senate Judiciary Committee",
     "USAGOVLEG", "USA", "", "2021-01-03", "2021-02-03"),
    ("DICK_DURBIN", "Ranking Member of the Senate Judiciary Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("DICK_DURBIN", "Senate Majority Whip", "USAGOVLEG", "USA", "", "2021-01-20", "2025-01-03"),
    ("DICK_DURBIN", "Senate Minority Whip", "USAGOVLEG", "USA", "", "2015-01-03", "2021-01-20"),
    ("DICK_DURBIN", "Senate Minority Whip", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("DICK_DURBIN", "Senator", "USAGOVLEG", "USA", "", "1997-01-03", ""),
    ("DOROTHY_FINK", "Secretary of Health and Human Services (acting)",
     "USAGOV", "USA", "", "2025-01-20", "2025-02-13"),
    ("DOROTHY_SHEA", "Ambassador to the United Nations (acting)", "USAGOV", "USA", "", "2025-01-20", ""),
    ("DOUG_BURGUM", "Secretary of the Interior", "USAGOV", "USA", "", "2025-02-01", ""),
    ("DOUG_COLLINS", "Ranking Member of the House Judiciary Committee",
     "USAGOVLEG", "USA", "", "2019-01-03", "2020-03"),
    ("DOUG_COLLINS", "Representative", "USAGOVLEG", "USA", "", "2013-01-03", "2021-01-03"),
    ("DOUG_COLLINS", "Secretary of Veterans Affairs", "USAGOV", "USA", "", "2025-02-05", ""),
    ("DOUG_JONES", "Senator", "USAGOVLEG", "USA", "", "2018-01-03", "2021-01-03"),
    ("ED_HUGLER", "Secretary of Labor (acting)", "USAGOV", "USA", "", "2017-01-20", "2017-04-28"),
    ("ED_MARKEY", "Senator", "USAGOVLEG", "USA", "", "2013-07-16", ""),
    ("ED_ROYCE", "Chair of the House Foreign Affairs Committee", "USAGOVLEG", "USA", "", "2013-01-03", "2019-01-03"),
    ("ED_ROYCE", "Representative", "USAGOVLEG", "USA", "", "1993-01-03", "2019-01-03"),
    ("ELAINE_CHAO", "Secretary of Transportation", "USAGOV", "USA", "", "2017-01-31", "2021-01-11"),
    ("ELAINE_DUKE", "Secretary of Homeland Security (acting)", "USAGOV", "USA", "", "2017-07-31", "2017-12-06"),
    ("ELIJAH_CUMMINGS", "Chair of the House Oversight Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2019-10-17"),
    ("ELIJAH_CUMMINGS", "Ranking Member of the House Oversight Committee",
     "USAGOVLEG", "USA", "", "2011-01-03", "2019-01-03"),
    ("ELIJAH_CUMMINGS", "Representative", "USAGOVLEG", "USA", "", "1996-04-16", "2019-10-17"),
    ("ELIOT_ENGEL", "Chair of the House Foreign Affairs Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2021-01-03"),
    ("ELIOT_ENGEL", "Ranking Member of the House Foreign Affairs Committee",
     "USAGOVLEG", "USA", "", "2013-01-03", "2019-01-03"),
    ("ELIOT_ENGEL", "Representative", "USAGOVLEG", "USA", "", "1989-01-03", "2021-01-03"),
    ("ELISSA_SLOTKIN", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("ELIZABETH_WARREN", "Ranking Member of the Senate Banking Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("ELIZABETH_WARREN", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("ERIC_HARGAN", "Secretary of Health and Human Services (acting)", "USAGOV", "USA", "", "2017-10-10", "2018-01-29"),
    ("ERIC_SCHMITT", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("EUGENE_SCALIA", "Secretary of Labor", "USAGOV", "USA", "", "2019-09-30", "2021-01-20"),
    ("FRANCIS_COLLINS", "NIH Director", "USAGOV", "USA", "", "2009-08-17", "2021-12-19"),
    ("GARY_PETERS", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("GARY_WASHINGTON", "Secretary of Agriculture (acting)", "USAGOV", "USA", "", "2025-01-20", "2025-02-13"),
    ("GEORGE_HELMY", "Senator", "USAGOVLEG", "USA", "", "2024-09-09", "2024-12-08"),
    ("GERRY_CONNOLLY", "Ranking Member of the House Oversight Committee",
     "USAGOVLEG", "USA", "", "2025-01-03", "2025-04"),
    ("GERRY_CONNOLLY", "Representative", "USAGOVLEG", "USA", "", "2009-01-03", "2025-05-21"),
    ("GINA_HASPEL", "CIA Director", "USAGOVSPY", "USA", "", "2018-05-21", "2021-01-20"),
    ("GINA_HASPEL", "CIA Director (acting)", "USAGOVSPY", "USA", "", "2018-04-26", "2018-05-21"),
    ("GINA_RAIMONDO", "Secretary of Commerce", "USAGOV", "USA", "", "2021-03-03", "2025-01-20"),
    ("GRACE_BOCHENEK", "Secretary of Energy (acting)", "USAGOV", "USA", "", "2017-01-20", "2017-03-02"),
    ("GREGORY_MEEKS", "Chair of the House Foreign Affairs Committee",
     "USAGOVLEG", "USA", "", "2021-01-03", "2023-01-03"),
    ("GREGORY_MEEKS", "Ranking Member of the House Foreign Affairs Committee",
     "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("GREGORY_MEEKS", "Representative", "USAGOVLEG", "USA", "", "1998-02", ""),
    ("HAKEEM_JEFFRIES", "House Minority Leader", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("HAKEEM_JEFFRIES", "Representative", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("HEATHER_NAUERT", "State Department spokesperson", "USAGOV", "USA", "", "2017-04", "2019"),
    ("HEIDI_HEITKAMP", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", "2019-01-03"),
    ("HOWARD_LUTNICK", "Secretary of Commerce", "USAGOV", "USA", "", "2025-02-21", ""),
    ("HUGH_AUCHINCLOSS", "NIAID Director (acting)", "USAGOV", "USA", "", "2023-01-01", "2023-10"),
    ("ISABEL_GUZMAN", "Administrator of the Small Business Administration",
     "USAGOV", "USA", "", "2021-03-17", "2025-01-20"),
    ("JACKY_ROSEN", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", ""),
    ("JACK_REED", "Chair of the Senate Armed Services Committee", "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("JACK_REED", "Ranking Member of the Senate Armed Services Committee",
     "USAGOVLEG", "USA", "", "2015-01", "2021-02-03"),
    ("JACK_REED", "Ranking Member of the Senate Armed Services Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JACK_REED", "Senator", "USAGOVLEG", "USA", "", "1997-01-03", ""),
    ("JAMES_COMER", "Chair of the House Oversight Committee", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("JAMES_COMER", "Ranking Member of the House Oversight Committee", "USAGOVLEG", "USA", "", "2020-06", "2023-01-03"),
    ("JAMES_COMER", "Representative", "USAGOVLEG", "USA", "", "2016-11", ""),
    ("JAMES_COMEY", "FBI Director", "USAGOVSPY", "USA", "", "2013-09-04", "2017-05-09"),
    ("JAMES_LANKFORD", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("JAMES_MCHENRY", "Attorney General (acting)", "USAGOV", "USA", "", "2025-01-20", "2025-02-05"),
    ("JAMIESON_GREER", "Trade Representative", "USAGOV", "USA", "", "2025-02", ""),
    ("JAMIE_RASKIN", "Ranking Member of the House Judiciary Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JAMIE_RASKIN", "Ranking Member of the House Oversight Committee",
     "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("JAMIE_RASKIN", "Representative", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("JANET_YELLEN", "Chair of the Federal Reserve", "USAGOV", "USA", "", "2014-02-03", "2018-02-03"),
    ("JANET_YELLEN", "Secretary of the Treasury", "USAGOV", "USA", "", "2021-01-26", "2025-01-20"),
    ("JANE_NISHIDA", "Administrator of the Environmental Protection Agency (acting)",
     "USAGOV", "USA", "", "2021-01-20", "2021-03-11"),
    ("JASON_CHAFFETZ", "Chair of the House Oversight Committee", "USAGOVLEG", "USA", "", "2015-01-03", "2017-06"),
    ("JASON_CHAFFETZ", "Representative", "USAGOVLEG", "USA", "", "2009-01-03", "2017-06-30"),
    ("JASON_SMITH", "Chair of the House Ways and Means Committee", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("JASON_SMITH", "Representative", "USAGOVLEG", "USA", "", "2013-06", ""),
    ("JAY_BHATTACHARYA", "NIH Director", "USAGOV", "USA", "", "2025-04-01", ""),
    ("JD_VANCE", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-10"),
    ("JEANNE_MARRAZZO", "NIAID Director", "USAGOV", "USA", "", "2023-10", "2025-04"),
    ("JEANNE_SHAHEEN", "Ranking Member of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JEANNE_SHAHEEN", "Senator", "USAGOVLEG", "USA", "", "2009-01-03", ""),
    ("JEFFERY_TAUBENBERGER", "NIAID Director (acting)", "USAGOV", "USA", "", "2025-04", ""),
    ("JEFFREY_ROSEN", "Attorney General (acting)", "USAGOV", "USA", "", "2020-12-24", "2021-01-20"),
    ("JEFF_FLAKE", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", "2019-01-03"),
    ("JEFF_MERKLEY", "Senator", "USAGOVLEG", "USA", "", "2009-01-03", ""),
    ("JEFF_SESSIONS", "Attorney General", "USAGOV", "USA", "", "2017-02-09", "2018-11-07"),
    ("JEFF_SESSIONS", "Senator", "USAGOVLEG", "USA", "", "1997-01-03", "2017-02-08"),
    ("JEFF_ZIENTS", "White House Chief of Staff", "USAGOV", "USA", "", "2023-02-08", "2025-01-20"),
    ("JENNIFER_GRANHOLM", "Secretary of Energy", "USAGOV", "USA", "", "2021-02-25", "2025-01-20"),
    ("JEROME_ADAMS", "Surgeon General", "USAGOV", "USA", "", "2017-09-05", "2021-01-20"),
    ("JEROME_POWELL", "Chair of the Federal Reserve", "USAGOV", "USA", "", "2018-02-05", ""),
    ("JERROLD_NADLER", "Chair of the House Judiciary Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("JERROLD_NADLER", "Ranking Member of the House Judiciary Committee",
     "USAGOVLEG", "USA", "", "2017-12", "2019-01-03"),
    ("JERROLD_NADLER", "Ranking Member of the House Judiciary Committee",
     "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("JERROLD_NADLER", "Representative", "USAGOVLEG", "USA", "", "1992-11", ""),
    ("JERRY_MORAN", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("JIM_BANKS", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JIM_CLYBURN", "House Majority Whip", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("JIM_CLYBURN", "Representative", "USAGOVLEG", "USA", "", "1993-01-03", ""),
    ("JIM_HIMES", "Ranking Member of the House Intelligence Committee", "USAGOVLEG", "USA", "", "2023-01", ""),
    ("JIM_HIMES", "Representative", "USAGOVLEG", "USA", "", "2009-01-03", ""),
    ("JIM_INHOFE", "Chair of the Senate Armed Services Committee", "USAGOVLEG", "USA", "", "2018-09", "2021-02-03"),
    ("JIM_INHOFE", "Ranking Member of the Senate Armed Services Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2023-01-03"),
    ("JIM_INHOFE", "Senator", "USAGOVLEG", "USA", "", "1994-11", "2023-01-03"),
    ("JIM_JORDAN", "Chair of the House Judiciary Committee", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("JIM_JORDAN", "Ranking Member of the House Judiciary Committee", "USAGOVLEG", "USA", "", "2020-03", "2023-01-03"),
    ("JIM_JORDAN", "Ranking Member of the House Oversight Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2020-03"),
    ("JIM_JORDAN", "Representative", "USAGOVLEG", "USA", "", "2007-01-03", ""),
    ("JIM_JUSTICE", "Senator", "USAGOVLEG", "USA", "", "2025-01-14", ""),
    ("JIM_RISCH", "Chair of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2019-01-03", "2021-02-03"),
    ("JIM_RISCH", "Chair of the Senate Foreign Relations Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JIM_RISCH", "Ranking Member of the Senate Foreign Relations Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("JIM_RISCH", "Senator", "USAGOVLEG", "USA", "", "2009-01-03", ""),
    ("JOE_DONNELLY", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", "2019-01-03"),
    ("JOE_MANCHIN", "Senator", "USAGOVLEG", "USA", "", "2010-11-15", "2025-01-03"),
    ("JOHNNY_ISAKSON", "Senator", "USAGOVLEG", "USA", "", "2005-01-03", "2019-12-31"),
    ("JOHN_BARRASSO", "Senate Majority Whip", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JOHN_BARRASSO", "Senator", "USAGOVLEG", "USA", "", "2007-06-25", ""),
    ("JOHN_BOOZMAN", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("JOHN_CONYERS", "Ranking Member of the House Judiciary Committee",
     "USAGOVLEG", "USA", "", "2011-01-03", "2017-11-26"),
    ("JOHN_CONYERS", "Representative", "USAGOVLEG", "USA", "", "1965-01-03", "2017-12-05"),
    ("JOHN_CORNYN", "Senate Majority Whip", "USAGOVLEG", "USA", "", "2015-01-03", "2019-01-03"),
    ("JOHN_CORNYN", "Senator", "USAGOVLEG", "USA", "", "2002-12-02", ""),
    ("JOHN_CURTIS", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JOHN_FETTERMAN", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("JOHN_HICKENLOOPER", "Senator", "USAGOVLEG", "USA", "", "2021-01-03", ""),
    ("JOHN_HOEVEN", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("JOHN_KELLY", "Secretary of Homeland Security", "USAGOV", "USA", "", "2017-01-20", "2017-07-31"),
    ("JOHN_KELLY", "White House Chief of Staff", "USAGOV", "USA", "", "2017-07-31", "2019-01-02"),
    ("JOHN_KENNEDY", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("JOHN_KERRY", "Special Presidential Envoy for Climate", "USAGOV", "USA", "", "2021-01-20", "2024-03-06"),
    ("JOHN_MCCAIN", "Chair of the Senate Armed Services Committee", "USAGOVLEG", "USA", "", "2015-01", "2018-08-25"),
    ("JOHN_MCCAIN", "Senator", "USAGOVLEG", "USA", "", "1987-01-03", "2018-08-25"),
    ("JOHN_MOOLENAAR", "Chair of the House Select Committee on the CCP", "USAGOVLEG", "USA", "", "2024-04", ""),
    ("JOHN_MOOLENAAR", "Representative", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("JOHN_PODESTA", "Special Presidential Envoy for Climate", "USAGOV", "USA", "", "2024-03-06", "2025-01-20"),
    ("JOHN_RATCLIFFE", "CIA Director", "USAGOVSPY", "USA", "", "2025-01-23", ""),
    ("JOHN_RATCLIFFE", "Director of National Intelligence", "USAGOVSPY", "USA", "", "2020-05-26", "2021-01-20"),
    ("JOHN_SULLIVAN", "Deputy Secretary of State", "USAGOV", "USA", "", "2017-05-24", "2019-12-21"),
    ("JOHN_SULLIVAN", "Secretary of State (acting)", "USAGOV", "USA", "", "2018-03-31", "2018-04-26"),
    ("JOHN_THUNE", "Senate Majority Leader", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("JOHN_THUNE", "Senate Majority Whip", "USAGOVLEG", "USA", "", "2019-01-03", "2021-01-20"),
    ("JOHN_THUNE", "Senate Minority Whip", "USAGOVLEG", "USA", "", "2021-01-20", "2025-01-03"),
    ("JOHN_THUNE", "Senator", "USAGOVLEG", "USA", "", "2005-01-03", ""),
    ("JONATHAN_COHEN", "Ambassador to the United Nations (acting)", "USAGOV", "USA", "", "2019-01-01", "2019-09-12"),
    ("JONATHAN_HOFFMAN", "Pentagon Press Secretary", "USAGOVMIL", "USA", "", "2019", "2021-01-20"),
    ("JONI_ERNST", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("JON_HUSTED", "Senator", "USAGOVLEG", "USA", "", "2025-01-21", ""),
    ("JON_KYL", "Senator", "USAGOVLEG", "USA", "", "2018-09-05", "2018-12-31"),
    ("JON_OSSOFF", "Senator", "USAGOVLEG", "USA", "", "2021-01-20", ""),
    ("JON_TESTER", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", "2025-01-03"),
    ("JOSEPH_DUNFORD", "Chairman of the Joint Chiefs of Staff", "USAGOVMIL", "USA", "", "2015-10-01", "2019-09-30"),
    ("JOSEPH_MAGUIRE", "Director of National Intelligence (acting)",
     "USAGOVSPY", "USA", "", "2019-08-16", "2020-02-20"),
    ("JOSH_HAWLEY", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", ""),
    ("JOVITA_CARRANZA", "Administrator of the Small Business Administration",
     "USAGOV", "USA", "", "2020-01-14", "2021-01-20"),
    ("JULIE_SU", "Secretary of Labor (acting)", "USAGOV", "USA", "", "2023-03-11", "2025-01-20"),
    ("KAMALA_HARRIS", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", "2021-01-18"),
    ("KASH_PATEL", "FBI Director", "USAGOVSPY", "USA", "", "2025-02-21", ""),
    ("KATHERINE_CLARK", "House Minority Whip", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("KATHERINE_CLARK", "Representative", "USAGOVLEG", "USA", "", "2013-12", ""),
    ("KATHERINE_TAI", "Trade Representative", "USAGOV", "USA", "", "2021-03-18", "2025-01-20"),
    ("KATIE_BRITT", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("KAYLEIGH_MCENANY", "White House Press Secretary", "USAGOV", "USA", "", "2020-04-07", "2021-01-20"),
    ("KELLY_CRAFT", "Ambassador to the United Nations", "USAGOV", "USA", "", "2019-09-12", "2021-01-20"),
    ("KELLY_LOEFFLER", "Administrator of the Small Business Administration", "USAGOV", "USA", "", "2025-02", ""),
    ("KELLY_LOEFFLER", "Senator", "USAGOVLEG", "USA", "", "2020-01-06", "2021-01-20"),
    ("KEVIN_BRADY", "Chair of the House Ways and Means Committee", "USAGOVLEG", "USA", "", "2015-11", "2019-01-03"),
    ("KEVIN_BRADY", "Ranking Member of the House Ways and Means Committee",
     "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("KEVIN_BRADY", "Representative", "USAGOVLEG", "USA", "", "1997-01-03", "2023-01-03"),
    ("KEVIN_CRAMER", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", ""),
    ("KEVIN_MCALEENAN", "Secretary of Homeland Security (acting)", "USAGOV", "USA", "", "2019-04-10", "2019-11-13"),
    ("KEVIN_MCCARTHY", "House Majority Leader", "USAGOVLEG", "USA", "", "2014-08-01", "2019-01-03"),
    ("KEVIN_MCCARTHY", "House Minority Leader", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("KEVIN_MCCARTHY", "Representative", "USAGOVLEG", "USA", "", "2007-01-03", "2023-12-31"),
    ("KEVIN_MCCARTHY", "Speaker of the House", "USAGOVLEG", "USA", "", "2023-01-07", "2023-10-03"),
    ("KEVIN_SHEA", "Secretary of Agriculture (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-02-24"),
    ("KIRSTEN_GILLIBRAND", "Senator", "USAGOVLEG", "USA", "", "2009-01-26", ""),
    ("KIRSTJEN_NIELSEN", "Secretary of Homeland Security", "USAGOV", "USA", "", "2017-12-06", "2019-04-10"),
    ("KRISTI_NOEM", "Secretary of Homeland Security", "USAGOV", "USA", "", "2025-01-25", ""),
    ("KURT_CAMPBELL", "Deputy Secretary of State", "USAGOV", "USA", "", "2024-02-12", "2025-01-20"),
    ("KYRSTEN_SINEMA", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", "2025-01-03"),
    ("LAMAR_ALEXANDER", "Senator", "USAGOVLEG", "USA", "", "2003-01-03", "2021-01-03"),
    ("LAPHONZA_BUTLER", "Senator", "USAGOVLEG", "USA", "", "2023-10-03", "2024-12-08"),
    ("LAWRENCE_TABAK", "NIH Director (acting)", "USAGOV", "USA", "", "2021-12-20", "2023-11-09"),
    ("LEE_ZELDIN", "Administrator of the Environmental Protection Agency", "USAGOV", "USA", "", "2025-01-29", ""),
    ("LINDA_MCMAHON", "Administrator of the Small Business Administration",
     "USAGOV", "USA", "", "2017-02-14", "2019-04-12"),
    ("LINDA_MCMAHON", "Secretary of Education", "USAGOV", "USA", "", "2025-03-03", ""),
    ("LINDSEY_GRAHAM", "Chair of the Senate Judiciary Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2021-02-03"),
    ("LINDSEY_GRAHAM", "Ranking Member of the Senate Judiciary Committee",
     "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("LINDSEY_GRAHAM", "Senator", "USAGOVLEG", "USA", "", "2003-01-03", ""),
    ("LISA_BLUNT_ROCHESTER", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("LISA_MURKOWSKI", "Senator", "USAGOVLEG", "USA", "", "2002-12-20", ""),
    ("LORI_CHAVEZ_DEREMER", "Secretary of Labor", "USAGOV", "USA", "", "2025-03-11", ""),
    ("LUTHER_STRANGE", "Senator", "USAGOVLEG", "USA", "", "2017-02-09", "2018-01-03"),
    ("MAC_THORNBERRY", "Chair of the House Armed Services Committee",
     "USAGOVLEG", "USA", "", "2015-01-03", "2019-01-03"),
    ("MAC_THORNBERRY", "Ranking Member of the House Armed Services Committee",
     "USAGOVLEG", "USA", "", "2019-01-03", "2021-01-03"),
    ("MAC_THORNBERRY", "Representative", "USAGOVLEG", "USA", "", "1995-01-03", "2021-01-03"),
    ("MAGGIE_HASSAN", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("MANDY_COHEN", "CDC Director", "USAGOV", "USA", "", "2023-07-10", "2025-01-20"),
    ("MARCIA_FUDGE", "Secretary of Housing and Urban Development", "USAGOV", "USA", "", "2021-03-10", "2024-03-22"),
    ("MARCO_RUBIO", "Chair of the Senate Intelligence Committee (acting)",
     "USAGOVLEG", "USA", "", "2020-05-18", "2021-02-03"),
    ("MARCO_RUBIO", "Ranking Member of the Senate Intelligence Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("MARCO_RUBIO", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", "2025-01-20"),
    ("MARIA_CANTWELL", "Senator", "USAGOVLEG", "USA", "", "2001-01-03", ""),
    ("MARKWAYNE_MULLIN", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("MARK_ESPER", "Secretary of Defense (acting)", "USAGOVMIL", "USA", "", "2019-06-24", "2019-07-15"),
    ("MARK_KELLY", "Senator", "USAGOVLEG", "USA", "", "2020-12-02", ""),
    ("MARK_MEADOWS", "White House Chief of Staff", "USAGOV", "USA", "", "2020-03-31", "2021-01-20"),
    ("MARK_SANDY", "Director of the Office of Management and Budget (acting)",
     "USAGOV", "USA", "", "2017-01-20", "2017-02-16"),
    ("MARK_TONER", "State Department spokesperson (acting)", "USAGOV", "USA", "", "2017-01", "2017-04"),
    ("MARK_WARNER", "Chair of the Senate Intelligence Committee", "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("MARK_WARNER", "Ranking Member of the Senate Intelligence Committee",
     "USAGOVLEG", "USA", "", "2017-01-03", "2021-02-03"),
    ("MARK_WARNER", "Ranking Member of the Senate Intelligence Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("MARK_WARNER", "Senator", "USAGOVLEG", "USA", "", "2009-01-03", ""),
    ("MARSHA_BLACKBURN", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", ""),
    ("MARTHA_MCSALLY", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", "2020-12-02"),
    ("MARTIN_HEINRICH", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("MARTY_WALSH", "Secretary of Labor", "USAGOV", "USA", "", "2021-03-23", "2023-03-11"),
    ("MATTHEW_MEMOLI", "NIH Director (acting)", "USAGOV", "USA", "", "2025-01", "2025-04-01"),
    ("MATTHEW_VAETH", "Director of the Office of Management and Budget (acting)",
     "USAGOV", "USA", "", "2025-01-20", "2025-02-07"),
    ("MATTHEW_WHITAKER", "Attorney General (acting)", "USAGOV", "USA", "", "2018-11-07", "2019-02-14"),
    ("MATT_AMMON", "Secretary of Housing and Urban Development (acting)",
     "USAGOV", "USA", "", "2021-01-20", "2021-03-10"),
    ("MAZIE_HIRONO", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("MERRICK_GARLAND", "Attorney General", "USAGOV", "USA", "", "2021-03-11", "2025-01-20"),
    ("MICHAEL_BENNET", "Senator", "USAGOVLEG", "USA", "", "2009-01-21", ""),
    ("MICHAEL_DEMPSEY", "Director of National Intelligence (acting)",
     "USAGOVSPY", "USA", "", "2017-01-20", "2017-03-16"),
    ("MICHAEL_MCCAUL", "Chair of the House Foreign Affairs Committee",
     "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("MICHAEL_MCCAUL", "Ranking Member of the House Foreign Affairs Committee",
     "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("MICHAEL_MCCAUL", "Representative", "USAGOVLEG", "USA", "", "2005-01-03", ""),
    ("MICHAEL_REGAN", "Administrator of the Environmental Protection Agency",
     "USAGOV", "USA", "", "2021-03-11", "2025-01-20"),
    ("MICHAEL_YOUNG", "Secretary of Agriculture (acting)", "USAGOV", "USA", "", "2017-01-20", "2017-04-25"),
    ("MICK_MULVANEY", "Director of the Office of Management and Budget",
     "USAGOV", "USA", "", "2017-02-16", "2020-03-31"),
    ("MICK_MULVANEY", "White House Chief of Staff (acting)", "USAGOV", "USA", "", "2019-01-02", "2020-03-31"),
    ("MIGUEL_CARDONA", "Secretary of Education", "USAGOV", "USA", "", "2021-03-02", "2025-01-20"),
    ("MIKE_BRAUN", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", "2025-01-03"),
    ("MIKE_CRAPO", "Chair of the Senate Banking Committee", "USAGOVLEG", "USA", "", "2017-01-03", "2021-02-03"),
    ("MIKE_CRAPO", "Chair of the Senate Finance Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("MIKE_CRAPO", "Ranking Member of the Senate Finance Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("MIKE_CRAPO", "Senator", "USAGOVLEG", "USA", "", "1999-01-03", ""),
    ("MIKE_ENZI", "Senator", "USAGOVLEG", "USA", "", "1997-01-03", "2021-01-03"),
    ("MIKE_GALLAGHER", "Chair of the House Select Committee on the CCP", "USAGOVLEG", "USA", "", "2023-01", "2024-04"),
    ("MIKE_GALLAGHER", "Representative", "USAGOVLEG", "USA", "", "2017-01-03", "2024-04-19"),
    ("MIKE_JOHNSON", "Representative", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("MIKE_JOHNSON", "Speaker of the House", "USAGOVLEG", "USA", "", "2023-10-25", ""),
    ("MIKE_LEE", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("MIKE_ROGERS", "Chair of the House Armed Services Committee", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("MIKE_ROGERS", "Ranking Member of the House Armed Services Committee",
     "USAGOVLEG", "USA", "", "2021-01-03", "2023-01-03"),
    ("MIKE_ROGERS", "Representative", "USAGOVLEG", "USA", "", "2003-01-03", ""),
    ("MIKE_ROUNDS", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("MIKE_TURNER", "Chair of the House Intelligence Committee", "USAGOVLEG", "USA", "", "2023-01", "2025-01-03"),
    ("MIKE_TURNER", "Ranking Member of the House Intelligence Committee",
     "USAGOVLEG", "USA", "", "2022-01", "2023-01-03"),
    ("MIKE_TURNER", "Representative", "USAGOVLEG", "USA", "", "2003-01-03", ""),
    ("MITCH_MCCONNELL", "Senate Majority Leader", "USAGOVLEG", "USA", "", "2015-01-03", "2021-01-20"),
    ("MITCH_MCCONNELL", "Senate Minority Leader", "USAGOVLEG", "USA", "", "2021-01-20", "2025-01-03"),
    ("MITCH_MCCONNELL", "Senator", "USAGOVLEG", "USA", "", "1985-01-03", ""),
    ("MITT_ROMNEY", "Senator", "USAGOVLEG", "USA", "", "2019-01-03", "2025-01-03"),
    ("MONICA_BERTAGNOLLI", "NIH Director", "USAGOV", "USA", "", "2023-11-09", "2025-01-17"),
    ("MONTY_WILKINSON", "Attorney General (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-03-11"),
    ("MORGAN_ORTAGUS", "State Department spokesperson", "USAGOV", "USA", "", "2019", "2020"),
    ("NANCY_PELOSI", "House Minority Leader", "USAGOVLEG", "USA", "", "2011-01-03", "2019-01-03"),
    ("NANCY_PELOSI", "Representative", "USAGOVLEG", "USA", "", "1987-06-02", ""),
    ("NANCY_PELOSI", "Speaker of the House", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("NIKKI_HALEY", "Ambassador to the United Nations", "USAGOV", "USA", "", "2017-01-27", "2018-12-31"),
    ("NORRIS_COCHRAN", "Secretary of Health and Human Services (acting)",
     "USAGOV", "USA", "", "2017-01-20", "2017-02-10"),
    ("NORRIS_COCHRAN", "Secretary of Health and Human Services (acting)",
     "USAGOV", "USA", "", "2021-01-20", "2021-03-19"),
    ("ORRIN_HATCH", "Chair of the Senate Finance Committee", "USAGOVLEG", "USA", "", "2015-01", "2019-01-03"),
    ("ORRIN_HATCH", "President pro tempore of the Senate", "USAGOVLEG", "USA", "", "2015-01-06", "2019-01-03"),
    ("ORRIN_HATCH", "Senator", "USAGOVLEG", "USA", "", "1977-01-03", "2019-01-03"),
    ("PAM_BONDI", "Attorney General", "USAGOV", "USA", "", "2025-02-05", ""),
    ("PATRICK_LEAHY", "President pro tempore of the Senate", "USAGOVLEG", "USA", "", "2021-01-20", "2023-01-03"),
    ("PATRICK_LEAHY", "Senator", "USAGOVLEG", "USA", "", "1975-01-03", "2023-01-03"),
    ("PATRICK_MCHENRY", "Representative", "USAGOVLEG", "USA", "", "2005-01-03", "2025-01-03"),
    ("PATRICK_MCHENRY", "Speaker of the House (acting)", "USAGOVLEG", "USA", "", "2023-10-03", "2023-10-25"),
    ("PATRICK_PIZZELLA", "Secretary of Labor (acting)", "USAGOV", "USA", "", "2019-07-20", "2019-09-30"),
    ("PATRICK_SHANAHAN", "Secretary of Defense (acting)", "USAGOVMIL", "USA", "", "2019-01-01", "2019-06-23"),
    ("PATTY_MURRAY", "President pro tempore of the Senate", "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("PATTY_MURRAY", "Senator", "USAGOVLEG", "USA", "", "1993-01-03", ""),
    ("PAT_ROBERTS", "Senator", "USAGOVLEG", "USA", "", "1997-01-03", "2021-01-03"),
    ("PAT_RYDER", "Pentagon Press Secretary", "USAGOVMIL", "USA", "", "2022-08", "2025-01-20"),
    ("PAT_TOOMEY", "Ranking Member of the Senate Banking Committee",
     "USAGOVLEG", "USA", "", "2021-02-03", "2023-01-03"),
    ("PAT_TOOMEY", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", "2023-01-03"),
    ("PAUL_RYAN", "Representative", "USAGOVLEG", "USA", "", "1999-01-03", "2019-01-03"),
    ("PAUL_RYAN", "Speaker of the House", "USAGOVLEG", "USA", "", "2015-10-29", "2019-01-03"),
    ("PETER_OROURKE", "Secretary of Veterans Affairs (acting)", "USAGOV", "USA", "", "2018-05-29", "2018-07-30"),
    ("PETER_WELCH", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("PETE_BUTTIGIEG", "Secretary of Transportation", "USAGOV", "USA", "", "2021-02-03", "2025-01-20"),
    ("PETE_RICKETTS", "Senator", "USAGOVLEG", "USA", "", "2023-01-23", ""),
    ("PHIL_ROSENFELT", "Secretary of Education (acting)", "USAGOV", "USA", "", "2017-01-20", "2017-02-07"),
    ("PHIL_ROSENFELT", "Secretary of Education (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-03-02"),
    ("RAJA_KRISHNAMOORTHI", "Ranking Member of the House Select Committee on the CCP",
     "USAGOVLEG", "USA", "", "2023", ""),
    ("RAJA_KRISHNAMOORTHI", "Representative", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("RAND_PAUL", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("RAPHAEL_WARNOCK", "Senator", "USAGOVLEG", "USA", "", "2021-01-20", ""),
    ("REINCE_PRIEBUS", "White House Chief of Staff", "USAGOV", "USA", "", "2017-01-20", "2017-07-31"),
    ("RICHARD_BLUMENTHAL", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("RICHARD_BURR", "Chair of the Senate Intelligence Committee", "USAGOVLEG", "USA", "", "2015-01", "2020-05-15"),
    ("RICHARD_BURR", "Senator", "USAGOVLEG", "USA", "", "2005-01-03", "2023-01-03"),
    ("RICHARD_GRENELL", "Director of National Intelligence (acting)",
     "USAGOVSPY", "USA", "", "2020-02-20", "2020-05-26"),
    ("RICHARD_MILLS", "Ambassador to the United Nations (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-02-25"),
    ("RICHARD_NEAL", "Chair of the House Ways and Means Committee", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("RICHARD_NEAL", "Ranking Member of the House Ways and Means Committee",
     "USAGOVLEG", "USA", "", "2017-01-03", "2019-01-03"),
    ("RICHARD_NEAL", "Ranking Member of the House Ways and Means Committee", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("RICHARD_NEAL", "Representative", "USAGOVLEG", "USA", "", "1989-01-03", ""),
    ("RICHARD_SHELBY", "Senator", "USAGOVLEG", "USA", "", "1987-01-03", "2023-01-03"),
    ("RICK_CRAWFORD", "Chair of the House Intelligence Committee", "USAGOVLEG", "USA", "", "2025-01", ""),
    ("RICK_CRAWFORD", "Representative", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("RICK_PERRY", "Secretary of Energy", "USAGOV", "USA", "", "2017-03-02", "2019-12-01"),
    ("RICK_SCOTT", "Senator", "USAGOVLEG", "USA", "", "2019-01-08", ""),
    ("ROBERT_F_KENNEDY_JR", "Secretary of Health and Human Services", "USAGOV", "USA", "", "2025-02-13", ""),
    ("ROBERT_GARCIA", "Ranking Member of the House Oversight Committee", "USAGOVLEG", "USA", "", "2025-06-24", ""),
    ("ROBERT_GARCIA", "Representative", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("ROBERT_LIGHTHIZER", "Trade Representative", "USAGOV", "USA", "", "2017-05-15", "2021-01-20"),
    ("ROBERT_REDFIELD", "CDC Director", "USAGOV", "USA", "", "2018-03-26", "2021-01-20"),
    ("ROBERT_WILKIE", "Secretary of Veterans Affairs", "USAGOV", "USA", "", "2018-07-30", "2021-01-20"),
    ("ROBERT_WILKIE", "Secretary of Veterans Affairs (acting)", "USAGOV", "USA", "", "2018-03-28", "2018-05-29"),
    ("ROB_FAIRWEATHER", "Director of the Office of Management and Budget (acting)",
     "USAGOV", "USA", "", "2021-01-20", "2021-03-24"),
    ("ROB_PORTMAN", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", "2023-01-03"),
    ("ROCHELLE_WALENSKY", "CDC Director", "USAGOV", "USA", "", "2021-01-20", "2023-06-30"),
    ("ROGER_MARSHALL", "Senator", "USAGOVLEG", "USA", "", "2021-01-03", ""),
    ("ROGER_WICKER", "Chair of the Senate Armed Services Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("ROGER_WICKER", "Ranking Member of the Senate Armed Services Committee",
     "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("ROGER_WICKER", "Senator", "USAGOVLEG", "USA", "", "2007-12-31", ""),
    ("RON_JOHNSON", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", ""),
    ("RON_KLAIN", "White House Chief of Staff", "USAGOV", "USA", "", "2021-01-20", "2023-02-08"),
    ("RON_WYDEN", "Chair of the Senate Finance Committee", "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("RON_WYDEN", "Ranking Member of the Senate Finance Committee", "USAGOVLEG", "USA", "", "2015-01", "2021-02-03"),
    ("RON_WYDEN", "Ranking Member of the Senate Finance Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("RON_WYDEN", "Senator", "USAGOVLEG", "USA", "", "1996-02", ""),
    ("ROY_BLUNT", "Senator", "USAGOVLEG", "USA", "", "2011-01-03", "2023-01-03"),
    ("RUBEN_GALLEGO", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("RUSSELL_VOUGHT", "Director of the Office of Management and Budget",
     "USAGOV", "USA", "", "2020-07-22", "2021-01-20"),
    ("RUSSELL_VOUGHT", "Director of the Office of Management and Budget", "USAGOV", "USA", "", "2025-02-07", ""),
    ("RUSSELL_VOUGHT", "Director of the Office of Management and Budget (acting)",
     "USAGOV", "USA", "", "2019-01-02", "2020-07-22"),
    ("RYAN_ZINKE", "Secretary of the Interior", "USAGOV", "USA", "", "2017-03-01", "2019-01-02"),
    ("SARAH_HUCKABEE_SANDERS", "White House Press Secretary", "USAGOV", "USA", "", "2017-07-26", "2019-07-01"),
    ("SCOTT_BESSENT", "Secretary of the Treasury", "USAGOV", "USA", "", "2025-01-28", ""),
    ("SCOTT_DE_LA_VEGA", "Secretary of the Interior (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-03-16"),
    ("SCOTT_PRUITT", "Administrator of the Environmental Protection Agency",
     "USAGOV", "USA", "", "2017-02-17", "2018-07-06"),
    ("SCOTT_TURNER", "Secretary of Housing and Urban Development", "USAGOV", "USA", "", "2025-02-05", ""),
    ("SEAN_DUFFY", "Secretary of Transportation", "USAGOV", "USA", "", "2025-01-28", ""),
    ("SEAN_SPICER", "White House Press Secretary", "USAGOV", "USA", "", "2017-01-20", "2017-07-21"),
    ("SHALANDA_YOUNG", "Director of the Office of Management and Budget",
     "USAGOV", "USA", "", "2022-03-17", "2025-01-20"),
    ("SHALANDA_YOUNG", "Director of the Office of Management and Budget (acting)",
     "USAGOV", "USA", "", "2021-03-24", "2022-03-17"),
    ("SHELDON_WHITEHOUSE", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", ""),
    ("SHELLEY_MOORE_CAPITO", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("SHERROD_BROWN", "Chair of the Senate Banking Committee", "USAGOVLEG", "USA", "", "2021-02-03", "2025-01-03"),
    ("SHERROD_BROWN", "Ranking Member of the Senate Banking Committee",
     "USAGOVLEG", "USA", "", "2015-01", "2021-02-03"),
    ("SHERROD_BROWN", "Senator", "USAGOVLEG", "USA", "", "2007-01-03", "2025-01-03"),
    ("SONNY_PERDUE", "Secretary of Agriculture", "USAGOV", "USA", "", "2017-04-25", "2021-01-20"),
    ("STENY_HOYER", "House Majority Leader", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("STENY_HOYER", "House Minority Whip", "USAGOVLEG", "USA", "", "2011-01-03", "2019-01-03"),
    ("STENY_HOYER", "Representative", "USAGOVLEG", "USA", "", "1981-05", ""),
    ("STEPHANIE_GRISHAM", "White House Press Secretary", "USAGOV", "USA", "", "2019-07-01", "2020-04-07"),
    ("STEPHEN_BIEGUN", "Deputy Secretary of State", "USAGOV", "USA", "", "2019-12-21", "2021-01-20"),
    ("STEPHEN_LYNCH", "Ranking Member of the House Oversight Committee (acting)",
     "USAGOVLEG", "USA", "", "2025-04", "2025-06-24"),
    ("STEPHEN_LYNCH", "Representative", "USAGOVLEG", "USA", "", "2001-10", ""),
    ("STEVEN_MNUCHIN", "Secretary of the Treasury", "USAGOV", "USA", "", "2017-02-13", "2021-01-20"),
    ("STEVE_DAINES", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("STEVE_SCALISE", "House Majority Leader", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("STEVE_SCALISE", "House Majority Whip", "USAGOVLEG", "USA", "", "2014-08-01", "2019-01-03"),
    ("STEVE_SCALISE", "House Minority Whip", "USAGOVLEG", "USA", "", "2019-01-03", "2023-01-03"),
    ("STEVE_SCALISE", "Representative", "USAGOVLEG", "USA", "", "2008-05-07", ""),
    ("SUSAN_COLLINS", "Senator", "USAGOVLEG", "USA", "", "1997-01-03", ""),
    ("SUSAN_MONAREZ", "CDC Director (acting)", "USAGOV", "USA", "", "2025-01", "2025-03"),
    ("SUSAN_ORSEGA", "Surgeon General (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-03-25"),
    ("SUSIE_WILES", "White House Chief of Staff", "USAGOV", "USA", "", "2025-01-20", ""),
    ("SYLVIA_TRENT_ADAMS", "Surgeon General (acting)", "USAGOV", "USA", "", "2017-04-21", "2017-09-05"),
    ("TAMMY_BALDWIN", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("TAMMY_DUCKWORTH", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("TED_BUDD", "Senator", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("TED_CRUZ", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("THAD_COCHRAN", "Senator", "USAGOVLEG", "USA", "", "1978-12-27", "2018-04-01"),
    ("THOM_TILLIS", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("TIM_KAINE", "Senator", "USAGOVLEG", "USA", "", "2013-01-03", ""),
    ("TIM_SCOTT", "Chair of the Senate Banking Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("TIM_SCOTT", "Ranking Member of the Senate Banking Committee", "USAGOVLEG", "USA", "", "2023-01-03", "2025-01-03"),
    ("TIM_SCOTT", "Senator", "USAGOVLEG", "USA", "", "2013-01", ""),
    ("TIM_SHEEHY", "Senator", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("TINA_SMITH", "Senator", "USAGOVLEG", "USA", "", "2018-01-03", ""),
    ("TODD_YOUNG", "Senator", "USAGOVLEG", "USA", "", "2017-01-03", ""),
    ("TOMMY_TUBERVILLE", "Senator", "USAGOVLEG", "USA", "", "2021-01-03", ""),
    ("TOM_CARPER", "Senator", "USAGOVLEG", "USA", "", "2001-01-03", "2025-01-03"),
    ("TOM_COTTON", "Chair of the Senate Intelligence Committee", "USAGOVLEG", "USA", "", "2025-01-03", ""),
    ("TOM_COTTON", "Senator", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("TOM_EMMER", "House Majority Whip", "USAGOVLEG", "USA", "", "2023-01-03", ""),
    ("TOM_EMMER", "Representative", "USAGOVLEG", "USA", "", "2015-01-03", ""),
    ("TOM_PRICE", "Secretary of Health and Human Services", "USAGOV", "USA", "", "2017-02-10", "2017-09-29"),
    ("TOM_UDALL", "Senator", "USAGOVLEG", "USA", "", "2009-01-03", "2021-01-03"),
    ("TOM_VILSACK", "Secretary of Agriculture", "USAGOV", "USA", "", "2021-02-24", "2025-01-20"),
    ("TREY_GOWDY", "Chair of the House Oversight Committee", "USAGOVLEG", "USA", "", "2017-06", "2019-01-03"),
    ("TREY_GOWDY", "Representative", "USAGOVLEG", "USA", "", "2011-01-03", "2019-01-03"),
    ("TULSI_GABBARD", "Director of National Intelligence", "USAGOVSPY", "USA", "", "2025-02-12", ""),
    ("VICTORIA_NULAND", "Deputy Secretary of State (acting)", "USAGOV", "USA", "", "2023-07-28", "2024-02-12"),
    ("VINCE_MICONE", "Secretary of Labor (acting)", "USAGOV", "USA", "", "2025-01-20", "2025-03-11"),
    ("VIVEK_MURTHY", "Surgeon General", "USAGOV", "USA", "", "2014-12-15", "2017-04-21"),
    ("VIVEK_MURTHY", "Surgeon General", "USAGOV", "USA", "", "2021-03-25", "2025-01-20"),
    ("WENDY_SHERMAN", "Deputy Secretary of State", "USAGOV", "USA", "", "2021-04-14", "2023-07-28"),
    ("WILBUR_ROSS", "Secretary of Commerce", "USAGOV", "USA", "", "2017-02-28", "2021-01-20"),
    ("WILLIAM_BURNS", "CIA Director", "USAGOVSPY", "USA", "", "2021-03-19", "2025-01-20"),
    ("WILLIAM_P_BARR", "Attorney General", "USAGOV", "USA", "", "2019-02-14", "2020-12-23"),
    ("WYNN_COGGINS", "Secretary of Commerce (acting)", "USAGOV", "USA", "", "2021-01-20", "2021-03-03"),
    ("XAVIER_BECERRA", "Secretary of Health and Human Services", "USAGOV", "USA", "", "2021-03-19", "2025-01-20"),
]


def persons_1_5() -> list[tuple[str, str, str, str, str]]:
    """The persons of 1.3 with those of version 1.5 added."""
    return persons_1_3() + LEADERS_1_5


def persons_1_6() -> list[tuple[str, str, str, str, str]]:
    """The persons of 1.5 with those of version 1.6 added."""
    return persons_1_5() + LEADERS_1_6


def persons_1_7() -> list[tuple[str, str, str, str, str]]:
    """The persons of 1.6 with those of version 1.7 added."""
    return persons_1_6() + LEADERS_1_7


# --------------------------------------------------------------------------------------
# Phoenix (PETRARCH2) dictionaries
# --------------------------------------------------------------------------------------

# CAMEO sector codes -> readable words; a role's first sector names it, later ones qualify it.
# --------------------------------------------------------------------------------------
# Version 1.2: names in Chinese and Russian. CLDR territory names (Unicode License v3, through
# Babel) -> states-cldr-1.0.csv; the tables below (discourse project, BSD-3-Clause) ->
# names-zh-ru-1.0.csv. Russian names are written in all six cases (pymorphy3), since a name
# matches as written ("России", "Путиным"); Chinese needs no inflection.
# --------------------------------------------------------------------------------------
# "X side" forms (美方: the US side) name the state's government; only unambiguous ones.
ZH_SIDES = {"CHN": "中方", "USA": "美方", "RUS": "俄方", "JPN": "日方", "GBR": "英方", "FRA": "法方",
            "DEU": "德方", "KOR": "韩方", "PRK": "朝方", "IND": "印方", "AUS": "澳方", "CAN": "加方",
            "VNM": "越方", "PHL": "菲方", "KAZ": "哈方", "KGZ": "吉方", "ISR": "以方", "SAU": "沙方",
            "EGY": "埃方", "ITA": "意方", "MNG": "蒙方", "KHM": "柬方", "THA": "泰方", "MMR": "缅方",
            "SGP": "新方", "MYS": "马方", "IDN": "印尼方", "NZL": "新西兰方", "TWN": "台湾方面"}
# One-character short forms, read only inside a compound of states (中美关系, 中俄两国, 中日韩).
ZH_COMPOUNDS = {"CHN": "中", "USA": "美", "RUS": "俄", "JPN": "日", "KOR": "韩", "PRK": "朝", "GBR": "英",
                "FRA": "法", "DEU": "德", "IND": "印", "PAK": "巴", "KAZ": "哈", "AUS": "澳", "CAN": "加",
                "VNM": "越", "PHL": "菲", "MNG": "蒙", "KHM": "柬", "LAO": "老", "THA": "泰", "MMR": "缅",
                "SGP": "新", "MYS": "马", "TUR": "土", "IRN": "伊", "ISR": "以", "EGY": "埃", "ITA": "意",
                "ESP": "西", "EU": "欧"}
# Official and short names CLDR lacks.
ZH_NAMES = {"CHN": "中华人民共和国", "USA": "美利坚合众国|美國", "RUS": "俄罗斯联邦|俄联邦", "KOR": "大韩民国",
            "PRK": "朝鲜民主主义人民共和国", "KAZ": "哈萨克斯坦共和国", "PSE": "巴勒斯坦", "HKG": "香港|香港特区",
            "MAC": "澳门|澳门特区", "GBR": "联合王国"}
RU_NAMES = {"USA": "США|Соединенные Штаты Америки", "KOR": "Южная Корея", "PRK": "Северная Корея",
            "KGZ": "Кыргызстан", "CHN": "КНР|Китайская Народная Республика", "RUS": "Российская Федерация|РФ",
            "GBR": "Соединенное Королевство", "PSE": "Палестина", "MDA": "Молдавия", "BLR": "Беларусь"}
ZH_CAPITALS = {"CHN": "北京", "USA": "华盛顿", "RUS": "莫斯科", "JPN": "东京", "GBR": "伦敦", "FRA": "巴黎",
               "DEU": "柏林", "KOR": "首尔", "PRK": "平壤", "IND": "新德里", "KAZ": "阿斯塔纳|努尔苏丹",
               "UZB": "塔什干", "KGZ": "比什凯克", "TJK": "杜尚别", "TKM": "阿什哈巴德", "UKR": "基辅",
               "BLR": "明斯克", "IRN": "德黑兰", "TUR": "安卡拉", "AUS": "堪培拉", "CAN": "渥太华",
               "VNM": "河内", "PHL": "马尼拉", "PAK": "伊斯兰堡", "AFG": "喀布尔", "SYR": "大马士革",
               "EGY": "开罗", "SAU": "利雅得", "TWN": "台北"}
RU_CAPITALS = {"CHN": "Пекин", "USA": "Вашингтон", "RUS": "Москва", "JPN": "Токио", "GBR": "Лондон",
               "FRA": "Париж", "DEU": "Берлин", "KOR": "Сеул", "PRK": "Пхеньян", "IND": "Нью-Дели",
               "KAZ": "Астана|Нур-Султан", "UZB": "Ташкент", "KGZ": "Бишкек", "TJK": "Душанбе",
               "TKM": "Ашхабад", "UKR": "Киев", "BLR": "Минск", "IRN": "Тегеран", "TUR": "Анкара",
               "AUS": "Канберра", "CAN": "Оттава", "VNM": "Ханой", "PAK": "Исламабад", "AFG": "Кабул",
               "SYR": "Дамаск", "EGY": "Каир", "SAU": "Эр-Рияд"}
# Adjectives of states in Russian (demonyms in the registry's sense): every case, gender, number.
RU_ADJECTIVES = {"USA": "американский", "CHN": "китайский", "RUS": "российский", "JPN": "японский",
                 "GBR": "британский", "FRA": "французский", "DEU": "германский|немецкий", "IND": "индийский",
                 "KAZ": "казахстанский", "UZB": "узбекистанский", "KGZ": "киргизский|кыргызский",
                 "TJK": "таджикский", "TKM": "туркменский", "UKR": "украинский", "BLR": "белорусский",
                 "IRN": "иранский", "TUR": "турецкий", "KOR": "южнокорейский", "PRK": "северокорейский",
                 "ISR": "израильский", "SYR": "сирийский", "AFG": "афганский", "PAK": "пакистанский"}
ZH_GROUPS = {"EU": "欧盟|欧洲联盟", "NATO": "北约|北大西洋公约组织", "UN": "联合国", "ASEAN": "东盟",
             "SCO": "上合组织|上海合作组织", "BRICS": "金砖国家", "WTO": "世贸组织|世界贸易组织", "G20": "二十国集团",
             "G7": "七国集团", "APEC": "亚太经合组织", "UNSC": "安理会|联合国安理会", "WHO": "世卫组织|世界卫生组织",
             "IMF": "国际货币基金组织", "AU": "非盟|非洲联盟", "CSTO": "集体安全条约组织", "EAEU": "欧亚经济联盟",
             "CIS": "独联体", "IAEA": "国际原子能机构", "AIIB": "亚投行|亚洲基础设施投资银行"}
RU_GROUPS = {"EU": "ЕС|Евросоюз|Европейский союз", "NATO": "НАТО", "UN": "ООН|Организация Объединенных Наций",
             "ASEAN": "АСЕАН", "SCO": "ШОС|Шанхайская организация сотрудничества", "BRICS": "БРИКС",
             "WTO": "ВТО", "G20": "Группа двадцати", "G7": "Группа семи", "UNSC": "Совет Безопасности ООН|СБ ООН",
             "WHO": "ВОЗ", "IMF": "МВФ", "CSTO": "ОДКБ", "EAEU": "ЕАЭС", "CIS": "СНГ", "OSCE": "ОБСЕ",
             "IAEA": "МАГАТЭ", "AU": "Африканский союз"}
ZH_PERSONS = {"XI_JINPING": "习近平", "LI_KEQIANG": "李克强", "LI_QIANG": "李强", "WANG_YI": "王毅", "QIN_GANG": "秦刚",
              "VLADIMIR_PUTIN": "普京", "SERGEY_LAVROV": "拉夫罗夫", "DMITRY_MEDVEDEV": "梅德韦杰夫",
              "DONALD_TRUMP": "特朗普", "JOE_BIDEN": "拜登", "BARACK_OBAMA": "奥巴马", "MIKE_POMPEO": "蓬佩奥",
              "ANTONY_BLINKEN": "布林肯", "KASSYM_JOMART_TOKAYEV": "托卡耶夫", "NURSULTAN_NAZARBAYEV": "纳扎尔巴耶夫",
              "SHAVKAT_MIRZIYOYEV": "米尔济约耶夫", "EMOMALI_RAHMON": "拉赫蒙", "SADYR_JAPAROV": "扎帕罗夫",
              "EMMANUEL_MACRON": "马克龙", "BORIS_JOHNSON": "约翰逊", "ANTONIO_GUTERRES": "古特雷斯"}
RU_PERSONS = {"VLADIMIR_PUTIN": "Путин|Владимир Путин", "SERGEY_LAVROV": "Лавров|Сергей Лавров",
              "DMITRY_MEDVEDEV": "Медведев|Дмитрий Медведев", "DMITRY_PESKOV": "Песков|Дмитрий Песков",
              "MARIA_ZAKHAROVA": "Захарова|Мария Захарова", "SERGEI_SHOIGU": "Шойгу|Сергей Шойгу",
              "XI_JINPING": "Си Цзиньпин|Си Цзиньпином", "WANG_YI": "Ван И", "LI_KEQIANG": "Ли Кэцян", "DONALD_TRUMP": "Трамп|Дональд Трамп",
              "JOE_BIDEN": "Байден|Джо Байден", "BARACK_OBAMA": "Обама|Барак Обама", "ANTONY_BLINKEN": "Блинкен|Энтони Блинкен",
              "KASSYM_JOMART_TOKAYEV": "Токаев|Касым-Жомарт Токаев", "NURSULTAN_NAZARBAYEV": "Назарбаев|Нурсултан Назарбаев",
              "SHAVKAT_MIRZIYOYEV": "Мирзиёев|Шавкат Мирзиёев", "EMOMALI_RAHMON": "Рахмон|Эмомали Рахмон",
              "SADYR_JAPAROV": "Жапаров|Садыр Жапаров", "EMMANUEL_MACRON": "Макрон|Эммануэль Макрон",
              "ANTONIO_GUTERRES": "Гутерреш|Антониу Гутерреш"}

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def _morph():
    import pymorphy3  # build time only (the test extra): the package never inflects at run time

    return pymorphy3.MorphAnalyzer()


def _keep_case(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    if like[:1].isupper():
        return "-".join(p[:1].upper() + p[1:] for p in form.split("-"))
    return form


def _parse(morph, word: str, want: str):
    """The parse of a word as a place (Geox), a person's name (Surn, Name, Patr) or any noun or adjective."""
    parses = morph.parse(word.lower())
    tags = {"place": ("Geox",), "person": ("Surn", "Name")}.get(want, ())
    for tag in tags:
        for p in parses:
            if tag in p.tag and "Abbr" not in p.tag:
                return p
    for p in parses:
        if want == "phrase" and {"NOUN", "ADJF", "PRTF"} & p.tag.grammemes:
            return p
    return None


_RULES = {  # case endings of a surname pymorphy3 does not know (foreign or rare names)
    "ova": {"gent": "ой", "datv": "ой", "accs": "у", "ablt": "ой", "loct": "ой"},
    "ov": {"gent": "а", "datv": "у", "accs": "а", "ablt": "ым", "loct": "е"},
    "consonant": {"gent": "а", "datv": "у", "accs": "а", "ablt": "ом", "loct": "е"},
}


def _rule_form(word: str, case: str) -> str:
    if case == "nomn":
        return word
    if word.endswith(("ова", "ева", "ина")):
        return word[:-1] + _RULES["ova"][case]
    if word.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return word + _RULES["ov"][case]
    if word[-1:].lower() in "бвгджзклмнпрстфхцчшщ":
        return word + _RULES["consonant"][case]
    return word  # a vowel ending (Шойгу, Ван И): indeclinable


def _person_word(morph, word: str, case: str, last: bool) -> str:
    for p in morph.parse(word.lower()):
        if ("Surn" in p.tag if last else ("Name" in p.tag or "Surn" in p.tag)) and "sing" in p.tag:
            form = p.inflect({case, "sing"})
            if form:
                return _keep_case(form.word, word)
    return _rule_form(word, case) if last else word


def russian_forms(name: str, morph, kind: str = "place") -> list[str]:
    """A Russian name in the six cases, capitals kept: a place's or organisation's leading
    adjectives and head noun inflect, its genitive tail stays ("Организация Объединенных Наций");
    a person's names inflect as names (a surname pymorphy3 does not know by its ending);
    acronyms and indeclinable names stay as they are."""
    words = name.split()
    out = {name}
    if kind == "person":
        for case in CASES:
            out.add(" ".join(_person_word(morph, w, case, i == len(words) - 1) for i, w in enumerate(words)))
        return sorted(out)
    single = len(words) == 1
    for case in CASES:
        parts, inflecting = [], True
        for w in words:
            p = None
            if inflecting and not (w.isupper() and len(w) > 1) and w[:1].isalpha():
                p = _parse(morph, w, "place" if single else "phrase") or (_parse(morph, w, "place") if not single else None)
            if p is None:
                parts.append(w)
                continue
            number = {"plur"} if "plur" in p.tag else set()
            form = p.inflect({case} | number) or p.inflect({case})
            parts.append(_keep_case(form.word, w) if form else w)
            if "NOUN" in p.tag:
                inflecting = False  # the genitive tail stays
        out.add(" ".join(parts))
    return sorted(out)


def adjective_forms(adjective: str, morph) -> list[str]:
    """Every case, gender and number of a Russian adjective (no short or comparative forms)."""
    p = morph.parse(adjective)[0]
    return sorted({f.word for f in p.lexeme if "ADJF" in f.tag and "Supr" not in f.tag and "Cmp2" not in f.tag})


def cldr_rows(datahub: list[dict], states: list[dict], morph) -> list[list[str]]:
    """Every state's name in Chinese and Russian from CLDR (Russian in the six cases)."""
    from babel import Locale

    zh, ru = Locale("zh").territories, Locale("ru").territories
    alpha2 = {r["ISO3166-1-Alpha-3"]: r["ISO3166-1-Alpha-2"] for r in datahub}
    alpha2["XKX"] = "XK"
    rows = []
    for record in states:
        code = alpha2.get(record["actor_id"])
        names = []
        if code and zh.get(code):
            names.append(zh[code])
        if code and ru.get(code):
            names += russian_forms(re.sub(r"\s*\(.*\)$", "", ru[code]), morph)
        if names:
            rows.append([record["actor_id"], join_values(names), f"CLDR (Babel {_babel_version()})"])
    return sorted(rows)


def _babel_version() -> str:
    import babel

    return babel.__version__


def zh_ru_rows(morph) -> list[list[str]]:
    """Our own Chinese and Russian names: 'X side' forms, names CLDR lacks, capitals,
    Russian state adjectives, groups and persons (Russian in the six cases)."""
    rows: dict[str, dict[str, list[str]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for table, column in ((ZH_SIDES, "aliases"), (ZH_NAMES, "aliases"), (ZH_GROUPS, "aliases"),
                          (ZH_PERSONS, "aliases"), (ZH_CAPITALS, "capitals"), (ZH_COMPOUNDS, "compounds")):
        for actor, names in table.items():
            rows[actor][column] += split_values(names)
    for table, column, kind in ((RU_NAMES, "aliases", "place"), (RU_GROUPS, "aliases", "place"),
                                (RU_PERSONS, "aliases", "person"), (RU_CAPITALS, "capitals", "place")):
        for actor, names in table.items():
            for name in split_values(names):
                rows[actor][column] += russian_forms(name, morph, kind)
    for actor, names in RU_ADJECTIVES.items():
        for name in split_values(names):
            rows[actor]["demonyms"] += adjective_forms(name, morph)
    return sorted([actor, join_values(cols["aliases"]), join_values(cols["demonyms"]), join_values(cols["capitals"]),
                   join_values(cols["compounds"]), PROJECT] for actor, cols in rows.items())


SECTORS = {
    "GOV": "government", "ELI": "elite", "MIL": "military", "OPP": "opposition",
    "REB": "rebels", "INS": "insurgents", "SEP": "separatists", "SPY": "intelligence",
    "COP": "police", "JUD": "judiciary", "LEG": "legislature", "PTY": "party",
    "BUS": "business", "AGR": "agriculture", "MED": "media", "EDU": "education",
    "HLH": "health", "DEV": "development", "LAB": "labour", "ENV": "environment",
    "HRI": "human rights", "REF": "refugees", "REL": "religion", "CVL": "civilians",
}
# Only these first sectors make a person's role; OCC, UNR, AUT describe a state's status.
PERSON_SECTORS = ("GOV", "ELI", "MIL", "OPP", "REB", "INS", "SEP", "SPY", "COP", "JUD", "LEG",
                  "PTY")

# CAMEO IGO codes -> organisation actor_id, longest prefix first.
IGO_CODES = {
    "IGOUNOIAE": "IAEA", "IGOUNOHLHWHO": "WHO", "IGOUNODEVWBK": "WORLD_BANK",
    "IGOUNOJUDICJ": "ICJ", "IGOUNO": "UN", "IGOWSTNAT": "NATO", "IGOWSTBUS": "OECD",
    "IGOEUREEC": "EU", "IGOEURDEVEBR": "EBRD", "IGOEURSCE": "OSCE",
    "IGOEURCOE": "COUNCIL_OF_EUROPE",
    "IGOBUSIMF": "IMF", "IGOBUSOPC": "OPEC", "IGOOPC": "OPEC", "IGOBUSWTO": "WTO",
    "IGOSEAASN": "ASEAN", "IGOAFRAFU": "AU", "IGOPGSGCC": "GCC", "IGOCASCIS": "CIS",
    "IGOMEAARL": "ARAB_LEAGUE", "IGOOAS": "OAS", "IGOMOSOIC": "OIC", "IGOJUDICC": "ICC",
    "IGOCWN": "COMMONWEALTH", "IGOWAFWAS": "ECOWAS", "IGOWAFBUSWAS": "ECOWAS",
    "IGOASADEVADB": "ADB", "IGOSASSAA": "SAARC",
}

# Leading words that are titles, not names ("PRESIDENT_XI_JINPING", "SECRETARY_OF_STATE_KERRY").
TITLE_WORDS = set("""
PRESIDENT PREMIER PRIME MINISTER MR MRS MS DR SIR LORD LADY BARON BARONESS SECRETARY
SECRETARY-GENERAL GENERAL GEN SENATOR SEN SHEIKH SHEIK KING QUEEN PRINCE PRINCESS EMIR AMIR
SULTAN CHANCELLOR AYATOLLAH GRAND HOJATOLISLAM COLONEL COL MARSHAL FIELD ADMIRAL ADM CAPTAIN
CAPT MAJOR MAJ LIEUTENANT LT COMMANDER CHIEF DIRECTOR CIA FBI NATIONAL SECURITY ADVISOR ADVISER
FOREIGN DEFENSE DEFENCE STATE OF THE VICE DEPUTY SPEAKER LEADER COMMUNIST SOVIET UN UNITED
NATIONS CHAIRMAN REPRESENTATIVE REP GOVERNOR GOV MAYOR JUDGE JUSTICE ATTORNEY AMBASSADOR ENVOY
SPOKESMAN SPOKESWOMAN OPPOSITION ASSEMBLY HIGH DATUK DATO HIS HER MAJESTY HIGHNESS ROYAL
EXCELLENCY FORMER INTERIM ACTING FIRST PARTY BISHOP ARCHBISHOP POPE CARDINAL
""".split())
# Words that mark an organisation or a title, not a person's name.
ORG_WORDS = set("""
PARTY COUNCIL FRONT ARMY BRIGADE BRIGADES AUTHORITY ASSEMBLY COALITION MOVEMENT FORCE FORCES
SOVIET OBSERVATORY ORGANIZATION ORGANISATION COMMITTEE UNION MINISTRY GOVERNMENT COMMISSION
AGENCY BANK FUND ASSOCIATION INSTITUTE NETWORK SOCIETY LEAGUE CONGRESS PARLIAMENT COURT
TRIBUNAL OFFICE BUREAU DEPARTMENT SERVICE SERVICES GROUP STATE ISLANDS REPUBLIC KINGDOM
PROVINCE CITY TREATY PROGRAM PROGRAMME MISSION CENTER CENTRE FOUNDATION CORPORATION COMPANY
NEWS RADIO TELEVISION TIMES POST OF AND THE FOR IN CHARGE AFFAIRS
""".split())
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "da", "das", "do", "dos", "du", "di",
                  "del", "della", "der", "den", "van", "von", "y", "zu"}
SUFFIXES = {"II", "III", "IV"}
CODE_RE = re.compile(r"\[([^\]]*)\]")
DATED_RE = re.compile(r"^([A-Z]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)|(\d+))?$")
ABBREVIATION_RE = re.compile(r"^(?:[A-Z][A-Z0-9]{1,4}|(?:[A-Z]\.){2,5})$")


def fold(text: str) -> str:
    """Return ``text`` without accents, case-folded, with single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split()).casefold()


def split_values(text: str) -> list[str]:
    """Split a ``|``-separated cell into stripped, non-empty values."""
    return [v.strip() for v in text.split("|") if v.strip()]


def join_values(values, exclude=()) -> str:
    """Join values with ``|``, dropping repeats (ignoring case and accents) and ``exclude``."""
    seen = {fold(v) for v in exclude}
    out = []
    for value in values:
        key = fold(value)
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return "|".join(out)


def actor_id(name: str) -> str:
    """Make an actor id such as ``XI_JINPING`` from a name."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Z0-9]+", "_", ascii_name.upper()).strip("_")


# ---------------------------------------------------------------------------- states


def clean_un_name(text: str) -> str:
    """Turn a UNTERM/ISO form into running-text form.

    "the Russian Federation" -> "Russian Federation"; "Bolivia (Plurinational State of)"
    -> "Plurinational State of Bolivia"; "Bahamas (the)" -> "Bahamas".
    """
    text = text.replace("*", "").strip()
    text = re.sub(r"\s*\(the\)$", "", text)
    text = re.sub(r"^the\s+", "", text)
    match = re.fullmatch(r"(.+?) \((.+ of)\)", text)
    return f"{match.group(2)} {match.group(1)}" if match else text.strip()


def datahub_rows(lexicons: Path) -> list[dict]:
    """Read the datahub country-codes table as a list of dicts."""
    path = lexicons / "country_codes_datahub" / "country-codes.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def state_record(row: dict) -> dict:
    """Build one states-file record from a datahub row."""
    iso = row["ISO3166-1-Alpha-3"]
    cldr = row["CLDR display name"].replace("’", "'")
    name = NAME_OVERRIDES.get(iso, cldr.replace(" & ", " and "))
    official = [clean_un_name(row["UNTERM English Formal"])]
    official += split_values(EXTRA_OFFICIAL.get(iso, ""))
    short = [cldr, clean_un_name(row["UNTERM English Short"]),
             clean_un_name(row["official_name_en"])]
    short = [s.replace(" & ", " and ") for s in short if " - " not in s and ", " not in s]
    aliases = short + split_values(EXTRA_ALIASES.get(iso, ""))
    capitals = split_values(CAPITALS.get(iso, row["Capital"]))
    return {"actor_id": iso, "name": name, "official": official, "aliases": aliases,
            "demonyms": split_values(DEMONYMS.get(iso, "")), "capitals": capitals,
            "former_capitals": split_values(FORMER_CAPITALS.get(iso, "")),
            "source": "datahub country-codes; discourse project"}


def extra_state_records() -> list[dict]:
    """Build records for states that ISO 3166-1 does not list."""
    return [{"actor_id": iso, "name": name, "official": [official], "aliases": [],
             "demonyms": split_values(DEMONYMS.get(iso, "")),
             "capitals": split_values(CAPITALS.get(iso, "")), "former_capitals": [],
             "source": PROJECT} for iso, name, official in EXTRA_STATES]


def state_rows(records: list[dict]) -> list[list[str]]:
    """Turn state records into CSV rows (sorted by actor_id)."""
    rows = []
    for r in sorted(records, key=lambda r: r["actor_id"]):
        official = join_values(r["official"], exclude=[r["name"]])
        aliases = join_values(r["aliases"], exclude=[r["name"], *r["official"]])
        rows.append([r["actor_id"], "state", r["name"], r["actor_id"], official, aliases,
                     join_values(r["demonyms"]), join_values(r["capitals"]),
                     join_values(r["former_capitals"]), r["source"]])
    return rows


# --------------------------------------------------------------------------- mledoze


def is_latin(text: str) -> bool:
    """Tell whether every letter in ``text`` is Latin (accents allowed, IPA not)."""
    return all("LATIN" in unicodedata.name(c, "") and not 0x250 <= ord(c) <= 0x2FF
               for c in text if c.isalpha())


def state_names(record: dict) -> list[str]:
    """Every name of a state record: name, official, aliases, demonyms, capitals."""
    return [record["name"], *record["official"], *record["aliases"], *record["demonyms"],
            *record["capitals"]]


# Native names that English text uses for something else: a common noun ("Pacific Island
# countries"), a surname, a given name (version 1.4 leaves them out).
MLEDOZE_LEFT_OUT = frozenset({"Island", "Mann", "Dominique"})


def mledoze_rows(lexicons: Path, states: list[dict], left_out: frozenset = frozenset()) -> list[list[str]]:
    """Build the ODbL supplement: mledoze values that the main states file lacks, less ``left_out``."""
    data = json.loads((lexicons / "countries_mledoze" / "countries.json").read_text("utf-8"))
    known = {r["actor_id"]: r for r in states}
    owners = collections.defaultdict(set)
    for record in states:
        for name in state_names(record):
            owners[fold(name)].add(record["actor_id"])
    rows = []
    for entry in data:
        iso = {"UNK": "XKX"}.get(entry["cca3"], entry["cca3"])
        if iso not in known:
            continue
        # Leave out what the main file has, and what it gives to another state ("French").
        have = state_names(known[iso]) + [n for n, ids in owners.items() if ids - {iso}]
        names = [entry["name"]["common"], entry["name"]["official"], *entry["altSpellings"]]
        names = [n for n in names if is_latin(n) and len(n) > 2 and n != entry["cca2"] and n not in left_out]
        eng = entry.get("demonyms", {}).get("eng", {})
        demonyms = [d.strip() for v in (eng.get("m", ""), eng.get("f", "")) for d in v.split(",")]
        capitals = [c for c in entry.get("capital", []) if is_latin(c)]
        row = [iso, join_values(names, have), join_values(demonyms, have),
               join_values(capitals, have), "mledoze/countries"]
        if any(row[1:4]):
            rows.append(row)
    return sorted(rows)


def mledoze_file(lexicons: Path, states: list[dict], ending: list[str], left_out: frozenset = frozenset()) -> str:
    """The ODbL supplement as a file: its notice (ending with ``ending``) and rows."""
    return csv_text(
        ["Extra state aliases, demonyms and capitals that states-1.0.csv lacks.",
         "Derived from mledoze/countries (https://github.com/mledoze/countries), ODbL 1.0.",
         f"  Commit {MLEDOZE_COMMIT}; see states-mledoze-{VERSION}.LICENSE.txt. Share-alike:",
         "  keep this file separate and under the ODbL. Non-Latin spellings and two-letter", *ending, MEANINGS],
        ["actor_id", "aliases", "demonyms", "capitals", "source"], mledoze_rows(lexicons, states, left_out))


# --------------------------------------------------------------------------- Phoenix


def phoenix_entries(path: Path):
    """Yield actor entries of a TABARI/PETRARCH actor dictionary.

    Each entry is a dict with ``name``, ``aliases``, ``codes`` and ``line``.
    A line that starts (after whitespace) with a letter opens an entry, ``+`` lines add
    aliases, ``[CODE dates]`` groups anywhere add codes; ``#`` starts a comment.
    """
    entry = None
    for number, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        text = raw.partition("#")[0]
        stripped = text.strip()
        if not stripped:
            continue
        codes = CODE_RE.findall(stripped)
        bare = CODE_RE.sub(" ", stripped).strip()
        if stripped.startswith("+"):
            if entry is not None:
                entry["aliases"].append(bare[1:].strip())
                entry["codes"] += codes
        elif not bare:
            if entry is not None:
                entry["codes"] += codes
        else:
            if entry is not None:
                yield entry
            entry = {"name": bare, "aliases": [], "codes": codes, "line": number}
    if entry is not None:
        yield entry


def phoenix_date(digits: str) -> str | None:
    """Convert a TABARI date (YYMMDD or YYYYMMDD) to ISO, or None when it is invalid.

    As in PETRARCH's ``dstr_to_ordate``, two-digit years 00-30 are 20YY, others 19YY;
    strings of 7 characters or fewer are YYMMDD, longer ones are read from their first 8.
    """
    if len(digits) <= 7:
        digits = digits[:6]
        if len(digits) < 6:
            return None
        year = int(digits[:2])
        digits = f"{2000 + year if year <= 30 else 1900 + year}{digits[2:]}"
    try:
        return dt.datetime.strptime(digits[:8], "%Y%m%d").date().isoformat()
    except ValueError:
        return None


def parse_code(code: str):
    """Split a Phoenix code group into (code, start, end); None when the dates are invalid."""
    match = DATED_RE.match(code.strip())
    if not match:
        return None
    name, sign, one, start, end, only = match.groups()
    if only:
        return None
    if sign:
        date = phoenix_date(one)
        return None if date is None else (name, date, "") if sign == ">" else (name, "", date)
    if start:
        first, last = phoenix_date(start), phoenix_date(end)
        if first is None or last is None or first > last:
            return None
        return name, first, last
    return name, "", ""


def split_code(code: str, states: set[str]):
    """Split a CAMEO code into (country, organisation, sectors) or None when unusable.

    ``CHNGOV`` -> ("CHN", "", ["GOV"]); ``GBRVGBELI`` -> ("VGB", "", ["ELI"]);
    ``IGOWSTNAT`` -> ("", "NATO", []).
    """
    if code.startswith("IGO"):
        for prefix in sorted(IGO_CODES, key=len, reverse=True):
            if code.startswith(prefix):
                return "", IGO_CODES[prefix], []
        return None
    chunks = [code[i:i + 3] for i in range(0, len(code), 3)]
    country = CAMEO_TO_ISO.get(chunks[0], chunks[0])
    if country not in states:
        return None
    rest = chunks[1:]
    while rest and rest[0] not in SECTORS and CAMEO_TO_ISO.get(rest[0], rest[0]) in states:
        country, rest = CAMEO_TO_ISO.get(rest[0], rest[0]), rest[1:]
    if not rest or rest[0] not in PERSON_SECTORS:
        return None
    return country, "", rest


def role_text(sectors: list[str], organisation: str) -> str:
    """Describe a Phoenix code in words: ["GOV", "BUS"] -> "government (business)"."""
    if organisation:
        return "official"
    words = [SECTORS[s] for s in sectors if s in SECTORS]
    return words[0] + (f" ({', '.join(words[1:])})" if len(words) > 1 else "")


def title_token(token: str, first: bool) -> str:
    """Title-case one name token: "AL-ASSAD" -> "al-Assad", "MCCAIN" -> "McCain"."""
    if token in SUFFIXES and not first:
        return token
    parts = []
    for i, part in enumerate(token.split("-")):
        low = part.lower()
        if low in NAME_PARTICLES and not (first and i == 0):
            parts.append(low)
        elif low.startswith("mc") and len(low) > 2:
            parts.append("Mc" + low[2:].capitalize())
        elif "'" in low:
            head, _, tail = low.partition("'")
            tail = tail.capitalize() if len(head) == 1 else tail
            parts.append(f"{head.capitalize()}'{tail}")
        else:
            parts.append(low.capitalize())
    return "-".join(parts)


def clean_name(raw: str, title_words: set[str], country: str = "") -> str:
    """Turn a Phoenix phrase into a person's name, or "" when it is not one.

    Underscores become spaces, leading titles and demonyms and trailing particles are
    dropped, and tokens are title-cased: "PRESIDENT_XI_JINPING" -> "Xi Jinping".
    """
    tokens = [t for t in re.split(r"[_\s]+", raw.split(",")[0].upper()) if t]
    while tokens and tokens[0].rstrip(".") in title_words:
        tokens = tokens[1:]
    while tokens and tokens[-1].lower() in NAME_PARTICLES:
        tokens = tokens[:-1]
    if not tokens or any(t.rstrip(".") in ORG_WORDS for t in tokens):
        return ""
    if not all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ.'-]+", t) for t in tokens):
        return ""
    # "Van" is a Vietnamese middle name, not the Dutch particle.
    cased = [title_token(t, i == 0 or (country == "VNM" and t == "VAN"))
             for i, t in enumerate(tokens)]
    return " ".join(cased)


def person_from_entry(entry: dict, states: set[str], title_words: set[str], source: str):
    """Build a person (name, aliases, roles) from a Phoenix entry, or None."""
    roles = []
    for code in entry["codes"]:
        parsed = parse_code(code)
        if parsed is None or not (parsed[1] or parsed[2]):
            continue
        split = split_code(parsed[0], states)
        if split is None:
            continue
        country, organisation, sectors = split
        roles.append({"role": role_text(sectors, organisation), "code": parsed[0],
                      "country": country, "organisation": organisation, "start": parsed[1],
                      "end": parsed[2], "source": f"{source}:{entry['line']}"})
    if not roles or entry["name"].upper() != entry["name"]:
        return None
    raws = [entry["name"], *[a for a in entry["aliases"] if a.upper() == a]]
    country = person_country(roles)
    names = [clean_name(raw, title_words, country) for raw in raws]
    names = [n for n in names if len(n.split()) >= 2]
    if not names or any(w in ORG_WORDS for w in re.split(r"[_\s]+", entry["name"].upper())):
        return None
    return {"name": names[0], "aliases": names[1:], "roles": roles,
            "source": f"{source}:{entry['line']}"}


def person_country(roles: list[dict]) -> str:
    """Pick a person's country: the most frequent state among their roles, ties to the latest."""
    counts = collections.Counter(r["country"] for r in roles if r["country"])
    if not counts:
        return ""
    latest = {r["country"]: max(r["start"], r["end"]) for r in roles if r["country"]}
    return max(counts, key=lambda c: (counts[c], latest[c], c))


def phoenix_persons(lexicons: Path, states: set[str]) -> dict[str, dict]:
    """Parse persons with dated roles from both Phoenix actor files, merged by actor_id."""
    folder = lexicons / "petrarch2_cameo_dicts"
    title_words = TITLE_WORDS | {d.upper() for v in DEMONYMS.values() for d in split_values(v)}
    project = {fold(n): pid for pid, name, _, aliases, _ in PERSONS
               for n in [name, *split_values(aliases)]}
    persons: dict[str, dict] = {}
    for filename, tag in (("Phoenix.Countries.actors.txt", "phoenix-countries"),
                          ("Phoenix.International.actors.txt", "phoenix-international")):
        for entry in phoenix_entries(folder / filename):
            person = person_from_entry(entry, states, title_words, tag)
            if person is None:
                continue
            pid = next((project[fold(n)] for n in [person["name"], *person["aliases"]]
                        if fold(n) in project), actor_id(person["name"]))
            merge_person(persons, pid, person)
    return persons


def merge_person(persons: dict, pid: str, person: dict) -> None:
    """Add ``person`` under ``pid``, merging aliases and roles with an earlier entry."""
    if pid not in persons:
        persons[pid] = {**person, "aliases": list(person["aliases"]),
                        "roles": list(person["roles"])}
        return
    known = persons[pid]
    known["aliases"] += [person["name"], *person["aliases"]]
    known["roles"] += person["roles"]


def phoenix_rows(persons: dict[str, dict]):
    """Turn merged Phoenix persons into (persons rows, roles rows), sorted."""
    names = {pid: p["name"] for pid, p in persons.items()}
    project_names = {pid: name for pid, name, *_ in PERSONS}
    person_rows, role_rows = [], []
    for pid, person in sorted(persons.items()):
        name = project_names.get(pid, names[pid])
        aliases = join_values([person["name"], *person["aliases"]], exclude=[name])
        person_rows.append([pid, "person", name, person_country(person["roles"]), aliases,
                            person["source"]])
        unique = {(r["role"], r["code"], r["country"], r["organisation"], r["start"], r["end"]):
                  r["source"] for r in reversed(person["roles"])}
        role_rows += [[pid, *key, source] for key, source in unique.items()]
    return person_rows, sorted(role_rows)


# ---------------------------------------------------------------------- project tables


def group_rows(un_members: list[str]) -> list[list[str]]:
    """Rows of the groups file, with the UN member list filled in."""
    rows = []
    for gid, kind, name, aliases, members in sorted(GROUPS):
        members = un_members if members == UN_MEMBERS else members.split()
        rows.append([gid, kind, name, join_values(split_values(aliases), exclude=[name]),
                     "|".join(sorted(members)), PROJECT])
    return rows


def body_rows() -> list[list[str]]:
    """Rows of the bodies file."""
    return [[bid, "organisation", name, country, join_values(split_values(aliases), [name]),
             str(implies), PROJECT] for bid, name, country, aliases, implies in sorted(BODIES)]


def person_rows(persons=None) -> list[list[str]]:
    """Rows of the project persons file (of version 1.0 unless ``persons`` is given)."""
    return [[pid, "person", name, country, join_values(split_values(aliases), [name]), surname,
             PROJECT] for pid, name, country, aliases, surname in sorted(persons or PERSONS)]


def role_rows(roles=None) -> list[list[str]]:
    """Rows of the project roles file (of version 1.0 unless ``roles`` is given)."""
    return [[*row, PROJECT] for row in sorted(roles or ROLES)]


# ----------------------------------------------------------------------------- output


def csv_text(comments: list[str], header: list[str], rows: list[list[str]]) -> str:
    """Render comment lines, a header and rows as CSV text with ``\\n`` line ends."""
    buffer = io.StringIO()
    buffer.write("".join(f"# {c}\n" if c else "#\n" for c in comments))
    buffer.write(GENERATED + "\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


MEANINGS = ("'|' separates values. Dates are YYYY-MM-DD, or YYYY-MM / YYYY where only the "
            "month or year is known.")


def phoenix_notice() -> str:
    """The MIT notice for files derived from the Phoenix dictionaries."""
    return f"""persons-phoenix-{VERSION}.csv and roles-phoenix-{VERSION}.csv are derived from
the Phoenix actor dictionaries of PETRARCH2 (https://github.com/openeventdata/petrarch2,
commit {PETRARCH_COMMIT}, petrarch2/data/dictionaries/
Phoenix.Countries.actors.txt and Phoenix.International.actors.txt).
The dictionaries are "provided by the Computational Event Data System Project"
(http://eventdata.parusanalytics.com) and are distributed under this license:

The MIT License (MIT)

Copyright (c) 2014 Open Event Data Alliance

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in
all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
THE SOFTWARE.
"""


def mledoze_notice(lexicons: Path) -> str:
    """The ODbL notice, followed by the full license text, for the mledoze supplement."""
    license_text = (lexicons / "countries_mledoze" / "LICENSE").read_text("utf-8")
    return f"""Derived from mledoze/countries (https://github.com/mledoze/countries), ODbL 1.0

states-mledoze-{VERSION}.csv is a Derivative Database of mledoze/countries
(commit {MLEDOZE_COMMIT}, dist/countries.json). It is made available under the
Open Database License 1.0: https://opendatacommons.org/licenses/odbl/1-0/
Any rights in individual contents of the database are licensed under the Database
Contents License: https://opendatacommons.org/licenses/dbcl/1-0/

The rest of the discourse actor registry does not depend on this file; pass
share_alike=False to discourse's load_registry to leave it out. The full license follows.

{license_text.rstrip()}
"""


# Regions, provinces and large cities, so that a place is recognised as a place of
# its state ("Xinjiang" -> CHN, a location, never an actor). Written for the discourse
# project (BSD-3-Clause); Crimea is listed under Ukraine as UN resolution 68/262 holds.
PLACES = {
    "CHN": "Xinjiang|Tibet|Shanghai|Guangdong|Guangzhou|Shenzhen|Wuhan|Sichuan|Chengdu|Yunnan|"
           "Inner Mongolia|Kashgar|Urumqi|Ürümqi|Chongqing|Tianjin|Hainan|Fujian|Zhejiang|Jiangsu|"
           "Shandong|Henan|Hubei|Hunan|Gansu|Qinghai|Ningxia|Heilongjiang|Jilin|Liaoning|Hangzhou|"
           "Xi'an|Khorgos|Horgos|Lhasa|Harbin|Nanjing|Qingdao|Dalian|Xiamen",
    "RUS": "Siberia|Chechnya|Dagestan|St Petersburg|St. Petersburg|Saint Petersburg|Vladivostok|"
           "Kaliningrad|Sochi|Novosibirsk|Yekaterinburg|Kazan|Tatarstan|Chelyabinsk|Omsk|"
           "Krasnodar|Rostov-on-Don|Murmansk|Nizhny Novgorod|Samara|Volgograd|Irkutsk|Khabarovsk|"
           "Magnitogorsk|Smolensk|Kursk|Belgorod|Bryansk|Sakhalin|Yakutia|Kamchatka",
    "UKR": "Crimea|Donbas|Donbass|Donetsk|Luhansk|Lugansk|Kharkiv|Kharkov|Odesa|Odessa|Mariupol|"
           "Lviv|Dnipro|Zaporizhzhia|Kherson|Sevastopol|Bakhmut|Mykolaiv",
    "USA": "New York|New York City|California|Texas|Florida|Chicago|Los Angeles|San Francisco|"
           "Boston|Hawaii|Alaska|Guam|Seattle|Miami|Houston|Atlanta|Philadelphia|Virginia|Maryland|"
           "Pennsylvania|Ohio|Michigan|Georgia|Arizona|Nevada|Colorado|Oregon|Iowa|Wisconsin|"
           "Minnesota|New Jersey|North Carolina|South Carolina|Tennessee|Kentucky|Louisiana|"
           "Alabama|Mississippi|Missouri|Utah|New Mexico|Oklahoma|Kansas|Nebraska|Dallas|Detroit",
    "GBR": "England|Scotland|Wales|Northern Ireland|Manchester|Edinburgh|Birmingham|Glasgow|"
           "Liverpool|Belfast|Cardiff|Leeds|Bristol|Oxford|Cambridge|Watford",
    "FRA": "Marseille|Lyon|Normandy|Corsica|Brittany|Bordeaux|Toulouse|Nice|Strasbourg|Lille",
    "KAZ": "Shymkent|Karaganda|Aktau|Atyrau|Aktobe|Baikonur|Pavlodar|Oskemen|Kyzylorda|Taraz|Turkestan",
    "KGZ": "Osh|Jalal-Abad|Issyk-Kul|Batken|Naryn|Karakol|Talas",
    "TJK": "Khujand|Gorno-Badakhshan|Badakhshan|Pamir|Kulob|Bokhtar",
    "TKM": "Turkmenbashi|Türkmenbaşy|Mary|Dashoguz|Turkmenabat|Balkanabat",
    "UZB": "Samarkand|Samarqand|Bukhara|Khiva|Fergana|Ferghana|Andijan|Namangan|Karakalpakstan|"
           "Termez|Nukus|Navoi|Qarshi",
    "AFG": "Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Helmand|Kunduz",
    "PAK": "Karachi|Lahore|Gwadar|Balochistan|Baluchistan|Peshawar|Punjab|Sindh|Rawalpindi",
    "IND": "Mumbai|Delhi|Kolkata|Chennai|Bangalore|Bengaluru|Kashmir|Hyderabad|Gujarat",
    "IRN": "Isfahan|Mashhad|Tabriz|Shiraz|Bandar Abbas|Chabahar",
    "TUR": "Istanbul|Izmir|Antalya|Gaziantep",
    "SYR": "Aleppo|Idlib|Homs|Raqqa|Deir ez-Zor|Latakia",
    "PSE": "Gaza|Gaza Strip|West Bank|Ramallah|Rafah",
    "ISR": "Tel Aviv|Haifa",
    "JPN": "Osaka|Okinawa|Hiroshima|Nagasaki|Fukushima",
    "KOR": "Busan|Incheon",
    "DEU": "Munich|Frankfurt|Hamburg|Cologne|Bavaria",
    "ITA": "Milan|Naples|Venice|Florence|Sicily",
    "ESP": "Barcelona|Catalonia|Seville|Valencia",
    "BRA": "Sao Paulo|São Paulo|Rio de Janeiro|Amazonas",
    "AZE": "Nagorno-Karabakh|Karabakh",
    "GEO": "Abkhazia|South Ossetia|Batumi",
    "MDA": "Transnistria",
}


def place_rows() -> list[list[str]]:
    """Rows of places-1.0.csv: one per state, its places joined by '|'."""
    return [[code, PLACES[code], PROJECT] for code in sorted(PLACES)]


PERSON_COLUMNS = ["actor_id", "kind", "name", "country", "aliases", "surname", "source"]
ROLE_COLUMNS = ["actor_id", "role", "code", "country", "organisation", "start", "end", "source"]
# The opening comment lines of every version of the project's persons and roles files.
PERSONS_ABOUT = ["Leaders, foreign ministers and spokespeople written for the discourse project",
                 "(BSD-3-Clause). surname is given only where the registry's rule (last name token,"]
ROLES_ABOUT = ["Dated roles written for the discourse project (BSD-3-Clause), checked up to",
               f"{AS_OF}. An empty end means the person still held the role on that date."]


def build(lexicons: Path = DEFAULT_LEXICONS) -> dict[str, str]:
    """Build every file of the actor registry; return {file name: text}."""
    lexicons = Path(lexicons)
    datahub = datahub_rows(lexicons)
    states = [state_record(r) for r in datahub] + extra_state_records()
    codes = {r["actor_id"] for r in states}
    un = sorted(r["ISO3166-1-Alpha-3"] for r in datahub
                if r["is_independent"] == "Yes" and r["ISO3166-1-Alpha-3"] not in {"TWN", "VAT"})
    persons, roles = phoenix_rows(phoenix_persons(lexicons, codes))
    morph = _morph()
    v = VERSION
    files = {
        f"states-{v}.csv": csv_text(
            [f"States and territories: ISO 3166-1 (all {len(datahub)} entries) plus Kosovo (XKX).",
             "name, official, aliases (short forms), capitals: datahub country-codes",
             f"  (https://github.com/datasets/country-codes, commit {DATAHUB_COMMIT}),",
             "  columns 'CLDR display name', 'UNTERM English Formal/Short', 'official_name_en',",
             "  'Capital'. \"This material is licensed by its maintainers under the Public Domain",
             "  Dedication and License.\" (ODC-PDDL-1.0)",
             "demonyms, extra aliases, capital corrections, former capitals, Kosovo: written for",
             "  the discourse project (BSD-3-Clause).", MEANINGS],
            ["actor_id", "kind", "name", "country", "official", "aliases", "demonyms", "capitals",
             "former_capitals", "source"], state_rows(states)),
        f"states-mledoze-{v}.csv": mledoze_file(lexicons, states, ["  codes are left out."]),
        "states-mledoze-1.4.csv": mledoze_file(
            lexicons, states, ["  codes are left out; version 1.4 also leaves out native names that English text",
                               "  uses for something else (Island, Mann, Dominique)."], MLEDOZE_LEFT_OUT),
        f"groups-{v}.csv": csv_text(
            ["Groupings of states (kind=group) and international organisations",
             f"(kind=organisation). Members are ISO 3166-1 alpha-3 codes of states, as of {AS_OF}.",
             "Written for the discourse project (BSD-3-Clause).", MEANINGS],
            ["actor_id", "kind", "name", "aliases", "members", "source"], group_rows(un)),
        f"bodies-{v}.csv": csv_text(
            ["Domestic bodies that speak for a state (kind=organisation).",
             "implies_country = 1 when the name alone fixes the country ('State Department');",
             "0 when a country word or the context must supply it ('Foreign Ministry').",
             "Written for the discourse project (BSD-3-Clause).", MEANINGS],
            ["actor_id", "kind", "name", "country", "aliases", "implies_country", "source"],
            body_rows()),
        f"persons-phoenix-{v}.csv": csv_text(
            ["Persons with dated roles from the Phoenix actor dictionaries of PETRARCH2",
             f"(https://github.com/openeventdata/petrarch2, commit {PETRARCH_COMMIT}).",
             "MIT License, Copyright (c) 2014 Open Event Data Alliance; see",
             f"phoenix-{v}.LICENSE.txt. source = dictionary:line. Titles are stripped from names;",
             "bare surnames are left out (the registry derives them).", MEANINGS],
            ["actor_id", "kind", "name", "country", "aliases", "source"], persons),
        f"persons-{v}.csv": csv_text(
            [*PERSONS_ABOUT,
             "or first for Chinese and Korean names) would get it wrong.", MEANINGS],
            PERSON_COLUMNS, person_rows()),
        f"roles-phoenix-{v}.csv": csv_text(
            ["Dated roles from the Phoenix actor dictionaries (MIT License, Copyright (c) 2014",
             f"Open Event Data Alliance; see phoenix-{v}.LICENSE.txt). code is the CAMEO code;",
             "role puts its sectors in words (GOV = government, ELI = elite, MIL = military,",
             "...; later sectors in brackets); 'official' of an international organisation.",
             "TABARI two-digit years 00-30 are read as 20YY, others as 19YY. Codes without",
             "dates, with invalid dates, or of former states (USSR, Yugoslavia, GDR) are",
             "left out.", MEANINGS],
            ROLE_COLUMNS,
            roles),
        f"roles-{v}.csv": csv_text(
            [*ROLES_ABOUT,
             MEANINGS],
            ROLE_COLUMNS,
            role_rows()),
        f"places-{v}.csv": csv_text(
            ["Regions, provinces and large cities of states: a mention of one is a location",
             "of that state, never an actor. Written for the discourse project (BSD-3-Clause).",
             MEANINGS],
            ["actor_id", "places", "source"], place_rows()),
        f"phoenix-{v}.LICENSE.txt": phoenix_notice(),
        f"states-mledoze-{v}.LICENSE.txt": mledoze_notice(lexicons),
        "persons-1.1.csv": csv_text(
            [*PERSONS_ABOUT,
             "or first for Chinese and Korean names) would get it wrong.",
             "Version 1.1 adds the Chinese Foreign Ministry's spokespeople of 2002-2024 and their",
             "names in Chinese characters as aliases (our own compilation, BSD-3-Clause).",
             MEANINGS],
            PERSON_COLUMNS,
            person_rows(persons_1_1())),
        "roles-1.1.csv": csv_text(
            [*ROLES_ABOUT,
             "Version 1.1 adds the documented tenures of earlier Chinese Foreign Ministry",
             "spokespeople (our own compilation, BSD-3-Clause).", MEANINGS],
            ROLE_COLUMNS,
            role_rows(ROLES_1_1)),
        "persons-1.3.csv": csv_text(
            [*PERSONS_ABOUT,
             "or first for Chinese and Korean names) would get it wrong, or a person goes by",
             "several spellings of it.",
             "Version 1.1 adds the Chinese Foreign Ministry's spokespeople of 2002-2024 and their",
             "names in Chinese characters as aliases; version 1.3 adds heads of state and",
             "government of 2015-2025 and a few foreign ministers (our own compilation,",
             "BSD-3-Clause).", MEANINGS],
            PERSON_COLUMNS,
            person_rows(persons_1_3())),
        "roles-1.3.csv": csv_text(
            [*ROLES_ABOUT,
             "Version 1.1 adds the documented tenures of earlier Chinese Foreign Ministry",
             "spokespeople; version 1.3 the offices of the leaders it adds (our own",
             "compilation, BSD-3-Clause).", MEANINGS],
            ROLE_COLUMNS,
            role_rows(ROLES_1_3)),
        "persons-1.5.csv": csv_text(
            [*PERSONS_ABOUT,
             "or first for Chinese and Korean names) would get it wrong, or a person goes by",
             "several spellings of it.",
             "Version 1.1 adds the Chinese Foreign Ministry's spokespeople of 2002-2024 and their",
             "names in Chinese characters as aliases; version 1.3 adds heads of state and",
             "government of 2015-2025 and a few foreign ministers; version 1.5 every head of",
             "state, head of government and foreign minister of the G20 states in office in",
             "2015-2025 that 1.3 lacked, the heads of the EU's institutions, NATO and the WHO,",
             "and US Vice Presidents, Secretaries of Defense and National Security Advisors",
             "(our own compilation, BSD-3-Clause).", MEANINGS],
            PERSON_COLUMNS,
            person_rows(persons_1_5())),
        "roles-1.5.csv": csv_text(
            [*ROLES_ABOUT,
             "Version 1.1 adds the documented tenures of earlier Chinese Foreign Ministry",
             "spokespeople; version 1.3 the offices of the leaders it adds; version 1.5 those",
             "of the G20 leaders and foreign ministers of 2015-2025 it adds (our own",
             "compilation, BSD-3-Clause).", MEANINGS],
            ROLE_COLUMNS,
            role_rows(ROLES_1_5)),
        "persons-1.6.csv": csv_text(
            [*PERSONS_ABOUT,
             "or first for Chinese and Korean names) would get it wrong, or a person goes by",
             "several spellings of it.",
             "Version 1.1 adds the Chinese Foreign Ministry's spokespeople of 2002-2024 and their",
             "names in Chinese characters as aliases; version 1.3 adds heads of state and",
             "government of 2015-2025 and a few foreign ministers; version 1.5 every head of",
             "state, head of government and foreign minister of the G20 states in office in",
             "2015-2025 that 1.3 lacked, the heads of the EU's institutions, NATO and the WHO,",
             "and US Vice Presidents, Secretaries of Defense and National Security Advisors;",
             "version 1.6 the heads of state and government, vice presidents and foreign",
             "ministers of every UN member who spoke at the UN General Debate in 2015-2024",
             "that 1.5 lacked (our own compilation, BSD-3-Clause).", MEANINGS],
            PERSON_COLUMNS,
            person_rows(persons_1_6())),
        "roles-1.6.csv": csv_text(
            [*ROLES_ABOUT,
             "Version 1.1 adds the documented tenures of earlier Chinese Foreign Ministry",
             "spokespeople; version 1.3 the offices of the leaders it adds; version 1.5 those",
             "of the G20 leaders and foreign ministers of 2015-2025 it adds; version 1.6 those",
             "of the UN General Debate speakers of 2015-2024 it adds, each covering every",
             "September the person spoke there (our own compilation, BSD-3-Clause).", MEANINGS],
            ROLE_COLUMNS,
            role_rows(ROLES_1_6)),
        "persons-1.7.csv": csv_text(
            [*PERSONS_ABOUT,
             "or first for Chinese and Korean names) would get it wrong, or a person goes by",
             "several spellings of it.",
             "Version 1.1 adds the Chinese Foreign Ministry's spokespeople of 2002-2024 and their",
             "names in Chinese characters as aliases; version 1.3 adds heads of state and",
             "government of 2015-2025 and a few foreign ministers; version 1.5 every head of",
             "state, head of government and foreign minister of the G20 states in office in",
             "2015-2025 that 1.3 lacked, the heads of the EU's institutions, NATO and the WHO,",
             "and US Vice Presidents, Secretaries of Defense and National Security Advisors;",
             "version 1.6 the heads of state and government, vice presidents and foreign",
             "ministers of every UN member who spoke at the UN General Debate in 2015-2024",
             "that 1.5 lacked; version 1.7 the holders of US cabinet and agency offices, the",
             "leaders and committee heads of Congress and the senators of 2017-2025 (our own",
             "compilation, BSD-3-Clause).", MEANINGS],
            PERSON_COLUMNS,
            person_rows(persons_1_7())),
        "roles-1.7.csv": csv_text(
            [*ROLES_ABOUT,
             "Version 1.1 adds the documented tenures of earlier Chinese Foreign Ministry",
             "spokespeople; version 1.3 the offices of the leaders it adds; version 1.5 those",
             "of the G20 leaders and foreign ministers of 2015-2025 it adds; version 1.6 those",
             "of the UN General Debate speakers of 2015-2024 it adds, each covering every",
             "September the person spoke there; version 1.7 the US cabinet, agency and",
             "congressional offices and Senate seats of 2017-2025 (our own compilation,",
             "BSD-3-Clause).", MEANINGS],
            ROLE_COLUMNS,
            role_rows(ROLES_1_7)),
        "states-cldr-1.0.csv": csv_text(
            ["State names in Chinese and Russian from the Unicode Common Locale Data Repository",
             "(CLDR, https://cldr.unicode.org), read through Babel; Russian names in the six cases",
             "(pymorphy3). Copyright (c) 1991-2025 Unicode, Inc.; Unicode License v3",
             "(https://www.unicode.org/license.txt): free use, this notice kept.", MEANINGS],
            ["actor_id", "aliases", "source"], cldr_rows(datahub, states, morph)),
        "names-zh-ru-1.0.csv": csv_text(
            ["Chinese and Russian names written for the discourse project (BSD-3-Clause): 'X side'",
             "forms (美方), names and capitals CLDR lacks, Russian adjectives of states (every",
             "case, gender and number), groups and leaders, one-character short forms read only",
             "inside compounds of states (中美关系). Russian names in the six cases (pymorphy3).", MEANINGS],
            ["actor_id", "aliases", "demonyms", "capitals", "compounds", "source"], zh_ru_rows(morph)),
    }
    files["MANIFEST.csv"] = manifest(files)
    return files


MANIFEST_ROWS = [
    # file stem, kind, description, license
    ("states", "states", "ISO 3166-1 states and territories, with Kosovo",
     "PDDL-1.0 AND BSD-3-Clause"),
    ("states-mledoze", "aliases", "extra state aliases, demonyms and capitals (share-alike)",
     "ODbL-1.0"),
    ("groups", "groups", "groupings of states and international organisations", "BSD-3-Clause"),
    ("bodies", "bodies", "domestic bodies that speak for a state", "BSD-3-Clause"),
    ("persons-phoenix", "persons", "persons from the Phoenix actor dictionaries", "MIT"),
    ("persons", "persons", "leaders, foreign ministers and spokespeople", "BSD-3-Clause"),
    ("roles-phoenix", "roles", "dated roles from the Phoenix actor dictionaries", "MIT"),
    ("roles", "roles", "dated roles of leaders, foreign ministers and spokespeople",
     "BSD-3-Clause"),
    ("places", "aliases", "regions, provinces and large cities of states", "BSD-3-Clause"),
    ("states-cldr", "aliases", "state names in Chinese and Russian (CLDR)", "Unicode-3.0"),
    ("names-zh-ru", "aliases", "Chinese and Russian names of states, groups and persons", "BSD-3-Clause"),
]


def manifest(files: dict[str, str]) -> str:
    """Render MANIFEST.csv for ``files``: per version, data files in load order, then notices."""
    rows = []
    for version, stems in VERSIONS.items():
        for stem, kind, text, lic in MANIFEST_ROWS:
            if stem in OPTIONAL_STEMS and stem not in stems:
                continue
            name = f"{stem}-{stems.get(stem, VERSION)}.csv"
            rows.append([name, version, kind, text, lic, sha256(files[name])])
        rows.append([f"phoenix-{VERSION}.LICENSE.txt", version, "license",
                     "MIT notice for the Phoenix-derived files", "MIT",
                     sha256(files[f"phoenix-{VERSION}.LICENSE.txt"])])
        rows.append([f"states-mledoze-{VERSION}.LICENSE.txt", version, "license",
                     "ODbL notice and license for the mledoze-derived file", "ODbL-1.0",
                     sha256(files[f"states-mledoze-{VERSION}.LICENSE.txt"])])
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", "version", "kind", "description", "license", "sha256"])
    writer.writerows(rows)
    return buffer.getvalue()


def sha256(text: str) -> str:
    """Return the hex SHA-256 of ``text`` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def write(files: dict[str, str], out: Path = DEFAULT_OUT) -> None:
    """Write ``files`` into ``out`` (bytes exactly as built, ``\\n`` line ends)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))


def main(argv=None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicons", type=Path, default=DEFAULT_LEXICONS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    files = build(args.lexicons)
    write(files, args.out)
    for name, text in files.items():
        rows = sum(1 for line in text.splitlines() if line and not line.startswith("#")) - 1
        size = len(text.encode())
        print(f"{name}: {rows if name.endswith('.csv') else '-'} rows, {size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
