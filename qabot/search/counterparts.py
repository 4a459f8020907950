"""Counterparts: a role an article gives someone only by naming whose counterpart they are
("Wenger's Bayern counterpart Felix Magath" is Bayern's manager, as Wenger is Arsenal's), for
`qabot.search.role_owners`. No role is recorded with such a name: the other person's role, the
one the articles give them, is the one held, for the body written before the noun."""

from __future__ import annotations

import re

from qabot.attribution import Match
from qabot.indexing import Index
from qabot.search.article_reads import ArticleReads
from qabot.text.lexicon import SAME_ROLE_NOUNS

MAX_OWNER_WORDS = 3  # "Wenger's Bayern Munich counterpart": the body's words before the noun
_NOUNS = "|".join(re.escape(noun).replace(r"\ ", r"\s+") for noun in sorted(SAME_ROLE_NOUNS))


def counterpart_of(
    index: Index,
    person: str,
    articles: list[str],
    match: Match,
    reads: ArticleReads | None = None,
) -> bool:
    """Return whether one of `articles` calls `person` the counterpart, for the owner asked
    ("Bayern" of "bayern's coach"), of someone it quotes whom the articles give the role asked
    and not that owner: "Wenger's Bayern counterpart Felix Magath", Wenger a manager. `reads`
    keeps what each article gave for the next person weighed for the same question."""
    surname = [w for w in person.split() if w[:1].isupper()][-1:]
    owner = {w.casefold() for w in match.owner_words}
    if not surname or not owner or not match.roles:
        return False
    phrase: re.Pattern[str] | None = None
    reads = ArticleReads(index) if reads is None else reads
    for article in articles:
        texts = [p.text for p in reads.passages(article) if surname[0] in p.text]
        if not any(re.search(rf"\b(?:{_NOUNS})", t, re.IGNORECASE) for t in texts):
            continue  # no pattern is compiled for an article with no such noun
        phrase = phrase or re.compile(
            r"(?P<other>[A-Z][\w.-]*)['’]s?\s+"
            rf"(?P<owner>(?:[A-Z][\w'’&.-]*\s+){{1,{MAX_OWNER_WORDS}}})"
            rf"(?i:{_NOUNS}),?\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{re.escape(surname[0])}\b"
        )
        quoted = reads.quoted_in(article)
        whole = " ".join(p.text for p in reads.passages(article))
        for text in texts:
            for found in phrase.finditer(text):
                # "Wenger's Bayern counterpart" is not Porto's coach; it is Bayern Munich's
                # when the article writes "Munich" too, as a name
                missing = owner - {w.casefold() for w in found.group("owner").split()}
                if 2 * len(missing) > len(owner) or not all(
                    re.search(rf"\b{re.escape(w[:1].upper())}(?i:{re.escape(w[1:])})\b", whole)
                    for w in missing
                ):
                    continue
                others = [
                    p for p in quoted if p != person and p.split()[-1] == found.group("other")
                ]
                if any(_holds(index, other, match, owner) for other in others):
                    return True
    return False


def _holds(index: Index, other: str, match: Match, owner: set[str]) -> bool:
    """Return whether the articles give `other` the role asked ("manager" for "coach") and
    never the owner asked: the role is held elsewhere, its counterpart the owner's."""
    roles = index.speakers.roles_of(other)
    return bool(roles & match.roles) and not owner & roles
