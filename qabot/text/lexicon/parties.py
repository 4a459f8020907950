"""Party words: a party's names in roles and questions, and its members' plural names.

"Which Tory ...?" asks for whom an article calls "the Conservative X"; two roles whose party
words differ are two people; "Latino Republicans" is a group, never a surname. Common usage of
party names, tied to no article.
"""

from __future__ import annotations

import re

from qabot.text.lexicon.running_text import word_set
from qabot.text.patterns import lazy

# a party member's other name, each way: "which Tory ...?" asks for whom an article calls "the
# Conservative X", "which Lib Dem ...?" for "Liberal Democrat X"
PARTY_NAMES = {
    "tory": "conservative",
    "tories": "conservatives",
    "lib": "liberal",
    "dem": "democrat",
    "dems": "democrats",
    "gop": "republican",
}
# a party's word in a role ("the Democrat senator", "Libertarian nominee X"): two roles whose
# party words differ are two people, where a place ("the Ealing North MP") may be one the
# article left out of the role it noted
# article left out of the role it noted. The parties of the UK (Scotland, Wales and Northern
# Ireland's too) and of the US, by their words and initials ("Plaid Cymru", "Sinn Fein", "DUP")
PARTY_WORDS = frozenset(
    """conservative tory labour liberal lib democrat dem democratic republican gop libertarian
green socialist nationalist unionist communist ukip snp respect plaid cymru dup uup sdlp sinn fein
féin bnp veritas ssp sdp""".split()
)
# a party's second word and its initials, each read as the party's one word: "Plaid Cymru" is
# "Plaid", "Sinn Fein" is "Sinn"; "DUP" holds the words of "Democratic Unionist Party"
_SECOND_WORDS = {"cymru": "plaid", "fein": "sinn", "féin": "sinn"}
PARTY_INITIALS = {
    "snp": ("nationalist",),
    "dup": ("democrat", "unionist"),
    "uup": ("unionist",),
    "sdlp": ("democrat", "labour"),
    "ssp": ("socialist",),
    "sdp": ("democrat",),
    "gop": ("republican",),
}
# the plural names of parties' members: a group, never a surname ("Latino Republicans")
PARTY_MEMBERS = word_set(
    "democrats dems tories conservatives republicans liberals socialists nationalists greens "
    "unionists"
)

# a party's two names, each way, as a reader or a writer uses either: "Tory" is "Conservative",
# "Lib Dem" is "Liberal Democrat", "Democratic senator" is "Democrat senator"
_OTHER_NAMES = {
    "tory": "conservative",
    "tories": "conservatives",
    "lib dem": "liberal democrat",
    "lib dems": "liberal democrats",
    "gop": "republican",
    "democratic": "democrat",
}
_OTHER_NAMES |= {long: short for short, long in list(_OTHER_NAMES.items())}
_NAMED = lazy(
    r"(?<!\w)("
    + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_OTHER_NAMES, key=len)[::-1])
    + r")(?!\w)",
    re.IGNORECASE,
)


def by_other_party_name(phrase: str) -> str | None:
    """Return `phrase` with each party named by its other name ("Tory health spokesman" ->
    "Conservative health spokesman", "lib dem leader" -> "liberal democrat leader"), written
    with a capital where the phrase writes one; None when it names no such party."""
    if _NAMED.search(phrase) is None:
        return None
    return _NAMED.sub(_other, phrase)


def _other(found: re.Match[str]) -> str:
    written = found.group(1)
    other = _OTHER_NAMES[" ".join(written.casefold().split())]
    if written.isupper() and len(written) > 1:
        return other.title()  # "GOP" -> "Republican"
    return other.title() if written[:1].isupper() else other


def party_name(word: str) -> str | None:
    """Return the party a word of a role names in one spelling ("Tory", "tories" and
    "Conservatives'" are "conservative", "Cymru" is "plaid"), or None for no party's word."""
    folded = word.casefold().removesuffix("'s").removesuffix("’s").rstrip("'’")
    for form in (folded, folded.removesuffix("s"), f"{folded.removesuffix('ies')}y"):
        if form in PARTY_WORDS:
            one = _SECOND_WORDS.get(form) or PARTY_NAMES.get(form, form)
            return "democrat" if one == "democratic" else one
    return None


def party_readings(word: str) -> frozenset[str]:
    """Return the parties a word of a role names, each in one spelling, or none: "Tory",
    "tories" and "Conservatives'" are "conservative", "dems" is "democrat", "Cymru" is
    "plaid", and initials are also the words they stand for ("DUP": "dup", "democrat",
    "unionist"): however a role or a question names a party, it is read so."""
    one = party_name(word)
    if one is None:
        return frozenset()
    return frozenset({one, *PARTY_INITIALS.get(one, ())})
