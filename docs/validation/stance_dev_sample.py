"""Draw a second, development-only set of (sentence, target state) units for directed stance.

The held-out halves of ``tests/data/stance_targets/`` are the figures to quote and are not read
unit by unit; this set gives the rules new errors to learn from on the same kinds of source:
China MFA spokesperson answers 2018-2019, Kremlin transcripts and White House briefings, from
documents that are in neither the gold nor the repository's sample corpora. Units are drawn as
``stance_targets_sample.py`` draws them (one unit per sentence and state named, China capped).

Writes ``tests/data/stance_dev/units.csv`` (the text only for Kremlin, CC BY 4.0, and the White
House, public domain; MFA units are references into ../shared/data) and a coding sheet with every
unit's text and the question it answers, outside the repository.

``--third`` draws the third development set (``tests/data/stance_dev3/``, seed 20261206): 150
units of MFA spokesperson answers only (the source of the issue's target), from documents in
neither the gold nor the second set.

``--fourth`` draws the fourth development set (``tests/data/stance_dev4/``, seed 20261207): 150
units, 90 of MFA spokesperson answers, 30 of Kremlin and 30 of White House transcripts, from
documents in none of the sets before, to score the rules once more before their errors are read.

``--fifth`` draws the fifth development set (``tests/data/stance_dev5/``, seed 20261208), made as
the fourth (90 MFA, 30 Kremlin, 30 White House units) from documents in none of the sets before.

``--sixth`` draws the sixth development set (``tests/data/stance_dev6/``, seed 20261209): 150
units, 120 of White House and 30 of Kremlin transcripts, from documents in none of the sets before.
The MFA pages are used up (the sets before hold 380 of the 381), so the press secretaries'
answers stand for another state's spokesperson.

Run: ``python docs/validation/stance_dev_sample.py [--third | --fourth | --fifth | --sixth] [SHEET.csv]``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pandas as pd

import discourse as dx
from stance_targets_sample import add_units, candidates, draw, write

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "tests" / "data" / "stance_dev" / "units.csv"
GOLD = ROOT / "tests" / "data" / "stance_targets" / "units.csv"
SOURCES = {  # corpus -> (inputs, units drawn, text may be redistributed, documents to leave out)
    "mfa_en": ([SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz"], 120, False, None),
    "kremlin": ([SHARED / "kremlin_en" / "kremlin_en_news_1999-2020.jsonl.gz"], 40, True, ROOT / "corpora" / "kremlin"),
    "whitehouse": ([SHARED / "wh_briefings"], 40, True, ROOT / "corpora" / "whitehouse"),
}
SEED = 20261205
THIRD = (ROOT / "tests" / "data" / "stance_dev3" / "units.csv", 20261206,
         {"mfa_en": (SOURCES["mfa_en"][0], 150, False, None)})
FOURTH = (ROOT / "tests" / "data" / "stance_dev4" / "units.csv", 20261207,
          {"mfa_en": (SOURCES["mfa_en"][0], 90, False, None),
           "kremlin": (*SOURCES["kremlin"][:1], 30, *SOURCES["kremlin"][2:]),
           "whitehouse": (*SOURCES["whitehouse"][:1], 30, *SOURCES["whitehouse"][2:])})
FIFTH = (ROOT / "tests" / "data" / "stance_dev5" / "units.csv", 20261208, FOURTH[2])
SIXTH = (ROOT / "tests" / "data" / "stance_dev6" / "units.csv", 20261209,
         {"whitehouse": (*SOURCES["whitehouse"][:1], 120, *SOURCES["whitehouse"][2:]),
          "kremlin": (*SOURCES["kremlin"][:1], 30, *SOURCES["kremlin"][2:])})
# later sets: (command-line flag, unit prefix, the set, the sets drawn before it)
LATER = {"--third": ("dev3-", THIRD, (GOLD, OUT)), "--fourth": ("dev4-", FOURTH, (GOLD, OUT, THIRD[0])),
         "--fifth": ("dev5-", FIFTH, (GOLD, OUT, THIRD[0], FOURTH[0])),
         "--sixth": ("dev6-", SIXTH, (GOLD, OUT, THIRD[0], FOURTH[0], FIFTH[0]))}


def left_out(exclude: Path | None, drawn: tuple[Path, ...] = (GOLD,)) -> set[str]:
    """The documents of the sets drawn before and of a repository sample corpus (by URL and doc_id)."""
    out = set()
    for path in drawn:
        units = pd.read_csv(path)
        out |= set(units["doc_id"]) | set(units["url"].dropna())
    if exclude is not None:
        docs = dx.load(exclude, progress=False).documents
        out |= set(docs["doc_id"]) | set(docs["url"].dropna())
    return out


def main(sheet: Path, which: str | None = None) -> None:
    prefix, (out, seed, sources), drawn_before = LATER[which] if which else ("dev-", (OUT, SEED, SOURCES), (GOLD,))
    rng = random.Random(seed)
    units, rows = [], []
    for name, (paths, n, redistributable, exclude) in sources.items():
        if not all(p.exists() for p in paths):
            sys.exit(f"{paths} missing: the sources are in ../shared/data")
        corpus = dx.load(paths, progress=False)
        skip = left_out(exclude, drawn_before)
        pairs = candidates(corpus, name)
        pairs = pairs[~pairs["doc_id"].isin(skip) & ~pairs["url"].isin(skip)]
        drawn = draw(pairs, n, rng)
        add_units(units, rows, corpus, name, drawn, redistributable, prefix=prefix)
    write(units, rows, out, sheet)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a not in LATER]
    which = next((a for a in sys.argv[1:] if a in LATER), None)
    default = Path(f"/tmp/stance_{(LATER[which][0] if which else 'dev-').rstrip('-')}/sheet.csv")
    main(Path(args[0]) if args else default, which)
