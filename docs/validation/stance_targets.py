"""Validate directed stance toward states in officials' transcript turns against two coders.

Gold: ``tests/data/stance_targets/`` (310 (sentence, target state) units drawn by
``stance_targets_sample.py`` before any tuning: 190 China MFA spokesperson answers 2018-2019, 60
Kremlin and 60 White House turns; guidelines in its README). Coder 1 coded every unit, coder 2
(blind) every fourth. This script reports

1. agreement between the coders (Krippendorff's alpha, nominal; percent agreement);
2. ``dx.stance.measure`` as it ships (``method="directed"``) and the sentence rules
   (``method="rules"``) against coder 1: accuracy and macro-F1 over {favour, against, neutral},
   per source and per part, with a bootstrap interval over documents; a unit with no row for its
   target counts as ``neutral``. The directed rules were written looking at the errors on the
   *development* documents only (those whose ``doc_id`` has a second character 0-7: half of
   each source); the other half of every source is *held out*, and the figures that predict a
   new source are those;
3. whether the stance holder is the turn's speaker (the spokesperson, the president);
4. the majority-class baseline (``neutral``);
5. variants of the sentence rules (with or without the CAMEO verbs, the VADER tie-break, and a
   wider neutral band), each chosen by leave-one-source-out: the variant best on two sources is
   scored on the third, the protocol by which a change of default would be chosen.

Run from the repository root (needs ../shared/data for the MFA pages; about a minute):

    .venv/bin/python docs/validation/stance_targets.py

It writes docs/validation/stance_targets.md.
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "stance_targets"
DEV = ROOT / "tests" / "data" / "stance_dev"
DEV3 = ROOT / "tests" / "data" / "stance_dev3"
DEV4 = ROOT / "tests" / "data" / "stance_dev4"
DEV5 = ROOT / "tests" / "data" / "stance_dev5"
DEV6 = ROOT / "tests" / "data" / "stance_dev6"
SHARED = ROOT.parent / "shared" / "data"
INPUTS = {
    "mfa_en": [SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz"],
    "kremlin": [ROOT / "corpora" / "kremlin"],
    "whitehouse": [ROOT / "corpora" / "whitehouse"],
}
LABELS = ["favour", "against", "neutral"]
METHODS = {"directed": "directed rules (default)", "rules": "sentence rules 1.0"}


def development(doc_ids: pd.Series) -> pd.Series:
    """The documents the directed rules were written on: second character of the id 0-7."""
    return doc_ids.str[1].map(lambda c: int(c, 16) < 8)


def gold(folder: Path = GOLD) -> pd.DataFrame:
    """The units of ``folder`` with coder 1's labels (and coder 2's where coded)."""
    units = pd.read_csv(folder / "units.csv")
    one = pd.read_csv(folder / "coder1.csv").rename(columns={"label": "gold"})[["unit", "gold"]]
    table = units.merge(one, on="unit")
    if not (folder / "coder2.csv").is_file():
        return table.assign(coder2=pd.NA)
    two = pd.read_csv(folder / "coder2.csv").rename(columns={"label": "coder2"})[["unit", "coder2"]]
    return table.merge(two, on="unit", how="left")


def predictions(units: pd.DataFrame, name: str, method: str = "directed", corpus=None) -> pd.DataFrame:
    """``dx.stance.measure`` on a source's corpus, matched to its units by sentence and target state;
    with the sentence's text and its rule features."""
    corpus = corpus if corpus is not None else dx.load(INPUTS[name], progress=False)
    rows = dx.stance.measure(corpus, targets={}, method=method)
    rows = rows[["doc_id", "start", "end", "target_country", "stance", "speaker"]].astype(object)
    rows = rows.drop_duplicates(["doc_id", "start", "end", "target_country"])
    mine = units[units["corpus"] == name]
    out = mine.merge(rows, on=["doc_id", "start", "end", "target_country"], how="left", suffixes=("", "_predicted"))
    out = _held_in_longer(out, rows)
    missing = set(mine["doc_id"]) - set(corpus.documents["doc_id"])
    if missing:
        raise SystemExit(f"{len(missing)} documents of the gold are not in the corpus: the loader changed their text")
    texts = corpus.documents.set_index("doc_id")["text"]
    sentences = [texts[d][a:b] for d, a, b in zip(out["doc_id"], out["start"], out["end"])]
    features = dx.stance.rule_scores(sentences, tie_break=False)[["goldstein", "cue_favour", "cue_against",
                                                                  "compound"]]
    return out.assign(predicted=out["stance"].fillna("neutral"), method=method, sentence=sentences,
                      part=np.where(development(out["doc_id"]), "development", "held out")
                      ).join(features.set_axis(out.index))


