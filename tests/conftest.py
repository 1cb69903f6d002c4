"""Shared fixtures: paths to the repo's own data and to ../shared when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SEED = ROOT / "seeds" / "000_dc699da55f7d4812.txt"
CORPORA = ROOT / "corpora"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Return a path under ../shared/data, or skip the test when it is absent."""
    path = SHARED.joinpath("data", *parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the full real data sits beside the checkout only in CI "
                    "and on the developers' machines)")
    return path


@pytest.fixture(scope="session")
def seed_corpus():
    import discourse as dx

    return dx.load(SEED)


@pytest.fixture
def no_shell(monkeypatch):
    """Record, instead of running, any shell command the code under test would start."""
    import os
    import subprocess

    calls = []
    monkeypatch.setattr(os, "system", lambda *a, **k: calls.append(a) or 0)
    monkeypatch.setattr(subprocess, "Popen", lambda *a, **k: calls.append(a))
    return calls
