"""Load official transcripts: White House briefings (Markdown) and Kremlin news items (JSONL).

Both loaders find speaker turns ("MR. KIRBY: ...", "Q ...", "Vladimir Putin: ...") and
record each as a :class:`QuoteSpan` of kind ``"turn"`` whose offsets cover the utterance
(the label stays in the text, outside the span). Labels are resolved to canonical
speakers with :mod:`discourse.corpus._speakers`. Neither loader raises on bad content:
each input document yields exactly one :class:`Record` or :class:`Reject`.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

import yaml

from .._errors import InputError
from ._dates import parse_date
from ._normalize import decode, normalize_paragraphs, normalize_text
from ._records import PARAGRAPH_SEP, QuoteSpan, Record, Reject
from ._speakers import (FullNames, Speaker, SpeakerTable, anonymous_role, country_of,
                        has_honorific, looks_like_speaker, role_country, split_role_name,
                        tidy_label)

__all__ = ["read_whitehouse_markdown", "read_kremlin_jsonl", "looks_like_kremlin", "unify_speakers"]

WHITEHOUSE_SOURCE = "The White House"
KREMLIN_SOURCE = "President of Russia"

_MD_LINK = re.compile(r"!?(?<!\\)\[([^\]\n]*)\]\([^)\s]*\)")
_MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: Struck-out words of a corrected transcript ("Mr. <s>Jenkins</s> [Hankins]"): not what was said.
_STRUCK = re.compile(r"<(s|del|strike)>.*?</\1>\s?", re.IGNORECASE | re.DOTALL)
_WH_QUESTION = re.compile(r"^Q(?:[:.]?\s+|[:.]?$)")
_WH_LABEL = re.compile(r"^(?P<label>[A-Z][^a-z\d:]{0,80}?)\s*:(?:\s+|$)")
_TIME_STAMP = re.compile(r"^(?:END\s*)?\d{1,2}:\d{2}\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,4})?\.?$", re.I)
_KREMLIN_LABEL = re.compile(r"^(?P<label>[^:\n]{1,250}?):(?:\s+|$)")
_SEPARATOR = re.compile(r"^[\W_]*$")


class _Bad(Exception):
    """A document that cannot be loaded; carries the fields of its :class:`Reject`."""

    def __init__(self, field: str, reason: str, fix: str):
        super().__init__(reason)
        self.field, self.reason, self.fix = field, reason, fix


@dataclass
class _Turn:
    para: int  # index of the paragraph holding the label
    start: int  # offset of the utterance inside that paragraph
    label: str
    speaker: Speaker
    last: int = -1  # index of the turn's last paragraph


# ---------------------------------------------------------------- shared

def _offsets(paragraphs: list[str]) -> list[int]:
    starts, pos = [], 0
    for para in paragraphs:
        starts.append(pos)
        pos += len(para) + len(PARAGRAPH_SEP)
    return starts


def _spans(paragraphs: list[str], turns: list[_Turn]) -> tuple[QuoteSpan, ...]:
    """Turn paragraph-level turns into quote spans over the joined text."""
    starts, spans = _offsets(paragraphs), []
    for turn in turns:
        start = starts[turn.para] + turn.start
        end = starts[turn.last] + len(paragraphs[turn.last])
        if turn.start >= len(paragraphs[turn.para]) and turn.last > turn.para:
            start = starts[turn.para + 1]
        if end > start:
            s = turn.speaker
            spans.append(QuoteSpan(start, end, "turn", s.name, s.role, s.country, None, turn.label))
    return tuple(spans)


def _unexpected(path: str, record: str, exc: Exception) -> Reject:
    """The reject for a failure no check foresaw: the input is kept, the bug reported."""
    return Reject(path, record, "", f"could not be read ({type(exc).__name__}: {exc})",
                  "report this input to the discourse developers")


def _close_turns(turns: list[_Turn], ends: set[int], n: int) -> list[_Turn]:
    """Let each turn run until the next turn, or a paragraph that ends turns."""
    ends = sorted(ends)
    for i, turn in enumerate(turns):
        stop = turns[i + 1].para if i + 1 < len(turns) else n
        k = bisect_right(ends, turn.para)  # the first end after the turn's label
        turn.last = (ends[k] if k < len(ends) and ends[k] < stop else stop) - 1
    return turns


# ---------------------------------------------------------------- White House

def read_whitehouse_markdown(path: str, data: bytes, *, source: str | None = None,
                             record: str = "") -> Iterator[Record | Reject]:
    """Read one White House briefing in Markdown with YAML front matter.

    The front matter (between the first two ``---`` lines) gives ``published``
    (``date``, else ``published_time``), ``url`` (``source_url``), ``title`` and
    ``section`` (``tags``). The body's blank-line separated paragraphs are
    unwrapped, their Markdown escapes and links undone, normalized and joined by
    :data:`PARAGRAPH_SEP`. A paragraph that opens with an upper-case label and a
    colon ("MR. KIRBY:", "SENIOR ADMINISTRATION OFFICIAL:") or with ``Q`` starts a
    speaker turn, which runs until the next label or a time stamp ("2:30 P.M. EST").

    Speakers are resolved within the document: a label's surname is matched with
    a full name in the title or body ("MR. KIRBY" -> "John Kirby", a misspelled
    "MR. SULLIAN" -> "Jake Sullivan"), whose role is the title words before it
    ("National Security Communications Advisor"; a leading "White House" is dropped).
    A surname nobody names in full stays a surname ("MR. SMITH" -> "Smith"). A
    role-only label keeps no name and its tidied form as the role
    ("SENIOR ADMINISTRATION OFFICIAL" -> role "Senior Administration Official");
    "THE PRESIDENT" is the president the title names, if any. Questions ("Q") have
    no speaker and role "journalist". Administration officials get country "USA".
    To give each person one name across many briefings, pass all the items to
    :func:`unify_speakers`.

    Parameters
    ----------
    path : str
        Named in the record and in rejects.
    data : bytes
        The file's bytes.
    source : str, optional
        Defaults to "The White House".
    record : str
        Where in ``path`` the file is (such as ``"member 'x.md'"`` for a tarball).

    Yields
    ------
    Record or Reject
        Exactly one.

    Examples
    --------
    >>> md = (b"---\\ntitle: Press Gaggle by National Security Communications Advisor John Kirby\\n"
    ...       b"date: '2024-03-04'\\n---\\n\\nMR. KIRBY:  Good afternoon.\\n\\n"
    ...       b"Q\\xc2\\xa0 Thanks.\\n")
    >>> rec = next(read_whitehouse_markdown("a.md", md))
    >>> [(q.label, q.speaker, q.speaker_role, rec.text[q.start:q.end]) for q in rec.quotes]
    [('MR. KIRBY', 'John Kirby', 'National Security Communications Advisor', 'Good afternoon.'),
     ('Q', None, 'journalist', 'Thanks.')]
    >>> next(read_whitehouse_markdown("b.md", b"no front matter")).field
    'front matter'

    See Also
    --------
    unify_speakers : link speakers across a whole corpus of briefings.
    """
    try:
        yield _whitehouse_record(path, data, source or WHITEHOUSE_SOURCE, record)
    except _Bad as bad:
        yield Reject(path, record, bad.field, bad.reason, bad.fix)
    except MemoryError:  # the machine, not this input: the run stops, no reject row
        raise
    except Exception as exc:  # noqa: BLE001 - a loader must yield, not raise, on any input
        yield _unexpected(path, record, exc)


def _whitehouse_record(path: str, data: bytes, source: str, record: str) -> Record:
    text = _decode(path, data)
    meta, body = _front_matter(text)
    title = normalize_text(str(meta["title"])) if meta.get("title") else None
    published = parse_date(meta.get("date")) or parse_date(meta.get("published_time"))
    raw_date = meta.get("date", meta.get("published_time"))
    if published is None and raw_date not in (None, ""):
        raise _Bad("date", f"unparseable or impossible date {str(raw_date)[:40]!r} in the front matter",
                   "write the date as YYYY-MM-DD, or leave it out")
    paragraphs = _md_paragraphs(body)
    if not paragraphs:
        raise _Bad("text", "the briefing has front matter but no body text",
                   "check that the transcript follows the closing '---' line")
    turns = _whitehouse_turns(paragraphs, title or "")
    tags = meta.get("tags")
    tags = ", ".join(map(str, tags)) if isinstance(tags, list) else (str(tags) if tags else None)
    return Record(
        text=PARAGRAPH_SEP.join(paragraphs), raw_path=path, record=record, source=source,
        published=published, year=published.year if published else None, title=title, date_source="metadata",
        section=tags,
        url=str(meta["source_url"]) if meta.get("source_url") else None,
        quotes=_spans(paragraphs, turns))


def _decode(path: str, data: bytes) -> str:
    try:
        return decode(data, path)[0]
    except InputError as err:
        raise _Bad("text", err.problem, err.fix) from None


#: The most YAML nodes front matter may expand to (its aliases repeat whole nodes).
MAX_YAML_NODES = 10_000


def _safe_yaml(text: str):
    """Read YAML with the safe loader, refusing aliases that expand to more than ``MAX_YAML_NODES``.

    The safe loader shares an aliased node rather than copying it, so nine nested aliases
    cost nothing to load but 9**9 nodes to print or walk (a "billion laughs").
    """
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None and _node_count(node, {}) > MAX_YAML_NODES:
            raise _Bad("front matter", f"the YAML aliases (*name) expand to more than {MAX_YAML_NODES:,} values",
                       "write the front matter out without aliases")
        return loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def _node_count(node, memo: dict) -> int:
    """How many nodes a YAML node stands for once its aliases are expanded."""
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = MAX_YAML_NODES + 1  # an alias of an enclosing node expands without end
    children = node.value if isinstance(node.value, list) else []
    items = [c for pair in children for c in pair] if isinstance(node, yaml.MappingNode) else children
    memo[id(node)] = min(1 + sum(_node_count(c, memo) for c in items), MAX_YAML_NODES + 1)
    return memo[id(node)]


def _front_matter(text: str) -> tuple[dict, str]:
    """Split YAML front matter from the Markdown body."""
    lines = text.lstrip("\ufeff").split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    fix = "start the file with '---', the YAML fields (date, title, source_url, tags), and '---'"
    if first is None or lines[first].strip() != "---":
        raise _Bad("front matter", "missing YAML front matter: the file does not start with '---'",
                   fix)
    close = next((i for i in range(first + 1, len(lines)) if lines[i].strip() == "---"), None)
    if close is None:
        raise _Bad("front matter", "the YAML front matter has no closing '---' line", fix)
    try:
        meta = _safe_yaml("\n".join(lines[first + 1:close]))
    except RecursionError:
        raise _Bad("front matter", "the YAML front matter is nested too deeply",
                   "write the front matter as flat 'key: value' lines") from None
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" (front matter line {where.line + 1})" if where else ""
        problem = getattr(err, "problem", None) or err
        raise _Bad("front matter", f"broken YAML front matter{line}: {problem}",
                   "repair the YAML between the '---' lines") from None
    if not isinstance(meta, dict):
        raise _Bad("front matter",
                   f"the front matter is a YAML {type(meta).__name__}, not a mapping",
                   "write the front matter as 'key: value' lines")
    return meta, "\n".join(lines[close + 1:])


def _md_paragraphs(body: str) -> list[str]:
    """Split a Markdown body into normalized paragraphs, unwrapping hard-wrapped lines."""
    blocks, current = [], []
    for line in body.split("\n"):
        if line.strip():
            current.append(line)
        elif current:
            blocks.append("\n".join(current))
            current = []
    blocks.append("\n".join(current))
    return normalize_paragraphs(_unmark(block) for block in blocks)


def _unmark(text: str) -> str:
    """Undo the Markdown that the briefings use: links, bold, struck-out words and backslash escapes."""
    text = _STRUCK.sub("", _MD_LINK.sub(r"\1", text)).replace("**", "")
    return _MD_ESCAPE.sub(r"\1", re.sub(r"\\$", "", text, flags=re.M))


def _whitehouse_turns(paragraphs: list[str], title: str) -> list[_Turn]:
    found, ends = [], set()
    for i, para in enumerate(paragraphs):
        q = _WH_QUESTION.match(para)
        m = None if q else _WH_LABEL.match(para)
        if q:
            found.append((i, q.end(), "Q"))
        elif m and len(m.group("label")) >= 2:
            found.append((i, m.end(), m.group("label").strip()))
        elif _TIME_STAMP.match(para):
            ends.add(i)
    starts = dict((i, start) for i, start, _ in found)
    body = PARAGRAPH_SEP.join(p[starts.get(i, 0):] for i, p in enumerate(paragraphs))
    people = _WhiteHouseSpeakers(title, body, Counter(label for _, _, label in found))
    turns = [_Turn(i, start, label, people.speaker(label)) for i, start, label in found
             if people.is_label(label)]
    return _close_turns(turns, ends, len(paragraphs))


class _WhiteHouseSpeakers:
    """Resolve one briefing's labels against the names its title and body give.

    Full names in the title weigh most, then full names in the body, then the
    labels themselves (one per turn), so a misspelled label joins the right person.
    Only the first 1,000 characters of the title are read; the body is indexed once.
    """

    def __init__(self, title: str, body: str, labels: Counter):
        self.title, self.body, self.resolved = title[:1000], body, {}
        self.table = SpeakerTable(host="USA", fuzzy=True)
        acronyms = frozenset(re.findall(r"\b[A-Z]{2,5}\b", body))
        self.tidy = {label: tidy_label(label, acronyms) for label in labels}
        self.split = {label: split_role_name(self.tidy[label]) for label in labels}
        surnames = {name.split()[-1] for name, _ in self.split.values() if name}
        texts = ((FullNames(self.title), 1000), (FullNames(body), 100))
        for surname in sorted(surnames):
            for text, weight in texts:
                for name, role in text.find(surname):
                    self.table.observe(name, _wh_role(role), weight=weight)
        for label, count in sorted(labels.items()):
            name, role = self.split[label]
            if name:
                self.table.observe(name, _wh_role(role), weight=count)

    def is_label(self, label: str) -> bool:
        if label == "Q" or anonymous_role(label):
            return True
        name, role = self.split[label]
        if name and (role or len(name.split()) > 1 or has_honorific(label)):
            return True
        if name:  # a bare word ("PSAKI:", "NATO:") is a label only for someone this briefing names
            return len(self.table.canonical(name).split()) > 1
        return bool(role) and looks_like_speaker(self.tidy[label])

    def speaker(self, label: str) -> Speaker:
        """The speaker of a label (worked out once per label: a briefing repeats its labels)."""
        if label not in self.resolved:
            self.resolved[label] = self._speaker(label)
        return self.resolved[label]

    def _speaker(self, label: str) -> Speaker:
        if label == "Q":
            return Speaker(None, anonymous_role("Q"), None)
        name, role = self.split[label]
        if not name:
            return self._role_only(role or self.tidy[label])
        name = self.table.canonical(name)
        role = self.table.role(name)
        return Speaker(name, role, self._country_after(name) or role_country(role, "USA"))

    def _country_after(self, name: str) -> str | None:
        """Find a country the title puts after the name ("Prime Minister Kishida of Japan")."""
        if name.split()[-1] not in self.title:
            return None
        surname = re.escape(name.split()[-1])
        words = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
        m = re.search(rf"\b{surname}\s+of\s+({words})", self.title)
        return country_of(m.group(1)) if m else None

    def _role_only(self, role: str) -> Speaker:
        anonymous = anonymous_role(role)
        if anonymous:
            return Speaker(None, anonymous, None)
        definite = role.lower().startswith("the ")
        role = role[4:] if definite else role
        name = self._named_in_title(role) if definite else None
        country = "USA" if definite else role_country(role, "USA")
        return Speaker(name, _wh_role(role), country)

    def _named_in_title(self, role: str) -> str | None:
        """Find whom the title gives this exact role ("Remarks by President Biden")."""
        pattern = (rf"(?:^|\b(?i:by|and|with|of)\s+)(?i:{re.escape(role)})\s+"
                   r"([A-Z][\w'’-]+)(?:['’]s\b)?(?:\s+([A-Z][\w'’-]+))?")
        for m in re.finditer(pattern, self.title):
            first, second = m.group(1), m.group(2)
            if second and re.search(rf"\b{re.escape(first)}\s+{re.escape(second)}\b", self.body):
                first = f"{first} {second}"
            name, _ = split_role_name(first)
            if name:
                return name
        return None


def _wh_role(role: str | None) -> str | None:
    """Drop the "White House" that prefixes many titles, so one office has one role."""
    if not role:
        return None
    role = re.sub(r"^(?:the\s+)?White\s+House\s+", "", role.strip(), flags=re.I)
    return role or None


# ---------------------------------------------------------------- Kremlin

def looks_like_kremlin(first_obj: dict) -> bool:
    """Tell whether a JSON object looks like an item of the Kremlin news JSONL.

    Examples
    --------
    >>> looks_like_kremlin({"id": 1, "url": "http://en.kremlin.ru/events/president/news/1",
    ...                     "speakers": [], "text": ""})
    True
    >>> looks_like_kremlin({"text": "a", "title": "b"})
    False
    """
    if not isinstance(first_obj, dict) or "text" not in first_obj:
        return False
    if not isinstance(first_obj.get("speakers"), list):
        return False
    return "kremlin.ru" in str(first_obj.get("url", "")) or {"lead", "place"} <= first_obj.keys()


def read_kremlin_jsonl(path: str, data: bytes, *,
                       source: str | None = None) -> Iterator[Record | Reject]:
    """Read Kremlin news items, one JSON object per line.

    Each object has ``id, url, date, title, place, lead, speakers, text``; ``text``
    holds paragraphs separated by ``"\\n"``, and a speaker's turn opens a paragraph
    as ``"Vladimir Putin: utterance"``. A label opens a turn when it is in the
    item's ``speakers`` list (or is a name the file's other items list) and looks
    like a speaker rather than a heading ("Article 1:", "Red Square, May 9:"); a
    turn runs over the following unlabelled paragraphs until the next label, a
    heading or a ``* * *`` separator. Labels split by the scrape
    ("Vladimir: Putin:", "D: mitry Kaistro:") are joined again in the text.

    Speakers are linked across the whole file: "President of Russia Vladimir
    Putin" and "Vladimir Putin" are one speaker "Vladimir Putin" with role
    "President of Russia". A label without a role takes the role the same
    person has elsewhere in the item, else the one seen nearest in time in the
    file. The country comes from the role ("President of Kazakhstan" -> KAZ);
    Russian offices without a country ("Finance Minister") get RUS.

    Parameters
    ----------
    path : str
        Named in records and rejects.
    data : bytes
        The JSONL bytes (UTF-8); gzip-compressed bytes are decompressed first.
    source : str, optional
        Defaults to "President of Russia".

    Yields
    ------
    Record or Reject
        Exactly one per line that is not blank (``line.strip()`` on the bytes),
        with ``record="line N"``; a file that starts like gzip but cannot be
        decompressed yields one reject. ``doc_id`` is None; the Kremlin id is
        kept in ``meta`` as ``kremlin_id`` with ``place`` and ``lead``.

    Examples
    --------
    >>> line = {"id": 7, "url": "http://en.kremlin.ru/events/president/news/7",
    ...         "date": "2019-06-14", "title": "Talks", "place": "Dushanbe", "lead": "",
    ...         "speakers": ["President of Russia Vladimir Putin"],
    ...         "text": "President of Russia Vladimir Putin: Friends,\\nWelcome."}
    >>> data = (json.dumps(line) + "\\n\\n{broken\\n").encode()
    >>> rec, rej = read_kremlin_jsonl("k.jsonl", data)
    >>> q = rec.quotes[0]
    >>> q.speaker, q.speaker_role, q.speaker_country, rec.text[q.start:q.end]
    ('Vladimir Putin', 'President of Russia', 'RUS', 'Friends,\\n\\nWelcome.')
    >>> rej.record, rej.field
    ('line 3', 'line')
    """
    try:
        data = _gunzip(data)
    except _Bad as bad:
        yield Reject(path, "", bad.field, bad.reason, bad.fix)
        return
    items = list(_kremlin_items(path, data))
    table = _kremlin_table(items)
    for number, item in items:
        if isinstance(item, Reject):
            yield item
            continue
        try:
            yield _kremlin_record(path, number, item, table, source or KREMLIN_SOURCE)
        except MemoryError:  # the machine, not this input: the run stops, no reject row
            raise
        except Exception as exc:  # noqa: BLE001 - a loader must yield, not raise, on any input
            yield _unexpected(path, f"line {number}", exc)


def _gunzip(data: bytes) -> bytes:
    if not data.startswith(b"\x1f\x8b"):
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError, ValueError, zlib.error) as err:
        raise _Bad("file", f"the file starts like gzip but cannot be decompressed ({err})",
                   "re-download the file, or gunzip it and check the JSONL inside") from None


@dataclass
class _Item:
    obj: dict
    paragraphs: list[str]
    labels: list[tuple[int, int, str, bool]]  # (paragraph, utterance start, label, listed)
    date: object


def _kremlin_items(path: str, data: bytes):
    """Parse each non-blank line into an :class:`_Item` or a :class:`Reject`."""
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        where = f"line {number}"
        try:
            obj = _json_line(raw, number == 1)
            yield number, _kremlin_item(obj)
        except _Bad as bad:
            yield number, Reject(path, where, bad.field, bad.reason, bad.fix)
        except MemoryError:  # the machine, not this input: the run stops, no reject row
            raise
        except Exception as exc:  # noqa: BLE001
            yield number, _unexpected(path, where, exc)


def _json_line(raw: bytes, first: bool):
    if first and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = decode(raw)[0]
        except InputError:
            raise _Bad("line", "binary bytes, not a line of JSON text",
                       "check that the file is JSONL (one JSON object per line)") from None
    try:
        obj = json.loads(text)
    except (ValueError, RecursionError) as err:  # JSONDecodeError, a number of over 4,300 digits
        problem = "nested too deep" if isinstance(err, RecursionError) else \
            f"{err.msg} at column {err.colno}" if isinstance(err, json.JSONDecodeError) else str(err)[:80]
        raise _Bad("line", f"not valid JSON ({problem})",
                   "repair or remove the line: each line must hold one JSON object") from None
    if not isinstance(obj, dict):
        raise _Bad("line", f"the line holds a JSON {type(obj).__name__}, not an object",
                   "write each item as a JSON object with the fields id, date, title and text")
    return obj


def _kremlin_item(obj: dict) -> _Item:
    text = obj.get("text")
    if text is None:
        raise _Bad("text", "the item has no 'text' field", "add the item's body text as 'text'")
    if not isinstance(text, str):
        raise _Bad("text", f"'text' is a {type(text).__name__}, not a string",
                   "write the body text as one string with paragraphs separated by newlines")
    if not text.strip():
        raise _Bad("text", f"empty text: item {obj.get('id')!r} has no body text "
                   "(a photo or video page)", "nothing to load; drop the item or keep this reject")
    listed = obj.get("speakers")
    if isinstance(listed, list):
        listed = {normalize_text(s) for s in listed if isinstance(s, str)}
    else:
        listed = None
    paragraphs, labels = [], []
    for para in normalize_paragraphs(text.split("\n")):
        para, found = _kremlin_label(para, listed)
        if found:
            labels.append((len(paragraphs),) + found)
        paragraphs.append(para)
    return _Item(obj, paragraphs, labels, parse_date(obj.get("date")))


def _kremlin_label(para: str, listed: set | None) -> tuple[str, tuple | None]:
    """Find a paragraph's label, joining one the scrape split ("Vladimir: Putin:")."""
    m = _KREMLIN_LABEL.match(para)
    if not m:
        return para, None
    label, rest = m.group("label").strip(), para[m.end():]
    in_list = listed is None or label in listed
    joined = _join_split_label(label, rest)
    if joined and (in_list or joined[0] in listed):
        label, rest = joined
        para = f"{label}: {rest}" if rest else f"{label}:"
        return para, (len(label) + 2 if rest else len(para), label, True)
    return para, (m.end(), label, in_list)


