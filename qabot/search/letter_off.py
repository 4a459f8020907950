"""One letter off: how a name typed from its sound differs from the name written.

Readers misspell names by a letter ("stoltenbreg", "barot"), and an article may slip so itself
("Mr Montieth" beside David Monteith); `qabot.search.misspelt_names` reads such names as the
person quoted.
"""

from __future__ import annotations

from qabot.text.patterns import lazy

# endings readers write for one sound, after a consonant or vowel of three letters or more
_SAME_SOUND = lazy(r"(?<=\w{3})(?:ie|ey|y)$")


def letter_off(asked: str, written: str) -> bool:
    """Return whether `written` is `asked` or one letter off it: one dropped, added, changed or
    two swapped, the first letter the same; an ending that sounds the same counts as the same
    ("corrie" is Corry, "rainy" Rainie: `_SAME_SOUND`)."""
    if asked == written or _SAME_SOUND.sub("y", asked) == _SAME_SOUND.sub("y", written):
        return True
    if asked[:1] != written[:1] or abs(len(asked) - len(written)) > 1:
        return False
    if len(asked) == len(written):
        diff = [i for i, (a, b) in enumerate(zip(asked, written, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and asked[diff[0]] == written[diff[1]]
            and asked[diff[1]] == written[diff[0]]
        )
    short, long = sorted((asked, written), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
