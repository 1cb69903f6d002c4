"""Quotes and speakers on a second source: Kremlin news prose beside Wikinews (issue 17).

Gold: ``tests/data/kremlin_quotes/`` (60 en.kremlin.ru news items drawn by its ``sample.py``
before any tuning; coder 1 coded all, coder 2 blind every fifth) and
``tests/data/wikinews_quotes/`` (32 Wikinews articles). The extractor was developed on Wikinews
only, so the Kremlin rows are a leave-one-source-out figure: what a user gets on a source
nobody tuned to. Reported per source: recall and precision of direct, indirect and all quotes,
speaker accuracy on the quotes found (``quotes.same_speaker``), with a bootstrap interval over
documents; and the agreement of the two Kremlin coders (quotes found by both, same speaker,
Krippendorff's alpha over the speakers of the quotes both found).

Run from the repository root (needs ../shared/data/kremlin_en; about two minutes):

    .venv/bin/python docs/validation/quotes_sources.py

It writes docs/validation/quotes_sources.md.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

sys.path.insert(0, str(Path(__file__).resolve().parent))
import quotes as wikinews  # noqa: E402  (the Wikinews validation: its matching and scores)

ROOT = Path(__file__).resolve().parents[2]
KREMLIN = ROOT / "tests" / "data" / "kremlin_quotes"
SOURCE = ROOT.parent / "shared" / "data" / "kremlin_en" / "kremlin_en_news_1999-2020.jsonl.gz"


def kremlin_gold(path: Path, corpus) -> pd.DataFrame:
    """A coder's quotes as spans of the loaded documents (offsets checked against the text)."""
    texts = corpus.documents.set_index("doc_id")["text"]
    rows = []
    for line in path.read_text("utf-8").splitlines():
        item = json.loads(line)
        text = texts[item["doc_id"]]
        for q in item["quotes"]:
            start = q.get("start")
            if start is None or text[start:start + len(q["text"])] != q["text"]:
                start = text.find(q["text"])
            if start < 0:
                raise SystemExit(f"{path.name}, item {item['number']}: quote not in the text: {q['text'][:60]!r}")
            rows.append({"doc_id": item["doc_id"], "url": item.get("url", item["doc_id"]), "kind": q["kind"],
                         "start": start, "end": start + len(q["text"]), "speaker": q.get("speaker"),
                         "speaker_country": q.get("speaker_country")})
    return pd.DataFrame(rows, columns=["doc_id", "url", "kind", "start", "end", "speaker", "speaker_country"])


def joined(table: pd.DataFrame, texts: pd.Series) -> pd.DataFrame:
    """Direct quotes of one document that follow each other with only marks and blank lines between
    (a quote running over paragraphs, in pieces) as one quote: coder 1 keeps such a quote whole,
    coder 2 and the extractor give one piece per paragraph; scored alike either way."""
    rows = []
    for row in table.sort_values(["doc_id", "start"]).to_dict("records"):
        last = rows[-1] if rows else None
        if last is not None and last["doc_id"] == row["doc_id"] and last["kind"] == row["kind"] == "direct" \
                and not texts[row["doc_id"]][last["end"]:row["start"]].strip(" \n“”\"«»"):
            last["end"] = row["end"]
            continue
        rows.append(dict(row))
    return pd.DataFrame(rows, columns=table.columns).reset_index(drop=True)


