"""Tell who speaks in a transcript: split speaker labels into names and roles, and link variants.

A transcript labels its turns in many ways: ``"President of Russia Vladimir Putin"``,
``"Vladimir Putin"``, ``"MR. KIRBY"``, ``"SENIOR ADMINISTRATION OFFICIAL"``, ``"Q"``.
The functions here turn a label into a person's name and a role, find a country in a
role, and :class:`SpeakerTable` links the variants of one person to one canonical name.
The words they rely on live in ``discourse/data/speakers/`` (``roles.csv``, ``countries.csv``).
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Speaker", "SpeakerTable", "split_role_name", "tidy_label", "anonymous_role",
           "has_honorific", "country_of", "role_country", "looks_like_speaker",
           "find_full_names", "FullNames"]

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})
_PAREN = re.compile(r"\s*\([^()]*\)")
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.?)?$")
_GLUED_INITIAL = re.compile(r"^[A-Z]\.[A-Z][a-z]")


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who speaks a turn: a canonical person name (or None), a role and an ISO3 country."""

    name: str | None
    role: str | None = None
    country: str | None = None


# ---------------------------------------------------------------- vocabularies (data files)

def _read_csv(name: str) -> list[dict]:
    text = resources.files("discourse.data").joinpath(f"speakers/{name}").read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=1)
def _vocab() -> dict[str, dict[str, dict]]:
    """Return ``{kind: {term: row}}`` from ``roles.csv``."""
    out: dict[str, dict[str, dict]] = {}
    for row in _read_csv("roles.csv"):
        out.setdefault(row["kind"], {})[row["term"]] = row
    return out


def _is(word: str, kind: str) -> bool:
    return _fold(word).rstrip(".,;") in _vocab().get(kind, {})


@lru_cache(maxsize=1)
def _countries() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    """Return a regex matching any country term, and ``{term: (iso3, kind)}``."""
    terms = {row["term"].translate(_APOSTROPHES): (row["iso3"], row["kind"])
             for row in _read_csv("countries.csv")}
    alternation = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w]|\.\w)"), terms


