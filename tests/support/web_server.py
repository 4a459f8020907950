"""A small web server on 127.0.0.1 for fetch tests: pages, feeds and failures of our own.

Routes are set per test (`server.route("/feed.xml", body, ...)`); every request is recorded with
its headers, so tests can check the user agent, robots.txt and conditional requests. A route can
answer slowly, redirect, fail with any status or honour ETag / Last-Modified.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A test client's timeout: short, so a test of a slow server ends soon, yet long enough that a
# loaded machine answers every other request in time (0.5 s timed a 404 out once at a load of 6).
TIMEOUT = 1.5
SLOW = 2 * TIMEOUT  # a route this slow (its `delay`) times out


@dataclass(slots=True)
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering (a slow server)
    etag: str | None = None  # answered with 304 when the client sends it back


@dataclass(frozen=True, slots=True)
class Request:
    path: str
    headers: dict[str, str]


class WebServer:
    """The running server: `base` is its URL, `routes` what it serves, `requests` what it got."""

    def __init__(self, server: ThreadingHTTPServer, name: str = "127.0.0.1") -> None:
        self._server = server
        self.port = int(server.server_address[1])
        self.base = f"http://{name}:{self.port}"
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self.lock = threading.Lock()

    def route(self, path: str, body: str | bytes = b"", **options: object) -> str:
        """Serve `body` at `path`; return the full URL."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self.lock:
            self.routes[path] = Route(data, **options)  # type: ignore[arg-type]
        return self.base + path

    def paths(self) -> list[str]:
        with self.lock:
            return [request.path for request in self.requests]


class _Handler(BaseHTTPRequestHandler):
    server_version = "TestServer/1.0"
    web: WebServer

    def do_GET(self) -> None:
        web = self.web
        with web.lock:
            web.requests.append(
                Request(self.path, {k.lower(): v for k, v in self.headers.items()})
            )
            route = web.routes.get(self.path)
        if route is None:
            self._answer(Route(b"<h1>Not found</h1>", status=404))
            return
        if route.delay:
            time.sleep(route.delay)
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            self._answer(Route(status=304, headers={"ETag": route.etag}))
            return
        self._answer(route)

    def _answer(self, route: Route) -> None:
        try:
            self.send_response(route.status)
            if route.status != 304:
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            for name, value in route.headers.items():
                self.send_header(name, value)
            self.end_headers()
            if route.status != 304:
                self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout or a size cap): that is what was tested

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(host: str = "127.0.0.1", name: str | None = None) -> Iterator[WebServer]:
    """Run a WebServer on a free port of `host` for the duration of the block (its `base`
    names it as `name`: "0.0.0.0" answers on every address of the machine)."""
    handler = type("Handler", (_Handler,), {})
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    web = WebServer(server, name or host)
    handler.web = web
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield web
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
