"""Link quotes and mentions to the actor registry: speakers' countries and canonical names."""

from __future__ import annotations

import re
from dataclasses import replace

from ._mentions import Mention, MentionFinder
from ._quotes import given_gender, ruled_out
from ._records import QuoteSpan

__all__ = ["link_speakers"]


def _country_in(phrase: str | None, finder: MentionFinder, date,
                kinds: tuple = ("state", "organisation", "person", "location")) -> str | None:
    """The country a role or label names: "Chinese President", "President of Russia", "Russia’s";
    with ``kinds`` ``("state",)`` only by a state's name or demonym ("Russian leader", not "NATO leader")."""
    if not phrase:
        return None
    for m in finder.find(phrase, date):
        if m.country and m.kind in kinds:
            return m.country
    return None


def main_country(mentions: list[Mention]) -> str | None:
    """The state a document is mostly about: the most mentioned one (first seen wins a tie).

    Examples
    --------
    >>> m = [Mention(0, 5, "Polish", "POL", "state", "POL", "demonym"),
    ...      Mention(9, 15, "Warsaw", "POL", "location", "POL", "capital"),
    ...      Mention(20, 26, "Russia", "RUS", "state", "RUS", "name")]
    >>> main_country(m)
    'POL'
    """
    counts: dict[str, int] = {}
    for m in mentions:
        if m.country and m.kind in ("state", "location"):
            counts[m.country] = counts.get(m.country, 0) + 1
    return max(counts, key=counts.get) if counts else None


_OFFICE = re.compile(r"\b(?:minister|ministry|president|premier|chancellor|police|governor|prosecutor|"
                     r"mayor|spokes(?:man|woman|person)|legislator|lawmaker|senator|parliament|court|"
                     r"official(?!\s+(?-i:[A-Z]))|officials|authorities|government|army|military|coast guard|secretary|"
                     r"ambassador|deputy|commissioner|inspector|superintendent|emergenc\w+)\b", re.I)


class _Near:
    """A document's mentions, read once for the questions :func:`speaker_country` asks of them."""

    def __init__(self, mentions: list[Mention]):
        self.mentions, self._main, self._first = mentions, None, None

    def main(self) -> str | None:
        if self._main is None:
            self._main = (main_country(self.mentions),)
        return self._main[0]

    def countries(self) -> frozenset:
        """The states the document names (their names, demonyms, capitals)."""
        return frozenset(m.country for m in self.mentions if m.country and m.kind in ("state", "location"))

    def person_before(self, country: str, pos: int, floor: int = 0) -> str | None:
        """The registry person of ``country`` named last between ``floor`` and ``pos``, else None."""
        return next((m.actor_id for m in reversed(self.mentions)
                     if floor <= m.start < pos and m.kind == "person" and m.country == country), None)

    def two_states(self, pos: int, floor: int, first: str | None = None) -> list[str] | None:
        """The two states named between ``floor`` and ``pos`` when exactly two are ("the two sides" after a
        meeting of China and Panama), ``first`` (the story's state) first, else in the order the text first
        names them; else None."""
        named = list(dict.fromkeys(m.actor_id for m in self.mentions if floor <= m.start < pos and m.kind == "state"))
        if len(named) != 2:
            return None
        return sorted(named, key=lambda s: s != first)

    def country_in(self, label: str) -> str | None:
        """The country of the first mention whose surface is part of ``label``."""
        if self._first is None:  # each surface once, at its first mention with a country
            self._first = {}
            for m in self.mentions:
                if m.country:
                    self._first.setdefault(m.surface, m.country)
        return next((country for surface, country in self._first.items() if surface in label), None)


