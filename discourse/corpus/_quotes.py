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
import unicodedata
from bisect import bisect_left, bisect_right, insort
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, chain, groupby, islice

import ahocorasick

from .._datafiles import read_data_csv
from ._pagetext import dateline
from ._records import QuoteSpan

__all__ = ["extract_quotes", "own_statements", "parse_speaker", "prose_quotes", "Speaker"]

_OPENERS, _CLOSERS, _STRAIGHT = "“«„‟", "”»", '"'
_MARK = re.compile('[“”«»„‟"]')
_TOKEN = re.compile(r"[\w’'.&-]*\w\.?|[^\w\s]")  # "PG&E" is one token
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}
_POSTNOMINALS = frozenset({"QC", "KC", "MP", "MEP", "MSP", "MLA", "MPP", "TD", "OBE", "CBE", "MBE", "KBE", "DBE",
                           "PhD", "MD", "Esq", "SC"})
_CONTRACTED = re.compile(r"(?:he|she|we|they|i|you)[’'](?:s|re|m|ve|d|ll)$", re.IGNORECASE)
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those",
                "one", "two", "three", "several", "some", "many", "other", "another"}
# Words that end a speaker phrase when read from the cue leftwards.
_STOPWORDS = {"by", "was", "were", "is", "are", "be", "been", "being", "with", "to", "from", "that",
              "which", "who", "whom", "whose", "when", "while", "after", "before", "as", "than", "at",
              "in", "on", "into", "this", "these", "those", "it", "and", "or", "but", "if", "because",
              "so", "said", "says", "told", "tells", "did", "does", "do", "not", "no", "for", "about",
              "over", "under", "against", "between", "through", "during", "without", "within", "via",
              "called", "named", "like", "also", "then", "there", "here", "where", "what", "how"}
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_STOPWORDS |= {"since", "however", "meanwhile", "although", "though", "whereas", "despite", "earlier", "later",
               "yesterday", "today", "tonight", "tomorrow", "according", "following", "amid", "among",
               *_DAYS, *_MONTHS, "last", "next", "then", "now", "there", "here"}
_PREPOSITIONS = ("of", "from", "at", "to", "for")
# Two-letter stop words and prepositions that are also syllables of names ("To Lam", "Lee Do Hoon").
_SYLLABLES = frozenset(w for w in _STOPWORDS | set(_PREPOSITIONS) if len(w) == 2)
_ASKING = frozenset({"Has", "Have", "Had", "Did", "Does", "Do", "Is", "Are", "Was", "Were", "Will", "Would",
                     "Can", "Could", "Should"})
# Words that open a sentence before its subject: "But the President said", "And Wang Yi noted".
_OPENING_LINKS = frozenset({"And", "But", "So", "Yet", "Or", "Now", "Then", "Still", "Also", "Thus", "Hence",
                            "Even"})  # "Even some of his supporters say"
_TRAILING = re.compile(
    r"(?:\s+(?:also|later|earlier|again|then|further|previously|reportedly|repeatedly|recently|"
    r"had|has|have|been|would|will|was|were|once|separately|publicly|privately|(?-i:today|yesterday)|"
    r"simply|only|even|still|already|never|openly|explicitly|strongly|firmly|bluntly|flatly|directly|"
    r"always|consistently|often|frequently|usually|just|personally|himself|herself|themselves|itself|"
    r"went\s+on\s+to|goes\s+on\s+to|go\s+on\s+to|continued\s+to|is\s+quoted\s+as|was\s+quoted\s+as|"
    r"were\s+quoted\s+as|to|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:last|this)\s+(?:week|month|year|night|morning|afternoon|evening)|"  # "X on Monday announced"
    r"(?-i:(?!(?:family|assembly|ally|rally|daily|weekly|monthly|quarterly|anomaly|"
    r"monopoly|supply|reply|homily)\b)[a-z]{2,}ly)))+\s*$", re.I)  # "A UN report eventually said"
_PARTICLES = {"bin", "ibn", "bint", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "dela",
              "la", "le", "ben", "dos", "das", "del", "y"}
