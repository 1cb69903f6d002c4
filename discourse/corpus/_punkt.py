"""nltk's Punkt sentence splitter, with the plain candidate breaks decided without its tokens.

Imported only when text is first split (:func:`discourse.corpus._segment._punkt`): nltk takes about
a second to import, which commands that read a built corpus never pay.
"""

from __future__ import annotations

import re

from nltk.tokenize.punkt import PunktLanguageVars, PunktSentenceTokenizer, PunktToken

__all__ = ["Punkt"]

# A candidate break whose decision needs no Punkt token: a word of letters, then a full stop
# (two letters or more: one letter is an initial), a question or an exclamation mark, then a token.
_PLAIN_BREAK = re.compile(r"([^\W\d_]{2,})\.\s+\S+|[^\W\d_]+[?!]\s+\S+")


class _LanguageVars(PunktLanguageVars):
    """nltk's English Punkt punctuation, its three patterns compiled with :mod:`re`.

    nltk 3.10 runs every pattern through its ReDoS guard (the ``regex`` engine under a timeout),
    which costs more than the matching here: half of the segmentation time. These patterns (and
    :class:`_Token`'s) are nltk's own fixed ones, not a caller's, and each is linear in its input
    (the candidate break and the token after it; a punctuation run; one token; the words of a
    short context), so the guard buys nothing for them. They are read from nltk, so the spans
    are its spans.
    """

    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def _word_tokenizer_re(self) -> re.Pattern:
        if "_plain_word_tokenizer" not in self.__dict__:
            self._plain_word_tokenizer = re.compile(self._word_tokenize_fmt % {
                "NonWord": self._re_non_word_chars, "MultiChar": self._re_multi_char_punct,
                "WordStart": self._re_word_start}, re.UNICODE | re.VERBOSE)
        return self._plain_word_tokenizer

    def period_context_re(self) -> re.Pattern:
        if "_plain_period_context" not in self.__dict__:
            self._plain_period_context = re.compile(self._period_context_fmt % {
                "NonWord": self._re_non_word_chars, "SentEndChars": self._re_sent_end_chars}, re.UNICODE | re.VERBOSE)
        return self._plain_period_context


class _Token(PunktToken):
    """nltk's Punkt token, its patterns compiled with :mod:`re` (see :class:`_LanguageVars`)."""

    __slots__ = ()
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)

    @property
    def is_non_punct(self):
        """True if the token is either a number or is alphabetic."""
        return _NON_PUNCT.search(self.type)


_NON_PUNCT = re.compile(r"[^\W\d]")


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

    def __init__(self, params):
        super().__init__(lang_vars=_LanguageVars(), token_cls=_Token)
        self._params = params

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether a candidate break's context holds a break (Punkt's hook, answered early when plain)."""
        plain = _PLAIN_BREAK.fullmatch(text)
        if plain and (plain.group(1) is None or plain.group(1).lower() not in self._params.abbrev_types):
            return True
        return super().text_contains_sentbreak(text)
