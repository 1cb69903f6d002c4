"""Build the cooperation-vs-conflict lexicon from the CAMEO verb dictionary and Goldstein scores.

Reads ../shared/data/lexicons/petrarch2_cameo_dicts/CAMEO.2.0.txt (PETRARCH2, MIT) and
../shared/data/lexicons/cameo_codebook/cameo-codes.utf8.csv (MIT) and writes
discourse/data/lexicons/cooperation_conflict-1.0.csv. Not shipped in the package; rerun it to
check that the committed file is what the sources give (tests/features/test_lexicons.py does).

Each verb block of the dictionary gives verbs (with irregular forms in braces) and
"- * OBJECT [code] # VERB" patterns. A pattern's CAMEO code fixes its class, after the
usual quad classes: 02-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
conflict, 14-20 material conflict (01, public statements, is neutral and left out). Verbs
become all their inflected forms; "verb object" patterns become each verb form followed by
the object words, where the object is plain words. The Goldstein (1992) score of the code
is the pattern's weight.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEXICONS = ROOT.parent / "shared" / "data" / "lexicons"
OUT = ROOT / "discourse" / "data" / "lexicons" / "cooperation_conflict-1.0.csv"
QUAD = {**{f"{r:02d}": "verbal_cooperation" for r in range(2, 6)},
        **{f"{r:02d}": "material_cooperation" for r in range(6, 9)},
        **{f"{r:02d}": "verbal_conflict" for r in range(9, 14)},
        **{f"{r:02d}": "material_conflict" for r in range(14, 21)}}
DESCRIPTION = {
    "verbal_cooperation": "Verbal cooperation: appeals, intentions to cooperate, consultation, diplomatic support (CAMEO 02-05)",
    "material_cooperation": "Material cooperation: material and humanitarian aid, yielding, investigation (CAMEO 06-08)",
    "verbal_conflict": "Verbal conflict: demands, disapproval, rejection, threats, protest (CAMEO 09-13)",
    "material_conflict": "Material conflict: force posture, reduced relations, coercion, assault, fighting (CAMEO 14-20)",
}
CITATION = ("CAMEO verb dictionary CAMEO.2.0.txt, PETRARCH2 (MIT, (c) 2014 Open Event Data Alliance), "
            "code {code}; Goldstein (1992) score; Gerner, Schrodt, Yilmaz and Abu-Jabr (2002) CAMEO")
HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
VERB = re.compile(r"^([A-Z][A-Z_'-]*)\s*(?:\{([^}]*)\})?\s*(?:\[([^\]]+)\])?")
PATTERN = re.compile(r"^-\s+\*\s+([A-Z][A-Z ]*?)\s+\[([^\]]+)\](?:\s+#\s*([A-Z_]+))?")
IRREGULAR = {"be", "have", "do"}


def inflect(base: str) -> list[str]:
    """Regular forms of an English verb: base, -s, -ed, -ing."""
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


def forms(word: str, braces: str | None) -> list[str]:
    word = word.lower().replace("_", " ").strip()
    extra = [f.lower().replace("_", " ") for f in (braces or "").split()]
    return list(dict.fromkeys([word] + extra if extra else inflect(word)))


def goldstein_scores(path: Path) -> dict[str, float]:
    with open(path, encoding="utf-8") as f:
        return {row["code"]: float(row["goldstein"]) for row in csv.DictReader(f) if row["goldstein"] != "NA"}


def parse(path: Path) -> list[tuple[str, str, str]]:
    """Return (pattern, code, source note) for every coded verb and verb-object pattern."""
    out, block_code, verbs = [], None, {}
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.startswith("- ") else line.rstrip()
        if not line.strip():
            continue
        head = HEADER.match(line)
        if head:
            block_code, verbs = head.group(2), {}
            continue
        if block_code is None or line.startswith(("&", "+", "<")):
            continue
        pattern = PATTERN.match(line)
        if pattern:
            obj, code, verb = pattern.group(1).lower(), pattern.group(2).split(":")[0], pattern.group(3)
            for form in verbs.get((verb or "").lower(), []):
                out.append((f"{form} {obj}", code, f"{verb} * {obj.upper()}"))
            continue
        verb = VERB.match(line)
        if verb and not line.startswith("-"):
            word_forms = forms(verb.group(1), verb.group(2))
            verbs[verb.group(1).lower()] = word_forms
            code = (verb.group(3) or block_code).split(":")[0]
            out.extend((form, code, verb.group(1)) for form in word_forms)
    return out


def build(lexicons: Path = LEXICONS) -> str:
    scores = goldstein_scores(lexicons / "cameo_codebook" / "cameo-codes.utf8.csv")
    rows, seen = [], set()
    for pattern, code, note in parse(lexicons / "petrarch2_cameo_dicts" / "CAMEO.2.0.txt"):
        frame = QUAD.get(code[:2])
        if frame is None or pattern in seen or not re.fullmatch(r"[a-z' -]+", pattern):
            continue  # neutral or unknown code, or already listed under an earlier code
        seen.add(pattern)
        weight = scores.get(code, scores.get(code[:3], scores.get(code[:2])))
        rows.append((frame, pattern, DESCRIPTION[frame], CITATION.format(code=code),
                     "" if weight is None else f"{weight:g}", code))
    rows.sort(key=lambda r: (r[0], r[1]))
    buffer = io.StringIO()
    buffer.write("# Cooperation vs conflict: verb patterns of the CAMEO verb dictionary (PETRARCH2,\n"
                 "# https://github.com/openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,\n"
                 "# MIT License, Copyright (c) 2014 Open Event Data Alliance) in four quad classes, weighted\n"
                 "# by the Goldstein (1992) score of each CAMEO code (codebook: andybega/icews, MIT,\n"
                 "# Copyright (c) 2022 Andreas Beger). Generated by tools/build_lexicons.py; do not edit.\n")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["frame", "pattern", "description", "citation", "weight", "code"])
    writer.writerows(rows)
    return buffer.getvalue()


LEXICONS_INFO = [
    # name, version, description, citation, license
    ("china_diplomatic", "1.0", "Chinese diplomatic formulations (tifa) in English",
     "discourse project; a citation per entry", "BSD-3-Clause"),
    ("cooperation_conflict", "1.0", "Cooperation vs conflict verbs in CAMEO quad classes, Goldstein-weighted",
     "CAMEO verb dictionary (PETRARCH2); Goldstein (1992)", "MIT"),
    ("policy_frames", "1.0", "Seed terms for the 15 dimensions of the Policy Frames Codebook",
     "Boydstun et al. (2014)", "BSD-3-Clause"),
    ("geopolitics", "1.0", "Geopolitics frames: dependency, connectivity, debt trap, sphere of influence, Great Game",
     "discourse project; a citation per entry", "BSD-3-Clause"),
]


def manifest(folder: Path = OUT.parent) -> str:
    """MANIFEST.csv of the packaged lexicons, with each file's sha256 and size."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["name", "version", "file", "frames", "patterns", "description", "citation", "license", "sha256"])
    for name, version, description, citation, license_ in LEXICONS_INFO:
        file = f"{name}-{version}.csv"
        data = (folder / file).read_bytes()
        rows = list(csv.DictReader(ln for ln in data.decode("utf-8").splitlines() if not ln.startswith("#")))
        writer.writerow([name, version, file, len({r["frame"] for r in rows}), len(rows), description, citation,
                         license_, hashlib.sha256(data).hexdigest()])
    return buffer.getvalue()


def main() -> int:
    text = build()
    OUT.write_text(text, "utf-8")
    print(f"{OUT.name}: {text.count(chr(10)) - 6} patterns")
    (OUT.parent / "MANIFEST.csv").write_text(manifest(), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
