"""Quote vectors stored at index time, only the question encoded when asked: what would the
real encoder (all-MiniLM-L6-v2, `minilm_encoder.Encoder`) cost and keep (issue 15)? A probe on
`encoder_probe.py`'s rows, numpy only; not a qabot path.

    OPENBLAS_NUM_THREADS=1 python benchmarks/encoder_stored.py count --index-dir DIR [--sample N]
    OPENBLAS_NUM_THREADS=1 python benchmarks/encoder_stored.py encode --rows ROWS
        [--what-rows WROWS] --cache CACHE [--int8-weights]
    python benchmarks/encoder_stored.py grid --rows ROWS --cache CACHE [--int8-vectors]
        [--what-rows WROWS] [--show]
    OPENBLAS_NUM_THREADS=1 python benchmarks/encoder_stored.py asked --rows ROWS

`count` reads every quote an index stores (its quote segments), counts them and their word
pieces (cut to the model's 256), and times the encoder over a sample of them in batches of 32,
sorted by length as an index-time pass would: CPU a quote with float32 weights and with int8
weights (each matrix's rows quantized to int8 and turned back to float32 at load: numpy has no
int8 matrix product worth the name, so the compute is float32 either way). `encode` keeps the
vectors of the words said and the first five candidates' quotes (who-said rows of
`encoder_probe.py record`) and of the topic and first ten quotes (what-said rows of
`record-what`), with either weights. `grid` replays the question-only design, the quote's vector
as stored and the words said encoded live (`encoder_levers._lever_first`, and
`encoder_probe._what_moved` for what-said), by the rule of choosing of the fifty-seventh
session as it stands: the freshest development halves (speech sets 50-56) choose, sets 1-49 are
the guard; `--int8-vectors` rounds every vector to int8 first (384 bytes a quote). `asked`
times what an answer would add: the words said encoded alone (CPU p50 and p95 over the rows),
the model's load (float32 safetensors, or the int8 weights from a numpy file) and its memory.
Figures: benchmarks/README.md, "encoder_probe.py", sixty-first session.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from encoder_levers import _lever_first
from encoder_probe import _what_moved, read_cache, read_rows
from minilm_encoder import LONGEST, Encoder, model_folder

BATCH = 32
FRESH = range(50, 57)  # the freshest development halves: where a choice is made
GUARD_LAST = 49


def quantize_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Return `matrix` as int8 with one float32 scale a row (symmetric, round to nearest)."""
    scale = np.abs(matrix).max(axis=-1, keepdims=True) / 127
    scale[scale == 0] = 1
    return np.round(matrix / scale).astype(np.int8), scale.astype(np.float32)


def int8_weights(encoder: Encoder) -> dict[str, Any]:
    """Quantize the encoder's word table and every layer's four matrices (per output column:
    the matrices are stored (in, out)) in place, and return what a shipped file would hold."""
    kept: dict[str, Any] = {}
    codes, scale = quantize_rows(encoder.words)
    kept["words"], kept["words_scale"] = codes, scale
    encoder.words = codes.astype(np.float32) * scale
    layers: list[Any] = []
    for n, layer in enumerate(encoder.layers):
        parts = list(layer)
        for k in (0, 2, 6, 8):  # qkv, attention output, intermediate, output: (in, out)
            codes, scale = quantize_rows(np.ascontiguousarray(parts[k].T))
            kept[f"l{n}m{k}"], kept[f"l{n}m{k}_scale"] = codes, scale
            parts[k] = np.ascontiguousarray((codes.astype(np.float32) * scale).T)
        for k in (1, 3, 4, 5, 7, 9, 10, 11):
            kept[f"l{n}v{k}"] = parts[k]
        layers.append(tuple(parts))
    encoder.layers = layers
    kept["positions"], kept["type0"] = encoder.positions, encoder.type0
    kept["norm_w"], kept["norm_b"] = encoder.norm
    return kept


def load_encoder(int8: bool) -> Encoder:
    encoder = Encoder(model_folder(None))
    if int8:
        int8_weights(encoder)
    return encoder