def _join_split_label(label: str, rest: str) -> tuple[str, str] | None:
    """Join a label that the scrape cut in two: one word ("Vladimir: Putin:") or a role
    without its name ("President of Kazakhstan: Nursultan Nazarbayev:")."""
    one_word = len(label.split()) == 1
    if anonymous_role(label) or not one_word and split_role_name(label)[0]:
        return None
    m = _KREMLIN_LABEL.match(rest)
    if not m or len(m.group("label").split()) > (25 if one_word else 6):
        return None
    tail = m.group("label").strip()
    glue = "" if len(label) == 1 and tail[:1].islower() else " "
    joined = label + glue + tail
    empty = not rest[m.end():].strip()
    if not looks_like_speaker(joined, empty=empty):
        return None
    if not one_word and not split_role_name(joined)[0]:
        return None
    return joined, rest[m.end():]


def _kremlin_table(items) -> SpeakerTable:
    """Observe every listed speaker label of the file, with its role and date."""
    table = SpeakerTable(host="RUS")
    for _, item in items:
        if isinstance(item, Reject):
            continue
        for para, start, label, listed in item.labels:
            if listed and looks_like_speaker(label, empty=start >= len(item.paragraphs[para])):
                name, role = split_role_name(label)
                if name:
                    table.observe(name, role, item.date)
    return table


