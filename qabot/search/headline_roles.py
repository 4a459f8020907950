"""Headline roles: a story whose headline names a body and whose opening sentence names its
role-holder by role alone ("SEC to rethink rules" / "The watchdog's chairman has said ..."),
for `qabot.search.role_owners`.

News stories open so: the headline names the body, the first sentence the role, and the name
comes a sentence later ("In a speech, Ada Vale promised ..."), never beside the role. The person
such a story quotes most is then the body's holder of that role, though no sentence ties them.
"""

from __future__ import annotations

import re

from qabot.attribution import Match, named
from qabot.indexing import Index
from qabot.text.patterns import lazy

_FIRST_SENTENCE = lazy(r"^.*?(?:[.!?](?=\s)|$)", re.DOTALL)
# a name and a comma just before a role: the role is that person's ("Ada Vale, head of ...")
_NAMED_BEFORE = lazy(r"[A-Z][\w'’-]*,\s+(?:[\w'’-]+\s+){0,3}$")


def role_in_headline(index: Index, article_id: str, match: Match) -> bool:
    """Return whether the article's headline names every owner word of the role asked and its
    opening sentence writes the role with no name after or just before it ("The US stock market
    watchdog's chairman has said", under "SEC to rethink post-Enron rules")."""
    info = index.articles.get(article_id)
    title = info.title if info else ""
    if not (title and match.owner_words and match.roles):
        return False
    if not all(named(title, word) for word in match.owner_words):
        return False
    passages = index.passages_of(article_id)[:1]
    opening = _FIRST_SENTENCE.match(passages[0].text) if passages else None
    roles = "|".join(re.escape(r) for r in sorted(match.roles))
    role = re.compile(rf"\b(?i:{roles})s?\b(?!\s+[A-Z])")
    text = opening.group() if opening is not None else ""
    # ... and not beside a name before it either: "Jef Raskin, head of the team behind the
    # first Mac, has died" gives the role to the one it names, not to whoever is quoted
    return any(not _NAMED_BEFORE.search(text[: found.start()]) for found in role.finditer(text))
