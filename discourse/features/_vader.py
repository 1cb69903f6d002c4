"""VADER sentiment, rule for rule the reference ``vaderSentiment`` 3.3.2, but faster.

The rules are those of Hutto & Gilbert (2014) as the reference package applies them,
quirks included (see ``_but_shift``), so that every score equals the reference's. The
speed comes from four things.

- Everything the rules need of a word (lexicon valence; negation, booster, "but", phrase
  word and the like, as bits) is worked out once, when the model is built, in arrays indexed
  by the word's number.
- The texts of a batch are split once (a large batch by Arrow, into its distinct tokens; a
  small one by ``str.split``). Each distinct raw token is looked up once and remembered as an
  id (its word's number and whether it is in capitals); the tokens not seen before are worked
  out all together with string methods mapped over them, not one by one, so that a first
  pass over new text is not much slower than a second.
- A batch is then one flat array of ids, so that a lexicon word with nothing around it that
  could change it keeps its lexicon valence without running any rule (most of them); only
  the others go through the rules one by one, each seeing the few words around it.
- The sums, ratios and rounding are done for all texts at once with numpy, in the
  reference's order of operations, so that every float comes out the same.

The lexicons and word lists are data files in ``discourse/data/sentiment/vader-3.3.2/``
(MIT, Copyright (c) 2016 C.J. Hutto).
"""

from __future__ import annotations

import heapq
import re
import string
import sys
from functools import lru_cache
from importlib import resources
from itertools import chain, count, repeat
from operator import itemgetter

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from .._datafiles import read_csv_rows
from .._errors import DataFileError

__all__ = ["VADER_VERSION", "Vader", "vader_model"]

VADER_VERSION = "3.3.2"
_FOLDER = f"sentiment/vader-{VADER_VERSION}"

# Empirical constants of the paper: ALL-CAPS emphasis, negation scalar (booster steps are
# in rules.csv).
C_INCR = 0.733
N_SCALAR = -0.74
ALPHA = 15  # normalisation: compound = s / sqrt(s^2 + ALPHA)
_PUNCT = string.punctuation
_CACHE_LIMIT = 200_000  # distinct raw tokens remembered; when full, the memo starts afresh
_COMPENSATED_SUM = sys.version_info >= (3, 12)  # the built-in sum of floats (see _per_text)
# From this many characters a batch is split by Arrow (see Vader._token_ids). Its cost per text
# and per call makes it no quicker than str.split on the 5,190 NYT snippets (540,000 characters)
# once their tokens are remembered; from 1,000,000 it is 1.3 times as quick, at 60,000 sentences twice.
_ARROW_CHARS = 1_000_000



def parse_lexicon(text: str, path: str) -> dict[str, float]:
    """Read a VADER lexicon: one ``term<TAB>mean[<TAB>...]`` per line.

    A term listed twice keeps its last value, as in the reference.

    Raises
    ------
    DataFileError
        Naming the line with no tab-separated mean, or a mean that is not a number.

    Examples
    --------
    >>> parse_lexicon("good\\t1.9\\t0.9\\t[2, 2]\\nbad\\t-2.5\\n", "lex.txt")
    {'good': 1.9, 'bad': -2.5}
    """
    lexicon = {}
    for line_no, line in enumerate(text.rstrip("\n").split("\n"), 1):
        if not line:
            continue
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise DataFileError(path, line_no, "mean", "no tab-separated mean after the term",
                                "write 'term<TAB>mean' on each line")
        try:
            lexicon[fields[0]] = float(fields[1])
        except ValueError:
            raise DataFileError(path, line_no, "mean", f"{fields[1]!r} is not a number",
                                "write the mean rating as a decimal number such as -1.5") from None
    return lexicon


