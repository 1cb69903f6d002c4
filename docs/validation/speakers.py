"""Report how the speaker labels of official transcripts map to canonical speakers.

Run from the repository root::

    .venv/bin/python docs/validation/speakers.py [DATA_DIR]

DATA_DIR is the shared data folder (default ``/work/shared/data``) holding
``kremlin_en/kremlin_en_news_1999-2020.jsonl.gz`` (7,235 Kremlin news items) and
``wh_briefings/wh_press_briefings_2021-2025_md.tar.xz`` (1,154 White House briefings,
read here with :mod:`tarfile`). The report is printed and written to ``speakers.md``
beside this script; it is deterministic.

Two stages are counted: what the loaders give (``read_kremlin_jsonl`` links names across
its whole file; ``read_whitehouse_markdown`` resolves each briefing on its own), and what
:func:`link_speakers` gives after linking across the whole corpus. The hand check draws
20 distinct (label, speaker) mappings of the loader output per corpus (seeded), shows each
with the first document it comes from (and the role and country given there), and the
verdicts recorded by eye in ``VERDICTS``.
"""

from __future__ import annotations

import random
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

from discourse.corpus._records import Record
from discourse.corpus._transcripts import link_speakers, read_kremlin_jsonl, read_whitehouse_markdown

DEFAULT_DATA = Path("/work/shared/data")
OUT = Path(__file__).with_suffix(".md")
SEED = 20240312
PER_CORPUS = 20

#: Verdicts written by hand after reading each sampled label, its speaker and its document.
#: Key: (corpus, label, speaker). Value: (speaker verdict, role/country verdict, note).
#: Speaker verdicts: "correct" (the right person, canonical full name; or rightly no name),
#: "partial" (the right person, but only a surname or a non-canonical form), "wrong".
#: Role/country verdicts judge against what the document's labels, title and lead state (a
#: role a speaker only mentions in their own words is not expected).
VERDICTS: dict[tuple[str, str, str | None], tuple[str, str, str]] = {
    ("Kremlin", "Alexander Yermilov", "Alexander Yermilov"): ("correct", "ok", "foreman; role only in his own words"),
    ("Kremlin", "Alexei Likhachev", "Alexei Likhachev"): ("correct", "ok", "Rosatom is Russian, but no country is stated"),
    ("Kremlin", "Andrei Kaprin", "Andrei Kaprin"): ("correct", "ok", ""),
    ("Kremlin", "Andrei Shchepotya", "Andrei Shchepotya"): ("correct", "ok", "village head; role only in his own words"),
    ("Kremlin", "Commander-in-Chief Colonel General Viktor Bondarev", "Viktor Bondarev"): ("correct", "ok", ""),
    ("Kremlin", "Darya Bortsova", "Darya Bortsova"): ("correct", "ok", ""),
    ("Kremlin", "Governor of the Republic of Crimea Sergei Aksyonov", "Sergei Aksyonov"): ("correct", "ok", "country as the source states it"),
    ("Kremlin", "Head of the Federal Medical-Biological Agency Vladimir Uyba", "Vladimir Uyba"): ("correct", "ok", ""),
    ("Kremlin", "Igor Bondarchuk", "Igor Bondarchuk"): ("correct", "ok", ""),
    ("Kremlin", "Maria Balyuk", "Maria Balyuk"): ("correct", "ok", ""),
    ("Kremlin", "Minister of Natural Resources and the Environment Sergei Donskoy", "Sergei Donskoy"): ("correct", "ok", ""),
    ("Kremlin", "President of Cyprus Nicos Anastasiades", "Nicos Anastasiades"): ("correct", "ok", "label joined from 'President of Cyprus Nicos Anastasiades: (retranslated):'"),
    ("Kremlin", "President of the Alliance Group and President of Russian Platinum Musa Bazhayev", "Musa Bazhayev"): ("correct", "ok", "RUS from 'Russian Platinum'"),
    ("Kremlin", "Prime Minister of India Narendra Modi", "Narendra Modi"): ("correct", "ok", ""),
    ("Kremlin", "Pyotr Dutkevich", "Pyotr Dutkevich"): ("correct", "ok", "Carleton University, Canada, only in his own words"),
    ("Kremlin", "Sergei Brilev", "Sergei Brilev"): ("partial", "ok", "the corpus also spells him 'Sergei Brilyov'; not linked"),
    ("Kremlin", "Sergei Ignatyev", "Sergei Ignatyev"): ("correct", "ok", "role from the corpus table, nearest date"),
    ("Kremlin", "Valery Gerasimov", "Valery Gerasimov"): ("correct", "ok", "role from the item's other label"),
    ("Kremlin", "Valery Sanfirov", "Valery Sanfirov"): ("correct", "ok", "Mayak reporter; outlet only in his own words"),
    ("Kremlin", "Yunus-Bek Yevkurov", "Yunus-Bek Yevkurov"): ("correct", "ok", ""),
    ("White House", "ACTING ADMINISTRATION SLAVITT", "Slavitt"): ("partial", "ok", "the briefing never gives his first name; linking gives Andy Slavitt"),
    ("White House", "ADMINISTRATOR REGAN", "Michael Regan"): ("correct", "ok", ""),
    ("White House", "CHAIR BERSTEIN", "Jared Bernstein"): ("correct", "ok", "misspelled label"),
    ("White House", "DIRECTOR BRAINARD", "Lael Brainard"): ("correct", "ok", ""),
    ("White House", "DR. FAUCI", "Fauci"): ("partial", "ok", "only 'Dr. Fauci' in this briefing; linking gives Anthony Fauci"),
    ("White House", "M. PSAKI", "M. Psaki"): ("partial", "ok", "typo for MS. PSAKI: the initial blocks the link to Jen Psaki"),
    ("White House", "MODEARTOR", None): ("correct", "ok", "misspelled role-only label"),
    ("White House", "MODERTOR", None): ("correct", "ok", "misspelled role-only label"),
    ("White House", "MR. FENTON", "Bob Fenton"): ("correct", "ok", "role only in his own words"),
    ("White House", "MR. HAMILL", "Mark Hamill"): ("correct", "ok", "guest"),
    ("White House", "MR. HARRELL", "Peter Harrell"): ("correct", "wrong", "title role 'Senior Director for International Economics and Competitiveness' missed: 'and' ends the role phrase"),
    ("White House", "MR. MCCONAUGHEY", "Matthew McConaughey"): ("correct", "ok", "guest"),
    ("White House", "MR. PORCARI", "John Porcari"): ("correct", "ok", ""),
    ("White House", "MR. SLAVITT", "Andy Slavitt"): ("correct", "ok", ""),
    ("White House", "MS. DEESE", "Brian Deese"): ("correct", "ok", "wrong honorific in the label"),
    ("White House", "MS. REPOSA", "Reposa"): ("partial", "ok", "call moderator; no first name anywhere in the corpus"),
    ("White House", "MS. WALDEN", "Kemba Walden"): ("correct", "ok", "role as the moderator said it ('Cyber National Director')"),
    ("White House", "SECRETARY KERRY", "John Kerry"): ("correct", "ok", ""),
    ("White House", "SECRETARY MCDONOUGH", "Denis McDonough"): ("correct", "ok", ""),
    ("White House", "SECRETARY RAIMONODO", "Gina Raimondo"): ("correct", "ok", "misspelled label"),
}


