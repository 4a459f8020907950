"""Addresses: what a URL must be before qabot fetches it, and how near this machine it leads.

A URL is fetched only when it is an absolute http(s) one (`check_url`; a URL typed without its
scheme or a file's path gets a hint of what was meant). A redirect, or a feed's item (`origin`),
never leads to an address nearer to this machine than the URL it came from (`nearness`: this
machine and link-local addresses such as a cloud's metadata service, then private networks,
then the internet). A public feed listing `http://127.0.0.1/admin` or
`http://169.254.169.254/...` would otherwise have qabot save what it reads there as an article,
for every chat to read.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from pathlib import Path
from urllib.parse import urlsplit

from qabot.text.patterns import lazy

# a host name or address, maybe with a port, opening a URL typed without "https://"
_HOSTLIKE = lazy(
    r"(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z0-9-]+)(?::[0-9]+)?(?:[/?#]|$)", re.IGNORECASE
)


class FetchError(Exception):
    """Why one URL could not be fetched, in a few words for a warning line."""


NEARNESS = ("the internet", "a private network", "this machine or a link-local address")


def nearness(url: str) -> int:
    """Return how near to this machine `url`'s host is: 0 the internet, 1 a private network,
    2 this machine or link-local (the nearest of the addresses its name resolves to)."""
    host = urlsplit(url).hostname or ""
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):  # not resolvable: the request fails by itself
        return 0
    near = 0
    for text in addresses:
        address = ipaddress.ip_address(str(text).split("%", 1)[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if address.is_loopback or address.is_link_local or address.is_unspecified:
            return 2
        if not address.is_global:
            near = 1
    return near


def check_url(url: str) -> str:
    """Return `url` when it is an absolute http(s) URL; raise FetchError otherwise (also for
    one the URL parser refuses: "http://[::1" raises ValueError)."""
    try:
        parts = urlsplit(url)
        hostname, _ = parts.hostname, parts.port
    except ValueError as exc:  # "Invalid IPv6 URL", "Port out of range 0-65535"
        raise FetchError(f"not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https") or not hostname:
        raise FetchError(f"not an http(s) URL{_hint(url)}")
    return url


def _hint(url: str) -> str:
    """Return what a URL typed without its scheme ("news.example.org/feed") or a file's path
    ("feeds/saved.xml") was most likely meant as, after a colon ("" when nothing fits)."""
    if "://" in url or not url or any(c.isspace() for c in url):
        return ""
    try:
        local = Path(url).expanduser().is_file()
    except (OSError, RuntimeError):  # a name too long, a "~user" of no one
        local = False
    if local:
        return ": a file on this machine; qabot add copies article files in"
    if _HOSTLIKE.match(url):
        return f": write it with its scheme, https://{url}"
    return ""
