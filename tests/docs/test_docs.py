"""The documentation builds with warnings as errors, and every documented page is in it."""

import subprocess
import sys

from tests.conftest import ROOT


def test_docs_build_strict(tmp_path):
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
                          cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "site" / "api" / "index.html").is_file()


def test_every_validation_script_has_its_output():
    for script in (ROOT / "docs" / "validation").glob("*.py"):
        if script.stem.endswith("_sample"):
            continue
        assert script.with_suffix(".md").is_file(), f"{script.name} has no committed output"
