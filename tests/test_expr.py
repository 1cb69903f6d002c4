"""Tests of the ``where`` filter language (discourse/recipes/_expr.py).

The filters of the documented recipes and typical research filters must keep the rows that
pandas' ``DataFrame.query`` keeps, on real tables; everything that is code must be refused
before anything runs.
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
from discourse._expr import (
    MAX_DEPTH,
    MAX_LENGTH,
    And,
    Column,
    Compare,
    IsIn,
    IsNull,
    Literal,
    Not,
    Or,
    WhereError,
    evaluate,
    parse_where,
)
from tests.conftest import CORPORA, ROOT

UNGDC = CORPORA / "ungdc" / "ungdc_p5_central_asia_1992-2024.tar.xz"
RECIPES = sorted((ROOT / "docs" / "recipes").glob("*/recipe.toml"))
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _with_meta(table: pd.DataFrame, corpus) -> pd.DataFrame:
    """Join the documents' scalar meta fields as columns, as the recipe runner does."""
    meta = pd.DataFrame([json.loads(m) for m in corpus.documents["meta"]], index=corpus.documents["doc_id"])
    keep = [c for c in meta.columns if c not in table.columns and meta[c].map(np.isscalar).all()]
    return table.merge(meta[keep], left_on="doc_id", right_index=True, how="left") if keep else table


def _frame_tables(corpus, lexicon):
    hits = dx.frames.measure(corpus, lexicon)
    frames = _with_meta(hits, corpus)
    return frames, _with_meta(dx.frames.counts(hits, corpus, lexicon), corpus)


@pytest.fixture(scope="module")
def seed_tables(seed_corpus):
    frames, counts = _frame_tables(seed_corpus, dx.lexicon("china_diplomatic"))
    return {"mentions": seed_corpus.mentions, "frames": frames, "frame_counts": counts,
            "quotes": seed_corpus.quotes, "sentiment": dx.sentiment.measure(seed_corpus).actors}


@pytest.fixture(scope="module")
def press_tables(seed_corpus, tmp_path_factory):
    """Frames of a press-conference page of our own (turns) beside the seed's (the outlet's own voice)."""
    title = "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 2, 2018"
    paras = ["Q: Will China pursue win-win cooperation with the United States?",
             "A: China stands for win-win cooperation and mutual benefit.", "Q: And with Kazakhstan?",
             "A: Our mutual trust is deep and our partnership serves both peoples."]
    page = tmp_path_factory.mktemp("press") / "p.html"
    page.write_text(f"<html><head><title>{title}</title></head><body><h2>{title}</h2>"
                    + "".join(f"<p>{p}</p>" for p in paras) + "</body></html>", "utf-8")
    lexicon = dx.lexicon("china_diplomatic")
    corpus = dx.load(page)
    press = _frame_tables(corpus, lexicon)[0]
    return {"frames": pd.concat([_frame_tables(seed_corpus, lexicon)[0], press], ignore_index=True),
            "quotes": pd.concat([seed_corpus.quotes, corpus.quotes], ignore_index=True)}


@pytest.fixture(scope="module")
def ungdc_tables():
    corpus = dx.load(UNGDC)
    frames, counts = _frame_tables(corpus, dx.lexicon("china_diplomatic"))
    return {"frames": frames, "frame_counts": counts}


def _same_rows(table: pd.DataFrame, text: str) -> pd.DataFrame:
    """Filter with our language and with DataFrame.query; assert the same rows; return them."""
    mask = evaluate(parse_where(text), table)
    assert mask.dtype == bool and len(mask) == len(table) and mask.index.equals(table.index)
    ours, theirs = table[mask], table.query(text)
    pd.testing.assert_frame_equal(ours, theirs)
    return ours


def _recipe_filters():
    for path in RECIPES:
        recipe = tomllib.loads(path.read_text("utf-8"))
        for spec in recipe.get("table", []):
            if "where" in spec:
                yield pytest.param(path.parent.name, spec["of"], spec["where"],
                                   id=f"{path.parent.name}-{spec['name']}")


