"""The polite client: user agent, robots.txt, redirects, timeouts, size cap, validators."""

from __future__ import annotations

import socket
import traceback

import pytest

from qabot import __version__
from qabot.fetching import USER_AGENT, FetchError, PoliteClient
from qabot.fetching.addresses import nearness
from tests.support.web_server import SLOW, WebServer


def test_requests_name_qabot_and_its_version(web: WebServer, client: PoliteClient) -> None:
    url = web.route("/page", "<p>hello</p>")
    fetched = client.get(url)
    assert fetched.content == b"<p>hello</p>" and fetched.content_type == "text/html"
    assert fetched.charset == "utf-8"
    agents = {r.headers["user-agent"] for r in web.requests}
    assert agents == {USER_AGENT} and f"qabot/{__version__}" in USER_AGENT


def test_robots_txt_is_read_once_per_host_and_obeyed(web: WebServer, client: PoliteClient) -> None:
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.route("/private/story", "<p>secret</p>")
    public = web.route("/public", "<p>open</p>")
    with pytest.raises(FetchError, match=r"robots\.txt disallows"):
        client.get(web.base + "/private/story")
    client.get(public)
    assert web.paths() == ["/robots.txt", "/public"]


def test_robots_rules_for_qabot_by_name_apply(web: WebServer, client: PoliteClient) -> None:
    web.route("/robots.txt", "User-agent: qabot\nDisallow: /\n", content_type="text/plain")
    with pytest.raises(FetchError, match="robots"):
        client.get(web.route("/a", "<p>a</p>"))


def test_server_error_on_robots_txt_means_disallowed(web: WebServer, client: PoliteClient) -> None:
    web.route("/robots.txt", "oops", status=503)
    with pytest.raises(FetchError, match="robots"):
        client.get(web.route("/a", "<p>a</p>"))


@pytest.mark.parametrize(("status", "message"), [(404, "HTTP 404"), (500, "HTTP 500")])
def test_http_errors_say_their_status(
    web: WebServer, client: PoliteClient, status: int, message: str
) -> None:
    with pytest.raises(FetchError, match=message):
        client.get(web.route("/broken", "no", status=status))


def test_redirects_are_followed_and_loops_stopped(web: WebServer, client: PoliteClient) -> None:
    final = web.route("/final", "<p>here</p>")
    web.route("/moved", status=301, headers={"Location": "/final"})
    assert client.get(web.base + "/moved").url == final
    web.route("/loop-a", status=302, headers={"Location": "/loop-b"})
    web.route("/loop-b", status=302, headers={"Location": "/loop-a"})
    with pytest.raises(FetchError, match="too many redirects"):
        client.get(web.base + "/loop-a")


def test_redirect_to_a_disallowed_path_is_not_followed(
    web: WebServer, client: PoliteClient
) -> None:
    web.route("/robots.txt", "User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    web.route("/private/x", "<p>secret</p>")
    web.route("/go", status=302, headers={"Location": "/private/x"})
    with pytest.raises(FetchError, match="robots"):
        client.get(web.base + "/go")
    assert "/private/x" not in web.paths()


def test_a_slow_server_times_out(web: WebServer, client: PoliteClient) -> None:
    with pytest.raises(FetchError, match="timed out"):
        client.get(web.route("/slow", "<p>late</p>", delay=SLOW))


def test_a_huge_page_is_refused(web: WebServer, client: PoliteClient) -> None:
    with pytest.raises(FetchError, match="larger than 200 kB"):
        client.get(web.route("/huge", "<p>" + "word " * 100_000 + "</p>"))


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "not a url"])
def test_only_http_urls_are_fetched(client: PoliteClient, url: str) -> None:
    with pytest.raises(FetchError, match="not an http"):
        client.get(url)


def test_conditional_requests_send_the_validators_back(
    web: WebServer, client: PoliteClient
) -> None:
    url = web.route(
        "/feed.xml",
        "<rss/>",
        etag='"v1"',
        headers={"Last-Modified": "Tue, 05 Mar 2024 08:00:00 GMT"},
    )
    first = client.get(url)
    assert first.etag == '"v1"' and first.last_modified == "Tue, 05 Mar 2024 08:00:00 GMT"
    again = client.get(url, etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified
    sent = web.requests[-1].headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Tue, 05 Mar 2024 08:00:00 GMT"


def test_an_unreachable_host_is_one_error(client: PoliteClient) -> None:
    with pytest.raises(FetchError, match="cannot connect"):
        client.get("http://127.0.0.1:9/nothing")


@pytest.mark.parametrize(
    ("url", "near"),
    [
        ("http://8.8.8.8/feed.xml", 0),
        ("http://10.1.2.3/", 1),
        ("http://192.168.0.7:8080/", 1),
        ("http://127.0.0.1:9000/admin", 2),
        ("http://169.254.169.254/latest/meta-data/", 2),  # a cloud's metadata service
        ("http://[::1]/", 2),
        ("http://[::ffff:127.0.0.1]/", 2),
        ("http://0.0.0.0/", 2),
    ],
)
def test_nearness_tells_this_machine_from_private_networks_and_the_internet(
    url: str, near: int
) -> None:
    assert nearness(url) == near


def test_a_host_that_cannot_be_connected_to_is_not_asked_again(client: PoliteClient) -> None:
    # a feed's items on a host that is down (or a machine offline) each waited out a timeout
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError, match="cannot connect") as first:
        client.get(f"http://127.0.0.1:{port}/a")
    with socket.socket() as listening:  # the host answers now; the client does not ask it
        listening.bind(("127.0.0.1", port))
        listening.listen()
        listening.settimeout(0.2)
        with pytest.raises(FetchError) as again:
            client.get(f"http://127.0.0.1:{port}/b")
        assert str(again.value) == str(first.value)
        with pytest.raises(TimeoutError):
            listening.accept()
    # a new error each time, not one object whose traceback grows at every raise
    assert again.value is not first.value
    assert again.value.__traceback__ is not None and first.value.__traceback__ is not None
    depth = len(traceback.extract_tb(again.value.__traceback__))
    assert depth == len(traceback.extract_tb(first.value.__traceback__))


def test_a_host_name_that_resolves_to_nothing_is_told_plainly(client: PoliteClient) -> None:
    # offline, it read "cannot connect (ConnectError: [Errno -2] Name or service not known)"
    with pytest.raises(FetchError) as error:
        client.get("http://news.invalid/feed.xml")  # .invalid never resolves (RFC 6761)
    assert str(error.value) == (
        "cannot connect: no address found for news.invalid (is this machine offline, or the "
        "name mistyped?)"
    )
