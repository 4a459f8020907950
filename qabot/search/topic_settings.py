"""A topic's setting, for ranking one speaker's quotes: "his temper at the australian open"
asked of a player quoted only in stories from that tournament is asked about his temper.

The setting's words are in every passage of theirs, each outweighing the subject's one word;
they tell none of the speaker's words apart, so the quotes are ranked without them. So are the
speaker's own role nouns (`without_own_roles`): "his future as leader" asked of a party leader
is asked about his future, for "Liberal Democrat leader X said" opens every report of his words.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.search.question_record import Question
from qabot.text import tokenize
from qabot.text.lexicon import ROLE_NOUNS
from qabot.text.patterns import lazy

# a speaker quoted in at most this many articles: more seldom all hold a word of the topic
EVERY_ARTICLE_MAX = 30
SETTING_PASSAGES = 100  # passages of the speaker's articles read for each word of a setting

# a topic's subject, then where it was said or done: "his temper at the australian open"
_SETTING = lazy(r"^(?P<subject>\S.*)\s+(?:at|during)\s+(?P<setting>[^,;]+)$", re.IGNORECASE)


def without_setting(index: Index, read: Question, articles: Collection[str]) -> tuple[str, ...]:
    """Return the topic's terms that rank a speaker's quotes (in `articles`): without the words
    of a setting after the subject that every one of those articles holds, when a word of the
    subject remains."""
    topic = read.topic_terms
    setting = _SETTING.match(read.speech.topic or "") if read.speech else None
    if setting is None or not 2 <= len(articles) <= EVERY_ARTICLE_MAX:
        return topic
    subject = set(tokenize(setting.group("subject")))
    where = PassageFilter(articles=frozenset(articles))
    everywhere = set()
    for term in set(tokenize(setting.group("setting"))) - subject:
        found = index.engine.search_scored([term], SETTING_PASSAGES, where)
        if len({found.span(i)[0] for i in range(len(found))}) == len(articles):
            everywhere.add(term)
    kept = tuple(term for term in topic if term not in everywhere)
    return kept if subject & set(kept) else topic


def without_own_roles(index: Index, topic: tuple[str, ...], person: str) -> tuple[str, ...]:
    """Return the topic's terms without the role nouns the articles give `person` ("leader",
    "coach"), when another term remains: the sentences attributing their words and the
    passages holding them name the role beside every quote, on whatever subject."""
    roles = {
        term
        for word in index.speakers.roles_of(person)
        if word.casefold() in ROLE_NOUNS
        for term in tokenize(word)
    }
    kept = tuple(term for term in topic if term not in roles)
    return kept if kept and len(kept) < len(topic) else topic
