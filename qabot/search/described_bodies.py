"""A quoted name asked with the common noun the articles put before it ("channel five" of "TV
channel Five", "network abc" of "US network ABC"): the name.

News writing introduces a body by what it is, "TV channel Five has been criticised ...", and
quotes it by its name alone, "Five said it had received 100 complaints". A reader asking "what
did channel five say?" means that body, though the directory holds no "Channel Five". The
question's last words are read as the name only where an article quoting that name writes the
whole phrase with a lower-case word right before the name (a noun describing it, not part of
another name: "John Smith" in a story quoting Mark Smith is another Smith; nor a link word:
"the senior analyst for Forrester" is one of its analysts, not Forrester).
"""

from __future__ import annotations

import re

from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.text import tokenize

DESCRIBED_PASSAGES = 20  # passages of the name's articles read for the phrase
_DETERMINERS = frozenset("the a an".split())
# lower-case words before a name that are no noun describing it: "analyst for Forrester" is
# someone at Forrester, not Forrester itself
_LINKS = frozenset("of for at from in on with to by and or".split())


def described_body(index: Index, phrase: str) -> str | None:
    """Return the one speaker `phrase` names by its last words, when an article quoting them
    writes the whole phrase (without an article opening it) with a lower-case word before the
    name; None otherwise."""
    words = phrase.split()
    if words[:1] and words[0].casefold() in _DETERMINERS:
        words = words[1:]  # "the network abc": the articles write "US network ABC"
    directory = index.speakers
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        found = directory.match(tail)
        if found.how not in {"name", "alias"} or len(found.people) != 1:
            continue
        person = found.people[0]
        where = PassageFilter(articles=frozenset(directory.articles_of(person)))
        hits = index.engine.search(tokenize(phrase), DESCRIBED_PASSAGES, where)
        before = r"\s+".join(re.escape(w) for w in words[:start])
        written = re.compile(rf"(?<!\w){before}\s+(?P<name>{re.escape(tail)})(?!\w)", re.I)
        for passage, _ in hits:
            for seen in written.finditer(passage.text):
                noun = passage.text[: seen.start("name")].split()[-1]
                if noun[:1].islower() and noun.casefold() not in _LINKS:
                    return person
        return None  # the longest name known: a shorter one is not what the phrase ends in
    return None
