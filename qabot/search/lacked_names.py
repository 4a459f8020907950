"""Lacked names: whether a word of a question that the best passages lack is a name, so that
they are about something else (`partial_match`), and whether a name they lack is one they hold
by another of its words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from qabot.indexing import Index
from qabot.indexing.kept import remembered
from qabot.search.hit_record import Hit
from qabot.search.name_writing import NAME_SAMPLE, written_as_a_name
from qabot.search.spelling import word_terms
from qabot.text import neighbour_swaps, one_edit, tokenize
from qabot.text.lexicon import HONORIFICS, first_name_gender
from qabot.text.patterns import lazy

# a word the passages lack refuses them only when the archive writes it with a capital in this
# share of the passages holding it: "OK" and the "v" of "Chelsea v Arsenal" are written in
# lower case too often to be names (a name is written with one nearly always)
CLEAR_NAME = 0.6
# ... but not one it writes so nearly only closing names (this share of its capitals away from
# a sentence's opening) that open with CLOSING_OPENERS different words or more: "League" of
# "Premier League" and "Champions League", "Street" of "Downing Street" and "Wall Street" is
# a common noun of names, of which a reader typing it alone ("dutch league titles") names none
CLOSING_SHARE = 0.8
CLOSING_OPENERS = 3
STEM_PREFIX = 4  # a word an article writes opening with a stem this long may be the name asked
# a capital right after these opens a sentence, a quote or an aside, and tells nothing; the
# word just before a capital is the name's opener ("Premier" of "Premier League")
_OPENS = frozenset('.!?:;"“‘(')
_LAST_WORD = lazy(r"[\w'’.&-]+$")


def one_name(index: Index, hits: Sequence[Hit], typed: Sequence[str], at: int) -> bool:
    """Return whether the question's word at `at`, which the passages lack, and its neighbour
    they hold are one person's name written by another of its words ("Carlos" of "Carlos
    Ghosn" where they write "Mr Ghosn"; "Brent" of "David Brent", written "David"): one of the
    two is a given name, or the hits' articles write the word elsewhere (as "Carlos Ghosn"
    before "Mr Ghosn"), perhaps spelled otherwise ("marceli" read for "Marcello"), or one
    letter from a word they write ("cristie" typed for "Christie": no correction is made when
    another article holds the typed form). An "Olympic" medallist's story that never writes
    "Beijing" is none of the Beijing Olympics."""
    near = [i for i in (at - 1, at + 1) if 0 <= i < len(typed)]
    if any(first_name_gender(typed[i]) for i in (at, *near)):
        return True
    stems = word_terms(typed[at])
    if len(stems) != 1 or len(stems[0]) < STEM_PREFIX:
        return False
    opening = re.compile(rf"(?<![\w'’-]){re.escape(stems[0])}", re.IGNORECASE)
    misspelt = one_edit(typed[at].casefold())  # "cristie" typed, "Christie" written
    return any(
        opening.search(passage.text)
        or not misspelt.isdisjoint(_WORD.findall(passage.text.casefold()))
        for article in dict.fromkeys(hit.article.id for hit in hits)
        for passage in index.passages_of(article)
    )


_WORD = lazy(r"\w+")


def asked_name(index: Index, word: str) -> bool:
    """Return whether a word of the question the passages lack is clearly a name, so that
    they are about something else: written with a capital away from where a sentence opens
    in CLEAR_NAME of the passages holding it, no single letter ("v" of "clyde v celtic") and
    no initialism the archive writes as a plural ("TVs", "MPs": a kind of thing, not one).
    The verdict is the archive's, so it is kept for the generation: a name asked once is
    asked again ("Arsenal"), and judging it reads some twenty passages."""
    kept: dict[str, bool] = index.worked_out("asked_names")
    return remembered(kept, word, lambda: _asked_name(index, word))


def _asked_name(index: Index, word: str) -> bool:
    terms = tokenize(word)
    if len(terms) != 1:
        return written_as_a_name(index, word)  # "wi-fi": judged on its words side by side
    if sum(map(str.isalpha, word)) < 2:
        return False
    capital, holding = index.engine.capitalised(terms[0])
    if capital == 0 < holding and first_name_gender(word):
        return _only_opening_sentences(index, word)
    return capital >= CLEAR_NAME * holding > 0 and not plural_initialism(index, word)


def closing_word(index: Index, word: str) -> bool:
    """Return whether the archive writes `word` with a capital nearly only closing names of
    several openers (`CLOSING_SHARE`, `CLOSING_OPENERS`): "League", "Cup", "Street"; not
    "Trafford" (of "Old Trafford" alone), nor "Brown" ("Mr Brown", "Brown said"), nor a word it
    writes with no capital. Kept for the generation, as `asked_name` is (some twenty passages
    are read)."""
    kept: dict[str, bool] = index.worked_out("closing_words")
    return remembered(kept, word.casefold(), lambda: _closing_word(index, word))


def _closing_word(index: Index, word: str) -> bool:
    terms = tokenize(word)
    if len(terms) != 1:
        return False
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", re.IGNORECASE)
    capitals = closing = 0
    openers: set[str] = set()
    for passage, _ in index.engine.search(terms, NAME_SAMPLE):
        text = passage.text
        for found in pattern.finditer(text):
            before = text[: found.start()].rstrip()
            if not found.group()[:1].isupper() or not before or before[-1] in _OPENS:
                continue  # a capital where a text, a sentence or a quote opens says nothing
            capitals += 1
            previous = _LAST_WORD.search(before)
            opener = previous.group() if previous else ""
            # "Premier League"; not "Mr Brown" nor "The League"
            if (
                opener[:1].isupper()
                and tokenize(opener)
                and opener.casefold().rstrip(".") not in HONORIFICS
            ):
                closing += 1
                openers.add(opener.casefold())
    return capitals > 0 and closing >= CLOSING_SHARE * capitals and len(openers) >= CLOSING_OPENERS


def _only_opening_sentences(index: Index, word: str) -> bool:
    """Return whether the passages that best match `word`, a first name, write it only with a
    capital, and never inside a sentence: a name the archive happens to write only where a
    sentence opens ("Katrina Hart, a candidate, ..."), which the capitals it counts away from
    sentence openings miss. (A word of the language opening its one sentence, "Angry farmers
    say ...", tells nothing: only a first name is asked.) A first name that is also a word
    ("Mark") is written in lower case somewhere."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", re.IGNORECASE)
    written = [
        found
        for passage, _ in index.engine.search(tokenize(word), NAME_SAMPLE)
        for found in pattern.findall(passage.text)
    ]
    return bool(written) and all(found[0].isupper() and found[1:].islower() for found in written)


