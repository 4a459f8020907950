"""Verb roles: a role an article tells only by what a named person does ("Jo Lind, who coaches
the side", "Lind chairs the committee"), a step inside `qabot.attribution.summaries` beside
`copula_roles`, so the speaker directory knows "coach" or "chairman" as it knows a role written
before the name ("coach Jo Lind").

Only verbs whose use with an object names a standing office or occupation: in the present
tense ("chairs the committee", "edits a newspaper") and, for those whose past still names the
office, in the past ("coached the side", "founded the party"); not verbs whose past is one act
("chaired a meeting", "managed a draw", "presented an award", "led an inquiry"), nor those as
often used of a share or a race as of an office ("owns a 44% stake", "leads the polls").
"""

from __future__ import annotations

from collections.abc import Collection

from qabot.attribution.speaker_words import singular
from qabot.text.lexicon import BODY_NOUNS, ORGANISATION_WORDS, WORK_NOUNS
from qabot.text.patterns import lazy

# the verb as written -> the role noun it tells
_ROLE_OF_VERB = {
    "coaches": "coach",
    "coached": "coach",
    "manages": "manager",
    "captains": "captain",
    "captained": "captain",
    "chairs": "chairman",
    "edits": "editor",
    "founded": "founder",
    "co-founded": "founder",
    "presents": "presenter",
    "produces": "producer",
    "directs": "director",
    "trains": "trainer",
    "teaches": "teacher",
}
# right after the name: an optional relative "who" and adverb, the verb, and an object opening
# with a determiner, an owner or a capital ("who also coached Burger", "owns the club"), not a
# number or a word in lower case ("leads 2-0", "trains hard")
_VERB_ROLE = lazy(
    r"(?:\s*,\s*who)?\s+(?:(?:also|now|still|currently|once|previously)\s+)?"
    r"(?P<verb>" + "|".join(sorted(_ROLE_OF_VERB, key=len, reverse=True)) + r")"
    r"\s+(?=(?:the|a|an|his|her|its|their)\b|[A-Z])"
)
# the object's words up to where its phrase ends: a stop, a preposition or a verb's "to"
_OBJECT = lazy(
    r"(?P<words>(?:(?!(?:to|for|in|at|on|with|into|through|as|but|while|because)\b)"
    r"[\w'’&.-]+\s*){1,6})"
)
# what an office is held over: a team, a body or a show ("coaches the side", "chairs the
# committee", "edits a newspaper", "presents the show"), not a problem or a chance ("presents a
# problem", "produces a report" tell no office)
_OFFICE_OBJECTS = (
    ORGANISATION_WORDS
    | BODY_NOUNS
    | frozenset(WORK_NOUNS)
    | frozenset(
        """side squad crew blog awards festival summit competition tournament orchestra choir
        horse horses class""".split()
    )
)


def verb_roles(
    sentence: str, ends: list[int], persons: Collection[str] = (), own: Collection[str] = ()
) -> list[str]:
    """Return the roles `sentence` tells a name holds by a verb right after it ("Jo Lind, who
    coaches the side": "coach"; "Lind chairs the committee": "chairman"), the name ending at
    `ends` (`copula_roles.name_ends`: the full name, or the surname alone where no other
    name's word is written before it), and the verb's object is what an office is held over:
    a name, not one of `persons` (the words of the people the article quotes: "Cruz coached
    Trump to breathe" tells no office) other than the name's `own` words, or a team, a body
    or a show ("presents a problem" tells none). `own` is apart so that a caller need not
    copy `persons` without it for every sentence (that grew with the square of a long text)."""
    found = []
    for end in ends:
        match = _VERB_ROLE.match(sentence, end)
        if match is not None and _office_object(sentence, match.end(), persons, own):
            found.append(_ROLE_OF_VERB[match.group("verb")])
    return list(dict.fromkeys(found))


def _office_object(
    sentence: str, start: int, persons: Collection[str], own: Collection[str]
) -> bool:
    """Return True when the object at `start` is something an office is held over: a name no
    person quoted in the article bears ("England", "The Weakest Link"), or a phrase of a team,
    a body or a show ("the side", "the Commons trade committee", "a group blog")."""
    found = _OBJECT.match(sentence, start)
    if found is None:
        return False
    words = [w.strip(".,;:'’") for w in found.group("words").split()]
    words = [w for w in words if w]
    named = [w for w in words if w[:1].isupper()]
    if any(w[:1].isupper() for w in words[:2]) and not any(
        w in persons and w not in own for w in named
    ):
        return True  # "captained England", "coached the Lions", "presents The Weakest Link"
    return any(singular(w.casefold()) in _OFFICE_OBJECTS for w in words[1:])
