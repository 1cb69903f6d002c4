"""Draw the frame-target validation sample: frame hits to hand-code for the actors they are about.

Run from the repository root::

    .venv/bin/python docs/validation/frame_targets_sample.py

It loads each source separately (so that results can later be reported per source and
leave-one-source-out), runs ``dx.frames.measure`` with the packaged lexicons
``china_diplomatic`` and ``geopolitics``, draws a stratified random sample of hits
(seed 20261202; roughly equal numbers per source group, a group too small to fill its
share giving the rest equally to the others; at most 6 hits per frame per
group; uniform within a frame, with no filter on what the sentence mentions), and writes a
coding sheet to ``/tmp/frame_targets/sheet.csv`` plus every hit of every source to
``/tmp/frame_targets/all_hits.csv``.

The coding sheet holds sentence text and context; it stays outside the repository because
the MFA press conferences and the news headlines are copyrighted (development/testing only).
The gold file ``tests/data/frame_targets/gold.csv`` keeps only ids and offsets for them.

Source groups
-------------
ungdc       corpora/ungdc (UN General Debate, P5 + Central Asia, CC0)
kremlin     corpora/kremlin (en.kremlin.ru, CC BY 4.0)
whitehouse  corpora/whitehouse (White House briefings, public domain)
news        corpora/wikinews (CC BY 2.5) + corpora/seed (the seed article)
mfa         ../shared/data/mfa_pressers_en/ (China MFA press conferences 2018-19; copyrighted).
            ``dx.load`` on the .jsonl.gz finds no text column (the pages are raw HTML in an
            ``html`` field), so each page is written to /tmp/frame_targets/mfa_html/<tid>.html
            and loaded with the HTML reader, ``source="fmprc.gov.cn"``. Document ids are derived
            from the content (source, date, title, text), not from the path.
headlines   ../shared/data/news_headlines_2022/*.zip (five outlets, 2022; no licence). The CSVs
            have no header (``dx.load`` rejects them), so rows are read with ``csv``, the last
            field taken as the headline, de-duplicated per outlet (first occurrence in sorted
            file order), written to /tmp/frame_targets/headlines.csv with a header
            (``text, source``; the raw date string kept in ``date_raw``, not mapped, so ids
            depend on outlet + headline only) and loaded with ``dx.load(format="csv")``.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import re
import sys
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

import discourse as dx

SEED = 20261202
LEXICONS = ("china_diplomatic", "geopolitics")
TOTAL = 222                 # ~220 items in all
PER_FRAME_CAP = 6           # at most 6 hits per frame per source group
OUT = Path("/tmp/frame_targets")
SHARED = Path("../shared/data")
GROUPS = ("ungdc", "kremlin", "whitehouse", "news", "mfa", "headlines")


def _load_mfa() -> dx.Corpus | None:
    path = SHARED / "mfa_pressers_en" / "mfa_pressers_en_2018-2019.jsonl.gz"
    if not path.exists():
        return None
    direct = dx.load(path)
    if len(direct.documents):          # if a future loader reads it directly, use that
        return direct
    html_dir = OUT / "mfa_html"
    html_dir.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            tid = re.search(r"(t\d+)\.s?html", rec["url"]).group(1)
            (html_dir / f"{tid}.html").write_text(rec["html"], encoding="utf-8")
    return dx.load(html_dir, format="html", source="fmprc.gov.cn")


def _load_headlines() -> dx.Corpus | None:
    folder = SHARED / "news_headlines_2022"
    zips = sorted(folder.glob("*.zip")) if folder.exists() else []
    if not zips:
        return None
    seen: set[tuple[str, str]] = set()
    rows = []
    for zpath in zips:
        outlet = zpath.stem
        with zipfile.ZipFile(zpath) as zf:
            for name in sorted(n for n in zf.namelist() if n.endswith(".csv")):
                text = zf.read(name).decode("utf-8", "replace").lstrip("\ufeff")
                for rec in csv.reader(io.StringIO(text)):
                    if len(rec) < 2:
                        continue
                    headline = " ".join(rec[-1].split())
                    if not headline or (outlet, headline) in seen:
                        continue
                    seen.add((outlet, headline))
                    rows.append({"text": headline, "source": outlet,
                                 "date_raw": ",".join(rec[:-1]).strip(' "'), "file": name})
    table = pd.DataFrame(rows)
    OUT.mkdir(parents=True, exist_ok=True)  # the MFA pages may load directly, without it
    dest = OUT / "headlines.csv"
    table.to_csv(dest, index=False)
    corpus = dx.load(dest, format="csv", mapping={"text": "text", "source": "source"})
    return corpus


def load_groups() -> dict[str, dx.Corpus]:
    groups = {
        "ungdc": dx.load("corpora/ungdc"),
        "kremlin": dx.load("corpora/kremlin"),
        "whitehouse": dx.load("corpora/whitehouse"),
        "news": dx.load(["corpora/wikinews/wikinews_2019.csv", "corpora/seed/000_dc699da55f7d4812.txt"]),
    }
    mfa = _load_mfa()
    if mfa is not None and len(mfa.documents):
        groups["mfa"] = mfa
    heads = _load_headlines()
    if heads is not None and len(heads.documents):
        groups["headlines"] = heads
    return groups


def all_hits(groups: dict[str, dx.Corpus]) -> pd.DataFrame:
    frames = []
    for group, corpus in groups.items():
        for name in LEXICONS:
            hits = dx.frames.measure(corpus, dx.lexicon(name))
            hits = hits.assign(source_group=group, lexicon=name)
            frames.append(hits)
    hits = pd.concat(frames, ignore_index=True)
    hits = hits.sort_values(["source_group", "lexicon", "frame", "doc_id", "start", "end"],
                            kind="mergesort").reset_index(drop=True)
    return hits


def _water_fill(total: int, capacity: dict[str, int], order: list[str]) -> dict[str, int]:
    """Equal shares per group; what a small group cannot fill goes equally to the others."""
    quota = {g: 0 for g in order}
    left = total
    while left > 0:
        open_ = [g for g in order if quota[g] < capacity[g]]
        if not open_:
            break
        share, extra = divmod(left, len(open_))
        for i, g in enumerate(open_):
            take = min(share + (1 if i < extra else 0), capacity[g] - quota[g])
            quota[g] += take
            left -= take
        if share == 0 and extra == 0:
            break
    return quota


def sample(hits: pd.DataFrame) -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    present = [g for g in GROUPS if g in set(hits.source_group)]
    # a span hit by both lexicons is one item: keep the first (china_diplomatic) row
    dedup = {g: hits[hits.source_group == g].drop_duplicates(["doc_id", "start", "end"], keep="first")
             for g in present}
    capacity = {g: int(d.groupby(["lexicon", "frame"]).size().clip(upper=PER_FRAME_CAP).sum())
                for g, d in dedup.items()}
    quota = _water_fill(TOTAL, capacity, present)
    print("capacity", capacity, "quota", quota, file=sys.stderr)
    picked = []
    for group in present:
        sub = dedup[group]
        pools = {}
        for key, rows in sub.groupby(["lexicon", "frame"], sort=True):
            order = rng.permutation(len(rows))
            pools[key] = list(rows.index[order][:PER_FRAME_CAP])
        keys = sorted(pools)
        chosen: list[int] = []
        # round robin over frames in a random order: one uniform draw per frame per round
        while len(chosen) < quota[group] and any(pools.values()):
            for k in [keys[i] for i in rng.permutation(len(keys))]:
                if pools[k] and len(chosen) < quota[group]:
                    chosen.append(pools[k].pop(0))
        picked.append(sub.loc[chosen])
    out = pd.concat(picked)
    out = out.sort_values(["source_group", "doc_id", "start"], kind="mergesort").reset_index(drop=True)
    out.insert(0, "item", [f"ft{i + 1:03d}" for i in range(len(out))])
    return out


def _doc_date(doc) -> str:
    """The published date, else the year (UNGDC), else the raw date string in ``meta`` (headlines)."""
    if pd.notna(doc.get("published")):
        return str(doc.get("published"))[:10]
    if pd.notna(doc.get("year")):
        return str(int(doc.get("year")))
    try:
        return json.loads(doc.get("meta") or "{}").get("date_raw", "") or ""
    except (TypeError, ValueError):
        return ""


def coding_sheet(sampled: pd.DataFrame, groups: dict[str, dx.Corpus]) -> pd.DataFrame:
    rows = []
    for rec in sampled.itertuples(index=False):
        corpus = groups[rec.source_group]
        sents = corpus.sentences
        sd = sents[sents.doc_id == rec.doc_id].set_index("sent_id")
        doc = corpus.documents.set_index("doc_id").loc[rec.doc_id]
        sid = int(rec.sent_id)
        prev = [sd.loc[s, "text"] for s in (sid - 2, sid - 1) if s in sd.index]
        text = doc["text"]
        assert text[rec.start:rec.end] == rec.matched_text, (rec.item, rec.matched_text)
        rows.append({
            "item": rec.item, "source_group": rec.source_group, "doc_id": rec.doc_id,
            "sent_id": sid, "start": int(rec.start), "end": int(rec.end), "frame": rec.frame,
            "lexicon": rec.lexicon, "matched_text": rec.matched_text, "negated": rec.negated,
            "voice": rec.voice, "speaker": rec.speaker, "speaker_country": rec.speaker_country,
            "sentence": sd.loc[sid, "text"] if sid in sd.index else "",
            "context": " || ".join(prev),
            "doc_source": doc.get("source"), "doc_date": _doc_date(doc),
            "doc_title": doc.get("title"),
        })
    return pd.DataFrame(rows)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    groups = load_groups()
    for g, c in groups.items():
        print(f"{g:11s} documents={len(c.documents):6d} rejects={len(c.rejects)}", file=sys.stderr)
    hits = all_hits(groups)
    hits.to_csv(OUT / "all_hits.csv", index=False)
    print(hits.groupby(["source_group", "lexicon"]).size().to_string(), file=sys.stderr)
    sampled = sample(hits)
    sheet = coding_sheet(sampled, groups)
    sheet.to_csv(OUT / "sheet.csv", index=False)
    print(sheet.groupby("source_group").size().to_string(), file=sys.stderr)
    print(f"wrote {len(sheet)} items to {OUT / 'sheet.csv'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
