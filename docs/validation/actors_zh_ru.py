"""Actor mentions in Chinese and Russian official texts against two coders (issue 18).

Gold: ``tests/data/zhru_actors/`` (the openings of 12 Chinese MFA spokesperson pages 2016-19 and
12 Russian kremlin.ru / mid.ru texts, drawn by its ``sample.py``; coder 1 coded every mention of a
state or an international organisation in all 24, coder 2 blind in 6; both blind to the
registry). A predicted mention (``corpus.mentions`` of kind state, organisation or group) finds a
gold mention when it overlaps it; it is right when it names the same actor. Reported per language:
recall (gold mentions found with the right actor), precision (predicted mentions that are gold
mentions of the same actor), and for the states the issue names (USA, RUS, KAZ) the same per state.

Run from the repository root (needs ../shared/data/zh_official and ru_official; about 40 s):

    .venv/bin/python docs/validation/actors_zh_ru.py

It writes docs/validation/actors_zh_ru.md.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pandas as pd

import discourse as dx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quotes import markdown_table as markdown  # noqa: E402  (one Markdown table format for every report)

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "zhru_actors"
SHARED = ROOT.parent / "shared" / "data"
SOURCES = {"mfa_zh": SHARED / "zh_official" / "mfa_spokesperson_zh_2016-2019.jsonl.gz",
           "ru_official": SHARED / "ru_official" / "ru_official_kremlin_mid_sample.jsonl.gz"}
KINDS = ("state", "organisation", "group")


def coded(name: str, texts: pd.Series) -> pd.DataFrame:
    rows = []
    for item in map(json.loads, (GOLD / name).read_text("utf-8").splitlines()):
        text = texts[item["doc_id"]]
        for m in item["mentions"]:
            if text[m["start"]:m["end"]] != m["surface"]:
                raise SystemExit(f"{name}, item {item['number']}: {m['surface']!r} is not at {m['start']}")
            rows.append({"doc_id": item["doc_id"], **m})
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "surface", "actor", "form"])


def pair(gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """For each gold row, the actor of an overlapping prediction (or NA); for each prediction,
    whether an overlapping gold row names the same actor."""
    merged = gold.reset_index().merge(pred.reset_index(), on="doc_id", suffixes=("", "_p"))
    merged = merged[(merged["start_p"] < merged["end"]) & (merged["end_p"] > merged["start"])]
    merged = merged.assign(same=merged["actor"] == merged["actor_p"])
    best = merged.sort_values("same", ascending=False).drop_duplicates("index")
    found = best.set_index("index")["actor_p"].reindex(gold.index)
    right = merged.groupby("index_p")["same"].any().reindex(pred.index, fill_value=False)
    return found, right


def scores(gold: pd.DataFrame, pred: pd.DataFrame) -> dict:
    found, right = pair(gold, pred)
    return {"gold": len(gold), "found": int(found.notna().sum()), "found, right actor": int((found == gold["actor"]).sum()),
            "predicted": len(pred), "predicted right": int(right.sum()),
            "recall": round(float((found == gold["actor"]).mean()), 3) if len(gold) else float("nan"),
            "precision": round(float(right.mean()), 3) if len(pred) else float("nan")}


def main() -> int:
    started = time.time()
    sample = pd.read_csv(GOLD / "sample.csv")
    corpora = {name: dx.load(path, progress=False) for name, path in SOURCES.items()}
    texts = pd.concat([c.documents for c in corpora.values()]).set_index("doc_id")["text"]
    window = dict(zip(sample["doc_id"], sample["window_end"]))
    pred = pd.concat([c.mentions for c in corpora.values()])
    pred = pred[pred["doc_id"].isin(window) & pred["kind"].isin(KINDS)]
    pred = pred[pred["start"] < pred["doc_id"].map(window)].reset_index(drop=True)
    pred = pred.assign(actor=pred["actor_id"].astype(str), corpus=pred["doc_id"].map(dict(zip(sample["doc_id"], sample["corpus"]))))
    one = coded("coder1.jsonl", texts)
    one = one.assign(corpus=one["doc_id"].map(dict(zip(sample["doc_id"], sample["corpus"]))))
    rows = []
    for corpus, language in (("mfa_zh", "zh"), ("ru_official", "ru")):
        g, p = one[one["corpus"] == corpus].reset_index(drop=True), pred[pred["corpus"] == corpus].reset_index(drop=True)
        rows.append({"language": language, "actors": "all", **scores(g, p)})
        for state in ("USA", "RUS", "KAZ", "CHN", "USA, RUS, KAZ by name"):
            named = state.endswith("by name")
            chosen = g["actor"].isin(["USA", "RUS", "KAZ"]) & g["form"].isin(["name", "official"]) if named \
                else g["actor"] == state
            gs = g[chosen].reset_index(drop=True)
            ps = p[p["actor"].isin(["USA", "RUS", "KAZ"]) if named else p["actor"] == state].reset_index(drop=True)
            found, _ = pair(gs, p)
            _, right = pair(g, ps)
            rows.append({"language": language, "actors": state, "gold": len(gs), "found": int(found.notna().sum()),
                         "found, right actor": int((found == gs["actor"]).sum()), "predicted": len(ps),
                         "predicted right": int(right.sum()),
                         "recall": round(float((found == gs["actor"]).mean()), 3) if len(gs) else "",
                         "precision": round(float(right.mean()), 3) if len(ps) else ""})
    table = pd.DataFrame(rows)
    found, _ = pair(one, pred)
    missed = one[found != one["actor"]].groupby(["corpus", "form"]).size().rename("missed").reset_index()
    _, right = pair(one, pred)
    wrong = pred[~right].groupby(["corpus", "surface", "actor"]).size().rename("n").reset_index()
    wrong = wrong.sort_values("n", ascending=False).head(12)
    agree = ""
    if (GOLD / "coder2.jsonl").is_file():
        two = coded("coder2.jsonl", texts)
        shared = one[one["doc_id"].isin(set(two["doc_id"]))].reset_index(drop=True)
        f12, _ = pair(shared, two)
        f21, _ = pair(two, shared)
        agree = markdown(pd.DataFrame([{
            "pages": two["doc_id"].nunique(), "coder 1": len(shared), "coder 2": len(two),
            "coder 1's found by coder 2, same actor": round(float((f12 == shared["actor"]).mean()), 3),
            "coder 2's found by coder 1, same actor": round(float((f21 == two["actor"]).mean()), 3)}]))
    report = f"""# Actor mentions in Chinese and Russian against two coders

