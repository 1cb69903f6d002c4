"""Partitioned, resumable loading and measuring: the same tables as in memory."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import discourse as dx
from discourse.corpus import _partitioned
from discourse.features import frames, sentiment, stance

ROOT = Path(__file__).resolve().parents[2]
# Transcripts (speaker names unified across files), a CSV, UN speeches, the seed page.
INPUTS = [ROOT / "corpora" / "whitehouse", ROOT / "corpora" / "kremlin", ROOT / "corpora" / "wikinews",
          ROOT / "corpora" / "seed" / "000_dc699da55f7d4812.txt"]


@pytest.fixture(scope="module")
def whole():
    return dx.load(INPUTS)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return dx.corpus.load_partitioned(INPUTS, tmp_path_factory.mktemp("p") / "corpus", partition_size=17)


def assert_same_corpus(a, b):
    for name in dx.corpus.TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)
    assert a.inputs == b.inputs


def test_partitioned_folder_holds_the_in_memory_tables(whole, folder):
    assert_same_corpus(whole, dx.read_corpus(folder))
    manifest = json.loads((folder / "corpus.json").read_text())
    partitions = manifest.pop("partitions")
    assert manifest == whole.manifest()
    assert partitions["size"] == 17
    assert sum(partitions["rows"]["documents"]) == len(whole.documents)
    assert not (folder.parent / ".corpus.partial").exists()


BRIEFING = """---
date: '2024-03-{day}'
title: "Press Briefing {day}"
---

MS. JEAN-PIERRE:  Good afternoon. {intro}

{label}:  Thank you. We spoke with Beijing about trade.

