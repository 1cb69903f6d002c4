"""Signals, by class: Ctrl-C at any moment of a command ends it cleanly.

SIGINT is sent while the library is still being imported, while inputs are read, and while
tables are built or written, on each engine; the command exits 130 with one line of
explanation, no traceback, no output folder and no temporary folder left behind (a
partitioned load keeps only its staged partitions, to resume), and no worker lingers.
"""

import os
import signal
import subprocess
import sys
import time

import pytest

from tests.conftest import CORPORA, ROOT

INPUTS = [str(CORPORA / "ungdc"), str(CORPORA / "wikinews"), str(CORPORA / "kremlin")]


def _interrupt(argv: list[str], after: float, cwd) -> subprocess.CompletedProcess:
    proc = subprocess.Popen([sys.executable, "-m", "discourse", *argv], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    time.sleep(after)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    return subprocess.CompletedProcess(argv, proc.returncode, out, err)


def _interrupted(done: subprocess.CompletedProcess) -> bool:
    """Ended as Ctrl-C should: exit status 130, or killed by SIGINT itself (-2).

    Both read as 130 in a shell. The second happens when the signal lands while a library
    imports through ``exec`` (scipy does): CPython then marks the interrupt as unhandled and,
    after our message and clean-up, re-raises SIGINT on exit, as the convention for shells asks.
    """
    return done.returncode in (130, -signal.SIGINT)


@pytest.mark.parametrize("after", [0.3, 2.5], ids=["while-starting", "while-loading"])
@pytest.mark.parametrize("engine", ["serial", "process"])
def test_ctrl_c_during_a_load_leaves_nothing(tmp_path, engine, after):
    done = _interrupt(["load", "-q", *INPUTS, "-o", "out", "--engine", engine, "--workers", "2"], after, tmp_path)
    if done.returncode == 0 or "wrote out/" in done.stdout:
        # finished before the signal (a fast machine), or the signal landed as the process exited
        # after writing: then the folder must be whole
        assert (tmp_path / "out" / "corpus.json").is_file() and os.listdir(tmp_path) == ["out"]
        return
    assert _interrupted(done), done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("interrupted: nothing was written")
    assert os.listdir(tmp_path) == []


def test_ctrl_c_during_a_partitioned_load_keeps_only_its_staged_partitions(tmp_path):
    done = _interrupt(["load", "-q", *INPUTS, "-o", "out", "--partition-size", "20"], 3.0, tmp_path)
    if done.returncode == 0:
        return
    assert _interrupted(done) and "Traceback" not in done.stderr
    left = set(os.listdir(tmp_path))
    assert left <= {".out.partial", "out"}
    if "out" in left:  # the signal came as the finished folder was put in place: it is whole
        assert (tmp_path / "out" / "corpus.json").is_file() and ".out.partial" not in left


def test_debug_lets_the_error_through(tmp_path, capsys):
    from discourse import InputError
    from discourse.cli import main

    argv = ["load", str(tmp_path / "missing"), "-o", str(tmp_path / "out")]
    with pytest.raises(InputError, match="no such file or folder"):
        main([*argv, "--debug"])
    assert main(argv) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_ctrl_c_wrapped_by_python_while_a_library_imports_is_still_an_interrupt(tmp_path, monkeypatch, capsys):
    """Ctrl-C landing while a class is created (pandas importing its dataclasses) reaches us as
    "RuntimeError: Error calling __set_name__ ..." caused by the KeyboardInterrupt."""
    from discourse import cli

    def load(args):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as err:
            raise RuntimeError("Error calling __set_name__ on 'Field' instance 'kwargs' in 'NamedAgg'") from err

    monkeypatch.setattr(cli, "cmd_load", load)
    assert cli.main(["load", str(tmp_path), "-o", str(tmp_path / "out")]) == 130
    assert capsys.readouterr().err.startswith("interrupted: nothing was written")
    monkeypatch.setattr(cli, "cmd_load", lambda args: (_ for _ in ()).throw(RuntimeError("a real bug")))
    assert cli.main(["load", str(tmp_path), "-o", str(tmp_path / "out")]) == 1
