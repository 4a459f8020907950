"""A knight's or peer's title asked with one name ("sir alex", "lord coe", "dame kelly"): the
namesakes the articles write with that title before the name, not every Alex quoted.

"Sir Alex" is Alex Ferguson to a reader of football news, though Alex McLeish and Alex Salmond
are quoted too: the articles write "Sir Alex Ferguson" and never "Sir Alex Salmond". The title
tells namesakes apart only where the articles give it; with no such writing, all stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import HONOURS

TITLED_PASSAGES = 40  # passages of the namesakes' articles read for the title


def titled_people(index: Index, asked: str, people: Sequence[str]) -> list[str]:
    """Return those of `people` (namesakes of the one name asked after a title) whom some
    passage of their articles writes with that title: "Sir Alex Ferguson", or "Sir Alex" /
    "Lord Coe" beside their full name's other word. Empty when the question asks no title
    or the articles write none of them so."""
    words = asked.split()
    if len(words) != 2 or words[0].casefold().rstrip(".") not in HONOURS or len(people) < 2:
        return []
    title, name = words[0].rstrip("."), words[1]
    directory = index.speakers
    where = PassageFilter(
        articles=frozenset(a for person in people for a in directory.articles_of(person))
    )
    hits = index.engine.search(tokenize(f"{title} {name}"), TITLED_PASSAGES, where)
    found = []
    for person in people:
        # "Sir Alex Ferguson", or "Sir Alex" in a passage of theirs that names them in full
        full = re.compile(rf"\b{re.escape(title)}\s+{re.escape(person)}\b", re.IGNORECASE)
        short = re.compile(rf"\b{re.escape(title)}\s+{re.escape(name)}\b", re.IGNORECASE)
        theirs = set(directory.articles_of(person))
        if any(
            full.search(passage.text)
            or (
                passage.article_id in theirs
                and short.search(passage.text)
                and person.casefold() in passage.text.casefold()
            )
            for passage, _ in hits
        ):
            found.append(person)
    return found if len(found) < len(people) else []
