"""Split normalized text into paragraphs and sentences, keeping character offsets."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .._fold import is_cjk
from ._records import PARAGRAPH_SEP

__all__ = ["paragraph_spans", "sentence_spans"]

# nltk guards its regexes with a time limit, so Punkt never sees more than this at once.
_MAX_CHUNK = 20_000
_CHUNK_BREAK = re.compile(r"[.!?][\"'”’)]*\s+")
# A Chinese sentence ends at 。！？；… (full-width or not), with any closing quotes and brackets.
_CJK_END = re.compile(r"(?:[。！？；…!?]+|\.{3,})[”’」』）)\]】\"']*")


def _abbreviations() -> set[str]:
    lines = resources.files("discourse.data").joinpath("segment/abbreviations_en.txt").read_text("utf-8")
    return {ln.strip() for ln in lines.splitlines() if ln.strip() and not ln.startswith("#")}


@lru_cache(maxsize=1)
def _punkt():
    """Our Punkt with our abbreviations; nltk (a second to import) is loaded here, when text is first split."""
    from nltk.tokenize.punkt import PunktParameters

    from ._punkt import Punkt

    params = PunktParameters()
    params.abbrev_types = _abbreviations()
    return Punkt(params)


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
    chunks small enough for nltk's regex time limit. Text in Chinese (Han characters and a
    Chinese full stop, question or exclamation mark, semicolon or ellipsis) is split after those
    marks and the closing quotes that follow them.

    Examples
    --------
    >>> t = "Mr. Lin spoke. He left at 5 p.m. on Monday."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Lin spoke.', 'He left at 5 p.m. on Monday.']
    >>> t = "答：中方表示：“我们反对。”这是一贯立场！你怎么看？"
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['答：中方表示：“我们反对。”', '这是一贯立场！', '你怎么看？']
    """
    end = len(text) if end is None else end
    if is_cjk(text[start:end]) and _CJK_END.search(text, start, end):
        return _cjk_sentences(text, start, end)
    spans = []
    for offset, chunk in _chunks(text[start:end]):
        base = start + offset
        spans.extend((base + s, base + e) for s, e in _punkt().span_tokenize(chunk))
    return spans


def _cjk_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for mark in _CJK_END.finditer(text, start, end):
        spans.append((begin, mark.end()))
        begin = mark.end()
    spans.append((begin, end))
    out = []
    for a, b in spans:  # without the spaces around each sentence, and no empty ones
        piece = text[a:b]
        if piece.strip():
            a += len(piece) - len(piece.lstrip())
            out.append((a, a + len(piece.strip())))
    return out
