"""The tutorial notebooks are stored with their outputs, and those outputs are what they give now."""

import sys

import nbformat
import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from run_notebooks import execute  # noqa: E402

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def _texts(book) -> list[list[str]]:
    """Per code cell, its text outputs (figures and HTML tables are checked by their presence)."""
    out = []
    for cell in book.cells:
        if cell.cell_type == "code":
            out.append([o.get("text", "") if o.output_type == "stream" else o.get("data", {}).get("text/plain", "")
                        for o in cell.outputs if o.output_type != "display_data"])
    return out


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_notebook_runs_and_its_stored_outputs_are_current(path):
    stored = nbformat.read(path, as_version=4)
    fresh = execute(path)
    errors = [o for c in fresh.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors[0].get("evalue") if errors else ""
    assert _texts(stored) == _texts(fresh), f"rerun: .venv/bin/python tools/run_notebooks.py {path.name}"
    kinds = [[sorted(o.get("data", {})) for o in c.outputs] for c in fresh.cells if c.cell_type == "code"]
    assert kinds == [[sorted(o.get("data", {})) for o in c.outputs] for c in stored.cells if c.cell_type == "code"]
    if "over_time" in path.name:  # its figures are displayed inline, once each
        assert sum("image/png" in k for cell in kinds for k in cell) == 2
