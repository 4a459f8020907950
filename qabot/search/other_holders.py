"""Other holders of a role asked about, when the one it was resolved to said nothing on the
topic: "what did the coach say about the wet pitch?" goes to the coach the articles call so
most often, and when none of his words are about it, the coach who spoke of it is the one the
reader likely means.

The role's holders (`SpeakerDirectory.match`) are many ("the coach": over a hundred people
given the word); reading every one's quotes costs far more than a question may. Their
articles are searched for the topic's words instead, and only the few best passages' articles
read: a holder quoted there, in words (or their sentence) holding a word of the topic, may be
meant. `unsure_roles.topic_holders` then judges their words as it judges any holders', so a
holder is chosen only for words about the topic.
"""

from __future__ import annotations

from qabot.attribution import is_description, is_group
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.search.role_owners import owned
from qabot.search.speaker_variants import quoted_as
from qabot.search.story_descriptions import named_beside
from qabot.text import terms_of

STORY_PASSAGES = 20  # passages of the holders' articles searched for the topic
MAX_OTHERS = 4  # holders offered beside the one resolved


def other_holders(
    index: Index, phrase: str, known: tuple[str, ...], topic_terms: tuple[str, ...]
) -> tuple[str, ...]:
    """Return the people `phrase` (a role) may mean, apart from `known`, quoted in the best
    stories of the role's holders on the topic in words holding a term of it, best first;
    none when the phrase names no role or no holder spoke of it."""
    if not topic_terms or not is_description(phrase):
        return ()
    directory = index.speakers
    match = directory.match(phrase)
    if match.how != "role":
        return ()
    people = [p for p in match.people if p not in known and not is_group(p)]
    # ... and the holder the articles leave unnamed, quoted under the role's very words ("the
    # captain said ..."): no entry gives them the role, yet they are its holder in that story;
    # one their article names beside those words is that person (`named_beside`)
    unnamed = quoted_as(directory, phrase)
    if unnamed is not None:
        unnamed = named_beside(index, unnamed) or unnamed
    if unnamed is not None and unnamed not in (*known, *people):
        people.append(unnamed)
    articles = frozenset(a for p in people for a in directory.articles_of(p))
    if not articles:
        return ()
    hits = index.engine.search(list(topic_terms), STORY_PASSAGES, PassageFilter(articles=articles))
    stories = list(dict.fromkeys(passage.article_id for passage, _ in hits))
    holders = set(people)
    topic = set(topic_terms)
    found: list[str] = []
    for quote in index.quotes_of_articles(stories):
        person = directory.canonical(quote)
        if (
            person in holders
            and person not in found
            and not topic.isdisjoint((*terms_of(quote.text), *terms_of(quote.sentence)))
        ):
            found.append(person)
    rank = {article: n for n, article in enumerate(stories)}
    first = {p: min(rank.get(a, len(rank)) for a in directory.articles_of(p)) for p in found}
    found.sort(key=lambda p: first[p])
    if match.owner_words and match.unowned:  # "the Conservative MP": a sentence says whose
        found = owned(index, found, match, max_people=MAX_OTHERS)
    return tuple(found[:MAX_OTHERS])
