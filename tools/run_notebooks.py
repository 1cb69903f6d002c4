"""Execute the tutorial notebooks in place, so that they are stored with their outputs.

A reader on GitHub or in the docs sees every table and figure without running anything;
``tests/test_notebooks.py`` runs each notebook again and checks that its stored text outputs are
the ones it gives now. Run from the repository root after changing a notebook or the library:

    .venv/bin/python tools/run_notebooks.py            # all of notebooks/*.ipynb
    .venv/bin/python tools/run_notebooks.py notebooks/01_quickstart.ipynb
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]


def execute(path: Path) -> nbformat.NotebookNode:
    """Run a notebook top to bottom in its own folder and return it with its outputs."""
    book = nbformat.read(path, as_version=4)
    for cell in book.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
            cell.metadata.pop("execution", None)
    NotebookClient(book, timeout=600, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    book.metadata.pop("widgets", None)
    return book


def main(paths: list[str]) -> int:
    targets = [Path(p) for p in paths] or sorted((ROOT / "notebooks").glob("*.ipynb"))
    for path in targets:
        nbformat.write(execute(path), path)
        print(f"ran {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
