"""The author of a work named in a question ("what did the author of Lawless World say?"), for
`qabot.search.resolution`: the articles seldom give the role ("author of ...") beside the
name; they name the work beside its author ("In his new book, Lawless World, Philippe Sands,
a QC, suggests ...", "Lawless World by Philippe Sands").
"""

from __future__ import annotations

from collections.abc import Collection

from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.patterns import lazy

AUTHOR_ROLES = frozenset("author writer novelist biographer".split())
WORK_NOUNS = frozenset("book novel memoir memoirs biography autobiography".split())
WORK_PASSAGES = 50  # passages searched for the work's title
NEAR_WORK = 3  # words between the work's noun and its title ("his new book, Lawless World")
NEAR_NAME = 3  # words between the title and its author's name (", Philippe Sands")
_WORD = lazy(r"[\w'’-]+")


def work_authors(index: Index, roles: Collection[str], title: tuple[str, ...]) -> list[str]:
    """Return the people quoted whose name stands just after (or "by" after) a work titled
    `title` (the question's words for it, any case), the work's noun just before the title:
    the authors of that work. None unless the role asked is an author's."""
    terms = tokenize(" ".join(title))
    if not title or not terms or AUTHOR_ROLES.isdisjoint(r.casefold() for r in roles):
        return []
    asked = [w.casefold() for w in title]
    directory = index.speakers
    found: dict[str, None] = {}
    for passage, _ in index.engine.search(terms, WORK_PASSAGES):
        words = _WORD.findall(passage.text)
        for at in range(len(words) - len(asked) + 1):
            run = words[at : at + len(asked)]
            if [w.casefold() for w in run] != asked or not all(w[:1].isupper() for w in run):
                continue
            before = {w.casefold() for w in words[max(0, at - NEAR_WORK) : at]}
            if before.isdisjoint(WORK_NOUNS):
                continue
            after = " ".join(words[at + len(asked) : at + len(asked) + NEAR_NAME + 3])
            quotes = index.quotes_of_articles([passage.article_id])
            quoted = {directory.canonical(q) for q in quotes}
            for person in sorted(p for p in quoted if " " in p):
                at_name = after.find(person)
                if at_name >= 0 and len(after[:at_name].split()) <= NEAR_NAME:
                    found[person] = None
    return list(found)
