"""One vocabulary: ' ’ ‘ ʼ ′ ` are the same apostrophe in every tokenizer (discourse/_fold.py and its users)."""

import pytest

from discourse._fold import APOSTROPHES, count_tokens, fold, normalize_apostrophes, tokens
from discourse.features import sentiment
from discourse.features._lexicon import Entry, Lexicon
from discourse.features._matcher import Matcher

VARIANTS = ["'", "\u2019", "\u2018", "\u02bc", "\u2032", "`"]


def test_the_variants_are_all_apostrophes():
    assert set(VARIANTS) <= set(APOSTROPHES)
    assert normalize_apostrophes("".join(APOSTROPHES)) == "'" * len(APOSTROPHES)


@pytest.mark.parametrize("mark", VARIANTS)
def test_fold_makes_every_apostrophe_a_space(mark):
    text = f"China{mark}s rise, don{mark}t"
    assert fold(text) == "china s rise  don t"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize("mark", VARIANTS)
def test_tokens_keep_possessives_and_contractions_whole(mark):
    text = f"The President{mark}s plan: we don{mark}t, the leaders{mark} {mark}win-win{mark} U.S.{mark}s"
    assert tokens(text) == ["the", "president's", "plan", "we", "don't", "the", "leaders", "win-win", "u.s.'s"]
    assert count_tokens(text) == 9


@pytest.mark.parametrize("mark", VARIANTS)
def test_frames_match_through_every_apostrophe(mark):
    lexicon = Lexicon("demo", "1", (Entry("rise", "china's rise"), Entry("era", "new era"),
                                    Entry("own", "* own path")))
    text = f"China{mark}s rise is no threat. It isn{mark}t a new era. Kazakhstan{mark}s own path."
    hits = Matcher(lexicon).find(text)
    assert [(h.frame, text[h.start:h.end], h.negated) for h in hits] == [
        ("rise", f"China{mark}s rise", False), ("era", "new era", True), ("own", f"Kazakhstan{mark}s own path", False)]


@pytest.mark.parametrize("mark", VARIANTS)
def test_dictionary_negation_and_entries_through_every_apostrophe(mark):
    out = sentiment.dictionary_scores([f"We don{mark}t welcome it.", f"It{mark}s a friend{mark}s gift."],
                                      positive=["welcome", "friend's"], negative=["threat"])
    assert out[["n_tokens", "n_positive", "n_negative", "n_negated"]].to_numpy().tolist() == [[4, 0, 1, 1],
                                                                                            [4, 1, 0, 0]]
    d = sentiment.Dictionary(positive=(f"friend{mark}s",), negative=())
    assert d.polarity("Friend's") == d.polarity("friend\u2019s") == 1


def test_vader_reads_every_apostrophe_as_ascii():
    texts = [f"I don{mark}t like it. It isn{mark}t good." for mark in VARIANTS]
    scores = sentiment.vader(texts)[["neg", "neu", "pos", "compound"]]
    assert (scores.nunique() == 1).all()
    assert scores["compound"].iloc[0] < 0  # the negation is read: "like" and "good" flip


def test_packaged_lexicon_hits_and_token_counts_equal_on_curly_and_straight_text(seed_corpus):
    from discourse.features._lexicon import lexicon
    from discourse.features._matcher import matcher

    match = matcher(lexicon("china_diplomatic"))
    texts = seed_corpus.documents["text"].tolist()
    assert any("\u2019" in t for t in texts)
    for text in texts:
        variants = [text.replace("\u2019", mark) for mark in VARIANTS]
        assert len({tuple(match.find(v)) for v in variants}) == 1
        assert len({count_tokens(v) for v in variants}) == 1
    assert sum(len(match.find(t)) for t in texts) > 0
