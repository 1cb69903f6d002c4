"""Web pages saved as JSON Lines, as crawlers keep them: one page per line, its HTML in a field."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .._errors import InputError
from ._html import read_html
from ._normalize import decode
from ._records import Record, Reject
from ._tables import _jsonl_rows

__all__ = ["HTML_FIELDS", "looks_like_page_cache", "looks_like_page_cache_head", "read_page_cache"]

#: Fields that hold a whole page's HTML in a crawler's JSON Lines.
HTML_FIELDS = ("html", "raw_html", "body_html", "page_html")
_TEXT_FIELDS = {"text", "body", "content", "full_text", "article"}
_HTML_KEY = re.compile(rb'"(?:' + b"|".join(f.encode() for f in HTML_FIELDS) + rb')"\s*:\s*"\s*<')
_TEXT_KEY = re.compile(rb'"(?:' + b"|".join(f.encode() for f in sorted(_TEXT_FIELDS)) + rb')"\s*:', re.IGNORECASE)


def looks_like_page_cache_head(head: bytes) -> bool:
    """The same test on the start of a first line too long to parse (a page of megabytes).

    Examples
    --------
    >>> looks_like_page_cache_head(b'{"url": "https://example.org/a", "html": "<!DOCTYPE html><html><head>')
    True
    >>> looks_like_page_cache_head(b'{"text": "Body", "html": "<p>')
    False
    """
    return head.lstrip().startswith(b"{") and _HTML_KEY.search(head) is not None and not _TEXT_KEY.search(head)


def looks_like_page_cache(first_obj) -> bool:
    """Tell whether a JSON object is a saved web page: its HTML in a field, and no text field.

    Examples
    --------
    >>> looks_like_page_cache({"url": "https://example.org/a", "html": "<html><body>...</body></html>"})
    True
    >>> looks_like_page_cache({"title": "A", "text": "Body.", "html": "<p>Body.</p>"})
    False
    """
    if not isinstance(first_obj, dict) or _TEXT_FIELDS & {str(k).lower() for k in first_obj}:
        return False
    return any(isinstance(first_obj.get(f), str) and "<" in first_obj[f] for f in HTML_FIELDS)


def read_page_cache(path: str, data: bytes, *, source: str | None = None) -> Iterator[Record | Reject]:
    """Read JSON Lines of saved pages: each line's HTML is read as a web page.

    The page's address is the line's ``url`` when the page names none itself. A line that is
    not a JSON object, or has no HTML, is a reject naming its line.

    Examples
    --------
    >>> line = ('{"url": "https://example.org/2024/03/05/talks", "html": "<html><body><article>'
    ...         '<p>The foreign ministers met in Geneva on Tuesday to discuss a ceasefire.</p>'
    ...         '</article></body></html>"}\\n')
    >>> rec, bad = read_page_cache("cache.jsonl", (line + '{"url": "x"}\\n').encode())
    >>> rec.record, rec.url, rec.published, rec.date_source
    ('line 1', 'https://example.org/2024/03/05/talks', datetime.date(2024, 3, 5), 'url')
    >>> bad.record, bad.field
    ('line 2', 'html')
    """
    try:
        text = decode(data, path)[0]
    except InputError as err:
        yield Reject(path, "", "", err.problem, err.fix or "")
        return
    for record, obj in _jsonl_rows(text.split("\n"), path):
        if isinstance(obj, Reject):
            yield obj
            continue
        html = next((obj[f] for f in HTML_FIELDS if isinstance(obj.get(f), str) and obj[f].strip()), None)
        if html is None:
            yield Reject(path, record, "html", "no page HTML on this line",
                         f"give each line the page in one of the fields {', '.join(HTML_FIELDS)}")
            continue
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        yield from read_html(path, html.encode("utf-8", "replace"), source=source, record=record, url=url)