_PARTICLE_NAME = re.compile(r"(?:al|el|ul|ad|as|at|az|an|ar|ash|ibn|bin|abu|ben|bint)-[A-Z]")
# A listener after a cue that takes one: a phrase in lower case right before "that" ("told the
# meeting that", "assured participants that"), else a known audience, a name or a pronoun, whole
# words only ("the meeting" is not "the me" + "eting").
_NOUN = r"(?!(?:that|for|about|to|of|in|on|at|with|by|from|towards|and|or|but)\b)[a-z][\w’'-]*"  # no function word
# a listener with a determiner (and where it was: "told a daily briefing in Beijing that") may stand right before
# the quote ('told the court "...'), a bare noun only before "that" ("I asked people: "..."" is a question of its own);
# a name may have another joined to it, right before what is said ("called on the DPRK and the US to engage",
# "asked the Prosecutor General and the FSB chief to prepare")
_LISTENERS = r"(?:(?:the|a|an|our|his|her|their|its|these|those)\s+(?:" + _NOUN + r"\s+){0,2}" + _NOUN \
             + r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?(?=\s+that\b|\s*[“\"«])|" \
             + _NOUN + r"(?=\s+that\b)|" \
             r"(?:the\s+)?(?:media|press|reporters|journalists|audience|public|lawmakers|parliament|" \
             r"state\s+media|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}" \
             r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,3}(?:\s+[a-z][\w-]*)?" \
             r"(?=\s+(?:to|that|of|about)\b))?|him|her|them|us|me)(?![\w’'-]))"
_SENT_PUNCT = ".!?"
# (a day without "on", as news agencies write it: "said Monday that", not "said Monday was a good day")
_ADVERBIALS = r"(?:\s+(?:on\s+[A-Z]\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|"\
              r"(?:late\s+|early\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"\
              r"(?:\s+(?:morning|afternoon|evening|night))?(?!\s+(?:was|is|will|would|had|has)\b)|"\
              r"this\s+(?:morning|afternoon|evening)|earlier|later|before(?=\s+that\b)|in\s+(?:early\s+|late\s+)?(?:"\
              + "|".join(m.capitalize() for m in _MONTHS) + r"|\d{4})(?:\s+\d{4})?,?|"\
              r"(?:earlier|last)\s+(?:this\s+)?(?:week|month|year)|again|also|in\s+a\s+statement|in\s+an\s+interview|"\
              r"in\s+(?:a|an|his|her|their|its|the)\s+(?:[a-z-]+\s+){0,2}(?:statement|interview|tweet|post|speech|"\
              r"address|letter|op-ed|video|message|broadcast|briefing|e-?mail|release|memo|note)"\
              r"(?:\s+(?:to|with)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?"\
              r"(?=\s+(?:that|the|a|an|his|her|their|its|it|he|she|they|we|I|yesterday|today|earlier|last|this|on|in)"\
              r"\b|\s*[,:.!?]|\s*$|\s+[A-Z])|"\
              r"on\s+(?:Twitter|X|Facebook|Telegram|Instagram|television|TV|radio|state\s+television)|"\
              r"(?:many|several|multiple|a\s+few)\s+times|on\s+(?:many|several|multiple)\s+occasions|"\
              r"more\s+than\s+once|repeatedly|yesterday|today|just\s+now|previously|publicly|clearly)(?![\w’'-]))*"


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
def _word_kinds() -> dict[str, frozenset]:
    """Each word of ``data/quotes/role_words.csv`` -> its kinds (title, role, body, name, group, document,
    mission, person)."""
    kinds: dict[str, set] = {}
    for row in read_data_csv("quotes/role_words.csv", ("word", "kind")):
        kinds.setdefault(row["word"].lower(), set()).add(row["kind"])
    return {w: frozenset(k) for w, k in kinds.items()}


@lru_cache(maxsize=1)
def _role_words() -> dict[str, frozenset]:
    return {w: k - {"document"} for w, k in _word_kinds().items() if k - {"document"}}


def _titles_a_person(word: str) -> bool:
    """Whether a word is a role or title of one holder ("minister", "chancellor"), not a body's or a
    group's word ("ministry", "officials")."""
    return bool(_role_words().get(word.lower(), frozenset()) & {"role", "title"})


@lru_cache(maxsize=1)
def _person_roles() -> frozenset:
    """Role words that name one person ("spokesman", not "state"): kind ``person``."""
    return frozenset(w for w, k in _word_kinds().items() if "person" in k)


@lru_cache(maxsize=1)
def _document_words() -> frozenset:
    """Nouns of documents that speak for whoever issued them: "the statement said"."""
    return frozenset(w for w, k in _word_kinds().items() if "document" in k)


@lru_cache(maxsize=1)
def _gendered() -> tuple[dict[str, str], re.Pattern, re.Pattern]:
    """``data/quotes/gendered_words.csv``: each word's gender, and patterns of the words before a
    name (titles and nouns) and heading an apposition after it (nouns)."""
    rows = read_data_csv("quotes/gendered_words.csv", ("word", "gender", "kind"))
    gender = {row["word"].lower(): row["gender"] for row in rows}
    every = "|".join(sorted((re.escape(row["word"]) for row in rows), key=len, reverse=True))
    nouns = "|".join(sorted((re.escape(row["word"]) for row in rows if row["kind"] == "noun"), key=len, reverse=True))
    return (gender, re.compile(rf"\b({every})\.?\s+$", re.IGNORECASE),
            re.compile(rf"^,\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:[\w’'-]+\s+){{0,2}}?({nouns})\b", re.IGNORECASE))


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """``data/quotes/given_names.csv``: given names that name one sex in nearly all uses -> the sex."""
    return {row["name"]: row["gender"] for row in read_data_csv("quotes/given_names.csv", ("name", "gender"))}


def ruled_out(pronoun_phrase: str) -> str | None:
    """The sex a pronoun speaker phrase rules out ("she said": ``male``), read as the extractor reads
    pronouns (:func:`_pronoun`); None for any other phrase.

    >>> ruled_out("But then he also"), ruled_out("She’s"), ruled_out("they")
    ('female', 'male', None)
    """
    return _RULED_OUT.get(_pronoun(Speaker(pronoun_phrase, None, None, "pronoun")))


_RULED_OUT = {"he": "female", "she": "male"}


def given_gender(name: str) -> str | None:
    """``male`` or ``female`` when the first word of a full name is a given name of that sex in nearly
    all uses (``data/quotes/given_names.csv``), else None.

    >>> given_gender("Greg Barton"), given_gender("Kim Jong Un"), given_gender("Barton")
    ('male', None, None)
    """
    words = name.split()
    if len(words) < 2 or words[0].lower() in _role_words():  # "Aide Igor Shuvalov": a role read as a name
        return None
    return _given_names().get(words[0])


@lru_cache(maxsize=1)
def _not_name_rows() -> tuple[tuple[str, str], ...]:
    """``(word, class)`` of ``data/quotes/not_names.csv``, read once."""
    rows = read_data_csv("quotes/not_names.csv", ("word", "class"))
    return tuple((row["word"].lower(), row["class"]) for row in rows)


@lru_cache(maxsize=2)
def _not_names(things: bool = False) -> frozenset:
    """Capitalised words that name nobody (``data/quotes/not_names.csv``); with ``things``, those of
    classes "thing" and "place" alone: the last words of titles of laws, plans and meetings ("the
    Families Plan") and of names of places and buildings ("Trump Tower"). Words of class "field"
    ("Foreign Affairs") are in neither: organisations end in them ("Human Rights Watch")."""
    return frozenset(word for word, kind in _not_name_rows()
                     if kind != "field" and (kind in ("thing", "place")) == things)


@lru_cache(maxsize=1)
def _fields() -> frozenset:
    """Last words of fields of policy and portfolios ("Foreign Affairs", "Clean Energy"): no person's name."""
    return frozenset(word for word, kind in _not_name_rows() if kind == "field")


# The surnames that are also modal verbs or titles (:data:`_WORD_SURNAMES`) of the persons the document being
# read names in full ("Theresa May", "John Major"): there "May said" names her, though "May" alone is a verb.
# Set per document by ``extract_quotes``.
_NAMED: ContextVar[frozenset] = ContextVar("named_surnames", default=frozenset())


def _not_a_name(token: str, alone: bool = True) -> bool:
    """A capitalised word that opens a sentence but names nobody: "Recently", "Well", "Having",
    "You", "It's" (``data/quotes/not_names.csv``, contractions, and -ly and -ing words ``alone``,
    though not "Beijing": before another capitalised word they are a given name, "Kelly Craft",
    "Sterling Brown"), unless the document names a person whose surname it is (:data:`_NAMED`)."""
    low = token.lower()
    gerund = alone and len(low) > 4 and low.endswith(("ly", "ing")) and not low.endswith(_PINYIN_ING)
    return low not in _NAMED.get() and (low in _not_names() or gerund
                                        or bool(re.search(r"[’'](?:s|re|ll|ve|d|m|t)$", low)))


# Endings of Chinese names spelled in pinyin that no English -ing word has: "Beijing", "Nanjing", "Chongqing"
_PINYIN_ING = ("jing", "qing")


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, dict[str, str], frozenset, dict[str, str]]:
    """Return a regex of every cue form, form -> base cue, the bases that take a listener, and
    base -> the only use in which it reports speech (``only``: "fragment", "clause", "document", "that"
    or "to")."""
    forms, listeners, only = {}, set(), {}
    for row in read_data_csv("quotes/cues.csv", ("cue", "kind", "object")):
        base = row["cue"]
        if row["object"] == "yes":
            listeners.add(base)
        if row.get("only"):
            only[base] = row["only"]
        if row["kind"] == "phrase":
            forms[base] = forms[base[0].upper() + base[1:]] = base  # may open a sentence
            continue
        for form in _inflect(base, row.get("forms", "")):
            forms.update(dict.fromkeys(_filled(form), base))
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    # case-sensitive: "States" in "United States" is no cue
    return re.compile(rf"\b(?:{alternation})\b"), forms, frozenset(listeners), only


@lru_cache(maxsize=1)
def _cue_heads() -> ahocorasick.Automaton:
    """An automaton of the words that can open a cue ("said", "according", "made")."""
    heads = ahocorasick.Automaton()
    for head in sorted({form.split()[0] for form in _cues()[1]}):
        heads.add_word(head, len(head))
    heads.make_automaton()
    return heads


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what ``\w`` matches


def _cue_matches(text: str) -> list[re.Match]:
    """Every cue of a text in order, as ``_cues()[0].finditer(text)`` finds them, several times as
    fast: the regex is tried only where a whole word that can open a cue stands (one automaton pass)."""
    cue_re, out, reach, last = _cues()[0], [], 0, len(text) - 1
    for end, size in _cue_heads().iter(text):
        start = end - size + 1
        if start < reach or (start and _is_word_char(text[start - 1])) or (end < last and _is_word_char(text[end + 1])):
            continue
        found = cue_re.match(text, start)
        if found is not None:
            out.append(found)
            reach = found.end()
    return out


_DETERMINER_SLOT = "[det] "  # in a cue of cues.csv: nothing or one of these
_SLOT_WORDS = ("", "the ", "his ", "her ", "their ", "its ", "our ", "my ")


def _filled(form: str) -> list[str]:
    """A cue form with its determiner slot filled each way: "expressed [det] hope" -> "expressed
    hope", "expressed the hope", "expressed his hope", ...

    >>> _filled("expressed [det] hope")[:3], _filled("said")
    (['expressed hope', 'expressed the hope', 'expressed his hope'], ['said'])
    """
    return [form.replace(_DETERMINER_SLOT, w) for w in _SLOT_WORDS] if _DETERMINER_SLOT in form else [form]


# Cues counted in their bare form too ("officials say", "some officials accuse China of"): verbs only
_BARE_CUES = ("say", "accuse", "criticize", "criticise", "urge")


def _inflect(base: str, irregular: str) -> set[str]:
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    stem = head[:-1] if head.endswith("e") else head
    forms = {head + "s", stem + "ed", stem + "ing"}
    if head.endswith("y") and head[-2] not in "aeiou":
        forms = {head[:-1] + "ies", head[:-1] + "ied", head + "ing"}
    if head in _BARE_CUES:
        forms.add(head)  # "officials say", "some officials accuse China of"; other base forms collide with nouns
        # ("a report"); "we urge" is the speaker's own act (``_performative``)
    forms |= {f for f in irregular.split("|") if f}
    return {f + tail for f in forms}


def _is_cap(token: str) -> bool:
    return token[:1].isupper() or bool(_PARTICLE_NAME.match(token))  # el-Sisi, al-Assad


def _is_particle(token: str) -> bool:
    return token.lower() in _PARTICLES or token.lower().startswith(("el-", "al-", "bin-", "ben-"))


def _clean_tokens(phrase: str) -> list[str]:
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    trailing = _TRAILING.search(phrase, max(0, len(phrase) - 120))  # the last words only: linear
    if trailing:
        phrase = phrase[:trailing.start()] + phrase[trailing.end():]
    tokens = _TOKEN.findall(phrase)
    if "Then-" in phrase or "Ex-" in phrase:  # "Then-Secretary Vázquez": a title of the past, as "then-Secretary"
        tokens = [_PAST_TITLE.sub(lambda m: m.group(0).lower(), t) for t in tokens]
    return tokens


_PAST_TITLE = re.compile(r"^(?:Then|Ex)-(?=[A-Z])")


def _name_run(tokens: list[str]) -> list[str]:
    """The capitalized tokens (and name particles) at the end of a phrase."""
    words, name, named = _role_words(), [], _NAMED.get()
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        low = token.lower()
        word_surname = low in named or _surname_after_given(tokens, i)  # "Theresa May", "John Major"
        if _is_cap(token) and (not (words.get(low) or words.get(low.rstrip("."))) or word_surname) \
                and token not in ("’s", "'s") \
                and not _PREFIXED(token) and (low not in _STOPWORDS or word_surname) \
                and low not in _DETERMINERS and low not in _PREPOSITIONS:
            name.insert(0, token)
        elif name and _is_particle(token) and i > 0 and _is_cap(tokens[i - 1]):
            name.insert(0, token)
        elif name and i > 0 and token[:1].isupper() and token.lower() in _SYLLABLES and _is_cap(tokens[i - 1]):
            name.insert(0, token)  # a syllable of an East Asian name spelled like a word: "To Lam", "Lee Do Hoon"
        else:
            break
    return name


# A role word after a prefix, capitalised to open a sentence: "Co-developer Jing Wang", "Vice-chairman", "Ex-wife"
# (not "Jong-un", "Ki-moon": no prefix).
_PREFIXED = re.compile(r"(?:Co|Vice|Ex|Deputy|Acting)-[a-z]").match


def _surname_after_given(tokens: list[str], i: int) -> bool:
    """A surname that is also a modal verb or a title (:data:`_WORD_SURNAMES`) closing a name after a given
    name: "Theresa May", "John Major", "Julie Bishop", "Doris Day" (not "S. May", "Sergeant Major",
    "Victory Day")."""
    low = tokens[i].lower()
    return i == len(tokens) - 1 and i > 0 and low in _WORD_SURNAMES and _given(tokens[i - 1]) \
        and (low not in _DAY_SURNAMES or tokens[i - 1] in _given_names())


def _given(token: str) -> bool:
    """A word that can be a given name: capitalised letters only, three or more, no common, role or
    not-name word ("Theresa", not "S.", "Happy", "Minister")."""
    low = token.lower()
    return len(token) > 2 and token.isalpha() and token[0].isupper() and token[1:].islower() \
        and low not in _STOPWORDS and low not in _not_names() and not _role_words().get(low)


# Surnames that are also modal verbs, and so stop words elsewhere: "Theresa May", "George Will"; and titles,
# role words elsewhere: "John Major", "Julie Bishop", "Howard Dean".
_MODAL_SURNAMES = frozenset({"may", "will"})
# Surnames that are also the last word of a day's name: after a given name of given_names.csv only ("Doris
# Day", not "Victory Day").
_DAY_SURNAMES = frozenset({"day"})
_WORD_SURNAMES = _MODAL_SURNAMES | _DAY_SURNAMES | {"major", "bishop", "judge", "dean"}


def _role_run(tokens: list[str]) -> list[str]:
    """The role words before a name, back to a stop word.

    A preposition (and a following "the") stays in the role when a role word or a
    capitalized word stands before it: "Ambassador to the United Nations".
    """
    words, role, i = _role_words(), [], len(tokens) - 1
    while i >= 0:
        token, low = tokens[i], tokens[i].lower()
        left = tokens[i - 1] if i > 0 else ""
        if low == "the" and left.lower() in _PREPOSITIONS:
            role.insert(0, token)
        elif low in _PREPOSITIONS and (_is_cap(left) or left.lower() in words):
            role.insert(0, token)
        elif low in _STOPWORDS or token in ",;:\"“”" or low in _DETERMINERS:
            break
        else:
            role.insert(0, token)
        i -= 1
    return role


def parse_speaker(phrase: str) -> Speaker | None:
    """Split a speaker phrase into role and name, or return None if it names no speaker.

    A phrase longer than 300 characters names no speaker.

    Examples
    --------
    >>> parse_speaker("Foreign Ministry spokesman Lin Jian")
    Speaker(surface='Foreign Ministry spokesman Lin Jian', name='Lin Jian', role='Foreign Ministry spokesman', kind='person')
    >>> parse_speaker("President Hassan Rouhani of Iran")
    Speaker(surface='President Hassan Rouhani of Iran', name='Hassan Rouhani', role='President of Iran', kind='person')
    >>> parse_speaker("the Foreign Ministry")
    Speaker(surface='the Foreign Ministry', name='Foreign Ministry', role=None, kind='organisation')
    >>> parse_speaker("officials").kind, parse_speaker("he").kind, parse_speaker("in the morning") is None
    ('group', 'pronoun', True)
    >>> found = parse_speaker("Jeffrey Bewkes, the chief executive of Time Warner,")
    >>> found.name, found.role
    ('Jeffrey Bewkes', 'chief executive of Time Warner')
    >>> parse_speaker("Recently"), parse_speaker("Having")
    (None, None)
    """
    named = _NAMED.get()  # the surnames that are also words in this document ("May"): its reading depends on it
    if named and any(n in phrase.lower() for n in named):
        return _read_speaker(phrase)
    return _read_once(phrase)


# An epithet for a person the story has named, as US political news writes it: "the Kentucky Republican", "the
# California Democrat", "the Democratic presidential candidate", "the 79-year-old", "the Vermont independent"
# (not "the former president": in a briefing of 2021-2025 that is Donald Trump, whom the text may not name)
_EPITHET = re.compile(r"[Tt]he\s+(?:(?:former|longtime|veteran|freshman|first-term|[A-Z][\w.-]*)\s+){0,3}"
                      r"(?:(?:Republican|Democrat|independent|\d{1,3}-year-old)(?:\s+[a-z]+){0,2}"
                      r"|(?:Democratic|GOP)(?:\s+[a-z]+){1,2})")


# A news agency or broadcaster named before or after its kind, as wire copy names it: "the official Xinhua news
# agency", "North Korea's KCNA news agency", "state news agency SPA", "state broadcaster CCTV" (its owner's
# possessive and its status are no part of the name)
_NAMED_MEDIA = re.compile(r"(?:(?:[Tt]he|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s)\s+)?"
                          r"(?:(?:official|state|state-run|state-owned|semi-official|government|private)\s+)*"
                          r"(?:([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+)?"
                          r"(?:news\s+agency|newspaper|broadcaster|television|radio|daily)"
                          r"(?:\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}))?")


def _outlet(phrase: str) -> str | None:
    """The name of the news agency or broadcaster a phrase names, or None ("Russian television", "The
    Israeli newspaper" name none: a demonym is no outlet's name).

    >>> _outlet("North Korea's KCNA news agency"), _outlet("state broadcaster CCTV"), _outlet("Russian television")
    ('KCNA', 'CCTV', None)
    """
    media = _NAMED_MEDIA.fullmatch(phrase)
    if media is None or bool(media.group(1)) == bool(media.group(2)):
        return None
    name = media.group(1) or media.group(2)
    return None if " " not in name and name[1:].islower() and _DEMONYM.search(name) else name


def _read_speaker(phrase: str) -> Speaker | None:
    """:func:`parse_speaker`, uncached."""
    if _EPITHET.fullmatch(phrase.strip()):  # one person of the story, never a name ("Kentucky Republican")
        return Speaker(phrase.strip(), None, phrase.split(None, 1)[1], "group")
    outlet = _outlet(phrase.strip())
    if outlet:  # "the official Xinhua news agency"
        return Speaker(phrase.strip(), outlet, None, "organisation")
    part = _PART_OF.match(phrase)
    if part is not None and _document_words() & set(_clean_tokens(phrase[part.end():].lower())):
        phrase = phrase[part.end():]  # "Part of the judge's statement reads": the statement speaks
    found = _parse_phrase(phrase)
    if found is not None and found.kind == "group":
        owned = _OWNED_BODY.fullmatch(found.role or "")
        if owned and "body" in _word_kinds().get(owned.group(2), frozenset()) and owned.group(2) not in _STATE_SIDES \
                and owned.group(2) not in _document_words() | {"palace"}:  # "Turkey's statement" speaks for
            # Turkey; "Italy's presidential palace" for Italy, as an embassy does
            return Speaker(found.surface, found.role, None, "organisation")  # "China's commerce ministry"
        press = _PRESS_OF.fullmatch(found.surface)
        body = parse_speaker(press.group(1)) if press else None
        if body is not None and body.kind == "organisation":  # "the press service of the Russian Security
            return Speaker(found.surface, body.name, None, "organisation")  # Council": the council's
    located = _LOCATED.search(phrase) if found is not None and found.kind == "person" and found.name else None
    before = phrase[:located.start()].split()[-1:] if located else []
    if located and located.group(1) == found.name and before \
            and not _word_kinds().get(before[0].lower(), frozenset()) & {"body", "group", "name"}:  # "president
        # of a union local in Dearborn", "research head at property agency Orchid Realty": where, not who;
        # "the government in Kabul", "officials in Kyiv" are the state's
        return Speaker(phrase.strip(), None, phrase.strip(" ,"), "group")
    if found is not None or phrase.rstrip().endswith("-"):
        return found
    words = phrase.split()
    if len(words) <= 10 and not _VERBS_IN_PHRASE & {w.lower() for w in words}:  # "A source within the Interior Ministry"
        described = _DESCRIBED_BY.match(phrase.strip())
        head = described.group(1).lower() if described else ""
        if head in _person_roles() or "group" in _role_words().get(head, frozenset()) or head in _document_words():
            return Speaker(phrase.strip(), None, _join(_core(_clean_tokens(phrase))), "group")  # "The report by"
    return _office_of(phrase)


# A body a name owns, in lower case: "China's commerce ministry", "South Korea's military", "Netanyahu's office"
_OWNED_BODY = re.compile(r"(?!(?:It|That|There|What|Here|Let|Who|He|She)[’']s\b)"
                         r"((?:[A-Z][\w.-]*\s+){0,5}[A-Z][\w.-]*[’']s)"
                         r"\s+(?!(?:a|an|the)\s)(?:[a-z]+\s+){0,2}([a-z]+)")
_PRESS_OF = re.compile(r"(?:[Tt]he\s+)?press\s+(?:service|office)\s+of\s+(.+)")
# A name right after a preposition of place ends the phrase: where, not who
_LOCATED = re.compile(r"\s(?:in|at|near|outside|inside|across|throughout)\s+(?:the\s+)?((?:[A-Z][\w’'.-]*\s+){0,2}"
                      r"[A-Z][\w’'.-]*)[\s,]*$")


def _office_of(phrase: str) -> Speaker | None:
    """A title with "of" and then the name of what it is of, a second "of" in it: "The Minister of Foreign
    Affairs of Australia", "The President of the Republic of Korea" (the title of the words before the
    last "of"), else None.

    >>> _office_of("The Minister of Foreign Affairs of Australia").role
    'Minister of Foreign Affairs of Australia'
    """
    named = _OF_NAMED.search(phrase)  # the last "of" before a name to the end
    title = phrase[:named.start()] if named else ""
    if not title or not re.search(r"\s(?:of|for)\s", title) or len(title.split()) > 8 \
            or re.search(r"(?<!\bof)\s+the\s", title.strip(), re.IGNORECASE):
        return None  # one title: not "President of the Argentine Republic Mauricio Macri the President"
    head = parse_speaker(title)
    if head is None or head.kind != "group" or not head.role or head.name:
        return None
    return Speaker(phrase.strip(), None, f"{head.role} of {named.group(1)}", "group")


# "of" and a name at the end of a phrase, the name with no "of" in it: " of Australia", " of Korea"
_OF_NAMED = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s*,?\s*$")


# A part of a document opening a speaker phrase: "Part of the judge's statement", "An excerpt from the report"
_PART_OF = re.compile(r"\s*(?:(?:a\s+|an\s+)?(?:part|parts|portion|excerpt|passage|section)|much|some)\s+(?:of|from)\s+"
                      r"(?=the\s|a\s|an\s|its\s|his\s|her\s|their\s)", re.IGNORECASE)


# Words that make a phrase a clause, not a speaker's description ("A deputy of yours has been suspended for comments")
_VERBS_IN_PHRASE = frozenset({"has", "have", "had", "been", "was", "were", "is", "are", "be", "made", "make", "makes"})


def _lowercase_head(core: list[str]) -> str | None:
    """The body that a phrase of capitalised words and a head word in lower case names: the whole phrase
    for a body's head ("the French Civil Security service", "the Trump administration"), the words
    before it for a document's, whose issuer they name ("the NHC advisory", "a Kremlin statement");
    None when a title, a person's role or a group word or a possessive is among them ("The Russian
    President's message"), for "government" and "side", which name a state ("the Chinese side"), and for
    a mission, which speaks for the state that sends it ("the Australian embassy")."""
    kinds = _word_kinds().get(core[-1], frozenset()) if core else frozenset()
    if len(core) < 2 or not core[-1].islower() or core[-1] in _STATE_SIDES or "mission" in kinds \
            or not _is_cap(core[0]) or not all(_name_or_portfolio(t) for t in core[:-1]) \
            or any(_word_kinds().get(t.lower(), frozenset()) & {"title", "group", "person"} for t in core[:-1]):
        return None
    if "document" in kinds:  # not "The Turkish statement": an adjective names no issuer
        return None if len(core) == 2 and _DEMONYM.search(core[0]) else _join(core[:-1])
    return _join(core) if "body" in kinds else None


_DEMONYM = re.compile(r"(?:ish|ian|ean|ese|an|ic|i|ch)$")


def _name_or_portfolio(token: str) -> bool:
    """A word of a body's name before its head in lower case: capitalised ("French Civil Security"), or a
    portfolio's word in lower case ("the Chinese foreign ministry")."""
    if token[:1].isupper():
        return not token.endswith(("’s", "'s")) and not _not_a_name(token)
    return token in _fields() or "role" in _word_kinds().get(token, frozenset())


# Heads that make a state's adjective the state itself ("the Chinese government": China; see _link)
_STATE_SIDES = frozenset({"government", "side"})


def _portfolio(surface: str, tokens: list[str], head: list[str]) -> Speaker:
    """A phrase that ends in a field of policy: a role ("the Minister for Human Rights") when a role or
    title word or words in lower case head it, else a body ("the Department of Veteran Affairs",
    "Everytown for Gun Safety", "the American Chamber of Commerce")."""
    kinds = set().union(*(_role_words().get(t.lower(), ()) for t in head))
    described = any(t[:1].islower() and t.lower() not in _DETERMINERS | {"of", "for", "on"} for t in head)
    if described or (kinds & {"role", "title"} and "body" not in kinds):  # "my colleague in the Ministry of
        return Speaker(surface, None, _join(_core(tokens)), "group")     # Commerce", "the Secretary of State"
    return Speaker(surface, _join(_core(tokens)), None, "organisation")


def _parse_phrase(phrase: str) -> Speaker | None:
    """The body of :func:`parse_speaker`, before its last reading (an unnamed person or group and
    where they come from)."""
    if len(phrase) > _MAX_PHRASE:
        return None
    surface = phrase.strip()
    head, comma, apposition = surface.rstrip(" ,").partition(",")
    if comma and " and " in apposition and (joint := _joint(surface, _clean_tokens(phrase))) is not None:
        return joint  # "Vladimir Putin, Angela Merkel and Emmanuel Macron": no apposition
    cited = re.match(r"\s*citing\s+(.+)", apposition) if comma else None
    if cited:  # "Reuters, citing anonymous sources,": a relay speaks for its source
        return parse_speaker(cited.group(1))
    if comma and apposition.strip():  # "Jeffrey Bewkes, the chief executive of Time Warner"
        first = parse_speaker(head)
        if first is not None and first.kind == "person" and (first.role or len(first.name.split()) > 1
                                                             or _a_role(apposition.strip())):  # "Smith, a spokesman"
            described = re.sub(r"^(?:the|a|an)\s+", "", apposition.strip(), flags=re.IGNORECASE)
            return Speaker(surface, first.name, first.role or described, "person")
    tokens = _clean_tokens(phrase)
    while len(tokens) > 2 and tokens[-1].rstrip(".") in _POSTNOMINALS and _is_cap(tokens[-2]):
        tokens = tokens[:-1]  # "Judge Durham Hall QC": letters after a name are no part of it
    while len(tokens) > 1 and (tokens[0] in _ASKING or tokens[0] in _OPENING_LINKS or tokens[0] == "Q"):
        tokens = tokens[1:]  # "Has Chinese officials (said)": a question's subject; "But the President"; "Q Bob"
    if len(tokens) == 1 and tokens[0] in _ASKING:
        return None  # "Can you imagine ... and say": a question's verb
    if len(tokens) >= 2 and tokens[-1] == "Today" and all(_is_cap(t) for t in tokens):
        return Speaker(surface, _join(tokens), None, "organisation")  # a title: "USA Today", "Russia Today"
    if tokens and _CONTRACTED.match(tokens[-1]):
        return Speaker(surface, None, None, "pronoun")  # "He’s saying that": he is, not his
    if not tokens or len(tokens) > 16 or tokens[-1].endswith(("’s", "'s")) or tokens[-1] in ("’s", "'s"):
        return None
    if tokens[-1].lower() in _PRONOUNS and (len(tokens) == 1 or tokens[-2].lower() not in _PREPOSITIONS):
        return Speaker(surface, None, None, "pronoun")  # "On the live television he"
    if tokens[0].lower() in _STOPWORDS and tokens[0].lower() != "also" and tokens[0].lower() not in _NAMED.get():
        tail = _after_opening(tokens)  # "In his speech President Medvedev": the subject after the phrase
        return parse_speaker(_join(tail)) if tail else None  # "in remarks to UOL", "which the BBC": none
    if "and" in tokens[1:-1] and _body_with_and(bare := re.sub(r"\s*\([^)]*\)", "", surface).rstrip(" ,")):
        return Speaker(surface, re.sub(r"^[Tt]he\s+", "", bare), None, "organisation")  # "the Department of
        # Health and Human Services", "the Philippine Institute of Volcanology and Seismology (Phivolcs)"
    joint = _joint(surface, tokens) if "and" in tokens[1:-1] else None
    if joint is not None:
        return joint
    if (mission := _mission(surface, tokens)) is not None:
        return mission
    preps = [i for i, t in enumerate(tokens[:-1]) if i and t in _PREPOSITIONS]
    for at in preps:  # "Ryan Cloutier of the Harvard Center": the name is before "of"
        head = parse_speaker(_join(tokens[:at]))
        if head is not None and head.kind == "person" and (head.role or len(head.name.split()) > 1):
            return Speaker(surface, head.name, _join(([head.role] if head.role else []) + tokens[at:]),
                           "person")
    for at in [i for i, t in enumerate(tokens[:-1]) if i and t in ("in", "at")]:
        head = parse_speaker(_join(tokens[:at]))  # "John Smith in Washington", "the EU Chamber of Commerce in China"
        if head is not None and (head.kind == "organisation" or (head.kind == "person" and (
                len(head.name.split()) > 1 or (head.role and _role_head(head.role).lower() in _role_words())))):
            return Speaker(surface, head.name, head.role, head.kind)
    name = _name_run(tokens)
    rest = tokens[: len(tokens) - len(name)]
    if len(name) >= 3 and rest and rest[-1].lower() in _PREPOSITIONS + ("the",):
        keep = 3 if _is_particle(name[-2]) else 2  # "of Amnesty International Man-kei Tam"
        rest, name = rest + name[:-keep], name[-keep:]
    elif len(name) > 3 and not (len(name) <= 6 and any(_is_particle(t) for t in name[1:-1])):
        rest, name = rest + name[:-3], name[-3:]  # (not "Khalid bin Mohammed al-Mannai": one name)
    if name and rest and name[0].lower() in _fields():  # "Minister of Foreign Affairs Wang Yi": the portfolio's
        while name and name[0].lower() in _fields():     # last word ends the role, not starts the name
            rest, name = rest + name[:1], name[1:]
        if not name:  # "the Minister of Foreign Affairs": a role alone
            return _portfolio(surface, tokens, rest)
    if name and rest and rest[-1].lower() in _PREPOSITIONS and name[-1].lower() in _fields():
        return _portfolio(surface, tokens, rest)  # "the Minister for Human Rights"
    role = _role_run(rest)
    if name and rest and rest[-1].lower() == "on" and _role_run(rest[:-1]):
        return Speaker(surface, None, _join(_core(tokens)), "group")  # "Representative on Climate Issues"
    # "of the" before the name is "of": "the head of the IAEA", "officials of the EU"
    held = rest[:-1] if len(rest) > 1 and rest[-1].lower() == "the" and rest[-2].lower() in _PREPOSITIONS else rest
    if name and held and held[-1].lower() in _PREPOSITIONS and \
            (len(name) == 1 or (len(name) == 2 and len(held) > 1 and held[-2].islower())):
        # "contributor to Slate", "the chief executive of Hong Kong": the name is the object of the
        # preposition; a role before it ("the mayor of London", "officials of the EU") is a described person
        core = _core(tokens)
        kinds = _role_words().get(held[-2].lower() if len(held) > 1 else "", frozenset())
        described = kinds if tokens[0].lower() in _DETERMINERS or "group" in kinds \
            or all(_role_words().get(t.lower()) for t in held[:-1]) else frozenset()  # "Director General of"
        if described and "body" in described and not described & {"role", "title"} \
                and all(_is_cap(t) or t.lower() in _DETERMINERS for t in held[:-1]):
            return Speaker(surface, _join(core), None, "organisation")  # "The ... Safety Committee of Indonesia"
        return Speaker(surface, None, _join(core), "group") if described else None
    while name and _not_a_name(name[0], alone=len(name) == 1) and not role:  # "Recently said", "It's OK"
        name = name[1:]
    if not name and not role and tokens and _not_a_name(tokens[-1]):
        return None
    titled = [i for i, t in enumerate(name) if t.lower() in _not_names(things=True)
              and t.lower() not in _NAMED.get() and not _surname_after_given(name, i)]  # not "Doris Day"
    if titled:  # "the Inflation Reduction Act", "the Paris Agreement": a title, no speaker
        name = name[titled[-1] + 1:]
        if len(name) < 2:
            return None
    if len(tokens) == 1 and tokens[0].lower() in _QUANTIFIERS:
        return _quantified(surface, tokens)  # "All (voiced)", "Both": no one's name
    if name and not (len(name) == 1 and name[0].isupper() and len(name[0]) > 1 and not role):
        if len(name) == 1 and role and role[-1].lower() == "pope":  # "Pope Francis": a pope's name is his title's
            name = role[-1:] + name
        return Speaker(surface, _join(name), _join(role) or None, "person")
    words = _role_words()
    core = _core(tokens)
    caps = [t for t in core if _is_cap(t)]
    has_body = any(words.get(t.lower(), frozenset()) & {"body", "name"} for t in caps)
    last = words.get(core[-1].lower(), frozenset()) if core else frozenset()
    acronym_role = core and core[-1].isupper() and last & {"role", "title"}
    headed = last & {"role", "title"} and "body" not in last and core[-1].lower() not in _fields() | {"general"} \
        and "of" not in core  # "the Accounts Chamber Chairman": a person's role; not "the Department of Justice"
    if has_body and len(core) > 2 and core[1].lower() == "of" and words.get(core[0].lower(), frozenset()) \
            & {"role", "title"} and "body" not in words.get(core[0].lower(), frozenset()):
        return Speaker(surface, None, _join(core), "group")  # "the head of the Ministry": a person it describes
    if core and _is_cap(core[-1]) and ((has_body and not headed) or (core[-1].isupper() and not acronym_role)) \
            and len(caps) >= len(core) - 2:  # "NATO", "the Foreign Ministry"; not "one MP", "the CEO"
        org = _role_run(core) or core
        return Speaker(surface, _join(org), None, "organisation")
    if (named := _lowercase_head(core)) is not None:
        return Speaker(surface, named, None, "organisation")
    if core and words.get(core[-1].lower(), frozenset()) & {"group", "role", "body", "title"} \
            and len(_role_run(core)) == len(core):
        return Speaker(surface, None, _join(core), "group")
    document = tokens[-1].lower() in _document_words()  # "The Russian President’s message"
    owned = document and len(tokens) > 2 and tokens[-2].endswith(("’s", "'s"))  # "Vladimir Putin’s telegram"
    if (tokens[0].lower() in _DETERMINERS or owned) and 1 < len(tokens) <= 4 \
            and not any(t.lower() in _STOPWORDS for t in tokens) \
            and all(t.isalpha() or (document and _OWNER_TITLE.fullmatch(t)) for t in tokens):
        return Speaker(surface, None, _join(core), "group")  # "the commissioner", "a witness"
    return _quantified(surface, tokens)


# An unnamed person or group and where they come from: "A source within the central Interior Ministry", "the head
# of the police's internal investigators", "one official close to the talks" (group 1: the role word).
_DESCRIBED_BY = re.compile(r"(?:(?:[Aa]n?|[Oo]ne|[Tt]he|[Tt]wo|[Ss]ome|[Ss]everal)\s+)?"
                           r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+"
                           r"(?:within|in|inside|at|from|of|with|for|by|close\s+to|familiar\s+with)\s")


def _mission(surface: str, tokens: list[str]) -> Speaker | None:
    """An embassy, consulate, mission or delegation named with the place where it stands ("the
    Australian embassy in Beijing", "the US Embassy in Moscow"): the body without its place, which
    does not name its owner; else None.

    >>> _mission("the Australian embassy in Beijing", ["the", "Australian", "embassy", "in", "Beijing"])
    Speaker(surface='the Australian embassy in Beijing', name=None, role='Australian embassy', kind='group')
    >>> _mission("the government in Kabul", ["the", "government", "in", "Kabul"]) is None
    True
    """
    words = _role_words()
    for at, token in enumerate(tokens[1:5], 1):
        if token.lower() in ("in", "at") and "mission" in words.get(tokens[at - 1].lower(), ()) \
                and tokens[0].lower() in _DETERMINERS and all(t.isalpha() for t in tokens[:at]) \
                and all(_is_cap(t) for t in tokens[at + 1:]):
            head = parse_speaker(_join(tokens[:at]))
            if head is not None and head.kind in ("group", "organisation"):
                return Speaker(surface, head.name, head.role, head.kind)
    return None


_QUANTIFIERS = frozenset({"some", "many", "others", "all", "both", "most", "several"})


def _quantified(surface: str, tokens: list[str]) -> Speaker | None:
    """Unnamed speakers by quantity or with a place of their own: "Some", "Others", "All relevant
    parties", "Experts at the session", "Leaders of the two sides"; else None.

    >>> _quantified("Others", ["Others"]).role
    'others'
    >>> _quantified("Experts at the session", ["Experts", "at", "the", "session"]).role
    'Experts'
    """
    if len(tokens) == 1 and tokens[0].lower() in _QUANTIFIERS:
        return Speaker(surface, None, tokens[0].lower(), "group")
    words = _role_words()
    for at, token in enumerate(tokens[1:5], 1):
        if token.lower() in ("of", "at", "in", "from") and "group" in words.get(tokens[at - 1].lower(), ()) \
                and all(t.isalpha() for t in tokens[:at]):
            return Speaker(surface, None, _join(_core(tokens[:at])), "group")
    return None


_WHEN = frozenset({*_DAYS, *_MONTHS, "today", "yesterday"})


def _after_opening(tokens: list[str]) -> list[str] | None:
    """The title and name that end a phrase opened by a short adverbial ("In his speech", "On
    Monday"), when a noun or a day ends the adverbial; else None ("in remarks to UOL" ends in a
    preposition's object)."""
    name = _name_run(tokens)
    role = _role_run(tokens[:len(tokens) - len(name)])
    while role and not _is_cap(role[0]):
        role = role[1:]  # the capitalised title only: "President", "Russian Foreign Minister"
    run = role + name
    before = tokens[len(tokens) - len(run) - 1] if len(run) < len(tokens) else ""
    if not name or len(run) < 2 or len(tokens) - len(run) > 6 or not before.isalpha():
        return None  # one word ("In mainland China") may be a place: a title or a full name only
    low = before.lower()
    noun = before.islower() and low not in _STOPWORDS and low not in _DETERMINERS and low not in _PREPOSITIONS
    return run if noun or low in _WHEN else None


def _core(tokens: list[str]) -> list[str]:
    """A phrase's words without determiners, nor the "of" after a quantifier: "some of his supporters" -> supporters."""
    core = [t for t in tokens if t.lower() not in _DETERMINERS]
    return core[1:] if len(core) > 1 and core[0].lower() == "of" else core


def _joint(surface: str, tokens: list[str]) -> Speaker | None:
    """Persons, or names alone, listed as one subject ("Vladimir Putin and Angela Merkel", "Mr Putin and
    Mr Bush", "Russia and China", "the EU, the UK, France and Germany"): one speaker whose name joins
    theirs with " and "; None if any listed phrase is something else."""
    k = tokens.index("and") if "and" in tokens[1:-1] else 0
    if not k:
        return None
    groups = [list(group) for comma, group in groupby(tokens[:k], key=lambda t: t == ",") if not comma]
    groups.append(tokens[k + 1:])
    if not all(_is_cap(t) or t.lower() == "the" or _is_particle(t) for group in groups for t in group):
        return None  # "In the wake of the shootings in Colorado and Virginia": a phrase, not listed names
    parts = [parse_speaker(_join(group)) for group in groups]
    if all(_personal(one) for one in parts) or all(_bare_name(one) for one in parts):
        return Speaker(surface, _AND.join(one.name for one in parts), None, "person")
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
    turn: tuple | None = None  # the transcript turn it is reported in: (start, end, speaker, role, country)
    introduced: bool = False  # no cue: its speaker is the subject of the sentence before (see _introduced)


def _fold(name: str) -> str:
    """Compare names without case or diacritics: Erdoğan == Erdogan."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


_ACRONYM = re.compile(r"((?:[A-Z][\w’'-]+\s+(?:(?:of|for|and|on|the|de)\s+)*){1,6}[A-Z][\w’'-]+)\s+\(([A-Z][A-Za-z]{1,7})\)")
_ACRONYM_END = re.compile(r"\([A-Z][A-Za-z]{1,7}\)")


def _acronyms(text: str):
    """The matches of ``_ACRONYM.finditer(text)``, several times as fast: its words hold no
    bracket, so a match is the first one in the stretch between the brackets before an
    acronym's "(" and its ")", and only those stretches are searched."""
    for end in _ACRONYM_END.finditer(text):
        begin = max(text.rfind("(", 0, end.start()), text.rfind(")", 0, end.start())) + 1
        found = _ACRONYM.search(text, begin, end.end())
        if found is not None:
            yield found


# How far the quote finder reads around a cue: a speaker phrase is looked for at most _LOOK_BACK
# characters before its cue and names nobody past _MAX_PHRASE characters, reported content runs
# at most _MAX_CONTENT characters, and a query about earlier people reads back at most _RECALL
# names. Each cue and mark then costs bounded work, however long its sentence or paragraph
# (real speaker phrases are under 150 characters, reported content under 400).
_LOOK_BACK = 500
_MAX_PHRASE = 300
# A whole word, and a word inside a sentence (after a word in lower case or a comma): see _Context.common_word,
# which reads the text twice for each of at most _MAX_CASINGS words of a document
_WHOLE = r"(?<![\w’'-])%s(?![\w’'-])"
_INNER = r"(?<=[a-z,;] )%s(?![\w’'-])"
_MAX_CASINGS = 64
_MAX_CONTENT = 1_000
_RECALL = 64
_MAX_ORGANISATIONS = 50


class _People:
    """People noted in a document, read back from a position.

    Names found by scanning the text come in text order; quote speakers come afterwards,
    in quote order. ``latest(pos)`` gives the entries before ``pos``: quote speakers first
    (the last noted first), then scanned names (the nearest first), at most ``_RECALL``
    of each.
    """

    def __init__(self):
        self.scanned, self.positions, self.noted = [], [], []

    def add(self, entry: tuple, scanned: bool) -> None:
        if scanned:
            self.scanned.append(entry)
            self.positions.append(entry[0])
        else:
            self.noted.append(entry)

    def latest(self, pos: int):
        for entry in islice(reversed(self.noted), _RECALL):
            if entry[0] < pos:
                yield entry
        i = bisect_left(self.positions, pos)
        yield from reversed(self.scanned[max(0, i - _RECALL):i])

    def after(self, pos: int):
        """Scanned entries from ``pos`` on, the nearest first (at most ``_RECALL``)."""
        i = bisect_left(self.positions, pos)
        yield from self.scanned[i:i + _RECALL]


@dataclass
class _Context:
    """What a document has said so far: people named (with position, role and whether
    the name opens its sentence), quote speakers, and acronyms defined in the text.

    People are indexed by the first and last words of their names and by the words of
    their roles, so that each question about them reads a few entries, not the document.
    """

    text: str
    acronyms: dict[str, str] = field(default_factory=dict)
    is_place: object = None
    everyone: _People = field(default_factory=_People)
    subjects: _People = field(default_factory=_People)
    by_part: dict[str, _People] = field(default_factory=dict)
    by_middle: dict[str, _People] = field(default_factory=dict)  # the inner words of names of 3+ words
    by_role_word: dict[str, _People] = field(default_factory=dict)
    pairs: list[tuple[int, str]] = field(default_factory=list)  # two persons named together, by position
    organisations: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    turn_starts: list[int] = field(default_factory=list)  # of the transcript's turns, in order
    genders: dict[str, str | None] = field(default_factory=dict)  # see gender()
    title: str = ""  # the document's title
    host: str | None = None  # the state whose government's source the document is ("The White House": USA)
    _casing: dict[str, bool] = field(default_factory=dict)  # see common_word()
    given: dict[str, dict] = field(default_factory=dict)  # a turn speaker's folded given name -> {name: role}

    def common_word(self, word: str) -> bool:
        """Whether a capitalised word the text also writes in lower case, and never capitalised inside a
        sentence, is a common word that opens a sentence ("Yeah, can you ...", "Such remarks are", "Why not
        ... say"), not a name; acronyms ("CNN") and names the text writes inside sentences ("the Government",
        "Fauci") are names. Each word is looked up once, at most ``_MAX_CASINGS`` words a document.

        >>> ctx = _Context("Why not say so? I asked why. Ask Fauci why. Fauci said no.")
        >>> ctx.common_word("Why"), ctx.common_word("Fauci")
        (True, False)
        """
        if not word[:1].isupper() or not word[1:].islower():
            return False
        if word not in self._casing:
            if len(self._casing) >= _MAX_CASINGS:
                return False
            self._casing[word] = bool(re.search(_WHOLE % re.escape(word.lower()), self.text)) \
                and not re.search(_INNER % re.escape(word), self.text)
        return self._casing[word]

    def previous_turn(self, turn_start: int) -> int | None:
        """Where the turn before the one starting at ``turn_start`` starts (the question an answer
        answers), or None."""
        k = bisect_left(self.turn_starts, turn_start)
        return self.turn_starts[k - 1] if k else None

    def add(self, pos: int, name: str, role: str | None, subject: bool = False, scanned: bool = False,
            titled: bool = False) -> None:
        """Note a person: ``scanned`` while scanning the text (in text order), else a quote speaker;
        ``titled``: named in the document's title, found only by the words of their name."""
        entry = (pos, name, role, _fold(name))
        words = [_fold(w) for w in name.split()]
        for part in {words[0], words[-1]} if len(words) > 1 else ():
            self.by_part.setdefault(part, _People()).add(entry, scanned)
        for part in set(words[1:-1]) - _PARTICLES:  # "Wanda Vázquez Garced": a first surname
            self.by_middle.setdefault(part, _People()).add(entry, scanned)
        if titled:  # in prose "the Governor" is the title's governor; "the President" may be another state's,
            # and in a transcript the title's people speak in turns ("the Secretary" is someone else)
            for word in set(role.lower().split()) if role and not _OFFICE.search(role) and not self.turn_starts else ():
                self.by_role_word.setdefault(word, _People()).add(entry, scanned)
            return
        self.everyone.add(entry, scanned)
        if subject:
            self.subjects.add(entry, scanned)
        for word in set(role.lower().split()) | _title_words(role) if role else ():
            self.by_role_word.setdefault(word, _People()).add(entry, scanned)

    def gender(self, name: str, role: str | None = None) -> str | None:
        """``male`` or ``female`` when the person's title or role says so ("Mr Lavrov", "spokeswoman
        Hua", "Lady Jill Biden"), or when the text says so of the person's full name by a word of
        ``gendered_words.csv`` right before one of its mentions ("Ms Dong Xiaolin") or heading an
        apposition after one ("Hatice Cengiz, fiancée of ..."); when it says neither, by a given name
        of ``given_names.csv`` opening the full name ("Greg Barton"); None when nothing says, when the
        text says both, and for a lone surname, which a family shares ("Mrs Biden", "President Biden")."""
        words, before, after = _gendered()
        titled = {words[w] for w in f"{role or ''} {name.split()[0]}".lower().replace(".", "").split() if w in words}
        if titled:
            return titled.pop() if len(titled) == 1 else None
        if len(name.split()) < 2:
            return None
        if name not in self.genders:
            said = set()
            for match in re.finditer(rf"(?<![\w’'-]){re.escape(name)}\b", self.text):  # the name itself
                for found in (before.search(self.text, max(0, match.start() - 40), match.start()),
                              after.match(self.text[match.end():match.end() + 60])):
                    if found:
                        said.add(words[found.group(1).lower()])
            if said:  # the text's word decides; two words that disagree leave it open
                self.genders[name] = said.pop() if len(said) == 1 else None
            else:
                self.genders[name] = given_gender(name)
        return self.genders[name]

    def full_name(self, name: str, pos: int, middle: bool = False,
                  other: str | None = None) -> tuple[str, str | None] | None:
        """Resolve a surname (or any partial name) to the last full name seen before ``pos`` (else the
        first after it) whose first or last word it is (family name last, Joe Biden, or first, Lin
        Jian); with ``middle``, failing those, one whose inner word it is ("Governor Vázquez" after
        "Wanda Vázquez Garced", a paternal surname before the maternal); with ``other``, not one the text
        gives that gender ("Mr Tan" is not "Ms Tan Hui Ling")."""
        part, folded = _fold(name.split()[-1]), _fold(name)
        for index in (self.by_part, self.by_middle) if middle else (self.by_part,):
            people = index.get(part)
            for _, full, role, key in chain(people.latest(pos), people.after(pos)) if people else ():
                if key != folded and (other is None or self.gender(full, role) != other):
                    return full, role
        return None

    def pair(self, pos: int, floor: int) -> str | None:
        """The two persons last named together between ``floor`` and ``pos`` ("Vladimir Putin and
        Angela Merkel", "Premier Li Keqiang had a telephone conversation with ... Jean-Claude
        Juncker"), or, when the text names no two persons together before ``pos``, the first two it
        names together within ``_PAIR_AHEAD`` characters after; else None."""
        k = bisect_left(self.pairs, (pos,))
        if k == 0 and self.pairs and self.pairs[0][0] - pos <= _PAIR_AHEAD:
            return self.pairs[0][1]  # "Both leaders expressed ... Vladimir Putin and Paolo Gentiloni exchanged"
        return self.pairs[k - 1][1] if k and self.pairs[k - 1][0] >= floor else None

    def by_role(self, noun: str, pos: int, role: str | None = None, accept=None) -> tuple[str, str | None] | None:
        """Resolve "the commissioner" to the last person whose role has that word; with ``role``,
        the last whose role has every title word of it and the same rank ("the Vice President"
        is not "President Biden", "the Prime Minister" not "Foreign Minister Lavrov"); with
        ``accept``, the last whose role it accepts."""
        want = _title_words(role) if role else None
        if want is not None and want >= _FOREIGN_MINISTER:  # "the top diplomat", "the Foreign Secretary": a
            noun, want = "minister", _FOREIGN_MINISTER | (want & _RANKS)  # foreign minister by any title
        people = self.by_role_word.get(noun.lower())
        for entry in people.latest(pos) if people else ():
            if (want is None or _same_rank(want, _title_words(entry[2]))) and (accept is None or accept(entry[2])):
                return entry[1], entry[2]
        return None

    def subject_before(self, pos: int, floor: int, other: str | None = None) -> tuple[str, str | None] | None:
        """The last person named at the start of a sentence between ``floor`` and ``pos`` whose
        gender (:meth:`gender`) is not ``other``.

        Quote speakers are read first; a person named before ``floor`` (an earlier paragraph) is
        passed over, not the end of the search.
        """
        for entry in self.subjects.latest(pos):
            if entry[0] < floor:
                continue
            # a surname's (or a run's, "Messrs Putin") full name; a given name and surname are themselves
            # ("Samuel Okafor" is not his brother "Daniel Okafor")
            whole = " " in entry[1] and entry[1].split()[0] in _given_names()
            found = (None if whole else self.full_name(entry[1], entry[0])) or (entry[1], entry[2])
            if other is None or self.gender(*found) != other:
                return found
        return None

    def organisation(self, name: str, pos: int) -> str:
        """An organisation's name as the text gives it in full before ``pos``: what an acronym stands
        for ("SDF" -> "Syrian Democratic Forces"), else its fuller name (:meth:`longer_name`)."""
        return self.acronyms.get(name) or self.longer_name(name, pos)

    def named_body(self, noun: str, pos: int) -> str | None:
        """The body "the department", "the ministry" or "the company" refers back to: the last one named
        before ``pos`` whose name ends in that word ("the Justice Department", "the Department of Justice")
        or, for a company, in a company's suffix ("Meridian Motors Co."); else None."""
        noun = noun.lower()
        if noun in ("company", "firm"):
            found = list(_COMPANY.finditer(self.text, max(0, pos - _TITLE_BACK), pos))
            return found[-1].group(1) if found else None
        if noun in _NOT_ANAPHORIC or noun in _document_words() or "body" not in _word_kinds().get(noun, frozenset()):
            return None
        head = noun.capitalize()
        pattern = re.compile(r"(?<![\w’'])(?:[A-Z][\w’'&.-]*\s+){0,4}" + head + r"\b(?:" + _OF_NAME + ")?")
        for found in reversed(list(pattern.finditer(self.text, max(0, pos - _TITLE_BACK), pos))):
            words = _without_owner(found.group(0).split())  # "Russia's Foreign Ministry": the ministry
            while words and words[0].lower() in _STOPWORDS | _DETERMINERS:
                words = words[1:]
            if len(words) > 1:
                return " ".join(words)
        return None

    def longer_name(self, name: str, pos: int) -> str:
        """The fuller name an organisation had last before ``pos``: "Police" -> "Thames Valley Police"."""
        if len(name.split()) > 2:
            return name
        if name not in self.organisations:  # the text is read once per name, for a few names
            few = len(self.organisations) < _MAX_ORGANISATIONS
            self.organisations[name] = _fuller_names(self.text, name) if few else []
        found = self.organisations[name]
        k = bisect_right(found, (pos, "\uffff"))
        return found[k - 1][1] if k else name  # the last one named before

    def last_person(self, pos: int, floor: int = 0, other: str | None = None) -> tuple[str, str | None] | None:
        """The last person named between ``floor`` and ``pos`` whose gender is not ``other``."""
        for entry in self.everyone.latest(pos):
            if entry[0] < floor:
                return None
            if other is None or self.gender(entry[1], entry[2]) != other:
                return entry[1], entry[2]
        return None


@lru_cache(maxsize=16384)  # asked of every person the people scan finds; names recur
def _personal(speaker: Speaker | None) -> bool:
    """Whether a parsed phrase names a person as persons are named (one of two named together): every
    word of the name capitalised and none a role, a thing or a contraction ("AU Chairperson", "Clean
    Energy", "I’d"), and at least two words unless after a title ("Mr Putin", not "... for Foreign
    Affairs")."""
    if speaker is None or speaker.kind != "person" or not speaker.name:
        return False
    words = speaker.name.split()
    if not all(_name_word(w) and not _not_a_name(w, alone=False) for w in words):
        return False
    # a surname alone only after a title: "Mr Putin", "Prime Minister Abe"
    return len(words) > 1 or (speaker.role is not None
                              and "title" in _role_words().get(speaker.role.split()[-1].lower(), ()))


def _is_joint(speaker: Speaker | None) -> bool:
    """Whether a parsed phrase is a joint speaker ("Russia and China")."""
    return speaker is not None and _AND in (speaker.name or "")


@lru_cache(maxsize=4096)
def _bare_name(speaker: Speaker | None) -> bool:
    """Whether a parsed phrase is a name alone, with no role: a state, an organisation or a surname
    ("China", "the EU", "Microsoft", "Smith"), each word capitalised and none a role, a thing, a
    field or a word that names nobody. Two of them joined by "and" speak together."""
    if speaker is None or speaker.kind not in ("person", "organisation") or not speaker.name or speaker.role:
        return False
    return all(_name_word(w) and w.lower().removesuffix("s") not in _role_words() and not _not_a_name(w)
               for w in speaker.name.split())


def _name_word(word: str) -> bool:
    """A capitalised word that is no role, no thing or place ("Plan", "Tower") and no field ("Affairs")."""
    low = word.lower()
    return word[:1].isupper() and low not in _role_words() and low not in _not_names(things=True) \
        and low not in _fields()


# A company's name by its suffix: "Meridian Motors Co.", "Halvorsen Foods Inc."
_COMPANY = re.compile(r"(?<![\w’'])((?:[A-Z][\w&’'-]*\s+){1,4}(?:Co\.|Company|Corp\.|Corporation|Inc\.|Ltd\.|LLC|"
                      r"plc|PLC|AG|SA|N\.V\.|Holdings))")
# "the department", "The company separately": a body's head after "the", perhaps with an adverb
_THE_HEAD = re.compile(r"[Tt]he\s+([a-z]+)(?:\s+[a-z]+ly)?")
# Heads of a body that "the ..." names without pointing back to one named before: the speaker's own
# government ("the government said"), the police, a group of any kind
_NOT_ANAPHORIC = frozenset({"government", "administration", "police", "group", "army", "mission", "embassy"})


def _without_owner(words: list[str]) -> list[str]:
    """The words of a name after its owner's possessive: "North Korea's KCNA" -> ["KCNA"]."""
    owner = max((i + 1 for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s"))), default=0)
    return words[owner:]


def _fuller_names(text: str, name: str) -> list[tuple[int, str]]:
    """Where each fuller name that ``name`` is the head of ends, and the name, in text order: capitalized
    words before it ("Police" -> "Thames Valley Police"); for a body's head word also an "of" phrase after it
    ("The Department" -> "California Department of Corrections and Rehabilitation")."""
    body = bool(_word_kinds().get(name.lower(), frozenset()) & {"body", "name"})
    pattern = re.compile(r"(?:[A-Z][\w’'-]+\s+){%d,4}" % (0 if body else 1) + re.escape(name) + r"\b("
                         + (_OF_NAME if body else "") + ")?")
    found, skip = [], _STOPWORDS | _DETERMINERS
    for m in pattern.finditer(text):
        words, tail = _without_owner(m.group(0).split()), m.group(1) or ""  # "North Korea's KCNA": the owner
        # is no part of the name
        if words[0].lower() in skip:
            if not tail:
                continue  # "The White House" names no house; "So Congress"
            while words[0].lower() in skip:
                words = words[1:]  # "The California Department of Corrections": from "California"
        full = " ".join(words)
        if " and " in tail and not _body_with_and(full):
            full = full[:full.rfind(" and ")]  # "the Department of Labor and HHS": two bodies
        if full != name:
            found.append((m.end(), full))
    return found


# A body's name going on after its head word: " of Corrections and Rehabilitation", " of the Vietnamese
# Foreign Ministry"
_OF_NAME = (r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s+){0,3}[A-Z][\w’'&-]*"
            r"(?:\s+and\s+(?:[A-Z][\w’'&-]*\s+)?[A-Z][\w’'&-]*)?")


# A transcript's question or answer label before a name run: "Q Thanks", "Q John".
_LABEL = re.compile(r"[QA]\s")
# Capitalized words in a row; a period may only follow an initial or a title ("J.", "Mr.").
_PARTICLE = r"(?:al|el|ul|ad|as|at|az|an|ar|ash|ibn|bin|abu|ben|bint)-[A-Z][\w’'&-]*"
# Abbreviations whose full stop ends no sentence ("Sen. Chuck Grassley", "Lt. Gov. Dan Patrick"; "Jr." may)
_TITLE_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "St", "Lt", "Col", "Capt", "Sgt",
                        "Jr", "Maj", "Cmdr", "Adm", "Supt", "Insp", "Atty", "Amb", "Sec", "Rev")
_BEFORE_NAMES = [t for t in _TITLE_ABBREVIATIONS if t != "Jr"]  # those that stand before a name
_NAME_RUN = re.compile(r"(?<![\w’'])(?:(?:(?:[A-Z]\.){1,3}|(?:" + "|".join(t for t in _BEFORE_NAMES if t != "St")
                       + r")\.|[A-Z][\w’'&-]*|" + _PARTICLE + r"|"
                       r"(?:bin|ibn|bint|dela|de|da|van|von|der|al|el)(?=\s+[A-Z]))\s+){1,5}(?:[A-Z][\w’'&-]*|"
                       + _PARTICLE + r")")


def _scan_people(ctx: _Context, is_place=None) -> None:
    """Note every person named in the text, so later surnames and pronouns resolve.

    Full names ("Foreign Minister Wang Yi") are noted anywhere; a single name only
    where it opens a sentence, as the likely subject ("Cengiz called ...").
    """
    for match in _acronyms(ctx.text):
        expansion = _expansion(match.group(1), match.group(2))
        if expansion:
            ctx.acronyms.setdefault(match.group(2), expansion)
    last = None  # (end, full name) of the last person named
    for match in _NAME_OR_WORD.finditer(ctx.text):
        run, opens = match.group(0), _opens_sentence(ctx.text, match.start())
        if not opens and ctx.text.startswith(", ", match.start() - 2) and ctx.text.startswith(",", match.end()) \
                and _APPOSED_SUBJECT.search(ctx.text, max(0, match.start() - 80), match.start()):
            opens = True  # "Another voice actor, Lauren Landa, would list ...": the name apposed to the subject
        elif not opens and ctx.text[match.start() - 2:match.start() - 1].islower() and " " in run \
                and (lead := _ROLE_LEAD.search(ctx.text, max(0, match.start() - 60), match.start())) \
                and lead.group(1) in _person_roles():  # (not "former": "former President Trump" opens nothing)
            opens = True  # "Government spokesman Desire Konan dismissed ...": a role before the name that opens it
        if _LABEL.match(run):
            continue  # "Q Thanks", "Q John": a transcript's question label, then a word or the one addressed
        if len(run.split()) == 1 and (not opens or (ctx.turn_starts and ctx.text.startswith(",", match.end()))):
            continue  # one word names one word: noted only as a sentence's subject (below); in a
            # transcript one word and a comma is the one addressed ("Q Thanks. Karine, on Ukraine, ...")
        if _NOT_A_NAME.search(run) or (len(run.split()[-1]) == 1 and ctx.text[match.end():match.end() + 1] == "."):
            continue  # "G20 Osaka", "Washington D.C.": a digit, or an abbreviation at the end, is no person's name
        owner = _POSSESSIVE_END.search(run)
        if owner is not None:  # "Actor Brendan Fraser's appearance ... He quipped": the owner opening a
            # sentence is its subject; not "Putin's spokesman Dmitry Peskov", whose possessed is a person
            if not opens and (titled := _title_of(ctx.text, match.start(), run)) is not run:
                opens = _opens_sentence(ctx.text, match.start() - len(titled) + len(run))  # "Secretary of
                # State Martin Gable's office has scheduled"
            if not opens or _possessed_person(ctx.text, match.end()):
                continue
            run = run[:owner.start()]
        speaker = parse_speaker(run)  # (no surname of _NAMED yet: it is set after the scan)
        titled = _title_of(ctx.text, match.start(), run)
        if titled is not run and (found := parse_speaker(titled)) is not None and found.kind == "person" \
                and found.name and len(found.name) < len(run) and found.name in run:
            speaker = found  # "Minister of Agriculture Lena Holm" is Lena Holm; "the Governor of Primorye
            # Territory" names no person
        if owner is not None and (not _personal(speaker) or run.split()[0].endswith("ing")):
            continue  # "Including Russia's decision": an owner only when named as persons are
        if speaker is None and opens and run.lower() in _MODAL_SURNAMES and (known := ctx.full_name(run, match.start())):
            ctx.add(match.start(), *known, True, scanned=True)  # "Theresa May spoke ... May had": a modal
            continue  # alone, but the surname of the person named
        if speaker is None or speaker.kind != "person":
            continue
        if is_place is not None:
            speaker = _drop_places(speaker, is_place)
            if speaker is None:
                continue
        offset = match.start() + run.rfind(speaker.name.split()[0])
        full = speaker.name if len(speaker.name.split()) >= 2 else None
        if full:
            ctx.add(offset, speaker.name, _apposed_role(ctx.text, match.end(), speaker.role), opens, scanned=True)
        elif opens and (known := ctx.full_name(speaker.name, offset)):  # "Cengiz called ...": a known surname
            ctx.add(offset, *known, True, scanned=True)
            full = known[0]
        elif speaker.role and ((opens or not ctx.turn_starts) and _title_only(speaker.role)
                               or opens and _role_head(speaker.role).lower() in _role_words()):
            # a titled surname: "Mr Putin met ...", "On Monday, US President Trump said ..."; in prose
            # anywhere ("..., President Putin advocated")
            ctx.add(offset, speaker.name, speaker.role, opens, scanned=True)
        if not _personal(speaker):
            continue
        if last is not None and _PAIRED.fullmatch(ctx.text, last[0], match.start()):  # "X and Y", "X met Y"
            if full is None and speaker.role and _title_only(speaker.role):  # "Mr Putin and Mr Bush"
                full = (ctx.full_name(speaker.name, offset) or (None,))[0]
            if full and full != last[1]:
                ctx.pairs.append((offset, _AND.join((last[1], full))))
        last = (match.end(), full) if full else last


_POSSESSIVE_END = re.compile(r"[’']s$")
_OTHER_GENDER = {"male": "female", "female": "male"}
# A sentence's opening words before a name: capitalized words, then a role in lower case ("Government
# spokesman ", "Regional governor ")
_ROLE_LEAD = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?:[A-Z][\w’'-]*\s+){0,3}"
                        r"(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\s+$")
# A sentence that opens with a lower-case description of a person, right before the name apposed to it:
# "Another voice actor, ", "Her lawyer, ", "The company's chief executive, "
_APPOSED_SUBJECT = re.compile(r"(?:^|[.!?][”\"’]?\s+|\n)(?:The|A|An|Another|Her|His|Their|Its|Our|My)"
                              r"(?:\s+[a-z][\w’'-]*){1,5},\s+$")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


def _possessed_person(text: str, end: int) -> bool:
    """Whether the word after a possessive names a person or a group ("Putin's spokesman", "Baloch's
    mother", "the company's officials"), whose name or words follow, rather than a thing ("Fraser's
    appearance").

    >>> _possessed_person("Putin's spokesman Dmitry Peskov", 7), _possessed_person("Fraser's appearance", 8)
    (True, False)
    """
    word = _NEXT_WORD.match(text, end)
    if word is None:
        return True
    noun = word.group(1).lower()
    return bool(_role_words().get(noun, frozenset()) - {"body", "name", "document"}) or noun in _gendered()[0] \
        or noun in _KIN or word.group(1)[:1].isupper()  # not "Gable's office": a body, no person


_KIN = frozenset({"parents", "children", "family", "relatives", "spouse", "partner", "friend", "friends", "lawyers",
                  "attorneys", "representatives", "spokespeople", "staff", "aides", "team"})


def _title_people(ctx: _Context, title: str | None, is_place=None) -> None:
    """Note the persons a document's title names in full after a title or role ("Working meeting
    with Irkutsk Region Governor Sergei Yeroshchenko", "Press Briefing by Press Secretary Jen
    Psaki"), so that a surname in the text ("Mr Yeroshchenko") finds its full name. They are
    found by their names only: no sentence's subject, no last person named, no holder of a role
    ("the President" in a Kremlin item is not the foreign president its title names)."""
    if not title:
        return
    named = _Context(title, is_place=is_place)
    _scan_people(named, is_place)
    for _, name, role, _ in sorted(named.everyone.scanned):
        words = name.split()
        if len(words) > 2 and not any(len(w.rstrip(".")) == 1 or _is_particle(w) for w in words):
            words = words[-2:]  # a title's capitals run on: "Children's Rights Anna Kuznetsova"
        if len(words) > 1 and role and not re.search(r"[’']s\b", name):  # not "Hong Kong's Carrie Lam"
            ctx.add(-1, " ".join(words), role, scanned=True, titled=True)


def _apposed_role(text: str, end: int, role: str | None) -> str | None:
    """A full name's role: the one before it, unless it is only a title ("Dr"), else an apposition
    after it ("Hans-Joachim Meyer, Minister of Science and Art of Saxony, ..."), so that "the
    Minister" later finds the person."""
    if role and not _title_only(role):
        return role
    apposed = _APPOSITION.match(text, end)
    if apposed and _role_head(apposed.group(1)).lower() in _role_words():
        return apposed.group(1)
    return role


def _title_of(text: str, start: int, run: str) -> str:
    """A name run with the title that stands before it and "of" or "for" ("Minister of" before
    "Agriculture Lena Holm"): the whole phrase, whose name may be "Lena Holm" and role "Minister of
    Agriculture"; else the run itself.

    >>> t = "He met Minister of Agriculture Lena Holm"
    >>> _title_of(t, 19, "Agriculture Lena Holm"), _title_of("the Bank of England Governor", 12, "England Governor")
    ('Minister of Agriculture Lena Holm', 'England Governor')
    """
    if not text.endswith((" of ", " for "), max(0, start - 5), start):
        return run
    head = _TITLE_OF_BEFORE.search(text, max(0, start - 40), start)
    if head is None or not _titles_a_person(_role_head(head.group(1))):
        return run
    return text[head.start():start] + run


_TITLE_OF_BEFORE = re.compile(r"\b((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+(?:of|for)\s+$")


_APPOSITION = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?([A-Za-z][^,.;:()“”\"]{2,80}?),")
_NOT_A_NAME = re.compile(r"\d")
# The lookahead (every run starts with a capital or a particle's first letter) lets the engine
# skip the other positions of the text fast; the runs found are the same.
_NAME_OR_WORD = re.compile("(?=[A-Zabdeiuv])" + _NAME_RUN.pattern.replace("{1,5}", "{0,7}"))
_read_once = lru_cache(maxsize=32768)(_read_speaker)  # phrases recur ("the Secretary-General", "We"): parsed once


@lru_cache(maxsize=16384)  # names recur; ``is_place`` is one registry's bound method
def _drop_places(speaker: Speaker, is_place) -> Speaker | None:
    """Take a place off the front of a name ("Hong Kong Carrie Lam"); None if it is all place."""
    words = speaker.name.split()
    if is_place(speaker.name):
        return None
    for k in range(len(words) - 2, 0, -1):
        if is_place(" ".join(words[:k])):
            role = " ".join(filter(None, [speaker.role, " ".join(words[:k])]))
            return Speaker(speaker.surface, " ".join(words[k:]), role, "person")
    return speaker


def _expansion(words: str, acronym: str) -> str | None:
    """The words an acronym stands for: "Kurdish-led Syrian Democratic Forces", "SDF" -> the last three."""
    tokens = words.split()
    for i in range(len(tokens)):
        initials = "".join(t[0] for t in tokens[i:] if t[0].isupper())
        if initials == acronym.upper():
            return " ".join(tokens[i:])
    if len(acronym) >= 4 and not acronym.isupper():  # "Phivolcs": beginnings of words, not initials
        for i in range(len(tokens) - 1):
            if tokens[i][0] == acronym[0] and _clipped(acronym.lower(), [t.lower() for t in tokens[i:]], 0, 0):
                return " ".join(tokens[i:])
    return None


def _clipped(short: str, words: list[str], i: int, j: int) -> bool:
    """Whether ``short[i:]`` is the beginnings of some of ``words[j:]``, in order, the first of them
    ``words[j]`` when ``i`` is 0, at least two words in all: "phivolcs" from "philippine institute of
    volcanology and seismology" (phi-volc-s).

    >>> _clipped("phivolcs", "philippine institute of volcanology and seismology".split(), 0, 0)
    True
    >>> _clipped("reuters", ["reuters", "news"], 0, 0)
    False
    """
    if i == len(short):
        return j >= 2
    for k in ([j] if i == 0 else range(j, len(words))):
        size = 0
        while size < min(len(words[k]), len(short) - i) and words[k][size] == short[i + size]:
            size += 1
        if any(_clipped(short, words, i + n, k + 1) for n in range(size, 0, -1)):
            return True
    return False


def _opens_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a sentence or its clause after fronted adverbials: "This year, Vice
    President Wang Qishan attended ...", "According to reports, on September 24, US President
    Trump mentioned ..." (the name is the sentence's subject).

    Examples
    --------
    >>> t = "He left. On Monday, Wang Yi spoke. It was, Wang Yi said, fine."
    >>> [_opens_sentence(t, t.index("Wang Yi", k)) for k in (0, 30)]
    [True, False]
    """
    before = text[max(0, pos - 3):pos]
    if pos == 0 or before.endswith(("\n", ". ", "? ", "! ", '" ', "” ", ": ")):  # ": " after a turn's label
        return True
    return before.endswith(", ") and _FRONTED.search(text, max(0, pos - 120), pos) is not None


# One to three adverbials before a sentence's subject, the first opening with a preposition or a
# time word ("On September 24, ", "This year, ", "According to reports, on Monday, ").
_FRONTED = re.compile(r"(?:^|\n|[.?!][\"”’]?\s|(?<![A-Za-z])[QA]:\s)\s*"
                      r"(?:On|In|At|During|After|Before|Since|Following|According\s+to|Last|This|Earlier|"
                      r"Later|Yesterday|Today|Recently|Meanwhile|Also|Then|Moreover|Furthermore|Besides|"
                      r"Additionally|Previously|Over|Throughout|So|And|But|Now|Well|First|Second|Third|"
                      r"Finally|Again|Indeed|Instead|Still|Separately|Likewise|Similarly|Amid|Amidst|Among|Despite|"
                      r"Under|With|Without|Upon|Unlike|Through|Within|Across|Ahead|As|When|While|Once|Although|"
                      r"Though|Asked|Speaking|Addressing|Responding|Commenting)\b"
                      r"[^,.;:?!\n“”\"]{0,50},\s(?:[a-z][^,.;:?!\n“”\"]{0,50},\s){0,2}$")


def _find_marks(text: str, start: int, end: int, carried_open: bool) -> list[_Quote]:
    quotes, inside = [], start - 1 if carried_open else None
    for match in _MARK.finditer(text, start, end):
        mark, pos = match.group(0), match.start()
        if carried_open and pos == start:  # the mark that reopens a quote running over paragraphs
            inside = pos
            continue
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


def _closes_later(text: str, paragraphs, p_start: int, reach: int = 12) -> bool:
    """Whether an open quote runs on into the paragraph at ``p_start`` without a reopening mark:
    the next mark from here (within ``reach`` paragraphs) is a closing curly mark, so these
    paragraphs are inside the quote (the Kremlin's messages: one “ and one ” paragraphs apart)."""
    k = bisect_left([a for a, _ in paragraphs], p_start)
    stop = paragraphs[min(k + reach, len(paragraphs)) - 1][1]
    first = _MARK.search(text, p_start, stop)
    return first is not None and first.group(0) in _CLOSERS


def _strip(q: _Quote, text: str) -> _Quote:
    span = text[q.start:q.end]
    q.start += len(span) - len(span.lstrip())
    q.end -= len(span) - len(span.rstrip())
    return q


def _trim_end(text: str, floor: int, end: int) -> int:
    """Where ``text[floor:end].rstrip()`` ends."""
    while end > floor and text[end - 1].isspace():
        end -= 1
    return end


def _left_of(text: str, floor: int, end: int, size: int = 200) -> str:
    """``text[floor:end].rstrip()``, or its last ``size`` characters."""
    end = _trim_end(text, floor, end)
    return text[max(floor, end - size):end]


def _standalone(text: str, q: _Quote, para_start: int) -> bool:
    before = _left_of(text, para_start, q.start - 1)
    if not before or before[-1] in ",:;—–-([" or before[-1] in _SENT_PUNCT or before[-1] in _CLOSERS + _STRAIGHT:
        return True
    if re.search(r"[”\"],?\s+and$", before):  # '..." and "...': a second piece of the same quote
        return True
    last_word = before.split()[-1] if before.split() else ""
    return bool(_cues()[0].fullmatch(last_word))


def _quotable(text: str, q: _Quote) -> bool:
    """Long enough, or punctuated enough, to be a quoted statement rather than a term."""
    inner = text[q.start:q.end]
    return len(inner.split()) >= 4 or bool(re.search(r"[.!?]$", inner))


def _np_before(text: str, end: int, floor: int) -> str:
    """The phrase just left of ``end``, back to a clause boundary."""
    region = text[max(floor, end - _LOOK_BACK):end]
    cut = max(region.rfind(c) for c in (",", ";", ":", "“", "”", '"', "—", "–", "["))
    offset = end - len(region)
    for stop in (". ", "! ", "? ", ".\n"):
        at = region.rfind(stop)
        while stop[0] == "." and at > 0 and (_TITLE_END.search(region, max(0, at - 5), at)
                                            or text[offset + at + 2:offset + at + 3].islower()):
            at = region.rfind(stop, 0, at)  # "as Dr. Fauci said", "Gavin Newsom of Calif. said": no sentence's end
        if at >= 0:
            cut = max(cut, at + 1)
    start, joined = cut, None
    if region.startswith(", with ", cut):  # ", with officials saying": the participle's own subject
        cut += len(", with")
    for joiner in (" and ", " but ", " while ", " whereas ", " although ", " though ", " as ", " that ", " after ",
                   " when ", " because ", " what "):  # "to repeat what Dr. Walensky just said"
        j = region.rfind(joiner)
        if j > cut:
            cut, joined = j + len(joiner) - 1, joiner
    phrase = region[cut + 1:].strip()
    if joined == " and " and (phrase[:1].isupper() or phrase.startswith("the ")):  # "Mr Putin and Mr Bush"
        group = _GROUP_FROM.search(region, start + 1, cut - 4)
        if group is not None:  # "scientists from Tsinghua University and the Chinese Academy", "from the
            return group.group(1)  # University of Bristol and UC Davis": the scientists, whatever the bodies
        body = _BODY_BEFORE_AND.search(region, start + 1, cut - 4)
        if body is not None and _body_with_and(f"{body.group(0)} and {phrase}"):
            return f"{body.group(0)} and {phrase}"  # "The Department of Health and Human Services": one body
        first = _LAST_NAME_RUN.search(region, start + 1, cut - 4)
        if first is None:
            return phrase
        clause = max([0] + [i + len(s) for s in _STOPS if (i := region.rfind(s, 0, first.start())) >= 0])
        listed = _LISTED.search(region, clause, first.start())
        begins = listed.start() if listed else first.start()
        items = listed.group(0) if listed else ""  # "the EU, the UK, " before "France and Germany"
        while True:  # "Yesterday, the FDA and CDC", "Secondly, the US, Japan and Australia": from a name on
            both = f"{items}{first.group(0)} and {phrase}"
            joint = parse_speaker(both)
            if not items or _is_joint(joint):
                break
            items = items.partition(",")[2].lstrip()
        if not _is_joint(joint):
            return phrase
        lead = [w.lower() for w in region[max(clause, region.rfind(",", 0, begins) + 1):begins].split()
                if w not in ("Q", "Q:", "A:")]  # a transcript's label
        lead = lead[:-1] if lead[-1:] == ["the"] else lead
        persons = all(_personal(parse_speaker(n)) for n in _LIST_SEP.split(both))
        if persons and phrase.startswith("the "):
            return phrase  # "for East Asia and the Pacific David Stilwell": a portfolio, one person
        if lead and lead[-1] not in _BEFORE_SUBJECT and not persons:
            return phrase  # "the governors of Indiana and Utah", "sending Leopards and Abrams": objects, no subject
        return both
    return phrase


_HONORIFIC = re.compile(r"\s*(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b")
# A role described in lower case that ends with a place it is of: ", the mayor of Esperanza" (", Sultan Kudarat")
_ROLE_OF_PLACE = re.compile(r",\s+(?:the|a|an)\s+[a-z][a-z\s-]{0,40}\s(?:of|in|from)\s+"
                            r"(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*$")
# A body's name that goes on after "and": "the Department of Health" (and Human Services), "the Centers for
# Disease Control" (and Prevention), "the National Institute of Allergy" (and Infectious Diseases); one or two
# words after "and", no acronym ("the Department of Labor and HHS" are two) and no person ("... for Foreign
# Affairs and Security Policy Federica Mogherini").
_BODY_BEFORE_AND = re.compile(r"(?<![\w’'.-])(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+){1,4}(?:of|for|on)\s+(?:the\s+)?"
                              r"(?:[A-Z][\w’'&.-]*\s+){0,2}[A-Z][\w’'&-]*$")
_BODY_WITH_AND = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w’'&.-]*\s+){1,4})(?:of|for|on)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w’'&.-]*\s+){0,2}[A-Z][\w’'&.-]*\s+and\s+(?:[A-Z][\w’'&-]*\s+)?[A-Z][a-z][\w’'&-]*")
# A plural noun of people heading a clause's subject, with the places or bodies they come from: "scientists
# from China's Tsinghua University and ...", "authorities in the United Kingdom and ...".
_GROUP_FROM = re.compile(r"(?<![\w’'-])((?:[A-Za-z][a-z]*\s+)?"
                         r"(?i:researchers|scientists|authorities|officials|experts|investigators|doctors|lawyers|"
                         r"economists|analysts|diplomats|sources))\s+(?:from|in|at|of|with)\s+[^,;:.]{1,100}$")


def _body_with_and(phrase: str) -> bool:
    """Whether a phrase with "and" is one body's name, a body word before its "of" or "for": "the
    Department of Health and Human Services", "Centers for Disease Control and Prevention"."""
    found = _BODY_WITH_AND.fullmatch(phrase.strip())
    words = _word_kinds()
    return found is not None and any(words.get(w.lower(), words.get(w.lower().removesuffix("s"), frozenset()))
                                     & {"body", "name"} for w in found.group(1).split())


# Words after which a clause's subject can stand: "that China and Russia said", "Have Pfizer and Moderna agreed"
_BEFORE_SUBJECT = frozenset({"both", "that", "when", "while", "as", "after", "before", "because", "since", "if", "so",
                             "and", "but", "also", "now", "then", "today", "yesterday", "tonight", "earlier", "later",
                             "meanwhile", "however", "although", "though", "whereas", "where", "whether"}
                            | {w.lower() for w in _ASKING})
_LIST_SEP = re.compile(r",\s+|\s+and\s+")
_STOPS = (". ", "! ", "? ", ".\n", ":", ";", "\n")
# A name that may be one of several listed as a subject: "the EU", "Adidas", "the US Postal Service"
_LISTED_NAME = r"(?:[Tt]he\s+)?(?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*"
# Names listed before the last two of a joint speaker: "the EU, the UK, " before "France and Germany"
_LISTED = re.compile(rf"(?:(?<![\w’'.-]){_LISTED_NAME},\s+){{1,6}}(?:the\s+)?$")


# Capitalised words (a title's period allowed) ending where "and" begins: "Mr Putin", "Vladimir Putin"
_LAST_NAME_RUN = re.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'&-]*\.?\s+){0,3}[A-Z][\w’'&-]*$")


def _shared_head(left: str, phrase: str) -> bool:
    """Whether the words before "and" qualify the plural noun after it, as the capitalised words
    right before that noun do ("New Orleans and Jefferson Parish officials have said", "Chinese and
    Russian officials have said": unnamed officials), rather than name a person of their own
    ("President Trump and senior officials have said").

    >>> _shared_head("New Orleans and", "Jefferson Parish officials have")
    True
    >>> _shared_head("President Trump and", "Russian officials have")
    False
    """
    if not left.endswith(" and") or not phrase[:1].isupper():
        return False
    conjunct = re.split(r"[,;:.!?]\s", left[:-4])[-1].strip()
    words = conjunct.split()
    if not 0 < len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    named = parse_speaker(conjunct)
    return named is None or named.role is None


def _names_only(phrase: str, person: Speaker) -> bool:
    """Whether the words of ``phrase`` before the person's name are a title or a role, not a clause
    that happens to end in a name.

    >>> _names_only("Foreign Minister Wang Yi", parse_speaker("Foreign Minister Wang Yi"))
    True
    >>> _names_only("Pohiva was an advocate in Tonga", parse_speaker("Pohiva was an advocate in Tonga"))
    False
    """
    lead = phrase[:phrase.rfind(person.name)] if person.name and person.name in phrase else phrase
    return all(w[:1].isupper() or w.lower() in _CONNECTORS or w.lower().strip(",") in _role_words()
               for w in lead.split())


_CONNECTORS = frozenset({"of", "the", "and", "for", "on", "as", "to"})


# An aside after a name that says no role: an age, a party and a state ("D-Calif.", "R-N.Y.", "Republican
# of Iowa", "a Democrat from Texas"), a clause on who they are ("who spoke on condition of anonymity") or where
# they spoke ("speaking at a news conference"), with the comma before it; right before a cue, no further back
# than _ASIDE_SPAN characters
_ASIDE_LEAD = (r"(?:who|whose|which|speaking|appearing|testifying|writing|interviewed|asked|answering|responding|"
               r"addressing|reacting)")
_PARTY_TAG = r"(?:[DRI]|Dem|Rep|Ind)-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"  # "D-Calif.", "R-N.Y.", "R-New Jersey"
_ASIDE = re.compile(r"(?<=[\w.]),\s+(?:\d{1,3}|" + _PARTY_TAG + r"|(?:in\s+contrast|however|meanwhile|in\s+turn|"
                    r"for\s+(?:its|his|her|their)\s+part|too|though|in\s+a\s+statement)|"
                    r"(?:an?\s+)?(?:Republican|Democrat|Democratic|[Ii]ndependent|Conservative|Labour|Liberal)"
                    r"(?:\s+(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?|"
                    rf"{_ASIDE_LEAD}\s[^,;:!?“”\"—–]{{3,120}}),\s*$")
_ASIDE_SPAN = 140
# A party and state tag with an apposition after it, or in brackets: "Sen. Greg Dunbar, R-Ohio, a co-sponsor,
# said", "Majority Leader Gwen Tolliver (R-Okla.) told": the name before the tag
_TAGGED = re.compile(rf"(?<=[\w.])(?:,\s+{_PARTY_TAG},|\s+\({_PARTY_TAG}\),?)"
                     r"(?:\s+[^,;:!?“”\"—–()]{3,120},)?\s*$")


def _subject_before(text: str, cue_start: int, floor: int) -> Speaker | None:
    """The speaker phrase before a cue, looking past an appositive or a coordinated verb.

    ``Scientist Rebecca Falconer, an Ithaca College undergraduate, said`` and
    ``Erdoğan cited Article 5 and said`` both give the name at the clause start.
    Nothing more than ``_LOOK_BACK`` characters before the cue is read.
    """
    sentence_floor, floor = floor, max(floor, cue_start - _LOOK_BACK)
    aside = _ASIDE.search(text, max(floor, cue_start - _ASIDE_SPAN), cue_start) \
        or _TAGGED.search(text, max(floor, cue_start - _ASIDE_SPAN), cue_start)
    if aside is not None:  # "Rep. Jane Doe, D-Calif., said", "Smith, 54, said": the name before the aside
        return _subject_before(text, aside.start(), sentence_floor)
    bracketed = _bracket_before(text, cue_start, floor)
    if bracketed is not None:  # "Comic artist Jenn St-Onge (Nancy Drew, Jem and the Misfits) told": before it
        speaker = _subject_before(text, bracketed, sentence_floor)
        if speaker is not None and speaker.kind in ("person", "organisation"):
            return speaker
    phrase = _np_before(text, cue_start, floor)
    lead = _AS_LEAD.match(phrase)
    if lead:
        phrase = phrase[lead.end():]  # "As Wang Yi said, ...", "As you heard the President say, ..."
    which = _WHICH_LEAD.match(phrase)
    if which:  # "the novel, which the New York Times called "..."": the relative clause's own subject
        named = parse_speaker(phrase[which.end():])
        if named is not None and named.kind in ("person", "organisation", "group", "pronoun"):
            return named
    relative = _RELATIVE_WHO.search(phrase)
    if relative:  # "The bill was drafted by Alex Greenwich who said": the name before "who"
        phrase = relative.group(1)
    speaker = parse_speaker(phrase)
    medium = _ON_MEDIUM.fullmatch(phrase) if speaker is None or speaker.kind != "person" else None
    if medium and (named := parse_speaker(medium.group(1))) is not None and named.kind in ("person", "organisation"):
        speaker = named  # "Trump on Twitter said", "Smith on Fox News said": where, not who
    placed = _PLACED.match(phrase) if speaker is None else None
    if placed:  # "Australian Prime Minister Morrison in a speech in Chicago earlier this week said"
        speaker = parse_speaker(placed.group(1))
        speaker = speaker if speaker is not None and speaker.kind in ("person", "organisation", "group") else None
    restrictive = _RESTRICTIVE.search(phrase) if speaker is None else None
    if restrictive:  # "An official who asked not to be named said", "Officials asking for anonymity said"
        speaker = parse_speaker(phrase[:restrictive.start()])
    described = phrase.split()[:1] and phrase.split()[0].lower() in ("the", "a", "an")
    if speaker is not None and speaker.kind in ("person", "pronoun") and not described:
        return speaker
    plural = speaker is not None and speaker.kind == "group" and not described
    if plural and phrase.endswith("s"):
        return speaker  # "Prices rose in Moscow, residents said": a bare plural is the subject, no apposition
    left = text[floor:cue_start - len(phrase) - (len(text[floor:cue_start]) - len(text[floor:cue_start].rstrip()))]
    left = left.rstrip()
    trailing = _TRAILING.search(phrase, max(0, len(phrase) - 120))
    if plural and trailing and phrase[:trailing.start()].endswith("s") \
            and (not left.endswith((" and", " but")) or _shared_head(left, phrase)):
        return speaker  # "Jefferson Parish officials have said"; not "President Trump and senior officials have said"
    if left.endswith(","):  # "X, who led the petition, said" / "The mayor of London, Sadiq Khan, tweeted"
        head = left[:-1]
        apposition = _np_before(text, floor + len(head), floor)
        cited = re.search(r"(?:^|,)\s*citing\s+([^,]+)$", head)
        if cited:  # "Reuters, citing anonymous sources, reported": the relay speaks for its source
            return parse_speaker(cited.group(1))
        named = _before_acronym(head) if not phrase else None
        if named is not None:
            return named
        inner = parse_speaker(apposition)
        if phrase and described and speaker is not None and speaker.kind == "group" \
                and (inner is None or inner.kind != "person"
                     or (" " not in inner.name and (not inner.role or _title_only(inner.role)))):
            return speaker  # "..., above all members of the EurAsEC, the Russian President said": the clause's own;
            # "Q Karine, the President said that": a name alone before the comma ("Dr. Jha") is the one addressed
        if not phrase and inner is not None and inner.kind == "person" and not _HONORIFIC.match(apposition) \
                and _ROLE_OF_PLACE.search(head, 0, head.rfind(",")):
            # "Charles Plotena, the mayor of Esperanza, Sultan Kudarat, announced": the place goes on (a province,
            # a state); the speaker is the one before the role
            return _subject_before(text, floor + head.rfind(",") + 1, sentence_floor)
        if not phrase and "," in head and inner is not None and " of " in f" {inner.role or ''} ":
            before = _np_before(text, floor + head.rfind(","), floor)
            lead = _AS_LEAD.match(before)
            outer = parse_speaker(before[lead.end():] if lead else before)
            if outer is not None and outer.kind == "person" and len((outer.name or "").split()) > 1:
                role = re.sub(r"^(?:the|a|an)\s+", "", apposition, flags=re.IGNORECASE)
                return Speaker(outer.surface, outer.name, role, "person")
        if inner is not None and inner.kind == "person" and not re.match(r"\s*(?:a|an|the)\s", apposition) \
                and (speaker is None or _names_only(apposition, inner)):
            return inner  # "As Shohrat Zakir, Chairman of the ..., said"; not "a lawyer representing Spanton", nor
            # a clause ending in a name ("Pohiva was an advocate for democracy in Tonga, The Guardian reported")
        if not phrase and "," in head:
            outer = parse_speaker(_np_before(text, floor + head.rfind(","), floor))
            if outer is not None and outer.kind == "person":  # "Carrie Lam, the chief executive of Hong Kong,"
                role = outer.role or (inner.role if inner is not None and inner.kind == "group" else None)
                return Speaker(outer.surface, outer.name, role, "person")
            if outer is not None and outer.kind == "group":  # "A senior official, who asked not to be named,"
                if inner is not None and inner.name and (inner.kind == "organisation" or (
                        inner.kind == "person" and len(inner.name.split()) > 1)):
                    return inner  # "The chair of judges, the critic Abel Marsh,", "Her publisher, Foxglove Press,"
                return outer
    if speaker is not None and speaker.kind == "group" and described and left.endswith((" and", " but")):
        return speaker  # "The Austrian partner asked ..., but the commissioner stated": the second clause's own
    dot = text.rfind(". ", floor, cue_start)
    if (left.endswith((" and", " but")) or phrase.startswith("and ") or not phrase) \
            and (dot >= 0 or floor == sentence_floor):  # "X blasted the law but later announced"
        start = dot + 2 if dot >= floor else floor
        subject = _clause_subject(text, start, cue_start)
        if subject is not None:
            return subject
        joint = _listed_subject(text, start, cue_start)
        if joint is not None:
            return joint  # "Adidas, Nike and PUMA joined forces ... in a letter that says"
        start = start + 3 if text.startswith(("Q: ", "A: "), start) else start  # a transcript's label
        lead = _role_then_name(text, start, cue_start)
        if lead is not None:
            return lead  # "Regional governor Boris Dubrovsky said ..., but said": not "Regional"
        apposed = _APPOSED_NAME.match(text, start, cue_start)
        lead = parse_speaker(apposed.group(1)) if apposed and apposed.group(0)[:1].isupper() else None
        if lead is not None and lead.kind == "person":
            return lead  # "Baloch's mother, Anwar, wept ... and said": the name the subject is given
        first = _NAME_OR_WORD.match(text, start) or _HE_SHE_THEY.match(text, start)
        if first is not None:
            lead = parse_speaker(first.group(0))
            if lead is not None and (lead.kind in ("person", "pronoun") or lead.role in _QUANTIFIERS):
                return lead  # "All participants voiced ... and committed": unnamed, not nobody
    return speaker


def _bracket_before(text: str, end: int, floor: int) -> int | None:
    """Where a bracketed aside that ends right before ``end`` opens (at most 150 characters back), or
    None."""
    k = end
    while k > floor and text[k - 1] == " ":
        k -= 1
    if k <= floor or text[k - 1] != ")":
        return None
    opens = text.rfind("(", max(floor, k - 150), k)
    return opens if opens > floor and text.find(")", opens, k - 1) < 0 else None


def _before_acronym(head: str) -> Speaker | None:
    """The person the clause before a bracketed acronym and its comma names: "Director Anthony Fauci of
    the ... Institute of Allergy and Infectious Diseases (NIAID), announced" (the comma closes the
    subject, no apposition), else None."""
    if not head.endswith(")") or not _ACRONYM_END.search(head, len(head) - 10):
        return None
    before = head[:head.rfind("(")].rstrip()
    cut = max(before.rfind(", "), before.rfind(". "))
    speaker = parse_speaker(before[cut + 2:] if cut >= 0 else before)
    return speaker if speaker is not None and speaker.kind == "person" else None


# A subject and the name set beside it, opening a sentence: "Baloch and Waseem's mother, Anwar, wept".
_APPOSED_NAME = re.compile(r"[^,.;:?!“”\"]{3,60}['’]s\s+[a-z][\w-]*,\s+((?:[A-Z][\w’'&.-]*\s+){0,3}[A-Z][\w’'&-]*),\s")
# A role in lower case between capitalised words, then a full name, opening a sentence: "Regional governor
# Boris Dubrovsky", "Chelyabinsk regional Deputy Governor Oleg Klimov".
_ROLE_THEN_NAME = re.compile(r"(?:[A-Z][\w’'&-]*\s+){0,2}(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'&.-]*\s+){1,3}"
                             r"[A-Z][\w’'&-]*(?=\s+[a-z])")


def _role_then_name(text: str, start: int, end: int) -> Speaker | None:
    """The person named in full after a role in lower case that opens a sentence at ``start``
    ("Regional governor Boris Dubrovsky", "Comic artist Jenn St-Onge"), else None (not "Police arrested John
    Smith": the lower-case words end in a role word, with no preposition, "and" or "the")."""
    titled = _ROLE_THEN_NAME.match(text, start, end)
    lower = [w for w in titled.group(0).split() if w[:1].islower()] if titled else []
    lead = parse_speaker(titled.group(0)) if lower and lower[-1] in _role_words() \
        and not any(w in _PREPOSITIONS or w in ("and", "or", "the") for w in lower) else None
    return lead if lead is not None and lead.kind == "person" and len(lead.name.split()) > 1 else None


def _clause_subject(text: str, start: int, end: int) -> Speaker | None:
    """The person who opens the last clause after a comma, before ``end``, as its subject: a name
    followed by a verb ("In an interview on July 17, Russian Foreign Minister Sergey Lavrov
    dispelled the myth and said", "All know their schedules, Mr Putin said, and called on")."""
    found = None
    for comma in re.finditer(r",\s+", text[start:end]):
        at = start + comma.end()
        run = _NAME_OR_WORD.match(text, at, end)
        verb = run and _VERB_AFTER.match(text, run.end(), end)
        if verb and (verb.group(1) not in _STOPWORDS or verb.group(1) in _cues()[1]):  # "and", "of": no verb
            lead = parse_speaker(run.group(0))
            found = lead if lead is not None and lead.kind == "person" else found
    return found


# A subject, then where it spoke, before the cue: "X in a speech in Chicago", "the ministry in its statements"
# ... or how: "Richard Ferrand in relaying the news to parliament"
_PLACED = re.compile(r"((?:[Tt]he\s+)?[A-Z][^,;:]{0,80}?)\s+(?:(?:in|at|during)\s+(?:a|an|the|his|her|its|their)|"
                     r"in\s+[a-z]+ing)\s+[^,;:]{1,100}$")
# A medium a speaker spoke on, after the speaker's name: "Trump on Twitter", "Smith on Fox News"
_ON_MEDIUM = re.compile(r"(.+?)\s+on\s+(?:Twitter|X|Facebook|Instagram|Telegram|YouTube|TikTok|Truth\s+Social|Weibo|"
                        r"(?:state\s+|national\s+)?(?:television|TV|radio)|a\s+(?:podcast|(?:conference\s+)?call)|"
                        r"CNN|MSNBC|NBC|ABC|CBS|NPR|PBS|BBC|(?:[A-Z][\w.&-]*\s+){1,2}(?:News|TV|Radio|Television))"
                        r"(?:\s+(?:on\s+)?[A-Z][a-z]+day)?")
_VERB_AFTER = re.compile(r"\s+([a-z][a-z’'-]+)\b")


_RESTRICTIVE = re.compile(r"\s+(?:who|speaking|asking|requesting|declining)\b")
_RELATIVE_WHO = re.compile(r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'&-]*),?\s+who(?:\s+(?:also|later|then|had|has))?$")
_TITLE_END = re.compile(rf"\b(?:{'|'.join(_BEFORE_NAMES)})$")
# A title's full stop, as one more choice in a run of characters that has no full stop ("Mr. Trump's lawyer")
_TITLE_STOP = "".join(rf"|(?<=\b{t})\." for t in _BEFORE_NAMES)
_NP_END = re.compile(r"[,;:!?“”\"—–]|\s\((?![A-Z]{2,6}\))|"
                     r"\s(?:on|in|at|during|after|before|when|while|who|which|to|as|via)\s|"
                     r"(?<!\b[A-Z])" + "".join(rf"(?<!\b{t})" for t in _BEFORE_NAMES) + r"\.")
# (a full stop ends the phrase, not the one of a title or an initial: "said Dr. Livermore", "said Charles E. Grassley";
# a bracket ends it too, unless it holds an acronym: "said Rep. Jane Doe (R-Calif.), who")
_HE_SHE_THEY = re.compile(r"(?:He|She|They)\b")


def _np_after(text: str, start: int, ceiling: int) -> str:
    region = text[start:min(ceiling, start + _LOOK_BACK)]
    stop = _NP_END.search(region)
    return (region[: stop.start()] if stop else region).strip()


def _set(q: _Quote, speaker: Speaker, cue, offset: int) -> bool:
    _, forms, _, only = _cues()
    if only.get(forms.get(cue.group(0), cue.group(0).lower())) == "document" and not _is_document(speaker):
        return False  # "The sign read", "He read": only a document "reads"
    q.speaker, q.cue, q.cue_pos, q.attribution = speaker, cue.group(0), offset + cue.start(), "adjacent_cue"
    return True


# After an inverted cue, a role and the name apposed to it: "said University of California, San Diego's
# chancellor, Pradeep Khosla."
# (a title's full stop inside the role: "said Mr. Trump's former lawyer, John Dowd.")
_ROLE_APPOSED = re.compile(r"\s*((?:[^.;:!?\"“”\n]" + _TITLE_STOP + r"){1,80}?),\s+"
                           r"((?:[A-Z][\w’'-]*\.?\s+){0,3}[A-Z][\w’'&-]*|" + _NAME_RUN.pattern
                           + r")(?:[.;!?]|,\s|$)")


def _role_then_apposed(text: str, start: int, end: int) -> Speaker | None:
    """The person a role phrase after an inverted cue is apposed to ("said the university's chancellor,
    Pradeep Khosla.", "said his father, Abdullah Kurdi, following the ceremony"), or None: the role's
    last word a role word or a gendered noun, the name two words or more."""
    found = _ROLE_APPOSED.match(text, start, end)
    head = found.group(1).split()[-1].lower() if found is not None else ""
    if found is not None and not (_titles_a_person(head) or head in _gendered()[0]):
        head = _role_head(found.group(1).rpartition(", ")[2]).lower()  # "minister of state for foreign affairs"
    if not (_titles_a_person(head) or head in _gendered()[0]):
        return None  # "the chancellor", "his father"; not "reports" ("According to reports, X, ..., said")
    person = parse_speaker(found.group(2))
    if person is None or person.kind != "person" or len(person.name.split()) < 2:
        return None
    role = found.group(1).rpartition(", ")[2]
    return Speaker(text[start:found.end(2)].strip(), person.name, re.sub(r"^(?:the|a|an)\s+", "", role), "person")


def _is_document(speaker: Speaker | None) -> bool:
    """Whether a speaker phrase is a document ("The message", "The Russian President's message", "The
    quarterly report by the IAEA")."""
    if speaker is None or speaker.kind != "group":
        return False
    if _role_head(speaker.role).lower() in _document_words():
        return True
    before = re.split(r"\s(?:by|from)\s", speaker.role or "", maxsplit=1)  # "quarterly report by the IAEA"
    return len(before) == 2 and any(w.lower() in _document_words() for w in before[0].split()[:3])


def _attribute_after(text: str, q: _Quote, limit: int) -> bool:
    """``"...," Lin said`` or ``"...," said Lin``: look right of the closing mark."""
    cue_re = _cues()[0]
    pos = q.end + 1 + _SPACING.match(text[q.end + 1:min(limit, q.end + 1 + _LOOK_BACK)]).end()
    window = text[pos:min(limit, pos + 200)]
    first = cue_re.match(window)
    if first:  # inverted: said Lin
        if _cues()[1].get(first.group(0).lower()) == "according to":  # '"...," according to a tweet by X'
            speaker = _according_source(text, pos + first.end(), min(limit, pos + 200))[1]
        else:
            speaker = parse_speaker(_np_after(text, pos + first.end(), min(limit, pos + 200)))
        if speaker is None or speaker.kind != "person":
            speaker = _role_then_apposed(text, pos + first.end(), min(limit, pos + 200)) or speaker
        return bool(speaker) and _set(q, speaker, first, pos)
    # the first cue outside an aside on the speaker ('"...," the official, who spoke on condition of anonymity, said')
    cue = next((c for c in cue_re.finditer(window, 0, 150) if not _OPEN_RELATIVE.search(window, 0, c.end())), None)
    phrase = window[:cue.start()] if cue is not None else ""
    quoted = _QUOTED_AS.search(phrase.rstrip())
    phrase = quoted.group(1) if quoted else phrase  # '"...," the RIA news agency quoted Lavrov as saying'
    aside = _ASIDE.search(phrase) or _TAGGED.search(phrase)
    phrase = phrase[:aside.start()] if aside else phrase  # '"...," Rep. Jane Doe, D-Calif., said': no aside
    if cue is None or any(m in _ABBREVIATED.sub("", phrase) for m in ".!?" + _OPENERS + _STRAIGHT):
        return False
    ended = text[q.start:q.end].rstrip("'’ ").endswith((".", "!", "?"))
    if ended and re.match(r"\s*[,:]?\s*[“\"]", text[pos + cue.end():pos + cue.end() + 8]):
        return False  # 'Lin said, "' or 'Lin said "' after a finished sentence introduces the next quote
    speaker = parse_speaker(phrase)
    if speaker is None or speaker.kind != "person":  # '"...," the defence minister, Israel Katz, wrote'
        speaker = _role_then_apposed(text, pos, pos + cue.start()) or speaker
    if not (speaker and _set(q, speaker, cue, pos)):
        return False
    if ended and _cues()[1].get(cue.group(0).lower()) in _CLAUSE_CUES and _reports_own(window[cue.end():]):
        q.cue_pos = -1  # '"We will respond." Lin said the talks had failed.': the cue reports a clause of its own too
    return True


# Cues whose object is a clause, not a thing ("He asked that question", "He repeated the claim")
_CLAUSE_CUES = frozenset({"say", "add", "tell", "write", "vow", "stress", "note", "insist", "warn", "argue", "claim",
                          "explain"})


def _reports_own(rest: str) -> bool:
    """Whether what follows a cue up to its sentence's end is a clause it reports ("said the talks had
    failed.", "added that ..."), not a setting ("said on Monday.", "said in a statement.")."""
    sentence = re.match(r"[^.!?“”\"]*", rest).group(0)
    return bool(re.match(r"\s+(?:that\s|[a-z])", sentence)) and bool(_CLAUSE.search(sentence))


_SPACING = re.compile(r"[\s,.!?]*")
_OPEN_RELATIVE = re.compile(rf",\s+{_ASIDE_LEAD}(?:\s[^,;:!?“”\"—–]*)?$")
_ABBREVIATED = re.compile(rf"\b(?:{'|'.join(_TITLE_ABBREVIATIONS)}|[A-Z])\.")
_TAIL = re.compile(r"[^.;!?“”\"]{0,120}[,:—–]?\s*$")
# A speaker's own words announced between the cue and the mark: ", and I quote, ", " — and I'm quoting, "
_QUOTING = re.compile(r"\s*[,—–]?\s*(?:in\s+part\s*,\s*)?(?:and\s+)?(?:I\s+quote|I(?:[’']m|\s+am)\s+quoting|quote)"
                      r"\s*[,:—–]?\s*")
_CLAUSE = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|should|can|may|might|must|did|does|"
                     r"be|been)\b|\bthat\s+\S")


def _attribution_tail(tail: str, takes_listener: bool = False) -> bool:
    """Whether what stands between a cue and an opening mark is only its complements.

    ``said on Friday, "``, ``told Reuters that "`` and ``wrote via Twitter: "`` are;
    ``said the plan was "`` and ``said a law marked a "`` are clauses of reported
    speech quoting a fragment (``mixed``).
    """
    if _QUOTING.fullmatch(tail):
        return True  # 'said, and I quote, "': the speaker's own words follow
    if not _TAIL.fullmatch(tail) or _CLAUSE.search(tail):
        return False
    words = tail.strip(" ,:—–").split()
    if not words:
        return True
    first = words[0].lower().strip(",")
    if first in _PREPOSITIONS + ("on", "in", "via", "during", "after", "before", "with", "through", "over",
                                  "by", "that", "again", "also", "earlier", "later", "further", "then",
                                  "today", "yesterday", "once", "—", "–") or first.endswith("ly"):
        return True
    # the mark closes the tail: a listener with a determiner stands right before it ('told the court "')
    return takes_listener and bool(re.match(_LISTENERS + r"(?:\s|[,:]|(?=\"))", tail.strip(" ,:") + '"'))


def _colon_subject(text: str, q: _Quote, floor: int) -> bool:
    """``Bolsonaro opposed Macron's statement: "..."``: a colon hands the quote to the sentence's
    subject; so does a comma before a whole quoted sentence that ends the sentence ("Trump, also
    on Twitter, defended his decision, "As I have stated ...!"")."""
    left = _left_of(text, floor, q.start - 1)
    if left.endswith(",") and _closing_sentence(text, q):
        speaker = _named_subject(text, _sentence_start(text, q.start, floor), q.start - 1)
    elif left.endswith(":"):
        speaker = _sentence_subject(text, _sentence_start(text, q.start, floor), q.start - 1)  # not the quote's words
    else:
        return False
    if speaker is None or speaker.kind != "person":
        return False
    q.speaker, q.cue_pos, q.attribution = speaker, _sentence_start(text, q.start, floor), "sentence_subject"
    return True


def _named_subject(text: str, start: int, end: int) -> Speaker | None:
    """The person whose name opens the sentence at ``start``, when the text names them in full:
    a name of two words or more ("Lindsey Graham"), a title and surname ("Secretary Austin"), or
    a surname named in full before ("Trump" after "Donald Trump"); no turn label ("Q Yeah"), no
    opening word ("Given", "Maybe") nor place ("Sochi")."""
    run = _NAME_OR_WORD.match(text, start, end)
    speaker = parse_speaker(run.group(0)) if run else None
    if speaker is None or speaker.kind != "person" or _not_a_name(run.group(0).split()[0]):
        return None
    words = speaker.name.split()
    if any(len(w) == 1 for w in words):
        return None  # "Q Yeah": a question's label, not a name
    if len(words) > 1 or (speaker.role and _title_only(speaker.role)):
        return speaker
    return speaker if re.search(rf"[A-Z][\w’'-]+\s+{re.escape(words[0])}\b", text[:start]) else None


def _closing_sentence(text: str, q: _Quote) -> bool:
    """Whether a quote is a whole sentence (a capital, four words or more, final punctuation) with
    nothing after it in its own sentence."""
    words = text[q.start:q.end].split()
    return (len(words) >= 4 and words[0][:1].isupper() and words[-1][-1:] in ".!?"
            and not text[q.end + 1:q.end + 3].strip(" ")[:1].isalnum())


def _after_colon_paragraph(text: str, q: _Quote, p_start: int, before: tuple[int, int]) -> bool:
    """``Mr Putin said:`` (or ``The message reads, in part:``) closing the paragraph before one that
    opens with the quote: the cue of the paragraph before attributes it."""
    if text[p_start:q.start - 1].strip() or not text[before[0]:before[1]].rstrip().endswith(":"):
        return False
    return _attribute_before(text, q, before[0])


def _attribute_before(text: str, q: _Quote, floor: int) -> bool:
    """``Lin said: "..."``, ``Lin told reporters that "..."`` or ``According to Lin, "..."``."""
    cue_re, forms, listeners, _ = _cues()
    end = q.start - 1
    fronted = _FRONTED_CUE.search(text, max(floor, end - 160), end)
    if fronted and fronted.group(1).lower() in forms and _opens_sentence(text, fronted.start()):
        speaker = parse_speaker(fronted.group(2))  # 'Remarked Center for Biological Diversity scientist X, "'
        if speaker is not None and speaker.kind in ("person", "organisation", "group"):
            q.speaker, q.cue, q.cue_pos, q.attribution = speaker, fronted.group(1), fronted.start(), "adjacent_cue"
            return True
    # a cue that ends in the last 100 characters starts in the last 300
    near = [m for m in cue_re.finditer(text, max(floor, end - 300), max(floor, end)) if m.end() >= end - 100]
    for cue in reversed(near):
        base, tail = forms.get(cue.group(0), ""), text[cue.end():end]
        if base == "according to" and re.search(r"[.!?]", tail):
            continue
        if base != "according to" and not _attribution_tail(tail, base in listeners):
            continue
        if base == "according to":
            speaker = _according_source(text, cue.end(), end)[1]
        elif cue.group(0).split()[0].endswith("ing") and _participle_lead(text, cue.start()):
            # '... said the use "costs Africa $5 billion," further saying, "..."': the subject stands
            # before the last quote, so the sentence is read from its start, not from that quote
            speaker = _participle_subject(text, _sentence_start(text, cue.start(), max(0, cue.start() - _LOOK_BACK)),
                                          cue.start())
        elif (agent := _BY_AGENT.match(tail)) and _in_passive(text, cue.start(), floor):
            speaker = parse_speaker(agent.group(1))  # 'he was told by Emergencies Minister X of "..."': X
            speaker = speaker if speaker is not None and speaker.kind in ("person", "organisation", "group") else None
        elif base in listeners and not cue.group(0).split()[0].endswith("ing") \
                and _in_passive(text, cue.start(), floor):
            # 'He was asked a question: "..."': the subject heard the words; someone unnamed spoke them
            return _set(q, Speaker(cue.group(0), None, None, "group"), cue, 0)
        else:
            speaker = _subject_before(text, cue.start(), floor)
            if speaker is None and cue.group(0).split()[0].endswith("ing"):
                speaker = _clause_participle(text, cue.start(), floor)
        if speaker:
            return _set(q, speaker, cue, 0)
    return False


# A passive cue's agent right before a quote: "(was told) by Emergencies Minister Yevgeny Zinichev of "
_BY_AGENT = re.compile(r"\s+by\s+((?:(?:the|a|an)\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,6}?[A-Za-z][\w’'-]*)\s*"
                       r"(?:that\s+|of\s+|:\s*|,\s*)?$")


# A cue opening its sentence in front of its speaker, a comma, then the quote: "Remarked ... Tierra Curry, "
_FRONTED_CUE = re.compile(r"\b([A-Z][a-z]+)\s+((?:[Tt]he\s+)?[A-Z][^,;:.!?“”\"\n]{1,120}),\s*$")


class _Spans:
    """Character spans ``[start, end)``, possibly overlapping, asked about by bisection.

    Spans are kept sorted by start with a running maximum of their ends, so whether any span
    covers a position or overlaps a range costs a search, not a scan of every span.

    Examples
    --------
    >>> spans = _Spans([(10, 20), (12, 14)])
    >>> spans.covers(19), spans.covers(20), spans.overlaps(0, 11), spans.holds_one(11, 15)
    (True, False, True, True)
    """

    def __init__(self, spans=()):
        self.spans = sorted(spans)
        self._reach: list[int] | None = None

    def add(self, start: int, end: int) -> None:
        insort(self.spans, (start, end))
        self._reach = None

    def _reached(self, count: int) -> int:
        """The furthest end among the first ``count`` spans (by start); -1 when there are none."""
        if self._reach is None:
            self._reach = list(accumulate((e for _, e in self.spans), max))
        return self._reach[count - 1] if count else -1

    def covers(self, pos: int) -> bool:
        """Whether a span holds ``pos`` (``start <= pos < end``)."""
        return self._reached(bisect_right(self.spans, (pos, float("inf")))) > pos

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``[start, end)``."""
        return self._reached(bisect_left(self.spans, (end, -1))) > start

    def holds_one(self, start: int, end: int) -> bool:
        """Whether a span lies inside ``[start, end]``."""
        first, last = bisect_left(self.spans, (start, -1)), bisect_right(self.spans, (end, float("inf")))
        return any(e <= end for _, e in self.spans[first:last])


class _Taken:
    """What the direct quotes and fragments of a paragraph take, for the reported speech in it."""

    def __init__(self, direct: list[_Quote], fragments: list[_Quote], commas: list[int], cues: list[re.Match]):
        both = direct + fragments
        self.marked = _Spans((q.start - 1, q.end + 1) for q in both)  # a cue touching a quote is its own
        self.cue_positions = {q.cue_pos for q in both}
        self.direct_spans = _Spans((q.start, q.end) for q in direct)
        self.direct = direct
        self.fragment_spans = _Spans((q.start, q.end) for q in fragments)
        self.commas = commas  # offsets of every comma of the document, in order
        self.cues, self.cue_starts = cues, [c.start() for c in cues]  # every cue of the document, in order


def _indirect(text: str, sent: tuple[int, int], taken: _Taken) -> list[_Quote]:
    """Reported speech in one sentence: ``X said (that) ...``, ``according to X, ...``, ``..., X said``."""
    _, forms, listeners, only = _cues()
    start, end = sent
    cues = [c for c in taken.cues[bisect_left(taken.cue_starts, start):bisect_left(taken.cue_starts, end)]
            if c.end() <= end]
    if not cues:
        return []
    found: list[_Quote] = []
    spans, marked = _Spans(), _Spans()  # of the quotes found, without and with a character either side
    for cue in cues:
        at = cue.start()
        if taken.marked.covers(at) or at in taken.cue_positions or marked.covers(at):
            continue
        base = forms.get(cue.group(0), cue.group(0).lower())
        if cue.group(0).split()[0].endswith(("s", "ed", "ing")) and _NOUN_USE.search(text, max(start, at - 30), at):
            continue  # "member states agreed", "40 confirmed cases", "this warning": a noun or an adjective
        if _PASSIVE.match(text, cue.end()):
            continue  # "a report requested by the minister", "the measures announced by Beijing": no report
        if _NOT_SAID.search(text, max(start, at - 30), at):
            continue  # "did not say he had ordered it", "declined to say whether": nothing was said
        if _heard(text, cue, start, base in listeners):
            continue  # "upset at what she said last night"; "We have been informed that": heard, not said
        if _SIGN_CUE.search(text, max(start, at - 60), at):
            continue  # "wearing a T-shirt saying ...": written on a thing, not said
        if base == "ask" and text.endswith(", ", start, at) and _ASKED_ASIDE.match(text, cue.end()):
            continue  # "Cuomo, asked about the plan, said": the aside of one asked, not a report
        if base == "add" and _ADD_TO.match(text, cue.end()):
            continue  # "adds to a list of successes that", "added to fears that": it grew, no one spoke
        if base == "according to":
            quote = _according_to(text, cue, start, end)
        else:
            quote = _reported(text, cue, start, end, base, base in listeners, taken.commas)
        if quote is None or spans.overlaps(quote.start, quote.end) or _performative(quote.speaker, cue.group(0), base) \
                or _bare_after_one(text, cue, quote.speaker, base):
            continue
        inner = _unattributed_inside(text, taken, quote) if taken.direct_spans.overlaps(quote.start, quote.end) else None
        if inner is None and taken.direct_spans.overlaps(quote.start, quote.end):
            continue
        quote.kind = "mixed" if inner or taken.fragment_spans.holds_one(quote.start, quote.end) else "indirect"
        if not _counts(text, cue, only.get(base), quote, base in listeners):
            continue
        for q in inner or ():
            q.kind = "fragment"  # 'Salvini said that ... and "an undemocratic country like China"': his words
        found.append(quote)
        spans.add(quote.start, quote.end)
        marked.add(quote.start - 1, quote.end + 1)
    return found


# What follows "asked" in an aside on the one asked: "Cuomo, asked about the plan, said"
_ASKED_ASIDE = re.compile(r"\s+(?:about|whether|if|why|how|what|by|on)\b[^,;:.!?“”\"]{0,100},")
# "add to" a thing is to increase it; only a listener after "to" ("added to reporters that") makes it speech.
_ADD_TO = re.compile(r"\s+to\s+(?![A-Z]|(?:the\s+)?(?:media|press|reporters|journalists|audience|crowd)\b|"
                     r"(?:him|her|them|us|me)\b)")


def _unattributed_inside(text: str, taken: _Taken, quote: _Quote) -> list[_Quote] | None:
    """The direct quotes a piece of reported speech holds whole when none of them has a speaker of
    its own (a pronoun is the reporter's) and each runs on from the words before it ('not hand it to "an undemocratic country"',
    'would, quote, "change the ..."'), so they are quoted words of what is reported; else None.
    A quote opened after a comma or a colon ('I asked people: "What ..."') is a quote of its own."""
    touching = [q for q in taken.direct if q.start < quote.end and q.end > quote.start]
    if touching and all(quote.start < q.start and q.end <= quote.end and _reporters(q.speaker)
                        and _RUNS_ON.search(text, max(0, q.start - 12), q.start - 1) for q in touching):
        return touching
    return None


def _reporters(speaker: Speaker | None) -> bool:
    """No speaker of its own, or a third-person pronoun: 'X said that ... what he said "an
    undemocratic country" ...', 'the deal, which he called "the best ever"' are X's words."""
    return speaker is None or _pronoun(speaker) in ("he", "she", "they")


# What may stand before the opening mark of a quote that reported speech runs into: a word, or "quote,".
_RUNS_ON = re.compile(r"(?:[\w’'”)]|\bquote[,:])\s*$", re.IGNORECASE)


def _counts(text: str, cue, only: str | None, quote: _Quote, listener: bool = False) -> bool:
    """Whether a cue that is speech only in some uses (``only`` in cues.csv) is speech here:
    "fragment", "X called the act "a nightmare"" (a quoted fragment, not "so-called"); "clause",
    "X has been clear that" or "...: " (a person, a role or a personal pronoun as subject, not
    "It is clear that"), the "that" after the listener of a cue that takes one ("X reminded the
    meeting that"; "The film reminded him of ..." is no report); "that", with "that" (after the
    cue's adverbials only) or a colon before the content ("expressed concern on Monday that";
    "expressed concern about costs" and "about that gap" report nothing); "to", with "to" and a
    verb after the listener ("invited Mr Putin to make a visit", not "invited guests to the dinner")."""
    if only == "fragment":
        return quote.kind == "mixed" and text[cue.start() - 1:cue.start()] != "-"
    if only == "document":
        return _is_document(quote.speaker)
    if only == "that":  # "that" after the cue and its adverbials only: "expressed concern about that gap" is none
        between = _complements(False).match(text, cue.end())
        return (not text[between.end():quote.start].strip() and "that" in between.group(0).split()) \
            or text[cue.end():quote.start].rstrip().endswith(":")
    if only == "to":  # "invited Mr Putin to make a visit"; "invited guests to the dinner" is no report
        return _TO_VERB.match(text, quote.start) is not None
    if only == "clause":  # "that" or a colon right after the cue, or after its listener ("reminded the meeting that")
        if not (_THAT_OR_COLON.match(text, cue.end())
                or (listener and _ENDS_THAT_OR_COLON.search(text, cue.end(), max(cue.end(), quote.start)))):
            return False
        sp = quote.speaker
        if sp.kind == "pronoun":
            return _pronoun(sp) not in ("it", "this", "that")
        return sp.kind == "person" or (sp.kind == "group" and _role_head(sp.role).lower() in _role_words())
    return True


_THAT_OR_COLON = re.compile(r"\s*(?:that\b|:)")
# "to" and a verb: a word in lower case that is no determiner, possessive or number
_TO_VERB = re.compile(r"to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|one|two|all|some|"
                      r"every|each)\b)[a-z]")
_ENDS_THAT_OR_COLON = re.compile(r"(?:\bthat|:)\s*$")
_NOT_SAID = re.compile(r"(?:\b(?:not|never)|n[’']t|\b(?:refused|declined|refuses|declines|refusing|declining)\s+to)"
                       r"\s+$", re.IGNORECASE)


def _heard(text: str, cue, start: int, takes_listener: bool) -> bool:
    """A cue whose words are not reported after it: the object of "what" ("upset at what she said
    last night"; "what he said: ..." still introduces them), or a listener's cue in the passive
    ("We have been informed that", "He was told that": the subject heard, somebody else spoke)."""
    at = cue.start()
    if _WHAT.search(text, max(start, at - 40), at):
        return not text.startswith(":", _complements(takes_listener).match(text, cue.end()).end())
    return takes_listener and _in_passive(text, at, start) and not cue.group(0).split()[0].endswith("ing")


_WHAT = re.compile(r"\bwhat\s+(?:[\w’'.-]+\s+){1,4}$", re.IGNORECASE)
_BEEN = re.compile(r"\b(?:been|was|were|is|are|be|being|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _in_passive(text: str, at: int, floor: int) -> bool:
    """Whether the cue at ``at`` is a passive ("was told", "has been asked"): an auxiliary in the 30
    characters before it, not before ``floor``."""
    return _BEEN.search(text, max(floor, at - 30), at) is not None
_PASSIVE = re.compile(r"\s+by\s+(?!(?:then|now|phone|telephone|video|videoconference|videolink|e-?mail|letter|"
                      r"way|far|the\s+end|the\s+time)\b)", re.I)  # not "said by phone that", "by then"
_PAST = frozenset({"said", "told", "wrote", "written", "spoke", "spoken", "made"})


def _pronoun(speaker: Speaker) -> str:
    """The pronoun a pronoun speaker phrase ends in, lower case: "And he has" -> "he", "He’s" -> "he"."""
    return re.split(r"[’']", _clean_tokens(speaker.surface)[-1].lower())[0] if speaker.kind == "pronoun" else ""


def _first_person(speaker: Speaker) -> bool:
    return _pronoun(speaker) in ("i", "we")


def _second_person(speaker: Speaker) -> bool:
    return _pronoun(speaker) == "you"


def _addressed(q: _Quote) -> bool:
    """Reported speech whose speaker is "you" is kept only in a question turn with someone to answer
    it and a cue in the past ("you said that ...", not "you think ..."); a quote in marks is always kept."""
    if q.kind == "direct" or q.speaker is None or not _second_person(q.speaker):
        return True
    return q.turn is not None and q.turn[5] is not None and bool(q.cue) and _past(q.cue) \
        and _cues()[1].get(q.cue, "") not in _NOT_SPEECH


# Cues that report what someone thinks, asks or does rather than what they said.
_NOT_SPEECH = frozenset({"believe", "agree", "continue", "ask", "welcome", "commit", "direct", "propose",
                         "demand", "pledge", "promise", "vow", "answer", "respond", "reply"})


def _past(form: str) -> bool:
    head = form.split()[0]
    return head.endswith("ed") or head in _PAST


def own_statements(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Leave out what a turn's own side states in the present ("Kazakhstan urges that ...", "the
    Chinese side believes ..." in a Kazakh or a Chinese turn): the turn speaker speaks, no one is
    reported. Call it once speaker countries are filled; quotes are in text order.

    Examples
    --------
    >>> turn = QuoteSpan(0, 90, "turn", "Wang Yi", "Foreign Minister", "CHN")
    >>> said = QuoteSpan(10, 40, "indirect", "China", None, "CHN", "believes", attribution="organisation")
    >>> [q.kind for q in own_statements([turn, said])]
    ['turn']
    """
    out, turn = [], None
    for q in quotes:
        if q.kind == "turn":
            turn = q
        elif turn is not None and q.start < turn.end and q.cue and not _past(q.cue) \
                and q.attribution in ("organisation", "group") and q.speaker_country \
                and q.speaker_country == turn.speaker_country:
            continue
        out.append(q)
    return out


def _performative(speaker: Speaker | None, form: str, base: str) -> bool:
    """Whether "I"/"we" say it now rather than report having said it: "I'd like to stress that",
    "we urge", "we have noted that" (noticed). "As I said", "we have stated" are reports."""
    if speaker is None or not _first_person(speaker):
        return False
    return base == "note" or not _past(form)


def _bare_after_one(text: str, cue, speaker: Speaker | None, base: str) -> bool:
    """Whether a cue in its bare form ("urge", "accuse"), with no auxiliary before it, was given one
    person as its subject, which that form cannot have: the subject is another's ("We urge the US to
    withdraw the request for Ms. Meng Wanzhou and urge Canada to release her": "we", not Ms. Meng;
    "Ms. Lee will urge" is hers)."""
    return base != "say" and base in _BARE_CUES and cue.group(0) == base and speaker is not None \
        and speaker.kind == "person" and " and " not in (speaker.name or "") \
        and not _AUXILIARY.search(text, max(0, cue.start() - 12), cue.start())


_AUXILIARY = re.compile(r"\b(?:will|would|can|could|shall|should|may|might|must|did|does|do|to|not|n[’']t)\s+$")


# Right before a cue form in -s or -ed, words that make it a noun or an adjective: a determiner
# or a number ("the confirmed cases", "member states", "40 confirmed deaths"; not a date's "May 9, saying").
_NOUN_USE = re.compile(r"\b(?:the|a|an|this|these|those|its|their|his|her|our|my|your|such|any|no|similar|recent|"
                       r"of|member|newly|all|both|some|many|several|"
                       r"two|three|four|five|six|seven|eight|nine|ten|\d(?:[\d,.]*\d)?|"
                       r"(?:remains?|remained|stays?|stayed)(?:\s+(?:very|fully|deeply|firmly|still|also))?)\s+$",
                       re.IGNORECASE)  # "remain committed to": an adjective


# Where reported content ends: a clause that is not part of it, or the attribution that closes the
# sentence ("Russia urged NATO to halt, the ministry said in a statement": the content is "to halt").
_CONTENT_END = re.compile(r",\s+(?:but|while|although|though|whereas|according\s+to|adding|saying|"
                          r"noting|citing|as)\b|;\s|\.\s|"
                          r",\s+(?:[\w’'.-]+\s+){1,5}(?:said|says|told|added|stated|reported)\b(?=[^,;“”\"]*$)")


# A second verb of the speaker ("and declared"), or a new subject's ("and the Governor replied", "while
# Interior Minister Joachim Brudziński wrote").
_AND_VERB = re.compile(r"\s+(?:(?:and|but)\s+(?:the\s+(?:[A-Z][\w’'&-]*\s+){1,3})?|"
                       r"(?:while|whereas)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,5})"
                       r"(?:also\s+|then\s+|later\s+|\w+ly\s+)?([a-z]+)\b")
_THIRD_WORD = re.compile(r"\s*\S+\s+\S+\s+(?=\S)")
# A name, perhaps with the place it is of: "Ross Spano of Florida "
_NAMED_OF = r"(?:[A-Z][\w’'.-]*\s+){1,4}(?:of\s+(?:[A-Z][\w’'.-]*\s+){1,3})?"
# Another's participle: "... and Ross Spano of Florida calling ..." (each named speaker's own words)
_AND_NAMED_ING = re.compile(r"\s+and\s+" + _NAMED_OF + r"([a-z]+ing)\b")


def _content_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The reported content in ``text[start:end]``, or None; content over ``_MAX_CONTENT`` characters is none."""
    span = text[start:min(end, start + _MAX_CONTENT)]
    lead = len(span) - len(span.lstrip(" ,:"))
    body = span.strip(" ,:")
    third = _THIRD_WORD.match(body)  # a clause end counts after three words
    stop = next((m for m in _CONTENT_END.finditer(body) if m.start() > third.end()), None) if third else None
    cue_form = _cues()[0]
    and_cue = next((m for m in _AND_VERB.finditer(body, 0, stop.start() if stop else len(body))
                    if m.start() > third.end() and _past(m.group(1)) and cue_form.match(body, m.start(1))), None) \
        if third else None
    named = next((m for m in _AND_NAMED_ING.finditer(body, 0, stop.start() if stop else len(body))
                  if m.start() > third.end() and cue_form.match(body, m.start(1))), None) if third else None
    and_cue = min((m for m in (and_cue, named) if m is not None), key=lambda m: m.start(), default=None)
    stop = and_cue or stop  # "He said that A and declared B": A ends before the speaker's second verb
    if stop is None and end - start > _MAX_CONTENT:
        return None
    body = (body[:stop.start()] if stop else body).rstrip(" ,").rstrip(".!?")
    if len(body.split()) < 3 or body[:1] in _OPENERS + _STRAIGHT:
        return None
    return start + lead, start + lead + len(body)


@lru_cache(maxsize=2)
@lru_cache(maxsize=2)
def _complements(takes_listener: bool) -> re.Pattern:
    """What may stand between a cue and its content: a listener, a spoken filler, adverbials, "that"."""
    listener = r"(?:\s+" + _LISTENERS + r")?" if takes_listener else ""
    # a filler also after the adverbials: "said this morning, as he was heading out, that"
    return re.compile(listener + _FILLER + _ADVERBIALS + _FILLER + r"(?:\s+that\b)?")


# Where and when something was said, between an "As X said" cue and its comma: " in his speech at the
# United Nations Climate Action Summit", " at the press conference on Monday"
_SETTING = re.compile(r"\s+(?:in|at|during|on)\s+(?:his|her|their|its|a|an|the)\s+[^,.;:!?\"“”]{1,120}?(?=,)")


# A filler of speech between a cue and what was said: "The President said, you know, the people spoke";
# or a writer's aside of a few lower-case words before "that": "President Putin said, in part, that
# the summit ...", "The Minister noted, in turn, that", "He stressed, for his part, that".
_FILLER = (r"(?:\s*,\s*(?:you\s+know|I\s+mean|(?:[a-z]+\s+){0,5}[a-z]+(?=\s*,\s*that\b))\s*,)?")


# A relay's object: "Interfax quoted Peskov as saying", "TASS cited a source as having said"
_QUOTED_AS = re.compile(r"\b(?:quoted|cited|quotes|cites|quoting|citing)\s+((?:[^,.;:!?“”\"]" + _TITLE_STOP
                        + r"){1,100}?)\s+as(?:\s+having)?\s*$")


# An aside right after "that" and its comma, before what was said ("said that, if elected, he would"); not
# the pronoun "that" and a clause of its own ("We've said that, and we'll say it again")
_THAT_ASIDE = re.compile(r",\s*(?!(?:and|but|or|so|then|because(?!\s+of))\b)[^,.;:!?“”\"—–]{1,60}?,")


def _reported(text: str, cue, start: int, end: int, base: str, takes_listener: bool,
              commas: list[int]) -> _Quote | None:
    inverted = _inverted(text, cue, start, end) if base in _INVERTIBLE else None
    if inverted is not None:
        return inverted
    participle = cue.group(0).split()[0].endswith("ing")
    absolute = _ABSOLUTE_SUBJECT.search(text, max(start, cue.start() - 120), cue.start()) if participle else None
    if absolute and absolute.group(0).startswith("and") \
            and not _ABSOLUTE_BEFORE.search(text, max(start, absolute.start() - 300), absolute.start()):
        absolute = None  # "sued both Amazon and Apple alleging": no "with ... -ing" before to go on from
    quoted = _QUOTED_AS.search(text, max(start, cue.start() - 120), cue.start()) if participle else None
    if quoted and (named := parse_speaker(quoted.group(1))) is not None:
        speaker = named  # "Interfax quoted Peskov as saying": the one quoted, not the agency
    elif absolute and (named := parse_speaker(absolute.group(1))) is not None and named.kind == "person":
        speaker = named  # "..., with Steve Scalise of Louisiana calling the inquiry ... and Ross Spano calling ..."
    elif participle and (_participle_lead(text, cue.start()) or _after_preposition(text, cue.start(), start)):
        speaker = _participle_subject(text, start, cue.start())  # "..., saying the plan had failed"
    else:
        speaker = _subject_before(text, cue.start(), start)
    if speaker is None:
        return None
    charged = _CHARGED.match(text, cue.end(), end) if base in _CHARGE_CUES else None
    if charged:  # "accused China of expanding ...", "criticized China for pressuring ...": a gerund clause
        span = _content_span(text, charged.start(1), end)
        return None if span is None else _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0),
                                                "adjacent_cue", cue.start())
    after = _complements(takes_listener).match(text, cue.end(), end).end()
    setting = _SETTING.match(text, after, end)  # "As Wang Yi stressed in his speech at the summit, ..."
    if setting and text.startswith(",", setting.end()) and _as_lead(text, cue.start(), start):
        after = setting.end()
    if text.startswith(",", after) and _as_lead(text, cue.start(), start):
        span = _content_span(text, after + 1, end)  # "As Wang Yi pointed out, both sides gain"
        return None if span is None else _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0),
                                                "adjacent_cue", cue.start())
    that_aside = text.endswith("that", 0, after) and _THAT_ASIDE.match(text, after)  # "said that, if elected, ..."
    span = None if text.startswith(",", after) and not that_aside else _content_span(text, after, end)
    if span is not None and _ANONYMITY.match(text, span[0]):
        return None  # "asking for anonymity", "asked not to be named": a condition, not what was said
    if span is not None and not _that_between(text, cue, span) and _PREPOSITIONAL.match(text, span[0]):
        that = _THAT.search(text, span[0], min(span[1], span[0] + 80))  # "said in the interview that ...",
        if that is not None or not takes_listener:  # "told reporters on a conference call that ..."
            span = _content_span(text, that.end(), end) if that else None
            if span is None:
                return None  # "responded to this question on many occasions": no content
    if span is not None and not _that_between(text, cue, span):
        if text.startswith("to ", span[0]) and not takes_listener and base not in _INFINITIVE_CUES:
            return None  # "we have continued to see ...", "said to be": no report
        participle = _AND_SAYING.search(text, span[0], span[1])  # "denied the accusations, saying ..."
        if base in _OBJECT_CUES and not _CLAUSE.search(text, span[0], participle.start() if participle else span[1]) \
                and not (base in _DIRECTIVES and _ADDRESSEE_TO.match(text, span[0])):
            return None  # "announced new tariffs yesterday", "confirmed the dates": an object, not what was said;
            # a directive with its addressee is ("demanded their government to crack down")
    if span is None:  # "..., officials said." : the content comes first
        aside = _ASIDE.search(text, max(start, cue.start() - _ASIDE_SPAN), cue.start())
        before = aside.start() if aside else cue.start()  # "..., Rep. Jane Doe, D-Calif., said": before the aside
        phrase = _np_before(text, before, start)
        opens = _trim_end(text, start, before) - len(phrase)
        if text.endswith("what ", start, opens):
            return None  # "I agree with what Prime Minister Shinzo Abe said.": heard, and nothing follows
        k = bisect_left(commas, opens) - 1  # the last comma before
        comma = commas[k] - start if k >= 0 and commas[k] >= start else -1
        if comma <= 0 or text[start + comma - 1] in _CLOSERS + _STRAIGHT:
            return None
        span = _content_span(text, start, start + comma)
        if span is None or any(m in text[span[0]:span[1]] for m in _OPENERS + _CLOSERS + _STRAIGHT):
            return None
        named = parse_speaker(text[span[0]:cue.start()])
        if named is not None and named.kind == "person" and named.name in text[span[0]:span[1]]:
            return None  # "Dong Xiaolin, a trade official, spoke": the name and its apposition, no content
        cut, name = _named_tail(text, span)
        if cut is not None:  # "..., Dong Xiaolin, a trade official, said": the name is no content
            span = _content_span(text, start, cut)
            if span is None or _a_role(text[span[0]:span[1]]):
                return None  # "The embassy's spokeswoman, Dong Xiaolin, said": a subject and no content
            if speaker.kind != "person":
                speaker = Speaker(speaker.surface, name, speaker.role or speaker.surface, "person")
    return _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0), "adjacent_cue", cue.start())


