"""Group speakers: which "who said ...?" candidates read as a group ("campaigners", "IPPR",
"Gartner": `who_said_facts`' `grouped`) speak as one person after all, so that
`who_said_ranking` spares them the group's weighing down beside a named person: one the articles
leave unnamed ("one Bombay trader"), or a body's spokesperson holding the role asked ("who
answered for the Tories?" of "Blair's spokesman").
"""

from __future__ import annotations

from qabot.search.who_said_roles import ROLE_WEIGHT
from qabot.text.lexicon import PERSON_NOUNS, ROLE_NOUNS, SPOKESPEOPLE


def speaks_as_one(speaker: str, fit: float) -> bool:
    """Return whether `speaker`, read as a group, is one person's voice: a body's spokesperson
    holding at least `_VOICE_FIT` of the role asked (`fit`), or one person left unnamed."""
    return (fit >= _VOICE_FIT and _a_voice(speaker)) or _one_person(speaker)


def _one_person(speaker: str) -> bool:
    """Return whether `speaker` describes one person the articles leave unnamed ("one Bombay
    trader", "a Google spokesperson", "the Conservatives' campaign director"): `is_group` reads
    any description as one, but a single person's words are no body's ("campaigners", "IPPR")."""
    words = speaker.casefold().split()
    return (
        len(words) >= 2
        and words[0] in _ONE
        and (words[-1] in ROLE_NOUNS or words[-1] in PERSON_NOUNS)
    )


_ONE = frozenset("a an one the another".split())  # what opens a description of one person


def _a_voice(speaker: str) -> bool:
    """Return whether `speaker` is a body's unnamed spokesperson ("a Conservative spokesperson",
    "the council spokesman"): one person speaking for a body, though no name is given."""
    return speaker.split()[-1].casefold() in SPOKESPEOPLE if speaker else False


# a body's unnamed spokesperson holding this much of the role asked ("who answered for the
# Tories", "which council spokesman said ...") is the one asked for, not a group beside a named
# person: the group's weighing down is spared (`_a_voice`); the body itself ("the Tories") is not
_VOICE_FIT = 0.5 * ROLE_WEIGHT
