"""Find quotations in news prose and attribute each to its speaker.

Direct quotes are the words between double quotation marks (straight, curly or
guillemets) that stand as a clause of their own; a quoted fragment inside reported
speech makes the whole reported clause ``mixed``; indirect speech is found from a
reporting cue (``said``, ``told reporters that``, ``according to``) with a speaker
before or after it. Speakers are parsed into role and name ("Foreign Ministry
spokesman" + "Lin Jian"); a surname, title + surname or pronoun is resolved to
the last full name seen earlier in the document. The cue words live in
``data/quotes/cues.csv`` and the role words in ``data/quotes/role_words.csv``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .._datafiles import read_data_csv
from ._records import QuoteSpan

__all__ = ["extract_quotes", "parse_speaker", "prose_quotes", "Speaker"]

_OPENERS, _CLOSERS, _STRAIGHT = "“«„‟", "”»", '"'
_MARK = re.compile('[“”«»„‟"]')
_TOKEN = re.compile(r"[\w’'.-]*\w\.?|[^\w\s]")
_PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "organisation", "we": "group",
             "i": "person"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these",
                "those", "one", "two", "three", "several", "some", "many", "other", "another"}
_ADVERBS = {"also", "later", "earlier", "again", "then", "further", "previously", "reportedly",
            "repeatedly", "recently", "had", "has", "have", "would", "will", "was", "were",
            "once", "separately", "publicly", "privately", "today", "yesterday", "quickly",
            "has", "simply", "only", "even", "still", "already", "never", "not", "openly",
            "explicitly", "strongly", "firmly", "bluntly", "flatly", "directly"}
_LISTENERS = r"(?:the\s+)?(?:media|press|reporters|journalists|the\s+audience|lawmakers|parliament|" \
             r"state\s+media|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}|him|her|them|us|me)"
_SENT_PUNCT = ".!?"
_ADVERBIALS = r"(?:\s+(?:on\s+[A-Z]\w+|earlier|later|again|also|in\s+a\s+statement|in\s+an\s+interview))*"


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker phrase split into its parts.

    ``kind`` is ``person``, ``organisation``, ``group`` or ``pronoun``.
    """

    surface: str
    name: str | None
    role: str | None
    kind: str


@lru_cache(maxsize=1)
def _role_words() -> dict[str, frozenset]:
    kinds: dict[str, set] = {}
    for row in read_data_csv("quotes/role_words.csv", ("word", "kind")):
        kinds.setdefault(row["word"].lower(), set()).add(row["kind"])
    return {w: frozenset(k) for w, k in kinds.items()}


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, dict[str, str], frozenset]:
    """Return a regex of every cue form, form -> base cue, and the bases that take a listener."""
    forms, listeners = {}, set()
    for row in read_data_csv("quotes/cues.csv", ("cue", "kind", "object")):
        base = row["cue"]
        if row["object"] == "yes":
            listeners.add(base)
        if row["kind"] == "phrase":
            forms[base] = forms[base[0].upper() + base[1:]] = base  # may open a sentence
            continue
        for form in _inflect(base, row.get("forms", "")):
            forms[form] = base
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    # case-sensitive: "States" in "United States" is no cue
    return re.compile(rf"\b(?:{alternation})\b"), forms, frozenset(listeners)


