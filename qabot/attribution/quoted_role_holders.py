"""A role quoted as it stands ("France's finance minister has said ... Herve Gaymard said he
would"): the one person quoted beside it in its article whom the articles give every word of
it, and at least as often as anyone, or whom that article itself gives it ("according to a
government spokesman. ... said X, the chief government spokesman"); a step of
`qabot.attribution.name_merging`."""

from __future__ import annotations

from collections import Counter, defaultdict

from qabot.attribution.role_kinds import QUALIFIERS
from qabot.attribution.speaker_words import is_description, is_group
from qabot.text import STOP_WORDS
from qabot.text.lexicon import DEMONYMS, ROLE_NOUNS, role_words
from qabot.text.lexicon.places import place_adjective


def quoted_role_holders(
    described: dict[str, dict[str, dict[str, int]]],
    local: dict[tuple[str, str], str],
    canonical: dict[str, str],
    roles: dict[str, Counter[str]],
) -> dict[tuple[str, str], str]:
    """Return (article, speaker as written) -> person for the roles quoted as they stand in
    `described` (article -> its speakers -> the role words it gives each), not already given a
    person in `local`, whose holder its article quotes by name (`canonical` names, `roles` the
    role words each is given across the articles)."""
    found: dict[tuple[str, str], str] = {}
    holding: dict[str, set[str]] = defaultdict(set)  # role word (a country as its
    # nationality) -> people given it
    if described:
        for person, given in roles.items():
            for word, n in given.items():
                if n > 0:
                    holding[place_adjective(word)].add(person)
    for article_id, speakers in described.items():
        here: dict[str, Counter[str]] = defaultdict(Counter)  # person -> role words given here
        for s, given_here in speakers.items():
            here[local.get((article_id, s)) or canonical.get(s, s)].update(given_here)
        people = {p for p in here if len(p.split()) >= 2 and not role_asked(p) and not is_group(p)}
        for speaker in speakers:
            asked = role_asked(speaker)
            if not asked or (article_id, speaker) in local:
                continue
            # a country as its nationality both ways when the role reads as one: "the French
            # coach", not "Scottish Executive" beside a chief executive of "... Scotland"
            places = speaker.split()[-1].islower()
            holders = [
                p for p in people if _holds_role(asked, roles.get(p, Counter()), places=places)
            ]
            # ... and whom the articles give it at least as often as anyone ("the prime
            # minister" beside Michael Howard is not Howard, once called a would-be one), or
            # whom the article itself gives it, as it stands: another holder elsewhere ("Lib
            # Dem local government spokesman") is not the one this story quotes
            if len(holders) == 1 and (
                _holds_most(holders[0], asked, roles, holding)
                or _given_here(asked, here[holders[0]], places=places)
            ):
                found[(article_id, speaker)] = holders[0]
            elif len(holders) > 1 and (top := _far_most(holders, asked, roles, holding)):
                found[(article_id, speaker)] = top
    return found


def role_asked(speaker: str) -> set[str]:
    """Return the words of a speaker written as one person's role ("France's finance
    minister", "the club's manager"), or nothing for a name, a body or several people."""
    last = speaker.split()[-1].casefold() if speaker.split() else ""
    if not is_description(speaker) or last not in ROLE_NOUNS:  # "officials", "the firm"
        return set()
    words = role_words(speaker) - STOP_WORDS
    return words if len(words) >= 2 else set()


def _holds_role(words: set[str], roles: Counter[str], *, places: bool) -> bool:
    """Return whether role words seen with a person hold every word of a role, a country as its
    adjective ("France's" as "French"; with `places`, "the French coach" as "France coach")."""
    held = {w for w, n in roles.items() if n > 0}
    if places:
        held = {place_adjective(w) for w in held}
        words = {place_adjective(w) for w in words}
    return all(w in held or DEMONYMS.get(w) in held for w in words)


def _given_here(words: set[str], here: Counter[str], *, places: bool) -> bool:
    """Return whether the role words an article gives a person hold every word of a role, and
    no word that makes it another's ("the prime minister" beside "former prime minister X" or
    "deputy prime minister X": `QUALIFIERS`)."""
    return _holds_role(words, here, places=places) and not any(
        w in QUALIFIERS for w, n in here.items() if n > 0
    )


def _holds_most(
    person: str, asked: set[str], roles: dict[str, Counter[str]], holding: dict[str, set[str]]
) -> bool:
    """Return whether no one is given every word of a role more often than `person`."""
    others: set[str] | None = None
    for word in asked:
        given = holding.get(place_adjective(word), set())
        others = given if others is None else others & given
    mine = _times(person, asked, roles)
    return all(_times(other, asked, roles) <= mine for other in others or ())


def _far_most(
    holders: list[str],
    asked: set[str],
    roles: dict[str, Counter[str]],
    holding: dict[str, set[str]],
) -> str | None:
    """Return the one of several people quoted beside a role whom the articles give it most
    and `_FAR_MORE` times as often as each other one quoted there ("the prime minister" beside
    Tony Blair, the prime minister 39 times, and Gordon Brown, 3 times): the archive agrees on
    its holder; None when two come near (no guess between them)."""
    counted = sorted(((_times(p, asked, roles), p) for p in holders), reverse=True)
    (most, top), (second, _) = counted[0], counted[1]
    if most < _FAR_MORE * max(second, 1) or not _holds_most(top, asked, roles, holding):
        return None
    return top


def _times(person: str, asked: set[str], roles: dict[str, Counter[str]]) -> int:
    """Return how often the articles give `person` every word of a role (a country as its
    adjective)."""
    held: Counter[str] = Counter()
    for w, n in roles.get(person, Counter()).items():
        held[place_adjective(w)] += n
    return min(held.get(place_adjective(w), 0) for w in asked)


# how many times as often as anyone else quoted beside it the archive must give a role to one
# person for the role to be theirs
_FAR_MORE = 5
