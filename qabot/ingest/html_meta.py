"""Page metadata: a saved page's tree -> the article's title and the outlet's name.

Pages name the site in many places, and most of them carry more than the name: `<title>` and
`og:title` append it ("Headline | Site", "Headline - Site — Site"), `og:site_name` may carry a
slogan ("Site | News | Weather"). The article's title is the page's headline (its `h1`) when one
matches the metadata title, else the metadata title freed of site-name segments; the outlet is the
site's name as the page writes it, without slogan, else the domain. General rules only: no list of
sites.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from qabot.text import without_soft_hyphens
from qabot.text.patterns import lazy

# " | ", " - ", " – ", " — ", " · ", " :: ", " : ", " » ", " « ", " / ": a separator has spaces
# on both sides, so "Letters: Coddling" and "re-election" stay whole
_SEPARATOR = lazy(r"\s+(?:[|\-\u2013\u2014\u00b7\u2022\u00bb\u00ab/]|::?)\s+")
_SEPARATOR_END = lazy(r"\s+(?:[|\-\u2013\u2014\u00b7\u2022\u00bb\u00ab/]|::?)\s*$")
_SEPARATOR_START = lazy(r"^\s*(?:[|\-\u2013\u2014\u00b7\u2022\u00bb\u00ab/]|::?)\s+")
_WORD = lazy(r"\w+")
_SCHEME = lazy(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)
# what a CMS puts in <title> when nobody wrote one
_PLACEHOLDER_TITLES = frozenset(
    "home homepage index untitled untitleddocument newpage document article post blog news "
    "wordpress".split()
)
MIN_HEADLINE_MATCH = 0.6  # share of an h1's words found in the metadata title
MAX_SITE_WORDS = 6  # a longer <title> segment is a section name or a slogan, not a site name


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page's markup says about the article (None when it says nothing)."""

    title: str | None
    outlet: str | None


def _text(value: str | None) -> str:
    return " ".join(without_soft_hyphens(value or "").split())


def _key(value: str) -> str:
    """Return letters and digits only, case-folded: "The Times of Israel" ~ "timesofisrael"."""
    return "".join(_WORD.findall(value.casefold())).replace("_", "")


def _first(tree: HtmlElement, *queries: str) -> str | None:
    for query in queries:
        for value in tree.xpath(query):
            text = _text(str(value))
            if text:
                return text
    return None


def _segments(title: str) -> list[str]:
    return [part for part in (p.strip() for p in _SEPARATOR.split(title)) if part]


def _domain(url: str | None) -> str | None:
    host = urlsplit(url or "").hostname or ""
    host = host.removeprefix("www.")
    return host or None


def _site_keys(names: list[str], domain: str | None) -> set[str]:
    """Return the keys a site-name segment may have (names, the domain with and without TLD)."""
    keys = {_key(name) for name in names if _key(name)}
    if domain:
        keys.add(_key(domain))
        labels = domain.split(".")
        core = max(labels[:-1] or labels, key=len)  # "jamaica-gleaner" of jamaica-gleaner.com
        keys.add(_key(core))
    return {key for key in keys if len(key) >= 3}


def _is_site(segment: str, keys: set[str]) -> bool:
    """Return True when a title segment names the site ("The Japan Times", "NOW Grenada")."""
    key = _key(segment)
    return bool(key) and any(
        key == site
        or (
            len(site) >= 5
            and len(key) <= 2 * len(site)
            and (key.startswith(site) or key.endswith(site))
        )
        for site in keys
    )


def strip_site_name(title: str, keys: set[str], declared: str | None = None) -> str:
    """Return `title` without leading and trailing segments that name the site.

    `declared` is the site name as the page declares it, slogan and all: "Headline - Site |
    News, Weather | City" loses the whole of it. Never nothing: a title that would lose every
    word (" | 0" with the site declared as "0") stays whole.
    """
    stripped = _strip_site_name(title, keys, declared)
    return stripped if stripped.strip() else title.strip()


def _strip_site_name(title: str, keys: set[str], declared: str | None) -> str:
    declared = _text(declared)
    head, tail = title[: -len(declared)], title[len(declared) :]
    if declared and title.endswith(declared) and (suffix := _SEPARATOR_END.search(head)):
        title = head[: suffix.start()]
    elif declared and title.startswith(declared) and (prefix := _SEPARATOR_START.match(tail)):
        return (_segments(tail[prefix.end() :]) or [title])[-1]  # the headline comes last
    parts = _segments(title)
    if len(parts) < 2:
        return title.strip()
    while len(parts) > 1 and _is_site(parts[-1], keys):
        parts.pop()
    if len(parts) > 1 and _is_site(parts[0], keys):
        # "Site » Section » Headline": the headline comes last
        parts = [parts[-1]]
    if len(parts) == len(_segments(title)):
        return title.strip()
    # keep the headline's own separators: cut the original at the first and last kept segment
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if 0 <= start < end else " | ".join(parts)