def _held_in_longer(out: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """A unit with no row of its own span takes the row of the sentence that holds it: units were
    coded on the sentences of their day, and a break the segmenter has since undone ("had they
    happened in the Washington D.C. | or New York city") leaves the unit inside a longer sentence."""
    out = out.copy()
    for i in out.index[out["stance"].isna()]:
        unit = out.loc[i]
        holder = rows[(rows["doc_id"] == unit["doc_id"]) & (rows["target_country"] == unit["target_country"])
                      & (rows["start"] <= unit["start"]) & (rows["end"] >= unit["end"])]
        if len(holder):
            out.loc[i, ["stance", "speaker_predicted"]] = holder.iloc[0][["stance", "speaker"]].to_numpy()
    return out


def variants(table: pd.DataFrame) -> dict[str, pd.Series]:
    """The sentence rules with and without CAMEO verbs and the VADER tie-break, at two neutral bands."""
    out = {}
    for cameo in (True, False):
        for vader in (True, False):
            for band in (0.05, 0.3):
                lexicon = (table["goldstein"] if cameo else 0) + table["cue_favour"] - table["cue_against"]
                score = np.tanh(lexicon)
                score = np.where(lexicon == 0, table["compound"], score) if vader else score
                name = f"CAMEO {'yes' if cameo else 'no'}, VADER tie-break {'yes' if vader else 'no'}, band {band}"
                out[name] = pd.Series(np.where(score >= band, "favour", np.where(score <= -band, "against",
                                                                                     "neutral")), index=table.index)
    return out


def loso_lines(table: pd.DataFrame) -> list[str]:
    """Each variant per source, and the variant picked on the other two sources scored on each."""
    found = variants(table)
    lines = ["| variant | " + " | ".join(INPUTS) + " |", "|---|" + "---|" * len(INPUTS)]
    for name, predicted in found.items():
        lines.append(f"| {name} | " + " | ".join(
            f"{macro_f1(table.loc[table['corpus'] == s, 'gold'], predicted[table['corpus'] == s]):.3f}"
            for s in INPUTS) + " |")
    lines += ["", "Chosen on the other two sources, scored on the held-out one (macro-F1):", ""]
    for source in INPUTS:
        train = table["corpus"] != source
        best = max(found, key=lambda n: macro_f1(table.loc[train, "gold"], found[n][train]))
        held = macro_f1(table.loc[~train, "gold"], found[best][~train])
        lines.append(f"- {source}: {best} → {held:.3f}")
    return lines


def macro_f1(gold: pd.Series, predicted: pd.Series) -> float:
    scores = []
    for label in LABELS:
        tp = ((gold == label) & (predicted == label)).sum()
        fp = ((gold != label) & (predicted == label)).sum()
        fn = ((gold == label) & (predicted != label)).sum()
        scores.append(0.0 if tp == 0 else 2 * tp / (2 * tp + fp + fn))
    return float(np.mean(scores))


def bootstrap(table: pd.DataFrame, stat, n: int = 2000, seed: int = 0) -> tuple[float, float]:
    """95 % percentile interval, resampling documents (sentences of one page are not independent)."""
    rng = np.random.default_rng(seed)
    groups = [np.flatnonzero(table["doc_id"].to_numpy() == d) for d in table["doc_id"].unique()]
    values = []
    for _ in range(n):
        pick = np.concatenate([groups[i] for i in rng.integers(0, len(groups), len(groups))])
        values.append(stat(table.iloc[pick]))
    return float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5))


