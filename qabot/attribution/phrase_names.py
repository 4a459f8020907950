"""Phrase names: the words of the run ending a speaker phrase that are the name (inside
`qabot.attribution.speaker_reading`).

"Secretary of State John Kerry", "Russian leader Vladimir Putin", "Afterwards Penny", "the
Harbour Post Holm": the titles before the name are cut off (their honorific gives a gender) and
nationalities, opening adverbs and a publication's name trimmed, leaving the words to link to a
person of the article.
"""

from __future__ import annotations

from qabot.attribution.institution_names import of_institution, possessed_institution
from qabot.attribution.name_clues import named_so, names_someone, nationality_before
from qabot.attribution.names import People
from qabot.attribution.place_phrases import known_person
from qabot.attribution.sentence_roles import OFFICE_TIES, office_before
from qabot.attribution.stray_words import from_first_name, is_suffix
from qabot.text.lexicon import (
    HONORIFICS,
    NAME_PARTICLES,
    OPENING_ADVERBS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    is_capitalised,
    name_key,
)


def word_before(words: list[str], run: list[str]) -> str:
    """Return the word before the last `len(run)` words of the phrase, "" when there is none."""
    return words[-len(run) - 1] if len(words) > len(run) else ""


def title_cut(people: People, run: list[str]) -> tuple[int, str | None]:
    """Return how many words of `run` are titles before the name ("Secretary-Treasurer Gary
    Casteel": one) and the gender the last honorific gives ("Mrs": female), else None."""
    cut, gender = 0, None
    # a generation's suffix ends the name ("Martin Luther King Jr"): the word before it is
    # the last of the name, a surname even when it is also a title ("King"), never a title
    last = len(run) - 1 - (len(run) > 1 and is_suffix(run[-1]))
    for index, word in enumerate(run[: last + 1]):
        key = word.rstrip(".").casefold()
        if (
            index
            and index == last
            and (
                names_someone(run[index - 1])
                or named_so(people.names.by_surname, run[index - 1 :])
            )
        ):
            break  # "Peter T. King", "Stephen King": a surname that is also a title
        if index >= 2 and run[index - 1] in {"of", "for"} and of_institution(run, index - 1):
            continue  # "the Association of Chief Police Officers": a title inside a body's name
        if (
            key in TITLE_WORDS
            or key.endswith(("'s", "’s"))
            # "PBS' Jacoba Atlas", not "the Professional Footballers' Association"
            or (key.endswith(("s'", "s’")) and known_person(people, run[index + 1 :]))
            or ("-" in key and all(part in TITLE_WORDS for part in key.split("-")))
        ):  # "Secretary-Treasurer Gary Casteel"
            cut, gender = index + 1, HONORIFICS.get(key, gender)
    return cut, gender


def _past_office(words: list[str]) -> list[str]:
    """Return the name after what a title is of ("Staff Denis Smith" after "Chief of"): from
    a known first name, else the last two words (the office's one or two words before them),
    the last alone after one word ("State Kerry")."""
    named = next((i for i in range(1, len(words)) if first_name_gender(words[i])), None)
    if named is not None and len(words) - named >= 2:
        return words[named:]
    return words[-2:] if len(words) >= 3 else words[1:]


def _after_office_tie(words: list[str], run: list[str]) -> bool:
    """Return True when the run follows "of", or an office written in capitals and the word
    tying it to its body ("Chancellor of the Exchequer Tavin Brask", "Secretary of State for
    Health Jo Lind"): what the office is of opens the run and is never part of the name."""
    before = words[: len(words) - len(run)]
    return before[-1:] == ["of"] or office_before(before) is not None


def name_in_run(people: People, words: list[str], run: list[str], cut: int) -> list[str]:
    """Return the words of the name in `run` past its `cut` titles: leading nationalities,
    adverbs, the "of" of a title and a publication's name trimmed off."""
    kept = possessed_institution(run, cut) or run[cut:]  # "the Commissioner's Office"
    if (
        not kept
        and len(run) > 1
        and run[-2].rstrip(".").casefold() in HONORIFICS
        and run[-1].casefold() not in ROLE_NOUNS
    ):
        kept = run[-1:]  # "Mr. Prince" is a man called Prince
    while (
        len(kept) > 2
        and nationality_before(kept)
        and not first_name_gender(kept[0])
        and kept[-1].casefold() not in ORGANISATION_WORDS
        and kept[1].casefold() not in NAME_PARTICLES  # "Henri de Bodinat": a first name
    ):
        kept = kept[1:]  # "Russian leader ..." but "British Phonographic Industry"
    if cut and len(kept) >= 3 and kept[0] in OFFICE_TIES:
        kept = _past_office(kept[1:])
    before = word_before(words, run)
    if cut or not (before.islower() and before in ROLE_NOUNS | PERSON_NOUNS):
        # "... and Families Margaret Hodge"; not "vice president Farhat Omar Ben X", whose
        # whole run follows the role
        kept = from_first_name(kept)
    if (
        len(kept) == 3
        and kept[0].casefold() in PERSON_NOUNS
        and not first_name_gender(kept[0])
        and any(
            p.name == " ".join(kept[1:])
            for p in people.names.by_surname.get(name_key(" ".join(kept))[1], [])
        )
    ):
        kept = kept[1:]  # "Reporter Jomana X says": the person the story knows as "Jomana X"
    while len(kept) > 1 and kept[0].casefold() in OPENING_ADVERBS:
        kept = kept[1:]  # "Afterwards Penny asks", "Again Roddick said"
    if (
        len(kept) > 1
        and _after_office_tie(words, run)
        and not first_name_gender(kept[0])  # "State" already cut before "John"
    ):
        kept = _past_office(kept)  # "Secretary of State John Kerry", "of Homeland Security"
    for index in range(len(kept) - 2, -1, -1):
        rest = kept[index + 1 :]
        if (
            kept[index].casefold() in ORGANISATION_WORDS
            and all(is_capitalised(w) for w in rest)
            and known_person(people, rest)
        ):  # "with the Harbour Post Holm said": the person after the publication's name
            kept = kept[index + 1 :]
            break
    return kept