def _headline_match(h1: str, title: str) -> float:
    words = _WORD.findall(h1.casefold())
    if not words:
        return 0.0
    title_words = set(_WORD.findall(title.casefold()))
    return sum(word in title_words for word in words) / len(words)


def _home_link_texts(tree: HtmlElement, domain: str | None) -> list[str]:
    """Return texts of headings that link to the site's home page: the site's name, not a title."""
    texts: list[str] = []
    for link in tree.xpath("//h1//a[@href] | //h2//a[@href]"):
        href = str(link.get("href", "")).strip()
        target = urlsplit(href)
        home = target.path in ("", "/") and not target.query and not target.fragment
        if home and (not target.hostname or _domain(href) == domain):
            texts.append(_text(link.text_content()))
    return [text for text in texts if text]


def _clean_site(raw: str | None) -> str:
    """Return a declared site name without scheme and slogan ("Site | News, Weather" -> "Site")."""
    name = _SCHEME.sub("", _text(raw)).rstrip("/")
    return (_segments(name) or [""])[0] if name else ""


def outlet_name(
    raw: str | None, title_parts: list[str], domain: str | None, fallback: str | None = None
) -> str | None:
    """Return the outlet's name: the declared site name without slogan, else the `<title>`
    segment that names the domain, else `fallback` (the extractor's guess), else the domain.

    A lower-case run-together name ("pcgamer") takes the spelling of the title segment with the
    same letters ("PC Gamer").
    """
    name = _clean_site(raw)
    if not name:
        keys = _site_keys([], domain)
        named = [part for part in title_parts[1:] if _is_site(part, keys)]
        names = [part for part in named if "." not in part] or named  # a name, not a domain
        return names[0] if names else (_clean_site(fallback) or domain)
    for part in title_parts:
        if _key(part) == _key(name) and part != name and not name[:1].isupper():
            return part
    return name


def page_meta(
    tree: HtmlElement,
    *,
    url: str | None,
    fallback_title: str | None = None,
    fallback_site: str | None = None,
) -> PageMeta:
    """Return the article's title and the outlet's name as the page's markup gives them."""
    domain = _domain(url)
    html_title = _first(tree, "//head/title/text()", "//title/text()")
    og_title = _first(
        tree, '//meta[@property="og:title"]/@content', '//meta[@name="twitter:title"]/@content'
    )
    site = _first(
        tree,
        '//meta[@property="og:site_name"]/@content',
        '//meta[@name="application-name"]/@content',
    )
    title_parts = _segments(html_title or "")
    outlet = outlet_name(site, title_parts, domain, fallback_site)
    home_names = _home_link_texts(tree, domain)
    keys = _site_keys([n for n in (outlet, site, *home_names) if n], domain)
    metadata_title = og_title or html_title or fallback_title
    title = strip_site_name(metadata_title, keys, site) if metadata_title else None
    if title and _is_site(title, keys) and html_title:
        # the metadata title is the site's own name: the headline is in <title> after it
        rest = [part for part in _segments(html_title) if not _is_site(part, keys)]
        title = rest[-1] if rest else title

    def names_the_site(text: str) -> bool:
        return _key(text) in _PLACEHOLDER_TITLES or (bool(keys) and _is_site(text, keys))

    if title and names_the_site(title):
        title = None  # a CMS or site name: the page's headline says more
    known = [t for t in (title, og_title, html_title) if t and not names_the_site(t)]
    best, best_score = None, 0.0
    for h1 in (_text(h.text_content()) for h in tree.xpath("//body//h1")):
        if not h1 or names_the_site(h1) or h1 in home_names:
            continue
        if not known:  # no metadata title: the first headline is the title
            best = h1
            break
        score = max(_headline_match(h1, t) for t in known)
        if score >= MIN_HEADLINE_MATCH and (
            score > best_score or (score == best_score and len(h1) > len(best or ""))
        ):
            best, best_score = h1, score
    if best and title and _key(title) in _key(best) and _key(title) != _key(best):
        best = title  # "Section | Headline" in the h1: the metadata title is the headline alone
    headline = best or title or metadata_title
    if outlet is None and headline and len(title_parts) >= 2:
        # "Headline | Name" with no site declared: the rest of <title> names the site
        named = title_parts[-1]
        if _key(title_parts[0]) == _key(headline) and len(named.split()) <= MAX_SITE_WORDS:
            outlet = named
    return PageMeta(title=headline, outlet=outlet)
