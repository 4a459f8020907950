"""Who a speaker phrase means when several people fit it and they are not namesakes (a role
many hold): ranked by the articles the question's description and topic match and by how much
the role is each one's, with whether the answer is sure. `qabot.search.resolution` finds who
fits; this tells them apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from qabot.attribution import Match
from qabot.indexing import Index
from qabot.search.resolution_record import MAX_CANDIDATES, MAX_CHOICES, SURE_MARGIN, Resolution
from qabot.text import tokenize
from qabot.text.lexicon import by_other_party_name

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

CONTEXT_PASSAGES = 40  # passages searched for the description and topic to tell people apart
TYPICAL_ROLE = 0.25  # a role is someone's when given them this share of their most given one
HOLDER_SHARE = 0.1  # ... and this share of the times its likeliest holder is given it, or once
DOMINANT = 6  # a bare role is one holder's when given them this many times as the next


def resolve_in_context(
    index: Index, match: Match, people: list[str], name: str, topic: str | None
) -> Resolution:
    """Return who `name` means among `people` (the likeliest of those `match` found, more
    than one), in a question about `topic`."""
    directory = index.speakers
    best_in_article: dict[str, float] = {}
    # a party by either of its names: "the Tory health spokesman" is read in the passages
    # calling them "Conservative" too
    for named in dict.fromkeys([name, by_other_party_name(name) or name]):
        terms = tokenize(f"{named} {topic or ''}")
        for passage, score in index.engine.search(terms, CONTEXT_PASSAGES) if terms else []:
            best = best_in_article.get(passage.article_id)
            if best is None or score > best:
                best_in_article[passage.article_id] = score
    if match.how == "role" and topic and not match.owner_words:
        # a role many hold, with nothing saying whose ("the chief executive"): the holder whose
        # article is about the topic ("... about McDonald's") may rank past the likeliest ones
        people += [
            person
            for person in match.people[MAX_CANDIDATES:]
            if any(a in best_in_article for a in directory.articles_of(person))
        ][:MAX_CANDIDATES]
    top_context = max(best_in_article.values(), default=0.0) or 1.0
    role_score = dict(zip(match.people, match.scores, strict=False))
    top_role = max((role_score.get(p, 0.0) for p in people), default=0.0) or 1.0
    holders = _holders(directory, people, name) if match.how == "role" else set()
    scored = []
    for rank, person in enumerate(people):
        context = max((best_in_article.get(a, 0.0) for a in directory.articles_of(person)),
                      default=0.0) / top_context  # fmt: skip
        fit = role_score.get(person, 0.0) / top_role
        if (
            topic
            and match.how == "role"
            and directory.role_share(person, name) >= 1.0
            and person in holders
        ):
            # the role asked, every word of it, and theirs (not "prime minister" once in a
            # hundred "Tory leader"s): the topic tells its holders apart
            fit = 1.0
        scored.append((fit + context, -rank, person))
    scored.sort(reverse=True)
    ranked = [person for *_, person in scored]
    unsure = len(scored) > 1 and scored[0][0] - scored[1][0] < SURE_MARGIN
    # "what did the minister say?": a bare role many hold means none of them more than the
    # others unless the topic points at one (with no topic, it never does); a role with words
    # of its own ("the new Welsh health minister") goes to the likeliest, others named
    bare = match.how == "role" and not match.owner_words and len(tokenize(name)) == 1
    # ... and with a topic, the one it points at is still a guess, said so: their words on it
    # pick them (`unsure_roles.topic_holders`), the others named
    unsure = unsure or (bare and len(scored) > 1)
    if bare and unsure:
        # ... unless the articles give one of them the role far more often than anyone else
        # (the chancellor, 45 times, beside a Lord Chancellor and foreign chancellors)
        given = sorted(
            ((directory.role_count(p, name), p) for p in ranked[:MAX_CANDIDATES]), reverse=True
        )
        if given[0][0] >= DOMINANT * max(given[1][0], 1):
            ranked = [given[0][1], *(p for p in ranked if p != given[0][1])]
            unsure = False
    if unsure and match.how == "role":
        # the choices offered are the role's holders, not people given it once in passing
        # ("the home secretary": the two home secretaries, not the opposition's spokesman)
        held = [p for p in ranked if p in holders]
        if held and held[0] == ranked[0]:
            ranked = held
            unsure = len(held) > 1
    choices = tuple(ranked[:MAX_CHOICES]) if unsure else ()
    if unsure and not bare:
        # a role with words of its own: only those about as likely as the best are offered
        # (its co-chairman, not the party's leader quoted beside the words)
        close = {person for score, _, person in scored if score >= scored[0][0] - SURE_MARGIN}
        if len([person for person in choices if person in close]) > 1:
            choices = tuple(person for person in choices if person in close)
    return Resolution(
        person=ranked[0], how=match.how, choices=choices, unsure=unsure, ask=unsure and bare
    )


def _holders(directory: SpeakerDirectory, people: list[str], role: str) -> set[str]:
    """Return those of `people` who hold `role` as theirs: given its head noun at least a
    quarter as often as their most given role word (not "prime minister" once in a hundred
    "Tory leader"s), and at least a tenth as often as the person given it most (not once, a
    likely misreading, beside a home secretary called so 32 times)."""
    counts = {p: directory.role_head_count(p, role) for p in people}
    top = max(counts.values(), default=0)
    return {
        p
        for p in people
        if counts[p] >= max(1.0, top * HOLDER_SHARE)
        and directory.role_typical(p, role) >= TYPICAL_ROLE
    }
