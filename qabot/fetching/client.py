"""The polite HTTP client every fetch goes through: URL -> `Fetched` bytes, or a `FetchError`.

Polite by construction: one request at a time per host (a lock per host, and the host's
robots.txt Crawl-delay between requests), robots.txt honoured for every URL and every redirect
hop, a user agent naming qabot and its version, timeouts, at most MAX_REDIRECTS redirects, a
size cap checked while the body streams in, and conditional requests (ETag / Last-Modified) when
the caller remembers them. Built on httpx (already installed with python-telegram-bot).

A host that cannot be connected to (its name unknown, as on a machine offline, no answer, the
connection refused or its TLS handshake failed: any connect error) is not asked again by the
same client: a feed's twenty items on it fail at once, with the first one's error, rather than
each waiting out its own timeout.

Nearer than asked: a redirect, or a feed's item (`origin`), never leads to an address nearer to
this machine than the URL it came from (`qabot.fetching.addresses.nearness`).
"""

from __future__ import annotations

import socket
import ssl
import threading
import time
import urllib.robotparser
from dataclasses import dataclass
from functools import cache
from urllib.parse import urljoin, urlsplit

import httpx

from qabot import __version__
from qabot.fetching.addresses import NEARNESS, FetchError, check_url, nearness

USER_AGENT = f"qabot/{__version__} (news question-answering bot; fetches only what it is given)"
ROBOTS_AGENT = "qabot"  # the name robots.txt rules are matched against
TIMEOUT = 15.0  # seconds for connecting and between bytes
WHOLE_PAGE = 4  # timeouts a page may take in all: a server trickling bytes is cut off too
MAX_BYTES = 5_000_000  # a news page or feed, not an archive
MAX_ROBOTS_BYTES = 500_000  # RFC 9309 asks crawlers to read at least 500 KiB
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 30.0  # a robots.txt asking for more is not waited on longer than this
_REDIRECTS = {301, 302, 303, 307, 308}
_DISALLOW_ALL = ["User-agent: *", "Disallow: /"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    """One response: the body, where it came from after redirects, and its validators."""

    url: str  # after redirects
    status: int  # 200, or 304 when a conditional request found nothing new
    content: bytes
    content_type: str  # media type only, lower case ("text/html")
    charset: str | None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _host(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


@cache
def _tls() -> ssl.SSLContext:
    """Return the process's one TLS context: reading the certificate authorities takes ~0.06
    CPU-s, and the bot fetches its feeds with a new client at every poll."""
    return httpx.create_ssl_context(trust_env=False)


class _Unreachable(FetchError):
    """The host could not be connected to: the client does not ask it again."""


class PoliteClient:
    """Fetches URLs one at a time per host, honouring robots.txt; close it (or use `with`)."""

    def __init__(
        self,
        *,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_BYTES,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.max_bytes = max_bytes
        self.timeout = timeout
        self._http = httpx.Client(
            headers={"User-Agent": user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,  # followed here, so each hop is checked against robots.txt
            trust_env=False,
            verify=_tls(),
        )
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._last_request: dict[str, float] = {}
        # host -> why it could not be reached: the message, raised anew each time (one error
        # object raised again would carry each raise's traceback, and be shared by threads)
        self._unreachable: dict[str, str] = {}

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        origin: str | None = None,
    ) -> Fetched:
        """Return the body of `url` (following redirects); raise FetchError saying why not.

        `origin`: the feed that listed `url`; neither `url` nor a redirect may lead nearer to
        this machine than it (see the module)."""
        conditional = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = check_url(url)
        came_from = origin or current
        limit = nearness(came_from)
        for _ in range(MAX_REDIRECTS + 1):
            if current != came_from and (near := nearness(current)) > limit:
                raise FetchError(
                    f"not fetched: {urlsplit(current).hostname} is on {NEARNESS[near]}, "
                    f"reached from {urlsplit(came_from).hostname}, which is not"
                )
            if not self.allowed(current):
                raise FetchError("robots.txt disallows fetching it")
            response = self._request(current, conditional, self.max_bytes)
            if response.status_code in _REDIRECTS and "location" in response.headers:
                current = check_url(urljoin(current, response.headers["location"]))
                continue
            return self._result(current, response)
        raise FetchError(f"too many redirects (more than {MAX_REDIRECTS})")

    def allowed(self, url: str) -> bool:
        """Return whether the host's robots.txt lets qabot fetch `url` (read once per host)."""
        host = _host(url)
        if host not in self._robots:
            self._robots[host] = self._read_robots(host)
        rules = self._robots[host]
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _read_robots(self, host: str) -> urllib.robotparser.RobotFileParser | None:
        """Return the host's rules; None allows everything (RFC 9309: a 4xx means no rules,
        a 5xx means stay away)."""
        rules = urllib.robotparser.RobotFileParser(host + "/robots.txt")
        # unreachable (FetchError): the page would be too; the error says why, and the next
        # request asks for robots.txt again
        response = self._request(host + "/robots.txt", {}, MAX_ROBOTS_BYTES, robots=True)
        if 400 <= response.status_code < 500 or response.status_code in _REDIRECTS:
            return None
        if response.status_code >= 500:
            rules.parse(_DISALLOW_ALL)
            return rules
        rules.parse(response.content.decode("utf-8", errors="replace").splitlines())
        return rules

    def _crawl_delay(self, host: str) -> float:
        rules = self._robots.get(host)
        delay = rules.crawl_delay(ROBOTS_AGENT) if rules is not None else None
        return min(float(delay or 0), MAX_CRAWL_DELAY)

    def _request(
        self, url: str, headers: dict[str, str], limit: int, *, robots: bool = False
    ) -> httpx.Response:
        """Send one GET, reading at most `limit` bytes; network failures become FetchError."""
        host = _host(url)
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one request at a time per host
            if host in self._unreachable:
                raise FetchError(self._unreachable[host])
            wait = self._last_request.get(host, 0.0) + (0.0 if robots else self._crawl_delay(host))
            if wait > time.monotonic():
                time.sleep(wait - time.monotonic())
            try:
                return self._read(url, headers, limit)
            except _Unreachable as error:
                self._unreachable[host] = str(error)
                raise FetchError(str(error)) from None
            finally:
                self._last_request[host] = time.monotonic()

    def _read(self, url: str, headers: dict[str, str], limit: int) -> httpx.Response:
        deadline = time.monotonic() + WHOLE_PAGE * self.timeout
        try:
            with self._http.stream("GET", url, headers=headers) as response:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise FetchError(f"larger than {_size(limit)}")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > limit:
                        raise FetchError(f"larger than {_size(limit)}")
                    if time.monotonic() > deadline:
                        raise FetchError(f"too slow (over {WHOLE_PAGE * self.timeout:g} s)")
                return httpx.Response(
                    response.status_code,
                    headers=response.headers.multi_items(),
                    content=bytes(body),
                    request=response.request,
                )
        except httpx.ConnectTimeout:
            raise _Unreachable(f"cannot connect (no answer within {self.timeout:g} s)") from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.timeout:g} s") from None
        except httpx.DecodingError:
            raise FetchError("the server sent a body it could not decompress") from None
        except httpx.ConnectError as error:
            if _unknown_name(error):  # offline, or a name mistyped: "[Errno -2] Name or ..."
                host = urlsplit(url).hostname
                raise _Unreachable(
                    f"cannot connect: no address found for {host} (is this machine offline, "
                    "or the name mistyped?)"
                ) from None
            raise _Unreachable(f"cannot connect ({error.__class__.__name__}: {error})") from None
        except httpx.TransportError as error:
            raise FetchError(f"cannot connect ({error.__class__.__name__}: {error})") from None

    def _result(self, url: str, response: httpx.Response) -> Fetched:
        status = response.status_code
        if status == 304:
            return Fetched(url=url, status=304, content=b"", content_type="", charset=None)
        if status != 200:
            reason = response.reason_phrase or ""
            raise FetchError(f"HTTP {status} {reason}".strip())
        media, _, params = response.headers.get("content-type", "").partition(";")
        charset = None
        for param in params.split(";"):
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip():
                charset = value.strip().strip("\"'").lower()
        return Fetched(
            url=url,
            status=200,
            content=response.content,
            content_type=media.strip().lower(),
            charset=charset,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )


def _unknown_name(error: BaseException) -> bool:
    """Return whether `error` was caused by a host name that could not be resolved."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _size(limit: int) -> str:
    return f"{limit / 1_000_000:g} MB" if limit >= 1_000_000 else f"{limit // 1000} kB"