def _inverted(text: str, cue, start: int, end: int) -> _Quote | None:
    """Reported speech whose cue comes after its comma and before its speaker, who ends the sentence:
    "Progress is possible, said President Vladimir Putin in a speech at the summit." (else None)."""
    comma = _trim_end(text, start, cue.start()) - 1  # no copy of the sentence for each cue: linear
    tail = _INVERTED_TAIL.match(text, cue.end(), end) if comma >= start and text[comma] == "," \
        and cue.group(0).islower() else None
    speaker = parse_speaker(tail.group(1)) if tail else None
    if speaker is None or speaker.kind not in ("person", "organisation") or not speaker.name:
        return None
    span = _content_span(text, start, comma)
    if span is None or len(text[span[0]:span[1]].split()) < 5 \
            or any(m in text[span[0]:span[1]] for m in _OPENERS + _CLOSERS + _STRAIGHT):
        return None  # "Last one, says Jonathan": a few words, no clause
    return _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0), "adjacent_cue", cue.start())


# Cues that take no object and may come between the content and the speaker ("..., said President Putin.")
_INVERTIBLE = frozenset({"say", "add", "note", "stress", "state", "declare", "explain", "emphasise", "emphasize",
                         "remark", "observe", "conclude", "insist", "write", "point out", "underline"})
