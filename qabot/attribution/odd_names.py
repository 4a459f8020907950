"""Odd names: bodies' names of shapes a capitalised run misses (a step inside
`qabot.attribution.speaker_reading`).

"4Cast" and "eBay" open with a number or a small letter; "NAAMSA" is a long initialism in
capitals, read as shouting unless the story spells it out; "Moody's" and "Standard & Poor's"
end in "'s", which elsewhere marks a possessor ("Acme's chief said"). Each is read from the
word and the article's own text, no list of names.
"""

from __future__ import annotations

import re

from qabot.attribution.name_runs import LOW_PARTICLE
from qabot.attribution.names import People
from qabot.attribution.place_phrases import known_person
from qabot.attribution.stray_words import capitalised_inside
from qabot.text.lexicon import PRONOUNS, TITLE_WORDS, first_name_gender
from qabot.text.patterns import lazy

# a name opening with a number or a small letter: "4Cast", "3Com", "eBay", "iTunes" (a capital,
# then lower case; not "3G", "4x4", "2Mbps")
_ODD_NAME = lazy(rf"(?:\d+(?![KMGT]bps)|[a-z]|{LOW_PARTICLE})[A-Z][a-z]{{2,}}")
_POSSESSIVE_ENDS = ("'s", "’s")


def odd_name_word(people: People, word: str) -> bool:
    """Return True for a word of a name that is not written with a capital first: "4Cast",
    "eBay", or an initialism of six capitals or more the story spells out ("... (NAAMSA)")."""
    return _ODD_NAME.fullmatch(word) is not None or (word.isupper() and f"({word})" in people.text)


def possessive_body(people: People, run: list[str]) -> bool:
    """Return True when a speaker phrase ends in a name with "'s" that is a body's whole
    name ("Moody's", "Standard & Poor's", "Sainsbury's"): nothing possessed follows it (the
    phrase ends there), no title comes before it, no person of the story is so called
    ("Mr Houston's reported", "Trump's said": his, or "he has"), and the story never writes
    the name without it ("the BBC's said": the BBC has said)."""
    if not run or not run[-1].endswith(_POSSESSIVE_ENDS):
        return False
    bare = [*run[:-1], run[-1][:-2]]
    return (
        len(bare[-1]) > 1
        and first_name_gender(bare[0]) is None
        and not known_person(people, bare)
        and not any(w.rstrip(".").casefold() in TITLE_WORDS | PRONOUNS.keys() for w in bare)
        and not any(w.endswith(_POSSESSIVE_ENDS) for w in bare)
        # "Let's say": a word only a sentence opens is no name
        and (len(run) > 1 or capitalised_inside(people.text, run[-1]))
        and re.search(rf"(?<![\w'’-]){re.escape(bare[-1])}(?!['’]s)(?![\w'’-])", people.text)
        is None
    )
