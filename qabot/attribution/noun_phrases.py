"""Noun phrases, read at index time for each cue: the phrase of at most a few words that ends
a stretch of text ("... Rodion Miroshnik in the Luhansk region" -> "Rodion Miroshnik"), and a
subject without the participle after its head. `speaker_before`
(`qabot.attribution.speaker_phrases`) reads the speaker phrase before a cue with them and with
the person's name that ends a text (`qabot.attribution.ending_names`).
"""

from __future__ import annotations

import re

from qabot.attribution.institution_names import (
    joins_institution,
    listed_in_institution,
    names_body_after,
    names_one_body,
)
from qabot.attribution.long_descriptions import tied_person
from qabot.attribution.quote_marks import MASK, QUOTE_MARKS
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    INDEFINITE_PRONOUNS,
    LINKING_PREPOSITIONS,
    NOT_NAME,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    is_capitalised,
)
from qabot.text.patterns import lazy

_WORD = lazy(r"\S+")
DETERMINERS = frozenset("a an the this that his her their its our my your".split())
# words a role and name after them cannot follow as a subject ("a report by chairman X")
OBJECT_WORDS = frozenset("by to of for from with about against and or at on in".split())
_PARTICIPLE_PREPOSITIONS = frozenset(
    "through in at on outside near across along around into from with to for".split()
)
# a past participle after a plural head, then where or what about: "people briefed on the
# talks", "officials based in Paris" (not "by": "economists polled by Reuters" is read apart)
_PAST_PARTICIPLE = lazy(r"[a-z]{3,}ed")
# a measure or count ("200m", "1,500m", "10k"): two joined by "and" before a noun are one
# modifier of it ("the world 200m and 400m record holder")
_MEASURE = lazy(r"\d[\d,.]*[a-z]{0,2}")
_PAST_PARTICIPLE_PREPOSITIONS = frozenset("on in at about with".split())
# words an article may follow inside one noun phrase ("all the", "such a", "half an")
_PREDETERMINERS = frozenset("all both half such quite what many twice double".split())


def phrase_opens(text: str, at: int) -> bool:
    """Return True when the phrase at `at` of `text` opens it, or follows a comma or a quote
    ("Jo Lee, from the Small Firms Group said"; not "criticism from X and Y"): no longer phrase
    runs into it."""
    return text[:at].rstrip()[-1:] in ("", ",", MASK, *QUOTE_MARKS)