def encode_all(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """Encode `texts` in batches of BATCH, shortest first (little padding), in their order."""
    order = sorted(range(len(texts)), key=lambda k: len(encoder.ids(texts[k])))
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for at in range(0, len(order), BATCH):
        part = order[at : at + BATCH]
        out[part] = encoder.encode([texts[k] for k in part])
    return out


def stored_quotes(index_dir: Path) -> list[str]:
    """Return the text of every quote of the index's live articles, read by the quote store
    (`Index.quotes`): the segments of every generation also hold earlier generations' quotes
    and those of removed articles."""
    from qabot.indexing import load_index

    return [quote.text for quote in load_index(index_dir).quotes]


def count(args: argparse.Namespace) -> int:
    texts = stored_quotes(args.index_dir)
    encoder = Encoder(model_folder(None))
    pieces = np.array([len(encoder.ids(t)) for t in texts])
    print(
        f"{len(texts)} quotes; pieces (with [CLS] [SEP], cut to {LONGEST}): mean "
        f"{pieces.mean():.1f}, p50 {np.percentile(pieces, 50):.0f}, p95 "
        f"{np.percentile(pieces, 95):.0f}, max {pieces.max()}; "
        f"cut {int((pieces >= LONGEST).sum())}"
    )
    if not args.sample:
        return 0
    rng = np.random.default_rng(61)
    sample = [texts[k] for k in rng.choice(len(texts), min(args.sample, len(texts)), False)]
    for int8 in (False, True):
        encoder = load_encoder(int8)
        encoder.encode(["warm up"])
        started = time.process_time()
        encode_all(encoder, sample)
        spent = time.process_time() - started
        each = spent / len(sample)
        print(
            f"{'int8' if int8 else 'float32'} weights, batches of {BATCH}: {len(sample)} quotes "
            f"in {spent:.1f} s CPU, {each * 1000:.1f} ms a quote; all {len(texts)}: "
            f"{each * len(texts) / 60:.1f} CPU-min"
        )
    return 0


def encode(args: argparse.Namespace) -> int:
    rows = read_rows(args.rows)
    texts = {r["wording"] for r in rows} | {c["text"] for r in rows for c in r["candidates"][:5]}
    if args.what_rows:
        for r in read_rows(args.what_rows):
            texts.add(r["wording"] or r["question"])
            texts |= {q["text"] for q in r["quotes"][:10]}
    todo = sorted(t for t in texts if t)
    encoder = load_encoder(args.int8_weights)
    started = time.process_time()
    vectors = encode_all(encoder, todo)
    print(f"{len(todo)} texts, {time.process_time() - started:.0f} s CPU", file=sys.stderr)
    np.savez(args.cache, texts=np.array(todo), vectors=vectors)
    return 0


def int8_vectors(cache: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """Each vector rounded to int8 (scaled by its largest part) and made unit length again."""
    out = {}
    for text, v in cache.items():
        q = np.round(v / np.abs(v).max() * 127).astype(np.int8).astype(np.float32)
        out[text] = q / np.linalg.norm(q)
    return out


VARIANTS = [
    (mode, reach, weight, floor)
    for mode in ("replace", "add")
    for reach in (3, 5)
    for weight in (1.0, 2.0, 3.0, 4.0)
    for floor in (0.0, 0.3, 0.5)
]


def _group(number: int) -> str | None:
    return "fresh" if number in FRESH else "guard" if number <= GUARD_LAST else None


def grid(args: argparse.Namespace) -> int:
    cache = read_cache(args.cache)
    if args.int8_vectors:
        cache = int8_vectors(cache)
    rows = [r for r in read_rows(args.rows) if len(r["candidates"]) > 1]
    fresh_rows = [r for r in rows if _group(r["number"]) == "fresh"]
    print(
        f"who-said: fresh (50-56) gold first {sum(r['candidates'][0]['gold'] for r in fresh_rows)}"
        f" of {len(fresh_rows)} with two candidates or more"
    )
    outcomes = []
    for variant in VARIANTS:
        turned: dict[str, list[str]] = {}
        for r in rows:
            group = _group(r["number"])
            now, was = _lever_first(r, cache, cache, variant)
            if group and now != was:
                turned.setdefault(f"{group} {'won' if now else 'lost'}", []).append(r["id"])
        outcomes.append((variant, turned))

    def n(turned: dict[str, list[str]], key: str) -> int:
        return len(turned.get(key, []))

    def net(turned: dict[str, list[str]], group: str) -> int:
        return n(turned, f"{group} won") - n(turned, f"{group} lost")

    def meets(turned: dict[str, list[str]]) -> bool:
        return net(turned, "fresh") >= 4 and n(turned, "guard lost") <= n(turned, "fresh won")

    outcomes.sort(key=lambda o: (net(o[1], "fresh"), net(o[1], "guard")), reverse=True)
    named = [("replace", 5, 2.0, 0.0), ("replace", 3, 2.0, 0.0)]
    shown = outcomes[: args.top] + [o for o in outcomes if o[0] in named]
    for (mode, reach, weight, floor), turned in shown:
        print(
            f"{mode:<8} N {reach} W {weight:g} FLOOR {floor:g}: fresh +{n(turned, 'fresh won')}"
            f"/-{n(turned, 'fresh lost')} (net {net(turned, 'fresh'):+d}), guard "
            f"+{n(turned, 'guard won')}/-{n(turned, 'guard lost')}"
            f"{'  MEETS the rule' if meets(turned) else ''}"
        )
        if args.show:
            print(f"    fresh won {turned.get('fresh won')} lost {turned.get('fresh lost')}")
    print(f"variants meeting the rule: {sum(meets(o[1]) for o in outcomes)} of {len(outcomes)}")
    if args.what_rows:
        what_grid(args, cache)
    return 0


def what_grid(args: argparse.Namespace, cache: dict[str, np.ndarray]) -> None:
    """What-said: the first 10 of X's quotes sorted by 1 - place / 10 + W x max(0, cos - FLOOR)
    of the topic (the words after "about", or the question) and each quote."""
    rows = read_rows(args.what_rows)
    for weight in (0.25, 0.5, 1.0, 2.0):
        for floor in (0.2, 0.3, 0.4):
            turned: dict[str, list[str]] = {}
            for r in rows:
                group = _group(r["number"])
                moved = _what_moved(r, cache, r["wording"] or r["question"], 10, weight, floor)
                if group and moved:
                    turned.setdefault(f"{group} {'won' if moved > 0 else 'lost'}", []).append(
                        r["id"]
                    )
            fresh_won, fresh_lost = turned.get("fresh won", []), turned.get("fresh lost", [])
            print(
                f"what-said W {weight:g} FLOOR {floor:g}: fresh +{len(fresh_won)}"
                f"/-{len(fresh_lost)}, guard +{len(turned.get('guard won', []))}"
                f"/-{len(turned.get('guard lost', []))}"
                + (f"  won {fresh_won} lost {fresh_lost}" if args.show else "")
            )


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def asked(args: argparse.Namespace) -> int:
    """The answer-time side: the model's load and memory, and the words said encoded alone."""
    before = rss_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    encoder = Encoder(model_folder(None))
    encoder.encode(["warm up"])
    print(
        f"float32 load + first encode: {time.process_time() - cpu:.2f} s CPU, "
        f"{time.perf_counter() - wall:.2f} s wall; RSS +{rss_mb() - before:.0f} MB"
    )
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "int8.npz"
        np.savez(path, **int8_weights(encoder))
        print(f"int8 weights file: {path.stat().st_size / 2**20:.1f} MB (npz, uncompressed)")
        wall, cpu = time.perf_counter(), time.process_time()
        with np.load(path) as saved:
            words = saved["words"].astype(np.float32) * saved["words_scale"]
            for n in range(len(encoder.layers)):
                for k in (0, 2, 6, 8):
                    _ = (saved[f"l{n}m{k}"].astype(np.float32) * saved[f"l{n}m{k}_scale"]).T.copy()
        print(
            f"int8 load, turned to float32: {time.process_time() - cpu:.2f} s CPU, "
            f"{time.perf_counter() - wall:.2f} s wall ({words.nbytes / 2**20:.0f} MB word table)"
        )
    wordings = [r["wording"] for r in read_rows(args.rows) if r["wording"]]
    spent = []
    for text in wordings:
        started = time.process_time()
        encoder.encode([text])
        spent.append(time.process_time() - started)
    pieces = [len(encoder.ids(t)) for t in wordings]
    print(
        f"words said encoded alone ({len(spent)}, {np.mean(pieces):.1f} pieces on average): "
        f"CPU p50 {np.percentile(spent, 50) * 1000:.1f} ms, p95 "
        f"{np.percentile(spent, 95) * 1000:.1f} ms; peak RSS "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("count")
    p.add_argument("--index-dir", type=Path, required=True)
    p.add_argument("--sample", type=int, default=0)
    p = sub.add_parser("encode")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--what-rows", type=Path)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--int8-weights", action="store_true")
    p = sub.add_parser("grid")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--what-rows", type=Path)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--int8-vectors", action="store_true")
    p.add_argument("--top", type=int, default=4)
    p.add_argument("--show", action="store_true")
    p = sub.add_parser("asked")
    p.add_argument("--rows", type=Path, required=True)
    args = parser.parse_args()
    steps: dict[str, Any] = {"count": count, "encode": encode, "grid": grid, "asked": asked}
    return int(steps[args.step](args))


if __name__ == "__main__":
    sys.exit(main())
