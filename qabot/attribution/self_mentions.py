"""Self mentions: a direct quote that speaks of the one a pronoun was read as (a step inside
`qabot.attribution.quote_content`).

'“I said to Harry ‘don't go’,” he said' and '“When Mr Smith came to give evidence, we were led
to believe he was going,” he said' are not Harry's or Mr Smith's words: people speak of others
by a title and surname or by a first name alone, of themselves as "I". When the cue's sentence
never names the speaker (a pronoun or a description was read) and the quote names them so, the
speaker is the latest other person quoted in this or the paragraph before whom the quote does
not name, else no one this step can be sure of. A first name opening the quote or a sentence in
it, a word after it, names no one: many are words too ("Mark my words", "Frank talks helped").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.attribution.persons import Person
from qabot.text.lexicon import HONORIFICS, first_name_gender, name_key
from qabot.text.patterns import lazy

_WORD = lazy(r"[\w'’-]+")
# titles one gives another person, never oneself ("Mr Smith"; not "Lord", "Sir": "I will sit as
# Lord Kinnock")
_OTHERS_TITLES = frozenset(k for k in HONORIFICS if k in {"mr", "mrs", "ms", "miss", "dr"})


def quoted_speaker(
    text: str,
    speaker: Person,
    sentence: tuple[int, int],
    earlier: Sequence[tuple[int, Person]],
    c0: int,
    c1: int,
) -> Person | None:
    """Return who said the direct quote text[c0:c1] found as `speaker`'s in the cue's
    `sentence`: `speaker`, unless the quote speaks of them and the sentence does not name them
    (then another speaker of `earlier`, where and who, or None)."""
    if not speaks_of(text, speaker, c0, c1) or named_outside(text, speaker, sentence, c0, c1):
        return speaker
    return other_speaker(text, speaker, earlier, c0, c1)


def speaks_of(text: str, person: Person, c0: int, c1: int) -> bool:
    """Return True when text[c0:c1] names `person` as someone else: a title and the surname
    ("Mr Smith"), or the first name alone ("I said to Harry", "it's Harry's life")."""
    if person.organisation or not person.name[:1].isupper():
        return False
    first, surname = name_key(person.name)
    if not first or not surname or not first_name_gender(first.capitalize()):
        return False
    found = list(_WORD.finditer(text, c0, c1))
    words = [w.group() for w in found]
    keys = [_bare(w.casefold()) for w in words]
    for at, key in enumerate(keys):
        if key == surname and at and keys[at - 1].rstrip(".") in _OTHERS_TITLES:
            return True  # "Mr Smith"
        if (
            key == first
            and words[at][:1].isupper()
            and (at + 1 == len(keys) or keys[at + 1] != surname)
            and not _maybe_a_word(text, c0, c1, found[at])
        ):
            return True  # "Harry", not "Harry Redknapp"
    return False


def _maybe_a_word(text: str, c0: int, c1: int, name: re.Match[str]) -> bool:
    """Return True when a first name found in the quote text[c0:c1] may be a word of the same
    spelling ("Mark my words", "Frank talks helped"): it opens the quote or a sentence in it,
    where any word is capitalised, and a word follows it; not one called ("Marco! Marco!",
    "Harry, don't go") or owning ("Harry's life")."""
    before = text[c0 : name.start()].rstrip(" \t\n\"'“‘”’(")
    if before and not before.endswith((".", "!", "?", ":", ";")):
        return False  # inside a sentence: "I told Mark so"
    after = text[name.end() : c1].lstrip(" \t")
    return not name.group().endswith(("'s", "’s")) and after[:1].isalnum()


def named_outside(text: str, person: Person, sentence: tuple[int, int], c0: int, c1: int) -> bool:
    """Return True when the cue's sentence names `person` outside the quote text[c0:c1]."""
    surname = name_key(person.name)[1]
    outside = (
        text[sentence[0] : max(sentence[0], c0)] + " " + text[min(c1, sentence[1]) : sentence[1]]
    )
    return surname in {_bare(w.casefold()) for w in _WORD.findall(outside)}


def other_speaker(
    text: str, person: Person, earlier: Sequence[tuple[int, Person]], c0: int, c1: int
) -> Person | None:
    """Return the latest person quoted before `c0` (`earlier`: where and who) in this or the
    previous paragraph, of the gender `person` has, whom text[c0:c1] does not name; else None."""
    paragraph = text.rfind("\n", 0, c0) + 1
    previous = text.rfind("\n", 0, max(0, paragraph - 2)) + 1
    for at, other in reversed(earlier):
        if at < previous:
            break
        if (
            other is not person
            and not other.organisation
            and other.name[:1].isupper()
            and other.gender in {person.gender, None}
            and not speaks_of(text, other, c0, c1)
            and name_key(other.name)[1] not in text[c0:c1].casefold()
        ):
            return other
    return None


def _bare(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s")
