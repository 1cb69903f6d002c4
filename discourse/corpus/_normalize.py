"""Turn raw bytes and strings into clean, NFC-normalized text."""

from __future__ import annotations

import codecs
import functools
import math
import re
import unicodedata
from collections import Counter

import ftfy

from .._errors import InputError

__all__ = [
    "CANDIDATES",
    "ENCODINGS",
    "decode",
    "detect",
    "looks_binary",
    "normalize_paragraphs",
    "normalize_text",
    "plausibility",
    "unwrap_lines",
]

# Every Unicode space that is not a plain space or a line break becomes a plain space;
# zero-width characters and soft hyphens are dropped.
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\x0b\x0c]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\ud800-\udfff]")  # and lone surrogates
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_C1_CONTROL = re.compile("[\x80-\x9f]")  # kept until ftfy has used them to undo mojibake
_SPACES = re.compile(" {2,}")
# UTF-8 read as cp1252 or Latin-1 leaves a lead byte (Â..ô) before a continuation byte shown as
# U+0080-U+00BF or one of cp1252's specials; only text with such a pair is handed to ftfy (slow).
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]")
_LINE_BREAKS = re.compile("[\r\u2028\u2029\x85]")  # after "\r\n" became "\n"
# Any character one of the patterns above removes or replaces: most texts have none, and one
# scan for them is cheaper than a pass of each pattern.
_ODD_CHAR = re.compile("[\ufffd" + "".join(p.pattern[1:-1] for p in (
    _LINE_BREAKS, _CONTROL, _C1_CONTROL, _ODD_SPACES, _INVISIBLE)) + "]")
# Odd characters handled after the mojibake repair: C1 controls (but U+0085, a line break) and
# odd spaces.
_LATER = frozenset(c for c in map(chr, range(0x3001)) if (_C1_CONTROL.match(c) or _ODD_SPACES.match(c))
                   and not _LINE_BREAKS.match(c))
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=True,
    fix_character_width=False, normalization=None, explain=False,
)


def looks_binary(data: bytes) -> bool:
    """Tell whether bytes look like a binary file rather than text.

    UTF-16 without a BOM has many NUL or other control bytes too (Cyrillic
    letters in UTF-16 carry a 0x04 byte each), so it is tried first.

    Examples
    --------
    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
    >>> looks_binary("Astana (TDI): text".encode("utf-16-le"))
    False
    >>> looks_binary("Москва, Кремль".encode("utf-16-le"))
    False
    >>> looks_binary(b"Plain text with one stray NUL" + bytes(1) + b" byte.")
    False
    """
    head = data[:8192]
    if head.startswith(_MAGIC):
        return True
    if not head or _utf16_guess(head):
        return False
    return _control_share(head) > 0.05 and _utf16_by_text(head) is None


_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\xd0\xcf\x11\xe0",
          b"\x1f\x8b", b"\xfd7zXZ", b"BZh", b"MZ\x90")
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_share(head: bytes) -> float:
    return (len(head) - len(head.translate(None, _CONTROL_BYTES))) / max(len(head), 1)


