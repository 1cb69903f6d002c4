"""The actor registry, public: load it, extend it with your own file, look up a name.

Who is "Beijing", "the Kremlin", "Kazakh", "Lin"? The registry answers from versioned data
files in ``discourse/data/actors/`` (see ``docs/actors.md``). ``dx.actors`` is this module.

Examples
--------
>>> import discourse as dx
>>> [a.actor_id for a in dx.actors.lookup("Astana")]
['KAZ']
>>> dx.actors.name("CENTRAL_ASIA"), dx.actors.country_of("The White House")
('Central Asia', 'USA')
"""

from __future__ import annotations

from functools import lru_cache

from .._errors import InputError
from ._mentions import mention_finder
from ._registry import ALIAS_TYPES, DEFAULT_VERSION, KINDS, Actor, Registry, alias_key, load_registry

__all__ = ["ALIAS_TYPES", "KINDS", "Actor", "Registry", "actor", "alias_key", "country_of", "find", "load",
           "lookup", "name"]


def load(version: str = DEFAULT_VERSION, extra=(), share_alike: bool = True) -> Registry:
    """Load the actor registry: the packaged files, optionally extended by your own.

    Parameters
    ----------
    version : str, default ``"1.7"``
        Which packaged version to read (``1.2`` has names in Chinese and Russian).
    extra : path or sequence of paths, optional
        Your own CSV files of actors, roles or aliases (formats in ``docs/actors.md``); an
        actor row replaces the packaged actor with the same ``actor_id``.
    share_alike : bool, default True
        Include files under share-alike licences (``states-mledoze-1.0.csv``, ODbL).

    Returns
    -------
    Registry
        ``actors``, ``aliases`` and ``roles`` tables, with ``actor(id)``, ``lookup(alias)`` and
        ``roles_on(id, date)``. Cached and shared when ``extra`` is empty.

    Examples
    --------
    >>> reg = load()
    >>> reg.actor("CENTRAL_ASIA").members
    ('KAZ', 'KGZ', 'TJK', 'TKM', 'UZB')
    """
    return load_registry(version, extra, share_alike)


def actor(actor_id: str) -> Actor:
    """Return the actor of the packaged registry with this id.

    Raises
    ------
    InputError
        When no actor has this id.

    Examples
    --------
    >>> actor("KAZ").name
    'Kazakhstan'
    """
    return load_registry().actor(actor_id)


def lookup(alias: str, kind: str | None = None) -> list[Actor]:
    """Find the actors that a name, alias, demonym, capital or surname stands for.

    Parameters
    ----------
    alias : str
        ``"Beijing"``, ``"Kazakh"``, ``"PRC"``, ``"Lin"`` (case, accents and quote styles ignored).
    kind : str, optional
        Keep only actors of this kind (``"state"``, ``"group"``, ``"organisation"``, ``"person"``).

    Returns
    -------
    list of Actor
        States first; empty when the name is unknown.

    Examples
    --------
    >>> [a.actor_id for a in lookup("people’s republic of  china")]
    ['CHN']
    """
    return load_registry().lookup(alias, kind)


@lru_cache(maxsize=4096)
def name(actor_id) -> str | None:
    """Return the canonical name of an actor id, or None when the id is unknown.

    Examples
    --------
    >>> name("RUS"), name("NO_SUCH_ACTOR")
    ('Russia', None)
    """
    try:
        return load_registry().actor(actor_id).name
    except (InputError, KeyError, TypeError):
        return None


def find(text: str):
    """Find the actors named in a text: a list of mentions (start, end, surface, actor_id, kind, country).

    Examples
    --------
    >>> [(m.surface, m.actor_id) for m in find("Beijing and Astana signed it.")]
    [('Beijing', 'CHN'), ('Astana', 'KAZ')]
    """
    return mention_finder().find(text)


@lru_cache(maxsize=4096)
def country_of(name) -> str | None:
    """Return the country an outlet's or institution's name stands for, if any.

    Examples
    --------
    >>> country_of("The White House"), country_of("Russian Federation"), country_of("TDI")
    ('USA', 'RUS', None)
    """
    if not isinstance(name, str) or not name.strip():
        return None
    found = [m for m in find(name) if m.country and m.kind != "location"]
    return found[0].country if found else None
