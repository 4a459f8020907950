"""The real `qabot` processes under faults: rebuilds under a reader, kill -9, full or read-only
disks, odd `qabot add` arguments. Each user error is one line and exit code 1."""

from __future__ import annotations

import json
import os
import random
import resource
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from qabot.indexing import current_generation, update_index
from tests.support.processes import qabot, read_only

pytestmark = pytest.mark.e2e


def test_a_json_batch_keeps_answering_while_other_processes_rebuild(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    command = [sys.executable, "-m", "qabot", "ask", "--json", "-"]
    folders = ["--articles", str(articles_dir), "--index-dir", str(index_dir)]
    with subprocess.Popen(
        command + folders,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as batch:
        assert batch.stdin is not None and batch.stdout is not None

        def ask(question: str) -> dict[str, object]:
            assert batch.stdin is not None and batch.stdout is not None
            batch.stdin.write(question + "\n")
            batch.stdin.flush()
            return dict(json.loads(batch.stdout.readline()))

        assert ask("Why did harbour pilots strike?")["found"]
        for n in range(3):  # three generations land: the batch's first one is long outdated
            (articles_dir / "tram.txt").write_text(
                f"Tram line {n} opens\n\nTram line {n} carried commuters over the river.\n"
            )
            done = qabot("index", *folders, cwd=tmp_path)
            assert done.returncode == 0, done.stderr
            result = ask("What did Maria Keller say about fog?")
            assert result["found"] and result["quotes"], result
        assert ask("Which tram line carried commuters?")["found"]
        _, errors = batch.communicate(timeout=30)
        assert batch.returncode == 0, errors
    assert current_generation(index_dir) == "gen-000004"


def limited(*args: str, cwd: Path, file_size: int) -> subprocess.CompletedProcess[str]:
    """Run qabot with writes capped at `file_size` bytes per file: a disk that fills up."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size, file_size))

    return subprocess.run(
        [sys.executable, "-m", "qabot", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=cap,  # Python ignores SIGXFSZ: a write past the cap fails with EFBIG
    )


def long_article(words: int = 6000) -> str:
    sentence = "The council said the tram line would carry commuters across the river. "
    return "Tram line opens\n\n" + sentence * (words // 12) + "\n"


def folders(articles_dir: Path, index_dir: Path) -> list[str]:
    return ["--articles", str(articles_dir), "--index-dir", str(index_dir)]


def test_a_full_disk_while_indexing_is_one_line_and_the_old_index_stays(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "tram.txt").write_text(long_article())
    result = limited("index", *folders(articles_dir, index_dir), cwd=tmp_path, file_size=20_000)
    assert result.returncode == 1
    assert result.stderr.startswith("error: Cannot write the index in")
    assert "Free some space" in result.stderr and "Traceback" not in result.stderr
    assert current_generation(index_dir) == "gen-000001"
    assert not list(index_dir.glob("*.tmp-*"))
    assert qabot("ask", "harbour pilots", *folders(articles_dir, index_dir), cwd=tmp_path).stdout


def test_add_onto_a_full_disk_is_one_line_and_leaves_no_partial_file(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    source = tmp_path / "tram.txt"
    source.write_text(long_article())
    result = limited(
        "add", str(source), *folders(articles_dir, index_dir), cwd=tmp_path, file_size=20_000
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: Cannot save tram.txt in")
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in articles_dir.iterdir()) == [
        "harbour.txt",
        "library",
        "orchard.md",
    ]


def test_ask_answers_from_a_read_only_index_and_index_says_what_to_do(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    with read_only(index_dir):
        asked = qabot(
            "ask", "harbour pilots strike", *folders(articles_dir, index_dir), cwd=tmp_path
        )
        assert asked.returncode == 0, asked.stderr
        assert "Harbour pilots in Port Elms walked out" in asked.stdout
        (articles_dir / "tram.txt").write_text(long_article(100))
        stale = qabot("ask", "tram line", *folders(articles_dir, index_dir), cwd=tmp_path)
        indexed = qabot("index", *folders(articles_dir, index_dir), cwd=tmp_path)
    # a file added since: answered without it, and said so in one line (it was left out silently)
    assert stale.returncode == 0, stale.stderr
    assert stale.stderr.startswith(f"warning: 1 file added in {articles_dir} since the index ")
    assert "cannot be updated here" in stale.stderr and stale.stderr.count("\n") == 1
    assert indexed.returncode == 1
    assert indexed.stderr.startswith("error: Cannot write the index in")
    assert "--rebuild" not in indexed.stderr and "Traceback" not in indexed.stderr


def test_ask_on_an_index_file_it_may_not_read_is_one_line(
    articles_dir: Path, tmp_path: Path
) -> None:
    """An index file this user may not read (built by another user with a strict umask) ended
    `qabot ask` in a PermissionError traceback."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    name = current_generation(index_dir)
    (index_dir / str(name) / "articles.jsonl").chmod(0)
    command = [sys.executable, "-m", "qabot", "ask", "harbour pilots strike"]
    if os.geteuid() == 0:  # root reads anything: drop that power for this one process
        drop = "-dac_override,-dac_read_search,-fowner"
        command = ["setpriv", "--bounding-set", drop, "--inh-caps", drop, *command]
    try:
        asked = subprocess.run(
            [*command, *folders(articles_dir, index_dir)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
        )
    except FileNotFoundError:
        pytest.skip("no setpriv to read as a user who may not")
    assert asked.returncode == 1 and "Traceback" not in asked.stderr, asked.stderr
    assert asked.stderr == (
        f"error: Cannot read the index in {index_dir} (Permission denied: "
        f"{name}/articles.jsonl). Make its files readable to this user, or point "
        "--index-dir at another index.\n"
    )


def test_a_second_index_run_says_it_waits_for_the_first_then_finishes(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A second `qabot index` on one folder waited in silence (minutes on a large archive)."""
    import fcntl
    import select

    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    (articles_dir / "tram.txt").write_text(long_article(100))
    with (index_dir / ".lock").open("a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a first run holds it
        second = subprocess.Popen(
            [sys.executable, "-m", "qabot", "index", *folders(articles_dir, index_dir)],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert second.stderr is not None
        ready, _, _ = select.select([second.stderr], [], [], 30)
        assert ready, "no word while waiting"
        line = second.stderr.readline()
        assert second.poll() is None  # still waiting
    out, err = second.communicate(timeout=60)
    assert line == (
        f"Another update of the index in {index_dir} is running; waiting for it to finish.\n"
    )
    assert second.returncode == 0 and "1 added" in out and "Traceback" not in err


def test_ask_on_a_read_only_index_with_a_damaged_meta_says_it_is_damaged(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A truncated meta.json in a read-only index said only 'Cannot write the index ...; the
    index there, if any, is unchanged': the user was not told that it is damaged."""
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    meta = index_dir / str(current_generation(index_dir)) / "meta.json"
    meta.write_bytes(meta.read_bytes()[:50])
    with read_only(index_dir):
        asked = qabot(
            "ask", "harbour pilots strike", *folders(articles_dir, index_dir), cwd=tmp_path
        )
    assert asked.returncode == 1 and asked.stdout == ""
    assert asked.stderr.startswith(f"error: The index in {index_dir} is damaged (")
    assert "meta.json is unreadable" in asked.stderr and "Cannot write" not in asked.stderr
    assert "cannot be repaired here" in asked.stderr and asked.stderr.count("\n") == 1


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc file system")
@pytest.mark.parametrize("command", [["index"], ["ask", "harbour pilots strike"]])
def test_an_index_folder_that_takes_no_new_file_is_one_line(
    articles_dir: Path, tmp_path: Path, command: list[str]
) -> None:
    # --index-dir /proc/self (a folder where no file can be created: ENOENT) was a traceback,
    # and so was /proc/new (a folder that cannot be made there: ENOENT too), or one below it
    for index_dir in ("/proc/self", "/proc/qabot-index", "/proc/qabot-index/deeper"):
        done = qabot(*command, *folders(articles_dir, Path(index_dir)), cwd=tmp_path)
        assert done.returncode == 1, index_dir
        assert done.stderr.startswith("error: Cannot write the index in /proc/"), done.stderr
        assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs a /proc file system")
def test_a_fetch_into_an_index_folder_that_cannot_be_made_is_one_line(
    articles_dir: Path, tmp_path: Path
) -> None:
    # `qabot fetch URL --index-dir /proc/new` was a traceback (FileNotFoundError) before any URL
    done = qabot(
        "fetch", "http://127.0.0.1:9/feed.xml",
        *folders(articles_dir, Path("/proc/qabot-index")), cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 1
    assert done.stderr.startswith("error: Cannot write the fetch state /proc/qabot-index/")
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr


def test_a_pipe_or_a_broken_link_among_the_articles_is_named_and_never_blocks(
    articles_dir: Path, tmp_path: Path
) -> None:
    # both were skipped in silence: the user never learnt why an article was missing
    os.mkfifo(articles_dir / "pipe.txt")  # opening it would wait for a writer forever
    (articles_dir / "lost.txt").symlink_to("moved.txt")
    done = qabot("index", *folders(articles_dir, tmp_path / "index"), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    warnings = [line for line in done.stderr.splitlines() if line.startswith("warning:")]
    assert any("lost.txt: a link to moved.txt, which does not exist" in w for w in warnings)
    assert any("pipe.txt: a named pipe, not a file" in w for w in warnings)
    asked = qabot(
        "ask", "harbour pilots", *folders(articles_dir, tmp_path / "index"), cwd=tmp_path
    )
    assert "Harbour pilots" in asked.stdout


def test_an_index_of_older_quote_rules_answers_says_so_and_index_reads_it_again(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    meta_path = index_dir / current_generation(index_dir) / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["attribution_version"] = "1.1"  # as an older qabot wrote it: the user upgraded
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    asked = qabot("ask", "harbour pilots strike", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert asked.returncode == 0, asked.stderr
    assert "Harbour pilots in Port Elms walked out" in asked.stdout  # still answers
    assert asked.stderr == (
        "warning: quote attribution has changed since this index was built; answers use the "
        "old rules until you run `qabot index` (it reads every article again, once)\n"
    )
    indexed = qabot("index", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert indexed.returncode == 0, indexed.stderr
    assert indexed.stderr.startswith(
        "warning: quote attribution has changed since this index was built, so every "
        "article was read again\n"
    )
    again = qabot("ask", "harbour pilots strike", *folders(articles_dir, index_dir), cwd=tmp_path)
    assert again.returncode == 0 and again.stderr == ""


def test_add_of_a_file_already_in_the_folder_indexes_it_where_it_is(
    articles_dir: Path, tmp_path: Path
) -> None:
    index_dir = tmp_path / "index"
    nested = articles_dir / "library" / "reading.txt"
    result = qabot(
        "add",
        str(nested),
        str(articles_dir / "harbour.txt"),
        *folders(articles_dir, index_dir),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert not (articles_dir / "reading.txt").exists()  # no second copy at the top
    assert "3 added" in result.stdout


def test_add_never_writes_through_a_link_in_the_articles_folder(
    articles_dir: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside" / "tram.txt"
    outside.parent.mkdir()
    (articles_dir / "tram.txt").symlink_to(outside)  # dangling: writing it would create outside
    source = tmp_path / "tram.txt"
    source.write_text(long_article(100))
    result = qabot("add", str(source), *folders(articles_dir, tmp_path / "index"), cwd=tmp_path)
    assert result.returncode == 1
    assert "symbolic link" in result.stderr and "Traceback" not in result.stderr
    assert not outside.exists()


def test_add_of_a_link_in_the_folder_to_a_file_outside_says_it_is_not_read(
    articles_dir: Path, tmp_path: Path
) -> None:
    # `qabot add seeds/tram.txt` of such a link said "qabot never writes through links ...
    # Remove the link or rename the file", as if it had been asked to write
    outside = tmp_path / "outside" / "tram.txt"
    outside.parent.mkdir()
    outside.write_text(long_article(100))
    (articles_dir / "tram.txt").symlink_to(outside)
    result = qabot(
        "add",
        str(articles_dir / "tram.txt"),
        *folders(articles_dir, tmp_path / "index"),
        cwd=tmp_path,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "a link to a file outside the articles folder" in result.stderr
    assert "copy the file in place of the link" in result.stderr
    assert (articles_dir / "tram.txt").is_symlink() and outside.read_text() == long_article(100)
    # a link outside the folder is read as the file it points to, copied in under its name
    link = tmp_path / "bus.txt"
    link.symlink_to(outside)
    result = qabot("add", str(link), *folders(articles_dir, tmp_path / "index"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (articles_dir / "bus.txt").read_text() == long_article(100)
    assert not (articles_dir / "bus.txt").is_symlink()


def many_articles(folder: Path, count: int, words: int = 1000) -> None:
    """Write `count` distinct articles of about `words` words each."""
    for n in range(count):
        sentence = f"Report {n} says the council of town {n} voted on budget item {n * 7}. "
        (folder / f"bulk-{n:04d}.txt").write_text(
            f"Council report {n}\n\n" + sentence * (words // 14) + "\n", encoding="utf-8"
        )


def test_analysis_workers_exit_when_qabot_index_is_killed(
    articles_dir: Path, tmp_path: Path
) -> None:
    psutil = pytest.importorskip("psutil")
    many_articles(articles_dir, 120)  # ~700 kB: enough for parallel analysis
    command = [sys.executable, "-m", "qabot", "index", *folders(articles_dir, tmp_path / "idx")]
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as run:
        parent = psutil.Process(run.pid)
        deadline = time.monotonic() + 30
        workers: list[Any] = []
        while len(workers) < 2 and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.05)
            workers = [p for p in parent.children() if "spawn_main" in " ".join(p.cmdline())]
        assert len(workers) >= 2, "no analysis workers started"
        everyone = parent.children(recursive=True)
        run.kill()  # kill -9: no clean-up runs in the parent
        run.wait()
    _, alive = psutil.wait_procs(everyone, timeout=10)
    assert alive == [], f"still running after their parent died: {alive}"


def trial_points(duration: float, trials: int, seed: int) -> list[float]:
    """Random kill times spread over a run of `duration` seconds."""
    rng = random.Random(seed)
    return [duration * (i + rng.random()) / trials for i in range(trials)]


def killed_at(command: list[str], delay: float) -> None:
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) as run:
        time.sleep(delay)
        run.kill()


@pytest.mark.parametrize("what", ["index", "add"])
def test_kill_9_anywhere_leaves_an_index_that_answers_and_the_next_run_repairs(
    articles_dir: Path, tmp_path: Path, what: str
) -> None:
    index_dir = tmp_path / "index"
    update_index(articles_dir, index_dir)
    source = tmp_path / "tram.txt"
    source.write_text(long_article(8000))
    if what == "index":
        (articles_dir / "tram.txt").write_bytes(source.read_bytes())
        command = [sys.executable, "-m", "qabot", "index", "--rebuild"]
    else:
        command = [sys.executable, "-m", "qabot", "add", str(source)]
    command += folders(articles_dir, index_dir)
    started = time.monotonic()
    subprocess.run(command, capture_output=True, check=True, timeout=120)
    duration = time.monotonic() - started
    for delay in trial_points(duration, 2, seed=len(what)):
        if what == "add":
            (articles_dir / "tram.txt").unlink(missing_ok=True)
        killed_at(command, delay)
        copied = articles_dir / "tram.txt"
        assert not copied.exists() or copied.read_bytes() == source.read_bytes()
        asked = qabot(
            "ask",
            "--json",
            "What did Maria Keller say?",
            *folders(articles_dir, index_dir),
            cwd=tmp_path,
        )
        assert asked.returncode == 0, asked.stderr
        assert json.loads(asked.stdout)["found"]
        report = update_index(articles_dir, index_dir)  # the next run repairs, or is up to date
        assert report.articles == 3 + copied.exists()
        assert not list(index_dir.glob("*.tmp-*"))


def test_add_names_a_file_whose_name_is_not_utf8_in_one_printable_line(
    articles_dir: Path, tmp_path: Path
) -> None:
    source = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(source, "w", encoding="utf-8") as handle:
        handle.write(long_article(100))
    result = qabot(
        "add", os.fsdecode(source), *folders(articles_dir, tmp_path / "index"), cwd=tmp_path
    )
    assert result.returncode == 1
    assert "caf\ufffd.txt: the name is not valid UTF-8" in result.stderr
    assert "Traceback" not in result.stderr


def test_fetch_onto_a_full_disk_is_one_line_and_the_next_fetch_indexes(
    articles_dir: Path, tmp_path: Path
) -> None:
    """The fetch state (SQLite) failing on a full disk was a traceback ('disk I/O error')."""
    from tests.support.web_pages import article_page, json_feed, story
    from tests.support.web_server import serve

    kites = story("/kites", "Kite festival fills the dunes", "kite festival")
    index_dir = tmp_path / "index"
    with serve() as web:
        web.route(kites.path, article_page(kites))
        feed = web.route("/feed.json", json_feed(web.base, [kites]))
        full = limited(
            "fetch", feed, *folders(articles_dir, index_dir), cwd=tmp_path, file_size=20_000
        )
        assert full.returncode == 1 and "Traceback" not in full.stderr, full.stderr
        assert full.stderr.startswith("error: Cannot write the fetch state"), full.stderr
        again = qabot("fetch", feed, *folders(articles_dir, index_dir), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "4 articles" in again.stdout, again.stdout
    listed = qabot("articles", *folders(articles_dir, index_dir), cwd=tmp_path).stdout
    assert listed.count("Kite festival fills the dunes") == 1


def _other_address() -> str | None:
    """Return an address of this machine besides 127.0.0.1 (a private network's), or None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # a route, no packet: UDP connects locally
        except OSError:
            return None
        address = str(probe.getsockname()[0])
    return None if address.startswith("127.") else address


@pytest.mark.skipif(_other_address() is None, reason="no address besides 127.0.0.1")
def test_a_feed_never_leads_qabot_to_this_machine_from_elsewhere(
    articles_dir: Path, tmp_path: Path
) -> None:
    """A feed elsewhere listing http://127.0.0.1/... (or a page redirecting there) had qabot
    save what this machine's own services answer as an article, for every chat to read."""
    from tests.support.web_pages import article_page, rss_feed, story
    from tests.support.web_server import serve

    kites = story("/kites", "Kite festival fills the dunes", "kite festival")
    secret = story("/admin", "Internal admin page of this machine", "admin console")
    with serve("0.0.0.0", _other_address()) as web:  # the feed's host is not this machine's 127
        local = f"http://127.0.0.1:{web.port}"
        for item in (kites, secret):
            web.route(item.path, article_page(item))
        web.route("/moved", status=302, headers={"Location": local + secret.path})
        moved = story("/moved", "Moved", "moved")
        listing = rss_feed(web.base, [kites, moved]).replace(
            "</channel>",
            f"<item><title>A</title><link>{local}{secret.path}</link></item></channel>",
        )
        feed = web.route("/feed.xml", listing, content_type="application/rss+xml")
        result = qabot("fetch", feed, *folders(articles_dir, tmp_path / "index"), cwd=tmp_path)
        assert [p for p in web.paths() if p == secret.path] == []
    assert "1 new article saved" in result.stdout, result.stdout + result.stderr
    warnings = result.stderr.splitlines()
    assert sum("127.0.0.1 is on this machine or a link-local address" in w for w in warnings) == 2
    listed = qabot("articles", *folders(articles_dir, tmp_path / "index"), cwd=tmp_path).stdout
    assert "Kite festival" in listed and "Internal admin" not in listed


@pytest.mark.parametrize("which", ["--articles", "--index-dir", "config"])
def test_a_folder_or_config_that_is_a_link_to_itself_is_one_line(
    articles_dir: Path, tmp_path: Path, which: str
) -> None:
    # a link that loops (ln -s loop loop) given as --articles or --index-dir, or as a path in
    # the config file, was a traceback ("RuntimeError: Symlink loop from ...")
    (tmp_path / "loop").symlink_to("loop")
    paths = {"--articles": str(articles_dir), "--index-dir": str(tmp_path / "index")}
    if which == "config":
        (tmp_path / "qabot.toml").write_text('[paths]\nindex = "loop"\n', encoding="utf-8")
        args = ["--config", str(tmp_path / "qabot.toml"), "--articles", str(articles_dir)]
    else:
        paths[which] = str(tmp_path / "loop")
        args = [part for pair in paths.items() for part in pair]
    done = qabot("ask", "harbour pilots", *args, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and "Traceback" not in done.stderr, done.stderr
    assert "loop" in done.stderr and "links back to itself" in done.stderr
    assert done.stderr.count("\n") == 1
