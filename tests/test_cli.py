"""The command line: ``discourse load``, ``info``, ``measure`` and ``run``."""

import json
import subprocess
import sys

from discourse.cli import main
from tests.conftest import CORPORA, SEED


def test_load_then_info(tmp_path, capsys):
    out = tmp_path / "corpus"
    assert main(["load", str(SEED), str(CORPORA / "wikinews" / "wikinews_2019.csv"), "-o", str(out), "-q"]) == 0
    printed = capsys.readouterr().out
    assert "inputs 172 = documents 172 + rejects 0  [ok]" in printed
    assert main(["info", str(out), "--json"]) == 0
    meta = json.loads(capsys.readouterr().out)
    assert meta["sources"] == {"TDI": 1, "en.wikinews.org": 171}


def test_map_option(tmp_path, capsys):
    (tmp_path / "m.csv").write_text("headline,body\nA,Some text here.\n", "utf-8")
    assert main(["load", str(tmp_path / "m.csv"), "-o", str(tmp_path / "c"), "--map", "body=text", "-q"]) == 0
    assert "documents 1 + rejects 0" in capsys.readouterr().out


def test_errors_exit_2_with_a_fix(tmp_path, capsys):
    assert main(["load", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "c")]) == 2
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "Fix:" in err
    assert main(["load", str(SEED), "-o", str(tmp_path / "c"), "--map", "nonsense"]) == 2
    assert "COLUMN=FIELD" in capsys.readouterr().err
    assert main(["info", str(tmp_path)]) == 2