def alpha(table: pd.DataFrame) -> float:
    both = table.dropna(subset=["coder2"])
    if both.empty:
        return float("nan")
    ratings = pd.concat([pd.DataFrame({"unit": both["unit"], "coder": c, "value": both[col]})
                         for c, col in (("coder1", "gold"), ("coder2", "coder2"))])
    return float(dx.stats.krippendorff_alpha(ratings, level="nominal")["estimate"].iloc[0])


def row(name: str, table: pd.DataFrame) -> str:
    accuracy = lambda t: float((t["gold"] == t["predicted"]).mean())  # noqa: E731
    f1 = lambda t: macro_f1(t["gold"], t["predicted"])  # noqa: E731
    lo, hi = bootstrap(table, f1)
    base = float((table["gold"] == "neutral").mean())
    holder = table.dropna(subset=["stance"])
    same = holder["speaker_predicted"].fillna("(anonymous)").astype(str) == holder["speaker"].fillna("(anonymous)").astype(str)
    held = float(same.mean()) if len(holder) else float("nan")
    return (f"| {name} | {len(table)} | {accuracy(table):.3f} | {f1(table):.3f} | {lo:.3f}–{hi:.3f} | "
            f"{base:.3f} | {macro_f1(table['gold'], pd.Series('neutral', index=table.index)):.3f} | "
            f"{len(holder)} | {held:.3f} |")


def trained_lines(table: pd.DataFrame) -> list[str]:
    """The trained route (``stance.classifier``, nested grouped search) on the same units, two ways:
    cross-validation grouped by document over all sources (in-source), and leave-one-source-out
    (trained on two sources, scored on the third)."""
    units = table[table["method"] == "directed"].reset_index(drop=True)
    texts, labels = units["sentence"].tolist(), units["gold"].tolist()
    in_source = dx.stance.cross_validate(texts, labels, units["doc_id"], n_splits=5)
    loso = dx.stance.cross_validate(texts, labels, units["corpus"], n_splits=len(INPUTS))
    lines = ["| validation | scored on | units | macro-F1 | directed rules on the same units |", "|---|---|---|---|---|"]
    for name, cv in (("in-source: 5 folds grouped by document", in_source),
                     ("leave-one-source-out", loso)):
        for source in INPUTS:
            part = cv[units.loc[cv["row"], "corpus"].to_numpy() == source]
            rules = units.loc[part["row"]]
            lines.append(f"| {name} | {source} | {len(part)} | {macro_f1(part['label'], part['predicted']):.3f} | "
                         f"{macro_f1(rules['gold'], rules['predicted']):.3f} |")
    return lines


