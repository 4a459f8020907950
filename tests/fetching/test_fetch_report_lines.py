"""What `qabot fetch` says of what it was given: a feed seen for the first time whose items
were all skipped is no "unchanged" feed, and an empty URL among others is no silent drop."""

from __future__ import annotations

from pathlib import Path

from tests.support.processes import qabot
from tests.support.web_pages import article_page, rss_feed, story
from tests.support.web_server import WebServer

PARADE = story("/news/parade", "Spring parade returns to the square", "parade")

_FORGED = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0"><channel><title>Odd Gazette</title><link>{base}/</link>
 <item><title>One</title><link>javascript:alert(1)</link></item>
 <item><title>Two</title><link>file:///etc/hosts</link></item>
</channel></rss>"""


def test_a_new_feed_whose_items_were_all_skipped_says_so(web: WebServer, tmp_path: Path) -> None:
    # it was "1 feed read (1 unchanged)": a feed never seen before, none of its items fetched
    feed = web.route("/odd.xml", _FORGED.format(base=web.base))
    options = ["--articles", str(tmp_path / "a"), "--index-dir", str(tmp_path / "i")]
    done = qabot("fetch", feed, *options, cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "unchanged" not in done.stdout
    assert (
        "Fetched: 0 new articles saved, 1 feed read (2 items skipped), 1 failure." in done.stdout
    )
    assert done.stderr == (
        f"warning: {feed}: 2 items skipped: no web (http or https) link to fetch\n"
    )


def test_an_empty_url_among_others_is_warned_of(web: WebServer, tmp_path: Path) -> None:
    # `qabot fetch "$A" "" "$B"`: the empty one was dropped without a word
    web.route(PARADE.path, article_page(PARADE))
    feed = web.route("/feed.xml", rss_feed(web.base, [PARADE]))
    options = ["--articles", str(tmp_path / "a"), "--index-dir", str(tmp_path / "i")]
    done = qabot("fetch", feed, "", web.base + "/nope", *options, cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        'warning: an empty URL ("") was given: nothing to fetch',
        f"warning: {web.base}/nope: HTTP 404 Not Found",
    ]
    assert "Fetched: 1 new article saved, 1 feed read, 2 failures." in done.stdout
