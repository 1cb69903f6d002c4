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
# The first word of a span and the first letter of its text, to tell a sentence's start.
_FIRST_WORD = re.compile(r"\w+")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
# The end of a sentence Punkt found after a short form: "R-Calif.)", "D.C.", "Calif.", "approx."; or a quoted
# question or exclamation ('toilet?"')
_SHORT_FORM_END = re.compile(r"(?:(?<![^\s(\[\"“'‘])(?:[^\W\d_][\w-]*[.-][\w.-]*|[A-Z][a-z]{0,5}|[a-z]{1,4})"
                             r"\.[)\]]?|[?!][\"”'’])\s*$")


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
    return _rejoin(text, spans)


def _rejoin(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join to the sentence before it a span that opens with a word in lower case after a short form.

    Punkt breaks after any full stop of a word it does not know as an abbreviation, so a state's
    or a unit's short form ends a sentence in the middle: "Rep. Jane Doe (R-Calif.) | said the bill
    was dead", "It rained in Calif. | on Monday", "the D.C. | government". Edited prose opens no
    sentence with a word in lower case, so such a break is undone when the word before the full stop
    looks like a short form (a full stop or a hyphen inside it, a capital and at most five letters
    more, or four letters in lower case) or is a quoted question ('"Who would steal a toilet?" |
    wrote Cattelan'), and the sentence before opens with a capital (text written all in lower case
    keeps Punkt's breaks; a word with a capital inside, "iPhone", may open a sentence; "...
    opportunities. | we will" is a typo's break and stays). A span with no word ('").' after
    "(D-Mass.") ends the sentence before it.
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and ((_opens_lower(text, start, end) and _short_form_end(text, *joined[-1])
                        and _cased(text, *joined[-1])) or not _FIRST_WORD.search(text, start, end)):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _opens_lower(text: str, start: int, end: int) -> bool:
    word = _FIRST_WORD.match(text, start, end)
    return bool(word) and word.group().islower() and word.group()[0].isalpha()


def _short_form_end(text: str, start: int, end: int) -> bool:
    return _SHORT_FORM_END.search(text, max(start, end - 40), end) is not None


def _cased(text: str, start: int, end: int) -> bool:
    letter = _FIRST_LETTER.search(text, start, end)
    return bool(letter) and letter.group().isupper()


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
