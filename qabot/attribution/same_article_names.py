"""Same-article names: a speaker one article quotes under a short form of a full name it also
quotes ("Brian" beside "Brian Gibbons", "Archbishop Tutu" beside "Desmond Tutu") or ties to
one it quotes ("Mr Eavis' daughter Emily" beside "Michael Eavis"), found per article when
the directory merges names (`qabot.attribution.name_merging`). (Not named `article_names`:
that is the package's name for `qabot.attribution.name_parts.article_names`.)"""

from __future__ import annotations

from collections import defaultdict

from qabot.attribution.name_keys import cached_name_key
from qabot.attribution.speaker_words import is_group, role_word
from qabot.attribution.summaries import Summary
from qabot.text.lexicon import (
    KIN_BY_BIRTH,
    PERSON_NOUNS,
    first_name_gender,
    is_anonymous,
    role_words,
    strip_title,
)


def by_first_name(summary: Summary) -> dict[str, str]:
    """Return the speakers of one article written by a first name alone ("Brian") that the
    article also quotes in full ("Brian Gibbons"), each with that full name: only a common
    first name, no one's surname there, and one full name only."""
    speakers = [s for s in summary if not is_anonymous(s) and not is_group(s)]
    surnames = {cached_name_key(s)[1].casefold() for s in speakers if " " in s.strip()}
    full: dict[str, list[str]] = defaultdict(list)
    for speaker in speakers:
        words = strip_title(speaker).split()
        if len(words) >= 2:
            full[words[0].casefold()].append(strip_title(speaker))
    found = {}
    for speaker in speakers:
        word = speaker.strip()
        key = word.casefold()
        if (
            " " not in word
            and key not in surnames
            and first_name_gender(word)
            and len(set(full.get(key, ()))) == 1
        ):
            found[speaker] = full[key][0]
    return found


def by_kin(summary: Summary) -> dict[str, str]:
    """Return the speakers of one article written by a first name alone whom it ties by birth
    to one person quoted there ("Mr Eavis' daughter Emily" beside "Michael Eavis": the role
    words "daughter" and "eavis"), each with that first name and the person's surname."""
    speakers = [s for s in summary if not is_anonymous(s) and not is_group(s)]
    surnames = {
        words[-1].casefold(): words[-1]
        for s in speakers
        if len(words := strip_title(s).split()) >= 2
    }
    found = {}
    for speaker in speakers:
        word = speaker.strip()
        roles = summary[speaker].roles
        kin = [surnames[r] for r in roles if r in surnames]
        if (
            " " not in word
            and word.casefold() not in surnames
            and first_name_gender(word)
            and not KIN_BY_BIRTH.isdisjoint(roles)
            and len(kin) == 1
        ):
            found[speaker] = f"{word} {kin[0]}"
    return found


def by_role_and_surname(summary: Summary) -> dict[str, str]:
    """Return the speakers of one article written as a role and a surname ("Archbishop Tutu",
    "Coach Vane") that the article also quotes under one full name with that surname ("Desmond
    Tutu"), each with that full name: the role is no first name."""
    speakers = [s for s in summary if not is_anonymous(s) and not is_group(s)]
    full: dict[str, dict[str, str]] = defaultdict(dict)  # surname -> full name -> speaker
    for speaker in speakers:
        words = strip_title(speaker).split()
        if len(words) >= 2 and not _role_word(words[0]):
            full[words[-1].casefold()][strip_title(speaker)] = speaker
    found = {}
    for speaker in speakers:
        *roles, surname = speaker.split()
        people = full.get(surname.casefold(), {})
        if roles and all(map(_role_word, roles)) and len(people) == 1:
            name, written = next(iter(people.items()))
            # ... and the article gives that person the role too ("Desmond Tutu, the
            # archbishop"): "President Bush" is not the "Laura Bush" quoted beside him
            held = {role_word(w) for w in summary[written].roles}
            if all(role_word(r) in held for r in roles):
                found[speaker] = name
    return found


def _role_word(word: str) -> bool:
    """Return whether a capitalised word before a surname is a role ("Archbishop", "Coach")."""
    return (
        word[:1].isupper()
        and bool(role_words(word) & PERSON_NOUNS)
        and not first_name_gender(word)
    )
