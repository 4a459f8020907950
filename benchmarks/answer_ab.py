"""The answer path against the engine, and code against code, measured in one sitting.

    python benchmarks/answer_ab.py --index-dir DIR --questions FILE
    python benchmarks/answer_ab.py --index-dir DIR --questions FILE --side base=/tmp/old-tree
    python benchmarks/answer_ab.py ... --engine-dir ENGINE_DIR --mode once --rounds 1
    python benchmarks/answer_ab.py ... --side base=/tmp/old-tree --side-index base=OLD_DIR

Each side is a process answering with the qabot package found first on its `PYTHONPATH`
(`name=PATH`: a copy of another commit's `qabot/` folder, e.g. `git archive COMMIT qabot | tar
-x -C PATH`; `this` is always measured, with this tree's package), on DIR or, with
`--side-index NAME=DIR`, on an index of its own (one that tree can read when the index format
changed, built from the same articles). A further process times the engine query of
`scale_measure.py query` (`tokenize` + `search(k=10)`, the passages read) on ENGINE_DIR
(default: the engine folder of DIR's current generation). The processes take turns on chunks
of questions (which goes first rotates), so a burst of load on this shared machine falls on
all of them; each question's figure is its lowest CPU time
(`time.process_time_ns`) of `--rounds`. `--mode cold` (default) empties the engine's passage
and search caches before every round, as a question asked once finds them; `--mode once`
asks each question once (then use `--rounds 1`), as `scale_measure.py real-query` does.
FILE is read as `answer_profile.py` reads it (every fifth scale question asked as "what did
X say about Y?"). Prints p50, p95 and mean by kind, and the ratio of each side's p50 to the
engine's (issue 13 asks for at most 2x at 1,000,000 passages). With `--tail N`, this side's
slowest 5% by kind, with the CPU inside tantivy's `Searcher.search` beside the rest (its
searcher wrapped: a Python call more a search), and its N slowest questions. Each side's
line of the garbage collector (`gc.callbacks`) says the CPU its collections took in the
timed answers, how many answers met a full collection (the oldest generation) and their
longest pause: a lone slow answer is often one. With `--freeze`, each answering process calls
`gc.freeze()` once its index is open and warmed up (what it would save a server); with
`--holder`, each side asks its `IndexHolder` for the index at every question, as the front ends
do (and as that side's code freezes, or not). A side
without an index of its own reads DIR leniently: a quote line's fields its qabot does not know
(an index written by newer code) are left unread, as qabot itself does since they were stored.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

WARM_UP = 100  # questions asked once by each process before timing, as scale_measure.py does


class TimedSearcher:
    """A tantivy searcher whose `search` calls add their CPU time to `spent` (ns): how much of
    an answer is tantivy's search of the postings, the rest being Python and reads."""

    def __init__(self, searcher: object) -> None:
        self._searcher = searcher
        self.spent = 0

    def search(self, *args: object, **options: object) -> object:
        started = time.process_time_ns()
        try:
            return self._searcher.search(*args, **options)  # type: ignore[attr-defined]
        finally:
            self.spent += time.process_time_ns() - started

    def __getattr__(self, name: str) -> object:
        return getattr(self._searcher, name)


