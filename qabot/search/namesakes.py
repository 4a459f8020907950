"""Namesakes at question time: which of several people sharing the surname asked about the
question means, told apart by the topic in their own articles (`qabot.search.resolution` hands
them over when a surname or first name alone fits more than one).
"""

from __future__ import annotations

import math
import weakref
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from qabot.attribution import is_group
from qabot.attribution.speaker_words import fold_name
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.duplicates import held_terms
from qabot.search.resolution_record import MAX_CHOICES, SURE_MARGIN, Resolution
from qabot.text import tokenize

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

NAMESAKES = 8  # people sharing a surname whose articles are searched for the topic
MORE_NAMESAKES = 32  # ... when none of them speaks of it
NAMESAKE_PASSAGES = 10  # passages searched per namesake (their full name and the topic)
# ... of which those scoring this share of the best count (as an article is about a topic when
# its best passage scores half the best: speech_answers.ABOUT_TOPIC)
NAMESAKE_SHARE = 0.5
PRIOR = 0.3  # how much being the most quoted counts: alone, it is sure only when 6x the next
WHOLE_FIT = 0.99  # a namesake's passage holding this share of the topic's weight holds it all
# ... and this share, a passage holding all of it though no sentence of it names them in full
# (`_share` halves it)
TOPIC_HELD = 0.5


def body_itself(people: Sequence[str], asked: str) -> str | None:
    """Return the body among `people` named exactly as asked ("ukip" is UKIP, not London UKIP
    quoted nearly as often; "labour" is Labour, not Scottish Labour), or None: a branch's
    name holds the body's, never the other way round."""
    wanted = fold_name(asked).removeprefix("the ")
    # the name first: most people asked about are no body, and telling costs ~15 us a name
    same = [p for p in people if fold_name(p).removeprefix("the ") == wanted and is_group(p)]
    return same[0] if len(same) == 1 else None


def resolve_namesakes(index: Index, people: list[str], topic: str | None) -> Resolution:
    """Several people share the surname asked about: the one whose articles are about the
    topic, else the one quoted far more often than the others; unsure otherwise.

    The namesakes' own articles are searched for their full names and the topic, so a rarely
    quoted person whose story is the topic ("Howard" on Australia) is found however many other
    passages mention the topic: one search over all their articles (NAMESAKE_PASSAGES hits per
    namesake), its hits then told apart by whose article holds them. A hit counts only when it
    scores NAMESAKE_SHARE of the best: a weak one (a common topic word somewhere in the articles
    of someone quoted often) says nothing of who is meant."""
    return namesakes_on(index, people, tuple(tokenize(topic or "")))


def namesakes_on(index: Index, people: list[str], topic_terms: tuple[str, ...]) -> Resolution:
    """Return `resolve_namesakes` for a topic already analysed (`topic_terms`)."""
    directory = index.speakers
    topic_terms = tuple(dict.fromkeys(topic_terms))
    weights = index.engine.idf(topic_terms) if topic_terms else {}
    total = math.fsum(weights.values())
    scored = _scored(index, _namesakes(directory, people, NAMESAKES), weights)
    best_fit = max((fit for _score, fit, *_rest in scored), default=0.0)
    if total > 0 and best_fit < WHOLE_FIT and len(people) > NAMESAKES:
        # none of the most quoted speaks of the topic, or of all of it: the rarely quoted
        # may ("Scott" on a film is the director quoted once, not the five Scotts quoted
        # most; "Williams" on Wales winning the Grand Slam the Welsh player, not the tennis
        # player who spoke of a grand slam)
        scored = _scored(index, _namesakes(directory, people, MORE_NAMESAKES), weights)
    if total > 0 and not any(fit for _score, fit, *_rest in scored):
        # passages naming several of them outscore, on the names alone, the one passage
        # holding the topic, which falls under NAMESAKE_SHARE of the best ("Williams" on the
        # slowdown: Serena and Venus Williams named together score over twice "... the
        # recent slowdown, said Peter Williams"): searched for the topic alone, their
        # articles may still tell who spoke of it, when a passage of theirs holds all of it
        # (one holding a word of it, "landing" of "the moon landing", tells nothing)
        widest = _namesakes(directory, people, MORE_NAMESAKES)
        by_topic = _scored(index, widest, weights, by_name=False)
        if max(fit for _score, fit, *_rest in by_topic) >= TOPIC_HELD:
            scored = by_topic
    scored.sort(key=lambda each: (each[0], each[2], each[3]), reverse=True)
    ranked = [person for *_, person in scored]
    unsure = len(scored) > 1 and scored[0][0] - scored[1][0] < SURE_MARGIN
    return Resolution(
        person=ranked[0],
        how="surname",
        choices=tuple(ranked[:MAX_CHOICES]),
        unsure=unsure,
        # with a topic, their words tell them apart as a role's holders' do (`unsure_roles`):
        # one on it answers, several are shown side by side; only none on it asks which
        ask=unsure and total <= 0,
    )


