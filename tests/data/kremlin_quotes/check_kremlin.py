"""Check the Kremlin quotation gold standard (coder1.jsonl) against the loaded corpus.

Run from the repository root (needs ../shared/data/kremlin_en):

    .venv/bin/python tests/data/kremlin_quotes/check_kremlin.py [coder1.jsonl]

Verifies that the file has one record per item of sample.csv, in ``number`` order, with the
right doc_id and url; that every quote's ``text`` is an exact substring of the document text at
``start``/``end`` (and that ``occurrence`` points to the same place); that field values are well
formed (kinds, speaker types, ISO3 codes); that ``speaker_mention`` and ``cue`` occur in the
text; that direct quotes sit between quotation marks and mixed spans contain one; that every
``not_quotes`` text occurs between quotation marks; and that every double quotation mark
(straight or curly) in the text is accounted for.  Prints counts; exits non-zero on any error.
"""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SOURCE = ROOT.parent / "shared" / "data" / "kremlin_en" / "kremlin_en_news_1999-2020.jsonl.gz"
SAMPLE = HERE / "sample.csv"

KINDS = {"direct", "indirect", "mixed"}
TYPES = {"person", "organisation", "group", "unknown"}
MARKS = "\"\u201c\u201d'\u2018\u2019"          # either direction: the corpus has reversed pairs
DOUBLE_MARKS = "\"\u201c\u201d"
FIELDS = ["kind", "text", "speaker", "speaker_mention", "speaker_country",
          "cue", "speaker_type", "occurrence", "start", "end"]
RECORD = ["doc_id", "number", "url", "title", "quotes", "not_quotes", "notes"]


def nth_find(text: str, sub: str, n: int) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def main() -> int:
    ann = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "coder1.jsonl"
    sys.path.insert(0, str(ROOT))
    import discourse as dx

    sample = list(csv.DictReader(SAMPLE.open(encoding="utf-8")))
    docs = dx.load(str(SOURCE), progress=False).documents.set_index("doc_id")
    errors: list[str] = []
    kinds = collections.Counter()
    types = collections.Counter()
    n_null = n_cue_null = n_not = 0
    recs = [json.loads(line) for line in ann.read_text(encoding="utf-8").splitlines() if line.strip()]
    if len(recs) != len(sample):
        errors.append(f"{len(recs)} records, expected {len(sample)}")

    for rec, row in zip(recs, sample):
        where = f"item {rec.get('number')} ({rec.get('doc_id')})"
        if list(rec) != RECORD:
            errors.append(f"{where}: record fields {list(rec)} != {RECORD}")
        if rec["doc_id"] != row["doc_id"] or rec["number"] != int(row["number"]) or rec["url"] != row["url"]:
            errors.append(f"{where}: does not match sample.csv row {row['number']} ({row['doc_id']})")
            continue
        if rec["doc_id"] not in docs.index:
            errors.append(f"{where}: doc_id not in corpus")
            continue
        body = docs.loc[rec["doc_id"], "text"]
        covered = [False] * len(body)

        def cover(a: int, b: int) -> None:
            for i in range(max(a, 0), min(b, len(body))):
                covered[i] = True

        last = -1
        for qi, q in enumerate(rec["quotes"]):
            qw = f"{where} quote {qi}"
            if list(q) != FIELDS:
                errors.append(f"{qw}: fields {list(q)} != {FIELDS}")
                continue
            kinds[q["kind"]] += 1
            types[q["speaker_type"]] += 1
            n_null += q["speaker"] is None
            n_cue_null += q["cue"] is None
            if q["kind"] not in KINDS:
                errors.append(f"{qw}: bad kind {q['kind']!r}")
            if q["speaker_type"] not in TYPES:
                errors.append(f"{qw}: bad speaker_type {q['speaker_type']!r}")
            cc = q["speaker_country"]
            if cc is not None and not re.fullmatch(r"[A-Z]{3}", cc):
                errors.append(f"{qw}: bad speaker_country {cc!r}")
            text, start, end = q["text"], q["start"], q["end"]
            if not text or text != text.strip():
                errors.append(f"{qw}: empty or unstripped text")
            if body[start:end] != text:
                errors.append(f"{qw}: text is not the substring at {start}:{end}: {text[:60]!r}")
                continue
            if nth_find(body, text, q["occurrence"]) != start:
                errors.append(f"{qw}: occurrence {q['occurrence']} does not point to start {start}")
            for key in ("speaker_mention", "cue"):
                if q[key] is not None and q[key] not in body:
                    errors.append(f"{qw}: {key} not in text: {q[key]!r}")
            if q["speaker"] is None and q["speaker_type"] == "organisation" and q["speaker_mention"] is None:
                errors.append(f"{qw}: organisation without speaker or mention")
            if start < last:
                errors.append(f"{qw}: not in reading order")
            last = start
            if q["kind"] == "direct":
                a = start - 1
                while a >= 0 and body[a].isspace():
                    a -= 1
                b = end
                while b < len(body) and body[b].isspace():
                    b += 1
                if a < 0 or body[a] not in MARKS:
                    errors.append(f"{qw}: direct quote not preceded by a quotation mark")
                if b >= len(body) or body[b] not in MARKS:
                    errors.append(f"{qw}: direct quote not followed by a quotation mark")
                cover(a, b + 1)
            elif q["kind"] == "mixed":
                if not any(m in text for m in MARKS):
                    errors.append(f"{qw}: mixed quote without a quotation mark")
                cover(start, end)

        for ni, nq in enumerate(rec["not_quotes"]):
            n_not += 1
            nt = nq["text"]
            if not nq.get("why"):
                errors.append(f"{where} not_quote {ni}: missing why")
            found = False
            for m in re.finditer(re.escape(nt), body):
                a, b = m.start() - 1, m.end()
                if a >= 0 and b < len(body) and body[a] in MARKS and body[b] in MARKS:
                    cover(a, b + 1)
                    found = True
            if not found:
                errors.append(f"{where} not_quote {ni}: {nt!r} not found between quotation marks")

        for i, ch in enumerate(body):
            if ch in DOUBLE_MARKS and not covered[i]:
                ctx = body[max(0, i - 40): i + 40].replace("\n", " ")
                errors.append(f"{where}: unaccounted quotation mark at {i}: ...{ctx}...")

    total = sum(kinds.values())
    print(f"items: {len(recs)}")
    print(f"quotes: {total}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print("speaker_type: " + "  ".join(f"{k}={types[k]}" for k in sorted(TYPES)))
    print(f"speaker null: {n_null}  cue null: {n_cue_null}  not_quotes: {n_not}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
