"""Speaker reading: the person a speaker phrase names (inside `qabot.attribution.quotes`).

`interpret` reads the phrase `qabot.attribution.speaker_phrases` found before or after a cue as a
name ("Prime Minister-designate Ana Ruiz": Ana Ruiz, with the role noted), a pronoun, a role
that refers back ("the Conservative MP"), a statement's owner ("Its statement", "the firm's
release": `qabot.attribution.statement_owners`) or a description ("a senior official"), and
links it to a person of the article (`qabot.attribution.names.People`; pronouns and roles
through `qabot.attribution.references`, descriptions with `qabot.attribution.descriptions`;
the words opening a phrase that name no one with `qabot.attribution.speaker_openers`). The
word lists are general (`qabot.text.lexicon`).
"""

from __future__ import annotations

from qabot.attribution.descriptions import read_description
from qabot.attribution.institution_names import (
    joins_institution,
    of_institution,
    possessed_institution,
)
from qabot.attribution.name_clues import (
    named_so,
    names_someone,
    nationality_before,
    people_asked_by,
    weekday_surname,
)
from qabot.attribution.name_runs import BODY_KINDS
from qabot.attribution.names import KNIGHTS, People, note_role
from qabot.attribution.odd_names import odd_name_word, possessive_body
from qabot.attribution.origin_descriptions import described_by_origin
from qabot.attribution.persons import Person
from qabot.attribution.place_phrases import body_name, known_person, person_of, place_phrase
from qabot.attribution.references import pronoun
from qabot.attribution.sentence_roles import opens_sentence
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.speaker_openers import speaker_words_only
from qabot.attribution.spoken_bodies import body_subject_before
from qabot.attribution.spokespeople import body_spoken_for, spokesperson_for_person
from qabot.attribution.statement_owners import owns_statement, statement_owner
from qabot.attribution.stray_words import (
    from_first_name,
    is_common_plural,
    is_sentence_opener,
    numbered_name,
)
from qabot.text.lexicon import (
    BODY_TITLES,
    COMPOUND_MODIFIER,
    HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME,
    OPENING_ADVERBS,
    ORGANISATION_ANAPHORS,
    ORGANISATION_WORDS,
    PARTY_MEMBERS,
    PERSON_NOUNS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    is_anonymous,
    is_capitalised,
    name_key,
)
from qabot.text.patterns import lazy

# compiled once: these run for every word of every article
_CLITIC_END = lazy(r"['’](?:s|d|ll|ve|re|m)$")
_INITIAL = lazy(r"[A-Z]\.")
_POSSESSIVES = frozenset("his her their its our my your him them".split())
_DEMONSTRATIVES = frozenset("these those".split())
_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())


