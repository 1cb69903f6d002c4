"""Check the Wikinews quotation gold standard against the loaded corpus.

Run from the repository root:

    .venv/bin/python tests/data/wikinews_quotes/check.py [ANNOTATIONS.jsonl]

(default: this folder's ``annotations.jsonl``; the second batch's coders' files are checked the same way).

Verifies that every annotated ``text`` and ``speaker_mention`` is an exact
substring of the article body as loaded by ``discourse.load`` (with the
stated ``occurrence`` existing), that field values are well formed, that
direct quotes sit between quotation marks, that every double quotation mark in
an annotated article is accounted for (by a direct quote, a mixed span or a
``not_quotes`` entry), and prints counts.  Exits non-zero on any failure.
"""

from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
CSV = ROOT / "corpora" / "wikinews" / "wikinews_2019.csv"
ANN = HERE / "annotations.jsonl"

KINDS = {"direct", "indirect", "mixed"}
TYPES = {"person", "organisation", "group", "unknown"}
OPEN_MARKS = "\"\u201c'\u2018"
CLOSE_MARKS = "\"\u201d'\u2019"
DOUBLE_MARKS = "\"\u201c\u201d"
FIELDS = ["kind", "text", "speaker", "speaker_mention", "speaker_country",
          "cue", "speaker_type", "occurrence"]


def nth_find(text: str, sub: str, n: int) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def main() -> int:
    sys.path.insert(0, str(ROOT))
    import discourse as dx

    docs = dx.load(str(CSV)).documents
    by_url = dict(zip(docs["url"], docs["text"]))
    errors: list[str] = []
    kinds = collections.Counter()
    types = collections.Counter()
    n_articles = n_not = 0
    urls = []

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ANN
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        url = rec["url"]
        urls.append(url)
        where = f"line {line_no} ({url.rsplit('/', 1)[-1][:50]})"
        if url not in by_url:
            errors.append(f"{where}: url not in corpus")
            continue
        body = by_url[url]
        n_articles += 1
        covered = [False] * len(body)

        def cover(a: int, b: int) -> None:
            for i in range(max(a, 0), min(b, len(body))):
                covered[i] = True

        last = -1
        for qi, q in enumerate(rec["quotes"]):
            qw = f"{where} quote {qi}"
            if list(q) != FIELDS:
                errors.append(f"{qw}: fields {list(q)} != {FIELDS}")
            kinds[q["kind"]] += 1
            types[q["speaker_type"]] += 1
            if q["kind"] not in KINDS:
                errors.append(f"{qw}: bad kind {q['kind']!r}")
            if q["speaker_type"] not in TYPES:
                errors.append(f"{qw}: bad speaker_type {q['speaker_type']!r}")
            cc = q["speaker_country"]
            if cc is not None and not re.fullmatch(r"[A-Z]{3}", cc):
                errors.append(f"{qw}: bad speaker_country {cc!r}")
            text = q["text"]
            if not text or text != text.strip():
                errors.append(f"{qw}: empty or unstripped text")
            pos = nth_find(body, text, q["occurrence"])
            if pos < 0:
                errors.append(f"{qw}: text (occurrence {q['occurrence']}) not in article: {text[:60]!r}")
                continue
            if body.count(text) > 1 and q["occurrence"] == 0:
                pass  # allowed, but the first occurrence is the one meant
            mention = q["speaker_mention"]
            if mention is not None and mention not in body:
                errors.append(f"{qw}: speaker_mention not in article: {mention!r}")
            if q["speaker"] is None and q["speaker_type"] == "organisation" and mention is None:
                errors.append(f"{qw}: organisation without speaker or mention")
            if pos < last and q["kind"] != "indirect":
                errors.append(f"{qw}: not in reading order")
            last = max(last, pos)
            end = pos + len(text)
            if q["kind"] == "direct":
                a = pos - 1
                while a >= 0 and body[a] == " ":
                    a -= 1
                b = end
                while b < len(body) and body[b] == " ":
                    b += 1
                if a < 0 or body[a] not in OPEN_MARKS:
                    errors.append(f"{qw}: direct quote not preceded by an opening mark")
                if b >= len(body) or body[b] not in CLOSE_MARKS:
                    errors.append(f"{qw}: direct quote not followed by a closing mark")
                cover(a, b + 1)
                cover(pos, end)
            elif q["kind"] == "mixed":
                if not any(m in text for m in OPEN_MARKS):
                    errors.append(f"{qw}: mixed quote without a quotation mark")
                cover(pos, end)

        for ni, nq in enumerate(rec["not_quotes"]):
            n_not += 1
            nt = nq["text"]
            if not nq.get("why"):
                errors.append(f"{where} not_quote {ni}: missing why")
            found = False
            for m in re.finditer(re.escape(nt), body):
                a, b = m.start() - 1, m.end()
                if a >= 0 and b < len(body) and body[a] in OPEN_MARKS and body[b] in CLOSE_MARKS:
                    cover(a, b + 1)
                    found = True
            if not found:
                errors.append(f"{where} not_quote {ni}: {nt!r} not found between quotation marks")

        for i, ch in enumerate(body):
            if ch in DOUBLE_MARKS and not covered[i]:
                ctx = body[max(0, i - 40): i + 40].replace("\n", " ")
                errors.append(f"{where}: unaccounted quotation mark at {i}: ...{ctx}...")

    if len(set(urls)) != len(urls):
        errors.append("duplicate urls in annotations")
    total = sum(kinds.values())
    print(f"articles: {n_articles}")
    print(f"quotes: {total}  " + "  ".join(f"{k}={kinds[k]}" for k in sorted(KINDS)))
    print("speaker_type: " + "  ".join(f"{k}={types[k]}" for k in sorted(TYPES)))
    print(f"not_quotes: {n_not}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"FAILED ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
