"""Draw the (sentence, target state) units of the directed-stance gold, before any tuning.

Units are sentences spoken by an official in a transcript turn (China MFA spokesperson answers
2018-2019, Kremlin and White House transcripts) that name at least one state; each state a
sentence names is one unit, so a state merely co-mentioned beside a criticised one is coded apart.
China as a target is capped, since a spokesperson's stance toward China is rarely in question.

Writes ``tests/data/stance_targets/units.csv`` (the text only for redistributable sources: Kremlin
CC BY 4.0, White House public domain; MFA units are references into ../shared/data) and a coding
sheet with every unit's text and the question it answers, outside the repository.

Run: ``python docs/validation/stance_targets_sample.py [SHEET.csv]``.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pandas as pd

import discourse as dx

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "tests" / "data" / "stance_targets" / "units.csv"
SOURCES = {  # corpus -> (inputs, units drawn, text may be redistributed)
    "mfa_en": ([SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz"], 190, False),
    "kremlin": ([ROOT / "corpora" / "kremlin"], 60, True),
    "whitehouse": ([ROOT / "corpora" / "whitehouse"], 60, True),
}
QUESTION_ROLES = {"journalist", "questioner", "reporter", "Moderator"}
CHINA_SHARE = 0.15
SEED = 20261203


def candidates(corpus: dx.Corpus, name: str) -> pd.DataFrame:
    """Every (sentence in an official's turn, state it names) pair of a corpus."""
    turns = corpus.quotes[(corpus.quotes["kind"] == "turn") & ~corpus.quotes["speaker_role"].isin(QUESTION_ROLES)
                          & corpus.quotes["speaker_role"].notna()]
    sents = corpus.sentences.merge(turns[["doc_id", "quote_id", "start", "end", "speaker", "speaker_role",
                                          "reply_to"]], on="doc_id", suffixes=("", "_turn"))
    sents = sents[(sents["start"] >= sents["start_turn"]) & (sents["end"] <= sents["end_turn"])]
    states = corpus.mentions[(corpus.mentions["kind"] == "state") & corpus.mentions["country"].notna()]
    pairs = sents.merge(states[["doc_id", "start", "country"]].rename(columns={"start": "at"}), on="doc_id")
    pairs = pairs[(pairs["at"] >= pairs["start"]) & (pairs["at"] < pairs["end"])]
    pairs = pairs.drop_duplicates(["doc_id", "sent_id", "country"])
    docs = corpus.documents.set_index("doc_id")
    pairs = pairs.assign(corpus=name, url=pairs["doc_id"].map(docs["url"]),
                         published=pairs["doc_id"].map(docs["published"]).astype("string").str[:10])
    return pairs


def question_of(corpus: dx.Corpus, row) -> str:
    """The question a turn answers, for the coders' context."""
    if pd.isna(row["reply_to"]):
        return ""
    q = corpus.quotes[(corpus.quotes["doc_id"] == row["doc_id"]) & (corpus.quotes["quote_id"] == row["reply_to"])]
    return q["text"].iloc[0] if len(q) else ""


def draw(pairs: pd.DataFrame, n: int, rng: random.Random) -> pd.DataFrame:
    """``n`` units, China at most CHINA_SHARE of them; one unit per sentence and state."""
    order = list(range(len(pairs)))
    rng.shuffle(order)
    pairs = pairs.iloc[order]
    china = pairs[pairs["country"] == "CHN"].head(int(n * CHINA_SHARE))
    other = pairs[pairs["country"] != "CHN"].head(n - len(china))
    return pd.concat([other, china]).sort_values(["doc_id", "sent_id", "country"])


def main(sheet: Path) -> None:
    rng = random.Random(SEED)
    units, rows = [], []
    for name, (paths, n, redistributable) in SOURCES.items():
        if not all(p.exists() for p in paths):
            sys.exit(f"{paths} missing: the MFA pages are in ../shared/data")
        corpus = dx.load(paths, progress=False)
        drawn = draw(candidates(corpus, name), n, rng)
        add_units(units, rows, corpus, name, drawn, redistributable)
    write(units, rows, OUT, sheet)


def add_units(units: list, rows: list, corpus: dx.Corpus, name: str, drawn: pd.DataFrame, redistributable: bool,
              prefix: str = "") -> None:
    """Append the drawn pairs of a source as units (``units.csv`` rows) and coding-sheet rows, numbered on."""
    texts = corpus.documents.set_index("doc_id")["text"]
    for _, row in drawn.iterrows():
        text = texts[row["doc_id"]][row["start"]:row["end"]]
        unit = f"{prefix}{name}-{len(units) + 1:03d}"
        target = dx.actors.name(row["country"]) or row["country"]
        units.append({"unit": unit, "corpus": name, "doc_id": row["doc_id"], "url": row["url"],
                      "published": row["published"], "start": row["start"], "end": row["end"],
                      "speaker": row["speaker"], "speaker_role": row["speaker_role"],
                      "target_country": row["country"], "target_name": target,
                      "text": text if redistributable else ""})
        rows.append({"unit": unit, "corpus": name, "speaker": row["speaker"], "target": target,
                     "target_country": row["country"], "sentence": text, "question": question_of(corpus, row)})


def write(units: list, rows: list, out: Path, sheet: Path) -> None:
    """Write ``units.csv`` and the coding sheet (which holds MFA text: outside the repository)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(units).to_csv(out, index=False)
    sheet.parent.mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows).to_csv(sheet, index=False)
    print(f"{len(units)} units -> {out.relative_to(ROOT)}; coding sheet (with MFA text, not to commit) -> {sheet}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/stance_coding/sheet.csv"))
