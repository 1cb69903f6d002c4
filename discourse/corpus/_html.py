"""Load one HTML page as a record: its main text by trafilatura, its metadata from the markup."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import NamedTuple

import trafilatura
from trafilatura.settings import Document

from .._errors import InputError
from ._dates import parse_date, url_date
from ._normalize import detect, looks_binary, normalize_paragraphs, normalize_text
from ._records import PARAGRAPH_SEP, Record, Reject, Removed
from ._tables import url_host
from ._pressers import press_conference

__all__ = ["read_html"]

#: Markup beyond this many characters (scripts and styles aside) is not one article page.
MAX_CHARS = 20_000_000

# favor_precision and fast (no fallback extractors) were measured best on 200 en.kremlin.ru
# pages: the fallbacks pull in headers and photo captions on short pages
# (docs/validation/html_loader.md).
_EXTRACT = {"with_metadata": True, "include_comments": False, "favor_precision": True,
            "fast": True}

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{1,40})""",
                      re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,100}encoding\s*=\s*["']([a-zA-Z0-9_.:-]{1,40})""")
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252, GB2312 as GB18030.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252",
                    "latin-1": "cp1252", "l1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
                    "gb2312": "gb18030", "gbk": "gb18030"}
_UNICODE_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_RAW_OPEN = re.compile(r"<(script|style)\b[^>]{0,2000}>", re.IGNORECASE)
_TAG = re.compile(r"<[a-zA-Z!?/]")
_SEPARATOR = r"\s+[|•·–—:»/-]\s+"
_CAPTION_XPATH = "(//span | //div[not(*)] | //figcaption)[not(ancestor::p)]"
_TITLE_META = ('@property="og:title" or @name="twitter:title" or @name="title" '
               'or @name="dc.title" or @name="headline"')
_LANGUAGE_XPATH = ('//meta[translate(@http-equiv, "CONTENTLAGU", "contentlagu")="content-language"]'
                   '/@content | //meta[@property="og:locale"]/@content')
_PUBLISHED = re.compile(r"\b(?:publi|posted|issued)", re.IGNORECASE)
_DATE_META = frozenset({
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.issued",
    "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date",
})
_NOT_ARTICLE = ("no article text found in the HTML",
                "check that the page is an article, not an index or a login page")

_LOGIN_PAGE = ("the page asks for a password and has little text: it looks like a login page",
               "save the article page while logged in")


class _Hints(NamedTuple):
    """What the markup says, read before trafilatura prunes the tree."""

    published: dt.date | None
    page_title: str | None
    title_evidence: frozenset
    language: str | None
    section: str | None
    captions: tuple[str, ...]
    password: bool


def read_html(path: str, data: bytes, *, source: str | None = None,
              record: str = "", url: str | None = None) -> Iterator[Record | Reject]:
    """Load one HTML page as a record of its main text and metadata.

    The main text is what trafilatura keeps of the page, one paragraph per block,
    normalized. Title, author, site name, URL and categories come from trafilatura;
    the publication date comes first from publication markup (``<head>`` meta tags,
    JSON-LD, ``itemprop="datePublished"``, a ``<time>`` labelled as the publication
    date) and otherwise from trafilatura. Bad content never raises: it yields a
    :class:`~discourse.corpus._records.Reject` instead.

    Parameters
    ----------
    path : str
        The file the bytes come from, kept as ``raw_path``.
    data : bytes
        The page as downloaded. A ``<meta charset>`` is honoured when the bytes are
        not UTF-8.
    source : str, optional
        The outlet. When omitted, the site name the page gives (``og:site_name``).
    record : str
        Where in ``path`` the page is, e.g. ``"member 'a.html'"``.
    url : str, optional
        The address the page was fetched from (a crawler's record), used when the page
        names none itself.

    Yields
    ------
    Record or Reject
        Exactly one item.

    See Also
    --------
    discourse.corpus._normalize.decode : How bytes without a declared charset are read.

    Examples
    --------
    >>> page = (b"<html lang='en'><head><title>Talks in Geneva | Daily Courier</title>"
    ...         b"<meta property='og:site_name' content='Daily Courier'>"
    ...         b"<meta property='article:published_time' content='2024-03-05T09:00:00Z'>"
    ...         b"</head><body><article><h1>Talks in Geneva</h1>"
    ...         b"<p>The foreign ministers met in Geneva on Tuesday to discuss a ceasefire.</p>"
    ...         b"<p>Both sides called the talks constructive and agreed to meet again.</p>"
    ...         b"</article></body></html>")
    >>> rec, = read_html("talks.html", page)
    >>> rec.title, rec.source, rec.published, rec.language
    ('Talks in Geneva', 'Daily Courier', datetime.date(2024, 3, 5), 'en')
    >>> print(rec.text)
    The foreign ministers met in Geneva on Tuesday to discuss a ceasefire.
    <BLANKLINE>
    Both sides called the talks constructive and agreed to meet again.
    >>> next(read_html("empty.html", b"")).reason
    'the file is empty'
    """
    try:
        item = _load(path, data, source, record, url)
    except InputError as err:
        item = Reject(path, record, "html", err.problem, err.fix or "")
    except MemoryError:  # the machine, not this input: the run stops, no reject row
        raise
    except Exception as err:  # noqa: BLE001 - lxml and trafilatura fail in many ways on bad markup
        item = Reject(path, record, "html", f"the HTML could not be parsed ({type(err).__name__})",
                      "open the file in a browser to check that it is an intact HTML page")
    yield item


