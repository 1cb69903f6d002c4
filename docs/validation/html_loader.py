"""Evaluate the HTML loader on 200 en.kremlin.ru pages against their reference extraction.

Run from the repository root::

    .venv/bin/python docs/validation/html_loader.py [DATA_DIR]

DATA_DIR holds ``<id>.html`` pages and ``reference.jsonl`` (default:
``/work/shared/data/kremlin_en/html_sample``). The report is printed and written to
``html_loader.md`` beside this script. Everything in it but the throughput is
deterministic.
"""

from __future__ import annotations

import difflib
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from discourse.corpus import _html
from discourse.corpus.readers import Record, normalize_text, read_html

DEFAULT_DATA = Path("/work/shared/data/kremlin_en/html_sample")
OUT = Path(__file__).with_suffix(".md")
SETTINGS = {
    "favor_precision, fast (the loader's)": {"favor_precision": True, "fast": True},
    "favor_precision": {"favor_precision": True},
    "default": {},
    "favor_recall": {"favor_recall": True},
}


def _drop(pattern: bytes):
    return lambda page: re.sub(pattern, b"", page)


_SOCIAL, _H1 = _drop(rb'<meta (?:property="og:|name="twitter:)[^>]*>'), _drop(rb"(?s)<h1.*?</h1>")
_APP_NAME = _drop(rb'<meta name="(?:application-name|apple-mobile-web-app-title)"[^>]*>')
_ITEMPROP, _PUBLISHED_CLASS = _drop(rb'itemprop="datePublished"'), _drop(rb"read__published")
_PUBLISHED_LABEL = _drop(rb"Publication date:")
#: Pages with markup taken away, to see which fallback carries title, date and source.
ABLATIONS = {
    "no og:/twitter: meta tags": [_SOCIAL],
    "... and no <h1>": [_SOCIAL, _H1],
    "... and no application-name meta (no site name left)": [_SOCIAL, _H1, _APP_NAME],
    "no itemprop=datePublished": [_ITEMPROP],
    "... and no class=read__published": [_ITEMPROP, _PUBLISHED_CLASS],
    '... and no "Publication date:" label (trafilatura\'s date)': [
        _ITEMPROP, _PUBLISHED_CLASS, _PUBLISHED_LABEL],
}


def tokens(text: str) -> list[str]:
    """Split text into whitespace tokens after the loader's normalization."""
    return normalize_text(text or "").split()


def ratio(ref: str, got: str) -> float:
    """Return difflib's similarity of two token sequences (1.0 = identical)."""
    a, b = tokens(ref), tokens(got)
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def f1(ref: str, got: str) -> float:
    """Return the bag-of-tokens F1 of a text against its reference."""
    a, b = Counter(tokens(ref)), Counter(tokens(got))
    common = sum((a & b).values())
    if not common:
        return float(not a and not b)
    precision, recall = common / sum(b.values()), common / sum(a.values())
    return 2 * precision * recall / (precision + recall)


def load_pages(data_dir: Path) -> list[tuple[dict, bytes]]:
    """Read the reference lines and the raw bytes of their pages."""
    lines = (data_dir / "reference.jsonl").read_text("utf-8").splitlines()
    refs = [json.loads(line) for line in lines if line.strip()]
    return [(ref, (data_dir / f"{ref['id']}.html").read_bytes()) for ref in refs]


def run(pages, alterations=()) -> tuple[list[dict], float]:
    """Load every page; return one comparison row per page and the pages per second."""
    start = time.perf_counter()
    items = [next(read_html(f"{ref['id']}.html", _alter(data, alterations))) for ref, data in pages]
    speed = len(pages) / (time.perf_counter() - start)
    return [compare(ref, item) for (ref, _), item in zip(pages, items)], speed


def _alter(page: bytes, alterations) -> bytes:
    for alter in alterations:
        page = alter(page)
    return page


