"""How far a sentence-embedding model would lift SciFact past BM25: a probe, not a product path.

    python benchmarks/hybrid_probe.py --model DIR --split train    # a grid of fusion weights
    python benchmarks/hybrid_probe.py --model DIR --split test     # the weight chosen on train

qabot ranks with BM25 only. `quality.py` shows that path at par with the published BM25 figures
on SciFact but short of issue 5's targets, and every lexical variant tried on train stayed within
+-0.01 (README, "Performance"). This probe measures, side by side in one run, what the missing
part would be: the real BM25 path (`quality.run_qabot`), a dense ranking by cosine similarity of
sentence embeddings of the same passages (folded into articles by their best passage, as BM25
hits are), and their convex fusion after min-max scaling per query. It also times the encoder,
which decides whether such a model could ever sit in the indexing path of a million passages.

DIR is a local sentence-transformers model folder (all-MiniLM-L6-v2 was measured; nothing is
downloaded). Needs `sentence-transformers` (and so PyTorch, CPU build), not a qabot dependency.
Embeddings are cached in --cache, so a second run only ranks.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import quality

TRAIN_WEIGHTS = (0.2, 0.3, 0.4, 0.5, 0.6)
CHOSEN_WEIGHT = 0.4  # the dense share picked on the train split (0.729 there); test never tunes it
DENSE_DEPTH = 1000  # articles kept from the dense ranking per query


def passages_of(corpus: list[dict], workdir: Path) -> tuple[list[str], list[str]]:
    """Return the texts (title + passage) and article ids of the corpus, chunked as qabot does."""
    from qabot.indexing import chunk_article
    from qabot.ingest import read_article_file

    path = quality.write_articles(corpus, workdir)
    articles, _ = read_article_file(path, workdir)
    texts, owners = [], []
    for article in articles:
        for passage in chunk_article(article):
            texts.append(f"{article.info.title}. {passage.text}")
            owners.append(article.info.path.rpartition("#")[2])
    return texts, owners


def encode(model_dir: Path, texts: list[str], cache: Path) -> tuple[Any, float]:
    """Return unit-length embeddings of `texts` (cached) and the encoder's passages per second."""
    import numpy as np

    cache.mkdir(parents=True, exist_ok=True)
    stored = cache / f"{model_dir.name}-{len(texts)}.npy"
    if stored.exists():
        return np.load(stored), float(json.loads(stored.with_suffix(".json").read_text())["rate"])
    model = _model(model_dir)
    started = time.perf_counter()
    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True)
    rate = len(texts) / (time.perf_counter() - started)
    np.save(stored, vectors)
    stored.with_suffix(".json").write_text(json.dumps({"rate": rate}), encoding="utf-8")
    return vectors, rate


def _model(model_dir: Path) -> Any:  # a sentence_transformers.SentenceTransformer
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        sys.exit("This probe needs sentence-transformers (and PyTorch); qabot itself does not.")
    return SentenceTransformer(str(model_dir), device="cpu", local_files_only=True)


def dense_run(
    model_dir: Path, queries: dict[str, str], vectors: Any, owners: list[str]
) -> quality.Run:
    """Return each query's articles scored by their best passage's cosine similarity."""
    import numpy as np

    questions = _model(model_dir).encode(list(queries.values()), normalize_embeddings=True)
    owner_array = np.array(owners)
    run: quality.Run = {}
    for query_id, question in zip(queries, questions, strict=True):
        scores = vectors @ question
        order = np.argsort(-scores)
        best: dict[str, float] = {}
        for position in order:
            doc_id = str(owner_array[position])
            if doc_id not in best:
                best[doc_id] = float(scores[position])
                if len(best) >= DENSE_DEPTH:
                    break
        run[query_id] = best
    return run


def _scaled(scores: dict[str, float]) -> dict[str, float]:
    if not scores:
        return {}
    low, high = min(scores.values()), max(scores.values())
    return {doc: (value - low) / ((high - low) or 1.0) for doc, value in scores.items()}


def fuse(lexical: quality.Run, dense: quality.Run, weight: float) -> quality.Run:
    """Return (1 - weight) * BM25 + weight * cosine, each min-max scaled per query."""
    fused: quality.Run = {}
    for query_id in lexical.keys() | dense.keys():
        merged: dict[str, float] = {}
        for run, share in ((lexical, 1.0 - weight), (dense, weight)):
            for doc, value in _scaled(run.get(query_id, {})).items():
                merged[doc] = merged.get(doc, 0.0) + share * value
        fused[query_id] = merged
    return fused


def main(argv: list[str] | None = None) -> int:
    """Print BM25, dense and fused figures side by side, and the encoder's speed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True, help="sentence-transformers folder")
    parser.add_argument("--split", choices=["test", "train"], default="train")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "qabot-probe")
    args = parser.parse_args(argv)
    if not (args.model / "config.json").exists():
        parser.error(f"{args.model} is not a model folder (no config.json in it)")
    corpus, queries, qrels = quality.load_scifact(args.split)
    with tempfile.TemporaryDirectory(prefix="qabot-probe-") as tmp:
        texts, owners = passages_of(corpus, Path(tmp) / "passages")
        vectors, rate = encode(args.model, texts, args.cache)
        lexical = quality.run_qabot(Path(tmp), corpus, queries, "tantivy")
    dense = dense_run(args.model, queries, vectors, owners)
    weights = TRAIN_WEIGHTS if args.split == "train" else (CHOSEN_WEIGHT,)
    rows = [("qabot BM25 (tantivy)", quality.evaluate(qrels, lexical))]
    rows.append(("dense (sentence embeddings)", quality.evaluate(qrels, dense)))
    rows += [
        (f"fused, dense share {w}", quality.evaluate(qrels, fuse(lexical, dense, w)))
        for w in weights
    ]
    print(f"\nSciFact {args.split}: {len(queries)} queries, {len(texts)} passages")
    print(f"{'ranking':<34}" + "".join(f"{metric:>12}" for metric in quality.METRICS))
    for name, figures in rows:
        print(f"{name:<34}" + "".join(f"{figures[metric]:>12.4f}" for metric in quality.METRICS))
    hours = 1_000_000 / rate / 3600
    print(
        f"\nencoder: {rate:.0f} passages/s on this machine, so ~{hours:.1f} h for 1,000,000 "
        "passages (the engine builds them in under a minute)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
