"""Misspelt speakers: a name the archive holds nowhere, read as the one person whose name is
close to it when that person is quoted in an article about the question's topic.

Readers misspell names they have only heard ("gebreselassie"). The directory suggests a close
name whenever a name matches nobody ("Did you mean ...?", a button in Telegram); a suggestion
is a guess, so the question is answered about that person directly only when the guess is the
only close name, the name asked is written in no passage (nobody else is meant), and the
topic confirms it. The answer's lead says how the name was read.
"""

from __future__ import annotations

from qabot.attribution import is_description
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.text import tokenize
from qabot.text.lexicon import first_name_gender, strip_title, title_gender

# the person's articles must hold a passage scoring this share of the archive's best for the
# topic (as an article is about a topic: speech_answers.ABOUT_TOPIC)
CONFIRMS = 0.5


def corrected_speaker(index: Index, name: str, topic_terms: tuple[str, ...]) -> str | None:
    """Return the one person a name matching nobody is a misspelling of, when the topic
    confirms them, else None."""
    if not topic_terms or not name or is_description(name):
        return None
    terms = tokenize(strip_title(name))
    if not terms or index.engine.idf(terms[-1:]).get(terms[-1], 0.0) > 0:
        return None  # a name some passage writes means someone never quoted, not a typo
    near = index.speakers.near(name)
    if len(near) != 1:
        return None  # several people are about as close: "Did you mean" them, not a guess
    person = near[0]
    gender = title_gender(name)
    if gender and first_name_gender(person.split()[0]) not in {gender, None}:
        return None  # "Mrs Blare" is not Tony Blair
    words = list(dict.fromkeys(topic_terms))
    best = index.engine.search(words, 1)
    where = PassageFilter(articles=frozenset(index.speakers.articles_of(person)))
    theirs = index.engine.search(words, 1, where) if where.articles else []
    if not best or not theirs or theirs[0][1] < CONFIRMS * best[0][1]:
        return None
    return person
