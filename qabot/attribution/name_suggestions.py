"""Name suggestions: "did you mean Jens Stoltenberg?" for a name no one in the archive has.

Asked only when a question's name matches nobody (`SpeakerDirectory.suggest`,
`qabot.attribution.directory`). The archive may know hundreds of thousands of names, so they are
grouped by the first letter of the surname when the directory is built, and each letter's
candidates are made the first time a name with that letter is asked about.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
from collections import defaultdict
from collections.abc import Iterable

from qabot.attribution.name_keys import cached_name_key
from qabot.text.lexicon import POSSESSIVES, is_anonymous, strip_title

SUGGEST_CUTOFF = 0.75  # difflib's similarity a known name needs to be suggested
NEAR_NAMES = 3  # people `near` returns at most
NEAR_KEPT = 1024  # names whose close names are kept (see `NameSuggestions.near`)


class NameSuggestions:
    """Known names by the first letter of their surname, to suggest one close to a typo."""

    def __init__(self, people: Iterable[str]) -> None:
        self._by_initial: dict[str, list[str]] = defaultdict(list)  # surname's first letter
        self._options: dict[str, tuple[dict[str, list[str]], dict[int, list[str]], list[str]]] = {}
        self._near: dict[tuple[str, int], tuple[str, ...]] = {}  # see `near`
        for person in people:
            # "the chancellor" is a role, not a surname; nor is "His spokesman" a name, written
            # with a capital only at the start of its sentence
            if not is_anonymous(person) and person.split()[0].casefold() not in POSSESSIVES:
                self._by_initial[cached_name_key(person)[1][:1]].append(person)

    def suggest(self, name: str) -> str | None:
        """Return a known name close to `name` ("Stoltenburg" -> "Jens Stoltenberg"), if any.

        Only names sharing the first letter of the surname asked about are compared: a typo
        seldom changes it, and the archive may know hundreds of thousands of names. Of those,
        only names of a length difflib could find close enough are given to it."""
        near = self.near(name, 1)
        return near[0] if near else None

    def near(self, name: str, most: int = NEAR_NAMES) -> list[str]:
        """Return up to `most` people whose name or surname is close to `name`, closest
        first: more than one says a suggestion is a guess among several ("Willams").

        The names close to a name are kept (NEAR_KEPT, then forgotten): a name nobody is quoted
        under is asked again ("what did X say about Y?", then "... about Z?"), and difflib over
        the names of a letter costs ~0.2-0.7 ms a name at a million passages."""
        query = strip_title(name).casefold()
        if not query:
            return []
        kept = self._near.get((query, most))
        if kept is None:
            kept = tuple(self._near_of(query, most))
            if len(self._near) >= NEAR_KEPT:
                self._near.clear()
            self._near[(query, most)] = kept
        return list(kept)

    def _near_of(self, query: str, most: int) -> list[str]:
        """`near` for a name as folded and stripped of its title."""
        last = query.split()[-1]
        options, by_length, ordered = self._suggestion_options(last[:1])
        size = len(query)
        others = str.maketrans("", "", query)  # deletes the query's letters
        keys: list[str] = []
        for length, group in by_length.items():
            # difflib's first test (real_quick_ratio), which needs only the two lengths
            if 2.0 * min(length, size) / (length + size) < SUGGEST_CUTOFF:
                continue
            # its second (quick_ratio) counts the letters the two share: at most the key's
            # letters found in the query, so a key with more than `apart` others fails it
            apart = -1
            while 2.0 * (length - apart - 1) / (length + size) >= SUGGEST_CUTOFF:
                apart += 1
            unshared = map(len, map(str.translate, group, itertools.repeat(others)))
            keys += itertools.compress(group, map(apart.__ge__, unshared))
        close = difflib.get_close_matches(query, keys, n=most + 1, cutoff=SUGGEST_CUTOFF)
        if close:
            people = [p for key in close for p in options[key]]
            return list(dict.fromkeys(people))[:most]
        if len(query) < 3:
            return []
        prefixed: set[str] = set()
        # the names starting with the query follow it in sorted order
        for key in itertools.islice(ordered, bisect.bisect_left(ordered, query), None):
            if not key.startswith(query):
                break
            prefixed.update(options[key])
        return list(prefixed) if len(prefixed) == 1 else []

    def _suggestion_options(
        self, initial: str
    ) -> tuple[dict[str, list[str]], dict[int, list[str]], list[str]]:
        """Return the names and surnames (folded) of the people whose surname starts with
        `initial`, each with its person, those names by length, and sorted (made once per
        letter)."""
        made = self._options.get(initial)
        if made is None:
            options: dict[str, list[str]] = defaultdict(list)
            for person in self._by_initial.get(initial, ()):
                for key in dict.fromkeys([person.casefold(), cached_name_key(person)[1]]):
                    options[key].append(person)  # a surname: everyone who has it
            by_length: dict[int, list[str]] = defaultdict(list)
            for key in options:
                by_length[len(key)].append(key)
            made = self._options[initial] = (options, dict(by_length), sorted(options))
        return made
