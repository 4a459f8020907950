"""Credits, captions and bylines: the lines of a saved page that name who made it, not the
story ("Photo: Getty", "By Jane Doe, Reuters", a caption printed again with its credit), and the
outlet a byline names (inside `debris`)."""

from __future__ import annotations

import re

from qabot.ingest.notices import word_count
from qabot.ingest.sentence_end import ends_sentence
from qabot.text.lexicon import word_set
from qabot.text.patterns import lazy

_CREDIT = lazy(
    r"copyright|©|\bcredit|\bphoto|\bimage|\bpicture|getty|reuters|\bAP\b|\bAFP\b|\bEPA\b"
    r"|\bPA\b|shutterstock",
    re.IGNORECASE,
)
_CREDIT_LINE = lazy(
    r"^(?:©|\(c\)\s|copyright\b"
    r"|(?:photo|image|picture|video|illustration|graphic)s?\s*(?:credit)?s?\s*:|credits?\s*:)",
    re.IGNORECASE,
)
_CREDIT_INSIDE = lazy(r"©|\bCopyright\b|\bCredits?:|\b(?:Photo|Image|Picture)s?:")

_BYLINE = lazy(r"^(?i:by)\s+(?P<rest>[A-Z].*)$")
_BYLINE_SPLIT = lazy(r"\s*(?:[,;|/&]|\s(?:with|and|for|of|at|from)\s)\s*", re.IGNORECASE)
_ORG_WORDS = word_set(
    "news press times post agency media network tv radio journal herald guardian "
    "telegraph tribune daily weekly gazette reuters associated wire broadcasting "
    "corporation channel online magazine review standard observer independent chronicle "
    "globe mail express mirror bulletin today world international service"
)
_ROLE_WORDS = word_set(
    "editor correspondent reporter writer journalist contributor staff producer analyst "
    "columnist team desk"
)


def byline_source(rest: str) -> str | None:
    """Return the first organisation-looking name in a byline ("Jane Doe, Reuters" -> Reuters)."""
    for part in _BYLINE_SPLIT.split(rest):
        words = part.strip(" .-\u2013\u2014").split()
        if not words or words[-1].casefold() in _ROLE_WORDS:
            continue  # "Political Correspondent", "Reuters staff": a role, not the outlet
        lowered = {w.casefold().removesuffix("'s").removesuffix("\u2019s") for w in words}
        acronym = len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6
        single = len(words) == 1 and words[0][:1].isupper()
        if acronym or single or "." in part or lowered & _ORG_WORDS:
            return " ".join(words)
    return None


def is_caption_pair(line: str, following: str) -> bool:
    """A caption printed twice: once alone, once more with its credit ("... Copyright AP")."""
    if following == line:
        return not ends_sentence(line)
    if not following.startswith(line):
        return False
    rest = following[len(line) :]
    return word_count(rest) <= 10 and bool(_CREDIT.search(rest))


def is_credit(line: str) -> bool:
    """A copyright, photo or credit line ("© AP", "Photo: Jane Doe / Reuters")."""
    if _CREDIT_LINE.match(line):
        return word_count(line) <= 20
    if word_count(line) > 40 or ends_sentence(line):
        return False
    return bool(_CREDIT_INSIDE.search(line))


def byline(line: str) -> str | None:
    """Return the outlet ("" when none) if `line` is a byline, else None."""
    line = line.strip("*_ ")  # a Markdown byline: **By Jane Doe, Reuters**
    if word_count(line) > 12 or ends_sentence(line):
        return None
    match = _BYLINE.match(line)
    if match:
        return byline_source(match["rest"]) or ""
    parts = [part.strip() for part in line.split("|")]
    if len(parts) >= 2 and all(p and word_count(p) <= 4 and p[0].isupper() for p in parts):
        return byline_source(" | ".join(parts[1:])) or ""
    return None
