"""Who speaks for a body (a party, company, alliance): the people whose roles give them a
speaking role with every word of its name in one phrase ("Lib Dem home affairs spokesman Mark
Oaten" for the Lib Dems), read from the directory's role phrases when a question asks what a
body said: a "US" and a "president" given one person in two phrases make no US voice."""

from __future__ import annotations

from collections import Counter, defaultdict

from qabot.attribution.speaker_words import singular
from qabot.text.lexicon import (
    PARTY_WORDS,
    first_name_gender,
    is_anonymous,
    party_name,
    role_words,
)

# words naming a party, each party in one spelling (`party_name`: "Tories" and "Conservative"
# are "conservative"): its shadow ministers speak for it
_PARTY_WORDS = frozenset({party_name(w) or w for w in PARTY_WORDS} | {"party"})


def _word(word: str) -> str:
    """Return a role word as voices are matched: a party's in one spelling, others singular."""
    return party_name(word) or singular(word)


# bodies a party's name is no part of: "Federal Labour Office chief", "Labour union leader"
_OTHER_BODIES = frozenset(
    "office agency ministry department institute university union federation association "
    "bureau authority commission".split()
)


def _elsewhere(party: set[str], seen: Counter[str]) -> bool:
    """Return whether someone given a party's words speaks for another party or body: given a
    rival party's word more often (a Tory shadow chancellor once near "Labour"), or a body's
    word that is no part of the party's name ("Federal Labour Office chief")."""
    if party.isdisjoint(_PARTY_WORDS):
        return False  # a company's or an alliance's voices: their words are checked above
    # the party's other names are its own ("Lib Dem" and "Liberal Democrat", "Tory")
    own = min(_count(seen, w) for w in party)
    for word, count in seen.items():
        key = _word(word)
        if key in party:
            continue
        if key in _PARTY_WORDS and key != "party" and count > own:
            return True
        if key in _OTHER_BODIES and "shadow" not in seen:  # "shadow Home Office minister"
            return True
    return False


def _count(seen: Counter[str], word: str) -> int:
    """Return how often `seen` gives a role word, in any of its spellings (`_word`)."""
    return sum(count for each, count in seen.items() if _word(each) == word)


class BodySpeakers:
    """The voices of each body asked about, over a directory's role words and quote counts."""

    def __init__(
        self,
        roles: dict[str, Counter[str]],
        counts: dict[str, int],
        phrases: dict[str, Counter[str]],
    ) -> None:
        self._roles = roles  # canonical name -> role words seen in its attributions
        self._counts = counts  # canonical name -> number of quotes
        self._phrases = phrases  # canonical name -> role phrases holding a speaking role
        self._found: dict[str, list[str]] = {}  # body -> its voices, once asked
        self._holding: dict[str, set[str]] | None = None  # see _holders()

    def voices(self, body: str) -> list[str]:
        """Return who speaks for `body` (a party, company, alliance), most quoted first.

        A voice is anyone whose attributions give them a speaking role together with every
        word of the body's name in one phrase ("Lib Dem home affairs spokesman Mark Oaten" for
        "Lib Dems").
        A person's name has no voices: their own words are theirs alone.
        """
        if body in self._found:  # one pass over every speaker's roles, once per body
            return self._found[body]
        words = {_word(w) for w in role_words(body)}
        # a shadow minister speaks for their party, never for the office they shadow
        shadow = "shadow" not in words and words.isdisjoint(_PARTY_WORDS)
        found = []
        if words and not is_anonymous(body) and not first_name_gender(body.split()[0]):
            for person in self._holders(words):
                seen = self._roles[person]
                held = {singular(w) for w in seen}
                if shadow and "shadow" in held:
                    continue  # "shadow Treasury chief secretary": no voice of the Treasury
                if (
                    person != body
                    and any(
                        words <= {_word(w) for w in phrase.split()}
                        for phrase in self._phrases.get(person, ())
                    )
                    and not _elsewhere(words, seen)
                ):
                    found.append(
                        (
                            -min(_count(seen, w) for w in words),
                            -self._counts[person],
                            person,
                        )
                    )
        self._found[body] = [person for *_, person in sorted(found)]
        return self._found[body]

    def _holders(self, words: set[str]) -> set[str]:
        """Return the people whose roles hold every one of `words` (singular forms): an index
        of role words built on the first body asked, so a body is not a pass over everyone."""
        if self._holding is None:
            self._holding = defaultdict(set)
            for person, seen in self._roles.items():
                for word in seen:
                    self._holding[_word(word)].add(person)
        holders = [self._holding.get(word, set()) for word in words]
        return set.intersection(*holders) if holders else set()
