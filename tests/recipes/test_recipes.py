"""Recipes: every documented recipe runs; outputs are complete and byte-identical; bad recipes fail clearly."""

import json
import re

import pandas as pd
import pytest

import discourse as dx
from discourse._fold import count_tokens  # the one tokenizer of every exposure
from discourse.cli import main
from discourse.recipes import RecipeError, run
from tests.conftest import ROOT

RECIPES = ROOT / "docs" / "recipes"
DOCUMENTED = ["seed", "central_asia", "ungdc", "validate_lexicon"]


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    out = tmp_path_factory.mktemp("recipes")
    return {name: run(RECIPES / name / "recipe.toml", out / name) for name in DOCUMENTED}


@pytest.mark.parametrize("name", DOCUMENTED)
def test_documented_recipe_runs(outputs, name):
    result = outputs[name]
    assert (result.out / "report.md").is_file() and (result.out / "report.html").is_file()
    provenance = json.loads((result.out / "provenance.json").read_text())
    assert provenance["library"] == "discourse" and len(provenance["recipe_sha256"]) == 64
    assert provenance["corpus"]["ok"] and provenance["lexicons"]
    for table in result.tables:
        assert (result.out / "tables" / f"{table}.parquet").is_file()
        assert (result.out / "tables" / f"{table}.csv").is_file()
    for figure in result.figures:
        assert (result.out / "figures" / f"{figure}.png").is_file()
        assert (result.out / "figures" / f"{figure}.svg").is_file()
    for explorer in result.explorers:
        page = (result.out / "explorers" / f"{explorer}.html").read_text("utf-8")
        assert page.startswith("<!DOCTYPE html>") and f"explorers/{explorer}.html" in \
            (result.out / "report.md").read_text("utf-8")
    assert (RECIPES / f"{name}.md").is_file(), "every recipe has its documentation page"