def load_kremlin(data_dir: Path) -> list:
    path = data_dir / "kremlin_en" / "kremlin_en_news_1999-2020.jsonl.gz"
    return list(read_kremlin_jsonl(path.name, path.read_bytes()))


def load_whitehouse(data_dir: Path) -> list:
    path = data_dir / "wh_briefings" / "wh_press_briefings_2021-2025_md.tar.xz"
    files = {}
    with tarfile.open(path) as tar:
        for member in tar:  # in archive order: seeking back in an .xz stream decompresses it again
            if member.isfile() and member.name.endswith(".md"):
                files[member.name.rsplit("/", 1)[-1]] = tar.extractfile(member).read()
    items = []
    for name in sorted(files):
        items += read_whitehouse_markdown(path.name, files[name], record=name)
    return items


def turns(items: list) -> list[tuple[Record, object]]:
    return [(rec, q) for rec in items if isinstance(rec, Record) for q in rec.quotes]


def counts(items: list) -> dict:
    """Count documents, turns, raw labels and canonical speakers."""
    pairs = turns(items)
    named = [q for _, q in pairs if q.speaker]
    labels = {q.label for _, q in pairs}
    named_labels = {q.label for q in named}
    return {
        "documents": sum(isinstance(r, Record) for r in items),
        "rejects": sum(not isinstance(r, Record) for r in items),
        "turns": len(pairs),
        "turns with a named speaker": len(named),
        "distinct raw labels": len(labels),
        "distinct raw labels naming a person": len(named_labels),
        "canonical speakers": len({q.speaker for q in named}),
    }


def top_speakers(items: list, n: int = 30) -> list[tuple]:
    per = defaultdict(lambda: {"turns": 0, "roles": Counter(), "countries": Counter(), "labels": set()})
    for _, q in turns(items):
        if q.speaker:
            row = per[q.speaker]
            row["turns"] += 1
            row["roles"][q.speaker_role or "-"] += 1
            row["countries"][q.speaker_country or "-"] += 1
            row["labels"].add(q.label)
    ranked = sorted(per.items(), key=lambda kv: (-kv[1]["turns"], kv[0]))[:n]
    return [(name, row["turns"], _top(row["roles"]), _top(row["countries"]), len(row["labels"]))
            for name, row in ranked]


def _top(counter: Counter) -> str:
    return min(counter, key=lambda k: (-counter[k], k))


