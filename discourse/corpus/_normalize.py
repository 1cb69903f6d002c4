"""Turn raw bytes and strings into clean, NFC-normalized text."""

from __future__ import annotations

import re
import unicodedata

import charset_normalizer
import ftfy

from .._errors import InputError

__all__ = ["decode", "normalize_text", "normalize_paragraphs", "looks_binary", "unwrap_lines"]

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
_LINE_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_FTFY = ftfy.TextFixerConfig(
    unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=True,
    fix_character_width=False, normalization=None, explain=False,
)


def looks_binary(data: bytes) -> bool:
    """Tell whether bytes look like a binary file rather than text.

    UTF-16 without a BOM has many NUL bytes too, so it is tried first.

    Examples
    --------
    >>> looks_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR")
    True
    >>> looks_binary("Astana (TDI): text".encode("utf-16-le"))
    False
    >>> looks_binary(b"Plain text with one stray NUL" + bytes(1) + b" byte.")
    False
    """
    head = data[:8192]
    if head.startswith(_MAGIC):
        return True
    if not head or _utf16_guess(head):
        return False
    control = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    return control / len(head) > 0.05


_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\xd0\xcf\x11\xe0",
          b"\x1f\x8b", b"\xfd7zXZ", b"BZh", b"MZ\x90")
_CONTROL_BYTES = [b for b in range(32) if b not in (9, 10, 12, 13)]


def _utf16_guess(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    even, odd = head[0::2], head[1::2]
    if len(head) >= 4 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if len(head) >= 4 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, path=None) -> tuple[str, str]:
    """Decode bytes whatever their encoding, and say which encoding was used.

    UTF-8 (with or without BOM) is tried first, then UTF-16 (with or without
    BOM), then charset detection, then cp1252 as a last resort that cannot fail.

    Parameters
    ----------
    data : bytes
    path : str, optional
        Named in the error raised for a binary file.

    Returns
    -------
    text : str
    encoding : str

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
    """
    if looks_binary(data):
        raise InputError(path, None, None, "this looks like a binary file, not text",
                         "pass a text, HTML, CSV, JSONL or Parquet file")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    utf16 = _utf16_guess(data[:8192])
    if utf16:
        return data.decode(utf16, errors="replace").lstrip("\ufeff"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    encoding = _guess_single_byte(data)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode("cp1252", errors="replace"), "cp1252"


def _guess_single_byte(data: bytes) -> str:
    # Short texts fool charset detection; Western web text that is not UTF-8 is
    # almost always cp1252 (a superset of Latin-1's printable range).
    if len(data) < 2000 or _mostly_cp1252(data):
        return "cp1252"
    best = charset_normalizer.from_bytes(data[:1_000_000]).best()
    if best is None or best.encoding.startswith(("utf_16", "utf_32", "ascii", "utf_8")):
        return "cp1252"
    return best.encoding


def _mostly_cp1252(data: bytes) -> bool:
    """Tell whether the non-ASCII bytes decode as cp1252 letters and punctuation."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    high = [c for c in text if ord(c) > 127]
    return sum(c.isalpha() or c in "‘’“”–—…€£°·" for c in high) >= 0.9 * len(high)


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
        if fixed == text:
            break
        text = fixed
    return text


def _normalize_once(text: str) -> str:
    if not text:
        return ""
    text = _INVISIBLE.sub("", _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))).replace("\ufffd", "")
    if not text.isascii() and _MOJIBAKE_HINT.search(text):
        text = ftfy.fix_text(text, _FTFY)
        text = _INVISIBLE.sub("", _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))).replace("\ufffd", "")
    text = unicodedata.normalize("NFC", _C1_CONTROL.sub("", text))
    text = _SPACES.sub(" ", _ODD_SPACES.sub(" ", text))
    return "\n".join(line.strip() for line in text.split("\n")).strip()


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


_TERMINAL = re.compile(r"[.!?:;\"”’)\]]$")


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
    if len(full) < 4 or sum(bool(_TERMINAL.search(ln.rstrip())) for ln in full) > 0.4 * len(full):
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
        if _TERMINAL.search(line) and len(line) < 0.85 * width:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs
