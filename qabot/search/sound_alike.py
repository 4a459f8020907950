"""Sound-alike spellings: a surname typed as it sounds ("haig" for Hague, "smyth" for Smith).

Readers spell names they have only heard; English writes one sound several ways, so the
typed name may be more than a letter off the written one (`letter_off`) and still be meant.
`qabot.search.misspelt_names` reads a name so typed as the one person quoted whose other
names are as typed.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

# spellings of one sound, replaced in order: a "-gue"/"-que" ending is a hard g or k ("Hague",
# "Roque"), "ph" is f, "ck" k, "y" a vowel; then a run of vowels is one vowel sound, a silent
# final "e" after a consonant is dropped, and doubled letters are one
_SPELLINGS = (
    (lazy(r"gue$"), "g"),
    (lazy(r"que$"), "k"),
    (lazy(r"ph"), "f"),
    (lazy(r"ck"), "k"),
    (lazy(r"y"), "i"),
    (lazy(r"(?<=[^aeiou])e$"), ""),
    (lazy(r"[aeiou]+"), "a"),
    (lazy(r"(\w)\1+"), r"\1"),
)
MIN_SOUNDED = 4  # letters a surname typed needs: shorter ones sound like too many names


def sound_key(word: str) -> str:
    """Return how `word` (case-folded letters) sounds, one spelling for each sound."""
    for spelling, sound in _SPELLINGS:
        word = spelling.sub(sound, word)
    return word


def sounds_alike(asked: str, written: str) -> bool:
    """Return whether a surname `asked` is another spelling of the sound of `written`: not the
    same letters, the same first letter and sound key, MIN_SOUNDED letters or more."""
    return (
        asked != written
        and len(asked) >= MIN_SOUNDED
        and asked.isalpha()
        and asked[:1] == written[:1]
        and sound_key(asked) == sound_key(written)
    )


def sounded_name(asked: list[str], written: list[str]) -> bool:
    """Return whether a name of two words or more (case-folded words) is `written` but for a
    surname spelt as it sounds (`sounds_alike`), the words before it as written."""
    return (
        len(asked) >= 2
        and len(asked) == len(written)
        and asked[:-1] == written[:-1]
        and sounds_alike(asked[-1], written[-1])
    )
