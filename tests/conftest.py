"""Shared fixtures: a clean environment, and a tiny articles folder of our own."""

from __future__ import annotations

import compileall
import gc
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Generator
from pathlib import Path

# pytest keeps each test module with its asserts rewritten as a .pyc in __pycache__, unless
# bytecode writing is off (PYTHONDONTWRITEBYTECODE): then every worker of every run rewrites
# every test module again, about 4 of the 7 CPU-s collecting takes. Modules imported from here
# on are cached; .pyc files are read whatever that variable says. Set before hypothesis is
# imported: pytest rewrites the asserts of every module of a pytest plugin's package too, and
# hypothesis is one (its ~110 modules, about 1 CPU-s in each of the three processes of a run)
sys.dont_write_bytecode = False

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis.internal import entropy  # noqa: E402

from tests.support import warm_caches  # noqa: E402
from tests.support.indexes import write_articles  # noqa: E402
from tests.support.warm_qabot import close_all  # noqa: E402

# Hypothesis profiles. "qabot", every run's unless another is chosen (CI's, plain `pytest`'s):
# 25 examples a property test. Measured on the 93 files holding property tests, in one process:
# ~61 CPU-s at Hypothesis' default of 100 (with the counts tests had set lower), ~48 at 50, ~37
# at 25; two thirds of a cheap example's cost is Hypothesis' own drawing and bookkeeping.
# "thorough", for a deliberate or nightly run: 1,000 examples a test, chosen by
# `HYPOTHESIS_PROFILE=thorough pytest` or `pytest --hypothesis-profile thorough`. A test that
# runs more says why, with a least count that a thorough run raises too
# (tests/support/examples.py). Both profiles check what is parsed, not how fast: hypothesis'
# per-example deadline (200 ms) and its "too slow" check fail tests on a busy machine (two
# cores, many processes), and speed is measured in benchmarks/
EXAMPLES = 25
THOROUGH_EXAMPLES = 1_000
settings.register_profile(
    "qabot", max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "thorough", settings.get_profile("qabot"), max_examples=THOROUGH_EXAMPLES
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "qabot"))

# once numpy is imported (collecting the whole suite imports it), Hypothesis saves, seeds and
# restores numpy's global random state (624 words) around every example it runs: about a tenth
# of what the property tests cost, Hypothesis' own drawing included. No test and no code of ours
# draws from numpy's global random state, so there is nothing there to keep deterministic;
# Python's `random` module is still seeded and restored. Hypothesis registers numpy's state only
# while this name is None (a private one: should it be renamed, this does nothing)
if getattr(entropy, "NP_RANDOM", False) is None:
    entropy.NP_RANDOM = entropy.RANDOMS_TO_MANAGE  # any object but None: "already registered"

# a suite started with SIGINT ignored (under nohup, or with "&" in a script) would pass that on to
# every process it starts, and the tests that press Ctrl-C at a real qabot would wait in vain
signal.signal(signal.SIGINT, signal.default_int_handler)

REPO = Path(__file__).resolve().parents[1]

SEEDS = REPO / "seeds"

# Three short articles with distinct words (BM25 needs more than two passages to mean anything).
TINY_ARTICLES = {
    "harbour.txt": """Harbour pilots strike over night shifts

By Jane Doe, Coastal Times

Harbour pilots in Port Elms walked out on Monday over new night-shift rules.

"We will not guide tankers through fog at three in the morning," union leader Maria Keller said.

The port authority said ferries would keep running.
""",
    "orchard.md": """---
title: Apple growers count frost damage
source: Valley Herald
date: 2023-04-12
url: https://example.org/orchard
---
Apple growers count frost damage

Frost destroyed blossoms across the valley orchards this week.

Farmer Tom Briggs told the Herald that half of his Gala trees lost their flowers.

"It is the worst spring I remember," Briggs said.
""",
    "library/reading.txt": """City library extends opening hours

The central library will open until ten at night from May, the council announced.

Librarian Ana Ruiz said students had asked for quiet evening study rooms.
""",
}


def pytest_sessionstart(session: pytest.Session) -> None:
    """Compile qabot's modules once, before any test or xdist worker starts. The end-to-end
    tests start about a hundred qabot processes; where PYTHONDONTWRITEBYTECODE is set, each
    would otherwise compile every module from source again, about a third of its start-up.
    Before xdist starts its workers, fill the caches each would fill alone (`warm_caches`)."""
    compileall.compile_dir(REPO / "qabot", quiet=1)
    if session.config.getoption("numprocesses", None) and not hasattr(
        session.config, "workerinput"
    ):
        warm_caches.warm(REPO)


# a RAM disk for the tests' temporary folders, where the machine has one with room: each of the
# suite's few hundred index builds waits for its files to reach the disk (qabot and tantivy flush
# every generation), about half of a small build's time on a busy disk, and nothing a test checks
RAM_DISK = Path("/dev/shm")
RAM_DISK_ROOM = 2 * 1024**3  # bytes free at least (a container's is often 64 MB)


def pytest_configure(config: pytest.Config) -> None:
    """Put the temporary folders (pytest's `tmp_path`, and xdist's workers' under it) on the RAM
    disk, unless --basetemp or $TMPDIR chose a place."""
    if config.option.basetemp or os.environ.get("TMPDIR") or not RAM_DISK.is_dir():
        return
    if os.access(RAM_DISK, os.W_OK) and shutil.disk_usage(RAM_DISK).free >= RAM_DISK_ROOM:
        tempfile.tempdir = str(RAM_DISK)


def pytest_unconfigure(config: pytest.Config) -> None:
    """End the warm `qabot` servers this process started (tests/support/warm_qabot.py)."""
    close_all()


@pytest.hookimpl(wrapper=True, optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> Generator[None, int, int]:
    """Start one xdist worker more than there are cores (`-n auto`), unless
    $PYTEST_XDIST_AUTO_NUM_WORKERS says how many. The end-to-end tests spend about 55 s in all
    waiting with the CPU idle (the bot's retry back-offs and polls, a feed's interval, the
    pauses that show nothing more comes): a worker beyond the cores runs tests meanwhile, for
    the ~3 CPU-s a worker's start and collection cost."""
    cores = yield
    return cores if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS") else cores + 1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Put the end-to-end files first (a stable sort: each file stays whole and in order). They
    are the longest files, so xdist hands them out first and the small files even out the end,
    and both workers finish together."""
    items.sort(key=lambda item: item.get_closest_marker("e2e") is None)


# the garbage collector's first threshold while tests run (Python's is 700 allocations): the
# tests allocate much and leave few cycles, and at 700 the collector ran ~3,000 times in half
# the suite, ~3.6 of its ~49 CPU-s; at 20,000 (with what collection made frozen) ~1.8
GC_YOUNG = 20_000


def pytest_collection_finish(session: pytest.Session) -> None:
    """Leave what collection made (modules, test items, hypothesis' tables) out of every
    garbage collection from now on (`gc.freeze`: it lives as long as the process), and collect
    young objects less often. Cycles the tests make are still collected, later."""
    gc.freeze()
    gc.set_threshold(GC_YOUNG, 20, 20)


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove QABOT_* variables so the developer's environment never leaks into a test."""
    for name in list(os.environ):
        if name.startswith("QABOT_"):
            monkeypatch.delenv(name)


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """Return a folder holding the three tiny articles (one nested)."""
    return write_articles(tmp_path / "articles", TINY_ARTICLES)
