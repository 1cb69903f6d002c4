"""VADER sentiment, rule for rule the reference ``vaderSentiment`` 3.3.2, but faster.

The rules are those of Hutto & Gilbert (2014) as the reference package applies them,
quirks included (see ``_but_shift``), so that every score equals the reference's. The
speed comes from three things. Each distinct raw token is looked up once and remembered
as a few bits (lexicon word, negation or booster, "but", capitals). A batch of texts is
handled as one flat array of those bits, so that a lexicon word with nothing around it that
could change it keeps its lexicon valence without running any rule (most of them), and
only the texts with other lexicon words go through the rules word by word. The sums,
ratios and rounding are then done for all texts at once with numpy, in the reference's
order of operations, so that every float comes out the same.

The lexicons and word lists are data files in ``discourse/data/sentiment/vader-3.3.2/``
(MIT, Copyright (c) 2016 C.J. Hutto).
"""

from __future__ import annotations

import heapq
import re
import string
from functools import lru_cache
from importlib import resources
from itertools import chain, repeat

import numpy as np

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
_CACHE_LIMIT = 200_000  # distinct raw tokens remembered; beyond it tokens are looked up each time



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


# Bits of a token's code: a lexicon word to score; a word that changes a lexicon word up to three
# tokens after it (negation, booster, "least", phrase word); "but"; a word that changes a
# lexicon word when it is that word or one of the two after it ("kind", phrase word); ALL CAPS;
# any lexicon word (boosters too); "no", which is no valence of its own before a lexicon word;
# a word the rules compare with (in phrases, "at least", "no ... or"). The lower-cased form of
# a token is remembered only when it has one of these bits besides capitals: no rule looks at
# the others, which stand in as "".
SCORED, BEFORE, BUT, AFTER, UPPER, IN_LEXICON, NO, KNOWN = 1, 2, 4, 8, 16, 32, 64, 128
_KNOWN = ("at", "or", "nor", "of", "the", "to", "for")


class _Codes(dict):
    """Raw token -> code bits, computed on first sight (memoized per token).

    Also fills ``vader._lows`` (raw token -> the lower-cased word VADER looks up) and
    ``vader._valences`` (raw token -> lexicon valence, for lexicon words).
    """

    def __init__(self, vader: Vader, table: dict[str, int]):
        super().__init__()
        self._table, self._lows, self._valences = table, vader._lows, vader._valences
        self._lexicon = vader.lexicon

    def __missing__(self, raw: str) -> int:
        stripped = raw.strip(_PUNCT)
        # Two characters or fewer left: likely an emoticon such as ":)", kept whole.
        low = (raw if len(stripped) <= 2 else stripped).lower()
        code = self._table.get(low, 0) | (UPPER if raw.isupper() else 0)
        if "n't" in low:
            code |= BEFORE
        if len(self) < _CACHE_LIMIT:
            self[raw] = code
            if code & ~UPPER:
                self._lows[raw] = low
            if code & SCORED:
                self._valences[raw] = self._lexicon[low]
        return code


