"""Quotes and speakers on other sources: Kremlin news and press-conference turns beside Wikinews (issue 17).

Gold: ``tests/data/kremlin_quotes/`` (60 en.kremlin.ru news items drawn by its ``sample.py``
before any tuning; coder 1 coded all, coder 2 blind every fifth), ``tests/data/press_quotes/``
(reported speech inside the turns of 20 China MFA and 20 White House press-conference pages;
two coders on 8), ``tests/data/wikinews_quotes/`` (32 Wikinews articles) and
``tests/data/wikinews_quotes2/`` (36 more, coded after the tuning). The extractor was
developed on Wikinews; the White House items were read while fixing the rules for reported
speech inside turns (a development source); the Kremlin and MFA rows are leave-one-source-out
figures: what a user gets on a source nobody tuned to. Reported per source: recall and precision
of direct, indirect and all quotes, speaker accuracy on the quotes found (``quotes.same_speaker``),
with a bootstrap interval over documents; and the agreement of the two coders (quotes found by
both, same speaker, Krippendorff's alpha over the speakers of the quotes both found).

Run from the repository root (needs ../shared/data/kremlin_en, mfa_pressers_en and wh_briefings;
about four minutes; a source whose data is absent is left out):

    .venv/bin/python docs/validation/quotes_sources.py

It writes docs/validation/quotes_sources.md.
"""

from __future__ import annotations

import hashlib
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
PRESS = ROOT / "tests" / "data" / "press_quotes"
DEV = ROOT / "tests" / "data" / "quotes_dev"  # other items of the held-out sources, read while tuning
PRESS_SOURCES = {"mfa": ("China MFA press conferences (held out)",
                         ROOT.parent / "shared" / "data" / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz"),
                 "wh": ("White House briefings (development)",
                        ROOT.parent / "shared" / "data" / "wh_briefings" / "wh_press_briefings_2021-2025_md.tar.xz")}


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


def press_gold(path: Path, corpus) -> pd.DataFrame:
    """A coder's reported speech inside press-conference turns, as spans (MFA items are offsets
    only: the pages are copyrighted; each span is checked by its sha1), with each item's window."""
    texts = corpus.documents.set_index("doc_id")["text"]
    rows = []
    for line in path.read_text("utf-8").splitlines():
        item = json.loads(line)
        text = texts[item["doc_id"]]
        for q in item["quotes"]:
            span = text[q["start"]:q["end"]]
            if hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] != q["sha1"]:
                raise SystemExit(f"{path.name}, item {item['number']}: the text at {q['start']} is not the coded quote")
            rows.append({"doc_id": item["doc_id"], "url": item["url"], "kind": q["kind"], "start": q["start"],
                         "end": q["end"], "speaker": q.get("speaker"), "speaker_country": q.get("speaker_country"),
                         "window_end": item["window_end"]})
    return pd.DataFrame(rows, columns=["doc_id", "url", "kind", "start", "end", "speaker", "speaker_country",
                                       "window_end"])


# Wikinews batches coded after the tuning, each scored before its errors were read: its folder, its label,
# the last item of coder A's part of the gold (coder B's goes on to the last item) and its last item
WIKINEWS_BATCHES = {batch: (ROOT / "tests" / "data" / f"wikinews_quotes{batch}", label, split, last)
                    for batch, label, split, last in ((2, "second batch", 18, 36), (3, "third batch", 18, 36),
                                                      (4, "fourth batch (few quotation marks)", 33, 67))}


def wikinews2_gold(corpus, second: bool = False, batch: int = 2) -> pd.DataFrame:
    """A later Wikinews batch (2, 3 or 4) as spans: coder A's items up to the batch's split and coder
    B's after it (coder 1); with ``second``, the other coder's reading of the items both coded (coder 2)."""
    folder, _, split, last = WIKINEWS_BATCHES[batch]
    articles = []
    for coder, own in (("coderA", range(1, split + 1)), ("coderB", range(split + 1, last + 1))):
        path = folder / f"{coder}.jsonl"
        lines = path.read_text("utf-8").splitlines() if path.is_file() else ()
        articles += [art for art in map(json.loads, lines) if (art["item"] in own) != second]
    return wikinews.gold_spans(corpus, articles)


def windows(path: Path) -> dict:
    """doc_id -> the end of the coded opening, for the items of one coder file."""
    return {item["doc_id"]: item["window_end"] for item in map(json.loads, path.read_text("utf-8").splitlines())}


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


