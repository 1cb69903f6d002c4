"""Sentence embeddings: the same vectors as sentence-transformers, defined output on bad input,
clear errors, and the stance classifier with an embedding block."""

import json
import shutil

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

REFERENCE = json.loads((ROOT / "tests" / "reference" / "minilm_reference.json").read_text("utf-8"))
SLICES = ROOT / "tests" / "data" / "stance"

pytestmark = pytest.mark.skipif(not embeddings.available(), reason="the 'embed' extra is not installed")


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


def test_batching_and_order_do_not_change_a_single_bit(vectors):
    texts = REFERENCE["texts"]
    one_by_one = np.vstack([embeddings.encode([t]) for t in texts])
    backwards = embeddings.encode(texts[::-1], batch_size=3)[::-1]
    mixed = embeddings.encode(texts[5:9] + ["Another sentence, in another batch."] * 7 + texts[:5])
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
    with pytest.raises(InputError, match="(?s)no such model folder.*embed' extra"):
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
