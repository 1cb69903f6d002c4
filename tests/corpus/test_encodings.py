"""Encoding detection on real text: each language in each of its encodings, at several lengths.

The texts are in ``tests/data/encodings/`` (sources and licences in its README). The
``shared`` test re-encodes the Russian and Chinese official corpora in ../shared/data
and measures accuracy by encoding and length; ``docs/validation/encodings.py`` prints the
same table.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import random
import re
from collections import defaultdict

import pytest

from discourse import InputError
from discourse.corpus import _normalize
from discourse.corpus._normalize import CANDIDATES, ENCODINGS, decode, detect, looks_binary
from tests.conftest import DATA, shared_path

FIXTURES = DATA / "encodings"
# language: (file, the legacy encodings it is written in)
TEXTS = {
    "en": ("en_briefing.txt", ("cp1252",)),
    "fr": ("fr_declaration_1789.txt", ("cp1252",)),
    "de": ("de_grundgesetz_art1-3.txt", ("cp1252",)),
    "ru": ("ru_kremlin_38776.txt", ("cp1251", "koi8_r")),
    "zh-hans": ("zh_hans_government_work_report_2025.txt", ("gb18030",)),
    "zh-hant": ("zh_hant_roc_constitution.txt", ("big5", "gb18030")),
    "ja": ("ja_constitution_preamble.txt", ("shift_jis",)),
}
UNICODE = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be")
LENGTHS = (40, 100, 300, None)  # bytes; None is the whole text (700-1,900 bytes)
# KOI8-R has no guillemets, dashes or numero sign: its writers typed ASCII.
KOI8_TYPED = str.maketrans({"«": '"', "»": '"', "–": "-", "—": "-", "№": "N"})
# The names detect gives for text written with a BOM.
REPORTED = {"utf-8-sig": "utf-8-sig", "utf-16": "utf-16"}


def encodable(text: str, encoding: str) -> str:
    """Return the text as a writer in that encoding would have it: unencodable characters left out."""
    if encoding == "koi8_r":
        text = text.translate(KOI8_TYPED)
    return text.encode(encoding, errors="ignore").decode(encoding)


def cut(text: str, encoding: str, size: int | None) -> bytes:
    """Encode the longest start of the text that fits in ``size`` bytes (whole characters only)."""
    if size is None:
        return text.encode(encoding)
    low, high = 0, min(len(text), size)
    while low < high:  # the longest prefix whose encoding fits
        mid = (low + high + 1) // 2
        low, high = (mid, high) if len(text[:mid].encode(encoding)) <= size else (low, mid - 1)
    return text[:low].encode(encoding)


def fixture_text(language: str, encoding: str) -> str:
    return encodable((FIXTURES / TEXTS[language][0]).read_text("utf-8"), encoding)


CASES = [(language, encoding, size) for language, (_, legacy) in TEXTS.items()
         for encoding in (*legacy, *UNICODE) for size in LENGTHS]


@pytest.mark.parametrize("language, encoding, size", CASES,
                         ids=[f"{lang}-{enc}-{size or 'all'}" for lang, enc, size in CASES])
def test_real_text_is_decoded_in_every_encoding_and_length(language, encoding, size):
    data = cut(fixture_text(language, encoding), encoding, size)
    text, found, confidence = detect(data)
    assert text == data.decode(encoding)
    assert codecs.lookup(found).name == codecs.lookup(REPORTED.get(encoding, encoding)).name
    assert confidence >= (0.5 if size == 40 else 0.8), (found, confidence)


@pytest.mark.parametrize("word", ["Café", "Genève", "Straße", "São Tomé", "Côte d'Ivoire", "Malmö"])
def test_short_western_words_stay_cp1252(word):
    assert decode(word.encode("cp1252")) == (word, "cp1252")


def test_confidence_is_low_when_a_few_bytes_are_ambiguous():
    assert detect("Да".encode("cp1251"))[2] < 0.6  # two bytes: as good in cp1251, cp1252, gb18030
    assert detect("Президент".encode("cp1251"))[2] > 0.9


def test_unicode_is_certain_and_ascii_is_reported_as_utf8():
    assert detect(b"plain ASCII, no doubt") == ("plain ASCII, no doubt", "utf-8", 1.0)
    assert detect("Путин".encode())[1:] == ("utf-8", 1.0)
    assert detect("\ufeffПутин".encode("utf-8"))[1:] == ("utf-8-sig", 1.0)
    assert detect("Путин".encode("utf-16"))[1:] == ("utf-16", 1.0)
    assert detect("中国".encode("utf-32")) == ("中国", "utf-32", 1.0)


def test_decode_is_detect_without_confidence():
    data = fixture_text("ru", "koi8_r").encode("koi8_r")
    assert decode(data) == detect(data)[:2]


def test_utf8_with_a_few_cp1252_bytes_keeps_both():
    data = "Переговоры в Женеве. ".encode() * 5 + "Café in Genève.".encode("cp1252")
    text, encoding, _ = detect(data)
    assert encoding == "utf-8" and text.endswith("Переговоры в Женеве. Café in Genève.")


def test_utf16_without_bom_or_nul_bytes_is_text_not_binary():
    for language in ("ru", "zh-hans", "ja"):
        data = fixture_text(language, "utf-16-le").encode("utf-16-le")
        assert not looks_binary(data)
        assert detect(data)[1] == "utf-16-le"


def test_binary_still_raises_named_error():
    noise = random.Random(0).randbytes(4096)
    with pytest.raises(InputError, match="noise.bin: this looks like a binary file"):
        detect(noise, "noise.bin")


def test_detection_looks_at_a_bounded_prefix(monkeypatch):
    seen = []
    score = _normalize.plausibility
    monkeypatch.setattr(_normalize, "plausibility", lambda text, *a: seen.append(len(text)) or score(text, *a))
    data = fixture_text("ru", "cp1251").encode("cp1251") * 2000  # 2.6 MB
    text, encoding, _ = detect(data)
    assert encoding == "cp1251" and len(text) == len(data) and max(seen) <= 65536


def test_every_reported_name_is_a_python_codec():
    for name in (*ENCODINGS, *CANDIDATES):
        codecs.lookup(name)
    assert set(CANDIDATES) <= set(ENCODINGS)


# -- accuracy on the shared corpora ----------------------------------------------------------

BUCKETS = (100, 300, 1000, 10000)


def shared_documents(data_dir) -> dict[str, list[tuple[str, str]]]:
    """Return (id, text) pairs to re-encode, by target encoding.

    Russian: the 54 kremlin.ru / mid.ru items, in cp1251 and koi8_r. Chinese: the Government
    Work Reports, CPC Congress reports and People's Daily articles, in gb18030; in big5 only the
    documents written in traditional characters (97% or more of their Han characters exist in
    Big5), since simplified text cannot be written in Big5.
    """
    russian = [(row["id"], row["text"]) for row in _jsonl(data_dir / "ru_official" /
                                                          "ru_official_kremlin_mid_sample.jsonl.gz")]
    chinese = _chinese_documents(data_dir / "zh_official")
    return {"cp1251": russian, "koi8_r": russian, "gb18030": chinese,
            "big5": [doc for doc in chinese if _traditional(doc[1])]}


def _jsonl(path):
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _chinese_documents(folder) -> list[tuple[str, str]]:
    import pandas as pd

    docs = []
    for name in ("government_work_reports_1954-2025", "cpc_congress_reports"):
        docs += [(f"{name}:{i}", row["content"]) for i, row in enumerate(_jsonl(folder / f"{name}.jsonl.gz"))]
    with gzip.open(folder / "peoples_daily_theory_intl_2019-2020.csv.gz", "rb") as fh:
        table = pd.read_csv(io.BytesIO(fh.read()))
    docs += [(f"peoples_daily:{i}", body.replace("\ufffd", "")) for i, body in enumerate(table["body"])]
    return [(key, text) for key, text in docs if len(text) >= 50]


def _traditional(text: str) -> bool:
    han = re.findall("[\u4e00-\u9fff]", text)
    return sum(not _encodes(c, "big5") for c in han) <= 0.03 * len(han)


def _encodes(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def windows(text: str, count: int) -> list[str]:
    """Return the text read from its start and from ``count - 1`` later paragraph starts, evenly spread."""
    starts = [m.start() for m in re.finditer(r"(?m)^(?=\S)", text)] or [0]
    return [text[start:] for start in sorted({starts[i * len(starts) // count] for i in range(count)} | {0})]


def shared_samples(data_dir, buckets=BUCKETS, per_document=3) -> list[tuple[str, int, bytes]]:
    """Return (encoding, bucket, bytes) samples: each document window cut to each bucket's size.

    Big5 has two documents, so each is read from 40 starting points. A sample shorter than
    90% of its bucket (the end of a document) is left out.
    """
    samples = []
    for encoding, docs in shared_documents(data_dir).items():
        count = 40 if encoding == "big5" else per_document
        for _, text in docs:
            for window in windows(encodable(text, encoding), count):
                samples += [(encoding, size, data) for size in buckets
                            if len(data := cut(window, encoding, size)) >= 0.9 * size]
    return samples


def accuracy(samples, detector=detect) -> dict[tuple[str, int], list[tuple[bool, float]]]:
    """Return, by (encoding, bucket), whether each sample was decoded right and with what confidence."""
    results = defaultdict(list)
    for encoding, size, data in samples:
        text, _, confidence = detector(data)
        results[encoding, size].append((text == data.decode(encoding), confidence))
    return results


@pytest.mark.shared
def test_accuracy_on_the_shared_corpora():
    results = accuracy(shared_samples(shared_path()))
    for (encoding, size), outcomes in results.items():
        share = sum(right for right, _ in outcomes) / len(outcomes)
        assert share >= (0.99 if size >= 300 else 0.97), (encoding, size, share, len(outcomes))
    assert min(len(results["big5", 300]), len(results["cp1251", 10000])) >= 25
