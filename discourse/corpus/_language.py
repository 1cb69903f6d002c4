"""Guess a document's language from its script and its commonest function words."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

__all__ = ["guess_language", "paragraph_languages"]

_WORD = re.compile(r"[^\W\d_]+")
# A text mixes scripts when it holds letters of a non-Latin script and a run of five Latin words.
_NON_LATIN = re.compile("[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_LATIN_RUN = re.compile(r"[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){4}")
# Scripts before function words; Cyrillic is read as Russian, the only Cyrillic language here.
_SCRIPTS = [("zh", re.compile("[\u4e00-\u9fff]")), ("ar", re.compile("[\u0600-\u06ff]")),
            ("ja", re.compile("[\u3040-\u30ff]")), ("ko", re.compile("[\uac00-\ud7af]")),
            ("ru", re.compile("[\u0400-\u04ff]"))]


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset]:
    raw = resources.files("discourse.data").joinpath("language/stopwords.json").read_text("utf-8")
    return {lang: frozenset(words) for lang, words in json.loads(raw).items()}


@lru_cache(maxsize=1)
def _languages_of() -> dict[str, tuple]:
    """Each function word -> the languages whose list holds it."""
    out: dict[str, tuple] = {}
    for lang, words in _stopwords().items():
        for word in words:
            out[word] = out.get(word, ()) + (lang,)
    return out


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
    for lang, script in _SCRIPTS if _NON_LATIN.search(head) else ():  # one scan for Latin-only text
        if len(script.findall(head)) > 0.2 * max(1, len(head.strip())):
            return lang
    tokens = [t.lower() for t in _WORD.findall(head)]
    if len(tokens) < 3:
        return "und"
    scores = dict.fromkeys(_stopwords(), 0)
    for languages in filter(None, map(_languages_of().get, tokens)):
        for lang in languages:
            scores[lang] += 1
    best = max(scores, key=scores.get)
    return best if scores[best] >= max(1, 0.1 * len(tokens)) else "und"


def paragraph_languages(text: str, spans, language: str) -> list[str]:
    """The language of each paragraph of a document whose language is ``language``.

    A document in one script keeps its language in every paragraph; one that mixes scripts (an
    English article with a paragraph of Chinese, a Chinese page with an English statement) gets
    each paragraph's own guess, or the document's where the paragraph gives too little to go on.

    Parameters
    ----------
    text : str
    spans : list of (start, end)
        The paragraphs' offsets.
    language : str
        The document's language.

    Returns
    -------
    list of str

    Examples
    --------
    >>> t = "The talks in Astana ended on Tuesday with a joint statement.\\n\\n中方愿同各方加强合作，实现互利共赢。"
    >>> paragraph_languages(t, [(0, 60), (62, len(t))], "en")
    ['en', 'zh']
    >>> paragraph_languages("One paragraph.\\n\\nAnother one.", [(0, 14), (16, 28)], "en")
    ['en', 'en']
    """
    if not (_NON_LATIN.search(text) and _LATIN_RUN.search(text)):
        return [language] * len(spans)
    out = []
    for start, end in spans:
        guess = guess_language(text[start:end])
        out.append(language if guess == "und" else guess)
    return out


def language_runs(text: str, sentences, language: str, home: str) -> list[tuple[str, list]]:
    """The sentences of a paragraph in ``language`` of a document in ``home``, cut into runs of one
    language each: an English sentence with its quote, then its Russian original ("Bizheva said:
    "I give my victory to my mother." ((ru))Russian: Свою победу я дарю маме.") are read by the
    English and the Russian forms in turn. A sentence that gives too little to go on keeps the
    paragraph's language.

    Returns
    -------
    list of (language, sentences)

    Examples
    --------
    >>> t = 'Bizheva said: "I give my victory to my mother." Свою победу я дарю маме, которая меня вдохновила.'
    >>> [(lang, len(s)) for lang, s in language_runs(t, [(0, 47), (48, len(t))], "ru", "en")]
    [('en', 1), ('ru', 1)]
    """
    runs: list[tuple[str, list]] = []
    for start, end in sentences:
        guess = guess_language(text[start:end])
        own = home if guess == home else language
        if runs and runs[-1][0] == own:
            runs[-1][1].append((start, end))
        else:
            runs.append((own, [(start, end)]))
    return runs