def _inflect(base: str, irregular: str) -> set[str]:
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") else head
    forms = {head + "s", stem + "ed", stem + "ing"}
    if head.endswith("y") and head[-2] not in "aeiou":
        forms = {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    if head in ("say",):
        forms.add(head)  # "officials say"; other base forms collide with nouns ("a report")
    forms |= {f for f in irregular.split("|") if f}
    return {f + tail for f in forms}


def _is_cap(token: str) -> bool:
    return token[:1].isupper() or (token[:1].isdigit() is False and token[:1] in "ÀÁÂÄÉÈÖÜ")


def parse_speaker(phrase: str) -> Speaker | None:
    """Split a speaker phrase into role and name, or return None if it names no speaker.

    Examples
    --------
    >>> parse_speaker("Foreign Ministry spokesman Lin Jian")
    Speaker(surface='Foreign Ministry spokesman Lin Jian', name='Lin Jian', role='Foreign Ministry spokesman', kind='person')
    >>> parse_speaker("the Foreign Ministry")
    Speaker(surface='the Foreign Ministry', name='Foreign Ministry', role=None, kind='organisation')
    >>> parse_speaker("officials").kind, parse_speaker("he").kind, parse_speaker("the plan was") is None
    ('group', 'pronoun', True)
    """
    tokens = _TOKEN.findall(phrase)
    while tokens and tokens[-1].lower() in _ADVERBS:
        tokens.pop()
    if not tokens or len(tokens) > 12:
        return None
    if len(tokens) == 1 and tokens[0].lower() in _PRONOUNS:
        return Speaker(phrase.strip(), None, None, "pronoun")
    words = _role_words()
    if tokens[0].lower() in _DETERMINERS or tokens[0].lower() in ("’s", "'s"):
        tokens = tokens[1:]
    if not tokens or any(t in ",;:" for t in tokens) or tokens[-1] in ("’s", "'s") \
            or tokens[-1].endswith(("’s", "'s")):
        return None
    if "of" in tokens[1:-1] and _is_cap(tokens[tokens.index("of") + 1]):
        # "President Hassan Rouhani of Iran": the name comes before "of", the place joins the role
        at = tokens.index("of")
        head = parse_speaker(_join(tokens[:at]))
        if head is not None and head.kind == "person":
            role = _join(([head.role] if head.role else []) + tokens[at:])
            return Speaker(phrase.strip(), head.name, role, "person")
    name = []
    for token in reversed(tokens):
        kinds = words.get(token.lower(), frozenset())
        if _is_cap(token) and not kinds and token not in ("’s", "'s"):
            name.insert(0, token)
        else:
            break
    role_tokens = tokens[: len(tokens) - len(name)]
    role = _join(role_tokens) or None
    last = tokens[-1].lower()
    if name:
        if role_tokens and not all(_is_cap(t) or words.get(t.lower()) or t in ("’s", "'s", "-", "of", "and")
                                   for t in role_tokens):
            return None
        return Speaker(phrase.strip(), _join(name), role, "person")
    if "body" in words.get(last, ()) and _is_cap(tokens[-1]):
        return Speaker(phrase.strip(), _join(tokens), None, "organisation")
    if words.get(last, frozenset()) & {"group", "role", "body", "title"}:
        if all(t.isalpha() or t in ("’s", "'s", "-") for t in tokens):
            return Speaker(phrase.strip(), None, _join(tokens), "group")
    return None


def _join(tokens: list[str]) -> str:
    text = " ".join(tokens)
    return re.sub(r"\s+(’s|'s)\b", r"\1", text).replace(" - ", "-")


@dataclass
class _Quote:
    start: int
    end: int
    flags: str | None = None
    kind: str = "direct"
    speaker: Speaker | None = None
    cue: str | None = None
    attribution: str = "unresolved"
    cue_pos: int = -1


@dataclass
class _Context:
    """What a document has said so far: people named, with position and role."""

    text: str
    people: list[tuple[int, str, str | None]] = field(default_factory=list)

    def add(self, pos: int, name: str, role: str | None) -> None:
        self.people.append((pos, name, role))

    def before(self, pos: int) -> list[tuple[int, str, str | None]]:
        return [p for p in self.people if p[0] < pos]

    def full_name(self, name: str, pos: int) -> tuple[str, str | None] | None:
        """Resolve a surname (or any partial name) to the last full name seen before ``pos``."""
        part = name.split()[-1]
        for _, full, role in reversed(self.before(pos)):
            words = full.split()
            # family name last (Joe Biden) or first (Lin Jian, Xi Jinping)
            if full != name and len(words) > 1 and part in (words[-1], words[0]):
                return full, role
        return None

    def last_person(self, pos: int) -> tuple[str, str | None] | None:
        people = self.before(pos)
        return (people[-1][1], people[-1][2]) if people else None


_NAME_RUN = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'-]*\.?\s+){1,5}[A-Z][\w’'-]*")


def _scan_people(ctx: _Context, exclude=frozenset()) -> None:
    """Note every 'role + First Last' name in the text, so later surnames and pronouns resolve."""
    for match in _NAME_RUN.finditer(ctx.text):
        speaker = parse_speaker(match.group(0))
        if speaker and speaker.kind == "person" and len(speaker.name.split()) >= 2 \
                and not any(t.lower() in exclude for t in speaker.name.split()):
            offset = match.start() + match.group(0).rfind(speaker.name.split()[0])
            ctx.add(offset, speaker.name, speaker.role)


