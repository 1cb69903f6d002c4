"""Language of documents and paragraphs (discourse.corpus._language), by class of text."""

import pytest

from discourse.corpus._language import guess_language, paragraph_languages
from discourse.corpus._segment import paragraph_spans


@pytest.mark.parametrize("text, expected", [
    ("The summit will deepen mutual trust between the two countries.", "en"),
    ("中方愿同各方加强合作，实现互利共赢。", "zh"),
    ("外交部發言人表示，雙方將加強合作。", "zh"),  # Traditional characters
    ("Россия готова к диалогу.", "ru"),  # by script, even without function words
    ("Переговоры продолжатся", "ru"),
    ("Le sommet a été un succès pour la coopération.", "fr"),
    ("42", "und"),
    ("", "und"),
])
def test_guess_language_by_script_then_function_words(text, expected):
    assert guess_language(text) == expected


@pytest.mark.parametrize("paragraphs, document, expected", [
    # one script: every paragraph is the document's, however short or odd
    (["The talks ended.", "G20 and RCEP.", "Yes."], "en", ["en", "en", "en"]),
    (["中方愿同各方加强合作。", "G20峰会将于明年举行。"], "zh", ["zh", "zh"]),
    # mixed scripts: each paragraph its own; one too short to tell keeps the document's
    (["The talks in Astana ended on Tuesday with a joint statement.", "中方愿同各方加强合作，实现互利共赢。", "OK."],
     "en", ["en", "zh", "en"]),
    (["中方愿同各方加强合作，实现互利共赢。", "The spokesperson said the two sides will meet again in May."],
     "zh", ["zh", "en"]),
    (["Россия готова к диалогу с партнерами.", "We are ready for a dialogue with all of our partners here."],
     "ru", ["ru", "en"]),
])
def test_paragraph_languages(paragraphs, document, expected):
    text = "\n\n".join(paragraphs)
    assert paragraph_languages(text, paragraph_spans(text), document) == expected
