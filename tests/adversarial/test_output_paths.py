"""Output paths, by class: no writer of this library deletes or replaces what the user did not ask it to.

Every writer (``discourse load``, partitioned loads, ``measure``, ``run``, ``Corpus.save``) is
tried against every kind of existing target. A refused target is left byte for byte as it was,
and the error names it with a fix; an allowed one (new, empty, or a folder this library wrote)
is written.
"""

import hashlib
import os
from pathlib import Path

import pytest

import discourse as dx
from discourse._io import check_output, is_ours
from discourse.cli import main
from tests.conftest import SEED

RECIPE = '[recipe]\nname = "r"\n[[corpus]]\npaths = ["in"]\n[[table]]\nname = "q"\nof = "quotes"\n'


def snapshot(root: Path) -> dict:
    """Every path under ``root`` (links not followed) with its content hash."""
    out = {}
    for dirpath, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(dirpath) / name
            out[str(path.relative_to(root))] = (
                "link" if path.is_symlink() else hashlib.sha256(path.read_bytes()).hexdigest()
                if path.is_file() else "dir")
    return out


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A project folder: an input folder with the seed, a recipe, a corpus folder, the user's files."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "recipe.toml").write_text(RECIPE)
    (tmp_path / "thesis").mkdir()
    (tmp_path / "thesis" / "ch1.txt").write_text("Chapter one, years of work.")
    (tmp_path / "notes.txt").write_text("my notes")
    dx.load(tmp_path / "in").save(tmp_path / "corpus")
    return tmp_path


# target -> (path, with {input} for the writer's input folder; how to make it; allowed?)
def _ours(ws):
    dx.load(ws / "in").save(ws / "ours")


def _empty(ws):
    (ws / "empty").mkdir()


def _link(ws):
    (ws / "link").symlink_to(ws / "thesis")


def _ours_with_notes(ws):
    _ours(ws)
    (ws / "ours" / "my_notes.md").write_text("mine")


TARGETS = {
    "new-folder": ("out/new", None, True),
    "empty-folder": ("empty", _empty, True),
    "our-own-output": ("ours", _ours, True),
    "user-folder": ("thesis", None, False),
    "our-output-with-user-files": ("ours", _ours_with_notes, False),
    "existing-file": ("notes.txt", None, False),
    "symlink-to-user-folder": ("link", _link, False),
    "the-input-folder": ("{input}", None, False),
    "inside-the-input": ("{input}/out", None, False),
    "holds-the-input": (".", None, False),
    "current-folder-absolute": (None, None, False),
    "parent-of-everything": ("..", None, False),
    "dotdot-into-input": ("out/../{input}", None, False),
}


def _write_with(writer: str, target: str, ws: Path) -> int:
    """Run one writer; return 0 on success, 2 for a refusal (an OutputError), as the CLI does."""
    if writer.startswith("cli-"):
        argv = {"cli-load": ["load", "-q", "in", "-o", target],
                "cli-load-partitioned": ["load", "-q", "in", "-o", target, "--partition-size", "1"],
                "cli-measure": ["measure", "frames", "corpus", "-o", target],
                "cli-run": ["run", "recipe.toml", "-o", target]}[writer]
        return main(argv)
    try:
        if writer == "save":
            dx.load(ws / "in").save(target)
        else:
            dx.corpus.load_partitioned(ws / "in", target, partition_size=1)
    except dx.OutputError:
        return 2
    return 0


WRITERS = ["cli-load", "cli-load-partitioned", "cli-measure", "cli-run", "save", "load_partitioned"]


@pytest.mark.parametrize("target", list(TARGETS))
@pytest.mark.parametrize("writer", WRITERS)
def test_writers_refuse_what_is_not_theirs(workspace, writer, target, capsys):
    name, make, allowed = TARGETS[target]
    name = (name or str(workspace)).format(input="corpus" if writer == "cli-measure" else "in")
    if writer == "save" and target == "inside-the-input":
        allowed = True  # a Corpus knows its files, not the folder they came from; a load skips it

    if make:
        make(workspace)
    before = snapshot(workspace)
    status = _write_with(writer, name, workspace)
    if allowed:
        assert status == 0, capsys.readouterr().err
        assert (workspace / name).is_dir()
        return
    assert status == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if writer.startswith("cli-"):
        assert "Fix:" in err
    after = snapshot(workspace)
    assert after == before, {k: (before.get(k), after.get(k)) for k in set(before) | set(after)
                             if before.get(k) != after.get(k)}


def test_rerun_replaces_its_own_output_and_nothing_beside_it(workspace):
    (workspace / ".out.old").mkdir()  # a user's folder with the name a careless writer would use
    (workspace / ".out.old" / "keep.txt").write_text("keep")
    for _ in range(2):
        assert main(["load", "-q", "in", "-o", "out"]) == 0
    assert (workspace / ".out.old" / "keep.txt").read_text() == "keep"
    assert is_ours(workspace / "out")
    assert sorted(p.name for p in workspace.iterdir() if p.name.startswith(".out")) == [".out.old"]


def test_our_output_inside_an_input_folder_is_not_read_back(workspace):
    dx.load(workspace / "in").save(workspace / "in" / "old_corpus")  # written by an older version
    corpus = dx.load(workspace / "in")
    assert len(corpus.documents) == 1
    assert corpus.rejects["reason"].str.contains("corpus folder that discourse wrote").tolist() == [True]


def test_check_output_names_the_input_it_protects(workspace):
    with pytest.raises(dx.OutputError, match=r"in/out: the output lies inside the input 'in'.*\n  Fix:"):
        check_output("in/out", ["in"])


def test_measure_tables_accumulate_in_one_output_folder(workspace):
    for measure in ("frames", "sentiment"):
        assert main(["measure", measure, "corpus", "-o", "m"]) == 0
    names = sorted(p.name for p in (workspace / "m").iterdir())
    assert names == ["frames.parquet", "measure.json", "sentiment_actors.parquet", "sentiment_mentions.parquet",
                     "sentiment_sentences.parquet"]
    assert is_ours(workspace / "m")
