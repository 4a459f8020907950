"""Fetch runs against the local web server: pages and feeds become article files, once each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qabot.cli import main
from qabot.fetching import STATE_FILE, PoliteClient, fetch_urls
from qabot.fetching.addresses import FetchError, check_url
from qabot.ingest import load_articles
from tests.support.processes import qabot
from tests.support.web_pages import (
    article_page,
    atom_feed,
    front_page,
    json_feed,
    rss_feed,
    story,
)
from tests.support.web_server import SLOW, TIMEOUT, WebServer

PARADE = story("/news/parade", "Spring parade returns to the square", "parade")
REGATTA = story("/news/regatta", "Regatta crews train on the river", "regatta", date="2024-03-01")
MARKET = story("/news/market", "Night market opens by the bridge", "market", date="2024-03-07")
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "web_pages"


def _fetch(urls: list[str], tmp_path: Path, client: PoliteClient):  # type: ignore[no-untyped-def]
    return fetch_urls(
        urls,
        articles_dir=tmp_path / "articles",
        state_path=tmp_path / "index" / STATE_FILE,
        client=client,
    )


def _serve_stories(web: WebServer, *stories) -> None:  # type: ignore[no-untyped-def]
    for item in stories:
        web.route(item.path, article_page(item))


def test_a_page_becomes_an_article_file_with_front_matter(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    _serve_stories(web, PARADE)
    report = _fetch([web.base + PARADE.path], tmp_path, client)
    assert report.warnings == [] and len(report.saved) == 1
    path = tmp_path / "articles" / report.saved[0]
    assert report.saved[0].startswith("web/127.0.0.1/spring-parade-returns-to-the-square-")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(
        "---\ntitle: Spring parade returns to the square\nsource: Riverside Gazette\n"
        f"date: 2024-03-05\nurl: {web.base}{PARADE.path}\n---\n"
    )
    articles, warnings = load_articles(tmp_path / "articles")
    assert warnings == [] and len(articles) == 1
    info = articles[0].info
    assert (info.title, info.source, info.date, info.url) == (
        PARADE.title,
        "Riverside Gazette",
        "2024-03-05",
        web.base + PARADE.path,
    )
    assert "Lena Hartmann" in articles[0].text
    assert "All rights reserved" not in articles[0].text and "Sport" not in articles[0].text


@pytest.mark.parametrize("make", [rss_feed, atom_feed, json_feed])
def test_each_feed_item_is_saved_once(  # type: ignore[no-untyped-def]
    web: WebServer, client: PoliteClient, tmp_path: Path, make
) -> None:
    _serve_stories(web, PARADE, REGATTA, MARKET)
    feed = web.route("/feed", make(web.base, [PARADE, REGATTA]), content_type="application/xml")
    first = _fetch([feed], tmp_path, client)
    assert first.warnings == [] and len(first.saved) == 2 and first.feeds == 1
    web.route("/feed", make(web.base, [MARKET, PARADE, REGATTA]), content_type="application/xml")
    before = len(web.requests)
    second = _fetch([feed], tmp_path, client)
    assert [Path(p).name.split("-")[0] for p in second.saved] == ["night"]
    assert web.paths()[before:] == ["/feed", MARKET.path]  # old items are not asked for
    third = _fetch([feed], tmp_path, client)
    assert third.saved == [] and third.unchanged_feeds == 1
    dates = sorted(a.info.date or "" for a in load_articles(tmp_path / "articles")[0])
    assert dates == ["2024-03-01", "2024-03-05", "2024-03-07"]


def test_an_unchanged_feed_is_asked_conditionally(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    _serve_stories(web, PARADE)
    feed = web.route("/feed.xml", rss_feed(web.base, [PARADE]), etag='"a1"')
    _fetch([feed], tmp_path, client)
    again = _fetch([feed], tmp_path, client)
    assert again.unchanged_feeds == 1 and again.saved == []
    assert web.requests[-1].headers.get("if-none-match") == '"a1"'


def test_the_same_story_under_another_url_is_skipped(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    _serve_stories(web, PARADE)
    web.route("/amp/parade", article_page(PARADE, site="Riverside Gazette"))
    first = _fetch([web.base + PARADE.path], tmp_path, client)
    second = _fetch([web.base + "/amp/parade", web.base + PARADE.path], tmp_path, client)
    assert len(first.saved) == 1 and second.saved == [] and second.duplicates == 2
    assert len(list((tmp_path / "articles").rglob("*.md"))) == 1


def test_every_failure_is_one_warning_and_the_rest_is_saved(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    _serve_stories(web, PARADE, REGATTA)
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.route("/front", front_page(["/a", "/b"]))
    scripts = "<title>Live</title>" + "<script>render(1)</script>" * 50
    web.route("/scripts", f"<html><head>{scripts}</head><body>{scripts}</body></html>")
    web.route("/slow", article_page(MARKET), delay=SLOW)
    web.route("/error", "boom", status=500)
    web.route("/loop", status=302, headers={"Location": "/loop"})
    web.route("/huge", "<p>" + "word " * 100_000 + "</p>")
    web.route("/image.png", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    cut = web.route("/cut.xml", rss_feed(web.base, [MARKET])[:300], content_type="text/xml")
    feed = web.route(
        "/feed.xml",
        rss_feed(
            web.base,
            [REGATTA, story("/private/leak", "Leak", "leak"), story("/gone", "Gone", "gone")],
        ),
    )
    urls = [
        web.base + p
        for p in (
            "/front",
            "/scripts",
            "/missing",
            "/slow",
            "/error",
            "/loop",
            "/huge",
            "/image.png",
        )
    ]
    report = _fetch(
        [*urls, "ftp://example.org/x", web.base + PARADE.path, cut, feed], tmp_path, client
    )
    reasons = [re.sub(r"^\S+: ", "", w) for w in report.warnings]
    assert reasons == [
        "not an article (mostly navigation or links, with no article text)",
        # one pair of brackets: the reason held its own, "(no article text found (only ...))"
        "not an article (no article text found, only a title or page furniture)",
        "HTTP 404 Not Found",
        f"timed out after {TIMEOUT:g} s",
        "HTTP 500 Internal Server Error",
        "too many redirects (more than 5)",
        "larger than 200 kB",
        "not a web page or feed (image/png)",
        "not an http(s) URL",
        "a feed that cannot be read (text/xml that is cut short or not well-formed); "
        "it is read again next time",
        "robots.txt disallows fetching it",
        "HTTP 404 Not Found",
    ]
    assert [Path(p).name.split("-")[0] for p in report.saved] == ["spring", "regatta"]


@pytest.mark.parametrize(
    ("typed", "hint"),
    [
        ("news.example.org/feed", ": write it with its scheme, https://news.example.org/feed"),
        ("localhost:8000/feed.xml", ": write it with its scheme, https://localhost:8000/feed.xml"),
        ("saved.xml", ": a file on this machine; qabot add copies article files in"),
        ("ftp://example.org/x", ""),
        ("no such thing", ""),
    ],
)
def test_a_url_typed_without_its_scheme_or_a_file_path_is_told_what_to_do(
    tmp_path: Path, typed: str, hint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "qabot fetch news.example.org/feed" said only "not an http(s) URL"
    (tmp_path / "saved.xml").write_text("<rss/>", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FetchError) as raised:
        check_url(typed)
    assert str(raised.value) == f"not an http(s) URL{hint}"


def test_lasting_failures_of_feed_items_are_not_asked_again(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    web.route("/front", front_page(["/a"]))
    web.route("/flaky", "busy", status=503)
    feed = web.route(
        "/feed.xml", rss_feed(web.base, [story("/front", "F", "f"), story("/flaky", "G", "g")])
    )
    first = _fetch([feed], tmp_path, client)
    assert len(first.warnings) == 2
    second = _fetch([feed], tmp_path, client)
    assert [w.split(": ", 1)[0] for w in second.warnings] == [web.base + "/flaky"]


def test_qabot_fetch_indexes_what_it_saved(
    web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _serve_stories(web, PARADE, REGATTA)
    feed = web.route(
        "/feed.json", json_feed(web.base, [PARADE, REGATTA]), content_type="application/feed+json"
    )
    options = ["--articles", str(tmp_path / "a"), "--index-dir", str(tmp_path / "i")]
    assert main(["fetch", feed, web.base + "/nope", *options]) == 1
    out, err = capsys.readouterr()
    assert "Fetched: 2 new articles saved, 1 feed read, 1 failure." in out
    assert "2 articles" in out
    assert err == f"warning: {web.base}/nope: HTTP 404 Not Found\n"
    assert main(["ask", "--json", "regatta crews", *options]) == 0
    assert '"source": "Riverside Gazette"' in capsys.readouterr().out


def test_qabot_fetch_under_a_file_says_the_file_is_in_the_way(
    web: WebServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # it told the user to free some space: no space frees a folder a file stands in for
    _serve_stories(web, PARADE)
    (tmp_path / "notes.txt").write_text("my notes\n", encoding="utf-8")
    for articles in ("notes.txt", "notes.txt/news"):
        options = ["--articles", str(tmp_path / articles), "--index-dir", str(tmp_path / "i")]
        assert main(["fetch", web.base + PARADE.path, *options]) == 1
        err = capsys.readouterr().err
        assert f"{tmp_path / 'notes.txt'} is a file, not a folder" in err
        assert "Free some space" not in err and len(err.splitlines()) == 1
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "my notes\n"


def test_qabot_fetch_without_urls_or_feeds_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch", "--articles", str(tmp_path), "--index-dir", str(tmp_path / "i")]) == 1
    assert "give URLs of pages or feeds" in capsys.readouterr().err


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpora/web_pages is absent")
@pytest.mark.parametrize("name", ["feed.json", "feed1.atom", "feed2.rss"])
def test_sample_feeds_of_the_corpus_lead_to_local_pages(
    web: WebServer, client: PoliteClient, tmp_path: Path, name: str
) -> None:
    """The corpus feeds, their links rewritten to the local server, each serving a page."""
    raw = (CORPUS / "feeds" / name).read_text(encoding="utf-8")
    paths: dict[str, str] = {}

    def local(match: re.Match[str]) -> str:
        if re.search(r"jsonfeed\.org|w3\.org|purl\.org", match[0]):
            return match[0]  # a format's identifier, not a link
        path = paths.setdefault(match[0], f"/corpus/{len(paths)}")
        return (web.base + path).replace("/", "\\/") if "\\/" in match[0] else web.base + path

    raw = re.sub(r"https?:(?:\\?/){2}[^\"'<>\s]+", local, raw)
    stories = [
        story(p, f"Corpus story number {n}", f"topic{n}") for n, p in enumerate(paths.values())
    ]
    _serve_stories(web, *stories)
    report = _fetch([web.route("/" + name, raw, content_type="application/xml")], tmp_path, client)
    assert report.feeds == 1 and len(report.saved) >= 1
    assert all("not an article" not in w for w in report.warnings)


def test_a_page_that_failed_is_tried_again_when_asked_for_again(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    web.route(PARADE.path, front_page(["/a"]))
    first = _fetch([web.base + PARADE.path], tmp_path, client)
    assert first.saved == [] and len(first.warnings) == 1
    _serve_stories(web, PARADE)  # the page now holds its story
    second = _fetch([web.base + PARADE.path], tmp_path, client)
    assert len(second.saved) == 1 and second.duplicates == 0


@pytest.mark.parametrize("make", [rss_feed, atom_feed, json_feed])
def test_a_story_whose_page_cannot_be_read_is_saved_from_the_feeds_own_text(  # type: ignore[no-untyped-def]
    web: WebServer, client: PoliteClient, tmp_path: Path, make
) -> None:
    walled = story("/walled", "Ferry fares frozen for a year", "ferry", date="2024-03-02")
    hidden = story("/private/tolls", "Bridge tolls to rise in May", "tolls", date="2024-03-03")
    gone = story("/gone", "Harbour lights switched off", "harbour", date="2024-03-04")
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.route("/walled", front_page(["/subscribe", "/login"]))  # a paywall: no story on the page
    feed = web.route(
        "/feed", make(web.base, [walled, hidden, gone], whole=True), content_type="application/xml"
    )
    report = _fetch([feed], tmp_path, client)
    assert report.warnings == []
    assert len(report.saved) == 3 and report.from_feeds == report.saved
    assert report.summary() == (
        "3 new articles saved (3 from the feed's text: the page could not be read), 1 feed read."
    )
    articles, warnings = load_articles(tmp_path / "articles")
    assert warnings == []
    by_title = {a.info.title: a for a in articles}
    ferry = by_title["Ferry fares frozen for a year"]
    assert (ferry.info.date, ferry.info.url, ferry.info.source) == (
        "2024-03-02",
        web.base + "/walled",
        "127.0.0.1",
    )
    assert ferry.text.split("\n\n") == list(walled.paragraphs)  # no caption, no markup
    if make is json_feed:  # the feed's byline is kept in the file's front matter
        assert ferry.info.author == "Lena Hartmann"
        saved = (tmp_path / "articles" / report.saved[0]).read_text(encoding="utf-8")
        assert "\nauthor: Lena Hartmann\n" in saved
    before = len(web.requests)
    again = _fetch([feed], tmp_path, client)  # saved: not asked for again
    assert again.saved == [] and again.warnings == []
    assert [r.path for r in web.requests[before:]] == ["/feed"]


def test_a_feeds_teaser_or_a_page_that_may_come_back_is_not_saved_from_the_feed(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    busy = story("/busy", "Market hall reopens", "market")
    web.route("/busy", "busy", status=503)
    teaser = web.route("/teaser.xml", rss_feed(web.base, [story("/gone", "Gone", "gone")]))
    whole = web.route("/whole.xml", rss_feed(web.base, [busy], whole=True))
    report = _fetch([teaser, whole], tmp_path, client)
    assert report.saved == [] and report.from_feeds == []
    assert [w.split(": ", 1)[1] for w in report.warnings] == [
        "HTTP 404 Not Found",  # the feed gives a paragraph only: a teaser is no article
        "HTTP 503 Service Unavailable",  # tried again next time, when the page may be back
    ]
    _serve_stories(web, busy)
    assert len(_fetch([whole], tmp_path, client).saved) == 1


def test_a_malformed_url_is_one_warning_and_the_rest_is_fetched(
    web: WebServer, tmp_path: Path
) -> None:
    # "http://[::1" (a bracket left open) ended `qabot fetch` with a ValueError traceback, and
    # in `[feeds] urls` it ended every poll of `qabot watch`
    _serve_stories(web, PARADE)
    feed = web.route("/feed.xml", rss_feed(web.base, [PARADE]))
    options = ["--articles", str(tmp_path / "a"), "--index-dir", str(tmp_path / "i")]
    done = qabot("fetch", "http://[::1", feed, *options, cwd=tmp_path)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == "warning: http://[::1: not a valid URL (Invalid IPv6 URL)\n"
    assert "Fetched: 1 new article saved, 1 feed read, 1 failure." in done.stdout


def test_a_feed_with_a_control_character_in_a_title_is_still_read(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    """XML forbids most control characters, and a publisher's system sometimes lets one into
    a title (an escape code pasted from a terminal): the feed's stories are saved all the same,
    without it."""
    _serve_stories(web, PARADE, REGATTA)
    feed = rss_feed(web.base, [PARADE, REGATTA]).replace(
        "<title>Spring parade", "<title>Spring\x1b[1m parade\x07", 1
    )
    assert "\x1b" in feed
    url = web.route("/feed.xml", feed, content_type="application/rss+xml")
    report = _fetch([url], tmp_path, client)
    assert report.warnings == [] and len(report.saved) == 2
    texts = [(tmp_path / "articles" / saved).read_text(encoding="utf-8") for saved in report.saved]
    assert not any("\x1b" in text or "\x07" in text for text in texts)


def test_a_feeds_items_on_an_unreachable_host_are_one_warning(
    web: WebServer, tmp_path: Path
) -> None:
    # offline, or a host down: it printed one line per item, the same error each time
    _serve_stories(web, PARADE)
    down = "http://127.0.0.1:9"  # nothing listens on the discard port: refused
    items = [
        story(web.base + PARADE.path, PARADE.title, "parade"),
        *(story(f"{down}/news/{n}", f"Story {n}", f"topic{n}") for n in range(4)),
        story(web.base + "/gone", "Gone", "gone"),
    ]
    feed = web.route("/feed.xml", rss_feed("", items))
    options = ["--articles", str(tmp_path / "a"), "--index-dir", str(tmp_path / "i")]
    result = qabot("fetch", feed, *options, cwd=tmp_path)
    assert result.returncode == 1
    assert "Fetched: 1 new article saved, 1 feed read, 5 failures." in result.stdout
    warnings = result.stderr.splitlines()
    assert warnings[0] == f"warning: {web.base}/gone: HTTP 404 Not Found"
    assert re.fullmatch(
        rf"warning: {feed}: 4 items on 127\.0\.0\.1 not fetched: cannot connect \(.+\); "
        "they are tried again next time",
        warnings[1],
    )
    assert len(warnings) == 2


def test_one_item_failing_for_a_reason_that_may_pass_is_named(
    web: WebServer, client: PoliteClient, tmp_path: Path
) -> None:
    web.route("/flaky", "busy", status=503)
    feed = web.route("/feed.xml", rss_feed(web.base, [story("/flaky", "F", "f")]))
    report = _fetch([feed], tmp_path, client)
    assert report.warnings == [f"{web.base}/flaky: HTTP 503 Service Unavailable"]
    assert report.summary() == "0 new articles saved, 1 feed read, 1 failure."