def compare(ref: dict, item) -> dict:
    """Compare one loaded page with its reference line."""
    if not isinstance(item, Record):
        return {"id": ref["id"], "record": False, "title_ok": False, "date_ok": False,
                "ratio": 0.0, "f1": 0.0, "reason": item.reason}
    date = item.published.isoformat() if item.published else None
    return {"id": ref["id"], "record": True, "title": item.title, "date": date,
            "source": item.source, "section": item.section, "language": item.language,
            "url": item.url, "removed": [r.reason for r in item.removed], "text": item.text,
            "title_ok": item.title == ref["title"], "date_ok": date == ref["date"],
            "ratio": ratio(ref["text"], item.text), "f1": f1(ref["text"], item.text)}


def summary(rows: list[dict]) -> dict:
    """Summarize agreement rates and the body-similarity distribution."""
    n, ratios, f1s = len(rows), [r["ratio"] for r in rows], [r["f1"] for r in rows]
    return {
        "pages": n, "records": sum(r["record"] for r in rows),
        "title": sum(r["title_ok"] for r in rows) / n, "date": sum(r["date_ok"] for r in rows) / n,
        "ratio_mean": statistics.mean(ratios), "ratio_median": statistics.median(ratios),
        "ratio_p10": statistics.quantiles(ratios, n=10)[0], "ratio_min": min(ratios),
        "ratio_ge90": sum(x >= 0.9 for x in ratios) / n,
        "ratio_eq1": sum(x == 1 for x in ratios) / n,
        "f1_mean": statistics.mean(f1s), "f1_median": statistics.median(f1s), "f1_min": min(f1s),
    }


def compare_settings(pages) -> list[str]:
    """Tabulate body similarity under each trafilatura setting."""
    lines = ["| trafilatura setting | mean ratio | median | share >= 0.9 | min | pages/s |",
             "|---|---|---|---|---|---|"]
    saved = _html._EXTRACT
    try:
        for name, options in SETTINGS.items():
            _html._EXTRACT = {"with_metadata": True, "include_comments": False, **options}
            rows, speed = run(pages)
            s = summary(rows)
            lines.append(f"| {name} | {s['ratio_mean']:.4f} | {s['ratio_median']:.4f} | "
                         f"{s['ratio_ge90']:.1%} | {s['ratio_min']:.3f} | {speed:.0f} |")
    finally:
        _html._EXTRACT = saved
    return lines


def ablations(pages) -> list[str]:
    """Tabulate title, date and source agreement with parts of the markup taken away."""
    lines = ["| markup removed | title identical | date identical | source |",
             "|---|---|---|---|"]
    for name, alterations in ABLATIONS.items():
        rows, _ = run(pages, alterations)
        s = summary(rows)
        lines.append(f"| {name} | {s['title']:.1%} | {s['date']:.1%} | {counts(rows, 'source')} |")
    return lines


def disagreements(rows: list[dict], pages) -> list[str]:
    """List every page where title, date or body disagrees with the reference."""
    refs = {ref["id"]: ref for ref, _ in pages}
    lines = []
    for row in rows:
        ref = refs[row["id"]]
        if not row["title_ok"]:
            lines.append(f"- {row['id']} title: got {row.get('title')!r}, "
                         f"reference {ref['title']!r}")
        if not row["date_ok"]:
            lines.append(f"- {row['id']} date: got {row.get('date')}, reference {ref['date']}")
        if row["ratio"] < 0.9:
            lines.append(f"- {row['id']} body: ratio {row['ratio']:.3f}, "
                         f"{len(tokens(ref['text']))} reference tokens")
    return lines or ["- none"]


def differences(rows: list[dict], pages, limit: int = 15) -> list[str]:
    """Show the first differing stretch of tokens on pages whose body is not identical."""
    refs = {ref["id"]: ref for ref, _ in pages}
    texts = {row["id"]: row.get("text", "") for row in rows}
    lines = []
    for row in [r for r in rows if r["ratio"] < 1][:limit]:
        a, b = tokens(refs[row["id"]]["text"]), tokens(texts[row["id"]])
        ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
        tag, i1, i2, j1, j2 = next(op for op in ops if op[0] != "equal")
        lines.append(f"- {row['id']} ({tag}): `{' '.join(a[i1:i2])[:80]}` → "
                     f"`{' '.join(b[j1:j2])[:80]}`")
    return lines or ["- none"]