class TestRecipeFilters:
    """Every ``where`` of the documented recipes reads and keeps the rows pandas keeps."""

    def test_the_recipes_have_filters(self):
        assert len(list(_recipe_filters())) >= 4

    @pytest.mark.parametrize(("recipe", "of", "where"), list(_recipe_filters()))
    def test_recipe_filter_keeps_the_rows_query_keeps(self, recipe, of, where, seed_tables, ungdc_tables,
                                                      press_tables):
        tables = {"seed": seed_tables, "mfa_pressers": press_tables, "mfa_zh_en": press_tables}.get(recipe, ungdc_tables)
        if of not in tables:
            pytest.fail(f"add a real {of!r} table to this test for the {recipe} recipe's filter")
        kept = _same_rows(tables[of], where)
        assert 0 < len(kept) < len(tables[of])


RESEARCH_FILTERS = {
    "frame_counts": [
        "frame == 'sovereignty'",
        "frame != 'sovereignty'",
        "frame in ['sovereignty', 'non_interference', 'multilateralism', 'win_win']",
        "frame not in ['sovereignty', 'win_win']",
        "frame == 'sovereignty' and country_code in ['CHN', 'RUS', 'USA', 'KAZ']",
        "country_code == 'CHN' and year >= 2010 and count > 0",
        "year >= 2010 and not (country_code == 'USA' or count < 3)",
        "2000 <= year <= 2015",
        "2000 <= year < 2015 and frame == \"win_win\"",
        "country_code == 'CHN' & (year < 2000 | year > 2020)",
        "~(country_code == 'CHN') & present",
        "present and rate_per_1000 >= 0.5",
        "not present",
        "rate_per_1000 > 1.5e-1",
        "count >= -1",
        "published >= '2015-01-01'",
        "published < '2001-09-11' and country_code in ('CHN', 'RUS')",
        "country_code == ['CHN', 'RUS']",
        "country_code != ['CHN', 'RUS']",
        "(((frame == 'win_win')))",
        "(year) > 2010",
        "frame == 'sovereignty' or frame == 'win_win' and country_code == 'CHN'",
        "country_code > 'RUS'",
        "tokens > count",
        "`frame` == 'win_win'",
        "frame in []",
        "present == True",
        "present == False",
    ],
    "frames": [
        "frame in ['mutual_benefit', 'win_win', 'good_neighbourliness', 'shared_future', 'belt_and_road']",
        "voice == 'quoted' and not negated",
        "lexicon == 'china_diplomatic@1.1' and sent_id < 20",
        "country_code in ['CHN'] or source == 'UNGDC'",
    ],
}


class TestResearchFilters:
    """Typical research filters on real tables keep exactly the rows DataFrame.query keeps."""

    @pytest.mark.parametrize("text", RESEARCH_FILTERS["frame_counts"])
    def test_frame_counts(self, text, ungdc_tables):
        _same_rows(ungdc_tables["frame_counts"], text)

    @pytest.mark.parametrize("text", RESEARCH_FILTERS["frames"])
    def test_frame_hits(self, text, ungdc_tables):
        _same_rows(ungdc_tables["frames"], text)

    @pytest.mark.parametrize("text", ["kind == 'state'", "kind in ['state', 'person'] and not country == 'CHN'",
                                      "country != 'CHN'", "country not in ['CHN', 'KAZ']", "start > 100 & end < 1000",
                                      "kind < 'q'", "role == 'President' or role == 'name'"])
    def test_seed_mentions_with_missing_countries(self, text, seed_tables):
        assert seed_tables["mentions"]["country"].isna().any()
        _same_rows(seed_tables["mentions"], text)

    @pytest.mark.parametrize("text", ["speaker == 'Lin Jian'", "speaker != 'Lin Jian'", "not negated",
                                      "voice == 'authorial'", "speaker_country in ['CHN']"])
    def test_seed_frame_hits_with_missing_speakers(self, text, seed_tables):
        _same_rows(seed_tables["frames"], text)

    def test_backticks_name_columns_with_spaces(self, seed_tables):
        table = seed_tables["mentions"].rename(columns={"actor_id": "actor id"})
        kept = _same_rows(table, "`actor id` == 'KAZ' or `actor id` == 'CHN'")
        assert set(kept["actor id"]) == {"KAZ", "CHN"}

    def test_a_non_default_index_is_kept(self, ungdc_tables):
        table = ungdc_tables["frame_counts"].iloc[::-3]
        mask = evaluate(parse_where("frame == 'win_win'"), table)
        assert mask.index.equals(table.index)
        pd.testing.assert_frame_equal(table[mask], table.query("frame == 'win_win'"))

    def test_columns_names_what_the_filter_uses(self):
        expr = parse_where("frame == 'win_win' and (year > 2010 or frame is null) and `a b` in [1]")
        assert expr.columns == ("frame", "year", "a b")


