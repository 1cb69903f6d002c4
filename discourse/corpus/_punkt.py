"""nltk's Punkt sentence splitter, with the plain candidate breaks decided without its tokens.

Imported only when text is first split (:func:`discourse.corpus._segment._punkt`): nltk takes about
a second to import, which commands that read a built corpus never pay.
"""

from __future__ import annotations

import re

from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["Punkt"]

# A candidate break whose decision needs no Punkt token: a word of letters, then a full stop
# (two letters or more: one letter is an initial), a question or an exclamation mark, then a token.
_PLAIN_BREAK = re.compile(r"([^\W\d_]{2,})\.\s+\S+|[^\W\d_]+[?!]\s+\S+")


class Punkt(PunktSentenceTokenizer):
    """nltk's Punkt, deciding the plain candidate breaks itself (three in four in UN speeches).

    Punkt looks at each candidate break through a short context (the word before the mark, the
    mark, the next token) and builds annotated tokens for it. When the word before is letters
    only and not an abbreviation, Punkt's annotation always breaks there: its first pass marks the
    word a break, and its second pass changes only abbreviations, ellipses, initials, numbers and
    known collocations. So the same answer comes without the tokens, twice as fast on the whole
    segmentation; every other context goes to Punkt. ``tests/corpus/test_segment.py`` checks the
    spans equal nltk's.
    """

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether a candidate break's context holds a break (Punkt's hook, answered early when plain)."""
        plain = _PLAIN_BREAK.fullmatch(text)
        if plain and (plain.group(1) is None or plain.group(1).lower() not in self._params.abbrev_types):
            return True
        return super().text_contains_sentbreak(text)
