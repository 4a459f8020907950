"""Bylines: what a page, a file's front matter or a record gives as its author -> people's names.

Metadata's author field holds more than names: "Jobs; Hire" (a menu), "Article by", "No Author",
"Staff Writer", "The Planetary Press" (an outlet), "Art Edwards says" (a comment's heading),
"Grant Tinsley; PhD". A byline is shown beside an article's source, so only what reads as a
person's name is kept (two to four capitalised words, initials and name particles allowed,
none of them a function word or a newsroom role); anything else is no byline at all.
"""

from __future__ import annotations

import re

from qabot.text import listed
from qabot.text.lexicon import strip_title
from qabot.text.patterns import lazy

MAX_AUTHORS = 3  # a longer list is a masthead or a credits box, not a byline
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 4
_SEPARATORS = lazy(r"\s*(?:;|,|\band\b|&|\|)\s*", re.IGNORECASE)
_BY = lazy(r"^(?:written\s+)?by\s+", re.IGNORECASE)
_INITIAL = lazy(r"^[A-Z]\.?$")
# letters, with inner hyphens or apostrophes ("Quibeldey-Cirkel", "O'Callaghan"), or an initial
_WORDLIKE = lazy(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
# particles inside a name ("Jose de la Cruz", "Ludwig van Beethoven"), in lower case
_PARTICLES = frozenset("de del della der di da das do dos du la le van von bin ibn al el".split())
# words that are never part of a person's name in a byline: function words, newsroom roles and
# the labels of empty author fields (a closed class, not names)
_NOT_NAME = frozenset(
    """
    a an the of and or by for from in on at to with what who how why when says said no none not
    is are was has have staff writer writers editor editors reporter reporters correspondent team
    desk news newsroom admin administrator author authors contributor contributors guest letters
    press agency wire wires service services media group online digital web site editorial board
    opinion report reports column columnist phd md
    """.split()
)


def byline_names(raw: object, *, outlet: str | None = None) -> str | None:
    """Return the people's names in an author field ("Jessica Holly, Gail Levy and Kathleen
    Ditton"), or None when it names nobody. `raw` may be text, a {"name": ...} object or a list
    of either (JSON records and feeds). `outlet`: the site's name, never taken for a person."""
    if isinstance(raw, dict):
        raw = raw.get("name")
    if isinstance(raw, list):
        parts = [p.get("name") if isinstance(p, dict) else p for p in raw[: MAX_AUTHORS + 1]]
        raw = "; ".join(p for p in parts if isinstance(p, str))
    if not isinstance(raw, str):
        return None
    names: list[str] = []
    for part in _SEPARATORS.split(" ".join(raw.split())):
        name = _name(strip_title(_BY.sub("", part.strip(" .:-–—"))))
        if name and name not in names and (not outlet or name.casefold() != outlet.casefold()):
            names.append(name)
    if not names or len(names) > MAX_AUTHORS:
        return None
    return listed(names, "and")


def _name(part: str) -> str | None:
    """Return `part` when it reads as one person's name (ALL CAPS made title case), else None;
    an honorific before it ("Dr", "Prof.") is already gone (`strip_title`)."""
    words = part.split()
    if not MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS:
        return None
    if part.isupper():
        words = [w.capitalize() if not _INITIAL.match(w) else w for w in words]
    named = 0
    for word in words:
        bare = word.strip(".'’")
        if word.casefold() in _PARTICLES and named:
            continue
        if bare.casefold() in _NOT_NAME or not bare[:1].isupper() or not _WORDLIKE.fullmatch(bare):
            return None
        named += 1
    return " ".join(words) if named >= MIN_NAME_WORDS else None