def test_console_script_runs():
    done = subprocess.run([sys.executable, "-m", "discourse", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("discourse ")


def test_measure_sentiment(tmp_path):
    import pandas as pd

    import discourse as dx

    dx.load(SEED).save(tmp_path / "c")
    assert main(["measure", "sentiment", str(tmp_path / "c"), "-o", str(tmp_path / "out")]) == 0
    actors = pd.read_parquet(tmp_path / "out" / "sentiment_actors.parquet")
    assert actors.set_index("actor_id").loc["CHN", "mean_compound"] > 0
    assert (tmp_path / "out" / "sentiment_sentences.parquet").is_file()


def test_warnings_are_one_line_on_stderr(tmp_path, capsys):
    import warnings

    import discourse as dx

    text = ("The summit went well and both sides praised the talks in Astana on Monday.\n\n"
            "Саммит прошел успешно, и обе стороны высоко оценили переговоры в Астане.\n")
    (tmp_path / "a.txt").write_text(text, "utf-8")
    dx.load(tmp_path / "a.txt").save(tmp_path / "c")
    shown = warnings.showwarning
    assert main(["measure", "sentiment", str(tmp_path / "c"), "-o", str(tmp_path / "out"), "-q"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: VADER is for English: text in 1 document in language ru was not scored")
    assert "UserWarning" not in err and ".py:" not in err  # no file, line or category of the library
    assert warnings.showwarning is shown  # the command leaves the caller's warnings as they were


def test_measure_stance_method(tmp_path):
    import pandas as pd

    import discourse as dx

    dx.load(SEED).save(tmp_path / "c")
    assert main(["measure", "stance", str(tmp_path / "c"), "-o", str(tmp_path / "d")]) == 0
    assert main(["measure", "stance", str(tmp_path / "c"), "-o", str(tmp_path / "r"), "--method", "rules"]) == 0
    directed = pd.read_parquet(tmp_path / "d" / "stance.parquet")
    rules = pd.read_parquet(tmp_path / "r" / "stance.parquet")
    assert set(directed["method"]) == {f"directed@{dx.stance.DIRECTED_VERSION}"} and set(rules["method"]) == {"rules@1.0"}
    assert len(directed) == len(rules) and (directed["stance"] != rules["stance"]).any()


def test_load_lists_the_dates_to_check(tmp_path, capsys):
    """A press-conference page whose title names no year: no date, and `discourse load` says so."""
    paras = ["The Foreign Minister of Kazakhstan will visit China.", "Q: When will he arrive?", "A: On Monday.",
             "Q: Will he meet the President?", "A: Yes."]
    title = "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 12"
    page = (f"<html lang='en'><head><title>{title}</title></head><body><h2>{title}</h2>"
            + "".join(f"<p>{p}</p>" for p in paras) + "<p>Copyright(c)1998-2014, Ministry of Foreign Affairs</p>"
            "</body></html>")
    (tmp_path / "t1.html").write_text(page, "utf-8")
    assert main(["load", "-q", str(tmp_path / "t1.html"), "-o", str(tmp_path / "c")]) == 0
    printed = capsys.readouterr().out
    assert "dates to check (documents.date_note):" in printed and "MONTH DAY without a year" in printed
    assert "date sources: no date 1" in printed


def test_load_streams_large_inputs_by_itself(tmp_path, capsys, monkeypatch):
    """Without --partition-size, a large input is built in partitions (the same tables as in
    memory); --in-memory and --partition-size still decide when given."""
    import pandas as pd

    import discourse as dx
    from discourse.corpus import _partitioned

    kremlin = CORPORA / "kremlin"
    assert dx.corpus.partition_size_for(kremlin) is None  # small: in memory
    monkeypatch.setattr(_partitioned, "STREAM_ABOVE", 10_000)
    monkeypatch.setattr(_partitioned, "PARTITION_SIZE", 25)
    assert main(["load", str(kremlin), "-o", str(tmp_path / "auto"), "-q"]) == 0
    assert "3 partitions of up to 25 documents" in capsys.readouterr().out
    assert main(["load", str(kremlin), "-o", str(tmp_path / "whole"), "-q", "--in-memory"]) == 0
    assert "partitions" not in capsys.readouterr().out
    auto, whole = dx.read_corpus(tmp_path / "auto"), dx.read_corpus(tmp_path / "whole")
    pd.testing.assert_frame_equal(auto.documents, whole.documents)
    pd.testing.assert_frame_equal(auto.mentions, whole.mentions)


def test_in_memory_loads_of_several_megabytes_use_worker_processes(tmp_path, capsys, monkeypatch):
    """Below the streaming size, an input of more than a few MB of text is built in memory by worker
    processes (the same tables as in one process); a few articles stay in this process."""
    import discourse as dx
    from discourse.corpus import _partitioned

    kremlin = CORPORA / "kremlin"
    monkeypatch.setattr(_partitioned, "auto_workers", lambda: 2)
    monkeypatch.setattr("discourse.corpus.auto_workers", lambda: 2)
    assert dx.corpus.workers_for(kremlin) is None  # under 4 MB of text
    monkeypatch.setattr(_partitioned, "PARALLEL_ABOVE", 10_000)
    assert dx.corpus.workers_for(kremlin) == 2
    assert main(["load", str(kremlin), "-o", str(tmp_path / "workers")]) == 0
    err = capsys.readouterr().err
    assert "2 worker processes" in err and "partitions" not in err
    assert main(["load", str(kremlin), "-o", str(tmp_path / "one"), "-q", "--engine", "serial"]) == 0
    workers, one = dx.read_corpus(tmp_path / "workers"), dx.read_corpus(tmp_path / "one")
    for name in ("documents", "paragraphs", "sentences", "quotes", "mentions", "rejects"):
        assert getattr(workers, name).equals(getattr(one, name)), name
    monkeypatch.setattr(_partitioned, "auto_workers", lambda: 1)  # one core: this process
    assert dx.corpus.workers_for(kremlin) is None


def test_measure_shows_progress_on_stderr_and_fails_on_an_empty_corpus(tmp_path, capsys):
    import discourse as dx

    dx.corpus.load_partitioned(CORPORA / "kremlin", tmp_path / "c", partition_size=25)
    assert main(["measure", "frames", str(tmp_path / "c"), "-o", str(tmp_path / "out")]) == 0
    printed = capsys.readouterr()
    assert "measuring" in printed.err and "3/3" in printed.err and "measuring" not in printed.out
    assert main(["measure", "frames", str(tmp_path / "c"), "-o", str(tmp_path / "quiet"), "-q"]) == 0
    assert "measuring" not in capsys.readouterr().err

    (tmp_path / "blank.txt").write_text("   \n", "utf-8")
    assert main(["load", str(tmp_path / "blank.txt"), "-o", str(tmp_path / "empty"), "-q"]) == 2
    capsys.readouterr()
    assert main(["measure", "frames", str(tmp_path / "empty"), "-o", str(tmp_path / "none")]) == 2
    assert "nothing to measure" in capsys.readouterr().err
    assert not (tmp_path / "none").exists()


def test_streamed_runs_choose_worker_processes(tmp_path, capsys, monkeypatch):
    """A streamed load and a measure of a partitioned corpus use a process pool unless told
    otherwise; the tables are those of one process."""
    import pandas as pd

    from discourse.corpus import _partitioned

    monkeypatch.setattr(_partitioned, "STREAM_ABOVE", 10_000)
    monkeypatch.setattr(_partitioned, "PARTITION_SIZE", 25)
    monkeypatch.setattr("discourse.corpus.auto_workers", lambda: 2)
    kremlin = str(CORPORA / "kremlin")
    assert main(["load", kremlin, "-o", str(tmp_path / "c")]) == 0
    assert "2 worker processes" in capsys.readouterr().err
    assert main(["measure", "frames", str(tmp_path / "c"), "-o", str(tmp_path / "pool")]) == 0
    assert "2 worker processes" in capsys.readouterr().err
    assert main(["measure", "frames", str(tmp_path / "c"), "-o", str(tmp_path / "one"), "--engine", "serial"]) == 0
    assert "worker processes" not in capsys.readouterr().err
    pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "pool" / "frames.parquet"),
                                  pd.read_parquet(tmp_path / "one" / "frames.parquet"))
