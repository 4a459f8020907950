"""A plural group asked ("the associates") is not those whose stories write its singular only
as the rank of another title ("associate director Fiona Deans", "deputy editor", "assistant
coach").

The directory keeps a person's role words as a bag, so "associates" found every "associate
director" beside "a close associate of" the Yukos boss. In English the noun that heads a title
comes last: a noun written right before another person's noun is a word of that title, not
what the person is. Asked for by a plural, a role is held only by those whose stories write
the noun somewhere as a head (before a name, "of", a verb, a stop), the way firm_names keeps
those whose stories write it outside firms' names; only the sentences that name the person
count. A body's word before a title is whose title it is, not its rank: "union leader Ana
Ruiz" speaks for the unions. "General" after a title is no title of its own ("director
general", "attorney general"): the title before it is the head.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.search.kinds_of_people import singular
from qabot.text import STOP_WORDS, sentence_spans
from qabot.text.lexicon import BODY_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, ROLE_NOUNS
from qabot.text.patterns import lazy

# a word after a title that makes no title of its own: "director general", "secretary general"
_AFTER_A_HEAD = frozenset({"general"})
_TITLES = (PERSON_NOUNS | ROLE_NOUNS) - _AFTER_A_HEAD
# a body's word before a title says whose it is: the "union leader" speaks for the unions
_BODIES = ORGANISATION_WORDS | BODY_NOUNS
TITLE_REACH = 3  # words after a rank that may end its title: "assistant chief constable"
_PLURAL = lazy(r"[a-z]{3,}s")


def _uses(noun: str) -> re.Pattern[str]:
    """Return a pattern of `noun` (a plural) and its singular, as whole words, each with the
    words after it up to TITLE_REACH ("deputy prime minister", "assistant chief constable")."""
    one = re.escape(singular(noun))
    after = rf"(?P<next>(?:\s+[A-Za-z]+){{0,{TITLE_REACH}}})"
    return re.compile(rf"(?<![\w&-]){one}(?:e?s)?(?![\w-]){after}", re.I)


def _before_a_title(words: str) -> bool:
    """Return whether the words after a noun go on to a title's head ("prime minister", "chief
    constable") before any stop word: then the noun is that title's rank."""
    for word in words.casefold().split():
        if word in STOP_WORDS:
            return False
        if word in _TITLES or singular(word) in _TITLES:
            return True
    return False


def only_as_a_rank(index: Index, person: str, noun: str) -> bool:
    """Return whether the stories quoting `person` write the plural `noun`'s singular (or it)
    and write it only before another title ("associate director"): no role of theirs to a
    plural group asked."""
    if not _PLURAL.fullmatch(noun) or singular(noun) in _BODIES:
        return False
    pattern = _uses(noun)
    # only where the sentence names them: "the referee and his assistants" in a story of
    # "Barcelona assistant coach Henk Ten Cate" is someone else's word
    named = re.compile(rf"(?<![\w-]){re.escape(person.split()[-1])}(?![\w-])")
    found = False
    for article_id in index.speakers.articles_of(person):
        for passage in index.passages_of(article_id):
            text = passage.text
            if not pattern.search(text):
                continue
            for start, end in sentence_spans(text):
                sentence = text[start:end]
                if not named.search(sentence):
                    continue
                for match in pattern.finditer(sentence):
                    found = True
                    if not _before_a_title(match.group("next")):
                        return False
    return found


def held_as_heads(index: Index, people: Sequence[str], noun: str) -> list[str]:
    """Return `people` but those whose stories write `noun` (a plural) only as a title's rank."""
    return [person for person in people if not only_as_a_rank(index, person, noun)]
