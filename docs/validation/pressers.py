"""Validate press-conference turns, speakers, roles and dates against hand codes.

Gold: ``tests/data/pressers/`` (16 China MFA pages, 10 English 2018-19 and 6 Chinese 2016-19,
291 turns, coded before the reader was written; 6 pages coded again by a second coder). The
pages come from ``../shared/data`` (copyrighted, not shipped); run from the repository root:

    .venv/bin/python docs/validation/pressers.py        # prints and writes docs/validation/pressers.md

A predicted turn matches a gold turn when its text starts with the gold turn's first words
(spaces and case ignored), in page order (see ``match``). Turn recall: gold turns matched;
precision: predicted turns that match a gold turn. Role and speaker accuracy are over matched
turns (speaker: the spokesperson's English name; Chinese pages print it in Chinese). Date: the
document's date equals the page's date, or the date is missing and flagged (the document's
``date_note``).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

import discourse as dx

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "pressers"
SHARED = ROOT.parent / "shared" / "data"
FILES = {"en": SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz",
         "zh": SHARED / "zh_official" / "mfa_spokesperson_zh_2016-2019.jsonl.gz"}


def _key(text) -> str:
    return re.sub(r"\s+", "", str(text or "")).casefold()


def load_pages(pages: pd.DataFrame, folder: Path) -> dx.Corpus:
    """Write the gold pages from the shared data as HTML files and load them."""
    wanted = {str(p): lang for p, lang in zip(pages["page_id"], pages["language"])}
    for lang, path in FILES.items():
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                page = re.search(r"t(\d+)\.shtml", row["url"]).group(1)
                if wanted.get(page) == lang:
                    (folder / f"t{page}.html").write_text(row["html"], "utf-8")
    return dx.load(folder)


def predicted_turns(corpus: dx.Corpus) -> pd.DataFrame:
    docs = corpus.documents.assign(page_id=corpus.documents["raw_path"].str.extract(r"t(\d+)\.html")[0])
    turns = corpus.quotes[corpus.quotes["kind"] == "turn"].merge(docs[["doc_id", "page_id"]], on="doc_id")
    turns["words"] = turns["text"]  # the turn's span: its words without the label
    return turns[["page_id", "quote_id", "speaker", "speaker_role", "speaker_label", "words"]]


def match(gold: pd.DataFrame, turns: pd.DataFrame) -> pd.DataFrame:
    """Each gold turn with the predicted turn that starts with its first words, if any.

    Turns are matched in page order: a gold turn's match is sought after the previous gold turn's
    match first, so two turns that open with the same words ("President Xi Jinping met with", a
    question and its answer) are not both matched to the first of them.
    """
    rows = []
    for page, g in gold.groupby("page_id", sort=True):
        p = turns[turns["page_id"] == str(page)].sort_values("quote_id")
        starts = [(_key(w), row) for w, row in zip(p["words"], p.itertuples())]
        after = 0
        for turn in g.sort_values("turn").itertuples():
            key = _key(turn.first_words)
            hits = [k for k, (start, _) in enumerate(starts) if key and start.startswith(key)]
            k = next((k for k in hits if k >= after), hits[0] if hits else None)
            found = starts[k][1] if k is not None else None
            after = k + 1 if k is not None else after
            rows.append({"page_id": page, "turn": turn.turn, "role": turn.role, "speaker": turn.speaker,
                         "found": found is not None,
                         "predicted_role": found.speaker_role if found is not None else None,
                         "predicted_speaker": found.speaker if found is not None else None})
    return pd.DataFrame(rows)


def agreement(first: pd.DataFrame, second: pd.DataFrame) -> dict:
    both = first.merge(second, on=["page_id", "turn"], suffixes=("", "_2"))
    pages = second["page_id"].nunique()
    same_count = (first[first["page_id"].isin(second["page_id"])].groupby("page_id").size()
                  == second.groupby("page_id").size()).mean()
    return {"pages": pages, "turns": len(second), "same_turn_count": same_count,
            "first_words": (both["first_words"].map(_key) == both["first_words_2"].map(_key)).mean(),
            "role": (both["role"] == both["role_2"]).mean(),
            "reply_to": (both["reply_to"].fillna(-1) == both["reply_to_2"].fillna(-1)).mean()}


def main() -> int:
    if not all(path.is_file() for path in FILES.values()):
        print("the MFA pages are not in ../shared/data: nothing to validate")
        return 0
    pages = pd.read_csv(GOLD / "gold_pages.csv", dtype={"page_id": str})
    gold = pd.read_csv(GOLD / "gold_turns.csv", dtype={"page_id": str})
    second = pd.read_csv(GOLD / "second_coder_turns.csv", dtype={"page_id": str})
    with tempfile.TemporaryDirectory() as folder:
        corpus = load_pages(pages, Path(folder))
    turns = predicted_turns(corpus)
    matched = match(gold, turns)
    lang = dict(zip(pages["page_id"], pages["language"]))
    matched["language"] = matched["page_id"].map(lang)
    turns["language"] = turns["page_id"].map(lang)
    docs = corpus.documents.assign(page_id=corpus.documents["raw_path"].str.extract(r"t(\d+)\.html")[0])
    if "date_note" not in docs:  # corpora of schema 1.1 kept the note in the metadata
        docs["date_note"] = docs["meta"].map(lambda m: json.loads(m).get("date_note"))
    dates = pages.merge(docs[["page_id", "published", "date_note"]], on="page_id", how="left")
    dates["right"] = [(pd.notna(p) and str(p)[:10] == d) or (pd.isna(p) and isinstance(n, str))
                      for p, d, n in zip(dates["published"], dates["date"], dates["date_note"])]
    lines = ["# Press conferences: turns, speakers and dates", "",
             "Generated by `docs/validation/pressers.py`; gold in `tests/data/pressers/` (coded before the reader).",
             "", "| language | pages | gold turns | predicted turns | turn recall | turn precision | role | speaker | "
             "dates right or flagged |", "|---|---|---|---|---|---|---|---|---|"]
    for language in ("en", "zh"):
        m, t = matched[matched["language"] == language], turns[turns["language"] == language]
        hit = m[m["found"]]
        precision = sum(any(_key(w).startswith(_key(f)) for f in gold.loc[gold["page_id"] == p, "first_words"])
                        for p, w in zip(t["page_id"], t["words"])) / max(len(t), 1)
        speaker = (hit["speaker"].fillna("") == hit["predicted_speaker"].fillna("")).mean()
        d = dates[dates["language"] == language]
        lines.append(f"| {language} | {len(d)} | {len(m)} | {len(t)} | {m['found'].mean():.3f} | {precision:.3f} | "
                     f"{(hit['role'] == hit['predicted_role']).mean():.3f} | {speaker:.3f} | "
                     f"{int(d['right'].sum())}/{len(d)} |")
    agree = agreement(gold, second)
    lines += ["", f"Two coders on {agree['pages']} pages ({agree['turns']} turns): the same number of turns on "
              f"{agree['same_turn_count']:.2f} of pages; of turns at the same position, the same first words "
              f"{agree['first_words']:.2f}, role {agree['role']:.2f}, `reply_to` {agree['reply_to']:.2f}.", "",
              "Chinese pages print the spokesperson's name in Chinese (耿爽); the reader gives the English name",
              "(`Geng Shuang`) from the actor registry (version 1.1), as the gold does.", "",
              "Turns the reader missed (page, gold turn, role):", ""]
    missed = matched[~matched["found"]]
    lines += [f"- {r.page_id} turn {r.turn} ({r.role})" for r in missed.itertuples()] or ["- none"]
    text = "\n".join(lines) + "\n"
    (ROOT / "docs" / "validation" / "pressers.md").write_text(text, "utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
