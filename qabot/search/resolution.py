"""Who a question means: its speaker resolved against the speaker directory, in context.

The directory (`qabot.attribution.SpeakerDirectory.match`) knows names, their variants, aliases
and the roles the articles give people. When several people fit (a shared surname, a role many
have held), the question's own words decide: the articles that best match the description and
topic point at the person meant. When that leaves a doubt the answer says so and offers choices.
"""

from __future__ import annotations

from dataclasses import dataclass

from qabot.indexing import Index
from qabot.text import tokenize

CONTEXT_PASSAGES = 40  # passages searched for the description and topic to tell people apart
MAX_CANDIDATES = 30  # people weighed for one description
MAX_CHOICES = 5  # names offered when a surname or role is ambiguous
SURE_MARGIN = 0.25  # the best must lead the next by this much (of a 0-2 scale) to be sure


@dataclass(frozen=True, slots=True, kw_only=True)
class Resolution:
    """The person a question's speaker phrase means, and the others it may mean."""

    person: str | None  # canonical name, None when nobody fits
    how: str = "none"  # "name", "alias", "surname", "role", "none" (see Match)
    choices: tuple[str, ...] = ()  # other people it may mean, when unsure (best first)
    unsure: bool = False


def resolve_speaker(index: Index, name: str, topic: str | None) -> Resolution:
    """Return who `name` means in a question about `topic`."""
    directory = index.speakers
    match = directory.match(name)
    people = match.people[:MAX_CANDIDATES]
    if not people:
        return Resolution(person=None)
    if len(people) == 1 or not match.ambiguous:
        return Resolution(person=people[0], how=match.how)
    terms = tokenize(f"{name} {topic or ''}")
    best_in_article: dict[str, float] = {}
    for passage, score in index.engine.search(terms, CONTEXT_PASSAGES) if terms else []:
        best_in_article.setdefault(passage.article_id, score)
    top_context = max(best_in_article.values(), default=0.0) or 1.0
    top_role = max(match.scores[: len(people)], default=0.0) or 1.0
    top_count = max(directory.count(p) for p in people) or 1
    scored = []
    for rank, person in enumerate(people):
        context = max((best_in_article.get(a, 0.0) for a in directory.articles_of(person)),
                      default=0.0) / top_context  # fmt: skip
        if match.how == "role":
            prior = match.scores[rank] / top_role
        else:  # a shared surname: the more quoted person is the likelier one
            prior = 0.3 * directory.count(person) / top_count
        scored.append((prior + context, -rank, person))
    scored.sort(reverse=True)
    ranked = [person for *_, person in scored]
    unsure = len(scored) > 1 and scored[0][0] - scored[1][0] < SURE_MARGIN
    named = [person for person in ranked if len(person.split()) > 1]  # not a bare "Blair"
    choices = tuple(named[:MAX_CHOICES]) if unsure or match.how == "surname" else ()
    return Resolution(person=ranked[0], how=match.how, choices=choices, unsure=unsure)