class TestTree:
    """The parser builds the documented tree and writes it back as text it reads again."""

    @pytest.mark.parametrize(("text", "tree"), [
        ("kind == 'state'", Compare("==", Column("kind"), Literal("state"))),
        ("2010 <= year <= 2015", And((Compare("<=", Literal(2010), Column("year")),
                                      Compare("<=", Column("year"), Literal(2015))))),
        ("a == 1 & b == 2 | ~c", Or((And((Compare("==", Column("a"), Literal(1)),
                                          Compare("==", Column("b"), Literal(2)))), Not(Column("c"))))),
        ("x not in ('a', \"b\",)", IsIn(Column("x"), (Literal("a"), Literal("b")), negated=True)),
        ("x != [1, -2.5]", IsIn(Column("x"), (Literal(1), Literal(-2.5)), negated=True)),
        ("`speaker country` is not null", IsNull(Column("speaker country"), negated=True)),
        ("x == 'it\\'s'", Compare("==", Column("x"), Literal("it's"))),
        ("flag == true", Compare("==", Column("flag"), Literal(True))),
    ])
    def test_tree(self, text, tree):
        assert parse_where(text) == tree
        assert parse_where(str(tree)) == tree

    def test_and_binds_tighter_than_or_as_in_python_and_pandas(self):
        assert isinstance(parse_where("a == 1 or b == 2 and c == 3"), Or)


class TestMissingValues:
    """Missing values are never equal; ``!=`` and ``not in`` are true there; ``is null`` finds them."""

    @pytest.fixture
    def table(self):
        return pd.DataFrame({"speaker": pd.array(["Lin Jian", None, "Wang Yi"], dtype="string"),
                             "year": pd.array([2010, None, 2015], dtype="Int16"),
                             "rate": [1.5, np.nan, 0.0],
                             "published": pd.to_datetime(["2010-01-01", None, "2015-06-01"])})

    @pytest.mark.parametrize(("text", "kept"), [
        ("speaker == 'Lin Jian'", [True, False, False]),
        ("speaker != 'Lin Jian'", [False, True, True]),
        ("speaker in ['Lin Jian', 'Wang Yi']", [True, False, True]),
        ("speaker not in ['Lin Jian']", [False, True, True]),
        ("speaker is null", [False, True, False]),
        ("speaker is not null", [True, False, True]),
        ("speaker != speaker", [False, True, False]),
        ("year != 2010", [False, True, True]),
        ("year < 2100", [True, False, True]),
        ("not year < 2100", [False, True, False]),
        ("rate >= 0", [True, False, True]),
        ("published >= '2012-01-01'", [False, False, True]),
        ("published != '2010-01-01'", [False, True, True]),
        ("year is null or rate is null", [False, True, False]),
    ])
    def test_missing(self, table, text, kept):
        assert evaluate(parse_where(text), table).tolist() == kept

    def test_agrees_with_pandas_on_float_and_date_columns(self, table):
        for text in ("rate != 0", "rate >= 0", "published < '2014-01-01'", "published >= '2010-01-01'"):
            _same_rows(table, text)

    def test_dates_equal_text_as_pandas_series_do(self, table):
        # DataFrame.query compares a date column with text as unequal even on the same day (it
        # does convert for < and >=); Series comparison and this language read the text as a date
        for text, series in (("published == '2010-01-01'", table["published"] == "2010-01-01"),
                             ("published != '2010-01-01'", table["published"] != "2010-01-01")):
            assert evaluate(parse_where(text), table).tolist() == series.tolist()


