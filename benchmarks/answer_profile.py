"""Where the answer path's time goes, by kind of question, on an index built once and reused.

    python benchmarks/answer_profile.py --index-dir DIR --questions FILE [--rounds 2]
    python benchmarks/answer_profile.py --index-dir DIR --questions FILE --profile [--kind when]

FILE is a questions file of `scale.py` (one question a line: asked as `scale_measure.py
real-query` asks them, every fifth as "what did <Word> say about <words>?"; with --as-is, each
line as it is) or a JSON Lines file of speech questions (`speech_questions*.jsonl`, its
"question" field, of its odd ids only: the even ids are held out). A DIR for a scale corpus is
built once with `scale_measure.py real-build` and reused across code changes (the index format
must match). Each question is timed in CPU
time (`time.process_time_ns`), warm (every question asked once first), in `rounds` rounds;
the figure per question is its lowest, so that another job on the machine inflates it less.
Kinds: plain, "when / how many / how much" (an answer kind is asked for), what_said and
who_said (speech questions), filtered (the question's words set a date or outlet filter).
With --profile, cProfile's top functions for the questions of one kind (or all).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import statistics
import sys
import time
from pathlib import Path

from scale_corpus import answer_mix

from qabot.indexing import load_index
from qabot.search import answer
from qabot.search.emphasis import answer_kinds
from qabot.search.question import read_question


def read_questions(path: Path, as_is: bool = False, ids: str | None = None) -> list[str]:
    """Return the questions of a scale.py file (real-query's mix, unless `as_is`) or of a
    JSON Lines file (with `ids` "odd" or "even", only those whose id ends in such a number:
    the even halves are held out)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if path.suffix == ".jsonl":
        rows = [json.loads(line) for line in lines]
        if ids is not None:
            wanted = 1 if ids == "odd" else 0
            rows = [
                row
                for row in rows
                if (digits := re.search(r"(\d+)$", row["id"])) and int(digits[1]) % 2 == wanted
            ]
        return [row["question"] for row in rows]
    if as_is:
        return lines
    return answer_mix(lines)


def kind_of(index: object, question: str) -> str:
    """Return the kind of a question as answer() reads it."""
    read = read_question(index, question)  # type: ignore[arg-type]
    if read.speech is not None:
        return read.speech.kind
    if read.filters:
        return "filtered"
    return "when/how" if answer_kinds(read.words) else "plain"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--as-is", action="store_true", help="FILE: one question a line, as is")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="cProfile instead of timing")
    parser.add_argument("--kind", help="only questions of this kind")
    parser.add_argument("--lines", type=int, default=35, help="functions listed by --profile")
    args = parser.parse_args()

    index = load_index(args.index_dir)
    # a JSON Lines set's development half only: its even ids are held out
    questions = read_questions(args.questions, args.as_is, ids="odd")
    kinds = [kind_of(index, q) for q in questions]
    chosen = [(q, k) for q, k in zip(questions, kinds, strict=True) if args.kind in (None, k)]
    for question, _ in chosen:  # warm: page cache, word and title caches
        answer(index, question, top=args.top)
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for question, _ in chosen:
            answer(index, question, top=args.top)
        profile.disable()
        stats = pstats.Stats(profile, stream=sys.stdout)
        stats.sort_stats("tottime").print_stats(args.lines)
        stats.sort_stats("cumulative").print_stats(args.lines)
        return 0
    best = [float("inf")] * len(chosen)
    for _ in range(args.rounds):
        for n, (question, _) in enumerate(chosen):
            started = time.process_time_ns()
            answer(index, question, top=args.top)
            best[n] = min(best[n], (time.process_time_ns() - started) / 1e6)
    by_kind: dict[str, list[float]] = {}
    for (_, kind), ms in zip(chosen, best, strict=True):
        by_kind.setdefault(kind, []).append(ms)
    print(f"{index.passage_count:,} passages, {len(chosen)} questions, CPU ms per answer")
    for kind, values in [*sorted(by_kind.items()), ("all", best)]:
        print(
            f"{kind:<10} n {len(values):>5}  p50 {percentile(values, 0.5):6.2f}  "
            f"p95 {percentile(values, 0.95):6.2f}  mean {statistics.fmean(values):6.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