def _fold(text: str) -> str:
    """Case-fold, drop accents and unify apostrophes, for comparing names."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


# ---------------------------------------------------------------- countries

def country_of(text: str | None) -> str | None:
    """Return the ISO3 code of the first country named in a role or phrase.

    Country names, formal names ("People's Republic of China") and demonyms
    ("Kazakh", "French") all count; matching is case-sensitive, so "US" is a
    country and "us" is not.

    Examples
    --------
    >>> country_of("President of Kazakhstan"), country_of("Russian Railways CEO")
    ('KAZ', 'RUS')
    >>> country_of("President of the People’s Republic of China"), country_of("Gazprom CEO")
    ('CHN', None)
    """
    if not text:
        return None
    pattern, terms = _countries()
    match = pattern.search(text.translate(_APOSTROPHES))
    return terms[match.group(0)][0] if match else None


@lru_cache(maxsize=1)
def _international() -> re.Pattern:
    terms = sorted(_vocab()["international"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, terms)) + r")(?![\w-])")


def role_country(role: str | None, host: str | None = None) -> str | None:
    """Return a speaker's country: the one the role names, else the host's for a host office.

    A role with an office word marked ``official`` in ``roles.csv`` ("Finance
    Minister", "Senior Administration Official") and no country of its own is taken
    to belong to the host government, unless it names an international
    organisation ("NATO Secretary General"); so is a role that starts with "The"
    ("The President" in a White House transcript).

    Examples
    --------
    >>> role_country("President of Kazakhstan", host="RUS")
    'KAZ'
    >>> role_country("Finance Minister", "RUS"), role_country("FIFA President", "RUS")
    ('RUS', None)
    >>> role_country("The President", host="USA")
    'USA'
    """
    country = country_of(role)
    if country or not role or not host:
        return country
    words = re.findall(r"[\w'’-]+", role)
    if words and _fold(words[0]) == "the":
        return host
    if _international().search(_fold(role)):
        return None
    official = _vocab()["title"]
    hits = [official[w] for w in map(_fold, words) if w in official]
    return host if any(row["official"] == "1" for row in hits) else None


# ---------------------------------------------------------------- labels

def tidy_label(label: str, acronyms=frozenset()) -> str:
    """Tidy a speaker label: trim it and turn ALL-CAPS words into Title Case.

    Connectors stay lower case ("of", "the"); words listed in ``acronyms`` stay
    upper case. Labels that are mostly lower case are only trimmed.

    Examples
    --------
    >>> tidy_label("  MS. JEAN-PIERRE: ")
    'Ms. Jean-Pierre'
    >>> tidy_label("SECRETARY OF THE TREASURY MCDONOUGH", acronyms={"FBI"})
    'Secretary of the Treasury McDonough'
    >>> tidy_label("President of Russia Vladimir Putin")
    'President of Russia Vladimir Putin'
    """
    label = re.sub(r"\s+", " ", label).strip().rstrip(":").strip()
    letters = [c for c in label if c.isalpha()]
    if sum(c.isupper() for c in letters) < 0.6 * len(letters):
        return label
    words = label.split(" ")
    out = []
    for i, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        if not letters or any(c.islower() for c in letters) or word in acronyms:
            out.append(word)
        elif i and _is(word, "connector"):
            out.append(word.lower())
        else:
            out.append(_title_word(word))
    return " ".join(out)


def _title_word(word: str) -> str:
    word = "-".join(part.capitalize() for part in word.lower().split("-"))
    word = re.sub(r"^(Mc)([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)
    return re.sub(r"^(O['’])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)


def anonymous_role(label: str) -> str | None:
    """Return the role of a label that stands for an unnamed speaker, else None.

    The whole label, or its first word ("Question from Izhevsk"), is looked up
    among the ``anonymous`` terms of ``roles.csv``.

    Examples
    --------
    >>> anonymous_role("Q"), anonymous_role("Question from the hall"), anonymous_role("MR. KIRBY")
    ('journalist', 'questioner', None)
    """
    words = _fold(_PAREN.sub("", label)).strip(" :").split()
    if not words:
        return None
    anonymous = _vocab()["anonymous"]
    row = anonymous.get(" ".join(words)) or anonymous.get(words[0].strip(".,"))
    return row["role"] if row else None


def has_honorific(label: str) -> bool:
    """Tell whether a label opens with a courtesy title ("MR. KIRBY", "Dr Fauci").

    Examples
    --------
    >>> has_honorific("MR. KIRBY"), has_honorific("MS PSAKI"), has_honorific("NATO")
    (True, True, False)
    """
    words = label.split()
    return bool(words) and _is(words[0], "honorific")


def _name_token(word: str) -> bool:
    """Tell whether one word of a label can be part of a person's name."""
    word = word.strip(",;")
    if _INITIAL.match(word) or _GLUED_INITIAL.match(word):
        return True
    if re.match(r"^(?:al|el|ad|as|ash|at)-[A-Z]", word):
        return True
    if not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    if not any(c.islower() for c in word):  # acronyms ("VGTRK") are not names
        return False
    if not re.fullmatch(r"[\w'’.-]+", word) or word.endswith(".") and len(word) > 2:
        return False
    folded = _fold(word).rstrip(".")
    kinds = ("title", "honorific", "org", "connector", "ordinal")
    if any(folded in _vocab().get(k, {}) for k in kinds):
        return False
    titles = _vocab()["title"]
    return not any(folded.endswith("-" + t) for t in titles) and not _misspelt_title(folded)


@lru_cache(maxsize=4096)
def _misspelt_title(word: str) -> bool:
    """Tell whether a long word is a typo of a title word ("adminstrator", "moderter")."""
    if len(word) < 7:
        return False
    long_titles = [t for t in _vocab()["title"] if len(t) >= 7]
    return bool(difflib.get_close_matches(word, long_titles, n=1, cutoff=0.86))


@dataclass
class _Token:
    text: str
    name: bool
    comma: bool  # a comma follows this word
    demonym: bool = False  # in a demonym ("Russian"), which often starts an organisation's name


def _tokens(label: str) -> list[_Token]:
    label = _PAREN.sub("", label).replace("(", " ").replace(")", " ")
    pattern, terms = _countries()
    spans = [(m.start(), m.end(), terms[m.group(0)][1])
             for m in pattern.finditer(label.translate(_APOSTROPHES))]
    out = []
    for m in re.finditer(r"\S+", label):
        kinds = [kind for s, e, kind in spans if s < m.end() and m.start() < e]
        word = m.group(0)
        out.append(_Token(word.rstrip(","), not kinds and _name_token(word), word.endswith(","),
                          "demonym" in kinds))
    return out


def _runs(tokens: list[_Token]) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each stretch of name words (particles allowed inside)."""
    runs, start = [], None
    for i, tok in enumerate(tokens + [_Token("", False, False)]):
        inner = start is not None and _is(tok.text, "particle") and i + 1 < len(tokens) \
            and tokens[i + 1].name
        if tok.name or inner:
            start = i if start is None else start
            if tok.comma:
                runs.append((start, i + 1))
                start = None
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def _pick_name(tokens: list[_Token]) -> tuple[int, int] | None:
    """Choose which run of name words is the speaker's name."""
    n = len(tokens)
    for start, end in _runs(tokens):
        before = tokens[start - 1].text if start else ""
        at_break = end == n or tokens[end - 1].comma
        after = tokens[end].text if end < n else ""
        titled = _is(before, "title") or _misspelt_title(_fold(before))
        if not at_break and not (
                titled and _is(after, "connector") or _is(before, "honorific")):
            continue
        size = end - start
        if _is(before, "connector") and before or start and tokens[start - 1].demonym \
                or _is(before, "org") and size >= 3:
            if size < 3 and not tokens[start - 1].demonym:
                continue  # "the State Duma", "of Transneft"
            return _last_two(tokens, start, end)
        if size >= 2 or start == 0 and end == n or titled or _is(before, "honorific"):
            return _last_two(tokens, start, end) if at_break and size > 3 else (start, end)
    return None


def _last_two(tokens: list[_Token], start: int, end: int) -> tuple[int, int]:
    """Keep the last two name words of a run, with the particles between them ("Lula da Silva")."""
    first, names = end, 0
    while first > start and names < 2:
        first -= 1
        names += not _is(tokens[first].text, "particle")
    return first, end


def split_role_name(label: str) -> tuple[str | None, str | None]:
    """Split a speaker label into ``(name, role)``; either may be None.

    The name is the stretch of capitalized name words that ends the label, ends
    the part before a comma, or follows a title or honorific; the role is the rest
    of the label. Honorifics are dropped, ALL-CAPS labels are tidied first, and
    misspelled title words in the role are spelled right ("MODERTOR").

    Examples
    --------
    >>> split_role_name("President of Russia Vladimir Putin")
    ('Vladimir Putin', 'President of Russia')
    >>> split_role_name("Russian Railways CEO Vladimir Yakunin")
    ('Vladimir Yakunin', 'Russian Railways CEO')
    >>> split_role_name("Tatyana Remezova, reporter at VGTRK")
    ('Tatyana Remezova', 'reporter at VGTRK')
    >>> split_role_name("MR. KIRBY"), split_role_name("SECRETARY MAYORKAS")
    (('Kirby', None), ('Mayorkas', 'Secretary'))
    >>> split_role_name("SENIOR ADMINISTRATION OFFICIAL TWO")
    (None, 'Senior Administration Official')
    >>> split_role_name("President of the People’s Republic of China")
    (None, 'President of the People’s Republic of China')
    """
    tokens = _tokens(_strip_ordinal(_strip_period(tidy_label(label))))
    tokens = [t for t in tokens if not _is(t.text, "honorific") or t.text[:1].islower()]
    picked = _pick_name(tokens)
    if not picked:
        return None, _join(tokens) or None
    before, after = _join(tokens[:picked[0]]), _join(tokens[picked[1]:])
    glue = ", " if tokens[picked[1] - 1].comma and before and after else " "
    return " ".join(t.text for t in tokens[picked[0]:picked[1]]), glue.join(
        filter(None, (before, after))).strip(" ,;") or None


def _join(tokens: list[_Token]) -> str:
    return " ".join(_respell(t.text) + ("," if t.comma else "") for t in tokens).strip(" ,;")


def _respell(word: str) -> str:
    """Spell a misspelled title word right ("MODERTOR" -> "Moderator"); leave others alone."""
    folded = _fold(word)
    known = any(folded in rows or folded[:-1] in rows for rows in _vocab().values())
    if not word[:1].isupper() or known or not _misspelt_title(folded):
        return word  # a known word, a plural of one ("Directors") or no near title
    long_titles = [t for t in _vocab()["title"] if len(t) >= 7]
    return difflib.get_close_matches(folded, long_titles, n=1, cutoff=0.86)[0].capitalize()


def _strip_period(label: str) -> str:
    """Drop a full stop that ends a label ("Vladimir Putin."), but not an initial's."""
    return label[:-1] if label.endswith(".") and not _INITIAL.match(label.split()[-1]) else label


def _strip_ordinal(label: str) -> str:
    words = label.split()
    while len(words) > 1 and (_is(words[-1], "ordinal") or re.fullmatch(r"#?\d+", words[-1])):
        words.pop()
    return " ".join(words)


def looks_like_speaker(label: str, *, empty: bool = False) -> bool:
    """Tell whether the text before a colon is a speaker label rather than a heading.

    Parameters
    ----------
    label : str
        The text before the colon.
    empty : bool
        Nothing follows the colon in the paragraph; headings ("Article 1:",
        "Speech at the awards ceremony:") usually look like that.

    Examples
    --------
    >>> looks_like_speaker("President of Russia Vladimir Putin"), looks_like_speaker("Question")
    (True, True)
    >>> looks_like_speaker("Article 1", empty=True)
    False
    >>> looks_like_speaker("EUROPEAN SECURITY TREATY", empty=True)
    False
    >>> looks_like_speaker("Beginning of meeting with Prime Minister of Hungary Viktor Orban",
    ...                    empty=True)
    False
    """
    label = label.strip()
    if not any(c.isalpha() for c in label) or len(label) > 250 or _sentence_break(label):
        return False
    if anonymous_role(label):
        return True
    words = label.split()
    if empty and (label.isupper() and len(words) > 1 or _lowercase_words(label)):
        return False
    name, role = split_role_name(label)
    if name:
        return not (any(c.isdigit() for c in name) or re.search(r"\d", label) and not
                    label.rstrip().endswith(name))
    return bool(role) and not re.search(r"\d", role) and _role_words(role)


def _sentence_break(label: str) -> bool:
    """Tell whether a full stop inside the label ends a sentence (not "Mr." or "St.")."""
    for m in re.finditer(r"(\w+)[.!?]\s+\S", label):
        word = m.group(1)
        if (len(word) >= 3 or word.islower()) and not _is(word, "honorific"):
            return True
    return False


def _lowercase_words(label: str) -> bool:
    words = re.findall(r"[\w'’-]+", _PAREN.sub("", label))
    return any(w[:1].islower() and not _is(w, "connector") and not _is(w, "particle")
               and not re.match(r"^(?:al|el)-", w) for w in words)


def _role_words(role: str) -> bool:
    """Tell whether a role-only label starts or ends with a title word."""
    words = [w for w in re.findall(r"[\w'’-]+", role) if not _is(w, "connector")]
    return bool(words) and (_is(words[0], "title") or _is(words[-1], "title")
                            or _misspelt_title(_fold(words[-1])))


# ---------------------------------------------------------------- names in running text

def find_full_names(text: str, surname: str) -> list[tuple[str, str | None]]:
    """Find the full names ending in ``surname`` in running text, each with its role phrase.

    The role phrase is the run of capitalized words (and "of", "for", "the", "to", "on")
    just before the name, kept only when it holds a title word.

    Examples
    --------
    >>> find_full_names("Press Briefing by Press Secretary Karine Jean-Pierre and "
    ...                 "National Security Communications Advisor John Kirby", "KIRBY")
    [('John Kirby', 'National Security Communications Advisor')]
    >>> find_full_names("Thanks, Senator Young and Shalanda Young.", "Young")
    [('Shalanda Young', None)]
    >>> find_full_names("Remarks by Governor John Bel Edwards", "EDWARDS")
    [('John Bel Edwards', 'Governor')]
    """
    return FullNames(text).find(surname)


# A capitalized word (and perhaps an initial) before another word: where a full name may end in it.
_BEFORE_WORD = (
    re.compile(r"(?<![\w'’.-])(?=[A-Z][\w'’-]+\s+([\w'’-]+)(?![\w'’-]))"),
    re.compile(r"(?<![\w'’.-])(?=[A-Z][\w'’-]+\s+[A-Z]\.\s+([\w'’-]+)(?![\w'’-]))"))
_ROLE_WORDS = 16  # words read before a name for its role


class FullNames:
    """A text indexed once, so that :func:`find_full_names` of many surnames reads it once.

    Examples
    --------
    >>> FullNames("Remarks by Governor John Bel Edwards").find("EDWARDS")
    [('John Bel Edwards', 'Governor')]
    """

    def __init__(self, text: str):
        # lower-cased word -> where the capitalized words before it start
        self.text, self.after = text, {}
        for pattern in _BEFORE_WORD:
            for m in pattern.finditer(text):
                self.after.setdefault(m.group(1).lower(), []).append(m.start())

    def _matches(self, surname: str):
        plain = re.fullmatch(r"[\w'’-]+", surname)
        places = sorted(set(self.after.get(surname.lower(), ()))) if plain else None
        if places == []:
            return
        pattern = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]+(?:\s+[A-Z]\.)?)\s+"
                             rf"(?i:{re.escape(surname)})(?![\w'’-])")
        if places is None:
            yield from pattern.finditer(self.text)
            return
        last = 0
        for pos in places:  # where pattern.finditer would match
            if pos >= last and (m := pattern.match(self.text, pos)):
                last = m.end()
                yield m

    def find(self, surname: str) -> list[tuple[str, str | None]]:
        """The full names ending in ``surname``, with role phrases (see :func:`find_full_names`)."""
        if not surname or not self.text:
            return []
        text, found = self.text, []
        for m in self._matches(surname):
            given = m.group(1).split()[0]
            if not _name_token(given) or country_of(given):
                continue
            actual = text[m.start(1) + len(m.group(1)):m.end()].strip()
            before = _words_before(text, m.start(), _ROLE_WORDS)
            if len(before) >= 2 and before[-1][-1].isalpha() and _name_token(before[-1]) \
                    and not country_of(before[-1]) \
                    and (_is(before[-2], "title") or _is(before[-2], "org")):  # "Governor John Bel"
                given, before = f"{before[-1]} {m.group(1)}", before[:-1]
            else:
                given = m.group(1)
            found.append((f"{given} {actual}", _role_before(" ".join(before))))
        return found