def parse_emoji(text: str, path: str) -> dict[str, str]:
    """Read the emoji lexicon: one ``emoji<TAB>description`` per line.

    Examples
    --------
    >>> parse_emoji("\\U0001F600\\tgrinning face\\n", "emoji.txt")
    {'😀': 'grinning face'}
    """
    emoji = {}
    for line_no, line in enumerate(text.rstrip("\n").split("\n"), 1):
        fields = line.strip().split("\t")
        if len(fields) < 2:
            raise DataFileError(path, line_no, "description", "no tab-separated description",
                                "write 'emoji<TAB>description' on each line")
        emoji[fields[0]] = fields[1]
    return emoji


# Bits of a word's code: a lexicon word to score; a word that changes a lexicon word up to three
# tokens after it (negation, booster, "least", phrase word, any word with "n't"); "but"; a word
# that changes a lexicon word when it is that word or one of the two after it ("kind", phrase
# word); ALL CAPS (of a token, not a word); any lexicon word (boosters too); "no", which is no
# valence of its own before a lexicon word; a word the rules compare with (in phrases, "at
# least", "no ... or"). Only words with one of these bits are numbered; no rule looks at the
# others, which stand in as "".
SCORED, BEFORE, BUT, AFTER, UPPER, IN_LEXICON, NO, KNOWN = 1, 2, 4, 8, 16, 32, 64, 128
_KNOWN = ("at", "or", "nor", "of", "the", "to", "for")
# Word numbers: 0 is any word no rule looks at, 1 the token that separates the texts of a batch,
# 2 any word with "n't" that is not numbered itself (it negates; no other rule names it); the
# numbered words follow. A token's id is twice its word's number, plus 1 when the token is
# ALL CAPS and its word is numbered (the capitals of other tokens matter only for counting).
_OTHER, _SEP, _NT = 0, 1, 2
_SEP_TOKEN = "\x00"


def _lines_with(blob: str, needle: str) -> set[str]:
    """Return the lines of ``blob`` that contain ``needle``.

    Examples
    --------
    >>> sorted(_lines_with("don't\\nok\\nwon't", "n't"))
    ["don't", "won't"]
    """
    lines, at = set(), blob.find(needle)
    while at >= 0:
        end = blob.find("\n", at)
        end = len(blob) if end < 0 else end
        lines.add(blob[blob.rfind("\n", 0, at) + 1:end])
        at = blob.find(needle, end)
    return lines


def _caps(text: str) -> bool:
    """Whether ALL-CAPS words stand out in ``text``: some of its tokens are, not all.

    Examples
    --------
    >>> _caps("a GREAT day"), _caps("GREAT DAY"), _caps("a great day")
    (True, False, False)
    """
    tokens = text.split()
    capitals = sum(map(str.isupper, tokens))
    return 0 < capitals < len(tokens)


def _char_ranges(codes: list[int]) -> list[str]:
    """A regex character class body for sorted code points, runs written as ranges (``a-z``).

    A class of ranges is scanned quickly; a class of 1,400 single emoji outside the Basic
    Multilingual Plane is tested item by item at every character.

    Examples
    --------
    >>> _char_ranges([97, 98, 99, 120])
    ['a-c', 'x']
    """
    out, i = [], 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        first, last = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        out.append(first if i == j else f"{first}-{last}")
        i = j + 1
    return out


