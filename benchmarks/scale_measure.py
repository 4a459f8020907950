"""One measurement of benchmarks/scale.py, run in a fresh process: `scale_measure.py TASK JSON`.

Tasks: build, query, update (an engine fed directly), real-build, real-query, real-update (the
`qabot.indexing.update_index` / `load_index` / `answer` path). Each prints one JSON line.
Peak memory is the highest summed RSS of this process and its children, sampled every 50 ms.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import resource
import shutil
import statistics
import sys
import threading
import time
import zlib
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from pathlib import Path

import psutil
import scale_corpus as synthetic

from qabot.engines import IndexedPassage, PassageFilter, engine_class
from qabot.records import Passage
from qabot.text import analyze, tokenize

WARM_UP = 100  # questions asked once before timing
# every generated article gets a day in ten years and one of twenty outlets (from its id), so
# filtered searches are timed on a realistic spread: one year is ~10%, one outlet ~5%
FIRST_DAY = 735599  # 2015-01-01 as date.toordinal()
DAYS = 3650
OUTLETS = 20
ONE_YEAR = PassageFilter(first_day=FIRST_DAY + 5 * 365, last_day=FIRST_DAY + 6 * 365 - 1)
ONE_OUTLET = PassageFilter(outlets=frozenset({"outlet 7"}))


def day_and_outlet(article_id: str) -> tuple[int, str]:
    """Return the synthetic publication day and outlet of a generated article."""
    code = zlib.crc32(article_id.encode())
    return FIRST_DAY + code % DAYS, f"outlet {code // DAYS % OUTLETS}"


WORKERS = max(1, min(2, os.cpu_count() or 1))
AHEAD = 4 * WORKERS  # analysed batches waiting for the indexer, at most
BATCH_LINES = 50  # articles per analysis task: big enough to amortise pickling
# article id, title terms, article text bytes, passages as (start, end, text, terms)
Analyzed = tuple[str, str, int, list[tuple[int, int, str, str]]]


def cpu_seconds() -> float:
    """Return the CPU time of this process, user + system (children: see PeakRSS.children_cpu).

    A figure that survives a busy machine better than wall time: the same work costs about
    the same CPU whatever else runs (less so with the other core's caches shared).
    """
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


LIST_EVERY = 1.0  # seconds between two listings of the process tree


class PeakRSS:
    """Sample the summed RSS of this process tree in a thread; `peak_mb` is the highest seen.

    Memory is sampled every 50 ms, the list of processes renewed every LIST_EVERY seconds (a
    child started in between is counted from the next listing).
    """

    def __init__(self) -> None:
        self.peak = 0
        # CPU seconds of every process below this one, as last sampled: pool workers and the
        # forkserver's workers (grandchildren, which RUSAGE_CHILDREN never counts)
        self._child_cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = psutil.Process()
        processes, listed = [me], time.monotonic() - LIST_EVERY
        while not self._stop.is_set():
            # Listing the children reads every process of the machine (~2 ms): once a second
            # keeps this thread's own CPU, counted in the build's, near 1% instead of ~5%.
            if time.monotonic() - listed >= LIST_EVERY:
                processes, listed = [me, *me.children(recursive=True)], time.monotonic()
            total = 0
            for process in processes:
                with contextlib.suppress(psutil.Error):
                    total += process.memory_info().rss
                    if process.pid != me.pid:
                        times = process.cpu_times()
                        self._child_cpu[process.pid] = times.user + times.system
            self.peak = max(self.peak, total)
            self._stop.wait(0.05)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def children_cpu(self) -> float:
        """CPU seconds used by the processes below this one (up to the last sample)."""
        return sum(self._child_cpu.values())

    @property
    def peak_mb(self) -> float:
        return round(self.peak / 2**20, 1)


def analyze_lines(lines: list[str]) -> list[Analyzed]:
    """Analyse generated JSON Lines articles: each paragraph is a passage (a pool worker)."""
    out = []
    for line in lines:
        record = json.loads(line)
        text, passages, start = record["text"], [], 0
        for paragraph in text.split("\n\n"):
            end = start + len(paragraph)
            passages.append((start, end, paragraph, analyze(paragraph)))
            start = end + 2
        title = analyze(record["title"])
        out.append((record["id"], title, len(text.encode("utf-8")), passages))
    return out


def analyze_files(paths: list[str]) -> list[Analyzed]:
    """Analyse article files as `qabot index` does: read, chunk, analyze (a pool worker)."""
    from qabot.indexing import chunk_article
    from qabot.ingest import read_article_file

    out = []
    for name in paths:
        path = Path(name)
        articles, _ = read_article_file(path, path.parent)
        for article in articles:
            passages = [(p.start, p.end, p.text, analyze(p.text)) for p in chunk_article(article)]
            title = analyze(article.info.title)
            out.append((article.id, title, len(article.text.encode("utf-8")), passages))
    return out


def _work(corpus: Path) -> tuple[object, Iterator[list[str]]]:
    """Return the analysis function and its batches for a generated corpus or a real folder."""
    if synthetic.corpus_meta(corpus) is not None:
        items: Iterator[str] = synthetic.iter_lines(corpus)
        function: object = analyze_lines
    else:
        from qabot.ingest import find_article_files

        items = (str(path) for path in find_article_files(corpus))
        function = analyze_files
    return function, _batches(items)


def _batches(items: Iterator[str]) -> Iterator[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) == BATCH_LINES:
            yield batch
            batch = []
    if batch:
        yield batch


def bounded_imap(
    pool: Executor, function, batches: Iterator[list[str]]
) -> Iterator[list[Analyzed]]:
    """Yield each batch's analysis in order, with at most AHEAD batches read or analysed ahead
    (so memory stays flat when indexing is slower than analysis)."""
    pending: deque = deque()
    for batch in batches:
        pending.append(pool.submit(function, batch))
        if len(pending) >= AHEAD:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def analysis_pool() -> Executor:
    """Return the analysis workers: a process pool as `qabot index` uses (qabot.indexing).

    Forked, as multiprocessing.Pool's were here before, but not a multiprocessing.Pool: its
    worker-handler thread wakes on every result the workers post and spins until the
    result thread has read it, which cost the indexing process about 0.3 CPU-s per 100,000
    passages that no qabot code spends.
    """
    return ProcessPoolExecutor(WORKERS, mp_context=multiprocessing.get_context("fork"))


class Feed:
    """Turn analysed articles into the engine's (passage, terms, title terms) triples."""

    def __init__(self, articles: Iterator[list[Analyzed]]) -> None:
        self.articles = articles
        self.raw_bytes = 0

    def __iter__(self) -> Iterator[IndexedPassage]:
        for batch in self.articles:
            for article_id, title, raw_bytes, passages in batch:
                self.raw_bytes += raw_bytes
                day, outlet = day_and_outlet(article_id)
                for position, (start, end, text, terms) in enumerate(passages):
                    passage = Passage(
                        f"{article_id}:{position}", article_id, position, start, end, text
                    )
                    yield IndexedPassage(passage, terms, title, day, outlet)


def build(engine: str, corpus: str, index: str) -> dict:
    """Read, analyse (in WORKERS processes) and index a corpus; commit."""
    started, cpu = time.perf_counter(), cpu_seconds()
    function, batches = _work(Path(corpus))
    with PeakRSS() as rss, analysis_pool() as pool:
        writer = engine_class(engine).create(Path(index))
        feed = Feed(bounded_imap(pool, function, batches))
        writer.add(feed)
        writer.commit()
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu + rss.children_cpu
    passages = len(engine_class(engine).open(Path(index)))
    return {
        "build_s": round(seconds, 2),
        "build_cpu_s": round(cpu, 1),
        "build_peak_mb": rss.peak_mb,
        "passages": passages,
        "raw_text_bytes": feed.raw_bytes,
        "analysis_workers": WORKERS,
    }


def _latencies(search, questions: list[str]) -> tuple[list[float], int, list[float]]:
    """Time `search` per question, warm; return the wall times, how many questions found hits
    and the CPU times of this process (which another job on the machine inflates less)."""
    for question in questions[:WARM_UP]:  # page cache, the analyzer's word cache
        search(question)
    times, found, cpu = [], 0, []
    for question in questions:
        started, cpu_started = time.perf_counter(), time.process_time()
        result = search(question)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        found += bool(result)
    return times, found, cpu


def _summary(times: list[float], load_s: float, found: int, cpu: list[float]) -> dict:
    times_ms = sorted(t * 1000 for t in times)
    cpu_ms = sorted(t * 1000 for t in cpu)
    memory = psutil.Process().memory_info()
    return {
        "load_s": round(load_s, 4),
        "p50_ms": round(statistics.median(times_ms), 3),
        "p95_ms": round(times_ms[int(0.95 * (len(times_ms) - 1))], 3),
        "p50_cpu_ms": round(statistics.median(cpu_ms), 3),
        "p95_cpu_ms": round(cpu_ms[int(0.95 * (len(cpu_ms) - 1))], 3),
        "qps": round(len(times) / sum(times), 1),
        "serving_mb": round(memory.rss / 2**20, 1),
        # RSS minus file-backed pages: what the process holds beyond the mapped index files,
        # which the kernel shares with the page cache and can reclaim
        "serving_private_mb": round((memory.rss - memory.shared) / 2**20, 1),
        "questions_with_hits": found,
    }


def query(engine: str, index: str, questions: str) -> dict:
    """Open the engine, then time tokenize + search(k=10) per question, warm, one at a time."""
    asked = synthetic.read_questions(Path(questions))
    started = time.perf_counter()
    reader = engine_class(engine).open(Path(index))
    load_s = time.perf_counter() - started
    times, found, cpu = _latencies(lambda q: reader.search(tokenize(q), 10), asked)
    summary = _summary(times, load_s, found, cpu)
    # the same questions restricted to one year, then to one outlet (issue 14's filters)
    for name, where in (("year", ONE_YEAR), ("outlet", ONE_OUTLET)):
        filtered, *_ = _latencies(lambda q, w=where: reader.search(tokenize(q), 10, w), asked)
        ordered = sorted(t * 1000 for t in filtered)
        summary[f"{name}_p50_ms"] = round(statistics.median(ordered), 3)
        summary[f"{name}_p95_ms"] = round(ordered[int(0.95 * (len(ordered) - 1))], 3)
    return summary


def update(engine: str, corpus: str, index: str) -> dict:
    """Time adding, changing and removing one article, each as a new generation of `index`.

    The time includes analysing the article and hard-linking the previous generation.
    """
    function, batches = _work(Path(corpus))
    first_batch = next(batches)
    article_id = function(first_batch[:1])[0][0]

    def analyzed(new_id: str) -> Iterator[list[Analyzed]]:
        article = function(first_batch[:1])[0]
        yield [(new_id, *article[1:])]

    base, cls, result = Path(index), engine_class(engine), {}
    for op, added, removed in (
        ("add", "zz-new-article", []),
        ("change", article_id, [article_id]),
        ("remove", None, [article_id]),
    ):
        target = base.with_name(base.name + f"-{op}")
        shutil.rmtree(target, ignore_errors=True)
        started = time.perf_counter()
        writer = cls.create(target, previous=base)
        if removed:
            writer.remove(removed)
        if added is not None:
            writer.add(Feed(analyzed(added)))
        writer.commit()
        result[f"{op}_s"] = round(time.perf_counter() - started, 3)
        shutil.rmtree(target, ignore_errors=True)
    result["update_s"] = max(result["add_s"], result["change_s"], result["remove_s"])
    return result


def real_build(corpus: str, index: str) -> dict:
    """Time `qabot.indexing.update_index`: files -> articles -> passages -> terms -> engine."""
    from qabot.indexing import update_index

    started, cpu = time.perf_counter(), cpu_seconds()
    with PeakRSS() as rss:
        report = update_index(Path(corpus), Path(index), engine="tantivy", rebuild=True)
    return {
        "build_s": round(time.perf_counter() - started, 2),
        "build_cpu_s": round(cpu_seconds() - cpu + rss.children_cpu, 1),
        "build_peak_mb": rss.peak_mb,
        "passages": report.passages,
        "articles": report.articles,
    }


def real_query(index: str, questions: str) -> dict:
    """Time the index's load once, then `answer(top=3)` per question through an IndexHolder,
    as `qabot ask --json -` answers (the holder freezes the loaded generation out of the
    collector's reach after the first questions; until the sixty-second session this called
    `answer` on the loaded index directly, which no front end does).

    The questions are the engine's, with every fifth asked as a speech question ("what did
    <Word> say about <words>?": `scale_corpus.answer_mix`), so the speech path (speaker
    lookup, quotes) is timed too.
    """
    from qabot.indexing import IndexHolder
    from qabot.search import answer

    asked = synthetic.read_questions(Path(questions))
    started = time.perf_counter()
    holder = IndexHolder(Path(index))
    holder.get()
    load_s = time.perf_counter() - started
    asked = synthetic.answer_mix(asked)
    times, found, cpu = _latencies(lambda q: answer(holder.get(), q, top=3).found, asked)
    return _summary(times, load_s, found, cpu)


def real_update(corpus: str, index: str) -> dict:
    """Time `update_index` after adding, changing and removing one article file."""
    from qabot.indexing import update_index

    folder = Path(corpus)
    record = json.loads(next(synthetic.iter_lines(folder)))
    extra = folder / "zz-benchmark-extra.jsonl"
    result = {}
    for op in ("add", "change", "remove"):
        if op == "add":
            extra.write_text(json.dumps(dict(record, id="zz-new")) + "\n", encoding="utf-8")
        elif op == "change":
            changed = dict(record, id="zz-new", text=record["text"] + "\n\nOne more paragraph.")
            extra.write_text(json.dumps(changed) + "\n", encoding="utf-8")
        else:
            extra.unlink()
        started = time.perf_counter()
        update_index(folder, Path(index), engine="tantivy")
        result[f"{op}_s"] = round(time.perf_counter() - started, 3)
    result["update_s"] = max(result["add_s"], result["change_s"], result["remove_s"])
    return result


TASKS = {
    "build": build,
    "query": query,
    "update": update,
    "real-build": real_build,
    "real-query": real_query,
    "real-update": real_update,
}

if __name__ == "__main__":
    task, options = sys.argv[1], json.loads(sys.argv[2])
    print(json.dumps(TASKS[task](**options)))
