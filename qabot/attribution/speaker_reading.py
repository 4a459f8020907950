"""Speaker reading: the person a speaker phrase names (inside `qabot.attribution.quotes`).

`interpret` reads the phrase `qabot.attribution.speaker_phrases` found before or after a cue as a
name ("Prime Minister-designate Ana Ruiz": Ana Ruiz, with the role noted), a pronoun, a role
that refers back ("the Conservative MP"), a statement's owner ("Its statement", "the firm's
release": `qabot.attribution.statement_owners`), a document's issuer ("the Acme report":
`qabot.attribution.issued_documents`) or a description ("a senior official"), and
links it to a person of the article (`qabot.attribution.names.People`; pronouns and roles
through `qabot.attribution.references`, descriptions with `qabot.attribution.descriptions`;
the words opening a phrase that name no one with `qabot.attribution.speaker_openers`). Its
steps: the name-like run ending the phrase (`_name_run`), a place or pollster that run may be
(`qabot.attribution.place_phrases.read_place_run`), the name inside it past its titles
(`qabot.attribution.phrase_names`) and the person or body it is (`_link_name`). The word lists
are general (`qabot.text.lexicon`).
"""

from __future__ import annotations

from qabot.attribution.descriptions import read_description
from qabot.attribution.document_phrases import possessed_document, unowned_thing
from qabot.attribution.institution_names import joins_institution
from qabot.attribution.issued_documents import document_speaker
from qabot.attribution.name_clues import weekday_surname
from qabot.attribution.name_runs import BODY_KINDS
from qabot.attribution.names import KNIGHTS, People
from qabot.attribution.object_phrases import after_preposition, object_split
from qabot.attribution.odd_names import odd_name_word, possessive_body
from qabot.attribution.origin_descriptions import described_by_origin
from qabot.attribution.persons import Person
from qabot.attribution.phrase_names import name_in_run, title_cut, word_before
from qabot.attribution.place_phrases import body_name, read_place_run
from qabot.attribution.references import pronoun
from qabot.attribution.sentence_roles import opens_sentence
from qabot.attribution.speaker_heads import can_speak
from qabot.attribution.speaker_openers import speaker_words_only
from qabot.attribution.spoken_bodies import body_subject_before
from qabot.attribution.spokespeople import body_spoken_for, spokesperson_for_person
from qabot.attribution.statement_owners import owns_statement, statement_owner
from qabot.attribution.stray_words import (
    epithet_name,
    is_common_plural,
    is_sentence_opener,
    numbered_name,
)
from qabot.attribution.tied_people import tied_to_person
from qabot.text.lexicon import (
    BODY_TITLES,
    COMPOUND_MODIFIER,
    INDEFINITE_PRONOUNS,
    NAME_PARTICLES,
    NOT_NAME,
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
_SOMEONE = frozenset("someone somebody".split())  # someone unnamed, not "everyone" (thinks)


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
    if len(words) == 1 and (key := words[0].casefold()) in INDEFINITE_PRONOUNS:
        # "Someone said": someone unnamed, as "a man"; "Nobody", "Everyone thinks": no one
        return Person(key, organisation=True) if key in _SOMEONE else None
    if len(words) > 1 and words[0].casefold() in _SOMEONE and words[1][:1].islower():
        # "someone in the audience shouted", "someone else", "someone close to the stage":
        # someone unnamed, described (as "a man in the audience"), never a cue of another
        # clause's speaker ("As X spoke, ...")
        return Person(" ".join([words[0].casefold(), *words[1:]]), organisation=True)
    if owns_statement(words):  # "Its statement", "the firm's release", "Acme's figures"
        return statement_owner(people, words[:-1], position, role, interpret)
    if possessed_document(words):  # "their latest survey suggests", "her blog says"
        return statement_owner(people, words[:1], position, role, interpret)
    if unowned_thing(people.text, words, position):
        return None  # "Recent evidence has suggested": no one
    split = object_split(words)
    if split and after_preposition(people.text, position):
        # "In a statement the RSPCA said": the second phrase speaks
        at = people.text.find(words[split], position)
        return interpret(people, words[split:], at if at >= 0 else position, role)
    if split:
        return None  # "..., a charge the company denies": what it denies, no one's words
    issuer = document_speaker(people, words, position, interpret)
    if issuer is not None:  # "the Acme report says", "the report" after "a report by Acme"
        return issuer
    last = _CLITIC_END.sub("", words[-1].casefold())
    if last in PRONOUNS:
        return _pronoun_speaker(people, words, last, position)
    spoken_for = body_spoken_for(people, words, position, interpret)
    if spoken_for is not None:
        return spoken_for  # "The Home Office defended the plan. A spokesman said": its words
    named_body = body_name(words)
    if named_body:  # "a spokesman for the World Summit on the Information Society": the body
        return people.names.link(" ".join(named_body), organisation=True)
    run = _name_run(people, words)
    if run and run[0].casefold() in _POSSESSIVES:
        return None  # "Stars In Their Eyes", "His Dark Materials": a title's words, no one
    run = numbered_name(words, run)  # "50 Cent said"
    run = epithet_name(words, run)  # "Ivan the Terrible said"
    placed = read_place_run(people, words, run, position, role, interpret)
    if placed is not None:
        return placed or None
    return _read_run(people, words, run, position, role)


def _pronoun_speaker(people: People, words: list[str], last: str, position: int) -> Person | None:
    """Return whom a phrase ending in the pronoun `last` means ("he", "the company, it")."""
    if last == "it" and len(words) == 1:
        subject = body_subject_before(people, position)
        # "The firm ... It said": the body named before, whom "the firm" most often means;
        # "The opposition/committee/report ... It said": that one, not a body named before
        if subject is not None and (
            subject[1][-1] not in ORGANISATION_ANAPHORS or pronoun(people, last, position) is None
        ):
            return read_description(people, subject[1], subject[0])
    return pronoun(people, last, position) if len(words) == 1 or words[-2].endswith(",") else None


# a quantifier, capitalised where it opens a sentence, is never a name ("Half of them argue")
_QUANTIFIERS = frozenset("half plenty".split())
# ... and a noun of a share of people, when it heads the phrase ("Majority argue"); before a
# name word it is part of an office ("Senate Majority Leader Jo Ray")
_SHARE_NOUNS = frozenset("majority minority".split())


def _name_run(people: People, words: list[str]) -> list[str]:
    """Return the run of name-like words that ends the phrase (capitalised words, odd names,
    particles and initials inside it; an institution's "of", "and", "&")."""
    run: list[str] = []
    for index in range(len(words) - 1, -1, -1):
        word, key = words[index], words[index].rstrip(".").casefold()
        # "the Bank of England", "Trade and Industry", "Ernst & Young", "the Sunday Times"
        institution = joins_institution(words, index, run)
        if not institution and (
            (key in NOT_NAME and not weekday_surname(words, index, people.names.by_surname))
            or key in _QUANTIFIERS
            or key in INDEFINITE_PRONOUNS  # "Someone said": no one named
            or (key in _SHARE_NOUNS and not run)
            or COMPOUND_MODIFIER.fullmatch(key) is not None  # "the Oscar-nominated Owen"
            or not (
                is_capitalised(word)
                or odd_name_word(people, word)  # "4Cast", "eBay", "(NAAMSA)" spelt out
                or (run and key in NAME_PARTICLES)
                or (run and _INITIAL.fullmatch(word))
                # "Secretary of 10 Downing Street": a house number inside an address
                or (run and key.isdigit() and index and words[index - 1].casefold() == "of")
            )
        ):
            break
        run.append(word)
    run.reverse()
    return run


def _read_run(
    people: People, words: list[str], run: list[str], position: int, role: str | None
) -> Person | None:
    """Return whom the phrase names by the run at its end: a body, a person (titles cut off,
    the words before noted as a role) or, with no name, a description."""
    if (
        len(run) > 2
        and run[-1].isupper()
        and run[-1].casefold() in ROLE_NOUNS
        and any(first_name_gender(word) for word in run[:-2])
    ):
        # "Frank Field MP", "Audit Committee chairman Peter Ainsworth MP": the role follows the
        # name, whatever body or office the run opens with
        run = run[:-1]
    if (
        run
        and run[-1] in BODY_TITLES
        and len(words) > len(run)
        and words[-len(run) - 1].casefold() == "the"
        and not any(w.rstrip(".").casefold() in TITLE_WORDS for w in run[:-1])
    ):  # "the Scottish Executive has insisted": the body, not its first minister
        return people.names.link(" ".join(run), organisation=True)
    cut, gender = title_cut(people, run)
    if cut == len(run) and possessive_body(people, run):
        # "Standard & Poor's said", "according to Moody's": a body named so, whole
        return people.names.link(" ".join(run), None, True, position)
    name_words = name_in_run(people, words, run, cut)
    described = words[: len(words) - len(name_words)]
    spokesperson = spokesperson_for_person(people, described, name_words, cut > 0)
    if spokesperson is not None:
        return spokesperson  # "a spokesman for Mr Blair": not Blair himself
    tied = tied_to_person(
        people, described, name_words, titled=cut > 0, gender=gender, position=position
    )
    if tied is not None:
        return tied  # "friends of Mr Brown": not Brown himself
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
        return _link_name(
            people,
            name_words,
            described=described,
            run=run,
            cut=cut,
            gender=gender,
            before=word_before(words, run),
            role=role,
            position=position,
        )
    meant = read_description(people, words, position)
    if (
        meant is not None
        and is_anonymous(meant.name)
        and not meant.share
        and not can_speak(meant.name.split())
    ):
        return None  # "a hamstring injury denied X the start": a thing, no speaker
    return meant


def _link_name(
    people: People,
    name_words: list[str],
    *,
    described: list[str],
    run: list[str],
    cut: int,
    gender: str | None,
    before: str,
    role: str | None,
    position: int,
) -> Person | None:
    """Link the name `name_words` to a person or body of the article, its role noted; None for
    no one ("Donald Trump's campaign", "Overall, asking prices")."""
    if name_words[-1].endswith(("'s", "’s", "s'", "s’")):
        return None  # "Donald Trump's campaign": the possessor is not the speaker
    name = " ".join(name_words).rstrip(".")
    definite = bool(described) and described[-1].casefold() == "the"
    organisation = (
        (definite or name.isupper() or name_words[-1].casefold() in ORGANISATION_WORDS)
        and gender is None
        and cut == 0
    )
    known = name_key(name)[1] in people.names.by_surname
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
        people.names.knight(name)
        if len(name_words) == 1 and cut and run[cut - 1].rstrip(".").casefold() in KNIGHTS
        else None
    )
    person = knight or people.names.link(name, gender, organisation, position)
    if not organisation and (
        gender is not None
        or cut
        or (first_name_gender(name_words[0]) and before.casefold() not in BODY_KINDS)
    ):
        # "Mr Prince said", "Ann Marlow said": a person; "Wimpey said" or "housebuilder
        # George Wimpey" of a body named so before stays one
        person.organisation = False
    if role:
        people.names.note_role(role, person, position)
    return person
