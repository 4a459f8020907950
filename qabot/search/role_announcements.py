"""Stories announcing a role ("The Lib Dems have appointed a senior figure from BT to be the
party's new communications chief"), for `role_owners`: such a story is about the role's holder,
named in the next sentence, though no sentence ties the owner to them.
"""

from __future__ import annotations

import re
from collections import Counter

from qabot.attribution import Match, is_group, named
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.headline_roles import role_in_headline
from qabot.text.patterns import lazy

_SENTENCE_SPLIT = lazy(r"(?<=[.!?])\s+")


def announced(
    index: Index,
    person: str,
    articles: list[str],
    by_article: dict[str, list[Passage]],
    match: Match,
) -> bool:
    """Return whether an article writes the role as asked, its kind and noun together, with
    its owner and no name beside it ("The Lib Dems have appointed a senior figure from BT to be
    the party's new communications chief"), and quotes `person` more than anyone else named: a
    story announcing a role is about its holder, named in the next sentence."""
    *others, kind = match.owner_words or ("",)
    if not (kind.isalpha() and match.roles):
        return False
    roles = "|".join(re.escape(r) for r in sorted(match.roles))
    # the kind in lower case, as a role's kind is written ("Nazi leader" is a name's)
    phrase = re.compile(rf"\b{re.escape(kind.casefold())}\s+(?i:{roles})s?\b(?!\s+[A-Z])")
    for article in articles:
        info = index.articles.get(article)
        title = info.title if info else ""
        if not any(
            phrase.search(sentence) and all(named(f"{title} {sentence}", w) for w in others)
            for passage in by_article[article]
            for sentence in _SENTENCE_SPLIT.split(passage.text)
        ) and not role_in_headline(index, article, match):
            continue
        counts = Counter(index.speakers.canonical(q) for q in index.quotes_of_articles([article]))
        named_counts = sorted(
            ((n, p) for p, n in counts.items() if len(p.split()) > 1 and not is_group(p)),
            reverse=True,
        )
        if (
            named_counts
            and named_counts[0][1] == person
            and (len(named_counts) == 1 or named_counts[1][0] < named_counts[0][0])
        ):
            return True
    return False
