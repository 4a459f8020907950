"""Time speech questions against any built index: how long "what did X say?" and "who said ...?"
take once the index is loaded, and how long the speaker directory takes to build.

    python benchmarks/speech_latency.py --index-dir DIR [--questions FILE] [--repeat N]

The questions are those of `benchmarks/speech_questions.jsonl` (their kind does not depend on the
articles: on an archive that does not hold their people they take the "nobody of that name" path,
which searches passages too). Each is asked through `qabot.search.answer` in this one process,
after a warm-up question; the first speech question also builds the speaker directory from the
per-article summaries, and that is timed apart.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from qabot.indexing import load_index
from qabot.search import answer

QUESTIONS = Path(__file__).resolve().parent / "speech_questions.jsonl"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, default=QUESTIONS)
    parser.add_argument("--repeat", type=int, default=1, help="ask every question this often")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.questions.read_text().splitlines() if line]
    started = time.perf_counter()
    index = load_index(args.index_dir)
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    speakers = index.speakers.counts()
    directory = time.perf_counter() - started
    answer(index, "what did the chairman say about the results?")  # warm-up
    seconds: dict[str, list[float]] = {}
    for _ in range(args.repeat):
        for row in rows:
            started = time.perf_counter()
            answer(index, row["question"], top=5)
            seconds.setdefault(row["type"], []).append(time.perf_counter() - started)
    print(
        f"{index.passage_count:,} passages, {len(speakers):,} named speakers; "
        f"index load {loaded:.2f} s, speaker directory {directory:.2f} s"
    )
    every = [s for values in seconds.values() for s in values]
    for kind, values in [*sorted(seconds.items()), ("all", every)]:
        print(
            f"{kind:<16} n {len(values):>4}  p50 {percentile(values, 0.5) * 1000:7.1f} ms  "
            f"p95 {percentile(values, 0.95) * 1000:7.1f} ms  "
            f"mean {statistics.fmean(values) * 1000:7.1f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
