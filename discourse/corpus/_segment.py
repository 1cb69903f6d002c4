"""Split normalized text into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from ._records import PARAGRAPH_SEP

__all__ = ["paragraph_spans", "sentence_spans"]

# nltk guards its regexes with a time limit, so Punkt never sees more than this at once.
_MAX_CHUNK = 20_000
_CHUNK_BREAK = re.compile(r"[.!?][\"'”’)]*\s+")


@lru_cache(maxsize=1)
def _punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    lines = resources.files("discourse.data").joinpath("segment/abbreviations_en.txt").read_text("utf-8")
    params.abbrev_types = {ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#")}
    return PunktSentenceTokenizer(params)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of each paragraph of a normalized text.

    Examples
    --------
    >>> paragraph_spans("One.\\n\\nTwo.")
    [(0, 4), (6, 10)]
    """
    spans, start = [], 0
    for para in text.split(PARAGRAPH_SEP):
        if para.strip():
            lead = len(para) - len(para.lstrip())
            spans.append((start + lead, start + len(para.rstrip())))
        start += len(para) + len(PARAGRAPH_SEP)
    return spans


def _chunks(text: str):
    start = 0
    while len(text) - start > _MAX_CHUNK:
        window = text[start:start + _MAX_CHUNK]
        cut = max((m.end() for m in _CHUNK_BREAK.finditer(window, _MAX_CHUNK // 2)), default=0)
        if not cut:
            space = window.rfind(" ")
            cut = space + 1 if space > 0 else _MAX_CHUNK
        yield start, text[start:start + cut]
        start += cut
    yield start, text[start:]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Return ``(start, end)`` offsets of the sentences of ``text[start:end]``.

    Punkt runs with this project's abbreviation list (no downloaded model), on
    chunks small enough for nltk's regex time limit.

    Examples
    --------
    >>> t = "Mr. Lin spoke. He left at 5 p.m. on Monday."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Lin spoke.', 'He left at 5 p.m. on Monday.']
    """
    end = len(text) if end is None else end
    spans = []
    for offset, chunk in _chunks(text[start:end]):
        base = start + offset
        spans.extend((base + s, base + e) for s, e in _punkt().span_tokenize(chunk))
    return spans