# After an inverted cue: a capitalised speaker ("President Vladimir Putin", "Mr Putin", "Sen. Elizabeth A. Warren")
# and a setting or an aside, to the sentence's end ("in a speech at the summit", "as he opened the meeting",
# ", D-Mass., who is running for president", " (D-Mass.)")
_INVERTED_SPEAKER = (r"\s+((?:(?:" + "|".join(_BEFORE_NAMES) + r")\.?\s+){0,2}(?:[A-Z][\w’'-]*\.?\s+){0,4}"
                     r"[A-Z][\w’'-]*)(?:\s+\([^()]{1,30}\))?")
_INVERTED_TAIL = re.compile(_INVERTED_SPEAKER + r"(?:\s+(?:in|at|on|during|while|as|when|after|before)\b"
                            r"[^.!?“”\"]{0,150}|,\s+(?:[^.!?“”\"]|\.(?=,))*)?[.!?]?\s*$")
# The same speaker before a comma: '..., said Sen. Jane Doe, adding that ...' (the participle's subject)
_INVERTED_NAME = re.compile(_INVERTED_SPEAKER + ",")


def _that_between(text: str, cue, span: tuple[int, int]) -> bool:
    """Whether "that" stands between a cue and its content ("said that in 2019, ...")."""
    return "that" in text[cue.end():span[0]].split()