def _load(path: str, data: bytes, source: str | None, record: str, url: str | None) -> Record | Reject:
    problem = _byte_problem(data)
    if problem:
        return Reject(path, record, "html", *problem)
    text, encoding, confidence = decode_html(data, path)
    page = drop_scripts(text)
    if len(page) > MAX_CHARS:
        return Reject(path, record, "html", f"the page has {len(page):,} characters of markup, "
                      "too many for one article", "split the file into one page per article")
    tree = _parse(page)
    if tree is None:
        return Reject(path, record, "html", "no HTML markup could be parsed from the file",
                      "pass an HTML page; load plain text with the text loader")
    hints = _read_hints(tree)
    doc = trafilatura.bare_extraction(tree, **_EXTRACT)
    if doc is not None and url and not _absolute(doc.url):
        doc.url = url
    rec = _to_record(doc, hints, path, record, source, encoding)
    return replace(rec, encoding=encoding, encoding_confidence=confidence) if isinstance(rec, Record) else rec


def _byte_problem(data: bytes) -> tuple[str, str] | None:
    if not data.strip():
        return "the file is empty", "check the download: the page has no content"
    if looks_binary(data):
        return ("this looks like a binary file, not HTML",
                "pass the HTML page itself, not an image, PDF or archive")
    return None


def decode_html(data: bytes, path=None) -> tuple[str, str, float]:
    """Decode an HTML page, honouring its declared charset when the bytes are not UTF-8.

    A byte-order mark or valid UTF-8 wins over the declaration, as in browsers. Returns the
    text, the encoding and how sure that is: 1.0 for a declared charset the bytes fit, 0.5
    for one they do not (undecodable bytes become U+FFFD), else as :func:`detect` says.

    Examples
    --------
    >>> decode_html(b"<meta charset='windows-1251'><p>\\xcc\\xee\\xf1\\xea\\xe2\\xe0</p>")
    ("<meta charset='windows-1251'><p>Москва</p>", 'cp1251', 1.0)
    >>> decode_html("<meta charset='iso-8859-1'><p>Café</p>".encode("utf-8"))[1]
    'utf-8'
    """
    declared = declared_charset(data)
    # A declaration readable as ASCII means the page is not UTF-16, whatever it says.
    unicode = declared is None or declared.startswith("utf") or data.startswith(_UNICODE_BOMS)
    if unicode or _is_utf8(data):
        return detect(data, path)
    try:
        return data.decode(declared), declared, 1.0
    except UnicodeDecodeError:
        return data.decode(declared, errors="replace"), declared, 0.5