def source_row(name: str, gold: pd.DataFrame, corpus, window: dict | None = None) -> dict:
    """One source's scores; with ``window`` (doc_id -> end of the coded opening) only the quotes
    starting in each document's coded opening count, on both sides."""
    texts = corpus.documents.set_index("doc_id")["text"]
    pred = corpus.quotes[corpus.quotes["doc_id"].isin(set(window or gold["doc_id"]))].reset_index(drop=True)
    pred = joined(pred[pred["kind"] != "turn"], texts)
    if window is not None:
        pred = pred[pred["start"] < pred["doc_id"].map(window)].reset_index(drop=True)
        gold = gold.drop(columns="window_end")
    gold = joined(gold, texts)
    m = wikinews.match(gold, pred)
    lo, hi = interval(m)
    return {"source": name, "documents": len(window) if window else gold["doc_id"].nunique(), "gold quotes": len(gold),
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
    rows, matches, agree = [], {}, ""
    for name, gold, corpus in (("Wikinews 2019 (development source)", wikinews.gold_spans(wiki), wiki),
                               ("Kremlin news (held out)", kremlin_gold(KREMLIN / "coder1.jsonl", kremlin), kremlin)):
        row, matches[name] = source_row(name, gold, corpus)
        rows.append(row)
    wiki_agree = ""
    for batch, (_, label, _, _) in WIKINEWS_BATCHES.items():
        later = wikinews2_gold(wiki, batch=batch)
        if not len(later):
            continue
        name = f"Wikinews 2019, {label}"
        row, matches[name] = source_row(name, later, wiki)
        rows.append(row)
        texts = wiki.documents.set_index("doc_id")["text"]
        both = wikinews2_gold(wiki, second=True, batch=batch)
        a = agreement(joined(later[later["doc_id"].isin(set(both["doc_id"]))], texts), joined(both, texts))
        wiki_agree += "\n" + wikinews.markdown_table(pd.DataFrame([{"source": name, **a}])).split("\n", 2)[2]
    if (KREMLIN / "coder2.jsonl").is_file():
        texts = kremlin.documents.set_index("doc_id")["text"]
        a = agreement(joined(kremlin_gold(KREMLIN / "coder1.jsonl", kremlin), texts),
                      joined(kremlin_gold(KREMLIN / "coder2.jsonl", kremlin), texts))
        agree += "## Agreement between the coders\n\n" + wikinews.markdown_table(pd.DataFrame([{"source": "Kremlin news", **a}]))
    if (DEV / "kremlin_coder1.jsonl").is_file():
        name = "Kremlin news, other items (development)"
        row, matches[name] = source_row(name, kremlin_gold(DEV / "kremlin_coder1.jsonl", kremlin), kremlin)
        rows.append(row)
        texts = kremlin.documents.set_index("doc_id")["text"]
        a = agreement(joined(kremlin_gold(DEV / "kremlin_coder1.jsonl", kremlin), texts),
                      joined(kremlin_gold(DEV / "kremlin_coder2.jsonl", kremlin), texts))
        agree += "\n" + wikinews.markdown_table(pd.DataFrame([{"source": name, **a}])).split("\n", 2)[2]
    if (DEV / "kremlin2_coder1.jsonl").is_file():  # coded after the first batch was read; scored before it was read
        name = "Kremlin news, second development batch"
        row, matches[name] = source_row(name, kremlin_gold(DEV / "kremlin2_coder1.jsonl", kremlin), kremlin)
        rows.append(row)
    for key, (name, path) in PRESS_SOURCES.items():
        first, second = PRESS / f"{key}_coder1.jsonl", PRESS / f"{key}_coder2.jsonl"
        if not first.is_file() or not path.is_file():
            continue
        corpus = dx.load(path, progress=False)
        # the first development batch, and the third (coded after the Kremlin batches were read, scored before)
        for batch, label in (("", ", other items (development)"), ("3", ", third development batch")):
            dev = DEV / f"{key}{batch}_coder1.jsonl"
            if not dev.is_file():
                continue
            dev_name = name.replace(" (held out)", label)
            row, matches[dev_name] = source_row(dev_name, press_gold(dev, corpus), corpus, windows(dev))
            rows.append(row)
            texts = corpus.documents.set_index("doc_id")["text"]
            a = agreement(joined(press_gold(dev, corpus).drop(columns="window_end"), texts),
                          joined(press_gold(DEV / f"{key}{batch}_coder2.jsonl", corpus).drop(columns="window_end"),
                                 texts))
            agree += "\n" + wikinews.markdown_table(pd.DataFrame([{"source": dev_name, **a}])).split("\n", 2)[2]
        gold = press_gold(first, corpus)
        row, matches[name] = source_row(name, gold, corpus, windows(first))
        rows.append(row)
        if second.is_file():
            texts = corpus.documents.set_index("doc_id")["text"]
            a = agreement(joined(gold.drop(columns="window_end"), texts),
                          joined(press_gold(second, corpus).drop(columns="window_end"), texts))
            agree += "\n" + wikinews.markdown_table(pd.DataFrame([{"source": name.split(" (")[0], **a}])).split("\n", 2)[2]
    agree += wiki_agree
    table = pd.DataFrame(rows)
    cols = ["source", "documents", "gold quotes", "predicted", "direct_recall", "direct_precision", "indirect_recall",
            "indirect_precision", "all_recall", "all_precision", "speaker_accuracy", "speaker 95 % CI",
            "direct_speaker_accuracy"]
    examples = ""
    for name in list(matches)[1:]:
        held = matches[name]
        wrong = held[held["matched"] & ~pd.Series([wikinews.same_speaker(g, p) for g, p in
                                                    zip(held["gold_speaker"], held["pred_speaker"])], index=held.index)]
        examples += "\n".join([f"\n{name}, speakers the extractor got wrong (gold, predicted), the first 10:\n",
                               "| gold | predicted |", "|---|---|"]
                              + [f"| {g if isinstance(g, str) else '(none)'} | {p if isinstance(p, str) else '(none)'} |"
                                 for g, p in zip(wrong["gold_speaker"].head(10), wrong["pred_speaker"].head(10))]) + "\n"
    report = f"""# Quotes and speakers on sources nobody tuned to: Kremlin news and press conferences

Generated by `docs/validation/quotes_sources.py` in {time.time() - started:.0f} s. Gold: 60 en.kremlin.ru
news items (`tests/data/kremlin_quotes/`, drawn by its `sample.py` and coded before any tuning;
text CC BY 4.0, President of Russia, kremlin.ru), the reported speech inside the turns of 20 China
MFA and 20 White House press-conference pages (`tests/data/press_quotes/`, the opening of each
page, about 6,000 characters; MFA spans are stored as offsets only) and the 32 Wikinews articles
of [quotes](quotes.md). The quote extractor was written and tuned on Wikinews; the rules for
reported speech inside turns were then fixed while reading the White House errors (a development
row). The Kremlin and MFA rows are leave-one-source-out figures: their errors were not read
while tuning. The MFA row was first measured with the rules frozen at all-quote recall 0.594,
precision 0.731, speaker accuracy 0.620; the rules changed once since, for classes of error seen on
the development sources (noun-phrase objects of "stress", "reiterate", "mention"; "He also said"),
and the scorer now folds "U.S." to "US"; then again for classes seen on Wikinews and the White House
(a role with a place, "Carrie Lam, the chief executive of Hong Kong, said"; "But the President said";
"committed", "will make it clear"; "said before that"; "X who said"; a surname named in full only
later; "you said" in a question as whoever answers it), which moved the held-out rows from speaker
accuracy 0.675 (Kremlin) and 0.646 (MFA) to 0.689 and 0.654; then once more for classes seen on the
White House (a titled surname of a leader the registry lacked: "Chairman Milley", "President
Zelenskyy"; a surname some registry persons share, taken as the one in office on the date; "he"
after a bare title, "the president", as the title's holder), with actor registry 1.3, which moved
the Kremlin row to 0.697 and left the MFA row as it was; and once more for classes seen on the
White House and Wikinews ("has been clear that", "made very clear that"; "called the act "a
nightmare""; "said, you know, ..."; "He’s saying"; "some of his supporters"; a law's or a plan's
title is no person; "he" in a turn is never the turn's own speaker; "X blasted the law but later
announced"), which moved all-quote recall from 0.772 to 0.778 (Kremlin) and left it at 0.609
(MFA), precision from 0.819 to 0.820 and from 0.757 to 0.764, speaker accuracy to the figures below;
then for three more classes seen on Wikinews ("according to a statement released by X"; a
participle after a quote that ends in a comma, '..., further saying, "..."'; a sentence that opens
a paragraph), which left the held-out rows as they were. Then 41 other items of the held-out
sources were coded (`tests/data/quotes_dev/`, 29 Kremlin and 12 MFA, two coders on 8, blind to the
software) to read errors on those kinds of text without reading the held-out items; the classes
added after reading them (a document speaks for its sender, "The message said:" closing the
paragraph before the quote; "the Chinese side" is China; "the President of Russia" is its holder;
"instructed", "requested", "recommended", "expressed hope that", "drew attention to the fact
that"; a passive "requested by" or a negated "did not say" is no report; "According to media
reports, X said that ..." is X's; "Bloomberg had a report saying that"; "has been repeating that"; a surname two persons in office
share, as the one whose state the text names; a second verb of the
subject after a comma-separated adverbial; "In his speech President Medvedev said"; "As X, Chairman
of Y, said in October, ..."; "Mr Putin met ... He said" with a titled surname) moved the held-out
rows from all-quote recall 0.785 to 0.816 (Kremlin) and 0.617 to 0.639 (MFA), precision from 0.827
to 0.822 and from 0.759 to 0.794, speaker accuracy from 0.694 to 0.705 and from 0.659 to 0.682 (the
rows below). Two more classes seen on Wikinews (a comma before a whole quoted sentence that ends
the sentence hands it to the sentence's subject, 'Trump, also on Twitter, defended his decision,
"..."'; a role written as an acronym, "one MP", "the CEO", is an unnamed person, not an
organisation, and an indefinite one, "one MP", borrows no earlier holder's name) moved Wikinews
speaker accuracy from 0.916 to 0.926 and left the held-out rows as they were; "he" and "she"
never resolving to a person whose title, role or apposition gives the other gender moved no row.
A second development batch of 27 Kremlin items (`tests/data/quotes_dev/kremlin2_coder1.jsonl`,
72 quotes, one coder, blind to the software) was scored once before its errors were read: speaker
accuracy 0.725 on items 42-54 and 0.562 on items 55-68, the level of the held-out row rather than
of the first development batch. Read on items 55-68, one class was added: a person the document's
title names in full after a title or role ("Working meeting with Irkutsk Region Governor Sergei
Yeroshchenko") gives a surname in the text ("Mr Yeroshchenko") its full name; the title's people
are found by their names only, never as a pronoun's antecedent nor as the holder of a bare role.
It moved items 55-68 to 0.688, left items 42-54 at 0.725 and Wikinews as it was, and moved the
held-out Kremlin row from 0.705 to 0.767. Messages speaking for the senders their titles name
moved it to 0.829. A third MFA development batch (12 pages, 88 quotes, two coders on halves and 2
shared items) was scored once before its errors were read: speaker accuracy 0.635, all-quote recall
0.591. The classes read on it and on the Kremlin development items (docs/changelog.md: "like I
said"; "what X said" and a listener's passive cue report nothing; quantified groups; a role naming
a state is that state's holder; "Q" labels, places and days are no names; the content runs on
through a relative clause and a dash; a second cue after "and" starts a report of its own) moved
the held-out rows to all-quote recall 0.842 (Kremlin) and 0.737 (MFA), precision 0.842 and 0.817,
speaker accuracy 0.827 and 0.724. Joint speakers read on the development items ("Vladimir Putin
and Angela Merkel noted", "the two leaders", "leaders of the two sides": the two persons last named
together) moved the second Kremlin and third MFA development batches from 0.783 and 0.769 to 0.800
and 0.800 and left the held-out rows as they were; a bare title in an item of a government's own
source read as that government's holder ("The President said" in a Kremlin item is the Russian
president) moved the held-out Kremlin row to 0.835 and the second Kremlin batch to 0.850. States,
organisations and names alone listed as one subject ("Russia and China said", "the EU, the UK, France
and Germany issued a joint statement on May 9, saying that"), read on the MFA development batches
with a report after a date, moved the MFA development batches to 0.848 and 0.818, the held-out MFA
row from 0.724 to 0.735 and left the held-out Kremlin row at 0.835. A setting between speaker,
cue and content ("As Wang Yi stressed in his speech at the summit, ...", "Morrison in a speech in
Chicago said"), verbs of praise with a that-clause and no registry person of another state than the
role names moved the MFA development batches' all-quote recall to 0.783 and 0.795 and left the
held-out rows as they were. "The Russian leader" read as the state's person named just before (or
its president) moved the second Kremlin batch to 0.883 and the held-out Kremlin row from 0.835 to
0.850; "Both leaders" opening an item, before the two are named, moved the Kremlin development
batches to 1.000 and 0.900 and left the held-out rows as they were. Actor registry 1.5 (every
G20 leader and foreign minister of 2015-2025, so that "The Australian Foreign Minister said" in 2019
is Marise Payne and "Australian Prime Minister Morrison" is Scott Morrison) with a title's
qualifier kept ("the Australian Acting Foreign Minister" and "the Russian Deputy Prime Minister"
are no holders of the office) moved the third MFA development batch from 0.800 to 0.814, Wikinews
country accuracy from 0.586 to 0.592, and left the held-out rows as they were. A writer's aside of
a few words between a cue and "that" ("The Minister of Transport noted, in turn, that") and an
invitation to act ("Mr Castro invited Mr Putin to make an official visit") moved the second Kremlin
development batch from all-quote recall 0.847 to 0.875 (speaker accuracy 0.902 to 0.905) and the
third MFA batch from 0.795 to 0.807 (0.814 to 0.817), and left the held-out rows as they were. In
prose (no transcript turns) a titled surname inside a sentence ("..., President Putin advocated
... He suggested") is a pronoun's antecedent, as one opening a sentence was: the second Kremlin
batch's speaker accuracy from 0.905 to 0.921, the held-out rows as they were (in transcripts it
was tried and dropped: the White House's "the President ... he" went to presidents named in
questions). A sentence's subject after fronted adverbials ("This year, Vice President Wang Qishan
attended ...", "According to reports, on September 24, US President Trump mentioned ...") is a
pronoun's antecedent, a titled surname with its state among them ("US Secretary Pompeo"), and a
quote speaker named in an earlier paragraph no longer hides the subjects of the pronoun's own
paragraph; one word and a comma opening a transcript's sentence is the one addressed ("Karine, on
Ukraine, ..."): the MFA development batches from speaker accuracy 0.833 to 0.854 and 0.817 to 0.859,
the held-out MFA row from 0.735 to 0.765, the other rows as they were. In an official's turn, or in
any turn of a government's own transcript (a White House briefing), a bare office of the state ("the
President", "the Vice President", "the Secretary of State") is that state's holder on the date, not a
president the text named before (of some 2,300 White House quotes attributed by a role, about 350 had
gone to someone other than the sitting president, most to other presidents: "the President believes"
after a question on Mr Putin); "the Prime
Minister" still finds the one named. A "he" right after a bare title's quote is its holder ("The
President directed ... He said that"), and a name right after a turn's label opens a sentence: the
White House precision from 0.691 to 0.701 (a belief no longer taken for speech), the second Kremlin
batch from 0.921 to 0.937, the other rows as they were. A second Wikinews batch (36 articles coded
after all this tuning by two coders blind to the software, `tests/data/wikinews_quotes2/`) was
scored once before its errors were read: direct-quote recall 0.902, precision 0.856, speaker
accuracy 0.653 (0.576-0.726), far below the 0.934 of the first batch the extractor was tuned on and
at the level the issue reports for unseen news (0.67-0.78): the row to expect on news prose nobody
tuned to. Its errors were read after that; the classes fixed then (letters after a name, "Judge Durham Hall
QC"; "&" inside a name, "PG&E", "S&P"; a relay speaks for its source, "Reuters, citing anonymous
sources, reported"; a title's full stop after an inverted cue, "said Dr. Livermore.") moved it to
0.683 (a development figure from then on) and left the other rows as they were. Tried and dropped:
finding a surname among the middle words of longer names ("Governor Vázquez" after "Wanda Vázquez
Garced"): in White House briefings it sent "President Biden" to "Valerie Biden Owens". A surname that is also a modal verb ("Theresa May") was no name at all: "Theresa May said"
gave no speaker, nor "May said" after her full name; both are hers now (no gold row moved). A participle's own subject after ", with" ("The ministers met in Geneva, with officials saying
...") is its speaker, not the sentence's: the second Wikinews batch to 0.690. A second verb of a subject whose role stands in lower case between capitalised words
("Regional governor Boris Dubrovsky said ..., but said ...") is the named person's, not
"Regional"'s: 0.695. A possessive role and the name set beside it open the sentence ("Baloch and Waseem's mother,
Anwar, wept ... and said"): the name is the later verb's speaker: 0.700. A third Wikinews batch (the
other 36 of the 72 eligible articles, `tests/data/wikinews_quotes3/`, coded the same way: 70 of 72
shared quotes found by both coders, the same speaker on all 70) was scored once before its errors were
read, with three builds: 0.739 by the extractor before the second batch was read, 0.741 by the one
after it (95 % CI 0.652-0.820; direct-quote recall 0.901, precision 0.919), 0.741 with the first
classes read the same day on the second batch's remaining errors. The classes read on the second batch
moved it by 0.002: they were the second batch's, and the two first scores (0.653 and 0.739 by one
build) show how far 36 articles vary. Both later batches are development sets from then on. Classes
read on both afterwards, each run over all quotes of the MFA, White House and 4,000 Kremlin items with
the changes read: a past title ("Then-Secretary Vázquez") and an inner surname of a name the text gave
in full ("Governor Vázquez" after "Wanda Vázquez Garced"; not with a head of state's office, so
"President Biden" stays the registry's); a participle's subject is looked for before its cue and after
fronted words (it had run into the quote: "Congr", "Feder" in 60 White House quotes); a role and the
name apposed to it after an inverted cue or "according to" ("said his father, Abdullah Kurdi,"); the
comma of a bracketed acronym, and a bracketed aside, before a cue; prefixed role words ("Co-developer
Jing Wang"); "a lawyer representing Spanton" is no Spanton; a body's name holding "and" ("the
Department of Health and Human Services", "the Centers for Disease Control and Prevention": before,
"Human Services" and "Prevention" in some 40 White House and MFA quotes); scientists or authorities
from two bodies are a group; laws and clauses are no persons ("He said" after "the Due Process Clause
of the United States Constitution"); a state's government is the state ("the Saudi government
said"); occupations before names ("Actor Brendan Fraser"); surnames that are titles ("John Major",
"Julie Bishop"); a quote with no cue of its own after a sentence about a named person is theirs
(attribution `introduced`: "John Rhys-Davies broke news ... "Jerry and I are talking to NBC.""); titles
listed together and terms after "called" are no quotes (direct precision 0.865 -> 0.902 and 0.919 ->
0.940 on the two batches); an English quote before its Russian original in one paragraph is read in
English; "A source within the Interior Ministry" is an unnamed group, and "he" right after an unnamed
spokesman's quote that spokesman. Together: second batch 0.700 -> 0.729, third 0.741 -> 0.835,
the held-out MFA and Kremlin rows as they were (0.765, 0.850). A fourth Wikinews batch (the 67 articles
no batch had coded, those with fewer than six quotation marks: mostly reported speech;
`tests/data/wikinews_quotes4/`, two blind coders, 14 items coded by both: 49 of 50 quotes found by
both, the same speaker on all 49) was scored once after these classes, before its errors were read:
**0.816** (0.759-0.872), against 0.784 by the build before them and 0.774 by the one before the second
batch was read; direct-quote recall 1.000, precision 0.981, all quotes recall 0.706 and precision
0.812. These classes carried over (+0.032) where the second batch's had not (+0.002 on the third).
The fourth batch's errors were then read, which makes it a development row too: "according to" a
report dated or "from" its source ("According to a report on Wednesday by UpGuard", "a 1989 report
from the National Transportation Safety Board"); local offices as titles ("Commissioner", "Selectman",
"Coroner": "Commissioner James Rovella" had been a name); "scientists from the University of Bristol
and UC Davis" and "Officials in New Orleans and Jefferson Parish" are groups; "X, the mayor of
Esperanza, Sultan Kudarat, announced" is X; "Richard Ferrand in relaying the news to parliament
said"; a participle with no comma after a one-clause sentence ("The governor tweeted her reasoning
saying"); "the Department" is the body of that head named last before it, with its "of" phrase
("California Department of Corrections and Rehabilitation"); "issued a statement that" reports; a
body's short name in brackets that is no acronym ("Phivolcs"); a field after "for" is a portfolio,
not a person ("High Commissioner for Human Rights" had been a person "Human Rights"); a place after
"in" is no name ("John Smith in Washington"); a time between subject and cue ("... of Indonesia on
Monday announced"); "According to AFP, which cited sources close to the investigation": the sources;
plural nouns of people opening a sentence ("Neighbors") are groups; a body's head in lower case ("the
French Civil Security service") and a document's issuer ("the NHC advisory"); a cue opening its
sentence before its speaker ("Remarked ... Tierra Curry, "..."). Read on the MFA development pages:
"the two sides" with no two persons named together are the two states named just before, when exactly
two are ("China and Pakistan ... The two sides agreed"); "the Chinese foreign ministry". Read on the
third batch: "with X calling ... and Y calling ...", each participle its own subject's. Fourth batch
0.816 -> 0.890, second 0.729 -> 0.740, third 0.835 -> 0.847, held-out MFA 0.765 -> 0.786 (rows not
read), held-out Kremlin unchanged. Classes read next on the development batches (Wikinews 2-4, the
MFA and Kremlin development items), each run over all MFA, White House and 4,000 Kremlin quotes with
the changes read: "he" and "she" never go to a person whose given name is the other sex's (1990 US
Census lists; the White House's "she" had gone to Joe Biden, "he" to Kamala Harris or Jen Psaki);
"Police said" with no fuller name is unnamed; "USA Today" is no state; "aide" a role, "aides" a group;
"Doris Day" (a day's word as a surname after a given name); "according to a tweet on Monday by X"
after a quote; a passive cue's agent ("was told by X of"); "the head of the IAEA", "officials of the
EU" are described persons, not the body; "All", "Most" nobody's names, "Both" the two persons named
together; "..., the Russian President said" the clause's own subject; "data from the OECD"; "Mme";
subjects after any fronted prepositional adverbial ("Amidst the bustle, Campbell"); "Pope Francis";
"the president of Turkey" no president named before. Second batch 0.740 -> 0.790, third 0.847 ->
0.882, fourth 0.890 -> 0.906, second Kremlin development batch 0.937 -> 0.968, third MFA batch
0.859 -> 0.873, White House 0.915 -> 0.913; held-out MFA 0.786 -> 0.806 and Kremlin 0.850 -> 0.857
(rows not read). Classes read next on the Wikinews development batches, each run over all quotes of
Wikinews, the White House, MFA 2018-19 and 4,000 Kremlin items with every changed quote read (65 of
36,709 changed; one worse, "The President has said" going to a president the answer named
before): a person's role in -ss is singular ("the actress" had been a plural, no one); an adjective
after a role's noun does not head it ("the Government commissioner responsible for defence" is a
commissioner); "the judge's statement" is the judge's; a possessive person opening a sentence is its
subject ("Actor Brendan Fraser's appearance ... He quipped"); a clause ending in a name before ", the
army said." is content (its name, "Iranians", "Tonga", had been the speaker); qualifiers before "and"
share the plural noun after it ("New Orleans and Jefferson Parish officials", unnamed); a state's
government named in two or three words is the state; a listener with a determiner right before a mark
("told the court "..."") and a listener's cue in the passive ("he was asked, "..."": the question is
not his). Second batch 0.790 -> 0.810, third 0.882 -> 0.893 (direct recall 0.931 -> 0.941), fourth
0.906 -> 0.916, the other development rows as they were; held-out Kremlin 0.857 -> 0.865, held-out MFA
0.806 as it was (rows not read). Read on the first Wikinews batch: words written on a sign are no one's
speech ('a banner saying "united in diversity"', '"Revoke Article 50" poster'), and "went on to add"
reports (9 more quotes changed): the first batch's direct precision 0.917 -> 0.946 (0.920 -> 0.948 in
[quotes](quotes.md), which joins quotes over paragraphs differently), the third batch's direct recall
0.941 -> 0.950 and speaker accuracy 0.893 -> 0.894. Read next on the one-word speakers of all
quotes of the four sources (no gold needed to see "Yeah", "Why", "Such", "Let", "My" as names): a
capitalised word the document also writes in lower case, and never capitalised inside a sentence,
names no one ("Yeah, can you ...", "Why not ... say", "Say that again" had been Lim Swee Say);
"I’d" and "I’ll" are pronouns; interjections ("Yeah", "Sorry", "Wait") are no names; a cue word after
a possessive, "such", "any" or "recent" is a noun ("his comments", "Such remarks are nonsense"); storms
and lawns are no persons ("Hurricane Ian", "the South Lawn" had been antecedents of "he"). 404 of
36,673 quotes changed, each read: about 190 named junk speakers left unnamed, 155 false quotes gone,
some 30 speakers put right, 8 worse (a "he" now reaching a wrong person past the junk one). Third
Wikinews batch 0.894 -> 0.899, White House precision 0.679 -> 0.667 (one more quote found that the
gold lacks); held-out MFA 0.806 -> 0.816, precision 0.811 -> 0.818 (rows not read), held-out Kremlin
as it was. A plural title is no name ("The Presidents noted" after two presidents named together is
the two, "Senators Patty Murray and Richard Burr" the two senators; "Presidents", "Senators Manchin"
had been names): 70 quotes changed, some 30 speakers put right, 26 new quotes of unnamed groups (half
real: "Nineteen Republican governors have said that"; half noise after noun uses of cue words), one
worse ("The Russian and French presidents called for" is now an unnamed group, not Russia and
France); no row moved. A given name alone that one turn speaker of the transcript bears is that
speaker ("As Jeff said" where Jeff Zients speaks; attribution `given_name`), and a name alone before
a comma and a described subject is the one addressed ("Q Karine, the President said that" is the
President's): 104 White House quotes changed, each read, none worse; no row moved. Sentence adverbs,
"each", "let" and "suffice" are no names ("Late on Sunday, the SDF announced", "Let me say"): 25
quotes changed, no row moved. A cue that takes no object after the content's comma and before a
capitalised speaker who ends the sentence ("Progress is possible ..., said President Vladimir Putin in a
speech at the summit.", read on the all-quotes list, where "Progress" had been the speaker) reports
the content before it: 11 Kremlin quotes changed, none elsewhere; held-out Kremlin 0.865 -> 0.872
(row not read), the other rows as they were. Actor registry 1.6 (the heads of state and
government, vice presidents and foreign ministers of every UN member who spoke at the UN General
Debate in 2015-2024, from its speakers table; "President Nyusi of Mozambique" is Filipe Nyusi,
"Prime Minister Bainimarama" Frank Bainimarama, "The President of Nauru" Baron Waqa, "Malaysia's Prime
Minister" Mahathir Mohamad) changed 64 of 36,563 quotes, and a surname that several registry ids of one
person share ("Kofi Annan", "Kofi Atta Annan", "K. Annan") 3 more, each read, none worse: third MFA
batch 0.873 -> 0.887, held-out MFA 0.816 as it was (row not read). A new subject and cue after "while" or "whereas" ends the content before it ("Duda
said the victims were ... while Interior Minister Joachim Brudziński wrote he had ordered checks"),
and "whereas", "although" and "though" open a clause whose subject may speak ("even though the
President said that"): second Wikinews batch 0.810 -> 0.817, the other rows as they were. A
title before "of" or "for" stays with the name run after it ("Minister of Agriculture Lena Holm" is
Lena Holm, not "Agriculture Lena Holm"; "Secretary of Energy Jennifer Granholm" and "Chief Executive
of Hong Kong Carrie Lam" likewise), and a minister of foreign affairs by any of the office's titles
("Foreign Secretary Marcelo Ebrard", "Minister of Foreign Affairs Abdulla Shahid") is the one "the
foreign minister" or "the top diplomat" names later: 35 quotes changed, each read (two bare titles
in White House briefings still go to the wrong person, as before); second Wikinews batch 0.817 ->
0.822, held-out Kremlin 0.872 -> 0.880 (row not read), Wikinews cross-validated country accuracy
0.592 -> 0.598. "Add to" a thing is no report ("Today's very good news adds to a list of successes
that ...", read on the White House development rows; "we've added to the region"): 4 false quotes
gone, none elsewhere; White House precision 0.667 -> 0.679. Actor registry 1.7 (US cabinet,
agency and congressional offices and senators of 2017-2025), offices compared by their other names
("Treasury Secretary", "the US Secretary of State") and a title choosing among namesakes ("Senator
Collins"): 719 of 36,563 quotes changed, most a surname given its person's full name ("Fauci"),
about 130 a wrong or missing speaker made right ("Senator McConnell" had been the intelligence chief
Michael McConnell); no row below moved, Wikinews cross-validated country accuracy 0.598 -> 0.644.
Speakers as news agencies write them, each class checked on sentences written for it (none of
these sources writes them so) and read over all quotes of the four sources: abbreviated titles ("Sen.
Chuck Grassley", "Lt. Gov. Dan Patrick") as titles, whose full stop ends neither the sentence nor the
speaker phrase; an aside between name and cue (an age, "D-Calif.", "who spoke on condition of
anonymity", "speaking at a news conference"); a role before the name is no content; "said Monday
that"; "said that, if elected, ..." (the comma after "that" had sent the reader back to the sentence
before, whose words were taken as the report); the speaker of "what X said" is X; "he" after a
sentence opening with another person is that person. 36,564 -> 36,768 quotes (190 more in the White
House briefings, most a report after "said that,"): all-quote recall of the first, third and fourth
Wikinews batches 0.735 -> 0.739, 0.684 -> 0.691 and 0.710 -> 0.714, held-out Kremlin all-quote recall
0.842 -> 0.848, precision 0.836 -> 0.843, speaker accuracy 0.880 -> 0.881 (row not read), the other
rows as they were.
Foreign-desk attributions ("Beijing said", a name in "-ing" no gerund; "Trump on Twitter said"; "told a
daily briefing in Beijing that"; "denied the accusations, saying ..."): 8 quotes of the four sources
changed, each read; third MFA development batch all-quote recall 0.807 -> 0.818, precision 0.855 ->
0.867, speaker accuracy 0.887 -> 0.889, the other rows as they were.
Speakers as US political news and wire copy write them, each class found on sentences written for
it (none of these sources writes them so; 117 test sentences of the forms of the issue's held-out
news, 18 of which failed before, `tests/corpus/test_quotes_news.py`) and read over all quotes of the
four sources: a party and an abbreviated state in brackets ("Rep. Jane Doe (R-Calif.) said", "Chuck
Schumer (D-N.Y.) said"), where Punkt had broken the sentence
after the state's full stop (a break after a short form, before a word in lower case, is now undone:
9, 327, 9 and 11 joins among the 3,300, 474,966, 31,498 and 31,418 sentences of Wikinews, the White
House, MFA and Kremlin items, 413 of 129,880 in the UN speeches sample, nearly all "D.C." or "U.S."
inside a sentence or a scanning error); "The U.S. said", "The U.N. confirmed" (a short form's full stop
before a cue had ended the subject); '"..." Mr. Smith said the embassy had protested.' (the cue also
reports its own clause); epithets ("the Kentucky Republican", "the 79-year-old") as the person the
story is about; "..., said Sen. Elizabeth Warren, D-Mass., who is running" and a participle after it;
"Interfax quoted Peskov as saying"; "the official Xinhua news agency"; "said in a tweet", "in a
televised address", "on Twitter";
"testified ... that". 36,773 -> 36,893 quotes (about 90 more White House reports by "the U.S." or
"the U.N."), each changed quote read: Kremlin development items all-quote recall 0.900 -> 0.914,
fourth Wikinews batch 0.714 -> 0.717, held-out MFA (row not read) all-quote recall 0.737 -> 0.744,
precision 0.824 -> 0.825, speaker accuracy 0.816 -> 0.818, the other rows as they were.
Read on the second to fourth Wikinews batches and the MFA development batches: a cue after a
finished quote that opens a quote of its own ('"We will win." Jones said "We will lose."') is that
quote's only (before, the quote before was Jones's too; in White House transcripts the quote before
is most often a question put to the President); a relative clause's own subject ("which the New
York Times called", "which NASA said might"); a name after a possessive or before "account" ("posted
to her Twitter account", "a government Twitter account made the announcement") is no subject; a
charge with its object and a gerund clause ("accused China of expanding", "criticized China for
pressuring"; "some officials accuse", "officials urge" in the present too) and a directive with its
addressee ("demanded their government to", "called on the DPRK and the US to", "has been calling
on"; a bare "urge" after one person is another subject's). 41,220 -> 41,346 reports (turns not
counted) of the four sources, each changed one read (71 spans moved: a charge now holds its
object, a listener joined by "and" no longer opens the content);
second Wikinews batch speaker accuracy 0.822 -> 0.838 and all-quote recall 0.631 ->
0.637, third 0.900 -> 0.895 (recall 0.691 -> 0.695), fourth 0.917 -> 0.918 (recall 0.717 ->
0.721), third MFA development batch all-quote recall 0.818 -> 0.841, precision 0.867 -> 0.871,
speaker accuracy 0.889 -> 0.878 (a foreign minister the coders leave unnamed by their rule is
named from the registry), the held-out rows as they were. A passive cue's agent says the participle after it
("were described by Johnson as a "historic mandate", saying he intends to ...": before, the
subject): one quote of the four sources changed, second Wikinews batch speaker accuracy 0.838 ->
0.843. Read on the second and third Wikinews batches and the MFA development batches: a document
speaks for the organisation that opens the sentence naming it as the subject of a verb of issuing
("The Met Office issued a red warning ... The warning said") or for whoever it is from ("a personal
message from Chinese President Jiang Zemin"); its sender is looked for before its noun, not in the
addressee after it ("sent a message of congratulations to the President of Azerbaijan" had made
Azerbaijan speak) nor in the next sentence, unless the noun opens the sentence in a phrase before its
subject ("In the filing itself Ford ..."); a capitalized name ending in Society, Fund, Club, League,
Academy, Museum, Airlines and a few more is an organisation ("the Royal Pharmaceutical Society", before
a person "Pharmaceutical Society"), the lower-case word no speaker ("society welcomes"); "the head of
the Central Bank" is a person the phrase describes, not an organisation; "administrator" is a role
("FEMA Administrator Criswell"); more document words (warning, alert, release, decree, tweet, email,
resolution, directive, guidance, description). 53,221 -> 53,229 reports of the UN sample, Wikinews,
MFA, the White House and all 7,061 Kremlin items (turns not counted), 162 changed, each read (about 30
Kremlin messages that spoke for their addressee or a word of the next sentence now speak for their
sender or for no one); third Wikinews batch speaker accuracy 0.895 -> 0.901, MFA development items
0.854 -> 0.896, held-out MFA (row not read) 0.818 -> 0.828, the other rows as they were. "They" after a
sentence that an organisation opens as its subject is that organisation ("The Department of Justice is
waiting ... They said that they would appeal"; before, no one or the last quote's speaker), and "he" or
"she" is never an organisation or state that spoke before ("Israel said ... He said": before, Israel):
68 of the five sources' reports changed, each read (about 25 White House and Kremlin reports of "they"
now have their body, a dozen of "he" the President instead of a state); no row above moved. A
company's short name after its full name is the company ("Ford Motor Company announced ... Ford
told The Verge"; not another body bearing the name, "Mastercard Foundation", nor one in a place,
"Facebook Ireland Limited"): 6 reports changed, second Wikinews batch speaker accuracy 0.843 -> 0.858.
"Dub" and "label" report a quoted fragment as "call" does ("President Biden labeled Putin a "war
criminal"", "the US labels China as a "currency manipulator""), and a name given in an apposition is
no one's words ("this informal forum, dubbed "Russian-French Cultural Dialogues: ...""): 12 reports
changed, each read (one new wrong speaker: "The Kremlin responded to President Biden labeling Putin
a "war criminal"" is given to the Kremlin); no row above moved. A name apposed to the description
that opens a sentence is that sentence's subject ("Another voice actor, Lauren Landa, would list ...
When she was cast, "...," she told an audience": before, the woman of the paragraph before): one
report changed, second Wikinews batch speaker accuracy 0.858 -> 0.863.
Then forms of US and world news read on 80 passages two helpers wrote blind to the software in the
styles of US political news and wire copy and of world news (Reuters, AP, BBC, Guardian, Xinhua,
TASS ...; invented text, not in the repository; named-speaker accuracy 0.843 and 0.827 before, 0.910
and 0.926 after): a dateline that opens the text ("TOPEKA, Kan. (AP) — ", "BEIJING/BRUSSELS, Oct 30
(Reuters) - ", "PYONGYANG, June 17. /TASS/. ") is read as no part of the first sentence, so neither
its agency nor its place speaks; an abbreviated title inside a name ("Kansas Gov. Linda Harwell") and
initials written together ("M.K. Stalin"); a party-state tag before an apposition or in brackets
("Sen. Greg Dunbar, R-Ohio, a co-sponsor, said", "Gwen Tolliver (R-Okla.) told"); a name right after
"in" or "at" is a place, not the speaker ("president of a union local in Dearborn, said"), except
after a body or group word ("the government in Kabul"); a role, then the name apposed to it, between
a quote and its cue ('"...," the shadow foreign secretary, Andrew Pike, said'); a sentence that opens
with "A ..." has that described subject unless a name is apposed ("A federal judge ... blocked a
Louisiana law, saying": not Louisiana); a name inside "on the ... podcast" is no subject; a role
before the name that opens the sentence ("Foreign Ministry spokeswoman Maria Zakharova went further,
calling"): the person, not the ministry; "the department", "the ministry", "the court", "the company"
are the last body named with that head or a company's suffix ("The U.S. Treasury Department ... the
department said"); a body a state or person owns in lower case is an organisation ("Qatar's foreign
ministry has said", "Netanyahu's office"), a body's press service is the body; Arabic and Malay names
with "bin" stay whole ("Khalid bin Mohammed al-Mannai"); "however", "in contrast", "for its part"
between subject and cue are asides. 53,233 -> 53,171 reports of the five sources (turns not counted;
UN sample 4,812 -> 4,790, most of the fewer reports had a place named after "in" or "at" as their
speaker, "held in Addis Ababa, ... called on"; 432 rows differ, each class read on them); third Wikinews batch 0.901 ->
0.906, fourth 0.918 -> 0.923, held-out MFA 0.828 -> 0.837; first set 0.943 -> 0.939 (one more quote
found, "According to a statement released by Erdogan's office", whose gold speaker is "Office of the
President of Turkey"); the other rows as they were. The scoring now also reads a state's body named
by the state's adjective, possessive or "of" phrase as one ("Russian Defense Ministry", "Russia's
Defense Ministry", "Defense Ministry of Russia"), and tries names as written before their "of" forms.
A second round on the same passages (0.910 -> 0.920 and 0.926 -> 0.936): a role in lower case before
the name that opens a sentence makes that person its subject, whom a later "he" is ("Government
spokesman Desire Konan dismissed the accusations. "...," he told": before, the opposition leader
quoted before); a title with a state's adjective is that state's holder named before, not the last
holder of the title ("the Russian top diplomat" after "Russian Foreign Minister Sergey Lavrov ... talks
with Egyptian Foreign Minister ...": "the President of Finland", "the Turkish President" in Kremlin
transcripts now find their holders in the text); a titled person's office opening a sentence
("Secretary of State Martin Gable's office has scheduled ...") names the person for a later surname;
"The company separately said". 42 reports of the five sources changed, each read; no row above moved.
A third helper then wrote 40 more passages (US politics, world news, business and courts, science,
health, sport and culture; every speaker invented), scored once before they were read: named-speaker
accuracy 0.827 with the session's starting build, 0.856 after the two rounds above (direct quotes:
recall 0.979, precision 0.969, speaker 0.947 -> 0.968). Read on them afterwards (so no longer held
out): a document's issuer named after its noun ("The quarterly report by the International Atomic
Energy Agency said", "A statement from Accra's foreign ministry said"; 0.856 -> 0.871), and "whose"
opens an aside. 44 reports of the five sources changed (most are documents now found, with their
issuer or none); no row above moved. Then two of one surname ("Mr Tan" is not "Ms Tan Hui Ling": a
surname's full name is not one the text gives the other gender; "Samuel Okafor was less amused. "...,"
he told" is Samuel, not his brother Daniel named before) and a name apposed after "the" and a role
or nationality, or a body's name, after a description ("The chair of judges, the critic Abel Marsh,
called", "Her publisher, Foxglove Press, said"): third set 0.871 -> 0.900; 20 reports of the five
sources changed, read (one worse: a Kremlin "he" now given to "St George's Hall"); no row above moved.
A fourth written set, held out (not read): 0.820 with the session's starting build, 0.851 after it
(direct quotes: recall 0.977, precision 0.966). The sets are in `tests/data/news_written/` and scored
by `quotes_written.py`.
The development rows are no held-out figures. Speaker accuracy
is on the gold quotes the extractor found (`quotes.same_speaker`: the same name after folding, a
possessive as its "of" form, one name within the other with the same last word, two full names of
one registry person, "Volodymyr Zelensky" and "Volodymyr Zelenskyy", or two names of one registry
state or organisation, "OECD"; a state's body by its state, "Russian Defense Ministry" and "Russia's
Defense Ministry"); its interval resamples documents. Transcript turns themselves are not counted, only
what is reported inside them; a turn's speaker citing their own earlier words ("As I said
yesterday, ...") counts, with that speaker. A direct quote running over paragraphs counts as one
quote on both sides (coder 1 keeps it whole; coder 2 and the extractor give a piece per paragraph).

{wikinews.markdown_table(table[cols])}

{agree}
{examples}"""
    print(report)
    Path(__file__).with_suffix(".md").write_text(report, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
