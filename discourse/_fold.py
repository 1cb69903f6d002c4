"""Fold text for matching: lower case, every non-word character a space, same length.

Lexicon patterns and actor aliases are folded the same way as the texts they are
looked for in, so matching ignores case, quote marks, dashes and hyphens, and meets
only on whole words, while every offset in the folded text is an offset in the text.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["fold", "strip_accents"]

# Characters other than ASCII, Latin-1 symbols and general punctuation: letters to keep.
_NON_ASCII_LETTER = re.compile("[^\x00-\x7f\u00a0-\u00bf\u2000-\u206f]")
_ASCII_FOLD = bytes(ord(chr(b).lower()) if chr(b).isalnum() else 32 for b in range(128)) + bytes(128)


def fold(text: str) -> str:
    """Lower-case a text and turn every non-word character into a space, keeping its length.

    Examples
    --------
    >>> fold("Win–win, “zero-sum” Beijing’s")
    'win win   zero sum  beijing s'
    >>> len(fold("Erdoğan")) == len("Erdoğan")
    True
    """
    fast = text.encode("ascii", "replace").translate(_ASCII_FOLD).decode("ascii")
    if not _NON_ASCII_LETTER.search(text):  # non-ASCII here is only punctuation: done
        return fast
    parts, prev = [], 0
    for match in _NON_ASCII_LETTER.finditer(text):  # put the non-ASCII letters back, lower-cased
        char, at = match.group(0), match.start()
        if char.isalnum():
            lower = char.lower()
            parts += [fast[prev:at], lower if len(lower) == 1 else char]
            prev = at + 1
    parts.append(fast[prev:])
    return "".join(parts)


def strip_accents(text: str) -> str:
    """Remove diacritics: ``strip_accents("Erdoğan") == "Erdogan"``."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
