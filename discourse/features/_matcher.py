"""Find lexicon patterns in text: one Aho-Corasick pass, longest match first, negation flagged."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple
from functools import lru_cache
from importlib import resources

import ahocorasick

from .._fold import fold, is_cjk
from ._lexicon import Lexicon

__all__ = ["Hit", "Matcher", "matcher"]

_NEGATION_WINDOW = 3  # words before a match that can negate it


class Hit(NamedTuple):
    """A pattern found in a text: offsets, the entry's frame and pattern, and negation."""

    start: int
    end: int
    frame: str
    pattern: str
    negated: bool


@lru_cache(maxsize=1)
def _negators() -> tuple[frozenset, tuple[tuple[str, ...], ...]]:
    text = resources.files("discourse.data").joinpath("lexicons/negation-1.0.txt").read_text("utf-8")
    words = [ln.strip().lower() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    single = frozenset(w for w in words if " " not in w)
    multi = tuple(tuple(w.split()) for w in words if " " in w)
    return single, multi


class Matcher:
    """A lexicon compiled for matching.

    Every pattern is folded like the text (see :func:`discourse._fold.fold`), so
    matching ignores case (and Traditional vs Simplified characters), quote marks, apostrophes
    of every kind (``' ’ ‘ ʼ ′ ` ´``: "China’s rise" and "Chinaʼs rise" match ``china's rise``),
    dashes and hyphens. Where
    matches overlap, the longest wins, then the leftmost; a word-final ``*`` extends to the
    end of the word; a standalone ``*`` stands for one word. A match is ``negated`` when one of the
    negators in ``data/lexicons/negation-1.0.txt`` stands within three words before
    it in the same sentence ("not a zero-sum game", "no new era"). A pattern in Han characters
    matches wherever its characters stand in a row (Chinese has no spaces between words), and
    is never negated (the negators are English).

    Examples
    --------
    >>> from discourse.features._lexicon import Entry, Lexicon
    >>> lex = Lexicon("demo", "1", (Entry("zero_sum", "zero-sum"), Entry("era", "new era"),
    ...                             Entry("hegemony", "hegemon*")))
    >>> [(h.frame, h.negated) for h in Matcher(lex).find("It is not a Zero–sum game. A new era of hegemonic rule.")]
    [('zero_sum', True), ('era', False), ('hegemony', False)]
    >>> zh = Lexicon("demo", "1", (Entry("win_win", "共赢"), Entry("mutual_benefit", "互利")))
    >>> [(h.start, h.end, h.frame) for h in Matcher(zh).find("推动互利共贏")]
    [(2, 4, 'mutual_benefit'), (4, 6, 'win_win')]
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._automaton = ahocorasick.Automaton()
        self._gapped: list[tuple[re.Pattern, str, str, str]] = []
        entries: dict[str, list] = {}
        for e in lexicon.entries:
            words = e.pattern.split()
            if "*" in words or any(w.endswith("*") for w in words[:-1]):  # "взаимн* довери*" too
                self._gapped.append((_gap_regex(words), _gap_lead(words), e.frame, e.pattern))
                continue
            if is_cjk(e.pattern):  # Chinese has no spaces: a run of Han characters matches anywhere
                entries.setdefault("".join(fold(e.pattern.replace("*", "")).split()), []).append(
                    (e.frame, e.pattern, False))
                continue
            prefix = e.pattern.endswith("*")
            key = " " + " ".join(fold(e.pattern.rstrip("*")).split())
            entries.setdefault(key, []).append((e.frame, e.pattern, prefix))
        prefixes = {key for key, values in entries.items() if any(p for _, _, p in values)}
        for key, values in entries.items():
            if not key.startswith(" "):
                self._automaton.add_word(key, (len(key), tuple(values), False, True))
                continue
            # Where this key ends inside a word it is no match, but it may hide one: a key inside it
            # (it has several words) or a prefix pattern that is a prefix of it ("new*" in "newly").
            hides = " " in key[1:] or any(key[:j] in prefixes for j in range(2, len(key)))
            self._automaton.add_word(key, (len(key) - 1, tuple(values), hides, False))
        if entries:
            self._automaton.make_automaton()
        self._empty = not entries
        self._longest = max(map(len, entries), default=0)

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Return the hits in a text, in order, without overlaps."""
        padded = " " + (folded if folded is not None else fold(text)) + " "
        found = []
        if not self._empty:
            # iter_long: at each position the longest key, then on past its end (no overlaps)
            append, repaired = found.append, False
            for end, (length, values, hides, anywhere) in self._automaton.iter_long(padded):
                if anywhere or padded[end + 1] == " ":  # the usual case: the key ends on a word boundary
                    frame, pattern, _ = values[0]
                    append((end - length, end, frame, pattern))
                    continue
                for frame, pattern, prefix in values:
                    if prefix:
                        append((end - length, padded.find(" ", end + 1) - 1, frame, pattern))
                        break
                else:
                    if hides:  # the longest key ends inside a word ("new era" in "new eras") and may
                        found += self._hidden(padded, end - length, end)  # hide other keys ("new")
                        repaired = True
            if repaired:  # a key found inside may run on past the end of the one that hid it
                kept, last_end = [], -1
                for hit in found:
                    if hit[0] >= last_end:
                        kept.append(hit)
                        last_end = hit[1]
                found = kept
        if self._gapped:
            for regex, lead, frame, pattern in self._gapped:
                if lead not in padded:  # the Russian patterns in an English text: no scan
                    continue
                found.extend((m.start() - 1, m.end() - 1, frame, pattern) for m in regex.finditer(padded))
            found.sort(key=lambda h: (h[0], h[0] - h[1]))
            kept, last_end = [], -1
            for hit in found:  # gapped matches may overlap the automaton's: longest, then leftmost
                if hit[0] >= last_end:
                    kept.append(hit)
                    last_end = hit[1]
            found = kept
        if not found:
            return []
        negators = _negator_positions(padded)
        if not negators:
            return [Hit(start, stop, frame, pattern, False) for start, stop, frame, pattern in found]
        hits, j, last = [], 0, len(negators)
        for start, stop, frame, pattern in found:  # hits and negators both in order: one merge pass
            while j < last and negators[j] <= start:
                j += 1
            near = j and start - negators[j - 1] <= 48 and not is_cjk(text[start])  # three words are rarely longer
            hits.append(Hit(start, stop, frame, pattern, bool(near) and _negated(text, padded, start, negators)))
        return hits

    def _hidden(self, padded: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
        """The keys that start inside ``padded[start:end + 1]`` (a key that is no match there) and
        are matches, leftmost then longest, without overlaps."""
        candidates = []
        for stop, (length, values, _, anywhere) in self._automaton.iter(padded, start, end + 1 + self._longest):
            if stop - length > end:
                continue  # starts after: the main pass finds it
            if anywhere or padded[stop + 1] == " ":
                frame, pattern, _ = values[0]
                candidates.append((stop - length, stop, -length, frame, pattern))
                continue
            for frame, pattern, prefix in values:
                if prefix:
                    candidates.append((stop - length, padded.find(" ", stop + 1) - 1, -length, frame, pattern))
                    break
        candidates.sort(key=lambda h: (h[0], -h[1], h[2]))
        kept, last_end = [], -1
        for first, last, _, frame, pattern in candidates:
            if first >= last_end:
                kept.append((first, last, frame, pattern))
                last_end = last
        return kept


def _gap_body(word: str) -> str:
    return " ".join(fold(word.rstrip("*")).split())


def _gap_lead(words: list[str]) -> str:
    """The text every match of ``_gap_regex(words)`` starts with in the padded text (a space and
    its first word's letters), or "" when it opens with a gap.

    Examples
    --------
    >>> _gap_lead(["interference", "in", "*", "internal", "affairs"]), _gap_lead(["*", "era"])
    (' interference', '')
    """
    body = _gap_body(words[0]) if words[0] != "*" else ""
    return " " + body if body else ""


def _gap_regex(words: list[str]) -> re.Pattern:
    parts = []
    for w in words:
        if w == "*":
            parts.append(r"\w+(?: s)?")  # one word; a possessive folds to "china s"
        else:
            body = _gap_body(w)
            if body or w.endswith("*"):  # a word that folds to nothing ("-") matches nothing more
                parts.append(re.escape(body) + (r"\w*" if w.endswith("*") else ""))
    return re.compile(r"(?<= )" + " ".join(parts) + r"(?= )")


@lru_cache(maxsize=1)
def _negator_automaton() -> ahocorasick.Automaton:
    """Every negator as `` word `` (and "n t ", a contraction: "isn't" folds to "isn t")."""
    single, multi = _negators()
    automaton = ahocorasick.Automaton()
    for key in [" " + w + " " for w in sorted(single | {" ".join(m) for m in multi})] + ["n t "]:
        automaton.add_word(key, len(key))
    automaton.make_automaton()
    return automaton


def _negator_positions(padded: str) -> list[int]:
    """End offsets (in the text) of every negator in a folded, padded text, in order.

    One Aho-Corasick pass: a key ending at ``end`` of the padded text (its last character
    a space) ends at ``end - 1`` in the text.
    """
    return sorted(end - 1 for end, _ in _negator_automaton().iter(padded))


def _negated(text: str, padded: str, start: int, negators: list[int]) -> bool:
    """Whether a negator ends within three words before ``start``, in the same sentence."""
    i = bisect_right(negators, start) - 1
    if i < 0 or start - negators[i] > 48:  # three words are rarely longer; most hits stop here
        return False
    window_start = start  # back over three words of the padded text (text offset + 1)
    for _ in range(_NEGATION_WINDOW):
        window_start = padded.rfind(" ", 0, padded.rfind(" ", 0, window_start + 1)) if window_start > 0 else 0
        if window_start <= 0:
            break
    window_start = max(window_start, 0)
    if negators[i] < window_start:
        return False
    between = text[negators[i]:start]
    return not any(c in between for c in ".!?;\n")


@lru_cache(maxsize=16)
def matcher(lexicon: Lexicon) -> Matcher:
    """Return a (cached) compiled matcher for a lexicon."""
    return Matcher(lexicon)
