"""Who a typed personal name means: the people quoted under its surname, a first name typed
short or a letter off ("matthew tait"), one part of a double surname ("justine henin"),
initials run together ("gw bush"), a first name alone ("serena"), or an alias; kept apart from
`qabot.attribution.name_lookup`, which reads descriptions, roles and bodies around it."""

from __future__ import annotations

from collections import Counter

from qabot.attribution.name_keys import cached_name_key as _name_key
from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import fold_name, name_tokens, same_person
from qabot.text.lexicon import (
    BODY_TIES,
    first_name_gender,
    same_first_name,
    spelt_alike,
    without_post_nominals,
)

MIN_GIVEN = 3  # letters of a first name the lexicon does not know, at least


def _ties(tokens: list[str]) -> Counter[str]:
    """Return the words of a name that tie it to a body (`BODY_TIES`), counted ("Bank of
    England" holds one "of"; "mervyn king of the bank of england" two)."""
    return Counter(token for token in tokens if token in BODY_TIES)


class PersonNames:
    """The personal-name lookups of a `SpeakerDirectory` (through `NameLookup`), over the
    tables it builds."""

    _counts: dict[str, int]  # canonical name -> number of quotes, first quoted first
    _roles: dict[str, Counter[str]]  # canonical name -> role words seen in its attributions
    _by_surname: dict[str, list[str]]
    _by_alias: dict[str, list[str]]
    _by_given: dict[str, list[str]]  # first name -> people
    _surname_parts: dict[str, list[str]] | None = None  # see _by_surname_part()

    def _person_match(self, query: str, folded: str, first: str, last: str) -> Match:
        """Return who the personal name `query` means (`folded` as `fold_name` folds it, `first`
        and `last` its first name and surname as `cached_name_key` reads them, the surname
        folded)."""
        tokens = name_tokens(query)
        known = self._by_surname.get(last, [])
        if len(tokens) > 1:  # "aynsley green": a double surname typed without its hyphen
            known = list(dict.fromkeys([*known, *self._by_surname.get(" ".join(tokens[-2:]), [])]))
        people = [
            p
            for p in known
            if (same_person(tokens, p) or same_person(tokens, without_post_nominals(p)))
            # "paul hughes of home office" is no longer form of Home Office: the words
            # after "of" are where someone works, the name asked is the words before
            and _ties(tokens) <= _ties(name_tokens(p))
        ]
        if len(tokens) > 1 and not any(_name_key(p)[0] for p in people):
            # "tony o'reilly" for Anthony O'Reilly, "justine henin" for Justine
            # Henin-Hardenne: a short first name, one part of a double surname
            people += self._written_longer(tokens, known)
        if not people and len(tokens) > 1 and all(map(_initials, tokens[:-1])):
            # "gw bush": initials run together, the first letters of the other names
            letters = "".join(tokens[:-1])
            people = [p for p in known if _first_letters(p).startswith(letters)]
        if people:
            named = [p for p in people if _name_key(p)[0]]
            people = sorted(people, key=lambda p: (not _name_key(p)[0], -self._counts[p]))
            given = self._given_too(tokens, people) if not first else []
            if given:
                # "what did michael say about immigration": a first name alone may mean
                # Michael Howard as well as George Michael; the topic tells them apart
                return Match(people + given, "surname")
            if first:  # a full name never means a bare surname quoted elsewhere
                people = [p for p in people if _name_key(p)[0]] or []
                if people:
                    return Match(people, "name" if len(people) == 1 else "surname")
            elif len(named) <= 1 and (
                len(people) < 2 or not any(self._roles.get(p) for p in people if p not in named)
            ):
                return Match(people, "name")
            else:
                return Match(people, "surname")
        aliased = list(dict.fromkeys(self._by_alias.get(folded, [])))
        if aliased:
            aliased.sort(key=lambda p: -self._counts[p])
            return Match(aliased, "alias" if len(aliased) == 1 else "surname")
        if len(tokens) == 1 and self._is_given(tokens[0]):
            # "what did serena say": a first name alone, as readers name the famous; the
            # topic tells its holders apart (`qabot.search.resolution`)
            given = sorted(self._by_given.get(tokens[0], []), key=lambda p: -self._counts[p])
            return Match(given, "given") if given else Match([])
        return Match([])

    def _given_too(self, tokens: list[str], people: list[str]) -> list[str]:
        """Return the people whose first name is the one word asked, besides the `people`
        holding it as their surname, most quoted first: none for a word no first name is."""
        if len(tokens) != 1 or not self._is_given(tokens[0]):
            return []
        given = [p for p in self._by_given.get(tokens[0], []) if p not in people]
        return sorted(given, key=lambda p: -self._counts[p])

    def _is_given(self, word: str) -> bool:
        """Return whether `word` is a first name: a common one, or the first name of more people
        quoted than have it as their surname ("arsene", "clive", "serena")."""
        if first_name_gender(word):
            return True
        if len(word) < MIN_GIVEN:  # "DA", "Mr": abbreviations, not first names
            return False
        # a first name and a surname ("Clive Woodward"): not "Da Vinci Code", "While Serena"
        holders = [p for p in self._by_given.get(word, ()) if len(p.split()) == 2]
        return len(holders) > len(self._by_surname.get(word, ()))

    def _written_longer(self, tokens: list[str], known: list[str]) -> list[str]:
        """Return the people a full name typed short may mean: the surname's holders whose
        first name it shortens or spells otherwise ("matthew tait", "steven pound"), or, when
        no one has the surname, the people whose double surname holds it as one part and whose
        first name is the one typed."""
        first, rest = tokens[0], tokens[1:]
        found = [
            p
            for p in known
            if len(written := name_tokens(p)) == len(tokens)
            and written[1:] == rest
            and (same_first_name(first, written[0]) or spelt_alike(first, written[0]))
        ]
        if found or known or len(tokens) != 2:
            return found
        return [
            p for p in self._by_surname_part().get(tokens[1], []) if name_tokens(p)[0] == first
        ]

    def _by_surname_part(self) -> dict[str, list[str]]:
        """Return the holders of each double surname by its parts ("henin" and "hardenne" for
        Justine Henin-Hardenne), read once."""
        if self._surname_parts is None:
            parts: dict[str, list[str]] = {}
            for surname, people in self._by_surname.items():
                if " " in surname:  # folded: "henin hardenne"
                    for part in surname.split():
                        if len(part) > 1:
                            parts.setdefault(part, []).extend(people)
            self._surname_parts = parts
        return self._surname_parts


def _initials(word: str) -> bool:
    """Return whether a word of a name is initials run together ("gw", "jfk"): no vowel."""
    return 2 <= len(word) <= 3 and word.isalpha() and not set(word) & set("aeiouy")


def _first_letters(person: str) -> str:
    """Return the first letters of a person's names before the surname ("George W Bush": gw)."""
    return "".join(word[0] for word in fold_name(person).split()[:-1])