def _find_marks(text: str, start: int, end: int, carried_open: bool) -> list[_Quote]:
    quotes, inside = [], start - 1 if carried_open else None
    for match in _MARK.finditer(text, start, end):
        mark, pos = match.group(0), match.start()
        if mark in _OPENERS or (mark == _STRAIGHT and inside is None):
            if inside is not None:
                quotes.append(_Quote(inside + 1, pos, "unclosed"))
            inside = pos
        elif inside is not None:
            quotes.append(_Quote(inside + 1, pos, "reopened" if inside < start else None))
            inside = None
    if inside is not None:
        quotes.append(_Quote(inside + 1, end, "unclosed"))
    return [_strip(q, text) for q in quotes if text[q.start:q.end].strip()]


def _strip(q: _Quote, text: str) -> _Quote:
    span = text[q.start:q.end]
    q.start += len(span) - len(span.lstrip())
    q.end -= len(span) - len(span.rstrip())
    return q


def _standalone(text: str, q: _Quote, para_start: int) -> bool:
    before = text[para_start:q.start - 1].rstrip()
    if not before or before[-1] in ",:;—–-([" or before[-1] in _SENT_PUNCT or before[-1] in _CLOSERS + _STRAIGHT:
        return True
    last_word = before.split()[-1] if before.split() else ""
    return bool(_cues()[0].fullmatch(last_word))


def _np_before(text: str, end: int, floor: int) -> str:
    """The phrase just left of ``end``, back to a clause boundary."""
    region = text[floor:end]
    cut = max(region.rfind(c) for c in (",", ";", ":", "“", "”", '"', "(", "—", "–"))
    for stop in (". ", "! ", "? "):
        if region.rfind(stop) >= 0:
            cut = max(cut, region.rfind(stop) + 1)
    for joiner in (" and ", " but ", " while ", " as ", " that ", " after ", " when ", " because "):
        j = region.rfind(joiner)
        if j > cut:
            cut = j + len(joiner) - 1
    return region[cut + 1:].strip()


def _np_after(text: str, start: int, ceiling: int) -> str:
    region = text[start:ceiling]
    stop = re.search(r"[,.;:!?“”\"()—–]|\s(?:on|in|at|during|after|before|when|while|who|which|to|as)\s",
                     region)
    return (region[: stop.start()] if stop else region).strip()


def _attribute_after(text: str, q: _Quote, limit: int) -> bool:
    """``"...," Lin said`` or ``"...," said Lin``: look right of the closing mark."""
    cue_re = _cues()[0]
    region_start = q.end + 1
    head = re.match(r"[\s,.!?]*", text[region_start:limit])
    pos = region_start + head.end()
    window = text[pos:limit]
    first = cue_re.match(window)
    if first:  # inverted: said Lin
        speaker = parse_speaker(_np_after(text, pos + first.end(), limit))
        if speaker:
            q.speaker, q.cue, q.cue_pos = speaker, first.group(0), pos + first.start()
            return True
    for cue in cue_re.finditer(window[:120]):
        speaker = parse_speaker(text[pos:pos + cue.start()])
        if speaker:
            q.speaker, q.cue, q.cue_pos = speaker, cue.group(0), pos + cue.start()
            return True
        break
    return False


def _attribute_before(text: str, q: _Quote, floor: int) -> bool:
    """``Lin said: "..."``, ``Lin told reporters that "..."`` or ``According to Lin, "..."``."""
    cue_re, forms, _ = _cues()
    region = text[floor:q.start - 1]
    tail = re.search(r"(?:\s+(?:that|" + _LISTENERS + r"))*\s*[,:]?\s*$", region)
    cues = [m for m in cue_re.finditer(region) if m.end() >= len(region) - 60]
    for cue in reversed(cues):
        rest = region[cue.end():]
        if not re.fullmatch(r"(?:\s+(?:that|" + _LISTENERS + r"|on\s+\w+|in\s+a\s+statement))*\s*[,:]?\s*",
                            rest):
            continue
        if forms.get(cue.group(0).lower()) == "according to":
            speaker = parse_speaker(_np_after(text, floor + cue.end(), q.start - 1))
        else:
            speaker = parse_speaker(_np_before(text, floor + cue.start(), floor))
        if speaker:
            q.speaker, q.cue, q.cue_pos = speaker, cue.group(0), floor + cue.start()
            return True
    del tail
    return False


