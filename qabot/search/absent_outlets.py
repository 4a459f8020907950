"""A newspaper asked about as a speaker that no article is from: "what did the guardian say".

A question may ask what an outlet said. When the archive has that outlet's articles, its words
are read as the outlet (`outlet_names`); when it has none, the name was read as someone quoted,
and "No quotes from anyone the articles call the guardian" told the reader nothing true of what
they meant. A name shaped like a newspaper's ("the" and words ending on a masthead noun no
person is called: "the Guardian", "the New York Times"; not "the pilot") that names no outlet
of the archive is said to be one no article is from.

A question may also name its source where only an outlet goes ("according to the BBC, what
...", "in the Guardian, what did ...", "what did Reuters report ..."). A name there that no
article is from is an outlet (`unheld_outlet`) when shaped like a newspaper's, or when the
articles write it as a news outlet's ("the BBC's correspondent", "the Reuters news agency"):
the answer then says no article is from it, and its words are not searched.

Where a speech question names its source ("according to the bbc, what did X say about Y"), the
source is never the topic: a name there is an outlet also when shaped like an initialism no
person or role is called (`source_outlet`: "bbc", "CNN", "bbc news"; not "Blair", "the mps"),
though the articles never write it, so "about Y according to the bbc" is no topic searched in
X's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from qabot.indexing import Index
from qabot.search.date_phrases import Word, split_words
from qabot.search.outlet_names import MAX_OUTLET_WORDS, outlet_names
from qabot.search.questions import parse_speech_question
from qabot.text import tokenize
from qabot.text.lexicon import (
    MASTHEAD_NOUNS,
    MASTHEAD_OPENINGS,
    MEDIUM_NAME_ENDS,
    MEDIUM_PAIRS,
    MEDIUM_STAFF,
    PERSON_NOUNS,
    ROLE_NOUNS,
)
from qabot.text.patterns import lazy

INITIALISM_LETTERS = (3, 5)  # "bbc", "CNN", "NBCU": shorter ones are roles ("pm") or places
_VOWELS = frozenset("aeiouy")
ABSENT_LEAD = "No article is from"  # "... the Guardian": the lead of an outlet named, not held
MEDIUM_PASSAGES = 20  # passages holding a name read for its being written as an outlet's
_SPACED = r"\s+"
# after the name: its staff after its possessive, what it is, or a capitalised word of its name
_AS_OUTLET = (
    r")(?:['’]s?\s+(?:" + "|".join(sorted(MEDIUM_STAFF)) + r")\b"
    r"|\s+(?:" + "|".join(pair.replace(" ", _SPACED) for pair in sorted(MEDIUM_PAIRS)) + r")\b"
    r"|\s+(?-i:"
    + "|".join(end.replace(" ", _SPACED) for end in sorted(MEDIUM_NAME_ENDS))
    + r")\b)"
)
_OUTLET_AFTER = lazy(_AS_OUTLET[1:], re.IGNORECASE)  # what follows a name written as an outlet's
_JOINED_BEFORE = lazy(r"[\w-]")  # what joins a name to the word before it


def absent_outlet(index: Index, name: str, *, subject: bool = False) -> str | None:
    """Return `name` written as a newspaper's name ("the Guardian") when it is shaped like one
    and names no outlet of `index`, else None; `subject` when it is the subject of a verb of
    saying or reporting ("what did the daily planet report")."""
    words = split_words(name)
    if not 2 <= len(words) <= MAX_OUTLET_WORDS + 1 or words[0].text != "the":
        return None
    noun = words[-1].text
    # the masthead noun first: `_opens_as_paper` may search the index
    if (noun not in MASTHEAD_NOUNS or noun in ROLE_NOUNS | PERSON_NOUNS) and not _opens_as_paper(
        index, words, subject=subject
    ):
        return None  # "the pilot", "the leader": people the articles may call so
    if not all(word.raw.isalpha() for word in words):
        return None
    if index.outlets and outlet_names(index.outlets).bare_at(words, 1) is not None:
        return None  # an outlet of the archive: read as such elsewhere
    return " ".join(["the", *(word.raw[:1].upper() + word.raw[1:] for word in words[1:])])


def unnamed_note(index: Index) -> str:
    """Return what to say after "No article is from the BBC." when some articles' files name
    no outlet ("2,053 of the 2,283 articles name no outlet."): an article of the outlet asked
    may be among them, so "no article is from it" holds only of those that name theirs; ""
    when every article names its outlet."""
    total = index.calendar.articles
    named = sum(outlet.articles for outlet in index.outlets)
    if named >= total:
        return ""
    if not named:
        return "The articles' files name no outlet."
    unnamed = total - named
    return (
        f"{unnamed:,} of the {total:,} articles {'names' if unnamed == 1 else 'name'} no outlet."
    )


def _opens_as_paper(index: Index, words: list[Word], *, subject: bool) -> bool:
    """Return whether "the" and capitalised words open on what names a paper whatever noun
    follows ("the Daily Planet", "the Weekly Standard"). Typed in lower case they are words
    ("the daily round"), but as the subject of a verb of saying or reporting (`subject`) a
    paper is meant unless some article writes them together: "what did the daily planet
    report" over an archive that never writes "daily planet" had shown passages of "reports"
    as the best matching, when its reader asked for an outlet the archive does not hold."""
    if len(words) < 3 or words[1].raw.capitalize() not in MASTHEAD_OPENINGS:
        return False
    if words[1].raw in MASTHEAD_OPENINGS and all(word.raw[:1].isupper() for word in words[2:]):
        return True
    return subject and not _written(index, [word.raw for word in words[1:]])


def _written(index: Index, bare: list[str]) -> bool:
    """Return whether one of the MEDIUM_PASSAGES passages holding the words of `bare` most
    writes them together, in any case."""
    pattern = re.compile(r"\b" + _SPACED.join(map(re.escape, bare)) + r"\b", re.IGNORECASE)
    tokens = tokenize(" ".join(bare))
    return bool(tokens) and passages_write(index, tokens, pattern, MEDIUM_PASSAGES)


def passages_write(index: Index, tokens: list[str], pattern: re.Pattern[str], count: int) -> bool:
    """Return whether one of the `count` passages best matching `tokens` holds `pattern`: how
    the articles write a name or word where it is found, without reading the whole archive."""
    found = index.engine.search_scored(tokens, count)
    return any(pattern.search(found.text(at)) for at in range(len(found)))


def unheld_outlet(index: Index, name: str, *, subject: bool = False) -> str | None:
    """Return `name` (as typed where only a source goes: "the bbc") written as the outlet it
    names ("the BBC") when no article is from it and it is shaped like a newspaper's name or
    the articles write it as a news outlet's ("the BBC's correspondent", "BBC News"), else None."""
    if newspaper := absent_outlet(index, name, subject=subject):
        return newspaper
    words = name.split()
    the = bool(words) and words[0].casefold() == "the"
    bare = words[the:]
    if not bare or len(bare) > MAX_OUTLET_WORDS or not all(word.isalpha() for word in bare):
        return None
    if index.outlets and outlet_names(index.outlets).bare_at(split_words(name), int(the)):
        return None  # an outlet of the archive: read as such elsewhere
    pattern = re.compile(_SPACED.join(map(re.escape, bare)), re.IGNORECASE)
    found = index.engine.search_scored(tokenize(" ".join(bare)), MEDIUM_PASSAGES)
    for at in range(len(found)):
        for written in written_as_outlet(pattern, found.text(at)):
            if written[0].isupper():  # a name as written, not "local News"
                return ("the " if the else "") + written
    return None


