"""A kind of body asked for by its kind's word alone ("the army", "the council"), for
`qabot.search.resolution`: whether a role's holder speaks for a body of that kind, or for one
whose name only holds the word.

The directory records role words without their case, so "Harvest Army spokesman" gives its
holder the word "army" as "an army spokesman" does. A body of the kind is written so in the
articles quoting its voice: "the army", "an army spokesman", "police said" in lower case. A
name that holds the word as its last part ("Salvation Army", a charity) is written with a
capital wherever it appears, and its voice does not answer "what did the army say?".
"""

from __future__ import annotations

import re
from dataclasses import replace

from qabot.indexing import Index
from qabot.search.resolution_record import Resolution

OWN_ARTICLES = 5  # articles read per holder for the word written in lower case


def of_the_kind(index: Index, found: Resolution, word: str) -> Resolution:
    """Return `found` (who a role asked as "the <word>" means) without the people no article
    quoting them writes `word` in lower case: they speak for a body only named with it."""
    if found.person is None or found.how != "role":
        return found
    lower = re.compile(rf"(?<![\w-]){re.escape(word.casefold())}s?(?![\w-])")
    kept = [
        person
        for person in dict.fromkeys((found.person, *found.choices))
        if any(
            lower.search(passage.text)
            for article in index.speakers.articles_of(person)[:OWN_ARTICLES]
            for passage in index.passages_of(article)
        )
    ]
    if not kept:
        return Resolution(person=None)
    if kept[0] == found.person and len(kept) == len(found.choices or [found.person]):
        return found
    if len(kept) == 1:
        return Resolution(person=kept[0], how=found.how)
    return replace(found, person=kept[0], choices=tuple(kept))
