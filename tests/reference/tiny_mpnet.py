"""A tiny MPNet with seeded random weights, in the layout of a sentence-transformers folder.

The MPNet path of ``discourse.features.embeddings`` is checked against Hugging Face
transformers on this model (``tests/reference/mpnet_tiny_reference.json``, made by
``mpnet_tiny_reference.py``), so the test needs neither PyTorch nor the 400 MB
all-mpnet-base-v2. The tokenizer is borrowed from all-MiniLM-L6-v2: any word-piece ids will do.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np

HIDDEN, HEADS, LAYERS, INTERMEDIATE, VOCAB, POSITIONS = 16, 4, 2, 32, 30522, 514
CONFIG = {"model_type": "mpnet", "architectures": ["MPNetModel"], "hidden_act": "gelu", "hidden_size": HIDDEN,
          "num_attention_heads": HEADS, "num_hidden_layers": LAYERS, "intermediate_size": INTERMEDIATE,
          "layer_norm_eps": 1e-05, "max_position_embeddings": POSITIONS, "pad_token_id": 1, "bos_token_id": 0,
          "eos_token_id": 2, "relative_attention_num_buckets": 32, "vocab_size": VOCAB, "initializer_range": 0.02,
          "hidden_dropout_prob": 0.0, "attention_probs_dropout_prob": 0.0}
TEXTS = ["We condemn the attack.", "China and Central Asia deepen mutual trust and win-win cooperation.",
         " ".join(["The Security Council must act now to end the violence in eastern Ukraine."] * 12), ""]


def tensors(seed: int = 0) -> dict[str, np.ndarray]:
    """The model's weights, named as in an MPNet checkpoint."""
    rng = np.random.default_rng(seed)

    def normal(*shape, scale=0.3):
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    out = {"embeddings.word_embeddings.weight": normal(VOCAB, HIDDEN),
           "embeddings.position_embeddings.weight": normal(POSITIONS, HIDDEN),
           "embeddings.LayerNorm.weight": 1 + normal(HIDDEN, scale=0.1),
           "embeddings.LayerNorm.bias": normal(HIDDEN, scale=0.1),
           "encoder.relative_attention_bias.weight": normal(32, HEADS, scale=1.0)}
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        for name in "qkvo":
            out[p + f"attention.attn.{name}.weight"] = normal(HIDDEN, HIDDEN)
            out[p + f"attention.attn.{name}.bias"] = normal(HIDDEN, scale=0.1)
        out[p + "intermediate.dense.weight"] = normal(INTERMEDIATE, HIDDEN)
        out[p + "intermediate.dense.bias"] = normal(INTERMEDIATE, scale=0.1)
        out[p + "output.dense.weight"] = normal(HIDDEN, INTERMEDIATE)
        out[p + "output.dense.bias"] = normal(HIDDEN, scale=0.1)
        for norm in ("attention.LayerNorm", "output.LayerNorm"):
            out[p + norm + ".weight"] = 1 + normal(HIDDEN, scale=0.1)
            out[p + norm + ".bias"] = normal(HIDDEN, scale=0.1)
    return out


def write(folder: Path, tokenizer: Path, seed: int = 0) -> Path:
    """Write config.json, model.safetensors and a copy of ``tokenizer`` into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(CONFIG, indent=1), "utf-8")
    shutil.copy(tokenizer, folder / "tokenizer.json")
    weights = tensors(seed)
    header, offset = {}, 0
    for name, array in weights.items():
        header[name] = {"dtype": "F32", "shape": list(array.shape), "data_offsets": [offset, offset + array.nbytes]}
        offset += array.nbytes
    encoded = json.dumps(header).encode()
    encoded += b" " * (-len(encoded) % 8)
    with open(folder / "model.safetensors", "wb") as handle:
        handle.write(len(encoded).to_bytes(8, "little") + encoded)
        for array in weights.values():
            handle.write(np.ascontiguousarray(array, dtype="<f4").tobytes())
    return folder