def _words_before(text: str, pos: int, n: int) -> list[str]:
    """The last ``n`` words of ``text[:pos]``, read from at most 4,096 characters before it."""
    start = max(0, pos - 4096)
    words = text[start:pos].split()
    if start and words and not text[start - 1].isspace() and not text[start].isspace():
        words = words[1:]  # cut in the middle
    return words[-n:]


def _role_before(text: str) -> str | None:
    words = text.split()
    if words and words[-1].endswith(","):  # "Advisor for International Economics, Daleep Singh"
        words[-1] = words[-1][:-1]
    keep: list[str] = []
    for word in reversed(words):
        if word.endswith((",", ";", ":", ".")) and not _INITIAL.match(word) and word != "U.S.":
            break
        if _is(word, "connector"):
            if _fold(word) not in {"of", "for", "the", "to", "on"}:
                break
        elif not word[:1].isupper() or word.endswith(("’s", "'s")):
            break
        keep.append(word)
    while keep and _is(keep[-1], "connector"):
        keep.pop()
    role = " ".join(reversed(keep))
    return role if role and any(_is(w, "title") for w in role.split()) else None


# ---------------------------------------------------------------- linking variants

@dataclass
class _Person:
    forms: Counter = field(default_factory=Counter)
    roles: list = field(default_factory=list)  # (date or None, role, weight)

    def canonical(self) -> str:
        """The most frequent form that has a given name, else the most frequent form."""
        return min(self.forms, key=lambda f: (len(f.split()) < 2, -self.forms[f], -len(f), f))


