"""Fill, once, the caches that each process of a fresh clone's run would otherwise fill alone.

On a fresh clone, every pytest-xdist worker rewrites the asserts of every test module (pytest
keeps the result in __pycache__ only from then on), and hypothesis scans qabot's modules for
constants to try and builds its unicode table (kept in .hypothesis/ from then on): ~5 CPU-s a
worker, the same work in each. `warm(repo)` does it in two helper processes, each half the work,
before the workers start; they then read what is cached. Run with the files to do as arguments
(`python warm_caches.py rewrite FILE...` or `python warm_caches.py scan FILE...`).

What is cached is what pytest and hypothesis would write themselves (their own functions,
called here), and both check a cached entry against the source's hash before they use it.
Their functions are internal: if a new version lacks one, the helper fails quietly and each
worker fills the caches as before.
"""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path


def _rewrite(files: list[Path]) -> None:
    """Write pytest's assert-rewritten code of `files` where its import hook looks for it."""
    from _pytest.assertion.rewrite import (
        PYC_TAIL,
        _read_pyc,
        _rewrite_test,
        _write_pyc,
        get_cache_dir,
    )

    class NoTrace:  # what `_write_pyc` needs of pytest's assertion state
        trace = staticmethod(lambda message: None)

    for path in files:
        cache_dir = get_cache_dir(path)
        pyc = cache_dir / (path.name[:-3] + PYC_TAIL)
        if _read_pyc(path, pyc) is not None:
            continue
        cache_dir.mkdir(exist_ok=True)
        # no config: rewritten as with pytest's default (no assertion pass hook), which is ours
        source_hash, code = _rewrite_test(path, None)  # type: ignore[arg-type]
        _write_pyc(NoTrace(), code, source_hash, pyc)  # type: ignore[arg-type]


def _scan(files: list[Path]) -> None:
    """Cache hypothesis' constants of each module in `files`, and its unicode table."""
    from hypothesis.internal.charmap import charmap
    from hypothesis.internal.constants_ast import constants_from_module

    charmap()
    for path in files:
        module = types.ModuleType(path.stem)  # read from its file: nothing is imported
        module.__file__ = str(path)
        constants_from_module(module)


def warm(repo: Path) -> None:
    """Fill the caches for the test modules under repo/tests and the modules of repo/qabot."""
    tests = [str(p) for p in sorted((repo / "tests").rglob("*.py")) if _rewritten(p)]
    modules = [str(p) for p in sorted((repo / "qabot").rglob("*.py"))]
    # the scan costs about as much as rewriting a third of the test modules: the helper that
    # scans rewrites fewer, and both end together
    cut = len(tests) * 2 // 3
    jobs = [["rewrite", *tests[:cut]], ["scan", *modules, "--then", "rewrite", *tests[cut:]]]
    helpers = [
        subprocess.Popen(
            [sys.executable, __file__, *job], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for job in jobs
    ]
    for helper in helpers:
        helper.wait()


def _rewritten(path: Path) -> bool:
    """Whether pytest rewrites the asserts of `path` (its default `python_files`, conftests)."""
    return path.name.startswith("test_") or path.name == "conftest.py"


def main(argv: list[str]) -> None:
    """Run the helper's jobs: `rewrite FILE...`, `scan FILE...`, joined by `--then`."""
    job: list[str] = []
    for word in [*argv, "--then"]:
        if word != "--then":
            job.append(word)
            continue
        what, files = job[0], [Path(f) for f in job[1:]]
        {"rewrite": _rewrite, "scan": _scan}[what](files)
        job = []


if __name__ == "__main__":
    main(sys.argv[1:])
