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
