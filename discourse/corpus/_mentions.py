"""Find every actor a document names: states, persons, groups, organisations and places.

One Aho-Corasick automaton, built once from the actor registry, scans each text in a
single pass (pyahocorasick); matches must sit on token boundaries and proper names must
be capitalized in the text. Rules then decide what each match is:

- a capital is the state it stands for (``"Beijing’s position"``, ``"the footprint of
  Beijing"``, ``"Beijing said"``) or a place (``"hosted in Astana"``);
- a region or city from the registry's places is always a place of its state;
- a bare surname counts only after the person's full name appeared in the document;
- a body such as ``"Foreign Ministry"`` takes its country from a neighbouring state
  word or person (``"Chinese Foreign Ministry"``, ``"Foreign Ministry spokesman Lin Jian"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .._fold import fold as _fold
from .._fold import is_cjk
from .._fold import strip_accents as _strip_accents
from ._registry import Registry, alias_key, load_registry

__all__ = ["Mention", "MentionFinder", "mention_finder"]

_KIND_ORDER = {"state": 0, "group": 1, "organisation": 2, "person": 3}
# What may follow a Chinese compound of states' one-character names (中美关系, 中俄两国, 中日韩合作).
_COMPOUND_AFTER = ("关系", "两国", "三国", "双方", "三方", "合作", "贸易", "经贸", "战略", "对话", "会晤", "峰会",
                   "外长", "元首", "友好", "建交", "边境", "联合", "共同", "之间", "间", "友谊", "伙伴", "协议",
                   "磋商", "交流", "领导人", "首脑", "军事", "外交", "人文", "投资", "自贸", "海上", "务实", "经济")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|to|from|near|into|via|across|outside|around|inside|through|toward|towards|"
    r"visit|visits|visited|visiting|hosted in|held in|landed in|arrived in|flew to|based in|"
    r"between|and)\s+$)", re.I)
_PLACE_NOUNS = {"streets", "street", "city", "centre", "center", "mayor", "outskirts", "residents",
                "people", "suburbs", "heart", "airport", "university", "districts", "district",
                "downtown", "citizens", "inhabitants", "governor", "skyline", "capital", "west",
                "east", "north", "south", "parts", "part"}
_ACTOR_VERBS = re.compile(
    r"^\s*(?:has|have|had|is|was|will|would|says|said|wants|wanted|insists|insisted|denies|denied|"
    r"accuses|accused|warns|warned|claims|claimed|rejects|rejected|hopes|sees|seeks|sought|"
    r"considers|regards|views|believes|argues|urges|urged|responded|reacted|announced|signed|"
    r"agreed|refused|demanded|expects|does|did|may|might|could|should|must|can)\b")


@dataclass(frozen=True, slots=True)
class Mention:
    """One actor mention: offsets into the text, the surface, and what it refers to."""

    start: int
    end: int
    surface: str
    actor_id: str
    kind: str
    country: str | None
    role: str | None


class MentionFinder:
    """Scan texts for the actors of a registry.

    Parameters
    ----------
    registry : Registry, optional
        By default the packaged registry.

    Examples
    --------
    >>> finder = mention_finder()
    >>> text = "Beijing’s envoy met Kazakh officials in Astana."
    >>> [(m.surface, m.actor_id, m.kind, m.role) for m in finder.find(text)]
    [('Beijing', 'CHN', 'state', 'capital'), ('Kazakh', 'KAZ', 'state', 'demonym'), ('Astana', 'KAZ', 'location', 'capital')]
    """

    def __init__(self, registry: Registry | None = None):
        self.registry = registry or load_registry()
        self._automaton = self._build()

    def _build(self) -> ahocorasick.Automaton:
        reg = self.registry
        kinds = dict(zip(reg.actors["actor_id"], reg.actors["kind"]))
        entries: dict[str, list[tuple]] = {}
        compounds = {}
        columns = [reg.aliases[c].tolist() for c in ("alias", "actor_id", "alias_type", "case_sensitive")]
        for alias, actor_id, alias_type, case_sensitive in zip(*columns):  # lists: 6x faster than itertuples
            if alias_type == "compound":
                compounds.setdefault(_fold(alias), actor_id)
                continue
            if len(alias) < 2:
                continue
            capital_first = alias[:1].isupper()
            if is_cjk(alias):  # Chinese: no spaces between words, so the alias matches anywhere
                entries.setdefault("".join(_fold(alias).split()), []).append((actor_id, alias_type, None, False))
                continue
            for variant in {alias, _strip_accents(alias)}:
                key = " " + _fold(variant).strip() + " "  # whole words only: folded text has spaces between them
                exact = _strip_accents(variant) if case_sensitive else None
                entries.setdefault(key, []).append((actor_id, alias_type, exact, capital_first))
        automaton = ahocorasick.Automaton()
        for key, values in entries.items():
            values.sort(key=lambda v: (_KIND_ORDER.get(kinds.get(v[0]), 9), v[1] == "surname", v[0]))
            anywhere = not key.startswith(" ")
            # a match ending at ``end`` of the folded text covers text[end - back:end - trail]
            back, trail = (len(key), 0) if anywhere else (len(key) - 1, 1)
            automaton.add_word(key, (back, trail, tuple(values)))
        automaton.make_automaton()
        self._kinds = kinds
        self._compounds = compounds
        self._compound = re.compile("(?<![0-9０-９])[" + "".join(map(re.escape, sorted(compounds))) + "]{2,4}(?="  # not 27日
                                    + "|".join(_COMPOUND_AFTER) + ")") if compounds else None
        return automaton

    def _raw_matches(self, text: str) -> list[tuple[int, int, tuple]]:
        folded = " " + _fold(text) + " "  # offsets in folded are one more than in text
        found = []
        for end, (back, trail, values) in self._automaton.iter(folded):
            start, stop = end - back, end - trail
            surface = text[start:stop]
            capitalized = surface[:1].isupper()
            plain = None
            ok = []
            for v in values:
                if v[3] and not capitalized:
                    continue
                if v[2] is not None:
                    plain = plain if plain is not None else _strip_accents(surface)
                    if plain != v[2]:
                        continue
                ok.append(v)
            if ok:
                found.append((start, stop, ok))
        if self._compound is not None and is_cjk(text):  # 中美关系: China and the US, one character each
            for match in self._compound.finditer(folded):
                found += [(at - 1, at, [(self._compounds[folded[at]], "compound", None, False)])
                          for at in range(match.start(), match.end())]
        found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
        chosen, last_end = [], -1
        for start, stop, values in found:  # leftmost-longest, no overlaps
            if start >= last_end:
                chosen.append((start, stop, values))
                last_end = stop
        return chosen

    def find(self, text: str, date=None) -> list[Mention]:
        """Return the actor mentions of a text, in order.

        Parameters
        ----------
        text : str
        date : date-like, optional
            The document's date: persons' roles are those held that day.

        Returns
        -------
        list of Mention
        """
        mentions, seen = [], set()
        for start, stop, values in self._raw_matches(text):
            pick = self._choose(values, seen)
            if pick is None:
                continue
            actor_id, alias_type = pick[0], pick[1]
            mention = self._mention(text, start, stop, actor_id, alias_type, date)
            seen.add(actor_id)
            mentions.append(mention)
        return self._bodies(text, mentions)

    def is_place(self, name: str) -> bool:
        """Tell whether a whole string names a state, group, organisation or place.

        Examples
        --------
        >>> finder = mention_finder()
        >>> finder.is_place("Hong Kong"), finder.is_place("Xinjiang"), finder.is_place("Carrie Lam")
        (True, True, False)
        """
        key = " " + _fold(name).strip() + " "
        if key not in self._automaton:
            return False
        return any(self._kinds.get(v[0]) != "person" for v in self._automaton.get(key)[2])

    def person(self, name: str, date=None) -> tuple[str, str | None, str | None] | None:
        """Return ``(canonical name, country, role)`` of a registry person named in full, else None.

        Examples
        --------
        >>> mention_finder().person("Lin Jian", "2025-06-18")
        ('Lin Jian', 'CHN', 'Foreign Ministry spokesperson')
        """
        if len(name.split()) < 2 or self.is_place(name):
            return None
        found = self.registry.lookup(name, kind="person")
        if not found:
            return None
        actor = found[0]
        m = self._mention(name, 0, len(name), actor.actor_id, "name", date)
        return actor.name, m.country, m.role

    def surname(self, name: str, date=None, countries=None, title: str | None = None
                ) -> tuple[str, str | None, str | None] | None:
        """Return ``(canonical name, country, role)`` of the one registry person a bare surname
        stands for ("Putin"), else None (no such person, or several: "Kim", "Wang").

        Of a few persons with the surname (at most ``_FEW_NAMESAKES``; "Kim" and "Lee" stay
        ambiguous), the one who held a registry role on ``date`` is taken when only one did
        ("Harris" in 2022 is Kamala Harris); if several did, the one whose state is among
        ``countries`` (the states the document names) when only one is ("Bush" in 2002, in a text
        naming the United States, is George W. Bush, not McKeeva Bush of the Cayman Islands). Any
        spelling the registry gives as the person's surname counts ("Zelensky"). Of several still (of
        any number), a ``title`` before the surname ("Senator") takes the one person whose role that
        day it names.

        Examples
        --------
        >>> mention_finder().surname("Putin", "2000-01-04")[:2], mention_finder().surname("Kim")
        (('Vladimir Putin', 'RUS'), None)
        >>> mention_finder().surname("Harris", "2022-03-01")[:2], mention_finder().surname("Harris")
        (('Kamala Harris', 'USA'), None)
        >>> mention_finder().surname("Bush", "2002-09-11", {"USA", "RUS"})[:2]
        ('George W. Bush', 'USA')
        >>> finder = mention_finder()
        >>> finder.surname("Collins", "2019-06-01"), finder.surname("Collins", "2019-06-01", title="Senator")
        (None, ('Susan Collins', 'USA', 'Senator'))
        """
        if len(name.split()) != 1 or self.is_place(name):
            return None
        found = self.registry.lookup(name, kind="person")
        if 1 < len(found) <= _FEW_NAMESAKES and _one_person(found):  # "Kofi Annan", "Kofi Atta Annan", "K. Annan"
            found = [min(found, key=lambda a: (_initialled(a.name), len(a.name.split()), a.name, a.actor_id))]
        if 1 < len(found) <= _FEW_NAMESAKES and date is not None:
            found = self._in_office(found, date)
            named = [a for a in found if countries and a.country in countries]
            found = named if len(found) > 1 and len(named) == 1 else found
        if len(found) > 1 and title and date is not None:  # "Senator Collins": of however many Collinses
            titled = [a for a in found if self._titled(a.actor_id, title, date)]
            found = titled if len(titled) == 1 else found
        if len(found) != 1 or alias_key(name) not in self._one_word_names(found[0].actor_id):
            return None
        m = self._mention(name, 0, len(name), found[0].actor_id, "surname", date)
        return found[0].name, m.country, m.role

    @lru_cache(maxsize=4096)
    def holder(self, role: str, country: str | None, date=None, organisation: str | None = None
               ) -> tuple[str, str | None, str] | None:
        """Return ``(canonical name, country, role)`` of the one registry person who held a bare
        title of a state on a date ("the President" in a White House briefing of 2022), or of an
        ``organisation`` ("the Secretary-General" of the UN in 1999), else None.

        Examples
        --------
        >>> mention_finder().holder("President", "USA", "2022-03-01")
        ('Joe Biden', 'USA', 'President')
        >>> mention_finder().holder("Secretary-General", None, "1999-09-21", organisation="UN")
        ('Kofi Annan', None, 'Secretary-General')
        """
        found = (self.registry.holders_in(role, organisation, date) if organisation
                 else self.registry.holders(role, country, date))
        return (self.registry.actor(found[0]).name, country, role) if len(found) == 1 else None

    def _titled(self, actor_id: str, title: str, date) -> bool:
        """Whether a role the person held on a date has the last word of ``title`` ("Senator",
        "Secretary") among its words."""
        word = title.split()[-1].casefold()
        return any(word in str(role).casefold().split() for role in self.registry.roles_on(actor_id, date)["role"])

    def _in_office(self, persons: list, date) -> list:
        """The persons who held a role on a date; if several did, those whose role is in the
        project's own checked tables (Phoenix roles often have no end date)."""
        held = [(a, self.registry.roles_on(a.actor_id, date)["file"]) for a in persons]
        held = [(a, files) for a, files in held if len(files)]
        checked = [a for a, files in held if any(not f.startswith("roles-phoenix") for f in files)]
        return checked if len(held) > 1 and checked else [a for a, _ in held]

    @lru_cache(maxsize=4096)
    def _one_word_names(self, actor_id: str) -> frozenset:
        """The one-word names a person goes by: the words of their name and their surnames."""
        aliases = self.registry.aliases
        mine = aliases.loc[(aliases["actor_id"] == actor_id) & (aliases["alias_type"] == "surname"), "alias"]
        return frozenset(alias_key(w) for w in [*self.registry.actor(actor_id).name.split(), *mine])

    def _choose(self, values, seen):
        first = values[0]  # values are sorted: states, groups, organisations, persons; surnames last
        if first[1] != "surname":
            if self._kinds.get(first[0]) != "person" or len(values) == 1:
                return first
            persons = [v for v in values if v[1] != "surname"]
            known = [v for v in persons if v[0] in seen]
            return (known or persons)[0]
        return next((v for v in values if v[0] in seen), None)  # a bare surname needs its full name first

    def _mention(self, text, start, stop, actor_id, alias_type, date) -> Mention:
        actor = self.registry.actor(actor_id)
        surface = text[start:stop]
        if alias_type == "place":
            return Mention(start, stop, surface, actor_id, "location", actor.country, "place")
        if alias_type in ("capital", "former_capital"):
            kind = "state" if _stands_for_state(text, start, stop) else "location"
            return Mention(start, stop, surface, actor_id, kind, actor.country, alias_type)
        if actor.kind == "person":
            role, country = self._person_role(actor_id, str(date) if date is not None else None)
            return Mention(start, stop, surface, actor_id, "person", country, role)
        return Mention(start, stop, surface, actor_id, actor.kind, actor.country, alias_type)

    @lru_cache(maxsize=65536)
    def _person_role(self, actor_id: str, date: str | None) -> tuple[str | None, str | None]:
        """The role a person held on a date (the latest one listed), and its country."""
        return self.registry.last_role(actor_id, date)

    def _bodies(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """Give a body with no country of its own ("Foreign Ministry") its neighbour's country."""
        out = []
        for i, m in enumerate(mentions):
            if m.kind == "organisation" and m.country is None and self._is_body(m.actor_id):
                near = [n for n in mentions[max(0, i - 1):i] if m.start - n.end <= 3 and n.country]
                near += [n for n in mentions[i + 1:i + 2] if n.start - m.end <= 30 and n.kind == "person"
                         and n.country]
                if near:
                    m = Mention(m.start, m.end, m.surface, m.actor_id, m.kind, near[0].country, m.role)
            out.append(m)
        return out

    @lru_cache(maxsize=None)
    def _is_body(self, actor_id: str) -> bool:
        row = self.registry.actors.loc[self.registry.actors["actor_id"] == actor_id]
        return bool(len(row)) and not bool(row["implies_country"].iloc[0])


# A surname shared by more registry persons than this is not resolved by who was in office.
_FEW_NAMESAKES = 5


def _name_words(name: str) -> list[str]:
    """The words of a name, folded, without accents and the stops of initials ("K. Annan" -> k, annan)."""
    return [w.strip(".,'’").casefold() for w in _strip_accents(name).split()]


def _initialled(name: str) -> bool:
    """Whether a name has an initial for a word ("K. Annan")."""
    return any(len(w) == 1 for w in _name_words(name))


def _one_person(persons: list) -> bool:
    """Whether registry persons are one person under several ids (the Phoenix dictionaries list some
    twice): the same last word and no two states, and every word of each name in the longest name,
    or an initial of one of its words, and no initial of the longest name left over ("Kofi Annan",
    "Kofi Atta Annan" and "K. Annan"; not "Luan Rama" and "Edi Rama", nor "George H. W. Bush" and
    "George W. Bush").

    >>> from discourse.corpus._registry import Actor
    >>> a = [Actor("A", "person", "Kofi Annan", None, ()), Actor("B", "person", "K. Annan", None, ())]
    >>> bush = [Actor("C", "person", "George H. W. Bush", "USA", ()), Actor("D", "person", "George W. Bush", "USA", ())]
    >>> _one_person(a), _one_person(a + [Actor("E", "person", "Busumuru Annan", "GHA", ())]), _one_person(bush)
    (True, False, False)
    """
    names = [_name_words(a.name) for a in persons]
    longest = max(names, key=len)
    if len({n[-1] for n in names}) > 1 or len({a.country for a in persons} - {None}) > 1:
        return False
    for n in names:
        if not all(w in longest or (len(w) == 1 and any(t.startswith(w) for t in longest)) for w in n):
            return False
        matched = {t for t in longest if t in n or any(len(w) == 1 and t.startswith(w) for w in n)}
        if any(len(t) == 1 for t in set(longest) - matched):
            return False  # "George H. W. Bush" is not "George W. Bush": an initial more is another person
    return True


def _stands_for_state(text: str, start: int, stop: int) -> bool:
    """Whether a capital stands for its state here (metonymy) rather than for the city."""
    after = text[stop:stop + 40]
    before = text[max(0, start - 40):start]
    if re.match(r"['’]s?\b", after) or re.match(r"-(?:backed|based|led|friendly|controlled)\b", after):
        return not re.match(r"['’]s\s+(?:streets|residents|mayor|airport|skyline|outskirts)", after)
    if re.search(r"\bpro-$|\banti-$", before):
        return True
    if _LOCATIVE.search(before):
        return False
    of = re.search(r"(\w+)\s+of\s+$", before)
    if of:
        return of.group(1).lower() not in _PLACE_NOUNS
    return bool(_ACTOR_VERBS.match(after))


@lru_cache(maxsize=4)
def _cached_finder(registry_id: int, registry: Registry) -> MentionFinder:
    return MentionFinder(registry)


def mention_finder(registry: Registry | None = None) -> MentionFinder:
    """Return a (cached) finder for a registry, by default the packaged one."""
    registry = registry or load_registry()
    return _cached_finder(id(registry), registry)
