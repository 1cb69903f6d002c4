"""Make the tiny-MPNet reference that tests/features/test_embeddings.py compares against.

Hugging Face transformers' ``MPNetModel`` runs the seeded model of ``tiny_mpnet.py`` on its
texts; the vectors are the mean of the last layer over the tokens, unit length, as
sentence-transformers pools them. It needs PyTorch and transformers, which this project does
not install: run it once in a separate environment (see ``minilm_reference.py``), from the
repository root, with the all-MiniLM-L6-v2 tokenizer file as argument:

    /tmp/st/bin/python tests/reference/mpnet_tiny_reference.py PATH/TO/tokenizer.json

It writes ``tests/reference/mpnet_tiny_reference.json``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import tiny_mpnet  # noqa: E402

OUT = Path(__file__).with_name("mpnet_tiny_reference.json")


def main(tokenizer_file: str) -> None:
    import torch
    import transformers
    from tokenizers import Tokenizer
    from transformers import MPNetConfig, MPNetModel

    model = MPNetModel(MPNetConfig(**{k: v for k, v in tiny_mpnet.CONFIG.items() if k != "model_type"}),
                       add_pooling_layer=False).eval()
    state = {k: torch.from_numpy(v) for k, v in tiny_mpnet.tensors().items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    assert not unexpected and all("position_ids" in k for k in missing), (missing, unexpected)
    tokenizer = Tokenizer.from_file(tokenizer_file)
    tokenizer.enable_truncation(256)
    tokenizer.enable_padding(pad_id=1)  # MPNet's padding id; the mask hides it
    batch = tokenizer.encode_batch(tiny_mpnet.TEXTS)
    ids = torch.tensor([e.ids for e in batch])
    mask = torch.tensor([e.attention_mask for e in batch], dtype=torch.float32)
    with torch.no_grad():
        hidden = model(input_ids=ids, attention_mask=mask).last_hidden_state
    pooled = (hidden * mask[:, :, None]).sum(1) / mask.sum(1, keepdim=True)
    vectors = torch.nn.functional.normalize(pooled, dim=1)
    OUT.write_text(json.dumps({"transformers": transformers.__version__, "torch": torch.__version__,
                               "texts": tiny_mpnet.TEXTS,
                               "vectors": [[float(v) for v in row] for row in vectors.numpy()]}) + "\n", "utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