Q  Thank you.
"""


def test_transcript_speakers_are_unified_across_partitions(tmp_path):
    # Only the first briefing names Jeff Zients in full; the last, in another partition,
    # calls him "MR. ZIENTS" and must still get the full name, as an in-memory load gives it.
    src = tmp_path / "briefings"
    src.mkdir()
    for day, intro, label in [("11", "Here is Chief of Staff Jeff Zients.", "CHIEF OF STAFF JEFF ZIENTS"),
                              ("12", "Nothing today.", "MR. KIRBY"), ("13", "Welcome.", "MR. ZIENTS")]:
        (src / f"2024-03-{day}-briefing.md").write_text(BRIEFING.format(day=day, intro=intro, label=label))
    whole = dx.load(src)
    parted = dx.read_corpus(dx.corpus.load_partitioned(src, tmp_path / "c", partition_size=1))
    assert_same_corpus(whole, parted)
    turns = parted.quotes[parted.quotes["kind"] == "turn"]
    assert (turns["speaker"] == "Jeff Zients").sum() == 2


def test_partitions_are_read_one_at_a_time(whole, folder):
    parts = list(dx.corpus.partitions(folder))
    assert [len(p) for p in parts[:-1]] == [17] * (len(parts) - 1)
    assert sum(p.inputs for p in parts) == whole.inputs
    for name in ("documents", "sentences", "mentions", "quotes"):
        joined = pd.concat([getattr(p, name) for p in parts], ignore_index=True)
        pd.testing.assert_frame_equal(joined, getattr(whole, name), obj=name)
    # Sentences and mentions point into the documents of their own partition.
    for part in parts:
        assert set(part.sentences["doc_id"]) <= set(part.documents["doc_id"])


def test_a_plain_corpus_folder_is_one_partition(whole, tmp_path):
    path = whole.save(tmp_path / "plain")
    (only,) = dx.corpus.partitions(path)
    assert_same_corpus(only, whole)


@pytest.mark.parametrize("measure", [
    sentiment.sentence_scores,
    stance.measure,
    lambda c: frames.measure(c, "china_diplomatic"),
    lambda c: sentiment.measure(c).actors,
    lambda c: sentiment.measure(c).mentions,
    lambda c: sentiment.measure(c).sentences,
], ids=["sentence_sentiment", "stance", "frames", "sentiment_actors", "sentiment_mentions", "sentiment_keyed"])
def test_measures_over_partitions_equal_measures_in_memory(whole, folder, measure):
    pd.testing.assert_frame_equal(dx.corpus.map_partitions(folder, measure), measure(whole))


def test_process_engine_gives_the_same_folder(whole, tmp_path):
    path = dx.corpus.load_partitioned(INPUTS, tmp_path / "c", partition_size=40, engine="process", workers=2)
    assert_same_corpus(whole, dx.read_corpus(path))
    scores = dx.corpus.map_partitions(path, sentiment.sentence_scores, engine="process", workers=2)
    pd.testing.assert_frame_equal(scores, sentiment.sentence_scores(whole))


def test_dask_engine_gives_the_same_folder(whole, tmp_path):
    pytest.importorskip("dask.distributed")
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        path = dx.corpus.load_partitioned(INPUTS, tmp_path / "c", partition_size=60, engine="dask",
                                          client=client)
        scores = dx.corpus.map_partitions(path, sentiment.sentence_scores, engine="dask", client=client)
    assert_same_corpus(whole, dx.read_corpus(path))
    pd.testing.assert_frame_equal(scores, sentiment.sentence_scores(whole))


class Crash(Exception):
    """Stands for a run that stops half-way."""


BUILD, APPLY = _partitioned._build_part, _partitioned._apply


def _count_builds(monkeypatch, fail_at=None):
    built = []

    def build(stage, index, *args):
        if index == fail_at:
            raise Crash
        built.append(index)
        return BUILD(stage, index, *args)

    monkeypatch.setattr(_partitioned, "_build_part", build)
    return built


def test_an_interrupted_load_resumes_without_rebuilding_finished_partitions(whole, tmp_path, monkeypatch):
    out = tmp_path / "corpus"
    built = _count_builds(monkeypatch, fail_at=6)
    with pytest.raises(Crash):
        dx.corpus.load_partitioned(INPUTS, out, partition_size=17)
    assert built == [0, 1, 2, 3, 4, 5] and not out.exists()
    built.clear()
    built = _count_builds(monkeypatch)
    dx.corpus.load_partitioned(INPUTS, out, partition_size=17)
    assert built[0] == 6 and 0 not in built  # only the unfinished partitions were built
    assert_same_corpus(whole, dx.read_corpus(out))


def test_changed_inputs_are_not_taken_from_the_staging_folder(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(6):
        (src / f"{i}.txt").write_text(f"Speech number {i}. Beijing and Moscow met in Astana.\n")
    out = tmp_path / "corpus"
    built = _count_builds(monkeypatch, fail_at=2)
    with pytest.raises(Crash):
        dx.corpus.load_partitioned(src, out, partition_size=2)
    (src / "0.txt").write_text("A changed first speech about Washington.\n")
    built.clear()
    built = _count_builds(monkeypatch)
    dx.corpus.load_partitioned(src, out, partition_size=2)
    assert built == [0, 2]  # partition 0 changed, partition 1 was reused
    assert dx.read_corpus(out).documents["text"].str.contains("Washington").any()


def test_a_corrupt_file_among_many_lands_in_rejects(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(30):
        (src / f"{i:02d}.txt").write_text(f"Statement {i}. China and Kazakhstan signed an agreement.\n")
    (src / "15.txt").write_bytes(b"\x00\xff\xfe" * 100)
    out = dx.corpus.load_partitioned(src, tmp_path / "c", partition_size=7)
    corpus = dx.read_corpus(out)
    assert len(corpus.documents) == 29 and len(corpus.rejects) == 1 and corpus.inputs == 30
    assert corpus.rejects["path"].iloc[0].endswith("15.txt")
    assert json.loads((out / "corpus.json").read_text())["conservation"]["ok"]


def test_empty_input_gives_an_empty_partitioned_corpus(tmp_path):
    (tmp_path / "in").mkdir()
    out = dx.corpus.load_partitioned(tmp_path / "in", tmp_path / "c", partition_size=5)
    corpus = dx.read_corpus(out)
    assert corpus.inputs == 0 and len(corpus.documents) == 0
    assert [len(p) for p in dx.corpus.partitions(out)] == [0]


@pytest.mark.parametrize("size", [0, -3, 2.5, "10"])
def test_a_bad_partition_size_is_a_clear_error(tmp_path, size):
    with pytest.raises(dx.InputError, match="partition_size"):
        dx.corpus.load_partitioned(INPUTS[0], tmp_path / "c", partition_size=size)


def test_measure_results_resume_and_match_in_memory(whole, folder, tmp_path, monkeypatch):
    out = tmp_path / "m"
    calls, failed = [], []

    def apply(func, path, index, stage, fingerprint):
        if index == 3 and not failed:
            failed.append(index)
            raise Crash
        calls.append(index)
        return APPLY(func, path, index, stage, fingerprint)

    monkeypatch.setattr(_partitioned, "_apply", apply)
    scores = lambda c: {"scores": sentiment.sentence_scores(c)}
    with pytest.raises(Crash):
        dx.corpus.map_partitions(folder, scores, out=out, key="vader")
    calls.clear()
    dx.corpus.map_partitions(folder, scores, out=out, key="vader")
    assert calls[0] == 3 and 0 not in calls
    pd.testing.assert_frame_equal(pd.read_parquet(out / "scores.parquet"), sentiment.sentence_scores(whole))


def test_cli_load_partitioned_then_measure(whole, tmp_path, capsys):
    from discourse.cli import main

    corpus_dir, out = tmp_path / "corpus", tmp_path / "out"
    assert main(["load", "-q", *map(str, INPUTS), "-o", str(corpus_dir), "--partition-size", "50"]) == 0
    printed = capsys.readouterr().out
    assert f"inputs {whole.inputs} = documents {len(whole.documents)}" in printed and "partitions" in printed
    assert main(["info", str(corpus_dir)]) == 0
    assert "partitions of up to 50 documents" in capsys.readouterr().out
    assert main(["measure", "sentiment", str(corpus_dir), "-o", str(out)]) == 0
    assert main(["measure", "stance", str(corpus_dir), "-o", str(out), "--engine", "process",
                 "--workers", "2"]) == 0
    assert main(["measure", "frames", str(corpus_dir), "-o", str(out)]) == 0
    actors = sentiment.measure(whole).actors
    pd.testing.assert_frame_equal(pd.read_parquet(out / "sentiment_actors.parquet"), actors)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "stance.parquet"), stance.measure(whole))
    pd.testing.assert_frame_equal(pd.read_parquet(out / "frames.parquet"),
                                  frames.measure(whole, "china_diplomatic"))
    assert sorted(p.name for p in out.iterdir()) == ["frames.parquet", "measure.json", "sentiment_actors.parquet",
                                                     "sentiment_mentions.parquet", "sentiment_sentences.parquet",
                                                     "stance.parquet"]
    marker = json.loads((out / "measure.json").read_text())
    assert marker["library"] == "discourse" and sorted(marker["tables"]) == [
        "frames", "sentiment_actors", "sentiment_mentions", "sentiment_sentences", "stance"]


def test_load_killed_mid_run_resumes_to_the_same_tables(whole, tmp_path):
    """SIGKILL a partitioned load once some partitions are staged; a second run finishes the rest,
    and the killed run's worker processes do not linger."""
    psutil = pytest.importorskip("psutil")
    out = tmp_path / "corpus"
    stage = tmp_path / ".corpus.partial"
    cmd = [sys.executable, "-m", "discourse", "load", "-q", *map(str, INPUTS), "-o", str(out),
           "--partition-size", "10", "--engine", "process", "--workers", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(stage.glob("part-*/part.json"))) < 3:
        time.sleep(0.05)
    workers = psutil.Process(proc.pid).children(recursive=True)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    staged = list(stage.glob("part-*/part.json"))
    assert len(staged) >= 3 and not out.exists()
    _, alive = psutil.wait_procs(workers, timeout=10)
    assert not alive, "worker processes outlived the killed run"
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    assert_same_corpus(whole, dx.read_corpus(out))
    assert not stage.exists()


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.sampled_from(["", " ", "Beijing welcomed the talks.", "x", "\u00e9\u0301 Moscow!",
                                       "Same text.", "Same text.", "\x00\x01", "Kazakhstan and China. New era."]),
                      max_size=12),
       size=st.integers(1, 5))