def _scored(
    index: Index, namesakes: Namesakes, weights: dict[str, float], *, by_name: bool = True
) -> list[tuple[float, float, int, str]]:
    """Return (score, topic fit, -rank, person) of each namesake: how well their own articles
    hold the topic, plus PRIOR for being quoted most; their articles are searched for their
    names and the topic, or (not `by_name`) the topic alone."""
    directory = index.speakers
    named, owns, names = namesakes.named, namesakes.owns, namesakes.names
    total = math.fsum(weights.values())
    top_count = max(directory.count(p) for p in named) or 1
    hits: list[tuple[Passage, float]] = []
    if total > 0 and namesakes.where.articles:
        searched = namesakes.name_terms if by_name else ()
        words = list(dict.fromkeys([*searched, *weights]))
        found = index.engine.search_scored(words, NAMESAKE_PASSAGES * len(named), namesakes.where)
        floor = NAMESAKE_SHARE * max(found.scores, default=0.0)
        # scores first: only the passages of the hits that count are read
        hits = [
            (found.passage(i), score) for i, score in enumerate(found.scores) if score >= floor
        ]
    scored = []
    for rank, person in enumerate(named):
        own, name = owns[person], names[person]
        fit = max(
            (_share(p, weights, name) / total for p, _ in hits if p.article_id in own),
            default=0.0,
        )
        scored.append((fit + PRIOR * directory.count(person) / top_count, fit, -rank, person))
    return scored


@dataclass(frozen=True, slots=True, kw_only=True)
class Namesakes:
    """The people of a shared surname whose articles are searched (`resolve_namesakes`), with what
    telling them apart needs that does not depend on the question."""

    named: list[str]  # most quoted first, at most NAMESAKES
    owns: dict[str, frozenset[str]]  # person -> the articles quoting them
    names: dict[str, list[str]]  # person -> their name's terms
    name_terms: tuple[str, ...]  # every name's terms, in order, once each
    where: PassageFilter  # the articles of them all


NAMESAKES_KEPT = 1024  # surnames whose namesakes are kept per directory
_namesakes_kept: weakref.WeakKeyDictionary[SpeakerDirectory, dict[tuple[str, ...], Namesakes]] = (
    weakref.WeakKeyDictionary()
)


def _namesakes(directory: SpeakerDirectory, people: list[str], most: int) -> Namesakes:
    """Return the namesakes among `people` (a surname's, from the directory): the same ones
    come back question after question ("Which Johnson?"), so they are kept with the
    directory (a generation's), and read from it once."""
    kept = _namesakes_kept.setdefault(directory, {})
    key = (*people, str(most))
    found = kept.get(key)
    if found is not None:
        return found
    named = [p for p in people if len(p.split()) > 1 and not is_group(p)]
    if len(named) < 2:  # one full name and a surname quoted as someone else ("Lord Browne")
        named = [p for p in people if not is_group(p)] or people
    named = sorted(named, key=lambda p: -directory.count(p))[:most]
    owns = {person: frozenset(directory.articles_of(person)) for person in named}
    names = {person: tokenize(person) for person in named}
    found = Namesakes(
        named=named,
        owns=owns,
        names=names,
        name_terms=tuple(dict.fromkeys(t for name in names.values() for t in name)),
        where=PassageFilter(articles=frozenset().union(*owns.values())),
    )
    if len(kept) >= NAMESAKES_KEPT:
        kept.clear()
    kept[key] = found
    return found


def _share(passage: Passage, weights: dict[str, float], name: Sequence[str]) -> float:
    """Return the topic weight a sentence naming the person in full holds, or half what the
    whole passage holds: two namesakes may share an article, even a passage."""

    def weight(terms: Iterable[str]) -> float:
        held = set(terms)
        return math.fsum(w for term, w in weights.items() if term in held)

    sentences = (terms.split() for terms in passage.sentence_terms)
    naming = [terms for terms in sentences if set(terms).issuperset(name)]
    whole = weight(held_terms(passage, weights))  # the weighed terms it holds: all weight asks
    return max([whole / 2, *(weight(terms) for terms in naming)])