def interpret(
    people: People, words: list[str], position: int, role: str | None = None
) -> Person | None:
    """Return the person a speaker phrase names: a name, a pronoun, a role or a description."""
    kept = speaker_words_only(people, words)
    if kept is None:
        return None  # "Neither Grayson nor his wife said ...": no one said it
    words = kept
    if not words or (len(words) == 1 and words[0].casefold() in _POSSESSIVES | _DEMONSTRATIVES):
        return None  # "Those who voted for him said": no one named
    if owns_statement(words):  # "Its statement", "the firm's release", "Acme's figures"
        return statement_owner(people, words[:-1], position, role, interpret)
    last = _CLITIC_END.sub("", words[-1].casefold())
    if last in PRONOUNS:
        if last == "it" and len(words) == 1:
            subject = body_subject_before(people, position)
            # "The firm ... It said": the body named before, whom "the firm" most often means;
            # "The opposition/committee/report ... It said": that one, not a body named before
            if subject is not None and (
                subject[1][-1] not in ORGANISATION_ANAPHORS
                or pronoun(people, last, position) is None
            ):
                return read_description(people, subject[1], subject[0])
        return (
            pronoun(people, last, position) if len(words) == 1 or words[-2].endswith(",") else None
        )
    spoken_for = body_spoken_for(people, words, position, interpret)
    if spoken_for is not None:
        return spoken_for  # "The Home Office defended the plan. A spokesman said": its words
    named_body = body_name(words)
    if named_body:  # "a spokesman for the World Summit on the Information Society": the body
        return people.link(" ".join(named_body), organisation=True)
    run: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word, key = words[index], words[index].rstrip(".").casefold()
        # "the Bank of England", "Trade and Industry", "Ernst & Young", "the Sunday Times"
        institution = joins_institution(words, index, run)
        if not institution and (
            (key in NOT_NAME and not weekday_surname(words, index, people.by_surname))
            or COMPOUND_MODIFIER.fullmatch(key) is not None  # "the Oscar-nominated Owen"
            or not (
                is_capitalised(word)
                or odd_name_word(people, word)  # "4Cast", "eBay", "(NAAMSA)" spelt out
                or (run and key in NAME_PARTICLES)
                or (run and _INITIAL.fullmatch(word))
            )
        ):
            break
        run.append(word)
    run.reverse()
    if run and run[0].casefold() in _POSSESSIVES:
        return None  # "Stars In Their Eyes", "His Dark Materials": a title's words, no one
    run = numbered_name(words, run)  # "50 Cent said"
    stop = len(words) - len(run) - 1  # the word that ended the run
    if run and stop >= 2 and words[stop] in {"the", "The"} and words[stop - 1] in {"of", "from"}:
        stop -= 1  # "Wendy Ide of The Times thinks": the critic, not the paper
    if run and person_of(people, words, stop):
        # "Sen. Elizabeth Warren of Massachusetts": the person, the place noted as a role
        return interpret(people, words[:stop], position, role or " ".join(words[stop:]))
    of_place = place_phrase(people, words, run, stop, position, interpret)
    if of_place is not None:
        return of_place or None
    if (
        run
        and stop >= 1
        and words[stop] == "in"
        and words[stop - 1].casefold() not in OPENING_ADVERBS | {"here", "there"}
    ) or (run and people_asked_by(words, stop)):
        # "Democrats in Iowa who watched the debate", "officials in Washington": where they
        # are; "economists polled by Reuters": who asked them; not who speaks
        return interpret(people, words[: stop - (words[stop] == "by")], position, role)
    to = stop - 1 if stop >= 1 and words[stop].casefold() == "the" else stop
    if (
        run
        and to >= 1
        and words[to] in {"to", "for"}
        and words[to - 1].casefold() in ROLE_NOUNS - _SPOKESPEOPLE
        and len(run) <= 2  # a place; "Ambassador to the UN Ana Ruiz" names her after it
        and not any(first_name_gender(w) for w in run)
        and not known_person(people, run)
    ):
        # "Pakistan's High Commissioner to Britain said", "the health minister for Wales
        # says": the envoy or minister speaks, not the country ("a spokesman for Acme": Acme)
        return interpret(people, words[:to], position, role or " ".join(words[to - 1 :]))
    if (
        len(run) > 2
        and run[-1].isupper()
        and run[-1].casefold() in ROLE_NOUNS
        and first_name_gender(run[0])
    ):
        run = run[:-1]  # "Frank Field MP": the role follows the name
    if (
        run
        and run[-1] in BODY_TITLES
        and len(words) > len(run)
        and words[-len(run) - 1].casefold() == "the"
        and not any(w.rstrip(".").casefold() in TITLE_WORDS for w in run[:-1])
    ):  # "the Scottish Executive has insisted": the body, not its first minister
        return people.link(" ".join(run), organisation=True)
    cut, gender = 0, None
    for index, word in enumerate(run):
        key = word.rstrip(".").casefold()
        if (
            index
            and index == len(run) - 1
            and (names_someone(run[index - 1]) or named_so(people.by_surname, run[index - 1 :]))
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
    if cut == len(run) and possessive_body(people, run):
        # "Standard & Poor's said", "according to Moody's": a body named so, whole
        return people.link(" ".join(run), None, True, position)
    name_words = possessed_institution(run, cut) or run[cut:]  # "the Commissioner's Office"
    if (
        not name_words
        and len(run) > 1
        and run[-2].rstrip(".").casefold() in HONORIFICS
        and run[-1].casefold() not in ROLE_NOUNS
    ):
        name_words = run[-1:]  # "Mr. Prince" is a man called Prince
    while (
        len(name_words) > 2
        and nationality_before(name_words)
        and not first_name_gender(name_words[0])
        and name_words[-1].casefold() not in ORGANISATION_WORDS
        and name_words[1].casefold() not in NAME_PARTICLES  # "Henri de Bodinat": a first name
    ):
        name_words = name_words[1:]  # "Russian leader ..." but "British Phonographic Industry"
    before = words[-len(run) - 1] if len(words) > len(run) else ""
    if cut or not (before.islower() and before in ROLE_NOUNS | PERSON_NOUNS):
        # "... and Families Margaret Hodge"; not "vice president Farhat Omar Ben X", whose
        # whole run follows the role
        name_words = from_first_name(name_words)
    while len(name_words) > 1 and name_words[0].casefold() in OPENING_ADVERBS:
        name_words = name_words[1:]  # "Afterwards Penny asks", "Again Roddick said"
    if (
        len(name_words) > 1
        and len(words) > len(run)
        and words[-len(run) - 1] == "of"
        and not first_name_gender(name_words[0])  # "State" already cut before "John"
    ):
        name_words = name_words[1:]  # "Secretary of State John Kerry"
    for index in range(len(name_words) - 2, -1, -1):
        rest = name_words[index + 1 :]
        if (
            name_words[index].casefold() in ORGANISATION_WORDS
            and all(is_capitalised(w) for w in rest)
            and known_person(people, rest)
        ):  # "with the Harbour Post Holm said": the person after the publication's name
            name_words = name_words[index + 1 :]
            break
    described = words[: len(words) - len(name_words)]
    spokesperson = spokesperson_for_person(people, described, name_words, cut > 0)
    if spokesperson is not None:
        return spokesperson  # "a spokesman for Mr Blair": not Blair himself
    role = role or (" ".join(described) if described else None)
    if (
        len(name_words) == 1
        and described[-1:] in (["the"], ["The"])
        and name_words[0].casefold() in PERSON_NOUNS
    ):
        name_words, described = [], words  # "the Bishop said": a description, not a name
    if (
        len(name_words) == 1
        and described[:1] in (["a"], ["an"], ["one"], ["another"], ["One"], ["A"], ["An"])
        and f"{name_words[0].casefold()}s" in PARTY_MEMBERS
    ):  # "one Democrat familiar with the talks": a description, not a name
        phrase = " ".join(words)
        return Person(phrase[0].lower() + phrase[1:], organisation=True)
    if len(name_words) <= 2 and described_by_origin(words):
        # "said the American", "the New Zealander": a description, not a name
        name_words, described = [], words
    # "the United Nations Economic Commission for Europe", "the Red Cross and Red Crescent
    # Societies": an institution's name runs longer
    if name_words and len(name_words) <= (
        10 if {"of", "for", "and", "&"} & set(name_words) else 5
    ):
        if name_words[-1].endswith(("'s", "’s", "s'", "s’")):
            return None  # "Donald Trump's campaign": the possessor is not the speaker
        name = " ".join(name_words).rstrip(".")
        definite = bool(described) and described[-1].casefold() == "the"
        organisation = (
            (definite or name.isupper() or name_words[-1].casefold() in ORGANISATION_WORDS)
            and gender is None
            and cut == 0
        )
        known = name_key(name)[1] in people.by_surname
        alone = len(name_words) == 1 and not (known or described or first_name_gender(name))
        if alone and name.endswith("s") and opens_sentence(people.text, position):
            if is_common_plural(people.text, name):
                # "Analysts said": a description ("Alerts tell people": no one)
                return Person(name.lower(), organisation=True) if can_speak([name]) else None
            if name.casefold() in PARTY_MEMBERS:
                return Person(name, organisation=True)  # "Democrats said": a group
            organisation = True  # "Yukos says", "Reuters said": a body more often than not
        if alone and not name.isupper() and is_sentence_opener(people.text, name, position):
            return None  # "Overall, asking prices ...", "Having said that": no one
        if len(name_words) == 1 and not organisation and not known:
            organisation = name.isupper()
        knight = (
            people.knight(name)
            if len(name_words) == 1 and cut and run[cut - 1].rstrip(".").casefold() in KNIGHTS
            else None
        )
        person = knight or people.link(name, gender, organisation, position)
        if not organisation and (
            gender is not None
            or cut
            or (first_name_gender(name_words[0]) and before.casefold() not in BODY_KINDS)
        ):
            # "Mr Prince said", "Ann Marlow said": a person; "Wimpey said" or "housebuilder
            # George Wimpey" of a body named so before stays one
            person.organisation = False
        if role:
            note_role(people, role, person, position)
        return person
    meant = read_description(people, words, position)
    if (
        meant is not None
        and is_anonymous(meant.name)
        and not meant.share
        and not can_speak(meant.name.split())
    ):
        return None  # "a hamstring injury denied X the start": a thing, no speaker
    return meant