_ANONYMITY = re.compile(r"(?:for\s+anonymity|not\s+to\s+be\s+(?:named|identified|quoted))\b", re.IGNORECASE)


# "As X said, ...": the content follows the cue's comma. A content that opens with a preposition
# and a determiner is a prepositional object ("responded to this question"), not what was said.
_AS_LEAD = re.compile(r"(?:[Aa]s|[Ll]ike)\s+(?:(?:you|we)(?:’ve|'ve|\s+have)?\s+(?:heard|seen)\s+)?(?=\S)")
# "..., which the New York Times called": a relative clause whose own subject speaks
_WHICH_LEAD = re.compile(r"which\s+(?=\S)")


def _as_lead(text: str, cue_start: int, floor: int) -> bool:
    """Whether the speaker phrase of a cue follows "As" or ", as": "As Wang Yi said, ...", "..., as Karine said, ..."."""
    phrase = _np_before(text, cue_start, floor)
    at = text.rfind(phrase, floor, cue_start) if phrase else -1
    lead = _AS_LEAD.match(phrase) or (_AS_BEFORE.search(text, max(floor, at - 8), at) if at >= 0 else None)
    if lead is None:  # "As State Councilor and Foreign Minister Wang Yi stressed ...": "As" opens the sentence
        opening = _sentence_start(text, cue_start, floor)
        lead = _AS_OPENS.match(text, opening) if "," not in text[opening:cue_start] else None
    if lead is None or not lead.group(0).strip().lower().startswith("like"):
        return lead is not None
    before = text[floor:at].rstrip(" ,—–") if at >= 0 else ""
    # "As to the tariffs, like I said, ...", but not "If the BRI has shackles, like he said, ...": a clause before
    return len(before.split()) < 3 or _TOPIC.match(before) is not None


