"""Fold and tokenize text the same way everywhere: apostrophes, case, word boundaries.

Two views of a text share one idea of an apostrophe (:data:`APOSTROPHES`: ``'`` ``’`` ``‘``
``ʼ`` ``′`` `````` ``´`` ``‛`` ``＇`` are the same character):

- :func:`fold`, for matching lexicon patterns and actor aliases: lower case, every
  non-word character (apostrophes included) a space, same length, so matching ignores
  case, quote marks, dashes and hyphens, meets only on whole words, and every offset in
  the folded text is an offset in the text. ``"China’s"`` folds to ``"china s"``, so the
  pattern ``china`` matches it.
- :func:`tokens`, for counting words (:func:`discourse.stats.count_terms`, token counts):
  lower-cased words of :data:`TOKEN_PATTERN`, in which an apostrophe or hyphen inside a
  word keeps it whole, as quanteda's ``tokens()`` does: ``"President’s"`` and
  ``"President's"`` are both ``president's``, ``"don’t"`` is ``don't``, ``"win-win"`` is one
  token, and dotted abbreviations stay whole (``"U.S."`` is ``u.s.``), so no stray ``s``
  or ``t`` is counted.

Chinese has no spaces between words. :func:`fold` writes Traditional characters as Simplified
(one character for one, OpenCC's ``t2s`` table), so ``合作共贏`` matches ``合作共赢``; a lexicon
pattern or alias in Han characters matches anywhere in a run of them (see
:func:`is_cjk`). :func:`tokens` splits runs of Han characters into words with jieba's
dictionary (``rjieba``, the jieba-rs port): ``"推动合作共赢"`` is ``推动 合作 共赢``, three words
for the exposure of every rate.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["APOSTROPHES", "TOKEN_PATTERN", "count_tokens", "fold", "is_cjk", "normalize_apostrophes",
           "strip_accents", "tokens"]

#: Characters read as an apostrophe (or a single quote mark) by every tokenizer: the ASCII
#: apostrophe, right and left single quotation marks, the modifier letter apostrophe, the
#: prime, the grave and acute accents, the reversed-9 quotation mark and the fullwidth
#: apostrophe.
APOSTROPHES = "'\u2019\u2018\u02bc\u2032`\u00b4\u201b\uff07"

#: A word token (on text with apostrophes made ASCII): a run of letters and digits in which
#: inner apostrophes and hyphens are kept (``president's``, ``don't``, ``win-win``), or a
#: dotted abbreviation of single letters (``u.s.``, ``e.g.``, with a possessive ``'s``);
#: an apostrophe or hyphen at either end is dropped (``leaders'`` is ``leaders``). A single
#: character right after an apostrophe (the ``'s`` of ``[official]'s``) or right before a
#: hyphen (a false start in a transcript, ``"going to s- offer"``) is not a token.
TOKEN_PATTERN = r"(?u)\b\w[\w'-]*\w\b|\b(?:[^\W\d_]\.){2,}(?:'s\b)?|(?<!')\b\w\b(?!-)"
_TOKEN = re.compile(TOKEN_PATTERN)

# Characters other than ASCII, Latin-1 symbols and general punctuation: letters to keep.
_NON_ASCII_LETTER = re.compile("[^\x00-\x7f\u00a0-\u00bf\u2000-\u206f]")
_ASCII_FOLD = bytes(ord(chr(b).lower()) if chr(b).isalnum() else 32 for b in range(128)) + bytes(128)
_APOSTROPHE_LETTERS = frozenset(c for c in APOSTROPHES if c.isalnum())  # "ʼ" is a letter to Unicode


def normalize_apostrophes(text: str) -> str:
    """Write every apostrophe of :data:`APOSTROPHES` as the ASCII ``'``, keeping the length.

    Examples
    --------
    >>> normalize_apostrophes("President’s ‘reset’, donʼt, Putin′s, Xi`s")
    "President's 'reset', don't, Putin's, Xi's"
    """
    for mark in APOSTROPHES[1:]:  # str.replace per mark: many times faster than str.translate
        if mark in text:
            text = text.replace(mark, "'")
    return text


#: Han characters (CJK unified ideographs, extension A, compatibility ideographs).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_CHAR = re.compile(f"[{_HAN}]")
_HAN_RUN = re.compile(f"[{_HAN}]+")


def is_cjk(text: str) -> bool:
    """Whether a text holds a Han character (then it is matched and split as Chinese).

    Examples
    --------
    >>> is_cjk("合作共赢"), is_cjk("win-win")
    (True, False)
    """
    return not text.isascii() and _HAN_CHAR.search(text) is not None


@lru_cache(maxsize=1)
def _simplified() -> dict[int, str]:
    """Traditional -> Simplified, one character for one (OpenCC's ``t2s`` character table)."""
    import opencc

    convert = opencc.OpenCC("t2s").convert
    table = {}
    for start, end in ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00)):
        for code in range(start, end):
            out = convert(chr(code))
            if len(out) == 1 and out != chr(code):
                table[code] = out
    return table