def speaker_country(q: QuoteSpan, finder: MentionFinder, date, near, home: str | None = None, *,
                    surname: bool = True) -> QuoteSpan:
    """Fill a quote's speaker country (and canonical name and role) from the registry.

    Tried in turn: the speaker as a registry person (named in full, or by a surname only one
    registry person has: "Putin" is Vladimir Putin); a state named in the role or the
    printed label; an organisation with a country of its own (a state speaking is named as the
    registry names it: "US" is United States); a mention right at the
    label's place in the text (the organisation body "Foreign Ministry" resolved by its
    neighbours). ``near`` is the document's mentions (a list, or a ``_Near`` of them). A bare
    title ("the President said") is whoever held it in ``home`` on the date: the state of the
    turn the quote is reported in, else the story's main state, or the state the role names
    ("the Australian Foreign Minister"). A state's leader ("the Russian leader said") is that state's
    registry person named last before the quote, else the home state's president. A surname is not
    a registry person of another state than the role names; without ``surname`` a name alone is
    never taken as a registry person's surname.
    """
    near = near if isinstance(near, _Near) else _Near(near)
    if q.speaker_country:
        return q
    if q.attribution == "joint" and q.speaker:  # each person as the registry names them; a country both share
        parts = [speaker_country(replace(q, speaker=n, label=n, attribution="organisation"), finder, date, near,
                                 surname=not n.isupper())  # "EPA and DOE": an acronym is no surname "Doe"
                 for n in q.speaker.split(" and ")]
        countries = {p.speaker_country for p in parts}
        names = [p.speaker for p in parts]  # "A and B"; "A, B and C"
        return replace(q, speaker=" and ".join(filter(None, (", ".join(names[:-1]), names[-1]))),
                       speaker_country=countries.pop() if len(countries) == 1 else None)
    name, role, country = q.speaker, q.speaker_role, None
    if name:
        person = finder.person(name, date) or (finder.surname(name, date, near.countries(), role) if surname else None)
        named = person and person[1] and len(name.split()) == 1 and _country_in(role, finder, date)
        if named and named != person[1]:
            person = None  # "Australian Prime Minister Morrison" is no Bermudian Morrison of the registry
        if person:
            name, country, registry_role = person
            role = role or registry_role
    country = country or _country_in(role, finder, date) or _country_in(q.label, finder, date)
    if name and (country is None or q.attribution == "organisation"):
        org = [m for m in finder.find(name, date) if m.kind in ("organisation", "state", "group")]
        country = country or (org[0].country if org else None)
        if org and org[0].kind == "state" and org[0].surface == re.sub(r"^[Tt]he\s+", "", name):
            name = finder.registry.actor(org[0].actor_id).name  # "The US says": United States
    if country is None and q.label:
        country = near.country_in(q.label)
    if country is None and (_OFFICE.search(" ".join(filter(None, [role, q.label, name])))):
        country = near.main()  # a domestic office with no country named: the story's state
    home = home or near.main()
    bare = q.attribution in ("role", "group") or (q.attribution == "pronoun" and name is None)
    attribution = q.attribution
    if q.kind != "turn" and bare and role and home:
        day = str(date)[:10] if date is not None else None
        home = _country_in(role, finder, date) or home  # "the Australian Foreign Minister": not the home state's
        holder = finder.holder(role, home, day)
        for title, state in _titles(role) if holder is None and country else ():
            # "the President of Russia": Putin in 2019; "the Australian Acting Foreign Minister" is no holder
            if finder.is_place(_STATE_WORDS.sub("", state)) and country == _country_in(state, finder, date):
                holder = finder.holder(title, country, day)
                if holder:
                    home = country
                    break
        if holder and (name is None or country != home) and not _other_sex(q, holder[0]):
            # "the President said" in a 2022 briefing: Joe Biden; "she said" is not he
            name, country = holder[0], home
    if q.kind != "turn" and bare and role and name is None and (held := _org_holder(q, role, finder, date, near)):
        name = held  # "the UN Secretary-General", or "the Secretary-General" after the United Nations is named
    elif q.kind != "turn" and attribution == "organisation" and role and name and _OF_END.search(role) \
            and (held := _org_holder(q, f"{role} {name}", finder, date, near)):
        name, role, attribution = held, f"{role} {name}", "group"  # "the Secretary-General of the United Nations"
    if name is None and q.attribution == "group" and country and _SIDE.search(role or "") \
            and _country_in(role, finder, date, ("state",)) == country:  # not "the Netanyahu government"
        name, attribution = finder.registry.actor(country).name, "organisation"  # "the Chinese side": China
    elif name is None and q.attribution == "group" and _TWO_SIDES.fullmatch(q.label or "") \
            and (states := near.two_states(q.start, q.start - _SIDES_NEAR, near.main())):  # "The two sides
        name, country, attribution = " and ".join(finder.registry.actor(s).name for s in states), None, "joint"
    elif name is None and q.attribution == "group" and country and _LEADER.search(role or "") \
            and _country_in(role, finder, date, ("state",)) == country:
        leader = near.person_before(country, q.start, q.start - _NEAR)  # "Mr Putin ... The Russian leader noted"
        if leader is not None:
            name, attribution = finder.registry.actor(leader).name, "role"
        elif country == home and (holder := finder.holder("President", country, date)):
            name, attribution = holder[0], "role"  # in a Kremlin item or a story about Russia: its president
    return replace(q, speaker=name, speaker_role=role, speaker_country=country, attribution=attribution)


