"""Who a description means in the story a question is about, when the directory records no
one under it: "what did the northern ireland runner say after his 800m win in erfurt?" is the
person quoted in that story whom its article calls "The Northern Ireland runner", written beside
their name or in the sentence after it.

Descriptions like these (a nationality and a sport, a team and a position) are how articles
refer back to someone already named, so the index keeps them as no one's role; the question's
topic finds the story, the description's words as written find the place, and the quoted person
named nearest before it is who it describes.
"""

from __future__ import annotations

import re

from qabot.attribution import is_group
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import first_name_gender

STORY_PASSAGES = 10  # passages searched for the story the topic and description find
STORIES = 3  # the best articles among them read for the description as written
NEAR = 400  # characters between a name and the description written after it (two sentences)
_LEADING = frozenset("the a an".split())


def described_in_story(index: Index, phrase: str, topic: str | None) -> str | None:
    """Return the person quoted in the story `topic` finds whom its article calls `phrase`
    ("the wasps flanker"), named within two sentences before it (or right after it:
    "Wasps flanker Johnny O'Connor"); None when no story writes it, or two people fit."""
    words = [w for w in re.findall(r"[\w'’-]+", phrase.casefold()) if w not in _LEADING]
    if not topic or len(words) < 2:  # "the runner" alone describes too many
        return None
    if any(first_name_gender(word) for word in words):
        return None  # "margaret moran mp": a name typed in lower case, not a description
    written = re.compile(r"\b" + r"\W+".join(map(re.escape, words)) + r"\b", re.IGNORECASE)
    stories: list[str] = []
    for passage, _ in index.engine.search(tokenize(f"{phrase} {topic}"), STORY_PASSAGES):
        if passage.article_id not in stories:
            stories.append(passage.article_id)
    for article_id in stories[:STORIES]:
        found = _described_in(index, article_id, written)
        if found is not None:
            return found
    return None


def _described_in(index: Index, article_id: str, written: re.Pattern[str]) -> str | None:
    """Return the one person quoted in an article whose name stands nearest before a place
    where it writes the description (or just after it), if exactly one does."""
    passages = index.passages_of(article_id)
    places = [p.start + m.start() for p in passages for m in written.finditer(p.text)]
    if not places:
        return None
    quoted = {q.speaker for q in index.quotes_of_articles([article_id]) if not is_group(q.speaker)}
    named: dict[str, int] = {}  # person -> their name's nearest distance to a place
    for person in quoted:
        names = person.split()
        surname = names[-1]
        if len(names) < 2 or len(surname) < 3 or not person[:1].isupper():
            continue  # "a senior official", "Volkswagen": no person's name to find
        mark = re.compile(rf"\b{re.escape(surname)}\b")
        for passage in passages:
            for m in mark.finditer(passage.text):
                at = passage.start + m.start()
                for place in places:
                    # the name before the description ("McIlroy ... The Northern Ireland
                    # runner"), or right after it ("Wasps flanker Johnny O'Connor")
                    gap = place - at if at <= place else (at - place) * 4
                    if gap <= NEAR:
                        named[person] = min(gap, named.get(person, NEAR + 1))
    if not named:
        return None
    ranked = sorted(named, key=named.__getitem__)
    if len(ranked) > 1 and named[ranked[1]] < 2 * named[ranked[0]]:
        return None  # two names about as near: either may be the one described
    return ranked[0]