def _sentence_bounds(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    i = bisect_right([s for s, _ in sentences], pos) - 1
    return sentences[max(i, 0)] if sentences else (0, 0)


def _indirect(text: str, sent: tuple[int, int], taken: list[_Quote], fragments: list[_Quote]) -> _Quote | None:
    """Reported speech in one sentence: ``X said (that) ...``, ``according to X, ...``, ``..., X said``."""
    cue_re, forms, listeners = _cues()
    start, end = sent
    for cue in cue_re.finditer(text, start, end):
        if any(q.start - 1 <= cue.start() < q.end + 1 or cue.start() == q.cue_pos for q in taken + fragments):
            continue
        base = forms.get(cue.group(0).lower(), cue.group(0).lower())
        if base == "according to":
            quote = _according_to(text, cue, start, end)
        else:
            quote = _reported(text, cue, start, end, base in listeners)
        if quote is None:
            continue
        if any(q.start >= quote.start and q.end <= quote.end for q in taken):
            continue
        inner = [f for f in fragments if f.start >= quote.start and f.end <= quote.end]
        quote.kind = "mixed" if inner else "indirect"
        return quote
    return None


def _content_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    span = text[start:end]
    lead = len(span) - len(span.lstrip(" ,:"))
    body = span.strip(" ,:").rstrip(".!?")
    if len(body.split()) < 3 or body[:1] in _OPENERS + _STRAIGHT:
        return None
    return start + lead, start + lead + len(body)


def _reported(text: str, cue, start: int, end: int, takes_listener: bool) -> _Quote | None:
    speaker = parse_speaker(_np_before(text, cue.start(), start))
    if speaker is None:
        return None
    after = cue.end()
    listener = r"(?:\s+" + _LISTENERS + r")?" if takes_listener else ""
    skip = re.match(listener + _ADVERBIALS + r"(?:\s+that\b)?", text[after:end])
    span = None if text[after + skip.end():].startswith(",") else _content_span(text, after + skip.end(), end)
    if span is None:  # "..., officials said." : the content comes first
        left = text[start:cue.start()].rstrip()
        phrase = _np_before(text, cue.start(), start)
        comma = left.rfind(",", 0, len(left) - len(phrase))
        if comma <= 0 or text[start + comma - 1] in _CLOSERS + _STRAIGHT:
            return None
        span = _content_span(text, start, start + comma)
        if span is None or any(m in text[span[0]:span[1]] for m in _OPENERS + _CLOSERS + _STRAIGHT):
            return None
    return _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0), "adjacent_cue", cue.start())


def _according_to(text: str, cue, start: int, end: int) -> _Quote | None:
    phrase = _np_after(text, cue.end(), end)
    speaker = parse_speaker(phrase)
    if speaker is None:
        return None
    after_np = text.find(phrase, cue.end()) + len(phrase)
    span = _content_span(text, after_np, end) if cue.start() - start < 3 else _content_span(text, start, cue.start())
    if span is None:
        return None
    return _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0), "adjacent_cue", cue.start())


def _resolve(q: _Quote, ctx: _Context, last: _Quote | None) -> tuple[str | None, str | None]:
    """Return the speaker's canonical name and role, setting how it was attributed."""
    sp = q.speaker
    if sp is None:
        if last is not None and last.speaker is not None:
            q.speaker, q.attribution = last.speaker, "carried_over"
            q.cue = q.cue or None
            return _resolved_name(last, ctx)
        return None, None
    if sp.kind == "pronoun":
        if sp.surface.lower() in ("he", "she", "i"):
            found = ctx.last_person(q.cue_pos if q.cue_pos >= 0 else q.start)
            if found:
                q.attribution = "pronoun"
                return found
        if last is not None and last.speaker is not None and last.speaker.kind != "pronoun":
            q.attribution = "pronoun"
            return _resolved_name(last, ctx)
        return None, None
    if sp.kind == "organisation":
        q.attribution = "organisation"
        return sp.name, None
    if sp.kind == "group":
        q.attribution = "group"
        return None, sp.role
    full = ctx.full_name(sp.name, q.cue_pos if q.cue_pos >= 0 else q.start)
    if full and len(sp.name.split()) == 1:
        q.attribution = "surname"
        return full[0], sp.role if sp.role and not _title_only(sp.role) else full[1]
    q.attribution = "adjacent_cue"
    ctx.add(q.cue_pos if q.cue_pos >= 0 else q.start, sp.name, sp.role)
    return sp.name, sp.role


