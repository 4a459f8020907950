"""Names: the people of one article, for quote attribution (a step inside
`qabot.attribution.quotes`).

`Names` reads an article once for names with gender evidence (common first names, Mr/Ms) and roles
("NATO chief Jens Stoltenberg", "Liz Truss, Britain's top diplomat,"), so a speaker phrase
("Stoltenberg", "he", "the NATO chief", "Britain's top diplomat, Liz Truss,") can be linked to the
fullest name of one person, and a pronoun to the person it most likely means. `People` is what
the attribution steps pass around: the article's text, and its `Names` read on first need.
Reading the phrase itself is `qabot.attribution.speaker_phrases`; where name runs stand is
`qabot.attribution.name_runs`, what each run is in `qabot.attribution.name_readings`, the
clues read around each in `qabot.attribution.name_clues`, and where each person is named and
spoke `qabot.attribution.name_places`; the lexicons are general (see `qabot.text.lexicon`).
"""

from __future__ import annotations

import itertools
from functools import cached_property

from qabot.attribution.misspelt_surnames import misspelt_people, slipped_people
from qabot.attribution.name_clues import (
    bare_surname,
    has_role_noun,
    inside,
    is_particle,
    particle_surnames,
)
from qabot.attribution.name_places import NamePlaces
from qabot.attribution.name_readings import read_run
from qabot.attribution.name_runs import StandingAlone, name_runs
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
from qabot.text.lexicon import first_name_gender, name_gender, name_key, role_words
from qabot.text.patterns import lazy

# a capitalised word and "of" before a surname: a title's place ("Lord Roberts of Conwy")
_PLACE_OF = lazy(r"[A-Z][\w'’.-]*[^\S\n]+of[^\S\n]+$")
KNIGHTS = frozenset(["sir", "dame"])  # titles given with the first name: "Sir Howard"


class People:
    """The text of one article and its people (`names`), whom the attribution steps link
    speaker phrases to.

    The names are read on first need, not when the people are made: most speaker phrases of
    plain text ("... the plan said ...") are told to name no one from their own words and the
    text alone, and half the synthetic articles whose cues make one never read the names
    (a quarter of their attribution was reading them).
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def names(self) -> Names:
        """The article's people, read once (see the class docstring)."""
        return Names(self.text)


class Names(NamePlaces):
    """The people of one article: names linked by surname, with gender evidence, roles, and
    where each is named (`NamePlaces`)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.by_surname: dict[str, list[Person]] = {}
        # the surnames of `by_surname` by their first and last letters, which a slip keeps
        self._surname_ends: dict[tuple[str, str], list[str]] = {}
        self.roles: list[tuple[set[str], Person, int]] = []  # role words -> person, where noted
        self.places: dict[str, bool] = {}  # one-word names written as places (references)
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
                self.note_role(role, person, match.start())
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

    def note_role(self, role: str, person: Person, position: int) -> None:
        """Remember that `role` describes `person` from `position` on, with any gender it
        implies."""
        if has_role_noun(role):
            self.roles.append((role_words(role), person, position))
            person.learn_role_gender(role_words(role))