Generated by `docs/validation/actors_zh_ru.py` in {time.time() - started:.0f} s with the actor registry
{dx.actors.load().version}. Gold: every mention of a state or an international organisation in the
openings (about 2,500 characters) of 12 Chinese MFA spokesperson pages (2016-19) and 12 Russian
kremlin.ru and mid.ru texts (`tests/data/zhru_actors/`, coded blind to the registry: names in every
case, "X side" forms such as 美方, adjectives such as американская, one-character states in
compounds such as 中美关系, capitals standing for their state). A predicted mention (kind state,
organisation or group) finds a gold mention when it overlaps it; recall counts those with the
same actor, precision the predicted mentions that overlap a gold mention of the same actor.
"by name" counts the coder's names and official names of the three states the issue names (美国,
俄罗斯, 哈萨克斯坦 and their Russian forms in every case), not short forms or compounds; its
precision is over every predicted mention of the three.

The registry was written before the gold was read (its first and only measurement is this one).

{markdown(table)}

Gold mentions missed (or given another actor), by the coder's form:

{markdown(missed)}

Predicted mentions that are no gold mention of that actor, the commonest:

{markdown(wrong)}

## Agreement between the coders

{agree}
"""
    print(report)
    Path(__file__).with_suffix(".md").write_text(report, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