def _kremlin_record(path: str, number: int, item: _Item, table: SpeakerTable,
                    source: str) -> Record:
    obj, paragraphs = item.obj, item.paragraphs
    turns, ends = _kremlin_turns(item, table)
    ends |= {i for i, p in enumerate(paragraphs) if _SEPARATOR.match(p)}
    title = obj.get("title")
    return Record(
        text=PARAGRAPH_SEP.join(paragraphs), raw_path=path, record=f"line {number}", source=source,
        published=item.date, year=item.date.year if item.date else None, date_source="column",
        title=normalize_text(title) if isinstance(title, str) and title.strip() else None,
        url=obj.get("url") if isinstance(obj.get("url"), str) else None,
        quotes=_spans(paragraphs, _close_turns(turns, ends, len(paragraphs))),
        meta={"kremlin_id": obj.get("id"), "place": obj.get("place"), "lead": obj.get("lead")})


def _kremlin_turns(item: _Item, table: SpeakerTable) -> tuple[list[_Turn], set[int]]:
    """Decide which labels open turns, and which are headings that close them."""
    accepted, ends = [], set()
    for para, start, label, listed in item.labels:
        empty = start >= len(item.paragraphs[para])
        known = listed or _known_name(label, table)
        if known and looks_like_speaker(label, empty=empty):
            accepted.append((para, start, label))
        elif listed:
            ends.add(para)
    roles = _roles_in_item(accepted, table)
    turns = [_Turn(p, s, label, _kremlin_speaker(label, roles, table, item.date))
             for p, s, label in accepted]
    return turns, ends