def test_any_inputs_and_partition_size_give_the_in_memory_tables(tmp_path_factory, texts, size):
    src = tmp_path_factory.mktemp("in")
    for i, text in enumerate(texts):
        (src / f"{i:02d}.txt").write_text(text, encoding="utf-8")
    whole = dx.load(src)
    parted = dx.read_corpus(dx.corpus.load_partitioned(src, tmp_path_factory.mktemp("out") / "c",
                                                       partition_size=size))
    assert_same_corpus(whole, parted)
    assert parted.inputs == len(parted.documents) + len(parted.rejects) == len(texts)


def test_a_duplicate_made_by_an_earlier_partition_is_not_taken_from_the_stage(tmp_path, monkeypatch):
    # The last partition's inputs do not change, but the changed first partition now holds the
    # same text as one of them, which must become a duplicate-id reject: the staged copy is stale.
    src = tmp_path / "in"
    src.mkdir()
    for i, word in enumerate(["Xinjiang", "Yemen", "Zambia", "Wales"]):
        (src / f"{i}.txt").write_text(f"The minister spoke about {word} at length today.\n")
    out = tmp_path / "corpus"
    with monkeypatch.context() as patch:
        patch.setattr(_partitioned, "_assemble", lambda *a: (_ for _ in ()).throw(Crash()))
        with pytest.raises(Crash):  # both partitions staged, then the run stops
            dx.corpus.load_partitioned(src, out, partition_size=2)
    (src / "0.txt").write_text((src / "3.txt").read_text())
    built = _count_builds(monkeypatch)
    dx.corpus.load_partitioned(src, out, partition_size=2)
    assert built == [0, 1]
    corpus = dx.read_corpus(out)
    assert_same_corpus(dx.load(src), corpus)
    assert corpus.rejects["reason"].str.contains("duplicate").tolist() == [True]


def test_press_conference_pages_load_in_partitions_as_whole(tmp_path):
    """Turns a reader resolved itself (a press page's title) need no corpus-wide speaker table."""
    (tmp_path / "in").mkdir()
    title = "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on May 2, 2018"
    (tmp_path / "in" / "a.html").write_text(f"<html><head><title>{title}</title></head><body><h2>{title}</h2>"
                                            "<p>Opening.</p><p>Q: Why?</p><p>A: Because.</p><p>Q: When?</p>"
                                            "<p>A: Now.</p></body></html>", "utf-8")
    out = dx.corpus.load_partitioned(tmp_path / "in", tmp_path / "out", partition_size=5)
    quotes = dx.read_corpus(out).quotes
    assert quotes.equals(dx.load(tmp_path / "in").quotes)
    assert quotes["reply_to"].tolist() == [pd.NA, pd.NA, 1, pd.NA, 3]