class TestEvaluationErrors:
    """Unknown columns and mismatched kinds give our error, naming the column and the fix."""

    @pytest.fixture
    def table(self):
        return pd.DataFrame({"frame": ["win_win", "sovereignty"], "year": [2010, 2015],
                             "present": [True, False], "published": pd.to_datetime(["2010-01-01", "2015-01-01"]),
                             "mixed": ["a", 1]})

    @pytest.mark.parametrize(("text", "match"), [
        ("frmae == 'x'", (r"(?s)no column 'frmae' \(it has frame, year, present, published, mixed\).*"
                         r"\n  Fix: did you mean 'frame'\?")),
        ("frame == 3", r"column 'frame' holds text, but 3 is a number.*\n  Fix: quote the value: frame == '3'"),
        ("year == '2010'", (r"(?s)column 'year' holds numbers, but '2010' is text.*Fix: write the number without "
                           r"quotes: year == 2010")),
        ("year in [2010, 'x']", "column 'year' holds numbers, but 'x' is text"),
        ("present == 'yes'", "column 'present' holds true/false values, but 'yes' is text"),
        ("published > 2010", r"(?s)holds dates, but 2010 is a number.*Fix: write the date as quoted text"),
        ("published > 'last year'", r"'last year' is not a date"),
        ("year", r"(?s)column 'year' holds numbers, not true/false values.*Fix: compare it with a value, e\.g\. year > 0"),
        ("frame or present", "column 'frame' holds text, not true/false values"),
        ("frame == year", "columns 'frame' and 'year' hold text and numbers, which cannot be compared"),
        ("mixed < 'b'", "holds values of mixed or other kinds, so it cannot be ordered"),
    ])
    def test_error(self, table, text, match):
        with pytest.raises(WhereError, match=match) as info:
            evaluate(parse_where(text), table)
        assert info.value.field == "where" and isinstance(info.value, InputError)

    def test_equality_on_a_mixed_column_works(self, table):
        assert evaluate(parse_where("mixed == 1 or mixed == 'a'"), table).tolist() == [True, True]

    def test_duplicate_column_names(self):
        table = pd.DataFrame([[1, 2]], columns=["a", "a"])
        with pytest.raises(WhereError, match="2 columns named 'a'"):
            evaluate(parse_where("a == 1"), table)

    @pytest.mark.parametrize(("expr", "table", "match"), [
        ("a == 1", pd.DataFrame({"a": [1]}), "expected a parsed filter, not str"),
        (Compare("==", Column("a"), Literal(1)), {"a": [1]}, "applies to a DataFrame, not dict"),
    ])
    def test_wrong_arguments(self, expr, table, match):
        with pytest.raises(WhereError, match=match):
            evaluate(expr, table)

    def test_an_empty_table_gives_an_empty_mask(self):
        mask = evaluate(parse_where("a == 1"), pd.DataFrame({"a": pd.Series([], dtype=int)}))
        assert mask.dtype == bool and mask.empty


