"""Fixtures for the statistics tests: reference values and real counts from the UNGDC slice."""

from __future__ import annotations

import json
import re

import pandas as pd
import pytest

from tests.conftest import CORPORA, ROOT

REFERENCE = ROOT / "tests" / "reference" / "stats"
UNGDC = CORPORA / "ungdc" / "ungdc_p5_central_asia_1992-2024.tar.xz"
# Simple phrase counts standing in for the frame measures (the real module replaces them).
PHRASES = {"sovereignty": r"\bsovereign(?:ty|ties)?\b|\bnon-interference\b",
           "multilateralism": r"\bmultilateral(?:ism)?\b",
           "win_win": r"\bwin-win\b|\bmutual(?:ly)? benefi\w+"}
TOKEN = re.compile(r"\b\w[\w'-]*\b")


@pytest.fixture(scope="session")
def reference():
    return json.loads((REFERENCE / "reference.json").read_text())


@pytest.fixture(scope="session")
def ref_table():
    return lambda name: pd.read_csv(REFERENCE / f"{name}.csv")


@pytest.fixture(scope="session")
def ungdc_corpus():
    import discourse as dx

    return dx.load(UNGDC)


@pytest.fixture(scope="session")
def ungdc_documents(ungdc_corpus):
    corpus = ungdc_corpus
    docs = corpus.documents.copy()
    docs["country"] = docs["meta"].map(lambda m: json.loads(m)["country_code"])
    sentences = corpus.sentences.groupby("doc_id").size()
    docs["sentences"] = docs["doc_id"].map(sentences).fillna(0).astype(int)
    docs["tokens"] = docs["text"].map(lambda t: len(TOKEN.findall(t)))
    return docs


@pytest.fixture(scope="session")
def ungdc_measures(ungdc_documents):
    """Per-document measures in the framing module's long format."""
    rows = []
    for doc in ungdc_documents.itertuples():
        text = doc.text.lower()
        for frame, pattern in PHRASES.items():
            n = len(re.findall(pattern, text))
            rows.append({"doc_id": doc.doc_id, "source": doc.country, "published": doc.published,
                         "year": int(doc.year), "frame": frame, "count": n,
                         "tokens": doc.tokens, "sentences": doc.sentences, "present": n > 0})
    return pd.DataFrame(rows)
