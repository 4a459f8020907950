"""Party words: a party's names in roles and questions, and its members' plural names.

"Which Tory ...?" asks for whom an article calls "the Conservative X"; two roles whose party
words differ are two people; "Latino Republicans" is a group, never a surname. Common usage of
party names, tied to no article.
"""

from __future__ import annotations

from qabot.text.lexicon.running_text import word_set

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
PARTY_WORDS = frozenset(
    """conservative tory labour liberal lib democrat dem democratic republican gop libertarian
green socialist nationalist unionist ukip snp respect""".split()
)
# the plural names of parties' members: a group, never a surname ("Latino Republicans")
PARTY_MEMBERS = word_set(
    "democrats dems tories conservatives republicans liberals socialists nationalists greens "
    "unionists"
)
