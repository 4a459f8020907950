"""Names: the people of one article, for quote attribution (a step inside
`qabot.attribution.quotes`).

`People` reads an article once for names with gender evidence (common first names, Mr/Ms) and roles
("NATO chief Jens Stoltenberg", "Liz Truss, Britain's top diplomat,"), so a speaker phrase
("Stoltenberg", "he", "the NATO chief", "Britain's top diplomat, Liz Truss,") can be linked to the
fullest name of one person, and a pronoun to the person it most likely means. Reading the phrase
itself is `qabot.attribution.speaker_phrases`; where name runs stand is
`qabot.attribution.name_runs`, what each run is in `qabot.attribution.name_readings`, and the
clues read around each in `qabot.attribution.name_clues`;
the lexicons are general (see `qabot.text.lexicon`).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, insort
from collections import Counter
from functools import cached_property
from typing import TYPE_CHECKING

from qabot.attribution.misspelt_surnames import misspelt_people, slipped_people
from qabot.attribution.name_clues import (
    bare_surname,
    has_role_noun,
    inside,
    is_particle,
    particle_surnames,
)
from qabot.attribution.name_readings import read_run
from qabot.attribution.name_runs import CAPITALISED, LOW_PREFIXED, name_runs
from qabot.attribution.persons import Person
from qabot.attribution.quote_marks import quoted_ranges
from qabot.attribution.sentence_roles import (
    introduced_at,
    opens_after_conjunction,
    opens_after_epithet,
    opens_but_clause,
    opens_relative_clause,
    opens_sentence,
    possessed_at,
    section_breaks,
    topic_possessor_at,
)
from qabot.attribution.word_places import written_at
from qabot.text.lexicon import (
    HONORIFICS,
    first_name_gender,
    name_gender,
    name_key,
    role_words,
)
from qabot.text.patterns import lazy

# a capitalised word and "of" before a surname: a title's place ("Lord Roberts of Conwy")
_PLACE_OF = lazy(r"[A-Z][\w'’.-]*[^\S\n]+of[^\S\n]+$")
KNIGHTS = frozenset(["sir", "dame"])  # titles given with the first name: "Sir Howard"


def _position(item: tuple[int, Person]) -> int:
    return item[0]


class StandingAlone:
    """How often each capitalised word of a text stands alone, not ending a run of names
    (`name_runs`) ("Sebastian Gorka ... Gorka said": a surname), counted on the first
    question: only runs of several words ask, and many articles have none."""

    def __init__(self, text: str, runs: list[re.Match[str]]) -> None:
        self._text, self._runs = text, runs
        self._counts: Counter[str] | None = None

    def __getitem__(self, word: str) -> int:
        if self._counts is None:
            counts = Counter(CAPITALISED.findall(self._text))
            # a surname whose particle is written in lower case ("Leonardo diCaprio ...
            # diCaprio said") stands alone too
            counts.update(LOW_PREFIXED.findall(self._text))
            # ... or after a title alone ("Dina Mehta ... Ms Mehta says")
            counts.subtract(
                m.group().split()[-1]
                for m in self._runs
                if " " in m.group()
                and not all(w.rstrip(".").casefold() in HONORIFICS for w in m.group().split()[:-1])
            )
            self._counts = counts
        # needed: "diCaprio" stands alone where "DiCaprio" opens a sentence (CAPITALISED counts
        # that form, LOW_PREFIXED this one); the only other lower-case words asked are a run's
        # particles ("van" of a cut run), counted where they open a sentence ("Van Tamm said")
        if word[:1].islower():
            return self._counts[word] + self._counts[word[:1].upper() + word[1:]]
        return self._counts[word]


class People:
    """The people of one article: names linked by surname, with gender evidence.

    The article's names are read on the first use of any of its fields (`__getattr__`), not
    when it is made: most speaker phrases of plain text ("... the plan said ...") are told
    to name no one from their own words, and half the synthetic articles whose cues make one
    never read it (a quarter of their attribution was reading their names).
    """

    text: str
    by_surname: dict[str, list[Person]]
    mentions: list[tuple[int, Person]]
    speakers: list[tuple[int, Person]]
    roles: list[tuple[set[str], Person, int]]
    quoted: list[tuple[int, int]]
    narrated: list[tuple[int, Person]]
    subjects: list[tuple[int, Person]]
    breaks: list[int]
    places: dict[str, bool]

    def __init__(self, text: str) -> None:
        self.text = text

    if not TYPE_CHECKING:  # mypy checks the fields' names and types as declared above

        def __getattr__(self, name: str) -> object:
            """Read the article's names on the first use of a field (it is set then)."""
            if name.startswith("__") or "_surname_ends" in self.__dict__:
                raise AttributeError(name)
            self._read()
            return getattr(self, name)

    def _read(self) -> None:
        """Read the names of `text` into the fields (once: see the class docstring)."""
        text = self.text
        self.by_surname = {}
        # the surnames of `by_surname` by their first and last letters, which a slip keeps
        self._surname_ends: dict[tuple[str, str], list[str]] = {}
        self.mentions = []  # in text order
        self.speakers = []  # speakers so far, in text order
        self._spoke_at: dict[int, list[int]] = {}  # where each speaker spoke (by `id`), in order
        self.roles = []  # role words -> person, where noted
        # a capitalised word that also stands alone ("Sebastian Gorka ... Gorka said") is a surname
        runs = name_runs(text)
        alone = StandingAlone(text, runs)
        self.quoted = quoted = quoted_ranges(text)  # (start, end) of quotations
        particled = particle_surnames([m.group() for m in runs])
        for match in runs:
            read = read_run(text, match, alone, particled, quoted)
            if read is None:
                continue
            if read.organisation:
                self.link(read.name, organisation=True)
                continue
            person = (read.knighted and self.knight(read.name)) or self.link(
                read.name, read.gender
            )
            self.mentions.append((match.start(), person))
            for role in read.roles:
                note_role(self, role, person, match.start())
        for last, people in self.by_surname.items():  # "Gorka also made the point ..."
            if len(people) == 1 and last and " " in people[0].name:
                written = people[0].name.split()[-1]
                # "Leonardo diCaprio ... DiCaprio faces": a lower-case particle takes a capital
                # where the surname opens a sentence or the writer gives it one
                forms = (
                    [written]
                    if written[:1].isupper()
                    else [written, written[:1].upper() + written[1:]]
                )
                for last_name in forms:
                    for at in written_at(text, last_name):
                        # "Lord Roberts of Conwy"
                        if not _PLACE_OF.search(text, max(0, at - 40), at):
                            self.mentions.append((at, people[0]))
        self.mentions.sort(key=lambda mention: mention[0])
        # a name inside quote marks is the speaker's word, not the narrator's: never the one a
        # "he said" after the quote points back to
        self.narrated = [(at, p) for at, p in self.mentions if not inside(quoted, at)]
        # "Joe Biden's administration has boasted": the possessor is not the sentence's subject
        self.subjects = [
            (at, p)
            for at, p in self.narrated
            if (
                (
                    opens_sentence(text, at)
                    or introduced_at(text, at)
                    or opens_after_conjunction(text, at)
                    or opens_but_clause(text, at)
                    or opens_relative_clause(text, at)
                    or (bare_surname(text, at, p) and opens_after_epithet(text, at))
                )
                and not possessed_at(text, at)
            )
            or topic_possessor_at(text, at)
        ]
        self.breaks = section_breaks(text)
        self.places: dict[str, bool] = {}  # one-word names written as places (references)

    def link(
        self,
        name: str,
        gender: str | None = None,
        organisation: bool = False,
        position: int | None = None,
    ) -> Person:
        """Return the person called `name` here, creating or enriching their record; a
        surname several people share, read at `position`, may be told by who came first."""
        first, last = name_key(name)
        if is_particle(first) and len(name.split()) == 2:
            first = ""  # "El Guerrouj", "van Persie": a surname alone, no first name
        if last not in self.by_surname:
            self._surname_ends.setdefault((last[:1], last[-1:]), []).append(last)
        candidates = self.by_surname.setdefault(last, [])
        if not (first or candidates or organisation):  # "Daveport": Lindsay Davenport
            keys = self._surname_ends[last[:1], last[-1:]]
            candidates = misspelt_people(last, self.by_surname, keys)
        elif first and not (candidates or organisation):
            # "Pranab Mukherjee" after "Mr Mukerjee": the one the slip named, now by both
            keys = self._surname_ends[last[:1], last[-1:]]
            candidates.extend(slipped_people(last, self.by_surname, keys))
        if first:
            for person in candidates:
                known_first = name_key(person.name)[0]
                if known_first in {"", first}:
                    if len(name.split()) > len(person.name.split()) or not known_first:
                        person.name = name
                    person.learn_gender(gender)
                    return person
        else:
            fitting = [
                p for p in candidates if not gender or p.gender in {None, gender} or p.guessed
            ]
            chosen = None
            if len(fitting) == 1:
                chosen = fitting[0]
            elif fitting:  # "Clinton" in a story about two Clintons: the most recently named one
                chosen = self._latest(fitting)
                if position is not None:
                    chosen = self._only_named_before(fitting, position) or chosen
            if chosen is None and not candidates and not organisation and first_name_gender(name):
                # "Paula Quist ... Paula said": the one person named with that first name
                chosen = self.knight(name)
            if chosen is not None:
                # "Ms Mehta" tells what "Dina Mehta" did not: a later "she" may mean her
                chosen.learn_gender(gender)
                return chosen
        # "housebuilder George Wimpey": a body's name tells no gender by its first word
        person = Person(
            name,
            gender or name_gender(name.split()[0]) if first and not organisation else gender,
            organisation,
        )
        candidates.append(person)
        return person

    def _latest(self, fitting: list[Person]) -> Person:
        """Return the one of `fitting` whose last place in the mentions, then the speakers, is
        the latest, the first of them when none has one: read back from the end, so that a
        long article's every link does not cost its every mention."""
        for _, person in itertools.chain(reversed(self.speakers), reversed(self.mentions)):
            if any(person is p for p in fitting):
                return person
        return fitting[0]

    def _only_named_before(self, fitting: list[Person], position: int) -> Person | None:
        """Return the one of several people sharing a surname whom the story names before
        `position`, when none of them has spoken yet and each is a person named in full
        ("Robinson said" after "captain Jason Robinson", before "coach Andy Robinson")."""
        if any(id(p) in self._spoke_at or p.organisation or " " not in p.name for p in fitting):
            return None
        # looked up by person (asked only after the mentions are all read)
        before = [p for p in fitting if self._named_at.get(id(p), [position])[0] < position]
        return before[0] if len(before) == 1 else None

    def knight(self, first: str) -> Person | None:
        """Return the one person of the article whose first name "Sir Howard" or "Dame Judi"
        gives (a knight is called so by first name: "Sir Howard Newby"), or None."""
        key = first.casefold()
        found = [
            p
            for known in self.by_surname.values()
            for p in known
            if " " in p.name and not p.organisation and name_key(p.name)[0] == key
        ]
        return found[0] if len(found) == 1 else None

    def add_speaker(self, position: int, person: Person) -> None:
        """Record that `person` speaks at `position` (kept in text order)."""
        if not person.share:
            insort(self.speakers, (position, person), key=_position)
            insort(self._spoke_at.setdefault(id(person), []), position)

    def spoken_between(self, start: int, end: int) -> list[tuple[int, Person]]:
        """Return the speakers read from `start` to before `end`, where and who, in text order."""
        return _between(self.speakers, start, end)

    def mentions_between(self, start: int, end: int) -> list[tuple[int, Person]]:
        """Return the mentions from `start` to before `end`, where and who, in text order."""
        return _between(self.mentions, start, end)

    @cached_property
    def _named_at(self) -> dict[int, list[int]]:
        """Where each person is mentioned (by `id`), in text order: made once the mentions
        are all read, so that asking where one person was named costs their own mentions,
        not the article's."""
        named: dict[int, list[int]] = {}
        for at, person in self.mentions:
            named.setdefault(id(person), []).append(at)
        return named

    @cached_property
    def _narrated_at(self) -> dict[int, list[int]]:
        """Where each person is named in narration (by `id`), in text order (`_named_at`)."""
        named: dict[int, list[int]] = {}
        for at, person in self.narrated:
            named.setdefault(id(person), []).append(at)
        return named

    def narrated_between(self, person: Person, start: int, end: int) -> list[int]:
        """Return where the narration names `person` from `start` to before `end`."""
        places = self._narrated_at.get(id(person), [])
        return places[bisect_left(places, start) : bisect_left(places, end)]

    def spoke_between(self, person: Person, start: int, end: int) -> bool:
        """Return True when `person` spoke at a place from `start` to before `end`."""
        places = self._spoke_at.get(id(person), [])
        return bisect_left(places, start) < bisect_left(places, end)

    def mentioned(self, person: Person) -> bool:
        """Return True when the story names `person` (a mention of theirs is read)."""
        return id(person) in self._named_at

    def named_before(self, person: Person, position: int) -> list[int]:
        """Return where `person` is mentioned, then where they spoke, before `position`."""
        mentioned = self._named_at.get(id(person), [])
        spoke = self._spoke_at.get(id(person), [])
        return (
            mentioned[: bisect_left(mentioned, position)] + spoke[: bisect_left(spoke, position)]
        )

    def named_between(self, person: Person, start: int, end: int) -> bool:
        """Return True when `person` is mentioned or spoke at a place from `start` to before
        `end`."""
        return any(
            bisect_left(places, start) < bisect_left(places, end)
            for places in (self._named_at.get(id(person), []), self._spoke_at.get(id(person), []))
        )


def _between(placed: list[tuple[int, Person]], start: int, end: int) -> list[tuple[int, Person]]:
    """Return the items of `placed` (in text order) from `start` to before `end`."""
    return placed[
        bisect_left(placed, start, key=_position) : bisect_left(placed, end, key=_position)
    ]


def note_role(people: People, role: str, person: Person, position: int) -> None:
    """Remember that `role` describes `person` from `position` on, with any gender it implies."""
    if has_role_noun(role):
        people.roles.append((role_words(role), person, position))
        person.learn_role_gender(role_words(role))
