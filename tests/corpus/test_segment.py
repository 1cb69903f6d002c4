"""Sentence segmentation: our Punkt gives nltk's spans, on real text and on generated text."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

import discourse as dx
from discourse.corpus._segment import _abbreviations, _punkt, paragraph_spans, sentence_spans
from tests.conftest import CORPORA, SEED


@pytest.fixture(scope="module")
def nltk_punkt():
    params = PunktParameters()
    params.abbrev_types = _abbreviations()
    return PunktSentenceTokenizer(params)


@pytest.fixture(scope="module")
def real_paragraphs():
    """Every paragraph of the seed, the Wikinews articles, the White House and Kremlin
    transcripts and the UN speeches in the repository."""
    inputs = [SEED, CORPORA / "wikinews" / "wikinews_2019.csv", CORPORA / "whitehouse", CORPORA / "kremlin",
              CORPORA / "ungdc" / "ungdc_p5_central_asia_1992-2024.tar.xz"]
    texts = [t for path in inputs for t in dx.load(path, progress=False).documents["text"]]
    return [t[a:b] for t in texts for a, b in paragraph_spans(t)]


def test_same_spans_as_nltk_on_real_text(nltk_punkt, real_paragraphs):
    assert len(real_paragraphs) > 5000
    for paragraph in real_paragraphs:
        assert list(_punkt().span_tokenize(paragraph)) == list(nltk_punkt.span_tokenize(paragraph)), paragraph


_WORDS = ["The", "the", "U.S.", "Mr.", "Dr.", "etc.", "No.", "no.", "J.", "A.", "e.g.", "Inc.", "St.", "vs.",
          "1990.", "3.5", "12", "Ms", "Beijing", "said", "it", "I", "a", "Ltd", "co-op.", "well-known.", "café.",
          "Ямал.", "“Yes.”", "(see", "above.)", "...", "..", "?", "!", "!!", "?!", '"', "'", ")", "(", ";", ":",
          "--", "-", ",", "Sept.", "sept.", "Gen.", "p.m.", "Zhou.", "Éire.", "ok.", "OK.", "x.", "X."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from([" ", "  ", "", "\n", " \n "])),
                max_size=40))
@example([("Mr.", " "), ("Lin", " "), ("spoke.", " "), ("He", " "), ("left", "")])
@example([("acting!!!", " "), ("I", " "), ("promise.", "")])
def test_same_spans_as_nltk_on_generated_text(nltk_punkt, pieces):
    text = "".join(word + space for word, space in pieces)
    assert list(_punkt().span_tokenize(text)) == list(nltk_punkt.span_tokenize(text))


@pytest.mark.parametrize("text, sentences", [
    ("Cooperation grew. The talks ended.", ["Cooperation grew.", "The talks ended."]),
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("He met Gen. Zhou. They spoke.", ["He met Gen. Zhou.", "They spoke."]),
    ("It was J. Smith. Then he left.", ["It was J. Smith.", "Then he left."]),
])
def test_plain_breaks_and_abbreviations(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences


@pytest.mark.parametrize("text, sentences", [
    # a full stop Punkt does not know as an abbreviation, before a word in lower case, ends no sentence
    ("Rep. Jane Doe (R-Calif.) said the bill was dead. The vote is Monday.",
     ["Rep. Jane Doe (R-Calif.) said the bill was dead.", "The vote is Monday."]),
    ("Smith (D-Md.) and Jones (R-Texas) said no.", ["Smith (D-Md.) and Jones (R-Texas) said no."]),
    ("It rained in Calif. on Monday.", ["It rained in Calif. on Monday."]),
    ("Isn't D.C. run by Democrats? Yes.", ["Isn't D.C. run by Democrats?", "Yes."]),
    # before a capital, a number or a word with a capital inside it, the break stays
    ("The bill was dead, said Sen. John Kerry, D-Mass. The vote is Monday.",
     ["The bill was dead, said Sen. John Kerry, D-Mass.", "The vote is Monday."]),
    ("The war ended. 2019 was calm. iPhone sales rose.", ["The war ended.", "2019 was calm.", "iPhone sales rose."]),
    # after a whole word, a break before a word in lower case is a typo's, and stays
    ("We see each other's growth as opportunities. we will enhance cooperation.",
     ["We see each other's growth as opportunities.", "we will enhance cooperation."]),
    # a quoted question before its cue, and a span of punctuation alone, end no sentence
    ('"Who would steal a toilet?" wrote Cattelan.', ['"Who would steal a toilet?" wrote Cattelan.']),
    ("The country would not back down, said Elizabeth A. Warren (D-Mass.).",
     ["The country would not back down, said Elizabeth A. Warren (D-Mass.)."]),
    # text written all in lower case keeps Punkt's breaks
    ("we met today. we agreed. it was good.", ["we met today.", "we agreed.", "it was good."]),
])
def test_a_break_before_a_word_in_lower_case_is_undone_in_cased_text(text, sentences):
    assert [text[a:b] for a, b in sentence_spans(text)] == sentences