ATTACKS = [
    ("@pd.io.common.os.system('touch {sentinel}')", "'@' refers to a Python variable"),
    ("frame == @x", "'@' refers to a Python variable"),
    ("frame.str.contains('x')", r"attribute access \(a '\.'\)"),
    ("frame.__class__.__mro__", "attribute access"),
    ("pd.io.common.os.system('touch {sentinel}')", "attribute access"),
    ("__import__('os').system('touch {sentinel}')", "names starting with '__' are Python internals"),
    ("__builtins__ == 1", "names starting with '__'"),
    ("exec(\"open('{sentinel}', 'w')\")", "calls are not part of the filter language"),
    ("eval(\"__import__('os').system('touch {sentinel}')\")", "calls are not part"),
    ("system('touch {sentinel}')", "calls are not part"),
    ("frame == 'x' or open('{sentinel}', 'w')", "calls are not part"),
    ("(frame)('x')", "calls are not part"),
    ("frame[0] == 'w'", "subscripts are not part"),
    ("frame == ['a'][0]", "subscripts are not part"),
    ("(lambda: __import__('os').system('touch {sentinel}'))()", "'lambda' is a Python keyword"),
    ("[x for x in frame]", "'for' is a Python keyword"),
    ("frame in [x for x in 'ab']", "'for' is a Python keyword"),
    ("frame in [x, y]", "lists hold values only"),
    ("frame == f'{{__import__(\"os\").system(\"touch {sentinel}\")}}'", "f-strings are not part"),
    ("frame == rb'x'", "rb-strings are not part"),
    ("(x := 1)", "':' .*is not part of the filter language"),
    ("frame == 'a'; import os", "';' cannot separate statements"),
    ("frame == 'a'\n__import__('os').system('touch {sentinel}')", "names starting with '__'"),
    ("1 if frame else 2", "'if' is a Python keyword"),
    ("import os", "'import' is a Python keyword"),
    ("{{'a': 1}}", "sets and dicts are not part"),
    ("frame == 'a' # comment", "comments are not part"),
    ("count * 2 > 4", "arithmetic is not part"),
    ("count - 1 > 0", "arithmetic is not part"),
    ("count ** 2 > 4", "arithmetic is not part"),
    ("frame == '\\x41'", r"the escape \\x is not known"),
    ("frame == \"\\N{{BELL}}\"", r"the escape \\N is not known"),
    ("\\\nframe == 1", "a backslash can only escape"),
    ("frame = 'a'", "a single '=' assigns"),
    ("frame == None", "None is not a value here"),
    ("x" * (MAX_LENGTH + 1), "characters long, more than 10,000"),
    ("(" * 100_000, "characters long"),
    ("(" * 5_000 + "x", f"nests more than {MAX_DEPTH} levels deep"),
    ("not " * 2_000 + "x", "nests more than"),
    ("~" * 3_000 + "x", "nests more than"),
    ("x in " + "[" * 3_000, "lists hold values only"),
    ("frame == 'a'\x00", "U\\+0000"),
    ("frame\x1b[2J == 'a'", "U\\+001B"),
    ("frame\u202e == 'a'", "U\\+202E RIGHT-TO-LEFT OVERRIDE"),
    ("frame == 'a\u2066b'", "U\\+2066"),
    ("frame\u200b == 'a'", "U\\+200B ZERO WIDTH SPACE can only appear inside a quoted string"),
    ("frame\u00a0== 'a'", "unexpected character"),
    ("frame == 9" + "9" * 200, "too long"),
    ("frame == 1e999", "too large to be a number"),
    ("'abc", "never closed"),
    ("`abc", "never closed"),
    ("", "the filter is empty"),
]


