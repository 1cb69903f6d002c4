"""Recipe fields, by class: a shared recipe is data. It cannot run code, write outside its folder or hang.

Every field a recipe sets is tried with hostile values: filters and formulas that would run a
command if evaluated, output names that climb out of the output folder, inputs that are pipes
or folders, names that collide. Each ends in a RecipeError naming the file, line and field
with a fix, before anything is written; no sentinel file appears anywhere.
"""

import os

import pytest

import discourse as dx
from discourse.recipes import RecipeError, run
from tests.adversarial.test_output_paths import snapshot
from tests.conftest import SEED

HEAD = '[recipe]\nname = "r"\n[[corpus]]\npaths = ["seed.txt"]\n'


@pytest.fixture
def project(tmp_path, monkeypatch):
    root = tmp_path / "project"
    root.mkdir()
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(root)
    return root


def _sentinel(root):
    return root / "PWNED"


def _table(where):
    return f'[[table]]\nname = "t"\nof = "mentions"\nwhere = "{where}"\n'


def _model(formula):
    return f'[measures]\nframes = true\n[[model]]\nname = "m"\nformula = "{formula}"\n'


def _named(section, name):
    body = {"table": 'of = "mentions"', "figure": 'kind = "over_time"\nof = "t"', "model": 'formula = "count ~ year"',
            "compare": 'kind = "keyness"\nby = "source"'}[section]
    return f'[[{section}]]\nname = "{name}"\n{body}\n'


TOUCH = "touch PWNED"
# class, name, recipe text after HEAD, the key the error names
ATTACKS = [
    ("where", "query-at-reference", _table(f"@pd.io.common.os.system('{TOUCH}')"), "table.where"),
    ("where", "dunder-chain", _table("kind.__class__.__mro__[1].__subclasses__()"), "table.where"),
    ("where", "call", _table(f"__import__('os').system('{TOUCH}')"), "table.where"),
    ("where", "lambda", _table("(lambda: 1)()"), "table.where"),
    ("where", "deep-nesting", _table("(" * 5000 + "kind == 'state'" + ")" * 5000), "table.where"),
    ("where", "nul-byte", _table("kind == 'st\\u0000ate'"), None),
    ("formula", "import", _model(f"count ~ __import__('os').system('{TOUCH}')"), "model.formula"),
    ("formula", "numpy-os", _model(f"count ~ np.os.system('{TOUCH}')"), "model.formula"),
    ("formula", "identity-escape", _model("count ~ I(__import__('os'))"), "model.formula"),
    ("formula", "treatment-eval", _model("count ~ C(source, eval('1'))"), "model.formula"),
    ("formula", "statement", _model(f"count ~ year; import os; os.system('{TOUCH}')"), "model.formula"),
    ("name", "parent", _named("table", "../escaped"), "table.name"),
    ("name", "absolute", _named("table", "/tmp/escaped"), "table.name"),
    ("name", "nested", _named("figure", "sub/escaped"), "figure.name"),
    ("name", "hidden", _named("table", ".hidden"), "table.name"),
    ("name", "dots", _named("compare", ".."), "compare.name"),
    ("name", "space", _named("table", "a b"), "table.name"),
    ("name", "too-long", _named("table", "x" * 200), "table.name"),
    ("name", "duplicate", _named("table", "same") + _named("compare", "same"), "compare.name"),
    ("name", "model-collides", _named("model", "m") + _named("table", "m_coefficients"), "model.name"),
    ("input", "lexicon-is-a-folder", '[lexicons]\nfiles = ["."]\n', None),
    ("input", "codes-are-a-pipe", '[[validate]]\nname = "v"\nunits = "pipe"\ncodes = "pipe"\n', None),
]


@pytest.mark.parametrize("text, key", [pytest.param(*a[2:], id=f"{a[0]}-{a[1]}") for a in ATTACKS])
def test_hostile_recipe_field(project, text, key):
    os.mkfifo(project / "pipe")
    (project / "recipe.toml").write_text(HEAD + text)
    before = snapshot(project.parent)
    with pytest.raises(RecipeError if key else dx.DiscourseError) as err:
        run(project / "recipe.toml", project / "out")
    message = str(err.value)
    assert "Fix:" in message and "recipe.toml" in message or not key
    if key:
        assert f"field '{key}'" in message
    assert not _sentinel(project).exists()
    assert snapshot(project.parent) == before  # nothing written, inside the project or beside it


def test_the_recipe_file_itself_may_not_be_a_pipe(project):
    os.mkfifo(project / "recipe.toml")
    with pytest.raises(RecipeError, match="recipe.toml: the recipe is a named pipe"):
        run(project / "recipe.toml", project / "out")


def test_output_may_not_hold_the_recipe_or_its_inputs(project, monkeypatch):
    (project / "recipe.toml").write_text(HEAD)
    monkeypatch.chdir(project.parent)
    with pytest.raises(dx.OutputError, match="holds the input"):
        run(project / "recipe.toml", project)


def test_an_unexpected_failure_names_its_step(project, monkeypatch):
    from discourse import stats

    def broken(*args, **kwargs):
        raise ValueError("zero-size array to reduction operation")

    monkeypatch.setattr(stats, "fit", broken)
    (project / "recipe.toml").write_text(HEAD + _model("count ~ year"))
    with pytest.raises(RecipeError, match=r"field 'model': the model step failed: ValueError: zero-size") as err:
        run(project / "recipe.toml", project / "out")
    assert isinstance(err.value.__cause__, ValueError)  # the traceback behind --debug
    assert not (project / "out").exists()
