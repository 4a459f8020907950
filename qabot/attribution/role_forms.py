"""The spellings a reader's role word may have in the articles: a country and its adjective,
the roles a "boss" or a "head" holds, a team's "manager" as its "coach", readers' words the
articles write otherwise ("exec"), an agent noun's base ("banker" of a "bank chairman"); used
when the directory matches a question's role."""

from __future__ import annotations

from functools import lru_cache

from qabot.attribution.speaker_words import role_word
from qabot.text import tokenize
from qabot.text.lexicon import DEMONYMS

# a loose word for whoever runs something: "the BT boss" may be its managing director, "the
# head of Migration Watch" its chairman, "the NATO chief" its secretary-general
_BOSS_WORDS = frozenset("boss supremo mogul gaffer honcho".split())
_BOSS_MEANS = frozenset(
    "boss supremo mogul chief head director executive ceo chairman manager president "
    "leader founder owner coach".split()
)
# "the head of X", "the X chief": whoever chairs or directs it, not any president or owner
_HEAD_WORDS = frozenset("head chief".split())
_HEAD_MEANS = frozenset(
    "head chief boss director executive ceo chairman chairwoman chair secretary-general "
    "commissioner".split()
)
# words of readers the articles write otherwise ("the Sony exec", "the Arsenal goalie")
_READERS_FORMS = {"exec": frozenset({"executive"}), "goalie": frozenset({"goalkeeper", "keeper"})}
# a team's manager is its coach: the articles give one word, readers the other
_TEAM_LEADERS = frozenset("manager coach".split())
# a team's captain is its skipper: the articles give one word, readers the other
_CAPTAINS = frozenset("captain skipper".split())
# a performer's agent may be written as their publicist or representative
_AGENT_MEANS = frozenset("agent publicist representative".split())
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "an", "i", "n")


_COUNTRY_FORMS: dict[str, list[str]] = {}
for _country, _adjective in DEMONYMS.items():
    _COUNTRY_FORMS.setdefault(_country, []).append(_adjective)
    _COUNTRY_FORMS.setdefault(_adjective, []).append(_country)


def role_forms(word: str) -> set[str]:
    """Return the spellings a role word in a question may have in the articles: itself, a
    country and its adjective ("Pakistan's president" is "the Pakistani president", "Russia"
    and "Russian"), for "boss" (or "head", "chief") the roles a boss holds, a "CEO" its chief
    executive, a team's "manager" is its "coach" or "boss", its "captain" its "skipper"."""
    forms = {word, *(role_word(w) for w in _COUNTRY_FORMS.get(word, ()))}
    if word in _BOSS_WORDS:
        return forms | _BOSS_MEANS
    if word in _HEAD_WORDS:
        return forms | _HEAD_MEANS
    if word in _TEAM_LEADERS:
        return forms | _TEAM_LEADERS | {"boss"}
    if word in _CAPTAINS:
        return forms | _CAPTAINS
    if word == "agent":
        return forms | _AGENT_MEANS
    if word in _READERS_FORMS:
        return forms | _READERS_FORMS[word]
    if word == "ceo":  # the chief executive, as the articles mostly write it
        return forms | {"chief", "executive"}
    if len(word) >= 4 and word.isalpha():
        forms.update(word + ending for ending in _DEMONYM_ENDINGS)
        for ending in _DEMONYM_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                forms.add(word[: -len(ending)])
        if word.endswith("y"):
            forms.add(word[:-1] + "ian")  # "Italy", "Italian"
    return forms


# an agent noun is shorter than this no more than a stem and its "-er" ("user", "peer")
_AGENT_LETTERS = 6


@lru_cache(maxsize=1 << 12)
def agent_bases(word: str) -> frozenset[str]:
    """Return the stems of what an agent noun ("banker", "founder") is the doer of ("bank",
    "found"): a reader asks for "the banker" of one the articles call a "bank chairman", or
    "the founder" of a "founding member", where the stemmer keeps the noun apart from its base.
    None for a word not ending in "-er" or too short to hold a base."""
    if len(word) < _AGENT_LETTERS or not word.isalpha() or not word.endswith("er"):
        return frozenset()
    # "banker" less "er", "manager" less "r" (its base "manage")
    return frozenset([*tokenize(word[:-2]), *tokenize(word[:-1])])
