"""Validate the link from a frame hit to the actors it is about, against hand codes.

Gold: ``tests/data/frame_targets/gold.csv`` (222 hits of china_diplomatic and geopolitics in six
kinds of source, coded before the linking rule was written; see its README) and a second coder's
codes of every third item (``second_coder.csv``). Run from the repository root:

    .venv/bin/python docs/validation/frame_targets.py     # prints and writes docs/validation/frame_targets.md

The MFA press conferences and the 2022 headlines come from ``../shared/data`` (copyrighted, not
shipped); without them the script reports the bundled sources only.

Unit: a (hit, actor) pair. The rule's targets are compared with the gold at the level the coders
used: a state for a person or a state organ (Xi Jinping and the Foreign Ministry count as CHN),
the registry id for a group or an international organisation. Precision: the share of the rule's
pairs that the coder also named; recall: the share of the coder's pairs that the rule found.
Scores are given per source (the rule was written once, never tuned on these codes, so each
source is an out-of-sample test) and pooled, on all items and on the coder's high-confidence
items. A baseline, "every actor named in the sentence", shows what the clause and voice
restrictions add.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

import discourse as dx

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "frame_targets"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from frame_targets_sample import LEXICONS, load_groups  # noqa: E402

KEY = ["doc_id", "start", "end", "frame"]


def _codes(text) -> frozenset:
    if not isinstance(text, str) or text.strip() in ("", "none"):
        return frozenset()
    return frozenset(t.strip() for t in text.split("|") if t.strip())


def _level(actor_id) -> str | None:
    """The id a coder would write for an actor: its state for persons and state organs."""
    try:
        actor = dx.actors.actor(actor_id)
    except (dx.InputError, KeyError, TypeError):
        return actor_id
    if actor.kind == "person" or (actor.kind == "organisation" and actor.country and not actor.members):
        return actor.country
    return actor.actor_id


def _name_to_id() -> dict:
    reg = dx.actors.load()
    return dict(zip(reg.actors["name"], reg.actors["actor_id"]))


METHODS = ("sentence", "voice", "clause", "anywhere")


def predicted(groups: dict) -> pd.DataFrame:
    """Each method's targets per hit: ``dx.frames.measure(about=...)`` for clause, voice and sentence,
    and the baseline (every actor named in the sentence, places not standing for a state excluded)."""
    ids = _name_to_id()
    rows = []
    for group, corpus in groups.items():
        mentions = corpus.mentions[corpus.mentions["kind"] != "location"]
        located = pd.merge_asof(mentions.sort_values("start"), corpus.sentences[["doc_id", "sent_id", "start"]]
                                .sort_values("start"), on="start", by="doc_id")
        in_sentence = located.groupby(["doc_id", "sent_id"])["actor_id"].agg(
            lambda s: frozenset(filter(None, map(_level, s))))
        for name in LEXICONS:
            found = {}
            for about in METHODS[:3]:
                hits = dx.frames.measure(corpus, name, about=about)
                found[about] = hits.groupby(KEY, sort=False)["target"].agg(
                    lambda t: frozenset(filter(None, (_level(ids.get(n, n)) for n in t.dropna()))))
            sent = hits.drop_duplicates(KEY).set_index(KEY)["sent_id"]
            for key in found["sentence"].index:
                found["anywhere"] = {key: in_sentence.get((key[0], int(sent[key])), frozenset())}
                rows.append((*key, group, *(found[m][key] for m in METHODS)))
    return pd.DataFrame(rows, columns=[*KEY, "source_group", *METHODS])


def leave_one_source_out(pairs: pd.DataFrame) -> pd.DataFrame:
    """For each source held out: the method with the best F1 on the other sources, scored on it."""
    rows = []
    for held, test in pairs.groupby("source_group", sort=True):
        train = pairs[pairs["source_group"] != held]
        best = max(METHODS, key=lambda m: scores(train, m)["f1"])
        rows.append({"held_out": held, "chosen": best, **scores(test, best)})
    return pd.DataFrame(rows)


def scores(pairs: pd.DataFrame, column: str) -> dict:
    tp = sum(len(p & g) for p, g in zip(pairs[column], pairs["gold"]))
    n_pred, n_gold = sum(map(len, pairs[column])), sum(map(len, pairs["gold"]))
    precision = tp / n_pred if n_pred else float("nan")
    recall = tp / n_gold if n_gold else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    exact = (pairs[column] == pairs["gold"]).mean()
    return {"items": len(pairs), "pairs_predicted": n_pred, "pairs_gold": n_gold, "precision": precision,
            "recall": recall, "f1": f1, "exact": exact}


def agreement(gold: pd.DataFrame, second: pd.DataFrame) -> dict:
    both = gold.merge(second[["item", "targets"]].rename(columns={"targets": "second"}), on="item")
    a, b = both["targets"].map(_codes), both["second"].map(_codes)
    jaccard = [len(x & y) / len(x | y) if x | y else 1.0 for x, y in zip(a, b)]
    tp = sum(len(x & y) for x, y in zip(a, b))
    f1 = 2 * tp / (sum(map(len, a)) + sum(map(len, b)))
    ratings = pd.concat([pd.DataFrame({"unit": both["item"], "coder": c, "value": s.map(bool).astype(int)})
                         for c, s in (("first", a), ("second", b))])
    kappa = dx.stats.cohen_kappa(ratings)
    return {"items": len(both), "exact": float((a == b).mean()), "jaccard": sum(jaccard) / len(jaccard),
            "pair_f1": f1, "kappa_any": float(kappa["estimate"].iloc[0])}


def main() -> int:
    gold = pd.read_csv(DATA / "gold.csv", dtype={"doc_id": str})
    second = pd.read_csv(DATA / "second_coder.csv", dtype={"doc_id": str})
    groups = load_groups()
    found = predicted(groups)
    pairs = gold.merge(found.drop(columns="source_group"), on=KEY, how="inner")
    pairs["gold"] = pairs["targets"].map(_codes)
    missing = len(gold[gold["source_group"].isin(groups)]) - len(pairs)
    rows = []
    for subset, part in (("all", pairs), ("high confidence", pairs[pairs["confidence"] == "high"])):
        for group, g in [*part.groupby("source_group", sort=True), ("pooled", part)]:
            for method in METHODS:
                rows.append({"subset": subset, "source": group, "method": method, **scores(g, method)})
    table = pd.DataFrame(rows)
    agree = agreement(gold, second)
    loso = leave_one_source_out(pairs)
    lines = ["# Frames about actors: validation of the target link", "",
             "Generated by `docs/validation/frame_targets.py`; gold in `tests/data/frame_targets/`.", "",
             "Methods of `dx.frames.measure(..., about=...)`: **sentence** (the default): a hit is about",
             "the actors named in its sentence; **voice**: only those in the hit's own voice (a quoted hit:",
             "inside the quote; an authorial hit: outside quotes); **clause**: those in its clause, else its",
             "sentence, in its own voice. **anywhere**: a baseline, every actor the sentence names",
             "(no capitals).", "",
             f"{len(pairs)} coded hits matched ({missing} coded hits of loaded sources not found again).",
             "", "## Agreement between the two coders", "",
             f"{agree['items']} items coded twice, independently: the same set of actors on "
             f"{agree['exact']:.2f} of items; mean Jaccard {agree['jaccard']:.2f}; pair-level F1 "
             f"{agree['pair_f1']:.2f}; Cohen's kappa on 'about any actor' {agree['kappa_any']:.2f}.", "",
             "## Choosing the default: leave one source out", "",
             "For each source, the method with the best pair-level F1 on the other five sources, scored",
             "on the held-out one:", "",
             "| held out | chosen | hits | precision | recall | F1 | exact |", "|---|---|---|---|---|---|---|",
             *[f"| {r.held_out} | {r.chosen} | {r.items} | {r.precision:.2f} | {r.recall:.2f} | {r.f1:.2f} | "
               f"{r.exact:.2f} |" for r in loso.itertuples()], "",
             "## Each method against the first coder, per source", "",
             "| items | source | method | hits | pairs predicted | pairs coded | precision | recall | F1 | exact |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in table.itertuples():
        lines.append(f"| {r.subset} | {r.source} | {r.method} | {r.items} | {r.pairs_predicted} | {r.pairs_gold} | "
                     f"{r.precision:.2f} | {r.recall:.2f} | {r.f1:.2f} | {r.exact:.2f} |")
    text = "\n".join(lines) + "\n"
    (ROOT / "docs" / "validation" / "frame_targets.md").write_text(text, "utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
