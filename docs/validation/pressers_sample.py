"""Draw the 16 MFA press-conference pages that are hand-coded as gold for the presser readers.

Run from the repository root::

    .venv/bin/python docs/validation/pressers_sample.py [DATA_DIR]

DATA_DIR is the shared data folder (default: ``../shared/data`` beside the checkout). It reads

- ``mfa_pressers_en/mfa_pressers_en_2018-2019.jsonl.gz`` (381 English pages, 2018-05 .. 2019-12)
- ``zh_official/mfa_spokesperson_zh_2016-2019.jsonl.gz`` (846 Chinese pages, 2016-11 .. 2019-12)

and writes each drawn page's raw HTML (the exact response bytes; sha256 checked) to
``/tmp/pressers/pages/<page_id>.html`` and the list to ``/tmp/pressers/sample.csv``
(page_id, language, url, sha256, stratum). ``page_id`` is the digits of ``t<digits>.shtml``.
The pages are copyrighted (development and testing only), so they stay outside the
repository; the gold in ``tests/data/pressers/`` keeps only ids, labels and 5-word excerpts.

Selection rule (deterministic: one ``random.Random(SEED)``, strata drawn in the order below,
each from its candidates sorted by page id, without replacement across strata). The
library's loader is not used: titles come from ``<title>`` by regex, labels from the text of
each ``<p>`` of the content div (lxml), which is all the strata need.

English (10)
  en_noyear      title "... Regular Press Conference on September 14" (no year)
  en_nospace     title "... on June11, 2018" (no space between month and day)
  en_remarks     title "... 's Remarks on ..." (summer-break Q&A of 2019, dated or not)
  en_labels      a paragraph opens with "Follow-up:" AND one opens with "Journalist...:"
  en_<spokesperson>_<year>   ordinary titles "... <Name>'s Regular Press Conference on
                 <Month> <d>, <yyyy>", one page for each of Lu Kang, Geng Shuang,
                 Hua Chunying in each of 2018 and 2019 (6 pages)
Chinese (6)
  zh_zhuiwen     a 例行记者会 page where a paragraph opens with 追问 (… ：)
  zh_routine_2016-2017, zh_routine_2018, zh_routine_2019   one 例行记者会 page each
  zh_dajizhewen  a 答记者问 page
  zh_other       neither (发表谈话, 表明立场: statements)
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import html as htmllib
import json
import random
import re
import sys
from pathlib import Path

from lxml import html as lxml_html

SEED = 20261202
ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data"
EN_FILE = Path("mfa_pressers_en") / "mfa_pressers_en_2018-2019.jsonl.gz"
ZH_FILE = Path("zh_official") / "mfa_spokesperson_zh_2016-2019.jsonl.gz"
OUT = Path("/tmp/pressers")

SPOKESPERSONS = ("Lu Kang", "Geng Shuang", "Hua Chunying")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
EN_ORDINARY = re.compile(
    rf"Spokesperson (?P<name>{'|'.join(SPOKESPERSONS)})'s Regular Press Conference on "
    rf"(?:{MONTHS}) \d{{1,2}}, (?P<year>\d{{4}})$")
EN_NOYEAR = re.compile(rf"Regular Press Conference on (?:{MONTHS}) \d{{1,2}}$")
EN_NOSPACE = re.compile(rf" on (?:{MONTHS})\d{{1,2}}, \d{{4}}$")
EN_REMARKS = re.compile(r"'s Remarks on ")
EN_FOLLOWUP = re.compile(r"^Follow-up\s*:")
EN_JOURNALIST = re.compile(r"^Journalist[A-Za-z ]*:")
ZH_ZHUIWEN = re.compile(r"^追问[^：:]{0,4}[：:]")
ZH_ROUTINE = "例行记者会"
ZH_DAJIZHEWEN = "答记者问"


def _page_id(url: str) -> str:
    return re.search(r"/t(\d+)\.s?html?$", url).group(1)


def _title(page: str) -> str:
    m = re.search(r"<title>(.*?)</title>", page, re.S | re.I)
    title = htmllib.unescape(m.group(1)) if m else ""
    title = re.sub(r"\s+", " ", title).strip()
    return re.sub(r" — 中华人民共和国外交部$", "", title)


def _paragraph_starts(page: str) -> list[str]:
    """The text of every <p> in the content div, whitespace (incl. U+3000) stripped."""
    doc = lxml_html.fromstring(page)
    body = doc.get_element_by_id("News_Body_Txt_A", None)
    if body is None:
        body = next((d for d in doc.iter("div")
                     if "content" in (d.get("class") or "").split()), None)
    if body is None:
        return []
    texts = (re.sub(r"\s+", " ", p.text_content()).strip() for p in body.iter("p"))
    return [t for t in texts if t]


def _read(path: Path, language: str) -> list[dict]:
    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            assert hashlib.sha256(rec["html"].encode("utf-8")).hexdigest() == rec["sha256"]
            pages.append({"page_id": _page_id(rec["url"]), "language": language,
                          "url": rec["url"], "sha256": rec["sha256"], "html": rec["html"],
                          "title": _title(rec["html"])})
    return sorted(pages, key=lambda p: int(p["page_id"]))


def _zh_date(page: str) -> str:
    m = re.search(r'id="News_Body_Time"[^>]*>\s*([^<]*?)\s*<', page)
    return m.group(1) if m else ""


def _strata(en: list[dict], zh: list[dict]) -> list[tuple[str, list[dict]]]:
    def labelled(p, *patterns):
        starts = _paragraph_starts(p["html"])
        return all(any(pat.match(s) for s in starts) for pat in patterns)

    strata = [
        ("en_noyear", [p for p in en if EN_NOYEAR.search(p["title"])]),
        ("en_nospace", [p for p in en if EN_NOSPACE.search(p["title"])]),
        ("en_remarks", [p for p in en if EN_REMARKS.search(p["title"])]),
        ("en_labels", [p for p in en if labelled(p, EN_FOLLOWUP, EN_JOURNALIST)]),
    ]
    for name in SPOKESPERSONS:
        for year in ("2018", "2019"):
            key = f"en_{name.lower().replace(' ', '_')}_{year}"
            strata.append((key, [p for p in en if (m := EN_ORDINARY.search(p["title"]))
                                 and m["name"] == name and m["year"] == year]))
    routine = [p for p in zh if ZH_ROUTINE in p["title"]]
    strata += [
        ("zh_zhuiwen", [p for p in routine if labelled(p, ZH_ZHUIWEN)]),
        ("zh_routine_2016-2017", [p for p in routine
                                  if _zh_date(p["html"])[:4] in ("2016", "2017")]),
        ("zh_routine_2018", [p for p in routine if _zh_date(p["html"]).startswith("2018")]),
        ("zh_routine_2019", [p for p in routine if _zh_date(p["html"]).startswith("2019")]),
        ("zh_dajizhewen", [p for p in zh if ZH_DAJIZHEWEN in p["title"]]),
        ("zh_other", [p for p in zh
                      if ZH_ROUTINE not in p["title"] and ZH_DAJIZHEWEN not in p["title"]]),
    ]
    return strata


def main(argv: list[str]) -> int:
    data = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    en = _read(data / EN_FILE, "en")
    zh = _read(data / ZH_FILE, "zh")
    rng = random.Random(SEED)
    chosen: dict[str, dict] = {}
    rows = []
    for stratum, candidates in _strata(en, zh):
        pool = [p for p in candidates if p["page_id"] not in chosen]
        if not pool:
            raise SystemExit(f"stratum {stratum}: no candidates left")
        page = rng.choice(pool)
        chosen[page["page_id"]] = page
        rows.append({"page_id": page["page_id"], "language": page["language"], "url": page["url"],
                     "sha256": page["sha256"], "stratum": stratum})
        print(f"{stratum:22s} {len(candidates):4d} candidates -> t{page['page_id']}  "
              f"{page['title']}")
    (OUT / "pages").mkdir(parents=True, exist_ok=True)
    for page in chosen.values():
        (OUT / "pages" / f"{page['page_id']}.html").write_bytes(page["html"].encode("utf-8"))
    rows.sort(key=lambda r: (r["language"], int(r["page_id"])))
    with open(OUT / "sample.csv", "w", newline="", encoding="utf-8") as fh:
        fields = ["page_id", "language", "url", "sha256", "stratum"]
        writer = csv.DictWriter(fh, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} pages -> {OUT / 'sample.csv'}, HTML in {OUT / 'pages'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
