"""Fixtures for fetch tests: the local web server and a quick, polite client."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from qabot.fetching import PoliteClient
from tests.support.web_server import TIMEOUT, WebServer, serve


@pytest.fixture
def web() -> Iterator[WebServer]:
    """Return a web server on 127.0.0.1 with no routes yet (every path is a 404)."""
    with serve() as server:
        yield server


@pytest.fixture
def client() -> Iterator[PoliteClient]:
    """Return a client with short timeouts and a small size cap, so failures come fast."""
    with PoliteClient(timeout=TIMEOUT, max_bytes=200_000) as http:
        yield http
