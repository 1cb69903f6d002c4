"""Who speaks in a sentence, and what the sentence is about: the sources and targets of stance dyads."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from itertools import accumulate, pairwise

import numpy as np
import pandas as pd

from .._errors import InputError
from .._measures import innermost
from ..corpus import actors

__all__ = ["Target", "Unit", "cooperation_name", "source_country", "units"]

#: A capital followed by one of these words stands for its state ("the Kyiv authorities").
GOVERNMENT = re.compile(r"^[’']?s?\s+(?:authorities|government|leadership|regime|officials|administration)\b",
                         re.IGNORECASE)
_PARTY_ORDER = {"state": 0, "person": 0, "group": 1, "organisation": 2}


@dataclass(frozen=True, slots=True)
class Target:
    """One target in one sentence: its name, country, kind and span in the scored text."""

    name: str
    country: str | None
    kind: str  # state, person, organisation, group, policy or cooperation
    start: int | None = None  # offsets into Unit.text; None for cooperation objects
    end: int | None = None
    party: str | None = None  # the party a mention stands for in cooperation objects
    spans: tuple = ()  # every mention's (start, end) in Unit.text; the first is start, end


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence in one voice: who speaks, the words scored, and the targets named in them."""

    doc_id: str
    sent_id: int
    speaker: str | None  # the quoted speaker, or the outlet in its own voice
    speaker_country: str | None
    evidence: str
    text: str
    targets: tuple[Target, ...]
    voice: str = "authorial"  # or "quoted"
    speaker_role: str | None = None
    start: int = 0  # the sentence's offsets in the document
    end: int = 0


def _actor(actor_id):
    try:
        return actors.actor(actor_id)
    except (InputError, KeyError, TypeError):
        return None


def source_country(name) -> str | None:
    """Return the country of an outlet or institution when its name names an actor.

    Examples
    --------
    >>> source_country("The White House"), source_country("Russian Federation"), source_country("TDI")
    ('USA', 'RUS', None)
    """
    return actors.country_of(name)


def _name(actor_id: str, surface: str) -> str:
    actor = _actor(actor_id)
    return actor.name if actor is not None else surface


def _party(kind: str, actor_id: str, country) -> str | None:
    if kind in ("state", "person"):
        return country if isinstance(country, str) else None
    if kind == "organisation" and isinstance(country, str):
        return country
    return actor_id


def cooperation_name(parties: list[str]) -> tuple[str, str | None]:
    """Name the cooperation between two parties, states first, then alphabetically.

    Returns the name and the ``|``-joined ISO codes of the parties that are states.

    Examples
    --------
    >>> cooperation_name(["CENTRAL_ASIA", "CHN"])
    ('China–Central Asia cooperation', 'CHN')
    >>> cooperation_name(["USA", "RUS"])
    ('Russia–United States cooperation', 'RUS|USA')
    """
    described = []
    for party in parties:
        actor = _actor(party)
        kind = actor.kind if actor is not None else "organisation"
        described.append((_PARTY_ORDER.get(kind, 3), actor.name if actor is not None else party, party, kind))
    described.sort()
    name = "–".join(d[1] for d in described) + " cooperation"
    countries = [d[2] for d in described if d[3] == "state"]
    return name, ("|".join(countries) or None)


def _actor_targets(mentions, starts: list[int], text: str, regions) -> list[Target]:
    """Actor mentions inside the regions (offsets in the document), as targets in the scored text.

    ``mentions`` are the document's, in order (``starts``); the regions are in order and apart.
    """
    out, spans = {}, {}
    for rel, (start, end, surface, actor_id, kind, country, role) in _inside(mentions, starts, regions):
        if kind == "location":
            if role not in ("capital", "former_capital") or not GOVERNMENT.match(text[rel[1]:rel[1] + 40]):
                continue
            kind = "state"
        name = _name(actor_id, surface)
        spans.setdefault(name, []).append(rel)
        if name not in out:
            country = country if isinstance(country, str) else None
            out[name] = Target(name, country, kind, rel[0], rel[1], _party(kind, actor_id, country))
    return [replace(t, spans=tuple(spans[name])) for name, t in out.items()]


def _inside(mentions, starts: list[int], regions):
    """Yield ``(span in the scored text, mention)`` for the mentions that lie inside one region."""
    offset = 0
    for r_start, r_end in regions:
        for mention in mentions[bisect_left(starts, r_start):bisect_left(starts, r_end)]:
            if mention[1] <= r_end:
                yield (offset + mention[0] - r_start, offset + mention[1] - r_start), mention
        offset += r_end - r_start + 1


def _policy_targets(match, text: str, country: dict) -> list[Target]:
    out, spans = {}, {}
    for hit in match.find(text):
        spans.setdefault(hit.frame, []).append((hit.start, hit.end))
        out.setdefault(hit.frame, Target(hit.frame, country.get(hit.frame), "policy", hit.start, hit.end))
    return [replace(t, spans=tuple(spans[name])) for name, t in out.items()]