class Vader:
    """The VADER model: lexicons, word lists and the rules that combine them.

    Build it with :func:`vader_model` (cached); call :meth:`score` or :meth:`score_many`.

    Parameters
    ----------
    lexicon : dict
        Lower-case term (or emoticon) -> mean valence.
    emoji : dict
        Emoji -> its description in words, which is then scored like text.
    negations : frozenset
        Words that negate a lexicon word up to three words later.
    boosters : dict
        Word or two-word phrase -> increment (``+0.293``) or decrement (``-0.293``).
    special : dict
        Phrase -> valence replacing that of the lexicon word inside it ("bad ass").
    """

    def __init__(self, lexicon, emoji, negations, boosters, special):
        self.lexicon, self.emoji = lexicon, emoji
        self.negations, self.boosters, self.special = negations, boosters, special
        singles = sorted({ord(e) for e in emoji if len(e) == 1})
        self._emoji_re = re.compile("[" + "".join(_char_ranges(singles)) + "]")
        scored = frozenset(w for w in lexicon if w not in boosters)
        phrases = [p for p in [*special, *boosters] if " " in p]
        # Every phrase has a word other than these, so that word alone tells a phrase may be near.
        common = {"the", "to", "of", "for"}
        self._phrase_words = frozenset(w for p in phrases for w in p.split()) - common
        # Words that may change the valence of a lexicon word after them ("n't" words too) ...
        before = frozenset({*negations, *boosters, *self._phrase_words, "no", "least",
                            "never", "without", "doubt", "so", "this"})
        # ... and words that may change it when they are the word itself or follow it.
        after = frozenset({*self._phrase_words, "kind"})
        table = {}
        for bit, words in ((SCORED, scored), (BEFORE, before), (AFTER, after), (BUT, ("but",)),
                           (IN_LEXICON, lexicon), (NO, ("no",)), (KNOWN, _KNOWN)):
            for word in words:
                table[word] = table.get(word, 0) | bit
        for word in table:
            if "n't" in word:
                table[word] |= BEFORE
        # Everything the rules need of a word, once per word, in arrays indexed by its number.
        words = ["", "", "n't", *table]
        self._words = np.array(words, dtype=object)
        bits = np.array([0, 0, BEFORE, *table.values()], np.uint8)
        valences = np.array([lexicon[w] if table.get(w, 0) & SCORED else 0.0 for w in words])
        # ... and by token id (see _OTHER): the word's bits, with UPPER for odd ids.
        self._codes = np.column_stack((bits, bits | UPPER)).ravel()
        self._valences = np.repeat(valences, 2)
        self._base_numbers = {w: k for k, w in enumerate(words) if k > _NT}
        self._numbers = dict(self._base_numbers)  # word -> number; words with "n't" join it
        self._memo = {_SEP_TOKEN: 2 * _SEP}  # raw token -> id

    def clear_memo(self) -> None:
        """Forget the tokens seen so far (for benchmarks of a first pass)."""
        self._memo.clear()
        self._memo[_SEP_TOKEN] = 2 * _SEP
        if len(self._numbers) > len(self._base_numbers):
            self._numbers = dict(self._base_numbers)

    @staticmethod
    def lower(raw: str) -> str:
        """Return the word VADER looks up for a whitespace-separated token.

        Punctuation is stripped from both ends unless that leaves two characters or
        fewer (then the token is likely an emoticon such as ``:)`` and is kept whole).

        Examples
        --------
        >>> Vader.lower("GREAT!"), Vader.lower(":-)"), Vader.lower("(ok)")
        ('great', ':-)', '(ok)')
        """
        stripped = raw.strip(_PUNCT)
        return (raw if len(stripped) <= 2 else stripped).lower()  # same rule in _new_ids

    def replace_emoji(self, text: str) -> str:
        """Replace each emoji by its description, spaced off from the text before it.

        Examples
        --------
        >>> vader_model().replace_emoji("ok\\U0001F600\\U0001F600")
        'ok grinning face grinning face'
        """
        if text.isascii():
            return text

        def describe(match):
            at = match.start()
            space = "" if at == 0 or text[at - 1] == " " else " "
            return space + self.emoji[match.group()]

        return self._emoji_re.sub(describe, text)

    def score(self, text: str) -> tuple[float, float, float, float]:
        """Score one text: ``(neg, neu, pos, compound)``, rounded as the reference rounds them.

        Examples
        --------
        >>> vader_model().score("VADER is smart, handsome, and funny!")
        (0.0, 0.248, 0.752, 0.8439)
        """
        return tuple(float(column[0]) for column in self.score_many([text]))

    def score_many(self, texts) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Score many texts at once; see :meth:`score`.

        The texts are joined, split and looked up as one flat array of token ids. A lexicon
        word with no negation, booster, capitals or phrase word within three tokens keeps its
        lexicon valence; only the others go through the rules one by one, and the texts
        with "but" through its shift. The sums and ratios are then taken for all texts at
        once, in the reference's order of operations, so that every float is the same.

        Returns
        -------
        neg, neu, pos, compound : ndarray of float64
        """
        texts = [t if t.isascii() else self.replace_emoji(t) for t in texts]
        if not texts:
            return tuple(np.zeros(0) for _ in range(4))
        ids = self._token_ids(texts)
        seps = np.flatnonzero(ids == 2 * _SEP)
        starts, ends = np.concatenate(([0], seps + 1)), np.append(seps, len(ids))
        codes = self._codes[ids]
        hits = np.flatnonzero(codes & SCORED)
        owner = np.searchsorted(seps, hits)
        values = self._valences[ids[hits]]
        values = self._rules(texts, ids, codes, seps, hits, owner, starts, ends, values)
        return _summarise(texts, ends - starts, values, owner)

    # -- tokens ----------------------------------------------------------------------------

    def _token_ids(self, texts: list[str]) -> np.ndarray:
        """Return the ids of the tokens of all texts, with a separator id after each but the last.

        A large batch is split by Arrow, whose whitespace is Python's (every code point checked),
        and only its distinct tokens are looked up; a small one is split by Python.
        """
        if sum(map(len, texts)) >= _ARROW_CHARS:
            try:
                array = pa.array(texts, pa.large_string())
            except UnicodeEncodeError:  # a lone surrogate has no UTF-8: Python splits the batch
                pass
            else:
                return self._arrow_token_ids(array)
        return self._joined_token_ids(texts)

    def _arrow_token_ids(self, array: pa.LargeStringArray) -> np.ndarray:
        """Return the token ids of the texts in ``array`` (see :meth:`_token_ids`).

        The tokens are split and numbered by their distinct strings in Arrow, so that Python
        sees each distinct token once, not every token. Arrow's split yields an empty string
        for each extra whitespace run (``'  a  b '`` -> ``['', 'a', 'b', '']``), which
        ``str.split`` does not: those get id -1 and are dropped once the separators are in.
        The texts need no joining, so a text holding the separator character needs no care
        beyond its own id.
        """
        parts = pc.utf8_split_whitespace(array)
        encoded = pc.dictionary_encode(parts.flatten())
        distinct = self._distinct_ids(encoded.dictionary)
        ends = parts.offsets.to_numpy()[1:-1]  # where each text's tokens end, but the last's
        ids = np.insert(distinct[encoded.indices.to_numpy()], ends, 2 * _SEP)
        return ids[ids >= 0] if distinct.min(initial=0) < 0 else ids

    def _distinct_ids(self, distinct: pa.Array) -> np.ndarray:
        """Return the ids of the ``distinct`` tokens of a batch, -1 for the empty string.

        Examples
        --------
        >>> ids = vader_model()._distinct_ids(pa.array(["good", "", "\\x00", "GOOD"]))
        >>> ids[1:3].tolist(), int(ids[3] - ids[0])  # no token; any word; ALL CAPS is one more
        ([-1, 0], 1)
        """
        empty = pc.index(distinct, "").as_py()
        tokens = distinct.to_pylist()
        if empty >= 0:
            del tokens[empty]  # no token (see _arrow_token_ids): not looked up nor remembered
        ids = self._lookup(tokens)
        # The memo's id of the separator character is the separator's; in a text it is a token.
        ids[ids == 2 * _SEP] = self._new_ids([_SEP_TOKEN])[0]
        return np.insert(ids, empty, -1) if empty >= 0 else ids

    def _joined_token_ids(self, texts: list[str]) -> np.ndarray:
        """Return the token ids of a few texts (see :meth:`_token_ids`), joined and split by Python."""
        joined = f" {_SEP_TOKEN} ".join(texts)
        if joined.count(_SEP_TOKEN) == len(texts) - 1:
            return self._lookup(joined.split())
        # A text holds the separator character itself: split the texts one by one.
        splits = list(map(str.split, texts))
        ids = self._lookup(list(chain.from_iterable(splits)))
        ids[ids == 2 * _SEP] = self._new_ids([_SEP_TOKEN])[0]
        sizes = np.fromiter(map(len, splits), np.intp, len(splits))
        return np.insert(ids, np.cumsum(sizes)[:-1], 2 * _SEP)

    def _lookup(self, tokens: list[str]) -> np.ndarray:
        """Return the ids of ``tokens``, working out those of tokens not seen before at once.

        When some are new, one pass over the tokens finds the distinct ones and where each
        first occurs; the ids of the distinct tokens (remembered, or worked out) are then
        spread to all tokens with numpy.
        """
        memo = self._memo
        if len(memo) > 1 and len(tokens) > 1:
            try:  # itemgetter looks them all up in one call
                return np.fromiter(itemgetter(*tokens)(memo), np.intp, len(tokens))
            except KeyError:
                pass
        table = {}  # distinct token -> where it first occurs
        first = np.fromiter(map(table.setdefault, tokens, count()), np.intp, len(tokens))
        distinct = list(table)
        ids = np.fromiter(map(memo.get, distinct, repeat(-1)), np.intp, len(distinct))
        new = np.flatnonzero(ids < 0)
        if len(memo) + len(new) > _CACHE_LIMIT:  # the memo may fill up: start it afresh
            self.clear_memo()
            memo = self._memo
            ids = np.fromiter(map(memo.get, distinct, repeat(-1)), np.intp, len(distinct))
            new = np.flatnonzero(ids < 0)
        ids[new] = self._new_ids([distinct[k] for k in new.tolist()])
        spread = np.empty(len(tokens), np.intp)
        spread[np.fromiter(table.values(), np.intp, len(table))] = ids
        listed = ids.tolist()
        if len(memo) <= len(table):  # a small memo joins the table, which becomes the memo
            table.update(zip(distinct, listed))
            table.update(memo)
            if len(table) <= _CACHE_LIMIT:  # else remember none of them
                self._memo = table
        else:
            memo.update(zip([distinct[k] for k in new.tolist()], ids[new].tolist()))
        return spread[first]

    def _new_ids(self, tokens: list[str]) -> list[int]:
        """Work out the ids of ``tokens`` (see ``_OTHER``), all at once."""
        n = len(tokens)
        stripped = list(map(str.strip, tokens, repeat(_PUNCT)))
        lengths = np.fromiter(map(len, stripped), np.intp, n)
        for k in np.flatnonzero(lengths <= 2).tolist():
            stripped[k] = tokens[k]  # likely an emoticon such as ":)": kept whole (see lower)
        lows = list(map(str.lower, stripped))
        numbers = self._numbers
        blob = "\n".join(lows)  # tokens hold no line break
        if "n't" in blob:  # words with "n't" are numbered _NT from now on, unless numbered
            for word in _lines_with(blob, "n't"):
                numbers.setdefault(word, _NT)
        ids = np.fromiter(map(numbers.get, lows, repeat(_OTHER)), np.intp, n) * 2
        named = np.flatnonzero(ids).tolist()
        ids[named] += np.fromiter((tokens[k].isupper() for k in named), np.intp, len(named))
        return ids.tolist()

    # -- the rules -------------------------------------------------------------------------

    def _rules(self, texts, ids, codes, seps, hits, owner, starts, ends, values):
        """Return the valence of each lexicon hit, after the rules."""
        # The codes of the three tokens before each hit, the hit and the two after it (those
        # of the texts before and after too: a hit then is merely handled the slow way).
        padded = np.concatenate((np.zeros(3, np.uint8), codes, np.zeros(3, np.uint8)))
        near = ((padded[hits] | padded[hits + 1] | padded[hits + 2]) & BEFORE
                | (padded[hits + 3] | padded[hits + 4] | padded[hits + 5]) & AFTER)
        at_hits, following = padded[hits + 3], padded[hits + 4]
        slow = np.flatnonzero((near | (at_hits & UPPER) != 0)
                              | ((at_hits & NO != 0) & (following & IN_LEXICON != 0)))
        if len(slow):
            values[slow] = self._slow(texts, ids, hits[slow], owner[slow], starts, ends, seps)
        buts = np.flatnonzero(codes & BUT)
        if not len(buts):
            return values
        with_but, first = np.unique(np.searchsorted(seps, buts), return_index=True)
        a = np.searchsorted(owner, with_but, "left")
        b = np.searchsorted(owner, with_but, "right")
        keep = b > a
        if not keep.any():
            return values
        values, positions = values.tolist(), hits.tolist()
        for a, b, but_at in zip(a[keep].tolist(), b[keep].tolist(), buts[first][keep].tolist()):
            values[a:b] = _but_shift(positions[a:b], values[a:b], but_at)
        return np.array(values, dtype=np.float64)

    def _slow(self, texts, ids, at, owner, starts, ends, seps):
        """Apply the rules to the lexicon words at flat positions ``at`` (of texts ``owner``).

        Each sees the words from three before it to two after it, within its text.
        """
        lo = np.maximum(starts[owner], at - 3) - (at - 3)
        hi = np.minimum(ends[owner], at + 3) - (at - 3)
        padded = np.concatenate((np.zeros(3, ids.dtype), ids, np.zeros(3, ids.dtype)))
        window = padded[at[:, None] + np.arange(6)]  # positions at - 3 .. at + 2
        lows, uppers = self._words[window >> 1].tolist(), (window & 1).tolist()
        # Capitals matter only in texts with an ALL-CAPS lexicon word or booster.
        shouting = np.zeros(len(starts), bool)
        shouting[np.searchsorted(seps, np.flatnonzero(ids & 1))] = True
        caps = dict.fromkeys(owner[shouting[owner]].tolist())
        for t in caps:
            caps[t] = _caps(texts[t])
        out = []
        for row, up, a, b, t in zip(lows, uppers, lo.tolist(), hi.tolist(), owner.tolist()):
            row, i = row[a:b], 3 - a
            if row[i] == "kind" and i + 1 < b - a and row[i + 1] == "of":
                out.append(0.0)  # "kind of" dampens; "kind" is no praise here
            else:
                out.append(self._valence(row, up[a:b], i, caps.get(t, False)))
        return out

    def _valence(self, lows, uppers, i, caps):
        lexicon = self.lexicon
        n, low = len(lows), lows[i]
        p1 = lows[i - 1] if i > 0 else None
        p2 = lows[i - 2] if i > 1 else None
        p3 = lows[i - 3] if i > 2 else None
        valence = lexicon[low]
        if low == "no" and i + 1 < n and lows[i + 1] in lexicon:
            valence = 0.0  # "no" negates the next word instead of counting itself
        if p1 == "no" or p2 == "no" or (p3 == "no" and p1 in ("or", "nor")):
            valence = lexicon[low] * N_SCALAR
        if caps and uppers[i]:
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for back in (1, 2, 3):
            if i < back or lows[i - back] in lexicon:
                continue
            valence += self._boost(lows[i - back], uppers[i - back], valence, caps, back)
            valence = self._negate(valence, lows, i, back)
            if back == 3:
                valence = self._phrases(valence, lows, i, n)
        if p1 == "least" and "least" not in lexicon and (i == 1 or p2 not in ("at", "very")):
            valence *= N_SCALAR
        return valence

    def _boost(self, low, upper, valence, caps, back):
        boost = self.boosters.get(low)
        if boost is None:
            return 0.0
        scalar = -boost if valence < 0 else boost
        if caps and upper:
            scalar = scalar + C_INCR if valence > 0 else scalar - C_INCR
        if back == 2:
            scalar *= 0.95
        elif back == 3:
            scalar *= 0.9
        return scalar

    def _negates(self, low):
        return low in self.negations or "n't" in low

    def _negate(self, valence, lows, i, back):
        """Apply negation (or "never so"/"without doubt" emphasis) from ``back`` words before."""
        p1 = lows[i - 1]
        if back == 1:
            return valence * N_SCALAR if self._negates(p1) else valence
        p2 = lows[i - 2]
        if back == 2:
            if p2 == "never" and p1 in ("so", "this"):
                return valence * 1.25
            if p2 == "without" and p1 == "doubt":
                return valence
            return valence * N_SCALAR if self._negates(p2) else valence
        p3 = lows[i - 3]
        # As in the reference, "so"/"this" right before the word emphasises it even without "never".
        if (p3 == "never" and p2 in ("so", "this")) or p1 in ("so", "this"):
            return valence * 1.25
        if p3 == "without" and (p2 == "doubt" or p1 == "doubt"):
            return valence
        return valence * N_SCALAR if self._negates(p3) else valence

    def _phrases(self, valence, lows, i, n):
        if self._phrase_words.isdisjoint(lows[i - 3:i + 3]):
            return valence
        special, boosters = self.special, self.boosters
        w0, w1, w2, w3 = lows[i], lows[i - 1], lows[i - 2], lows[i - 3]
        two_one, three_two = f"{w2} {w1}", f"{w3} {w2}"
        for seq in (f"{w1} {w0}", f"{two_one} {w0}", two_one, f"{w3} {two_one}", three_two):
            if seq in special:
                valence = special[seq]
                break
        if n - 1 > i and f"{w0} {lows[i + 1]}" in special:
            valence = special[f"{w0} {lows[i + 1]}"]
        if n - 1 > i + 1 and f"{w0} {lows[i + 1]} {lows[i + 2]}" in special:
            valence = special[f"{w0} {lows[i + 1]} {lows[i + 2]}"]
        for gram in (f"{w3} {two_one}", three_two, two_one):
            if gram in boosters:
                valence = valence + boosters[gram]
        return valence


def _but_shift(positions, values, but_at):
    """Halve the valences before the first "but" and raise those after it by half.

    The reference finds each value's position with ``list.index``, so a value equal to an
    earlier one rescales that earlier position instead (and may rescale it twice). The same
    lookup is kept here, with a heap of positions per value instead of a scan (the scan makes
    a long text with "but" quadratic), so that scores stay identical.

    Examples
    --------
    >>> _but_shift([0, 2, 4], [1.0, 2.0, 1.0], 3)  # 2.0 halves to 1.0, which the last 1.0 finds
    [0.5, 0.5, 1.0]
    """
    if len(values) <= 32:  # short: the reference's own lookup is quick enough
        for k in range(len(values)):
            value = values[k]
            first = values.index(value)
            if positions[first] != but_at:
                values[first] = value * (0.5 if positions[first] < but_at else 1.5)
        return values
    where: dict[float, list[int]] = {}
    for k, value in enumerate(values):
        where.setdefault(value, []).append(k)  # ascending, so already a heap
    for k in range(len(values)):
        value = values[k]
        heap = where[value]
        while values[heap[0]] != value:  # positions whose value has changed since
            heapq.heappop(heap)
        first = heap[0]
        if positions[first] == but_at:
            continue
        values[first] = value * (0.5 if positions[first] < but_at else 1.5)
        heapq.heappush(where.setdefault(values[first], []), first)
    return values


def _round(x: np.ndarray, digits: int) -> np.ndarray:
    """Round as Python's ``round(x, digits)`` does, element by element, but vectorized.

    ``rint(x * 10**digits) / 10**digits`` is the correctly rounded result unless the
    product lies within a hair of a half; those few values are rounded by ``round``.

    Examples
    --------
    >>> _round(np.array([0.12345, 0.0625, -0.00049]), 3).tolist()
    [0.123, 0.062, -0.0]
    """
    scale = 10.0 ** digits
    scaled = x * scale
    out = np.rint(scaled) / scale
    for k in np.flatnonzero(np.abs(np.abs(scaled - np.trunc(scaled)) - 0.5) < 1e-6).tolist():
        out[k] = round(float(x[k]), digits)
    return out


def _per_text(owner, values, n_texts):
    """Sum valences per text: ``(total, positive, negative, n_nonzero)``.

    ``np.bincount`` adds the weights one by one in the order given, so each text's sums run
    left to right like the reference's loops. From Python 3.12 the built-in ``sum`` that the
    reference takes for ``total`` compensates its rounding errors, which changes nothing with
    one or two values; texts with three or more values then take the built-in ``sum`` too.

    Examples
    --------
    >>> [a.tolist() for a in _per_text(np.array([0, 0, 2]), np.array([1.5, -0.5, 2.0]), 3)]
    [[1.0, 0.0, 2.0], [2.5, 0.0, 3.0], [-1.5, 0.0, 0.0], [2.0, 0.0, 1.0]]
    """
    total = np.bincount(owner, weights=values, minlength=n_texts)
    pos_sum = np.bincount(owner, weights=np.where(values > 0, values + 1, 0.0), minlength=n_texts)
    neg_sum = np.bincount(owner, weights=np.where(values < 0, values - 1, 0.0), minlength=n_texts)
    nonzero = np.bincount(owner, weights=values != 0, minlength=n_texts)
    if _COMPENSATED_SUM:
        counts = np.bincount(owner, minlength=n_texts)
        many = np.flatnonzero(counts >= 3)
        bounds = np.concatenate(([0], np.cumsum(counts)))
        listed = values.tolist()
        total[many] = [sum(listed[a:b]) for a, b in zip(bounds[many].tolist(), bounds[many + 1].tolist())]
    return total, pos_sum, neg_sum, nonzero


def _summarise(texts, sizes, values, owner):
    """Turn the valences of the texts into ``neg, neu, pos, compound`` arrays."""
    n = len(texts)
    total, pos_sum, neg_sum, nonzero = _per_text(owner, values, n)
    marks = np.fromiter(map(str.count, texts, repeat("!")), np.float64, n)
    questions = np.fromiter(map(str.count, texts, repeat("?")), np.float64, n)
    emphasis = np.minimum(marks, 4) * 0.292 + np.where(
        questions > 1, np.where(questions <= 3, questions * 0.18, 0.96), 0.0)
    total = total + np.where(total > 0, emphasis, np.where(total < 0, -emphasis, 0.0))
    compound = np.clip(total / np.sqrt(total * total + ALPHA), -1.0, 1.0)
    neutral = sizes - nonzero
    mag = np.abs(neg_sum)
    pos_sum, neg_sum = (np.where(pos_sum > mag, pos_sum + emphasis, pos_sum),
                        np.where(pos_sum < mag, neg_sum - emphasis, neg_sum))
    denominator = np.where(sizes > 0, pos_sum + np.abs(neg_sum) + neutral, 1.0)
    neg = _round(np.abs(neg_sum / denominator), 3)
    neu = _round(np.abs(neutral / denominator), 3)
    pos = _round(np.abs(pos_sum / denominator), 3)
    return neg, neu, pos, _round(compound, 4)


def _read(name: str) -> tuple[str, str]:
    path = f"{_FOLDER}/{name}"
    return resources.files("discourse.data").joinpath(path).read_text("utf-8"), f"discourse/data/{path}"


@lru_cache(maxsize=1)
def vader_model() -> Vader:
    """Return the packaged VADER model (lexicons of vaderSentiment 3.3.2), built once.

    Examples
    --------
    >>> model = vader_model()
    >>> len(model.lexicon), model.lexicon["good"]
    (7506, 1.9)
    """
    lexicon = parse_lexicon(*_read("vader_lexicon.txt"))
    emoji = parse_emoji(*_read("emoji_utf8_lexicon.txt"))
    text, path = _read("rules.csv")
    rows = read_csv_rows(text, path, ("rule", "term"))
    negations = frozenset(r["term"] for r in rows if r["rule"] == "negation")
    boosters = {r["term"]: float(r["value"]) for r in rows if r["rule"] == "booster"}
    special = {r["term"]: float(r["value"]) for r in rows if r["rule"] == "special"}
    return Vader(lexicon, emoji, negations, boosters, special)
