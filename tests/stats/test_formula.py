"""Tests of the model formula check (discourse/stats/_formula.py).

Every allowed form must also fit end to end with statsmodels; everything that is code must be
refused before the formula engine sees it, and nothing may run.
"""

from __future__ import annotations

import json
import tomllib

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse._errors import InputError
from discourse.stats._formula import MAX_DEPTH, MAX_LENGTH, TRANSFORMS, FormulaError, check_formula
from tests.conftest import ROOT

RECIPES = sorted((ROOT / "docs" / "recipes").glob("*/recipe.toml"))
SOURCES = {"CGTN": "CHN", "Xinhua": "CHN", "TASS": "RUS", "RFE/RL": "USA"}


@pytest.fixture(scope="module")
def table():
    """Counts of one frame per outlet article, three articles per outlet and year, 2015-2018."""
    rng = np.random.default_rng(20261127)
    rows = []
    for i, (source, country) in enumerate(SOURCES.items()):
        for year in range(2015, 2019):
            for _ in range(3):
                tokens = int(rng.integers(900, 2600))
                rate = 0.02 * (1 + 0.4 * i) * (1 + 0.08 * (year - 2015))
                rows.append({"doc_id": f"{source}-{year}-{len(rows)}", "source": source, "country_code": country,
                             "year": year, "tokens": tokens, "count": int(rng.poisson(tokens * rate)),
                             "quoted_share": round(float(rng.uniform(0.05, 0.6)), 3),
                             "words per doc": tokens / 10})
    data = pd.DataFrame(rows)
    data["present"] = (np.arange(len(data)) % 2).astype(bool)
    assert (data["count"] > 0).all()
    return data


ALLOWED = [
    ("count ~ C(country_code) + year", None),
    ("count ~ C(source, Treatment('CGTN')) * C(year)", None),
    ("count~C(source,Treatment(reference=\"TASS\"))+year", "count ~ C(source, Treatment(reference='TASS')) + year"),
    ("count ~ C(year, Treatment(2016))", None),
    ("count ~ C(Q('country_code'), Treatment('USA'))", None),
    ("count ~ Q('words per doc')", None),
    ("count ~ np.log(Q('words per doc')) + np.log1p(quoted_share)", None),
    ("count ~ np.sqrt(quoted_share) + np.exp(quoted_share)", None),
    ("count ~ center(year) + standardize(quoted_share)", None),
    ("count ~ scale(year)", None),
    ("count ~ I(year - 2015) + I((year - 2015) ** 2)", None),
    ("count ~ I(-quoted_share*2+1./3)", "count ~ I(-quoted_share * 2 + 1.0 / 3)"),
    ("count ~ C(source) : year", "count ~ C(source):year"),
    ("count ~ C(country_code) / year", None),
    ("count ~ 0 + C(source)", None),
    ("count ~ C(source) - 1", None),
    ("count ~ -1 + C(source)", None),
    ("count ~ 1", None),
    ("count ~ (center(year) + quoted_share) * C(country_code)", None),
    ("count ~ + year", None),
]


class TestAllowed:
    """The documented forms pass, written again in one canonical spelling."""

    @pytest.mark.parametrize(("formula", "expected"), ALLOWED)
    def test_passes(self, table, formula, expected):
        checked = check_formula(formula, table.columns)
        assert checked == (expected or formula)
        assert check_formula(checked, table.columns) == checked

    @pytest.mark.parametrize("transform", TRANSFORMS)
    def test_each_transform(self, transform):
        assert check_formula(f"count ~ {transform}(year)", ["count", "year"]) == f"count ~ {transform}(year)"

    def test_strings_are_requoted_by_python_rules(self):
        columns = ["count", "source", "it's"]
        assert check_formula("count ~ C(source, Treatment('a\\'b'))", columns) == \
            "count ~ C(source, Treatment(\"a'b\"))"
        assert check_formula('count ~ Q("it\'s")', columns) == "count ~ Q(\"it's\")"

    def test_columns_may_be_any_iterable_of_names(self, table):
        assert check_formula("count ~ year", iter(["count", "year", 3])) == "count ~ year"

    def test_recipe_formulas_pass_on_the_real_table(self, ungdc_corpus):
        counts = _ungdc_counts(ungdc_corpus)
        models = [m for p in RECIPES for m in tomllib.loads(p.read_text("utf-8")).get("model", [])]
        assert models
        for model in models:  # a speaker-level model's rows also carry the speaker columns
            columns = [*counts.columns, *(("voice", "speaker", "speaker_role", "speaker_country") if model.get("units") == "speakers" else ())]
            assert check_formula(model["formula"], columns) == model["formula"]