_AS_OPENS = re.compile(r"As\s")
_AS_BEFORE = re.compile(r"(?:^|[,—–]\s*|\s)(as|like)\s+$")
_TOPIC = re.compile(r"(?:As\s+(?:to|for)|Regarding|Concerning|On|About|With\s+regard\s+to)\b")
_PREPOSITIONAL = re.compile(r"(?:(?:to|on|about|with|for|of|in|at)\s+(?:this|that|these|those|the|a|an|his|her|their|"
                            r"its|our|your|my|such)\b|(?:while|when)\s+\w+ing\b|[a-z]+ly\s+that\b)",
                            re.IGNORECASE)  # "said while visiting India that", "said recently that"
_THAT = re.compile(r"\bthat\s+")
# Cues that often take a noun phrase object: their content is reported speech only as a clause.
# A participle of speech after an object: what follows is its own report ("denied the accusations, saying ...")
_AND_SAYING = re.compile(r",\s+(?:adding|saying|noting|insisting|arguing|claiming|stressing)\b")
_OBJECT_CUES = frozenset({"announce", "confirm", "propose", "welcome", "criticize", "criticise", "demand", "deny",
                          "reject", "recall", "condemn", "praise", "answer", "respond", "post", "tweet", "write",
                          "predict", "observe", "indicate", "continue", "speak", "report", "add", "declare",
                          "acknowledge", "stress", "emphasize", "emphasise", "underline", "underscore", "reiterate",
                          "mention", "reaffirm", "request", "recommend", "stipulate", "state", "repeat", "maintain"})
# Cues of a charge whose object and gerund clause are what was said: "accused China of expanding its
# influence", "criticized China for pressuring the airline" (a gerund clause, not "criticized the move")
_CHARGE_CUES = frozenset({"accuse", "criticize", "criticise"})
_CHARGED = re.compile(r"\s+((?:the\s+|some\s+|its\s+|their\s+)?(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)"
                      r"(?:\s+(?:[A-Z][\w’'.-]*|[a-z][\w’'-]*)){0,5}?\s+(?:of|for)\s+(?:[a-z]+ly\s+)?[a-z]+ing)\b")
# Directives among the object cues, which report what they ask of an addressee: "demanded their government to ..."
_DIRECTIVES = frozenset({"demand", "request", "recommend"})
_ADDRESSEE_TO = re.compile(r"(?:(?:the|their|its|his|her|our|all)\s+)?(?:[\w’'-]+\s+){0,4}?"
                           r"to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]")
# Cues whose infinitive is what was said: directives and commitments ("pledged to cut", "urged X to").
_INFINITIVE_CUES = frozenset({"pledge", "vow", "promise", "agree", "demand", "propose", "call for", "threaten",
                              "refuse", "decline", "offer", "urge", "ask", "warn", "tell", "commit", "direct",
                              "instruct", "request"})


def _named_tail(text: str, span: tuple[int, int]) -> tuple[int | None, str | None]:
    """Where content read before a cue really ends when its last comma pieces are the speaker's
    name and apposition ("The talks failed, Dong Xiaolin, a trade official, said") or a role and
    the name ("The talks failed, the ministry's spokesman, John Smith, said"): the offset of the
    comma before them and the name, or (None, None)."""
    cuts = [i for i in range(span[1] - 1, span[0], -1) if text[i] == ","][:2]
    pieces = [(c, text[c + 1:(cuts[k - 1] if k else span[1])].strip()) for k, c in enumerate(cuts)]
    for k, (comma, piece) in enumerate(pieces):
        who = parse_speaker(piece)
        if who is not None and who.kind == "person" and who.name == piece \
                and (len(piece.split()) > 1 or (k and all(_a_role(p) for _, p in pieces[:k]))):  # "Smith, a spokesman"
            described = [parse_speaker(p) for _, p in pieces[:k]]
            if all(d is not None and d.kind in ("group", "person") for d in described):
                if k == 0 and len(pieces) > 1 and _a_role(pieces[1][1]):
                    return pieces[1][0], who.name
                return comma, who.name
    return None, None


def _a_role(phrase: str) -> bool:
    """Whether a phrase is one person's role and nothing else: "the ministry's spokesman", "a trade
    official"; not "the economy", "the government".

    >>> _a_role("a spokesman for the ministry"), _a_role("the government"), _a_role("the talks")
    (True, False, False)
    """
    role = parse_speaker(phrase)
    if role is None or role.kind != "group" or role.surface != phrase:
        return False
    head = _role_head(role.role).lower()
    return head in _person_roles() or "title" in _role_words().get(head, ())


def _sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence holding ``pos`` starts: after the last ". ", "? " or line break from ``floor``."""
    marks = ((text.rfind(". ", floor, pos), 2), (text.rfind("? ", floor, pos), 2), (text.rfind("\n", floor, pos), 1))
    return max((at + width for at, width in marks if at >= 0), default=floor)


_PARTICIPLE_LEAD = re.compile(r",[”\"’]?\s*(?:\w+ly\s+|further\s+|also\s+|then\s+|while\s+|before\s+|after\s+)?$")
_PRONOUN = re.compile(r"(?:He|She|They|It)\b")


# Prepositions whose object is no subject (see _OBJECT_PREPOSITION)
_OBJECT_WORDS = ("of", "from", "at", "to", "for", "with", "about", "by", "on", "in", "into", "over", "against",
                 "toward", "towards", "like", "than")


def _clause_participle(text: str, cue_start: int, floor: int) -> Speaker | None:
    """Who does the "saying" of a participle with no comma before it, in a short sentence of one clause
    that opens with its subject: 'The governor tweeted her reasoning saying, "..."' (the governor); not
    after a preposition ("by saying", "from saying") nor past a comma or a dash."""
    start = _sentence_start(text, cue_start, max(floor, cue_start - _LOOK_BACK))
    words = text[start:cue_start].split()
    if not words or len(words) > 12 or words[-1].lower() in _OBJECT_PREPOSITIONS \
            or _CLAUSE_BREAK.search(text, start, cue_start):
        return None
    return _participle_subject(text, start, cue_start)


_OBJECT_PREPOSITIONS = frozenset(_OBJECT_WORDS + ("without", "while", "when"))
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"—–]|\s-\s")


# A name right before a participle after "with", or after "and" going on from one ("with Steve Scalise of
# Louisiana calling ... and Ross Spano of Florida calling"): the participle's own subject
_ABSOLUTE_SUBJECT = re.compile(r"\b(?:with|and)\s+(" + _NAMED_OF + ")$")
_ABSOLUTE_BEFORE = re.compile(r"\bwith\s+" + _NAMED_OF + r"[a-z]+ing\b")


def _participle_lead(text: str, end: int) -> bool:
    """Whether a comma (and perhaps an adverb) stands just before ``end``: ``..., saying``; the comma
    may close the quote before (``"... $5 billion," further saying``)."""
    return bool(_PARTICIPLE_LEAD.search(text, max(0, end - 100), end))


# Prepositions whose object is no subject: a title after one ("with the President") is no
# antecedent, a name after one ("to the Embassy in London asking") does not say a participle cue.
_OBJECT_PREPOSITION = r"\b(?:" + "|".join(_OBJECT_WORDS) + r")\s+"
# A preposition and the capitalized name of its object, right before a cue.
_PREPOSITION_OBJECT = re.compile(_OBJECT_PREPOSITION + r"(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}$")


def _after_preposition(text: str, cue_start: int, floor: int) -> bool:
    """Whether the name before a cue is the object of a preposition, so that a participle cue
    after it is said by the clause's subject: "X wrote to the US Embassy in London asking ...".

    Examples
    --------
    >>> t = "Nick Adderley wrote to the US Embassy in London asking to waive her immunity."
    >>> _after_preposition(t, t.index("asking"), 0), _after_preposition("Officials asking for", 10, 0)
    (True, False)
    """
    return _PREPOSITION_OBJECT.search(text, max(floor, cue_start - 80), cue_start) is not None


def _participle_subject(text: str, start: int, cue_start: int) -> Speaker | None:
    """Who does the "saying" in ``..., she said, asking ...``: the speaker of a cue before (one of the
    last eight, within ``_LOOK_BACK`` characters), else the sentence's subject."""
    window = _cues()[0].finditer(text, max(start, cue_start - _LOOK_BACK), cue_start)
    earlier = [m for m in window if not m.group(0).split()[0].endswith("ing")]
    for cue in reversed(earlier[-8:]):
        inverted = _INVERTED_NAME.match(text, cue.end(), cue_start) if cue.group(0).islower() \
            and text[max(0, cue.start() - 2):cue.start()].rstrip().endswith(",") else None
        named = parse_speaker(inverted.group(1)) if inverted else None
        if named is not None and named.kind == "person":
            return named  # "Progress is possible, said Mr Putin, adding that ...": Mr Putin
        agent = _BY_AGENT_AFTER.match(text, cue.end(), cue_start) if _in_passive(text, cue.start(), start) else None
        named = parse_speaker(agent.group(1)) if agent else None
        if named is not None and named.kind in ("person", "organisation", "group"):
            return named  # "The plan was criticized by Senator Jane Doe, saying ...": the agent, not the plan
        relay = _RELAY.match(text, cue.end(), cue_start)  # "Media say that X issued a statement, saying"
        inner = _sentence_subject(text, relay.end(), cue_start) if relay else None
        if inner is not None and _ISSUED.search(text, relay.end(), cue_start):
            return inner
        speaker = _subject_before(text, cue.start(), start)
        if speaker is not None:
            return speaker
    subject = _sentence_subject(text, start, cue_start, titled=True)
    titled = _BARE_TITLE.match(text, start, cue_start) if subject is None else None
    return parse_speaker(titled.group(0)) if titled else subject  # "The President gave a speech ..., calling on"


# A passive cue's agent after it: "(were described) by Johnson as", "(was criticized) by Senator Jane Doe,"
_BY_AGENT_AFTER = re.compile(r"\s+by\s+((?:(?:the|a|an)\s+)?(?:[A-Za-z][\w’'.-]*\s+){0,5}?[A-Z][\w’'-]*)"
                             r"(?=\s+as\b|\s*,)")
# A report's that-clause whose subject issued a document, then says in a participle what it holds:
# "Media say that the EU ... issued a joint statement on May 9, saying that ..."
_RELAY = re.compile(r"\s+that\s+")
_ISSUED = re.compile(r"\b(?:issued|released|published|posted|put\s+out|sent|wrote|delivered)\s+(?:a|an|the|its|their|his|her)\b")


def _sentence_subject(text: str, start: int, end: int | None = None, titled: bool = False) -> Speaker | None:
    """The person or pronoun that opens the sentence starting at ``start`` (and ending before ``end``);
    with ``titled``, a surname after a title counts as a full name ("US Secretary of State Pompeo
    delivered a speech at the Hudson Institute ..., saying")."""
    pronoun = _PRONOUN.match(text, start)
    if pronoun:
        return parse_speaker(pronoun.group(0))
    lead = _role_then_name(text, start, start + 120 if end is None else min(start + 120, end))
    if lead is not None:  # "Foreign Ministry spokeswoman Maria Zakharova went further, calling": not the ministry
        return lead
    joint = _listed_subject(text, start, start + 160 if end is None else min(start + 160, end))
    if joint is not None:
        return joint  # "China and Panama issued a statement, saying ..."
    found, described = [], _INDEFINITE_OPENING.match(text, start)
    for match in _NAME_OR_WORD.finditer(text, start, start + 120 if end is None else min(start + 120, end)):
        if described and not text.startswith(", ", match.start() - 2):
            continue  # "A federal judge on Monday blocked a Louisiana law, saying": the judge, whom the sentence
            # does not name, unless a name is apposed ("A spokesman, John Doe, said")
        if _OWNED.search(text, max(start, match.start() - 6), match.start()) or _ACCOUNT.match(text, match.end()):
            continue  # "In a statement posted to her Twitter account, Vázquez affirmed", "an official government
            # Twitter account made the following announcement": an owner's thing or a medium, no subject
        if _PREPOSITION_BEFORE.search(text, max(start, match.start() - 40), match.start()):
            continue  # "Tillman dismissed that concern in an interview on the "Sooner Politics" podcast, saying":
            # a preposition's object is no subject
        words = match.group(0).split()
        while words and (words[0].lower() in _STOPWORDS or words[0].lower() in _DETERMINERS):
            words.pop(0)
        speaker = parse_speaker(" ".join(words)) if words and words != ["Q"] and words != ["A"] else None
        if speaker is not None and speaker.kind in ("person", "organisation"):
            if speaker.kind == "organisation" or len(speaker.name.split()) > 1 or (titled and speaker.role and not found):
                return speaker  # a full (or titled) name beats a lone capitalized word ("a Republican, Mark Amodei")
            if found and _opens_sentence(text, match.start()):
                return speaker  # "In a statement posted to her Twitter account, Vázquez affirmed": the subject
            found.append(speaker)
    if described and not found:  # the described subject itself: "A federal judge", no one named
        words = text[start:start + 80].split()[:5]
        for n in range(len(words), 1, -1):
            who = parse_speaker(" ".join(words[:n]))
            if who is not None and who.kind == "group":
                return who
    return found[0] if found else None


