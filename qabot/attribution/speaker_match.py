"""The answer to "who may this name mean?", shared by the directory's two ways of looking.

`SpeakerDirectory.match` finds people by name, surname or alias (`qabot.attribution.name_lookup`)
and by role (`qabot.attribution.role_matching`); both return this record, so it lives apart from
either.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Match:
    """The people a name, surname, alias or role in a question may mean, best first."""

    people: list[str]
    # "name", "surname" (several share it), "alias", "role", "given" (a first name), or "none"
    how: str = "none"
    scores: list[float] = field(default_factory=list)  # role matches: how specific, per person
    # role matches not holding every word that says whose role it is ("Bolger" of "Bolger's
    # lawyer"): they fit only when a sentence ties those words (`owner_words`, as the question
    # writes them) to their role (`qabot.attribution.owner_ties`)
    unowned: frozenset[str] = frozenset()
    owner_words: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()  # the role asked about, in its synonyms ("boss", "coach")
    # the role asked under a rank ("the deputy mayor"): a sentence writing the role and owner
    # alone does not make someone its holder
    ranked: bool = False
    # the role asked as one held before ("the former chancellor"): a sentence calling someone
    # its former holder ties them, as it does not for the role asked as it stands
    past: bool = False
    # a role asked before a shared surname that none of its namesakes holds ("union boss
    # Brown"): the topic may tell them apart, how often each is quoted may not
    unheld: bool = False

    @property
    def ambiguous(self) -> bool:
        return self.how in {"surname", "role", "given"} and len(self.people) > 1