def written_as_outlet(name: re.Pattern[str], text: str) -> Iterator[str]:
    """Yield each place `text` writes `name` as a news outlet's (what follows it, `_AS_OUTLET`)
    with no word character or hyphen right before it, as written, in order: as the pattern of
    the name and `_AS_OUTLET` together finds them with `unjoined_matches`, without compiling
    that pattern's many words anew for every name asked (~1 ms)."""
    at = 0
    while (found := name.search(text, at)) is not None:
        start = found.start()
        after = _OUTLET_AFTER.match(text, found.end())
        if after is None or (start and _JOINED_BEFORE.match(text, start - 1)):
            at = start + 1
            continue
        yield found[0]
        at = max(after.end(), start + 1)


def written_outlet(index: Index, question: str, name: str) -> bool:
    """Return whether `question` asks who said something of a report the outlet `name` ("the
    Sunday Express") printed, and the articles write the name, in capitals, in one of the
    MEDIUM_PASSAGES passages holding its words most: an article of another outlet may tell of
    the report ("... declined to comment on the report in the Sunday Express"). Asked what the
    report said ("what did the report in the Sunday Express say"), it is no one quoted."""
    speech = parse_speech_question(question)
    if speech is None or speech.kind != "who_said":
        return False
    bare = [word for word in name.split() if word.casefold() != "the"]
    if not bare:
        return False
    pattern = re.compile(r"\b" + _SPACED.join(map(re.escape, bare)) + r"\b")
    return passages_write(index, tokenize(" ".join(bare)), pattern, MEDIUM_PASSAGES)


def source_outlet(index: Index, name: str, *, subject: bool = False) -> str | None:
    """Return `name` written as the outlet it names, as `unheld_outlet` does, or, for where a
    speech question names its source, in capitals when it is one word shaped like an
    initialism (typed in capitals or without a vowel: "bbc", "CNN"), alone or before what ends
    an outlet's name ("bbc news"), that no person or role is called ("mps", "CEO"), else None."""
    if named := unheld_outlet(index, name, subject=subject):
        return named
    words = name.split()
    the = len(words) > 1 and words[0].casefold() == "the"
    ends = {end.casefold(): end for end in MEDIUM_NAME_ENDS}
    rest = " ".join(words[1 + the :])
    if rest and rest.casefold() not in ends:
        return None  # one word, or one and what ends an outlet's name ("bbc news")
    word = words[the] if len(words) > the else ""
    low, high = INITIALISM_LETTERS
    if not (word.isalpha() and word.isascii() and low <= len(word) <= high):
        return None
    folded = word.casefold()
    if not word.isupper() and _VOWELS & set(folded):
        return None  # "Blair", "reuters": a name, or a word the articles must write as one
    if {folded, folded.removesuffix("s")} & (ROLE_NOUNS | PERSON_NOUNS):
        return None  # "the mps", "the CEO": people
    named = " ".join([word.upper(), *([ends[rest.casefold()]] if rest else [])])
    return ("the " if the else "") + named