def _org_holder(q: QuoteSpan, role: str, finder: MentionFinder, date, near: _Near) -> str | None:
    """The registry person holding a title of an organisation on the date: the organisation the role
    names ("UN Secretary-General", "Secretary-General of NATO"), else, for a bare title, the one
    named last before the quote if it has that office ("... the United Nations. The Secretary-General
    said"); else None."""
    day = str(date)[:10] if date is not None else None
    named = [m for m in finder.find(role, date) if m.kind in ("organisation", "group")]
    if named:
        m = named[0]
        title = _OF_END.sub("", (role[:m.start] + role[m.end:]).strip())
        held = finder.holder(title, None, day, m.actor_id) if title and title.lower() not in _ANYONE else None
        return held[0] if held else None
    if role.lower() in _ANYONE:
        return None
    last = next((m for m in reversed(near.mentions) if m.start < q.start and m.kind in ("organisation", "group")),
                None)
    held = finder.holder(role, None, day, last.actor_id) if last is not None and q.start - last.start < _NEAR else None
    return held[0] if held else None


# Words for anyone of an organisation, no office one person holds ("an EU official said"; the Phoenix
# dictionaries list many persons as "official" of one)
_ANYONE = frozenset({"official", "officials", "source", "sources", "spokesman", "spokeswoman", "spokesperson",
                     "representative", "member", "diplomat", "envoy", "staff", "expert", "experts"})
# what is left of "Secretary-General of the United Nations" or "the United Nations' Secretary-General"
_OF_END = re.compile(r"(?:\s+(?:of|for)(?:\s+the)?|['’]s)\s*$")


def _other_sex(q: QuoteSpan, name: str) -> bool:
    """Whether a pronoun speaker ("she said", "But then he also") is of the other sex than the person
    ``name``'s given name says (:func:`given_gender`)."""
    if q.attribution != "pronoun":
        return False
    sex = given_gender(name)
    return sex is not None and sex == ruled_out(q.label or "")


_STATE_WORDS = re.compile(r"^the\s+|['’]s$")  # around a state's name: "the Russian Federation", "Russia's"
_TITLE_OF = re.compile(r"^(\w+(?:\s+\w+)?)\s+of\s+((?:the\s+)?[A-Z].*)$")
_TITLE_OF_LAST = re.compile(r"^(.+)\s+of\s+((?:the\s+)?[A-Z][^,]*)$")


def _titles(role: str):
    """``(title, state)`` readings of a role that names a state: "President of Russia", and a
    state's name or demonym before the title ("Russian President", "Russian Foreign Minister",
    "Belarusian president").

    >>> list(_titles("Russian Foreign Minister"))
    [('Foreign Minister', 'Russian'), ('Minister', 'Russian Foreign')]
    >>> list(_titles("US Secretary of State"))
    [('US Secretary', 'State'), ('Secretary of State', 'US')]
    >>> list(_titles("Minister of Foreign Affairs of Australia"))
    [('Minister', 'Foreign Affairs of Australia'), ('Minister of Foreign Affairs', 'Australia')]
    """
    titled = _TITLE_OF.match(role)
    if titled:
        yield titled.group(1), titled.group(2)
    last = _TITLE_OF_LAST.match(role)  # "Minister of Foreign Affairs of Australia"
    if last and not (titled and last.group(1) == titled.group(1)):
        yield last.group(1), last.group(2)
    words = role.split()
    for k in (1, 2):  # a state before a title with "of": "US Secretary of State", not "President of" Russia
        if len(words) > k and all(w[:1].isupper() for w in words[:k]) \
                and not (titled and k >= len(titled.group(1).split())):
            yield " ".join(words[k:]), " ".join(words[:k])
# "the Chinese side", "the Saudi government", "The United States government"
_SIDE = re.compile(r"^(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:side|government)$")
_NEAR = 1500  # characters before a quote in which "the Russian leader" looks for the person named
# "The two sides also", "Both sides": the two states named just before, when no two persons are
_TWO_SIDES = re.compile(r"(?:the\s+)?(?:two|both)\s+sides(?:\s+(?:also|further|have|had|both|then|again|jointly))*",
                        re.IGNORECASE)
_SIDES_NEAR = 600
_LEADER = re.compile(r"^(?:the\s+)?[A-Z][\w-]*\s+leader$")  # "the Russian leader", not "leaders"


#: Sources that speak for one government, and its state: a bare title in their items ("the
#: President said" in a Kremlin news item) is that state's holder on the date.
HOSTS = {"The White House": "USA", "President of Russia": "RUS"}


def link_speakers(quotes, mentions: list[Mention], finder: MentionFinder, date, host: str | None = None
                  ) -> list[QuoteSpan]:
    """Fill the speaker country of every quote that lacks one; ``host`` is the state of the
    government whose source the document is (:data:`HOSTS`), the home of a bare title outside a
    turn of another state's speaker."""
    near, out, turn = _Near(mentions), [], None
    for q in quotes:  # in text order: a reported quote's home is the state of the turn it is in
        inside = q.kind != "turn" and turn is not None and q.start < turn.end
        out.append(speaker_country(q, finder, date, near, (turn.speaker_country if inside else None) or host))
        turn = out[-1] if q.kind == "turn" else turn
    return out