@lru_cache(maxsize=1)
def _segmenter():
    import rjieba

    return rjieba.cut


def _han_words(run: str) -> list[str]:
    return _segmenter()(run.translate(_simplified()))


def tokens(text: str) -> list[str]:
    """Split a text into lower-cased word tokens (:data:`TOKEN_PATTERN`), apostrophes made ASCII.

    Examples
    --------
    >>> tokens("The President’s ‘win-win’ plan: don`t ask the U.S.’s allies.")
    ['the', "president's", 'win-win', 'plan', "don't", 'ask', 'the', "u.s.'s", 'allies']
    >>> tokens("A [senior official]’s s- statement, the leaders’ ‘a’ grade")
    ['a', 'senior', 'official', 'statement', 'the', 'leaders', 'grade']
    >>> tokens("中方愿推动合作共贏。Win-win!")
    ['中方', '愿', '推动', '合作', '共赢', 'win-win']
    """
    text = normalize_apostrophes(text.lower())
    if not is_cjk(text):
        return _TOKEN.findall(text)
    out, prev = [], 0
    for run in _HAN_RUN.finditer(text):
        out += _TOKEN.findall(text, prev, run.start())
        out += _han_words(run.group(0))
        prev = run.end()
    return out + _TOKEN.findall(text, prev)


def count_tokens(text: str) -> int:
    """Count the word tokens of a text, as :func:`tokens` splits it (0 for a missing text).

    Examples
    --------
    >>> count_tokens("President’s visit"), count_tokens("President's visit"), count_tokens(None)
    (2, 2, 0)
    """
    if not isinstance(text, str):
        return 0
    return len(tokens(text)) if is_cjk(text) else len(_TOKEN.findall(normalize_apostrophes(text)))


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_FULLWIDTH_TABLE = {**{code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}


def fold(text: str) -> str:
    """Lower-case a text and turn every non-word character into a space, keeping its length.

    Full-width Latin letters, digits and punctuation (common in Chinese text) are read as their
    ASCII forms, Traditional Chinese characters as Simplified and Russian ``ё`` as ``е``.

    Every apostrophe of :data:`APOSTROPHES` is a space, the modifier letter ``ʼ`` too.

    Examples
    --------
    >>> fold("Win–win, “zero-sum” Beijing’s")
    'win win   zero sum  beijing s'
    >>> fold("Beijingʼs") == fold("Beijing's") == fold("Beijing′s")
    True
    >>> len(fold("Erdoğan")) == len("Erdoğan")
    True
    >>> fold("「合作共贏」，Win")
    ' 合作共赢   win'
    >>> fold("ＵＳＡ　ａｎｄ中国")
    'usa and中国'
    """
    fast = text.encode("ascii", "replace").translate(_ASCII_FOLD).decode("ascii")
    if not _NON_ASCII_LETTER.search(text):  # non-ASCII here is only punctuation: done
        return fast
    if _FULLWIDTH.search(text):  # "ＵＳＡ" is "USA": full-width forms, one character for one
        text = text.translate(_FULLWIDTH_TABLE)
        fast = text.encode("ascii", "replace").translate(_ASCII_FOLD).decode("ascii")
    parts, prev = [], 0
    for match in _NON_ASCII_LETTER.finditer(text):  # put the non-ASCII letters back, lower-cased
        char, at = match.group(0), match.start()
        if char.isalnum() and char not in _APOSTROPHE_LETTERS:
            lower = char.lower()
            parts += [fast[prev:at], lower if len(lower) == 1 else char]
            prev = at + 1
    parts.append(fast[prev:])
    folded = "".join(parts)
    if "ё" in folded:  # Russian ё is written е as often as not
        folded = folded.replace("ё", "е")
    return folded.translate(_simplified()) if is_cjk(folded) else folded


def strip_accents(text: str) -> str:
    """Remove diacritics: ``strip_accents("Erdoğan") == "Erdogan"``."""
    if text.isascii():  # nothing to decompose (most names): as fast as a check
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
