"""Wording of lead lines: a long question is echoed shortened, and a question that is not in
English is told plainly that the articles are read as English."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from qabot.attribution import is_group
from qabot.search.answer_record import MISSING_LEAD
from qabot.text import STOP_WORDS, shortened
from qabot.text.lexicon.other_languages import (
    ASKING_WORDS,
    ENGLISH_TOO,
    any_language_words,
    english_words,
    folded,
    language_words,
    other_language_words,
)
from qabot.text.patterns import LETTER_WORD, lazy

ECHO = 80  # characters of the question a lead line repeats
ENGLISH_NOTE = "The articles are read as English, and this question is not in English."
# words that open a speech question's tail read as it stands ("said nothing after the vote"),
# not as its subject ("said nothing about tanks")
TAIL_WORDS = frozenset("after when in at to during before while as on that if whether".split())
# the tails that name an occasion ("in her lecture at ...", "after the vote"), not a subject
OCCASION_WORDS = frozenset("after when in at during before while".split())


_JOINER_BEFORE = lazy(r"^(?:(?:and|or|but)\b[\s,]*)+(?=\w)", re.IGNORECASE)


def echo(question: str, limit: int = ECHO) -> str:
    """Return `question` (or a sentence) as a lead line repeats it: at most `limit` characters,
    cut at a word; words typed all in capitals, two or more, in lower case ("What Jens
    Stoltenberg said about tanks:", not "said ABOUT TANKS:": the shouting is the keyboard's)."""
    if shouted(question):
        question = question.lower()
    # "and how many died?", "or what did the court decide": a follow-up's joining word is
    # no part of what is asked; one left at the end stays ("the zeppelin crash and"): the
    # lead quotes the reader, and shows them a question cut short as they sent it
    question = _JOINER_BEFORE.sub("", question) or question
    if "\ufffd" in question:  # the mark of bytes no text reads: the reader typed none of it
        question = " ".join(question.replace("\ufffd", " ").split())
    return shortened(question, limit)


def shouted(text: str) -> bool:
    """Return True when `text` holds two or more words of letters and every letter is a
    capital ("WHAT DID STOLTENBERG SAY"; not "the NHS", not "NATO")."""
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and len(letters) >= 4 and all(c.isupper() for c in letters)


def omitted_note(count: int, shown: bool = True) -> str:
    """Return the note that says weakly related passages were left out: "more" only below
    passages `shown` (under a refusal, or quotes alone, there are none to be more than)."""
    what = "passage matches" if count == 1 else "passages match"
    return f"{count}{' more' if shown else ''} {what} the question only weakly: not shown"


MOST_LISTED = 5  # words a lead names as missing; more are counted ("or 12 other words")


# what stands between two words of one name as typed: a space, a hyphen, an apostrophe
_WITHIN_NAME = lazy(r"[ '’‐‑-]+")


def typed_runs(text: str, words: Sequence[str]) -> list[str]:
    """Return `words` (each typed in `text`) as the reader wrote them: words side by side,
    apart only by a space or a hyphen, as one ("Velliquette Zarkon", "Zarkon-Velliquette"),
    in the order typed. A name written as one name is said as one, not word by word."""
    spans: list[tuple[int, int]] = []
    unplaced: list[str] = []
    for word in dict.fromkeys(words):
        found = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)
        if found is None:
            unplaced.append(word)
        else:
            spans.append(found.span())
    runs: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if runs and _WITHIN_NAME.fullmatch(text[runs[-1][1] : start]):
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return [" ".join(text[start:end].split()) for start, end in runs] + unplaced


def quotes_note(count: int, person: str, beyond: bool, how: str) -> str:
    """Return the note that says how many more quotes of `person` there are, and `how` to see
    them ("type “more”")."""
    what = "quote" if count == 1 and not beyond else "quotes"
    if not count:  # more than were counted: the count of the first answer is spent
        return f"more {what} from {person}: {how} to see them"
    return f"{count}{'+' if beyond else ''} more {what} from {person}: {how} to see them"


