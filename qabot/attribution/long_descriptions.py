"""Long descriptions: a speaker phrase of up to twelve words that describes someone unnamed by
a person noun and what ties them to the story ("A person familiar with the planning for
Thursday's meeting said", "The deputy head of China's delegation to the forum said"); read by
`qabot.attribution.noun_phrases` where a phrase of more than eight words is no name.
"""

from __future__ import annotations

from qabot.text.lexicon import PERSON_NOUNS, SOURCE_TIES

# what opens a long description of someone unnamed ("a person familiar with ...")
DESCRIPTION_OPENERS = frozenset("a an the one another some several two three".split())
_UNNAMED = frozenset("person people source sources".split())


def tied_person(words: list[str]) -> bool:
    """Return True when `words` open with a determiner and a person noun within the next five
    words, then a tie to the story ("a person familiar with", "the deputy head of", "one
    official close to"), and hold no clause of their own: one long description. After "the"
    only "of" ties: "the Republican nominee for the Nov. 8 election" is the nominee named
    before."""
    opener = words[0].casefold()
    if opener not in DESCRIPTION_OPENERS:
        return False
    tie = next((i for i, w in enumerate(words[2:7], 2) if w.casefold() in SOURCE_TIES), 0)
    noun = words[tie - 1].casefold() if tie else ""
    return (
        (noun in PERSON_NOUNS or noun.removesuffix("s") in PERSON_NOUNS or noun in _UNNAMED)
        and (opener != "the" or words[tie] == "of")
        and not any(w.casefold() in {"who", "which", "that"} for w in words)
    )