def _utf16_guess(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _utf16_by_text(head: bytes) -> str | None:
    """Return the UTF-16 byte order under which the bytes read as text (90% letters, digits, punctuation)."""
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = head[:len(head) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if sum(n for c, n in Counter(text).items() if _is_text(_char_class(c))) >= 0.9 * len(text):
            return codec
    return None


#: What :func:`detect` can report: the codec names, all accepted by :func:`codecs.lookup`.
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "cp1251",
             "koi8_r", "gb18030", "big5", "cp950", "shift_jis", "cp932")

#: Encodings weighed against each other when the bytes are neither UTF-8 nor UTF-16 by their
#: BOM or NUL bytes, with the log prior odds of each (how often it is met, before the bytes).
#: "utf-8" here is UTF-8 whose few invalid bytes are read as cp1252 (a UTF-8 file with a pasted
#: Windows snippet); it pays an extra cost for each such byte.
CANDIDATES = {"cp1252": 0.0, "utf-8": 0.0, "cp1251": -0.5, "gb18030": -0.5, "big5": -1.0,
              "shift_jis": -1.0, "koi8_r": -2.0, "utf-16-le": -3.0, "utf-16-be": -3.0}
# The Windows supersets of big5 and shift_jis, tried when their base codec meets undefined bytes.
_SUPERSETS = {"big5": "cp950", "shift_jis": "cp932"}
# The language models a legacy encoding's reading is scored under (its users' languages); the
# Unicode encodings are scored under all of them.
_WRITES = {"cp1252": ("latin",), "cp1251": ("cyrillic",), "koi8_r": ("cyrillic",), "gb18030": ("chinese",),
           "big5": ("chinese",), "cp950": ("chinese",), "shift_jis": ("japanese",), "cp932": ("japanese",)}
_SAMPLES = (2048, 16384, 65536)  # bytes looked at: more only while the best guess is unsure
_TEMPERATURE = 3.0  # scores are summed as if characters were independent, so they are overconfident
_ERROR_COST, _INVALID_UTF8_COST = -15.0, -6.0


def detect(data: bytes, path=None) -> tuple[str, str, float]:
    """Decode bytes, and say which encoding was used and how sure that is.

    A BOM decides (UTF-8, UTF-16, UTF-32), then UTF-16's pattern of NUL bytes,
    then strict UTF-8. Anything else is decoded with each of :data:`CANDIDATES`,
    and each reading is scored as text: how probable its characters are in
    Western European, Russian, Chinese or Japanese prose (letter frequencies;
    common and rare Han characters as the GB2312, Big5 and JIS standards rank
    them), minus costs for undecodable bytes, a lower-case letter followed by
    an upper-case one and Latin next to Cyrillic inside a word. The first 2 kB
    are scored, then 16 kB and 64 kB while the best reading is unsure.

    Parameters
    ----------
    data : bytes
    path : str, optional
        Named in the error raised for a binary file.

    Returns
    -------
    text : str
        The whole of ``data`` decoded. Undecodable bytes become U+FFFD, except
        in a UTF-8 file with a few invalid bytes, where those are read as cp1252.
    encoding : str
        One of :data:`ENCODINGS`. ASCII is reported as "utf-8", which reads it
        identically and also reads the rest of a file whose head was ASCII.
    confidence : float
        1.0 for a BOM, UTF-16 NUL bytes and valid UTF-8 (ASCII included).
        Otherwise the share of the readings' probability that the chosen one
        holds: low for a few ambiguous bytes, near 1 from about 20 bytes of
        Cyrillic or CJK text on (see docs/validation/encodings.md).

    Raises
    ------
    InputError
        When the bytes look like a binary file.

    See Also
    --------
    decode : The same without the confidence.

    Examples
    --------
    >>> text, encoding, confidence = detect("Президент России".encode("koi8_r"))
    >>> text, encoding, round(confidence, 3)
    ('Президент России', 'koi8_r', 1.0)
    >>> detect("政府工作报告".encode("gb18030"))[:2]
    ('政府工作报告', 'gb18030')
    >>> text, encoding, confidence = detect("Café".encode("cp1252"))  # one byte decides
    >>> text, encoding, confidence < 0.9
    ('Café', 'cp1252', True)
    >>> detect(b"plain ASCII")
    ('plain ASCII', 'utf-8', 1.0)
    """
    if looks_binary(data):
        raise InputError(path, None, None, "this looks like a binary file, not text",
                         "pass a text, HTML, CSV, JSONL or Parquet file")
    known = _by_bom_or_nul(data)
    if known:
        return data.decode(known, errors="replace").lstrip("\ufeff"), known, 1.0
    if _control_share(data[:8192]) <= 0.05:
        try:
            return data.decode("utf-8"), "utf-8", 1.0
        except UnicodeDecodeError:
            pass
    encoding, confidence = _best_reading(data)
    return _decode_with(data, encoding, final=True)[0], encoding, confidence


def _by_bom_or_nul(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    return _utf16_guess(data[:8192])


def _best_reading(data: bytes) -> tuple[str, float]:
    """Return the encoding whose reading scores best, and its share of the readings' probability."""
    for size in _SAMPLES:
        scores = _score_readings(data[:size], final=size >= len(data))
        best = max(scores, key=scores.get)
        confidence = 1 / sum(math.exp((s - scores[best]) / _TEMPERATURE) for s in scores.values())
        if confidence >= 0.99 or size >= len(data):
            break
    return best, confidence


def _score_readings(sample: bytes, final: bool) -> dict[str, float]:
    scores = {}
    for codec, prior in CANDIDATES.items():
        text, errors = _decode_with(sample, codec, final)
        if errors and codec in _SUPERSETS:
            wider, wider_errors = _decode_with(sample, _SUPERSETS[codec], final)
            if wider_errors < errors:
                codec, text, errors = _SUPERSETS[codec], wider, wider_errors
        cost = _INVALID_UTF8_COST if codec == "utf-8" else _ERROR_COST
        scores[codec] = prior + plausibility(text, _WRITES.get(codec)) + cost * errors
    return scores


def _decode_with(data: bytes, codec: str, final: bool) -> tuple[str, int]:
    """Decode, counting undecodable bytes; a cut multi-byte character at the end of a sample is no error.

    For "utf-8", invalid bytes are read as cp1252 (Latin-1 where cp1252 has no character).
    """
    if codec != "utf-8":
        text = codecs.getincrementaldecoder(codec)(errors="replace").decode(data, final)
        return text, text.count("\ufffd")
    text = codecs.getincrementaldecoder(codec)(errors="surrogateescape").decode(data, final)
    if text.isascii():
        return text, 0
    return text.translate(_ESCAPED_AS_CP1252), len(_ESCAPED.findall(text))


_ESCAPED = re.compile("[\udc80-\udcff]")
_ESCAPED_AS_CP1252 = {0xDC00 + b: bytes([b]).decode("cp1252", "replace").replace("\ufffd", chr(b))
                      for b in range(128, 256)}


def plausibility(text: str, languages=None) -> float:
    """Score how probable a string is as prose, as a log-probability (higher is more probable).

    The characters are scored under a Western European ("latin"), a Russian
    ("cyrillic"), a Chinese and a Japanese model of which characters occur, and
    the best of these is kept; ASCII costs the same in all four. Costs are added for a lower-case
    letter followed by an upper-case one, for Latin next to Cyrillic, and for
    two accented Latin letters in a row (all three are rare in real text and
    common in text decoded with the wrong table).

    Parameters
    ----------
    text : str
    languages : tuple of str, optional
        The models to try, from "latin", "cyrillic", "chinese" and "japanese"
        (default: all four).

    Returns
    -------
    float

    Examples
    --------
    >>> plausibility("Москва") > plausibility("мНЯЙБЮ")  # cp1251 bytes read as KOI8-R
    True
    >>> plausibility("Москва") > plausibility("Ìîñêâà")  # cp1251 bytes read as cp1252
    True
    >>> plausibility("政府") > plausibility("丒府")  # a rare character
    True
    """
    keep = [i for i, name in enumerate(_LANGUAGES) if languages is None or name in languages]
    totals = dict.fromkeys(keep, 0.0)
    for char, n in Counter(text).items():
        logps = _char_logps(char)
        for i in keep:
            totals[i] += n * logps[i]
    return max(totals.values()) + sum(cost * len(pattern.findall(text)) for pattern, cost in _PAIR_COSTS)


_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ"
_PAIR_COSTS = (
    (re.compile("[a-zß-öø-ÿа-яё][A-ZÀ-ÖØ-ÞА-ЯЁ]"), -4.0),
    (re.compile(f"[{_LATIN}][А-яЁё]|[А-яЁё][{_LATIN}]"), -6.0),
    (re.compile("[À-ÖØ-öø-ÿ]{2}"), -3.0),
    (re.compile("[0-9][А-яЁё]|[А-яЁё][0-9]"), -3.0),
)
# Russian letter frequencies, per cent (the National Corpus of the Russian Language).
_RU_FREQ = dict(zip("оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё", (
    10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62, 2.01, 1.90,
    1.74, 1.70, 1.65, 1.59, 1.44, 1.21, .97, .94, .73, .64, .48, .36, .32, .26, .04, .04)))
_LAT_COMMON = "àâäáãåçéèêëíìîïñóòôöõøúùûüÿßœæ"
_PUNCT = "‘’“”„–—…«»€£°·§\u00a0×•¡¿"
_CJK_PUNCT = "｛｜｝～￥―‖‥※′″℃"
_ASCII_LOGP = {"space": -2.0, "newline": -3.5, "digit": -4.5, "punct": -5.0, "lower": -3.5, "upper": -5.0,
               "control": -12.0}
# For each language: the probability of each class among its non-ASCII characters, and an extra
# cost for each ASCII letter (Latin words are rarer in Russian and CJK text).
_LANGUAGES = {
    "latin": ({"lat_common": .55, "lat_upper": .05, "lat_rare": .02, "punct": .35, "l1sym": .02}, 0.0),
    "cyrillic": ({"cyr_lower": .85, "cyr_upper": .06, "cyr_other": .005, "punct": .07, "numero": .005,
                  "l1sym": 1e-4}, -1.0),
    "chinese": ({"han_a": .80, "han_b": .02, "han_c": .002, "cjk_punct": .15, "fullwidth": .01, "punct": .015,
                 "other": .002, "hira": 5e-4, "kata": 5e-4, "cyr_lower": .002, "cyr_upper": 5e-4}, -0.5),
    "japanese": ({"hira": .45, "kata": .10, "han_j1": .28, "han_j2": .01, "han_c": .005, "cjk_punct": .13,
                  "fullwidth": .01, "halfwidth_kana": .002, "punct": .01}, -0.5),
}
_CLASS_SIZES = {"lat_common": len(_LAT_COMMON), "lat_upper": 28, "lat_rare": 400, "punct": len(_PUNCT),
                "l1sym": 60, "cyr_other": 80, "numero": 1, "han_a": 8000, "han_b": 9000, "han_c": 60000,
                "han_j1": 2965, "han_j2": 3390, "cjk_punct": 80, "fullwidth": 62, "other": 20000, "hira": 90,
                "kata": 96, "halfwidth_kana": 63}
_UNSEEN = 1e-6  # a class the language has no use for
_TEXT_CLASSES = {*_ASCII_LOGP} - {"control"} | {
    "lat_common", "punct", "cyr_lower", "cyr_upper", "cyr_other", "numero", "han_a", "han_b", "hira", "kata",
    "cjk_punct", "fullwidth", "hangul"}


def _is_text(kind: str) -> bool:
    """Tell whether a character class is letters, digits or punctuation of a script we read."""
    return kind.endswith(("_j1", "_j2")) or kind.split("_j")[0] in _TEXT_CLASSES


@functools.lru_cache(maxsize=65536)
def _char_logps(char: str) -> tuple[float, ...]:
    """Return the log-probability of one character under each language model."""
    kind = _char_class(char)
    if kind == "error":
        return (_ERROR_COST,) * len(_LANGUAGES)
    return tuple(_class_logp(kind, char, *model) for model in _LANGUAGES.values())


def _class_logp(kind: str, char: str, classes: dict, ascii_letter: float) -> float:
    if kind in _ASCII_LOGP:
        return _ASCII_LOGP[kind] + (ascii_letter if kind in ("lower", "upper") else 0.0)
    if kind.startswith("han"):  # han_a_j1: tier a for Chinese, JIS level 1 for Japanese
        tier, _, jis = kind.partition("_j")
        kind = ("han_j" + jis if jis else "han_c") if "han_j1" in classes else tier
    p = classes.get(kind, _UNSEEN)
    if kind in ("cyr_lower", "cyr_upper"):
        return math.log(p * _RU_FREQ.get(char.lower(), 0.01) / 100)
    return math.log(p / _CLASS_SIZES.get(kind, 20000))


def _char_class(char: str) -> str:
    code = ord(char)
    if code < 128:
        return _ascii_class(char)
    if code < 0x250 or char in _PUNCT or char in "ƒˆ˜‚‹›†‡‰™":
        return _latin_class(char)
    if 0x400 <= code <= 0x52F or char == "№":
        return "numero" if char == "№" else "cyr_other" if not ("А" <= char <= "я" or char in "ёЁ") \
            else "cyr_lower" if char.islower() else "cyr_upper"
    return _cjk_class(char, code)


def _ascii_class(char: str) -> str:
    if char in " \t":
        return "space"
    if char in "\n\r":
        return "newline"
    if char.isdigit():
        return "digit"
    if char.isalpha():
        return "lower" if char.islower() else "upper"
    return "control" if ord(char) < 32 or char == "\x7f" else "punct"


def _latin_class(char: str) -> str:
    if char in _LAT_COMMON:
        return "lat_common"
    if char in _PUNCT:
        return "punct"
    if ord(char) < 0xA0:
        return "control"
    if char.isalpha():
        return "lat_upper" if char.lower() in _LAT_COMMON else "lat_rare"
    return "l1sym"


def _cjk_class(char: str, code: int) -> str:
    if 0x3041 <= code <= 0x309F:
        return "hira"
    if 0x30A0 <= code <= 0x30FF:
        return "kata"
    if 0xFF61 <= code <= 0xFF9F:
        return "halfwidth_kana"
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF0F or 0xFF1A <= code <= 0xFF20 or char in _CJK_PUNCT:
        return "cjk_punct"
    if 0xFF10 <= code <= 0xFF5A:
        return "fullwidth"
    if unicodedata.name(char, "").startswith("CJK "):
        tier_a, tier_b, jis1, jis2 = _han_tiers()
        tier = "han_a" if char in tier_a else "han_b" if char in tier_b else "han_c"
        return tier + ("_j1" if char in jis1 else "_j2" if char in jis2 else "")
    if 0xAC00 <= code <= 0xD7A3:
        return "hangul"
    return "error" if char == "\ufffd" else "other"


@functools.cache
def _han_tiers() -> tuple[frozenset, ...]:
    """Return the common and less common Han characters as GB2312, Big5 and JIS X 0208 rank them.

    Each standard has a level of frequent characters and a level of rarer ones:
    GB2312 rows 16-55 and 56-87, Big5 A440-C67E and C940-F9D5, JIS level 1
    (rows 16-47) and level 2 (rows 48-84). Tier A is the union of the frequent
    levels of GB2312 and Big5, tier B of their rarer levels.
    """
    euc, big5 = range(0xA1, 0xFF), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    gb1, gb2 = _chars("gb2312", range(0xB0, 0xD8), euc), _chars("gb2312", range(0xD8, 0xF8), euc)
    b51, b52 = _chars("big5", range(0xA4, 0xC7), big5), _chars("big5", range(0xC9, 0xFA), big5)
    jis1, jis2 = _chars("euc_jp", range(0xB0, 0xD0), euc), _chars("euc_jp", range(0xD0, 0xF5), euc)
    return gb1 | b51, gb2 | b52, jis1, jis2


def _chars(codec: str, leads, trails) -> frozenset:
    pairs = b"\n".join(bytes((lead, trail)) for lead in leads for trail in trails)
    return frozenset(c for c in pairs.decode(codec, errors="replace").split("\n") if len(c) == 1) - {"\ufffd"}


def decode(data: bytes, path=None) -> tuple[str, str]:
    """Decode bytes whatever their encoding, and say which encoding was used.

    The text and encoding of :func:`detect`, without its confidence.

    Parameters
    ----------
    data : bytes
    path : str, optional
        Named in the error raised for a binary file.

    Returns
    -------
    text : str
    encoding : str
        One of :data:`ENCODINGS`.

    Raises
    ------
    InputError
        When the bytes look like a binary file.

    Examples
    --------
    >>> decode("Café".encode("cp1252"))
    ('Café', 'cp1252')
    >>> decode("\\ufeffBeijing".encode("utf-8"))
    ('Beijing', 'utf-8-sig')
    >>> decode("Владимир Путин".encode("cp1251"))
    ('Владимир Путин', 'cp1251')
    """
    return detect(data, path)[:2]


def normalize_text(text: str) -> str:
    """Repair and normalize one block of text.

    Mojibake is repaired (ftfy), the text is put in Unicode NFC, odd spaces become
    plain spaces, control characters and zero-width characters go, runs of spaces
    shrink to one and each line is stripped. Line breaks stay; curly quotes and
    dashes stay as they are.

    Examples
    --------
    >>> normalize_text("Kazakhstanâ€™s\\u00a0capital ")
    'Kazakhstan’s capital'
    >>> normalize_text("Cafe\\u0301  au\\u200b lait")
    'Café au lait'
    """
    for _ in range(3):  # a repair can expose another (a removed control joins a mojibake pair)
        fixed = _normalize_once(text)
        if fixed == text or not _MOJIBAKE_HINT.search(fixed):
            return fixed  # without a mojibake pair left, another pass changes nothing: no need to run it
        text = fixed
    return text


def _normalize_once(text: str) -> str:
    if not text:
        return ""
    odd = set(_ODD_CHAR.findall(text))  # the few kinds of odd character a text holds, if any
    if odd:
        text = _drop_invisible(text, odd)
    if not text.isascii() and _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, _FTFY)
        odd = set(_ODD_CHAR.findall(text))
        text = _drop_invisible(text, odd)
    for char in sorted(odd & _LATER):  # C1 controls go, odd spaces become plain ones
        text = text.replace(char, " " if _ODD_SPACES.match(char) else "")
    text = unicodedata.normalize("NFC", text)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _drop_invisible(text: str, odd: set[str]) -> str:
    """One line break for each kind, and no control, invisible or replacement character.

    ``odd`` holds the odd characters of ``text`` (``_ODD_CHAR``); each is replaced on its own
    (a plain replace is many times faster than a pattern over the whole text). C1 controls and
    odd spaces are left: ftfy may need the former to undo mojibake.
    """
    if "\r" in odd:
        text = text.replace("\r\n", "\n")
    for char in sorted(odd - _LATER):
        text = text.replace(char, "\n" if _LINE_BREAKS.match(char) else "")
    return text


def normalize_paragraphs(paragraphs) -> list[str]:
    """Normalize paragraphs, folding inner line breaks and dropping empty ones.

    Examples
    --------
    >>> normalize_paragraphs(["One\\nline", "  ", "Two"])
    ['One line', 'Two']
    """
    out = []
    for para in paragraphs:
        para = normalize_text(para).replace("\n", " ")
        if para:
            out.append(para)
    return out


def check_text(text: str, path=None, record=None, field="text") -> None:
    """Raise :class:`InputError` when a string field is not a string."""
    if not isinstance(text, str):
        raise InputError(path, record, field, f"expected text, got {type(text).__name__}",
                         "map a text column with --map text=COLUMN")


_TERMINAL = tuple('.!?:;"”’)]')  # a line ending in one of these ends a sentence


def unwrap_lines(text: str) -> list[str]:
    r"""Split text into paragraphs, joining lines that were hard-wrapped at a fixed width.

    Text with one paragraph per line is left as it is. Text whose lines mostly stop
    mid-sentence is hard-wrapped: its lines are joined, and a paragraph ends at a line
    that ends a sentence well short of the wrap width (or at a blank line).

    Examples
    --------
    >>> wrapped = ("Mr. President, please allow me, first of all, to\n"
    ...            "warmly congratulate you on your election to the\n"
    ...            "presidency of the session.\n"
    ...            "This year marks the fiftieth anniversary of the end of\n"
    ...            "the Second World War.")
    >>> unwrap_lines(wrapped)
    ['Mr. President, please allow me, first of all, to warmly congratulate you on your election to the presidency of the session.', 'This year marks the fiftieth anniversary of the end of the Second World War.']
    >>> unwrap_lines("One paragraph per line.\nAnother one.")
    ['One paragraph per line.', 'Another one.']
    """
    lines = text.split("\n")
    full = [ln for ln in lines if ln.strip()]
    if len(full) < 4 or sum(ln.rstrip().endswith(_TERMINAL) for ln in full) > 0.4 * len(full):
        return [ln.strip() for ln in full]
    width = sorted(len(ln) for ln in full)[int(0.75 * (len(full) - 1))]
    paragraphs, current = [], []
    for line in lines:
        line = line.strip()
        if not line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        current.append(line)
        if line.endswith(_TERMINAL) and len(line) < 0.85 * width:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
