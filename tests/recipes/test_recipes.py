"""Recipes: every documented recipe runs; outputs are complete and byte-identical; bad recipes fail clearly."""

import json

import pandas as pd
import pytest

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
    assert (RECIPES / f"{name}.md").is_file(), "every recipe has its documentation page"


def test_seed_recipe_tells_the_golden_story(outputs):
    tables = outputs["seed"].tables
    assert tables["quotes"]["speaker"].tolist() == ["Lin Jian"] * 3
    voice = tables["frames_by_voice"].set_index("frame")
    assert voice.loc["belt_and_road", "voice"] == "authorial" and voice.loc["belt_and_road", "n"] == 2
    assert voice.loc["new_era", "speaker"] == "Lin Jian"


def test_ungdc_recipe_has_model_and_contrasts(outputs):
    tables = outputs["ungdc"].tables
    coefficients = tables["sovereignty_coefficients"]
    assert {"term", "estimate", "std_error", "p_value", "conf_low", "conf_high"} <= set(coefficients.columns)
    assert len(tables["sovereignty_contrasts"]) == 45  # every pair of ten states
    assert set(tables["china_vs_usa"]["group"]) >= {"CHN", "USA"} if "group" in tables["china_vs_usa"] else True


def test_running_twice_gives_identical_tables(tmp_path, outputs):
    again = run(RECIPES / "seed" / "recipe.toml", tmp_path / "again")
    first = outputs["seed"].out
    for file in sorted((first / "tables").iterdir()):
        assert file.read_bytes() == (again.out / "tables" / file.name).read_bytes(), file.name
    assert (first / "provenance.json").read_bytes() == (again.out / "provenance.json").read_bytes()
    assert (first / "report.md").read_bytes() == (again.out / "report.md").read_bytes()


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
])
def test_bad_recipes_name_key_line_and_fix(tmp_path, text, match):
    with pytest.raises(RecipeError, match=match):
        run(_recipe(tmp_path, text), tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_cli_run(tmp_path, capsys):
    assert main(["run", str(RECIPES / "seed" / "recipe.toml"), "-o", str(tmp_path / "o")]) == 0
    assert "report:" in capsys.readouterr().out
    assert main(["run", str(_recipe(tmp_path, '[recipe]\nname = 1\n')), "-o", str(tmp_path / "p")]) == 2
    assert "Fix:" in capsys.readouterr().err
    pd.read_parquet(tmp_path / "o" / "tables" / "quotes.parquet")
