"""The sentence encoder's forward pass as an ONNX graph, run by onnxruntime (the ``runtime="onnx"`` path).

The graph is built here from the weights the encoder already read (no exported model file,
nothing downloaded): embeddings, then per layer self-attention and the GELU feed-forward block,
each followed by layer normalization, as :meth:`discourse.features.embeddings.Encoder._forward`
computes them in NumPy. It takes word-piece ids ``(n, L)`` and an additive attention bias
``(n, heads or 1, L or 1, L)`` (MPNet's relative position bias, or zeros) and returns the last
hidden states ``(n, L, hidden)`` in float32; pooling stays in NumPy.
"""

from __future__ import annotations

import numpy as np

__all__ = ["model_bytes", "session"]


class _Graph:
    """Nodes and initializers of a graph under construction, with unique names."""

    def __init__(self):
        from onnx import helper, numpy_helper

        self.helper, self.numpy_helper = helper, numpy_helper
        self.nodes, self.initializers, self.count = [], [], 0

    def const(self, array, dtype=np.float32) -> str:
        self.count += 1
        name = f"c{self.count}"
        self.initializers.append(self.numpy_helper.from_array(np.array(array, dtype=dtype, order="C"), name))
        return name

    def op(self, kind: str, *inputs: str, **attributes) -> str:
        self.count += 1
        name = f"{kind.lower()}{self.count}"
        self.nodes.append(self.helper.make_node(kind, list(inputs), [name], **attributes))
        return name

    def linear(self, x: str, weight, bias) -> str:
        return self.op("Add", self.op("MatMul", x, self.const(weight)), self.const(bias))

    def layer_norm(self, x: str, weight, bias, eps: float) -> str:
        return self.op("LayerNormalization", x, self.const(weight), self.const(bias), axis=-1, epsilon=eps)


def _embeddings(g: _Graph, enc) -> str:
    w = enc.weights
    if enc.kind == "bert":  # token type 0 for every token: folded into the position table
        positions, first = w["embeddings.position_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0], 0
    else:  # MPNet numbers positions from pad_token_id + 1
        positions, first = w["embeddings.position_embeddings.weight"], enc.pad_id + 1
    length = g.op("Gather", g.op("Shape", "ids"), g.const(1, np.int64), axis=0)
    start = g.const(first, np.int64)
    index = g.op("Range", start, g.op("Add", length, start), g.const(1, np.int64))
    x = g.op("Add", g.op("Gather", g.const(w["embeddings.word_embeddings.weight"]), "ids"),
             g.op("Gather", g.const(positions), index))
    return g.layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], enc.eps)


def _layer(g: _Graph, x: str, layer: dict, enc, shapes: tuple[str, str]) -> str:
    size = enc.dimension // enc.heads
    qkv = g.op("Transpose", g.op("Reshape", g.linear(x, layer["qkv"], layer["qkv_b"]), shapes[0]), perm=[2, 0, 3, 1, 4])
    q, k, v = (g.op("Gather", qkv, g.const(j, np.int64), axis=0) for j in range(3))
    scores = g.op("MatMul", g.op("Mul", q, g.const(1.0 / np.sqrt(size))), g.op("Transpose", k, perm=[0, 1, 3, 2]))
    context = g.op("MatMul", g.op("Softmax", g.op("Add", scores, "bias"), axis=-1), v)
    context = g.op("Reshape", g.op("Transpose", context, perm=[0, 2, 1, 3]), shapes[1])
    x = g.layer_norm(g.op("Add", g.linear(context, layer["out"], layer["out_b"]), x), layer["ln1"], layer["ln1_b"], enc.eps)
    up = g.linear(x, layer["up"], layer["up_b"])
    gelu = g.op("Mul", g.op("Mul", up, g.const(0.5)),
                g.op("Add", g.const(1.0), g.op("Erf", g.op("Mul", up, g.const(1.0 / np.sqrt(2.0))))))
    return g.layer_norm(g.op("Add", g.linear(gelu, layer["down"], layer["down_b"]), x), layer["ln2"], layer["ln2_b"],
                        enc.eps)


def model_bytes(enc) -> bytes:
    """The serialized ONNX model of an encoder's forward pass (opset 17)."""
    from onnx import TensorProto

    g = _Graph()
    x = _embeddings(g, enc)
    shapes = (g.const([0, 0, 3, enc.heads, enc.dimension // enc.heads], np.int64),
              g.const([0, 0, enc.dimension], np.int64))
    for layer in enc._layers:
        x = _layer(g, x, layer, enc, shapes)
    g.nodes[-1].output[0] = "hidden"
    h = g.helper
    graph = h.make_graph(g.nodes, "sentence_encoder",
                         [h.make_tensor_value_info("ids", TensorProto.INT64, ["n", "L"]),
                          h.make_tensor_value_info("bias", TensorProto.FLOAT, ["n", "h", "q", "L"])],
                         [h.make_tensor_value_info("hidden", TensorProto.FLOAT, ["n", "L", enc.dimension])],
                         g.initializers)
    return h.make_model(graph, opset_imports=[h.make_opsetid("", 17)], producer_name="discourse").SerializeToString()


def session(enc):
    """An onnxruntime session (CPU) of an encoder's forward pass."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return onnxruntime.InferenceSession(model_bytes(enc), options, providers=["CPUExecutionProvider"])