def declared_charset(data: bytes) -> str | None:
    """Return the Python codec of the charset a page declares near its top, if any.

    Examples
    --------
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=latin1">')
    'cp1252'
    >>> declared_charset(b"<meta charset=koi8-r>"), declared_charset(b"<meta charset=nonsense>")
    ('koi8-r', None)
    """
    head = data[:8192]
    match = _CHARSET.search(head) or _XML_ENCODING.match(head)
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(_CHARSET_ALIASES.get(label, label)).name
    except LookupError:
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def drop_scripts(text: str) -> str:
    """Remove ``<script>`` and ``<style>`` blocks, keeping JSON metadata scripts.

    Very large inline scripts slow the parser down and, past 10 MB, make it drop
    the rest of the page. An unclosed block runs to the end, as in browsers.

    Examples
    --------
    >>> drop_scripts("<p>a</p><script>var x = '</p>';</script><p>b</p><style>p {}</style>")
    '<p>a</p><p>b</p>'
    >>> drop_scripts('<script type="application/ld+json">{}</script><script>unclosed')
    '<script type="application/ld+json">{}</script>'
    """
    parts, pos = [], 0
    while match := _RAW_OPEN.search(text, pos):
        close = re.compile(rf"</{match.group(1)}\s*>", re.IGNORECASE).search(text, match.end())
        stop = close.end() if close else len(text)
        keep = "json" in match.group(0).lower()
        parts.append(text[pos:stop] if keep else text[pos:match.start()])
        pos = stop
    parts.append(text[pos:])
    return "".join(parts)


def _parse(page: str):
    if not _TAG.search(page):
        return None
    # trafilatura refuses a fragment that does not start like a page, so give it one.
    if "<html" not in page[:50].lower():
        page = f"<html><body>{page}</body></html>"
    return trafilatura.load_html(page)


def _read_hints(tree) -> _Hints:
    page_title = _clean(" ".join(tree.xpath("//head//title//text()") or tree.xpath("(//title)[1]//text()")))
    evidence = tree.xpath(f"//h1//text() | //head//meta[{_TITLE_META}]/@content")
    evidence = frozenset(_key(t) for t in evidence + [page_title or ""] if t.strip())
    return _Hints(published=published_date(tree), page_title=page_title,
                  title_evidence=evidence, language=_language(tree),
                  section=_category_link(tree), captions=drop_captions(tree),
                  password=bool(tree.xpath('//input[@type="password"]')))


def drop_captions(tree) -> tuple[str, ...]:
    """Remove media captions from the tree and return their text.

    A caption is a span, leaf div or figcaption outside any paragraph whose text
    repeats the alt text of an image or video on the page. Paragraphs that happen
    to repeat one, such as a transcript's section heading, stay.

    Examples
    --------
    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     "<html><body><figure><img alt='The summit.'></figure><span>The summit.</span>"
    ...     "<p><i>The summit.</i></p></body></html>")
    >>> drop_captions(page)
    ('The summit.',)
    >>> lxml.html.tostring(page.body)
    b'<body><figure><img alt="The summit."></figure><p><i>The summit.</i></p></body>'
    """
    alts = {_key(alt) for alt in tree.xpath("//img/@alt | //img/@title | //video/@title")}
    alts.discard("")
    if not alts:
        return ()
    removed = {}
    for node in tree.xpath(_CAPTION_XPATH):
        text = normalize_text(node.text_content())
        if len(text) < 1000 and _key(text) in alts and node.getparent() is not None:
            removed[text] = None
            node.drop_tree()
    return tuple(removed)


def published_date(tree) -> dt.date | None:
    """Find the publication date the markup declares, or None.

    Tried in order: ``<head>`` meta tags, JSON-LD ``datePublished``, the first
    element with ``itemprop="datePublished"``, then a ``<time>`` marked or labelled
    as the publication date (``pubdate``, a ``publish`` class, "Published:").

    Examples
    --------
    >>> import lxml.html
    >>> page = lxml.html.fromstring(
    ...     "<html><body><p>Last updated <time datetime='2020-05-02'>May 2</time></p>"
    ...     "<p>Publication date: <time datetime='2020-04-30'>April 30</time></p></body></html>")
    >>> published_date(page)
    datetime.date(2020, 4, 30)
    """
    finders = (_meta_date, _json_ld_date, _itemprop_date, _time_date)
    return next((date for find in finders if (date := find(tree)) is not None), None)