def test_the_ungdc_recipe_writes_an_explorer_by_state(outputs):
    page = (outputs["ungdc"].out / "explorers" / "frames_by_state.html").read_text("utf-8")
    data = json.loads(re.search(r'<script id="dx-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert {"CHN", "USA", "RUS", "KAZ"} <= set(data["groups"]) and data["by"] == "speaker_country"
    assert data["periods"][0] == "1992" and data["periods"][-1] == "2024"  # years: the speeches have no dates


def test_seed_recipe_tells_the_golden_story(outputs):
    tables = outputs["seed"].tables
    assert tables["quotes"]["speaker"].tolist() == ["Lin Jian"] * 3
    voice = tables["frames_by_voice"]
    voice = voice[voice["count"] > 0].set_index("frame")
    assert voice.loc["belt_and_road", "voice"] == "authorial" and voice.loc["belt_and_road", "count"] == 2
    assert voice.loc["new_era", "speaker"] == "Lin Jian" and voice.loc["new_era", "count"] == 1
    # the rate of a speaker's frames is per 1,000 of that speaker's words
    lin = tables["frames_by_voice"].query("speaker == 'Lin Jian'")["words"]
    assert lin.nunique() == 1 and 0 < lin.iloc[0] < outputs["seed"].corpus.documents["text"].str.split().str.len().sum()




def test_flagship_rates_count_each_documents_words_once(outputs):
    """cooperation_by_year pools five frames: its rate is 1000 x hits / words of the documents, each once."""
    result = outputs["central_asia"]
    table = result.tables["cooperation_by_year"]
    docs = result.corpus.documents
    docs = docs.assign(words=[count_tokens(t) for t in docs["text"]])
    frames = ["mutual_benefit", "win_win", "good_neighbourliness", "shared_future", "belt_and_road"]
    hits = pd.concat([dx.frames.measure(result.corpus, lex) for lex in ("china_diplomatic", "geopolitics")])
    hits = hits[hits["frame"].isin(frames) & ~hits["negated"]].drop_duplicates(["doc_id", "start", "end", "frame"])
    for row in table.itertuples():
        cell = docs[(docs["source"] == row.source) & (docs["year"] == row.year)]
        count = hits["doc_id"].isin(set(cell["doc_id"])).sum()
        assert (row.documents, row.count, row.tokens) == (len(cell), count, cell["words"].sum())
        assert row.rate_per_1000 == pytest.approx(1000 * count / cell["words"].sum())
    assert table["count"].sum() > 0


def test_overlapping_corpus_groups(tmp_path):
    seed = ROOT / "seeds" / "000_dc699da55f7d4812.txt"
    recipe = _recipe(tmp_path, f"""[recipe]\nname = "overlap"\n
[[corpus]]\npaths = ["{seed}"]\nabout = ["KAZ"]\ngroup = "about Kazakhstan"\n
[[corpus]]\npaths = ["{seed}"]\nabout = ["CHN"]\ngroup = "about China"\n
[[table]]\nname = "by_group"\nof = "frames"\nby = ["group"]\n
[[table]]\nname = "pooled"\nof = "frames"\nby = ["source"]\n""")
    result = run(recipe, tmp_path / "out")
    by_group = result.tables["by_group"].set_index("group")
    pooled = result.tables["pooled"].iloc[0]
    assert sorted(by_group.index) == ["about China", "about Kazakhstan"]
    for group in by_group.index:  # the one document is in both groups, and counted once in each
        assert (by_group.loc[group, "documents"], by_group.loc[group, "words"]) == (1, pooled["words"])
        assert by_group.loc[group, "count"] == pooled["count"]
    assert pooled["documents"] == 1 and len(result.corpus) == 1



def test_ungdc_recipe_has_model_and_contrasts(outputs):
    tables = outputs["ungdc"].tables
    coefficients = tables["sovereignty_coefficients"]
    assert {"term", "estimate", "std_error", "p_value", "conf_low", "conf_high"} <= set(coefficients.columns)
    assert len(tables["sovereignty_contrasts"]) == 45  # every pair of ten states
    assert set(tables["china_vs_usa"]["group"]) >= {"CHN", "USA"} if "group" in tables["china_vs_usa"] else True
    ratios = tables["sovereignty_ratios"]
    assert {"label", "ratio", "conf_low", "conf_high", "p_adjusted"} <= set(ratios.columns)
    assert "France vs China" in set(ratios["label"]) and (ratios["conf_low"] <= ratios["ratio"]).all()
    report = (outputs["ungdc"].out / "report.md").read_text()
    assert "Model `sovereignty`: negative binomial regression" in report and "holm-corrected p" in report
    assert "| UN General Debate | 321 | 1992 | 2024 |" in report  # years, where the speeches have no dates
    for name in DOCUMENTED:
        assert not re.search(r"\b(nan|NaT|<NA>)\b", (outputs[name].out / "report.md").read_text()), name


@pytest.mark.parametrize("name", DOCUMENTED)
def test_running_twice_gives_identical_files(tmp_path, outputs, name):
    again = run(RECIPES / name / "recipe.toml", tmp_path / "again")
    first = outputs[name].out
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(again.out) for p in again.out.rglob("*") if p.is_file())
    for file in files:  # tables, figures (PNG and SVG), report and provenance
        assert (first / file).read_bytes() == (again.out / file).read_bytes(), file


def _recipe(tmp_path, text):
    path = tmp_path / "r.toml"
    path.write_text(text)
    return path


@pytest.mark.parametrize("text, match", [
    ('[recipe]\nname = "x"\n[[corpus]]\npaths = ["a"]\ncolour = "red"\n', r"line 5, field 'corpus.colour': unknown key"),
    ('[recipe]\nname = 3\n[[corpus]]\npaths = ["a"]\n', r"line 2, field 'recipe.name': expected a string, got int"),
    ('[recipe]\nname = "x"\n[[corpus]]\npaths = "a"\n', r"field 'corpus.paths': expected a list.*\n  Fix: files"),
    ('[recipe]\nname = "x"\n', r"field 'corpus': the \[corpus\] section is missing"),
    ('[recipe]\nname = "x"\n[corpus]\npaths = ["a"]\n', r"write this section as \[\[corpus\]\]"),
    ('[recipes]\nname = "x"\n', r"line 1, field 'recipes': unknown section"),
    ('[recipe]\nname = "x\n', r"not valid TOML"),
    ('[recipe]\nname = "x"\n[[corpus]]\npaths = ["missing.csv"]\n', r"missing.csv does not exist"),
    ('[recipe]\nname = "x"\n[[corpus]]\npaths = ["blank.txt"]\n', r"no document was loaded: every input was rejected"),
])
def test_bad_recipes_name_key_line_and_fix(tmp_path, text, match):
    (tmp_path / "blank.txt").write_text("  \n", "utf-8")
    with pytest.raises(RecipeError, match=match):
        run(_recipe(tmp_path, text), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_run(tmp_path, capsys):
    assert main(["run", str(RECIPES / "seed" / "recipe.toml"), "-o", str(tmp_path / "o")]) == 0
    printed = capsys.readouterr()
    assert "report:" in printed.out and "recipe" not in printed.out
    assert "10/10" in printed.err  # the steps' progress, on stderr only
    assert main(["run", str(RECIPES / "seed" / "recipe.toml"), "-o", str(tmp_path / "q"), "-q"]) == 0
    assert "10/10" not in capsys.readouterr().err
    assert main(["run", str(_recipe(tmp_path, '[recipe]\nname = 1\n')), "-o", str(tmp_path / "p")]) == 2
    assert "Fix:" in capsys.readouterr().err
    pd.read_parquet(tmp_path / "o" / "tables" / "quotes.parquet")


def _press_page(spokesperson: str, date: str, turns: list[str]) -> str:
    title = f"Foreign Ministry Spokesperson {spokesperson}'s Regular Press Conference on {date}"
    return (f"<html lang='en'><head><title>{title}</title></head><body><h2>{title}</h2>"
            + "".join(f"<p>{t}</p>" for t in turns) + "</body></html>")


PRESS_RECIPE = """
[recipe]
name = "press"
[[corpus]]
paths = ["pages"]
[[table]]
name = "by_quarter"
of = "frames"
where = "speaker_role == 'spokesperson'"
by = ["speaker"]
period = "quarter"
[[table]]
name = "q_vs_a"
of = "frames"
where = "speaker_role in ['spokesperson', 'journalist'] and frame == 'win_win'"
by = ["speaker_role"]
[[model]]
name = "win_win"
frame = "win_win"
units = "speakers"
where = "speaker_role == 'spokesperson'"
formula = "count ~ C(speaker)"
family = "poisson"
by = "speaker"
[[figure]]
name = "over_time"
kind = "over_time"
of = "by_quarter"
"""


def test_a_press_conference_recipe_compares_spokespeople_and_questions_with_answers(tmp_path):
    """Rates per spokesperson and quarter use the spokesperson's words; questions are counted apart."""
    pages = tmp_path / "pages"
    pages.mkdir()
    answer = "A: China stands for win-win cooperation and mutual benefit with all countries in the region."
    for n, (who, date) in enumerate([("Lu Kang", "January 8, 2019"), ("Lu Kang", "May 6, 2019"),
                                     ("Hua Chunying", "January 9, 2019"), ("Hua Chunying", "May 7, 2019")]):
        turns = ["Q: Is win-win cooperation still possible with the United States?", answer,
                 "Q: Can you confirm the visit?", "A: I have no information to release." + " Thank you." * n]
        (pages / f"p{n}.html").write_text(_press_page(who, date, turns), "utf-8")
    (tmp_path / "recipe.toml").write_text(PRESS_RECIPE, "utf-8")
    result = run(tmp_path / "recipe.toml", tmp_path / "out")
    quotes = result.corpus.quotes
    words = quotes.groupby("speaker")["text"].agg(lambda t: count_tokens(" ".join(t)))
    by_quarter = result.tables["by_quarter"]
    assert set(by_quarter["speaker"]) == {"Lu Kang", "Hua Chunying"}  # journalists' words left out of the exposure
    assert by_quarter.groupby("speaker")["words"].sum().to_dict() == words.to_dict()
    assert sorted(by_quarter["period"].astype(str).str[:10].unique()) == ["2019-01-01", "2019-04-01"]
    q_vs_a = result.tables["q_vs_a"].set_index("speaker_role")
    assert q_vs_a.loc["journalist", "count"] == 4 and q_vs_a.loc["spokesperson", "count"] == 4
    assert q_vs_a.loc["journalist", "words"] == count_tokens(" ".join(quotes.loc[quotes["speaker_role"]
                                                                                  == "journalist", "text"]))
    assert "win_win_ratios" in result.tables and "4 speaker units" in " ".join(result.notes)


@pytest.mark.shared
def test_the_mfa_press_conference_recipe_on_a_sample_of_its_pages(tmp_path):
    """The documented recipe, pointed at every 10th page of the shared MFA data (the pages are not in the repo)."""
    import gzip
    import itertools

    from tests.conftest import shared_path

    path = shared_path("mfa_pressers_en", "mfa_pressers_en_2018-2019.jsonl.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        (tmp_path / "mfa.jsonl").write_text("".join(itertools.islice(fh, 0, None, 10)), "utf-8")
    recipe = (RECIPES / "mfa_pressers" / "recipe.toml").read_text("utf-8")
    recipe = re.sub(r'paths = \[".*?"\]', 'paths = ["mfa.jsonl"]', recipe)
    (tmp_path / "recipe.toml").write_text(recipe, "utf-8")
    result = run(tmp_path / "recipe.toml", tmp_path / "out")
    assert (RECIPES / "mfa_pressers.md").is_file()
    turns = result.tables["turns_by_role"]
    assert set(turns["speaker_role"]) == {"spokesperson", "journalist"}
    qa = result.tables["questions_vs_answers"].groupby("speaker_role")["words"].first()
    said = result.corpus.quotes[result.corpus.quotes["kind"] == "turn"]
    spoken = said.groupby("speaker_role")["text"].agg(lambda t: count_tokens(" ".join(t)))
    for role in ("journalist", "spokesperson"):  # own words, less what they report others saying (questions often do)
        assert 0.7 * spoken[role] <= qa[role] <= spoken[role], (role, qa[role], spoken[role])
    assert {"spokespeople_over_time", "questions_vs_answers_over_time"} <= set(result.figures)
    page = (result.out / "explorers" / "frames_by_speaker.html").read_text("utf-8")
    assert "Hua Chunying" in page and "Geng Shuang" in page
    data = json.loads(re.search(r'<script id="dx-data" type="application/json">(.*?)</script>', page, re.S).group(1))
    assert "United States" in data["stance"]["targets"][:5]  # stance toward the states they are asked about


@pytest.mark.shared
def test_the_chinese_and_english_mfa_recipe_on_a_sample_of_its_pages(tmp_path):
    """The documented zh-en recipe on every 20th page of each shared MFA corpus."""
    import gzip
    import itertools

    from tests.conftest import shared_path

    recipe = (RECIPES / "mfa_zh_en" / "recipe.toml").read_text("utf-8")
    for name, parts in (("zh.jsonl", ("zh_official", "mfa_spokesperson_zh_2016-2019.jsonl.gz")),
                        ("en.jsonl", ("mfa_pressers_en", "mfa_pressers_en_2018-2019.jsonl.gz"))):
        with gzip.open(shared_path(*parts), "rt", encoding="utf-8") as fh:
            (tmp_path / name).write_text("".join(itertools.islice(fh, 0, None, 20)), "utf-8")
        recipe = re.sub(r'paths = \["[^"]*' + re.escape(parts[1]) + '"\\]', f'paths = ["{name}"]', recipe)
    (tmp_path / "recipe.toml").write_text(recipe, "utf-8")
    result = run(tmp_path / "recipe.toml", tmp_path / "out")
    assert (RECIPES / "mfa_zh_en.md").is_file()
    table = result.tables["frames_by_language"]
    assert set(table["source"]) == {"MFA Chinese", "MFA English"}
    hits = table.pivot(index="frame", columns="source", values="count")
    assert (hits.loc[["win_win", "mutual_benefit", "multilateralism"]] > 0).all().all()
    assert set(result.corpus.documents["language"]) == {"zh", "en"}
    assert "win_win_by_language_ratios" in result.tables


# ------------------------------------------------------------------ a large corpus streams (issue 19)

STREAMED_RECIPE = """
[recipe]
name = "streamed"
seed = 7

[[corpus]]
paths = ["{root}/corpora/kremlin/kremlin_en_foreign_policy.jsonl", "{root}/corpora/whitehouse",
         "{root}/seeds/000_dc699da55f7d4812.txt"]
about = ["CHN", "RUS", "USA", "UKR"]

[lexicons]
use = ["china_diplomatic@1.0", "geopolitics@1.0"]

[measures]
frames = true
sentiment = true
stance = true

[[table]]
name = "frames_by_voice"
of = "frames"
by = ["source", "frame", "voice"]

[[table]]
name = "sentiment_by_target"
of = "sentiment"
by = ["source", "target"]

[[table]]
name = "stance_by_speaker"
of = "stance"
by = ["speaker", "label"]

[[table]]
name = "counts_by_year"
of = "frame_counts"
by = ["source", "year"]

[[explorer]]
name = "frames"
"""


def test_a_large_corpus_is_built_and_measured_in_partitions_with_the_same_outputs(tmp_path, monkeypatch):
    """Above the streaming threshold the corpus is built and measured partition by partition in worker
    processes; every output file equals the in-memory run's, and nothing is left beside the output."""
    from discourse.recipes import _run

    recipe = tmp_path / "recipe.toml"
    recipe.write_text(STREAMED_RECIPE.format(root=ROOT.as_posix()), "utf-8")
    whole = run(recipe, tmp_path / "whole")
    assert whole.corpus is not None and len(whole.corpus) > 40
    streamed_sizes = []
    monkeypatch.setattr(_run, "partition_size_for", lambda paths: streamed_sizes.append(paths) or 40)
    run(recipe, tmp_path / "streamed")
    assert streamed_sizes, "the streamed path was taken"
    files = sorted(p.relative_to(tmp_path / "whole") for p in (tmp_path / "whole").rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(tmp_path / "streamed") for p in (tmp_path / "streamed").rglob("*")
                           if p.is_file())
    for name in files:
        if name.suffix in (".png", ".svg"):
            continue  # figures: drawn from the tables compared here
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "streamed" / name).read_bytes(), name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipe.toml", "streamed", "whole"]


def test_a_streamed_partition_measures_sentence_sentiment_alone_when_no_table_names_actors(tmp_path, monkeypatch):
    """Workers score sentences only when no [[table]] names sentiment toward actors; the sentence
    table is the one ``discourse measure sentiment`` writes, and the streamed recipe's output equals
    the in-memory run's."""
    from discourse.features._actors import _sentiment_tables
    from discourse.recipes import _run

    corpus = dx.load(ROOT / "corpora" / "kremlin", progress=False)
    lexicons = [dx.lexicon("china_diplomatic@1.0")]
    alone = _run._partition_measures(corpus, lexicons, sentiment="sentences", stance=False)
    assert "sentiment_mentions" not in alone and "sentiment_actors" not in alone
    pd.testing.assert_frame_equal(alone["sentiment_sentences"], _sentiment_tables(corpus)["sentiment_sentences"])
    recipe = tmp_path / "recipe.toml"
    text = STREAMED_RECIPE.format(root=ROOT.as_posix()).replace('of = "sentiment"', 'of = "sentiment_sentences"')
    recipe.write_text(text.replace('by = ["source", "target"]', 'by = ["source", "speaker"]'), "utf-8")
    run(recipe, tmp_path / "whole")
    monkeypatch.setattr(_run, "partition_size_for", lambda paths: 40)
    run(recipe, tmp_path / "streamed")
    for name in ("tables/sentiment_by_target.csv", "tables/frames_by_voice.csv"):
        assert (tmp_path / "whole" / name).read_bytes() == (tmp_path / "streamed" / name).read_bytes(), name


def test_a_streamed_run_that_fails_leaves_nothing_beside_the_output(tmp_path, monkeypatch):
    from discourse.recipes import _run

    recipe = tmp_path / "recipe.toml"
    recipe.write_text(STREAMED_RECIPE.format(root=ROOT.as_posix()).replace('of = "stance"', 'of = "no_such_table"'),
                      "utf-8")
    monkeypatch.setattr(_run, "partition_size_for", lambda paths: 40)
    with pytest.raises(RecipeError, match="no_such_table"):
        run(recipe, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipe.toml"]


def test_a_table_no_recipe_names_is_never_built(tmp_path, monkeypatch):
    """Measure tables are built when a [[table]] first names one: sentence sentiment is not built
    for a recipe that tabulates frames only, and an unknown name still lists every table."""
    from discourse.features import sentiment

    calls = []
    measure = sentiment.measure
    monkeypatch.setattr(sentiment, "measure", lambda *a, **k: calls.append(1) or measure(*a, **k))
    head = (f'[recipe]\nname = "x"\n[[corpus]]\npaths = ["{(ROOT / "corpora" / "kremlin").as_posix()}"]\n'
            '[measures]\nframes = true\nsentiment = true\n')
    run(_recipe(tmp_path, head + '[[table]]\nname = "f"\nof = "frame_counts"\nby = ["source"]\n'), tmp_path / "a")
    assert calls == []
    run(_recipe(tmp_path, head + '[[table]]\nname = "s"\nof = "sentiment_sentences"\nby = ["source"]\n'),
        tmp_path / "b")
    assert calls == [1]
    with pytest.raises(RecipeError, match=r"(?s)no table 'x'.*'sentiment_actors'"):
        run(_recipe(tmp_path, head + '[[table]]\nname = "t"\nof = "x"\n'), tmp_path / "c")