def most_variants(items: list, n: int = 8) -> list[tuple[str, list[str]]]:
    labels = defaultdict(Counter)
    for _, q in turns(items):
        if q.speaker:
            labels[q.speaker][q.label] += 1
    ranked = sorted(labels.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:n]
    return [(name, [f"{lab} ({c})" for lab, c in sorted(c.items(), key=lambda x: (-x[1], x[0]))])
            for name, c in ranked]


def sample(corpus: str, items: list, linked: list) -> list[dict]:
    """Draw distinct label -> speaker mappings of the loader output, with one example each."""
    first = {}
    for (rec, q), (_, lq) in zip(turns(items), turns(linked)):
        first.setdefault((corpus, q.label, q.speaker), (rec, q, lq))
    keys = random.Random(f"{SEED}-{corpus}").sample(sorted(first, key=str), PER_CORPUS)
    rows = []
    for key in sorted(keys, key=str):
        rec, q, lq = first[key]
        rows.append({"key": key + (q.speaker_role, q.speaker_country), "linked": lq.speaker,
                     "example": f"{rec.record}: {rec.title}",
                     "verdict": VERDICTS.get(key, ("unchecked", "unchecked", ""))})
    return rows


def report(data_dir: Path) -> str:
    corpora = {"Kremlin": (load_kremlin(data_dir), "RUS"), "White House": (load_whitehouse(data_dir), "USA")}
    lines = ["# Speaker labels -> canonical speakers", "",
             "Generated by `docs/validation/speakers.py` over the full Kremlin JSONL (7,235 items) and the",
             "full White House tarball (1,154 briefings). *Loader*: what `read_kremlin_jsonl` (names linked",
             "across the whole file) and `read_whitehouse_markdown` (each briefing on its own) give.",
             "*Linked*: after `link_speakers(items, host)` links names across the whole corpus.", ""]
    checked = []
    for corpus, (items, host) in corpora.items():
        linked = link_speakers(items, host)
        lines += [f"## {corpus}", "", "| | loader | linked |", "|---|---:|---:|"]
        before, now = counts(items), counts(linked)
        lines += [f"| {k} | {before[k]:,} | {now[k]:,} |" for k in before] + [""]
        lines += [f"{before['distinct raw labels']:,} distinct raw labels map to "
                  f"{now['canonical speakers']:,} canonical speakers after linking "
                  f"({before['canonical speakers']:,} as the loader gives them); the other labels are "
                  "questions, anonymous or role-only labels with no person.", ""]
        lines += ["Speakers with the most label variants (linked):", ""]
        lines += [f"- **{name}** ← {', '.join(labels[:8])}{' …' if len(labels) > 8 else ''}"
                  for name, labels in most_variants(linked)] + [""]
        lines += [f"Top 30 speakers by turns (linked):", "",
                  "| # | speaker | turns | role (most common) | country | labels |",
                  "|---:|---|---:|---|---|---:|"]
        lines += [f"| {i} | {name} | {n:,} | {role} | {country} | {nl} |"
                  for i, (name, n, role, country, nl) in enumerate(top_speakers(linked), 1)] + [""]
        checked += sample(corpus, items, linked)
    return "\n".join(lines + hand_check(checked)) + "\n"


def hand_check(rows: list[dict]) -> list[str]:
    lines = ["## Hand check", "",
             f"{len(rows)} distinct label -> speaker mappings of the loader output ({PER_CORPUS} per corpus, "
             f"`random.Random(f\"{SEED}-{{corpus}}\")` over the sorted distinct mappings), each read by eye",
             "against the document shown. Speaker verdict: *correct* (right person under the canonical",
             "full name, or rightly no person), *partial* (right person, but only a surname or another",
             "form), *wrong*. Role/country verdict: *ok* or *wrong* (either field wrong or missing though",
             "the document gives it).", "",
             "| corpus | label | speaker | role | country | after linking | example document | speaker | role/country | note |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        corpus, label, speaker, role, country = row["key"]
        verdict, role_verdict, note = row["verdict"]
        example = row["example"][:90].replace("|", "/")
        lines.append(f"| {corpus} | {label} | {speaker or '—'} | {role or '—'} | {country or '—'} | "
                     f"{row['linked'] or '—'} | {example} | {verdict} | {role_verdict} | {note} |")
    verdicts = Counter(r["verdict"][0] for r in rows)
    roles = Counter(r["verdict"][1] for r in rows)
    n = len(rows)
    lines += ["", f"Speaker: {verdicts['correct']}/{n} correct ({verdicts['correct'] / n:.0%}), "
              f"{verdicts['partial']} partial, {verdicts['wrong']} wrong, {verdicts['unchecked']} unchecked; "
              f"correct or partial: {(verdicts['correct'] + verdicts['partial']) / n:.0%}.",
              f"Role and country: {roles['ok']}/{n} ok ({roles['ok'] / n:.0%}), {roles['wrong']} wrong, "
              f"{roles['unchecked']} unchecked."]
    return lines


def main(argv: list[str]) -> None:
    data_dir = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    text = report(data_dir)
    OUT.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main(sys.argv)