def noun_phrase(chunk: str) -> tuple[int, list[str]] | None:
    """Return (offset, words) of the noun phrase that ends `chunk` (at most 8 words)."""
    taken: list[re.Match[str]] = []
    tokens = list(_WORD.finditer(chunk))
    words = [t.group() for t in tokens]
    institution = False  # inside an institution's name that holds "and"
    role_of_body = False  # and the role of that institution before it
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        word = token.group()
        listed = institution and listed_in_institution(words, index)
        if (
            (taken and word[-1] in ",;:" and not listed)
            or MASK in word
            or any(m in word for m in QUOTE_MARKS)
        ):
            break
        if institution and not (is_capitalised(word) or word in {"of", "for", "the"}):
            break  # "... studies at the Center for Strategic and International Studies": the name
        measures = word == "and" and measures_joined(words, index)  # "200m and 400m"
        if (
            (word.strip("()").casefold() in BOUNDARY_WORDS or word in {"—", "–", "-"})
            and not (  # "the Department of Trade and Industry": one name
                word == "and" and joins_institution(words, index, [t.group() for t in taken])
            )
            and not measures
        ):
            break
        institution = institution or (word == "and" and not measures)
        taken.append(token)
        if institution and word == "the":
            if not _role_of(words, index):
                break
            institution, role_of_body = False, True  # "the leader of the Food and Drink
            # Federation": the role too
        if len(taken) >= 12 or (word[-1] in ",;:" and not listed):
            break
    if not taken or taken[0].group()[-1] in ",;:":
        return None
    taken.reverse()
    words = [t.group() for t in taken]
    if words[-1].casefold() in PRONOUNS:  # "what it calls", "she pointed to ... saying"
        return taken[-1].start(), words[-1:]
    opening = words[0].casefold() in LINKING_PREPOSITIONS - {"of"}
    while words and words[0].casefold() in LINKING_PREPOSITIONS | {"to", "by"}:
        taken, words = taken[1:], words[1:]
    own = _subject_opens(words, opening)
    taken, words = taken[own:], words[own:]
    if not words:
        return None
    # "Rodion Miroshnik in the Luhansk region said": the head comes before the preposition
    for index, word in enumerate(words[1:], 1):
        following = words[index + 1] if index + 1 < len(words) else ""
        if (
            word in LINKING_PREPOSITIONS
            and is_capitalised(words[index - 1])
            and not is_capitalised(following)
            and words[index - 1].rstrip(".").casefold() not in TITLE_WORDS | NUMBER_WORDS
            and words[index - 1].casefold() not in NOT_NAME  # "One of the docs", "Some of"
            # "Passion of the Christ director Mel Gibson": the director named at the end
            and not role_then_name_end(words[index:])
            # "the World Summit on the Information Society": one body's name
            and not names_body_after(words, index)
            # "a Top of the Pops spokesman", "a spokesman for Top of the Pops": a title
            and not _titled(words, index)
            # "Mother of two Maria Vance said": a description before the name, not a head
            and not _counted_before_name(words, index)
        ):  # but "the Bank of England said" is one name; "Professor of law Jo Ray" too
            return taken[0].start(), words[:index]
    body_after = any(names_body_after(words, i) for i in range(1, len(words)))
    longest = 12 if institution or role_of_body or body_after or names_one_body(words) else 8
    if (
        len(words) <= longest
        or (
            len(words) <= 12
            and tied_person(words)
            # the sentence's own subject, not an apposition after a comma ("X, a former staff
            # member for the campaign in Y who said")
            and chunk[: taken[0].start()].rstrip()[-1:] in ("", MASK, *QUOTE_MARKS)
        )
    ):  # "A person familiar with the planning for Thursday's meeting said": the whole subject
        return taken[0].start(), words
    # "the central bank's vice president Farhat Omar Ben Gadaravice": too long for one phrase,
    # but a role noun and a name end it
    named = _role_and_name(words)
    return (taken[-named].start(), words[-named:]) if named else None


def _subject_opens(words: list[str], opening: bool) -> int:
    """Return where the subject opens in `words` that hold an opening phrase before it, else
    0: at an indefinite pronoun, which takes no words before it ("At one point someone
    shouted": someone; not after a preposition), or, after an opening preposition
    (`opening`), at an article that follows a word of the preposition's object, not a
    preposition, a conjunction or a predeterminer ("In the end the leader of the party
    said": the leader of the party)."""
    for index in range(len(words) - 1, 0, -1):
        if words[index].casefold() in INDEFINITE_PRONOUNS:
            # not the object of a preposition ("traced to somebody admitted through ...",
            # "On behalf of everyone the mayor said": an article after it may open the subject)
            if words[index - 1].casefold() not in OBJECT_WORDS:
                return index
            break
    for index in range(len(words) - 1, 0, -1) if opening else ():
        before = words[index - 1].casefold()
        leading = OBJECT_WORDS | _PREDETERMINERS | DETERMINERS | LINKING_PREPOSITIONS
        if words[index] in {"a", "an", "the"} and before not in leading:
            return index
    return 0


def _role_and_name(words: list[str]) -> int:
    """Return how many words a lower-case role noun and the capitalised name after it take at
    the end of `words` ("... vice president Farhat Omar Ben Gadaravice": 5), or 0."""
    size = 0
    while size < min(len(words) - 1, 5) and is_capitalised(words[-size - 1]):
        size += 1
    name = words[len(words) - size :]
    if not size or any(w.casefold() in ORGANISATION_WORDS | DETERMINERS for w in name):
        return 0
    before = [w for w in words[: -size - 1] if w in OBJECT_WORDS]
    if before[-1:] in (["of"], ["for"], ["to"]):
        return 0  # "A close associate of former Yukos boss X has told": the associate
    return size + 1 if is_role_noun(words[-size - 1]) else 0