def _title_only(role: str) -> bool:
    return all("title" in _role_words().get(t.lower(), ()) for t in role.split())


def _resolved_name(q: _Quote, ctx: _Context) -> tuple[str | None, str | None]:
    return getattr(q, "_name", None), getattr(q, "_role", None)


def extract_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                   skip: list[tuple[int, int]] = (), exclude_names=frozenset()) -> list[QuoteSpan]:
    """Find direct, mixed and indirect quotes in a document and attribute them.

    Parameters
    ----------
    text : str
        The normalized document text.
    paragraphs, sentences : list of (start, end)
        Their offsets into ``text``.
    skip : list of (start, end)
        Spans already attributed (transcript turns) that are not searched.
    exclude_names : set of str
        Lower-case words that never start a person's name (country names, demonyms).

    Returns
    -------
    list of QuoteSpan
        In text order. ``speaker_country`` is left empty: :mod:`discourse.corpus._attribution`
        fills it from the actor registry.

    Examples
    --------
    >>> t = "“We agree,” Foreign Minister Wang Yi said. Wang also said that talks would go on next week."
    >>> [(q.kind, t[q.start:q.end], q.speaker, q.attribution) for q in
    ...  extract_quotes(t, [(0, len(t))], [(0, 41), (42, len(t))])]
    [('direct', 'We agree,', 'Wang Yi', 'adjacent_cue'), ('indirect', 'talks would go on next week', 'Wang Yi', 'surname')]
    """
    ctx = _Context(text)
    _scan_people(ctx, exclude_names)
    found: list[_Quote] = []
    carried_open = False
    for p_start, p_end in paragraphs:
        if (p_start, p_end) in skip:
            carried_open = False
            continue
        marks = _find_marks(text, p_start, p_end, carried_open and text[p_start] in _OPENERS + _STRAIGHT)
        carried_open = bool(marks) and marks[-1].flags == "unclosed" and marks[-1].end >= p_end - 1
        direct, fragments = [], []
        for q in marks:
            (direct if _standalone(text, q, p_start) else fragments).append(q)
        for i, q in enumerate(direct):
            nxt = direct[i + 1].start - 1 if i + 1 < len(direct) else p_end
            prev = direct[i - 1].end + 1 if i else p_start
            if not (_attribute_after(text, q, nxt) or _attribute_before(text, q, prev)):
                if len(text[q.start:q.end].split()) < 3 and not re.search(r"[,.!?]$", text[q.start:q.end]):
                    fragments.append(q)
                    q.kind = "fragment"
        direct = [q for q in direct if q.kind == "direct"]
        reported = []
        for sent in sentences:
            if p_start <= sent[0] < p_end:
                quote = _indirect(text, sent, direct, fragments)
                if quote is not None:
                    reported.append(quote)
        found.extend(direct + reported)
    return _finish(sorted(found, key=lambda q: q.start), ctx, paragraphs)


def _finish(quotes: list[_Quote], ctx: _Context, paragraphs) -> list[QuoteSpan]:
    out, last = [], None
    para_starts = [s for s, _ in paragraphs]
    for q in quotes:
        if q.speaker is None and last is not None:
            gap = bisect_right(para_starts, q.start) - bisect_right(para_starts, last.start)
            if gap > 1:
                last = None
        name, role = _resolve(q, ctx, last)
        q._name, q._role = name, role
        if q.speaker is not None:
            last = q
        out.append(QuoteSpan(q.start, q.end, q.kind, name, role, None, _cue_word(q.cue),
                             q.speaker.surface if q.speaker else None, q.attribution, q.flags))
    return out


def _cue_word(cue: str | None) -> str | None:
    return " ".join(cue.split()) if cue else None


def prose_quotes(text: str, paragraphs, sentences, turns=()) -> list[QuoteSpan]:
    """Extract quotes from the paragraphs of a document that no transcript turn covers."""
    covered = [(q.start, q.end) for q in turns]
    skip = [(s, e) for s, e in paragraphs if any(a < e and s < b for a, b in covered)]
    if len(skip) == len(paragraphs):
        return []
    return extract_quotes(text, paragraphs, sentences, skip=skip)