def _cooperation(actors: list[Target], text: str, cooperative) -> list[Target]:
    """A sentence with a cooperation word that names exactly two parties is about their cooperation."""
    parties = list(dict.fromkeys(t.party for t in actors if t.party))
    groups = {p: set(_actor(p).members) for p in parties if _actor(p) is not None and _actor(p).members}
    parties = [p for p in parties if not any(p in members for members in groups.values())]
    if len(parties) != 2 or not cooperative(text):
        return []
    name, countries = cooperation_name(parties)
    return [Target(name, countries, "cooperation")]


def _voices(quotes, start: int, end: int) -> list[tuple]:
    """The voices of a sentence: ``(speaker, speaker_country, regions, True, speaker_role)`` for
    each speaker quoted in it (regions: the parts of the sentence their quotes cover; speaker None
    when unknown), then ``(None, None, regions, False, None)`` for the outlet's own words, the rest.
    A sentence with no quote has only the outlet's voice."""
    voices, covered = {}, []
    for q_start, q_end, speaker, country, role in quotes:
        a, b = max(start, q_start), min(end, q_end)
        if b > a:
            key = speaker if isinstance(speaker, str) else None
            voices.setdefault(key, [key, country if isinstance(country, str) else None, [],
                                    role if isinstance(role, str) else None])[2].append((a, b))
            covered.append((a, b))
    rest, cursor = [], start
    for a, b in sorted(covered):
        if a > cursor:
            rest.append((cursor, a))
        cursor = max(cursor, b)
    if cursor < end:
        rest.append((cursor, end))
    out = [(v[0], v[1], sorted(v[2]), True, v[3]) for v in voices.values()]
    return out + [(None, None, rest, False, None)] if rest else out


def units(corpus, policy_match, policy_country: dict, cooperative) -> list[Unit]:
    """Split a corpus into scored units: a sentence in one voice, with the targets named in it.

    The words of a sentence inside quotes (direct, indirect, mixed or a transcript turn) are in
    the voice of each quote's speaker; the words outside any quote (the attribution and the rest)
    are in the outlet's own voice (``documents.source``). Each voice reads only its own words.
    """
    docs = corpus.documents
    sentences = _by_doc(corpus.sentences, ["start", "end", "sent_id", "text"])
    mentions = _by_doc(corpus.mentions, ["start", "end", "surface", "actor_id", "kind", "country", "role"])
    quotes = {doc_id: innermost(rows) for doc_id, rows in
              _by_doc(corpus.quotes, ["start", "end", "speaker", "speaker_country", "speaker_role"]).items()}
    out = []
    for doc_id, outlet, text in zip(docs["doc_id"], docs["source"], docs["text"]):
        outlet = outlet if isinstance(outlet, str) and outlet else None
        outlet_country = source_country(outlet)
        doc_mentions = mentions.get(doc_id, [])
        mention_starts = [m[0] for m in doc_mentions]
        doc_quotes = quotes.get(doc_id, [])
        quote_starts = [q[0] for q in doc_quotes]
        reach = list(accumulate((q[1] for q in doc_quotes), max))  # the furthest quote end so far
        for s_start, s_end, sent_id, sentence in sentences.get(doc_id, []):
            sentence = sentence if isinstance(sentence, str) else ""
            near = [q for q in doc_quotes[bisect_right(reach, s_start):bisect_left(quote_starts, s_end)]
                    if q[1] > s_start]
            for speaker, country, regions, quoted, role in _voices(near, s_start, s_end):
                scored = " ".join(text[a:b] for a, b in regions)
                if not any(c.isalnum() for c in scored):
                    continue
                source, country = (speaker, country) if quoted else (outlet, outlet_country)
                actors = [t for t in _actor_targets(doc_mentions, mention_starts, scored, regions)
                          if not _same(t.name, source)]
                found = actors + (_policy_targets(policy_match, scored, policy_country) if policy_match else [])
                found += _cooperation(actors, scored, cooperative)
                if found:
                    out.append(Unit(doc_id, int(sent_id), source, country, sentence, scored, tuple(found),
                                    "quoted" if quoted else "authorial", role, int(s_start), int(s_end)))
    return out


def _same(name: str, source) -> bool:
    return isinstance(source, str) and name.casefold() == source.casefold()


def _by_doc(table: pd.DataFrame, columns: list[str]) -> dict:
    if not len(table):
        return {}
    table = table.sort_values(["doc_id", "start"], kind="stable")
    values = table[columns].astype(object).where(table[columns].notna(), None).to_numpy()
    doc_ids = table["doc_id"].to_numpy()
    out: dict = {}
    bounds = np.flatnonzero(np.r_[True, doc_ids[1:] != doc_ids[:-1], True])
    for a, b in pairwise(bounds):
        out[doc_ids[a]] = [tuple(row) for row in values[a:b]]
    return out
