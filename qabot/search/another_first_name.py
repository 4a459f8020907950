"""Another first name: a full name asked whose first name is not a quoted person's is someone
else, not that person misremembered ("tom serwotka" is no Mark Serwotka), for
`qabot.search.misspelt_names`, which would otherwise read it as them when the topic confirms."""

from __future__ import annotations

from qabot.attribution.speaker_words import fold_name
from qabot.search.letter_off import letter_off
from qabot.text.lexicon import first_name_gender, same_first_name, spelt_alike


def another_first_name(asked: list[str], person: str) -> bool:
    """Return whether a full name `asked` (untitled, case-folded words) opens with a first name
    that is not `person`'s, nor a short form, another spelling or a letter off it: both first
    names the lexicon knows, so a reader's slip ("graem souness") is still read as theirs."""
    theirs = fold_name(person).split()
    if len(asked) < 2 or len(theirs) < 2 or not first_name_gender(asked[0]):
        return False
    given = theirs[0]
    return (
        first_name_gender(given) is not None
        and not same_first_name(asked[0], given)
        and not spelt_alike(asked[0], given)
        and not letter_off(asked[0], given)
    )
