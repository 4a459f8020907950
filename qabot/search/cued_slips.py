"""An article's slip in a quote's own cue: '"..." said Kudja' in an article quoting Jarek Kujda,
whose quote the attribution gave to Kujda. A name asked as the article wrote it is that person
(`misspelt_names`), even untitled and beside a namesake of theirs (his sister Malgorzata Kujda,
quoted in the same article): the cue says whose words it names.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qabot.indexing import Index
from qabot.text.lexicon import strip_title
from qabot.text.lowered import unjoined_matches


def cued_slip(index: Index, people: list[str], name: str, articles: Collection[str]) -> str | None:
    """Return the one of `people` (names the asked `name` is a letter off) whose quotes' cues
    write `name` as a name in every one of `articles` (those writing it), else None: a name the
    attribution read as one person's there is theirs; one written elsewhere, or in the cues of
    several people's words, may be someone else's."""
    bare = strip_title(name).split()
    if not people or not articles or not bare:
        return None
    pattern = re.compile(r"\s+".join(map(re.escape, bare)) + r"(?![\w-])", re.IGNORECASE)
    cued: dict[str, set[str]] = {}  # article -> the people whose cues there write the name
    for person in people:
        for quote in index.speakers.quotes_of(person):
            cue = quote.sentence.replace(quote.text, " ")  # not a name in the words quoted
            if quote.article_id in articles and any(
                found[0][:1].isupper() for found in unjoined_matches(pattern, cue)
            ):
                cued.setdefault(quote.article_id, set()).add(person)
    owners = [cued.get(article, set()) for article in articles]
    if not all(len(owner) == 1 for owner in owners):
        return None
    found = set().union(*owners)
    return found.pop() if len(found) == 1 else None
