"""Pages that are not articles, and where a story stops (for `cleaning` and `html_pages`).

A saved page may hold no story at all: a cookie or consent wall, a login or subscription page,
a template with `{{...}}` placeholders, a menu or a list of links. Such a page is skipped with a
warning naming what it is, as a broken file would be, instead of indexing its menus. A paywall
prompt ("To read the full story, subscribe") ends the story: what follows it is the sales pitch.
Every rule is about the shape and the wording of page furniture, never about one site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qabot.ingest.sentence_end import ends_sentence
from qabot.records import Article
from qabot.text.patterns import lazy

_PLACEHOLDER = lazy(r"\{\{[^{}\n]{1,80}\}\}|\{%[^{}\n]{1,80}%\}|\$\{[\w.]{1,40}\}")
_CONSENT = lazy(
    r"\bcookies?\b|\bconsent\b|\bprivacy (?:settings|preferences|policy)\b|\baccept all\b"
    r"|\bmanage (?:options|preferences|settings)\b|\bpartners? (?:process|store)\b",
    re.IGNORECASE,
)
_LOGIN = lazy(
    r"\b(?:log ?in|sign ?in|sign up|register|create (?:an|your) account|forgot (?:your )?"
    r"password|subscribe|subscription|subscribers?)\b",
    re.IGNORECASE,
)
# A prompt saying the rest of the story is behind a paywall or a login.
_PAYWALL = lazy(
    r"(?:subscribe|subscription|subscriber|sign in|sign up|log ?in|register|members?)\b.{0,80}"
    r"\b(?:full (?:story|article)|continue reading|keep reading|rest of (?:the|this) (?:story"
    r"|article)|unlimited (?:digital )?access|access (?:to )?(?:the |this )?(?:full |entire )?"
    r"(?:story|article|content))"
    r"|\bto (?:view|read|continue reading|access|unlock) (?:the |this )?(?:full|rest of (?:the|"
    r"this)|entire|complete)? ?(?:story|article)\b.{0,40}\b(?:subscribe|subscription|sign in|"
    r"log ?in|register|member)"
    r"|\balready (?:a )?(?:subscriber|member)\b"
    r"|\b(?:this|the) (?:story|article|content) is (?:only )?(?:available )?(?:for|to|reserved "
    r"for) (?:paying |premium )?(?:subscribers|members)\b",
    re.IGNORECASE,
)
# every _PAYWALL match holds one of these (most lines none: the pattern need not run)
_PAYWALL_WORDS = ("subscri", "sign", "log", "register", "member", "already")
_TO_THE_READER = lazy(
    r"\b(?:you|your|you're|you\u2019re|please)\b|^(?:subscribe|sign|log|register|join|to|become)\b",
    re.IGNORECASE,
)
_CONSENT_ACTION = lazy(r"\b(?:accept|agree|allow|reject|decline|manage|settings)\b", re.I)
LINKS_ONLY = "mostly navigation or links, with no article text"
NO_TEXT = "no article text found, only a title or page furniture"


@dataclass(frozen=True, slots=True)
class PageReading:
    """One file read: its article, or what it is instead (for the warning)."""

    article: Article | None
    problem: str | None = None
    note: str | None = None  # something of the article that could not be read (a warning)


PAYWALL_WORDS = 60  # a prompt is short; a longer paragraph that mentions subscribing is prose
OVERLAY_WORDS = 150  # this much story after a paywall prompt: the prompt was an overlay
MIN_PROSE_WORDS = 40  # an HTML page with less prose than this is furniture (menus, links)
SHORT_PAGE_WORDS = 150  # below this, consent and login wording makes the page a notice


def is_paywall_prompt(line: str) -> bool:
    """Return True for a line telling the reader the story continues for subscribers only.

    The prompt speaks to the reader ("you", "please", "Subscribe now"): a story saying that a
    service gives "subscribers unlimited access" is reporting, not a prompt.
    """
    if line.isascii():  # exact for ASCII only: IGNORECASE folds "ſ" to "s", lower() does not
        lowered = line.lower()
        if not any(word in lowered for word in _PAYWALL_WORDS):
            return False
    return (
        len(line.split()) <= PAYWALL_WORDS
        and bool(_PAYWALL.search(line))
        and bool(_TO_THE_READER.search(line))
    )


def cut_at_paywall(lines: list[str]) -> tuple[list[str], bool]:
    """Return the lines before the first paywall prompt, and whether there was one.

    When more of the story follows the prompt than came before it, the page holds the whole
    story behind an overlay: only the prompt goes.
    """
    for i, line in enumerate(lines):
        if line and is_paywall_prompt(line):
            after = prose_words(lines[i + 1 :])
            if after > max(prose_words(lines[:i]), OVERLAY_WORDS):
                return [*lines[:i], *lines[i + 1 :]], False
            return lines[:i], True
    return lines, False


def prose_words(paragraphs: list[str]) -> int:
    """Count the words of paragraphs that read as sentences (menus and link lists do not)."""
    total = 0
    for paragraph in paragraphs:
        for line in paragraph.split("\n"):
            n = len(line.split())
            if (n >= 6 and ends_sentence(line)) or n >= 20:
                total += n
    return total


def not_an_article(
    title: str, paragraphs: list[str], *, paywalled: bool = False, web_page: bool = False
) -> str | None:
    """Return what the page is when it is not an article (for the warning), else None.

    `web_page` adds the check for pages with next to no prose among menu lines and links: an
    HTML page whose extracted text is mostly those. Text files are never judged on that: a short
    note is still an article.
    """
    text = "\n".join(paragraphs)
    prose = prose_words(paragraphs)
    if _PLACEHOLDER.search(title) or (
        len(_PLACEHOLDER.findall(text)) >= 2
        and prose_words([_PLACEHOLDER.sub("", p) for p in paragraphs]) < MIN_PROSE_WORDS
    ):  # a post about templates quotes placeholders inside sentences of its own
        return "a page template ({{...}} placeholders), not an article"
    words = len(text.split())
    if (
        words < SHORT_PAGE_WORDS  # first: the consent terms are looked for in short pages only
        and len({match.casefold() for match in _CONSENT.findall(text)}) >= 2
        and _CONSENT_ACTION.search(text)
    ):
        return "a cookie or consent notice, not an article"
    if paywalled and prose < MIN_PROSE_WORDS:
        return "a subscription or login page (the story is behind a paywall), not an article"
    if words < SHORT_PAGE_WORDS and prose < MIN_PROSE_WORDS and len(_LOGIN.findall(text)) >= 2:
        return "a login or subscription page, not an article"
    if web_page and prose < MIN_PROSE_WORDS and prose < words / 2:
        return LINKS_ONLY
    return None