# A surname is compared with its first _NAMESAKES people, and misspelled surnames are looked for
# among at most _FUZZY_SURNAMES, so that a table of thousands of names still answers at once.
_NAMESAKES = 64
_FUZZY_SURNAMES = 500


class SpeakerTable:
    """Link the variants of each person's name, within one document or across a corpus.

    ``observe`` every name (with its role, date and a weight) first, then ask for
    ``canonical`` names, ``role`` and ``resolve`` labels. Two forms are one person
    when their surnames agree and their given names are compatible: equal, an
    initial of the other ("V. Putin"), one contained in the other ("Tayyip
    Erdogan" in "Recep Tayyip Erdogan") or spelled nearly alike ("Sergei" and
    "Sergey"). A surname alone ("Kirby") goes to the person with that surname (the
    most seen, if several); with ``fuzzy=True`` it may also be misspelled
    ("SULLIAN"). A person's canonical name is their most seen (weighted) form that
    has a given name; their role is the one seen nearest in time, else the most seen.
    A name is compared with the first 64 people of its surname, and misspelled
    surnames are looked for only while the table has at most 500 surnames.

    Parameters
    ----------
    host : str, optional
        ISO3 code of the government whose transcripts these are (see
        :func:`role_country`).
    fuzzy : bool
        Accept misspelled surnames. Meant for one document's table, where few
        people compete.

    Examples
    --------
    >>> table = SpeakerTable(host="RUS")
    >>> table.observe("Vladimir Putin", "President of Russia")
    >>> table.observe("V. Putin")
    >>> table.canonical("V. Putin"), table.role("Vladimir Putin")
    ('Vladimir Putin', 'President of Russia')
    >>> table.resolve("Vladimir Putin")
    Speaker(name='Vladimir Putin', role='President of Russia', country='RUS')
    """

    def __init__(self, host: str | None = None, fuzzy: bool = False):
        self.host = host
        self.fuzzy = fuzzy
        self._people: list[_Person] = []
        self._by_surname: dict[str, list[_Person]] = {}

    def __len__(self) -> int:
        return len(self._people)

    def __contains__(self, name) -> bool:
        name = _clean_name(name) if isinstance(name, str) else ""
        return bool(name) and self._find(name) is not None

    def observe(self, name: str, role: str | None = None, date: dt.date | None = None,
                weight: int = 1) -> None:
        """Record one sighting of a name, with the role it was given."""
        name = _clean_name(name)
        if not name:
            return
        person = self._find(name, new=True)
        person.forms[name] += weight
        if role:
            person.roles.append((date, role, weight))

    def canonical(self, name: str | None) -> str | None:
        """Return the canonical form of a name, or the name itself when unknown."""
        name = _clean_name(name or "")
        person = self._find(name) if name else None
        return person.canonical() if person else name or None

    def role(self, name: str | None, date: dt.date | None = None) -> str | None:
        """Return the role seen with a person: the one nearest in time, else the most common."""
        person = self._find(_clean_name(name or "")) if name else None
        if not person or not person.roles:
            return None
        weights: Counter = Counter()
        for _, role, weight in person.roles:
            weights[role] += weight
        if date is not None and any(d for d, _, _ in person.roles):
            dated = [(abs((d - date).days), -weights[r], r) for d, r, _ in person.roles if d]
            return min(dated)[2]
        return min(weights, key=lambda r: (-weights[r], r))

    def resolve(self, label: str, date: dt.date | None = None) -> Speaker:
        """Turn a raw label into a :class:`Speaker` with canonical name, role and country."""
        anonymous = anonymous_role(label)
        if anonymous:
            return Speaker(None, anonymous, None)
        name, role = split_role_name(label)
        if name:
            name = self.canonical(name)
            role = role or self.role(name, date)
        elif role and _fold(role).startswith("the "):
            return Speaker(None, role[4:], self.host)
        return Speaker(name, role, role_country(role, self.host))

    def _find(self, name: str, new: bool = False) -> _Person | None:
        words = name.split()
        surname, given = _fold(words[-1]), [_fold(w) for w in words[:-1]]
        candidates = self._by_surname.get(surname, [])[:_NAMESAKES]
        if not candidates and self.fuzzy and not given and len(surname) >= 5 \
                and len(self._by_surname) <= _FUZZY_SURNAMES:
            close = difflib.get_close_matches(surname, list(self._by_surname), n=1, cutoff=0.85)
            close = close[0] if close and close[0][0] == surname[0] else None
            candidates = self._by_surname[close][:_NAMESAKES] if close else []
        matches = [p for p in candidates if all(_compatible(given, f) for f in p.forms)]
        if len(matches) > 1 and not given:
            matches = [max(matches, key=lambda p: (sum(p.forms.values()), p.canonical()))]
        if matches:
            return matches[0]
        if not new:
            return None
        person = _Person()
        self._people.append(person)
        self._by_surname.setdefault(surname, []).append(person)
        return person


def _clean_name(name: str) -> str:
    name = re.sub(r"\b([A-Z]\.)(?=[A-Z][a-z])", r"\1 ", name.strip())
    return re.sub(r"\s+", " ", name)


def _compatible(given: list[str], form: str) -> bool:
    """Tell whether given names fit a known full form (initials, subsets, spelling)."""
    other = [_fold(w) for w in form.split()[:-1]]
    if not given or not other:
        return True
    if given == other or set(given) <= set(other) or set(other) <= set(given):
        return True
    a, b = given[0].rstrip("."), other[0].rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return difflib.SequenceMatcher(None, " ".join(given), " ".join(other)).ratio() >= 0.8