def not_english(question: str, found: bool, *, read_english: bool = False) -> bool:
    """Return True when `question` is mostly in a script other than Latin; or holds two or
    more common words of one other language, one or more no English word, and fewer English
    words beside them (`_in_language`: "que pense le ministre de la grève", found or not: a
    passage matching "le", "de" and "la" answers nothing asked); or found nothing, has no
    little English word and holds two or more common words of another language, at least as
    many as English ones ("dove sono le notizie"), more where some of its words were read as
    English (`read_english`: the articles hold them, or a date or outlet was read; "¿qué dijo
    Blair sobre Irak?"). English words a small folder lacks ("pizza recipe") are not another
    language, nor is one word of another ("lib dem women manifesto"), nor names typed with a
    capital ("what did Le Pen say about the Tour de France")."""
    letters = [c for c in question if c.isalpha()]
    if not letters:
        return False
    if question.isascii():
        latin = len(letters)
    else:
        latin = sum(unicodedata.name(c, "").startswith("LATIN") for c in letters)
    if latin < len(letters) / 2:
        return True
    typed = LETTER_WORD.findall(question)
    if len(typed) < 2:
        return False
    words = [w.casefold() for w in typed]
    spelt = [folded(word) for word in words]
    if found and question.isascii() and ASKING_WORDS.isdisjoint(spelt):
        return False  # no word asks or says in another language: English, found

    other = sum(word in other_language_words() for word in spelt)
    if not other:
        return False  # each language's test asks for a word of it that is no English word
    if not found and not any(w in STOP_WORDS for w in words):
        english = sum(word in english_words() for word in spelt)
        if other >= 2 and (other > english if read_english else other >= english):
            return True
    # a word typed with a capital after the first is a name, of no language ("Ukraine"),
    # unless every word is typed so ("Was Hat Blair Gesagt", "WAS BLAIR RIGHT")
    capitals = [w for w in typed[1:] if w[:1].isupper()]
    named = {folded(w.casefold()) for w in capitals} if len(capitals) < len(typed) - 1 else set()
    return any(_in_language(spelt, theirs, named) for theirs in language_words().values())


def _in_language(spelt: list[str], theirs: frozenset[str], named: set[str]) -> bool:
    """Return True when two or more of the words `spelt` are common words of one language,
    one or more of them no English word, and fewer English words than those stand outside it
    (a name, `named`, is none): "was hat Blair gesagt" is German ("was" and "hat" are German
    words too)."""
    own = [word for word in spelt if word in theirs]
    only = sum(word not in english_words() and word not in ENGLISH_TOO for word in own)
    # a letter alone is no English word: "l" of "l'Irak", "d" of "d'accord" are elided
    english = sum(
        len(word) > 1 and word in english_words() and word not in theirs and word not in named
        for word in spelt
    )
    return len(own) >= 2 and only > english


_WORD_START = lazy(r"(?<![\w'’])\w")


# joining words that names write in lower case after their first word ("Marks and Spencer",
# "Bank of England", "Charles de Gaulle")
_NAME_JOINERS = frozenset({"and", "of", "the", "for", "de", "van", "von", "der", "da", "di", "du"})


def as_name(typed: str) -> str:
    """Return a person's name as a lead opening with it says it: as typed, each word
    capitalised when none of it was ("hewit is not named ..." read as a slip: "Hewit"), but
    joining words after the first ("marks and spencer": "Marks and Spencer")."""
    if any(c.isupper() for c in typed):
        return typed
    return _WORD_START.sub(
        lambda m: (
            m[0]
            if m.start() and typed[m.start() :].split(maxsplit=1)[0] in _NAME_JOINERS
            else m[0].upper()
        ),
        typed,
    )


def whose(speaker: str) -> str:
    """Return the possessive of a speaker: "Ana Ruiz's", "the opposition parties'"."""
    return f"{speaker}'" if speaker.endswith("s") and is_group(speaker) else f"{speaker}'s"


def as_typed(lead: str, text: str) -> str:
    """Return `lead` without what the rest of a question not in English matches when that
    rest holds words not typed ("but 5 passages match “Wer hat die Wall”": its words mended
    into English ones ask nothing the reader asked), or only little words of a language
    ("but 18 passages match “qué el el”: ask without “sexismo”": the passages hold "El" of
    "El Salvador", and asking without the words that say what is asked cannot help)."""
    if not lead.startswith(MISSING_LEAD) or ", but " not in lead:
        return lead
    missing, rest = lead.split(", but ", 1)
    typed = {word.casefold() for word in LETTER_WORD.findall(text)}
    echoed = LETTER_WORD.findall(rest.split("“", 1)[-1].split("”", 1)[0])
    if all(word.casefold() in typed for word in echoed) and any(
        word.casefold() not in STOP_WORDS and folded(word.casefold()) not in any_language_words()
        for word in echoed
    ):
        return lead
    return f"{missing}."


def shared_surname(typed: str, names: Sequence[str]) -> str | None:
    """Return the surname every one of `names` has, as they write it, when `typed` ends with it
    after other words ("union boss brown", "professor Brown": "Brown" of Gordon and Dan Brown),
    so a lead says "Others called Brown", not "Others called union boss brown"; else None."""
    words = typed.split()
    last = words[-1].casefold() if len(words) > 1 else ""
    ends = [name.split()[-1] for name in names if name.split()]
    if not last or len(ends) < 2 or any(end.casefold() != last for end in ends):
        return None
    return ends[0]


def as_named(typed: str, names: Sequence[str]) -> str:
    """Return a speaker phrase typed all in lower case as the names it matches write it
    ("quill" -> "Quill" of "Mary Quill"), so a lead does not echo "Others called quill"; a
    phrase with any capital, or matching no name word for word ("the minister"), as typed."""
    if typed != typed.casefold():
        return typed
    asked = typed.split()
    for name in names:
        words = name.split()
        for at in range(len(words) - len(asked) + 1):
            run = words[at : at + len(asked)]
            if [word.casefold() for word in run] == asked:
                return " ".join(run)
    return typed
