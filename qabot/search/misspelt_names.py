"""Misspelt speakers: a name the archive writes nowhere, read as a close name of someone quoted
in an article about the question's topic.

Readers misspell names they have only heard ("gebreselassie"). The directory suggests a close
name whenever a name matches nobody ("Did you mean ...?", a button in Telegram); a suggestion
is a guess, so the question is answered about that person directly only when no passage writes
the name asked as a name (nobody else is meant) and the topic confirms the guess: of the people
whose names are close, exactly one is quoted in an article about it, or exactly one is a letter
off each word of a name of two words or more ("desmund tutu"), whatever the topic, or a long
surname asked alone is a letter off exactly one quoted surname ("tymosenko"), asked with no
topic or one their articles hold, or one quoted person is named as asked but for a surname
spelt as it sounds ("william haig"), their articles holding the topic. The answer's lead says
how the name was read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain

from qabot.attribution import is_description, is_group
from qabot.attribution.speaker_words import fold_name
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.records import Passage
from qabot.search.another_first_name import another_first_name
from qabot.search.cued_slips import cued_slip
from qabot.search.letter_off import letter_off
from qabot.search.named_roles import name_after_owner, name_before_affiliation
from qabot.search.names_in_passages import (
    quoted_as,
    writing_articles,
    written_as_name,
    written_close,
)
from qabot.search.namesakes import namesakes_on
from qabot.search.sound_alike import sounded_name
from qabot.text.lexicon import (
    PERSON_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    strip_title,
    title_gender,
)

# a close person's articles must hold a passage scoring this share of the archive's best for
# the topic (as an article is about a topic: speech_answers.ABOUT_TOPIC)
CONFIRMS = 0.5
MIN_OFF = 5  # letters of the one word a name asked may be a letter off, with no topic
# ... and that a name of one word needs to be offered a close name at all: a shorter word is a
# letter off dozens of names and words ("nasa" is not Mike Nash)
MIN_SHORT_OFF = 4  # ... and a surname, when the name's words before it are as written
MIN_ANCHORED_OFF = 3  # ... and when two words or more before it are
MIN_LONE_OFF = 6  # ... and a surname asked alone, to be read as the one quoted surname a
# letter off it whatever the topic: shorter, it is too often a word or another's name
_ROLES = TITLE_WORDS | PERSON_NOUNS
_PLACE_WORDS = frozenset("of at for from in on with by".split())


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """A misspelt speaker read as someone quoted."""

    person: str  # canonical name
    asked: str  # the name as asked, without the role before it ("sentele" of "judge sentele")
    written: bool = False  # the archive writes it too: the slip of an article quoting them


def corrected_speaker(index: Index, name: str, topic_terms: tuple[str, ...]) -> Correction | None:
    """Return the person a name matching nobody is a misspelling of, when the topic confirms
    them or their name is a letter off each word of it, else None."""
    name = _after_roles(name)  # "judge sentele": the name after the role is misspelt
    name = name_before_affiliation(name) or name  # "ada vail from the council": her name
    name = name_after_owner(name) or name  # "bt's gavin paterson": his name, its owner aside
    if not name or name.split()[0].casefold() in _PLACE_WORDS:
        return None  # "the author of lawless world": what follows "of" is whose role it is
    if is_description(name):
        # "sung won son": a word of a name may be a word for a person ("son"), when the
        # articles write a quoted name a letter off each word of it
        close = quoted_as(index, written_close(index, name))
        asked = name.casefold().split()
        if close is None or not _long_enough(asked, fold_name(close).split()):
            return None
        return None if written_as_name(index, name) else Correction(person=close, asked=name)
    gender = title_gender(name)
    near = [
        person
        for person in index.speakers.near(name)
        if not gender or first_name_gender(person.split()[0]) in {gender, None}
    ]  # "Mrs Blare" is not Tony Blair
    asked = strip_title(name).casefold().split()
    if not near:
        # nobody quoted is close: only a name the passages write a letter off it may be meant,
        # and only if they write it nowhere as asked (searched last: most names are one word)
        close = quoted_as(index, written_close(index, strip_title(name)))
        if close is None or not _long_enough(asked, fold_name(close).split()):
            return None
        return None if written_as_name(index, name) else Correction(person=close, asked=name)
    writing = writing_articles(index, name)
    first = next(writing, None)
    if first is not None:  # written as a name (`written_as_name`)
        # someone never quoted is meant, unless only the articles quoting one person a letter
        # off write it: "Jacques Barrot ... said Mr Barot" is the article's own slip (which
        # articles write it is read only when someone's name is a letter off it)
        slips = [p for p in near if _letter_off_theirs(asked, p)]
        slip = slipped_on(index, slips, chain([first], writing))
        slipped = slip.people
        if len(slipped) != 1 and slips:
            # untitled, or beside a namesake: the one whose quotes' cues write it there
            # ('"...," said Kudja' of Jarek Kujda's words, his sister quoted too)
            slipped = [p for p in [cued_slip(index, slips, name, slip.read)] if p is not None]
        return (
            Correction(person=slipped[0], asked=name, written=True) if len(slipped) == 1 else None
        )
    spelt = [person for person in near if _one_word_off(asked, person.casefold().split())]
    if len(spelt) == 1:
        # "desmund tutu": one person quoted is a letter off one long word of a name nobody is
        # called, whatever the topic
        return Correction(person=spelt[0], asked=name)
    sounded = [person for person in near if sounded_name(asked, fold_name(person).split())]
    if len(sounded) == 1 and (not topic_terms or _on_topic(index, sounded[0], topic_terms)):
        # "william haig": one person quoted is named as asked but for a surname spelt as it
        # sounds, and their articles hold the topic
        return Correction(person=sounded[0], asked=name)
    if len(asked) == 1 and len(asked[0]) >= MIN_LONE_OFF:
        lone = [p for p in near if _loneletter_off(asked[0], fold_name(p).split()[-1])]
        if len(lone) == 1 and (not topic_terms or _on_topic(index, lone[0], topic_terms)):
            # "tymosenko": a long surname a letter off one quoted person's surname and no
            # other's is theirs, asked without a topic or about one their articles hold
            # ("wener" is a letter off three)
            return Correction(person=lone[0], asked=name)
        if (shared := _shared_surname(index, lone, topic_terms)) is not None:
            return Correction(person=shared, asked=name)
    close = quoted_as(index, written_close(index, strip_title(name)))
    if close is not None and _long_enough(asked, fold_name(close).split()):
        # "maria capela from pipex": the one name the passages of its words write a letter off
        # each long word of it is someone quoted; "No quotes from" them would be false
        return Correction(person=close, asked=name)
    if not topic_terms:
        return None
    words = list(dict.fromkeys(topic_terms))
    best = index.engine.search(words, 1) if near else []
    if not best:
        return None
    confirmed = []
    for person in (p for p in near if not another_first_name(asked, p)):
        theirs = _best_in_theirs(index, person, words)
        if theirs and theirs[0][1] >= CONFIRMS * best[0][1]:
            confirmed.append(person)
    return Correction(person=confirmed[0], asked=name) if len(confirmed) == 1 else None


def _shared_surname(index: Index, lone: list[str], topic_terms: tuple[str, ...]) -> str | None:
    """Return the one of the people sharing the surname a surname asked alone is a letter off
    (`lone`: those `near` found) the topic picks, as for it spelt right ("willams")."""
    surnames = {fold_name(person).split()[-1] for person in lone}
    if len(lone) < 2 or len(surnames) != 1 or not topic_terms:
        return None
    namesakes = index.speakers.match(surnames.pop()).people
    picked = namesakes_on(index, namesakes, topic_terms) if len(namesakes) > 1 else None
    return None if picked is None or picked.unsure else picked.person


def _long_enough(asked: list[str], written: list[str]) -> bool:
    """Return whether each word of a name `asked` a letter off the name `written` is long enough
    to be read as it: MIN_OFF letters, or, for the last word (the surname), MIN_SHORT_OFF when
    the words before it are as written and MIN_OFF letters together ("alistair crag" is
    Alistair Cragg; "inez calder" may be someone other than Ines Calder, a first name a letter
    off being often another's)."""
    pairs = list(zip(asked, written, strict=False))
    anchored = all(a == w for a, w in pairs[:-1]) and sum(len(a) for a, _ in pairs[:-1]) >= MIN_OFF
    # two words or more as written tell more: "sung won son" is Sung Won Sohn
    shortest = MIN_SHORT_OFF if len(pairs) < 3 else MIN_ANCHORED_OFF
    return all(
        len(a) >= MIN_OFF or (at == len(pairs) - 1 and anchored and len(a) >= shortest)
        for at, (a, w) in enumerate(pairs)
        if a != w
    )


def suggestion(index: Index, name: str) -> str | None:
    """Return a known name to offer for `name` ("Did you mean ...?"), when it is close and
    may be meant: not for initials ("NASA", "FA": a body, not a person's surname), nor for a
    single word of fewer than MIN_OFF letters, nor a person of the other gender to a title
    asked ("Mrs Blair" is not Tony Blair), nor a namesake of a description's word ("the king"
    is no misspelt Stephen King)."""
    bare = strip_title(name).strip()
    words = bare.split()
    if not words or (len(words) == 1 and (len(bare) < MIN_OFF or _initials(bare))):
        return None
    hint = index.speakers.suggest(name)
    if (
        hint
        and is_description(name)
        and set(fold_name(hint).split()) & set(fold_name(name).split())
    ):
        return None
    if hint and len(words) == 1 and len(hint.split()) > 1 and is_group(hint):
        return None  # "Truss": a body's last word ("AA Motoring Trust") is no surname
    gender = title_gender(name)
    if hint and gender and first_name_gender(hint.split()[0]) not in {gender, None}:
        return None
    return hint


def _initials(word: str) -> bool:
    """Return whether `word` is written as initials: capitals only ("NASA", "B.B.C.")."""
    letters = word.replace(".", "")
    return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def _letter_off_theirs(asked: list[str], person: str) -> bool:
    """Return whether a name `asked` (untitled, case-folded) may be a slip for `person`'s, each
    word of it a letter off the last words of theirs (the surname MIN_SHORT_OFF letters or
    more)."""
    words = fold_name(person).split()[-len(asked) :]
    return (
        len(words) == len(asked)
        and words != asked
        and len(asked[-1]) >= MIN_SHORT_OFF
        and all(letter_off(a, w) for a, w in zip(asked, words, strict=True))
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class Slip:
    """Whose articles' slip a name asked is, and the articles writing it that were read."""

    people: list[str]  # those whose articles' slip it is (`slipped_on`)
    # in order, up to the first quoting none of them (whose cues then write it for no one)
    read: list[str]


def slipped_on(
    index: Index, slips: list[str], writing: Iterator[tuple[str, Callable[[], bool]]]
) -> Slip:
    """Return those of `slips`, people whose names a name asked is a letter off
    (`_letter_off_theirs`), whose articles' slip it is: every article writing it (`writing`,
    `articles_writing`'s passages) quotes them and titles it there ("Nasa" beside Mike Nash is
    no slip), and the articles read. The passages are read only while someone may still be:
    most names asked are written in articles quoting none of them, which the first tells."""
    theirs = {person: set(index.speakers.articles_of(person)) for person in slips}
    titled: dict[str, bool] = {}
    read: list[str] = []
    for article, opened in writing:
        read.append(article)
        theirs = {person: ids for person, ids in theirs.items() if article in ids}
        if not theirs:
            return Slip(people=[], read=read)
        titled[article] = titled.get(article, False) or opened()
    people = [person for person in slips if person in theirs] if all(titled.values()) else []
    return Slip(people=people, read=read)


def _one_word_off(asked: list[str], written: list[str]) -> bool:
    """Return whether a name of two words or more is `written` but for one letter of one word
    of MIN_OFF letters or more: "tom hale" may well be someone other than a quoted Tim Hale."""
    if len(asked) < 2 or len(asked) != len(written):
        return False
    off = [(a, w) for a, w in zip(asked, written, strict=True) if a != w]
    return len(off) == 1 and len(off[0][0]) >= MIN_OFF and letter_off(*off[0])


def _on_topic(index: Index, person: str, topic_terms: tuple[str, ...]) -> bool:
    """Return whether an article `person` is quoted in holds a word of the topic."""
    return bool(_best_in_theirs(index, person, list(topic_terms)))


def _best_in_theirs(index: Index, person: str, words: list[str]) -> list[tuple[Passage, float]]:
    """Return the best passage for `words` of the articles `person` is quoted in, with its
    score (none when they are quoted nowhere): where a misspelt name's guess meets the topic."""
    where = PassageFilter(articles=frozenset(index.speakers.articles_of(person)))
    return index.engine.search(words, 1, where) if where.articles else []


def _loneletter_off(asked: str, surname: str) -> bool:
    """Return whether a surname asked alone is `surname` but for one letter inside it, its last
    letter as written too: a name's ending tells namesakes apart ("capello" is not Maria
    Capella)."""
    return asked[-1:] == surname[-1:] and letter_off(asked, surname)


def off_a_quoted_surname(index: Index, word: str) -> bool:
    """Return whether `word`, a surname asked alone, is a quoted person's surname but for one
    letter inside it ("Holes" of Kelly Holmes, "Caus" of Philippe Camus): a capital on it may
    be the only clue that a name is meant, though the archive writes the word it spells."""
    asked = fold_name(word)
    if len(asked) < MIN_SHORT_OFF or not asked.isalpha():
        return False  # a shorter word is a letter off too many names
    # the surname itself is no clue ("Centre" of the Trafford Centre, "Government" of
    # Indonesia's government): the archive's own capitals tell whether it names someone
    surnames = {
        fold_name(last)
        for last in (person.split()[-1] for person in index.speakers.near(word))
        if last[:1].isupper() and not _initials(last)
    }
    return any(_loneletter_off(asked, surname) for surname in surnames - {asked})


def _after_roles(name: str) -> str:
    """Return `name` without the description that opens it, up to its last role or title
    ("the Riverton port chief Wengar" -> "Wengar"); `name` itself when nothing is left."""
    words = name.split()
    roles = [at for at, word in enumerate(words[:-1]) if word.casefold().rstrip(".") in _ROLES]
    return " ".join(words[roles[-1] + 1 :]) if roles else name
