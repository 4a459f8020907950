"""`qabot watch` as a user meets it: one line per poll, new feed items indexed, Ctrl-C stops."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.test_index_faults import long_article
from tests.support.processes import clean_env, qabot
from tests.support.web_pages import article_page, json_feed, story
from tests.support.web_server import serve


def _watch_config(folder: Path, articles_dir: Path, base: str) -> Path:
    """Write a config polling `base`'s feed.json every second into an index under `folder`."""
    config = folder / "config.toml"
    config.write_text(
        f'[paths]\narticles = "{articles_dir}"\nindex = "index"\n\n[index]\n'
        f'engine = "rank-bm25"\n\n[feeds]\nurls = ["{base}/feed.json"]\ninterval = 1\n',
        encoding="utf-8",
    )
    return config


pytestmark = pytest.mark.e2e

KITES = story("/kites", "Kite festival fills the dunes", "kite festival")
BOATS = story("/boats", "Boat parade lights the harbour", "boat parade", date="2024-03-09")


def _watch(config: Path, preexec_fn: Callable[[], None] | None = None) -> subprocess.Popen[str]:
    """Start `qabot watch --config CONFIG` with a clean environment, its output piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "qabot", "watch", "--config", str(config)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=clean_env(),
        preexec_fn=preexec_fn,
    )


def _line(process: subprocess.Popen[str]) -> str:
    line = process.stdout.readline() if process.stdout else ""
    assert line, "qabot watch stopped"
    return line


def test_watch_indexes_new_feed_items_until_ctrl_c(articles_dir: Path, tmp_path: Path) -> None:
    with serve() as web:
        for item in (KITES, BOATS):
            web.route(item.path, article_page(item))
        web.route("/feed.json", json_feed(web.base, [KITES]), content_type="application/json")
        config = _watch_config(tmp_path, articles_dir, web.base)
        process = _watch(config)
        try:
            assert _line(process) == "Watching 1 feed every 1 s; Ctrl-C stops.\n"
            first = _line(process)
            assert "1 new article saved, 1 feed read." in first and "4 articles" in first
            web.route("/feed.json", json_feed(web.base, [BOATS, KITES]))
            deadline = time.monotonic() + 20
            while "1 new article saved" not in (line := _line(process)):
                assert "0 new articles saved" in line and time.monotonic() < deadline
            assert "5 articles" in line
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=20)
        assert process.returncode == 0
        assert err.strip().endswith("Stopped watching.") and "Traceback" not in err


def test_items_saved_before_a_ctrl_c_are_indexed_by_the_next_run(
    articles_dir: Path, tmp_path: Path
) -> None:
    """Ctrl-C while a feed's second item is being fetched: the first is saved, not indexed; the
    next run indexes it even though it saves nothing new (the second item is gone by then)."""
    with serve() as web:
        web.route(KITES.path, article_page(KITES))
        web.route(BOATS.path, article_page(BOATS), delay=30)
        web.route(
            "/feed.json", json_feed(web.base, [KITES, BOATS]), content_type="application/json"
        )
        config = _watch_config(tmp_path, articles_dir, web.base)
        assert qabot("index", "--config", str(config), cwd=tmp_path).returncode == 0
        process = _watch(config)
        deadline = time.monotonic() + 20
        while BOATS.path not in web.paths():  # the kites page is saved; boats hangs
            assert time.monotonic() < deadline and process.poll() is None
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=20)
        assert list(articles_dir.rglob("kite-festival-*.md"))
        web.route(BOATS.path, "gone", status=404)
        process = _watch(config)
        try:
            _line(process)
            first = _line(process)
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=20)
        assert "0 new articles saved" in first and "4 articles" in first, first
        listed = qabot("articles", "--config", str(config), cwd=tmp_path).stdout
        assert "Kite festival fills the dunes" in listed


def test_an_index_that_cannot_be_written_is_a_warning_and_the_next_poll_indexes(
    articles_dir: Path, tmp_path: Path
) -> None:
    """`qabot watch` ended with 'error: Cannot write the index' at the first full disk: the
    feeds went unwatched. Now each poll warns and goes on; the files saved meanwhile are indexed
    by the first poll after space is freed."""
    (articles_dir / "tram.txt").write_text(long_article())  # its quotes outgrow the cap
    with serve() as web:
        web.route(KITES.path, article_page(KITES))
        web.route("/feed.json", json_feed(web.base, [KITES]), content_type="application/json")
        config = _watch_config(tmp_path, articles_dir, web.base)

        def full_disk() -> None:  # soft cap only: the test lifts it later (prlimit)
            resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, resource.RLIM_INFINITY))

        process = _watch(config, full_disk)
        try:
            _line(process)
            first = _line(process)
            assert "1 new article saved" in first and "not indexed" in first, first
            assert list(articles_dir.rglob("kite-festival-*.md"))
            unlimited = (resource.RLIM_INFINITY, resource.RLIM_INFINITY)
            resource.prlimit(process.pid, resource.RLIMIT_FSIZE, unlimited)
            deadline = time.monotonic() + 20
            while "not indexed" in (line := _line(process)):
                assert time.monotonic() < deadline
            assert "0 new articles saved" in line and "5 articles" in line, line
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=20)
        assert process.returncode == 0 and "Traceback" not in err, err
        assert "warning: Cannot write the index in" in err, err
        listed = qabot("articles", "--config", str(config), cwd=tmp_path).stdout
        assert "Kite festival fills the dunes" in listed


def test_a_feed_that_stays_down_is_warned_of_once(articles_dir: Path, tmp_path: Path) -> None:
    """Every poll repeated the same "HTTP 404" warning (one a minute for a feed gone for good):
    a warning the last poll gave is counted on the poll's line, not printed again."""
    with serve() as web:
        web.route(KITES.path, article_page(KITES))
        web.route("/feed.json", json_feed(web.base, [KITES]), content_type="application/json")
        config = _watch_config(tmp_path, articles_dir, web.base)
        text = config.read_text(encoding="utf-8")
        gone = f'"{web.base}/gone.json"'
        config.write_text(text.replace('feed.json"]', f'feed.json", {gone}]'), encoding="utf-8")
        process = _watch(config)
        try:
            assert _line(process) == "Watching 2 feeds every 1 s; Ctrl-C stops.\n"
            first = _line(process)
            assert "1 failure" in first and "as at the last poll" not in first, first
            for _ in range(2):
                line = _line(process)
                assert "1 warning as at the last poll, not shown again." in line, line
        finally:
            process.send_signal(signal.SIGINT)
            _, err = process.communicate(timeout=20)
        assert process.returncode == 0 and "Traceback" not in err, err
        assert err.count("/gone.json: HTTP 404") == 1, err