def _meta_date(tree) -> dt.date | None:
    for meta in tree.xpath("//head//meta[@content]"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in _DATE_META and (date := parse_date(meta.get("content"))):
            return date
    return None


def _json_ld_date(tree) -> dt.date | None:
    for script in tree.xpath('//script[contains(@type, "ld+json")]/text()'):
        try:
            found = _find_key(json.loads(script), "datePublished")
        except (ValueError, RecursionError):
            continue
        if date := parse_date(found):
            return date
    return None


def _find_key(obj, key: str, depth: int = 0):
    if depth > 8:
        return None
    if isinstance(obj, dict):
        if isinstance(obj.get(key), str):
            return obj[key]
        obj = list(obj.values())
    if isinstance(obj, list):
        return next((v for item in obj if (v := _find_key(item, key, depth + 1))), None)
    return None


def _itemprop_date(tree) -> dt.date | None:
    # Document order: the article's own date comes before those of its photos.
    for node in tree.xpath('//*[@itemprop="datePublished"]'):
        if date := parse_date(_date_value(node)):
            return date
    return None


def _time_date(tree) -> dt.date | None:
    for node in tree.xpath("//time"):
        marked = node.get("pubdate") is not None or "publish" in (node.get("class") or "").lower()
        if (marked or _PUBLISHED.search(_label(node))) and (date := parse_date(_date_value(node))):
            return date
    return None


def _label(node) -> str:
    """Return the few words just before an element, such as "Published:"."""
    previous, parent = node.getprevious(), node.getparent()
    if previous is not None:
        before = previous.text_content() + (previous.tail or "")
    elif parent is not None:
        before = parent.text or ""
    else:
        before = ""
    return before[-60:]


def _date_value(node) -> str:
    return node.get("datetime") or node.get("content") or node.text_content()


def _language(tree) -> str | None:
    candidates = [tree.get("lang"), tree.get("xml:lang")]
    candidates += tree.xpath(_LANGUAGE_XPATH)
    for value in candidates:
        if value and (match := re.match(r"\s*([a-zA-Z]{2})(?:[-_\s]|$)", value)):
            return match.group(1).lower()
    return None


def _category_link(tree) -> str | None:
    for link in tree.xpath('//a[contains(concat(" ", normalize-space(@rel), " "), " category ")]'):
        if text := normalize_text(link.text_content()):
            return text
    return None


#: " — 中华人民共和国外交部", " | Site": a site's name after the page title.
_SITE_SUFFIX = re.compile(r"\s+[—–|]\s+[^—–|]*$")


def _to_record(doc, hints: _Hints, path, record, source, encoding) -> Record | Reject:
    doc = doc or Document()
    sitename = site_name(doc.sitename)
    title = clean_title(_pick_title(doc.title, hints), sitename, doc.hostname)
    section = _clean((doc.categories or [None])[0]) or hints.section
    headers = _headers(title, hints.section)
    paragraphs, removed = _split_body(doc.text or "", headers, doc.description)
    problem = _text_problem(paragraphs, hints.password)
    if problem:
        return Reject(path, record, "text", *problem)
    published, date_source = _page_date(hints, doc)
    note = _WEAK_DATE if date_source == "text" else None
    meta, quotes = _meta(doc, sitename, encoding), ()
    press = press_conference(paragraphs, title or hints.page_title)
    if press is not None:  # a transcript: its turns, and the date its title names (never a footer's)
        quotes = press.quotes
        title = _SITE_SUFFIX.sub("", title or hints.page_title or "") or None
        published, date_source, note = press.dated(published, date_source, note)
        if press.spokesperson:
            meta["spokesperson"] = press.spokesperson
    elif _BRIEFING.search(title or hints.page_title or ""):
        meta["turns_note"] = ("the title names a press conference or briefing, but no speaker turns were found: "
                              "kept as the outlet's own words")
    return Record(
        text=PARAGRAPH_SEP.join(paragraphs), raw_path=path, record=record,
        source=source or sitename or url_host(_absolute(doc.url)), published=published,
        year=published.year if published else None, title=title, author=_clean(doc.author),
        section=section, url=_absolute(doc.url), language=hints.language or doc.language,
        removed=tuple(Removed(c, "caption") for c in hints.captions) + tuple(removed),
        quotes=quotes, meta=meta, date_source=date_source, date_note=note)


_BRIEFING = re.compile(r"\b(?:Press Conference|Press Briefing|Briefing)\b|记者会|吹风会", re.IGNORECASE)
_WEAK_DATE = "the date was found in the page's text, not in its title, markup or address: check it"


def _page_date(hints: _Hints, doc) -> tuple[dt.date | None, str | None]:
    """The page's date and where it came from: its markup, then its address, then its text."""
    if hints.published is not None:
        return hints.published, "metadata"
    if (found := url_date(doc.url)) is not None:
        return found, "url"
    if (found := parse_date(doc.date)) is not None:
        return found, "text"
    return None, None


def _text_problem(paragraphs: list[str], password: bool) -> tuple[str, str] | None:
    if not paragraphs:
        return _NOT_ARTICLE
    # Real items can be six words long, so only a password field makes short text suspect.
    if password and sum(len(p.split()) for p in paragraphs) < 30:
        return _LOGIN_PAGE
    return None


def _split_body(text: str, headers: set, description) -> tuple[list[str], list[Removed]]:
    """Keep body paragraphs; set aside repeats of the page header and description."""
    kept, removed = [], []
    for para in normalize_paragraphs(text.split("\n")):
        reason = _repeat_reason(_key(para), headers, description, first=not kept)
        if reason:
            removed.append(Removed(para, reason))
        else:
            kept.append(para)
    return kept, removed


def _repeat_reason(key: str, headers: set, description, first: bool) -> str | None:
    if key in headers:
        return "title_repeat"
    # Many sites reuse their first paragraph as the description: only a later repeat goes.
    if description and not first and key == _key(description):
        return "description_repeat"
    return None


def _headers(title, section) -> set:
    """Return the keys of the title line, alone and after the section link ("News <title>")."""
    if not title:
        return set()
    return {_key(title), _key(f"{section} {title}")} if section else {_key(title)}


def _pick_title(found, hints: _Hints) -> str | None:
    """Keep trafilatura's title when the markup backs it; otherwise take the <title>.

    Without title meta tags or a single <h1>, trafilatura falls back to elements
    with "title" in their class, which can be a sidebar heading.
    """
    if not found or not hints.page_title:
        return found or hints.page_title
    key = _key(found)
    backed = key in _key(hints.page_title) or any(key in e for e in hints.title_evidence)
    return found if backed else hints.page_title


def clean_title(title, sitename=None, hostname=None) -> str | None:
    """Normalize a title and strip the site's name when the title ends or starts with it.

    Examples
    --------
    >>> clean_title("Meeting with the Government • President of Russia", "President of Russia")
    'Meeting with the Government'
    >>> clean_title("Reuters - Talks resume in Doha", "Reuters")
    'Talks resume in Doha'
    >>> clean_title("Why Russia - Ukraine talks failed", "The Courier")
    'Why Russia - Ukraine talks failed'
    """
    title = _clean(title)
    if not title:
        return None
    for name in filter(None, (_clean(sitename), hostname)):
        site = re.escape(name)
        stripped = re.sub(rf"^(.+?){_SEPARATOR}{site}$|^{site}{_SEPARATOR}(.+)$",
                          lambda m: m.group(1) or m.group(2), title, flags=re.IGNORECASE)
        if stripped != title:
            return stripped
    return title


def site_name(found) -> str | None:
    """Normalize a site name, refusing a long one: trafilatura may offer a title fragment.

    Examples
    --------
    >>> site_name("President of Russia"), site_name("@Reuters")
    ('President of Russia', 'Reuters')
    >>> site_name("Russian Popular Front Action Forum. Regions interregional forum") is None
    True
    """
    name = _clean(found)
    return name.lstrip("@") if name and len(name.split()) <= 6 else None


def _meta(doc, sitename, encoding: str) -> dict:
    tags = [t.strip() for tag in doc.tags or [] for t in re.split(r"[,;]", tag) if t.strip()]
    meta = {"description": _clean(doc.description), "sitename": sitename,
            "tags": tags, "encoding": encoding}
    return {key: value for key, value in meta.items() if value}


def _clean(value) -> str | None:
    if not value:
        return None
    return normalize_text(value).replace("\n", " ") or None


def _absolute(url) -> str | None:
    return url if url and re.match(r"https?://", url) else None


def _key(text: str) -> str:
    return " ".join(normalize_text(text).casefold().split()).rstrip(" .")