class GcPauses:
    """The CPU time (ns) the garbage collector's collections take (`spent`), and how many of
    them collect the oldest generation (`full`), told by `gc.callbacks`."""

    def __init__(self) -> None:
        self.spent = 0
        self.full = 0
        self._started = 0
        gc.callbacks.append(self._called)

    def _called(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time_ns()
            return
        self.spent += time.process_time_ns() - self._started
        if info["generation"] == 2:
            self.full += 1


def read_leniently() -> None:
    """Make `Quote(**fields)` leave out the fields `Quote` does not have, for a qabot older
    than the index it reads (one that does not itself: `quote_terms.QUOTE_FIELDS` absent)."""
    from dataclasses import fields

    from qabot.indexing import quote_terms
    from qabot.records import Quote

    if hasattr(quote_terms, "QUOTE_FIELDS"):
        return
    known = frozenset(field.name for field in fields(Quote))
    made = Quote.__init__

    def lenient(self: Quote, *args: object, **given: object) -> None:
        made(self, *args, **{name: value for name, value in given.items() if name in known})

    Quote.__init__ = lenient  # type: ignore[method-assign]


def serve(
    index_dir: Path,
    questions: Path,
    mode: str,
    engine_dir: Path | None,
    *,
    split: bool = False,
    freeze: bool = False,
    lenient: bool = False,
    holder: bool = False,
) -> None:
    """Worker: print the kinds of the questions, then answer chunks read from stdin
    ("start end rounds"), printing for each question [its lowest CPU time, the CPU inside
    tantivy's search (with `split`, else 0), the collector's CPU, its full collections] in ns,
    of the round of lowest total."""
    from answer_profile import kind_of, read_questions

    from qabot.indexing import load_index
    from qabot.search import answer
    from qabot.text import tokenize

    if lenient:
        read_leniently()
    index = load_index(index_dir)
    asked = read_questions(questions)
    timed = None
    if split and engine_dir is None:
        timed = TimedSearcher(index.engine._get_searcher())  # type: ignore[attr-defined]
        index.engine._get_searcher = lambda: timed  # type: ignore[attr-defined]
    if engine_dir is not None:  # the engine query of scale_measure.py, on the same questions
        from qabot.engines.registry import engine_class

        engine = engine_class("tantivy").open(engine_dir)
        kinds = ["engine"] * len(asked)

        def run(question: str) -> object:
            return engine.search(tokenize(question), 10)

    else:
        engine = index.engine
        kinds = [kind_of(index, question) for question in asked]

        from qabot.indexing import IndexHolder

        held = IndexHolder(index_dir, index) if holder else None

        def run(question: str) -> object:
            return answer(held.get() if held is not None else index, question, top=3)

    def forget() -> None:  # what a question asked once finds empty
        engine._recent.clear()  # type: ignore[attr-defined]
        engine._passage.cache_clear()  # type: ignore[attr-defined]

    for question in asked[:WARM_UP]:
        run(question)
    if freeze:
        gc.collect()
        gc.freeze()
    pauses = GcPauses()
    print(json.dumps(kinds), flush=True)
    for line in sys.stdin:
        start, end, rounds = map(int, line.split())
        best: list[list[int]] = []
        for question in asked[start:end]:
            lowest = None
            for _ in range(rounds):
                if mode == "cold" or engine_dir is not None:
                    forget()
                searched = timed.spent if timed is not None else 0
                collected, full = pauses.spent, pauses.full
                started = time.process_time_ns()
                run(question)
                spent = time.process_time_ns() - started
                inside = (timed.spent if timed is not None else 0) - searched
                if lowest is None or spent < lowest[0]:
                    lowest = [spent, inside, pauses.spent - collected, pauses.full - full]
            if lowest is not None:  # (rounds >= 1)
                best.append(lowest)
        print(json.dumps(best), flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[int(share * (len(ordered) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--questions", type=Path, required=True)
    parser.add_argument("--side", action="append", default=[], help="NAME=PATH of a qabot tree")
    parser.add_argument(
        "--side-index", action="append", default=[], help="NAME=DIR: that side's own index"
    )
    parser.add_argument("--engine-dir", type=Path, help="engine folder for the engine query")
    parser.add_argument("--mode", choices=("cold", "once"), default="cold")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--chunk", type=int, default=25)
    parser.add_argument(
        "--tail",
        type=int,
        default=0,
        metavar="N",
        help="also list the slowest 5%% of this side's answers by kind, the CPU inside "
        "tantivy's search beside the rest, and the N slowest questions",
    )
    parser.add_argument(
        "--freeze", action="store_true", help="gc.freeze() in each answering process once warm"
    )
    parser.add_argument(
        "--holder", action="store_true", help="answer on IndexHolder.get(), as the front ends"
    )
    parser.add_argument("--serve", choices=("answer", "engine"), help=argparse.SUPPRESS)
    parser.add_argument("--lenient", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--split", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        engine_dir = args.engine_dir if args.serve == "engine" else None
        serve(
            args.index_dir,
            args.questions,
            args.mode,
            engine_dir,
            split=args.split,
            freeze=args.freeze,
            lenient=args.lenient,
            holder=args.holder,
        )
        return 0
    here = Path(__file__).resolve().parent
    generation = args.index_dir / (args.index_dir / "CURRENT").read_text().strip()
    engine_dir = args.engine_dir or generation / "engine"
    this = str(here.parent)
    sides = [("this", this), *(tuple(side.split("=", 1)) for side in args.side)]
    own_index = dict(side.split("=", 1) for side in args.side_index)
    common = ["--questions", str(args.questions), "--mode", args.mode]
    common += ["--freeze"] if args.freeze else []
    common += ["--holder"] if args.holder else []
    common += ["--engine-dir", str(engine_dir)]
    workers = {}
    for name, path in [*sides, ("engine", this)]:
        role = "engine" if name == "engine" else "answer"
        environment = dict(os.environ, PYTHONPATH=os.pathsep.join([path, str(here)]))
        index_dir = own_index.get(name, str(args.index_dir))
        flags = ["--split"] if args.tail and name == "this" else []
        # a side of other code reading this side's index: leniently
        flags += ["--lenient"] if name not in {"this", "engine"} and name not in own_index else []
        workers[name] = subprocess.Popen(
            [sys.executable, __file__, *common, "--index-dir", index_dir, "--serve", role, *flags],
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
    kinds = {name: json.loads(worker.stdout.readline()) for name, worker in workers.items()}
    count = len(kinds["this"])
    names = list(workers)
    times: dict[str, list[float]] = {name: [] for name in names}
    inside: list[float] = []  # this side's CPU inside tantivy's search, with --tail
    # each side's collector CPU (ms) and full collections, answer by answer
    collected: dict[str, list[tuple[float, int]]] = {name: [] for name in names}
    loads = []
    for turn, start in enumerate(range(0, count, args.chunk)):
        for name in names[turn % len(names) :] + names[: turn % len(names)]:
            worker = workers[name]
            worker.stdin.write(f"{start} {min(count, start + args.chunk)} {args.rounds}\n")
            worker.stdin.flush()
            for total, searching, collecting, full in json.loads(worker.stdout.readline()):
                times[name].append(total / 1e6)
                collected[name].append((collecting / 1e6, full))
                if name == "this" and args.tail:
                    inside.append(searching / 1e6)
        loads.append(os.getloadavg()[0])
    for worker in workers.values():
        worker.stdin.close()
        worker.wait()
    print(
        f"{count} questions, mode {args.mode}, lowest CPU ms of {args.rounds}, "
        f"load {min(loads):.1f}-{max(loads):.1f}"
    )
    engine_p50 = percentile(times["engine"], 0.5)
    print(f"{'engine':<8} {'query':<10} p50 {engine_p50:6.3f}")
    for name, _ in sides:
        for kind in [*sorted(set(kinds["this"])), "all"]:
            values = [
                ms for ms, k in zip(times[name], kinds["this"], strict=True) if kind in {k, "all"}
            ]
            p50 = percentile(values, 0.5)
            print(
                f"{name:<8} {kind:<10} n {len(values):>4}  p50 {p50:6.3f}  "
                f"p95 {percentile(values, 0.95):6.3f}  mean {statistics.fmean(values):6.3f}  "
                f"{p50 / engine_p50:4.2f}x the engine"
            )
    for name, _ in sides:
        print_collections(name, times[name], collected[name])
    if args.tail:
        from answer_profile import read_questions

        asked = read_questions(args.questions)
        print_tail(asked, kinds["this"], times["this"], inside, args.tail, collected["this"])
    return 0


def print_collections(name: str, times: list[float], collected: list[tuple[float, int]]) -> None:
    """Print the share of a side's CPU its collector took, the answers that met a full
    collection, their mean CPU and the longest pause."""
    spent = sum(ms for ms, _ in collected)
    full = [n for n, (_, count) in enumerate(collected) if count]
    line = f"{name:<8} gc {spent / sum(times):.1%} of the answers' CPU, longest "
    line += f"{max(ms for ms, _ in collected):.3f} ms; {len(full)} answers met a full collection"
    if full:
        line += f" (mean {statistics.fmean(times[n] for n in full):.3f} ms, of it gc "
        line += f"{statistics.fmean(collected[n][0] for n in full):.3f})"
    print(line)


def print_tail(
    asked: list[str],
    kinds: list[str],
    times: list[float],
    inside: list[float],
    count: int,
    collected: list[tuple[float, int]],
) -> None:
    """Print the slowest 5% of the answers (at or above p95): how many of each kind, their
    mean CPU and how much of it was inside tantivy's search; then the `count` slowest."""
    cut = percentile(times, 0.95)
    slow = [n for n, ms in enumerate(times) if ms >= cut]
    print(f"slowest 5% (>= {cut:.3f} ms): {len(slow)} answers")
    for kind in sorted({kinds[n] for n in slow}):
        mine = [n for n in slow if kinds[n] == kind]
        mean = statistics.fmean(times[n] for n in mine)
        searching = statistics.fmean(inside[n] for n in mine)
        print(
            f"  {kind:<10} n {len(mine):>3}  mean {mean:6.3f} ms, in tantivy's search "
            f"{searching:6.3f} ({searching / mean:.0%})"
        )
    share = sum(inside) / sum(times)
    print(f"  all answers: {share:.0%} of their CPU inside tantivy's search")
    for n in sorted(slow, key=times.__getitem__, reverse=True)[:count]:
        print(
            f"  {times[n]:7.3f} ms (search {inside[n]:6.3f}, gc {collected[n][0]:6.3f})  "
            f"{kinds[n]:<10} {asked[n]}"
        )


if __name__ == "__main__":
    sys.exit(main())
