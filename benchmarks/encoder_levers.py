"""What the real encoder's cost levers keep of its fresh "who said ...?" gain (issue 15: a
who-said answer may cost at most 25 ms CPU more at p50). A probe on `encoder_probe.py record`'s
rows, numpy only.

    python benchmarks/encoder_levers.py encode --rows ROWS --cache CACHE [--cap PIECES] [--model M]
    python benchmarks/encoder_levers.py grid --rows ROWS --cache CACHE --depth K [--show]
    python benchmarks/encoder_levers.py cost --rows ROWS --depth K --n N [--cap PIECES] [--batch]

`encode` keeps, in one pass, the mean of the first 2, 3, 4 and all layers' outputs for the words
said (whole) and the first five candidates' quotes (cut to `--cap` pieces); `--model` takes an
all-MiniLM-L6-v2 folder or an ONNX export of a BERT of its width (paraphrase-MiniLM-L3-v2's).
`grid` replays them at one depth over N, W and FLOOR, the freshest sets (48th-52nd, where the
fifty-seventh session's rule chooses) apart from the guard (1-47). `cost` is the encoder's CPU
in a who-said answer (the words said and the first N quotes) on the recorded questions; run it
with OPENBLAS_NUM_THREADS=1. Figures: benchmarks/README.md, "encoder_probe.py".
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np
from encoder_probe import read_rows
from minilm_encoder import Encoder, model_folder


def fresh(number: int) -> bool:
    """Whether a set is one of the freshest (48th-52nd), where a choice is made (the rule of
    the fifty-seventh session); the older sets are the guard."""
    return number >= 48


DEPTHS = (2, 3, 4, 6)


def encode(args: argparse.Namespace) -> int:
    """Encode the words said (whole) and the first five candidates' quotes (cut to `--cap`
    pieces) at the depths in DEPTHS, one pass each batch, into CACHE."""
    rows = read_rows(args.rows)
    asked = sorted({r["wording"] for r in rows if r["wording"]}, key=len)
    quoted = sorted({c["text"] for r in rows for c in r["candidates"][:5] if c["text"]}, key=len)
    encoder = Encoder(model_folder(args.model))
    depths = (*(d for d in DEPTHS if d < len(encoder.layers)), len(encoder.layers))
    started = time.process_time()
    saved: dict[str, Any] = {"asked": np.array(asked), "quoted": np.array(quoted)}
    for name, texts, cap in (("asked", asked, None), ("quoted", quoted, args.cap)):
        parts: dict[int, list[np.ndarray]] = {d: [] for d in depths}
        for at in range(0, len(texts), 16):
            for depth, vectors in encoder.encode_layers(texts[at : at + 16], depths, cap).items():
                parts[depth].append(vectors)
        for depth in depths:
            saved[f"{name}{depth}"] = np.concatenate(parts[depth])
        print(f"{name}: {len(texts)}, {time.process_time() - started:.0f} s CPU", file=sys.stderr)
    np.savez(args.cache, **saved)
    return 0


def _lever_first(
    row: dict[str, Any],
    asked: dict[str, np.ndarray],
    quoted: dict[str, np.ndarray],
    variant: tuple[str, int, float, float],
) -> tuple[bool, bool]:
    """Return whether the gold speaker is first after the replay of `variant` (mode, N, W,
    FLOOR), and whether it was first before."""
    mode, reach, weight, floor = variant
    words = row["wording"]

    def value(c: dict[str, Any]) -> float:
        kept = float(c["score"] - c["static"] if mode == "replace" else c["score"])
        if c["ruled_out"] or words not in asked or c["text"] not in quoted:
            return kept
        return kept + weight * max(0.0, float(asked[words] @ quoted[c["text"]]) - floor)

    first = row["candidates"][:reach]
    order = sorted(range(len(first)), key=lambda k: (-value(first[k]), k))
    return bool(first[order[0]]["gold"]), bool(first[0]["gold"])


def grid(args: argparse.Namespace) -> int:
    """Replay the first N candidates with the encoder at one depth (`replace`: in place of the
    static meaning, `add`: on top), over a grid of N, W and FLOOR (a truncated model's cosines
    lie in 0.5-0.85, hence floors to 0.8 and weights to 8); the `--top` variants by net gain on
    the freshest sets (48-52), then on the guard (1-47), with the ids they turn, and how many
    meet the rule of choosing (fresh net >= +4, guard losses not above fresh gains)."""
    rows = [r for r in read_rows(args.rows) if len(r["candidates"]) > 1]
    with np.load(args.cache) as saved:
        asked = dict(zip(saved["asked"].tolist(), saved[f"asked{args.depth}"], strict=True))
        quoted = dict(zip(saved["quoted"].tolist(), saved[f"quoted{args.depth}"], strict=True))
    base = sum(r["candidates"][0]["gold"] for r in rows if fresh(r["number"]))
    print(
        f"depth {args.depth}, {args.cache.name}: fresh gold first {base} of "
        f"{sum(fresh(r['number']) for r in rows)}"
    )
    outcomes = []
    for mode in args.modes:
        for reach in (3, 5):
            for weight in (1.0, 2.0, 3.0, 4.0, 6.0, 8.0):
                for floor in (0.0, 0.3, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8):
                    turned: dict[str, list[str]] = {
                        "fresh won": [],
                        "fresh lost": [],
                        "guard won": [],
                        "guard lost": [],
                    }
                    for r in rows:
                        now, was = _lever_first(r, asked, quoted, (mode, reach, weight, floor))
                        if now != was:
                            group = "fresh" if fresh(r["number"]) else "guard"
                            turned[f"{group} {'won' if now else 'lost'}"].append(
                                r["id"] if group == "fresh" else f"{r['number']}:{r['id']}"
                            )
                    outcomes.append(((mode, reach, weight, floor), turned))

    def net(turned: dict[str, list[str]], group: str) -> int:
        return len(turned[f"{group} won"]) - len(turned[f"{group} lost"])

    outcomes.sort(key=lambda o: (net(o[1], "fresh"), net(o[1], "guard")), reverse=True)
    for (mode, reach, weight, floor), turned in outcomes[: args.top]:
        print(
            f"{mode:<8} N {reach} W {weight:g} FLOOR {floor:g}: fresh "
            f"+{len(turned['fresh won'])}/-{len(turned['fresh lost'])} "
            f"(net {net(turned, 'fresh'):+d}), guard +{len(turned['guard won'])}"
            f"/-{len(turned['guard lost'])}"
        )
        if args.show:
            print(f"    fresh won {turned['fresh won']} lost {turned['fresh lost']}")
    meeting = [
        o
        for o in outcomes
        if net(o[1], "fresh") >= 4 and len(o[1]["guard lost"]) <= len(o[1]["fresh won"])
    ]
    print(f"variants meeting the rule: {len(meeting)} of {len(outcomes)}")
    return 0


def answer_cost(args: argparse.Namespace) -> int:
    """CPU of the encoder's part of a who-said answer on the recorded questions: the words said
    and the first N candidates' quotes (cut to `--cap`), at `--depth`, in one batch or one text
    at a time; p50 and p90 over the questions."""
    rows = [r for r in read_rows(args.rows) if len(r["candidates"]) > 1 and r["wording"]]
    rows = rows[:: max(1, len(rows) // args.sample)]
    encoder = Encoder(model_folder(args.model))
    encoder.encode_layers(["warm up"], (args.depth,))
    spent = []
    for r in rows:
        quotes = [c["text"] for c in r["candidates"][: args.n]]
        started = time.process_time()
        encoder.encode_layers([r["wording"]], (args.depth,))
        if args.batch and quotes:
            encoder.encode_layers(quotes, (args.depth,), args.cap)
        elif not args.batch:
            for quote in quotes:
                encoder.encode_layers([quote], (args.depth,), args.cap)
        spent.append(time.process_time() - started)
    spent.sort()
    print(
        f"depth {args.depth} cap {args.cap} N {args.n} {'batch' if args.batch else 'single'}: "
        f"p50 {spent[len(spent) // 2] * 1000:.1f} ms, p90 {spent[len(spent) * 9 // 10] * 1000:.1f}"
        f" ms CPU ({len(spent)} questions)"
    )
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="step", required=True)
    p = sub.add_parser("encode")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--cap", type=int)
    p.add_argument("--model", type=Path)
    p = sub.add_parser("grid")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--depth", type=int, choices=DEPTHS, default=6)
    p.add_argument("--modes", nargs="*", default=["replace", "add"])
    p.add_argument("--top", type=int, default=4)
    p.add_argument("--show", action="store_true")
    p = sub.add_parser("cost")
    p.add_argument("--rows", type=Path, required=True)
    p.add_argument("--depth", type=int, choices=DEPTHS, default=6)
    p.add_argument("--cap", type=int)
    p.add_argument("--n", type=int, default=5)
    p.add_argument("--batch", action="store_true")
    p.add_argument("--sample", type=int, default=200)
    p.add_argument("--model", type=Path)
    args = parser.parse_args()
    return {"encode": encode, "grid": grid, "cost": answer_cost}[args.step](args)


if __name__ == "__main__":
    sys.exit(main())
