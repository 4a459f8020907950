"""Paragraph persons: whom "he" or "she" means after a body spoke (inside
`qabot.attribution.references`).

A gendered pronoun most often means the latest speaker or subject; when that is a body ("Opec
said ...") and the pronoun's own paragraph names one person before it ("Following comments by
its head Ali Bakr, prices fell. He said ..."), a body is no "he": the person is meant. So too
when the latest man or woman spoke paragraphs before and the sentence before the pronoun names
one of that gender, no one of its own paragraph being meant ("The plan was welcomed by X. “...,”
he said").
"""

from __future__ import annotations

from qabot.attribution.bodies import may_be_body, nouns_beside
from qabot.attribution.gendered_referents import sentence_start
from qabot.attribution.name_runs import BODY_KINDS
from qabot.attribution.names import People
from qabot.attribution.persons import Person
from qabot.text.lexicon import PERSON_NOUNS, TITLE_ABBREVIATIONS, UNNAMED_PEOPLE
from qabot.text.patterns import lazy

_DETERMINERS = frozenset("a an the his her their its our my your this that".split())
_BODY_KINDS = BODY_KINDS | frozenset("cartel union alliance federation association".split())


def a_body(people: People, person: Person) -> bool:
    """Return True for a body: read as one, or one word the article writes as one ("OPEC",
    "the cartel Opec"; not "Parry", a person the lexicon knows no first name of)."""
    name = person.name
    if not name[:1].isupper() or name.split()[0].casefold() in _DETERMINERS:
        return False  # "a staffer in the room", "his parents": no body named
    return person.organisation or (
        " " not in name
        and may_be_body(people, person)
        and (
            name.isupper()
            or any(
                before and noun in _BODY_KINDS for noun, before in nouns_beside(people.text, name)
            )
        )
    )


def paragraph_person(
    people: People, named: list[tuple[int, Person]], paragraph: int, gender: str
) -> list[Person]:
    """Return the one person of `gender` (or none known) the pronoun's own paragraph names
    before it, when the topic before is a body ("Opec said ...\n\nAfter comments by its head
    Ali Bakr, prices fell. He said": Bakr, not Opec): none when it names two or more, or one
    the lexicon cannot tell from a body."""
    own = {id(p): p for at, p in named if at >= paragraph and not p.organisation}
    if len(own) != 1:
        return []  # "Perez talks about the jobs Sherrod Brown ...": either may be "he"
    (person,) = own.values()
    return [person] if person.gender in {gender, None} and not may_be_body(people, person) else []


def named_just_before(
    people: People, named: list[tuple[int, Person]], paragraph: int, gender: str, position: int
) -> list[Person]:
    """Return the one person of `gender` named in the sentence before the pronoun's, in its own
    paragraph, when no one of this paragraph spoke or opened a clause that "he" or "she" may
    mean ("He met Jo Smith, the Leeds woman who ... “...,” she told him": Smith, not a woman
    who spoke paragraphs before): none when that sentence holds a pronoun of `gender` ("The
    31-year-old was behind X, but she ..."), opens with a description of a person ("The
    prime minister ... with X"), or names someone else too."""
    text = people.text
    # a clause after a semicolon is a sentence of its own here ("X comments that ...; he also
    # notes that ...")
    own = max(_sentence(text, position, paragraph), text.rfind("; ", paragraph, position) + 2)
    start = _sentence(text, own - 2, paragraph) if own > paragraph + 1 else own
    if start >= own:
        return []
    raw = text[start:own].split()
    words = [w.strip(",;:'\"“”‘’()").casefold() for w in raw]
    # the subject may follow an opening phrase: "In a statement, the Kentucky Republican ..."
    opening = (
        next((i + 1 for i, w in enumerate(raw[:6]) if w.endswith(",")), 0)
        if words[:1] and words[0] in _OPENERS
        else 0
    )
    mentions = [(at, p) for at, p in named if start <= at < own]
    if len({id(p) for _, p in mentions}) != 1:
        return []
    # "for Staunton, 49, who told the BBC she had not ...": a pronoun in the clause that
    # "who" opens after the name is that person, no one else the pronoun may mean
    run = _POSSESSOR.match(text, mentions[-1][0])
    if run is not None and _WHO_CLAUSE.match(text, run.end()):
        words = words[: len(text[start : mentions[-1][0]].split())]
    if _GENDER_PRONOUNS[gender] & set(words) or any(
        _described_opening(words[i:]) for i in {0, opening}
    ):
        return []
    # an owner ("Mr Campbell's e-mail") or a word of a noun phrase ("an Alan Shearer strike")
    # is not the one who acts
    if any(
        _ATTRIBUTIVE.search(text, max(0, at - 60), at) or _possessor(text, at)
        for at, _ in mentions
    ):
        return []
    person = mentions[0][1]
    fits = person.gender == gender and not person.guessed and not person.organisation
    return [person] if fits else []


def _sentence(text: str, position: int, paragraph: int) -> int:
    """Return where the sentence holding `position` starts, in its paragraph: not after the
    stop of a title or an initial ("Sen. Ted Cruz", "Paul D. Ryan")."""
    start = max(paragraph, sentence_start(text, position))
    while start > paragraph and _ABBREVIATION_END.search(text, max(0, start - 8), start):
        start = max(paragraph, sentence_start(text, start - 2))
    return start


# a title or an initial, whose stop ends no sentence
_ABBREVIATION_END = lazy(
    lambda: (
        r"(?<![\w.])(?:[A-Z]|"
        + "|".join(sorted(title.capitalize() for title in TITLE_ABBREVIATIONS))
        + r")\.\s*$"
    )
)
# a name used as a word of a noun phrase: "an Alan Shearer strike", "the Smith era"
_ATTRIBUTIVE = lazy(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[A-Z][\w'’.-]*\s+)*$")
# a relative clause about the one named, an age or a word between: "Staunton, 49, who told"
_WHO_CLAUSE = lazy(r",\s+(?:[\w-]+,\s+)?who\s")
# an owner, not the one who acts: "Obama's actions", "Mr. Obama's in 2008"
_POSSESSOR = lazy(
    r"(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*)(?:[^\S\n]+(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*))*"
)


def _possessor(text: str, at: int) -> bool:
    """Return True when the name at `at` owns what follows ("Obama's actions", "Obama's White
    House": the run of capitals goes on past the owner)."""
    run = _POSSESSOR.match(text, at)
    return run is not None and any(
        word.endswith(("'s", "’s", "s'", "s’")) for word in run.group().split()
    )


# the first words of an opening phrase before a main clause ("In a statement, the senator")
_OPENERS = frozenset(
    """in at on after before during later earlier meanwhile but and however yet still then for
from with while when as since although though if speaking asked""".split()
)
_GENDER_PRONOUNS = {"m": frozenset("he him his".split()), "f": frozenset("she her".split())}


def _described_opening(words: list[str]) -> bool:
    """Return True when a sentence (or its main clause) opens with a description of a person
    ("The 22-year-old pipped ...", "The prime minister is ..."): its subject, whom the pronoun
    may mean."""
    if words[:1] not in (["the"], ["a"], ["an"]):
        return False
    return any(w in PERSON_NOUNS or w in UNNAMED_PEOPLE or w.endswith("-old") for w in words[1:4])


def may_mean(person: Person, gender: str) -> bool:
    """Return True when "he" or "she" (`gender`) may mean `person`: no body, no one of the
    other gender."""
    return not person.organisation and person.gender in {gender, None}
