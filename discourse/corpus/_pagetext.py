"""Read raw page text, as a scraper saves it, into a clean article.

A scraped page is a run of lines: header widgets (weather, a city, today's date),
the title, the body (opening with a dateline such as ``Astana (TDI):``), inline
links to other articles (``Read More: ...``), category tags, an author box and
footer sections (``Trending Now``). The rules below follow that page structure,
not any one site's strings; the furniture words live in ``data/pagetext/markers.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .._datafiles import read_data_csv
from .._errors import InputError
from .._fold import count_tokens, is_cjk
from ._dates import find_date_line
from ._normalize import decode, normalize_text
from ._pressers import page_title, press_conference
from ._records import PARAGRAPH_SEP, Record, Reject, Removed

__all__ = ["read_page_text", "parse_page"]

_WEATHER = re.compile(r"^-?\d{1,3}(?:[.,]\d)?\s*°?\s*[CF]$")
# "Astana (TDI): ", "WASHINGTON, Oct 2 (Reuters) - ", "TOPEKA, Kan. (AP) — ", "BATON ROUGE, La. (AP) — "
# "BEIJING/BRUSSELS, Oct 30 (Reuters) - ", "PYONGYANG, June 17. /TASS/. "
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*(?P<region>[A-Z][a-z]{1,12}\.?(?:\s[A-Z][a-z]{1,12}\.?)?)(?=\s*[(—–-]))?"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"\s*(?:(?:\(|\.?\s*/)(?P<agency>[A-Za-z][\w .&-]{0,30})[)/])?\s*(?P<sep>:|—|–|--|-|\.)\s+(?=\S)")
_NAME = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’)」』）]*$")


@lru_cache(maxsize=1)
def _markers() -> dict[str, frozenset]:
    rows = read_data_csv("pagetext/markers.csv", ("kind", "text"))
    kinds: dict[str, set] = {}
    for row in rows:
        kinds.setdefault(row["kind"], set()).add(row["text"].lower())
    return {kind: frozenset(texts) for kind, texts in kinds.items()}


def _key(line: str) -> str:
    return line.strip().rstrip(":").strip().lower()


def _is_prose(line: str) -> bool:
    words = count_tokens(line) if is_cjk(line) else len(line.split())  # Chinese: no spaces between words
    return words >= 12 or (words >= 6 and bool(_SENTENCE_END.search(line)))


def _related(line: str) -> str | None:
    """Return the headline of a ``Read More: headline`` line, else None."""
    head, sep, rest = line.partition(":")
    if sep and rest.strip() and head.strip().lower() in _markers()["related"]:
        return rest.strip()
    return None


def _byline(line: str) -> str | None:
    words = line.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).rstrip(":").lower() in _markers()["byline"]:
            name = " ".join(words[n:]).lstrip(":").strip()
            return name if _NAME.match(name) else None
    return None


@dataclass
class _Page:
    lines: list[str]
    removed: list[Removed]
    fields: dict

    def drop(self, line: str, reason: str) -> None:
        self.removed.append(Removed(line, reason))


def _split_header(page: _Page) -> int:
    """Take header widgets and the title off the top; return where the body starts."""
    lines = page.lines
    first_prose = next((i for i, ln in enumerate(lines) if _is_prose(ln)), None)
    if first_prose is None:
        return len(lines)
    title_at = None
    for i in range(first_prose - 1, -1, -1):
        if _byline(lines[i]):
            page.fields.setdefault("author", _byline(lines[i]))
            page.drop(lines[i], "byline")
        elif find_date_line(lines[i]) is None and not _WEATHER.match(lines[i]):
            title_at = i
            break
    for i, line in enumerate(lines[:first_prose]):
        if i == title_at:
            page.fields["title"] = line
        elif find_date_line(line):
            page.fields.setdefault("published", find_date_line(line))
            page.drop(line, "header_date")
        elif _WEATHER.match(line):
            page.drop(line, "header_weather")
        elif not _byline(line):
            page.drop(line, "header")
    return first_prose


def _footer_start(lines: list[str], start: int) -> int:
    marks = _markers()
    for i in range(start, len(lines)):
        if _key(lines[i]) in marks["footer"] or _key(lines[i]) in marks["author_box"]:
            return i
    return len(lines)


def _read_footer(page: _Page, lines: list[str]) -> None:
    """Find the author in an author box: a name line repeated, or followed by a bio."""
    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if "author" not in page.fields and _NAME.match(line) and _key(line) not in _markers()["footer"]:
            if nxt == line or (_is_prose(nxt) and i > 0):
                page.fields["author"] = line
        reason = ("author_name" if line == page.fields.get("author") else
                  "footer_heading" if _key(line) in _markers()["footer"] else
                  "author_box" if _key(line) in _markers()["author_box"] else
                  "author_bio" if _is_prose(line) else "footer")
        page.drop(line, reason)


def dateline(text: str, start: int = 0) -> re.Match | None:
    """The dateline that opens ``text`` at ``start``: a place with an agency's credit in brackets
    ("Astana (TDI): ", "TOPEKA, Kan. (AP) — ") or a place in capitals before a dash or colon
    ("WASHINGTON — "); None if there is none.

    >>> [dateline(t)["place"] for t in ("TOPEKA, Kan. (AP) — Gov. Linda Harwell vetoed", "LONDON — It rained")]
    ['TOPEKA', 'LONDON']
    >>> dateline("Beijing - It rained") is None, dateline("Wang Yi: We agree") is None
    (True, True)
    """
    match = _DATELINE.match(text, start)
    if not match or not (match["agency"] or match["place"].isupper() and match["sep"] not in "-."):
        return None
    return match


def _take_dateline(page: _Page, para: str) -> str:
    match = dateline(para)
    if match is None:
        return para
    page.fields["dateline"] = match["place"]
    if match["agency"]:
        page.fields["agency"] = match["agency"].strip()
    page.drop(match.group(0).strip(), "dateline")
    return para[match.end():]


def parse_page(text: str) -> tuple[list[str], dict, list[Removed]]:
    """Split normalized page text into body paragraphs, fields and removed blocks.

    Returns
    -------
    paragraphs : list of str
    fields : dict
        Any of ``title, published, dateline, agency, author, section, related``.
    removed : list of Removed
    """
    page = _Page([ln for ln in text.split("\n") if ln.strip()], [], {})
    start = _split_header(page)
    end = _footer_start(page.lines, start)
    body = page.lines[start:end]
    tags = []
    while body and not _is_prose(body[-1]) and not _related(body[-1]):
        tags.append(body.pop())
    tags.reverse()
    if tags:
        page.fields["section"] = tags[-1]  # the tag line nearest the footer names the section
    paragraphs, related = [], []
    for line in body:
        headline = _related(line)
        if headline:
            related.append(headline)
            page.drop(line, "related_link")
        elif _byline(line) and not paragraphs:
            page.fields.setdefault("author", _byline(line))
            page.drop(line, "byline")
        else:
            paragraphs.append(_take_dateline(page, line) if not paragraphs else line)
    for tag in tags:
        page.drop(tag, "category_tag")
    _read_footer(page, page.lines[end:])
    page.fields["related"] = related
    return paragraphs, page.fields, page.removed


def read_page_text(path: str, data: bytes, *, source: str | None = None,
                   record: str = "") -> Iterator[Record | Reject]:
    """Read one scraped page saved as plain text; yield one Record or one Reject.

    The outlet (``source``) is the caller's, else the agency credit of the
    dateline (``Astana (TDI):`` gives ``TDI``).

    Examples
    --------
    >>> page = "Wednesday, June 18, 2025\\nSummit opens\\nASTANA (TDI): Leaders met on Monday to talk trade and transit.\\nTrending Now"
    >>> rec = next(read_page_text("p.txt", page.encode()))
    >>> rec.title, str(rec.published), rec.dateline, rec.source, rec.text
    ('Summit opens', '2025-06-18', 'ASTANA', 'TDI', 'Leaders met on Monday to talk trade and transit.')
    """
    try:
        text = normalize_text(decode(data, path)[0])
    except InputError as err:
        yield Reject(path, record, "", err.problem, err.fix or "")
        return
    paragraphs, fields, removed = parse_page(text)
    if not paragraphs:
        yield Reject(path, record, "text", "no article body found (no line reads as prose)",
                     "check that the file holds an article, not an index page or a stub")
        return
    meta = {"related_headlines": fields["related"]} if fields["related"] else {}
    title, published, date_source, note, quotes = fields.get("title"), fields.get("published"), "header_line", None, ()
    headline = None if title else page_title(paragraphs)
    press = press_conference(paragraphs[1:] if headline else paragraphs, title or headline)
    if press is not None:  # a transcript saved as text: its headline, its turns, the headline's date
        paragraphs, title = (paragraphs[1:], headline) if headline else (paragraphs, title)
        published, date_source, note = press.dated(published, date_source, None)
        quotes = press.quotes
        meta.update({"spokesperson": press.spokesperson} if press.spokesperson else {})
    yield Record(
        text=PARAGRAPH_SEP.join(paragraphs), raw_path=path, record=record,
        source=source or fields.get("agency"), published=published, date_source=date_source, date_note=note,
        dateline=fields.get("dateline"), title=title, author=fields.get("author"), quotes=quotes,
        section=fields.get("section"), removed=tuple(removed), meta=meta)