class TestAttacksAreRefused:
    """Code in a filter is refused with our error, and nothing runs."""

    @pytest.mark.parametrize(("attack", "match"), ATTACKS, ids=[ascii(a[:30]) for a, _ in ATTACKS])
    def test_refused(self, attack, match, tmp_path, no_shell):
        sentinel = tmp_path / "pwned"
        text = attack.format(sentinel=sentinel)
        with pytest.raises(WhereError, match=match) as info:
            parse_where(text)
        assert isinstance(info.value, InputError) and info.value.field == "where"
        assert not sentinel.exists() and not no_shell

    @pytest.mark.parametrize("value", [None, b"frame == 'a'", 3, ["frame == 'a'"], Column("frame")])
    def test_non_text_is_refused(self, value):
        with pytest.raises(WhereError, match="a filter is text, not"):
            parse_where(value)

    def test_the_position_is_the_character_of_the_problem(self):
        with pytest.raises(WhereError, match=r"at character 10 \('@x'\)") as info:
            parse_where("frame == @x")
        assert info.value.position == 10
        assert info.value.problem.startswith("at character 10")

    def test_a_backticked_dunder_is_only_a_column_name(self, tmp_path):
        expr = parse_where("`__import__` == 'os'")
        with pytest.raises(WhereError, match="no column '__import__'"):
            evaluate(expr, pd.DataFrame({"frame": ["a"]}))

    def test_limits_are_inclusive(self):
        assert parse_where("(" * MAX_DEPTH + "x" + ")" * MAX_DEPTH) == Column("x")
        text = "x == 1 or " * 999 + "x == 1"
        assert len(text) <= MAX_LENGTH and len(parse_where(text).operands) == 1000


@pytest.fixture(scope="module")
def counts(seed_tables):
    return seed_tables["frame_counts"]


TOKENS = ["frame", "year", "count", "present", "published", "`rate_per_1000`", "nope", "'win_win'",
          "'mutual_benefit'", "'2025-01-01'", "2010", "-3", "1.5", "True", "false", "==", "!=", "<", "<=",
          ">", ">=", "in", "not", "is", "null", "and", "or", "&", "|", "~", "(", ")", "[", "]", ",", "@",
          ".", "-", "+", "=", "'", "`", "lambda", "__x", "f'x'", "\\", "\x00", ":"]


class TestProperties:
    """Whatever the text, the result is a boolean mask of the table or our error: never anything else."""

    @PROPERTY
    @given(text=st.one_of(st.text(max_size=80), st.lists(st.sampled_from(TOKENS), max_size=12).map(" ".join)))
    def test_any_text_gives_a_mask_or_our_error(self, text, counts):
        try:
            expr = parse_where(text)
        except WhereError:
            return
        assert parse_where(str(expr)) == expr
        try:
            mask = evaluate(expr, counts)
        except WhereError:
            return
        assert mask.dtype == bool and len(mask) == len(counts) and mask.index.equals(counts.index)

    @PROPERTY
    @given(data=st.data())
    def test_well_typed_filters_keep_the_rows_query_keeps(self, data, counts):
        text = data.draw(_filters(counts))
        _same_rows(counts, text)


def _filters(table: pd.DataFrame):
    frames = sorted(table["frame"].unique()) + ["no_such_frame"]
    text = st.sampled_from(frames).map(repr)
    ops = st.sampled_from(["==", "!=", "<", "<=", ">", ">="])
    atoms = st.one_of(
        st.tuples(st.just("frame"), st.sampled_from(["==", "!="]), text).map(" ".join),
        st.tuples(st.sampled_from(["count", "tokens"]), ops, st.integers(-2, 400).map(str)).map(" ".join),
        st.tuples(st.just("rate_per_1000"), ops, st.floats(0, 10, allow_nan=False).map(repr)).map(" ".join),
        st.tuples(st.just("year"), ops, st.integers(2020, 2030).map(str)).map(" ".join),
        st.tuples(st.just("frame"), st.sampled_from(["in", "not in"]),
                  st.lists(text, max_size=3).map(lambda v: f"[{', '.join(v)}]")).map(" ".join),
        st.sampled_from(["present", "not present", "~present"]),
        st.tuples(st.integers(-1, 5), st.integers(0, 10)).map(lambda b: f"{b[0]} <= count < {b[1]}"),
    )
    return st.recursive(atoms, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from(["and", "or", "&", "|"]), inner).map(lambda t: f"({t[0]}) {t[1]} ({t[2]})"),
        inner.map(lambda t: f"not ({t})"), inner.map(lambda t: f"~({t})")), max_leaves=6)
