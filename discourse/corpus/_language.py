"""Guess a document's language from its script and its commonest function words."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["guess_language"]

_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = [("zh", re.compile("[\u4e00-\u9fff]")), ("ar", re.compile("[\u0600-\u06ff]")),
            ("ja", re.compile("[\u3040-\u30ff]")), ("ko", re.compile("[\uac00-\ud7af]"))]


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset]:
    raw = resources.files("discourse.data").joinpath("language/stopwords.json").read_text("utf-8")
    return {lang: frozenset(words) for lang, words in json.loads(raw).items()}


def guess_language(text: str, sample: int = 5000) -> str:
    """Return an ISO 639-1 code, or ``"und"`` when the text gives too little to go on.

    Examples
    --------
    >>> guess_language("The summit will deepen mutual trust between the two countries.")
    'en'
    >>> guess_language("Le sommet a été un succès pour la coopération.")
    'fr'
    >>> guess_language("42")
    'und'
    """
    head = text[:sample]
    for lang, script in _SCRIPTS:
        if len(script.findall(head)) > 0.2 * max(1, len(head.strip())):
            return lang
    tokens = [t.lower() for t in _WORD.findall(head)]
    if len(tokens) < 3:
        return "und"
    scores = {lang: sum(t in words for t in tokens) for lang, words in _stopwords().items()}
    best = max(scores, key=scores.get)
    return best if scores[best] >= max(1, 0.1 * len(tokens)) else "und"