def _known_name(label: str, table: SpeakerTable) -> bool:
    """Tell whether an unlisted label is the bare full name of a speaker the file lists."""
    name, role = split_role_name(label)
    return bool(name) and not role and len(name.split()) > 1 and name in table


def _roles_in_item(accepted, table: SpeakerTable) -> dict[str, str]:
    roles = {}
    for _, _, label in accepted:
        name, role = split_role_name(label)
        if name and role:
            roles.setdefault(table.canonical(name), role)
    return roles


def _kremlin_speaker(label: str, roles: dict, table: SpeakerTable, date) -> Speaker:
    anonymous = anonymous_role(label)
    if anonymous:
        return Speaker(None, anonymous, None)
    name, role = split_role_name(label)
    if name:
        name = table.canonical(name)
        role = role or roles.get(name) or table.role(name, date)
    return Speaker(name, role, role_country(role, "RUS"))


# ---------------------------------------------------------------- a whole corpus

def unify_speakers(items: Iterable[Record | Reject],
                  host: str | None = None) -> list[Record | Reject]:
    """Give each person one canonical name, and a role, across a whole corpus of transcripts.

    The loaders resolve labels within one briefing or one JSONL file, so a
    briefing that never names Jeff Zients in full leaves "MR. ZIENTS" as "Zients".
    This links such surnames and variants to the full name that the other
    documents use (see :class:`SpeakerTable`), fills a missing role with the
    role seen nearest in time, and a missing country from that role.
    Rejects pass through unchanged, so the number of items stays the same.

    Parameters
    ----------
    items : iterable of Record or Reject
    host : str, optional
        ISO3 code of the government whose transcripts these are ("USA", "RUS").

    Returns
    -------
    list of Record or Reject

    Examples
    --------
    >>> a = Record("Hello.", "a.md",
    ...            quotes=(QuoteSpan(0, 6, "turn", "Jeff Zients", "Chief of Staff"),))
    >>> b = Record("Thanks.", "b.md", quotes=(QuoteSpan(0, 7, "turn", "Zients"),))
    >>> [(q.speaker, q.speaker_role, q.speaker_country) for r in unify_speakers([a, b], "USA")
    ...  for q in r.quotes]
    [('Jeff Zients', 'Chief of Staff', 'USA'), ('Jeff Zients', 'Chief of Staff', 'USA')]
    """
    items = list(items)
    table = speaker_table((rec for rec in items if isinstance(rec, Record)), host)
    return [relink(item, table) if isinstance(item, Record) else item for item in items]


def speaker_table(records: Iterable[Record], host: str | None = None) -> SpeakerTable:
    """Learn one canonical name per person from every speaker the records' quotes name.

    This is the first half of :func:`unify_speakers`; a streaming loader calls it on a
    first pass over the inputs and :func:`relink` on the second.
    """
    table = SpeakerTable(host=host)
    sightings = [(rec.published, q.speaker, q.speaker_role) for rec in records for q in rec.quotes
                 if q.speaker]
    for full in (True, False):  # full names first, so that surnames can join them
        for date, speaker, role in sightings:
            if (len(speaker.split()) > 1) == full:
                table.observe(speaker, role, date)
    return table


def relink(rec: Record, table: SpeakerTable) -> Record:
    """Give a record's quote speakers the canonical names, roles and countries of ``table``."""
    quotes = []
    for q in rec.quotes:
        if q.speaker:
            name = table.canonical(q.speaker)
            role = q.speaker_role or table.role(name, rec.published)
            q = replace(q, speaker=name, speaker_role=role,
                        speaker_country=q.speaker_country or role_country(role, table.host))
        quotes.append(q)
    return replace(rec, quotes=tuple(quotes))
