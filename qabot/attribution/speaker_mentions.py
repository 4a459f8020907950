"""Speaker mentions: the names one article gives a speaker, read for its speaker summary (a step
of `qabot.attribution.summaries`): fuller names for a surname ("Josenrique Cueto" for "Cueto")
or a first name ("Serena Williams" for "Serena"), the sentences naming the speaker, stage names
and aliases ("Norman Cook - aka Fatboy Slim -"), and a peer's title ("Lord Faulkner").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from qabot.attribution.role_descriptions import (
    PERSON_NOUNS,
)
from qabot.attribution.sentence_roles import office_before
from qabot.attribution.speaker_words import plural_of
from qabot.attribution.stray_words import from_first_name
from qabot.text import SentenceWords, name_starts
from qabot.text.lexicon import (
    BOUNDARY_WORDS,
    COMPOUND_MODIFIER,
    DEMONYMS,
    NATIONALITY_NOUNS,
    NOT_NAME,
    OPENING_ADVERBS,
    ORGANISATION_WORDS,
    TIE_WORDS,
    is_anonymous,
    strip_title,
)
from qabot.text.lexicon.places import NATIONALITIES
from qabot.text.patterns import lazy

# a peer's title, which stands for a first name ("Lord Browne", "Baroness Amos")
_PEER_TITLES = ("Lord", "Baroness", "Lady")


def peer_titles(sentences: Iterable[str], speaker: str) -> list[str]:
    """Return the peer's titles ("lord") the sentences naming a speaker known by a surname alone
    write before it: "Lord Faulkner of Worcester said" is a peer, not the Rob Faulkner quoted
    elsewhere, and is known by the title and the surname."""
    if " " in speaker.strip() or is_anonymous(speaker):
        return []
    sentences = [s for s in sentences if any(title in s for title in _PEER_TITLES)]
    if not sentences:  # most articles: no pattern to make for the name
        return []
    before = re.compile(rf"\b({'|'.join(_PEER_TITLES)})\s+{re.escape(speaker.strip())}\b")
    return [found.group(1).casefold() for s in sentences for found in before.finditer(s)]


# the sentences naming one speaker read for its summary, the first ones: every step of a summary
# reads a speaker's sentences, so that a long text whose many speakers share a common word for a
# surname ("Ferry report", "Budget report") would cost its length times its speakers; no article
# of the corpora names a speaker in more than 68 sentences, so none is summarised otherwise
MOST_SENTENCES = 200

# the surname after a first name, perhaps possessive ("Howard Flight's local party")
_NAME_AFTER = lazy(r"[^\S\n]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(['’]s)?(?![\w'’-]|[^\S\n]+[A-Z])")
_NAME_BEFORE = lazy(r"((?:[A-Z][\w'’.-]*\s+){1,3})$")


@dataclass(frozen=True, slots=True)
class SpeakerMentions:
    """What an article's sentences give one speaker: its fuller names, most written first (at
    most three), and the sentences that name it (the first `MOST_SENTENCES`)."""

    names: list[str]
    sentences: list[str]


def fuller_names(lookup: SentenceWords, speaker: str, person: bool = False) -> SpeakerMentions:
    """Return the fuller names an article gives a speaker's surname ("Josenrique Cueto" for
    "Cueto") or, for a `person` (who says "I") or a name whose next word stands alone elsewhere,
    first name ("Serena Williams" for "Serena"), and the sentences that name the speaker. Only
    the sentences of the article's `lookup` (made once for all its speakers) that may name the
    speaker are read: a long article's summary then grows with its length, not with its length
    times its speakers."""
    parts = strip_title(speaker).split()
    if not parts:
        return SpeakerMentions(names=[], sentences=[])
    surname = parts[-1]
    fuller: Counter[str] = Counter()
    following: Counter[str] = Counter()  # "Serena Williams" for a speaker called "Serena"
    titled = False  # "Mr Howard": the word is a surname here
    held = []
    # a sentence naming a one-word speaker only as part of longer names ("Liberal Democrat
    # leader Charles Kennedy" for a speaker "Charles"): those names, whose roles are not the
    # speaker's unless one of them is the speaker's fuller name
    others: dict[str, set[str]] = {}
    # every mention, alias and nickname below holds the surname as a whole word
    for sentence in lookup.naming(surname):
        found = False
        longer: list[str | None] = []
        for start in name_starts(sentence, surname):
            found = True
            after = _NAME_AFTER.match(sentence, start + len(surname))
            if after is not None and after.group(1).casefold() not in _NOT_SURNAME:
                if not after.group(2):  # "Nintendo Europe's manager": no fuller name for it
                    following[f"{surname} {after.group(1)}"] += 1
                longer.append(f"{surname} {after.group(1)}")
            else:
                longer.append(None)
            before = _NAME_BEFORE.search(sentence[:start])
            if before is None:
                continue
            titled = titled or before.group(1).split()[-1].casefold().rstrip(".") in _TITLES
            words: list[str] = []
            run = before.group(1).split()
            for index in range(len(run) - 1, -1, -1):
                word, key = run[index], run[index].casefold().rstrip(".,")
                if (
                    _OWNER.search(word)  # "Arsenal's Edu", "February's Ifo": an owner
                    or _describes(word, words, surname, lookup)  # "American Robby X"
                    or key in _TITLES
                    or key in PERSON_NOUNS
                    or key in NOT_NAME
                    or key in BOUNDARY_WORDS  # "While Serena is through": a clause opens
                    or key in OPENING_ADVERBS  # "Afterwards Penny tells": when, not a name
                    or key in TIE_WORDS  # "Rival Sony has said": Sony is the name
                    or key in _POSSESSIVES  # "Its BDO index": BDO is the name
                    or COMPOUND_MODIFIER.fullmatch(
                        key
                    )  # "Oscar-nominated Owen", "Houston-based X"
                    or word[-1] in ",;:"
                    # what an office is of ("Chancellor of the Exchequer Tavin Brask")
                    or office_before(sentence[: before.start()].split()[-6:] + run[:index])
                    is not None
                ):
                    break
                words.insert(0, word)
            name = " ".join(from_first_name([*words, surname]))
            if words and len(name.split()) > len(parts) and name.endswith(" ".join(parts)):
                fuller[name] += 1
        if len(parts) == 1 and longer and None not in longer:
            others[sentence] = {n for n in longer if n}
        if len(parts) == 1:  # a stage name or nickname: "Marcus Dale, better known as K-Dot"
            for alias in _ALIAS_OF.finditer(sentence):
                if alias.group("alias") == surname:
                    fuller[alias.group("name")] += 2
                    found = True
            for nick in _NICKNAME.finditer(sentence):  # "Ahmed 'Mido' Hossam"
                if nick.group("nick") == surname:
                    fuller[f"{nick.group('first')} {nick.group('last')}"] += 2
                    found = True
        if found:
            held.append(sentence)
            if len(held) == MOST_SENTENCES:
                break
    if (
        len(parts) == 1
        and not fuller
        and not titled
        and len(following) == 1
        and not surname.isupper()
        and (person or _stands_alone(lookup, next(iter(following)).split()[-1]))
    ):
        # a person the article calls by first name ("But Serena added"), named in full once
        # ("Serena Williams has rejected ..."): never a surname here (no "Mr Serena", no
        # "Venus Serena"), and followed by one surname only
        fuller.update(following)
    names = [name for name, _ in fuller.most_common(3)]
    return SpeakerMentions(
        names=names,
        sentences=[s for s in held if s not in others or not others[s].isdisjoint(names)],
    )


_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_ALIAS_OF = lazy(
    rf"(?P<name>{_NAME}),?\s+(?:(?:better|also|widely|popularly|more commonly)\s+)?known\s+"
    r"(?:as\s+)?(?:simply\s+)?[\"“'‘]?(?P<alias>[A-Z][\w'’.-]*)"
)
_NICKNAME = lazy(
    r"(?P<first>[A-Z][\w.-]+)\s+[\"“'‘](?P<nick>[A-Z][\w.-]+)[\"”'’]\s+(?P<last>[A-Z][\w'’-]+)"
)

# a word written before a name as its owner ("Arsenal's Edu", "PBS' Jacoba Atlas")
_OWNER = lazy(r"(?:['’][sS]|[sS]['’])$")
# nationality words that are adjectives as well as nouns ("Swiss Re", "Greek Cypriot")
_BOTH = frozenset("swiss czech greek thai".split())
_ADJECTIVES = NATIONALITIES | frozenset(DEMONYMS.values()) | _BOTH
# nouns of one person of a people or a contest ("Spaniard X", "Olympian X")
_PEOPLE_NOUNS = (NATIONALITY_NOUNS - _BOTH) | frozenset(("olympian", "paralympian"))


def _describes(word: str, after: list[str], surname: str, sentences: SentenceWords) -> bool:
    """Return whether `word`, before the name words `after` and `surname`, describes the
    person rather than names them: a people's noun or plural ("Irishmen JP X", "Olympian X",
    "Americans"), or a nationality ("American Robby X") before words the article never writes
    in lower case, none a body's (a body's name: "English National Ballet", whose article
    writes "national"; "Scottish Borders Council").
    "Sri" stays: a nationality in two words ("Sri Lankan"), a first name alone."""
    key = word.casefold()
    if key in _PEOPLE_NOUNS or (key.endswith("men") and key[:-3] + "man" in _PEOPLE_NOUNS):
        return True
    if plural_of(key, _ADJECTIVES | _PEOPLE_NOUNS):
        return True
    if key not in _ADJECTIVES or key == "sri":
        return False
    rest = [w.casefold() for w in (*after, surname)]
    if not ORGANISATION_WORDS.isdisjoint(rest):  # "Scottish Borders Council": a body's name
        return False
    return not any(
        re.search(rf"(?<![\w'’-]){re.escape(w)}(?![\w'’-])", s)
        for w in rest
        for s in sentences.naming(w)
    )


# a capitalised word after a first name that is no surname ("Blair Government")
_NOT_SURNAME = NOT_NAME | ORGANISATION_WORDS | PERSON_NOUNS | BOUNDARY_WORDS
_TITLES = frozenset("mr mrs ms miss dr sir lord lady dame prof professor rev the a an".split())
# "Its KLR index", "His Acme shares": an owner's word before a name, no part of it
_POSSESSIVES = frozenset("its his her their our my your".split())

# "Norman Cook - aka Fatboy Slim -", "Marcus Dale, better known as K-Dot", "(also known as X)"
_STAGE_NAME = lazy(
    r"\s*(?:,|[-–—]|\()\s*(?:aka|a\.k\.a\.?|(?:(?:better|also|widely|popularly|more "
    r"commonly)\s+)?known\s+as)\s+(?:simply\s+)?[\"“'‘]?"
    r"(?P<alias>[A-Z0-9][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})"
)
# "Fatboy Slim, real name Norman Cook", "Fatboy Slim (real name Norman Cook)"
_REAL_NAME = lazy(
    r"(?P<alias>[A-Z0-9][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2})\s*(?:,|\(|[-–—])\s*"
    r"(?:whose\s+)?real\s+name(?:\s+is)?\s+$"
)


def _stands_alone(sentences: SentenceWords, word: str) -> bool:
    """Return whether `word` stands alone in some sentence, after no capitalised word (a
    surname: "Williams said"; not "Europe", "Research")."""
    for sentence in sentences.naming(word):
        for start in name_starts(sentence, word):
            before = sentence[:start].rstrip()
            last = before.split()[-1] if before.split() else ""
            if not last[:1].isupper() or last[-1:] in ",.;:" or last.casefold() in _TITLES:
                return True
    return False


def stage_names(sentences: list[str], names: list[str]) -> list[str]:
    """Return the other names `sentences` give a person known as one of `names`: a stage name
    or alias after the name ("Norman Cook - aka Fatboy Slim -", "X, better known as Y") or
    before "real name X"."""
    found: dict[str, None] = {}
    for sentence in sentences:
        for name in names:
            for start in name_starts(sentence, name):
                after = _STAGE_NAME.match(sentence, start + len(name))
                if after is not None:
                    found[after.group("alias")] = None
                before = _REAL_NAME.search(sentence[max(0, start - 80) : start])
                if before is not None:
                    found[before.group("alias")] = None
    parts = {w for name in names for w in name.split()}
    return [a for a in found if not set(a.split()) <= parts and a.casefold() not in NOT_NAME][:3]
