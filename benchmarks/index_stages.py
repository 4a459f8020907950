"""Where the CPU of `qabot index` goes (issue 13), two ways:

    python benchmarks/index_stages.py stages FOLDER [--articles 2000] [--rounds 3]
    python benchmarks/index_stages.py whole FOLDER INDEX_DIR

`stages` reads the first articles of FOLDER (a `scale_corpus.py` corpus, the BBC folder, any
articles folder) and times each step of an article's analysis in this one process, the lowest
CPU time of `--rounds` passes over all of them (a step's later rounds find the analyzer's word
cache warm, as a long build mostly does). `whole` rebuilds INDEX_DIR from FOLDER through
`update_index` with its analysis workers and prints the build's CPU split: the indexing
process's Python threads (reading and cleaning, feeding the engine), tantivy's indexing thread,
the workers, and how long the build ran before the first batch was indexed and after the last;
and for each worker and busy thread, its seconds on a core, runnable but waiting for one (the
machine's other jobs) and asleep (waiting on the others: the workers run only when batches are
ready), so a wall time can be told into load and the pipeline's own stalls.
Run one at a time on a shared machine, alternating the code before and after a change: CPU
seconds move with the machine's load (other jobs share the caches) by 10-25% here.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import pickle
import resource
import shutil
import threading
import time
from collections.abc import Callable
from itertools import islice
from pathlib import Path

from qabot.attribution import extract_quotes, summarize
from qabot.engines import engine_class
from qabot.indexing.analysis import AnalysisToWrite, analyze_article, indexed_passages
from qabot.indexing.chunking import passage_spans_and_words
from qabot.ingest import find_article_files, iter_article_file
from qabot.records import Article
from qabot.text import figure_kinds, sentence_spans
from qabot.text.analyzer import analyze_spans
from qabot.text.figures import figure_checks
from qabot.text.signatures import joined_signature


def read_some(folder: Path, count: int) -> list[Article]:
    """Return the first `count` articles of the folder's files, in the order `qabot` reads them."""
    articles: list[Article] = []
    for path in find_article_files(folder):
        articles.extend(islice(iter_article_file(path, folder, []), count - len(articles)))
        if len(articles) >= count:
            break
    return articles[:count]


def stages(folder: Path, count: int, rounds: int) -> None:
    """Print the CPU seconds of each step of `analyze_article` over `count` articles."""
    articles = read_some(folder, count)
    engine = engine_class("tantivy")
    sentences = [sentence_spans(a.text) for a in articles]
    spans = [
        passage_spans_and_words(a.text, s)[0] for a, s in zip(articles, sentences, strict=True)
    ]
    passages = [indexed_passages(a, s) for a, s in zip(articles, sentences, strict=True)]
    quotes = [extract_quotes(a) for a in articles]
    prepared = [
        AnalysisToWrite(
            engine.prepare(each.passages), each.quotes, each.speakers, each.quote_terms, None
        )
        for each in map(analyze_article, articles)
    ]
    pickled = pickle.dumps(prepared)

    def signatures() -> None:
        for each in passages:
            for item in each:
                joined_signature(item.terms)

    def figures() -> None:
        for article, each in zip(articles, passages, strict=True):
            checks = figure_checks(article.text)
            for item in each:
                figure_kinds(item.passage.text, checks)

    steps: dict[str, Callable[[], object]] = {
        "reading and cleaning": lambda: read_some(folder, count),
        "sentence splitting": lambda: [sentence_spans(a.text) for a in articles],
        "passages with their terms": lambda: [
            indexed_passages(a, s) for a, s in zip(articles, sentences, strict=True)
        ],
        "  of which: sentence analysis": lambda: [
            analyze_spans(a.text, s) for a, s in zip(articles, spans, strict=True)
        ],
        "  of which: term signatures": signatures,
        "  of which: figure checks and kinds": figures,
        "quote attribution": lambda: [extract_quotes(a) for a in articles],
        "speaker summaries": lambda: [
            summarize(q, a.text, s) for q, a, s in zip(quotes, articles, sentences, strict=True)
        ],
        "engine records (prepare)": lambda: [engine.prepare(p) for p in passages],
        "pickling the results": lambda: pickle.dumps(prepared),
        "unpickling them": lambda: pickle.loads(pickled),
        "the whole analyze_article": lambda: [analyze_article(a) for a in articles],
    }
    best = dict.fromkeys(steps, float("inf"))
    for _ in range(rounds):
        for name, step in steps.items():
            started = time.process_time()
            step()
            best[name] = min(best[name], time.process_time() - started)
    total = sum(len(p) for p in passages)
    print(
        f"{len(articles):,} articles, {total:,} passages, {sum(map(len, quotes)):,} quotes; "
        f"load average {os.getloadavg()[0]:.1f}; CPU s, lowest of {rounds}:"
    )
    for name, seconds in best.items():
        print(f"  {name:38s} {seconds:7.3f}")


CHILDREN_SAMPLES = 40  # 10 s of samples: the workers are spawned at the build's start


