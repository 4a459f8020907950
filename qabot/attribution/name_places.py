"""Name places: where an article names each of its people and where each spoke (a part of
`qabot.attribution.names.Names`, which fills them while reading and attributing).

The mentions are read once per article and the speakers grow as quotes are attributed; the
lookups here bisect them, so a long article's every question costs one person's places, not
the article's.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from functools import cached_property

from qabot.attribution.persons import Person


def _position(item: tuple[int, Person]) -> int:
    return item[0]


class NamePlaces:
    """Where the people of one article are named and where they spoke, in text order."""

    def __init__(self) -> None:
        self.mentions: list[tuple[int, Person]] = []  # in text order
        # the mentions outside quote marks (`Names` fills them once the mentions are read)
        self.narrated: list[tuple[int, Person]] = []
        self.speakers: list[tuple[int, Person]] = []  # speakers so far, in text order
        self._spoke_at: dict[int, list[int]] = {}  # where each speaker spoke (by `id`), in order

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
