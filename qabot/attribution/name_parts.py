"""One article's part of name merging: each speaker under the name its own article gives it.

`merge_names` (`qabot.attribution.name_merging`) first names every speaker of an article from
that article alone ("Cueto" is the "Josenrique Cueto" it also writes, "Brian" the "Brian
Gibbons" quoted beside him, "Architect Lena Okafor" is "Lena Okafor" with the role
"architect"), then merges the names across articles. The first step depends on nothing but the
article's summary, so an index stores its result per article (`to_json`): an update that reads
or drops a few articles works out theirs only, and merges every article's stored part again in
the order of the files, as a build merges them (the directory it stores is a build's).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from qabot.attribution.lone_surnames import peer_title
from qabot.attribution.quoted_role_holders import role_asked
from qabot.attribution.same_article_names import by_first_name, by_kin, by_role_and_surname
from qabot.attribution.speaker_genders import GENDERS
from qabot.attribution.speaker_words import person_name
from qabot.attribution.summaries import SpeakerSummary, Summary
from qabot.text.lexicon import strip_title

# the genders a stored part may give a speaker ("" for none): made once, not per speaker read
# (a million-passage index's parts hold some 28,000 speakers, read by its first speech question)
_STORED_GENDERS = GENDERS | {""}


@dataclass(frozen=True, slots=True)
class NamedSpeaker:
    """A speaker of one article as written, the name that article gives them, the role words
    written before the name ("architect"), and what the article's summary says of them."""

    speaker: str
    name: str
    role: list[str]
    entry: SpeakerSummary


@dataclass(frozen=True, slots=True)
class ArticleNames:
    """The speakers of one article, named from it alone; `described` when one of them is
    quoted as a role that stands for a person ("France's finance minister")."""

    speakers: list[NamedSpeaker]
    described: bool

    def to_json(self) -> list[Any]:
        """Return the stored form: `[described, [[speaker, name or null when the same, role
        words, count, roles, aliases, gender, role phrases], ...]]`."""
        return [
            int(self.described),
            [
                [
                    s.speaker,
                    None if s.name == s.speaker else s.name,
                    s.role,
                    s.entry.count,
                    s.entry.roles,
                    s.entry.aliases,
                    s.entry.gender,
                    s.entry.phrases,
                ]
                for s in self.speakers
            ],
        ]

    @classmethod
    def from_json(cls, data: Any) -> ArticleNames:
        """Return the part stored by `to_json` (ValueError when it is not one: checked as a
        whole, the strings and counts by their types, never a part half read)."""
        try:
            described, stored = data
            speakers = [
                NamedSpeaker(
                    speaker,
                    speaker if name is None else name,
                    role,
                    SpeakerSummary(count, roles, [], aliases, gender, phrases),
                )
                for speaker, name, role, count, roles, aliases, gender, phrases in stored
            ]
        except (TypeError, ValueError) as error:
            raise ValueError(f"not one article's speaker names: {error}") from None
        if described not in (0, 1) or not all(_well_formed(s) for s in speakers):
            raise ValueError("not one article's speaker names")
        return cls(speakers, bool(described))


def _well_formed(named: NamedSpeaker) -> bool:
    """Return whether a part read back holds strings and counts where `to_json` wrote them."""
    entry = named.entry
    return (
        type(named.speaker) is str
        and type(named.name) is str
        and type(named.role) is list
        and all(type(word) is str for word in named.role)
        and type(entry.count) is int
        and type(entry.roles) is dict
        and all(type(n) is int for n in entry.roles.values())
        and type(entry.aliases) is list
        and all(type(alias) is str for alias in entry.aliases)
        and entry.gender in _STORED_GENDERS
        and type(entry.phrases) is dict
        and all(type(n) is int for n in entry.phrases.values())
    )


def article_names(summary: Summary) -> ArticleNames:
    """Return the speakers of one article (`summary`), each under the name it gives them."""
    by_first = by_first_name(summary) | by_role_and_surname(summary) | by_kin(summary)
    speakers = []
    for speaker, entry in summary.items():
        name, role = person_name(speaker, entry.roles)
        if (
            entry.names
            and len(strip_title(name).split()) == 1
            and not peer_title(Counter(entry.roles))
        ):
            # "Cueto" is "Josenrique Cueto" in this article (but "Lord Roberts" is not
            # the "Sion Roberts" it names too: a peer goes by the title)
            name = entry.names[0]
        elif speaker in by_first:
            # "Brian" is the "Brian Gibbons" quoted beside him, "Archbishop Tutu" the
            # "Desmond Tutu"
            name = by_first[speaker]
        speakers.append(NamedSpeaker(speaker, name, role, entry))
    return ArticleNames(speakers, any(role_asked(speaker) for speaker in summary))