def score_lines(table: pd.DataFrame) -> list[str]:
    """Per method: each source's development and held-out halves, and the held-out halves pooled."""
    lines = ["| method | source | part | units | accuracy | macro-F1 | 95 % CI | all-neutral accuracy | "
             "all-neutral macro-F1 | rows found | holder = speaker |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for method, label in METHODS.items():
        mine = table[table["method"] == method]
        for name in INPUTS:
            for part in ("development", "held out"):
                lines.append(row(f"{label} | {name} | {part}", mine[(mine["corpus"] == name) & (mine["part"] == part)]))
        lines.append(row(f"{label} | all | held out", mine[mine["part"] == "held out"]))
        lines.append(row(f"{label} | all | both", mine))
    return lines


def confusion_lines(table: pd.DataFrame) -> list[str]:
    confusion = pd.crosstab(table["gold"], table["predicted"]).reindex(index=LABELS, columns=LABELS, fill_value=0)
    lines = ["| gold \\ predicted | " + " | ".join(LABELS) + " |", "|---|---|---|---|"]
    return lines + [f"| {label} | " + " | ".join(str(confusion.loc[label, c]) for c in LABELS) + " |"
                    for label in LABELS]


# The columns of the development sets' tables (``row``).
DEV_HEADER = ["| source | units | accuracy | macro-F1 | 95 % CI | all-neutral accuracy | all-neutral macro-F1 | "
              "rows found | holder = speaker |", "|---|---|---|---|---|---|---|---|---|"]


def loaded(paths, corpora: dict) -> dx.Corpus:
    """The corpus of ``paths``, loaded once for the whole report."""
    key = tuple(map(str, paths))
    if key not in corpora:
        corpora[key] = dx.load(paths, progress=False)
    return corpora[key]


def agreement_text(units: pd.DataFrame) -> str:
    """Coder 2's agreement with coder 1 on the units both coded."""
    both = units.dropna(subset=["coder2"])
    if not len(both):
        return "A second coder's labels on every fourth unit are not in yet."
    return (f"Coder 2 (blind) coded {len(both)}: percent agreement {(both['gold'] == both['coder2']).mean():.3f}, "
            f"Krippendorff's alpha (nominal) {alpha(units):.3f}.")


def development_lines(corpora: dict) -> list[str]:
    """The second, development-only set (``tests/data/stance_dev``): its coders' agreement and the
    directed rules on it, per source and for its first and second hundred units."""
    from stance_dev_sample import SOURCES

    units = gold(DEV)
    parts = [predictions(units, name, "directed", loaded(paths, corpora))
             for name, (paths, *_rest) in SOURCES.items() if (units["corpus"] == name).any()]
    table = pd.concat(parts, ignore_index=True)
    number = table["unit"].str[-3:].astype(int)
    lines = [f"{len(units)} units drawn by `docs/validation/stance_dev_sample.py` from documents outside the gold "
             f"(guidelines as above). {agreement_text(units)} The directed rules 1.1 were revised reading the errors on "
             "units 001-100 (MFA); units 101-200 were scored once before they were read (accuracy 0.660, macro-F1 "
             "0.581 with 1.1), and the rules 1.2 were revised reading the errors on all 200 (the speaker's own "
             "state praised as a subject or accused by another, help given to a state). The table shows "
             f"{dx.stance.DIRECTED_VERSION}.", "", *DEV_HEADER]
    parts = [(name, table[table["corpus"] == name]) for name in SOURCES]
    parts += [("units 001-100", table[number <= 100]), ("units 101-200", table[number > 100])]
    return lines + [row(name, part) for name, part in parts if len(part)]


def third_lines(corpora: dict) -> list[str]:
    """The third, development-only set (``tests/data/stance_dev3``, MFA answers only): its coders'
    agreement and the directed rules on it."""
    from stance_dev_sample import THIRD

    units = gold(DEV3)
    table = predictions(units, "mfa_en", "directed", loaded(THIRD[2]["mfa_en"][0], corpora))
    return [f"{len(units)} units of MFA spokesperson answers drawn by `docs/validation/stance_dev_sample.py --third` "
            "from documents in neither the gold nor the second set, coded by helpers blind to the software "
            f"(guidelines as above). {agreement_text(units)} "
            "Scored once before they were read, the rules 1.2 had accuracy 0.627 and macro-F1 0.635; the "
            "rules 1.3 were revised reading their errors (cooperation offered, representations lodged, "
            "obligations, the speaker's own state as a party of a praised relation), so the row below is "
            f"no estimate for a new source. The table shows {dx.stance.DIRECTED_VERSION}.", "", *DEV_HEADER,
            row("mfa_en", table)]


def later_lines(corpora: dict, folder: Path, sources: dict, drawn: str, history: str) -> list[str]:
    """A later development-only set of MFA, Kremlin or White House units (``folder``, drawn from
    ``sources`` by ``stance_dev_sample.py`` with the flag in ``drawn``): its coders' agreement and
    the directed rules on it, per source; ``history`` says how it was scored and read."""
    units = gold(folder)
    table = pd.concat([predictions(units, name, "directed", loaded(paths, corpora))
                       for name, (paths, *_rest) in sources.items()], ignore_index=True)
    names = {"mfa_en": "MFA", "kremlin": "Kremlin", "whitehouse": "White House"}
    parts = ", ".join(f"{(units['corpus'] == name).sum()} {names[name]}" for name in sources)
    return [f"{len(units)} units ({parts}) drawn by "
            f"`docs/validation/stance_dev_sample.py {drawn}` from documents in none of the sets above, coded "
            f"by helpers blind to the software (guidelines as above). {agreement_text(units)} {history} "
            f"The table shows {dx.stance.DIRECTED_VERSION}.", "", *DEV_HEADER,
            *[row(name, table[table["corpus"] == name]) for name in sources], row("all", table)]


FOURTH_HISTORY = (
    "Scored once before they were read, the rules 1.3 had accuracy 0.653 and macro-F1 0.608 (MFA 0.622 / 0.610, "
    "Kremlin 0.733 / 0.665, White House 0.667 / 0.397), close to the held-out rows above; the rules "
    "1.4 were revised reading their errors (the speaker's own state as a verb's object is no doer, "
    "and named in what a demand on another asks is defended; \"rather than\" in a wish corrects it; "
    "what a verb of harm harms is no praise; falsehood and selfishness words; praise of a "
    "relation's momentum and common interests), so the rows below are no estimate for a new source.")
FIFTH_HISTORY = (
    "Scored once before they were read, the rules 1.5 had accuracy 0.673 and macro-F1 0.685 (MFA 0.700 / 0.722, "
    "Kremlin 0.633 / 0.636, White House 0.633 / 0.633), close to the held-out rows above; the rules "
    "1.6 were revised reading their errors (a wish for two sides together evaluates neither; "
    "confidence in what a state will do is praise; praise words in a document's title and praise "
    "of a clause reaching a place named \"in\" it praise no one; protests lodged, harm to "
    "relations, legitimate concerns, challenges posed by a state, pragmatic and close "
    "coordination; the speaker's own state named in a charge it rejects is defended), so the rows "
    "below are no estimate for a new source.")
SIXTH_HISTORY = (
    "The MFA pages were used up by the sets before (380 of 381), so White House press secretaries' answers stand "
    "for another state's spokesperson. Scored once before they were read, the rules 1.6 had accuracy 0.693 and "
    "macro-F1 0.533 (White House 0.692 / 0.555, Kremlin 0.700 / 0.339); the rules 1.7 were revised reading their "
    "errors (a punitive measure lands on the state it is imposed on, not on its doer, unless imposed on the "
    "speaker's own state, and on no one when lifted; a deed marked with its doer after it, \"the aggression that "
    "we have seen from Russia\", is that doer's, and one owned by a name that is no target, \"Putin's "
    "aggression\", no target's; courage and national praise, sham, falsehood and harm words), so the rows below "
    "are no estimate for a new source.")


def main() -> None:
    from stance_dev_sample import FIFTH, FOURTH, SIXTH

    started = time.time()
    units = gold()
    cache: dict = {}  # paths -> corpus, shared with the development sets
    corpora = {name: loaded(INPUTS[name], cache) for name in INPUTS}
    table = pd.concat([predictions(units, name, method, corpora[name]) for method in METHODS for name in INPUTS],
                      ignore_index=True)
    both = units.dropna(subset=["coder2"])
    directed = table[table["method"] == "directed"]
    held = directed[directed["part"] == "held out"]
    lines = [
        "# Stance toward states in officials' turns (MFA, Kremlin, White House)", "",
        f"Generated by `docs/validation/stance_targets.py` in {time.time() - started:.0f} s. Gold: "
        f"{len(units)} (sentence, target state) units in `tests/data/stance_targets/` (guidelines in its "
        "README), drawn and coded before any tuning; MFA units are references into `../shared/data`.", "",
        "## Agreement between coders", "",
        f"Coder 2 (blind) coded {len(both)} units: percent agreement "
        f"{(both['gold'] == both['coder2']).mean():.3f}, Krippendorff's alpha (nominal) {alpha(units):.3f}.", "",
        "## `dx.stance.measure` against coder 1", "",
        "The directed rules (`method=\"directed\"`, the default) were written from the errors on the "
        "*development* half of each source (documents whose `doc_id` has a second character 0-7); the "
        "*held-out* half of every source was not looked at sentence by sentence (only its totals), so "
        "its rows are the figures to expect on a new source. The sentence rules (`method=\"rules\"`, the default until this version) were "
        "written before the gold and saw none of it. Macro-F1 over favour / against / neutral; 95 % CI: "
        "bootstrap over documents. Holder: of the units with a predicted row, the share whose stance "
        "holder is the turn's speaker (an anonymous briefer, missing in both, counts as the same). Now that "
        "reported speech inside a turn is the reported speaker's voice (\"As Secretary Blinken has "
        "said, ...\", \"President Macron said that ...\"), those units have another holder by design; "
        "most of the rest are misread speakers.", "",
        *score_lines(table), "",
        f"Directed rules on the held-out halves: accuracy {(held['gold'] == held['predicted']).mean():.3f}, "
        f"macro-F1 {macro_f1(held['gold'], held['predicted']):.3f}. Confusion (rows: coder 1; columns: "
        "predicted), held-out halves:", "", *confusion_lines(held), "",
        "Sentence rules, all units:", "", *confusion_lines(table[table["method"] == "rules"]), "",
        "## Variants of the sentence rules, chosen by leave-one-source-out", "",
        "Macro-F1 of each variant on the unit's sentence (the same stance for every state it names); "
        "`method=\"rules\"` is the first row. The directed rules take the band (0.3) and leave out the "
        "CAMEO verbs and the VADER tie-break, as the choice below does.", "",
        *loso_lines(table[table["method"] == "rules"]), "",
        "## The trained route: in-source against leave-one-source-out", "",
        "`stance.classifier()` with its nested grouped search (`stance.cross_validate`) on the 310 units' "
        "sentences (no target marking: two states of one sentence get one prediction). In-source folds "
        "mix the three sources in training; leave-one-source-out trains on two and scores the third, "
        "which is what a user gets on a new source. With 310 units the classifier is no rival to the "
        "rules; the gap between the two rows is the point.", "",
        *trained_lines(table), "",
        "## A second development set", "",
        *(development_lines(cache) if (DEV / "coder1.csv").is_file() and SHARED.is_dir() else
          ["`tests/data/stance_dev/` or ../shared/data is missing."]), "",
        "## A third development set", "",
        *(third_lines(cache) if (DEV3 / "coder1.csv").is_file() and SHARED.is_dir() else
          ["`tests/data/stance_dev3/` or ../shared/data is missing."]), "",
        "## A fourth development set", "",
        *(later_lines(cache, DEV4, FOURTH[2], "--fourth", FOURTH_HISTORY) if (DEV4 / "coder1.csv").is_file()
          and SHARED.is_dir() else ["`tests/data/stance_dev4/` or ../shared/data is missing."]), "",
        "## A fifth development set", "",
        *(later_lines(cache, DEV5, FIFTH[2], "--fifth", FIFTH_HISTORY) if (DEV5 / "coder1.csv").is_file()
          and SHARED.is_dir() else ["`tests/data/stance_dev5/` or ../shared/data is missing."]), "",
        "## A sixth development set", "",
        *(later_lines(cache, DEV6, SIXTH[2], "--sixth", SIXTH_HISTORY) if (DEV6 / "coder1.csv").is_file()
          and SHARED.is_dir() else ["`tests/data/stance_dev6/` or ../shared/data is missing."])]
    (ROOT / "docs" / "validation" / "stance_targets.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
