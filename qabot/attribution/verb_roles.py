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

from qabot.attribution.copula_roles import name_ends
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
    r"\s+(?:(?:the|a|an|his|her|its|their)\b|[A-Z])"
)


def verb_roles(sentence: str, name: str) -> list[str]:
    """Return the roles `sentence` tells `name` holds by a verb right after the full name or
    the surname alone ("Jo Lind, who coaches the side": "coach"; "Lind chairs the committee":
    "chairman"), where no other name's word is written before a lone surname."""
    found = []
    for end in name_ends(sentence, name):
        match = _VERB_ROLE.match(sentence, end)
        if match is not None:
            found.append(_ROLE_OF_VERB[match.group("verb")])
    return list(dict.fromkeys(found))