def counts(rows: list[dict], key: str) -> str:
    """Format how often each value of a field came out, commonest first."""
    values = Counter(str(r.get(key)) for r in rows).most_common()
    shown = ", ".join(f"{value!r} ({n})" for value, n in values[:3])
    return shown + (f", {len(values) - 3} other values" if len(values) > 3 else "")


def report(rows, speed, settings, ablated, pages) -> str:
    """Write the Markdown report."""
    s = summary(rows)
    removed = Counter(reason for r in rows for reason in r.get("removed", []))
    removed = ", ".join(f"{k} ({v})" for k, v in sorted(removed.items())) or "none"
    return "\n".join([
        "# HTML loader on 200 en.kremlin.ru pages",
        "",
        "Made by `docs/validation/html_loader.py`: `read_html` on each page of",
        "`kremlin_en/html_sample`, compared with `reference.jsonl` (a regex extraction of",
        "the same pages). Body similarity is over whitespace tokens of the normalized text:",
        "difflib `SequenceMatcher.ratio` (order-aware) and bag-of-tokens F1.",
        "Source: President of Russia, en.kremlin.ru (CC BY 4.0).",
        "",
        "## Agreement",
        "",
        "| measure | value |",
        "|---|---|",
        f"| pages | {s['pages']} |",
        f"| loaded as records | {s['records']} |",
        f"| title identical | {s['title']:.1%} |",
        f"| published date identical | {s['date']:.1%} |",
        f"| body ratio: mean / median | {s['ratio_mean']:.4f} / {s['ratio_median']:.4f} |",
        f"| body ratio: 10th percentile / min | {s['ratio_p10']:.4f} / {s['ratio_min']:.4f} |",
        f"| body ratio >= 0.9 | {s['ratio_ge90']:.1%} |",
        f"| body identical (ratio 1.0) | {s['ratio_eq1']:.1%} |",
        (f"| body token F1: mean / median / min | {s['f1_mean']:.4f} / {s['f1_median']:.4f}"
         f" / {s['f1_min']:.4f} |"),
        f"| throughput (best of 3 runs, one process) | {speed:.0f} pages/s |",
        "",
        "## Fields",
        "",
        f"- source: {counts(rows, 'source')}",
        f"- section: {counts(rows, 'section')}",
        f"- language: {counts(rows, 'language')}",
        f"- url set: {sum(bool(r.get('url')) for r in rows)} of {len(rows)}",
        f"- removed blocks: {removed}",
        "",
        "## Disagreements with the reference",
        "",
        *disagreements(rows, pages),
        "",
        "## Where bodies differ from the reference",
        "",
        "The first difference on each page whose body is not token-identical",
        "(reference → loader). Read against the pages, these come from the reference: it",
        "writes every bold label as `Label:`, also where the page has `<b>Label</b>",
        "(retranslated):`, `<b>Vladimir</b><b>Putin</b>:` or a bold heading with no colon;",
        "the loader keeps what the page says.",
        "",
        *differences(rows, pages),
        "",
        "## trafilatura settings compared (body ratio)",
        "",
        *settings,
        "",
        "## Fallbacks: the same pages with markup taken away",
        "",
        *ablated,
        "",
    ])


def main(argv: list[str]) -> None:
    """Run the evaluation and write the report."""
    pages = load_pages(Path(argv[0]) if argv else DEFAULT_DATA)
    run(pages[:5])  # warm up lazy imports before timing
    rows, speed = run(pages)
    speed = max([speed] + [run(pages)[1] for _ in range(2)])  # best of 3, as timeit reports
    text = report(rows, speed, compare_settings(pages), ablations(pages), pages)
    OUT.write_text(text, "utf-8")
    print(text)


if __name__ == "__main__":
    main(sys.argv[1:])