def _titled(words: list[str], index: int) -> bool:
    """Return True when the preposition at `index` is inside a title of capitalised words
    ("Top of the Pops"), which a person noun ends ("a Top of the Pops spokesman") or which
    follows a preposition ("a spokesman for Top of the Pops"): not a person and where they are
    ("Jo Ray of the BBC")."""
    rest = words[index + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    first = index - 1
    while (
        first > 0
        and is_capitalised(words[first - 1])
        and words[first - 1].casefold() not in DETERMINERS
    ):
        first -= 1
    if rest and rest[-1].islower() and rest[-1] in PERSON_NOUNS:
        rest = rest[:-1]  # "a Top of the Pops spokesman": the title before the noun
    elif not (first > 0 and words[first - 1] in {"for", "at", "from"}):
        return False
    return bool(rest) and all(is_capitalised(w) for w in rest)


def _counted_before_name(words: list[str], index: int) -> bool:
    """Return True when the preposition at `index` and a number after it describe the one
    whose name ends `words` ("Mother of two Maria Vance", "father-of-three" written apart):
    at least a first name and a surname after the number, nothing else."""
    rest = words[index + 1 :]
    return (
        words[index] == "of"
        and len(rest) >= 3
        and (rest[0].casefold() in NUMBER_WORDS or rest[0].isdigit())
        and all(is_capitalised(w) for w in rest[1:])
    )


def _role_of(words: list[str], index: int) -> bool:
    """Return True when "the" at `index` follows a role and "of" or "for" ("leader of the")."""
    return (
        index >= 2
        and words[index - 1] in {"of", "for"}
        and words[index - 2].casefold() in ROLE_NOUNS | PERSON_NOUNS
    )


def before_participle(words: list[str]) -> list[str]:
    """Return a subject without the participle phrase after its head ("Protesters marching
    through the streets chanted": protesters)."""
    for index, word in enumerate(words[1:], 1):
        if (
            _PAST_PARTICIPLE.fullmatch(word)
            and words[index - 1].casefold().endswith("s")
            and words[index - 1].casefold() not in PRONOUNS.keys() | DETERMINERS
            and words[index + 1 : index + 2] != []
            and words[index + 1] in _PAST_PARTICIPLE_PREPOSITIONS
        ):
            return words[:index]  # "People briefed on the talks said", "officials based in X"
        if (
            word.endswith("ing")
            and word.islower()
            and word not in ROLE_NOUNS | {"going"}  # "I'm going to read": no subject
            and not any(mark in words[index - 1] for mark in "'’")
            and words[index - 1].casefold() not in PRONOUNS.keys() | DETERMINERS  # "a meeting"
            # "marching through the streets", not "leading Karachi broker", "filing claims"
            and words[index + 1 : index + 2] != []
            and words[index + 1] in _PARTICIPLE_PREPOSITIONS
        ):
            return words[:index]
    return words


def role_then_name_end(words: list[str]) -> int:
    """Return how many words of the name that ends `words` after a lower-case person noun
    ("... of the Christ director Mel Gibson": 2), or 0."""
    for size in (2, 3):
        if len(words) > size + 1 and words[-size - 1].casefold() in PERSON_NOUNS:
            noun, name = words[-size - 1], words[-size:]
            if noun[:1].islower() and all(is_capitalised(w) for w in name):
                return size
    return 0


def is_role_noun(word: str) -> bool:
    """Return True for a lower-case role noun, hyphenated ones too ("co-chairman")."""
    return word.islower() and word.rsplit("-", 1)[-1] in ROLE_NOUNS | PERSON_NOUNS


def measures_joined(words: list[str], index: int) -> bool:
    """Return True when the "and" at `index` joins two measures before a noun ("the world 200m
    and 400m record holder"): one modifier, not two phrases."""
    return (
        0 < index < len(words) - 2
        and _MEASURE.fullmatch(words[index - 1]) is not None
        and _MEASURE.fullmatch(words[index + 1]) is not None
        and words[index + 2][:1].isalpha()
    )
