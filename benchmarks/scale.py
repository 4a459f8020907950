"""Search at archive scale: build, load, query and update tantivy and rank-bm25 side by side.

    python benchmarks/scale.py --sizes 100000,1000000 --baseline-max 100000 --json results.json
    python benchmarks/scale.py --sizes 1000000 --baseline-max 0 --peers   # bm25s, tantivy, Lucene
    python benchmarks/scale.py --folder DIR --sizes 0      # an articles folder of your own

The corpus is generated once per size (fixed seed) into --workdir and reused: JSON Lines articles
of ten ~130-word paragraphs, words drawn from a Zipf law whose most frequent ranks are real English
stop words. Every figure comes from a fresh subprocess, so peak RSS (the whole process tree,
sampled) and load times are honest. Build times include reading the files and text analysis
(`qabot.text.analyze` in a pool of ANALYSIS_WORKERS processes). Questions mix stop words, common
and rare words; "query" is tokenize + engine.search(k=10), warm, one at a time.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import scale_corpus as synthetic

REPO = Path(__file__).resolve().parents[1]
ENGINES = ("tantivy", "rank-bm25")
ANALYSIS_WORKERS = max(1, min(2, os.cpu_count() or 1))
TARGETS_1M = {  # issue 5, at 1,000,000 passages
    "p50_ms": 1.0,
    "p95_ms": 5.0,
    "build_s": 60.0,
    "build_peak_mb": 2048.0,
    "serving_mb": 400.0,
    "first_answer_s": 1.0,
    "update_s": 1.0,
    "disk_ratio": 1.0,
}


PEERS = ("bm25s", "tantivy-native", "lucene")
PEER_NAMES = {
    "bm25s": "bm25s",
    "tantivy-native": "tantivy, own analyzer",
    "lucene": "Lucene (Pyserini)",
}


def child(task: str, script: str = "scale_measure.py", **options: object) -> dict:
    """Run one measurement in a fresh Python process and return its JSON result."""
    command = [
        sys.executable,
        str(Path(__file__).with_name(script)),
        task,
        json.dumps(options),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{task} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def first_answer_seconds(engine: str, index_dir: Path, question: str) -> float:
    """Return wall time from starting a Python process to its first printed search result."""
    code = (
        "import sys; from pathlib import Path; from qabot.engines import engine_class; "
        "from qabot.text.analyzer import tokenize; "
        f"e = engine_class({engine!r}).open(Path({str(index_dir)!r})); "
        f"h = e.search(tokenize({question!r}), 10); print(h[0][0].id if h else '-')"
    )
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - started


def bench_engine(engine: str, corpus_dir: Path, index_dir: Path, questions: Path) -> dict:
    """Return build, load, query, update and start-up figures of one engine on one corpus."""
    shutil.rmtree(index_dir, ignore_errors=True)
    row: dict = {"engine": engine}
    row.update(child("build", engine=engine, corpus=str(corpus_dir), index=str(index_dir)))
    row["disk_mb"] = round(synthetic.folder_bytes(index_dir) / 2**20, 1)
    row.update(child("query", engine=engine, index=str(index_dir), questions=str(questions)))
    row.update(child("update", engine=engine, corpus=str(corpus_dir), index=str(index_dir)))
    first = synthetic.read_questions(questions)[0]
    row["first_answer_s"] = round(
        min(first_answer_seconds(engine, index_dir, first) for _ in range(3)), 3
    )
    return row


def bench_peer(peer: str, corpus_dir: Path, index_dir: Path, questions: Path) -> dict | None:
    """Return build and query figures of one peer engine, or None (said why) when it cannot run."""
    if peer == "lucene":
        sys.path.insert(0, str(Path(__file__).parent))
        from scale_peers import lucene_missing

        missing = lucene_missing()
        if missing:
            print(f"Lucene skipped: {missing}", flush=True)
            return None
    if peer == "bm25s" and importlib.util.find_spec("bm25s") is None:
        print("bm25s skipped: it is not installed (pip install -e '.[bench]')", flush=True)
        return None
    shutil.rmtree(index_dir, ignore_errors=True)
    row: dict = {"engine": PEER_NAMES[peer]}
    row.update(
        child(f"{peer}-build", "scale_peers.py", corpus=str(corpus_dir), index=str(index_dir))
    )
    row["disk_mb"] = round(synthetic.folder_bytes(index_dir) / 2**20, 1)
    row.update(
        child(f"{peer}-query", "scale_peers.py", index=str(index_dir), questions=str(questions))
    )
    return row


def bench_real_path(corpus_dir: Path, workdir: Path, questions: Path) -> dict:
    """Return figures of the real indexing path: `qabot.indexing.update_index` and `answer()`."""
    index_dir = workdir / "qabot-index"
    shutil.rmtree(index_dir, ignore_errors=True)
    row: dict = {"engine": "tantivy via update_index"}
    row.update(child("real-build", corpus=str(corpus_dir), index=str(index_dir)))
    row["disk_mb"] = round(synthetic.folder_bytes(index_dir) / 2**20, 1)
    row.update(child("real-query", index=str(index_dir), questions=str(questions)))
    row.update(child("real-update", corpus=str(corpus_dir), index=str(index_dir)))
    question = synthetic.read_questions(questions)[0]
    command = [
        sys.executable,
        "-m",
        "qabot",
        "ask",
        "--json",
        "--articles",
        str(corpus_dir),
        "--index-dir",
        str(index_dir),
        question,
    ]
    row["first_answer_s"] = round(min(_wall(command, workdir) for _ in range(3)), 3)
    return row


def _wall(command: list[str], cwd: Path) -> float:
    """Return the wall time of running `command` to completion."""
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=cwd)
    return time.perf_counter() - started


def print_table(rows: list[dict]) -> None:
    """Print the results as a fixed-width table."""
    columns = [
        ("engine", "engine", "{}"),
        ("size", "passages", "{:,}"),
        ("build_s", "build s", "{:.1f}"),
        ("build_cpu_s", "CPU s", "{:.0f}"),
        ("build_peak_mb", "peak MB", "{:,.0f}"),
        ("disk_mb", "disk MB", "{:,.0f}"),
        ("disk_ratio", "disk/raw", "{:.2f}"),
        ("load_s", "load s", "{:.3f}"),
        ("p50_ms", "p50 ms", "{:.2f}"),
        ("p95_ms", "p95 ms", "{:.2f}"),
        ("year_p50_ms", "1 year p50", "{:.2f}"),
        ("outlet_p50_ms", "1 outlet p50", "{:.2f}"),
        ("qps", "QPS", "{:,.0f}"),
        ("speedup", "x rank-bm25", "{:,.0f}"),
        ("serving_mb", "serve MB", "{:,.0f}"),
        ("serving_private_mb", "private MB", "{:,.0f}"),
        ("first_answer_s", "1st ans s", "{:.2f}"),
        ("update_s", "update s", "{:.2f}"),
    ]
    cells = [[title for _, title, _ in columns]]
    for row in rows:
        cells.append(
            [fmt.format(row[key]) if row.get(key) is not None else "-" for key, _, fmt in columns]
        )
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    for line in cells:
        print("  ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)))


def check_targets(rows: list[dict]) -> list[str]:
    """Return one line per 1M-passage target of issue 5: figure, target, met or not."""
    lines = []
    for row in rows:
        if row["size"] < 1_000_000 or row["engine"] != "tantivy":
            continue
        for key, limit in TARGETS_1M.items():
            value = row.get(key)
            if value is not None:
                verdict = "met" if value <= limit else "NOT met"
                lines.append(
                    f"{row['engine']} @ {row['size']:,}: {key} = {value} "
                    f"(target <= {limit}): {verdict}"
                )
    lines += check_issue_13(rows)
    for row in rows:
        if row.get("speedup") is not None and row["engine"] == "tantivy":
            verdict = "met" if row["speedup"] >= 200 else "NOT met"
            lines.append(
                f"tantivy @ {row['size']:,}: p50 {row['speedup']:.0f}x faster than "
                f"rank-bm25 (target >= 200x): {verdict}"
            )
    return lines


def check_issue_13(rows: list[dict]) -> list[str]:
    """Return the issue-13 comparisons of the largest size measured: the whole answer path
    against the engine, and qabot's build CPU against Lucene's (when Lucene ran)."""
    lines = []
    for size in sorted({row["size"] for row in rows}):
        at = {row["engine"]: row for row in rows if row["size"] == size}
        engine, real = at.get("tantivy"), at.get("tantivy via update_index")
        if engine and real:
            ratio = real["p50_ms"] / engine["p50_ms"]
            lines.append(
                f"answer path @ {size:,}: p50 {real['p50_ms']:.2f} ms = {ratio:.1f}x the engine's "
                f"(target <= 2x): {'met' if ratio <= 2 else 'NOT met'}; p95 {real['p95_ms']:.2f} "
                f"ms (target <= 5): {'met' if real['p95_ms'] <= 5 else 'NOT met'}"
            )
            if real.get("p50_cpu_ms") and engine.get("p50_cpu_ms"):
                lines.append(
                    f"answer path @ {size:,}, CPU time: p50 {real['p50_cpu_ms']:.2f} ms = "
                    f"{real['p50_cpu_ms'] / engine['p50_cpu_ms']:.1f}x the engine's "
                    f"{engine['p50_cpu_ms']:.2f} ms; p95 {real['p95_cpu_ms']:.2f} ms"
                )
        lucene = at.get(PEER_NAMES["lucene"])
        if engine and lucene and engine.get("build_cpu_s") and lucene.get("build_cpu_s"):
            share = engine["build_cpu_s"] / lucene["build_cpu_s"]
            lines.append(
                f"build CPU @ {size:,}: {share:.2f}x Lucene's (target <= 0.8): "
                f"{'met' if share <= 0.8 else 'NOT met'}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark at every size; print the table and targets; optionally write JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000", help="passage counts, comma-separated")
    parser.add_argument(
        "--baseline-max",
        type=int,
        default=100_000,
        help="run rank-bm25 only up to this many passages",
    )
    parser.add_argument(
        "--real-max",
        type=int,
        default=10**9,
        help="run the real `update_index` path (and the whole answer) only up to this many",
    )
    parser.add_argument(
        "--peers",
        action="store_true",
        help="also run bm25s, tantivy with its own analyzer and Lucene (when importable)",
    )
    parser.add_argument("--folder", type=Path, help="index this articles folder instead")
    parser.add_argument("--questions", type=int, default=1000, help="questions per size")
    parser.add_argument("--workdir", type=Path, help="where corpora and indexes go (kept)")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    args = parser.parse_args(argv)
    workdir = args.workdir or Path(tempfile.gettempdir()) / "qabot-scale"
    workdir.mkdir(parents=True, exist_ok=True)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.folder is not None:
        sizes = [0]
    rows: list[dict] = []
    load = os.getloadavg()
    print(
        f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} "
        f"{load[2]:.2f} at start (a loaded machine inflates wall times; CPU s less so)",
        flush=True,
    )
    for size in sizes:
        if args.folder is not None:
            corpus_dir = args.folder
        else:
            corpus_dir = workdir / f"corpus-{size}"
            synthetic.ensure_corpus(corpus_dir, size)
        questions = workdir / f"questions-{size or 'folder'}.txt"
        synthetic.write_questions(questions, args.questions)
        size_rows = []
        for engine in ENGINES:
            if engine == "rank-bm25" and size > args.baseline_max:
                print(
                    f"rank-bm25 skipped at {size:,} passages: above --baseline-max "
                    f"{args.baseline_max:,} (it scores every passage per question and needs "
                    "several GB there)",
                    flush=True,
                )
                continue
            print(f"{engine} @ {size:,} passages ...", flush=True)
            size_rows.append(
                bench_engine(engine, corpus_dir, workdir / f"{engine}-{size}", questions)
            )
        for peer in PEERS if args.peers else ():
            print(f"{PEER_NAMES[peer]} @ {size:,} passages ...", flush=True)
            row = bench_peer(peer, corpus_dir, workdir / f"{peer}-{size}", questions)
            if row is not None:
                size_rows.append(row)
        if size <= args.real_max:
            print(f"update_index path @ {size:,} passages ...", flush=True)
            size_rows.append(bench_real_path(corpus_dir, workdir, questions))
        else:
            print(
                f"update_index path skipped at {size:,} passages: above --real-max "
                f"{args.real_max:,}",
                flush=True,
            )
        raw = next((r["raw_text_bytes"] for r in size_rows if r.get("raw_text_bytes")), 0)
        baseline = next((r for r in size_rows if r["engine"] == "rank-bm25"), None)
        for row in size_rows:
            row["size"] = row.get("passages", size)
            row["raw_mb"] = round(raw / 2**20, 1)
            row["disk_ratio"] = round(row["disk_mb"] * 2**20 / raw, 3) if raw else None
            if baseline is not None and row["engine"] != "rank-bm25":
                row["speedup"] = round(baseline["p50_ms"] / row["p50_ms"], 1)
        rows.extend(size_rows)
        print_table(rows)
    print()
    print_table(rows)
    for line in check_targets(rows):
        print(line)
    if args.json:
        machine = {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_at_start": load,
            "load_at_end": os.getloadavg(),
        }
        args.json.write_text(
            json.dumps({"machine": machine, "rows": rows}, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