def _ungdc_counts(corpus) -> pd.DataFrame:
    lexicon = dx.lexicon("china_diplomatic")
    counts = dx.frames.counts(dx.frames.measure(corpus, lexicon), corpus, lexicon)
    meta = corpus.documents.set_index("doc_id")["meta"].map(lambda m: json.loads(m)["country_code"])
    return counts.assign(country_code=counts["doc_id"].map(meta))


class TestFitsEndToEnd:
    """Every allowed form fits with statsmodels through dx.stats.fit, so the allowed set is real."""

    @pytest.mark.parametrize(("formula", "expected"), ALLOWED)
    def test_poisson_fit(self, table, formula, expected):
        results = dx.stats.fit(table, check_formula(formula, table.columns), exposure="tokens")
        assert results.converged and np.isfinite(results.params).all() and len(results.params) >= 1

    def test_treatment_reference_is_the_level_given(self, table):
        results = dx.stats.fit(table, check_formula("count ~ C(source, Treatment('TASS'))", table.columns))
        assert not any("[T.TASS]" in name for name in results.params.index)
        assert any("[T.CGTN]" in name for name in results.params.index)

    def test_logistic_fit(self, table):
        formula = check_formula("present ~ center(year) + C(country_code)", table.columns)
        results = dx.stats.fit(table, formula, family="binomial")
        assert np.isfinite(results.params).all()

    def test_the_ungdc_recipe_model_fits_on_real_counts(self, ungdc_corpus):
        counts = _ungdc_counts(ungdc_corpus)
        data = counts[(counts["frame"] == "sovereignty")
                      & counts["country_code"].isin(["CHN", "RUS", "USA", "KAZ"])].reset_index(drop=True)
        formula = check_formula("count ~ C(country_code) + year", data.columns)
        results = dx.stats.fit(data, formula, family="negbin", exposure="tokens")
        assert {"C(country_code)[T.RUS]", "C(country_code)[T.USA]", "year"} <= set(results.params.index)


REFUSED = [
    ("count ~ __import__('os').system('touch {sentinel}')", "names starting with '__' are Python internals"),
    ("count ~ np.os.system('touch {sentinel}')", r"np\.os is not an allowed transform"),
    ("count ~ I(__import__('os'))", "names starting with '__'"),
    ("count ~ I(__import__('os').system('touch {sentinel}'))", "names starting with '__'"),
    ("count ~ C(source, eval('1'))", r"expected Treatment\('level'\) as the contrast, found 'eval'"),
    ("count ~ C(source, Treatment(eval('1')))", "expected a level in quotes or a number, found 'eval'"),
    ("count ~ C(source, Treatment)", "expected Treatment"),
    ("count ~ C(source, Sum)", "expected Treatment"),
    ("count ~ C(source, levels=1)", "expected Treatment"),
    ("count ~ exec(\"open('{sentinel}', 'w')\")", r"exec\(\.\.\.\) is not an allowed function"),
    ("count ~ eval('1')", r"eval\(\.\.\.\) is not an allowed function"),
    ("count ~ getattr(np, 'os')", "getattr"),
    ("count ~ log(year)", r"log\(\.\.\.\) is not an allowed function"),
    ("count ~ Treatment('a')", "is not an allowed function"),
    ("count ~ np.log(year).__class__", "attribute access"),
    ("count ~ np.log.__globals__", r"np\.log must be applied to one column"),
    ("count ~ year.__class__", r"attribute access \(year\.\)"),
    ("count ~ np.log(np.log(year))", "a column is expected"),
    ("count ~ np.log(year, 2)", "expected '\\)' after the one column"),
    ("count ~ center(year + 1)", "expected '\\)' after the one column"),
    ("count ~ I(year > 2010)", "the character '>' is not part of a formula"),
    ("count ~ I('a')", "expected a column inside I"),
    ("count ~ I(year % 2)", "the character '%' is not part of a formula"),
    ("count ~ I(year // 2)", "expected a column inside I"),
    ("count ~ 'abc'", "expected a column, found \"'abc'\""),
    ("count ~ year[0]", "subscripts are not part of a formula"),
    ("count ~ (lambda: 1)", "'lambda' is a Python keyword"),
    ("count ~ [x for x in year]", "subscripts are not part"),
    ("count ~ year @ tokens", "'@' refers to a Python variable"),
    ("count ~ year; import os", "';' cannot separate statements"),
    ("count ~ year \\\n + tokens", "backslashes are not part"),
    ("count ~ year\n+ __import__('os').system('touch {sentinel}')", "a formula is one line"),
    ("count ~ f'{{__import__(\"os\")}}'", "f-strings"),
    ("count ~ year # comment", "comments are not part"),
    ("count ~ year ** 2", "expected \\+ - \\* / : or the end"),
    ("count ~ year | tokens", "the character '|' is not part"),
    ("count ~ 2", "the number 2 is not a term"),
    ("count ~ 0", "the formula has no terms after '~'"),
    ("count ~ -1", "the formula has no terms"),
    ("count ~ + 0", "the formula has no terms"),
    ("count ~ -year", "a leading '-' can only remove the intercept"),
    ("count ~ year + (-year)", "a leading '-' can only remove the intercept"),
    ("count ~ yaer", r"(?s)no column 'yaer' \(it has .*year.*\).*did you mean 'year'\?"),
    ("count ~ Q('nope')", "no column 'nope'"),
    ("count ~ Q(year)", r"Q\(\.\.\.\) takes a column name in quotes"),
    ("count ~ class", "'class' is a Python keyword"),
    ("np.log(count) ~ year", "a column is expected"),
    ("Q('count') ~ year", "the outcome must be a plain column name"),
    ("count ~ year ~ tokens", "expected \\+ - \\* / : or the end"),
    ("count", "expected '~' after the outcome"),
    ("count ~", "expected a column, found the end"),
    ("count ~ year\x00", "U\\+0000"),
    ("count ~ year\u202e", "U\\+202E"),
    ("count ~ yéar", "the character 'é' is not part"),
    ("count ~ 1e999", "too large"),
    ("count ~ " + "(" * (MAX_DEPTH + 1) + "year" + ")" * (MAX_DEPTH + 1), f"nests more than {MAX_DEPTH} levels"),
    ("count ~ I(" + "-" * 5 * MAX_DEPTH + "year)", "nests more than"),
    ("count ~ I(" + "2 ** " * 200 + "2)", "nests more than"),
    ("count ~ " + "(" * 100_000, "characters long, more than 2,000"),
    ("count ~ " + " + ".join(["year"] * 1_000), "characters long"),
]