_OWNED = re.compile(r"\b(?:his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
_INDEFINITE_OPENING = re.compile(r"\s*An?\s+(?=[A-Za-z])")  # "A federal judge", "An aide"
# Where a thing is, after a word in lower case (not "Secretary of State Mike Pompeo", nor "a report from Platts")
_PREPOSITION_BEFORE = re.compile(r"\s[a-z]+\s+(?:on|in|at|into|over|under|during)\s+(?:(?:the|a|an)\s+)?[\"“‘']?$")
_ACCOUNT = re.compile(r"\s+(?:account|accounts|page|feed|channel|handle|profile)\b")


def _listed_subject(text: str, start: int, end: int) -> Speaker | None:
    """Names listed as the subject that opens the sentence at ``start`` ("Adidas, Nike and PUMA joined
    forces", "China and Panama issued"), as one joint speaker, or None."""
    listed = _OPENING_LIST.match(text, start, end)
    joint = parse_speaker(listed.group(1)) if listed else None
    return joint if _is_joint(joint) else None


# Names listed as a sentence's subject before its lowercase verb: "Adidas, Nike and PUMA joined"
_OPENING_LIST = re.compile(rf"(?:[QA]:?\s+)?({_LISTED_NAME}(?:,\s+{_LISTED_NAME}){{0,6}},?\s+and\s+{_LISTED_NAME})"
                           r"(?=\s+(?:have\s+|has\s+|also\s+|jointly\s+)?[a-z])")

# "According to a statement released by the Kremlin": the document's issuer is the source.
_ISSUED_BY = re.compile(r"(?:(?:a|an|the|its|their)\s+(?:[\w’'-]+\s+){0,4}?"
                        r"(?:statement|report|communiqu[eé]|readout|release|letter|study|survey|transcript|tweet|"
                        r"post|message|announcement|filing|memo|e-?mail|bulletin)s?|"
                        r"(?:(?:the|new|latest|official)\s+)?(?:data|figures|statistics))\s+"
                        r"(?:(?:on|in|last|this|earlier)\s+(?:\w+\s+){1,3}?)?"  # "a report on Wednesday by"
                        r"(?:(?:released|issued|published|put\s+out|posted|sent|made)\s+)?(?:by|from)\s+(.+)",
                        re.IGNORECASE)


def _source_of(phrase: str) -> Speaker | None:
    """The speaker an "according to" phrase names: "Reuters", "a statement released by the Kremlin",
    "him" (a pronoun in its subject form, resolved as "he said" is)."""
    issued = _ISSUED_BY.fullmatch(phrase)
    if issued:
        stop = _NP_END.search(issued.group(1))  # "by the American Chambers of Commerce in China and ...": the body
        return parse_speaker(issued.group(1)[:stop.start()] if stop else issued.group(1))
    return parse_speaker(_SUBJECT_FORM.get(phrase.lower(), phrase))


# What ends an "according to" phrase that names a report and its source
_CLAUSE_MARK = re.compile(r"[,;:!?“”\"—–]")
# "according to him": the pronoun in its subject form
_SUBJECT_FORM = {"him": "he", "her": "she", "them": "they"}


def _according_to(text: str, cue, start: int, end: int) -> _Quote | None:
    """A report introduced by a phrase that names its source: "according to X, ...", "..., according
    to X"; "According to him, ..." only opening its sentence."""
    opens = cue.start() - start < 3
    stop = _CLAUSE_MARK.search(text, cue.end(), min(end, cue.end() + _LOOK_BACK))
    relayed = _WHICH_CITED.match(text, stop.start()) if opens and stop is not None else None
    if relayed:  # "According to Agence France-Presse, which cited sources close to the investigation, ...":
        return _relayed_report(text, cue, relayed, end)  # the sources
    phrase, speaker = _according_source(text, cue.end(), end, stop)
    apposed = _role_then_apposed(text, cue.end(), end) if speaker is not None and speaker.kind == "group" else None
    if apposed is not None:  # "According to the El Paso mayor, Dee Margo, ...": the name
        speaker, phrase = apposed, apposed.surface
    if speaker is None or (speaker.kind == "pronoun" and not opens):
        return None
    after_np = text.find(phrase, cue.end()) + len(phrase)
    if opens and stop is not None and stop.group(0) == ",":  # "According to a report by X in China yesterday, ..."
        after_np = max(after_np, stop.start())
        role = _APPOSITION.match(text, after_np) if speaker.kind == "person" else None
        if role is not None and _a_role(text[role.start() + 1:role.end() - 1].strip()):
            after_np = role.end()  # "According to John Smith, a spokesman for the ministry, ...": not his words
    span = _content_span(text, after_np, end) if opens else _content_span(text, start, cue.start())
    if span is None or _RELAYED.match(text, span[0], span[1]):
        return None  # "According to media reports, US President Trump said that ...": a relay, Trump's words
    return _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0), "adjacent_cue", cue.start())


def _according_source(text: str, start: int, end: int, stop: re.Match | None = None) -> tuple[str, Speaker | None]:
    """The phrase after "according to" (at ``start``) that names the source, and the source: the noun
    phrase, or the clause up to ``stop`` (the next clause mark) when it names a report and who issued it
    ("a report on Wednesday by UpGuard", "a tweet on Monday by US Secretary of State Mike Pompeo")."""
    phrase = _np_after(text, start, end)
    if stop is None:
        stop = _CLAUSE_MARK.search(text, start, min(end, start + _LOOK_BACK))
    clause = text[start:stop.start() if stop else min(end, start + _LOOK_BACK)].strip().rstrip(".")
    if not _ISSUED_BY.fullmatch(phrase) and _ISSUED_BY.fullmatch(clause):
        phrase = clause  # "a 1989 report from the National Transportation Safety Board (NTSB)"
    return phrase, _source_of(phrase)


def _relayed_report(text: str, cue, relayed: re.Match, end: int) -> _Quote | None:
    """What "According to X, which cited Y, ..." reports: Y's words, after the relay."""
    span = _content_span(text, relayed.end(), end)
    speaker = parse_speaker(relayed.group(1))
    if span is None or speaker is None:
        return None
    return _Quote(span[0], span[1], None, "indirect", speaker, cue.group(0), "adjacent_cue", cue.start())


_WHICH_CITED = re.compile(r",\s+(?:which|who)\s+(?:cited|quoted)\s+([^,;:]{1,100}),")
_RELAYED = re.compile(r"(?:(?:[A-Z][\w.’'-]*|of|the)\s+){1,8}(?:\w+ly\s+|also\s+)?"
                      r"(?:said|says|told|tells|stated|claimed|claims|announced|wrote|tweeted)\b")


def _resolve(q: _Quote, ctx: _Context, last: _Quote | None, para_floor: int, pair_floor: int
             ) -> tuple[str | None, str | None]:
    """Return the speaker's canonical name and role, setting how it was attributed; two persons
    named together after ``pair_floor`` can be "the two leaders"."""
    sp = q.speaker
    at = q.cue_pos if q.cue_pos >= 0 else q.start
    if q.turn is not None and sp is not None and _first_person(sp):
        q.attribution = "turn_speaker"  # "As I said yesterday, ...": the turn's own speaker
        return q.turn[2], q.turn[3]
    if sp is None:
        if last is not None and last.speaker is not None:
            q.speaker, q.attribution = last.speaker, "joint" if last.attribution == "joint" else "carried_over"
            return _resolved_name(last)
        return None, None
    if sp.kind == "pronoun" and _second_person(sp):  # "You said ..." in a question: whoever answers it
        if q.turn is None or q.turn[5] is None:
            return None, None
        q.attribution = "addressee"
        return q.turn[5], None
    if (sp.kind == "group" and _PAIR.fullmatch(sp.surface)) or \
            (_pronoun(sp) == "they" and _AFTER_PAIR.search(ctx.text, max(0, at - 600), at)):
        found = ctx.pair(at, pair_floor)  # "the two leaders"; "The two leaders expressed ... They also said"
        if found:
            q.attribution = "joint"
            return found, None
    if sp.kind == "pronoun":
        found, how = None, "pronoun"
        if _pronoun(sp) in ("he", "she", "i"):  # "He also said", "And he has always been clear"
            found = _antecedent(q, ctx, last, at, para_floor)
        elif _pronoun(sp) == "they" and (body := _body_before(ctx, at, max(para_floor, last.end if last else 0))):
            found, how = (body, None), "organisation"  # "USCIRF also criticized the move. They released ..."
        elif last is not None and last.speaker is not None and last.speaker.kind != "pronoun":
            found = _resolved_name(last)
            how = "joint" if last.attribution == "joint" else how  # "Russia and China said ... They also said"
        if found:
            q.attribution = how
            return found
        return None, None
    if sp.kind == "organisation":
        name = ctx.organisation(sp.name, at)
        if name == sp.name and "group" in _role_words().get(name.lower(), ()):
            q.attribution = "group"  # "Police said" with no fuller name before: "the police", unnamed
            return None, name.lower()
        q.attribution = "organisation"
        return name, None
    if _is_document(sp):
        found = _issuer(sp, ctx, last, at, q.turn is None)
        if found is not None and found[1] == "title":  # its holder is looked up as a bare title's
            q.attribution = "group"
            return None, found[0]
        if found is not None:
            q.attribution = found[1]
            return found[0], None
    if sp.kind == "group":
        head = _role_head(sp.role)
        definite = not _INDEFINITE.match(sp.surface)  # "the minister" was named before; "one MP" was not
        # "the Australian Foreign Minister" is not the Foreign Minister Wang Yi named last, "the Russian top
        # diplomat" the Russian one named before the Egyptian
        found = ctx.by_role(head, at, sp.role, lambda held: _same_qualifiers(sp.role, held, ctx.is_place)) \
            if head and not _plural(head) and definite else None
        if found and _home_turn(q, ctx) and _BARE_OFFICE.fullmatch(sp.surface):
            found = None  # an official's "the President": their state's, not a president named before
        if found:
            q.attribution = "role"
            return found
        the = _THE_HEAD.fullmatch(sp.surface) if head and definite else None
        body = ctx.named_body(head, at) if the and the.group(1).lower() == head.lower() else None
        if body:  # "The U.S. Treasury Department imposed sanctions ... , the department said"
            q.attribution = "organisation"
            return ctx.organisation(body, at), None
        found = _antecedent(q, ctx, last, at, para_floor) if _EPITHET.fullmatch(sp.surface) else None
        if found and found[0]:  # '"...," the Kentucky Republican said': the person the story is about
            q.attribution = "epithet"
            return found
        q.attribution = "group"
        return None, sp.role
    if sp.name in ctx.acronyms:
        q.attribution = "organisation"
        return ctx.acronyms[sp.name], None
    if ctx.is_place is not None and ctx.is_place(sp.name):  # "Turkey said": the state speaks
        q.attribution = "organisation"
        return sp.name, sp.role
    if _AND in sp.name:  # "Mr Putin and Mr Bush", "Russia and China": each by their full name, as no one speaker
        parts = sp.name.split(_AND)
        places = [ctx.is_place is not None and ctx.is_place(n) for n in parts]
        if not (any(places) and any(not p and len(n.split()) > 1 for n, p in zip(parts, places))):
            q.attribution = "joint"
            return _AND.join(ctx.acronyms.get(n) or (n if p or len(n.split()) > 1 or n.isupper()
                                                     else (ctx.full_name(n, at) or (n,))[0])
                             for n, p in zip(parts, places)), None  # "EPA and DOE": no surname "Doe"
        sp = q.speaker = Speaker(sp.surface, parts[-1], None, "person")  # "Tsai Ing-wen and Taiwan": the last
    # an inner word of a name only without a head of state's office: "President Biden" is the registry's, not
    # the "Valerie Biden Owens" a briefing names
    other = _OTHER_GENDER.get(ctx.gender(sp.name, sp.role)) if sp.role else None  # "Mr Tan": no woman
    full = ctx.full_name(sp.name, at, middle=not (sp.role and _OFFICE.search(sp.role)), other=other)
    if full and len(sp.name.split()) == 1:
        q.attribution = "surname"
        return full[0], sp.role if sp.role and not _title_only(sp.role) else full[1]
    speakers = ctx.given.get(_fold(sp.name), {}) if not sp.role and " " not in sp.name else {}
    if len(speakers) == 1:  # "As Jeff mentioned earlier", in a briefing where Jeff Zients speaks
        q.attribution = "given_name"
        return next(iter(speakers.items()))
    if not sp.role and ctx.common_word(sp.name):  # "Yeah, can you ...", "Such remarks are": no one's name
        q.speaker, q.attribution = None, "unresolved"
        return None, None
    body = _body_named_from(ctx.text, sp.name, at, ctx.is_place) if not sp.role and " " not in sp.name else None
    if body is not None:  # "Ford said" after "Ford Motor Company announced": the company
        q.attribution = "organisation"
        return body, None
    q.attribution = "adjacent_cue"
    ctx.add(at, sp.name, sp.role)
    return sp.name, sp.role


def _body_named_from(text: str, word: str, at: int, is_place=None) -> str | None:
    """The company or department whose fuller name opens with ``word``, named before ``at`` ("Ford Motor
    Company" for "Ford", "Treasury Department" for "Treasury"), else None; not another body that
    bears the word ("Mastercard Foundation", "Facebook Ireland Limited", a subsidiary in a place).

    >>> t = "Ford Motor Company announced a recall. Ford said it was cooperating."
    >>> _body_named_from(t, "Ford", t.index("Ford said"))
    'Ford Motor Company'
    """
    pattern = re.compile(rf"\b{re.escape(word)}((?:[ ][A-Z][\w&’'-]*){{1,3}})")
    for found in pattern.finditer(text, max(0, at - 20 * _LOOK_BACK), at):
        added = found.group(1).split()
        if added[-1].rstrip(".").lower() in _SAME_BODY and not (is_place and any(map(is_place, added[:-1]))):
            return word + found.group(1)
    return None


# The last words of a fuller name of the same company or department: "Ford Motor Company", "Treasury Department"
_SAME_BODY = frozenset({"company", "corporation", "corp", "inc", "incorporated", "llc", "plc", "ltd", "limited",
                        "group", "holdings", "department"})


_INDEFINITE = re.compile(r"\s*(?:a|an|one|another|some|two|three|several)\s+(?!of\b)", re.IGNORECASE)
# Two parties speaking as one ("The two leaders reaffirmed that", "Leaders of the two sides said"),
# and "they" opening the sentence after one that such a phrase opens.
_PAIR_WORDS = r"(?:(?:the\s+)?(?:two|both)\s+(?:leaders|sides|heads\s+of\s+state|presidents|prime\s+ministers|" \
              r"(?:foreign\s+)?ministers)|the\s+(?:presidents|prime\s+ministers)|" \
              r"leaders\s+of\s+the\s+two\s+(?:sides|countries)|both)"  # "Both expressed", "The Presidents noted"
_PAIR = re.compile(r"\s*" + _PAIR_WORDS + r"\s*", re.IGNORECASE)
_AFTER_PAIR = re.compile(r"(?:^|[.!?]\s+)" + _PAIR_WORDS + r"\b[^.!?]*[.!?]\s+They(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_AND = " and "  # between the names of a joint speaker
_PAIR_AHEAD = 600  # "Both leaders ..." opening an item: the two persons named together just after
_PAIR_PARAGRAPHS = 4  # "the two leaders" are two persons named together in their paragraph or the three before
# What joins two persons named together: "and", or a meeting ("held talks with", "had a telephone
# conversation with President of the", "met")
_PAIRED = re.compile(r"\s+and\s+|\s+(?:(?:held|had)\s+(?:a\s+)?(?:\w+\s+){0,2}(?:talks|conversation|meeting|call)\s+"
                     r"with|met(?:\s+with)?|(?:talked|spoke)\s+(?:to|with))\s+(?:[\w-]+\s+){0,4}")


def _issuer(sp: Speaker, ctx: _Context, last: _Quote | None, at: int, sent: bool = True) -> tuple[str, str] | None:
    """Who speaks through a document ("the statement said") and how that was found.

    A capitalised owner before the document's noun speaks: "A UN report concluded" (the
    organisation, "organisation"), "Turkey's statement" (the state). With no owner and no
    possessive, the document is sent by the person who opens the last sentence naming it ("Mr
    Putin sent a message ... The message said" is Putin), else it is the one the last quote came
    from ("The White House announced ... The statement also said" is the White House); the
    attribution is "document". Inside a transcript turn (``sent`` false) only a named owner
    counts: the sentences and quotes before may be another speaker's. Otherwise nobody is named.
    """
    carried = _CARRIED_BY.match(sp.surface)
    if carried:  # "Bloomberg had a report saying", "the CNN website published a report": the outlet
        return ctx.organisation(carried.group(1), at), "organisation"
    issued = _ISSUER_AFTER.search(sp.surface)  # "The quarterly report by the International Atomic Energy
    named = _named_sender(ctx, issued.group(1), at) if issued else None  # Agency", "A statement from Accra's
    if named:  # foreign ministry"
        return named, "organisation"
    tokens = _clean_tokens(sp.surface)[:-1]
    cut = max((i + 1 for i, t in enumerate(tokens) if t.lower() in _DETERMINERS or t.lower() in _STOPWORDS
               or not t[:1].isalnum()), default=0)
    modifiers = tokens[cut:]  # the noun phrase's words before its noun: "a UN report" -> UN
    titled = _OWNER_TITLE.fullmatch(" ".join(modifiers))
    if titled and _role_head(titled.group(1)).lower() in _role_words():
        sender = _title_sender(ctx, at) if sent else None  # "Vladimir Putin sent a message to ..."
        return (sender, "document") if sender else (titled.group(1), "title")  # else the title's holder
    owned = [w for w in modifiers if _is_cap(w) and w.lower() not in _role_words()]
    if owned:
        name = re.sub(r"[’']s$", "", " ".join(owned))
        if name in ctx.acronyms:
            return ctx.acronyms[name], "organisation"
        if name.isupper() or len(owned) > 1 or name != " ".join(owned):  # not an adjective ("Turkish")
            if ctx.is_place is not None and ctx.is_place(name):
                return name, "organisation"
            if name.isupper():
                return ctx.longer_name(name, at), "organisation"
            person = _possessor(ctx, name, at) if name != " ".join(owned) else None
            if person:  # "Vladimir Putin’s message", "Mr Putin’s telegram": the person's
                return person, "document"
        return None  # an adjective ("the Turkish statement"), or an owner not known as a person
    held = _held_by(ctx, modifiers, at) if sent else None
    if held is not None:
        return held, "role"  # "the judge's statement" after "Judge Gray Miller"
    if not sent or any(w.endswith(("’s", "'s")) for w in modifiers):
        return None  # "the court's summary": whose, the text does not say here
    name = _sender(ctx, sp, at) or (_resolved_name(last)[0] if last is not None and last.speaker is not None else None)
    return (name, "document") if name else None


def _held_by(ctx: _Context, modifiers: list[str], at: int) -> str | None:
    """The person a document's owner names by an office in lower case ("Part of the judge's statement
    reads" after "Judge Gray Miller"): the last person named with that title; None for a body ("the
    court's summary"), a plural or no such person.

    >>> t = "Judge Gray Miller ruled. Part of the judge's statement reads"
    >>> ctx = _Context(t)
    >>> _scan_people(ctx)
    >>> _held_by(ctx, ["judge's"], len(t))
    'Gray Miller'
    """
    if len(modifiers) != 1 or not _POSSESSIVE_END.search(modifiers[0]) or not modifiers[0][:1].islower():
        return None
    noun = modifiers[0][:-2]
    kinds = _role_words().get(noun, frozenset())
    if not kinds or kinds & {"body", "group"} or _plural(noun):
        return None
    found = ctx.by_role(noun, at)
    return found[0] if found else None


def _possessor(ctx: _Context, name: str, at: int) -> str | None:
    """The person a phrase names (a possessive before a document, a title's sender): a full name,
    less a place before it, or a surname the text names in full ("Mr Putin’s message" after
    "Vladimir Putin"); None for anything else ("Gazprom’s statement")."""
    owner = parse_speaker(name)
    if owner is not None and owner.kind == "person" and ctx.is_place is not None:
        owner = _drop_places(owner, ctx.is_place)
    if owner is None or owner.kind != "person":
        return None
    if len(owner.name.split()) > 1:
        return owner.name
    full = ctx.full_name(owner.name, at)
    return full[0] if full else None


_OWNER_TITLE = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)[’']s")
# The issuer named after a document's noun: "by the International Atomic Energy Agency", "from Accra's
# foreign ministry"
_ISSUER_AFTER = re.compile(r"\s(?:by|from)\s+((?:the\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){0,6}"
                           r"[A-Z][\w’'.&-]*(?:\s+[a-z]+){0,2})\s*$")
_CARRIED_BY = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*)\s+(?:website\s+|newspaper\s+)?"
                         r"(?:had|has|published|released|issued|ran|carried|put\s+out)\s+(?:a|an|the|its)\s")


def _sender(ctx: _Context, sp: Speaker, at: int) -> str | None:
    """Who sent a document no quote came from yet: whoever the last mention of it is from ("a message
    from Truls Gulowsen"), else the person who opens the sentence of that mention ("Mr Putin sent Mr Bush
    a message. ... The message said:" is Putin), or the organisation that opens it issuing it ("The Met
    Office issued a red warning ... The warning said")."""
    if ctx.text.startswith(("According to ", "according to "), at):  # the phrase after the cue
        cut = ctx.text.find(sp.surface, at, at + 20 + len(sp.surface))
    else:
        cut = ctx.text.rfind(sp.surface, max(0, at - _LOOK_BACK), at)
    cut = cut if cut >= 0 else at
    floor = max(0, cut - 4 * _LOOK_BACK)
    named = list(re.finditer(rf"\b{re.escape(_role_head(sp.role))}s?\b", ctx.text[floor:cut], re.IGNORECASE))
    if not named:
        return _title_sender(ctx, at)
    noun = floor + named[-1].start()
    sent = _sent_from(ctx, floor + named[-1].end(), at)
    if sent:
        return sent
    start = _sentence_start(ctx.text, noun, floor)
    subject = _sentence_subject(ctx.text, start, _subject_end(ctx.text, start, noun))
    if subject is not None and subject.kind == "organisation" and subject.name:
        return _issuing_body(ctx, subject, start, noun, at)
    if subject is None or subject.kind != "person" or not subject.name:
        return None
    full = ctx.full_name(subject.name, at)
    return full[0] if full else subject.name


def _sent_from(ctx: _Context, end: int, at: int) -> str | None:
    """The person or organisation a document is from, named right after its noun (which ends at ``end``):
    "a personal message from Chinese President Jiang Zemin" is Jiang Zemin's.

    >>> t = "a personal message from Chinese President Jiang Zemin."
    >>> _sent_from(_Context(t), t.index(" from"), len(t))
    'Jiang Zemin'
    """
    found = _FROM_SENDER.match(ctx.text, end)
    return _named_sender(ctx, found.group(1), at) if found else None


def _named_sender(ctx: _Context, phrase: str, at: int) -> str | None:
    """The person (by their full name) or organisation a phrase naming a document's sender names, else None."""
    sender = parse_speaker(phrase)
    if sender is None or not sender.name:
        return None
    if sender.kind == "person":
        return _possessor(ctx, phrase, at) or sender.name
    if sender.kind == "organisation":
        return ctx.organisation(sender.name, at)
    return None


def _subject_end(text: str, start: int, noun: int) -> int:
    """Where a document's sender may end in the sentence that opens at ``start`` and names it at
    ``noun``: before the noun ("Mr Putin sent a message to the President of Azerbaijan": not the
    addressee after it), unless the noun opens the sentence in a phrase before its subject ("In the filing
    itself Ford also made this point"); then the sentence's end, never the next sentence.

    >>> t = "In the filing itself Ford made this point. Later"
    >>> _subject_end(t, 0, 7), _subject_end("Putin sent a message to Aliyev.", 0, 12)
    (41, 12)
    """
    if _FRONTED_DOCUMENT.fullmatch(text, start, noun) is None:
        return noun
    ends = [stop for stop in (text.find(". ", noun), text.find("? ", noun), text.find("\n", noun)) if stop >= 0]
    return min(ends, default=len(text))


def _issuing_body(ctx: _Context, subject: Speaker, start: int, noun: int, at: int) -> str | None:
    """The organisation that opens a sentence as the subject of a verb of issuing, before the document's
    noun ("The Met Office issued a red warning", "The Ministry of Health has published a report"); None when
    it does something else with the document ("The BBC obtained a report")."""
    found = ctx.text.find(subject.surface, start, noun)
    if not _opens_as_subject(ctx.text, found, start):
        return None
    name, end = _body_name(ctx.text, subject, found, noun)  # "the Ministry of Health has published"
    if not _ISSUED.match(ctx.text, end, noun):
        return None
    return ctx.organisation(name, at)


_OF_NAME_AT = re.compile(_OF_NAME)
# A phrase opening a sentence with a document's noun, before the sentence's subject: "In the filing itself"
_FRONTED_DOCUMENT = re.compile(r"(?:In|Under|Through|With|By|Per)\s+(?:the|a|an|its|their|his|her|this|that)\s+"
                               r"(?:\w+\s+)?")
# Who a document is from, right after its noun: "a personal message from Chinese President Jiang Zemin", "a
# letter of protest from the Foreign Ministry"
_FROM_SENDER = re.compile(r"(?:\s+of\s+\w+)?\s+from\s+(?:the\s+)?"
                          r"((?:(?:[A-Z]\.|Mr\.|Ms\.|Mrs\.|Dr\.|[A-Z][\w’'-]*)[ ]+){0,6}[A-Z][\w’'-]*)")
# A verb of issuing a document right after its issuer: "issued", "has published", "put out"
_ISSUED = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:issued|published|released|posted|put\s+out|sent|"
                     r"presented|submitted|filed|adopted|delivered|unveiled|distributed|circulated)\b")


# A title that opens with the person who sent or presented what speaks: "President Vladimir Putin
# sent a telegram to ...", "Vladimir Putin Sent a Greeting to ...", "X presented her annual report".
_TITLE_SENDER = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,6}?)(?:has\s+|had\s+)?(?i:sent|sends|addressed|addresses|"
                           r"congratulated|congratulates|greeted|greets|wished|wishes|conveyed|conveys|"
                           r"expressed|expresses|presented|presents|submitted|submits)\b")


def _title_sender(ctx: _Context, at: int) -> str | None:
    """The person a document's title opens with as the sender of what speaks ("President Vladimir
    Putin sent a telegram to ...": "The message reads" is Putin's); None when the title names no
    sender ("Congratulations to Pope Francis", "Vasily Sredin, Deputy Foreign Minister, delivered
    a message from ...")."""
    opened = _TITLE_SENDER.match(ctx.title)
    return _possessor(ctx, opened.group(1).strip(), at) if opened else None


def _body_before(ctx: _Context, at: int, floor: int) -> str | None:
    """The organisation that opens the sentence right before the one at ``at``, after ``floor`` (the
    last quote, the paragraph): "The US Commission on International Religious Freedom also criticized the
    move. They released a statement" is the Commission's, not an earlier quote's speaker.

    >>> t = "UNESCO said it was sad. The Royal Society also criticized it. They said it was wrong."
    >>> _body_before(_Context(t), t.index("They said"), 24)
    'Royal Society'
    """
    start = _sentence_start(ctx.text, at, floor)
    if start <= floor:
        return None
    before = _sentence_start(ctx.text, start - 2, floor)
    if before < floor or _INITIALS_BEFORE.search(ctx.text, max(0, before - 8), before):
        return None  # "... at the U.N. General Assembly. They": no sentence opens after "U.N."
    subject = _sentence_subject(ctx.text, before, start)
    found = ctx.text.find(subject.surface, before, start) if subject is not None else -1
    if subject is None or subject.kind != "organisation" or not subject.name \
            or not _opens_as_subject(ctx.text, found, before):
        return None
    name, end = _body_name(ctx.text, subject, found, start)
    head = _NEXT_WORD.match(ctx.text, end)
    if head and head.group(1).islower() and (head.group(1) in _role_words()
                                            or head.group(1).removesuffix("s") in _role_words()):
        return None  # "the House managers laid out ...": the body names the subject's people
    return ctx.organisation(name, at)


_INITIALS_BEFORE = re.compile(r"\b(?:[A-Z]\.){2,}\s+$")


def _body_name(text: str, subject: Speaker, found: int, limit: int) -> tuple[str, int]:
    """An organisation's name found at ``found`` with the "of" phrase after it, and where it ends: "the
    Ministry of Health" (the subject parsed is "Ministry"), not past ``limit``."""
    end = found + len(subject.surface)
    tail = _OF_NAME_AT.match(text, end, limit)
    return (subject.name + text[end:tail.end()], tail.end()) if tail else (subject.name, end)


def _opens_as_subject(text: str, found: int, start: int) -> bool:
    """Whether a name found at ``found`` (-1: not found) opens the sentence that starts at ``start``, or its
    clause after fronted adverbials, "the" before it or not: "The Met Office issued ...", "On Monday, the
    Ministry of Health published ..."."""
    lead = found - 4 if found >= 4 and text[found - 4:found].lower() == "the " else found
    return found >= 0 and (lead == start or _opens_sentence(text, lead))


