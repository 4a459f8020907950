"""Ranking quality on BEIR SciFact at the article level: nDCG@10, MRR@10, Recall@100 (ranx).

    python benchmarks/quality.py [--split test|train] [--engine tantivy] [--json quality.json]
    python benchmarks/quality.py --split train --sweep     # how the engine parameters were chosen

The corpus (../shared/corpora/beir_scifact/) is written as a JSON Lines articles file into a
temporary folder, indexed by the real path (`qabot.indexing.update_index`), and every query of the
split goes through `qabot.search.answer`, the call behind `qabot ask --json -`. Passage hits are
folded into articles by their best passage's score. `--sweep` builds the engine directly (same
chunking and analyzer) over a grid of ranking parameters; it refuses the test split, so the
parameters are never tuned on the queries they are reported on.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import itertools
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCIFACT = REPO.parent / "shared" / "corpora" / "beir_scifact"
METRICS = ["ndcg@10", "mrr@10", "recall@100"]
TARGETS = {"ndcg@10": 0.70, "recall@100": 0.94}
PASSAGE_DEPTH = 400  # passages fetched per query; enough to fill 100 distinct articles
ARTICLES_FILE = "scifact.jsonl"

Run = dict[str, dict[str, float]]


def load_scifact(split: str) -> tuple[list[dict], dict[str, str], dict[str, dict[str, int]]]:
    """Return the corpus records, the split's queries and its relevance judgements."""
    if not (SCIFACT / "corpus.jsonl.gz").exists():
        sys.exit(
            "SciFact is missing: expected ../shared/corpora/beir_scifact/ beside the repository."
        )
    with gzip.open(SCIFACT / "corpus.jsonl.gz", "rt", encoding="utf-8") as lines:
        corpus = [json.loads(line) for line in lines]
    qrels: dict[str, dict[str, int]] = {}
    with (SCIFACT / "qrels" / f"{split}.tsv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            qrels.setdefault(row["query-id"], {})[row["corpus-id"]] = int(row["score"])
    with (SCIFACT / "queries.jsonl").open(encoding="utf-8") as lines:
        queries = {q["_id"]: q["text"] for q in map(json.loads, lines) if q["_id"] in qrels}
    return corpus, queries, qrels


def write_articles(corpus: list[dict], folder: Path) -> Path:
    """Write the corpus as one JSON Lines articles file (id, title, text) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ARTICLES_FILE
    with path.open("w", encoding="utf-8") as out:
        for doc in corpus:
            record = {"id": doc["_id"], "title": doc["title"], "text": doc["text"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def fold(hits: Iterator[tuple[str, float]]) -> dict[str, float]:
    """Return each article's best passage score (max-aggregation of passage hits)."""
    best: dict[str, float] = {}
    for doc_id, score in hits:
        if score > best.get(doc_id, 0.0):
            best[doc_id] = score
    return best


def run_qabot(workdir: Path, corpus: list[dict], queries: dict[str, str], engine: str) -> Run:
    """Index with `update_index` and rank every query as answers do, before the display floor.

    The ranking is the engine's with repeats removed (`distinct_passages`), to the depth the
    metrics need; `answer()` itself shows at most MAX_TOP passages above a relevance floor,
    which is a choice of what to show, not of the order.
    """
    from qabot.indexing import load_index, update_index
    from qabot.search import distinct_passages
    from qabot.text import tokenize

    articles_dir, index_dir = workdir / "articles", workdir / "index"
    write_articles(corpus, articles_dir)
    started = time.perf_counter()
    report = update_index(articles_dir, index_dir, engine=engine, rebuild=True)
    print(
        f"indexed {report.articles} articles, {report.passages} passages "
        f"in {time.perf_counter() - started:.1f} s ({engine})"
    )
    index = load_index(index_dir)
    run: Run = {}
    for query_id, text in queries.items():
        terms = tokenize(text)
        ranked = distinct_passages(
            index.engine.search(terms, PASSAGE_DEPTH), set(terms), PASSAGE_DEPTH
        )
        articles = index.articles
        run[query_id] = fold(
            (articles[passage.article_id].path.rpartition("#")[2], score)
            for passage, score in ranked
        )
    return run


def evaluate(qrels: dict[str, dict[str, int]], run: Run) -> dict[str, float]:
    """Return the metrics over every judged query (a query with no hits scores zero)."""
    from ranx import Qrels
    from ranx import Run as RanxRun
    from ranx import evaluate as ranx_evaluate

    filled = {query_id: run.get(query_id) or {"-": 0.0} for query_id in qrels}
    scores = ranx_evaluate(Qrels(qrels), RanxRun(filled), METRICS, make_comparable=True)
    return {metric: round(float(scores[metric]), 4) for metric in METRICS}


def sweep(corpus: list[dict], queries: dict[str, str], qrels: dict[str, dict[str, int]]) -> None:
    """Print the metrics of a grid of ranking parameters, building the engine directly."""
    from qabot.engines import IndexedPassage
    from qabot.engines.tantivy_engine import TantivyEngine
    from qabot.engines.tantivy_ranking import Ranking
    from qabot.indexing import chunk_article
    from qabot.ingest import read_article_file
    from qabot.text import analyze, tokenize

    with tempfile.TemporaryDirectory(prefix="qabot-sweep-") as tmp:
        path = write_articles(corpus, Path(tmp) / "articles")
        articles, _ = read_article_file(path, Path(tmp) / "articles")
        rows = [
            (p, analyze(p.text), analyze(a.info.title), a.info.path.rpartition("#")[2])
            for a in articles
            for p in chunk_article(a)
        ]
        doc_of = {p.id: doc_id for p, _, _, doc_id in rows}
        questions = {query_id: tokenize(text) for query_id, text in queries.items()}
        print(f"{len(articles)} articles, {len(rows)} passages, {len(questions)} queries")
        for n, (body_b, title_weight, title_b) in enumerate(
            itertools.product([0.3, 0.4, 0.5, 0.6, 0.75], [0.0, 0.25, 0.5, 1.0], [0.3, 0.75])
        ):
            if title_weight == 0 and title_b != 0.75:
                continue
            ranking = Ranking(body_b=body_b, title_b=title_b, title_weight=title_weight)
            engine = TantivyEngine.create(Path(tmp) / f"gen{n}", ranking=ranking)
            engine.add(IndexedPassage(p, body, title) for p, body, title, _ in rows)
            engine.commit()
            run = {
                query_id: fold((doc_of[p.id], s) for p, s in engine.search(terms, PASSAGE_DEPTH))
                for query_id, terms in questions.items()
            }
            print(json.dumps({**asdict(ranking), **evaluate(qrels, run)}), flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; print the metrics against the targets and optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["test", "train"], default="test")
    parser.add_argument("--engine", default="tantivy", help="engine name as in [index] engine")
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--sweep", action="store_true", help="grid of ranking parameters (train)")
    args = parser.parse_args(argv)
    corpus, queries, qrels = load_scifact(args.split)
    if args.sweep:
        if args.split != "train":
            parser.error("--sweep tunes parameters: run it on --split train only")
        sweep(corpus, queries, qrels)
        return 0
    with tempfile.TemporaryDirectory(prefix="qabot-quality-") as tmp:
        started = time.perf_counter()
        run = run_qabot(Path(tmp), corpus, queries, args.engine)
        seconds = time.perf_counter() - started
    figures = evaluate(qrels, run)
    print(f"SciFact {args.split}: {len(queries)} queries, engine {args.engine}, {seconds:.1f} s")
    for metric, value in figures.items():
        target = TARGETS.get(metric)
        verdict = ""
        if target is not None:
            verdict = f"  target >= {target}: {'met' if value >= target else 'NOT met'}"
        print(f"  {metric:<11} {value:.4f}{verdict}")
    if args.json:
        result = {"split": args.split, "engine": args.engine, "queries": len(queries), **figures}
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