def _sample_threads(
    stop: threading.Event,
    seen: dict[tuple[str, str], float],
    scheduled: dict[str, tuple[float, float, float]],
) -> None:
    """Keep the CPU seconds of every thread of this process, as last seen (Linux /proc), and
    in `scheduled` (`_scheduling`) the scheduler's figures of each thread and of each analysis
    worker (this process's children, looked for in the first seconds, while they start)."""
    tick = os.sysconf("SC_CLK_TCK")
    workers: list[str] = []
    for sample in itertools.count():
        for tid in os.listdir("/proc/self/task"):
            try:
                name = Path(f"/proc/self/task/{tid}/comm").read_text().strip()
                fields = Path(f"/proc/self/task/{tid}/stat").read_text().rsplit(")", 1)[1]
                values = fields.split()
                seen[(tid, name)] = (int(values[11]) + int(values[12])) / tick
                scheduled[f"{name} {tid}"] = _scheduling(f"/proc/self/task/{tid}", tick)
            except OSError:
                pass  # the thread ended
        if sample < CHILDREN_SAMPLES:
            workers = _children(os.getpid())
        for pid in workers:
            with contextlib.suppress(OSError):  # the worker ended
                scheduled[f"worker {pid}"] = _scheduling(f"/proc/{pid}", tick)
        if stop.wait(0.25):
            return


def _children(parent: int) -> list[str]:
    """Return the process ids whose parent is `parent` (a scan of /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == parent:
                found.append(entry)
    return found


def _scheduling(folder: str, tick: int) -> tuple[float, float, float]:
    """Return a thread's or process's seconds on a core, runnable but waiting for one, and
    alive (its schedstat, and its start in its stat): alive minus both is time it slept, as
    a worker does when no batch is ready for it."""
    ran, waited = Path(f"{folder}/schedstat").read_text().split()[:2]
    start = int(Path(f"{folder}/stat").read_text().rsplit(")", 1)[1].split()[19]) / tick
    alive = float(Path("/proc/uptime").read_text().split()[0]) - start
    return int(ran) / 1e9, int(waited) / 1e9, alive


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def whole(folder: Path, index_dir: Path) -> None:
    """Rebuild `index_dir` from `folder` and print the build's CPU split as JSON."""
    from qabot.indexing import reading, update_index

    shutil.rmtree(index_dir, ignore_errors=True)
    marks: list[float] = []
    indexed = reading.Progress.indexed

    def counted(progress: reading.Progress) -> None:
        marks.append(time.perf_counter())
        indexed(progress)

    reading.Progress.indexed = counted  # type: ignore[method-assign]
    stop, seen, scheduled = threading.Event(), {}, {}
    sampler = threading.Thread(target=_sample_threads, args=(stop, seen, scheduled), daemon=True)
    load = os.getloadavg()[0]
    sampler.start()
    started = time.perf_counter()
    own, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    report = update_index(folder, index_dir, engine="tantivy", rebuild=True)
    wall = time.perf_counter() - started
    own = _cpu(resource.RUSAGE_SELF) - own
    children = _cpu(resource.RUSAGE_CHILDREN) - children
    stop.set()
    sampler.join()
    threads: dict[str, float] = {}
    for (_, name), seconds in seen.items():
        threads[name] = round(threads.get(name, 0.0) + seconds, 1)
    print(
        json.dumps(
            {
                "wall_s": round(wall, 1),
                "cpu_s": round(own + children, 1),
                # the same per 100,000 passages: builds of several sizes compare at a glance
                # (linear from 100,000 to 400,000 passages: benchmarks/README.md)
                "cpu_s_per_100k": round((own + children) * 1e5 / max(report.passages, 1), 1),
                "indexing_process_cpu_s": round(own, 1),
                "workers_cpu_s": round(children, 1),
                # "python": every Python thread (main, the pool's); "thrd-tantivy-in": tantivy's
                # indexing thread (names cut to 15 characters by Linux)
                "threads_cpu_s": {k: v for k, v in threads.items() if v > 0},
                # each worker and busy thread: seconds on a core, runnable waiting for one
                # (the machine's other jobs), asleep (waiting on the pipeline: a worker with no
                # batch ready, the main thread waiting for a worker's results)
                "on_core_waiting_asleep_s": {
                    who: [round(ran, 1), round(waited, 1), round(alive - ran - waited, 1)]
                    for who, (ran, waited, alive) in scheduled.items()
                    if ran >= 0.5
                },
                "first_batch_indexed_s": round(marks[0] - started, 1) if marks else None,
                "after_last_batch_s": round(started + wall - marks[-1], 1) if marks else None,
                "load_average": [round(load, 1), round(os.getloadavg()[0], 1)],
                "passages": report.passages,
                "quotes": report.quotes,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    tasks = parser.add_subparsers(dest="task", required=True)
    one = tasks.add_parser("stages", help="each step of an article's analysis, one process")
    one.add_argument("folder", type=Path)
    one.add_argument("--articles", type=int, default=2000)
    one.add_argument("--rounds", type=int, default=3)
    build = tasks.add_parser("whole", help="a whole `qabot index --rebuild`, CPU split")
    build.add_argument("folder", type=Path)
    build.add_argument("index_dir", type=Path)
    options = parser.parse_args()
    if options.task == "stages":
        stages(options.folder, options.articles, options.rounds)
    else:
        whole(options.folder, options.index_dir)


if __name__ == "__main__":
    main()