def _antecedent(q: _Quote, ctx: _Context, last: _Quote | None, at: int, para_floor: int):
    """Who "he" or "she" is: the last quote's speaker if just before (a bare title's holder too: "The
    President directed ... He said that"), else the last sentence
    subject, the last quote's speaker, the last person named in the turn (or text), or the
    holder of a bare title ("the president"); never the speaker of the turn it is said in,
    who would say "I", nor a person the text gives the other gender (:meth:`_Context.gender`)."""
    own = q.turn[2] if q.turn is not None else None
    recent = last is not None and last.speaker is not None and getattr(last, "_name", None) \
        and last.speaker.kind in ("person", "pronoun") and last.attribution != "organisation" \
        and _resolved_name(last)[0] != own  # not "they" resolved to a body
    other = _RULED_OUT.get(_pronoun(q.speaker))  # the gender the pronoun rules out
    home = _home_turn(q, ctx)
    titled = last is not None and last.speaker is not None and last.speaker.kind == "group" \
        and _BARE_TITLE.fullmatch(last.speaker.surface) is not None and at - last.end <= 150
    # 'A spokesman for the ministry said "..." He added': the unnamed person the role describes (not a title's
    # holder, whom the registry names later)
    described = last is not None and last.speaker is not None and last.speaker.kind == "group" \
        and at - last.end <= 150 and _pronoun(q.speaker) in ("he", "she") and _resolved_name(last)[0] is None \
        and _role_head(last.speaker.role).lower() in _person_roles() \
        and not _OFFICE.search(last.speaker.role or "") and not _HEAD_OF_STATE.search(last.speaker.role or "")
    tries = [lambda: _titled_here(ctx, at, para_floor, home),  # "the last time the President was here, he committed"
             lambda: _resolved_name(last) if titled else None,  # "The President directed ... He said that"
             # a person opening a sentence after the last quote: '... said Hensman. Wong and his co-authors founded
             # a company. He remarked, "..."' is Wong's
             lambda: ctx.subject_before(at, max(para_floor, last.end), other) if recent and at - last.end <= 150
             else None,
             lambda: _resolved_name(last) if recent and at - last.end <= 150 else None,  # '..." said Lorenzana; he ...'
             lambda: (None, _resolved_name(last)[1]) if described else None,  # '"...," a spokesman said. He added'
             lambda: ctx.subject_before(at, para_floor, other),
             lambda: _resolved_name(last) if recent else None,
             lambda: ctx.last_person(at, q.turn[0] if q.turn else 0, other),
             lambda: _titled(ctx, at, q.turn[0] if q.turn else para_floor, home),
             lambda: _asked_about(ctx, q, at, home)]
    for attempt in tries:
        found = attempt()
        if found and (found[0] is None or (found[0] != own and (other is None or ctx.gender(*found) != other))):
            return found
    return None


# Offices one person holds at a time, named bare ("the president"): a pronoun after one is its holder.
_OFFICES = (r"(?:vice\s+)?president|prime\s+minister|premier|chancellor|foreign\s+minister|secretary\s+of\s+state|"
            r"secretary-general|supreme\s+leader")
_BARE_TITLE = re.compile(rf"\bthe\s+({_OFFICES})\b(?!\s+of\b|['’]s\s+\w+\s+of\b)", re.IGNORECASE)
_OFFICE = re.compile(rf"\b(?:{_OFFICES})\b", re.IGNORECASE)
_HEAD_OF_STATE = re.compile(r"\bhead\s+of\s+(?:state|government)\b", re.IGNORECASE)  # an office, held by a named person
# A state's own offices, named bare in its officials' turns ("the President", "The Vice President"); not
# "the Prime Minister", which in a White House briefing is another state's.
_BARE_OFFICE = re.compile(r"(?:the\s+)?(?:(?:vice\s+)?president|secretary\s+of\s+state)", re.IGNORECASE)


def _home_turn(q: _Quote, ctx: _Context) -> bool:
    """Whether the quote is in a turn of an official (a speaker with a state) or of a government's own
    transcript (``ctx.host``): there "the President" is that state's, whoever the text named before."""
    return q.turn is not None and bool(q.turn[4] or ctx.host)


def _asked_about(ctx: _Context, q: _Quote, at: int, home: bool = False) -> tuple[str | None, str | None] | None:
    """Who "he" or "she" is when the answer turn names nobody before it: the person, else the bare
    title, named last in the question before ("Q: ... the President said ... ? A: He's saying that
    he wants both")."""
    asked = ctx.previous_turn(q.turn[0]) if q.turn is not None else None
    if asked is None:
        return None
    return ctx.last_person(q.turn[0], asked) or _titled(ctx, q.turn[0], asked, home)


# A bare title that is a clause's subject: not after a preposition, not a possessive.
_OBJECT_LEAD = re.compile(_OBJECT_PREPOSITION + "$", re.IGNORECASE)


def _titled_here(ctx: _Context, at: int, floor: int, home: bool = False) -> tuple[str | None, str] | None:
    """A bare title earlier in the pronoun's own sentence, as a subject and with no person named
    after it: "the last time the President was here, he committed to ..." is the President.

    Examples
    --------
    >>> t = "Rick Scott spoke. The last time the President was here, he committed to it."
    >>> _titled_here(_Context(t), t.index("he committed"), 0)
    (None, 'President')
    >>> t = "Asked about the president's plan, he said it would pass."
    >>> _titled_here(_Context(t), t.index("he said"), 0) is None
    True
    """
    found = _last_title(ctx.text, _sentence_start(ctx.text, at, floor), at)
    if found is None or ctx.text.startswith(("'s", "’s"), found.end()) \
            or _OBJECT_LEAD.search(ctx.text, max(0, found.start() - 12), found.start()) \
            or ctx.last_person(at, found.end()) is not None:
        return None
    return _holder_of(ctx, found, at, home)


def _titled(ctx: _Context, at: int, floor: int, home: bool = False) -> tuple[str | None, str] | None:
    """The last bare title ("the president") between ``floor`` and ``at``: the person with that
    role named earlier in the document, else ``(None, title)`` for the actor registry to name
    whoever held it on the date ("He has said ..." after "the president" in a 2022 briefing).

    Examples
    --------
    >>> t = "I travelled with the president last week. He has said there is no substitute."
    >>> _titled(_Context(t), t.index("He"), 0)
    (None, 'President')
    """
    found = _last_title(ctx.text, floor, at)
    return None if found is None else _holder_of(ctx, found, at, home)


def _last_title(text: str, start: int, end: int) -> re.Match | None:
    """The last bare title ("the president") in ``text[start:end]``, read back at most
    ``_TITLE_BACK`` characters (a long paragraph of pronouns stays linear), or None."""
    found = None
    for found in _BARE_TITLE.finditer(text, max(start, end - _TITLE_BACK), end):
        pass
    return found


_TITLE_BACK = 6 * _LOOK_BACK  # how far back a pronoun looks for a bare title ("the president ... he")


def _holder_of(ctx: _Context, title: re.Match, at: int, home: bool = False) -> tuple[str | None, str]:
    """The person with a bare title's role named before ``at``, else ``(None, title)``; with ``home``
    (in an official's turn) a state's own office (:data:`_BARE_OFFICE`) is always ``(None, title)``:
    its holder in the official's state, whatever president the text named before."""
    name = " ".join(w if w.lower() == "of" else w[:1].upper() + w[1:].lower() for w in title.group(1).split())
    return (None, name) if home and _BARE_OFFICE.fullmatch(name) else ctx.by_role(name.split()[-1], at, name) or (None, name)


# Words of a title that make it another office than its head alone: "Vice President", "Deputy Minister"
_RANKS = frozenset({"vice", "deputy", "acting", "assistant", "under", "associate", "former"})


@lru_cache(maxsize=4096)
def _title_words(role: str | None) -> frozenset:
    """The words of a role that the role vocabulary knows ("Australian Foreign Minister" -> foreign,
    minister; "Secretary of State" -> secretary, state: not "Secretary Yellen" of the Treasury); a
    state's minister of foreign affairs by any of its titles also has the words "foreign minister"
    ("Foreign Secretary", "Minister of Foreign Affairs", "External Affairs Minister", "top diplomat").

    >>> sorted(_title_words("Mexican Foreign Secretary")), sorted(_title_words("Deputy Minister for Foreign Affairs"))
    (['foreign', 'minister', 'secretary'], ['deputy', 'foreign', 'minister'])
    """
    words = frozenset(w for w in (role or "").lower().replace("-", " ").split() if w in _role_words())
    return words | _FOREIGN_MINISTER if role and _FOREIGN_TITLE.search(role) else words


_FOREIGN_MINISTER = frozenset({"foreign", "minister"})
# A state's minister of foreign affairs, by the titles states give the office.
_FOREIGN_TITLE = re.compile(r"\bforeign\s+(?:minister|secretary)\b|\b(?:minister|secretary)\s+(?:of|for)\s+(?:the\s+)?"
                            r"(?:foreign|external)\s+affairs\b|\bexternal\s+affairs\s+minister\b|\btop\s+diplomat\b",
                            re.IGNORECASE)


def _same_rank(want: frozenset, have: frozenset) -> bool:
    """Whether a role with title words ``have`` can be one named by ``want``: it has all of them
    ("the Foreign Minister" is no Prime Minister), and the same rank words ("the President" is no
    Vice President, "the Vice President" no President)."""
    return want <= have and (want & _RANKS) == (have & _RANKS)


def _role_head(role: str | None) -> str:
    """The noun a role is named by: "chief executive of Hong Kong" -> "executive"; an adjective
    after the noun does not head it ("Government commissioner responsible for defence" -> "commissioner").

    >>> _role_head("Hungarian Government commissioner responsible for defence")
    'commissioner'
    """
    words = (role or "").split()
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    if cut > 1 and words[cut - 1].lower() in _POSTPOSED:
        cut -= 1
    return words[cut - 1] if cut else ""


# Adjectives that follow the noun of a role: "the commissioner responsible for defence"
_POSTPOSED = frozenset({"responsible", "accountable", "charged", "tasked", "answerable"})


def _plural(noun: str) -> bool:
    """Whether a role's noun is plural ("officials"), not a person's role in -ss ("the actress", "the
    witness"); "the press" and "the Congress" name bodies and count as plural (no one person).

    >>> [_plural(w) for w in ("officials", "actress", "witness", "press", "ministers")]
    [True, False, False, True, True]
    """
    kinds = _role_words().get(noun.lower(), frozenset())
    return noun.endswith("s") and not (noun.endswith("ss") and kinds and not kinds & {"body", "group"})


def _same_qualifiers(role: str | None, held: str | None, is_place) -> bool:
    """Whether the state a role names right before its title ("Australian Foreign Minister",
    "the US President": ``is_place`` tells) or after a state's office ("the president of Turkey") is
    named in the role a person was named with.

    >>> place = {"Australian", "US", "Turkey"}.__contains__
    >>> _same_qualifiers("Australian Foreign Minister", "State Councilor and Foreign Minister", place)
    False
    >>> _same_qualifiers("Foreign Minister", "State Councilor and Foreign Minister", place)
    True
    >>> _same_qualifiers("president of Turkey", "President", place)
    False
    """
    office, of, tail = (role or "").rpartition(" of ")
    tail = re.sub(r"^the\s+", "", tail)
    if of and _OFFICE.search(office) and is_place is not None and is_place(tail) and tail not in (held or ""):
        return False  # a state's office: "the President of Ukraine" is no president named before ("the mayor
        # of Bordeaux" is the mayor named before, whose role seldom repeats the city)
    words = (role or "").split()[:-1]
    for _ in range(2):  # "the Russian top diplomat": the state before a word or two in lower case
        if words and words[-1][:1].islower() and words[-1] in _role_words():
            words.pop()
    run = []
    for word in reversed(words):  # the capitalised words right before the head
        if not word[:1].isupper():
            break
        run.append(word)
    run = [re.sub(r"['’]s$", "", w) for w in run]  # "Pakistan's Finance Minister"
    qualifiers = [w for w in run if is_place is not None and w.lower() not in _role_words() and is_place(w)]
    return all(w in (held or "").split() for w in qualifiers)


def _title_only(role: str) -> bool:
    return all("title" in _role_words().get(t.lower(), ()) for t in role.split())


def _resolved_name(q: _Quote) -> tuple[str | None, str | None]:
    return getattr(q, "_name", None), getattr(q, "_role", None)


def extract_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                   turns: dict | None = None, is_place=None, title: str | None = None,
                   host: str | None = None) -> list[QuoteSpan]:
    """Find direct, mixed and indirect quotes in a document and attribute them.

    Parameters
    ----------
    text : str
        The normalized document text.
    paragraphs, sentences : list of (start, end)
        Their offsets into ``text``.
    turns : dict, optional
        For paragraphs (or their parts) inside a transcript turn, ``(start, end)`` -> the turn
        ``(start, end, speaker, role, country, addressee)``: reported speech there is found as in prose,
        "I" and "we" reporting what they said are the turn's speaker, and no speaker is carried
        in from another turn.
    is_place : callable, optional
        Tells whether a string names a place or a state (from the actor registry), so
        that "New York" is no person and "Hong Kong Carrie Lam" is Carrie Lam.
    title : str, optional
        The document's title: a person it names in full gives a surname in the text its full
        name ("Working meeting with Governor Sergei Yeroshchenko" ... "Mr Yeroshchenko noted").
    host : str, optional
        The state whose government's source the document is (a White House briefing: ``"USA"``):
        in its transcript turns a bare title ("the President") is that state's office, as it is
        in any official's turn, not a president the text named before.

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
    text = _without_dateline(text)
    ctx = _Context(text, is_place=is_place, turn_starts=sorted({t[0] for t in (turns or {}).values()}),
                   title=title or "", host=host)
    for turn in (turns or {}).values():  # "As Jen said yesterday", in a briefing where Jen Psaki speaks
        if isinstance(turn[2], str) and len(turn[2].split()) > 1:
            ctx.given.setdefault(_fold(turn[2].split()[0]), {}).setdefault(turn[2], turn[3])
    _title_people(ctx, title, is_place)
    _scan_people(ctx, is_place)
    named = _NAMED.set(frozenset(e[3].split()[-1] for e in ctx.everyone.scanned  # "Theresa May": "May"
                                 if len(e[1].split()) == 2 and _given(e[1].split()[0])
                                 and e[3].split()[-1] in _WORD_SURNAMES))
    try:
        return _extract(text, paragraphs, sentences, ctx, turns)
    finally:
        _NAMED.reset(named)


def _without_dateline(text: str) -> str:
    """The text with the dateline that opens it ("TOPEKA, Kan. (AP) — ", "WASHINGTON — ") blanked out, as
    a line of its own, so that no agency or place in it is read as a speaker and the sentence's subject
    opens after it; offsets are kept.

    >>> _without_dateline("BEIJING (AP) — China said ...").lstrip()
    'China said ...'
    """
    found = dateline(text)
    if found is None or (not found["agency"] and found["sep"] == ":"):  # "MR. KIRBY: ...": a turn's label
        return text
    return " " * (found.end() - 1) + "\n" + text[found.end():]


def _extract(text: str, paragraphs, sentences, ctx: _Context, turns: dict | None) -> list[QuoteSpan]:
    """The body of :func:`extract_quotes`, with the people of the document noted in ``ctx``."""
    found: list[_Quote] = []
    carried_open = False
    turns, commas, cues = turns or {}, [m.start() for m in re.finditer(",", text)], _cue_matches(text)
    sentence_starts = [s for s, _ in sentences]
    for k, (p_start, p_end) in enumerate(paragraphs):
        runs_on = carried_open and (text[p_start] in _OPENERS + _STRAIGHT or _closes_later(text, paragraphs, p_start))
        marks = _find_marks(text, p_start, p_end, runs_on)
        carried_open = bool(marks) and marks[-1].flags == "unclosed" and marks[-1].end >= p_end - 1
        direct, fragments = [], []
        named = _named_terms(text, marks) if marks else ()
        for i, q in enumerate(marks):
            prev = marks[i - 1].end + 1 if i else p_start
            if i in named:
                fragments.append(q)  # a title in a list of titles, a term after "called": no one's words
            elif _standalone(text, q, p_start) or (_quotable(text, q) and _attribute_before(text, q, prev)):
                direct.append(q)  # 'Trump said on Friday "I can do it..."' stands alone too
            else:
                fragments.append(q)
        for i, q in enumerate(direct):
            nxt = direct[i + 1].start - 1 if i + 1 < len(direct) else p_end
            prev = direct[i - 1].end + 1 if i else p_start
            if not (_attribute_before(text, q, prev) or _attribute_after(text, q, nxt) or _colon_subject(text, q, prev)
                    or (i == 0 and k and _after_colon_paragraph(text, q, p_start, paragraphs[k - 1]))
                    or (not turns.get((p_start, p_end)) and _introduced(text, q, prev))):
                if len(text[q.start:q.end].split()) < 3 and not re.search(r"[,.!?]$", text[q.start:q.end]):
                    fragments.append(q)
                    q.kind = "fragment"
        direct = [q for q in direct if q.kind == "direct"]
        taken, reported = _Taken(direct, fragments, commas, cues), []
        for sent in sentences[bisect_left(sentence_starts, p_start):bisect_left(sentence_starts, p_end)]:
            reported.extend(_indirect(text, sent, taken))
        direct = [q for q in direct if q.kind == "direct"]  # less those reported speech holds
        for q in direct + reported:
            q.turn = turns.get((p_start, p_end))
        found.extend(direct + reported)
    # "we have said" outside a turn and outside quote marks is the writer's own voice, not a report
    found = sorted((q for q in found if (q.turn is not None or q.speaker is None or not _first_person(q.speaker))
                    and _addressed(q)), key=lambda q: q.start)
    for q, nxt in zip(found, found[1:]):  # a quote running over paragraphs is attributed in its last piece
        if q.flags == "unclosed" and q.speaker is None and nxt.speaker is not None and nxt.kind == "direct" \
                and not text[q.end:nxt.start].strip(" \n“\"«"):
            q.speaker, q.cue_pos, q.cue = nxt.speaker, nxt.cue_pos, nxt.cue
    return _finish(found, ctx, paragraphs)


def _named_terms(text: str, marks: list[_Quote]) -> set[int]:
    """The indexes of the quoted pieces of a paragraph that name things, not words anyone said: titles
    listed together ('songs such as "Dark Star", "Uncle John's Band", and "Truckin'"') and a few words
    after "called", "titled" and the like ('a process called "exfiltration."'); each at most five words."""
    short = [len(text[q.start:q.end].split()) <= 5 for q in marks]
    named = {i for i, q in enumerate(marks)
             if short[i] and (naming := _NAMING.search(text, max(0, q.start - 40), q.start))
             and not naming.group(1)  # not "what he called "arbitrary"": the pronoun's word
             or _NAMING_APPOSED.search(text, max(0, q.start - 20), q.start)}  # 'a forum, dubbed "...",'
    for i in range(1, len(marks)):
        if short[i - 1] and short[i] and _LISTED_MARKS.fullmatch(text, marks[i - 1].end, marks[i].start):
            named.update((i - 1, i))
    # words written on a sign: 'a banner saying "united in diversity"', '"Revoke Article 50" poster'
    named.update(i for i, q in enumerate(marks) if len(text[q.start:q.end].split()) <= 12
                 and (_SIGN_BEFORE.search(text, max(0, q.start - 60), q.start) or _SIGN_AFTER.match(text, q.end + 1)))
    return named


# Before a quoted name: "a process called ", "a program at Fishmongers' Hall called ", "known as " (group 1: a
# pronoun doing the calling, "what he called ", whose word it is); between listed ones: '", "', '" and "'
_NAMING_VERBS = r"called|named|titled|entitled|dubbed|labell?ed|nicknamed"
_NAMING = re.compile(r"(?:\b(he|she|they|we|I|you|who)\s+(?:\w+ly\s+)?)?"
                     rf"\b(?:{_NAMING_VERBS}|known\s+as|such\s+as)\s+[“\"]$")
# A name given in an apposition, of any length: "During this informal forum, dubbed "Russian-French ...","
_NAMING_APPOSED = re.compile(rf",\s+(?:{_NAMING_VERBS})\s+[“\"]$")
_LISTED_MARKS = re.compile(r"[”\"]\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[“\"]")
# Words written on a thing, not said: a sign's noun before the mark ("a banner from People's Vote saying ",
# "placards that read "), or right after it ('"Revoke Article 50" poster')
_THINGS = r"banners?|placards?|posters?|signboards?|billboards?|graffiti|slogans?|t-shirts?|shirts?|stickers?"
_SIGNS = r"(?:" + _THINGS + r"|signs?)"
# before a cue, "sign" is a noun only after a determiner ("a sign that read"; not "will sign an order that directs")
_SIGN_NOUN = r"(?:" + _THINGS + r"|(?:a|the|their|his|her|its)\s+(?:[\w-]+\s+)?signs?)"
_SIGN_BEFORE = re.compile(r"\b" + _SIGN_NOUN + r"\b[^.!?,;“”\"]{0,40}?\b(?:saying|reading|read|reads|says|said|"
                          r"that\s+(?:said|says|read|reads))\s*:?\s*[“\"]$", re.IGNORECASE)
_SIGN_AFTER = re.compile(r"\s+" + _SIGNS + r"\b", re.IGNORECASE)
_SIGN_CUE = re.compile(r"\b" + _SIGN_NOUN + r"\b[^.!?,;“”\"]{0,40}?$", re.IGNORECASE)


def _introduced(text: str, q: _Quote, floor: int) -> bool:
    """A quote with no cue of its own that opens a sentence right after one whose subject is a person
    (a name, or "he" or "she" after fronted words) is that person's: 'John Rhys-Davies broke news when he
    revealed that a reboot is considered. "Jerry and I are talking to NBC."', 'Underwhelmed with her role, she
    left the series. "This is not what I wanted."' Sets the speaker; in prose only (not in a turn)."""
    if not _quotable(text, q):
        return False
    before = _left_of(text, floor, q.start - 1)
    if not before.endswith((".", "!", "?")) or before[-2:-1] in _CLOSERS + _STRAIGHT:
        return False  # no sentence of prose right before: a quote, a cue or nothing
    end = floor + len(text[floor:q.start - 1].rstrip())  # the sentence before ends here
    start = _sentence_start(text, end - 1, floor)
    if (start == floor and floor and not text[floor - 1].isspace()) or _MARK.search(text, start, end) \
            or _cues()[0].search(text, start, end):
        return False  # the sentence holds a quote or a cue (the last quote's speaker goes on)
    lead = _FRONTED_PRONOUN.match(text, start, end)
    speaker = parse_speaker(lead.group(1)) if lead else _role_then_name(text, start, end)  # "she", "Comic artist X"
    if speaker is None:
        speaker = next((parse_speaker(m.group(0)) for m in _NAME_OR_WORD.finditer(text, start, min(end, start + 120))
                        if m.start() == start or _opens_sentence(text, m.start())), None)
    if speaker is None or not ((speaker.kind == "person" and (speaker.role or len(speaker.name.split()) > 1))
                               or _pronoun(speaker) in ("he", "she")):
        return False  # a person named in full or after a title, or "he" or "she"
    q.speaker, q.cue_pos, q.introduced = speaker, start, True
    return True


# "He", or a few words and a comma then "she", opening a sentence: "Underwhelmed with her role, she left"
_FRONTED_PRONOUN = re.compile(r"(?:[^,.;:!?“”\"]{1,60},\s+)?(he|she|He|She)\s+[a-z]")


def _finish(quotes: list[_Quote], ctx: _Context, paragraphs) -> list[QuoteSpan]:
    out, last = [], None
    para_starts = [s for s, _ in paragraphs]
    for q in quotes:
        if last is not None and last.turn != q.turn:
            last = None  # a speaker is not carried over from another turn
        if q.speaker is None and last is not None:
            gap = bisect_right(para_starts, q.start) - bisect_right(para_starts, last.start)
            if gap > 1:
                last = None
        idx = bisect_right(para_starts, q.start) - 1
        floor = para_starts[max(idx - 1, 0)] if para_starts else 0
        pairs = para_starts[max(idx - _PAIR_PARAGRAPHS + 1, 0)] if para_starts else 0
        name, role = _resolve(q, ctx, last, max(floor, q.turn[0]) if q.turn else floor,
                              max(pairs, q.turn[0]) if q.turn else pairs)
        q._name, q._role = name, role
        if q.introduced and q.attribution == "adjacent_cue":
            q.attribution = "introduced"  # named as the subject of the sentence before, with no cue
        if q.speaker is not None:
            last = q
        country = q.turn[4] if q.attribution == "turn_speaker" else None
        out.append(QuoteSpan(q.start, q.end, q.kind, name, role, country, _cue_word(q.cue),
                             q.speaker.surface if q.speaker else None, q.attribution, q.flags))
    return out


def _cue_word(cue: str | None) -> str | None:
    return " ".join(cue.split()) if cue else None


def _with_addressees(owners: list[tuple]) -> list[tuple]:
    """Each turn ``(start, end, speaker, role, country)`` with a sixth item: for a journalist's turn,
    the named speaker of the next turn by someone else (who answers the "you" of the question), else None."""
    out = []
    for i, (start, end, speaker, role, country) in enumerate(owners):
        answer = None
        if role == "journalist":
            answer = next((o[2] for o in owners[i + 1:i + 3] if o[3] != "journalist"), None)
        out.append((start, end, speaker, role, country, answer))
    return out


def prose_quotes(text: str, paragraphs, sentences, turns=(), is_place=None, title: str | None = None,
                 host: str | None = None) -> list[QuoteSpan]:
    """Extract the quotes of a document: in its prose, and reported speech inside its transcript
    turns (the turn labels left out), nested in the turn that reports them.

    Examples
    --------
    >>> t = "MS. LEE: As I said yesterday, the talks will go on next week."
    >>> turn = QuoteSpan(9, len(t), "turn", "Ann Lee", "Press Secretary", "USA")
    >>> [(t[q.start:q.end], q.speaker, q.attribution) for q in prose_quotes(t, [(0, len(t))], [(0, len(t))], [turn])]
    [('the talks will go on next week', 'Ann Lee', 'turn_speaker')]
    """
    owners = _with_addressees(sorted((q.start, q.end, q.speaker, q.speaker_role, q.speaker_country)
                                     for q in turns if q.kind == "turn"))
    if not owners:
        return extract_quotes(text, paragraphs, sentences, is_place=is_place, title=title, host=host)
    ends, pieces = [o[1] for o in owners], {}
    for p_start, p_end in paragraphs:
        k = bisect_right(ends, p_start)
        inside = [o for o in owners[k:] if o[0] < p_end]
        for owner in inside:
            if min(p_end, owner[1]) > max(p_start, owner[0]):
                pieces[(max(p_start, owner[0]), min(p_end, owner[1]))] = owner
        if not inside:
            pieces[(p_start, p_end)] = None
    spans = sorted(pieces)
    starts = [a for a, _ in spans]
    clipped = []
    for s_start, s_end in sentences:
        for a, b in spans[max(0, bisect_right(starts, s_start) - 1):bisect_left(starts, s_end)]:
            if min(b, s_end) > max(a, s_start):
                clipped.append((max(a, s_start), min(b, s_end)))
    return extract_quotes(text, spans, clipped, turns={k: v for k, v in pieces.items() if v}, is_place=is_place,
                          title=title, host=host)
