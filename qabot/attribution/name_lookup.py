"""The speaker directory at question time: who a name, surname, alias or role means.

`SpeakerDirectory` (in `qabot.attribution.directory`, where its lookup tables are built once)
inherits these lookups; `match` runs for each question's speaker phrase ("Stoltenberg", "the
new Welsh health minister", "gw bush"), names inside descriptions read by
`qabot.attribution.described_names`, typed personal names by `qabot.attribution.person_names`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from qabot.attribution.described_names import (
    holding,
    named_before,
    named_within,
    titled_surname,
)
from qabot.attribution.name_keys import cached_name_key as _name_key
from qabot.attribution.person_names import PersonNames
from qabot.attribution.role_matching import RoleHolders
from qabot.attribution.speaker_match import Match
from qabot.attribution.speaker_words import (
    PERSON_WORDS,
    fold_name,
    head_noun,
    is_description,
    is_group,
)
from qabot.text.lexicon import (
    BODY_NOUNS,
    MASTHEAD_NOUNS,
    PERSON_NOUNS,
    PLAYER_NOUNS,
    first_name_gender,
    is_anonymous,
    strip_title,
    without_post_nominals,
)
from qabot.text.lexicon.places import is_place
from qabot.text.patterns import lazy

BODY_DOMINANT = 2  # times more quoted a one-word body is than any name ending in its word
MATCHES_KEPT = 4096  # names whose match the directory keeps (see SpeakerDirectory.match)
# roles readers abbreviate that the articles mostly write out
_WRITTEN_OUT = {"pm": "prime minister"}
_DETERMINER = lazy(r"^(?:the|a|an)\s+", re.IGNORECASE)
# "in Madrid", "at the BBC", "on Tuesday": a phrase opening so says where or when, not who
_SETTING = lazy(
    r"^(?:in|on|at|from|during|since|until|near|inside|outside|into|across|around|among|amid"
    r"|within|throughout|over|under|via)\s+\S",
    re.IGNORECASE,
)
# "Alan Jones at Bluewater", "Stefan Johannesson of Iceland": a full name, then where they are
_NAME_AT_PLACE = lazy(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)+)\s+(?:at|of|from|with)\s+[A-Z].*"
)
_OWNS_MORE = lazy(r"\w['’]s\s+\S")  # "... England and Wales's Ada Vale": an owner, then more


class NameLookup(PersonNames):
    """The question-time lookups of a `SpeakerDirectory`, over the tables it builds."""

    _counts: dict[str, int]  # canonical name -> number of quotes, first quoted first
    _articles: dict[str, list[str]]  # canonical name -> ids of the articles quoting them
    _roles: dict[str, Counter[str]]  # canonical name -> role words seen in its attributions
    _matches: dict[str, Match]  # see match()
    _by_surname: dict[str, list[str]]
    _by_folded: dict[str, list[str]]
    _role_holders: RoleHolders
    _employers: dict[str, bool]  # see is_employer()

    def articles_of(self, person: str) -> list[str]:
        """Return the ids of the articles quoting `person` (a canonical name)."""
        return self._articles.get(person, [])

    def roles_of(self, person: str) -> set[str]:
        """Return the role words the articles give `person`."""
        return set(self._roles.get(person, ()))

    def role_share(
        self, person: str, role: str, written: str = "", *, loose: bool = False
    ) -> float:
        """Return the share of `role`'s words ("trust chairman") that the articles give
        `person`, or that are in their name as `written` ("Police Detective X"), synonyms and
        plurals folded; the head noun counts double; `loose` as `RoleHolders.share`."""
        return self._role_holders.share(person, role, written, loose=loose)

    def is_employer(self, person: str) -> bool:
        """Return whether `person` (a canonical name) is a body others are described by
        ("Gartner analyst Carolina Milanesi": Gartner), not a person: no one whose first name
        the lexicon knows, nor a player ("midfielder Edu", whose brother is "Edu's brother"),
        nor a name read as a group already."""
        found = self._employers.get(person)
        if found is None:
            words = person.split()
            found = (
                bool(words)
                and not first_name_gender(words[0])
                and PLAYER_NOUNS.isdisjoint(self._roles.get(person, ()))
                and self._role_holders.describe_others(person)
            )
            self._employers[person] = found
        return found

    def role_typical(self, person: str, role: str) -> float:
        """Return how typical of `person` the role `role` is (`RoleHolders.typical`)."""
        return self._role_holders.typical(person, role)

    def role_holders(self, role: str) -> list[str]:
        """Return the people given `role` ("union" of "union leader Dave Prentis"), best
        first, whatever else the word names ("union" is the last word of bodies too, which
        `match` prefers)."""
        return self._role_holders.match(role, self._counts).people

    def role_head_count(self, person: str, role: str) -> int:
        """Return how many times the articles give `person` the head noun of `role`."""
        return self._role_holders.head_count(person, role)

    def resolve(self, name: str) -> list[str]:
        """Return canonical names matching `name` (a name, surname, alias or role), best first."""
        return self.match(name).people

    def match(self, name: str) -> Match:
        """Return who `name` may mean: a name or one of its variants ("Mani Shankar Aiyar" and
        "Shankar Aiyar"), a surname several people share, an alias, or a role ("the new Welsh
        health minister", most specific first).

        The same names come back question after question (a surname thirty people share took
        ~60 us to match at a million passages): the last MATCHES_KEPT are kept, each caller
        given its own lists."""
        found = self._matches.get(name)
        if found is None:
            found = self._match(name)
            if len(self._matches) >= MATCHES_KEPT:
                self._matches.clear()
            self._matches[name] = found
        return replace(found, people=list(found.people), scores=list(found.scores))

    def _match(self, name: str) -> Match:
        typed = " ".join(name.split()).strip(" ?.,")
        bare = without_post_nominals(typed)
        if bare != typed and not self._by_folded.get(fold_name(typed)):
            return self._match(bare)  # "ian macdonald qc" is the Ian MacDonald quoted
        name = strip_title(typed).strip(" ?.,")
        if name != typed and (titled := self._by_folded.get(fold_name(typed))):
            return Match(list(titled), "name")  # a peer known by the title: "Lord Browne"
        query = _DETERMINER.sub("", name)
        if not query:
            return Match([])
        if query.casefold() in _WRITTEN_OUT:  # "the PM" is the prime minister, not "PM"
            name = query = _WRITTEN_OUT[query.casefold()]
        folded = fold_name(query)
        exact = self._by_folded.get(folded, [])
        if _SETTING.match(query) and not exact:
            return Match([])  # "in the Guardian" is where, not one of its people
        first, last = _name_key(query)
        last = fold_name(last)  # "Muller" is "Müller"
        if query[:1].isupper() and exact and all(map(is_anonymous, exact)):
            # only a description is quoted under the word ("jobs", a "they" read as the jobs
            # before it) where someone named has it as a surname: "Jobs" is Steve Jobs ("what
            # did wardens say", in lower case, still asks for the wardens)
            exact = [] if self._by_surname.get(last) else exact
        if exact and query[:1].isupper() and not query.isupper() and all(map(str.isupper, exact)):
            # "Fa" typed so is the John Fa quoted, not the FA: an initialism is typed in
            # capitals or in lower case, a surname with its capital alone
            written = [p for p in self._by_surname.get(last, []) if p.split()[-1] == query]
            if written:
                return Match(written, "name" if len(written) == 1 else "surname")
        bare_role = len(query.split()) == 1 and is_description(name) and query in PERSON_NOUNS
        if bare_role:
            # "the minister": any of the ministers the articles name, told apart by the topic
            # (`qabot.search.resolution`), not the anonymous "minister" of some article nor
            # the minister its article names
            holders = self._role_holders.match(query, self._counts)
            if holders.people:
                return holders
        if exact and is_description(name) and self._held_noun(query.split()):
            # "Scotland's first minister told pupils ...": a lede's description quoted as it
            # stands is the person its article names with that role, when one does (not a
            # body: "the Lib Dems" speak as themselves)
            holder = self._named_holder(query, exact[0])
            if holder is not None:
                return holder
        if exact and (first or len(self._by_surname.get(last, [])) < 2):
            return Match(exact, "name")  # "the Lib Dems" are quoted as "Lib Dems"
        if exact and self._body_itself(exact[0], self._by_surname.get(last, [])):
            return Match(exact, "name")  # "labour" is Labour, not Scottish or London's Labour
        if (
            exact
            and query != name
            and not _name_key(exact[0])[0]
            and query.split()[-1].casefold() not in PERSON_NOUNS
        ):
            # "the FA" is the body quoted as "FA", not John Fa nor the people given a role of
            # an FA: no one is called "the" and a surname
            return Match(exact, "name")
        placed = _NAME_AT_PLACE.fullmatch(query)
        if placed is not None:  # "Alan Jones at Bluewater": the person, where they work
            found = self.match(placed.group("name"))
            owning = _OWNS_MORE.search(query, placed.end("name"))
            if found.people and found.how != "role" and not (owning and is_group(found.people[0])):
                # not a body owning someone after it: "the Police Federation of England and
                # Wales's Ada Vale" is someone at the body, not the Police Federation
                return found
        if not is_description(name):
            personal = self._person_match(query, folded, first, last)
            if not personal.people and (ranked := titled_surname(self, query)) is not None:
                return ranked  # "Detective Inspector Miller": a rank and a surname
            titles = typed.split()[: len(typed.split()) - len(name.split())]
            # "professor brown": of the namesakes, those the articles give the title's role;
            # when none has it, not the chancellor because he is quoted most
            return holding(self, personal, " ".join(titles)) if titles else personal
        within = named_within(self, query) or named_before(self, query)
        if within is not None:
            return within
        if self._names_no_person(query):
            return Match([])  # "the Guardian" is a paper, not whoever holds a "guard" role
        found = self._role_holders.match(query, self._counts)
        return self._bodies_of(found) if head_noun(query) in BODY_NOUNS else found

    def _held_noun(self, words: list[str]) -> bool:
        """Return whether a description's last word is a person's noun, or a role the articles
        give someone owned by the word before ("Juninho's agent"): what a description quoted
        as it stands may end in to name its holder ("the FA" is a body, not an "FA" role)."""
        *before, last = words or [""]
        if last in PERSON_NOUNS:
            return True
        owned = bool(before) and before[-1].endswith(("'s", "’s"))
        return owned and last.islower() and self._role_holders.held(last)

    def _bodies_of(self, found: Match) -> Match:
        """Return a body's noun's holders ("the second biggest insurer") that are bodies: no
        one with a first name nor a person's noun ("the company" is no "company spokesman")."""
        kept = [
            (person, score)
            for person, score in zip(found.people, found.scores, strict=False)
            if not first_name_gender(person.split()[0])
            and self._roles.get(person, Counter()).keys().isdisjoint(PERSON_WORDS | PERSON_NOUNS)
        ]
        return replace(found, people=[p for p, _ in kept], scores=[s for _, s in kept])

    def _names_no_person(self, query: str) -> bool:
        """Return whether a description's head is no person's noun but a place ("the Iraq"),
        a paper's name ("the Guardian"; in lower case only when no one is given the word: an
        "observer" may be someone's role) or a body quoted under that word."""
        head = head_noun(query)
        if not head or head in PERSON_WORDS or head in PERSON_NOUNS:
            return False
        written = next((w for w in reversed(query.split()) if w.casefold() == head), "")
        if is_place(written):
            return True
        if head in MASTHEAD_NOUNS and (written[:1].isupper() or not self._role_holders.held(head)):
            return True
        known = self._by_folded.get(fold_name(head), [])
        return bool(known) and all(map(self.is_employer, known))

    def _body_itself(self, name: str, sharing: list[str]) -> bool:
        """Return whether the one-word `name` is a body that the others ending in its word
        (`sharing`) are branches of: quoted far more than each, none of them a person with a
        first name ("Labour" beside "Scottish Labour", but not "Blair" beside Tony Blair)."""
        if " " in name:
            return False
        others = [p for p in sharing if p != name]
        return all(
            not first_name_gender(p.split()[0])
            and self._counts[name] >= BODY_DOMINANT * self._counts[p]
            for p in others
        )

    def _named_holder(self, query: str, described: str) -> Match | None:
        """Return the named people holding the role `query` in the articles that quote the
        description `described`, or None when those articles name no one with it."""
        articles = set(self.articles_of(described))
        holders = self._role_holders.match(query, self._counts)
        named = [
            person
            for person in holders.people
            if person != described
            and not is_description(person)
            # "Blair's spokesman" is no other spokesman, "Jackson's mother" a Jackson; one
            # given the role and no other word ("Juninho's agent has confirmed ... Brian
            # Hassell says", Hassell an "agent" alone) is the one the story calls so
            and (
                person not in holders.unowned
                or _surname_in(person, query)
                or self.roles_of(person) <= holders.roles
            )
            and articles.intersection(self.articles_of(person))
        ]
        return Match(named, "role") if named else None


def _surname_in(person: str, phrase: str) -> bool:
    """Return whether `person`'s surname is a word of `phrase` ("Katherine Jackson" of
    "Michael Jackson's mother"), possessive or not."""
    words = {w.casefold().removesuffix("'s").removesuffix("’s") for w in phrase.split()}
    return person.split()[-1].casefold() in words
