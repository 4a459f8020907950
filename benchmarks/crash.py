"""Crash trials: kill -9 `qabot index --rebuild` and `qabot add` at random points, then check.

    python benchmarks/crash.py --trials 40
    python benchmarks/crash.py --corpus ../shared/corpora/bbc_news/tech --trials 10 --seed 7

After every kill: the index still answers (`qabot ask --json`), no process the killed one started
is left running, a copied article is either absent or whole, and the next `qabot index` succeeds
and holds every article (it repairs or rebuilds as needed) with no temporary folder left behind.
Kill times are spread uniformly over a measured run, so start-up, reading, analysis, writing and
the switch of generations are all hit. Prints one JSON object with the counts.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from question_sets import QABOT

REPO = Path(__file__).resolve().parents[1]
QUESTION = "What did the minister say?"


def qabot(
    *args: str, folders: list[str], timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*QABOT, *args, *folders],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def kill_at(command: list[str], delay: float) -> list[Any]:
    """Start `command`, kill -9 it after `delay` seconds; return its descendants then."""
    import psutil

    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as run:
        time.sleep(delay)
        try:
            descendants = psutil.Process(run.pid).children(recursive=True)
        except psutil.NoSuchProcess:
            descendants = []
        run.kill()
    return list(descendants)


def article_count(index_dir: Path) -> int:
    from qabot.indexing import load_index

    return len(load_index(index_dir).articles)


def trial(kind: str, delay: float, work: Path, source: Path, folders: list[str]) -> dict[str, Any]:
    """Run one kill; return what held and what did not."""
    import psutil

    articles, index_dir = work / "articles", work / "index"
    copied = articles / source.name
    if kind == "add":
        copied.unlink(missing_ok=True)
        command = [*QABOT, "add", str(source), *folders]
    else:
        command = [*QABOT, "index", "--rebuild", *folders]
    descendants = kill_at(command, delay)
    _, alive = psutil.wait_procs(descendants, timeout=10)
    for process in alive:  # ours, left over: end them so the next trial starts clean
        process.kill()
    asked = qabot("ask", "--json", QUESTION, folders=folders)
    answered = asked.returncode == 0 and json.loads(asked.stdout or "{}").get("found") is True
    whole = not copied.exists() or copied.read_bytes() == source.read_bytes()
    repaired = qabot("index", folders=folders)
    expected = sum(1 for p in articles.rglob("*.txt"))
    return {
        "kind": kind,
        "delay_s": round(delay, 3),
        "answered": answered,
        "no_orphans": not alive,
        "copy_whole": whole,
        "repaired": repaired.returncode == 0 and article_count(index_dir) == expected,
        "no_temporary": not list(index_dir.glob("*.tmp-*")),
        "error": (asked.stderr or repaired.stderr)[-300:] if not answered else "",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus", type=Path, default=REPO.parent / "shared/corpora/bbc_news/politics"
    )
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="qabot-crash-") as folder:
        work = Path(folder)
        shutil.copytree(args.corpus, work / "articles", ignore=shutil.ignore_patterns("README*"))
        folders = ["--articles", str(work / "articles"), "--index-dir", str(work / "index")]
        source = work / "big-article.txt"
        texts = sorted((work / "articles").rglob("*.txt"))[:40]
        source.write_text(
            "A long article\n\n" + "\n\n".join(p.read_text(errors="replace") for p in texts)
        )
        durations = {}
        for kind, command in (("index", ["index", "--rebuild"]), ("add", ["add", str(source)])):
            started = time.monotonic()
            done = qabot(*command, folders=folders)
            if done.returncode != 0:
                sys.exit(f"{kind} failed before any kill: {done.stderr[-500:]}")
            durations[kind] = time.monotonic() - started
        results = []
        for n in range(args.trials):
            kind = ("index", "add")[n % 2]
            delay = durations[kind] * rng.random()
            results.append(trial(kind, delay, work, source, folders))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    checks = ("answered", "no_orphans", "copy_whole", "repaired", "no_temporary")
    summary = {
        "trials": len(results),
        "run_s": {kind: round(seconds, 2) for kind, seconds in durations.items()},
        **{check: sum(result[check] for result in results) for check in checks},
        "failures": [r for r in results if not all(r[c] for c in checks)],
    }
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