class TestRefused:
    """Code in a formula is refused with our error before any engine sees it, and nothing runs."""

    @pytest.mark.parametrize(("formula", "match"), REFUSED, ids=[ascii(f[:40]) for f, _ in REFUSED])
    def test_refused(self, table, formula, match, tmp_path, no_shell):
        sentinel = tmp_path / "pwned"
        with pytest.raises(FormulaError, match=match) as info:
            check_formula(formula.format(sentinel=sentinel), list(table.columns) + ["it's"])
        assert isinstance(info.value, InputError) and info.value.field == "formula"
        assert not sentinel.exists() and not no_shell

    @pytest.mark.parametrize("formula", [None, b"count ~ year", 3, ["count ~ year"]])
    def test_non_text_formula(self, formula):
        with pytest.raises(FormulaError, match="a formula is text, not"):
            check_formula(formula, ["count", "year"])

    @pytest.mark.parametrize("columns", ["count", None, 3])
    def test_columns_must_be_names(self, columns):
        with pytest.raises(FormulaError, match="columns must be the table's column names"):
            check_formula("count ~ year", columns)

    def test_the_fix_lists_what_is_allowed(self):
        with pytest.raises(FormulaError, match=r"(?s)Fix: use only columns of the table; C\(column\).*np\.log"):
            check_formula("count ~ exec('x')", ["count"])

    def test_position_is_the_character_of_the_offending_token(self):
        with pytest.raises(FormulaError, match=r"at character 9 \(\"exec\('x'\)\"\)") as info:
            check_formula("count ~ exec('x')", ["count"])
        assert info.value.position == 9

    def test_limits_are_inclusive(self):
        deep = "count ~ " + "(" * MAX_DEPTH + "year" + ")" * MAX_DEPTH
        assert check_formula(deep, ["count", "year"]) == deep
        long = "count ~ " + " + ".join(["year"] * ((MAX_LENGTH - 8) // 7))
        assert len(long) <= MAX_LENGTH and check_formula(long, ["count", "year"]) == long


VOCABULARY = ["count", "year", "source", "~", "+", "-", "*", "/", ":", "**", "(", ")", ",", "=", ".", "C",
              "Q", "I", "np", "log", "center", "Treatment", "reference", "'CGTN'", "'words per doc'", "0",
              "1", "2.5", "__import__", "os", "system", "'touch x'", "@", ";", "\\", "\n", "[", "]",
              "lambda", "f'x'", "exec", "\x00"]


class TestProperties:
    """Any text gives a formula that checks again to itself, or our error: never anything else."""

    @settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(text=st.one_of(st.text(max_size=60), st.lists(st.sampled_from(VOCABULARY), max_size=14).map(" ".join),
                          st.lists(st.sampled_from(VOCABULARY), max_size=14).map("".join)))
    def test_any_text_gives_a_checked_formula_or_our_error(self, text):
        columns = ["count", "year", "source", "words per doc"]
        try:
            checked = check_formula(text, columns)
        except FormulaError:
            return
        assert check_formula(checked, columns) == checked
        assert "__" not in checked and "\n" not in checked and "@" not in checked