class _Valences(dict):
    """Raw token -> lexicon valence of the word it stands for (memoized per token)."""

    def __init__(self, vader: Vader):
        super().__init__()
        self._vader = vader

    def __missing__(self, raw: str) -> float:
        valence = self._vader.lexicon[self._vader.lower(raw)]
        if len(self) < _CACHE_LIMIT:
            self[raw] = valence
        return valence


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
        singles = sorted((e for e in emoji if len(e) == 1), key=ord)
        self._emoji_re = re.compile("[" + "".join(re.escape(e) for e in singles) + "]")
        self._scored = frozenset(w for w in lexicon if w not in boosters)
        phrases = [p for p in [*special, *boosters] if " " in p]
        # Every phrase has a word other than these, so that word alone tells a phrase may be near.
        common = {"the", "to", "of", "for"}
        self._phrase_words = frozenset(w for p in phrases for w in p.split()) - common
        # Words that may change the valence of a lexicon word after them ("n't" words too) ...
        self._before = frozenset({*negations, *boosters, *self._phrase_words, "no", "least",
                                  "never", "without", "doubt", "so", "this"})
        # ... and words that may change it when they are the word itself or follow it.
        self._after = frozenset({*self._phrase_words, "kind"})
        table = {}
        for bit, words in ((SCORED, self._scored), (BEFORE, self._before), (AFTER, self._after),
                           (BUT, ("but",)), (IN_LEXICON, lexicon), (NO, ("no",)),
                           (KNOWN, _KNOWN)):
            for word in words:
                table[word] = table.get(word, 0) | bit
        self._lows, self._valences = {}, _Valences(self)
        self._codes = _Codes(self, table)

    def clear_memo(self) -> None:
        """Forget the tokens seen so far (for benchmarks of a first pass)."""
        self._codes.clear()
        self._lows.clear()
        self._valences.clear()

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
        return (raw if len(stripped) <= 2 else stripped).lower()  # same rule in _Codes

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

        The texts are split and looked up as one flat list of tokens. A lexicon word with
        no negation, booster, capitals or phrase word within three tokens keeps its lexicon
        valence; only texts holding other lexicon words (or "but") go through the rules one
        by one. The sums and ratios are then taken for all texts at once, in the
        reference's order of operations, so that every float is the same.

        Returns
        -------
        neg, neu, pos, compound : ndarray of float64
        """
        texts = [t if t.isascii() else self.replace_emoji(t) for t in texts]
        splits = list(map(str.split, texts))
        sizes = np.fromiter(map(len, splits), np.int64, len(splits))
        ends = np.cumsum(sizes)
        flat = list(chain.from_iterable(splits))
        codes = np.fromiter(map(self._codes.__getitem__, flat), np.uint8, len(flat))
        hits = np.flatnonzero(codes & SCORED)
        owner = np.searchsorted(ends, hits, side="right")
        values = self._values(texts, flat, codes, hits, owner, ends - sizes, ends)
        return _summarise(texts, sizes, values, owner)

    # -- the rules -------------------------------------------------------------------------

    def _values(self, texts, flat, codes, hits, owner, starts, ends):
        """Return the valence of each lexicon hit, after the rules."""
        hit_list = hits.tolist()
        raws = [flat[j] for j in hit_list]
        values = np.fromiter(map(self._valences.__getitem__, raws), np.float64, len(raws))
        before = np.concatenate(([0], np.cumsum((codes & BEFORE) != 0)))
        after = np.concatenate(([0], np.cumsum((codes & AFTER) != 0)))
        following = np.append(codes, 0)[hits + 1]  # may be the next text's: then merely slower
        slow = ((before[hits] - before[np.maximum(hits - 3, 0)] > 0)
                | (after[np.minimum(hits + 3, len(flat))] - after[hits] > 0)
                | (codes[hits] & UPPER != 0) | ((codes[hits] & NO != 0) & (following & IN_LEXICON != 0)))
        buts = np.flatnonzero(codes & BUT)
        need = np.zeros(len(ends), bool)
        need[np.searchsorted(ends, buts, "right")] = True
        redo = np.zeros(len(ends), bool)
        redo[owner] = need[owner]  # texts with "but" and a lexicon word
        redo[owner[slow]] = True
        redo = np.flatnonzero(redo)
        if not len(redo):
            return values
        first = np.searchsorted(owner, redo, "left").tolist()
        last = np.searchsorted(owner, redo, "right").tolist()
        upper = np.concatenate(([0], np.cumsum(codes & UPPER != 0)))
        n_upper = (upper[ends[redo]] - upper[starts[redo]]).tolist()
        starts, ends, redo = starts[redo].tolist(), ends[redo].tolist(), None
        values, slow = values.tolist(), slow.tolist()
        for start, end, a, b, capitals in zip(starts, ends, first, last, n_upper):
            caps = 0 < capitals < end - start  # ALL CAPS stands out only beside other words
            values[a:b] = self._text(flat[start:end], [j - start for j in hit_list[a:b]],
                                     values[a:b], slow[a:b], caps)
        return np.array(values, dtype=np.float64)

    def _text(self, words, hits, values, slow, caps):
        """Apply the rules to the lexicon words at positions ``hits`` of one text.

        ``values`` holds their lexicon valences, which stand unless ``slow`` is true.
        """
        lows = list(map(self._lows.get, words, repeat("")))
        if len(self._codes) >= _CACHE_LIMIT:  # tokens beyond the memo are not in it
            lows = [low or ("" if w in self._codes else self.lower(w)) for low, w in zip(lows, words)]
        n = len(words)
        for k, i in enumerate(hits):
            if not slow[k]:
                continue
            if lows[i] == "kind" and i + 1 < n and lows[i + 1] == "of":
                values[k] = 0.0  # "kind of" dampens; "kind" is no praise here
            else:
                values[k] = self._valence(lows, words, i, caps)
        if "but" in lows:
            _but_shift(hits, values, lows.index("but"))
        return values

    def _valence(self, lows, words, i, caps):
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
        if caps and words[i].isupper():
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for back in (1, 2, 3):
            if i < back or lows[i - back] in lexicon:
                continue
            valence += self._boost(lows[i - back], words[i - back], valence, caps, back)
            valence = self._negate(valence, lows, i, back)
            if back == 3:
                valence = self._phrases(valence, lows, i, n)
        if p1 == "least" and "least" not in lexicon and (i == 1 or p2 not in ("at", "very")):
            valence *= N_SCALAR
        return valence

    def _boost(self, low, word, valence, caps, back):
        boost = self.boosters.get(low)
        if boost is None:
            return 0.0
        scalar = -boost if valence < 0 else boost
        if caps and word.isupper():
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
    """
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
    """Sum valences per text in text order: ``(total, positive, negative, n_nonzero)``.

    Sums run left to right like the reference's loops; texts with three or more values take
    the built-in ``sum`` for ``total``, as the reference does (Python 3.12 compensates it).
    """
    total, pos_sum, neg_sum = np.zeros(n_texts), np.zeros(n_texts), np.zeros(n_texts)
    rank = np.arange(len(owner)) - np.searchsorted(owner, owner, "left")
    order = np.argsort(rank, kind="stable")
    bounds = np.searchsorted(rank[order], np.arange(rank.max(initial=-1) + 2), "left")
    positive, negative = np.where(values > 0, values + 1, 0.0), np.where(values < 0, values - 1, 0.0)
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        at, texts = order[a:b], owner[order[a:b]]
        total[texts] += values[at]
        pos_sum[texts] += positive[at]
        neg_sum[texts] += negative[at]
    nonzero = np.bincount(owner, weights=values != 0, minlength=n_texts)
    counts = np.bincount(owner, minlength=n_texts)
    for t in np.flatnonzero(counts >= 3).tolist():
        a, b = np.searchsorted(owner, [t, t + 1])
        total[t] = sum(values[a:b].tolist())
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
