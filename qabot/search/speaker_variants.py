"""A speaker phrase written otherwise than the articles write it, tried when it names nobody.

Readers write roles as they spell and abbreviate, not as the story did: "the us defence
secretary" for a "US Defense Secretary", "the london stock exchange chief" for an "LSE chief
executive". And a body quoted under a description ("the Ukrainian military command said ...")
is the one a reader means by those very words, before anyone the role may be inferred for;
"the LSE spokesman", whom no article names, is the LSE speaking; "seb coe", quoted only as
"Lord Coe", is the Lord Coe whom an article calls "Sebastian Coe".
`qabot.search.resolution` asks these only when the phrase as written resolves to nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from qabot.attribution import Match, is_description, is_group
from qabot.attribution.speaker_words import fold_name
from qabot.engines import PassageFilter
from qabot.indexing import Index
from qabot.search.body_forms import typed_initials, written_both
from qabot.search.resolution_record import Resolution
from qabot.text import tokenize
from qabot.text.lexicon import HONOURS, first_name_gender, strip_title
from qabot.text.patterns import lazy

if TYPE_CHECKING:
    from qabot.attribution import SpeakerDirectory

# British and American spellings of the same word, by ending (a plural "s" may follow): the
# American of a British one and back where both are sure ("defence"/"defense"); one way only
# where the other ending is common in other words ("-ter" of "minister", "-or" of "director")
_ENDINGS = (
    (lazy(r"ence(?=s?$)"), "ense"),  # defence, offence, licence
    (lazy(r"ense(?=s?$)"), "ence"),
    (lazy(r"our(?=s?$)"), "or"),  # labour, harbour, honour
    (lazy(r"(?<=[bvm])or(?=s?$)"), "our"),  # labor, harbor, favor (not "director")
    (lazy(r"is(?=(?:e|ed|er|ation)s?$)"), "iz"),  # organiser, privatisation
    (lazy(r"iz(?=(?:e|ed|er|ation)s?$)"), "is"),
    (lazy(r"tre(?=s?$)"), "ter"),  # centre, theatre
    (lazy(r"amme(?=s?$)"), "am"),  # programme
)
_MIN_LETTERS = 6  # shorter words keep their spelling ("four", "hour", "size")
_WORD = lazy(r"[A-Za-z]+")


def written_otherwise(index: Index, name: str, resolve: Callable[[str], Resolution]) -> Resolution:
    """Return whom `name`, which names nobody as written, means written otherwise (`resolve`
    reads each other writing as the question's speaker phrase); no one when none does."""
    for other in other_writings(index, name):
        if (again := resolve(other)).person is not None:
            return again
    titled = titled_namesake(index, name)
    return Resolution(person=titled, how="name") if titled else Resolution(person=None)


def other_writings(index: Index, phrase: str) -> list[str]:
    """Return the other ways of writing `phrase` worth asking the directory about: its words
    spelt the other way, its role's owner by its initials; none for a name (a name has one
    spelling, and a close one is another person's or a misspelling: `misspelt_names`)."""
    if not is_description(phrase):
        return []
    initialled = with_initials(index, phrase, index.speakers.match(phrase).owner_words)
    return [*other_spellings(phrase), *([initialled] if initialled else [])]


def other_spellings(phrase: str) -> list[str]:
    """Return `phrase` with its words spelt the other way, British or American ("the US
    defence secretary" -> "the US defense secretary"), one phrase with every such word
    changed; none when no word has another spelling."""

    def respell(found: re.Match[str]) -> str:
        word = found.group(0)
        if len(word) < _MIN_LETTERS:
            return word
        for ending, instead in _ENDINGS:
            if ending.search(word.casefold()):
                return ending.sub(instead, word, count=1)
        return word

    respelt = _WORD.sub(respell, phrase)
    return [respelt] if respelt != phrase else []


def with_initials(index: Index, phrase: str, owner_words: tuple[str, ...]) -> str | None:
    """Return the phrase with the owner of its role, written out in several words, written as
    its initials ("the london stock exchange chief" -> "the LSE chief"), as stories name a
    body after its first mention, when an article writes both forms; None when the owner is
    one word, not in the phrase, or its initials are written nowhere beside it."""
    words = [w for w in owner_words if w.casefold() not in _LINKS]
    letters = typed_initials(words)
    if letters is None:
        return None
    run = r"\s+(?:(?:of|and|for|the)\s+)*".join(re.escape(w) for w in words)
    found = re.search(rf"\b{run}\b", phrase, re.IGNORECASE)
    if found is None or not written_both(index, found.group(0), letters):
        return None
    return f"{phrase[: found.start()]}{letters}{phrase[found.end() :]}"


_LINKS = frozenset("of and for the".split())


def as_asked(directory: SpeakerDirectory, phrase: str, match: Match) -> str | None:
    """Return the body a role phrase no one holds names itself: quoted under those very
    words (`quoted_as`), or speaking through the spokesman asked about (`spoken_for`)."""
    return quoted_as(directory, phrase) or spoken_for(directory, match, phrase)


def quoted_as(directory: SpeakerDirectory, phrase: str) -> str | None:
    """Return the one speaker quoted under a description of exactly the words of `phrase`
    ("the Ukrainian military command" for "the ukrainian military command"), or None."""
    terms = frozenset(tokenize(phrase))
    if not terms or not is_description(phrase):
        return None
    same = [p for p in directory.described(terms) if frozenset(tokenize(p)) == terms]
    return same[0] if len(same) == 1 else None


_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson spokespeople spokesmen".split())
# "the Department for Culture, Media and Sport spokesman": the owner as written, links kept
_OWNER_BEFORE = lazy(
    r"(?:(?:the|a|an)\s+)?(?P<owner>[A-Z].*?)\s+spokes(?:man|woman|person|people|men)",
    re.IGNORECASE,
)


def spoken_for(directory: SpeakerDirectory, match: Match, phrase: str = "") -> str | None:
    """Return the body a spokesperson asked about speaks for ("the LSE spokesman": the LSE),
    when the articles quote that body and give nobody the role: its spokespeople's words are
    quoted as the body's, and the answer names those of them it knows (`voices`). A body
    whose name holds "for", "of" or "and" is looked up as the phrase writes it ("the
    Department for Work and Pensions spokeswoman"): its capitalised words alone name no one."""
    if not match.roles & _SPOKESPEOPLE or not match.owner_words:
        return None
    owner = " ".join(match.owner_words)
    written = _OWNER_BEFORE.fullmatch(phrase.strip())
    if written is not None and not _LINKS.isdisjoint(written.group("owner").casefold().split()):
        owner = written.group("owner")
    body = directory.match(owner)
    if body.how != "name" or len(body.people) != 1:
        return None
    if fold_name(body.people[0]).removeprefix("the ") != fold_name(owner):
        return None  # "Rival Sony", a name read with a word of the story's, is not "Sony"
    # a body, not a person ("the Blair spokesman" speaks for Tony Blair, in words of his own)
    first = body.people[0].split()[0]
    return body.people[0] if is_group(body.people[0]) or not first_name_gender(first) else None


OWNER_PASSAGES = 10  # passages of the person's articles read for the owner asked
TITLED_PASSAGES = 20  # passages read for the first name of someone quoted by a title alone


def titled_namesake(index: Index, name: str) -> str | None:
    """Return the one person quoted by a title and the surname of `name` alone ("Lord Coe"
    for "seb coe") when a passage writes that surname after a first name the one asked
    begins ("Sebastian Coe"); None otherwise, or for a description."""
    words = name.split()
    if len(words) < 2 or is_description(name) or strip_title(name) != name:
        return None
    first, surname = words[0].casefold(), words[-1]
    titled = [
        person
        for person in index.speakers.match(surname).people
        if len(person.split()) == 2
        and person.split()[0].casefold() in HONOURS
        and person.split()[1].casefold() == surname.casefold()
    ]
    if len(titled) != 1:
        return None
    written = re.compile(rf"\b({re.escape(first)}[a-z]*)\s+{re.escape(surname)}\b", re.I)
    hits = index.engine.search(tokenize(surname), TITLED_PASSAGES)
    return titled[0] if any(written.search(passage.text) for passage, _ in hits) else None


# what opens a role written with a hyphen ("co-chairman", "vice-president", "ex-minister")
_ROLE_PREFIXES = frozenset("co vice ex deputy acting joint pro anti non self".split())
_HYPHENATED = lazy(r"\b([A-Za-z]+)-([A-Za-z]+)\b")


def owner_kept(index: Index, phrase: str, resolve: Callable[[str], Resolution]) -> Resolution:
    """Return whom `phrase` means (`resolve`), its owner's hyphens read as spaces when the
    directory reads no owner in it as written ("the miami-dade commissioner" -> "the miami
    dade commissioner") and the one it fits as written is not quoted where the owner is
    named: "the coca-cola boss" asks for Coca-Cola's boss or nobody, not for any boss quoted.
    A hyphen that opens a role ("the tory co-chairman") stays."""
    found = resolve(phrase)

    def spaced(hyphened: re.Match[str]) -> str:
        if hyphened.group(1).casefold() in _ROLE_PREFIXES:
            return hyphened.group(0)
        return f"{hyphened.group(1)} {hyphened.group(2)}"

    other = _HYPHENATED.sub(spaced, phrase)
    directory = index.speakers
    if other == phrase or not is_description(phrase) or directory.match(phrase).owner_words:
        return found
    owner = directory.match(other).owner_words
    if not owner or (found.person and not found.unsure and _named_beside(index, found, owner)):
        return found
    return resolve(other)


def _named_beside(index: Index, found: Resolution, owner: Sequence[str]) -> bool:
    """Return whether a passage of an article quoting the person found holds every owner word
    ("WRAZ-TV" in the story quoting its general manager)."""
    terms = list(dict.fromkeys(tokenize(" ".join(owner))))
    where = PassageFilter(articles=frozenset(index.speakers.articles_of(found.person or "")))
    hits = index.engine.search(terms, OWNER_PASSAGES, where) if terms else []
    return any(set(terms) <= set(p.stored_terms() or tokenize(p.text)) for p, _ in hits)