def interval(m: pd.DataFrame, n: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval of speaker accuracy, resampling documents."""
    found = m[m["matched"]].assign(same=[wikinews.same_speaker(g, p) for g, p in
                                         zip(m.loc[m["matched"], "gold_speaker"], m.loc[m["matched"], "pred_speaker"])])
    if found.empty:
        return float("nan"), float("nan")
    per = found.groupby("doc_id")["same"].agg(["sum", "count"]).to_numpy()
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n):
        pick = per[rng.integers(0, len(per), len(per))]
        values.append(pick[:, 0].sum() / pick[:, 1].sum())
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def source_row(name: str, gold: pd.DataFrame, corpus) -> dict:
    texts = corpus.documents.set_index("doc_id")["text"]
    pred = corpus.quotes[corpus.quotes["doc_id"].isin(set(gold["doc_id"]))].reset_index(drop=True)
    pred = joined(pred[pred["kind"] != "turn"], texts)
    gold = joined(gold, texts)
    m = wikinews.match(gold, pred)
    lo, hi = interval(m)
    return {"source": name, "documents": gold["doc_id"].nunique(), "gold quotes": len(gold),
            "predicted": len(pred), **wikinews.scores(m, pred), "speaker 95 % CI": f"{lo:.3f}–{hi:.3f}"}, m


def agreement(one: pd.DataFrame, two: pd.DataFrame) -> dict:
    """Coder 2 against coder 1 on the items both coded: quotes found by both (span overlap, as
    the extractor is matched), same speaker, and alpha over the speakers of the shared quotes."""
    one = one[one["doc_id"].isin(set(two["doc_id"]))].reset_index(drop=True)
    m = wikinews.match(one, two.rename(columns={}).reset_index(drop=True))
    both = m[m["matched"]]
    same = [wikinews.same_speaker(g, p) for g, p in zip(both["gold_speaker"], both["pred_speaker"])]
    ratings = pd.concat([
        pd.DataFrame({"unit": range(len(both)), "coder": "one", "value": [wikinews._norm(s) or "(none)"
                                                                           for s in both["gold_speaker"]]}),
        pd.DataFrame({"unit": range(len(both)), "coder": "two",
                      "value": [wikinews._norm(g) or "(none)" if s else wikinews._norm(p) or "(none)"
                                for s, g, p in zip(same, both["gold_speaker"], both["pred_speaker"])]})])
    alpha = dx.stats.krippendorff_alpha(ratings, level="nominal")["estimate"].iloc[0] if len(both) else np.nan
    return {"items": one["doc_id"].nunique(), "coder 1 quotes": len(one), "coder 2 quotes": len(two),
            "found by both": len(both), "recall of coder 1's": len(both) / len(one) if len(one) else np.nan,
            "precision": len(both) / len(two) if len(two) else np.nan,
            "same speaker": float(np.mean(same)) if same else np.nan, "alpha (speaker)": float(alpha)}


def main() -> int:
    started = time.time()
    wiki = dx.load(wikinews.CSV, progress=False)
    kremlin = dx.load(SOURCE, progress=False)
    rows, matches = [], {}
    for name, gold, corpus in (("Wikinews 2019 (development source)", wikinews.gold_spans(wiki), wiki),
                               ("Kremlin news (held out)", kremlin_gold(KREMLIN / "coder1.jsonl", kremlin), kremlin)):
        row, matches[name] = source_row(name, gold, corpus)
        rows.append(row)
    table = pd.DataFrame(rows)
    cols = ["source", "documents", "gold quotes", "predicted", "direct_recall", "direct_precision", "indirect_recall",
            "indirect_precision", "all_recall", "all_precision", "speaker_accuracy", "speaker 95 % CI",
            "direct_speaker_accuracy"]
    agree = ""
    if (KREMLIN / "coder2.jsonl").is_file():
        texts = kremlin.documents.set_index("doc_id")["text"]
        a = agreement(joined(kremlin_gold(KREMLIN / "coder1.jsonl", kremlin), texts),
                      joined(kremlin_gold(KREMLIN / "coder2.jsonl", kremlin), texts))
        agree = ("## Agreement between the Kremlin coders\n\n" + wikinews.markdown_table(pd.DataFrame([a])) + "\n")
    held = matches["Kremlin news (held out)"]
    wrong = held[held["matched"] & ~pd.Series([wikinews.same_speaker(g, p) for g, p in
                                                zip(held["gold_speaker"], held["pred_speaker"])], index=held.index)]
    examples = "\n".join(f"| {g} | {p if isinstance(p, str) else '(none)'} |"
                         for g, p in zip(wrong["gold_speaker"].head(15), wrong["pred_speaker"].head(15)))
    report = f"""# Quotes and speakers on a source nobody tuned to: Kremlin news

Generated by `docs/validation/quotes_sources.py` in {time.time() - started:.0f} s. Gold: 60 en.kremlin.ru
news items (`tests/data/kremlin_quotes/`, drawn by its `sample.py` and coded before any tuning;
text CC BY 4.0, President of Russia, kremlin.ru) and the 32 Wikinews articles of
[quotes](quotes.md). The quote extractor was written and tuned on Wikinews only: the Kremlin row
is a leave-one-source-out figure. Speaker accuracy is on the gold quotes the extractor found
(`quotes.same_speaker`: the same name after folding, or one name within the other with the same
last word); its interval resamples documents. Transcript turns are not counted (the items
have none). A direct quote running over paragraphs counts as one quote on both sides (coder 1
keeps it whole; coder 2 and the extractor give a piece per paragraph).

{wikinews.markdown_table(table[cols])}

{agree}
Speakers the extractor got wrong on Kremlin items (gold, predicted), the first 15:

| gold | predicted |
|---|---|
{examples}
"""
    print(report)
    Path(__file__).with_suffix(".md").write_text(report, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
