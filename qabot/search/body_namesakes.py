"""A name that is both a body's and a person's: "what did Forbes say" where the articles quote
the magazine Forbes ("US publication Forbes") and a judge, Mr Justice Forbes.

The directory gives a one-word name to the one person holding it as a surname, when no one else
quoted under it has a role (a lone surname is nearly always that person, quoted short). A body
quoted under that very word is no such short form: its stories write it as a body's name (the
summary's gender "n", `qabot.attribution.speaker_genders`), and the reader may mean either. Which
one is asked (`resolution_record.Resolution.ask`), or the topic picks the one whose words are
on it (`unsure_roles.topic_holders`), rather than a person's words shown for the body's.
"""

from __future__ import annotations

from collections.abc import Sequence

from qabot.attribution.speaker_words import fold_name
from qabot.indexing import Index

_BODY = "n"  # a summary's gender for a body (`speaker_genders.BODY`)


def body_and_people(index: Index, name: str, people: Sequence[str]) -> bool:
    """Return True when `name` is one word that one of `people` is quoted as, a body in every
    article quoting it, and some other of `people` is a person holding it in a longer name
    ("Justice Forbes", "Ann Forbes")."""
    words = name.split()
    if len(words) != 1 or len(people) < 2:
        return False
    asked = fold_name(words[0])
    bodies = [p for p in people if fold_name(p) == asked and quoted_as_body(index, p)]
    return bool(bodies) and any(
        len(p.split()) > 1 and fold_name(p.split()[-1]) == asked for p in people
    )


def quoted_as_body(index: Index, speaker: str) -> bool:
    """Return True when every article quoting `speaker` under that name writes it as a body's."""
    rows = index.quote_rows
    genders = [
        summary.gender
        for article in index.speakers.articles_of(speaker)
        if article in rows
        for key, summary in rows[article].speakers.items()
        if key == speaker
    ]
    return bool(genders) and all(gender == _BODY for gender in genders)
