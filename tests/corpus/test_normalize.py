"""Decoding and normalization of real text in many encodings."""

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from discourse import InputError
from discourse.corpus._normalize import decode, normalize_text
from tests.conftest import SEED

SEED_TEXT = SEED.read_text("utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings_round_trip(encoding):
    assert decode(SEED_TEXT.encode(encoding))[0] == SEED_TEXT


def test_latin1_text():
    text = "Déclaration du ministère des Affaires étrangères à Genève, où l'on a noté ceci. " * 40
    assert decode(text.encode("latin-1"))[0] == text


def test_binary_raises_named_error():
    with pytest.raises(InputError, match="page.pdf: this looks like a binary file"):
        decode(b"%PDF-1.7\n" + bytes(range(256)), "page.pdf")


def test_normalize_is_nfc_and_keeps_curly_quotes():
    text = normalize_text("“Beijing\u2019s\u00a0position” \u2014 Cafe\u0301\u200b")
    assert text == "“Beijing’s position” — Café"
    assert unicodedata.is_normalized("NFC", text)


def test_double_mojibake_is_repaired():
    twice = "Kazakhstan’s".encode("utf-8").decode("cp1252").encode("utf-8").decode("cp1252")
    assert normalize_text(twice) == "Kazakhstan’s"


def test_lone_surrogates_and_nul_are_removed():
    assert normalize_text("a\x00b") == "ab"
    assert "\ud800" not in normalize_text("a\ud800b".encode("utf-8", "surrogatepass").decode("utf-8", "replace"))


@given(st.text(max_size=300))
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


_TRICKY = "aA e\u0301Ã©Â€™â€œ\u00a0\u200b\u2028\x01\x81\x9c\ufffd\r\n\t  "


@settings(max_examples=500)
@given(st.text(alphabet=_TRICKY, max_size=16) | st.text(max_size=40))
def test_normalize_stops_at_the_fixed_point(text):
    """The confirming pass is skipped when no mojibake pair is left: the result is still the fixed
    point of repeated passes."""
    from discourse.corpus._normalize import _normalize_once

    fixed = text
    for _ in range(3):
        fixed, before = _normalize_once(fixed), fixed
        if fixed == before:
            break
    assert normalize_text(text) == fixed


def _odd_characters():
    from discourse.corpus._normalize import _ODD_CHAR

    return [c for c in map(chr, range(0x110000)) if _ODD_CHAR.match(c)]


def test_every_odd_character_by_its_class():
    """Each character the scan finds is replaced by what its class says: a line break, a plain
    space, or nothing (checked one by one for all 2,137 of them, between two letters)."""
    from discourse.corpus._normalize import _C1_CONTROL, _LINE_BREAKS, _ODD_SPACES

    odd = _odd_characters()
    assert len(odd) > 2000
    for char in odd:
        want = "x\ny" if _LINE_BREAKS.match(char) else "x y" if _ODD_SPACES.match(char) else "xy"
        assert normalize_text(f"x{char}y") == want, hex(ord(char))
    assert not any(_C1_CONTROL.match(c) and not _LINE_BREAKS.match(c) for c in normalize_text("".join(odd)))
    assert normalize_text("a\r\nb\rc\r\x00\nd") == "a\nb\nc\n\nd"


def _by_patterns(text):
    """The repair as one regular expression pass per class (the reference for the plain replaces)."""
    from discourse.corpus import _normalize as n

    text = n._LINE_BREAKS.sub("\n", text.replace("\r\n", "\n"))
    return n._INVISIBLE.sub("", n._CONTROL.sub("", text)).replace("\ufffd", "")


@settings(max_examples=300)
@given(st.text(alphabet=_TRICKY + "\x85\x7f\u2029\u3000\ufeff\u00ad\x0b", max_size=30))
def test_plain_replaces_equal_the_patterns(text):
    from discourse.corpus._normalize import _ODD_CHAR, _drop_invisible

    assert _drop_invisible(text, set(_ODD_CHAR.findall(text))) == _by_patterns(text)
