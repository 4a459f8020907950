"""Merged names as a record, and its stored form: what `qabot index` writes of the directory.

`merge_names` (`qabot.attribution.name_merging`) works out everyone quoted, under one canonical
name each, from every article's summary of who speaks: ~0.3 CPU-s on 2,283 articles, seconds on
a million passages. An index stores the result (`to_json`) so that a process answering speech
questions reads it (`from_json`) instead of working it out again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from qabot.text.lexicon import strip_title

# The version of the merging rules (`qabot.attribution.name_merging` and the steps it calls:
# `lone_surnames`, `short_first_names`, `quoted_role_holders`, `article_names`) and of the stored
# form below: a stored directory of another version is not read, the directory is merged again
# from the summaries when first asked for. Bump it with any change to what `merge_names` returns
# that bumps no ATTRIBUTION_VERSION (a stored directory is read only under the rules it was
# written by, quote and summary rules included): a change of the lexicons it reads too.
# 1: the first stored directory; 2: each person's role phrases that hold a speaking role
# (`phrases`, and in each article's stored part), who speaks for a body read from one phrase;
# 3: a role quoted as it stands beside several people who hold it is the one the articles give
# it five times as often as each other one ("the prime minister" beside Tony Blair and Gordon
# Brown: Blair; it stayed as written); 4: a speaker written in the possessive ("McDonald's") is
# no person of its surname ("Ben McDonald"); 5: a lone surname whose stories give it titles of
# both genders is two people, those of the fewer stories set apart under the surname with
# their title ("Mrs Howard" of one story is "Ms Howard", no "Mr Howard" of two others)
MERGING_VERSION = 5


@dataclass(frozen=True, slots=True, kw_only=True)
class MergedNames:
    """Everyone quoted, under their canonical names, as `SpeakerDirectory` holds them."""

    canonical: dict[str, str]  # speaker as written -> canonical name
    counts: dict[str, int]  # canonical name -> number of quotes, first quoted first
    articles: dict[str, list[str]]  # canonical name -> ids of the articles quoting them
    roles: dict[str, Counter[str]]  # canonical name -> role words seen in its attributions
    local: dict[
        tuple[str, str], str
    ]  # (article, speaker as written) -> canonical, where it differs
    aliases: dict[str, set[str]]  # canonical name -> other names it is quoted under
    # canonical name -> role phrases holding a speaking role -> count (`SpeakerSummary.phrases`)
    phrases: dict[str, Counter[str]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Return the stored form: each map as an object in its order (orders tell who was
        quoted first), `local` as [article, speaker, canonical] triples, aliases sorted."""
        return {
            "version": MERGING_VERSION,
            "canonical": self.canonical,
            "counts": self.counts,
            "articles": self.articles,
            "roles": self.roles,
            "local": [
                [article, speaker, person] for (article, speaker), person in self.local.items()
            ],
            "aliases": {person: sorted(names) for person, names in self.aliases.items()},
            "phrases": self.phrases,
        }

    @classmethod
    def from_json(cls, data: Any) -> MergedNames:
        """Return the names stored by `to_json` (ValueError when `data` is not of this
        version, or not of its shape: never a directory of half-read maps). The types are
        checked a map at a time (`_only`), not an entry at a time: at a million passages the
        checks of each entry were two thirds of the load after the JSON's own decoding."""
        version = data.get("version") if isinstance(data, dict) else None
        if type(version) is not int or version != MERGING_VERSION:  # not True, not 1.0
            raise ValueError("not a stored speaker directory of this version")
        canonical = _object(data.get("canonical"), "canonical")
        counts = _object(data.get("counts"), "counts")
        articles = _object(data.get("articles"), "articles")
        roles = _object(data.get("roles"), "roles")
        phrases = _object(data.get("phrases"), "phrases")
        aliases = _object(data.get("aliases"), "aliases")
        local = data.get("local")
        if not isinstance(local, list):
            raise ValueError("local is not a list")
        if not _only(str, canonical.values()):
            raise ValueError("canonical maps a name to something other than a name")
        if not _only(int, counts.values()):
            raise ValueError("counts holds a count that is not a whole number")
        if not (
            _only(list, articles.values(), aliases.values())
            and _only(str, *articles.values(), *aliases.values())
        ):
            raise ValueError("a list of names or articles holds something else")
        if not (
            _only(dict, roles.values(), phrases.values())
            and _only(int, *(w.values() for w in (*roles.values(), *phrases.values())))
        ):
            raise ValueError("roles or phrases hold something other than counts")
        if not (_only(list, local) and {len(row) for row in local} <= {3} and _only(str, *local)):
            raise ValueError("local holds something other than [article, speaker, name]")
        return cls(
            canonical=canonical,
            counts=counts,
            articles=articles,
            roles={person: _counter(words) for person, words in roles.items()},
            local={(article, speaker): person for article, speaker, person in local},
            aliases={person: set(names) for person, names in aliases.items()},
            phrases={person: _counter(counts) for person, counts in phrases.items()},
        )


def canonical_name(
    canonical: dict[str, str], local: dict[tuple[str, str], str], article_id: str, speaker: str
) -> str:
    """Return the canonical name of `speaker` as written in article `article_id`, by the maps
    of `MergedNames` (`canonical`, `local`): the one rule of the directory and of the role
    phrases the merge gives each person."""
    found = local.get((article_id, speaker))
    if found is not None:
        return found
    return canonical.get(speaker) or strip_title(speaker)


def _only(kind: type, *groups: Iterable[Any]) -> bool:
    """Return whether every item of `groups` is exactly of type `kind` (not a subclass: True
    is no count), by the set of their types: one pass in C, not a Python test an item."""
    return set(map(type, chain.from_iterable(groups))) <= {kind}


def _counter(counts: dict[str, int]) -> Counter[str]:
    """Return `counts` as a Counter, in its order (dict.update: `Counter(counts)` checks each
    count, a third of the load's time over thousands of people)."""
    counter: Counter[str] = Counter()
    dict.update(counter, counts)
    return counter


def _object(value: Any, name: str) -> dict[str, Any]:
    """Return `value` when it is a JSON object (ValueError naming `name` when not)."""
    if not isinstance(value, dict):
        raise ValueError(f"{name} is not an object")
    return value