def plural_initialism(index: Index, word: str, *, typed_plural: bool = False) -> bool:
    """Return whether the archive writes `word` in capitals with a plural "s" ("TVs", "PCs",
    "DVDs") more often than otherwise: a kind of thing counted, as no name of one thing is
    ("BBC", "IBM"; "the Beckhams" is no initialism). With `typed_plural`, `word` is read as
    the plural itself ("pcs")."""
    if not word.isalnum() or not any(map(str.isalpha, word)):
        return False
    plural = word if typed_plural else word + "s"
    terms = tokenize(plural)
    found = index.engine.search(terms, NAME_SAMPLE) if len(terms) == 1 else []
    if not found:
        return False  # no passage writes it: none in capitals either (nor a pattern to make)
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(plural)}(?![\w'’-])", re.IGNORECASE)
    initial = other = 0
    for passage, _ in found:
        for written in pattern.findall(passage.text):
            if written[:-1].isupper() and written.endswith("s"):
                initial += 1
            else:
                other += 1
    return initial > other


def written_in_story(index: Index, word: str, hits: Sequence[Hit]) -> bool:
    """Return whether the articles of `hits` write `word` (its words side by side, in any
    case) in a title or a passage, shown or not: a name the passages shown lack that their
    story writes further on is the story's own ("an OBE" a paragraph after the relay team's
    MBEs, "2010" in its forecast's last line), not a sign that it is about something else."""
    words = _WORD.findall(word.casefold())
    if not words:
        return False
    pattern = re.compile(
        r"(?<![\w'’-])" + r"[\s'’-]+".join(map(re.escape, words)) + r"(?![\w'’-])",
        re.IGNORECASE,
    )
    articles = {hit.article.id: hit.article.title for hit in hits}
    return any(pattern.search(title) for title in articles.values()) or any(
        pattern.search(passage.text)
        for article in articles
        for passage in index.passages_of(article)
    )


INITIALS = range(3, 6)  # an initialism spelled out ("agm": "annual general meeting")
SWAP_LENGTH = 5  # a name typed with two letters swapped ("micheal") is at least this long


def written_otherwise(word: str, hits: Sequence[Hit]) -> bool:
    """Return whether the passages `hits` write a word of the question they lack another way:
    an initialism as its words ("agm": "annual general meeting") or a name typed with two
    neighbouring letters swapped ("micheal" for "Michael"). Then they are about what was asked,
    not something else. Short words are left alone: two letters spell too many pairs of words,
    and a swap in a short word makes another word."""
    typed = word.casefold()
    if not typed.isalpha():
        return False
    swaps = neighbour_swaps(typed) if len(typed) >= SWAP_LENGTH else set()
    for hit in hits:
        written = _WORD.findall(hit.passage.text.casefold())
        if swaps and not swaps.isdisjoint(written):
            return True
        if len(typed) in INITIALS and _spelled_out(typed, written):
            return True
    return False


def _spelled_out(initials: str, written: Sequence[str]) -> bool:
    """Return whether words side by side in `written` open with the letters of `initials`."""
    # one letter a word, in order: the initials stand side by side in it, or nowhere
    return initials in "".join([word[0] for word in written])
