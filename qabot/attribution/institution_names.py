"""Institution names: the words that hold an institution's name together (a step inside
`qabot.attribution.speaker_phrases` and `qabot.attribution.speaker_reading`).

A person's name is a run of capitalised words; an institution's may hold small words too:
"the Bank of England", "the Department of Trade and Industry", "Ernst & Young", "the Sunday
Times", "the Information Commissioner's Office". Read word by word from the end, a name
stopped at "of", "and", "&", "Sunday" or a possessive gave "England", "Industry", "Young",
"Times" or "Office" as the speaker. Text only: no people, no lexicon beyond
`qabot.text.lexicon`.
"""

from __future__ import annotations

from qabot.text.lexicon import (
    BODY_TITLES,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    TITLE_WORDS,
    WEEKDAYS,
    first_name_gender,
    is_capitalised,
    is_gentilic,
)
from qabot.text.patterns import lazy

_LINKS = frozenset(["of", "for"])
_JOINS = frozenset(["and", "&"])
_LOOK_BACK = 4  # "Department for Environment, Food and Rural Affairs": a few words at most
# how far back an organisation word is looked for before "of" ("the Association of Chief Police
# Officers of Scotland")
_OF_LOOK_BACK = 6
# the capitalised words of a body's name between "the" and its "and" ("the Natural Hazards
# Research and Applications Information Center")
_OPENING_WORDS = 4
_POSSESSIVE_ENDS = ("'s", "’s")
_COMPANY_ENDINGS = frozenset("co corp inc ltd plc llc".split())
_INITIAL = lazy(r"[A-Z]\.")
_BODY_LINKS = frozenset("of for the and &".split())


def of_institution(words: list[str], index: int) -> bool:
    """Return True when "of" or "for" at `index` joins an institution's name ("Bank of
    England", "Office for National Statistics"): after an organisation word, before a
    capitalised one."""
    return (
        words[index].casefold() in _LINKS
        and 0 < index < len(words) - 1
        and words[index - 1].casefold() in ORGANISATION_WORDS
        and is_capitalised(words[index + 1])
    )


def joins_institution(words: list[str], index: int, run: list[str]) -> bool:
    """Return True when `words[index]`, read from the end of a name run (`run`, words after
    it, in reverse), is part of an institution's name: "of" after an organisation word, "and"
    or "&" between its capitalised words ("Trade and Industry", "Ernst & Young"), a weekday
    before a paper's name ("Sunday Times")."""
    if not run or not index:
        return False
    key = words[index].casefold()
    if key in _LINKS:  # "Association of Directors of Social Services": an org word before
        return _after_organisation_word(words, index)
    if key == "the" and len(run) == 1 and index >= 2 and words[index - 1].casefold() == "and":
        # "the Economic Commission for Latin America and the Caribbean": one body's list
        return is_capitalised(words[index - 2]) and _listed_after_link(words, index - 1)
    if key in WEEKDAYS:
        return run[-1].casefold() in ORGANISATION_WORDS and len(run) == 1
    if key not in _JOINS or not is_capitalised(words[index - 1]):
        return False
    if key == "&":
        return True
    run = _name_part(run)
    if _one_body(words, index, run):
        return True  # "the Public and Commercial Services Union", "the Food and Drink Federation"
    if len(run) > 2:
        return False  # "the Council of X and Building Society Association": two bodies
    return _listed_after_link(words, index)


def _name_part(run: list[str]) -> list[str]:
    """Return the words of `run` (read from the end, reversed) that may be the rest of one
    body's name after its "and": its capitalised words up to the last organisation word among
    them ("Contract Office" of "Contract Office (PCO) in Baghdad", "Building Society
    Association"), else up to its first "of" or "for" ("Dyers" of "Dyers of Wales", the list
    of "the Guild of Weavers and Dyers of Wales")."""
    ahead = run[::-1]
    named = next((i for i, w in enumerate(ahead) if not is_capitalised(w)), len(ahead))
    end = next(
        (i + 1 for i in range(named - 1, -1, -1) if _organisation_word(ahead[i])),
        1 if ahead and _organisation_word(ahead[0]) else None,
    )
    if end is None:
        end = next((i for i, w in enumerate(ahead) if w.casefold() in _LINKS), len(ahead))
    return ahead[:end][::-1]


def _listed_after_link(words: list[str], index: int) -> bool:
    """Return True when the "and" at `index` ends a list of capitalised words after "of" or
    "for" and an organisation word: "and" only inside "<Department> of X and Y", never between
    two people."""
    for back in range(index - 1, max(0, index - 1 - _LOOK_BACK), -1):
        if words[back].casefold() in _LINKS:
            return back > 0 and words[back - 1].casefold() in ORGANISATION_WORDS
        if not is_capitalised(words[back].rstrip(",")):
            return False
    return False


