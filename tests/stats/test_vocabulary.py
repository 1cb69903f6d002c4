"""One name per idea in the public API: stop_words, min_count, ngram_range, conf_level.

Old keywords still work through discourse/_compat.py, with a DeprecationWarning naming the new one.
"""

import importlib
import inspect
import pkgutil
import warnings

import pytest

import discourse
from discourse._compat import deprecated_alias, renamed_keywords

#: Spellings of an idea that already has a name, and that name.
DRIFT = {"stopwords": "stop_words", "min_freq": "min_count", "ngram": "ngram_range", "n_gram": "ngram_range",
         "ngrams": "ngram_range", "level": "conf_level", "confidence": "conf_level",
         "confidence_level": "conf_level", "ci_level": "conf_level", "n_folds": "n_splits", "folds": "n_splits"}
#: Same word, another idea: Krippendorff's level of measurement.
OTHER_IDEA = {("discourse.stats", "krippendorff_alpha", "level")}
#: Drift not yet renamed (none left).
KNOWN: set = set()


def _public_parameters():
    for info in pkgutil.walk_packages(discourse.__path__, "discourse."):
        if any(part.startswith("_") for part in info.name.split(".")[1:]):
            continue
        module = importlib.import_module(info.name)
        for name in getattr(module, "__all__", []):
            obj = getattr(module, name, None)
            if not callable(obj):
                continue
            try:
                parameters = inspect.signature(obj).parameters
            except (TypeError, ValueError):
                continue
            for parameter in parameters:
                yield info.name, name, parameter


def test_no_public_function_spells_a_named_idea_another_way():
    found = {(m, f, p) for m, f, p in _public_parameters() if p in DRIFT} - OTHER_IDEA
    assert found <= KNOWN, [f"{m}.{f}({p}=...) should be {DRIFT[p]}=" for m, f, p in sorted(found - KNOWN)]


def test_the_walk_sees_the_public_api():
    seen = {(m, f) for m, f, _ in _public_parameters()}
    assert {("discourse.stats", "count_terms"), ("discourse.features.stance", "evaluate"),
            ("discourse.features.frames", "collocations")} <= seen


@pytest.mark.parametrize("module, func, old, new", [
    ("discourse.stats", "count_terms", "ngram", "ngram_range"),
    ("discourse.features.stance", "evaluate", "level", "conf_level"),
])
def test_renamed_keywords_are_registered(module, func, old, new):
    obj = getattr(importlib.import_module(module), func)
    assert obj.__renamed_keywords__ == {old: new}
    parameters = inspect.signature(obj).parameters  # the new signature, for help() and the docs
    assert new in parameters and old not in parameters


def test_compat_helpers():
    @renamed_keywords(stopwords="stop_words", min_freq="min_count")
    def count(text, stop_words=None, min_count=1):
        return stop_words, min_count

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert count("x", stop_words=["a"], min_count=2) == (["a"], 2)  # the new names: no warning
    with pytest.warns(DeprecationWarning) as caught:
        assert count("x", stopwords=["a"], min_freq=2) == (["a"], 2)
    assert [str(w.message) for w in caught] == [
        "count(stopwords=...) is deprecated; use stop_words=... instead",
        "count(min_freq=...) is deprecated; use min_count=... instead"]
    assert caught[0].filename == __file__  # points at the caller
    with pytest.raises(discourse.InputError, match="both min_freq= .* and min_count="):
        count("x", min_freq=2, min_count=3)

    old = deprecated_alias(count, "tally")
    assert old.__name__ == "tally" and "count" in old.__doc__
    with pytest.warns(DeprecationWarning, match=r"^tally\(\) is deprecated; use count\(\) instead"):
        assert old("x", min_count=4) == (None, 4)