def _one_body(words: list[str], index: int, run: list[str]) -> bool:
    """Return True when "and" at `index` joins the capitalised words after "the" (or a
    possessive) to a run ending in an organisation word, one body's name ("the Fire and
    Rescue Service", "the National Oceanic and Atmospheric Administration", "China's Baoshan
    Iron and Steel Co."), not two bodies ("the BBC and ITV News") nor a list ("the Tories and
    the Labour Party")."""
    if not 1 <= len(run) <= 3 or not _organisation_word(run[0]):
        return False
    if not all(is_capitalised(w) for w in run[1:]):
        return False  # the last may be a common noun: "the Racial and Violent Crime taskforce"
    for back in range(index - 1, max(-1, index - 1 - _OPENING_WORDS), -1):
        word = words[back]
        if word.casefold() == "the" or word.endswith(_POSSESSIVE_ENDS):
            return back < index - 1
        if not is_capitalised(word) or word.isupper() or word.casefold() in ORGANISATION_WORDS:
            return False
    return False


def _organisation_word(word: str) -> bool:
    """Return True for a word that ends a body's name: an organisation word, in the plural too
    ("the Red Cross and Red Crescent Societies"), a company's ending ("Co.", "Inc") or a body's
    title ("Executive")."""
    key = word.casefold().rstrip(".")
    singular = key[:-3] + "y" if key.endswith("ies") else key.removesuffix("s")
    return (
        key in ORGANISATION_WORDS | _COMPANY_ENDINGS
        or singular in ORGANISATION_WORDS
        or word in BODY_TITLES  # "the Health and Safety Executive"
    )


def listed_in_institution(words: list[str], index: int) -> bool:
    """Return True when `words[index]`, a capitalised word and a comma, opens the list of an
    institution's name ("the Department for Culture, Media and Sport"): "of" or "for" and an
    organisation word right before it."""
    return (
        index >= 2
        and words[index].endswith(",")
        and is_capitalised(words[index])
        and words[index - 1].casefold() in _LINKS
        and words[index - 2].casefold() in ORGANISATION_WORDS
    )


def _after_organisation_word(words: list[str], index: int) -> bool:
    """Return True when the capitalised words just before `index` ("Directors", "Bank") follow
    an organisation word, across further links and lists ("Association of Directors", "the
    Guild of Weavers and Dyers of Wales")."""
    for back in range(index - 1, max(-1, index - 1 - _OF_LOOK_BACK), -1):
        word = words[back]
        if word.casefold() in ORGANISATION_WORDS and is_capitalised(word):
            return True
        if not (is_capitalised(word) or word.casefold() in _LINKS | _JOINS):
            return False
        if first_name_gender(word) or _INITIAL.fullmatch(word):
            return False  # "House Speaker Paul D. Ryan of Wisconsin": a person's name
    return False


def possessed_institution(run: list[str], cut: int) -> list[str] | None:
    """Return the whole name of an institution named after its head ("the Information
    Commissioner's Office", "the US Trade Representative's Office"), or None when the words
    after a possessive are a person's name ("Acme's Ana Ruiz")."""
    rest = run[cut:]
    if (
        cut
        and len(rest) == 1
        and rest[0].casefold() in ORGANISATION_WORDS
        and run[cut - 1].endswith(("'s", "’s"))
        and all(is_capitalised(w) for w in run[:cut])
    ):
        return run
    return None


def institution_description(words: list[str]) -> bool:
    """Return True for an institution's spokesperson or source described by its full name ("a
    Department for Education and Skills source", "a Department of Homeland Security
    spokeswoman"): a determiner, the capitalised name, one noun."""
    return (
        len(words) >= 4
        and words[0].casefold() in {"a", "an", "the"}
        and words[-1].islower()
        and all(is_capitalised(w) or w.casefold() in _LINKS | _JOINS for w in words[1:-1])
        and is_capitalised(words[1])
    )


def names_one_body(words: list[str]) -> bool:
    """Return True when `words` are one body's capitalised name, linked by "of", "for" and
    "the" ("the National Association of Automobile Manufacturers of South Africa"): an
    organisation word among them, as long as a name of that kind runs."""
    name = words[1:] if words[0] in {"the", "The"} else words
    return (
        bool(name)
        and is_capitalised(name[0])
        and is_capitalised(name[-1])
        and all(is_capitalised(w) or w in _BODY_LINKS for w in name)
        and any(w.casefold() in ORGANISATION_WORDS for w in name)
    )


def names_body_after(words: list[str], index: int) -> bool:
    """Return True when the preposition at `index` goes on with a body's name to the end
    ("Summit on the Information Society", "Society for the Protection of Birds"): a
    capitalised word, "on" or "for", "the", then capitalised words (and links), an
    organisation word among them or before."""
    rest = words[index + 1 :]
    if (
        words[index] not in {"on", "for"}
        or len(rest) < 2
        or rest[0] != "the"
        or not is_capitalised(words[index - 1])
        # "the top Democrat on the Senate Intelligence Committee": a person of the body
        or words[index - 1].casefold() in PERSON_NOUNS | TITLE_WORDS
        or f"{words[index - 1].casefold()}s" in PARTY_MEMBERS
        or is_gentilic(words[index - 1])
    ):
        return False
    if not all(is_capitalised(w) or w in {"of", "for", "and", "the", "&"} for w in rest[1:]):
        return False
    return is_capitalised(rest[-1]) and (
        words[index - 1].casefold() in ORGANISATION_WORDS
        or any(w.casefold() in ORGANISATION_WORDS for w in rest)
    )
